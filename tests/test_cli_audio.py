"""``zh-learn say``, the JSON ``audio`` field, and quizzes without an audio player."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from zh_learn.audio import codec
from zh_learn.cli.app import cli


def test_say_writes_mp3_and_wav(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "rulvbobing.mp3"
    result = runner.invoke(cli, ["say", "如履薄冰", "-o", str(out)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "rú lǚ bó bīng" in result.output and "joined syllable recordings" in result.output
    assert 0.8 < codec.seconds(codec.decode(out.read_bytes())) < 2.5
    wav = tmp_path / "yinhang.wav"
    result = runner.invoke(cli, ["say", "银行", "-o", str(wav)], catch_exceptions=False)
    assert result.exit_code == 0 and "a recording of the word" in result.output
    assert wav.read_bytes()[:4] == b"RIFF"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["say", "hello", "-o", "x.mp3"], 1, "give Chinese characters"),
        (["say", "你好abc", "-o", "x.mp3"], 1, "can only say Chinese characters"),
        (["say", "你好", "-o", "x.txt"], 2, ".mp3 or .wav"),
        (["say", "你好", "-o", "missing-dir/x.mp3"], 1, "does not exist"),
    ],
)
def test_say_bad_input_is_one_line(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
    args: list[str], code: int, message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(cli, args)
    assert result.exit_code == code
    assert message in result.stderr
    assert "Traceback" not in result.output
    assert not list(tmp_path.glob("*.mp3"))


def test_say_without_player_says_so(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("ZH_LEARN_PLAYER", raising=False)
    result = runner.invoke(cli, ["say", "你好"])
    assert result.exit_code == 1
    assert "no audio player found" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_quiz_audio_without_player_goes_on(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    result = runner.invoke(
        cli, ["quiz", "--audio", "--mode", "pinyin", "-n", "1", "--seed", "1"], input="q\n"
    )
    assert result.exit_code == 0, result.output
    assert result.stderr.count("no audio player found") == 1
    only = runner.invoke(cli, ["quiz", "--mode", "listening", "-n", "1"], input="q\n")
    assert only.exit_code == 1 and "need an audio player" in only.stderr


def test_vocab_json_names_the_audio_source(runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["vocab", "--format", "json", "--all-kinds"], catch_exceptions=False
    )
    items = json.loads(result.output)["items"]
    sources = {item["simplified"]: item["audio"] for item in items}
    assert set(sources.values()) <= {"word", "syllables", None}
    assert all(item["audio"] for item in items if item["kind"] in ("word", "idiom", "name"))
    assert sources.get("如履薄冰") == "syllables"


def test_say_plays_through_zh_learn_player(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    script = tmp_path / "copy.py"
    script.write_text("import shutil, sys\nshutil.copy(sys.argv[1], sys.argv[2])\n")
    out = tmp_path / "played.mp3"
    monkeypatch.setenv("ZH_LEARN_PLAYER", f"{sys.executable} {script} {{}} {out}")
    result = runner.invoke(cli, ["say", "你们好"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert 0.4 < codec.seconds(codec.decode(out.read_bytes())) < 3
    monkeypatch.setenv("ZH_LEARN_PLAYER", "no-such-player-xyz")
    result = runner.invoke(cli, ["say", "你们好"])
    assert result.exit_code == 1 and "ZH_LEARN_PLAYER command was not found" in result.stderr


def test_review_brings_listening_cards_back_when_there_is_sound(
    runner: CliRunner, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, zh_home: Path
) -> None:
    import sqlite3
    import sys

    log = tmp_path / "played.txt"
    script = tmp_path / "log.py"
    script.write_text(
        "import sys, pathlib\n"
        "with open(sys.argv[2], 'a') as f:\n"
        "    f.write(pathlib.Path(sys.argv[1]).stem + '\\n')\n"
    )
    monkeypatch.setenv("ZH_LEARN_PLAYER", f"{sys.executable} {script} {{}} {log}")
    result = runner.invoke(cli, ["quiz", "--mode", "listening", "-n", "2", "--seed", "3"],
                           input="\n\n")
    assert result.exit_code == 0, result.output
    assert len(log.read_text().split()) == 2
    db = sqlite3.connect(zh_home / "progress.db")
    with db:
        db.execute("UPDATE cards SET due = 0")
    db.close()
    # Without a player the due listening cards wait, with one line saying why.
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv("ZH_LEARN_PLAYER", "")
    quiet = runner.invoke(cli, ["review"], input="q\n")
    assert "no audio player found" in quiet.stderr and "Nothing is due" in quiet.output
    monkeypatch.setenv("ZH_LEARN_PLAYER", f"{sys.executable} {script} {{}} {log}")
    result = runner.invoke(cli, ["review", "--json"], input="\n\n")
    summary = json.loads(result.stdout)
    assert [a["skill"] for a in summary["answers"]] == ["listening", "listening"]
    assert len(log.read_text().split()) == 4
