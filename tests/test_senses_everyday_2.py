"""What a second set of everyday texts taught (a match report, a weather forecast, a kettle's
manual, a job advert, a letter, a lake guide, a science explainer, a history lesson, a film
review): the meaning the words around an item decide, readings, and cuts. Each rule on
sentences of its own, with the neighbours where it must not fire."""

from __future__ import annotations

from analysed import gloss, items, words
from zh_learn.analysis.pipeline import analyze


def test_yi_lun_after_next_or_new_is_a_round() -> None:
    assert gloss("下一轮比赛在周六。", "一轮").startswith("a round")
    assert gloss("又一轮降雨即将到来。", "一轮").startswith("a round")
    assert gloss("比赛进行了一轮。", "一轮").startswith("first round")


def test_wo_before_a_body_is_our() -> None:
    assert gloss("我市将有一次降温过程。", "我").startswith("our (in official usage")
    assert gloss("欢迎来我校参观。", "我").startswith("our (in official usage")
    assert gloss("我市场部的同事都来了。", "我").startswith("I; me")
    assert gloss("我去学校了。", "我").startswith("I; me")


def test_xian_before_a_verb_is_now() -> None:
    assert gloss("本公司现招聘销售助理两名。", "现").startswith("now; at present")
    assert not gloss("他脸上现了原形。", "现").startswith("now")


def test_shang_before_flowers_or_the_moon_is_to_admire() -> None:
    assert gloss("夏天可以去赏荷花。", "赏").startswith("to admire")
    assert gloss("周末我们去公园赏梅花。", "赏").startswith("to admire")
    assert not gloss("老爷赏他十两银子。", "赏").startswith("to admire")


def test_cheng_after_er_is_formed_into() -> None:
    assert gloss("白光是由各种颜色的光混合而成的。", "成").startswith("to become; to be made")
    assert not gloss("我们成了好朋友。", "成").startswith("to become; to be made")


def test_filming_pai_and_a_film_of_a_kind() -> None:
    assert gloss("导演把故事拍成了一部电影。", "拍").startswith("to take (a photo); to shoot")
    assert gloss("他喜欢拍照片。", "拍").startswith("to take (a photo)")
    assert not gloss("他拍了拍我的肩膀。", "拍").startswith("to take")
    assert gloss("这是一部励志片。", "片").startswith("film; movie")
    assert not gloss("切一片面包。", "片").startswith("film")


def test_da_before_a_score_is_to_give_it() -> None:
    assert gloss("我给这部电影打七分。", "打").startswith("to give (a score")
    assert gloss("老师给他打了满分。", "打").startswith("to give (a score")
    assert not gloss("他打了我一下。", "打").startswith("to give")


def test_goals_and_wins_in_a_match_report() -> None:
    assert gloss("前锋头球破门，扳平了比分。", "破门").startswith("to score a goal")
    assert not gloss("消防员破门救人。", "破门").startswith("to score")
    assert gloss("主队拿下三分。", "拿下").startswith("to win")
    assert gloss("他们终于拿下了这份订单。", "拿下").startswith("to win")


def test_duo_after_should_or_a_subject_before_a_verb_is_more() -> None:
    assert gloss("感冒了应当多喝温水。", "多").startswith("more (before a verb")
    assert gloss("晚上我多做两个菜。", "多").startswith("more (before a verb")
    assert not gloss("这里人很多。", "多").startswith("more (before a verb")


def test_words_of_forecasts_manuals_and_reviews() -> None:
    assert gloss("明天有四到五级偏北风。", "偏北风").startswith("northerly wind")
    assert gloss("请先阅读使用说明。", "使用说明").startswith("instructions for use")
    assert gloss("船开到了湖心。", "湖心").startswith("the middle of a lake")
    assert gloss("电影的后半段有些拖沓。", "后半段").startswith("the latter part")
    assert gloss("屏幕发出的蓝光伤眼睛。", "蓝光").startswith("blue light")
    assert gloss("请勿在无水状态下通电。", "无水").startswith("waterless")


def test_jiao_with_an_aspect_is_to_teach() -> None:
    for text in ("您去年教过的学生。", "我教了三年书。", "这是我教的学生。"):
        item = items(text)["教"]
        assert item.pinyin == "jiāo", text
        assert item.gloss.startswith("to teach"), text


def test_an_interval_after_a_number_is_degrees() -> None:
    assert words("气温下降六到八度。") == ["气温", "下降", "六", "到", "八", "度", "。"]
    assert words("零下八度。")[:3] == ["零下", "八", "度"]
    assert words("温差达到五度左右。")[2:4] == ["五", "度"]
    assert "高八度" in words("他唱高八度。")


def test_one_verb_then_a_span() -> None:
    assert words("一练就是二十年。")[:3] == ["一", "练", "就是"]
    assert words("一等就是三个小时。")[:3] == ["一", "等", "就是"]
    assert "一等奖" in words("他得了一等奖。")


def test_three_states_after_their_names() -> None:
    assert words("中美日三国领导人会面。")[2:4] == ["三", "国"]
    assert "三国" in words("三国时期战乱不断。")


def test_pieces_of_a_travel_diary_and_a_contract() -> None:
    assert gloss("下午下起了小雨。", "下").startswith("(of rain or snow) to fall")
    assert gloss("下午下起了小雨。", "起").startswith("(after a verb) to start")
    assert words("大家手拉着手往上走。")[1:5] == ["手", "拉", "着", "手"]
    assert "着手" in words("我们开始着手准备。")
    assert gloss("租期自二〇二四年三月一日起。", "自").startswith("from; since")
    assert gloss("有朋自远方来。", "自").startswith("from; since")
    assert not gloss("他自会明白。", "自").startswith("from")
    assert gloss("自三月一日起至六月三十日止。", "止").startswith("until (closing a span")
    assert gloss("昨晚的篮球赛打得非常激烈。", "打").startswith("to play (a match")
    assert "上月" in words("关于贵公司上月提出的方案。")
    assert words("他登上月球。")[1:3] == ["登上", "月球"]


def test_charging_apologies_and_hardship() -> None:
    assert gloss("我的手机充不进电了。", "充").startswith("to charge (a battery)")
    assert gloss("充满一次电能用三天。", "充满").startswith("to charge fully")
    assert gloss("房间里充满了阳光。", "充满").startswith("full of")
    assert gloss("我却冲你嚷嚷。", "冲").startswith("towards; at")
    text = "好好跟你赔个不是。"
    assert gloss(text, "赔").startswith("to offer (an apology")
    assert gloss(text, "不是").startswith("fault; blame")
    assert gloss("他年轻时吃了很多苦。", "吃").startswith("to suffer")
    assert gloss("他吃尽了苦头。", "吃").startswith("to suffer")
    assert not gloss("他吃了很多菜。", "吃").startswith("to suffer")
    assert gloss("兔子一头撞在树桩上。", "一头").startswith("headlong")
    assert gloss("河水呈黄色。", "呈").startswith("to be (a certain color)")
    assert words("陪同人员原则上限一人。")[2:4] == ["原则上", "限"]
    assert "上限" in words("每人上限两张。")


def test_a_diary_of_a_thesis_and_a_cooking_show() -> None:
    assert gloss("论文熬了三个月才写完。", "熬").startswith("to endure")
    assert not gloss("妈妈熬了一锅粥。", "熬").startswith("to endure")
    assert gloss("他改了不下十稿。", "不下").startswith("to be not less than")
    assert gloss("晚上吃了顿火锅。", "顿").startswith("classifier for meals")
    assert gloss("我们吃到撑。", "撑").startswith("to fill to bursting")
    assert gloss("放入西红柿翻炒出汁。", "出汁").startswith("to release its juices")
    assert gloss("暴雨袭击了我省南部山区。", "我").startswith("our (in official usage")
    assert gloss("我省了不少钱。", "我").startswith("I; me")
    assert gloss("他不由得低下头来。", "低下").startswith("to lower (one's head)")


def test_a_word_with_each_character_doubled_is_one_item() -> None:
    assert "谨谨慎慎" in words("他做事一向谨谨慎慎的。")
    item = items("屋里收拾得琐琐碎碎的。")["琐琐碎碎"]
    assert item.senses[0].source == "doubled"
    assert "(emphatic, each character doubled)" in item.gloss
    assert not set("琐碎") & set(item.gloss)
    # two doubled words side by side stay two
    assert words("爸爸妈妈都来了。")[:2] == ["爸爸", "妈妈"]


def test_a_market_a_bank_notice_and_spring() -> None:
    assert gloss("有点贵啊，便宜点行不行？", "点").startswith("a little; a bit")
    assert gloss("你多吃点。", "点").startswith("a little; a bit")
    assert not gloss("现在八点了。", "点").startswith("a little")
    assert gloss("因系统升级，本行将于周六暂停网上银行服务。", "本行").startswith("this bank")
    assert gloss("孩子们在草地上放风筝。", "放").startswith("to fly (a kite)")
    assert words("小草从地下探出头来。")[5:8] == ["出", "头", "来"]
    assert "出头" in words("他终于出头了。")
    assert gloss("球员不得在本方禁区外用手触球。", "本方").startswith("one's own side")


def test_pieces_of_stories_of_ones_own() -> None:
    assert gloss("车后座上绑着两筐白菜。", "后座").startswith("back seat")
    assert words("别看了，快去写作业。")[:2] == ["别", "看"]
    assert "别看" in words("别看他小，力气可大了。")
    assert gloss("雨下了整整一夜。", "下").startswith("(of rain or snow) to fall")
    assert gloss("她撑着伞站在门外。", "撑").startswith("to hold up (an umbrella)")
    assert gloss("桥那头的路走不通了。", "头").startswith("end; side")
    assert gloss("那头牛很壮。", "头").startswith("classifier for cattle")
    assert gloss("他在这家小馆子吃了十年的面。", "面").startswith("noodles")
    assert gloss("汽车翻过一座山。", "翻过").startswith("to cross over")
    assert gloss("儿女们拖着大包小包回来。", "大包小包").startswith("bags and parcels")


def test_a_doubled_long_is_read_long() -> None:
    syllables = [i.pinyin for i in analyze("店门口排着长长的队。", cache=False).vocabulary.items
                 if i.simplified == "长"]
    assert syllables == ["cháng"]
    item = items("出去走走，长长见识。")["长"]
    assert item.pinyin == "zhǎng" and item.gloss.startswith("to grow")


def test_news_of_a_school_term_and_a_festival() -> None:
    assert gloss("今年秋季学期起，全市推行课后服务。", "起").startswith("starting from")
    assert gloss("三百余名艺人参加演出。", "名").startswith("classifier for people")
    assert gloss("教育局表示，此举旨在减轻负担。", "此举").startswith("this move")
    assert gloss("剪纸、皮影吸引了市民。", "皮影").startswith("shadow puppetry")


def test_a_quality_doubled_is_no_name() -> None:
    found = items("一条弯弯的小路，暖暖的阳光。")
    for word, quality in (("弯弯", "bent"), ("暖暖", "warm")):
        assert found[word].kind == "word" and found[word].name_type is None, word
        assert found[word].gloss.startswith(quality), word
        assert found[word].senses[0].source == "doubled"


def test_a_school_yard_and_a_bank_counter() -> None:
    assert gloss("放学铃一响，孩子们冲出教室。", "响").startswith("to make a sound")
    item = items("只有小林一个人坐在台阶上。")["小林"]
    assert item.name_type == "person" and "Kobayashi" not in item.gloss
    assert gloss("您可以坐三路公交车。", "路").startswith("route; line")
    assert gloss("请先填一下这张表。", "表").startswith("a form")
    assert gloss("设置一个六位数的密码。", "位").startswith("digit")
    assert "稍等" in words("请稍等几分钟。")
    assert gloss("手里攥着一张发黄的照片。", "发黄").startswith("to turn yellow")


def test_a_biography_a_label_a_phone_and_a_complaint() -> None:
    assert gloss("她是一位药学家。", "家").startswith("(suffix) expert; -ist")
    assert gloss("我回家了。", "回家").startswith("to return home")
    assert gloss("找到“简体中文”，点一下就可以切换。", "点").startswith("to tap")
    assert gloss("我在贵店网购了一台电饭煲。", "贵").startswith("(honorific) your")
    assert gloss("服药期间忌烟酒。", "忌").startswith("to avoid")
    assert gloss("孕妇慎用。", "慎用").startswith("to use with caution")


def test_rain_a_carpenter_and_a_supermarket() -> None:
    assert gloss("接着就下起了瓢泼大雨。", "下").startswith("(of rain or snow) to fall")
    assert gloss("爷爷一辈子和木头打交道。", "木头").startswith("log (of wood")
    assert items("卷卷的刨花落了一地。")["卷"].pinyin == "juǎn"
    text = "妈妈按着清单一样一样地挑。"
    assert gloss(text, "一样").startswith("one kind after another")
    assert items(text)["挑"].pinyin == "tiāo"
    assert gloss("我往车里放了一包薯片。", "包").startswith("packet; bag")
    assert words("收银台前排起了长队。")[1:3] == ["前", "排"]
    assert "前排" in words("我坐在前排。")


def test_a_restaurant_review() -> None:
    text = "红烧肉肥而不腻，入口即化。我们还点了一份清蒸鲈鱼。周末要排很久的队。"
    found = items(text)
    assert found["点"].gloss.startswith("to order (food")
    assert found["排"].gloss.startswith("to line up")
    assert found["入口即化"].gloss.startswith("melts in the mouth")
    assert not gloss("他在纸上点了一个点。", "点").startswith("to order")


def test_a_policy_notice_and_a_fable_retold() -> None:
    assert gloss("兔子跑得快，就骄傲起来。", "起来").startswith("(after an adjective) becoming")
    assert gloss("大家讨论起来。", "起来").startswith("(after a verb)")
    assert gloss("以村容村貌提升为重点。", "村容村貌").startswith("the look of a village")


def test_a_hillock_is_no_familiar_name() -> None:
    # 小 + 山 (a surname) before the line's end looked like 小李，: a name of address
    item = items("糖果、干果堆成了小山。")["小山"]
    assert item.kind == "word" and item.gloss.startswith("hillock")


def test_planting_trees_and_a_dentist() -> None:
    found = items("坑挖好了，我们把树苗放进去。公园一定会更漂亮。")
    assert found["好"].pinyin == "hǎo"
    assert found["更"].pinyin == "gèng" and found["更"].gloss.startswith("more")
    assert gloss("他用小镜子照了照。", "照").startswith("to shine")
    assert gloss("照他的话做。", "照").startswith("according to")
