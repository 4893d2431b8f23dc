"""Two-part sayings (三天打鱼，两天晒网): either half, quoted alone or with the other, is one
idiom item carrying the saying's meaning, never a string of single characters."""

from __future__ import annotations

from zh_learn.analysis.pipeline import analyze


def test_both_halves_of_a_saying_are_whole_items_with_its_meaning() -> None:
    analysis = analyze("做事要有恒心，不能三天打鱼，两天晒网。", cache=False)
    found = {i.simplified: i for i in analysis.vocabulary.items}
    for half, where in (("三天打鱼", "first half"), ("两天晒网", "second half")):
        assert found[half].kind.value == "idiom"
        assert f"({where} of a saying)" in found[half].gloss
        assert not any(c in found[half].gloss for c in half)
    assert "晒" not in found and "网" not in found


def test_the_second_half_alone_is_found_too() -> None:
    tokens = [t.text for t in analyze("他学习总是两天晒网。", cache=False).document.tokens]
    assert "两天晒网" in tokens


def test_a_half_with_an_entry_of_its_own_takes_the_sayings_meaning_when_quoted() -> None:
    # CC-CEDICT's 三人行 alone is slang; quoting the Analects it is half of the saying
    found = {
        i.simplified: i
        for i in analyze("孔子说：“三人行，必有我师焉。”", cache=False).vocabulary.items
    }
    assert "three walk together" in found["三人行"].gloss
    assert "slang" not in found["三人行"].gloss


def test_a_saying_written_without_its_comma_takes_its_meaning() -> None:
    from zh_learn.analysis.lexicon import lexicon
    from zh_learn.analysis.senses import item_senses

    senses = item_senses("不入虎穴焉得虎子", (), lexicon())
    assert "tiger" in senses[0].definitions[0]
    assert senses[0].pinyin == "bu4 ru4 hu3 xue2 yan1 de2 hu3 zi3"
