"""Build every compiled cache ahead of use (``zh-learn prepare``, run by ``make`` at install).

Each cache is built on first use by its own module; compiling them all takes 20-60 s, which
a first analysis would otherwise pay.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from zh_learn.cachefiles import drop_older_versions, family_files
from zh_learn.paths import cache_dir


@dataclass(frozen=True, slots=True)
class Step:
    label: str
    build: Callable[[], Path]


def _lexicon() -> Path:
    from zh_learn.analysis.lexicon import lexicon, lexicon_path

    lexicon()
    return lexicon_path()


def _lookup() -> Path:
    from zh_learn.analysis.lexicon import lookup_path

    return lookup_path()


def _cut_words() -> Path:
    from zh_learn.analysis.cutwords import cut_words, cut_words_path

    cut_words()
    return cut_words_path()


def _pinyin() -> Path:
    from zh_learn.pinyin.tables import tables, tables_path

    tables()
    return tables_path()


def _main_readings() -> Path:
    from zh_learn.analysis.senses import main_readings_path, prepare_main_readings

    prepare_main_readings()
    return main_readings_path()


def _hsk_levels() -> Path:
    from zh_learn.analysis.lexicon import hsk_levels, hsk_levels_path
    from zh_learn.hsk import DEFAULT_STANDARD, STANDARDS

    for standard in STANDARDS:
        hsk_levels(standard)
    return hsk_levels_path(DEFAULT_STANDARD)


def _polyphones() -> Path:
    from zh_learn.pinyin.g2pm import prepare_model

    return prepare_model()


def _opencc() -> Path:
    from zh_learn.analysis.traditional import prepare_tables

    return prepare_tables()


def _name_tagger() -> Path:
    from zh_learn.analysis.name_model import WEIGHTS, tagger, tagger_path

    tagger()
    return tagger_path(WEIGHTS)


def _parts_of_speech() -> Path:
    from zh_learn.analysis.pos import pos_path

    return pos_path()


def _regexes() -> Path:
    from zh_learn import regexcache
    from zh_learn.analysis import pipeline  # noqa: F401  (compiles every module's patterns)

    regexcache.save_new()  # where its import found no cache file and wrote one, nothing
    return regexcache.cache_path()


#: In the order they depend on each other (the others read the lexicon).
STEPS = (
    Step("dictionary (CC-CEDICT, idioms, jieba's tags)", _lexicon),
    Step("frequencies, character readings, idiom notes", _lookup),
    Step("the cut's dictionary and name statistics", _cut_words),
    Step("pinyin tables", _pinyin),
    Step("characters' main readings", _main_readings),
    Step("HSK word lists", _hsk_levels),
    Step("parts of speech", _parts_of_speech),
    Step("OpenCC's traditional-character tables", _opencc),
    Step("the polyphone model", _polyphones),
    Step("the name tagger", _name_tagger),
    Step("the analysis modules' regular expressions", _regexes),
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
    before = family_files(cache_dir())
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
    after = family_files(cache_dir())
    freed = sum(size for name, size in before.items() if name not in after)
    return done, freed
