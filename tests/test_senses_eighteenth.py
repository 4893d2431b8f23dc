"""The meaning the words around an item decide (the eighteenth judged round of issue 11, the
opening of 祝福 and a tribute and an environment commentary in the news): each rule on
sentences of its own, with the neighbours where it must not fire, that round's learner order,
its readings and the first editions' 豫 for 预."""

from __future__ import annotations

from analysed import gloss, items


def test_taking_advantage_sparing_and_a_couplet_that_says() -> None:
    assert gloss("我乘他不注意，悄悄溜了出去。", "乘").startswith("to take advantage of")
    assert gloss("我乘他的车回城。", "乘").startswith("to ride")
    assert gloss("这一步万不可省。", "省").startswith("to leave out")
    assert gloss("他到省里开会去了。", "省").startswith("province")
    assert gloss("门上贴着一副春联，道是“春回大地”。", "道").startswith("to say")


def test_neo_confucianism_and_a_science_degree() -> None:
    assert gloss("他一生研究宋明理学。", "理学").startswith("Neo-Confucianism")
    assert gloss("他是理学博士。", "理学").startswith("science")


def test_eyes_that_stare_and_an_illness_one_has() -> None:
    item = items("他的眼钉着我，一句话也不说。")["钉"]
    assert item.pinyin_numbers == "ding1"
    assert item.gloss.startswith("to fix one's eyes on")
    nail = items("他在墙上钉了一颗钉子。")["钉"]
    assert nail.pinyin_numbers != "ding1" or not nail.gloss.startswith("to fix")
    assert gloss("他生着一场大病，躺了半个月。", "生").startswith("to get (an illness)")
    assert not gloss("她生了一个儿子。", "生").startswith("to get")


def test_instead_money_and_one_side() -> None:
    assert gloss("他好心帮忙，反被人骂了一顿。", "反").startswith("on the contrary")
    assert gloss("老人坐在路边讨钱。", "钱") == "money"
    assert not gloss("这几个钱是他攒下的。", "钱").startswith("money")
    assert gloss("一边的门已经坏了。", "一边").startswith("one side")
    assert gloss("他一边走一边唱。", "一边").startswith("while")


def test_since_and_shanxi() -> None:
    assert gloss("自他回国后，我们再没见过面。", "自") == "from; since"
    assert not gloss("这件事他要自己做，自会做好。", "自") == "from; since"
    assert gloss("这个村子在晋东南的山区。", "晋").startswith("Shanxi")
    assert not gloss("他去年晋了一级。", "晋").startswith("Shanxi")


def test_a_likeness_of_what_happened() -> None:
    assert gloss("他浑身发抖，像是着了魔一般。", "一般").startswith("like")
    assert gloss("他听了这话，脸上好似挨了一巴掌一般。", "一般").startswith("like")
    assert not gloss("这家饭馆的菜很一般。", "一般").startswith("like")
    assert not gloss("他写了一篇文章，水平一般。", "一般").startswith("like")


def test_the_state_after_its_owner() -> None:
    assert gloss("谁能懂得孩子的苦恼？", "苦恼").startswith("distress")
    assert gloss("没有再说一遍的必要。", "必要").startswith("necessity")
    assert gloss("这样做很有必要。", "必要").startswith("necessary")
    assert gloss("他忍受着老人的寂寞。", "寂寞") == "loneliness"
    assert gloss("他一个人住，很寂寞。", "寂寞").startswith("lonely")


def test_a_contribution_and_a_death_zone() -> None:
    assert gloss("他为国家作过杰出贡献。", "贡献") == "contribution"
    assert gloss("他们为灾区贡献了力量。", "贡献").startswith("to contribute")
    assert gloss("河口成了一片“死亡区域”。", "死亡").startswith("death")
    assert gloss("他已于昨日死亡。", "死亡").startswith("to die")


def test_a_word_before_qilai_and_a_clause_topic() -> None:
    assert not gloss("他忽然胆怯起来，不敢说话。", "胆怯").startswith("timidity")
    assert gloss("那天的谈话是很愉快的。", "谈话").startswith("conversation")
    assert gloss("我们谈话，你别插嘴。", "谈话").startswith("to talk")


def test_learner_order_of_the_round() -> None:
    assert gloss("大家都可以发表意见。", "意见").startswith("opinion")
    assert gloss("空气中的微粒越来越多。", "微粒").startswith("particle")
    assert gloss("这里是候鸟栖息的地方。", "栖息").startswith("(of creatures in general)")


def test_hard_to_after_an_adverb() -> None:
    assert items("这样的事，他已难容忍。")["难"].pinyin_numbers == "nan2"
    assert items("大海也难容这么多污水。")["难"].pinyin_numbers == "nan2"


def test_first_editions_yu_for_yu() -> None:
    found = items("我早有豫感，便豫备了一些干粮，以豫防万一。")
    assert found["豫感"].gloss.startswith("premonition")
    assert found["豫备"].gloss.startswith("to prepare")
    assert found["豫防"].gloss.startswith("to guard against")


def test_growing_a_beard_lighting_incense_and_about_forty() -> None:
    assert gloss("他已经留了胡子。", "留").startswith("to grow")
    assert gloss("请给他留个话。", "留").startswith("to leave")
    assert gloss("她点上一根蜡烛。", "点").startswith("to light")
    assert not gloss("树缝里漏着一两点灯光。", "点").startswith("to light")
    assert gloss("来的是一个五十上下的男人。", "上下").startswith("about")
    assert not gloss("全校上下都很高兴。", "上下").startswith("about")


def test_kind_absolutely_expected_and_contrary() -> None:
    assert gloss("我从来不管这等闲事。", "等").startswith("kind")
    assert gloss("他万没想到会这样。", "万").startswith("absolutely")
    assert gloss("我真料不到他会来。", "料").startswith("to expect")
    assert gloss("天又偏是下起雨来。", "偏").startswith("contrary to expectations")


def test_too_late_an_end_and_with_care() -> None:
    assert gloss("他还不及细想，车就开了。", "不及").startswith("too late to")
    assert gloss("这里的风景不及杭州。", "不及").startswith("to fall short of")
    assert gloss("他家住在村子的西头。", "头").startswith("end")
    assert gloss("她用心细细地擦着桌子。", "用心").startswith("attentively")
    assert not gloss("他的用心很好。", "用心").startswith("attentively")


def test_such_words_naturally_good_and_the_back() -> None:
    assert gloss("他怎么能说出这样的话来？", "这样的话").startswith("words like these")
    assert gloss("这样的话，我就不去了。", "这样的话").startswith("in that case")
    assert gloss("饭吃完自然也就散了。", "自然").startswith("naturally")
    assert gloss("这是一年中的好运气。", "好").startswith("good")
    assert gloss("他的背上全是汗。", "背").startswith("back")


def test_extremely_and_an_atmosphere() -> None:
    assert gloss("她对病人极端负责。", "极端").startswith("extremely")
    assert gloss("城里处处是过年的气象。", "气象").startswith("atmosphere")


def test_learner_order_enormous_emitting_and_uniformly() -> None:
    assert gloss("这给了他极大的鼓舞。", "极大").startswith("enormous")
    assert gloss("工厂不能随便排放废水。", "排放").startswith("to emit")
    assert gloss("凭票入场，一律不退。", "一律").startswith("uniformly")


def test_words_older_texts_and_the_news_keep_whole() -> None:
    found = items("他决计要走，名声传遍四海；那监生惶急起来。")
    assert found["决计"].gloss.startswith("to decide")
    assert found["四海"].gloss.startswith("the four seas")
    assert found["监生"].gloss.startswith("student of the Imperial Academy")
    assert found["惶急"].gloss.startswith("alarmed")


def test_emphasis_ceasing_and_a_congenial_talk() -> None:
    assert gloss("远处放的炮可就更响了。", "可").startswith("(emphatic)")
    assert gloss("外面的风声还没有息。", "息").startswith("to cease")
    assert gloss("他们谈得很不投机。", "投机").startswith("congenial")
    assert gloss("他靠投机发了财。", "投机").startswith("to speculate")


def test_snow_falling_a_bright_room_and_originally() -> None:
    assert gloss("下午竟下起雪来。", "下").startswith("(of rain or snow) to fall")
    assert gloss("屋里较光明。", "光明").startswith("bright")
    assert gloss("这件事本没有什么。", "本").startswith("originally")
    assert gloss("我有一本书。", "本").startswith("classifier")


def test_going_to_say_a_quoted_remark_and_developing() -> None:
    assert gloss("专家要说是他的错。", "要说").startswith("to be going to say")
    assert gloss("要说他嘛，人倒不坏。", "要说").startswith("as for")
    assert gloss("“为人民服务”（毛泽东语）。", "语").startswith("words")
    assert gloss("荒漠化的趋势还在发展。", "发展").startswith("to develop")
    assert gloss("论理，他该来看看。", "论理").startswith("by rights")
    assert items("他只得支梧着，说不出话来。")["支梧"].gloss.startswith("to hem and haw")


def test_a_question_with_jiujing_and_a_hesitant_jiushi() -> None:
    assert gloss("你究竟去不去北京？", "究竟").startswith("(in an interrogative sentence)")
    assert gloss("他究竟是个孩子，不懂这些。", "究竟").startswith("after all")
    assert gloss("“就是——”他停了一下，又不说了。", "就是").startswith("it's just that")


def test_where_the_round_must_not_fire() -> None:
    assert gloss("我在这等了半天。", "等").startswith("to wait")
    assert gloss("他用心何在？", "用心").startswith("motive")
    assert gloss("气象专家发布了预报。", "气象").startswith("meteorological")
    assert gloss("天空中显出新年的气象来。", "气象").startswith("atmosphere")
    assert gloss("我有一本没有封面的书。", "本").startswith("classifier")
    assert gloss("我乘他们的船过河。", "乘").startswith("to ride")


def test_jiujing_and_buji_where_no_question_or_verb_follows() -> None:
    assert gloss("他弄了东西孝敬，究竟又吃不了多少。", "究竟").startswith("after all")
    assert gloss("我有些信不及，倒要当面看一看。", "不及").startswith("to fall short of")
    assert gloss("它的经济尚不及明朝初年的发展。", "不及").startswith("to fall short of")
