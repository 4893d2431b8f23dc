"""A progress database that is damaged, foreign, busy, read-only or on a full disk (issue 13,
items 3, 4 and 10): nothing writes into a file zh-learn did not create or cannot trust, reads
warn, and every failure is one line naming its cause."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from zh_learn.cli.app import cli
from zh_learn.errors import StoreError
from zh_learn.study.store import Store, default_path

TEXT = "我们在国内学习中文。今天天气很好，我们一起去图书馆看书。\n"
root_only = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="needs root (chattr, mount)"
)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line_error(result: Result, *needles: str) -> str:
    assert result.exit_code == 1, (result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for needle in needles:
        assert needle in lines[0], lines[0]
    return lines[0]


def corrupt_a_page(path: Path) -> None:
    """Overwrite the cell area of a leaf page of the known-words table."""
    data = bytearray(path.read_bytes())
    page = 4096
    offset = page * (len(data) // page - 2) + 200
    data[offset : offset + 300] = b"\xab" * 300
    path.write_bytes(bytes(data))


@pytest.fixture
def damaged(zh_home: Path) -> Path:
    with Store() as store:
        store.add_known([chr(0x4E00 + i) + chr(0x4E01 + i) for i in range(2000)])
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = default_path()
    corrupt_a_page(path)
    return path


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


# -- item 3: damaged, foreign, damaged schema --------------------------------------------


@pytest.mark.parametrize(
    "args", [["known", "add", "你好"], ["known", "remove", "一丁"], ["quiz", "{a}", "-n", "1"]],
    ids=["known-add", "known-remove", "quiz"],
)
def test_damaged_page_refuses_every_write(
    runner: CliRunner, damaged: Path, article: Path, args: list[str]
) -> None:
    before = digest(damaged)
    result = runner.invoke(cli, [a.format(a=article) for a in args], input="q\n")
    one_line_error(result, "is damaged", "nothing was written")
    assert digest(damaged) == before


@pytest.mark.parametrize(
    "args", [["known", "list"], ["known", "export"], ["stats"]], ids=["list", "export", "stats"]
)
def test_damaged_page_is_reported_by_read_commands(
    runner: CliRunner, damaged: Path, args: list[str]
) -> None:
    before = digest(damaged)
    result = runner.invoke(cli, args)
    assert result.stderr.startswith("Warning: progress database"), result.stderr
    assert "is damaged" in result.stderr
    assert digest(damaged) == before


def foreign_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path)
    db.execute("PRAGMA user_version = 7")
    db.commit()
    db.close()


@pytest.mark.parametrize(
    "args",
    [["stats"], ["known", "add", "你好"], ["known", "remove", "你好"], ["known", "list"],
     ["known", "export"], ["review"], ["quiz", "{a}", "-n", "1"], ["vocab", "{a}", "--skip-known"]],
    ids=["stats", "add", "remove", "list", "export", "review", "quiz", "skip-known"],
)
def test_foreign_sqlite_file_is_never_taken_over(
    runner: CliRunner, zh_home: Path, article: Path, args: list[str]
) -> None:
    path = zh_home / "progress.db"
    foreign_file(path)
    before = digest(path)
    result = runner.invoke(cli, [a.format(a=article) for a in args], input="q\n")
    one_line_error(result, "did not create")
    assert digest(path) == before
    assert sorted(p.name for p in zh_home.iterdir() if p.name != "cache") == ["progress.db"]


def test_damaged_schema_quiz_writes_nothing(
    runner: CliRunner, zh_home: Path, article: Path
) -> None:
    with Store() as store:
        store.db.execute("DROP TABLE cards")
        store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    result = runner.invoke(cli, ["quiz", str(article), "-n", "1"], input="q\n")
    one_line_error(result, "table cards is missing")
    db = sqlite3.connect(default_path())
    try:
        assert db.execute("SELECT count(*) FROM words").fetchone() == (0,)
        assert db.execute("SELECT count(*) FROM texts").fetchone() == (0,)
    finally:
        db.close()


# -- item 4: busy is never damaged; a full disk says so ----------------------------------


def test_a_locked_database_is_called_busy_not_damaged(zh_home: Path) -> None:
    with Store() as store:
        store.add_known(["你好"])
    holder = sqlite3.connect(default_path(), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreError) as caught:
            with Store(timeout=0.2) as store:
                store.add_known(["谢谢"])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    message = str(caught.value)
    assert "busy" in message and "damaged" not in message and "move it away" not in message


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    mount = tmp_path / "small-disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs: {made.stderr.decode().strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def zh_learn(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "ZH_LEARN_HOME": str(home)}
    return subprocess.run(
        [sys.executable, "-m", "zh_learn", *args], env=env, capture_output=True, text=True
    )


@root_only
def test_full_disk_says_disk_full(small_disk: Path) -> None:
    assert zh_learn(small_disk, "known", "add", "你好").returncode == 0
    fd = os.open(small_disk / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        while os.write(fd, b"\0" * 4096):
            pass
    except OSError:
        pass
    finally:
        os.close(fd)
    words = [chr(0x4E00 + i) + chr(0x4E01 + i) for i in range(3000)]
    proc = zh_learn(small_disk, "known", "add", *words)
    assert proc.returncode == 1, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "disk is full" in lines[0], proc.stderr
    (small_disk / "filler").unlink()
    listed = zh_learn(small_disk, "known", "list")
    assert listed.returncode == 0 and listed.stdout == "你好\tmanual\n"


# -- item 10: SQLite write errors are one line naming the cause --------------------------


@root_only
def test_immutable_file_is_read_only_in_one_line(tmp_path: Path) -> None:
    home = tmp_path / f"home-{uuid.uuid4().hex[:6]}"
    assert zh_learn(home, "known", "add", "你好").returncode == 0
    path = home / "progress.db"
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("chattr +i is not supported here")
    try:
        proc = zh_learn(home, "known", "add", "谢谢")
        listed = zh_learn(home, "known", "list")
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "is read-only" in lines[0], proc.stderr
    assert listed.returncode == 0 and listed.stdout == "你好\tmanual\n"


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root writes anyway")
def test_read_only_file_is_read_only_in_one_line(runner: CliRunner, zh_home: Path) -> None:
    with Store() as store:
        store.add_known(["你好"])
    default_path().chmod(0o444)
    one_line_error(runner.invoke(cli, ["known", "add", "谢谢"]), "read-only")


def test_damaged_file_mid_write_is_one_line(runner: CliRunner, damaged: Path) -> None:
    """Even a command that skips the check at open (a library caller) gets one line."""
    store = Store.__new__(Store)
    store.db = sqlite3.connect(damaged, isolation_level=None)
    store.path, store.readonly, store.timeout = damaged, False, 1.0
    try:
        with pytest.raises(StoreError, match="is damaged"):
            store.add_known([chr(0x4E00 + i) + "子" for i in range(3000)])
    finally:
        store.close()
