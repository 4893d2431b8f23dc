"""Organisation names, sites and titles: joined whole where they are names, never where the
words are a description or a learner's words in a sentence."""

from __future__ import annotations

import pytest

from zh_learn.analysis.orgs import join_titles
from zh_learn.analysis.pipeline import analyze
from zh_learn.analysis.segment import segment
from zh_learn.models import TokenKind


def tokens(text: str) -> dict[str, tuple[TokenKind, str | None]]:
    return {t.text: (t.kind, t.name_type) for t in segment(text).tokens}


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        ("昨天长沙市政府发布了通知。", "长沙市政府", "organization"),
        ("他在湖南省教育厅工作了十年。", "湖南省教育厅", "organization"),
        ("记者从苏州市公安局了解到这个情况。", "苏州市公安局", "organization"),
        ("他后来考上了宁波大学。", "宁波大学", "organization"),
        ("她在昆明铁路医院当护士。", "昆明铁路医院", "organization"),
        ("这件文物现在藏在南京博物院。", "南京博物院", "organization"),
        ("全国人民代表大会常务委员会今天开会。", "全国人民代表大会常务委员会", "organization"),
        ("我们周末去了西溪湿地。", "西溪湿地", "place"),
        ("北京图书大厦现有图书十万种。", "北京图书大厦", "place"),
        ("比赛在杭州体育馆举行。", "杭州体育馆", "place"),
        # a place no dictionary has is no country: its museum is a name
        ("新开的河姆渡博物馆人很多。", "河姆渡博物馆", "organization"),
    ],
)
def test_organisations_and_sites_are_one_name(sentence: str, name: str, kind: str) -> None:
    assert tokens(sentence).get(name) == (TokenKind.NAME, kind)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a country and a general head: a description ("the Indian government")
        ("印度政府表示欢迎。", ["印度", "政府"]),
        ("很多美国公司在这里投资。", ["美国", "公司"]),
        ("他想去英国大学读书。", ["英国", "大学"]),
        ("他们在美国体育馆训练。", ["美国", "体育馆"]),
        # a national body named whole takes no city before it
        ("他到北京国务院开会。", ["北京", "国务院"]),
        # a verb or a function word stops the name: the learner's words stay
        ("他在杭州读大学。", ["杭州", "读", "大学"]),
        ("我们在上海的医院见面。", ["上海", "医院"]),
        ("他在杭州上大学。", ["杭州"]),
        # a one-character head needs a noun saying what the body does
        ("这部电影在北京部分地区上映。", ["北京"]),
        # a word ending in such a character is a head only if its gloss names a body
        ("华北中南部将有大雨。", ["华北"]),
        ("三桥村村干部都来了。", ["村干部"]),
    ],
)
def test_descriptions_stay_words(sentence: str, words: list[str]) -> None:
    got = tokens(sentence)
    for word in words:
        assert word in got, (word, list(got))


def test_a_title_in_book_marks_is_one_item() -> None:
    got = tokens("他们学习了《中华人民共和国食品安全法》和《论语》。")
    assert got["中华人民共和国食品安全法"] == (TokenKind.NAME, "title")
    assert "论语" in got  # one word already
    # a title that reads as a sentence keeps the learner's words
    got = tokens("老师推荐了《我们的故事》这本书。")
    assert "故事" in got and "我们的故事" not in got


def test_titles_only_of_han_characters() -> None:
    words, found = join_titles(["《", "论语", "·", "学而", "》", "说"])
    assert words == ["《", "论语", "·", "学而", "》", "说"] and not found
    words, found = join_titles(["读", "《", "红", "楼", "梦", "》"])
    assert words == ["读", "《", "红楼梦", "》"] and found == {"红楼梦": "title"}
    unclosed = ["《", "红", "楼", "梦"]
    assert join_titles(unclosed)[0] == unclosed


def test_names_are_glossed_word_by_word() -> None:
    vocabulary = analyze("苏州市公安局发出通知。", cache=False).vocabulary
    items = {i.simplified: i for i in vocabulary.items}
    gloss = items["苏州市公安局"].senses[0].definitions[0]
    assert gloss.startswith("organization name: Sūzhōu")
    assert " " in gloss.split(": ", 1)[1]  # word by word, not one long string


def test_a_law_named_without_book_marks_is_one_title() -> None:
    got = tokens("中华人民共和国食品安全法\n依照中华人民共和国刑法追究责任。")
    assert got["中华人民共和国食品安全法"] == (TokenKind.NAME, "title")
    assert got["中华人民共和国刑法"] == (TokenKind.NAME, "title")
    # a sentence about a law is no title: a verb stands only right before 法
    got = tokens("中华人民共和国公民必须遵守宪法。")
    assert "公民" in got and "宪法" in got


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a team is its place and 队, two words a learner needs (巴西 "Brazil", 女队)
        ("昨晚巴西队以二比一战胜了挪威队。", ["巴西", "队", "挪威"]),
        ("中国女队今天下午抵达赛场。", ["中国", "队"]),
        ("两队打成平手。", ["两", "队"]),
        ("他在北京排队买票。", ["北京", "排队"]),
        ("南美球队的打法很灵活。", ["南美", "球队"]),
    ],
)
def test_a_sports_team_is_its_place_and_the_word_for_team(sentence: str, words: list[str]) -> None:
    got = tokens(sentence)
    for word in words:
        assert word in got, (word, list(got))


def test_a_foreign_name_before_a_company_head_is_the_company() -> None:
    got = tokens("美国政府没有批准劳拉公司的申请。")
    assert got.get("劳拉公司") == (TokenKind.NAME, "organization")
    # a Chinese personal name keeps its own, and the company stays a word
    got = tokens("张明公司的经理来了。")
    assert "张明" in got and "公司" in got
