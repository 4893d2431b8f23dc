"""``zh-learn known import-anki`` on a real collection built and reviewed with the anki library."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from zh_learn.cli.app import cli
from zh_learn.study.known import known_sources


def _add(col: Any, model: Any, deck: str, **fields: str) -> int:
    note = col.new_note(model)
    for name, value in fields.items():
        note[name] = value
    col.add_note(note, col.decks.id(deck))
    return int(note.id)


def _mature(col: Any, nid: int, days: int = 40) -> None:
    col.sched.set_due_date([c.id for c in col.get_note(nid).cards()], f"{days}!")


def _review(col: Any, nid: int, ease: int) -> None:
    for card in col.get_note(nid).cards():
        card.start_timer()
        col.sched.answerCard(card, ease)


@pytest.fixture
def studied(collection: Any) -> Any:
    """A collection a learner has used: mature, young, new and non-Chinese notes, two note
    types, two decks. It stays open, as it would while Anki runs."""
    col = collection
    basic = col.models.by_name("Basic")
    mm = col.models
    chinese = mm.new("Chinese vocab")
    for name in ("English", "Hanzi", "Pinyin"):
        mm.add_field(chinese, mm.new_field(name))
    template = mm.new_template("Card 1")
    template["qfmt"], template["afmt"] = "{{Hanzi}}", "{{English}}"
    mm.add_template(chinese, template)
    mm.add(chinese)
    chinese = mm.by_name("Chinese vocab")

    for word in ("你好", "<b>朋友</b>", "电脑[電腦]", "hello"):
        _mature(col, _add(col, basic, "Chinese::HSK 1", Front=word, Back="…"))
    young = _add(col, basic, "Chinese::HSK 1", Front="谢谢", Back="thanks")
    _review(col, young, 4)  # one Easy review: a few days' interval, not mature
    _add(col, basic, "Chinese::HSK 1", Front="学习", Back="to study")  # never reviewed
    _mature(col, _add(col, chinese, "Chinese::Reading", English="to hesitate", Hanzi="犹豫",
                      Pinyin="yóuyù"))
    _mature(col, _add(col, basic, "Other", Front="猫", Back="cat"))
    col.db.execute("select 1")  # nothing pending; the file is as Anki would leave it
    return col


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()
            if p.is_file()}


def test_import_mature_words(runner: CliRunner, studied: Any) -> None:
    path = Path(studied.path)
    before = _digests(path.parent)
    young = studied.get_card(studied.find_cards('"Front:谢谢"')[0])
    assert 0 < young.ivl < 21

    result = runner.invoke(cli, ["known", "import-anki", str(path), "--deck", "Chinese"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "5 notes in deck 'Chinese' have a card with an interval of 21+ days: " \
           "4 Chinese words, 4 new to your list." in result.output
    assert "Basic: Front; Chinese vocab: Hanzi" in result.output
    assert "1 notes had no Chinese word" in result.output  # "hello"
    assert known_sources() == dict.fromkeys(["你好", "朋友", "电脑", "犹豫"], "import")
    assert _digests(path.parent) == before  # the live collection was never written

    # The whole collection, and a shorter interval that counts the young card too.
    result = runner.invoke(cli, ["known", "import-anki", str(path), "--min-interval",
                                 str(young.ivl)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert set(known_sources()) == {"你好", "朋友", "电脑", "犹豫", "猫", "谢谢"}
    assert "学习" not in known_sources()


def test_field_option(runner: CliRunner, studied: Any) -> None:
    path = str(Path(studied.path))
    result = runner.invoke(cli, ["known", "import-anki", path, "--deck", "Chinese::Reading",
                                 "--field", "pinyin"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "1 notes had no Chinese word in that field" in result.output  # yóuyù is no hanzi
    result = runner.invoke(cli, ["known", "import-anki", path, "--field", "Nope"])
    assert result.exit_code == 1
    assert result.stderr == ("Error: no note type with a field named 'Nope' among the notes "
                             "found\n")


def test_bad_input(runner: CliRunner, studied: Any, tmp_path: Path) -> None:
    path = str(Path(studied.path))
    result = runner.invoke(cli, ["known", "import-anki", path, "--deck", "Japanese"])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no deck named 'Japanese' in the collection (decks:")
    assert len(result.stderr.splitlines()) == 1
    text = tmp_path / "words.txt"
    text.write_text("你好\n", encoding="utf-8")
    result = runner.invoke(cli, ["known", "import-anki", str(text)])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {text} is not an Anki collection (collection.anki2)\n"
    result = runner.invoke(cli, ["known", "import-anki", str(tmp_path / "missing.anki2")])
    assert result.exit_code == 2  # click.Path(exists=True)
