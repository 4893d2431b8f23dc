"""Several texts read in order as lessons.

``credit_lessons`` credits each word to the first lesson it appears in, so a word list shows
the new words of each lesson; counts are added up over all lessons.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from zh_learn.models import VocabItem, Vocabulary


@dataclass(slots=True)
class Lesson:
    """The items first met in one text (``number`` counts from 1)."""

    number: int
    title: str
    source: str
    items: list[VocabItem]


def credit_lessons(vocabularies: list[Vocabulary]) -> list[Lesson]:
    """One Lesson per vocabulary, each holding only the items not met in an earlier lesson.

    An item's ``count`` becomes its total over all lessons; its example stays the one from
    the lesson it is credited to.
    """
    totals: dict[str, int] = {}
    for vocab in vocabularies:
        for item in vocab.items:
            totals[item.simplified] = totals.get(item.simplified, 0) + item.count
    seen: set[str] = set()
    lessons: list[Lesson] = []
    for number, vocab in enumerate(vocabularies, start=1):
        new: list[VocabItem] = []
        for item in vocab.items:
            if item.simplified in seen:
                continue
            seen.add(item.simplified)
            new.append(replace(item, count=totals[item.simplified]))
        lessons.append(Lesson(number, vocab.title, vocab.source, new))
    return lessons

