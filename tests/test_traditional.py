"""Tables prepared into the cache dir in place of a library loaded in every run: OpenCC's s2tw
dictionaries, dumped and read with OpenCC's algorithm (the traditional form in context), and the
polyphone model's prepared network. Each must give exactly what the library gives."""

from __future__ import annotations

import re
from pathlib import Path

import opencc

from zh_learn.analysis import traditional

REPO = Path(__file__).resolve().parent.parent
JUDGED = REPO / "tests" / "data" / "judged"
TEXTS = [REPO / "decks" / "zhumadian-2021" / "article.txt", *sorted(JUDGED.glob("*.txt"))]
SENTENCES = [
    "皇后回宫以后，干了一杯酒，又去干活。",  # 后 and 干 with several forms
    "头发理得很短，发财的人都发了。",
    "这里面有一只钟表，一盏钟。",
    "他在周末去了图书馆里借书。",
    "系鞋带的关系系统",
]


def _clauses() -> list[str]:
    out = list(SENTENCES)
    for path in TEXTS:
        out += [c for c in re.split(r"[\n。！？；]", path.read_text(encoding="utf-8")) if c.strip()]
    return out


def test_the_dumped_tables_convert_as_opencc_does() -> None:
    tables = traditional._tables()
    assert tables is not None  # OpenCC's dump tool ran
    converter = opencc.OpenCC("s2tw")
    clauses = _clauses()
    assert len(clauses) > 500
    for clause in clauses:
        assert tables.convert(clause) == converter.convert(clause), clause


def test_ideographic_descriptions_go_to_opencc() -> None:
    # OpenCC leaves what follows ⿰ as it is; the tables would convert it.
    clause = "⿰丰刀的结构"
    assert traditional.convert(clause) == opencc.OpenCC("s2tw").convert(clause)


def test_the_prepared_polyphone_model_scores_as_the_one_built_from_g2pm() -> None:
    from zh_learn.pinyin import g2pm

    prepared = g2pm._Polyphones(g2pm._model_parts())
    built = g2pm._Polyphones.from_g2pm(g2pm._g2pm())
    clauses = _clauses()[:400]
    assert any(built(c) for c in clauses)
    for clause in clauses:
        assert prepared(clause) == built(clause), clause
