"""Segmentation: idioms stay whole, names and numbers are set apart."""

from __future__ import annotations

import pytest

from zh_learn.analysis.pipeline import analyze
from zh_learn.analysis.segment import clause_span, is_traditional, segment, split_sentences
from zh_learn.models import TokenKind


def kinds_of(text: str) -> dict[str, TokenKind]:
    return {t.text: t.kind for t in segment(text).tokens}


@pytest.mark.parametrize(
    ("sentence", "idiom"),
    [
        ("时刻保持如履薄冰的状态。", "如履薄冰"),
        ("真正切中肯綮、把握要害。", "切中肯綮"),
        ("要做到守土有责、守土担责、守土尽责。", "守土有责"),
        ("他们挨家挨户地排查。", "挨家挨户"),
        ("工作人员要注意劳逸结合。", "劳逸结合"),
        ("把疫情防控作为重中之重。", "重中之重"),
        ("这件事他做得一丝不苟。", "一丝不苟"),
        ("我们应该未雨绸缪。", "未雨绸缪"),
    ],
)
def test_idioms_are_never_split(sentence: str, idiom: str) -> None:
    tokens = segment(sentence).tokens
    assert idiom in [t.text for t in tokens]
    token = next(t for t in tokens if t.text == idiom)
    assert token.kind in (TokenKind.IDIOM, TokenKind.PHRASE)


def test_offsets_rebuild_the_text() -> None:
    text = "8月5日下午，市委书记到西平县检查。\n\n第二段 ABC 123！"
    doc = segment(text)
    assert "".join(t.text for t in doc.tokens) == text
    for token in doc.tokens:
        assert doc.text[token.start : token.end] == token.text
        sentence = doc.sentences[token.sentence]
        assert sentence.start <= token.start < sentence.end


def test_names_numbers_punctuation_are_set_apart() -> None:
    doc = segment("2021年8月5日下午，习近平在北京市会见了代表。")
    kinds = {t.text: (t.kind, t.name_type) for t in doc.tokens}
    assert kinds["2021年"] == (TokenKind.NUMBER, None)
    assert kinds["8月"] == (TokenKind.NUMBER, None)
    assert kinds["5日"] == (TokenKind.NUMBER, None)
    assert kinds["习近平"] == (TokenKind.NAME, "person")
    assert kinds["北京市"][0] is TokenKind.NAME
    assert kinds["，"] == (TokenKind.PUNCT, None)
    assert kinds["会见"] == (TokenKind.WORD, None)


def test_names_after_a_title_are_kept_whole() -> None:
    # jieba cuts these names apart (付 + 自成, 刘 + 华山) and leaves 周由 to its guesser
    kinds = {
        t.text: (t.kind, t.name_type)
        for t in segment("(记者 刘华山 周由/文)市领导付自成、宋庆林参加。").tokens
    }
    for name in ("刘华山", "周由", "付自成", "宋庆林"):
        assert kinds[name] == (TokenKind.NAME, "person"), name
    assert "刘" not in kinds and "自成" not in kinds


def test_a_title_before_a_common_word_makes_no_name() -> None:
    words = {t.text: t.kind for t in segment("领导干部要坚持一线工作法。").tokens}
    assert words["干部"] is TokenKind.WORD
    assert words["要"] is TokenKind.WORD


def test_glued_phrases_are_cut_into_words() -> None:
    # jieba's dictionary holds 坚决贯彻 as one entry; a learner needs 坚决 and 贯彻.
    words = [t.text for t in segment("坚决贯彻党中央的部署。").tokens]
    assert "坚决" in words and "贯彻" in words


def test_traditional_text_is_analysed_in_simplified() -> None:
    original = "時刻保持如履薄冰的狀態，切實把責任抓在手上。"
    assert is_traditional(original)
    doc = segment(original)
    assert doc.script == "traditional"
    assert doc.original == original
    assert len(doc.text) == len(original)
    assert "如履薄冰" in [t.text for t in doc.tokens]
    assert "状态" in [t.text for t in doc.tokens]
    assert not is_traditional("时刻保持如履薄冰的状态，乾隆年间。")


def test_traditional_characters_with_two_simplified_forms_follow_their_phrase() -> None:
    # 乾 is 干 "dry" in 乾淨 and 乾杯 but stays in the name 乾隆; 著 is the particle 着 after a
    # verb (站著, 睡著) but stays in 著名. The one-to-one table leaves both alone.
    original = "衣服很乾淨。我們乾杯吧！他在門口站著。他睡著了。作者是著名的作家。乾隆來了。"
    doc = segment(original)
    words = [t.text for t in doc.tokens]
    assert {"干净", "干杯", "着", "睡着", "著名", "乾隆"} <= set(words)
    assert doc.original == original and len(doc.text) == len(original)
    # the learner still sees the text as written
    items = {i.simplified: i for i in analyze(original, cache=False).vocabulary.items}
    assert items["干净"].traditional == "乾淨" and items["干净"].syllables == ("gan1", "jing4")
    assert items["着"].syllables == ("zhe5",)
    assert items["著名"].syllables == ("zhu4", "ming2")


def test_sentences_and_clauses() -> None:
    sentences = split_sentences("他说：“走吧！”我们走了。还有\n下一行")
    assert [s.text for s in sentences] == ["他说：“走吧！”", "我们走了。", "还有\n", "下一行"]
    text = "今天，我们去银行取钱，然后回家。"
    start, end = clause_span(text, 5)
    assert text[start:end] == "我们去银行取钱"


@pytest.mark.parametrize(
    ("sentence", "pair"),
    [
        ("中俄两国签署了协议。", "中俄"),
        ("中美两国元首会晤。", "中美"),
        ("中法建交六十年。", "中法"),
        ("俄中关系不断发展。", "俄中"),
    ],
)
def test_a_pair_of_country_abbreviations_is_one_word(sentence: str, pair: str) -> None:
    # jieba weighs 中美 "China-USA" 3, so 中 "within" + 美 "beautiful" would win
    tokens = {t.text: t for t in segment(sentence).tokens}
    assert pair in tokens
    # a word the learner studies, not a place name listed apart
    assert tokens[pair].kind is TokenKind.WORD


def test_country_pairs_are_read_from_definitions_and_outweigh_their_characters() -> None:
    from zh_learn.analysis.cutwords import country_pairs, cut_words
    from zh_learn.analysis.lexicon import lexicon

    cw = cut_words()
    entries = lexicon().entries
    pairs = country_pairs({w: entries[w] for w in ("中美", "中俄", "美日", "日中", "英中", "中国")})
    assert {"中美", "中俄", "美日", "日中"} <= pairs
    assert "英中" not in pairs  # an "EMI school", no pair of countries
    for pair in ("中美", "中俄", "中英"):
        assert cw.freq(pair) * cw.total > cw.freq(pair[0]) * cw.freq(pair[1])
    # the characters still read apart where the words around them say so
    words = [t.text for t in segment("他心中美好的愿望。在日中国人很多。").tokens]
    assert words[:4] == ["他", "心中", "美好", "的"]
    assert "中国" in words
