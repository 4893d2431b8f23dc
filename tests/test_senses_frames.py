"""The meaning the frame around a word decides (the eleventh judged round of issue 11, a prose
poem and news lines): each rule on sentences of its own, with the neighbours where it must
not fire."""

from __future__ import annotations

from analysed import gloss, items


def test_suo_of_a_passive() -> None:
    passive = "particle introducing a relative clause or passive"
    assert gloss("他被大家所喜爱。", "所").startswith(passive)
    # what he said: a relative 所 after 被, and one with no 被
    assert gloss("他被我所说的话感动了。", "所").startswith("(before a verb) what")
    assert gloss("这是他所写的书。", "所").startswith("(before a verb) what")


def test_zhe_before_its_result_is_to_fold() -> None:
    assert gloss("把纸折成方块。", "折").startswith("to fold")
    assert gloss("他的腿折了。", "折").startswith("to break")


def test_ci_sung_and_a_ghastly_colour() -> None:
    assert gloss("他们唱起春词来。", "词").startswith("lyrics")
    assert gloss("这个词很难。", "词").startswith("word")
    assert gloss("颜色冻得红惨惨地。", "惨").startswith("(of colour) ghastly")
    assert gloss("他死得很惨。", "惨").startswith("miserable")


def test_luan_before_a_verb() -> None:
    assert gloss("蝴蝶乱飞。", "乱").startswith("(before a verb) all over")
    assert gloss("屋里很乱。", "乱").startswith("in confusion")
    assert not gloss("黑须，乱发，黑色短衣。", "乱").startswith("(before a verb)")
    assert not gloss("从大乱走向大治。", "乱").startswith("(before a verb)")


def test_the_last_a_verb_of_control_and_the_back() -> None:
    assert gloss("最末的一天。", "末").startswith("end; last")
    assert gloss("要制他的命。", "制").startswith("to control")
    assert gloss("实行九年制教育。", "制").startswith("system")
    assert gloss("我的后园很大。", "后").startswith("back; rear")
    # after a time, 后 is "after" (三天后 + 门), and a word keeps its own
    assert not gloss("三天后窗开了。", "后").startswith("back")
    assert items("三天后门开了。")["后门"].gloss.startswith("the back door")


def test_greatly_all_the_more_and_highly() -> None:
    assert gloss("他自以为大有深意。", "大").startswith("greatly")
    assert gloss("这个房间很大。", "大").startswith("big")
    assert gloss("天气越加冷了。", "加").startswith("all the more")
    assert gloss("一加一等于二。", "加").startswith("to add")
    assert gloss("受到高度赞扬。", "高度").startswith("highly")
    assert gloss("飞机的高度为一万米。", "高度").startswith("height")


def test_set_turns_of_news() -> None:
    assert gloss("我们认识到问题。", "认识").startswith("to realize")
    assert gloss("我认识他。", "认识").startswith("to know")
    assert gloss("给予了充分肯定。", "肯定").startswith("recognition")
    assert gloss("我肯定会去。", "肯定").startswith("to be certain")
    assert gloss("我们要健全制度。", "健全").startswith("to strengthen")
    assert gloss("这个制度很健全。", "健全").startswith("robust")
    assert gloss("把重点放在服务上来。", "上来").startswith("onto")
    assert gloss("他跑上来了。", "上来").startswith("(after a verb) up")
    assert gloss("他帮助农民致富。", "帮助").startswith("to help")
    assert gloss("这对我大有帮助。", "帮助").startswith("assistance")
    assert gloss("这对生物学没有什么大帮助。", "帮助").startswith("assistance")
    assert gloss("这是很大的帮助。", "帮助").startswith("assistance")


def test_complements_and_counts() -> None:
    assert gloss("弯成弧形。", "成").startswith("(after a verb) into")
    assert gloss("要干成一件事，很难。", "成").startswith("to succeed")
    assert gloss("躲到东边去了。", "到").startswith("(after a verb) to")
    assert gloss("他到了北京。", "到").startswith("to reach")
    assert gloss("只有半粒小麦那么大。", "只有").startswith("only; just")
    assert gloss("只有他知道。", "只有").startswith("only have")
    assert gloss("墙的一角画着花。", "角").startswith("corner")
    assert gloss("春的到来。", "到来").startswith("arrival")
    assert gloss("春天到来了。", "到来").startswith("to arrive")


def test_leftovers_of_the_tenth_round() -> None:
    assert gloss("房租押一付三。", "押一付三").startswith("one month's rent as deposit")
    assert gloss("房租押一付二。", "付").startswith("to pay")
    assert gloss("他买了一付眼镜。", "付").startswith("classifier")
    assert gloss("这首诗我会背。", "背").startswith("to learn by heart")
    assert items("这首诗我会背。")["背"].pinyin_numbers == "bei4"
    assert not gloss("他会背孩子过河。", "背").startswith("to learn by heart")
    assert gloss("大家都已走散了。", "走散").startswith("to disperse")
    assert gloss("孩子和妈妈走散了。", "走散").startswith("to wander off")
    assert gloss("同一记事里说。", "记事").startswith("record")
    assert gloss("他从小就会记事。", "记事").startswith("to keep a record")
    assert gloss("此外别无可称。", "无可").startswith("nothing")


def test_readings_chen_and_wu() -> None:
    assert items("这才称愿。")["称"].pinyin_numbers == "chen4"
    assert items("名实不称。")["称"].pinyin_numbers == "chen4"
    assert items("大家都称他为老师。")["称"].pinyin_numbers == "cheng1"
    assert items("他深恶这种做法。")["恶"].pinyin_numbers == "wu4"
    assert items("这个人很恶。")["恶"].pinyin_numbers == "e4"


def test_sounds_and_short_turns_of_older_prose() -> None:
    assert gloss("窗上丁丁地响。", "丁丁").startswith("(onom.) tinkling")
    assert gloss("她吃吃地笑了。", "吃").startswith("(onom.) sound of muffled laughter")
    assert gloss("我们吃了两个苹果。", "吃").startswith("to eat")
    assert gloss("不多久，他来了。", "多久").startswith("(not) a long time")
    assert gloss("你要等多久？", "多久").startswith("(of time) how long")
    assert gloss("他许是病了。", "许").startswith("perhaps")
    assert gloss("老师许我们早点回家。", "许").startswith("to allow")


def test_a_clause_edge_is_no_neighbour() -> None:
    # a word opening the text: nothing before it can be 越, 有, 不, 干 or a modal
    assert gloss("加一点盐。", "加").startswith("to add")
    assert gloss("多久能到？", "多久").startswith("(of time) how long")
    assert gloss("制度很重要。", "制度").startswith("system")
    assert not gloss("房很大。", "房").startswith("room")
