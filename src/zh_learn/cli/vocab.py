"""``zh-learn vocab``: the vocabulary of a text as a table, CSV, TSV, JSON or JSON lines."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import click

from zh_learn.cli._common import (
    KINDS,
    SCRIPTS,
    SORTS,
    ItemFilter,
    color_option,
    filter_options,
    handle_errors,
    progress_reporter,
    source_argument,
    standard_option,
    use_color,
)
from zh_learn.pinyin.syllables import STYLES

if TYPE_CHECKING:
    from zh_learn.models import VocabItem

FORMATS = ("table", "csv", "tsv", "json", "jsonl")



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
@click.option("--script", type=click.Choice(SCRIPTS),
              default="auto", show_default=True,
              help="Characters to show; auto = the script of the input.")
@click.option("--all-kinds", is_flag=True, help="Include names, numbers and foreign words.")
@click.option(
    "--style", type=click.Choice(STYLES), default="marks",
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
    from zh_learn.analysis.pipeline import analyze, load_source

    source = load_source(file, encoding, cut_at)
    vocabulary = analyze(source, standard=standard, progress=progress_reporter()).vocabulary
    items = filters.apply(vocabulary.items, kinds=KINDS if all_kinds else (), sort=sort)
    shown = vocabulary.script if script == "auto" else script
    if fmt in ("json", "jsonl"):
        from zh_learn.audio.sources import audio_source

        def as_dict(item: VocabItem) -> dict[str, object]:
            return {**item.to_dict(), "audio": audio_source(item)}

        if fmt == "json":
            data = vocabulary.to_json()
            data["items"] = [as_dict(item) for item in items]
            click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        else:
            for item in items:
                click.echo(json.dumps(as_dict(item), ensure_ascii=False))
        return
    from zh_learn.render import terminal

    if fmt in ("csv", "tsv"):
        rows = terminal.vocab_rows(items, shown, style)
        click.echo(terminal.delimited(rows, "," if fmt == "csv" else "\t"), nl=False)
        return
    painted = use_color(color)
    lines = terminal.vocab_table(
        vocabulary, items, script=shown, style=style, width=_terminal_width(), painted=painted
    )
    for line in lines:
        click.echo(line, color=painted)


def _terminal_width() -> int:
    """Columns of the terminal (COLUMNS wins); 100 when the output is not a terminal."""
    import os
    import shutil
    import sys

    if os.environ.get("COLUMNS", "").isdigit() or sys.stdout.isatty():
        return shutil.get_terminal_size((100, 24)).columns
    return 100

