"""A word the text reads two ways is one item per reading (还 huán / hái): the analysis, the
progress store and quizzes, Anki notes and handouts keep the two apart."""

from __future__ import annotations

import json
import sqlite3
import time
from pathlib import Path
from typing import Any

from click.testing import CliRunner

from anki_support import import_apkg, visible
from zh_learn.analysis.pipeline import analyze
from zh_learn.cli.app import cli
from zh_learn.models import VocabItem
from zh_learn.render.anki.deck import DeckOptions, note_guid, write_deck

#: 还 "to give back" first, then 还 "still": two readings of one word.
TEXT = "他还了我的书。我还没有看完这本书。"
#: Only 还 "still".
STILL_ONLY = "我还没有看完这本书。"


def readings_of(word: str, text: str) -> list[VocabItem]:
    vocab = analyze(text, cache=False).vocabulary
    return [item for item in vocab.items if item.simplified == word]


def test_each_reading_is_an_item_with_its_own_example_count_and_senses() -> None:
    give_back, still = readings_of("还", TEXT)
    assert (give_back.pinyin_numbers, still.pinyin_numbers) == ("huan2", "hai2")
    assert give_back.example is not None and give_back.example.sentence == "他还了我的书。"
    assert still.example is not None and still.example.sentence == "我还没有看完这本书。"
    assert (give_back.count, still.count) == (1, 1)
    assert (give_back.offsets, still.offsets) == ((1,), (8,))
    assert give_back.definitions[0].startswith(("to return", "to pay back"))
    assert still.gloss.startswith("still")
    # the usual reading keeps the word as its key; the other is keyed with its reading
    assert (give_back.key, still.key) == ("还[huan2]", "还")
    # one reading in the text: one item, as before
    (only,) = readings_of("还", STILL_ONLY)
    assert (only.pinyin_numbers, only.key, only.offsets) == ("hai2", "还", ())


def test_both_readings_in_vocab_json(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "text.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(cli, ["vocab", str(path), "--format", "json", "--kind", "word"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    items = [i for i in json.loads(result.stdout)["items"] if i["simplified"] == "还"]
    assert [(i["pinyin_numbers"], i["key"], i["count"]) for i in items] == [
        ("huan2", "还[huan2]", 1), ("hai2", "还", 1)]


def test_anki_two_readings_are_two_notes_and_the_old_note_updates(
    tmp_path: Path, collection: Any
) -> None:
    options = DeckOptions(title="还书", slug="huan-shu", cloze=False)
    first, second = tmp_path / "first.apkg", tmp_path / "second.apkg"
    (still_before,) = readings_of("还", STILL_ONLY)
    write_deck([still_before], first, options)
    assert len(import_apkg(collection, first).new) == 1
    both = readings_of("还", TEXT)
    assert note_guid("vocab", both[1]) == note_guid("vocab", still_before)
    write_deck(both, second, options, timestamp=time.time() + 60)
    log = import_apkg(collection, second)
    assert (len(log.new), len(log.updated), len(log.duplicate)) == (1, 1, 0)
    notes = [collection.get_note(n) for n in collection.find_notes("")]
    shown = sorted((n["Hanzi"], visible(n["Pinyin"])) for n in notes)
    assert shown == [("还", "huán"), ("还", "hái")]  # sorted by code point


def test_quiz_keeps_a_card_per_reading(runner: CliRunner, zh_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "text.txt"
    path.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(
        cli, ["quiz", str(path), "--mode", "pinyin", "-n", "20", "--seed", "3", "--json",
              "--include-known"],
        input="huan2\n" * 20, catch_exceptions=False,
    )
    assert result.exit_code == 0, result.stderr
    summary = json.loads(result.stdout)
    assert sorted(a["correct"] for a in summary["answers"] if a["word"] == "还") == [False, True]
    assert [a["pinyin"] for a in summary["missed"] if a["word"] == "还"] == ["hái"]
    db = sqlite3.connect(zh_home / "progress.db")
    try:
        words = dict(db.execute("SELECT word, pinyin FROM words WHERE word LIKE '还%'"))
        cards = {w for (w,) in db.execute("SELECT word FROM cards WHERE word LIKE '还%'")}
        db.execute("UPDATE cards SET due = 0")
        db.commit()
    finally:
        db.close()
    assert words == {"还": "hai2", "还[huan2]": "huan2"}
    assert cards == {"还", "还[huan2]"}
    # review rebuilds both from the store, shown as the word itself
    result = runner.invoke(cli, ["review", "--json"], input="hai2\n" * 20,
                           catch_exceptions=False)
    summary = json.loads(result.stdout)
    assert sorted(a["correct"] for a in summary["answers"] if a["word"] == "还") == [False, True]
    assert [a["pinyin"] for a in summary["missed"] if a["word"] == "还"] == ["huán"]


def test_handout_numbers_each_occurrence_with_its_readings_note() -> None:
    import re

    from zh_learn.render.handout import render_handout

    analysis = analyze(TEXT, cache=False)
    document, vocabulary = analysis.document, analysis.vocabulary
    html = render_handout(document, vocabulary, level=0, pinyin="none", max_words=None)
    numbers = re.findall(r'还</span><sup class="n" id="t(\d+)">', html)
    assert len(numbers) == 2 and numbers[0] != numbers[1]
    assert "huán" in html and "hái" in html


def test_word_list_csv_imports_a_note_per_reading(
    runner: CliRunner, tmp_path: Path, collection: Any
) -> None:
    from test_wordlist_anki_import import import_csv

    text, out = tmp_path / "text.txt", tmp_path / "words.csv"
    text.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(cli, ["wordlist", str(text), "-f", "anki-csv", "-o", str(out)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    log = import_csv(collection, out)
    assert len(log.duplicate) == len(log.first_field_match) == 0
    fronts = {collection.get_note(n)["Front"] for n in collection.find_notes("")}
    assert {"还", "还 (huán)"} <= fronts
    assert len(import_csv(collection, out).new) == 0  # imported again: nothing added
