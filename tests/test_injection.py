"""Hostile text reaching other programs (issue 13, items 14, 16 and 17): spreadsheet formulas
in CSV/TSV, terminal escapes, and Anki media or template syntax."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from anki_support import import_apkg
from zh_learn.cli.app import cli
from zh_learn.render.cells import spreadsheet_safe

FORMULAS = (
    '=HYPERLINK("http://evil","点击")我们在国内学习中文。\n'
    "+1+2今天天气很好。\n"
    "-3+4我们一起去图书馆看书。\n"
    "@SUM(1,2)他们也学习中文。\n"
)
ESCAPES = "\x1b]0;pwned\x07我们在国内学习中文。\x1b[2J今天天气很好。\x9b31m红色\n"
ANKI = "我们[sound:evil.mp3]在国内学习中文。{{c1::今天}}天气很好。[anki:tts]读[/anki:tts]\n"
_FORMULA_START = re.compile(r"^[=+\-@\t\r＝＋－＠]")


def cells(text: str, delimiter: str) -> list[str]:
    lines = [ln for ln in text.splitlines(keepends=True) if not ln.startswith("#")]
    return [c for row in csv.reader(io.StringIO("".join(lines)), delimiter=delimiter) for c in row]


def dangerous(cell: str) -> bool:
    return bool(_FORMULA_START.match(cell)) and spreadsheet_safe(cell) != cell


@pytest.mark.parametrize(
    ("args", "delimiter"),
    [
        (["wordlist", "-f", "csv"], ","),
        (["wordlist", "-f", "tsv"], "\t"),
        (["wordlist", "-f", "anki-csv"], ","),
        (["vocab", "--format", "csv", "--all-kinds"], ","),
        (["vocab", "--format", "tsv", "--all-kinds"], "\t"),
    ],
    ids=["wordlist-csv", "wordlist-tsv", "wordlist-anki-csv", "vocab-csv", "vocab-tsv"],
)
def test_csv_cells_never_start_a_formula(
    runner: CliRunner, tmp_path: Path, args: list[str], delimiter: str
) -> None:
    path = tmp_path / "formulas.txt"
    path.write_text(FORMULAS, encoding="utf-8")
    result = runner.invoke(cli, [args[0], str(path), *args[1:]])
    assert result.exit_code == 0, result.output
    found = cells(result.stdout, delimiter)
    assert not [c for c in found if dangerous(c)]
    if args[1:] in (["-f", "csv"], ["-f", "tsv"]):  # the example column: kept, as text
        assert [c for c in found if c.startswith("'=HYPERLINK")]


@pytest.mark.parametrize(
    "cell", ["=1+1", "+1+2", "-3+4", "@SUM(1)", "\tx", "\rx", "＝1+1", "-=x"]
)
def test_spreadsheet_safe_neutralises(cell: str) -> None:
    assert spreadsheet_safe(cell) == "'" + cell


@pytest.mark.parametrize("cell", ["-", "-5", "+3.25", "学习", "HSK 4", ""])
def test_spreadsheet_safe_leaves_plain_cells(cell: str) -> None:
    assert spreadsheet_safe(cell) == cell


@pytest.mark.parametrize(
    "args",
    [["vocab", "{p}"], ["vocab", "{p}", "--all-kinds"], ["pinyin", "{p}"], ["wordlist", "{p}"],
     ["profile", "{p}"], ["vocab", "{p}", "--format", "csv"]],
    ids=["vocab", "vocab-all", "pinyin", "wordlist", "profile", "vocab-csv"],
)
def test_terminal_escapes_never_reach_the_terminal(
    runner: CliRunner, tmp_path: Path, args: list[str]
) -> None:
    path = tmp_path / "escapes.txt"
    path.write_text(ESCAPES, encoding="utf-8")
    result = runner.invoke(cli, [a.format(p=path) for a in args])
    assert result.exit_code == 0, result.output
    assert "学习" in result.output
    assert not re.search("[\x00-\x08\x0b-\x1f\x7f-\x9f]", result.output)


def test_pinyin_literal_text_and_error_messages_are_clean(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["pinyin", "银行\x1b[2J"])
    assert result.exit_code == 0 and "\x1b" not in result.output
    missing = runner.invoke(cli, ["vocab", "\x1b]0;pwned\x07.txt"])
    assert missing.exit_code == 1 and "\x1b" not in missing.stderr and "\x07" not in missing.stderr


def test_anki_syntax_in_the_text_stays_text(
    runner: CliRunner, tmp_path: Path, collection: Any
) -> None:
    path = tmp_path / "anki.txt"
    path.write_text(ANKI, encoding="utf-8")
    deck = tmp_path / "deck.apkg"
    result = runner.invoke(cli, ["anki", str(path), "-o", str(deck)])
    assert result.exit_code == 0, result.output
    import_apkg(collection, deck)
    notes = [collection.get_note(nid) for nid in collection.find_notes("")]
    cloze_notes = [n for n in notes if n.note_type()["type"] == 1]
    assert cloze_notes, "the sentences must give cloze notes"
    ours = re.compile(r"(\[sound:zh-learn-[0-9a-f]{24}\.mp3\])?")  # zh-learn's own audio
    for note in notes:
        for name, value in note.items():
            if name == "Audio":
                assert ours.fullmatch(value), value
                continue
            assert "[sound:" not in value and "[anki:" not in value
            assert "{{" not in value or "{{c1::" in value
    for cid in collection.find_cards(""):
        card = collection.get_card(cid)
        question, answer = card.question(), card.answer()
        assert "No cloze" not in question and "No cloze" not in answer
        sounds = [*card.question_av_tags(), *card.answer_av_tags()]
        assert all(getattr(t, "filename", "").startswith("zh-learn-") for t in sounds)
    assert not collection.media.check().missing
    cloze_texts = " ".join(n["Text"] for n in cloze_notes)
    assert cloze_texts.count("{{c1::") == len(cloze_notes)
    assert "&#91;sound:evil.mp3&#93;" in cloze_texts or "sound" not in cloze_texts
