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
    # A word and its reading identify an item (长 chang2 and 长 zhang3 are two), as in Anki.
    totals: dict[tuple[str, str], int] = {}
    for vocab in vocabularies:
        for item in vocab.items:
            key = (item.simplified, item.pinyin_numbers)
            totals[key] = totals.get(key, 0) + item.count
    seen: set[tuple[str, str]] = set()
    lessons: list[Lesson] = []
    for number, vocab in enumerate(vocabularies, start=1):
        new: list[VocabItem] = []
        for item in vocab.items:
            key = (item.simplified, item.pinyin_numbers)
            if key in seen:
                continue
            seen.add(key)
            new.append(replace(item, count=totals[key]))
        lessons.append(Lesson(number, vocab.title, vocab.source, new))
    return lessons

