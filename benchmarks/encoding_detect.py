"""Does zh-learn's UTF-8 fast path pay? Times a strict UTF-8 decode against charset-normalizer
(limited to the candidates zh-learn uses) on the same bytes, side by side in one run, and
shows what each detects for GB18030 and Big5 text.

    python benchmarks/encoding_detect.py [--corpus ../shared/corpus/hongloumeng.txt]
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared" / "corpus" / "hongloumeng.txt"
ARTICLE = REPO / "decks" / "zhumadian-2021" / "article.txt"


def best_of(fn: Callable[[], object], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    from charset_normalizer import from_bytes

    from zh_learn.analysis.textio import CANDIDATES, decode

    texts = {"article": ARTICLE.read_text(encoding="utf-8")}
    if args.corpus.is_file():
        texts["corpus"] = args.corpus.read_text(encoding="utf-8")
    for label, text in texts.items():
        data = text.encode("utf-8")

        def charset_normalizer(data: bytes = data) -> object:
            return str(from_bytes(data, cp_isolation=["utf_8", *CANDIDATES]).best())

        def fast_path(data: bytes = data) -> object:
            return data.decode("utf-8")

        cn, fast = best_of(charset_normalizer), best_of(fast_path)
        print(
            f"{label} ({len(data) / 1024:.0f} kB UTF-8): strict decode {fast * 1000:.1f} ms, "
            f"charset-normalizer {cn * 1000:.1f} ms: fast path {cn / fast:.1f}x faster"
        )
        for enc in ("gb18030", "big5"):
            encoded = text.encode(enc, errors="ignore")
            try:
                got = decode(encoded, None, label)[1]
            except Exception as e:  # noqa: BLE001 - report, do not stop the benchmark
                got = f"refused ({e})"
            seconds = best_of(lambda encoded=encoded: decode(encoded))
            print(f"  {enc} bytes detected as {got} in {seconds * 1000:.1f} ms")


if __name__ == "__main__":
    main()
