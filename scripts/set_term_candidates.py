"""Candidates for the supplement's set terms: multi-character tokens of wordfreq's Chinese
list that no learner list zh-learn reads has, most frequent first, with the mechanical
filters applied that drop what is plainly a free combination or a fragment.

    .venv/bin/python scripts/set_term_candidates.py --limit 6000 --min-zipf 2 > candidates.tsv
    .venv/bin/python scripts/set_term_candidates.py --shapes --min-zipf 1 --no-cut > shaped.tsv

    .venv/bin/python scripts/set_term_candidates.py --corpus LAWS --exclude 英雄烈士 > law.tsv

(the wordfreq block of supplement.tsv read the first list, less the tokens zh-learn already
keeps whole, and the second list's tokens below zipf 2; its law block read the third, with
LAWS a folder of the national laws, regulations and judicial interpretations as Markdown)

Each line: word, zipf frequency, zh-learn's cut of the word alone (parts joined by '|').
What is left is read by hand: only set terms a learner studies as one unit are kept (terms
of law, administration, economy, policy, science, everyday set phrases, idioms and sayings).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

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


#: Openings and endings of legal boilerplate: a run of a law's words that starts or ends with
#: one is a clause that goes on (应当按照, 依照本法, 有关规定, 批准或者), not a term.
_LEGAL_OPENINGS = tuple(
    "应当 依照 按照 根据 违反 并 未 经 本 前款 自 由 对 规定 不得 必须 可以 给予 予以 其 所 "
    "具有 具备 包括 采取 提供 组织 部门 机关 主管 单位 申请 符合 不 应 有下列 下列 负责 会同 "
    "报 参照 适用 遵守 有关 法律 法规 作出 如实 如 及时 除 设 中 相关 国务院 企业 机构 实施 "
    "管理 发布 公布 修改 制定".split()
)
_LEGAL_ENDINGS = tuple(
    "应当 规定 或者 等 下列 的 办法 条例 本法 所 含义 之日 之日起 措施 执行 处理 办理 批准 "
    "负责 决定 部门 机关 单位 人员 组织 机构 情形 内容 事项 有关 依法 不得 可以 应 和 与 后 "
    "时 前 中 外 内 者".split()
)


def corpus_candidates(
    folder: Path, min_docs: int, exclude: str | None
) -> Iterator[tuple[str, int]]:
    """Words and runs of two or three words (jieba's cut) of three to eight Han characters found in
    ``min_docs`` or more of the texts under ``folder`` (each ``.md`` or ``.txt`` file one
    text; a file whose path holds ``exclude`` skipped), that no list has, most texts first."""
    import jieba

    docs: Counter[str] = Counter()
    for path in sorted(folder.rglob("*")):
        if path.suffix not in (".md", ".txt") or (exclude and exclude in str(path)):
            continue
        seen: set[str] = set()
        for clause in re.split(r"[^\u4e00-\u9fff]+", path.read_text(encoding="utf-8")):
            words = list(jieba.cut(clause, HMM=False)) if len(clause) >= 3 else []
            for n in (1, 2, 3):
                for i in range(len(words) - n + 1):
                    run = "".join(words[i : i + n])
                    if 3 <= len(run) <= 8:
                        seen.add(run)
        docs.update(seen)
    known = _chengyu()
    for run, count in docs.most_common():
        if count < min_docs:
            break
        if run.startswith(_LEGAL_OPENINGS) or run.endswith(_LEGAL_ENDINGS):
            continue
        if not _runs_on(run) and not _known(run, known):
            yield run, count


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
    parser.add_argument(
        "--corpus", type=Path, help="count runs of words in the texts of this folder instead"
    )
    parser.add_argument("--min-docs", type=int, default=15, help="with --corpus: fewest texts")
    parser.add_argument("--exclude", help="with --corpus: skip files whose path holds this")
    args = parser.parse_args(argv)
    if args.corpus:
        found = corpus_candidates(args.corpus, args.min_docs, args.exclude)
        for _, (run, count) in zip(range(args.limit), found, strict=False):
            sys.stdout.write(f"{run}\t{count}\n")
        return 0
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
