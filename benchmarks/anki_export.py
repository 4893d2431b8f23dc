"""Time exporting 5,000 vocabulary notes (plus their cloze notes) to an .apkg.

    .venv/bin/python benchmarks/anki_export.py [--notes N] [--runs R] [--no-cloze]

The items are built from the bundled demo article without running the analysis: every
two-, three- or four-character window of each clause becomes a "word" with its real pinyin, a
gloss, a level and an example sentence. Each example sentence is one clause with a numbered
suffix, short enough not to be clipped, so nearly every note needs its own sentence pinyin,
as in a long book. The time
covers everything ``write_deck`` does: fields, sentence pinyin, note types, the SQLite
collection and the zip. Target: under 2 s for 5,000 notes.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from importlib.resources import files
from pathlib import Path

TARGET_SECONDS = 2.0


def make_items(count: int) -> list[object]:
    from zh_learn.models import Example, IdiomInfo, Kind, Sense, VocabItem
    from zh_learn.pinyin.reader import readings

    text = (files("zh_learn") / "data" / "demo" / "zhumadian-2021.txt").read_text("utf-8")
    clauses = [s for s in re.split(r"[。，；！？\n]", text) if 8 <= len(s) <= 60]
    items: list[object] = []
    i = 0
    while len(items) < count:
        for size in (2, 3, 4):
            for base in clauses:
                sentence = f"{base}（第{i}条）。"
                syllables = readings(sentence)
                for start in range(0, len(base) - size, 3):
                    word = sentence[start : start + size]
                    sylls = syllables[start : start + size]
                    if any(s is None for s in sylls):
                        continue
                    reading = tuple(s for s in sylls if s)
                    kind = Kind.IDIOM if size == 4 else Kind.WORD
                    idiom = IdiomInfo(literal=f"literally {word}", char_gloss=tuple(
                        (ch, "gloss") for ch in word)) if kind is Kind.IDIOM else None
                    items.append(VocabItem(
                        word, word, reading, kind,
                        (Sense(" ".join(reading), (f"meaning of {word}", "another sense")),),
                        hsk_level=1 + len(items) % 7, zipf=3.5,
                        example=Example(sentence, 0, start), idiom=idiom,
                    ))
                    if len(items) >= count:
                        return items
                i += 1
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=5000, help="vocabulary notes (default 5000)")
    parser.add_argument("--runs", type=int, default=3, help="timed runs (default 3)")
    parser.add_argument("--no-cloze", action="store_true", help="leave out the cloze notes")
    args = parser.parse_args(argv)

    from zh_learn.pinyin.reader import readings
    from zh_learn.render.anki.deck import DeckOptions, write_deck
    from zh_learn.render.anki.fields import clear_sentence_cache

    readings("预热")  # load pypinyin's dictionaries outside the timing
    items = make_items(args.notes)
    # audio is timed by benchmarks/audio.py
    options = DeckOptions(title="Benchmark", slug="bench", subdecks="kind", cloze=not args.no_cloze,
                          audio=False)
    times = []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            clear_sentence_cache()  # every run computes every sentence's pinyin
            path = Path(tmp) / f"bench-{run}.apkg"
            start = time.perf_counter()
            summary = write_deck(items, path, options)  # type: ignore[arg-type]
            times.append(time.perf_counter() - start)
            size = path.stat().st_size
    best = min(times)
    sentences = len({item.example.sentence for item in items})  # type: ignore[attr-defined]
    print(f"{len(items):,} vocabulary notes + {summary.cloze_notes:,} cloze notes "
          f"= {summary.notes:,} notes, {summary.cards:,} cards, {size / 2**20:.1f} MiB; "
          f"{sentences:,} distinct example sentences")
    print(f"export: best {best:.2f} s, runs {', '.join(f'{t:.2f}' for t in times)} s")
    print(f"target {TARGET_SECONDS:.1f} s: {best / TARGET_SECONDS:.0%} of the budget "
          f"({'within' if best < TARGET_SECONDS else 'OVER'} target)")
    return 0 if best < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
