"""Printable writing practice: the new characters of a text, one row each.

A row shows the character, its reading in the text and meaning, its stroke sequence, three
grey copies to trace in 田字格 squares and empty squares to write in. The page is one
self-contained A4 HTML file (the shared ``handout.page``), with every stroke drawn as inline
SVG from the shipped stroke data, so it prints the same without any Chinese font.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass

from zh_learn.analysis.lexicon import lexicon
from zh_learn.analysis.senses import cedict_syllables
from zh_learn.characters.info import facts, traditional_char
from zh_learn.characters.strokes import (
    StrokeData,
    numbered_svg,
    sequence_svg,
    stroke_data,
    trace_svg,
)
from zh_learn.hanzi import HAN
from zh_learn.hsk import DEFAULT_STANDARD, char_level, level_label
from zh_learn.models import STUDY_KINDS, Vocabulary
from zh_learn.package_data import read_text
from zh_learn.pinyin.syllables import syllable_to_marks, to_zhuyin
from zh_learn.render.html import page

e = html.escape
TRACES = 3
SQUARES = 10
FRAMES_PER_ROW = 16
DEFAULT_MAX_CHARS = 24


@dataclass(frozen=True, slots=True)
class SheetChar:
    char: str  # as shown (simplified or traditional)
    simplified: str
    syllable: str  # the reading met in the text, tone number
    pinyin: str  # tone marks
    meaning: str
    hsk_label: str
    count: int  # occurrences in the text (through its words)
    first_offset: int
    strokes: StrokeData | None


def _gloss(simplified: str, syllable: str) -> str:
    """The character's meaning for the reading met in the text (CC-CEDICT), else Make Me a
    Hanzi's short definition."""

    best: list[str] = []
    for sense in lexicon().senses(simplified):
        if cedict_syllables(sense.pinyin) == (syllable,) and not sense.pinyin[:1].isupper():
            # a real meaning, not a cross-reference (拖 "to drag", not "variant of 拕")
            defs = [d for d in sense.definitions if not _is_reference(d)]
            if len(defs) > len(best):
                best = defs
    if best:
        shown = best[:1]
        for definition in best[1:3]:
            if len("; ".join([*shown, definition])) > 60:
                break
            shown.append(definition)
        return "; ".join(shown)
    return str(facts(simplified).get("definition", ""))


def _is_reference(definition: str) -> bool:
    return definition.startswith(("variant of", "old variant of", "see ", "CL:", "used in "))


def known_characters(words: Iterable[str]) -> frozenset[str]:
    """Every character of the words a class knows: those are not new to write."""
    return frozenset(ch for word in words for ch in word if HAN.match(ch))


def new_characters(
    vocabulary: Vocabulary,
    *,
    level: int | None = 4,
    known: Iterable[str] = (),
    max_chars: int | None = DEFAULT_MAX_CHARS,
    script: str = "simplified",
    standard: str | None = None,
) -> list[SheetChar]:
    """The text's characters above ``level`` (by the HSK character list; unlisted ones
    count as above every level) and in none of the ``known`` words, from the text's words,
    idioms and phrases (not its names). With ``max_chars``, the most frequent are kept;
    the result is in order of first appearance."""

    standard = standard or vocabulary.standard or DEFAULT_STANDARD
    skip = known_characters(known)
    seen: dict[str, tuple[str, int, int]] = {}  # char -> (syllable, count, first offset)
    forms: dict[str, str] = {}  # char -> its traditional form in the text's first word
    for item in sorted(vocabulary.items, key=lambda i: i.first_offset):
        if item.kind not in STUDY_KINDS:
            continue
        for i, ch in enumerate(item.simplified):
            if not HAN.match(ch) or ch in skip:
                continue
            entry = seen.get(ch)
            if entry is None:
                syllable = item.syllables[i] if i < len(item.syllables) else ""
                seen[ch] = (syllable, item.count, item.first_offset + i)
                # the text's own spelling when it is traditional (古蹟, where CC-CEDICT
                # has 古跡), else CC-CEDICT's traditional form
                spelled = item.example.text if item.example else ""
                if spelled == item.simplified or len(spelled) != len(item.simplified):
                    spelled = item.traditional
                if len(spelled) == len(item.simplified):
                    forms[ch] = spelled[i]
            else:
                seen[ch] = (entry[0], entry[1] + item.count, entry[2])
    chosen: list[SheetChar] = []
    for ch, (syllable, count, first) in seen.items():
        clevel = char_level(ch, standard)
        if level is not None and clevel is not None and clevel <= level:
            continue
        shown = forms.get(ch) or traditional_char(ch) if script == "traditional" else ch
        syl = syllable
        chosen.append(
            SheetChar(
                char=shown,
                simplified=ch,
                syllable=syl,
                pinyin=syllable_to_marks(syl),
                meaning=_gloss(ch, syl),
                hsk_label=level_label(clevel, standard),
                count=count,
                first_offset=first,
                strokes=stroke_data(shown) or stroke_data(ch),
            )
        )
    if max_chars is not None and len(chosen) > max_chars:
        ranked = sorted(chosen, key=lambda c: (-c.count, c.first_offset))[:max_chars]
        chosen = sorted(ranked, key=lambda c: c.first_offset)
    return chosen


def _row(n: int, sheet_char: SheetChar, style: str) -> str:

    c = sheet_char
    prefix = f"w{n}"
    data = c.strokes
    reading = to_zhuyin([c.syllable]) if style == "zhuyin" and c.syllable else c.pinyin
    facts = [f"{data.count} strokes" if data else "no stroke data"]
    facts.append(f"HSK {c.hsk_label}" if c.hsk_label != "-" else "not in HSK")
    if c.count > 1:
        facts.append(f"{c.count}× in the text")
    if data is not None:
        model = numbered_svg(data, grid=True, prefix=prefix)
        sequence = sequence_svg(data, prefix=prefix, include_defs=False,
                                per_row=FRAMES_PER_ROW)
        # Every frame the same size whatever the stroke count: 7.2 mm a frame.
        width = min(data.count, FRAMES_PER_ROW) * 7.2
        sequence = sequence.replace("<svg ", f'<svg style="width:{width:.1f}mm" ', 1)
        squares = [
            trace_svg(data if i < TRACES else None, prefix=prefix) for i in range(SQUARES)
        ]
    else:
        # No stroke data (a rare character): the font's glyph stands in for the traces.
        model = f'<span class="ws-big zh">{e(c.char)}</span>'
        sequence = '<span class="meta">Stroke order not available for this character.</span>'
        glyph = f'<span class="ws-glyph zh">{e(c.char)}</span>'
        squares = [
            f'<span class="ws-cell">{trace_svg(None)}{glyph if i < TRACES else ""}</span>'
            for i in range(SQUARES)
        ]
    return (
        '<div class="ws-row">'
        f'<div class="ws-head"><div class="ws-model">{model}</div>'
        f'<div class="ws-info"><span class="ws-char zh">{e(c.char)}</span> '
        f'<span class="py">{e(reading)}</span>'
        f'<div class="ws-meaning">{e(c.meaning)}</div>'
        f'<div class="ws-facts">{e(" · ".join(facts))}</div></div>'
        f'<div class="ws-seq">{sequence}</div></div>'
        f'<div class="ws-grid">{"".join(squares)}</div>'
        "</div>"
    )


def render_worksheet(
    chars: list[SheetChar],
    *,
    title: str,
    source: str,
    level_note: str,
    style: str = "marks",
) -> str:
    """The sheet as one HTML document."""

    rows = [_row(n, c, style) for n, c in enumerate(chars, start=1)]
    if not rows:
        rows = ['<p class="summary">No new characters: every character of the text is at or '
                "below the class level, or known.</p>"]
    body = [
        "<header>",
        f"<h1>Writing practice: {e(title)}</h1>",
        f'<p class="meta">Source: {e(source)} · {e(level_note)} · {len(chars)} characters · '
        "Name: ________________ Date: ____________</p>",
        '<p class="key">Trace the grey characters stroke by stroke (the numbers and red strokes '
        "show the order), then write the character in the empty squares.</p>",
        "</header>",
        "<main>",
        *rows,
        "</main>",
        "<footer>Made with zh-learn. Stroke order: hanzi-writer-data (Arphic Public License), "
        "from Make Me a Hanzi; character facts: Make Me a Hanzi (LGPL-3.0+); meanings: "
        "CC-CEDICT (CC BY-SA 4.0).</footer>",
    ]
    return page(f"Writing practice: {title}", "\n".join(body), css=read_text("worksheet.css"))
