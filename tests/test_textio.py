"""Reading user input: encodings, and the bad inputs that must fail with one clear line."""

from __future__ import annotations

from pathlib import Path

import pytest

from zh_learn.analysis.textio import read_source, source_from_bytes
from zh_learn.errors import InputError

SIMPLIFIED = "时刻保持如履薄冰、如临深渊的状态，切实把责任抓在手上。\n第二行：守土有责。\n"
TRADITIONAL = "時刻保持如履薄冰、如臨深淵的狀態，切實把責任抓在手上。\n"


@pytest.mark.parametrize(
    ("text", "encoded", "expected_encoding"),
    [
        (SIMPLIFIED, SIMPLIFIED.encode("utf-8"), "utf-8"),
        (SIMPLIFIED, b"\xef\xbb\xbf" + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (SIMPLIFIED, SIMPLIFIED.encode("utf-16"), "utf-16"),
        (SIMPLIFIED, SIMPLIFIED.encode("utf-16-le"), "utf_16_le"),
        (SIMPLIFIED, SIMPLIFIED.encode("utf-16-be"), "utf_16_be"),
        (SIMPLIFIED, SIMPLIFIED.encode("gb18030"), "gb18030"),
        (TRADITIONAL, TRADITIONAL.encode("big5"), "big5"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16le", "utf16be", "gb18030", "big5"],
)
def test_encodings_are_detected(
    tmp_path: Path, text: str, encoded: bytes, expected_encoding: str
) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(encoded)
    source = read_source(str(path))
    assert source.text == text
    assert source.encoding == expected_encoding
    assert source.title == "in"  # the first line is a sentence, no title: the file's name


def test_forced_encoding(tmp_path: Path) -> None:
    path = tmp_path / "in.txt"
    path.write_bytes(SIMPLIFIED.encode("gbk"))
    assert read_source(str(path), encoding="gbk").text == SIMPLIFIED
    with pytest.raises(InputError, match="not valid utf-8"):
        read_source(str(path), encoding="utf-8")
    with pytest.raises(InputError, match="unknown encoding"):
        read_source(str(path), encoding="klingon")


def test_crlf_is_normalised() -> None:
    assert source_from_bytes("第一行\r\n第二行\r".encode(), "x").text == "第一行\n第二行\n"


def test_utf8_cut_by_bytes_at_either_end_is_still_text() -> None:
    # a file cut with head -c or split -b: a character broken at the start and at the end
    data = "我们今天学习中文，明天去北京。".encode()[2:-1]
    source = source_from_bytes(data, "part.txt")
    assert source.encoding == "utf-8"
    assert source.text.strip() == "们今天学习中文，明天去北京"
    # a broken character in the middle is no cut: left to detection, which refuses it here
    with pytest.raises(InputError, match="binary"):
        source_from_bytes(b"\xc3\x28" + bytes(range(128, 256)) * 4, "in.txt")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"  \n\t\n", "is empty"),
        (bytes(range(256)) * 8, "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
        (b"just some English text\n", "no Chinese"),
    ],
    ids=["empty", "blank", "binary", "png", "english"],
)
def test_bad_input_is_refused(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        source_from_bytes(data, "in.txt")


def test_missing_and_folder_paths(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_source(str(tmp_path / "nope.txt"))
    with pytest.raises(InputError, match="is a folder"):
        read_source(str(tmp_path))


def test_a_text_is_called_by_its_title_line_else_by_its_file_name(tmp_path: Path) -> None:
    titled = tmp_path / "lesson-3.txt"
    titled.write_text("小兔子找妈妈\n从前，有一只小兔子住在森林里。\n", encoding="utf-8")
    assert read_source(str(titled)).title == "小兔子找妈妈"
    untitled = tmp_path / "lesson-4.txt"
    story = "从前，有一只小兔子住在森林里。有一天，它在河边遇到了一只小鸭子。"
    untitled.write_text(story + "\n", encoding="utf-8")
    assert read_source(str(untitled)).title == "lesson-4"
    # from stdin, the opening words
    assert source_from_bytes(story.encode(), "stdin").title == story[:20] + "…"
