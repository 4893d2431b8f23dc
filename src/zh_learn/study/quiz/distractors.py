"""Wrong choices that look right: same kind, similar length and level, never a second answer."""

from __future__ import annotations

import random
import re
from collections import Counter
from collections.abc import Callable, Sequence

from zh_learn.study.store import StudyWord

_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LEADING = re.compile(r"^(to|a|an|the|be|to be)\s+")


def meanings(gloss: str) -> set[str]:
    """A gloss cut into comparable definitions: "to tread on thin ice; (fig.) careful" ->
    {"tread on thin ice", "careful"}. Classifier and variant notes are dropped."""
    out = set()
    for part in re.split(r"[;/]", gloss.lower()):
        part = _PAREN.sub("", part).strip(" .,!?…~")
        if not part or part.startswith(("cl:", "variant of", "see ", "abbr.")):
            continue
        part = _LEADING.sub("", part).strip()
        if part:
            out.add(part)
    return out


#: Words too general to make two definitions the same meaning.
_GENERAL = frozenset(
    "to a an the of one sb sth be is it in on at for with and or not there have has by as "
    "from up out do make get".split()
)


def _overlap(one: str, other: str) -> bool:
    """A one-word definition that is the key word of a short one ("only" / "only have ...")."""
    words = other.split()
    return " " not in one and one not in _GENERAL and len(words) <= 3 and one in words


def share_meaning(a: str, b: str) -> bool:
    """True when two glosses have a definition in common (both would answer the question):
    the same definition, or one word that is the key of a short definition of the other
    (只有 "only have" and 仅仅 "only")."""
    ma, mb = meanings(a), meanings(b)
    if ma & mb:
        return True
    return any(_overlap(x, y) or _overlap(y, x) for x in ma for y in mb)


def pick(
    target: StudyWord,
    pool: Sequence[StudyWord],
    n: int,
    rng: random.Random,
    *,
    shown: Callable[[StudyWord], str],
    same_length: bool = False,
    used: Counter[str] | None = None,
) -> list[StudyWord]:
    """Up to ``n`` distractors for ``target`` from ``pool``.

    ``shown`` gives the text a choice displays (a gloss or the hanzi); choices never repeat
    and never share a meaning with the target or each other. Candidates are ranked by kind,
    length and HSK level, with a little randomness so a quiz does not always offer the same.
    ``used`` counts how often each word was already offered in this quiz: a word offered
    before ranks lower, so a few idioms are not recycled question after question.
    """
    answer = shown(target).strip()
    seen = {answer}
    target_level = target.hsk_level or 7
    scored: list[tuple[float, StudyWord]] = []
    for cand in pool:
        text = shown(cand).strip()
        if cand.word == target.word or not text or text in seen:
            continue
        if share_meaning(cand.gloss, target.gloss) or not cand.gloss:
            continue
        if same_length and len(cand.word) != len(target.word):
            continue
        score = 2.0 * (cand.kind != target.kind)
        score += 1.5 * abs(len(cand.word) - len(target.word))
        score += 0.5 * abs((cand.hsk_level or 7) - target_level)
        score += 2.0 * rng.random()
        if used is not None:
            score += 2.5 * used[cand.word]
        scored.append((score, cand))
    scored.sort(key=lambda pair: pair[0])
    chosen: list[StudyWord] = []
    for _, cand in scored:
        text = shown(cand).strip()
        if text in seen or any(share_meaning(cand.gloss, c.gloss) for c in chosen):
            continue
        seen.add(text)
        chosen.append(cand)
        if len(chosen) == n:
            break
    if used is not None:
        used.update(c.word for c in chosen)
    return chosen
