"""Spaced repetition with FSRS: one card per (word, skill), rated from each answer.

The rating comes from correctness and answer time unless the learner grades their own
recall (``quiz --grade``):

* wrong (or "don't know")                  -> Again
* right, slower than the "slow" limit      -> Hard
* right, within the time a learner needs   -> Good
* right and faster than the "fast" limit   -> Easy

Limits grow with what has to be typed: a multiple-choice answer is fast under 4 s and slow
over 15 s; a typed answer gets 2 s (fast) and 5 s (slow) more per syllable.
``fsrs`` is imported inside functions so that listing known words stays light.
"""

from __future__ import annotations

import functools
from datetime import UTC, datetime
from enum import IntEnum
from typing import Any

from zh_learn.study.store import CardRow, open_existing, read_stats


class Grade(IntEnum):
    """fsrs.Rating values."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4


def time_limits(typed: bool, syllables: int = 1) -> tuple[float, float]:
    """(fast, slow) answer times in seconds for a question."""
    if not typed:
        return 4.0, 15.0
    n = max(1, syllables)
    return 2.0 + 2.0 * n, 10.0 + 5.0 * n


def rating_for(correct: bool, seconds: float, *, typed: bool = False, syllables: int = 1) -> Grade:
    """The FSRS rating for an answer, from whether it was right and how long it took."""
    if not correct:
        return Grade.AGAIN
    fast, slow = time_limits(typed, syllables)
    if seconds <= fast:
        return Grade.EASY
    if seconds > slow:
        return Grade.HARD
    return Grade.GOOD


@functools.cache
def _scheduler(fuzz: bool) -> Any:
    from fsrs import Scheduler

    return Scheduler(enable_fuzzing=fuzz)


def _to_datetime(ts: float | None) -> datetime | None:
    return None if ts is None else datetime.fromtimestamp(ts, UTC)


def review(
    card: CardRow | None,
    word: str,
    skill: str,
    grade: Grade,
    now: float,
    *,
    fuzz: bool = True,
    duration_ms: int | None = None,
) -> CardRow:
    """The card after one review at unix time ``now`` (a new card when ``card`` is None)."""
    from fsrs import Card, Rating, State

    if card is None:
        fcard = Card(card_id=1, due=_to_datetime(now))
    else:
        fcard = Card(
            card_id=1,
            state=State(card.state),
            step=card.step,
            stability=card.stability,
            difficulty=card.difficulty,
            due=_to_datetime(card.due),
            last_review=_to_datetime(card.last_review),
        )
    when = _to_datetime(now)
    assert when is not None
    new, _log = _scheduler(fuzz).review_card(
        fcard, Rating(int(grade)), review_datetime=when, review_duration=duration_ms
    )
    reps = (card.reps if card else 0) + 1
    lapses = (card.lapses if card else 0) + (
        1 if grade == Grade.AGAIN and card is not None and card.state == int(State.Review) else 0
    )
    return CardRow(
        word=word,
        skill=skill,
        state=int(new.state),
        step=new.step,
        stability=new.stability,
        difficulty=new.difficulty,
        due=new.due.timestamp(),
        last_review=new.last_review.timestamp() if new.last_review else now,
        reps=reps,
        lapses=lapses,
    )



# --- describing when cards are due ------------------------------------------------------------


def due_in(seconds: float) -> str:
    """"in 10 min", "in 5 h", "in 3 days" ("now" when already due)."""
    if seconds <= 0:
        return "now"
    if seconds < 3600:
        return f"in {max(1, round(seconds / 60))} min"
    if seconds < 86400 * 2:
        return f"in {round(seconds / 3600)} h"
    return f"in {round(seconds / 86400)} days"


def iso_time(ts: float | None) -> str | None:
    """A unix time as local ISO 8601 with its UTC offset: "2026-12-03T09:30:00+01:00"."""
    if ts is None:
        return None
    return datetime.fromtimestamp(ts).astimezone().isoformat(timespec="seconds")


def forecast(dues: list[float], now: float, days: int = 7) -> list[tuple[str, int]]:
    """Cards due on each of the next ``days`` local days, today first, as (ISO date, count);
    cards already due count for today."""
    from datetime import timedelta

    today = datetime.fromtimestamp(now).astimezone().date()
    counts = [0] * days
    for due in dues:
        day = datetime.fromtimestamp(max(due, now)).astimezone().date()
        index = (day - today).days
        if 0 <= index < days:
            counts[index] += 1
    return [((today + timedelta(days=i)).isoformat(), counts[i]) for i in range(days)]


def progress_report(now: float) -> dict[str, Any]:
    """The study statistics ``zh-learn stats`` shows: ``store.read_stats`` and, under
    ``forecast``, the cards due on each of the next 7 days as (ISO date, count)."""
    data = read_stats(now)
    store = open_existing()
    dues: list[float] = []
    if store is not None:
        with store:
            dues = [c.due for c in store.cards().values()]
    data["forecast"] = forecast(dues, now)
    return data
