"""The name tagger: it joins names the dictionary cut leaves in pieces, and never makes a
common word, a function word or a title part of a name."""

from __future__ import annotations

import pytest

from zh_learn.analysis import name_model
from zh_learn.analysis.segment import segment
from zh_learn.models import TokenKind


def names_of(text: str) -> dict[str, str | None]:
    return {t.text: t.name_type for t in segment(text).tokens if t.kind is TokenKind.NAME}


def words_of(text: str) -> list[str]:
    return [t.text for t in segment(text).tokens]


def test_the_shipped_weights_load() -> None:
    model = name_model.tagger()
    assert model is not None
    assert model.tags([], []) == []


@pytest.mark.parametrize(
    ("sentence", "name", "kind"),
    [
        # a transliteration the cut leaves as 阿巴 + 查
        ("阿巴查8日晨因心脏病去世。", "阿巴查", "person"),
        ("丁增安说，他去了上海和徐魏庄。", "丁增安", "person"),
        ("丁增安说，他去了上海和徐魏庄。", "徐魏庄", "place"),
        ("丁增安说，他去了上海和徐魏庄。", "上海", "place"),
    ],
)
def test_names_come_out_whole_and_typed(sentence: str, name: str, kind: str) -> None:
    assert names_of(sentence).get(name) == kind


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # common words split by the cut are not joined into a "name"
        ("紫红的石桥边，一群人看黄鸟。", ["紫", "红"]),
        ("山上有座古庙，老和尚在看书。", ["和尚"]),
        # a verb of saying or a kinship word is never part of a name
        ("他当时表示同意。", ["表示"]),
    ],
)
def test_common_words_are_never_names(sentence: str, words: list[str]) -> None:
    cut = words_of(sentence)
    for word in words:
        assert word in cut
    assert not any(w for w in names_of(sentence) if any(x in w for x in words) and w not in words)


def test_a_name_never_swallows_a_function_word() -> None:
    for sentence in ("他向中国人民致意。", "贺鹏飞中将出席了会议。", "他在哈佛和耶鲁读书。"):
        names = names_of(sentence)
        assert not any(n.startswith(("向", "和")) or n.endswith("中") for n in names), names


def test_names_joined_by_a_middle_dot_are_one_person() -> None:
    assert names_of("圣公会的牧师约翰·马吉来到南京。").get("约翰·马吉") == "person"
    # places joined by a dot stay apart
    assert "中国·北京" not in names_of("他说：中国·北京。")


def test_offsets_hold_where_a_name_cuts_into_a_word() -> None:
    text = "真校长和夫人张洁清算我这方的代价。阿巴查8日晨因心脏病去世。"
    doc = segment(text)
    assert "".join(t.text for t in doc.tokens) == text
    for token in doc.tokens:
        assert doc.text[token.start : token.end] == token.text


def test_stretches_are_decoded_on_their_own() -> None:
    import numpy as np

    tags = name_model.TAGS
    emission = np.full((5, len(tags)), -5.0, dtype=np.float32)
    for i, tag in enumerate(["B-PER", "I-PER", "I-PER", "B-LOC", "I-LOC"]):
        emission[i, tags.index(tag)] = 5.0
    emission[2, tags.index("B-PER")] = 0.0
    transitions = np.zeros((len(tags) + 1, len(tags)), dtype=np.float32)
    # the second stretch cannot start inside a name: its I-PER becomes B-PER
    got = name_model.decode(emission, [2, 3], transitions)
    assert [tags[t] for t in got] == ["B-PER", "I-PER", "B-PER", "B-LOC", "I-LOC"]


def test_spans_follow_the_bio_tags() -> None:
    tags = [name_model.TAGS.index(t) for t in ("B-PER", "I-PER", "O", "B-LOC", "I-LOC", "B-ORG")]
    assert name_model.spans(tags) == [(0, 2, "person"), (3, 5, "place"), (5, 6, "organization")]


@pytest.mark.parametrize(
    "words",
    [
        # names, titles, transliteration runs and a middle dot at a line's start and end
        ["阿巴", "查", "8", "日", "晨", "因", "心脏病", "去世", "。"],
        ["贾", "母", "笑道", "：", "“", "宝玉", "和", "林", "黛玉", "呢", "？", "”"],
        ["圣公会", "的", "牧师", "约翰", "·", "马吉", "来到", "南京", "。"],
        ["记者", "刘", "华山", "报道", "，", "王", "老师", "说", "张", "洁清", "算"],
        ["丁", "增", "安"],
    ],
)
def test_feature_ids_number_the_features_as_the_index_does(words: list[str]) -> None:
    # the tagger numbers a line's features as it makes them (``_FeatureIds``); the ids must
    # be exactly those of the feature strings it was trained on, in the same order
    from zh_learn.analysis.cutwords import cut_words

    model = name_model.tagger()
    assert isinstance(model, name_model.PerceptronTagger)
    cw = cut_words()
    names = {"宝玉": "person", "黛玉": "person", "南京": "place"}
    numbered = name_model._FeatureIds(model.index, cw)
    for windows in (name_model.name_windows(words, cw, names), [(0, len(words))]):
        expected = [model.index.get(f, 0) for f in name_model.features(words, cw, names, windows)]
        assert numbered(words, names, windows) == expected
        assert numbered(words, names, windows) == expected  # read from its memo


class _Marks:
    """A tagger that marks characters ``a`` to ``b`` of the line as one person, wherever a
    window covers them: what the rules around the tagger make of a given mark."""

    def __init__(self, a: int, b: int) -> None:
        self.a, self.b = a, b

    def tags(self, features: list[str], sizes: list[int]) -> list[int]:
        raise AssertionError("not called")

    def window_tags(
        self,
        words: list[str],
        cw: object,
        names: dict[str, str],
        windows: list[tuple[int, int]],
        sizes: list[int],
    ) -> list[int]:
        starts = [sum(map(len, words[:i])) for i in range(len(words) + 1)]
        out = []
        for (first, _), size in zip(windows, sizes, strict=True):
            for pos in range(starts[first], starts[first] + size):
                tag = "B-PER" if pos == self.a else "I-PER" if self.a < pos < self.b else "O"
                out.append(name_model.TAGS.index(tag))
        return out


@pytest.mark.parametrize(
    ("words", "person"),
    [
        (["昔", "者", "庄周", "梦", "为", "蝴蝶"], "庄周"),  # a historical figure
        (["张骞", "乘", "槎", "入", "银河"], "张骞"),
    ],
)
def test_a_figure_of_the_dictionary_takes_no_character_after_it(
    words: list[str], person: str
) -> None:
    from zh_learn.analysis.cutwords import cut_words

    line = "".join(words)
    a = line.index(person)
    cut, found = name_model.tag_names(
        words, _Marks(a, a + len(person) + 1), cut_words(), lambda w: False, {}, list
    )
    assert person in cut and found.get(person) == "person", (cut, found)
    # unless the text knows the longer name
    longer = line[a : a + len(person) + 1]
    cut, found = name_model.tag_names(
        words, _Marks(a, a + len(longer)), cut_words(), lambda w: False, {longer: "person"}, list
    )
    assert longer in cut, cut


@pytest.mark.parametrize("speech", ["道", "说", "问"])
def test_a_tagged_person_leaves_a_verb_of_saying_before_a_colon(speech: str) -> None:
    # 红玉道：“…” is 红玉 "said": the verb and the colon after it end the name
    found = {t.text: t.name_type for t in segment(f"红玉{speech}：“我也不知道。”").tokens}
    assert f"红玉{speech}" not in found
