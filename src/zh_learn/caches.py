"""The compiled caches as a whole: build every one ahead of use (``zh-learn prepare``, run by
``make`` at install), and remove the files of older versions.

Each cache is built on first use by its own module; compiling them all takes 20-60 s, which
a first analysis would otherwise pay. A cache file is named ``<family>-<format>-<key>``, the
key naming the package versions compiled in (``zh_learn.lexicon.cache_key``), so an upgrade
writes new files beside the old ones: those are removed when their successor is written.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

#: Name prefixes of the cache files, newest scheme and retired ones (jieba's own cache and
#: dictionary, the pickled lexicon), longest first so ``jieba-dict`` is not read as ``jieba``.
FAMILIES = (
    "pinyin-tables", "main-readings", "opencc-s2tw", "polyphones", "jieba-dict", "cutwords",
    "lexicon", "lookup", "jieba", "pos",
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


def drop_older_versions(path: Path) -> int:
    """Remove the files of ``path``'s family other than ``path`` (older keys or formats) and
    of retired families; returns the bytes freed. A process still reading a removed file keeps
    it open until it exits."""
    own = family(path.name)
    if own is None:
        return 0
    freed = 0
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return 0
    for entry in entries:
        kind = family(entry.name)
        if entry.name == path.name or kind is None or (kind != own and kind not in RETIRED):
            continue
        with suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                size = entry.stat(follow_symlinks=False).st_size
                os.unlink(entry.path)
                freed += size
    return freed


@dataclass(frozen=True, slots=True)
class Step:
    label: str
    build: Callable[[], Path]


def _lexicon() -> Path:
    from zh_learn.lexicon import lexicon, lexicon_path

    lexicon()
    return lexicon_path()


def _lookup() -> Path:
    from zh_learn.lexicon import lookup_path

    return lookup_path()


def _cut_words() -> Path:
    from zh_learn.cutwords import cut_words, cut_words_path

    cut_words()
    return cut_words_path()


def _pinyin() -> Path:
    from zh_learn.pinyin import tables, tables_path

    tables()
    return tables_path()


def _main_readings() -> Path:
    from zh_learn.senses import main_readings_path, prepare_main_readings

    prepare_main_readings()
    return main_readings_path()


def _polyphones() -> Path:
    from zh_learn.pinyin import prepare_model

    return prepare_model()


def _opencc() -> Path:
    from zh_learn.traditional import prepare_tables

    return prepare_tables()


def _parts_of_speech() -> Path:
    from zh_learn.pos import pos_path

    return pos_path()


#: In the order they depend on each other (the others read the lexicon).
STEPS = (
    Step("dictionary (CC-CEDICT, idioms, jieba's tags)", _lexicon),
    Step("frequencies, character readings, idiom notes", _lookup),
    Step("the cut's dictionary and name statistics", _cut_words),
    Step("pinyin tables", _pinyin),
    Step("characters' main readings", _main_readings),
    Step("parts of speech", _parts_of_speech),
    Step("OpenCC's traditional-character tables", _opencc),
    Step("the polyphone model", _polyphones),
)


@dataclass(frozen=True, slots=True)
class Prepared:
    label: str
    path: Path
    seconds: float
    size: int


def prepare(on_step: Callable[[int, Step], None] | None = None) -> tuple[list[Prepared], int]:
    """Build every compiled cache that is missing (a present one costs a millisecond) and remove
    stale ones; returns what each step took and the bytes freed. ``on_step(i, step)`` is called
    before step ``i`` starts, for a progress line."""
    from zh_learn.paths import cache_dir

    before = _family_files(cache_dir())
    done: list[Prepared] = []
    for i, step in enumerate(STEPS):
        if on_step is not None:
            on_step(i, step)
        start = time.perf_counter()
        path = step.build()
        seconds = time.perf_counter() - start
        drop_older_versions(path)  # a step that found its cache compiled wrote nothing
        size = path.stat().st_size if path.exists() else 0
        done.append(Prepared(step.label, path, seconds, size))
    after = _family_files(cache_dir())
    freed = sum(size for name, size in before.items() if name not in after)
    return done, freed


def _family_files(folder: Path) -> dict[str, int]:
    """Name -> size of the cache files in ``folder``."""
    found: dict[str, int] = {}
    with suppress(OSError):
        for entry in os.scandir(folder):
            if family(entry.name) is not None and entry.is_file(follow_symlinks=False):
                found[entry.name] = entry.stat(follow_symlinks=False).st_size
    return found
