"""What the terminal shows: the vocab table (and its CSV/TSV form), tone colours, study
statistics. Lines come back as strings; the command prints them.

Colours are ANSI escape codes written here, so renderers stay free of click; a cell is padded
by its display width (a hanzi takes two columns) before it is coloured, since escape codes
take none.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from zh_learn.hsk import STANDARD_NAMES
from zh_learn.models import VocabItem, Vocabulary
from zh_learn.pinyin.syllables import format_syllables, tone_of
from zh_learn.render.cells import spreadsheet_safe

COLUMNS = ("hanzi", "traditional", "pinyin", "kind", "hsk", "zipf", "count", "meaning")
#: Tone colours (Pleco's scheme, as on the Anki cards and in the quiz): 1 red, 2 green,
#: 3 blue, 4 purple, neutral grey.
TONE_COLOURS = {1: "red", 2: "green", 3: "blue", 4: "magenta", 5: "bright_black"}
_ANSI = {"red": 31, "green": 32, "blue": 34, "magenta": 35, "bright_black": 90}
#: The meaning column never gets narrower than this, even on a very narrow terminal.
MIN_MEANING = 12
#: Widest hanzi, pinyin, kind, HSK, zipf and count columns when the terminal is narrow.
COLUMN_CAPS = (12, 20, 12, 3, 5, 5, 10_000)


def display_width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def clip(text: str, width: int) -> str:
    """``text`` cut to ``width`` columns, with an ellipsis when cut."""
    if display_width(text) <= width:
        return text
    out = ""
    for ch in text:
        if display_width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


def styled(text: str, colour: str | None) -> str:
    """``text`` in an ANSI foreground colour (the codes click.style writes)."""
    if colour is None:
        return text
    return f"\x1b[{_ANSI[colour]}m{text}\x1b[0m"


def tone_coloured(text: str, syllable: str) -> str:
    """``text`` (a syllable or a character) in the colour of ``syllable``'s tone."""
    return styled(text, TONE_COLOURS.get(tone_of(syllable)))


def coloured_syllables(syllables: Iterable[str], style: str = "marks") -> str:
    """Syllables written in ``style`` (marks, numbers, zhuyin), each in its tone colour."""
    return " ".join(tone_coloured(format_syllables([s], style), s) for s in syllables)


def coloured_hanzi(word: str, syllables: Sequence[str]) -> str:
    if len(word) != len(syllables):
        return word
    return "".join(tone_coloured(ch, s) for ch, s in zip(word, syllables, strict=True))


def vocab_rows(items: Sequence[VocabItem], script: str, style: str) -> list[tuple[str, ...]]:
    """One row of ``COLUMNS`` per item."""
    return [
        (
            item.form(script),
            item.traditional,
            format_syllables(item.syllables, style),
            str(item.kind) + (f"/{item.name_type}" if item.name_type else ""),
            item.level_label,
            "" if item.zipf is None else f"{item.zipf:.2f}",
            str(item.count),
            item.gloss,
        )
        for item in items
    ]


def delimited(rows: Iterable[Sequence[str]], delimiter: str) -> str:
    """The rows as CSV or TSV with a header, each cell safe to open in a spreadsheet."""

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerows([spreadsheet_safe(c) for c in row] for row in rows)
    return buffer.getvalue()


def vocab_table(
    vocabulary: Vocabulary,
    items: Sequence[VocabItem],
    *,
    script: str,
    style: str,
    width: int,
    painted: bool,
) -> list[str]:
    """The vocab table as lines fitting ``width`` columns: a title line, then a header and
    one line per item; hanzi and pinyin in tone colours when ``painted``."""
    rows = vocab_rows(items, script, style)
    facts = (f"{len(items)} of {len(vocabulary.items)} items ({vocabulary.char_count} "
             f"characters; levels: {STANDARD_NAMES[vocabulary.standard]})")
    title = vocabulary.title or vocabulary.source
    room = max(12, width - display_width(facts) - 2)
    lines = [clip(f"{clip(title, room)}: {facts}", width)]
    if not rows:
        return [*lines, "No items match the filters."]
    header = ("hanzi", "pinyin", "kind", "HSK", "zipf", "n", "meaning")
    table: list[tuple[str, ...]] = [(r[0], r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows]
    widths = [max(display_width(str(row[i])) for row in [header, *table])
              for i in range(len(header))]
    if sum(widths) + 2 * (len(header) - 1) > width:  # narrow: cap the wide columns first
        widths = [min(w, cap) for w, cap in zip(widths, COLUMN_CAPS, strict=True)]
    room = width - sum(widths[:-1]) - 2 * (len(header) - 1)
    widths[-1] = max(MIN_MEANING, min(widths[-1], room))
    table = [tuple(clip(c, w) for c, w in zip(row, widths, strict=True)) for row in table]
    lines.append("  ".join(pad(h, w) for h, w in zip(header, widths, strict=True)).rstrip())
    for item, row in zip(items, table, strict=True):
        cells = [pad(c, w) for c, w in zip(row[:-1], widths, strict=False)]
        if painted:  # colour after padding (escape codes take no columns), if not cut
            if row[0] == item.form(script):
                cells[0] = _repad(coloured_hanzi(row[0], item.syllables), row[0], widths[0])
            if not row[1].endswith("…") and (style != "zhuyin" or all(item.syllables)):
                cells[1] = _repad(coloured_syllables(item.syllables, style), row[1], widths[1])
        cells.append(row[-1])
        lines.append("  ".join(cells).rstrip())
    return lines


def _repad(painted: str, plain: str, width: int) -> str:
    return painted + " " * max(0, width - display_width(plain))


def _day_name(iso_date: str, index: int) -> str:
    if index == 0:
        return "today"
    if index == 1:
        return "tomorrow"
    return date.fromisoformat(iso_date).strftime("%a")


def stats_lines(data: dict[str, Any], days: Sequence[tuple[str, int]], due_in: str) -> list[str]:
    """Study statistics (``store.read_stats``) as text; ``due_in`` says when the next card is
    due ("in 3 h"), or is empty."""
    accuracy = f"{100 * data['accuracy']:.0f}%" if data["accuracy"] is not None else "-"
    learnt = data["known_by_source"].get("auto", 0)
    next_due = f"   Next due: {due_in}" if due_in else ""
    lines = [
        f"Texts studied: {data['texts']}   Words practised: {data['words_studied']}   "
        f"Known words: {data['known']} ({learnt} learnt in review)",
        f"Cards: {data['cards']}   Due now: {data['due_now']}   "
        f"Due within 24 h: {data['due_today']}{next_due}",
        f"Reviews: {data['reviews']}   Accuracy: {accuracy}",
    ]
    if data["cards"]:
        lines.append("Due by day: " + "  ".join(
            f"{_day_name(day, i)} {n}" for i, (day, n) in enumerate(days)))
    if data["skills"]:
        lines += ["", f"{'skill':<9} {'cards':>5} {'due':>5} {'reviews':>8} {'accuracy':>9}"]
        for skill, s in data["skills"].items():
            acc = f"{100 * s['accuracy']:.0f}%" if s.get("accuracy") is not None else "-"
            lines.append(
                f"{skill:<9} {s['cards']:>5} {s['due']:>5} {s.get('reviews', 0):>8} {acc:>9}"
            )
    return lines
