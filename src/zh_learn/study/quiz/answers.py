"""Checking typed answers: pinyin (syllable by syllable), tone digits, hanzi and choices.

Pinyin answers are accepted in every spelling learners type: tone numbers with or without
spaces (``ru2 lv3``, ``ru2lv3``), tone marks (``rú lǚ``), ü as ``v``, ``u:`` or ``ü``, any
case, apostrophes and hyphens; the neutral tone as 5, 0 or no digit. The answer is aligned
with the expected syllables, so a right syllable with a wrong tone is reported as a tone
error on that syllable rather than as a plain mistake.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from zh_learn.pinyin.syllables import UNMARK, syllable_to_marks, to_marks

#: tone-marked vowel -> (vowel as typed with tone numbers, ü as v; tone)
_MARKED = {m: (base.replace("ü", "v"), tone) for m, (base, tone) in UNMARK.items()}
_SEPARATORS = re.compile(r"[\s'’\-·.,/]+")


class Mark(StrEnum):
    """How one syllable of an answer compares with the expected one."""

    OK = "ok"
    TONE = "tone"  # right syllable, wrong (or missing) tone
    WRONG = "wrong"  # wrong syllable
    MISSING = "missing"  # the answer has fewer syllables


@dataclass(frozen=True, slots=True)
class Check:
    """The verdict on one answer."""

    correct: bool
    marks: tuple[Mark, ...] = ()
    given: tuple[str, ...] = ()  # the answer's syllables as understood (tone numbers)
    note: str = ""  # one line for the learner, e.g. "tone error: lv4 -> lv3"
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def tone_errors(self) -> int:
        return sum(1 for m in self.marks if m is Mark.TONE)


def _fold_jqxy(base: str) -> str:
    """ü is written u after j, q, x, y: treat "qv", "qü" and "qu" alike."""
    if len(base) >= 2 and base[0] in "jqxy" and base[1] == "v":
        return base[0] + "u" + base[2:]
    return base


def split_syllable(syllable: str) -> tuple[str, int]:
    """"lv3" -> ("lv", 3); "ma5"/"ma" -> ("ma", 5); "qv4" -> ("qu", 4)."""
    s = syllable.lower().replace("u:", "v").replace("ü", "v")
    tone = 5
    if s and s[-1].isdigit():
        tone = int(s[-1]) or 5
        s = s[:-1]
    return _fold_jqxy(s), tone


@dataclass(slots=True)
class _Letter:
    ch: str
    tone: int | None = None  # from a tone mark on this letter
    digit_after: int | None = None  # a tone digit typed right after this letter
    break_after: bool = False  # a separator (space, apostrophe, digit) follows


def _letters(answer: str) -> list[_Letter]:
    """The answer as letters, each with the tone information attached to it."""
    text = unicodedata.normalize("NFC", answer.strip()).lower()
    text = text.replace("u:", "v").replace("ü", "v")
    # Combining marks left over after NFC (e.g. v + combining acute) are tones too.
    combining = {"\u0304": 1, "\u0301": 2, "\u030c": 3, "\u0300": 4}
    out: list[_Letter] = []
    for ch in text:
        if ch in _MARKED:
            base, tone = _MARKED[ch]
            out.append(_Letter(base, tone=tone))
        elif ch in combining and out:
            out[-1].tone = combining[ch]
        elif ch.isdigit():
            if out:
                out[-1].digit_after = int(ch)
                out[-1].break_after = True
        elif _SEPARATORS.fullmatch(ch):
            if out:
                out[-1].break_after = True
        elif "a" <= ch <= "z":
            out.append(_Letter(ch))
        else:
            out.append(_Letter(ch))  # stray symbol: kept so the syllable comes out wrong
    return out


def _tone_of(letters: Sequence[_Letter]) -> int | None:
    """The tone the learner gave a run of letters: a mark inside, or a digit at its end."""
    tone: int | None = None
    for i, letter in enumerate(letters):
        if letter.tone is not None:
            tone = letter.tone
        if letter.digit_after is not None:
            if i != len(letters) - 1:
                return -1  # a digit inside the syllable: malformed
            tone = letter.digit_after
    if tone == 0:
        tone = 5
    return tone


def _syllable_text(letters: Sequence[_Letter], tone: int | None) -> str:
    body = _fold_jqxy("".join(x.ch for x in letters))
    return body + (str(tone) if tone and tone > 0 else "")


def _compare(expected: tuple[str, int], body: str, tone: int | None) -> Mark:
    exp_body, exp_tone = expected
    if _fold_jqxy(body) != exp_body:
        return Mark.WRONG
    given = 5 if tone is None else tone
    return Mark.OK if given == exp_tone else Mark.TONE


def _user_groups(letters: list[_Letter]) -> list[list[_Letter]]:
    """Syllables as the learner separated them (spaces, digits, apostrophes, marks)."""
    groups: list[list[_Letter]] = [[]]
    for letter in letters:
        # A new tone mark after a marked letter in the same group starts a new syllable.
        if letter.tone is not None and any(x.tone is not None for x in groups[-1]):
            groups.append([])
        groups[-1].append(letter)
        if letter.break_after:
            groups.append([])
    return [g for g in groups if g]


def check_pinyin(answer: str, expected: Sequence[str], also: Iterable[Sequence[str]] = ()) -> Check:
    """Compare a typed pinyin answer with the expected tone-number syllables. ``also`` holds
    other readings the dictionary accepts (母亲 mǔ qīn, also mǔ qin); it is only read when the
    answer does not match ``expected``."""
    return _with_alternatives(_check_pinyin, answer, expected, also)


def _with_alternatives(
    checker: Callable[[str, Sequence[str]], Check],
    answer: str,
    expected: Sequence[str],
    also: Iterable[Sequence[str]],
) -> Check:
    """``checker``'s verdict on ``answer``; a wrong answer that one of the readings ``also``
    accepts is right, with a note saying so."""
    check = checker(answer, expected)
    if check.correct:
        return check
    for other in also:
        if len(other) == len(expected) and checker(answer, other).correct:
            return _also_accepted(check, other)
    return check


def _also_accepted(check: Check, other: Sequence[str]) -> Check:

    marks = tuple(Mark.OK for _ in other)
    note = f"also accepted: {to_marks(other)} (the dictionary gives both readings)"
    return Check(True, marks, check.given, note=note)


def _check_pinyin(answer: str, expected: Sequence[str]) -> Check:
    want = [split_syllable(s) for s in expected]
    letters = _letters(answer)
    if not letters:
        return Check(False, tuple(Mark.MISSING for _ in want), note="that is not pinyin")
    flat = "".join(x.ch for x in letters)
    exp_flat = "".join(b for b, _ in want)
    pieces: list[list[_Letter]] | None = None
    if _fold_all(flat, want) == exp_flat:
        # Same letters: cut the answer where the expected syllables end.
        pieces, pos = [], 0
        for body, _ in want:
            pieces.append(letters[pos : pos + len(body)])
            pos += len(body)
        # A break typed inside an expected syllable means the learner split it differently.
        if any(x.break_after for p in pieces for x in p[:-1]):
            pieces = None
    if pieces is None:
        pieces = _user_groups(letters)
    marks: list[Mark] = []
    given: list[str] = []
    for i, exp in enumerate(want):
        if i >= len(pieces):
            marks.append(Mark.MISSING)
            continue
        tone = _tone_of(pieces[i])
        given.append(_syllable_text(pieces[i], tone))
        body = given[-1].rstrip("0123456789")
        marks.append(Mark.WRONG if tone == -1 else _compare(exp, body, tone))
    for extra in pieces[len(want) :]:
        given.append(_syllable_text(extra, _tone_of(extra)))
        marks.append(Mark.WRONG)
    correct = all(m is Mark.OK for m in marks)
    return Check(correct, tuple(marks), tuple(given), note=_note(marks, given, expected))


def _fold_all(flat: str, want: Sequence[tuple[str, int]]) -> str:
    """Fold jv/qv/xv/yv to ju/... at the expected syllable starts so lengths line up."""
    out, pos = [], 0
    for body, _ in want:
        out.append(_fold_jqxy(flat[pos : pos + len(body)]))
        pos += len(body)
    out.append(flat[pos:])
    return "".join(out)


def _note(marks: Sequence[Mark], given: Sequence[str], expected: Sequence[str]) -> str:
    if all(m is Mark.OK for m in marks):
        return ""

    parts = []
    for i, mark in enumerate(marks):
        if mark is Mark.TONE:
            exp = expected[i]
            typed = str(split_syllable(given[i])[1]) if given[i][-1:].isdigit() else "none"
            parts.append(
                f"syllable {i + 1}: tone {typed}, but {syllable_to_marks(exp)}"
                f" is tone {split_syllable(exp)[1]}"
            )
        elif mark is Mark.WRONG and i < len(expected):
            parts.append(f"syllable {i + 1}: {given[i]} -> {syllable_to_marks(expected[i])}")
        elif mark is Mark.WRONG:
            parts.append(f"extra syllable {given[i]}")
        elif mark is Mark.MISSING:
            parts.append(f"syllable {i + 1} missing ({syllable_to_marks(expected[i])})")
    kind = "tone error" if all(m in (Mark.OK, Mark.TONE) for m in marks) else "not quite"
    return f"{kind}: " + "; ".join(parts)


def check_tones(answer: str, expected: Sequence[str], also: Iterable[Sequence[str]] = ()) -> Check:
    """Tone digits for each syllable: "2321", "2 3 2 1", "2-3-2-1"; 0 or 5 for neutral.
    ``also``: other readings the dictionary accepts, read only for a wrong answer."""
    return _with_alternatives(_check_tones, answer, expected, also)


def _check_tones(answer: str, expected: Sequence[str]) -> Check:
    want = [split_syllable(s)[1] for s in expected]
    digits = [int(c) or 5 for c in answer if c.isdigit()]
    stray = re.sub(r"[\d\s,\-/.]", "", answer)
    if stray and not any(ch.isalpha() for ch in stray):
        digits = []
    if any(ch.isalpha() for ch in stray):
        # The learner typed full pinyin: read the tones from it.
        check = check_pinyin(answer, expected)
        digits = [split_syllable(g)[1] if g[-1:].isdigit() else 5 for g in check.given]
    marks: list[Mark] = []
    for i, tone in enumerate(want):
        if i >= len(digits):
            marks.append(Mark.MISSING)
        else:
            marks.append(Mark.OK if digits[i] == tone else Mark.TONE)
    marks.extend(Mark.WRONG for _ in digits[len(want) :])
    given = tuple(str(d) for d in digits)
    correct = all(m is Mark.OK for m in marks)
    note = ""
    if not correct:
        wrong = [str(i + 1) for i, m in enumerate(marks) if m is not Mark.OK]
        note = f"tones {' '.join(str(t) for t in want)}; check syllable {', '.join(wrong)}"
    return Check(correct, tuple(marks), given, note=note)


#: \ufffd: a byte that was not UTF-8 is kept in the answer (graded wrong, saved), not refused.
_PINYIN_CHARS = re.compile(
    "^[a-zü:" + "".join(_MARKED) + "\u0304\u0301\u030c\u0300\ufffd" + r"0-5\s'’\-·.,/]+$"
)
_TONE_CHARS = re.compile(r"^[0-5\s,\-/.]+$")


def malformed_pinyin(answer: str) -> bool:
    """True when an answer cannot be pinyin at all (hanzi, a digit 6-9, no letter): the
    learner is asked again instead of being marked wrong."""
    text = unicodedata.normalize("NFC", answer.strip()).lower()
    return not _PINYIN_CHARS.match(text) or not any(ch.isalpha() for ch in text)


def malformed_tones(answer: str) -> bool:
    """True when an answer is neither tone digits (0-5) nor pinyin."""
    text = answer.strip()
    if any(ch.isalpha() and ch.isascii() or ch in _MARKED for ch in text.lower()):
        return malformed_pinyin(text)
    return not _TONE_CHARS.match(text) or not any(ch.isdigit() for ch in text)


def normalize_hanzi(text: str) -> str:
    """Drop spaces and punctuation learners might type around a word."""
    return re.sub(r"[\s\W_]+", "", unicodedata.normalize("NFKC", text))


def check_text(answer: str, accepted: Sequence[str]) -> Check:
    got = normalize_hanzi(answer)
    ok = any(got == normalize_hanzi(a) for a in accepted if a)
    return Check(ok, note="" if ok else f"expected {accepted[0]}")


def parse_choice(answer: str, choices: Sequence[str]) -> int | None:
    """A choice by number (1-9), by letter (a-i) or by its exact text; None if unclear."""
    text = answer.strip()
    if not text:
        return None
    if text.isdigit():
        n = int(text)
        return n - 1 if 1 <= n <= len(choices) else None
    if len(text) == 1 and "a" <= text.lower() <= "z":
        n = ord(text.lower()) - ord("a")
        return n if n < len(choices) else None
    folded = normalize_hanzi(text).lower()
    for i, choice in enumerate(choices):
        if folded and folded == normalize_hanzi(choice).lower():
            return i
    return None
