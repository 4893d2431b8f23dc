"""The xinhua idiom data's readings, checked: they have slips (岸谷之变 "bìan"), so each
syllable is checked against the character's possible readings before it is trusted.
"""

from __future__ import annotations

import functools
import re

from zh_learn.analysis.lexicon import char_readings, xinhua_pinyin
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


def checked_reading(word: str, pinyin: str) -> tuple[str | None, ...] | None:
    """The xinhua reading ``pinyin`` of ``word``, one syllable per character (tone numbers);
    a syllable that is not a reading of its character (a slip such as 五 "wú" in 一五一十)
    is None, and so is any character that is not Chinese. None when the syllables do not
    line up with the characters."""

    syllables = [marks_to_numbers(s).lower() for s in _SYLLABLE.findall(pinyin)]
    chars = [ch for ch in word if _HAN.match(ch)]
    if len(syllables) != len(chars):
        return None
    it = iter(syllables)
    out: list[str | None] = []
    for ch in word:
        if not _HAN.match(ch):
            out.append(None)
            continue
        syl = next(it).replace("u:", "v").replace("ü", "v")
        out.append(syl if syl in possible_readings(ch) else None)
    return tuple(out)


def idiom_reading(word: str, fallback: tuple[str, ...]) -> tuple[str, ...]:
    """The reading of an idiom CC-CEDICT lacks: xinhua's, syllable by syllable where it is
    a reading of the character, else ``fallback``'s (zh-learn's own reading in context)."""

    raw = xinhua_pinyin(word)
    checked = checked_reading(word, raw) if raw else None
    if checked is None or len(fallback) != len(word):
        return fallback
    out = [x or f for x, f in zip(checked, fallback, strict=True)]
    for i in range(1, len(word)):
        out[i] = counted_reading(word[i], word[i - 1]) or out[i]  # 三年五载 zǎi, not zài
    return tuple(out)
