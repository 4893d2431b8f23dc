"""The SQLite progress store: schema, transactions, refusal of foreign files, concurrency."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from zh_learn.errors import StoreError
from zh_learn.study.srs import Grade, review
from zh_learn.study.store import KNOWN_STABILITY, Store, StudyWord, default_path, open_existing

T0 = 1_700_000_000.0
DAY = 86400.0
WORD = StudyWord(
    "暗访", ("an4", "fang3"), "to make secret inquiries", hsk_level=7,
    example="随后,暗访疫情防控措施落实情况。", example_offset=3,
)


def _answer(store: Store, word: str, skill: str, grade: Grade, now: float) -> None:
    store.record(
        word, skill, correct=grade != Grade.AGAIN, rating=int(grade), duration_ms=1000,
        answer="x", now=now, update=lambda c: review(c, word, skill, grade, now, fuzz=False),
    )


def test_new_store_is_wal_and_tagged(zh_home: Path) -> None:
    with Store() as store:
        assert store.path == zh_home / "progress.db"
        assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store.db.execute("PRAGMA application_id").fetchone()[0] == 0x7A684C6E
        assert store.db.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_words_round_trip() -> None:
    with Store() as store:
        store.save_text("h1", "驻马店", "demo", [WORD])
        assert store.words() == {"暗访": StudyWord(**{**_fields(WORD), "text_title": "驻马店"})}
        # A second text with the same word keeps the first example and title.
        other = StudyWord("暗访", ("an4", "fang3"), "to investigate secretly", example="又暗访。",
                          example_offset=1)
        store.save_text("h2", "另一篇", "b.txt", [other])
        got = store.words()["暗访"]
        assert (got.gloss, got.example, got.text_title) == (
            "to investigate secretly", WORD.example, "驻马店")


def _fields(w: StudyWord) -> dict[str, object]:
    return {name: getattr(w, name) for name in StudyWord.__slots__}


def test_record_due_and_review_rows() -> None:
    with Store() as store:
        store.save_text("h", "t", "demo", [WORD])
        _answer(store, "暗访", "meaning", Grade.GOOD, T0)
        assert store.due_cards(T0) == []
        assert [c.word for c in store.due_cards(T0 + 601)] == ["暗访"]
        assert store.db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 1
        stats = store.stats(T0)
        assert stats["reviews"] == 1 and stats["accuracy"] == 1.0
        assert stats["skills"]["meaning"]["cards"] == 1


def test_word_becomes_known_when_all_cards_are_established() -> None:
    with Store() as store:
        store.save_text("h", "t", "demo", [WORD])
        now = T0
        for _ in range(8):
            _answer(store, "暗访", "meaning", Grade.GOOD, now)
            _answer(store, "暗访", "pinyin", Grade.AGAIN if now == T0 else Grade.GOOD, now)
            cards = store.cards()
            if min(c.stability or 0 for c in cards.values()) >= KNOWN_STABILITY:
                break
            assert store.known() == {}
            now = max(c.due for c in cards.values())
        assert store.known() == {"暗访": "auto"}


def test_known_add_remove() -> None:
    with Store() as store:
        assert store.add_known(["你好", "谢谢", "你好"]) == 2
        assert store.remove_known(["你好", "再见"]) == 1
        assert store.known() == {"谢谢": "manual"}


def test_not_sqlite_is_refused_and_left_alone(zh_home: Path) -> None:
    zh_home.mkdir(parents=True, exist_ok=True)
    path = zh_home / "progress.db"
    path.write_text("my shopping list\n")
    with pytest.raises(StoreError, match="not a zh-learn progress database"):
        Store()
    assert path.read_text() == "my shopping list\n"


def test_foreign_sqlite_is_refused_and_left_alone(zh_home: Path) -> None:
    zh_home.mkdir(parents=True, exist_ok=True)
    path = zh_home / "progress.db"
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE notes (body TEXT)")
    db.commit()
    db.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="did not create"):
        Store()
    assert path.read_bytes() == before


def test_damaged_database_is_reported(zh_home: Path) -> None:
    with Store() as store:
        store.save_text("h", "t", "demo", [WORD])
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = default_path()
    data = bytearray(path.read_bytes())
    data[100:] = b"\xff" * (len(data) - 100)
    path.write_bytes(bytes(data))
    with pytest.raises(StoreError, match="damaged|cannot read"):
        with Store() as store:
            store.words()
    assert path.read_bytes() == bytes(data)


def test_newer_schema_is_refused(zh_home: Path) -> None:
    with Store() as store:
        store.db.execute("PRAGMA user_version = 99")
    with pytest.raises(StoreError, match="newer zh-learn"):
        Store()


def test_open_existing_does_not_create(zh_home: Path) -> None:
    assert open_existing() is None
    assert not (zh_home / "progress.db").exists()


WRITER = textwrap.dedent(
    """
    import sys
    from zh_learn.study.srs import Grade, review
    from zh_learn.study.store import Store, StudyWord
    name, n = sys.argv[1], int(sys.argv[2])
    with Store() as store:
        words = [StudyWord(w, ("an4", "fang3"), "g") for w in ("暗访", "精准")]
        store.save_text("h", "t", "demo", words)
        for i in range(n):
            word = words[i % 2].word
            store.record(
                word, "meaning", correct=True, rating=3, duration_ms=1, answer=name,
                now=1.7e9 + i,
                update=lambda c, w=word, i=i: review(c, w, "meaning", Grade.GOOD, 1.7e9 + i),
            )
    """
)


def test_two_processes_write_at_once(zh_home: Path) -> None:
    n = 40
    procs = [
        subprocess.Popen([sys.executable, "-c", WRITER, name, str(n)], stderr=subprocess.PIPE)
        for name in ("a", "b")
    ]
    for p in procs:
        _, err = p.communicate(timeout=120)
        assert p.returncode == 0, err.decode()
    with Store() as store:
        rows = store.db.execute("SELECT answer, count(*) FROM reviews GROUP BY answer").fetchall()
        assert dict(rows) == {"a": n, "b": n}
        assert sum(c.reps for c in store.cards().values()) == 2 * n
        assert store.db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
