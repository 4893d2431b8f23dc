"""An acknowledged answer is a saved answer (issue 13, item 5): the quiz commits the review
before it shows "Right" or "Wrong", so killing it right after the feedback loses nothing."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

import pexpect
import pytest

from test_quiz_pty import reviews

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")


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


def test_self_graded_answer_is_saved_before_the_grade_is_asked(zh_home: Path) -> None:
    """With --grade the answer is committed (at the suggested rating) before "Right" is shown;
    the learner's grade then amends that review instead of adding one."""
    import random

    from zh_learn.study.quiz.questions import build
    from zh_learn.study.quiz.session import Session
    from zh_learn.study.store import Store, StudyWord

    word = StudyWord("暗访", ("an4", "fang3"), "to investigate in secret", "word", 7)
    question = build(word, "pinyin", [word], random.Random(1))
    assert question is not None
    seen: list[list[tuple[int, int]]] = []
    with Store() as store:
        store.save_text("h", "t", "demo", [word])
        answers = iter(["an4fang3", "1"])

        def ask(prompt: str) -> str | None:
            if prompt.strip().startswith("How well"):
                seen.append(store.db.execute("SELECT correct, rating FROM reviews").fetchall())
            return next(answers, None)

        ticks = iter(range(0, 1000, 5))
        Session(store, ask=ask, say=lambda _: None, grade=True,
                clock=lambda: float(next(ticks)), fuzz=False).run([question])
        final = store.db.execute("SELECT correct, rating FROM reviews").fetchall()
        card = store.db.execute("SELECT state, reps FROM cards").fetchall()
    assert len(seen) == 1 and len(seen[0]) == 1 and seen[0][0][0] == 1  # saved before asked
    assert final == [(1, 1)]  # the learner's "again" replaced the suggestion, one review only
    assert card[0][1] == 1
