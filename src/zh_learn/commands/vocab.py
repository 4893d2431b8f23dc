"""``zh-learn vocab``: the vocabulary of a text as a table, CSV, TSV, JSON or JSON lines."""

from __future__ import annotations

import csv
import io
import json
import unicodedata

import click

from zh_learn.commands._common import (
    KINDS,
    SORTS,
    ItemFilter,
    color_option,
    coloured_hanzi,
    coloured_syllables,
    filter_options,
    handle_errors,
    progress_reporter,
    source_argument,
    standard_option,
    use_color,
)

FORMATS = ("table", "csv", "tsv", "json", "jsonl")
COLUMNS = ("hanzi", "traditional", "pinyin", "kind", "hsk", "zipf", "count", "meaning")


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _clip(text: str, width: int) -> str:
    if _width(text) <= width:
        return text
    out = ""
    for ch in text:
        if _width(out + ch) > width - 1:
            break
        out += ch
    return out + "…"


@click.command()
@source_argument
@standard_option
@filter_options
@click.option(
    "-f", "--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
    help="Output format; json/jsonl follow the documented schema (README, 'JSON output').",
)
@click.option("--sort", type=click.Choice(SORTS), default="order", show_default=True,
              help="order of first occurrence, frequency (common first), HSK level, or count.")
@click.option("--script", type=click.Choice(["auto", "simplified", "traditional"]),
              default="auto", show_default=True,
              help="Characters to show; auto = the script of the input.")
@click.option("--all-kinds", is_flag=True, help="Include names, numbers and foreign words.")
@click.option(
    "--style", type=click.Choice(["marks", "numbers", "zhuyin"]), default="marks",
    show_default=True, help="Pinyin in the table/CSV: tone marks, tone numbers or zhuyin.",
)
@color_option
@handle_errors
def vocab(
    file: str | None,
    encoding: str | None,
    cut_at: str | None,
    standard: str,
    filters: ItemFilter,
    fmt: str,
    sort: str,
    script: str,
    all_kinds: bool,
    style: str,
    color: bool | None,
) -> None:
    """List the vocabulary and idioms of FILE ("-" for stdin; none = the demo article).

    Every item has its pinyin in context, English meaning, HSK level and frequency. Names
    and numbers are left out unless asked for with --kind or --all-kinds. The table fits
    the terminal (meanings are cut with …) and colours tones on a terminal.

    \b
    Examples:
      zh-learn vocab article.txt --kind idiom
      zh-learn vocab article.txt --min-level 5 --sort freq --top 30
      zh-learn vocab article.txt --format json > vocab.json
    """
    from zh_learn.analysis import analyze, load_source
    from zh_learn.pinyin_format import format_syllables

    source = load_source(file, encoding, cut_at)
    vocabulary = analyze(source, standard=standard, progress=progress_reporter())
    items = filters.apply(vocabulary.items, kinds=KINDS if all_kinds else (), sort=sort)
    shown = vocabulary.script if script == "auto" else script
    if fmt in ("json", "jsonl"):
        if fmt == "json":
            data = vocabulary.to_json()
            data["items"] = [item.to_dict() for item in items]
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            for item in items:
                click.echo(json.dumps(item.to_dict(), ensure_ascii=False))
        return
    rows = [
        (
            item.form(shown),
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
    if fmt in ("csv", "tsv"):
        from zh_learn.wordlist import spreadsheet_safe

        buffer = io.StringIO()
        writer = csv.writer(buffer, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        writer.writerows([spreadsheet_safe(c) for c in row] for row in rows)
        click.echo(buffer.getvalue(), nl=False)
        return
    from zh_learn.hsk import STANDARD_NAMES

    facts = (f"{len(items)} of {len(vocabulary.items)} items ({vocabulary.char_count} "
             f"characters; levels: {STANDARD_NAMES[vocabulary.standard]})")
    title = vocabulary.title or vocabulary.source
    width = _terminal_width()
    room = max(12, width - _width(facts) - 2)
    click.echo(_clip(f"{_clip(title, room)}: {facts}", width))
    if not rows:
        click.echo("No items match the filters.")
        return
    header = ("hanzi", "pinyin", "kind", "HSK", "zipf", "n", "meaning")
    table: list[tuple[str, ...]] = [(r[0], r[2], r[3], r[4], r[5], r[6], r[7]) for r in rows]
    widths = [max(_width(str(row[i])) for row in [header, *table]) for i in range(len(header))]
    width = _terminal_width()
    if sum(widths) + 2 * (len(header) - 1) > width:  # narrow: cap the wide columns first
        widths = [min(w, cap) for w, cap in zip(widths, COLUMN_CAPS, strict=True)]
    room = width - sum(widths[:-1]) - 2 * (len(header) - 1)
    widths[-1] = max(MIN_MEANING, min(widths[-1], room))
    table = [tuple(_clip(c, w) for c, w in zip(row, widths, strict=True)) for row in table]
    painted = use_color(color)
    click.echo("  ".join(_pad(h, w) for h, w in zip(header, widths, strict=True)).rstrip())
    for item, row in zip(items, table, strict=True):
        cells = [_pad(c, w) for c, w in zip(row[:-1], widths, strict=False)]
        if painted:  # colour after padding (escape codes take no columns), if not cut
            if row[0] == item.form(shown):
                cells[0] = _repad(coloured_hanzi(row[0], item.syllables), row[0], widths[0])
            if not row[1].endswith("…") and (style != "zhuyin" or all(item.syllables)):
                cells[1] = _repad(coloured_syllables(item.syllables, style), row[1], widths[1])
        cells.append(row[-1])
        click.echo("  ".join(cells).rstrip(), color=painted)


#: The meaning column never gets narrower than this, even on a very narrow terminal.
MIN_MEANING = 12
#: Widest hanzi, pinyin, kind, HSK, zipf and count columns when the terminal is narrow.
COLUMN_CAPS = (12, 20, 12, 3, 5, 5, 10_000)


def _terminal_width() -> int:
    """Columns of the terminal (COLUMNS wins); 100 when the output is not a terminal."""
    import os
    import shutil
    import sys

    if os.environ.get("COLUMNS", "").isdigit() or sys.stdout.isatty():
        return shutil.get_terminal_size((100, 24)).columns
    return 100


def _repad(painted: str, plain: str, width: int) -> str:
    return painted + " " * max(0, width - _width(plain))
