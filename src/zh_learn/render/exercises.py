"""A teacher's exercise sheet from a text, with its answer key on the last page.

Four exercises, all from the text itself: sentences with a word blanked out and a word bank,
words to match with their meanings, pinyin to add tone marks to, and the text's idioms to put
back into their sentences. Choices are drawn with ``random.Random(seed)``, so a seed always
gives the same sheet; without one, the seed comes from the text, so the same text gives the
same sheet.
"""

from __future__ import annotations

import hashlib
import html
import random
import string
import unicodedata
from dataclasses import dataclass, field

from zh_learn.models import Kind, VocabItem, Vocabulary
from zh_learn.package_data import read_text
from zh_learn.render.html import page

e = html.escape
PER_EXERCISE = 8
MAX_SENTENCE = 48  # characters of context kept around a blank


@dataclass(frozen=True, slots=True)
class Cloze:
    before: str
    after: str
    answer: str


@dataclass(frozen=True, slots=True)
class Match:
    word: str
    meaning: str


@dataclass(frozen=True, slots=True)
class ToneItem:
    word: str
    bare: str  # pinyin without tone marks
    answer: str


@dataclass(slots=True)
class ExerciseSheet:
    title: str
    source: str
    seed: int
    cloze: list[Cloze] = field(default_factory=list)
    bank: list[str] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    meaning_order: list[int] = field(default_factory=list)  # meanings as shown: indexes
    tones: list[ToneItem] = field(default_factory=list)
    idioms: list[Cloze] = field(default_factory=list)
    idiom_meanings: dict[str, str] = field(default_factory=dict)


def text_seed(vocabulary: Vocabulary) -> int:
    key = "|".join(i.simplified for i in vocabulary.items[:200]) + vocabulary.title
    return int(hashlib.sha256(key.encode("utf-8")).hexdigest()[:8], 16)


def strip_tones(pinyin: str) -> str:
    """"lǚ yóu" -> "lü you": the letters without their tone marks (ü keeps its dots)."""
    out = []
    for ch in unicodedata.normalize("NFD", pinyin):
        if unicodedata.combining(ch) and ch != "\u0308":
            continue
        out.append(ch)
    return unicodedata.normalize("NFC", "".join(out))


def _context(item: VocabItem, form: str) -> Cloze | None:
    """The item's first sentence, cut to the clauses around it, split at the item."""
    if item.example is None:
        return None
    sentence, offset = item.example.sentence, item.example.offset
    # the item as the sentence spells it (a traditional text: 國內)
    word = item.example.text or item.simplified
    if sentence[offset : offset + len(word)] != word:
        return None
    before, after = sentence[:offset], sentence[offset + len(word) :]
    if len(before) + len(after) > MAX_SENTENCE:
        cut = max(before.rfind(p) for p in "，；：、,;:")
        if cut >= 0 and len(before) - cut > 4:
            before = "…" + before[cut + 1 :]
        stops = [after.find(p) for p in "，；：,;:" if after.find(p) >= 0]
        if stops and min(stops) > 2:
            after = after[: min(stops)] + "…"
    if len(before) > MAX_SENTENCE:
        before = "…" + before[-MAX_SENTENCE // 2 :]
    if len(after) > MAX_SENTENCE:
        after = after[: MAX_SENTENCE // 2] + "…"
    answer = item.traditional if form == "traditional" else item.simplified
    return Cloze(before.strip(), after.strip(), answer)


def _pick(
    rng: random.Random, items: list[VocabItem], count: int, *, one_per_sentence: bool = False
) -> list[VocabItem]:
    """``count`` items drawn at random, in text order; with ``one_per_sentence``, never two
    from the same sentence (each blank gets a sentence of its own)."""
    pool = list(items)
    rng.shuffle(pool)
    chosen: list[VocabItem] = []
    sentences: set[int] = set()
    for item in pool:
        if len(chosen) == count:
            break
        if one_per_sentence and item.example is not None:
            if item.example.sentence_start in sentences:
                continue
            sentences.add(item.example.sentence_start)
        chosen.append(item)
    return sorted(chosen, key=lambda i: i.first_offset)


def build_exercises(
    vocabulary: Vocabulary,
    *,
    seed: int | None = None,
    level: int | None = None,
    count: int = PER_EXERCISE,
    script: str = "simplified",
) -> ExerciseSheet:
    """Draw the exercises. Words above ``level`` (by the same rule as the handout) are
    preferred; when there are too few, easier words fill up."""

    seed = text_seed(vocabulary) if seed is None else seed
    rng = random.Random(seed)
    standard = vocabulary.standard
    words = [
        i for i in vocabulary.items
        if i.kind == Kind.WORD and len(i.simplified) >= 2 and i.meaning() and i.example
        # dictionary words only: a gloss composed from the parts makes a poor question
        and i.senses and i.senses[0].source != "composed"
    ]
    if level is not None:
        hard = [i for i in words if i.is_above(level, standard)]
        if len(hard) >= count:
            words = hard
    sheet = ExerciseSheet(vocabulary.title, vocabulary.source, seed)

    cloze_items = _pick(rng, words, count, one_per_sentence=True)
    for item in cloze_items:
        blank = _context(item, script)
        if blank is not None:
            sheet.cloze.append(blank)
    sheet.bank = [c.answer for c in sheet.cloze]
    rng.shuffle(sheet.bank)

    others = [i for i in words if i not in cloze_items] or words
    for item in _pick(rng, others, count):
        sheet.matches.append(Match(item.form(script), item.meaning(2)))
    sheet.meaning_order = list(range(len(sheet.matches)))
    rng.shuffle(sheet.meaning_order)

    rest = [i for i in others if i.simplified not in {m.word for m in sheet.matches}] or words
    for item in _pick(rng, rest, count):
        sheet.tones.append(ToneItem(item.form(script), strip_tones(item.pinyin), item.pinyin))

    idioms = [
        i for i in vocabulary.items if i.kind in (Kind.IDIOM, Kind.PHRASE) and i.example
    ]
    for item in _pick(rng, idioms, count, one_per_sentence=True):
        blank = _context(item, script)
        if blank is not None:
            sheet.idioms.append(blank)
            sheet.idiom_meanings[blank.answer] = item.meaning()
    return sheet


def _letters(n: int) -> list[str]:
    return list(string.ascii_uppercase[:n])


def render_exercises(sheet: ExerciseSheet, *, level_note: str = "") -> str:
    """The sheet as one HTML document; the answer key starts on a page of its own."""

    parts = [
        "<header>",
        f"<h1>Exercises: {e(sheet.title)}</h1>",
        f'<p class="meta">Source: {e(sheet.source)}{" · " + e(level_note) if level_note else ""}'
        f" · Sheet {sheet.seed} · Name: ________________ Date: ____________</p>",
        "</header>",
        '<main class="ex">',
    ]
    number = 0
    answers: list[str] = []
    if sheet.cloze:
        number += 1
        parts.append(f"<h2>{number}. Fill in the blanks</h2>")
        parts.append('<p class="instr">Choose a word from the box for each sentence from the '
                     "text. Use each word once.</p>")
        parts.append('<div class="bank zh">' + "".join(
            f"<span>{e(w)}</span>" for w in sheet.bank) + "</div>")
        parts.append("<ol>")
        parts += [
            f'<li class="zh-line">{e(c.before)}<span class="blank"></span>{e(c.after)}</li>'
            for c in sheet.cloze
        ]
        parts.append("</ol>")
        answers.append(f"<h3>{number}. Fill in the blanks</h3><ol>" + "".join(
            f'<li><span class="zh">{e(c.answer)}</span></li>' for c in sheet.cloze) + "</ol>")
    if sheet.matches:
        number += 1
        letters = _letters(len(sheet.matches))
        parts.append(f"<h2>{number}. Match the words with their meanings</h2>")
        parts.append('<p class="instr">Write the letter of the meaning beside each word.</p>')
        rows = []
        for i, m in enumerate(sheet.matches):
            shown = sheet.matches[sheet.meaning_order[i]]
            rows.append(
                f'<tr><td class="num">{i + 1}.</td><td class="zh">{e(m.word)}</td>'
                f'<td>____</td><td class="num">{letters[i]}.</td><td>{e(shown.meaning)}</td></tr>'
            )
        parts.append('<table class="match"><tbody>' + "".join(rows) + "</tbody></table>")
        key = {sheet.meaning_order[i]: letters[i] for i in range(len(sheet.matches))}
        answers.append(f"<h3>{number}. Matching</h3><ol>" + "".join(
            f'<li><span class="zh">{e(m.word)}</span> {key[i]}</li>'
            for i, m in enumerate(sheet.matches)) + "</ol>")
    if sheet.tones:
        number += 1
        parts.append(f"<h2>{number}. Add the tone marks</h2>")
        parts.append('<p class="instr">Write the pinyin again with its tone marks.</p><ol>')
        parts += [
            f'<li><span class="zh">{e(t.word)}</span> &nbsp; <span class="py-line">'
            f'{e(t.bare)}</span> &nbsp; → ______________</li>'
            for t in sheet.tones
        ]
        parts.append("</ol>")
        answers.append(f"<h3>{number}. Tone marks</h3><ol>" + "".join(
            f'<li><span class="zh">{e(t.word)}</span> {e(t.answer)}</li>'
            for t in sheet.tones) + "</ol>")
    if sheet.idioms:
        number += 1
        parts.append(f"<h2>{number}. Idioms from the text</h2>")
        parts.append('<p class="instr">Complete each sentence with one of these idioms.</p>')
        parts.append('<ul class="bank idioms">' + "".join(
            f'<li><span class="zh">{e(w)}</span> <small>{e(sheet.idiom_meanings[w])}</small>'
            "</li>"
            for w in sorted(sheet.idiom_meanings)) + "</ul><ol>")
        parts += [
            f'<li class="zh-line">{e(c.before)}<span class="blank" style="min-width:28mm">'
            f"</span>{e(c.after)}</li>"
            for c in sheet.idioms
        ]
        parts.append("</ol>")
        answers.append(f"<h3>{number}. Idioms</h3><ol>" + "".join(
            f'<li><span class="zh">{e(c.answer)}</span></li>' for c in sheet.idioms) + "</ol>")
    if not number:
        parts.append('<p class="summary">The text has too few words for exercises.</p>')
    parts.append("</main>")
    parts.append('<section class="answers"><h2>Answer key</h2>' + "".join(answers) + "</section>")
    parts.append(
        "<footer>Made with zh-learn from the text above. Meanings: CC-CEDICT (CC BY-SA 4.0); "
        f"idioms: the xinhua idiom list. The same text and sheet number ({sheet.seed}) give "
        "the same sheet.</footer>"
    )
    return page(f"Exercises: {sheet.title}", "\n".join(parts), css=read_text("worksheet.css"))
