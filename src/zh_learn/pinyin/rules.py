"""Context rules for polyphones, applied after the dictionary and g2pM have read a sentence.

Two kinds, both data: the literal rules of ``data/pinyin_rules.tsv`` (a text with ``*`` before
the character it reads) and the built-in rules below, which read a one-character word from
its neighbours with the word lists of ``data/pinyin_context.toml`` (a final particle, an
adjective after a degree adverb, 得 dé/de/děi, 地 de/dì, 种 zhǒng/zhòng...).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass

from zh_learn.hanzi import HAN as _HAN
from zh_learn.hanzi import NUMERALS
from zh_learn.package_data import read_rows, read_text
from zh_learn.pinyin.g2pm import _model_chars


@dataclass(frozen=True, slots=True)
class ContextWords:
    """The word lists of ``data/pinyin_context.toml`` (see the comments there)."""

    final_particles: dict[str, str]
    adjective_after_degree: dict[str, str]
    colloquial: dict[str, str]
    degree_adverbs: frozenset[str]
    numerals: frozenset[str]
    dei_before: frozenset[str]
    de2_after: frozenset[str]
    potential_before: frozenset[str]
    measures: frozenset[str]
    grow_after: frozenset[str]
    grown: frozenset[str]
    aside_end: frozenset[str]
    degree_only: frozenset[str]
    hair_before: frozenset[str]
    should_before: frozenset[str]
    answer_after: frozenset[str]
    kind_before: frozenset[str]
    erhua_after: frozenset[str]
    watch_before: frozenset[str]
    person_after: tuple[str, ...]
    di_adverbs: tuple[str, ...]
    purpose_after: tuple[str, ...]
    dei_after: tuple[str, ...]
    benefactive_verbs: tuple[str, ...]
    served_first: tuple[str, ...]
    named_as_before: frozenset[str]


@functools.cache
def context_words() -> ContextWords:
    data = tomllib.loads(read_text("pinyin_context.toml"))
    readings, chars, words = data["readings"], data["characters"], data["words"]
    return ContextWords(
        final_particles=dict(readings["final_particles"]),
        adjective_after_degree=dict(readings["adjective_after_degree"]),
        colloquial=dict(readings["colloquial"]),
        degree_adverbs=frozenset(chars["degree_adverbs"]),
        numerals=NUMERALS | frozenset(chars["numeral_extras"]),
        dei_before=frozenset(chars["dei_before"]),
        de2_after=frozenset(chars["de2_after"]),
        potential_before=frozenset(chars["potential_before"]),
        measures=frozenset(chars["measures"]),
        aside_end=frozenset(chars["aside_end"]),
        degree_only=frozenset(chars["degree_only"]),
        hair_before=frozenset(chars["hair_before"]),
        should_before=frozenset(chars["should_before"]),
        answer_after=frozenset(chars["answer_after"]),
        kind_before=frozenset(chars["kind_before"]),
        erhua_after=frozenset(chars["erhua_after"]),
        watch_before=frozenset(chars["watch_before"]),
        grow_after=frozenset(chars["grow_after"]),
        grown=frozenset(chars["grown"]),
        person_after=tuple(words["person_after"]),
        di_adverbs=tuple(words["di_adverbs"]),
        purpose_after=tuple(words["purpose_after"]),
        dei_after=tuple(words["dei_after"]),
        benefactive_verbs=tuple(words["benefactive_verbs"]),
        served_first=tuple(words["served_first"]),
        named_as_before=frozenset(chars["named_as_before"]),
    )


def polyphonic_chars() -> frozenset[str]:
    """Characters whose reading can change with the context: those g2pM decides between
    several readings and those a context rule reads, but not those always read one way when
    they stand alone. Only words holding one of them can read differently from one occurrence
    to the next (长 chang2 / zhang3)."""
    words = context_words()
    # A word of its own, 的 没 将 个… always take the reading ``colloquial`` gives them (unless
    # a literal rule reads them, or a context rule comes first, as for 都).
    fixed = frozenset(words.colloquial) - frozenset(_rules()) - {"都"}
    ruled = frozenset(_rules()) | frozenset(words.final_particles) | {"地", "得"}
    return (_model_chars() | ruled) - fixed


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


#: Closing quotation marks: 地 after one ties the quoted word to its verb (“满意”地使用).
_CLOSING_QUOTES = frozenset("”’」』\"'")


def _apply_rules(
    sentence: str,
    out: list[str | None],
    single: list[bool],
    spans: list[tuple[int, int]],
    positions: Iterable[int] | None = None,
) -> None:
    """The built-in rules read one-character words only; a literal rule reads its character
    when the rule's text covers the whole word the character was read in (*量一下 reads 量
    liang2, but not the 量 of 商量一下). Only ``positions`` are read, when given: a rule
    reads the text and the cut, never another character's reading."""
    rules = _rules()
    w = context_words()
    n = len(sentence)
    for i in range(n) if positions is None else positions:
        ch = sentence[i]
        prev = sentence[i - 1] if i else ""
        nxt = sentence[i + 1] if i + 1 < n else ""
        reading = _context_reading(sentence, i, ch, prev, nxt) if single[i] else None
        if ch == "地" and single[i] and reading is None and i and (
            _HAN.match(nxt or "") or not nxt or nxt in w.aside_end
        ):
            # after a word of two or more characters and before more words (or closing an
            # aside: 诧异地，), 地 ties a manner to its verb (明确地告诉, 有效地防控); so after a
            # degree adverb and an adjective (更好地); a measure word before it (一块地) or a
            # word with 地 (土地, 地上) is a place or ground
            # a quoted word before it (“满意”地使用) ties the manner just the same
            j = i - 1 if prev not in _CLOSING_QUOTES or i < 2 else i - 2
            before_start, _ = spans[j]
            if j + 1 - before_start >= 2 and sentence[j] not in w.measures and not single[j]:
                reading = "de5"
            elif j >= 1 and single[j] and sentence[j - 1] in w.degree_only:
                reading = "de5"
        word_start, word_end = spans[i]
        if ch == "得" and (word_start, word_end) == (i, i + 2) and nxt == "出":
            if i and single[i - 1] and prev in w.potential_before:
                reading = "de5"  # 辨得出, 说得出: the potential complement, not dé "to obtain"
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


#: Words after 得 that say how, though they open with 这/那 (counted as numerals elsewhere).
_MANNER_WORDS = frozenset({"这么", "那么", "这样", "那样"})


#: "One X, one X" before 地 (一道题一道题地, 一步一步地, 一口一口地): the adverbial de.
_ONE_BY_ONE = re.compile(r"(一[\u4e00-\u9fff]{1,2})\1$")


def _context_reading(sentence: str, i: int, ch: str, prev: str, nxt: str) -> str | None:
    w = context_words()
    before = sentence[:i]
    if ch in w.final_particles and prev and _HAN.match(prev) and not _HAN.match(nxt or "a"):
        if ch != "了" or before[-1:] not in w.numerals:
            return w.final_particles[ch]
    adjective = w.adjective_after_degree.get(ch) if prev in w.degree_adverbs else None
    if adjective and not _HAN.match(sentence[i + 1 : i + 2] or "。"):
        return adjective
    if adjective and nxt in "了的。，！？":
        return adjective
    if prev == "又" and "又" in before[-4:-1] and not _HAN.match(nxt or "。"):
        # 又X又Y closing a clause pairs two qualities: 又陡又长, 又高又重
        return w.adjective_after_degree.get(ch)
    at_clause_start = not _HAN.match(prev or "。")
    if ch == "得" and at_clause_start and _HAN.match(nxt or "") and nxt not in w.de2_after:
        return "dei3"  # opening a clause before a verb phrase, "must": ，得向脚夫行些小费
    if ch == "得":
        if not (prev and nxt and _HAN.match(prev) and _HAN.match(nxt)) or nxt in w.de2_after:
            return None
        if prev in w.dei_before:
            return "dei3"
        if before.endswith(w.dei_after) and (nxt in w.numerals or before[-2:] != "估计"):
            return "dei3"  # 估计得八点 "will take till eight"; 估计得很准 is a complement
        # after a verb or adjective, before what it leads to: 急得满头大汗, 说得很好
        # a number after it is what was got (得三分); 这么/那么 say how (走得这么慢)
        manner = sentence[i + 1 : i + 3] in _MANNER_WORDS
        return None if nxt in w.numerals and not manner else "de5"
    doubled = len(before) >= 2 and before[-1] == before[-2]
    one_by_one = ch == "地" and _ONE_BY_ONE.search(before) is not None  # 一道题一道题地
    if ch == "地" and (before.endswith(w.di_adverbs) or doubled or one_by_one):
        return "de5"
    if ch == "还" and nxt == "了" and sentence[i + 2 : i + 3] != "解":
        return "huan2"
    if ch == "还" and prev and _HAN.match(prev) and not _HAN.match(nxt or "。"):
        return "huan2"  # the adverb hái never ends a clause: 要按时还。 钱还没还。
    if ch == "行" and prev in w.numerals and nxt != "人":
        return "hang2"
    if ch == "只" and (prev in w.numerals or (prev == "多" and before[-2:-1] in w.numerals)):
        return "zhi1"  # 三只, 一千八百多只: the measure word
    if ch == "种" and (prev in w.kind_before or prev.isdigit()):
        return "zhong3"  # 一个种, 30种
    if ch == "种" and prev not in w.numerals:
        return "zhong4"
    if ch == "中" and (not nxt or nxt in "的，。、；：！？"):
        return "zhong1"  # in, during: 服务中的, 其中。 (zhòng, to hit, is 打中, 猜中)
    if ch == "为" and sentence.startswith(w.person_after, i + 1):
        return "wei4"
    opens = not _HAN.match(prev or "。") or prev in "们我你他她它咱您"
    if ch == "为" and opens and sentence.startswith(w.purpose_after, i + 1):
        return "wei4"  # in order to, opening a clause or after its subject: 为加强管理
    # 工作为客户提供: the 作 before 为 ends a noun of work, no verb of naming (选为, 视作为)
    served = sentence[i - 2 : i] in _WORK_NOUNS and sentence.startswith(w.served_first, i + 1)
    if ch == "为" and (prev not in w.named_as_before or served) and _done_for(sentence, i):
        return "wei4"  # for someone: 胡锦涛为学员颁发证书, ，为…展示了美好前景
    if ch == "应" and (
        nxt in w.should_before or (_HAN.match(nxt or "") and nxt not in w.answer_after)
    ):
        return "ying1"  # should: 应在授权范围内使用, 应及时报告, 应采取措施
    if ch == "冲" and sentence.startswith(w.person_after, i + 1):
        return "chong4"  # towards: 冲我笑了笑
    if ch == "教" and sentence.startswith(w.person_after, i + 1):
        return "jiao1"
    ends = not _HAN.match(nxt or "。")
    if ch == "差" and (nxt in w.numerals or (prev and _HAN.match(prev) and ends)):
        return "cha4"  # 差一点; ending a clause, "poor": 一点儿也不比他差。
    if ch == "长" and (prev in w.measures or prev in "着的") and _HAN.match(nxt or "。"):
        if nxt not in w.grow_after:
            return "chang2"  # long, before what it describes: 一根长竹竿, 拿着长竹竿, 第一长河
    if ch == "长" and nxt and nxt in w.grown:
        return "zhang3"  # to grow, before its result: 小草长出来了, 长成大树, 长满了青苔
    if ch == "发" and prev in w.hair_before:
        return "fa4"
    if ch == "儿" and prev in w.erhua_after and not (i >= 2 and sentence[i - 2] in "婴孤"):
        return "r5"  # 早些儿, 长法儿, 等儿 (吾儿, 一儿一女, 金爪儿: child, or a name)
    if ch == "子" and _HAN.match(prev or "") and _suffixed_noun(prev + ch):
        return "zi5"  # 丫头|子, 老婆|子, 花样|子: a noun with the suffix (七对子, 美智子 stay zǐ)
    if ch == "更" and (
        prev in w.watch_before or (prev in "二三四五" and not _HAN.match(nxt or "。"))
    ):
        return "geng1"  # a watch of the night: 坐更, 到了三更。
    if ch == "铺" and prev not in w.numerals and nxt not in "子位面":
        return "pu1"  # to spread, to pave (铺地, 铺在); a shop or bed is 店铺, 床铺, 一间铺
    counted = counted_reading(ch, prev)
    if counted:
        return counted
    if ch == "都" and prev in "还迁建定奠":
        return None  # the capital moved or founded: 还都洛阳
    return w.colloquial.get(ch)


#: Nouns of work ending in a character that is also a verb of naming (作): 为 after them
#: can still be wèi "for" (以…工作为客户提供方便).
_WORK_NOUNS = frozenset({"工作", "合作", "协作", "运作", "操作"})


@functools.lru_cache(maxsize=4096)
def _done_for(sentence: str, i: int) -> bool:
    """Whether 为 at ``i`` says for whom or what an act is done: a verb of doing something
    for someone (颁发, 提供, 服务, 作准备) follows in its phrase, after at least one character of
    who it is for; not 以…为… (以学员为中心) nor 为…所 (the passive)."""
    stops = "，。！？；：,.!?;:\n"
    start, end = i, i + 1
    while start > 0 and sentence[start - 1] not in stops:
        start -= 1
    while end < len(sentence) and sentence[end] not in stops:
        end += 1
    phrase = sentence[i + 1 : end]
    # 以优质服务为客户提供方便: who is served opens the phrase, so 以 is no 以…为…
    served = phrase.startswith(context_words().served_first)
    if ("以" in sentence[start:i] and not served) or "所" in phrase:
        return False
    return any(0 < phrase.find(v) <= 12 for v in context_words().benefactive_verbs)


def _suffixed_noun(word: str) -> bool:
    """Whether CC-CEDICT reads ``word`` (婆子, 样子, 头子) with the noun suffix zi5 only."""
    from zh_learn.analysis.lexicon import lexicon

    readings = {" ".join(s.pinyin.lower().split()) for s in lexicon().senses(word)}
    return bool(readings) and all(r.endswith("zi5") or r.endswith("zi") for r in readings)


def counted_reading(ch: str, prev: str) -> str | None:
    """The reading a character takes after a numeral whatever the source says: 载 is zǎi, a
    year (三年五载, 千载难逢; xinhua slips to zài in a few idioms), but zài in 载重, 载着."""
    if ch == "载" and prev in context_words().numerals:
        return "zai3"
    return None


def _ruled(word: str, sentence: str) -> bool:
    """Whether a literal context rule for a character of ``word`` occurs in ``sentence``
    (东西两角门: 西 xi1, though the dictionary reads 东西 dong1 xi5 alone)."""
    rules = _rules()
    if word == "得出" and any(ch + word in sentence for ch in context_words().potential_before):
        return True  # 辨得出: read in context (see _apply_rules)
    return any(text in sentence for ch in set(word) for text, _, _ in rules.get(ch, ()))
