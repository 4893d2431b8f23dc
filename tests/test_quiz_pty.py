"""End to end in a real pseudo-terminal: quit and resume, Ctrl-C, two quizzes at once."""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pexpect
import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")

#: Generous: the first spawn in a fresh cache analyses the bundled article.
TIMEOUT = 180


def spawn(*args: str) -> pexpect.spawn:
    child = pexpect.spawn(
        sys.executable, ["-m", "zh_learn", *args], env=dict(os.environ), encoding="utf-8",
        timeout=TIMEOUT, dimensions=(40, 200),
    )
    return child


def reviews(home: Path) -> list[tuple[str, str, int]]:
    db = sqlite3.connect(home / "progress.db")
    try:
        return db.execute("SELECT word, skill, correct FROM reviews ORDER BY id").fetchall()
    finally:
        db.close()


def answer(child: pexpect.spawn, n: int, total: int, text: str = "xx") -> None:
    child.expect_exact(f"[{n}/{total}]")
    child.expect_exact("> ")
    child.sendline(text)
    child.expect(["Right", "Wrong"])


def test_quit_and_resume_keeps_progress(zh_home: Path) -> None:
    started = time.monotonic()
    child = spawn("quiz", "--mode", "pinyin", "--count", "5", "--seed", "3")
    answer(child, 1, 5)
    answer(child, 2, 5)
    child.expect_exact("[3/5]")
    child.expect_exact("> ")
    child.sendline("q")
    child.expect_exact("Stopped after 2 of 5 questions; answers are saved.")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    first = reviews(zh_home)
    assert len(first) == 2 and all(skill == "pinyin" for _, skill, _ in first)

    # Restart: the two words just missed are in learning (due in a minute), so new words come.
    child = spawn("quiz", "--mode", "pinyin", "--count", "5", "--seed", "3")
    answer(child, 1, 5)
    child.expect_exact("[2/5]")
    child.expect_exact("> ")
    child.sendeof()  # Ctrl-D: end of input stops cleanly too
    child.expect_exact("Stopped after 1 of 5 questions")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    after = reviews(zh_home)
    assert after[:2] == first and len(after) == 3
    if time.monotonic() - started < 50:
        # the missed words are due again a minute after they were missed: on a machine so
        # loaded that the two runs took longer, they are rightly asked again
        assert after[2][0] not in {w for w, _, _ in first}

    child = spawn("stats")
    child.expect_exact("Reviews: 3   Accuracy: 0%")
    child.expect(pexpect.EOF)


def test_ctrl_c_keeps_answers_and_exits_cleanly(zh_home: Path) -> None:
    child = spawn("quiz", "--mode", "tones", "--count", "4", "--seed", "5")
    answer(child, 1, 4, "1")
    child.expect_exact("[2/4]")
    child.expect_exact("> ")
    child.sendintr()
    child.expect_exact("Stopped after 1 of 4 questions; answers are saved.")
    child.expect(pexpect.EOF)
    output = child.before or ""
    child.close()
    assert child.exitstatus == 130
    assert child.signalstatus is None
    assert "Traceback" not in output
    assert len(reviews(zh_home)) == 1


def test_sigint_while_typing_an_answer(zh_home: Path) -> None:
    child = spawn("quiz", "--mode", "pinyin", "--count", "3", "--seed", "1")
    child.expect_exact("[1/3]")
    child.expect_exact("> ")
    child.send("ru2 lv")  # half typed, not sent
    # Wait for the echo: readline is then waiting for keys again (a signal that lands while
    # it is still handling a key is only noticed at the next key, a CPython readline limit
    # a person's Ctrl-C never meets).
    child.expect_exact("ru2 lv")
    child.kill(signal.SIGINT)
    # On a loaded machine the echo can come before readline is back to waiting; the signal is
    # then noticed at the next key, as the comment above says, so one more key wakes it.
    if child.expect_exact(["Stopped after 0 of 3 questions", pexpect.TIMEOUT], timeout=10):
        child.send("u")
        child.expect_exact("Stopped after 0 of 3 questions")
    child.expect(pexpect.EOF)
    assert "Traceback" not in (child.before or "")
    child.close()
    assert child.exitstatus == 130


def test_two_quizzes_answer_at_once(zh_home: Path) -> None:
    a = spawn("quiz", "--mode", "meaning", "--count", "6", "--seed", "1")
    b = spawn("quiz", "--mode", "meaning", "--count", "6", "--seed", "2")
    for n in range(1, 7):
        for child in (a, b):
            answer(child, n, 6, "1")
    for child in (a, b):
        child.expect_exact("Score: ")
        if child.expect([r"Retry the \d+ missed\? \[y/N\] ", pexpect.EOF]) == 0:
            child.sendline("n")
            child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0
    rows = reviews(zh_home)
    assert len(rows) == 12
    db = sqlite3.connect(zh_home / "progress.db")
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        reps = db.execute("SELECT sum(reps) FROM cards").fetchone()[0]
    finally:
        db.close()
    assert reps == 12


RECORDER = """\
import shutil, sys
from pathlib import Path
src = Path(sys.argv[1])
log = Path(sys.argv[2])
n = len(log.read_text(encoding="utf-8").splitlines()) if log.exists() else 0
shutil.copy(src, log.parent / f"played-{n}{src.suffix}")
with log.open("a", encoding="utf-8") as f:
    f.write(src.stem + "\\n")
"""


def test_listening_quiz_plays_each_word(zh_home: Path, tmp_path: Path) -> None:
    from zh_learn.audio import codec

    script = tmp_path / "recorder.py"
    script.write_text(RECORDER, encoding="utf-8")
    log = tmp_path / "played.txt"
    env = dict(os.environ, ZH_LEARN_PLAYER=f"{sys.executable} {script} {{}} {log}")
    child = pexpect.spawn(
        sys.executable, ["-m", "zh_learn", "quiz", "--mode", "listening", "-n", "3", "--seed", "4"],
        env=env, encoding="utf-8", timeout=TIMEOUT, dimensions=(40, 200),
    )
    for n in (1, 2, 3):
        child.expect_exact(f"[{n}/3]")
        child.expect_exact("🔊")
        child.expect_exact("> ")
        if n == 1:
            child.sendline("r")  # hear it again
            child.expect_exact("> ")
        child.sendline("")  # "I don't know" suits either kind of question
        child.expect(["Right", "Wrong"])
    child.expect_exact("Retry the 3 missed? [y/N] ")
    child.sendline("n")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    asked = [word for word, skill, _ in reviews(zh_home) if skill == "listening"]
    played = log.read_text(encoding="utf-8").split()
    assert len(asked) == 3
    assert played == [asked[0], asked[0], asked[1], asked[2]]
    for clip in tmp_path.glob("played-*.mp3"):
        assert 0.2 < codec.seconds(codec.decode(clip.read_bytes())) < 6
