"""Known words from the learner's own Anki collection: the words of notes with a mature card.

The collection is read with the ``anki`` library (the optional ``zh-learn[anki]`` extra) from
a copy in a temporary folder, never the live file: Anki may have it open, and opening a
collection can upgrade or rewrite it. The copy takes the ``-wal`` file along, so changes
Anki has not yet checkpointed are seen.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zh_learn.errors import InputError, ZhLearnError
from zh_learn.study.known import add, field_word

#: Anki calls a card mature from a 21-day interval.
MATURE_DAYS = 21
#: Field names that usually hold the word, tried in order when --field is not given.
WORD_FIELDS = (
    "hanzi", "simplified", "word", "chinese", "headword", "expression", "vocab", "vocabulary",
    "汉字", "简体", "词语", "单词", "front",
)  # fmt: skip


@dataclass(slots=True)
class AnkiWords:
    words: list[str]  # in the order found, without duplicates
    notes: int  # notes with a mature card
    skipped: int  # of those, notes whose field held no Chinese word
    fields: dict[str, str]  # note type -> the field read


@contextmanager
def _copy_of(path: Path) -> Iterator[Any]:
    try:
        from anki.collection import Collection
    except ImportError:
        raise ZhLearnError(
            "reading an Anki collection needs the anki package: pip install 'zh-learn[anki]'"
        ) from None
    if not path.is_file():
        raise InputError(f"no such file: {path}")
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise InputError(f"{path} is not an Anki collection (collection.anki2)")
    with tempfile.TemporaryDirectory(prefix="zh-learn-anki-read-") as tmp:
        copy = Path(tmp) / "collection.anki2"
        shutil.copyfile(path, copy)
        wal = path.with_name(path.name + "-wal")
        if wal.is_file():
            shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
        try:
            col = Collection(str(copy))
        except Exception as e:  # the backend raises its own types for a foreign file
            raise InputError(f"{path} is not an Anki collection Anki can open ({e})") from None
        try:
            yield col
        finally:
            col.close()


def _search_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"')


def _pick_field(names: list[str], wanted: str | None) -> str | None:
    if wanted is not None:
        return next((n for n in names if n.lower() == wanted.lower()), None)
    lowered = {n.lower(): n for n in names}
    return next((lowered[f] for f in WORD_FIELDS if f in lowered), names[0] if names else None)


def mature_words(
    path: str | Path,
    *,
    deck: str | None = None,
    field: str | None = None,
    min_interval: int = MATURE_DAYS,
) -> AnkiWords:
    """The Chinese words of the notes that have a card with an interval of at least
    ``min_interval`` days, in ``deck`` (and its subdecks) or the whole collection.

    The word is read from ``field`` or, without it, from the first field named like
    ``WORD_FIELDS`` (Hanzi, Simplified, Word, Front, ...), else the note's first field;
    HTML and Pleco's ``简[繁]`` pairs are cleaned as ``known import`` does.
    """

    with _copy_of(Path(path)) as col:
        query = f"prop:ivl>={int(min_interval)}"
        if deck is not None:
            names = {d.name for d in col.decks.all_names_and_ids()}
            if deck not in names:
                listed = ", ".join(sorted(n for n in names if "::" not in n)[:12])
                raise InputError(f"no deck named {deck!r} in the collection (decks: {listed})")
            query = f'"deck:{_search_text(deck)}" {query}'
        note_ids = col.find_notes(query)
        chosen: dict[int, str | None] = {}  # note type id -> the field read
        used: dict[str, str] = {}
        words: dict[str, None] = {}
        skipped = 0
        for nid in note_ids:
            note = col.get_note(nid)
            model = note.note_type()
            mid = model["id"]
            if mid not in chosen:
                chosen[mid] = _pick_field([f["name"] for f in model["flds"]], field)
                if chosen[mid] is not None:
                    used[model["name"]] = str(chosen[mid])
            name = chosen[mid]
            word = field_word(note[name]) if name is not None else None
            if word:
                words[word] = None
            else:
                skipped += 1
        if field is not None and note_ids and not used:
            raise InputError(f"no note type with a field named {field!r} among the notes found")
        return AnkiWords(list(words), len(note_ids), skipped, used)


def import_mature(
    path: str | Path,
    *,
    deck: str | None = None,
    field: str | None = None,
    min_interval: int = MATURE_DAYS,
) -> tuple[AnkiWords, int]:
    """``mature_words`` added to the known-words list; returns them and how many were new."""

    found = mature_words(path, deck=deck, field=field, min_interval=min_interval)
    return found, add(found.words, source="import") if found.words else 0
