"""The learner's progress: one SQLite file in the user data dir (``progress.db``).

Tables: ``texts`` (what was studied), ``words`` (enough about each word to ask it again
without re-analysing its text), ``cards`` (FSRS state per word and skill), ``reviews`` (one
row per answer) and ``known`` (words the learner knows: added by hand, imported, or
established by review). The file runs in WAL mode with a busy timeout, and every answer is
one ``BEGIN IMMEDIATE`` transaction, so two quiz processes can write at once and a killed
process loses at most the answer being typed. A file that is not ours is never touched:
opening it raises :class:`StoreError`.

Only the standard library is imported here (``zh_learn.known`` is loaded by every command
with ``--skip-known``).
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zh_learn.errors import StoreError

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
    from zh_learn.paths import data_dir

    return data_dir() / FILENAME


def _check_header(path: Path) -> None:
    try:
        with path.open("rb") as f:
            head = f.read(16)
    except OSError as e:
        raise StoreError(f"cannot read progress database {path}: {e.strerror or e}") from None
    if head and head != b"SQLite format 3\x00":
        raise StoreError(
            f"{path} is not a zh-learn progress database (not SQLite); "
            "move it away or set ZH_LEARN_HOME to another folder"
        )


class Store:
    """An open progress database. Use as a context manager, or call ``close()``."""

    def __init__(self, path: Path | None = None, *, timeout: float = 30.0) -> None:
        self.path = path or default_path()
        if self.path.exists():
            _check_header(self.path)
        try:
            self.db = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
        except sqlite3.Error as e:
            raise StoreError(f"cannot open progress database {self.path}: {e}") from None
        try:
            self._init(timeout)
        except StoreError:
            self.db.close()
            raise
        except sqlite3.DatabaseError as e:
            self.db.close()
            raise StoreError(
                f"progress database {self.path} is damaged ({e}); "
                "move it away to start afresh"
            ) from None

    def _init(self, timeout: float) -> None:
        db = self.db
        db.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
        app_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        if app_id != APPLICATION_ID:
            tables = db.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
            if app_id != 0 or tables:
                raise StoreError(
                    f"{self.path} is an SQLite file that zh-learn did not create; "
                    "move it away or set ZH_LEARN_HOME to another folder"
                )
        elif version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path} was written by a newer zh-learn (schema {version}); upgrade zh-learn"
            )
        if db.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        db.execute("PRAGMA foreign_keys = ON")
        if app_id != APPLICATION_ID or version < SCHEMA_VERSION:
            with self.transaction():
                for statement in _SCHEMA.split(";\n"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taken at once (BEGIN IMMEDIATE) so writers queue politely."""
        try:
            self.db.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise StoreError(f"progress database is busy ({e}); try again") from None
        try:
            yield self.db
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        else:
            self.db.execute("COMMIT")

    def _query(self, sql: str, params: Iterable[Any] = ()) -> list[Any]:
        try:
            return self.db.execute(sql, tuple(params)).fetchall()
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot read progress database {self.path}: {e}") from None

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
                        w.word, w.traditional, " ".join(w.syllables), w.gloss, w.kind,
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
            out[r[0]] = StudyWord(
                word=r[0], syllables=tuple(r[1].split()), gloss=r[2], kind=r[3], hsk_level=r[4],
                traditional=r[5], example=r[6], example_offset=r[7], idiom_meaning=r[8],
                text_title=r[9],
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
        try:
            with self.transaction() as db:
                row = db.execute(
                    "SELECT word, skill, state, step, stability, difficulty, due, last_review,"
                    " reps, lapses FROM cards WHERE word = ? AND skill = ?",
                    (word, skill),
                ).fetchone()
                old = CardRow(*row) if row else None
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
        except sqlite3.DatabaseError as e:
            raise StoreError(f"cannot save the answer to {self.path}: {e}") from None
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


def open_existing(path: Path | None = None) -> Store | None:
    """The store if its file exists, else None (reading never creates the database)."""
    path = path or default_path()
    return Store(path) if path.exists() and path.stat().st_size > 0 else None
