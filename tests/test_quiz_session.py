"""The quiz loop with injected input/output, a fixed clock and a real store."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

import click
import pytest

from zh_learn.study.quiz.questions import Question, build
from zh_learn.study.quiz.session import Session
from zh_learn.study.store import Store, StudyWord

NOW = 1_700_000_000.0
WORDS = [
    StudyWord("暗访", ("an4", "fang3"), "to investigate in secret", "word", 7,
              example="随后暗访疫情防控措施落实情况。", example_offset=2, text_title="驻马店"),
    StudyWord("精准", ("jing1", "zhun3"), "accurate; precise", "word", 6),
    StudyWord("预案", ("yu4", "an4"), "contingency plan", "word", 7),
    StudyWord("调度", ("diao4", "du4"), "to dispatch", "word", 6),
    StudyWord("督导", ("du1", "dao3"), "to supervise", "word", 7),
]


class Script:
    """Answers fed one by one; KeyboardInterrupt or None (end of input) when given."""

    def __init__(self, *lines: str | None | type[KeyboardInterrupt]) -> None:
        self.lines: Iterator[str | None | type[KeyboardInterrupt]] = iter(lines)
        self.out: list[str] = []
        self.prompts: list[str] = []

    def ask(self, prompt: str) -> str | None:
        self.prompts.append(prompt)
        line = next(self.lines, None)
        if line is KeyboardInterrupt:
            raise KeyboardInterrupt
        return line  # type: ignore[return-value]

    def say(self, text: str) -> None:
        self.out.append(text)

    @property
    def text(self) -> str:
        return "\n".join(self.out)


def clock(step: float = 10.0) -> Callable[[], float]:
    t = [0.0]

    def tick() -> float:
        t[0] += step
        return t[0]

    return tick


@pytest.fixture
def store() -> Iterator[Store]:
    with Store() as s:
        s.save_text("h", "驻马店", "demo", WORDS)
        yield s


def questions(skill: str = "pinyin") -> list[Question]:
    out = [build(w, skill, WORDS, random.Random(i)) for i, w in enumerate(WORDS)]
    return [q for q in out if q is not None]


def session(store: Store | None, script: Script, **kw: object) -> Session:
    return Session(store, ask=script.ask, say=script.say, clock=clock(), now=lambda: NOW,
                   fuzz=False, **kw)  # type: ignore[arg-type]


def test_answers_are_checked_saved_and_summarised(store: Store) -> None:
    script = Script("an4 fang3", "jing1 zhun4", "yù àn", "", "du1dao3")
    summary = session(store, script).run(questions())
    assert [a.correct for a in summary.answers] == [True, False, True, False, True]
    assert summary.stopped == "done"
    assert [a.rating for a in summary.answers] == [3, 1, 3, 1, 3]  # 10 s each: good
    assert "✓ Right" in script.text
    assert "✗ Wrong (tone error: syllable 2: tone 4, but zhǔn is tone 3)" in script.text
    assert "  暗访  àn fǎng  to investigate in secret" in script.text
    assert "随后【暗访】疫情防控措施落实情况。" in script.text
    assert "Score: 3/5 (60%) in 1:50" in script.text  # 11 clock ticks of 10 s
    assert "  精准  jīng zhǔn  (pinyin: jīng zhǔn)" in script.text
    rows = store.db.execute("SELECT word, correct, rating FROM reviews ORDER BY id").fetchall()
    assert rows == [("暗访", 1, 3), ("精准", 0, 1), ("预案", 1, 3), ("调度", 0, 1), ("督导", 1, 3)]
    assert len(store.cards()) == 5
    data = summary.to_json()
    assert data["correct"] == 3 and data["answered"] == 5 and data["score"] == 0.6
    assert [m["word"] for m in data["missed"]] == ["精准", "调度"]


@pytest.mark.parametrize(
    ("stop", "reason"), [("q", "quit"), (None, "eof"), (KeyboardInterrupt, "interrupted")]
)
def test_stopping_keeps_answers(store: Store, stop: object, reason: str) -> None:
    script = Script("an4 fang3", "jing1 zhun3", stop)  # type: ignore[arg-type]
    summary = session(store, script).run(questions())
    assert summary.stopped == reason
    assert len(summary.answers) == 2
    assert "Stopped after 2 of 5 questions; answers are saved." in script.text
    assert store.db.execute("SELECT count(*) FROM reviews").fetchone()[0] == 2


def test_help_and_unreadable_choices_ask_again(store: Store) -> None:
    qs = questions("meaning")[:1]
    right = str(qs[0].choices.index(qs[0].answer) + 1)
    script = Script("?", "7", right)
    summary = session(store, script).run(qs)
    assert summary.correct == 1
    assert "q  quit (answers so far are saved)" in script.text
    assert "  Answer 1-4, or ? for help." in script.text
    assert script.prompts == ["> ", "> ", "> "]


def test_self_grade(store: Store) -> None:
    script = Script("an4fang3", "4", "jing1zhun3", "")
    summary = session(store, script, grade=True).run(questions()[:2])
    assert [a.rating for a in summary.answers] == [4, 3]  # Enter keeps the suggestion


def test_retry_missed(store: Store) -> None:
    script = Script("an4fang3", "x", "", "", "", "y", "jing1zhun3", "yu4an4", "diao4du4", "", "n")
    summary = session(store, script).run(questions(), offer_retry=True)
    assert script.prompts.count("Retry the 4 missed? [y/N] ") == 1
    assert "Retry the 1 missed? [y/N] " in script.prompts  # after the retry round
    assert len(summary.answers) == 9
    assert summary.correct == 4


def test_colour_uses_tone_colours() -> None:
    script = Script("an4fang3")
    Session(None, ask=script.ask, say=script.say, style=click.style, clock=clock()).run(
        questions()[:1])
    assert "\x1b[35màn\x1b[0m \x1b[34mfǎng\x1b[0m" in script.text  # tone 4 purple, 3 blue
    plain = Script("an4fang3")
    Session(None, ask=plain.ask, say=plain.say, clock=clock()).run(questions()[:1])
    assert "\x1b[" not in plain.text
