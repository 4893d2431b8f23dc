"""Cutting text into sentences and tokens: words, idioms, names, numbers, punctuation.

jieba does the cutting, with a dictionary that adds every known idiom so none is ever split.
Each distinct word is classified once per text (a novel repeats its words thousands of times).
"""

from __future__ import annotations

import functools
import logging
import re
import warnings
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import accumulate
from operator import itemgetter
from typing import Any

from zh_learn.hanzi import HAN as _HAN
from zh_learn.hanzi import HAN_ONLY as _HAN_ONLY
from zh_learn.hsk import DEFAULT_STANDARD, word_levels
from zh_learn.lexicon import Lexicon, cache_key, jieba_dictionary, lexicon
from zh_learn.models import Document, Kind, Sentence, Token, TokenKind
from zh_learn.paths import cache_dir

Progress = Callable[[int, int], None]

_SENTENCE = re.compile(r"[^\n]*?(?:[。！？!?；;…]+[”’」』）)\"']*|\n|$)")
_NUMERIC = re.compile(r"^[0-9０-９][0-9０-９.．:：,/%％]*$")
_CN_NUMERAL = re.compile(
    r"^[第]?[零〇一二两三四五六七八九十百千万亿几半]+[个号日月年点时分秒岁次位名]?$"
)
_NOT_RUNNING = frozenset({TokenKind.PUNCT, TokenKind.SPACE})
_HAS_DIGIT = re.compile(r"[0-9０-９]")
_UNITS = frozenset("年月日号时点分秒岁%％万亿千百多余")
_LATIN = re.compile(r"^[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９.\-_'&]*$")
_PLACE = re.compile(
    r"county|city|province|district|town|village|river|mountain|prefecture|region|"
    r"country|capital|lake|island|street|road|state|sea|bay|desert|"
    r"[县市省区镇村乡州庄]$",
    re.I,
)
_ORG = re.compile(
    r"university|party|council|committee|company|organization|ministry|bank|agency|"
    r"bureau|association|congress|army|news|newspaper|corporation|group|institute",
    re.I,
)
#: Unknown words get jieba's slower tagger on their sentence, but only this many times per
#: text, so a novel full of new names cannot blow the time budget.
_POSSEG_BUDGET = 150
_POSSEG_MAX_TEXT = 100_000
_CLAUSE_BREAK = frozenset('，,、：:；;。！？!?“”"（）()《》\n')

#: Titles that introduce people by name in news text (市领导付自成、宋庆林参加;
#: 记者 刘华山 周由/文), where jieba cuts names it does not know (付 + 自成, 刘 + 华山).
_TITLES = frozenset(
    "记者 通讯员 领导 书记 市长 县长 省长 区长 镇长 乡长 村长 主任 局长 部长 厅长 处长 "
    "科长 主席 总理 委员 经理 同志 教授 校长 院长 队长 董事长 总经理 代表".split()
)
#: What may separate the names of one list: spaces and the enumeration comma.
_NAME_LIST_GAP = re.compile(r"^[\s、]+$")

_TAG_TO_NAME = {
    "nr": "person",
    "nrfg": "person",
    "nrt": "person",
    "ns": "place",
    "nt": "organization",
}


@functools.cache
def tokenizer() -> Any:
    """One jieba Tokenizer over zh-learn's dictionary, its index cached in the user cache dir."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import jieba

    jieba.setLogLevel(logging.WARNING)
    tk = jieba.Tokenizer(dictionary=str(jieba_dictionary()))
    tk.tmp_dir = str(cache_dir())
    tk.cache_file = f"jieba-{cache_key()}.cache"
    tk.initialize()
    return tk


@functools.cache
def _posseg() -> Any:
    import jieba.posseg

    return jieba.posseg.POSTokenizer(tokenizer())


def clause_span(sentence: str, offset: int) -> tuple[int, int]:
    """Where the clause (text between punctuation marks) around ``offset`` starts and ends:
    context enough for tagging or reading a word, at a fraction of the cost of the sentence."""
    start = offset
    while start > 0 and sentence[start - 1] not in _CLAUSE_BREAK:
        start -= 1
    end = offset
    while end < len(sentence) and sentence[end] not in _CLAUSE_BREAK:
        end += 1
    return start, end



def split_sentences(text: str) -> list[Sentence]:
    sentences = []
    for m in _SENTENCE.finditer(text):
        if m.start() == m.end():
            continue
        sentences.append(Sentence(m.group(), m.start()))
    return sentences


def is_traditional(text: str, lex: Lexicon | None = None) -> bool:
    """True when the text uses traditional characters (more than a stray one)."""
    lex = lex or lexicon()
    han = _HAN.findall(text[:200_000])
    if not han:
        return False
    changed = sum(1 for ch in han if ch in lex.t2s)
    return changed >= 2 and changed / len(han) > 0.02


class _Classifier:
    """Decides the kind of each distinct word of one text, remembering the answers."""

    def __init__(self, lex: Lexicon, text_size: int = 0) -> None:
        self.lex = lex
        self.known = tokenizer().FREQ
        self.hsk = word_levels(DEFAULT_STANDARD)
        self.hsk2 = word_levels("hsk2")
        self.cache: dict[str, tuple[str, TokenKind, str | None]] = {}
        # jieba's tagger costs 2 s to load: worth it for an article, not for a novel.
        self.posseg_left = _POSSEG_BUDGET if text_size <= _POSSEG_MAX_TEXT else 0
        self.splits: dict[str, list[str]] = {}
        #: personal names found after titles (``_merge_names``)
        self.names: set[str] = set()

    def classify(self, word: str, sentence: str, offset: int) -> tuple[str, TokenKind, str | None]:
        """(the word as one shared string object, its kind, its name type)."""
        hit = self.cache.get(word)
        if hit is None:
            kind, name_type = self._classify(word, sentence, offset)
            # Every later occurrence reuses this string: a novel's 600k tokens share 45k.
            hit = (word, kind, name_type)
            self.cache[word] = hit
        return hit

    def _classify(self, word: str, sentence: str, offset: int) -> tuple[TokenKind, str | None]:
        if word.isspace():
            return TokenKind.SPACE, None
        if not _HAN.search(word):
            if _NUMERIC.match(word):
                return TokenKind.NUMBER, None
            if _LATIN.match(word):
                return TokenKind.FOREIGN, None
            if any(ch.isalnum() for ch in word):
                return TokenKind.FOREIGN, None
            return TokenKind.PUNCT, None
        lex = self.lex
        if word in self.names and word not in lex.entries:
            return TokenKind.NAME, "person"
        supplement = lex.supplement.get(word)
        if supplement is not None:
            return _token_kind(supplement.kind), None
        if _NUMERIC.match(word[0]) or (
            _CN_NUMERAL.match(word)
            and word not in self.hsk
            and len(word) > 1
            and (word not in lex.entries or lex.tags.get(word) == "m")
        ):
            return TokenKind.NUMBER, None
        if len(word) >= 4 and word in lex.idioms:
            return TokenKind.IDIOM, None
        senses = lex.senses(word)
        tag = lex.tags.get(word)
        if len(word) >= 4 and (
            tag == "l"
            or any("(proverb" in d or "(saying" in d for s in senses for d in s.definitions)
        ):
            return TokenKind.PHRASE, None
        if word in self.hsk or word in self.hsk2:
            return TokenKind.WORD, None
        if senses:
            # Proper nouns are capitalised in CC-CEDICT; one jieba tags as a common noun
            # (党组织) is still vocabulary.
            common_in_jieba = word in self.known and tag is None
            if all(s.pinyin[:1].isupper() for s in senses) and not common_in_jieba:
                return TokenKind.NAME, _name_type(word, senses[0].definitions)
            return TokenKind.WORD, None
        if tag in _TAG_TO_NAME:
            return TokenKind.NAME, _TAG_TO_NAME[tag]
        if word not in self.known and 2 <= len(word) <= 4:
            return self._unknown(word, sentence, offset)
        return TokenKind.WORD, None

    def split(self, word: str) -> list[str]:
        """Cut a phrase jieba glued together (坚决贯彻, 干部要) into dictionary words, unless
        it is an idiom, a dictionary entry or a name found after a title."""
        hit = self.splits.get(word)
        if hit is not None:
            return hit
        pieces = [word]
        lex = self.lex
        if (
            len(word) == 3
            and word[:2] in self.hsk
            and not self.known.get(word)
            and word not in lex.entries
            and word not in lex.supplement
            and word not in self.names
        ):
            # jieba's guesser glued a common word to the next character (干部要); a name
            # cut this way would start with a lone surname, not a common word
            pieces = [word[:2], word[2]]
        elif (
            len(word) >= 4
            and word not in lex.entries
            and word not in lex.idioms
            and word not in lex.supplement
            and _HAN.match(word)
        ):
            found = _longest_match(word, lex)
            if found is not None and sum(1 for p in found if len(p) == 1) <= 1:
                pieces = found
        self.splits[word] = pieces
        return pieces

    def _unknown(self, word: str, sentence: str, offset: int) -> tuple[TokenKind, str | None]:
        """A word jieba discovered (not in any dictionary): often a personal or place name.
        jieba's tagger decides, on the clause around the word; it may cut a name in two
        (蒿/nr 慧杰/nr), so every piece inside the word's span is checked."""
        if len(word) >= 3 and _PLACE.search(word[-1]):
            return TokenKind.NAME, "place"
        if self.posseg_left > 0:
            self.posseg_left -= 1
            left, right = clause_span(sentence, offset)
            clause, start = sentence[left:right], offset - left
            flags = []
            pos = 0
            for pair in _posseg().cut(clause):
                if start <= pos < start + len(word):
                    flags.append(pair.flag)
                pos += len(pair.word)
            names = {_TAG_TO_NAME.get(f) for f in flags}
            if flags and len(names) == 1 and None not in names:
                return TokenKind.NAME, names.pop()
        elif len(word) == 3 and word[0] in self.lex.surnames:
            return TokenKind.NAME, "person"
        return TokenKind.WORD, None


def _longest_match(word: str, lex: Lexicon) -> list[str] | None:
    """Split ``word`` into known words, longest first; None if some part is unknown."""
    pieces = []
    i = 0
    while i < len(word):
        for size in range(min(4, len(word) - i - (1 if i == 0 else 0)), 0, -1):
            piece = word[i : i + size]
            if piece in lex.entries or piece in lex.supplement:
                pieces.append(piece)
                i += size
                break
        else:
            return None
    return pieces


def _token_kind(kind: Kind) -> TokenKind:
    return TokenKind(str(kind))


def _name_type(word: str, definitions: tuple[str, ...]) -> str:
    text = " ".join(definitions[:2])
    if text.startswith("surname") or "(name)" in text or re.search(r"\(\d{3,4}-", text):
        return "person"
    if _ORG.search(text):
        return "organization"
    if _PLACE.search(text) or _PLACE.search(word):
        return "place"
    return "person"


def _classify_at(
    classifier: _Classifier, piece: str, sentence: Sentence, start: int
) -> tuple[str, TokenKind, str | None]:
    return classifier.classify(piece, sentence.text, start - sentence.start)


def _merge_names(
    words: list[str], surnames: frozenset[str], known: dict[str, int], names: set[str]
) -> list[str]:
    """Join the names a title introduces (领导 付 自成 、 宋庆林 -> 付自成): after a title,
    and after each name of its list, a run of two or three characters that starts with a
    surname and ends at a separator or before a longer word is a person's name. Each name
    found is added to ``names``."""
    out: list[str] = []
    listing = False
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        if listing and word[:1] in surnames:
            j, size = i, 0
            while j < n and size + len(words[j]) <= 3 and _HAN_ONLY.match(words[j]):
                size += len(words[j])
                j += 1
            after = words[j] if j < n else ""
            ends = not _HAN_ONLY.match(after) or len(after) >= 2
            # cut apart, a name starts with its lone surname (付 + 自成); whole, jieba must not
            # know it, nor its first two characters, as a word (干部要 is 干部 + 要)
            if j - i > 1:
                plausible = len(word) == 1
            else:
                plausible = not known.get(word) and not known.get(word[:2])
            if 2 <= size <= 3 and ends and plausible:
                name = "".join(words[i:j])
                names.add(name)
                out.append(name)
                i = j
                continue
        listing = word in _TITLES or (listing and bool(_NAME_LIST_GAP.match(word)))
        out.append(word)
        i += 1
    return out


def _merge_numbers(words: list[str]) -> list[str]:
    """Join a number with its unit or date part: 8 月 5 日 -> 8月 5日, 第 一 -> 第一."""
    out: list[str] = []
    for w in words:
        if out and w and w[0] in _UNITS and len(w) == 1 and _NUMERIC.match(out[-1]):
            out[-1] += w
        elif out and out[-1] == "第" and _NUMERIC.match(w):
            out[-1] += w
        else:
            out.append(w)
    return out


@dataclass(frozen=True, slots=True)
class Prepared:
    """A text ready for cutting: simplified, with its sentences."""

    text: str  # simplified
    sentences: list[Sentence]
    script: str
    original: str | None  # the traditional input, same offsets


def prepare(text: str) -> Prepared:
    lex = lexicon()
    if is_traditional(text, lex):
        simple = lex.to_simplified(text)
        return Prepared(simple, split_sentences(simple), "traditional", text)
    return Prepared(text, split_sentences(text), "simplified", None)


class _Cutter:
    """Cuts a prepared text line by line into words, classifying each distinct word once."""

    def __init__(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self.tk = tokenizer()
        self.classifier = _Classifier(lexicon(), len(prepared.text))
        sentences = prepared.sentences
        self.ends = [sentence.start + len(sentence.text) for sentence in sentences]

    def lines(
        self, span: tuple[int, int] | None, progress: Progress | None
    ) -> Iterator[tuple[int, list[str]]]:
        """(offset of the line, its words) for every line of ``span``. jieba is called once
        per line, not per sentence (a novel has 10x more sentences; jieba never joins
        characters across punctuation, so no word spans two sentences)."""
        text = self.prepared.text
        begin, end = span or (0, len(text))
        splits = self.classifier.splits
        split = self.classifier.split
        titles, surnames = _TITLES, self.classifier.lex.surnames
        known, names = self.classifier.known, self.classifier.names
        offset = next_report = begin
        for line in text[begin:end].splitlines(keepends=True):
            words = list(self.tk.cut(line))
            if _HAS_DIGIT.search(line):
                words = _merge_numbers(words)
            if titles.intersection(words):
                words = _merge_names(words, surnames, known, names)
            yield offset, [p for w in words for p in (splits.get(w) or split(w))]
            offset += len(line)
            if progress is not None and offset >= next_report:
                progress(offset, end)
                next_report = offset + 20_000
        if progress is not None:
            progress(end, end)

    def token(self, word: str, start: int) -> Token:
        index = bisect_right(self.ends, start)
        sentence = self.prepared.sentences[index]
        hit = self.classifier.cache.get(word) or _classify_at(
            self.classifier, word, sentence, start
        )
        return Token(hit[0], start, hit[1], index, hit[2])


def token_batches(
    prepared: Prepared,
    progress: Progress | None = None,
    span: tuple[int, int] | None = None,
) -> Iterator[list[Token]]:
    """The tokens of ``prepared`` (or of a line-aligned ``span`` of it), one list per line."""
    cutter = _Cutter(prepared)
    seen = cutter.classifier.cache
    ends = cutter.ends
    sentences = prepared.sentences
    classifier = cutter.classifier
    for offset, pieces in cutter.lines(span, progress):
        # Comprehensions, not loops: a novel has ~600k tokens.
        starts = list(accumulate(map(len, pieces), initial=offset))[:-1]
        indexes = [bisect_right(ends, start) for start in starts]
        hits = [
            seen.get(piece) or _classify_at(classifier, piece, sentences[index], start)
            for piece, start, index in zip(pieces, starts, indexes, strict=True)
        ]
        yield [
            Token(hit[0], start, hit[1], index, hit[2])
            for hit, start, index in zip(hits, starts, indexes, strict=True)
        ]


@dataclass(slots=True)
class WordTally:
    """How often each word occurs, its first token, and the running (non-punctuation) words:
    all the vocabulary needs, counted without making a token for every occurrence."""

    counts: Counter[str] = field(default_factory=Counter)
    first: dict[str, Token] = field(default_factory=dict)
    running: int = 0

    @classmethod
    def of_tokens(cls, tokens: list[Token]) -> WordTally:
        texts = list(map(itemgetter(0), tokens))
        # Later entries win in a dict, so reversing keeps each word's first occurrence.
        first = dict(zip(reversed(texts), reversed(tokens), strict=True))
        running = sum(1 for t in tokens if t.kind not in _NOT_RUNNING)
        return cls(Counter(texts), first, running)

    def merge(self, later: WordTally) -> None:
        """Add the tally of a later part of the same text."""
        self.counts.update(later.counts)
        self.running += later.running
        for word, token in later.first.items():
            self.first.setdefault(word, token)


def tally_words(
    prepared: Prepared, progress: Progress | None = None, span: tuple[int, int] | None = None
) -> WordTally:
    cutter = _Cutter(prepared)
    counts: Counter[str] = Counter()
    first: dict[str, Token] = {}
    for offset, pieces in cutter.lines(span, progress):
        counts.update(pieces)
        new = set(pieces).difference(first)  # C-level: only this line's words are visited
        if new:
            starts = list(accumulate(map(len, pieces), initial=offset))
            for word in sorted(new, key=pieces.index):
                first[word] = cutter.token(word, starts[pieces.index(word)])
    running = sum(n for word, n in counts.items() if first[word].kind not in _NOT_RUNNING)
    return WordTally(counts, first, running)


def line_spans(text: str, parts: int) -> list[tuple[int, int]]:
    """Cut ``text`` into about ``parts`` spans of whole lines."""
    spans = []
    begin = 0
    size = max(1, len(text) // parts)
    while begin < len(text):
        cut = text.find("\n", min(begin + size, len(text) - 1))
        end = len(text) if cut < 0 else cut + 1
        spans.append((begin, end))
        begin = end
    return spans


def segment(text: str, progress: Progress | None = None) -> Document:
    """Cut ``text`` into a Document. Traditional text is analysed in simplified form; the
    original is kept in ``Document.original`` with identical offsets."""
    prepared = prepare(text)
    tokens = [token for batch in token_batches(prepared, progress) for token in batch]
    return Document(
        text=prepared.text,
        sentences=prepared.sentences,
        tokens=tokens,
        script=prepared.script,
        original=prepared.original,
    )
