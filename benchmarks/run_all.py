"""Run every benchmark in turn: python benchmarks/run_all.py (or make bench)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = (
    "vocab_speed.py", "quiz_startup.py", "anki_export.py", "audio.py", "pinyin_cpp.py",
    "encoding_detect.py", "characters.py",
)


def main() -> int:
    failed = 0
    for name in ORDER:
        print(f"== {name}", flush=True)
        result = subprocess.run([sys.executable, str(HERE / name)], check=False)
        failed += result.returncode != 0
        print(flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
