"""Name rules found on fresh texts nobody tuned on (names15): each holds for any text."""

from __future__ import annotations

from zh_learn.analysis.names import rejoin_found
from zh_learn.analysis.segment import segment


def name_tokens(text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.name_type) for t in segment(text).tokens if t.name_type]


def test_a_name_found_in_a_paragraph_is_one_item_everywhere_in_it() -> None:
    # one line: the tagger finds 许仙 after 叫作; the cut leaves 许 仙 after 看
    text = "有个叫作许仙的人来了。我们都去看许仙了。"
    assert name_tokens(text) == [("许仙", "person"), ("许仙", "person")]
    assert "仙" not in [t.text for t in segment(text).tokens]


def test_rejoin_found_joins_only_the_pieces_that_spell_the_name() -> None:
    words = ["嫁", "给", "许", "仙", "了", "，", "许仙", "也", "许", "可以"]
    assert rejoin_found(words, {"许仙": "person"}) == [
        "嫁", "给", "许仙", "了", "，", "许仙", "也", "许", "可以"
    ]
    # a name the line holds once: nothing to do
    assert rejoin_found(["许", "仙", "了"], {"许仙": "person"}) == ["许", "仙", "了"]


def test_a_persons_other_name_is_a_person_and_three_kingdoms_no_place() -> None:
    # CC-CEDICT: "courtesy name of Zhao Yun ... in Romance of the Three Kingdoms", "Yongle
    # Emperor, reign name of third Ming emperor": persons, not places ("Kingdoms")
    found = dict(name_tokens("他最佩服赵子龙。永乐年间，皇帝派人出海。"))
    assert found == {"赵子龙": "person", "永乐": "person"}
    # "History of the Three Kingdoms", "Liu Bei's five great generals in Romance of the Three
    # Kingdoms": a book and a group, no place
    assert name_tokens("他读过三国志，说得出五虎将的姓名。") == []


def test_persons_listed_before_a_word_for_countries_are_places() -> None:
    # the tagger reads 阿鲁 and 柯枝 as given names; 等国 says every item is a state
    found = dict(name_tokens("船队到过阿鲁，柯枝等国。"))
    assert found == {"阿鲁": "place", "柯枝": "place"}
    # a list of people stays persons
    assert dict(name_tokens("来的有阿鲁、柯枝等人。")).get("柯枝") != "place"


def test_a_town_named_by_a_surname_twice_is_a_place() -> None:
    text = "他替人撑船，每日一回，早晨从鲁镇出发，傍晚又回到鲁镇，所以知道不少新闻。"
    assert name_tokens(text) == [("鲁镇", "place"), ("鲁镇", "place")]
    # the same village each time, not 孟庄通 "孟庄 gets (a road)" the second time
    text = "老人说，早年间从孟庄到县城要走一天，如今孟庄通了公路。"
    assert name_tokens(text) == [("孟庄", "place"), ("孟庄", "place")]
    # which one, not its name; a verb of saying says a person
    assert name_tokens("邻村的人也来了，本村的人没来，邻村的人走了。") == []
    assert ("王镇", "place") not in name_tokens("王镇说，王镇也来了。")


def test_a_family_name_the_text_gives_in_full_is_a_person_not_the_place() -> None:
    # CC-CEDICT knows 科林斯 only as Corinth; the text names 迈克尔·科林斯
    text = "宇航员迈克尔·科林斯留在飞船上。科林斯后来写了一本书。"
    assert ("科林斯", "person") in name_tokens(text)
    # the place where the text shows one
    assert ("科林斯", "place") in name_tokens("他们到过科林斯。")
    text = "迈克尔·科林斯来过这里。他说驻科林斯的使馆很小。"
    assert ("科林斯", "person") not in name_tokens(text)


def test_a_dotted_name_keeps_its_given_name_and_a_family_name_that_is_a_place() -> None:
    # 儒勒 "Jules": one letter before the dot is seldom a whole given name
    assert name_tokens("这部电影改编自儒勒·凡尔纳的小说。") == [("儒勒·凡尔纳", "person")]
    # 华盛顿, 伦敦 after a given name and a dot are family names, not the cities
    assert name_tokens("作家杰克·伦敦写了很多小说。") == [("杰克·伦敦", "person")]
    assert ("乔治·华盛顿", "person") in name_tokens("第一任总统是乔治·华盛顿。")


def test_a_place_takes_no_character_the_text_shows_it_without() -> None:
    # 旧港 comes after several characters: 时 and 齐 are no part of it
    text = "大家先到旧港，再到新港，又回旧港，时旧港已有华人。"
    assert [w for w, _ in name_tokens(text)] == ["旧港", "新港", "旧港", "旧港"]
    text = "船到了三佛齐旧港，后来到旧港的人多了，时旧港很热闹。"
    assert [w for w, _ in name_tokens(text)] == ["旧港", "旧港", "旧港"]


def test_a_family_name_with_jia_and_a_feature_of_the_land_is_a_place() -> None:
    assert name_tokens("他们住在李家沟。") == [("李家沟", "place")]
    assert name_tokens("那年夏天我们去了王家坝。") == [("王家坝", "place")]
    assert name_tokens("从刘家河到县城要走一天。") == [("刘家河", "place")]


def test_a_two_character_family_name_and_its_given_name_given_twice() -> None:
    text = "徒弟公孙高来找老师。公孙高走了以后，老师笑了。"
    assert name_tokens(text) == [("公孙高", "person"), ("公孙高", "person")]
    # no given name: a verb of saying or an adverb after the family name
    assert name_tokens("欧阳说，欧阳也来了。") == [("欧阳", "person"), ("欧阳", "person")]


def test_a_two_character_family_name_is_spelled_whole_in_the_gloss() -> None:
    from zh_learn.analysis.vocabulary import name_sense

    sense = name_sense("公孙高", ("gong1", "sun1", "gao1"), "person")
    assert sense.definitions == ("person's name: Gōngsūn Gāo",)
    sense = name_sense("丁增安", ("ding1", "zeng1", "an1"), "person")
    assert sense.definitions == ("person's name: Dīng Zēng'ān",)


def test_a_site_named_after_a_foreign_person_is_one_place() -> None:
    assert name_tokens("飞机降落在杜勒斯国际机场。") == [("杜勒斯国际机场", "place")]
    assert name_tokens("博物馆在杰弗逊大道旁边。") == [("杰弗逊大道", "place")]


def test_an_old_name_of_a_place_and_a_country_among_a_names_definitions() -> None:
    # "Ming Dynasty name for modern day Malacca, see also 马六甲": the place it points to
    assert name_tokens("船队到了满剌加和榜葛剌。") == [("满剌加", "place"), ("榜葛剌", "place")]
    # "Bengal; Bangladesh": a country among its definitions, no person
    assert name_tokens("他去过孟加拉。") == [("孟加拉", "place")]
    # a state of the Three Kingdoms stays a place; a book and a novel's generals are none
    assert name_tokens("曹魏和东吴打了很多年。").count(("曹魏", "place")) == 1


def test_a_name_the_text_gives_a_building_after_is_no_person() -> None:
    # CC-CEDICT holds 雷峰塔 as a place; the tagger reads 雷峰 alone as a person's name
    text = "我见过雷峰塔。“雷峰夕照”的真景我也见过，雷峰夕照并不见佳。"
    assert ("雷峰", "person") not in name_tokens(text)


def test_a_rare_surname_before_an_everyday_word_is_no_name() -> None:
    # 教 is a surname, but 教 + 学生 is "to teach students", not Jiāo Xuésheng
    assert [t.text for t in segment("老师教学生写字。").tokens][:3] == ["老师", "教", "学生"]
