"""Surnames and the words around them in everyday narrative: 王 in 王阿姨 is "surname Wang",
not "king"; 小 in 小李 is the familiar prefix, not "small"; and two pair patterns (边…边…,
好多了) whose dictionary order opens with another sense."""

from __future__ import annotations

from analysed import items


def test_a_surname_before_a_form_of_address_is_glossed_as_the_surname() -> None:
    assert items("我们遇到了住在楼下的王阿姨。")["王"].gloss.startswith("surname Wang")
    assert items("明天李老师给我们上课。")["李"].gloss.startswith("surname Li")
    assert items("张经理今天不在。")["张"].gloss.startswith("surname Zhang")
    # elsewhere the dictionary's order stands
    assert items("这个国王很老。王说：“来人！”")["王"].gloss.startswith("king")
    assert items("李子很甜，我买了两斤李子。")["李子"].gloss.startswith("plum")


def test_the_familiar_xiao_and_lao_before_a_surname() -> None:
    found = items("周末，小李和妈妈一起去超市买东西。")
    assert found["李"].gloss.startswith("surname Li")
    assert found["小"].gloss.startswith("(before a surname")
    # the rest of the entry is kept
    assert any("small" in d for s in found["小"].senses for d in s.definitions)
    # 小 before a noun stays "small": 花 is a surname too, but 小花猫 is a little cat
    found = items("小花猫很可爱。")
    assert found["花"].gloss.startswith("flower")
    assert not items("小花猫很可爱。")["小"].gloss.startswith("(before a surname")
    # words of their own are left alone: 王子 "prince", 小马 "pony"
    assert items("我喜欢小王子。")["王子"].gloss.startswith("prince")
    assert items("小马过河。")["小马"].gloss.startswith("colt")


def test_bian_used_twice_means_while() -> None:
    gloss = items("一家人边吃边聊。")["边"].gloss
    assert gloss.startswith("while") and "边" not in gloss
    assert items("我坐在窗户边。")["边"].gloss.startswith("side")


def test_haoduo_le_at_the_end_of_a_clause_is_much_better() -> None:
    assert items("她说自己的腰疼好多了。")["好多"].gloss == "much better"
    assert items("公园里有好多人。")["好多"].gloss.startswith("many")


def test_lai_after_a_round_number_means_about() -> None:
    assert items("走路十来分钟就到了。")["来"].gloss.startswith("(after a round number) about")
    assert items("他明天来。")["来"].gloss.startswith("to come")


def test_a_yes_no_question_takes_the_reading_the_text_uses() -> None:
    # 要 read yào "to want", not yāo "to demand"
    gloss = items("要不要坐公交车？")["不要"].gloss
    assert gloss.startswith("not to want") and gloss.endswith("(in a yes-or-no question)")


def test_lai_after_a_named_day_is_to_come() -> None:
    for text in ("他明天来。", "她每天来，", "他们昨天来，"):
        assert items(text)["来"].gloss.startswith("to come"), text
    for text in ("三年来，", "几天来，", "两个月来，"):
        assert items(text)["来"].gloss.startswith("over the past"), text


def test_gai_before_a_noun_points_back_and_qian_before_a_number_is_the_first() -> None:
    assert items("该市新能源汽车销量增长了。")["该"].gloss.startswith("this; that; the said")
    assert items("该公司表示。")["该"].gloss.startswith("this; that; the said")
    assert items("你该走了。")["该"].gloss.startswith("should")
    assert items("今年前十个月，销量增长了。")["前"].gloss.startswith("the first; the preceding")
    assert items("五年前，他来过。")["前"].gloss.startswith("before")


def test_half_of_a_two_part_saying_takes_the_sayings_meaning() -> None:
    # the idiom lists hold 三天打鱼 and 一夫当关 alone; CC-CEDICT only the whole saying
    found = items("有的人学什么都三天打鱼。")["三天打鱼"]
    assert found.gloss.startswith("lit. to fish for three days")
    assert "(first half of a saying)" in found.gloss
    assert found.senses[0].source != "composed"
    second = items("这里地势险要，万夫莫开。")["万夫莫开"]
    assert "(second half of a saying)" in second.gloss


def test_a_reference_to_a_saying_with_a_comma_is_followed() -> None:
    # CC-CEDICT: 临渊羡鱼 "see 臨淵羨魚，不如退而結網|临渊羡鱼，不如退而结网[lin2 yuan1 ... , ...]"
    gloss = items("他只会临渊羡鱼，从不动手。")["临渊羡鱼"].gloss
    assert gloss.startswith("better to go home and weave a net")
    assert "[" not in gloss and "~" not in gloss


def test_a_familiar_name_is_spelled_as_prefix_and_surname() -> None:
    from zh_learn.analysis.vocabulary import name_sense

    assert name_sense("小李", ("xiao3", "li3"), "person").definitions[0].endswith("Xiǎo Lǐ")
    assert name_sense("老王", ("lao3", "wang2"), "person").definitions[0].endswith("Lǎo Wáng")
    # a given name after 小 is one word
    assert name_sense("小明", ("xiao3", "ming2"), "person").definitions[0].endswith("Xiǎomíng")
    assert name_sense("丁增安", ("ding1", "zeng1", "an1"), "person").definitions[0].endswith(
        "Dīng Zēng'ān"
    )


def test_a_name_before_a_place_word_is_the_place() -> None:
    gloss = items("妈妈想去大理古城走一走。")["大理"].gloss
    # the hanzi that only translate the English name go, rather than leave "~"
    assert gloss.startswith("Dali Bai autonomous prefecture in Yunnan") and "~" not in gloss
    assert items("我们参观了开封古城。")["开封"].gloss.startswith("Kaifeng")
    assert items("安康一带下了大雨。")["安康"].gloss.startswith("Ankang")
    # elsewhere the common word comes first
    assert items("祝你健康安康。")["安康"].gloss.startswith("good health")
    assert items("他把信开封了。")["开封"].gloss.startswith("to open")


def test_xia_before_rain_or_snow_is_to_fall() -> None:
    for text in ("安康一带下了大雨。", "外面正下着雨。", "昨天下了一场小雪。"):
        assert items(text)["下"].gloss.startswith("(of rain or snow) to fall"), text
    assert items("他下了车。")["下"].gloss.startswith("to go down; to get off")


def test_ke_opening_a_clause_is_but() -> None:
    assert items("柳树还在，可爷爷已经不在了。")["可"].gloss.startswith("but; however")
    assert items("你听好，可别忘了。")["可"].gloss.startswith("(for emphasis) really")
    # inside a clause, after its subject, it is no "but"
    assert not items("你可知道这件事？")["可"].gloss.startswith("but")
