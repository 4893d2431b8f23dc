"""The learner's progress: one SQLite file in the user data dir (``progress.db``).

Tables: ``texts`` (what was studied), ``words`` (enough about each word to ask it again
without re-analysing its text), ``cards`` (FSRS state per word and skill), ``reviews`` (one
row per answer) and ``known`` (words the learner knows: added by hand, imported, or
established by review). The file runs in WAL mode with a busy timeout, and every answer is
one ``BEGIN IMMEDIATE`` transaction, so two quiz processes can write at once and a killed
process loses at most the answer being typed. A file that is not ours is never touched:
opening it raises :class:`StoreError`.

Only the standard library is imported here (``zh_learn.study.known`` is loaded by every command
with ``--skip-known``).
"""

from __future__ import annotations

import functools
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zh_learn.errors import StoreError, ZhLearnWarning
from zh_learn.paths import data_dir

FILENAME = "progress.db"
APPLICATION_ID = 0x7A684C6E  # "zhLn"
SCHEMA_VERSION = 1
#: A word is known once every one of its cards is in review with at least this stability (days):
#: by then FSRS expects it to be recalled 90% of the time three weeks after the last review.
KNOWN_STABILITY = 21.0
REVIEW_STATE = 2  # fsrs.State.Review

_SCHEMA = """
CREATE TABLE IF NOT EXISTS texts (
    id INTEGER PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    added REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS words (
    word TEXT PRIMARY KEY,
    traditional TEXT NOT NULL DEFAULT '',
    pinyin TEXT NOT NULL,            -- tone numbers, one syllable per character: "ru2 lv3"
    gloss TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL DEFAULT 'word',
    hsk_level INTEGER,
    example TEXT NOT NULL DEFAULT '', -- a sentence of the text holding the word
    example_offset INTEGER NOT NULL DEFAULT -1,
    idiom_meaning TEXT NOT NULL DEFAULT '',
    text_id INTEGER REFERENCES texts(id),
    updated REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS cards (
    word TEXT NOT NULL REFERENCES words(word),
    skill TEXT NOT NULL,             -- meaning | hanzi | pinyin | tones | cloze | idiom
    state INTEGER NOT NULL,          -- fsrs.State: 1 learning, 2 review, 3 relearning
    step INTEGER,
    stability REAL,
    difficulty REAL,
    due REAL NOT NULL,               -- unix time
    last_review REAL,
    reps INTEGER NOT NULL DEFAULT 0,
    lapses INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (word, skill)
);
CREATE INDEX IF NOT EXISTS cards_due ON cards(due);
CREATE TABLE IF NOT EXISTS reviews (
    id INTEGER PRIMARY KEY,
    word TEXT NOT NULL,
    skill TEXT NOT NULL,
    time REAL NOT NULL,
    correct INTEGER NOT NULL,
    rating INTEGER NOT NULL,         -- fsrs.Rating: 1 again, 2 hard, 3 good, 4 easy
    duration_ms INTEGER NOT NULL,
    answer TEXT NOT NULL DEFAULT ''
);
CREATE TABLE IF NOT EXISTS known (
    word TEXT PRIMARY KEY,
    source TEXT NOT NULL,            -- manual | import | auto
    added REAL NOT NULL
);
"""


@dataclass(frozen=True, slots=True)
class StudyWord:
    """What the store keeps about a word so it can be quizzed from any text later."""

    word: str
    syllables: tuple[str, ...]
    gloss: str = ""
    kind: str = "word"
    hsk_level: int | None = None
    traditional: str = ""
    example: str = ""
    example_offset: int = -1
    idiom_meaning: str = ""
    text_title: str = ""
    #: set for a second reading of a word the texts read two ways: "长[zhang3]"
    key: str = ""

    @property
    def store_key(self) -> str:
        """The word's row in the store (and its cards'): the word, or word and reading."""
        return self.key or self.word


def word_of_key(key: str) -> str:
    """The word of a store key: "长[zhang3]" -> "长"."""
    if key.endswith("]") and "[" in key[1:]:
        return key[: key.index("[", 1)]
    return key


@dataclass(frozen=True, slots=True)
class CardRow:
    """One FSRS card: a word practised for one skill."""

    word: str
    skill: str
    state: int
    step: int | None
    stability: float | None
    difficulty: float | None
    due: float
    last_review: float | None
    reps: int = 0
    lapses: int = 0


def default_path() -> Path:

    return data_dir() / FILENAME


_HEADER = b"SQLite format 3\x00"
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def describe(error: sqlite3.Error, path: Path, doing: str) -> StoreError:
    """One line saying why an SQLite call on the progress database failed. Busy or locked is
    never called damaged; only SQLite's own corruption codes are."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code in (_BUSY, _LOCKED):
        return StoreError(
            f"cannot {doing}: {path} is busy (another zh-learn is using it); "
            "try again"
        )
    if code == _FULL or (code == _IOERR and _disk_full(path)):
        return StoreError(f"cannot {doing}: the disk is full ({path})")
    if code == _READONLY:
        return StoreError(
            f"cannot {doing}: {path} is read-only (check the permissions of "
            "the file and its folder)"
        )
    if code == _CANTOPEN:
        return StoreError(f"cannot open progress database {path} ({error})")
    if code == _IOERR:
        return StoreError(f"cannot {doing}: disk I/O error on {path} ({error})")
    if code in (_CORRUPT, _NOTADB):
        return StoreError(
            f"cannot {doing}: {path} is damaged ({error}); keep a copy, then "
            "move it away to start afresh"
        )
    return StoreError(f"cannot {doing}: {path}: {error}")


def _disk_full(path: Path) -> bool:
    """SQLite reports some writes on a full disk (growing the WAL index) as I/O errors."""
    try:
        return shutil.disk_usage(path.parent).free < 64 * 1024
    except OSError:
        return False


def _identify(path: Path) -> str:
    """"missing", "empty" (0 bytes), "ours", "foreign" or "not-sqlite", from the file's
    header alone (nothing is opened with SQLite, so a foreign file is never touched)."""
    try:
        with path.open("rb") as f:
            head = f.read(100)
    except FileNotFoundError:
        return "missing"
    except OSError as e:
        raise StoreError(f"cannot read progress database {path}: {e.strerror or e}") from None
    if not head:
        return "empty"
    if len(head) < 100 or not head.startswith(_HEADER):
        return "not-sqlite"
    app_id = int.from_bytes(head[68:72], "big")
    if app_id == APPLICATION_ID:
        return "ours"
    if app_id == 0 and Path(f"{path}-wal").exists():
        return "unknown"  # the application id may be in the write-ahead log: ask SQLite
    return "foreign"


def _not_ours(path: Path, kind: str) -> StoreError:
    if kind == "not-sqlite":
        return StoreError(
            f"{path} is not a zh-learn progress database (not SQLite); "
            "move it away or set ZH_LEARN_HOME to another folder"
        )
    return StoreError(
        f"{path} is an SQLite file that zh-learn did not create; "
        "move it away or set ZH_LEARN_HOME to another folder"
    )


@functools.cache
def _expected_columns() -> dict[str, frozenset[str]]:
    """Table -> column names of the current schema (read from an in-memory copy)."""
    with closing(sqlite3.connect(":memory:")) as db:
        db.executescript(_SCHEMA)
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            t: frozenset(r[1] for r in db.execute(f"PRAGMA table_info({t})")) for t in tables
        }


class Store:
    """An open progress database. Use as a context manager, or call ``close()``.

    Opening for writing (the default) checks the file's identity, integrity and schema
    before anything is written, and refuses a file zh-learn did not create. Creating the file
    is safe when several commands start at once on a fresh home. ``readonly=True`` never
    writes; damage found then is reported through ``warning`` (and a ZhLearnWarning)."""

    def __init__(
        self, path: Path | None = None, *, timeout: float = 30.0, readonly: bool = False
    ) -> None:
        self.path = path or default_path()
        self.readonly = readonly
        self.timeout = timeout
        self.warning: str | None = None
        #: (word, skill) -> (card before, card saved, review id, was known): for ``regrade``.
        self._last: dict[tuple[str, str], tuple[CardRow | None, CardRow, int, bool]] = {}
        kind = _identify(self.path)
        if kind in ("foreign", "not-sqlite"):
            raise _not_ours(self.path, kind)
        if readonly and kind in ("missing", "empty"):
            raise StoreError(f"no progress database at {self.path} yet")
        try:
            if readonly:
                uri = f"{self.path.absolute().as_uri()}?mode=ro"
                self.db = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
            else:
                self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as e:
            raise describe(e, self.path, "open the progress database") from None
        try:
            self.db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self._init(kind)
        except BaseException as e:
            self.db.close()
            if isinstance(e, sqlite3.Error):
                raise describe(e, self.path, "open the progress database") from None
            raise

    def _pragma(self, name: str) -> Any:
        return self.db.execute(f"PRAGMA {name}").fetchone()[0]

    def _init(self, kind: str) -> None:
        if kind in ("missing", "empty", "unknown") and not self.readonly:
            self._create()
        app_id, version = self._pragma("application_id"), self._pragma("user_version")
        if app_id != APPLICATION_ID:
            raise _not_ours(self.path, "foreign")
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer zh-learn (schema {version}); upgrade zh-learn"
            )
        problem = self._damage()
        if problem:
            if not self.readonly:
                raise StoreError(
                    f"progress database {self.path} is damaged ({problem}); nothing was written. "
                    "Keep a copy, then move it away to start afresh"
                )
            self.warning = (
                f"progress database {self.path} is damaged ({problem}); showing what can be read"
            )
            import warnings


            warnings.warn(self.warning, ZhLearnWarning, stacklevel=3)
        if self.readonly:
            self.db.execute("PRAGMA query_only = ON")
            return
        if self._pragma("journal_mode") != "wal":
            self._retry_busy(lambda: self.db.execute("PRAGMA journal_mode = WAL").fetchone())
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.execute("PRAGMA foreign_keys = ON")

    def _create(self) -> None:
        """Create the schema in a fresh (missing or empty) file, under BEGIN IMMEDIATE: when
        two commands start at once, the second waits, then finds the file made."""
        with self.transaction():
            app_id = self._pragma("application_id")
            if app_id == APPLICATION_ID:
                return  # another process created it while we waited
            # Inside the transaction page_count counts the page being made: ask the file.
            if app_id != 0 or self.path.stat().st_size != 0:
                raise _not_ours(self.path, "foreign")
            for statement in _SCHEMA.split(";\n"):
                if statement.strip():
                    self.db.execute(statement)
            self.db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            self.db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _damage(self) -> str | None:
        """Why the file cannot be trusted (a failed integrity check, a damaged schema), or None."""
        try:
            rows = self.db.execute("PRAGMA quick_check(1)").fetchall()
        except sqlite3.DatabaseError as e:
            code = (getattr(e, "sqlite_errorcode", None) or 0) & 0xFF
            if code not in (_CORRUPT, _NOTADB):
                raise
            return str(e)
        if rows != [("ok",)]:
            lines = [ln for ln in str(rows[0][0]).splitlines() if ln and not ln.startswith("***")]
            return f"integrity check: {lines[0] if lines else 'failed'}"
        for table, columns in _expected_columns().items():
            have = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}
            if not have:
                return f"table {table} is missing"
            if not columns <= have:
                return f"table {table} lacks {', '.join(sorted(columns - have))}"
        return None

    def _retry_busy(self, action: Callable[[], object]) -> None:
        """Run ``action``, retrying while the database is busy (some locks, such as the one
        switching to WAL, do not wait by themselves)."""
        deadline = time.monotonic() + self.timeout
        delay = 0.005
        while True:
            try:
                action()
                return
            except sqlite3.OperationalError as e:
                code = (getattr(e, "sqlite_errorcode", None) or 0) & 0xFF
                if code not in (_BUSY, _LOCKED) or time.monotonic() > deadline:
                    raise
                time.sleep(delay)
                delay = min(delay * 2, 0.2)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(
        self, doing: str = "write to the progress database"
    ) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so writers queue politely.
        SQLite errors become one-line StoreErrors naming the cause."""
        if self.readonly:
            raise StoreError(f"progress database {self.path} was opened read-only")
        try:
            self._retry_busy(lambda: self.db.execute("BEGIN IMMEDIATE"))
        except sqlite3.Error as e:
            raise describe(e, self.path, doing) from None
        try:
            yield self.db
        except BaseException as e:
            with suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
            if isinstance(e, sqlite3.Error):
                raise describe(e, self.path, doing) from None
            raise
        try:
            self.db.execute("COMMIT")
        except sqlite3.Error as e:
            with suppress(sqlite3.Error):
                self.db.execute("ROLLBACK")
            raise describe(e, self.path, doing) from None

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        try:
            return self.db.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as e:
            raise describe(e, self.path, "read the progress database") from None

    # -- texts and words ---------------------------------------------------------------

    def save_text(self, text_hash: str, title: str, source: str, words: Iterable[StudyWord]) -> int:
        """Record a text and (re)store its words; returns the text id."""
        now = time.time()
        with self.transaction() as db:
            db.execute(
                "INSERT INTO texts(hash, title, source, added) VALUES (?, ?, ?, ?) "
                "ON CONFLICT(hash) DO UPDATE SET title = excluded.title",
                (text_hash, title, source, now),
            )
            text_id: int = db.execute(
                "SELECT id FROM texts WHERE hash = ?", (text_hash,)
            ).fetchone()[0]
            db.executemany(
                "INSERT INTO words(word, traditional, pinyin, gloss, kind, hsk_level, example,"
                " example_offset, idiom_meaning, text_id, updated)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(word) DO UPDATE SET traditional = excluded.traditional,"
                " pinyin = excluded.pinyin, gloss = excluded.gloss, kind = excluded.kind,"
                " hsk_level = excluded.hsk_level, idiom_meaning = excluded.idiom_meaning,"
                " example = CASE WHEN words.example = '' THEN excluded.example"
                "   ELSE words.example END,"
                " example_offset = CASE WHEN words.example = '' THEN excluded.example_offset"
                "   ELSE words.example_offset END,"
                " text_id = coalesce(words.text_id, excluded.text_id), updated = excluded.updated",
                [
                    (
                        w.store_key, w.traditional, " ".join(w.syllables), w.gloss, w.kind,
                        w.hsk_level, w.example, w.example_offset, w.idiom_meaning, text_id, now,
                    )
                    for w in words
                ],
            )
        return text_id

    def words(self, only: Iterable[str] | None = None) -> dict[str, StudyWord]:
        sql = (
            "SELECT w.word, w.pinyin, w.gloss, w.kind, w.hsk_level, w.traditional, w.example,"
            " w.example_offset, w.idiom_meaning, coalesce(t.title, '')"
            " FROM words w LEFT JOIN texts t ON t.id = w.text_id"
        )
        rows = self._query(sql)
        wanted = None if only is None else set(only)
        out: dict[str, StudyWord] = {}
        for r in rows:
            if wanted is not None and r[0] not in wanted:
                continue
            word = word_of_key(r[0])
            out[r[0]] = StudyWord(
                word=word, syllables=tuple(r[1].split()), gloss=r[2], kind=r[3], hsk_level=r[4],
                traditional=r[5], example=r[6], example_offset=r[7], idiom_meaning=r[8],
                text_title=r[9], key="" if word == r[0] else r[0],
            )
        return out

    # -- cards and reviews -------------------------------------------------------------

    def cards(self, words: Iterable[str] | None = None) -> dict[tuple[str, str], CardRow]:
        rows = self._query(
            "SELECT word, skill, state, step, stability, difficulty, due, last_review, reps,"
            " lapses FROM cards"
        )
        wanted = None if words is None else set(words)
        return {
            (r[0], r[1]): CardRow(*r) for r in rows if wanted is None or r[0] in wanted
        }

    def due_cards(self, now: float | None = None, limit: int | None = None) -> list[CardRow]:
        """Cards due at ``now`` (default: the current time), most overdue first."""
        now = time.time() if now is None else now
        rows = self._query(
            "SELECT word, skill, state, step, stability, difficulty, due, last_review, reps,"
            " lapses FROM cards WHERE due <= ? ORDER BY due LIMIT ?",
            (now, -1 if limit is None else limit),
        )
        return [CardRow(*r) for r in rows]

    def record(
        self,
        word: str,
        skill: str,
        *,
        correct: bool,
        rating: int,
        duration_ms: int,
        answer: str,
        now: float,
        update: Callable[[CardRow | None], CardRow],
    ) -> CardRow:
        """Store one answer in one transaction: the review row and the card ``update`` makes
        from the current card (read inside the transaction, so concurrent quizzes never lose
        each other's reviews). Marks the word known when all its cards become established."""
        with self.transaction("save the answer") as db:
            old = _card(db, word, skill)
            was_known = self._established(db, word)
            card = update(old)
            db.execute(
                "INSERT OR REPLACE INTO cards(word, skill, state, step, stability,"
                " difficulty, due, last_review, reps, lapses)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    word, skill, card.state, card.step, card.stability, card.difficulty,
                    card.due, card.last_review, card.reps, card.lapses,
                ),
            )
            db.execute(
                "INSERT INTO reviews(word, skill, time, correct, rating, duration_ms, answer)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                (word, skill, now, int(correct), rating, duration_ms, answer),
            )
            if not was_known and self._established(db, word):
                db.execute(
                    "INSERT OR IGNORE INTO known(word, source, added) VALUES (?, 'auto', ?)",
                    (word, now),
                )
            review_id = db.execute("SELECT last_insert_rowid()").fetchone()[0]
        self._last[(word, skill)] = (old, card, review_id, was_known)
        return card

    def regrade(
        self, word: str, skill: str, rating: int, update: Callable[[CardRow | None], CardRow]
    ) -> CardRow | None:
        """Change the rating of the answer just saved by ``record`` (the learner graded their
        recall after seeing the answer): the card is remade from the card before that answer.
        Does nothing (returns None) if another process has reviewed the card since."""
        last = self._last.get((word, skill))
        if last is None:
            return None
        old, saved, review_id, was_known = last
        with self.transaction("save the grade") as db:
            if _card(db, word, skill) != saved:
                return None
            card = update(old)
            db.execute(
                "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?, due = ?,"
                " last_review = ?, reps = ?, lapses = ? WHERE word = ? AND skill = ?",
                (
                    card.state, card.step, card.stability, card.difficulty, card.due,
                    card.last_review, card.reps, card.lapses, word, skill,
                ),
            )
            db.execute("UPDATE reviews SET rating = ? WHERE id = ?", (rating, review_id))
            if not was_known and not self._established(db, word):
                db.execute("DELETE FROM known WHERE word = ? AND source = 'auto'", (word,))
            elif not was_known:
                db.execute(
                    "INSERT OR IGNORE INTO known(word, source, added) VALUES (?, 'auto', ?)",
                    (word, time.time()),
                )
        self._last[(word, skill)] = (old, card, review_id, was_known)
        return card

    @staticmethod
    def _established(db: sqlite3.Connection, word: str) -> bool:
        lowest, state, n = db.execute(
            "SELECT min(coalesce(stability, 0)), min(state = ?), count(*) FROM cards"
            " WHERE word = ?",
            (REVIEW_STATE, word),
        ).fetchone()
        return bool(n) and bool(state) and lowest >= KNOWN_STABILITY

    # -- known words -------------------------------------------------------------------

    def known(self) -> dict[str, str]:
        """Known words and how each became known (manual, import, auto)."""
        return dict(self._query("SELECT word, source FROM known ORDER BY added, word"))

    def add_known(self, words: Iterable[str], source: str = "manual") -> int:
        now = time.time()
        with self.transaction() as db:
            before = db.total_changes
            db.executemany(
                "INSERT OR IGNORE INTO known(word, source, added) VALUES (?, ?, ?)",
                [(w, source, now) for w in words],
            )
            return db.total_changes - before

    def remove_known(self, words: Iterable[str]) -> int:
        with self.transaction() as db:
            before = db.total_changes
            db.executemany("DELETE FROM known WHERE word = ?", [(w,) for w in words])
            return db.total_changes - before

    # -- statistics --------------------------------------------------------------------

    def stats(self, now: float | None = None) -> dict[str, Any]:
        now = time.time() if now is None else now
        q = self._query
        skills: dict[str, dict[str, Any]] = {}
        for skill, cards, due in q(
            "SELECT skill, count(*), sum(due <= ?) FROM cards GROUP BY skill", (now,)
        ):
            skills[skill] = {"cards": cards, "due": due or 0, "reviews": 0, "accuracy": None}
        for skill, n, right in q(
            "SELECT skill, count(*), sum(correct) FROM reviews GROUP BY skill"
        ):
            entry = skills.setdefault(skill, {"cards": 0, "due": 0})
            entry["reviews"] = n
            entry["accuracy"] = round(right / n, 3) if n else None
        total_reviews, right = q("SELECT count(*), coalesce(sum(correct), 0) FROM reviews")[0]
        next_due = q("SELECT min(due) FROM cards WHERE due > ?", (now,))[0][0]
        known_by = dict(q("SELECT source, count(*) FROM known GROUP BY source"))
        return {
            "due_now": q("SELECT count(*) FROM cards WHERE due <= ?", (now,))[0][0],
            "due_today": q("SELECT count(*) FROM cards WHERE due <= ?", (now + 86400,))[0][0],
            "next_due": next_due,
            "cards": q("SELECT count(*) FROM cards")[0][0],
            "words_studied": q("SELECT count(DISTINCT word) FROM cards")[0][0],
            "texts": q("SELECT count(*) FROM texts")[0][0],
            "reviews": total_reviews,
            "accuracy": round(right / total_reviews, 3) if total_reviews else None,
            "known": sum(known_by.values()),
            "known_by_source": known_by,
            "skills": dict(sorted(skills.items())),
        }


def open_existing(path: Path | None = None, *, readonly: bool = True) -> Store | None:
    """The store if its file exists, else None (reading never creates the database). Opened
    read-only unless ``readonly=False``."""
    path = path or default_path()
    if _identify(path) in ("missing", "empty"):
        return None
    return Store(path, readonly=readonly)


def read_stats(now: float | None = None) -> dict[str, Any]:
    """``Store.stats`` of the progress database, read-only; zeros when there is none yet."""
    store = open_existing()
    if store is None:
        with closing(sqlite3.connect(":memory:")) as db:
            db.executescript(_SCHEMA)
            empty = Store.__new__(Store)
            empty.db, empty.path, empty.readonly = db, default_path(), True
            return empty.stats(now)
    with store:
        return store.stats(now)


def _card(db: sqlite3.Connection, word: str, skill: str) -> CardRow | None:
    """The stored card of (word, skill), read inside the caller's transaction."""
    row = db.execute(
        "SELECT word, skill, state, step, stability, difficulty, due, last_review,"
        " reps, lapses FROM cards WHERE word = ? AND skill = ?",
        (word, skill),
    ).fetchone()
    return CardRow(*row) if row else None
