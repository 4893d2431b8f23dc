"""What an item means: its senses in learner order, short glosses, and glosses composed from
the parts of a word no dictionary lists."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from pathlib import Path

from zh_learn.analysis.cutwords import cut_words
from zh_learn.analysis.lexicon import (
    WEAK_DEFINITIONS,
    Lexicon,
    _lookup,
    cache_key,
    doubled_pair,
    doubled_quality,
    lexicon,
    saying_halves,
)
from zh_learn.analysis.names import FUNCTION_CHARS, HONORIFICS
from zh_learn.cachefiles import cached_pickle
from zh_learn.hanzi import HAN, HAN_CLASS, NUMERALS
from zh_learn.models import IdiomInfo, Sense
from zh_learn.package_data import read_rows
from zh_learn.paths import cache_dir
from zh_learn.pinyin.rules import context_words


@functools.lru_cache(maxsize=65536)
def cedict_syllables(pinyin: str) -> tuple[str, ...]:
    """CC-CEDICT's "ru2 lu:3 bo2 bing1" -> ("ru2", "lv3", "bo2", "bing1")."""
    out = []
    for syl in pinyin.lower().split():
        syl = syl.replace("u:", "v")
        if syl and not syl[-1].isdigit():
            syl += "5"
        out.append(syl)
    return tuple(out)


def item_senses(
    word: str,
    syllables: tuple[str, ...],
    lex: Lexicon,
    context: tuple[str, int] | None = None,
    traditional: str = "",
) -> tuple[Sense, ...]:
    """The senses of ``word`` for a learner: the one the text uses first. ``context`` is the
    sentence (in simplified characters) and the word's offset in it; ``traditional`` the
    form the word takes there (幹/乾 for 干), whose dictionary entry then comes first."""
    senses: list[Sense] = []
    supplement = lex.supplement.get(word)
    if supplement is not None and supplement.definitions:
        senses.append(
            Sense(
                pinyin=supplement.pinyin,
                definitions=supplement.definitions,
                source="supplement",
                traditional=supplement.traditional,
            )
        )
    senses.extend(lex.senses(word))
    wanted = tuple(syllables)
    if not senses and len(word) >= 6:
        # a two-part saying written without its comma (万事俱备只欠东风): CC-CEDICT's entry
        senses.extend(_saying_without_comma(word, wanted, lex))
    if not senses and len(word) >= 3:
        senses.extend(_half_of_saying(word, wanted, lex))
    elif context is not None and len(word) >= 3 and _quotes_saying(word, *context):
        # 三人行，必有我师: the saying's meaning, not the half's own entry ("threesome")
        senses[:0] = _half_of_saying(word, wanted, lex)
    # The reading used in the text comes first, then the entry with the traditional form
    # used there, common-word senses before proper nouns (也 "also" before "surname Ye") and
    # real meanings before variant cross-references.
    senses.sort(
        key=lambda s: (
            s.source != "supplement",
            cedict_syllables(s.pinyin) != wanted,
            # no entry read that way: one that differs by a neutral tone (好处 hao3 chu4 is
            # the entry hao3 chu5 "benefit", not hao3 chu3 "easy to get along with")
            not _neutral_match(cedict_syllables(s.pinyin), wanted),
            bool(traditional) and s.traditional != traditional,
            s.pinyin[:1].isupper(),
            all(d.startswith(WEAK_DEFINITIONS) for d in s.definitions),
        )
    )
    senses = [_scrubbed(sense, word) for sense in senses]
    if context is not None and len(word) > 1 and _before_place_word(word, *context):
        place = next((s for s in senses if _names_a_place(s)), None)
        if place is not None and senses[0] is not place:
            senses.remove(place)
            senses.insert(0, place)
    if context is not None and len(word) == 1 and _as_surname(lex, *context):
        surname = _surname_sense(senses, wanted)
        if surname is not None:
            senses.insert(0, surname)
            return tuple(senses)
    if context is not None and word in _FAMILIAR_GLOSS and senses:
        text, offset = context
        if _as_surname(lex, text, offset + 1) and text[offset + 1 : offset + 3] not in lex.entries:
            familiar = replace(senses[0], definitions=(_FAMILIAR_GLOSS[word],), source="zh-learn")
            return (familiar, *senses)
    if context is not None and senses:
        chosen = _in_context(word, senses[0], *context)
        if chosen is not None:
            senses.insert(0, chosen)
    return tuple(senses)


#: Forms of address that follow a surname (王阿姨 "Auntie Wang", 李老师, 张经理), the name
#: rules' own and official titles; the one-character ones (张总, 刘哥, 何家) are also words
#: of their own (别总是, 三家, 这付老脸), so they need a common surname before them.
_ADDRESS_AFTER = tuple(h for h in HONORIFICS if len(h) > 1) + (
    "大婶", "大叔", "大伯", "奶奶", "爷爷", "叔叔", "伯伯", "婶婶", "同学", "经理", "主任",
    "教授", "医生", "大夫", "校长", "院长", "局长", "书记", "市长", "县长", "省长", "主席",
    "总理", "总统", "部长", "处长", "科长", "厂长", "队长", "警官", "律师", "博士",
    "舰长", "船长", "机长", "班长", "组长", "所长", "站长", "馆长", "社长", "会长", "镇长",
    "村长", "团长", "营长", "连长", "排长", "师长", "军长", "司令", "将军", "老板", "师傅",
)
_SHORT_ADDRESS = frozenset(h for h in HONORIFICS if len(h) == 1)
#: How much likelier a character is as a surname than in running text (log-odds, from the
#: name lists) for it to be taken as one on weaker evidence: 王 3.7, 何 2.0; not 云 1.8, 付
#: 1.1, 别 0.0, 区 -1.9.
_COMMON_SURNAME = 2.0
_UNKNOWN_SURNAME = -99.0
#: What a person named 小李 or 老王 often does right after the name.
_DOES = frozenset("说问笑道叫喊答去来要想会能还又却便看听走跑拿买")
#: Surnames that after 小/老 are animals far more often than people (老牛, 小羊, 小熊, 小鹿
#: in children's stories): only a form of address makes them a surname (牛大爷, 马老师).
_ANIMAL_SURNAMES = frozenset("牛马羊熊鹿燕龙虎鱼鸡猫猪兔鹤狐")
#: Before 小/老 where they describe a thing, not a name (的小丁 "the small dice", 个小丁).
_THING_BEFORE = frozenset("的个只块片颗粒")
#: 小 and 老 before a surname (小李, 老王): what they mean there.
_FAMILIAR_GLOSS = {
    "小": "(before a surname: familiar form of address to someone younger) little; young",
    "老": "(before a surname: familiar form of address to a friend or someone older) old",
}


#: After 毛, these make it "young; raw", no surname (毛丫头, 毛孩子, 毛小子).
_YOUNG_AFTER = ("丫头", "孩子", "小子")


def _as_surname(lex: Lexicon, text: str, offset: int) -> bool:
    """Whether the one character at ``offset`` is a surname in use: before a form of address
    (王阿姨, 李老师, 张总) or after the familiar 小/老 (小李和妈妈, 老王说) where those two
    characters are no word of their own (大小王, 古老 are)."""
    char, after = text[offset : offset + 1], text[offset + 1 : offset + 3]
    if char not in lex.surnames or (char == "毛" and after.startswith(_YOUNG_AFTER)):
        return False  # 毛丫头, 毛孩子: young and raw
    if after.startswith(_ADDRESS_AFTER):
        return True
    if not is_common_surname(char):
        return False
    if after[:1] in _SHORT_ADDRESS:
        return True
    before = text[offset - 1 : offset] if offset > 0 else ""
    return (
        before in _FAMILIAR_GLOSS
        and char not in _ANIMAL_SURNAMES
        and text[offset - 2 : offset - 1] not in _THING_BEFORE  # 切成……的小丁: small dice
        and text[offset - 1 : offset + 1] not in lex.entries
        and (offset < 2 or text[offset - 2 : offset] not in lex.entries)
        # a name is followed by what a person does or a grammar word (小李和, 老王说), not
        # by more of a noun (小花猫)
        and (
            not HAN.match(after[:1]) or after[:1] in FUNCTION_CHARS or after[:1] in _DOES
        )
    )


#: Words that follow a place's name (大理古城, 开封市, 安康地区): the name, not the word
#: spelled the same ("judicial officer", "to open a seal", "good health").
_PLACE_WORDS = (
    "古城", "古镇", "市", "县", "州", "城区", "镇", "机场", "地区", "一带", "境内", "老城",
)
#: How CC-CEDICT says an entry is a place.
_PLACE_DEFINITION = re.compile(
    r"\b(?:city|county|prefecture|province|district|town|township|village|place name)\b",
    re.IGNORECASE,
)


#: After 可 opening a clause, these make it stress what follows (可别, 可真, 可不), not "but".
_EMPHASIS_AFTER = frozenset("别真不得要太是")
#: What falls from the sky (下雨, 下了大雨, 下着小雪).
_WEATHER = frozenset("雨雪雹霜")


#: Idioms of heavy rain and snow after 下 (下起了瓢泼大雨, 下着鹅毛大雪).
_HEAVY_RAIN = ("瓢泼大雨", "倾盆大雨", "鹅毛大雪", "毛毛雨", "毛毛细雨", "蒙蒙细雨", "绵绵细雨")


def _before_weather(text: str, offset: int) -> bool:
    """Whether rain or snow comes next, after 起 "to start", an aspect particle, an amount and
    a size (了大雨, 着雨, 了一场小雪, 起了小雨)."""
    rest = text[offset : offset + 7].removeprefix("起").lstrip("了着过")  # 下起了小雨
    for amount in ("一场", "一阵", "几场", "场", "阵"):
        rest = rest.removeprefix(amount)
    if rest.startswith(_HEAVY_RAIN):
        return True  # 下起了瓢泼大雨
    return rest[:1] in _WEATHER or (rest[:1] in "大小暴中" and rest[1:2] in _WEATHER)


def _before_place_word(word: str, text: str, offset: int) -> bool:
    return text.startswith(_PLACE_WORDS, offset + len(word))


def _names_a_place(sense: Sense) -> bool:
    return sense.pinyin[:1].isupper() and bool(_PLACE_DEFINITION.search(sense.definitions[0]))


def is_common_surname(char: str) -> bool:
    """Whether ``char`` is common enough as a surname to be taken as one on weak evidence
    (李, 王, 何; not 明, 红, 付)."""
    return cut_words().surname_score.get(char, _UNKNOWN_SURNAME) >= _COMMON_SURNAME


def _surname_sense(senses: Sequence[Sense], wanted: tuple[str, ...]) -> Sense | None:
    """The surname sense ("surname Wang") of an entry read as the text reads the character."""
    for sense in senses:
        if not sense.pinyin[:1].isupper() or cedict_syllables(sense.pinyin) != wanted:
            continue
        for definition in sense.definitions:
            if definition.startswith("surname "):
                return replace(sense, definitions=(definition,), source="zh-learn")
    return None


def _half_of_saying(word: str, syllables: tuple[str, ...], lex: Lexicon) -> tuple[Sense, ...]:
    """The meaning of the saying ``word`` is one half of (三天打鱼 of 三天打鱼，两天晒网: "lit.
    to fish for three days and sun-dry the nets for two days (proverb) (first half of a
    saying)"); () when it is none."""
    saying = saying_halves().get(word)
    if saying is None:
        return ()
    parts = saying.split("，")
    where = "first half" if parts[0] == word else "second half" if parts[-1] == word else "part"
    whole = lex.senses(saying)[:1]
    return tuple(
        replace(
            sense,
            pinyin=" ".join(syllables),
            definitions=(f"{sense.definitions[0]} ({where} of a saying)", *sense.definitions[1:]),
            traditional=lex.traditional(word),
        )
        for sense in whole
    )


def _saying_without_comma(
    word: str, syllables: tuple[str, ...], lex: Lexicon
) -> tuple[Sense, ...]:
    """CC-CEDICT's senses of the saying ``word`` is with a comma put back (吃一堑长一智 is
    吃一堑，长一智), read as the text reads it; () when it is none."""
    for at in range(3, len(word) - 2):
        found = lex.senses(f"{word[:at]}，{word[at:]}")
        if found:
            return tuple(
                replace(
                    s,
                    pinyin=" ".join(syllables) or s.pinyin.replace(" ,", ""),
                    traditional=lex.traditional(word),
                )
                for s in found
            )
    return ()


def _quotes_saying(word: str, text: str, offset: int) -> bool:
    """Whether ``word`` at ``offset`` is quoted there as half of the two-part saying it
    belongs to: the other half follows or comes before it, with or without the comma."""
    saying = saying_halves().get(word)
    if saying is None:
        return False
    first, _, second = saying.partition("，")
    around = text[max(0, offset - len(saying)) : offset + len(saying) + 1]
    return saying in around or first + second in around


def _neutral_match(entry: tuple[str, ...], wanted: tuple[str, ...]) -> bool:
    """Whether two readings are the same but for neutral tones (hao3 chu5 ~ hao3 chu4)."""
    return len(entry) == len(wanted) and all(
        a == b or (a[:-1] == b[:-1] and "5" in (a[-1:], b[-1:]))
        for a, b in zip(entry, wanted, strict=True)
    )


def also_readings(word: str, syllables: Sequence[str]) -> Iterator[tuple[str, ...]]:
    """Other readings CC-CEDICT accepts for ``word`` read ``syllables`` (母亲 mu3 qin1: "also
    pr. [mu3 qin5]")."""
    wanted = tuple(syllables)
    for sense in lexicon().senses(word):
        if cedict_syllables(sense.pinyin) == wanted:
            for other in sense.also:
                yield cedict_syllables(other)


def reading_of_form(
    word: str, form: str, syllables: tuple[str, ...], lex: Lexicon
) -> tuple[str, ...]:
    """The reading of ``word`` written ``form`` in traditional characters: a single
    character whose form has one reading takes it (干 written 乾 is gān, not gàn)."""
    if len(word) != 1:
        return syllables
    found = {
        cedict_syllables(s.pinyin)
        for s in lex.senses(word)
        if s.traditional == form
        and not s.pinyin[:1].isupper()
        and not all(d.startswith(WEAK_DEFINITIONS) for d in s.definitions)
    }
    if syllables in found or len(found) != 1:
        return syllables
    return found.pop()


_SEE = re.compile(
    r"^(?:see (?:also )?|(?:old |archaic |erhua )?variant of |used for )"
    # its reading, then a note: "variant of 记录 (jì lù) (but in Taiwan, not for the verb)"
    r"([\u3400-\u9fff][\u3400-\u9fff，]*)(?: \([^)]*\)){0,2}$"  # 临渊羡鱼，不如退而结网 too
    # "used for 师傅 (shī fu) (in Taiwan)" for 师父: the word it stands for
)


#: Definitions that only point at another entry: dropped beside a meaning of the word's own.
_CROSS_REFERENCES = ("see also ", "variant of ", "old variant of ", "archaic variant of ")


def _noun_meanings(word: str) -> str:
    """The first three of ``word``'s first sense's definitions that are no verb's."""
    senses = lexicon().senses(word)
    found = [d for d in senses[0].definitions if not d.startswith("to ")] if senses else []
    return "; ".join(found[:3])


def _scrubbed(sense: Sense, word: str) -> Sense:
    """``sense`` with the word's own characters taken out of its definitions (把: "used to put
    the object before the verb: ~ + noun + verb"), so no question shows its answer."""
    own = set(word)

    def one(m: re.Match[str]) -> str:
        if not own & set(m.group()):
            return m.group()
        # "abbr. for Jiangsu 江苏 and Zhejiang 浙江" for 江浙: hanzi after the English name
        # they translate only repeat it, so they go rather than leave "Jiangsu ~"
        if _AFTER_NAME.search(m.string, 0, m.start()):
            return ""
        # "equivalent to either 是 (shì) or 就是 (jiù shì)" for 乃是: the reading says which
        # word is meant, where "either ~ or ~" would say nothing
        reading = m.group(1)
        return reading if reading and not _HAN.search(reading) else "~"

    def resolved(definition: str) -> str:
        # "see 正房" for 上房, "variant of 撤销" for 撤消: the meaning of the word it points
        # to, not a bare "see ~"
        m = _SEE.match(definition)
        if m and definition.startswith("erhua") and (meanings := _meanings(m.group(1))):
            # 一块儿 "erhua variant of 一块": the word's meanings ("together" is its fourth),
            # said with the r sound
            return f"{meanings} (erhua)"
        if m and own & set(m.group(1)) and (meaning := short_gloss(m.group(1))):
            if "not for the verb" in definition and (nouns := _noun_meanings(m.group(1))):
                return nouns  # 纪录 "record", never 记录's "to record"
            return meaning
        return definition

    def aside(m: re.Match[str]) -> str:
        # "direct (opposite: indirect 间接 (jiàn jiē))" for 直接: the aside would read
        # "indirect ~", so it goes; a note outside brackets keeps its ~ (把: "~ + noun + verb")
        return "" if own & set(m.group()) else m.group()

    def cleaned(definition: str) -> str:
        if own.isdisjoint(definition):
            # none of the word's characters: every rule below leaves it as it is (most
            # definitions; the regexes cost a novel ~0.3 s)
            return definition.strip() or definition
        # an aside that is the whole definition stays ("(prefix indicating ordinal number, as
        # in ~ sixth)" for 第)
        definition = resolved(definition)
        return _HANZI_NOTE.sub(one, _ASIDE.sub(aside, definition).strip() or definition)

    # "see also 红铜" beside "copper" for 铜, "see also 乙方" for 甲方, "variant of 嗬" beside
    # "to drink" for 喝: a cross-reference, not a meaning (read as the other word's meaning,
    # 甲方 was "first party; second party")
    cross_references = [d.startswith(_CROSS_REFERENCES) for d in sense.definitions]
    meaningful = any(  # a meaning of its own, not only "surname ~" or "used in ~"
        not see and not d.startswith(WEAK_DEFINITIONS)
        for d, see in zip(sense.definitions, cross_references, strict=True)
    )
    if any(cross_references) and meaningful:
        sense = replace(
            sense,
            definitions=tuple(
                d for d, see in zip(sense.definitions, cross_references, strict=True) if not see
            ),
        )
    definitions = tuple(_SPACES.sub(" ", cleaned(d)).strip() for d in sense.definitions)
    if definitions == sense.definitions:
        return sense
    # "abbr. for 京沪高速铁路" for 京沪高铁 says nothing once the hanzi go: dropped when
    # another definition is left
    # "abbr. for 太阳穴 (tài yáng xué)" for 太阳 ("sun; abbr. for tài yáng xué") points at
    # another word by its reading alone: it goes too when the word has a meaning of its own
    kept = tuple(
        d
        for d, raw in zip(definitions, sense.definitions, strict=True)
        if not _EMPTY_POINTER.match(d)
        and not (d != raw and _POINTER.match(d))
        and not d.startswith("also written")  # a spelling note (结账 "also written 结帐")
    ) or definitions
    # a pointer resolved to a meaning the entry lists too (师父 "used for 师傅": "master")
    return replace(sense, definitions=tuple(dict.fromkeys(kept)))


#: Where a word stands in its clause, as far as its meaning goes.
_CLAUSE_END = frozenset("，。！？；：、,.!?;:…—“”‘’「」『』（）()《》〈〉 \t\n")
#: Opening quotation marks and brackets: more words follow them ("尾巴"或"毛发").
_OPENING = frozenset("“‘「『（(《〈")
#: Sentence particles after which a word still ends what is said (对了, 够吗).
_TRAILING = frozenset("了吗呢啊吧呀啦嘛哇")
_NUMERALS = NUMERALS | frozenset("半0123456789０１２３４５６７８９")


def context_role(text: str, offset: int, word: str, counts: bool = True) -> str:
    """Where a word stands: "counted" after a number or 这/那/每/各 (一把, 各项), "end" at
    the end of a clause, "before_number" before a number (才三岁), "before" before more
    words (对他说)."""
    before = text[offset - 1 : offset] if offset > 0 else ""
    after = text[offset + len(word) : offset + len(word) + 1]
    # 这/那 before an adverb is its subject, not a measure word's counter (这才明白, 那就好)
    if counts and before and (before in _COUNTERS or before.isdigit()) and not (
        before in "这那" and word in _ADVERBS
    ):
        return "counted"
    if len(word) == 1 and before == word and text[offset - 2 : offset - 1] == "一":
        return "counted"  # 一道道, 一块块: the measure word said twice, "row upon row"
    if after in _TRAILING:  # 对了。 ends the clause; 装了两袋 goes on
        after = text[offset + len(word) + 1 : offset + len(word) + 2]
    if after in _OPENING:
        return "before"
    if not after or after in _CLAUSE_END:
        return "end"
    if after in _NUMERALS:
        # an idiom opening with a numeral is no number (就半途而废, 便一心一意)
        start = offset + len(word)
        if text[start : start + 4] in lexicon().idioms or text[start : start + 2] in _ONE_WORDS:
            return "before"
        return "before_number"
    return "before"


#: Words that open with 一 and count nothing (就一定能, 才一直, 又一再): an adverb or an
#: adjective, not a number; an idiom opening with a numeral is caught apart.
_ONE_WORDS = frozenset({
    "一定", "一直", "一起", "一同", "一齐", "一再", "一向", "一旦", "一概", "一律", "一致",
    "一切", "一样", "一般", "一味", "一心", "一贯", "一经", "一面", "一边", "一并", "一时",
})  # fmt: skip


@functools.cache
def _context_glosses() -> dict[tuple[str, str, str], str]:
    """zh-learn's first glosses by where a word stands and, where it matters, how it is read
    (``data/context_senses.tsv``)."""
    table = {}
    for cols in read_rows("context_senses.tsv"):
        word, where, gloss = cols[:3]
        reading = cols[3] if len(cols) > 3 else ""
        table[(word, where, reading)] = gloss
    return table


#: Adverbs before a verb of being (均属, 皆属, 亦属).
_ALL_ADVERBS = frozenset("均皆都纯实仍亦同也尚确乃即")
#: What follows 将 when it means "will" (将要, 将会, 将在, 将使, 将与, 将进一步, 将成为).
_WILL_BEFORE = frozenset("要会在于是有近来可能被使与对以把向从到为成进出继")
#: The end of a verb that moves or turns its object (迁移至, 扔进, 寄赠给, 改为, 翻译成):
#: after an object, it makes 将 the written 把.
_DISPOSAL = frozenset("至进入给到成为作")
#: Verbs of holding or stopping that take 住 "firmly" (围住, 抓住, 拦住, 记住, 保住): after an
#: object, they too make 将 the written 把.
_HOLD = frozenset("围抓拦挡记留守保稳握捉困堵封锁按压捂遮扶拴绑揪挽罩盖")


def _marks_object(text: str, offset: int) -> bool:
    """Whether 将 at ``offset`` marks an object, like 把 (并将碑迁移至山后, 已将此书寄赠给):
    a word, then a verb ending in 至/进/给/为… later in the clause."""
    after = text[offset + 1 : offset + 2]
    if not after or after in _WILL_BEFORE or after in _CLAUSE_END:
        return False
    # 将你绑了出去, 将其送往医院, 将这信发表: a pronoun or this/that after 将 is its object
    # (将这样做, 将那么多: "will")
    if after in _OBJECT_PRONOUNS or (
        after in "这那此" and text[offset + 2 : offset + 3] not in _NOT_POINTED
    ):
        return True
    end = offset + 1
    # a list of objects (将宣传、弘扬…作为) goes on past its 、
    while end < len(text) and (text[end] == "、" or text[end] not in _CLAUSE_END):
        end += 1
    head = _word_at(text, offset + 1)
    if _opens_with_verb(head) and not {"的", "、"} & set(text[offset + 1 : end]):
        # 将推迟到明年: a verb follows, "will" (将熬好的茶盛入, 将宣传、弘扬…作为: objects)
        return False
    # 进行 "to carry out" is no moving verb (将对…进行调查: "will")
    rest = text[offset + 3 : end].replace("进行", "")
    if any(
        ch in _DISPOSAL and _word_at(text, offset + 3 + i)[-1] in _DISPOSAL
        for i, ch in enumerate(rest)
    ):
        # a verb ends in it (迁移至, 寄给, 作为); not a word it opens (晚点约四十分钟到达)
        return True
    # 将一片荷塘重重围住, 将他紧紧抓住: a verb of holding and 住 after the object (not 居住)
    if any(a in _HOLD and b == "住" for a, b in zip(rest, rest[1:], strict=False)):
        return True
    # 将王右丞的五言律拿来, 将他的书送去: a noun phrase (with 的) and a verb of moving it
    # that ends the clause with 来/去; not 将带来, 将很快回来 (a verb or adverb after 将)
    return (
        text[end - 1] in "来去"
        and "的" in text[offset + 2 : end - 2]
        and not _opens_with_verb(head)
        and text[offset + 1] not in _ADVERBS
    )


#: Pronouns that, right after 将, are the object it brings before the verb (将你绑了出去).
_OBJECT_PRONOUNS = frozenset("我你他她它其您")
#: After 这/那, what makes them no pointer at an object (这样, 那么, 这里, 这时, 这儿).
_NOT_POINTED = frozenset("样么里儿边时会般")


def _word_at(text: str, start: int) -> str:
    """The longest dictionary word that opens at ``start`` (现场 of 现场的), else its character."""
    entries = lexicon().entries
    for size in (4, 3, 2):
        piece = text[start : start + size]
        if len(piece) == size and piece in entries:
            return piece
    return text[start : start + 1]


#: What a complement's verb can't be: prepositions and 是/有 before 过去 (在过去, 有过去); the
#: places 中/里/内/外 (场中出了题目) are checked beside them.
_NOT_VERBS = frozenset("在从到于对为向自至由往朝是有")
#: Modal verbs: what follows them is the main verb, no complement (欲出城, 敢来, 肯去).
_MODALS = frozenset("欲想能会肯敢愿应该须可")
#: Between a verb and its complement: 笑了起来, 站不起来, 说得出来.
_INFIXES = frozenset("了不得")
#: What follows 过去 when it is "the past" (过去的, 过去几年, 过去一年).
_PAST_AFTER = frozenset("的几一两三十数")
#: Aspect particles after which a single character is a verb (盖了, 见过, 站着); a
#: preposition before 着 (照着 "according to") keeps its sense (see _verb_definition).
_ASPECT = frozenset("了过着")
#: The first definition of an adjective (忙 "busy", 红 "red", 冷 "cold"), which stays before
#: 了 (忙了一天): English adjective endings and the commonest short adjectives.
_ADJECTIVE = re.compile(
    r"^(?:\w+(?:y|ful|ous|ive|al|ent|ant|ic|less|able|ed|ing|ish)"
    r"|hot|cold|warm|cool|long|short|big|small|new|old|good|bad|full|fast|slow|high|low|wet"
    r"|deep|thin|thick|young|tall|far|near|clean|rich|poor|sweet|sour|soft|hard|quick|sick"
    r"|black|white|red|green|blue|yellow|dark|bright|wide|narrow|loud|quiet|calm"
    r"|gray|grey|purple|pink|brown|golden)\b"
)


#: English nouns that end in -y like adjectives (weaponry, city, party, money, day, body,
#: policy, energy, enemy) and the adjectives among those endings that stay adjectives.
_NOUN_IN_Y = re.compile(r"^\w*(?:ry|ty|cy|ey|ay|gy|dy|my|by)\b")
_ADJECTIVE_IN_Y = re.compile(
    r"^(?:\w*(?:ary|ggy|ddy|bby)|angry|hungry|sorry|merry|weary|wary|scary|dry|very|empty|dirty"
    r"|pretty|thirsty|tasty|hasty|guilty|mighty|naughty|salty|nasty|petty|faulty|lofty|witty"
    r"|steady|ready|tidy|shady|greedy|needy|sturdy|bloody|gloomy|roomy|creamy|slimy|grey|gray|gay)\b"
)


def _is_adjective(definition: str) -> bool:
    """Whether a definition is an adjective's (busy, empty), not a noun's ending in -y
    (仗 "weaponry", 城 "city"): a noun-first character keeps its verb sense (仗着)."""
    if not _ADJECTIVE.match(definition):
        return False
    return not _NOUN_IN_Y.match(definition) or bool(_ADJECTIVE_IN_Y.match(definition))


_LABEL = re.compile(r"^\([^)]*\) ")


@functools.lru_cache(maxsize=4096)
def _is_verb(char: str) -> bool:
    """Whether CC-CEDICT gives ``char`` a verb among its first meanings (笑 "to laugh", 站
    "station; to stand"; not 他, 家, 天)."""
    for sense in lexicon().senses(char):
        if sense.pinyin[:1].isupper():
            continue
        # "(bound form) to prepare" for 备, "(literary) to ..." are verbs too
        if any(_LABEL.sub("", d).startswith("to ") for d in sense.definitions[:6]):
            return True
    return False


def _after_verb(text: str, offset: int, word: str) -> bool:
    """Whether ``word`` (起来, 下来, 过去…) stands right after a verb as its complement."""
    at = offset - 1
    if at > 0 and text[at] in _INFIXES:
        at -= 1
    if at < 0 or text[at] in _NOT_VERBS or text[at] in "中里内外" or not _HAN.match(text[at]):
        return False
    if text[at] in _ADVERBS or text[at] in _MODALS or (word == "住" and text[at] in "来去"):
        # 还好, 就来: an adverb is no verb; 欲出, 敢来: a modal's verb is the word itself;
        # 去住两日: to go and stay
        return False
    if word == "过去" and text[offset + 2 : offset + 3] in _PAST_AFTER:
        return False
    if at > 0 and text[at] in _MEASURES and text[at - 1] in _OBJECT_NUMERALS:
        return False  # 一片好家园: 片 counts, it is not "to slice"
    if word == "住" and text[at] in _HOLD:
        return True  # 罩住, 盖住: the dictionary opens 罩 and 盖 with a noun ("cover")
    # the end of a longer word is that word's (内容来帮助: a noun; 发展起来: a verb)
    return _is_verb(_word_before(text, at + 1) or text[at])


#: The end of a time or date (明天, 1138年, 此时, 秋季学期, 下周): 起 after it is "from … on".
_TIME_ENDS = frozenset("年月日号天时点今此期周")


def _after_time(text: str, offset: int) -> bool:
    before = text[:offset].rstrip("）)")
    return bool(before) and (before[-1] in _TIME_ENDS or before[-1].isdigit())


#: Adverbs that only go before a verb or an adjective, and are seldom the end of a longer
#: word: a noun-first character after them is a verb (又垫, 也盖, 已病).
_VERB_ADVERBS = frozenset("又也已曾再没别")
#: A numeral and a measure word after a noun-first character make it a verb with its
#: object (下面垫一个蒲包, 盖一层土).
_OBJECT_NUMERALS = frozenset("一两二三四五六七八九十几半")
_MEASURES = frozenset("个张块层本条只件根把片双句口杯碗")
#: Pronouns; a noun-first character between one and 在/到/给 is a verb (他垫在床上).
_PRONOUNS = frozenset("我你他她它们咱您")
#: After 自, these make it "from; since" (自那以后, 自此, 自古, 自幼), not "oneself".
_FROM_BEFORE = frozenset("那这此今古幼小昔从彼即去本")
#: Words that open a likeness closed by 一般 (如乱麻一般, 像雪一般).
_LIKE = frozenset("如像似若同")
#: A span of time before 来 makes it "over the past ..." (一年来, 几天来, 三个月来).
_SPAN_ENDS = frozenset("年月天周日夜代")


def _before_aspect(text: str, offset: int) -> bool:
    """Whether a single character stands where only a verb can: before 了/过/着 or a
    counted object, after an adverb of verbs, or between a pronoun and 在/到/给."""
    after, before = text[offset + 1 : offset + 2], text[offset - 1 : offset] if offset else ""
    counted = (
        text[offset + 1 : offset + 2] in _OBJECT_NUMERALS
        and text[offset + 2 : offset + 3] in _MEASURES
    )
    return (
        after in _ASPECT
        or counted
        or before in _VERB_ADVERBS
        or (after != "" and after in "在到给" and before in _PRONOUNS)
    )


def _likened(text: str, offset: int) -> bool:
    """Whether 如/像/似/若 opens a likeness earlier in the clause (如乱麻一般)."""
    start = offset
    while start > 0 and text[start - 1] not in _CLAUSE_END:
        start -= 1
    return any(ch in _LIKE for ch in text[start:offset])


def _over_span(text: str, offset: int) -> bool:
    """来 closing a span of time (一年来，, 几天来): "over the past ...", not "to come"."""
    if offset < 2 or text[offset - 1] not in _SPAN_ENDS:
        return False
    after = text[offset + 1 : offset + 2]
    # the span is counted (三年来, 几天来, 两个月来, 多年来); a day named (明天来, 每天来,
    # 昨天来) is when someone comes
    return not _HAN.match(after or "，") and (
        text[offset - 2] in _NUMERALS or text[offset - 2] in "个多几数余"
    )


#: Adjectives of right and wrong that, listed before a verb, say what the word is after a verb
#: and before 了 (说错了 "wrong"), though the entry opens with a noun.
_JUDGEMENTS = frozenset({"wrong", "bad", "right", "correct", "mistaken"})


def _verb_definition(first: Sense, adjectives: bool = False) -> str | None:
    """The first verb among a sense's definitions when it opens with a noun (盖: "lid", then
    "to cover"; 病: "illness", then "to fall ill"), else None; ``adjectives``: also when it
    opens with an adjective (明确 "clear-cut", then "to clarify")."""
    if not first.definitions or first.definitions[0].startswith(("to ", "(")):
        return None
    if " to" in first.definitions[0]:
        return None  # a preposition ("according to")
    if _is_adjective(first.definitions[0]) and not adjectives:
        return None  # an adjective: 忙了一天 is still busy
    verb = next((i for i, d in enumerate(first.definitions[:8]) if d.startswith("to ")), None)
    if verb is None:
        return None
    if not adjectives and not _JUDGEMENTS.isdisjoint(first.definitions[1:verb]):
        return None  # 错 "mistake; wrong; bad; … to grind": 说错了 is wrong, not ground
    return first.definitions[verb]


def _surname_gloss(char: str) -> str | None:
    """CC-CEDICT's "surname X" for ``char``, if it has one."""
    return next(
        (d for s in lexicon().senses(char) for d in s.definitions if d.startswith("surname ")),
        None,
    )


def _measures(sense: Sense) -> bool:
    """Whether ``sense`` can be a measure word (a "classifier" definition)."""
    return any(d.startswith(("classifier", "(classifier")) for d in sense.definitions)


def _in_context(word: str, first: Sense, text: str, offset: int) -> Sense | None:
    """The meaning the text uses, as a sense of its own to go before the dictionary's full
    entry (``first``): a preposition's meaning before a noun (对他: "towards"), an adverb's
    before a verb (才来: "only then"), a measure word's after a number (一把: "classifier
    for things with handles"); None when the dictionary's order stands."""
    role = context_role(text, offset, word)
    table = _context_glosses()
    reading = " ".join(cedict_syllables(first.pinyin))
    if (
        role == "counted"
        and text[offset - 1 : offset] in "多这那每各某整首"
        and (word, "counted", "") not in table
        and not _measures(first)
    ):
        # 大多被: a word that is no measure word stands after a counter that is no number
        # (after a number, 一天 still counts days)
        role = context_role(text, offset, word, counts=False)
    gloss = None
    wheres: tuple[str, ...] = (role, "before" if role == "before_number" else role, "any")
    if _after_verb(text, offset, word):
        wheres = ("after_verb", *wheres)
    for where in wheres:
        gloss = table.get((word, where, reading)) or table.get((word, where, ""))
        if gloss:
            break
    gloss = (
        _with_numbers(word, text, offset)
        or _in_instructions(word, text, offset)
        or _after_adjective(word, text, offset)
        or gloss
    )
    if word == "一般" and role == "end" and _likened(text, offset):
        gloss = "like; just as; the same as"  # 如乱麻一般, 像雪一般 (很一般: ordinary)
    if word in ("原来", "本来") and text[offset + 2 : offset + 3] in "的面":
        gloss = "original; former"  # 原来的计划, 本来面目 (原来是他: as it turns out)
    before = text[offset - 1 : offset]
    after = text[offset + len(word) : offset + len(word) + 1]
    if word == "贵" and (after in _YOUR_BEFORE or text.startswith(("公司", "单位"), offset + 1)):
        gloss = "(honorific) your (polite: your company, your school)"
    if word == "通过" and after in "了过":
        gloss = "to pass; to adopt (a bill, a motion); to get through"  # 表决通过了《…法》
    if before == "姓" and len(word) == 1 and (surname := _surname_gloss(word)):
        gloss = surname  # 姓赵 "surname Zhao" (赵 was "to surpass (old)")
    if word == "多" and before == "有" and after in _MEASURED:
        gloss = "how (much, deep, far...: asking or exclaiming about a degree)"  # 有多深
    if word == "将" and role == "before_number" and after == "一":
        gloss = None  # 将一场比一场精彩: "will" (将近一年 is a word of its own)
    if word == "本" and after in _ORIGINALLY_BEFORE and text[offset : offset + 2] not in (
        lexicon().entries
    ):
        gloss = "originally; at first"  # 本已说定, 本想, 本不该 (本人, 本报: this)
    if word == "余" and role != "counted" and text[offset - 2 : offset - 1] in _NUMERALS:
        gloss = table.get(("余", "counted", ""))  # 二年余, 三尺余: a number and its measure
    if word == "过去" and (before in _MODALS or before in _ADVERBS) and after not in _PAST_AFTER:
        gloss = "to go over; to pass by"  # 才可过去, 都过去了 (他过去是: the past)
    if word == "下去" and _after_verb(text, offset, word) and _moves_down(text, offset):
        gloss = "(after a verb) down (away from the speaker)"  # 跳下去, 探身下去
    if word == "爬" and after in _CLIMB_BEFORE:
        gloss = "to climb"  # 爬上去, 爬山, 爬楼 (虫子在爬: to crawl)
    if word == "信" and before in _BELIEVE_AFTER:
        gloss = "to believe; to trust"  # 不信, 深信 (写了一封信: a letter)
    if word == "连" and _even_later(text, offset):
        gloss = "even (with 也 or 都 later in the clause)"  # 连他也不知道
    if word == "组织" and before in _ORGANIZATION_AFTER:
        gloss = "organization"  # 党组织, 国际组织, 该组织 (组织群众: to organize)
    if word == "簌簌" and text[offset + 2 : offset + 3] == "地" and _falls(text, offset + 3):
        gloss = "streaming down (of tears); falling (of leaves)"  # 簌簌地流下眼泪
        if "泪" not in _clause_before(text, offset) + text[offset : offset + 8]:
            gloss = "rustling; falling (of leaves, petals or snow)"  # 叶子簌簌地落下来
    if word == "不可" and role == "end" and "非" in _clause_before(text, offset):
        gloss = "(after 非 …) must; have to"  # 非自己插嘴不可, 非去不可
    if word == "根本" and after in "上的性":
        gloss = "fundamental; basic; root"  # 从根本上, 根本的问题 (根本不: at all)
    if gloss is None and len(word) > 1 and after == "》":
        gloss = _noun_definition(first)  # 《通知》, 《决定》: a title names a document
    if gloss is None and len(word) > 1 and after == "的" and before in _DESCRIBES:
        # 一条成功的路子, 很成功的: the adjective, zh-learn's own where the dictionary has none
        gloss = table.get((word, "describes", "")) or _adjective_definition(first)
    if word == "倒" and reading == "dao4" and _adverb_dao(text, offset):
        gloss = "contrary to what one might expect; actually; but"  # 倒是, 倒像, 倒也
    if gloss is None and word == "靠" and role == "before" and after not in _LEAN_AFTER:
        gloss = "to depend on; to rely on"  # 靠自己, 靠他 (靠在墙上, 靠近: to lean, near)
    opens = _opens_clause(text, offset) or before in _ADVERBS  # ，即经过15年的努力
    if gloss is None and word == "经过" and opens and after in _SPAN_OPEN:
        gloss = "after; through (a time or an effort)"  # 经过三年的努力 (经过这里: to pass)
    if gloss is None and word == "间" and _after_time(text, offset):
        gloss = "during; in (a time of day or year)"  # 白日间, 夜间 (between: 两者之间)
    if gloss is None and word == "急" and after in "道说问叫喊":
        gloss = "anxiously; in a hurry"  # 急道：, 急问 (older narrative)
    if gloss is None and word == "边" and "边" in text[offset + 2 : offset + 5]:
        gloss = "while (used twice: doing one thing while doing another)"  # 边吃边聊
    if gloss is None and word == "好多" and after == "了" and _closes_clause(text, offset + 2):
        gloss = "much better"  # 腰疼好多了 (好多人: many)
    if word == "该" and text.startswith(_SAID_NOUNS, offset + 1):  # over the table row
        gloss = "this; that; the said (the one just mentioned; written style)"  # 该市, 该公司
    # (可巧, 可气: words of their own the cut left in pieces)
    opens_with_ke = word == "可" and _opens_clause(text, offset) and offset > 0
    # 可心 is a word, but in 可心眼儿不坏 the longer word after 可 took its 心 (asked of 可
    # only: a lookup for every word cost a novel ~3k queries)
    if gloss is None and opens_with_ke and (
        text[offset : offset + 2] not in lexicon().entries
        or len(_word_at(text, offset + 1)) > 2
    ):
        if after in _EMPHASIS_AFTER:
            gloss = "(for emphasis) really; indeed"  # 可别忘了, 可真好
        elif _verb_word_at(text, offset + 1) or _adverbial_then_verb(text, offset + 1):
            gloss = "can; may"  # ，可申请退货, 可长期驻留 (a notice's "may")
        else:
            gloss = "but; however"  # 如今，河边的柳树还在，可爷爷已经不在了
    if gloss is None and word == "到家" and before not in _UTMOST_BEFORE:
        gloss = "to get home; to arrive home"  # 走到家, 还没到家 (做得到家, 功夫到家: perfect)
    if gloss is None and word == "盖" and after in _BUILT:
        gloss = "to build"  # 盖房子, 盖楼 (盖上盖子: lid)
    if gloss is None and word == "过得" and not _closes_clause(text, offset + 2):
        gloss = "to live; to get along (in the way that follows)"  # 日子过得清贫
    if (
        gloss is None
        and word == "派"
        and _HAN.match(after or "，")
        and after not in "的别系头"
        and before not in _NUMERALS
        and before not in "这那各学党宗流门"
    ):
        gloss = "to send; to dispatch"  # 派天兵天将把织女抓回 (这一派: faction)
    if gloss is None and word == "许" and before in "时点年岁" and _HAN.match(
        text[offset - 2 : offset - 1] or "，"
    ) and text[offset - 2 : offset - 1] in _NUMERALS:
        gloss = "about; or so (after a time or a number)"  # 下午三时许
    if (
        word == "总"
        and before not in _FAMILIAR_GLOSS
        and before not in _OBJECT_PRONOUNS  # 我总点点头: always
        and before != "们"
        and _total_of(text, offset + 1)
    ):
        gloss = "total; overall (before a noun)"  # 总股本, 总比分, 总人口
    if gloss is None and word == "白" and after in _IN_VAIN_VERBS:
        gloss = "in vain; for nothing; free of charge"  # 白捡了一只兔子, 白跑一趟, 白吃
    if gloss is None and word == "成" and after == "了" and not _closes_clause(text, offset + 2):
        gloss = "to become; to turn into"  # 成了宋国人的笑柄 (成了！: it worked)
    if word == "字" and _GIVEN_NAME_BEFORE.search(text[max(0, offset - 6) : offset]):
        gloss = "courtesy name (taken at twenty in dynastic China)"  # 名丘，字仲尼
    if gloss is None and word == "大火" and text.startswith(_COOKING, offset + 2):
        gloss = "high heat (in cooking)"  # 大火翻炒, 大火烧开 (一场大火: a fire)
    if gloss is None and word == "熬" and after == "过":
        gloss = "to endure; to pull through"  # 熬过来, 熬过冬天 (熬粥: to cook slowly)
    if gloss is None and word in _LINE_LABELS and after == "：" and (
        offset == 0 or text[offset - 1] == "\n"
    ):
        gloss = _LINE_LABELS[word]  # 甲：您最近忙什么呢？ 解：甲管每小时注水…
    if gloss is None and word == "起" and before == "元" and _closes_clause(text, offset + 1):
        gloss = "and up (after the lowest price)"  # 售价3999元起
    if gloss is None and word == "花" and text.startswith(_SPENT, offset + 1):
        gloss = "to spend (money, time)"  # 花不少功夫, 花时间, 花三天 (花开了: flower)
    if (
        gloss is None
        and word == "不过"
        and _opens_clause(text, offset)
        and text[offset + 2 : offset + 3] not in _MERELY_BEFORE
    ):
        # 不过，外资仍在观望 (他不过是个孩子, ，不过三年五载, 不过是: only)
        gloss = "but; however"
    if gloss is None and word == "下" and _before_weather(text, offset + 1):
        gloss = "(of rain or snow) to fall"  # 下了大雨, 下着雨
    elif gloss is None and word == "下" and text[offset + 1 : offset + 2] in "了着过":
        gloss = "to go down; to get off (a vehicle); to leave (work, class)"  # 下了车, 下了班
    if gloss is None and word == "等" and _kinds_after_etc(text, offset):
        gloss = "etc.; and so on"  # 瑞金等地, 玉米螟等害虫 (等车, 等他: to wait)
    if (
        gloss is None
        and word == "不想"
        and _HAN.match(after or "，")
        and not _opens_clause(text, offset)
    ):
        # 谁不想过上好日子 (，不想又忘了带来: unexpectedly)
        gloss = "to not want to; would rather not"
    if gloss is None and word == "等" and "、" in text[:offset]:
        gloss = "etc.; and so on"  # after a list (鹦鹉、画眉等鸟雀), not "to wait"
    if word == "将" and _marks_object(text, offset):
        # before the "nearly" of 将近三年: 将一个瓶儿递给她 still moves its object
        gloss = _context_glosses().get(("把", "before", ""))
    if gloss is None and word == "自" and text[offset + 1 : offset + 2] in _FROM_BEFORE:
        gloss = "from; since"  # 自那一个人写起, 自古, 自幼 (自以为: oneself)
    if gloss is None and word == "来" and _over_span(text, offset):
        gloss = "over the past (span of time); since"  # 一年来，: not "to come"
    if gloss is None and word == "起" and _after_time(text, offset):
        gloss = "starting from (a time); from … on"  # 从明天起, （1138年）起
    if gloss is None and word == "属" and text[offset - 1 : offset] in _ALL_ADVERBS:
        gloss = "to belong to; to be (of a kind)"  # 均属, 皆属 (狼尾草属下: genus)
    if gloss is None and word == "广大" and _people_after(text, offset + 2):
        gloss = "numerous; the broad masses of (people)"  # 广大读者 (广大地区: vast)
    if word == "再" and _another_span(text, offset + 1):
        gloss = "another; a further (span of time or amount)"  # 再有十天, 再过两年
    if word == "且" and (not before or before in _CLAUSE_END) and after in _FOR_NOW_BEFORE:
        gloss = "for the time being; for now"  # ，且不去, 且慢 (且…且…: both)
    if word == "暂时" and role == "before" and after != "的":
        gloss = "for the time being; for a moment"  # 暂时踌蹰, 暂时不去 (暂时的: temporary)
    if gloss is None and word == "可" and before in _PRONOUNS and _HAN.match(after or "，"):
        gloss = "(particle used for emphasis) certainly; really"  # 你可知道, 我可不去
    if gloss is None and word == "超" and after in _SUPER_BEFORE:
        gloss = "super-; ultra-; extra-"  # 超大城市, 超高速 (超了他: to overtake)
    if gloss is None and word == "上":
        gloss = _shang(text, offset)
    if word == "得出" and before in context_words().potential_before and (
        text[offset - 2 : offset] not in lexicon().entries
    ):
        gloss = "(after a verb) able to (do it): can make out; can tell; can come up with"
    if gloss is None and word == "将" and after in _WILL_BEFORE:
        gloss = "will; shall"  # 他将在北京住三年: not "to use" (a verb before 在)
    if gloss is None and word == "主" and _before_noun_word(text, offset + 1):
        gloss = "main; principal; chief (before a noun)"  # 主渠道 (主的: the Lord's; 主谓)
    if gloss is None and word == "不通" and _not_versed(text, offset):
        gloss = "to not understand; not versed in (a subject, a language or a skill)"
    if gloss is None and word == "行" and after in "些个" and reading == "xing2":
        gloss = "to do; to give; to perform (a courtesy, a tip, a rite)"  # 行些小费, 行个礼
    if word == "熟" and before in _SLEEP:
        gloss = "(of sleep etc) deep; profound"  # 睡熟, 睡得很熟 (熟了的苹果: ripe)
    elif word == "熟" and before in _COOK:
        gloss = "thoroughly cooked; done"  # 煮熟, 蒸熟 (熟人: familiar)
    if gloss is None and word == "出发" and _from_a_standpoint(text, offset):
        # 从大局出发 (从北京出发: to set off)
        gloss = "to proceed from; to take as a starting point"
    if gloss is None and word == "自" and after in _OF_COURSE_BEFORE:
        gloss = "naturally; as a matter of course"  # 自是欢喜, 自与别处不同, 自当
    if word == "与" and _after_giving(text, offset):
        gloss = "to; for (someone, after a verb of giving or telling)"  # 递与他, 说与你听
    if gloss is None and word == "两句" and before in "这那前后头上下":
        gloss = "two sentences; two lines (of verse)"  # 这两句 (说两句: a few words)
    if gloss is None and word == "使得" and _closes_clause(text, offset + 2):
        gloss = "usable; workable; feasible"  # 都使得的, 使得吗 (使得他: to make)
    if word == "且" and before in _PRONOUNS:
        gloss = "for the time being; for now"  # 你且坐下, 他且不去 (且听: and)
    if word == "来" and _means_to_end(text, offset):
        gloss = "in order to; so as to (between a means and its purpose)"  # 用…来帮助
    if word == "就是" and before == "也" and _opens_clause(text, offset - 1):
        gloss = "that is; namely; i.e."  # ，也就是去年国家出台的政策 (over the table row)
    if word == "多" and before in _SPAN_MEASURES and text[offset - 2 : offset - 1] in _NUMERALS:
        gloss = table.get(("多", "counted", ""))  # 一个多小时, 三年多 (over the end row)
    if word == "好" and gloss is not None and _state_of_noun(text, offset):
        gloss = "good; well; fine"  # 生活好了, 日子好了: the noun's state, no complement
    gloss = _neighbour_sense(word, first, text, offset) or gloss
    gloss = _turn_sense(word, first, text, offset) or gloss
    gloss = _frame_sense(word, first, text, offset) or gloss
    gloss = _twelfth_round(word, first, text, offset) or gloss
    gloss = _thirteenth_round(word, text, offset) or gloss
    gloss = _everyday_round(word, text, offset) or gloss
    gloss = _fourteenth_round(word, text, offset) or gloss
    gloss = _fifteenth_round(word, text, offset) or gloss
    gloss = _sixteenth_round(word, text, offset) or gloss
    gloss = _seventeenth_round(word, text, offset) or gloss
    gloss = _eighteenth_round(word, first, text, offset) or gloss
    if gloss is None:
        gloss = _eighth_round(word, first, text, offset, reading)
    suffix = _HAN.match(before or "，") and before not in _NOT_STEMS and after not in "儿子"
    if gloss is None and word == "性" and suffix:
        gloss = "-ness; -ity (suffix forming nouns: the quality of being ...)"  # 普适性
    asked = len(word) == 2 and word[0] in "不没" and text[offset - 1 : offset] == word[1]
    if gloss is None and asked:
        # a yes-no question (忙不忙): "not" and the word asked about, not an idiom of its own
        # the word asked about as the text reads it (要不要: "to want", not yāo "to demand")
        asked_about = _ASKED_ABOUT.get(word[1]) or short_gloss(
            word[1], cedict_syllables(first.pinyin)[1:]
        )
        gloss = f"not {_first_meaning(asked_about)} (in a yes-or-no question)"
    if gloss is None and role == "counted" and len(word) == 1:
        gloss = next(
            (d for d in first.definitions if d.startswith(("classifier", "measure word"))), None
        )
    if gloss is None and role != "counted" and len(word) == 1 and _before_aspect(text, offset):
        # 盖了全身, 病了, 站着, 又垫, 他垫在: a verb where only a verb can stand, though the
        # dictionary opens with a noun
        gloss = _verb_definition(first)
    pointed = bool(after) and after in "这那"
    pointed = pointed and text[offset + 2 : offset + 3] not in _NOT_POINTED | {"一"}
    if gloss is None and len(word) == 1 and role != "counted" and pointed:
        # 题这名目: before this/that and its noun only a verb stands ("to inscribe", not
        # "topic", which reads like an adjective); 人这一生, 书这么多: no pointer at an object
        gloss = _verb_definition(first, adjectives=True)
    if gloss is None and len(word) == 2 and text[offset + 2 : offset + 3] == "着":
        # 标志着, 象征着: only a verb goes before 着, though the entry opens with a noun
        gloss = _verb_definition(first)
    if gloss is None and len(word) == 2 and _before_object(text, offset + 2):
        # 规范了资金来源, 明确了方针: a verb with its object, though the entry opens with a
        # noun ("norm") or an adjective ("clear-cut")
        gloss = _verb_definition(first, adjectives=True)
    if gloss is None or (gloss,) == first.definitions[:1]:
        return None
    return replace(first, definitions=(gloss,), source="zh-learn")


#: Directional complements: a noun-first character before one is a verb (站出来, 站起来).
_DIRECTIONS = (
    "出来", "出去", "起来", "进来", "进去", "下来", "下去", "上来", "上去", "过来", "过去",
    "回来", "回去",
)  # fmt: skip
#: Measure words between a number and 多 "more than" (一个多小时, 三年多, 两斤多, 十岁多).
_SPAN_MEASURES = frozenset("个年天月岁斤米倍元块里次周位点")
#: After 长 read zhǎng, these make it "to grow" (长了, 长得高, 长出, 长满, 长成, 怎样长的).
_GROW_BEFORE = frozenset("了着过得的出满成在大高起个")
#: Words before a two-character adjective that make it a verb (进一步完善, 努力完善, 不断丰富);
#: not a modal (要认真学习: "conscientiously").
_EFFORT = frozenset({"努力", "进一步", "不断", "逐步", "继续", "加快"})
#: A noun naming an action or its result (deployment, organization, training), which a
#: verb-first word takes after 的; not a doer (翻译 "translator"), an adjective (落实
#: "practical", 投入 "absorbed") or a loaded word (宣传 "propaganda").
_ACTION_NOUN = re.compile(
    r"^(?:\w+(?:tion|sion|ment|ance|ence|ing|ure|ship|ity|ness)s?|"
    r"(?:arriv|approv|refus|remov|surviv|withdraw|propos|renew|dismiss|reviv|apprais)al)"
    r"(?: of \w+)?(?:;|$)"
)  # (分工: "division of labor"; 到来: "arrival; advent")
#: A one-word English adverb (openly, unscrupulously).
_ADVERB = re.compile(r"^\w+ly$")
#: After 的, a verb-first word closing its phrase is a noun (国务院的部署, 的组织的支撑); before
#: more words it may still be a verb's (的编辑 "editing"/"editor", 的反弹 "to bounce").
_NOUN_PHRASE_ENDS = frozenset("的和与、下中上是也都应还")
#: Verbs of saying: 的话 after them is 的 + 话 "the words said" (说的话), not "if".
_SAYING = frozenset("说讲问写骂喊答告讲劝")
#: Words that make a clause a condition, for a 的话 closing it ("if").
_CONDITIONS = ("如果", "要是", "假如", "假若", "倘若", "若", "万一", "要", "只要", "不然", "否则")
#: After 早, these make it "long ago; long since" (早没有人了, 早都忘了, 早该去), not "early".
_LONG_AGO_BEFORE = frozenset("没都便该")
#: After 一口, eating and drinking make it "a mouthful" (一口吃成个胖子, 一口喝光).
_MOUTHFUL_BEFORE = frozenset("吃喝咬吞")


def _eighth_round(word: str, first: Sense, text: str, offset: int, reading: str) -> str | None:
    """Meanings the eighth judged round found misread: a verb before a directional
    complement, 长 zhǎng "to grow", a noun after 的, an adjective made a verb after a word of
    effort, a manner before 地, 的话 that is no "if", and a few fixed pairs."""
    end = offset + len(word)
    before, after = text[offset - 1 : offset] if offset else "", text[end : end + 1]
    counted = context_role(text, offset, word) == "counted"
    modal = word in _MODALS or word in _ADVERBS or first.definitions[0].startswith("(")
    # 忙起来, 热起来: a state setting in (照 "according to" is no adjective)
    modal = modal or (_is_adjective(first.definitions[0]) and " to" not in first.definitions[0])
    if len(word) == 1 and text.startswith(_DIRECTIONS, end) and not counted and not modal:
        # 站出来, 站起来 (not "station"), 照过来 (not "according to"): only a verb goes there
        # (才可过去: a modal's verb is 过去)
        return _first_verb(first) if not first.definitions[0].startswith("to ") else None
    if word == "长" and reading == "zhang3" and (after in _GROW_BEFORE or after in _CLAUSE_END):
        return "to grow; to develop"  # 长了, 怎样长的 (长房: eldest)
    if len(word) == 2 and before == "的" and (after in _NOUN_PHRASE_ENDS or after in _CLAUSE_END):
        # 国务院的部署, 的管理, 的合作 (他的帮助, 的时候: a noun already)
        if first.definitions[0].startswith("to "):
            return next((d for d in first.definitions[1:8] if _ACTION_NOUN.match(d)), None)
    if len(word) == 2 and _HAN.match(after or "，") and after not in "的了地得着过":
        done = _word_before(text, offset)
        if done in _EFFORT and _is_adjective(_LABEL.sub("", first.definitions[0])):
            return _first_verb(first)  # 努力完善机制, 进一步明确
    manner = after == "地" or (after == "的" and text[end + 1 : end + 2] in "来去")
    if len(word) > 1 and manner and _HAN.match(text[end + 1 : end + 2] or "，"):
        # 光明正大地, 偷偷摸摸的来暗杀 (older 的 for 地): the definition saying how
        return next(
            (d for d in first.definitions if any(_ADVERB.match(p) for p in d.split("; "))),
            None,
        )  # (轻松地: "relaxed", not "to take things less seriously")
    if word == "的话" and (before in _SAYING or _ends_sentence(text, end)):
        sentence = _sentence_before(text, offset)
        if before in _SAYING or not any(c in sentence for c in _CONDITIONS):
            # 说的话, 一个中国人的话！: the words said, not a condition
            return "words; what someone says (possessive particle + words, not 'if')"
    if len(word) == 2 and after == "了" and text[end + 1 : end + 2] in _OBJECT_NUMERALS:
        return _verb_definition(first)  # 在北京生活了三年: a verb with its span (not "life")
    if word == "难看" and after == "出":
        return "difficult to (make out); hard to (see)"  # 不难看出: 难 + 看出, not "ugly"
    if word == "十分" and before == "点" and text[offset - 2 : offset - 1] in _NUMERALS:
        return "ten minutes (past the hour)"  # 十点十分, 三点十分
    across = after == "了" and text[end + 1 : end + 2] not in _NUMERALS
    if word == "隔" and (after == "着" or across):
        return "to stand or lie between; (seen or heard) across; through"  # 隔着窗, 隔了树
    if word == "一口" and after in _MOUTHFUL_BEFORE:
        return "a mouthful; a bite (at one go)"  # 一口吃成个胖子 (一口答应: readily)
    if word == "早" and after in _LONG_AGO_BEFORE:
        return "long ago; long since; already"  # 早没有人了, 早都忘了
    if word == "犯" and any(c in "罪错" for c in text[end : end + 6].split("，")[0]):
        return "to commit (a crime, a mistake); to violate"  # 犯了什么罪, 犯错误 (犯规: a word)
    if word == "准备" and before in "不没" and _HAN.match(after or "，"):
        return "to intend to; to plan to"  # 不准备再去, 没准备买 (准备考试: to prepare)
    if word == "外" and "除" in _clause_before(text, offset):
        return "besides; apart from; except (closing an exception opened earlier)"  # 除…外
    if word == "忙" and _hurries(text, offset):
        return "hurriedly; in haste (before a verb)"  # 忙进来, 忙问道 (很忙, 忙着: busy)
    if word == "方" and after in _ONLY_THEN_BEFORE and not _in_word(text, offset):
        return "only then; just (literary)"  # 方是正理, 经批准方可进入 (方向: direction)
    if word == "阿" and _closes_clause(text, end) and (not before or before in _CLAUSE_END):
        return "ah; oh (interjection)"  # 阿，好！ (阿姨, 阿Q: the prefix)
    if word == "须" and (after in _CLAUSE_END or after in "发的") and before not in _NOT_BEARD:
        return "beard; mustache"  # 八字须, 须发 (须知, 须要: must)
    return None


#: Periods whose turn 之交 names (秋冬之交, 春夏之交, 世纪之交, 年代之交); not 君子之交.
_PERIOD_ENDS = frozenset("春夏秋冬年月纪代季")
#: Verbs after which 过来 is coming back to a normal state (醒过来, 活过来, 缓过来, 明白过来).
_COMING_ROUND = frozenset("醒活缓悟")
#: Verbs whose object a two-character word closing the clause is, so it names a thing (满足
#: 发展需要 "needs", 符合群众要求 "requirements"), not an action.
_MEETS = ("满足", "适应", "符合", "出于")


#: Before a surname these make a familiar name (老陈), after which 总 is "always".
_FAMILIAR = ("老", "小", "阿")


def _neighbour_sense(word: str, first: Sense, text: str, offset: int) -> str | None:
    """The meaning a word's neighbours decide, over the table's row where there is one
    (found by the ninth judged round): 再 before an adjective and 也 (however), 过 before a
    span of time, 初 after a season or month, 之交, 过来 coming round, 的部署, 运行 of a
    heavenly body, 扣留 of money, 坐 a vehicle, 意识 after a noun (awareness), 升 a flag,
    就是 naming what was counted, 决定于, 加以 before its verb, a noun closing the object of
    满足/符合."""
    end = offset + len(word)
    before, after = text[offset - 1 : offset] if offset else "", text[end : end + 1]
    rest = text[end:]
    clause_after = rest[: next((i for i, c in enumerate(rest) if c in _CLAUSE_END), len(rest))]
    # the sentence's rest (再大的困难，我们都不怕)
    sentence_after = rest[: next((i for i, c in enumerate(rest) if c in "。！？；\n"), len(rest))]
    size = _adjective_next(text, end) if word == "再" else 0
    # 再好的…也, 再忙也, 再大，也 (再大声一点: louder, no concession)
    if size and text[end + size : end + size + 1] in "的也都，," and (
        any(c in sentence_after for c in "也都")
    ):
        return "no matter how; however (before an adjective: however good it is, ... still)"
    # 再过两个月 (住过两年: the aspect after a verb)
    plain = not _HAN.match(before or "，") or before in _ADVERBS or before in "又刚"
    if word == "过" and plain and after in _NUMERALS and _span_follows(text, end):
        return "to pass (time); to go by (a span of time)"  # 再过两个月, 过三年
    if word == "初" and before in _PERIOD_ENDS:
        return "beginning (of a period); early (in a season, month or year)"  # 春初, 五月初
    if word == "交" and before == "之" and text[offset - 2 : offset - 1] in _PERIOD_ENDS:
        return "the turn of (two seasons or periods); junction"  # 秋冬之交, 世纪之交
    coming_round = before in _COMING_ROUND or text[offset - 2 : offset] in ("明白", "反应")
    if word == "过来" and coming_round and _after_verb(text, offset, word):
        return "(after a verb) back (to a normal state): coming round, waking up"  # 苏醒过来
    familiar = text[offset - 2 : offset - 1] in _FAMILIAR
    if word == "总" and is_common_surname(before) and not familiar:
        # 陈总, 向王总汇报: the boss addressed by surname (老陈总说: Old Chen always says)
        return "(after a surname) boss; director (a title of address)"
    if word == "部署" and before == "的":
        return "deployment; arrangements; plan"  # 按照国务院的部署一齐行动 (部署任务: to arrange)
    if word == "运行" and any(c in _clause_before(text, offset) + clause_after for c in _SKY):
        # 彗星会改变其运行轨道 (系统运行正常: to be in operation)
        return next((d for d in first.definitions if "celestial" in d), None)
    # 对收购资金保证供应，但绝不允许挪用、扣留 (扣留了他的护照: to detain)
    money = _sentence_before(text, offset).rsplit("；", 1)[-1]
    if word == "扣留" and any(m in money for m in _MONEY):
        return "to withhold; to hold back (money, goods)"
    if word == "坐" and text.startswith(_VEHICLES, end + (after in "了上着")):
        return next((d for d in first.definitions if d.startswith("to take (a bus")), None)
    if word == "意识" and after == "到":
        return next((d for d in first.definitions if d.startswith("to realize")), None)
    if word == "意识" and _HAN.match(before or "，") and before not in _NOT_STEMS | _ASPECT:
        named = _word_before(text, offset) or before
        meanings = [s for s in lexicon().senses(named) if not s.pinyin[:1].isupper()]
        head = _LABEL.sub("", meanings[0].definitions[0]) if meanings else "to"
        # not after a verb or an adverb (失去意识, 深深意识: consciousness)
        if not head.startswith("to ") and not _ADVERB.match(head.split(";")[0]):
            # 安全意识, 信息化意识, 环保意识 (失去意识, 恢复意识: consciousness)
            return "awareness (of something); consciousness"
    if word == "升" and text.startswith(("旗", "国旗", "队旗", "校旗", "彩旗"), end):
        return "to hoist; to raise (a flag)"  # 升国旗 (升到高处: to ascend)
    counted = before == "，" and _OPENS_LIST.search(_sentence_before(text, offset))
    if word == "就是" and counted and _closes_sentence_soon(text, end):
        return "that is; namely; i.e."  # 有一门科学，就是物候学。 (就是这个道理: exactly)
    if word == "决定" and after == "于":
        return "to be decided by; to depend on"  # 决定于哪些因素
    if word == "加以" and not _opens_clause(text, offset) and _HAN.match(after or "，"):
        # 逐步加以解决 (加以天气不好, opening a clause: moreover)
        return next((d for d in first.definitions if d.startswith("(used before")), None)
    if len(word) == 2 and _closes_clause(text, end) and first.definitions[0].startswith("to "):
        if any(m in _clause_with_list(text, offset) for m in _MEETS):
            return _noun_definition(first)  # 满足社会、经济发展需要
    return None


#: Nouns that, after a literary 之 closing a clause, name the group or the difference
#: (在被监督之列: among those watched; CP和CY之分: the distinction between).
_OF_GROUP = {
    "列": "ranks; category (among those of a kind)",
    "分": "distinction; difference (between two kinds)",
}
#: Verbs of breathing before 口气 (叹了口气, 松一口气, 喘口气): a breath, not a tone of voice.
_BREATHE = frozenset("叹松喘吸舒透缓歇出咽憋")
#: What 老 goes before when it means "always" (老说, 老是, 老不来, 老想着).
_ALWAYS_BEFORE = frozenset("说想要看问哭笑跑找不没在爱叫让跟往吃喝睡玩打做忘惦念")
#: What a breath-taking verb may have between it and 口气 (叹了口气, 松了一口气).
_BREATH_BETWEEN = ("了一", "了", "一", "")
#: Words of terrain before 高下 (地势高下, 山势高下): a difference in height, not who is better.
_TERRAIN = ("地势", "地形", "山势", "地面", "海拔")
#: After 高下, these make it a difference in height (高下起伏, 高下不平, 高下错落).
_UNEVEN = ("起伏", "不平", "错落", "相间")
#: After 评, these make it choosing by appraisal (评出, 评为, 评上, 评选, 评定).
_APPRAISE_AFTER = frozenset("出为上选定比给")
#: One-character verbs 细 goes before as "carefully" (细看, 细想, 细考, 细问).
_CAREFULLY_BEFORE = frozenset("看想考听问读查察品数说谈究思算阅")
#: After 语 in a literary turn, these make it "a saying" (语云, 语曰, 语有之曰).
_SAYING_AFTER = ("云", "曰", "有之", "有云")
#: After 房, these make it a room (房里, 房中, 房内), not a house.
_ROOMS = frozenset("里中内")
#: Before 房, kinds of house (洋房里, 楼房内, 平房中): a house still, not a room.
_HOUSES = frozenset("洋楼平草瓦茅民住新")
#: What makes 来 a directional complement, not the 来 of 拿…来 and a verb (拿起手帕来擦,
#: 拿出来说), and what after 拿 makes it the verb with its complement or aspect.
_DIRECTED = frozenset("起出进回过上下带拿来去走着了到开住给")
#: Before 来, these make it a directional complement (拿出来, 用起来, 走过来).
_DIRECTIONS_BEFORE_LAI = frozenset("起出进回过上下")


def _brings_to_do(later: str) -> bool:
    """Whether the rest of a clause after 拿 has 来 and a verb after it, 来 being no
    directional or potential complement (什么费话来捣乱, 事实来说明; not 拿起手帕来, 拿出来,
    拿不来的)."""
    at = later.find("来", 1)
    # 拿不来, 拿得来: a potential complement (拿是拿不来的), no purpose
    if at < 1 or later[at - 1] in _DIRECTED or later[at - 1] in "不得":
        return False
    after = later[at + 1 : at + 2]
    return bool(_HAN.match(after)) and _is_verb(after)


#: The words ``_turn_sense`` has a rule for: any other word is passed by at once.
_TURN_WORDS = frozenset({
    "列", "分", "以上", "原来", "什么", "细", "语", "别", "房", "拿", "会", "评", "不亦乐乎",
    "出头", "口气", "老", "毛", "教", "高下", "态度", "祝", "称",
})  # fmt: skip


def _turn_sense(word: str, first: Sense, text: str, offset: int) -> str | None:
    """The meaning a set turn decides (found by the tenth judged round, a 1927 letter and
    news): a literary 之列/之分, 以上 opening a clause (the above), 原来 after a comma before
    its subject (as it turns out), 什么 after a negative (any), 细 before a verb, 语 of a
    saying, 别无, 房里, 拿…来 and a verb, 会 closing a clause after a verb (a meeting), 评出,
    强出头, 不亦乐乎 after 得, 口气 after a verb of breathing, 老 before a verb, 毛丫头, 教
    jiào making someone feel, 高下 of terrain, 态度 of grace (bearing), 祝 before 告/祷 (to
    pray), 之称 (a name), 称 before a colon or comma (to state), 称赏/称奇 (to praise)."""
    if word not in _TURN_WORDS:
        return None
    end = offset + len(word)
    before, after = text[offset - 1 : offset] if offset else "", text[end : end + 1]
    if word in _OF_GROUP and before == "之" and _closes_clause(text, end):
        return _OF_GROUP[word]
    opens = not before or before in _CLAUSE_END  # not after a number and its ％ (５０％以上)
    if word == "以上" and (opens or (before and before in "如据")):
        return "the above; the above-mentioned (what was just said)"  # 以上云云 (三岁以上)
    subject = bool(after) and (after in _PRONOUNS or after in "是这那")
    if word == "原来" and before == "，" and subject:
        return "so, actually, as it turns out"  # 飘飘然，原来你不必 (他原来住在: originally)
    negated = text[max(0, offset - 2) : offset] in ("不是", "没有", "并无", "并非") or (
        bool(before) and before in "没无"
    )
    if word == "什么" and negated:
        return "any; anything (after a negative: not any kind of)"  # 我不是什么战士
    if word == "细" and after in _CAREFULLY_BEFORE and text[offset : end + 1] not in (
        lexicon().entries
    ):
        return "carefully; in detail (before a verb)"  # 细考, 细看 (细心, 细雨: words)
    if word == "语" and text.startswith(_SAYING_AFTER, end):
        return "a saying; words (as the saying goes)"  # 语有之曰 (汉语: language)
    if word == "别" and after == "无":
        return "other; else (nothing else; no other)"  # 此外别无可称 (别走: don't)
    into = bool(before) and (before in "进回" or (before == "的" and _closes_clause(text, end)))
    if word == "房" and (after in _ROOMS or into) and before not in _HOUSES:
        return "room"  # 走进房里去, 回进自己的房。 (买房: a house)
    if word == "拿" and after not in _DIRECTED and _brings_to_do(text[end:].split("，")[0]):
        return "to use; with (to take something to do something with it)"  # 拿事实来说明
    if word == "会" and _closes_clause(text, end):
        verb_before = _word_before(text, offset) or ""
        if len(verb_before) == 2 and _opens_with_verb(verb_before):
            return "meeting; gathering"  # 大开其欢迎会。 出席了开幕会。 (他会。: can)
    if word == "评" and after in _APPRAISE_AFTER:
        return "to judge; to choose (by public appraisal)"  # 评出…项目, 评为先进
    if word == "不亦乐乎" and before and before in "得个":
        return "extremely; awfully (jocular, after a verb: no end of)"  # 闹得个不亦乐乎
    if word == "口气" and any(
        text[offset - 1 - len(b) : offset - len(b)] in _BREATHE
        and text[offset - len(b) : offset] == b
        for b in _BREATH_BETWEEN
    ):
        # 叹了口气, 松口气 (说话的口气很大: tone of voice)
        return "a breath (to heave a sigh; to breathe a sigh of relief)"
    if word == "老" and after in _ALWAYS_BEFORE and text[offset:end + 1] not in lexicon().entries:
        return "always; all the time (before a verb)"  # 别老说, 老不来 (老人, 老家: words)
    if word == "毛" and text.startswith(_YOUNG_AFTER, end):
        return "young; raw (a slip of a girl; a raw youth)"
    if word == "出头" and before and before in "强抢爱":
        return "to push oneself forward; to take the initiative"  # 强出头 (出头之日: to get out)
    if word == "态度" and (text[max(0, offset - 2) : offset] == "风流" or before == "之"):
        return "manner; bearing (the way one carries oneself)"  # 风流态度 (科学态度: attitude)
    if word == "称" and after and after in "赏奇羡善快好叹":
        return "to praise; to commend"  # 大家称赏, 称奇道异, 笑称好 (称它为: to name)
    if word == "称" and before == "之":
        return "name; title (…of: known as)"  # 有人间天堂之称
    if word == "称" and after and after in "：，":
        # 据一位官员称，门上人口称： (古称“余杭”: a name, "to name")
        return "to state; to say (reporting what was said)"
    if word == "祝" and after and after in "告祷":
        return "to pray for; to invoke (the spirits)"  # 祝告毕 (祝你平安: to wish)
    if word == "教" and first.pinyin == "jiao4" and after in _PRONOUNS | {"人"}:
        return "to make; to cause (someone to feel or do)"  # 教我思念 (教我唱歌: jiāo, to teach)
    if word == "高下" and (
        text[max(0, offset - 2) : offset] in _TERRAIN or text.startswith(_UNEVEN, end)
    ):
        return "high and low (of terrain); difference in height"  # 地势高下不平
    return None


#: The words ``_frame_sense`` has a rule for: any other word is passed by at once.
_FRAME_WORDS = frozenset({
    "所", "折", "词", "惨", "乱", "末", "制", "后", "大", "加", "高度", "认识", "肯定", "健全",
    "上来", "皮", "付", "背", "走散", "记事", "无可", "帮助", "丁丁", "吃", "多久", "许", "成",
})  # fmt: skip
#: Colours before a doubled 惨 (红惨惨, 白惨惨): a ghastly shade, not misery.
_COLOURS = frozenset("红白绿黄青灰黑蓝紫")
#: After 折, these make it "to fold" (折出波纹, 折成方块, 折好, 折起来, 折纸).
_FOLD_BEFORE = frozenset("出成好起叠纸")
#: Verbs of singing and verse-making before a 词 in their clause (唱起春词, 填词, 吟词).
_SING = frozenset("唱歌吟填诵谱")
#: Parts of a house or a place that 后 goes before as "back" (后园, 后窗, 后墙, 后院).
_BACK_PARTS = frozenset("园窗门院墙山屋房堂楼舱座轮背")
#: After 大 cut from its verb, these make it "greatly" (大有深意, 大不一样, 大加赞扬).
_GREATLY_BEFORE = frozenset("有不加")
#: After 乱, these leave it "in disorder" (乱了, 乱着, 乱发 "dishevelled hair", 乱七八糟).
_NOT_AT_RANDOM = frozenset("了着的成得七发")
#: Before 乱, these make it a turmoil (大乱, 内乱, 战乱, 动乱, 叛乱), not "at random".
_TURMOIL = frozenset("大内战动叛作混")
#: Before 肯定 closing a clause, these make it the recognition given (给予充分肯定, 得到肯定).
_RECOGNITION_AFTER = frozenset("分予到度的")
#: Before 健全, these make it the adjective (很健全, 不健全, 较健全, 身心健全).
_SOUND_AFTER = frozenset("很更不较最够心全")


def _frame_sense(word: str, first: Sense, text: str, offset: int) -> str | None:
    """The meaning the frame around a word decides (found by the eleventh judged round, a
    prose poem and news): 被…所 and a verb (the passive), 折 before its result (to fold), 词
    sung (lyrics), a colour's doubled 惨 (ghastly), 乱 before a verb (at random), 最末 (the
    last), 制 after a modal or before a pronoun (to control), 后 before a part of a house
    (back), 皮 of a wound (skin), 大 cut from 有/不/加 (greatly), 越加 (all the more), 高度
    before a verb (highly), 认识到 (to realize), 肯定 given (recognition), 健全 before its
    object (to strengthen), 有帮助 (help), 付 before a number (to pay), 背 closing a clause
    after a modal (to recite), 走散 of a group (to disperse), a counted 记事 (a record), 无可
    before a verb closing its clause, 在…上来 (onto), and the sounds 丁丁地 and 吃吃地, 不多久
    (not long), 许是 (perhaps); 成 after 干/办/谈/搞 keeps "to succeed" over the after-verb row."""
    if word not in _FRAME_WORDS:
        return None
    end = offset + len(word)
    # a clause's edge reads as a comma, so that no test of membership takes "" for a match
    before = text[offset - 1 : offset] if offset else "，"
    after = text[end : end + 1] or "，"
    clause = _clause_before(text, offset)
    if word == "所" and "被" in clause and _HAN.match(after or "，"):
        verb = _word_at(text, end)
        if not text.startswith("的", end + len(verb)):
            # 被这笑声所驱逐 (被他所说的话感动: what he said)
            return "particle introducing a relative clause or passive (here: the passive)"
    if word == "折" and after in _FOLD_BEFORE and text[offset : end + 1] not in lexicon().entries:
        return "to fold"  # 折出波浪纹, 折成小方块 (折断, 打折: a word; 骨折: to break)
    if word == "词" and any(c in _SING for c in clause):
        return "lyrics; words of a song; a form of lyric poetry"  # 唱起春词来 (生词: word)
    doubled = (after == "惨" and before in _COLOURS) or (
        before == "惨" and text[offset - 2 : offset - 1] in _COLOURS
    )
    if word == "惨" and doubled:
        return "(of colour) ghastly; pale; dismal"  # 红惨惨地, 白惨惨的 (惨死: miserable)
    if (
        word == "乱"
        and after
        and _HAN.match(after)
        and after not in _NOT_AT_RANDOM
        and (_is_verb(after) and len(_word_at(text, end)) == 1 and before not in _TURMOIL)
    ):
        # 乱飞, 乱撞, 乱嚷 (乱了, 乱着: in disorder; 乱发: dishevelled hair; 大乱: turmoil)
        return "(before a verb) all over; at random; indiscriminately"
    if word == "末" and before == "最":
        return "end; last (the very last)"  # 最末的花瓣 (末梢, 周末: words)
    if word == "制" and (before in _MODALS or before in "要难以" or after in _PRONOUNS):
        return "to control; to restrict; to subdue"  # 一意要制他的死命 (九年制: a system)
    opens = not _HAN.match(before or "，") or before in "的这那"
    if word == "后" and after in _BACK_PARTS and opens:
        if text[offset : end + 1] not in lexicon().entries:
            return "back; rear (before a noun: the back garden, window or door)"  # 我的后园
    if word == "大" and after in _GREATLY_BEFORE:
        return "greatly; very much (before a verb)"  # 大有深意, 大不一样, 大加赞扬
    if word == "加" and before in "越愈":
        return "all the more; even more (after 'the more')"  # 越加非常之蓝
    if word == "高度" and _HAN.match(after or "，") and after not in "的为是达有约在和与、":
        following = _word_at(text, end)
        if len(following) > 1 and (
            _opens_with_verb(following) or _is_adjective(_first_definition(following))
        ):
            return "highly; to a high degree (before a verb)"  # 高度赞扬, 高度重视
    if word == "皮" and after in "伤肉" and text[offset : end + 1] not in lexicon().entries:
        return "skin"  # 皮伤, 皮肉之苦 (皮大衣: leather; 皮肤: a word)
    if word == "认识" and after == "到":
        return "to realize; to come to understand"  # 认识到 (认识他: to know)
    if word == "肯定" and before in _RECOGNITION_AFTER and _closes_clause(text, end):
        return "recognition; approval (to give recognition to; to affirm)"  # 给予充分肯定
    if (
        word == "健全"
        and before not in _SOUND_AFTER
        and _HAN.match(after or "，")
        and (after not in "的了地和与、而着")
    ):
        return "to strengthen; to perfect (a system, a network, an institution)"  # 健全制度
    if word == "帮助" and before in "有大":
        return "assistance; aid; help"  # 对我大有帮助, 没有什么大帮助 (帮助农民: to help)
    if word == "付" and after in _NUMERALS:
        return "to pay"  # 押一付三, 付三个月 (一付眼镜: a pair)
    if word == "背" and before in "会能要得" and _closes_clause(text, end):
        return "to learn by heart; to recite from memory"  # 这首诗我会背。 (会背孩子: to carry)
    if word == "走散" and any(w in clause for w in ("大家", "众人", "人们", "们", "都", "各")):
        return "to disperse; to go their separate ways"  # 大家都已走散 (和妈妈走散: to stray)
    if word == "记事" and (before in _COUNTERS or before in "则篇条的"):
        return "record; account (of events); a news item"  # 同一记事 (会记事: to keep a record)
    if word == "无可" and _HAN.match(after or "，") and _closes_clause(text, end + 1):
        return "nothing (that can be …); nothing worth (doing)"  # 别无可称。
    if word == "成" and before in "干办谈搞":
        return "to succeed; to finish; to complete"  # 要干成一件事 (弯成弧形: into)
    if word == "丁丁" and after in "地的声作响当":
        return "(onom.) tinkling; clinking; a ding-ding sound"  # 玻璃上丁丁地响
    laughs = text[end : end + 1] == "吃" and text[end + 1 : end + 2] in "地的笑"
    if word == "吃" and (laughs or (before == "吃" and after in "地的笑")):
        return "(onom.) sound of muffled laughter (chuckling, tittering etc)"  # 吃吃地笑
    if word == "多久" and before in "不没":
        return "(not) a long time"  # 不多久，几个进来了 (要多久: how long?)
    if word == "许" and after in "是会" and (not _HAN.match(before or "，") or before in _PRONOUNS):
        return "perhaps; maybe"  # ，许是从窗纸的破孔进来的 (不许: to allow)
    if word == "上来" and _closes_clause(text, end) and any(c in "在到" for c in clause):
        # 把重点放在为群众的服务上来 (跑上来: up)
        return "onto; to (after a noun, with 'on' or 'to' before it: turning to it)"
    return None


#: The words ``_twelfth_round`` has a rule for: any other word is passed by at once.
_TWELFTH_WORDS = frozenset({
    "大约", "野", "吻", "叫声", "之中", "净", "乡", "乡里", "领导", "从此", "直", "那么", "什么",
    "去", "补", "四大",
})  # fmt: skip
#: Animals, birds and insects (the last character of their names: 苍蝇, 老鹰, 小狗), whose
#: 叫声 is a cry or a call and whose 吻 is a mouth or a beak.
_ANIMALS = frozenset("鸟鸡鸭鹅狗犬猫马牛羊猪兔鼠虫蝇蚊蜂蝉蛙鹰雀鸦鹊鸽燕狼虎豹狮猴熊蛇龙鱼驴")
#: What follows 大约 when it is "approximately": a number, or 有/在/是 and a number.
_ABOUT_NUMBERS = _NUMERALS | frozenset("几百千万两")
#: After 净, these make it "net" (净增, 净减, 净赚, 净亏, 净收入, 净利, 净重, 净值, 净出口).
_NET_BEFORE = frozenset("增减赚亏收利重值出进资流")
#: Administrative units: with one of them in the sentence, 乡 is a township (县不通乡).
_UNITS = frozenset("县镇区")
#: Before 领导, these make it the leaders or the leadership (县领导, 党的领导, 各级领导).
_LEADERS_AFTER = frozenset("县市省区镇乡村党校厂局部委的级导位府")
#: Verbs of removing and leaving before a 去 closing its clause: "away" (退去, 拭去, 溜开去; not
#: 住去了 "went to live", 办去 "go and do it", 贾母处去了 "went to her place").
_AWAY_VERBS = frozenset("退褪拭抹擦删除剪砍割削扫冲吹卷洗逝散失消离逃飞跑溜开划涂刮夺偷撕剥脱")
#: A counted group closing a clause (七个, 十个学生, 两位老人): 之中 after it is "among".
_COUNTED_GROUP = re.compile(r"[一二两三四五六七八九十几百千万0-9０-９][个位名只条件种项匹]\w{0,2}$")
#: Conditions before a clause that 那么 opens ("then": 如果…，那么…).
_IF = ("如果", "假使", "假如", "要是", "倘若", "既然", "若是", "只要")


def _twelfth_round(word: str, first: Sense, text: str, offset: int) -> str | None:
    """The meaning the words around an item decide (found by the twelfth judged round, an
    animal sketch and news): 大约 with no number after it (probably), 野 before a noun (wild),
    an animal's 吻 (mouth) and 叫声 (cry), a counted 之中 (among), 净 before an amount (net),
    乡 and 乡里 beside a county (township), 领导 after a unit or 的 (leaders), 从此 (from then
    on), 直 before 着急 (kept on), 那么 opening a clause (then), 什么 in a negated clause
    (anything), 去 closing a clause after its verb (away), 补 before 回 (to make up for),
    四大 before a noun (the four major)."""
    if word not in _TWELFTH_WORDS:
        return None
    end = offset + len(word)
    before = text[offset - 1 : offset] if offset else "，"
    after = text[end : end + 1] or "，"
    clause = _clause_before(text, offset)
    rest = text[end : end + 7]
    for i, c in enumerate(rest):
        if c in _CLAUSE_END:
            rest = rest[:i]
            break
    sentence = _sentence_of(text, offset)
    if word == "大约" and not any(c in _ABOUT_NUMBERS for c in rest):
        return "probably; most likely (not before a number)"  # 大约是死掉了 (大约三天: about)
    if word == "野" and _HAN.match(after) and after not in "了着过的地得外心蛮生性":
        following = _word_at(text, end)
        if before not in "田原郊荒山旷四朝在到于的" and not _opens_with_verb(following):
            return "wild; feral; uncultivated (before a plant or an animal)"  # 野桑树, 野猫
    if word == "吻" and before in _ANIMALS:
        return "mouth; muzzle; beak (of an animal)"  # 膏于鹰吻 (接吻, 吻她: a kiss)
    if word == "叫声" and any(c in _ANIMALS for c in clause[-8:]):
        return "cry; call (the sound an animal, a bird or an insect makes)"  # 苍蝇的叫声
    if word == "之中" and (before == "们" or _COUNTED_GROUP.search(clause)):
        return "among; in the midst of"  # 七个之中, 他们之中 (心之中: inside)
    if word == "净" and after in _NET_BEFORE:
        return "net (income, exports etc: after what is taken off)"  # 净增611元
    if word == "乡" and any(c in _UNITS for c in sentence):
        return "township (the administrative unit below a county)"  # 县不通乡
    if word == "乡里" and "县" in sentence and _opens_clause(text, offset):
        return "the township; the township government"  # 乡里派通讯员去县里
    if word == "领导" and before in _LEADERS_AFTER:
        return "leader; leadership (the leaders of a county, a party, a unit)"  # 县领导坚信
    if word == "从此":
        return "from then on; since then; from now on"  # 从此一蹶不振 (a story's past)
    if word == "直" and _word_at(text, end)[:1] == "着" and len(_word_at(text, end)) > 1:
        return "continuously; kept on (before a verb or an adjective)"  # 直着急 (直着身子)
    if word == "那么" and _opens_clause(text, offset) and (
        after == "，" or any(w in _sentence_before(text, offset) for w in _IF)
    ):
        return "then; in that case (opening a clause)"  # 假使…，那么，我以为 (那么好: so)
    negated = any(c in "不没无未别" for c in clause) and before == "有"
    if word == "什么" and negated and "？" not in sentence and "?" not in sentence:
        return "any; anything (after a negative: not any kind of)"  # 不至于有什么罢 (有什么用？)
    if word == "去" and before in _AWAY_VERBS and (after in _CLAUSE_END or after == "了"):
        return "(after a verb) away; off (away from where it was)"  # 洪水还没有退去，
    if word == "补" and (after == "回" or text.startswith("不回", end)):
        return "to make up for; to make good (a loss)"  # 十年都补不回来 (补衣服: to mend)
    if word == "四大" and _HAN.match(after) and after not in "的了皆":
        return "the four major; the four great (before a noun)"  # 四大班子 (四大皆空: elements)
    return None


#: Characters that name states of the Zhou and Warring States (韩、赵、魏): in a list of such
#: characters each is its state, not 赵 "to surpass", 魏 "tower", 楚 "clear", 齐 "even".
_STATES = frozenset("韩赵魏楚燕齐秦晋宋卫鲁郑吴越陈蔡曹许")
#: Words asked about in a yes-no question whose first dictionary meaning is not the one asked
#: (行不行: "OK", not "to walk").
_ASKED_ABOUT = {"行": "OK; all right", "成": "OK; all right"}
#: What 赶 drives (赶着牛, 赶羊, 赶车): animals and carts.
_HERDS = frozenset("牛羊马猪鸭鹅驴骡牦鸡车")
#: One-character verbs after 过去 that make it "to go over (there)" (过去讨碗水, 过去看看).
_GOES_TO_DO = frozenset("讨看问找拿买玩帮送瞧接叫喊劝拉扶打")
#: Games 打 plays (打篮球, 打球, 打牌, 打麻将, 打游戏, 打太极拳).
_GAMES = ("球", "篮球", "排球", "网球", "乒乓球", "羽毛球", "牌", "扑克", "麻将", "游戏", "太极")
#: Words near 块 that make it the colloquial yuan (一百二十八块, 三百块钱).
_MONEY_NEAR = ("钱", "卖", "买", "价", "贵", "便宜", "付", "花了")
#: The words ``_everyday_round`` has a rule for.
_EVERYDAY_WORDS = frozenset({
    "直", "上", "下", "名", "到", "家", "可", "多", "站", "凡", "加油", "踊跃", "举", "通常", "分",
    "偏", "酸", "好", "图", "点", "干", "发", "许", "排", "当", "打", "开", "块", "少", "行", "乎",
    "赶", "过去", "讨", "将", "共", "对", "连", "起", "角", "交", "饶", "驿站", "归", "一道",
    "一轮", "我", "现", "赏", "成", "拍", "片", "破门", "拿下", "充满", "自", "止", "充", "冲",
    "赔", "不是", "一头", "呈", "熬", "不下", "撑", "顿", "出汁", "低下", "本行", "放",
    "头", "面", "翻过", "长", "响", "路", "表", "位", "一样", "起来", "照",
}) | _STATES  # fmt: skip
#: What follows 通常 when it is "usually" (通常会, 通常是, 通常在): a verb or an adverb.
_USUALLY_BEFORE = frozenset("会要是在都也用可能不没把被由从对以将")
#: After 直, the verbs of a reaction it makes go on and on (直摇头, 直哭, 直发抖, 直冒汗);
#: before others it is "straight" (直走, 直跳上来), "to straighten" (直起身) or "just" (直以).
_KEEPS_ON = frozenset("摇点哭笑叫喊哆冒掉咳嚷夸骂叹跺搓喘颤抖嘀念咂乐吐")
_KEEPS_ON_WORDS = frozenset({"发抖", "打颤", "打哆嗦", "流泪", "流汗", "发愣", "发呆"})
#: What 上一 counts when 上 is "previous; last" (上一次, 上一代, 上一届, 上一个).
_LAST_ONE = frozenset("次代届任个年周期回页场轮季批位")
#: The last character of a shop or a firm (面馆, 饭店, 公司, 工厂): 有家 before it counts one.
_BUSINESSES = frozenset("店馆厂司院行铺社所场吧")
#: What opens a condition in an earlier clause: 可 after it is "may" (若持续发热，可…).
_MAY_AFTER = ("若", "如果", "如需", "如有", "假如", "要是", "必要时", "如遇")
#: After 多 "more", what shows it is no "mostly" (多用于, 多为, 多是, 多在).
_MOSTLY_AFTER = frozenset("用为是在见属由指数系")
#: Words before 多 and a verb that make it "more" (要多穿, 应多喝水, 请多指教).
_ASK_MORE = frozenset("要该请得再需能可应")
#: After 站, what shows the verb "to stand" (站得高, 站在, 站着, 站起来, 站出来).
_STANDS = frozenset("得在着起出到了住满")
_NEXT_ONE = _LAST_ONE | frozenset("步站")
#: Before 一轮, what makes it "a round" rather than "the first round" (下一轮, 新一轮, 又一轮).
_ROUND_BEFORE = frozenset("上下新这那每又另")
#: Bodies 我 "our" stands before in official writing (我市, 我县, 我校, 我厂).
_OUR_UNITS = frozenset("市县区镇乡村校厂")
#: What one admires (赏花, 赏月, 赏雪, 赏荷, 赏景, 赏灯, 赏枫).
_ADMIRED = frozenset("花月雪荷景灯枫菊梅樱叶")
#: What shows 拍 is filming or photographing (拍照, 拍电影, 拍成…片, 拍视频).
_FILMED = re.compile(r"照|电影|影片|片|视频|镜头|剧|戏")
#: Kinds of film before 片 (励志片, 恐怖片, 动作片).
_FILM_KINDS = frozenset({
    "励志", "恐怖", "动作", "爱情", "喜剧", "科幻", "战争", "文艺", "商业", "悬疑", "犯罪", "警匪",
    "武侠", "灾难", "历史", "青春", "家庭", "奇幻", "惊悚", "功夫", "宣传",
})  # fmt: skip
#: Words of a ball game near 破门 or 拿下 (头球破门, 射门, 禁区).
_SPORT_NEAR = re.compile(r"球|射门|禁区|比赛|门将|主队|客队|赛季|联赛|冠军|决赛")
#: What one wins after 拿下 (拿下冠军, 拿下订单, 拿下比赛).
_WON = ("冠军", "金牌", "银牌", "铜牌", "胜利", "比赛", "订单", "合同", "项目", "首胜", "全胜")
#: What 撑 holds up or pushes along (撑着伞, 撑开伞, 撑船, 撑篙).
_HELD_UP = re.compile(r"(?:着|开|起|了)?(?:一把)?[伞船篙竿]")
#: Words near 面 that make it "noodles" (吃面, 一碗面, 煮面, 拉面, 面馆).
_NOODLES_NEAR = re.compile(r"吃|碗|煮|擀|拉面|面馆|面条|捞")
#: What 翻过 crosses (翻过一座山, 翻过围墙, 翻过山岭).
_CROSSED = re.compile(r"(?:了)?(?:[一两几这那][座道堵条]|重重)?[山岭墙坡梁峰崖栏]")
#: The end of a field of study or an art before 家 "-ist" (药学家, 艺术家 is a word, 数学家).
_FIELD_BEFORE = re.compile(r"(?:学|术|论|法|画|乐|艺)$")
#: What one orders in a restaurant after 点 (点了一份鱼, 点菜, 点几个菜, 点一杯咖啡).
_ORDERED = (
    "一份", "一盘", "一碗", "一杯", "一壶", "一道", "两份", "两个菜", "几个菜", "菜", "餐", "外卖",
)  # fmt: skip
#: What runs on a numbered route (三路公交车, 5路车, 十路电车).
_BUSES = ("公交", "车", "汽车", "电车", "巴士", "大巴")
#: What 放 flies, sets off or grazes (放风筝, 放鞭炮, 放烟花, 放牛, 放羊).
_LET_FLY = ("风筝", "鞭炮", "烟花", "爆竹", "炮仗", "礼炮", "牛", "羊", "马", "鸭", "鹅")
#: After 熬 "to endure", the span it lasts (熬了三个月, 熬过几天, 熬到半夜, 熬了一夜).
_ENDURED = re.compile(
    r"(?:了|过)?(?:[一二两三四五六七八九十几半]+个?(?:月|年|天|夜|晚|周|星期|小时|钟头|宿)"
    r"|到|夜|通宵|整夜|整晚)"
)
#: Verbs of cooking and pressing before 出汁 (翻炒出汁, 煮出汁, 压出汁).
_COOKED = frozenset("炒煮压挤榨腌焖炖烤蒸煎")
#: Verbs one does headlong after 一头 (一头撞在, 一头扎进, 一头栽倒).
_HEADLONG = frozenset("撞扎栽钻扑倒冲跳碰")
#: Colours 呈 "to be (a colour)" stands before (呈黄色, 呈红褐色).
_COLOUR_CHARS = frozenset("红橙黄绿青蓝紫黑白灰褐棕金银粉乳")
#: The last character of a word of places and times (远方, 此处, 外地, 古代, 去年).
_PLACES_TIMES = frozenset("方处地外家国里乡年月日时代")
#: Before 多 and a verb, the modal words and subjects that make it "more" (应当多喝, 我多做).
_ASKS_MORE = frozenset("当我你您咱")
#: Sizes and degrees that 偏 "on the ... side" goes before (偏小, 偏高, 偏贵).
_SIZES = frozenset("小大高低贵少多胖瘦紧松长短重轻快慢热冷甜咸硬软深浅晚早暗亮干湿")
#: Parts of the body whose 酸 is an ache (腿酸, 腰酸, 眼睛酸).
_BODY_PARTS = frozenset("腿腰背肩臂脖颈眼手脚膝胳膀")
#: Verbs after which 点 is "a little, some" (找点事, 吃点东西, 买点菜, 喝点水).
_TAKES_SOME = frozenset("找吃喝买做干说带拿加放写学要给借存赚挣攒")
#: An hour and then a number of minutes (十四时二十, 八点三十): 分 after it is "minute".
_CLOCK_BEFORE = re.compile(r"[时点][零〇一二三四五六七八九十0-9０-９]+$")
_RANKED = re.compile(r"第[一二三四五六七八九十百0-9０-９]+$")


def _listed_states(text: str, offset: int) -> bool:
    """Whether the character at ``offset`` stands in a list of state names set off by 、
    (灭掉韩、赵、魏、楚): a state's character on each side of it, or two on one side."""
    left = text[max(0, offset - 4) : offset]
    right = text[offset + 1 : offset + 5]
    before = len(left) >= 2 and left[-1] == "、" and left[-2] in _STATES
    after = len(right) >= 2 and right[0] == "、" and right[1] in _STATES
    if before and after:
        return True
    further_left = len(left) >= 4 and left[-3] == "、" and left[-4] in _STATES
    further_right = len(right) >= 4 and right[2] == "、" and right[3] in _STATES
    return (before and further_left) or (after and further_right)


def _state_definition(char: str) -> str | None:
    """The first of a character's definitions that names a state ("one of the seven states
    during the Warring States Period"), or None."""
    for sense in lexicon().senses(char):
        for definition in sense.definitions:
            if re.search(r"\b(?:states?|kingdoms?|dynasty|dynasties)\b", definition, re.I):
                return definition
    return None


def _closes_phrase(text: str, end: int) -> bool:
    """Whether a clause break, 的 or a verb's 左右 follows ``end`` (七点四十分许，)."""
    return not text[end : end + 1] or text[end] in _CLAUSE_END or text[end] in "的左"


def _closes_on_after(text: str, end: int) -> bool:
    """Whether the clause from ``end`` closes on 以后/之后/后 (当通讯恢复以后，)."""
    close = next((i for i in range(end, len(text)) if text[i] in _CLAUSE_END), len(text))
    return close - end >= 3 and text[end:close].endswith(("以后", "之后", "后"))


def _money_near(text: str, offset: int) -> bool:
    """Whether a word of prices stands within the sentence around ``offset`` or the one
    before (这件衣服怎么卖？三百块。)."""
    around = text[max(0, offset - 30) : offset + 12]
    if any(w in around for w in _MONEY_NEAR):
        return True
    # 三百块。 a sum closing a clause: tens and hundreds of pieces are seldom counted so
    number = re.search(r"[零〇一二两三四五六七八九十百千万]+$", text[max(0, offset - 8) : offset])
    closes = text[offset + 1 : offset + 2] in _CLAUSE_END or offset + 1 >= len(text)
    return bool(number and closes and any(c in number.group() for c in "十百千万"))


def _exclaims(text: str, end: int) -> bool:
    """Whether the sentence from ``end`` closes on 了 and an exclamation or a full stop, or on
    啦/呢 (今天可把我累坏了！)."""
    close = next((i for i in range(end, len(text)) if text[i] in "。！!？?\n"), len(text))
    return text[end:close].endswith(("了", "啦", "呢", "啊")) and text[close : close + 1] != "？"


def _everyday_round(word: str, text: str, offset: int) -> str | None:
    """The meaning the words around an item decide (found on everyday texts: a fable, a
    leaflet, notices, a phone launch): 直 before a verb (keep doing), 上一次 (last), a ranked
    名 (place), 到 between numbers (to), 有家 before a shop (a classifier), 可 after a
    condition (may), 多 before a verb after 要 (more), 站 before 在/得 (to stand), 凡 opening
    a clause (every), 加油 cheering, 踊跃 before a verb (eagerly)."""
    if word not in _EVERYDAY_WORDS:
        return None
    end = offset + len(word)
    before = text[offset - 1 : offset] if offset else "，"
    after = text[end : end + 1] or "，"
    reacts = after in _KEEPS_ON and after != text[end + 1 : end + 2]  # 直瞪瞪: a word
    if word == "直" and (reacts or _word_at(text, end) in _KEEPS_ON_WORDS):
        return "(before a verb) keep (doing); continuously"  # 直摇头, 直哭 (直走: straight)
    if word == "上" and after == "一" and text[end + 1 : end + 2] in _LAST_ONE:
        if before in "比在从和与跟" or not _after_verb(text, offset, word):
            return "previous; last (the last time, the last one)"  # 比上一代 (爬上一座山: up)
    if word == "下" and after == "一" and text[end + 1 : end + 2] in _NEXT_ONE:
        if before in "比在从和与跟的，" or not _after_verb(text, offset, word):
            return "next (the next time, the next one)"  # 下一步, 下一代 (走下一段台阶: down)
    clock = _CLOCK_BEFORE.search(text[max(0, offset - 8) : offset])
    if word == "下" and text.startswith(("周", "星期", "个月", "学期"), end):
        return "next (next week, next Tuesday)"
    if word == "下" and text.startswith(("棋", "象棋", "围棋"), end):
        return "to play (chess)"  # 下象棋
    if word == "发" and text.startswith(("了火", "脾气", "了脾气", "了一通火"), end):
        return "to lose (one's temper); to flare up"  # 对队员们发了火
    if word == "许" and (before in _NUMERALS or before in "分时点岁") and _closes_phrase(text, end):
        return "about; or so (after a number or a time)"  # 七点四十分许
    if word == "排" and "队" in text[end : end + 8] and after in "着了成起好":
        return "to line up; to queue"  # 门口总是排着长长的队伍
    if word == "乎" and (after in _CLAUSE_END or not text[end:]) and _HAN.match(before):
        return "(classical particle closing a question or an exclamation)"  # 不亦乐乎？
    if word == "排" and after in "到出入放进向" and text[end : end + 2] not in ("出来", "入场"):
        return "to discharge; to drain; to let out"  # 油烟直接排到窗户上
    opens = _opens_clause(text, offset) or text[offset - 2 : offset] in ("可是", "但是", "就在")
    if word == "当" and opens and _closes_on_after(text, end):
        return "when (a clause closing on 'after': when ... had happened)"  # 当通讯恢复以后，
    size_ends = text[end + 1 : end + 2] in ("的", "了", "") or not _HAN.match(text[end + 1])
    if word == "偏" and after in _SIZES and size_ends:
        return "on the (small, high...) side; somewhat too"  # 尺码偏小, 价格偏高
    if word == "酸" and not _BODY_PARTS.isdisjoint(text[max(0, offset - 3) : offset]):
        return "sore; aching"  # 腿也酸得不行, 腰酸背痛 (酸奶: sour)
    if word == "行" and text.startswith(("不行", "吗", "吧", "了", "啊"), end):
        return "all right; OK; will do"  # 二百行不行？ 这样行吗？
    herded = text[end + 1 : end + 2] if after in "着了" else after
    if word == "赶" and herded in _HERDS:
        return "to drive (animals, a cart)"  # 赶着牦牛 (赶火车: to hurry to catch)
    if word == "过去" and after in _GOES_TO_DO:
        return "to go over (there); to go across"  # 咱们过去讨碗水喝
    if word == "讨" and after in "碗口个些钱饭水":
        return "to ask for; to beg for"  # 讨碗水喝
    if word == "将" and before in "现特兹今":
        return "(marks the object, which comes before the verb)"  # 现将…通知如下
    if word == "共" and (after in _NUMERALS or after == "计"):
        return "in all; altogether (before a number)"  # 放假，共八天
    if word == "对" and after == "了" and _is_verb(before) and before not in "不没":
        return "right; correct (after a verb: got it right)"  # 判断对了方向
    if word == "连" and _is_verb(after) and text[end + 1 : end + 2] in _NUMERALS:
        return "in a row; in succession (before a verb and a number)"  # 连换三人
    priced = "元" in text[max(0, offset - 4) : offset] or after == "钱"
    if word == "角" and before in _NUMERALS and priced:
        return "jiao (a tenth of a yuan)"  # 一元五角, 八角钱
    if word == "起" and before in "东西南北" and _HAN.match(after):
        return "starting from (a boundary: starting in the west at ...)"  # 西起临洮、东至辽东
    if word == "打" and text.startswith(_GAMES, end):
        return "to play (a ball game, cards, a game)"  # 打篮球, 打牌
    if word == "开" and "药" in text[end : end + 4]:
        return "to write out (a prescription); to prescribe"  # 给你开点儿药
    if word == "块" and before in _NUMERALS and _money_near(text, offset):
        return "(colloquial) yuan; dollar (classifier for money)"  # 一共一百二十八块
    if word == "少" and before in "再更太" and after in _CLAUSE_END | {"了"}:
        return "less; fewer"  # 不能再少了
    if word == "上" and "课" in text[end : end + 4] and not _after_verb(text, offset, word):
        return "to attend (a class); to go to (school, work)"  # 我们上四节课
    if word == "好" and text.startswith(("一点", "一些", "点儿", "多了"), end):
        return "good; well; better"  # 今天好一点儿了
    if word == "好" and before == "变":
        return "good; well; better"  # 体力变好了
    if word == "图" and text.startswith(("什么", "啥", "个啥", "的是"), end):
        return "to seek; to be after (what for?)"  # 他图什么
    if word == "点" and len(before) == 1 and before in _TAKES_SOME and _HAN.match(after):
        return "a little; some (a little of something)"  # 找点事儿干, 吃点东西
    done_nothing = before in "儿么啥不没别" and (after in _CLAUSE_END or after in "了过")
    if word == "干" and (after in "活吗嘛啥" or done_nothing):
        return "to do; to work"  # 找点事儿干
    if word == "分" and before in _NUMERALS and clock:
        return "minute"  # 十四时二十分, 八点三十分
    if word == "名" and _RANKED.search(text[max(0, offset - 4) : offset]):
        return "place (in a ranking: first place)"
    if word == "到" and before in _NUMERALS and after in _NUMERALS:
        return "to (a number); up to"  # 十八到二十二度
    if word == "家" and before == "有" and not _BUSINESSES.isdisjoint(text[end + 1 : end + 3]):
        return "classifier for families and businesses"  # 有家面馆 (有家可归: a home)
    parcels = ("快递", "取件", "包裹", "菜鸟")
    if word == "驿站" and any(w in text[max(0, offset - 30) : end + 12] for w in parcels):
        return "parcel station (a pickup point for deliveries)"  # 收到取件码后去驿站取件
    if word == "归" and "所有" in text[end + 1 : end + 8]:
        return "to belong to; to be the property of"  # 最终解释权归本店所有
    if word == "一道" and after in "题菜关门墙光":
        return "a; one (classifier for questions, dishes, doors, walls)"  # 一道题一道题地
    if word == "打" and "电话" in text[end : end + 5]:
        return "to make (a phone call)"  # 打物业电话
    if word == "交" and "朋友" in text[end : end + 8]:
        return "to make (friends)"  # 交到了几个好朋友
    if word == "饶" and (after in _PRONOUNS or after in "了过"):
        return "to spare; to forgive"  # 饶我这一遭罢
    if word == "可" and after in "把真是太" and _exclaims(text, end):
        return "(emphatic) really; so"  # 今天可把我累坏了！
    if word == "可" and _HAN.match(after):
        following = _word_at(text, end)
        closing = text[end + len(following) : end + len(following) + 1]
        if closing in ("了", "啦", "呢") and _is_adjective(_first_definition(following)):
            return "(emphatic, before an adjective) really; so"  # 图片可好看了
    if word == "可" and _opens_clause(text, offset):
        if any(w in _sentence_before(text, offset) for w in _MAY_AFTER):
            return "can; may"  # 若持续发热，可间隔四小时 (，可他不听: but)
    if word == "多" and text[offset - 2 : offset] in ("不管", "无论", "不论") and _HAN.match(after):
        return "how (no matter how ...)"  # 不管多累
    if word == "多" and before in _ASK_MORE and after not in _MOSTLY_AFTER and _is_verb(after):
        return "more (before a verb: to wear more, to eat more)"  # 要多穿一件衣服
    if word == "站" and after in _STANDS:
        return "to stand"  # 站得高, 站在门口 (到站: a station)
    if word == "凡" and _opens_clause(text, offset) and _HAN.match(after):
        return "every; all; any (opening a clause: all who ...)"  # 凡在校学生均可报名
    if word == "加油" and (after in _CLAUSE_END or text.startswith(("助威", "鼓劲", "打气"), end)):
        return "come on!; to cheer sb on; to make an extra effort"  # 加油！ (去加油: to refuel)
    if word in _STATES and _listed_states(text, offset):
        return _state_definition(word)
    if word == "举" and (after == "例" or text.startswith("个例", end)):
        return "to cite; to give (an example)"  # 举个例子 (举手: to raise)
    if word == "通常" and after in _USUALLY_BEFORE:
        return "usually; normally"  # 通常会通过 (通常情况: usual)
    if word == "踊跃" and _opens_with_verb(_word_at(text, end)):
        return "eagerly; enthusiastically (before a verb)"  # 踊跃报名
    return _everyday_round_2(word, text, offset, before, after)


def _everyday_round_2(word: str, text: str, offset: int, before: str, after: str) -> str | None:
    """More of the same, found on a second set of everyday texts (a match report, a weather
    forecast, a kettle's manual, a job advert, a letter, a guide, a film review)."""
    end = offset + len(word)
    if word == "一轮" and before in _ROUND_BEFORE:
        return "a round; one round (of talks, a match, a policy)"  # 下一轮, 新一轮 (第一轮)
    if word == "我" and _our_unit(text, end, after):
        return "our (in official usage: our city, our school)"  # 我市, 我校, 我县
    if word == "现" and _is_verb_word(_word_at(text, end)) and after not in "了出身形":
        return "now; at present (before a verb)"  # 现招聘, 现将 (现了原形: to appear)
    if word == "赏" and after in _ADMIRED:
        return "to admire; to enjoy (flowers, the moon, a view)"  # 赏荷花, 赏月
    if word == "成" and before == "而":
        return "to become; to be made into (formed by ...)"  # 由…混合而成
    if word == "拍" and _FILMED.search(text[end : end + 10]):
        return "to take (a photo); to shoot (a film)"  # 拍成励志片, 拍照片
    if word == "片" and text[max(0, offset - 2) : offset] in _FILM_KINDS:
        return "film; movie (a film of a kind)"  # 励志片, 恐怖片
    if word == "打" and _score_given(text, end + 1 if after == "了" else end):  # 打了满分
        return "to give (a score, a mark)"  # 我给它打七分
    sport = word in ("破门", "拿下") and _SPORT_NEAR.search(text[max(0, offset - 16) : end + 6])
    if word == "破门" and sport:
        return "to score a goal (in football, hockey etc)"  # 头球破门
    if word == "拿下" and (sport or after in _NUMERALS or _won(text, end, after)):
        return "to win (a set, a game, a contract etc); to capture"  # 拿下三分, 拿下冠军
    if word == "打" and text[max(0, offset - 3) : offset].endswith(("赛", "比赛", "球")):
        return "to play (a match, a ball game)"  # 篮球赛打得非常激烈
    if word == "自" and _from_then(text, end):
        return "from; since (a time or a place)"  # 自二〇二四年三月一日起, 有朋自远方来
    if word == "止" and before in "日月年时点" and "至" in text[max(0, offset - 16) : offset]:
        return "until (closing a span: from ... to ...)"  # 自…起至…二月二十八日止
    if word == "充" and "电" in text[end : end + 3]:
        return "to charge (a battery)"  # 充不进电, 充满电
    if word == "冲" and (after in _PRONOUNS or after == "人"):
        return "towards; at (someone: to shout at, to smile at)"  # 冲你嚷嚷
    if word == "赔" and text.startswith(("个不是", "不是", "了个不是", "礼道歉"), end):
        return "to offer (an apology: to apologize)"  # 赔个不是
    if word == "不是" and text[offset - 2 : offset] in ("赔个", "陪个", "个赔"):
        return "fault; blame"  # 赔个不是
    if word == "一头" and _is_verb(after) and after in _HEADLONG:
        return "headlong; head first"  # 一头撞在树桩上
    if word == "呈" and (after in _COLOUR_CHARS or after in "形状"):
        return "to be (a certain color); to assume (a shape)"  # 河水呈黄色
    if word == "熬" and _ENDURED.match(text, end):
        return "to endure; to stay up (through a long time)"  # 熬了三个月, 熬到半夜
    if word == "不下" and after in _NUMERALS:
        return "to be not less than (a certain quantity)"  # 改了不下十稿
    if word == "撑" and ("吃" in text[max(0, offset - 4) : offset] or before == "饱"):
        return "to fill to bursting point (to be stuffed)"  # 吃到撑
    if word == "顿" and (before in "了吃喝" or text[offset - 2 : offset] in ("吃了", "喝了")):
        return "classifier for meals, beatings, scoldings: time, bout, meal"  # 吃了顿火锅
    if word == "出汁" and before in _COOKED:
        return "to release its juices (when cooked or pressed)"  # 翻炒出汁
    if word == "低下" and after == "头":
        return "to lower (one's head)"  # 不由得低下头来
    closes = after in _CLAUSE_END or after in "行吧吗儿的"  # 便宜点。 多吃点吧
    if word == "点" and closes and (before in _TAKES_SOME or _adjective_before(text, offset)):
        return "a little; a bit (after an adjective: a bit cheaper)"  # 便宜点行不行
    if word == "本行" and ("银行" in text or "储户" in text):
        return "this bank (in a bank's own notices)"  # 本行将于本周六暂停网上银行服务
    if word == "放" and text.startswith(_LET_FLY, end):
        return "to fly (a kite); to set off (fireworks); to graze (cattle)"  # 放风筝
    if word == "下" and before in "雨雪" and after in "了着得个起":
        return "(of rain or snow) to fall"  # 雨下了整整一夜, 雪下得很大
    if word == "撑" and _HELD_UP.match(text, end):
        return "to hold up (an umbrella); to punt (a boat)"  # 撑着伞, 撑船
    if word == "头" and before in "那这" and (after in "的儿上" or not _HAN.match(after)):
        return "end; side (this end, the other end)"  # 桥那头的路
    if word == "面" and _NOODLES_NEAR.search(text[max(0, offset - 8) : end + 1]):
        return "noodles; flour"  # 吃了十年的面, 一碗面
    if word == "翻过" and _CROSSED.match(text, end):
        return "to cross over (a mountain, a wall)"  # 汽车翻过一座山
    if word == "长" and text.startswith(("长见识", "见识", "知识", "本事", "个子", "记性"), end):
        return "to grow; to increase (one's knowledge, height)"  # 长长见识, 长个子
    if word == "名" and before in "余多" and text[offset - 2 : offset - 1] in _NUMERALS:
        return "classifier for people"  # 三百余名民间艺人, 二十多名学生
    if word == "响" and before == "一" and (after in _CLAUSE_END or after == "就"):
        return "to make a sound; to ring"  # 放学铃一响，孩子们…
    if word == "路" and before in _NUMERALS and text.startswith(_BUSES, end):
        return "route; line (of buses: bus No. 3)"  # 坐三路公交车
    if word == "表" and (before in "张份" or "填" in text[max(0, offset - 6) : offset]):
        return "a form; a table (listing information)"  # 请先填一下这张表
    if word == "位" and before in _NUMERALS and text.startswith("数", end):
        return "digit; place (in a number: a six-digit number)"  # 六位数的密码
    if word == "家" and _FIELD_BEFORE.search(text[max(0, offset - 3) : offset]):
        return "(suffix) expert; -ist (one who practises a field)"  # 药学家, 画家 in 国画家
    if word == "点" and text.startswith("一下", end) and before not in _NUMERALS:
        return "to tap; to click (on a screen)"  # 在列表中找到…，点一下
    if word == "一样" and text.startswith("一样地", end):
        return "one kind after another; item by item (said twice before an adverb)"  # 一样一样地挑
    if word == "点" and text.startswith(_ORDERED, end + 1 if after == "了" else end):
        return "to order (food, a dish)"  # 我们还点了一份清蒸鲈鱼
    if word == "排" and "队" in text[end : end + 6] and after not in _NUMERALS:
        return "to line up; to queue"  # 要排很久的队
    if word == "起来" and _quality_before(text, offset):
        return "(after an adjective) becoming; starting to get (warmer, busier, better)"  # 骄傲起来
    if word == "照" and text.startswith(("了照", "一照", "照"), end):
        return "to shine (a light on); to look at (in a mirror)"  # 用小镜子照了照
    if word == "充满" and "电" in text[end : end + 4]:
        return "to charge fully (a battery)"  # 充满一次电, 充满电
    # after 刮/飘 (刮起大风) the fourteenth round's "(after a verb) up; to start" stands
    if word == "起" and before == "下" and _before_weather(text, offset):
        return "(after a verb) to start (to rain, to blow)"  # 下起了瓢泼大雨
    if word == "多" and before in _ASKS_MORE and after not in _MOSTLY_AFTER and _is_verb(after):
        return "more (before a verb: to wear more, to eat more)"  # 应当多喝, 我多做两个菜
    return None


def _our_unit(text: str, end: int, after: str) -> bool:
    """Whether a body 我 "our" stands before in official writing follows ``end`` as a word
    of its own (我市, 我校; 我省 but not 我省了钱)."""
    province = after == "省" and text[end + 1 : end + 2] not in "了下着得去掉过"
    return (after in _OUR_UNITS or province) and _word_at(text, end) == after


def _score_given(text: str, at: int) -> bool:
    """Whether a score follows ``at`` (七分, 满分, 个高分): 打 gives it."""
    numbered = text[at : at + 1] in _NUMERALS and "分" in text[at : at + 4]
    return numbered or text.startswith(("高分", "低分", "满分", "个高分"), at)


def _won(text: str, end: int, after: str) -> bool:
    """Whether what 拿下 takes is won (拿下冠军, 拿下了这份订单)."""
    won = text[end + 1 if after == "了" else end : end + 8]
    return any(w in won for w in _WON)


def _adjective_before(text: str, offset: int) -> bool:
    """Whether an adjective closes just before ``offset`` (便宜点, 快点, 小心点)."""
    if text[offset - 1 : offset] in _SIZES:
        return True
    two = text[max(0, offset - 2) : offset]
    if len(two) < 2 or _word_at(text, offset - 2) != two:
        return False
    return _is_adjective(_first_definition(two))


def _quality_before(text: str, offset: int) -> bool:
    """Whether a two-character word that CC-CEDICT also gives as a quality ends at
    ``offset`` (骄傲 "pride; arrogance; conceited": 就骄傲起来)."""
    two = text[max(0, offset - 2) : offset]
    if len(two) < 2 or _word_at(text, offset - 2) != two:
        return False
    definitions = [
        d for s in lexicon().senses(two) for d in s.definitions[:3]
        if "variant of" not in d and not d.startswith(("see ", "used in"))
    ]  # fmt: skip
    return bool(definitions) and not definitions[0].startswith("to ") and any(
        _is_adjective(d) for d in definitions
    )


def _from_then(text: str, end: int) -> bool:
    """Whether 自 before ``end`` opens a time or a place it counts from: a number
    (自二〇二四年…起) or a word of places or times with 来/起/至/到 after it (自远方来)."""
    after = text[end : end + 1]
    if after in _NUMERALS:
        return True
    following = _word_at(text, end)
    later = text[end + len(following) : end + len(following) + 6]
    counted_from = any(c in later for c in "来起至到")
    return following[-1:] in _PLACES_TIMES and len(following) > 1 and counted_from


def _is_verb_word(word: str) -> bool:
    """Whether a word's first definition is a verb ("to recruit")."""
    return _first_definition(word).startswith("to ")


#: The words ``_thirteenth_round`` has a rule for: any other word is passed by at once.
_THIRTEENTH_WORDS = frozenset({
    "左右", "切实", "肯定", "充分", "共同", "重点", "认识", "发挥", "地", "下", "喂", "绝", "闻",
    "熟", "毛", "间", "嚷嚷", "容易", "赶", "那里", "末", "澄清",
})  # fmt: skip
#: A number, maybe with its measure word or unit, closing a clause before 左右 (三年左右,
#: ５０％左右, 两个小时左右, 100公斤左右): "about".
_NUMBER_THEN_UNIT = re.compile(
    r"[一二两三四五六七八九十百千万亿几半0-9０-９][%％‰度点岁年月天日个位名只条件次倍元块米吨斤里亩"
    r"小时分秒钟公克千里斤平方厘毫]{0,4}$"
)
#: Before 切实 or 充分 as adverbs, what makes them adjectives after all: 切实可行, 切实有效,
#: 切实的, 充分的, 充分地 (an adverb of their own with 地).
_NOT_ADVERB_AFTER = frozenset("的地可有是而和与、")
#: Before 肯定 with an object, what makes it "to affirm" (充分肯定了…, 予以肯定): a degree
#: of recognition.
_AFFIRM_AFTER = frozenset({"充分", "给予", "予以", "高度", "一致", "完全", "基本"})
#: What 发挥 brings into play in news and reports (发挥…作用, 发挥优势, 发挥积极性).
_PLAY_OBJECTS = ("作用", "优势", "积极性", "潜力", "潜能", "才能", "特长", "职能", "功能", "余热")
#: A verb of giving or making before 充分 or 切实 with a noun after it (作了充分肯定, 给予充分
#: 的重视): there they are the adjective "full", not an adverb.
_GIVEN_BEFORE = ("了", "给予", "予以", "得到", "受到", "作", "做", "作出", "做出", "有")
#: Nouns 切实 describes ("practical"), not a verb it goes before (切实措施, 切实可行).
_PRACTICAL_NOUNS = frozenset({"措施", "办法", "方案", "行动", "可行", "有效", "保障", "步骤"})
#: Adjectives before 认识 the noun (模糊认识, 正确认识, 片面认识): "understanding".
_VIEWS = frozenset({
    "模糊", "错误", "正确", "片面", "深刻", "清醒", "全面", "科学", "理性", "感性", "共同", "基本",
    "新", "统一", "一致", "初步", "充分", "肤浅",
})  # fmt: skip
#: What 赶 hurries (赶进度, 赶工期, 赶任务, 赶时间, 赶稿子).
_DEADLINES = ("进度", "工期", "任务", "时间", "稿", "活", "路", "工")
#: Plants, rocks and waters among which things live and sound (草间, 林间, 花间, 石间, 波间):
#: 间 after one of them is "among" (里间, 后间 are rooms; 正说间 "while").
_GROWTH = frozenset("草林花树枝叶竹丛石岩峰山谷云波浪沙苇藻")
#: Waters and what holds them: in a sentence with one of them 澄清 is a liquid growing clear
#: (过了半天，澄清了 of a muddied pond); elsewhere it is "to clarify" (澄清事实).
_WATERS = frozenset("水池河湖江溪泉潭井塘海浑浊泥液汤酒")
#: Measures of land before 地 "land" (二百万亩地, 三顷地, 一块地).
_LAND_AFTER = frozenset("亩顷块片")
#: Birds, whose 毛 is their feathers or down (小鸭褪了黄毛, 鸡毛 is a word of its own).
_BIRDS = frozenset("鸟鸡鸭鹅雀鸦鹊鸽燕鹰雏")
#: Negatives after which 绝 is "absolutely (not)" (绝无消息, 绝不答应, 绝没有, 绝非).
_NEGATIVES = frozenset("无不没非未少")
#: Smells that 闻 takes (不闻其香, 闻到一股臭味, 闻了闻气味).
_SMELLS = frozenset("香臭味馨腥膻")
#: People a 熟 friend can be (很熟的友人, 熟的朋友); 熟人 is a word of its own.
_ACQUAINTANCES = frozenset("人友朋客邻同")
#: What a noisy place or crowd is, after a degree adverb (很是嚷嚷, 太嚷嚷).
_DEGREE_BEFORE = ("很是", "很", "太", "真", "挺", "好", "多么", "那么", "这么")
#: Happenings one is liable to (容易积食, 容易生病, 容易出错): after them 容易 is "liable to".
_MISHAPS = (
    "积食", "生病", "得病", "患", "感冒", "着凉", "发炎", "出错", "出事", "出问题", "犯",
    "上当", "受伤", "受骗", "生气", "发火", "发胖", "疲劳", "过敏", "忘", "坏", "破", "断",
    "碎", "丢", "失", "误", "混淆", "引起", "导致", "造成", "产生", "发生", "出现", "被",
    "变质", "腐烂", "生锈", "着火", "滋生", "流失", "激动", "紧张",
)  # fmt: skip


def _thirteenth_round(word: str, text: str, offset: int) -> str | None:
    """The meaning the words around an item decide (found by the thirteenth judged round, a
    short story and news): 左右 after a number (about), 切实 and 充分 before a verb (earnestly,
    fully), 肯定 with an object (to affirm), 共同 before a verb (jointly), 重点 before a noun
    (key), 认识 after an adjective or 的 (understanding), 发挥 with a role or a strength (to
    bring into play), 地 after 亩 (land), 下 closing 在… (under), 喂 before what it feeds, 绝
    before a negative (absolutely), 闻 of a smell, 熟 of a friend (familiar), a bird's 毛
    (feathers), 间 after a noun it is no word with (among), 嚷嚷 after a degree adverb
    (noisy), 容易 before a mishap (liable to), 末 after a season (end), 澄清 away from water
    (to clarify)."""
    if word not in _THIRTEENTH_WORDS:
        return None
    end = offset + len(word)
    before = text[offset - 1 : offset] if offset else "，"
    after = text[end : end + 1] or "，"
    clause = _clause_before(text, offset)
    following = _word_at(text, end) if _HAN.match(after) else ""
    if word == "左右" and _NUMBER_THEN_UNIT.search(clause[-6:]):
        return "about; approximately (after a number)"  # ５０％左右 (左右为难: left and right)
    given = clause.endswith(_GIVEN_BEFORE)  # 作了充分肯定, 给予充分肯定: the noun's "full"
    if word in ("切实", "充分") and _HAN.match(after) and after not in _NOT_ADVERB_AFTER:
        acts = _opens_with_verb(following) or following in _AFFIRM_AFTER
        if word == "切实" and not given and following not in _PRACTICAL_NOUNS:
            return "earnestly; conscientiously; in real earnest (before a verb)"  # 切实保证
        if acts and not given:
            return "fully; to the full (before a verb)"  # 充分肯定, 充分利用 (充分的理由)
    objected = _HAN.match(text[end + 1 : end + 2] or "，")
    if word == "肯定" and _word_at(text, end) == "了" and objected:
        return "to affirm; to give recognition to"  # 充分肯定了…成绩 (他肯定了解: surely)
    if word == "共同" and _HAN.match(after) and after not in _NOT_ADVERB_AFTER:
        if _opens_with_verb(following) and following not in ("语言", "利益"):
            return "jointly; together (before a verb)"  # 共同举办, 共同努力 (共同的目标: common)
    if word == "重点" and _HAN.match(after) and after not in _NOT_ADVERB_AFTER | set("在是"):
        if following and not _opens_with_verb(following) and before not in "的个是有":
            return "key; major (before a noun: a key project, a key enterprise)"  # 重点企业
    if word == "认识" and (after in _CLAUSE_END or after in "还也是都上和与不"):
        earlier = _word_before(text, offset) or ""
        if before == "的" or earlier in _VIEWS or (
            len(earlier) > 1 and _is_adjective(_first_definition(earlier))
        ):
            return "understanding; knowledge; awareness"  # 模糊认识, 对…的认识 (认识他: to know)
    if word == "发挥" and any(o in text[end : end + 14].split("，")[0] for o in _PLAY_OBJECTS):
        return "to bring into play; to give play to (a role, a strength)"  # 发挥…作用
    if word == "地" and before in _LAND_AFTER and text[offset - 2 : offset - 1] in _NUMERALS:
        return "land; fields (after a measure of land)"  # 二百万亩地, 三块地
    done_down = len(_word_before(text, offset) or "") == 1 and _is_verb(before)  # 住下, 坐下
    following = _word_at(text, end)  # 在…指导下制定 (明渠下泄: down)
    closes = after in _CLAUSE_END or (len(following) > 1 and _opens_with_verb(following))
    if word == "下" and closes and "在" in _phrase_before(text, offset)[:-1]:
        if not done_down:
            return "under (under the conditions, leadership or influence of)"  # 在…推动下
    if word == "喂" and _HAN.match(after) and after not in _TRAILING and after not in "喂":
        return "to feed (an animal, baby, invalid etc)"  # 买泥鳅来喂他们 (喂，你好: hey)
    if word == "绝" and after in _NEGATIVES:
        return "absolutely; by no means (before a negative)"  # 绝无消息, 绝不
    if word == "闻" and any(c in _SMELLS for c in text[end : end + 4].split("，")[0]):
        return "to smell; to sniff at"  # 不闻其香, 闻到香味 (闻讯: to hear)
    if word == "熟" and after == "的" and text[end + 1 : end + 2] in _ACQUAINTANCES:
        return "familiar; well acquainted (of people who know each other)"  # 很熟的友人
    if word == "毛" and any(c in _BIRDS for c in clause[-8:]):
        return "feather; down (of a bird)"  # 小鸭褪了黄毛
    if word == "间" and before in _GROWTH:
        if before + "间" not in lexicon().entries and after in _CLAUSE_END:
            return "in; among (after a noun: in the midst of)"  # 房里，草间，树上
    if word == "赶" and text.startswith(_DEADLINES, end):
        return "to hurry; to rush (to get sth done in time)"  # 防止赶进度 (赶上他: to catch up)
    if word == "那里" and any(w in clause for w in ("究竟", "到底")):
        return "where (older texts write this word for 'where')"  # 不知道究竟在那里了
    if word == "末" and before in _PERIOD_ENDS:
        return "end (of a period); late (in a season, month or year)"  # 冬末, 夏末, 年末
    if word == "澄清" and not any(c in _WATERS for c in _sentence_of(text, offset)):
        return "to clarify; to clear up (facts, a misunderstanding)"  # 得到很好澄清
    if word == "嚷嚷" and clause.endswith(_DEGREE_BEFORE):
        return "noisy; clamorous; a hubbub"  # 只以为很是嚷嚷罢了 (大声嚷嚷: to shout)
    if word == "容易" and text.startswith(_MISHAPS, end):
        return "liable to; apt to (before a mishap)"  # 小鸡是容易积食 (很容易学: easy)
    return None


#: The words ``_fourteenth_round`` has a rule for: any other word is passed by at once.
_FOURTEENTH_WORDS = frozenset({
    "轮", "挂旗", "除了", "当", "下来", "看来", "统一", "热情", "条", "心意", "本人", "引", "揭",
    "罚", "苦", "收", "不得", "那里", "起", "零",
})  # fmt: skip
#: Spans of time that a number counts before 下来 "over (the span)" (一天下来, 几年下来).
_SPANS_OVER = frozenset("天年月周圈趟轮季")
#: What opens the phrase of a point of view that 看来 closes (在他看来, 据刑法看来, 依我看来).
_VIEW_OPENERS = ("在", "据", "依", "照", "从", "由")
#: What 统一 describes or how a group acts with it (统一着装, 统一行动, 统一规划, 统一领导):
#: "unified; uniform"; before anything else it may be "to unify" (统一思想, 统一了全国).
_UNIFORM_OBJECTS = (
    "着装", "服装", "制服", "行动", "规划", "领导", "部署", "安排", "管理", "指挥", "调度",
    "口径", "印制", "编号", "定价", "招生", "考试", "配送", "采购",
)  # fmt: skip
#: Things counted by 条 that are items, not long narrow things (三条意见, 几条座右铭).
_ITEMS_COUNTED = (
    "意见", "建议", "措施", "规定", "消息", "新闻", "原则", "经验", "理由", "标准", "要求", "办法",
    "规则", "条件", "信息", "法律", "纪律", "规矩", "标语", "格言", "座右铭", "指示", "批示",
    "禁令", "主张", "教训", "结论", "罪状", "条款",
)  # fmt: skip
#: What one takes in or puts away with 收 (收了旗, 收伞, 收帆, 收网): "to put away; to take in".
_TAKEN_IN = frozenset("旗伞帆网线竿篷摊")
#: Words that introduce a name (名叫窦政, 叫做李四, 名为张三): a surname opens what follows.
_NAME_INTRODUCED = ("名叫", "叫做", "名为", "姓名", "名字叫")


def _fourteenth_round(word: str, text: str, offset: int) -> str | None:
    """The meaning the words around an item decide (found by the fourteenth judged round, a
    story of 1920 and a bank report): 轮到 (one's turn), 挂旗 said as an order (to hang out a
    flag), 除了名 (to strike off), a surname after 名叫, 当 and a pronoun opening a clause
    (when), 一天下来 (over a span), 在…看来 (in sb's view), 统一 before a way of acting
    (uniform), 热情地 (warmly), 条 counting items, 这份心意 (regard), 本人 after a word
    (oneself), 引 someone to come (to lure), 揭去 (to tear off), the noun 罚 and 苦 after 的
    (punishment, hardship), 收 a flag (to take in), 不得 closing a clause (cannot), 那里 in a
    question (where), 起 after a verb (up; to start), not after 得/不 (打得起: can afford), 零
    before money that is no number (small change)."""
    if len(word) == 1 and text[max(0, offset - 3) : offset].endswith(_NAME_INTRODUCED):
        return _surname_gloss(word)  # 一位名叫窦政的…老职工 (窦: "hole" elsewhere)
    if word not in _FOURTEENTH_WORDS:
        return None
    end = offset + len(word)
    before = text[offset - 1 : offset] if offset else "，"
    after = text[end : end + 1] or "，"
    clause = _clause_before(text, offset)
    if word == "轮" and after in "到着" and text[end : end + 2] != "到达":
        return "to take turns; to be (one's) turn; to fall to (sb)"  # 苦轮到我了
    if word == "挂旗" and before not in "的面个幅一这那每":
        return "to hang out a flag (to hang + flag)"  # 吩咐道‘挂旗！’ (一面挂旗: a vertical banner)
    if word == "除了" and after == "名":
        return "to strike off (the rolls); to expel; to remove from a list"
    opens = _opens_clause(text, offset)
    if word == "当" and opens and after in _PRONOUNS:
        rest = text[end + 1 : end + 3]
        if not rest.startswith(("是", "作", "做", "成", "们是")) and "，" in text[end : end + 20]:
            return "when; at the time (opening a clause: when he saw ...)"  # 当他看到…，
    if word == "下来" and before in _SPANS_OVER and text[offset - 2 : offset - 1] in _NUMERALS:
        return "over; through (after a span of time: at the end of it)"  # 一天下来
    viewed = clause.startswith(_VIEW_OPENERS) and not clause.startswith(("从前", "从来"))
    if word == "看来" and viewed:
        return "in (sb's) view; as (sb) sees it"  # 在营业员看来, 据刑法看来
    if word == "统一" and text.startswith(_UNIFORM_OBJECTS, end):
        return "unified; uniform (before a way of acting: uniformly)"  # 统一着装
    if word == "热情" and after == "地":
        return "warmly; enthusiastically"  # 热情地起立问候 (热情 "cordial")
    counted = before in _NUMERALS or before in "几每各这那"
    if word == "条" and counted and (after in "：:" or text.startswith(_ITEMS_COUNTED, end)):
        return "classifier for items (suggestions, rules, news, mottos)"  # 摘录了几条：
    if word == "心意" and before in "份点片番":
        return "regard; kindly feelings (a token of one's regard)"  # 收下我这份心意
    if word == "本人" and not opens and _HAN.match(before):
        return "oneself; the person himself or herself (the person concerned)"  # 内镶本人照片
    if word == "引" and re.match(f"[{HAN_CLASS}]{{1,3}}[来去]", text[end : end + 4]):
        return "to attract; to lure; to lead (someone to come)"  # 引乞丐来打杀
    if word == "揭" and after in "去下掉":
        return "to take off; to peel off; to tear off"  # 揭去一张日历, 揭去一层被
    if word == "罚" and before == "的":
        return "punishment; penalty"  # 一件吓人的罚
    if word == "苦" and before in "的些":
        return "hardship; suffering"  # 吃些毫无价值的苦, 头发的苦 (很苦: bitter)
    taken = text[end + 1 : end + 2] if after == "了" else after
    if word == "收" and taken in _TAKEN_IN:
        return "to take in; to put away (a flag, an umbrella, a sail)"  # 收了旗关门
    if word == "不得" and after in _CLAUSE_END and _HAN.match(before):
        return "cannot; unable to (after a verb and its object)"  # 留校不能，回家不得
    if word == "起" and before not in "得不" and _after_verb(text, offset, word):
        return "(after a verb) up; to start (doing)"  # 撅起, 拿起 (划起拳来: to start)
    if word == "零" and before not in _NUMERALS and after in "币钞票钱碎散":
        return "fractional; odd; small (of change or notes)"  # 兑换残零币 (一百零五: zero)
    asked = after in "？?" or text[offset - 2 : offset] == "不知"
    if word == "那里" and asked:
        return "where (older texts write this word for 'where')"  # 武器在那里？
    return None


_FIFTEENTH_WORDS = frozenset({
    "状", "匾", "当", "托", "急", "别", "多", "乡", "精", "收", "电", "狠", "抓", "占", "大力",
    "治理", "受", "通知", "威胁", "兴", "送",
})  # fmt: skip
#: After these 乡 is where one comes from (回乡, 返乡, 还乡, 思乡, 离乡): "home village".
_HOME_BEFORE = frozenset("回返还思离归")
#: Verbs of tilling and keeping that 精 makes "intensively" (精种多收, 精耕细作, 精养).
_TILLED = frozenset("种耕养管")
#: Verbs 狠 drives "firmly" (狠抓落实, 狠下功夫, 狠打, 狠批, 狠刹歪风).
_DRIVEN = frozenset("抓下打批刹整")
#: How little or much a harvest brings, before 收 (广种薄收, 精种多收, 少收, 丰收 is a word).
_HARVEST_AMOUNT = frozenset("薄多少")
#: Who is asked to do something, after 托 (托他带给我, 托人买, 托朋友).
_ASKED = ("人", "朋友", "亲戚", "熟人")
#: Harms of land and water that 治理 brings under control (水土流失, 污染, 沙漠, 河): not a
#: country or a firm, which it governs (治理国家, 公司治理).
_HARMS = ("污染", "流失", "水土", "沙漠", "荒漠", "沙化", "水患", "洪", "河", "湖", "雾霾", "噪")
#: What 受 suffers (受旱, 受涝, 受灾 is a word, 受冻, 受伤, 受损, 受潮): "to suffer".
_SUFFERED = frozenset("旱涝冻伤损害潮")
#: Bodies whose 通知 before 的 is a notice they issued (国务院通知的要求, 教育部通知的精神).
_ISSUERS = frozenset("院部委局厅会府室处")
#: Words before 威胁 that make it a noun (构成严重威胁, 面临威胁, 受到威胁, 带来威胁).
_THREAT_BEFORE = ("构成", "严重", "面临", "受到", "带来", "造成", "最大")
#: What opens the thing given after 送 and a person (送他一两次东西, 送我一本书, 送她几朵花).
_GIFT_OPENERS = frozenset("一两几些本件份束盒")


def _fifteenth_round(word: str, text: str, offset: int) -> str | None:
    """The meaning the words around an item decide (found by the fifteenth judged round, the
    opening of a story of 1921 and a report on greening and drought): 状如 (shaped like), 竹匾
    (a bamboo tray), 当风 (facing), 托 a person (to ask sb to do sth), 急得 (anxious), 别了 a
    place or span (to leave), 好得多 (much), 回乡 (home village), 精 before tilling
    (intensively), 收 a harvest, a dateline's 日电 (dispatch), 狠 before a verb (firmly), 抓好
    and 狠抓 (to attend to), 占 a share (to account for), 下大力 (a great effort)."""
    if word not in _FIFTEENTH_WORDS:
        return None
    end = offset + len(word)
    before = text[offset - 1 : offset] if offset else "，"
    after = text[end : end + 1] or "，"
    if word == "状" and after in "如若似":
        return "shape; form; appearance (shaped like)"  # 状如小狗
    if word == "匾" and before in "竹草篾":
        return "shallow round woven bamboo basket"  # 大竹匾 (a tablet over a door elsewhere)
    if word == "当" and after in "风窗":
        return "facing; in the face of (against the wind)"  # 断茎当风抖着
    if word == "托" and (after in _PRONOUNS or text.startswith(_ASKED, end)):
        return "to ask (sb to do sth); to entrust"  # 托他的父亲带给我 (托着: to hold up)
    if word == "急" and after == "得":
        return "anxious; worried; upset (so upset that ...)"  # 急得大哭
    parted = text[end + 1 : end + 2] or "，"
    if word == "别" and after == "了" and _HAN.match(parted) and parted not in "吧啊呀嘛的":
        return "to leave; to part from; to take leave of"  # 别了二十余年的故乡 (别了吧)
    if word == "多" and before == "得" and after in "了，。！；":
        return "much (more); far (more); a lot (much better, much more)"  # 好得多了
    if word == "乡" and before in _HOME_BEFORE:
        return "native place; home village or town"  # 我这次回乡
    if word == "精" and after in _TILLED:
        return "intensively; carefully; meticulously (before a verb of farming)"  # 精种多收
    if word == "收" and before in _HARVEST_AMOUNT and "种" in _clause_before(text, offset):
        return "to harvest; to gather in (a crop)"  # 广种薄收, 精种多收
    dated = text[offset - 2 : offset - 1] in _NUMERALS
    if word == "电" and before == "日" and dated:
        return "dispatch; cable (a news dateline: filed by wire that day)"  # ７月１６日电
    if word == "狠" and after in _DRIVEN:
        return "firmly; resolutely; vigorously (before a verb)"  # 狠抓落实
    if word == "抓" and (after == "好" or before == "狠"):
        return "to attend to; to take charge of; to stress (a task)"  # 狠抓落实, 抓好收购
    share = text.startswith(("百分之", "全", "总"), end) or after in _NUMERALS
    if word == "占" and share:
        return "to account for; to make up (a share of)"  # 占百分之七十八点四
    if word == "大力" and before == "下":
        return "a great effort (to make a great effort)"  # 要继续下大力抓好
    near = text[max(0, offset - 12) : end + 6]
    if word == "治理" and any(h in near for h in _HARMS):
        return "to bring under control; to treat (erosion, pollution, a river)"  # 水土流失…治理
    affected = "影响" in text[end : end + 15].split("，")[0]
    if word == "受" and (after in _SUFFERED or affected):
        return "to suffer; to be affected (by)"  # 受旱面积, 受厄尔尼诺现象的影响
    if word == "通知" and (before in "份项条则" or (after == "的" and before in _ISSUERS)):
        return "notice; circular"  # 按照国务院通知的要求 (通知他: to notify)
    threat = text[offset - 2 : offset] in _THREAT_BEFORE or before == "的"
    if word == "威胁" and threat and after not in "着了到过":
        return "threat; menace"  # 构成严重威胁 (严重威胁着: to threaten)
    if word == "送" and after in _PRONOUNS:
        rest = text[end + 1 :].lstrip("们")
        if rest[:1] in _GIFT_OPENERS or rest[:1] in NUMERALS:
            return "to give (as a present)"  # 送他一两次东西 (送他回家: to see off)
    if word == "兴" and after in "修建办":
        return "to build; to start; to set up (works, a school, a firm)"  # 兴修水利
    return None


_SIXTEENTH_WORDS = frozenset({
    "决", "跟", "伴", "自然", "游戏", "发", "多", "还有", "原", "参考", "牌", "钱", "组织", "准备",
})  # fmt: skip
#: Negatives 决 makes emphatic (决不再问, 决没有一个, 决无此事, 决非偶然): "definitely (not)".
_NEGATIVES_DECIDED = frozenset("不没无非")
#: What 发 voices (发议论, 发牢骚, 发感慨, 发表 and 发言 are words of their own).
_VOICED = ("议论", "牢骚", "感慨", "感叹", "怨言")
#: Nouns after which 自然 is not an adverb (自然界, 自然科学, 自然环境, 自然资源, 自然灾害).
_NATURE_AFTER = frozenset("界科环资灾条风景保生遗美的")
#: What a raw material is before it is worked, after 原 cut off (原藤, 原棉, 原竹, 原盐).
_RAW_MATERIALS = frozenset("藤棉竹盐糖麻丝毛皮")
#: A way or time that opens what 准备 plans (准备经过几十年, 准备用三年, 准备在明年).
_PLANNED_BY = ("经过", "用", "在", "把", "将", "于", "从", "再")
#: Words before 组织 that leave it a verb (要组织, 来组织, 他们组织, 不组织).
_NOT_A_NAMED_BODY = frozenset("要来去将不也都们就还再已曾会能可他她我你并")
#: The end of a noun a 牌 is the board of (倒计时牌, 指示牌, 告示牌, 警示牌).
_BOARD_OF = frozenset("时示")


def _sixteenth_round(word: str, text: str, offset: int) -> str | None:
    """The meaning the words around an item decide (found by the sixteenth judged round, the
    opening of 社戏 (1922) and a report on bamboo and rattan and the Three Gorges closure): 决
    before a negative (definitely), 跟了 and 伴 a person (to follow, to accompany), 自然 opening
    a clause (naturally), 来游戏 (to play), 发议论 (to voice), 多是 (mostly), 也还有 (there is
    still), 原藤 (raw), 供…参考 (for reference), 计时牌 (a board)."""
    if word not in _SIXTEENTH_WORDS:
        return None
    end = offset + len(word)
    before = text[offset - 1 : offset] if offset else "，"
    after = text[end : end + 1] or "，"
    if word == "决" and after in _NEGATIVES_DECIDED:
        return "definitely; certainly (before a negative: definitely not, never)"  # 决不再问
    if word == "跟" and after in "了着":
        return "to follow; to go with"  # 跟了我的母亲住在外祖母的家里 (跟他说: with)
    if word == "伴" and (after in _PRONOUNS or after == "着"):
        return "to accompany; to keep (sb) company"  # 伴我来游戏 (老伴, 同伴: companion)
    opens = _opens_clause(text, offset) or before in _PRONOUNS
    if word == "自然" and opens and _HAN.match(after) and after not in _NATURE_AFTER:
        return "naturally; of course"  # 自然挤而又挤, 他自然知道 (大自然: nature)
    closes = not _HAN.match(after) or after in "了着"
    together = text[offset - 2 : offset] in ("一起", "一块", "一同")
    if word == "游戏" and (before in "来去" or together) and closes:
        return "to play; to have fun"  # 伴我来游戏 (玩游戏, 电子游戏: a game)
    if word == "发" and text.startswith(_VOICED, end):
        return "to voice; to air; to express (opinions, complaints)"  # 对我发议论
    if word == "多" and before == "的" and after in "是为系":
        return "mostly; largely; for the most part"  # 扮演的多是名角
    if word == "还有" and before in "也却倒都":
        return "there is still; there are still; still have"  # 中间也还有几个空座
    if word == "原" and after in _RAW_MATERIALS:
        return "raw; unprocessed (of a material)"  # 年产原藤５０００吨 (原来: former)
    if word == "参考" and "供" in _clause_before(text, offset) and not _HAN.match(after):
        return "reference; for (sb's) reference"  # 供施工部门和决策者参考
    if word == "牌" and before in _BOARD_OF:
        return "board; sign; plate (bearing a notice)"  # 倒计时牌 (打牌: cards)
    if word == "钱" and before in "元块毛角":
        return "money"  # 两元钱买一张戏票 (a coin in older texts' 几个钱)
    named = _HAN.match(before) is not None and before not in _NOT_A_NAMED_BODY
    if word == "组织" and named and after in "由将第是":
        return "organization"  # 国际竹藤组织由中国和加拿大共同发起 (组织人力: to organize)
    if word == "准备" and text.startswith(_PLANNED_BY, end):
        return "to intend to; to plan to"  # 准备经过几十年的艰苦奋斗 (准备材料: to prepare)
    return None



_SEVENTEENTH_WORDS = frozenset({
    "点", "吃", "料", "经", "脚", "拥", "熄", "挤", "抢", "圆", "心跳", "上面", "参考", "责", "做",
    "来", "帖", "前后", "便是", "愈", "甚", "一手", "与", "滚", "泡", "刺", "照", "一家", "急",
    "塞", "当然", "倾向", "反映", "不是", "现", "究竟", "只有", "种", "轰", "什么", "投入", "忙",
    "温", "的话",
})  # fmt: skip
#: Complements after 点 when it lights something (点上灯, 点起蜡烛, 点燃).
_LIT_AFTER = frozenset("上起燃亮")
#: What 点 lights (点灯, 点上一支烟, 点起蜡烛, 点上香, 点炮); not 点头, 点菜, 点名.
_LIGHTS = frozenset("灯火烛烟香炉炮蜡")
#: What 吃 suffers (吃了一惊, 吃亏, 吃苦头, 吃败仗, 吃官司, 吃闭门羹, 吃耳光), after 了/过/一/个/大.
_SUFFERED_BY_EATING = ("惊", "亏", "苦", "败仗", "官司", "闭门羹", "耳光", "罚", "板子", "枪子")
#: What may stand between 吃 and what it suffers (吃了一惊, 吃了大亏, 吃过不少苦).
_BETWEEN_EATING = ("了", "过", "一", "个", "大", "不少", "很多", "许多", "太多", "尽", "够", "点")
#: Words before 料 that make it the verb "to expect" (谁料, 早料, 难料, 不料 is a word).
_EXPECTING_BEFORE = frozenset("谁早难没未已孰岂")
#: What follows 拥 of a crowd that moves (拥过了一大簇人, 拥了上来, 拥进门, 拥向): not 拥着她.
_THRONGING_AFTER = frozenset("过来上进出入到向至去挤")
#: Results of 挤 that push someone or something (挤倒, 挤开, 挤掉, 挤走, 挤翻, 挤破).
_PUSHED_OVER = frozenset("倒开掉走翻破伤坏落")
#: Complements after 抢 that take a thing away (抢过灯笼, 抢走钱包, 抢去, 抢下, 抢来).
_SNATCHED_AFTER = frozenset("过走去下来")
#: What 上面 refers back to in a text (上面所说的, 上面提到, 上面列举, 上面说过); a bare 上面说
#: may be "the higher-ups said" and is left alone.
_ABOVE_IN_TEXT = ("所", "提", "列", "举", "述", "说过", "讲过", "谈到", "谈过", "介绍")
#: Nouns 参考 describes (参考意见, 参考资料, 参考书, 参考价值, 参考值, 参考答案, 参考文献).
_FOR_REFERENCE = ("意见", "资料", "书", "价值", "值", "答案", "文献", "数据", "消息", "材料")
#: Whom 责 blames or asks much of (严于责己, 责人, 责他, 自责 is a word).
_BLAMED = ("己", "人", "自己", "他人", "别人", *_PRONOUNS)
#: Manner words before a 做 with no object: "to do" (这样做, 怎么做, 如何做, 去做).
_DONE_HOW = ("这样", "那样", "怎样", "怎么", "如何", "这么", "那么", "去")
#: A means named earlier in the clause before 来 and a verb of purpose, besides ``_MEANS``
#: (依据…材料来采取行动, 采取一切手段来阻止, 根据…来判断, 利用…来).
_MORE_MEANS = ("依据", "根据", "依靠", "利用", "凭借", "手段", "方法", "办法", "方式", "措施")
#: Things with a front and a back, before 前后 (衣服前后, 房子前后): "front and back", not
#: "around" (a time: 春节前后, and after a verb and its object: 上车前后, 起床前后).
_FRONT_AND_BACK_OF = (
    "衣服", "房子", "房屋", "屋子", "院子", "大楼", "车子", "车身", "船身", "身子", "桌子", "袍子",
    "褂子", "号衣",
)  # fmt: skip
#: Words of sequence before 便是 in a narrative (接着便是一通咳嗽, 随后便是): "then came".
_THEN_CAME_BEFORE = ("接着", "跟着", "随后", "随即", "然后", "紧接着")
#: Verbs after 一手 that it does "single-handedly" (一手造成, 一手包办, 一手策划, 一手培养),
#: and 好 of a skill (一手好拳棒); before any other verb 一手 is "with one hand" (一手抓过,
#: 一手提了茶壶，一手…).
_SINGLE_HANDED = frozenset("好造包策操制培创建办促把遮扶")
#: Verbs 与 follows as "to (someone)" besides those of ``_GIVING`` (塞与老栓, 交与, 分与).
_THRUST = frozenset("塞分留发")
#: Where 滚 rolls (汗从额上滚下, 滚落, 滚出, 滚在, 滚将下来): "to roll", not "to boil".
_ROLLED_TO = frozenset("下落出进到过来去动入向在将")
#: What follows 泡 when it steeps or soaks (泡上茶, 泡在水里, 泡了一壶茶, 泡着脚); not after
#: 冒, 起 (冒泡, 起泡: bubbles).
_STEEPED_AFTER = frozenset("上在了着好一开进")
#: What follows 刺 when it pierces (刺得他缩小了, 刺进, 刺入, 刺伤, 刺破, 刺穿, 刺中, 刺向).
_PIERCED_AFTER = frozenset("得进入伤破穿中向了着死在")
#: Lights before 照 (灯光照着, 阳光照在, 月光照进, 太阳照着, 火光照亮): "to shine".
_SHINING = frozenset("光阳灯日月火")
#: Businesses 家 counts after 一 (寻到一家关着门的铺子, 开了一家小店, 一家公司).
_COUNTED_BUSINESSES = frozenset("店铺馆厂行司院社局所楼坊栈")


def _seventeenth_round(word: str, text: str, offset: int) -> str | None:
    """The meaning the words around an item decide (found by the seventeenth judged round, the
    opening of 药 (1919) and an advice column on ethics): 点 a lamp (to light), 吃了一惊 (to
    suffer), 料 a pronoun (to expect), 早经 (already), 两脚 (feet), 拥过 (to throng), 熄了
    (to go out), 挤倒 (to jostle), 抢过 (to snatch), 圆 before a noun (round), 心跳起来 (to
    pound), 上面所说 (above-mentioned), 参考意见 (reference), 责己 (to demand of), 这样做 (to
    do), 来 after a means (in order to), 帖住 (to stick to), 衣服前后 (front and back), 接着便是
    (then came); and, for any measure word, 一大簇 (a classifier after a number and 大/小)."""
    sized = _counted_after_size(word, text, offset)
    if sized or word not in _SEVENTEENTH_WORDS:
        return sized
    end = offset + len(word)
    before = text[offset - 1 : offset] if offset else "，"
    after = text[end : end + 1] or "，"
    clause_after = "".join(itertools.takewhile(lambda c: c not in _CLAUSE_END, text[end:end + 20]))
    lit = after in _LIGHTS or (after in _LIT_AFTER and set(clause_after) & _LIGHTS)
    if word == "点" and lit and before not in _NUMERALS:  # 一两点灯光 counts points of light
        return "to light; to ignite; to kindle"  # 点上遍身油腻的灯盏 (点头, 一点: not)
    if word == "吃":
        rest = text[end : end + 6]
        while rest.startswith(_BETWEEN_EATING):
            rest = rest[next(len(b) for b in _BETWEEN_EATING if rest.startswith(b)) :]
        if rest.startswith(_SUFFERED_BY_EATING):
            return "to suffer; to get (a fright, a loss, a defeat)"  # 吃了一惊, 吃了大亏
    if word == "料" and (after in _PRONOUNS or after in "到定" or before in _EXPECTING_BEFORE):
        return "to expect; to anticipate; to guess"  # 料他安心睡了 (材料, 原料: material)
    if word == "经" and before in "早业":
        return "already; long since"  # 店面早经收拾干净 (经过: through)
    kicked = set(text[max(0, offset - 3) : offset - 1]) & set("了踢踹蹬踩")
    if word == "脚" and before in "两双" and not kicked:
        return "foot"  # 他的两脚 (踢了两脚: kicks)
    moved = text[end + 1 : end + 2] or "，"
    directed = after in _THRONGING_AFTER or (after == "了" and moved in "上进出过来")
    if word == "拥" and directed:
        return "to throng; to swarm; to crowd (of people moving together)"  # 拥过了一大簇人
    intransitive = not _HAN.match(after) or after == "去"
    intransitive = intransitive or (after == "了" and not _HAN.match(moved))
    handled = any(c in _clause_before(text, offset) for c in "把将")
    if word == "熄" and intransitive and not handled:
        return "to go out (of a fire, a lamp etc)"  # 灯笼已经熄了, 渐渐熄去 (把灯熄了)
    if word == "挤" and after in _PUSHED_OVER:
        return "to push; to jostle; to squeeze (sb or sth over, aside, out)"  # 将他挤倒了
    if word == "抢" and after in _SNATCHED_AFTER:
        return "to snatch; to grab"  # 抢过灯笼 (抢着说: to rush)
    if word == "圆" and _HAN.match(after) and after not in "了着过" and after not in _NUMERALS:
        return "round; circular"  # 圆东西, 圆脸 (画一个圆: a circle)
    racing = after in "起得加了着" or text.startswith(("不已", "不止"), end)
    if word == "心跳" and racing:
        return "(of the heart) to beat fast; to pound; to palpitate"  # 心跳起来
    if word == "上面" and text.startswith(_ABOVE_IN_TEXT, end):
        return "above-mentioned; above (earlier in a text)"  # 上面所说的 (桌子上面: on top)
    if word == "参考" and text.startswith(_FOR_REFERENCE, end):
        return "reference; for reference"  # 参考意见 (参考了…: to consult)
    if word == "责" and text.startswith(_BLAMED, end):
        return "to demand of; to reproach; to blame (oneself, others)"  # 严于责己 (负责: duty)
    ended = not _HAN.match(moved)
    no_object = not _HAN.match(after) or after in "的也就都呢吗吧" or (after in "了过" and ended)
    if word == "做" and text[max(0, offset - 2) : offset].endswith(_DONE_HOW) and no_object:
        return "to do"  # 这样做也需很大的勇气, 打算去做的 (去做了两碗汤: to make)
    if word == "来" and _means_before_lai(text, offset):
        return "in order to; so as to (between a means and its purpose)"  # 用…来
    if word == "帖" and after in "住着紧":
        return "to stick to; to cling to (an older way of writing tiē, to paste)"  # 帖住了脊心
    doors = after in "门窗院" and text[end : end + 2] not in lexicon().entries
    if word == "前后" and (text[max(0, offset - 2) : offset] in _FRONT_AND_BACK_OF or doors):
        return "front and back; front and rear"  # 衣服前后的一个大白圆圈 (春节前后: around)
    if word == "便是" and text[max(0, offset - 3) : offset].endswith(_THEN_CAME_BEFORE):
        return "then came; (and) then there was"  # 接着便是一通咳嗽
    return _seventeenth_round_narrative(word, text, offset)


def _seventeenth_round_narrative(word: str, text: str, offset: int) -> str | None:
    """More of the seventeenth round, the turns of a narrative: 愈…愈 (the more … the more),
    不甚 (not very), 一手 a hand's action (with one hand), 塞与 (to), 滚下 (to roll), 泡上 (to
    steep), 刺得 (to pierce), 灯光照着 (to shine), 一家 a shop (a classifier), 急急 (hurriedly),
    塞在 (to stuff)."""
    end = offset + len(word)
    before = text[offset - 1 : offset] if offset else "，"
    after = text[end : end + 1] or "，"
    clause = _clause_before(text, offset) + word + "".join(
        itertools.takewhile(lambda c: c not in _CLAUSE_END, text[end : end + 20])
    )
    if word == "愈" and clause.count("愈") > 1:
        return "the more...(the more...)"  # 愈走愈分明 (病愈: to recover)
    if word == "甚" and (before in "不未亦颇" and _HAN.match(after) and after not in "么麽"):
        return "very; extremely (not very, after a negative)"  # 样子不甚分明
    if word == "一手" and after not in _SINGLE_HANDED and _HAN.match(after) and _is_verb(after):
        return "with one hand; (in) one hand"  # 一手抓过洋钱 (一手好拳棒: a skill)
    if word == "与" and before in _THRUST and text[offset - 2 : offset] not in lexicon().entries:
        return "to; for (someone, after a verb of giving or telling)"  # 塞与老栓 (开发与节约)
    rolled = after in _ROLLED_TO or (after == "了" and text[end + 1 : end + 2] in "下出进来去")
    if word == "滚" and rolled:
        return "to roll; to trickle (down, out)"  # 汗从额上滚下 (滚开水: boiling)
    steeped = after in _STEEPED_AFTER or text.startswith(("茶", "水", "澡", "脚"), end)
    if word == "泡" and steeped and before not in "冒起气水血":
        return "to soak; to steep; to infuse (tea)"  # 泡上茶, 泡上热水 (水泡: a blister)
    if word == "刺" and (after in _PIERCED_AFTER or after in _PRONOUNS):
        return "to prick; to pierce; to stab"  # 眼光…刺得老栓缩小了一半 (鱼刺: a bone)
    if word == "照" and (before in _SHINING or (after == "见" and before not in _PRONOUNS)):
        return "to shine; to illuminate"  # 灯光照着他的两脚, 照见 (照他说的: according to)
    if word == "一家" and _counts_a_business(text[end : end + 9]):
        return "a; one (classifier for families or businesses)"  # 寻到一家关着门的铺子
    if word == "轰" and text.startswith(("的一声", "地一声", "然", "隆"), end):
        return "(onom.) boom; bang; rumble"  # 轰的一声 (轰走: to shoo away)
    if word == "急" and (after == "急" or before == "急"):
        return "hurriedly; hastily (doubled: in a great hurry)"  # 从灶下急急走出
    if word == "塞" and after in "在与于到入进给了着满":
        return "to stuff; to squeeze in; to thrust"  # 塞在灶里, 塞与老栓 (要塞: a fortress)
    return _seventeenth_round_argument(word, text, offset)


#: What one reports to those above with 反映 (反映情况, 反映问题, 向领导反映): "to report".
_REPORTED = ("情况", "问题", "意见", "要求", "给", "上去")
#: Those one reports to, before 反映 in its clause (向领导反映, 向有关部门反映).
_REPORTED_TO = (
    "向领导", "向上级", "向有关", "向政府", "向记者", "向组织", "向校", "向老师", "向党",
)  # fmt: skip
#: What follows 现 when it is "now" (现为…教授, 现任, 现居, 现已, 现仍, 现正).
_NOW_BEFORE = frozenset("为任居住已正仍")
#: Words that make 究竟's clause a question (究竟如何, 究竟是怎么一回事): "exactly; actually".
_QUESTION_WORDS = (
    "？", "?", "如何", "怎么", "怎样", "怎的", "为什么", "哪", "谁", "是否", "吗",
)  # fmt: skip


#: Characters before 才 in words of their own (奴才, 人才, 刚才, 方才, 天才): no "only then".
_TALENT_BEFORE = frozenset("奴人刚方天秀英口文将庸蠢干")


def _then_only(rest: str) -> bool:
    """Whether a 才 "only then" follows in ``rest`` (只有多练习，才能说得流利): not one of a
    word (奴才, 刚才) nor the 才是 that ends a sentence (你该比她强才是。)."""
    for at, char in enumerate(rest):
        if char != "才" or (at and rest[at - 1] in _TALENT_BEFORE):
            continue
        if rest.startswith("才是", at) and not _HAN.match(rest[at + 2 : at + 3] or "。"):
            continue
        return True
    return False


def _seventeenth_round_argument(word: str, text: str, offset: int) -> str | None:
    """More of the seventeenth round, the turns of an argument or a report: 当然 before more
    words (of course), 倾向于 (inclined to), 反映情况 (to report), 不是 before its predicate (is
    not), 现为 (now), 究竟 in a question (actually), 只有…才 (only if), 何种/此种 (kind)."""
    end = offset + len(word)
    before = text[offset - 1 : offset] if offset else "，"
    after = text[end : end + 1] or "，"
    sentence_after = _sentence_of(text, offset)[len(_sentence_before(text, offset)) :]
    opening = _opens_clause(text, offset) and after == "，"
    if word == "当然" and (opening or (_HAN.match(after) and after not in "的了啦")):
        return "of course; certainly"  # 当然，上面所说的… (既系当然，: as it should be)
    if word == "倾向" and after == "于":
        return "to be inclined (to); to tend (to)"  # 倾向于认为 (一种倾向: a tendency)
    reported = any(w in _clause_before(text, offset) for w in _REPORTED_TO)
    if word == "反映" and (text.startswith(_REPORTED, end) or reported):
        return "to report; to make known (to those in charge)"  # 向校领导反映情况
    either = "就是" in sentence_after
    if word == "不是" and _HAN.match(after) and after not in "的了吗啊呀吧呢" and not either:
        return "is not; not"  # 我不是法律专家 (不是…就是…: either … or)
    if word == "现" and after in _NOW_BEFORE:
        return "now; currently; at present"  # 现为中国艺术研究院研究员
    clause_after = "".join(itertools.takewhile(lambda c: c not in "，。；！", sentence_after))
    asked = sentence_after.rstrip().endswith("？")
    asked = asked or any(w in clause_after for w in _QUESTION_WORDS)
    if word == "究竟" and asked:
        return "actually; exactly (in a question)"  # 事情的性质和程度究竟如何？
    then_only = _then_only(re.split("[：:]", sentence_after)[0][:60])  # not in a quoted reply
    if word == "只有" and then_only and after not in _NUMERALS:
        return "only (if); only when (then and only then)"  # 只有在…的情况下才会发生
    how = text[max(0, offset - 2) : offset] in ("如何", "为何", "几何", "奈何")
    sown = after in "下了着过植地田树子菜花"
    if word == "种" and before in "何此该" and _HAN.match(after) and not how and not sown:
        return "kind; type; sort"  # 何种责任, 此种做法 (于此种下善因, 如何种树: to plant)
    return _seventeenth_round_everyday(word, text, offset)


#: Activities 做 does (做最后的巡视, 做好工作, 做了一件事, 做调查): "to do", not "to make".
_DONE = (
    "工作", "事", "调查", "研究", "准备", "检查", "巡视", "实验", "试验", "作业", "生意", "功课",
)  # fmt: skip
#: Verbs of not knowing or not minding before 什么, which then still asks "what" (不知道什么
#: 时候, 不管什么人, 无论什么).
_ASKING_VERBS = frozenset("知晓懂明管论问")
#: What opens a condition that a later 的话 closes (如果…的话, 要是这样可以的话).
_CONDITION_OPENERS = ("如果", "要是", "假如", "若", "万一", "倘", "假使", "只要", "要不")
#: Verbs of heeding before 的话 in its clause (依他母亲的话, 听老师的话, 照他的话做).
_HEEDING = frozenset("听依照按信遵记")
#: Fields and budgets before 投入 that make it the noun (科技投入, 资金投入, 加大投入).
_INVESTED_IN = ("加大", "增加", "科技", "资金", "财政", "教育", "农业", "研发", "巨额", "总")


def _seventeenth_round_everyday(word: str, text: str, offset: int) -> str | None:
    """The last of the seventeenth round, everyday verbs and words read from the earlier
    judged texts' remaining poor glosses: 做 an activity (to do), 什么 after a negative
    (anything), 科技投入 (investment), 忙 before a verb (hurriedly), 温 before an amount (to warm
    up), 的话 after a person or a verb of heeding (words, not "if")."""
    end = offset + len(word)
    before = text[offset - 1 : offset] if offset else "，"
    after = text[end : end + 1] or "，"
    ahead = "".join(itertools.takewhile(lambda c: c not in _CLAUSE_END, text[end : end + 9]))
    if word == "做" and any(w in ahead for w in _DONE) and not ahead.startswith(("成", "出")):
        return "to do"  # 做最后的巡视 (做饭, 做衣服: to make)
    clause = _clause_before(text, offset)
    negated = any(n in clause[-6:] for n in ("没", "不", "无", "并非"))
    asked = bool(set(clause) & _ASKING_VERBS) or _sentence_of(text, offset).rstrip().endswith("？")
    if word == "什么" and negated and not asked:
        return "any; anything (after a negative: not any kind of)"  # 没有看出什么来
    if word == "投入" and text[max(0, offset - 2) : offset].endswith(_INVESTED_IN):
        return "investment; input (of funds, labour)"  # 科技投入 (投入使用: to put into)
    hurried = _HAN.match(after) and after not in "碌着了于得的不个什" and _is_verb(after)
    if word == "忙" and hurried and before not in "很太真最更挺好多不没蛮较够正在":
        return "hurriedly; hastily (before a verb)"  # 忙起身, 忙拉着 (很忙: busy)
    if word == "温" and (after in _OBJECT_NUMERALS or after in "了着上热"):
        return "to warm up; to heat up"  # 温两碗酒 (温水: lukewarm)
    conditional = any(c in _sentence_before(text, offset) for c in _CONDITION_OPENERS)
    heeded = before in _PRONOUNS or bool(set(clause) & _HEEDING) or after in "。！？”"
    if word == "的话" and heeded and not conditional:
        return "words; what someone says (the words of)"  # 依他母亲的话 (下雨的话，: if)
    return None


def _counts_a_business(rest: str) -> bool:
    """Whether a shop or firm closes the noun after 一家 (一家关着门的铺子, 一家小店), with no
    person first (一家人, 一家老小去饭馆: the whole family)."""
    if rest[:1] in set("人子老小三四五团") or not rest:
        return False
    at = next((i for i, c in enumerate(rest) if c in _COUNTED_BUSINESSES or c in _CLAUSE_END), None)
    return at is not None and rest[at] in _COUNTED_BUSINESSES and "人" not in rest[:at]


def _counted_after_size(word: str, text: str, offset: int) -> str | None:
    """A measure word after a number and 大 or 小 (一大簇人, 一大堆书, 一小块蛋糕): its
    classifier sense, though CC-CEDICT opens with another (簇 "crowded"), or a verb-first
    entry's noun (堆 "to pile up": "pile")."""
    if len(word) != 1 or offset < 2 or text[offset - 1] not in "大小":
        return None
    if text[offset - 2] not in _OBJECT_NUMERALS or not _HAN.match(text[offset + 1 : offset + 2]):
        return None
    senses = [sense for sense in lexicon().senses(word) if not sense.pinyin[:1].isupper()]
    counting = (d for s in senses for d in s.definitions if d.startswith(("classifier", "measure")))
    # a verb-first entry without a classifier sense counts by its noun (堆 "to pile up": "pile")
    return next(counting, None) or (_noun_definition(senses[0]) if senses else None)


def _means_before_lai(text: str, offset: int) -> bool:
    """来 after one of ``_MORE_MEANS`` earlier in its clause and before a verb (依据…材料来采取
    行动), the way ``_means_to_end`` reads it after 用 or 通过."""
    clause = _clause_before(text, offset)
    after = text[offset + 1 : offset + 2]
    if not after or not _HAN.match(after) or after in "了着过" or not _is_verb(after):
        return False  # 利用周末来了一趟: 来 is the verb itself
    if text[offset - 1 : offset] in _DIRECTIONS_BEFORE_LAI:
        return False  # 拿出来说: a directional complement
    return any(m in clause for m in _MORE_MEANS) and len(clause) > 2

_EIGHTEENTH_WORDS = frozenset({
    "乘", "省", "道", "理学", "钉", "生", "反", "钱", "一边", "自", "晋", "一般", "死亡",
    "必要", "苦恼", "寂寞", "悲哀", "孤独", "快乐", "温暖", "贡献", "留", "点", "上下", "等",
    "万", "料", "偏", "不及", "头", "用心", "这样的话", "自然", "好", "背", "极端", "气象",
    "可", "息", "投机", "下", "光明", "本", "要说", "语", "发展", "究竟", "就是",
})  # fmt: skip
#: What 乘 takes advantage of besides a person (乘其不备, 乘敌不备, 乘人不注意).
_SEIZED = frozenset("其敌人")
#: Modals before which 省 is a verb, not "province" (万不可省, 能省则省, 该省的).
_SPARING_MODALS = frozenset("可能要该必")
#: What a 理学 degree or faculty is (理学院, 理学部, 理学士, 理学博士): "science".
_SCIENCE_AFTER = frozenset("院部士博硕")
#: Eyes that 钉 (dīng, an older writing of 盯) fixes on someone (眼钉着我, 眼睛钉住她).
_EYES = frozenset("眼睛")
#: Illnesses 生 brings on (生着神经病, 生了一场大病, 生过疮).
_ILLNESSES = frozenset("病疮疹")
#: Verbs 反 stands before as "instead; on the contrary" (反成了怨府, 反被人笑, 反倒).
_INSTEAD_BEFORE = frozenset("成被倒使致")
#: Verbs of getting or handing over money (讨钱, 要钱, 拿钱, 凑钱): "money", not "coin".
_MONEY_VERBS = frozenset("讨要拿凑捐给付借存偷欠找收赔")
#: What closes a span opened by 自 (自第二次国共合作后, 自那时以来, 自明天起): "since".
_SINCE_CLOSERS = ("以后", "之后", "以来", "后", "起")
#: Directions after 晋, the short name of Shanxi (晋西北, 晋东南, 晋中, 晋北).
_DIRECTIONS_AFTER = frozenset("东西南北中")
#: Adverbs before 一般 that make it "ordinary" (很一般, 比较一般, 都一般, 也一般).
_ORDINARY_AFTER = frozenset("很太挺较都也还就真最更蛮")
#: What makes 贡献 the thing given, not the giving (作出了贡献, 作过杰出贡献, 的贡献, 有贡献).
_CONTRIBUTION_AFTER = frozenset("的出过了有")
_CONTRIBUTION_SIZES = (
    "杰出", "重大", "巨大", "突出", "重要", "积极", "卓越", "很大", "更大", "应有",
)  # fmt: skip
#: Hair that 留 lets grow (留胡子, 留长发, 留着辫子, 留指甲): "to grow", not "to leave".
_GROWN_HAIR = ("胡子", "胡须", "须", "长发", "头发", "短发", "辫子", "指甲", "长指甲", "平头")
#: What 点 lights (点上香烛, 点着了蜡烛, 点上一枝烟, 点起灯来): "to light", not "point" (一两点
#: 路灯光 counts points of light).
_LIGHTING_THEN = re.compile("[上着起了燃]*(?:一[支枝根盏炷把])?[香烛灯火烟蜡]")
#: What 万 stands before as "absolutely" (万不可, 万没想到, 万料不到, 万勿, 万无一失 is a word).
_ABSOLUTELY_BEFORE = frozenset("不没无料勿")
#: What 偏 stands before as "contrary to expectations; stubbornly" (偏是, 偏不, 偏又, 偏偏).
_CONTRARY_BEFORE = frozenset("是不又在偏")
#: Directions whose 头 is the end of a place (镇的东头, 村西头, 街北头).
_ENDS_OF = frozenset("东西南北")
#: Verbs of saying or hearing before 这样的话 "words like these" (说出这样的话来): not "in
#: that case".
_SAID_SUCH = frozenset("说讲出听写问骂")
#: Adverbs 自然 stands before as "naturally" after a verb (拜完自然仍然是, 今年自然也如此).
_NATURALLY_BEFORE = frozenset("仍也就便还不会")
#: Where 背 (bèi) is the back of the body (背上, 背后, 背心 is a word, 背部 too).
_BACK_AFTER = frozenset("上脊")
#: Negatives after which 息 is "to cease" (还没有息, 未息, 已息), not "breath".
_CEASED_AFTER = ("没有", "未", "不", "已", "没")
#: Weather that 下 brings down (下起雪来, 下了一场雨, 下着小雨): "to fall", not "down".
_FALLING = re.compile("[起了着过]{0,2}(?:一[场阵])?[大小暴细]?[雪雨霜雹]")
#: Degree adverbs before 光明 that make it "bright" (较光明, 很光明, 更光明), not "light".
_BRIGHTER_AFTER = frozenset("较很更最太")
#: Negatives after 本 that make it "originally; in fact" (本没有, 本未, 本非, 本无).
_NEVER_BEFORE = frozenset("没未非无")
#: Words that make the rest of a sentence after 究竟 a question (究竟有没有, 究竟是谁, 究竟怎么
#: 办, 究竟有何趣味); 什么 and 多少 are left out, indefinite after a negative (究竟这也算不得什么).
_ASKING = ("谁", "哪", "怎", "有没有", "是不是", "是否", "吗", "呢", "何")
#: Adjectives of feeling or need that name the state itself after 的 (人的苦恼, 自身的寂寞,
#: 这句话的必要), where CC-CEDICT has only the adjective.
_STATE_NOUNS = {
    "必要": "necessity; need", "苦恼": "distress; worry; vexation",
    "寂寞": "loneliness", "悲哀": "sorrow; grief", "孤独": "loneliness; solitude",
    "快乐": "happiness; joy", "温暖": "warmth",
}  # fmt: skip


def _eighteenth_round(word: str, first: Sense, text: str, offset: int) -> str | None:
    """The meaning the words around an item decide (found by the eighteenth judged round, the
    opening of 祝福 (1924) and a tribute and an environment commentary in the news): 乘 a person
    (to take advantage of), 可省 (to spare), 道是“…” (to say), 理学 (Neo-Confucianism), 眼钉着
    (to stare at), 生着…病 (to have an illness), 反成 (instead), 讨钱 (money), 一边的 (one side),
    自…后 (since), 晋西北 (Shanxi), 遭了芒刺一般 (like), a feeling after 的 (loneliness), a
    verb-first word opening a clause before 是 (谈话是: conversation), a noun-first word before
    起来 (胆怯起来: timid)."""
    end = offset + len(word)
    before = text[offset - 1 : offset] if offset else "，"
    after = text[end : end + 1] or "，"
    gloss = _started_or_named(word, first, text, offset)
    if gloss or word not in _EIGHTEENTH_WORDS:
        return gloss
    owned = text[end + 1 : end + 2] == "的" or text[end + 1 : end + 3] == "们的"
    if word == "乘" and (after in _PRONOUNS and not owned or after in _SEIZED):
        return "to take advantage of; to avail oneself of (while sb ...)"  # 乘她不再问
    if word == "省" and before in _SPARING_MODALS:
        return "to leave out; to spare; to save"  # 万不可省的 (全省: province)
    if word == "道" and after == "是" and text[end + 1 : end + 2] in "“‘「":
        return "to say; to read (of a couplet or an inscription)"  # 道是“事理通达”
    if word == "理学":
        if after in _SCIENCE_AFTER:
            return "science (a faculty or a degree)"  # 理学院, 理学博士
        return "Neo-Confucianism (the School of Principle, Song to Qing)"  # 讲理学的老监生
    if word == "钉" and before in _EYES:
        return "to fix one's eyes on; to stare at"  # 她的眼钉着我的 (钉钉子: to nail)
    ill = after in "着了过" and any(c in _ILLNESSES for c in text[end + 1 : end + 7].split("，")[0])
    if word == "生" and ill:
        return "to get (an illness); to have; to suffer from"  # 生着神经病 (生了一个孩子)
    if word == "反" and after in _INSTEAD_BEFORE:
        return "on the contrary; instead"  # 大抵反成了怨府 (反腐: to oppose)
    if word == "钱" and before in _MONEY_VERBS:
        return "money"  # 讨钱 (几个钱: coins)
    if word == "一边" and after == "的":
        return "one side; a side"  # 一边的对联 (一边走一边说: while)
    span = text[end : end + 16].split("，")[0]
    if word == "自" and _HAN.match(after) and any(c in span for c in _SINCE_CLOSERS):
        return "from; since"  # 自第二次国共合作后 (自称, 自行: oneself)
    if word == "晋" and after in _DIRECTIONS_AFTER:
        return "Shanxi (its short name)"  # 晋西北 (晋升: to promote)
    # a likeness of what happened (遭了芒刺一般, 疯了一般地): 了 or 着 just before it
    near = _clause_before(text, offset)[-4:]
    acted = ("了" in near or "着" in near) and before not in _ORDINARY_AFTER
    if word == "一般" and acted and (not _HAN.match(after) or after == "地"):
        return "like; just as; as if"  # 遭了芒刺一般, 疯了一般地 (很一般: ordinary)
    if word == "死亡" and (text[offset - 1 : offset] in "“的" or after in "区人线率证"):
        return "death; dead (death zone, death toll)"  # “死亡区域” (已死亡: to die)
    gloss = _eighteenth_round_more(word, first, text, offset)
    if gloss:
        return gloss
    sized = text[offset - 2 : offset] in _CONTRIBUTION_SIZES
    if word == "贡献" and (before in _CONTRIBUTION_AFTER or sized):
        return "contribution"  # 作过杰出贡献, 作出了贡献 (贡献了力量: to contribute)
    state = _STATE_NOUNS.get(word)
    if state and before == "的" and (not _HAN.match(after) or after in "了和与也是都"):
        return state  # 人的苦恼, 自身的寂寞了 (很寂寞: lonely)
    return None


def _eighteenth_round_more(word: str, first: Sense, text: str, offset: int) -> str | None:
    """The rest of the eighteenth round's rules, found among the items of its texts left out of
    the sample: 留胡子 (to grow), 点上香烛 (to light), 四十上下 (about), 这等事 (this kind of),
    万料不到 (absolutely not; to expect), 偏是 (of all times), 不及豫防 (too late to), 东头 (the
    end), 用心洗 (with care), 说出这样的话来 (words like these), 拜完自然仍然 (naturally), 的好运气
    (good), 背上 (the back), 极端负责 (extremely), 新年的气象 (atmosphere)."""
    end = offset + len(word)
    before = text[offset - 1 : offset] if offset else "，"
    after = text[end : end + 1] or "，"
    if word == "留" and text[end:].lstrip("着了").startswith(_GROWN_HAIR):
        return "to grow (hair, a beard, nails); to wear (a hairstyle)"  # 未留胡子 (留言: to leave)
    if word == "点" and before not in _NUMERALS and _LIGHTING_THEN.match(text, end):
        return "to light; to ignite"  # 点上香烛 (三点钟: o'clock)
    if word == "上下" and (before in _NUMERALS or before in "岁米斤度元年"):
        return "about; or so (after a number)"  # 四十上下的人 (楼上楼下, 上下班)
    if word == "等" and before in "这那此" and _HAN.match(after) and after not in "了着过会下":
        return "kind; sort; class (this kind of)"  # 这等事 (等他: to wait for)
    if word == "万" and after in _ABSOLUTELY_BEFORE and before not in _NUMERALS:
        return "absolutely; by any means (before a negative: not at all)"  # 万料不到, 万不可
    if word == "料" and text.startswith(("不到", "不着", "想不到", "定", "得到", "到"), end):
        return "to expect; to anticipate; to guess"  # 万料不到 (原料: material)
    if word == "偏" and after in _CONTRARY_BEFORE:
        return "contrary to expectations; stubbornly; just (of all times)"  # 教师又偏是站在身旁
    # the verb after it as a word (不及细想), or a verb closing a word the dictionary lacks
    # (不及豫防: 豫防 is a supplement word); 尚不及明万历初期 compares
    following = lexicon().senses(text[end : end + 2])
    acting = (
        any(d.startswith("to ") for sense in following for d in sense.definitions[:3])
        if following
        else _is_verb(text[end + 1 : end + 2] or "，")
    ) and bool(_HAN.match(after))
    if word == "不及" and acting and after not in _PRONOUNS:
        return "too late to; without time to"  # 不及豫防 (我不及他: not as good as)
    if word == "头" and before in _ENDS_OF and text[offset - 2 : offset] != "东西":
        return "end (of a town, a street: the east end)"  # 镇的东头 (头发: head)
    manner = _HAN.match(after) and after not in "良了的是何" and before not in "的其番片"
    if word == "用心" and manner:
        return "attentively; with care; diligently"  # 用心细细的洗 (用心良苦: motive)
    if word == "这样的话" and (before in _SAID_SUCH or after == "来"):
        return "words like these; such talk"  # 说出这样的话来 (这样的话，我就去: in that case)
    if word == "自然" and after in _NATURALLY_BEFORE and _HAN.match(before):
        return "naturally; of course"  # 拜完自然仍然是放爆竹 (大自然: nature)
    if word == "好" and before == "的" and _HAN.match(after):
        return "good"  # 来年的好运气 (中的 is no verb whose complement 好 could be)
    body = after in _BACK_AFTER or before == "的"
    if word == "背" and first.pinyin.startswith("bei4") and body:
        return "back (of the body)"  # 背上也就遭了芒刺一般 (背书: to recite)
    described = _is_verb(after) or _is_adjective(_first_definition(text[end : end + 2]) or "")
    if word == "极端" and _HAN.match(after) and after not in "的化主分" and described:
        return "extremely (before an adjective or a verb)"  # 极端负责 (走极端: extreme)
    worded = text[end : end + 2] in lexicon().entries  # 可就业, 可真是: 就业, 真是 are words
    if word == "可" and after in "就真" and not worded:
        return "(emphatic) really; indeed; certainly"  # 燃放的可就更强烈了 (可就是: but)
    if word == "息" and text[max(0, offset - 2) : offset].endswith(_CEASED_AFTER):
        return "to cease; to stop; to die down"  # 大音还没有息 (叹息, 消息: words)
    if word == "投机" and before == "不" and any(c in _clause_before(text, offset) for c in "话谈"):
        return "congenial; agreeable (of a talk)"  # 谈话是总不投机的 (投机倒把: to speculate)
    if word == "下" and _FALLING.match(text, end):
        return "(of rain or snow) to fall"  # 下起雪来 (楼下: below)
    if word == "光明" and before in _BRIGHTER_AFTER:
        return "bright; well lit"  # 房里也映得较光明 (光明的前途: bright prospects)
    counted = before in "这那一两几每各某" or before in _NUMERALS  # 这本没有封面的书
    if word == "本" and after in _NEVER_BEFORE and not counted:
        return "originally; at first"  # 本没有什么深意义 (本书: this)
    if word == "要说" and _HAN.match(before) and before not in "不":
        return "to be going to say; would say"  # 教育家要说是 (要说他嘛: as for)
    quoted = "（" in text[max(0, offset - 8) : offset] or "(" in text[max(0, offset - 8) : offset]
    if word == "语" and after in "）)" and quoted:
        return "words; remark (the person quoted)"  # （周恩来语） (语言: language)
    if word == "发展" and before == "在" and not _HAN.match(after):
        return "to develop; to grow; to spread"  # 荒漠化趋势在发展 (在发展中: in development)
    sentence = _sentence_of(text, offset)
    rest = sentence[sentence.find(word) :] if word in sentence else sentence
    asked = sentence.rstrip("”’」 ").endswith(("？", "?")) or any(w in rest for w in _ASKING)
    if word == "究竟" and asked:
        return "(in an interrogative sentence) actually; exactly; on earth"  # 究竟有没有魂灵
    if word == "就是" and text.startswith(("——", "……", "…"), end):
        return "it's just that; the thing is (hesitating)"  # “就是——”她走近两步
    if word == "气象" and before in "的新" and (not _HAN.match(after) or after in "了也都是来"):
        return "atmosphere; scene; look (of a time or a place)"  # 新年的气象 (气象台: weather)
    return None


def _started_or_named(word: str, first: Sense, text: str, offset: int) -> str | None:
    """A two-character word whose entry opens with a noun, before 起来 (胆怯起来: "cowardly",
    not "timidity"), or one whose entry opens with a verb, opening a clause before 是 (谈话是
    总不投机的: "conversation", 合作是: "cooperation")."""
    if len(word) != 2 or not first.definitions:
        return None
    end = offset + 2
    lead = first.definitions[0]
    if text.startswith("起来", end) and not lead.startswith(("to ", "(")) and " to" not in lead:
        if not _is_adjective(lead):
            # an adjective only: a verb's first "to …" is often not the sense a state takes on
            # (联系起来 is not "to get in touch with", 合算起来 not "to be a good deal")
            return next((d for d in first.definitions[1:6] if _is_adjective(d)), None)
    topic = _opens_clause(text, offset) and text[end : end + 1] == "是"
    if topic and lead.startswith("to ") and text[end + 1 : end + 2] != "否":
        return next((d for d in first.definitions[1:8] if _ACTION_NOUN.match(d)), None)
    return None

def _phrase_before(text: str, offset: int) -> str:
    """The text before ``offset`` back to the last comma or stop, across quotation marks
    (在“一黑一白”拓展的市场推动下: the quoted words are part of the phrase)."""
    start = offset
    while start > 0 and text[start - 1] not in "，。！？；：,.!?;:\n":
        start -= 1
    return text[start:offset]


def _sentence_of(text: str, offset: int) -> str:
    """The sentence around ``offset`` (from the last 。！？ or line break to the next)."""
    start = offset
    while start > 0 and text[start - 1] not in "。！？!?\n":
        start -= 1
    stop = offset
    while stop < len(text) and text[stop] not in "。！？!?\n":
        stop += 1
    return text[start : stop + 1]


#: A clause closing on a counted noun (发展为一门科学, 我有一个朋友, 只有两件事): a 就是 after
#: its comma names the thing counted.
_OPENS_LIST = re.compile(f"[一二两三四五六七八九几][个门种件位项条句样点][{HAN_CLASS}]{{0,4}}，$")


def _closes_sentence_soon(text: str, start: int) -> bool:
    """Whether the sentence ends within eight characters of ``start``, with no comma first
    (就是物候学。)."""
    rest = text[start : start + 9]
    return any(c in rest for c in "。！？；\n") and "，" not in rest.split("。")[0]


def _clause_with_list(text: str, offset: int) -> str:
    """The clause's text before ``offset``, past the 、 of a list in it (满足社会、经济发展)."""
    start = offset
    while start > 0 and (text[start - 1] == "、" or text[start - 1] not in _CLAUSE_END):
        start -= 1
    return text[start:offset]


#: Heavenly bodies and their orbits, whose 运行 is their course (彗星, 卫星, 地球, 月球, 太阳);
#: not a day or a month (每天运行, 5月运行: a service in operation).
_SKY = ("星", "球", "轨道", "太阳", "天体")
#: Vehicles that make 坐 "to take (a bus, a plane)" (坐地铁, 坐了火车, 坐上飞机).
_VEHICLES = (
    "车", "船", "飞机", "地铁", "火车", "汽车", "公交", "公共汽车", "出租", "轿", "电梯",
    "缆车", "高铁", "动车", "航班", "马车", "牛车", "轮船", "渡船",
)  # fmt: skip
#: Money and goods, which 扣留 withholds rather than detains (资金, 货款, 工资, 费用, 粮食).
_MONEY = ("资金", "款", "钱", "工资", "费", "粮", "货")
#: Measures of time that make a number after 过 a span (过两个月, 过三年, 过几天).
_TIME_MEASURES = frozenset("年月天日周夜代")


def _span_follows(text: str, start: int) -> bool:
    """Whether a number and a measure of time follow ``start`` (两个月, 三年, 几天, 十分钟)."""
    at = start
    while at < len(text) and text[at] in _NUMERALS:
        at += 1
    if text[at : at + 1] in "个多":
        at += 1
    return at > start and (
        text[at : at + 1] in _TIME_MEASURES
        or text.startswith(("星期", "礼拜", "小时", "钟头", "分钟", "秒钟", "会儿"), at)
    )


def _adjective_next(text: str, start: int) -> int:
    """The length of the adjective that follows ``start`` (再好, 再大的, 再忙, 再困难), 0 if
    none: the longest word there, if its first definition is an adjective's."""
    for size in (2, 1):
        piece = text[start : start + size]
        if len(piece) == size and piece in lexicon().entries:
            senses = [s for s in lexicon().senses(piece) if not s.pinyin[:1].isupper()]
            if senses and senses[0].definitions:
                return size if _is_adjective(_LABEL.sub("", senses[0].definitions[0])) else 0
    return 0


#: After 方, these make it "only then" (方是, 方可, 方知, 方能, 方才 is a word of its own).
_ONLY_THEN_BEFORE = frozenset("是可知能始得肯敢")
#: Before 须 closing a clause, these keep it "must" (必须, 无须 are words; 所须, 亦须).
_NOT_BEARD = frozenset("必无毋所亦均皆都")


def _in_word(text: str, offset: int) -> bool:
    """Whether the character at ``offset`` and the next make a dictionary word (方可 does
    not; 方是 does not; 方才 does)."""
    return text[offset : offset + 2] in lexicon().entries


def _hurries(text: str, offset: int) -> bool:
    """忙 before a verb it hurries (忙进来, 忙问, 忙起身), not after a word of degree (很忙,
    太忙) nor before 着/了/完/得/不 (忙着, 忙完, 忙不过来: busy)."""
    after = text[offset + 1 : offset + 2]
    before = text[offset - 1 : offset] if offset else ""
    if not _HAN.match(after or "，") or after in "着了过完得不碌乱的到在成坏死于":
        return False
    if before in "很太真挺多不好那这怪白穷" or text[offset : offset + 2] in lexicon().entries:
        return False
    return _is_verb(after)


def _first_verb(first: Sense) -> str | None:
    """The first of a sense's first eight definitions that is a verb ("to ..."), or None."""
    return next((d for d in first.definitions[:8] if d.startswith("to ")), None)


def _state_of_noun(text: str, offset: int) -> bool:
    """Whether 好 at ``offset`` closes its clause with 了 after a word that is no verb (生活好
    了, 身体好了, 病好了 is a verb's): the state the noun is in, not a verb's complement."""
    if text[offset + 1 : offset + 2] != "了" or not _closes_clause(text, offset + 2):
        return False
    done = _word_before(text, offset)
    return done is not None and len(done) > 1 and not _opens_with_verb(done)


def _ends_sentence(text: str, end: int) -> bool:
    """Whether a sentence's end (not a comma) follows ``end``, past particles."""
    rest = text[end:].lstrip("了吗呢啊吧呀啦嘛")
    return not rest or rest[0] in "。！？!?\n"


def _sentence_before(text: str, offset: int) -> str:
    """The sentence's text before ``offset`` (back to 。！？ or a line break)."""
    start = offset
    while start > 0 and text[start - 1] not in "。！？!?\n":
        start -= 1
    return text[start:offset]


#: Before 熟, these make it deep sleep (睡熟, 眠熟) or food cooked through (煮熟, 烧熟).
_SLEEP = frozenset("睡眠")
_COOK = frozenset("煮烧蒸烤炒炖煎焖烙烘熬")
#: The end of a standpoint or an aim that 从 … 出发 starts from (从大局出发, 从实际出发, 从
#: 长远利益出发, 从这个角度出发, 从群众的需要出发), not a place (从北京出发, 从车站出发).
_STANDPOINT_ENDS = frozenset("局际益度要场则情望虑质求势")


#: After 不通, these make it "cut off; no … service" (不通车, 不通电, 不通水), not "not versed".
_SUPPLIES = frozenset("车电水气风路航邮话船")


def _not_versed(text: str, offset: int) -> bool:
    """Whether 不通 at ``offset`` is a person's not knowing: before a noun (不通文墨, 不通英语;
    not 不通车) or right after a pronoun, or a pronoun and 虽/也/却/并 (我虽不通); a road or a
    line that 不通 (路不通, 电话不通) is blocked."""
    after = text[offset + 2 : offset + 3]
    if after and after not in _SUPPLIES and _before_noun_word(text, offset + 2):
        return True
    before = text[max(offset - 2, 0) : offset]
    return before[-1:] in _PRONOUNS or (before[:1] in _PRONOUNS and before[1:] in "虽也却并还")


def _before_noun_word(text: str, start: int) -> bool:
    """Whether a dictionary word of two or more characters that is no verb opens at ``start``
    (渠道 of 主渠道; not 谓 of 主谓句 nor 持 of 主持)."""
    head = _word_at(text, start)
    return len(head) > 1 and not _opens_with_verb(head)


def _from_a_standpoint(text: str, offset: int) -> bool:
    """Whether 出发 at ``offset`` closes 从 and a standpoint in its clause (从大局出发)."""
    clause = _clause_before(text, offset)
    return "从" in clause and text[offset - 1 : offset] in _STANDPOINT_ENDS


#: After 本, these make it "originally" (本已, 本想, 本应, 本不该, 本是, 本以为).
_ORIGINALLY_BEFORE = frozenset("已想应该可不无就是要欲拟当以")
#: Verbs of moving down: 下去 after them is "down", not "to go on" (说下去).
_DOWNWARD = frozenset("跳爬沉滑掉落摔跌躺坐蹲跪倒咽吞压降放扔推踢滚倾身弯低流掏挖钻潜")
#: After 爬, these make it "to climb" (爬上, 爬山, 爬过墙).
_CLIMB_BEFORE = frozenset("上下起过到山树楼墙坡进出")
#: Before 信, these make it "to believe" (不信, 深信, 轻信, 坚信, 迷信, 可信, 确信).
_BELIEVE_AFTER = frozenset("不深轻坚迷可确难置")
#: The end of a name of a body 组织 belongs to (党组织, 团组织, 国际组织, 基层组织, 恐怖组织,
#: 欧佩克组织, 北约组织) or a determiner (该组织, 各组织).
_ORGANIZATION_AFTER = frozenset("党团际层怖统盟约克该此其各治间")


#: Before a word and 的, these make it describe what follows (一条成功的路, 很危险的).
_DESCRIBES = frozenset("条个种项次很最更非常十分较")
#: Colours, which a noun-first sense's later adjectives never displace (灰色 "gray").
_COLOUR_FIRST = re.compile(r"^(?:gray|grey|purple|pink|brown|golden|black|white|red|green|blue)\b")
#: Adjectives' endings in English (successful, dangerous, scientific, economic, cultural).
_ADJECTIVE_ENDING = re.compile(r"^\w+(?:ful|ous|ic|al)$")


def _clause_before(text: str, offset: int) -> str:
    """The clause's text before ``offset``."""
    start = offset
    while start > 0 and text[start - 1] not in _CLAUSE_END:
        start -= 1
    return text[start:offset]


def _falls(text: str, start: int) -> bool:
    return text[start : start + 1] in set("流落掉下洒淌")


def _noun_definition(first: Sense) -> str | None:
    """The first noun among a verb-first sense's definitions (通知: "to notify", then
    "notice"), else None."""
    if not first.definitions or not first.definitions[0].startswith("to "):
        return None
    return next(
        (d for d in first.definitions[1:6] if not d.startswith(("to ", "(")) and " " not in d),
        None,
    )


def _adjective_definition(first: Sense) -> str | None:
    """The first adjective among a noun-first sense's definitions (成功: "success", then
    "successful"), else None."""
    if not first.definitions or first.definitions[0].startswith(("to ", "(")):
        return None
    if _COLOUR_FIRST.match(first.definitions[0]):
        return None  # 灰色 "gray" stays before its "pessimistic"
    return next((d for d in first.definitions[1:5] if _ADJECTIVE_ENDING.match(d)), None)


def _moves_down(text: str, offset: int) -> bool:
    """Whether the verb before 下去 moves something down (跳下去, 探身下去, 掏下去)."""
    return text[offset - 1 : offset] in _DOWNWARD


def _even_later(text: str, offset: int) -> bool:
    """连 before 也/都 later in its clause (连他也不知道, 连饭都没吃): "even"."""
    end = offset + 1
    while end < len(text) and text[end] not in _CLAUSE_END:
        end += 1
    return any(ch in "也都" for ch in text[offset + 2 : end])


#: The last character of a word for people (读者, 群众, 人民, 干部, 学生, 职工, 官兵).
_PEOPLE_ENDS = frozenset("者众民部生员工兵友师们家客胞士农")
#: After 且 opening a clause, these make it "for now" (且不去, 且慢, 且听, 且住).
_FOR_NOW_BEFORE = frozenset("不慢听看住等坐去")


def _people_after(text: str, start: int) -> bool:
    """Whether a word for people follows (广大读者, 广大人民群众, 广大哲学社会科学工作者)."""
    word = _word_at(text, start)
    hops = 0
    while len(word) > 1 and word[-1] not in _PEOPLE_ENDS:
        # 人民群众, 哲学社会科学工作者: the phrase may run on for a few words (of two
        # characters or more) before the word for people
        nxt = _word_at(text, start + len(word))
        hops += 1
        if len(nxt) < 2 or hops > 3:
            return False
        word += nxt
    return len(word) > 1


def _another_span(text: str, start: int) -> bool:
    """再有十天, 再过两年: 有/过 and then a number, after 再."""
    return text[start : start + 1] in ("有", "过") and text[start + 1 : start + 2] in _NUMERALS


#: Adjectives that 超 makes "super-; ultra-" (超大, 超高, 超长, 超一流 is a word of its own).
_SUPER_BEFORE = frozenset("大高小长低强快薄轻重短细远级")
#: Characters after which 性 is no suffix (他的性, 有性繁殖, 是个性儿急的人).
_NOT_STEMS = frozenset("的了和与有是无个")
#: After 自 these make it "naturally; of course" (自是, 自当, 自会, 自可, 自与别处不同, 自不必说).
_OF_COURSE_BEFORE = frozenset("是当会可与不")
#: Verbs of giving and telling before 与, which is then "to (someone)" (递与他, 说与你听).
_GIVING = frozenset("递交送赠给付传让嫁许借卖还说讲告寄")
#: Verbs of means that make a later 来 join means and purpose (用水来洗, 通过…来提高).
_MEANS = ("用", "通过", "靠", "借助", "拿")


def _after_giving(text: str, offset: int) -> bool:
    """Whether 与 follows a verb of giving or telling standing alone (递与, 说与), not the
    end of a longer word (小说与电影, 演讲与口才)."""
    if offset < 1 or text[offset - 1] not in _GIVING:
        return False
    return text[offset - 2 : offset] not in lexicon().entries or offset < 2


def _closes_clause(text: str, end: int) -> bool:
    """Whether nothing but particles (and 的) follows ``end`` in the clause."""
    rest = text[end:]
    while rest[:1] and (rest[0] in _TRAILING or rest[0] == "的"):
        rest = rest[1:]
    return not rest or rest[0] in _CLAUSE_END


def _means_to_end(text: str, offset: int) -> bool:
    """来 between a means and a verb of purpose (用新方法来提高, 通过考试来选拔): a verb of
    means earlier in the clause and a verb right after 来."""
    start = offset
    while start > 0 and text[start - 1] not in _CLAUSE_END:
        start -= 1
    after = text[offset + 1 : offset + 2]
    if not after or not _HAN.match(after) or after in "了着过" or not _is_verb(after):
        return False  # 利用周末来了一趟: 来 is the verb itself
    if text[offset - 1 : offset] in _DIRECTIONS_BEFORE_LAI:
        return False  # 拿出来说, 用起来: a directional complement, no purpose (纽带来维持 is)
    return any(m in text[start:offset] for m in _MEANS) and offset - start > 2


_GO_UP = "to go up; to get on (a vehicle); to climb"


def _shang(text: str, offset: int) -> str | None:
    """上 by what stands before it: after a noun "on; in; at" (墙上, 会上, 世界上), after a
    verb its complement (踏上, 吃上了), before 了/着/过 otherwise the verb "to go up; to get
    on" (他上了车, 孩子们上了船)."""
    after = text[offset + 1 : offset + 2]
    aspect = bool(after) and after in "了着过"
    prev = text[offset - 1 : offset]
    if prev and prev in _NOT_VERBS:
        return _GO_UP if aspect else None  # 往上, 在上: "up; above"; 自上了轿: the verb
    if prev and _HAN.match(prev) and prev not in _ADVERBS and prev not in _PRONOUNS:
        word = _word_before(text, offset) or prev
        if _is_adverb(word):
            return None  # 已经上好: 上 is the verb
        if _opens_with_verb(word):
            return "(after a verb) up; on; (managing to reach or get something)"
        if not aspect:
            return "on; in; at (after a noun: on top of, in the field of)"
    return _GO_UP if aspect else None


_ADVERB_MEANING = re.compile(r"^(?:already|still|once|just|again|finally|then|also|\w+ly)\b")


def _is_adverb(word: str) -> bool:
    """Whether a word's first meaning is an adverb (已经 "already", 马上 "immediately")."""
    senses = [s for s in lexicon().senses(word) if not s.pinyin[:1].isupper()]
    return bool(senses and senses[0].definitions) and bool(
        _ADVERB_MEANING.match(senses[0].definitions[0])
    )


def _word_before(text: str, offset: int) -> str | None:
    """The longest dictionary word that ends at ``offset`` (工地 of 工地上), or None."""
    entries = lexicon().entries
    for size in (4, 3, 2):
        piece = text[max(0, offset - size) : offset]
        if len(piece) == size and _HAN.match(piece[0]) and piece in entries:
            return piece
    return text[offset - 1] if offset else None


#: After 不过 "only; merely" opening a clause: 是, a number or an amount (不过三年五载).
_MERELY_BEFORE = frozenset("是就只如尔数几些一二两三四五六七八九十百千万半")


#: A given name just before 字 "courtesy name" (名丘，字仲尼; not 他的名字很长，字…).
_GIVEN_NAME_BEFORE = re.compile("(?<![姓])名(?!字)[\u4e00-\u9fff]{1,2}[，,]$")
#: What after 总 makes no noun of "total" (总有一天, 总会, 总是, 总要, 总在).
_NOT_TOTAL_OPENS = frozenset("有会要能是在得该不没也还就可算归")


def _total_of(text: str, offset: int) -> bool:
    """Whether a noun of two characters or more opens at ``offset`` (股本 of 总股本)."""
    if text[offset : offset + 1] in _NOT_TOTAL_OPENS:
        return False
    following = _word_at(text, offset)
    return (
        len(following) > 1
        and not _opens_with_verb(following)
        and not _is_adverb(following)
        and bool(_first_definition(following))
    )


#: What 盖 "to build" puts up (盖房子, 盖楼, 盖了一座庙).
_BUILT = frozenset("房楼屋庙厂棚")
#: Verbs after 白 "in vain; for nothing" (白捡, 白跑一趟, 白吃白喝, 白费力气).
_IN_VAIN_VERBS = frozenset("捡吃喝拿跑忙费干等来去送给说做挨受")
#: Cooking verbs after 大火 "high heat" (大火翻炒, 大火烧开, 大火收汁).
_COOKING = ("翻炒", "炒", "煮", "烧开", "烧沸", "蒸", "炖", "收汁", "爆炒", "煎", "快炒")
#: Before 到家 "perfect; excellent" (做得到家, 功夫到家, 很到家); elsewhere it is "to get home".
_UTMOST_BEFORE = frozenset("得很够真夫候太")
#: Labels at the start of a line before a colon: a dialogue's speakers (甲：…, 乙：…) and a
#: worked problem's solution (解：…).
_LINE_LABELS = {
    "甲": "A (the first speaker or party)",
    "乙": "B (the second speaker or party)",
    "丙": "C (the third speaker or party)",
    "解": "solution (of a problem)",
}


#: What follows 等 "etc." after a list of one or more (瑞金等地, 玉米螟等害虫, 北京等城市):
#: the kind of the things listed.
_KINDS_AFTER_ETC = (
    "地", "国", "省", "市", "县", "方面", "问题", "领域", "部门", "单位", "地区", "城市",
    "国家", "行业", "措施", "因素", "形式", "项目", "内容", "情况", "症状", "物", "作品",
    "食物", "材料", "产品", "企业", "机构", "疾病", "害虫", "动物", "植物", "品种", "手段",
    "方法", "方式", "环节", "活动", "媒体", "平台", "学科", "专业", "课程", "语言", "职业",
)
#: What stands before 等 "to wait" rather than "etc." (在等, 我等, 还等, 正等).
_WAIT_BEFORE = frozenset("在我你他她它们要还正再又请来去得着都就也不没先别快")


def _kinds_after_etc(text: str, offset: int) -> bool:
    """Whether 等 at ``offset`` ends a list before the kind of its things (瑞金等地, 浓硫酸等
    腐蚀性试剂)."""
    before = text[offset - 1 : offset]
    return (
        bool(before)
        and _HAN.match(before) is not None
        and before not in _WAIT_BEFORE
        and (
            text.startswith(_KINDS_AFTER_ETC, offset + 1)
            or _word_at(text, offset + 1).endswith("性")  # a quality of the kind: 腐蚀性
        )
    )


#: Numerals before 成 "one tenth" (两成, 三成; not 十成 "complete", 一成 of 一成不变).
_TENTHS = frozenset("两二三四五六七八九")
#: What 花 "to spend" is followed by: an amount, money or time (花不少功夫, 花钱, 花三天).
_SPENT = (
    "不少", "很多", "太多", "许多", "大量", "多少", "好多", "一些", "点", "几", "一", "两",
    "三", "四", "五", "六", "七", "八", "九", "十", "百", "千", "万", "钱", "时间", "功夫",
    "工夫", "精力", "心思", "心血", "力气", "大钱", "重金", "巨资",
)


#: Adverbials a notice's 可 "may" is often followed by before its verb (可长期驻留).
_ADVERBIALS = frozenset(
    "长期 同时 直接 随时 免费 全天 全年 自行 在线 提前 分别 一次性 无偿 优先 当场 就近".split()
)


def _adverbial_then_verb(text: str, offset: int) -> bool:
    """Whether an adverbial opens at ``offset`` and a verb follows it (长期驻留)."""
    first = _word_at(text, offset)
    return (first in _ADVERBIALS or (len(first) > 1 and _is_adverb(first))) and _verb_word_at(
        text, offset + len(first)
    )


def _verb_word_at(text: str, offset: int) -> bool:
    """Whether a dictionary word of two characters or more whose first meaning is a verb
    starts at ``offset`` and is not followed by 的 (申请, 拨打; not 来的人)."""
    word = _word_at(text, offset)
    end = offset + len(word)
    return len(word) > 1 and _opens_with_verb(word) and text[end : end + 1] != "的"


def _opens_with_verb(word: str) -> bool:
    """Whether a word's first meaning in CC-CEDICT is a verb (踏, 考; not 墙, 会 "can")."""
    return _first_definition(word).startswith("to ")


#: After 倒 (dào), these make it "to pour" (倒水, 倒出来, 倒了一杯, 倒在碗里); before anything
#: else it is the adverb "contrary to what one might expect" (倒是, 倒像, 倒捧着, 倒干净).
_POUR_BEFORE = frozenset("水茶酒杯碗盆壶油汤奶出进入掉在了给一些点满")


#: Nouns after 该 when it points back ("the said": 该市, 该公司, 该名男子), not "should".
_SAID_NOUNS = (
    "市", "县", "省", "区", "镇", "乡", "村", "国", "州", "校", "院", "厂", "局", "所", "公司",
    "企业", "项目", "案", "书", "片", "剧", "名", "男子", "女子", "犯", "店", "馆", "站",
    "系统", "网站", "产品", "报告", "政策", "法", "条例", "规定", "组织", "机构", "单位",
    "地区", "部门", "机关", "小区", "医院", "学校", "银行", "平台", "团队", "集团", "品牌",
    "病毒", "疫苗", "药", "技术", "计划", "方案", "活动", "事件", "车", "船", "航班", "软件",
    "作品", "研究", "论文", "调查", "数据", "球队", "大学", "中学", "小学", "社区", "工程",
    "景区", "协会", "委员会", "中心", "基金", "节目", "电影", "公园", "地", "处", "机",
)


#: After 靠, these make it "to lean; near" (靠在墙上, 靠着, 靠近, 靠墙, 靠边).
_LEAN_AFTER = frozenset("在着近墙边岸窗门背椅上")
#: What follows 经过 when it means "after (a time or an effort)": a number or an amount.
_SPAN_OPEN = frozenset("一二两三四五六七八九十几多数长反认不近半0123456789０１２３４５６７８９")


def _opens_clause(text: str, offset: int) -> bool:
    return offset == 0 or not _HAN.match(text[offset - 1])


def _adverb_dao(text: str, offset: int) -> bool:
    after = text[offset + 1 : offset + 2]
    return bool(_HAN.match(after)) and after not in _POUR_BEFORE


def _before_object(text: str, end: int) -> bool:
    """Whether 了 and then an object follow ``end`` (规范了各类, 明确了方针): not a number
    (胖了三斤) or the end of the clause (清楚了。)."""
    if text[end : end + 1] != "了":
        return False
    after = text[end + 1 : end + 2]
    return bool(_HAN.match(after)) and after not in _OBJECT_NUMERALS and after not in _TRAILING


@functools.lru_cache(maxsize=16384)
def _meanings(word: str) -> str:
    """The first few meanings of ``word``'s first entry that is no name, joined ("")."""
    for sense in lexicon().senses(word):
        if not sense.pinyin[:1].isupper():
            kept = [d for d in sense.definitions if not d.startswith(WEAK_DEFINITIONS)]
            return "; ".join(kept[:5])
    return ""


def short_gloss(word: str, syllables: tuple[str, ...] = ()) -> str:
    """The first real meaning of ``word`` (for the reading given, when it has one):
    cross-references such as "variant of" and surnames are passed over."""
    lex = lexicon()
    senses = list(lex.senses(word))
    if word in lex.supplement:
        senses.insert(0, Sense(pinyin="", definitions=lex.supplement[word].definitions))
    senses.sort(
        key=lambda s: (
            bool(syllables) and cedict_syllables(s.pinyin) != syllables,
            s.pinyin[:1].isupper(),
        )
    )
    for sense in senses:
        for definition in sense.definitions:
            if not definition.startswith(WEAK_DEFINITIONS):
                return definition.removeprefix("(bound form) ")
    return ""


#: After these a single character is read as a measure word (一米, 一场, 各项, 第一道).
_COUNTERS = frozenset("一二三四五六七八九十百千万两几半每各这那哪某整首多")


def _classifier_gloss(char: str, syllables: tuple[str, ...] = ()) -> str:
    """The measure-word sense of ``char`` (米 "meter (classifier)"), or ""."""
    for sense in lexicon().senses(char):
        if syllables and cedict_syllables(sense.pinyin) != syllables:
            continue
        for definition in sense.definitions:
            if "classifier" in definition and not definition.startswith("CL:"):
                return definition
    return ""


#: After these the last character of a compound is what is said, not a complement (作风要实).
_ADVERBS = frozenset("要很太更最不没也都还就才再便却已曾正均皆亦仍并则乃即")
#: Numbers that open a word (三分钟): read as one part, never merged with what follows.
_NUMBER_START = frozenset("一二三四五六七八九十百千万两几半零")


@functools.cache
def _part_glosses() -> dict[tuple[str, str], str]:
    """zh-learn's glosses for characters as parts of words (``data/part_glosses.tsv``): by
    character and place ("first", "last" after a verb, or "any")."""
    return {(char, place): gloss for char, place, gloss in read_rows("part_glosses.tsv")}


def _part_gloss(word: str, i: int, complement: bool = False, with_any: bool = True) -> str:
    """Our own gloss for the character at ``i`` of an unknown compound, or "";
    ``complement``: the character is a verb's complement whatever comes before it."""
    table = _part_glosses()
    char = word[i]
    if i == 0:
        gloss = table.get((char, "first"), "")
    elif complement:
        gloss = table.get((char, "complement"), "") or table.get((char, "last"), "")
    elif word[i - 1] in _ADVERBS:
        gloss = table.get((char, "verb"), "")  # 便会: "will", not "meeting"
    else:
        gloss = table.get((char, "last"), "")
    return gloss or (table.get((char, "any"), "") if with_any else "")


_HANZI_NOTE = re.compile(f"[{HAN_CLASS}]+" + r"(?: \(([^)]*)\))?")
_HAN = re.compile(f"[{HAN_CLASS}]")
#: The end of an English proper name just before a hanzi note ("Jiangsu 江苏"), maybe with
#: the kind of place it is ("Dali Bai autonomous prefecture 大理白族自治州").
_AFTER_NAME = re.compile(
    r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+)*"
    r"(?: (?:autonomous|prefecture-level|county-level|subprovincial|prefecture|county|city"
    r"|district|province|region|town|township|village|banner|river|lake|mountain))* $"
)
_SPACES = re.compile(r" {2,}| (?=[,;)])")
#: A definition that only pointed at hanzi the item shares ("abbr. for ~", "see ~").
_EMPTY_POINTER = re.compile(
    r"^(?:abbr\. (?:for|of|to)|see(?: also)?|variant of|equivalent to)\s*~$"
)
#: A definition pointing at another word (its hanzi taken out, its reading left).
_POINTER = re.compile(r"^abbr\. (?:for|of|to) ")
#: A bracketed aside, with one level of brackets inside it: "(opposite: indirect 间接 (jiàn jiē))".
_ASIDE = re.compile(r"\s*\((?:[^()]|\([^()]*\))*\)")


def without_hanzi(gloss: str) -> str:
    """A gloss with no Chinese characters (or their pinyin notes) left in it."""
    gloss = _HANZI_NOTE.sub("", gloss)
    return re.sub(r"\s{2,}", " ", re.sub(r"\(\s*\)|:\s*(?=[);]|$)", "", gloss)).strip(" :;,")


def _first_meaning(gloss: str) -> str:
    """The first of several meanings, for one part of a composed gloss."""
    return without_hanzi(gloss.removeprefix("(bound form) ").split(";")[0]).strip()


@functools.cache
def _main_readings() -> dict[str, str]:
    """Each character's reading in most of CC-CEDICT's words (足 zu2, not ju4), counted once
    per install and kept in the cache dir."""
    found: dict[str, str] = cached_pickle(
        main_readings_path(), _count_main_readings, lambda loaded: isinstance(loaded, dict)
    )
    return found


def _count_main_readings() -> dict[str, str]:
    from collections import Counter

    entries = lexicon().entries
    rows = getattr(entries, "items_all", entries.items)()
    counts: Counter[tuple[str, str]] = Counter()
    for word, raw in rows:
        for line in raw.split("\n"):
            _trad, pinyin, _defs = line.split("\t", 2)
            syllables = cedict_syllables(pinyin)
            if len(syllables) == len(word) and not pinyin[:1].isupper():
                counts.update(zip(word, syllables, strict=True))
    best: dict[str, tuple[int, str]] = {}
    for (char, syllable), n in counts.items():
        if n > best.get(char, (0, ""))[0]:
            best[char] = (n, syllable)
    return {char: syllable for char, (_, syllable) in best.items()}


def main_readings_path() -> Path:
    return cache_dir() / f"main-readings-{cache_key()}.pickle"


def prepare_main_readings() -> None:
    """Count the main readings now (``zh-learn prepare``) rather than at first use."""
    _main_readings()


def _usual_reading(char: str, syllables: tuple[str, ...]) -> bool:
    """Whether ``char`` is read its usual way: zh-learn's part glosses are written for that
    reading (将 jiāng "to be going to"); another (将 jiàng "general") takes the dictionary's."""
    if not syllables:
        return True
    usual, syllable = _main_readings().get(char), syllables[0]
    # a neutral tone is the same reading unstressed (草地上 shang5)
    if usual is None or usual == syllable:
        return True
    return syllable.endswith("5") and syllable[:-1] == usual[:-1]


def _piece_gloss(
    word: str, i: int, size: int, syllables: tuple[str, ...], idiom: bool, potential: bool
) -> str:
    """The gloss of ``word[i : i + size]`` as a part of ``word``, or "" when it has none."""
    piece = word[i : i + size]
    reading = syllables[i : i + size]
    if size > 1:
        return _first_meaning(short_gloss(piece, reading))
    table = _part_glosses()
    gloss = ""
    if i and word[i - 1] in _COUNTERS and not idiom:
        gloss = table.get((piece, "counted"), "")
        if not gloss and (classifier := _classifier_gloss(piece, reading)):
            return _first_meaning(classifier)
    usual = potential or _usual_reading(piece, reading)
    if not gloss and usual:  # by place: 便 first "then", 足 after a verb "enough"
        gloss = _part_gloss(word, i, complement=potential, with_any=False)
    if not gloss and reading:
        gloss = table.get((piece, reading[0]), "")  # a reading of its own: 倒 dao4 "to pour"
    if not gloss and usual:
        gloss = table.get((piece, "any"), "")
    # zh-learn's table lists alternatives with commas: the first is shown
    if gloss:
        return _first_meaning(gloss.split(",")[0])
    return _first_meaning(short_gloss(piece, reading))


@functools.lru_cache(maxsize=4096)
def _zipf(pieces: tuple[str, ...]) -> dict[str, float]:

    marks = ",".join("?" * len(pieces))
    query = f"SELECT word, zipf FROM zipf WHERE word IN ({marks})"
    return dict(_lookup().execute(query, pieces))


def _split(word: str, known: set[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cut ``word`` into the fewest known pieces (``known``: (start, end) spans); among
    equal cuts the one of the most frequent pieces (外婆 + 家, not 外 + 婆家; 放 + 风筝, not
    放风 + 筝), by their summed Zipf frequencies."""
    zipf = _zipf(tuple(sorted({word[a:b] for a, b in known})))
    n = len(word)
    best: list[tuple[tuple[int, float], list[tuple[int, int]]] | None] = [None] * (n + 1)
    best[n] = ((0, 0.0), [])
    for i in range(n - 1, -1, -1):
        for j in range(i + 1, n + 1):
            rest = best[j]
            if (i, j) not in known or rest is None:
                continue
            key = (rest[0][0] + 1, rest[0][1] - zipf.get(word[i:j], 0.0))
            current = best[i]
            if current is None or key < current[0]:
                best[i] = (key, [(i, j), *rest[1]])
    found = best[0]
    return found[1] if found else []


def _quality_gloss(char: str, syllables: tuple[str, ...]) -> str:
    """A character's first meaning that names a quality (弯 "bent", not "to bend"), else its
    first meaning."""
    for sense in lexicon().senses(char):
        if sense.pinyin[:1].isupper() or cedict_syllables(sense.pinyin) != syllables:
            continue
        for definition in sense.definitions:
            pointer = "variant of" in definition or definition.startswith(("see ", "used in"))
            if _is_adjective(definition) and not pointer:
                return without_hanzi(definition)
    return _first_meaning(short_gloss(char, syllables))


def _pair_gloss(pair: str, syllables: tuple[str, ...]) -> str:
    """The short gloss of a two-character word, or of the word it is a variant of (恍忽 for
    恍惚)."""
    gloss = short_gloss(pair, syllables) or short_gloss(pair)
    if gloss:
        return gloss
    for sense in lexicon().senses(pair):
        for definition in sense.definitions:
            target = _VARIANT_OF.match(definition)
            if target and (gloss := short_gloss(target.group(1))):
                return gloss
    return ""


#: CC-CEDICT's pointer to the word a form is a variant of, as senses read: "variant of 恍惚
#: (huǎng hū)".
_VARIANT_OF = re.compile(f"variant of ([{HAN_CLASS}]+)")


def composed_sense(word: str, syllables: tuple[str, ...], lex: Lexicon) -> Sense | None:
    """Gloss an unknown compound by its known parts, the fewest of them: 放风筝 -> "to let
    out + kite"; a character after a number or 各/每/这 is glossed as a measure word (一米:
    "one + meter"), a leading number stands alone (三分钟: "three + minute"), and a verb
    with a potential complement reads as one (睡不着: "to sleep + not able to + succeed").
    The gloss never shows the characters themselves: a learner asked to recall the word
    must not find it in the question."""
    idiom = word in lex.idioms
    pair = word[0] + word[2] if len(word) == 4 else ""
    if doubled_pair(word, lex.entries) and (pair_gloss := _pair_gloss(pair, syllables[::2])):
        # 顺顺利利: the word 顺利 said over, each character doubled
        meaning = _first_meaning(pair_gloss)
        return Sense(
            pinyin=" ".join(syllables),
            definitions=(f"{meaning} (emphatic, each character doubled)",),
            source="doubled",
        )
    if doubled_quality(word) and (quality := _quality_gloss(word[0], syllables[:1])):
        # 弯弯的小路: the quality said twice
        return Sense(
            pinyin=" ".join(syllables),
            definitions=(f"{quality} (emphatic, the character doubled)",),
            source="doubled",
        )
    parts: list[str] = []
    i = 0
    if not idiom:
        while i < len(word) - 1 and word[i] in _NUMBER_START:
            i += 1
        if i:
            number = word[:i]
            gloss = short_gloss(number, syllables[:i]) or " ".join(short_gloss(ch) for ch in number)
            parts.append(_first_meaning(gloss))
    potential = not idiom and len(word) == 3 and word[1] in "不得" and i == 0
    if potential:
        parts.append(_piece_gloss(word, 0, 1, syllables, idiom, potential))
        parts.append("not able to" if word[1] == "不" else "so that it is")
        parts.append(_piece_gloss(word, 2, 1, syllables, idiom, potential))
    else:
        rest = word[i:]
        glosses: dict[tuple[int, int], str] = {}
        for a in range(len(rest)):
            for b in range(a + 1, min(a + 4, len(rest)) + 1):
                if (b - a > 1 and rest[a:b] not in lex.entries) or (b - a == len(word)):
                    continue  # an unknown piece, or the whole word itself
                gloss = _piece_gloss(word, i + a, b - a, syllables, idiom, False)
                if gloss:
                    glosses[(a, b)] = gloss
        parts += [glosses[span] for span in _split(rest, set(glosses)) if span in glosses]
    parts = [p for p in parts if p]
    if not parts:
        return None
    return Sense(pinyin=" ".join(syllables), definitions=(" + ".join(parts),), source="composed")


def idiom_info(
    word: str, syllables: tuple[str, ...], senses: tuple[Sense, ...], lex: Lexicon
) -> IdiomInfo:
    literal = figurative = None
    supplement = lex.supplement.get(word)
    if supplement is not None:
        literal, figurative = supplement.literal, supplement.figurative
    for sense in senses:
        for d in sense.definitions:
            if d.startswith("lit. ") and literal is None:
                # "lit. to breathe through the same nostril; fig. two people say the same"
                literal, _, fig = d[5:].replace(" (idiom)", "").partition("; fig. ")
                figurative = figurative or fig or None
            elif d.startswith("fig. ") and figurative is None:
                figurative = d[5:].replace(" (idiom)", "")
    char_gloss = tuple(
        (ch, short_gloss(ch, (syl,)))
        for ch, syl in zip(word, syllables, strict=False)
        if syl  # not the comma of a two-part saying (三天打鱼，两天晒网)
    )
    return IdiomInfo(
        literal=literal,
        figurative=figurative,
        char_gloss=char_gloss,
    )


#: Words after a number and 点 that make 点 an item of a list (三点意见), not the hour.
_LISTED = (
    "意见", "建议", "要求", "希望", "看法", "体会", "想法", "理由", "原因", "内容", "经验",
    "措施", "结论", "说明", "做法", "启示", "感想", "问题", "好处", "不足",
)  # fmt: skip
#: Words of 一 and a measure word that CC-CEDICT gives another sense first (一道 "together",
#: 一家 "the whole family"): before a noun they count it.
_ONE_AND_MEASURE = frozenset({"一道", "一家", "一头", "一口", "一面"})
#: After those, what is no counted noun (一家人 is a word; 一口气, 一头雾水 too).
_NOT_COUNTED = frozenset("的地得了着过是在也都就人子")
#: After a number and 度, words that are no verb though CC-CEDICT opens them with "to".
_NOT_AN_ACTION = frozenset({"以上", "以下", "左右", "上下", "多", "的"})


def _first_definition(word: str) -> str:
    """The first definition of ``word``'s first common sense, past variant entries (咲 "old
    variant of 笑" before 笑 "to laugh") and labels."""
    senses = [
        s
        for s in lexicon().senses(word)
        if not s.pinyin[:1].isupper()
        and not all(d.startswith(WEAK_DEFINITIONS) for d in s.definitions)
    ]
    return _LABEL.sub("", senses[0].definitions[0]) if senses else ""


#: What a measure word is after an ordinal (第三条): the parts of a law, a contract or a book.
_ORDINAL_PARTS = {
    "条": "article; clause (of a law, treaty or contract)",
    "款": "section; paragraph (of a legal document)",
    "章": "chapter",
    "节": "section (of a chapter); lesson",
}


#: What 贵 "your" goes before in polite speech (贵校, 贵国, 贵方, 贵姓, 贵社, 贵店, 贵司).
_YOUR_BEFORE = frozenset("校国方姓社刊院府店司厂行台报馆")
#: Adjectives of size and degree that 有多 asks about (有多深, 有多远).
_MEASURED = frozenset("深大长高远重宽厚久少快难好美")
#: What 一起 counts when it is no "together": cases and incidents (一起交通事故).
_INCIDENTS = ("案", "事故", "事件", "纠纷", "车祸", "火灾", "爆炸", "冲突", "袭击")


def _after_ordinal(text: str, offset: int) -> bool:
    """Whether 第 and a number stand right before ``offset`` (第三条, 第12条)."""
    start = offset
    while start > 0 and (text[start - 1] in _NUMERALS or text[start - 1].isdigit()):
        start -= 1
    return start < offset and text[start - 1 : start] == "第"


def _past_the_hours(text: str, offset: int) -> bool:
    """Whether the number that ends at ``offset`` is too large for an hour of the day (三千二百
    点, 120点): hundreds or more."""
    start = offset
    while start > 0 and text[start - 1] in _NUMERALS:
        start -= 1
    number = text[start:offset]
    if not number:
        return False
    if number.isdigit():
        return int(number) > 24
    return any(ch in "百千万亿" for ch in number)


def _with_numbers(word: str, text: str, offset: int) -> str | None:
    """The meaning of a word beside a number or a measure word, where the dictionary's
    order or the measure word's first sense says something else: 二比一 "to" (a score), 十度
    "degree" (两度获奖: "times"), 七点 "o'clock" (三点意见: an item), 一道菜 a measure word
    (一道去: "together"), 当…时 "when"."""
    before = text[offset - 1 : offset]
    end = offset + len(word)
    after = text[end : end + 1]
    if word == "块" and before in _NUMERALS and (after == "钱" or after in _NUMERALS):
        return "(colloquial) yuan; dollar (classifier for money)"  # 两块钱, 一百二十八块五
    if word == "成" and before in _TENTHS and text[offset - 2 : offset - 1] not in _NUMERALS:
        return "one tenth (as in 20 percent: two tenths)"  # 首付最低两成, 三成的人 (变成, 一成不变)
    if word == "文" and before in _NUMERALS and not text.startswith(("化", "学", "字"), end):
        return "(old) classifier for coins"  # 一壶二十文, 四文铜钱
    if word == "瓦" and before in _NUMERALS:
        return "watt"  # 六十五瓦快充, 100瓦的灯泡
    if word == "比" and before in _NUMERALS and after in _NUMERALS:
        return "to (between the two sides of a score or a ratio)"  # 二比一, 3比2
    if word == "度" and before in _NUMERALS:
        following = _word_at(text, end)
        if _HAN.match(after) and following not in _NOT_AN_ACTION:
            if _opens_with_verb(following):
                return "classifier for occurrences: times"  # 两度获奖, 三度访华
        return "degree (of temperature, angles etc)"  # 十度以上, 三十七度
    if word == "点" and before in _NUMERALS:
        if text.startswith(_LISTED, end):
            return "point; item (classifier for the items of a list)"  # 三点意见
        if after in _NUMERALS and after != "半" and "分" not in text[end + 1 : end + 4]:
            return "point (the decimal point)"  # 百分之三点五 (十点半: half past ten)
        if _past_the_hours(text, offset):
            return "point (of an index or a score)"  # 收于三千二百一十五点, 下跌120点
        return "o'clock; (time of day)"  # 七点, 晚上十点, 三点五十分
    if word in _ONE_AND_MEASURE and _HAN.match(after) and after not in _NOT_COUNTED:
        following = _word_at(text, end)
        meaning = _first_definition(following)
        # a verb follows: by the word's first meaning, or any verb sense of a lone character
        # (一面听得, 一面走)
        acts = _opens_with_verb(following) or (len(following) == 1 and _is_verb(following))
        if meaning and not acts:
            # 一道菜, 一家公司, 一头牛, 一口井, 一面镜子 (一道去 "together", 一家人 "the
            # whole family", 一口咬定 "flatly", 一面走一面说 "at the same time")
            measure = next(
                (d for s in lexicon().senses(word[1]) for d in s.definitions
                 if d.startswith("classifier")),
                None,
            )  # fmt: skip
            if measure is not None:
                return f"a; one ({measure})"
    if word in ("条", "款", "章", "节") and _after_ordinal(text, offset):
        return _ORDINAL_PARTS[word]  # 第三条 "article", 第二款, 第五章
    if word == "时" and before in _NUMERALS and not text.startswith(("候", "间"), end):
        return "o'clock; hour (of the day, formal)"  # 上午八时至下午五时
    if word == "号" and before in _NUMERALS and not text.startswith(("人", "字"), end):
        return "number (in a series); day of a month"  # 十二号检票口, 五月三号 (not a head count)
    if word == "一起" and _HAN.match(after) and not _opens_with_verb(_word_at(text, end)):
        close = next((i for i in range(end, len(text)) if text[i] in _CLAUSE_END), len(text))
        if any(incident in text[end:close][:10] for incident in _INCIDENTS):
            return "a; one (classifier for cases and incidents)"  # 一起交通事故, 一起诈骗案
    if word == "前" and after in _NUMERALS:
        done = _word_before(text, offset)
        # (回忆到前几天, 在前三名: a preposition or 是/有 is no event)
        if done and done not in _NOT_VERBS and _opens_with_verb(done):
            return "before (an event: before sleeping, before setting off); ago"  # 睡前一小时
    if word == "当" and _opens_clause(text, offset):
        close = next((i for i in range(end, len(text)) if text[i] in _CLAUSE_END), len(text))
        if (close - end >= 2 and text[close - 1] == "时") or text[end:close].endswith("时候"):
            return "when (with 时 or 的时候 closing the clause)"  # 当阳光穿过大气层时，
    return None


#: Before 将, a request or a duty (请将电池充满, 须将门关好): 将 then marks the object, as
#: 把 does; "will" would need a subject that acts later.
_ASKS = frozenset("请须需应务")
#: After 如 opening a clause, what makes it "if" (如有问题, 如需帮助, 如遇).
_IF_AFTER = frozenset("有需遇不要发果想能非出")


def _in_instructions(word: str, text: str, offset: int) -> str | None:
    """Two words of notices and manuals the dictionary's first sense misreads: 请将…
    (将 marks the object, like 把) and 如 opening a clause before a verb ("if")."""
    after = text[offset + len(word) : offset + len(word) + 1]
    if word == "将" and text[offset - 1 : offset] in _ASKS and _HAN.match(after):
        if after not in "要会在近来":  # 请将来: 将来 is a word; 将要, 将会: will
            return _context_glosses().get(("把", "before", ""))
    meeting = after in "上后前中" and text[offset + 1 : offset + 3] not in lexicon().entries
    if word == "会" and _opens_clause(text, offset) and meeting:  # (，会后悔的: will)
        return "meeting; gathering (at, after or before the meeting)"  # 会上，会后，
    # 如需/如遇/如有 say "if" after a subject too (乙方如需续租, 如有疑问)
    # 运动时如出现: after a time clause too
    if_opens = after in "需遇有" or _opens_clause(text, offset) or text[offset - 1 : offset] == "时"
    if word == "如" and if_opens and after in _IF_AFTER:
        return "if; in case (opening a clause, before a verb)"
    return None


def _after_adjective(word: str, text: str, offset: int) -> str | None:
    """起来 after an adjective: a state setting in (暖和起来, 热闹起来, 好起来), not "to stand
    up"."""
    if word != "起来" or not offset or not _HAN.match(text[offset - 1]):
        return None
    before = _word_before(text, offset)
    meaning = _first_definition(before) if before else ""
    acts = meaning.startswith("to ") or (len(before or "") == 1 and _is_verb(before or ""))
    if meaning and not acts and _is_adjective(meaning.split(";")[0]):
        return "(after an adjective) becoming; starting to get (warmer, busier, better)"
    return None
