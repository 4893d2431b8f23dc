"""What an item means: the sense its sentence uses first, its traditional form there,
glosses composed from parts (never showing the characters), measure words and markup."""

from __future__ import annotations

import re
from typing import Any

import pytest

from zh_learn.analysis.lexicon import lexicon, readable
from zh_learn.analysis.pipeline import analyze
from zh_learn.analysis.senses import context_role, item_senses
from zh_learn.models import VocabItem, Vocabulary

HANZI = re.compile(r"[\u3400-\u9fff]")


def by_word(vocab: Any) -> dict[str, VocabItem]:
    assert isinstance(vocab, Vocabulary)
    return {item.simplified: item for item in vocab.items}


@pytest.mark.parametrize(
    ("text", "offset", "word", "role"),
    [
        ("他对我说", 1, "对", "before"),
        ("你说得对。", 3, "对", "end"),
        ("你说得对了", 3, "对", "end"),
        ("买了一把伞", 3, "把", "counted"),
        ("各项工作", 1, "项", "counted"),
        ("孩子才三岁", 2, "才", "before_number"),
    ],
    ids=["before", "end", "end-particle", "counted", "each", "before-number"],
)
def test_context_role(text: str, offset: int, word: str, role: str) -> None:
    assert context_role(text, offset, word) == role


def test_the_first_gloss_is_the_sense_the_sentence_uses() -> None:
    items = by_word(analyze("他对我说，你说得对。他才来。孩子才三岁。他把书放在桌上。").vocabulary)
    assert items["对"].gloss.startswith("towards")
    assert items["才"].gloss.startswith("only then")
    assert items["把"].gloss.startswith("(marks the object")
    # every dictionary sense is kept after the one shown first
    definitions = [d for s in items["对"].senses for d in s.definitions]
    assert "right; correct" in definitions and "classifier: couple; pair" in definitions


def test_learner_order_for_everyday_words() -> None:
    items = by_word(analyze("家长们都来了，一声大叫。").vocabulary)
    assert items["家长"].gloss.startswith("parent")
    assert items["一声"].gloss.startswith("a cry")


def test_traditional_form_and_reading_follow_the_sentence() -> None:
    items = by_word(analyze("我干了一杯酒。考过五级后，他走了。").vocabulary)
    assert items["干"].traditional == "乾"
    assert items["干"].pinyin == "gān"
    assert items["干"].gloss.startswith("dry")
    assert items["后"].traditional == "後"
    assert "empress" not in items["后"].gloss


def test_composed_glosses_never_show_hanzi() -> None:
    items = by_word(analyze("他出将入相，门前坐着十来个华冠丽服之人，穿红着绿。").vocabulary)
    assert items["出将入相"].gloss == "to go out + general + to enter + appearance"
    assert items["华冠丽服"].gloss == "splendid + crown + beautiful + clothes"
    composed = [i for i in items.values() if i.senses and i.senses[0].source == "composed"]
    assert len(composed) >= 3
    for item in composed:
        assert not HANZI.search(item.gloss), item.gloss


def test_composed_glosses_choose_their_pieces() -> None:
    from zh_learn.analysis.lexicon import lexicon
    from zh_learn.analysis.senses import composed_sense

    lex = lexicon()

    def gloss(word: str, pinyin: str) -> str:
        sense = composed_sense(word, tuple(pinyin.split()), lex)
        assert sense is not None
        return sense.definitions[0]

    assert gloss("放风筝", "fang4 feng1 zheng1") == "to put + kite"
    assert gloss("外婆家", "wai4 po2 jia1") == "(coll.) mother's mother + home"
    assert gloss("三分钟", "san1 fen1 zhong1") == "three + minute"
    assert gloss("睡不着", "shui4 bu4 zhao2") == "to sleep + not able to + successfully"
    assert gloss("便会", "bian4 hui4") == "then + will"
    assert gloss("三天", "san1 tian1") == "three + day(s)"
    assert gloss("桌上", "zhuo1 shang4") == "table + on"
    assert gloss("倒掉", "dao4 diao4") == "to pour + away"


def test_an_items_own_characters_never_appear_in_its_gloss() -> None:
    items = by_word(analyze("他把门打开，只有你知道。").vocabulary)
    for item in items.values():
        assert not set(item.simplified) & set(item.gloss), (item.simplified, item.gloss)


def test_measure_words_and_readable_markup() -> None:
    lex = lexicon()
    friend = lex.senses("朋友")[0]
    assert friend.definitions == ("friend",)
    assert [(c.simplified, c.traditional, c.pinyin) for c in friend.classifiers] == [
        ("个", "個", "gè"),
        ("位", "位", "wèi"),
    ]
    # a classifier note inside a definition ("dinosaur; CL:頭|头[tou2]") leaves it too
    dinosaur = lex.senses("恐龙")[0]
    assert dinosaur.definitions[0] == "dinosaur"
    assert [c.simplified for c in dinosaur.classifiers] == ["头"]
    mother = lex.senses("母亲")[0]
    assert mother.also == ("mu3 qin5",)
    assert all("also pr." not in d for d in mother.definitions)
    assert readable("see 什麼|什么[shen2 me5]") == "see 什么 (shén me)"
    assert readable("classifier for enumerated events: time [ci4]") == (
        "classifier for enumerated events: time cì"
    )


def test_json_carries_classifiers(runner: Any) -> None:
    import json

    from zh_learn.cli.app import cli

    result = runner.invoke(
        cli, ["vocab", "-", "--format", "json"], input="我的朋友。", catch_exceptions=False
    )
    data = json.loads(result.output)
    friend = next(i for i in data["items"] if i["simplified"] == "朋友")
    assert friend["classifiers"][0] == {"simplified": "个", "traditional": "個", "pinyin": "gè"}
    assert "CL:" not in friend["gloss"]


def test_learner_order_table_moves_cedict_definitions_only() -> None:
    """Each row of data/first_senses.tsv names one of CC-CEDICT's own definitions, which then
    comes first for its reading; no definition is added or lost."""
    from zh_learn.analysis.lexicon import _first_definitions, _parse_senses
    from zh_learn.package_data import read_rows

    lex = lexicon()
    rows = list(read_rows("first_senses.tsv"))
    assert len({(w, r) for w, r, _ in rows}) == len(rows)  # one row per word and reading
    for word, reading, start in rows:
        assert not HANZI.search(start)
        senses = lex.senses(word)
        first = next(s for s in senses if " ".join(s.pinyin.split()) == reading)
        assert first.definitions[0].startswith(start), (word, first.definitions[:3])
        raw = lex.entries[word]
        before = sorted(d for s in _parse_senses(raw) for d in s.definitions)
        assert sorted(d for s in senses for d in s.definitions) == before
    assert "周" in _first_definitions()


def test_learner_order_in_a_text() -> None:
    items = by_word(analyze("这个项目过了一个月才开始。").vocabulary)
    assert items["项目"].gloss.startswith("project")
    assert items["月"].gloss.startswith("month")
    # the entry CC-CEDICT lists second (週 "week") comes before 周 "to make a circuit"
    assert lexicon().senses("周")[1].definitions[0] == "week"


def test_a_complement_after_a_verb() -> None:
    items = by_word(analyze("大家都笑起来了。").vocabulary)
    assert items["起来"].gloss.startswith("(after a verb)")
    items = by_word(analyze("你能抄下来么？").vocabulary)
    assert items["下来"].gloss.startswith("(after a verb) down")
    items = by_word(analyze("他走过去了。").vocabulary)
    assert items["过去"].gloss.startswith("(after a verb) over")
    # not after a pronoun, nor 过去 as "the past"
    items = by_word(analyze("他起来了。").vocabulary)
    assert items["起来"].gloss.startswith("to stand up")
    items = by_word(analyze("在过去的一年里，我们很忙。").vocabulary)
    assert items["过去"].gloss.startswith("(in the) past")


def test_a_character_before_le_is_a_verb_unless_an_adjective() -> None:
    items = by_word(analyze("他用被子盖了全身。").vocabulary)
    assert items["盖"].gloss.startswith("to cover")
    items = by_word(analyze("他病了。").vocabulary)
    assert items["病"].gloss.startswith("to fall ill")
    items = by_word(analyze("我忙了一天。").vocabulary)
    assert items["忙"].gloss.startswith("busy")
    items = by_word(analyze("你要照着黑板上的画。").vocabulary)
    assert items["照"].gloss.startswith("according to")


def test_jiang_marks_the_object_across_a_list() -> None:
    items = by_word(analyze("国家将宣传、弘扬英雄事迹作为重要内容。").vocabulary)
    assert items["将"].gloss.startswith("(marks the object")


def test_an_aside_naming_the_word_itself_is_dropped() -> None:
    items = by_word(analyze("他直接去了第三个地方。").vocabulary)
    assert items["直接"].definitions[0] == "direct"
    # an aside that is the whole definition stays, with the word's characters left out
    first = item_senses("第", ("di4",), lexicon())[0].definitions[0]
    assert first.startswith("(prefix indicating ordinal number")


def test_a_reading_without_an_entry_takes_the_one_differing_by_a_neutral_tone() -> None:
    from zh_learn.analysis.senses import item_senses

    senses = item_senses("好处", ("hao3", "chu4"), lexicon())
    assert senses[0].definitions[0].startswith("benefit")
    assert item_senses("好处", ("hao3", "chu3"), lexicon())[0].definitions[0].startswith("easy")


def test_qi_after_a_date_and_guo_lai_after_a_verb() -> None:
    items = by_word(analyze("绍兴八年（1138年）起，杭州成为首都。").vocabulary)
    assert items["起"].gloss.startswith("starting from (a time)")
    items = by_word(analyze("他起了床。").vocabulary)
    assert items["起"].gloss.startswith("to rise")
    items = by_word(analyze("大禹在此处停靠过船。").vocabulary)
    assert items["过"].gloss.startswith("(after a verb) have done before")
    items = by_word(analyze("将旗人与汉人隔离开来。").vocabulary)
    assert items["来"].gloss.startswith("(after a verb) towards the speaker")
    items = by_word(analyze("他来了。").vocabulary)
    assert items["来"].gloss.startswith("to come")


def test_a_noun_first_character_before_zhe_and_more_complements() -> None:
    items = by_word(analyze("他靠柜外站着喝酒。").vocabulary)
    assert items["站"].gloss.startswith("to stand")
    items = by_word(analyze("他红着脸。").vocabulary)
    assert items["红"].gloss.startswith("red")
    items = by_word(analyze("我端出去。").vocabulary)
    assert items["出去"].gloss.startswith("(after a verb) out")
    items = by_word(analyze("把饭吃完了。").vocabulary)
    assert items["完"].gloss.startswith("(after a verb) finished")


def test_hanzi_that_only_repeat_an_english_name_go_with_no_blank() -> None:
    items = by_word(analyze("江浙一带的人都知道。京沪高铁很快。").vocabulary)
    # CC-CEDICT: "abbr. for Jiangsu 江蘇|江苏[...] and Zhejiang 浙江[...]"
    assert items["江浙"].definitions == ("abbr. for Jiangsu and Zhejiang",)
    # "abbr. for 京沪高速铁路" says nothing once its hanzi go, and another definition is left
    assert all("~" not in d for d in items["京沪高铁"].definitions)
    assert items["京沪高铁"].definitions[0].startswith("Beijing-Shanghai High-Speed Railway")
