"""The one pinyin reader every zh-learn output uses.

``readings(text)`` gives one syllable per character of ``text`` in tone numbers (neutral 5,
ü as "v"), or None for a character that is not Han. pypinyin reads whole runs of Han text with
its own phrase segmentation (jieba's words would break idioms such as 切中肯綮).
"""

from __future__ import annotations

import functools
import re
from typing import Any

_HAN_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]+")
_SYLLABLE = re.compile(r"^[a-zü:]+[1-5]$")


@functools.cache
def _pypinyin() -> Any:
    import pypinyin

    return pypinyin


def readings(text: str) -> list[str | None]:
    """One tone-number syllable per character of ``text``; None where a character is not Han."""
    out: list[str | None] = [None] * len(text)
    if not text:
        return out
    pp = _pypinyin()
    for match in _HAN_RUN.finditer(text):
        run = match.group()
        syllables = pp.lazy_pinyin(
            run, style=pp.Style.TONE3, neutral_tone_with_five=True, v_to_u=False,
            errors=lambda chars: [None] * len(chars),
        )
        if len(syllables) != len(run):
            continue
        for i, syl in enumerate(syllables):
            if syl and _SYLLABLE.match(syl):
                out[match.start() + i] = syl
    return out
