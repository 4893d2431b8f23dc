"""The learner dictionary the cutter works from, and the statistics that spot personal names.

A text is cut into words a learner dictionary knows: CC-CEDICT headwords, the idiom lists
(xinhua, CC-CEDICT, THUOCL's chengyu), zh-learn's supplement, and THUOCL's lists of place names
and historical figures. jieba's dictionary supplies word frequencies for the cut (most likely
path), but its other 200k entries (我家, 很大, 太久, 和耶鲁) are not units a learner studies,
so they are left out: what jieba would glue, the cut leaves as dictionary words.

Personal names no dictionary knows are found by ``zh_learn.names`` from character statistics
compiled here: how often a character starts a name (surnames), and how much likelier a
character is inside a given name than in running text. Name lists are THUOCL's historical
figures and jieba's person-tagged entries.
"""

from __future__ import annotations

import functools
import math
import pickle
from collections import Counter
from dataclasses import dataclass

from zh_learn.fileio import write_cache
from zh_learn.hanzi import HAN_ONLY
from zh_learn.lexicon import _site_file, cache_key, lexicon
from zh_learn.package_data import read_rows
from zh_learn.paths import cache_dir

CUTWORDS_FORMAT = 4
#: jieba's total count; frequencies of words it lacks are scaled to it from wordfreq.
_JIEBA_TOTAL = 60_000_000
#: An idiom outweighs any split of it, so none is ever cut apart.
IDIOM_FREQ = 2000
#: Place-name endings (county, city, town, village ...) for names no list holds.
PLACE_SUFFIXES = frozenset("省市县区镇乡村州庄屯寨湾岛港")


@dataclass(frozen=True, slots=True)
class CutWords:
    #: every learner word, with the frequency the cut weighs paths by
    freq: dict[str, int]
    #: learner words jieba's dictionary lacks or under-weighs (idioms), to add to it
    extras: tuple[tuple[str, int], ...]
    #: CC-CEDICT headwords that are only proper nouns (华山, 耶鲁)
    proper: frozenset[str]
    #: THUOCL's idioms (成语)
    chengyu: frozenset[str]
    #: places (THUOCL place names jieba tags as places, CC-CEDICT place entries)
    places: frozenset[str]
    #: people (THUOCL historical figures, CC-CEDICT personal names)
    people: frozenset[str]
    #: characters CC-CEDICT lists as surnames
    surnames: frozenset[str]
    #: log-odds that a character starts a personal name rather than occurs in running text
    surname_score: dict[str, float]
    #: log-odds that a character is part of a given name rather than occurs in running text
    given_score: dict[str, float]


def _thuocl(name: str) -> list[tuple[str, int]]:
    rows = []
    for cols in read_rows(f"thuocl/{name}.txt"):
        word = cols[0].strip()
        if HAN_ONLY.match(word):
            rows.append((word, int(cols[1]) if len(cols) > 1 and cols[1].strip() else 1))
    return rows


def _jieba_entries() -> list[tuple[str, int, str]]:
    rows = []
    with open(_site_file("jieba", "dict.txt"), encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) >= 2:
                rows.append((parts[0], int(parts[1]), parts[2] if len(parts) > 2 else ""))
    return rows


def _compile() -> CutWords:
    from wordfreq import zipf_frequency

    lex = lexicon()
    jieba_rows = _jieba_entries()
    jieba_freq = {word: freq for word, freq, _ in jieba_rows}
    jieba_tag = {word: tag for word, _, tag in jieba_rows}

    def common(word: str) -> bool:
        return any(not s.pinyin[:1].isupper() for s in lex.senses(word))

    places = {w for w, _ in _thuocl("diming") if jieba_tag.get(w) == "ns" or (
        len(w) >= 3 and w[-1] in PLACE_SUFFIXES)}
    people = {w for w, _ in _thuocl("lishimingren") if 2 <= len(w) <= 4}
    for word, raw in lex.entries.items():
        if len(word) >= 2 and not common(word):
            defs = raw.split("\t", 2)[2] if raw.count("\t") >= 2 else ""
            if jieba_tag.get(word) == "ns" or "county" in defs or "province" in defs:
                places.add(word)
    places = {w for w in places if not common(w)}
    people = {w for w in people if not common(w)}

    vocabulary: dict[str, int] = {}
    for word in lex.entries:
        vocabulary[word] = jieba_freq.get(word, 0)
    for word in lex.supplement:
        vocabulary[word] = max(jieba_freq.get(word, 0), IDIOM_FREQ)
    for word, _ in _thuocl("chengyu"):
        vocabulary[word] = jieba_freq.get(word, 0)
    for word in lex.idioms:
        vocabulary[word] = jieba_freq.get(word, 0)
    for word in places | people:
        vocabulary.setdefault(word, jieba_freq.get(word, 0))
    freq_of: dict[str, int] = {}
    extras = []
    chengyu = frozenset(w for w, _ in _thuocl("chengyu"))
    idioms = lex.idioms | chengyu
    for word, freq in vocabulary.items():
        if not HAN_ONLY.match(word) or len(word) > 12:
            continue
        if not freq:
            zipf = zipf_frequency(word, "zh")
            freq = max(1, round(10**zipf * _JIEBA_TOTAL / 1e9)) if zipf else 1
        if len(word) >= 4 and word in idioms:
            freq = max(freq, IDIOM_FREQ)
        freq_of[word] = freq
        if freq != jieba_freq.get(word):
            extras.append((word, freq))
    proper = frozenset(w for w in lex.entries if len(w) >= 2 and not common(w))

    # Names: THUOCL's figures and jieba's person entries that start with a surname.
    surnames = lex.surnames
    names = [w for w in people if w[0] in surnames and len(w) in (2, 3)]
    names += [
        w for w, _, tag in jieba_rows
        if tag in ("nr", "nrfg") and len(w) in (2, 3) and w[0] in surnames and not common(w)
    ]  # fmt: skip
    text_chars: Counter[str] = Counter()
    for word, freq, _ in jieba_rows:
        for ch in word:
            text_chars[ch] += freq
    first: Counter[str] = Counter(w[0] for w in names)
    given: Counter[str] = Counter(ch for w in names for ch in w[1:])
    text_total = sum(text_chars.values())

    def log_odds(counts: Counter[str], smoothed: bool) -> dict[str, float]:
        # Smoothed, a character no name list shows but running text rarely uses (埙) still
        # reads as a plausible given name; a common one (的, 说) does not.
        total = sum(counts.values())
        chars = set(text_chars) if smoothed else {ch for ch, n in counts.items() if n >= 2}
        odds = {}
        for ch in chars:
            if HAN_ONLY.match(ch):
                in_names = (counts[ch] + 0.5) / total
                in_text = (text_chars[ch] + 1) / text_total
                odds[ch] = round(math.log(in_names / in_text), 2)
        return odds

    return CutWords(
        freq=freq_of,
        extras=tuple(sorted(extras)),
        proper=proper,
        chengyu=chengyu,
        places=frozenset(places),
        people=frozenset(people),
        surnames=lex.surnames,
        surname_score=log_odds(first, False),
        given_score=log_odds(given, True),
    )


@functools.cache
def cut_words() -> CutWords:
    """The compiled learner dictionary, built on first use and then read from the cache."""
    path = cache_dir() / f"cutwords-{CUTWORDS_FORMAT}-{cache_key()}.pickle"
    if path.exists():
        try:
            with open(path, "rb") as fh:
                loaded = pickle.load(fh)
            if isinstance(loaded, CutWords):
                return loaded
        except Exception:  # a damaged cache is rebuilt, never trusted
            pass
    compiled = _compile()
    write_cache(compiled, path)
    return compiled
