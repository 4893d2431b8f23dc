"""The xinhua idiom data's readings, checked: they have slips (岸谷之变 "bìan"), so each
syllable is checked against the character's possible readings before it is trusted.
"""

from __future__ import annotations

import functools
import re

from zh_learn.analysis.lexicon import char_readings, lexicon, xinhua_pinyin
from zh_learn.hanzi import HAN as _HAN
from zh_learn.pinyin.rules import counted_reading
from zh_learn.pinyin.syllables import marks_to_numbers
from zh_learn.pinyin.tables import tables

_SYLLABLE = re.compile(r"[a-zA-Zü:āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]+")


@functools.lru_cache(maxsize=8192)
def possible_readings(ch: str) -> frozenset[str]:
    """Every reading CC-CEDICT or pypinyin's character table gives ``ch`` (tone numbers, ü
    as v), each also unstressed (生 sheng5)."""

    tabs = tables()
    found = {reading[0] for reading in tabs.words.get(ch, ()) if len(reading) == 1}
    if ch in tabs.chars:
        found.add(tabs.chars[ch])
    found.update(char_readings(ch))
    found = {s.lower().replace("ü", "v") for s in found}
    return frozenset(found | {s[:-1] + "5" for s in found})


#: ü written with its dots after j, q, x, y (xinhua's "jǜ" in 卑谄足恭): the same syllable as u
_JQXY_V = re.compile(r"^([jqxy])v")


def _number_syllable(syllable: str) -> str:
    """A xinhua syllable in tone numbers, ü as v, and "jv" spelled "ju" as everywhere else."""
    syl = marks_to_numbers(syllable).lower().replace("u:", "v").replace("ü", "v")
    return _JQXY_V.sub(r"\1u", syl)


def _split_joined(token: str, chars: list[str]) -> list[str] | None:
    """A token that runs several syllables together ("fēngliú" for 风流, "bīrén" for 逼人)
    cut into one reading per character of ``chars``, or None when no cut gives each
    character one of its readings."""
    if not chars:
        return [] if not token else None
    for end in range(len(token), 0, -1):
        head = _number_syllable(token[:end])
        if head in possible_readings(chars[0]):
            rest = _split_joined(token[end:], chars[1:])
            if rest is not None:
                return [token[:end], *rest]
    return None


def _syllables(pinyin: str, chars: list[str]) -> list[str] | None:
    """xinhua's syllables of ``pinyin`` lined up with ``chars``; a token that joins
    syllables is cut when the count falls short. None when they cannot be lined up."""
    tokens = _SYLLABLE.findall(pinyin)
    if len(tokens) == len(chars):
        return tokens
    if len(tokens) > len(chars):
        return None
    out: list[str] = []
    at = 0
    for i, token in enumerate(tokens):
        left = len(tokens) - i - 1  # tokens after this one, each at least one character
        for width in range(1, len(chars) - at - left + 1):
            cut = _split_joined(token, chars[at : at + width]) if width > 1 else None
            if width == 1 and _number_syllable(token) in possible_readings(chars[at]):
                cut = [token]
            if cut is not None:
                out += cut
                at += width
                break
        else:
            return None
    return out if at == len(chars) else None


def aligned_syllables(word: str, pinyin: str) -> list[str] | None:
    """xinhua's reading ``pinyin`` of ``word`` as one syllable per Chinese character (tone
    numbers, ü as v), slips included; None when they cannot be lined up."""
    syllables = _syllables(pinyin, [ch for ch in word if _HAN.match(ch)])
    return None if syllables is None else [_number_syllable(s) for s in syllables]


def checked_reading(word: str, pinyin: str) -> tuple[str | None, ...] | None:
    """The xinhua reading ``pinyin`` of ``word``, one syllable per character (tone numbers);
    a syllable that is not a reading of its character (a slip such as 五 "wú" in 一五一十)
    is None, and so is any character that is not Chinese. None when the syllables do not
    line up with the characters."""

    syllables = aligned_syllables(word, pinyin)
    if syllables is None:
        return None
    it = iter(syllables)
    out: list[str | None] = []
    for ch in word:
        if not _HAN.match(ch):
            out.append(None)
            continue
        syl = next(it)
        out.append(syl if syl in possible_readings(ch) else None)
    return tuple(out)


def idiom_reading(word: str, fallback: tuple[str, ...]) -> tuple[str, ...]:
    """The reading of an idiom CC-CEDICT lacks: xinhua's, syllable by syllable where it is
    a reading of the character, else ``fallback``'s (zh-learn's own reading in context)."""

    raw = xinhua_pinyin(word)
    if raw is None and word in lexicon().idiom_variants:  # 龙拿虎掷: xinhua writes 龙拏虎掷
        raw = xinhua_pinyin(lexicon().idiom_variants[word])
    checked = checked_reading(word, raw) if raw else None
    if checked is None or len(fallback) != len(word):
        return fallback
    out = [x or f for x, f in zip(checked, fallback, strict=True)]
    for i in range(1, len(word)):
        out[i] = counted_reading(word[i], word[i - 1]) or out[i]  # 三年五载 zǎi, not zài
    return tuple(out)
