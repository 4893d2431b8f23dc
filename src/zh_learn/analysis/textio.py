"""Reading the user's text: files or stdin, in whatever encoding Chinese text comes in.

Detection order: a byte-order mark; then strict UTF-8 when the bytes hold no NUL (a clean
UTF-8 decode is certain, and ``benchmarks/encoding_detect.py`` measures it never slower than
charset-normalizer: 20x faster on an article, equal on a novel); otherwise charset-normalizer,
limited to the encodings Chinese text comes in. Whatever the encoding, the decoded text must
look like text (mostly common Han characters, ASCII and CJK punctuation), or it is refused as
binary or as read in the wrong encoding.

The text is normalised once here, so no later stage can meet them: CR/LF line ends become
``\\n``, other line and paragraph separators too, and control characters (terminal escapes
such as ``\\x1b]0;…\\x07``) are removed.
"""

from __future__ import annotations

import codecs
import os
import re
import stat
import sys
from dataclasses import dataclass
from typing import BinaryIO

from zh_learn.errors import InputError
from zh_learn.hanzi import HAN as _HAN
from zh_learn.hanzi import HAN_RUN as _HAN_RUN
from zh_learn.hsk import common_chars

#: Larger inputs are refused with a clear message rather than exhausting memory.
MAX_INPUT_BYTES = 64 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Encodings charset-normalizer chooses between when the bytes are not UTF-8.
CANDIDATES = ("utf_16_le", "utf_16_be", "gb18030", "big5", "big5hkscs", "utf_32_le", "utf_32_be")
#: Below this share of plausible characters, a decoding is mojibake or binary.
_PLAUSIBLE = 0.5
_SAMPLE_CHARS = 100_000
#: Line breaks other than \n that str.splitlines() honours: made plain newlines.
_BREAKS = re.compile("\r\n|[\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: C0 controls but tab and newline, DEL and C1 controls.
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


@dataclass(frozen=True, slots=True)
class SourceText:
    text: str
    encoding: str
    name: str  # file name, "stdin" or "demo"
    title: str  # first non-empty line, for deck and handout titles


def has_chinese(text: str) -> bool:
    return _HAN.search(text) is not None


def han_count(text: str) -> int:
    # what removing the Han runs takes away: one replacement per run, not one per character
    # as ``_HAN.subn`` made (a novel's 0.08 s -> 0.03 s), and no list of one string per
    # character (~55 MB for a novel)
    return len(text) - len(_HAN_RUN.sub("", text))


def clean_text(text: str) -> str:
    """Plain newlines and no control characters (what every later stage may rely on)."""
    return _CONTROLS.sub("", _BREAKS.sub("\n", text))


def printable(text: str) -> str:
    """``text`` safe to print on a terminal: control characters shown as ``?``."""
    return _CONTROLS.sub("?", text.replace("\r", "?"))


def check_encoding(encoding: str) -> str:
    """The codec name if ``encoding`` is a text encoding; raises InputError otherwise
    (unknown names, and bytes-to-bytes codecs such as rot13, base64, zlib)."""
    if "\x00" in encoding:
        raise InputError("unknown encoding (the name holds a NUL character)")
    try:
        info = codecs.lookup(encoding)
        b"".decode(encoding)
    except LookupError:
        raise InputError(
            f"unknown encoding {encoding!r}; name a text encoding such as utf-8, gbk or big5"
        ) from None
    except Exception:  # a codec that cannot decode bytes to text at all
        raise InputError(f"{encoding!r} is not a text encoding") from None
    return info.name


def decode(data: bytes, encoding: str | None = None, name: str = "input") -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding used). Raises InputError."""
    if encoding:
        check_encoding(encoding)
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            raise InputError(
                f"{name} is not valid {encoding} (byte {e.start}); try another --encoding"
            ) from None
        except Exception:
            raise InputError(f"{encoding!r} is not a text encoding") from None
        if has_chinese(text) and _plausibility(text) < _PLAUSIBLE:
            raise InputError(
                f"{name} does not read as {encoding} text (mostly unusual characters); "
                "try another --encoding, or none to detect it"
            )
        return text, encoding
    for bom, enc in _BOMS:
        if data.startswith(bom):
            text = data.decode(enc, errors="replace")
            if _plausibility(text) < _PLAUSIBLE:
                break  # a BOM by chance at the start of binary data
            return text, enc
    if b"\x00" not in data:  # NUL bytes: UTF-16/32 without a BOM, or binary
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        cut = _utf8_cut_at_edges(data)
        if cut is not None:
            return cut, "utf-8"
    guess = _detect(data)
    if guess is None:
        raise InputError(
            f"{name} looks like a binary file, not text; "
            "if it is text, name its encoding with --encoding"
        )
    return guess


def _utf8_cut_at_edges(data: bytes) -> str | None:
    """UTF-8 text whose only flaw is a character cut in two at its start or end (a file cut
    by bytes: ``head -c``, ``split -b``), without the broken pieces; None for anything
    else, which is left to detection."""
    start = 0
    while start < min(3, len(data)) and 0x80 <= data[start] <= 0xBF:
        start += 1  # continuation bytes of a character that began before the cut
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        text = decoder.decode(data[start:], final=False)  # an unfinished end stays buffered
    except UnicodeDecodeError:
        return None
    return text if text and (start or decoder.getstate()[0]) else None


def _detect(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best reading among the Chinese encodings, if it looks like text;
    for the few bytes it cannot judge (a word or two), the candidate that decodes cleanly to
    the most plausible text."""
    from charset_normalizer import from_bytes

    match = from_bytes(data, cp_isolation=list(CANDIDATES)).best()
    if match is not None:
        text = str(match)
        if "\x00" not in text and _plausibility(text) >= _PLAUSIBLE:
            return text, match.encoding
    best: tuple[float, str, str] | None = None
    for enc in CANDIDATES:
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        score = _plausibility(text)
        if "\x00" not in text and score >= _PLAUSIBLE and (best is None or score > best[0]):
            best = (score, text, enc)
    return None if best is None else (best[1], best[2])


def _plausibility(text: str) -> float:
    """Share of characters (in a sample) that are common Han, ASCII or CJK punctuation."""
    sample = text[:_SAMPLE_CHARS]
    if not sample:
        return 0.0

    common = common_chars()
    good = sum(
        1
        for ch in sample
        if ch in common
        or (ch.isascii() and (ch.isprintable() or ch in "\r\n\t"))
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
        or ch in "\u2014\u2018\u2019\u201c\u201d\u2026\u00b7"
    )
    return good / len(sample)


def read_limited(stream: BinaryIO, name: str) -> bytes:
    """Read at most MAX_INPUT_BYTES, counting while reading (a device or pipe has no size)."""
    data = stream.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(
            f"{name} is over {MAX_INPUT_BYTES // 2**20} MB; zh-learn reads texts up to "
            f"{MAX_INPUT_BYTES // 2**20} MB (split it into parts)"
        )
    return data


def read_bytes(path: str, what: str = "a text file") -> bytes:
    """The bytes of ``path`` ("-" for stdin), at most MAX_INPUT_BYTES; raises InputError.

    A FIFO or device is read as a stream, up to the limit."""
    if path == "-":
        return read_limited(sys.stdin.buffer, "stdin")
    if "\x00" in path:
        raise InputError("no such file (the path holds a NUL character)")
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        raise InputError(f"no such file: {printable(path)}") from None
    except OSError as e:
        raise InputError(f"cannot read {printable(path)}: {e.strerror or e}") from None
    if stat.S_ISDIR(mode):
        raise InputError(f"{printable(path)} is a folder; give {what}")
    if stat.S_ISSOCK(mode):
        raise InputError(f"{printable(path)} is a socket; give {what}")
    try:
        with open(path, "rb") as fh:
            return read_limited(fh, printable(path))
    except PermissionError:
        raise InputError(f"cannot read {printable(path)}: permission denied") from None
    except OSError as e:
        raise InputError(f"cannot read {printable(path)}: {e.strerror or e}") from None


def read_source(path: str, encoding: str | None = None) -> SourceText:
    """Read a path (or "-" for stdin) into checked text. Raises InputError with one line."""
    data = read_bytes(path)
    name = "stdin" if path == "-" else os.path.basename(path.rstrip("/")) or path
    return source_from_bytes(data, printable(name), encoding)


def source_from_bytes(data: bytes, name: str, encoding: str | None = None) -> SourceText:
    if encoding is not None:
        check_encoding(encoding)
    if not data.strip():
        raise InputError(f"{name} is empty: there is no text to study")
    text, enc = decode(data, encoding, name)
    text = clean_text(text)
    if not text.strip():
        raise InputError(f"{name} is empty: there is no text to study")
    if not has_chinese(text):
        raise InputError(f"{name} contains no Chinese text (read as {enc})")
    return SourceText(text=text, encoding=enc, name=name, title=text_title(text, name))


#: Punctuation that ends a sentence or a clause: a first line ending so is text, no title.
_SENTENCE_ENDS = tuple("。！？…；，：!?;,:")


def looks_like_title(line: str) -> bool:
    """Whether a text's first line is its title (驻马店：守土有责) rather than the start of
    the text itself (周末，小李和妈妈一起去超市买东西。)."""
    return 0 < len(line) <= 40 and not line.endswith(_SENTENCE_ENDS)


def text_title(text: str, name: str) -> str:
    """What decks, word lists and sheets call a text: its first line when that is a title,
    else the file's name without its extension (a story's opening sentence makes a poor
    deck name), else (stdin) its opening words."""
    first = first_line(text, limit=200)
    if looks_like_title(first):
        return first
    if name and name not in ("stdin", "demo"):
        stem = name.rsplit(".", 1)[0] if "." in name[1:] else name
        if stem.strip():
            return stem
    return first[:20] + "…" if len(first) > 20 else first


def first_line(text: str, limit: int = 60) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:limit]
    return ""
