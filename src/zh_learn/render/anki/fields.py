"""The text of zh-learn's Anki fields: HTML-safe, tone-coloured, built from a VocabItem.

Word-note fields depend only on the word (and the learner's chosen HSK standard), never on
the article it came from; the article's sentence and title go on the cloze note
(``cloze_fields``). pypinyin and the pinyin reader load only when a sentence is read.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from zh_learn.hsk import STANDARDS
from zh_learn.models import Example, Kind, VocabItem
from zh_learn.pinyin.fixes import overrides
from zh_learn.pinyin.reader import readings
from zh_learn.pinyin.syllables import SYLLABLE, syllable_to_marks, to_zhuyin, tone_of

#: How many senses the short Meaning keeps; the full list is in AllMeanings.
SHORT_SENSES = 3
#: Zipf value -> plain frequency label, highest band first (Zipf 5 = 100 per million words).
FREQUENCY_BANDS: tuple[tuple[float, str], ...] = (
    (5.0, "very common"), (4.0, "common"), (3.0, "less common"), (2.0, "rare"),
)  # fmt: skip
_CLAUSE_END = "，,；;：:、"
_CLAUSE_RE = re.compile(f"[{re.escape(_CLAUSE_END)}]")
_OPENING = "“‘「『（(《〈【"
#: CJK punctuation written the Western way in a pinyin line.
_ASCII_PUNCT = str.maketrans({
    "，": ",", "。": ".", "、": ",", "；": ";", "：": ":", "！": "!", "？": "?", "“": '"',
    "”": '"', "‘": "'", "’": "'", "「": '"', "」": '"', "『": '"', "』": '"', "（": "(",
    "）": ")", "【": "[", "】": "]", "—": "-", "…": "...",
})
#: Definitions that are not meanings to learn first: measure words, cross-references.
_NOT_A_MEANING = ("CL:", "variant of ", "old variant of ", "see ", "also written ")


_ANKI_SYNTAX = str.maketrans({"{": "&#123;", "}": "&#125;", "[": "&#91;", "]": "&#93;"})


def esc(text: str) -> str:
    """HTML-escape field text; braces and brackets too, so input can never form a cloze or
    template tag (``{{c1::``) or a media or TTS reference (``[sound:x.mp3]``, ``[anki:tts]``)."""
    return html.escape(text, quote=True).translate(_ANKI_SYNTAX)


def _label(standard: str) -> str:
    """The standard's short name on a card ("HSK 3.0"), or its key when unknown."""
    known = STANDARDS.get(standard)
    return known.label if known else standard


@lru_cache(maxsize=8192)
def _tone_span(text: str, tone: int) -> str:
    return f'<span class="tone{tone}">{esc(text)}</span>'


@lru_cache(maxsize=1024)
def coloured_pinyin(syllables: tuple[str, ...]) -> str:
    """Tone-mark pinyin with one ``<span class="toneN">`` per syllable."""

    return " ".join(_tone_span(syllable_to_marks(s), tone_of(s)) for s in syllables)


@lru_cache(maxsize=4096)
def coloured_hanzi(word: str, syllables: tuple[str, ...]) -> str:
    """Each character in its syllable's tone colour (characters without a syllable plain)."""

    if len(word) != len(syllables):
        return esc(word)
    return "".join(_tone_span(ch, tone_of(s)) for ch, s in zip(word, syllables, strict=True))


@lru_cache(maxsize=4096)
def _marked(syllable: str) -> tuple[str, int]:

    return syllable_to_marks(syllable), tone_of(syllable)


def _fixes_in(sentence: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The learner's pinyin fixes that apply to ``sentence``: part of each cache key, so a
    fix made in this process is never hidden behind a sentence read before it."""

    return tuple(sorted((w, s) for w, s in overrides().items() if w in sentence))


def _sentence_pieces(sentence: str) -> tuple[tuple[str, int], ...]:
    """A sentence's pinyin as (text, tone) pieces; tone 0 for spaces and punctuation."""
    return _pieces(sentence, _fixes_in(sentence))


@lru_cache(maxsize=4096)
def _pieces(
    sentence: str, fixes: tuple[tuple[str, tuple[str, ...]], ...]
) -> tuple[tuple[str, int], ...]:

    out: list[tuple[str, int]] = []
    prev = ""  # "syl", "word" (Latin/digits), "open", "punct", "space"

    def gap() -> None:
        out.append((" ", 0))

    for ch, syl in zip(sentence, readings(sentence), strict=True):
        if syl:
            if out and prev in ("syl", "word", "punct"):
                gap()
            out.append(_marked(syl))
            prev = "syl"
        elif ch.isspace():
            if out and prev != "space":
                gap()
            prev = "space"
        elif ch.isascii() and ch.isalnum():
            if prev == "syl" or (prev == "punct" and out):
                gap()
            out.append((ch, 0))
            prev = "word"
        elif ch in _OPENING:
            if out and prev in ("syl", "word", "punct"):
                gap()
            out.append((ch.translate(_ASCII_PUNCT), 0))
            prev = "open"
        else:
            out.append((ch.translate(_ASCII_PUNCT), 0))
            prev = "punct"
    while out and out[-1][0] == " ":
        out.pop()
    return tuple(out)


def sentence_pinyin(sentence: str) -> str:
    """Tone-mark pinyin of a sentence, syllables spaced, punctuation and Latin text kept."""
    return "".join(text for text, _ in _sentence_pieces(sentence))


def coloured_sentence_pinyin(sentence: str) -> str:
    """``sentence_pinyin`` with each syllable in its tone colour, as the word's pinyin is."""
    return _coloured(_sentence_pieces(sentence))


@lru_cache(maxsize=4096)
def _coloured(pieces: tuple[tuple[str, int], ...]) -> str:
    return "".join(_tone_span(text, tone) if tone else esc(text) for text, tone in pieces)


def clear_sentence_cache() -> None:
    """Forget the sentences read so far (the export benchmark times cold reads)."""
    _pieces.cache_clear()
    _coloured.cache_clear()


def clip_sentence(sentence: str, offset: int, length: int, limit: int = 80) -> tuple[str, int]:
    """Cut a long sentence to the clauses around [offset, offset+length); returns (text, offset)."""
    if len(sentence) <= limit:
        return sentence, offset
    bounds = sorted({0, len(sentence), *(m.end() for m in _CLAUSE_RE.finditer(sentence))})
    i = bisect_right(bounds, offset) - 1
    j = bisect_left(bounds, offset + length)
    if bounds[j] - bounds[i] > limit:  # the word's own clause is too long: take a window
        start = max(0, min(offset - (limit - length) // 2, len(sentence) - limit))
        end = min(len(sentence), start + max(limit, length))
    else:
        while True:  # add whole clauses on either side while they fit
            grew = False
            if i > 0 and bounds[j] - bounds[i - 1] <= limit:
                i, grew = i - 1, True
            if j < len(bounds) - 1 and bounds[j + 1] - bounds[i] <= limit:
                j, grew = j + 1, True
            if not grew:
                break
        start, end = bounds[i], bounds[j]
    piece = sentence[start:end]
    text = piece.strip()
    lead = len(piece) - len(piece.lstrip())
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(sentence) and text[-1:] not in "。！？!?" else ""
    return prefix + text + suffix, offset - start - lead + len(prefix)


def example(item: VocabItem) -> tuple[str, int] | None:
    """The item's sentence (clipped) and the item's offset in it, or None."""
    # the item as the sentence spells it (國内 in mixed text), else its simplified form
    word = item.example.text if item.example is not None and item.example.text else item.simplified
    return _example_cached(item.example, word)


@lru_cache(maxsize=256)
def _example_cached(ex: Example | None, word: str) -> tuple[str, int] | None:
    if ex is None or not ex.sentence:
        return None
    offset = ex.offset
    if ex.sentence[offset : offset + len(word)] != word:
        offset = ex.sentence.find(word)
        if offset < 0:
            return None
    return clip_sentence(ex.sentence, offset, len(word))


# --- meanings ---------------------------------------------------------------------------------


def _is_literal_or_figurative(definition: str) -> bool:
    return definition.startswith(("lit. ", "fig. "))


def meanings(item: VocabItem) -> tuple[list[str], list[str]]:
    """(short, full): the first ``SHORT_SENSES`` real meanings, and every definition.

    For an idiom whose Literal and Figurative fields are shown, the "lit." and "fig."
    definitions are not repeated in the meaning; when nothing else is left, the figurative
    (or literal) meaning is the meaning, so the Recall card still has a prompt.
    """
    full = list(item.definitions)
    candidates = [d for d in full if not d.startswith(_NOT_A_MEANING)] or full
    idiom = item.idiom
    if idiom is not None and (idiom.literal or idiom.figurative):
        rest = [d for d in candidates if not _is_literal_or_figurative(d)]
        candidates = rest or [idiom.figurative or idiom.literal or ""]
        full = [d for d in full if not _is_literal_or_figurative(d)]
    short = [d for d in candidates if d][:SHORT_SENSES]
    return short, full


def frequency_label(zipf: float | None) -> str:
    """"very common" ... "very rare", from a Zipf value; "" when unknown."""
    if zipf is None:
        return ""
    return next((label for floor, label in FREQUENCY_BANDS if zipf >= floor), "very rare")




def zhuyin_text(syllables: tuple[str, ...]) -> str:
    """Zhuyin for a reading, or "" when a syllable is not pinyin (a Latin letter)."""
    if not syllables or not all(SYLLABLE.match(s) for s in syllables):
        return ""
    # The erhua r (一点儿 yi4 dian3 r5) is ㄦ; spelled alone, pypinyin would read it as ㄖ.
    return " ".join(_zhuyin_syllable(s) for s in syllables)


@lru_cache(maxsize=4096)
def _zhuyin_syllable(syllable: str) -> str:

    return "ㄦ" if syllable == "r5" else to_zhuyin((syllable,))


def level_text(item: VocabItem) -> str:
    return item.level_label if item.hsk_level is not None else ""


# --- the two notes ----------------------------------------------------------------------------


def vocab_values(item: VocabItem, *, part_of_speech: str = "", typing: bool = False
                 ) -> dict[str, str]:
    """The word note's fields by name, all HTML-safe, none depending on the article."""
    short, full = meanings(item)
    idiom = item.idiom
    meaning = "; ".join(short)
    figurative = (idiom.figurative or "") if idiom else ""
    literal = (idiom.literal or "") if idiom else ""
    if figurative == meaning:  # the figurative sense stood in as the meaning
        figurative = ""
    elif literal == meaning:
        literal = ""
    gloss = " · ".join(f"{c} {g}" for c, g in idiom.char_gloss) if idiom else ""
    zhuyin = zhuyin_text(item.syllables)
    return {
        "Hanzi": esc(item.simplified),
        "HanziColoured": coloured_hanzi(item.simplified, item.syllables),
        "Traditional": esc(item.traditional) if item.traditional != item.simplified else "",
        "Pinyin": coloured_pinyin(item.syllables),
        "PinyinNumbers": esc(item.pinyin_numbers),
        "Zhuyin": esc(zhuyin),
        "Meaning": esc(meaning),
        "AllMeanings": esc("; ".join(full)) if len(full) > len(short) else "",
        "PartOfSpeech": esc(part_of_speech) if item.kind is Kind.WORD else "",
        "Classifier": esc(item.measure_words),
        "Kind": esc(str(item.kind)),
        "Level": esc(level_text(item)),
        "Standard": esc(_label(item.hsk_standard)),
        "Frequency": esc(frequency_label(item.zipf)),
        "Literal": esc(literal),
        "Figurative": esc(figurative),
        "CharGloss": esc(gloss),
        "Explanation": esc(idiom.explanation_zh or "") if idiom else "",
        "Origin": esc(idiom.origin_zh or "") if idiom else "",
        "Typing": "y" if typing else "",
    }


def cloze_values(item: VocabItem, title: str) -> dict[str, str] | None:
    """The cloze note's fields by name (the item blanked out of its sentence), or None
    when the item has no sentence."""
    found = example(item)
    if found is None:
        return None
    text, off = found
    end = off + len(item.simplified)
    before, word, after = esc(text[:off]), esc(text[off:end]), esc(text[end:])
    short, _ = meanings(item)
    return {
        "Text": f"{before}{{{{c1::{word}}}}}{after}",
        "Sentence": f'{before}<span class="hl">{word}</span>{after}',
        "SentencePinyin": coloured_sentence_pinyin(text),
        "Hanzi": esc(item.simplified),
        "HanziColoured": coloured_hanzi(item.simplified, item.syllables),
        "Pinyin": coloured_pinyin(item.syllables),
        "Meaning": esc("; ".join(short)),
        "Source": esc(title),
    }
