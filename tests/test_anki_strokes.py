"""The Strokes field of word notes: SVG media named by content, credited, every file
present after importing into the real Anki backend, and none with --no-strokes."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from anki_support import import_apkg
from zh_learn.cli.app import cli
from zh_learn.render.anki.strokes import CREDIT, MEDIA_PREFIX, char_media, strokes_field


def test_media_names_hash_the_content() -> None:
    first = char_media("薄")
    assert first is not None
    name, svg = first
    assert re.fullmatch(MEDIA_PREFIX + r"[0-9a-f]{16}\.svg", name)
    assert CREDIT in svg and svg.startswith("<?xml")
    assert char_media("薄") == first and char_media("冰") != first
    field = strokes_field("如履薄冰")
    assert field.count("<img") == 4 and name in field
    assert strokes_field("OK") == ""


def test_deck_with_strokes_imports_with_every_media_file(runner, tmp_path: Path,
                                                         collection) -> None:
    deck = tmp_path / "demo.apkg"
    result = runner.invoke(cli, ["anki", "-o", str(deck), "--top", "40"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(deck) as z:
        assert "media" in z.namelist()
    import_apkg(collection, deck)
    media_dir = Path(collection.media.dir())
    referenced: set[str] = set()
    notes = collection.find_notes('"note:zh-learn Vocabulary v3"')
    assert len(notes) == 40
    for nid in notes:
        note = collection.get_note(nid)
        names = re.findall(r'src="([^"]+)"', note["Strokes"])
        hanzi = [c for c in note["Hanzi"] if "\u4e00" <= c <= "\u9fff"]
        assert len(names) == len(dict.fromkeys(hanzi))  # one diagram per distinct character
        referenced.update(names)
    assert len(referenced) > 40
    for name in referenced:
        path = media_dir / name
        assert path.is_file(), name
        assert path.read_text(encoding="utf-8").startswith("<?xml")
    check = collection.media.check()
    assert not check.missing and not check.unused
    descriptions = [collection.decks.get(d.id)["desc"]
                    for d in collection.decks.all_names_and_ids()]
    assert any("hanzi-writer-data" in d for d in descriptions), descriptions


def test_no_strokes(runner, tmp_path: Path, collection) -> None:
    deck = tmp_path / "plain.apkg"
    result = runner.invoke(cli, ["anki", "-o", str(deck), "--top", "5", "--no-strokes"],
                           catch_exceptions=False)
    assert result.exit_code == 0, result.output
    import_apkg(collection, deck)
    for nid in collection.find_notes('"note:zh-learn Vocabulary v3"'):
        assert collection.get_note(nid)["Strokes"] == ""
    media = Path(collection.media.dir()).iterdir()
    assert not [p for p in media if p.suffix == ".svg"]  # (the audio stays: --no-audio)
