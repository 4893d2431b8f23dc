"""The meaning the words around an item decide (the sixteenth judged round of issue 11, the
opening of 社戏 and a report on bamboo, rattan and the Three Gorges closure): each rule on
sentences of its own, with the neighbours where it must not fire, and that round's learner
order."""

from __future__ import annotations

from analysed import gloss


def test_definitely_not_following_and_accompanying() -> None:
    assert gloss("一村的人也决没有一个会想出这两个字来。", "决").startswith("definitely")
    assert not gloss("这件事由他来决。", "决").startswith("definitely")
    assert gloss("我便每年跟了母亲住在外婆家里。", "跟").startswith("to follow")
    assert not gloss("我跟他说了这件事。", "跟").startswith("to follow")
    assert gloss("小朋友们都来伴我玩。", "伴").startswith("to accompany")
    assert not gloss("路上有个伴，走得不寂寞。", "伴").startswith("to accompany")


def test_naturally_and_playing() -> None:
    assert gloss("我后无回路，自然挤而又挤，终于出了门。", "自然").startswith("naturally")
    assert not gloss("我们要保护自然，爱惜山水。", "自然").startswith("naturally")
    assert gloss("他们都来陪我，伴我来游戏。", "游戏").startswith("to play")
    assert not gloss("他每天晚上都玩游戏。", "游戏").startswith("to play")


def test_voicing_mostly_and_still_there() -> None:
    assert gloss("又有人对我发议论，说个不停。", "发").startswith("to voice")
    assert not gloss("他给朋友发了一封信。", "发").startswith("to voice")
    assert gloss("来演出的多是名角。", "多").startswith("mostly")
    assert not gloss("今天来的人很多。", "多").startswith("mostly")
    assert gloss("戏院里人很挤，中间也还有几个空座。", "还有").startswith("there is still")
    assert not gloss("我买了苹果，还有两斤梨。", "还有").startswith("there is still")


def test_raw_material_for_reference_and_a_board() -> None:
    assert gloss("这里年产原藤五千吨。", "原").startswith("raw")
    assert not gloss("他原是一名教师。", "原").startswith("raw")
    assert gloss("数据要报告给指挥部，供决策者参考。", "参考").startswith("reference")
    assert not gloss("你可以参考这本书。", "参考").startswith("reference")
    assert gloss("围堰的倒计时牌终于翻到了零。", "牌").startswith("board")
    assert not gloss("他们在屋里打了一夜的牌。", "牌").startswith("board")


def test_the_first_year_of_an_era() -> None:
    assert gloss("民国元年我初到北京。", "元年").startswith("first year of an era")


def test_money_after_a_unit_of_currency() -> None:
    assert gloss("捐法是两元钱买一张戏票。", "钱") == "money"
    assert not gloss("这几个钱是他攒下的。", "钱").startswith("money")


def test_a_named_organization() -> None:
    assert gloss("国际竹藤组织由中国和加拿大共同发起。", "组织") == "organization"
    assert not gloss("我们要组织人力，由他带队。", "组织").startswith("organization")
    assert not gloss("这次活动由学校组织。", "组织").startswith("organization")


def test_a_plan_with_its_way_or_time() -> None:
    assert gloss("我们准备经过几十年的艰苦奋斗，改变面貌。", "准备").startswith("to intend")
    assert not gloss("他正在准备考试的材料。", "准备").startswith("to intend")
