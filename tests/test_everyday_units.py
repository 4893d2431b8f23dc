"""Everyday texts (a lease, a museum label, a station announcement, a chat, a fable): numbers
with the ordinal or time unit the cut gave to the next word, measure words after an ordinal
or a number, 的话 that is no condition, 得 "must", 这才, and dictionary cross-references."""

from __future__ import annotations

from analysed import items
from zh_learn.analysis.pipeline import analyze


def words(text: str) -> list[str]:
    return [t.text for t in analyze(text, cache=False).document.tokens]


def test_an_ordinal_keeps_its_number_and_the_measure_word_is_an_article() -> None:
    cut = words("第四条　双方应遵守本合同。")
    assert "四条" not in cut and "第四" in cut  # not 四条 "four of a kind (poker)"
    assert items("第四条　双方应遵守本合同。")["条"].gloss.startswith("article")
    assert items("第二章讲的是历史。")["章"].gloss.startswith("chapter")
    assert "第一线" in words("他一直工作在第一线。")  # a word of its own stays whole


def test_a_number_takes_back_the_digit_the_next_word_took() -> None:
    cut = words("这件铜器距今约三千年。")
    assert "三千" in cut and "千年" not in cut  # not 三 + 千年 "millennium"
    assert "一百" in words("这棵树有一百年了。")


def test_a_time_unit_after_a_number_is_no_word_with_what_follows() -> None:
    cut = words("请于每月十日前交房租。")
    assert "日前" not in cut  # 日前 "the other day" never follows a number
    assert "日前" in words("日前，学校举行了运动会。")


def test_hao_after_a_number_is_a_number_in_a_series() -> None:
    assert items("请到八号窗口办理。")["号"].gloss.startswith("number")


def test_dehua_is_if_only_where_a_condition_shows() -> None:
    assert "的话" not in words("他说的话很有道理。")
    assert "的话" not in words("孩子们都听奶奶的话。")
    assert "的话" in words("要是明天下雨的话，我们就不去了。")
    assert "的话" in words("太累的话就休息一会儿。")
    assert "的话" in words("你不想去的话，告诉我。")


def test_dei_after_an_adverb_of_likelihood() -> None:
    assert items("这件事恐怕得三天才能做完。")["得"].pinyin == "děi"
    assert items("他估计得很准。")["得"].pinyin == "de"


def test_an_adverb_after_zhe_is_no_measure_word() -> None:
    assert items("他读了三遍，这才明白。")["才"].gloss.startswith("only then")


def test_ru_before_xu_means_if_after_a_subject() -> None:
    assert items("顾客如需发票，请告诉服务员。")["如"].gloss.startswith("if")


def test_a_cross_reference_is_no_meaning() -> None:
    # CC-CEDICT's "see also 红铜" beside "copper" was read as the other word's meaning
    assert items("这口锅是铜做的。")["铜"].gloss == "copper (chemistry)"


def test_ke_before_more_words_is_to_carve() -> None:
    assert items("石碑上刻着几行字。")["刻"].gloss.startswith("to carve")


def test_zaodian_before_a_verb_is_earlier_not_breakfast() -> None:
    assert items("今天早点睡觉吧。")["早点"].gloss.startswith("a bit earlier")
    assert items("我还没吃早点。")["早点"].gloss.startswith("breakfast")


def test_a_year_written_digit_by_digit_is_one_number() -> None:
    cut = words("他一九八五年出生于上海，二〇〇八年搬到北京。")
    assert "一九八五" in cut and "二〇〇八" in cut
    assert cut[cut.index("一九八五") + 1 : cut.index("一九八五") + 4] == ["年", "出生", "于"]
    year = items("他二〇〇八年搬到北京。")["二〇〇八"]
    assert year.pinyin == "èr líng líng bā"


def test_a_lone_character_takes_back_what_a_word_only_jieba_knows_took() -> None:
    # jieba's 生于 is no learner word: 出 + 生于 left 出 alone and split 生于
    cut = words("她出生于一个普通的农民家庭。")
    assert "出生" in cut
    # but a likelier reading of the cut stays (将 就势 is not 将就 "to make do" + 势)
    assert "将就" not in words("其他产业将就势发展。")


def test_a_word_after_duo_that_no_number_counts_keeps_its_meaning() -> None:
    # 多 counts (多名), but in 大多被 it is no counter of 被 "quilt"
    assert items("树叶大多被风吹走了。")["被"].gloss.startswith("by")


def test_measure_words_and_processes_in_notices() -> None:
    assert items("这个水壶能装两升水。")["升"].gloss.startswith("liter")
    assert items("方案经研究决定，下月实施。")["经"].gloss.startswith("through")
    assert items("昨晚这里发生了一起交通事故。")["一起"].gloss.startswith("a; one")
    assert items("周末我们一起去看电影。")["一起"].gloss.startswith("together")
    assert items("他们一起生活了很多年。")["一起"].gloss.startswith("together")


def test_you_duo_before_an_adjective_asks_how() -> None:
    assert items("这条河有多深？")["多"].gloss.startswith("how")


def test_zhong_before_a_prize_is_to_win() -> None:
    assert items("他终于中状元了。")["中"].pinyin == "zhòng"


def test_a_lone_character_takes_back_from_a_three_character_word_on_its_right() -> None:
    # jieba's 供水管 + 道 left 道 "road" alone
    assert "管道" in words("因小区供水管道维修，明天停水。")


def test_a_year_of_three_digits_before_the_common_era() -> None:
    assert "二二一" in words("公元前二二一年，秦统一六国。")


def test_lei_before_de_is_tired() -> None:
    assert items("我累得在车里睡着了。")["累"].pinyin == "lèi"


def test_shi_after_a_number_is_the_hour() -> None:
    assert items("上午八时至下午五时停水。")["时"].gloss.startswith("o'clock")


def test_a_verb_after_a_dictionary_person_is_no_part_of_the_name() -> None:
    cut = words("这首诗是唐代诗人李白写的。")
    assert "李白" in cut and "李白写" not in cut


def test_an_ordinal_the_cut_ended_early_is_one_number() -> None:
    assert "第二十三" in words("全国人大常委会第二十三次会议今天闭幕。")


def test_tongguo_before_le_is_to_pass() -> None:
    assert items("会议表决通过了这部法律。")["通过"].gloss.startswith("to pass")
    assert items("通过学习，他进步很快。")["通过"].gloss.startswith("through")


def test_an_erhua_variant_shows_the_meanings_of_its_word() -> None:
    gloss = items("咱们一块儿去吧。")["一块儿"].gloss
    assert "together" in gloss and "variant" not in gloss
    assert items("我想吃碗面条儿。")["面条儿"].gloss.startswith("noodles")


def test_er_after_a_noun_is_the_r_suffix() -> None:
    assert items("我们在胡同口儿见面。")["儿"].pinyin == "r"


def test_authentic_and_poor_in_colloquial_praise() -> None:
    got = items("这家的炸酱面很地道，一点儿也不比老店差。")
    assert got["地道"].gloss.startswith("authentic")
    assert got["差"].pinyin == "chà"
    assert items("他们挖了一条地道。")["地道"].gloss.startswith("tunnel")


def test_a_variant_pointer_beside_a_meaning_is_dropped() -> None:
    assert items("多喝水，少喝饮料。")["喝"].gloss == "to drink"


def test_a_number_keeps_the_word_of_time_after_it() -> None:
    cut = words("比赛第七十分钟，替补登场。")
    assert "第七十" in cut and "分钟" in cut


def test_a_noun_and_a_word_of_place_is_no_name() -> None:
    # CC-CEDICT holds 山上 only as a township in Tainan; jieba tags 山村里 a transliterated name
    cut = words("导游让大家猜猜山上有几匹马。")
    assert "山上" not in cut and "山" in cut and "上" in cut
    assert "猜猜山" not in cut
    found = analyze("外婆家在一个小山村里。", cache=False).vocabulary.items
    assert not any(i.kind == "name" for i in found)


def test_half_past_is_the_hour_not_a_decimal_point() -> None:
    assert items("营业时间：上午十点半至晚上十点。")["点"].gloss.startswith("o'clock")


def test_gui_before_a_company_is_the_polite_your() -> None:
    gloss = items("贵公司的业务和我的经验很对口。")["贵"].gloss
    assert gloss.startswith("(honorific) your") and "贵" not in gloss
    assert items("这件衣服太贵了。")["贵"].gloss.startswith("expensive")


def test_di_and_a_number_of_one_piece_is_one_ordinal() -> None:
    cut = words("今天学习第十二课，请翻到第五十八页。")
    assert "第十二" in cut and "第五十八" in cut


def test_a_number_and_a_measure_word_are_no_term_of_cards_or_music() -> None:
    cut = words("明天最低气温将降至零下三度左右。")
    assert "三度" not in cut  # "third (musical interval)"
    assert items("明天最低气温将降至零下三度左右。")["度"].gloss.startswith("degree")
    assert "四条" not in words("他家养了四条狗。")  # "four of a kind"


def test_a_familiar_name_before_a_speakers_colon_is_a_person() -> None:
    found = analyze("小王：你下班了吗？\n小李：还没呢。", cache=False).vocabulary.items
    names = {i.simplified for i in found if i.kind == "name"}
    assert {"小王", "小李"} <= names


def test_a_decimal_before_percentage_points_is_one_number() -> None:
    assert "零点一" in words("涨幅比上月扩大零点一个百分点。")


def test_a_colour_turning_is_still_the_colour() -> None:
    assert items("天慢慢黑了。")["黑"].gloss.startswith("black")


def test_after_xing_a_character_is_the_surname() -> None:
    assert items("我是上周来看病的病人，姓赵。")["赵"].gloss == "surname Zhao"


def test_a_two_part_saying_without_its_comma_is_one_idiom() -> None:
    found = items("他学英语总是三天打鱼两天晒网，所以进步很慢。")
    assert found["三天打鱼两天晒网"].kind == "idiom"
    assert "fish" in found["三天打鱼两天晒网"].gloss
    assert "三天打鱼" not in found and "两天晒网" not in found


def test_a_weekday_is_no_part_of_a_name() -> None:
    found = items("周三沪深两市震荡走低，银行板块逆势上涨。")
    assert found["周三"].gloss.startswith("Wednesday")
    assert all(i.kind != "name" for i in found.values())


def test_two_common_characters_that_name_only_a_township_are_the_words() -> None:
    cut = words("雷雨时不要在大树下避雨。")
    assert "大树" not in cut and "树" in cut  # not 大树 "Tashu township (Kaohsiung)"
    assert "春日" not in words("春日的午后，阳光很暖和。")


def test_ba_and_a_noun_before_a_verb_is_the_object_marker() -> None:
    assert "把头" not in words("孔雀把头一扬，转身走了。")
    assert "把手" not in words("他把手伸出来给医生看。")
    assert "把门" not in words("请把门关上。")
    assert "把手" in words("这个把手松了。")  # the handle
    assert "把手" in words("门上的把手坏了。")


def test_a_unit_of_weight_or_length_after_a_number() -> None:
    assert items("加二十克白糖。")["克"].gloss.startswith("gram")
    assert items("桌子长两米。")["米"].gloss.startswith("meter")
    assert items("我去超市买米。")["米"].gloss.startswith("rice")


def test_digits_with_a_zero_are_one_number() -> None:
    cut = words("如遇紧急情况，请拨打一一〇报警。")
    assert "一一〇" in cut and "一一" not in cut  # not 一一 "one by one" + a symbol
    assert items("请拨打一一〇报警。")["一一〇"].pinyin.endswith("líng")


def test_one_digit_after_di_is_an_ordinal() -> None:
    assert "第三" in words("超过的部分为第三阶梯。")
    assert "第七十" in words("第七十分钟，他进了球。")


def test_a_numeral_and_a_measure_word_count_what_follows() -> None:
    cut = words("小明有十二支铅笔。")
    assert "十二支" not in cut and "支" in cut  # not "the 12 earthly branches"
    assert "三台" not in words("买了三台电脑。")  # not Santai county
    assert "一万" in words("一万名学生参加了比赛。")


def test_a_number_and_an_operator_before_a_number() -> None:
    cut = words("十二减五加八等于十五。")
    assert "五加" not in cut and "加" in cut  # not 五加 "Acanthopanax"


def test_a_number_of_ten_thousands_is_one_number() -> None:
    cut = words("农村居民人均收入一万五千七百零五元，支出两万零二百三十八元。")
    assert "一万五千七百零五" in cut and "两万零二百三十八" in cut
    assert "三万" in words("有三万人参加了比赛。")  # not 三 + 万人
    assert "万一" in words("万一下雨怎么办？")


def test_chang_long_before_what_it_describes_and_zhang_before_what_grows() -> None:
    assert items("他拿着长竹竿跑过来。")["长"].pinyin == "cháng"
    assert items("长江是中国第一长河。")["长"].pinyin == "cháng"
    assert items("小草长出来了。")["长"].pinyin == "zhǎng"
    assert items("这条路很长。")["长"].pinyin == "cháng"


def test_a_number_takes_its_measure_word_but_not_the_next_words_first_character() -> None:
    cut = words("全年物价比上年提高1.8个百分点。")
    assert "百分点" in cut and "分点" not in cut  # not 百 + 分点 "point of division"


def test_zhe_after_a_number_is_a_discount() -> None:
    assert items("围巾、手套等配件八折优惠。")["折"].gloss.startswith("discount")


def test_a_mountain_or_lake_jieba_knows_as_a_place_is_one_place() -> None:
    cut = words("杭州附近还有千岛湖、天目山等风景区。")
    assert "天目山" in cut and "千岛湖" in cut
    assert "上山" in words("明天我们一起上山。")  # a common word stays one


def test_a_month_stays_whole_before_its_end() -> None:
    assert "十二月" in words("工程将于十二月底完工。")  # not 十二 + 月 + 底


def test_a_familiar_name_opening_a_sentence_is_a_person() -> None:
    found = analyze("小明放学回家，发现门锁着。", cache=False).vocabulary.items
    assert "小明" in {i.simplified for i in found if i.kind == "name"}
    # not a little flower, bird or cat, nor a word such as 小心 or 小时候
    plain = analyze("小花开了。小鸟飞走了。小时候我很胖。", cache=False).vocabulary.items
    assert not any(i.kind == "name" for i in plain)
    # a word of the segmenter's dictionary needs more evidence: 小童 is "a page boy"
    page = analyze("主人坐下。小童献上茶来。", cache=False).vocabulary.items
    assert not any(i.kind == "name" for i in page)


def test_a_brand_made_of_a_word_and_a_particle_is_the_two_words() -> None:
    cut = words("这是一朵很美的花。")
    assert "美的" not in cut and "美" in cut  # not 美的 "Midea (brand)", a person
    assert "目的" in words("学习的目的是什么？")


def test_a_loanword_or_dynasties_jieba_tags_as_a_person_is_a_word() -> None:
    found = items("秦汉时期，纳粹，梁祝的故事。")
    assert all(found[w].kind == "word" for w in ("秦汉", "纳粹", "梁祝"))


def test_a_two_part_saying_quoted_whole_with_its_comma_is_one_item() -> None:
    found = items("他学琴总是三天打鱼，两天晒网，所以没有进步。")
    saying = found["三天打鱼，两天晒网"]
    assert saying.kind == "idiom" and saying.gloss.startswith("lit. to fish")
    assert saying.pinyin == "sān tiān dǎ yú liǎng tiān shài wǎng"
    assert "三天打鱼" not in found and "两天晒网" not in found
    assert all(ch != "，" for ch, _ in saying.idiom.char_gloss)  # no gloss for the comma
    from zh_learn.audio.sources import item_plan

    said = item_plan(saying)  # said from the recordings, without the comma
    assert said is not None and said.text == "三天打鱼两天晒网"
    # a half quoted alone is still an item of its own
    assert "三天打鱼" in items("他学琴总是三天打鱼。")


def test_ten_minutes_is_the_number_ten_and_minutes() -> None:
    # the cut weighs 十分 "very" above the number 十; 钟 "clock" after "very" is no word
    cut = words("电影还有十分钟就开始了。")
    assert "十分" not in cut and "分钟" in cut
    assert items("会议推迟了一小时十分钟。")["分钟"].gloss.startswith("minute")
    assert "十分" in words("这里的风景十分美丽。")  # "very" stays where it is
    assert "钟" not in words("他等了二十分钟。")


def test_a_number_read_digit_by_digit_is_one_number() -> None:
    # a telephone or account number: not 一二 "one or two", 三四 "three or four"
    cut = words("有事请拨打一三八零零一二三四五六，找李老师。")
    assert "一三八零零一二三四五六" in cut
    assert items("有事请拨打一三八零零一二三四五六。")["一三八零零一二三四五六"].kind == "number"
    assert "三" in words("屋里坐着三四个人。")  # two digits: an estimate, not joined


def test_a_weekday_after_this_or_every_week_is_the_day() -> None:
    # jieba's 本周/每周 "this/every week" took 周 from 周三; the digit alone was a number
    assert "周三" in words("图书馆本周三闭馆一天。")
    assert items("图书馆本周三闭馆一天。")["周三"].gloss.startswith("Wednesday")
    cut = words("我们每周二下午练琴。")
    assert "周二" in cut and "每周" not in cut
    assert "周" not in words("这周六我们去爬山。")
    # a count after a week is no weekday: 每周三次 "three times a week"
    assert "周三" not in words("他每周三次去游泳。")


def test_an_approximate_number_is_one_number() -> None:
    # 几 stands for the digit the number leaves open: not 二十 + 几个 "a few"
    cut = words("门口排了二十几个人。")
    assert "二十几" in cut and "个" in cut
    assert items("门口排了二十几个人。")["二十几"].kind == "number"
    assert "几十" in words("书架上有几十本旧书。")
    assert "几个" in words("这几个问题很难。")  # 几 alone: "which / a few", left as it is


def test_hundred_millions_and_fractions_are_one_number() -> None:
    cut = words("全球有超过两亿人缺少干净的饮用水。")
    assert "两亿" in cut  # not 两 "two" + 亿
    assert "三千五百亿" in words("去年的出口额达到三千五百亿元。")
    cut = words("把五分之三和十分之一相加。")
    assert "五分之三" in cut and "十分之一" in cut
    assert items("把五分之三和十分之一相加。")["五分之三"].kind == "number"
    assert "百分之" in words("价格上涨了百分之十五。")  # "percent" stays a word


def test_a_surname_and_mou_is_a_person_whose_name_is_withheld() -> None:
    text = "法院查明，被告人赵某多次盗窃，同案人孙某某已被另案处理。"
    found = items(text)
    assert found["赵某"].kind == "name" and found["赵某"].name_type == "person"
    assert found["赵某"].gloss == "a person surnamed Zhào (name withheld)"
    assert "孙某某" in found
    # 某 "a certain" after a preposition is no name: 于某日, 在某处
    cut = words("他于某日晚上离开了家。")
    assert "于某" not in cut and "某" in cut


def test_zong_after_a_surname_is_the_boss() -> None:
    assert items("会议由陈总主持。")["总"].gloss.startswith("(after a surname) boss")
    assert items("李总，您好！")["总"].gloss.startswith("(after a surname) boss")
    # a familiar name before it: 老陈 always says
    assert not items("老陈总说自己很忙。")["总"].gloss.startswith("(after a surname)")
    assert not items("他总不来。")["总"].gloss.startswith("(after a surname)")


def test_listed_learner_words_are_read_whole() -> None:
    # jieba lacks 不客气 and counts 最多 three times: the cut read them as parts
    assert "不客气" in words("谢谢你帮我。——不客气！")
    assert "最多" in words("这件衣服最多卖一百块。")
    assert "穿上" in words("外面冷，快穿上外套。")
    # a dictionary word across an edge still wins: 好 + 说话, 十来 + 年
    assert "说话" in words("他这个人很好说话。")
    assert "来年" not in words("我在这里住了十来年。")


def test_every_listed_whole_word_is_a_learner_word_read_whole() -> None:
    from zh_learn.analysis.cutwords import cut_words
    from zh_learn.package_data import read_rows

    cw = cut_words()
    listed = [word for (word,) in read_rows("whole_words.tsv")]
    assert listed and all(cw.learner(word) for word in listed)
    # each alone between punctuation is one word
    for word in listed:
        assert words(f"“{word}”") == ["“", word, "”"], word


def test_a_word_that_falls_apart_gives_its_last_character_to_the_next() -> None:
    # jieba's 抗疟药 + 物: no learner dictionary holds 抗疟药, and 药 + 物 is a word
    cut = words("她接受了研究抗疟药物的任务。")
    assert "药物" in cut and "物" not in cut
    assert "牙关" in words("我只好咬着牙关，一步一步往前走。")
    assert words("他研究抗疟药。")[-2:] == ["药", "。"]  # nothing to give


def test_a_dynasty_is_no_part_of_the_person_after_it() -> None:
    cut = words("他从东晋葛洪的书中得到启发。")
    assert "东晋" in cut and "葛洪" in cut
    assert items("他从东晋葛洪的书中得到启发。")["葛洪"].kind == "name"
    # a compound surname is part of the name
    assert "司马相如" in words("司马相如写了很多赋。")
    assert "欧阳修" in words("欧阳修是北宋的文学家。")


def test_everyday_words_no_dictionary_holds_are_read_whole() -> None:
    assert "本周" in words("本周股市上涨了百分之二。")
    assert "排长队" in words("这家店每天晚上都排长队。")
    assert "减速带" in words("过减速带时要慢一点。")
    # 本周 before a weekday: this + Wednesday
    assert words("本周三开会。")[:2] == ["本", "周三"]


def test_buguo_opening_a_clause_is_but() -> None:
    assert items("我很想去。不过，我没有时间。")["不过"].gloss.startswith("but; however")
    assert items("他不过是个孩子。")["不过"].gloss.startswith("only")
    assert items("何必着急？不过三年五载罢了。")["不过"].gloss.startswith("only")
    assert items("有什么难的？不过是读读写写。")["不过"].gloss.startswith("only")


def test_ke_opening_a_clause_before_a_verb_is_may() -> None:
    assert items("商品完好的，可申请退货。")["可"].gloss.startswith("can; may")
    assert items("如有疑问，可拨打客服电话。")["可"].gloss.startswith("can; may")
    assert items("天已经黑了，可他还没回来。")["可"].gloss.startswith("but; however")
    assert items("她答应了，可回来的人很少。")["可"].gloss.startswith("but; however")


def test_hua_before_an_amount_or_time_is_to_spend() -> None:
    assert items("学好一门外语要花不少功夫。")["花"].gloss.startswith("to spend")
    assert items("我们别花时间争论了。")["花"].gloss.startswith("to spend")
    assert items("院子里种了很多花。")["花"].gloss.startswith("flower")
    assert items("春天到了，花开了。")["花"].gloss.startswith("flower")


def test_dian_after_hundreds_is_a_point_of_an_index() -> None:
    assert items("上证指数收于三千二百点。")["点"].gloss.startswith("point (of an index")
    assert items("我们晚上十点见。")["点"].gloss.startswith("o'clock")


def test_readings_of_xiatiao_and_ning() -> None:
    assert items("央行决定下调存款利率。")["下调"].pinyin == "xià tiáo"
    assert items("把毛巾拧干再晾。")["拧"].pinyin == "níng"
    assert items("他反手一拧，球就过网了。")["拧"].gloss.startswith("to twist")


def test_daojia_is_to_get_home_unless_it_is_perfect() -> None:
    assert items("天黑了，他还没到家。")["到家"].gloss.startswith("to get home")
    assert items("他的功夫很到家。")["到家"].gloss.startswith("perfect")


def test_dialogue_speakers_and_prices() -> None:
    text = "甲：您最近忙什么呢？\n乙：学做饭呢。"
    assert items(text)["甲"].gloss.startswith("A (the first speaker")
    assert items(text)["乙"].gloss.startswith("B (the second speaker")
    assert items("甲方将房屋出租给乙方。")["甲方"].gloss.startswith("first party")
    assert items("售价两千元起，下周开售。")["起"].gloss.startswith("and up")
    assert items("这款充电器支持六十五瓦快充。")["瓦"].gloss == "watt"
    assert items("屋顶上掉了一片瓦。")["瓦"].gloss.startswith("roof tile")


def test_deng_before_the_kind_of_a_list_is_etc() -> None:
    assert items("红军从瑞金等地出发。")["等"].gloss.startswith("etc.")
    assert items("注意防治玉米螟等害虫。")["等"].gloss.startswith("etc.")
    assert items("他在车站等车。")["等"].gloss.startswith("to wait")
    assert items("我在这里等你。")["等"].gloss.startswith("to wait")


def test_cheng_after_a_numeral_is_a_tenth_and_buxiang_before_a_verb() -> None:
    assert items("首付最低两成。")["成"].gloss.startswith("one tenth")
    assert items("谁不想过上好日子呢？")["不想"].gloss.startswith("to not want")
    assert items("这半年真是熬过来的。")["熬"].gloss.startswith("to endure")
    assert items("处众人之所恶，故几于道。")["恶"].pinyin == "wù"
    assert items("处众人之所恶，故几于道。")["几"].pinyin == "jī"


def test_an_army_and_a_star_sign_are_no_persons() -> None:
    tokens = {t.text: t for t in analyze("红军将士爬雪山、过草地。", cache=False).document.tokens}
    assert tokens["红军"].name_type == "organization"
    tokens = {t.text: t for t in analyze("白羊座本周运势很好。", cache=False).document.tokens}
    assert tokens["白羊座"].name_type != "person"
    tokens = {t.text: t for t in analyze("巴金写了很多小说。", cache=False).document.tokens}
    assert tokens["巴金"].name_type == "person"  # a person with dates stays one


def test_a_familiar_name_alone_is_someone_addressed_or_a_signature() -> None:
    assert "小李" in words("小李，你好。明天开会。")
    assert "小李" in words("附件请您过目。盼复。\n小李")
    assert "老王" in words("老王，明天见。")
    assert "小鸟" in words("小鸟，飞吧。")  # a word stays a word
    assert "小心" in words("小心！")


def test_a_lone_character_takes_back_from_a_three_character_word_on_its_left() -> None:
    # jieba's 他 + 人财物, 骗取 他人 财物
    assert words("骗取他人财物，数额巨大。")[:3] == ["骗取", "他人", "财物"]
    assert "并处罚金" in words("判处有期徒刑三年，并处罚金人民币五万元。")
    assert "石子" in words("乌鸦把小石子一个一个地放进瓶子里。")
    assert "不少于" in words("两次用药间隔不少于四小时。")
    assert "不少" in words("他读了不少书。")


def test_a_recipe_reads_dried_chilli_heat_and_dice() -> None:
    recipe = "鸡胸肉切成一厘米见方的小丁。锅中放入干辣椒炒出香味，倒入调好的酱汁，大火翻炒即可。"
    found = items(recipe)
    assert found["干"].pinyin == "gān" and found["干"].gloss.startswith("dry")
    assert found["调"].pinyin == "tiáo"
    assert found["大火"].gloss.startswith("high heat")
    assert not found["小"].gloss.startswith("(before a surname")  # 的小丁: small dice
    assert items("昨晚一场大火烧毁了仓库。")["大火"].gloss.startswith("conflagration")
    assert items("他干了一天活。")["干"].pinyin == "gàn"


def test_ke_before_an_adverbial_and_a_verb_is_may() -> None:
    text = "空间站运行在近地轨道上，可长期驻留三名航天员。"
    assert items(text)["可"].gloss.startswith("can; may")


def test_a_notice_and_an_announcement() -> None:
    text = "本次列车将晚点约四十分钟到达终点站。给您带来的不便，我们深表歉意。"
    found = items(text)
    assert found["将"].gloss.startswith("will")
    assert "本次" in found and "深表" in found
    assert items("并将碑迁移至山后。")["将"].gloss.startswith("(marks the object")
    assert items("将宣传、弘扬雷锋精神作为重点。")["将"].gloss.startswith("(marks the object")


def test_cha_of_poor_quality_and_de_after_one_by_one() -> None:
    found = items("如果出现抽搐、精神差等情况，应及时就医。")
    assert found["差"].pinyin == "chà" and found["差"].gloss.startswith("not up to standard")
    assert items("它把小石子一个一个地放进瓶子里。")["地"].pinyin == "de"
    assert items("这里的地很肥。")["地"].pinyin == "dì"


def test_a_fable_and_a_lab_notice() -> None:
    assert words("宋国有一个农夫。")[:2] == ["宋国", "有"]
    assert words("实验结束后，洗净双手后方可离开。")[-4:] == ["后", "方可", "离开", "。"]
    assert "后方" in words("前线需要后方的支持。")
    tokens = {t.text: t for t in analyze("儒家学派的创始人是孔子。", cache=False).document.tokens}
    assert tokens["儒家"].name_type is None  # a school of thought, no person
    assert tokens["孔子"].name_type == "person"


def test_qisuo_before_a_verb_is_its_and_what() -> None:
    assert words("其所持有的本公司股份被质押。")[:3] == ["其", "所", "持有"]
    assert "各得其所" in words("大家各得其所。")


def test_a_fable_a_biography_and_a_word_problem() -> None:
    assert items("农夫白捡了一只兔子。")["白"].gloss.startswith("in vain")
    assert items("天上飘着白云。")["白云"].gloss.startswith("white cloud")
    assert items("他成了宋国人的笑柄。")["成"].gloss.startswith("to become")
    assert items("孔子，名丘，字仲尼。")["字"].gloss.startswith("courtesy name")
    assert items("他的名字很长，字也写得好。")["字"].gloss.startswith("character")
    assert items("一个水池有两个进水管。\n解：两管合开。")["解"].gloss.startswith("solution")
    text = "使用浓硫酸等腐蚀性试剂时，必须佩戴护目镜。"
    assert items(text)["等"].gloss.startswith("etc.")


def test_a_legend_a_filing_and_a_news_flash() -> None:
    assert items("王母娘娘派天兵天将把织女抓回了天宫。")["派"].gloss.startswith("to send")
    assert items("这一派的人都不同意。")["派"].gloss.startswith("clique")
    only = items("成千上万只喜鹊飞来。")["只"]
    assert only.pinyin == "zhī" and only.gloss.startswith("classifier")
    assert items("这只是开始。")["只是"].pinyin == "zhǐ shì"
    assert items("占公司总股本的百分之三点五。")["总"].gloss.startswith("total")
    assert items("他总觉得不对。")["总"].gloss.startswith("always")
    assert items("今天下午三时许，一栋居民楼突发火灾。")["许"].gloss.startswith("about")
    assert items("内胆涂层有点薄。")["薄"].pinyin == "báo"


def test_a_poem_note_a_game_report_and_a_dialogue() -> None:
    assert "安史之乱" in words("这首诗写于安史之乱期间。")  # no person 安史 cut from it
    assert words("詹姆斯全场拿下三十二分。")[-3:] == ["三十二", "分", "。"]
    assert "十二分" in words("他对结果十二分满意。")
    assert "创新高" in words("粮食产量再创新高。")
    assert "小明" in words("“妈，我回来了！”小明一进门就把书包一扔。")


def test_words_spelled_with_numerals_are_words() -> None:
    assert items("妈妈万岁！")["万岁"].kind.value == "word"
    assert items("万一下雨怎么办？")["万一"].gloss.startswith("just in case")
    assert items("一万人参加了比赛。")["一万"].kind.value == "number"


def test_a_teahouse_a_carpenter_and_authentic_speech() -> None:
    assert items("一壶二十文，配上一碟桂花糕。")["文"].gloss.startswith("(old) classifier")
    assert items("谁家盖房子，都要请他去。")["盖"].gloss == "to build"
    assert items("日子过得清贫却也自在。")["过得"].gloss.startswith("to live")
    assert items("他用地道的北京话写作。")["地道"].pinyin == "dì dao"
    assert "榫卯" in words("全靠榫卯结构，不用一根钉子。")


def test_a_surname_before_a_title_a_song_and_an_old_man() -> None:
    assert items("林舰长盯着屏幕。")["林"].gloss.startswith("surname Lin")
    assert items("莫叫妹妹泪长流。")["长"].pinyin == "cháng"
    assert items("张大爷今年七十八了。")["大爷"].pinyin == "dà ye"


def test_more_than_after_a_number_and_reduplicated_words() -> None:
    assert words("一亩地能收入一万多元。")[-4:] == ["一万", "多", "元", "。"]
    assert words("他在这里住了十多年。")[-4:] == ["十", "多", "年", "。"]
    assert "多年" in words("多年来他一直在这里。")
    assert "多元" in words("这是一个多元的社会。")
    assert "干干净净" in words("房间收拾得干干净净。")
    assert "会车" in words("山路很窄，要小心会车。")


def test_readings_of_de_before_hands_and_chu_of_a_penalty() -> None:
    assert items("我冻得手上全是冻疮。")["得"].pinyin == "de"
    assert items("她做得一手好菜。")["得"].pinyin == "de"
    assert items("对违规的个人，将处以罚款。")["处"].pinyin == "chǔ"


def test_a_dictionary_word_with_a_numeral_is_not_cut_at_the_numeral() -> None:
    assert "下一步" in words("下一步，我们将继续努力。")
    assert "下一步" in words("有关部门表示，下一步将加快改造。")
    assert items("租房一般是押一付三。")["押一付三"].kind.value == "phrase"
    assert "两室一厅" in words("我家是两室一厅的房子。")
    # words whose numeral counts nothing stay as they were
    cut = words("他第一时间赶到，一直和大家在一起，一定要统一思想，万一出事就一路平安地回来。")
    assert {"第一时间", "一直", "一起", "一定", "万一"} <= set(cut)
    assert "三心二意" in words("他做事三心二意。")
    assert "一言为定" in words("好，一言为定！")
    # a numeral that counts stays a number of its own
    assert words("他往前走了一步。")[-3:] == ["一", "步", "。"]


def test_ye_hao_is_fine_only_in_pairs_after_that_or_after_a_verb() -> None:
    assert words("他的态度也好。")[-3:] == ["也", "好", "。"]
    assert words("你也好吗？")[:3] == ["你", "也", "好"]
    assert "也好" in words("工资也好，同事也好，我都挺满意的。")
    assert "也好" in words("去也好，不去也罢。")
    assert "也好" in words("那也好，我们明天再去。")
    assert "也好" in words("也好，我们走吧。")
    assert "也好" in words("我先睡一觉也好。")  # may as well
    assert "也好" in words("我看也好。")


def test_hao_bu_before_a_word_that_ends_an_exclamation_is_how_very() -> None:
    assert "好不" in words("节日的街上好不热闹。")
    assert "好不" in words("心里好不难受啊！")
    assert "好不好" in words("你好不好？")
    assert words("这个菜好不好吃？")[2] == "好不好"
    assert "好不容易" in words("好不容易才找到。")
    assert "好不" not in words("他说得好不清楚。")  # after 得: well, not clear
    assert "好不" not in words("学好不难。")


def test_at_home_gives_its_home_back_to_the_door() -> None:
    assert words("他站在家门前等我。")[:5] == ["他", "站", "在", "家", "门前"]
    assert "在家" not in words("我在家门外等你。")
    assert "家门口" in words("她坐在家门口晒太阳。")
    assert "在家" in words("他今天在家，门前的雪还没扫。")
    assert "在家" in words("他住在家里。") or "家里" in words("他住在家里。")


def test_hao_zai_opening_a_clause_is_fortunately() -> None:
    assert items("好在大家及时调整了状态。")["好在"].gloss.startswith("luckily")
    assert "好在" in words("雨很大，但好在没人受伤。")
    assert "好在" not in words("这本书好在哪里？")
    assert "好在" not in words("这篇课文好在语言简单。")  # good in that...
    # the answer to a question of what is good
    assert "好在" not in words("学生：这篇课文好在哪里？\n老师：好在语言简单。")


def test_you_de_opening_a_clause_is_some() -> None:
    assert words("有的在跑步，有的在跳舞。").count("有的") == 2
    assert "有的" in words("其中有的人不同意。")
    assert words("还有的人在睡觉。")[:3] == ["还", "有的", "人"]
    assert "有的" not in words("他有的书我也有。")
    assert "有的" not in words("我也有的。")
    assert "有的是" in words("有的是时间。")


def test_yi_before_a_reduplicated_measure_word_is_one_after_another() -> None:
    assert "一天天" in words("日子一天天过去。")
    assert "一年年" in words("一年年过去了。")
    assert "一次次" in words("他一次次摔倒又爬起来。")
    assert "一个个" in words("孩子们一个个都笑了。")
    assert items("日子一天天过去。")["一天天"].gloss.startswith("day by day")
    # a word after it keeps its own characters
    assert "天气" in words("这一天天气很好。")
    assert "年底" in words("上一年年底他回来了。")
    assert "代表" in words("这一代代表了新的希望。")
    assert "家具" in words("他开了一家家具店。")


def test_a_day_after_a_number_is_no_solstice() -> None:
    cut = words("十月一日至七日放假。")
    assert "日至" not in cut and "至" in cut  # not 日至 "solstice"
    assert "冬至" in words("今天是冬至。")
    assert "周至" not in words("疗程为三周至五周。")


def test_plurals_and_a_crowd_of_sounds_keep_their_nouns() -> None:
    cut = words("孩子们、朋友们、客人们、工人们、老人们都来了。")
    assert {"孩子", "朋友", "客人", "工人", "老人"} <= set(cut) and cut.count("们") == 5
    assert words("鞭炮声响成一片。")[:3] == ["鞭炮声", "响", "成"]  # not 鞭炮 + 声响
    assert "一场场" in words("一场场比赛打下来，队员们越打越有信心。")


def test_hou_lai_after_an_event_is_after_then_come() -> None:
    assert words("每天放学后来找我。")[1:5] == ["放学", "后", "来", "找"]
    assert words("毕业后来到北京。")[:3] == ["毕业", "后", "来到"]
    assert "后来" in words("他后来去了北京。")
    assert "后来" in words("他先是反对后来又同意了。")  # an adverb after it: afterwards
    assert "后来" in words("我们后来才知道。")


def test_you_de_after_a_subject_in_a_sentence_of_some_and_some() -> None:
    cut = words("老人们有的在下棋，有的在打太极拳，还有的坐在长椅上。")
    assert cut.count("有的") == 3


def test_yao_bu_opening_a_clause_before_a_pronoun_is_how_about() -> None:
    assert words("要不我们去看电影吧？")[0] == "要不"
    assert words("要不你先休息。")[0] == "要不"
    assert "要不是" in words("要不是你，我就迷路了。")
    assert "不要" in words("要不要去？")


def test_notices_name_their_kind_whole() -> None:
    assert "寻物启事" in words("寻物启事\n本人丢失黑色钱包一个。")
    assert "单双号" in words("市区部分道路将实行单双号限行。")
    assert "中雨" in words("明天阴有中雨，气温有所下降。")
    assert "多云转阴" in words("本市多云转阴。")
    assert "照价赔偿" in words("如有损坏或丢失，须照价赔偿。")
    assert "雨伞" in words("家中雨伞很多。")  # 中 "in" keeps its place


def test_hao_ji_before_a_measure_word_is_quite_a_few() -> None:
    assert words("他买了好几样菜。")[3:6] == ["好几", "样", "菜"]
    assert words("好几个人来了。")[:3] == ["好几", "个", "人"]
    assert words("我等了好几天。")[3:5] == ["好几", "天"]
    assert words("你好几个月没来了。")[:3] == ["你", "好几", "个"]
    assert "好几年" in words("好几年没见了。")  # a dictionary word stays whole
    assert "好几" not in words("他说得好几个人都笑了。")  # said well


def test_the_readings_of_old_prose_keep_their_own_words() -> None:
    # 怎好不 "how could one not", 好 "so as to" before a place, 后来 "later" after a lone verb
    assert "好不" not in words("我怎好不回去的。")
    assert "好在" not in words("只装出来哄他们，好在外头布散。")
    assert "后来" in words("听后来见说到自己身上。")
    assert "也好" in words("这么着也好，可就只忒苦了他。")
    assert "也好" in words("不喝也好，强如喝醉了。")
    assert "有的" not in words("有的没有？")
    assert words("他一步步行来。")[1] == "一步步"  # a verb after it: step by step
