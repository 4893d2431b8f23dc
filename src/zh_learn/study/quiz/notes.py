"""What the quiz says about an idiom after the answer: its literal meaning, a gloss of each
character and its origin (出处), looked up from the dictionaries by the word alone, so
``review`` (which keeps no analysis) shows the same as ``quiz``."""

from __future__ import annotations

import dataclasses
import functools

from zh_learn.analysis.lexicon import idiom_details, lexicon
from zh_learn.analysis.senses import idiom_info, item_senses
from zh_learn.models import IdiomInfo
from zh_learn.study.store import StudyWord


def idiom_notes(word: StudyWord) -> IdiomInfo | None:
    return _notes(word.word, tuple(word.syllables))


@functools.lru_cache(maxsize=256)
def _notes(word: str, syllables: tuple[str, ...]) -> IdiomInfo | None:

    lex = lexicon()
    info = idiom_info(word, syllables, item_senses(word, syllables, lex), lex)
    explanation, origin = idiom_details([word]).get(word, (None, None))
    return dataclasses.replace(info, explanation_zh=explanation, origin_zh=origin)
