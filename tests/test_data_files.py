"""Every file zh-learn ships is documented: its source, licence and format."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).resolve().parent.parent / "src" / "zh_learn" / "data"
README = (DATA / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "entry", sorted(p.name for p in DATA.iterdir() if p.name not in ("README.md", "__pycache__"))
)
def test_every_data_file_is_documented(entry: str) -> None:
    path = DATA / entry
    name = f"`{entry}/`" if path.is_dir() else f"`{entry}`"
    rows = [line for line in README.splitlines() if line.startswith(f"| {name} |")]
    assert rows, f"{entry} is not listed in src/zh_learn/data/README.md"
    source, fmt = rows[0].split(" | ")[1:3]
    assert source.strip() and fmt.strip()
    if path.is_dir() and not entry.startswith(("anki", "demo")):
        assert (path / "README.md").exists() or (path / "LICENSE").exists(), entry


def test_tables_have_a_header_that_names_their_columns() -> None:
    for table in DATA.glob("*.tsv"):
        first = table.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("#"), table.name
