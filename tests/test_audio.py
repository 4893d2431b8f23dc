"""Choosing and rendering audio: word recordings vs joined syllables, sandhi, neutral
tones, joined words that sound like one word, deterministic bytes."""

from __future__ import annotations

import pytest

from zh_learn.audio import codec, sources
from zh_learn.errors import ZhLearnError

#: Longest silent gap allowed inside a joined word (a stop's closure is ~50-80 ms).
MAX_INNER_GAP = 0.08


@pytest.mark.parametrize(
    ("word", "a", "b", "agree"),
    [
        ("过去", ("guo4", "qu4"), ("guo4", "qu5"), True),  # neutral vs full tone
        ("一定", ("yi1", "ding4"), ("yi2", "ding4"), True),  # 一's sandhi
        ("不要", ("bu4", "yao4"), ("bu2", "yao4"), True),
        ("重点", ("chong2", "dian3"), ("zhong4", "dian3"), False),
        ("行", ("xing2",), ("hang2",), False),
        ("好", ("hao3",), ("hao4",), False),
        ("一点儿", ("yi4", "dian3", "r5"), ("yi1", "dian3", "er5"), True),
    ],
    ids=["neutral", "yi", "bu", "chong-zhong", "xing-hang", "hao-tones", "erhua"],
)
def test_readings_agree(word: str, a: tuple[str, ...], b: tuple[str, ...], agree: bool) -> None:
    assert sources.readings_agree(word, a, b) is agree


def test_word_recording_used_only_for_its_reading() -> None:
    index = sources._index()
    assert sources.plan("银行", ("yin2", "hang2")) == sources.AudioPlan(
        "银行", sources.WORD, ("yin2", "hang2")
    )
    # A one-character word recorded with one reading: the other reading is joined instead.
    singles = sorted(w for w, rs in index.items() if len(w) == 1 and len(rs) == 1)
    assert len(singles) > 1000
    for ch in singles[:50]:
        (recorded,) = index[ch]
        other = ("ma1",) if recorded[0][:-1] != "ma" else ("ba1",)
        assert sources.plan(ch, recorded).source == sources.WORD  # type: ignore[union-attr]
        assert sources.plan(ch, other).source == sources.SYLLABLES  # type: ignore[union-attr]


def test_polyphones_whose_reading_is_unknown_are_not_shipped() -> None:
    # 重点 is recorded as either chóng diǎn or zhòng diǎn: no way to tell, so it is joined.
    assert "重点" not in sources._index()
    got = sources.plan("重点", ("zhong4", "dian3"))
    assert got is not None and got.source == sources.SYLLABLES


def test_joined_syllables_follow_sandhi() -> None:
    assert sources.plan("如履薄冰", ("ru2", "lv3", "bo2", "bing1")) == sources.AudioPlan(
        "如履薄冰", sources.SYLLABLES, ("ru2", "lv3", "bo2", "bing1")
    )
    # compositions no recording holds, so they are joined with spoken tones
    assert sources.plan("很好看", ("hen3", "hao3", "kan4")).syllables == (  # type: ignore[union-attr]
        "hen2", "hao3", "kan4"
    )
    assert sources.plan("不去看", ("bu4", "qu4", "kan4")).syllables[0] == "bu2"  # type: ignore[union-attr]
    assert sources.plan("一块糖", ("yi1", "kuai4", "tang2")).syllables[0] == "yi2"  # type: ignore[union-attr]
    assert sources.plan("第一名", ("di4", "yi1", "ming2")).syllables[1] == "yi1"  # type: ignore[union-attr]


def test_nothing_to_say() -> None:
    assert sources.plan("abc", ("", "", "")) is None
    assert sources.plan("好", ()) is None


@pytest.mark.parametrize(
    ("text", "syllables"),
    [
        ("如履薄冰", ("ru2", "lv3", "bo2", "bing1")),
        ("切中肯綮", ("qie4", "zhong4", "ken3", "qing4")),
        ("驻马店市", ("zhu4", "ma3", "dian4", "shi4")),
        ("群防群控", ("qun2", "fang2", "qun2", "kong4")),
    ],
)
def test_joined_word_sounds_like_one_word(text: str, syllables: tuple[str, ...]) -> None:
    plan = sources.plan(text, syllables)
    assert plan is not None and plan.source == sources.SYLLABLES
    pcm = codec.decode(sources.mp3(plan))
    n = len(syllables)
    voiced = codec.trim(pcm)
    assert 0.18 * n <= codec.seconds(voiced) <= 0.5 * n
    assert codec.longest_inner_silence(voiced) <= MAX_INNER_GAP


def test_neutral_tone_is_short_and_soft() -> None:
    import numpy as np

    full = sources._spoken(sources.AudioPlan("们", sources.SYLLABLES, ("men2",)))
    neutral = sources._spoken(sources.AudioPlan("们", sources.SYLLABLES, ("men5",)))
    assert codec.seconds(neutral) < 0.75 * codec.seconds(full)
    two = sources.plan("我们俩", ("wo3", "men5", "lia3"))
    assert two is not None and two.syllables[1] == "men5"
    assert np.abs(neutral).max() > 0


def test_audio_bytes_are_deterministic() -> None:
    plan = sources.plan("如履薄冰", ("ru2", "lv3", "bo2", "bing1"))
    assert plan is not None
    first = sources.mp3(plan)
    sources._syllable_pcm.cache_clear()
    assert sources.mp3(plan) == first


def test_phrase_reads_in_context_and_rejects_bad_input() -> None:
    plans = sources.phrase("如履薄冰，切中肯綮")
    assert [p.text for p in plans if p] == ["如履薄冰", "切中肯綮"]
    for bad in ("", "hello", "你好abc", "好" * 61):
        with pytest.raises(ZhLearnError):
            sources.phrase(bad)


def test_every_studied_item_has_audio(seed_vocab: object) -> None:
    items = seed_vocab.items  # type: ignore[attr-defined]
    studied = [i for i in items if str(i.kind) in ("word", "idiom", "phrase", "name")]
    assert studied and all(sources.item_plan(i) is not None for i in studied)


def test_joined_words_across_the_syllable_set() -> None:
    """Every 60th word of the HSK list, joined: one word each, no gap inside, and a length
    that follows its syllables (the syllable files' clicks and breaths are left out)."""
    from zh_learn.hsk import word_levels
    from zh_learn.pinyin.tables import tables

    checked = 0
    for word in sorted(word_levels())[::60]:
        readings = tables().words.get(word)
        if not readings or len(word) < 2:
            continue
        got = sources.plan(word, readings[0])
        assert got is not None, word
        joined = sources.AudioPlan(word, sources.SYLLABLES, got.syllables)
        voiced = codec.trim(codec.decode(sources.mp3(joined)))
        assert 0.15 * len(word) <= codec.seconds(voiced) <= 0.6 * len(word), word
        assert codec.longest_inner_silence(voiced) <= MAX_INNER_GAP, word
        checked += 1
    assert checked > 100
