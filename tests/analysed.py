"""What the sense and cut tests read of an analysis: items by word, a word's first gloss, the
cut's tokens."""

from __future__ import annotations

from zh_learn.analysis.lexicon import read_supplement
from zh_learn.analysis.pipeline import analyze
from zh_learn.analysis.segment import segment
from zh_learn.models import VocabItem


def items(text: str) -> dict[str, VocabItem]:
    return {i.simplified: i for i in analyze(text, cache=False).vocabulary.items}


def gloss(text: str, word: str) -> str:
    return items(text)[word].gloss


def words(text: str) -> list[str]:
    return [t.text for t in segment(text).tokens]


def assert_whole_as_their_rows(sentence: str, terms: tuple[str, ...]) -> None:
    """Each term is one item of ``sentence``, of the kind, reading and first gloss of its row in
    the supplement."""
    supplement = read_supplement()
    found = items(sentence)
    for term in terms:
        row = supplement[term]
        assert term in found, f"{term} is cut in pieces: {sorted(found)}"
        item = found[term]
        assert item.kind is row.kind
        assert " ".join(item.syllables) == row.pinyin
        assert item.senses[0].source == "supplement"
        assert item.senses[0].definitions[0] == row.definitions[0]


def assert_apart(sentence: str, words: tuple[str, ...]) -> None:
    """``words`` have no supplement row as one, and each is an item of ``sentence``."""
    found = set(items(sentence))
    assert "".join(words) not in read_supplement()
    assert set(words) <= found, sorted(found)
