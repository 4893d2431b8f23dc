"""Pinyin spelling conversions (tone numbers <-> tone marks, zhuyin). Tone marks are
converted here, without importing pypinyin (its phrase table costs 0.5 s and ~100 MB); only
zhuyin, when asked for, uses pypinyin's converter.

The canonical form inside zh-learn is one syllable per character in tone numbers, with ü
written "v" and the neutral tone as 5: ("lv4", "ma5").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Sequence

from zh_learn.hanzi import NUMERALS

_MARKS = {
    "a": "āáǎàa",
    "e": "ēéěèe",
    "i": "īíǐìi",
    "o": "ōóǒòo",
    "u": "ūúǔùu",
    "ü": "ǖǘǚǜü",
}
#: One syllable in tone numbers as zh-learn stores it: letters (ü as v), then the tone 1-5.
SYLLABLE = re.compile(r"^([a-zv]+)([1-5])$")

#: How pinyin can be written: tone marks, tone numbers, or zhuyin (bopomofo).
STYLES = ("marks", "numbers", "zhuyin")

#: tone-marked vowel -> (plain vowel, tone): "ǎ" -> ("a", 3)
UNMARK = {m: (base, tone + 1) for base, ms in _MARKS.items() for tone, m in enumerate(ms[:4])}
#: Combining marks for syllables with no vowel (ḿ, ňg): macron, acute, caron, grave.
_COMBINING = "\u0304\u0301\u030c\u0300"


@functools.lru_cache(maxsize=4096)
def syllable_to_marks(syllable: str) -> str:
    """"lv4" -> "lǜ", "zhuang1" -> "zhuāng", "ma5" -> "ma", "m2" -> "ḿ". Unknown text is
    returned unchanged. Written here rather than taken from pypinyin: importing pypinyin
    loads its phrase table (0.5 s and ~100 MB per process) that nothing else here needs."""
    if not syllable:
        return syllable
    tone = 5
    body = syllable
    if body[-1].isdigit():
        tone = int(body[-1])
        body = body[:-1]
    body = body.replace("u:", "ü").replace("v", "ü").replace("U:", "Ü").replace("V", "Ü")
    if tone not in (1, 2, 3, 4):
        return body
    lower = body.lower()
    # Standard placement: a or e take the mark; in "ou" the o does; otherwise the last vowel.
    if "a" in lower:
        pos = lower.index("a")
    elif "e" in lower:
        pos = lower.index("e")
    elif "ou" in lower:
        pos = lower.index("o")
    else:
        pos = max((i for i, ch in enumerate(lower) if ch in "iouü"), default=-1)
    if pos < 0:
        nasal = next((i for i, ch in enumerate(lower) if ch in "mn"), -1)
        if nasal < 0:
            return body
        marked = body[: nasal + 1] + _COMBINING[tone - 1] + body[nasal + 1 :]
        return unicodedata.normalize("NFC", marked)
    ch = lower[pos]
    mark = _MARKS[ch][tone - 1]
    if body[pos].isupper():
        mark = mark.upper()
    return body[:pos] + mark + body[pos + 1 :]


def to_marks(syllables: Iterable[str]) -> str:
    """("ru2", "lv3") -> "rú lǚ"."""
    return " ".join(syllable_to_marks(s) for s in syllables if s)


def to_numbers(syllables: Iterable[str]) -> str:
    """("lv4",) -> "lü4": tone numbers as learners read them (ü, not v)."""
    return " ".join(s.replace("v", "ü") for s in syllables if s)


@functools.lru_cache(maxsize=4096)
def marks_to_numbers(syllable: str) -> str:
    """"lǜ" -> "lv4", "ma" -> "ma5", "ḿ" -> "m2"."""
    tone = 5
    out = []
    for ch in unicodedata.normalize("NFD", syllable):
        if ch in _COMBINING:
            tone = _COMBINING.index(ch) + 1
            continue
        out.append(ch)
    text = unicodedata.normalize("NFC", "".join(out))
    if tone != 5:
        return text.replace("ü", "v").replace("Ü", "V") + str(tone)
    plain = []
    for ch in text:
        if ch in UNMARK:
            base, tone = UNMARK[ch]
            plain.append(base)
        elif ch.lower() in UNMARK:
            base, tone = UNMARK[ch.lower()]
            plain.append(base.upper())
        else:
            plain.append(ch)
    return "".join(plain).replace("ü", "v").replace("Ü", "V") + str(tone)


def tone_of(syllable: str) -> int:
    return int(syllable[-1]) if syllable and syllable[-1].isdigit() else 5


def to_zhuyin(syllables: Iterable[str]) -> str:
    """Zhuyin (bopomofo) with tone marks, via pypinyin's converter (loaded only when asked)."""
    from pypinyin import Style
    from pypinyin.style import convert

    out = []
    for syl in syllables:
        marked = syllable_to_marks(syl)
        zhuyin = str(convert(marked, Style.BOPOMOFO, strict=True))
        out.append(zhuyin)
    return " ".join(out)


def format_syllables(syllables: Iterable[str], style: str = "marks") -> str:
    """Render syllables as "marks" (default), "numbers" or "zhuyin"."""
    syllables = list(syllables)
    if style == "numbers":
        return to_numbers(syllables)
    if style == "zhuyin":
        return to_zhuyin(syllables)
    return to_marks(syllables)


_NUMERALS = NUMERALS | {"第"}


def apply_sandhi(syllables: Sequence[str | None], text: str) -> list[str | None]:
    """Spoken tones from citation tones: 一 and 不 before other tones, and 3-3 pairs.

    ``syllables`` is aligned with ``text`` (as ``readings`` gives it). 不 is bu2 before a
    fourth tone; 一 is yi2 before a fourth tone and yi4 before the others, but stays yi1 in
    numbers, dates and ordinals (第一, 十一, 一九) and at the end of a word group; in
    看一看 and 是不是 both are neutral. A third tone before another third tone becomes
    second (你好 ni2 hao3; a run of them, 我很好, rises on all but the last).
    """
    out = list(syllables)
    n = len(out)

    def tone(i: int) -> int:
        syl = syllables[i] if 0 <= i < n else None
        return tone_of(syl) if syl else 0

    for i, ch in enumerate(text[:n]):
        cur = syllables[i]
        if not cur:
            continue
        prev_ch = text[i - 1] if i > 0 else ""
        next_ch = text[i + 1] if i + 1 < len(text) else ""
        if ch in "一不" and prev_ch and prev_ch == next_ch and tone(i - 1) and tone(i + 1):
            out[i] = cur[:-1] + "5"  # 看一看, 是不是
        elif ch == "不" and cur == "bu4" and tone(i + 1) == 4:
            out[i] = "bu2"
        elif ch == "一" and cur == "yi1":
            if prev_ch in _NUMERALS or next_ch in _NUMERALS or not tone(i + 1):
                continue
            nxt = tone(i + 1)
            if nxt == 4 or next_ch == "个":
                out[i] = "yi2"
            elif nxt in (1, 2, 3):
                out[i] = "yi4"
        elif tone(i) == 3 and tone(i + 1) == 3:
            out[i] = cur[:-1] + "2"
    return out
