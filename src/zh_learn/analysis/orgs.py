"""Organisation names, sites and titles no dictionary holds, joined from the cut's words.

An organisation's name is built of words a learner knows: a place or a scope (杭州市, 全国),
nouns saying what it does (文物, 医疗 事故), and a head saying what it is (局, 委员会, 大学).
The cut leaves those words apart; ``join_organizations`` joins them where the whole is a
name and not a description: a country and a bare head stay apart (印度 政府 "the Indian
government", 中国 大学 "Chinese universities"), and a lone head is never swallowed.
``join_titles`` keeps a title in 《》 whole (《中华人民共和国文物保护法》), however long.
Written for zh-learn; the word lists are the author's own.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from zh_learn.analysis.cutwords import FREQ_SHIFT, PLACE, CutWords
from zh_learn.analysis.names import spelled_foreign
from zh_learn.hanzi import HAN_ONLY

#: Heads that end an organisation's name: what the body is.
ORG_HEADS = frozenset(
    "人民政府 政府 委员会 常务委员会 常委会 人民代表大会 代表大会 政协 市委 省委 县委 区委 党委"
    " 公安局 公安厅 管理局 人民法院 法院 人民检察院 检察院 研究所 研究院 研究中心 科学院 社科院"
    " 农科院 工程院 大学 学院 中学 小学 书院 医院 银行 公司 集团 出版社 报社 电视台 广播电台"
    " 协会 学会 基金会 联合会 商会 俱乐部 博物馆 博物院 图书馆 纪念馆 美术馆 档案馆 会馆 印社"
    " 剧院 艺术团 歌舞团 代表团 气象台 分局 总局 领导小组 办公室 组委会 政治局 日报社".split()
)
#: Heads of sites and facilities: the whole is a place (良渚 遗址, 西溪 湿地).
SITE_HEADS = frozenset(
    "遗址 故居 湿地 公园 景区 风景区 广场 火车站 机场 码头 古城 古镇 运河 大桥"
    " 大厦 体育馆 体育场 展览中心 展览馆 航天城 国际机场 大道 环礁".split()
)
#: One-character heads: only after a noun saying what the body does (文物 局, 外交 部, 水泥 厂),
#: never after a place alone (杭州 局 is no name).
SHORT_HEADS = frozenset("局厅部署厂社院所委")
#: A gloss naming a body (教育厅 "education department", 外交部 "Ministry of Foreign Affairs").
_BODY = re.compile(
    r"\b(?:bureau|department|ministry|office|institute|agency|committee|commission|academy|"
    r"college|school|hospital|company|factory|society|association|council|administration)\b",
    re.I,
)
#: Heads too general to make a name with a country before them and nothing between
#: (印度 政府, 中国 大学, 美国 公司): a description, not a name.
GENERIC_HEADS = frozenset(
    "政府 大学 学院 中学 小学 医院 银行 公司 集团 协会 学会 基金会 俱乐部 博物馆 图书馆"
    " 公园 广场 机场 码头 古城 古镇 大桥 大厦 体育馆 体育场".split()
)
#: Heads after which a foreign name is a brand or a founder's name (索尼 公司, 科利华 集团).
BRAND_HEADS = frozenset("公司 集团 有限公司 俱乐部 基金会".split())
#: Heads of sites named after a person (杜勒斯 国际机场 "Dulles Airport", 杰弗逊 大道): a
#: foreign name before one is the site's.
NAMED_SITE_HEADS = frozenset("机场 国际机场 大道 广场 大桥 体育馆 体育场 环礁".split())
#: Scope words that open a national body's name (全国 人民 代表大会, 国家 发展 计划 委员会).
SCOPES = frozenset("全国 国家 中央 最高".split())
#: jieba's tags of the words that may stand inside a name: nouns, verbal nouns, names.
_NOUN_TAGS = frozenset("n nz vn ns nt nr nrt j an".split())
#: At most this many words between the place and the head.
MAX_MIDDLE = 4
#: A definition that makes a place smaller than a country (a name of its own before a head).
_LOCAL = re.compile(
    r"\b(?:city|province|county|district|prefecture|town|village|municipality|region|"
    r"township|suburb|area|capital)\b",
    re.I,
)
#: A first definition that is a foreign name alone, at most with its years ("Kuwait", "the
#: Philippines", "Yugoslavia, 1943-1992"): a country, as a city, a province or a region is
#: described as one.
_BARE_NAME = re.compile(r"(?:the )?[A-Z][a-z]+(?: [A-Z][a-z]+)*(?:, \d{4}-\d{4})?")
#: An English name that is a state's ("United Kingdom", "Republic of Korea").
_STATE = re.compile(r"\b(?:Kingdom|Republic|States|Union|Federation|Emirates)\b")
#: Longest title joined from the words between 《 and 》.
MAX_TITLE = 24
#: Longest title joined whatever it ends with; a longer one must be a law or a document
#: (中华人民共和国英雄烈士保护法), not a sentence (《香港社会福利发展五年计划检讨》).
SHORT_TITLE = 8
#: What ends the title of a law, a treaty or an official document.
_DOCUMENT_ENDS = (
    "法", "法典", "条例", "规定", "办法", "条约", "协定", "公约", "宪章", "决定", "决议", "纲要",
    "规划", "规则", "细则", "章程", "标准", "宣言", "声明", "议定书",
)
#: Words that make a title a sentence or a phrase the learner reads word by word
#: (《陈伊玲的故事》, 《中国在发展》, 《王贵与李香香》).
_TITLE_BREAKERS = frozenset("的 在 与 和 了 是 着 过 把 被 就 也 都 不 没有 致 给 向 对 从".split())


class OrgContext:
    """What the rules ask of a word: the cut's dictionary, jieba's tag, a name's type."""

    def __init__(
        self,
        cw: CutWords,
        tag: Callable[[str], str],
        name_type: Callable[[str], str | None],
        definitions: Callable[[str], str],
    ) -> None:
        self.cw = cw
        self.tag = tag
        self.name_type = name_type
        self.definitions = definitions

    def is_place(self, word: str) -> bool:
        return len(word) >= 2 and (
            self.name_type(word) == "place" or bool(self.cw.flags(word) & PLACE)
        )

    def is_local(self, word: str) -> bool:
        """A place smaller than a country: 杭州市, 浙江, 广元 (not 印度, 中国)."""
        if word[-1] in "省市县区州镇乡村":
            return True
        definitions = self.definitions(word)
        if _LOCAL.search(definitions):
            return True
        # a country: CC-CEDICT's definitions name it as where other places are ("city in
        # India"); a place no dictionary has, or one only this text names, is a smaller one
        head = re.split(r" \(|,|;|[^\x00-\x7f]", definitions)[0].strip()
        # 科威特 "Kuwait", 南斯拉夫 "Yugoslavia, 1943-1992": a country (索尼 "Sony", no place,
        # names its company: 索尼公司)
        if _BARE_NAME.fullmatch(definitions.split("; ")[0]) and self.name_type(word) == "place":
            return False
        return not head or not (head in self.cw.english_places or _STATE.search(head))

    def is_noun(self, word: str, loose: bool = False) -> bool:
        """A noun by jieba's tag; a longer word jieba lacks (医疗事故, 中央银行) counts as one,
        and ``loose``, any word CC-CEDICT glosses as no verb (英雄: jieba has no tag)."""
        if len(word) < 2 or not HAN_ONLY.match(word):
            return False
        if self.name_type(word) in ("place", "organization"):
            return True
        if not self.cw.learner(word):
            return False
        tag = self.tag(word)
        if tag:
            return tag in _NOUN_TAGS
        return (len(word) >= 3 or loose) and not self.definitions(word).startswith("to ")


_ALL_HEADS = ORG_HEADS | SITE_HEADS | SHORT_HEADS


def may_name(words: list[str]) -> bool:
    """Whether ``words`` hold a head, or a word ending in one (a quick test per line)."""
    return any(
        w in _ALL_HEADS or w[-2:] in ORG_HEADS or w[-3:] in ORG_HEADS
        or (len(w) == 3 and w[-1] in SHORT_HEADS)
        for w in set(words)
    )


def _head(word: str, before: str, ctx: OrgContext) -> str | None:
    """"organization" or "place" when ``word`` ends a name; ``before`` is the word before."""
    if word in ORG_HEADS:
        return "organization"
    if word in SITE_HEADS:
        return "place"
    if word in SHORT_HEADS and ctx.is_noun(before) and not ctx.is_place(before):
        return "organization"
    if len(word) >= 3 and ctx.is_noun(word) and not ctx.definitions(word).startswith("to "):
        # a dictionary word ending in a head is one too (中央 银行 in 中央银行); not a verb
        # (上大学 "to go to college")
        if any(word[-k:] in ORG_HEADS for k in (2, 3)):
            return "organization"
        if len(word) == 3 and word[-1] in SHORT_HEADS:
            # 外交部 "Ministry of Foreign Affairs", 教育厅 (no gloss: 厅, 局 and 署 name only
            # bodies); not 村干部 "village cadre", 中南部 "south central", 大结局 "finale"
            definitions = ctx.definitions(word)
            if _BODY.search(definitions) or (not definitions and word[-1] in "局厅署"):
                return "organization"
    return None


def _join_tail(out: list[str], start: int, word: str, found: dict[str, str], kind: str) -> None:
    """``out`` from ``start`` and ``word`` joined into one name of ``kind`` (noted in ``found``)."""
    name = "".join(out[start:]) + word
    del out[start:]
    out.append(name)
    found[name] = kind


def join_organizations(words: list[str], ctx: OrgContext) -> tuple[list[str], dict[str, str]]:
    """``words`` with each organisation or site name joined, and the names found with their
    type. A name runs from a place, an organisation or a scope word (全国) through at most
    ``MAX_MIDDLE`` nouns to a head; a country before a general head needs a noun between
    (俄罗斯 中央 银行, not 印度 政府)."""
    out: list[str] = []
    found: dict[str, str] = {}
    for word in words:
        kind = _head(word, out[-1], ctx) if out else None
        start = _name_start(out, word, kind, ctx, found) if kind is not None else None
        if start is None:
            out.append(word)
            continue
        _join_tail(out, start, word, found, kind or "organization")
    return out, found


def _name_start(
    out: list[str], head: str, kind: str | None, ctx: OrgContext, found: dict[str, str]
) -> int | None:
    """Where in ``out`` the name ending with ``head`` starts, or None if it is no name;
    ``found``: the names joined before it in the line (全国人民代表大会 常务委员会)."""
    i = len(out)
    while i > 0 and len(out) - i < MAX_MIDDLE + 1:
        word = out[i - 1]
        typed = found.get(word) or ctx.name_type(word)
        opens = typed == "place" or ctx.is_place(word) or typed == "organization" or (
            # a foreign name before a company's head is the company's (劳拉 公司 "Loral",
            # 罗威 汽车 公司), not a person's; a Chinese name keeps its own (王 师傅 公司)
            typed == "person"
            and (head in BRAND_HEADS or head in NAMED_SITE_HEADS)
            and spelled_foreign(word)
        )
        if opens and word not in SCOPES:
            middle = out[i:]
            if not middle and head in SHORT_HEADS:
                return None  # 杭州 局
            if not middle and head in GENERIC_HEADS and not ctx.is_local(word):
                return None  # 印度 政府, 中国 大学
            if typed == "organization" and not middle and kind == "place":
                return None
            if not middle and ctx.name_type(head) == "organization" and ctx.is_local(word):
                return None  # 中南海 国务院: a national body takes a country's name only
            return i - 1
        if word in SCOPES:
            # 全国 人民 代表大会, 全国 政协; not 国家 银行 ("a state bank")
            specific = out[i:] or head not in GENERIC_HEADS
            return i - 1 if specific and kind == "organization" else None
        if not ctx.is_noun(word):
            return None
        i -= 1
    return None


#: The end of a law's name (刑法, 保护 法, 条例).
_LAW_ENDS = ("法", "条例", "法典")


def join_law_titles(words: list[str], ctx: OrgContext) -> tuple[list[str], dict[str, str]]:
    """``words`` with each law named without 《》 joined: a state's name (…共和国), at most
    ``MAX_MIDDLE`` nouns and a law (中华人民共和国 英雄 烈士 保护 法, 中华人民共和国 刑法), and
    the titles found. A verb stands only right before 法 (保护 法), so a sentence about a
    law stays words (中华人民共和国 公民 遵守 宪法)."""
    out: list[str] = []
    found: dict[str, str] = {}
    for word in words:
        law = word in _LAW_ENDS or (
            len(word) >= 2 and word.endswith(_LAW_ENDS) and ctx.is_noun(word)
        )
        start = None
        if law:
            i = len(out)
            while i > 0 and len(out) - i <= MAX_MIDDLE:
                before = out[i - 1]
                if before.endswith("共和国") and HAN_ONLY.match(before):
                    start = i - 1
                    break
                verb_ok = i == len(out) and word == "法" and len(before) >= 2
                if not (ctx.is_noun(before, True) or (verb_ok and ctx.cw.learner(before))):
                    break
                if before in _TITLE_BREAKERS:
                    break
                i -= 1
        if start is None:
            out.append(word)
            continue
        _join_tail(out, start, word, found, "title")
    return out, found


def join_titles(
    words: list[str], is_person: Callable[[str], bool] = lambda w: False
) -> tuple[list[str], dict[str, str]]:
    """``words`` with the words of each title in 《》 joined (《 中华人民共和国 文物保护 法 》
    -> 中华人民共和国文物保护法), and the titles found. Only a name-like title of Han
    characters: none with a dot or a number (《论语·里仁》), a grammar word (《陈伊玲的
    故事》: its words are the learner's) or a person's name last (《致江绍原》), and a long
    one only if it names a law or a document (``SHORT_TITLE``)."""
    if "《" not in words:
        return words, {}
    out: list[str] = []
    found: dict[str, str] = {}
    i, n = 0, len(words)
    while i < n:
        word = words[i]
        out.append(word)
        i += 1
        if word != "《":
            continue
        j = i
        while j < n and words[j] != "》" and HAN_ONLY.match(words[j]):
            j += 1
        if j < n and words[j] == "》" and j - i >= 2:
            title = "".join(words[i:j])
            inner = words[i:j]
            if (
                len(title) <= MAX_TITLE
                and (len(title) <= SHORT_TITLE or title.endswith(_DOCUMENT_ENDS))
                and _TITLE_BREAKERS.isdisjoint(inner)
                and not is_person(inner[-1])
            ):
                out.append(title)
                found[title] = "title"
                i = j
    return out, found


def spaced_parts(word: str, cw: CutWords) -> list[str]:
    """A long name cut into the learner words it is built of (to spell it word by word)."""
    log_total = math.log(cw.total)
    n = len(word)
    best = [0.0] * (n + 1)
    ends = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        best[i], ends[i] = best[i + 1] - log_total - 10, i + 1
        for j in range(i + 2, min(n, i + 12) + 1):
            value = cw.value(word[i:j])
            if value is None:
                break
            if cw.learner(word[i:j]):
                here = math.log(max(1, value >> FREQ_SHIFT)) - log_total + best[j]
                if here > best[i]:
                    best[i], ends[i] = here, j
    parts, i = [], 0
    while i < n:
        parts.append(word[i : ends[i]])
        i = ends[i]
    return parts
