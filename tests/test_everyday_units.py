"""Everyday texts (a lease, a museum label, a station announcement, a chat, a fable): numbers
with the ordinal or time unit the cut gave to the next word, measure words after an ordinal
or a number, 的话 that is no condition, 得 "must", 这才, and dictionary cross-references."""

from __future__ import annotations

from zh_learn.analysis.pipeline import analyze
from zh_learn.models import VocabItem


def items(text: str) -> dict[str, VocabItem]:
    return {i.simplified: i for i in analyze(text, cache=False).vocabulary.items}


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
