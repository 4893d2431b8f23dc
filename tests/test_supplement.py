"""zh-learn's own supplement: every row is well formed, and its set phrases come out whole,
read and glossed as the row says, in sentences written for these tests."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from analysed import assert_apart, assert_whole_as_their_rows
from zh_learn.analysis.cutwords import MAX_WORD
from zh_learn.analysis.lexicon import read_supplement
from zh_learn.analysis.pipeline import analyze
from zh_learn.hanzi import HAN

SUPPLEMENT = Path(__file__).resolve().parent.parent / "src" / "zh_learn" / "data" / "supplement.tsv"
_SYLLABLE = re.compile(r"[a-z]+[1-5]")


def _rows() -> list[list[str]]:
    lines = SUPPLEMENT.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line and not line.startswith("#")]


def test_every_row_is_well_formed() -> None:
    seen: set[str] = set()
    for cols in _rows():
        assert len(cols) in (5, 7), cols
        simplified, traditional, pinyin, kind, definitions = cols[:5]
        assert simplified not in seen, f"{simplified} is listed twice"
        seen.add(simplified)
        assert len(simplified) >= 2 and all(HAN.match(ch) for ch in simplified), simplified
        assert len(traditional) == len(simplified), simplified
        syllables = pinyin.split(" ")
        assert len(syllables) == len(simplified), f"{simplified}: one syllable per character"
        assert all(_SYLLABLE.fullmatch(s) for s in syllables), f"{simplified}: {pinyin}"
        assert kind in ("word", "phrase", "idiom"), simplified
        assert all(d.strip() for d in definitions.split("/")), simplified
        for gloss in cols[4:]:
            assert not HAN.search(gloss), f"{simplified}: a gloss holds Chinese characters"
            assert gloss == gloss.strip(), simplified
    table = read_supplement()
    assert len(table) == len(seen)
    # the cut never considers a longer word, so such a row could never come out whole
    assert all(len(word) <= MAX_WORD for word in seen), [w for w in seen if len(w) > MAX_WORD]
    for simplified in seen:  # every row parses (a row is parsed on first use)
        assert table[simplified].simplified == simplified and table[simplified].definitions


@pytest.mark.parametrize(
    ("sentence", "phrases"),
    [
        ("据业内人士说，新能源汽车卖得很好。", ("业内人士", "新能源")),
        ("他一辈子致力于乡村教育，被誉为当地最好的老师。", ("致力于", "被誉为")),
        ("这家公司的解决方案已经投入使用了。", ("解决方案", "投入使用")),
        ("那位老人孤身一人住在山脚下的小屋里。", ("孤身一人", "山脚下")),
        ("总的说来，这个月的空气质量比去年好。", ("总的说来", "空气质量")),
        ("这样争下去毫无意义，纯属浪费时间。", ("毫无意义", "浪费时间")),
        ("会上大家你一言我一语，讨论得十分热烈。", ("你一言我一语",)),
        ("他们在风景区里玩了大半天才回家。", ("风景区", "大半天")),
        ("她把这次成功归功于全家人的支持。", ("归功于", "全家人")),
        ("要坚持对外开放，同时做好食品安全工作。", ("对外开放", "食品安全")),
        ("这家有限责任公司的经营范围包括软件开发。", ("有限责任公司", "经营范围")),
        ("年满十八周岁的人具有完全民事行为能力。", ("完全民事行为能力",)),
        ("央行下调了准备金率，大盘随即上涨。", ("准备金率", "大盘")),
        ("这样的好成绩来之不易，赛前全队都在紧锣密鼓地训练。", ("来之不易", "紧锣密鼓")),
        ("双方的谈判陷入僵局，这种分歧由来已久。", ("陷入僵局", "由来已久")),
        ("据了解，今年一季度出口同比增长百分之八。", ("据了解", "同比增长")),
        ("气象台发布暴雨预警，各地启动应急响应。", ("暴雨预警", "应急响应")),
        ("小区里推行垃圾分类，商户要落实门前三包。", ("垃圾分类", "门前三包")),
        ("明天多云转晴，最高气温二十八度。", ("多云转晴", "最高气温")),
        ("全市居民人均可支配收入稳步增长。", ("居民人均可支配收入",)),
    ],
)
def test_supplement_phrases_come_out_whole_with_their_gloss(
    sentence: str, phrases: tuple[str, ...]
) -> None:
    assert_whole_as_their_rows(sentence, phrases)


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("今年的产量比去年同期高。", ("去年", "同期")),
        ("各地要全面落实这项政策。", ("全面", "落实")),
        ("同学们积极参与讨论。", ("积极", "参与")),
        ("他们终于克服困难，完成了任务。", ("克服", "困难")),
    ],
)
def test_free_combinations_are_no_items_of_their_own(
    sentence: str, words: tuple[str, ...]
) -> None:
    """A free combination jieba keeps whole (去年同期, 全面落实) has no row: a learner studies
    its words, each with its own dictionary entry."""
    assert_apart(sentence, words)
    found = {item.simplified for item in analyze(sentence, cache=False).vocabulary.items}
    assert "".join(words) not in found


def test_each_headword_has_one_row() -> None:
    # two rows for one word (written by two reviewers) would leave one of them unused
    words = [row[0] for row in _rows()]
    assert sorted({w for w in words if words.count(w) > 1}) == []
