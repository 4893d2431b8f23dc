"""Read-only tables in SQLite files, read a key at a time: a text needs a few thousand of the
dictionaries' 400k words, and opening an indexed file costs a millisecond where unpickling the
whole table costs most of a second."""

from __future__ import annotations

import atexit
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from operator import itemgetter
from pathlib import Path
from typing import Any, TypeVar

from zh_learn.errors import ZhLearnError

_MISSING: Any = object()
#: SQLite's default limit on bound parameters is 999 in older versions.
_CHUNK = 900


def connect(path: Path) -> sqlite3.Connection:
    """A read-only connection (several threads may read; nothing ever writes). A file cut
    short (a full disk, a copy interrupted) raises sqlite3.DatabaseError here, not later."""
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    try:
        db.execute("PRAGMA query_only = 1")
        (pages,) = db.execute("PRAGMA page_count").fetchone()
        (size,) = db.execute("PRAGMA page_size").fetchone()
        if pages * size != path.stat().st_size:
            raise sqlite3.DatabaseError(f"{path} is cut short")
    except BaseException:
        db.close()
        raise
    _OPEN.append(db)
    return db


#: Every read-only connection stays open for the life of the process (the tables are read
#: on demand) and is closed at exit, never left to the garbage collector, which Python 3.13
#: reports as an unclosed database.
_OPEN: list[sqlite3.Connection] = []


@atexit.register
def _close_all() -> None:
    while _OPEN:
        _OPEN.pop().close()


T = TypeVar("T")


def open_compiled(
    path: Path, compile: Callable[[Path], None], load: Callable[[sqlite3.Connection], T]
) -> T:
    """``load`` the compiled cache at ``path``, compiling it first when it is missing. A
    damaged, truncated, empty or foreign file is compiled again, never trusted."""
    for attempt in range(2):
        if attempt or not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            compile(path)
            from zh_learn.cachefiles import drop_older_versions

            drop_older_versions(path)
        try:
            db = connect(path)
        except sqlite3.DatabaseError:
            db = None
        try:
            if db is None:
                raise sqlite3.DatabaseError(f"{path} cannot be opened")
            return load(db)
        except sqlite3.DatabaseError:
            if db is not None:
                _OPEN.remove(db)
                db.close()
            if attempt:
                raise ZhLearnError(
                    f"cannot read the compiled cache {path}; delete it and try again"
                ) from None
    raise AssertionError("unreachable")


class SqliteMap(Mapping[str, Any]):
    """One ``key -> value`` table of an SQLite file as a read-only mapping. Values read are
    remembered, and so are misses."""

    def __init__(self, db: sqlite3.Connection, table: str) -> None:
        self._db = db
        self._table = table
        self._memo: dict[str, Any] = {}
        self._missing: set[str] = set()

    def __getitem__(self, key: str) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def get(self, key: str, default: Any = None) -> Any:
        value = self._memo.get(key, _MISSING)
        if value is _MISSING:
            if key in self._missing:
                return default
            row = self._db.execute(
                f"SELECT value FROM {self._table} WHERE key = ?", (key,)
            ).fetchone()
            if row is None:
                self._missing.add(key)
                return default
            value = self._memo[key] = row[0]
        return value

    def __contains__(self, key: object) -> bool:
        # without raising KeyError for a miss: a novel asks ~110k times, mostly of rows read
        # or missed already, answered here without the call to ``get``
        if not isinstance(key, str):
            return False
        if key in self._memo:
            return True
        return key not in self._missing and self.get(key, _MISSING) is not _MISSING

    @property
    def memo(self) -> Mapping[str, Any]:
        """The rows read so far (key -> value)."""
        return self._memo

    def prefetch(self, keys: Iterable[str]) -> None:
        """Read many keys in few queries (the words of a text)."""
        # set operations in C: a novel prefetches ~200k strings. In key order, each query
        # reads a few neighbouring pages of the index, which stay in SQLite's page cache:
        # scattered keys read a page per key (sorting cut the queries' CPU time 2.5x).
        wanted = sorted(set(keys).difference(self._memo, self._missing))
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            query = f"SELECT key, value FROM {self._table} WHERE key IN ({marks})"
            found = dict(self._db.execute(query, chunk))
            self._memo.update(found)
            self._missing.update(set(chunk).difference(found))

    def __iter__(self) -> Iterator[str]:
        return map(itemgetter(0), self._db.execute(f"SELECT key FROM {self._table}"))

    def items_all(self) -> Iterator[tuple[str, Any]]:
        """Every row, without remembering them (for compiling other tables)."""
        yield from self._db.execute(f"SELECT key, value FROM {self._table}")

    def __len__(self) -> int:
        return int(self._db.execute(f"SELECT count(*) FROM {self._table}").fetchone()[0])


def compiling(path: Path) -> sqlite3.Connection:
    """A connection to write a cache being compiled into a temporary file: no journal and no
    syncs, since an interrupted compile leaves a temporary file that is never opened."""
    db = sqlite3.connect(path)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    return db


def sorted_rows(rows: Iterable[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """Rows in key order: SQLite appends them to the index instead of inserting each one into
    the middle of the B-tree (several times faster for the 500k-row tables)."""
    return sorted(rows, key=itemgetter(0))


def write_table(db: sqlite3.Connection, table: str, rows: Iterable[tuple[str, Any]]) -> None:
    """Create ``table`` (key -> value) in a database being compiled and fill it."""
    db.execute(f"CREATE TABLE {table} (key TEXT PRIMARY KEY, value) WITHOUT ROWID")
    db.executemany(f"INSERT OR REPLACE INTO {table} VALUES (?, ?)", sorted_rows(rows))


def write_char_map(db: sqlite3.Connection, table: str, mapping: Mapping[str, str]) -> None:
    """A character -> character table as one row (the keys in order as one string, the values
    as another): read whole by every analysis, 3.5k rows cost more than unpacking one row."""
    keys = sorted(mapping)
    if any(len(k) != 1 or len(mapping[k]) != 1 for k in keys):
        raise ValueError(f"{table}: keys and values must be single characters")
    db.execute(f"CREATE TABLE {table} (keys TEXT, vals TEXT)")
    values = "".join(mapping[k] for k in keys)
    db.execute(f"INSERT INTO {table} VALUES (?, ?)", ("".join(keys), values))


def read_char_map(db: sqlite3.Connection, table: str) -> dict[str, str]:
    keys, values = db.execute(f"SELECT keys, vals FROM {table}").fetchone()
    return dict(zip(keys, values, strict=True))
