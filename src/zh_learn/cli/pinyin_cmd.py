"""``zh-learn pinyin``: print a text with pinyin, or manage the learner's reading fixes."""

from __future__ import annotations

import os
import re

import click

from zh_learn.cli._common import (
    color_option,
    handle_errors,
    use_color,
)
from zh_learn.pinyin.syllables import STYLES
from zh_learn.render.terminal import coloured_hanzi, coloured_syllables

_FILE_SUFFIX = re.compile(r"\.[A-Za-z][A-Za-z0-9]{0,4}$")


def _load_text(source: str, encoding: str | None) -> str:
    """The text to annotate. The argument is read as a path when it is "-" (stdin), names
    anything that exists (file, folder, FIFO, device: each checked as every command checks
    FILE), holds no Chinese, or ends in a file suffix (.txt); otherwise it is the text."""
    from zh_learn.analysis.textio import clean_text, has_chinese, read_source

    if (
        source == "-"
        or os.path.lexists(source)
        or not has_chinese(source)
        or _FILE_SUFFIX.search(source)
    ):
        return read_source(source, encoding).text
    return clean_text(source)


@click.command(name="pinyin")
@click.argument("source", required=False, metavar="[TEXT_OR_FILE]",
                type=click.Path(allow_dash=True))
@click.option(
    "--style",
    type=click.Choice(STYLES),
    default="marks",
    show_default=True,
    help="Tone marks (hǎo), tone numbers (hao3) or zhuyin (ㄏㄠˇ).",
)
@click.option("--sandhi", is_flag=True, help="Show spoken tones (不是 bú shì, 你好 ní hǎo).")
@click.option("--encoding", metavar="NAME", help="Input file encoding (default: detect).")
@click.option("--fix", "fix", metavar="WORD=PINYIN", help="Store your reading: 行长=hang2 zhang3.")
@click.option("--unfix", metavar="WORD", help="Remove your stored reading of WORD.")
@click.option("--fixes", "list_fixes", is_flag=True, help="List your stored readings.")
@color_option
@handle_errors
def pinyin(
    source: str | None,
    style: str,
    sandhi: bool,
    encoding: str | None,
    fix: str | None,
    unfix: str | None,
    list_fixes: bool,
    color: bool | None,
) -> None:
    """Print TEXT_OR_FILE with pinyin, or fix a reading.

    The argument is "-" for stdin, or a file if that path exists, holds no Chinese or ends in
    a file suffix such as .txt; else it is the text itself. Each line of the text is printed,
    then the line's words (the units `vocab` lists) with their pinyin:

    \b
        真正切中肯綮。
        真正(zhēn zhèng) 切中肯綮(qiè zhòng kěn qìng)

    Fixes are kept in your data dir and used by every later analysis and export.
    """
    from zh_learn.errors import InputError
    from zh_learn.pinyin import fixes as po

    actions = (fix is not None) + (unfix is not None) + list_fixes
    if actions > 1 or (actions and source is not None):
        raise click.UsageError("use one of TEXT_OR_FILE, --fix, --unfix or --fixes")
    if fix is not None:
        try:
            word, syllables = po.parse_fix(fix)
        except InputError as e:
            raise click.BadParameter(str(e), param_hint="--fix") from e
        po.add_fix(word, syllables)
        click.echo(f"{word} = {' '.join(syllables)}")
        return
    if unfix is not None:
        if not po.remove_fix(unfix):
            raise click.BadParameter(f"no stored reading for {unfix!r}", param_hint="--unfix")
        click.echo(f"removed {unfix.strip()}")
        return
    if list_fixes:
        for word, syllables in sorted(po.overrides().items()):
            click.echo(f"{word}\t{' '.join(syllables)}")
        return
    if source is None:
        raise click.UsageError("give a text, a file, or - for stdin (or --fix/--fixes)")
    from zh_learn.analysis.annotated import annotated_lines
    from zh_learn.pinyin.syllables import format_syllables

    text = _load_text(source, encoding)
    painted = use_color(color)
    for line, units in zip(text.splitlines(), annotated_lines(text, sandhi), strict=True):
        click.echo(line)
        if not line.strip():
            continue
        if not painted:
            click.echo(" ".join(
                f"{unit}({format_syllables(syls, style)})" for unit, syls in units if syls
            ))
            continue
        click.echo(" ".join(
            f"{coloured_hanzi(unit, syls)}({coloured_syllables(syls, style)})"
            for unit, syls in units if syls
        ), color=True)
