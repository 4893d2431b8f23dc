"""Pinyin spelling conversions (tone numbers <-> tone marks, zhuyin), with no heavy imports.

The canonical form inside zh-learn is one syllable per character in tone numbers, with ü
written "v" and the neutral tone as 5: ("lv4", "ma5").
"""

from __future__ import annotations

from collections.abc import Iterable

_MARKS = {
    "a": "āáǎàa",
    "e": "ēéěèe",
    "i": "īíǐìi",
    "o": "ōóǒòo",
    "u": "ūúǔùu",
    "ü": "ǖǘǚǜü",
}
_UNMARK = {m: (base, tone + 1) for base, ms in _MARKS.items() for tone, m in enumerate(ms[:4])}


def syllable_to_marks(syllable: str) -> str:
    """"lv4" -> "lǜ", "zhuang1" -> "zhuāng", "ma5" -> "ma". Unknown text is returned unchanged."""
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
        return body
    ch = lower[pos]
    marked = _MARKS[ch][tone - 1]
    if body[pos].isupper():
        marked = marked.upper()
    return body[:pos] + marked + body[pos + 1 :]


def to_marks(syllables: Iterable[str]) -> str:
    """("ru2", "lv3") -> "rú lǚ"."""
    return " ".join(syllable_to_marks(s) for s in syllables)


def to_numbers(syllables: Iterable[str]) -> str:
    """("lv4",) -> "lü4": tone numbers as learners read them (ü, not v)."""
    return " ".join(s.replace("v", "ü") for s in syllables)


def marks_to_numbers(syllable: str) -> str:
    """"lǜ" -> "lv4", "ma" -> "ma5"."""
    tone = 5
    out = []
    for ch in syllable:
        if ch in _UNMARK:
            base, tone = _UNMARK[ch]
            out.append(base)
        elif ch.lower() in _UNMARK:
            base, tone = _UNMARK[ch.lower()]
            out.append(base.upper())
        else:
            out.append(ch)
    return "".join(out).replace("ü", "v").replace("Ü", "V") + str(tone)


def tone_of(syllable: str) -> int:
    return int(syllable[-1]) if syllable and syllable[-1].isdigit() else 5


def to_zhuyin(syllables: Iterable[str]) -> str:
    """Zhuyin (bopomofo) with tone marks, via pypinyin's converter (loaded only when asked)."""
    from pypinyin.contrib.tone_convert import to_bopomofo

    return " ".join(to_bopomofo(s.replace("v", "ü")) for s in syllables)


def format_syllables(syllables: Iterable[str], style: str = "marks") -> str:
    """Render syllables as "marks" (default), "numbers" or "zhuyin"."""
    syllables = list(syllables)
    if style == "numbers":
        return to_numbers(syllables)
    if style == "zhuyin":
        return to_zhuyin(syllables)
    return to_marks(syllables)
