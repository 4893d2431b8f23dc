"""The meaning the words around an item decide (the twelfth judged round of issue 11, an
animal sketch and news lines): each rule on sentences of its own, with the neighbours where
it must not fire."""

from __future__ import annotations

from analysed import gloss, items


def test_dayue_with_and_without_a_number() -> None:
    assert gloss("他大约是忘了这件事。", "大约").startswith("probably")
    assert gloss("我们大约走了三个小时。", "大约").startswith("approximately")
    assert gloss("大约有五百人来了。", "大约").startswith("approximately")


def test_wild_before_a_plant_or_an_animal() -> None:
    assert gloss("院子里有一棵野桃树。", "野").startswith("wild")
    # closing its clause, 野 is no plant's or animal's (the dictionary's order stands)
    assert not gloss("这孩子很野。", "野").startswith("wild; feral")


def test_an_animals_mouth_and_cry() -> None:
    assert gloss("小鸟落入鹰吻。", "吻").startswith("mouth")
    assert not gloss("她吻了孩子的脸。", "吻").startswith("mouth")
    assert gloss("夜里听到狗的叫声。", "叫声").startswith("cry; call")
    assert gloss("楼上传来孩子的叫声。", "叫声").startswith("yelling")


def test_among_a_counted_group() -> None:
    assert gloss("十个学生之中，有三个病了。", "之中").startswith("among")
    assert gloss("他们之中谁最高？", "之中").startswith("among")
    assert gloss("在不知不觉之中过去了。", "之中").startswith("inside")


def test_net_amounts() -> None:
    assert gloss("今年比去年净增五百元。", "净").startswith("net")
    assert gloss("把桌子擦净。", "净").startswith("clean")


def test_township_beside_a_county() -> None:
    assert gloss("全县有十个乡，乡乡通公路。", "乡").startswith("township")
    assert gloss("他离开了故乡，思念着乡土。", "乡土").startswith("native soil")
    assert gloss("乡里派人去县里报告。", "乡里").startswith("the township")
    assert gloss("他回到乡里，见了父老。", "乡里").startswith("one's home town")


def test_leaders_and_leading() -> None:
    assert gloss("县领导决定立即修路。", "领导").startswith("leader")
    assert gloss("在党的领导下前进。", "领导").startswith("leader")
    assert gloss("他领导大家修路。", "领导").startswith("lead")
    assert not gloss("他领导大家修路。", "领导").startswith("leader")


def test_then_and_since_then() -> None:
    assert gloss("从此他再也没有来过。", "从此").startswith("from then on")
    assert gloss("假使你不去，那么我也不去。", "那么").startswith("then; in that case")
    assert gloss("那么，我们走吧。", "那么").startswith("then; in that case")
    assert gloss("这里的山那么高。", "那么").startswith("like that")


def test_anything_after_a_negative() -> None:
    assert gloss("他不至于有什么危险罢。", "什么").startswith("any; anything")
    # a question keeps "what"
    assert gloss("你还有什么要说的？", "什么").startswith("what")


def test_away_after_a_verb_of_removing() -> None:
    assert gloss("洪水还没有退去，大家又开始干活。", "去").startswith("(after a verb) away")
    # 住去了 "went to live", 处去了 "went to her place": to go
    assert gloss("他搬到城外住去了。", "去").startswith("to go")
    assert gloss("大家都往老师处去了。", "去").startswith("to go")


def test_making_up_a_loss_and_the_four_major() -> None:
    assert gloss("这些损失十年都补不回来。", "补").startswith("to make up for")
    assert gloss("妈妈在补衣服。", "补").startswith("to repair")
    assert gloss("全县四大班子都来了。", "四大").startswith("the four major")


def test_zhi_before_zhaoji() -> None:
    assert gloss("村民直着急。", "直").startswith("continuously")
    assert gloss("他直着身子坐着。", "直").startswith("to straighten")


def test_learner_order_and_a_purpose() -> None:
    assert gloss("这个人要防着点。", "防").startswith("to guard against")
    assert gloss("下了一场雨，小城又有了生机。", "生机").startswith("vitality")
    assert gloss("他的身体很快恢复了。", "恢复").startswith("to restore")
    assert gloss("为安全起见，请系好安全带。", "起见").startswith("for the sake of")


def test_dao_the_adverb() -> None:
    item = items("他倒不在乎这些。")["倒"]
    assert item.pinyin_numbers == "dao4"
    assert item.gloss.startswith("contrary to what one might expect")
    assert items("这棵树倒不了。")["倒"].pinyin_numbers == "dao3"
