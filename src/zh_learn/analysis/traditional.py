"""The traditional form a word takes in its sentence, where one simplified character stands
for several (后: 後 "after" or 后 "empress"; 干: 乾 "dry", 幹 "to do", 干 "to concern").

OpenCC's phrase tables decide (Taiwan standard characters, as CC-CEDICT writes them), read
in the word's clause; a few everyday phrases they miss are settled by zh-learn's own
patterns (干了一杯: 乾, to drink up).
"""

from __future__ import annotations

import functools
import re
from typing import Any

from zh_learn.analysis.lexicon import WEAK_DEFINITIONS, lexicon

#: (pattern over the simplified clause, index of the character in the match, its form)
_PATTERNS = (
    # drinking a glass down: 干了一杯, 干了这杯, 一口干了
    (re.compile(r"干(?:了)?(?:一|这|那|半|整|两|三)?(?:大)?杯"), 0, "乾"),
    (re.compile(r"一口干"), 2, "乾"),
)


@functools.cache
def _converter() -> Any:
    import opencc

    return opencc.OpenCC("s2tw")


@functools.lru_cache(maxsize=8192)
def ambiguous(char: str) -> bool:
    """Whether the simplified ``char`` has more than one traditional form for real
    meanings (后: 后 and 後; not 们)."""

    forms = {
        sense.traditional
        for sense in lexicon().senses(char)
        if not all(d.startswith(WEAK_DEFINITIONS) for d in sense.definitions)
    }
    return len(forms) > 1


def in_context(word: str, clause: str, offset: int) -> str | None:
    """The traditional form of ``word`` at ``offset`` of ``clause`` (simplified text), or
    None when no character of it has a choice to make."""
    if not any(ambiguous(ch) for ch in word):
        return None
    converted = _converter().convert(clause)
    if len(converted) != len(clause):  # OpenCC maps character for character
        return None
    form = list(converted[offset : offset + len(word)])
    for pattern, index, trad in _PATTERNS:
        for m in pattern.finditer(clause):
            at = m.start() + index - offset
            if 0 <= at < len(word):
                form[at] = trad
    return "".join(form)
