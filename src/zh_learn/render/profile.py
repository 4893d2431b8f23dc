"""How hard a text is for a class: running words, words and characters by HSK level.

Coverage follows lexical-coverage research: the share of running words (tokens without
punctuation) a reader at level N knows, counting words of levels 1..N. Names, numbers and
Latin-script words are counted as understood at every level, since they are not taught from a
list. The estimated level of a text is the lowest level whose coverage reaches 90% (and 95%).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from zh_learn.hanzi import HAN
from zh_learn.hsk import DEFAULT_STANDARD, STANDARDS, compound_level, level_title, standard_name
from zh_learn.models import Document, Kind, TokenKind, Vocabulary

TRANSPARENT = frozenset({TokenKind.NAME, TokenKind.NUMBER, TokenKind.FOREIGN})
SKIPPED = frozenset({TokenKind.PUNCT, TokenKind.SPACE})
THRESHOLDS = (0.90, 0.95)
PROFILE_SCHEMA = 1


def max_level(standard: str) -> int:
    return STANDARDS[standard].top_level


@dataclass(slots=True)
class LevelRow:
    level: int | None  # None = not in the HSK list
    label: str
    tokens: int = 0  # running words of this level
    words: int = 0  # distinct words of this level
    chars: int = 0  # running Han characters of this character level
    distinct_chars: int = 0
    coverage: float | None = None  # cumulative share of running words known at this level


@dataclass(frozen=True, slots=True)
class IdiomHit:
    text: str
    pinyin: str
    count: int
    meaning: str
    kind: str


@dataclass(slots=True)
class Profile:
    title: str
    source: str
    standard: str
    running_words: int
    distinct_words: int
    transparent_tokens: int  # names, numbers, Latin words: understood at every level
    compound_tokens: int  # running words not in the list, counted at their parts' level
    char_count: int
    distinct_chars: int
    levels: list[LevelRow]
    idioms: list[IdiomHit]
    level_90: int | None  # None: not reached within the HSK list
    level_95: int | None
    known_size: int | None = None  # size of the known-words list used, if any
    known_tokens: int | None = None
    known_words: int | None = None  # distinct words of the text the class knows
    texts: int = 1
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def standard_name(self) -> str:

        return standard_name(self.standard)

    def share(self, tokens: int) -> float:
        return tokens / self.running_words if self.running_words else 0.0

    @property
    def known_coverage(self) -> float | None:
        if self.known_tokens is None:
            return None
        return self.share(self.known_tokens + self.transparent_tokens)

    def estimate_label(self, level: int | None) -> str:

        if level is None:
            return f"beyond {level_title(max_level(self.standard), self.standard)}"
        if level == 0:
            return "below HSK 1"
        return level_title(level, self.standard)

    def to_json(self) -> dict[str, Any]:
        return {
            "schema": PROFILE_SCHEMA,
            "title": self.title,
            "source": self.source,
            "texts": self.texts,
            "standard": self.standard,
            "standard_name": self.standard_name,
            "running_words": self.running_words,
            "distinct_words": self.distinct_words,
            "names_numbers_tokens": self.transparent_tokens,
            "compound_tokens": self.compound_tokens,
            "char_count": self.char_count,
            "distinct_chars": self.distinct_chars,
            "levels": [
                {
                    "level": row.level,
                    "label": row.label,
                    "tokens": row.tokens,
                    "share": round(self.share(row.tokens), 4),
                    "words": row.words,
                    "chars": row.chars,
                    "distinct_chars": row.distinct_chars,
                    "coverage": None if row.coverage is None else round(row.coverage, 4),
                }
                for row in self.levels
            ],
            "estimated_level": {
                "90": self.level_90,
                "95": self.level_95,
                "90_label": self.estimate_label(self.level_90),
                "95_label": self.estimate_label(self.level_95),
            },
            "idioms": [
                {"text": i.text, "pinyin": i.pinyin, "count": i.count, "meaning": i.meaning,
                 "kind": i.kind}
                for i in self.idioms
            ],
            "known": None
            if self.known_size is None
            else {
                "list_size": self.known_size,
                "tokens": self.known_tokens,
                "distinct_words": self.known_words,
                "coverage": round(self.known_coverage or 0.0, 4),
            },
        }


def build_profile(
    parts: Sequence[tuple[Document, Vocabulary]],
    *,
    standard: str = DEFAULT_STANDARD,
    known: set[str] | frozenset[str] | None = None,
    title: str | None = None,
    word_level: Callable[[str], int | None] | None = None,
    char_level: Callable[[str], int | None] | None = None,
    compounds: bool = True,
) -> Profile:
    """Profile one text, or several read together (``parts`` in order).

    Levels come from the vocabulary items (which carry the standard's level), falling back
    to the HSK list for running words that have no item. With ``compounds``, a word missing
    from the list but made of listed words counts at its hardest part's level.
    """
    from zh_learn import hsk

    levels_table = hsk.word_levels(standard) if compounds else {}

    if word_level is None:
        def word_level(w: str) -> int | None:
            return hsk.word_level(w, standard)
    if char_level is None:
        def char_level(c: str) -> int | None:
            return hsk.char_level(c, standard)

    top = max_level(standard)
    tokens_by: Counter[int | None] = Counter()
    words_by: dict[int | None, set[str]] = {}
    chars_by: Counter[int | None] = Counter()
    distinct_chars_by: dict[int | None, set[str]] = {}
    transparent = 0
    compound_tokens = 0
    running = 0
    distinct: set[str] = set()
    known_tokens = 0
    known_distinct: set[str] = set()
    idiom_counts: Counter[str] = Counter()
    idiom_info: dict[str, IdiomHit] = {}
    for document, vocab in parts:
        item_level = {item.simplified: item.hsk_level for item in vocab.items}
        for token in document.tokens:
            if token.kind in SKIPPED:
                continue
            running += 1
            distinct.add(token.text)
            if token.kind in TRANSPARENT:
                transparent += 1
                continue
            level = item_level[token.text] if token.text in item_level else word_level(token.text)
            if level is None and compounds and token.kind == TokenKind.WORD:
                level = compound_level(token.text, levels_table)
                if level is not None:
                    compound_tokens += 1
            if level is not None and level > top:
                level = top
            tokens_by[level] += 1
            words_by.setdefault(level, set()).add(token.text)
            if known is not None and token.text in known:
                known_tokens += 1
                known_distinct.add(token.text)
        for ch in document.text:
            if HAN.match(ch):
                clevel = char_level(ch)
                if clevel is not None and clevel > top:
                    clevel = top
                chars_by[clevel] += 1
                distinct_chars_by.setdefault(clevel, set()).add(ch)
        for item in vocab.items:
            if item.kind in (Kind.IDIOM, Kind.PHRASE):

                idiom_counts[item.simplified] += item.count
                idiom_info.setdefault(
                    item.simplified,
                    IdiomHit(item.simplified, item.pinyin, 0, item.meaning(), str(item.kind)),
                )

    rows: list[LevelRow] = []
    covered = transparent
    level_90: int | None = None
    level_95: int | None = None
    for level in [*range(1, top + 1), None]:
        row = LevelRow(
            level=level,
            label=level_title(level, standard),
            tokens=tokens_by[level],
            words=len(words_by.get(level, ())),
            chars=chars_by[level],
            distinct_chars=len(distinct_chars_by.get(level, ())),
        )
        if level is not None:
            covered += row.tokens
            row.coverage = covered / running if running else 1.0
            if level_90 is None and row.coverage >= THRESHOLDS[0]:
                level_90 = level
            if level_95 is None and row.coverage >= THRESHOLDS[1]:
                level_95 = level
        rows.append(row)
    idioms = [
        IdiomHit(h.text, h.pinyin, idiom_counts[h.text], h.meaning, h.kind)
        for h in idiom_info.values()
    ]
    first_doc, first_vocab = parts[0] if parts else (None, None)
    all_chars = set().union(*distinct_chars_by.values()) if distinct_chars_by else set()
    return Profile(
        title=title if title is not None else (first_vocab.title if first_vocab else ""),
        source=", ".join(v.source for _, v in parts),
        standard=standard,
        running_words=running,
        distinct_words=len(distinct),
        transparent_tokens=transparent,
        compound_tokens=compound_tokens,
        char_count=sum(chars_by.values()),
        distinct_chars=len(all_chars),
        levels=rows,
        idioms=idioms,
        level_90=level_90,
        level_95=level_95,
        known_size=None if known is None else len(known),
        known_tokens=None if known is None else known_tokens,
        known_words=None if known is None else len(known_distinct),
        texts=len(parts),
    )


# ---------------------------------------------------------------------------- terminal


def _pct(x: float | None) -> str:
    return "" if x is None else f"{100 * x:.1f}%"


def render_text(profile: Profile, bar_width: int = 36) -> str:
    """A plain-text report: summary, level table, bar chart, estimated level, idioms."""
    p = profile
    lines = [p.title or p.source]
    if p.texts > 1:
        lines[0] = f"{p.texts} texts together: {p.source}"
    elif p.title and p.source and p.source != p.title:
        lines[0] += f"  ({p.source})"
    lines.append(f"Standard: {p.standard_name}")
    lines.append(
        f"Running words: {p.running_words:,}  distinct words: {p.distinct_words:,}  "
        f"characters: {p.char_count:,} ({p.distinct_chars:,} distinct)"
    )
    lines.append(
        f"Names, numbers and Latin words: {p.transparent_tokens:,} running words "
        "(counted as understood at every level)"
    )
    if p.compound_tokens:
        lines.append(
            f"Compounds of listed words (做好 = 做 + 好): {p.compound_tokens:,} running words, "
            "counted at their hardest part's level"
        )
    lines.append("")
    header = (
        f"{'Level':<11}{'Tokens':>7}{'Share':>8}{'Words':>7}{'Chars':>7}{'Distinct':>9}"
        f"{'Coverage':>10}"
    )
    lines += [header, "-" * len(header)]
    for row in p.levels:
        lines.append(
            f"{row.label:<11}{row.tokens:>7}{_pct(p.share(row.tokens)):>8}{row.words:>7}"
            f"{row.chars:>7}{row.distinct_chars:>9}{_pct(row.coverage):>10}"
        )
    lines.append("")
    lines.append("Share of running words by level")
    biggest = max((p.share(r.tokens) for r in p.levels), default=0.0) or 1.0
    for row in p.levels:
        share = p.share(row.tokens)
        bar = "█" * round(bar_width * share / biggest)
        if not bar and row.tokens:
            bar = "▏"
        lines.append(f"{row.label:<11}{bar:<{bar_width}} {_pct(share):>6}")
    lines.append("")
    lines.append(
        f"Estimated level: {p.estimate_label(p.level_90)} (90% of running words), "
        f"{p.estimate_label(p.level_95)} (95%)"
    )
    if p.known_size is not None:
        lines.append(
            f"Known words ({p.known_size:,} in the list): {p.known_words:,} distinct words, "
            f"{_pct(p.known_coverage)} of running words with names and numbers"
        )
    if p.idioms:
        lines += ["", f"Idioms and set phrases ({len(p.idioms)}):"]
        for hit in p.idioms:
            extra = f" x{hit.count}" if hit.count > 1 else ""
            gloss = f"  {hit.meaning}" if hit.meaning else ""
            lines.append(f"  {hit.text}  {hit.pinyin}{extra}{gloss}")
    else:
        lines += ["", "Idioms and set phrases: none found"]
    return "\n".join(lines) + "\n"
