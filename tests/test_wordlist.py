"""Graded word lists: golden files per format, parsers re-reading CSV/Pleco/Anki, filters."""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest

from zh_learn.cli.app import cli
from zh_learn.models import Example, Kind, VocabItem, Vocabulary
from zh_learn.render.lessons import credit_lessons
from zh_learn.render.wordlist import FORMATS, build_wordlist, render

DATA = Path(__file__).parent / "data"
LESSONS = [str(DATA / "lesson1.txt"), str(DATA / "lesson2.txt")]
UPDATE = os.environ.get("ZH_LEARN_UPDATE_GOLDEN") == "1"


def run(runner, *args: str) -> str:
    result = runner.invoke(cli, ["wordlist", *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden_output_per_format(runner, fmt: str) -> None:
    """The two fixture lessons in every format; ZH_LEARN_UPDATE_GOLDEN=1 rewrites the files."""
    out = run(runner, *LESSONS, "--format", fmt)
    golden = DATA / f"lessons.wordlist.{fmt}.txt"
    if UPDATE:
        golden.write_text(out, encoding="utf-8")
    assert out == golden.read_text(encoding="utf-8")


def test_csv_rereads_with_lesson_credit_and_standard(runner) -> None:
    rows = list(csv.DictReader(io.StringIO(run(runner, *LESSONS, "--format", "csv"))))
    by_word = {r["simplified"]: r for r in rows}
    # Each word once, credited to the first lesson it appears in; counts cover both lessons.
    assert len(by_word) == len(rows)
    assert by_word["北京"]["lesson"] == "1" and by_word["北京"]["count"] == "5"
    assert by_word["半途而废"]["lesson"] == "1" and by_word["半途而废"]["count"] == "2"
    assert by_word["半途而废"]["section"] == "Idioms and set phrases"
    assert by_word["长城"]["lesson"] == "2" and by_word["长城"]["level"] == "3"
    assert by_word["王小明"]["section"] == "Names"
    assert by_word["旅游"]["pinyin"] == "lǚ yóu" and by_word["旅游"]["pinyin_numbers"] == "lv3 you2"
    assert by_word["旅游"]["example"] == "他下个星期去北京旅游。"
    assert {r["standard"] for r in rows} == {"hsk3-2021"}


def test_tsv_has_one_record_per_line(runner) -> None:
    lines = run(runner, *LESSONS, "--format", "tsv", "--standard", "hsk2").splitlines()
    assert all(line.count("\t") == 11 for line in lines)
    assert lines[0].split("\t")[0] == "lesson" and lines[1].endswith("\thsk2")


def test_pleco_file_parses_into_categories_and_cards(runner) -> None:
    text = run(runner, *LESSONS, "--format", "pleco")
    categories: list[str] = []
    cards: dict[str, tuple[str, str, str]] = {}
    for line in text.splitlines():
        if line.startswith("//"):
            categories.append(line[2:])
            continue
        hanzi, pinyin, definition = next(csv.reader([line], delimiter="\t"))
        cards[hanzi] = (categories[-1], pinyin, definition)
    root = "zh-learn 2 lessons (HSK 3.0 (2021 grading standard, GF0025-2021))"
    assert all(c.startswith(root + "/Lesson ") for c in categories)
    assert cards["旅游[旅遊]"] == (f"{root}/Lesson 1: 第一课 去北京/HSK 2", "lu:3you2",
                                  "trip; journey; tourism; travel")
    assert cards["长城[長城]"][0].endswith("/Lesson 2: 第二课 在北京/HSK 3")


def test_anki_csv_has_header_lines_and_maps_to_basic(runner) -> None:
    text = run(runner, *LESSONS, "--format", "anki-csv")
    header = [ln for ln in text.splitlines() if ln.startswith("#")]
    assert header == [
        "#separator:comma", "#html:false", "#notetype:Basic", "#deck:zh-learn::2 lessons",
        "#match scope:notetype + deck", "#columns:Front,Back,Tags", "#tags column:3",
    ]
    body = text.split("#tags column:3\n", 1)[1]
    rows = list(csv.reader(io.StringIO(body)))
    assert all(len(r) == 3 for r in rows)
    notes = {r[0]: r for r in rows}
    front, back, tags = notes["风景"]
    assert back.splitlines()[0] == "fēng jǐng"
    assert back.splitlines()[-1] == "长城很长，风景非常美丽。"
    assert tags.split() == ["hsk3-2021::hsk-4", "lesson::02", "word"]


def test_json_groups(runner) -> None:
    data = json.loads(run(runner, *LESSONS, "--format", "json", "--standard", "hsk3-2025"))
    assert data["standard"] == "hsk3-2025" and data["standard_name"].startswith("HSK 3.0")
    keys = [[g["key"] for g in lesson["groups"]] for lesson in data["lessons"]]
    assert keys[0][-2:] == ["idioms", "names"]


def test_above_keeps_harder_words_idioms_and_names(runner) -> None:
    rows = list(csv.DictReader(io.StringIO(run(runner, *LESSONS, "-f", "csv", "--above", "3"))))
    levels = {r["level"] for r in rows if r["kind"] == "word"}
    assert levels <= {"4", "5", "6", "7-9", "-"}
    words = {r["simplified"] for r in rows}
    assert {"风景", "半途而废", "王小明"} <= words and "长城" not in words


def test_known_file_top_and_min_count(runner, tmp_path: Path) -> None:
    known = tmp_path / "class.txt"
    known.write_text("# words we know\n北京\n朋友\n", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(run(runner, *LESSONS, "-f", "csv", "--known",
                                                str(known)))))
    assert not {"北京", "朋友"} & {r["simplified"] for r in rows}
    rows = list(csv.DictReader(io.StringIO(run(runner, *LESSONS, "-f", "csv", "--top", "3"))))
    study = [r for r in rows if r["kind"] != "name"]
    # 北京 and 很 (5 each) and 去 (4); listed in text order.
    assert [r["simplified"] for r in study] == ["去", "北京", "很"]
    rows = list(csv.DictReader(io.StringIO(run(runner, *LESSONS, "-f", "csv", "--min-count",
                                                "3"))))
    assert {r["simplified"] for r in rows} == {"去", "北京", "很", "要"}


def test_output_file_is_written_and_format_follows_suffix(runner, tmp_path: Path) -> None:
    out = tmp_path / "words.csv"
    result = runner.invoke(cli, ["wordlist", LESSONS[0], "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("lesson,section,level,")
    assert "hsk3-2021" in result.stderr or "HSK 3.0" in result.stderr
    assert [p.name for p in tmp_path.iterdir() if p.name != "zh-home"] == ["words.csv"]


def test_unwritable_output_is_one_line_error(runner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["wordlist", LESSONS[0], "-o", str(tmp_path / "no" / "x.md")])
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("Error: cannot write")


def _item(word: str, level: int | None, count: int, offset: int, kind: Kind = Kind.WORD):
    return VocabItem(word, word, ("xx1",) * len(word), kind, hsk_level=level, count=count,
                     first_offset=offset, example=Example(f"{word}。", 0, 0))


def test_credit_lessons_and_grouping_on_hand_built_data() -> None:
    one = Vocabulary([_item("大", 1, 2, 0), _item("风景", 4, 1, 3)], title="一", source="a")
    two = Vocabulary([_item("风景", 4, 3, 0), _item("故宫", None, 1, 2),
                      _item("一帆风顺", None, 1, 5, Kind.IDIOM)], title="二", source="b")
    lessons = credit_lessons([one, two])
    assert [[i.simplified for i in les.items] for les in lessons] == [["大", "风景"],
                                                                     ["故宫", "一帆风顺"]]
    assert lessons[0].items[1].count == 4
    wl = build_wordlist([one, two], above=1)
    assert [[g.title for g in les.groups] for les in wl.lessons] == [
        ["HSK 4"], ["Not in HSK", "Idioms and set phrases"]]
    assert "only words above HSK 1" in render(wl, "md")
