"""The learner's profile and what it leaves out of decks, quizzes and word lists.

The profile (``learner.json`` next to ``progress.db`` in the user data dir) holds the HSK
level the learner has finished; with the known words (``zh_learn.study.known``) it decides what
the learner already has. ``choose`` applies the command-line filters and the profile and
says what it left out and why, so every command can print the same report.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field, fields, replace
from pathlib import Path

from zh_learn.analysis.vocabulary import select
from zh_learn.errors import InputError, StoreError
from zh_learn.fileio import write_atomic
from zh_learn.models import VocabItem
from zh_learn.paths import data_dir

FILENAME = "learner.json"
#: setting name -> what it means (``zh-learn config`` lists them).
SETTINGS: dict[str, str] = {
    "level": "the HSK level you have finished (1-6, 7-9); words at or below it are left out",
    "skip-known": "leave out your known words (yes/no, default yes)",
}
_BEYOND = 10  # the level key of words that are not in the HSK list


@dataclass(frozen=True, slots=True)
class LearnerProfile:
    level: int | None = None  # 1-6, 7 = the 7-9 band
    skip_known: bool = True

    def show(self) -> dict[str, str]:
        """Each setting as the learner would type it ("" when unset)."""
        return {
            "level": "" if self.level is None else ("7-9" if self.level == 7 else str(self.level)),
            "skip-known": "yes" if self.skip_known else "no",
        }


def _path() -> Path:

    return data_dir() / FILENAME


def load_profile() -> LearnerProfile:
    """The saved profile; the defaults when there is none."""
    path = _path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return LearnerProfile()
    except (OSError, ValueError) as e:
        raise StoreError(f"cannot read your learner profile {path}: {e}; "
                         "fix it or delete it to start afresh") from None
    if not isinstance(raw, dict):
        raise StoreError(f"{path} is not a zh-learn learner profile; delete it to start afresh")
    known = {f.name for f in fields(LearnerProfile)}
    values = {k: v for k, v in raw.items() if k in known}
    level = values.get("level")
    if level is not None and not (isinstance(level, int) and 1 <= level <= 7):
        raise StoreError(f"{path}: level must be 1-7, not {level!r}")
    return LearnerProfile(level=level, skip_known=bool(values.get("skip_known", True)))


def _save(profile: LearnerProfile) -> None:

    data = {"level": profile.level, "skip_known": profile.skip_known}
    write_atomic(_path(), json.dumps(data, indent=2) + "\n")


def parse_level(text: str) -> int:
    value = text.strip().lower().removeprefix("hsk").strip()
    if value in ("7-9", "7", "8", "9"):
        return 7
    if value.isdigit() and 1 <= int(value) <= 6:
        return int(value)
    raise InputError(f"level must be 1-6 or 7-9, not {text!r}")


def _parse_bool(text: str) -> bool:
    value = text.strip().lower()
    if value in ("yes", "y", "true", "on", "1"):
        return True
    if value in ("no", "n", "false", "off", "0"):
        return False
    raise InputError(f"say yes or no, not {text!r}")


def set_setting(name: str, value: str | None) -> LearnerProfile:
    """Set (or with ``None`` reset) one setting; returns the saved profile."""
    profile = load_profile()
    if name == "level":
        profile = replace(profile, level=None if value is None else parse_level(value))
    elif name == "skip-known":
        profile = replace(profile, skip_known=True if value is None else _parse_bool(value))
    else:
        raise InputError(f"no setting {name!r}; the settings are: {', '.join(SETTINGS)}")
    _save(profile)
    return profile


# --- choosing what to study -------------------------------------------------------------------


@dataclass(slots=True)
class LeftOut:
    """What ``choose`` left out because of the learner's profile or --max-notes."""

    level: int | None = None
    at_level: list[str] = field(default_factory=list)
    known: list[str] = field(default_factory=list)
    max_notes: int | None = None
    over_cap: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.at_level or self.known or self.over_cap)

    def lines(self) -> list[str]:
        """One line per reason, for the learner."""
        out = []
        if self.at_level:
            band = "HSK 1" if self.level == 1 else f"HSK 1-{_label(self.level)}"
            out.append(f"{len(self.at_level)} at {band} (your level; zh-learn config level), "
                       f"e.g. {_examples(self.at_level)}")
        if self.known:
            out.append(f"{len(self.known)} you know (zh-learn known list), "
                       f"e.g. {_examples(self.known)}")
        if self.over_cap:
            out.append(f"{len(self.over_cap)} beyond --max-notes {self.max_notes} "
                       f"(the least common), e.g. {_examples(self.over_cap)}")
        return out


def _label(level: int | None) -> str:
    return "7-9" if level == 7 else str(level)


def _examples(words: list[str], n: int = 4) -> str:
    return "、".join(words[:n]) + ("…" if len(words) > n else "")


def level_key(item: VocabItem) -> int:
    return item.hsk_level if item.hsk_level is not None else _BEYOND


def priority(item: VocabItem) -> tuple[float, int, int]:
    """Sort key, most useful first: commonest (wordfreq), then lower HSK level, then the
    text's order."""
    return (-(item.zipf or 0.0), level_key(item), item.first_offset)


def cap(items: list[VocabItem], max_notes: int) -> tuple[list[VocabItem], list[VocabItem]]:
    """(kept, dropped): the ``max_notes`` most useful items, kept in their order."""
    if len(items) <= max_notes:
        return items, []
    ranked = sorted(range(len(items)), key=lambda i: priority(items[i]))
    keep = set(ranked[:max_notes])
    kept = [it for i, it in enumerate(items) if i in keep]
    dropped = [items[i] for i in ranked[max_notes:]]
    return kept, dropped


@dataclass(slots=True)
class Selection:
    items: list[VocabItem]
    left_out: LeftOut


def choose(
    items: Iterable[VocabItem],
    *,
    kinds: Collection[str] | None = None,
    min_level: int | None = None,
    max_level: int | None = None,
    top: int | None = None,
    sort: str = "order",
    profile: LearnerProfile | None = None,
    known: Collection[str] = frozenset(),
    include_known: bool = False,
    max_notes: int | None = None,
) -> Selection:
    """The items to study: the filters, then what the learner has (words at or below the
    profile's level unless ``min_level`` is given, and ``known`` words) left out unless
    ``include_known``, then at most ``max_notes`` by ``priority``."""

    profile = profile or LearnerProfile()
    chosen = select(items, kinds=kinds, min_level=min_level, max_level=max_level, sort=sort)
    left = LeftOut(level=profile.level, max_notes=max_notes)
    if not include_known:
        use_level = profile.level if min_level is None else None
        kept = []
        for item in chosen:
            if use_level is not None and level_key(item) <= use_level:
                left.at_level.append(item.simplified)
            elif item.known_in(known):
                left.known.append(item.simplified)
            else:
                kept.append(item)
        chosen = kept
    if top:
        chosen = chosen[:top]
    if max_notes is not None:
        chosen, dropped = cap(chosen, max_notes)
        left.over_cap = [i.simplified for i in dropped]
    return Selection(chosen, left)
