"""The pinyin reader: hand-checked everyday readings, the seed article's hard cases, fixes."""

from __future__ import annotations

from pathlib import Path

import pytest

from zh_learn.errors import InputError
from zh_learn.pinyin.fixes import add_fix, overrides, parse_fix, remove_fix
from zh_learn.pinyin.reader import annotate_line, readings, word_reading
from zh_learn.pinyin.syllables import apply_sandhi, format_syllables
from zh_learn.pinyin.tables import tables

TABLE = Path(__file__).parent / "data" / "everyday_readings.tsv"


def _table() -> list[tuple[str, str, str]]:
    rows = []
    for line in TABLE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            sentence, target, reading = line.split("\t")
            rows.append((sentence, target, reading))
    return rows


EVERYDAY = _table()


def test_table_is_large_enough() -> None:
    assert len(EVERYDAY) >= 200
    for sentence, target, reading in EVERYDAY:
        assert target in sentence
        assert len(reading.split()) == len(target)


@pytest.mark.parametrize(
    ("sentence", "target", "expected"), EVERYDAY, ids=[f"{t}:{s}" for s, t, _ in EVERYDAY]
)
def test_everyday_reading(sentence: str, target: str, expected: str) -> None:
    offset = sentence.index(target)
    got = readings(sentence)[offset : offset + len(target)]
    assert " ".join(s or "-" for s in got) == expected
    assert " ".join(word_reading(target, sentence, offset)) == expected


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        ("以习近平总书记重要指示批示精神为根本遵循。", "为", "wei2"),
        ("对勇于担险、担难、担责的干部要大力选拔使用。", "担难", "dan1 nan2"),
        ("不能让针尖大的窟窿漏出斗大的风。", "斗大", "dou3 da4"),
        ("要拿出硬核措施，真正切中肯綮、把握要害。", "切中肯綮", "qie4 zhong4 ken3 qing4"),
    ],
    ids=["wei-gen-ben", "dan-nan", "dou-da", "qie-zhong-ken-qing"],
)
def test_seed_article_cases(sentence: str, target: str, expected: str) -> None:
    offset = sentence.index(target)
    assert " ".join(s or "" for s in readings(sentence)[offset : offset + len(target)]) == expected


def test_seed_article_reads_fully(seed_text: str) -> None:
    got = readings(seed_text)
    assert len(got) == len(seed_text)
    for ch, syl in zip(seed_text, got, strict=True):
        if "\u4e00" <= ch <= "\u9fff":
            assert syl is not None and syl[-1] in "12345", ch


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        # CC-CEDICT: Jin1 shan1 zhun1 qu1, Na3 qu1; the places are Jīnshāntún and Nàqū.
        ("他出生于伊春市金山屯区。", "金山屯区", "jin1 shan1 tun2 qu1"),
        ("那曲位于西藏北部。", "那曲", "na4 qu1"),
        # reviewed in pinyin_phrases.tsv (official romanisation Huangpi, Jiajiang): g2pM,
        # trained on labels that read bei1 and jia2, does not overrule them
        ("黄陂区在武汉北部。", "黄陂区", "huang2 pi2 qu1"),
        ("他去了黄陂。", "黄陂", "huang2 pi2"),
        ("夹江县属于乐山市。", "夹江县", "jia1 jiang1 xian4"),
    ],
    ids=["jinshantun", "naqu", "huangpi-qu", "huangpi", "jiajiang"],
)
def test_proper_nouns(sentence: str, target: str, expected: str) -> None:
    offset = sentence.index(target)
    got = readings(sentence)[offset : offset + len(target)]
    assert " ".join(s or "" for s in got) == expected
    assert " ".join(word_reading(target, sentence, offset)) == expected


def test_proper_nouns_without_model_keep_the_dictionary_reading() -> None:
    assert "金山屯区" in tables().proper
    assert readings("金山屯区", model=False)[2] == "zhun1"
    assert word_reading("金山屯区", "金山屯区。", 0, model=False)[2] == "zhun1"


def test_common_words_keep_the_dictionary_reading_against_g2pm() -> None:
    # g2pM alone reads 了解 le5 jie3 here, with near certainty
    assert readings("这件事我终于了解了。")[6:8] == ["liao3", "jie3"]


def test_in_house_model_matches_g2pm() -> None:
    from zh_learn.pinyin.g2pm import _g2pm, _model
    from zh_learn.pinyin.tables import _syllable

    for sentence in ("行长在银行里。", "我们一起去长城，看看长长的城墙。", "他还了书还没走。"):
        theirs = _g2pm()(sentence, tone=True, char_split=True)
        ours = _model()(sentence)
        assert ours, sentence
        for i, probs in ours.items():
            assert abs(sum(probs.values()) - 1) < 1e-4
            assert max(probs, key=probs.__getitem__) == _syllable(theirs[i]), (sentence, i)


def test_model_scores_a_sentence_alike_alone_and_in_a_batch(seed_text: str) -> None:
    """Scored in one batch (``prefetch_contexts``) or alone, a sentence gets the same numbers
    bit for bit, whatever the other sentences of the batch: readings never depend on them."""
    from zh_learn.pinyin.g2pm import _model

    sentences = [s for s in seed_text.replace("\n", "。").split("。") if s][:60]
    sentences += ["", "abc", sentences[3], "长"]  # nothing to score, a repeat, one character
    together = _model().batch(sentences)
    assert together == [_model()(s) for s in sentences]
    assert together[-1] and together[-2] == together[3] and together[-4] == {}
    assert list(together[3]) == sorted(together[3])  # positions in the sentence's order
    assert _model().batch(sentences[::-1]) == together[::-1]


def test_non_han_is_none_and_offsets_hold() -> None:
    assert readings("") == []
    assert readings("abc 123") == [None] * 7
    assert readings("我有3个apple。") == ["wo3", "you3", None, "ge4"] + [None] * 6


def test_traditional_text_is_read() -> None:
    assert readings("銀行行長") == ["yin2", "hang2", "hang2", "zhang3"]


def test_citation_tones_and_cedict_neutral_tones() -> None:
    assert readings("一个不是妈妈") == ["yi1", "ge4", "bu4", "shi4", "ma1", "ma5"]


def test_sandhi() -> None:
    text = "一个不是你好看一看一九"
    got = apply_sandhi(readings(text), text)
    assert got == [
        "yi2", "ge4", "bu2", "shi4", "ni2", "hao3", "kan4", "yi5", "kan4", "yi1", "jiu3"
    ]  # fmt: skip


def test_word_reading_falls_back_to_search_and_handles_bad_offset() -> None:
    assert word_reading("行长", "我们的行长来了。", 0) == ("hang2", "zhang3")
    assert word_reading("长", "这条河很长。", 5) == ("chang2",)


def test_formats() -> None:
    assert format_syllables(["lv4", "se4"], "marks") == "lǜ sè"
    assert format_syllables(["lv4", "se4"], "numbers") == "lü4 se4"
    assert format_syllables(["hao3"], "zhuyin") == "ㄏㄠˇ"
    assert annotate_line("真正切中肯綮。") == "真正(zhēn zhèng) 切中(qiè zhòng) 肯綮(kěn qìng)"


def test_fix_is_stored_and_honoured() -> None:
    assert readings("行长") == ["hang2", "zhang3"]
    word, syllables = parse_fix("行长=xíng zhǎng")
    add_fix(word, syllables)
    assert overrides() == {"行长": ("xing2", "zhang3")}
    assert readings("这位行长。")[2:4] == ["xing2", "zhang3"]
    assert word_reading("行长", "这位行长。", 2) == ("xing2", "zhang3")
    assert remove_fix("行长")
    assert not remove_fix("行长")
    assert readings("这位行长。")[2:4] == ["hang2", "zhang3"]


@pytest.mark.parametrize(
    "spec", ["行长", "行长=hang2", "abc=hang2", "行长=hang2 zhang9", "=hang2"]
)
def test_bad_fix_is_a_user_error(spec: str) -> None:
    with pytest.raises(InputError):
        parse_fix(spec)


@pytest.mark.parametrize(
    ("sentence", "target", "expected"),
    [
        ("孩子的眼睛都望着碟子。", "都", "dou1"),
        ("这是一个新的物种，也是一个种。", "种", "zhong3"),
        ("股票均属30种成份股票之列。", "种", "zhong3"),
        ("工人在路上铺沥青。", "铺", "pu1"),
        ("这必是外祖之长房了。", "长", "zhang3"),
        ("他将文件交给了老师。", "将", "jiang1"),
        ("约十岁，紫发，乌眼珠。", "发", "fa4"),
        ("客——（诧异地，）坟？", "地", "de5"),
        ("并更好地将其传达给大家。", "地", "de5"),
        ("这块地，种满了菜。", "地", "di4"),
        ("这件事你少管。", "少", "shao3"),
        ("有谁走来了，看一看罢。", "罢", "ba5"),
        ("他们在服务中的表现很好。", "中", "zhong1"),
        ("他们在服务中的表现很好。", "的", "de5"),
    ],
)
def test_words_standing_alone(sentence: str, target: str, expected: str) -> None:
    offset = sentence.index(target)
    assert readings(sentence)[offset] == expected


def test_zhong_de_is_read_as_in_not_hit_in_a_whole_sentence() -> None:
    """The reader cuts 服务|中的 (中的 zhòng dì is a dictionary word): 中 is still "in"; an
    idiom or a word that holds 中 keeps its own reading (一语中的, 打中)."""
    sentence = "服务中的问题，一语中的，他打中的鸟。"
    got = readings(sentence)
    assert got[2:4] == ["zhong1", "de5"]
    assert got[9:11] == ["zhong4", "di4"]
    assert got[14] == "zhong4"
