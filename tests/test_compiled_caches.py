"""Compiled caches that are damaged, cut short, empty or foreign are compiled again, never
trusted and never a traceback."""

from __future__ import annotations

import os
import shutil
import sqlite3
import time
from contextlib import closing
from pathlib import Path

import pytest

from zh_learn.sqlmap import SqliteMap, open_compiled, write_table


def _compiler(calls: list[int]):  # type: ignore[no-untyped-def]
    def compile(path: Path) -> None:
        calls.append(1)
        tmp = path.with_suffix(".tmp")
        with closing(sqlite3.connect(tmp)) as db, db:
            write_table(db, "words", ((f"w{i}", i) for i in range(20_000)))
        os.replace(tmp, path)

    return compile


def _load(db: sqlite3.Connection) -> int:
    return int(SqliteMap(db, "words")["w1234"])


@pytest.mark.parametrize("damage", ["half", "empty", "foreign", "garbage"])
def test_a_damaged_cache_is_compiled_again(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "cache.sqlite"
    calls: list[int] = []
    assert open_compiled(path, _compiler(calls), _load) == 1234
    assert open_compiled(path, _compiler(calls), _load) == 1234
    assert len(calls) == 1  # the second open reads what the first compiled
    if damage == "half":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif damage == "empty":
        path.write_bytes(b"")
    elif damage == "foreign":
        path.unlink()
        with closing(sqlite3.connect(path)) as db, db:
            db.execute("CREATE TABLE other (x)")
    else:
        path.write_bytes(b"not a database at all\n" * 100)
    assert open_compiled(path, _compiler(calls), _load) == 1234
    assert len(calls) == 2


def test_analysis_rebuilds_a_damaged_lookup_table(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from zh_learn.analysis import lexicon

    source = Path(os.environ["ZH_LEARN_CACHE"])
    lexicon.zipf_frequencies(["中文"])  # the shared cache is compiled
    cache = tmp_path / "cache"
    shutil.copytree(source, cache, ignore=shutil.ignore_patterns("analyses"))
    monkeypatch.setenv("ZH_LEARN_CACHE", str(cache))
    for path in cache.glob("lookup-*.sqlite"):
        path.write_bytes(path.read_bytes()[:4096])
    lexicon._LOOKUPS.clear()  # the connection this process keeps to the old file
    assert lexicon.zipf_frequencies(["中文"])["中文"] > 4


def test_a_new_cache_file_removes_older_versions_of_its_own(tmp_path: Path) -> None:
    from zh_learn.cachefiles import drop_older_versions

    names = [
        "cutwords-6-aaaa.sqlite", "cutwords-4-aaaa.pickle", "cutwords-7-bbbb.sqlite",
        "lexicon-8-bbbb.sqlite", "lexicon-aaaa.pickle", "jieba-aaaa.cache",
        "jieba-dict-aaaa.txt", "pos1-bbbb.sqlite", "cutwords-7-bbbb.sqlite.4242.x1y2.tmp",
        "notes.txt",
    ]  # fmt: skip
    month_ago = time.time() - 40 * 86400
    for name in names:
        (tmp_path / name).write_bytes(b"x" * 10)
        os.utime(tmp_path / name, (month_ago, month_ago))
    (tmp_path / "analyses").mkdir()
    freed = drop_older_versions(tmp_path / "cutwords-7-bbbb.sqlite")
    left = sorted(p.name for p in tmp_path.iterdir())
    # older cut dictionaries and the retired jieba files go; other families, a temporary
    # file another process is writing, and what is not a cache stay
    assert left == [
        "analyses", "cutwords-7-bbbb.sqlite", "cutwords-7-bbbb.sqlite.4242.x1y2.tmp",
        "lexicon-8-bbbb.sqlite", "lexicon-aaaa.pickle", "notes.txt", "pos1-bbbb.sqlite",
    ]  # fmt: skip
    assert freed == 40


def test_another_install_s_recent_cache_is_kept(tmp_path: Path) -> None:
    # Two virtual environments with other package versions share one cache dir: removing
    # the other's newest files would make them recompile (a minute each) in turn.
    from zh_learn.cachefiles import drop_older_versions

    week_ago, two_months_ago = time.time() - 7 * 86400, time.time() - 60 * 86400
    for name, when in (("lexicon-8-aaaa.sqlite", week_ago), ("lexicon-8-cccc.sqlite",
                       two_months_ago), ("lexicon-7-dddd.sqlite", week_ago - 60)):
        (tmp_path / name).write_bytes(b"x")
        os.utime(tmp_path / name, (when, when))
    (tmp_path / "lexicon-8-bbbb.sqlite").write_bytes(b"x")
    drop_older_versions(tmp_path / "lexicon-8-bbbb.sqlite")
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "lexicon-8-aaaa.sqlite", "lexicon-8-bbbb.sqlite"
    ]


def test_prepare_compiles_every_cache_and_removes_stale_ones(runner) -> None:  # type: ignore[no-untyped-def]
    from zh_learn.analysis.prepare import STEPS
    from zh_learn.cli.app import cli

    cache = Path(os.environ["ZH_LEARN_CACHE"])
    cache.mkdir(parents=True, exist_ok=True)
    stale = cache / "lookup-1-0123456789abcdef.sqlite"
    stale.write_bytes(b"\0" * 4096)
    month_ago = time.time() - 40 * 86400
    os.utime(stale, (month_ago, month_ago))
    result = runner.invoke(cli, ["prepare"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert f"[{len(STEPS)}/{len(STEPS)}]" in result.output
    assert "compiled caches ready in" in result.output
    assert "removed caches of older versions" in result.output
    assert not stale.exists()
    families = {p.name.split("-")[0].rstrip("0123456789") for p in cache.iterdir()}
    assert {"lexicon", "lookup", "cutwords", "pinyin", "main", "pos"} <= families


def test_hsk_levels_are_kept_per_standard_and_read_back_as_listed(
    tmp_path: Path, monkeypatch  # type: ignore[no-untyped-def]
) -> None:
    from zh_learn.analysis import lexicon
    from zh_learn.cachefiles import drop_older_versions
    from zh_learn.hsk import word_levels

    monkeypatch.setenv("ZH_LEARN_CACHE", str(tmp_path))
    lexicon.hsk_levels.cache_clear()
    try:
        for standard in ("hsk3-2021", "hsk2"):
            assert lexicon.hsk_levels(standard) == word_levels(standard)
        files = sorted(p.name for p in tmp_path.glob("hsk-levels-*.pickle"))
        assert [name.split("-")[2] for name in files] == ["hsk2", "hsk3"]
        # a standard's file is a family of its own: writing one never removes the other's
        assert drop_older_versions(tmp_path / files[0]) == 0
        assert len(list(tmp_path.glob("hsk-levels-*.pickle"))) == 2
        lexicon.hsk_levels.cache_clear()
        assert lexicon.hsk_levels("hsk2")["爱"] == word_levels("hsk2")["爱"]  # read back
    finally:
        lexicon.hsk_levels.cache_clear()
