"""Inputs that crashed or hung a command (issue 13, items 6, 7, 8, 9, 11, 13, 15 and 22): each
now gets a one-line error (exit 1), a usage error (exit 2), or works."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from zh_learn.analysis.textio import MAX_INPUT_BYTES
from zh_learn.cli.app import cli

TEXT = "我们在国内学习中文。今天天气很好，我们一起去图书馆看书。\n"
root_only = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="making device nodes needs root"
)


def one_line_error(result: Result, *needles: str, code: int = 1) -> str:
    assert result.exit_code == code, (result.output, result.exception)
    lines = result.stderr.strip().splitlines()
    assert lines and "Traceback" not in result.output, result.output
    if code == 1:
        assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
    for needle in needles:
        assert needle in result.stderr, result.stderr
    return lines[-1]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


# -- item 6: devices are read with the 64 MB limit enforced while reading ----------------


@root_only
@pytest.mark.parametrize(("name", "minor"), [("zero", 5), ("urandom", 9)])
@pytest.mark.parametrize("through_symlink", [False, True], ids=["node", "txt-symlink"])
def test_reading_a_device_stops_at_the_limit(
    runner: CliRunner, tmp_path: Path, name: str, minor: int, through_symlink: bool
) -> None:
    node = tmp_path / name
    os.mknod(node, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    path = node
    if through_symlink:
        path = tmp_path / "article.txt"
        path.symlink_to(node)
    one_line_error(runner.invoke(cli, ["vocab", str(path)]), "over 64 MB")


def test_stdin_over_the_limit_is_refused(runner: CliRunner) -> None:
    data = "中".encode() * (MAX_INPUT_BYTES // 3 + 1)
    one_line_error(runner.invoke(cli, ["vocab", "-"], input=data), "over 64 MB")


# -- item 7: only text encodings ---------------------------------------------------------


@pytest.mark.parametrize("encoding", ["rot13", "base64", "hex", "zlib", "bz2", "uu_codec"])
def test_bytes_codecs_are_not_encodings(
    runner: CliRunner, article: Path, tmp_path: Path, encoding: str
) -> None:
    one_line_error(
        runner.invoke(cli, ["vocab", str(article), "--encoding", encoding]), "not a text encoding"
    )
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / "article.txt").write_text(TEXT, encoding="utf-8")
    (deck / "recipe.toml").write_text(f'text = "article.txt"\nencoding = "{encoding}"\n')
    one_line_error(
        runner.invoke(cli, ["build", str(deck), "-o", str(tmp_path / "out")]),
        "not a text encoding",
    )


# -- item 8: invalid UTF-8 in a piped quiz answer ----------------------------------------


def test_invalid_utf8_quiz_answer_is_kept(runner: CliRunner, article: Path) -> None:
    result = runner.invoke(
        cli, ["quiz", str(article), "-n", "1", "--mode", "pinyin", "--json"],
        input=b"\xff\xfexue2\n",
    )
    assert result.exit_code == 0, (result.output, result.exception)
    summary = json.loads(result.stdout)
    assert summary["answered"] == 1 and "\ufffd" in summary["answers"][0]["given"]
    stats = json.loads(runner.invoke(cli, ["stats", "--json"]).stdout)
    assert stats["reviews"] == 1


# -- item 9: pinyin checks its input like every other command ----------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("银行\n".encode("gbk"), "银行(yín háng)"),
        ("銀行\n".encode("big5"), "銀行(yín háng)"),
        ("银行\n".encode("utf-16"), "银行(yín háng)"),
        ("银行\n".encode("utf-16-le"), "银行(yín háng)"),
    ],
    ids=["gbk", "big5", "utf16", "utf16le-no-bom"],
)
def test_pinyin_stdin_encodings(runner: CliRunner, data: bytes, expected: str) -> None:
    result = runner.invoke(cli, ["pinyin", "-"], input=data)
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1] == expected


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"\xc3\x28\xfd\x00\x01" * 40, "binary"),
        (b"\xff\xfe\xfd\x00\x01" * 40, "binary"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "binary"),
        (b"only ASCII here\n", "no Chinese"),
    ],
    ids=["empty", "invalid-utf8", "utf16-bom-then-junk", "binary", "ascii"],
)
def test_pinyin_stdin_is_checked(runner: CliRunner, data: bytes, message: str) -> None:
    one_line_error(runner.invoke(cli, ["pinyin", "-"], input=data), message)


def test_pinyin_paths_are_paths(runner: CliRunner, tmp_path: Path) -> None:
    one_line_error(runner.invoke(cli, ["pinyin", str(tmp_path)]), "is a folder")
    one_line_error(runner.invoke(cli, ["pinyin", str(tmp_path / "nope.txt")]), "no such file")
    one_line_error(runner.invoke(cli, ["pinyin", "notes.txt"]), "no such file")
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)

    def writer() -> None:
        with open(fifo, "wb") as fh:
            fh.write("银行\n".encode())

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    result = runner.invoke(cli, ["pinyin", str(fifo)])
    thread.join(30)
    assert result.exit_code == 0 and result.output == "银行\n银行(yín háng)\n"
    # Literal text stays text.
    assert runner.invoke(cli, ["pinyin", "银行"]).output == "银行\n银行(yín háng)\n"


# -- item 11: a hand-edited pinyin_overrides.json ----------------------------------------


@pytest.mark.parametrize(
    "content",
    ['{"": "x1"}', '{"行长": "hang2"}', '{"行长": "x1 y2"}', '{"行长": 5}', '["行长"]', "{"],
    ids=["empty-word", "one-syllable-two-chars", "not-pinyin", "not-a-string", "list", "json"],
)
def test_bad_overrides_file_is_one_line_and_removable(
    runner: CliRunner, zh_home: Path, article: Path, tmp_path: Path, content: str
) -> None:
    zh_home.mkdir(parents=True, exist_ok=True)
    (zh_home / "pinyin_overrides.json").write_text(content, encoding="utf-8")
    for args in (["vocab", str(article)], ["anki", str(article), "-o", str(tmp_path / "a.apkg")],
                 ["pinyin", "行长"]):
        one_line_error(runner.invoke(cli, args), "pinyin_overrides.json")
    assert not (tmp_path / "a.apkg").exists()
    if content.startswith('{"行长"'):
        assert runner.invoke(cli, ["pinyin", "--unfix", "行长"]).exit_code == 0
        assert runner.invoke(cli, ["vocab", str(article)]).exit_code == 0


@pytest.mark.parametrize("spec", ["行长=x1 y2", "行长=ha ng2", "行长=hang2 zhang", "=x1", "行=y2"])
def test_fix_rejects_non_syllables(runner: CliRunner, spec: str) -> None:
    one_line_error(runner.invoke(cli, ["pinyin", "--fix", spec]), code=2)


def test_fix_accepts_ling_and_every_known_syllable(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["pinyin", "--fix", "一〇一=yi1 ling2 yi1"])
    assert result.exit_code == 0, result.output
    assert runner.invoke(cli, ["pinyin", "--fixes"]).output == "一〇一\tyi1 ling2 yi1\n"
    from pypinyin.pinyin_dict import pinyin_dict

    from zh_learn.pinyin.fixes import SYLLABLES
    from zh_learn.pinyin.syllables import marks_to_numbers

    known = {
        marks_to_numbers(r)[:-1].replace("ü", "v")
        for readings in pinyin_dict.values()
        for r in readings.split(",")
    }
    plain = {s for s in known if s.isascii() and s.isalpha()}
    assert plain <= SYLLABLES, sorted(plain - SYLLABLES)


# -- items 13 and 15: recipe slugs -------------------------------------------------------


@pytest.mark.parametrize(
    "slug",
    ["a\\u0000b", "../../x", "/tmp/escape", "..", "sub/dir", ".hidden", "a\\u001b]0;x\\u0007"],
    ids=["nul", "traversal", "absolute", "dotdot", "subdir", "hidden", "escape"],
)
def test_recipe_slug_must_be_a_file_name(runner: CliRunner, tmp_path: Path, slug: str) -> None:
    deck = tmp_path / "decks" / "one"
    deck.mkdir(parents=True)
    (deck / "article.txt").write_text(TEXT, encoding="utf-8")
    (deck / "recipe.toml").write_text(f'text = "article.txt"\nslug = "{slug}"\n')
    out = tmp_path / "decks" / "out"
    before = set(tmp_path.rglob("*"))
    one_line_error(runner.invoke(cli, ["build", str(deck), "-o", str(out)]), "slug")
    assert not (Path("/tmp") / "escape.apkg").exists()
    assert set(tmp_path.rglob("*")) - before <= {out}


# -- item 22: exit codes and word-list files ---------------------------------------------


@pytest.mark.parametrize("make", ["missing", "folder"])
def test_known_files_missing_or_folder_exit_1(
    runner: CliRunner, tmp_path: Path, article: Path, make: str
) -> None:
    path = tmp_path / "missing.txt" if make == "missing" else tmp_path
    one_line_error(runner.invoke(cli, ["known", "import", str(path)]))
    one_line_error(runner.invoke(cli, ["wordlist", str(article), "--known", str(path)]))
    one_line_error(runner.invoke(cli, ["profile", str(article), "--known", str(path)]))


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "is empty"), (b"hello\nworld\n", "no Chinese words"), (None, "over 64 MB")],
    ids=["empty", "ascii", "huge"],
)
def test_wordlist_known_file_is_checked(
    runner: CliRunner, tmp_path: Path, article: Path, content: bytes | None, message: str
) -> None:
    known = tmp_path / "known.txt"
    if content is None:
        with open(known, "wb") as fh:
            fh.truncate(MAX_INPUT_BYTES + 1)  # sparse: costs no disk
    else:
        known.write_bytes(content)
    one_line_error(runner.invoke(cli, ["wordlist", str(article), "--known", str(known)]), message)
    one_line_error(runner.invoke(cli, ["known", "import", str(known)]), message)


def test_big5_hkscs_is_text(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "hk.txt"
    text = "佢哋喺度食緊嘢，啲嘢好好食。𨋢入面好多人。\n"
    path.write_bytes(text.encode("big5hkscs"))
    result = runner.invoke(cli, ["pinyin", str(path)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == text.strip()


def test_wrong_forced_encoding_is_refused(runner: CliRunner, tmp_path: Path) -> None:
    data = TEXT.encode("utf-8")
    path = tmp_path / "even.txt"
    path.write_bytes(data + b"\n" * (len(data) % 2))  # an even length decodes as UTF-16
    one_line_error(
        runner.invoke(cli, ["vocab", str(path), "--encoding", "utf-16"]),
        "does not read as utf-16",
    )
