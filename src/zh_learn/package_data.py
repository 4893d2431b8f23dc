"""Files zh-learn ships in ``zh_learn/data``: tables and templates written for zh-learn."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

#: zh-learn is installed as files (its caches and SQLite tables need real paths), so its data
#: is found next to this module: importing importlib.resources costs a run 10-20 ms.
DATA = Path(__file__).resolve().parent / "data"


def data_file(*parts: str) -> Path:
    return DATA.joinpath(*parts)


def read_text(*parts: str) -> str:
    return data_file(*parts).read_text(encoding="utf-8")


def read_rows(name: str) -> Iterator[list[str]]:
    """The tab-separated columns of each line of the table ``name``, skipping blank lines and
    comments (lines starting with #)."""
    for line in read_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")
