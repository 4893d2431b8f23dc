"""More idioms to offer as wrong choices: an article has a handful of idioms, and a quiz that
only draws on them shows the same few meanings question after question. These come from
CC-CEDICT's idioms with an English meaning; they are distractors only, never saved as study
words."""

from __future__ import annotations

import random
from collections.abc import Collection

from zh_learn.analysis.lexicon import lexicon
from zh_learn.analysis.senses import cedict_syllables
from zh_learn.study.store import StudyWord

#: Below this many idioms in the quiz's own pool, add others.
ENOUGH = 16


def extra_idioms(rng: random.Random, n: int, have: Collection[str] = ()) -> list[StudyWord]:
    """``n`` idioms (seeded by ``rng``) with their figurative (else first) meaning."""

    lex = lexicon()
    names = sorted(w for w in lex.idioms if len(w) == 4 and w in lex.entries and w not in have)
    out: list[StudyWord] = []
    for word in rng.sample(names, min(len(names), n * 3)):
        senses = [s for s in lex.senses(word) if not s.pinyin[:1].isupper()]
        if not senses:
            continue
        sense = senses[0]
        meaning = next((d[5:] for d in sense.definitions if d.startswith("fig. ")), None)
        if meaning is None:
            meaning = next((d for d in sense.definitions if not d.startswith("lit. ")), "")
        gloss = "; ".join(sense.definitions)
        syllables = cedict_syllables(sense.pinyin)
        if len(syllables) != len(word) or "(idiom)" not in gloss:
            continue
        out.append(StudyWord(word=word, syllables=syllables, gloss=gloss, kind="idiom",
                             idiom_meaning=meaning.replace(" (idiom)", "")))
        if len(out) == n:
            break
    return out
