"""Audio: time to make it, deck size, and which source items get.

    .venv/bin/python benchmarks/audio.py [--runs R]

Prints, measured side by side in one run:

* joined words: 1,000 words of two to four characters from the HSK 3.0 list (a fixed
  sample) said from syllable recordings (even when recorded whole) and encoded to MP3, the
  slow path;
* a 1,000-note deck: 1,000 words of the HSK 3.0 list (a fixed sample; each gets the word
  recording when its reading matches, else joined syllables) written as an .apkg with and
  without audio; the difference is the audio's cost; the .apkg sizes per 1,000 notes;
* the demo article: its deck's size with audio, the share of its HSK words said by a word
  recording, and the share of word, idiom and name items that have audio.

Targets: audio for a 1,000-note deck < 10 s; demo deck < 25 MB; >= 90% of the demo's HSK
words by word recording; 100% of word, idiom and name items with audio.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
import tempfile
import time
from pathlib import Path

DECK_TARGET_S = 10.0
DEMO_TARGET_MB = 25.0


def _sample(words: list[str], n: int) -> list[str]:
    return sorted(words, key=lambda w: hashlib.sha256(w.encode()).digest())[:n]


def joined_words(n: int) -> list[object]:
    from zh_learn.audio import sources
    from zh_learn.hsk import word_levels
    from zh_learn.pinyin.tables import tables

    words = [w for w in word_levels() if 2 <= len(w) <= 4]
    plans = []
    for w in _sample(words, 4 * n):
        readings = tables().words.get(w)
        plan = sources.plan(w, readings[0]) if readings else None
        if plan is not None:
            plans.append(sources.AudioPlan(plan.text, sources.SYLLABLES, plan.syllables))
        if len(plans) == n:
            break
    return plans


def hsk_items(n: int) -> list[object]:
    from zh_learn.hsk import word_levels
    from zh_learn.models import Kind, Sense, VocabItem
    from zh_learn.pinyin.tables import tables

    levels = word_levels()
    words = [w for w in levels if tables().words.get(w)]
    items: list[object] = []
    for w in _sample(words, n):
        reading = tables().words[w][0]
        items.append(VocabItem(w, w, tuple(reading), Kind.WORD,
                               (Sense(" ".join(reading), (f"meaning of {w}",)),),
                               hsk_level=levels[w]))
    return items


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="timed runs (default 3)")
    args = parser.parse_args(argv)

    from zh_learn.analysis.pipeline import analyze, load_source
    from zh_learn.analysis.vocabulary import select
    from zh_learn.audio import codec, sources
    from zh_learn.render.anki.deck import DeckOptions, write_deck

    plans = joined_words(1000)
    items = hsk_items(1000)
    by_source = {s: sum(1 for i in items if sources.audio_source(i) == s)
                 for s in (sources.WORD, sources.SYLLABLES)}
    joined_t, with_t, without_t = [], [], []
    cpu: dict[str, list[float]] = {"joined": [], "with": [], "without": []}
    sizes: dict[bool, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            sources._shaped.cache_clear()
            sources._syllable_pcm.cache_clear()
            start, cpu0 = time.perf_counter(), time.process_time()
            for plan in plans:
                codec.encode_mp3(sources._spoken(plan))
            joined_t.append(time.perf_counter() - start)
            cpu["joined"].append(time.process_time() - cpu0)
            for audio, times in ((True, with_t), (False, without_t)):
                sources._shaped.cache_clear()
                path = Path(tmp) / f"deck-{audio}-{run}.apkg"
                start, cpu0 = time.perf_counter(), time.process_time()
                write_deck(items, path, DeckOptions(title="Bench", cloze=False, audio=audio))
                times.append(time.perf_counter() - start)
                cpu["with" if audio else "without"].append(time.process_time() - cpu0)
                sizes[audio] = path.stat().st_size
        vocab = analyze(load_source(None)).vocabulary
        demo_items = select(vocab.items)
        demo = Path(tmp) / "demo.apkg"
        write_deck(demo_items, demo, DeckOptions(title=vocab.title))
        demo_mb = demo.stat().st_size / 1e6
    hsk = [i for i in vocab.items if i.hsk_level is not None]
    recorded = sum(1 for i in hsk if sources.audio_source(i) == sources.WORD)
    studied = [i for i in vocab.items if str(i.kind) in ("word", "idiom", "name")]
    voiced = sum(1 for i in studied if sources.audio_source(i))
    audio_cost = min(with_t) - min(without_t)
    cpu_cost = min(cpu["with"]) - min(cpu["without"])
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")

    print(f"(load average {load:.1f}; CPU time is this process's own, wall time includes "
          f"waiting for the CPU)")
    print(f"joined words: 1,000 said from syllables and encoded in {min(joined_t):.2f} s "
          f"wall, {min(cpu['joined']):.2f} s CPU (best of {args.runs}; wall "
          f"{', '.join(f'{t:.2f}' for t in joined_t)})")
    print(f"1,000-note deck of HSK words ({by_source['word']} word recordings, "
          f"{by_source['syllables']} joined): {min(with_t):.2f} s with audio, "
          f"{min(without_t):.2f} s without: audio costs {audio_cost:.2f} s wall, "
          f"{cpu_cost:.2f} s CPU (target < {DECK_TARGET_S:.0f} s)")
    print(f"deck size per 1,000 notes: {sizes[True] / 1e6:.2f} MB with audio, "
          f"{sizes[False] / 1e6:.2f} MB without")
    print(f"demo deck: {len(demo_items)} word notes, {demo_mb:.2f} MB with audio "
          f"(target < {DEMO_TARGET_MB:.0f} MB)")
    print(f"demo HSK words said by a word recording: {recorded}/{len(hsk)} "
          f"= {100 * recorded / len(hsk):.1f}% (target >= 90%)")
    print(f"demo word, idiom and name items with audio: {voiced}/{len(studied)} "
          f"= {100 * voiced / len(studied):.1f}% (target 100%)")
    ok = audio_cost < DECK_TARGET_S and demo_mb < DEMO_TARGET_MB and voiced == len(studied)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
