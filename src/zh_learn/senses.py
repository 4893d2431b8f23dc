"""What an item means: its senses in learner order, short glosses, and glosses composed from
the parts of a word no dictionary lists."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from dataclasses import replace

from zh_learn.lexicon import WEAK_DEFINITIONS, Lexicon, lexicon
from zh_learn.models import IdiomInfo, Sense
from zh_learn.package_data import read_rows


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
    # The reading used in the text comes first, then the entry with the traditional form
    # used there, common-word senses before proper nouns (也 "also" before "surname Ye") and
    # real meanings before variant cross-references.
    senses.sort(
        key=lambda s: (
            s.source != "supplement",
            cedict_syllables(s.pinyin) != wanted,
            bool(traditional) and s.traditional != traditional,
            s.pinyin[:1].isupper(),
            all(d.startswith(WEAK_DEFINITIONS) for d in s.definitions),
        )
    )
    senses = [_scrubbed(sense, word) for sense in senses]
    if context is not None and senses:
        chosen = _in_context(word, senses[0], *context)
        if chosen is not None:
            senses.insert(0, chosen)
    return tuple(senses)


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


def _scrubbed(sense: Sense, word: str) -> Sense:
    """``sense`` with the word's own characters taken out of its definitions (把: "used to put
    the object before the verb: ~ + noun + verb"), so no question shows its answer."""
    own = set(word)

    def one(m: re.Match[str]) -> str:
        return "~" if own & set(m.group()) else m.group()

    definitions = tuple(_HANZI_NOTE.sub(one, d) for d in sense.definitions)
    return sense if definitions == sense.definitions else replace(sense, definitions=definitions)


#: Where a word stands in its clause, as far as its meaning goes.
_CLAUSE_END = frozenset("，。！？；：、,.!?;:…—“”‘’「」『』（）()《》〈〉 \t\n")
#: Sentence particles after which a word still ends what is said (对了, 够吗).
_TRAILING = frozenset("了吗呢啊吧呀啦嘛哇")
_NUMERALS = frozenset("一二三四五六七八九十百千万两几半0123456789０１２３４５６７８９")


def context_role(text: str, offset: int, word: str) -> str:
    """Where a word stands: "counted" after a number or 这/那/每/各 (一把, 各项), "end" at
    the end of a clause, "before_number" before a number (才三岁), "before" before more
    words (对他说)."""
    before = text[offset - 1 : offset] if offset > 0 else ""
    after = text[offset + len(word) : offset + len(word) + 1]
    if before and (before in _COUNTERS or before.isdigit()):
        return "counted"
    if not after or after in _CLAUSE_END or after in _TRAILING:
        return "end"
    if after in _NUMERALS:
        return "before_number"
    return "before"


@functools.cache
def _context_glosses() -> dict[tuple[str, str], str]:
    """zh-learn's first glosses by where a word stands (``data/context_senses.tsv``)."""
    return {(w, where): gloss for w, where, gloss in read_rows("context_senses.tsv")}


def _in_context(word: str, first: Sense, text: str, offset: int) -> Sense | None:
    """The meaning the text uses, as a sense of its own to go before the dictionary's full
    entry (``first``): a preposition's meaning before a noun (对他: "towards"), an adverb's
    before a verb (才来: "only then"), a measure word's after a number (一把: "classifier
    for things with handles"); None when the dictionary's order stands."""
    role = context_role(text, offset, word)
    table = _context_glosses()
    gloss = table.get((word, role)) or table.get((word, "any"))
    if gloss is None and role == "before_number":
        gloss = table.get((word, "before"))
    if gloss is None and role == "counted" and len(word) == 1:
        gloss = next(
            (d for d in first.definitions if d.startswith(("classifier", "measure word"))), None
        )
    if gloss is None or (gloss,) == first.definitions[:1]:
        return None
    return replace(first, definitions=(gloss,), source="zh-learn")


@functools.lru_cache(maxsize=16384)
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
_COUNTERS = frozenset("一二三四五六七八九十百千万两几半每各这那哪某整首")


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


def _part_gloss(word: str, i: int, complement: bool = False) -> str:
    """Our own gloss for the character at ``i`` of an unknown compound, or "";
    ``complement``: the character is a verb's complement whatever comes before it."""
    table = _part_glosses()
    char = word[i]
    if i == 0:
        gloss = table.get((char, "first"), "")
    elif word[i - 1] in _ADVERBS and not complement:
        gloss = table.get((char, "verb"), "")  # 便会: "will", not "meeting"
    else:
        gloss = table.get((char, "last"), "")
    return gloss or table.get((char, "any"), "")


_HANZI_NOTE = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+(?: \([^)]*\))?")


def without_hanzi(gloss: str) -> str:
    """A gloss with no Chinese characters (or their pinyin notes) left in it."""
    gloss = _HANZI_NOTE.sub("", gloss)
    return re.sub(r"\s{2,}", " ", re.sub(r"\(\s*\)|:\s*(?=[);]|$)", "", gloss)).strip(" :;,")


def _first_meaning(gloss: str) -> str:
    """The first of several meanings, for one part of a composed gloss."""
    return without_hanzi(gloss.removeprefix("(bound form) ").split(";")[0]).strip()


def _usual_reading(char: str, syllables: tuple[str, ...]) -> bool:
    """Whether ``char`` is read its usual way: zh-learn's part glosses are written for that
    reading (将 jiāng "to be going to"); another (将 jiàng "general") takes the dictionary's."""
    if not syllables:
        return True
    from zh_learn.pinyin import tables

    readings = tables().words.get(char)
    return not readings or readings[0] == syllables


def composed_sense(word: str, syllables: tuple[str, ...], lex: Lexicon) -> Sense | None:
    """Gloss an unknown compound by its longest known parts: 中高风险 -> "middle and high +
    risk"; a character after a number or 各/每/这 is glossed as a measure word (一米: "one +
    meter"), a leading number stands alone (三分钟: "three + minute"), and a verb with a
    potential complement reads as one (睡不着: "to sleep + not able to + succeed"). The
    gloss never shows the characters themselves: a learner asked to recall the word must not
    find it in the question."""
    idiom = word in lex.idioms
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
    while i < len(word):
        if potential and i == 1:
            parts.append("not able to" if word[1] == "不" else "so that it is")
            i += 1
            continue
        limit = 1 if potential else min(4, len(word) - i, len(word) - 1)
        for size in range(limit, 0, -1):
            piece = word[i : i + size]
            gloss = ""
            if size == 1 and i and word[i - 1] in _COUNTERS and not idiom:
                gloss = _part_glosses().get((piece, "counted")) or _classifier_gloss(
                    piece, syllables[i : i + 1]
                )
            usual = potential or _usual_reading(piece, syllables[i : i + 1])
            if size == 1 and not gloss and usual:
                # zh-learn's table lists alternatives with commas: the first is shown
                gloss = _part_gloss(word, i, complement=potential).split(",")[0]
            gloss = _first_meaning(gloss or short_gloss(piece, syllables[i : i + size]))
            if gloss:
                parts.append(gloss)
                i += size
                break
        else:
            i += 1
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
                literal = d[5:].replace(" (idiom)", "")
            elif d.startswith("fig. ") and figurative is None:
                figurative = d[5:].replace(" (idiom)", "")
    char_gloss = tuple(
        (ch, short_gloss(ch, (syl,))) for ch, syl in zip(word, syllables, strict=False)
    )
    return IdiomInfo(
        literal=literal,
        figurative=figurative,
        char_gloss=char_gloss,
    )
