"""The word list's Anki CSV and Pleco files, checked the way their apps read them.

Anki: each file is imported into a fresh headless collection with the backend's CSV importer,
using only the metadata Anki reads from the file's own ``#`` header lines (what a user gets
from File > Import without touching the dialog).

Anki's default for rows whose first field matches an existing note is "update current"
(``DupeResolution.UPDATE``), matched on the first field within the note type (``MatchScope
.NOTETYPE``): re-importing an unchanged file adds nothing and the log files every row under
"duplicate"; a changed gloss updates the note in place (logged as
"first_field_match").

Pleco: there is no Pleco here, so the file is read by a strict parser of Pleco's flashcard
text format: UTF-8 without BOM, ``//Category/Sub`` lines, and cards
``simplified[traditional]<TAB>pinyin<TAB>definition`` with tone-number pinyin (ü as ``u:``,
neutral tone 5), one syllable per character and no tabs or newlines inside a field. An empty
definition is allowed (Pleco fills missing fields from its dictionaries).
"""

from __future__ import annotations

import csv
import html
import io
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from zh_learn.cli.app import cli
from zh_learn.models import Example, Kind, Sense, VocabItem, Vocabulary
from zh_learn.render.wordlist import WordList, build_wordlist, render

DATA = Path(__file__).parent / "data"
LESSONS = [str(DATA / "lesson1.txt"), str(DATA / "lesson2.txt")]


def write_wordlist(runner: Any, tmp_path: Path, fmt: str, suffix: str) -> Path:
    """The CLI's own output file (``-o``), as a user would double-click it."""
    out = tmp_path / f"words.{suffix}"
    result = runner.invoke(cli, ["wordlist", *LESSONS, "-f", fmt, "-o", str(out)],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out


def data_rows(path: Path) -> list[list[str]]:
    text = path.read_text(encoding="utf-8")
    return list(csv.reader(io.StringIO("".join(
        line for line in text.splitlines(keepends=True) if not line.startswith("#")))))


def hand_built() -> WordList:
    def item(word: str, syllables: str, gloss: str, sentence: str, kind: Kind = Kind.WORD,
             level: int | None = None, offset: int = 0) -> VocabItem:
        senses = (Sense(syllables, (gloss,)),) if gloss else ()
        return VocabItem(word, word, tuple(syllables.split()), kind, senses, hsk_level=level,
                         count=1, first_offset=offset, example=Example(sentence, 0, 0))

    vocab = Vocabulary(
        [
            item("话题", "hua4 ti2", 'topic <b>x</b> & "quoted", comma\tand tab',
                 "#话题# 去北京。"),
            item("旅游", "lv3 you2", "trip; journey", "去旅游。", level=2, offset=1),
            item("王小明", "wang2 xiao3 ming2", "", "王小明来了。", Kind.NAME, offset=2),
        ],
        title='Unit 1: "a, b" :: c/d', source="x.txt",
    )
    return build_wordlist([vocab])


# --- Anki ---------------------------------------------------------------------------------------


def import_csv(col: Any, path: Path) -> Any:
    """Import with exactly the metadata Anki derives from the file (no delimiter forced)."""
    from anki.collection import ImportCsvRequest

    metadata = col.get_csv_metadata(str(path), None)
    return col.import_csv(ImportCsvRequest(path=str(path), metadata=metadata)).log


def log_counts(log: Any) -> dict[str, int]:
    names = ("new", "updated", "duplicate", "conflicting", "first_field_match",
             "missing_notetype", "missing_deck", "empty_first_field")
    return {name: len(getattr(log, name)) for name in names}


def notes_by_front(col: Any) -> dict[str, Any]:
    notes = [col.get_note(nid) for nid in col.find_notes("")]
    return {note["Front"]: note for note in notes}


def anki_field(text: str) -> str:
    """What Anki stores for a plain-text (``#html:false``) CSV field."""
    return html.escape(text).replace("\n", "<br>")


def assert_imported_as_rows(col: Any, rows: list[list[str]], deck: str) -> None:
    notes = notes_by_front(col)
    assert col.note_count() == len(notes) == len(rows)
    basic = col.models.by_name("Basic")
    for front, back, tags in rows:
        note = notes[front]
        assert note.mid == basic["id"]
        assert note["Back"] == anki_field(back)
        assert note.tags == sorted(tags.split())  # Anki keeps tags sorted
        assert [col.decks.name(card.did) for card in note.cards()] == [deck]


def test_header_lines_give_anki_everything_it_needs(runner, tmp_path: Path, collection) -> None:
    from anki.collection import CsvMetadata

    meta = collection.get_csv_metadata(str(write_wordlist(runner, tmp_path, "anki-csv", "csv")),
                                       None)
    assert meta.delimiter == CsvMetadata.Delimiter.COMMA
    assert list(meta.column_labels) == ["Front", "Back", "Tags"]
    assert meta.global_notetype.id == collection.models.by_name("Basic")["id"]
    assert list(meta.global_notetype.field_columns) == [1, 2]
    assert meta.tags_column == 3
    assert meta.deck_name == "zh-learn::2 lessons"
    assert not meta.is_html
    assert meta.dupe_resolution == CsvMetadata.DupeResolution.UPDATE
    # Only notes in our own deck are matched, never a learner's other Basic notes.
    assert meta.match_scope == CsvMetadata.MatchScope.NOTETYPE_AND_DECK


def test_lessons_import_one_note_per_row_and_reimport_adds_nothing(
    runner, tmp_path: Path, collection
) -> None:
    path = write_wordlist(runner, tmp_path, "anki-csv", "csv")
    rows = data_rows(path)
    assert len(rows) == 49  # 小明 is one name in lesson 2 too, not 小 + 明

    log = import_csv(collection, path)
    assert log_counts(log) == {**dict.fromkeys(log_counts(log), 0), "new": 49}
    assert_imported_as_rows(collection, rows, "zh-learn::2 lessons")
    notes = notes_by_front(collection)
    assert notes["风景"].tags == ["hsk3-2021::hsk-4", "lesson::02", "word"]
    assert notes["半途而废"].tags == ["hsk3-2021::hsk-7-9", "idiom", "lesson::01"]
    assert notes["旅游"]["Back"] == (
        "lǚ yóu<br>trip; journey; tourism; travel<br>他下个星期去北京旅游。")
    assert notes["王小明"]["Back"] == (
        "wáng xiǎo míng<br>person&#x27;s name: Wáng Xiǎomíng<br>王小明是我的朋友。")
    assert len(collection.find_notes("tag:hsk3-2021::hsk-1")) == sum(
        "hsk3-2021::hsk-1" in r[2].split() for r in rows) > 0
    assert len(collection.find_notes("tag:lesson::02")) == sum("lesson::02" in r[2] for r in rows)

    # Unchanged file again: Anki's default (update current) matches every row, adds nothing.
    ids = collection.find_notes("")
    again = import_csv(collection, path)
    assert again.dupe_resolution == 0  # DupeResolution.UPDATE
    assert log_counts(again) == {**dict.fromkeys(log_counts(again), 0), "duplicate": 49}
    assert collection.find_notes("") == ids

    # A corrected gloss updates the note in place.
    path.write_text(path.read_text(encoding="utf-8").replace(
        "trip; journey; tourism; travel", "travel (corrected)"), encoding="utf-8")
    fixed = import_csv(collection, path)
    # Anki logs a note updated through its first field (there is no GUID column) under
    # first_field_match, not updated.
    assert log_counts(fixed) == {**dict.fromkeys(log_counts(fixed), 0), "duplicate": 48,
                                 "first_field_match": 1}
    assert collection.find_notes("") == ids
    assert "travel (corrected)" in notes_by_front(collection)["旅游"]["Back"]


def test_seed_article_imports_one_note_per_row(seed_vocab, tmp_path: Path, collection) -> None:
    wordlist = build_wordlist([seed_vocab])
    path = tmp_path / "seed.csv"
    path.write_text(render(wordlist, "anki-csv"), encoding="utf-8")
    rows = data_rows(path)
    assert len(rows) == len(list(wordlist.entries())) > 500

    log = import_csv(collection, path)
    assert log_counts(log) == {**dict.fromkeys(log_counts(log), 0), "new": len(rows)}
    deck = "zh-learn::" + wordlist.title
    assert_imported_as_rows(collection, rows, deck)
    levels = {t.split("::")[1] for t in collection.tags.all() if t.startswith("hsk3-2021::")}
    assert {"hsk-1", "hsk-4", "hsk-7-9", "not-in-hsk"} <= levels

    again = import_csv(collection, path)
    assert (len(again.new), len(again.duplicate)) == (0, len(rows))
    assert collection.note_count() == len(rows)


def test_hostile_text_stays_plain_text_in_one_deck(tmp_path: Path, collection) -> None:
    path = tmp_path / "hostile.csv"
    path.write_text(render(hand_built(), "anki-csv"), encoding="utf-8")
    log = import_csv(collection, path)
    assert len(log.new) == 3
    notes = notes_by_front(collection)
    # html:false: markup is escaped, not rendered; a line starting with "#" inside a quoted
    # field is data, not a comment; a tab inside a quoted field is kept as is.
    assert notes["话题"]["Back"] == (
        "huà tí<br>topic &lt;b&gt;x&lt;/b&gt; &amp; &quot;quoted&quot;, comma\tand tab<br>"
        "#话题# 去北京。")
    assert notes["王小明"]["Back"] == "wáng xiǎo míng<br>王小明来了。"
    # "::" in a title would make a sub-deck; it is flattened to ":".
    deck = 'zh-learn::Unit 1: "a, b" : c/d'
    assert {collection.decks.name(c.did) for n in notes.values() for c in n.cards()} == {deck}


def test_import_leaves_a_users_own_basic_note_alone(runner, tmp_path: Path, collection) -> None:
    note = collection.new_note(collection.models.by_name("Basic"))
    note["Front"], note["Back"], note.tags = "去", "my own note", ["mine"]
    collection.add_note(note, 1)
    import_csv(collection, write_wordlist(runner, tmp_path, "anki-csv", "csv"))
    mine = collection.get_note(note.id)
    assert (mine["Back"], mine.tags) == ("my own note", ["mine"])


# --- Pleco --------------------------------------------------------------------------------------

_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f〇]"
_HEADWORD = re.compile(rf"({_HAN}+)(?:\[({_HAN}+)\])?")
_SYLLABLE = re.compile(r"(?:[a-z]|u:)+[1-5]")


@dataclass(frozen=True)
class PlecoCard:
    category: tuple[str, ...]
    simplified: str
    traditional: str | None
    syllables: tuple[str, ...]
    definition: str


def parse_pleco(data: bytes) -> list[PlecoCard]:
    """Strict reader of Pleco's flashcard text format; raises ValueError on any deviation."""
    if data.startswith(b"\xef\xbb\xbf"):
        raise ValueError("UTF-8 BOM")
    text = data.decode("utf-8")  # strict: invalid UTF-8 raises
    if "\r" in text or not text.endswith("\n"):
        raise ValueError("lines must end with a single LF")
    category: tuple[str, ...] | None = None
    cards: list[PlecoCard] = []
    for number, line in enumerate(text[:-1].split("\n"), start=1):
        where = f"line {number}: {line!r}"
        if line.startswith("//"):
            parts = tuple(line[2:].split("/"))
            if "\t" in line or any(not p or p != p.strip() for p in parts):
                raise ValueError(f"bad category, {where}")
            category = parts
            continue
        if category is None:
            raise ValueError(f"card before any category, {where}")
        fields = line.split("\t")
        if len(fields) != 3:
            raise ValueError(f"expected 3 tab-separated fields, {where}")
        headword, pinyin, definition = fields
        match = _HEADWORD.fullmatch(headword)
        if match is None:
            raise ValueError(f"bad headword, {where}")
        simplified, traditional = match.groups()
        if traditional is not None and (len(traditional) != len(simplified)
                                        or traditional == simplified):
            raise ValueError(f"traditional form must differ and match in length, {where}")
        syllables = tuple(_SYLLABLE.findall(pinyin))
        if "".join(syllables) != pinyin or len(syllables) != len(simplified):
            raise ValueError(f"pinyin must be one tone-numbered syllable per character, {where}")
        if definition != definition.strip() or "  " in definition:
            raise ValueError(f"untrimmed definition, {where}")
        cards.append(PlecoCard(category, simplified, traditional, syllables, definition))
    return cards


def test_pleco_file_follows_the_flashcard_format(runner, tmp_path: Path) -> None:
    path = write_wordlist(runner, tmp_path, "pleco", "txt")
    cards = parse_pleco(path.read_bytes())
    assert len(cards) == 49
    by_word = {c.simplified: c for c in cards}
    root = "zh-learn 2 lessons (HSK 3.0 (2021 grading standard, GF0025-2021))"
    assert by_word["旅游"] == PlecoCard((root, "Lesson 1: 第一课 去北京", "HSK 2"), "旅游", "旅遊",
                                      ("lu:3", "you2"), "trip; journey; tourism; travel")
    assert by_word["的"].syllables == ("de5",) and by_word["的"].traditional is None
    assert by_word["王小明"].category[-1] == "Names"
    assert by_word["王小明"].definition == "person's name: Wáng Xiǎomíng"
    assert {c.category[:2] for c in cards} == {
        (root, "Lesson 1: 第一课 去北京"), (root, "Lesson 2: 第二课 在北京")}


def test_pleco_seed_article_parses_card_for_card(seed_vocab) -> None:
    wordlist = build_wordlist([seed_vocab])
    cards = parse_pleco(render(wordlist, "pleco").encode("utf-8"))
    entries = list(wordlist.entries())
    assert len(cards) == len(entries) > 500
    for card, (_lesson, group, item) in zip(cards, entries, strict=True):
        assert (card.simplified, card.category[-1]) == (item.simplified, group.title)
        assert card.syllables == tuple(s.replace("v", "u:") for s in item.syllables)


def test_pleco_hostile_text_is_flattened_into_the_format() -> None:
    cards = parse_pleco(render(hand_built(), "pleco").encode("utf-8"))
    # Grouped by level: HSK 2, then Not in HSK, then Names.
    assert [c.simplified for c in cards] == ["旅游", "话题", "王小明"]
    assert [c.category[-1] for c in cards] == ["HSK 2", "Not in HSK", "Names"]
    # "/" in a title would start a sub-category; tabs inside a definition become spaces.
    assert cards[1].category[0] == 'zh-learn Unit 1: "a, b" :: c-d (HSK 3.0 (2021 grading ' \
        "standard, GF0025-2021))"
    assert cards[1].definition == 'topic <b>x</b> & "quoted", comma and tab'
    assert cards[0].syllables == ("lu:3", "you2")


@pytest.mark.parametrize(
    "bad",
    [b"\xef\xbb\xbf//A\n", b"//A\r\n", "//A\n去\tqu4\n".encode(), "//A\n去\tqù\tx\n".encode(),
     "//A\n去\tqu4\ta\tb\n".encode(), "//A\n去[去]\tqu4\tx\n".encode(),
     "//A\n北京\tbei3\tx\n".encode(), "去\tqu4\tx\n".encode(), b"//A//B\n"],
    ids=["bom", "crlf", "two-fields", "tone-mark", "tab-in-field", "same-trad",
         "syllable-count", "no-category", "empty-category"],
)
def test_pleco_parser_is_strict(bad: bytes) -> None:
    with pytest.raises(ValueError):
        parse_pleco(bad)
