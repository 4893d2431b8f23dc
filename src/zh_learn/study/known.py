"""Words the learner already knows: added by hand, imported from Anki or Pleco, or learnt
in the quiz (all of a word's cards in review with FSRS stability of at least
``KNOWN_STABILITY`` = 21 days).

``known_words()`` is what ``--skip-known`` uses everywhere; importing this module loads only
sqlite3 (through ``zh_learn.study.store``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

from zh_learn.analysis.textio import clean_text, decode, printable, read_bytes
from zh_learn.errors import InputError
from zh_learn.hanzi import HAN_CLASS
from zh_learn.study.store import KNOWN_STABILITY, Store, open_existing

__all__ = [
    "KNOWN_STABILITY",
    "add",
    "export",
    "import_file",
    "known_words",
    "parse_word_list",
    "remove",
]

_HAN_ONLY = re.compile(f"^[\u3007{HAN_CLASS}]+$")  # 〇 too: 一〇一
# Pleco writes "simplified[traditional]" when both scripts are exported.
_PLECO_PAIR = re.compile(r"^([^\[\]]+)\[([^\[\]]+)\]$")
_TAG = re.compile(r"<[^>]*>|&nbsp;")


def known_words() -> set[str]:
    """Every known word (simplified). Empty when no progress database exists yet."""
    store = open_existing()
    if store is None:
        return set()
    with store:
        return set(store.known())


def known_sources() -> dict[str, str]:
    """Known words with how each became known: "manual", "import" or "auto"."""
    store = open_existing()
    if store is None:
        return {}
    with store:
        return store.known()


def is_han_word(text: str) -> bool:
    return bool(_HAN_ONLY.match(text))


def _check_words(words: Iterable[str]) -> list[str]:
    out = []
    for word in words:
        word = word.strip()
        if not is_han_word(word):
            raise InputError(f"{word!r} is not a Chinese word (Han characters only)")
        out.append(word)
    return out


def add(words: Iterable[str], source: str = "manual") -> int:
    """Mark words as known; returns how many were new."""
    checked = _check_words(words)
    with Store() as store:
        return store.add_known(checked, source)


def remove(words: Iterable[str]) -> int:
    """Forget words; returns how many were known."""
    store = open_existing(readonly=False)
    if store is None:
        return 0
    with store:
        return store.remove_known(w.strip() for w in words)


def export() -> list[str]:
    """Known words in the order they became known."""
    return list(known_sources())


def field_word(field: str) -> str | None:
    """The Chinese word in a field of an export or a note (HTML and 简[繁] pairs cleaned)."""
    field = _TAG.sub("", field).strip().strip('"').strip()
    pair = _PLECO_PAIR.match(field)
    if pair and is_han_word(pair.group(1)):
        return pair.group(1)
    return field if is_han_word(field) else None


def parse_word_list(text: str) -> list[str]:
    """Words from a plain list (one per line) or a CSV/TSV export from Anki or Pleco: the
    first field of each row made only of Han characters. Comment lines (``#``, ``//``) and
    rows without such a field are skipped; duplicates are dropped."""
    words: dict[str, None] = {}
    lines = [
        ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith(("#", "//"))
    ]
    sample = "\n".join(lines[:20])
    delimiter = next((d for d in ("\t", ",", ";") if d in sample), None)
    if delimiter is None:
        rows: Iterable[list[str]] = (ln.split() for ln in lines)
    else:
        rows = csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter)
    for row in rows:
        for field in row:
            word = field_word(field)
            if word:
                words[word] = None
                break
    return list(words)


def read_word_file(path: str | Path, encoding: str | None = None) -> list[str]:
    """The words of a file: one per line, or a CSV/TSV export from Anki or Pleco. Raises
    InputError for a missing, empty, binary or oversized file, or one with no Chinese words."""

    data = read_bytes(str(path), "a text file of words")
    name = "stdin" if str(path) == "-" else printable(Path(path).name)
    if not data.strip():
        raise InputError(f"{name} is empty: give a list of words")
    text, _ = decode(data, encoding, name)
    words = parse_word_list(clean_text(text).lstrip("\ufeff"))
    if not words:
        raise InputError(f"{name} holds no Chinese words (one per line, or CSV/TSV rows)")
    return words


def import_file(path: str | Path, encoding: str | None = None) -> tuple[int, int]:
    """Import known words from a file; returns (words read, words new to the list)."""
    words = read_word_file(path, encoding)
    return len(words), add(words, source="import")
