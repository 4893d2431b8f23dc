"""Question generation and distractors, from hand-built words."""

from __future__ import annotations

import random

import pytest

from zh_learn.models import Example, IdiomInfo, Kind, Sense, VocabItem
from zh_learn.study.quiz.distractors import meanings, pick, share_meaning
from zh_learn.study.quiz.questions import (
    BLANK,
    applicable,
    build,
    for_cards,
    meaning_of,
    plan,
    study_word,
)
from zh_learn.study.store import CardRow, StudyWord


def w(word: str, pinyin: str, gloss: str, level: int | None = 5, kind: str = "word",
      example: str = "", **kw: object) -> StudyWord:
    offset = example.find(word) if example else -1
    return StudyWord(word, tuple(pinyin.split()), gloss, kind, level, example=example,
                     example_offset=offset, **kw)  # type: ignore[arg-type]


ANFANG = w("暗访", "an4 fang3", "to make secret inquiries; to investigate in secret", 7,
           example="随后,蒿慧杰不打招呼,暗访疫情防控措施落实情况。")
POOL = [
    ANFANG,
    w("精准", "jing1 zhun3", "accurate; precise", 6),
    w("预案", "yu4 an4", "contingency plan", 7),
    w("调度", "diao4 du4", "to dispatch; to schedule", 6),
    w("督导", "du1 dao3", "to direct; to supervise", 7),
    w("检查", "jian3 cha2", "to inspect; to examine", 3),
    w("考察", "kao3 cha2", "to inspect; to observe and study", 5),  # shares "inspect"
    w("明察暗访", "ming2 cha2 an4 fang3", "to investigate openly and secretly", None, "idiom"),
    w("如履薄冰", "ru2 lv3 bo2 bing1", "to walk on thin ice", None, "idiom",
      idiom_meaning="to be extremely cautious"),
    w("小心翼翼", "xiao3 xin1 yi4 yi4", "cautious; careful", None, "idiom"),
    w("一丝不苟", "yi1 si1 bu4 gou3", "meticulous", None, "idiom"),
    w("兢兢业业", "jing1 jing1 ye4 ye4", "cautious and conscientious", None, "idiom"),
    w("首", "shou3", "head; first", 2),
    w("外", "wai4", "outside", 1),
]


def test_meanings_normalise_glosses() -> None:
    assert meanings("to inspect; (fig.) to check / the examination; CL:個|个[ge4]") == {
        "inspect", "check", "examination"}
    assert share_meaning("to inspect; to examine", "to inspect; to observe")
    assert not share_meaning("accurate; precise", "contingency plan")


def test_distractors_never_share_a_meaning_or_repeat() -> None:
    target = next(x for x in POOL if x.word == "检查")
    for seed in range(30):
        got = pick(target, POOL, 3, random.Random(seed), shown=lambda x: x.gloss)
        assert len(got) == 3
        assert "考察" not in [g.word for g in got]  # "to inspect" would be a second answer
        assert len({g.gloss for g in got}) == 3
        assert target not in got


def test_distractors_prefer_same_kind_and_length() -> None:
    target = next(x for x in POOL if x.word == "如履薄冰")
    counts: dict[str, int] = {}
    for seed in range(40):
        for g in pick(target, POOL, 3, random.Random(seed), shown=meaning_of):
            counts[g.kind] = counts.get(g.kind, 0) + 1
    assert counts.get("idiom", 0) > 0.8 * sum(counts.values())


def test_meaning_question() -> None:
    q = build(ANFANG, "meaning", POOL, random.Random(1))
    assert q is not None
    assert q.prompt == "暗访" and q.check == "choice"
    assert len(q.choices) == 4 and len(set(q.choices)) == 4
    assert q.answer == "to make secret inquiries; to investigate in secret"
    right = q.choices.index(q.answer) + 1
    check = q.grade(str(right))
    assert check is not None and check.correct
    wrong = q.grade(str(right % 4 + 1))
    assert wrong is not None and not wrong.correct
    assert q.grade("9") is None  # unreadable: ask again


def test_hanzi_question() -> None:
    q = build(ANFANG, "hanzi", POOL, random.Random(2))
    assert q is not None
    assert q.prompt == meaning_of(ANFANG) and "暗访" in q.choices
    assert "明察暗访" not in q.choices or not share_meaning(ANFANG.gloss, POOL[7].gloss)
    check = q.grade("暗访")
    assert check is not None and check.correct


def test_pinyin_and_tones_questions() -> None:
    q = build(POOL[8], "pinyin", POOL, random.Random(0))
    assert q is not None and q.answer == "rú lǚ bó bīng"
    assert q.grade("ru2lv3bo2bing1").correct  # type: ignore[union-attr]
    t = build(POOL[8], "tones", POOL, random.Random(0))
    assert t is not None and t.hint == "ru lü bo bing" and t.answer == "2 3 2 1"
    assert t.grade("2321").correct  # type: ignore[union-attr]


def test_cloze_question() -> None:
    q = build(ANFANG, "cloze", POOL, random.Random(3))
    assert q is not None
    assert q.prompt == f"随后,蒿慧杰不打招呼,{BLANK * 2}疫情防控措施落实情况。"
    assert "暗访" in q.choices
    assert all(len(c) == 2 for c in q.choices)  # same length as the word
    assert q.grade("暗访").correct  # type: ignore[union-attr]  # typed, not chosen
    assert not applicable(POOL[1], "cloze")  # no example sentence


def test_idiom_question_blanks_one_or_two_characters() -> None:
    idiom = POOL[8]
    blanks = set()
    for seed in range(20):
        q = build(idiom, "idiom", POOL, random.Random(seed))
        assert q is not None
        n = q.prompt.count(BLANK)
        blanks.add(n)
        filled = "".join(q.answer[q.prompt[:i].count(BLANK)] if c == BLANK else c
                         for i, c in enumerate(q.prompt))
        assert filled == "如履薄冰"
        assert q.grade(q.answer).correct  # type: ignore[union-attr]
        assert q.grade("如履薄冰").correct  # type: ignore[union-attr]
        assert q.hint == "to be extremely cautious"
    assert blanks == {1, 2}
    assert not applicable(ANFANG, "idiom")


def test_plan_due_first_then_new_then_seeded() -> None:
    now = 1_700_000_000.0
    cards = {
        ("预案", "meaning"): CardRow("预案", "meaning", 2, None, 5.0, 5.0, now - 10, now - 99),
        ("精准", "meaning"): CardRow("精准", "meaning", 2, None, 5.0, 5.0, now + 999, now - 9),
    }
    qs = plan(POOL, cards, modes=("meaning",), count=len(POOL), now=now, rng=random.Random(7))
    words = [q.word.word for q in qs]
    assert words[0] == "预案"  # due
    assert words[-1] == "精准"  # not due yet
    assert len(words) == len(set(words))
    again = plan(POOL, cards, modes=("meaning",), count=len(POOL), now=now, rng=random.Random(7))
    assert [(q.word.word, q.choices) for q in again] == [(q.word.word, q.choices) for q in qs]


def test_plan_mixed_modes_and_count() -> None:
    qs = plan(POOL, {}, count=5, now=0.0, rng=random.Random(1))
    assert len(qs) == 5
    idiom_only = plan(POOL, {}, modes=("idiom",), count=20, now=0.0, rng=random.Random(1))
    assert {q.word.kind for q in idiom_only} == {"idiom"}
    assert {q.skill for q in idiom_only} <= {"idiom", "meaning"}


def test_for_cards_uses_each_cards_skill() -> None:
    cards = [CardRow("暗访", "cloze", 2, None, 1.0, 5.0, 0.0, 0.0),
             CardRow("gone", "meaning", 2, None, 1.0, 5.0, 0.0, 0.0)]
    qs = for_cards(cards, {x.word: x for x in POOL}, random.Random(0))
    assert [(q.word.word, q.skill) for q in qs] == [("暗访", "cloze")]


def test_study_word_from_vocab_item() -> None:
    item = VocabItem(
        simplified="如履薄冰", traditional="如履薄冰", syllables=("ru2", "lv3", "bo2", "bing1"),
        kind=Kind.IDIOM,
        senses=(Sense("ru2 lu:3 bo2 bing1", ("lit. as if walking on thin ice",)),),
        example=Example(" 我们如履薄冰。", sentence_start=0, offset=3),
        idiom=IdiomInfo(figurative="to be extremely cautious"),
    )
    sw = study_word(item, "标题")
    assert sw.syllables == ("ru2", "lv3", "bo2", "bing1")
    assert (sw.example, sw.example_offset) == ("我们如履薄冰。", 2)
    assert sw.idiom_meaning == "to be extremely cautious"
    assert sw.gloss == "lit. as if walking on thin ice"
    assert (sw.kind, sw.text_title) == ("idiom", "标题")


@pytest.mark.parametrize("skill", ["meaning", "hanzi", "cloze"])
def test_no_question_without_distractors(skill: str) -> None:
    q = build(ANFANG, skill, [ANFANG], random.Random(0))
    if skill == "cloze":
        assert q is not None and q.check == "text"  # falls back to typing the word
    else:
        assert q is None


def test_meaning_hides_labels_that_give_the_answer_away() -> None:
    idiom = w("守土有责", "shou3 tu3 you3 ze2", "duty to defend the country (idiom)", None, "idiom")
    assert meaning_of(idiom) == "duty to defend the country"
    assert meaning_of(POOL[12]) == "head; first"


# --- the study-experience fixes ------------------------------------------------------------------


def test_options_are_never_cut_inside_brackets() -> None:
    from zh_learn.study.quiz.questions import clipped_gloss

    gloss = "to take charge of (the affairs of a region, a department or an organisation) now"
    cut = clipped_gloss(gloss, limit=40)
    assert cut == "to take charge of…"
    assert clipped_gloss("abc (def ghi jkl mno pqr stu vwx yz)", limit=20) == "abc…"
    for limit in range(12, 80):
        out = clipped_gloss(gloss, limit)
        assert len(out) <= limit and out.count("(") == out.count(")")


def test_malformed_answers_are_unreadable_not_wrong() -> None:
    rng = random.Random(1)
    word = w("暗访", "an4 fang3", "to investigate in secret")
    pinyin = build(word, "pinyin", POOL, rng)
    tones = build(word, "tones", POOL, rng)
    assert pinyin is not None and tones is not None
    for bad in ("暗访", "3", "an9 fang3", "an4;fang3"):
        assert pinyin.grade(bad) is None, bad
    for bad in ("暗访", "8", "4;3"):
        assert tones.grade(bad) is None, bad
    assert pinyin.grade("an4 fang2") is not None and tones.grade("43") is not None
    assert "tone digit" in tones.reprompt and "pinyin" in pinyin.reprompt


def test_idiom_blanks_accept_pinyin() -> None:
    idiom = w("如履薄冰", "ru2 lv3 bo2 bing1", "to walk on thin ice", None, "idiom")
    for seed in range(20):
        q = build(idiom, "idiom", POOL, random.Random(seed))
        assert q is not None
        positions = [i for i, ch in enumerate(q.prompt) if ch == BLANK]
        missing = [idiom.syllables[i] for i in positions]
        for typed in (" ".join(missing), "".join(missing), "ru2 lü3 bo2 bing1"):
            check = q.grade(typed)
            assert check is not None and check.correct, (q.prompt, typed)
        assert not q.grade("xx").correct  # type: ignore[union-attr]
        assert q.grade("7") is None  # neither characters nor pinyin: asked again


def test_polyphone_questions_carry_their_sentence() -> None:
    hang = w("行", "hang2", "row; line", 2, example="他们排成一行走进来。")
    qiang = w("强调", "qiang2 diao4", "to emphasize", 4, example="他强调了安全。")
    rng = random.Random(1)
    q = build(hang, "pinyin", POOL, rng)
    assert q is not None and q.context == "他们排成一【行】走进来。"
    assert build(hang, "tones", POOL, rng).context  # type: ignore[union-attr]
    assert build(qiang, "pinyin", POOL, rng).context == ""  # type: ignore[union-attr]


def test_distractors_are_spread_over_the_pool() -> None:
    from collections import Counter

    idioms = [p for p in POOL if p.kind == "idiom"]
    extra = [w(f"成语{i:02d}", "cheng2 yu3 a1 b2", f"meaning number {i}", None, "idiom")
             for i in range(12)]
    rng = random.Random(3)
    questions = plan(idioms * 3, {}, modes=("meaning",), count=12, now=0.0, rng=rng,
                     pool=[*POOL, *extra])
    offered = Counter(c for q in questions for c in q.choices if c != q.answer)
    assert len(questions) == 12
    assert max(offered.values()) <= 3  # no handful of idioms recycled question after question


def test_a_prompt_never_shows_the_answers_characters() -> None:
    from zh_learn.study.quiz.questions import meaning_of, without_answer

    # a composed gloss stored by an older version, and a definition naming the word itself
    old = w("包户", "bao1 hu4", "包 (to cover) + 户 (a household)")
    assert meaning_of(old) == "to cover + a household"
    assert without_answer("(used before the object: 把 (bǎ) + noun)", "把") == (
        "(used before the object: ~ + noun)"
    )
    assert without_answer("see 什么 (shén me)", "把") == "see 什么 (shén me)"


def test_distractors_never_share_a_key_word_with_the_answer() -> None:
    assert share_meaning("only have ...; there is only ...", "barely; only; merely")
    assert not share_meaning("to eat", "to drink")
