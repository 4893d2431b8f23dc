"""What the sense and cut tests read of an analysis: items by word, a word's first gloss, the
cut's tokens."""

from __future__ import annotations

from zh_learn.analysis.pipeline import analyze
from zh_learn.analysis.segment import segment
from zh_learn.models import VocabItem


def items(text: str) -> dict[str, VocabItem]:
    return {i.simplified: i for i in analyze(text, cache=False).vocabulary.items}


def gloss(text: str, word: str) -> str:
    return items(text)[word].gloss


def words(text: str) -> list[str]:
    return [t.text for t in segment(text).tokens]
