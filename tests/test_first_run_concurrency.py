"""Two commands starting at the same instant on a fresh home (issue 13, item 4): creating the
progress database is safe under concurrency, and nobody is told it is damaged."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

#: Imports first, then waits for a shared start time, so both processes reach the progress
#: database together (process start-up alone would stagger them by ~100 ms).
DRIVER = (
    "import sys, time\n"
    "from zh_learn.cli.app import cli\n"
    "import zh_learn.study.store, zh_learn.study.known\n"
    "time.sleep(max(0.0, float(sys.argv[1]) - time.time()))\n"
    "cli(sys.argv[2:], prog_name='zh-learn')\n"
)
PAIRS = [
    (["known", "add", "你好"], ["known", "add", "谢谢"]),
    (["known", "add", "你好"], ["stats"]),
    (["stats"], ["known", "add", "谢谢"]),
    (["known", "add", "你好"], ["known", "list"]),
    (["review"], ["known", "add", "谢谢"]),
]
ROUNDS = 20


def start(home: Path, at: float, args: list[str]) -> subprocess.Popen[str]:
    env = {**os.environ, "ZH_LEARN_HOME": str(home)}
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER, repr(at), *args],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )


@pytest.mark.parametrize("round_", range(ROUNDS))
def test_first_run_pairs_never_fail(tmp_path: Path, round_: int) -> None:
    first, second = PAIRS[round_ % len(PAIRS)]
    home = tmp_path / "fresh-home"
    at = time.time() + 0.8
    procs = [start(home, at, first), start(home, at, second)]
    results = [(p.wait(120), *p.communicate()) for p in procs]
    for (code, _out, err), args in zip(results, (first, second), strict=True):
        assert code == 0, f"{args}: {err}"
        assert "damaged" not in err and "Error" not in err, err
    added = {a[2] for a in (first, second) if a[:2] == ["known", "add"]}
    db = sqlite3.connect(home / "progress.db")
    try:
        assert {w for (w,) in db.execute("SELECT word FROM known")} == added
        assert db.execute("PRAGMA application_id").fetchone()[0] == 0x7A684C6E
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        db.close()


def test_a_command_starting_while_another_creates_the_database_waits(tmp_path: Path) -> None:
    """Widen the race the red team hit (24 of 40 pairs): hold the creator's lock on the new
    file while a second command starts; it must wait, then use the database made."""
    from zh_learn.study.store import _SCHEMA, APPLICATION_ID, SCHEMA_VERSION

    home = tmp_path / "fresh-home"
    home.mkdir()
    creator = sqlite3.connect(home / "progress.db", isolation_level=None)
    creator.execute("BEGIN IMMEDIATE")
    env = {**os.environ, "ZH_LEARN_HOME": str(home)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "zh_learn", "known", "add", "谢谢"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    time.sleep(1.0)  # not an assertion: gives the second command time to meet the lock
    for statement in _SCHEMA.split(";\n"):
        if statement.strip():
            creator.execute(statement)
    creator.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    creator.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    creator.execute("COMMIT")
    creator.close()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert "damaged" not in err
    db = sqlite3.connect(home / "progress.db")
    try:
        assert db.execute("SELECT word FROM known").fetchall() == [("谢谢",)]
    finally:
        db.close()
