"""Where outputs go (issue 13, items 1, 2 and 21): FIFOs and devices are streamed into, never
renamed over; symlinks replace their target; permissions are kept; a missing folder is an
error; an output is never one of the inputs; temporary files of killed runs are cleaned."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from zh_learn.cli.app import cli
from zh_learn.fileio import replacing

TEXT = "我们在国内学习中文。今天天气很好，我们一起去图书馆看书。\n"
root_only = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making device nodes needs root"
)


def one_line_error(result: Result, *needles: str) -> None:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for needle in needles:
        assert needle in lines[0]


def names(folder: Path) -> list[str]:
    """What a command left in ``folder`` (the test's own ZH_LEARN_HOME aside)."""
    return sorted(p.name for p in folder.iterdir() if p.name != "zh-home")


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def read_fifo(path: Path, sink: list[bytes]) -> threading.Thread:
    def reader() -> None:
        with open(path, "rb") as fh:
            sink.append(fh.read())

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    return thread


# -- item 1: devices, FIFOs, symlinks, permissions, missing folders ------------------------


@pytest.mark.parametrize("command", ["wordlist", "anki", "handout"])
def test_output_onto_a_fifo_is_streamed_not_replaced(
    runner: CliRunner, tmp_path: Path, article: Path, command: str
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    thread = read_fifo(fifo, got)
    result = runner.invoke(cli, [command, str(article), "-o", str(fifo)])
    thread.join(60)
    assert result.exit_code == 0, result.output
    assert stat.S_ISFIFO(fifo.lstat().st_mode)
    assert got and got[0]
    if command == "anki":
        assert got[0].startswith(b"PK")  # a whole .apkg (zip) came through the pipe
    assert names(tmp_path) == ["article.txt", "pipe"]


@root_only
def test_output_onto_a_character_device_keeps_the_device(
    runner: CliRunner, tmp_path: Path, article: Path
) -> None:
    null = tmp_path / "null"
    os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    for args in (["wordlist", str(article)], ["anki", str(article)], ["vocab", str(article)]):
        result = runner.invoke(cli, [*args, "-o", str(null)] if args[0] != "vocab" else args)
        assert result.exit_code == 0, result.output
        assert stat.S_ISCHR(null.lstat().st_mode)
    assert names(tmp_path) == ["article.txt", "null"]


def test_symlinked_output_replaces_the_target_and_keeps_the_link(
    runner: CliRunner, tmp_path: Path, article: Path
) -> None:
    real = tmp_path / "real" / "words.md"
    real.parent.mkdir()
    real.write_text("old list\n", encoding="utf-8")
    link = tmp_path / "words.md"
    link.symlink_to(real)
    result = runner.invoke(cli, ["wordlist", str(article), "-o", str(link)])
    assert result.exit_code == 0, result.output
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert "学习" in real.read_text(encoding="utf-8")
    # A dangling link gets its target created.
    dangling = tmp_path / "new.md"
    dangling.symlink_to(tmp_path / "real" / "new-target.md")
    assert runner.invoke(cli, ["wordlist", str(article), "-o", str(dangling)]).exit_code == 0
    assert dangling.is_symlink() and (tmp_path / "real" / "new-target.md").is_file()


def test_existing_output_keeps_its_permissions(
    runner: CliRunner, tmp_path: Path, article: Path
) -> None:
    out = tmp_path / "words.csv"
    out.write_text("x", encoding="utf-8")
    out.chmod(0o600)
    assert runner.invoke(cli, ["wordlist", str(article), "-o", str(out)]).exit_code == 0
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    deck = tmp_path / "deck.apkg"
    deck.write_bytes(b"x")
    deck.chmod(0o640)
    assert runner.invoke(cli, ["anki", str(article), "-o", str(deck)]).exit_code == 0
    assert stat.S_IMODE(deck.stat().st_mode) == 0o640


@pytest.mark.parametrize("command", ["wordlist", "anki", "handout"])
def test_output_into_a_missing_folder_is_an_error_not_a_file(
    runner: CliRunner, tmp_path: Path, article: Path, command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, [command, str(article), "-o", "newdir/"])
    one_line_error(result, "does not exist")
    assert not (tmp_path / "newdir").exists()


def test_anki_into_an_existing_folder_names_the_deck(
    runner: CliRunner, tmp_path: Path, article: Path
) -> None:
    folder = tmp_path / "decks"
    folder.mkdir()
    assert runner.invoke(cli, ["anki", str(article), "-o", f"{folder}/"]).exit_code == 0
    assert [p.name for p in folder.iterdir()] == ["article.apkg"]


# -- item 2: the output may not be an input ----------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["anki", "{a}", "-o", "{a}"],
        ["wordlist", "{a}", "-o", "{a}"],
        ["wordlist", "{b}", "{a}", "-o", "{a}"],
        ["wordlist", "{b}", "--known", "{a}", "-o", "{a}"],
        ["handout", "{a}", "-o", "{a}"],
        ["anki", "{a}", "-o", "{link}"],
        ["wordlist", "{a}", "-o", "{hard}"],
    ],
    ids=["anki", "wordlist", "wordlist-second", "wordlist-known", "handout", "symlink",
         "hardlink"],
)
def test_output_equal_to_the_input_is_refused(
    runner: CliRunner, tmp_path: Path, article: Path, args: list[str]
) -> None:
    other = tmp_path / "b.txt"
    other.write_text("第二课：我们去北京。\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(article)
    hard = tmp_path / "hard.txt"
    os.link(article, hard)
    filled = [a.format(a=article, b=other, link=link, hard=hard) for a in args]
    result = runner.invoke(cli, filled)
    one_line_error(result, "is the input file")
    assert article.read_text(encoding="utf-8") == TEXT


def test_build_refuses_a_recipe_output_onto_its_article(runner: CliRunner, tmp_path: Path) -> None:
    recipe = tmp_path / "deck"
    recipe.mkdir()
    (recipe / "article.txt").write_text(TEXT, encoding="utf-8")
    (recipe / "recipe.toml").write_text('text = "article.txt"\noutput = "article.txt"\n')
    result = runner.invoke(cli, ["build", str(recipe), "-o", str(recipe)])
    assert result.exit_code == 1 and "is the input file" in result.stderr
    assert (recipe / "article.txt").read_text(encoding="utf-8") == TEXT


# -- item 21: temporary files left by kill -9 are cleaned up by the next run -------------


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def test_stale_temporary_files_of_dead_processes_are_removed(tmp_path: Path) -> None:
    dead = _dead_pid()
    stale = tmp_path / f".t.apkg.{dead}.abcd1234.tmp"
    stale.write_bytes(b"half a deck")
    old_style = tmp_path / ".t.apkg.zzzzzzzz.tmp"
    old_style.write_bytes(b"older zh-learn")
    os.utime(old_style, (time.time() - 3 * 86400,) * 2)
    live = tmp_path / f".t.apkg.{os.getpid()}.efgh5678.tmp"
    live.write_bytes(b"being written by a running process")
    other = tmp_path / f".other.apkg.{dead}.abcd1234.tmp"
    other.write_bytes(b"another target's file: left to its own next write")
    with replacing(tmp_path / "t.apkg") as tmp:
        tmp.write_bytes(b"deck")
    assert not stale.exists() and not old_style.exists()
    assert live.exists() and other.exists()
    assert (tmp_path / "t.apkg").read_bytes() == b"deck"


def test_kill_9_during_export_leaves_nothing_after_the_next_run(tmp_path: Path) -> None:
    """Kill ``anki`` while it writes (its temporary .apkg is there), then run it again."""
    article = tmp_path / "t.txt"
    article.write_text(TEXT * 200, encoding="utf-8")
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    env = {**os.environ, "TMPDIR": str(scratch)}
    out = tmp_path / "t.apkg"
    cmd = [sys.executable, "-m", "zh_learn", "anki", str(article), "-o", str(out)]
    killed = False
    for _ in range(20):  # the write window is short: try until a kill lands inside it
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while proc.poll() is None:
            if list(tmp_path.glob(".t.apkg.*.tmp")) or list(scratch.glob("zh-learn-anki-*")):
                proc.send_signal(signal.SIGKILL)
                proc.wait()
                killed = True
                break
            time.sleep(0.001)
        if killed:
            break
        out.unlink(missing_ok=True)
    if not killed:
        pytest.skip("the export finished before a kill landed in its write window")
    leftovers = list(tmp_path.glob(".t.apkg.*.tmp")) + list(scratch.glob("zh-learn-anki-*"))
    assert leftovers  # what the red team saw
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert not list(tmp_path.glob(".t.apkg.*.tmp"))
    assert not list(scratch.glob("zh-learn-anki-*"))
    with zipfile.ZipFile(out) as zf:
        assert "collection.anki2" in zf.namelist()


def test_stale_anki_scratch_folders_are_removed(tmp_path: Path, article: Path) -> None:
    dead = _dead_pid()
    scratch = Path(tempfile.gettempdir()) / f"zh-learn-anki-{dead}-abcd"
    scratch.mkdir()
    (scratch / "tmpdb").write_bytes(b"x")
    live = Path(tempfile.gettempdir()) / f"zh-learn-anki-{os.getpid()}-live"
    live.mkdir()
    result = CliRunner().invoke(cli, ["anki", str(article), "-o", str(tmp_path / "a.apkg")])
    assert result.exit_code == 0, result.output
    assert not scratch.exists() and live.exists()
