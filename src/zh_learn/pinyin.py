"""The one pinyin reader every zh-learn output uses.

``readings(text)`` gives one syllable per character of ``text`` in tone numbers (neutral 5,
ü as "v"), or None for a character that is not Han. Citation tones throughout (一 yi1,
不 bu4); ``apply_sandhi`` turns them into spoken tones.

How a run of Han characters is read:

1. Traditional characters are mapped to simplified one-for-one (offsets never move).
2. The run is cut into dictionary words (fewest words) from CC-CEDICT plus zh-learn's own
   reviewed list ``data/pinyin_phrases.tsv``; ties go against words ending in 了 的 地, then
   to the more common words (名单 + 于, not 名 + 单于).
3. A word with a single dictionary reading takes it; this keeps CC-CEDICT's neutral tones
   (妈妈 ma1 ma5) and fixed readings (重庆 chong2 qing4). The exception is a proper noun
   (an entry with capitalised pinyin only, such as 帖木儿 or 金山屯区) that is rare
   (Zipf < 3), whose polyphonic characters go to g2pM when g2pM all but rules the
   dictionary's syllable out.
4. Every other polyphonic character (single-character words such as 了 得 还, words with
   several readings such as 行长) is decided by g2pM, a small BiLSTM trained on the CPP
   polyphone corpus, run once per sentence and only when a sentence needs it. zh-learn runs
   g2pM's weights itself (``_Polyphones``): faster, and choosing only among the character's
   own readings. A word with several readings takes the one g2pM finds most likely; a
   neutral tone in the dictionary counts as agreeing with any tone of that syllable.
5. ``data/pinyin_rules.tsv`` holds hand-written context rules (sentence-final particles,
   fixed collocations g2pM misreads) that come last.
6. The learner's own fixes (``zh-learn pinyin --fix``) override everything.

See ``benchmarks/pinyin_cpp.py`` for the measured accuracy.
"""

from __future__ import annotations

import functools
import re
import sqlite3
import sys
import warnings
from collections.abc import Iterable, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from zh_learn.fileio import replacing
from zh_learn.hanzi import HAN as _HAN
from zh_learn.hanzi import HAN_RUN as _HAN_RUN
from zh_learn.package_data import read_rows
from zh_learn.pinyin_format import apply_sandhi as apply_sandhi  # re-exported
from zh_learn.pinyin_overrides import overrides
from zh_learn.sqlmap import SqliteMap, open_compiled, write_table

__all__ = ["apply_sandhi", "readings", "word_reading"]

_FORMAT = 14
_SYLLABLE = re.compile(r"^[a-zv]+[1-5]$")
_SENTENCE = re.compile(r"[^。！？!?；;\n]*[。！？!?；;\n]*")
_CITATION = {"一": "yi1", "不": "bu4"}


def _cite(ch: str, syl: str) -> str:
    """Citation tone for 一 and 不, except where the dictionary gives them a neutral tone
    (对不起 dui4 bu5 qi3, 差不多 cha4 bu5 duo1): that is the word, not a tone change."""
    return syl if syl.endswith("5") else _CITATION.get(ch, syl)


_MAX_WORD = 8

Reading = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Tables:
    """Compiled word and character readings. Built once into an SQLite file in the cache
    dir and read a word at a time (``zh_learn.sqlmap``): a text needs a few thousand of them."""

    words: Mapping[str, tuple[Reading, ...]]  # simplified word -> readings, common first
    t2s: dict[str, str]  # traditional -> simplified character, where one-to-one
    preferred: frozenset[str] = frozenset()  # zh-learn's reviewed phrases
    #: readings of characters CC-CEDICT lacks, from pypinyin's character table, compiled in
    #: so that reading text never imports pypinyin (its phrase table costs ~50 MB)
    chars: Mapping[str, str] = field(default_factory=dict)
    #: words whose readings all come from CC-CEDICT's proper-noun entries (capitalised
    #: pinyin), with their Zipf frequency in wordfreq's Chinese list (0 when absent)
    proper: Mapping[str, float] = field(default_factory=dict)
    #: Zipf frequency x 10 of the multi-character words wordfreq knows (segmentation ties)
    zipf: Mapping[str, int] = field(default_factory=dict)

    def prefetch(self, *runs: str) -> None:
        """Read every word of ``runs`` (all their strings up to the longest word) at once."""
        keys = {
            run[i : i + size]
            for run in runs
            for size in range(1, min(_MAX_WORD, len(run)) + 1)
            for i in range(len(run) - size + 1)
        }
        for table in (self.words, self.zipf):
            if isinstance(table, (SqliteMap, _Readings)):
                table.prefetch(keys)


@functools.lru_cache(maxsize=65536)
def _parse_readings(raw: str) -> tuple[Reading, ...]:
    return tuple(tuple(sys.intern(s) for s in r.split()) for r in raw.split("|"))


class _Readings(Mapping[str, tuple[Reading, ...]]):
    """The compiled readings with zh-learn's reviewed phrases laid over them."""

    def __init__(self, table: SqliteMap, phrases: dict[str, Reading]) -> None:
        self._table = table
        self._phrases = phrases

    def get(self, key: str, default: Any = None) -> Any:
        phrase = self._phrases.get(key)
        if phrase is not None:
            return (phrase,)
        raw = self._table.get(key)
        return default if raw is None else _parse_readings(raw)

    def __getitem__(self, key: str) -> tuple[Reading, ...]:
        value: tuple[Reading, ...] | None = self.get(key)
        if value is None:
            raise KeyError(key)
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.get(key) is not None

    def __iter__(self) -> Iterator[str]:
        yield from self._phrases
        yield from (k for k in self._table if k not in self._phrases)

    def __len__(self) -> int:
        return len(self._table) + sum(1 for k in self._phrases if k not in self._table)

    def prefetch(self, keys: Iterable[str]) -> None:
        self._table.prefetch(keys)


def _syllable(raw: str) -> str:
    syl = raw.lower().replace("u:", "v")
    return syl if syl[-1:].isdigit() else syl + "5"


def _reading(word: str, pinyin: str) -> Reading | None:
    syllables = tuple(_syllable(s) for s in pinyin.split())
    if len(syllables) != len(word) or not all(_SYLLABLE.match(s) for s in syllables):
        return None
    # Interned: 120k words share ~1,500 distinct syllables (saves ~15 MB once loaded).
    return tuple(
        sys.intern(_cite(ch, syl)) for ch, syl in zip(word, syllables, strict=True)
    )


def _compile(path: Path) -> None:
    """Readings of every CC-CEDICT headword, taken from the compiled lexicon (CC-CEDICT is
    parsed once, there) and reshaped for reading, written into the SQLite file ``path``."""
    from zh_learn.lexicon import announce_compiling, lexicon, zipf_frequencies

    announce_compiling()
    lex = lexicon()
    common: dict[str, list[Reading]] = {}
    proper: dict[str, list[Reading]] = {}
    for simp, lines in lex.entries.items():
        if not all(_HAN.match(ch) for ch in simp):
            continue
        for line in lines.split("\n"):
            pinyin = line.split("\t", 2)[1]
            reading = _reading(simp, pinyin)
            if reading is None:
                continue
            bucket = (proper if pinyin[:1].isupper() else common).setdefault(simp, [])
            if reading not in bucket:
                bucket.append(reading)
    words: dict[str, tuple[Reading, ...]] = {}
    for word in common.keys() | proper.keys():
        merged = list(common.get(word, []))
        merged += [r for r in proper.get(word, []) if r not in merged]
        words[word] = tuple(merged)
    rare = proper.keys() - common.keys()
    frequencies = zipf_frequencies(w for w in words if len(w) > 1)
    with replacing(path) as tmp:
        with closing(sqlite3.connect(tmp)) as db, db:
            write_table(
                db, "words", ((w, "|".join(" ".join(r) for r in rs)) for w, rs in words.items())
            )
            write_table(db, "t2s", lex.t2s.items())
            write_table(db, "chars", _pypinyin_chars(words).items())
            write_table(db, "proper", ((w, frequencies.get(w, 0.0)) for w in rare))
            write_table(db, "zipf", ((w, round(z * 10)) for w, z in frequencies.items() if z > 0))


def _pypinyin_chars(words: dict[str, tuple[Reading, ...]]) -> dict[str, str]:
    from pypinyin.pinyin_dict import pinyin_dict

    out: dict[str, str] = {}
    for code in pinyin_dict:
        ch = chr(code)
        if ch not in words and _HAN.match(ch):
            syl = _pypinyin_char(ch)
            if syl:
                out[ch] = syl
    return out


def _phrases() -> dict[str, Reading]:
    """zh-learn's reviewed phrase readings: they replace the dictionary's for that word."""
    out: dict[str, Reading] = {}
    for cols in read_rows("pinyin_phrases.tsv"):
        reading = _reading(cols[0], cols[1])
        if reading is None:
            raise ValueError(f"pinyin_phrases.tsv: bad reading for {cols[0]!r}: {cols[1]!r}")
        out[cols[0]] = reading
    return out


def _cache_path() -> Path:
    from zh_learn.lexicon import cache_key
    from zh_learn.paths import cache_dir

    return cache_dir() / f"pinyin-tables-{_FORMAT}-{cache_key()}.sqlite"


@functools.cache
def tables() -> Tables:
    """The compiled tables (built from the lexicon into the cache dir on first use)."""
    return open_compiled(_cache_path(), _compile, _load)


def _load(db: sqlite3.Connection) -> Tables:
    t2s = dict(db.execute("SELECT key, value FROM t2s"))
    phrases = _phrases()
    return Tables(
        words=_Readings(SqliteMap(db, "words"), phrases),
        t2s=t2s,
        preferred=frozenset(phrases),
        chars=SqliteMap(db, "chars"),
        proper=SqliteMap(db, "proper"),
        zipf=SqliteMap(db, "zipf"),
    )


@functools.cache
def _g2pm() -> Any:
    # g2pM opens its pickles without closing them; keep the ResourceWarnings out of sight.
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from g2pM import G2pM  # type: ignore[import-untyped]

        return G2pM()


@functools.cache
def _model_chars() -> frozenset[str]:
    """Characters g2pM treats as polyphonic."""
    return frozenset(ch for ch, prons in _g2pm().cedict.items() if len(prons) > 1)


def polyphonic_chars() -> frozenset[str]:
    """Characters whose reading can change with the context: those g2pM decides between
    several readings and those a context rule reads, but not those always read one way when
    they stand alone. Only words holding one of them can read differently from one occurrence
    to the next (长 chang2 / zhang3)."""
    # A word of its own, 的 没 将 个… always take the reading _COLLOQUIAL gives them (unless a
    # literal rule reads them, or a context rule comes first, as for 都).
    fixed = frozenset(_COLLOQUIAL) - frozenset(_rules()) - {"都"}
    ruled = frozenset(_rules()) | frozenset(_FINAL_PARTICLES) | {"地", "得"}
    return (_model_chars() | ruled) - fixed


def usual_reading(word: str) -> tuple[str, ...]:
    """The reading ``word`` has out of context: the dictionary's first, else each
    character's common one (``word`` in simplified characters)."""
    cands = tables().words.get(word, ())
    return cands[0] if cands else compound_reading(word)


class _Polyphones:
    """g2pM's BiLSTM, run with its own weights but restricted to each character's readings.

    The same network as ``g2pM.G2pM`` (one BiLSTM layer, two dense layers), with the input
    projection of every character computed once at load and both directions stepped together,
    so a sentence costs a few numpy calls per character. g2pM itself takes the argmax over all
    876 syllables; here the scores are compared among the character's own readings only.
    """

    def __init__(self, g2pm: Any) -> None:
        import numpy as np

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
        self.candidates: dict[str, tuple[list[int], tuple[str, ...]]] = {}
        for ch, prons in g2pm.cedict.items():
            known = [p for p in prons if p in classes]
            if len(prons) > 1 and known:
                self.candidates[ch] = ([classes[p] for p in known], tuple(map(_syllable, known)))

    def __call__(self, sentence: str) -> dict[int, dict[str, float]]:
        """Probabilities of each polyphonic character's readings, by position."""
        np = self.np
        targets = [i for i, ch in enumerate(sentence) if ch in self.candidates]
        if not targets:
            return {}
        ids = [self.bos, *(self.char_ids.get(ch, self.unk) for ch in sentence), self.eos]
        n, size = len(ids), self.size
        xs = np.stack((self.fw[ids], self.bw[ids[::-1]]), axis=2).reshape(n, 8 * size)
        h = np.zeros(2 * size, dtype=np.float32)
        c = np.zeros(2 * size, dtype=np.float32)
        hs = np.empty((n, 2 * size), dtype=np.float32)
        w_hh, split = self.w_hh, 6 * size
        for t in range(n):
            gates = xs[t] + h @ w_hh
            ifo = 1.0 / (1.0 + np.exp(-gates[:split]))
            c = ifo[2 * size : 4 * size] * c + ifo[: 2 * size] * np.tanh(gates[split:])
            h = ifo[4 * size :] * np.tanh(c)
            hs[t] = h
        rows = [p + 1 for p in targets]
        out = np.concatenate((hs[rows, :size], hs[[n - 1 - r for r in rows], size:]), axis=1)
        logits = np.maximum(out @ self.w0 + self.b0, 0.0) @ self.w1 + self.b1
        found: dict[int, dict[str, float]] = {}
        for row, i in zip(logits, targets, strict=True):
            idx, syllables = self.candidates[sentence[i]]
            scores = row[idx]
            probs = np.exp(scores - scores.max())
            probs /= probs.sum()
            found[i] = dict(zip(syllables, probs.tolist(), strict=True))
        return found


@functools.cache
def _model() -> _Polyphones:
    return _Polyphones(_g2pm())


@functools.cache
def _rules() -> dict[str, list[tuple[str, int, str]]]:
    """Literal context rules, by the character they read: (text, index of the char, reading)."""
    out: dict[str, list[tuple[str, int, str]]] = {}
    for cols in read_rows("pinyin_rules.tsv"):
        pattern, reading = cols[0], cols[1]
        index = pattern.index("*")
        text = pattern.replace("*", "")
        out.setdefault(text[index], []).append((text, index, reading))
    return out


#: Sentence-final particles, read with the neutral tone before punctuation or the end.
_FINAL_PARTICLES = {"啊": "a5", "吗": "ma5", "嘛": "ma5", "呢": "ne5", "吧": "ba5",
                    "呀": "ya5", "啦": "la5", "哪": "na5", "哇": "wa5", "了": "le5"}
_DEGREE = set("很太真最更挺好多不没蛮较够")
#: Adjective readings after a degree adverb (很长 chang2, 太重 zhong4, 太少 shao3).
_ADJECTIVE = {"长": "chang2", "重": "zhong4", "少": "shao3", "差": "cha4", "空": "kong1",
              "难": "nan2", "薄": "bao2", "冲": "chong4", "好": "hao3", "干": "gan1"}
_NUMERAL = set("一二三四五六七八九十百千万两几这那每哪半")
_PRONOUN_PLUS = ("我", "你", "他", "她", "它", "咱", "您", "大家", "自己", "孩子", "学生")
#: Who "must" (得 dei3): a pronoun or an adverb right before 得 and a verb after it.
_DEI_BEFORE = set("我你他她它们咱您还就都也总非须")
_DE2_AFTER = set("了到出知失分罪奖意益力病手逞胜")
#: Words after which 地 is the adverbial particle de5.
_DI_ADVERBS = (
    "高兴", "认真", "仔细", "努力", "小心", "耐心", "不停", "不断", "积极", "热情", "紧张",
    "开心", "大声", "主动", "飞快", "用力", "拼命", "默默", "渐渐", "悄悄", "偷偷", "深深",
    "静静", "轻轻", "慢慢", "好好", "狠狠", "快快", "高高", "明显", "迅速", "突然", "激动",
    "愉快", "安静", "清楚", "简单", "不知不觉", "自然", "逐渐", "慢", "快", "轻", "紧",
)
#: What ends an aside (诧异地，) after a manner word with 地.
_ASIDE_END = frozenset("，、）)")
#: Degree adverbs that only ever modify what follows them (更好地, 很快地).
_DEGREE_ONLY = frozenset("很太更最挺蛮较越")
#: Before 发, these make it hair (紫发, 白须发), not "to send".
_HAIR_BEFORE = frozenset("白黑红黄紫青乌金银灰绿蓝棕褐须鬓")
#: Measure words and numbers: after them 地 is land (一块地, 两亩地).
_MEASURES = frozenset("块片亩处间顷分个些一二三四五六七八九十百千万两几")
#: What follows 应 when it means "should" (a verb or a preposition), not "to answer".
_SHOULD_BEFORE = set("在予以由按及尽把将从是向对做")
#: Single-character words whose everyday reading is the colloquial one.
_COLLOQUIAL = {"剥": "bao1", "削": "xiao1", "提": "ti2", "个": "ge4",
               # a word of their own, these are the particle and the adverbs (dū, mò, dí and
               # dì live in words: 首都, 淹没, 的确, 目的)
               "的": "de5", "都": "dou1", "没": "mei2",
               # jiàng (a general) lives in 将军, 大将, 将领
               "将": "jiang1"}
#: After these, 种 is the noun or measure word zhǒng (一个种, 各种, 该种), not "to plant".
_KIND_BEFORE = set("个各某该此另")


#: A word ending in one of these loses a tie in segmentation: 表明了 is 表明 + 了 (not
#: 表 + 明了 liao3), 类似的 is 类似 + 的 (not 类 + 似的 shi4 de5).
_PARTICLE_ENDS = frozenset("了的地")


def _segment(run: str, tabs: Tables) -> list[str]:
    """Cut a Han run into dictionary words: fewest words; on a tie, zh-learn's reviewed
    phrases win, then fewer words ending in a particle (了 的 地), then the more common
    words (类似+的, not 类+似的; 名单+于, not 名+单于), then the longer final word (single
    characters always fit)."""
    tabs.prefetch(run)
    words, preferred, zipf = tabs.words, tabs.preferred, tabs.zipf
    n = len(run)
    # best[end] = (words used, -reviewed characters, particle endings, -summed Zipf,
    #              -length of last word)
    best: list[tuple[int, int, int, int, int]] = [(0, 0, 0, 0, 0)] * (n + 1)
    for end in range(1, n + 1):
        prev = best[end - 1]
        choice = (prev[0] + 1, prev[1], prev[2], prev[3], -1)
        for size in range(2, min(_MAX_WORD, end) + 1):
            piece = run[end - size : end]
            if piece in words:
                before = best[end - size]
                bonus = size if piece in preferred else 0
                ends = before[2] + (piece[-1] in _PARTICLE_ENDS)
                common = before[3] - zipf.get(piece, 0)
                choice = min(choice, (before[0] + 1, before[1] - bonus, ends, common, -size))
        best[end] = choice
    out: list[str] = []
    end = n
    while end > 0:
        size = -best[end][4]
        out.append(run[end - size : end])
        end -= size
    out.reverse()
    return out


def _char_default(ch: str, tabs: Tables) -> str | None:
    readings_ = tabs.words.get(ch)
    if readings_:
        return readings_[0][0]
    fallback = tabs.chars.get(ch)
    if fallback:
        return fallback
    prons = _g2pm().cedict.get(ch)
    if prons:
        return _syllable(prons[0])
    return None


@functools.cache
def _pypinyin_char(ch: str) -> str | None:
    from pypinyin import Style, pinyin

    syl = pinyin(ch, style=Style.TONE3, neutral_tone_with_five=True, heteronym=False)[0][0]
    syl = syl.replace("ü", "v")
    return syl if _SYLLABLE.match(syl) else None


#: g2pM overrules the single reading CC-CEDICT gives a rare proper noun (帖木儿 tie1 -> tie3,
#: 金山屯区 zhun1 -> tun2) when the probability it gives that reading is below
#: ``_DOUBT_PROPER``. Rare means a Zipf frequency below ``_RARE_PROPER``: well-known names
#: keep their dictionary reading (长城 chang2 cheng2 is read zhang3 by g2pM at the start of
#: "长城很长"). Both were chosen on the fit half of the CPP benchmark only
#: (benchmarks/pinyin_cpp.py); any doubt from 0.001 to 0.05 scores the same there. Common
#: words keep their dictionary reading whatever g2pM says: it is confidently wrong on
#: everyday words (了解 le5, 目的 de5, 着急 zhe5).
_DOUBT_PROPER = 0.01
_RARE_PROPER = 3.0


@functools.lru_cache(maxsize=4096)
def _read_sentence(sentence: str, model: bool = True) -> tuple[str | None, ...]:
    """Readings of one sentence (already simplified), before user fixes. Without ``model``
    the dictionary, the rules and each character's common reading decide (no g2pM)."""
    tabs = tables()
    out: list[str | None] = [None] * len(sentence)
    found: dict[int, dict[str, float]] | None = None
    poly = _model_chars()

    def scores(i: int) -> dict[str, float]:
        nonlocal found
        if not model or sentence[i] not in poly:
            return {}
        if found is None:
            found = _model()(sentence)
        return found.get(i, {})

    def predicted(i: int) -> str | None:
        probs = scores(i)
        return max(probs, key=probs.__getitem__) if probs else None

    single = [False] * len(sentence)
    # the dictionary word each character was read in: (start, end)
    spans: list[tuple[int, int]] = [(i, i + 1) for i in range(len(sentence))]
    for match in _HAN_RUN.finditer(sentence):
        pos = match.start()
        for word in _segment(match.group(), tabs):
            cands = tabs.words.get(word, ())
            if len(word) > 1 and len(cands) == 1:
                chosen: Reading = cands[0]
                if model and _rare_proper(word, tabs):
                    probs = [scores(pos + k) for k in range(len(word))]
                    chosen = _doubted(chosen, probs, _DOUBT_PROPER)
            elif len(word) > 1 and cands:
                probs = [scores(pos + k) for k in range(len(word))]
                chosen = max(cands, key=lambda r: _likelihood(r, probs))
            else:
                chosen = tuple(
                    predicted(pos + k) or _char_default(ch, tabs) or "" for k, ch in enumerate(word)
                )
            for k, syl in enumerate(chosen):
                out[pos + k] = _cite(word[k], syl) if syl else None
            single[pos] = len(word) == 1
            spans[pos : pos + len(word)] = [(pos, pos + len(word))] * len(word)
            pos += len(word)
    _apply_rules(sentence, out, single, spans)
    return tuple(out)


def _rare_proper(word: str, tabs: Tables) -> bool:
    if word in tabs.preferred:
        return False
    zipf: float = tabs.proper.get(word, _RARE_PROPER)
    return zipf < _RARE_PROPER


def _support(syl: str, probs: dict[str, float]) -> float:
    """g2pM's probability for ``syl``; a neutral tone counts every tone of the syllable."""
    if syl.endswith("5"):
        return sum(p for s, p in probs.items() if s[:-1] == syl[:-1])
    return probs.get(syl, 0.0)


def _likelihood(reading: Reading, probs: list[dict[str, float]]) -> float:
    total = 1.0
    for syl, p in zip(reading, probs, strict=True):
        if p:
            total *= _support(syl, p) + 1e-6
    return total


def _doubted(reading: Reading, probs: list[dict[str, float]], doubt: float) -> Reading:
    """The dictionary's reading, with the syllables g2pM doubts (support < ``doubt``)
    replaced by g2pM's choice."""
    out = list(reading)
    for k, (syl, p) in enumerate(zip(reading, probs, strict=True)):
        if p and _support(syl, p) < doubt:
            out[k] = max(p, key=p.__getitem__)
    return tuple(out)


def _apply_rules(
    sentence: str, out: list[str | None], single: list[bool], spans: list[tuple[int, int]]
) -> None:
    """The built-in rules read one-character words only; a literal rule reads its character
    when the rule's text covers the whole word the character was read in (*量一下 reads 量
    liang2, but not the 量 of 商量一下)."""
    rules = _rules()
    n = len(sentence)
    for i, ch in enumerate(sentence):
        prev = sentence[i - 1] if i else ""
        nxt = sentence[i + 1] if i + 1 < n else ""
        reading = _context_reading(sentence, i, ch, prev, nxt) if single[i] else None
        if ch == "地" and single[i] and reading is None and i and (
            _HAN.match(nxt or "") or not nxt or nxt in _ASIDE_END
        ):
            # after a word of two or more characters and before more words (or closing an
            # aside: 诧异地，), 地 ties a manner to its verb (明确地告诉, 有效地防控); so after a
            # degree adverb and an adjective (更好地); a measure word before it (一块地) or a
            # word with 地 (土地, 地上) is a place or ground
            before_start, _ = spans[i - 1]
            if i - before_start >= 2 and prev not in _MEASURES and not single[i - 1]:
                reading = "de5"
            elif i >= 2 and single[i - 1] and sentence[i - 2] in _DEGREE_ONLY:
                reading = "de5"
        word_start, word_end = spans[i]
        for text, index, rule_reading in rules.get(ch, ()):
            start = i - index
            if (
                start >= 0
                and sentence.startswith(text, start)
                and start <= word_start
                and word_end <= start + len(text)
            ):
                reading = rule_reading
                break
        if reading:
            out[i] = reading


def _context_reading(sentence: str, i: int, ch: str, prev: str, nxt: str) -> str | None:
    before = sentence[:i]
    if ch in _FINAL_PARTICLES and prev and _HAN.match(prev) and not _HAN.match(nxt or "a"):
        if ch != "了" or before[-1:] not in _NUMERAL:
            return _FINAL_PARTICLES[ch]
    if ch in _ADJECTIVE and prev in _DEGREE and not _HAN.match(sentence[i + 1 : i + 2] or "。"):
        return _ADJECTIVE[ch]
    if ch in _ADJECTIVE and prev in _DEGREE and nxt in "了的。，！？":
        return _ADJECTIVE[ch]
    if ch == "得":
        if not (prev and nxt and _HAN.match(prev) and _HAN.match(nxt)) or nxt in _DE2_AFTER:
            return None
        if prev in _DEI_BEFORE:
            return "dei3"
        # after a verb or adjective, before what it leads to: 急得满头大汗, 说得很好
        return None if nxt in _NUMERAL else "de5"
    doubled = len(before) >= 2 and before[-1] == before[-2]
    if ch == "地" and (before.endswith(_DI_ADVERBS) or doubled):
        return "de5"
    if ch == "还" and nxt == "了" and sentence[i + 2 : i + 3] != "解":
        return "huan2"
    if ch == "行" and prev in _NUMERAL and nxt != "人":
        return "hang2"
    if ch == "只" and prev in _NUMERAL:
        return "zhi1"
    if ch == "种" and (prev in _KIND_BEFORE or prev.isdigit()):
        return "zhong3"  # 一个种, 30种
    if ch == "种" and prev not in _NUMERAL:
        return "zhong4"
    if ch == "中" and (not nxt or nxt in "的，。、；：！？"):
        return "zhong1"  # in, during: 服务中的, 其中。 (zhòng, to hit, is 打中, 猜中)
    if ch == "为" and sentence.startswith(_PRONOUN_PLUS, i + 1):
        return "wei4"
    if ch == "应" and (nxt in _SHOULD_BEFORE or (_HAN.match(nxt or "") and nxt not in "声邀聘约")):
        return "ying1"  # should: 应在授权范围内使用, 应及时报告, 应采取措施
    if ch == "冲" and sentence.startswith(_PRONOUN_PLUS, i + 1):
        return "chong4"  # towards: 冲我笑了笑
    if ch == "教" and sentence.startswith(_PRONOUN_PLUS, i + 1):
        return "jiao1"
    if ch == "差" and nxt in _NUMERAL:
        return "cha4"
    if ch == "发" and prev in _HAIR_BEFORE:
        return "fa4"
    if ch == "铺" and prev not in _NUMERAL and nxt not in "子位面":
        return "pu1"  # to spread, to pave (铺地, 铺在); a shop or bed is 店铺, 床铺, 一间铺
    if ch == "都" and prev in "还迁建定奠":
        return None  # the capital moved or founded: 还都洛阳
    return _COLLOQUIAL.get(ch)


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    for m in _SENTENCE.finditer(text):
        if m.group():
            yield m.start(), m.group()


def _simplify(text: str) -> str:
    t2s = tables().t2s
    return "".join(t2s.get(ch, ch) for ch in text)


def readings(text: str, *, model: bool = True) -> list[str | None]:
    """One tone-number syllable per character of ``text``; None where a character is not Han.

    >>> readings("行长在银行里。")
    ['hang2', 'zhang3', 'zai4', 'yin2', 'hang2', 'li3', None]
    """
    out: list[str | None] = [None] * len(text)
    if not text or not _HAN.search(text):
        return out
    simple = _simplify(text)
    for start, sentence in _sentences(simple):
        if _HAN.search(sentence):
            out[start : start + len(sentence)] = _read_sentence(sentence, model)
    _apply_overrides(simple, out)
    return out


def _apply_overrides(simple: str, out: list[str | None]) -> None:
    fixes = overrides()
    if not fixes:
        return
    t2s = tables().t2s
    for word in sorted(fixes, key=len, reverse=True):
        key = "".join(t2s.get(ch, ch) for ch in word)
        start = simple.find(key)
        while start >= 0:
            out[start : start + len(key)] = fixes[word]
            start = simple.find(key, start + len(key))


def _ruled(word: str, sentence: str) -> bool:
    """Whether a literal context rule for a character of ``word`` occurs in ``sentence``
    (东西两角门: 西 xi1, though the dictionary reads 东西 dong1 xi5 alone)."""
    rules = _rules()
    return any(text in sentence for ch in set(word) for text, _, _ in rules.get(ch, ()))


def word_reading(
    word: str, sentence: str, offset: int, *, model: bool = True
) -> tuple[str, ...]:
    """The reading of ``word`` found at ``offset`` in ``sentence``: one syllable per character.

    Cheap for words whose dictionary reading is fixed; otherwise the sentence is read once
    (and cached). Characters that are not Han get "". ``model=False`` skips g2pM.
    """
    simple = _simplify(word)
    fixes = overrides()
    if word in fixes or simple in fixes:
        return tuple(fixes.get(word) or fixes[simple])
    fixed = any(fix in sentence for fix in fixes) or _ruled(simple, sentence)
    if len(simple) > 1 and not fixed:
        tabs = tables()
        cands = tabs.words.get(simple, ())
        if len(cands) == 1 and not (model and _rare_proper(simple, tabs)):
            return cands[0]  # citation tones are compiled in
    if sentence[offset : offset + len(word)] != word:
        offset = sentence.find(word)
    if offset < 0:
        return tuple(s or "" for s in readings(word, model=model))
    got = readings(sentence, model=model)[offset : offset + len(word)]
    return tuple(s or "" for s in got)


def compound_reading(word: str) -> tuple[str, ...]:
    """A quick reading of a word on its own: dictionary words inside it, each character's
    common reading elsewhere; no model, no context rules, the learner's fixes applied. For
    the tens of thousands of rare compounds of a novel, where reading each in context would
    cost more than the rest of the analysis. ``word`` is in simplified characters."""
    tabs = tables()
    out: list[str | None] = []
    for piece in _segment(word, tabs):
        cands = tabs.words.get(piece, ())
        if len(piece) > 1 and cands:
            out.extend(cands[0])
        else:
            out.extend(_char_default(ch, tabs) for ch in piece)
    _apply_overrides(word, out)
    return tuple(s or "" for s in out)


def words_with_readings(text: str, sandhi: bool = False) -> list[tuple[str, tuple[str, ...]]]:
    """``text`` cut into the reader's words, each with its syllables; non-Han text gets ()."""
    syllables = readings(text)
    if sandhi:
        syllables = apply_sandhi(syllables, text)
    simple = _simplify(text)
    tabs = tables()
    out: list[tuple[str, tuple[str, ...]]] = []
    last = 0
    for match in _HAN_RUN.finditer(simple):
        if match.start() > last:
            out.append((text[last : match.start()], ()))
        pos = match.start()
        for word in _segment(match.group(), tabs):
            got = syllables[pos : pos + len(word)]
            out.append((text[pos : pos + len(word)], tuple(s or "" for s in got)))
            pos += len(word)
        last = match.end()
    if last < len(text):
        out.append((text[last:], ()))
    return out


def annotate_line(line: str, style: str = "marks", sandhi: bool = False) -> str:
    """"真正切中肯綮。" -> "真正(zhēn zhèng) 切中(qiè zhòng) 肯綮(kěn qìng)"."""
    from zh_learn.pinyin_format import format_syllables

    return " ".join(
        f"{word}({format_syllables(syls, style)})"
        for word, syls in words_with_readings(line, sandhi)
        if syls
    )
