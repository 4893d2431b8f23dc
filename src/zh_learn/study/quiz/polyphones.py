"""Whether a word's reading depends on its sentence: CC-CEDICT gives it more than one
common reading (行 háng/xíng; 长 cháng/zhǎng; 还 hái/huán). Proper-noun readings (upper
case in CC-CEDICT) and readings that differ only by a neutral tone (东西 dōngxi/dōngxī) do
not count."""

from __future__ import annotations

import functools

from zh_learn.analysis.lexicon import lexicon


def _split(pinyin: str) -> tuple[tuple[str, int], ...]:
    out = []
    for syl in pinyin.lower().replace("u:", "v").split():
        tone = int(syl[-1]) if syl[-1:].isdigit() else 5
        out.append((syl.rstrip("012345"), tone))
    return tuple(out)


def _same(a: tuple[tuple[str, int], ...], b: tuple[tuple[str, int], ...]) -> bool:
    return len(a) == len(b) and all(
        x[0] == y[0] and (x[1] == y[1] or 5 in (x[1], y[1])) for x, y in zip(a, b, strict=True)
    )


@functools.lru_cache(maxsize=4096)
def is_polyphone(word: str) -> bool:

    readings: list[tuple[tuple[str, int], ...]] = []
    for sense in lexicon().senses(word):
        if sense.pinyin[:1].isupper():
            continue
        reading = _split(sense.pinyin)
        if not any(_same(reading, r) for r in readings):
            readings.append(reading)
    return len(readings) > 1
