"""Build Anki packages (.apkg) from vocabulary items.

Identity is what makes re-imports update instead of duplicate, so nothing here is random:

* note type and deck ids are derived from fixed names (``stable_id``);
* a note's GUID hashes only (note kind, simplified, reading), so a corrected gloss or a new
  example updates the learner's existing note;
* notes keep genanki's default modification time (now), because Anki's importer only
  updates a note whose incoming copy is newer.

When the fields of a note type change, bump its version (``VOCAB_VERSION`` /
``CLOZE_VERSION``): the name and id change with it, so Anki adds a new note type instead of
refusing notes whose fields do not match. genanki is imported only inside functions.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import tempfile
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from zh_learn.fileio import check_output_path, replacing
from zh_learn.models import Example, Kind, VocabItem
from zh_learn.package_data import read_text

VOCAB_VERSION = 2  # 2: the Strokes field
CLOZE_VERSION = 1
VOCAB_MODEL_NAME = f"zh-learn Vocabulary v{VOCAB_VERSION}"
CLOZE_MODEL_NAME = f"zh-learn Cloze v{CLOZE_VERSION}"

#: Field layout of the vocabulary note type. Changing it requires bumping VOCAB_VERSION.
VOCAB_FIELDS: tuple[str, ...] = (
    "Hanzi", "Traditional", "Pinyin", "PinyinNumbers", "Meaning", "Kind", "Level", "Standard",
    "Frequency", "Sentence", "SentencePinyin", "Source", "Literal", "Figurative", "CharGloss",
    "Explanation", "Origin", "Typing",
    "Strokes",
)
#: Field layout of the cloze note type. Changing it requires bumping CLOZE_VERSION.
CLOZE_FIELDS: tuple[str, ...] = ("Text", "Hanzi", "Pinyin", "Meaning", "SentencePinyin", "Source")
VOCAB_TEMPLATES: tuple[str, ...] = ("Recognition", "Recall")
SUBDECK_MODES = ("none", "kind", "level")

STANDARD_LABELS = {"hsk3-2021": "HSK 3.0", "hsk3-2025": "HSK 3.0 (2025)", "hsk2": "HSK 2.0"}
_TAG_PREFIX = {"hsk3-2021": "hsk3", "hsk3-2025": "hsk3-2025", "hsk2": "hsk2"}
_KIND_DECKS = {Kind.WORD: "Words", Kind.IDIOM: "Idioms", Kind.PHRASE: "Phrases",
               Kind.NAME: "Names", Kind.NUMBER: "Numbers", Kind.FOREIGN: "Foreign words"}
_CLAUSE_END = "，,；;：:、"
_CLAUSE_RE = re.compile(f"[{re.escape(_CLAUSE_END)}]")
_OPENING = "“‘「『（(《〈【"
#: CJK punctuation written the Western way in a pinyin line.
_ASCII_PUNCT = str.maketrans({
    "，": ",", "。": ".", "、": ",", "；": ";", "：": ":", "！": "!", "？": "?", "“": '"',
    "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"', "『": '"', "』": '"', "（": "(",
    "）": ")", "【": "[", "】": "]", "—": "-", "…": "...",
})
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


@dataclass(slots=True)
class DeckSummary:
    path: Path
    deck_name: str
    notes_by_kind: Counter[str] = field(default_factory=Counter)
    notes_by_level: Counter[str] = field(default_factory=Counter)
    cloze_notes: int = 0
    cards_by_template: Counter[str] = field(default_factory=Counter)

    @property
    def notes(self) -> int:
        return sum(self.notes_by_kind.values()) + self.cloze_notes

    @property
    def cards(self) -> int:
        return sum(self.cards_by_template.values())


# --- field text -------------------------------------------------------------------------------


_ANKI_SYNTAX = str.maketrans({"{": "&#123;", "}": "&#125;", "[": "&#91;", "]": "&#93;"})


def esc(text: str) -> str:
    """HTML-escape field text; braces and brackets too, so input can never form a cloze or
    template tag (``{{c1::``) or a media or TTS reference (``[sound:x.mp3]``, ``[anki:tts]``)."""
    return html.escape(text, quote=True).translate(_ANKI_SYNTAX)


@lru_cache(maxsize=1024)
def coloured_pinyin(syllables: tuple[str, ...]) -> str:
    """Tone-mark pinyin with one ``<span class="toneN">`` per syllable."""
    from zh_learn.pinyin_format import syllable_to_marks, tone_of

    return " ".join(
        f'<span class="tone{tone_of(s)}">{esc(syllable_to_marks(s))}</span>' for s in syllables
    )


@lru_cache(maxsize=4096)
def sentence_pinyin(sentence: str) -> str:
    """Tone-mark pinyin of a sentence, syllables spaced, punctuation and Latin text kept."""
    from zh_learn.pinyin import readings
    from zh_learn.pinyin_format import syllable_to_marks

    out: list[str] = []
    prev = ""  # "syl", "word" (Latin/digits), "open", "punct", "space"
    for ch, syl in zip(sentence, readings(sentence), strict=True):
        if syl:
            if out and prev in ("syl", "word", "punct"):
                out.append(" ")
            out.append(syllable_to_marks(syl))
            prev = "syl"
        elif ch.isspace():
            if out and prev != "space":
                out.append(" ")
            prev = "space"
        elif ch.isascii() and ch.isalnum():
            if prev == "syl" or (prev == "punct" and out):
                out.append(" ")
            out.append(ch)
            prev = "word"
        elif ch in _OPENING:
            if out and prev in ("syl", "word", "punct"):
                out.append(" ")
            out.append(ch)
            prev = "open"
        else:
            out.append(ch)
            prev = "punct"
    return "".join(out).strip().translate(_ASCII_PUNCT)


def clip_sentence(sentence: str, offset: int, length: int, limit: int = 80) -> tuple[str, int]:
    """Cut a long sentence to the clauses around [offset, offset+length); returns (text, offset)."""
    if len(sentence) <= limit:
        return sentence, offset
    bounds = sorted({0, len(sentence), *(m.end() for m in _CLAUSE_RE.finditer(sentence))})
    i = bisect_right(bounds, offset) - 1
    j = bisect_left(bounds, offset + length)
    if bounds[j] - bounds[i] > limit:  # the word's own clause is too long: take a window
        start = max(0, min(offset - (limit - length) // 2, len(sentence) - limit))
        end = min(len(sentence), start + max(limit, length))
    else:
        while True:  # add whole clauses on either side while they fit
            grew = False
            if i > 0 and bounds[j] - bounds[i - 1] <= limit:
                i, grew = i - 1, True
            if j < len(bounds) - 1 and bounds[j + 1] - bounds[i] <= limit:
                j, grew = j + 1, True
            if not grew:
                break
        start, end = bounds[i], bounds[j]
    piece = sentence[start:end]
    text = piece.strip()
    lead = len(piece) - len(piece.lstrip())
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(sentence) and text[-1:] not in "。！？!?" else ""
    return prefix + text + suffix, offset - start - lead + len(prefix)


def _example(item: VocabItem) -> tuple[str, int] | None:
    # the item as the sentence spells it (國内 in mixed text), else its simplified form
    word = item.example.text if item.example is not None and item.example.text else item.simplified
    return _example_cached(item.example, word)


@lru_cache(maxsize=256)
def _example_cached(ex: Example | None, word: str) -> tuple[str, int] | None:
    """The item's sentence (clipped) and the item's offset in it, or None."""
    if ex is None or not ex.sentence:
        return None
    offset = ex.offset
    if ex.sentence[offset : offset + len(word)] != word:
        offset = ex.sentence.find(word)
        if offset < 0:
            return None
    return clip_sentence(ex.sentence, offset, len(word))


def _level_tag(item: VocabItem) -> str | None:
    if item.hsk_level is None:
        return None
    prefix = _TAG_PREFIX.get(item.hsk_standard, item.hsk_standard)
    return f"{prefix}::{item.level_label}"


def tags_for(item: VocabItem, slug: str) -> list[str]:
    tags = [f"kind::{item.kind}", f"source::{_tag_safe(slug)}"]
    level = _level_tag(item)
    if level:
        tags.insert(0, level)
    return tags


def _tag_safe(text: str) -> str:
    return re.sub(r"\s+", "-", text.strip()) or "text"


def _measure_words(item: VocabItem) -> str:
    if not item.classifiers:
        return ""
    return f'<div class="mw">measure word: {esc(item.measure_words)}</div>'


def vocab_fields(item: VocabItem, options: DeckOptions) -> list[str]:
    """The vocabulary note's fields, in VOCAB_FIELDS order, all HTML-safe."""
    example = _example(item)
    sentence = pinyin = ""
    if example:
        text, off = example
        end = off + len(item.simplified)
        sentence = f'{esc(text[:off])}<span class="hl">{esc(text[off:end])}</span>{esc(text[end:])}'
        pinyin = esc(sentence_pinyin(text))
    idiom = item.idiom
    gloss = " · ".join(f"{c} {g}" for c, g in idiom.char_gloss) if idiom else ""
    values = {
        "Hanzi": esc(item.simplified),
        "Traditional": esc(item.traditional) if item.traditional != item.simplified else "",
        "Pinyin": coloured_pinyin(item.syllables),
        "PinyinNumbers": esc(item.pinyin_numbers),
        "Meaning": esc(item.gloss) + _measure_words(item),
        "Kind": esc(str(item.kind)),
        "Level": esc(item.level_label) if item.hsk_level is not None else "",
        "Standard": esc(STANDARD_LABELS.get(item.hsk_standard, item.hsk_standard)),
        "Frequency": f"{item.zipf:.1f}" if item.zipf is not None else "",
        "Sentence": sentence,
        "SentencePinyin": pinyin,
        "Source": esc(options.title),
        "Literal": esc(idiom.literal or "") if idiom else "",
        "Figurative": esc(idiom.figurative or "") if idiom else "",
        "CharGloss": esc(gloss),
        "Explanation": esc(idiom.explanation_zh or "") if idiom else "",
        "Origin": esc(idiom.origin_zh or "") if idiom else "",
        "Typing": "y" if options.typing else "",
        "Strokes": _strokes(item, options),
    }
    return [values[name] for name in VOCAB_FIELDS]


def cloze_fields(item: VocabItem, options: DeckOptions) -> list[str] | None:
    """The cloze note's fields (the item blanked out of its sentence), or None without one."""
    example = _example(item)
    if example is None:
        return None
    text, off = example
    end = off + len(item.simplified)
    cloze = f"{esc(text[:off])}{{{{c1::{esc(text[off:end])}}}}}{esc(text[end:])}"
    values = {
        "Text": cloze,
        "Hanzi": esc(item.simplified),
        "Pinyin": coloured_pinyin(item.syllables),
        "Meaning": esc(item.gloss),
        "SentencePinyin": esc(sentence_pinyin(text)),
        "Source": esc(options.title),
    }
    return [values[name] for name in CLOZE_FIELDS]


def note_guid(note_kind: str, item: VocabItem) -> str:
    """The note's identity: note kind + simplified + reading, nothing that may be corrected."""
    from genanki import guid_for

    return str(guid_for("zh-learn", note_kind, item.simplified, item.pinyin_numbers))


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


def deck_root(title: str) -> str:
    """Root deck name: "zh-learn::<title>" ("::" in the title would nest decks, so it goes)."""
    clean = re.sub(r"\s+", " ", title.replace("::", ":")).strip() or "Untitled text"
    return f"zh-learn::{clean}"


def _subdeck(item: VocabItem, mode: str, cloze: bool) -> str | None:
    if mode == "kind":
        return "Sentences" if cloze else _KIND_DECKS.get(item.kind, str(item.kind))
    if mode == "level":
        if item.hsk_level is None:
            return "Not in HSK list"
        return f"{STANDARD_LABELS.get(item.hsk_standard, 'HSK')} level {item.level_label}"
    return None


def _strokes(item: VocabItem, options: DeckOptions) -> str:
    from zh_learn.anki_strokes import strokes_field

    return strokes_field(item.simplified) if options.strokes else ""


def _write_stroke_media(items: Sequence[VocabItem], folder: Path) -> list[str]:
    """The stroke diagrams the notes name, written into ``folder``: the package's media."""
    from zh_learn.anki_strokes import word_media

    paths: dict[str, str] = {}
    for item in items:
        for _char, name, svg in word_media(item.simplified):
            if name not in paths:
                (folder / name).write_text(svg, encoding="utf-8")
                paths[name] = str(folder / name)
    return list(paths.values())


def description(options: DeckOptions) -> str:
    parts = [f"Vocabulary from <b>{esc(options.title)}</b>."]
    if options.credit:
        parts.append(f"Source: {esc(options.credit)}")
    parts.append(esc(CREDIT))
    if options.strokes:
        from zh_learn.anki_strokes import CREDIT as STROKES_CREDIT

        parts.append(esc(STROKES_CREDIT))
    return "<br>".join(parts)


def build_package(
    items: Sequence[VocabItem], options: DeckOptions, media_dir: Path | None = None
) -> tuple[Any, DeckSummary]:
    """The genanki Package for ``items`` and a summary of what is in it (path left empty).
    Stroke diagrams (``options.strokes``) are written into ``media_dir``, which must then
    outlive the package's writing."""
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
    for pos, item in enumerate(items, start=1):
        tags = tags_for(item, options.slug)
        note = genanki.Note(model=vmodel, fields=vocab_fields(item, options), tags=tags,
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
                            guid=note_guid("cloze", item), due=pos)
        deck(_subdeck(item, options.subdecks, cloze=True)).add_note(note)
        summary.cloze_notes += 1
        summary.cards_by_template["Cloze"] += len(note.cards)
    media = _write_stroke_media(items, media_dir) if options.strokes and media_dir else []
    return genanki.Package(list(decks.values()), media_files=media), summary


# --- writing ----------------------------------------------------------------------------------


_SCRATCH_PREFIX = "zh-learn-anki-"


@contextmanager
def _private_tempdir() -> Iterator[str]:
    """Point tempfile at a private folder, so genanki's scratch SQLite file is removed."""
    from zh_learn.fileio import clean_stale_dirs

    old = tempfile.tempdir
    clean_stale_dirs(Path(tempfile.gettempdir()), _SCRATCH_PREFIX)
    with tempfile.TemporaryDirectory(prefix=f"{_SCRATCH_PREFIX}{os.getpid()}-") as tmp:
        tempfile.tempdir = tmp
        try:
            yield tmp
        finally:
            tempfile.tempdir = old


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
    with _private_tempdir() as scratch:
        media = Path(scratch) / "media"
        media.mkdir()
        package, summary = build_package(items, options, media)
        summary.path = path
        with replacing(path) as tmp:
            package.write_to_file(str(tmp), timestamp=timestamp)
    return summary
