"""``zh-learn char``: facts, readings with words, the words of a text, JSON, the SVG file."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

from zh_learn.cli.app import cli

DATA = Path(__file__).parent / "data"
LESSON = str(DATA / "lesson1.txt")


def run(runner, *args: str):  # type: ignore[no-untyped-def]
    result = runner.invoke(cli, ["char", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result


def test_one_character(runner) -> None:
    out = run(runner, "薄").stdout
    first = out.splitlines()[0]
    assert first.startswith("薄") and "16 strokes" in first and "radical 艹" in first
    assert "HSK 4" in first
    assert "Parts: ⿱艹溥" in out
    assert "艹 (grass) gives the meaning, 溥 the sound" in out
    assert "薄弱 bó ruò (HSK 5)" in out  # a common word for the reading bó
    assert "báo" in out and "thin" in out


def test_json_and_words_in_text(runner) -> None:
    data = json.loads(run(runner, "游京", "--text", LESSON, "--format", "json").stdout)
    chars = {c["char"]: c for c in data["characters"]}
    assert list(chars) == ["游", "京"]
    you = chars["游"]
    assert you["traditional"] == ["游", "遊"] and you["strokes"] == 12 and you["hsk_label"] == "2"
    assert you["decomposition"] == "⿰氵斿"
    assert [w["word"] for w in you["in_text"]] == ["旅游"]
    jing = chars["京"]
    assert {"word": "北京", "pinyin": "běi jīng", "gloss": jing["in_text"][0]["gloss"],
            "count": 3} == jing["in_text"][0]  # the title, and twice in the text
    readings = {r["pinyin"]: r for r in you["readings"]}
    assert "yóu" in readings and readings["yóu"]["words"]


def test_from_file_and_svg(runner, tmp_path: Path) -> None:
    text = tmp_path / "t.txt"
    text.write_text("学习汉语。", encoding="utf-8")
    svg = tmp_path / "s.svg"
    result = run(runner, "--from", str(text), "-o", str(svg), "--format", "json")
    data = json.loads(result.stdout)
    assert [c["char"] for c in data["characters"]] == ["学", "习", "汉", "语"]
    assert [w["word"] for w in data["characters"][0]["in_text"]] == ["学习"]
    root = ET.fromstring(svg.read_text(encoding="utf-8").split("\n", 1)[1])
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert len(root.findall("{http://www.w3.org/2000/svg}svg")) == 4
    assert "stroke order of 学习汉语" in result.stderr


def test_bad_input(runner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["char", "abc"])
    assert result.exit_code == 1 and result.stderr.count("\n") == 1
    assert "give Chinese characters" in result.stderr
    result = runner.invoke(cli, ["char"])
    assert result.exit_code == 2
    result = runner.invoke(cli, ["char", "薄", "-o", str(tmp_path / "no" / "x.svg")])
    assert result.exit_code == 1 and result.stderr.startswith("Error: cannot write")
