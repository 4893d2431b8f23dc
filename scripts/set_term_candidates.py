"""Candidates for the supplement's set terms: multi-character tokens of wordfreq's Chinese
list that no learner list zh-learn reads has, most frequent first, with the mechanical
filters applied that drop what is plainly a free combination or a fragment.

    .venv/bin/python scripts/set_term_candidates.py --limit 6000 --min-zipf 2 > candidates.tsv
    .venv/bin/python scripts/set_term_candidates.py --shapes --min-zipf 1 --no-cut > shaped.tsv

(the block of supplement.tsv read the first list, less the tokens zh-learn already keeps
whole, and the second list's tokens below zipf 2)

Each line: word, zipf frequency, zh-learn's cut of the word alone (parts joined by '|').
What is left is read by hand: only set terms a learner studies as one unit are kept (terms
of law, administration, economy, policy, science, everyday set phrases, idioms and sayings).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Iterable, Iterator

from wordfreq import get_frequency_dict

from zh_learn.analysis.lexicon import lexicon
from zh_learn.package_data import read_rows

#: Tokens of three to eight Han characters (a shorter one is a word or a free pair; a longer
#: one is a title or a name).
_CANDIDATE = re.compile(r"[\u4e00-\u9fff]{3,8}")

#: Words and characters a set term neither opens nor closes with: pronouns, demonstratives,
#: particles, prepositions, conjunctions, numerals and measure words. A token that does is
#: a phrase that runs on (将我们, 这一个, 中国为).
_EDGE_WORDS = (
    "我们 你们 他们 她们 它们 咱们 自己 这个 那个 这些 那些 这样 那样 这种 那种 这么 那么 "
    "什么 怎么 如何 一个 一些 一种 一下 一样 已经 没有 可以 就是 还是 也是 都是 不是 "
    "因为 所以 但是 而且 如果 虽然 可能 应该 需要 进行 通过 对于 关于 之后 之前 以后 以前 "
    "时候 时间 地方 方面 问题 情况 工作 一定 非常 比较 特别 十分 最后 的话 起来 出来 下来"
).split()
_EDGE_CHARS = set(
    "的了着过吗呢吧啊呀嘛么哦哈之其此该我你他她它您这那哪谁某每各"
    "在是和与及或而但就也都还又很最更太再才把被将为对从向于以给让叫由跟同"
    "一二三四五六七八九十百千万亿两几个些位件只条张次年月日号天人第"
)
#: ...except a few characters that open many set terms all the same (一带一路 is rare here,
#: but 不 and 无 open many idioms: 不可思议, 无从说起); kept at the start only.
_OPENERS_KEPT = set("不无")


def _runs_on(word: str) -> bool:
    """Whether ``word`` opens or closes with a function word, a numeral or a measure word."""
    if any(word.startswith(w) or word.endswith(w) for w in _EDGE_WORDS):
        return True
    if word[0] in _EDGE_CHARS and word[0] not in _OPENERS_KEPT:
        return True
    return word[-1] in _EDGE_CHARS


#: Openings of many idioms and set sayings (无从说起, 难以置信, 毫无例外): with the shapes
#: below, what the rarer four-character tokens are read for.
_IDIOM_OPENINGS = (
    "无从 难以 何以 不可 不足 不知 无可 无所 一无 一言 自以 无以 不以 不为 何乐 似是 "
    "无法 毫不 毫无 一概 一味 不值 不堪 无须 无需 莫名"
).split()


def idiom_shaped(word: str) -> bool:
    """Whether a four-character token is shaped like an idiom or a reduplicated form: AABB
    (许许多多), ABAC (自问自答), ABCB (老夫老妻), or one of ``_IDIOM_OPENINGS``."""
    if len(word) != 4:
        return False
    a, b, c, d = word[0], word[1], word[2], word[3]
    shaped = (a == c and b != d) or (a == b and c == d) or (b == d and a != c)
    return shaped or word[:2] in _IDIOM_OPENINGS


def _known(word: str, known: set[str]) -> bool:
    """Whether a learner list zh-learn reads already has ``word``."""
    lex = lexicon()
    return word in known or word in lex.entries or word in lex.supplement or word in lex.idioms


def _chengyu() -> set[str]:
    return {cols[0].strip() for cols in read_rows("thuocl/chengyu.txt") if cols}


def candidates(min_zipf: float) -> Iterator[tuple[str, float]]:
    """wordfreq's tokens of three to eight Han characters no list has, most frequent first."""
    known = _chengyu()
    freqs = get_frequency_dict("zh")
    tokens = sorted(
        (w for w in freqs if _CANDIDATE.fullmatch(w)), key=freqs.__getitem__, reverse=True
    )
    for word in tokens:
        # the token's own frequency: zipf_frequency would cut the string again first
        zipf = math.log10(freqs[word]) + 9
        if zipf < min_zipf:
            break
        if _runs_on(word) or _known(word, known):
            continue
        yield word, zipf


def _cut(words: Iterable[str]) -> dict[str, str | None]:
    """zh-learn's cut of each word alone, parts joined by '|'; None where a part is a name
    (中国政府, 英国伦敦, 克里斯): a name and a word are two items, and a transliterated name
    is a name, not a set term."""
    from zh_learn.analysis.pipeline import analyze

    cuts: dict[str, str | None] = {}
    for word in words:
        items = analyze(word, cache=False).vocabulary.items
        named = any(i.name_type for i in items)
        parts = sorted((i.simplified for i in items), key=word.find)
        cuts[word] = None if named else "|".join(parts)
    return cuts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, default=3000, help="candidates to print")
    parser.add_argument("--min-zipf", type=float, default=2.0, help="lowest frequency read")
    parser.add_argument("--no-cut", action="store_true", help="skip zh-learn's cut (faster)")
    parser.add_argument(
        "--shapes", action="store_true", help="only four-character tokens shaped like idioms"
    )
    args = parser.parse_args(argv)
    rows = []
    for word, zipf in candidates(args.min_zipf):
        if args.shapes and not idiom_shaped(word):
            continue
        rows.append((word, zipf))
        if len(rows) >= args.limit:
            break
    cuts = {} if args.no_cut else _cut(w for w, _ in rows)
    for word, zipf in rows:
        if word in cuts and cuts[word] is None:
            continue
        sys.stdout.write(f"{word}\t{zipf:.2f}\t{cuts.get(word, '')}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
