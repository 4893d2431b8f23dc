"""The compiled cache files as a whole: which family a file belongs to, and removing the files
of older versions when a new one is written.

A cache file is named ``<family>-<format>-<key>``, the key naming the package versions
compiled in (``analysis.lexicon.cache_key``), so an upgrade writes new files beside the old
ones: those are removed when their successor is written (``analysis.prepare`` builds them all).
"""

from __future__ import annotations

import os
import pickle
import time
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from zh_learn.fileio import write_cache
from zh_learn.hsk import STANDARDS

#: Name prefixes of the cache files, newest scheme and retired ones (jieba's own cache and
#: dictionary, the pickled lexicon), longest first so ``jieba-dict`` is not read as ``jieba``.
FAMILIES = (
    "pinyin-tables", "main-readings", "opencc-s2tw", "polyphones", "jieba-dict", "cutwords",
    "lexicon", "lookup", "jieba", "pos", "name-tagger", "regexes",
    # a family per standard (``analysis.lexicon.hsk_levels``): one's file never replaces another's
    *(f"hsk-levels-{standard}" for standard in STANDARDS),
)  # fmt: skip
#: Families no version writes any more: every file of theirs is stale.
RETIRED = frozenset({"jieba", "jieba-dict"})


def family(name: str) -> str | None:
    """The cache family a file name belongs to (``cutwords-7-430d.sqlite`` -> ``cutwords``),
    or None for anything else (a temporary file being written, the analyses folder)."""
    if name.startswith((".", "zh-learn-")) or name.endswith(".tmp"):
        return None
    for prefix in FAMILIES:
        rest = name[len(prefix) :]
        if name.startswith(prefix) and rest[:1] in ("-", *"0123456789"):
            return prefix
    return None


#: The newest other version of a family is kept when it was written this recently: another
#: install (a second virtual environment with other package versions) sharing the cache dir
#: is likely still in use, and removing its files would make the two recompile in turn.
KEEP_OTHER_SECONDS = 30 * 86400


def drop_older_versions(path: Path) -> int:
    """Remove the files of ``path``'s family other than ``path`` (older keys or formats) and
    of retired families, but the newest other version when it is recent; returns the bytes
    freed. A process still reading a removed file keeps it open until it exits."""
    own = family(path.name)
    if own is None:
        return 0
    freed = 0
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return 0
    others = []
    for entry in entries:
        kind = family(entry.name)
        if entry.name == path.name or kind is None or (kind != own and kind not in RETIRED):
            continue
        with suppress(OSError):
            others.append((entry.stat(follow_symlinks=False).st_mtime, kind, entry))
    recent = [o for o in others if o[1] == own and time.time() - o[0] < KEEP_OTHER_SECONDS]
    kept = max(recent, key=lambda o: o[0])[2].name if recent else None
    for _, _, entry in others:
        if entry.name == kept:
            continue
        with suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                size = entry.stat(follow_symlinks=False).st_size
                os.unlink(entry.path)
                freed += size
    return freed


def family_files(folder: Path) -> dict[str, int]:
    """Name -> size of the cache files in ``folder``."""
    found: dict[str, int] = {}
    with suppress(OSError):
        for entry in os.scandir(folder):
            if family(entry.name) is not None and entry.is_file(follow_symlinks=False):
                found[entry.name] = entry.stat(follow_symlinks=False).st_size
    return found


def cached_pickle(path: Path, build: Callable[[], Any], valid: Callable[[Any], bool]) -> Any:
    """The object pickled at ``path`` when it is there and ``valid``; otherwise ``build()``'s,
    written there (and the older versions of its family removed). A missing or damaged file is
    built again; an exception of ``build`` reaches the caller and nothing is written."""
    try:
        with open(path, "rb") as fh:
            loaded = pickle.load(fh)
        if valid(loaded):
            return loaded
    except Exception:  # missing or damaged: built again
        pass
    built = build()
    write_cache(built, path)
    drop_older_versions(path)
    return built
