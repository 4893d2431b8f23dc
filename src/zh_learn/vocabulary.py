"""From a Document to its vocabulary: one annotated item per distinct word, idiom or name."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from zh_learn.hsk import DEFAULT_STANDARD, check_standard, word_levels
from zh_learn.lexicon import Lexicon, idiom_details, lexicon, zipf_frequencies
from zh_learn.models import (
    STUDY_KINDS,
    Document,
    Example,
    IdiomInfo,
    Kind,
    Sense,
    TokenKind,
    VocabItem,
)
from zh_learn.pinyin import readings, word_reading
from zh_learn.segment import _CLAUSE_BREAK, clause_at

_ITEM_KINDS = {
    TokenKind.WORD: Kind.WORD,
    TokenKind.IDIOM: Kind.IDIOM,
    TokenKind.PHRASE: Kind.PHRASE,
    TokenKind.NAME: Kind.NAME,
    TokenKind.NUMBER: Kind.NUMBER,
    TokenKind.FOREIGN: Kind.FOREIGN,
}
_SORTS = ("order", "freq", "level", "count")
_WEAK_DEFINITIONS = (
    "variant of",
    "old variant of",
    "surname ",
    "used in ",
    "see ",
    "Japanese variant",
)
#: Sort key for "not in the HSK list": after every level.
_BEYOND = 99


def cedict_syllables(pinyin: str) -> tuple[str, ...]:
    """CC-CEDICT's "ru2 lu:3 bo2 bing1" -> ("ru2", "lv3", "bo2", "bing1")."""
    out = []
    for syl in pinyin.lower().split():
        syl = syl.replace("u:", "v")
        if syl and not syl[-1].isdigit():
            syl += "5"
        out.append(syl)
    return tuple(out)


class _Reader:
    """Readings in context. The clause around the word is the context: it reads as well as the
    whole sentence and costs a fraction of it on a novel."""

    def __init__(self, document: Document, lex: Lexicon) -> None:
        self.document = document
        self.lex = lex

    def reading(self, word: str, sentence: int, start: int) -> tuple[str, ...]:
        supplement = self.lex.supplement.get(word)
        if supplement is not None and supplement.pinyin:
            syllables = cedict_syllables(supplement.pinyin)
            if len(syllables) == len(word):
                return syllables
        sent = self.document.sentences[sentence]
        offset = start - sent.start
        left = offset
        while left > 0 and sent.text[left - 1] not in _CLAUSE_BREAK:
            left -= 1
        clause = clause_at(sent.text, offset)
        return word_reading(word, clause, offset - left)


def _senses(word: str, syllables: tuple[str, ...], lex: Lexicon) -> tuple[Sense, ...]:
    senses: list[Sense] = []
    supplement = lex.supplement.get(word)
    if supplement is not None and supplement.definitions:
        senses.append(
            Sense(
                pinyin=supplement.pinyin,
                definitions=supplement.definitions,
                source="supplement",
                traditional=supplement.traditional,
            )
        )
    senses.extend(lex.senses(word))
    wanted = tuple(syllables)
    # The reading used in the text comes first, common-word senses before proper nouns
    # (也 "also" before "surname Ye") and real meanings before variant cross-references.
    senses.sort(
        key=lambda s: (
            s.source != "supplement",
            cedict_syllables(s.pinyin) != wanted,
            s.pinyin[:1].isupper(),
            all(d.startswith(_WEAK_DEFINITIONS) for d in s.definitions),
        )
    )
    return tuple(senses)


def _composed_sense(word: str, syllables: tuple[str, ...], lex: Lexicon) -> Sense | None:
    """Gloss an unknown compound by its longest known parts: 中高风险 -> 中高 + 风险."""
    parts: list[str] = []
    i = 0
    while i < len(word):
        for size in range(min(4, len(word) - i), 0, -1):
            piece = word[i : i + size]
            if size == len(word):
                continue
            senses = lex.senses(piece) or (
                (Sense(pinyin="", definitions=lex.supplement[piece].definitions),)
                if piece in lex.supplement
                else ()
            )
            common = [s for s in senses if not s.pinyin[:1].isupper()] or list(senses)
            if common:
                gloss = common[0].definitions[0] if common[0].definitions else "?"
                parts.append(f"{piece} ({gloss})")
                i += size
                break
        else:
            parts.append(word[i])
            i += 1
    if not parts:
        return None
    return Sense(pinyin=" ".join(syllables), definitions=(" + ".join(parts),), source="composed")


def _idiom_info(
    word: str, syllables: tuple[str, ...], senses: tuple[Sense, ...], lex: Lexicon
) -> IdiomInfo:
    literal = figurative = None
    supplement = lex.supplement.get(word)
    if supplement is not None:
        literal, figurative = supplement.literal, supplement.figurative
    for sense in senses:
        for d in sense.definitions:
            if d.startswith("lit. ") and literal is None:
                literal = d[5:].replace(" (idiom)", "")
            elif d.startswith("fig. ") and figurative is None:
                figurative = d[5:].replace(" (idiom)", "")
    char_gloss = []
    for ch, syl in zip(word, syllables, strict=False):
        options = lex.senses(ch)
        matching = [s for s in options if cedict_syllables(s.pinyin) == (syl,)] or [
            s for s in options if not s.pinyin[:1].isupper()
        ]
        gloss = ""
        for s in matching:
            usable = [
                d
                for d in s.definitions
                if not d.startswith(("surname", "variant of", "old variant"))
            ]
            if usable:
                gloss = usable[0]
                break
        char_gloss.append((ch, gloss))
    explanation, origin = idiom_details().get(word, (None, None))
    return IdiomInfo(
        literal=literal,
        figurative=figurative,
        char_gloss=tuple(char_gloss),
        explanation_zh=explanation,
        origin_zh=origin,
    )


def build_vocabulary(document: Document, standard: str = DEFAULT_STANDARD) -> list[VocabItem]:
    """One item per distinct word of ``document``, in order of first occurrence."""
    lex = lexicon()
    levels = word_levels(check_standard(standard))
    reader = _Reader(document, lex)
    items: dict[str, VocabItem] = {}
    counts: dict[str, int] = {}
    shown = document.original or document.text
    for token in document.tokens:
        kind = _ITEM_KINDS.get(token.kind)
        if kind is None:
            continue
        word = token.text
        if word in counts:
            counts[word] += 1
            continue
        counts[word] = 1
        sentence = document.sentences[token.sentence]
        items[word] = VocabItem(
            simplified=word,
            traditional="",
            syllables=(),
            kind=kind,
            name_type=token.name_type,
            first_offset=token.start,
            example=Example(
                sentence=shown[sentence.start : sentence.end].strip(),
                sentence_start=sentence.start,
                offset=token.start
                - sentence.start
                - (len(sentence.text) - len(sentence.text.lstrip())),
            ),
        )
    tokens_by_word = {}
    for token in document.tokens:
        if token.text in items and token.text not in tokens_by_word:
            tokens_by_word[token.text] = token
    for word, item in items.items():
        token = tokens_by_word[word]
        item.count = counts[word]
        item.hsk_standard = standard
        if item.kind in (Kind.NUMBER, Kind.FOREIGN):
            item.traditional = word
            item.syllables = (
                tuple(s for s in readings(word) if s) if item.kind is Kind.NUMBER else ()
            )
            continue
        item.syllables = reader.reading(word, token.sentence, token.start)
        item.traditional = lex.traditional(word)
        item.hsk_level = levels.get(word)
        senses = _senses(word, item.syllables, lex)
        if not senses and item.kind is not Kind.NAME:
            composed = _composed_sense(word, item.syllables, lex)
            senses = (composed,) if composed else ()
        item.senses = senses
        if item.kind is Kind.IDIOM or (item.kind is Kind.PHRASE and len(word) >= 4):
            item.idiom = _idiom_info(word, item.syllables, senses, lex)
    frequencies = zipf_frequencies(
        w for w, i in items.items() if i.kind not in (Kind.NUMBER, Kind.FOREIGN)
    )
    for word, item in items.items():
        item.zipf = frequencies.get(word)
    return list(items.values())


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
