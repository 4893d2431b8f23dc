"""What zh-learn knows about one character: readings with common words, meaning, parts,
etymology, strokes, HSK level, and the words of a text that contain it.

Facts come from Make Me a Hanzi (``data/characters/facts.jsonl.gz``, LGPL-3.0+), readings and
glosses from CC-CEDICT, common words from the HSK word list, strokes from ``strokes``.
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from zh_learn.analysis.lexicon import lexicon
from zh_learn.analysis.senses import cedict_syllables
from zh_learn.characters.strokes import stroke_data
from zh_learn.hanzi import HAN
from zh_learn.hsk import DEFAULT_STANDARD, char_level, level_label, word_level, word_levels
from zh_learn.models import STUDY_KINDS, Kind, Vocabulary
from zh_learn.package_data import data_file
from zh_learn.pinyin.syllables import syllable_to_marks, to_marks

CHAR_SCHEMA = 1
WORDS_PER_READING = 4


@dataclass(frozen=True, slots=True)
class CommonWord:
    word: str
    pinyin: str  # tone marks
    gloss: str
    hsk_level: int | None


@dataclass(frozen=True, slots=True)
class CharReading:
    syllable: str  # tone number, "bo2"
    pinyin: str  # tone marks, "bó"
    definitions: tuple[str, ...]
    words: tuple[CommonWord, ...] = ()


@dataclass(frozen=True, slots=True)
class TextWord:
    word: str
    pinyin: str
    gloss: str
    count: int


@dataclass(slots=True)
class CharInfo:
    char: str
    simplified: str
    traditional: list[str]  # every traditional form (游: 游 to swim, 遊 to travel)
    definition: str  # Make Me a Hanzi's short English meaning
    readings: list[CharReading]
    radical: str | None
    decomposition: str | None
    etymology: dict[str, str]
    strokes: int | None  # None: no stroke data for this character
    hsk_level: int | None
    hsk_label: str
    standard: str
    in_text: list[TextWord] = field(default_factory=list)

    @property
    def etymology_text(self) -> str:
        """One line: "pictophonetic: 艹 (grass) gives the meaning, 溥 the sound"."""
        ety = self.etymology
        kind = ety.get("type", "")
        if kind == "pictophonetic":
            semantic, phonetic, hint = ety.get("semantic"), ety.get("phonetic"), ety.get("hint")
            parts = []
            if semantic:
                parts.append(f"{semantic}{f' ({hint})' if hint else ''} gives the meaning")
            if phonetic:
                parts.append(f"{phonetic} the sound")
            return f"{kind}: " + ", ".join(parts) if parts else kind
        hint = ety.get("hint", "")
        return f"{kind}: {hint}" if kind and hint else kind or hint

    def to_dict(self) -> dict[str, Any]:
        return {
            "char": self.char,
            "simplified": self.simplified,
            "traditional": self.traditional,
            "definition": self.definition,
            "readings": [
                {
                    "pinyin": r.pinyin,
                    "pinyin_numbers": r.syllable,
                    "definitions": list(r.definitions),
                    "words": [
                        {"word": w.word, "pinyin": w.pinyin, "gloss": w.gloss,
                         "hsk_level": w.hsk_level}
                        for w in r.words
                    ],
                }
                for r in self.readings
            ],
            "radical": self.radical,
            "decomposition": self.decomposition,
            "etymology": self.etymology or None,
            "etymology_text": self.etymology_text or None,
            "strokes": self.strokes,
            "hsk_level": self.hsk_level,
            "hsk_label": self.hsk_label,
            "hsk_standard": self.standard,
            "in_text": [
                {"word": w.word, "pinyin": w.pinyin, "gloss": w.gloss, "count": w.count}
                for w in self.in_text
            ],
        }


_KEY = '{"character":"'


@functools.cache
def _facts() -> dict[str, str]:
    """Character -> its JSON line, parsed only when that character is asked for."""
    raw = gzip.decompress(data_file("characters", "facts.jsonl.gz").read_bytes())
    return {
        line[len(_KEY)]: line
        for line in raw.decode("utf-8").splitlines()
        if line.startswith(_KEY)
    }


@functools.lru_cache(maxsize=4096)
def facts(char: str) -> dict[str, Any]:
    """Make Me a Hanzi's entry for ``char`` ({} when it has none)."""
    line = _facts().get(char)
    if line is None:
        return {}
    entry: dict[str, Any] = json.loads(line)
    return entry


def han_characters(text: str) -> list[str]:
    """The distinct Han characters of ``text``, in order of first appearance."""
    return list(dict.fromkeys(HAN.findall(text)))


def _syllables_of(pinyin: str) -> tuple[str, ...]:

    return cedict_syllables(pinyin)


@functools.cache
def _word_index(standard: str) -> dict[str, list[str]]:
    """Character -> the HSK words containing it, easiest first."""

    levels = word_levels(standard)
    index: dict[str, list[str]] = {}
    for word in sorted(levels, key=lambda w: (levels[w], len(w), w)):
        if len(word) < 2:
            continue
        for ch in set(word):
            index.setdefault(ch, []).append(word)
    return index


def char_readings(simplified: str, standard: str = DEFAULT_STANDARD) -> list[CharReading]:
    """Each CC-CEDICT reading of a character with its definitions and up to four common
    words (from the HSK list) that use that reading."""

    lex = lexicon()
    by_syllable: dict[str, list[str]] = {}
    # Common senses before surnames and names (薄 "thin", not "surname Bo", first).
    for sense in sorted(lex.senses(simplified), key=lambda s: s.pinyin[:1].isupper()):
        syllables = _syllables_of(sense.pinyin)
        if len(syllables) != 1:
            continue
        defs = by_syllable.setdefault(syllables[0], [])
        defs.extend(d for d in sense.definitions if d not in defs)
    words_for: dict[str, list[CommonWord]] = {s: [] for s in by_syllable}
    for word in _word_index(standard).get(simplified, []):
        for sense in lex.senses(word):
            syllables = _syllables_of(sense.pinyin)
            if len(syllables) != len(word) or sense.pinyin[:1].isupper():
                continue
            syllable = syllables[word.index(simplified)]
            bucket = words_for.get(syllable)
            if bucket is not None and len(bucket) < WORDS_PER_READING:
                gloss = "; ".join(
                    [d for d in sense.definitions if not d.startswith("CL:")][:2]
                )
                bucket.append(
                    CommonWord(word, to_marks(syllables), gloss, word_level(word, standard))
                )
            break
    readings = [
        CharReading(s, syllable_to_marks(s), tuple(defs), tuple(words_for[s]))
        for s, defs in by_syllable.items()
    ]
    # The reading with the most common words first (薄 báo before bò).
    readings.sort(key=lambda r: -len(r.words))
    return readings


def _to_simplified(char: str) -> str:

    return lexicon().t2s.get(char, char)


def traditional_char(simplified: str) -> str:

    return lexicon().traditional(simplified) if len(simplified) == 1 else simplified


def traditional_forms(simplified: str) -> list[str]:
    """Every traditional form CC-CEDICT gives the character, its usual one first."""

    forms = [traditional_char(simplified)]
    for sense in lexicon().senses(simplified):
        if len(sense.traditional) == 1 and sense.traditional not in forms:
            forms.append(sense.traditional)
    return forms


def text_words(char: str, vocabularies: Iterable[Vocabulary]) -> list[TextWord]:
    """The text's words (and idioms, phrases, names) containing ``char``, commonest first."""

    found: dict[tuple[str, str], TextWord] = {}  # by word and reading: 还 huán, 还 hái
    for vocabulary in vocabularies:
        for item in vocabulary.items:
            if item.kind not in STUDY_KINDS | {Kind.NAME}:
                continue
            if char in item.simplified or char in item.traditional:
                key = (item.simplified, item.pinyin_numbers)
                old = found.get(key)
                count = item.count + (old.count if old else 0)
                found[key] = TextWord(
                    item.simplified, item.pinyin, item.meaning(2), count
                )
    return sorted(found.values(), key=lambda w: -w.count)


def char_info(
    char: str,
    *,
    standard: str = DEFAULT_STANDARD,
    vocabularies: Iterable[Vocabulary] = (),
) -> CharInfo:
    """Everything about one character; traditional input is looked up by its simplified
    form where facts and readings need it."""

    simplified = _to_simplified(char)
    entry = facts(char) or facts(simplified)
    strokes = stroke_data(char)
    level = char_level(simplified, standard)
    etymology = {k: str(v) for k, v in (entry.get("etymology") or {}).items()}
    decomposition = entry.get("decomposition")
    return CharInfo(
        char=char,
        simplified=simplified,
        traditional=traditional_forms(simplified),
        definition=str(entry.get("definition", "")),
        readings=char_readings(simplified, standard),
        radical=entry.get("radical"),
        decomposition=None if decomposition in (None, "？") else str(decomposition),
        etymology=etymology,
        strokes=strokes.count if strokes else None,
        hsk_level=level,
        hsk_label=level_label(level, standard),
        standard=standard,
        in_text=text_words(char, vocabularies),
    )


def render_text(info: CharInfo) -> str:
    """A plain-text card for the terminal."""
    head = [info.char]
    if info.traditional != [info.char]:
        head.append(f"(traditional {'/'.join(info.traditional)})")
    elif info.simplified != info.char:
        head.append(f"(simplified {info.simplified})")
    facts_line = [
        f"{info.strokes} strokes" if info.strokes is not None else "no stroke data",
        f"HSK {info.hsk_label}" if info.hsk_level is not None else "not an HSK character",
    ]
    if info.radical:
        facts_line.append(f"radical {info.radical}")
    lines = ["  ".join(head) + "   " + " · ".join(facts_line)]
    if info.definition:
        lines.append(f"  Meaning: {info.definition}")
    if info.readings:
        lines.append("  Readings:")
        for r in info.readings:
            lines.append(f"    {r.pinyin:<7} {'; '.join(r.definitions[:3])}")
            for w in r.words:
                level = f" (HSK {w.hsk_level})" if w.hsk_level else ""
                lines.append(f"            {w.word} {w.pinyin}{level}: {w.gloss}")
    if info.decomposition:
        lines.append(f"  Parts: {info.decomposition}")
    if info.etymology_text:
        lines.append(f"  Origin: {info.etymology_text}")
    if info.in_text:
        lines.append("  In the text:")
        for t in info.in_text:
            times = f" x{t.count}" if t.count > 1 else ""
            lines.append(f"    {t.word} {t.pinyin}{times}: {t.gloss}")
    return "\n".join(lines) + "\n"
