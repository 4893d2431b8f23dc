"""The learner dictionary the cutter works from, and the statistics that spot personal names.

A text is cut into words a learner dictionary knows: CC-CEDICT headwords, the idiom lists
(xinhua, CC-CEDICT, THUOCL's chengyu), zh-learn's supplement, and THUOCL's lists of place names
and historical figures. jieba's dictionary supplies word frequencies for the cut (most likely
path), but its other 200k entries (我家, 很大, 太久, 和耶鲁) are not units a learner studies,
so they are left out: what jieba would glue, the cut leaves as dictionary words.

Personal names no dictionary knows are found by ``names`` from character statistics
compiled here: how often a character starts a name (surnames), and how much likelier a
character is inside a given name than in running text. Name lists are THUOCL's historical
figures and jieba's person-tagged entries.
"""

from __future__ import annotations

import functools
import hashlib
import math
import re
import sqlite3
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from contextlib import closing
from pathlib import Path

from zh_learn.analysis.lexicon import (
    _site_file,
    announce_compiling,
    cache_key,
    joined_sayings,
    lexicon,
    saying_halves,
    zipf_frequencies,
)
from zh_learn.errors import ZhLearnError
from zh_learn.fileio import replacing
from zh_learn.hanzi import HAN_ONLY
from zh_learn.package_data import data_file, read_rows
from zh_learn.paths import cache_dir
from zh_learn.sqlmap import SqliteMap, compiling, open_compiled, write_table

CUTWORDS_FORMAT = 19
#: jieba's total count; frequencies of words it lacks are scaled to it from wordfreq.
_JIEBA_TOTAL = 60_000_000
#: An idiom outweighs any split of it, so none is ever cut apart.
IDIOM_FREQ = 2000
#: A capitalised CC-CEDICT definition that is a common word all the same (周三 "Wednesday",
#: 春节 "Spring Festival", 英语 "English (language)"): never a name's part.
_CALENDAR_OR_LANGUAGE = re.compile(
    r"\t(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March"
    r"|April|May|June|July|August|September|October|November|December)\b"
    r"|\t(?:the )?(?:[A-Z][a-z-]+ ){1,2}(?<!Film )Festival\b|\(language\)|\bNew Year\b"
)
#: Place-name endings (county, city, town, village ...) for names no list holds.
PLACE_SUFFIXES = frozenset("省市县区镇乡村州庄屯寨湾岛港府")


#: Flags stored with each word (the low bits of its value; the frequency is the rest).
LEARNER, PROPER, PLACE, PERSON, CHENGYU = 1, 2, 4, 8, 16
#: A word jieba's own dictionary lacks, or holds with another frequency.
EXTRA = 32
FREQ_SHIFT = 6
_FLAG_MASK = (1 << FREQ_SHIFT) - 1
#: Longest word the cut considers.
MAX_WORD = 12


class CutWords:
    """The cut's dictionary in an SQLite file: each word's frequency and flags, read a word
    at a time (an article needs a few thousand of its 500k rows), and the name statistics."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db
        self._words = SqliteMap(self.db, "words")
        #: the rows read so far: the lookups below try it first (a novel makes ~300k)
        self._memo = self._words.memo
        #: log-odds that a character starts a personal name rather than occurs in running text
        self.surname_score = _read_scores(self.db, "surname_score")
        #: log-odds that a character is part of a given name rather than occurs in running text
        self.given_score = _read_scores(self.db, "given_score")
        #: characters CC-CEDICT lists as surnames
        self.surnames = frozenset(k for (k,) in self.db.execute("SELECT key FROM surnames"))
        #: the sum of all frequencies (a path's probability is its words' freq / total)
        (total,) = self.db.execute("SELECT value FROM meta WHERE key = 'total'").fetchone()
        self.total = float(total)

    @functools.cached_property
    def english_places(self) -> frozenset[str]:
        """English names CC-CEDICT's definitions use as places ("capital of Iraq", "city in
        Pakistan"): read only when a name's type is in doubt."""
        return frozenset(k for (k,) in self.db.execute("SELECT key FROM english_places"))

    @functools.cached_property
    def long_entries(self) -> frozenset[str]:
        """The learner words of ``WHOLE_ENTRY_CHARS`` or more characters (~60k), read whole
        where a long text asks many of them at once."""
        (words,) = self.db.execute("SELECT words FROM long_entries").fetchone()
        return frozenset(words.split("\n")) if words else frozenset()

    @functools.cached_property
    def long_entry_starts(self) -> frozenset[str]:
        """The first ``WHOLE_ENTRY_CHARS`` characters of each of ``long_entries``."""
        return frozenset(w[:WHOLE_ENTRY_CHARS] for w in self.long_entries)

    def value(self, word: str) -> int | None:
        """The stored value: None if ``word`` is not even the start of a word; 0 if it is
        only that."""
        value: int | None = self._memo.get(word)
        return self._words.get(word) if value is None else value

    def freq(self, word: str) -> int:
        value = self._memo.get(word)
        if value is None:
            value = self._words.get(word)
        return value >> FREQ_SHIFT if value else 0

    def flags(self, word: str) -> int:
        value = self._memo.get(word)
        if value is None:
            value = self._words.get(word)
        return value & _FLAG_MASK if value else 0

    def learner(self, word: str) -> bool:
        """Whether a learner dictionary holds ``word``."""
        value = self._memo.get(word)
        if value is None:
            value = self._words.get(word)
        return bool(value and value & LEARNER)

    def prefetch(self, keys: Iterable[str]) -> None:
        self._words.prefetch(keys)

    def extras(self) -> Iterator[tuple[str, int]]:
        """The words, with their frequencies, that jieba's own dictionary lacks or weighs
        otherwise (to build a cutter from it), in key order."""
        words, freqs = self.db.execute("SELECT words, freqs FROM extras").fetchone()
        if words:
            yield from zip(words.split("\n"), map(int, freqs.split()), strict=True)


def _write_scores(db: sqlite3.Connection, table: str, scores: dict[str, float]) -> None:
    """A character -> score table as one row: the characters in order as one string, their
    scores as packed doubles. Read whole by every analysis, 12k rows cost an article more
    (15-30 ms) than unpacking this row (2-3 ms)."""
    chars = sorted(scores)
    if any(len(ch) != 1 for ch in chars):
        raise ValueError(f"{table}: keys must be single characters")
    db.execute(f"CREATE TABLE {table} (chars TEXT, scores BLOB)")
    packed = array("d", [scores[ch] for ch in chars]).tobytes()
    db.execute(f"INSERT INTO {table} VALUES (?, ?)", ("".join(chars), packed))


def _read_scores(db: sqlite3.Connection, table: str) -> dict[str, float]:
    chars, packed = db.execute(f"SELECT chars, scores FROM {table}").fetchone()
    scores = array("d")
    scores.frombytes(packed)
    return dict(zip(chars, scores, strict=True))


def _thuocl(name: str) -> list[tuple[str, int]]:
    rows = []
    for cols in read_rows(f"thuocl/{name}.txt"):
        word = cols[0].strip()
        if HAN_ONLY.match(word):
            rows.append((word, int(cols[1]) if len(cols) > 1 and cols[1].strip() else 1))
    return rows


#: A capitalised English name of one or more words ("Inner Mongolia", "Bay of Bengal").
_ENGLISH_NAME = r"([A-Z][\w'-]*(?:\s(?:[A-Z][\w'-]*|of|and|the|de))*)"
#: Where CC-CEDICT's definitions name a place: "capital of X", "city in northern X".
_PLACE_CONTEXTS = [
    re.compile(r"\b(?:capital|province|city|county|state|region|island|coast) of (?:the )?"
               + _ENGLISH_NAME),
    re.compile(r"\b(?:city|town|port|county|province|region|district|prefecture|state|river|"
               r"lake|mountain|island|capital|village) in (?:the )?(?:\w+ern )?" + _ENGLISH_NAME),
]


def english_places(definitions: Iterable[str]) -> set[str]:
    """The English names ``definitions`` use as places (see ``_PLACE_CONTEXTS``)."""
    out: set[str] = set()
    for text in definitions:
        for pattern in _PLACE_CONTEXTS:
            out.update(m.group(1) for m in pattern.finditer(text))
    return out


def _jieba_entries() -> list[tuple[str, int, str]]:
    rows = []
    with open(_site_file("jieba", "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2:
                rows.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else ""))
    return rows


#: One-character abbreviations of countries and continents (中 China, 美 USA, 俄 Russia, 欧
#: Europe): two side by side name a pair (中美关系, 中英两国, 欧亚).
COUNTRY_ABBR = frozenset("中美俄日英法德韩朝越印澳加意欧亚非")
#: A definition naming two countries, or a country and a people ("China-USA", "Sino-British",
#: "China and North Korea").
_PAIR_DEFINITION = re.compile(r"^(Sino|[A-Z][A-Za-z]+(?: [A-Z][a-z]+)?)(?:-| and )[A-Z]")


def is_country_pair(word: str, definitions: Iterable[str]) -> bool:
    """Whether ``word`` pairs two country abbreviations, as one of ``definitions`` says."""
    return (
        len(word) == 2
        and word[0] in COUNTRY_ABBR
        and word[1] in COUNTRY_ABBR
        and any(_PAIR_DEFINITION.match(d.strip()) for d in definitions)
    )


def country_pairs(entries: dict[str, str]) -> set[str]:
    """The two-character CC-CEDICT headwords that pair two country abbreviations, read so by
    a definition (中美 "China-USA"; not 英中, an "EMI school")."""
    pairs = set()
    for word, raw in entries.items():
        if len(word) == 2 and word[0] in COUNTRY_ABBR and word[1] in COUNTRY_ABBR:
            for line in raw.split("\n"):
                definitions = line.split("\t", 2)[2] if line.count("\t") >= 2 else ""
                if is_country_pair(word, definitions.split("/")):
                    pairs.add(word)
    return pairs


def _best_split(word: str, rows: dict[str, int], total: int) -> float:
    """The probability of the likeliest cut of ``word`` into two or more words of ``rows``."""
    best = [0.0] * (len(word) + 1)
    best[0] = 1.0
    for start in range(len(word)):
        if not best[start]:
            continue
        for end in range(start + 1, len(word) + 1):
            freq = rows.get(word[start:end], 0) >> FREQ_SHIFT
            if freq and (start, end) != (0, len(word)):
                best[end] = max(best[end], best[start] * freq / total)
    return best[-1]


def _weigh_whole(rows: dict[str, int], total: int) -> None:
    """The reviewed learner words of ``whole_words.tsv`` weighed at twice their likeliest
    split (不客气, 最多): jieba lacks them or counts them too rarely to be read whole."""
    for (word,) in read_rows("whole_words.tsv"):
        value = rows.get(word)
        if value is None or not value & LEARNER:
            continue  # a dictionary release without it (a test checks the shipped one has)
        _raise_weight(rows, word, int(2 * _best_split(word, rows, total) * total) + 1)


#: Shortest dictionary entry weighed above its own parts: a set phrase or idiom of four or more
#: characters (改革开放, 不屑一顾) is a unit wherever its characters stand together, while a
#: shorter entry (还不如, 好说) is as often two words side by side.
WHOLE_ENTRY_CHARS = 4


#: Pronouns and particles that close an entry which is as often a phrase that goes on (没有什么
#: 好看的: "there is nothing worth seeing", 差不多的东西): such an entry keeps jieba's weight.
_OPEN_ENDS = ("什么", "这个", "那个", "这些", "那些", "我们", "你们", "他们", "自己", "的", "了")


def _weigh_long_entries(rows: dict[str, int], words: Iterable[str], total: int) -> None:
    """The learner dictionary's entries of ``WHOLE_ENTRY_CHARS`` or more characters weighed
    at twice their likeliest split: jieba counts many of them rarely (改革开放 3, below 改革 +
    开放), so the cut read a dictionary phrase as its parts. A word across either edge still
    wins by its own weight. An entry made of a name and a word (美国人民, 俄罗斯人, 两个中国)
    keeps its jieba weight: the name is what a learner looks up."""
    for word in words:
        value = rows.get(word)
        if (
            value is not None
            and value & LEARNER
            and len(word) >= WHOLE_ENTRY_CHARS
            and not _name_and_word(word, rows)
            and not word.endswith(_OPEN_ENDS)
        ):
            _raise_weight(rows, word, int(2 * _best_split(word, rows, total) * total) + 1)


def _name_and_word(word: str, rows: dict[str, int]) -> bool:
    """Whether ``word`` is a proper name (a place, a person) of two or more characters and a
    word, in either order (美国 人民, 俄罗斯 人, 两个 中国)."""
    named = PROPER | PLACE | PERSON
    for k in range(1, len(word)):
        head, tail = rows.get(word[:k], 0), rows.get(word[k:], 0)
        if (k >= 2 and head & named and tail >> FREQ_SHIFT) or (
            len(word) - k >= 2 and tail & named and head >> FREQ_SHIFT
        ):
            return True
    return False


def _raise_weight(rows: dict[str, int], word: str, weight: int) -> None:
    """``word`` weighed at least ``weight``, its flags kept and marked as jieba's no more."""
    value = rows[word]
    if value >> FREQ_SHIFT < weight:
        rows[word] = (weight << FREQ_SHIFT) | (value & _FLAG_MASK) | EXTRA


def _compile(path: Path) -> None:
    announce_compiling()
    lex = lexicon()
    jieba_rows = _jieba_entries()
    jieba_freq = {word: freq for word, freq, _ in jieba_rows}
    jieba_tag = {word: tag for word, _, tag in jieba_rows}
    entries = dict(lex.entries.items_all()) if isinstance(lex.entries, SqliteMap) else dict(
        lex.entries
    )
    # CC-CEDICT words with a common (lower-case) reading; proper nouns are capitalised, and
    # so are days, months, festivals and languages, which are common words all the same
    common_words = {
        word
        for word, raw in entries.items()
        if any(
            line.split("\t", 2)[1][:1].islower() or _CALENDAR_OR_LANGUAGE.search(line)
            for line in raw.split("\n")
        )
    }

    def common(word: str) -> bool:
        return word in common_words

    places = {w for w, _ in _thuocl("diming") if jieba_tag.get(w) == "ns" or (
        len(w) >= 3 and w[-1] in PLACE_SUFFIXES)}
    people = {w for w, _ in _thuocl("lishimingren") if 2 <= len(w) <= 4}
    for word, raw in entries.items():
        if len(word) >= 2 and not common(word):
            defs = raw.split("\t", 2)[2] if raw.count("\t") >= 2 else ""
            if jieba_tag.get(word) == "ns" or "county" in defs or "province" in defs:
                places.add(word)
    places = {w for w in places if not common(w)}
    people = {w for w in people if not common(w)}

    vocabulary: dict[str, int] = {}
    for word in entries:
        vocabulary[word] = jieba_freq.get(word, 0)
    for word in lex.supplement:
        vocabulary[word] = max(jieba_freq.get(word, 0), IDIOM_FREQ)
    for word, _ in _thuocl("chengyu"):
        vocabulary[word] = jieba_freq.get(word, 0)
    for word in lex.idioms:
        vocabulary[word] = jieba_freq.get(word, 0)
    for word in places | people:
        vocabulary.setdefault(word, jieba_freq.get(word, 0))
    # each half of a two-part saying (三天打鱼，两天晒网): the idiom lists hold the first at
    # most, and the text quotes both, or one alone
    halves = {part for part in saying_halves() if len(part) >= 4 and HAN_ONLY.match(part)}
    # and the whole saying written without its comma (三天打鱼两天晒网), one idiom
    halves |= {w for w in joined_sayings() if len(w) <= MAX_WORD and HAN_ONLY.match(w)}
    for word in halves:
        vocabulary.setdefault(word, jieba_freq.get(word, 0))
    chengyu = {w for w, _ in _thuocl("chengyu")}
    idioms = set(lex.idioms) | chengyu | halves
    proper = {w for w in entries if len(w) >= 2 and not common(w)}
    zipfs = zipf_frequencies(w for w, f in vocabulary.items() if not f)
    rows: dict[str, int] = {}
    for word, freq in vocabulary.items():
        if not HAN_ONLY.match(word) or len(word) > MAX_WORD:
            continue
        if not freq:
            zipf = zipfs.get(word, 0.0)
            freq = max(1, round(10**zipf * _JIEBA_TOTAL / 1e9)) if zipf else 1
        if len(word) >= 4 and word in idioms:
            freq = max(freq, IDIOM_FREQ)
        flags = LEARNER
        flags |= PROPER if word in proper else 0
        flags |= PLACE if word in places else 0
        flags |= PERSON if word in people else 0
        flags |= CHENGYU if word in chengyu else 0
        flags |= EXTRA if freq != jieba_freq.get(word) else 0
        rows[word] = (freq << FREQ_SHIFT) | flags
    for word, freq, _ in jieba_rows:
        if word not in rows and HAN_ONLY.match(word) and len(word) <= MAX_WORD:
            rows[word] = max(freq, 1) << FREQ_SHIFT
    total = sum(value >> FREQ_SHIFT for value in rows.values())
    # jieba weighs most pairs of country abbreviations 3 (中美 "China-USA", 中俄), and 中
    # "within" and 美 "beautiful" alone are frequent, so the cut would read them apart (中 美
    # 两国): a pair gets at least the weight that makes it beat its two characters.
    for word in country_pairs(entries):
        value = rows.get(word, 0)
        if value & LEARNER:
            apart = (rows.get(word[0], 0) >> FREQ_SHIFT) * (
                rows.get(word[1], 0) >> FREQ_SHIFT
            ) // int(total) + 1
            _raise_weight(rows, word, apart)
    _weigh_whole(rows, int(total))
    _weigh_long_entries(rows, entries, int(total))
    for word in list(rows):
        for end in range(1, len(word)):
            rows.setdefault(word[:end], 0)  # a prefix: the cut looks further

    # Names: THUOCL's figures and jieba's person entries that start with a surname.
    surnames = lex.surnames
    names = [w for w in people if w[0] in surnames and len(w) in (2, 3)]
    names += [
        w for w, _, tag in jieba_rows
        if tag in ("nr", "nrfg") and len(w) in (2, 3) and w[0] in surnames and not common(w)
    ]  # fmt: skip
    text_chars: Counter[str] = Counter()
    for word, freq, _ in jieba_rows:
        for ch in word:
            text_chars[ch] += freq
    first: Counter[str] = Counter(w[0] for w in names)
    given: Counter[str] = Counter(ch for w in names for ch in w[1:])
    text_total = sum(text_chars.values())

    def log_odds(counts: Counter[str], smoothed: bool) -> dict[str, float]:
        # Smoothed, a character no name list shows but running text rarely uses (埙) still
        # reads as a plausible given name; a common one (的, 说) does not.
        total = sum(counts.values())
        chars = set(text_chars) if smoothed else {ch for ch, n in counts.items() if n >= 2}
        odds = {}
        for ch in chars:
            if HAN_ONLY.match(ch):
                in_names = (counts[ch] + 0.5) / total
                in_text = (text_chars[ch] + 1) / text_total
                odds[ch] = round(math.log(in_names / in_text), 2)
        return odds

    with replacing(path) as tmp:
        with closing(compiling(tmp)) as db, db:
            write_table(db, "words", rows.items())
            # the rows marked EXTRA as one row (words, frequencies): a long text reads them
            # all, and a scan of the 500k rows for them cost 0.2 s
            extra = sorted((w, v >> FREQ_SHIFT) for w, v in rows.items() if v & EXTRA)
            if any("\n" in w for w, _ in extra):
                raise ZhLearnError("a word of the cut's dictionary holds a newline")
            db.execute("CREATE TABLE extras (words TEXT, freqs TEXT)")
            db.execute(
                "INSERT INTO extras VALUES (?, ?)",
                ("\n".join(w for w, _ in extra), " ".join(str(f) for _, f in extra)),
            )
            db.execute("CREATE TABLE long_entries (words TEXT)")
            long_entries = sorted(
                w for w, v in rows.items() if v & LEARNER and len(w) >= WHOLE_ENTRY_CHARS
            )
            db.execute("INSERT INTO long_entries VALUES (?)", ("\n".join(long_entries),))
            _write_scores(db, "surname_score", log_odds(first, False))
            _write_scores(db, "given_score", log_odds(given, True))
            write_table(db, "surnames", ((w, 1) for w in lex.surnames))
            definitions = (
                line.split("\t", 2)[2]
                for raw in entries.values()
                for line in raw.split("\n")
                if line.count("\t") >= 2
            )
            write_table(db, "english_places", ((w, 1) for w in english_places(definitions)))
            write_table(db, "meta", [("total", total)])


@functools.cache
def cut_words() -> CutWords:
    """The compiled dictionary, built on first use into the cache dir (about 10 s), then
    opened in a millisecond."""
    return open_compiled(cut_words_path(), _compile, CutWords)


def cut_words_path() -> Path:
    return cache_dir() / f"cutwords-{CUTWORDS_FORMAT}-{cache_key()}-{_whole_words_key()}.sqlite"


@functools.cache
def _whole_words_key() -> str:
    """A hash of ``whole_words.tsv``: a list edited names a new compiled file."""
    return hashlib.sha256(data_file("whole_words.tsv").read_bytes()).hexdigest()[:8]
