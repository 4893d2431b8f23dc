"""Stroke order: the shipped stroke outlines and the SVG diagrams drawn from them.

The outlines (``data/characters/strokes.tsv.gz``, from hanzi-writer-data) are on a 1024 box
with y up, the font's em box: the baseline is at y = 0 and the top at y = 900, so every path
is drawn inside ``translate(0 900) scale(1 -1)``. Text (stroke numbers) is placed outside that
flip, or it would print upside down.

The diagrams are plain SVG with no fonts of their own beyond the stroke numbers, small enough
to inline in a page or ship as Anki media: a stroke sequence defines each stroke once and
reuses it with ``<use>`` in every later frame.
"""

from __future__ import annotations

import functools
import gzip
import html
from dataclasses import dataclass

from zh_learn.package_data import data_file

BOX = 1024
_FLIP = "translate(0 900) scale(1 -1)"
INK = "#1b1b1b"
ACCENT = "#b03a2e"
DONE = "#9aa0a6"
TRACE = "#c8cbcf"
GRID = "#e0a8a0"


@dataclass(frozen=True, slots=True)
class StrokeData:
    """One character's strokes in writing order."""

    char: str
    paths: tuple[str, ...]  # SVG path data, 1024 box, y up
    starts: tuple[tuple[int, int], ...]  # where each stroke begins (y up)
    radical: frozenset[int]  # indexes of the strokes that form the radical

    @property
    def count(self) -> int:
        return len(self.paths)


@functools.cache
def _table() -> dict[str, str]:
    """Character -> its raw line; lines are parsed only when a character is asked for."""
    raw = gzip.decompress(data_file("characters", "strokes.tsv.gz").read_bytes())
    table: dict[str, str] = {}
    for line in raw.decode("utf-8").splitlines():
        if line and not line.startswith("#"):
            table[line[0]] = line
    return table


def characters() -> frozenset[str]:
    """Every character zh-learn has stroke data for."""
    return frozenset(_table())


@functools.lru_cache(maxsize=4096)
def stroke_data(char: str) -> StrokeData | None:
    line = _table().get(char)
    if line is None:
        return None
    _char, radical, starts, _ends, paths = line.split("\t")
    return StrokeData(
        char=char,
        paths=tuple(paths.split("|")),
        starts=tuple(_point(p) for p in starts.split(";")),
        radical=frozenset(int(i) for i in radical.split(",") if i),
    )


def _point(text: str) -> tuple[int, int]:
    x, y = text.split(",")
    return round(float(x)), round(float(y))


def _id_prefix(char: str) -> str:
    return f"zs{ord(char):x}"


def defs(data: StrokeData, prefix: str | None = None) -> str:
    """``<defs>`` naming each stroke ``{prefix}-{i}``, for ``<use>`` in this or other SVGs
    of the same page."""
    prefix = prefix or _id_prefix(data.char)
    paths = "".join(f'<path id="{prefix}-{i}" d="{d}"/>' for i, d in enumerate(data.paths))
    return f"<defs>{paths}</defs>"


def _uses(data: StrokeData, upto: int, prefix: str, fill: str, last: str | None = None) -> str:
    parts = []
    for i in range(upto):
        colour = last if (last is not None and i == upto - 1) else fill
        parts.append(f'<use href="#{prefix}-{i}" fill="{colour}"/>')
    return f'<g transform="{_FLIP}">{"".join(parts)}</g>'


def _svg_open(width: float, height: float, label: str, css_class: str = "") -> str:
    cls = f' class="{css_class}"' if css_class else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width:g} {height:g}"{cls} '
        f'role="img" aria-label="{html.escape(label)}">'
    )


def grid_lines(size: float = BOX, x: float = 0, stroke_width: float = 8) -> str:
    """A 田字格: the square's border and dashed middle lines, at ``x``."""
    half = size / 2
    return (
        f'<g fill="none" stroke="{GRID}" stroke-width="{stroke_width:g}">'
        f'<rect x="{x + stroke_width / 2:g}" y="{stroke_width / 2:g}" '
        f'width="{size - stroke_width:g}" height="{size - stroke_width:g}"/>'
        f'<path d="M{x:g} {half:g}h{size:g}M{x + half:g} 0v{size:g}" '
        f'stroke-dasharray="{size / 24:g} {size / 24:g}" stroke-width="{stroke_width * 0.6:g}"/>'
        "</g>"
    )


def numbered_svg(
    data: StrokeData, *, grid: bool = False, prefix: str | None = None,
    background: str | None = None,
) -> str:
    """The whole character, strokes filled (the radical's in red), each stroke's number at
    its start; ``background`` fills the square (a file shown on a dark page needs one)."""
    prefix = prefix or _id_prefix(data.char)
    strokes = "".join(
        f'<use href="#{prefix}-{i}" fill="{ACCENT if i in data.radical else INK}"/>'
        for i in range(data.count)
    )
    numbers = []
    for i, (x, y) in enumerate(data.starts, start=1):
        cy = 900 - y
        numbers.append(
            f'<circle cx="{x}" cy="{cy}" r="40" fill="#fff" stroke="{ACCENT}" stroke-width="6"/>'
            f'<text x="{x}" y="{cy + 17}" text-anchor="middle" font-size="{52 if i < 10 else 44}"'
            f' font-family="sans-serif" font-weight="700" fill="{ACCENT}">{i}</text>'
        )
    return (
        _svg_open(BOX, BOX, f"{data.char}: {data.count} strokes, numbered", "strokes-numbered")
        + defs(data, prefix)
        + (f'<rect width="{BOX}" height="{BOX}" fill="{background}"/>' if background else "")
        + (grid_lines() if grid else "")
        + f'<g transform="{_FLIP}" opacity="0.85">{strokes}</g>'
        + "".join(numbers)
        + "</svg>"
    )


def sequence_svg(
    data: StrokeData,
    *,
    prefix: str | None = None,
    include_defs: bool = True,
    per_row: int | None = None,
) -> str:
    """Frames of the character being written: frame i shows strokes 1..i, the new one in
    red. ``per_row`` wraps the frames into rows; ``include_defs=False`` relies on a
    ``defs()`` elsewhere on the page."""
    prefix = prefix or _id_prefix(data.char)
    per_row = per_row or data.count
    gap = 64
    rows = -(-data.count // per_row)
    cols = min(per_row, data.count)
    width = cols * BOX + (cols - 1) * gap
    height = rows * BOX + (rows - 1) * gap
    frames = []
    for i in range(1, data.count + 1):
        col, row = (i - 1) % per_row, (i - 1) // per_row
        frames.append(
            f'<g transform="translate({col * (BOX + gap)} {row * (BOX + gap)})">'
            + grid_lines(stroke_width=14)
            + _uses(data, i, prefix, DONE, last=ACCENT)
            + "</g>"
        )
    return (
        _svg_open(width, height, f"{data.char}: stroke order, {data.count} steps",
                  "strokes-sequence")
        + (defs(data, prefix) if include_defs else "")
        + "".join(frames)
        + "</svg>"
    )


def trace_svg(
    data: StrokeData | None, *, prefix: str | None = None, fill: str = TRACE,
    include_defs: bool = False,
) -> str:
    """A 田字格 square with the character in light grey to write over (or empty)."""
    label = f"{data.char} to trace" if data else "empty square"
    body = ""
    if data is not None:
        prefix = prefix or _id_prefix(data.char)
        body = (defs(data, prefix) if include_defs else "") + _uses(
            data, data.count, prefix, fill
        )
    return _svg_open(BOX, BOX, label, "grid") + grid_lines() + body + "</svg>"


def standalone_svg(data: StrokeData) -> str:
    """A stroke sequence as a file of its own (``zh-learn char -o``, Anki media): the
    numbered character first, then the frames, with an XML declaration."""
    numbered = numbered_svg(data, grid=True)
    frames = sequence_svg(data, include_defs=False, per_row=min(data.count, 6))
    return f'<?xml version="1.0" encoding="UTF-8"?>\n{_stack(numbered, frames, data)}\n'


def _stack(numbered: str, frames: str, data: StrokeData) -> str:
    """The numbered character beside its frames, in one SVG."""
    per_row = min(data.count, 6)
    rows = -(-data.count // per_row)
    gap = 64
    frame_w = per_row * BOX + (per_row - 1) * gap
    frame_h = rows * BOX + (rows - 1) * gap
    scale = 0.5
    width = BOX + gap * 2 + frame_w * scale
    height = max(BOX, frame_h * scale)
    return (
        _svg_open(width, height, f"{data.char}: stroke order ({data.count} strokes)")
        + f'<rect width="{width:g}" height="{height:g}" fill="#fff"/>'
        + f'<svg x="0" y="0" width="{BOX}" height="{BOX}" viewBox="0 0 {BOX} {BOX}">'
        + numbered.split(">", 1)[1]
        + f'<svg x="{BOX + gap * 2}" y="0" width="{frame_w * scale:g}" '
        f'height="{frame_h * scale:g}" viewBox="0 0 {frame_w} {frame_h}">'
        + frames.split(">", 1)[1]
        + "</svg>"
    )


def combined_svg(chars: list[StrokeData]) -> str:
    """Several characters' diagrams stacked in one SVG file."""
    if len(chars) == 1:
        return standalone_svg(chars[0])
    blocks = [standalone_svg(d).split("\n", 1)[1].strip() for d in chars]
    heights = [_height(b) for b in blocks]
    widths = [_width(b) for b in blocks]
    gap = 96
    total = sum(heights) + gap * (len(blocks) - 1)
    width = max(widths)
    out = [_svg_open(width, total, "stroke order: " + "".join(d.char for d in chars))]
    y = 0.0
    for block, h, w in zip(blocks, heights, widths, strict=True):
        out.append(f'<svg x="0" y="{y:g}" width="{w:g}" height="{h:g}"' + block[4:])
        y += h + gap
    out.append("</svg>")
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + "".join(out) + "\n"


def _view(svg: str) -> list[float]:
    start = svg.index('viewBox="') + 9
    return [float(v) for v in svg[start : svg.index('"', start)].split()]


def _width(svg: str) -> float:
    return _view(svg)[2]


def _height(svg: str) -> float:
    return _view(svg)[3]
