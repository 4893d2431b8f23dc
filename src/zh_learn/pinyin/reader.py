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
   g2pM's weights itself (``pinyin.g2pm``): faster, and choosing only among the character's
   own readings. A word with several readings takes the one g2pM finds most likely; a
   neutral tone in the dictionary counts as agreeing with any tone of that syllable.
5. Context rules come last (``pinyin.rules``): the literal ones of ``data/pinyin_rules.tsv``
   and the built-in ones, whose word lists are in ``data/pinyin_context.toml``.
6. The learner's own fixes (``zh-learn pinyin --fix``) override everything.

See ``benchmarks/pinyin_cpp.py`` for the measured accuracy.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator

from zh_learn.hanzi import HAN as _HAN
from zh_learn.hanzi import HAN_RUN as _HAN_RUN
from zh_learn.pinyin.fixes import overrides
from zh_learn.pinyin.g2pm import _model, _model_chars, first_reading
from zh_learn.pinyin.rules import _apply_rules, _ruled
from zh_learn.pinyin.syllables import apply_sandhi, format_syllables
from zh_learn.pinyin.tables import _MAX_WORD, Reading, Tables, _cite, tables

__all__ = ["apply_sandhi", "readings", "word_reading"]


_SENTENCE = re.compile(r"[^。！？!?；;\n]*[。！？!?；;\n]*")


def usual_reading(word: str) -> tuple[str, ...]:
    """The reading ``word`` has out of context: the dictionary's first, else each
    character's common one (``word`` in simplified characters)."""
    cands = tables().words.get(word, ())
    return cands[0] if cands else compound_reading(word)


#: A word ending in one of these loses a tie in segmentation: 表明了 is 表明 + 了 (not
#: 表 + 明了 liao3), 类似的 is 类似 + 的 (not 类 + 似的 shi4 de5).
_PARTICLE_ENDS = frozenset("了的地")


def _segment(run: str, tabs: Tables) -> list[str]:
    """Cut a Han run into dictionary words: fewest words; on a tie, zh-learn's reviewed
    phrases win, then fewer words ending in a particle (了 的 地), then the more common
    words (类似+的, not 类+似的; 名单+于, not 名+单于), then the longer final word (single
    characters always fit)."""
    tabs.prefetch(run)
    # every string of ``run`` was looked up by the prefetch: the words among them are known
    known, preferred, zipf = tabs.known, tabs.preferred, tabs.zipf
    n = len(run)
    # best[end] = (words used, -reviewed characters, particle endings, -summed Zipf,
    #              -length of last word)
    best: list[tuple[int, int, int, int, int]] = [(0, 0, 0, 0, 0)] * (n + 1)
    for end in range(1, n + 1):
        prev = best[end - 1]
        choice = (prev[0] + 1, prev[1], prev[2], prev[3], -1)
        for size in range(2, min(_MAX_WORD, end) + 1):
            piece = run[end - size : end]
            if piece in known:
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


def prefetch_contexts(pairs: Iterable[tuple[str, str]], model: int = 0) -> None:
    """Read in a few queries what reading words in their clauses will need, given (word,
    clause) pairs: one query per clause would cost more than the reading. A word whose
    dictionary reading is fixed is read without its clause and needs nothing. The first
    ``model`` pairs will be read with g2pM: the sentences of their clauses are scored now, in
    one batch."""
    tabs = tables()
    chars = _model_chars() if model > 0 else frozenset()
    runs: list[str] = []
    scored: list[str] = []  # the clauses of words holding a character g2pM reads
    for k, (word, clause) in enumerate(pairs):
        simple = _simplify(word)
        asks = k < model and not chars.isdisjoint(simple)
        if len(simple) > 1 and len(tabs.words.get(simple, ())) == 1:
            if asks and _rare_proper(simple, tabs):
                scored.append(_simplify(clause))  # g2pM may doubt its reading
            continue
        clause = _simplify(clause)
        runs += [m.group() for m in _HAN_RUN.finditer(clause)]
        if asks:
            scored.append(clause)
    tabs.prefetch(*runs)
    _score(scored)


#: g2pM's scores of the sentences ``prefetch_contexts`` expects to be read with it, by
#: sentence; each is taken when its sentence is read.
_SCORED: dict[str, dict[int, dict[str, float]]] = {}


def _score(clauses: list[str]) -> None:
    _SCORED.clear()  # those of an earlier batch are read already, or never will be
    if not clauses:
        return
    chars = _model_chars()
    wanted = {
        sentence: None
        for clause in clauses
        for _, sentence in _sentences(clause)
        if not chars.isdisjoint(sentence)
    }
    if wanted:
        _SCORED.update(zip(wanted, _model().batch(list(wanted)), strict=True))


def _char_default(ch: str, tabs: Tables) -> str | None:
    readings_ = tabs.words.get(ch)
    if readings_:
        return readings_[0][0]
    fallback = tabs.chars.get(ch)
    if fallback:
        return fallback
    return first_reading(ch)


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


class _Sentence:
    """The readings of one sentence (already simplified), before user fixes, worked out as
    they are asked for. The cut into dictionary words and the context rules never depend on
    g2pM, and a word's reading depends on g2pM's scores for its own characters only: so the
    model runs on the sentence only when a word asked for needs it (a word read in its clause
    often has a fixed reading while another word of the clause would need the model).
    Without ``model`` the dictionary, the rules and each character's common reading decide."""

    __slots__ = ("_found", "_model", "_out", "_pending", "_single", "_spans", "text")

    def __init__(self, sentence: str, model: bool) -> None:
        tabs = tables()
        self.text = sentence
        self._model = model
        n = len(sentence)
        single = [False] * n
        # the dictionary word each character was read in: (start, end)
        spans: list[tuple[int, int]] = [(i, i + 1) for i in range(n)]
        #: the words whose readings are not worked out yet, by start
        pending: dict[int, str] = {}
        outside: list[int] = []  # characters in no word
        last = 0
        for match in _HAN_RUN.finditer(sentence):
            pos = match.start()
            outside += range(last, pos)
            for word in _segment(match.group(), tabs):
                pending[pos] = word
                single[pos] = len(word) == 1
                spans[pos : pos + len(word)] = [(pos, pos + len(word))] * len(word)
                pos += len(word)
            last = pos
        outside += range(last, n)
        self._out: list[str | None] = [None] * n
        self._single = single
        self._spans = spans
        self._pending = pending
        self._found: dict[int, dict[str, float]] | None = None
        _apply_rules(sentence, self._out, single, spans, outside)

    def read(self, start: int = 0, end: int | None = None) -> tuple[str | None, ...]:
        """The readings of characters ``start`` to ``end`` (the whole sentence by default)."""
        end = len(self.text) if end is None else end
        pending = self._pending
        if pending:
            if start == 0 and end >= len(self.text):
                todo = list(pending)
            else:
                todo = sorted({self._spans[i][0] for i in range(start, end)} & pending.keys())
            for pos in todo:
                self._read_word(pos, pending.pop(pos))
        return tuple(self._out[start:end])

    def _scores(self, i: int) -> dict[str, float]:
        if not self._model or self.text[i] not in _model_chars():
            return {}
        if self._found is None:
            found = _SCORED.pop(self.text, None)
            self._found = _model()(self.text) if found is None else found
        return self._found.get(i, {})

    def _predicted(self, i: int) -> str | None:
        probs = self._scores(i)
        return max(probs, key=probs.__getitem__) if probs else None

    def _read_word(self, pos: int, word: str) -> None:
        out = self._out
        # the context rules come last: their readings first, then the word's where they
        # leave a character unread
        _apply_rules(self.text, out, self._single, self._spans, range(pos, pos + len(word)))
        if all(out[pos : pos + len(word)]):
            return  # every character read by a rule
        tabs = tables()
        cands = tabs.words.get(word, ())
        if len(word) > 1 and len(cands) == 1:
            chosen: Reading = cands[0]
            if self._model and _rare_proper(word, tabs):
                probs = [self._scores(pos + k) for k in range(len(word))]
                chosen = _doubted(chosen, probs, _DOUBT_PROPER)
        elif len(word) > 1 and cands:
            probs = [self._scores(pos + k) for k in range(len(word))]
            chosen = max(cands, key=lambda r: _likelihood(r, probs))
        else:
            chosen = tuple(
                self._predicted(pos + k) or _char_default(ch, tabs) or ""
                for k, ch in enumerate(word)
            )
        for k, syl in enumerate(chosen):
            if not out[pos + k]:  # a rule's reading comes last
                out[pos + k] = _cite(word[k], syl) if syl else None


@functools.lru_cache(maxsize=4096)
def _sentence(sentence: str, model: bool = True) -> _Sentence:
    return _Sentence(sentence, model)


def _read_sentence(sentence: str, model: bool = True) -> tuple[str | None, ...]:
    """Readings of one sentence (already simplified), before user fixes."""
    return _sentence(sentence, model).read()


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


def _sentences(text: str) -> Iterator[tuple[int, str]]:
    for m in _SENTENCE.finditer(text):
        if m.group():
            yield m.start(), m.group()


def _simplify(text: str) -> str:
    # 〇 (U+3007) is no Han character to the dictionaries, but a digit read líng (二〇二一)
    return tables().simplify(text).replace("〇", "零")


def readings(text: str, *, model: bool = True) -> list[str | None]:
    """One tone-number syllable per character of ``text``; None where a character is not Han.

    >>> readings("行长在银行里。")
    ['hang2', 'zhang3', 'zai4', 'yin2', 'hang2', 'li3', None]
    """
    return _readings(text, model)


def _readings(
    text: str, model: bool = True, want: tuple[int, int] | None = None
) -> list[str | None]:
    """``readings``; with ``want`` (start, end), only the characters from start to end are
    read (the others stay None)."""
    out: list[str | None] = [None] * len(text)
    if not text or not _HAN.search(text):
        return out
    simple = _simplify(text)
    for start, sentence in _sentences(simple):
        if not _HAN.search(sentence):
            continue
        if want is None:
            out[start : start + len(sentence)] = _read_sentence(sentence, model)
            continue
        low, high = max(want[0] - start, 0), min(want[1] - start, len(sentence))
        if low < high:
            out[start + low : start + high] = _sentence(sentence, model).read(low, high)
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
    end = offset + len(word)
    got = _readings(sentence, model, (offset, end))[offset:end]
    return tuple(s or "" for s in got)


def compound_reading(word: str) -> tuple[str, ...]:
    """A quick reading of a word on its own: dictionary words inside it, each character's
    common reading elsewhere; no model, no context rules, the learner's fixes applied. For
    the tens of thousands of rare compounds of a novel, where reading each in context would
    cost more than the rest of the analysis. ``word`` is in simplified characters."""
    tabs = tables()
    out: list[str | None] = []
    # a dictionary word is its own cut (one word is the fewest): no need to search for it
    whole = tabs.words.get(word, ()) if 1 < len(word) <= _MAX_WORD else ()
    for piece in [word] if whole else _segment(word, tabs):
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

    return " ".join(
        f"{word}({format_syllables(syls, style)})"
        for word, syls in words_with_readings(line, sandhi)
        if syls
    )
