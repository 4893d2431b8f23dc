"""The analysis modules' regular expressions, compiled once per install rather than per run.

Compiling a pattern with a range of Han characters ([\u4e00-\u9fff]) fills a table of every
character in the range in Python: the analysis modules' ~120 patterns cost a run ~0.1 s, a
sixth of an article's analysis. The compiled form (``re``'s own, as ``re._compiler`` makes
it) is kept in the cache dir and put into ``re``'s cache of compiled patterns before the
modules ask for them, so their ``re.compile`` finds each pattern made.

``re``'s internals may change with any Python version: the cache file is keyed by the exact
version, an entry is kept only where the pattern it makes equals ``re.compile``'s (same
code, flags and groups), and anything unexpected leaves ``re`` to compile as it always does.
The file is also keyed by zh-learn's modules (their paths, sizes and modification times) and
written once, by the first run that finds none: a pattern that changes from run to run (one
built from a set, or from a text) is compiled as before and never makes the file grow.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]  # re's compiled form, kept in the cache
import hashlib
import pickle
import re
import sys
from contextlib import suppress
from pathlib import Path
from typing import Any

_FORMAT = 1
#: (pattern, flags) -> the arguments of ``_sre.compile`` that make it
Entries = dict[tuple[str, int], tuple[Any, ...]]
#: what the cache file held when it was read (None: not read, or not usable here)
_loaded: Entries | None = None


def _re_cache() -> dict[Any, Any] | None:
    """``re``'s cache of compiled patterns, keyed (type, pattern, flags) since Python 3.7."""
    cache = getattr(re, "_cache", None)
    return cache if isinstance(cache, dict) else None


def cache_path() -> Path:
    """The cache file of this Python and these modules."""
    from zh_learn.paths import cache_dir

    digest = hashlib.sha256(f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}\n".encode())
    package = Path(__file__).resolve().parent
    for path in sorted(package.rglob("*.py")):
        stat = path.stat()
        digest.update(f"{path.relative_to(package).as_posix()}|{stat.st_size}|"
                      f"{stat.st_mtime_ns}\n".encode())
    return cache_dir() / f"regexes-{_FORMAT}-{digest.hexdigest()[:16]}.pickle"


def preload() -> None:
    """Put the patterns compiled in earlier runs into ``re``'s cache."""
    global _loaded
    cache = _re_cache()
    if cache is None or _loaded is not None:
        return
    try:
        with open(cache_path(), "rb") as fh:
            entries = pickle.load(fh)
        if not isinstance(entries, dict):
            return
        for (pattern, flags), args in entries.items():
            cache[str, pattern, flags] = _sre.compile(*args)
    except Exception:  # missing, damaged or of another Python: compiled as usual
        return
    _loaded = entries


def save_new() -> None:
    """Write the patterns ``re`` compiled so far in this process where no cache file was
    found (the first run after an install, an upgrade or an edit; nothing otherwise)."""
    global _loaded
    cache = _re_cache()
    if cache is None or _loaded is not None:
        return
    entries: Entries = {}
    for key in list(cache):
        if len(key) != 3 or key[0] is not str:
            continue
        pattern, flags = key[1], key[2]
        with suppress(Exception):  # a pattern made otherwise is left out
            args = _compile_args(pattern, flags)
            if _same(args, cache[key]):
                entries[pattern, flags] = args
    if entries:
        _write(entries)
        _loaded = entries  # written once per process


def _compile_args(pattern: str, flags: int) -> tuple[Any, ...]:
    """The arguments ``re._compiler.compile`` passes to ``_sre.compile`` for ``pattern``."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # plain ints, which pickle
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (
        pattern, int(flags | parsed.state.flags), code, parsed.state.groups - 1,
        groupindex, tuple(indexgroup),
    )  # fmt: skip


def _same(args: tuple[Any, ...], compiled: re.Pattern[str]) -> bool:
    """Whether ``args`` make ``compiled`` (patterns compare by code, flags and pattern)."""
    made = _sre.compile(*args)
    return bool(
        made == compiled
        and made.groups == compiled.groups
        and made.groupindex == compiled.groupindex
    )


def _write(entries: Entries) -> None:
    from zh_learn.cachefiles import drop_older_versions
    from zh_learn.fileio import write_cache

    with suppress(Exception):  # a cache that cannot be written only costs time
        path = cache_path()
        write_cache(entries, path)
        drop_older_versions(path)
