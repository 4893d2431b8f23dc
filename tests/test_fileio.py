"""Atomic writes: a reader sees the old file or the new one, never half, and no leftovers."""

from __future__ import annotations

from pathlib import Path

import pytest

from zh_learn.errors import OutputError
from zh_learn.fileio import replacing, write_atomic, write_cache


def test_write_atomic_replaces_and_leaves_nothing_else(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")
    write_atomic(target, "新的")
    assert target.read_text(encoding="utf-8") == "新的"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_interrupted_write_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "deck.apkg"
    target.write_bytes(b"old deck")
    with pytest.raises(KeyboardInterrupt), replacing(target) as tmp:
        tmp.write_bytes(b"half a dec")
        raise KeyboardInterrupt
    assert target.read_bytes() == b"old deck"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.apkg"]


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "missing" / "x.txt", "does not exist"),
        (lambda d: d, "is a folder"),
    ],
    ids=["missing-folder", "folder"],
)
def test_bad_output_paths_get_one_line_errors(tmp_path: Path, make: object, message: str) -> None:
    with pytest.raises(OutputError, match=message):
        write_atomic(make(tmp_path), "x")  # type: ignore[operator]


def test_unwritable_cache_is_silently_skipped(tmp_path: Path) -> None:
    write_cache({"a": 1}, tmp_path / "no-such-folder" / "c.pickle")
    assert not (tmp_path / "no-such-folder").exists()
