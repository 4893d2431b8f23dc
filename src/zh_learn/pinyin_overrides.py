"""The learner's own pinyin fixes, kept in ``pinyin_overrides.json`` in the user data dir.

A fix maps a word to one tone-number syllable per character: ``行长 = hang2 zhang3``.
``zh_learn.pinyin.readings`` applies every fix wherever the word occurs, so all analyses
and exports honour it. Tone marks and ``u:``/``ü`` are accepted on input and stored in
zh-learn's canonical form (``lv4``, neutral tone 5).
"""

from __future__ import annotations

import json
import os
import re
import time
from pathlib import Path

from zh_learn.errors import InputError, StoreError
from zh_learn.fileio import write_atomic
from zh_learn.hanzi import HAN_ONLY as _HAN
from zh_learn.paths import data_dir
from zh_learn.pinyin_format import marks_to_numbers

FILENAME = "pinyin_overrides.json"
_SYLLABLE = re.compile(r"^[a-zv]+[1-5]$")

_cache: dict[Path, tuple[float, dict[str, tuple[str, ...]]]] = {}
#: (ZH_LEARN_HOME, when last checked, fixes): the reader asks for the fixes once per word,
#: tens of thousands of times in a novel, so the file is looked at once a second at most.
_recent: tuple[str | None, float, dict[str, tuple[str, ...]]] | None = None
_RECHECK_SECONDS = 1.0


def overrides_path() -> Path:
    return data_dir() / FILENAME


def overrides() -> dict[str, tuple[str, ...]]:
    """Every stored fix, word -> syllables (re-read when the file changes)."""
    global _recent
    home = os.environ.get("ZH_LEARN_HOME")
    now = time.monotonic()
    if _recent is not None and _recent[0] == home and now - _recent[1] < _RECHECK_SECONDS:
        return _recent[2]
    fixes = _read_overrides()
    _recent = (home, now, fixes)
    return fixes


def _read_overrides() -> dict[str, tuple[str, ...]]:
    path = overrides_path()
    try:
        mtime = path.stat().st_mtime_ns
    except FileNotFoundError:
        return {}
    cached = _cache.get(path)
    if cached is not None and cached[0] == mtime:
        return cached[1]
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise StoreError(f"cannot read pinyin fixes in {path}: {e}; fix or delete it") from e
    if not isinstance(raw, dict):
        raise StoreError(f"{path} is not a pinyin fixes file (expected a JSON object)")
    fixes = {str(w): tuple(str(r).split()) for w, r in raw.items()}
    _cache[path] = (mtime, fixes)
    return fixes


def parse_syllables(word: str, pinyin: str) -> tuple[str, ...]:
    """Check and normalise a reading for ``word``: "hang2 zhang3", "háng zhǎng", "lu:4"."""
    if not _HAN.match(word):
        raise InputError(f"{word!r} is not a Chinese word (Han characters only)")
    out = []
    for raw in pinyin.replace(",", " ").split():
        syl = raw.lower().replace("u:", "v").replace("ü", "v")
        if not syl[-1].isdigit():
            syl = marks_to_numbers(syl)
        if not _SYLLABLE.match(syl):
            raise InputError(f"{raw!r} is not a pinyin syllable (write e.g. hang2 or háng)")
        out.append(syl)
    if len(out) != len(word):
        raise InputError(
            f"{word} has {len(word)} character(s) but {len(out)} syllable(s) were given"
        )
    return tuple(out)


def parse_fix(spec: str) -> tuple[str, tuple[str, ...]]:
    """ "行长=hang2 zhang3" -> ("行长", ("hang2", "zhang3"))."""
    word, sep, pinyin = spec.partition("=")
    if not sep or not word.strip() or not pinyin.strip():
        raise InputError(f"write a fix as WORD=PINYIN, e.g. 行长=hang2 zhang3 (got {spec!r})")
    word = word.strip()
    return word, parse_syllables(word, pinyin)


def _save(fixes: dict[str, tuple[str, ...]]) -> None:
    data = {w: " ".join(s) for w, s in sorted(fixes.items())}
    write_atomic(overrides_path(), json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    global _recent
    _recent = None


def add_fix(word: str, syllables: tuple[str, ...]) -> None:
    fixes = dict(overrides())
    fixes[word] = syllables
    _save(fixes)


def remove_fix(word: str) -> bool:
    """Remove the fix for ``word``; False if there was none."""
    fixes = dict(overrides())
    if fixes.pop(word.strip(), None) is None:
        return False
    _save(fixes)
    return True
