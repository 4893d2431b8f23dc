"""``zh-learn known``: the list of words you already know (used by ``--skip-known``)."""

from __future__ import annotations

import click

from zh_learn.cli._common import handle_errors


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
    from zh_learn.study.known import add

    new = add(words)
    click.echo(f"Added {new} word{'s' if new != 1 else ''} ({len(words) - new} already known).")


@known.command("remove")
@click.argument("words", nargs=-1, required=True)
@handle_errors
def remove_cmd(words: tuple[str, ...]) -> None:
    """Forget WORDS (they will be studied again)."""
    from zh_learn.study.known import remove

    gone = remove(words)
    click.echo(f"Removed {gone} word{'s' if gone != 1 else ''}.")


@known.command("list")
@click.option("--source", "sources", multiple=True,
              type=click.Choice(("manual", "import", "auto")),
              help="Only words added by hand, imported, or learnt in review (auto).")
@handle_errors
def list_cmd(sources: tuple[str, ...]) -> None:
    """List known words with how each became known."""
    from zh_learn.study.known import known_sources

    for word, source in known_sources().items():
        if not sources or source in sources:
            click.echo(f"{word}\t{source}")


@known.command("import")
@click.argument("file", type=click.Path(allow_dash=True))
@click.option("--encoding", metavar="NAME", help="File encoding (default: detect).")
@handle_errors
def import_cmd(file: str, encoding: str | None) -> None:
    """Import known words from FILE: one word a line, or a CSV/TSV exported from Anki or
    Pleco (the first field made only of Chinese characters is taken from each row)."""
    from zh_learn.study.known import import_file

    read, new = import_file(file, encoding)
    click.echo(f"Read {read} words from {click.format_filename(file)}; {new} new.")


@known.command("import-anki")
@click.argument("collection", type=click.Path(exists=True, dir_okay=False),
                metavar="PATH/collection.anki2")
@click.option("--deck", metavar="NAME", help="Only this deck and its subdecks.")
@click.option("--field", metavar="NAME",
              help="The field holding the word (default: Hanzi, Simplified, Word, Front, ... "
              "or the first field).")
@click.option("--min-interval", type=click.IntRange(min=1), default=21, show_default=True,
              metavar="DAYS", help="A card is mature from this interval.")
@handle_errors
def import_anki_cmd(collection: str, deck: str | None, field: str | None,
                    min_interval: int) -> None:
    """Mark as known the words of your Anki notes that have a mature card.

    Reads a copy of the collection (Anki may stay open; the file is never changed). The
    collection is in Anki's profile folder: ~/.local/share/Anki2/<profile>/collection.anki2
    on Linux, ~/Library/Application Support/Anki2/<profile>/ on macOS,
    %APPDATA%\\Anki2\\<profile>\\ on Windows. Needs the anki package
    (pip install 'zh-learn[anki]').

    \b
      zh-learn known import-anki ~/.local/share/Anki2/User\\ 1/collection.anki2 --deck Chinese
    """
    from zh_learn.study.anki_known import import_mature

    found, new = import_mature(collection, deck=deck, field=field, min_interval=min_interval)
    where = f"deck {deck!r}" if deck else "the collection"
    click.echo(f"{found.notes} notes in {where} have a card with an interval of "
               f"{min_interval}+ days: {len(found.words)} Chinese words, {new} new to your list.")
    if found.fields:
        click.echo("Read " + "; ".join(f"{m}: {f}" for m, f in sorted(found.fields.items())))
    if found.skipped:
        click.echo(f"{found.skipped} notes had no Chinese word in that field "
                   "(--field NAME picks another).")


@known.command("export")
@handle_errors
def export_cmd() -> None:
    """Print every known word, one a line (re-importable with `known import`)."""
    from zh_learn.study.known import export

    for word in export():
        click.echo(word)
