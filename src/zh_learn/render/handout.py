"""Printable reading sheets: the text with pinyin, marked words, idiom notes, vocabulary, profile.

The page is one self-contained HTML file (inline CSS and SVG, no scripts, no network) laid out
for A4. Every piece of the input is escaped, and a Content-Security-Policy forbids scripts as a
second guard. ``print_with_chromium`` turns the page into a PDF or a PNG with headless Chromium.
"""

from __future__ import annotations

import functools
import html
from dataclasses import dataclass

from zh_learn.analysis.lexicon import lexicon
from zh_learn.analysis.textio import looks_like_title
from zh_learn.hsk import level_title
from zh_learn.models import Document, Kind, TokenKind, VocabItem, Vocabulary
from zh_learn.pinyin.reader import readings as read_pinyin
from zh_learn.pinyin.syllables import syllable_to_marks, to_marks, to_zhuyin
from zh_learn.render.html import page
from zh_learn.render.profile import Profile, build_profile

PINYIN_MODES = ("all", "above", "none")
_PINYIN_LABELS = {"all": "all words", "above": "words above the class level", "none": "none"}
_MARKED_KINDS = {Kind.WORD}
_NOTE_KINDS = {Kind.IDIOM, Kind.PHRASE}

e = html.escape


@dataclass(slots=True)
class Note:
    """A numbered item of the sheet: a word above the class level, or an idiom."""

    number: int
    item: VocabItem


#: Default cap on the words (and, apart, the idioms and names) a handout lists: with it the
#: 2,051-character demo article prints on four A4 pages (25 gave five).
DEFAULT_MAX_WORDS = 15


def _most_useful(items: list[VocabItem], limit: int | None) -> list[VocabItem]:
    """The ``limit`` items a reader meets most in this text (then the commonest in general)."""
    if limit is None or len(items) <= limit:
        return items
    ranked = sorted(items, key=lambda i: (-i.count, -(i.zipf or 0.0), i.first_offset))
    return ranked[:limit]


def numbered_items(
    vocabulary: Vocabulary,
    level: int,
    known: set[str] | frozenset[str] | None = None,
    max_words: int | None = None,
) -> list[Note]:
    """Words above ``level`` (by ``is_above``) and idioms, numbered by first appearance;
    words in ``known`` are left unmarked. ``max_words`` keeps the words met most often in
    the text, and as many idioms."""
    known = known or frozenset()
    standard = vocabulary.standard
    fresh = [i for i in vocabulary.items if not i.known_in(known)]
    words = [i for i in fresh if i.kind in _MARKED_KINDS and i.is_above(level, standard)]
    idioms = [i for i in fresh if i.kind in _NOTE_KINDS]
    chosen = _most_useful(words, max_words) + _most_useful(idioms, max_words)
    chosen.sort(key=lambda i: i.first_offset)
    return [Note(n, item) for n, item in enumerate(chosen, start=1)]


@functools.lru_cache(maxsize=4096)
def _zhuyin(syllable: str) -> str:

    return to_zhuyin([syllable])


def reading_text(syllables: tuple[str, ...] | list[str], style: str) -> str:
    """A word's reading for the page: pinyin with tone marks, or zhuyin."""

    if style == "zhuyin":
        return " ".join(_zhuyin(s) for s in syllables)
    return to_marks(syllables)


def _word_html(item: VocabItem, script: str) -> str:
    """The word in the sheet's script, with its other form beside it when that differs."""
    first, other = item.simplified, item.traditional
    if script == "traditional":
        first, other = other or first, first
    word = e(first)
    if other and other != first:
        word += f' <span class="trad">{e(other)}</span>'
    return word


def _ruby(text: str, syllables: list[str | None], style: str = "marks") -> str:

    if not any(syllables):
        return e(text)

    def shown(s: str | None) -> str:
        if not s:
            return ""
        return e(_zhuyin(s) if style == "zhuyin" else syllable_to_marks(s))

    pairs = "".join(
        f"{e(ch)}<rt>{shown(s)}</rt>" for ch, s in zip(text, syllables, strict=False)
    )
    return f"<ruby>{pairs}</ruby>"


def _render_text(
    document: Document,
    notes: dict[str, Note],
    *,
    by_offset: dict[int, Note] | None = None,
    level: int,
    pinyin: str,
    readings: list[str | None],
    above_words: set[str],
    script: str = "auto",
    style: str = "marks",
) -> list[str]:
    """The running text as a list of paragraph bodies (HTML)."""
    shown = shown_text(document, script)
    paragraphs: list[str] = []
    current: list[str] = []
    numbered: set[int] = set()
    by_offset = by_offset or {}

    def plain(start: int, end: int) -> None:
        chunk = shown[start:end]
        lines = chunk.split("\n")
        for i, line in enumerate(lines):
            if i:
                paragraphs.append("".join(current).strip())
                current.clear()
            if line:
                current.append(e(line))

    pos = 0
    for token in sorted(document.tokens, key=lambda t: t.start):
        if token.start < pos:
            continue
        if token.start > pos:
            plain(pos, token.start)
        if token.kind in (TokenKind.SPACE, TokenKind.PUNCT) or "\n" in token.text:
            plain(token.start, token.end)
            pos = token.end
            continue
        surface = shown[token.start : token.end]
        note = by_offset.get(token.start) or notes.get(token.text)
        above = note is not None and note.item.kind in _MARKED_KINDS
        is_idiom = note is not None and note.item.kind in _NOTE_KINDS
        is_name = token.kind == TokenKind.NAME
        want_pinyin = pinyin == "all" or (
            pinyin == "above"
            and (above or is_idiom or is_name or token.text in above_words)
        )
        body = (
            _ruby(surface, readings[token.start : token.end], style)
            if want_pinyin
            else e(surface)
        )
        classes = [c for c, on in (("above", above), ("idiom", is_idiom), ("name", is_name)) if on]
        if classes:
            body = f'<span class="{" ".join(classes)}">{body}</span>'
        if note is not None and note.number not in numbered:
            numbered.add(note.number)
            body += f'<sup class="n" id="t{note.number}">{note.number}</sup>'
        current.append(body)
        pos = token.end
    if pos < len(shown):
        plain(pos, len(shown))
    paragraphs.append("".join(current).strip())
    return [p for p in paragraphs if p]


def shown_text(document: Document, script: str = "auto") -> str:
    """The running text in the script asked for, one character per character of
    ``document.text``: ``auto`` keeps the input's script."""
    original = document.original if (
        document.original and len(document.original) == len(document.text)
    ) else None
    if script == "simplified":
        return document.text
    if script == "auto" or (script == "traditional" and original is not None):
        return original or document.text

    lex = lexicon()
    chars = list(document.text)
    for token in document.tokens:
        if token.kind in (TokenKind.PUNCT, TokenKind.SPACE, TokenKind.NUMBER,
                          TokenKind.FOREIGN):
            continue
        trad = lex.traditional(token.text)
        if len(trad) == len(token.text):
            chars[token.start : token.end] = trad
    return "".join(chars)


def _vocab_table(
    notes: list[Note], standard: str, script: str = "simplified", style: str = "marks"
) -> str:

    words = [n for n in notes if n.item.kind in _MARKED_KINDS]
    if not words:
        return '<p class="summary">No words above this level.</p>'
    by_level: dict[int | None, list[Note]] = {}
    for note in words:
        by_level.setdefault(note.item.hsk_level, []).append(note)
    order = sorted(k for k in by_level if k is not None) + ([None] if None in by_level else [])
    rows = [
        "<table class=\"vocab\"><thead><tr><th class=\"num\">No.</th><th>Word</th>"
        "<th>Pinyin</th><th>Meaning</th><th class=\"num\">Count</th></tr></thead><tbody>"
    ]
    for level in order:
        group = by_level[level]
        rows.append(
            f'<tr class="group"><th colspan="5">{e(level_title(level, standard))} '
            f"({len(group)})</th></tr>"
        )
        for note in group:
            item = note.item
            rows.append(
                f'<tr><td class="num">{note.number}</td>'
                f'<td class="zh">{_word_html(item, script)}</td>'
                f'<td class="py">{e(reading_text(item.syllables, style))}</td>'
                f'<td>{e(item.meaning())}</td><td class="num">{item.count}</td></tr>'
            )
    rows.append("</tbody></table>")
    return "\n".join(rows)


def _idiom_notes(notes: list[Note], script: str = "simplified", style: str = "marks") -> str:

    idioms = [n for n in notes if n.item.kind in _NOTE_KINDS]
    if not idioms:
        return ""
    out = ['<h2>Idioms and set phrases</h2>', '<ol class="notes">']
    for note in idioms:
        item = note.item
        # The number is written out, not left to the list marker: a marker wider than the
        # list's indent (107.) loses its first digits.
        parts = [
            f'<span class="nn">{note.number}.</span> '
            f'<span class="zh">{e(item.form(script))}</span> '
            f"<i>{e(reading_text(item.syllables, style))}</i>"
        ]
        if item.meaning():
            parts.append(f" — {e(item.meaning())}")
        info = item.idiom
        if info is not None:
            if info.literal and info.literal != item.meaning():
                parts.append(f"<br>Literally: {e(info.literal)}")
            if info.explanation_zh:
                parts.append(f'<br><span class="zhx">释义：{e(info.explanation_zh)}</span>')
        out.append(f'<li value="{note.number}">{"".join(parts)}</li>')
    out.append("</ol>")
    return "\n".join(out)


def _names(
    vocabulary: Vocabulary,
    limit: int | None = None,
    script: str = "simplified",
    style: str = "marks",
) -> str:
    names = [i for i in vocabulary.items if i.kind == Kind.NAME]
    if not names:
        return ""
    kept = _most_useful(names, limit)
    shown = "; ".join(
        f'<span class="zh">{e(i.form(script))}</span> {e(reading_text(i.syllables, style))}'
        + (f" ({e(i.name_type)})" if i.name_type else "")
        for i in sorted(kept, key=lambda i: i.first_offset)
    )
    more = f" (the {len(kept)} most frequent of {len(names)})" if len(kept) < len(names) else ""
    return f'<p class="names"><b>Names{more}:</b> {shown}</p>'


def profile_svg(profile: Profile, level: int | None = None) -> str:
    """A bar chart of running words by level, with the cumulative coverage line."""
    rows = [*profile.levels]
    labels = [r.label.replace("HSK ", "") if r.level is not None else "not in HSK" for r in rows]
    shares = [profile.share(r.tokens) for r in rows]
    labels.append("names, numbers")
    shares.append(profile.share(profile.transparent_tokens))
    width, height = 640, 250
    left, right, top, bottom = 44, 12, 16, 44
    plot_w, plot_h = width - left - right, height - top - bottom
    slot = plot_w / len(labels)
    bar_w = slot * 0.62

    def y(v: float) -> float:
        return top + plot_h * (1 - v)

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="Running words by HSK level" font-family="sans-serif" font-size="11">'
    ]
    for tick in (0, 0.25, 0.5, 0.75, 1.0):
        ty = y(tick)
        out.append(
            f'<line x1="{left}" y1="{ty:.1f}" x2="{width - right}" y2="{ty:.1f}" '
            f'stroke="#e3e5e8" stroke-width="1"/>'
            f'<text x="{left - 6}" y="{ty + 4:.1f}" text-anchor="end" fill="#5f6368">'
            f"{int(tick * 100)}%</text>"
        )
    for mark, colour in ((0.9, "#b03a2e"), (0.95, "#7d2a21")):
        my = y(mark)
        out.append(
            f'<line x1="{left}" y1="{my:.1f}" x2="{width - right}" y2="{my:.1f}" '
            f'stroke="{colour}" stroke-width="1" stroke-dasharray="4 3"/>'
        )
    points: list[str] = []
    for i, (label, share) in enumerate(zip(labels, shares, strict=True)):
        x = left + slot * i + (slot - bar_w) / 2
        row_level = rows[i].level if i < len(rows) else 0
        hard = row_level is None or (level is not None and row_level > level)
        fill = "#e8a33d" if hard else "#3d7cc9"
        if i == len(labels) - 1:
            fill = "#9aa0a6"
        bh = plot_h * share
        out.append(
            f'<rect x="{x:.1f}" y="{y(share):.1f}" width="{bar_w:.1f}" height="{bh:.1f}" '
            f'fill="{fill}"><title>{e(label)}: {100 * share:.1f}%</title></rect>'
        )
        out.append(
            f'<text x="{x + bar_w / 2:.1f}" y="{y(share) - 3:.1f}" text-anchor="middle" '
            f'font-size="9.5" fill="#1b1b1b">{100 * share:.0f}%</text>'
        )
        words = label.split(" ")
        for j, word in enumerate(words[:2]):
            out.append(
                f'<text x="{x + bar_w / 2:.1f}" y="{height - bottom + 14 + 11 * j}" '
                f'text-anchor="middle" fill="#1b1b1b">{e(word)}</text>'
            )
        if i < len(rows) and rows[i].coverage is not None:
            points.append(f"{x + bar_w / 2:.1f},{y(rows[i].coverage or 0.0):.1f}")
    if points:
        out.append(
            f'<polyline points="{" ".join(points)}" fill="none" stroke="#1b1b1b" '
            f'stroke-width="1.6"/>'
        )
        for point in points:
            px, py = point.split(",")
            out.append(f'<circle cx="{px}" cy="{py}" r="2.6" fill="#1b1b1b"/>')
    out.append(
        f'<text x="{width - right}" y="{top - 4}" text-anchor="end" fill="#5f6368">'
        "bars: share of running words · line: cumulative coverage · dashed: 90% / 95%</text>"
    )
    out.append("</svg>")
    return "".join(out)


def _profile_section(profile: Profile, level: int) -> str:
    p = profile
    known = ""
    if p.known_coverage is not None:
        known = (
            f" Words the class knows ({p.known_size:,} listed) cover "
            f"<b>{100 * p.known_coverage:.1f}%</b> of running words."
        )

    class_cov = next((r.coverage for r in p.levels if r.level == level), None)
    class_text = (
        f" A class at {e(level_title(level, p.standard))} knows "
        f"<b>{100 * class_cov:.1f}%</b> of the running words."
        if class_cov is not None
        else ""
    )
    return (
        "<h2>Level profile</h2>\n"
        f'<p class="summary">{p.running_words:,} running words, {p.distinct_words:,} distinct; '
        f"{p.char_count:,} characters ({p.distinct_chars:,} distinct). Estimated level: "
        f"<b>{e(p.estimate_label(p.level_90))}</b> (90% of running words), "
        f"<b>{e(p.estimate_label(p.level_95))}</b> (95%).{class_text}{known}</p>\n"
        f"<figure>{profile_svg(p, level)}</figure>"
    )


def render_handout(
    document: Document,
    vocabulary: Vocabulary,
    *,
    level: int = 4,
    pinyin: str = "all",
    known: set[str] | frozenset[str] | None = None,
    profile: Profile | None = None,
    max_words: int | None = DEFAULT_MAX_WORDS,
    script: str = "auto",
    style: str = "marks",
) -> str:
    """The reading sheet as one HTML document. ``max_words`` caps every list (words,
    idioms, names); ``script`` is auto (the input's), simplified or traditional; ``style``
    is marks (pinyin) or zhuyin."""

    standard = vocabulary.standard
    if profile is None:
        profile = build_profile([(document, vocabulary)], standard=standard, known=known)
    notes = numbered_items(vocabulary, level, known, max_words)
    # A word the text reads two ways is one note per reading, found by where it occurs.
    by_word = {n.item.simplified: n for n in notes if not n.item.offsets}
    by_offset = {at: n for n in notes for at in n.item.offsets}
    readings = read_pinyin(document.text)
    table_script = vocabulary.script if script == "auto" else script
    paragraphs = _render_text(
        document,
        by_word,
        by_offset=by_offset,
        level=level,
        pinyin=pinyin,
        readings=readings,
        above_words={
            i.simplified for i in vocabulary.items
            if i.kind in _MARKED_KINDS and i.is_above(level, standard)
        },
        script=script,
        style=style,
    )
    title = vocabulary.title or vocabulary.source or "Reading"
    head = ""
    full_text = shown_text(document, script)
    shown_title = full_text.strip().splitlines()[0].strip() if full_text.strip() else title
    first = html.unescape(_strip_tags(paragraphs[0])).strip() if paragraphs else ""
    if first in (title, shown_title) and looks_like_title(first):
        head = f'<h1 class="title">{paragraphs.pop(0)}</h1>'
    else:
        head = f"<h1>{e(_heading(title, vocabulary.source))}</h1>"
    level_name = level_title(level, standard)
    meta = (
        f'<p class="meta">Source: {e(vocabulary.source or "-")} · Standard: '
        f"{e(profile.standard_name)} · Class level: {e(level_name)} · "
        f"{'Zhuyin' if style == 'zhuyin' else 'Pinyin'}: {e(_PINYIN_LABELS[pinyin])}</p>"
    )
    key = (
        '<p class="key"><span><span class="above">underlined</span><sup class="n">1</sup> '
        f"word above {e(level_name)}, listed in the vocabulary</span>"
        '<span><span class="idiom">highlighted</span> idiom or set phrase, see the notes</span></p>'
    )
    text_class = "text" if pinyin != "none" else "text plain"
    body = [
        "<header>",
        head,
        meta,
        key,
        "</header>",
        f'<section class="{text_class}">',
        *(f"<p>{p}</p>" for p in paragraphs),
        "</section>",
        "<section>",
        _idiom_notes(notes, table_script, style),
        "</section>",
        "<section>",
        f"<h2>Vocabulary above {e(level_name)}{_cap_note(vocabulary, level, known, notes)}</h2>",
        _vocab_table(notes, standard, table_script, style),
        _names(vocabulary, max_words, table_script, style),
        "</section>",
        "<section>",
        _profile_section(profile, level),
        "</section>",
        f'<footer>Made with zh-learn. Levels: {e(profile.standard_name)}. Pinyin is read by '
        "machine; check readings of polyphonic characters before class.</footer>",
    ]
    lang = "zh-Hant" if _is_traditional(script, vocabulary) else "zh-Hans"
    return page(title, "\n".join(b for b in body if b), lang=lang)


def _is_traditional(script: str, vocabulary: Vocabulary) -> bool:
    return script == "traditional" or (script == "auto" and vocabulary.script == "traditional")


def _cap_note(
    vocabulary: Vocabulary, level: int, known: set[str] | frozenset[str] | None,
    notes: list[Note],
) -> str:
    """" (the 40 met most often, of 265)" when --max-words left words out."""
    known = known or frozenset()
    total = sum(
        1 for i in vocabulary.items
        if i.kind in _MARKED_KINDS and not i.known_in(known)
        and i.is_above(level, vocabulary.standard)
    )
    shown = sum(1 for n in notes if n.item.kind in _MARKED_KINDS)
    return f" (the {shown} met most often, of {total})" if shown < total else ""


def _heading(title: str, source: str | None) -> str:
    """The sheet's heading for a text whose first line is no title: the file's name, else
    the text's opening words."""
    if looks_like_title(title):
        return title
    if source and source not in ("stdin", "demo"):
        return source.rsplit(".", 1)[0] if "." in source[1:] else source
    return title[:20] + "…" if len(title) > 20 else title or "Reading"


def _strip_tags(fragment: str) -> str:
    """Visible text of a paragraph fragment, without ruby annotations and note numbers."""
    import re

    fragment = re.sub(r"<rt>.*?</rt>|<sup[^>]*>.*?</sup>", "", fragment)
    return re.sub(r"<[^>]+>", "", fragment)
