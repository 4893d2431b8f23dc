"""Graded word lists for teachers: words grouped by HSK level, lesson by lesson.

``build_wordlist`` turns one Vocabulary per text (lessons, in order) into a ``WordList``;
``render`` writes it as Markdown, CSV, TSV, JSON, HTML, Pleco flashcards or an Anki CSV.
Every format names the HSK standard the levels come from.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from zh_learn.hsk import DEFAULT_STANDARD, above_level, level_title, standard_name
from zh_learn.models import Kind, VocabItem, Vocabulary
from zh_learn.render.cells import spreadsheet_safe
from zh_learn.render.html import page, word_cell
from zh_learn.render.lessons import credit_lessons

FORMATS = ("md", "csv", "tsv", "json", "html", "pleco", "anki-csv")
#: File suffix -> format, for ``-o`` without ``--format``.
SUFFIX_FORMATS = {
    ".md": "md", ".markdown": "md", ".csv": "csv", ".tsv": "tsv", ".json": "json",
    ".html": "html", ".htm": "html",
}
_GROUP_KINDS = {Kind.WORD}
_IDIOM_KINDS = {Kind.IDIOM, Kind.PHRASE}
_NAME_KINDS = {Kind.NAME}
WORDLIST_SCHEMA = 1


def example_text(item: VocabItem) -> str:
    return " ".join(item.example.sentence.split()) if item.example else ""


@dataclass(slots=True)
class Group:
    key: str  # "1".."7", "none", "idioms" or "names"
    title: str
    items: list[VocabItem]


@dataclass(slots=True)
class LessonSection:
    number: int
    title: str
    source: str
    groups: list[Group]

    @property
    def size(self) -> int:
        return sum(len(g.items) for g in self.groups)


@dataclass(slots=True)
class WordList:
    standard: str
    lessons: list[LessonSection]
    filters: list[str] = field(default_factory=list)

    @property
    def standard_name(self) -> str:
        return standard_name(self.standard)

    @property
    def title(self) -> str:
        if len(self.lessons) == 1:
            return self.lessons[0].title or self.lessons[0].source
        return f"{len(self.lessons)} lessons"

    def entries(self) -> Iterable[tuple[LessonSection, Group, VocabItem]]:
        for lesson in self.lessons:
            for group in lesson.groups:
                for item in group.items:
                    yield lesson, group, item

    def rows(self) -> list[dict[str, Any]]:
        """One flat record per entry (the CSV/TSV columns)."""
        return [
            {
                "lesson": lesson.number,
                "section": group.title,
                "level": item.level_label,
                "simplified": item.simplified,
                "traditional": item.traditional,
                "pinyin": item.pinyin,
                "pinyin_numbers": item.pinyin_numbers,
                "meaning": item.meaning(),
                "count": item.count,
                "kind": str(item.kind),
                "example": example_text(item),
                "standard": self.standard,
            }
            for lesson, group, item in self.entries()
        ]


COLUMNS = (
    "lesson", "section", "level", "simplified", "traditional", "pinyin", "pinyin_numbers",
    "meaning", "count", "kind", "example", "standard",
)


def build_wordlist(
    vocabularies: list[Vocabulary],
    *,
    standard: str = DEFAULT_STANDARD,
    above: int | None = None,
    known: frozenset[str] | set[str] = frozenset(),
    top: int | None = None,
    min_count: int = 1,
) -> WordList:
    """Group each lesson's new items by level; idioms and names go to their own groups.

    ``above`` keeps only items above that HSK level, by the rule handouts and profiles use
    (``hsk.above_level``: a compound of listed words such as 很大 counts at its parts'
    level); ``known`` drops items the class knows; ``min_count`` drops rarer items; ``top``
    keeps the N most frequent entries of every section, names included.
    """

    lessons = credit_lessons(vocabularies)
    filters: list[str] = []

    def keep(item: VocabItem) -> bool:
        if item.kind not in _GROUP_KINDS | _IDIOM_KINDS | _NAME_KINDS:
            return False
        if item.known_in(known):
            return False
        if item.count < min_count:
            return False
        if above is not None and item.kind in _GROUP_KINDS:
            return above_level(item.simplified, item.hsk_level, above, standard)
        return True

    kept = [[item for item in lesson.items if keep(item)] for lesson in lessons]
    if above is not None:
        filters.append(f"only words above {level_title(above, standard)}")
    if known:
        filters.append(f"words the class knows left out ({len(known)} known)")
    if min_count > 1:
        filters.append(f"words met at least {min_count} times")
    if top is not None:
        filters.append(f"the {top} most frequent words")
        ranked = sorted(
            (
                (-item.count, n, item.first_offset, item.simplified, item.pinyin_numbers)
                for n, items in enumerate(kept)
                for item in items
            )
        )
        chosen = {key[3:] for key in ranked[:top]}
        kept = [[i for i in items if (i.simplified, i.pinyin_numbers) in chosen] for items in kept]
    sections = [
        LessonSection(lesson.number, lesson.title, lesson.source, _group(items, standard))
        for lesson, items in zip(lessons, kept, strict=True)
    ]
    return WordList(standard=standard, lessons=sections, filters=filters)


def _group(items: list[VocabItem], standard: str) -> list[Group]:
    items = sorted(items, key=lambda i: i.first_offset)
    by_level: dict[int | None, list[VocabItem]] = {}
    idioms: list[VocabItem] = []
    names: list[VocabItem] = []
    for item in items:
        if item.kind in _IDIOM_KINDS:
            idioms.append(item)
        elif item.kind in _NAME_KINDS:
            names.append(item)
        else:
            by_level.setdefault(item.hsk_level, []).append(item)
    groups = [
        Group(str(level), level_title(level, standard), by_level[level])
        for level in sorted(k for k in by_level if k is not None)
    ]
    if None in by_level:
        groups.append(Group("none", level_title(None, standard), by_level[None]))
    if idioms:
        groups.append(Group("idioms", "Idioms and set phrases", idioms))
    if names:
        groups.append(Group("names", "Names", names))
    return groups


# ---------------------------------------------------------------------------- renderers


def render(wordlist: WordList, fmt: str) -> str:
    renderers: dict[str, Callable[[WordList], str]] = {
        "md": render_markdown,
        "csv": lambda w: render_delimited(w, ","),
        "tsv": lambda w: render_delimited(w, "\t"),
        "json": render_json,
        "html": render_html,
        "pleco": render_pleco,
        "anki-csv": render_anki_csv,
    }
    return renderers[fmt](wordlist)


def _one_line(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def render_delimited(wordlist: WordList, delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(COLUMNS)
    for row in wordlist.rows():
        cells = [row[c] for c in COLUMNS]
        if delimiter == "\t":
            cells = [_one_line(str(c)) for c in cells]
        writer.writerow([spreadsheet_safe(c) for c in cells])
    return out.getvalue()


def render_json(wordlist: WordList) -> str:
    data = {
        "schema": WORDLIST_SCHEMA,
        "standard": wordlist.standard,
        "standard_name": wordlist.standard_name,
        "filters": wordlist.filters,
        "lessons": [
            {
                "number": lesson.number,
                "title": lesson.title,
                "source": lesson.source,
                "groups": [
                    {
                        "key": group.key,
                        "title": group.title,
                        "items": [
                            {
                                "simplified": i.simplified,
                                "traditional": i.traditional,
                                "pinyin": i.pinyin,
                                "pinyin_numbers": i.pinyin_numbers,
                                "meaning": i.meaning(),
                                "hsk_level": i.hsk_level,
                                "hsk_label": i.level_label,
                                "kind": str(i.kind),
                                "count": i.count,
                                "example": example_text(i),
                            }
                            for i in group.items
                        ],
                    }
                    for group in lesson.groups
                ],
            }
            for lesson in wordlist.lessons
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _md_cell(text: str) -> str:
    return _one_line(text).replace("\\", "\\\\").replace("|", "\\|")


def _lesson_heading(lesson: LessonSection) -> str:
    name = lesson.title or lesson.source
    return f"Lesson {lesson.number}: {name}"


def render_markdown(wordlist: WordList) -> str:
    lines = [f"# Word list: {_md_cell(wordlist.title)}", ""]
    lines.append(f"Standard: {wordlist.standard_name} (`{wordlist.standard}`)")
    if len(wordlist.lessons) > 1:
        lines.append("")
        lines.append(
            "Each word is listed under the first lesson it appears in; "
            "counts are totals over all lessons."
        )
    if wordlist.filters:
        lines += ["", "Filters: " + "; ".join(wordlist.filters)]
    multi = len(wordlist.lessons) > 1
    for lesson in wordlist.lessons:
        if multi:
            lines += ["", f"## {_md_cell(_lesson_heading(lesson))} ({lesson.size} new)"]
        if not lesson.groups:
            lines += ["", "No words."]
        for group in lesson.groups:
            mark = "###" if multi else "##"
            lines += ["", f"{mark} {group.title} ({len(group.items)})", ""]
            lines.append("| Word | Pinyin | Meaning | Count | Example |")
            lines.append("|---|---|---|---:|---|")
            for item in group.items:
                word = item.simplified
                if item.traditional and item.traditional != item.simplified:
                    word += f" ({item.traditional})"
                cells = (word, item.pinyin, item.meaning(), str(item.count), example_text(item))
                lines.append("| " + " | ".join(_md_cell(c) for c in cells) + " |")
    return "\n".join(lines) + "\n"


def _pleco_category(text: str) -> str:
    return _one_line(text).replace("/", "-")


def _pleco_pinyin(item: VocabItem) -> str:
    return "".join(s.replace("v", "u:") for s in item.syllables)


def render_pleco(wordlist: WordList) -> str:
    """Pleco flashcard import text: ``//Root/Lesson/Level`` category lines, then
    ``hanzi[traditional]<TAB>pinyin<TAB>definition`` cards."""
    root = _pleco_category(f"zh-learn {wordlist.title} ({wordlist.standard_name})")
    lines: list[str] = []
    multi = len(wordlist.lessons) > 1
    for lesson in wordlist.lessons:
        base = f"//{root}"
        if multi:
            base += "/" + _pleco_category(_lesson_heading(lesson))
        for group in lesson.groups:
            lines.append(f"{base}/{_pleco_category(group.title)}")
            for item in group.items:
                hanzi = item.simplified
                if item.traditional and item.traditional != item.simplified:
                    hanzi += f"[{item.traditional}]"
                lines.append(f"{hanzi}\t{_pleco_pinyin(item)}\t{_one_line(item.meaning())}")
    return "\n".join(lines) + "\n"


def _tag(text: str) -> str:
    return "-".join(text.lower().replace("::", "-").split())


def _fronts(items: list[VocabItem]) -> list[str]:
    """The Front of each note: the word, and for a second reading of a word also in the list
    its pinyin ("还 (huán)"). Anki matches notes on the Front, so the word's usual reading
    keeps the plain word (and its note) and each other reading is a note of its own."""
    taken: set[str] = set()
    plain: set[int] = set()
    for item in sorted(items, key=lambda i: i.variant):  # usual readings claim the word first
        if item.simplified not in taken:
            taken.add(item.simplified)
            plain.add(id(item))
    return [i.simplified if id(i) in plain else f"{i.simplified} ({i.pinyin})" for i in items]


def render_anki_csv(wordlist: WordList) -> str:
    """A CSV Anki (2.1.55+) imports without edits into the stock "Basic" note type:
    Front = the word, Back = pinyin, meaning and example; tags carry standard, level and
    lesson."""
    out = io.StringIO()
    deck = "zh-learn::" + _one_line(wordlist.title).replace("::", ":")
    out.write("#separator:comma\n#html:false\n#notetype:Basic\n")
    out.write(f"#deck:{deck}\n")
    # Match existing notes only within this deck: by default Anki matches on the Front field
    # across every Basic note and would overwrite a learner's own note for the same word.
    out.write("#match scope:notetype + deck\n")
    out.write("#columns:Front,Back,Tags\n#tags column:3\n")
    writer = csv.writer(out, lineterminator="\n")
    entries = list(wordlist.entries())
    fronts = _fronts([item for _, _, item in entries])
    for (lesson, _group, item), front in zip(entries, fronts, strict=True):
        # Anki turns each newline into <br> (html:false); skip empty parts (a name with no
        # gloss) so the card shows no blank line.
        back = [part for part in (item.pinyin, item.meaning(), example_text(item)) if part]
        level = _tag(level_title(item.hsk_level, wordlist.standard))
        tags = [f"{wordlist.standard}::{level}", f"lesson::{lesson.number:02d}", str(item.kind)]
        row = [front, "\n".join(back), " ".join(tags)]
        writer.writerow([spreadsheet_safe(c) for c in row])
    return out.getvalue()


def render_html(wordlist: WordList) -> str:

    e = html.escape
    parts = [f'<p class="meta">Standard: {e(wordlist.standard_name)} ({e(wordlist.standard)})']
    if wordlist.filters:
        parts.append(f"<br>Filters: {e('; '.join(wordlist.filters))}")
    parts.append("</p>")
    multi = len(wordlist.lessons) > 1
    for lesson in wordlist.lessons:
        if multi:
            parts.append(f"<h2>{e(_lesson_heading(lesson))} ({lesson.size} new)</h2>")
        for group in lesson.groups:
            tag = "h3" if multi else "h2"
            parts.append(f"<{tag}>{e(group.title)} ({len(group.items)})</{tag}>")
            parts.append(
                '<table class="vocab"><thead><tr><th>Word</th><th>Pinyin</th><th>Meaning</th>'
                '<th class="num">Count</th><th>Example</th></tr></thead><tbody>'
            )
            for item in group.items:
                parts.append(
                    f'<tr><td class="zh">{word_cell(item)}</td><td class="py">{e(item.pinyin)}</td>'
                    f"<td>{e(item.meaning())}</td>"
                    f'<td class="num">{item.count}</td>'
                    f'<td class="zh ex">{e(example_text(item))}</td></tr>'
                )
            parts.append("</tbody></table>")
    return page(f"Word list: {wordlist.title}", "\n".join(parts))
