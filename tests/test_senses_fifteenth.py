"""The meaning the words around an item decide (the fifteenth judged round of issue 11, the
opening of a story of 1921 and a report on greening and drought): each rule on sentences of
its own, with the neighbours where it must not fire, and that round's learner order."""

from __future__ import annotations

from analysed import gloss


def test_a_shape_a_bamboo_tray_and_facing_the_wind() -> None:
    assert gloss("那东西状如小狗，很凶猛。", "状").startswith("shape")
    assert not gloss("他去衙门告了一状。", "状").startswith("shape")
    assert gloss("他用短棒支起一个大竹匾。", "匾").startswith("shallow round woven bamboo")
    assert gloss("门上挂着一块金字匾。", "匾").startswith("horizontal rectangular")
    assert gloss("枯草的断茎当风抖着。", "当").startswith("facing")
    assert not gloss("他当老师已经十年了。", "当").startswith("facing")


def test_asking_someone_anxious_and_leaving() -> None:
    assert gloss("他后来还托他的父亲带给我一包贝壳。", "托").startswith("to ask (sb")
    assert not gloss("她用手托着下巴想事情。", "托").startswith("to ask (sb")
    assert gloss("我急得大哭，他也躲到厨房里。", "急").startswith("anxious")
    assert not gloss("这件事很急，请马上办。", "急").startswith("anxious")
    assert gloss("我回到别了二十余年的故乡去。", "别").startswith("to leave")
    assert gloss("你别走，再坐一会儿。", "别").startswith("don't")


def test_much_better_and_a_home_village() -> None:
    assert gloss("我的故乡好得多了。", "多").startswith("much (more)")
    assert not gloss("来的人很多，大家都很高兴。", "多").startswith("much (more)")
    assert gloss("我这次回乡，本没有什么好心绪。", "乡").startswith("native place")
    assert not gloss("他从城里到乡下去了，住在乡里。", "乡").startswith("native place")


def test_farming_a_dateline_and_firm_work() -> None:
    assert gloss("过去是广种薄收，现在是精种多收。", "精").startswith("intensively")
    assert gloss("过去是广种薄收，现在是精种多收。", "收").startswith("to harvest")
    assert not gloss("他今天收了很多信。", "收").startswith("to harvest")
    assert gloss("据新华社北京７月１６日电，会议召开。", "电").startswith("dispatch")
    assert gloss("昨天停电了，家里没有电。", "电").startswith("electric")
    assert gloss("要狠抓各项措施的落实。", "狠").startswith("firmly")
    assert gloss("要狠抓各项措施的落实。", "抓").startswith("to attend to")
    assert gloss("这个人心很狠。", "狠").startswith("ruthless")
    assert gloss("猫抓了一只老鼠。", "抓").startswith("to grab")


def test_a_share_and_a_great_effort() -> None:
    assert gloss("流失面积占百分之七十八点四。", "占").startswith("to account for")
    assert not gloss("他们占了那块地。", "占").startswith("to account for")
    assert gloss("要继续下大力抓好减轻农民负担的工作。", "大力").startswith("a great effort")
    assert gloss("要大力发展农业。", "大力").startswith("energetically")


def test_learner_order() -> None:
    assert gloss("木器不便搬运，也卖去了。", "搬运").startswith("to transport")
    assert gloss("只要坚持，就会成功。", "只要").startswith("so long as")
    assert gloss("他们种树种草，固定流沙，沙进人退。", "沙").startswith("sand")
    assert gloss("他的皮毛是油一般的滑。", "滑").startswith("slippery")


def test_erosion_drought_a_notice_a_threat_and_building() -> None:
    assert gloss("流失面积得到治理，水土流失减少了。", "治理").startswith("to bring under control")
    assert gloss("他们用法律治理国家。", "治理").startswith("to govern")
    assert gloss("全国受旱面积达３亿亩以上。", "受").startswith("to suffer")
    assert gloss("由于受厄尔尼诺现象的影响，今年多灾。", "受").startswith("to suffer")
    assert gloss("他受了朋友的礼物。", "受").startswith("to receive")
    assert gloss("按照国务院通知的要求，搞好收购。", "通知").startswith("notice")
    assert gloss("请你通知他明天来开会。", "通知").startswith("to notify")
    assert gloss("旱情对秋粮丰收构成严重威胁。", "威胁").startswith("threat")
    assert gloss("洪水严重威胁着村庄。", "威胁").startswith("to threaten")
    assert gloss("他们兴修水利，建设农田。", "兴").startswith("to build")
    assert gloss("母亲也说好，而且行李也齐了。", "说好").startswith("to agree")


def test_a_gift_and_learner_order_of_this_round() -> None:
    assert gloss("我也曾送他一两次东西。", "送").startswith("to give (as a present)")
    assert not gloss("我送他回家，然后自己走了。", "送").startswith("to give (as a present)")
    assert gloss("他只是不怕我。", "不怕").startswith("not afraid of")
    assert gloss("这畜生很伶俐。", "畜生").startswith("beast")
