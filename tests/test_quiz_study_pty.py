"""The quiz as a learner meets it, in a real pseudo-terminal: line editing, answers that are
asked again, pinyin for idiom blanks, retries, next-due times, idiom notes, polyphones."""

from __future__ import annotations

import re
import sqlite3
import sys
from collections import Counter
from pathlib import Path

import pexpect
import pytest

from test_quiz_pty import spawn
from zh_learn.models import Vocabulary

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")

TITLE = "蒿慧杰到西平县遂平县督导检查疫情防控工作"
_CHOICE = re.compile(r"^  (\d)\) (.*)$", re.M)
_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def answers(home: Path) -> list[tuple[str, str, str]]:
    db = sqlite3.connect(home / "progress.db")
    try:
        return db.execute("SELECT word, skill, answer FROM reviews ORDER BY id").fetchall()
    finally:
        db.close()


def text(child: pexpect.spawn) -> str:
    """What the child printed before the last match, without line ends or escape codes."""
    return _ANSI.sub("", (child.before or "").replace("\r", ""))


def question(child: pexpect.spawn, n: int, total: int) -> str:
    """Wait for question n and its prompt; returns the question's text."""
    child.expect_exact(f"[{n}/{total}]")
    head = text(child)
    child.expect_exact("\n> ")
    return f"{head}[{n}/{total}]{text(child)}"


def finish(child: pexpect.spawn) -> str:
    """Decline a retry if offered; wait for the end; returns the rest of the output."""
    out = ""
    if child.expect([r"Retry the \d+ missed\? \[y/N\] ", pexpect.EOF]) == 0:
        out = text(child)
        child.sendline("n")
        child.expect(pexpect.EOF)
    out += text(child)
    child.close()
    assert child.exitstatus == 0
    return out


def test_line_editing_with_readline(zh_home: Path) -> None:
    child = spawn("quiz", "--mode", "meaning", "--count", "1", "--seed", "1")
    question(child, 1, 1)
    # Type "x", jump to the start (Ctrl-A), type "1", jump to the end (Ctrl-E), delete "x".
    child.send("x\x011\x05\x7f\r")
    child.expect(["Right", "Wrong"])
    assert "Answer 1-4" not in text(child)
    finish(child)
    assert [a for _, _, a in answers(zh_home)] == ["1"]


@pytest.mark.parametrize(
    ("mode", "bad", "again"),
    [
        ("tones", ["你好", "8"], "Type one tone digit per syllable"),
        ("pinyin", ["3", "好的"], "Type pinyin with tone numbers or marks"),
    ],
)
def test_malformed_answers_are_asked_again(
    zh_home: Path, mode: str, bad: list[str], again: str
) -> None:
    child = spawn("quiz", "--mode", mode, "--count", "1", "--seed", "2")
    question(child, 1, 1)
    for line in bad:
        child.sendline(line)
        child.expect_exact(again)
        child.expect_exact("> ")
    child.sendline("ma1")
    child.expect(["Right", "Wrong"])
    finish(child)
    assert [a for _, _, a in answers(zh_home)] == ["ma1"]  # only the readable answer counts


def test_idiom_blanks_take_pinyin_and_feedback_explains_the_idiom(
    zh_home: Path, seed_vocab: Vocabulary
) -> None:
    idioms = [i for i in seed_vocab.items if str(i.kind) == "idiom"]
    child = spawn("quiz", "--mode", "idiom", "--count", "6", "--seed", "2")
    fill_ins = 0
    transcript = ""
    for n in range(1, 7):
        shown = question(child, n, 6)
        blanked = next((ln.strip() for ln in shown.splitlines() if "＿" in ln), None)
        if blanked is None:
            child.sendline("1")
        else:
            idiom = next(i for i in idioms if len(i.simplified) == len(blanked) and all(
                b in ("＿", c) for b, c in zip(blanked, i.simplified, strict=True)))
            missing = [s for b, s in zip(blanked, idiom.syllables, strict=True) if b == "＿"]
            child.sendline(" ".join(missing))
            child.expect_exact("✓ Right")
            fill_ins += 1
        child.expect_exact("Next review in")
        transcript += text(child)
    finish(child)
    assert fill_ins >= 1
    assert "出处: " in transcript and "Literally: " in transcript
    assert re.search(r"\n  .+ · .+ · .+ · ", transcript)  # the character gloss


def test_retry_reshuffles_and_the_title_is_shown_once(zh_home: Path) -> None:
    child = spawn("quiz", "--mode", "meaning", "--count", "3", "--seed", "4")
    first: dict[str, list[str]] = {}
    transcript = ""
    for n in range(1, 4):
        shown = question(child, n, 3)
        transcript += shown
        word = shown.split("\n")[-1 - len(_CHOICE.findall(shown))].strip()
        first[word] = [c for _, c in _CHOICE.findall(shown)]
        child.sendline("")  # I don't know
        child.expect(r"Next review in \d+ min")
    child.expect_exact("Retry the 3 missed? [y/N] ")
    transcript += text(child)
    child.sendline("y")
    for n in range(1, 4):
        shown = question(child, n, 3)
        transcript += shown
        word = shown.split("\n")[-1 - len(_CHOICE.findall(shown))].strip()
        again = [c for _, c in _CHOICE.findall(shown)]
        assert sorted(again) == sorted(first[word]) and again != first[word]
        child.sendline("q")
        break
    transcript += finish(child)
    assert transcript.count(TITLE) == 1


def test_polyphones_are_asked_with_their_sentence(zh_home: Path) -> None:
    from zh_learn.study.quiz.polyphones import is_polyphone

    total = 25
    child = spawn("quiz", "--mode", "pinyin", "--count", str(total), "--seed", "7")
    seen = Counter[bool]()
    for n in range(1, total + 1):
        lines = question(child, n, total).split("\n")
        at = next(i for i, ln in enumerate(lines) if ln.startswith(f"[{n}/{total}]"))
        word = lines[at + 1].strip()
        context = [ln for ln in lines[at + 2 :] if ln.startswith("  in: ")]
        seen[is_polyphone(word)] += 1
        if is_polyphone(word):
            assert context and f"【{word}】" in context[0]
        else:
            assert not context
        child.sendline("")
    finish(child)
    assert seen[True] >= 1 and seen[False] >= 1
