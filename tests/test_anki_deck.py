"""The Anki deck builder, checked by importing its packages into a real (headless) Anki."""

from __future__ import annotations

import dataclasses
import os
import re
import sqlite3
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest

from anki_support import import_apkg, visible
from zh_learn import anki_deck
from zh_learn.anki_deck import (
    CLOZE_FIELDS,
    CLOZE_MODEL_ID,
    CLOZE_MODEL_NAME,
    VOCAB_FIELDS,
    VOCAB_MODEL_ID,
    VOCAB_MODEL_NAME,
    DeckOptions,
    clip_sentence,
    coloured_pinyin,
    note_guid,
    sentence_pinyin,
    write_deck,
)
from zh_learn.errors import OutputError
from zh_learn.models import Example, IdiomInfo, Kind, Sense, VocabItem

SENTENCE = "蒿慧杰强调，一是思想要紧，决不能犹豫拖沓、贻误战机。"
EVIL = '<script>alert("x")</script> {{c2::oops}} <img src=x onerror=alert(1)>'


def item(
    word: str, trad: str, syllables: str, gloss: str, kind: Kind = Kind.WORD, level: int | None = 4,
    idiom: IdiomInfo | None = None, sentence: str | None = SENTENCE,
) -> VocabItem:
    sylls = tuple(syllables.split())
    senses = (Sense(" ".join(sylls), (gloss,)),) if gloss else ()
    example = Example(sentence, 0, sentence.find(word)) if sentence else None
    return VocabItem(word, trad, sylls, kind, senses, hsk_level=level, zipf=4.25,
                     example=example, idiom=idiom)


def sample_items() -> list[VocabItem]:
    return [
        item("强调", "強調", "qiang2 diao4", "to emphasize"),
        item("思想", "思想", "si1 xiang3", "thought; thinking", level=7),
        item("贻误战机", "貽誤戰機", "yi2 wu4 zhan4 ji1", "to miss a chance", Kind.IDIOM, None,
             IdiomInfo(literal="delay the moment of battle", figurative="to miss the chance",
                       char_gloss=(("贻", "leave"), ("误", "miss")), origin_zh="某书")),
        item("要紧", "要緊", "yao4 jin3", "", level=5),  # no meaning: no Recall card
        item("犹豫", "猶豫", "you2 yu4", "to hesitate", sentence=None),  # no cloze
    ]


OPTIONS = DeckOptions(title="测试文章", slug="test-article", credit="Some paper, 2021")


# --- real Anki helpers --------------------------------------------------------------------------


def cards_by_template(col: Any) -> dict[str, list[Any]]:
    out: dict[str, list[Any]] = {}
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        out.setdefault(card.template()["name"], []).append(card)
    return out


def apkg_notes(path: Path, tmp_path: Path) -> list[tuple[str, int, str]]:
    with zipfile.ZipFile(path) as zf:
        db = tmp_path / f"{path.stem}-collection.anki2"
        db.write_bytes(zf.read("collection.anki2"))
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT guid, mod, flds FROM notes ORDER BY guid").fetchall()
    finally:
        con.close()


# --- identity -----------------------------------------------------------------------------------


def test_note_type_ids_and_layout_are_pinned() -> None:
    # Changing any of these makes Anki see a different note type: bump VOCAB_VERSION /
    # CLOZE_VERSION (which changes name and id) when the fields change, and update this test.
    assert VOCAB_MODEL_NAME == "zh-learn Vocabulary v2"
    assert CLOZE_MODEL_NAME == "zh-learn Cloze v1"
    assert VOCAB_MODEL_ID == anki_deck.stable_id("zh-learn Vocabulary v2") == 1202879779267615
    assert CLOZE_MODEL_ID == anki_deck.stable_id("zh-learn Cloze v1") == 1370172975921763
    assert VOCAB_FIELDS == (
        "Hanzi", "Traditional", "Pinyin", "PinyinNumbers", "Meaning", "Kind", "Level",
        "Standard", "Frequency", "Sentence", "SentencePinyin", "Source", "Literal",
        "Figurative", "CharGloss", "Explanation", "Origin", "Typing", "Strokes",
    )
    assert CLOZE_FIELDS == ("Text", "Hanzi", "Pinyin", "Meaning", "SentencePinyin", "Source")
    assert anki_deck.vocab_model().model_id == VOCAB_MODEL_ID
    assert [t["name"] for t in anki_deck.vocab_model().templates] == ["Recognition", "Recall"]


def test_guid_hashes_only_word_reading_and_note_kind() -> None:
    a = item("强调", "強調", "qiang2 diao4", "to emphasize")
    fixed = dataclasses.replace(a, senses=(Sense("qiang2 diao4", ("to stress",)),), zipf=1.0,
                                hsk_level=2, example=None)
    assert note_guid("vocab", a) == note_guid("vocab", fixed) == "b,ge{*!rZ6"
    assert note_guid("cloze", a) != note_guid("vocab", a)
    other_reading = dataclasses.replace(a, syllables=("qiang3", "diao4"))
    assert note_guid("vocab", other_reading) != note_guid("vocab", a)


def test_stable_ids_fit_javascript_numbers() -> None:
    for name in ("a", "zh-learn::测试", "x" * 500):
        assert 0 < anki_deck.stable_id(name) < 2**53
        assert anki_deck.stable_id(name) == anki_deck.stable_id(name)


# --- field text ---------------------------------------------------------------------------------


def test_pinyin_is_coloured_by_tone() -> None:
    assert coloured_pinyin(("lv4", "ma5")) == (
        '<span class="tone4">lǜ</span> <span class="tone5">ma</span>'
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("你好，世界。", "nǐ hǎo, shì jiè."),
        ("他说“好”。", 'tā shuō "hǎo".'),
        ("8月5日下午", "8 yuè 5 rì xià wǔ"),
    ],
    ids=["punct", "quotes", "digits"],
)
def test_sentence_pinyin(sentence: str, expected: str) -> None:
    assert sentence_pinyin(sentence) == expected


def test_long_sentences_are_clipped_to_the_clauses_around_the_word() -> None:
    before, after = "，".join(["这是一个很长的句子"] * 6), "，".join(["后面还有"] * 12)
    long = before + "，我们要强调安全，" + after + "。"
    text, off = clip_sentence(long, long.index("强调"), 2, limit=40)
    assert len(text) <= 42
    assert text[off : off + 2] == "强调"
    assert text.startswith("…") and text.endswith("…")
    assert clip_sentence("短句强调。", 2, 2) == ("短句强调。", 2)


def test_fields_are_escaped(tmp_path: Path) -> None:
    evil = item("强调", "強調", "qiang2 diao4", EVIL)
    opts = DeckOptions(title=EVIL, slug="evil slug", credit=EVIL)
    fields = anki_deck.vocab_fields(evil, opts)
    cloze = anki_deck.cloze_fields(evil, opts)
    assert cloze is not None
    strokes = fields[VOCAB_FIELDS.index("Strokes")]
    # the one <img> allowed: zh-learn's own stroke diagrams of the word's characters
    assert re.fullmatch(r'(<img src="zh-learn-strokes-[0-9a-f]{16}\.svg" alt=". stroke order">){2}',
                        strokes)
    for text in [*fields, *cloze, anki_deck.description(opts)]:
        text = text.replace(strokes, "")
        assert "<script" not in text and "<img" not in text and "{{c2" not in text
    assert cloze[0].count("{{c1::") == 1
    # genanki warns about invalid HTML in fields; warnings are errors in this test suite.
    write_deck([evil], tmp_path / "evil.apkg", opts)


def test_tags() -> None:
    tags = anki_deck.tags_for(sample_items()[1], "test article")
    assert tags == ["hsk3::7-9", "kind::word", "source::test-article"]
    assert anki_deck.tags_for(sample_items()[2], "x") == ["kind::idiom", "source::x"]


def test_css_has_pleco_tone_colours_and_night_mode() -> None:
    css = anki_deck.vocab_model().css
    for tone, colour in [(1, "#e30000"), (2, "#02b31c"), (3, "#1510f0"), (4, "#8900bf"),
                         (5, "#777777")]:
        assert f".tone{tone} {{ color: {colour}; }}" in css
        assert f".nightMode .tone{tone}" in css


# --- the package in real Anki -------------------------------------------------------------------


def test_import_into_anki(tmp_path: Path, collection: Any) -> None:
    path = tmp_path / "deck.apkg"
    summary = write_deck(sample_items(), path, OPTIONS)
    assert summary.notes_by_kind == {"word": 4, "idiom": 1}
    assert summary.cloze_notes == 4  # 犹豫 has no sentence
    assert summary.cards_by_template == {"Recognition": 5, "Recall": 4, "Cloze": 4}

    log = import_apkg(collection, path)
    assert len(log.new) == summary.notes == 9
    cards = cards_by_template(collection)
    assert {name: len(c) for name, c in cards.items()} == summary.cards_by_template
    for card in [c for group in cards.values() for c in group]:
        question, answer = visible(card.question()), visible(card.answer())
        assert question, f"empty question on {card.template()['name']}"
        assert question != answer
    by_word = {c.note()["Hanzi"]: c for c in cards["Recognition"]}
    rec = by_word["贻误战机"]
    assert "贻误战机" in rec.question() and "yí" not in rec.question()
    answer = rec.answer()
    for expected in ("yí", "wù", "zhàn", "jī", "to miss a chance", "delay the moment of battle",
                     "贻 leave", "某书", '<span class="hl">贻误战机</span>', "貽誤戰機"):
        assert expected in answer
    recall = {c.note()["Hanzi"]: c for c in cards["Recall"]}["强调"]
    assert "to emphasize" in recall.question() and "强调" not in visible(recall.question())
    assert "强调" in recall.answer() and "qiáng" in recall.answer()
    assert "[[type:Hanzi]]" not in recall.question()
    cloze = {c.note()["Hanzi"]: c for c in cards["Cloze"]}["思想"]
    assert "思想" not in visible(cloze.question()) and "[...]" in cloze.question()
    assert "思想" in visible(cloze.answer()) and "sī xiǎng" in cloze.answer()
    note = rec.note()
    assert set(note.tags) == {"kind::idiom", "source::test-article"}
    assert collection.decks.name(rec.did) == "zh-learn::测试文章"


def test_typing_option_adds_a_type_in_box(tmp_path: Path, collection: Any) -> None:
    path = tmp_path / "typed.apkg"
    write_deck(sample_items()[:1], path, dataclasses.replace(OPTIONS, typing=True, cloze=False))
    import_apkg(collection, path)
    (recall,) = cards_by_template(collection)["Recall"]
    assert "[[type:Hanzi]]" in recall.question()


@pytest.mark.parametrize(
    ("mode", "decks"),
    [
        ("kind", {"Words", "Idioms", "Sentences"}),
        ("level", {"HSK 3.0 level 4", "HSK 3.0 level 5", "HSK 3.0 level 7-9", "Not in HSK list"}),
    ],
)
def test_subdecks(tmp_path: Path, collection: Any, mode: str, decks: set[str]) -> None:
    path = tmp_path / f"{mode}.apkg"
    write_deck(sample_items(), path, dataclasses.replace(OPTIONS, subdecks=mode))
    import_apkg(collection, path)
    used = {collection.decks.name(collection.get_card(c).did) for c in collection.find_cards("")}
    assert {name.removeprefix("zh-learn::测试文章::") for name in used} == decks


def test_reimport_updates_in_place(tmp_path: Path, collection: Any) -> None:
    first, second = tmp_path / "v1.apkg", tmp_path / "v2.apkg"
    items = sample_items()
    write_deck(items, first, OPTIONS)
    log = import_apkg(collection, first)
    assert len(log.new) == 9

    items[0] = dataclasses.replace(items[0], senses=(Sense("qiang2 diao4", ("to stress",)),))
    # A later build: Anki only updates notes whose incoming copy is newer.
    write_deck(items, second, OPTIONS, timestamp=time.time() + 60)
    log = import_apkg(collection, second)
    assert (len(log.new), len(log.duplicate), len(log.conflicting)) == (0, 0, 0)
    assert len(log.updated) == 9
    assert collection.note_count() == 9
    (nid,) = collection.find_notes('"Hanzi:强调" "note:zh-learn Vocabulary v2"')
    assert collection.get_note(nid)["Meaning"] == "to stress"
    assert len(collection.find_cards("")) == 13


def test_guids_are_stable_and_mod_time_is_now(tmp_path: Path) -> None:
    a, b = tmp_path / "a.apkg", tmp_path / "b.apkg"
    before = int(time.time())
    write_deck(sample_items(), a, OPTIONS)
    changed = sample_items()
    changed[1] = dataclasses.replace(changed[1], senses=(Sense("si1 xiang3", ("ideology",)),))
    write_deck(changed, b, OPTIONS)
    notes_a, notes_b = apkg_notes(a, tmp_path), apkg_notes(b, tmp_path)
    assert [n[0] for n in notes_a] == [n[0] for n in notes_b]
    assert len({n[0] for n in notes_a}) == 9
    assert all(mod >= before for _, mod, _ in notes_a)
    assert [n[2] for n in notes_a] != [n[2] for n in notes_b]


# --- writing ------------------------------------------------------------------------------------


def test_no_temp_files_left(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    before = set(tmp_path.iterdir())
    write_deck(sample_items(), out / "deck.apkg", OPTIONS)
    assert set(tmp_path.iterdir()) == before  # tempfile.tempdir is tmp_path (conftest)
    assert [p.name for p in out.iterdir()] == ["deck.apkg"]
    assert (out / "deck.apkg").stat().st_mode & 0o044  # not a private 0600 temp file


def test_interrupted_export_leaves_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import genanki

    target = tmp_path / "deck.apkg"
    target.write_bytes(b"old deck")

    def interrupted(self: Any, file: str, timestamp: float | None = None) -> None:
        Path(file).write_bytes(b"half a zip")
        raise KeyboardInterrupt

    monkeypatch.setattr(genanki.Package, "write_to_file", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_deck(sample_items(), target, OPTIONS)
    assert target.read_bytes() == b"old deck"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.apkg"]


def test_output_errors(tmp_path: Path) -> None:
    with pytest.raises(OutputError, match=r"folder .*missing does not exist"):
        write_deck(sample_items(), tmp_path / "missing" / "x.apkg", OPTIONS)
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="is not a folder"):
        write_deck(sample_items(), tmp_path / "file" / "x.apkg", OPTIONS)
    with pytest.raises(OutputError, match="is a folder"):
        write_deck(sample_items(), tmp_path, OPTIONS)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    try:
        with pytest.raises(OutputError, match="not writable"):
            write_deck(sample_items(), locked / "x.apkg", OPTIONS)
    finally:
        locked.chmod(0o700)


def test_empty_deck_is_still_a_valid_package(tmp_path: Path, collection: Any) -> None:
    summary = write_deck([], tmp_path / "empty.apkg", OPTIONS)
    assert (summary.notes, summary.cards) == (0, 0)
    assert len(import_apkg(collection, tmp_path / "empty.apkg").new) == 0
