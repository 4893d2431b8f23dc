"""How long until the first quiz question appears (bundled article, warm caches).

Target: under 1 s from launch. The baseline is `zh-learn --help` measured in the same run,
so the numbers can be compared across machines. Run: .venv/bin/python benchmarks/quiz_startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time

import pexpect

TARGET = 1.0
RUNS = 5


def first_question(env: dict[str, str]) -> float:
    start = time.perf_counter()
    child = pexpect.spawn(
        sys.executable, ["-m", "zh_learn", "quiz", "--count", "3", "--seed", "1"],
        env=env, encoding="utf-8", timeout=300,
    )
    child.expect_exact("[1/3]")
    elapsed = time.perf_counter() - start
    child.sendline("q")
    child.expect(pexpect.EOF)
    child.close()
    return elapsed


def help_baseline(env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "zh_learn", "--help"], env=env, check=True,
                   capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    with tempfile.TemporaryDirectory() as home:
        env = dict(os.environ, ZH_LEARN_HOME=home, NO_COLOR="1")
        # Keep the user's cache when one is set (warm), else a cache inside the temp home.
        cold = first_question(env)
        quiz = [first_question(env) for _ in range(RUNS)]
        baseline = [help_baseline(env) for _ in range(RUNS)]
    warm = statistics.median(quiz)
    base = statistics.median(baseline)
    print(f"first run (may include analysing the article): {cold:.3f} s")
    print(f"first question, warm (median of {RUNS}): {warm:.3f} s  "
          f"(min {min(quiz):.3f}, max {max(quiz):.3f}); target {TARGET:.1f} s: "
          f"{'OK' if warm <= TARGET else 'SLOW'}")
    print(f"`zh-learn --help` baseline (median of {RUNS}): {base:.3f} s; "
          f"quiz startup is {warm - base:+.3f} s over it ({warm / base:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
