"""Typed answers: pinyin in every spelling learners use, tone digits, choices."""

from __future__ import annotations

import pytest

from zh_learn.study.quiz.answers import Mark, check_pinyin, check_text, check_tones, parse_choice

RLBB = ("ru2", "lv3", "bo2", "bing1")

ACCEPTED = [
    ("ru2 lv3 bo2 bing1", RLBB),
    ("ru2lv3bo2bing1", RLBB),
    ("RU2 LV3 BO2 BING1", RLBB),
    ("Ru2Lv3Bo2Bing1", RLBB),
    ("ru2 lu:3 bo2 bing1", RLBB),
    ("ru2 lü3 bo2 bing1", RLBB),
    ("rú lǚ bó bīng", RLBB),
    ("rúlǚbóbīng", RLBB),
    ("RÚ LǙ BÓ BĪNG", RLBB),
    ("  ru2  lv3-bo2 bing1 ", RLBB),
    ("ru\u0301 lu\u0308\u030c bo\u0301 bi\u0304ng", RLBB),  # combining marks (NFD input)
    ("ma", ("ma5",)),
    ("ma5", ("ma5",)),
    ("ma0", ("ma5",)),
    ("ni3men", ("ni3", "men5")),
    ("nǐmen", ("ni3", "men5")),
    ("qu4", ("qu4",)),
    ("qv4", ("qu4",)),
    ("qü4", ("qu4",)),
    ("xi1an1", ("xi1", "an1")),
    ("xī'ān", ("xi1", "an1")),
    ("lv4", ("lv4",)),
    ("nv3", ("nv3",)),
]

REJECTED = [
    # (answer, expected, marks)
    ("ru2 lv4 bo2 bing1", RLBB, "ok tone ok ok"),
    ("ru lv bo bing", RLBB, "tone tone tone tone"),
    ("rū lǚ bó bīng", RLBB, "tone ok ok ok"),
    ("ru2 lu3 bo2 bing1", RLBB, "ok wrong ok ok"),
    ("ru2 lv3 bo2", RLBB, "ok ok ok missing"),
    ("ru2 lv3 bo2 bing1 le", RLBB, "ok ok ok ok wrong"),
    ("ma1", ("ma5",), "tone"),
    ("ni3 men2", ("ni3", "men5"), "ok tone"),
    ("xian1", ("xi1", "an1"), "tone ok"),
    ("shi4", ("si4",), "wrong"),
    ("", ("ma5",), "missing"),
    ("123", ("ma5",), "missing"),
]


@pytest.mark.parametrize(("answer", "expected"), ACCEPTED, ids=[a for a, _ in ACCEPTED])
def test_pinyin_accepted(answer: str, expected: tuple[str, ...]) -> None:
    check = check_pinyin(answer, expected)
    assert check.correct, check.note
    assert check.note == ""


@pytest.mark.parametrize(
    ("answer", "expected", "marks"), REJECTED, ids=[a or "empty" for a, _, _ in REJECTED]
)
def test_pinyin_rejected(answer: str, expected: tuple[str, ...], marks: str) -> None:
    check = check_pinyin(answer, expected)
    assert not check.correct
    assert " ".join(m.value for m in check.marks) == marks
    assert check.note


def test_tone_error_is_reported_per_syllable() -> None:
    check = check_pinyin("ru2 lv4 bo2 bing1", RLBB)
    assert check.tone_errors == 1
    assert check.marks[1] is Mark.TONE
    assert check.note == "tone error: syllable 2: tone 4, but lǚ is tone 3"


def test_wrong_syllable_is_not_a_tone_error() -> None:
    check = check_pinyin("ru2 lu3 bo2 bing1", RLBB)
    assert check.note.startswith("not quite: syllable 2: lu3 -> lǚ")


@pytest.mark.parametrize(
    ("answer", "ok"),
    [
        ("2321", True),
        ("2 3 2 1", True),
        ("2-3-2-1", True),
        ("ru2lv3bo2bing1", True),
        ("2322", False),
        ("232", False),
        ("23211", False),
        ("", False),
    ],
)
def test_tones(answer: str, ok: bool) -> None:
    assert check_tones(answer, RLBB).correct is ok


@pytest.mark.parametrize("answer", ["35", "30", "3 5", "3"])
def test_tones_neutral(answer: str) -> None:
    # A neutral final tone may be typed as 5 or 0, not left out.
    assert check_tones(answer, ("ni3", "men5")).correct is (answer != "3")


def test_tones_marks_the_wrong_syllable() -> None:
    check = check_tones("2 3 2 4", RLBB)
    assert [m.value for m in check.marks] == ["ok", "ok", "ok", "tone"]
    assert check.note == "tones 2 3 2 1; check syllable 4"


@pytest.mark.parametrize(
    ("answer", "index"),
    [("1", 0), ("4", 3), ("b", 1), ("D", 3), ("乙", 1), (" 丙 ", 2), ("5", None), ("0", None),
     ("e", None), ("", None), ("戊", None)],
)
def test_parse_choice(answer: str, index: int | None) -> None:
    assert parse_choice(answer, ["甲", "乙", "丙", "丁"]) == index


def test_check_text_ignores_spaces_and_punctuation() -> None:
    assert check_text(" 暗 访。", ["暗访"]).correct
    assert not check_text("明访", ["暗访"]).correct


def test_alternative_readings_from_the_dictionary_are_accepted() -> None:
    from zh_learn.analysis.senses import also_readings

    also = list(also_readings("母亲", ("mu3", "qin1")))
    assert also == [("mu3", "qin5")]
    check = check_pinyin("mu3 qin", ("mu3", "qin1"), also)
    assert check.correct and "also accepted" in check.note
    assert check_tones("3 5", ("mu3", "qin1"), also).correct
    assert not check_pinyin("mu3 qin2", ("mu3", "qin1"), also).correct
