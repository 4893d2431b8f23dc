"""The name rules: what makes a name, what never does, and what type a name has."""

from __future__ import annotations

import pytest

from zh_learn.analysis.cutwords import cut_words, english_places
from zh_learn.analysis.names import (
    HONORIFICS,
    GlueCheck,
    join_names,
    join_place_endings,
    person_score,
    spelled_foreign,
    titled,
    unglue,
    verse_words,
)
from zh_learn.analysis.segment import segment
from zh_learn.models import TokenKind


def tokens(text: str) -> dict[str, tuple[TokenKind, str | None]]:
    return {t.text: (t.kind, t.name_type) for t in segment(text).tokens}


def names_of(text: str) -> dict[str, str | None]:
    return {w: kind for w, (k, kind) in tokens(text).items() if k is TokenKind.NAME}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # after a title, a function word or a verb of saying makes no name
        ("世界各地的记者也都夹杂在观众中。", ["也", "都"]),
        ("彭真校长和夫人来了。", ["和", "夫人"]),
        ("他在会见记者时表示同意。", ["时", "表示"]),
        ("有的作家曾在政治运动中受冲击。", ["曾", "在"]),
        ("拉埃女士还向记者介绍了情况。", ["还", "向"]),
    ],
)
def test_a_title_is_followed_by_no_function_word_name(sentence: str, words: list[str]) -> None:
    cut = tokens(sentence)
    for word in words:
        assert word in cut, cut
    assert not any(words[0] + words[1] in n for n in names_of(sentence))


@pytest.mark.parametrize("role", ["王太监", "张丫头", "李婆子"])
def test_a_surname_and_a_servant_s_role_is_no_name(role: str) -> None:
    # repeated, so that the text's own evidence would join a common word after a surname
    found = names_of(f"{role}进门来，大家都站起来。后来{role}又走了。")
    assert role not in found
    assert person_score(role[0], role[1:], cut_words()) < 0


def test_kin_after_zhi_is_no_surname() -> None:
    # 之孙 "grandson of": 孙 opens no name with the word after it
    text = "周公之孙世袭爵位。后来周公之孙世袭了王位。"
    assert not any(n.startswith("孙") for n in names_of(text))


def test_a_title_and_a_person_run_together_are_two_items() -> None:
    assert titled("秦王嬴政") == ("秦王", "嬴政")
    assert titled("欧阳修文") is None  # a compound surname, no title
    found = names_of("后来秦王嬴政派兵攻打赵国。")
    assert found.get("嬴政") == "person"
    assert "秦王嬴政" not in found
    assert names_of("欧阳修写了很多文章。").get("欧阳修") == "person"


def test_a_picture_credit_is_no_part_of_the_name() -> None:
    # 绘 "drawn by" and 摄 "photographed by" after the artist's name
    found = names_of("线路走向示意图（示意图：孙伟绘）")
    assert "孙伟绘" not in found


def test_a_whole_title_in_book_marks_is_no_person() -> None:
    found = names_of("南宋文人范成大《吴郡志》即已载有此事。")
    assert found.get("范成大") == "person"
    assert found.get("吴郡志") != "person"


def test_a_name_ending_in_a_unit_of_government_is_a_place() -> None:
    words, found = unglue(
        ["我们", "来到", "石岩乡", "。"], {"石岩乡": "person"}, GlueCheck(""), lambda w: False, {}
    )
    assert words == ["我们", "来到", "石岩乡", "。"]
    assert found == {"石岩乡": "place"}
    # 村 ends given names too
    assert unglue(["贾雨村", "笑道"], {"贾雨村": "person"}, GlueCheck(""), lambda w: False, {})[
        1
    ] == {"贾雨村": "person"}


def test_names_after_a_title_may_end_in_any_name_character() -> None:
    # 来 and 里 may end a given name
    assert names_of("记者张玉来报道。").get("张玉来") == "person"
    assert names_of("埃及总理詹祖里最近在内阁会议上说。").get("詹祖里") == "person"


@pytest.mark.parametrize("form", ["李老师", "胡老", "陈小姐", "郑先生", "刘家"])
def test_a_surname_and_a_form_of_address_is_no_name(form: str) -> None:
    assert form[1:] in HONORIFICS
    assert person_score(form[0], form[1:], cut_words()) < 0
    assert form not in names_of(f"{form}看了以后，微笑着说。")


def test_a_name_never_takes_part_of_a_word_the_cut_split() -> None:
    # 先是 and 库区 are words of jieba's dictionary that no learner dictionary holds: they
    # are split (先 是, 库 区), and no name takes one of their pieces
    assert not any(n.endswith("先") for n in names_of("陈飞先是不同意。"))
    assert not names_of("要做好库区移民工作。")
    assert not names_of("万树梨花开。")


def test_a_glued_offset_blocks_the_rules() -> None:
    cw = cut_words()
    words = ["陈", "飞", "先", "是"]
    assert join_names(words, cw, lambda w: False)[0][0] == "陈飞先"
    assert join_names(words, cw, lambda w: False, glued={3})[0] == words


def test_a_name_starts_where_it_scores_best() -> None:
    # 组 is a surname too, but 秦凤鸣 is the likelier name
    assert names_of("紫团山农民通讯组秦凤鸣报道。").get("秦凤鸣") == "person"


def test_the_tagger_takes_no_character_after_a_known_name() -> None:
    assert names_of("李鹏致信祝贺。").get("李鹏") == "person"
    assert "李鹏致" not in names_of("李鹏致信祝贺。")


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        # jieba tags these as persons; CC-CEDICT's definitions tell
        ("伊拉克", "place"),  # "Iraq", and other definitions say "capital of Iraq"
        ("卡拉奇", "place"),  # "Karachi (Pakistan)"
        ("莫斯科", "place"),
        ("萨达姆", "person"),  # "Saddam": a name spelled out
        ("克林顿", "person"),
        ("美钞", None),  # "US dollar bill"
        # proper nouns with dates that are no persons
        ("明代", None),  # "the Ming dynasty (1368-1644)"
        ("文化大革命", None),
        ("越南战争", None),
        ("华侨", None),  # "overseas Chinese": no "sea"
        ("苗族", None),  # "Hmong or Miao ethnic group": no organisation
        ("鲁迅", "person"),
        ("上海", "place"),
    ],
)
def test_name_types_follow_the_definitions(word: str, kind: str | None) -> None:
    assert tokens(f"他说起{word}。")[word][1] == kind


def test_a_function_word_starts_no_name_of_jiebas() -> None:
    # jieba's dictionary holds 和耶鲁 as a person
    cut = tokens("他在哈佛和耶鲁读书。")
    assert "和" in cut and "耶鲁" in cut


def test_english_places_are_read_from_place_contexts() -> None:
    found = english_places(
        ["Baghdad, capital of Iraq", "Bogor (city in West Java)", "son of Odin", "in May"]
    )
    assert {"Iraq", "West Java"} <= found
    assert not {"Odin", "May"} & found


def test_a_list_of_names_after_a_title_keeps_each_name_whole() -> None:
    # 我 ends 沈求我: between separators in a list of names, a run is a name all the same
    names = names_of("主席彭清源、徐起超、沈求我，副主席李赣骝、钮小明。")
    for name in ("彭清源", "徐起超", "沈求我", "钮小明"):
        assert names.get(name) == "person", names


def test_a_found_name_before_a_place_ending_is_a_place() -> None:
    names = names_of("美国西北部塔科马市最近开始对莱克伍德县法官展开调查。")
    assert names.get("塔科马市") == "place" and names.get("莱克伍德县") == "place", names
    # a dictionary's place stays apart from its ending, to be looked up
    cut = tokens("奥地利维也纳市市长来访。")
    assert cut["维也纳"][1] == "place" and "维也纳市" not in cut
    # a title is a word of its own: 王小明 市长
    assert names_of("王小明市长说。").get("王小明") == "person"


def test_one_transliteration_character_and_a_common_word_make_no_name() -> None:
    cut = tokens("增加了许多脱漏的地方，连文法的错误，也都一一订正。")
    assert "连" in cut and "文法" in cut
    assert names_of("伊拉拉说，埃中两国关系很好。").get("伊拉拉") == "person"


def test_buildings_and_mountains_are_places() -> None:
    assert tokens("他们登上了富士山。")["富士山"][1] == "place"  # "Mt. Fuji, Japan"
    # a name found in the text that ends in a building's character
    found = names_of("乾隆年间建文澜阁以藏四库全书。")
    assert all(kind == "place" for name, kind in found.items() if name.endswith("阁")), found


def test_a_name_stops_before_a_verb_of_saying_cut_apart() -> None:
    # 笑道 "said, smiling" is cut 笑 道; 笑 is no part of the name
    assert names_of("春燕笑道：我知道。").get("春燕") == "person"
    # 尤氏 is Madam You: 氏 starts no given name
    assert person_score("尤", "氏忙", cut_words()) < 0


# A name glued to the word next to it (贾母笑 in jieba's dictionary, 凤姐便 from the rules):
# the text's own evidence splits it.


def test_a_name_glued_to_a_verb_is_split_where_the_text_shows_the_short_name() -> None:
    text = "贾母笑道：“来了。”贾母便说：“好。”贾母听了，贾母又说：“去罢。”"
    names = names_of(text)
    assert names.get("贾母") == "person", names
    assert not any(len(n) == 3 and n.startswith("贾母") for n in names), names
    words = [t.text for t in segment(text).tokens]
    assert words[:3] == ["贾母", "笑", "道"], words


def test_glue_check_splits_on_either_side_by_the_text_counts() -> None:
    learner = cut_words().learner
    text = (
        "宝钗便问。宝钗道：“是。”宝钗笑了。宝钗来了。"
        "他往荣府去了。荣府里人多，荣府外人少。荣府好。"
    )
    glue = GlueCheck(text, learner)
    assert glue.split("宝钗便") == ("宝钗", "便")  # a grammar word after the name
    assert glue.split("往荣府") == ("往", "荣府")  # a verb of motion before it
    # too little evidence: one other occurrence of the short name
    assert GlueCheck("宝钗便问。宝钗来了。", learner).split("宝钗便") is None


def test_glue_check_keeps_names_ending_in_a_glue_character() -> None:
    learner = cut_words().learner
    # the short name never occurs alone: 王羲之 is one name
    text = "王羲之写字。王羲之很有名。人们学王羲之的字。"
    assert GlueCheck(text, learner).split("王羲之") is None
    assert names_of(text).get("王羲之") == "person"


def test_glue_check_keeps_suffixes_of_address_places_and_foreign_names() -> None:
    learner = cut_words().learner
    many = "凤姐来了。" * 20
    glue = GlueCheck(many + "凤姐儿说。凤姐带他去。宁荣街上。", learner)
    assert glue.split("凤姐儿") is None  # a suffix of address makes a longer name
    assert glue.split("凤姐带") == ("凤姐", "带")  # any word, on strong evidence
    assert GlueCheck("凤姐" * 20 + "凤姐街", learner).split("凤姐街") is None  # a street
    # 伊拉 is mostly part of 伊拉克: the foreign name 伊拉拉 keeps its last character
    assert GlueCheck("伊拉克。" * 20 + "伊拉拉说。", learner).split("伊拉拉") is None


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # foreign names jieba's dictionary holds, whole (no Chinese name statistics apply)
        ("伊万诺夫昨天抵达北京。", "伊万诺夫"),
        # a piece jieba knows, then more letters: one name
        ("斯特罗耶夫在会上发言。", "斯特罗耶夫"),
        # a character common alone spells a name inside one (申 after two letters)
        ("我们在车站见到了格里申。", "格里申"),
        # Thai names
        ("他会见了泰国外长素拉杰。", "素拉杰"),
        # Japanese names: a family name and a given name typical of one
        ("日本首相小渊惠三昨天说，两国关系很重要。", "小渊惠三"),
        ("这家公司的创始人松下幸之助很有名。", "松下幸之助"),
    ],
)
def test_foreign_names_come_out_whole(sentence: str, name: str) -> None:
    assert names_of(sentence).get(name) == "person", tokens(sentence)


@pytest.mark.parametrize(
    ("word", "foreign"),
    [("努里", True), ("阿维兰热", True), ("冈田武史", True), ("萝卜干", False),
     ("新颜", False), ("热情", False), ("田中工作", False)],
)
def test_spelled_foreign(word: str, foreign: bool) -> None:
    assert spelled_foreign(word) is foreign


def test_japanese_family_names_need_a_given_name() -> None:
    # 田中 "in the field", 高桥 "a high bridge" before a common word: no name
    assert not any(n.startswith("田中") and len(n) > 2 for n in names_of("他在田中工作。"))
    assert not any(n.startswith("高桥") and len(n) > 2 for n in names_of("那座高桥下面有一条河。"))
    # inner letters never start a run: 热 alone is "hot"
    assert not names_of("今天热得很。")


@pytest.mark.parametrize("sentence", ["小院闲窗下，梅映雪初晴。", "其色若何，秋梅映雪。"])
def test_a_line_of_verse_makes_no_new_name(sentence: str) -> None:
    # 梅映雪 reads as surname + given name, but the clause is a line of verse
    assert not names_of(sentence), tokens(sentence)


def test_verse_lines_are_clauses_of_equal_length() -> None:
    verse = verse_words(list("其色若何，秋梅映雪。"))
    assert all(verse[:4]) and all(verse[5:9])
    # prose: one clause of four among longer ones
    assert not any(verse_words(list("王小明明白，要想站稳市场，就要掌握需求。")))
    # digits make no verse
    assert not any(verse_words(["跑", "了", "11秒", "，", "排名", "第五", "。"]))


def test_a_name_met_before_is_found_in_verse() -> None:
    found = names_of("诗人张若虚写道。张若虚笑曰，春江潮水连。")
    assert found.get("张若虚") == "person"


def test_a_given_name_split_from_a_place_guess_is_a_person() -> None:
    # 知 雨 村 first reads as a village; 雨村 is the given name of 贾雨村
    found = names_of("贾雨村来了，众人都知雨村自便。雨村笑道：“好。”")
    assert found.get("雨村") == "person", found


def test_a_surname_after_a_short_name_starts_the_next_name() -> None:
    text = "王小兰来了。王小兰说好。王小兰笑了。座上乃是王小兰王大成。"
    glue = GlueCheck(text)
    assert glue.split("小兰王") == ("小兰", "王")


def test_a_form_of_address_or_verb_of_saying_shows_where_a_name_ends() -> None:
    cw = cut_words()
    # 南 is hardly likelier in names than in running text, but 同志 shows the name is 蒋立南
    assert join_names(["队长", "蒋", "立", "南", "同志", "说"], cw, lambda w: False)[1] == {
        "蒋立南": "person"
    }
    # a dictionary's person and one more character before a verb of saying: a longer name
    assert "韩信平" in join_names(["教练", "韩信", "平", "说"], cw, cw.learner)[1]
    # ... but an adverb stays apart
    assert join_names(["杜甫", "曾", "说"], cw, cw.learner)[0] == ["杜甫", "曾", "说"]
    assert join_names(["岳飞", "先", "说"], cw, cw.learner)[0] == ["岳飞", "先", "说"]


def test_a_small_units_ending_joins_a_place_before_it() -> None:
    # a township's or county's whole name (the place alone may be something else)
    found = names_of("他在龙泉乡工作了十年，后来调到福井县。")
    assert found.get("龙泉乡") == "place" and found.get("福井县") == "place", found
    # a city's ending stays apart from a dictionary's place: the learner looks up "Vienna"
    assert "维也纳市" not in names_of("维也纳市长出席了会议。")
    # an ending is never doubled (三桥村 村民)
    assert not any(n.endswith("村村") for n in names_of("三桥村村民都来了。"))
    # a proper noun the dictionary does not list as a place names one before it (Constanța
    # county, Jimei town); a common word does not (大山 村: "the village in the mountains")
    found = names_of("她家住康斯坦察县，他在集美镇教书。")
    assert found.get("康斯坦察县") == "place" and found.get("集美镇") == "place", found


def test_a_measure_word_after_a_number_is_no_surname() -> None:
    cw = cut_words()
    # 那张 "that sheet": 张 counts the 门票, it starts no name
    assert not join_names(["那", "张", "小", "巧", "的", "门票"], cw, cw.learner)[1]
    assert not join_names(["这", "3", "张", "小", "巧", "的"], cw, cw.learner)[1]
    assert join_names(["记者", "张", "小", "巧", "报道"], cw, cw.learner)[1] == {
        "张小巧": "person"
    }


def test_a_run_in_a_list_of_persons_is_a_person() -> None:
    cw = cut_words()
    words = ["委员", "有", "张", "明", "山", "、", "商", "立", "富", "、", "刘", "红", "。"]
    seen = {"张明山": "person"}
    out, found = join_names(words, cw, cw.learner, dict(seen))
    assert "商立富" in out and found.get("商立富") == "person", out
    # no person next to it: no list of names
    out, found = join_names(["苹果", "、", "商", "立", "富", "、", "香蕉"], cw, cw.learner)
    assert "商立富" not in out


def test_a_title_after_a_third_character_shows_where_a_name_ends() -> None:
    cw = cut_words()
    assert "郝彦南" in join_names(["科", "郝", "彦", "南", "校长", "说"], cw, lambda w: False)[1]


def test_letters_after_a_dotted_name_are_part_of_it() -> None:
    # 卢布 is also "rouble"; 里克 after it is the rest of the name
    assert names_of("他会见了彼得·卢布里克。").get("彼得·卢布里克") == "person"
    assert names_of("汤姆·史密斯表示同意。").get("汤姆·史密斯") == "person"


def test_jiebas_names_with_a_character_outside_the_letters_are_transliterated_ones() -> None:
    # jieba tags 多渠道 "through many channels" as a name: only its transliterated names
    # (nrt) may hold a character outside the letters
    assert not names_of("多渠道扩大资金。")
    assert names_of("伊万诺夫任职多年后，他退休了。").get("伊万诺夫") == "person"


def test_a_place_ending_never_turns_a_known_person_into_a_place() -> None:
    known = {"李小村": "person", "李小": "person"}
    words, found = join_place_endings(["李小", "村", "来", "了"], known, lambda w: False)
    assert words[0] == "李小村" and found.get("李小村") != "place"


def test_a_familiar_name_the_text_shows_before_a_verb_of_saying_is_one_name_everywhere() -> None:
    from zh_learn.analysis.pipeline import analyze

    text = "周末，小李和妈妈去超市。小李在货架上看到酸奶。回家后，小李说他累了。"
    items = {i.simplified: i for i in analyze(text, cache=False).vocabulary.items}
    assert items["小李"].kind.value == "name" and items["小李"].count == 3
    assert "李" not in items
    # a word of its own before a verb of saying is no name
    text = "阿姨说她累了。老人说他不累。"
    items = {i.simplified: i for i in analyze(text, cache=False).vocabulary.items}
    assert items["阿姨"].kind.value == "word" and items["老人"].kind.value == "word"


def test_a_transliterated_name_jieba_holds_may_open_with_one_other_character() -> None:
    from zh_learn.analysis.names import spelled_foreign

    # jieba tags 色雷斯 "Thrace" nrt; 色 spells no other foreign name, the rest does
    assert spelled_foreign("色雷斯", True)
    words = [t.text for t in segment("色雷斯的统治权辗转于保加利亚和拜占庭之间。").tokens]
    assert "色雷斯" in words
    # a numeral opens no foreign name, and a word not known as transliterated needs all letters
    assert not spelled_foreign("三维图", True)
    assert not spelled_foreign("色雷斯", False)


def test_a_lone_surname_before_a_form_of_address_is_a_person_where_it_stands() -> None:
    cut = segment("王老师今天没来上课，赵副市长下午去了刘家。").tokens
    typed = {t.text: (t.kind, t.name_type) for t in cut}
    # the word a learner looks up stays the character; the text uses it as a name
    assert typed["王"] == (TokenKind.WORD, "person")
    assert typed["赵"][1] == "person"
    assert typed["副"][1] is None and typed["市长"][1] is None
    assert typed["刘"][1] == "person"


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("他向老师请教问题。", "向"),  # a preposition
        ("他曾任总理多年。", "任"),  # "served as"
        ("这是马家浜文化的遗址。", "马"),  # a place named after a family
        ("这位巴西籍教练很年轻。", "籍"),  # "nationality"
    ],
)
def test_a_word_before_a_title_is_no_surname(sentence: str, word: str) -> None:
    cut = {t.text: t.name_type for t in segment(sentence).tokens}
    assert word in cut and cut[word] is None, cut


def test_a_dictionary_surname_gloss_makes_a_person_unless_a_common_phrase() -> None:
    assert names_of("小渊首相访问了北京。").get("小渊") == "person"
    assert "山下" not in names_of("山下有一条小河，河边是村子。")


def test_an_inner_letter_between_two_letters_belongs_to_a_foreign_name() -> None:
    assert names_of("足球运动员瓦捷科进了两个球。").get("瓦捷科") == "person"


def test_a_third_character_left_alone_before_a_longer_word_ends_the_name() -> None:
    assert names_of("那年，吴佩民考上了大学。").get("吴佩民") == "person"
    # a verb after a name stays a word of its own
    cut = tokens("张华进北京以后，李明将出席会议。")
    assert "进" in cut and "将" in cut


def test_a_spelled_out_name_ending_in_a_palace_or_castle_is_a_place() -> None:
    found = names_of("游客在白金汉宫门前等了很久，后来又去了克里姆林宫。")
    assert found.get("白金汉宫") == "place"
    assert found.get("克里姆林宫") == "place"


def test_a_surname_after_surnamed_is_a_person_where_it_stands() -> None:
    cut = {t.text: t.name_type for t in segment("那位师傅姓樊，他说姓什么不重要。").tokens}
    assert cut["樊"] == "person"
    assert cut["什么"] is None


def test_a_conjunction_opens_no_place_name() -> None:
    # 但 市 府: "but the city government", not a place 但市府 (徐 魏 庄 still is one)
    from zh_learn.analysis.segment import segment

    tokens = segment("油价上涨，成本增加，但市府仍决定自行吸收这些费用。").tokens
    assert not any(t.text.startswith("但") and t.kind.value == "name" for t in tokens)
    assert ("徐魏庄", "place") in {(t.text, t.name_type) for t in segment("他住在徐魏庄。").tokens}


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("一座大桥横跨江面，车辆来往不断。", "大桥"),
        ("他从小生活在大山里，很少出门。", "大山"),
        ("朋友遍布四海，生意越做越大。", "四海"),
        ("村民们沿河种了一排柳树。", "沿河"),
        ("省政府今天发布了新的规定。", "省政府"),
        ("这双鞋只卖九十九美分。", "美分"),
        ("日方代表在会上发言。", "日方"),
        ("荷塘里开满了荷花。", "荷塘"),
        ("公园里有一座白塔。", "白塔"),
    ],
)
def test_a_common_phrase_the_place_lists_hold_is_no_name(sentence: str, word: str) -> None:
    cut = tokens(sentence)
    assert cut.get(word, (TokenKind.WORD, None))[0] != TokenKind.NAME


def test_such_a_phrase_is_a_place_where_the_text_shows_one() -> None:
    # 沿河县 and 斗山一带 show the places; 黄山 and 漳河 are places by the dictionary or a
    # character that is only a name's
    found = names_of("沿河县的干部来到沿河，又去了黄山和漳河边，水流至斗山一带。")
    assert found.get("沿河") == "place"
    assert found.get("斗山") == "place"
    assert found.get("黄山") == "place"
    assert found.get("漳河") == "place"
    # the site's whole name is the place where the organisation rules join it
    sites = names_of("此外还有西溪湿地等著名景区。")
    assert "place" in (sites.get("西溪"), sites.get("西溪湿地"))


def test_a_given_name_alone_after_the_full_name_is_the_same_person() -> None:
    text = "记者孙俊平今年二十岁。\n年仅六岁的小俊平发着高烧。\n朋友们帮助俊平开通了热线。"
    assert [t.text for t in segment(text).tokens if t.name_type == "person"] == [
        "孙俊平", "俊平", "俊平"
    ]
    # a given name the dictionary holds as a word stays that word (张国立, then 国立)
    text = "校长张国立来了。\n这是一所国立大学。"
    assert tokens(text)["国立"] == (TokenKind.WORD, None)


def test_a_lone_dash_joins_the_parts_of_a_foreign_name() -> None:
    assert names_of("美国参议员约翰—格伦明天飞上太空。").get("约翰—格伦") == "person"
    # the Chinese dash (doubled) and a dash before a common word join nothing
    assert "约翰" in names_of("约翰——我们走吧。")
    assert "约翰" in names_of("约翰—我们走吧。")


def test_a_weak_name_the_text_repeats_is_a_name() -> None:
    # a surname and a common word (蒋 天才): a name where the text says it again
    text = "从蒋天才的悔悟中受到教益。\n后来蒋天才说，他错了。"
    assert names_of(text).get("蒋天才") == "person"
    # not three single characters: a novel repeats 秋 香 色 "tawny"
    text = "秋香色金钱蟒大条褥。\n一件秋香色的袄。"
    assert "秋香色" not in names_of(text)
    # a common word repeated after no surname stays a word
    assert "天才" in tokens("他是个天才。\n她也是个天才。")


@pytest.mark.parametrize(
    ("sentence", "word"), [("印巴两国关系缓和。", "印巴"), ("他融会中西。", "中西")]
)
def test_two_names_side_by_side_make_a_word(sentence: str, word: str) -> None:
    # 印巴 "India and Pakistan", like 中美 "China-USA": a word a learner looks up, no place
    assert tokens(sentence)[word] == (TokenKind.WORD, None)


def test_a_surname_doubled_is_no_name() -> None:
    # 田田的叶子 "leaf upon leaf": a doubled word; a name doubles no surname
    assert "田田" not in names_of("弥望的是田田的叶子。")
    # a doubled nickname still is one before a verb of saying
    assert names_of("苗苗说：“好。”").get("苗苗") == "person"


def test_a_common_word_with_its_last_character_doubled_is_no_name() -> None:
    cw = cut_words()
    # 阴森森 "gloomy" is 阴森 + 森, no surname 阴 and given name 森森
    assert person_score("阴", "森森", cw) < 0
    assert "阴森森" not in names_of("荷塘四面，阴森森的，有些怕人。")
    # no word 范冰 holds 范冰冰
    assert person_score("范", "冰冰", cw) > 0


def test_a_surname_and_guo_is_a_state_not_a_person() -> None:
    # 隋灭陈国 "the Sui destroyed the state of Chen"; three-character names end in 国
    assert person_score("陈", "国", cut_words()) < 0
    assert names_of("隋灭陈国，统一全国。").get("陈国") == "place"
    assert person_score("王", "兆国", cut_words()) > 4
    # which state is no state's name (该国 "that country"), nor is a word cut apart (南国)
    assert "该国" not in names_of("该国总统说。")
    assert "南国" not in names_of("南国的烈日晒黑了他的脸。")


def test_a_commandery_is_a_place() -> None:
    assert names_of("以“吴郡”为名。").get("吴郡") == "place"
    assert "本郡" not in names_of("本郡太守来了。")


def test_a_frequent_common_word_opens_no_transliterated_name() -> None:
    # 文明史 "history of civilisation" is spelled in transliteration characters only
    assert not spelled_foreign("文明史", transliterated=False)
    assert spelled_foreign("阿巴查", transliterated=False)
    # 哈拉 is a rare word: 哈拉齐 may still be a name
    assert spelled_foreign("哈拉齐", transliterated=False)


def test_a_japanese_family_name_cut_across_pieces_makes_one_name() -> None:
    # cut 岸 田文 雄: the family name 岸田 and the given name 文雄
    assert names_of("日本首相岸田文雄出席了会议。").get("岸田文雄") == "person"
    assert join_names(["岸", "田文", "雄", "说"], cut_words(), lambda w: False)[0][0] == "岸田文雄"


def test_a_village_named_after_a_family_is_no_person() -> None:
    # jieba tags 王庄村 as a person; 庄村 is two place suffixes, no given name
    assert person_score("王", "庄村", cut_words()) < 0
    assert names_of("他来到王庄村。").get("王庄村") == "place"
    assert names_of("贾雨村来了。").get("贾雨村") == "person"


def test_a_surname_glued_to_a_grammar_word_starts_the_name_after_it() -> None:
    # 但丁 "Dante" is 但 "but" + 丁增安 before a verb of saying
    found = names_of("但丁增安说他不去。")
    assert found.get("丁增安") == "person" and "但丁" not in found
    # Dante stays Dante
    assert names_of("但丁说过这句话。").get("但丁") == "person"


def test_a_university_s_short_name_is_no_person() -> None:
    # CC-CEDICT has only "Harvard", "Yale" and the universities 哈佛大学, 耶鲁大学
    found = names_of("哈佛和耶鲁都是名校。")
    assert found.get("哈佛") == "organization" and found.get("耶鲁") == "organization"


def test_a_commandery_takes_no_character_of_a_longer_name() -> None:
    # 会 稽 郡: no place 稽郡
    assert "稽郡" not in names_of("余杭县同属会稽郡。")
    assert "稽郡" not in names_of("东汉时候分会稽郡北部。")


def test_a_familiar_name_after_a_word_that_takes_a_person() -> None:
    assert names_of("下午我和小明在楼下踢足球。").get("小明") == "person"
    assert names_of("我给小李打了电话。").get("小李") == "person"
    # an animal or a word of its own is no name
    assert "小猫" not in names_of("我和小猫一起玩。")
    assert "老人" not in names_of("他跟老人聊天。")


def test_a_very_common_surname_after_lao_opening_a_sentence_is_a_name() -> None:
    # jieba's dictionary counts 老张 as a word, but 张 is a surname first
    assert names_of("老张退休以后闲不住。").get("老张") == "person"
    assert "小马" not in names_of("小马过河。")


def test_a_character_doubled_is_no_name() -> None:
    assert "班班" not in names_of("请到各班班长处登记。")
