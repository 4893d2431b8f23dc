"""Audio in Anki decks, checked in the real Anki backend: every word note's answer plays a
file of the collection's media folder that decodes to a word's length; rebuilding and
re-importing adds no notes and no media; --no-audio and --listening."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from anki_support import import_apkg
from zh_learn.audio import codec
from zh_learn.cli.app import cli
from zh_learn.render.anki.media import CREDITS_FILE

SOUND_KINDS = {"word", "idiom", "phrase", "name"}


def _sounds(tags: list[Any]) -> list[str]:
    from anki.sound import SoundOrVideoTag

    return [t.filename for t in tags if isinstance(t, SoundOrVideoTag)]


def _build(runner: CliRunner, out: Path, *extra: str) -> Path:
    result = runner.invoke(
        cli, ["anki", "--kind", "word", "--kind", "idiom", "--kind", "phrase", "--kind", "name",
              "--include-known", "-o", str(out), *extra],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    audio = "--no-audio" not in extra
    assert (re.search(r"audio +\d+ notes: \d+ word recordings, \d+ joined", result.output)
            is not None) == audio, result.output
    return out


def test_demo_deck_audio_in_anki(runner: CliRunner, tmp_path: Path, collection: Any) -> None:
    deck = _build(runner, tmp_path / "demo.apkg")
    assert deck.stat().st_size < 25_000_000
    log = import_apkg(collection, deck)
    assert log.new
    media = Path(collection.media.dir())
    vocab = collection.find_notes('"note:zh-learn Vocabulary*"')
    assert len(vocab) > 100
    heard: set[str] = set()
    for nid in vocab:
        note = collection.get_note(nid)
        assert note["Kind"] in SOUND_KINDS
        names = {n for card in note.cards() for n in _sounds(card.answer_av_tags())}
        assert len(names) == 1, note["Hanzi"]
        assert note["Audio"] == f"[sound:{next(iter(names))}]"
        assert sum(t in ("audio::word", "audio::syllables") for t in note.tags) == 1
        heard |= names
        for card in note.cards():  # no Listening card unless asked for
            assert card.template()["name"] != "Listening"
    files = {p.name for p in media.iterdir()}
    assert heard <= files and CREDITS_FILE in files
    assert "Yue Tan" in (media / CREDITS_FILE).read_text(encoding="utf-8")
    sounds = {name for name in files if name.endswith(".mp3")}  # the rest: stroke diagrams
    assert sounds == heard
    for name in sounds:
        length = codec.seconds(codec.decode((media / name).read_bytes()))
        assert 0.2 <= length <= 6, (name, length)
    root = next(d for d in collection.decks.all_names_and_ids() if d.name.count("::") == 1)
    assert "audio-cmn" in collection.decks.get(root.id)["desc"]

    # Rebuilt later (notes newer, so Anki updates them): no new note, no new media file.
    time.sleep(1.1)
    again = _build(runner, tmp_path / "again.apkg")
    log = import_apkg(collection, again)
    assert (len(log.new), len(log.duplicate)) == (0, 0)
    assert {p.name for p in media.iterdir()} == files
    assert len(collection.find_notes('"note:zh-learn Vocabulary*"')) == len(vocab)


def test_no_audio_and_listening_cards(
    runner: CliRunner, tmp_path: Path, collection: Any
) -> None:
    silent = _build(runner, tmp_path / "silent.apkg", "--no-audio", "--top", "5")
    import_apkg(collection, silent)
    media = Path(collection.media.dir())
    assert not [p for p in media.iterdir() if p.suffix == ".mp3" or p.name == CREDITS_FILE]
    for nid in collection.find_notes('"note:zh-learn Vocabulary*"'):
        note = collection.get_note(nid)
        assert note["Audio"] == "" and not any(t.startswith("audio::") for t in note.tags)

    time.sleep(1.1)  # a newer copy, so Anki updates the notes imported above
    listening = _build(runner, tmp_path / "listen.apkg", "--listening", "--top", "5")
    result = runner.invoke(cli, ["anki", "--no-audio", "--listening", "-o", str(tmp_path / "x")])
    assert result.exit_code == 2 and "--listening needs audio" in result.stderr
    import_apkg(collection, listening)
    cards = [collection.get_card(c) for c in collection.find_cards("card:Listening")]
    assert len(cards) == 5
    for card in cards:
        assert _sounds(card.question_av_tags()), card.question()
        assert card.note()["Hanzi"] not in card.question()


@pytest.mark.parametrize("name", ["zh-learn-abc.mp3"])
def test_media_names_hash_the_content(name: str) -> None:
    from zh_learn.render.anki.media import media_name

    assert media_name(b"x") == media_name(b"x") != media_name(b"y")
    assert media_name(b"x").startswith(name[:9]) and media_name(b"x").endswith(".mp3")
