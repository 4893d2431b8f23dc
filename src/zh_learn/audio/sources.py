"""Which recording says an item, and the item's audio as MP3 bytes.

An item is said by **the recording of the word** when zh-learn ships one whose reading is
the reading used in the text (``data/audio/index.tsv`` lists the readings each recording
may have; polyphonic words whose recorded reading is unknown are not shipped). Otherwise
it is **joined from syllable recordings** following the reading in context: third-tone,
一 and 不 sandhi choose the files, each syllable is cut to its sound and shortened as in
running speech (a non-final third tone loses its rise), neutral tones are made short and
soft, and the seams are cross-faded so the word sounds like one word.
"""

from __future__ import annotations

import atexit
import functools
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from zh_learn.analysis.lexicon import lexicon
from zh_learn.audio import codec
from zh_learn.errors import ZhLearnError
from zh_learn.hanzi import HAN, HAN_RUN
from zh_learn.package_data import data_file, read_rows
from zh_learn.pinyin.reader import readings
from zh_learn.pinyin.syllables import apply_sandhi

WORD = "word"
SYLLABLES = "syllables"
CREDIT = (
    "Audio: audio-cmn by Hugo Lopez (PLIDAM, INALCO); voices Yue Tan (Shtooka, CC BY-SA 3.0 US) "
    "and Chen Wang (CC BY-SA). Re-encoded by zh-learn; CC BY-SA."
)
#: Longest text ``say`` accepts, in characters.
MAX_SAY = 60


@dataclass(frozen=True, slots=True)
class AudioPlan:
    """How a text is said: ``source`` is "word" (a recording of the whole word) or
    "syllables" (joined; ``syllables`` are the spoken tones after sandhi)."""

    text: str
    source: str
    syllables: tuple[str, ...]


def _base(syllable: str) -> str:
    base = syllable.rstrip("012345").lower().replace("u:", "v").replace("ü", "v")
    return "er" if base == "r" else base


def readings_agree(word: str, a: Sequence[str], b: Sequence[str]) -> bool:
    """Whether two readings of ``word`` sound alike enough to share one recording: same
    syllables, same tones except where one is neutral or where the character is 一 or 不
    (their tone is sandhi, which a speaker applies by himself)."""
    if len(a) != len(b):
        return False
    for i, (x, y) in enumerate(zip(a, b, strict=True)):
        if _base(x) != _base(y):
            return False
        tx, ty = x[-1:], y[-1:]
        if tx != ty and "5" not in (tx, ty) and (i >= len(word) or word[i] not in "一不"):
            return False
    return True


@functools.cache
def _index() -> dict[str, tuple[tuple[str, ...], ...]]:
    return {
        row[0]: tuple(tuple(r.split()) for r in row[1].split("|"))
        for row in read_rows("audio/index.tsv")
    }


@functools.cache
def _archive(name: str) -> zipfile.ZipFile:
    handle = data_file("audio", name).open("rb")
    archive = zipfile.ZipFile(handle)
    atexit.register(handle.close)  # runs after the archive's own close (last in, first out)
    atexit.register(archive.close)
    return archive


@functools.cache
def _syllable_names() -> frozenset[str]:
    return frozenset(n[:-4] for n in _archive("syllables.zip").namelist())


def word_recording(word: str, syllables: Sequence[str]) -> bool:
    """Whether the shipped recording of ``word`` says it with these syllables."""
    found = _index().get(word)
    return bool(found) and all(readings_agree(word, syllables, r) for r in found or ())


def _file_for(syllable: str, prev_tone: int) -> tuple[str, bool] | None:
    """The syllable file to play and whether it must be made neutral (short and soft)."""
    names = _syllable_names()
    base, tone = _base(syllable), syllable[-1:]
    if tone == "5" or not tone.isdigit():
        # The set's few neutral-tone files (a5 … bing5) run 2-5 s each, not one syllable, so
        # every neutral tone is made from a full one: short and falling, except after a
        # third tone, where it sits high.
        order = "1423" if prev_tone == 3 else "4123"
        return next(((f"{base}{t}", True) for t in order if f"{base}{t}" in names), None)
    if f"{base}{tone}" in names:
        return f"{base}{tone}", False
    return next(((f"{base}{t}", False) for t in "1234" if f"{base}{t}" in names), None)


def plan(text: str, syllables: Sequence[str]) -> AudioPlan | None:
    """How to say ``text`` (simplified) read as ``syllables`` (citation tones, as in
    ``VocabItem.syllables``); None when it has nothing to say (no Han characters, or a
    syllable no recording covers)."""

    syllables = tuple(syllables)
    if len(syllables) == len(text) and not all(syllables):
        # punctuation goes unsaid: the comma of a two-part saying (三天打鱼，两天晒网); a
        # letter without a reading still leaves nothing to say (卡拉OK)
        kept = [(c, s) for c, s in zip(text, syllables, strict=True) if s or c.isalnum()]
        text, syllables = "".join(c for c, _ in kept), tuple(s for _, s in kept)
    if len(syllables) != len(text) or not all(syllables) or not HAN.search(text):
        return None
    if word_recording(text, syllables):
        return AudioPlan(text, WORD, syllables)
    spoken = tuple(s or "" for s in apply_sandhi(syllables, text))
    tones = [int(s[-1]) if s[-1:].isdigit() else 5 for s in spoken]
    for i, syl in enumerate(spoken):
        if _file_for(syl, tones[i - 1] if i else 0) is None:
            return None
    return AudioPlan(text, SYLLABLES, spoken)


def item_plan(item: Any) -> AudioPlan | None:
    """``plan`` for a ``VocabItem`` (or a quiz ``StudyWord``: anything with a simplified
    form and its syllables)."""
    text = getattr(item, "simplified", None) or item.word
    return plan(text, item.syllables)


def audio_source(item: Any) -> str | None:
    """"word", "syllables", or None (nothing to say): the ``audio`` field of the JSON."""
    got = item_plan(item)
    return got.source if got else None


@functools.lru_cache(maxsize=4096)
def _syllable_pcm(name: str) -> Any:
    return codec.main_sound(codec.decode(_archive("syllables.zip").read(f"{name}.mp3")), 30.0)


#: How a syllable is shaped by its place in the word.
_NEUTRAL, _HALF_THIRD, _INNER, _LAST = "neutral", "half-third", "inner", "last"


@functools.lru_cache(maxsize=8192)
def _shaped(name: str, shape: str) -> Any:
    """A syllable recording shaped for its place: shortened as in running speech, a
    non-final third tone cut before its rise, a neutral tone short and soft."""
    import numpy as np

    pcm = _syllable_pcm(name)
    if shape == _NEUTRAL:
        return (codec.stretch(pcm, 0.55) * 0.5).astype(np.int16)
    if shape == _HALF_THIRD:
        return codec.fade(pcm[: int(len(pcm) * 0.6)], 0, 30)
    return codec.stretch(pcm, 0.72 if shape == _INNER else 0.9)


def _spoken(plan: AudioPlan) -> Any:
    """The joined PCM of a "syllables" plan."""
    clips = []
    tones = [int(s[-1]) if s[-1:].isdigit() else 5 for s in plan.syllables]
    last = len(plan.syllables) - 1
    for i, syl in enumerate(plan.syllables):
        found = _file_for(syl, tones[i - 1] if i else 0)
        assert found is not None  # plan() checked every syllable
        name, neutral = found
        if neutral:
            shape = _NEUTRAL
        elif tones[i] == 3 and i < last and tones[i + 1] != 3:
            shape = _HALF_THIRD
        else:
            shape = _INNER if i < last else _LAST
        clips.append(_shaped(name, shape))
    joined = codec.join(clips)
    return codec.fade(codec.normalize(joined), 3, 20)


def pcm(plan: AudioPlan) -> Any:
    """The plan's sound as mono int16 PCM at ``codec.RATE``."""
    if plan.source == WORD:
        return codec.decode(_archive("words.zip").read(f"{plan.text}.mp3"))
    return _spoken(plan)


def mp3(plan: AudioPlan) -> bytes:
    """The plan's sound as MP3 bytes (a word recording is returned as shipped)."""
    if plan.source == WORD:
        return _archive("words.zip").read(f"{plan.text}.mp3")
    return codec.encode_mp3(_spoken(plan))


def phrase(text: str) -> list[AudioPlan | None]:
    """``text`` (a word or short phrase) read in context: one plan per run of Han
    characters; raises ZhLearnError for text that cannot be said."""

    text = text.strip()
    if not text or not HAN.search(text):
        raise ZhLearnError(f"nothing to say in {text!r}: give Chinese characters")
    if len(text) > MAX_SAY:
        raise ZhLearnError(f"text too long to say ({len(text)} characters; at most {MAX_SAY})")
    simple = lexicon().to_simplified(text)
    stray = sorted({ch for ch in HAN_RUN.sub("", simple) if ch.isalnum()})
    if stray:
        raise ZhLearnError(f"can only say Chinese characters, not {' '.join(stray)!r}")
    syllables = readings(simple)
    out: list[AudioPlan | None] = []
    for match in HAN_RUN.finditer(simple):
        run = match.group()
        syls = syllables[match.start() : match.end()]
        got = plan(run, [s or "" for s in syls])
        if got is None:
            raise ZhLearnError(f"no recording covers {run!r} ({' '.join(s or '?' for s in syls)})")
        out.append(got)
    return out


def say(text: str) -> Any:
    """The PCM of a word or short phrase, runs of characters separated by short pauses."""
    plans = [p for p in phrase(text) if p is not None]
    return codec.join([pcm(p) for p in plans], overlap_ms=0, gaps_ms=[250] * len(plans))
