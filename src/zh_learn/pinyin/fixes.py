"""The learner's own pinyin fixes, kept in ``pinyin_overrides.json`` in the user data dir.

A fix maps a word to one tone-number syllable per character: ``行长 = hang2 zhang3``.
``zh_learn.pinyin.reader.readings`` applies every fix wherever the word occurs, so all analyses
and exports honour it. Tone marks and ``u:``/``ü`` are accepted on input and stored in
zh-learn's canonical form (``lv4``, neutral tone 5).
"""

from __future__ import annotations

import functools
import json
import os
import re
import time
from pathlib import Path

from zh_learn.errors import InputError, StoreError
from zh_learn.fileio import write_atomic
from zh_learn.hanzi import HAN_CLASS
from zh_learn.paths import data_dir
from zh_learn.pinyin.syllables import marks_to_numbers

FILENAME = "pinyin_overrides.json"
#: A syllable as a learner may type it in a fix: ``syllables.SYLLABLE`` or ê (欸 ê4).
_SYLLABLE = re.compile(r"^([a-zvê]+)([1-5])$")


@functools.cache
def _word_pattern() -> re.Pattern[str]:
    """A word a fix may be for: Han characters, 〇 too (一〇一). Compiled when a fix is
    checked, not by every analysis (its Han ranges cost ~1 ms to compile)."""
    return re.compile(f"^[\u3007{HAN_CLASS}]+$")


# Mandarin syllables (ü written v), by initial: a permissive table that rejects what is not
# pinyin at all ("x", "y", "ha ng"). Checked against every reading pypinyin knows (tests).
_ZERO_INITIAL = (
    "a o e ai ei ao ou an en ang eng er ê yi ya yo ye yai yao you yan yin yang ying yong "
    "wu wa wo wai wei wan wen wang weng wong yu yue yuan yun n ng m hm hng"
)
_FINALS_BY_INITIALS = {
    "b p m f": "a o e ai ei ao ou an en ang eng ong i ia ie iao iu ian in iang ing u",
    "d t n l": "a o e ai ei ao ou an en ang eng ong i ia ie iao iu ian in iang ing iong u uo "
    "ui uan un v ve van vn ue",
    "g k h": "a o e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang i",
    "j q x": "i ia ie iao iu ian in iang ing iong u ue uan un",
    "zh ch sh r z c s": "a o e ai ei ao ou an en ang eng ong i u ua uo uai ui uan un uang",
}
SYLLABLES = frozenset(_ZERO_INITIAL.split()) | frozenset(
    initial + final
    for initials, finals in _FINALS_BY_INITIALS.items()
    for initial in initials.split()
    for final in finals.split()
)

_cache: dict[Path, tuple[float, dict[str, tuple[str, ...]]]] = {}
#: (ZH_LEARN_HOME, when last checked, fixes): the reader asks for the fixes once per word,
#: tens of thousands of times in a novel, so the file is looked at once a second at most.
_recent: tuple[str | None, float, dict[str, tuple[str, ...]]] | None = None
_RECHECK_SECONDS = 1.0


def overrides_path() -> Path:
    return data_dir(create=False) / FILENAME


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
    raw = _load_raw(path)
    fixes: dict[str, tuple[str, ...]] = {}
    for word, reading in raw.items():
        try:
            if not isinstance(reading, str):
                raise InputError("the reading must be a string such as \"hang2 zhang3\"")
            fixes[word] = parse_syllables(word, reading)
        except InputError as e:
            raise StoreError(
                f"pinyin fixes file {path}: entry {word!r}: {e}; edit the file or remove the "
                f"entry with zh-learn pinyin --unfix {word!r}"
            ) from None
    _cache[path] = (mtime, fixes)
    return fixes


def _load_raw(path: Path) -> dict[str, object]:
    """The JSON object in the fixes file, unchecked (empty when there is no file)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as e:
        raise StoreError(f"cannot read pinyin fixes in {path}: {e}; fix or delete it") from None
    if not isinstance(raw, dict):
        raise StoreError(f"{path} is not a pinyin fixes file (expected a JSON object)")
    return raw


def parse_syllables(word: str, pinyin: str) -> tuple[str, ...]:
    """Check and normalise a reading for ``word``: "hang2 zhang3", "háng zhǎng", "lu:4"."""
    if not _word_pattern().match(word):
        raise InputError(f"{word!r} is not a Chinese word (Han characters only)")
    raws = pinyin.replace(",", " ").split()
    numbered = any(raw[-1].isdigit() for raw in raws)
    out = []
    for raw in raws:
        syl = raw.lower().replace("u:", "v").replace("ü", "v")
        if numbered and not syl[-1].isdigit():
            raise InputError(
                f"{raw!r} has no tone number; give one per syllable (5 for the neutral tone)"
            )
        if not syl[-1].isdigit():
            syl = marks_to_numbers(syl)
        match = _SYLLABLE.match(syl)
        if not match or match.group(1) not in SYLLABLES:
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
    write_atomic(data_dir() / FILENAME, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    global _recent
    _recent = None


def add_fix(word: str, syllables: tuple[str, ...]) -> None:
    fixes = dict(overrides())
    fixes[word] = syllables
    _save(fixes)


def remove_fix(word: str) -> bool:
    """Remove the fix for ``word``; False if there was none. Works on a file with invalid
    entries too (that is how a hand-edited mistake is removed)."""
    path = overrides_path()
    raw = _load_raw(path)
    if word.strip() not in raw and word not in raw:
        return False
    raw.pop(word.strip(), None)
    raw.pop(word, None)
    data = {str(w): r for w, r in sorted(raw.items())}
    write_atomic(path, json.dumps(data, ensure_ascii=False, indent=1) + "\n")
    global _recent
    _recent = None
    return True
