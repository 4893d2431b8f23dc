"""An acknowledged answer is a saved answer (issue 13, item 5): the quiz commits the review
before it shows "Right" or "Wrong", so killing it right after the feedback loses nothing."""

from __future__ import annotations

import os
import signal
import sqlite3
import sys
from pathlib import Path

import pexpect
import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")


def reviews(home: Path) -> list[tuple[str, str, int]]:
    db = sqlite3.connect(home / "progress.db")
    try:
        return db.execute("SELECT word, skill, correct FROM reviews ORDER BY id").fetchall()
    finally:
        db.close()


@pytest.mark.parametrize("run", range(5))
@pytest.mark.parametrize(("answer", "feedback", "correct"), [("xue2 xi2", "Right", 1),
                                                             ("ma1", "Wrong", 0)])
def test_kill_right_after_the_feedback_keeps_the_answer(
    zh_home: Path, tmp_path: Path, run: int, answer: str, feedback: str, correct: int
) -> None:
    text = tmp_path / "one-word.txt"
    text.write_text("学习。\n", encoding="utf-8")
    child = pexpect.spawn(
        sys.executable, ["-m", "zh_learn", "quiz", str(text), "--mode", "pinyin", "-n", "1"],
        env=dict(os.environ), encoding="utf-8", timeout=180, dimensions=(40, 200),
    )
    child.expect_exact("学习")
    child.expect_exact("> ")
    child.sendline(answer)
    child.expect_exact(feedback)
    child.kill(signal.SIGKILL)  # at once: the red team lost 10 of 10 answers this way
    child.close(force=True)
    assert reviews(zh_home) == [("学习", "pinyin", correct)]
