"""The meaning the words around an item decide (the thirteenth judged round of issue 11, a
short story and news lines): each rule on sentences of its own, with the neighbours where it
must not fire, and the readings and learner order of that round."""

from __future__ import annotations

from analysed import gloss, items


def test_zuoyou_after_a_number_is_about() -> None:
    about = "about; approximately"
    assert gloss("用三年左右的时间完成。", "左右").startswith(about)
    assert gloss("已占总产值的５０％左右，增势强劲。", "左右").startswith(about)
    assert gloss("他站在门的左右。", "左右").startswith("left and right")


def test_earnestly_fully_jointly_and_key() -> None:
    assert gloss("要切实保证质量。", "切实").startswith("earnestly")
    assert gloss("这些办法很切实。", "切实").startswith("feasible")
    assert gloss("要采取切实措施。", "切实").startswith("feasible")
    assert gloss("他充分利用了时间。", "充分").startswith("fully")
    assert gloss("对此作了充分肯定。", "充分").startswith("ample")
    assert gloss("这次会议由两国共同举办。", "共同").startswith("jointly")
    assert gloss("我们有共同的目标。", "共同").startswith("common")
    assert gloss("这是一家重点企业。", "重点").startswith("key")
    assert gloss("工作的重点是安全。", "重点").startswith("important point")


def test_to_affirm_and_an_understanding() -> None:
    assert gloss("他充分肯定了这次会议的成绩。", "肯定").startswith("to affirm")
    assert gloss("他肯定会来。", "肯定").startswith("to be certain")
    assert gloss("有些模糊认识还没有澄清。", "认识").startswith("understanding")
    assert gloss("我认识他。", "认识").startswith("to know")


def test_bring_into_play_land_and_under() -> None:
    play = "to bring into play"
    assert gloss("党组织要发挥政治核心作用。", "发挥").startswith(play)
    assert gloss("他在文章里发挥了这个想法。", "发挥").startswith("to bring out")
    assert gloss("三年实现二百万亩地单产过百。", "地").startswith("land")
    assert gloss("在“一黑一白”拓展的市场推动下，产业勃兴。", "下").startswith("under")
    assert gloss("他往下看。", "下").startswith("down")


def test_feed_absolutely_smell_and_familiar() -> None:
    assert gloss("明天去买泥鳅来喂他们。", "喂").startswith("to feed")
    assert gloss("喂，你在哪儿？", "喂").startswith("hey")
    assert gloss("他还是绝无消息。", "绝").startswith("absolutely")
    assert gloss("入芝兰之室，久而不闻其香。", "闻").startswith("to smell")
    assert gloss("我未闻其事。", "闻").startswith("to hear")
    assert gloss("遇到很熟的友人，他便劝他种白菜。", "熟").startswith("familiar")
    assert gloss("苹果已经熟了。", "熟").startswith("ripe")


def test_a_birds_down_among_the_grass_and_a_hubbub() -> None:
    assert gloss("待到小鸭褪了黄毛，他便走了。", "毛").startswith("feather")
    assert gloss("他的毛很长。", "毛").startswith("hair")
    assert gloss("房里，草间，树上，都有昆虫。", "间").startswith("in; among")
    assert gloss("在早春三四月间，桃花开了。", "间").startswith("during")
    assert not gloss("她一面笑，一面走至里间。", "间").startswith("in; among")  # a room
    assert not gloss("他在椅上住下。", "下").startswith("under")  # 在… and a verb before 下
    assert gloss("只以为很是嚷嚷罢了。", "嚷嚷").startswith("noisy")
    assert gloss("他大声嚷嚷着。", "嚷嚷").startswith("to argue noisily")


def test_liable_to_rush_and_where() -> None:
    assert gloss("小鸡是容易积食的。", "容易").startswith("liable to")
    assert gloss("这道题很容易做。", "容易").startswith("easy")
    assert gloss("要防止赶进度、走过场。", "赶").startswith("to hurry")
    item = items("不知道他究竟在那里了。")["那里"]
    assert item.gloss.startswith("where") and item.pinyin_numbers == "na3 li5"
    item = items("他在那里等你。")["那里"]
    assert item.gloss.startswith("there") and item.pinyin_numbers == "na4 li5"


def test_learner_order_of_the_thirteenth_round() -> None:
    assert gloss("劝伊养蜂。", "伊").startswith("(old) third person singular pronoun")
    assert gloss("后来家里果然有了许多小鸡。", "果然").startswith("sure enough")
    assert gloss("展示了美好前景。", "前景").startswith("(future) prospects")
    assert gloss("去年一下子就有了。", "一下子").startswith("all at once")
    assert gloss("个别的还存在某些情绪。", "个别").startswith("just one or two")
    assert gloss("容不下他们盘桓了。", "盘桓").startswith("to linger")
    assert gloss("实在是一个极合式的处所。", "合式").startswith("suitable")


def test_words_of_the_thirteenth_round() -> None:
    found = items("小鸡容易积食，发痧。他渴念着母亲。地气北转了。与虫声相和协。党建工作。")
    for word in ("发痧", "渴念", "地气", "和协", "党建"):
        assert word in found, word


def test_wei_for_whom_an_act_is_done() -> None:
    assert items("胡锦涛为学员颁发证书。")["为"].pinyin_numbers == "wei4"
    assert items("为打好国企改革攻坚战作准备。")["为"].pinyin_numbers == "wei4"
    assert items("，为新疆棉花全面高产展示了美好前景。")["为"].pinyin_numbers == "wei4"
    assert items("，为西藏的经济发展增添了新的动力。")["为"].pinyin_numbers == "wei4"
    assert items("大家一道，为发展人口科学而努力。")["为"].pinyin_numbers == "wei4"
    # 以…为…, 为…所 and 为 after a verb of naming stay wéi
    assert items("以学员为中心提供服务。")["为"].pinyin_numbers == "wei2"
    assert items("他被选为学员代表并颁发奖状。")["为"].pinyin_numbers == "wei2"
    assert items("他为人民所爱戴。")["为"].pinyin_numbers == "wei2"


def test_the_end_of_a_season_clarify_wings_and_training() -> None:
    assert gloss("现在又从夏末交了冬初。", "末").startswith("end (of a period)")
    assert gloss("有些认识还没有得到很好澄清。", "澄清").startswith("to clarify")
    assert gloss("全池已经是浑水，过了半天，澄清了。", "澄清").startswith("clear (of liquid)")
    assert gloss("他们便游水，拍翅子。", "翅子").startswith("wing")
    assert gloss("这次培训工作是按计划进行的。", "培训").startswith("to train")
