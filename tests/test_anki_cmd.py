"""``zh-learn anki`` and ``zh-learn build`` on the seed article, imported into real Anki."""

from __future__ import annotations

import dataclasses
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from anki_support import import_apkg, visible
from zh_learn.cli.app import cli
from zh_learn.models import Sense, Vocabulary

REPO = Path(__file__).resolve().parent.parent
SEED_DIR = REPO / "decks" / "zhumadian-2021"
SEED = str(SEED_DIR / "article.txt")


def note_fields(path: Path, tmp_path: Path) -> list[list[str]]:
    db = tmp_path / "from-zip.anki2"
    with zipfile.ZipFile(path) as zf:
        db.write_bytes(zf.read("collection.anki2"))
    con = sqlite3.connect(db)
    try:
        return [flds.split("\x1f") for (flds,) in con.execute("SELECT flds FROM notes")]
    finally:
        con.close()


def test_import_of_cli_does_not_load_genanki() -> None:
    code = (
        "import sys, zh_learn.cli.app, zh_learn.cli.anki_cmd; "
        "print(sorted({'genanki', 'jieba', 'pypinyin'} & set(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("command", ["anki", "build"])
def test_help(runner: CliRunner, command: str) -> None:
    result = runner.invoke(cli, [command, "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Usage: " in result.output


def test_seed_deck_in_anki(runner: CliRunner, tmp_path: Path, collection: Any) -> None:
    path = tmp_path / "seed.apkg"
    result = runner.invoke(cli, ["anki", SEED, "--cut-at", "责任编辑", "-o", str(path),
                                 "--subdecks", "kind"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"Wrote {path}" in result.output
    match = re.search(r"cards\s+(\d+): (\d+) Recognition, (\d+) Recall, (\d+) Cloze",
                      result.output)
    assert match, result.output
    total, recognition, recall, cloze = map(int, match.groups())

    log = import_apkg(collection, path)
    assert len(log.new) == collection.note_count() > 100
    per_template: Counter[str] = Counter()
    idiom_answer = ""
    for cid in collection.find_cards(""):
        card = collection.get_card(cid)
        name = card.template()["name"]
        per_template[name] += 1
        question, answer = visible(card.question()), visible(card.answer())
        assert question, f"empty {name} question for {card.note()['Hanzi']}"
        assert question != answer
        if name == "Recognition" and card.note()["Hanzi"] == "如履薄冰":
            assert visible(card.question()).startswith("如履薄冰")
            idiom_answer = card.answer()
    assert per_template == {"Recognition": recognition, "Recall": recall, "Cloze": cloze}
    assert sum(per_template.values()) == total
    for expected in ("rú", "lǚ", "bó", "bīng", "thin ice", '<span class="tone2">rú</span>'):
        assert expected in idiom_answer
    decks = {collection.decks.name(d.id) for d in collection.decks.all_names_and_ids()}
    assert "zh-learn::蒿慧杰到西平县遂平县督导检查疫情防控工作::Idioms" in decks
    root = collection.decks.by_name("zh-learn::蒿慧杰到西平县遂平县督导检查疫情防控工作")
    assert "CC-CEDICT" in root["desc"] and "CC BY-SA 4.0" in root["desc"]
    tags = set(collection.tags.all())
    assert {"kind::idiom", "source::article"} <= tags
    assert any(re.fullmatch(r"hsk3::[1-6]|hsk3::7-9", t) for t in tags)
    assert not any(t.startswith(("kind::name", "kind::number")) for t in tags)


def test_rebuilt_seed_deck_updates_in_place(
    seed_vocab: Vocabulary, tmp_path: Path, collection: Any
) -> None:
    from zh_learn.analysis.vocabulary import select
    from zh_learn.render.anki.deck import DeckOptions, write_deck

    options = DeckOptions(title=seed_vocab.title, slug="zhumadian-2021", subdecks="level")
    items = select(seed_vocab.items)
    first = write_deck(items, tmp_path / "v1.apkg", options)
    assert len(import_apkg(collection, tmp_path / "v1.apkg").new) == first.notes

    target = next(i for i in items if i.gloss)
    fixed = dataclasses.replace(target, senses=(Sense(target.pinyin_numbers, ("corrected",)),))
    items = [fixed if i is target else i for i in items]
    write_deck(items, tmp_path / "v2.apkg", options, timestamp=time.time() + 60)
    log = import_apkg(collection, tmp_path / "v2.apkg")
    assert (len(log.new), len(log.duplicate), len(log.conflicting)) == (0, 0, 0)
    assert len(log.updated) == first.notes == collection.note_count()
    assert len(collection.find_cards("")) == first.cards
    nids = collection.find_notes(f'"note:zh-learn Vocabulary v3" "Hanzi:{target.simplified}"')
    assert [collection.get_note(n)["Meaning"] for n in nids] == ["corrected"]


@pytest.mark.parametrize("where", ["missing/deck.apkg", "a-file/deck.apkg"])
def test_unwritable_output_is_a_one_line_error(
    runner: CliRunner, tmp_path: Path, where: str
) -> None:
    (tmp_path / "a-file").write_text("x")
    result = runner.invoke(cli, ["anki", SEED, "--top", "3", "-o", str(tmp_path / where)])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: cannot write ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_output_folder_gets_a_named_file(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["anki", SEED, "--top", "3", "-o", str(tmp_path)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "article.apkg").is_file()


def test_skip_known(runner: CliRunner, tmp_path: Path, seed_vocab: Vocabulary) -> None:
    from zh_learn.analysis.vocabulary import select
    from zh_learn.study import known

    first = select(seed_vocab.items, top=1)[0].simplified
    known.add([first])
    path = tmp_path / "deck.apkg"
    result = runner.invoke(cli, ["anki", SEED, "--top", "3", "--skip-known", "--no-cloze",
                                 "-o", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    words = [fields[0] for fields in note_fields(path, tmp_path)]
    assert len(words) == 3 and first not in words


def test_build_without_decks_folder_builds_the_demo(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["build"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "bundled demo recipe" in result.output
    assert "Wrote out/zhumadian-2021.apkg" in result.output
    assert re.search(r"notes\s+\d+: \d+ words, \d+ idioms, \d+ phrases \+ \d+ cloze", result.output)
    assert (tmp_path / "out" / "zhumadian-2021.apkg").is_file()


def test_build_all_recipes_in_decks(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, extra in [("seed-a", "top = 4\n"), ("seed-b", "top = 2\ncloze = false\n")]:
        folder = tmp_path / "decks" / name
        folder.mkdir(parents=True)
        shutil.copy(SEED_DIR / "article.txt", folder / "article.txt")
        (folder / "recipe.toml").write_text(
            f'slug = "{name}"\ntext = "article.txt"\ncut_at = "责任编辑"\n{extra}', "utf-8"
        )
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, ["build", "-o", "built"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "2 decks, 10 notes" in result.output
    assert sorted(p.name for p in (tmp_path / "built").iterdir()) == ["seed-a.apkg", "seed-b.apkg"]


def test_build_one_recipe(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", str(SEED_DIR), "-o", str(tmp_path)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "zhumadian-2021.apkg").is_file()


def test_build_bad_recipe(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["build", str(tmp_path / "nope")])
    assert result.exit_code == 1
    assert result.stderr.startswith("Error: no recipe at ")
