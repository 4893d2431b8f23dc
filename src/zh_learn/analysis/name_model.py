"""A character tagger that finds the personal names the rules miss, in a line already cut.

The dictionary cut and the rules of ``zh_learn.analysis.names`` leave some names in pieces or glued
to a neighbouring word (辛 业 江, 张 洁清 算). This tagger reads each character with its
neighbours, the cut's word boundaries, the dictionary's flags for the word it sits in, the
name statistics of ``zh_learn.analysis.cutwords`` and the rules' own verdict, and tags it as the
beginning or inside of a person, place or organisation name, or outside (BIO). It is an
averaged perceptron over those features with tag transitions, decoded by Viterbi, over the
stretches of a line where a name may start; its weights (``data/names/tagger.npz``) were
trained offline by ``benchmarks/train_name_model.py`` on the People's Daily NER dev split.
Only its persons are used, and only where the name statistics and the neighbours agree
(``tag_names``). Inference is numpy only."""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from itertools import accumulate, groupby, repeat
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from zh_learn.analysis.cutwords import LEARNER, PERSON, PLACE, PLACE_SUFFIXES, PROPER, CutWords
from zh_learn.analysis.names import (
    _AFTER_NAME,
    _CREDITS,
    _MIDDLE_DOT,
    FUNCTION_CHARS,
    GIVEN_AFTER_LISTED,
    MEASURE_SURNAMES,
    PERSON_THRESHOLD,
    THAI,
    THING_MEASURES,
    TITLES,
    TRANSLITERATION,
    TROPHY,
    counted,
    person_score,
    spelled_letters,
    verse_at,
    verse_person,
)
from zh_learn.errors import ZhLearnError
from zh_learn.package_data import data_file

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG")
_KIND = {"PER": "person", "LOC": "place", "ORG": "organization"}
#: The kinds of name the tagger adds (its places are no better than the rules'; set on
#: the halves of the dev split).
KINDS = frozenset({"person"})
#: Words after a possible start of a name that are tagged with it.
_AFTER_TRIGGER = 4
_PAD = -1e9  # the score of any tag but "outside" past the end of a stretch
WEIGHTS = Path(str(data_file("names", "tagger.npz")))
#: Log-odds rounded into a few buckets, so that the weights generalise across characters.
_BUCKETS = (-3.0, -1.0, 0.0, 1.0, 2.0, 3.0, 4.0)


class Tagger(Protocol):
    def tags(self, features: list[str], sizes: list[int]) -> list[int]:
        """The tags of the characters of stretches of ``sizes`` characters."""

    def window_tags(
        self,
        words: Sequence[str],
        cw: CutWords,
        names: dict[str, str],
        windows: list[tuple[int, int]],
        sizes: list[int],
    ) -> list[int]:
        """``tags(features(words, cw, names, windows), sizes)``."""


def _bucket(score: float | None) -> str:
    if score is None:
        return "n"
    return str(bisect_right(_BUCKETS, score))


class _Buckets:
    """Each character's score bucket, worked out when a text first meets the character (a
    table of all of them cost more than tagging an article)."""

    def __init__(self, scores: Mapping[str, float]) -> None:
        self.scores = scores
        self.memo: dict[str, str] = {}

    def get(self, ch: str, default: str = "n") -> str:
        found = self.memo.get(ch)
        if found is None:
            score = self.scores.get(ch)
            found = self.memo[ch] = default if score is None else _bucket(score)
        return found


@functools.cache
def _buckets(cw: CutWords) -> tuple[_Buckets, _Buckets]:
    """Each character's surname and given-name bucket."""
    return _Buckets(cw.surname_score), _Buckets(cw.given_score)


@functools.cache  # per character of a text, and only a few thousand distinct ones
def _char_class(ch: str) -> str:
    if "\u4e00" <= ch <= "\u9fff":
        return "h"
    if ch.isdigit():
        return "d"
    if ch.isalpha():
        return "a"
    return "p"


#: Features per character (every template gives one, so a line's features are a matrix).
SLOTS = 21


def features(
    words: Sequence[str], cw: CutWords, names: dict[str, str], windows: list[tuple[int, int]]
) -> list[str]:
    """The features of the characters of the words ``windows`` (ranges of word indexes)
    cover, ``SLOTS`` per character in a row, read in the context of the whole line;
    ``names`` are the names the rules found (name -> type)."""
    line = "".join(words)
    padded = "^^" + line + "$$"
    buckets = _buckets(cw)
    surnames = cw.surnames
    # the memo first, inline (a bucket is never ""): 300k characters in a novel's start
    sm, gm = buckets[0].memo, buckets[1].memo
    sb = [sm.get(ch) or buckets[0].get(ch, "n") for ch in padded]
    gb = [gm.get(ch) or buckets[1].get(ch, "n") for ch in padded]
    tr = ["t" if ch in TRANSLITERATION else "-" for ch in padded]
    run = _runs(tr)
    out: list[str] = []
    n = len(words)
    offsets = list(accumulate(map(len, words), initial=2))  # each word's index in ``padded``
    for first, stop in windows:
        for k in range(first, stop):
            word = words[k]
            i = offsets[k]
            size = len(word)
            flags = cw.flags(word) & (LEARNER | PROPER | PLACE | PERSON) if size > 1 else 0
            kind = names.get(word, "")
            prev = words[k - 1] if k else "^"
            # the word after a name the rules may have cut short (吴佩 民)
            after_name = f"{names.get(prev, '')}{len(prev)}{size}" if k else ""
            nxt = words[k + 1] if k + 1 < n else "$"
            around = ("t" if prev in TITLES else "-") + ("a" if nxt in _AFTER_NAME else "-")
            whole = word if size > 1 else ""
            lenb = str(min(size, 4))
            for j, ch in enumerate(word):
                pos = "S" if size == 1 else "B" if j == 0 else "E" if j == size - 1 else "M"
                p1, p2, n1, n2 = padded[i - 1], padded[i - 2], padded[i + 1], padded[i + 2]
                out += (
                    f"c{ch}",
                    f"l{p1}",
                    f"r{n1}",
                    f"L{p2}",
                    f"R{n2}",
                    f"lc{p1}{ch}",
                    f"cr{ch}{n1}",
                    f"lr{p1}{n1}",
                    f"p{pos}{lenb}{flags}{kind}",
                    f"pc{pos}{ch}",
                    f"s{sb[i]}{gb[i]}{ch in surnames}{ch in PLACE_SUFFIXES}",
                    f"s-{sb[i - 1]}{gb[i - 1]}{pos}",
                    f"g+{gb[i + 1]}{gb[i + 2]}{pos}",
                    f"sg{sb[i]}{gb[i + 1]}{gb[i + 2]}",
                    f"t{tr[i - 1]}{tr[i]}{tr[i + 1]}{run[i]}",
                    f"x{_char_class(ch)}{pos}",
                    f"w{whole}",
                    f"o{around}{pos}",
                    f"pw{prev}" if j == 0 else "",
                    f"nw{nxt}" if j == size - 1 else "",
                f"k-{after_name}{pos}",
                )
                i += 1
    return out


class _Ids(dict[str, int]):
    """The ids of one feature template by its varying part (a character, a position and a
    character): looked up in the tagger's index the first time, remembered after."""

    def __init__(self, index: dict[str, int], feature: Callable[[str], str]) -> None:
        super().__init__()
        self.index = index
        self.feature = feature

    def __missing__(self, key: str) -> int:
        found = self[key] = self.index.get(self.feature(key), 0)
        return found


class _FeatureIds:
    """``features`` numbered by a tagger's index without building most of their strings:
    the features of one character (c, l, pc, s, x, ...) are looked up once per distinct
    character and remembered, those of one word (w, pw, nw) once per word, so a character
    costs a few dictionary lookups instead of 21 new strings hashed (the tagger reads a
    novel's first 150k characters: ~10% of its analysis). Gives exactly the ids of
    ``[index.get(f, 0) for f in features(...)]``, in the same order (a test checks it)."""

    def __init__(self, index: dict[str, int], cw: CutWords) -> None:
        self.index = index
        self.cw = cw
        surnames = cw.surnames
        sb, gb = _buckets(cw)

        def prefixed(prefix: str) -> _Ids:
            return _Ids(index, lambda key: prefix + key)

        self.char, self.left, self.right = prefixed("c"), prefixed("l"), prefixed("r")
        self.left2, self.right2 = prefixed("L"), prefixed("R")
        self.s = _Ids(
            index,
            lambda ch: f"s{sb.get(ch)}{gb.get(ch)}{ch in surnames}{ch in PLACE_SUFFIXES}",
        )

        def classed(pos: str) -> _Ids:
            return _Ids(index, lambda ch: f"x{_char_class(ch)}{pos}")

        def scored_before(pos: str) -> _Ids:
            return _Ids(index, lambda ch: f"s-{sb.get(ch)}{gb.get(ch)}{pos}")

        #: by a character's position in its word (S, B, M, E): pc, x; and s- (whose key is
        #: the character before)
        self.pc = {pos: prefixed("pc" + pos) for pos in "SBME"}
        self.x = {pos: classed(pos) for pos in "SBME"}
        self.s_before = {pos: scored_before(pos) for pos in "SBME"}

    def __call__(
        self, words: Sequence[str], names: dict[str, str], windows: list[tuple[int, int]]
    ) -> list[int]:
        cw = self.cw
        get = self.index.get
        padded = "^^" + "".join(words) + "$$"
        buckets = _buckets(cw)
        sm, gm = buckets[0].memo, buckets[1].memo
        char, left, right, left2, right2 = (
            self.char, self.left, self.right, self.left2, self.right2
        )
        s = self.s
        blank = get("", 0)
        out: list[int] = []
        n = len(words)
        offsets = list(accumulate(map(len, words), initial=2))  # each word's index in padded
        for first, stop in windows:
            # Only the characters around the window are read (a novel's line is a paragraph,
            # its windows a few words): two on each side, and three for the length of a run
            # of transliteration characters, which is capped at 4.
            lo = max(0, offsets[first] - 3)
            chars = list(padded[lo : offsets[stop] + 3])
            sb = [sm.get(ch) or buckets[0].get(ch, "n") for ch in chars]
            gb = [gm.get(ch) or buckets[1].get(ch, "n") for ch in chars]
            tr = ["t" if ch in TRANSLITERATION else "-" for ch in chars]
            run = _runs(tr)
            for k in range(first, stop):
                word = words[k]
                i = offsets[k] - lo
                size = len(word)
                flags = cw.flags(word) & (LEARNER | PROPER | PLACE | PERSON) if size > 1 else 0
                kind = names.get(word, "")
                prev = words[k - 1] if k else "^"
                after_name = f"{names.get(prev, '')}{len(prev)}{size}" if k else ""
                nxt = words[k + 1] if k + 1 < n else "$"
                around = ("t" if prev in TITLES else "-") + ("a" if nxt in _AFTER_NAME else "-")
                lenb = str(min(size, 4))
                whole = get(f"w{word if size > 1 else ''}", 0)
                before = get(f"pw{prev}", 0)
                after = get(f"nw{nxt}", 0)
                # the word's features by the position of a character in it (S; B, M, E)
                of_pos = {
                    pos: (
                        get(f"p{pos}{lenb}{flags}{kind}", 0),
                        get(f"o{around}{pos}", 0),
                        get(f"k-{after_name}{pos}", 0),
                    )
                    for pos in ("S" if size == 1 else "BE" if size == 2 else "BME")
                }
                for j in range(size):
                    pos = "S" if size == 1 else "B" if j == 0 else "E" if j == size - 1 else "M"
                    ch, p1, p2 = chars[i], chars[i - 1], chars[i - 2]
                    n1, n2 = chars[i + 1], chars[i + 2]
                    in_word, around_id, after_name_id = of_pos[pos]
                    out += (
                        char[ch],
                        left[p1],
                        right[n1],
                        left2[p2],
                        right2[n2],
                        get(f"lc{p1}{ch}", 0),
                        get(f"cr{ch}{n1}", 0),
                        get(f"lr{p1}{n1}", 0),
                        in_word,
                        self.pc[pos][ch],
                        s[ch],
                        self.s_before[pos][p1],
                        get(f"g+{gb[i + 1]}{gb[i + 2]}{pos}", 0),
                        get(f"sg{sb[i]}{gb[i + 1]}{gb[i + 2]}", 0),
                        get(f"t{tr[i - 1]}{tr[i]}{tr[i + 1]}{run[i]}", 0),
                        self.x[pos][ch],
                        whole,
                        around_id,
                        before if j == 0 else blank,
                        after if j == size - 1 else blank,
                        after_name_id,
                    )
                    i += 1
        return out


def _runs(marks: list[str]) -> list[str]:
    """For each mark, the length (capped at 4) of the run of "t" marks it is part of."""
    out: list[str] = []
    for mark, group in groupby(marks):
        size = len(list(group))
        out += [str(min(size, 4)) if mark == "t" else "0"] * size
    return out


#: The least log-odds (``zh_learn.names.person_score``) of a person the tagger finds: the
#: statistics may be weak (苗苗 2.4) but must not speak against a name (和夫人 0.9).
_PERSON_FLOOR = 1.5
#: Characters of a foreign name the tagger finds that may be missing from TRANSLITERATION.
_FOREIGN_SLACK = 1
_FOREIGN_LONGEST = 6  # longer, it is rather a list of Chinese names run together
#: How much more than the rules' threshold a name must score to take part of a word.
_CUT_MARGIN = 0.0
#: Words that may follow a name but are never part of one (和 夫人, 时 表示).
#: One-character verbs of saying, and what opens the words said after one (红玉道：“…”).
_SAYS = frozenset("道说问答叹笑骂喊叫")
_QUOTE_OPENS = frozenset("：:“「\"")
_NOT_GIVEN = TITLES | _AFTER_NAME | frozenset("夫人 太太 老人 师傅 丈夫 妻子 一家".split())


class PerceptronTagger:
    """Weights of an averaged perceptron: one row per feature (row 0: unknown, all zero),
    one column per tag, and tag transition scores (row 0: the start of a line, row 1 + i:
    after tag i)."""

    def __init__(
        self,
        index: dict[str, int],
        weights: npt.NDArray[np.float32],
        transitions: npt.NDArray[np.float32],
    ) -> None:
        self.index = index
        self.weights = weights
        self.transitions = transitions
        #: the feature numbering of each cut dictionary it has tagged with
        self._numbered: dict[CutWords, _FeatureIds] = {}

    def emission(self, features: list[str]) -> npt.NDArray[np.float32]:
        """Each character's score for each tag."""
        import numpy as np

        ids = np.fromiter(
            map(self.index.get, features, repeat(0)), dtype=np.int64, count=len(features)
        )
        return self.weights[ids.reshape(-1, SLOTS)].sum(axis=1)  # type: ignore[no-any-return]

    def tags(self, features: list[str], sizes: list[int]) -> list[int]:
        if not features:
            return []
        return decode(self.emission(features), sizes, self.transitions)

    def window_tags(
        self,
        words: Sequence[str],
        cw: CutWords,
        names: dict[str, str],
        windows: list[tuple[int, int]],
        sizes: list[int],
    ) -> list[int]:
        """``tags(features(words, cw, names, windows), sizes)``, with the features numbered
        as they are made (``_FeatureIds``)."""
        import numpy as np

        numbered = self._numbered.get(cw)
        if numbered is None:
            numbered = self._numbered[cw] = _FeatureIds(self.index, cw)
        ids = numbered(words, names, windows)
        if not ids:
            return []
        rows = np.array(ids, dtype=np.int64).reshape(-1, SLOTS)
        return decode(self.weights[rows].sum(axis=1), sizes, self.transitions)


def decode(
    emission: npt.NDArray[np.float32],
    sizes: list[int],
    transitions: npt.NDArray[np.float32],
) -> list[int]:
    """The best tags of stretches of ``sizes`` characters under BIO constraints (an I- tag
    follows its B- or I-), each stretch decoded on its own and all at once (Viterbi over a
    batch: a line's cost is its longest stretch, not its length)."""
    import numpy as np

    count, longest = len(sizes), max(sizes)
    batch = np.full((count, longest, len(TAGS)), _PAD, dtype=np.float32)
    batch[:, :, 0] = 0.0  # past its end, a stretch is followed by "outside"
    start = 0
    for k, size in enumerate(sizes):
        batch[k, :size] = emission[start : start + size]
        start += size
    allowed = _allowed()
    trans = transitions[1:] + allowed[1:]
    score = batch[:, 0] + transitions[0] + allowed[0]
    back = np.zeros((count, longest, len(TAGS)), dtype=np.int64)
    for t in range(1, longest):
        cand = score[:, :, None] + trans[None]
        back[:, t] = cand.argmax(axis=1)
        score = cand.max(axis=1) + batch[:, t]
    best = (score + trans[:, 0]).argmax(axis=1)
    rows = np.arange(count)
    path = np.zeros((count, longest), dtype=np.int64)
    path[:, -1] = best
    for t in range(longest - 1, 0, -1):
        best = back[rows, t, best]
        path[:, t - 1] = best
    out: list[int] = []
    for k, size in enumerate(sizes):
        out += path[k, :size].tolist()
    return out


@functools.cache
def _allowed() -> npt.NDArray[np.float32]:
    """-inf where a transition breaks BIO (row 0 of the start: no line starts inside)."""
    import numpy as np

    size = len(TAGS)
    out = np.zeros((size + 1, size), dtype=np.float32)
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            out[0, j] = -np.inf
            for i, prev in enumerate(TAGS):
                if prev[2:] != tag[2:]:
                    out[i + 1, j] = -np.inf
    return out


def load(path: Path = WEIGHTS) -> PerceptronTagger | None:
    """The shipped tagger, or None where its weights are missing. Its feature index and
    weights are kept in the cache dir, keyed by the archive's content (``tagger_path``):
    reading them back costs a fraction of unpacking the archive."""
    import numpy as np

    if not path.exists():
        return None
    from zh_learn.cachefiles import cached_pickle

    parts = cached_pickle(
        tagger_path(path),
        lambda: _unpacked(path),
        lambda loaded: isinstance(loaded, dict) and loaded.get("format") == _TAGGER_FORMAT,
    )
    weights, transitions = (
        np.frombuffer(raw, dtype=np.float32).reshape(shape)
        for raw, shape in (parts["weights"], parts["transitions"])
    )
    # the features as one string, split and numbered here: half the time of unpickling
    # a 40k-entry dict
    names = parts["features"].split(_SEPARATOR)
    index = dict(zip(names, range(len(names)), strict=True))
    return PerceptronTagger(index, weights, transitions)


_TAGGER_FORMAT = 2
#: Between the features in the cache (checked to be in none of them when it is made).
_SEPARATOR = "\0"


def tagger_path(path: Path = WEIGHTS) -> Path:
    import hashlib

    from zh_learn.paths import cache_dir

    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.exists() else "none"
    return cache_dir() / f"name-tagger-{_TAGGER_FORMAT}-{digest}.pickle"


def _unpacked(path: Path) -> dict[str, object]:
    """The archive's features (one string) and float32 weights (as bytes and shape)."""
    import numpy as np

    with np.load(path, allow_pickle=False) as data:
        names = data["features"].tolist()
        arrays = {
            key: (data[key].astype(np.float32).tobytes(), data[key].shape)
            for key in ("weights", "transitions")
        }
    if any(_SEPARATOR in name for name in names):
        raise ZhLearnError(f"{path}: a feature holds a NUL character; retrain the tagger")
    return {"format": _TAGGER_FORMAT, "features": _SEPARATOR.join(names), **arrays}


@functools.cache
def tagger() -> Tagger | None:
    return load()


def spans(tags: list[int]) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each name the tags mark."""
    out: list[tuple[int, int, str]] = []
    start, kind = -1, ""
    for i, t in enumerate([*tags, 0]):
        tag = TAGS[t]
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == kind):
            out.append((start, i, _KIND[kind]))
            start = -1
        if tag.startswith("B-"):
            start, kind = i, tag[2:]
    return out


def name_windows(
    words: Sequence[str], cw: CutWords, names: dict[str, str]
) -> list[tuple[int, int]]:
    """The stretches of a line (ranges of word indexes) where a name may be: a word before
    and three after each piece that may start one (a lone surname or transliteration
    character, a name, a word no learner dictionary holds, a middle dot). The rest of a
    line is no name, and tagging it would only cost time."""
    triggers = _triggers(cw)
    hits = [
        k for k, w in enumerate(words)
        if (w in triggers if len(w) == 1 else w in names or not cw.learner(w)
            or cw.flags(w) & (PROPER | PERSON))
    ]  # fmt: skip
    out: list[tuple[int, int]] = []
    for k in hits:
        first, stop = max(0, k - 1), min(len(words), k + _AFTER_TRIGGER)
        if out and first <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], stop))
        else:
            out.append((first, stop))
    return out


@functools.cache
def _triggers(cw: CutWords) -> frozenset[str]:
    return frozenset(
        (cw.surnames | cw.surname_score.keys() | TRANSLITERATION | _MIDDLE_DOT) - FUNCTION_CHARS
    )


def tag_names(
    words: list[str],
    model: Tagger,
    cw: CutWords,
    is_common: Callable[[str], bool],
    names: dict[str, str],
    recut: Callable[[str], list[str]],
    glued: set[int] | frozenset[int] = frozenset(),
) -> tuple[list[str], dict[str, str]]:
    """``words`` with the person and place names the tagger finds joined, and those names
    (name -> type). A name the tagger marks across a dictionary word (张 洁清 算 -> 张洁 清算)
    takes its characters, and what is left of that word is cut again by ``recut``; it never
    starts or ends at ``glued`` offsets (inside a word the cut found but split, 先|是 of
    先是), nor takes a character of a word after a name already known (李鹏 致信, not
    李鹏致 信). A name is at least two characters, and never a common word."""
    found: dict[str, str] = {}
    windows = name_windows(words, cw, names)
    if not windows:
        return _join_dotted(words, found, names, cw, is_common)
    starts = list(accumulate(map(len, words), initial=0))
    sizes = [starts[stop] - starts[first] for first, stop in windows]
    tags = model.window_tags(words, cw, names, windows, sizes)
    marked = []
    at = 0
    for (first, _), size in zip(windows, sizes, strict=True):
        offset = starts[first]
        marked += [
            (offset + a, offset + b, kind)
            for a, b, kind in spans(tags[at : at + size])
            if kind in KINDS and b - a >= 2
        ]
        at += size
    if not marked:
        return _join_dotted(words, found, names, cw, is_common)
    line = "".join(words)
    placed: list[tuple[int, str]] = []  # (offset, word)
    pos = 0
    for w in words:
        placed.append((pos, w))
        pos += len(w)
    bounds = {x for x, _ in placed} | {pos}
    out: list[str] = []
    last = 0  # characters before this are in ``out``
    at_offset = dict(placed)
    verse = _Verse(words, [x for x, _ in placed])
    for a, b, kind in marked:
        if b - a >= 3 and line[b - 1] + at_offset.get(b, "") in _AFTER_NAME and b - 1 in at_offset:
            b -= 1  # 春燕 笑道 cut 笑 道: 笑 is no part of the name
        elif (
            kind == "person"
            and b - a >= 3
            and at_offset.get(b - 1, "") in _SAYS
            and line[b : b + 1] in _QUOTE_OPENS
            and line[a:b] not in names
        ):
            b -= 1  # 红玉 道 ：“…”: a verb of saying before the words said, no given name
        if kind == "person" and line[b - 1] == TROPHY:
            b -= 1  # 尤伯杯 "Uber Cup": the person 尤伯 and 杯 "cup"
        elif kind == "person" and b - a >= 3 and at_offset.get(b - 1, "") in _CREDITS:
            b -= 1  # 孙伟 绘 "drawn by Sun Wei", 李舸 摄 "photo: Li Ge"
        listed = at_offset.get(a, "")
        if (
            kind == "person"
            and b - a == len(listed) + 1
            and cw.flags(listed) & PERSON
            and (
                cw.given_score.get(line[b - 1], -9.0) <= GIVEN_AFTER_LISTED
                # a figure both CC-CEDICT and the historical list hold (张骞 乘槎, 徐渭 诗,
                # 庄周 梦): a name of its own, unless the text knows the longer one
                or (cw.flags(listed) & PROPER and line[a:b] not in names)
            )
        ):
            b -= 1  # 李白 写的: a verb after a dictionary's person is no part of the name
        name = line[a:b]
        if a < last or is_common(name) or not _han(name):
            continue
        if kind == "person" and name not in names and not _plausible_person(name, cw):
            continue
        if kind == "person" and name not in names and verse.at(a, b):
            continue  # 金簪雪 of 玉带林中挂，金簪雪里埋
        doubled = len(name) == 2 and name[0] == name[1]
        if doubled and (name[0] in _CALLS or (a and line[a - 1] in _COUNTS_A_DOUBLE)):
            continue  # 各 班班 长处: 各班 "every class" (苗苗, 比比 opening a clause are names)
        if name[0] in MEASURE_SURNAMES and counted(line[max(0, a - 2) : a]):
            continue  # 这3张卫星图片: a measure word
        if kind == "person" and a and line[a - 1] in THING_MEASURES:
            continue  # 一座白塔: a thing is counted, no person
        if a in glued or b in glued:
            continue
        if (a not in bounds or b not in bounds) and (
            not _may_cut(name, cw)
            # a name the dictionary holds is never cut (孔乙己, not 孔乙 + 己; 周恩来)
            or _cuts_a_name(placed, a, b, cw)
            or (b not in bounds and names.get(name[:-1]) == "person")
            or (a not in bounds and names.get(name[1:]) == "person")
        ):
            continue
        inside = [(x, w) for x, w in placed if a <= x and x + len(w) <= b]
        if any(
            (len(w) == 1 and w in FUNCTION_CHARS and (x == a or x == b - 1))
            or w in _NOT_GIVEN
            # a common word inside a name only as a given name (田 晚霞), and only where the
            # statistics clearly say name (连 文法 "even grammar" is none)
            or (
                len(w) > 1
                and is_common(w)
                and not (
                    kind == "person"
                    and x == a + 1 == b - 2
                    and person_score(name[0], w, cw) >= PERSON_THRESHOLD[2]
                )
            )
            for x, w in inside
        ):
            continue
        if kind == "person" and _word_before_person(inside, a, cw):
            continue  # 东晋 葛洪: a dynasty and a person the dictionary knows, two items
        if names.get(name) == "place":
            kind = "place"  # the rules' places end in a place suffix (徐魏庄)
        out.extend(_pieces(line, last, a, bounds, recut))
        out.append(name)
        found[name] = kind
        last = b
    out.extend(_pieces(line, last, len(line), bounds, recut))
    return _join_dotted(out, found, names, cw, is_common)


def _word_before_person(inside: list[tuple[int, str]], a: int, cw: CutWords) -> bool:
    """Whether a span ends in a person the dictionary knows (葛洪) after a dictionary word of
    two characters or more that is no surname (东晋): two items, not one name. 司马 相如
    and 欧阳 修 keep their compound surname."""
    if len(inside) < 2:
        return False
    x, last = inside[-1]
    before = "".join(w for _, w in inside[:-1])
    return (
        len(last) >= 2
        and bool(cw.flags(last) & PERSON)
        and x - a >= 2
        and cw.learner(before)
        and before not in cw.surnames
    )


class _Verse:
    """Which names of a line its verse rather makes (``zh_learn.analysis.names.verse_at``)."""

    def __init__(self, words: list[str], offsets: list[int]) -> None:
        self.words = words
        self.offsets = offsets  # each word's first character in the line

    def at(self, a: int, b: int) -> bool:
        """Whether characters ``a`` to ``b`` of the line are such a name."""
        first = bisect_right(self.offsets, a) - 1
        stop = bisect_right(self.offsets, b - 1)
        return verse_at(self.words, first) and verse_person(self.words, first, stop - first)


def _join_dotted(
    words: list[str],
    found: dict[str, str],
    names: dict[str, str],
    cw: CutWords,
    is_common: Callable[[str], bool] = lambda w: False,
) -> tuple[list[str], dict[str, str]]:
    """Names joined by a middle dot (约翰 · 马吉, 塞 · 威廉姆斯) as one person, when each
    part is a person's name or spelled in transliteration characters, with the letters
    that follow the last part (马克思 · 卢布 里克: 卢布 is also "rouble")."""
    if not _MIDDLE_DOT.intersection(words):
        return words, found

    def part(w: str) -> bool:
        return bool(w) and _han(w) and (
            found.get(w) == "person"
            or names.get(w) == "person"
            or bool(cw.flags(w) & PERSON)
            or all(ch in TRANSLITERATION or ch in THAI for ch in w)
        )

    out: list[str] = []
    i = 0
    while i < len(words):
        w = words[i]
        if out and w in _MIDDLE_DOT and i + 1 < len(words) and len(out[-1]) == 1:
            _gather_letters(out)  # 差 猜 · 春哈旺: a Thai name cut into its letters
        if out and w in _MIDDLE_DOT and i + 1 < len(words) and part(out[-1]) and (
            part(words[i + 1]) or _family_place(out[-1], words[i + 1], found, names, cw)
        ) and all(ch not in _MIDDLE_DOT for ch in words[i + 1]):
            name = out.pop() + w + words[i + 1]
            i += 2
            while i < len(words) and spelled_letters(words[i]) and not is_common(words[i]):
                name += words[i]
                i += 1
            found[name] = "person"
            out.append(name)
            continue
        out.append(w)
        i += 1
    return out, found


#: Most single letters gathered before a middle dot into one part of a name.
_GATHERED = 4


def _family_place(
    given: str, family: str, found: dict[str, str], names: dict[str, str], cw: CutWords
) -> bool:
    """Whether ``family`` after a person's given name and a middle dot is a family name that
    the dictionaries hold as a place (乔治 · 华盛顿, 杰克 · 伦敦): no place follows a given
    name so written."""
    known = found.get(given) == "person" or names.get(given) == "person"
    return (
        (known or bool(cw.flags(given) & PERSON))
        and "·" not in given
        and _han(family)
        and bool(cw.flags(family) & PLACE)
        and family[-1] not in PLACE_SUFFIXES
    )


def _gather_letters(out: list[str]) -> None:
    """Join the last two to ``_GATHERED`` words of ``out`` into one where each is a single
    letter of a foreign or Thai name (差 猜 -> 差猜), the part of a name before a middle dot."""
    k = len(out)
    while (
        k > 0
        and len(out) - k < _GATHERED
        and len(out[k - 1]) == 1
        and (out[k - 1] in TRANSLITERATION or out[k - 1] in THAI)
    ):
        k -= 1
    if len(out) - k >= 2:
        out[k:] = ["".join(out[k:])]


def _han(text: str) -> bool:
    """Han characters only, or names of them joined by a middle dot."""
    return all("\u4e00" <= ch <= "\u9fff" or ch in _MIDDLE_DOT for ch in text) and (
        text[0] not in _MIDDLE_DOT and text[-1] not in _MIDDLE_DOT
    )


#: The longest proper noun of the dictionary that is never cut: a name, while longer ones
#: are terms built on a name that the tagger may take it from (邓小平 of 邓小平理论).
_WHOLE_NAME = 3


def _cuts_a_name(placed: list[tuple[int, str]], a: int, b: int, cw: CutWords) -> bool:
    """Whether characters ``a`` to ``b`` start or end inside a word (``placed``: each word
    and its offset) of two or three characters that a dictionary or a name list holds as a
    name other than a place's (孔乙己 "Kong Yiji", 李嘉诚), or of four characters or more
    that a learner dictionary holds (安史之乱), unless the name opens or closes it and leaves
    a learner word (邓小平 理论, 马克思 主义)."""
    for x, w in placed:
        if x < a < x + len(w) or x < b < x + len(w):
            flags = cw.flags(w)
            # a place may be the wrong cut (财政部 长安 雷 for 财政部长 安雷, 中江 宏伟)
            if len(w) <= _WHOLE_NAME and (
                flags & PERSON or (flags & PROPER and not flags & PLACE)
            ):
                return True
            if len(w) >= 4 and cw.learner(w) and not _word_left(w, a - x, b - x, cw):
                return True  # 安史之乱 "An-Shi Rebellion", an idiom: never a name's part
        elif x >= b:
            break
    return False


def _word_left(word: str, a: int, b: int, cw: CutWords) -> bool:
    """Whether characters ``a`` to ``b`` of ``word`` open or close it and leave a learner
    word of two characters or more (邓小平理论 less 邓小平 is 理论)."""
    if a <= 0 < b < len(word):
        rest = word[b:]
    elif 0 < a < len(word) <= b:
        rest = word[:a]
    else:
        return False
    return len(rest) >= 2 and cw.learner(rest)


def _may_cut(name: str, cw: CutWords) -> bool:
    """Whether ``name`` is clear enough to take part of a dictionary word (张洁清 from 张 洁清
    算, not 陈飞先 from 陈飞 先是): a transliteration, or a Chinese name that the statistics
    alone would make one (``zh_learn.names.PERSON_THRESHOLD``)."""
    if all(ch in TRANSLITERATION for ch in name):
        return True
    if not 2 <= len(name) <= 3:
        return False
    return person_score(name[0], name[1:], cw) >= PERSON_THRESHOLD[len(name) - 1] + _CUT_MARGIN


#: Before a character said twice, what makes the first one a word it counts (各班 班长, 每天
#: 天亮, 这家 家里): no name of a doubled character there.
_COUNTS_A_DOUBLE = frozenset("各每这那一两几某该本")
#: Prefixes and interjections that said twice are no name (阿阿，不…; 哈哈; 呀呀).
_CALLS = frozenset("阿啊哈呵嘿哎唉呀哦噢嗯")


def _plausible_person(name: str, cw: CutWords) -> bool:
    """Whether the name statistics agree that ``name`` may be a person's: a transliteration
    (阿巴查, 玛格丽特·里德), or a listed surname and, for two or three characters, given-name
    characters that outweigh a common word (紫红, 和夫人, 时表示 are none)."""
    foreign = sum(1 for ch in name if ch in TRANSLITERATION or ch in _MIDDLE_DOT)
    if foreign == len(name) or (
        3 <= len(name) <= _FOREIGN_LONGEST and foreign >= len(name) - _FOREIGN_SLACK
    ):
        return True  # one character outside zh-learn's list (若斯潘, 基里延科)
    if any(ch in _MIDDLE_DOT for ch in name):
        return name[0] in TRANSLITERATION
    if name[0] not in cw.surnames and name[0] not in cw.surname_score:
        return False
    if len(name) > 3:
        # a compound surname (欧阳, 司马) and a given name; else names run together (组 秦凤鸣)
        return len(name) == 4 and bool(cw.flags(name[:2]) & (PERSON | PROPER))
    return person_score(name[0], name[1:], cw) >= _PERSON_FLOOR


def _pieces(
    line: str, a: int, b: int, bounds: set[int], recut: Callable[[str], list[str]]
) -> list[str]:
    """The words of ``line[a:b]``: the cut's own where its boundaries allow, the ends of a
    word the span cuts into cut again."""
    if a >= b:
        return []
    cuts = sorted(x for x in bounds if a < x < b)
    edges = [a, *cuts, b]
    out: list[str] = []
    for x, y in zip(edges, edges[1:], strict=False):
        piece = line[x:y]
        if (x == a and a not in bounds) or (y == b and b not in bounds):
            out.extend(recut(piece))
        else:
            out.append(piece)
    return out
