"""The interactive quiz loop. All I/O goes through the ``ask``/``say`` callables the command
passes in, so the loop runs the same on a terminal, a pipe, or in tests.

``ask(prompt)`` returns the learner's line, or None at end of input; Ctrl-C (KeyboardInterrupt)
ends the session too. Every answer is saved (one transaction) before the next question, so
stopping at any point keeps everything answered so far.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from zh_learn.models import IdiomInfo
from zh_learn.pinyin.syllables import syllable_to_marks
from zh_learn.render.terminal import TONE_COLOURS
from zh_learn.study.quiz.answers import Check, split_syllable
from zh_learn.study.quiz.questions import Question, is_idiom, meaning_of
from zh_learn.study.srs import Grade, due_in, rating_for, review
from zh_learn.study.store import CardRow, Store, StudyWord

HELP = """\
Answer with the number (or letter) of a choice, or type the answer.
  pinyin: tone numbers or marks, spaces optional: ru2 lv3, ru2lv3, rú lǚ (ü as v or u:)
  tones:  one digit per syllable: 2321 or 2 3 2 1 (5 or 0 = neutral tone)
  idiom:  the missing characters, or their pinyin
  Arrow keys, Home/End and Ctrl-A/E/U edit the line where the terminal has readline.
  Enter on an empty line: "I don't know" (shows the answer; counts as a miss)
  ?  this help      q  quit (answers so far are saved)      r  hear the word again (with sound)"""

#: Characters of the example sentence shown on each side of the word.
EXAMPLE_CONTEXT = 30
#: Longest origin (出处) shown after an idiom, in characters.
ORIGIN_LIMIT = 90
#: Colours per tone (Pleco's scheme): 1 red, 2 green, 3 blue, 4 purple, neutral grey.
#: A styling function with click.style's keywords (the command passes click.style).
Style = Callable[..., str]


@dataclass(frozen=True, slots=True)
class Answer:
    word: str
    skill: str
    correct: bool
    rating: int
    seconds: float
    given: str
    expected: str
    pinyin: str


@dataclass(slots=True)
class Summary:
    asked: int
    answers: list[Answer] = field(default_factory=list)
    seconds: float = 0.0
    stopped: str = "done"  # done | quit | eof | interrupted

    @property
    def correct(self) -> int:
        return sum(a.correct for a in self.answers)

    @property
    def missed(self) -> list[Answer]:
        seen: dict[tuple[str, str], Answer] = {}
        for a in self.answers:
            if not a.correct:
                seen.setdefault((a.word, a.skill), a)
        return list(seen.values())

    def to_json(self) -> dict[str, Any]:
        n = len(self.answers)
        return {
            "asked": self.asked,
            "answered": n,
            "correct": self.correct,
            "score": round(self.correct / n, 3) if n else None,
            "seconds": round(self.seconds, 1),
            "stopped": self.stopped,
            "missed": [
                {"word": a.word, "skill": a.skill, "pinyin": a.pinyin, "answer": a.expected}
                for a in self.missed
            ],
            "answers": [
                {
                    "word": a.word, "skill": a.skill, "correct": a.correct, "rating": a.rating,
                    "seconds": round(a.seconds, 2), "given": a.given,
                }
                for a in self.answers
            ],
        }


class _Stop(Exception):
    def __init__(self, reason: str) -> None:
        self.reason = reason


class Session:
    def __init__(
        self,
        store: Store | None,
        *,
        ask: Callable[[str], str | None],
        say: Callable[[str], None],
        style: Style | None = None,
        grade: bool = False,
        clock: Callable[[], float] = time.monotonic,
        now: Callable[[], float] = time.time,
        fuzz: bool = True,
        rng: random.Random | None = None,
        idiom_notes: Callable[[StudyWord], IdiomInfo | None] | None = None,
        play: Callable[[StudyWord], None] | None = None,
        play_answers: bool = False,
    ) -> None:
        """``idiom_notes`` gives an idiom's literal meaning, character gloss and origin for
        the feedback; ``rng`` reshuffles the choices when missed questions are retried."""
        self.store = store
        self.rng = rng or random.Random()
        self.idiom_notes = idiom_notes
        self._title = ""
        self.ask = ask
        self.say = say
        self.style = style
        self.color = style is not None
        self.self_grade = grade
        self.clock = clock
        self.now = now
        self.fuzz = fuzz
        self.play = play  # plays a word; None: no sound
        self.play_answers = play_answers  # --audio: play each answer's word

    # -- formatting --------------------------------------------------------------------

    def _c(self, text: str, **styles: Any) -> str:
        """``text`` styled (``fg="red"``, ``bold=True``...) when colour is on."""
        return self.style(text, **styles) if self.style is not None and text else text

    def pinyin(self, syllables: Sequence[str]) -> str:
        return " ".join(
            self._c(syllable_to_marks(s), fg=TONE_COLOURS.get(split_syllable(s)[1]))
            for s in syllables
        )

    def hanzi(self, word: str, syllables: Sequence[str]) -> str:
        if not self.color or len(word) != len(syllables):
            return word
        return "".join(
            self._c(ch, fg=TONE_COLOURS.get(split_syllable(s)[1]))
            for ch, s in zip(word, syllables, strict=True)
        )

    def _example(self, q: Question) -> str:
        w = q.word
        if w.example_offset < 0:
            return ""
        end = w.example_offset + len(w.word)
        marked = self._c(w.word, bold=True, underline=True) if self.color else f"【{w.word}】"
        before, after = w.example[: w.example_offset], w.example[end:]
        if len(before) > EXAMPLE_CONTEXT:
            before = "…" + before[-EXAMPLE_CONTEXT:]
        if len(after) > EXAMPLE_CONTEXT:
            after = after[:EXAMPLE_CONTEXT] + "…"
        return before + marked + after

    # -- the loop ----------------------------------------------------------------------

    def run(self, questions: Sequence[Question], *, offer_retry: bool = False) -> Summary:
        summary = Summary(asked=len(questions))
        started = self.clock()
        try:
            for i, q in enumerate(questions, 1):
                summary.answers.append(self._ask_one(q, i, len(questions)))
        except _Stop as stop:
            summary.stopped = stop.reason
        except KeyboardInterrupt:
            summary.stopped = "interrupted"
        summary.seconds = self.clock() - started
        self.say("")
        self.say(self.report(summary))
        if offer_retry and summary.stopped == "done" and summary.missed:
            wanted = {(a.word, a.skill) for a in summary.missed}
            retry = [self.reshuffled(q) for q in questions if (q.word.word, q.skill) in wanted]
            try:
                reply = self.ask(f"Retry the {len(retry)} missed? [y/N] ")
            except KeyboardInterrupt:
                reply = None
            if reply is not None and reply.strip().lower() in ("y", "yes"):
                again = self.run(retry, offer_retry=True)
                summary.answers.extend(again.answers)
                summary.seconds += again.seconds
                summary.stopped = again.stopped
        return summary

    def reshuffled(self, q: Question) -> Question:
        """``q`` with its choices in another order (a retry should not be answered by
        position)."""
        if len(q.choices) < 2:
            return q
        choices = list(q.choices)
        self.rng.shuffle(choices)
        if tuple(choices) == q.choices:
            choices = choices[1:] + choices[:1]
        return replace(q, choices=tuple(choices))

    def report(self, summary: Summary) -> str:
        n = len(summary.answers)
        minutes, seconds = divmod(int(round(summary.seconds)), 60)
        lines = []
        if summary.stopped != "done":
            lines.append(f"Stopped after {n} of {summary.asked} questions; answers are saved.")
        pct = f" ({100 * summary.correct / n:.0f}%)" if n else ""
        lines.append(f"Score: {summary.correct}/{n}{pct} in {minutes}:{seconds:02d}")
        if summary.missed:
            lines.append("Missed:")
            for a in summary.missed:
                lines.append(f"  {a.word}  {a.pinyin}  ({a.skill}: {a.expected})")
        return "\n".join(lines)

    def _show(self, q: Question, i: int, n: int) -> None:
        title = q.word.text_title
        if title and title != self._title:  # once, and again only when the text changes
            self.say("")
            self.say(self._c(f"── {title}", dim=True))
            self._title = title
        self.say("")
        self.say(self._c(f"[{i}/{n}] {q.instruction}", bold=True))
        self.say(f"  {q.prompt}")
        if q.hint:
            self.say(f"  {q.hint}")
        if q.context:
            self.say(f"  in: {q.context}")
        for j, choice in enumerate(q.choices, 1):
            self.say(f"  {j}) {choice}")
        if q.listen and self.play is not None:
            self.play(q.word)

    def _read(self, prompt: str) -> str:
        line = self.ask(prompt)
        if line is None:
            raise _Stop("eof")
        return line.strip()

    def _ask_one(self, q: Question, i: int, n: int) -> Answer:
        self._show(q, i, n)
        start = self.clock()
        while True:
            text = self._read("> ")
            if text.lower() in ("q", "quit", ":q", "exit"):
                raise _Stop("quit")
            if text in ("?", "h", "help"):
                self.say(HELP)
                continue
            if text.lower() == "r" and self.play is not None and q.listen:
                self.play(q.word)
                continue
            check: Check | None = Check(False, note="") if not text else q.grade(text)
            if check is None:
                self.say(f"  {q.reprompt}")
                continue
            break
        seconds = self.clock() - start
        grade = rating_for(check.correct, seconds, typed=q.typed, syllables=q.syllables)
        # Saved (committed) before "Right"/"Wrong" is shown: an acknowledged answer is kept.
        card = self._save(q, check, grade, seconds, text)
        self._feedback(q, check, text)
        if self.play_answers and self.play is not None:
            self.play(q.word)
        if self.self_grade and check.correct:
            chosen = self._self_grade(grade)
            if chosen != grade:
                card = self._save(q, check, chosen, seconds, text, regrade=True) or card
            grade = chosen
        if card is not None:
            self.say(self._c(f"  Next review {due_in(card.due - self.now())}", dim=True))
        return Answer(
            word=q.word.word, skill=q.skill, correct=check.correct, rating=int(grade),
            seconds=seconds, given=text, expected=q.answer,
            pinyin=" ".join(syllable_to_marks(s) for s in q.word.syllables),
        )

    def _feedback(self, q: Question, check: Check, text: str) -> None:
        w = q.word
        if check.correct:
            self.say(self._c("✓ Right", fg="green", bold=True))
        else:
            why = f" ({check.note})" if check.note and text else ""
            if check.note == f"expected {q.answer}":
                why = ""  # the answer follows anyway
            self.say(self._c("✗ Wrong", fg="red", bold=True) + why + f" - the answer is {q.answer}")
        self.say(
            f"  {self.hanzi(w.word, w.syllables)}  {self.pinyin(w.syllables)}  {meaning_of(w)}"
        )
        if is_idiom(w) and self.idiom_notes is not None:
            self._idiom_feedback(w)
        example = self._example(q)
        if example and q.skill != "cloze" or (example and not check.correct):
            self.say(f"  {example}")

    def _idiom_feedback(self, w: StudyWord) -> None:
        assert self.idiom_notes is not None
        info = self.idiom_notes(w)
        if info is None:
            return
        if info.literal:
            self.say(f"  Literally: {info.literal}")
        if info.char_gloss:
            self.say("  " + " · ".join(f"{c} {g}" for c, g in info.char_gloss if g))
        if info.origin_zh:
            origin = info.origin_zh
            if len(origin) > ORIGIN_LIMIT:
                origin = origin[: ORIGIN_LIMIT - 1] + "…"
            self.say(f"  出处: {origin}")

    def _self_grade(self, suggested: Grade) -> Grade:
        while True:
            text = self._read(
                f"  How well did you recall it? 1 again, 2 hard, 3 good, 4 easy "
                f"[Enter = {int(suggested)}] "
            )
            if not text:
                return suggested
            if text in ("1", "2", "3", "4"):
                return Grade(int(text))
            if text.lower() in ("q", "quit"):
                raise _Stop("quit")

    def _save(
        self, q: Question, check: Check, grade: Grade, seconds: float, text: str,
        *, regrade: bool = False,
    ) -> CardRow | None:
        if self.store is None:
            return None
        now = self.now()
        ms = int(seconds * 1000)

        key = q.word.store_key

        def update(card: Any) -> Any:
            return review(card, key, q.skill, grade, now, fuzz=self.fuzz, duration_ms=ms)

        if regrade:
            return self.store.regrade(key, q.skill, int(grade), update)
        return self.store.record(
            key, q.skill, correct=check.correct, rating=int(grade), duration_ms=ms,
            answer=text, now=now, update=update,
        )
