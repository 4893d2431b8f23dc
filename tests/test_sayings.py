"""Two-part sayings (三天打鱼，两天晒网): either half, quoted alone or with the other, is one
idiom item carrying the saying's meaning, never a string of single characters."""

from __future__ import annotations

from zh_learn.analysis.pipeline import analyze


def test_a_saying_quoted_whole_is_one_item_and_each_half_alone_takes_its_meaning() -> None:
    analysis = analyze("做事要有恒心，不能三天打鱼，两天晒网。", cache=False)
    found = {i.simplified: i for i in analysis.vocabulary.items}
    assert found["三天打鱼，两天晒网"].kind.value == "idiom"
    assert "晒" not in found and "网" not in found and "三天打鱼" not in found
    for text, half, where in (
        ("他学琴总是三天打鱼。", "三天打鱼", "first half"),
        ("他学琴总是两天晒网。", "两天晒网", "second half"),
    ):
        item = {i.simplified: i for i in analyze(text, cache=False).vocabulary.items}[half]
        assert item.kind.value == "idiom"
        assert f"({where} of a saying)" in item.gloss
        assert not any(c in item.gloss for c in half)


def test_the_second_half_alone_is_found_too() -> None:
    tokens = [t.text for t in analyze("他学习总是两天晒网。", cache=False).document.tokens]
    assert "两天晒网" in tokens


def test_a_half_with_an_entry_of_its_own_is_part_of_the_saying_when_quoted_whole() -> None:
    # CC-CEDICT's 三人行 alone is slang; quoting the Analects it is part of the saying
    found = {
        i.simplified: i
        for i in analyze("孔子说：“三人行，必有我师焉。”", cache=False).vocabulary.items
    }
    saying = found["三人行，必有我师"]  # the whole saying, one item
    assert "three walk together" in saying.gloss and "slang" not in saying.gloss
    assert "三人行" not in found


def test_a_saying_written_without_its_comma_takes_its_meaning() -> None:
    from zh_learn.analysis.lexicon import lexicon
    from zh_learn.analysis.senses import item_senses

    senses = item_senses("不入虎穴焉得虎子", (), lexicon())
    assert "tiger" in senses[0].definitions[0]
    assert senses[0].pinyin == "bu4 ru4 hu3 xue2 yan1 de2 hu3 zi3"
