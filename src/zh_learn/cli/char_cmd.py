"""Character commands: ``char`` (facts and stroke order), ``worksheet`` (writing practice)
and ``exercises`` (a teacher's exercise sheet)."""

from __future__ import annotations

import json
from typing import Any

import click

from zh_learn.cli._common import handle_errors, progress_reporter, standard_option
from zh_learn.cli.teacher_cmd import (
    _emit,
    _known_options,
    _load_known,
    _output,
    page_options,
    page_targets,
    script_option,
    write_pdf,
)


def _vocabulary(
    file: str | None, encoding: str | None, cut_at: str | None, standard: str
) -> Any:
    """The text's Vocabulary: these sheets need no running text, so a text analysed before
    is read back from the cache."""
    from zh_learn.analysis.pipeline import analyze, load_source

    return analyze(
        load_source(file, encoding, cut_at), standard=standard, progress=progress_reporter()
    ).vocabulary


def _text_options(func: Any) -> Any:
    func = click.option("--encoding", metavar="NAME",
                        help="Input encoding (default: detect).")(func)
    return click.option(
        "--cut-at", metavar="TEXT",
        help="Ignore the text from the first line containing TEXT (e.g. a copyright notice).",
    )(func)


@click.command("char")
@click.argument("chars", nargs=-1, metavar="[CHARS]...")
@click.option("--from", "from_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="Take the characters from FILE ('-' for stdin).")
@click.option("--text", "text_file", type=click.Path(dir_okay=False), metavar="FILE",
              help="List the words of this text that contain each character "
              "(default: the --from file).")
@_text_options
@standard_option
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False), metavar="SVG",
              help="Write the stroke-order diagrams to this SVG file.")
@handle_errors
def char(
    chars: tuple[str, ...],
    from_file: str | None,
    text_file: str | None,
    encoding: str | None,
    cut_at: str | None,
    standard: str,
    fmt: str,
    output: str | None,
) -> None:
    """Show characters: readings with common words, meaning, radical, parts, origin,
    stroke count, HSK character level, and the words of a text containing them.

    \b
    Examples:
      zh-learn char 薄
      zh-learn char 如履薄冰 --format json
      zh-learn char 薄 -o bao.svg            # stroke order diagram
      zh-learn char --from article.txt       # every character of a text
      zh-learn char 防 控 --text article.txt
    """
    from zh_learn.analysis.pipeline import load_source
    from zh_learn.characters.info import char_info, han_characters, render_text
    from zh_learn.errors import InputError

    svg_target = _output(output, from_file, text_file)
    wanted = han_characters("".join(chars))
    if chars and not wanted:
        raise InputError("give Chinese characters, e.g. zh-learn char 薄")
    if from_file is not None:
        wanted += [c for c in han_characters(load_source(from_file, encoding, cut_at).text)
                   if c not in wanted]
    if not wanted:
        raise click.UsageError("give characters (zh-learn char 薄) or --from FILE")
    text_source = text_file or from_file
    vocabularies = []
    if text_source is not None:
        vocabularies.append(_vocabulary(text_source, encoding, cut_at, standard))
    infos = [char_info(c, standard=standard, vocabularies=vocabularies) for c in wanted]
    if svg_target is not None:
        from zh_learn.characters.strokes import combined_svg, stroke_data
        from zh_learn.fileio import write_atomic

        drawn = [d for d in (stroke_data(c) for c in wanted) if d is not None]
        if not drawn:
            raise InputError("no stroke data for " + "".join(wanted))
        write_atomic(svg_target, combined_svg(drawn))
        click.echo(f"Wrote {output} (stroke order of {''.join(d.char for d in drawn)})",
                   err=True)
    if fmt == "json":
        click.echo(json.dumps({"schema": 1, "standard": standard,
                               "characters": [i.to_dict() for i in infos]},
                              ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(render_text(i) for i in infos), nl=False)


@click.command()
@click.argument("file", required=False, metavar="[FILE]", type=click.Path(allow_dash=True))
@_text_options
@standard_option
@click.option("--level", type=click.IntRange(0, 7), default=4, show_default=True,
              help="The class's HSK level: characters above it (or not in HSK) are new.")
@_known_options
@click.option("--max-chars", type=click.IntRange(min=1), default=24, show_default=True,
              help="At most this many characters (the most frequent in the text).")
@page_options
@handle_errors
def worksheet(
    file: str | None,
    encoding: str | None,
    cut_at: str | None,
    standard: str,
    output: str | None,
    level: int,
    known_files: tuple[str, ...],
    skip_known: bool,
    max_chars: int,
    script: str,
    style: str,
    pdf: bool,
) -> None:
    """Write a printable writing sheet for the new characters of a text.

    Each row has a character with its reading in the text and meaning, its stroke order,
    three grey copies to trace in 田字格 squares and empty squares. New characters are those
    above --level (by the HSK character list) and in none of the --known words. One
    self-contained A4 HTML page; --pdf prints it with headless Chromium.

    \b
    Examples:
      zh-learn worksheet article.txt -o sheet.html
      zh-learn worksheet article.txt --level 3 --max-chars 12 -o sheet.html --pdf
      zh-learn worksheet article.txt --known class-words.txt --script traditional -o s.html
    """
    from zh_learn.hsk import level_title
    from zh_learn.render.worksheet import new_characters, render_worksheet

    target, pdf_path = page_targets(output, pdf, file, *known_files)
    known = _load_known(known_files, skip_known) or set()
    vocabulary = _vocabulary(file, encoding, cut_at, standard)
    shown = vocabulary.script if script == "auto" else script
    chars = new_characters(vocabulary, level=level, known=known, max_chars=max_chars,
                           script=shown, standard=standard)
    note = f"characters above {level_title(level, standard)}" if level else "all characters"
    if known:
        note += f", not in {len(known)} known words"
    page = render_worksheet(chars, title=vocabulary.title or vocabulary.source,
                            source=vocabulary.source, level_note=note, style=style)
    _emit(page, target)
    if target is not None:
        click.echo(f"Wrote {output} ({len(chars)} characters)", err=True)
        if pdf_path is not None:
            write_pdf(target, pdf_path)


@click.command()
@click.argument("file", required=False, metavar="[FILE]", type=click.Path(allow_dash=True))
@_text_options
@standard_option
@click.option("-o", "--output", type=click.Path(dir_okay=False), metavar="OUT",
              help="Write the HTML page here (default: standard output).")
@click.option("--level", type=click.IntRange(0, 7), default=4, show_default=True,
              help="The class's HSK level: words above it are chosen first.")
@click.option("--seed", type=int, help="Sheet number: the same number gives the same sheet "
              "(default: one derived from the text).")
@click.option("--count", type=click.IntRange(1, 26), default=8, show_default=True,
              help="Questions per exercise.")
@script_option
@click.option("--pdf", is_flag=True,
              help="Also print a PDF beside OUT (same name, .pdf) with headless Chromium.")
@handle_errors
def exercises(
    file: str | None,
    encoding: str | None,
    cut_at: str | None,
    standard: str,
    output: str | None,
    level: int,
    seed: int | None,
    count: int,
    script: str,
    pdf: bool,
) -> None:
    """Write an exercise sheet from a text, with an answer key on its last page.

    Sentences from the text with a word blanked out (and a word bank), words to match
    with their meanings, pinyin to add tone marks to, and the text's idioms to put back
    into their sentences. --seed N always gives the same sheet.

    \b
    Examples:
      zh-learn exercises article.txt -o ex.html
      zh-learn exercises article.txt --seed 7 --level 3 -o ex.html --pdf
    """
    from zh_learn.hsk import level_title
    from zh_learn.render.exercises import build_exercises, render_exercises

    target, pdf_path = page_targets(output, pdf, file)
    vocabulary = _vocabulary(file, encoding, cut_at, standard)
    shown = vocabulary.script if script == "auto" else script
    sheet = build_exercises(vocabulary, seed=seed, level=level, count=count, script=shown)
    page = render_exercises(sheet, level_note=f"words above {level_title(level, standard)}")
    _emit(page, target)
    if target is not None:
        click.echo(f"Wrote {output} (sheet {sheet.seed})", err=True)
        if pdf_path is not None:
            write_pdf(target, pdf_path)
