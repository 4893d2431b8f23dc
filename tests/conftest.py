"""Shared fixtures: every test gets its own ZH_LEARN_HOME; the seed article is analysed once."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
SEED_ARTICLE = REPO / "decks" / "zhumadian-2021" / "article.txt"

# Compiled dictionaries are expensive to build; share one cache across the whole run
# (it is keyed by package versions, so it can never be stale) while user data stays per test.
_SHARED_CACHE = Path(
    os.environ.get("ZH_LEARN_TEST_CACHE", Path(tempfile.gettempdir()) / "zh-learn-test-cache")
)


@pytest.fixture(autouse=True)
def zh_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "zh-home"
    monkeypatch.setenv("ZH_LEARN_HOME", str(home))
    monkeypatch.setenv("ZH_LEARN_CACHE", str(_SHARED_CACHE))
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return home


@pytest.fixture
def collection(tmp_path: Path) -> Iterator[Any]:
    """A fresh collection of the real Anki backend."""
    from anki.collection import Collection

    folder = tmp_path / "anki"
    folder.mkdir()
    col = Collection(str(folder / "collection.anki2"))
    try:
        yield col
    finally:
        col.close()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture(scope="session")
def seed_text() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_vocab(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    """The seed article's Vocabulary (analysed once per test session)."""
    from zh_learn.analysis.pipeline import analyze, load_source

    mp = pytest.MonkeyPatch()
    mp.setenv("ZH_LEARN_HOME", str(tmp_path_factory.mktemp("seed-home")))
    mp.setenv("ZH_LEARN_CACHE", str(_SHARED_CACHE))
    try:
        yield analyze(load_source(str(SEED_ARTICLE))).vocabulary
    finally:
        mp.undo()
