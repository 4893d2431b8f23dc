"""Text profiles: coverage arithmetic on hand-built data, the CLI table, chart and JSON."""

from __future__ import annotations

import json
from pathlib import Path

from zh_learn.cli.app import cli
from zh_learn.hsk import word_levels
from zh_learn.models import Document, Kind, Sentence, Token, TokenKind, VocabItem, Vocabulary
from zh_learn.render.profile import build_profile, compound_level

DATA = Path(__file__).parent / "data"


def _document(parts: list[tuple[str, TokenKind]]) -> Document:
    tokens, pos = [], 0
    for text, kind in parts:
        tokens.append(Token(text, pos, kind, 0))
        pos += len(text)
    text = "".join(t for t, _ in parts)
    return Document(text, [Sentence(text, 0)], tokens)


def test_coverage_and_estimated_level_on_hand_built_text() -> None:
    W, N, P = TokenKind.WORD, TokenKind.NAME, TokenKind.PUNCT
    doc = _document([("我", W), ("爱", W), ("北京", W), ("，", P), ("王明", N), ("爱", W),
                     ("风景", W), ("做好", W), ("蹊跷", W), ("。", P)])
    levels = {"我": 1, "爱": 1, "北京": 1, "风景": 4}
    vocab = Vocabulary(
        [VocabItem(w, w, (), Kind.WORD, hsk_level=levels.get(w)) for w in
         ("我", "爱", "北京", "风景", "做好", "蹊跷")],
        title="t", source="s",
    )
    prof = build_profile([(doc, vocab)], known={"我", "爱"},
                         char_level=lambda ch: 1 if ch in "我爱北京" else None)
    # 8 running words: 王明 is a name (understood), 做好 counts as HSK 1 (做 + 好).
    assert prof.running_words == 8 and prof.transparent_tokens == 1
    assert prof.compound_tokens == 1
    row = {r.label: r for r in prof.levels}
    assert (row["HSK 1"].tokens, row["HSK 1"].words) == (5, 4)
    assert row["HSK 1"].coverage == 6 / 8
    assert row["HSK 4"].coverage == 7 / 8
    assert row["Not in HSK"].tokens == 1 and row["Not in HSK"].coverage is None
    assert prof.level_90 is None and prof.estimate_label(None) == "beyond HSK 7-9"
    assert prof.known_tokens == 3 and prof.known_coverage == 4 / 8
    assert (row["HSK 1"].chars, row["HSK 1"].distinct_chars) == (5, 4)
    assert prof.char_count == len([c for c in doc.text if c not in "，。"])


def test_compound_level() -> None:
    table = word_levels("hsk3-2021")
    assert compound_level("做好", table) == 1
    assert compound_level("高风险", table) == 3
    assert compound_level("疫情", table) is None
    assert compound_level("好", table) is None


def test_profile_command_prints_table_chart_and_estimate(runner) -> None:
    result = runner.invoke(cli, ["profile", str(DATA / "lesson1.txt")], catch_exceptions=False)
    assert result.exit_code == 0
    out = result.stdout
    assert "Standard: HSK 3.0 (2021 grading standard, GF0025-2021)" in out
    assert "Level       Tokens   Share  Words  Chars Distinct  Coverage" in out
    assert "Share of running words by level" in out and "█" in out
    # Two idioms of the 7-9 band in 38 running words decide the 95% estimate of this short text.
    assert "HSK 1           30   78.9%     24     52       39     86.8%" in out
    assert "Estimated level: HSK 3 (90% of running words), HSK 7-9 (95%)" in out
    assert "持之以恒  chí zhī yǐ héng" in out


def test_profile_json_for_several_texts_with_known_words(runner, tmp_path: Path) -> None:
    known = tmp_path / "known.txt"
    known.write_text("北京\n朋友\n学习\n", encoding="utf-8")
    result = runner.invoke(
        cli,
        ["profile", str(DATA / "lesson1.txt"), str(DATA / "lesson2.txt"), "--json",
         "--known", str(known)],
        catch_exceptions=False,
    )
    data = json.loads(result.stdout)
    assert [t["source"] for t in data["texts"]] == ["lesson1.txt", "lesson2.txt"]
    combined = data["combined"]
    assert combined["texts"] == 2
    assert combined["running_words"] == sum(t["running_words"] for t in data["texts"])
    coverage = [row["coverage"] for row in combined["levels"] if row["level"] is not None]
    assert coverage == sorted(coverage) and len(coverage) == 7
    assert combined["known"]["list_size"] == 3 and 0 < combined["known"]["coverage"] < 1
    assert {i["text"] for i in combined["idioms"]} >= {"半途而废", "持之以恒"}


def test_seed_article_profile(seed_text: str) -> None:
    from zh_learn.analysis.pipeline import analyze, load_source

    analysis = analyze(load_source(None), cache=False)

    document, vocab = analysis.document, analysis.vocabulary
    prof = build_profile([(document, vocab)])
    assert prof.running_words > 1000
    assert prof.level_90 in (7, None)  # dense political news: 7-9 band or beyond
    hsk6 = next(r for r in prof.levels if r.level == 6)
    assert 0.7 < (hsk6.coverage or 0) < 0.9
    assert len(prof.idioms) >= 10
