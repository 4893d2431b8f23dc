"""Part of speech of a word, in plain English ("verb", "measure word"), for cards and lists.

The tags come from jieba's dictionary (ICTCLAS tags such as ``v``, ``n``, ``q``), compiled
once into a small SQLite file in the cache dir, so a deck reads only the words it holds.
Tags that say nothing a learner can use (morphemes ``zg``, abbreviations ``j``, idiom ``i``:
the note already says "idiom") are left out rather than guessed; so are jieba's name tags
on words CC-CEDICT lists with a common meaning (jieba tags 美丽 as a place name).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import closing
from pathlib import Path

from zh_learn.analysis.lexicon import _site_file, cache_key, lexicon
from zh_learn.fileio import replacing
from zh_learn.paths import cache_dir
from zh_learn.sqlmap import compiling, sorted_rows

#: jieba (ICTCLAS) tag -> what a learner reads.
LABELS: dict[str, str] = {
    "n": "noun", "vn": "verb, noun", "an": "adjective, noun", "v": "verb", "vd": "verb",
    "vi": "verb", "a": "adjective", "ad": "adjective, adverb", "d": "adverb", "df": "adverb",
    "r": "pronoun", "rr": "pronoun", "rz": "pronoun", "p": "preposition", "c": "conjunction",
    "q": "measure word", "m": "numeral", "mq": "numeral + measure word", "t": "time word",
    "f": "position word", "s": "place word", "y": "particle", "e": "interjection",
    "o": "onomatopoeia", "u": "particle", "uj": "particle", "ul": "particle",
    "uz": "particle", "ug": "particle", "ud": "particle", "uv": "particle",
    "nr": "name", "nrfg": "name", "nrt": "name", "ns": "place name", "nt": "organisation",
}  # fmt: skip
_NAME_TAGS = {"nr", "nrfg", "nrt", "ns", "nt"}
_FORMAT = 1


def pos_path() -> Path:
    """The parts-of-speech table, compiled first if it is missing."""
    return _db()


def _db() -> Path:

    path = cache_dir() / f"pos{_FORMAT}-{cache_key()}.sqlite"
    if path.exists():
        return path
    entries = lexicon().entries
    rows: list[tuple[str, str]] = []
    with open(_site_file("jieba", "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) != 3 or parts[2] not in LABELS:
                continue
            word, tag = parts[0], parts[2]
            if tag in _NAME_TAGS and word in entries and any(
                not ln.split("\t", 2)[1][:1].isupper() for ln in entries[word].split("\n")
            ):
                continue  # a common word jieba files as a name (美丽 "ns")
            rows.append((word, tag))
    with replacing(path) as tmp:
        with closing(compiling(tmp)) as db, db:
            db.execute("CREATE TABLE pos (word TEXT PRIMARY KEY, tag TEXT) WITHOUT ROWID")
            db.executemany("INSERT OR REPLACE INTO pos VALUES (?, ?)", sorted_rows(rows))
    from zh_learn.cachefiles import drop_older_versions

    drop_older_versions(path)
    return path


def parts_of_speech(words: Iterable[str]) -> dict[str, str]:
    """word -> plain-English part of speech, for the words jieba's dictionary tags usefully."""
    wanted = list(dict.fromkeys(words))
    found: dict[str, str] = {}
    if not wanted:
        return found
    with closing(sqlite3.connect(_db())) as db:
        for i in range(0, len(wanted), 500):
            chunk = wanted[i : i + 500]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT word, tag FROM pos WHERE word IN ({marks})"
            found.update((w, LABELS[t]) for w, t in db.execute(query, chunk))
    return found
