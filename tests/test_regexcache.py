"""The compiled patterns kept between runs (``zh_learn.regexcache``) match as ``re``'s own."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from zh_learn import regexcache
from zh_learn.hanzi import HAN_CLASS

PATTERNS = [
    (f"[{HAN_CLASS}]+", 0),
    (r"(?P<year>\d{4})年(\d{1,2})月", 0),
    (r"^(?:see (?:also )?|variant of )", re.IGNORECASE),
    ("(?:^|(?<=[。！？]))([小老阿])([\u4e00-\u9fff])(?=[，,]|$)", re.MULTILINE),
]


@pytest.mark.parametrize(("pattern", "flags"), PATTERNS)
def test_compiled_arguments_make_the_same_pattern(pattern: str, flags: int) -> None:
    import _sre

    args = regexcache._compile_args(pattern, int(flags))
    made = _sre.compile(*args)
    compiled = re.compile(pattern, flags)
    assert regexcache._same(args, compiled)
    assert made.groupindex == compiled.groupindex
    text = "我们在2021年7月小李，你好。\nsee also 国家"
    assert [m.span() for m in made.finditer(text)] == [
        m.span() for m in compiled.finditer(text)
    ]


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ZH_LEARN_HOME", str(tmp_path))
    monkeypatch.delenv("ZH_LEARN_CACHE", raising=False)
    monkeypatch.setattr(regexcache, "_loaded", None)
    return tmp_path / "cache"


def test_patterns_are_written_once_and_read_back(fresh_cache: Path) -> None:
    pattern = f"[{HAN_CLASS}]{{2}}测试缓存"
    first = re.compile(pattern)
    regexcache.save_new()  # no file was found: the process's patterns are written
    (written,) = fresh_cache.glob("regexes-*.pickle")
    stamp = written.stat().st_mtime_ns

    re.purge()
    regexcache._loaded = None
    regexcache.preload()
    assert regexcache._loaded is not None and (pattern, 0) in regexcache._loaded
    again = re.compile(pattern)  # from re's cache, as preloaded
    assert again == first and again is not first
    assert again.search("这是测试缓存") is not None

    re.compile("一个新的模式[甲乙]")
    regexcache.save_new()  # a file was found: nothing is added to it
    assert written.stat().st_mtime_ns == stamp


def test_a_damaged_file_is_ignored(fresh_cache: Path) -> None:
    fresh_cache.mkdir(parents=True, exist_ok=True)
    regexcache.cache_path().write_bytes(b"not a pickle")
    regexcache.preload()
    assert regexcache._loaded is None
    assert re.compile("[甲乙]+").match("甲乙") is not None
