"""``zh-learn anki`` (one text -> one .apkg) and ``zh-learn build`` (deck recipes -> .apkg)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from zh_learn.cli._common import (
    KINDS,
    ItemFilter,
    filter_options,
    handle_errors,
    progress_reporter,
    source_argument,
    standard_option,
)

if TYPE_CHECKING:
    from zh_learn.recipes import Recipe
    from zh_learn.render.anki.deck import DeckSummary

_KIND_PLURAL = {"word": "words", "idiom": "idioms", "phrase": "phrases", "name": "names",
                "number": "numbers", "foreign": "foreign words"}
_LEVEL_ORDER = ("1", "2", "3", "4", "5", "6", "7-9", "7", "8", "9", "-")


def _slug(name: str) -> str:
    import re

    stem = Path(name).stem if name not in ("-", "stdin", "demo") else name
    slug = re.sub(r"[^\w]+", "-", stem.lower()).strip("-")
    return slug or "text"


def _report(summary: DeckSummary) -> None:
    click.echo(f"Wrote {summary.path}")
    click.echo(f"  deck    {summary.deck_name}")
    if not summary.notes:
        click.echo("  The deck is empty: no items matched the filters.")
        return
    kinds = [f"{summary.notes_by_kind[k]} {_KIND_PLURAL.get(k, k)}"
             for k in KINDS if summary.notes_by_kind[k]]
    cloze = f" + {summary.cloze_notes} cloze sentences" if summary.cloze_notes else ""
    click.echo(f"  notes   {summary.notes}: {', '.join(kinds)}{cloze}")
    levels = [f"{'not in list' if lv == '-' else lv}: {summary.notes_by_level[lv]}"
              for lv in _LEVEL_ORDER if summary.notes_by_level[lv]]
    click.echo(f"  by HSK  {' · '.join(levels)}")
    cards = [f"{n} {name}" for name, n in summary.cards_by_template.items()]
    click.echo(f"  cards   {summary.cards}: {', '.join(cards)}")
    if summary.audio_by_source:
        sound = summary.audio_by_source
        click.echo(f"  audio   {sound.total()} notes: {sound['word']} word recordings, "
                   f"{sound['syllables']} joined from syllables")


@click.command()
@source_argument
@standard_option
@filter_options
@click.option("-o", "--output", type=click.Path(dir_okay=True, writable=False), metavar="PATH",
              help="The .apkg to write, or a folder for it (default: <file name>.apkg here).")
@click.option("--title", metavar="TEXT", help="Deck title (default: the text's first line).")
@click.option("--subdecks", type=click.Choice(["none", "kind", "level"]), default="none",
              show_default=True, help="Split the deck into subdecks by kind or HSK level.")
@click.option("--cloze/--no-cloze", default=True, show_default=True,
              help="Add cloze cards made from the text's own sentences.")
@click.option("--typing", is_flag=True, help="Type the answer on Recall cards.")
@click.option("--strokes/--no-strokes", default=True, show_default=True,
              help="Add stroke-order diagrams of each word's characters (SVG media).")
@click.option("--audio/--no-audio", default=True, show_default=True,
              help="Give each word note its recording (human voices, packaged with the deck).")
@click.option("--listening", is_flag=True,
              help="Add a Listening card per word: hear it, recall the word (needs audio).")
@click.option("--credit", metavar="TEXT", help="Credit line for the text (author, publisher).")
@click.option("--max-notes", type=click.IntRange(min=1), metavar="N",
              help="At most N word notes: the commonest (then lowest HSK level) first.")
@handle_errors
def anki(
    file: str | None,
    encoding: str | None,
    cut_at: str | None,
    standard: str,
    filters: ItemFilter,
    output: str | None,
    title: str | None,
    subdecks: str,
    cloze: bool,
    typing: bool,
    strokes: bool,
    audio: bool,
    listening: bool,
    credit: str | None,
) -> None:
    """Export the vocabulary of FILE as an Anki deck (.apkg).

    Each word, idiom and phrase becomes a note with Recognition (hanzi -> pinyin and
    meaning) and Recall (meaning -> hanzi) cards, plus a cloze card from the sentence it
    occurs in. Re-importing a rebuilt deck updates your notes instead of duplicating them.

    \b
      zh-learn anki article.txt -o article.apkg
      zh-learn anki article.txt --min-level 4 --subdecks level --typing
      zh-learn anki article.txt --max-notes 150

    Words at or below your level (zh-learn config level) and words you know are left out,
    and the command says how many; --include-known keeps them.
    """
    from zh_learn.analysis.pipeline import analyze, load_source
    from zh_learn.fileio import output_path
    from zh_learn.render.anki.deck import DeckOptions, write_deck

    if file is None:
        from zh_learn.recipes import demo_recipe

        slug = demo_recipe().slug
    else:
        slug = _slug("stdin" if file == "-" else Path(file).name)
    # Checked before the analysis, so a bad -o fails at once.
    target = output_path(output or f"{slug}.apkg", inputs=[file], folder_name=f"{slug}.apkg")
    source = load_source(file, encoding=encoding, cut_at=cut_at)
    vocabulary = analyze(source, standard=standard, progress=progress_reporter()).vocabulary
    items = filters.apply(vocabulary.items)
    deck_title = title or source.title or slug
    if listening and not audio:
        raise click.UsageError("--listening needs audio; drop --no-audio")
    options = DeckOptions(title=deck_title, slug=slug, credit=credit or "", subdecks=subdecks,
                          cloze=cloze, typing=typing, strokes=strokes, audio=audio,
                          listening=listening)
    summary = write_deck(items, target, options)
    _report(summary)
    _level_hint(summary)


def _level_hint(summary: DeckSummary) -> None:
    from zh_learn.study.learner import load_profile

    if summary.notes and load_profile().level is None and summary.notes_by_level["1"]:
        click.echo(f"  Tip: `zh-learn config level N` leaves out the HSK levels you have "
                   f"finished (this deck has {summary.notes_by_level['1']} HSK 1 words).",
                   err=True)


def _build_one(recipe: Recipe, out_dir: Path) -> DeckSummary:
    from zh_learn.analysis.pipeline import analyze, load_source
    from zh_learn.fileio import output_path
    from zh_learn.render.anki.deck import DeckOptions, write_deck

    source = load_source(str(recipe.text), encoding=recipe.encoding, cut_at=recipe.cut_at)
    vocabulary = analyze(source, standard=recipe.standard, progress=progress_reporter()).vocabulary
    filters = ItemFilter(
        recipe.kinds, recipe.min_level, recipe.max_level, recipe.top, recipe.skip_known,
        recipe.include_known, recipe.max_notes,
    )
    items = filters.apply(vocabulary.items)
    target = output_path(str(out_dir / recipe.output_name), inputs=[recipe.text, recipe.path])
    title = recipe.title or source.title or recipe.slug
    options = DeckOptions(title=title, slug=recipe.slug, credit=recipe.source,
                          subdecks=recipe.subdecks, cloze=recipe.cloze, typing=recipe.typing,
                          strokes=recipe.strokes, audio=recipe.audio,
                          listening=recipe.listening)
    summary = write_deck(items, target, options)
    _report(summary)
    _level_hint(summary)
    return summary


@click.command()
@click.argument("recipes", nargs=-1, metavar="[RECIPE]...", type=click.Path())
@click.option("-o", "--output-dir", type=click.Path(file_okay=False), default="out",
              show_default=True, help="Folder for the .apkg files (created if missing).")
@handle_errors
def build(recipes: tuple[str, ...], output_dir: str) -> None:
    """Build Anki decks from recipes (a folder with recipe.toml and its article).

    With no RECIPE, builds every decks/*/recipe.toml under the current folder, or the
    bundled demo recipe if there is none.

    \b
      zh-learn build                      # all recipes in ./decks
      zh-learn build decks/zhumadian-2021 -o ~/Anki
    """
    from zh_learn.errors import OutputError
    from zh_learn.recipes import demo_recipe, find_recipes, load_recipe

    if recipes:
        chosen = [load_recipe(r) for r in recipes]
    else:
        chosen = find_recipes("decks") if Path("decks").is_dir() else []
        if not chosen:
            chosen = [demo_recipe()]
            click.echo("No decks/ folder here: building the bundled demo recipe.")
    out_dir = Path(output_dir)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise OutputError(f"cannot create folder {out_dir}: {e.strerror or e}") from None
    total_notes = total_cards = 0
    for recipe in chosen:
        click.echo(f"Building {recipe.slug} from {recipe.path}")
        summary = _build_one(recipe, out_dir)
        total_notes += summary.notes
        total_cards += summary.cards
    if len(chosen) > 1:
        click.echo(f"{len(chosen)} decks, {total_notes} notes, {total_cards} cards in {out_dir}")
    click.echo("Import into Anki: double-click the .apkg, or File > Import. "
               "Rebuilt decks update your notes in place.")
