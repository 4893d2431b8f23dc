"""Build Anki packages (.apkg) from vocabulary items.

Identity is what makes re-imports update instead of duplicate, so nothing here is random:

* note type and deck ids are derived from fixed names (``stable_id``);
* a word note's GUID hashes only (note kind, simplified, reading), so a corrected gloss
  updates the learner's existing note;
* a word note holds nothing that depends on the article it came from (no sentence, no
  source tag): the same word in two article decks is one note, and importing deck B
  leaves what deck A's word notes show and how they are tagged as it was. The article's
  sentence, title and ``source::`` tag live on the per-article cloze note, whose GUID adds
  the article's slug, so each article keeps its own;
* notes keep genanki's default modification time (now), because Anki's importer only
  updates a note whose incoming copy is newer.

When the fields of a note type change, bump its version (``VOCAB_VERSION`` /
``CLOZE_VERSION``): the name and id change with it, so Anki adds a new note type instead of
refusing notes whose fields do not match. genanki is imported only inside functions.
"""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from zh_learn.analysis.pos import parts_of_speech
from zh_learn.fileio import check_output_path, clean_stale_dirs, replacing
from zh_learn.hsk import STANDARDS
from zh_learn.models import Kind, VocabItem
from zh_learn.package_data import read_text
from zh_learn.render.anki.fields import cloze_values, esc, vocab_values
from zh_learn.render.anki.media import write_credits, write_note_audio
from zh_learn.render.anki.strokes import CREDIT as STROKES_CREDIT
from zh_learn.render.anki.strokes import strokes_field, word_media

# Vocabulary 2 had the Strokes field added to version 1's layout; 3 is the article-free
# layout below. Cloze 2 adds the article's slug to the GUID and the Sentence fields.
VOCAB_VERSION = 3
CLOZE_VERSION = 2
VOCAB_MODEL_NAME = f"zh-learn Vocabulary v{VOCAB_VERSION}"
CLOZE_MODEL_NAME = f"zh-learn Cloze v{CLOZE_VERSION}"

#: Field layout of the vocabulary note type. Changing it requires bumping VOCAB_VERSION.
#: Nothing here may depend on the article (see the module docstring).
VOCAB_FIELDS: tuple[str, ...] = (
    "Hanzi", "HanziColoured", "Traditional", "Pinyin", "PinyinNumbers", "Zhuyin", "Meaning",
    "AllMeanings", "PartOfSpeech", "Classifier", "Kind", "Level", "Standard", "Frequency",
    "Literal", "Figurative", "CharGloss", "Explanation", "Origin", "Typing", "Strokes", "Audio",
    "Listening",
)
#: Field layout of the cloze note type. Changing it requires bumping CLOZE_VERSION.
CLOZE_FIELDS: tuple[str, ...] = (
    "Text", "Sentence", "SentencePinyin", "Hanzi", "HanziColoured", "Pinyin", "Meaning",
    "Source",
)
VOCAB_TEMPLATES: tuple[str, ...] = ("Recognition", "Recall", "Listening")
SUBDECK_MODES = ("none", "kind", "level")
#: Longest root deck name after "zh-learn::", in columns (a CJK character counts two): a
#: long headline would otherwise fill Anki's deck list. The full title is in the description.
DECK_NAME_WIDTH = 48

_KIND_DECKS = {Kind.WORD: "Words", Kind.IDIOM: "Idioms", Kind.PHRASE: "Phrases",
               Kind.NAME: "Names", Kind.NUMBER: "Numbers", Kind.FOREIGN: "Foreign words"}
CREDIT = (
    "Definitions from CC-CEDICT (https://cc-cedict.org), licensed CC BY-SA 4.0. "
    "Made with zh-learn."
)


def stable_id(name: str) -> int:
    """A fixed id for a name: 2**50 plus 48 bits of its SHA-256 (safe in JavaScript)."""
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    return (1 << 50) + int.from_bytes(digest[:6], "big")


VOCAB_MODEL_ID = stable_id(VOCAB_MODEL_NAME)
CLOZE_MODEL_ID = stable_id(CLOZE_MODEL_NAME)


@dataclass(frozen=True, slots=True)
class DeckOptions:
    title: str  # the article's title: root deck name and each note's Source field
    slug: str = "zh-learn"  # for the source:: tag
    credit: str = ""  # who wrote/published the article, shown in the deck description
    subdecks: str = "none"  # "none" | "kind" | "level"
    cloze: bool = True  # add a cloze note from the article's sentence for each item
    typing: bool = False  # Recall cards ask you to type the answer
    strokes: bool = True  # stroke-order diagrams of the word's characters (SVG media)
    audio: bool = True  # an Audio field with each word's recording (media in the package)
    listening: bool = False  # a Listening card per word (hear it, recall it); needs audio


@dataclass(slots=True)
class DeckSummary:
    path: Path
    deck_name: str
    notes_by_kind: Counter[str] = field(default_factory=Counter)
    notes_by_level: Counter[str] = field(default_factory=Counter)
    cloze_notes: int = 0
    cards_by_template: Counter[str] = field(default_factory=Counter)
    audio_by_source: Counter[str] = field(default_factory=Counter)  # "word" | "syllables"

    @property
    def notes(self) -> int:
        return sum(self.notes_by_kind.values()) + self.cloze_notes

    @property
    def cards(self) -> int:
        return sum(self.cards_by_template.values())


# --- identity and tags ------------------------------------------------------------------------


def _level_tag(item: VocabItem) -> str | None:
    if item.hsk_level is None:
        return None
    known = STANDARDS.get(item.hsk_standard)
    prefix = known.tag if known else item.hsk_standard
    return f"{prefix}::{item.level_label}"


def tags_for(item: VocabItem, slug: str | None = None) -> list[str]:
    """A note's tags: level and kind; ``source::<slug>`` only for per-article (cloze) notes,
    since Anki replaces a note's tags when a later import updates it."""
    tags = [f"kind::{item.kind}"]
    if slug is not None:
        tags.append(f"source::{_tag_safe(slug)}")
    level = _level_tag(item)
    if level:
        tags.insert(0, level)
    return tags


def _tag_safe(text: str) -> str:
    return re.sub(r"\s+", "-", text.strip()) or "text"


def vocab_fields(
    item: VocabItem, options: DeckOptions, part_of_speech: str = "", audio: str = ""
) -> list[str]:
    """The word note's fields, in VOCAB_FIELDS order, all HTML-safe; ``audio`` is the
    ``[sound:...]`` tag of its media file."""
    values = vocab_values(item, part_of_speech=part_of_speech, typing=options.typing)
    values["Strokes"] = _strokes(item, options)
    values["Audio"] = audio
    values["Listening"] = "y" if audio and options.listening else ""
    return [values[name] for name in VOCAB_FIELDS]


def cloze_fields(item: VocabItem, options: DeckOptions) -> list[str] | None:
    """The cloze note's fields in CLOZE_FIELDS order, or None for an item with no sentence."""
    values = cloze_values(item, options.title)
    return None if values is None else [values[name] for name in CLOZE_FIELDS]


def note_guid(note_kind: str, item: VocabItem, slug: str | None = None) -> str:
    """A note's identity: note kind + simplified + reading, nothing that may be corrected;
    a per-article note adds the article's slug, so two articles never share one."""
    from genanki import guid_for

    if slug is None:
        return str(guid_for("zh-learn", note_kind, item.simplified, item.pinyin_numbers))
    return str(guid_for("zh-learn", note_kind, slug, item.simplified, item.pinyin_numbers))


# --- note types and decks ---------------------------------------------------------------------


@cache
def _asset(name: str) -> str:
    return read_text("anki", name)


def _template(name: str) -> str:
    return _asset(name).replace("%DETAILS%", _asset("details.html").strip()).strip()


@cache
def vocab_model() -> Any:
    import genanki

    return genanki.Model(
        VOCAB_MODEL_ID,
        VOCAB_MODEL_NAME,
        fields=[{"name": name} for name in VOCAB_FIELDS],
        templates=[
            {"name": "Recognition", "qfmt": _template("recognition_front.html"),
             "afmt": _template("recognition_back.html")},
            {"name": "Recall", "qfmt": _template("recall_front.html"),
             "afmt": _template("recall_back.html")},
            {"name": "Listening", "qfmt": _template("listening_front.html"),
             "afmt": _template("listening_back.html")},
        ],
        css=_asset("style.css"),
    )


@cache
def cloze_model() -> Any:
    import genanki

    return genanki.Model(
        CLOZE_MODEL_ID,
        CLOZE_MODEL_NAME,
        fields=[{"name": name} for name in CLOZE_FIELDS],
        templates=[{"name": "Cloze", "qfmt": _template("cloze_front.html"),
                    "afmt": _template("cloze_back.html")}],
        css=_asset("style.css"),
        model_type=genanki.Model.CLOZE,
    )


def short_title(title: str, width: int = DECK_NAME_WIDTH) -> str:
    """``title`` cut to ``width`` columns (CJK characters count two), at a space or
    punctuation when one is near the end, with "…" when cut."""
    import unicodedata

    clean = re.sub(r"\s+", " ", title.replace("::", ":")).strip() or "Untitled text"
    used, cut = 0, len(clean)
    for i, ch in enumerate(clean):
        used += 2 if unicodedata.east_asian_width(ch) in "WF" else 1
        if used > width - 1:  # room for the ellipsis
            cut = i
            break
    if cut == len(clean):
        return clean
    head = clean[:cut]
    soft = max(head.rfind(" "), *(head.rfind(p) for p in "，,：:；;、—-"))
    if soft >= cut * 2 // 3:
        head = head[:soft]
    return head.rstrip(" ，,：:；;、—-") + "…"


def deck_root(title: str) -> str:
    """Root deck name: "zh-learn::<short title>" ("::" in the title would nest decks)."""
    return f"zh-learn::{short_title(title)}"


def _subdeck(item: VocabItem, mode: str, cloze: bool) -> str | None:
    if mode == "kind":
        return "Sentences" if cloze else _KIND_DECKS.get(item.kind, str(item.kind))
    if mode == "level":
        if item.hsk_level is None:
            return "Not in HSK list"
        known = STANDARDS.get(item.hsk_standard)
        return f"{known.label if known else 'HSK'} level {item.level_label}"
    return None


def _strokes(item: VocabItem, options: DeckOptions) -> str:

    return strokes_field(item.simplified) if options.strokes else ""


def _write_stroke_media(items: Sequence[VocabItem], folder: Path) -> list[str]:
    """The stroke diagrams the notes name, written into ``folder``: the package's media."""

    paths: dict[str, str] = {}
    for item in items:
        for _char, name, svg in word_media(item.simplified):
            if name not in paths:
                (folder / name).write_text(svg, encoding="utf-8")
                paths[name] = str(folder / name)
    return list(paths.values())


def description(options: DeckOptions) -> str:
    parts = [
        f"Vocabulary from <b>{esc(options.title)}</b>.",
        "Word notes are shared with other zh-learn decks that have the same word; this "
        "article's sentences are its cloze notes (tag <code>source::"
        f"{esc(_tag_safe(options.slug))}</code>).",
    ]
    if options.credit:
        parts.append(f"Source: {esc(options.credit)}")
    parts.append(esc(CREDIT))
    if options.strokes:

        parts.append(esc(STROKES_CREDIT))
    if options.audio:
        from zh_learn.audio.sources import CREDIT as AUDIO_CREDIT

        parts.append(esc(AUDIO_CREDIT))
    return "<br>".join(parts)


def build_package(
    items: Sequence[VocabItem], options: DeckOptions, media_dir: Path | None = None
) -> tuple[Any, DeckSummary]:
    """The genanki Package for ``items`` and a summary of what is in it (path left empty).
    Stroke diagrams (``options.strokes``) are written into ``media_dir``, which must then
    outlive the package's writing.
    With ``options.audio``, each note's audio is written to ``media_dir`` too."""
    import genanki


    if options.subdecks not in SUBDECK_MODES:
        raise ValueError(f"subdecks must be one of {SUBDECK_MODES}")
    root = deck_root(options.title)
    desc = description(options)
    decks: dict[str, Any] = {}

    def deck(sub: str | None) -> Any:
        name = f"{root}::{sub}" if sub else root
        if name not in decks:
            decks[name] = genanki.Deck(stable_id("deck:" + name), name, description=desc)
        return decks[name]

    deck(None)
    summary = DeckSummary(path=Path(), deck_name=root)
    vmodel, cmodel = vocab_model(), cloze_model()
    clozes: list[tuple[VocabItem, list[str]]] = []
    speech = parts_of_speech(i.simplified for i in items if i.kind is Kind.WORD)
    media: dict[str, None] = {}  # file paths, in order, once each
    folder = media_dir if options.audio else None
    for pos, item in enumerate(items, start=1):
        sound = write_note_audio(item, folder) if folder is not None else None
        fields = vocab_fields(item, options, speech.get(item.simplified, ""),
                              sound.field if sound else "")
        tags = tags_for(item) + ([sound.tag] if sound else [])
        if sound is not None and folder is not None:
            media[str(folder / sound.filename)] = None
            summary.audio_by_source[sound.source] += 1
        note = genanki.Note(model=vmodel, fields=fields, tags=tags,
                            guid=note_guid("vocab", item), due=pos)
        deck(_subdeck(item, options.subdecks, cloze=False)).add_note(note)
        summary.notes_by_kind[str(item.kind)] += 1
        summary.notes_by_level[item.level_label] += 1
        for card in note.cards:
            summary.cards_by_template[VOCAB_TEMPLATES[card.ord]] += 1
        if options.cloze and (cfields := cloze_fields(item, options)) is not None:
            clozes.append((item, cfields))
    for pos, (item, cfields) in enumerate(clozes, start=len(items) + 1):
        note = genanki.Note(model=cmodel, fields=cfields, tags=tags_for(item, options.slug),
                            guid=note_guid("cloze", item, options.slug), due=pos)
        deck(_subdeck(item, options.subdecks, cloze=True)).add_note(note)
        summary.cloze_notes += 1
        summary.cards_by_template["Cloze"] += len(note.cards)
    if media and folder is not None:
        media[str(write_credits(folder))] = None
    if options.strokes and media_dir:
        media.update(dict.fromkeys(_write_stroke_media(items, media_dir)))
    return genanki.Package(list(decks.values()), media_files=list(media)), summary


# --- writing ----------------------------------------------------------------------------------


_SCRATCH_PREFIX = "zh-learn-anki-"


@contextmanager
def _scratch_dir() -> Iterator[Path]:
    """A private folder for the collection and media being packed, removed afterwards (and
    left-overs of a killed run removed next time)."""

    clean_stale_dirs(Path(tempfile.gettempdir()), _SCRATCH_PREFIX)
    with tempfile.TemporaryDirectory(prefix=f"{_SCRATCH_PREFIX}{os.getpid()}-") as tmp:
        yield Path(tmp)


def _write_apkg(package: Any, target: Path, scratch: Path, timestamp: float | None) -> None:
    """Pack ``package`` into the .apkg ``target``: its collection written by genanki's
    ``write_to_db`` into ``scratch`` (not a temp file of genanki's own), then zipped with the
    media, which an .apkg names 0, 1, 2... and maps back in its ``media`` entry."""
    import itertools
    import json
    import sqlite3
    import time
    import zipfile
    from contextlib import closing

    now = time.time() if timestamp is None else timestamp
    collection = scratch / "collection.anki2"
    with closing(sqlite3.connect(collection)) as db:
        package.write_to_db(db.cursor(), now, itertools.count(int(now * 1000)))
        db.commit()
    media = [Path(p) for p in package.media_files]
    with zipfile.ZipFile(target, "w") as apkg:
        apkg.write(collection, "collection.anki2")
        apkg.writestr("media", json.dumps({str(i): p.name for i, p in enumerate(media)}))
        for i, p in enumerate(media):
            apkg.write(p, str(i))


def write_deck(
    items: Sequence[VocabItem],
    path: str | Path,
    options: DeckOptions,
    *,
    timestamp: float | None = None,
) -> DeckSummary:
    """Write ``items`` as an .apkg at ``path``, atomically; raises OutputError.

    ``timestamp`` (default: now) is the notes' modification time; leave it alone outside
    tests, since Anki only updates notes whose incoming copy is newer.
    """
    path = Path(path)
    check_output_path(path)
    with _scratch_dir() as scratch:
        media_dir = scratch / "media"
        media_dir.mkdir()
        package, summary = build_package(items, options, media_dir)
        summary.path = path
        with replacing(path) as tmp:
            _write_apkg(package, Path(tmp), scratch, timestamp)
    return summary
