"""The learner profile (zh-learn config) and what it leaves out of decks, quizzes and lists."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from zh_learn.cli.app import cli
from zh_learn.errors import InputError, StoreError
from zh_learn.models import Kind, VocabItem
from zh_learn.study import known
from zh_learn.study.learner import (
    LearnerProfile,
    cap,
    choose,
    load_profile,
    parse_level,
    set_setting,
)

REPO = Path(__file__).resolve().parent.parent
SEED = str(REPO / "decks" / "zhumadian-2021" / "article.txt")


def word(text: str, level: int | None, zipf: float | None, offset: int = 0) -> VocabItem:
    return VocabItem(text, text, ("a1",) * len(text), Kind.WORD, hsk_level=level, zipf=zipf,
                     first_offset=offset)


ITEMS = [
    word("的", 1, 7.8, 0), word("强调", 4, 4.5, 1), word("思想", 5, 5.0, 2),
    word("督导", None, 3.5, 3), word("贻误", 7, 2.1, 4), word("是", 1, 7.2, 5),
]


def test_profile_is_saved_with_the_progress_data(zh_home: Path) -> None:
    assert load_profile() == LearnerProfile()
    set_setting("level", "3")
    set_setting("skip-known", "no")
    assert load_profile() == LearnerProfile(level=3, skip_known=False)
    assert json.loads((zh_home / "learner.json").read_text()) == {
        "level": 3, "skip_known": False}
    set_setting("level", None)
    assert load_profile().level is None
    assert [parse_level(v) for v in ("1", "HSK 6", "7-9", "8")] == [1, 6, 7, 7]
    with pytest.raises(InputError, match="1-6 or 7-9"):
        parse_level("0")
    (zh_home / "learner.json").write_text("{not json")
    with pytest.raises(StoreError, match="learner profile"):
        load_profile()


def test_choose_leaves_out_the_level_and_known_words_and_says_so() -> None:
    got = choose(ITEMS, profile=LearnerProfile(level=4), known={"督导"})
    assert [i.simplified for i in got.items] == ["思想", "贻误"]
    assert got.left_out.at_level == ["的", "强调", "是"] and got.left_out.known == ["督导"]
    lines = got.left_out.lines()
    assert lines[0].startswith("3 at HSK 1-4 (your level") and "的、强调、是" in lines[0]
    assert lines[1].startswith("1 you know")
    everything = choose(ITEMS, profile=LearnerProfile(level=4), known={"督导"},
                        include_known=True)
    assert len(everything.items) == len(ITEMS) and not everything.left_out
    # An explicit --min-level replaces the profile's level.
    assert [i.simplified for i in choose(ITEMS, profile=LearnerProfile(level=4),
                                         min_level=1, max_level=1).items] == ["的", "是"]


def test_max_notes_keeps_the_commonest_in_text_order() -> None:
    kept, dropped = cap(ITEMS, 3)
    assert [i.simplified for i in kept] == ["的", "思想", "是"]
    assert [i.simplified for i in dropped] == ["强调", "督导", "贻误"]
    # A tie in frequency goes to the lower HSK level.
    tie = [word("甲", None, 4.0, 0), word("乙", 6, 4.0, 1), word("丙", 2, 4.0, 2)]
    assert [i.simplified for i in cap(tie, 1)[0]] == ["丙"]
    got = choose(ITEMS, max_notes=2)
    assert got.left_out.lines() == [
        "4 beyond --max-notes 2 (the least common), e.g. 思想、强调、督导、贻误"]


def test_config_command(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["config"], catch_exceptions=False)
    assert result.exit_code == 0
    assert result.output.splitlines()[0].split()[:2] == ["level", "(not"]
    assert runner.invoke(cli, ["config", "level", "3"]).output == "level = 3\n"
    assert runner.invoke(cli, ["config", "level"]).output == "3\n"
    assert runner.invoke(cli, ["config", "level", "7-9"]).output == "level = 7-9\n"
    assert runner.invoke(cli, ["config", "level", "--unset"]).output == "level = (not set)\n"
    bad = runner.invoke(cli, ["config", "level", "12"])
    assert bad.exit_code == 1 and bad.stderr == "Error: level must be 1-6 or 7-9, not '12'\n"
    assert runner.invoke(cli, ["config", "colour", "red"]).exit_code == 2


def test_deck_quiz_and_vocab_leave_out_what_the_learner_has(
    runner: CliRunner, tmp_path: Path
) -> None:
    plain = runner.invoke(cli, ["vocab", SEED, "-f", "json"], catch_exceptions=False)
    all_items = json.loads(plain.stdout)["items"]
    assert any(i["hsk_level"] == 1 for i in all_items) and "Left out" not in plain.stderr

    runner.invoke(cli, ["config", "level", "3"], catch_exceptions=False)
    mark = next(i["simplified"] for i in all_items if i["hsk_level"] is None)
    known.add([mark])
    result = runner.invoke(cli, ["vocab", SEED, "-f", "json"], catch_exceptions=False)
    items = json.loads(result.stdout)["items"]  # stdout stays clean JSON
    assert all(i["hsk_level"] is None or i["hsk_level"] > 3 for i in items)
    assert mark not in {i["simplified"] for i in items}
    at_level = sum(1 for i in all_items if i["hsk_level"] is not None and i["hsk_level"] <= 3)
    assert f"Left out: {at_level} at HSK 1-3 (your level" in result.stderr
    assert "1 you know" in result.stderr and "--include-known keeps them" in result.stderr
    again = runner.invoke(cli, ["vocab", SEED, "-f", "json", "--include-known"])
    assert len(json.loads(again.stdout)["items"]) == len(all_items)

    deck = runner.invoke(cli, ["anki", SEED, "--max-notes", "40", "--no-cloze",
                               "-o", str(tmp_path / "d.apkg")], catch_exceptions=False)
    assert deck.exit_code == 0, deck.output
    assert "notes   40: " in deck.stdout
    assert "beyond --max-notes 40 (the least common)" in deck.stderr

    quiz = runner.invoke(cli, ["quiz", SEED, "--mode", "meaning", "-n", "2", "--seed", "1",
                               "--json"], input="1\n1\n", catch_exceptions=False)
    assert quiz.exit_code == 0
    asked = {a["word"] for a in json.loads(quiz.stdout)["answers"]}
    levels = {i["simplified"]: i["hsk_level"] for i in all_items}
    assert all(levels[w] is None or levels[w] > 3 for w in asked)
    assert "Left out:" in quiz.stderr
