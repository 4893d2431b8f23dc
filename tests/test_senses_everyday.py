"""What everyday texts taught (a fable, a medicine leaflet, notices, a phone launch, a recipe):
the meaning the words around an item decide, and the cuts that read a word apart or whole.
Each rule on sentences of its own, with the neighbours where it must not fire."""

from __future__ import annotations

from analysed import gloss, items, words


def test_zhi_before_a_reaction_keeps_it_going() -> None:
    assert gloss("他听了直摇头。", "直").startswith("(before a verb) keep")
    assert gloss("孩子冻得直发抖。", "直").startswith("(before a verb) keep")
    # straightening up, going straight on and 直瞪瞪 stay what the dictionary says first
    assert not gloss("他直起身来。", "直").startswith("(before a verb) keep")
    assert not gloss("一直走，别拐弯，直走就到了。", "直").startswith("(before a verb) keep")


def test_shang_before_yi_and_a_measure_word_is_the_last_one() -> None:
    assert gloss("性能比上一代提升了三成。", "上").startswith("previous; last")
    assert gloss("上一次我们没见到他。", "上").startswith("previous; last")
    assert not gloss("他们爬上一座山。", "上").startswith("previous")


def test_ming_after_an_ordinal_is_a_place_in_a_ranking() -> None:
    assert gloss("他得了第一名。", "名").startswith("place (in a ranking")
    assert gloss("班上有四十名学生。", "名").startswith("classifier for people")


def test_dao_between_numbers_is_to() -> None:
    assert gloss("温度保持在十八到二十二度。", "到").startswith("to (a number)")
    assert not gloss("我们到北京了。", "到").startswith("to (a number)")


def test_jia_after_you_before_a_shop_counts_it() -> None:
    assert gloss("楼下有家面馆挺干净的。", "家").startswith("classifier for families")
    assert not gloss("我有家，也有工作。", "家").startswith("classifier")


def test_ke_after_a_condition_is_may() -> None:
    assert gloss("若持续发热，可间隔四小时再服一次。", "可") == "can; may"
    assert gloss("我劝了半天，可他就是不听。", "可").startswith("but")


def test_duo_before_a_verb_after_yao_is_more() -> None:
    assert gloss("天冷了，出门要多穿一件衣服。", "多").startswith("more (before a verb")
    # 多用于: mostly
    assert not gloss("这种药多用于儿童。", "多").startswith("more (before a verb")


def test_zhan_before_zai_or_de_is_to_stand() -> None:
    assert gloss("只有站得高才能看得远。", "站") == "to stand"
    assert gloss("我们坐到终点，一共十站。", "站").startswith("station")


def test_fan_opening_a_clause_is_every() -> None:
    assert gloss("凡在校学生均可报名。", "凡").startswith("every; all")
    assert not gloss("他自以为不凡，其实很平凡。", "平凡").startswith("every")


def test_jiayou_cheering_and_yongyue_before_a_verb() -> None:
    assert gloss("欢迎大家到场加油助威。", "加油").startswith("come on!")
    assert gloss("大家加油！", "加油").startswith("come on!")
    assert gloss("车快没油了，得去加油站加油了。", "加油").startswith("to add oil")
    assert gloss("欢迎同学们踊跃报名。", "踊跃").startswith("eagerly")


def test_a_colour_stays_before_a_later_adjective() -> None:
    assert gloss("我看见了一条灰色的大尾巴。", "灰色").startswith("gray")


def test_duo_and_an_adjective_after_a_word_that_asks_how_are_read_apart() -> None:
    assert words("它有多重？") == ["它", "有", "多", "重", "？"]
    assert items("想知道它有多重。")["重"].pinyin == "zhòng"
    assert words("不管多累，她都会做早饭。")[:3] == ["不管", "多", "累"]
    assert gloss("不管多累，她都会做早饭。", "多").startswith("how")
    assert "多重" in words("他有多重国籍的问题。") or "多重国籍" in words("他有多重国籍的问题。")


def test_a_verb_and_the_first_character_of_a_time_word_make_the_verb_object_word() -> None:
    assert words("老人出门前要多穿衣服。")[:3] == ["老人", "出门", "前"]
    assert words("他们结婚后搬了家。")[:3] == ["他们", "结婚", "后"]
    # a noun before 门前/门后 keeps it
    assert "大门" in words("我在大门后等你。")


def test_ba_men_er_before_a_verb_is_the_object_marker() -> None:
    cut = words("小兔子乖乖，把门儿开开。")
    assert "把门" not in cut and "把" in cut
    assert items("小兔子乖乖，把门儿开开。")["儿"].pinyin == "r"


def test_everyday_words_no_dictionary_has_are_one_item() -> None:
    cut = words("后置三颗摄像头，主摄像素五千万，起售价四千九百九十九元，下周一开售。")
    assert {"主摄", "像素", "起售价", "开售"} <= set(cut)
    assert "适应症" in words("【适应症】用于儿童普通感冒引起的发热。")
    assert "点点头" in words("曹操微笑着点点头。")


def test_a_state_in_a_list_of_states_is_that_state() -> None:
    found = items("他先后灭掉韩、赵、魏、楚、燕、齐六国。")
    assert "state" in found["赵"].gloss and "state" in found["齐"].gloss
    together = items("大家一齐动手。").get("齐")
    assert together is None or "state" not in together.gloss


def test_ta_yong_is_he_uses_unless_put_to_other_use() -> None:
    assert words("他用了十年时间。")[:2] == ["他", "用"]
    assert "他用" in words("这笔钱不能挪作他用。")


def test_ju_before_an_example_tongchang_before_a_verb_xia_yi_next_and_minutes() -> None:
    assert gloss("举个例子，去年一百块钱能买十斤肉。", "举").startswith("to cite")
    assert gloss("各国央行通常会调整利率。", "通常").startswith("usually")
    assert gloss("下一届，我们将继续完善设施。", "下").startswith("next")
    assert gloss("您的卡于十四时二十分消费一笔。", "分") == "minute"
    assert gloss("先选一门语言。", "门").startswith("classifier for subjects")


def test_sai_after_li_is_to_stuff() -> None:
    assert items("女儿一边摘一边往嘴里塞。")["塞"].pinyin == "sāi"


def test_neighbours_of_a_shopping_review_a_run_and_a_day_out() -> None:
    assert gloss("尺码偏小，我得换一件。", "偏").startswith("on the (small, high...) side")
    assert gloss("跑了两公里，腿也酸得不行。", "酸") == "sore; aching"
    assert gloss("这个苹果很酸。", "酸").startswith("sour")
    assert gloss("坚持了一个月，体力明显变好了。", "好").startswith("good")
    assert gloss("有人问他图什么。", "图").startswith("to seek")
    assert gloss("我就是想找点事儿干。", "点").startswith("a little; some")
    assert gloss("我就是想找点事儿干。", "干") == "to do; to work"
    assert gloss("他们在下象棋。", "下") == "to play (chess)"
    assert gloss("关于下周二的评审会，我已准备好了。", "下").startswith("next")


def test_from_next_monday_on_and_the_cup_of_wine_taken() -> None:
    assert words("自下周一起，校外人员一律登记。")[:4] == ["自", "下", "周一", "起"]
    assert words("我们下周一起去北京。")[:3] == ["我们", "下周", "一起"]
    assert words("便把酒喝了下去。")[:3] == ["便", "把", "酒"]
    assert "把酒" in words("举杯把酒，")


def test_a_noun_for_people_keeps_its_ren_before_men() -> None:
    assert words("老人们在树下下象棋。")[:2] == ["老人", "们"]
    assert words("病人们都睡了。")[:2] == ["病人", "们"]
    assert words("让人们知道。")[:2] == ["让", "人们"]
    assert words("为人们服务。")[:2] == ["为", "人们"]


def test_no_gloss_of_these_rules_shows_chinese_characters() -> None:
    cases = [
        ("比上一代", "上"), ("下一届", "下"), ("他得了第一名。", "名"), ("要多穿衣服。", "多"),
        ("找点事儿干。", "点"), ("他图什么？", "图"), ("不管多累，", "多"),
        ("凡在校学生均可报名。", "凡"),
    ]
    for text, word in cases:
        shown = gloss(text, word)
        assert not any("\u4e00" <= ch <= "\u9fff" for ch in shown), (word, shown)


def test_a_game_report_a_crash_report_a_complaint_and_a_diary() -> None:
    assert gloss("他全场砍下三十二分。", "分").startswith("point; mark")
    assert gloss("主教练对队员们发了火。", "发").startswith("to lose (one's temper)")
    assert gloss("今天上午七点四十分许，发生追尾。", "许").startswith("about; or so")
    assert gloss("油烟直接排到我们的窗户上。", "排").startswith("to discharge")
    assert gloss("可是当通讯恢复以后，传来奇怪的信号。", "当").startswith("when")
    assert gloss("图片里面的恐龙可好看了。", "可").startswith("(emphatic")
    assert gloss("体质偏热的人不宜过量进补。", "偏").startswith("on the (small, high...) side")
    assert gloss("这是公司成立以来的最高纪录。", "纪录").startswith("record")


def test_morning_then_ride_and_not_only_also_gives() -> None:
    assert words("早上乘高铁到达杭州。")[:2] == ["早上", "乘"]
    assert "上乘" in words("这是上乘之作。")
    cut = words("阿姨不但没生气，还给了我们每人一个苹果。")
    assert "还给" not in cut and "还" in cut
    assert "还给" in words("不但要读书，还要把书还给图书馆。")
    assert "还给" in words("他把书还给了我。")


def test_textbook_dialogues_a_restaurant_a_doctor_a_market_and_a_class() -> None:
    assert "哪国人" in words("你是哪国人？")
    assert gloss("我更喜欢运动，特别是打篮球。", "打").startswith("to play")
    assert gloss("我给你开点儿药，一天三次。", "开").startswith("to write out (a prescription)")
    assert gloss("B：一共一百二十八块。", "块").startswith("(colloquial) yuan")
    assert gloss("我吃了两块。", "块").startswith("classifier for pieces")
    assert gloss("两件五百，不能再少了。", "少").startswith("less")
    assert gloss("每天上午我们上四节课。", "上").startswith("to attend")
    assert gloss("昨天有点儿发烧，今天好一点儿了。", "好").startswith("good; well; better")
    found = items("二百行不行？我买两件。")
    assert found["行"].pinyin == "xíng" and found["行"].gloss.startswith("all right; OK")
    assert found["不行"].gloss.startswith("not OK")
    assert items("她教得很好，也很耐心。")["教"].pinyin == "jiāo"
    assert words("不知道有多少花被打落了。")[4:6] == ["花", "被"]


def test_traditional_and_classical_texts() -> None:
    assert words("她说自己以前在日本学过做面包。")[4:7] == ["在", "日本", "学"]
    assert gloss("门口总是排着长长的队伍。", "排").startswith("to line up")
    found = items("子曰：“学而时习之，不亦说乎？”")
    assert found["不亦说乎"].pinyin == "bù yì yuè hū" and "子曰" in found
    sayings = "有朋自远方来，不亦乐乎？人不知而不愠，不亦君子乎？"
    assert gloss(sayings, "乎").startswith("(classical")
    assert "电动机车" in words("明年起增设二十座电动机车充电站。")


def test_news_a_travel_blog_a_martial_arts_novel_a_holiday_notice_and_football() -> None:
    assert "访华" in words("这是马克龙第三次访华。")
    assert gloss("牧民赶着牦牛到高山牧场放牧。", "赶").startswith("to drive")
    assert gloss("咱们过去讨碗水喝。", "过去").startswith("to go over")
    assert gloss("咱们过去讨碗水喝。", "讨").startswith("to ask for")
    assert gloss("他过去是老师。", "过去").startswith("(in the) past")
    assert gloss("现将具体安排通知如下。", "将").startswith("(marks the object")
    assert gloss("春节放假调休，共八天。", "共").startswith("in all")
    assert gloss("门将判断对了方向。", "对").startswith("right; correct")
    assert gloss("主队连换三人。", "连").startswith("in a row")
    assert gloss("师父，前面有人家！", "师父") == "master; qualified worker"
    assert words("二月十日至十七日放假。")[2:4] == ["日", "至"]
    assert "日至" not in words("二月十日至十七日放假。")


def test_a_poem_a_post_a_maths_problem_a_recall_and_the_great_wall() -> None:
    assert words("每支铅笔一元八角。")[3:] == ["一", "元", "八", "角", "。"]
    assert "八角" in words("放一点八角。") and "一点" in words("请给我一点时间。")
    assert words("解得x等于一点八。")[4:6] == ["一", "点"]
    assert gloss("每个本子贵一元五角。", "角").startswith("jiao")
    cut = words("形成了西起临洮、东至辽东的万里长城。")
    assert "东至" not in cut and "至" in cut
    assert "东至县" in words("他去东至县出差。")
    assert gloss("形成了西起临洮、东至辽东的万里长城。", "起").startswith("starting from")
    found = items("长城始建于春秋战国时期。")
    assert found["春秋战国"].name_type is None
    assert "橘猫" in words("下班路上被一只橘猫碰瓷了。")


def test_a_fable_an_exam_notice_a_student_abroad_and_a_novel_scene() -> None:
    assert gloss("是我说错了。", "错").startswith("mistake")
    assert gloss("他帮禾苗长高了一截。", "截").startswith("section")
    assert gloss("今天可把我累坏了！", "可").startswith("(emphatic)")
    assert gloss("慢慢地，我交到了几个好朋友。", "交").startswith("to make (friends)")
    assert gloss("好妹妹，饶我这一遭罢。", "饶").startswith("to spare")
    assert {"开考", "停笔", "监考员"} <= set(words("开考十五分钟后不得入场，停笔后待监考员收卷。"))


def test_government_words_and_a_time_a_little_past_the_hour() -> None:
    assert gloss("省委省政府高度重视。", "省政府") == "provincial government"
    assert gloss("那天晚上我们一直聊到十二点多。", "多").startswith("more than")


def test_a_neighbourhood_chat_and_a_story_about_a_neighbour() -> None:
    assert gloss("有问题也可以直接打物业电话。", "打").startswith("to make (a phone call)")
    assert gloss("老王脾气是急了点儿，可心眼儿不坏。", "可").startswith("but")
    assert gloss("收到取件码后尽快去驿站取件。", "驿站").startswith("parcel station")
    assert "上回" in words("上回我家水管爆了。")


def test_a_holiday_is_no_person_and_a_shop_notice() -> None:
    assert items("为了庆祝母亲节，学校组织学生写信。")["母亲节"].name_type is None
    assert gloss("最终解释权归本店所有。", "归").startswith("to belong to")
    assert "新品" in words("本店新推出秋冬季新品。")


def test_a_cabin_announcement_and_a_health_report() -> None:
    found = items("请您调直座椅靠背，收起小桌板，打开遮光板。")
    assert found["调"].pinyin == "tiáo" and found["调"].gloss.startswith("to adjust")
    assert {"靠背", "小桌板", "遮光板"} <= set(found)
    assert gloss("运动时如出现胸闷，应立即停止。", "如").startswith("if")
    assert gloss("最好在医生指导下制定运动计划。", "下").startswith("under")


def test_a_guesthouse_review_and_a_flu_warning() -> None:
    cut = words("老板娘早上还给我们煮了当地特色的米粉。")
    assert "还给" not in cut and cut[2:4] == ["还", "给"]
    assert "还给" in words("请把书还给他。")
    found = items("出门走几步就是老街，窗外就能看到小河和石桥。")
    assert found["老街"].gloss.startswith("old street") and found["石桥"].gloss == "stone bridge"
    assert {"多地", "基础疾病"} <= set(words("多地出现流感，有基础疾病的人群要小心。"))


def test_a_trip_plan_and_an_exam_gone_wrong() -> None:
    assert gloss("每天睡到自然醒，什么都不干。", "干") == "to do; to work"
    assert words("数学只得了六十二分。")[1:3] == ["只", "得"]
    assert "只得" in words("他只得走了。")
    assert gloss("妈妈帮我一道题一道题地分析。", "一道").startswith("a; one (classifier")
    assert "环湖" in words("可以租一辆电动车环湖骑行。")


def test_one_by_one_before_di_is_the_adverbial_de() -> None:
    assert items("妈妈帮我一道题一道题地分析。")["地"].pinyin == "de"
    assert items("他一步一步地往前走。")["地"].pinyin == "de"
    assert items("这块地很大。")["地"].pinyin == "dì"
