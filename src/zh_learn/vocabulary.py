"""From a Document to its vocabulary: one annotated item per distinct word, idiom or name."""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import replace

from zh_learn.hsk import DEFAULT_STANDARD, check_standard, word_levels
from zh_learn.lexicon import Lexicon, idiom_details, lexicon, zipf_frequencies
from zh_learn.models import (
    STUDY_KINDS,
    Document,
    Example,
    Kind,
    Sense,
    Token,
    TokenKind,
    VocabItem,
)
from zh_learn.pinyin import (
    compound_reading,
    prefetch_contexts,
    readings,
    tables,
    word_reading,
)
from zh_learn.pinyin_format import syllable_to_marks
from zh_learn.segment import WordTally, clause_span
from zh_learn.senses import (
    cedict_syllables,
    composed_sense,
    idiom_info,
    item_senses,
    reading_of_form,
)
from zh_learn.traditional import in_context as traditional_in_context
from zh_learn.xinhua import idiom_reading

_ITEM_KINDS = {
    TokenKind.WORD: Kind.WORD,
    TokenKind.IDIOM: Kind.IDIOM,
    TokenKind.PHRASE: Kind.PHRASE,
    TokenKind.NAME: Kind.NAME,
    TokenKind.NUMBER: Kind.NUMBER,
    TokenKind.FOREIGN: Kind.FOREIGN,
}
_SORTS = ("order", "freq", "level", "count")
#: Words read in context by the polyphone model (g2pM, ~1.5 ms a clause) per text. An
#: article never reaches it; past it (a novel) the dictionary, the context rules and each
#: character's common reading decide, which keeps a novel's analysis near jieba's speed.
MODEL_BUDGET = 1500
#: Sort key for "not in the HSK list": after every level.
_BEYOND = 99


class _Reader:
    """Readings in context. The clause around the word is the context: it reads as well as the
    whole sentence and costs a fraction of it on a novel."""

    def __init__(self, document: Document, lex: Lexicon) -> None:
        self.document = document
        self.lex = lex
        self.model_left = MODEL_BUDGET

    def context(self, word: str, token: Token) -> tuple[str, str]:
        """(word, the clause it will be read in), for prefetching; past the model's budget a
        compound is read alone (the clause is then given as "")."""
        if self.model_left <= 0 and len(word) > 1:
            return word, ""
        sentence = self.document.sentences[token.sentence]
        left, right = clause_span(sentence.text, token.start - sentence.start)
        return word, sentence.text[left:right]

    def reading(self, word: str, sentence: int, start: int) -> tuple[str, ...]:
        supplement = self.lex.supplement.get(word)
        if supplement is not None and supplement.pinyin:
            syllables = cedict_syllables(supplement.pinyin)
            if len(syllables) == len(word):
                return syllables
        self.model_left -= 1
        if self.model_left < 0 and len(word) > 1:
            # Past the model's budget a compound reads well enough by itself.
            return compound_reading(word)
        text = self.document.sentences[sentence].text
        offset = start - self.document.sentences[sentence].start
        left, right = clause_span(text, offset)
        return word_reading(word, text[left:right], offset - left, model=self.model_left >= 0)


_NAME_KINDS = {"person": "person's name", "place": "place name", "organization": "organization"}


def name_sense(word: str, syllables: tuple[str, ...], name_type: str | None) -> Sense:
    """The gloss of a name no dictionary holds: what it is and how it is spelled
    ("person's name: Dīng Zēng'ān", "place name: Xúwèizhuāng"; 小明 is Xiǎomíng)."""
    marks = [syllable_to_marks(s) for s in syllables if s]
    if name_type == "person" and len(marks) > 1 and word[0] not in "小老阿":
        spelled = f"{_pinyin_word(marks[:1])} {_pinyin_word(marks[1:])}"
    else:
        spelled = _pinyin_word(marks)
    what = _NAME_KINDS.get(name_type or "", "name")
    return Sense(pinyin=" ".join(syllables), definitions=(f"{what}: {spelled}",), source="name")


def _pinyin_word(marks: list[str]) -> str:
    """Syllables written as one word, capitalised, with an apostrophe before a syllable
    starting with a, o or e (Zēng'ān)."""
    word = ""
    for syllable in marks:
        if word and unicodedata.normalize("NFD", syllable)[:1] in ("a", "o", "e"):
            word += "'"
        word += syllable
    return word[:1].upper() + word[1:]


def build_vocabulary(document: Document, standard: str = DEFAULT_STANDARD) -> list[VocabItem]:
    """One item per distinct word of ``document``, in order of first occurrence."""
    builder = ItemBuilder(document, standard)
    tally = WordTally.of_tokens(document.tokens)
    builder.add_first(tally.first)
    return builder.finish(tally.counts)


class ItemBuilder:
    """Annotates each distinct word once its first occurrence is known. Words can be added
    in parts (a novel's lines as they are cut), then ``finish`` adds counts and frequency."""

    def __init__(self, document: Document, standard: str = DEFAULT_STANDARD) -> None:
        self.document = document
        self.standard = check_standard(standard)
        self.lex = lexicon()
        self.levels = word_levels(self.standard)
        self.reader = _Reader(document, self.lex)
        self.shown = document.original or document.text
        self.items: dict[str, VocabItem] = {}

    def warm(self) -> None:
        """Load what annotating needs (pinyin tables, the polyphone model, the lookup
        database) ahead of the first word."""
        readings("中文")
        word_reading("行", "行不行", 0)
        zipf_frequencies(["中文"])

    def add_first(self, first: dict[str, Token]) -> None:
        """Annotate the words of ``first`` (word -> first token) not seen before, in text order;
        punctuation and spaces are passed over."""
        # The readings of all new words in a few queries, not one per word (a novel has 45k),
        # and of the clauses they will be read in.
        tables().prefetch(*(w for w in first if w not in self.items))
        prefetch_contexts(
            self.reader.context(word, token)
            for word, token in first.items()
            if word not in self.items and token.kind in _ITEM_KINDS
        )
        for word, token in sorted(first.items(), key=lambda pair: pair[1].start):
            if word not in self.items and token.kind in _ITEM_KINDS:
                self.items[word] = self._item(word, token)

    def _item(self, word: str, token: Token) -> VocabItem:
        lex = self.lex
        sentence = self.document.sentences[token.sentence]
        lead = len(sentence.text) - len(sentence.text.lstrip())
        item = VocabItem(
            simplified=word,
            traditional=word,
            syllables=(),
            kind=_ITEM_KINDS[token.kind],
            name_type=token.name_type,
            hsk_standard=self.standard,
            first_offset=token.start,
            example=Example(
                sentence=self.shown[sentence.start : sentence.end].strip(),
                sentence_start=sentence.start + lead,
                offset=token.start - sentence.start - lead,
                text=self.shown[token.start : token.start + len(word)],
            ),
        )
        if item.kind in (Kind.NUMBER, Kind.FOREIGN):
            # one syllable per character: "" where a character is not Han (2021年)
            item.syllables = tuple(s or "" for s in readings(word))
            return item
        item.syllables = self.reader.reading(word, token.sentence, token.start)
        if word in lex.idioms and word not in lex.entries and word not in lex.supplement:
            item.syllables = idiom_reading(word, item.syllables)  # xinhua's, checked
        item.traditional = lex.traditional(word)
        item.hsk_level = self.levels.get(word)
        at = token.start - sentence.start
        form = None
        if len(word) == 1 or word not in lex.entries:
            left, right = clause_span(sentence.text, at)
            form = traditional_in_context(word, sentence.text[left:right], at - left)
        if form:
            item.traditional = form
            item.syllables = reading_of_form(word, form, item.syllables, lex)
        senses = item_senses(word, item.syllables, lex, (sentence.text, at), form or "")
        if not senses and item.kind is Kind.NAME:
            senses = (name_sense(word, item.syllables, item.name_type),)
        elif not senses:
            composed = composed_sense(word, item.syllables, lex)
            senses = (composed,) if composed else ()
        item.senses = senses
        if item.kind is Kind.IDIOM or (item.kind is Kind.PHRASE and len(word) >= 4):
            item.idiom = idiom_info(word, item.syllables, senses, lex)
        return item

    def finish(self, counts: Counter[str]) -> list[VocabItem]:
        items = sorted(self.items.values(), key=lambda item: item.first_offset)
        frequencies = zipf_frequencies(
            i.simplified for i in items if i.kind not in (Kind.NUMBER, Kind.FOREIGN)
        )
        details = idiom_details(i.simplified for i in items if i.idiom is not None)
        for item in items:
            item.count = counts[item.simplified]
            item.zipf = frequencies.get(item.simplified)
            if item.idiom is not None and item.simplified in details:
                explanation, origin = details[item.simplified]
                item.idiom = replace(item.idiom, explanation_zh=explanation, origin_zh=origin)
        return items


def _level_key(item: VocabItem) -> int:
    return item.hsk_level if item.hsk_level is not None else _BEYOND


def select(
    items: Iterable[VocabItem],
    *,
    kinds: Collection[Kind | str] | None = None,
    min_level: int | None = None,
    max_level: int | None = None,
    top: int | None = None,
    sort: str = "order",
    exclude: Collection[str] = frozenset(),
) -> list[VocabItem]:
    """The filters every renderer shares. ``kinds=None`` means the studied kinds (no names
    or numbers). Items not in the HSK list count as above every level."""
    wanted = STUDY_KINDS if not kinds else {Kind(k) for k in kinds}
    chosen = [
        item
        for item in items
        if item.kind in wanted
        and item.simplified not in exclude
        and item.traditional not in exclude
        and (min_level is None or _level_key(item) >= min_level)
        and (max_level is None or _level_key(item) <= max_level)
    ]
    if sort == "freq":
        chosen.sort(key=lambda i: -(i.zipf or 0.0))
    elif sort == "level":
        chosen.sort(key=lambda i: (_level_key(i), i.first_offset))
    elif sort == "count":
        chosen.sort(key=lambda i: (-i.count, i.first_offset))
    elif sort != "order":
        raise ValueError(f"unknown sort {sort!r}; choose one of {', '.join(_SORTS)}")
    return chosen[:top] if top else chosen
