"""Words beside a number or a measure word, where the dictionary's order or a measure
word's first sense would mislead: a score's 比, a temperature's 度, the hour's 点, 一道 before
a noun, and 当 … 时 "when"; and 才能 read as 才 + 能 before a verb."""

from __future__ import annotations

from analysed import items
from zh_learn.analysis.pipeline import analyze


def words(text: str) -> list[str]:
    return [t.text for t in analyze(text, cache=False).document.tokens]


def test_bi_between_two_numbers_is_a_score() -> None:
    assert items("上半场结束时，两队战成三比三。")["比"].gloss.startswith("to (between")
    assert items("今天比昨天热。")["比"].gloss.startswith("than")


def test_du_after_a_number_is_a_degree_unless_a_verb_follows() -> None:
    assert items("明天最高气温二十五度。")["度"].gloss.startswith("degree")
    assert items("这位选手曾经两度获得冠军。")["度"].gloss.startswith("classifier for occurrences")


def test_dian_after_a_number_is_the_hour_or_an_item_of_a_list() -> None:
    assert items("我们晚上八点见面。")["点"].gloss.startswith("o'clock")
    assert items("会上他提了三点建议。")["点"].gloss.startswith("point; item")
    assert items("这点小事不用担心。")["点"].gloss.startswith("a little")


def test_yidao_before_a_noun_counts_it_and_before_a_verb_means_together() -> None:
    gloss = items("老师出了一道数学题。")["一道"].gloss
    assert gloss.startswith("a; one (classifier") and "道" not in gloss
    assert items("周末我们一道去爬山吧。")["一道"].gloss.startswith("together")


def test_dang_with_shi_closing_the_clause_means_when() -> None:
    assert items("当我回到家时，天已经黑了。")["当"].gloss.startswith("when")
    assert not items("他想当一名医生。")["当"].gloss.startswith("when")


def test_an_abbreviation_pointer_is_dropped_when_the_word_has_a_meaning() -> None:
    assert items("太阳从东边升起来了。")["太阳"].gloss == "sun"


def test_caineng_before_a_verb_is_only_then_can() -> None:
    cut = words("只有多练习，才能说好汉语。")
    assert "才能" not in cut and cut[cut.index("才") + 1] == "能"
    # the noun "talent" stays a word: after 的 or 有, or closing the clause
    assert "才能" in words("他的才能得到了大家的认可。")
    assert "才能" in words("这个年轻人很有才能。")
    assert "才能" in words("每个人都应该发挥自己的才能。")


def test_one_and_a_measure_word_before_a_noun_counts_it() -> None:
    gloss = items("我家楼下新开了一家咖啡店。")["一家"].gloss
    assert gloss.startswith("a; one (classifier for families or businesses") and "家" not in gloss
    assert items("农民家里养了一头牛。")["一头"].gloss.startswith("a; one (classifier")
    # before a verb, or as a word of its own, the dictionary's sense stands
    assert items("过年的时候一家团聚。")["一家"].gloss.startswith("the whole family")


def test_qian_after_an_event_and_before_a_number_is_before() -> None:
    assert items("睡觉前半个小时，最好别喝咖啡。")["前"].gloss.startswith("before")
    assert items("今年前三个月，出口增长很快。")["前"].gloss.startswith("the first")


def test_a_complement_of_ability_after_a_verb() -> None:
    assert items("我的钥匙怎么也找不到了。")["不到"].gloss.startswith("(after a verb) cannot")


def test_an_animal_after_lao_or_xiao_is_no_surname() -> None:
    found = items("小猫在院子里问了老牛，又问了小羊。")
    assert found["牛"].gloss.startswith("ox")
    assert not found["老"].gloss.startswith("(before a surname")
    # a form of address still makes it one
    assert items("马老师今天请假了。")["马"].gloss.startswith("surname Ma")


def test_bie_zhe_is_bie2_dont() -> None:
    found = items("妈妈说：“别着急，慢慢来。”")["别"]
    assert found.syllables == ("bie2",) and found.traditional == "別"


def test_decimals_and_times_in_chinese_numerals_are_numbers() -> None:
    cut = words("物价同比上涨百分之零点八，出口增长一点五倍，会议下午两点四十分开始。")
    assert {"零点八", "一点五", "两点", "四十分"} <= set(cut)
    assert "零点" not in cut and "一点" not in cut
    # 一点 "a little" and the hour alone are left as they were
    assert "一点" in words("请你说慢一点。")
    assert "一点一滴" in words("知识要一点一滴地积累。")


def test_an_idiom_opening_with_a_numeral_is_no_number() -> None:
    assert items("他学了几天就半途而废了。")["就"].gloss.startswith("then")
    assert items("他就三岁，还不懂事。")["就"].gloss.startswith("only")


def test_notices_and_manuals_qing_jiang_and_ru() -> None:
    assert items("使用前请将电池充满电。")["将"].gloss.startswith("(marks the object")
    assert items("明天将有大雨。")["将"].gloss.startswith("will")
    gloss = items("如有问题，请及时联系老师。")["如"].gloss
    assert gloss.startswith("if") and "如" not in gloss
    assert not items("他的心情如大海一样平静。")["如"].gloss.startswith("if")


def test_a_pointer_that_only_names_the_word_itself_goes() -> None:
    assert "~" not in items("把手机放在桌上即可。")["即可"].gloss


def test_a_day_word_before_xia_and_an_aspect_particle() -> None:
    assert words("那天下着大雨。")[:3] == ["那天", "下", "着"]
    assert "天下" in words("天下没有免费的午餐。")


def test_a_decimal_after_a_number_with_its_unit_is_cut_once() -> None:
    text = "投资2021年三点五亿元。"
    cut = words(text)
    assert "".join(cut) == text and "三点五" in cut


def test_kuai_before_qian_or_a_number_is_money() -> None:
    assert items("这本书只要十五块钱。")["块"].gloss.startswith("(colloquial) yuan")
    assert items("我吃了两块蛋糕。")["块"].gloss.startswith("classifier for pieces")


def test_a_spelling_note_is_no_meaning() -> None:
    assert "also written" not in items("吃完饭我们去结账。")["结账"].gloss


def test_hui_opening_a_clause_before_a_place_word_is_the_meeting() -> None:
    assert items("会上，大家讨论了明年的计划。")["会"].gloss.startswith("meeting")
    assert items("不听话，会后悔的。")["会"].gloss.startswith("can; will")


def test_a_verb_said_again_before_de() -> None:
    assert words("他唱歌唱得很好听。")[1:4] == ["唱歌", "唱", "得"]
    assert words("她说话说得很快。")[1:4] == ["说话", "说", "得"]


def test_qilai_after_an_adjective_is_a_state_setting_in() -> None:
    assert items("到了四月，天气暖和起来了。")["起来"].gloss.startswith("(after an adjective)")
    assert not items("他从椅子上站了起来。")["起来"].gloss.startswith("(after an adjective)")


def test_chang_counting_rain_is_the_event_classifier() -> None:
    found = items("一场春雨过后，空气格外清新。")["场"]
    assert found.syllables == ("chang2",) and found.gloss.startswith("classifier for events")


def test_a_number_the_cut_gave_in_pieces_is_one_number() -> None:
    assert "三十八" in words("他发烧到三十八度五。")
    assert "一百二十八" in words("一共花了一百二十八块五。")
    assert "第三十" in words("他考了第三十名。")
    # idioms made of numerals stay as they are
    assert "十万八千里" in words("差了十万八千里。")
    assert "一五一十" in words("他一五一十地说了。")


def test_liang_measuring_dianr_and_xing_closing_a_clause() -> None:
    assert items("护士给我量了体温。")["量"].syllables == ("liang2",)
    assert items("你吃点儿药吧。")["点儿"].gloss.startswith("a little")
    assert items("多喝水就行了。")["行"].gloss.startswith("all right")
