"""The seed article's vocabulary (golden), glosses, and the filters every renderer shares."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from zh_learn.analysis.pipeline import analyze
from zh_learn.analysis.vocabulary import build_vocabulary, select
from zh_learn.models import Kind, VocabItem, Vocabulary

SEED_ARTICLE = Path(__file__).resolve().parent.parent / "decks" / "zhumadian-2021" / "article.txt"


def by_word(vocab: Any) -> dict[str, VocabItem]:
    assert isinstance(vocab, Vocabulary)
    return {item.simplified: item for item in vocab.items}


@pytest.mark.parametrize(
    ("word", "kind", "pinyin"),
    [
        ("如履薄冰", Kind.IDIOM, "rú lǚ bó bīng"),
        ("如临深渊", Kind.IDIOM, "rú lín shēn yuān"),
        ("切中肯綮", Kind.IDIOM, "qiè zhòng kěn qìng"),
        ("守土有责", Kind.IDIOM, "shǒu tǔ yǒu zé"),
        ("挨家挨户", Kind.IDIOM, "āi jiā āi hù"),
        ("劳逸结合", Kind.IDIOM, "láo yì jié hé"),
        ("尽心尽力", Kind.IDIOM, "jìn xīn jìn lì"),
        ("贻误战机", Kind.IDIOM, "yí wù zhàn jī"),
        ("重中之重", Kind.PHRASE, "zhòng zhōng zhī zhòng"),
        ("群防群控", Kind.PHRASE, "qún fáng qún kòng"),
        ("联防联控", Kind.PHRASE, "lián fáng lián kòng"),
        ("守土担责", Kind.PHRASE, "shǒu tǔ dān zé"),
        ("履职尽责", Kind.PHRASE, "lǚ zhí jìn zé"),
    ],
)
def test_seed_idioms(seed_vocab: Vocabulary, word: str, kind: Kind, pinyin: str) -> None:
    item = by_word(seed_vocab)[word]
    assert item.kind is kind
    assert item.pinyin == pinyin
    assert item.gloss
    assert item.idiom is not None
    assert [c for c, _ in item.idiom.char_gloss] == list(word)


def test_seed_idiom_details(seed_vocab: Vocabulary) -> None:
    items = by_word(seed_vocab)
    thin_ice = items["如履薄冰"]
    assert thin_ice.idiom is not None
    assert thin_ice.idiom.literal == "as if walking on thin ice"
    assert thin_ice.idiom.figurative == "to be extremely cautious"
    assert thin_ice.idiom.origin_zh and "诗" in thin_ice.idiom.origin_zh
    assert thin_ice.idiom.explanation_zh
    assert dict(thin_ice.idiom.char_gloss)["冰"] == "ice"
    crux = items["切中肯綮"]
    assert crux.senses[0].source == "supplement"
    assert crux.traditional == "切中肯綮"


def test_seed_names_and_numbers(seed_vocab: Vocabulary) -> None:
    items = by_word(seed_vocab)
    assert (items["蒿慧杰"].kind, items["蒿慧杰"].name_type) == (Kind.NAME, "person")
    assert (items["西平县"].kind, items["西平县"].name_type) == (Kind.NAME, "place")
    assert (items["遂平县"].kind, items["遂平县"].name_type) == (Kind.NAME, "place")
    assert (items["习近平"].kind, items["习近平"].name_type) == (Kind.NAME, "person")
    assert items["8月"].kind is Kind.NUMBER
    # the fifth 西平县 is inside the name of the county's hospital
    assert items["西平县"].count == 4
    hospital = items["西平县人民医院"]
    assert (hospital.kind, hospital.name_type) == (Kind.NAME, "organization")


def test_seed_readings_in_context(seed_vocab: Vocabulary) -> None:
    items = by_word(seed_vocab)
    assert items["难"].pinyin == "nán"  # 担险、担难、担责: free combinations, split
    assert items["重要"].pinyin == "zhòng yào"
    assert items["为"].pinyin == "wéi"  # 以…为根本遵循
    assert items["调度"].pinyin == "diào dù"
    assert items["行动"].pinyin == "xíng dòng"


def test_every_studied_item_has_gloss_level_and_example(seed_vocab: Vocabulary) -> None:
    studied = select(seed_vocab.items)
    assert len(studied) > 300
    for item in studied:
        assert item.gloss, item.simplified
        assert len(item.syllables) == len(item.simplified), item.simplified
        assert item.example is not None
        sentence = item.example.sentence
        assert sentence[item.example.offset :].startswith(item.simplified), item.simplified
    assert by_word(seed_vocab)["防控"].example is not None
    levels = {item.hsk_level for item in studied}
    assert {1, 2, 3, 4, 5, 6, 7} <= levels
    assert by_word(seed_vocab)["工作"].hsk_level == 1
    assert by_word(seed_vocab)["工作"].zipf and by_word(seed_vocab)["工作"].zipf > 5


@pytest.mark.parametrize(
    ("text", "not_items", "parts"),
    [
        ("做好网格化管理和党员包户。", ["包户"], ["包", "户"]),
        ("确保打通最后一米，打一场人民战争。", ["一米", "一场"], ["米", "场"]),
        ("要配足设备，备足物资。作风要实。", ["配足", "要实"], ["配", "足"]),
        ("北京很大，名胜古迹很多。", ["很大", "很多"], ["很", "大", "多"]),
    ],
)
def test_free_combinations_are_split_into_dictionary_words(
    text: str, not_items: list[str], parts: list[str]
) -> None:
    items = by_word(analyze(text).vocabulary)
    for word in not_items:
        assert word not in items
    for word in parts:
        assert word in items and items[word].senses[0].source != "composed", word


def test_traditional_input_shows_traditional(tmp_path: object) -> None:
    vocab = analyze("時刻保持如履薄冰的狀態，切實把責任抓在手上。").vocabulary
    assert vocab.script == "traditional"
    item = by_word(vocab)["状态"]
    assert item.traditional == "狀態"
    assert item.form("traditional") == "狀態"
    assert item.example is not None and "狀態" in item.example.sentence


def test_all_readings_are_kept() -> None:
    vocab = analyze("这样行吗？我们一起去银行。").vocabulary
    item = by_word(vocab)["行"]
    readings = {s.pinyin for s in item.senses}
    assert {"hang2", "xing2"} <= readings
    assert item.senses[0].pinyin == "xing2"
    assert by_word(vocab)["银行"].pinyin == "yín háng"


def test_select_filters_and_sorts(seed_vocab: Vocabulary) -> None:
    items = seed_vocab.items
    assert all(i.kind in (Kind.WORD, Kind.IDIOM, Kind.PHRASE) for i in select(items))
    idioms = select(items, kinds=["idiom"])
    assert idioms and all(i.kind is Kind.IDIOM for i in idioms)
    hard = select(items, min_level=5)
    assert hard and all(i.hsk_level is None or i.hsk_level >= 5 for i in hard)
    easy = select(items, max_level=2)
    assert easy and all(i.hsk_level is not None and i.hsk_level <= 2 for i in easy)
    top = select(items, sort="count", top=5)
    assert len(top) == 5 and top[0].count >= top[-1].count
    by_freq = select(items, sort="freq", top=10)
    assert by_freq[0].zipf == max(i.zipf or 0 for i in select(items))
    assert "工作" not in [i.simplified for i in select(items, exclude={"工作"})]
    levels = [i.hsk_level or 99 for i in select(items, sort="level")]
    assert levels == sorted(levels)


def test_document_keeps_tokens(seed_text: str) -> None:
    analysis = analyze(seed_text, cache=False)
    document, vocab = analysis.document, analysis.vocabulary
    assert vocab.token_count > 1000
    assert sum(1 for t in document.tokens if t.text == "如履薄冰") == 1


def test_tallied_and_tokenised_analyses_agree(seed_text: str) -> None:
    # A long text is tallied line by line without keeping tokens; both paths must agree.
    text = (seed_text + "\n") * 3
    analysis = analyze(text, cache=False)
    tallied = analysis.vocabulary
    tokenised = build_vocabulary(analysis.document, tallied.standard)
    assert [i.to_dict() for i in tallied.items] == [i.to_dict() for i in tokenised]
    running = [t for t in analysis.document.tokens if t.kind not in ("punct", "space")]
    assert tallied.token_count == len(running) > 3000


def test_main_meanings_come_before_sound_words_and_specialist_senses() -> None:
    items = by_word(analyze("非常时期当用非常之策。这是一场革命，每个环节都很重要。").vocabulary)
    assert items["当"].gloss.startswith("to be; to act as")
    assert items["革命"].gloss.startswith("revolution")
    assert items["环节"].gloss.startswith("(fig.) a part of an integrated whole")
    assert "(zoology)" in items["环节"].gloss  # kept, just later


def test_every_name_has_a_gloss() -> None:
    items = by_word(analyze("丁增安说，他去了上海和徐魏庄。记者刘华山报道。").vocabulary)
    assert items["丁增安"].gloss == "person's name: Dīng Zēng'ān"
    assert items["徐魏庄"].gloss == "place name: Xúwèizhuāng"
    assert items["上海"].gloss.startswith("Shanghai")
    for item in items.values():
        assert item.gloss, item.simplified


@pytest.mark.parametrize(
    ("text", "word", "pinyin", "gloss"),
    [
        # CC-CEDICT's gěng is only "used in 脖颈儿": alone, 颈 is jǐng
        ("他的颈上套着一个银项圈。", "颈", "jing3", "neck"),
        # 将 before an object and a verb ending in 给/至/进: the written 把
        ("齐传贤已将此书寄赠给组委会。", "将", "jiang1", "(marks the object"),
        ("政府将与国际机构进行合作。", "将", "jiang1", "will"),
        ("股票均属道琼斯指数之列。", "属", "shu3", "to belong to"),
    ],
)
def test_meaning_and_reading_by_general_rules(
    text: str, word: str, pinyin: str, gloss: str
) -> None:
    vocab = analyze(text, cache=False).vocabulary
    item = by_word(vocab)[word]
    assert item.pinyin_numbers == pinyin
    assert item.gloss.startswith(gloss)
