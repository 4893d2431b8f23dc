"""The sense and reading a word takes from its neighbours (third round of issue 11): each
rule through the library's analysis or the CLI, on sentences of its own."""

from __future__ import annotations

from click.testing import CliRunner

from analysed import items
from zh_learn.analysis.cutwords import cut_words
from zh_learn.analysis.segment import _best_path
from zh_learn.analysis.senses import context_role
from zh_learn.cli.app import cli


def test_a_pair_of_country_abbreviations_is_one_word() -> None:
    # jieba knows 中美关系, no learner dictionary does; 中美 "China-USA" must not become
    # 中 "within" + 美 "beautiful" because a frequency list barely knows it
    found = items("中美关系很重要。")
    assert "中美" in found and found["中美"].gloss.startswith("China-US")
    assert "美" not in found
    cw = cut_words()
    assert _best_path("中美两国", cw)[0] == "中美"
    assert _best_path("中英联合声明", cw)[0] == "中英"
    # other splits keep their route (大一 of 大一岁 is no pair of countries)
    assert _best_path("中美", cw) == ["中美"]


def test_literary_and_context_senses() -> None:
    assert items("他姓孔，名叫孔乙己。")["姓"].gloss.startswith("to be surnamed")
    assert items("我本来叫什么，我不知道。")["叫"].gloss.startswith("to call; to be called")
    assert items("或一日的黄昏，他来了。")["或"].gloss.startswith("some; a certain")
    assert items("你去北京或去上海。")["或"].gloss.startswith("or")
    assert items("你也配考我么？")["配"].gloss.startswith("to deserve")
    assert items("他天天看见天。")["天"].gloss.startswith("sky")
    assert items("过了三天。")["天"].gloss.startswith("day")
    assert items("自那以后，他不来了。")["自"].gloss.startswith("from; since")
    assert items("两家略有些瓜葛。")["略"].gloss.startswith("slightly")
    assert items("他是个老寡妇的儿子。")["老"].gloss.startswith("old")
    assert items("一年来，他很忙。")["来"].gloss.startswith("over the past")
    assert items("他三天来一次。")["来"].gloss.startswith("to come")


def test_a_noun_first_character_where_only_a_verb_stands() -> None:
    # before a counted object, after an adverb of verbs, between a pronoun and 在
    assert items("下面垫一个蒲包。")["垫"].gloss.startswith("to ")
    assert items("他又病了。")["病"].gloss.startswith("to fall ill")
    assert items("他垫在床上。")["垫"].gloss.startswith("to ")
    # a noun stays a noun (家 has no verb), and a number alone is no object
    assert items("我家在北京。")["家"].gloss.startswith("home")


def test_readings_of_zai_bei_and_sui() -> None:
    assert items("他三年五载才回来一次。")["三年五载"].pinyin_numbers.endswith("zai3")
    assert items("史书记载了这件事。")["记载"].pinyin_numbers == "ji4 zai3"
    assert items("这辆卡车载重五吨。")["载重"].pinyin_numbers == "zai4 zhong4"
    found = items("他背书包上学。")
    assert found["背"].pinyin_numbers == "bei1"
    assert found["背"].gloss.startswith("to be burdened; to carry")
    found = items("他在背课文。")
    assert found["背"].pinyin_numbers == "bei4"
    assert found["背"].gloss.startswith("to recite")
    # 遂 suí is only inside 半身不遂 (its other note is Taiwan's reading): alone it is suì
    found = items("狗儿遂将岳母接来。")
    assert found["遂"].pinyin_numbers == "sui4"
    assert found["遂"].gloss.startswith("then")


def test_a_pointer_to_the_words_own_characters_keeps_its_reading() -> None:
    assert items("这乃是个老寡妇。")["乃是"].gloss.startswith("equivalent to either shì or")


def test_cli_reads_bei_and_zai_in_context(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["pinyin", "他背起书包，三年五载。"], catch_exceptions=False)
    assert result.exit_code == 0
    line = result.output.splitlines()[1]
    assert "背(bēi)" in line and "zǎi" in line


def test_likeness_measure_words_and_learner_order() -> None:
    assert items("竟如乱麻一般，并无头绪。")["一般"].gloss.startswith("like")
    assert items("这个电影很一般。")["一般"].gloss.startswith("generally; ordinary")
    assert items("树立马克思主义的民族观，坚决反对分裂。")["观"].gloss.startswith("outlook")
    assert items("又生一女，名唤青儿。")["女"].gloss.startswith("daughter")
    found = items("总结经验教训，他的收入增长了，大力支持农业。")
    assert found["教训"].gloss.startswith("a bitter lesson")
    assert found["收入"].gloss.startswith("income")
    assert found["支持"].gloss.startswith("to support")


def test_composed_glosses_of_idioms_no_dictionary_lists() -> None:
    # 挺 opening a word sticks out (挺胸), not "quite"; 恤 is to pity, not "anxiety"
    assert items("几个挺胸叠肚的人")["挺胸叠肚"].gloss.startswith("to stick out + chest")
    assert "anxiety" not in items("他越发怜贫恤老。")["怜贫恤老"].gloss
    found = items("但这背在身上，也就背不动。他把手背在身后。")
    assert found["背"].pinyin_numbers == "bei1"


def test_wei_in_order_to_opening_a_clause() -> None:
    found = items("１９９６年，为加强农牧业的基础地位，全区增加投资。")
    assert found["为"].pinyin_numbers == "wei4"
    assert found["为"].gloss.startswith("for; in order to")
    # after what it names, 为 stays wéi
    assert items("他被选为主席。")["为"].pinyin_numbers == "wei2"


def test_fourth_round_context_senses() -> None:
    # an opening quotation mark is more words to come, not the end of the clause
    assert items("原意是“尾巴”或“毛发”的意思。")["或"].gloss.startswith("or")
    assert items("它距地球约２亿公里。")["约"].gloss.startswith("approximately")
    assert items("漠河聚集了万余人。")["余"].gloss.startswith("more than")
    assert items("依我说，你先回家。")["依"].gloss.startswith("according to")
    assert items("你到底去不去？")["到底"].gloss.startswith("after all")
    assert items("我们要坚持到底。")["到底"].gloss.startswith("to the end")
    # a complement after a verb, not after an adverb; 去住 is "to go and stay"
    assert items("他们已备好装备。")["好"].gloss.startswith("(verb complement")
    assert items("你回家去住两日。")["住"].gloss.startswith("to live")
    assert items("原来是他。")["原来"].gloss.startswith("originally")
    assert items("原来的计划不好。")["原来"].gloss.startswith("original")
    # 倒 dào: the adverb before most words, "to pour" before a drink or a complement
    assert items("众人倒捧着他。")["倒"].gloss.startswith("contrary to")
    assert items("我给你倒水。")["倒"].gloss.startswith("to pour")
    # a two-character word with its object after 了 is a verb
    assert items("政策规范了资金来源。")["规范"].gloss.startswith("to ")
    assert items("会议明确了方针。")["明确"].gloss.startswith("to clarify")
    assert items("他说得很明确。")["明确"].gloss.startswith("clear")


def test_fourth_round_learner_order() -> None:
    assert items("他问道：“你去哪儿？”")["问道"].gloss.startswith("to ask")
    assert items("令观者激动不已。")["令"].gloss.startswith("to cause")
    assert items("各地区都要重视。")["地区"].gloss.startswith("region")
    assert items("多渠道扩大资金。")["渠道"].gloss.startswith("(fig.) channel")
    assert items("彗星的风采很美。")["风采"].gloss.startswith("elegant manner")
    assert items("行星绕太阳公转。")["绕"].gloss.startswith("to rotate around")
    assert items("这不算在里头。")["不算"].gloss.startswith("to not count")
    assert items("带进他来。")["进"].gloss.startswith("(after a verb) in")


def test_suffixes_and_the_night_watch_are_read_in_context() -> None:
    found = items("还不如早些儿死了倒干净。")
    assert found["儿"].pinyin_numbers == "r5"
    assert items("吾儿快来。")["儿"].pinyin_numbers == "er2"
    assert items("那小丫头子走进来。")["子"].pinyin_numbers == "zi5"
    assert items("生一子，名叫宝玉。")["子"].pinyin_numbers == "zi3"
    assert items("小厮坐更看守。")["更"].pinyin_numbers == "geng1"
    assert items("他更高了。")["更"].pinyin_numbers == "geng4"
    assert items("把钱倒了出来。")["倒"].pinyin_numbers == "dao4"


def test_leftovers_of_earlier_rounds() -> None:
    assert items("他的专业很对口。")["对口"].gloss.startswith("to be fit for")
    assert items("我们靠自己的努力。")["靠"].gloss.startswith("to depend on")
    assert items("他靠在墙上。")["靠"].gloss.startswith("to lean")
    assert items("经过三年的努力，他成功了。")["经过"].gloss.startswith("after")
    assert items("经过这里的人很多。")["经过"].gloss.startswith("to pass")
    assert items("白日间他在家。")["间"].gloss.startswith("during")
    assert items("他急道：“快走！”")["急"].gloss.startswith("anxiously")


def test_fifth_round_shang_by_what_stands_before_it() -> None:
    # after a noun "on", after a verb its complement, before 了 the verb
    assert items("书放在桌子上。")["上"].gloss.startswith("on; in; at")
    assert items("会议在工地上举行。")["上"].gloss.startswith("on; in; at")
    assert items("他终于考上了大学，吃上了饭。")["上"].gloss.startswith("(after a verb) up")
    assert items("他上了车。")["上"].gloss.startswith("to go up")


def test_fifth_round_literary_senses() -> None:
    assert items("他来了，我自是高兴。")["自"].gloss.startswith("naturally")
    assert not items("信是自北京寄来的。")["自"].gloss.startswith("naturally")
    found = items("他把信递与老人，又说与众人听。")
    assert found["与"].gloss.startswith("to; for (someone")
    assert items("小说与电影不同。")["与"].gloss.startswith("and")
    assert items("你且坐下，我去倒茶。")["且"].gloss.startswith("for the time being")
    assert items("天色已晚，且不去了。")["且"].gloss.startswith("for the time being")
    assert items("他聪明且勤奋。")["且"].gloss.startswith("and")
    assert items("这样也使得的。")["使得"].gloss.startswith("usable")
    assert items("大雨使得河水上涨。")["使得"].gloss.startswith("to make")
    assert items("你好歹吃一点。")["好歹"].gloss.startswith("in any case")
    assert items("他把这两句背了下来。")["两句"].gloss.startswith("two sentences")


def test_fifth_round_jiang_zai_and_others() -> None:
    assert items("请你将他的书送去。")["将"].gloss.startswith("(marks the object")
    assert items("他将很快回来。")["将"].gloss.startswith("will")
    assert items("他将带来新的消息。")["将"].gloss.startswith("will")
    assert items("再有十天就过年了。")["再"].gloss.startswith("another")
    assert items("他再看一遍。")["再"].gloss.startswith("again")
    assert items("广大读者都很关心。")["广大"].gloss.startswith("numerous")
    assert items("广大地区下了雨。")["广大"].gloss.startswith("(of an area) vast")
    assert items("这是非会员的价格。")["非"].gloss.startswith("not; non-")
    assert items("这一发现标志着新时代的开始。")["标志"].gloss.startswith("to ")
    assert items("我们用新方法来解决问题。")["来"].gloss.startswith("in order to")
    assert items("这个方法的普适性很好。")["性"].gloss.startswith("-ness")
    assert items("他今天进园去玩。")["园"].gloss.startswith("garden")
    assert items("今天的报纸一版有他的照片。")["版"].gloss.startswith("page")
    assert items("且说那人走了以后。")["且说"].gloss.startswith("now (as the story goes)")


def test_fifth_round_learner_order_and_readings() -> None:
    assert items("这幅画太俗了。")["俗"].gloss.startswith("vulgar")
    assert items("湖水碧青。")["碧"].gloss.startswith("bluish green")
    assert items("他抬头，只见天上飞过一只鸟。")["只见"].gloss.startswith("to see, to one's")
    assert items("机器由他操作。")["操作"].gloss.startswith("to operate")
    assert items("墙上挂着一条条幅。")["条幅"].gloss.startswith("banner")
    assert items("我们迎来了新的一年。")["迎来"].gloss.startswith("(fig.) to usher in")
    found = items("不用一年的工夫，他就学会了。")["工夫"]
    assert found.pinyin_numbers == "gong1 fu5" and found.gloss.startswith("period of time")


def test_fifth_round_guards() -> None:
    # 将 before a verb is "will", though a moving verb comes later (推迟到, 进行)
    assert items("会议将推迟到明年举行。")["将"].gloss.startswith("will")
    assert items("他们将对此事进行调查。")["将"].gloss.startswith("will")
    assert items("她将一个瓶子递给我。")["将"].gloss.startswith("(marks the object")
    # 上 after a preposition or an adverb is no "on"; 自上了轿 is the verb
    assert not items("他往上看。")["上"].gloss.startswith("on; in")
    assert not items("工人已经上好了模板。")["上"].gloss.startswith("on; in")
    assert items("自上了车，他就睡了。")["上"].gloss.startswith("to go up")
    # 性儿 is one's temper, not a suffix
    assert not items("他偏性儿慢。")["性"].gloss.startswith("-ness")


def test_fifth_round_adverbs_and_complements() -> None:
    assert items("他暂时不去北京。")["暂时"].gloss.startswith("for the time being")
    assert items("这是暂时的困难。")["暂时"].gloss.startswith("temporary")
    assert items("你可知道他是谁？")["可"].gloss.startswith("(particle used for emphasis)")
    assert items("超大城市越来越多。")["超"].gloss.startswith("super-")
    assert items("他捧出一碗水。")["出"].gloss.startswith("(after a verb) out")
    assert items("那里无人看管。")["无人"].gloss.startswith("nobody")
    assert items("你去问他就是了。")["就是"].gloss.startswith("just")
    assert items("这座建筑很古老。")["建筑"].gloss.startswith("building")


def test_fifth_round_no_complement_after_a_modal_or_a_place() -> None:
    assert not items("他欲出城。")["出"].gloss.startswith("(after a verb)")
    assert not items("考场中出了一道难题。")["出"].gloss.startswith("(after a verb)")
    assert not items("所以派人到这里来接你。")["来"].gloss.startswith("in order to")


def test_sixth_round_nouns_in_y_are_no_adjectives() -> None:
    # 仗 opens with "weaponry", a noun: before 着 it is the verb (it was taken for an
    # adjective, like 忙 "busy", which stays)
    assert items("他仗着人多，欺负别人。")["仗"].gloss.startswith("to rely on")
    assert items("我忙了一天。")["忙"].gloss.startswith("busy")
    assert items("杯子空了。")["空"].gloss.startswith("empty")


def test_sixth_round_jiang_before_yi_and_organization() -> None:
    assert items("比赛将一场比一场精彩。")["将"].gloss.startswith("will")
    assert items("这项工程将三千人分成两组。")["将"].gloss.startswith("(marks the object")
    assert items("他们将近三年没见面了。")["将近"].gloss.startswith("almost")
    assert items("基层组织发挥了作用。")["组织"].gloss.startswith("organization")
    assert items("该组织成立于去年。")["组织"].gloss.startswith("organization")
    assert items("学校组织学生参观博物馆。")["组织"].gloss.startswith("to organize")


def test_sixth_round_measure_words_and_titles() -> None:
    # a measure word after a numeral is no verb before a complement (一片好家园: good)
    assert items("我们要留下一片好家园。")["好"].gloss.startswith("good")
    assert items("我们要把工作做好。")["好"].gloss.startswith("(verb complement")
    # a measure word said twice after 一 (一道道, 一条条): row upon row
    # 一道道 is a reviewed unit of its own now ("one after another")
    assert items("山上是一道道梯田。")["一道道"].gloss.startswith("one after another")
    assert context_role("一道道梯田", 2, "道") == "counted"
    assert context_role("这门道道理很深", 3, "道") != "counted"
    # a verb-first word as a title names the document (《通知》: notice)
    assert items("今天发表了《通知》。")["通知"].gloss.startswith("notice")
    assert items("请通知他明天来。")["通知"].gloss.startswith("to notify")
    # a noun-first word after a degree adverb and before 的 describes (很危险的: dangerous)
    assert items("这是很危险的工作。")["危险"].gloss.startswith("dangerous")
    assert items("他们不怕危险。")["危险"].gloss.startswith("danger")


def test_sixth_round_adverbs_originally_and_even() -> None:
    assert items("我本来要去的，他不肯。")["本来"].gloss.startswith("originally")
    assert items("这是他本来的样子。")["本来"].gloss.startswith("original")
    assert items("他本已说定不去。")["本"].gloss.startswith("originally")
    assert items("本报记者报道。")["本报"].gloss.startswith("this newspaper")
    assert not items("这本书很好。")["本"].gloss.startswith("originally")
    assert items("他连早饭也没吃。")["连"].gloss.startswith("even")
    assert not items("两座城市连在一起，我们都去过。")["连"].gloss.startswith("even")
    assert items("他们不信这件事。")["信"].gloss.startswith("to believe")
    assert items("他写了一封信。")["信"].gloss.startswith("letter")


def test_sixth_round_numbers_and_complements() -> None:
    # 余 after a number and its measure word: "more than" (二年余)
    assert items("我们不相见已二年余了。")["余"].gloss.startswith("more than")
    assert not items("我们还余三个人。")["余"].gloss.startswith("more than")
    # 过去 after a modal or an adverb is the verb; 过去的 and 过去几年 stay "the past"
    assert items("行李太多，才可过去。")["过去"].gloss.startswith("to go over")
    assert items("过去的事不要再提了。")["过去"].gloss.startswith("(in the) past")
    # 下去 after a downward move is "down"; after 说 it goes on
    assert items("他从墙上跳下去了。")["下去"].gloss.startswith("(after a verb) down")
    assert items("你接着说下去。")["下去"].gloss.startswith("(after a verb) to go on")
    # 爬 before 上/山 climbs; alone it crawls
    assert items("他爬上了那座山。")["爬"].gloss.startswith("to climb")
    assert items("小虫在地上爬。")["爬"].gloss.startswith("to crawl")
    # 糊 after a verb of cooking is burnt; 簌簌 before 地流 streams down
    assert items("锯木屑炒糊了。")["糊"].gloss.startswith("scorched")
    assert items("眼泪簌簌地流下来。")["簌簌"].gloss.startswith("streaming down")
    # 住 after a verb of covering or holding the dictionary opens with a noun (罩 "cover")
    assert items("她将碟子罩住，弯腰下去。")["住"].gloss.startswith("(after a verb) firmly")
    assert items("他在北京住了三年。")["住"].gloss.startswith("to live")
    # 扣留 of money or goods withholds them; of people or papers it detains
    assert items("资金要保证供应，不允许挪用、扣留。")["扣留"].gloss.startswith("to withhold")
    assert items("警察扣留了他的护照。")["扣留"].gloss.startswith("to detain")
    assert items("树叶簌簌作响。")["簌簌"].gloss.startswith("very slight sound")


def test_sixth_round_learner_order_and_readings() -> None:
    assert items("他不光会唱歌，还会跳舞。")["不光"].gloss.startswith("not only")
    assert items("他用铁棍撬开了门。")["撬"].gloss.startswith("to pry open")
    assert items("考完试，大家都很轻松。")["轻松"].gloss.startswith("relaxed")
    assert items("我每天读报纸。")["读"].gloss.startswith("to read")
    found = items("男人抡起大锤。")["抡"]
    assert found.pinyin_numbers == "lun1" and found.gloss.startswith("to swing")


def test_sixth_round_must_fundamental_and_post() -> None:
    assert items("这件事非你去不可。")["不可"].gloss.startswith("(after 非 …) must")
    assert items("这件事不可大意。")["不可"].gloss.startswith("cannot")
    # 从根本上 is a set phrase of the supplement: "fundamentally"
    assert items("问题从根本上解决了。")["从根本上"].gloss.startswith("fundamentally")
    assert items("他根本不知道。")["根本"].gloss.startswith("(not) at all")
    found = items("父亲的差使也交卸了。")["差使"]
    assert found.pinyin_numbers == "chai1 shi5" and found.gloss.startswith("official post")


def test_seventh_round_learner_order() -> None:
    # CC-CEDICT's own definitions, the common one first
    assert items("各项措施要抓好落实。")["落实"].gloss.startswith("to implement")
    assert items("两个部门密切配合。")["配合"].gloss.startswith("to coordinate with")
    assert items("群众监督政府。")["监督"].gloss.startswith("to supervise")
    assert items("以这个价格为基准。")["基准"].gloss.startswith("standard")
    assert items("大家一齐行动。")["行动"].gloss.startswith("action")
    assert items("墙上留下一道痕。")["痕"].gloss.startswith("traces")
    assert items("孩子喝牛乳。")["乳"].gloss.startswith("milk")
    assert items("门和墙之间有空隙。")["空隙"].gloss.startswith("gap")
    assert items("气温升高了。")["升高"].gloss.startswith("to ascend")
    assert items("他记起了那件事。")["记"].gloss.startswith("to remember")


def test_seventh_round_context_senses() -> None:
    # 熟 after a verb of sleeping is deep sleep; alone it is ripe
    assert items("孩子已睡熟了。")["熟"].gloss.startswith("(of sleep etc) deep")
    assert items("苹果熟了。")["熟"].gloss.startswith("ripe")
    # 从 a standpoint 出发 proceeds from it; from a place it sets off
    assert items("从大局出发，这样做是对的。")["出发"].gloss.startswith("to proceed from")
    assert items("我们明天从北京出发。")["出发"].gloss.startswith("to set off")
    # 主 before a noun is "main"; 主的 is the Lord's, 主持 a verb of its own
    assert items("这是流通的主渠道。")["主"].gloss.startswith("main")
    assert not items("这是主的名字。")["主"].gloss.startswith("main")
    # 将 and an object closed by a verb of holding with 住 is the written 把; before 在, "will"
    assert items("大家将小偷团团围住。")["将"].gloss.startswith("(marks the object")
    assert items("他将在北京居住三年。")["将"].gloss.startswith("will")
    # 行 before 些/个 gives or performs (行些小费, 行个礼)
    assert items("得向服务员行些小费。")["行"].gloss.startswith("to do; to give")
    # 不通 of a person: not versed in; of a road: blocked
    assert items("我虽不通，也想学。")["不通"].gloss.startswith("to not understand")
    assert items("这条路不通。")["不通"].gloss.startswith("to be obstructed")
    # a noun before 的 after 一条/很: the adjective zh-learn gives where CC-CEDICT has none
    assert items("这是一条成功的路子。")["成功"].gloss.startswith("successful")
    assert items("那是一次很失败的尝试。")["失败"].gloss.startswith("failed")
    assert items("他成功了。")["成功"].gloss.startswith("success")


def test_seventh_round_readings() -> None:
    # 得 opening a clause before a verb phrase is děi "must"
    found = items("行李太多了，得找人帮忙。")["得"]
    assert found.pinyin_numbers == "dei3" and found.gloss.startswith("to have to")
    assert items("他跑得很快。")["得"].pinyin_numbers == "de5"
    # 得出 after a one-character verb of perceiving is the potential complement de
    found = items("天太黑，我辨得出。")["得出"]
    assert found.pinyin_numbers == "de5 chu1" and found.gloss.startswith("(after a verb) able")
    assert items("他们得出了结论。")["得出"].pinyin_numbers == "de2 chu1"
    # 造化 of a person is zàohua "luck"; 造化 alone, literary Nature
    found = items("这是他的造化。")["造化"]
    assert found.pinyin_numbers == "zao4 hua5" and found.gloss.startswith("good luck")
    assert items("造化弄人。")["造化"].pinyin_numbers == "zao4 hua4"


def test_eighth_round_context_senses() -> None:
    # a noun-first character before a directional complement is the verb
    assert items("请你站起来回答。")["站"].gloss.startswith("to stand")
    assert items("前面有一个站。")["站"].gloss.startswith("station")
    assert items("阳光从窗口照进来。")["照"].gloss.startswith("to shine")
    # 长 read zhǎng before 了/得/出 or closing its clause grows
    assert items("这些蘑菇是在树下长的。")["长"].gloss.startswith("to grow")
    # a verb-first word after 的 closing its phrase is the noun
    assert items("按照上级的部署。")["部署"].gloss.startswith("deployment")
    assert items("我们要落实上级的部署和要求。")["部署"].gloss.startswith("deployment")
    assert items("我们组织了一次活动。")["组织"].gloss.startswith("to organize")
    # ... an action's noun, not an adjective or a doer CC-CEDICT lists among the verb's senses
    assert items("做好疾病的预防。")["预防"].gloss.startswith("to prevent")
    assert items("加强各部门的合作。")["合作"].gloss.startswith("cooperation")
    assert items("我们需要他的翻译。")["翻译"].gloss.startswith("translation")
    # a modal before a directional complement keeps its sense (才可过去)
    assert not items("要等一会儿才可过去。")["可"].gloss.startswith("to approve")
    # a two-character adjective after a word of effort is the verb
    assert items("我们要不断完善这个制度。")["完善"].gloss.startswith("to refine")
    assert items("这个制度很完善。")["完善"].gloss.startswith("(of systems")
    assert items("大家要认真学习。")["认真"].gloss.startswith("conscientious")
    # a manner before 地 (or the older 的 before 来) takes the definition saying how
    assert items("他们光明正大地走了进来。")["光明正大"].gloss.startswith("(of a behavior)")
    assert items("他不择手段地往上爬。")["不择手段"].gloss.startswith("unscrupulously")
    assert items("大家轻松地聊天。")["轻松"].gloss.startswith("relaxed")
    # 的话 after a verb of saying, or closing a sentence with no condition, is the words said
    # (the cut makes most of them 的 + 话 "words" already; what it leaves is glossed so)
    for said in ("你说的话我都记住了。", "这是老师的话！"):
        got = items(said)
        assert got["的话"].gloss.startswith("words") if "的话" in got else "话" in got
    assert items("下雨的话，我们就不去了。")["的话"].gloss.startswith("if")
    assert items("如果你有空的话。")["的话"].gloss.startswith("if")
    # fixed pairs: 不难看出, 十点十分, 隔着, 也就是, 一口吃, 早没
    assert items("由此很难看出问题。")["难看"].gloss.startswith("difficult to")
    assert items("她长得不难看。")["难看"].gloss.startswith("ugly")
    assert items("我们早上八点十分出发。")["十分"].gloss.startswith("ten minutes")
    assert items("这本书十分有趣。")["十分"].gloss.startswith("very")
    assert items("我们隔着窗户说话。")["隔"].gloss.startswith("to stand or lie between")
    assert items("他们住在城里，也就是在市中心。")["就是"].gloss.startswith("that is")
    assert items("他一口吃掉了半个饼。")["一口"].gloss.startswith("a mouthful")
    assert items("他一口答应了。")["一口"].gloss.startswith("readily")
    assert items("他早没有消息了。")["早"].gloss.startswith("long ago")
    assert items("他来得很早。")["早"].gloss.startswith(("early", "morning"))


def test_eighth_round_counted_and_states() -> None:
    # 多 after a number, or a number and a measure word, is "more than"
    assert items("来了两百多人。")["多"].gloss.startswith("more than")
    assert items("我等了一个多小时。")["多"].gloss.startswith("more than")
    assert items("这里人很多。")["多"].gloss.startswith("many")
    # 期 counted is a phase or an issue; 张嘴 counted is a mouth
    assert items("这是第三期工程。")["期"].gloss.startswith("phase")
    assert items("他那张嘴真厉害。")["张嘴"].gloss.startswith("a mouth")
    # 好了 closing a clause after a noun is the noun's state, after a verb its complement
    assert items("现在身体好了。")["好"].gloss.startswith("good")
    assert items("饭已经做好了。")["好"].gloss.startswith("(verb complement")
    # a two-character word before 了 and a number is the verb (生活了三年)
    assert items("他在上海生活了三年。")["生活"].gloss.startswith("to live")
    # learner order
    assert items("他是一个特务。")["特务"].gloss.startswith("special agent")
    assert items("明天不会下雨。")["不会"].gloss.startswith("will not")
    assert items("他是这次事故的受害者。")["受害者"].gloss.startswith("victim")
    assert items("大家都在准备考试。")["准备"].gloss.startswith("to prepare")
    assert items("我们的生活很幸福。")["生活"].gloss.startswith("life")
    assert items("我们要发扬艰苦奋斗的精神。")["发扬"].gloss.startswith("to carry forward")


def test_eighth_round_readings() -> None:
    # 地 after a quoted word ties it to its verb
    found = items("他“偷偷”地走了。")["地"]
    assert found.pinyin_numbers == "de5"
    # potential complements CC-CEDICT reads dé are read neutral
    assert items("我听得见你说话。")["听得见"].pinyin_numbers == "ting1 de5 jian4"
    assert items("这个办法还过得去。")["过得去"].pinyin_numbers == "guo4 de5 qu4"
    # 地方 before a word of government is dì fāng "local"; a place is dì fang
    found = items("地方政府要负责。")["地方"]
    assert found.pinyin_numbers == "di4 fang1" and found.gloss.startswith("region")
    assert items("这个地方很美。")["地方"].pinyin_numbers == "di4 fang5"
    # 倒 before 下去 is dǎo "to fall"
    assert items("那棵树慢慢倒下去了。")["倒"].pinyin_numbers == "dao3"


def test_eighth_round_literary_senses() -> None:
    # 除…外 closes an exception: "besides; except"
    assert items("除星期天外，每天都开门。")["外"].gloss.startswith("besides")
    assert items("房子外有一棵树。")["外"].gloss.startswith("outside")
    # 忙 before a verb it hurries; after 很 or before 着 it is busy
    assert items("他听了，忙站起身来。")["忙"].gloss.startswith("hurriedly")
    assert items("他最近很忙。")["忙"].gloss.startswith("busy")
    assert items("大家都在忙着准备。")["忙"].gloss.startswith("busy")
    # 方 before 是/知 is "only then"; 方可 is a word of its own (supplement)
    assert items("经过批准方可入内。")["方可"].gloss.startswith("(written style) only then")
    # 阿 standing alone between clause breaks is the interjection
    assert items("阿，原来是你！")["阿"].gloss.startswith("ah")
    # 须 closing a noun is a beard; before a verb "must"
    assert items("老人留着长长的胡须和白须。")["须"].gloss.startswith("beard")
    assert items("我们须按时完成任务。")["须"].gloss.startswith("must")
    # 犯 with a crime or a mistake commits it; 不准备 before a verb does not intend to
    assert items("他犯了一个大错。")["犯"].gloss.startswith("to commit")
    assert items("我们不准备去了。")["准备"].gloss.startswith("to intend")
    assert items("我们正在准备考试。")["准备"].gloss.startswith("to prepare")


def test_ninth_round_context_senses() -> None:
    # 再 before an adjective with 也/都 later: "however" (再来: again)
    assert items("再好的房子也住不了一辈子。")["再"].gloss.startswith("no matter how")
    assert items("再大的困难，我们都不怕。")["再"].gloss.startswith("no matter how")
    assert items("他明天再来，大家都在。")["再"].gloss.startswith("again")
    # 过 before a span of time passes it (过马路: to cross)
    assert items("再过三个星期就放假了。")["过"].gloss.startswith("to pass (time)")
    assert not items("他在北京住过两年。")["过"].gloss.startswith("to pass (time)")
    assert not items("我们再大声一点，他们都听得见。")["再"].gloss.startswith("no matter")
    # 初 after a season or month: the beginning of it
    assert items("今年春初雨水很多。")["初"].gloss.startswith("beginning (of a period)")
    assert items("八月初他回来了。")["初"].gloss.startswith("beginning (of a period)")
    # 之交 after a season or period: the turn of them
    assert items("春夏之交，天气多变。")["交"].gloss.startswith("the turn of")
    # 过来 after waking, living, recovering: back to a normal state
    assert items("他昏了半天才醒过来。")["过来"].gloss.startswith("(after a verb) back")
    assert items("成绩决定于努力。")["决定"].gloss.startswith("to be decided by")
    assert items("我们决定明天去。")["决定"].gloss.startswith("to decide")
    # 加以 before its verb marks it; opening a clause it is "moreover"
    assert items("这个问题要加以研究。")["加以"].gloss.startswith("(used before a disyllabic")
    assert items("加以天气不好，我们没去。")["加以"].gloss.startswith("in addition")
    # a verb-first word closing the object of 满足/适应/符合 names a thing
    assert items("为了满足人民生活需要，工厂加班。")["需要"].gloss.startswith("needs")
    # 就一定: no number follows 就 (就三个: only)
    assert items("只要方法对头，工厂就一定能够搞好。")["就"].gloss.startswith("then")
    assert items("他就三个朋友。")["就"].gloss.startswith("only")
    # 不大 closing a clause is "not large"; before a verb "not very"
    assert items("两个人的年龄相差不大。")["不大"].gloss.startswith("not large")
    assert items("他不大喜欢说话。")["不大"].gloss.startswith("not very")
    # 部署 before its object arranges; after 的 it is the plan
    assert items("全面部署今年的工作。")["部署"].gloss.startswith("to arrange")
    assert items("按照上级的部署一齐行动。")["部署"].gloss.startswith("deployment")
    assert items("她做出了选择。")["做出"].gloss.startswith("to make")
    assert items("我们一块儿去吧。")["一块儿"].gloss.startswith("together")
    assert items("树叶簌簌地落下来。")["簌簌"].gloss.startswith("rustling")
    assert items("眼泪簌簌地流下来。")["簌簌"].gloss.startswith("streaming down")
    # 住 after a verb of covering or holding the dictionary opens with a noun (罩 "cover")
    assert items("她将碟子罩住，弯腰下去。")["住"].gloss.startswith("(after a verb) firmly")
    assert items("他在北京住了三年。")["住"].gloss.startswith("to live")
    # 扣留 of money or goods withholds them; of people or papers it detains
    assert items("资金要保证供应，不允许挪用、扣留。")["扣留"].gloss.startswith("to withhold")
    assert items("警察扣留了他的护照。")["扣留"].gloss.startswith("to detain")


def test_ninth_round_vehicles_awareness_and_nouns() -> None:
    # 坐 before a vehicle takes it (坐在这里: to sit)
    assert items("我们坐地铁去吧。")["坐"].gloss.startswith("to take (a bus")
    assert items("他坐了火车回家。")["坐"].gloss.startswith("to take (a bus")
    assert items("请坐在这里。")["坐"].gloss.startswith("to sit")
    # 意识 after a noun is an awareness of it; after a verb, consciousness
    assert items("要增强安全意识。")["意识"].gloss.startswith("awareness")
    assert items("他失去了意识。")["意识"].gloss.startswith("consciousness")
    assert items("他们深深意识到问题。")["意识"].gloss.startswith("to realize")
    # 经过 before a span written in digits: after (a time)
    assert items("经过15年的努力，他成功了。")["经过"].gloss.startswith("after; through")
    # a verb-first word after 的 closing its phrase: an action noun "… of …" too
    assert items("中央与地方的分工。")["分工"].gloss.startswith("division of labor")
    assert items("站住！别跑。")["站住"].gloss.startswith("to stop")
    assert items("买了两袋米。")["袋"].gloss.startswith("bag (of)")
    assert items("他不肯去。")["肯"].gloss.startswith("to be willing to")
    # 升 a flag hoists it; 就是 after a counted noun names it
    assert items("举行升国旗仪式。")["升"].gloss.startswith("to hoist")
    assert items("气球升到高处。")["升"].gloss.startswith("to ascend")
    assert items("我有一个朋友，就是小王。")["就是"].gloss.startswith("that is; namely")
    assert items("在山脚反不适宜，就是这个道理。")["就是"].gloss.startswith("just")
    assert items("粮食产量，即经过15年的努力，提高了。")["经过"].gloss.startswith("after")


def test_ninth_round_learner_order() -> None:
    assert items("这个季节天气很冷。")["季节"].gloss.startswith("season")
    assert items("各种花次第开放。")["次第"].gloss.startswith("one after another")
    assert items("大地从沉睡中苏醒。")["苏醒"].gloss.startswith("to awaken")
    assert items("这项工程明年完工。")["工程"].gloss.startswith("an engineering project")
    assert items("新华社记者张三摄")["摄"].gloss.startswith("to take (a photo)")
    assert items("以市场为导向。")["导向"].gloss.startswith("orientation")
    # 运行 is a service in operation, a heavenly body's course near a star or an orbit
    assert items("系统运行正常。")["运行"].gloss.startswith("(fig.) to function")
    assert items("彗星会改变其运行轨道。")["运行"].gloss.startswith("to move along")


def test_ninth_round_readings() -> None:
    # 长 before 个子/个儿 is zhǎng "to grow" (一个长个子: cháng is not written so)
    grown = items("孩子这一年长了个儿。")["长"]
    assert grown.pinyin_numbers == "zhang3" and grown.gloss.startswith("to grow")
    assert items("他正在长个子。")["长"].pinyin_numbers == "zhang3"
    assert items("这根绳子很长，个子也高。")["长"].pinyin_numbers == "chang2"
