"""What an item means: its senses in learner order, short glosses, and glosses composed from
the parts of a word no dictionary lists."""

from __future__ import annotations

import functools

from zh_learn.lexicon import WEAK_DEFINITIONS, Lexicon, lexicon
from zh_learn.models import IdiomInfo, Sense
from zh_learn.package_data import read_rows


@functools.lru_cache(maxsize=65536)
def cedict_syllables(pinyin: str) -> tuple[str, ...]:
    """CC-CEDICT's "ru2 lu:3 bo2 bing1" -> ("ru2", "lv3", "bo2", "bing1")."""
    out = []
    for syl in pinyin.lower().split():
        syl = syl.replace("u:", "v")
        if syl and not syl[-1].isdigit():
            syl += "5"
        out.append(syl)
    return tuple(out)


def item_senses(word: str, syllables: tuple[str, ...], lex: Lexicon) -> tuple[Sense, ...]:
    senses: list[Sense] = []
    supplement = lex.supplement.get(word)
    if supplement is not None and supplement.definitions:
        senses.append(
            Sense(
                pinyin=supplement.pinyin,
                definitions=supplement.definitions,
                source="supplement",
                traditional=supplement.traditional,
            )
        )
    senses.extend(lex.senses(word))
    wanted = tuple(syllables)
    # The reading used in the text comes first, common-word senses before proper nouns
    # (也 "also" before "surname Ye") and real meanings before variant cross-references.
    senses.sort(
        key=lambda s: (
            s.source != "supplement",
            cedict_syllables(s.pinyin) != wanted,
            s.pinyin[:1].isupper(),
            all(d.startswith(WEAK_DEFINITIONS) for d in s.definitions),
        )
    )
    return tuple(senses)


@functools.lru_cache(maxsize=16384)
def short_gloss(word: str, syllables: tuple[str, ...] = ()) -> str:
    """The first real meaning of ``word`` (for the reading given, when it has one):
    cross-references such as "variant of" and surnames are passed over."""
    lex = lexicon()
    senses = list(lex.senses(word))
    if word in lex.supplement:
        senses.insert(0, Sense(pinyin="", definitions=lex.supplement[word].definitions))
    senses.sort(
        key=lambda s: (
            bool(syllables) and cedict_syllables(s.pinyin) != syllables,
            s.pinyin[:1].isupper(),
        )
    )
    for sense in senses:
        for definition in sense.definitions:
            if not definition.startswith(WEAK_DEFINITIONS):
                return definition.removeprefix("(bound form) ")
    return ""


#: After these a single character is read as a measure word (一米, 一场, 各项, 第一道).
_COUNTERS = frozenset("一二三四五六七八九十百千万两几半每各这那哪某整首")


def _classifier_gloss(char: str, syllables: tuple[str, ...] = ()) -> str:
    """The measure-word sense of ``char`` (米 "meter (classifier)"), or ""."""
    for sense in lexicon().senses(char):
        if syllables and cedict_syllables(sense.pinyin) != syllables:
            continue
        for definition in sense.definitions:
            if "classifier" in definition and not definition.startswith("CL:"):
                return definition
    return ""


#: After these the last character of a compound is what is said, not a complement (作风要实).
_ADVERBS = frozenset("要很太更最不没也都还就才再")


@functools.cache
def _part_glosses() -> dict[tuple[str, str], str]:
    """zh-learn's own glosses for characters as parts (``data/part_glosses.tsv``)."""
    return {(char, place): gloss for char, place, gloss in read_rows("part_glosses.tsv")}


def _part_gloss(word: str, i: int) -> str:
    """Our own gloss for the character at ``i`` of an unknown compound, or ""."""
    table = _part_glosses()
    if i == 0:
        return table.get((word[0], "first"), "")
    if word[i - 1] in _ADVERBS:
        return ""
    return table.get((word[i], "last"), "")


def composed_sense(word: str, syllables: tuple[str, ...], lex: Lexicon) -> Sense | None:
    """Gloss an unknown compound by its longest known parts: 中高风险 -> 中高 + 风险; a
    character after a number or 各/每/这 is glossed as a measure word (一米: 米 "meter")."""
    parts: list[str] = []
    i = 0
    while i < len(word):
        for size in range(min(4, len(word) - i, len(word) - 1), 0, -1):
            piece = word[i : i + size]
            gloss = ""
            if size == 1:
                gloss = _part_gloss(word, i)
            if size == 1 and i and word[i - 1] in _COUNTERS:
                gloss = _classifier_gloss(piece, syllables[i : i + 1]) or gloss
            gloss = gloss or short_gloss(piece, syllables[i : i + size])
            if gloss:
                parts.append(f"{piece} ({gloss})")
                i += size
                break
        else:
            parts.append(word[i])
            i += 1
    if not parts:
        return None
    return Sense(pinyin=" ".join(syllables), definitions=(" + ".join(parts),), source="composed")


def idiom_info(
    word: str, syllables: tuple[str, ...], senses: tuple[Sense, ...], lex: Lexicon
) -> IdiomInfo:
    literal = figurative = None
    supplement = lex.supplement.get(word)
    if supplement is not None:
        literal, figurative = supplement.literal, supplement.figurative
    for sense in senses:
        for d in sense.definitions:
            if d.startswith("lit. ") and literal is None:
                literal = d[5:].replace(" (idiom)", "")
            elif d.startswith("fig. ") and figurative is None:
                figurative = d[5:].replace(" (idiom)", "")
    char_gloss = tuple(
        (ch, short_gloss(ch, (syl,))) for ch, syl in zip(word, syllables, strict=False)
    )
    return IdiomInfo(
        literal=literal,
        figurative=figurative,
        char_gloss=char_gloss,
    )
