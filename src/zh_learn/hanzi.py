"""What counts as a Chinese (Han) character, defined once for every module."""

from __future__ import annotations

import re

#: CJK Unified Ideographs, Extension A, compatibility ideographs and the supplementary planes
#: (Extensions B-F, compatibility supplement, and G-H in the tertiary plane).
HAN_CLASS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff\U00030000-\U000323af"

HAN = re.compile(f"[{HAN_CLASS}]")
HAN_RUN = re.compile(f"[{HAN_CLASS}]+")
HAN_ONLY = re.compile(f"^[{HAN_CLASS}]+$")

#: Chinese numerals written as characters (counting, not financial forms); each rule that
#: needs "a numeral before or after" adds what it also counts (半, 第, 这...).
NUMERALS = frozenset("零〇一二两三四五六七八九十百千万亿几")
