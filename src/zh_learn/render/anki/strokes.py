"""Stroke-order diagrams for Anki notes: one SVG media file per character (its strokes
numbered at their starts, the radical in red, on a white 田字格, readable in night mode too),
named by a hash of its content, so the same character in many notes (or decks) is one file
in the learner's collection and a changed drawing gets a new name instead of a stale copy."""

from __future__ import annotations

import functools
import hashlib
import html

from zh_learn.characters.strokes import numbered_svg, stroke_data
from zh_learn.hanzi import HAN

MEDIA_PREFIX = "zh-learn-strokes-"
CREDIT = (
    "Stroke order from hanzi-writer-data (Arphic Public License), derived from Make Me a "
    "Hanzi (https://github.com/skishore/makemeahanzi)."
)


@functools.lru_cache(maxsize=8192)
def char_media(char: str) -> tuple[str, str] | None:
    """(file name, SVG text) of one character's diagram, or None without stroke data."""

    data = stroke_data(char)
    if data is None:
        return None
    # The numbered character alone: a third of the size of the stroke-by-stroke frames,
    # which matters for a deck of thousands of characters and reads well at card size.
    svg = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<!-- {CREDIT} -->\n'
        f'{numbered_svg(data, grid=True, background="#fff")}\n'
    )
    digest = hashlib.sha256(svg.encode("utf-8")).hexdigest()[:16]
    return f"{MEDIA_PREFIX}{digest}.svg", svg


def word_media(word: str) -> list[tuple[str, str, str]]:
    """(character, file name, SVG text) for each distinct character of ``word`` that has
    stroke data."""
    out = []
    for char in dict.fromkeys(HAN.findall(word)):
        media = char_media(char)
        if media is not None:
            out.append((char, *media))
    return out


def strokes_field(word: str) -> str:
    """The Strokes field: an <img> per character (Anki copies the files it names)."""
    return "".join(
        f'<img src="{name}" alt="{html.escape(char)} stroke order">'
        for char, name, _svg in word_media(word)
    )
