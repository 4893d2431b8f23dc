"""The command line as a user meets it: help, vocab output formats and every bad input."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from zh_learn.cli.app import COMMANDS, SHORT_HELP, cli

HEAVY = {"jieba", "pypinyin", "genanki", "g2pM", "wordfreq", "fsrs", "numpy"}


def test_cli_import_is_light() -> None:
    code = (
        "import sys, zh_learn.cli.app;"
        f"print(sorted(set({sorted(HEAVY)!r}) & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_help_runs_without_heavy_imports() -> None:
    code = (
        "import sys\nfrom zh_learn.cli.app import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print('HEAVY', sorted(set({sorted(HEAVY)!r}) & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "HEAVY []" in out.stdout
    for name in COMMANDS:
        assert name in out.stdout


@pytest.mark.parametrize("name", list(COMMANDS))
def test_every_command_has_help(runner: CliRunner, name: str) -> None:
    result = runner.invoke(cli, [name, "--help"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"Usage: cli {name} " in result.output
    command = cli.get_command(None, name)  # type: ignore[arg-type]
    assert command is not None and command.help
    assert SHORT_HELP[name]


def test_python_dash_m_works() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "zh_learn", "--version"], capture_output=True, text=True, check=True
    )
    assert "zh-learn" in out.stdout


def test_vocab_demo_table(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["vocab", "--kind", "idiom"], catch_exceptions=False)
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert "HSK 3.0 (2021 grading standard" in lines[0]
    assert lines[1].split()[:4] == ["hanzi", "pinyin", "kind", "HSK"]
    body = "\n".join(lines[2:])
    assert "如履薄冰  rú lǚ bó bīng" in body
    assert "切中肯綮  qiè zhòng kěn qìng" in body


def test_vocab_json_is_the_documented_schema(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["vocab", "--format", "json"], catch_exceptions=False)
    data = json.loads(result.output)
    assert data["schema"] == 1
    assert data["standard"] == "hsk3-2021"
    first = data["items"][0]
    for key in ("simplified", "traditional", "syllables", "pinyin", "pinyin_numbers", "kind",
                "senses", "gloss", "hsk_level", "hsk_label", "hsk_standard", "zipf", "count",
                "example", "idiom", "first_offset"):
        assert key in first
    assert all(item["kind"] in ("word", "idiom", "phrase") for item in data["items"])


def test_vocab_jsonl_csv_tsv(runner: CliRunner) -> None:
    jsonl = runner.invoke(cli, ["vocab", "--format", "jsonl", "--top", "5"]).output.splitlines()
    assert len(jsonl) == 5 and json.loads(jsonl[0])["simplified"]
    rows = list(csv.reader(io.StringIO(runner.invoke(cli, ["vocab", "--format", "csv"]).output)))
    assert rows[0] == ["hanzi", "traditional", "pinyin", "kind", "hsk", "zipf", "count", "meaning"]
    assert len(rows) > 300
    tsv = runner.invoke(cli, ["vocab", "--format", "tsv", "--kind", "name"]).output
    names = [line.split("\t")[0] for line in tsv.splitlines()[1:]]
    assert "蒿慧杰" in names and "西平县" in names


def test_vocab_filters(runner: CliRunner) -> None:
    out = runner.invoke(
        cli, ["vocab", "--format", "jsonl", "--min-level", "5", "--max-level", "6",
              "--sort", "freq"],
    ).output
    items = [json.loads(line) for line in out.splitlines()]
    assert items and all(5 <= i["hsk_level"] <= 6 for i in items)
    zipfs = [i["zipf"] or 0 for i in items]
    assert zipfs == sorted(zipfs, reverse=True)


def test_vocab_standard_choice(runner: CliRunner) -> None:
    out = runner.invoke(cli, ["vocab", "--standard", "hsk2", "--format", "json", "--top", "3"])
    assert json.loads(out.output)["standard"] == "hsk2"
    bad = runner.invoke(cli, ["vocab", "--standard", "hsk9"])
    assert bad.exit_code == 2 and "Invalid value for '--standard'" in bad.output


def test_vocab_reads_stdin_and_traditional(runner: CliRunner) -> None:
    text = "時刻保持如履薄冰的狀態，切實把責任抓在手上。"
    result = runner.invoke(cli, ["vocab", "-", "--format", "tsv"], input=text.encode("big5"))
    assert result.exit_code == 0, result.output
    words = [line.split("\t")[0] for line in result.output.splitlines()[1:]]
    assert "狀態" in words and "如履薄冰" in words


def test_vocab_cut_at(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("我们学习中文。\n版权声明：未经授权不得转载。\n", encoding="utf-8")
    out = runner.invoke(cli, ["vocab", str(path), "--format", "tsv", "--cut-at", "版权声明"])
    assert "转载" not in out.output and "学习" in out.output


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (bytes(range(256)) * 4, "binary file"),
        (b"Hello, world. No Chinese here.\n", "contains no Chinese"),
    ],
    ids=["empty", "binary", "english"],
)
def test_bad_files_get_one_line_errors(
    runner: CliRunner, tmp_path: Path, content: bytes, message: str
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = runner.invoke(cli, ["vocab", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_missing_path_and_bad_encoding(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["vocab", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1 and "no such file" in result.stderr
    path = tmp_path / "gbk.txt"
    path.write_bytes("我们学习中文。".encode("gbk"))
    result = runner.invoke(cli, ["vocab", str(path), "--encoding", "utf-8"])
    assert result.exit_code == 1 and "not valid utf-8" in result.stderr
    ok = runner.invoke(cli, ["vocab", str(path), "--format", "tsv"])
    assert ok.exit_code == 0 and "学习" in ok.output


def test_real_process_errors_have_no_traceback(tmp_path: Path) -> None:
    env = {**os.environ, "ZH_LEARN_HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "zh_learn", "vocab", str(tmp_path / "nope.txt")],
        capture_output=True, text=True, env=env,
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"Error: no such file: {tmp_path / 'nope.txt'}"


@pytest.mark.parametrize(
    "command",
    [
        ["vocab"],
        ["anki", "-o", "{out}/deck.apkg"],
        ["quiz", "--count", "1"],
        ["wordlist"],
        ["profile"],
        ["handout", "-o", "{out}/sheet.html"],
        ["pinyin"],
    ],
    ids=lambda c: c[0],
)
@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty"),
        (b"\x00\x01\x02\x03binary\xff\xfe\x00" * 50, "binary file"),
        (b"No Chinese at all.\n", "no Chinese"),
    ],
    ids=["empty", "binary", "english"],
)
def test_every_command_refuses_bad_files_in_one_line(
    runner: CliRunner, tmp_path: Path, command: list[str], content: bytes, message: str
) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    args = [command[0], str(path), *(a.format(out=tmp_path) for a in command[1:])]
    result = runner.invoke(cli, args)
    assert result.exit_code == 1, result.output
    assert result.stderr.startswith("Error: ") and message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert not list(tmp_path.glob("deck.apkg*")) and not list(tmp_path.glob("sheet.html*"))


@pytest.mark.parametrize("command", ["vocab", "anki", "quiz", "wordlist", "profile", "handout"])
def test_every_command_reports_a_missing_file(
    runner: CliRunner, tmp_path: Path, command: str
) -> None:
    result = runner.invoke(cli, [command, str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert "no such file" in result.stderr


def test_vocab_pinyin_styles(runner: CliRunner) -> None:
    def pinyin_of(style: str) -> str:
        out = runner.invoke(
            cli, ["vocab", "--format", "tsv", "--kind", "idiom", "--style", style]
        ).output
        rows = {line.split("\t")[0]: line.split("\t")[2] for line in out.splitlines()[1:]}
        return rows["如履薄冰"]

    assert pinyin_of("marks") == "rú lǚ bó bīng"
    assert pinyin_of("numbers") == "ru2 lü3 bo2 bing1"
    assert pinyin_of("zhuyin") == "ㄖㄨˊ ㄌㄩˇ ㄅㄛˊ ㄅㄧㄥ"


def test_a_pinyin_fix_reaches_every_later_analysis(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("行长今天来了。", encoding="utf-8")

    def reading() -> str:
        out = runner.invoke(cli, ["vocab", str(path), "--format", "jsonl"]).output
        items = {json.loads(line)["simplified"]: line for line in out.splitlines()}
        return str(json.loads(items["行长"])["pinyin"])

    assert reading() == "háng zhǎng"  # analysed and cached
    fixed = runner.invoke(cli, ["pinyin", "--fix", "行长=xing2 zhang3"])
    assert fixed.exit_code == 0, fixed.output
    assert reading() == "xíng zhǎng"  # the cached analysis is not reused
    runner.invoke(cli, ["pinyin", "--unfix", "行长"])
    assert reading() == "háng zhǎng"
