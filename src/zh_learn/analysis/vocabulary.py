"""From a Document to its vocabulary: one annotated item per distinct word, idiom or name."""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import replace
from typing import NamedTuple

from zh_learn.analysis.cutwords import cut_words
from zh_learn.analysis.lexicon import (
    WEAK_DEFINITIONS,
    Lexicon,
    doubled_pair,
    doubled_quality,
    hsk_levels,
    idiom_details,
    lexicon,
    prefetch_xinhua_pinyin,
    zipf_frequencies,
)
from zh_learn.analysis.names import COMPOUND_SURNAMES, FAMILIAR
from zh_learn.analysis.orgs import spaced_parts
from zh_learn.analysis.segment import WordTally, clause_span
from zh_learn.analysis.senses import (
    cedict_syllables,
    composed_sense,
    idiom_info,
    is_common_surname,
    item_senses,
    reading_of_form,
)
from zh_learn.analysis.traditional import in_context as traditional_in_context
from zh_learn.analysis.xinhua import idiom_reading
from zh_learn.hsk import DEFAULT_STANDARD, check_standard
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
from zh_learn.pinyin.reader import (
    compound_reading,
    prefetch_contexts,
    readings,
    usual_reading,
    word_reading,
    words_with_readings,
)
from zh_learn.pinyin.rules import polyphonic_chars
from zh_learn.pinyin.syllables import syllable_to_marks
from zh_learn.pinyin.tables import tables

_ITEM_KINDS = {
    TokenKind.WORD: Kind.WORD,
    TokenKind.IDIOM: Kind.IDIOM,
    TokenKind.PHRASE: Kind.PHRASE,
    TokenKind.NAME: Kind.NAME,
    TokenKind.NUMBER: Kind.NUMBER,
    TokenKind.FOREIGN: Kind.FOREIGN,
}
#: Item kinds read one character at a time, never in context (``ItemBuilder._item``).
_READ_ALONE = (TokenKind.NUMBER, TokenKind.FOREIGN)
_SORTS = ("order", "freq", "level", "count")
#: Words read in context by the polyphone model (g2pM, ~1.5 ms a clause) per text. An
#: article never reaches it; past it (a novel) the dictionary, the context rules and each
#: character's common reading decide, which keeps a novel's analysis near jieba's speed.
MODEL_BUDGET = 1500
#: Later occurrences of polyphonic words are read in context while ``MODEL_BUDGET`` lasts
#: (first occurrences use it first), at most ``OCCURRENCES_PER_WORD`` of one word, so a text
#: costs no more model reads than before. An article stays within both; past them (a novel's
#: 20k 的) the occurrences left are counted with the word's commonest reading among those read.
OCCURRENCES_PER_WORD = 50
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

    def first_contexts(self, firsts: Iterable[tuple[str, Token]]) -> Iterator[tuple[str, str]]:
        """(word, clause) of the words about to be read in turn, for prefetching: those
        ``reading`` will read in their clause, counting down the model's budget as it will
        (a novel's 13k rare compounds past it are read alone and need no clause)."""
        left = self.model_left
        for word, token in firsts:
            if self._supplied(word) is not None:
                continue
            left -= 1
            if left >= 0 or len(word) == 1:
                yield self.context(word, token)

    def _supplied(self, word: str) -> tuple[str, ...] | None:
        """The reading zh-learn's supplement gives ``word``, where it gives one."""
        supplement = self.lex.supplement.get(word)
        if supplement is not None and supplement.pinyin:
            syllables = cedict_syllables(supplement.pinyin)
            if len(syllables) == len(word):
                return syllables
        return None

    def reading(self, word: str, sentence: int, start: int) -> tuple[str, ...]:
        supplied = self._supplied(word)
        if supplied is not None:
            return supplied
        self.model_left -= 1
        if self.model_left < 0 and len(word) > 1:
            # Past the model's budget a compound reads well enough by itself.
            return compound_reading(word)
        text = self.document.sentences[sentence].text
        offset = start - self.document.sentences[sentence].start
        left, right = clause_span(text, offset)
        if word == "地" and left == offset and left >= 2 and text[left - 1] in "”’\"":
            # a quoted word before 地 (“满意”地使用) is read with it: 地 ties it to its verb
            left = clause_span(text, left - 2)[0]
        return word_reading(word, text[left:right], offset - left, model=self.model_left >= 0)


_NAME_KINDS = {
    "person": "person's name",
    "place": "place name",
    "organization": "organization name",
    "title": "title",
}


def name_sense(word: str, syllables: tuple[str, ...], name_type: str | None) -> Sense:
    """The gloss of a name no dictionary holds: what it is and how it is spelled
    ("person's name: Dīng Zēng'ān", "place name: Xúwèizhuāng"; 小明 is Xiǎomíng, but 小李,
    a familiar prefix and a surname, is Xiǎo Lǐ)."""
    marks = [syllable_to_marks(s) for s in syllables if s]
    if name_type == "person" and len(word) in (2, 3) and word[1:] in ("某", "某某") and marks:
        # 王某, 张某某: how court papers and news withhold a name
        surname = _pinyin_word(marks[:1])
        return Sense(
            pinyin=" ".join(syllables),
            definitions=(f"a person surnamed {surname} (name withheld)",),
            source="name",
        )
    # surname apart from given name; 小李 (a familiar prefix and a surname) is Xiǎo Lǐ too
    familiar = word[0] in FAMILIAR
    apart = not familiar or (len(marks) == 2 and is_common_surname(word[1]))
    if name_type == "person" and len(marks) > 1 and apart:
        # a two-character family name stays whole (Gōngsūn Gāo)
        cut = 2 if len(marks) > 2 and word[:2] in COMPOUND_SURNAMES else 1
        spelled = f"{_pinyin_word(marks[:cut])} {_pinyin_word(marks[cut:])}"
    elif len(word) > 4 and len(marks) == len(word):
        # a long name or title spelled word by word (Zhèjiāngshěng Wénwù Jú), as pinyin
        # writes the words of a name
        spelled = " ".join(_pinyin_word(marks[a:b]) for a, b in _word_spans(word))
    else:
        spelled = _pinyin_word(marks)
    what = _NAME_KINDS.get(name_type or "", "name")
    return Sense(pinyin=" ".join(syllables), definitions=(f"{what}: {spelled}",), source="name")


def _word_spans(word: str) -> list[tuple[int, int]]:
    spans, at = [], 0
    for part in spaced_parts(word, cut_words()):
        spans.append((at, at + len(part)))
        at += len(part)
    return spans


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
    tally = WordTally.of_tokens(document.tokens, polyphonic_chars())
    builder.add_first(tally.first)
    builder.add_occurrences(tally.occurrences)
    return builder.finish(tally.counts)


def _free_reading(word: str, syllables: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """A character standing alone is not read as it is only inside another word: 颈 gěng is
    "used in 脖颈儿", so 颈 alone is jǐng, its one other reading."""
    if len(word) != 1:
        return syllables
    senses = [s for s in lex.senses(word) if not s.pinyin[:1].isupper()]

    def bound(sense: Sense) -> bool:
        # 遂 suí: "used in 不遂", "Taiwan pr. suì" (a note on the other reading, no meaning)
        notes = [d for d in sense.definitions if not d.startswith("Taiwan pr.")]
        return bool(notes) and all(d.startswith("used in") for d in notes)

    mine = [s for s in senses if cedict_syllables(s.pinyin) == syllables]
    if not mine or not all(bound(s) for s in mine):
        return syllables
    free = {cedict_syllables(s.pinyin) for s in senses if not bound(s)}
    return free.pop() if len(free) == 1 else syllables


def _familiar_japanese(word: str, senses: tuple[Sense, ...]) -> bool:
    """Whether ``word`` is 小/老 and a surname that CC-CEDICT holds only as a Japanese
    surname (小林 "Kobayashi"): in a Chinese text it calls someone by a family name."""
    if len(word) != 2 or word[0] not in "小老" or not senses:
        return False
    return all("Japanese" in d for s in senses for d in s.definitions)


def _doubled_reading(word: str, syllables: tuple[str, ...], lex: Lexicon) -> tuple[str, ...]:
    """A A B B is read as the word A B is, each syllable twice (顺顺利利 shùn shùn lì lì); a
    neutral tone there keeps the character's own reading (兴兴头头 xìng xìng tóu tóu)."""
    for sense in lex.senses(word[0] + word[2]):
        pair = cedict_syllables(sense.pinyin)
        if sense.pinyin[:1].isupper() or len(pair) != 2:
            continue
        first = syllables[1] if pair[0].endswith("5") else pair[0]
        second = syllables[3] if pair[1].endswith("5") else pair[1]
        return (first, first, second, second)
    return syllables


def _bound(sense: Sense) -> bool:
    """A surname, a variant or a reading used only inside another word (上 shǎng, "used in
    上声"): not a meaning of the word on its own."""
    return (
        sense.pinyin[:1].isupper()
        or all(d.startswith(("used in", *WEAK_DEFINITIONS)) for d in sense.definitions)
    )


def _readings_with_senses(word: str, lex: Lexicon) -> set[tuple[str, ...]]:
    """The readings of ``word`` that have a meaning of their own in the dictionary."""
    return {cedict_syllables(s.pinyin) for s in lex.senses(word) if not _bound(s)}


def _own_sense(item: VocabItem) -> bool:
    """Whether the dictionary has an entry for the item's reading: a reading with none (上 read
    shang5 after a verb) is a variant of another, not a word to study apart."""
    wanted = tuple(item.syllables)
    return any(
        s.source in ("cedict", "supplement")
        and not s.pinyin[:1].isupper()  # a surname is no reading of its own
        and cedict_syllables(s.pinyin) == wanted
        for s in item.senses
    )


def _nearest(
    syllables: tuple[str, ...], items: Mapping[tuple[str, ...], VocabItem]
) -> tuple[str, ...]:
    """The reading among ``items`` that differs from ``syllables`` in tones only, else the
    first one."""
    def toneless(reading: tuple[str, ...]) -> tuple[str, ...]:
        return tuple(s.rstrip("012345") for s in reading)

    return next((r for r in items if toneless(r) == toneless(syllables)), next(iter(items)))


class _Split(NamedTuple):
    """A word read more than one way in the text: its item for each reading, and how many
    of the occurrences read were read each way."""

    items: dict[tuple[str, ...], VocabItem]
    counted: Counter[tuple[str, ...]]
    offsets: dict[tuple[str, ...], list[int]]


class ItemBuilder:
    """Annotates each distinct word once its first occurrence is known. Words can be added
    in parts (a novel's lines as they are cut); ``add_occurrences`` reads the later
    occurrences of polyphonic words, and a word read two ways becomes one item per reading;
    ``finish`` adds counts and frequency."""

    def __init__(self, document: Document, standard: str = DEFAULT_STANDARD) -> None:
        self.document = document
        self.standard = check_standard(standard)
        self.lex = lexicon()
        self.levels = hsk_levels(self.standard)
        self.reader = _Reader(document, self.lex)
        self.shown = document.original or document.text
        self.items: dict[str, VocabItem] = {}  # by word: read as at its first occurrence
        self.first: dict[str, Token] = {}
        self.splits: dict[str, _Split] = {}

    def add_first(self, first: dict[str, Token]) -> None:
        """Annotate the words of ``first`` (word -> first token) not seen before, in text order;
        punctuation and spaces are passed over."""
        # The readings of all new words in a few queries, not one per word (a novel has 45k),
        # and of the clauses they will be read in.
        new = [
            (word, token)
            for word, token in sorted(first.items(), key=lambda pair: pair[1].start)
            if word not in self.items and token.kind in _ITEM_KINDS
        ]
        tabs = tables()
        tabs.prefetch(*(w for w in first if w not in self.items))
        contexts = list(
            self.reader.first_contexts(
                (word, token) for word, token in new if token.kind not in _READ_ALONE
            )
        )
        tabs.prefetch_proper(word for word, _ in contexts)
        prefetch_contexts(contexts, model=max(self.reader.model_left, 0))
        self._prefetch_before(new)
        idioms = self.lex.idioms  # read for every word of the text already (``segment``)
        said = [word for word, _ in new if word in idioms]
        prefetch_xinhua_pinyin(said)
        # the characters their xinhua readings are checked against (``possible_readings``):
        # a novel's ~1k single lookups, nearly all misses
        tabs.prefetch_chars({ch for word in said for ch in word})
        for word, token in new:
            self.items[word] = self._item(word, token)
            self.first[word] = token

    def _prefetch_before(self, new: list[tuple[str, Token]]) -> None:
        """The dictionary words that may end where each new word starts (工地 of 工地上),
        which its meaning in context is read after, and the pieces of the words no
        dictionary holds, which their meaning may be composed of (``composed_sense``), in a
        few queries: one at a time, a novel's ~30k lookups (mostly misses) took a second."""
        sentences = self.document.sentences
        entries = self.lex.entries  # holds the text's words already (``segment``)
        wanted: set[str] = set()
        for word, token in new:
            if token.kind in _READ_ALONE:
                continue
            sentence = sentences[token.sentence]
            at = token.start - sentence.start
            text = sentence.text
            wanted.update(text[at - size : at] for size in (2, 3, 4) if at >= size)
            if len(word) > 2 and token.kind is not TokenKind.NAME and word not in entries:
                wanted.update(
                    word[a:b] for a in range(len(word)) for b in range(a + 2, a + 5)
                    if b <= len(word)
                )  # fmt: skip
        self.lex.prefetch_entries(wanted)

    def add_occurrences(self, occurrences: Mapping[str, list[int]]) -> None:
        """Read the later occurrences (start offsets, in text order) of words whose reading
        can change with the context, each in its own clause. A word read more than one way
        becomes one item per reading, each with the first sentence read that way."""
        ends = [sentence.end for sentence in self.document.sentences]
        reader = self.reader
        if reader.model_left > 0:
            # The clauses about to be read, in a few queries (as ``add_first`` does).
            wanted: list[tuple[str, str]] = []
            for word, starts in occurrences.items():
                if len(wanted) >= reader.model_left:
                    break
                if self._read_again(word, starts):
                    token = self.first[word]
                    for later in starts[1:OCCURRENCES_PER_WORD]:
                        moved = token._replace(start=later, sentence=bisect_right(ends, later))
                        wanted.append(reader.context(word, moved))
            prefetch_contexts(wanted, model=reader.model_left)
        for word, starts in occurrences.items():
            if reader.model_left <= 0:
                break
            if not self._read_again(word, starts):
                continue
            item = self.items[word]
            token = self.first[word]
            by_reading = {item.syllables: item}
            counted: Counter[tuple[str, ...]] = Counter({item.syllables: 1})
            offsets = {item.syllables: [token.start]}
            rejected: set[tuple[str, ...]] = set()
            for start in starts[1:OCCURRENCES_PER_WORD]:
                if start == token.start:
                    continue
                if reader.model_left <= 0:
                    break
                at = token._replace(start=start, sentence=bisect_right(ends, start))
                reading = self._read(word, at)
                syllables = reading[0]
                if syllables in rejected:
                    syllables = _nearest(syllables, by_reading)
                elif syllables not in by_reading:
                    other = self._item(word, at, reading)
                    if not _own_sense(other):
                        rejected.add(syllables)  # no entry of its own: never one
                        syllables = _nearest(syllables, by_reading)
                    elif self._confirmed(word, at, syllables):
                        by_reading[syllables] = other
                    else:
                        syllables = _nearest(syllables, by_reading)
                counted[syllables] += 1
                offsets.setdefault(syllables, []).append(start)
            if len(by_reading) > 1:
                self._recheck_first(word, _Split(by_reading, counted, offsets), ends)

    def _read_again(self, word: str, starts: list[int]) -> bool:
        """Whether the later occurrences of ``word`` are read: a word with two readings that
        each have a meaning of their own."""
        item = self.items.get(word)
        if item is None or item.kind is not Kind.WORD or len(starts) < 2:
            return False
        if len(word) > 1 and len(tables().words.get(word, ())) == 1:
            return False  # one dictionary reading: the same everywhere
        supplement = self.lex.supplement.get(word)
        if supplement is not None and supplement.pinyin:
            return False
        # a second reading could not be an item of its own (see _own_sense)
        return len(_readings_with_senses(word, self.lex)) >= 2

    def _recheck_first(self, word: str, split: _Split, ends: list[int]) -> None:
        """The occurrences read like the first were not checked as the new readings were:
        those whose reading does not hold go to the nearest other reading (语|中的 read zhòng
        at the first occurrence, zhōng later). A word left with one reading is not split."""
        first = self.items[word]
        template = self.first[word]
        others = {r: i for r, i in split.items.items() if r != first.syllables}
        kept = []
        for start in split.offsets[first.syllables]:
            at = template._replace(start=start, sentence=bisect_right(ends, start))
            if self._confirmed(word, at, first.syllables):
                kept.append(start)
            else:
                target = _nearest(first.syllables, others)
                split.offsets[target].append(start)
                split.counted[target] += 1
                split.counted[first.syllables] -= 1
        if not kept:
            del split.items[first.syllables], split.offsets[first.syllables]
            del split.counted[first.syllables]
            for offsets in split.offsets.values():
                offsets.sort()
            self.items[word] = min(split.items.values(), key=lambda i: i.first_offset)
        else:
            split.offsets[first.syllables] = kept
        if len(split.items) > 1:
            self.splits[word] = split

    def _confirmed(self, word: str, token: Token, syllables: tuple[str, ...]) -> bool:
        """Whether a new reading holds where the reader read the word inside a longer
        dictionary word than the cut's (湖北|面的 where the cut has 北面|的, 服务|中的): the
        clause is then read again without the neighbours that word took in."""
        sentence = self.document.sentences[token.sentence]
        at = token.start - sentence.start
        left, right = clause_span(sentence.text, at)
        clause, offset, end = sentence.text[left:right], at - left, at - left + len(word)
        pos = 0
        for piece, _ in words_with_readings(clause):
            if pos <= offset < pos + len(piece):
                break
            pos += len(piece)
        else:
            return True
        if pos < offset and word_reading(word, clause[offset:], 0) != syllables:
            return False
        crosses_end = pos + len(piece) > end
        return not crosses_end or word_reading(word, clause[:end], offset) == syllables

    def _read(self, word: str, token: Token) -> tuple[tuple[str, ...], str | None]:
        """The reading of ``word`` at ``token`` and, where its characters have a choice, its
        traditional form there."""
        lex = self.lex
        sentence = self.document.sentences[token.sentence]
        syllables = self.reader.reading(word, token.sentence, token.start)
        if word in lex.idioms and word not in lex.entries and word not in lex.supplement:
            syllables = idiom_reading(word, syllables)  # xinhua's, checked
        at = token.start - sentence.start
        form = None
        if len(word) == 1 or word not in lex.entries:
            left, right = clause_span(sentence.text, at)
            form = traditional_in_context(word, sentence.text[left:right], at - left)
        if form:
            syllables = reading_of_form(word, form, syllables, lex)
        if len(word) == 4 and doubled_pair(word, lex.entries):
            syllables = _doubled_reading(word, syllables, lex)
        return _free_reading(word, syllables, lex), form

    def _item(
        self, word: str, token: Token, read: tuple[tuple[str, ...], str | None] | None = None
    ) -> VocabItem:
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
        item.syllables, form = read or self._read(word, token)
        item.traditional = form or lex.traditional(word)
        item.hsk_level = self.levels.get(word)
        at = token.start - sentence.start
        senses = item_senses(word, item.syllables, lex, (sentence.text, at), form or "")
        if doubled_quality(word) and all(s.pinyin[:1].isupper() for s in senses):
            senses = ()  # 弯弯的小路: a quality doubled, though CC-CEDICT has only a name
        if item.name_type == "person" and _familiar_japanese(word, senses):
            senses = ()  # 小林一个人坐在台阶上: young Lin, not Kobayashi
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
        for word, split in self.splits.items():
            self._count_split(word, split, counts[word])
        items = [i for i in self.items.values() if i.simplified not in self.splits]
        items += [i for split in self.splits.values() for i in split.items.values()]
        items.sort(key=lambda item: item.first_offset)
        frequencies = zipf_frequencies(
            i.simplified for i in items if i.kind not in (Kind.NUMBER, Kind.FOREIGN)
        )
        details = idiom_details(i.simplified for i in items if i.idiom is not None)
        for item in items:
            if item.simplified not in self.splits:
                item.count = counts[item.simplified]
            item.zipf = frequencies.get(item.simplified)
            if item.idiom is not None and item.simplified in details:
                explanation, origin = details[item.simplified]
                item.idiom = replace(item.idiom, explanation_zh=explanation, origin_zh=origin)
        return items


    @staticmethod
    def _count_split(word: str, split: _Split, total: int) -> None:
        """Counts per reading; the occurrences not read (past the budgets) go to the commonest
        reading. The item with the word's usual reading keeps the word as its key (progress
        and known words made before the split stay with it); the others are keyed with
        their reading (长[zhang3])."""
        counted = split.counted.copy()
        counted[counted.most_common(1)[0][0]] += max(0, total - sum(counted.values()))
        usual = usual_reading(word)
        plain = usual if usual in split.items else counted.most_common(1)[0][0]
        for syllables, item in split.items.items():
            item.count = counted[syllables]
            item.variant = syllables != plain
            item.offsets = tuple(split.offsets[syllables])


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
