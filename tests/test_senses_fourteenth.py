"""The meaning the words around an item decide (the fourteenth judged round of issue 11, a
story of 1920 and a bank report): each rule on sentences of its own, with the neighbours
where it must not fire, and the readings and learner order of that round."""

from __future__ import annotations

import re

from analysed import gloss, items
from zh_learn.analysis.pipeline import analyze


def reading(text: str, word: str) -> str:
    return items(text)[word].pinyin_numbers


def test_a_turn_a_flag_and_a_name_struck_off() -> None:
    assert gloss("谁知道头发的苦轮到我了。", "轮").startswith("to take turns")
    assert gloss("汽车的轮坏了。", "轮").startswith("wheel")
    assert gloss("警察到门，吩咐道‘挂旗！’", "挂旗").startswith("to hang out a flag")
    assert gloss("门口有一面挂旗。", "挂旗").startswith("vertical banner")
    assert gloss("他被学校除了名。", "除了").startswith("to strike off")
    assert gloss("除了他，大家都来了。", "除了").startswith("besides")


def test_a_surname_after_a_name_is_introduced() -> None:
    assert gloss("一位名叫窦政的老职工来了。", "窦").startswith("surname Dou")


def test_when_over_a_span_and_in_someones_view() -> None:
    assert gloss("当他看到全是新钞，当场抽出几张。", "当").startswith("when")
    assert gloss("一天下来常常腰酸腿疼。", "下来").startswith("over")
    assert gloss("他从楼上走下来。", "下来").startswith("(after a verb) down")
    assert gloss("在营业员看来是很平常的事。", "看来").startswith("in (sb's) view")
    assert gloss("看来他不会来了。", "看来").startswith("apparently")


def test_uniform_warmly_items_and_regard() -> None:
    assert gloss("二十多位职工统一着装。", "统一").startswith("unified")
    assert gloss("秦始皇统一了全国。", "统一").startswith("to unify")
    assert gloss("营业员立即热情地起立问候。", "热情").startswith("warmly")
    assert gloss("记者随意摘录了几条：“用我的真诚”。", "条").startswith("classifier for items")
    assert gloss("他提出了三条意见。", "条").startswith("classifier for items")
    assert gloss("这里有一条河。", "条").startswith("classifier for long narrow")
    assert gloss("请务必收下我这份心意。", "心意").startswith("regard")
    assert gloss("内镶本人照片。", "本人").startswith("oneself")
    assert gloss("本人认为这样不行。", "本人").startswith("I; me")


def test_verbs_and_nouns_the_neighbours_decide() -> None:
    assert gloss("何以偏要引乞丐来打杀？", "引").startswith("to attract")
    assert gloss("我揭去一张隔夜的日历。", "揭").startswith("to take off")
    assert gloss("宫刑也是一件吓人的罚。", "罚").startswith("punishment")
    assert gloss("古今来多少人吃些毫无价值的苦。", "苦").startswith("hardship")
    assert gloss("这药很苦。", "苦").startswith("bitter")
    assert gloss("这样一直到夜，收了旗关门。", "收").startswith("to take in")
    assert gloss("留校不能，回家不得。", "不得").startswith("cannot")
    assert gloss("武器在那里？", "那里").startswith("where")
    assert gloss("他拿起手杖来。", "起").startswith("(after a verb) up")
    assert not gloss("你打得起他么？", "起").startswith("(after a verb) up")


def test_readings_of_the_round() -> None:
    assert reading("她却一点也不觉得累。", "累") == "lei4"
    assert reading("营业员的言语、举止无一例外。", "言语") == "yan2 yu3"
    assert reading("他们骂得更利害。", "利害") == "li4 hai5"
    assert reading("做事要权衡利害。", "利害") == "li4 hai4"
    assert reading("连尸首也不知那里去了。", "那里") == "na3 li5"
    assert reading("开始岗前宣誓。", "岗") == "gang3"
    assert reading("营业员如数为其准备好大额现款。", "为") == "wei4"


def test_learner_order_and_supplement_of_the_round() -> None:
    assert gloss("至今还时时记得。", "至今").startswith("to this day")
    assert gloss("他显出得意的模样。", "显出").startswith("to exhibit")
    assert gloss("这天下班，她却不累。", "这天").startswith("this day")
    assert gloss("开始岗前宣誓。", "岗").startswith("(bound form) job")
    assert gloss("我大抵任他自言自语，不赞一辞。", "不赞一辞").startswith("to keep silent")


def test_no_gloss_of_the_round_shows_chinese() -> None:
    text = "谁知道头发的苦轮到我了。吩咐道‘挂旗！’他被学校除了名。在营业员看来是平常的事。"
    for item in analyze(text, cache=False).vocabulary.items:
        assert not re.search(r"[\u4e00-\u9fff]", item.gloss.split(";")[0]), item.gloss


def test_small_change_and_for_whom_after_yi() -> None:
    assert gloss("这位老人常来这里兑换残零币。", "零").startswith("fractional")
    assert reading("我们要以优质服务、高效工作为客户提供方便。", "为") == "wei4"
    assert reading("以学员为中心提供服务。", "为") == "wei2"
    assert gloss("如今你娘死了，从前看来你两个的娘只有好的。", "看来").startswith("apparently")
    assert gloss("据刑法看来，最要紧的自然是脑袋。", "看来").startswith("in (sb's) view")
