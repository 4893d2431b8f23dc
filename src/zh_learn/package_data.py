"""Files zh-learn ships in ``zh_learn/data``: tables and templates written for zh-learn."""

from __future__ import annotations

from collections.abc import Iterator
from importlib.resources import files
from importlib.resources.abc import Traversable


def data_file(*parts: str) -> Traversable:
    return files("zh_learn").joinpath("data", *parts)


def read_text(*parts: str) -> str:
    return data_file(*parts).read_text(encoding="utf-8")


def read_rows(name: str) -> Iterator[list[str]]:
    """The tab-separated columns of each line of the table ``name``, skipping blank lines and
    comments (lines starting with #)."""
    for line in read_text(name).splitlines():
        if line.strip() and not line.startswith("#"):
            yield line.split("\t")
