"""Personal and place names that no dictionary holds, found in a line already cut into words.

A cut from a dictionary leaves an unknown name as pieces: 丁 增 安, 刘 华山, 徐 魏 庄. A
personal name is a surname followed by a one- or two-character given name; each candidate is
scored by how much likelier its characters are as surname and given name than in running text
(``cutwords`` compiles those odds from name lists), helped by the words around it (a
title before, a verb of saying after). A place is a run of pieces ending in a place suffix
(县, 村, 庄). A name only ever joins whole pieces, so it never swallows part of a word, and a
piece that is a common word of two characters or more is never part of a given name.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable
from itertools import chain, compress

from zh_learn.analysis.cutwords import (
    LEARNER,
    PERSON,
    PLACE,
    PLACE_SUFFIXES,
    PROPER,
    CutWords,
)
from zh_learn.hanzi import HAN_ONLY, NUMERALS

#: Words that introduce people by name in news text (市领导付自成; 记者 刘华山).
TITLES = frozenset(
    "记者 通讯员 领导 书记 市长 县长 省长 区长 镇长 乡长 村长 主任 局长 部长 厅长 处长 "
    "科长 主席 总理 委员 经理 同志 教授 校长 院长 队长 董事长 总经理 代表 总统 首相 "
    "大使 先生 女士 老师 医生 作家 导演 演员 运动员 教练 编辑 主持人 工程师 专家 "
    # roles that introduce a person by name just as well (署长 于友先, 作者 曹火星); not kin
    # words, more often followed by a verb (儿子 管管, 女儿 时 腼腆)
    "署长 行长 社长 会长 团长 厂长 站长 所长 馆长 议长 外长 司令 司令员 议员 参议员 众议员 "
    "秘书 发言人 选手 名将 球员 前锋 后卫 门将 裁判 歌手 女星 影星 球星 画家 诗人 作者 "
    "学者 律师 法官 厂主 主编 指挥 国王 女王 亲王".split()
)
#: Words that often follow a person's name.
_AFTER_NAME = frozenset(
    "说 表示 指出 认为 告诉 强调 介绍 同志 先生 女士 教授 老师 书记 主任 等 一行 "
    "说道 笑道 问道 答道 回忆 称".split()
)
#: Characters that are grammar, not names: a run of them is never a name or a place.
FUNCTION_CHARS = frozenset(
    "的了是在和与就也都不没这那个着过吗呢吧啊把被给对从向为以而且其或及等他她它我你们"
    "有很太更最又还再才只已将要会能可得地所于上下中里外来去到说做让使被各每某该此"
)
#: Grammar characters no given name holds (记者 也 都, 作家 曾 在); 来, 里 and the like
#: may end one (张玉来, 詹祖里).
GRAMMAR_CHARS = frozenset(
    "的了是在和与就也都不没这那着过吗呢吧啊把被给对从向而其或及等他她它我你们"
)
#: Candidates scoring at least this are names, by length of the given name (log-odds; set on
#: one half of the People's Daily NER dev split, reported on both by
#: benchmarks/learner_units.py).
PERSON_THRESHOLD = {1: 4.0, 2: 4.0}
#: Characters that spell foreign names (阿马特, 基里延科): a run of three or more pieces of
#: them, or of two joined by a middle dot, is a name. Written for zh-learn.
TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥澳巴芭拜班邦保鲍贝本比彼毕宾波伯勃博布查达戴丹道德迪蒂丁东杜敦多厄恩尔法凡菲费"
    "芬丰弗福夫盖甘冈戈格根古瓜圭哈海汉豪赫亨洪胡华霍基吉加贾杰金卡凯坎康柯科克肯库夸奎拉"
    "莱兰朗劳勒雷蕾里利莉丽连列林琳卢鲁路伦罗洛马玛迈麦曼梅门蒙米密明莫姆穆纳娜奈南内尼妮涅"
    "宁纽努诺欧帕潘佩彭皮普奇齐乔切琴丘萨塞桑瑟森莎沙山舍什史斯松苏索塔泰坦汤特提图托瓦娃旺"
    "威韦维温文沃乌伍西希谢辛休雅亚扬耶伊因英尤约泽扎詹兹佐"
)
#: Titles and kin words that follow a surname (李老师, 胡老, 刘家, 王小姐): a form of
#: address, not a given name. A surname before one of them is no name of its own.
HONORIFICS = frozenset(
    "先生 女士 小姐 老师 太太 夫人 师傅 同志 大爷 大妈 大娘 大姐 大哥 老板 阿姨 "
    "老 总 家 哥 姐 嫂 叔 伯 婶 姨 爷 婆 兄"
    # a servant's or a courtier's role after a surname (林 丫头 "the Lin girl", 夏 太监
    # "eunuch Xia"): the role word, no given name
    " 丫头 丫鬟 太监 婆子".split()
)
#: Characters that spell foreign names only inside one, after two letters or a middle dot
#: (阿维兰热, 斯捷帕申, 尼古拉斯·英博登): common alone. Written for zh-learn.
INNER_TRANSLITERATION = frozenset("登贡热捷申延耶瑙施茨赫尚涅")
#: Characters of Thai names in Chinese (差瓦立, 素帕猜, 差猜): letters of a run of three or
#: more, like ``TRANSLITERATION``'s. Written for zh-learn.
THAI = frozenset("差猜素颂蓬披汶乍攀立")
#: Japanese family names of two characters that are no common Chinese word (武村正义,
#: 冈田武史, 谷口清太郎), and characters of Japanese given names (正义, 幸之助, 清太郎).
#: Written for zh-learn.
JAPANESE_SURNAMES = frozenset(
    "田中 山本 渡边 伊藤 中村 加藤 吉田 山田 佐藤 铃木 高桥 山口 松本 井上 木村 清水 "
    "山崎 池田 桥本 阿部 石川 山下 中岛 石井 小川 前田 冈田 藤田 后藤 近藤 村上 远藤 "
    "青木 坂本 斋藤 福田 太田 西村 藤井 冈本 松田 中川 中野 原田 小野 竹内 和田 中田 "
    "石田 上田 森田 柴田 酒井 工藤 横山 宫崎 宫本 内田 高木 安藤 岛田 谷口 大野 丸山 "
    "今井 河野 藤原 村田 武田 上野 杉山 增田 小山 大冢 千叶 久保 松井 岩崎 野村 菅原 "
    "樋口 小松 市川 大西 本田 川口 菊地 武村 细川 羽田 小渊 宫泽 海部 竹下 三木 田村 "
    "小泉 安倍 鸠山 麻生 久间 奥田 桥口 松下 丰田 稻盛 盛田 井深 大江 川端 黑泽 德川 "
    "织田 丰臣 伊达 福泽 夏目 芥川 太宰 三岛 村山 河本 野田 菅直 冈崎 长谷 佐佐 岸田 石破 "
    "浅野 岩井 北野 黑田 星野 荻原 松冈".split()
)
JAPANESE_GIVEN = frozenset(
    "郎夫雄子男一二三四五太之助介彦树美江正义信明和宏史章生健幸清隆弘博浩茂秀英胜俊"
    "直真纪惠喜次良治昭敏辉龙也平吉久丰荣康裕孝诚达哉司晃洋利光辅藏卫门人晋纯道武文"
)
_MIDDLE_DOT = frozenset("·•‧・")
#: Familiar prefixes before a name character (小明, 老李, 阿强).
FAMILIAR = frozenset("小老阿")
#: A familiar prefix, one character and a verb of saying, in running text (小李说, 老王表示).
_FAMILIAR_SAYS = re.compile(
    f"([{''.join(sorted(FAMILIAR))}])([\u4e00-\u9fff])"
    # a verb of saying, or the colon after a speaker's name in a dialogue (小王：你好)
    f"(?={'|'.join(sorted(_AFTER_NAME, key=len, reverse=True))}|[：:])"
)
#: A familiar prefix and a character opening a sentence before more words (小明放学回家):
#: a name where that character is a surname (小王, 小明; not 小鸟, 小猫).
_FAMILIAR_OPENS = re.compile(
    f"(?:^|(?<=[。！？!?\n“”」]))([{''.join(sorted(FAMILIAR))}])([\u4e00-\u9fff])(?=[\u4e00-\u9fff])",
    re.M,
)
#: A familiar prefix and a character alone at the start of a line or sentence before a comma
#: or the line's end: someone addressed (小李，你好) or a letter's signature (……盼复。\n小李).
_FAMILIAR_ALONE = re.compile(
    f"(?:^|(?<=[。！？!?\n“”」]))([{''.join(sorted(FAMILIAR))}])([\u4e00-\u9fff])(?=[，,！!]|$)",
    re.M,
)
#: A familiar prefix and a character after a word that takes a person (我和小明, 跟老王, 给
#: 小李, 叫小张): a name where that character is clearly a name's, as opening a sentence.
_FAMILIAR_AFTER = re.compile(
    f"(?<=[和跟与同给叫问找对帮让])([{''.join(sorted(FAMILIAR))}])([\u4e00-\u9fff])"
    "(?=[\u4e00-\u9fff，,。！？!?])"
)
#: A surname so common that 小/老 before it names a person even where jieba's dictionary
#: counts the pair as a word (老张 256, 小张 302): 张 3.6, 王 3.7, 李 4.0; not 马 3.0 (小马).
_PLAIN_SURNAME = 3.5
#: The least surname score, plus a positive given-name score, of such a character.
_OPENING_NAME = 2.0
_NUMERALS = NUMERALS | {"半"}
_UNSEEN = -4.0  # log-odds for a character never seen in a name
_RARE_SURNAME = 1.0  # a surname CC-CEDICT lists but no name list shows
_UNLISTED_SURNAME = -1.0
#: The least given-name score of a third character after a dictionary's person (马跃 南 说).
GIVEN_AFTER_LISTED = -0.5
_GIVEN_ALONE = 2.5  # given-name characters that make a name after an unlisted surname
_TITLE_BONUS = 3.0
_AFTER_BONUS = 2.0


#: Last characters no given name has: 副 "deputy" opens a title (赵 副 市长), 杯 "cup" ends
#: the name of a trophy named after a person (尤伯杯 "Uber Cup" is 尤伯 + 杯), 郡 a
#: commandery's name (吴郡).
_NO_GIVEN_END = frozenset("副杯郡")
#: What ends a trophy's name after the name of the person it is named after (尤伯杯).
TROPHY = "杯"


#: Characters outside ``TRANSLITERATION`` a transliterated name may hold (阿维兰热, 瑙曼).
_FOREIGN_SLACK = 1
_FOREIGN_LONGEST = 8


def spelled_foreign(word: str, transliterated: bool = True) -> bool:
    """Whether ``word`` is spelled like a transliterated name: two transliteration characters
    (努里, 保拉), or three to eight of which at most one is outside the list (阿巴查,
    阿维兰热). A name dictionary's transliterated names (jieba tags 4,700 of them ``nrt``)
    pass; its common words tagged as names (萝卜干, 新颜) do not. A word not known to be
    transliterated (``transliterated`` False: jieba's ``nr``) passes only with three letters
    or more and none outside (阿巴查, not 多渠道 or 米汤). So does a Japanese name (冈田武史)."""
    if not 2 <= len(word) <= _FOREIGN_LONGEST or not HAN_ONLY.match(word):
        return False
    if word[:2] in JAPANESE_SURNAMES and 2 <= len(word) - 2 <= 3:
        return all(ch in JAPANESE_GIVEN for ch in word[2:])
    outside = sum(1 for ch in word if ch not in TRANSLITERATION)
    if not transliterated:
        # 文明史 "history of civilisation", 阴森森 "gloomy": a common word and one more
        return len(word) > 2 and outside == 0 and not _opens_with_common_word(word)
    if len(word) == 2:
        return outside == 0
    # the one character outside may open a name jieba marks as transliterated (色雷斯
    # "Thrace", 俾斯麦), but no numeral may (三维图)
    opens = word[0] in TRANSLITERATION or (transliterated and word[0] not in _NUMERALS)
    return outside <= _FOREIGN_SLACK and opens


#: How often (jieba's count) a word must be to open no transliterated name (文明 6584,
#: 阴森 138; 哈拉 50 opens 哈拉齐).
_COMMON_OPENING = 100


def _opens_with_common_word(word: str) -> bool:
    """Whether ``word``'s first two characters are a frequent common word of a learner
    dictionary (文明 of 文明史), no name of any kind."""
    from zh_learn.analysis.cutwords import cut_words

    cw = cut_words()
    head = word[:2]
    return cw.flags(head) & _ANY_NAME == LEARNER and cw.freq(head) >= _COMMON_OPENING


def _doubled_after_word(surname: str, given: str, cw: CutWords) -> bool:
    """Whether ``surname + given`` is a common word with its last character doubled (阴森
    + 森: 阴森森 "gloomy", 绿油油): a descriptive form, no name (范冰冰 has no word 范冰)."""
    return (
        len(given) == 2
        and given[0] == given[1]
        and cw.flags(surname + given[0]) & _ANY_NAME == LEARNER
    )


#: One-character given names that make the surname before them an ancient state (陈国,
#: 吴国 "the state of Wu"): three-character names end in them (王兆国), two-character ones
#: hardly ever.
_STATE_ENDS = frozenset("国")
#: Units after a surname that name an ancient state or a commandery (陈国, 吴郡).
_STATE_UNITS = frozenset("国郡")
_COMMANDERY = "郡"


#: How often (jieba's count) a word must occur to be too everyday a word for the given name
#: after a rare surname (学生 30,776, 孩子 17,465, 学习 13,482; 和平 7,998 stays a name).
_EVERYDAY = 10_000


def person_score(
    surname: str, given: str, cw: CutWords, before: str = "", after: str = ""
) -> float:
    """How likely ``surname + given`` is a personal name (log-odds, higher is likelier).
    A form of address (李 + 老师, 胡 + 老) is none."""
    if (
        given in HONORIFICS
        or given[:1] == "氏"
        or given[-1:] in _NO_GIVEN_END
        or given in _STATE_ENDS
        or _doubled_after_word(surname, given, cw)
        # 王庄村, 李家屯: a village named after a family, no given name 庄村
        or (len(given) == 2 and all(ch in PLACE_SUFFIXES for ch in given))
    ):
        # 尤氏 is Madam You: 尤 氏忙 is no name; 副 "deputy" opens a title (赵 副 市长)
        return -99.0
    score = cw.surname_score.get(surname)
    if score is None and cw.flags(given) & _ANY_NAME == LEARNER and cw.freq(given) >= _EVERYDAY:
        return -99.0  # 老师教学生写字: a rare surname before an everyday word (学生) is no name
    if score is None:
        if surname in cw.surnames:
            score = _RARE_SURNAME
        elif len(given) == 2 and min(cw.given_score.get(ch, _UNSEEN) for ch in given) >= (
            _GIVEN_ALONE
        ):
            # a surname rare enough that no list has it (蒿), before a typical given name
            score = _UNLISTED_SURNAME
        else:
            return -99.0
    for ch in given:
        score += cw.given_score.get(ch, _UNSEEN)
    if before in TITLES:
        score += _TITLE_BONUS
    if after in _AFTER_NAME:
        score += _AFTER_BONUS
    return score


def join_names(
    words: list[str],
    cw: CutWords,
    is_word: Callable[[str], bool],
    seen: dict[str, str] | None = None,
    starts: set[str] | None = None,
    glued: set[int] | frozenset[int] = frozenset(),
    repeated: Callable[[str], bool] | None = None,
) -> tuple[list[str], dict[str, str]]:
    """``words`` with unknown names joined, and the names found (name -> "person"/"place").
    ``is_word(w)`` says whether a learner dictionary holds ``w`` as a common word; ``seen``
    holds the names found earlier in the text, joined again wherever their pieces recur
    (a name introduced once, 记者刘华山, is the same name without its title later), and
    ``starts`` their first characters (kept up to date here). ``glued`` are offsets in the
    line inside a word the cut found but split (先|是 of 先是): no name starts there, nor
    ends there but a familiar name before a verb of saying (小明 说 from 小 明说).
    ``repeated(name)`` says whether the whole text holds ``name`` more than once: the
    evidence a surname and a common word need to make a name (蒋 天才)."""
    words = _free_surnames(words, cw, is_word)
    out: list[str] = []
    found: dict[str, str] = {}
    seen = seen or {}
    starts = {name[0] for name in seen} if starts is None else starts
    surnames, scores = cw.surnames, cw.surname_score
    last = 0  # words before this are in ``out``
    for i in _candidates(words, cw, starts):
        if i < last:
            continue  # inside a name already joined
        word = words[i]
        n = len(words)
        taken, kind, known = 0, "person", 0
        if len(word) == 1:
            if word in starts:
                taken = known = _seen_at(words, i, seen, found)
                joined = "".join(words[i : i + taken])
                kind = seen.get(joined) or found.get(joined, "person")
            if not taken and word in FAMILIAR and _familiar_at(words, i, cw):
                taken = 2
            if not taken and i + 2 < n and words[i + 2] in PLACE_SUFFIXES:
                taken, kind = _place_at(words, i), "place"
            if not taken and i + 1 < n and _state_at(words, i, cw):
                taken, kind = 2, "place"  # 陈 国 "the state of Chen", 吴 郡
            if not taken and i + 1 < n and _town_at(words, i, cw, repeated):
                taken, kind = 2, "place"  # 从 鲁 镇 进城 … 回到 鲁 镇
            if not taken and i + 1 < n and word + words[i + 1] in JAPANESE_SURNAMES:
                taken = _japanese_at(words, i, 2)
            if not taken and i + 1 < n and word + words[i + 1][:1] in JAPANESE_SURNAMES:
                taken = _japanese_across(words, i)
            if not taken and (word in TRANSLITERATION or word in THAI):
                taken = _foreign_run(words, i, is_word)
            given = cw.given_score
            if not taken and HAN_ONLY.match(word) and (
                word in scores
                or word in surnames
                or (
                    i + 2 < n
                    and given.get(words[i + 1], _UNSEEN) >= _GIVEN_ALONE
                    and given.get(words[i + 2], _UNSEEN) >= _GIVEN_ALONE
                )
            ):
                before = out[-1] if i == last and out else words[i - 1] if i else ""
                taken, score = _best_person(words, i, cw, is_word, before, repeated)
                if taken == 3 and words[i + 2] in PLACE_SUFFIXES:
                    taken = 0  # 徐 魏 庄 is a village
                if taken and len(words[i + 1]) == 1 and (
                    _best_person(words, i + 1, cw, is_word, word, repeated)[1] > score
                ):
                    taken = 0  # the name starts one later: 组 秦凤鸣, not 组秦凤 鸣
        elif i + 1 < n and words[i + 1] == _NAME_DASH and _dashed_at(words, i, cw):
            taken = _dashed_at(words, i, cw)  # 约翰—格伦: a dash for the middle dot
        elif word[0] in TRANSLITERATION and words[i + 1] in _MIDDLE_DOT:
            taken = _foreign_run(words, i, is_word)
        elif word in JAPANESE_SURNAMES and _japanese_at(words, i, 1):
            taken = _japanese_at(words, i, 1)
        elif word in COMPOUND_SURNAMES and _compound_at(words, i, repeated):
            taken = 2  # 公孙 高 来 … 公孙 高 走 了: Gongsun Gao, not the surname alone
        elif not cw.learner(word) and spelled_foreign(word):
            # a name dictionary's piece of a longer foreign name (卡巴 杰, 斯特罗 耶 夫)
            taken = _foreign_run(words, i, is_word, opened=True)
        elif len(word) == 2 and word[0] in surnames and (
            not cw.learner(word)
            # a dictionary's person and one more character before a verb of saying: a
            # longer name (马跃 南 说, 王忠 林 说)
            or (
                cw.flags(word) & PERSON
                and i + 2 < n
                and len(words[i + 1]) == 1
                and words[i + 1] not in GLUE_AFTER
                and words[i + 1] not in _ADVERBS
                # a verb after the name is no third character of it (李白 写 的)
                and cw.given_score.get(words[i + 1], _UNSEEN) > GIVEN_AFTER_LISTED
                and _name_ends(words[i + 2])
            )
        ):
            before = out[-1] if i == last and out else words[i - 1] if i else ""
            taken = _best_person(words, i, cw, is_word, before, repeated)[0]
        if taken and glued:
            at = sum(map(len, words[:i]))
            end = at + sum(map(len, words[i : i + taken]))
            # 小明说 is cut 小 明说: a verb of saying after a familiar name is no part of a word
            familiar = word in FAMILIAR and words[i + taken] in _AFTER_NAME
            if at in glued or (end in glued and not familiar):
                taken = 0
        if taken and kind == "person" and not known and taken > 1:
            if verse_at(words, i) and verse_person(words, i, taken):
                taken = 0  # 阶柳庭花, 春梅绽雪: a line of verse, no name
        if taken and _letter_opens_dotted(words, i, last):
            i, taken = i - 1, taken + 1  # 儒 勒 · 凡尔纳: Jules, not 勒 alone
        if taken:
            name = "".join(words[i : i + taken])
            if kind == "person" and taken > 1 and word in TRANSLITERATION and name[-1] in (
                PLACE_SUFFIXES
            ):
                kind = "place"
            out.extend(words[last:i])
            out.append(name)
            found[name] = kind
            starts.add(name[0])
            last = i + taken
    out.extend(words[last:])
    if _LIST_COMMA in out:
        out = _join_listed(out, cw, found, seen)
    return out, found


def _letter_opens_dotted(words: list[str], i: int, last: int) -> bool:
    """Whether the dotted name found at ``i`` opens with one letter (勒 · 凡尔纳) after a
    single character no grammar word, not yet in a name: a given name is seldom one
    letter, so that character is its first (儒勒 "Jules")."""
    return (
        i > last
        and len(words[i]) == 1
        and i + 1 < len(words)
        and words[i + 1] in _MIDDLE_DOT
        and len(words[i - 1]) == 1
        and HAN_ONLY.match(words[i - 1]) is not None
        and words[i - 1] not in FUNCTION_CHARS
        and words[i - 1] not in GLUE_BEFORE
    )


_LIST_COMMA = "、"
_LIST_ENDS = frozenset("、，,；;。：:（）()“”\"等和及")
#: The least score of a name in a list of names (the list is the evidence).
_LISTED_FLOOR = 0.0


def _join_listed(
    words: list[str], cw: CutWords, found: dict[str, str], seen: dict[str, str]
) -> list[str]:
    """``words`` with each run of two or three single characters that starts with a surname
    and stands in a list of persons (厉 无 畏 in 李赣骝、童傅、厉 无 畏、钮小明) joined: the item
    before or after it across an enumeration comma is a person's name. ``found`` gets the
    names."""

    def person(w: str) -> bool:
        return (found.get(w) or seen.get(w)) == "person" or bool(
            len(w) in (2, 3) and cw.flags(w) & PERSON
        )

    out: list[str] = []
    i, n = 0, len(words)
    while i < n:
        j = i
        while j < n and j - i < 3 and len(words[j]) == 1 and HAN_ONLY.match(words[j]) and (
            words[j] not in FUNCTION_CHARS and words[j] not in _LIST_ENDS
        ):
            j += 1
        before = words[i - 1] if i else ""
        after = words[j] if j < n else ""
        if (
            2 <= j - i <= 3
            and words[i] in cw.surnames
            and (before in _LIST_ENDS or not before)
            and (after in _LIST_ENDS or not after)
            and (
                (before == _LIST_COMMA and i >= 2 and person(words[i - 2]))
                or (after == _LIST_COMMA and j + 1 < n and person(words[j + 1]))
            )
            and person_score(words[i], "".join(words[i + 1 : j]), cw) >= _LISTED_FLOOR
        ):
            name = "".join(words[i:j])
            found[name] = "person"
            out.append(name)
            i = j
            continue
        out.append(words[i])
        i += 1
    return out


#: What ends a sentence, and what ends a clause inside one.
_SENTENCE_END = frozenset("。！？!?…")
_CLAUSE_END = frozenset("，、；：,;:")


def verse_words(words: list[str]) -> list[bool]:
    """For each word, whether it may be in a line of verse or parallel prose: a clause of
    Han characters only, five or seven long, next to one of the same length (玉带林中挂，
    金簪雪里埋), or four long in a sentence with another such clause (瓦灶绳床，其晨夕风露，
    阶柳庭花). Such clauses pack nouns and adjectives that the name statistics read as given
    names (柳庭花, 梅绽雪, 金簪雪), while a name in them is one the reader met before."""
    out = [False] * len(words)
    start = 0
    clauses: list[tuple[int, int, int]] = []  # (first word, stop, characters; 0: not all Han)
    for k, w in enumerate([*words, "。"]):
        if not (w in _SENTENCE_END or w in _CLAUSE_END or k == len(words)):
            continue
        part = [x for x in words[start:k] if HAN_ONLY.match(x)]
        # spaces, brackets and quotes are no part of a line; digits and letters are
        plain = all(x in part or not any(ch.isalnum() for ch in x) for x in words[start:k])
        clauses.append((start, k, sum(map(len, part)) if plain else 0))
        start = k + 1
        if w in _CLAUSE_END and k < len(words):
            continue
        fours = sum(1 for *_, size in clauses if size == 4)
        for n, (a, b, size) in enumerate(clauses):
            pair = any(
                0 <= m < len(clauses) and clauses[m][2] == size for m in (n - 1, n + 1)
            )
            if (size in (5, 7) and pair) or (size == 4 and fours > 1):
                out[a:b] = [True] * (b - a)
        clauses = []
    return out


def verse_at(words: list[str], i: int) -> bool:
    """``verse_words`` of the sentence of ``words[i]``, for that word (a line of a novel may
    hold many sentences; only the one around a name is read)."""
    a = i
    while a > 0 and words[a - 1] not in _SENTENCE_END:
        a -= 1
    b = i
    while b < len(words) and words[b] not in _SENTENCE_END:
        b += 1
    return verse_words(words[a:b])[i - a]


def verse_person(words: list[str], i: int, taken: int) -> bool:
    """Whether the person of ``taken`` words from ``i``, in a clause ``verse_words`` marks, is
    rather part of the verse: any in a clause of five or seven, three characters of a clause
    of four (阶柳庭花) unless a verb of saying ends it (王小明说)."""
    a = i
    while a > 0 and words[a - 1] not in _CLAUSE_END and words[a - 1] not in _SENTENCE_END:
        a -= 1
    b = i + taken
    while b < len(words) and words[b] not in _CLAUSE_END and words[b] not in _SENTENCE_END:
        b += 1
    size = sum(len(w) for w in words[a:b] if HAN_ONLY.match(w))
    if size != 4:
        return True
    name = sum(map(len, words[i : i + taken]))
    return name == 3 and not (i + taken < b and words[i + taken] in _AFTER_NAME)


#: How far above the threshold a name must score to take the surname off a grammar word
#: the cut glued it to (但丁 增 安).
_FREED_MARGIN = 1.0


def _free_surnames(
    words: list[str], cw: CutWords, is_word: Callable[[str], bool]
) -> list[str]:
    """``words`` with each two-character word made of a grammar word and a surname split
    where the surname and the two single characters after it make a clear name before a
    verb of saying or a title: 但丁 增 安 说 is 但 丁增安 说 ("but Ding Zeng'an says"), not
    但丁 "Dante" and two characters."""
    out: list[str] = []
    n = len(words)
    for i, w in enumerate(words):
        if (
            len(w) == 2
            and (w[0] in FUNCTION_CHARS or w[0] in _LINKS)
            and w[1] in cw.surnames
            and i + 3 < n
            and _freed_name(w[1], words[i + 1 : i + 3], words[i + 3], cw, is_word)
        ):
            out += [w[0], w[1]]
        else:
            out.append(w)
    return out


def _freed_name(
    surname: str, pieces: list[str], after: str, cw: CutWords, is_word: Callable[[str], bool]
) -> bool:
    given = "".join(pieces)
    return (
        all(len(p) == 1 and HAN_ONLY.match(p) and p not in FUNCTION_CHARS for p in pieces)
        and not is_word(given)
        and _name_ends(after)
        and person_score(surname, given, cw, after=after) >= PERSON_THRESHOLD[2] + _FREED_MARGIN
    )


def _state_at(words: list[str], i: int, cw: CutWords) -> bool:
    """Whether the surname at ``i`` and the unit after it name a state or a commandery no
    dictionary holds (陈 国, “吴 郡”), not which one (该 国, 本 郡), nor the end of a
    longer commandery's name (会 稽 郡)."""
    word = words[i]
    unit = words[i + 1]
    if unit == _COMMANDERY and i and HAN_ONLY.match(words[i - 1]):
        # 会 稽 郡, 分会 稽 郡: a commandery's name is often two characters (会稽), so
        # only one after a break or a quote mark (“吴郡”, 《吴郡志》) is this one
        return False
    return (
        unit in _STATE_UNITS
        and word in cw.surnames
        # no word of any dictionary: 南国 "the South" (jieba's), cut apart
        and not cw.freq(word + words[i + 1])
        and word not in FUNCTION_CHARS
        and word not in _WHICH_UNIT
        and word not in _NUMERALS
    )


#: Units after a surname that name a town or a village by it (鲁镇, 李庄, 王村).
_TOWN_UNITS = frozenset("镇村庄屯寨")


def _town_at(
    words: list[str], i: int, cw: CutWords, repeated: Callable[[str], bool] | None
) -> bool:
    """Whether the surname at ``i`` and the unit after it name a town or a village no
    dictionary holds, which the text names more than once (从 鲁 镇 进城 … 回到 鲁 镇),
    not which one (本 村, 邻 村), nor a person's name before a verb of saying (王 镇 说)."""
    word, unit = words[i], words[i + 1]
    return (
        unit in _TOWN_UNITS
        and repeated is not None
        and word in cw.surnames
        and word not in FUNCTION_CHARS
        and word not in _WHICH_UNIT
        and word not in _NUMERALS
        and word not in _GOING
        and not cw.freq(word + unit)
        # a verb of saying right after, or after one more piece, says a person (王 镇 说, a
        # Japanese family name and its given name: 武 村 正义 说)
        and _AFTER_NAME.isdisjoint(words[i + 2 : i + 4])
        and repeated(word + unit)
    )


#: Two-character family names that are no common word (欧阳, 诸葛; not 东方 "east", 长孙
#: "eldest grandson", 司空 "minister of works"). Written for zh-learn.
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 诸葛 上官 公孙 皇甫 夏侯 慕容 尉迟 令狐 宇文 端木 司徒 澹台 公羊 独孤 呼延 "
    "钟离 淳于 申屠 公冶 赫连 濮阳 闻人 宗政 万俟 公输 颛孙 东郭 左丘 漆雕 乐正".split()
)


def _compound_at(
    words: list[str], i: int, repeated: Callable[[str], bool] | None
) -> bool:
    """Whether the two-character family name at ``i`` and the single character after it
    are one person's name the text gives more than once (公孙 高): a given name of one
    character, no grammar word, adverb or verb of saying (欧阳 说, 诸葛 也)."""
    if i + 1 >= len(words) or repeated is None:
        return False
    given = words[i + 1]
    return (
        len(given) == 1
        and HAN_ONLY.match(given) is not None
        and given not in FUNCTION_CHARS
        and given not in GLUE_AFTER
        and given not in _ADVERBS
        and given not in _AFTER_NAME
        and repeated(words[i] + given)
    )


def _candidates(words: list[str], cw: CutWords, starts: set[str]) -> list[int]:
    """Where a name may start, found with set lookups (a novel has 600k pieces; only a few
    thousand places are worth scoring)."""
    n = len(words)
    if n < 2:
        return []
    # Each test is first put to the line's distinct words (set operations), and only the
    # tests some word passes are then looked for position by position.
    distinct = set(words)
    opening = (distinct & _triggers(cw)) | (distinct & starts) | _unlisted_pairs(distinct, cw)
    strong = distinct & _strong_given(cw)
    places = distinct & PLACE_SUFFIXES
    dots = distinct & _MIDDLE_DOT
    found: set[int] = set()
    # positions found with compress/map (in C): a line of a novel has hundreds of pieces
    if opening:
        found.update(compress(range(n - 1), map(opening.__contains__, words[:-1])))
    if strong:
        found.update(
            i
            for i in compress(range(n - 2), map(strong.__contains__, words[1:-1]))
            if words[i + 2] in strong
        )
    if places:
        found.update(compress(range(n - 2), map(places.__contains__, words[2:])))
    if _NAME_DASH in distinct:
        found.update(
            i for i in range(n - 2) if words[i + 1] == _NAME_DASH and _dashed_at(words, i, cw)
        )
    if dots:
        found.update(
            i
            for i, (w, nxt) in enumerate(zip(words, words[1:], strict=False))
            if len(w) in (2, 3) and nxt in dots
        )
    return sorted(i for i in found if not (len(words[i]) == 1 and words[i] in FUNCTION_CHARS))


#: A dash some texts write between the parts of a foreign name (约翰—格伦 for 约翰·格伦).
_NAME_DASH = "—"
_DASHED_LONGEST = 6


def _dashed_at(words: list[str], i: int, cw: CutWords) -> int:
    """How many pieces from ``i`` spell a foreign name whose parts a lone dash joins, or 0:
    a proper noun of the dictionary or a spelled name (约翰, 马丁), then a dash, then two to
    six letters in whole pieces (格 伦, 路德); each further dash and letters too. A dash
    doubled (——, the Chinese dash) joins nothing."""
    first, n = words[i], len(words)
    if not 2 <= len(first) <= 4 or not HAN_ONLY.match(first):
        return 0
    if i and words[i - 1] == _NAME_DASH:
        return 0
    if not (cw.flags(first) & PROPER or spelled_foreign(first)):
        return 0
    j = i + 1
    while j + 1 < n and words[j] == _NAME_DASH and words[j + 1] != _NAME_DASH:
        k, size = j + 1, 0
        while (
            k < n
            and size + len(words[k]) <= _DASHED_LONGEST
            and HAN_ONLY.match(words[k])
            and spelled_letters(words[k])
        ):
            size += len(words[k])
            k += 1
        if size < 2:
            break
        j = k
    if j == i + 1 or (j < n and words[j] == _NAME_DASH):
        return 0
    return j - i


def _unlisted_pairs(words: set[str], cw: CutWords) -> set[str]:
    """The two-character ``words`` that start with a surname and that no learner dictionary
    holds or that it holds as a person's name, and the foreign names no learner dictionary
    holds (each word's verdict is kept: a novel repeats its words)."""
    checked, passed = _pair_verdicts(cw)
    for w in words.difference(checked):
        checked.add(w)
        if len(w) == 2 and w[0] in cw.surnames and cw.flags(w) & PERSON:
            passed.add(w)  # a dictionary's person may be the start of a longer name
        elif (len(w) == 2 and w[0] in cw.surnames or spelled_foreign(w)) and not cw.learner(w):
            passed.add(w)
    return words & passed


@functools.cache
def _pair_verdicts(cw: CutWords) -> tuple[set[str], set[str]]:
    """(words checked by ``_unlisted_pairs``, those that passed)."""
    return set(), set()


@functools.cache
def _triggers(cw: CutWords) -> frozenset[str]:
    """Single pieces that may start a name."""
    return frozenset(
        cw.surnames | cw.surname_score.keys() | TRANSLITERATION | THAI | FAMILIAR
        | JAPANESE_SURNAMES | {name[0] for name in JAPANESE_SURNAMES} | COMPOUND_SURNAMES
    )


@functools.cache
def _strong_given(cw: CutWords) -> frozenset[str]:
    """Characters typical enough of given names to make a name after any surname (蒿慧杰)."""
    return frozenset(ch for ch, score in cw.given_score.items() if score >= _GIVEN_ALONE)


#: The least surname log-odds of a name whose given name is a common word, which the text
#: must repeat (蒋 天才, 郑 全军, 田 晚霞; the score must still pass the threshold: 张 开放
#: does not). Three single characters get no such help: a novel repeats 秋 香 色 "tawny"
#: and 直 挺 挺 "bolt upright".
_REPEATED_WORD_SURNAME = 2.5


def _best_person(
    words: list[str],
    i: int,
    cw: CutWords,
    is_word: Callable[[str], bool],
    before: str,
    repeated: Callable[[str], bool] | None = None,
) -> tuple[int, float]:
    """How many words from ``i`` make the likeliest personal name (0: none), and its
    score."""
    first = words[i]
    surname = first[0]
    best, best_score = 0, -1e9
    if surname in MEASURE_SURNAMES and counted(before):
        return 0, best_score  # 这3张 卫星图片, 那张 小巧的门票: a measure word
    if before[-1:] == "之" and surname in KIN_AFTER_ZHI:
        return 0, best_score  # 陈翼 之 孙 世袭 "Chen Yi's grandson inherits": kin, no surname
    if before[-1:] in THING_MEASURES and (len(before) == 1 or counted(before[:-1])):
        return 0, best_score  # 一座 白塔: a thing is counted, no person
    for size in (2, 3) if len(first) == 1 else (2,):
        pieces = words[i + 1 : i + size]
        if len(pieces) < size - 1:
            break
        given = first[1:] + "".join(pieces)
        if not 1 <= len(given) <= 2 or any(p in FUNCTION_CHARS for p in pieces):
            continue
        if is_word(surname + given):
            continue
        worded = any(len(p) > 1 and is_word(p) for p in pieces)
        if worded and not (
            repeated
            and len(first) == 1
            and cw.surname_score.get(surname, _UNSEEN) >= _REPEATED_WORD_SURNAME
        ):
            continue
        after = words[i + size] if i + size < len(words) else ""
        if pieces[-1] in _CREDITS:
            continue  # 孙伟 绘 "drawn by Sun Wei", 李舸 摄 "photo: Li Ge"
        if before == "《" and after == "》":
            continue  # 《吴郡志》 "Gazetteer of Wu": a whole title, the title's item
        if pieces[-1] + after in _AFTER_NAME:
            continue  # 春燕 笑道, not 春燕笑 道
        if given == surname and not _name_ends(after):
            continue  # 田田的叶子 "leaf upon leaf": a doubled word; a name doubles no surname
        score = person_score(surname, given, cw, before, after)
        # a name cut across a dictionary word (陈飞 + 先是) must score clearly
        margin = 2.0 if len(first) > 1 else 0.0
        if score < PERSON_THRESHOLD[len(given)] + margin:
            continue
        if worded and (
            not repeated
            # 张 爷爷, 李 奶奶, 诸 姊妹, 葛 山庄: kin, a form of address, a place
            or given[-1] in _SUFFIXES
            or given[-1] in PLACE_SUFFIXES
            or not repeated(surname + given)
        ):
            continue
        # Most names have a two-character given name; the second character must still be
        # likelier in a name than in running text.
        # ... unless a verb of saying or a form of address shows where the name ends
        # (郝 彦 南 同志, not 郝彦 + 南)
        if (
            not best
            or cw.given_score.get(given[-1], _UNSEEN) >= 0
            or _name_ends(after)
            or _dangles(pieces[-1], after, cw)
        ):
            best, best_score = size, score
    return best, best_score


#: The least given-name log-odds of a last character that would be left alone between a
#: two-character name and a longer word (吴佩 民 为了: 民 -0.6), where it rather ends the
#: name: 色 (-0.8, 杨妃 色 "consort Yang pink"), 起 (-1.1), 来 (-1.4) are as often a word
#: after one.
_DANGLING_GIVEN = -0.7


def _dangles(piece: str, after: str, cw: CutWords) -> bool:
    """Whether ``piece``, one character after a two-character name, would stand alone
    before a longer word or a break (吴佩 民 为了), no word of its own: no grammar word,
    no verb often after a name (笑, 说) and likely enough in a given name."""
    return (
        len(piece) == 1
        and piece not in FUNCTION_CHARS
        and piece not in GLUE_AFTER
        and piece not in _ADVERBS
        and (len(after) >= 2 or not HAN_ONLY.match(after or "。"))
        and cw.given_score.get(piece, _UNSEEN) > _DANGLING_GIVEN
    )


#: Verbs of a picture's credit after a name (记者李舸摄, 示意图：孙伟绘): no given name's.
_CREDITS = frozenset("摄绘")
#: One-character adverbs often found between a name and a verb of saying (杜甫 曾 说).
_ADVERBS = frozenset("曾常总早终也皆俱均")


#: Surnames that are also kin words, which 之 "of" before them makes (陈翼之孙 "Chen Yi's
#: grandson", 某某之子).
KIN_AFTER_ZHI = frozenset("孙子女妻母父弟兄侄")
#: Surnames that are also measure words (张 "sheet"): after a number or a demonstrative,
#: the measure word.
MEASURE_SURNAMES = frozenset("张支条")
#: Measure words that count things, never persons: no person starts after one (一座白塔).
#: Written for zh-learn.
THING_MEASURES = frozenset("座条块棵栋幢辆艘架件根片朵颗杯瓶碗盆枝株扇堵匹")
_COUNTERS = frozenset("这那每几哪两半整某") | _NUMERALS


def counted(before: str) -> bool:
    """Whether ``before`` ends in a number or a demonstrative (这3, 那, 一)."""
    return bool(before) and (before[-1].isdigit() or before[-1] in _COUNTERS)


#: The flags of a word that a learner dictionary holds as a name of some kind.
_ANY_NAME = LEARNER | PROPER | PERSON | PLACE


def split_counted(
    words: list[str], cw: CutWords, repeated: Callable[[str], bool] = lambda w: False
) -> list[str]:
    """``words`` with each dictionary person that opens with a surname that is also a
    measure word, counted by the word before it, cut into that measure word and the common
    word after it: 这3 张卫星 图片 is "these 3 satellite pictures", 那 张小巧 的 门票 "that
    small ticket" (张卫星, 张小巧 are names in jieba's or THUOCL's lists). A person the text
    names more than once (``repeated``) stays one: 那 张道士 is "that Taoist Zhang"."""
    out: list[str] = []
    for k, w in enumerate(words):
        if (
            k
            and len(w) == 3
            and w[0] in MEASURE_SURNAMES
            and counted(words[k - 1])
            # a common word, no proper noun (卫星, 小巧; not 德江 "Dejiang county")
            and cw.flags(w[1:]) & _ANY_NAME == LEARNER
            and not repeated(w)
        ):
            out += [w[0], w[1:]]
        else:
            out.append(w)
    return out


#: Words of a part of a region after its name (黄淮 北部 "the north of the Huang-Huai
#: plain", 江淮 一带): what they follow is a place, never a person. Written for zh-learn.
REGION_PARTS = frozenset(
    "北部 南部 东部 西部 中部 东北部 西北部 东南部 西南部 中南部 中北部 一带 流域 沿岸 "
    "境内 全境 等地 腹地 沿海 以北 以南 以东 以西".split()
)


#: What may follow such a part of a region: the end of a phrase (黄淮 北部 、), not a noun
#: it modifies (北部 战区 "the Northern Theatre Command").
_REGION_PART_ENDS = frozenset("的和与及、，,；;。：:）)有将")


#: What a list of places ends in after 等 (阿鲁，柯枝 等 国; 泰国、越南 等 国家). Written
#: for zh-learn.
_PLACES_LISTED = frozenset("地 国 国家 地区 城市 省 省份 岛屿".split())
#: What parts the items of such a list.
_LIST_MARKS = frozenset("、，")


def regions_named(words: list[str], names: dict[str, str]) -> dict[str, str]:
    """The persons of ``names`` (found in this text, no dictionary word) that ``words``
    show as places: a part of a region follows them and ends the phrase (黄淮 北部 、,
    黄淮 等 地; jieba tags 黄淮 a person), or they are items of a list that 等 closes
    with a word for places (古里，满剌加，阿鲁，柯枝 等 国: 阿鲁 and 柯枝 are states)."""
    out: dict[str, str] = {}
    for k in range(len(words) - 2):
        w, after, then = words[k], words[k + 1], words[k + 2]
        if after == "等" and then in _PLACES_LISTED:
            j = k
            while j >= 0:
                if names.get(words[j]) == "person":
                    out[words[j]] = "place"
                if j < 2 or words[j - 1] not in _LIST_MARKS:
                    break
                j -= 2
            continue
        if names.get(w) == "person" and after in REGION_PARTS and then in _REGION_PART_ENDS:
            out[w] = "place"
    return out


#: Letters that end foreign names (斯基, 诺夫, 耶娃) and are no common word alone: one of
#: them left alone after a foreign name is its last letter. Written for zh-learn.
_FOREIGN_ENDINGS = frozenset("基夫娃娜诺娅")


def spelled_letters(word: str) -> bool:
    """Whether ``word`` is spelled in transliteration characters only (里克, 德)."""
    return all(ch in TRANSLITERATION or ch in INNER_TRANSLITERATION for ch in word)


def spelled_part(word: str) -> bool:
    """Whether ``word`` is spelled like part of a foreign name: three or more characters, all
    but one letters of one (亚斯特, 任布斯)."""
    outside = sum(
        1 for ch in word if ch not in TRANSLITERATION and ch not in INNER_TRANSLITERATION
    )
    return len(word) >= 3 and outside <= 1 and HAN_ONLY.match(word) is not None


def join_foreign_parts(
    words: list[str], names: dict[str, str]
) -> tuple[list[str], dict[str, str]]:
    """``words`` with two persons of ``names`` side by side, each spelled like part of a
    foreign name, joined as one with a letter after them (亚斯特 任布斯 基 ->
    亚斯特任布斯基), and the names so made: Chinese writes no two names without a
    separator, and a long foreign name is often found in parts."""
    out: list[str] = []
    found: dict[str, str] = {}
    i = 0
    while i < len(words):
        w = words[i]
        if (
            len(w) == 1
            and w in _FOREIGN_ENDINGS
            and out
            and names.get(out[-1]) == "person"
            and spelled_part(out[-1])
            and (i + 1 == len(words) or not HAN_ONLY.match(words[i + 1]) or len(words[i + 1]) > 1)
        ):
            name = out.pop() + w  # 亚斯特任布斯 基: the last letter of the name, left alone
            found[name] = "person"
            out.append(name)
            i += 1
            continue
        if (
            out
            and names.get(out[-1]) == "person"
            and names.get(w) == "person"
            and spelled_part(out[-1])
            and spelled_part(w)
        ):
            name = out.pop() + w
            i += 1
            # one letter left after them (基 of 斯基), no grammar word or verb (和, 说)
            if (
                i < len(words)
                and len(words[i]) == 1
                and spelled_letters(words[i])
                and words[i] not in FUNCTION_CHARS
                and words[i] not in GLUE_AFTER
                and words[i] not in _AFTER_NAME
            ):
                name += words[i]
                i += 1
            found[name] = "person"
            out.append(name)
            continue
        out.append(w)
        i += 1
    return out, found


def _name_ends(after: str) -> bool:
    """Whether ``after`` shows that a personal name ended just before it."""
    return after in _AFTER_NAME or after in HONORIFICS or after in TITLES


def _foreign_run(
    words: list[str], i: int, is_word: Callable[[str], bool], opened: bool = False
) -> int:
    """How many pieces from ``i`` spell a foreign name (0: none): three or more single
    transliteration characters, or names of them joined by middle dots. One character and
    a common word are none, though spelled in such characters (连 文法 "even grammar"),
    unless a verb of saying follows (伊 拉拉 说). ``opened``: the run may start with a
    name of several characters that no learner dictionary holds (斯特罗 耶 夫)."""
    j, letters, dots = i, 0, 0
    n = len(words)
    while j < n:
        piece = words[j]
        if len(piece) == 1 and (
            piece in TRANSLITERATION
            or piece in THAI
            or (piece in INNER_TRANSLITERATION and (letters >= 2 or dots or (
                # between two letters (斯 捷 帕 申)
                letters and j + 1 < n and words[j + 1] in TRANSLITERATION
            )))
        ):
            letters += 1
        elif piece in _MIDDLE_DOT and letters and j + 1 < n and words[j + 1][:1] in TRANSLITERATION:
            dots += 1
        elif len(piece) > 1 and all(ch in TRANSLITERATION for ch in piece) and (
            letters or (j + 1 < n and words[j + 1] in _MIDDLE_DOT)
        ) and not (letters == 1 and is_word(piece) and _ends_run(words, j + 1)):
            letters += len(piece)
        elif opened and j == i:
            letters += len(piece)
        else:
            break
        j += 1
    if opened and j - i < 2:
        return 0  # the name alone: jieba's own
    if letters >= 3 or (dots and letters >= 2):
        return j - i
    return 0


def _ends_run(words: list[str], j: int) -> bool:
    """Whether a transliteration run ends before ``words[j]``, with no verb of saying to
    show a name (连 文法 的, not 伊 拉拉 说)."""
    if j >= len(words):
        return True
    nxt = words[j]
    return nxt not in _AFTER_NAME and not (
        len(nxt) == 1 and nxt in TRANSLITERATION or nxt in _MIDDLE_DOT
    )


def _japanese_at(words: list[str], i: int, surname: int) -> int:
    """How many pieces from ``i`` spell a Japanese name (0: none): the ``surname`` pieces of
    a Japanese family name, then a given name of two or three characters typical of one
    (武村 正义, 冈田 武 史, 松下 幸 之 助), in whole pieces."""
    j, given = i + surname, 0
    while j < len(words) and given + len(words[j]) <= 3:
        piece = words[j]
        if len(piece) > 2 or not all(ch in JAPANESE_GIVEN for ch in piece):
            break
        given += len(piece)
        j += 1
    return j - i if given >= 2 else 0


_JAPANESE_LONGEST = 5


def _japanese_across(words: list[str], i: int) -> int:
    """How many pieces from ``i`` spell a Japanese name whose family name the cut split
    across two pieces (岸 田文 雄: 岸田 + 文雄), or 0: four or five characters in whole
    pieces, the given name's all typical of one."""
    text = ""
    for k in range(i, min(len(words), i + _JAPANESE_LONGEST)):
        text += words[k]
        if len(text) > _JAPANESE_LONGEST or not HAN_ONLY.match(words[k]):
            break
        if len(text) >= 4 and all(ch in JAPANESE_GIVEN for ch in text[2:]):
            return k - i + 1
    return 0


def _seen_at(words: list[str], i: int, *found: dict[str, str]) -> int:
    """How many pieces from ``i`` spell a name found earlier in the text, or 0."""
    for size in (3, 2):
        if i + size <= len(words):
            joined = "".join(words[i : i + size])  # once, not once per table
            for names in found:
                if joined in names:
                    return size
    return 0


def rejoin_found(words: list[str], found: dict[str, str]) -> list[str]:
    """``words`` with every other occurrence of a name just ``found`` in the line joined
    where its pieces spell it (有个叫作许仙的人 … 嫁给 许 仙 了): a later line joins a
    name found earlier (``_seen_at``), and a long paragraph is one line. Only names the
    line holds more than once are looked for."""
    line = "".join(words)
    again = {name: kind for name, kind in found.items() if line.count(name) > 1}
    if not again:
        return words
    firsts = {name[0] for name in again}
    # where a piece may open one (a long paragraph has a thousand pieces)
    opens = [i for i, w in enumerate(words) if w[:1] in firsts and len(w) < 3 and w not in again]
    out: list[str] = []
    last = 0  # pieces before this are in ``out``
    for i in opens:
        size = _seen_at(words, i, again) if i >= last else 0
        if size:
            out.extend(words[last:i])
            out.append("".join(words[i : i + size]))
            last = i + size
    out.extend(words[last:])
    return out


def familiar_names(text: str, cw: CutWords) -> dict[str, str]:
    """The familiar names a whole text shows before a verb of saying (小李说, 老王表示) or
    a speaker's colon, or, with a surname, opening a sentence (小明放学回家) or alone before
    a comma or the line's end (小李，你好; a signature), as
    ``join_names``'s names found earlier: every occurrence of 小李 is then one name, also
    those before the first 小李说, where a line alone gives no evidence (小李和妈妈)."""
    found: dict[str, str] = {}
    for m in chain(
        _FAMILIAR_SAYS.finditer(text),
        _FAMILIAR_OPENS.finditer(text),
        _FAMILIAR_ALONE.finditer(text),
        _FAMILIAR_AFTER.finditer(text),
    ):
        name, second = m.group(), m.group(2)
        # a word of its own (阿姨说, 老人说, 小心) is no name
        if name in found or second in FUNCTION_CHARS or cw.learner(name):
            continue
        if m.re is _FAMILIAR_SAYS:
            named = second in cw.surname_score or cw.given_score.get(second, _UNSEEN) > 1
        else:
            # opening a sentence: a character clearly a name's (小明, 小王; not 小花开了), and
            # no word the segmenter's dictionary holds (小童 "page boy": 小童献茶)
            plain = cw.surname_score.get(second, _UNSEEN) >= _PLAIN_SURNAME
            named = second in cw.surname_score and (not cw.freq(name) or plain) and (
                cw.surname_score[second] + max(cw.given_score.get(second, 0.0), 0.0)
                >= _OPENING_NAME
            )
        if named:
            found[name] = "person"
    return found


def _familiar_at(words: list[str], i: int, cw: CutWords) -> bool:
    """小明说, 老李表示: a familiar prefix, a name character and a verb of saying."""
    if words[i] not in FAMILIAR or i + 2 >= len(words):
        return False
    second, after = words[i + 1], words[i + 2]
    if len(second) != 1 or second in FUNCTION_CHARS or after not in _AFTER_NAME:
        return False
    return second in cw.surname_score or cw.given_score.get(second, _UNSEEN) > 1


def _place_at(words: list[str], i: int) -> int:
    """How many pieces from ``i`` name a place no list holds: two single characters and a
    place suffix (徐 魏 庄, 柏 城 镇), or 0."""
    pieces = words[i : i + 3]
    if len(pieces) == 3 and all(len(p) == 1 for p in pieces) and pieces[2] in PLACE_SUFFIXES:
        if not any(
            p in FUNCTION_CHARS or p in _NUMERALS or p in _LINKS or not HAN_ONLY.match(p)
            for p in pieces[:2]
        ) and pieces[1] not in _GOING:
            return 3
    return 0


#: Verbs of coming and going that take a place suffix as their object (仅 回 乡 "only went
#: home once", 常 回 村, 抵 港): no place's second character. Written for zh-learn.
_GOING = frozenset("回返归进出入离抵")


#: Conjunctions and adverbs that open a clause: never the first character of a place (但 市
#: 府 is "but the city government", not a place 但市府).
_LINKS = frozenset("但却便并虽若乃亦仍且则即因故既")


#: Single characters that make a name before them a place's (莱克伍德 县, 塔科马 市).
PLACE_ENDINGS = frozenset("省市县区镇乡村州郡")
#: Endings of counties, townships, villages: joined to a dictionary's place before them too
#: (河西乡, 福井县), unlike a city's or a province's (维也纳 市: the learner looks up "Vienna").
_SMALL_UNITS = frozenset("县镇乡村郡")


def join_place_endings(
    words: list[str], names: dict[str, str], is_known: Callable[[str], bool]
) -> tuple[list[str], dict[str, str]]:
    """``words`` with each name found in the text (``names``, no dictionary word) joined to
    a place ending after it, and those places: 莱克伍德 县 is the county 莱克伍德县, not a
    person and a county. A dictionary's place stays apart from its ending (维也纳 市: the
    learner looks up "Vienna")."""
    from zh_learn.analysis.cutwords import PLACE, cut_words

    cw = cut_words()
    out: list[str] = []
    found: dict[str, str] = {}
    for w in words:
        if out and names.get(out[-1] + w) == "person":
            out.append(out.pop() + w)  # 贾雨 村 where the text names the person 贾雨村
        elif out and w in _SMALL_UNITS and len(out[-1]) > 1 and HAN_ONLY.match(out[-1]) and (
            cw.flags(out[-1]) & (PLACE | PROPER) or not cw.learner(out[-1])
        ) and out[-1][-1] not in PLACE_ENDINGS and names.get(out[-1]) != "person":
            # 河西 乡, 福井 县, 集美 镇, 康斯坦察 县: a small unit's whole name, which the place
            # alone need not be; any proper noun before one names it (no common word: 大山 村)
            name = out.pop() + w
            found[name] = "place"
            out.append(name)
        elif out and w in PLACE_ENDINGS and out[-1] in names and not is_known(out[-1]):
            name = out.pop() + w
            found[name] = "place"
            out.append(name)
        else:
            out.append(w)
    return out, found


#: Endings of places that hold towns and villages (邢台县, 网市镇): a village or a town named
#: right after one is a place, whatever words its name is made of.
_HOLDING_UNITS = frozenset("省市县区乡镇")
#: Endings of the villages and towns so named (南市屯村, 沙矶头村, 青石镇).
_VILLAGE_UNITS = frozenset("村镇乡屯寨")
#: Single characters before a unit that say which one, not its name (该 村, 本 镇, 全 乡).
_WHICH_UNIT = frozenset("该本全此邻同外每各某几")
_VILLAGE_NAME_LONGEST = 3


def _village_end(words: list[str], i: int, cw: CutWords) -> int:
    """The index of the unit that ends a village's name starting at ``i`` (南市 屯 村: the
    index of 村), or 0: the longest run of one to three characters in whole pieces, no
    grammar or counting word, before a village's unit, not only a common word."""
    best, size = 0, 0
    for k in range(i, min(len(words) - 1, i + _VILLAGE_NAME_LONGEST)):
        piece = words[k]
        size += len(piece)
        if size > _VILLAGE_NAME_LONGEST or not HAN_ONLY.match(piece) or any(
            ch in FUNCTION_CHARS or ch in _NUMERALS or ch in _WHICH_UNIT for ch in piece
        ):
            break
        if words[k + 1] in _VILLAGE_UNITS and any(
            len(p) == 1 or cw.flags(p) & (PROPER | PLACE) or not cw.learner(p)
            for p in words[i : k + 1]
        ):
            best = k + 1
    return best


def join_villages(
    words: list[str], is_place: Callable[[str], bool], cw: CutWords
) -> tuple[list[str], dict[str, str]]:
    """``words`` with each village or town named right after a place that holds it joined
    as one place, and those places: 邢台县 南市 屯 村 -> 南市屯村, 网市镇 沙 矶 头 村 ->
    沙矶头村, and a name found there ending in a village's unit is a place (红庄乡 陈沟村).
    The name is one to three characters in whole pieces, no grammar or counting word, and
    not only a common word (河北省 贫困 村 "Hebei's poor villages" stays words)."""
    out: list[str] = []
    found: dict[str, str] = {}
    i, n = 0, len(words)
    while i < n:
        held = bool(out) and len(out[-1]) >= 2 and out[-1][-1] in _HOLDING_UNITS and (
            is_place(out[-1])
        )
        if held:
            w = words[i]
            if 3 <= len(w) <= 4 and w[-1] in _VILLAGE_UNITS and HAN_ONLY.match(w) and (
                not cw.learner(w) or cw.flags(w) & PLACE
            ):
                found[w] = "place"  # 红庄乡 陈沟村: a village, not a person
                out.append(w)
                i += 1
                continue
            end = _village_end(words, i, cw)
            if end:
                name = "".join(words[i : end + 1])
                found[name] = "place"
                out.append(name)
                i = end + 1
                continue
        out.append(words[i])
        i += 1
    return out, found


#: One-character words that often follow a name in narrative (贾母 笑, 凤姐 便, 贾珍 之):
#: verbs of saying and reacting, adverbs and grammar words. Names ending in one exist
#: (王羲之, 周恩来), so such an ending is split only on the text's own evidence
#: (``GlueCheck``). Written for zh-learn.
GLUE_AFTER = frozenset(
    "道笑说问答叹听见看想忙命叫哭骂喜怒闻拉扶回便亦乃因又也都就却才方遂正先自已还只竟忽"
    "仍尚则即且之的了和与等在是把被对向从为"
)
#: One-character words that often come before a name (往 荣府, 见 贾府, 谓 黛玉, 连 蓉哥 "even
#: Rong"): verbs of motion and address, prepositions. None is a common surname. Written
#: for zh-learn.
GLUE_BEFORE = frozenset("往至见谓入离请送待邀借知即系按并派怕到在从与把被对给叫让是和乃令看领命连")
#: Of those, the words that come before any noun (连 雀儿 "even the bird"): what is split
#: from one is a name only where it would be the given name of a person with that surname
#: (连 紫鹃, 连 焙茗; not 连 雀儿, since 儿 is a suffix).
_BEFORE_ANY_NOUN = frozenset("连")
#: A shorter name is read when it occurs without the glued character at least this many
#: times as often as with it, and at least ``_GLUE_MIN_APART`` times.
_GLUE_RATIO = 2
_GLUE_MIN_APART = 2
#: Any other one-character word after a short name is split off on stronger evidence (凤姐
#: 带, 凤姐 站 in a text with hundreds of 凤姐), but never a suffix of address or kin that
#: makes a longer name (凤姐儿, 周瑞家, 林妹妹).
_STRONG_RATIO = 8
_STRONG_MIN_APART = 8
_SUFFIXES = frozenset(
    "儿子氏们家哥姐妹弟嫂叔伯婶姨爷婆兄娘公君老奶妈爹母父夫"
    # and the endings of places and buildings (宁荣街, 沁芳溪, 凤藻宫)
    "街路巷溪河江湖海山峰岭桥门园院寺庙阁楼亭台斋堂宫殿馆坊洲池塘关"
)


class GlueCheck:
    """Whether a three-character name found in a text is a two-character name glued to a
    one-character word next to it (贾母笑 is 贾母 + 笑 "laughs", 往荣府 is 往 "to" + 荣府), judged
    by the whole text: the short name occurs far more often without that character than
    with it. jieba's dictionary holds such junk (贾母笑, 宝玉石), and the rules and the tagger
    make more where a name is followed by a verb or adverb. The text is read once per short
    name, so the verdict is the same wherever a block of the text is cut."""

    def __init__(self, text: str, is_word: Callable[[str], bool] = lambda w: False) -> None:
        self.text = text
        self.is_word = is_word
        self._after: dict[str, Counter[str]] = {}
        self._before: dict[str, Counter[str]] = {}
        self._verdicts: dict[str, tuple[str, str] | None] = {}
        #: where each character occurs, in a long text (``_INDEXED_TEXT``)
        self._index: _CharIndex | None = None

    def split(self, name: str) -> tuple[str, str] | None:
        """The two parts of ``name`` (short name first or second), or None for a name."""
        hit = self._verdicts.get(name, ())
        if hit == ():
            hit = self._verdicts[name] = self._split(name)
        return hit  # type: ignore[return-value]

    def _split(self, name: str) -> tuple[str, str] | None:
        if len(name) != 3:
            return None
        first, last = name[0], name[2]
        cuts: list[tuple[int, tuple[str, str]]] = []
        if first in GLUE_BEFORE:
            before = self._neighbours(name[1:], self._before, -1)
            if _apart(before, first):
                cuts.append((before.total(), (first, name[1:])))
        # the short name opens with no grammar word or verb (见贾 of 见贾政 is none)
        # a common surname after a short name starts the next name (贾兰贾 of 贾兰贾菌)
        surname = _common_surname(last)
        if first not in GLUE_BEFORE and first not in FUNCTION_CHARS and (
            last in GLUE_AFTER
            or surname
            or (last not in _SUFFIXES and last not in PLACE_SUFFIXES and self.is_word(last))
        ):
            after = self._neighbours(name[:2], self._after, 1)
            # a foreign name's start is often part of a longer word (伊拉 of 伊拉克), so
            # 伊拉拉 keeps its last character unless that is a grammar word
            if _apart(after, last, strong=last not in GLUE_AFTER and not surname) and (
                last in GRAMMAR_CHARS or surname or not all(ch in TRANSLITERATION for ch in name)
            ):
                cuts.append((after.total(), (name[:2], last)))
        # where both sides could go, the short name the text shows more often wins
        return max(cuts)[1] if cuts else None

    def split_place(self, name: str) -> tuple[str, str] | None:
        """A place's three characters as a character and the place's short name, where the
        text shows the short name after other characters too and it is no word (时 旧港,
        三佛齐 旧港, 拆 宁府), or None. Only a place: a person's short name is often alone
        (贾雨村, then 雨村)."""
        if len(name) != 3 or name[2] not in PLACE_SUFFIXES or name[0] in FUNCTION_CHARS:
            return None
        if self.is_word(name[1:]):
            return None
        before = self._neighbours(name[1:], self._before, -1)
        return (name[0], name[1:]) if _apart(before, name[0]) else None

    def _neighbours(self, short: str, memo: dict[str, Counter[str]], side: int) -> Counter[str]:
        """How often each character follows (side 1) or precedes (side -1) ``short``."""
        hit = memo.get(short)
        if hit is None and len(self.text) >= _INDEXED_TEXT:
            if self._index is None:
                self._index = _CharIndex(self.text)
            hit = memo[short] = self._index.neighbours(short, side)
        if hit is None:
            text, n = self.text, len(short)
            hit = Counter()
            at = text.find(short)
            while at >= 0:
                i = at + n if side > 0 else at - 1
                hit[text[i] if 0 <= i < len(text) else ""] += 1
                at = text.find(short, at + 1)
            memo[short] = hit
        return hit


#: Texts this long are searched through ``_CharIndex``: a novel asks for the neighbours of
#: ~600 short names, and each search of the whole text took 2 ms.
_INDEXED_TEXT = 100_000


class _CharIndex:
    """Where each character of a text occurs (numpy arrays, ~11 MB for a novel): the
    occurrences of a string are found among those of its first character."""

    def __init__(self, text: str) -> None:
        import numpy as np

        self.codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
        # the offsets grouped by character, each group in text order; a text of the Basic
        # Multilingual Plane only (most) is sorted as 16-bit codes, by numpy's radix sort
        # (a novel's 900k characters: 0.03 s instead of 0.1-0.2 s)
        keys = self.codes.astype(np.uint16) if self.codes.max(initial=0) < 0x10000 else self.codes
        self.order = np.argsort(keys, kind="stable").astype(np.int32)
        self.grouped = self.codes[self.order]

    def neighbours(self, short: str, side: int) -> Counter[str]:
        """How often each character follows (side 1) or precedes (side -1) ``short``
        (every occurrence, overlapping ones too; "" for the text's end or start)."""
        import numpy as np

        codes, size = self.codes, len(self.codes)
        first = ord(short[0])
        # of the index's own type: mixed types would copy the whole index at each search
        bounds = np.array([first, first + 1], dtype=self.grouped.dtype)
        lo, hi = np.searchsorted(self.grouped, bounds)
        at = self.order[lo:hi]
        for k, ch in enumerate(short[1:], 1):
            at = at[at < size - k]
            at = at[codes[at + k] == ord(ch)]
        near = at + len(short) if side > 0 else at - 1
        inside = near[(near >= 0) & (near < size)]
        values, counts = np.unique(codes[inside], return_counts=True)
        hit = Counter({chr(v): int(c) for v, c in zip(values.tolist(), counts, strict=True)})
        if len(inside) < len(near):
            hit[""] = len(near) - len(inside)
        return hit


#: Log-odds of a surname (``CutWords.surname_score``) common enough to start a new name.
_COMMON_SURNAME = 3.0


def _common_surname(ch: str) -> bool:
    from zh_learn.analysis.cutwords import cut_words

    return cut_words().surname_score.get(ch, _UNSEEN) >= _COMMON_SURNAME


def _apart(neighbours: Counter[str], ch: str, strong: bool = False) -> bool:
    together = neighbours[ch]
    apart = neighbours.total() - together
    if strong:
        return apart >= _STRONG_MIN_APART and apart >= _STRONG_RATIO * together
    return apart >= _GLUE_MIN_APART and apart >= _GLUE_RATIO * together


def unglue(
    words: list[str],
    found: dict[str, str],
    glue: GlueCheck,
    is_common: Callable[[str], bool],
    known: dict[str, str],
) -> tuple[list[str], dict[str, str]]:
    """``words`` and ``found`` (names just joined) with each name ``glue`` splits cut in
    two, and each title run together with a person (``titled``); the short name becomes a
    name of the same type unless it is a common word or one of the ``known`` names
    already."""
    if any(kind == "person" and _place_ending(name) for name, kind in found.items()):
        # 石岩乡 "Shiyan township": a person's name never ends in a unit of government
        found = {
            name: "place" if kind == "person" and _place_ending(name) else kind
            for name, kind in found.items()
        }
    if "《" in words:
        # a person's name filling a title in book marks is the title (《吴郡志》)
        whole = {
            w for k, w in enumerate(words[1:-1], 1)
            if words[k - 1] == "《" and words[k + 1] == "》" and found.get(w) == "person"
        }
        found = {name: kind for name, kind in found.items() if name not in whole}
    titles = {
        name: parts for name, kind in found.items()
        if kind == "person" and (parts := titled(name)) is not None
    }
    bad = titles | {
        name: parts for name, kind in found.items()
        if name not in titles and (
            (parts := glue.split(name)) is not None
            or (kind == "place" and (parts := glue.split_place(name)) is not None)
        )
    }
    if not bad:
        return words, found
    kept = {name: kind for name, kind in found.items() if name not in bad}
    out: list[str] = []
    for w in words:
        parts = bad.get(w)
        if parts is None:
            out.append(w)
            continue
        out.extend(parts)
        # the person after a title (秦王 嬴政), else the short name next to a glued word
        short = parts[1] if w in titles else max(parts, key=len)
        if parts[0] in _BEFORE_ANY_NOUN and w not in titles and short not in _given_of(w, known):
            continue  # 连 雀儿 "even the bird"; but 连 紫鹃 still names 紫鹃
        if not is_common(short) and short not in known:
            kind = found[w]
            if kind == "place" and _given_name_of(short, known):
                kind = "person"  # 知雨村 is 知 + 雨村, the given name of 贾雨村
            kept.setdefault(short, kind)
    return out, kept


def _given_of(name: str, known: dict[str, str]) -> dict[str, str]:
    """What ``given_names`` would make of ``name`` as a person's full name (连紫鹃 -> 紫鹃,
    but 连雀儿 -> nothing: 儿 is a suffix)."""
    from zh_learn.analysis.cutwords import cut_words

    return given_names({name: "person"}, cut_words(), known)


#: Units of government that end a place's name, never a person's (石岩乡, 钱唐郡); not 村,
#: which ends given names too (贾雨村).
_UNITS = frozenset("乡镇县郡")
#: Features of the land after 家 that end a place named for a family (刘家河, 张家港,
#: 李家沟), never a person's name. Written for zh-learn.
_FAMILY_PLACE_ENDS = frozenset("河港湾村庄屯沟岭桥湖坝洼坪峪堡")


def _place_ending(name: str) -> bool:
    """Whether ``name`` (three characters or more) ends as a place's name and never as a
    person's: a unit of government (石岩乡), or 家 and a feature of the land (刘家河)."""
    return len(name) >= 3 and (
        name[-1] in _UNITS or (name[-2] == "家" and name[-1] in _FAMILY_PLACE_ENDS)
    )


#: Last characters of a ruler's or a noble's title (秦王, 汉武帝, 齐桓公, 卫侯).
_TITLE_ENDS = frozenset("王帝后公侯")


def titled(name: str) -> tuple[str, str] | None:
    """A title and the person it names, run together as one name (秦王嬴政 -> 秦王 + 嬴政,
    汉武帝刘彻), or None: a title of two or three characters ending in 王, 帝, 公 ... that a
    dictionary holds, then a dictionary's person or a clear Chinese name."""
    from zh_learn.analysis.cutwords import cut_words

    if not 4 <= len(name) <= 6 or not HAN_ONLY.match(name):
        return None
    cw = cut_words()
    for cut in (2, 3):
        title, person = name[:cut], name[cut:]
        if title[-1] not in _TITLE_ENDS or not cw.learner(title) or not 2 <= len(person) <= 3:
            continue
        if cw.flags(person) & PERSON or (
            person[0] in cw.surname_score
            and person_score(person[0], person[1:], cw) >= PERSON_THRESHOLD[len(person) - 1]
        ):
            return title, person
    return None


def _given_name_of(short: str, known: dict[str, str]) -> bool:
    """Whether ``short`` is the given name of a person named in the text (雨村 of 贾雨村)."""
    return any(
        kind == "person" and len(name) == len(short) + 1 and name.endswith(short)
        for name, kind in known.items()
    )


#: Forms of address after a lone surname (李 老师, 王 某, 胡 老, 刘 家): the surname names a
#: person. Titles that rather follow a full name or a common word (记者, 代表, 作家) are
#: left out. Written for zh-learn.
ADDRESS = frozenset(
    "先生 女士 小姐 老师 太太 夫人 师傅 同志 大爷 大妈 大娘 大姐 大哥 老板 阿姨 "
    "书记 市长 县长 省长 区长 镇长 乡长 村长 主任 局长 部长 厅长 处长 科长 主席 总理 外长 "
    "经理 教授 校长 院长 队长 董事长 总经理 总统 首相 大使 医生 教练 工程师 老 总 家 某".split()
)
#: What shows a lone surname where it stands: a form of address after it, 姓 "surnamed"
#: before it.
SURNAME_CUES = ADDRESS | {"姓"}
#: The least surname log-odds (``CutWords.surname_score``) of a lone surname before a form of
#: address: 李 4.0, 常 0.2; 新 (-1.1) and 全 (-1.0) are rather "new" and "whole".
_ADDRESSED_FLOOR = 0.0
#: ... before a one-character form of address, more common as a word (别 家 "another
#: family", 吾 家 "my family", 连 家 "even the family"): a clear surname (刘 4.3, 何 2.0).
_ADDRESSED_SHORT_FLOOR = 2.0
#: Surnames that are as often a verb or a suffix before a title (曾 任 总理 "once served as
#: premier", 巴西 籍 教练 "Brazilian coach").
_VERB_SURNAMES = frozenset("任管称像代兼籍")


def addressed_surnames(words: list[str], cw: CutWords) -> list[int]:
    """Indexes of the lone surnames a form of address follows (李 老师, 常 副局长, 老 于 的):
    a person's name in this text, which stays the word a learner looks up (李). Never a
    grammar word, a numeral or a verb (向 老师, 万 家, 任 总理)."""
    out = []
    for i in range(len(words) - 1):
        ch = words[i]
        if len(ch) != 1 or ch in FUNCTION_CHARS or ch in _NUMERALS or ch in _VERB_SURNAMES:
            continue
        before = words[i - 1] if i else ""
        if before in THAI or (len(before) > 1 and all(c in TRANSLITERATION for c in before)):
            continue  # the end of a name cut in pieces (素 林 外长, 库马拉通 加 总统)
        if before == "姓" and cw.surname_score.get(ch, -99.0) > _ADDRESSED_FLOOR:
            out.append(i)  # 姓 樊 的 "surnamed Fan"; not 异 姓 相 视 "treat as of another clan"
            continue
        after = words[i + 1]
        if after == "副" and i + 2 < len(words):
            after = words[i + 2]  # 常 副 局长
        elif after[:1] == "副" and len(after) > 2:
            after = after[1:]
        floor = _ADDRESSED_FLOOR if len(after) > 1 else _ADDRESSED_SHORT_FLOOR
        if after not in ADDRESS or cw.surname_score.get(ch, -99.0) < floor:
            continue
        if after == "家" and i + 2 < len(words):
            nxt = words[i + 2]
            if len(nxt) == 1 and HAN_ONLY.match(nxt) and nxt not in FUNCTION_CHARS:
                continue  # 马 家 浜, 王 家 庄: a place named after a family
        out.append(i)
    return out


#: The least surname log-odds (``CutWords.surname_score``) of a full name whose given name
#: is then read alone as the same person (孙 2.9; 阿 of 阿马特 is no surname here).
_GIVEN_ALONE_SURNAME = 1.0


def given_names(
    found: dict[str, str], cw: CutWords, known: dict[str, str] | frozenset[str] = frozenset()
) -> dict[str, str]:
    """The given names of the Chinese persons in ``found`` (孙俊平 -> 俊平), which a text
    uses alone after the full name (小俊平, 俊平的朋友): persons too, unless a dictionary
    holds them as words (刘华山's 华山, 张国立's 国立) or the text names them already."""
    out: dict[str, str] = {}
    for name, kind in found.items():
        if kind != "person" or len(name) != 3 or not HAN_ONLY.match(name):
            continue
        given = name[1:]
        if (
            cw.surname_score.get(name[0], _UNSEEN) < _GIVEN_ALONE_SURNAME
            or all(ch in TRANSLITERATION for ch in name)
            or any(
                ch in GLUE_AFTER or ch in GLUE_BEFORE or ch in _SUFFIXES or ch in _NUMERALS
                or ch in FAMILIAR
                for ch in given
            )
            or given in known
            or cw.freq(given)
            # the statistics must agree it is a name: no junk of a guess (毕 笑道, 贾 献茶)
            or person_score(name[0], given, cw) < PERSON_THRESHOLD[2]
        ):
            continue
        out[given] = "person"
    return out
