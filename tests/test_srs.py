"""FSRS scheduling: ratings from answers, intervals with fuzzing off and a fixed clock."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from zh_learn.study.srs import Grade, rating_for, review, time_limits

T0 = datetime(2024, 1, 1, tzinfo=UTC).timestamp()
DAY = 86400.0


@pytest.mark.parametrize(
    ("correct", "seconds", "typed", "syllables", "grade"),
    [
        (False, 1.0, False, 1, Grade.AGAIN),
        (False, 100.0, True, 4, Grade.AGAIN),
        (True, 2.0, False, 1, Grade.EASY),
        (True, 4.0, False, 1, Grade.EASY),
        (True, 8.0, False, 1, Grade.GOOD),
        (True, 15.0, False, 1, Grade.GOOD),
        (True, 16.0, False, 1, Grade.HARD),
        (True, 9.0, True, 4, Grade.EASY),  # 4 syllables typed: fast under 10 s
        (True, 20.0, True, 4, Grade.GOOD),
        (True, 31.0, True, 4, Grade.HARD),  # slow over 30 s
    ],
)
def test_rating_for(
    correct: bool, seconds: float, typed: bool, syllables: int, grade: Grade
) -> None:
    assert rating_for(correct, seconds, typed=typed, syllables=syllables) is grade


def test_time_limits_grow_with_typing() -> None:
    assert time_limits(False) == (4.0, 15.0)
    assert time_limits(True, 1) == (4.0, 15.0)
    assert time_limits(True, 2) == (6.0, 20.0)


def test_new_card_good_is_due_after_the_learning_step() -> None:
    card = review(None, "暗访", "meaning", Grade.GOOD, T0, fuzz=False)
    assert (card.word, card.skill) == ("暗访", "meaning")
    assert card.state == 1  # learning
    assert card.due - T0 == pytest.approx(600)
    assert card.last_review == pytest.approx(T0)
    assert card.reps == 1


def test_reviews_spread_out_and_are_reproducible() -> None:
    def run() -> list[float]:
        card = None
        now = T0
        intervals = []
        for _ in range(5):
            card = review(card, "暗访", "pinyin", Grade.GOOD, now, fuzz=False)
            intervals.append(round((card.due - now) / DAY, 3))
            now = card.due
        return intervals

    first = run()
    assert first == run()
    assert first == sorted(first)
    assert first[-1] > 21  # established: beyond the known threshold after 5 good reviews


def test_again_brings_a_review_card_back_soon_and_counts_a_lapse() -> None:
    card = None
    now = T0
    for _ in range(3):
        card = review(card, "暗访", "meaning", Grade.GOOD, now, fuzz=False)
        now = card.due
    assert card is not None and card.state == 2
    lapsed = review(card, "暗访", "meaning", Grade.AGAIN, now, fuzz=False)
    assert lapsed.state == 3  # relearning
    assert lapsed.due - now == pytest.approx(600)
    assert lapsed.lapses == 1
    assert lapsed.stability is not None and card.stability is not None
    assert lapsed.stability < card.stability


def test_easy_schedules_further_than_hard() -> None:
    easy = review(None, "w", "meaning", Grade.EASY, T0, fuzz=False)
    hard = review(None, "w", "meaning", Grade.HARD, T0, fuzz=False)
    assert easy.due > hard.due
