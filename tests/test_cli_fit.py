"""The command line as a shell user meets it: file completion, pipes, terminal width, colour
and one name per option."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from zh_learn.cli.app import cli

REPO = Path(__file__).resolve().parent.parent
SEED = str(REPO / "decks" / "zhumadian-2021" / "article.txt")


def _width(line: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in line)


def _complete(args: str, cwd: Path) -> list[str]:
    """What bash completion offers for ``zh-learn <args>`` (click's completion protocol)."""
    env = dict(os.environ, _ZH_LEARN_COMPLETE="bash_complete", COMP_WORDS=f"zh-learn {args}",
               COMP_CWORD=str(len(args.split(" "))))
    out = subprocess.run([sys.executable, "-c", "from zh_learn.cli.app import main; main()"],
                         env=env, cwd=cwd, capture_output=True, text=True, check=True)
    return out.stdout.splitlines()


@pytest.mark.parametrize("command", ["vocab", "quiz", "anki", "build", "pinyin", "wordlist",
                                     "profile", "handout", "worksheet", "exercises",
                                     "known import", "known import-anki",
                                     "wordlist --known", "char --from"])
def test_file_arguments_complete_as_files(tmp_path: Path, command: str) -> None:
    # click answers "file,<text>" and the shell then lists matching files itself.
    assert _complete(f"{command} art", tmp_path) == ["file,art"]


def test_subcommands_complete(tmp_path: Path) -> None:
    assert "plain,vocab" in _complete("vo", tmp_path)
    assert "plain,--format" in _complete("vocab --fo", tmp_path)


def test_vocab_into_a_closed_pipe_exits_quietly(tmp_path: Path) -> None:
    env = dict(os.environ, ZH_LEARN_HOME=str(tmp_path))
    vocab = subprocess.Popen([sys.executable, "-m", "zh_learn", "vocab", SEED, "--all-kinds"],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    head = subprocess.run(["head", "-n", "2"], stdin=vocab.stdout, capture_output=True,
                          check=True)
    assert vocab.stdout is not None and vocab.stderr is not None
    vocab.stdout.close()  # only head holds the read end now
    err = vocab.stderr.read().decode()
    vocab.stderr.close()
    assert vocab.wait() == 0
    assert err == "" and len(head.stdout.splitlines()) == 2


@pytest.mark.parametrize("columns", [80, 120])
def test_vocab_table_fits_the_terminal(runner: CliRunner, columns: int) -> None:
    result = runner.invoke(cli, ["vocab", SEED, "--all-kinds"], env={"COLUMNS": str(columns)},
                           catch_exceptions=False)
    lines = result.stdout.splitlines()
    assert len(lines) > 400
    assert max(_width(line) for line in lines) <= columns
    assert any(line.endswith("…") for line in lines)  # long meanings are cut, not wrapped
    if columns == 120:
        assert any(_width(line) > 100 for line in lines)  # a wide terminal is used


def test_vocab_and_pinyin_colour_tones(runner: CliRunner) -> None:
    plain = runner.invoke(cli, ["vocab", SEED, "--kind", "idiom"], catch_exceptions=False)
    assert "\x1b[" not in plain.stdout  # not a terminal (and NO_COLOR is set in the tests)
    coloured = runner.invoke(cli, ["vocab", SEED, "--kind", "idiom", "--color"],
                             catch_exceptions=False, color=True)
    assert "\x1b[32mrú\x1b[0m \x1b[34mlǚ\x1b[0m \x1b[32mbó\x1b[0m \x1b[31mbīng\x1b[0m" in \
        coloured.stdout
    no = runner.invoke(cli, ["vocab", SEED, "--kind", "idiom", "--no-color"], color=True)
    assert "\x1b[" not in no.stdout
    stripped = [re.sub(r"\x1b\[[0-9;]*m", "", ln) for ln in coloured.stdout.splitlines()]
    assert stripped == plain.stdout.splitlines()  # colour never moves a column

    text = runner.invoke(cli, ["pinyin", "你好", "--color"], catch_exceptions=False, color=True)
    assert text.stdout.splitlines()[1] == (
        "\x1b[34m你\x1b[0m\x1b[34m好\x1b[0m(\x1b[34mnǐ\x1b[0m \x1b[34mhǎo\x1b[0m)")
    assert runner.invoke(cli, ["pinyin", "你好"]).stdout.splitlines()[1] == "你好(nǐ hǎo)"


def test_one_name_per_option_with_old_names_hidden(runner: CliRunner) -> None:
    new = runner.invoke(cli, ["wordlist", SEED, "--level", "5", "-f", "tsv"],
                        catch_exceptions=False)
    old = runner.invoke(cli, ["wordlist", SEED, "--above", "5", "-f", "tsv"],
                        catch_exceptions=False)
    assert new.exit_code == old.exit_code == 0 and new.stdout == old.stdout
    assert "--above" not in runner.invoke(cli, ["wordlist", "--help"]).stdout
    as_json = runner.invoke(cli, ["profile", SEED, "-f", "json"], catch_exceptions=False)
    legacy = runner.invoke(cli, ["profile", SEED, "--json"], catch_exceptions=False)
    assert as_json.stdout == legacy.stdout and as_json.stdout.startswith("{")
    assert "--json" not in runner.invoke(cli, ["profile", "--help"]).stdout
    for command in ("vocab", "wordlist", "profile"):
        assert "-f, --format" in runner.invoke(cli, [command, "--help"]).stdout
