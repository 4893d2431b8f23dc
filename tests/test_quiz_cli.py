"""quiz, review and stats through click, with answers piped in (scripting mode)."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from zh_learn.cli.app import cli


def run(runner: CliRunner, args: list[str], stdin: str = "") -> tuple[int, str, str]:
    result = runner.invoke(cli, args, input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", [["quiz"], ["review"], ["stats"], ["known"],
                                     ["known", "import"], ["known", "add"]])
def test_help(runner: CliRunner, command: list[str]) -> None:
    code, out, _ = run(runner, [*command, "--help"])
    assert code == 0
    assert "Usage: " in out and len(out.splitlines()) > 3


def test_scripted_quiz_json_then_stats(runner: CliRunner, zh_home: Path) -> None:
    code, out, err = run(
        runner, ["quiz", "--mode", "meaning", "-n", "3", "--seed", "4", "--json"], "1\n2\n3\n"
    )
    assert code == 0, err
    summary = json.loads(out)  # stdout holds only the JSON; the quiz went to stderr
    assert summary["asked"] == 3 and summary["answered"] == 3
    assert summary["stopped"] == "done"
    assert [a["given"] for a in summary["answers"]] == ["1", "2", "3"]
    assert {a["skill"] for a in summary["answers"]} == {"meaning"}
    assert "[1/3] What does this" in err and "> 1\n" in err
    assert "Retry" not in err  # never offered when stdin is not a terminal

    code, out, _ = run(runner, ["stats", "--json"])
    stats = json.loads(out)
    assert stats["reviews"] == 3 and stats["texts"] == 1 and stats["cards"] == 3
    assert stats["skills"]["meaning"]["reviews"] == 3

    code, out, _ = run(runner, ["stats"])
    assert "Reviews: 3" in out and "meaning" in out


def test_seed_makes_the_quiz_reproducible(runner: CliRunner) -> None:
    args = ["quiz", "--mode", "meaning", "--mode", "hanzi", "-n", "4", "--seed", "9"]
    first = run(runner, args, "q\n")[1]
    second = run(runner, args, "q\n")[1]
    assert first == second and "[1/4]" in first


def test_end_of_input_stops_cleanly(runner: CliRunner) -> None:
    code, out, _ = run(runner, ["quiz", "--mode", "tones", "-n", "5", "--seed", "1"], "1\n")
    assert code == 0
    assert "Stopped after 1 of 5 questions; answers are saved." in out


def test_review_asks_due_cards_from_the_store(runner: CliRunner, zh_home: Path) -> None:
    code, out, _ = run(runner, ["review"])
    assert code == 0 and "Nothing is due. Start with `zh-learn quiz`" in out
    run(runner, ["quiz", "--mode", "pinyin", "-n", "2", "--seed", "2"], "x\nx\n")
    code, out, _ = run(runner, ["review"])
    assert "Nothing is due. Next review in 1 min." in out
    db = sqlite3.connect(zh_home / "progress.db")
    with db:
        db.execute("UPDATE cards SET due = 0")
    db.close()
    code, out, _ = run(runner, ["review", "--json"], "x\nq\n")
    summary = json.loads(out)
    assert summary["asked"] == 2 and summary["answered"] == 1 and summary["stopped"] == "quit"
    assert summary["answers"][0]["skill"] == "pinyin"


def test_skip_known_leaves_known_words_out(runner: CliRunner) -> None:
    code, out, _ = run(runner, ["quiz", "--mode", "pinyin", "-n", "1", "--seed", "1",
                                "--json"], "q\n")
    first = json.loads(out)
    assert first["answered"] == 0
    # The first run stored every word of the text; mark all but one known.
    from zh_learn.study.store import Store

    with Store() as store:
        words = list(store.words())
    run(runner, ["known", "add", *words[:-1]])
    code, out, err = run(runner, ["quiz", "--skip-known", "--mode", "pinyin", "-n", "1",
                                  "--seed", "1"], "q\n")
    assert code == 0
    prompt = out.split("[1/1]")[1].splitlines()[1].strip()
    assert prompt == words[-1]


def test_foreign_database_is_a_clear_error(runner: CliRunner, zh_home: Path) -> None:
    zh_home.mkdir(parents=True, exist_ok=True)
    (zh_home / "progress.db").write_bytes(b"\x00" * 64)
    result = runner.invoke(cli, ["quiz", "-n", "1"], input="q\n")
    assert result.exit_code == 1
    assert "is not a zh-learn progress database" in result.stderr
    assert (zh_home / "progress.db").read_bytes() == b"\x00" * 64


def test_bad_options_are_usage_errors(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["quiz", "--mode", "spelling"])
    assert result.exit_code == 2
    result = runner.invoke(cli, ["quiz", "--count", "0"])
    assert result.exit_code == 2


def test_stats_forecast_and_iso_dates(runner: CliRunner) -> None:
    import re
    from datetime import date, datetime, timedelta

    code, _, err = run(runner, ["quiz", "--mode", "meaning", "-n", "4", "--seed", "3"],
                       "\n\n\n\n")
    assert code == 0, err
    assert err == "" or "Left out" not in err
    code, out, _ = run(runner, ["stats", "--json"])
    stats = json.loads(out)
    iso = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d"
    assert re.fullmatch(iso, stats["next_due"]) and re.fullmatch(iso, stats["now"])
    assert datetime.fromisoformat(stats["next_due"]) > datetime.fromisoformat(stats["now"])
    today = date.today()
    assert [d["date"] for d in stats["forecast"]] == [
        (today + timedelta(days=i)).isoformat() for i in range(7)]
    # Four misses: all four cards come back within minutes (today, or just after midnight).
    assert sum(d["due"] for d in stats["forecast"][:2]) == 4
    code, out, _ = run(runner, ["stats"])
    assert re.search(r"Due by day: today \d+  tomorrow \d+  \w{3} 0", out)


def test_meaning_options_have_balanced_brackets_and_varied_idioms(runner: CliRunner) -> None:
    from collections import Counter

    code, out, _ = run(runner, ["quiz", "--mode", "meaning", "-n", "40", "--seed", "5"],
                       "\n" * 40)
    assert code == 0
    options = re.findall(r"^  \d\) (.*)$", out, re.M)
    assert len(options) >= 100
    for option in options:
        assert option.count("(") == option.count(")"), option
        assert option.count("[") == option.count("]"), option
    # The article has ten idioms: their meaning questions draw on other idioms too, and
    # an idiom already offered ranks lower, so no few are recycled.
    code, out, _ = run(runner, ["quiz", "--mode", "meaning", "--kind", "idiom", "-n", "10",
                                "--seed", "1"], "\n" * 10)
    assert code == 0
    asked = re.findall(r"^\[\d+/\d+\] What does this idiom mean\?", out, re.M)
    shown = Counter(re.findall(r"^  \d\) (.*)$", out, re.M))
    assert len(asked) == 10 and sum(shown.values()) == 40
    assert max(shown.values()) <= 3, shown.most_common(3)
