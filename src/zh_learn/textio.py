"""Reading the user's text: files or stdin, in whatever encoding Chinese text comes in."""

from __future__ import annotations

import codecs
import sys
from dataclasses import dataclass
from pathlib import Path

from zh_learn.errors import InputError
from zh_learn.hanzi import HAN as _HAN

#: Larger inputs are refused with a clear message rather than exhausting memory.
MAX_INPUT_BYTES = 64 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Encodings we guess between when the bytes are not UTF-8.
_CANDIDATES = ("utf_16_le", "utf_16_be", "gb18030", "big5")


@dataclass(frozen=True, slots=True)
class SourceText:
    text: str
    encoding: str
    name: str  # file name, "stdin" or "demo"
    title: str  # first non-empty line, for deck and handout titles


def has_chinese(text: str) -> bool:
    return _HAN.search(text) is not None


def han_count(text: str) -> int:
    return len(_HAN.findall(text))


def decode(data: bytes, encoding: str | None = None, name: str = "input") -> tuple[str, str]:
    """Decode bytes to text; returns (text, encoding used). Raises InputError."""
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise InputError(f"unknown encoding {encoding!r}") from None
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as e:
            raise InputError(
                f"{name} is not valid {encoding} (byte {e.start}); try another --encoding"
            ) from None
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return data.decode(enc, errors="replace"), enc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    guess = _guess(data)
    if guess is None:
        raise InputError(
            f"{name} looks like a binary file, not text; "
            "if it is text, name its encoding with --encoding"
        )
    return guess


def _guess(data: bytes, fallback: bool = True) -> tuple[str, str] | None:
    """Pick the candidate encoding that decodes cleanly and yields the most Han text."""
    best: tuple[float, str, str] | None = None
    for enc in _CANDIDATES:
        if enc.startswith("utf_16") and len(data) % 2:
            continue
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if "\x00" in text:
            continue
        score = _plausibility(text)
        if score > 0.3 and (best is None or score > best[0]):
            best = (score, text, enc)
    if best is None and not fallback:
        return None
    if best is None:
        from charset_normalizer import from_bytes

        match = from_bytes(data, cp_isolation=list(_CANDIDATES)).best()
        if match is None or "\x00" in str(match):
            return None
        return str(match), match.encoding
    return best[1], best[2]


def _plausibility(text: str) -> float:
    """Share of characters that are common Han, ASCII or CJK punctuation."""
    if not text:
        return 0.0
    from zh_learn.hsk import common_chars

    common = common_chars()
    good = sum(
        1
        for ch in text
        if ch in common
        or (ch.isascii() and (ch.isprintable() or ch in "\r\n\t"))
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
    )
    return good / len(text)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    return b"\x00" in sample


def read_source(path: str, encoding: str | None = None) -> SourceText:
    """Read a path (or "-" for stdin) into checked text. Raises InputError with one line."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        name = "stdin"
    else:
        p = Path(path)
        name = p.name
        if not p.exists():
            raise InputError(f"no such file: {path}")
        if p.is_dir():
            raise InputError(f"{path} is a folder; give a text file")
        try:
            size = p.stat().st_size
            if size > MAX_INPUT_BYTES:
                raise InputError(
                    f"{path} is {size / 2**20:.0f} MB; zh-learn reads texts up to "
                    f"{MAX_INPUT_BYTES // 2**20} MB (split it into parts)"
                )
            data = p.read_bytes()
        except PermissionError:
            raise InputError(f"cannot read {path}: permission denied") from None
        except OSError as e:
            raise InputError(f"cannot read {path}: {e.strerror or e}") from None
    if len(data) > MAX_INPUT_BYTES:
        raise InputError(f"{name} is over {MAX_INPUT_BYTES // 2**20} MB; split it into parts")
    return source_from_bytes(data, name, encoding)


def source_from_bytes(data: bytes, name: str, encoding: str | None = None) -> SourceText:
    if not data.strip():
        raise InputError(f"{name} is empty: there is no text to study")
    if (
        encoding is None
        and _looks_binary(data)
        and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    ):
        # NUL bytes: UTF-16 without a BOM, or binary. Only a clean, plausible decode counts.
        text_enc = _guess(data, fallback=False)
        if text_enc is None:
            raise InputError(
                f"{name} looks like a binary file, not text; "
                "if it is text, name its encoding with --encoding"
            )
        text, enc = text_enc
    else:
        text, enc = decode(data, encoding, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not has_chinese(text):
        raise InputError(f"{name} contains no Chinese text (read as {enc})")
    return SourceText(text=text, encoding=enc, name=name, title=first_line(text))


def first_line(text: str, limit: int = 60) -> str:
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line[:limit]
    return ""
