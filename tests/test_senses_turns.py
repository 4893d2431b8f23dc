"""The meaning a set turn decides (the tenth judged round of issue 11, a 1927 letter and news
lines): each rule on sentences of its own, with the neighbours where it must not fire."""

from __future__ import annotations

from analysed import gloss, items


def test_a_literary_zhi_closing_on_a_group_or_a_difference() -> None:
    assert gloss("他也在被邀请之列。", "列").startswith("ranks")
    assert gloss("学科有文理之分，", "分").startswith("distinction")
    # a verb, a measure word, a minute stay what they were
    assert gloss("请把名字列在下面。", "列").startswith("to arrange")
    assert not gloss("他分了三块糖给我。", "分").startswith("distinction")


def test_yishang_opening_a_clause_is_what_was_said() -> None:
    assert gloss("以上是我的意见。", "以上").startswith("the above")
    assert gloss("如以上所说，这不可行。", "以上").startswith("the above")
    assert gloss("十八岁以上的人都可以来。", "以上").startswith("that level or higher")


def test_yuanlai_after_a_comma_before_its_subject() -> None:
    assert gloss("我吓了一跳，原来是他回来了。", "原来").startswith("so, actually")
    assert gloss("他原来住在北京。", "原来").startswith("originally")
    assert gloss("我们按原来的计划走。", "原来").startswith("original")


def test_shenme_after_a_negative_is_any() -> None:
    assert gloss("我不是什么英雄。", "什么").startswith("any")
    assert gloss("这里没有什么好看的。", "什么").startswith("any")
    # a question, and 不知道 asking what, keep "what"
    assert gloss("你想吃什么？", "什么").startswith("what")
    assert gloss("我不知道他要什么。", "什么").startswith("what")
    assert gloss("我不知道什么时候开会。", "什么时候").startswith("when")


def test_xi_before_a_verb_is_carefully() -> None:
    assert gloss("我们细考两派的文章。", "细").startswith("carefully")
    assert gloss("这根线很细。", "细").startswith("thin")


def test_yu_of_a_saying_and_bie_wu() -> None:
    assert gloss("语有之曰：多言多败。", "语").startswith("a saying")
    assert gloss("他会说三种语。", "语").startswith("language")
    assert gloss("此外别无办法。", "别").startswith("other")
    assert gloss("你别走。", "别").startswith("don't")


def test_fang_before_li_is_a_room() -> None:
    assert gloss("他走进房里去了。", "房").startswith("room")
    assert gloss("他们家有房有车。", "房").startswith("house")


def test_na_with_lai_and_a_verb_is_to_use() -> None:
    assert gloss("他拿事实来说明问题。", "拿").startswith("to use")
    assert gloss("他拿着一本书。", "拿").startswith("to hold")
    assert gloss("拿是拿不来的，还得托人。", "拿").startswith("to hold")
    assert gloss("你把书拿起来吧。", "拿").startswith("to hold")


def test_hui_closing_a_clause_after_a_verb_is_a_meeting() -> None:
    assert gloss("学生们开了一个欢迎会。", "会").startswith("meeting")
    assert gloss("他明天会来。", "会").startswith("can")
    assert gloss("这个我也会。", "会").startswith("can")


def test_jiang_before_a_pronoun_or_this_marks_the_object() -> None:
    assert gloss("他们将我送回了家。", "将").startswith("(marks the object")
    assert gloss("请将这封信交给他。", "将").startswith("(marks the object")
    assert gloss("我们将这样做下去。", "将").startswith("will")
    assert gloss("他将在北京住三年。", "将").startswith("will")


def test_ping_before_chu_is_to_choose_by_appraisal() -> None:
    assert gloss("会议评出十个项目。", "评").startswith("to judge")
    assert gloss("大家评一评这件事。", "评").startswith("to discuss")


def test_set_turns_of_breath_always_young_and_terrain() -> None:
    assert gloss("他叹了口气。", "口气").startswith("a breath")
    assert gloss("大家都松了口气。", "口气").startswith("a breath")
    assert gloss("他说话的口气很大。", "口气").startswith("tone of voice")
    assert gloss("你别老说这些。", "老").startswith("always")
    assert gloss("他是个老寡妇的儿子。", "老").startswith("old")
    assert gloss("你这个毛丫头！", "毛").startswith("young")
    assert gloss("毛老师来了。", "毛").startswith("surname Mao")
    assert gloss("这里地势高下不平。", "高下").startswith("high and low")
    assert gloss("两人比武，一决高下。", "高下").startswith("relative superiority")
    assert gloss("大家闹得个不亦乐乎。", "不亦乐乎").startswith("extremely")
    assert gloss("烦恼皆因强出头。", "出头").startswith("to push oneself forward")


def test_a_noun_first_character_before_this_and_its_noun_is_a_verb() -> None:
    assert gloss("我如有作品，题这名目最好。", "题").startswith("to inscribe")
    assert gloss("这道题这么难。", "题").startswith("topic")
    assert gloss("人这一辈子不容易。", "人").startswith("person")


def test_learner_order_of_the_tenth_round() -> None:
    assert gloss("老师曰：好。", "曰").startswith("to say")
    assert gloss("祝你生日快乐！", "祝").startswith("to wish")
    assert gloss("他的态度很好。", "态度").startswith("attitude")
    assert gloss("她自有一段风流态度。", "态度").startswith("manner")
    assert gloss("行礼祝告毕，起身。", "祝").startswith("to pray")
    assert gloss("杭州有人间天堂之称。", "称").startswith("name")
    assert gloss("据一位官员称，项目已经完成。", "称").startswith("to state")
    assert gloss("人们称它为物候。", "称").startswith("to name")
    assert gloss("杭州古称“余杭”。", "称").startswith("to name")
    assert gloss("说完，大家称赏，饮了酒。", "称").startswith("to praise")
    assert gloss("落后的产品会被淘汰。", "淘汰").startswith("to eliminate")
    assert gloss("咔嚓一声，树枝断了。", "咔嚓").startswith("(onom.)")
    assert gloss("这是一项综合性研究。", "综合性").startswith("comprehensive")
    assert gloss("他教我思念故乡。", "教").startswith("to make")


def test_readings_of_the_tenth_round() -> None:
    found = items("孩子们给画上色。门的把手坏了。")
    assert found["上色"].pinyin_numbers == "shang4 shai3"
    assert found["上色"].gloss.startswith("to color")
    assert found["把手"].pinyin_numbers == "ba3 shou5"
    assert found["把手"].gloss.startswith("handle")
    assert items("我倒并不觉得怎样。")["倒"].pinyin_numbers == "dao4"
    assert items("他摔倒并受伤了。")["摔倒"].pinyin_numbers == "shuai1 dao3"
    assert items("这教我思念故乡。")["教"].pinyin_numbers == "jiao4"
    assert items("他教我唱歌。")["教"].pinyin_numbers == "jiao1"


def test_ten_minutes_is_ten_and_minutes() -> None:
    # 十分 "very" is a word, but before 钟 the number and 分钟 (a clock is no part of it)
    found = items("我等了十分钟。")
    assert "分钟" in found and "钟" not in found and "十分" not in found
    assert items("他十分高兴。")["十分"].gloss.startswith("very")
    # 十分钟爱: very fond of (the cut had 十分 钟 爱)
    found = items("他十分钟爱这个孙子。")
    assert found["十分"].gloss.startswith("very") and "钟爱" in found
