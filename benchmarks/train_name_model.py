"""Train the name tagger of ``zh_learn.analysis.name_model`` on the People's Daily NER dev split.

    python benchmarks/train_name_model.py [--shared ../shared] [--epochs 10] [--augment 2]
        [--halves]        train on each half of the split, report names on the other half
        [--seed N]        order of the training lines (0: the shipped weights)
        [--errors PATH]   with --halves: write each held-out half's misses and false
                          positives there, one a line, sorted by kind
        [--write PATH]    train on the whole split and write the weights (default: the
                          shipped src/zh_learn/data/names/tagger.npz)

The text is cut by zh-learn exactly as at run time (dictionary cut, jieba-only words split,
the rules of ``zh_learn.analysis.names``); the features (``name_model.features``) of the characters
in each name window (``name_model.name_windows``) and their gold BIO tags train an averaged
structured perceptron (Viterbi decoding, tag transitions). ``--augment N`` adds N copies of
the lines that hold a Chinese personal name, each such name swapped for another, so the
tagger learns what names look like rather than this split's names. ``--halves`` gives
honest figures: the halves are the first and second half of the split's sentences, and each
half is scored by a model that never saw it. Training is seeded: the same data gives the
same weights.
"""

from __future__ import annotations

import argparse
import sys
import time
from itertools import accumulate
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import learner_units as lu  # noqa: E402
from zh_learn.analysis import name_model  # noqa: E402
from zh_learn.analysis.name_model import SLOTS, TAGS, PerceptronTagger, decode  # noqa: E402

Example = tuple[list[str], list[int]]  # a line's features (SLOTS per character), gold tags
_TAG_ID = {tag: i for i, tag in enumerate(TAGS)}


class _Recorder:
    """Stands in for ``name_model.tag_names`` while cutting: keeps the features of each
    line's name windows and where they are, marks nothing."""

    def __init__(self) -> None:
        self.lines: list[tuple[int, list[str], list[tuple[int, int]]]] = []
        self.pos = 0

    def tags(self, features: list[str], sizes: list[int]) -> list[int]:
        raise AssertionError("not called")

    def __call__(
        self, words: list[str], model: Any, cw: Any, is_common: Any, names: dict[str, str],
        recut: Any, glued: Any = frozenset(),
    ) -> tuple[list[str], dict[str, str]]:
        windows = name_model.name_windows(words, cw, names)
        starts = list(accumulate(map(len, words), initial=0))
        if windows:
            spans = [(self.pos + starts[a], self.pos + starts[b]) for a, b in windows]
            self.lines.append((self.pos, name_model.features(words, cw, names, windows), spans))
        self.pos += starts[-1]
        return words, {}


def _use(model: Any) -> None:
    name_model.tagger = lambda: model  # type: ignore[assignment]


def examples(text: str, entities: list[tuple[int, int, str]]) -> list[Example]:
    """The features of each name window of each line (as zh-learn cuts it) and its gold
    tags."""
    gold = [0] * len(text)
    code = {"person": "PER", "place": "LOC", "organization": "ORG"}
    for start, end, kind in entities:
        gold[start] = _TAG_ID["B-" + code[kind]]
        for i in range(start + 1, end):
            gold[i] = _TAG_ID["I-" + code[kind]]
    recorder = _Recorder()
    _use(recorder)
    real = name_model.tag_names
    name_model.tag_names = recorder  # type: ignore[assignment]
    try:
        lu.zh_learn_spans(text)
    finally:
        name_model.tag_names = real  # type: ignore[assignment]
    if recorder.pos != len(text):
        raise SystemExit(f"cut covers {recorder.pos} of {len(text)} characters")
    out: list[Example] = []
    for _, feats, spans in recorder.lines:
        at = 0
        for a, b in spans:
            size = b - a
            tags = gold[a:b]
            if TAGS[tags[0]].startswith("I-"):  # a name that starts before the window
                tags[0] -= 1
            out.append((feats[at * SLOTS : (at + size) * SLOTS], tags))
            at += size
    return out


def name_pool() -> tuple[list[str], list[str], list[str]]:
    """Names to put in place of gold persons: THUOCL's historical figures (two or three
    characters, starting with a surname), and the surnames and given-name characters
    they are made of."""
    from zh_learn.analysis.cutwords import cut_words
    from zh_learn.package_data import read_rows

    surnames = cut_words().surnames
    names = [
        cols[0].strip() for cols in read_rows("thuocl/lishimingren.txt")
        if len(cols[0].strip()) in (2, 3) and cols[0][0] in surnames
    ]
    return names, [n[0] for n in names], [ch for n in names for ch in n[1:]]


def augment(
    text: str, entities: list[tuple[int, int, str]], copies: int, seed: int = 0
) -> tuple[str, list[tuple[int, int, str]]]:
    """Copies of the lines that hold a Chinese personal name, each such name replaced by
    another (half of them real names, half a random surname and given name), so that the
    tagger learns what names look like rather than the names of the split."""
    import random

    from zh_learn.analysis.cutwords import cut_words

    rng = random.Random(seed)
    names, firsts, givens = name_pool()
    surnames = cut_words().surnames
    out_text: list[str] = []
    out_entities: list[tuple[int, int, str]] = []
    pos = 0
    starts = [0]
    for line in text.split("\n"):
        starts.append(starts[-1] + len(line) + 1)
    by_line: dict[int, list[tuple[int, int, str]]] = {}
    line_no = 0
    for start, end, kind in sorted(entities):
        while starts[line_no + 1] <= start:
            line_no += 1
        by_line.setdefault(line_no, []).append((start, end, kind))
    lines = text.split("\n")
    for _ in range(copies):
        for no, ents in sorted(by_line.items()):
            swap = [
                e for e in ents if e[2] == "person" and 2 <= e[1] - e[0] <= 3
                and text[e[0]] in surnames
            ]
            if not swap:
                continue
            line, base, cursor = lines[no], starts[no], 0
            pieces: list[str] = []
            for start, end, kind in ents:
                pieces.append(line[cursor : start - base])
                name = text[start:end]
                if (start, end, kind) in swap:
                    if rng.random() < 0.5:
                        name = rng.choice([n for n in names if len(n) == end - start] or names)
                    else:
                        name = rng.choice(firsts) + "".join(
                            rng.choice(givens) for _ in range(end - start - 1)
                        )
                at = pos + sum(map(len, pieces))
                out_entities.append((at, at + len(name), kind))
                pieces.append(name)
                cursor = end - base
            pieces.append(line[cursor:])
            new = "".join(pieces)
            out_text.append(new + "\n")
            pos += len(new) + 1
    return "".join(out_text), out_entities


def train(data: list[Example], epochs: int, seed: int = 0) -> PerceptronTagger:
    index: dict[str, int] = {"": 0}  # row 0: features unknown or empty, always zero
    ids_of: list[np.ndarray[Any, Any]] = []
    for feats, _ in data:
        ids_of.append(
            np.array([index.setdefault(f, len(index)) for f in feats], dtype=np.int64)
            .reshape(-1, SLOTS)
        )
    size = len(TAGS)
    weights = np.zeros((len(index), size))
    summed = np.zeros_like(weights)
    trans = np.zeros((size + 1, size))
    trans_summed = np.zeros_like(trans)
    step = 1
    order = np.random.default_rng(seed)
    for _epoch in range(epochs):
        wrong = 0
        for k in order.permutation(len(data)):
            ids, gold = ids_of[k], data[k][1]
            if not len(ids):
                continue
            pred = decode(weights[ids].sum(axis=1), [len(gold)], trans)
            if pred != gold:
                wrong += 1
                prev_g = prev_p = -1
                for t, (g, p) in enumerate(zip(gold, pred, strict=True)):
                    if g != p:
                        np.add.at(weights, (ids[t], g), 1.0)
                        np.add.at(weights, (ids[t], p), -1.0)
                        np.add.at(summed, (ids[t], g), step)
                        np.add.at(summed, (ids[t], p), -step)
                    if g != p or prev_g != prev_p:
                        trans[prev_g + 1, g] += 1
                        trans[prev_p + 1, p] -= 1
                        trans_summed[prev_g + 1, g] += step
                        trans_summed[prev_p + 1, p] -= step
                    prev_g, prev_p = g, p
                # a stretch is followed by "outside"
                trans[prev_g + 1, 0] += 1
                trans[prev_p + 1, 0] -= 1
                trans_summed[prev_g + 1, 0] += step
                trans_summed[prev_p + 1, 0] -= step
                weights[0] = summed[0] = 0.0
            step += 1
        print(f"  epoch {_epoch + 1}: {wrong} of {len(data)} lines wrong", flush=True)
    averaged = weights - summed / step
    averaged_trans = trans - trans_summed / step
    keep = np.abs(averaged).max(axis=1) > 1e-3
    keep[0] = True
    names = [f for f, i in sorted(index.items(), key=lambda x: x[1])]
    kept = [f for f, k in zip(names, keep, strict=True) if k]
    return PerceptronTagger(
        {f: i for i, f in enumerate(kept)},
        averaged[keep].astype(np.float32),
        averaged_trans.astype(np.float32),
    )


def save(model: PerceptronTagger, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    features = np.array(sorted(model.index, key=model.index.__getitem__))
    with path.open("wb") as fh:
        np.savez_compressed(
            fh,
            features=features,
            weights=model.weights.astype(np.float16),
            transitions=model.transitions.astype(np.float16),
        )


def halves(text: str, entities: list[tuple[int, int, str]]) -> list[tuple[str, list[Any]]]:
    lines = text.split("\n")
    cut = sum(len(line) + 1 for line in lines[: len(lines) // 2])
    out = []
    for a, b in ((0, cut), (cut, len(text))):
        out.append((text[a:b], [(s - a, e - a, t) for s, e, t in entities if a <= s and e <= b]))
    return out


def name_errors(
    text: str, entities: list[tuple[int, int, str]], spans: list[lu.Span]
) -> list[str]:
    """Each person or place the cut misses or mistypes, and each name item that is no gold
    name: kind, gold, items, type, context (tab-separated)."""
    by_span = {(s, e): t for s, e, t in spans}
    gold = {(s, e): t for s, e, t in entities}
    starts = sorted((s, e, t) for s, e, t in spans)

    def around(a: int, b: int) -> str:
        return (text[max(0, a - 8) : a] + "[" + text[a:b] + "]" + text[b : b + 8]).replace(
            "\n", "/"
        )

    def items(a: int, b: int) -> str:
        return "|".join(text[s:e] for s, e, _ in starts if s < b and e > a)

    out = []
    for a, b, kind in entities:
        if kind not in ("person", "place"):
            continue
        if (a, b) not in by_span:
            out.append(f"miss-{kind}\t{text[a:b]}\t{items(a, b)}\t\t{around(a, b)}")
        elif by_span[a, b] != kind:
            out.append(f"type-{kind}\t{text[a:b]}\t{text[a:b]}\t{by_span[a, b]}\t{around(a, b)}")
    for a, b, kind in spans:
        if kind is not None and (a, b) not in gold:
            inside = [t for (s, e), t in gold.items() if s <= a and b <= e]
            label = f"fp-in-{inside[0]}" if inside else "fp"
            out.append(f"{label}\t{text[a:b]}\t{text[a:b]}\t{kind}\t{around(a, b)}")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=lu.DEFAULT_SHARED)
    parser.add_argument("--epochs", type=int, default=10)
    parser.add_argument(
        "--seed", type=int, default=0, help="order of the training lines (--halves: how much "
        "the figures move with it)"
    )
    parser.add_argument("--halves", action="store_true")
    parser.add_argument(
        "--augment", type=int, default=2, help="copies with names swapped (4: 0.3-0.5 point more "
        "persons on the halves, but other names wrong on ordinary texts)"
    )
    parser.add_argument("--write", type=Path, default=name_model.WEIGHTS)
    parser.add_argument("--errors", type=Path, help="with --halves: list the held-out errors")
    args = parser.parse_args(argv)
    text, entities = lu.read_bio(args.shared / "names" / "peoples_daily_ner_dev.bio")
    if args.halves:
        parts = halves(text, entities)
        data = [examples(t, e) + examples(*augment(t, e, args.augment)) for t, e in parts]
        errors: list[str] = []
        for held in (0, 1):
            started = time.perf_counter()
            model = train(data[1 - held], args.epochs, args.seed)
            print(f"trained on half {2 - held} in {time.perf_counter() - started:.0f} s")
            t, e = parts[held]
            for label, tagger in (("rules only", None), ("with tagger", model)):
                _use(tagger)
                spans = lu.zh_learn_spans(t)
                scores = lu.name_scores(e, spans)
                row = "  ".join(f"{k} {v:.1%}" for k, v in scores.items())
                print(f"half {held + 1}, {label}: {row}", flush=True)
            errors += [f"{held + 1}\t{line}" for line in name_errors(t, e, spans)]
        if args.errors:
            args.errors.write_text("".join(f"{x}\n" for x in sorted(errors)), encoding="utf-8")
        return
    data = examples(text, entities) + examples(*augment(text, entities, args.augment))
    model = train(data, args.epochs, args.seed)
    save(model, args.write)
    print(f"wrote {args.write} ({len(model.index)} features)")


if __name__ == "__main__":
    main()
