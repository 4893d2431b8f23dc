"""Teacher commands: graded word lists, text profiles and printable handouts."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click

from zh_learn.cli._common import (
    SCRIPTS,
    handle_errors,
    input_options,
    progress_reporter,
    standard_option,
)
from zh_learn.render.handout import DEFAULT_MAX_WORDS

F = TypeVar("F", bound=Callable[..., Any])

WORDLIST_FORMATS = ("md", "csv", "tsv", "json", "html", "pleco", "anki-csv")


def _files_argument(func: F) -> F:
    return click.argument(
        "files", nargs=-1, metavar="[FILE]...", type=click.Path(allow_dash=True)
    )(input_options(func))


def _known_options(func: F) -> F:
    func = click.option(
        "--known",
        "known_files",
        multiple=True,
        metavar="FILE",
        type=click.Path(allow_dash=True),
        help="Words the class knows: one per line, or an Anki/Pleco export (repeatable).",
    )(func)
    return click.option(
        "--skip-known", is_flag=True, help="Also use your own known-words list (zh-learn known)."
    )(func)


def _load_known(known_files: tuple[str, ...], personal: bool) -> set[str] | None:
    if not known_files and not personal:
        return None
    from zh_learn.study.known import known_words, read_word_file

    words: set[str] = set()
    for path in known_files:
        words.update(read_word_file(path))
    if personal:
        words |= known_words()
    return words


def _source_names(files: tuple[str, ...]) -> list[str | None]:
    """The files in order (the bundled demo when none is given); stdin at most once."""
    if files.count("-") > 1:
        raise click.UsageError("standard input ('-') can be read only once")
    return list(files) or [None]


def _analyse(
    files: tuple[str, ...], encoding: str | None, cut_at: str | None, standard: str
) -> list[Any]:
    """One Vocabulary per file, in order."""
    from zh_learn.analysis.pipeline import analyze, load_source

    return [
        analyze(load_source(name, encoding, cut_at), standard=standard,
                progress=progress_reporter()).vocabulary
        for name in _source_names(files)
    ]


def _documents(
    files: tuple[str, ...], encoding: str | None, cut_at: str | None, standard: str
) -> list[Any]:
    """One (Document, Vocabulary) per file, in order: the handout needs the running text."""
    from zh_learn.analysis.pipeline import analyze, load_source

    analyses = [
        analyze(load_source(name, encoding, cut_at), standard=standard,
                progress=progress_reporter())
        for name in _source_names(files)
    ]
    return [(analysis.document, analysis.vocabulary) for analysis in analyses]


def _output(output: str | None, *inputs: str | None) -> Path | None:
    """The checked -o file (None for standard output), before any work is done."""
    if output is None or output == "-":
        return None
    from zh_learn.fileio import output_path

    return output_path(output, inputs=inputs)


def _emit(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
        return
    from zh_learn.fileio import write_atomic

    write_atomic(output, text)


def page_options(func: F) -> F:
    """The options every printable page shares: -o OUT, --script, --style, --pdf."""
    func = click.option(
        "--pdf", is_flag=True,
        help="Also print a PDF beside OUT (same name, .pdf) with headless Chromium.",
    )(func)
    func = click.option(
        "--style", type=click.Choice(["marks", "zhuyin"]), default="marks", show_default=True,
        help="Readings as pinyin with tone marks, or zhuyin.",
    )(func)
    func = script_option(func)
    return click.option(
        "-o", "--output", type=click.Path(dir_okay=False), metavar="OUT",
        help="Write the HTML page here (default: standard output).",
    )(func)


def script_option(func: F) -> F:
    return click.option(
        "--script", type=click.Choice(SCRIPTS), default="auto",
        show_default=True, help="Characters to show; auto = the script of the input.",
    )(func)


def page_targets(
    output: str | None, pdf: bool, *inputs: str | None
) -> tuple[Path | None, Path | None]:
    """The checked HTML and PDF outputs of a page, before any work is done."""
    if pdf and (output is None or output == "-"):
        raise click.UsageError("--pdf needs -o OUT (the PDF is written beside the HTML)")
    target = _output(output, *inputs)
    pdf_path = None
    if pdf and target is not None:
        from zh_learn.fileio import output_path

        pdf_path = output_path(str(target.with_suffix(".pdf")), inputs=inputs)
    return target, pdf_path


def write_pdf(target: Path, pdf_path: Path) -> None:
    from zh_learn.render.html import print_with_chromium

    print_with_chromium(target, pdf_path, mode="pdf")
    click.echo(f"Wrote {pdf_path}", err=True)


@click.command()
@_files_argument
@standard_option
@click.option(
    "-f", "--format", "fmt", type=click.Choice(WORDLIST_FORMATS),
    help="Output format (default: from the -o suffix, else md). pleco = Pleco flashcard "
    "import; anki-csv = CSV for Anki's File > Import.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), metavar="OUT",
    help="Write to this file (default: standard output).",
)
@click.option(
    "--level", "above", type=click.IntRange(0, 6), metavar="LEVEL",
    help="The class's HSK level: keep only words above it.",
)
@click.option("--above", "above", type=click.IntRange(0, 6), hidden=True)  # the old name
@_known_options
@click.option("--top", type=click.IntRange(min=1), help="Keep only the N most frequent words.")
@click.option(
    "--min-count", type=click.IntRange(min=1), default=1, show_default=True,
    help="Keep only words met at least this many times.",
)
@handle_errors
def wordlist(
    files: tuple[str, ...],
    encoding: str | None,
    cut_at: str | None,
    standard: str,
    fmt: str | None,
    output: str | None,
    above: int | None,
    known_files: tuple[str, ...],
    skip_known: bool,
    top: int | None,
    min_count: int,
) -> None:
    """Write a graded word list for one or more texts.

    Words are grouped by HSK level (plus "Not in HSK"), with pinyin, meaning, count and the
    sentence they first occur in; idioms and names are listed apart. Several FILEs are read
    as lessons in order: each word is listed under the first lesson it appears in. With no
    FILE, the bundled demo article is used.

    \b
    Examples:
      zh-learn wordlist lesson1.txt lesson2.txt --level 3 -o words.md
      zh-learn wordlist text.txt --format pleco -o text-pleco.txt
      zh-learn wordlist text.txt --format anki-csv -o text.csv --known class-words.txt
    """
    from zh_learn.render.wordlist import SUFFIX_FORMATS, build_wordlist, render

    if fmt is None:
        suffix = Path(output).suffix.lower() if output and output != "-" else ""
        fmt = SUFFIX_FORMATS.get(suffix, "md")
    target = _output(output, *files, *known_files)
    known = _load_known(known_files, skip_known)
    vocabularies = _analyse(files, encoding, cut_at, standard)
    result = build_wordlist(
        vocabularies, standard=standard, above=above, known=known or frozenset(),
        top=top, min_count=min_count,
    )
    _emit(render(result, fmt), target)
    if target is not None:
        count = sum(1 for _ in result.entries())
        click.echo(f"Wrote {count} words to {output} ({fmt}, {result.standard_name})", err=True)


@click.command()
@_files_argument
@standard_option
@_known_options
@click.option("-f", "--format", "fmt", type=click.Choice(("text", "json")), default="text",
              show_default=True, help="Output format.")
@click.option("--json", "as_json", is_flag=True, hidden=True)  # the old name of -f json
@handle_errors
def profile(
    files: tuple[str, ...],
    encoding: str | None,
    cut_at: str | None,
    standard: str,
    known_files: tuple[str, ...],
    skip_known: bool,
    fmt: str,
    as_json: bool,
) -> None:
    """Show how hard a text is: running words and characters by HSK level.

    Prints tokens and distinct words per level (a table and a bar chart), characters by
    level, the idioms found, the share of running words covered at each level, and the
    estimated level: the lowest level whose words cover 90% (and 95%) of the text. Names and
    numbers count as understood. With --known/--skip-known, coverage by the words the class
    knows is shown too. Several FILEs are profiled one by one, then together.

    \b
    Examples:
      zh-learn profile article.txt
      zh-learn profile lesson*.txt --known class-words.txt -f json
    """
    from zh_learn.render.profile import build_profile, render_text

    as_json = as_json or fmt == "json"
    known = _load_known(known_files, skip_known)
    parts = _documents(files, encoding, cut_at, standard)
    profiles = [build_profile([part], standard=standard, known=known) for part in parts]
    if len(parts) > 1:
        combined = build_profile(parts, standard=standard, known=known, title="")
    if as_json:
        if len(parts) == 1:
            data: Any = profiles[0].to_json()
        else:
            data = {
                "texts": [p.to_json() for p in profiles],
                "combined": combined.to_json(),
            }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    blocks = [render_text(p) for p in profiles]
    if len(parts) > 1:
        blocks.append(render_text(combined))
    click.echo("\n".join(blocks), nl=False)


@click.command()
@click.argument("file", required=False, metavar="[FILE]", type=click.Path(allow_dash=True))
@click.option("--encoding", metavar="NAME", help="Input encoding (default: detect).")
@click.option(
    "--cut-at", metavar="TEXT",
    help="Ignore the text from the first line containing TEXT (e.g. a copyright notice).",
)
@standard_option
@click.option(
    "--level", type=click.IntRange(0, 6), default=4, show_default=True,
    help="The class's HSK level: words above it are marked, numbered and listed.",
)
@click.option(
    "--pinyin", type=click.Choice(("all", "above", "none")), default="all", show_default=True,
    help="Pinyin over every word, only over words above --level (and names, idioms), or none.",
)
@_known_options
@click.option(
    "--max-words", "--top", "max_words", type=click.IntRange(min=0), default=DEFAULT_MAX_WORDS,
    show_default=True,
    help="List at most N words above the level (those met most often), N idioms and N "
    "names; 0 = no limit. The default fits a 2,000-character article on about 4 pages.",
)
@page_options
@handle_errors
def handout(
    file: str | None,
    encoding: str | None,
    cut_at: str | None,
    standard: str,
    output: str | None,
    level: int,
    pinyin: str,
    known_files: tuple[str, ...],
    skip_known: bool,
    max_words: int,
    script: str,
    style: str,
    pdf: bool,
) -> None:
    """Write a printable HTML reading sheet for a text.

    The page shows the text with pinyin over the words, marks and numbers the words above
    the class's level, highlights idioms with their meanings as notes, lists the marked
    words by level, and charts the text's level profile. It is one self-contained file (no
    network) laid out for A4 paper. With no FILE, the bundled demo article is used.

    \b
    Examples:
      zh-learn handout article.txt --level 3 -o sheet.html
      zh-learn handout article.txt --pinyin above --level 4 -o sheet.html --pdf
    """
    from zh_learn.render.handout import numbered_items, render_handout
    from zh_learn.render.profile import build_profile

    target, pdf_path = page_targets(output, pdf, file, *known_files)
    known = _load_known(known_files, skip_known)
    (document, vocabulary), = _documents((file,) if file else (), encoding, cut_at, standard)
    prof = build_profile([(document, vocabulary)], standard=standard, known=known)
    cap = max_words or None
    page = render_handout(
        document, vocabulary, level=level, pinyin=pinyin, known=known, profile=prof,
        max_words=cap, script=script, style=style,
    )
    _emit(page, target)
    if target is not None:
        marked = len(numbered_items(vocabulary, level, known, cap))
        click.echo(f"Wrote {output} ({marked} numbered words and idioms)", err=True)
        if pdf_path is not None:
            write_pdf(target, pdf_path)
