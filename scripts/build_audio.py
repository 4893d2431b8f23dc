"""Build zh-learn's shipped recordings from the audio-cmn folder (see src/zh_learn/data/audio).

    python scripts/build_audio.py [/path/to/audio-cmn]    # default: ../shared/audio-cmn

Each recording is decoded, cut to its sound (short margins kept), brought to one loudness,
and re-encoded as mono 16 kHz MP3: 16 kbps for the HSK words, 24 kbps for the syllables
(they are decoded and joined again at run time, so they get the higher rate). The output
is two stored zip files and ``index.tsv``, which gives each word recording the readings it
can have (from CC-CEDICT). For a polyphonic character (行 xíng/háng, 为 wéi/wèi) the reading
recorded is found by comparing the recording with the syllable recordings of each candidate
(``recorded_reading.py``: cepstra for the syllable, pitch contour for the tone); it is kept
only when that comparison is clear. Polyphonic words of several characters (重点
chóng/zhòng) are left out. ``--validate`` prints that comparison's accuracy on characters
with one certain reading. Deterministic: the same input gives byte-identical files.
"""

from __future__ import annotations

import argparse
import sys
import zipfile
from collections.abc import Callable
from multiprocessing import Pool
from pathlib import Path

from recorded_reading import Judge, Voice, validate

from zh_learn.audio.codec import decode, encode_mp3, fade, normalize, trim
from zh_learn.audio.sources import readings_agree

OUT = Path(__file__).resolve().parent.parent / "src" / "zh_learn" / "data" / "audio"
WORD_KBPS = 16
SYLLABLE_KBPS = 24
_STAMP = (2024, 1, 1, 0, 0, 0)


def _word_clip(path: Path) -> bytes:
    pcm = normalize(trim(decode(path.read_bytes()), lead_ms=30, tail_ms=80))
    return encode_mp3(fade(pcm), WORD_KBPS, quality=2)


def _syllable_clip(path: Path) -> bytes:
    pcm = normalize(trim(decode(path.read_bytes()), lead_ms=0, tail_ms=10))
    return encode_mp3(fade(pcm, 2, 10), SYLLABLE_KBPS, quality=2)


def word_readings(word: str) -> list[tuple[str, ...]]:
    """The readings of ``word`` a recording may have: CC-CEDICT's, leaving out proper-noun
    entries and readings whose every definition is a cross-reference or marginal."""
    from zh_learn.analysis.lexicon import WEAK_DEFINITIONS, _is_marginal, lexicon
    from zh_learn.pinyin.tables import tables

    def syl(raw: str) -> str:
        s = raw.lower().replace("u:", "v")
        return s if s[-1:].isdigit() else s + "5"

    strong: list[tuple[str, ...]] = []
    for sense in lexicon().senses(word):
        if sense.pinyin[:1].isupper():
            continue
        if any(not d.startswith(WEAK_DEFINITIONS) and not _is_marginal(d)
               for d in sense.definitions):
            reading = tuple(syl(p) for p in sense.pinyin.split())
            if len(reading) == len(word) and reading not in strong:
                strong.append(reading)
    return strong or [tuple(r) for r in tables().words.get(word, ())]


def _store(path: Path, members: list[tuple[str, bytes]]) -> None:
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_STORED) as z:
        for name, data in sorted(members):
            info = zipfile.ZipInfo(name, _STAMP)
            info.external_attr = 0o644 << 16
            z.writestr(info, data)
    tmp.replace(path)


def main() -> int:
    default = Path(__file__).resolve().parents[2] / "shared" / "audio-cmn"
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", nargs="?", type=Path, default=default)
    parser.add_argument("--validate", action="store_true",
                        help="only measure how well polyphones' recorded readings are found")
    args = parser.parse_args()
    hsk = args.source / "24k-abr" / "hsk"
    syllabs = args.source / "24k-abr" / "syllabs"
    if not hsk.is_dir() or not syllabs.is_dir():
        print(f"no audio-cmn recordings under {args.source}", file=sys.stderr)
        return 1

    available = {p.stem[4:].lstrip("_") for p in syllabs.glob("cmn-*.mp3")}

    def loader(folder: Path) -> Callable[[str], bytes | None]:
        def load(name: str) -> bytes | None:
            path = folder / f"cmn-{name}.mp3"
            return path.read_bytes() if path.exists() else None
        return load

    singles = sorted(p.stem[4:] for p in hsk.glob("cmn-?.mp3"))
    voice = Voice(loader(hsk), singles[::40])
    syllable_voice = Voice(loader(syllabs), sorted(available)[::20])
    known = {}
    for ch in singles:
        found = word_readings(ch)
        if len(found) == 1 and not found[0][0].endswith("5"):
            known[ch] = found[0][0]
    if args.validate:
        validate(voice, syllable_voice, known, available)
        return 0
    judge = Judge(voice, syllable_voice, known, available)

    rows: list[tuple[str, str]] = []
    words: list[tuple[str, Path]] = []
    skipped = {"pattern": 0, "unknown": 0, "ambiguous": 0}
    for path in sorted(hsk.glob("cmn-*.mp3")):
        word = path.stem[4:]
        if "_" in word:  # 一_也_ = the pattern 一…也…, not a word a text yields
            skipped["pattern"] += 1
            continue
        found = word_readings(word)
        if not found:
            skipped["unknown"] += 1
            continue
        if not all(readings_agree(word, a, b) for a in found for b in found):
            heard = None
            if len(word) == 1:
                heard = judge.reading(
                    word, [r[0] for r in found],
                    lambda a, b, w=word: readings_agree(w, (a,), (b,)),
                )
            if heard is None:
                skipped["ambiguous"] += 1
                continue
            found = [(h,) for h in heard]
            skipped["polyphone, reading heard"] = skipped.get("polyphone, reading heard", 0) + 1
        rows.append((word, "|".join(" ".join(r) for r in found)))
        words.append((word, path))
    syllables = [(p.stem[4:].lstrip("_"), p) for p in sorted(syllabs.glob("cmn-*.mp3"))]

    OUT.mkdir(parents=True, exist_ok=True)
    with Pool() as pool:
        word_data = pool.map(_word_clip, [p for _, p in words], chunksize=64)
        syl_data = pool.map(_syllable_clip, [p for _, p in syllables], chunksize=64)
    _store(OUT / "words.zip", [(f"{w}.mp3", d) for (w, _), d in zip(words, word_data, strict=True)])
    _store(OUT / "syllables.zip",
           [(f"{s}.mp3", d) for (s, _), d in zip(syllables, syl_data, strict=True)])
    with open(OUT / "index.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("# word\treadings it may have (tone numbers; | between readings)\n")
        for word, readings in rows:
            f.write(f"{word}\t{readings}\n")
    size = sum((OUT / n).stat().st_size for n in ("words.zip", "syllables.zip", "index.tsv"))
    print(f"{len(words)} words, {len(syllables)} syllables, skipped {skipped}; "
          f"{size / 1e6:.1f} MB in {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
