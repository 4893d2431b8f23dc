"""Properties of the analysis on any text: mixed scripts, indented paragraphs, numbers, Latin
words and characters from every CJK extension plane (Hypothesis generates the texts)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from zh_learn.analysis.pipeline import analyze
from zh_learn.models import STUDY_KINDS, TokenKind
from zh_learn.render.anki.fields import example as _example

#: Pieces of text a user's file may hold, in simplified, traditional and mixed script.
PIECES = [
    "我们在国内学习中文", "我們在國內學習中文", "我们在国內学習中文", "时刻保持如履薄冰的状态",
    "時刻保持如履薄冰的狀態", "记者刘华山报道", "2021年8月5日", "COVID-19", "x-ray", "3.5%",
    "，", "。", "！", "“", "”", "、", " ", "\n", "\u3000\u3000", "\n\u3000\u3000",
    "\U00020000\U0002a700",  # Extension B, C
    "\U0002b740\U0002b820\U0002ceb0",  # Extensions D, E, F
    "\U00030000\U00031350",  # Extensions G, H
    "丁增安说", "他和耶鲁大学的同学", "不必说鸣蝉在树叶里长吟", "干了一杯",
]  # fmt: skip

texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=25).map("".join).filter(
    lambda t: any("\u4e00" <= ch <= "\u9fff" for ch in t)
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_examples_syllables_and_sentences_hold_on_any_text(text: str) -> None:
    analysis = analyze(text, cache=False)
    document, vocabulary = analysis.document, analysis.vocabulary
    shown = document.original or document.text
    # No character is lost: the tokens rebuild the text.
    assert "".join(t.text for t in document.tokens) == document.text
    running = [t for t in document.tokens if t.kind not in (TokenKind.PUNCT, TokenKind.SPACE)]
    assert sum(item.count for item in vocabulary.items) == len(running)
    for item in vocabulary.items:
        # One syllable per character, for numbers and Latin words too.
        assert len(item.syllables) == len(item.simplified), item.simplified
        ex = item.example
        assert ex is not None
        # The example points at the item as the text spells it.
        assert len(ex.text) == len(item.simplified)
        assert ex.sentence[ex.offset : ex.offset + len(ex.text)] == ex.text
        start = ex.sentence_start + ex.offset
        assert shown[start : start + len(ex.text)] == ex.text
        assert shown[ex.sentence_start :].startswith(ex.sentence)
        # No sentence is dropped from a deck: every studied item keeps its sentence.
        if item.kind in STUDY_KINDS:
            assert _example(item) is not None, item.simplified
