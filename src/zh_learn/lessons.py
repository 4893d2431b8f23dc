"""Several texts read in order as lessons, and the small file helpers the teacher outputs share.

``credit_lessons`` credits each word to the first lesson it appears in, so a word list shows
the new words of each lesson; counts are added up over all lessons.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from zh_learn.errors import InputError, OutputError
from zh_learn.models import VocabItem, Vocabulary


@dataclass(slots=True)
class Lesson:
    """The items first met in one text (``number`` counts from 1)."""

    number: int
    title: str
    source: str
    items: list[VocabItem]


def credit_lessons(vocabularies: list[Vocabulary]) -> list[Lesson]:
    """One Lesson per vocabulary, each holding only the items not met in an earlier lesson.

    An item's ``count`` becomes its total over all lessons; its example stays the one from
    the lesson it is credited to.
    """
    totals: dict[str, int] = {}
    for vocab in vocabularies:
        for item in vocab.items:
            totals[item.simplified] = totals.get(item.simplified, 0) + item.count
    seen: set[str] = set()
    lessons: list[Lesson] = []
    for number, vocab in enumerate(vocabularies, start=1):
        new: list[VocabItem] = []
        for item in vocab.items:
            if item.simplified in seen:
                continue
            seen.add(item.simplified)
            new.append(replace(item, count=totals[item.simplified]))
        lessons.append(Lesson(number, vocab.title, vocab.source, new))
    return lessons


def read_word_file(path: str) -> set[str]:
    """Words from a known-words file: one per line, or a CSV/TSV export from Anki or Pleco
    (the same reader as ``zh-learn known import``)."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise InputError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise InputError(f"{path} is a folder; give a text file of words") from None
    except OSError as e:
        raise InputError(f"cannot read {path}: {e.strerror or e}") from None
    from zh_learn.known import parse_word_list
    from zh_learn.textio import decode

    text, _ = decode(raw, None, p.name)
    return set(parse_word_list(text.lstrip("\ufeff")))


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, so a reader
    never sees half a file. Raises OutputError with one line when the path is unwritable."""
    target = Path(path)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    if target.is_dir():
        raise OutputError(f"cannot write {target}: it is a folder; give a file name")
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"cannot write {target}: folder {folder} does not exist")
    tmp_name = ""
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
        os.chmod(tmp_name, 0o666 & ~_umask())
        os.replace(tmp_name, target)
    except OSError as e:
        if tmp_name:
            Path(tmp_name).unlink(missing_ok=True)
        raise OutputError(f"cannot write {target}: {e.strerror or e}") from None
    return target
