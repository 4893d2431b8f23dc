"""The meaning the words around an item decide (the seventeenth judged round of issue 11, the
opening of 药 and an advice column on ethics): each rule on sentences of its own, with the
neighbours where it must not fire, that round's learner order and its readings."""

from __future__ import annotations

from analysed import gloss, items


def reading(text: str, word: str) -> str:
    return items(text)[word].pinyin_numbers


def test_lighting_and_suffering() -> None:
    assert gloss("天黑了，奶奶点上一盏小油灯。", "点").startswith("to light")
    assert gloss("他坐下来，点起一支烟。", "点").startswith("to light")
    assert not gloss("上课了，老师点了他的名字。", "点").startswith("to light")
    assert gloss("听到这个消息，大家都吃了一惊。", "吃").startswith("to suffer")
    assert gloss("他做生意吃过不少亏。", "吃").startswith("to suffer")
    assert not gloss("弟弟吃了一个大苹果。", "吃").startswith("to suffer")


def test_expecting_and_long_since() -> None:
    assert gloss("我料她明天不会再来了。", "料").startswith("to expect")
    assert not gloss("这块料做一件衬衫刚好。", "料").startswith("to expect")
    assert gloss("这些文件早经批准，可以执行。", "经").startswith("already")
    assert not gloss("这条路经北京通到天津。", "经").startswith("already")


def test_feet_and_crowds() -> None:
    assert gloss("走了一天的路，他的两脚又酸又疼。", "脚").startswith("foot")
    assert not gloss("他生气地踢了两脚。", "脚").startswith("foot")
    assert gloss("门一开，孩子们都拥进了教室。", "拥").startswith("to throng")
    assert not gloss("妈妈紧紧地拥着女儿。", "拥").startswith("to throng")
    assert gloss("车上人太多，差点把老人挤倒。", "挤").startswith("to push")
    assert not gloss("每天早上地铁里都很挤。", "挤").startswith("to push")
    assert gloss("小偷一把抢过她的手机就跑。", "抢").startswith("to snatch")
    assert not gloss("大家都抢着回答问题。", "抢").startswith("to snatch")


def test_going_out_round_and_pounding() -> None:
    assert gloss("风太大，蜡烛一下子就熄了。", "熄").startswith("to go out")
    assert not gloss("睡觉前他熄了灯。", "熄").startswith("to go out")
    assert gloss("桌上摆着几个圆盒子。", "圆").startswith("round")
    assert not gloss("老师在黑板上画了一个圆。", "圆").startswith("round")
    assert gloss("一上台，她就心跳得厉害。", "心跳").startswith("(of the heart)")
    assert not gloss("医生说他的心跳很正常。", "心跳").startswith("(of the heart)")


def test_texts_referring_back_and_reference() -> None:
    assert gloss("上面所讲的三点，大家要记住。", "上面").startswith("above-mentioned")
    assert not gloss("书放在柜子上面。", "上面").startswith("above-mentioned")
    assert gloss("这本书有很高的参考价值。", "参考").startswith("reference")
    assert not gloss("写论文时他参考了很多书。", "参考").startswith("reference")


def test_blaming_doing_and_means() -> None:
    assert gloss("做人要严于责己，宽以待人。", "责").startswith("to demand of")
    assert gloss("你说得对，我们就这样做吧。", "做").startswith("to do")
    assert not gloss("妈妈今天做了一个蛋糕。", "做").startswith("to do")
    assert gloss("他们利用新的数据来检验这个说法。", "来").startswith("in order to")
    assert not gloss("他们利用周末来了一趟北京。", "来").startswith("in order to")


def test_sticking_front_and_back_then_came() -> None:
    assert gloss("汗水让衬衫帖住了后背。", "帖").startswith("to stick to")
    assert reading("汗水让衬衫帖住了后背。", "帖") == "tie1"
    assert gloss("这件衣服前后都印着字。", "前后").startswith("front and back")
    assert not gloss("国庆节前后，火车票很难买。", "前后").startswith("front and back")
    assert gloss("门开了，接着便是一阵笑声。", "便是").startswith("then came")
    assert not gloss("这里便是我出生的地方。", "便是").startswith("then came")


def test_readings() -> None:
    assert reading("天冷了，她给孩子换上一条夹裤。", "夹") == "jia2"
    assert reading("他用筷子夹菜。", "夹") == "jia1"
    assert reading("他一夜没睡，又是一通咳嗽。", "通") == "tong4"
    assert reading("他们的行为正当与否，大家心里都明白。", "正当") == "zheng4 dang4"
    assert gloss("法律保护每个人的正当权益。", "正当").startswith("proper")
    assert reading("这次收费合法正当，没有问题。", "正当") == "zheng4 dang4"
    assert reading("正当大家准备出发时，下起了雨。", "正当") == "zheng4 dang1"


def test_learner_order() -> None:
    assert gloss("屋里只点着一个小灯盏。", "灯盏").startswith("uncovered oil lamp")
    assert gloss("他病了，一直发冷发热。", "发冷").startswith("to feel cold")
    assert gloss("他们有着崇高的理想。", "崇高").startswith("sublime")


def test_where_the_rules_hold_back() -> None:
    assert not gloss("临走前，他把灯熄了。", "熄").startswith("to go out")
    assert not gloss("上面说要加强检查。", "上面").startswith("above-mentioned")
    assert gloss("上面提到的问题都解决了。", "上面").startswith("above-mentioned")
    assert not gloss("起床前后要多喝水。", "前后").startswith("front and back")
    assert not gloss("他的心跳不正常。", "心跳").startswith("(of the heart)")
    assert gloss("她紧张得心跳不已。", "心跳").startswith("(of the heart)")
    assert not gloss("他又去做了一碗面条。", "做").startswith("to do")
    assert gloss("炉子里的火慢慢熄去。", "熄").startswith("to go out")
    assert gloss("晚上要锁好前后门。", "前后").startswith("front and back")
    assert gloss("医生看了看化验单上的参考值。", "参考").startswith("reference")


def test_narrative_turns() -> None:
    assert gloss("雨愈下愈大，路也看不清了。", "愈").startswith("the more")
    assert gloss("远处的山不甚清楚。", "甚").startswith("very")
    assert gloss("他一手拎着箱子，一手牵着孩子。", "一手").startswith("with one hand")
    assert not gloss("她做得一手好菜。", "一手").startswith("with one hand")
    assert gloss("她一手搀着老人，慢慢过了马路。", "一手").startswith("with one hand")
    assert not gloss("这个局面是他一手造成的。", "一手").startswith("with one hand")
    assert not gloss("我们要坚持开发与节约并重。", "与").startswith("to; for (someone")
    assert gloss("他的眼泪滚将下来。", "滚").startswith("to roll")
    assert gloss("他把一包糖塞与小孩。", "与").startswith("to; for (someone")
    assert gloss("一颗石头从山坡上滚下来。", "滚").startswith("to roll")
    assert not gloss("锅里的水滚了。", "滚").startswith("to roll")
    assert gloss("奶奶泡上一壶绿茶。", "泡").startswith("to soak")
    assert not gloss("他走了一天，脚上起了个泡。", "泡").startswith("to soak")
    assert gloss("阳光刺得他睁不开眼。", "刺").startswith("to prick")
    assert gloss("阳光照在他的身上。", "照").startswith("to shine")
    assert not gloss("你就照我说的去做。", "照").startswith("to shine")
    assert gloss("街角有一家卖书的小铺子。", "一家").startswith("a; one")
    assert not gloss("他们一家都去了北京。", "一家").startswith("a; one")
    assert gloss("她急急走出门去。", "急").startswith("hurriedly")
    assert not gloss("这件事很急。", "急").startswith("hurriedly")


def test_stuffing_read_sai() -> None:
    assert reading("他把纸条塞在门缝里。", "塞") == "sai1"
    assert gloss("他把纸条塞在门缝里。", "塞").startswith("to stuff")
    assert reading("古时候这里是边塞。", "边塞") == "bian1 sai4"


def test_learner_order_of_address_and_light() -> None:
    assert gloss("张大妈每天早上都去买菜。", "大妈").startswith("aunt")
    assert gloss("这家的少爷不爱读书。", "少爷").startswith("young master")
    assert gloss("窗外的灯光很亮。", "灯光").startswith("light")


def test_turns_of_an_argument() -> None:
    assert gloss("当然，这只是一种说法。", "当然").startswith("of course")
    assert not gloss("这是理所应当的，也是当然的。", "当然").startswith("of course")
    # 倾向于 is one word now (a set term), CC-CEDICT's "to incline to"
    assert gloss("专家们倾向于先做试点。", "倾向于").startswith("to incline to")
    assert gloss("村民们向有关部门反映了这个问题。", "反映").startswith("to report")
    assert not gloss("这部小说反映了农村的生活。", "反映").startswith("to report")
    assert gloss("他不是我们班的学生。", "不是").startswith("is not")
    assert not gloss("他每天不是看书就是写字。", "不是").startswith("is not")
    assert gloss("他退休以后现居上海。", "现").startswith("now")
    assert "actually" in gloss("你究竟想去哪里？", "究竟")  # the 18th round words it too
    assert "actually" not in gloss("他究竟还是个孩子。", "究竟")
    assert gloss("只有多练习，才能说得流利。", "只有").startswith("only (if)")
    assert not gloss("他只有一个妹妹。", "只有").startswith("only (if)")
    assert gloss("这是一种什么样的关系，又该负何种责任？", "种").startswith("kind")
    assert reading("这是一种什么样的关系，又该负何种责任？", "种") == "zhong3"
    assert gloss("每个人都有保护自己隐私的权利。", "隐私").startswith("privacy")
    assert not gloss("这一切本属当然，不必多说。", "当然").startswith("of course")
    assert "actually" not in gloss("究竟这也算不了什么，还是读书要紧。", "究竟")
    assert not gloss("名单上只有这个人，他手下的人才有几个。", "只有").startswith("only (if)")
    assert not gloss("他在这里种下了一棵树，也在此种下了希望。", "种").startswith("kind")


def test_measure_words_after_a_size() -> None:
    assert gloss("路口围着一大簇看热闹的人。", "簇").startswith("classifier")
    assert gloss("桌上放着一大堆旧报纸。", "堆") == "pile"
    assert not gloss("他把旧报纸堆在门口。", "堆") == "pile"
    assert gloss("轰的一声，老房子倒了。", "轰").startswith("(onom.)")
    assert gloss("我们想听听大家的意见。", "意见").startswith("opinion")
    assert gloss("这是一个道德问题。", "道德").startswith("morality")


def test_everyday_verbs() -> None:
    assert gloss("他们正在做最后的检查。", "做").startswith("to do")
    assert not gloss("妈妈在做一件新衣服。", "做").startswith("to do")
    assert gloss("我在书里并没有找到什么新东西。", "什么").startswith("any; anything")
    assert not gloss("我不知道他说了什么。", "什么").startswith("any; anything")
    assert not gloss("你想吃什么？", "什么").startswith("any; anything")
    assert gloss("今年又增加了教育投入。", "投入").startswith("investment")
    assert not gloss("他把全部精力都投入到工作中。", "投入").startswith("investment")
    assert gloss("听到有人叫他，他忙站起来。", "忙").startswith("hurriedly")
    assert not gloss("爸爸最近工作很忙。", "忙").startswith("hurriedly")
    assert gloss("天冷，先温一壶黄酒。", "温").startswith("to warm up")


def test_words_rather_than_if() -> None:
    assert gloss("孩子们都依他奶奶的话，早早睡了。", "的话").startswith("words")
    assert not gloss("如果明天下雨的话，我们就不去了。", "的话").startswith("words")
    assert not gloss("不去的话，他会生气。", "的话").startswith("words")
