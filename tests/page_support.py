"""Rendering pages in headless Chromium for the tests, and judging the PNG."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from test_handout import read_png
from zh_learn.hanzi import HAN_CLASS

A4_PX = (1240, 1754)  # A4 at 150 dpi


@dataclass
class Shot:
    width: int
    height: int
    dark: float  # share of sampled pixels that are dark ink
    inked: float  # share of sampled pixels that are not white (grey traces, grid lines too)
    rows: list[bytes]
    bpp: int


def screenshot(html_path: Path, png: Path) -> Shot:
    from zh_learn.render.html import print_with_chromium

    print_with_chromium(html_path, png, mode="png", window_size=A4_PX)
    width, height, bpp, rows = read_png(png)
    dark = inked = sampled = 0
    for y in range(0, height, 2):
        row = rows[y]
        for x in range(0, width, 2):
            sampled += 1
            level = row[x * bpp] + row[x * bpp + 1] + row[x * bpp + 2]
            dark += level < 300
            inked += level < 700
    return Shot(width, height, dark / sampled, inked / sampled, rows, bpp)


def cjk_glyphs_drawn(html_path: Path, tmp_path: Path) -> bool:
    """Whether Chromium draws the page's Chinese characters with real glyphs: the same page
    with every Han character swapped for a code point no font has (drawn as a missing-glyph
    box, or nothing) must look different."""
    html = html_path.read_text(encoding="utf-8")
    body = html.split("<body>", 1)
    missing = re.sub(f"[{HAN_CLASS}]", "\U000f0000", body[1])
    probe = tmp_path / f"{html_path.stem}-missing.html"
    probe.write_text(body[0] + "<body>" + missing, encoding="utf-8")
    real = screenshot(html_path, tmp_path / f"{html_path.stem}-real.png")
    fake = screenshot(probe, tmp_path / f"{html_path.stem}-missing.png")
    changed = sum(1 for a, b in zip(real.rows, fake.rows, strict=True) if a != b)
    return changed > 50
