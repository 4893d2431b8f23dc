"""``zh-learn known``: the list of words you already know (used by ``--skip-known``)."""

from __future__ import annotations

import click

from zh_learn.commands._common import handle_errors


@click.group()
def known() -> None:
    """Manage the list of words you already know.

    Words become known when you add them, import them from Anki or Pleco, or once the quiz
    has established them (every card of the word in review with FSRS stability of at least
    21 days). Commands with --skip-known leave these words out.
    """


@known.command("add")
@click.argument("words", nargs=-1, required=True)
@handle_errors
def add_cmd(words: tuple[str, ...]) -> None:
    """Mark WORDS as known."""
    from zh_learn.known import add

    new = add(words)
    click.echo(f"Added {new} word{'s' if new != 1 else ''} ({len(words) - new} already known).")


@known.command("remove")
@click.argument("words", nargs=-1, required=True)
@handle_errors
def remove_cmd(words: tuple[str, ...]) -> None:
    """Forget WORDS (they will be studied again)."""
    from zh_learn.known import remove

    gone = remove(words)
    click.echo(f"Removed {gone} word{'s' if gone != 1 else ''}.")


@known.command("list")
@click.option("--source", "sources", multiple=True,
              type=click.Choice(("manual", "import", "auto")),
              help="Only words added by hand, imported, or learnt in review (auto).")
@handle_errors
def list_cmd(sources: tuple[str, ...]) -> None:
    """List known words with how each became known."""
    from zh_learn.known import known_sources

    for word, source in known_sources().items():
        if not sources or source in sources:
            click.echo(f"{word}\t{source}")


@known.command("import")
@click.argument("file")
@click.option("--encoding", metavar="NAME", help="File encoding (default: detect).")
@handle_errors
def import_cmd(file: str, encoding: str | None) -> None:
    """Import known words from FILE: one word a line, or a CSV/TSV exported from Anki or
    Pleco (the first field made only of Chinese characters is taken from each row)."""
    from zh_learn.known import import_file

    read, new = import_file(file, encoding)
    click.echo(f"Read {read} words from {click.format_filename(file)}; {new} new.")


@known.command("export")
@handle_errors
def export_cmd() -> None:
    """Print every known word, one a line (re-importable with `known import`)."""
    from zh_learn.known import export

    for word in export():
        click.echo(word)
