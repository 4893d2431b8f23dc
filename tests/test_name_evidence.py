"""Names decided by the dictionary's own evidence and by the words around them: a listed
person counted as a thing, a person the place lists also hold, an institution jieba tags as
a person, a Thai name cut into its letters before a middle dot. Each rule is tested where
it must fire and where it must not."""

from __future__ import annotations

import pytest

from zh_learn.analysis.cutwords import cut_words
from zh_learn.analysis.names import join_foreign_parts, join_villages, split_counted
from zh_learn.analysis.segment import _dated_person, _institution, _names_a_work, segment
from zh_learn.models import TokenKind


def items(text: str) -> list[tuple[str, str | None]]:
    """Each word item of ``text`` and its name type."""
    skip = (TokenKind.PUNCT, TokenKind.SPACE)
    return [(t.text, t.name_type) for t in segment(text).tokens if t.kind not in skip]


@pytest.mark.parametrize(
    ("sentence", "measure", "thing"),
    [
        ("这3张卫星图片分别记录了不同的时刻。", "张", "卫星"),
        ("那张小巧的门票给人留下了印象。", "张", "小巧"),
    ],
)
def test_a_listed_person_counted_as_a_thing_is_a_measure_word(
    sentence: str, measure: str, thing: str
) -> None:
    cut = items(sentence)
    assert (measure, None) in cut, cut
    assert (thing, None) in cut, cut
    assert all(kind != "person" for _, kind in cut), cut


@pytest.mark.parametrize("sentence", ["记者张卫星报道。", "张卫星说他明天来。"])
def test_the_same_person_uncounted_stays_a_person(sentence: str) -> None:
    assert ("张卫星", "person") in items(sentence)


def test_split_counted_needs_a_count_and_a_common_word_after_the_measure() -> None:
    cw = cut_words()
    assert split_counted(["这", "3", "张卫星", "图片"], cw) == ["这", "3", "张", "卫星", "图片"]
    # no number or demonstrative before it: a person
    assert split_counted(["记者", "张卫星", "报道"], cw) == ["记者", "张卫星", "报道"]
    # what follows the measure word is a person's name itself (张 + 卫星 only if 卫星 is a
    # common word; a made-up name stays whole)
    assert split_counted(["这", "张德江"], cw) == ["这", "张德江"]


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("文学馆负责人在巴金家中介绍新馆。", "巴金"),  # also a place in the lists
        ("他自称思想囿于咸丰、同治之世。", "咸丰"),  # a reign name, also a county
    ],
)
def test_a_dated_person_of_the_dictionary_beats_the_place_lists(
    sentence: str, person: str
) -> None:
    assert (person, "person") in items(sentence)


def test_a_place_of_both_lists_without_a_dated_person_stays_a_place() -> None:
    assert ("上海", "place") in items("他在上海住了三年。")
    # a state of the Sixteen Kingdoms with dates is no person
    assert not _dated_person(("Southern Liang of the Sixteen Kingdoms (397-414)",))
    assert _dated_person(("Ba Jin (1904-2005), novelist",))


def test_an_institution_jieba_tags_as_a_person_is_none() -> None:
    cut = dict(items("俄罗斯国家杜马通过了法案，省委宣传部的同志说。"))
    assert cut["杜马"] == "organization"
    assert cut["宣传部"] is None  # "Propaganda Department": a word


@pytest.mark.parametrize(
    ("definition", "kind"),
    [
        ("Duma, lower chamber of Russian parliament", "organization"),
        ("Propaganda Department", ""),
        # a region, a person and a writer of a chamber play stay what they are
        ("Alsace, French department", None),
        ("Wang Shifu, author of Romance of the West Chamber", None),
        ("Saddam", None),
    ],
)
def test_institution_reads_the_definition(definition: str, kind: str | None) -> None:
    assert _institution(definition) == kind


def test_a_thai_name_cut_into_letters_joins_across_the_middle_dot() -> None:
    cut = items("泰中友协会长差猜·春哈旺说。")
    assert ("差猜·春哈旺", "person") in cut, cut


def test_letters_before_a_middle_dot_join_only_transliteration() -> None:
    # a common character before the dot is no letter of a name
    cut = items("我爱北京·上海。")
    assert ("北京", "place") in cut and ("上海", "place") in cut, cut
    cut = items("研究所马·莱万多夫斯基副教授说。")
    assert ("马·莱万多夫斯基", "person") in cut, cut


def test_a_cup_named_after_a_person_is_the_person_and_cup() -> None:
    # jieba's dictionary tags 尤伯杯 "Uber Cup" as a person: 尤伯 is the person, 杯 the cup
    cut = items("尤伯杯决赛将在中国举行。")
    assert ("尤伯", "person") in cut and ("杯", None) in cut, cut
    # a cup the dictionary knows stays one word; a person's name never ends in 杯
    assert ("戴维斯杯", None) in items("他捧起了戴维斯杯。")
    assert not [w for w, kind in items("王小杯说了一句话。") if kind and w.endswith("杯")]


def test_the_tagger_leaves_the_cup_out_of_a_name() -> None:
    from zh_learn.analysis.name_model import tag_names

    class MarksAll:
        """A stand-in tagger that marks every character of each window as one person."""

        def tags(self, features: list[str], sizes: list[int]) -> list[int]:
            return [t for size in sizes for t in [1] + [2] * (size - 1)]

        def window_tags(
            self,
            words: object,
            cw: object,
            names: object,
            windows: object,
            sizes: list[int],
        ) -> list[int]:
            return self.tags([], sizes)

    cw = cut_words()
    words, found = tag_names(
        ["尤", "伯", "杯"], MarksAll(), cw, lambda w: False, {}, lambda t: list(t)
    )
    assert (words, found) == (["尤伯", "杯"], {"尤伯": "person"})


@pytest.mark.parametrize("sentence", ["孔乙己", "孔乙己是站着喝酒而穿长衫的唯一的人。"])
def test_the_tagger_never_cuts_a_name_the_dictionary_holds(sentence: str) -> None:
    # 孔乙己 is CC-CEDICT's "Kong Yiji": never 孔乙 + 己
    assert ("孔乙己", "person") in items(sentence)


def test_the_tagger_still_takes_part_of_a_common_word() -> None:
    # 洁清 is no name of the dictionary: 张洁清 takes its 清 (张洁清 算)
    assert ("张洁清", "person") in items("彭真校长和夫人张洁清算我这方的代表。")


def test_a_person_the_text_names_again_stays_whole_after_a_count() -> None:
    # 那张道士 "that Taoist Zhang", where the text names 张道士 more than once
    text = "张道士来了。那张道士呵呵大笑。"
    assert [w for w, kind in items(text) if kind == "person"] == ["张道士", "张道士"]
    cw = cut_words()
    assert split_counted(["那", "张道士"], cw, lambda w: True) == ["那", "张道士"]


@pytest.mark.parametrize(
    "sentence",
    ["华北、东北、黄淮等地为晴到多云天气。", "东北地区南部、黄淮北部、西南地区东部有雨。"],
)
def test_a_name_before_a_part_of_a_region_is_a_place(sentence: str) -> None:
    # jieba's dictionary tags 黄淮 (the Huang-Huai plain) as a person
    assert ("黄淮", "place") in items(sentence)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("黄淮说他明天来。", "黄淮"),
        # 北部 modifies the noun after it: no part of a region after the name
        ("张明北部战区司令员说。", "张明"),
        # 等 地方: "and other local cadres", no 等地
        ("记者王小明等地方干部说。", "王小明"),
    ],
)
def test_a_person_without_a_part_of_a_region_after_it_stays_a_person(
    sentence: str, person: str
) -> None:
    assert (person, "person") in items(sentence)


def test_a_work_of_the_dictionary_is_no_person_or_place() -> None:
    cut = dict(items("他读了三国演义、牡丹亭和白蛇传。"))
    # "Romance of the Three Kingdoms by ...", "The Peony Pavilion (1598), play by ...",
    # "Tale of the White Snake": titles, studied as words with their glosses
    assert cut["三国演义"] is None and cut["牡丹亭"] is None and cut["白蛇传"] is None, cut
    # their authors stay persons
    cut = dict(items("曹雪芹写了红楼梦，吴承恩写了西游记。"))
    assert cut["曹雪芹"] == "person" and cut["吴承恩"] == "person", cut


@pytest.mark.parametrize(
    ("definition", "work"),
    [
        ("Romance of the Three Kingdoms by Luo Guanzhong", True),
        ("The Peony Pavilion (1598), play by Tang Xianzu", True),
        ("Othello (play by Shakespeare)", True),
        ("Cao Xueqin (1715-1763), author of A Dream of Red Mansions", False),
        ("Tang Xianzu (1550-1616), Ming dynasty playwright", False),
        ("Kashmir", False),
        ("Kong Yiji, protagonist of short story by Lu Xun", False),
    ],
)
def test_names_a_work_reads_the_definition(definition: str, work: bool) -> None:
    assert _names_a_work(definition) is work


def test_two_parts_of_a_foreign_name_side_by_side_are_one_name() -> None:
    cut = items("二是总统新闻秘书亚斯特任布斯基宣布，总统深信。")
    assert ("亚斯特任布斯基", "person") in cut, cut


def test_join_foreign_parts_needs_two_found_persons_spelled_foreign() -> None:
    names = {"亚斯特": "person", "任布斯": "person", "王小明": "person", "阿巴查": "person"}
    assert join_foreign_parts(["亚斯特", "任布斯", "基", "宣布"], names) == (
        ["亚斯特任布斯基", "宣布"], {"亚斯特任布斯基": "person"}
    )
    # a letter that is a verb after the name is left (说)
    assert join_foreign_parts(["亚斯特", "任布斯", "说"], names)[0] == ["亚斯特任布斯", "说"]
    # a Chinese name next to a foreign one, or a name next to a place, stays apart
    assert join_foreign_parts(["王小明", "阿巴查"], names)[0] == ["王小明", "阿巴查"]
    assert join_foreign_parts(["阿巴查", "维也纳"], names)[0] == ["阿巴查", "维也纳"]


def test_a_foreign_name_takes_its_last_letter_left_alone() -> None:
    names = {"亚斯特任布斯": "person", "王小明": "person"}
    assert join_foreign_parts(["亚斯特任布斯", "基", "宣布"], names)[0] == [
        "亚斯特任布斯基", "宣布"
    ]
    # not before another letter, nor after a Chinese name (王小明 娜 ...)
    assert join_foreign_parts(["亚斯特任布斯", "基", "斯"], names)[0] == [
        "亚斯特任布斯", "基", "斯"
    ]
    assert join_foreign_parts(["王小明", "娜", "说"], names)[0] == ["王小明", "娜", "说"]


def test_lian_before_a_name_the_text_shows_alone_is_even() -> None:
    from zh_learn.analysis.names import GlueCheck

    text = "蓉哥来了。蓉哥笑道：好。蓉哥又走了。连蓉哥也不知道。"
    assert GlueCheck(text).split("连蓉哥") == ("连", "蓉哥")
    # a name the text shows only whole stays one
    assert GlueCheck("连海平说：好。连海平又走了。").split("连海平") is None



def test_the_tagger_may_still_cut_a_place_of_the_dictionary() -> None:
    from zh_learn.analysis.name_model import _cuts_a_name

    # 长安, 中江 are places the cut may choose wrongly (部长 安雷, 中 江宏伟)
    assert ("安雷", "person") in items("新任财政部长安雷出席了会议。")
    cw = cut_words()
    assert not _cuts_a_name([(0, "中江"), (2, "宏伟")], 1, 4, cw)
    assert _cuts_a_name([(0, "孔乙己")], 0, 2, cw)
    assert _cuts_a_name([(0, "李嘉诚"), (3, "基金会")], 0, 2, cw)


def test_a_grammar_word_that_is_a_surname_opens_a_name_after_a_title() -> None:
    assert ("于友先", "person") in items("局长于友先会见了客人。")
    # 于 "at" before a time or a place stays a word
    cut = items("记者于今晨报道。")
    assert ("于", None) in cut and ("今晨", None) in cut, cut
    assert ("于", None) in items("记者于北京报道。")


def test_what_lian_is_split_from_is_no_new_name() -> None:
    from zh_learn.analysis.names import GlueCheck, unglue

    text = "雀儿飞了。雀儿叫了。雀儿又来了。连雀儿也不喂。"
    words, found = unglue(
        ["连雀儿", "也"], {"连雀儿": "person"}, GlueCheck(text), lambda w: False, {}
    )
    # "even the bird": 连 + 雀儿, and 雀儿 is made no name
    assert (words, found) == (["连", "雀儿", "也"], {})
    text = "凤姐来了。凤姐笑了。凤姐走了。连凤姐也不知道。"
    words, found = unglue(
        ["连凤姐"], {"连凤姐": "person"}, GlueCheck(text), lambda w: False, {"凤姐": "person"}
    )
    assert words == ["连", "凤姐"] and "连凤姐" not in found


@pytest.mark.parametrize(
    ("sentence", "village"),
    [
        ("她是邢台县南市屯村农民的女儿。", "南市屯村"),
        ("他住在红庄乡陈沟村，那里连年大旱。", "陈沟村"),
        ("江苏省华西村很有名。", "华西村"),
    ],
)
def test_a_village_named_right_after_a_county_or_township_is_a_place(
    sentence: str, village: str
) -> None:
    assert (village, "place") in items(sentence)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("河北省贫困村的农民都来了。", ["贫困", "村"]),  # a common word: "poor villages"
        ("该县三个村都通了电。", ["三", "个", "村"]),
        ("他回到本村。", ["本", "村"]),
    ],
)
def test_no_village_without_a_name_before_its_unit(sentence: str, words: list[str]) -> None:
    cut = [w for w, _ in items(sentence)]
    assert all(w in cut for w in words), cut


def test_join_villages_needs_a_place_that_holds_it() -> None:
    cw = cut_words()
    county = {"邢台县"}.__contains__
    assert join_villages(["邢台县", "南市", "屯", "村"], county, cw) == (
        ["邢台县", "南市屯村"], {"南市屯村": "place"}
    )
    # no county before it: left to the other rules
    assert join_villages(["去", "南市", "屯", "村"], county, cw)[1] == {}


def test_what_lian_is_split_from_is_a_name_as_a_given_name_would_be() -> None:
    from zh_learn.analysis.names import GlueCheck, unglue

    text = "紫鹃来了。紫鹃笑了。紫鹃走了。连紫鹃也不知道。"
    words, found = unglue(
        ["连紫鹃", "也"], {"连紫鹃": "person"}, GlueCheck(text), lambda w: False, {}
    )
    assert (words, found) == (["连", "紫鹃", "也"], {"紫鹃": "person"})


def test_zhi_before_more_words_is_of_not_the_end_of_a_found_name() -> None:
    # 之 "of" between a noun and what it owns: no found name ends in it there
    from zh_learn.analysis.segment import segment

    def cut(text: str) -> list[tuple[str, str | None]]:
        return [(t.text, t.name_type) for t in segment(text).tokens]

    tokens = cut("那位大将军赵昌之子也来了。")
    assert ("赵昌", "person") in tokens and ("之", None) in tokens
    assert not any(text.endswith("之") and kind for text, kind in tokens)
    tokens = cut("屋舍俨然，有良田美池桑竹之属。")
    assert not any(text.endswith("之") and kind for text, kind in tokens)
    # a listed name that ends in 之 stays whole, and so does a modern one before a title
    # or a verb of saying
    assert ("王羲之", "person") in cut("王羲之的字写得很好。")
    assert ("张敬之", "person") in cut("张敬之同志来了。")
    assert ("王育之", "person") in cut("记者王育之说，天气很好。")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("美国驻科威特大使昨天说，局势已经稳定。", "科威特"),
        ("暴雨过后，南斯拉夫境内的河水上涨。", "南斯拉夫"),
        ("双方在克什米尔争端上各执一词。", "克什米尔"),
        ("会议邀请了阿拉伯国家的代表。", "阿拉伯"),
        ("总统昨天飞抵拉塔基亚，随即会见了记者。", "拉塔基亚"),  # found in the text
        ("这座南部城市哈斯科沃举办了画展。", "哈斯科沃"),
    ],
)
def test_a_name_spelled_like_a_person_is_a_place_where_the_text_shows_one(
    sentence: str, place: str
) -> None:
    assert (place, "place") in items(sentence)


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("克林顿政府昨天表示，克林顿将在下月出访。", "克林顿"),  # 政府 after a person
        ("萨达姆国家安全顾问昨天说，萨达姆不会让步。", "萨达姆"),
        ("大抵萨达姆的想法也是这样。", "萨达姆"),
    ],
)
def test_a_person_beside_a_government_or_an_adviser_stays_a_person(
    sentence: str, person: str
) -> None:
    assert (person, "person") in items(sentence)


def test_a_country_the_dictionary_names_bare_keeps_apart_from_its_government() -> None:
    cut = items("暴雨过后，南斯拉夫境内的河水上涨，南斯拉夫政府宣布了紧急状态。")
    assert ("南斯拉夫", "place") in cut and ("政府", None) in cut, cut
    assert ("菲律宾", "place") in items("这笔钱转给了菲律宾政府。")
    # a brand names its company; a city or province its own government
    assert ("索尼公司", "organization") in items("日元下跌，索尼公司的利润减少。")
    assert ("杭州市政府", "organization") in items("杭州市政府发布了通知。")


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("以色列工党领袖巴拉克昨天在开罗发表讲话。", "巴拉克"),  # "Barack, Barak (name)"
        ("他读过里根的回忆录。", "里根"),  # "Reagan (name)", also in the place lists
    ],
)
def test_a_name_the_dictionary_glosses_as_one_beats_the_place_lists(
    sentence: str, person: str
) -> None:
    assert (person, "person") in items(sentence)


def test_a_place_of_both_lists_the_dictionary_describes_stays_a_place() -> None:
    assert ("乌兰", "place") in items("他去过乌兰。")  # "Wulan county in ..."


@pytest.mark.parametrize("sentence", ["七年来，他仅回乡探望了一次。", "工作再忙，他也常回村看看。"])
def test_going_home_to_a_village_is_no_place(sentence: str) -> None:
    assert all(kind is None for _, kind in items(sentence)), items(sentence)


def test_two_characters_and_a_place_suffix_still_name_a_place() -> None:
    assert ("徐魏庄", "place") in items("徐魏庄的村民都来了。")


def test_money_named_after_a_country_or_a_person_is_no_name() -> None:
    cut = items("德国马克走势疲软，韩元也下跌了，台资企业不多，他还收藏了一枚袁头。")
    for word in ("德国马克", "韩元", "台资", "袁头"):
        assert (word, None) in cut, cut
    # a person whose name holds such a word in capitals stays one
    assert ("扎克伯格", "person") in items("扎克伯格昨天说，公司会继续招人。")


def test_a_member_of_a_body_is_no_organisation() -> None:
    assert ("共产党员", None) in items("新形势对共产党员提出了新的要求。")
    assert ("共产党", "organization") in items("共产党领导人民建设国家。")


@pytest.mark.parametrize(
    ("sentence", "person"),
    [
        ("奥巴马昨天在白宫发表讲话。", "奥巴马"),  # "Barack Obama (1961-), ..."
        ("他最喜欢华兹华斯的诗。", "华兹华斯"),  # "surname Wordsworth"
        ("欧阳先生今天不在家。", "欧阳"),  # "two-character surname Ouyang"
    ],
)
def test_a_person_the_dictionary_alone_knows_beats_the_place_lists(
    sentence: str, person: str
) -> None:
    assert (person, "person") in items(sentence)


def test_a_frequent_word_the_place_lists_hold_is_no_person() -> None:
    # 大山 "Dashan, stage name of ...": the dictionary's one sense, but the text's big mountain
    assert all(kind != "person" for _, kind in items("忽见大山阻路，众人都道迷了路。"))


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("这些外来词正在中国化。", "中国化"),  # "to sinicize"
        ("动物园里新来了一只美洲狮。", "美洲狮"),  # "cougar", "mountain lion"
    ],
)
def test_a_capitalised_reading_glossed_as_a_verb_or_a_common_thing_is_no_name(
    sentence: str, word: str
) -> None:
    assert (word, None) in items(sentence), items(sentence)


def test_a_district_jieba_tags_as_a_body_is_a_place() -> None:
    assert ("卫东区", "place") in items("他家住在卫东区。")  # "Weidong district of ..."
    assert ("国家海洋局", "organization") in items("国家海洋局发布了预报。")


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("他在纽卡斯尔读书。", "纽卡斯尔"),  # "Newcastle (place name)"
        ("苏黎世的冬天很冷。", "苏黎世"),  # "Zurich, Switzerland"
        ("我们坐车去了通什。", "通什"),  # "Tongshi, Hainan"
    ],
)
def test_a_spelled_name_glossed_with_where_it_is_is_a_place(sentence: str, place: str) -> None:
    assert (place, "place") in items(sentence)
