"""The data that flows through zh-learn: text -> Document -> Vocabulary -> renderers.

Plain dataclasses with no behaviour beyond derived views, so every renderer (table, JSON,
Anki, quiz, word list, handout) reads the same fields. ``Vocabulary.to_json()`` is the
documented, stable interchange format (see README, "JSON output").
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import asdict, dataclass
from enum import StrEnum
from typing import Any, NamedTuple

from zh_learn.hsk import DEFAULT_STANDARD, above_level, level_label
from zh_learn.pinyin.syllables import to_marks

JSON_SCHEMA_VERSION = 1


class Kind(StrEnum):
    """What a vocabulary item is; decides how it is studied."""

    WORD = "word"
    IDIOM = "idiom"  # 成语
    PHRASE = "phrase"  # set phrase, proverb, slogan (惯用语, 俗语)
    NAME = "name"  # person, place or organisation
    NUMBER = "number"  # numbers, dates, times, quantities
    FOREIGN = "foreign"  # Latin-script words, codes


#: Kinds that are studied by default (names and numbers are listed apart).
STUDY_KINDS: frozenset[Kind] = frozenset({Kind.WORD, Kind.IDIOM, Kind.PHRASE})


class TokenKind(StrEnum):
    """Role of one segment of the running text."""

    WORD = "word"
    IDIOM = "idiom"
    PHRASE = "phrase"
    NAME = "name"
    NUMBER = "number"
    FOREIGN = "foreign"
    PUNCT = "punct"
    SPACE = "space"


class Token(NamedTuple):
    """One segment of the running text (a NamedTuple: a novel has ~600k of them)."""

    text: str
    start: int  # offset in Document.text, in code points
    kind: TokenKind
    sentence: int  # index into Document.sentences
    name_type: str | None = None  # "person" | "place" | "organization" for names

    @property
    def end(self) -> int:
        return self.start + len(self.text)


class Sentence(NamedTuple):
    text: str
    start: int  # offset in Document.text

    @property
    def end(self) -> int:
        return self.start + len(self.text)


@dataclass(slots=True)
class Document:
    """A text cut into sentences and tokens. ``text`` is in simplified characters."""

    text: str
    sentences: list[Sentence]
    tokens: list[Token]
    script: str = "simplified"  # the script of the original input
    original: str | None = None  # the input as given, when any character was traditional


@dataclass(frozen=True, slots=True)
class Classifier:
    """A measure word the dictionary gives for a noun (CC-CEDICT's ``CL:`` note)."""

    simplified: str
    traditional: str
    pinyin: str  # tone marks: "gè"


@dataclass(frozen=True, slots=True)
class Sense:
    """One dictionary reading of a headword with its English definitions."""

    pinyin: str  # tone numbers, CC-CEDICT style: "xing2", "ru2 lu:3 bo2 bing1"
    definitions: tuple[str, ...]  # readable text: no dictionary markup
    source: str = "cedict"  # "cedict" | "supplement" | "zh-learn" | "name" | "composed" | "doubled"
    traditional: str = ""
    classifiers: tuple[Classifier, ...] = ()  # measure words, from CC-CEDICT's CL: notes
    also: tuple[str, ...] = ()  # other accepted readings ("also pr."), tone numbers


@dataclass(frozen=True, slots=True)
class Example:
    """Where an item first occurs: its sentence and offsets."""

    sentence: str
    sentence_start: int  # offset of the sentence in the document
    offset: int  # offset of the item inside ``sentence``
    #: the item as the sentence spells it (traditional or mixed characters: 國内), so
    #: ``sentence[offset:offset + len(text)] == text`` always holds
    text: str = ""


@dataclass(frozen=True, slots=True)
class IdiomInfo:
    literal: str | None = None  # English literal meaning, when known
    figurative: str | None = None  # English figurative meaning, when known
    char_gloss: tuple[tuple[str, str], ...] = ()  # (character, short English gloss)
    explanation_zh: str | None = None  # 释义
    origin_zh: str | None = None  # 出处


@dataclass(slots=True)
class VocabItem:
    simplified: str
    traditional: str
    syllables: tuple[str, ...]  # reading in context, tone numbers, ü as "v", neutral tone 5
    kind: Kind
    senses: tuple[Sense, ...] = ()  # in-context reading first, then the other readings
    name_type: str | None = None
    hsk_level: int | None = None  # 1-6, 7 = the 7-9 band; None = not in the list
    hsk_standard: str = DEFAULT_STANDARD
    zipf: float | None = None  # log10 of frequency per billion words
    count: int = 0
    first_offset: int = 0
    example: Example | None = None
    idiom: IdiomInfo | None = None
    #: A word the text reads more than one way (长 chang2 / zhang3) is one item per reading:
    #: ``offsets`` are the occurrences read this way (empty for a word read one way), and
    #: ``variant`` is set on every reading but the word's usual one.
    offsets: tuple[int, ...] = ()
    variant: bool = False

    @property
    def key(self) -> str:
        """What identifies the item in the progress store: the word, or for a second reading
        of it the word and that reading ("长[zhang3]")."""
        return f"{self.simplified}[{self.pinyin_numbers}]" if self.variant else self.simplified

    @property
    def pinyin(self) -> str:
        """Reading in context with tone marks, one syllable per character: "rú lǚ bó bīng"."""

        return to_marks(self.syllables)

    @property
    def pinyin_numbers(self) -> str:
        return " ".join(s for s in self.syllables if s)

    @property
    def definitions(self) -> tuple[str, ...]:
        """English definitions of the reading used in the text (falls back to all senses)."""
        wanted = " ".join(self.syllables).replace("v", "u:").lower()
        for sense in self.senses:
            if sense.pinyin.lower() == wanted:
                return sense.definitions
        return self.senses[0].definitions if self.senses else ()

    @property
    def gloss(self) -> str:
        """A one-line English meaning for tables and quiz choices."""
        return "; ".join(self.definitions)

    def is_above(self, level: int, standard: str | None = None) -> bool:
        """Whether a class at ``level`` has yet to learn this item: the rule word lists,
        handouts, profiles and exercises share (``hsk.above_level``)."""

        return above_level(self.simplified, self.hsk_level, level, standard or self.hsk_standard)

    def meaning(self, limit: int = 4) -> str:
        """The English meaning shown in lists: an idiom's figurative sense first, else the
        first ``limit`` definitions of the reading used in the text."""
        if self.idiom is not None and self.idiom.figurative:
            return self.idiom.figurative
        if self.definitions:
            return "; ".join(self.definitions[:limit])
        if self.idiom is not None:
            return self.idiom.literal or self.idiom.explanation_zh or ""
        return ""

    @property
    def classifiers(self) -> tuple[Classifier, ...]:
        """Measure words of the reading used in the text (CC-CEDICT's CL: notes)."""
        wanted = " ".join(self.syllables).replace("v", "u:").lower()
        for sense in self.senses:
            if sense.pinyin.lower() == wanted and sense.classifiers:
                return sense.classifiers
        return ()

    @property
    def measure_words(self) -> str:
        """Measure words as text: "个 gè, 位 wèi", or "" when the dictionary gives none."""
        return ", ".join(f"{c.simplified} {c.pinyin}" for c in self.classifiers)

    @property
    def level_label(self) -> str:
        """"4", "7-9", or "-" when the word is not in the list."""

        return level_label(self.hsk_level, self.hsk_standard)

    def known_in(self, known: Collection[str]) -> bool:
        """Whether ``known`` (words, or store keys such as "长[zhang3]") holds the item; a
        second reading of a word is known by its own key only."""
        if self.variant:
            return self.key in known
        return self.simplified in known or bool(self.traditional) and self.traditional in known

    def form(self, script: str = "simplified") -> str:
        return self.traditional if script == "traditional" else self.simplified

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["kind"] = str(self.kind)
        data["syllables"] = list(self.syllables)
        data["pinyin"] = self.pinyin
        data["pinyin_numbers"] = self.pinyin_numbers
        data["gloss"] = self.gloss
        data["classifiers"] = [asdict(c) for c in self.classifiers]
        data["hsk_label"] = self.level_label
        data["key"] = self.key
        return data


@dataclass(slots=True)
class Vocabulary:
    items: list[VocabItem]
    title: str = ""
    source: str = ""  # file path or "-" or "demo"
    standard: str = DEFAULT_STANDARD
    script: str = "simplified"
    char_count: int = 0  # Han characters in the text
    token_count: int = 0  # running words (no punctuation or spaces)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": JSON_SCHEMA_VERSION,
            "title": self.title,
            "source": self.source,
            "standard": self.standard,
            "script": self.script,
            "char_count": self.char_count,
            "token_count": self.token_count,
            "items": [item.to_dict() for item in self.items],
        }
