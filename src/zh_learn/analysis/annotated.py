"""A text's lines as the learner units zh-learn lists, each with its pinyin in context.

``zh-learn pinyin`` prints these: the units are the segmenter's (the items of ``vocab``: 一
生病, 小王, 切中肯綮), not the pinyin reader's own cut, which only chooses readings and would
show 一生 "lifetime" in 我一生病; each character keeps the reading the reader gives it there.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from zh_learn.analysis.segment import segment
from zh_learn.models import TokenKind
from zh_learn.pinyin.reader import apply_sandhi, readings

#: A unit with its syllables (tone numbers); a unit without Han characters has none.
Unit = tuple[str, tuple[str, ...]]


#: Characters read at a time: a novel is annotated in blocks of whole lines, so its output
#: streams and its tokens and readings never all sit in memory at once.
BLOCK_CHARS = 100_000


def annotated_lines(text: str, sandhi: bool = False) -> Iterator[list[Unit]]:
    """Each line of ``text`` (as ``str.splitlines`` gives them) cut into learner units, each
    with one syllable per character; punctuation and other non-Han text get ()."""
    block: list[str] = []
    size = 0
    for line in text.splitlines(keepends=True):
        block.append(line)
        size += len(line)
        if size >= BLOCK_CHARS:
            yield from _annotated_block("".join(block), sandhi)
            block, size = [], 0
    if block:
        yield from _annotated_block("".join(block), sandhi)


def _annotated_block(text: str, sandhi: bool) -> list[list[Unit]]:
    document = segment(text)
    syllables = readings(text)
    if sandhi:
        syllables = apply_sandhi(syllables, text)
    starts: list[int] = []
    at = 0
    for line in text.splitlines(keepends=True):
        starts.append(at)
        at += len(line)
    lines: list[list[Unit]] = [[] for _ in starts]
    for token in document.tokens:
        if token.kind is TokenKind.SPACE:
            continue  # line breaks and spaces: the lines are printed as given
        row = bisect_right(starts, token.start) - 1
        got = syllables[token.start : token.end]
        unit = text[token.start : token.end]
        lines[row].append((unit, tuple(s or "" for s in got) if any(got) else ()))
    return lines
