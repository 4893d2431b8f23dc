"""Compiled word and character readings: CC-CEDICT's headwords reshaped for reading, zh-learn's
reviewed phrases laid over them, pypinyin's readings of the characters CC-CEDICT lacks, and
word frequencies for segmentation ties. Built once into an SQLite file in the cache dir.
"""

from __future__ import annotations

import functools
import sqlite3
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zh_learn.analysis.lexicon import announce_compiling, cache_key, lexicon, zipf_frequencies
from zh_learn.fileio import replacing
from zh_learn.hanzi import HAN as _HAN
from zh_learn.package_data import read_rows
from zh_learn.paths import cache_dir
from zh_learn.pinyin.syllables import SYLLABLE
from zh_learn.sqlmap import SqliteMap, compiling, open_compiled, write_table

_FORMAT = 16




_CITATION = {"一": "yi1", "不": "bu4"}


def _cite(ch: str, syl: str) -> str:
    """Citation tone for 一 and 不, except where the dictionary gives them a neutral tone
    (对不起 dui4 bu5 qi3, 差不多 cha4 bu5 duo1): that is the word, not a tone change."""
    return syl if syl.endswith("5") else _CITATION.get(ch, syl)


_MAX_WORD = 8


Reading = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tables:
    """Compiled word and character readings. Built once into an SQLite file in the cache
    dir and read a word at a time (``zh_learn.sqlmap``): a text needs a few thousand of them."""

    words: Mapping[str, tuple[Reading, ...]]  # simplified word -> readings, common first
    t2s: dict[str, str]  # traditional -> simplified character, where one-to-one
    preferred: frozenset[str] = frozenset()  # zh-learn's reviewed phrases
    #: readings of characters CC-CEDICT lacks, from pypinyin's character table, compiled in
    #: so that reading text never imports pypinyin (its phrase table costs ~50 MB)
    chars: Mapping[str, str] = field(default_factory=dict)
    #: words whose readings all come from CC-CEDICT's proper-noun entries (capitalised
    #: pinyin), with their Zipf frequency in wordfreq's Chinese list (0 when absent)
    proper: Mapping[str, float] = field(default_factory=dict)
    #: Zipf frequency x 10 of the multi-character words wordfreq knows (segmentation ties)
    zipf: Mapping[str, int] = field(default_factory=dict)
    #: the runs read already: reading one again costs no query, and listing its strings to
    #: find that out would cost more than the reading (a novel's 14k rare compounds)
    fetched: set[str] = field(default_factory=set)
    #: the words among the strings of the runs read: the reader's cut asks of every string
    #: of a run whether it is a word (a novel: ~100k), and a set answers it fastest
    known: set[str] = field(default_factory=set)
    #: ``t2s`` as a ``str.translate`` table, made on first use
    translation: dict[int, str] = field(default_factory=dict, repr=False)

    def simplify(self, text: str) -> str:
        """``text`` with traditional characters mapped to simplified one for one."""
        if not self.translation and self.t2s:
            self.translation.update(str.maketrans(self.t2s))
        return text.translate(self.translation)

    def prefetch(self, *runs: str) -> None:
        """Read every word of ``runs`` (all their strings up to the longest word) at once."""
        fetched = self.fetched
        new = [run for run in runs if run not in fetched]
        if not new:
            return
        fetched.update(new)
        keys = {
            run[i : i + size]
            for run in new
            for size in range(1, min(_MAX_WORD, len(run)) + 1)
            for i in range(len(run) - size + 1)
        }
        if isinstance(self.words, _Readings):
            self.known.update(self.words.phrased(keys))
            if len(keys) > _MANY_KEYS or self.words.listed():
                # Most strings of a clause are no word: past this many, every headword is
                # listed once, and the others are known to be missing without a query.
                keys &= self.words.headwords()
            self.words.prefetch(keys)
            words = self.words.present(keys)
        else:
            words = [k for k in keys if k in self.words]
        self.known.update(words)
        # ``_segment`` asks the frequency of dictionary words only: of the strings of a
        # clause, one in ten or fewer
        if isinstance(self.zipf, SqliteMap):
            self.zipf.prefetch(words)

    def prefetch_chars(self, chars: Iterable[str]) -> None:
        """The character table's rows of many characters in a few queries."""
        if isinstance(self.chars, SqliteMap):
            self.chars.prefetch(chars)

    def prefetch_proper(self, words: Iterable[str]) -> None:
        """Whether each of ``words`` is a rare proper noun, in a few queries: reading a word
        in context asks it of every word with a single reading."""
        if isinstance(self.proper, SqliteMap):
            self.proper.prefetch(w for w in words if len(w) > 1)


@functools.lru_cache(maxsize=65536)
def _parse_readings(raw: str) -> tuple[Reading, ...]:
    return tuple(tuple(sys.intern(s) for s in r.split()) for r in raw.split("|"))


#: A prefetch of more strings than this (a novel's clauses) lists every headword first.
_MANY_KEYS = 50_000


class _Readings(Mapping[str, tuple[Reading, ...]]):
    """The compiled readings with zh-learn's reviewed phrases laid over them."""

    def __init__(
        self,
        table: SqliteMap,
        phrases: dict[str, Reading],
        listing: Callable[[], frozenset[str]] | None = None,
    ) -> None:
        self._table = table
        self._phrases = phrases
        #: reads every key of ``table`` at once (``headwords``)
        self._listing = listing or (lambda: frozenset(table))
        #: every headword of the table, once a long text asked for them (``headwords``)
        self._headwords: frozenset[str] | None = None
        #: the readings of the table's words read so far
        self._found: dict[str, tuple[Reading, ...]] = {}

    def headwords(self) -> frozenset[str]:
        """Every word of the table, read once (~120k keys, 0.05 s): a string outside it is
        then known to be missing without a query."""
        if self._headwords is None:
            self._headwords = self._listing()
        return self._headwords

    def present(self, keys: Iterable[str]) -> list[str]:
        """The ``keys`` that are words, among keys just prefetched: the table's rows read are
        in its memo (one dict lookup each, where ``in`` costs a few calls)."""
        phrases, memo = self._phrases, self._table.memo
        return [k for k in keys if k in phrases or k in memo]

    def phrased(self, keys: set[str]) -> set[str]:
        """The ``keys`` that are zh-learn's reviewed phrases."""
        return keys & self._phrases.keys()

    def listed(self) -> bool:
        """Whether ``headwords`` were read."""
        return self._headwords is not None

    def get(self, key: str, default: Any = None) -> Any:
        found = self._found.get(key)
        if found is not None:
            return found  # a word read before: one lookup (the reader asks ~10 per character)
        phrase = self._phrases.get(key)
        if phrase is not None:
            return (phrase,)
        if self._headwords is not None and key not in self._headwords:
            return default
        raw = self._table.get(key)
        if raw is None:
            return default
        found = self._found[key] = _parse_readings(raw)
        return found

    def __getitem__(self, key: str) -> tuple[Reading, ...]:
        value: tuple[Reading, ...] | None = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        # ``get`` without reading the row: the reader asks of ~10 strings per character
        if key in self._found or key in self._phrases:
            return True
        if self._headwords is not None:
            return key in self._headwords
        return key in self._table

    def __iter__(self) -> Iterator[str]:
        yield from self._phrases
        yield from (k for k in self._table if k not in self._phrases)

    def __len__(self) -> int:
        return len(self._table) + sum(1 for k in self._phrases if k not in self._table)

    def prefetch(self, keys: Iterable[str]) -> None:
        self._table.prefetch(keys)


def _syllable(raw: str) -> str:
    syl = raw.lower().replace("u:", "v")
    return syl if syl[-1:].isdigit() else syl + "5"


def _reading(word: str, pinyin: str) -> Reading | None:
    syllables = tuple(_syllable(s) for s in pinyin.split())
    if len(syllables) != len(word) or not all(SYLLABLE.match(s) for s in syllables):
        return None
    # Interned: 120k words share ~1,500 distinct syllables (saves ~15 MB once loaded).
    return tuple(
        sys.intern(_cite(ch, syl)) for ch, syl in zip(word, syllables, strict=True)
    )


def _compile(path: Path) -> None:
    """Readings of every CC-CEDICT headword, taken from the compiled lexicon (CC-CEDICT is
    parsed once, there) and reshaped for reading, written into the SQLite file ``path``."""

    announce_compiling()
    lex = lexicon()
    common: dict[str, list[Reading]] = {}
    proper: dict[str, list[Reading]] = {}
    # Every row, read without filling the lexicon's per-word memo.
    for simp, lines in getattr(lex.entries, "items_all", lex.entries.items)():
        if not all(_HAN.match(ch) for ch in simp):
            continue
        for line in lines.split("\n"):
            pinyin = line.split("\t", 2)[1]
            reading = _reading(simp, pinyin)
            if reading is None:
                continue
            bucket = (proper if pinyin[:1].isupper() else common).setdefault(simp, [])
            if reading not in bucket:
                bucket.append(reading)
    words: dict[str, tuple[Reading, ...]] = {}
    for word in common.keys() | proper.keys():
        merged = list(common.get(word, []))
        merged += [r for r in proper.get(word, []) if r not in merged]
        words[word] = tuple(merged)
    rare = proper.keys() - common.keys()
    frequencies = zipf_frequencies(w for w in words if len(w) > 1)
    with replacing(path) as tmp:
        with closing(compiling(tmp)) as db, db:
            write_table(
                db, "words", ((w, "|".join(" ".join(r) for r in rs)) for w, rs in words.items())
            )
            # every headword as one row: a long text reads them all (``_Readings.headwords``),
            # and splitting one string costs a third of reading 120k rows
            db.execute("CREATE TABLE headwords (keys TEXT)")
            db.execute("INSERT INTO headwords VALUES (?)", ("\n".join(sorted(words)),))
            write_table(db, "chars", _pypinyin_chars(words).items())
            write_table(db, "proper", ((w, frequencies.get(w, 0.0)) for w in rare))
            write_table(db, "zipf", ((w, round(z * 10)) for w, z in frequencies.items() if z > 0))


def _pypinyin_chars(words: dict[str, tuple[Reading, ...]]) -> dict[str, str]:
    from pypinyin.pinyin_dict import pinyin_dict

    out: dict[str, str] = {}
    for code in pinyin_dict:
        ch = chr(code)
        if ch not in words and _HAN.match(ch):
            syl = _pypinyin_char(ch)
            if syl:
                out[ch] = syl
    return out


def _phrases() -> dict[str, Reading]:
    """zh-learn's reviewed phrase readings: they replace the dictionary's for that word."""
    out: dict[str, Reading] = {}
    for cols in read_rows("pinyin_phrases.tsv"):
        reading = _reading(cols[0], cols[1])
        if reading is None:
            raise ValueError(f"pinyin_phrases.tsv: bad reading for {cols[0]!r}: {cols[1]!r}")
        out[cols[0]] = reading
    return out


def tables_path() -> Path:

    return cache_dir() / f"pinyin-tables-{_FORMAT}-{cache_key()}.sqlite"


@functools.cache
def tables() -> Tables:
    """The compiled tables (built from the lexicon into the cache dir on first use)."""
    return open_compiled(tables_path(), _compile, _load)


def _load(db: sqlite3.Connection) -> Tables:
    t2s = lexicon().t2s  # the lexicon's own table, read once
    phrases = _phrases()
    return Tables(
        words=_Readings(SqliteMap(db, "words"), phrases, lambda: _headwords(db)),
        t2s=t2s,
        preferred=frozenset(phrases),
        chars=SqliteMap(db, "chars"),
        proper=SqliteMap(db, "proper"),
        zipf=SqliteMap(db, "zipf"),
    )


def _headwords(db: sqlite3.Connection) -> frozenset[str]:
    (keys,) = db.execute("SELECT keys FROM headwords").fetchone()
    return frozenset(keys.split("\n"))


@functools.cache
def _pypinyin_char(ch: str) -> str | None:
    from pypinyin import Style, pinyin

    syl = pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True, heteronym=False)[0][0]
    syl = syl.replace("ü", "v")
    return syl if SYLLABLE.match(syl) else None
