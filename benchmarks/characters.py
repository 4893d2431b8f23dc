"""Writing sheet and exercise sheet for the demo article, timed side by side with a baseline.

Target: each under 2 s from launch (warm caches: the article analysed once before). The
baseline, run in the same loop, is `zh-learn vocab --format json` on the same article: the
same start-up and cached analysis with the cheapest renderer, so the difference is what the
sheets themselves cost. Also prints the size of the shipped character data (target < 5 MB)
and, when Chromium is installed, the printed pages of each sheet and of the default handout.

Run: .venv/bin/python benchmarks/characters.py
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

TARGET = 2.0
RUNS = 5
DATA = Path(__file__).resolve().parent.parent / "src" / "zh_learn" / "data" / "characters"


def timed(args: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "zh_learn", *args], env=env, check=True,
                   capture_output=True)
    return time.perf_counter() - start


def pdf_pages(html: Path, env: dict[str, str]) -> int | None:
    from zh_learn.render.handout import find_chromium, print_with_chromium

    if find_chromium() is None:
        return None
    pdf = print_with_chromium(html, html.with_suffix(".pdf"), mode="pdf")
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf.read_bytes()))


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, ZH_LEARN_HOME=home, NO_COLOR="1")
        out = Path(home)
        commands = {
            "worksheet": ["worksheet", "-o", str(out / "sheet.html")],
            "exercises": ["exercises", "-o", str(out / "ex.html")],
            "baseline (vocab --format json)": ["vocab", "--format", "json"],
        }
        for args in commands.values():  # warm the caches: the first run analyses the text
            timed(args, env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(RUNS):  # interleaved, so load on the machine hits all alike
            for name, args in commands.items():
                times[name].append(timed(args, env))
        subprocess.run([sys.executable, "-m", "zh_learn", "handout", "-o",
                        str(out / "handout.html")], env=env, check=True, capture_output=True)
        pages = {name: pdf_pages(out / f"{name}.html", env)
                 for name in ("sheet", "ex", "handout")}
    base = statistics.median(times["baseline (vocab --format json)"])
    failed = 0
    for name, values in times.items():
        median = statistics.median(values)
        verdict = ""
        if not name.startswith("baseline"):
            ok = median <= TARGET
            failed += not ok
            verdict = (f"; {median / base:.2f}x the baseline; target {TARGET:.0f} s: "
                       f"{'OK' if ok else 'SLOW'}")
        print(f"{name}: median of {RUNS} {median:.3f} s (min {min(values):.3f}, "
              f"max {max(values):.3f}){verdict}")
    size = sum(p.stat().st_size for p in DATA.iterdir())
    print(f"character data shipped: {size / 1e6:.2f} MB in {len(list(DATA.iterdir()))} files; "
          f"target < 5 MB: {'OK' if size < 5e6 else 'TOO BIG'}")
    if pages["sheet"] is not None:
        print(f"printed A4 pages: worksheet {pages['sheet']} (24 characters), exercise sheet "
              f"{pages['ex']} (key on the last), demo handout {pages['handout']} "
              "(default --max-words)")
    return 1 if failed or size >= 5e6 else 0


if __name__ == "__main__":
    sys.exit(main())
