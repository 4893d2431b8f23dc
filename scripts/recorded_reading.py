"""Which reading a recording of a polyphonic character says, by comparing it with
recordings whose reading is certain: the same speaker's one-reading characters (by far the
closest match), else the other speaker's syllable recordings.

Used by build_audio.py. Two steps, each answered only when clearly decided:

1. the syllable (de / di): dynamic time warping over mel-cepstra (each recording's mean
   removed) against the same speaker's characters read with each candidate syllable;
2. the tone (wei2 / wei4): the pitch contour, in semitones from the speaker's median pitch,
   against the speaker's mean contour of each tone.

``validate()`` measures both on half of the characters whose reading is certain, the other
half serving as references, and prints the accuracy at each margin; the margins below were
chosen from it.
"""

from __future__ import annotations

import functools
import random
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np

from zh_learn.audio.codec import RATE, decode, trim

#: Accept a syllable choice only when the runner-up's distance is this much larger.
SEGMENT_MARGIN = 1.3
#: Accept a tone choice only when the runner-up's distance is this much larger.
TONE_MARGIN = 2.0

_WIN, _HOP = 400, 160  # 25 ms windows, 10 ms hop


@functools.cache
def _mel_bank(n_fft: int = 512, n_mel: int = 26) -> Any:
    def mel(f: Any) -> Any:
        return 2595 * np.log10(1 + f / 700)

    def hz(m: Any) -> Any:
        return 700 * (10 ** (m / 2595) - 1)

    points = hz(np.linspace(mel(60), mel(RATE / 2 * 0.9), n_mel + 2))
    bins = np.floor((n_fft + 1) * points / RATE).astype(int)
    bank = np.zeros((n_mel, n_fft // 2 + 1))
    for i in range(n_mel):
        a, b, c = bins[i], bins[i + 1], bins[i + 2]
        bank[i, a:b] = (np.arange(a, b) - a) / max(1, b - a)
        bank[i, b:c] = (c - np.arange(b, c)) / max(1, c - b)
    return bank


def _frames(pcm: Any) -> Any:
    x = pcm.astype(np.float64)
    if len(x) < _WIN:
        x = np.pad(x, (0, _WIN - len(x)))
    return np.lib.stride_tricks.sliding_window_view(x, _WIN)[::_HOP]


def mfcc(pcm: Any) -> Any:
    x = np.append(pcm[:1], pcm[1:] - 0.97 * pcm[:-1].astype(np.float64))
    spec = np.abs(np.fft.rfft(_frames(x) * np.hamming(_WIN), 512)) ** 2
    logmel = np.log(spec @ _mel_bank().T + 1e-6)
    n = logmel.shape[1]
    dct = np.cos(np.pi / n * (np.arange(n) + 0.5)[None, :] * np.arange(1, 13)[:, None])
    ceps = logmel @ dct.T
    return ceps - ceps.mean(axis=0)


def pitch(pcm: Any) -> Any:
    """F0 in Hz per 10 ms frame (NaN where unvoiced), by normalised autocorrelation."""
    frames = _frames(pcm) * np.hanning(_WIN)
    energy = (frames**2).sum(axis=1)
    lo, hi = RATE // 450, RATE // 70
    out = np.full(len(frames), np.nan)
    loud = energy > energy.max() * 10 ** (-25 / 10)
    for i in np.nonzero(loud)[0]:
        f = frames[i]
        ac = np.correlate(f, f, "full")[_WIN - 1 :]
        if ac[0] <= 0:
            continue
        ac = ac / ac[0]
        lag = lo + int(np.argmax(ac[lo:hi]))
        if ac[lag] > 0.45:
            out[i] = RATE / lag
    return out


def dtw(a: Any, b: Any) -> float:
    cost = np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(axis=2))
    n, m = cost.shape
    acc = np.full((n + 1, m + 1), np.inf)
    acc[0, 0] = 0.0
    for i in range(1, n + 1):
        row = cost[i - 1]
        for j in range(1, m + 1):
            acc[i, j] = row[j - 1] + min(acc[i - 1, j], acc[i, j - 1], acc[i - 1, j - 1])
    return float(acc[n, m] / (n + m))


def contour(f0: Any, median: float, points: int = 12) -> Any | None:
    voiced = np.nonzero(~np.isnan(f0))[0]
    if len(voiced) < 5:
        return None
    seg = f0[voiced[0] : voiced[-1] + 1]
    idx = np.arange(len(seg))
    ok = ~np.isnan(seg)
    filled = np.interp(idx, idx[ok], seg[ok])
    semis = 12 * np.log2(filled / median)
    # a median filter against octave jumps
    semis = np.array([np.median(semis[max(0, i - 2) : i + 3]) for i in range(len(semis))])
    return np.interp(np.linspace(0, len(semis) - 1, points), idx, semis)


class Voice:
    """A speaker's recordings, loaded on demand, with the speaker's median pitch."""

    def __init__(self, load: Callable[[str], bytes | None], sample: Sequence[str]) -> None:
        self._load = load
        pitches = [self.f0(name) for name in sample]
        voiced = np.concatenate([p[~np.isnan(p)] for p in pitches if p is not None])
        self.median = float(np.median(voiced))

    @functools.cache  # noqa: B019 - one Voice per build
    def pcm(self, name: str) -> Any | None:
        data = self._load(name)
        return None if data is None else trim(decode(data), 10, 10, 30.0)

    @functools.cache  # noqa: B019
    def f0(self, name: str) -> Any | None:
        pcm = self.pcm(name)
        return None if pcm is None else pitch(pcm)

    @functools.cache  # noqa: B019
    def ceps(self, name: str) -> Any | None:
        pcm = self.pcm(name)
        return None if pcm is None else mfcc(pcm)

    def contour(self, name: str) -> Any | None:
        f0 = self.f0(name)
        return None if f0 is None else contour(f0, self.median)


def _decide(scores: dict[str, float], margin: float) -> str | None:
    ranked = sorted(scores.items(), key=lambda kv: kv[1])
    if not ranked:
        return None
    if len(ranked) == 1:
        return ranked[0][0]
    (best, d1), (_, d2) = ranked[0], ranked[1]
    return best if d2 >= d1 * margin else None


def _rms(a: Any, b: Any) -> float:
    return float(np.sqrt(((a - b) ** 2).mean())) + 1e-6


class Judge:
    """References for one speaker: ``known`` maps characters of certain reading to their
    toned syllable (``lv3``); ``available`` names the other speaker's syllable files."""

    def __init__(self, words: Voice, syllables: Voice, known: dict[str, str],
                 available: set[str], per_base: int = 4) -> None:
        self.words, self.syllables, self.available = words, syllables, available
        self.by_base: dict[str, list[str]] = {}
        for ch, syl in sorted(known.items()):
            refs = self.by_base.setdefault(syl[:-1], [])
            if len(refs) < per_base:
                refs.append(ch)
        by_tone: dict[str, list[Any]] = {}
        for ch, syl in sorted(known.items()):
            c = words.contour(ch)
            if c is not None:
                by_tone.setdefault(syl[-1], []).append(c)
        self.templates = {t: np.median(np.array(cs), axis=0) for t, cs in by_tone.items()}

    def segment_distance(self, word: str, base: str) -> float | None:
        mine = self.words.ceps(word)
        if mine is None:
            return None
        refs = [self.words.ceps(ch) for ch in self.by_base.get(base, []) if ch != word]
        refs = [r for r in refs if r is not None]
        if not refs:  # no character of this speaker has the syllable: the other speaker's
            name = next((f"{base}{t}" for t in "4123" if f"{base}{t}" in self.available), None)
            other = self.syllables.ceps(name) if name else None
            if other is None:
                return None
            refs = [other]
        return min(dtw(mine, r) for r in refs)

    def segment_choice(self, word: str, bases: Sequence[str],
                       margin: float = SEGMENT_MARGIN) -> str | None:
        scores = {}
        for base in bases:
            d = self.segment_distance(word, base)
            if d is None:
                return None
            scores[base] = d
        return _decide(scores, margin)

    def tone_choice(self, word: str, tones: Sequence[str],
                    margin: float = TONE_MARGIN) -> str | None:
        """Which of ``tones`` (toned syllables of one base, no neutral tone) is said."""
        mine = self.words.contour(word)
        if mine is None or any(t[-1] not in self.templates for t in tones):
            return None
        return _decide({t: _rms(mine, self.templates[t[-1]]) for t in tones}, margin)

    def reading(self, word: str, candidates: Sequence[str],
                agree: Callable[[str, str], bool]) -> list[str] | None:
        """The readings (toned syllables that sound alike, e.g. ba1 and neutral ba5) of the
        one-character recording ``word`` among ``candidates``; None when not clear."""
        by_base: dict[str, list[str]] = {}
        for c in candidates:
            by_base.setdefault(c[:-1], []).append(c)
        chosen: str | None = next(iter(by_base))
        if len(by_base) > 1:
            chosen = self.segment_choice(word, list(by_base))
            if chosen is None:
                return None
        tones = by_base[chosen]
        if all(agree(a, b) for a in tones for b in tones):
            return tones
        if any(t.endswith("5") for t in tones):
            return None  # a neutral tone against full tones: no template to compare with
        got = self.tone_choice(word, tones)
        return None if got is None else [got]


def validate(words: Voice, syllables: Voice, known: dict[str, str], available: set[str],
             seed: int = 0) -> None:
    """Accuracy of both steps on half of ``known``, the other half being the references."""
    import hashlib

    def half(ch: str) -> int:
        return hashlib.sha256(ch.encode()).digest()[0] % 2

    refs = {ch: s for ch, s in known.items() if half(ch) == 0}
    tests = {ch: s for ch, s in known.items() if half(ch) == 1}
    judge = Judge(words, syllables, refs, available)
    rng = random.Random(seed)
    by_final: dict[str, list[str]] = {}
    for base in judge.by_base:
        by_final.setdefault(base[-2:], []).append(base)
    seg_rows: list[tuple[bool, float]] = []
    tone_rows: list[tuple[bool, float]] = []
    for ch, syl in sorted(tests.items()):
        b = syl[:-1]
        others = sorted(o for o in by_final.get(b[-2:], []) if o != b)
        if others and b in judge.by_base:
            o = rng.choice(others)
            d1, d2 = judge.segment_distance(ch, b), judge.segment_distance(ch, o)
            if d1 is not None and d2 is not None:
                seg_rows.append((d1 < d2, max(d1, d2) / min(d1, d2)))
        mine = words.contour(ch)
        alts = [t for t in "1234" if t != syl[-1] and t in judge.templates]
        if mine is not None and alts and syl[-1] in judge.templates:
            d1 = _rms(mine, judge.templates[syl[-1]])
            d2 = _rms(mine, judge.templates[rng.choice(alts)])
            tone_rows.append((d1 < d2, max(d1, d2) / min(d1, d2)))
    for label, rows, margins in (("syllable", seg_rows, (1.0, 1.05, 1.1, 1.15, 1.2, 1.3)),
                                 ("tone", tone_rows, (1.0, 1.2, 1.5, 2.0, 2.5, 3.0))):
        for m in margins:
            kept = [ok for ok, ratio in rows if ratio >= m]
            acc = sum(kept) / len(kept) if kept else float("nan")
            print(f"{label:8} margin {m:4}: decided {len(kept)}/{len(rows)}, right {acc:.3f}")
