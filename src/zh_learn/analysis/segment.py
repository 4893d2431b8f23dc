"""Cutting text into sentences and tokens: words, idioms, names, numbers, punctuation.

A text is cut by jieba's method (the likeliest path through a dictionary of words with
frequencies, ``zh_learn.analysis.cutwords``), without its guessing of unknown words: an article in
Python (``_route``), a long text by jieba-rs over the same dictionary. Words only jieba's
dictionary holds are split into learner words; names no dictionary holds are joined by
``names``. Each distinct word is classified once per text (a novel repeats its words
thousands of times).
"""

from __future__ import annotations

import functools
import math
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Container, Iterator
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, pairwise
from operator import itemgetter
from pathlib import Path
from typing import Any

from zh_learn.analysis import name_model
from zh_learn.analysis.cutwords import (
    CHENGYU,
    FREQ_SHIFT,
    LEARNER,
    MAX_WORD,
    PERSON,
    PLACE,
    PROPER,
    WHOLE_ENTRY_CHARS,
    CutWords,
    cut_words,
    is_country_pair,
)
from zh_learn.analysis.lexicon import (
    DOUBLED_PAIR,
    Lexicon,
    doubled_pair,
    doubled_quality,
    hsk_levels,
    joined_sayings,
    lexicon,
    saying_halves,
)
from zh_learn.analysis.names import (
    _AFTER_NAME,
    FAMILIAR,
    FUNCTION_CHARS,
    GRAMMAR_CHARS,
    PERSON_THRESHOLD,
    PLACE_ENDINGS,
    REGION_PARTS,
    SURNAME_CUES,
    TITLES,
    TROPHY,
    GlueCheck,
    addressed_surnames,
    familiar_names,
    given_names,
    join_foreign_parts,
    join_names,
    join_place_endings,
    join_villages,
    person_score,
    regions_named,
    rejoin_found,
    spelled_foreign,
    spelled_part,
    split_counted,
    unglue,
)
from zh_learn.analysis.orgs import (
    OrgContext,
    join_law_titles,
    join_organizations,
    join_titles,
    may_name,
)
from zh_learn.errors import ZhLearnError
from zh_learn.hanzi import HAN as _HAN
from zh_learn.hanzi import HAN_CLASS, HAN_RUN
from zh_learn.hanzi import HAN_ONLY as _HAN_ONLY
from zh_learn.hsk import DEFAULT_STANDARD
from zh_learn.models import Document, Kind, Sense, Sentence, Token, TokenKind

Progress = Callable[[int, int], None]

_SENTENCE = re.compile(r"[^\n]*?(?:[。！？!?；;…]+[”’」』）)\"']*|\n|$)")
_NUMERIC = re.compile(r"^[0-9０-９][0-9０-９.．:：,/%％]*$")
#: Dictionary words spelled with numerals that a learner studies as words, not numbers:
#: 万岁 "long live!", 万一 "just in case", 二百五 "idiot", 三三两两 "in twos and threes".
_NUMERAL_WORDS = frozenset(
    "万岁 万一 万万 万分 半点 二百五 七七八八 三三两两 千千万万 一五一十 一点一点".split()
)
_CN_NUMERAL = re.compile(
    r"^[第]?[零〇一二两三四五六七八九十百千万亿几半]+(?:点[零〇一二三四五六七八九]+)?"
    r"[个号日月年点时分秒岁次位名]?$"
)
#: Numbers in Chinese numerals the cut would read as words (零点 "midnight", 十分 "very"):
#: a decimal in a percentage (百分之零点五) or before 万/亿/倍 (三点五亿, 一点二倍), and the
#: time of day with its minutes (三点五十分: 三点 + 五十分; 三点五 alone stays unsaid).
_FORCED_NUMBERS = re.compile(
    r"(?<=分之)[零〇一二两三四五六七八九十百千]+点[零〇一二三四五六七八九]+"
    r"|[零〇一二两三四五六七八九十百千]+点[零〇一二三四五六七八九]+(?=[万亿倍]|个?百分点)"
    r"|(?P<hour>[一二两三四五六七八九十]+点)(?P<minute>[零〇一二三四五六七八九十]+分)(?!之)"
)
_NOT_RUNNING = frozenset({TokenKind.PUNCT, TokenKind.SPACE})
_HAS_DIGIT = re.compile(r"[0-9０-９]")
_UNITS = "年月日号时点分秒岁%％万亿千百多余元天个"
_LATIN = re.compile(r"^[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９.\-_'&]*$")
# Whole words only: "sea" is no place in "overseas Chinese" (华侨), nor "port" in "support".
_PLACE = re.compile(
    r"\b(?:county|city|province|district|town|village|river|mountain|prefecture|region|"
    r"country|capital|lake|island|street|road|state|sea|bay|desert|municipality|"
    r"continent|ocean|plateau|(?<!romance of the three )(?<!history of the three )"
    r"(?<!records of the three )kingdom|republic|port|peninsula|mt|mount|place name)"
    r"(?:s|es)?\b|"
    r"[县市省区镇村乡州庄]$",
    re.I,
)
_ORG = re.compile(
    r"\b(?:university|party|council|committee|company|organization|ministry|bank|agency|"
    r"bureau|association|congress|army|news|newspaper|corporation|group|institute)\b",
    re.I,
)
#: A proper noun's gloss as a family name ("Hashimoto (Japanese surname and place name)").
_SURNAME_NOTE = re.compile(r"^[A-Z][a-z]+ \((?:[A-Z][a-z]+ )?surname\b")
#: jieba's count above which such a surname is rather a common phrase (山下 793 "at the foot
#: of the hill", 小岛 492 "islet"; 桥本 131)
_PHRASE_FREQ = 300
#: Proper nouns with dates that are no person: dynasties, wars, events (明代 "Ming dynasty
#: (1368-1644)", 文化大革命 "Cultural Revolution (1966-1976)"), and peoples (苗族 "Miao
#: ethnic group").
_NOT_A_NAME = re.compile(
    r"\b(?:dynast(?:y|ies)|period|era|reign|war|revolution|massacre|incident|uprising|"
    r"movement|campaign|battle|rebellion|ethnic|nationality|plenum)\b",
    re.I,
)
#: Last characters of buildings and old districts: a name found in the text that ends in
#: one is a place, not a person (given names hardly ever end so).
_BUILDINGS = frozenset("郡塔寺阁祠庙殿门宫堡")
#: Definitions of a card game's or music's terms (三条 "three of a kind (poker)").
_GAME_TERM = re.compile(r"\((?:poker|musical interval|basic musical interval|mahjong)|of a kind")
#: Measure words that CC-CEDICT holds with a numeral as a term of its own (十二支, 十位,
#: 三台, 三门, 十三张, 万名); in running text the number and the measure word.
_COUNTING_MEASURES = frozenset("支位台门张名")
#: What ends the name of a mountain, a water or a building (天目山, 千岛湖, 无定河).
_LANDMARKS = frozenset("山湖江河岛桥寺峰岭溪塔堂楼阁园洞泉湾")
#: Words of place after a noun (山村里, 山上): a noun and where, not a name of its own.
_LOCATIVES = frozenset("里上下内外边旁")
_CLAUSE_BREAK = frozenset('，,、：:；;。！？!?“”"（）()《》\n')
#: What ends a name in a list of names.
_LIST_SEPARATORS = frozenset("、，,；;。")
#: What may separate the names of one list: spaces and the enumeration comma.
_NAME_LIST_GAP = re.compile(r"^[\s、]+$")
#: Runs of Han characters, and the tokens of what lies between them: numbers (3.5%, 2021),
#: Latin words (COVID-19, x-ray), spaces, and any other character on its own.
_HAN_OR_NOT = re.compile(f"([{HAN_CLASS}]+)")
_NON_HAN_TOKEN = re.compile(
    r"[0-9０-９]+(?:[.．:：,/][0-9０-９]+)*[%％]?"
    r"|[A-Za-zＡ-Ｚａ-ｚ][A-Za-zＡ-Ｚａ-ｚ0-9０-９]*(?:[-_'&.][A-Za-zＡ-Ｚａ-ｚ0-9０-９]+)*"
    r"|[ \t]+|\r?\n|."
)

_LETTERS_DIGITS = re.compile(r"^([A-Za-zＡ-Ｚａ-ｚ]+)([0-9０-９]+(?:[.．][0-9０-９]+)?)$")

_TAG_TO_NAME = {
    "nr": "person",
    "nrfg": "person",
    "nrt": "person",
    "ns": "place",
    "nt": "organization",
}


#: A number or a demonstrative before a measure word that is also a surname (这3张, 那张, 一条):
#: where ``split_counted`` may find a listed person that is rather the measure word.
_COUNTERS_IN = re.compile("[0-9０-９这那每几哪两半整某零〇一二三四五六七八九十百千万][张支条]")


#: Lines cut together, their dictionary rows read in one query.
_BLOCK = 64
#: Texts at least this long are cut by jieba-rs; shorter ones by ``_route`` (loading jieba-rs
#: costs more than cutting an article in Python).
RJIEBA_MIN_CHARS = 100_000
#: The name tagger (``zh_learn.name_model``) reads the lines of a text's first this many
#: characters: all of an article or a story, a novel's first chapters. Later, names it
#: found are joined again wherever they recur (``zh_learn.analysis.names``), and the rules find
#: the rest; tagging a whole novel would cost more time than the rest of its analysis.
NAME_TAGGER_CHARS = 150_000


@functools.cache
def cutter() -> Any:
    """jieba-rs over the cut's dictionary (``zh_learn.analysis.cutwords``): the same words and
    frequencies as ``_route``, so it cuts the same, only faster on long texts."""
    tk = _rjieba().Jieba()  # jieba's dictionary, as its pure-Python twin reads it
    for word, freq in cut_words().extras():
        tk.add_word(word, freq, "x")
    return tk


def _rjieba() -> Any:
    """rjieba's compiled module, without its package, which builds a default cutter over
    jieba's dictionary at import (half a second) that zh-learn never uses."""
    import importlib.machinery
    import importlib.util
    import sys

    if "rjieba.rjieba" in sys.modules:
        return sys.modules["rjieba.rjieba"]
    spec = importlib.util.find_spec("rjieba")
    if spec is None or not spec.submodule_search_locations:
        raise ZhLearnError("the package 'rjieba' is missing; reinstall zh-learn")
    folder = Path(next(iter(spec.submodule_search_locations)))
    for path in sorted(folder.glob("rjieba*.so")) + sorted(folder.glob("rjieba*.pyd")):
        loader = importlib.machinery.ExtensionFileLoader("rjieba.rjieba", str(path))
        module_spec = importlib.util.spec_from_file_location("rjieba.rjieba", path, loader=loader)
        if module_spec is not None:
            module = importlib.util.module_from_spec(module_spec)
            loader.exec_module(module)
            sys.modules["rjieba.rjieba"] = module
            return module
    import rjieba

    return rjieba


def _route(run: str, cw: CutWords, log_total: float) -> list[str]:
    """The likeliest cut of a run of Han characters into dictionary words: jieba's route
    (no guessing of unknown words), on the cut's dictionary."""

    def weigh(piece: str) -> int | None:
        value = cw.value(piece)
        return None if value is None else value >> FREQ_SHIFT

    return _likeliest(run, weigh, log_total)


def _likeliest(
    run: str, weigh: Callable[[str], int | None], log_total: float, singles: bool = False
) -> list[str]:
    """jieba's route: the cut of ``run`` whose words' log frequencies sum highest.
    ``weigh(piece)`` is a word's frequency, 0 if it is no word, None if no word starts with
    it. A character stands alone where no word starts (freq 1), or always with ``singles``."""
    n = len(run)
    score = [0.0] * (n + 1)
    ends = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        best, best_end = -1e300, i + 1
        found = False
        for j in range(i + 1, min(n, i + MAX_WORD) + 1):
            freq = weigh(run[i:j])
            if freq is None:
                break
            if singles and j == i + 1:
                freq = max(freq, 1)
            if freq:
                here = math.log(freq) - log_total + score[j]
                if here >= best:  # on a tie the longer word, as jieba
                    best, best_end, found = here, j, True
        if not found:
            best, best_end = -log_total + score[i + 1], i + 1
        score[i], ends[i] = best, best_end
    pieces, i = [], 0
    while i < n:
        pieces.append(run[i : ends[i]])
        i = ends[i]
    return pieces


def prefetch_cut(text: str, cw: CutWords) -> None:
    """Read every dictionary row ``_route`` will ask for in a few queries: all one- and
    two-character strings of the text, then longer ones only where a shorter one is the start
    of a word."""
    runs = HAN_RUN.findall(text)
    cw.prefetch({ch for run in runs for ch in run})
    starts = [(run, i) for run in runs for i in range(len(run) - 1)]
    for size in range(2, MAX_WORD + 1):
        level = {run[i : i + size] for run, i in starts}
        cw.prefetch(level)
        starts = [
            (run, i)
            for run, i in starts
            if i + size < len(run) and cw.value(run[i : i + size]) is not None
        ]
        if not starts:
            break


def clause_span(sentence: str, offset: int) -> tuple[int, int]:
    """Where the clause (text between punctuation marks) around ``offset`` starts and ends:
    context enough for tagging or reading a word, at a fraction of the cost of the sentence."""
    start = offset
    while start > 0 and sentence[start - 1] not in _CLAUSE_BREAK:
        start -= 1
    end = offset
    while end < len(sentence) and sentence[end] not in _CLAUSE_BREAK:
        end += 1
    return start, end



def split_sentences(text: str) -> list[Sentence]:
    sentences = []
    for m in _SENTENCE.finditer(text):
        if m.start() == m.end():
            continue
        sentences.append(Sentence(m.group(), m.start()))
    return sentences


def is_traditional(text: str, lex: Lexicon | None = None) -> bool:
    """True when the text uses traditional characters (more than a stray one)."""
    lex = lex or lexicon()
    han = _HAN.findall(text[:200_000])
    if not han:
        return False
    changed = sum(1 for ch in han if ch in lex.t2s)
    return changed >= 2 and changed / len(han) > 0.02


class _Classifier:
    """Decides the kind of each distinct word of one text, remembering the answers."""

    def __init__(self, lex: Lexicon) -> None:
        self.lex = lex
        self.cw = cut_words()
        self.hsk = hsk_levels(DEFAULT_STANDARD)
        self.hsk2 = hsk_levels("hsk2")
        self.cache: dict[str, tuple[str, TokenKind, str | None]] = {}
        self.splits: dict[str, list[str]] = {}
        #: ``rebalance``'s verdict on each pair of pieces met in this text
        self.balanced: dict[tuple[str, str], tuple[str, str] | None] = {}
        #: ``_unstolen``'s verdict on each piece: may it have taken a lone character's own
        self.stealing: dict[str, bool] = {}
        #: names found in this text's lines (``zh_learn.analysis.names``) and their type
        self.names: dict[str, str] = {}
        self.name_starts: set[str] = set()
        #: splits names glued to a word next to them (贾母笑), by the text's own evidence
        self.glue = GlueCheck("")
        #: ``repeated``'s answers
        self.counts: dict[str, int] = {}
        #: two and three characters and the building's after them, wherever the text names
        #: a building (``_names_a_building``)
        self.before_buildings: set[str] | None = None

    def classify(self, word: str) -> tuple[str, TokenKind, str | None]:
        """(the word as one shared string object, its kind, its name type)."""
        hit = self.cache.get(word)
        if hit is None:
            kind, name_type = self._classify(word)
            # Every later occurrence reuses this string: a novel's 600k tokens share 45k.
            hit = (word, kind, name_type)
            self.cache[word] = hit
        return hit

    def _classify(self, word: str) -> tuple[TokenKind, str | None]:
        if word.isspace():
            return TokenKind.SPACE, None
        if not _HAN.search(word):
            if _NUMERIC.match(word):
                return TokenKind.NUMBER, None
            if _LATIN.match(word):
                return TokenKind.FOREIGN, None
            if any(ch.isalnum() for ch in word):
                return TokenKind.FOREIGN, None
            return TokenKind.PUNCT, None
        lex = self.lex
        found = self.names.get(word)
        if found is not None and word not in lex.entries:
            if found == "person" and len(word) >= 3 and word[-1] in _BUILDINGS:
                found = "place"  # 文澜阁, 保俶塔, 钱唐郡: a building or a place, no person
            elif found == "person" and spelled_foreign(word) and _shown_as_foreign_place(
                word, self.glue.text
            ):
                found = "place"  # 城市哈斯科沃, 抵拉塔基亚: a town spelled like a person
            elif found == "person" and self._names_a_building(word):
                found = "place"  # 雷峰 夕照 where the text names 雷峰塔: the hill, no person
            return TokenKind.NAME, found
        supplement = lex.supplement.get(word)
        if supplement is not None:
            return _token_kind(supplement.kind), None
        if _NUMERIC.match(word[0]) or (
            _CN_NUMERAL.match(word)
            and word not in self.hsk
            and word not in _NUMERAL_WORDS
            and len(word) > 1
            and (word not in lex.entries or lex.tags.get(word) == "m")
        ) or ("分之" in word and word not in lex.entries and _FRACTION.fullmatch(word)):
            return TokenKind.NUMBER, None  # a fraction no dictionary holds: 六分之五
        if len(word) >= 4 and (word in lex.idioms or self.cw.flags(word) & CHENGYU):
            return TokenKind.IDIOM, None
        senses = lex.senses(word)
        if len(word) >= 4 and not senses and (word in saying_halves() or word in joined_sayings()):
            # 两天晒网: half of a saying, as 三天打鱼 is; 三天打鱼两天晒网: all of it
            return TokenKind.IDIOM, None
        if len(word) >= 4 and (
            lex.tags.get(word) == "l"
            or any("(proverb" in d or "(saying" in d for s in senses for d in s.definitions)
        ):
            return TokenKind.PHRASE, None
        if senses and (
            is_country_pair(word, senses[0].definitions)
            or (len(word) == 2 and _pair_of_names(senses[0].definitions[0]))
        ):
            # 中美 "China-USA", 印巴 "India and Pakistan", 中西 "China and the West": studied as
            # a word, not a place
            return TokenKind.WORD, None
        if doubled_quality(word) and all(s.pinyin[:1].isupper() for s in senses):
            return TokenKind.WORD, None  # 弯弯的小路, not Wan Wan the cartoonist
        name_type = self._name_type(word, senses)
        if name_type == "place" and self._phrase_place(word, senses):
            return TokenKind.WORD, None  # 大桥 "big bridge", 荷塘 "lotus pond", 省政府
        if name_type == "place" and _family_name_in(word, self.glue.text):
            name_type = "person"  # 迈克尔·科林斯 … 科林斯独自一人: Collins, not Corinth
        if word in self.hsk or word in self.hsk2:
            # 中国, 北京: names a learner studies as words stay words
            return TokenKind.WORD, name_type
        if name_type is not None:
            return TokenKind.NAME, name_type
        return TokenKind.WORD, None

    def _name_type(
        self, word: str, senses: tuple[Sense, ...], follow: bool = True
    ) -> str | None:
        """"person", "place" or "organization" for a name, None for a common word;
        ``follow``: an old name of a place is one where a definition points to the place."""
        if len(word) < 2 or any(not s.pinyin[:1].isupper() for s in senses):
            return None
        if self.place_phrase(word):
            return None  # 山上 "on the mountain" (CC-CEDICT: a township in Tainan), 城里
        if senses and _names_a_work(senses[0].definitions[0]):
            return None  # 三国演义, 牡丹亭 "The Peony Pavilion (1598), play by ...": a title
        if senses and _MONEY.search(senses[0].definitions[0]):
            return None  # 德国马克 "German mark", 韩元 "Won (Korean currency)": money
        if senses and _TIMES.search(senses[0].definitions[0]):
            return None  # 春秋战国 "the Spring and Autumn ... periods": an age, no name
        if senses and _no_name_sense(senses[0].definitions):
            return None  # 中国化 "to sinicize", 美洲狮 "cougar, mountain lion"
        flags = self.cw.flags(word)
        if flags & PLACE:
            if flags & PERSON and senses and (
                _dated_person(senses[0].definitions) or "(name)" in senses[0].definitions[0]
            ):
                # 巴金 "Ba Jin (1904-2005), novelist", 咸丰 "Xianfeng (1831-1861), reign name",
                # 里根 "Reagan (name)": both lists hold it, and the dictionary's first sense
                # is the person
                return "person"
            if (
                senses
                and _name_type("", senses[0].definitions[:1]) == "person"
                and not any(_PLACE.search(d) for s in senses for d in s.definitions)
                and self.cw.freq(word) < _PHRASE_FREQ
            ):
                # 奥巴马 "Barack Obama (1961-), US ... president", 华兹华斯 "surname
                # Wordsworth": a place list holds it, but the dictionary knows only the
                # person; not a frequent word, rather a phrase the dictionary lacks (大山 "big
                # mountain", 西门 "west gate")
                return "person"
            return "place"
        if flags & PERSON:
            # a name list's person that the dictionary defines as an institution (杜马
            # "Duma, lower chamber of Russian parliament") is none
            institution = _institution(senses[0].definitions[0]) if senses else None
            return "person" if institution is None else institution or None
        if not senses:
            return None
        if _SURNAME_NOTE.search(senses[0].definitions[0]) and self.cw.freq(word) < _PHRASE_FREQ:
            return "person"  # 桥本 "Hashimoto (Japanese surname and place name)"
        tag = _TAG_TO_NAME.get(self.lex.tags.get(word, ""))
        if tag is None and _common_thing(senses[0].definitions[0]):
            return None  # 日方 "the Japanese side or party", 美分 "one cent (United States coin)"
        described = _name_type(word, senses[0].definitions)
        first = senses[0].definitions[0]
        spelled = described is None and _spelled_name(first)
        if spelled and tag in (None, "person"):
            # "Iraq", "Karachi (Pakistan)": a place where other definitions say so
            head = re.split(r" \(|,", first)[0].strip()
            inner = first[len(head) :].strip(" (),")  # "Karachi (Pakistan)", "Tongshi, Hainan"
            places = self.cw.english_places
            # the bracket only after one word, never an acronym ("Associated Press (AP)")
            if head in places or (" " not in head and not inner.isupper() and inner in places):
                return "place"
            if any(d in places for d in senses[0].definitions[1:]):
                return "place"  # 孟加拉 "Bengal; Bangladesh": its other definition a country
        if tag == "person" and described is None and _NO_PERSON_NOTE.search(first):
            return None  # 纳粹 "Nazi (loanword)", 美的 "Midea (brand)", 秦汉 "... dynasties"
        if tag == "person" and described is None:
            institution = _institution(first)
            if institution is not None:
                return institution or None  # 宣传部 "Propaganda Department"
        if tag == "person" and described != "person":
            # jieba tags many things as persons (美钞 "US dollar bill", 玉兰 "Yulan
            # magnolia", 茂物 "Bogor (city)"); CC-CEDICT's definition tells, unless it is only
            # the name spelled out (萨达姆 "Saddam")
            if spelled and len(word) >= 3 and word[-1] in _BUILDINGS:
                return "place"  # 克里姆林宫 "Kremlin", 罗滕堡 "Rothenburg"
            if spelled and _shown_as_foreign_place(word, self.glue.text):
                return "place"  # 科威特 "Kuwait" where the text says 驻科威特, 科威特境内
            if spelled and self.lex.senses(word + "大学"):
                return "organization"  # 哈佛 "Harvard", 耶鲁: the short name of 哈佛大学
            return "person" if spelled else described
        if tag == "organization" and _DIVISION.search(first) and not _ORG.search(first):
            return "place"  # 卫东区 "Weidong district of Pingdingshan city": jieba says a body
        if follow and tag is None and described is None and _NAME_FOR.search(first):
            # 满剌加 "Ming Dynasty name for modern day Malacca, see also 马六甲", 榜葛剌 "old
            # Chinese name for Bengal, now written 孟加拉": the name it stands for says
            named = _HAN_WORD.search(" ".join(senses[0].definitions[:2]))
            if named is not None and named.group() != word and (
                self._name_type(named.group(), self.lex.senses(named.group()), False) == "place"
            ):
                return "place"  # an old name of a place; a person's other names say so
        return tag or described

    def _names_a_building(self, word: str) -> bool:
        """Whether the text names a building after ``word`` (a name found as a person's) that
        a dictionary holds as a place (雷峰 of 雷峰塔 "Leifeng Pagoda", 金山 of 金山寺)."""
        if self.before_buildings is None:
            # what the text writes before each building's character, read once (a novel
            # asks this of thousands of names)
            text = self.glue.text
            self.before_buildings = {
                text[at - size : at + 1]
                for at, ch in enumerate(text)
                if ch in _BUILDINGS
                for size in (2, 3)
                if at >= size
            }
        return any(
            building in self.before_buildings
            and building in self.lex.entries
            and self.classify(building)[2] == "place"
            for building in (word + ch for ch in _BUILDINGS)
        )

    def _phrase_place(self, word: str, senses: tuple[Sense, ...]) -> bool:
        """Whether a place only the place lists know (THUOCL, jieba's ``ns``) reads here as
        the common words it is made of: 大桥 "big bridge", 四海 "the four seas", 荷塘 "lotus
        pond", 省政府 "provincial government". Such a word is a place where CC-CEDICT
        describes it as one (黄山 "Mt Huang"), where one of its characters is no common
        word (漳河), or where the text itself shows it as a place (沿河县, 斗山一带)."""
        if (
            not 2 <= len(word) <= 3
            or word[-1] in _NAMED_UNITS
            or any(self._described_place(word, s) for s in senses)
        ):
            return False  # 桃花村 is a village by its name
        head = next((h for h in (word[-2:], word[-1]) if h in _COMMON_HEADS), "")
        modifier = word[: len(word) - len(head)]
        if len(modifier) != 1 or modifier in FUNCTION_CHARS:
            return False  # 也门 "Yemen" is no "also + gate"; 凤凰山 names one mountain
        if self.cw.freq(modifier) < _COMMON_MODIFIER or not _common_entry(
            self.lex.entries.get(modifier)
        ):
            return False  # 漳河, 邕江, 豫园: 漳 is a river's name, 邕 Nanning's, 豫 Henan's
        return not _shown_as_place(word, self.glue.text)

    def _described_place(self, word: str, sense: Sense) -> bool:
        """Whether a CC-CEDICT sense may name a place: "Mt Huang", "Asia", "New York", not a
        person ("Dashan, stage name of ... (1965-)") nor the word's reading alone with no
        place said ("Da Qiao, one of the Two Qiaos")."""
        if not sense.pinyin[:1].isupper():
            return False
        first = sense.definitions[0]
        # each definition's first two clauses: "Romance of the Three Kingdoms" later on is no
        # place of its own
        kind = _name_type(word, tuple(",".join(d.split(",")[:2]) for d in sense.definitions))
        if kind is not None:
            return kind != "person"
        head = re.split(r" \(|,", first)[0].strip()
        reading = re.sub(r"[^a-z]", "", sense.pinyin.lower())
        return re.sub(r"[^a-z]", "", head.lower()) != reading

    def repeated(self, name: str) -> bool:
        """Whether the text holds ``name`` more than once (evidence for a weak name)."""
        hit = self.counts.get(name)
        if hit is None:
            text = self.glue.text
            first = text.find(name)
            hit = self.counts[name] = int(first >= 0 and text.find(name, first + 1) >= 0)
        return bool(hit)

    def add_names(self, found: dict[str, str]) -> None:
        """Names found in a line: known in the rest of the text, with the given names of its
        persons (孙俊平, then 俊平 alone)."""
        self.names.update(found)
        alone = given_names(found, self.cw, self.names)
        self.names.update(alone)
        self.name_starts.update(name[0] for name in chain(found, alone))

    def is_common(self, word: str) -> bool:
        """Whether a learner dictionary holds ``word`` as a common word (not only a name)."""
        return bool(self.cw.flags(word) & (LEARNER | PROPER | PERSON | PLACE) == LEARNER)

    def _jieba_person(self, word: str) -> bool:
        """A personal name jieba's dictionary holds (陈飞) that reads as one: its dictionary
        also tags common words as names (老和尚, 紫红), so the name statistics must agree."""
        tag = self.lex.tags.get(word, "")
        if _TAG_TO_NAME.get(tag) != "person" or word[-1] == TROPHY:
            return False  # 尤伯杯, 汤尤杯: a cup named after persons, no person
        if len(word) == 3 and word[-1] in _LOCATIVES and self.cw.learner(word[:2]):
            return False  # 山村里 "in the mountain village" (tagged nrt): a word and where
        if spelled_foreign(word, tag == "nrt"):
            return True  # 阿维兰热, 努里 (nrt: transliterated): no Chinese name statistics apply
        if not 2 <= len(word) <= 3:
            return False
        if word[0] in FUNCTION_CHARS:
            return False  # 和耶鲁, 向中国: a function word and a name
        if len(word) == 2 and word[-1] in _BUILDINGS:
            return False  # 白塔 "white pagoda", 王宫 "palace": a building, no given name
        if len(word) == 2 and word[0] in FAMILIAR:
            # 小明, 老李, 阿强: a familiar prefix and a name character
            second = word[1]
            return second in self.cw.surname_score or self.cw.given_score.get(second, -9) > 1
        return person_score(word[0], word[1:], self.cw) >= PERSON_THRESHOLD[len(word) - 1]

    def _named_cup(self, word: str) -> str:
        """The person a cup that jieba's dictionary tags as a person is named after (尤伯杯
        "Uber Cup" -> 尤伯), or "": a dictionary's person or a name spelled like one."""
        if len(word) < 3 or word[-1] != TROPHY or not _HAN_ONLY.match(word):
            return ""
        if _TAG_TO_NAME.get(self.lex.tags.get(word, "")) != "person":
            return ""
        person = word[:-1]
        if self.cw.flags(person) & PERSON or spelled_foreign(person):
            return person
        if len(person) in (2, 3) and person[0] not in FUNCTION_CHARS and (
            person_score(person[0], person[1:], self.cw) >= PERSON_THRESHOLD[len(person) - 1]
        ):
            return person
        return ""

    def _jieba_landmark(self, word: str) -> bool:
        """A mountain, lake or building jieba's dictionary holds as a place (天目山, 千岛湖):
        its name before the feature is no learner word, so no common phrase (上山, 湖边)."""
        return (
            len(word) >= 3
            and word[-1] in _LANDMARKS
            and self.lex.tags.get(word, "") == "ns"
            and not self.cw.learner(word[:-1])
        )

    def place_phrase(self, word: str) -> bool:
        """Whether ``word`` is a common noun and a word of place (山上 "on the mountain")
        that CC-CEDICT holds only as a name (a township in Tainan), or two common characters
        that it holds only as a township of Taiwan (大树 "big tree", 春日 "spring day",
        水里): in running text the words, far more often than the township."""
        if len(word) != 2 or not self.cw.learner(word[0]):
            return False
        senses = self.lex.senses(word)
        if not senses or not all(s.pinyin[:1].isupper() for s in senses):
            return False
        if word[1] in _LOCATIVES:
            return self.cw.freq(word[0]) >= _COMMON_MODIFIER
        return all(
            self.cw.learner(c) and self.cw.freq(c) >= _COMMON_MODIFIER for c in word
        ) and all(" township" in s.definitions[0] for s in senses)

    def game_count(self, word: str) -> bool:
        """Whether ``word`` is a numeral and a measure word that CC-CEDICT holds as a term of
        cards or music (三度 "third (musical interval)", 四条 "four of a kind"): in running
        text the number and its measure word (零下三度, 第四条)."""
        if len(word) == 2 and word[0] in _ORDINAL_DIGITS and any(
            _GAME_TERM.search(d) for s in self.lex.senses(word) for d in s.definitions
        ):
            return True
        # 十二支 "the 12 earthly branches", 十位 "the tens place", 三台 "Santai county":
        # in running text a number of pens, people, machines (十二支铅笔, 十位老师, 三台电脑)
        return (
            len(word) >= 2
            and word[-1] in _COUNTING_MEASURES
            and word[0] != "一"
            and _all_numeral(word[:-1])
        )

    def _in_parts(self, word: str) -> bool:
        return self.place_phrase(word) or self.game_count(word) or self._brand_phrase(word)

    def _brand_phrase(self, word: str) -> bool:
        """Whether ``word`` is a character and a particle that CC-CEDICT holds only as a
        name (美的 "Midea (brand)"): in running text the two words (很美的花)."""
        if len(word) != 2 or word[1] not in _PARTICLES or not self.cw.learner(word[0]):
            return False
        senses = self.lex.senses(word)
        return bool(senses) and all(s.pinyin[:1].isupper() for s in senses)

    def recut(self, text: str) -> list[str]:
        """What a name leaves of a dictionary word, cut into learner words."""
        return _best_path(text, self.cw) if len(text) > 1 else [text]

    def split(self, word: str) -> list[str]:
        """A word jieba knows but no learner dictionary does (我家, 很大, 坚决贯彻) cut into
        learner words, by the likeliest path; idioms and dictionary words stay whole."""
        hit = self.splits.get(word)
        if hit is None:
            hit = [word]
            if self._in_parts(word):
                hit = list(word)  # 山上: 山 + 上, not a township in Tainan; 三 + 度
            elif len(word) > 1 and not self.cw.learner(word) and _HAN_ONLY.match(word):
                trophy = self._named_cup(word)
                if self._jieba_landmark(word):
                    self.names[word] = "place"  # 天目山, 千岛湖: jieba's place, whole
                elif trophy:
                    hit = [trophy, TROPHY]  # 尤伯杯: the person 尤伯 and 杯 "cup"
                    if not self.cw.learner(trophy):
                        self.names[trophy] = "person"
                elif self._jieba_person(word):
                    parts = self.glue.split(word)
                    if parts is None:
                        self.names[word] = "person"
                    else:
                        # 贾母笑 in jieba's dictionary: 贾母 + 笑 in a text that shows 贾母
                        hit = list(parts)
                        short = max(parts, key=len)
                        if not self.is_common(short):
                            self.names.setdefault(short, "person")
                else:
                    hit = rebalance(
                        _best_path(word, self.cw), self.cw, self.lex.idioms, self.balanced
                    )
                    if hit[0] == "第" and len(hit) > 1:
                        # 第三条 -> 第三 条 (not 第 + 三条 "three of a kind")
                        hit = _ordinals(hit, self.recut)
                    if len(hit) > 1 and any(map(self._in_parts, hit)):
                        # 大树下 (a place in jieba) -> 大 树 下, not the township 大树
                        hit = _numbers_joined(
                            [p for w in hit for p in (list(w) if self._in_parts(w) else [w])]
                        )
            self.splits[word] = hit
        return hit




def _best_path(word: str, cw: CutWords) -> list[str]:
    """The likeliest cut of ``word`` into learner words (jieba's route; an unknown character
    stands alone; a learner word stays whole).

    A word only jieba's dictionary holds is built of words that dictionary knows, and its
    likeliest inner cut (through the whole dictionary, without the word itself) tells how:
    a learner word straddling one of those inner words that is ``STRADDLE_MARGIN`` times
    likelier is a reading the word does not have. 兴修水利 is 兴修|水利, so 兴|修|水利, not
    兴|修水利, although no learner dictionary holds 兴修. Inner words that are free
    combinations of a numeral or a grammar word (五千, 一条, 各省) decide nothing."""
    if len(word) == 2 and not cw.learner(word):
        return list(word)  # 我家, 很大
    log_total = math.log(cw.total)
    if cw.learner(word):
        # what a name leaves of a dictionary word (``recut``)
        return _likeliest_at(word, lambda piece, _: cw.freq(piece) if cw.learner(piece) else 0,
                             log_total)

    def weigh_all(piece: str) -> int | None:
        if piece == word:
            return 0
        value = cw.value(piece)
        return None if value is None else value >> FREQ_SHIFT

    inner, at = [], 0
    for piece in _likeliest(word, weigh_all, log_total, singles=True):
        if (
            len(piece) > 1
            and not cw.learner(piece)
            and piece[0] not in FUNCTION_CHARS
            and _NUMERAL_CHARS.isdisjoint(piece)
        ):
            inner.append((at, at + len(piece), cw.freq(piece)))
        at += len(piece)

    def weigh(piece: str, start: int) -> int:
        if not cw.learner(piece):
            return 0
        freq = cw.freq(piece)
        end = start + len(piece)
        for a, b, f in inner:
            if f > STRADDLE_MARGIN * freq and (a < start < b < end or start < a < end < b):
                return 0  # it straddles a likelier inner word
        return freq

    return _likeliest_at(word, weigh, log_total)


#: How much likelier than a learner word an inner word of a jieba-only word it straddles
#: must be to rule it out (``_best_path``).
STRADDLE_MARGIN = 5
_NUMERAL_CHARS = frozenset("零〇一二两三四五六七八九十百千万亿几半第")


def _likeliest_at(run: str, weigh: Callable[[str, int], int], log_total: float) -> list[str]:
    """``_likeliest`` with singles, where a piece's weight may depend on where it starts."""
    n = len(run)
    score = [0.0] * (n + 1)
    ends = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        best, best_end = -1e300, i + 1
        for j in range(i + 1, min(n, i + MAX_WORD) + 1):
            freq = weigh(run[i:j], i)
            if j == i + 1:
                freq = max(freq, 1)
            if freq:
                here = math.log(freq) - log_total + score[j]
                if here >= best:
                    best, best_end = here, j
        score[i], ends[i] = best, best_end
    pieces, i = [], 0
    while i < n:
        pieces.append(run[i : ends[i]])
        i = ends[i]
    return pieces


#: How much likelier, by word frequencies, a long word and a lone character must be than two
#: shorter words over the same span for the cut to keep them (``rebalance``).
BALANCE_MARGIN = 8
#: Lone characters ``rebalance`` leaves alone: grammar words, and words of place that follow a
#: noun (主席台|上, 庄稼地|上, not 主席|台上).
_STAYS_ALONE = GRAMMAR_CHARS | frozenset("上下里中内外前后旁边")


def rebalance(
    pieces: list[str],
    cw: CutWords,
    idioms: Container[str] = frozenset(),
    memo: dict[tuple[str, str], tuple[str, str] | None] | None = None,
) -> list[str]:
    """The cut with a long learner word and a lone character next to it (集装箱船|队,
    打|开绿灯) cut instead into two learner words of two characters or more (集装箱|船队,
    打开|绿灯), where the frequencies leave the two readings close.

    A lone character is frequent because it counts every word it is used in, so weighing
    words by frequency alone glues a rarer long word to one (读书人|家, 宜昌市|区) where the
    text reads as two words (读书|人家, 宜昌|市区). Within ``BALANCE_MARGIN`` the more even
    cut wins (as in MMSEG). A grammar word or a word of place stays alone (发展中|的,
    老太太|和, 主席台|上, 上|下功夫), and idioms stay whole. ``memo`` keeps the verdict on
    each pair for the rest of a text."""
    out = pieces
    for i in [i for i, piece in enumerate(pieces) if len(piece) >= 3]:
        for j in (i - 1, i + 1):
            if (
                0 <= j < len(out)
                and len(out[j]) == 1
                and out[j] not in _STAYS_ALONE  # 发展中|的: most lone characters
                and len(out[i]) >= 3
            ):
                a, b = (out[j], out[i]) if j < i else (out[i], out[j])
                key = (a, b)
                if memo is not None and key in memo:
                    even = memo[key]
                else:
                    even = _even_pair(a, b, cw, idioms)
                    if memo is not None:
                        memo[key] = even
                if even is not None:
                    if out is pieces:
                        out = list(pieces)
                    out[min(i, j)], out[max(i, j)] = even
                    break
    return out


def _even_pair(
    a: str, b: str, cw: CutWords, idioms: Container[str]
) -> tuple[str, str] | None:
    """Two learner words of two characters or more to read ``a + b`` as, where one of ``a``
    and ``b`` is a lone character (``rebalance``); None to keep them."""
    long, lone = (a, b) if len(b) == 1 else (b, a)
    if lone in _STAYS_ALONE or not cw.learner(long):
        return None
    span = a + b
    best, best_freq = None, 0
    for k in range(2, len(span) - 1):
        left, right = span[:k], span[k:]
        if cw.learner(left) and cw.learner(right):
            freq = cw.freq(left) * cw.freq(right)
            if freq > best_freq:
                best, best_freq = (left, right), freq
    if best is None or cw.freq(a) * cw.freq(b) >= BALANCE_MARGIN * best_freq:
        return None
    if long in idioms or cw.flags(long) & CHENGYU:
        return None
    return best


#: Chinese numerals an ordinal (第一, 第三十) is made of.
_ORDINAL_DIGITS = "零〇一二两三四五六七八九十百千"
#: What a number joined from pieces is written with (两 万 九千三百九十八 -> 两万九千三百九十八).
_NUMBER_DIGITS = _ORDINAL_DIGITS + "万亿"


def _ordinals(pieces: list[str], cut: Callable[[str], list[str]]) -> list[str]:
    """The cut with the ordinal prefix 第 joined to the numeral after it where the cut gave
    the numeral to a word (第|一炮打响 -> 第一|炮|打响): 第 never stands before anything but
    a number. The rest of that word is cut again by ``cut``."""
    out: list[str] = []
    i = 0
    while i < len(pieces):
        piece = pieces[i]
        if piece == "第" and i + 1 < len(pieces):
            after = pieces[i + 1]
            digits = len(after) - len(after.lstrip(_ORDINAL_DIGITS))
            if 0 < digits < len(after):
                out.append(piece + after[:digits])
                out.extend(cut(after[digits:]))
                i += 2
                continue
        out.append(piece)
        i += 1
    return out


def _numbers_cut(run: str, cut: Callable[[str], list[str]]) -> tuple[list[str], list[str]]:
    """``cut(run)`` with the numbers of ``_FORCED_NUMBERS`` as words of their own; and
    those numbers (no dictionary holds them, and they are not to be split again)."""
    pieces: list[str] = []
    forced: list[str] = []
    at = 0
    for m in _FORCED_NUMBERS.finditer(run):
        pieces += cut(run[at : m.start()])
        numbers = [m["hour"], m["minute"]] if m["hour"] else [m.group()]
        pieces += numbers
        forced += numbers
        at = m.end()
    return pieces + cut(run[at:]), forced


def _verb_copied(pieces: list[str], cw: CutWords) -> list[str]:
    """The cut with a verb said again before 得 read as verb + object, then the verb: 唱 歌唱
    得好 -> 唱歌 唱 得好 (说话说得, 写字写得), where the verb and its object make a word."""
    out = list(pieces)
    for i in range(len(out) - 2):
        verb, pair = out[i], out[i + 1]
        if (
            len(verb) == 1
            and len(pair) == 2
            and pair[1] == verb
            and out[i + 2][:1] == "得"
            and cw.learner(verb + pair[0])
        ):
            out[i : i + 2] = [verb + pair[0], verb]
    return out


#: Two numeral characters in a row, one of them a multiplier (三十, 八十六, 一百二).
_NUMERAL_RUN = re.compile("[一二两三四五六七八九十百千][十百千万亿零〇一二三四五六七八九]")
#: One digit: an ordinal of its own after 第 (第 三 阶梯 -> 第三 阶梯).
_DIGIT_CHARS = frozenset("一二三四五六七八九")
_BELOW_10K = (
    "(?:[一二两三四五六七八九]千)?(?:[零〇]?[一二两三四五六七八九]百)?"
    "(?:[零〇]?[一二三四五六七八九]?十)?(?:[零〇]?[一二三四五六七八九])?"
)
_COUNT_10K = f"(?:两|(?=[一二两三四五六七八九十]){_BELOW_10K})"
#: A whole number written in Chinese numerals (三十八, 一百二十八, 两万九千三百九十八, 两万零二百
#: 三十八, 两亿, 十三亿五千万): below ten thousand, with ten thousands and hundred millions
#: counted by a number below ten thousand.
_WHOLE_NUMBER = re.compile(
    f"^(?=.*[十百千万亿])(?:{_COUNT_10K}亿)?(?:[零〇]?{_COUNT_10K}万)?{_BELOW_10K}$"
)


#: A time unit and what follows it (日前 "the other day", 千年 "millennium", 日至 "solstice",
#: 周至 a county): after a number, the unit counts with the number (五日 前 "before the
#: fifth", 三千 年, 一日 至 七日 "from the first to the seventh").
_UNIT_THEN = frozenset("日年月天周")
_AFTER_UNIT = frozenset("前后内间底初起来至")
#: A numeral, a time unit and what may follow it (五日前, 三年后): a line to join numbers in.
_NUMBER_UNIT = re.compile(
    f"[一二两三四五六七八九十][{''.join(sorted(_UNIT_THEN))}][{''.join(sorted(_AFTER_UNIT))}]"
)


#: Numerals and the units that count with them, which ``_unstolen`` leaves to the number rules.
_NUMBER_CHARS = frozenset(_ORDINAL_DIGITS + "万亿" + _UNITS)
#: How likely, against the cut's reading, the learner word given back must read (``_unstolen``).
_UNSTOLEN_MARGIN = 0.2
#: Grammar words that may take a character back from a word on their right (他 人财物 ->
#: 他人 财物); a word of place never does (中 流露出 is not 中流 露出).
_TAKES_BACK = frozenset("他她我你它并")


def _unstolen(pieces: list[str], classifier: _Classifier) -> list[str]:
    """The cut with a lone character given back the character a word only jieba knows took
    from it (出 生于 -> 出生 于; 供水管 道 -> 供水 管道): no learner dictionary holds that
    word, so it is split anyway, and the lone character makes a learner word with the
    character next to it. Only where that reading is about as likely as the cut's
    (``_UNSTOLEN_MARGIN``), never from a name jieba knows (见 王明), and on the right only
    from a word of three characters, whose other two make a learner word (我家 养 is not
    我 家养)."""
    cw = classifier.cw

    def likely(kept: str, made: str, word: str, lone: str) -> bool:
        return cw.freq(kept) * cw.freq(made) >= _UNSTOLEN_MARGIN * cw.freq(word) * cw.freq(lone)

    stealing = classifier.stealing

    def stolen(word: str) -> bool:
        verdict = stealing.get(word)
        if verdict is None:
            verdict = stealing[word] = (
                not cw.learner(word)
                and not set(word) & _NUMBER_CHARS  # 十六 日 至二十一日: numbers are joined later
                and _HAN_ONLY.match(word) is not None
                and not classifier._jieba_person(word)
            )
        return verdict

    def free(lone: str) -> bool:  # a lone character that may take a character back
        return len(lone) == 1 and lone not in _STAYS_ALONE and lone not in _NUMBER_CHARS

    def named_after(lone: str, piece: str) -> bool:
        # 东 晋葛洪 -> 东晋 葛洪: a person in jieba's dictionary that is a dictionary
        # person (葛洪) behind a character that ends a word with the lone one (东晋)
        return (
            len(piece) == 3
            and free(lone)
            and classifier._jieba_person(piece)
            and cw.learner(piece[1:])
            and cw.learner(lone + piece[0])
        )

    # Only a piece of two or three characters that took a character can give it back, and
    # the words made here are learner words, which never did: most runs have no such piece.
    if not any(len(piece) in (2, 3) and stolen(piece) for piece in pieces):
        if not any(named_after(a, b) for a, b in pairwise(pieces)):
            return list(pieces)
    out = list(pieces)
    for i in range(1, len(out)):
        lone, piece = out[i - 1], out[i]
        if named_after(lone, piece) or (
            # 他 人财物 -> 他人 财物, 并 处罚金 -> 并处 罚金
            len(piece) == 3
            and (free(lone) or lone in _TAKES_BACK)
            and stolen(piece)
            and cw.learner(lone + piece[0])
            and cw.learner(piece[1:])
            and likely(lone + piece[0], piece[1:], piece, lone)
        ):
            out[i - 1 : i + 1] = [lone + piece[0], piece[1:]]
            continue
        # stolen(piece) before the words made anew: the pieces' rows are read already, the
        # new words would each cost a query (~14k in a novel, most for nothing)
        if (
            len(piece) == 2
            and free(lone)
            and stolen(piece)
            and cw.learner(lone + piece[0])
            # not 将 就势 -> 将就 "to make do" + 势, 三 小步 -> 三小 + 步
            and likely(lone + piece[0], piece[1], piece, lone)
        ):
            out[i - 1 : i + 1] = [lone + piece[0], piece[1]]
            continue
        piece, lone = out[i - 1], out[i]
        if (
            len(piece) == 3
            and free(lone)
            and stolen(piece)
            and cw.learner(piece[2] + lone)
        ):
            if cw.learner(piece[:2]):
                if likely(piece[:2], piece[2] + lone, piece, lone):
                    out[i - 1 : i + 1] = [piece[:2], piece[2] + lone]
            elif (
                piece[0] not in cw.surnames  # 贾政听 说: a name and a verb, found later
                and len(classifier.split(piece)[-1]) == 1
                and cw.freq(piece[2] + lone) >= cw.freq(piece)
            ):
                # 抗疟药 物: the word falls apart (抗 疟 药) and its last character
                # makes a likelier learner word with the lone one (抗 疟 药物)
                out[i - 1 : i + 1] = [*classifier.split(piece)[:-1], piece[2] + lone]
    return out


#: Characters that open a word counting after a number (分钟, 小时, 年级, 星期, 世纪).
_UNIT_OPENS = frozenset("分小年星世")


def _phrases_kept(
    pieces: list[str],
    cw: CutWords,
    cut: Callable[[str], list[str]],
    in_memory: bool = False,
) -> list[str]:
    """The cut with a dictionary phrase or idiom of four or more characters read whole where a
    word only jieba knows took part of it (推进改革|开放 -> 推进|改革开放):
    that word is split into learner words anyway, so the phrase loses nothing a learner
    studies. The phrase's edges must fall inside such a word or on a piece's edge, never
    inside a learner word (好|说话 keeps 说话); the rest of the run is cut again.

    ``in_memory``: which strings are such phrases is answered by ``CutWords.long_entries``
    held in memory, not row by row: a long text's rows are not read ahead as an article's
    are, and a query per string cost a novel seconds."""
    run = "".join(pieces)
    if len(run) < WHOLE_ENTRY_CHARS + 1:
        return pieces
    unlearned = [
        len(piece) > 1 and not cw.learner(piece) and _HAN_ONLY.match(piece) is not None
        for piece in pieces
    ]
    if not any(unlearned):
        return pieces
    starts = list(accumulate(map(len, pieces), initial=0))
    edges = set(starts)
    # offsets inside a word only jieba knows: a phrase may start or end there
    inside = {
        at
        for k, piece in enumerate(pieces)
        if unlearned[k]
        for at in range(starts[k] + 1, starts[k + 1])
    }
    long_entries = cw.long_entries if in_memory else frozenset()
    starts_of_long = cw.long_entry_starts if in_memory else frozenset()
    for i in range(len(run) - WHOLE_ENTRY_CHARS + 1):
        if i not in edges and i not in inside:
            continue
        if in_memory and run[i : i + WHOLE_ENTRY_CHARS] not in starts_of_long:
            continue
        best = 0
        for j in range(i + 2, min(len(run), i + MAX_WORD) + 1):
            if not in_memory:
                value = cw.value(run[i:j])
                if value is None:
                    break
                phrase = j - i >= WHOLE_ENTRY_CHARS and bool(value & LEARNER)
            else:
                phrase = j - i >= WHOLE_ENTRY_CHARS and run[i:j] in long_entries
            if phrase and (j in edges or j in inside) and (i in inside or j in inside):
                best = j
        if best:
            rest = (
                _phrases_kept(cut(run[best:]), cw, cut, in_memory) if best < len(run) else []
            )
            return [*cut(run[:i]), run[i:best], *rest]
    return pieces


def _minutes(pieces: list[str]) -> list[str]:
    """The pieces with a lone 钟 after a number ending in 分 given its 分 back (十分 钟 -> 十
    分钟: ten minutes, not 十分 "very" and a clock), or joined to the 爱/情 after it (十分
    钟 爱 -> 十分 钟爱: very fond of)."""
    pieces = list(pieces)
    at = -1
    while (at := at + 1) < len(pieces) - 1:
        number = pieces[at][:-1]
        if pieces[at + 1] == "钟" and pieces[at][-1:] == "分" and number:
            if pieces[at + 2 : at + 3] in (["爱"], ["情"]):
                pieces[at + 1 : at + 3] = ["钟" + pieces[at + 2]]
            elif _all_numeral(number):
                pieces[at : at + 2] = [number, "分钟"]
    return pieces


#: A numeral before 多 "more than" (十多年, 一万多元): the line's numbers need joining.
_NUMBER_MORE = re.compile("[一二两三四五六七八九十百千万亿]多")
#: Units and measure words that 多 "more than" leaves after a number (一万多元, 十多年).
_AFTER_MORE = frozenset("元年岁人个次块斤米天倍家户只名位件所万亿")


def _units_apart(pieces: list[str]) -> list[str]:
    """The pieces after a numeral with the unit the cut glued to them set apart, so that the
    number joins: a number ending in 分 (三 十二分 -> 三 十二 分, thirty-two points, not 十二分
    "exceedingly"; 九 十分 -> 九 十 分), and 多 "more than" before its unit (一万 多元 -> 一万
    多 元, 十 多年 -> 十 多 年; not 多元 "multi-" nor 多年 "many years")."""
    out: list[str] = []
    for piece in pieces:
        if out and len(piece) > 1 and _all_numeral(out[-1]):
            if piece[-1] == "分" and _all_numeral(piece[:-1]):
                out += [piece[:-1], "分"]
                continue
            if len(piece) == 2 and piece[0] == "多" and piece[1] in _AFTER_MORE:
                out += ["多", piece[1]]
                continue
        out.append(piece)
    return out


def _approximate(pieces: list[str]) -> list[str]:
    """The cut with an approximate number joined (二十 几个 -> 二十几 个 "twenty-odd", 几 十
    个 -> 几十 个 "several tens"): 几 "a few" stands for the digit the number leaves open."""
    out: list[str] = []
    for piece in pieces:
        last = out[-1] if out else ""
        if piece[:1] == "几" and last[-1:] == "十" and _all_numeral(last):
            out[-1] += "几"  # 二十 几个 -> 二十几 个
        elif last == "几" and piece[:1] in "十百千万":
            out[-1] += piece[0]  # 几 十 -> 几十
        else:
            out.append(piece)
            continue
        if len(piece) > 1:
            out.append(piece[1:])
    return out


def _join_numerals(
    pieces: list[str], learner: Callable[[str], bool] = lambda w: False
) -> list[str]:
    """The words with a number the cut gave in pieces joined (三 十八 -> 三十八, 一 百 二 十八
    -> 一百二十八); a number's last digits given to the word after it taken back (三 千年 ->
    三千 年, 一 百年 -> 一百 年); a time unit after a number set apart from what follows it
    (五 日前 -> 五 日 前); an idiom or a word with other characters is left alone."""
    if not any(piece[:1] in _ORDINAL_DIGITS for piece in pieces):
        return pieces  # no number starts anywhere (most lines of a novel)
    pieces = _approximate(_minutes(pieces) if "钟" in pieces else list(pieces))
    pieces = _units_apart(pieces)
    out: list[str] = []
    i = 0
    while i < len(pieces):
        if pieces[i].lstrip(_ORDINAL_DIGITS):
            # no numeral piece starts here: kept as it is (the rest of the loop, short)
            out.append(pieces[i])
            i += 1
            continue
        j = i
        while j < len(pieces) and not pieces[j].lstrip(_NUMBER_DIGITS):
            j += 1
        if i < j < len(pieces) and len(after := pieces[j]) == 2:
            if after[0] in _NUMBER_DIGITS and _WHOLE_NUMBER.match("".join(pieces[i:j]) + after[0]):
                pieces[j : j + 1] = [after[0], after[1]]  # 三 千年 -> 三 千 年, joined below
                j += 1
            elif after[0] in _UNIT_THEN and after[1] in _AFTER_UNIT:
                pieces[j : j + 1] = [after[0], after[1]]  # 五 日前 -> 五 日 前
        # an ordinal the cut ended early (第二 十三 次: 第二十三)
        opened = bool(out) and out[-1][:1] == "第"
        ordinal = out[-1][1:] if opened else ""
        if not all(c in _ORDINAL_DIGITS for c in ordinal):
            opened, ordinal = False, ""
        least = 1 if opened else 2  # pieces to join (第 十二 课 -> 第十二)
        # the longest run of numeral pieces from i that makes one whole number
        k = j
        while k - i >= least and not (
            _WHOLE_NUMBER.match(ordinal + "".join(pieces[i:k]))
            or (opened and not ordinal and "".join(pieces[i:k]) in _DIGIT_CHARS)
        ):
            k -= 1
        if k - i >= least:
            number = "".join(pieces[i:k])
            if opened:
                out[-1] += number  # 第 三 十 -> 第三十, 第二 十三 -> 第二十三
            else:
                out.append(number)
            i = k
            unit = "".join(pieces[i : i + 2])
            if len(unit) == 2 and unit[0] in _UNIT_OPENS and learner(unit):
                out.append(unit)  # 第七十 分 钟 -> 第七十 分钟
                i += 2
        else:
            out.append(pieces[i])
            i += 1
    for at in range(len(out) - 2, -1, -1):
        if out[at + 1] == "月" and _all_numeral(out[at]) and learner(out[at] + "月"):
            out[at : at + 2] = [out[at] + "月"]  # 十二 月底 -> 十二月 底: the month's name
    return out


#: What names which week before a weekday (本周三 "this Wednesday", 每周二 "every Tuesday").
_WHICH_WEEK = frozenset("本这该同每上下")
#: After a weekday's digit these make it a count (每周 一 次 "once a week"), not the day.
_COUNTED = frozenset("次回遍趟天个年周")
#: What follows 周 in a weekday's name (周一 … 周六, 周日).
_WEEKDAY_DIGITS = frozenset("一二三四五六日")


#: Before a week and 一起, these make it "from Monday on" (自下周一起, 从本周一起).
_FROM_DAY = frozenset({"自", "从", "于", "由"})


def _weekdays(words: list[str]) -> list[str]:
    """The words with a weekday the cut gave to the week before it taken back (本 周 三 ->
    本 周三, 每周 二 -> 每 周二): jieba's 本周/每周 "this/every week" outweighs 周三, so the
    digit was left alone as a number."""
    out = list(words)
    for i in range(len(out) - 2, 0, -1):
        # 自 下周 一起 -> 自 下 周一 起 "from next Monday on" (我们下周一起去: together)
        if out[i + 1] == "一起" and out[i].endswith("周") and out[i - 1] in _FROM_DAY:
            out[i : i + 2] = [*([out[i][:-1]] if len(out[i]) > 1 else []), "周一", "起"]
    for i in range(len(out) - 1, 0, -1):
        day, after = out[i], out[i + 1][:1] if i + 1 < len(out) else ""
        if day not in _WEEKDAY_DIGITS or after in _COUNTED or (after and after in _NUMBER_DIGITS):
            continue  # 每周 三 次 "three times a week"; 本周 二十 号: a count or a number
        week = out[i - 1]
        if week == "周" and i >= 2 and out[i - 2][-1:] in _WHICH_WEEK:
            out[i - 1 : i + 1] = ["周" + day]  # 本 周 三 -> 本 周三
        elif len(week) == 2 and week[1] == "周" and week[0] in _WHICH_WEEK:
            out[i - 1 : i + 1] = [week[0], "周" + day]  # 每周 二 -> 每 周二
    return out


#: Surnames that are far more often a preposition or a verb before 某 (于某日, 向某处).
_NOT_SURNAME_BEFORE_MOU = frozenset("于向从对和同与在把被将为给让叫比跟由以及")
#: After 某 these make it "some (year, place…)", not a person: 王某年 is no name.
_SOME_WHAT = frozenset("年月日天时处地种些个次位人")


def _anonymised(words: list[str], surnames: frozenset[str], names: dict[str, str]) -> list[str]:
    """The words with a person written as a surname and 某 "so-and-so" joined as one name
    (被告人 王 某 -> 王某, 张 某某 -> 张某某): how court papers and news withhold a name."""
    out: list[str] = []
    for i, word in enumerate(words):
        last = out[-1] if out else ""
        after = words[i + 1][:1] if i + 1 < len(words) else ""
        if (
            word in ("某", "某某")
            and len(last) == 1
            and last in surnames
            and last not in _NOT_SURNAME_BEFORE_MOU
            and after not in _SOME_WHAT
        ):
            out[-1] = last + word
            names[out[-1]] = "person"
            continue
        out.append(word)
    return out


#: Ends of a noble or military title: a name after one is a person (理国公 柳彪).
_RANK_ENDS = frozenset("公侯伯王军帝相卿")


#: After a name these show a modern name ending in 之 (龚育之说, 李培之同志): the name's.
_SPEAKS = frozenset("说道问答笑讲喊叫想看")


def _owned_after(word: str, tag: Callable[[str], str]) -> bool:
    """Whether ``word`` can be what a name and 之 "of" own (之孙, 之属, 之礼, 之铿锵): not a
    title, a verb of two characters, a preposition, an adverb or a verb of saying (龚育之
    指出, 龚育之 在, 侯御之 不能), which make 之 the end of a modern name."""
    if word in TITLES or word[:1] in _SPEAKS:
        return False
    kind = tag(word)[:1]
    return kind not in ("p", "c", "d", "u", "r") and not (kind == "v" and len(word) > 1)


#: A word of two or more characters ending in 之, in words joined by newlines.
_ENDS_IN_ZHI = re.compile(r"[^\n]之\n")


def _genitive_apart(
    words: list[str], classifier: _Classifier, tag: Callable[[str], str]
) -> list[str]:
    """The words with a name the rules found ending in 之 before more words cut before its
    之, "of" (柳彪之孙 "Liu Biao's grandson", 隆盛之邦, 环佩之铿锵): no found name ends in
    the particle there; the names that do (王羲之) are listed, and stay. What is left is a
    name the text or a list holds already (凤姐), a person after a title (理国公 柳彪) when
    the name statistics agree, or else its words."""
    if _ENDS_IN_ZHI.search("\n".join(words) + "\n") is None:
        return words  # no word of two or more characters ends in 之 (most lines), in C
    names, cw = classifier.names, classifier.cw
    out: list[str] = []
    for i, word in enumerate(words):
        after = words[i + 1][:1] if i + 1 < len(words) else ""
        if (
            len(word) < 2
            or word[-1] != "之"
            or names.get(word) != "person"
            or not _HAN.match(after or "。")
            or cw.flags(word) & (LEARNER | PERSON | PROPER)
            or not _owned_after(words[i + 1], tag)
        ):
            out.append(word)
            continue
        rest, before = word[:-1], out[-1] if out else ""
        ranked = before[-1:] in _RANK_ENDS or before in TITLES
        if names.get(rest) or cw.flags(rest) & (PERSON | PLACE):
            out += [rest, "之"]  # 凤姐 之: a name the text or a list holds already
        elif (
            len(rest) in (2, 3)
            and ranked
            and not cw.learner(rest)
            and person_score(rest[0], rest[1:], cw, before=before)
            >= PERSON_THRESHOLD[len(rest) - 1]
        ):
            names[rest] = "person"
            out += [rest, "之"]
        else:
            out += [*classifier.recut(rest), "之"]
    return out


def _sayings_joined(words: list[str]) -> list[str]:
    """The words with a two-part saying quoted whole joined as CC-CEDICT writes it, its
    comma inside (三天打鱼 ， 两天晒网 -> 三天打鱼，两天晒网): one item, never two halves."""
    halves = saying_halves()
    if halves.keys().isdisjoint(words):
        return words  # no half of a saying (most lines), tested in C
    out: list[str] = []
    i = 0
    while i < len(words):
        first = words[i]
        saying = halves.get(first) if i + 2 < len(words) and words[i + 1] == "，" else None
        if saying is not None and saying == f"{first}，{words[i + 2]}":
            out.append(saying)
            i += 3
            continue
        out.append(first)
        i += 1
    return out


_OPERATORS = frozenset("加减乘除")


def _arithmetic(pieces: list[str]) -> list[str]:
    """The cut with a number and the operator after it apart where a number follows: 五加
    "Acanthopanax" is 五 + 加 in 十二减五加八."""
    out: list[str] = []
    for i, piece in enumerate(pieces):
        nxt = pieces[i + 1] if i + 1 < len(pieces) else ""
        if (
            len(piece) > 1
            and piece[-1] in _OPERATORS
            and _all_numeral(piece[:-1])
            and nxt
            and nxt[0] in _ORDINAL_DIGITS
        ):
            out += [piece[:-1], piece[-1]]
            continue
        out.append(piece)
    return out


def _numbers_joined(pieces: list[str]) -> list[str]:
    """Pieces with numerals side by side joined (一 万 名 -> 一万 名)."""
    out: list[str] = []
    for piece in pieces:
        if out and _all_numeral(out[-1]) and _all_numeral(piece):
            out[-1] += piece
        else:
            out.append(piece)
    return out


def _all_numeral(piece: str) -> bool:
    """Whether ``piece`` is written with numerals only (三, 十二, 一万, 两亿)."""
    return not piece.lstrip(_NUMBER_DIGITS)


#: Words of 把 and a noun that are more often the object marker and that noun: 把手 "handle",
#: 把头 "labor contractor", 把门 "to guard a gate", 把酒 "to raise one's cup" in 把手伸出来,
#: 把头一扬, 把门关上, 把酒喝了.
_OBJECT_NOUNS = frozenset({"把手", "把头", "把门", "把酒"})
#: Before such a word, what shows it is the noun (这个把手, 门上的把手, 一个把头).
_NOUN_BEFORE = frozenset({"这", "那", "这个", "那个", "个", "的", "门", "车", "只", "根"})


def _object_marked(
    pieces: list[str], before: list[str], tag: Callable[[str], str]
) -> list[str]:
    """The cut with 把手/把头/把门 read as 把 + the noun where a verb follows it (把手伸出来,
    把头一扬, 把门关上) and nothing before makes it a noun (这个把手松了)."""
    out: list[str] = []
    for i, piece in enumerate(pieces):
        nxt = pieces[i + 1] if i + 1 < len(pieces) else ""
        prev = out[-1] if out else (before[-1] if before else "")
        if (
            piece in _OBJECT_NOUNS
            and prev not in _NOUN_BEFORE
            and nxt
            and (nxt[0] in "一往向朝" or _verb_tag(nxt, tag) or _erhua_then_verb(pieces, i, tag))
        ):
            out += list(piece)
            continue
        out.append(piece)
    return out


def _verb_tag(word: str, tag: Callable[[str], str]) -> bool:
    """Whether jieba tags ``word`` (or its first character) a verb, or the dictionary's first
    meaning is one (喝 "to drink", which jieba's table leaves untagged)."""
    return tag(word).startswith("v") or tag(word[0]).startswith("v") or _verb_first(word)


def _erhua_then_verb(pieces: list[str], i: int, tag: Callable[[str], str]) -> bool:
    """Whether 儿 and then a verb follow piece ``i``: 把门儿开开, 把头儿抬起来."""
    after = pieces[i + 1 : i + 3]
    return len(after) == 2 and after[0] == "儿" and _verb_tag(after[1], tag)


#: What opens a condition that 的话 closes (如果明天下雨的话).
_IF = re.compile("如果|要是|假如|假使|倘若|万一|若是|如若|若|如|要不是|只要")
#: What follows 的话 when it closes a condition: the result (不想去的话就算了).
_THEN = frozenset({"就", "那", "那么", "便", "则"})


def _words_said(pieces: list[str], before: str, after: str) -> list[str]:
    """The cut with 的话 "if" read as 的 + 话 "words" where nothing shows a condition: no
    如果/要是… earlier in the sentence (``before``: the line before these pieces), no 就/那么
    after it, and, where it ends the run, a sentence's end after it (``after``: the next
    character) rather than a comma: 好听的话不一定是真心话, 听妈妈的话。"""
    sentence = re.split("[。！？!?；;]", before)[-1]
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if piece == "的话" and not _IF.search(sentence + "".join(pieces[:i])):
            follows = pieces[i + 1] if i + 1 < len(pieces) else None
            if follows not in _THEN if follows else after not in "，,、":
                out += ["的", "话"]
                continue
        out.append(piece)
    return out


#: After 天下, what shows 下 is a verb of the weather or of a day (那天下着大雨, 当天下了雪).
_FALLS_AFTER = frozenset("着了过起雨雪")


def _day_then_verb(pieces: list[str], cw: CutWords) -> list[str]:
    """The cut with 那 + 天下 + 着 read as 那天 + 下 + 着 where the piece before and 天 make a
    day word (那天, 当天, 昨天) and 下 goes on as a verb: 天下 "the world" takes no 着/了."""
    out = list(pieces)
    for i in range(1, len(out) - 1):
        if (
            out[i] == "天下"
            and out[i + 1][:1] in _FALLS_AFTER
            and cw.learner(out[i - 1] + "天")
        ):
            out[i - 1 : i + 1] = [out[i - 1] + "天", "下"]
    return out


#: Around 才能, what makes it the noun "talent" (他的才能, 有才能, 才能和品德), not 才 + 能.
_TALENT_BEFORE = frozenset({"的", "有", "其", "和", "与", "及", "、"})
_TALENT_AFTER = frozenset({"的", "和", "与", "及", "是", "、", "也", "都", "得到"})


#: Dictionary words of 多 and an adjective whose entry is no "how ...": 多重 "multi-",
#: 多累 "I have troubled you"; after 有/不管… they are 多 "how" and the adjective (有多重).
_HOW_SPLIT = frozenset({"多重", "多累"})
#: What makes the 多 that follows ask or exclaim "how (heavy, tired...)".
_ASKS_HOW = frozenset({"有", "没有", "没", "不管", "无论", "不论", "多么"})


def _how_much(pieces: list[str], before: str) -> list[str]:
    """The cut with 多重/多累 read as 多 "how" + the adjective after a word that asks how
    (它有多重, 不管多累): the dictionary's 多重 "multi-" and 多累 "I have troubled you" come
    after no such word (多重国籍). ``before`` is the word before these pieces."""
    out: list[str] = []
    for piece in pieces:
        prev = out[-1] if out else before
        if piece in _HOW_SPLIT and prev in _ASKS_HOW:
            out += list(piece)
        else:
            out.append(piece)
    return out


#: The last character of a time word whose first the verb before it takes as its object
#: (出门前 = 出门 + 前, not 出 + 门前; 吃饭后, 结婚后).
_TIME_AFTER = frozenset("前后")


def _verb_object_then_time(pieces: list[str], cw: CutWords) -> list[str]:
    """The cut with a one-character verb and a time word such as 门前, 饭后, 婚后 read as a
    verb-object word and 前/后 (出门前, 吃饭后, 结婚后) where the verb and the time word's
    first character make a dictionary word that acts (出门 "to go out"); 家门前, 大门后 keep
    their noun."""
    out = list(pieces)
    for i in range(len(out) - 1):
        verb, time = out[i], out[i + 1]
        if (
            len(verb) == 1
            and len(time) == 2
            and time[1] in _TIME_AFTER
            and cw.learner(verb + time[0])
            and _verb_first(verb + time[0])
        ):
            out[i : i + 2] = [verb + time[0], time[1]]
    return out


#: What stands before 他用 "other use" (挪作他用, 另作他用, 移为他用); anywhere else it is
#: 他 "he" + 用 "to use" (他用了十年时间).
_PUT_TO = frozenset({"作", "为", "挪作", "移作", "另作", "别作", "于", "移为"})


def _he_uses(pieces: list[str], before: str) -> list[str]:
    """The cut with 他用 read as 他 + 用 unless a word of putting to use stands before it."""
    out: list[str] = []
    for piece in pieces:
        prev = out[-1] if out else before
        if piece == "他用" and prev not in _PUT_TO and not prev.endswith(("作", "为")):
            out += ["他", "用"]
        else:
            out.append(piece)
    return out


#: Characters that stand before 人们 "people" as words of their own (让人们, 为人们, 给人们).
_BEFORE_PEOPLE = frozenset("让使叫给和为被与对向跟把将令教请替同由在从是有及")


def _people_plural(pieces: list[str], cw: CutWords) -> list[str]:
    """The cut with a character and 人们 read as a noun for people and 们 (老 人们 -> 老人 们,
    病 人们 -> 病人 们) where the character and 人 make a dictionary noun; 让人们 and 为人们
    keep 人们."""
    out = list(pieces)
    for i in range(len(out) - 1):
        head = out[i]
        if (
            out[i + 1] == "人们"
            and len(head) == 1
            and head not in _BEFORE_PEOPLE
            and cw.learner(head + "人")
            and not _verb_first(head + "人")
        ):
            out[i : i + 2] = [head + "人", "们"]
    return out


#: Before 上乘 "first-class", the characters that make 早上/晚上/马上 with its 上 (早上乘高铁).
_TAKES_SHANG = frozenset("早晚马")
#: People a 还给 "also for" names before the verb (还给我们煮了米粉).
_PEOPLE_AFTER_GIVE = frozenset(
    {"我", "你", "他", "她", "我们", "你们", "他们", "她们", "大家", "孩子"}
)
#: Earlier in the sentence, what makes a 还给 "also gives" (不但没生气，还给了我们苹果).
_NOT_ONLY = ("不但", "不仅", "不光", "不只")


def _time_then_ride(pieces: list[str], cw: CutWords) -> list[str]:
    """The cut with 早 上乘 read as 早上 乘 "in the morning take (a train)": 上乘 is first-class
    after no such character (上乘之作)."""
    out = list(pieces)
    for i in range(1, len(out)):
        if out[i] == "上乘" and out[i - 1] in _TAKES_SHANG and cw.learner(out[i - 1] + "上"):
            out[i - 1 : i + 1] = [out[i - 1] + "上", "乘"]
    return out


def _also_gives(pieces: list[str], sentence: str) -> list[str]:
    """The cut with 还给 "to return sth" read as 还 "also" + 给 after 不但/不仅 earlier in the
    sentence where no 把 brings a thing to give back (不但没生气，还给了我们每人一个苹果)."""
    if not any(w in sentence for w in _NOT_ONLY):
        return pieces
    out: list[str] = []
    for piece in pieces:
        clause = sentence.split("，")[-1] + "".join(out)
        out += ["还", "给"] if piece == "还给" and "把" not in clause else [piece]
    return out


def _also_does_for(pieces: list[str], sentence: str) -> list[str]:
    """The cut with 还给 read as 还 "also" + 给 "for" where a person and then a verb follow
    (早上还给我们煮了米粉): what is returned follows 还给 as its object (还给他一本书)."""
    out = list(pieces)
    for i in range(len(out) - 2):
        person, then = out[i + 1], out[i + 2]
        if (
            out[i] == "还给"
            and person in _PEOPLE_AFTER_GIVE
            and _verb_first(then)
            and "把" not in sentence.split("，")[-1] + "".join(out[:i])
        ):
            out[i : i + 1] = ["还", "给"]
    return out


def _flowers_taken(pieces: list[str]) -> list[str]:
    """The cut with 花被 "perianth" read as 花 + 被 (passive) where a verb or a doer follows
    (多少花被打落了, 花被风吹走了)."""
    out = list(pieces)
    for i in range(len(out) - 1):
        nxt = out[i + 1]
        if out[i] == "花被" and (_verb_first(nxt) or nxt[:1] in "风雨人他她我你虫鸟打吹摘踩压"):
            out[i : i + 1] = ["花", "被"]
    return out


def _studied_there(pieces: list[str], cw: CutWords) -> list[str]:
    """The cut with a field of study such as 日本学 "Japanology" read as the place and 学 "to
    learn" where an aspect particle follows (在日本学过做面包, 到中国学了汉语)."""
    out = list(pieces)
    for i in range(len(out) - 1):
        word = out[i]
        if (
            len(word) >= 3
            and word.endswith("学")
            and out[i + 1][:1] in "过了着"
            and cw.learner(word[:-1])
        ):
            out[i : i + 1] = [word[:-1], "学"]
    return out


def _day_to(pieces: list[str], before: str) -> list[str]:
    """The cut with 日至 "solstice" after a number read as 日 "day" + 至 "to" (二月十日至十七日
    放假): a solstice is 夏至 or 冬至, never a numbered day."""
    out: list[str] = []
    for piece in pieces:
        prev = out[-1] if out else before
        if piece == "日至" and prev and (prev[-1] in _NUMBER_DIGITS or prev[-1].isdigit()):
            out += ["日", "至"]
        else:
            out.append(piece)
    return out


#: A numeral and a unit of money that a dictionary holds as a word of its own (一元 "univariate",
#: 五角 "pentagon", 八角 "star anise"): a sum where another sum stands beside it (一元五角).
_MONEY_UNITS = frozenset("元角分")


def _money_apart(pieces: list[str]) -> list[str]:
    """The cut with 一元 五角 read as 一 元 五 角 "one yuan fifty": a numeral and a unit of
    money beside another such pair, or before 钱, are a sum, not the dictionary's word."""

    def sum_like(piece: str) -> bool:
        return len(piece) == 2 and piece[0] in _ORDINAL_DIGITS and piece[1] in _MONEY_UNITS

    out: list[str] = []
    for i, piece in enumerate(pieces):
        neighbours = (pieces[i - 1] if i else "", pieces[i + 1] if i + 1 < len(pieces) else "")
        if sum_like(piece) and any(sum_like(p) or p == "钱" for p in neighbours):
            out += list(piece)
        else:
            out.append(piece)
    return out


def _decimal_one(pieces: list[str]) -> list[str]:
    """The cut with 一点 "a bit" before a numeral read as 一 + 点 "point" (一点五 = 1.5);
    一点一点 "bit by bit" and 一点点 keep their words."""
    out: list[str] = []
    for i, piece in enumerate(pieces):
        following = pieces[i + 1] if i + 1 < len(pieces) else ""
        if piece == "一点" and following and _all_numeral(following) and following != "一":
            out += ["一", "点"]
        else:
            out.append(piece)
    return out


#: Characters of states and countries that stand before a count of them (中美日三国).
_STATE_CHARS = frozenset("秦楚齐燕赵魏韩吴越蜀鲁宋卫郑晋周中美日英法德俄朝印澳加意苏")
#: Verbs of a stretch of time in 一 + verb + 就是 + a span (一等就是三个小时, 一住就是好几年).
_SPENT_DOING = frozenset("等住练干做坐站走写读学教待呆躺睡聊谈忙跑唱画玩看守熬拖种养")


def _counted(piece: str) -> bool:
    """Whether ``piece`` opens with a number (二十年, 三个, 几天, 好几年)."""
    return bool(piece) and (piece[0] in _NUMBER_DIGITS or piece[0] in "几好")


def _once_for(pieces: list[str]) -> list[str]:
    """The cut of 一 + a verb + 就是 + a span (一练就是二十年, 一等就是三个小时): the verb
    stands alone, not in 练就 "to master" or 一等 "first class"."""
    out: list[str] = []
    i = 0
    while i < len(pieces):
        piece, rest = pieces[i], pieces[i + 1 : i + 4] + ["", "", ""]
        # 一 | 练就 | 是 | 二十年
        mastered = rest[0][-1:] == "就" and len(rest[0]) == 2 and rest[0][0] in _SPENT_DOING
        if piece == "一" and mastered and rest[1] == "是" and _counted(rest[2]):
            out += ["一", rest[0][0], "就是"]
            i += 3
            continue
        # 一等 | 就是 | 三个
        spent = len(piece) == 2 and piece[0] == "一" and piece[1] in _SPENT_DOING
        if spent and rest[0] == "就是" and _counted(rest[1]):
            out += ["一", piece[1], "就是"]
            i += 2
            continue
        out.append(piece)
        i += 1
    return out


def _doubled_pairs(pieces: list[str], lex: Lexicon, whole: set[str]) -> list[str]:
    """The cut with each A A B B of a dictionary word A B as one word where the cut's pieces
    begin and end with it (顺|顺利|利 -> 顺顺利利); it is left whole from then on."""
    joined = "".join(pieces)
    bounds = set(accumulate(map(len, pieces), initial=0))
    spans = [
        m.span()
        for m in DOUBLED_PAIR.finditer(joined)
        if m.start() in bounds and m.end() in bounds and doubled_pair(m.group(), lex.entries)
    ]
    if not spans:
        return pieces
    out: list[str] = []
    at = 0
    starts = {start: end for start, end in spans}
    for piece in pieces:
        if at in starts:
            out.append(joined[at : starts[at]])
            whole.add(out[-1])
        if not any(start <= at < end for start, end in spans):
            out.append(piece)
        at += len(piece)
    return out


#: Before 度 in a musical interval (八度 "octave"), a number, a rise or a fall that makes it a
#: number of degrees (降六到八度, 零下八度).
_TEMPERATURE_BEFORE = frozenset({
    "到", "至", "零下", "下降", "上升", "升高", "降低", "降", "升", "达", "约", "近", "气温",
    "温度", "高温", "低温", "摄氏", "华氏", "、",
})  # fmt: skip
#: Verbs of the hands before 着手 (手拉着手, 握着手): 着 the aspect particle and 手 the hand.
_HOLDS = frozenset("拉握牵挽携搓摆甩拍摸抓攥举伸扬拖")
#: Verbs before 出头 that put a head out (探出头来, 伸出头去).
_HEAD_OUT = frozenset("探伸钻冒露抬")
#: Words that take 上 as "in (principle), on (the whole)" (原则上, 基本上): before 限 and a
#: number, 上 is theirs and 限 "to limit" (原则上限一人), not 上限 "upper bound".
_IN_PRINCIPLE = frozenset({"原则", "基本", "理论", "事实", "实际", "总体", "大体"})


def _degrees(before: str, after: str) -> bool:
    return (
        before in _TEMPERATURE_BEFORE
        or before[-1:] in _NUMBER_DIGITS
        or after.startswith(("左右", "以上", "以下", "上下", "多"))
    )


#: Dictionary words the cut reads apart, character by character, where the pieces around
#: them show it (the piece before, the text of the next pieces):
_APART: dict[str, Callable[[str, str], bool]] = {
    # a number of degrees, not a musical interval: 气温下降六到八度, 零下八度, 五度左右
    **dict.fromkeys(("二度", "三度", "五度", "八度"), _degrees),
    # three states after their names, not the Three Kingdoms: 中美日三国
    "三国": lambda before, after: 0 < len(before) <= 3 and _STATE_CHARS.issuperset(before),
    # hand in hand, not 着手 "to set about": 手拉着手
    "着手": lambda before, after: before[-1:] in _HOLDS and len(before) <= 2,
    # a head put out, not 出头 "to stick out": 小草从地下探出头来
    "出头": lambda before, after: before[-1:] in _HEAD_OUT and after[:1] in ("来", "去"),
    # "don't look", not 别看 "don't be fooled by": 别看了，快去写作业
    "别看": lambda before, after: after[:1] in ("", "了", "啦", "啊"),
    # in front, lining up, not 前排 "front row": 收银台前排起了长队
    "前排": lambda before, after: after[:1] in ("起", "着", "了", "成") and "队" in after[:6],
}


def _read_apart(pieces: list[str], word_before: str) -> list[str]:
    """The cut with each word of ``_APART`` read as its characters where its test holds, and
    原则 + 上限 + a number read as 原则上 + 限 (陪同人员原则上限一人)."""
    out: list[str] = []
    for i, piece in enumerate(pieces):
        before = pieces[i - 1] if i else word_before
        after = "".join(pieces[i + 1 : i + 4])
        test = _APART.get(piece)
        if test is not None and test(before, after):
            out += list(piece)
        elif piece == "上限" and out and out[-1] in _IN_PRINCIPLE and after[:1] in _NUMBER_DIGITS:
            out[-1] += "上"
            out.append("限")
        else:
            out.append(piece)
    return out


#: Directions before 至 "as far as" that a dictionary holds as a place (东至 "Dongzhi county"):
#: in 西起…东至… they are a direction and "to".
_BOUND_TO = frozenset({"东至", "西至", "南至", "北至"})


def _reaches_to(pieces: list[str], line_before: str) -> list[str]:
    """The cut with 东至 read as 东 + 至 where the clause before set out a start with 起
    (西起临洮、东至辽东, 南起…北至…)."""
    if "起" not in line_before[-16:] and "起" not in "".join(pieces):
        return pieces
    out: list[str] = []
    for piece in pieces:
        out += list(piece) if piece in _BOUND_TO else [piece]
    return out


def _only_got(pieces: list[str]) -> list[str]:
    """The cut with 只得 "to have no choice but to" before 了 read as 只 "only" + 得 "to get"
    (数学只得了六十二分): the adverb goes before a verb, never before 了."""
    out: list[str] = []
    for i, piece in enumerate(pieces):
        following = pieces[i + 1] if i + 1 < len(pieces) else ""
        out += ["只", "得"] if piece == "只得" and following[:1] == "了" else [piece]
    return out


def _only_then_can(pieces: list[str]) -> list[str]:
    """The cut with 才能 "talent" read as 才 "only then" + 能 "can" where a verb phrase
    follows it in the clause (只有这样才能成功, 才能把…): the dictionary word is the noun,
    which ends a clause or stands after 的/有 (发挥才能, 他的才能)."""
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if (
            piece == "才能"
            and i + 1 < len(pieces)
            and pieces[i + 1] not in _TALENT_AFTER
            and (i == 0 or pieces[i - 1] not in _TALENT_BEFORE)
        ):
            out += ["才", "能"]
        else:
            out.append(piece)
    return out


def _its_what(pieces: list[str], cw: CutWords) -> list[str]:
    """The cut with 其所 "its place" before a verb read as 其 "its" + 所 "what" (其所持有的
    股份, 其所说): in 各得其所 and 得其所哉 the place ends its clause."""
    out: list[str] = []
    for i, piece in enumerate(pieces):
        following = pieces[i + 1] if i + 1 < len(pieces) else ""
        if piece == "其所" and following and cw.learner(following) and _verb_first(following):
            out += ["其", "所"]
        else:
            out.append(piece)
    return out


_POINTS_ELSEWHERE = ("variant of", "old variant of", "see ", "archaic variant of")


def _verb_first(word: str) -> bool:
    """Whether a dictionary's first meaning of ``word`` is a verb (持有 "to hold")."""
    senses = [
        s for s in lexicon().senses(word) if not s.definitions[0].startswith(_POINTS_ELSEWHERE)
    ]  # 煮: "variant of 煮" is listed before "to cook"
    return bool(senses) and any(d.startswith("to ") for d in senses[0].definitions[:2])


def _then_may(pieces: list[str]) -> list[str]:
    """The cut with 后方 "the rear" before 可 read as 后 "after" + 方可 "only then may" (洗净双手
    后方可离开, 经批准后方可入内): the rear is never followed by "may"."""
    out: list[str] = []
    i = 0
    while i < len(pieces):
        if pieces[i] == "后方" and pieces[i + 1 : i + 2] == ["可"]:
            out += ["后", "方可"]
            i += 2
        else:
            out.append(pieces[i])
            i += 1
    return out


#: What stands before 也好 when it is "that's fine" on its own (那也好, 这样也好).
_THAT_IS_FINE = frozenset({"这", "那", "这样", "那样", "这么", "那么", "就"})
#: Particles that may close a clause after 也好 or an exclamation (你也好吗, 好不热闹啊).
_CLOSING_PARTICLES = frozenset({"了", "吗", "吧", "呢", "啊", "呀", "嘛", "啦", "哇", "哪"})


def _also_good(pieces: list[str], sentence: str, tag: Callable[[str], str]) -> list[str]:
    """The cut with 也好 "that's fine; may as well" read as 也 "also" + 好 "good" where only a
    noun or pronoun stands before it in the clause and the clause ends after it (态度也好。
    你也好吗): the word stands in pairs (工资也好，同事也好; 去也好，不去也罢), after 那/这
    (那也好), at a clause's start (也好，我们走吧) or after a verb (睡一觉也好 "may as well
    sleep"). ``sentence`` holds these pieces; ``tag`` is jieba's part of speech."""
    if sentence.count("也好") + sentence.count("也罢") >= 2:
        return pieces
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if (
            piece == "也好"
            and i > 0
            and pieces[i - 1] not in _THAT_IS_FINE
            and pieces[i - 1][:1] not in "这那"  # 这么着也好, 那样子也好
            and (i + 1 == len(pieces) or pieces[i + 1] in _CLOSING_PARTICLES)
            and not any(_acts(p, tag) for p in pieces[:i])
        ):
            out += ["也", "好"]
        else:
            out.append(piece)
    return out


def _acts(word: str, tag: Callable[[str], str]) -> bool:
    """Whether jieba tags ``word`` a verb, or one of its characters where it has no tag of its
    own (睡一觉, 不喝); a verb used as a noun (服务 "service", vn) is none."""
    pos = tag(word) or next((tag(c) for c in word if tag(c).startswith("v")), "")
    if not pos:
        return _verb_first(word)  # 喝 "to drink", which jieba's table leaves untagged
    return pos.startswith("v") and pos != "vn"


#: Before 好不, what makes 好 "how could (one not)" (怎好不回去, 哪好不去).
_HOW_COULD = frozenset({"怎", "怎么", "哪", "哪里", "如何", "岂", "又", "也"})


def _how_very(pieces: list[str], before: str, tag: Callable[[str], str]) -> list[str]:
    """The cut with 好 + 不 + a two-character word ending an exclamation read as 好不 "how
    very ..." + that word (街上好不热闹, 好不快活啊): 好 "good" then 不 "not" would start a
    new clause, which takes a comma. Not after a verb or 得 (说得好不清楚 "not clearly"), nor
    where more follows (好不需要钱); 好不容易 is a word of its own."""
    out: list[str] = []
    i = 0
    while i < len(pieces):
        prev = out[-1] if out else before
        if (
            pieces[i] == "好"
            and pieces[i + 1 : i + 2] == ["不"]
            and i + 2 < len(pieces)
            and len(pieces[i + 2]) == 2
            and (i + 3 == len(pieces) or pieces[i + 3] in _CLOSING_PARTICLES | {"的"})
            and prev != "得"
            and prev not in _HOW_COULD
            and pieces[i + 2][-1] not in "来去"  # 怎好不回去: a direction, no exclamation
            and not (prev and _acts(prev, tag))
        ):
            out.append("好不")
            i += 2
            continue
        out.append(pieces[i])
        i += 1
    return out


#: Words of place after 在家 that keep the 家 (站在家门前: 在 + 家 + 门前, not 在家 "at
#: home" + 门前).
_DOOR_PLACES = frozenset({"门前", "门外", "门后", "门口", "门里", "门内", "门边", "门旁"})


def _at_home_door(pieces: list[str], cw: CutWords) -> list[str]:
    """The cut with 在家 + 门前/门外 read as 在 "at" + 家 "home" + 门前 (站在家门前, 他在家
    门外等我), or 在 + 家门口 where the dictionary holds the whole: "at home" takes no door
    after it."""
    out: list[str] = []
    i = 0
    while i < len(pieces):
        if pieces[i] == "在家" and pieces[i + 1 : i + 2] and pieces[i + 1] in _DOOR_PLACES:
            door = pieces[i + 1]
            out += ["在", "家" + door] if cw.learner("家" + door) else ["在", "家", door]
            i += 2
            continue
        out.append(pieces[i])
        i += 1
    return out


#: What may stand before 好在 "fortunately" at a clause's start (但好在, 不过好在).
_BEFORE_LUCKILY = frozenset({"但", "但是", "可", "可是", "不过", "还", "而", "只是", "幸而"})
#: After 好在, the question words that make it 好 "good" + 在 "lies in" (好在哪里).
_ASKS_WHERE = ("哪", "什么", "何")
#: A question of what is good about something, which a clause opening 好在 may answer.
_ASKED_WHATS_GOOD = re.compile("好在(?:哪|什么|何)")


#: After 好在, words of place that make it 好 "so as to" + 在 "at" (好在外头说, 好在家里等).
_PLACE_ENDS = frozenset("里上下外内头边中前后面")
_PLACE_WORDS = frozenset({"这", "那", "这儿", "那儿", "此", "家", "哪"})


def _luckily(pieces: list[str], clause_start: bool, before: str) -> list[str]:
    """The cut with 好 + 在 opening a clause read as 好在 "luckily" (好在大家及时调整了状态,
    但好在没人受伤) unless a question asks what is good (好在哪里) or was just asked, which
    the clause answers (这篇课文好在哪里？好在语言简单); after a subject it is "is good in"
    (这篇课文好在语言简单). ``clause_start``: nothing but punctuation stands before these
    pieces in their clause; ``before``: the text just before them (this line and the last)."""
    if _ASKED_WHATS_GOOD.search(before):
        return pieces
    for i in range(len(pieces) - 2):
        if (
            pieces[i] == "好"
            and pieces[i + 1] == "在"
            and ((i == 0 and clause_start) or (i == 1 and pieces[0] in _BEFORE_LUCKILY))
            and not pieces[i + 2].startswith(_ASKS_WHERE)
            # 好在外头: 好 "so as to" before where something is done
            and not (len(pieces[i + 2]) > 1 and pieces[i + 2][-1] in _PLACE_ENDS)
            and pieces[i + 2] not in _PLACE_WORDS
        ):
            return [*pieces[:i], "好在", *pieces[i + 2 :]]
    return pieces


#: What may stand before 有的 "some" at a clause's start (但有的人, 其中有的).
_BEFORE_SOME = frozenset({"但", "但是", "可", "可是", "不过", "而", "其中", "却"})


#: A clause opening 有的 "some", which makes any 有的 of its sentence "some" too (老人们有的在
#: 下棋，有的在打太极拳).
_SOME_CLAUSE = re.compile("[，,；;、]还?有的")


#: After 要不 opening a clause, what makes it "how about" (要不我们去看电影吧, 要不先休息).
_PROPOSED = frozenset({"先", "就", "还是", "再", "咱", "咱们", "干脆"})


def _how_about(pieces: list[str], clause_start: bool, tag: Callable[[str], str]) -> list[str]:
    """The cut with 要 + 不 opening a clause before a pronoun or 先/还是 read as 要不 "how
    about; otherwise" (要不我们去看电影吧, 快走，要不就晚了); 要不要 and 要不是 are words of
    their own, and 要不去 asks nothing of 要不."""
    if (
        clause_start
        and len(pieces) > 2
        and pieces[0] == "要"
        and pieces[1] == "不"
        and (pieces[2] in _PROPOSED or tag(pieces[2]) == "r")
    ):
        return ["要不", *pieces[2:]]
    return pieces


def _some_of(pieces: list[str], clause_start: bool, sentence: str) -> list[str]:
    """The cut with 有 + 的 opening a clause read as 有的 "some" (有的在跑步，有的在跳舞; 有的
    同事), and 还有 + 的 as 还 + 有的 (还有的人在睡觉); after a subject too where another
    clause of the sentence opens with 有的 (老人们有的在下棋，有的…). Only where something
    follows: 有的，有的 ("there is") and 我也有的 end there, 他有的书 has its subject first."""
    paired = _SOME_CLAUSE.search(sentence) is not None
    for i in range(len(pieces) - 2 if paired else min(2, len(pieces) - 2)):
        if (
            pieces[i + 1] == "的"
            and pieces[i] in ("有", "还有")
            and (
                (i == 0 and clause_start)
                or (i == 1 and pieces[0] in _BEFORE_SOME)
                or (paired and pieces[i] == "有")
            )
            and pieces[i + 2] not in _CLOSING_PARTICLES
            and pieces[i + 2][:1] != "是"
            and (paired or pieces[i + 2] != "没有")  # 有的没有？ "is there or not?"
        ):
            some = ["有的"] if pieces[i] == "有" else ["还", "有的"]
            return [*pieces[:i], *some, *pieces[i + 2 :]]
    return pieces


#: Among a run's first two pieces, what ``_luckily`` and ``_some_of`` read at a clause's start.
_CLAUSE_OPENERS = frozenset({"好", "有", "还有", "要"})


def _sentence_around(line: str, at: int, run: str) -> str:
    """The sentence of ``line`` that holds ``run`` (which starts at ``at``)."""
    before = re.split("[。！？!?；;]", line[:at])[-1]
    after = re.split("[。！？!?；;]", line[at + len(run) :])[0]
    return before + run + after


#: What follows a reduplicated measure word without making a word with it (一天天地, 一次次了).
_AFTER_REDUPLICATED = frozenset("地的得了着过")


def _after_then_come(
    pieces: list[str], cw: CutWords, tag: Callable[[str], str]
) -> list[str]:
    """The cut with a verb + 后来 "afterwards" + a one-character verb or 了 read as the verb +
    后 "after" + 来 "to come" (放学后来找我, 下班后来看我, 他放学后来了), or + 来到 where
    来 and the verb make a dictionary verb (毕业后来到北京): "afterwards" follows a subject
    or opens a clause (他后来去了北京, 后来，他走了), and an adverb after it keeps it
    (他先是反对后来又同意了)."""
    out = list(pieces)
    for i in range(len(out) - 2, 0, -1):
        event, after = out[i - 1], out[i + 1]
        if (
            out[i] == "后来"
            and len(event) > 1  # 听后来见说: a lone verb before 后来 "later" in old prose
            and (_verb_first(event) or (tag(event) or "").startswith("v"))
            and len(after) == 1
            and (after == "了" or _verb_first(after) or tag(after).startswith("v"))
            and not tag(after).startswith("d")
        ):
            come = "来" + after
            if after != "了" and cw.learner(come):
                out[i : i + 2] = ["后", come]
            else:
                out[i : i + 1] = ["后", "来"]
    return out


def _quite_a_few(pieces: list[str], before: str, cw: CutWords) -> list[str]:
    """The cut with 好 + 几 and a measure word (好 几天, 好 几次; 好几个 and 好几样, which only
    jieba holds) read as 好几 "quite a few" + the measure word, as 好几|本 comes out already:
    好 "good" before a count of a few says nothing. Not after 得 (说得好 几个人都笑了)."""
    out: list[str] = []
    for piece in pieces:
        prev = out[-1] if out else before
        if len(piece) == 3 and piece[:2] == "好几" and prev != "得" and not cw.learner(piece):
            out += ["好几", piece[2]]  # 好几个 人, 好几样 菜
        elif prev == "好" and len(piece) == 2 and piece[0] == "几" and (
            (out[-2] if len(out) > 1 else before) != "得"
        ):
            out[-1] = "好几"
            out.append(piece[1])
        else:
            out.append(piece)
    return out


def _one_reduplicated(word: str) -> bool:
    """Whether ``word`` is 一 and a measure word said twice (一天天, 一次次)."""
    return len(word) == 3 and word[0] == "一" and word[1] == word[2]


def _one_after_another(
    pieces: list[str], cw: CutWords, tag: Callable[[str], str]
) -> list[str]:
    """The cut with 一 + a reduplicated measure word (一天天 "day by day") and the lone
    character after it read as 一 + the measure word and the word its second copy makes with
    that character (这一天天气 -> 这 一天 天气, 上一年年底 -> 上 一年 年底), where the
    dictionary holds that word: the reduplicated form takes no noun after it, only a verb
    (一步步 行来, not 一步 步行 来)."""
    out = list(pieces)
    for i in range(len(out) - 1):
        word, lone = out[i], out[i + 1]
        if (
            _one_reduplicated(word)
            and len(lone) == 1
            and lone not in _AFTER_REDUPLICATED
            and cw.learner(word[2] + lone)
            and not _acts(lone, tag)  # 一步步 走来: the verb it goes before
            and out[i + 2 : i + 3] not in (["来"], ["去"])  # 一步步 行 来 (行 untagged)
        ):
            out[i : i + 2] = [word[:2], word[2] + lone]
    return out


def _token_kind(kind: Kind) -> TokenKind:
    return TokenKind(str(kind))


def _name_type(word: str, definitions: tuple[str, ...]) -> str | None:
    """The kind of name CC-CEDICT's definitions describe; None for a proper noun that is no
    name (美元 "US dollar", 京剧 "Beijing opera", 马克思主义 "Marxism")."""
    text = " ".join(definitions[:2])
    if _SURNAME_DEFINITION.match(text) or "(name)" in text:
        return "person"
    if definitions and _NAME_OF_PERSON.match(definitions[0]):
        return "person"  # 赵子龙 "courtesy name of Zhao Yun", 永乐 "Yongle Emperor, reign name of"
    dated = re.search(r"\(\d{3,4}-", text)
    if dated:
        # "Chen Xitong (1930-), mayor ...", not "Vietnam War (1955-1975)", "the Tang (618-907)
        # and Song (960-1279) dynasties"
        if _NOT_A_NAME.search(text[: dated.start()]) or re.search(r"\bdynast", text, re.I):
            return None
        head = text[: dated.start()]
        if re.search(r"\b(?:army|party|league)\b", head, re.I):
            return "organization"  # 红军 "Red Army (1928-1937), predecessor of the PLA"
        if re.search(r"\bschool\b|\bfounded by\b", head, re.I):
            return None  # 儒家 "Confucian school, founded by Confucius 孔子 (551-479 BC)"
        if re.search(r"\b(?:state|kingdom)\b", head, re.I):
            return "place"  # 魏国 "Wei State (407-225 BC)"
        return "person"
    if _NOT_A_NAME.search(text.split(",")[0]):
        return None
    if _MEMBER.search(text.split(",")[0]):
        return None  # 共产党员 "Communist Party member": a person of the body, no name
    if _ORG.search(text):
        return "organization"
    if _PLACE.search(text) or _PLACE.search(word):
        return "place"
    return None


#: A definition of money named after a country or a person (德国马克 "German mark", 韩元
#: "Won (Korean currency)", 袁头 "silver coin ... bearing the head of Yuan Shikai", 台资
#: "Taiwan capital or investments"); lower case, so not "Mark Zuckerberg" nor "Pai
#: Hsiao-yen".
_MONEY = re.compile(
    r"(?<![\w-])(?:mark|dollars?|yen|francs?|krone|kronor|pounds?|roubles?|rubles?|rupees?|"
    r"pesos?|lira|currency|coin|capital or investments?)\b"
)
#: A division of a country in a definition: a place, whatever jieba tags it (卫东区 "Weidong
#: district of ...", 京都府 "Kyōto prefecture"; not "State Oceanic Administration").
_DIVISION = re.compile(r"\b(?:district|county|prefecture|province)\b", re.I)
#: A definition ending in a member of a body ("Communist Party member").
_MEMBER = re.compile(r"\bmembers?\s*$")
#: Lower-case definitions that still say a name ("place name", "(common place name)",
#: "nickname for a panda").
_SAYS_NAME = re.compile(r"name\b")


def _no_name_sense(definitions: tuple[str, ...]) -> bool:
    """Whether a capitalised reading's definitions say no name: a verb ("to sinicize"), or
    lower-case words only ("cougar", "mountain lion"; not "Taiwan capital", nor a pointer
    to another word: "see 欧亚 (ōu yà)", "abbr. for 中国银行", nor "place name")."""
    text = " ".join(definitions)
    return definitions[0].startswith("to ") or not (
        any(ch.isupper() or _HAN.match(ch) for ch in text) or _SAYS_NAME.search(text)
    )


#: A definition as one of a person's names, opening it or after the person ("courtesy name
#: for Confucius", "Yongle Emperor, reign name of third Ming emperor Zhu Di (1360-1424)",
#: "original name of Mozi"); not "reign name (196-219)" (an era) nor "old name for Nanjing".
_NAME_OF_PERSON = re.compile(
    r"^(?:[^,]*, )?(?:courtesy|literary|stage|pen|style|posthumous|temple|reign|original|"
    r"personal|given|Buddhist|Daoist|Taoist|art|studio|dharma) name (?:of|for)\b"
)
#: A definition of one name as another's (an old or other name for a place or a person).
_NAME_FOR = re.compile(r"\b(?:name|term) for\b")
#: A word in Han characters inside a definition (a pointer to another entry).
_HAN_WORD = re.compile(r"[\u4e00-\u9fff]{2,}")
#: A definition as a family name: "surname Wordsworth", "two-character surname Ouyang".
_SURNAME_DEFINITION = re.compile(r"(?:(?:two|three)-character |compound )?surname\b")
#: A definition of a work: a novel, a play, a poem ... by its author ("Ming dynasty novel by
#: Wu Cheng'en", "The Peony Pavilion (1598), play by Tang Xianzu"), or a title such as
#: "Romance of the Three Kingdoms", "Tale of the White Snake".
_WORK = re.compile(
    r"\b(?:novel|play|opera|poem|drama|story|stories|tale|book|essay|film|song|ballad)s? "
    r"(?:\w+ )?by [A-Z]"
    r"|^(?:The |A )?(?:Romance|Tale|Story|Legend|Ballad|Dream|Journey|Records?) of\b"
)
#: A person's dates at the head of a definition ("Cao Xueqin (1715-1763), author of ..."),
#: or a person of a work or its maker ("Kong Yiji, protagonist of short story by Lu Xun").
_WORK_PERSON = re.compile(
    r"^[^,(]*\(\S*\d{3,4}-|\b(?:protagonist|character|hero|heroine|author|writer|poet)\b"
)


def _names_a_work(definition: str) -> bool:
    """Whether a proper noun's definition names a work (a title, no person or place),
    rather than a person known for one or in one."""
    return _WORK.search(definition) is not None and not _WORK_PERSON.search(definition)


#: A definition naming spans of history: an age, no person (春秋战国 "... periods"; a
#: person's "Tang dynasty poet" is none).
_TIMES = re.compile(r"^the [^;]*\bperiods?$")


def _dated_person(definitions: tuple[str, ...]) -> bool:
    """Whether a proper noun's first definition describes a person with dates ("Ba Jin
    (1904-2005), novelist"), not a dynasty, a state or an event ("Tang dynasty (618-907)",
    "Southern Liang of the Sixteen Kingdoms (397-414)")."""
    first = definitions[0]
    dated = re.search(r"\(\d{3,4}-", first)
    return (
        dated is not None
        and _name_type("", (first,)) == "person"
        and not _PLACE.search(first[: dated.start()])
    )


#: Institutions named in plain English words (宣传部 "Propaganda Department"): a word
#: jieba tags as a person whose definition is such a title is a word, no name.
_INSTITUTION_TITLE = re.compile(r"\b(?:Department|Chamber|Parliament|Assembly)\b")
#: An institution said of a name after it (杜马 "Duma, lower chamber of Russian
#: parliament"): an organisation's name. Not "department" (阿尔萨斯 "Alsace, French
#: department" is a region).
_INSTITUTION_SAID = re.compile(r"\b(?:chamber|parliament|assembly|legislature)\b", re.I)
#: Roles that make such a definition a person's ("author of Romance of the West Chamber").
_PERSON_ROLE = re.compile(
    r"\b(?:author|member|head|president|director|founder|chairman|speaker|minister|writer)\b"
)


def _institution(definition: str) -> str | None:
    """For a word jieba or a name list holds as a person: "organization" where its
    definition says an institution after the name ("Duma, lower chamber of Russian
    parliament"), "" where the definition is an institution's title in plain words
    ("Propaganda Department": a word, no name), None otherwise."""
    text = definition.split(" (")[0]
    if _PERSON_ROLE.search(text):
        return None
    head, _, said = text.partition(",")
    if _INSTITUTION_TITLE.search(head):
        return ""
    return "organization" if _INSTITUTION_SAID.search(said) else None


#: What shows a word of the place lists used as a place in a text: an administrative unit
#: after it (沿河县, 荷塘区 is left out: 大山区 is "a big mountain area"), "the area around"
#: (斗山一带), a sight named after it (西溪湿地, 香山公园). 市场, 省长 and the like are other
#: words.
_PLACE_SHOWN = (
    "(?:[县镇乡]|市(?![场民长委])|省(?![长委内会])|村(?![民里庄子])|一带|境内|湿地|公园|景区)"
)


#: Common nouns of the landscape, of buildings and of government that the place lists hold
#: after a common modifier (大桥 "big bridge", 荷塘 "lotus pond", 省政府 "provincial
#: government"). Written for zh-learn.
_COMMON_HEADS = frozenset(
    "山 河 江 海 湖 塘 池 潭 桥 塔 门 站 楼 沟 坡 岭 峰 林 园 溪 泉 洞 坝 政府 大门 门口".split()
)
#: Last characters that make a word a place by its name (桃花村, 巢县, 韶山路).
_NAMED_UNITS = frozenset("省市县区镇乡村州郡庄屯寨路街")


#: What shows a name spelled like a foreign person's used as a place in a text (驻科威特,
#: 抵拉塔基亚, 城市哈斯科沃; 南斯拉夫境内, 阿拉伯国家, 克什米尔争端, 科连特斯、雷西斯滕西亚等
#: 大、中城市). Not 政府, 总统 or 军队 after it: 克林顿政府 is "the Clinton administration".
#: Written for zh-learn.
_FOREIGN_PLACE_BEFORE = re.compile("(?:驻|(?<!大)抵|抵达|飞抵|前往|城市|首都|港口|小镇)$")
_FOREIGN_PLACE_AFTER = re.compile(
    "境内|全境|一带|地区|首都|全国|各地|国内|人民|国家(?!安全)|争端|小镇|城区|市区|"
    "[东南西北中]部|东[南北]部|西[南北]部|[县镇乡]|市(?![场民长委])|省(?![长委会])|"
    r"村(?![民里庄子])|(?:、\w{2,8}){0,3}等(?:\w{0,4}[、，])?\w{0,3}城市"
)
#: How far before a name ``_FOREIGN_PLACE_BEFORE`` looks: its longest cue and one more.
_CUE_REACH = 3


def _shown_as_foreign_place(word: str, text: str) -> bool:
    """Whether ``text`` shows a name spelled like a person's as a place (see
    ``_FOREIGN_PLACE_BEFORE``): it looks at each occurrence only, a novel being long."""
    start = text.find(word)
    while start >= 0:
        end = start + len(word)
        if _FOREIGN_PLACE_AFTER.match(text, end) or _FOREIGN_PLACE_BEFORE.search(
            text, max(0, start - _CUE_REACH), start
        ):
            return True
        start = text.find(word, end)
    return False


#: Features of the land a name may be the first part of (科林斯湾 "the Gulf of Corinth").
_FEATURES_AFTER = frozenset("湾岛港河湖山")
#: A full foreign name written with a middle dot: the given name's letters, the dot.
_GIVEN_THEN_DOT = re.compile(r"[\u4e00-\u9fff]{1,4}[·•‧・]$")


def _family_name_in(word: str, text: str) -> bool:
    """Whether ``text`` names a person whose family name is ``word`` (a foreign name a
    dictionary knows as a place: 迈克尔·科林斯, then 科林斯 alone), with no sign of the
    place (驻科林斯, 科林斯境内: ``_shown_as_foreign_place``)."""
    if not spelled_foreign(word):
        return False
    start = text.find(word)
    named = False
    while start >= 0:
        end = start + len(word)
        if (
            _GIVEN_THEN_DOT.search(text, max(0, start - 5), start)
            and not _FOREIGN_PLACE_AFTER.match(text, end)
            and text[end : end + 1] not in _FEATURES_AFTER
        ):
            named = True  # the full name ends here: no 科林斯湾, 科林斯市
            break
        start = text.find(word, end)
    return named and not _shown_as_foreign_place(word, text)


def _shown_as_place(word: str, text: str) -> bool:
    """Whether ``text`` shows ``word`` as a place (沿河县, 斗山一带)."""
    return re.search(re.escape(word) + _PLACE_SHOWN, text) is not None


#: jieba's count of a character alone above which it is a word in running text (荷 1,694,
#: 沿 3,356), not only an abbreviation or a rare name's letter (豫 907, 峨 382, 邕 47).
_COMMON_MODIFIER = 1000


def _common_entry(raw: str | None) -> bool:
    """Whether a CC-CEDICT entry (its rows, one a line) has a common, lower-case reading."""
    rows = [line for line in (raw or "").split("\n") if "\t" in line]
    return any(line.split("\t", 2)[1][:1].islower() for line in rows)


#: A definition of two names side by side, as a two-character word abbreviates them ("India
#: and Pakistan", "China and the West", "Hong Kong and Taiwan").
_PAIR_OF_NAMES = re.compile(r"^(?:the )?[A-Z][A-Za-z']+(?: [A-Z][a-z]+)? and (?:the )?[A-Z]")


def _pair_of_names(definition: str) -> bool:
    """Whether a definition names two places or people side by side, as a two-character word
    abbreviates them (印巴 "India and Pakistan"), and not one place ("Xiangxi Tujia and Miao
    Autonomous Prefecture")."""
    return bool(_PAIR_OF_NAMES.match(definition)) and not _PLACE.search(definition)


#: Words that open a definition before what it defines ("the Japanese side", "one cent").
_ARTICLES = frozenset("the a an one".split())


def _common_thing(definition: str) -> bool:
    """Whether a proper noun's definition defines a common thing named after a place: its
    head (before any comma or bracket) is an article, at most one capitalised word and
    lower-case nouns that say no kind of name ("the Japanese side or party", "one cent
    (United States coin)"; not "the Great Wall", "the sick man of Asia", "the Suez canal")."""
    head = re.split(r" \(|,|;", definition)[0].split()
    if len(head) < 2 or head[0] not in _ARTICLES:
        return False
    rest = head[2:] if head[1][:1].isupper() else head[1:]
    return bool(rest) and all(
        w.isalpha() and w.islower() and not _PLACE.search(w) for w in rest
    ) and not _NOT_A_NAME.search(" ".join(rest))


#: Lower-case words a name spelled out in English may hold ("Fuxi or Fu Hsi").
_NAME_PARTICLES = frozenset("or of and the de da van von bin al la le du".split())


#: A particle that ends no name in running text (美的); 得 and 地 do (彼得 "Peter").
_PARTICLES = frozenset("的")
#: What a definition says of a word jieba tags as a person that makes it none: a brand, a
#: loanword, a format, dynasties, a folktale (纳粹 "Nazi (loanword)", 蓝光 "Blu-ray (disc
#: format)", 秦汉 "the Qin ... and Han ... dynasties", 梁祝 "The Butterfly Lovers, Chinese
#: folktale").
_NO_PERSON_NOTE = re.compile(
    r"\((?:brand|loanword|[^)]*format)\)|\bdynast|\bfolktale\b|\bzodiac\b|\bstar sign\b"
    r"|\bconstellation\b|\bDay\b|\bFestival\b"  # 母亲节 "Mother's Day": a holiday
)


def _spelled_name(definition: str) -> bool:
    """Whether a definition is only a name in capitals before any comma or bracket:
    "Saddam", "Prince Ananda, cousin of the Buddha", not "US dollar bill"."""
    head = re.sub(r"^\([^)]*\)\s*", "", definition).split("(")[0].split(",")[0].split()
    return bool(head) and all(w[:1].isupper() or w in _NAME_PARTICLES for w in head)


#: Grammar words that are also common surnames (于 "at", Yu; 向 "towards", Xiang): after a
#: title, one opens a name of three single characters that the statistics alone make one
#: (署长 于 友 先 "Director Yu Youxian"; not 记者 于 今 晨 "the reporter, this morning").
_GRAMMAR_SURNAMES = frozenset("于向")


def _grammar_surname(pieces: list[str], cw: CutWords) -> bool:
    """Whether ``pieces`` are such a surname and two single characters of a clear given
    name."""
    return (
        len(pieces) == 3
        and pieces[0] in _GRAMMAR_SURNAMES
        and all(len(p) == 1 for p in pieces)
        and person_score(pieces[0], pieces[1] + pieces[2], cw) >= PERSON_THRESHOLD[2] - 1
    )


def _merge_names(
    words: list[str], surnames: frozenset[str], known: CutWords, names: dict[str, str]
) -> list[str]:
    """Join the names a title introduces (领导 付 自成 、 宋庆林 -> 付自成): after a title,
    and after each name of its list, a run of two or three characters that starts with a
    surname and ends at a separator or before a longer word is a person's name. Each name
    found is added to ``names``."""
    out: list[str] = []
    listing = named = False  # named: a name of the title's list was found
    title = ""
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        if listing and word[:1] in surnames:
            j, size = i, 0
            while j < n and size + len(words[j]) <= 3 and _HAN_ONLY.match(words[j]):
                size += len(words[j])
                j += 1
            after = words[j] if j < n else ""
            ends = not _HAN_ONLY.match(after) or len(after) >= 2
            # cut apart, a name starts with its lone surname (付 + 自成); whole, the dictionary
            # must not know it, nor its first two characters, as a word (干部要 is 干部 + 要)
            if j - i > 1:
                plausible = len(word) == 1
            else:
                plausible = not known.freq(word) and not known.freq(word[:2])
            name = "".join(words[i:j])
            # a function word or a verb of saying is no part of a name (记者 也 都, 和 夫人,
            # 时 表示), and the statistics must not speak against one; in a list of names,
            # a run between separators is a name all the same (徐起超 、 沈求我 ，)
            listed = named and after in _LIST_SEPARATORS
            if plausible and (
                (name[0] in FUNCTION_CHARS and not _grammar_surname(words[i:j], known))
                or (
                    not listed
                    and (
                        any(w in GRAMMAR_CHARS or w in _AFTER_NAME for w in words[i + 1 : j])
                        or person_score(name[0], name[1:], known, title) < 0
                    )
                )
            ):
                plausible = False
            if 2 <= size <= 3 and ends and plausible:
                names[name] = "person"
                out.append(name)
                named = True
                i = j
                continue
        if word in TITLES:
            title, named = word, False
        listing = word in TITLES or (listing and bool(_NAME_LIST_GAP.match(word)))
        out.append(word)
        i += 1
    return out


#: Five digits or more: a telephone, account or code number (一三九一一二三四五六七).
_LONG_DIGITS = "[〇零一二三四五六七八九]{5,}"
#: A number written digit by digit: a year (一九三〇年, 公元前二二一年), any run of digits
#: with 〇 in it (拨打一一〇, 一二〇急救), which is never a word of its own, or a long one.
_YEAR = re.compile(
    "[〇零一二三四五六七八九]{3,4}(?=年)|[〇一二三四五六七八九]*〇[〇一二三四五六七八九]*"
    f"|{_LONG_DIGITS}"
)
#: Whether a line without 年 or 〇 may hold a number written digit by digit (a phone number).
_DIGIT_RUN = re.compile(_LONG_DIGITS)


#: A fraction (六分之三, 三分之二): one number. 百分之 "percent" is a word of its own (百分之 二十).
_FRACTION = re.compile(
    "(?!百分之)[一二两三四五六七八九十百千]+分之[零〇一二两三四五六七八九十百千万]+"
)


def _join_spelled(words: list[str], line: str, pattern: re.Pattern[str] = _YEAR) -> list[str]:
    """The words of ``line`` with each year or number written digit by digit one word (一 九
    三 〇 年 -> 一九三〇 年, 一一 〇 -> 一一〇, 一 三 九 一 一二 三 -> 一三九一一二三): the cut
    reads its digits as numbers, words (九三, 一一 "one by one") or, for 〇, a symbol. With
    another ``pattern``, each of its matches the words cover exactly (a fraction)."""
    starts: dict[int, int] = {}
    at = 0
    for i, w in enumerate(words):
        starts[at] = i
        at += len(w)
    starts[at] = len(words)
    out, done = list(words), 0
    for m in pattern.finditer(line):
        if len(m.group()) < 2:
            continue  # 〇 alone: a circle
        first, after = starts.get(m.start()), starts.get(m.end())
        if first is not None and after is not None and after - first > 1:
            i, j = first - done, after - done
            if "".join(out[i:j]) != m.group():
                continue  # the words do not cover the line as written (spaces dropped)
            out[i:j] = [m.group()]
            done += j - i - 1
    return out


def _merge_numbers(words: list[str]) -> list[str]:
    """Join a number with its unit or date part: 8 月 5 日 -> 8月 5日, 第 一 -> 第一."""
    out: list[str] = []
    for w in words:
        if out and w and w[0] in _UNITS and len(w) == 1 and _NUMERIC.match(out[-1]):
            out[-1] += w
        elif out and out[-1] == "第" and _NUMERIC.match(w):
            out[-1] += w
        else:
            out.append(w)
    return out


@dataclass(frozen=True, slots=True)
class Prepared:
    """A text ready for cutting: simplified, with its sentences."""

    text: str  # simplified
    sentences: list[Sentence]
    script: str
    original: str | None  # the traditional input, same offsets


def prepare(text: str) -> Prepared:
    """The text in simplified characters for the dictionaries. Stray traditional characters
    in simplified text (我们在国內学習) are simplified too; the text as written is kept
    whenever anything changed, with the same offsets."""
    lex = lexicon()
    script = "traditional" if is_traditional(text, lex) else "simplified"
    if script == "traditional":
        from zh_learn.analysis.traditional import simplified

        # OpenCC's phrases settle the characters with two simplified forms (乾淨, 站著),
        # which the one-to-one table leaves alone; that table then takes what is left
        simple = lex.to_simplified(simplified(text))
    else:
        simple = lex.to_simplified(text)
    return Prepared(simple, split_sentences(simple), script, text if simple != text else None)


def _name_checks(lines: list[list[str]], cw: CutWords) -> set[str]:
    """The strings the name rules (``join_names``) will look up in the cut's dictionary in
    these lines, or most of them: a surname and the one or two characters after it (and
    from the character after it), a two-character word starting with a surname and the
    character after it. Only a guess to read them in a few queries, never a verdict."""
    surnames = cw.surnames
    starts = surnames | cw.surname_score.keys()
    out: set[str] = set()
    for words in lines:
        n = len(words)
        distinct = set(words)
        opening = (distinct & starts) | {w for w in distinct if len(w) == 2 and w[0] in surnames}
        for i in compress(range(n - 1), map(opening.__contains__, words[:-1])):
            given = words[i + 1]
            if given in FUNCTION_CHARS:
                continue
            # asked first, whether or not ``given`` is a common word (张 爷爷)
            if len(words[i]) + len(given) <= 3:
                out.add(words[i] + given)
            if len(words[i]) == len(given) == 1 and i + 2 < n:
                third = words[i + 2]
                if len(third) == 1 and third not in FUNCTION_CHARS:
                    out.add(words[i] + given + third)
    return out


def _given_back(cuts: list[list[list[str]]], unlearned: set[str]) -> set[str]:
    """The learner words ``_unstolen`` will look up in these cuts (each line's runs' pieces),
    or most of them: a lone character and the first character of a word no learner dictionary
    holds after it, the last character of such a word and a lone character after it. Only a
    guess to read them in a few queries (~5k single lookups in a novel), never a verdict."""
    out: set[str] = set()
    for runs in cuts:
        for pieces in runs:
            if unlearned.isdisjoint(pieces):
                continue  # most runs, tested in C
            for left, right in pairwise(pieces):
                if len(left) == 1 and len(right) == 2 and right in unlearned:
                    out.add(left + right[0])
                elif len(left) == 3 and len(right) == 1 and left in unlearned:
                    out.add(left[2] + right)
    return out


class _Cutter:
    """Cuts a prepared text line by line into words, classifying each distinct word once."""

    def __init__(self, prepared: Prepared) -> None:
        self.prepared = prepared
        self.classifier = _Classifier(lexicon())
        self.classifier.glue = GlueCheck(prepared.text, self.classifier.cw.learner)
        # 小李 before 小李说 is already one name
        familiar = familiar_names(prepared.text, self.classifier.cw)
        self.classifier.names.update(familiar)
        self.classifier.name_starts.update(name[0] for name in familiar)
        cw = self.classifier.cw
        #: jieba-rs's cuts are looked up a line at a time; ``_route`` read them all beforehand
        self.prefetch_pieces = len(prepared.text) >= RJIEBA_MIN_CHARS
        #: the cuts of many runs at once (``_cut_runs``), where jieba-rs cuts
        self.cutter: Any = None
        if self.prefetch_pieces:
            tk = self.cutter = cutter()
            self.cut: Callable[[str], list[str]] = lambda run: tk.cut(run, False)
        else:
            prefetch_cut(prepared.text, cw)
            log_total = math.log(cw.total)
            self.cut = lambda run: _route(run, cw, log_total)
        sentences = prepared.sentences
        self.ends = [sentence.start + len(sentence.text) for sentence in sentences]
        #: characters of lines the name tagger has read
        self.tagged = 0
        #: pieces of the cut that ``split`` leaves whole (most of them)
        self.whole: set[str] = set()
        #: words ``may_name`` found no head in (``_may_name``)
        self.headless: set[str] = set()
        #: pieces of the cut no learner dictionary holds, met so far (``_given_back``)
        self.unlearned: set[str] = set()
        #: the last line cut that holds more than spaces (a question the next line answers)
        self.last_line = ""

    def _cut_runs(self, runs: list[list[str]]) -> list[list[list[str]]]:
        """jieba-rs's cuts of each run of each line, in one call: the runs joined by newlines,
        which jieba-rs never joins to a word, cut as it cuts each run alone (a call per run
        cost more than the cut of a novel)."""
        tokens = self.cutter.cut("\n".join(run for line in runs for run in line), False)
        # Split at the newlines by joining and splitting strings (in C): the tokens are Han
        # words and the newlines between the (never empty) runs, so NUL marks no token.
        pieces = [run.split("\0") for run in "\0".join(tokens).split("\0\n\0")]
        out, at = [], 0
        for line in runs:
            out.append(pieces[at : at + len(line)])
            at += len(line)
        return out

    def _line_words(
        self, line: str, parts: list[str], runs: list[list[str]]
    ) -> tuple[list[str], set[int]]:
        """A line's words before names are joined: the cut's pieces split into learner
        words, the rest by ``_NON_HAN_TOKEN``, numbers merged; and the ``glued`` offsets."""
        classifier = self.classifier
        splits, split, cut = classifier.splits, classifier.split, self.cut
        whole = self.whole
        words: list[str] = []
        # offsets inside a word the cut found but no learner dictionary holds (先|是 of
        # 先是): a name found by the rules neither starts nor ends there (陈飞 先是, not
        # 陈飞先 是)
        glued: set[int] = set()
        at = 0  # offset of ``run`` in the line
        for i, run in enumerate(parts):
            if i % 2:
                pieces = runs[i // 2]
                x = at
                if run[0] in _UNITS and words and _NUMERIC.match(words[-1]):
                    # a unit belongs to the number before it (6年|间, not 6|年间)
                    units = min(len(run) - len(run.lstrip(_UNITS)), 2)
                    opens_word = len(pieces) > 1 and len(pieces[0]) == 1 and len(pieces[1]) >= 3
                    if units == 2 and opens_word:
                        units = 1  # 1.8 个 百分点: the second opens a word (百分点), no unit
                    words.extend(run[:units])
                    pieces = cut(run[units:]) if len(run) > units else []
                    x += units
                forced: list[str] = []
                rest = run[x - at :]  # what the pieces cover (not a unit given to a number)
                if "点" in rest and _FORCED_NUMBERS.search(rest) is not None:
                    pieces, forced = _numbers_cut(rest, cut)
                if "第" in pieces:
                    pieces = _ordinals(pieces, cut)
                if len(pieces) > 1 and max(map(len, pieces)) >= 3:
                    pieces = rebalance(
                        pieces, classifier.cw, classifier.lex.idioms, classifier.balanced
                    )
                # the run's characters first (in C): the pieces hold no others
                if not _TIME_AFTER.isdisjoint(run) and any(
                    len(p) == 2 and p[1] in _TIME_AFTER for p in pieces
                ):
                    pieces = _verb_object_then_time(pieces, classifier.cw)
                if "他用" in pieces:
                    pieces = _he_uses(pieces, words[-1] if words else "")
                if "人们" in pieces:
                    pieces = _people_plural(pieces, classifier.cw)
                if "上乘" in pieces:
                    pieces = _time_then_ride(pieces, classifier.cw)
                if "还给" in pieces:
                    said = re.split("[。！？!?；;]", line[:at])[-1]
                    pieces = _also_does_for(_also_gives(pieces, said), said)
                if "花被" in pieces:
                    pieces = _flowers_taken(pieces)
                if "学" in run and any(len(p) >= 3 and p.endswith("学") for p in pieces):
                    pieces = _studied_there(pieces, classifier.cw)
                if "日至" in pieces:
                    pieces = _day_to(pieces, words[-1] if words else "")
                if not _MONEY_UNITS.isdisjoint(run) and any(
                    len(p) == 2 and p[1] in _MONEY_UNITS for p in pieces
                ):
                    pieces = _money_apart(pieces)
                if "一点" in pieces:
                    pieces = _decimal_one(pieces)
                if not _APART.keys().isdisjoint(pieces) or "上限" in pieces:
                    pieces = _read_apart(pieces, words[-1] if words else "")
                if "就是" in run and "一" in run:
                    pieces = _once_for(pieces)
                if not _BOUND_TO.isdisjoint(pieces):
                    pieces = _reaches_to(pieces, line[:at])
                if "只得" in pieces:
                    pieces = _only_got(pieces)
                if not _HOW_SPLIT.isdisjoint(pieces):
                    pieces = _how_much(pieces, words[-1] if words else "")
                if "才能" in pieces:
                    pieces = _only_then_can(pieces)
                if "后方" in pieces:
                    pieces = _then_may(pieces)
                if "其所" in pieces:
                    pieces = _its_what(pieces, classifier.cw)
                if "天下" in pieces:
                    pieces = _day_then_verb(pieces, classifier.cw)
                if "的话" in pieces:
                    pieces = _words_said(pieces, line[:at], line[at + len(run) : at + len(run) + 1])
                if "也好" in pieces:
                    pieces = _also_good(pieces, _sentence_around(line, at, run), self.pos_tag)
                if "不" in pieces and "好" in pieces:
                    pieces = _how_very(pieces, words[-1] if words else "", self.pos_tag)
                if DOUBLED_PAIR.search(run) is not None:
                    pieces = _doubled_pairs(pieces, classifier.lex, whole)
                if "一" in run and any(map(_one_reduplicated, pieces)):
                    pieces = _one_after_another(pieces, classifier.cw, self.pos_tag)
                if "在家" in pieces:
                    pieces = _at_home_door(pieces, classifier.cw)
                if "好几" in run:
                    pieces = _quite_a_few(pieces, words[-1] if words else "", classifier.cw)
                if "后来" in pieces[1:-1]:
                    pieces = _after_then_come(pieces, classifier.cw, self.pos_tag)
                if not _CLAUSE_OPENERS.isdisjoint(pieces[:2]) or (
                    "有" in pieces and "的" in pieces and "有的" in line
                ):
                    # a Han run opens a clause after punctuation, a space or the line's start
                    clause_start = not words or not words[-1][-1:].isalnum()
                    if "好" in pieces[:2]:
                        pieces = _luckily(pieces, clause_start, self.last_line + line[:at])
                    if "要" in pieces[:1]:
                        pieces = _how_about(pieces, clause_start, self.pos_tag)
                    if "的" in pieces:
                        pieces = _some_of(pieces, clause_start, _sentence_around(line, at, run))
                if "得" in run:
                    pieces = _verb_copied(pieces, classifier.cw)
                if not _OPERATORS.isdisjoint(run):
                    pieces = _arithmetic(pieces)
                if "把" in run and not _OBJECT_NOUNS.isdisjoint(pieces):
                    pieces = _object_marked(pieces, words[-1:], self.pos_tag)
                known = whole.issuperset(pieces)
                if len(pieces) > 1 and not known:
                    pieces = _phrases_kept(pieces, classifier.cw, cut, self.prefetch_pieces)
                    pieces = _unstolen(pieces, classifier)
                    known = whole.issuperset(pieces)

                if known:
                    words += pieces  # most runs: no piece is split
                else:
                    for w in pieces:
                        if w in whole:  # split before and left whole: nothing to look up
                            words.append(w)
                            x += len(w)
                            continue
                        if forced and w in forced:
                            got = [w]  # a decimal number is no word to split (百分之零点二)
                            if splits.get(w) == got:
                                whole.add(w)
                        else:
                            got = splits.get(w) or split(w)
                            if len(got) == 1 and got[0] == w:
                                whole.add(w)  # left whole: never looked up again
                        if len(got) > 1:
                            glued.update(accumulate(map(len, got[:-1]), initial=x))
                            glued.discard(x)
                        words.extend(got)
                        x += len(w)
            elif run:
                tokens = _NON_HAN_TOKEN.findall(run)
                if i + 1 < len(parts) and parts[i + 1][:1] in "万亿":
                    # letters run into a number of ten thousands (COD10万吨): the
                    # digits are the number's, not the name's
                    m = _LETTERS_DIGITS.match(tokens[-1])
                    if m is not None:
                        tokens[-1:] = m.groups()
                words.extend(tokens)
            at += len(run)
        if (
            _NUMERAL_RUN.search(line)
            or _NUMBER_UNIT.search(line)
            or "第" in line
            or "分钟" in line  # 十分钟: ten minutes, not 十分 "very" and a clock
            or "几" in line  # 二十 几个: twenty-odd
            or ("多" in line and _NUMBER_MORE.search(line) is not None)  # 十 多年
        ):
            words = _join_numerals(words, classifier.cw.learner)
        if (("年" in line or "〇" in line) and _YEAR.search(line)) or _DIGIT_RUN.search(line):
            words = _join_spelled(words, line)
        if "分之" in line:
            words = _join_spelled(words, line, _FRACTION)
        if _HAS_DIGIT.search(line):
            words = _merge_numbers(words)
        if "周" in line:
            words = _weekdays(words)
        if line.strip():
            self.last_line = line
        return words, glued

    def block_words(self, lines: list[str]) -> list[list[str]]:
        """The words of some lines: Han runs cut by jieba's route (no guessing of unknown
        words: its guesses are where fragments such as 说鸣 come from), the rest by
        ``_NON_HAN_TOKEN``; jieba-only words split into learner words, then names joined.
        The dictionary rows the lines need are read in one query per table."""
        classifier = self.classifier
        splits, cut = classifier.splits, self.cut
        parted = [_HAN_OR_NOT.split(line) for line in lines]
        if self.cutter is not None:
            cuts = self._cut_runs([parts[1::2] for parts in parted])
        else:
            cuts = [[cut(run) for run in parts[1::2]] for parts in parted]
            # ``place_phrase`` reads the entry of most two-character pieces: in one query, not
            # one each (an article's ~350)
            classifier.lex.prefetch_entries(
                {w for w in chain.from_iterable(chain.from_iterable(cuts)) if len(w) == 2}
            )
        if self.prefetch_pieces:
            cw = classifier.cw
            seen = set(chain.from_iterable(chain.from_iterable(cuts))).difference(splits)
            # ``place_phrase`` reads the entry of each two-character piece and the flags of
            # its first character (a novel's ~17k single lookups otherwise)
            pairs = [w for w in seen if len(w) == 2]
            cw.prefetch(seen.union([w[0] for w in pairs]))
            classifier.lex.prefetch_entries(pairs)
            # What ``split`` reads of the pieces no learner dictionary holds: their jieba
            # tags and every word inside them, in a few queries instead of one per word.
            unknown = [w for w in seen if len(w) > 1 and not cw.learner(w)]
            classifier.lex.prefetch_tags(unknown)
            cw.prefetch(
                {w[i:j] for w in unknown for i in range(len(w)) for j in range(i + 1, len(w) + 1)}
            )
            self.unlearned.update(unknown)
            cw.prefetch(_given_back(cuts, self.unlearned))
        firsts = [
            self._line_words(line, parts, runs)
            for line, parts, runs in zip(lines, parted, cuts, strict=True)
        ]
        if self.prefetch_pieces:
            # what the name rules will ask of the dictionary, in a few queries, not ~14k
            classifier.cw.prefetch(
                _name_checks([words for words, _ in firsts], classifier.cw)
            )
        out = []
        for line, (words, glued) in zip(lines, firsts, strict=True):
            if TITLES.intersection(words):
                words = _merge_names(
                    words, classifier.lex.surnames, classifier.cw, classifier.names
                )
                classifier.name_starts.update(name[0] for name in classifier.names)
            words, found = join_names(
                words, classifier.cw, classifier.is_common, classifier.names,
                classifier.name_starts, glued, classifier.repeated,
            )
            if found:
                words, found = unglue(
                    words, found, classifier.glue, classifier.is_common, classifier.names
                )
                classifier.add_names(found)
                words = rejoin_found(words, found)
            model = name_model.tagger() if self.tagged < NAME_TAGGER_CHARS else None
            if model is not None:
                self.tagged += len(line)
                words, found = name_model.tag_names(
                    words, model, classifier.cw, classifier.is_common, classifier.names,
                    classifier.recut, glued,
                )
                if found:
                    words, found = unglue(
                        words, found, classifier.glue, classifier.is_common, classifier.names
                    )
                    classifier.add_names(found)
                    words = rejoin_found(words, found)
            if any(map(spelled_part, classifier.names.keys() & words)):
                # 亚斯特 任布斯 基: parts of one foreign name, found apart
                words, found = join_foreign_parts(words, classifier.names)
                classifier.names.update(found)
            if not REGION_PARTS.isdisjoint(words) or "等" in words:
                for name, kind in regions_named(words, classifier.names).items():
                    classifier.names[name] = kind  # 黄淮 北部: a place, not jieba's person
                    classifier.cache.pop(name, None)
            if ("张" in line or "支" in line or "条" in line) and _COUNTERS_IN.search(line):
                words = split_counted(words, classifier.cw, classifier.repeated)
            if "村" in line or "镇" in line or "乡" in line or "屯" in line or "寨" in line:
                words, found = join_villages(words, self._is_place, classifier.cw)
                classifier.names.update(found)
                for name in found:
                    classifier.cache.pop(name, None)
            if not PLACE_ENDINGS.isdisjoint(words):
                words, found = join_place_endings(
                    words, classifier.names, classifier.lex.entries.__contains__
                )
                classifier.names.update(found)
            words = self._join_orgs_and_titles(words)
            if "某" in words or "某某" in words:
                words = _anonymised(words, classifier.cw.surnames, classifier.names)
            if "之" in line:
                words = _genitive_apart(words, classifier, self.pos_tag)
            if "，" in words:
                words = _sayings_joined(words)
            out.append(words)
        cache = classifier.cache
        new = set(chain.from_iterable(out)).difference(cache)  # C-level: 600k words a novel
        if new:
            classifier.lex.prefetch(new)
        return out

    def _join_orgs_and_titles(self, words: list[str]) -> list[str]:
        """Titles in 《》 and organisation or site names joined whole (``orgs``)."""
        names = self.classifier.names
        if "《" in words:
            words, found = join_titles(words, self._is_person)
            names.update(found)
        # the joined line first (one search in C): a law's title is rare
        if "共和国" in "".join(words) and any("共和国" in w for w in words):
            words, found = join_law_titles(words, self.org_context)
            names.update(found)
        if self._may_name(words):
            words, found = join_organizations(words, self.org_context)
            names.update(found)
        return words

    @functools.cached_property
    def pos_tag(self) -> Callable[[str], str]:
        """jieba's part-of-speech tag of a word, read when a rule first asks."""
        return _pos_tagger()

    def _may_name(self, words: list[str]) -> bool:
        """``may_name(words)``, asked only of the words no earlier line has cleared:
        ``may_name`` tests each word alone, so a line without a head clears all its words
        (most lines of a novel, whose words recur)."""
        new = set(words).difference(self.headless)
        if not new:
            return False
        if may_name(list(new)):
            return True
        self.headless.update(new)
        return False

    def _is_place(self, word: str) -> bool:
        return self.classifier.classify(word)[2] == "place"

    def _is_person(self, word: str) -> bool:
        return self.classifier.classify(word)[2] == "person"

    @functools.cached_property
    def org_context(self) -> OrgContext:
        classifier = self.classifier
        lex = classifier.lex

        def name_type(word: str) -> str | None:
            return classifier.classify(word)[2]

        def definitions(word: str) -> str:
            senses = lex.senses(word)
            return "; ".join(senses[0].definitions) if senses else ""

        return OrgContext(classifier.cw, self.pos_tag, name_type, definitions)

    def lines(
        self, span: tuple[int, int] | None, progress: Progress | None
    ) -> Iterator[tuple[int, list[str]]]:
        """(offset of the line, its words) for every line of ``span``, cut a block of lines
        at a time. Lines, not sentences: a novel has 10x more sentences, and no word spans
        two sentences."""
        text = self.prepared.text
        begin, end = span or (0, len(text))
        offset = next_report = begin
        self.tagged = max(self.tagged, begin)  # the tagger reads the text's start only
        lines = text[begin:end].splitlines(keepends=True)
        for first in range(0, len(lines), _BLOCK):
            block = lines[first : first + _BLOCK]
            for line, words in zip(block, self.block_words(block), strict=True):
                yield offset, words
                offset += len(line)
            if progress is not None and offset >= next_report:
                progress(offset, end)
                next_report = offset + 20_000
        if progress is not None:
            progress(end, end)

    def token(self, word: str, start: int) -> Token:
        index = bisect_right(self.ends, start)
        hit = self.classifier.cache.get(word) or self.classifier.classify(word)
        return Token(hit[0], start, hit[1], index, hit[2])


@functools.cache
def _pos_db(path: Path) -> Any:
    """The parts-of-speech table, opened once per path (read-only, closed at exit: an
    unclosed connection left to the collector warns on Python 3.13)."""
    from zh_learn.sqlmap import connect

    return connect(path)


def _pos_tagger() -> Callable[[str], str]:
    """jieba's part-of-speech tag of a word ('' if it has none), read from the parts-of-
    speech table a word at a time (the organisation rules ask about a few words a line)."""
    from zh_learn.analysis.pos import pos_path

    db = _pos_db(pos_path())
    memo: dict[str, str] = {}

    def tag(word: str) -> str:
        hit = memo.get(word)
        if hit is None:
            row = db.execute("SELECT tag FROM pos WHERE word = ?", (word,)).fetchone()
            hit = memo[word] = row[0] if row else ""
        return hit

    return tag


def token_batches(
    prepared: Prepared,
    progress: Progress | None = None,
    span: tuple[int, int] | None = None,
) -> Iterator[list[Token]]:
    """The tokens of ``prepared`` (or of a line-aligned ``span`` of it), one list per line."""
    cutter = _Cutter(prepared)
    seen = cutter.classifier.cache
    ends = cutter.ends
    classifier = cutter.classifier
    for offset, pieces in cutter.lines(span, progress):
        # Comprehensions, not loops: a novel has ~600k tokens.
        starts = list(accumulate(map(len, pieces), initial=offset))[:-1]
        indexes = [bisect_right(ends, start) for start in starts]
        hits = [seen.get(piece) or classifier.classify(piece) for piece in pieces]
        if not SURNAME_CUES.isdisjoint(pieces):
            # 李 老师, 姓 樊: the word 李, a person's name here
            for i in addressed_surnames(pieces, classifier.cw):
                hits[i] = (hits[i][0], hits[i][1], "person")
        yield [
            Token(hit[0], start, hit[1], index, hit[2])
            for hit, start, index in zip(hits, starts, indexes, strict=True)
        ]


@dataclass(slots=True)
class WordTally:
    """How often each word occurs, its first token, and the running (non-punctuation) words:
    all the vocabulary needs, counted without making a token for every occurrence. Words with
    a character of ``track`` (the polyphonic ones) also keep where each occurrence starts, so
    that each can be read in its own context."""

    counts: Counter[str] = field(default_factory=Counter)
    first: dict[str, Token] = field(default_factory=dict)
    running: int = 0
    occurrences: dict[str, list[int]] = field(default_factory=dict)

    @classmethod
    def of_tokens(cls, tokens: list[Token], track: frozenset[str] = frozenset()) -> WordTally:
        texts = list(map(itemgetter(0), tokens))
        # Later entries win in a dict, so reversing keeps each word's first occurrence.
        first = dict(zip(reversed(texts), reversed(tokens), strict=True))
        running = sum(1 for t in tokens if t.kind not in _NOT_RUNNING)
        occurrences: dict[str, list[int]] = {}
        if track:
            tracked = {w for w in first if not track.isdisjoint(w)}
            for token in tokens:
                if token.text in tracked:
                    occurrences.setdefault(token.text, []).append(token.start)
        return cls(Counter(texts), first, running, occurrences)

    def merge(self, later: WordTally) -> None:
        """Add the tally of a later part of the same text."""
        self.counts.update(later.counts)
        self.running += later.running
        for word, token in later.first.items():
            self.first.setdefault(word, token)
        for word, starts in later.occurrences.items():
            self.occurrences.setdefault(word, []).extend(starts)


def tally_words(
    prepared: Prepared,
    progress: Progress | None = None,
    span: tuple[int, int] | None = None,
    track: frozenset[str] = frozenset(),
    limit: int | None = None,
) -> WordTally:
    """The tally of ``prepared`` (or of a line-aligned ``span`` of it); words with a
    character of ``track`` keep the starts of their first ``limit`` occurrences (all
    without a limit)."""
    cutter = _Cutter(prepared)
    counts: Counter[str] = Counter()
    first: dict[str, Token] = {}
    tracked: set[str] = set()
    occurrences: dict[str, list[int]] = {}
    for offset, pieces in cutter.lines(span, progress):
        counts.update(pieces)
        new = set(pieces).difference(first)  # C-level: only this line's words are visited
        if new:
            starts = list(accumulate(map(len, pieces), initial=offset))
            # each word's first index in the line (reversed: the first occurrence is set last)
            index = dict(zip(reversed(pieces), range(len(pieces) - 1, -1, -1), strict=True))
            for word in sorted(new, key=index.__getitem__):
                first[word] = cutter.token(word, starts[index[word]])
            if track:
                tracked.update(w for w in new if not track.isdisjoint(w))
        if tracked and not tracked.isdisjoint(pieces):
            # the tracked words' indexes and every word's start, found in C
            starts = list(accumulate(map(len, pieces), initial=offset))
            for k in compress(range(len(pieces)), map(tracked.__contains__, pieces)):
                word = pieces[k]
                if word in tracked:
                    kept = occurrences.setdefault(word, [])
                    kept.append(starts[k])
                    if limit is not None and len(kept) >= limit:
                        tracked.discard(word)  # no more are read (a novel's 20k 的)
    running = sum(n for word, n in counts.items() if first[word].kind not in _NOT_RUNNING)
    return WordTally(counts, first, running, occurrences)


def segment(text: str, progress: Progress | None = None) -> Document:
    """Cut ``text`` into a Document. Traditional text is analysed in simplified form; the
    original is kept in ``Document.original`` with identical offsets."""
    prepared = prepare(text)
    tokens = [token for batch in token_batches(prepared, progress) for token in batch]
    return Document(
        text=prepared.text,
        sentences=prepared.sentences,
        tokens=tokens,
        script=prepared.script,
        original=prepared.original,
    )
