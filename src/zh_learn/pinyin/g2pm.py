"""g2pM's polyphone model (a BiLSTM trained on the CPP corpus), run by zh-learn with numpy
and g2pM's own weights, choosing only among each character's own readings. The prepared
network is kept in the cache dir, so a run reads it in milliseconds."""

from __future__ import annotations

import functools
import warnings
from pathlib import Path
from typing import Any

from zh_learn.analysis.lexicon import cache_key
from zh_learn.cachefiles import cached_pickle
from zh_learn.paths import cache_dir
from zh_learn.pinyin.tables import _syllable


@functools.cache
def _g2pm() -> Any:
    # g2pM opens its pickles without closing them; keep the ResourceWarnings out of sight.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from g2pM import G2pM  # type: ignore[import-untyped]

        return G2pM()


def first_reading(ch: str) -> str | None:
    """g2pM's first reading of ``ch`` (tone numbers), or None where its dictionary lacks it."""
    return _firsts().get(ch)


@functools.cache
def _firsts() -> dict[str, str]:
    """Each character's first reading: kept as two strings (the characters, the readings),
    made a dict only when a text has a character no other table reads (10k entries cost
    every run 5 ms to unpickle)."""
    chars, syllables = _model_parts()["firsts"]
    return dict(zip(chars.split("\n"), syllables.split("\n"), strict=True))


@functools.cache
def _model_chars() -> frozenset[str]:
    """Characters g2pM treats as polyphonic."""
    poly: frozenset[str] = _model_parts()["poly"]
    return poly


_MODEL_FORMAT = 3


#: The arrays of the prepared network, kept as raw bytes so that reading the polyphonic
#: characters alone never imports numpy.
_ARRAYS = ("fw", "bw", "w_hh", "w0", "b0", "w1", "b1")


def model_path() -> Path:
    return cache_dir() / f"polyphones-{_MODEL_FORMAT}-{cache_key()}.pickle"


@functools.cache
def _model_parts() -> dict[str, Any]:
    """g2pM's network as ``_Polyphones`` uses it (input projections computed, readings mapped),
    prepared once into the cache dir: loading g2pM's pickles and projecting its weights cost
    0.05-0.1 s per run, reading the result a few milliseconds."""
    parts: dict[str, Any] = cached_pickle(
        model_path(),
        _prepared_parts,
        lambda loaded: isinstance(loaded, dict) and loaded.get("format") == _MODEL_FORMAT,
    )
    return parts


def _prepared_parts() -> dict[str, Any]:
    g2pm = _g2pm()
    net = _Polyphones.from_g2pm(g2pm)
    firsts = {ch: _syllable(prons[0]) for ch, prons in g2pm.cedict.items() if prons}
    parts: dict[str, Any] = {
        "format": _MODEL_FORMAT,
        "poly": frozenset(ch for ch, prons in g2pm.cedict.items() if len(prons) > 1),
        "arrays": {name: _packed(getattr(net, name)) for name in _ARRAYS},
        "size": net.size,
        "char_ids": net.char_ids,
        "ids": (net.unk, net.bos, net.eos),
        "candidates": net.candidates,
        # each character's first reading in g2pM's dictionary: the reader's last resort,
        # read here so that it never loads g2pM itself (0.3 s and its tables)
        "firsts": tuple(map("\n".join, zip(*firsts.items(), strict=True))),
    }
    return parts


def _packed(arr: Any) -> tuple[str, tuple[int, ...], str, bytes]:
    """An array as (dtype, shape, memory order, bytes): kept in its own order, so that the
    matrix products run exactly as on the array first computed."""
    order = "F" if arr.flags.f_contiguous and not arr.flags.c_contiguous else "C"
    return str(arr.dtype), arr.shape, order, arr.tobytes(order=order)


def prepare_model() -> Path:
    """Prepare the polyphone model's tables now (``zh-learn prepare``)."""
    _model_parts()
    return model_path()


class _Polyphones:
    """g2pM's BiLSTM, run with its own weights but restricted to each character's readings.

    The same network as ``g2pM.G2pM`` (one BiLSTM layer, two dense layers), with the input
    projection of every character computed once at load and both directions stepped together,
    so a sentence costs a few numpy calls per character. g2pM itself takes the argmax over all
    876 syllables; here the scores are compared among the character's own readings only.
    """

    np: Any
    fw: Any
    bw: Any
    w_hh: Any
    w0: Any
    b0: Any
    w1: Any
    b1: Any
    size: int
    char_ids: dict[str, int]
    unk: int
    bos: int
    eos: int
    candidates: dict[str, tuple[list[int], tuple[str, ...]]]

    def __init__(self, parts: dict[str, Any]) -> None:
        import numpy as np

        self.np = np
        for name, (dtype, shape, order, raw) in parts["arrays"].items():
            setattr(self, name, np.frombuffer(raw, dtype=dtype).reshape(shape, order=order))
        self.size = parts["size"]
        self.char_ids = parts["char_ids"]
        self.unk, self.bos, self.eos = parts["ids"]
        self.candidates = parts["candidates"]

    @classmethod
    def from_g2pm(cls, g2pm: Any) -> _Polyphones:
        """The network prepared from g2pM's own weights."""
        import numpy as np

        self = cls.__new__(cls)
        self.np = np
        f32 = np.float32
        size = g2pm.weight_hh.shape[1]
        emb = g2pm.embeddings.astype(f32)
        order = [0, 1, 3, 2]  # torch's gate order i, f, g, o -> i, f, o, g

        def project(w_ih: Any, b_ih: Any, b_hh: Any) -> Any:
            table = emb @ w_ih.T.astype(f32) + (b_ih + b_hh).astype(f32)
            return table.reshape(len(emb), 4, size)[:, order, :]

        self.fw = project(g2pm.weight_ih, g2pm.bias_ih, g2pm.bias_hh)
        self.bw = project(g2pm.weight_ih_reverse, g2pm.bias_ih_reverse, g2pm.bias_hh_reverse)
        w_hh = np.zeros((2 * size, 4, 2, size), dtype=f32)
        w_hh[:size, :, 0, :] = g2pm.weight_hh.T.reshape(size, 4, size)[:, order, :]
        w_hh[size:, :, 1, :] = g2pm.weight_hh_reverse.T.reshape(size, 4, size)[:, order, :]
        self.w_hh = w_hh.reshape(2 * size, 8 * size)
        self.size = size
        self.w0 = g2pm.hidden_weight_l0.T.astype(f32)
        self.b0 = g2pm.hidden_bias_l0.astype(f32)
        self.w1 = g2pm.hidden_weight_l1.T.astype(f32)
        self.b1 = g2pm.hidden_bias_l1.astype(f32)
        self.char_ids = g2pm.char2idx
        self.unk = g2pm.char2idx["<UNK>"]
        self.bos = g2pm.char2idx["시"]
        self.eos = g2pm.char2idx["끝"]
        classes = {pron: idx for idx, pron in g2pm.idx2class.items()}
        self.candidates = {}
        for ch, prons in g2pm.cedict.items():
            known = [p for p in prons if p in classes]
            if len(prons) > 1 and known:
                self.candidates[ch] = ([classes[p] for p in known], tuple(map(_syllable, known)))
        return self

    def __call__(self, sentence: str) -> dict[int, dict[str, float]]:
        """Probabilities of each polyphonic character's readings, by position."""
        return self.batch([sentence])[0]

    def batch(self, sentences: list[str]) -> list[dict[int, dict[str, float]]]:
        """``self(sentence)`` for each of ``sentences``, the LSTM stepped through all of them
        at once: a sentence alone costs about twenty numpy calls per character, which on an
        article's short clauses cost more than the arithmetic. The numbers are the same bit
        for bit: each sentence's recurrent product is still its own vector-matrix product
        (a matrix product of the batch may sum in another order), and the other steps work
        element by element."""
        np = self.np
        jobs = []
        for pos, sentence in enumerate(sentences):
            targets = [i for i, ch in enumerate(sentence) if ch in self.candidates]
            if targets:
                jobs.append((pos, sentence, targets))
        found: list[dict[int, dict[str, float]]] = [{} for _ in sentences]
        if not jobs:
            return found
        # longest first, so the sentences still being read at a step are the first rows
        order = sorted(range(len(jobs)), key=lambda j: -len(jobs[j][1]))
        size, get, unk = self.size, self.char_ids.get, self.unk
        lengths = [len(jobs[j][1]) + 2 for j in order]
        longest = lengths[0]
        # each step's input projections, both directions side by side as in ``w_hh``
        xs = np.zeros((len(order), longest, 4, 2, size), dtype=np.float32)
        ids: list[int] = []
        rows: list[int] = []
        steps: list[int] = []
        for row, j in enumerate(order):
            ids += [self.bos, *[get(ch, unk) for ch in jobs[j][1]], self.eos]
            rows += [row] * lengths[row]
            steps += range(lengths[row])
        xs[rows, steps, :, 0] = self.fw[ids]
        xs[rows, steps, :, 1] = self.bw[_reversed_runs(ids, lengths)]
        xs = xs.reshape(len(order), longest, 8 * size)
        h = np.zeros((len(order), 2 * size), dtype=np.float32)
        c = np.zeros((len(order), 2 * size), dtype=np.float32)
        hs = np.empty((len(order), longest, 2 * size), dtype=np.float32)
        products = np.empty((len(order), 8 * size), dtype=np.float32)
        w_hh, split, matmul = self.w_hh, 6 * size, np.matmul
        active = len(order)
        for t in range(longest):
            while lengths[active - 1] <= t:
                active -= 1
            for row in range(active):
                matmul(h[row], w_hh, out=products[row])
            gates = xs[:active, t] + products[:active]
            ifo = 1.0 / (1.0 + np.exp(-gates[:, :split]))
            c[:active] = ifo[:, 2 * size : 4 * size] * c[:active] + ifo[:, : 2 * size] * np.tanh(
                gates[:, split:]
            )
            h[:active] = ifo[:, 4 * size :] * np.tanh(c[:active])
            hs[:active, t] = h[:active]
        # the dense layers sentence by sentence (as one matrix product their sums could
        # round otherwise); the softmax over each character's readings, element by element,
        # for all the characters with as many readings at once
        logits: list[Any] = []
        by_count: dict[int, list[tuple[int, int, int]]] = {}
        for row, j in enumerate(order):
            pos, sentence, targets = jobs[j]
            n, states = lengths[row], hs[row]
            at = [p + 1 for p in targets]
            out = np.concatenate(
                (states[at, :size], states[[n - 1 - r for r in at], size:]), axis=1
            )
            found[pos] = dict.fromkeys(targets, {})  # in the order of the sentence
            for i in targets:
                by_count.setdefault(len(self.candidates[sentence[i]][0]), []).append(
                    (pos, i, len(logits))
                )
                logits.append(None)
            first = len(logits) - len(targets)
            logits[first:] = np.maximum(out @ self.w0 + self.b0, 0.0) @ self.w1 + self.b1
        table = np.stack(logits)
        for chosen in by_count.values():
            idx = [self.candidates[sentences[pos][i]][0] for pos, i, _ in chosen]
            scores = table[[[k] for _, _, k in chosen], idx]
            probs = np.exp(scores - scores.max(axis=1, keepdims=True))
            probs /= probs.sum(axis=1, keepdims=True)
            for (pos, i, _), row_probs in zip(chosen, probs.tolist(), strict=True):
                syllables = self.candidates[sentences[pos][i]][1]
                found[pos][i] = dict(zip(syllables, row_probs, strict=True))
        return found


def _reversed_runs(ids: list[int], lengths: list[int]) -> list[int]:
    """``ids`` (runs of ``lengths`` one after the other) with each run reversed."""
    out: list[int] = []
    start = 0
    for n in lengths:
        out += reversed(ids[start : start + n])
        start += n
    return out


@functools.cache
def _model() -> _Polyphones:
    return _Polyphones(_model_parts())
