"""Quiz questions built from stored words: one question practises one (word, skill) card.

Skills (``--mode``):

* ``meaning``: hanzi -> choose the English meaning (for idioms: their figurative meaning)
* ``hanzi``: English meaning -> choose the hanzi
* ``pinyin``: hanzi -> type the pinyin
* ``tones``: hanzi and toneless pinyin -> type the tone digits
* ``cloze``: a sentence of the text with the word blanked -> choose or type the word
* ``idiom``: an idiom with one or two characters blanked -> type them (``--mode idiom`` also
  asks idioms' meanings, which practises their ``meaning`` card)
* ``listening``: the word is played -> type its pinyin or choose its meaning (only when
  asked for: it needs sound, so "mixed" leaves it out)
"""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from zh_learn.analysis.senses import also_readings
from zh_learn.hanzi import HAN_CLASS
from zh_learn.models import Kind, VocabItem
from zh_learn.pinyin.syllables import UNMARK, to_marks
from zh_learn.study.quiz import answers
from zh_learn.study.quiz.distractors import pick
from zh_learn.study.quiz.polyphones import is_polyphone
from zh_learn.study.store import CardRow, StudyWord

SKILLS: tuple[str, ...] = ("meaning", "hanzi", "pinyin", "tones", "cloze", "idiom")
LISTENING = "listening"
LISTEN_PROMPT = "🔊 (listen; r to hear it again)"
CHOICES = 4
BLANK = "＿"
#: Dictionary labels that would give a choice away ("... (idiom)").
_LABELS = re.compile(r"\s*\((?:idiom|proverb|saying|fig\.|lit\.)\)", re.IGNORECASE)
#: Characters of the sentence kept on each side of a cloze blank.
CLOZE_CONTEXT = 40


@dataclass(frozen=True, slots=True)
class Question:
    word: StudyWord
    skill: str  # the card this question practises
    prompt: str  # what is asked: hanzi, a meaning, a sentence with a blank
    instruction: str  # how to answer, one line
    answer: str  # the right answer as shown after the question
    check: str  # "choice" | "pinyin" | "tones" | "text"
    choices: tuple[str, ...] = ()
    accepted: tuple[str, ...] = ()  # typed answers accepted for "text" (and cloze choices)
    hint: str = ""  # a second line under the prompt (toneless pinyin, a meaning)
    context: str = ""  # the sentence, for a word whose reading depends on it (polyphones)
    #: readings accepted for a "text" answer typed in pinyin (an idiom's missing characters)
    pinyin_accepted: tuple[tuple[str, ...], ...] = ()
    listen: bool = False  # the word is played when the question is shown

    def _also(self) -> Iterator[tuple[str, ...]]:
        """Other readings the dictionary accepts (looked up only for a wrong answer)."""

        yield from also_readings(self.word.word, self.word.syllables)

    @property
    def typed(self) -> bool:
        return self.check != "choice"

    @property
    def syllables(self) -> int:
        return len(self.word.syllables) if self.check in ("pinyin", "tones") else len(self.answer)

    @property
    def reprompt(self) -> str:
        """What to say when an answer cannot be read at all."""
        if self.check == "pinyin":
            return "Type pinyin with tone numbers or marks (ru2 lv3 or rú lǚ), or ? for help."
        if self.check == "tones":
            return "Type one tone digit per syllable (2321; 5 or 0 = neutral), or ? for help."
        if self.check == "text":
            return "Type the characters (or their pinyin), or ? for help."
        return f"Answer 1-{len(self.choices)}, or ? for help."

    def grade(self, answer: str) -> answers.Check | None:
        """Check an answer; None when it cannot be read (choice 7 of 4, hanzi typed for
        pinyin, a tone 8): ask again."""
        if self.check == "pinyin":
            if answers.malformed_pinyin(answer):
                return None
            return answers.check_pinyin(answer, self.word.syllables, self._also())
        if self.check == "tones":
            if answers.malformed_tones(answer):
                return None
            return answers.check_tones(answer, self.word.syllables, self._also())
        if self.check == "text":
            if not answers.normalize_hanzi(answer) or not any(
                c.isalpha() for c in answers.normalize_hanzi(answer)
            ):
                return None  # digits or punctuation only: neither characters nor pinyin
            if self.pinyin_accepted and any("a" <= c <= "z" for c in answer.lower()):
                if answers.malformed_pinyin(answer):
                    return None
                checks = [answers.check_pinyin(answer, s) for s in self.pinyin_accepted]
                return next((c for c in checks if c.correct), checks[0])
            return answers.check_text(answer, self.accepted)
        index = answers.parse_choice(answer, self.choices)
        if index is None:
            if self.accepted and answers.normalize_hanzi(answer) and not answer.strip().isdigit():
                return answers.check_text(answer, self.accepted)
            return None
        ok = self.choices[index] == self.answer
        return answers.Check(ok, given=(self.choices[index],))


def study_word(item: VocabItem, title: str = "") -> StudyWord:
    """The record kept in the progress store for a vocabulary item."""
    example, offset = "", -1
    if item.example is not None:
        sentence = item.example.sentence
        at = item.example.offset
        surface = item.example.text or item.simplified
        if not sentence[at:].startswith(surface):
            at = sentence.find(surface)
        lead = len(sentence) - len(sentence.lstrip())
        if at >= lead:
            example, offset = sentence.strip(), at - lead
    idiom_meaning = ""
    if item.idiom is not None:
        idiom_meaning = item.idiom.figurative or item.idiom.literal or ""
    return StudyWord(
        word=item.simplified,
        syllables=tuple(item.syllables),
        gloss=item.gloss,
        kind=str(item.kind),
        hsk_level=item.hsk_level,
        traditional=item.traditional,
        example=example,
        example_offset=offset,
        idiom_meaning=idiom_meaning,
        text_title=title,
        key=item.key if item.key != item.simplified else "",
    )


def clipped_gloss(gloss: str, limit: int = 60) -> str:
    """The first definitions of a gloss that fit in ``limit`` characters."""
    gloss = _LABELS.sub("", gloss)
    parts = [p.strip() for p in gloss.split(";") if p.strip() and not p.strip().startswith("CL:")]
    out = ""
    for part in parts:
        candidate = f"{out}; {part}" if out else part
        if len(candidate) > limit and out:
            break
        out = candidate
    return out if len(out) <= limit else _cut(out, limit)


def _cut(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with "…", at a word break, never inside a bracket
    (an option reading "to be (very ca…" is no help)."""
    head = text[: limit - 1]
    if " " in head[limit // 2 :]:
        head = head[: head.rfind(" ")]
    depth = 0
    opened = -1
    for i, ch in enumerate(head):
        if ch in "([":
            if depth == 0:
                opened = i
            depth += 1
        elif ch in ")]" and depth:
            depth -= 1
    if depth:
        head = head[:opened]
    return head.rstrip(" ,;:-(") + "…"


#: Chinese characters in a gloss, with the note in brackets after them: a reading
#: ("把 (bǎ)") or, in glosses stored by older versions, a part's meaning ("包 (to cover)").
_HANZI_NOTE = re.compile(f"[{HAN_CLASS}]+" + r"(?:\s*\(([^()]*)\))?")
_TONE_MARKS = frozenset(UNMARK)


def without_answer(gloss: str, word: str) -> str:
    """``gloss`` with no character of ``word`` left in it, so a prompt never shows its answer:
    "(used before the object: 把 (bǎ) + noun)" -> "(... ~ + noun)"."""
    own = set(word)

    def one(m: re.Match[str]) -> str:
        hanzi, note = m.group(), m.group(1) or ""
        if not own & set(hanzi):
            return hanzi
        reading = bool(_TONE_MARKS & set(note)) or any(c.isdigit() for c in note)
        if note and not reading and (" " in note or len(note) > 4):
            return note  # an older composed gloss: keep the part's meaning
        return "~"

    return _HANZI_NOTE.sub(one, gloss)


def meaning_of(word: StudyWord) -> str:
    return clipped_gloss(without_answer(word.idiom_meaning or word.gloss, word.word))


def toneless(syllables: Iterable[str]) -> str:
    return " ".join(s.rstrip("012345").replace("v", "ü") for s in syllables)


def is_idiom(word: StudyWord) -> bool:
    return word.kind == str(Kind.IDIOM) and len(word.word) >= 4


def applicable(word: StudyWord, skill: str) -> bool:
    """Whether a word can be asked for a skill at all (before looking for distractors)."""
    has_pinyin = len(word.syllables) == len(word.word) and all(word.syllables)
    if skill in ("meaning", "hanzi"):
        return bool(word.gloss or word.idiom_meaning)
    if skill in ("pinyin", "tones", LISTENING):
        return has_pinyin
    if skill == "cloze":
        return (
            0 <= word.example_offset
            and word.example[word.example_offset :].startswith(word.word)
            and len(word.example) > len(word.word) + 2
        )
    if skill == "idiom":
        return is_idiom(word)
    return False


def _choice(
    word: StudyWord,
    skill: str,
    prompt: str,
    instruction: str,
    answer: str,
    others: Sequence[str],
    rng: random.Random,
    **extra: str | tuple[str, ...] | bool,
) -> Question:
    choices = [answer, *others]
    rng.shuffle(choices)
    return Question(
        word=word, skill=skill, prompt=prompt, instruction=instruction, answer=answer,
        check="choice", choices=tuple(choices), **extra,  # type: ignore[arg-type]
    )


def build(
    word: StudyWord,
    skill: str,
    pool: Sequence[StudyWord],
    rng: random.Random,
    used: Counter[str] | None = None,
) -> Question | None:
    """A question practising ``skill`` for ``word``; None if it cannot be asked fairly
    (no example sentence, or too few distractors in ``pool``). ``used`` counts the
    distractors offered so far in the quiz, so later questions prefer others."""
    if not applicable(word, skill):
        return None
    n = CHOICES - 1
    if skill == "meaning":
        others = pick(word, pool, n, rng, shown=meaning_of, used=used)
        if not others:
            return None
        what = "idiom" if is_idiom(word) else "word"
        return _choice(
            word, skill, word.word, f"What does this {what} mean?", meaning_of(word),
            [meaning_of(o) for o in others], rng,
        )
    if skill == "hanzi":
        others = pick(word, pool, n, rng, shown=lambda w: w.word, used=used)
        if not others:
            return None
        return _choice(
            word, skill, meaning_of(word), "Which word means this?", word.word,
            [o.word for o in others], rng,
        )
    if skill == "pinyin":
        return Question(
            word=word, skill=skill, prompt=word.word,
            instruction="Type the pinyin (tone numbers or marks).",
            answer=to_marks(word.syllables), check="pinyin", context=reading_context(word),
        )
    if skill == "tones":
        return Question(
            word=word, skill=skill, prompt=word.word, hint=toneless(word.syllables),
            instruction="Type the tone of each syllable (1-4, 5 or 0 for neutral).",
            answer=" ".join(str(answers.split_syllable(s)[1]) for s in word.syllables),
            check="tones", context=reading_context(word),
        )
    if skill == LISTENING:
        meaning = rng.random() < 0.5
        others = pick(word, pool, n, rng, shown=meaning_of, used=used) if meaning else []
        if others and meaning_of(word):
            return _choice(
                word, skill, LISTEN_PROMPT, "Listen: what does this word mean?",
                meaning_of(word), [meaning_of(o) for o in others], rng, listen=True,
            )
        return Question(
            word=word, skill=skill, prompt=LISTEN_PROMPT,
            instruction="Listen, then type the pinyin (tone numbers or marks).",
            answer=to_marks(word.syllables), check="pinyin", listen=True,
        )
    if skill == "cloze":
        start = word.example_offset
        before, after = word.example[:start], word.example[start + len(word.word) :]
        if len(before) > CLOZE_CONTEXT:
            before = "…" + before[-CLOZE_CONTEXT:]
        if len(after) > CLOZE_CONTEXT:
            after = after[:CLOZE_CONTEXT] + "…"
        sentence = before + BLANK * len(word.word) + after
        others = pick(word, pool, n, rng, shown=lambda w: w.word, same_length=True, used=used)
        if len(others) < n:
            others = pick(word, pool, n, rng, shown=lambda w: w.word, used=used)
        instruction = "Which word fills the blank? (choose, or type it)"
        if not others:
            return Question(
                word=word, skill=skill, prompt=sentence, hint=meaning_of(word),
                instruction="Type the word that fills the blank.", answer=word.word,
                check="text", accepted=(word.word,),
            )
        return _choice(
            word, skill, sentence, instruction, word.word, [o.word for o in others], rng,
            hint=meaning_of(word), accepted=(word.word,),
        )
    # idiom: blank one or two characters
    chars = list(word.word)
    count = 1 if len(chars) <= 4 and rng.random() < 0.5 else 2
    positions = sorted(rng.sample(range(len(chars)), count))
    missing = "".join(chars[i] for i in positions)
    shown = "".join(BLANK if i in positions else c for i, c in enumerate(chars))
    readings: tuple[tuple[str, ...], ...] = ()
    if len(word.syllables) == len(chars):
        readings = (tuple(word.syllables[i] for i in positions), tuple(word.syllables))
    return Question(
        word=word, skill=skill, prompt=shown, hint=meaning_of(word),
        instruction=("Type the missing characters (or their pinyin)." if count > 1
                     else "Type the missing character (or its pinyin)."),
        answer=missing, check="text", accepted=(missing, word.word), pinyin_accepted=readings,
    )


def reading_context(word: StudyWord) -> str:
    """The sentence around a word whose reading depends on it (行 háng/xíng, 长 cháng/zhǎng),
    the word marked 【】; "" for a word with one reading or no sentence."""

    if word.example_offset < 0 or not is_polyphone(word.word):
        return ""
    start, end = word.example_offset, word.example_offset + len(word.word)
    if word.example[start:end] != word.word:
        return ""
    before, after = word.example[:start], word.example[end:]
    if len(before) > CLOZE_CONTEXT:
        before = "…" + before[-CLOZE_CONTEXT:]
    if len(after) > CLOZE_CONTEXT:
        after = after[:CLOZE_CONTEXT] + "…"
    return f"{before}【{word.word}】{after}"


def _skills_for(word: StudyWord, modes: Sequence[str]) -> list[str]:
    out: list[str] = []
    for mode in modes:
        if mode == "idiom" and is_idiom(word):
            out += ["idiom", "meaning"]
        elif mode != "idiom" and applicable(word, mode):
            out.append(mode)
    return list(dict.fromkeys(out))


def plan(
    words: Sequence[StudyWord],
    cards: dict[tuple[str, str], CardRow],
    *,
    modes: Sequence[str] = SKILLS,
    count: int,
    now: float,
    rng: random.Random,
    pool: Sequence[StudyWord] | None = None,
) -> list[Question]:
    """Pick ``count`` questions over ``words``: due cards first (most overdue first), then
    words never practised, then the cards due soonest; one question per word while words
    last. ``pool`` supplies distractors (default: ``words``)."""
    pool = list(words if pool is None else pool)
    order = list(words)
    rng.shuffle(order)
    candidates: list[tuple[tuple[int, float, float], StudyWord, str]] = []
    for w in order:
        skills = _skills_for(w, modes)
        if not skills:
            continue
        options = []
        for skill in skills:
            card = cards.get((w.store_key, skill))
            if card is None:
                options.append(((1, 0.0, rng.random()), skill))
            elif card.due <= now:
                options.append(((0, card.due, rng.random()), skill))
            else:
                options.append(((2, card.due, rng.random()), skill))
        options.sort(key=lambda o: o[0])
        best = options[0][0][0]
        # Among the equally urgent skills, pick one at random (a mixed quiz varies).
        same = [o for o in options if o[0][0] == best]
        key, skill = rng.choice(same) if best == 1 else same[0]
        candidates.append((key, w, skill))
    candidates.sort(key=lambda c: c[0])
    questions: list[Question] = []
    used: Counter[str] = Counter()
    for _, w, skill in candidates:
        q = build(w, skill, pool, rng, used)
        if q is None:
            for other in _skills_for(w, modes):
                if other != skill and (q := build(w, other, pool, rng, used)) is not None:
                    break
        if q is not None:
            questions.append(q)
        if len(questions) >= count:
            break
    return questions


def for_cards(
    due: Sequence[CardRow],
    words: dict[str, StudyWord],
    rng: random.Random,
    *,
    extra: Sequence[StudyWord] = (),
) -> list[Question]:
    """Questions for due cards (``review``), distractors taken from every stored word (and
    ``extra``)."""
    pool = [*words.values(), *extra]
    out = []
    used: Counter[str] = Counter()
    for card in due:
        word = words.get(card.word)
        if word is None:
            continue
        q = build(word, card.skill, pool, rng, used)
        if q is not None:
            out.append(q)
    return out
