"""The traditional form a word takes in its sentence, where one simplified character stands
for several (后: 後 "after" or 后 "empress"; 干: 乾 "dry", 幹 "to do", 干 "to concern").

OpenCC's phrase tables decide (Taiwan standard characters, as CC-CEDICT writes them), read
in the word's clause; a few everyday phrases they miss are settled by zh-learn's own
patterns (干了一杯: 乾, to drink up).
"""

from __future__ import annotations

import functools
import re
import sys
from pathlib import Path
from typing import Any

from zh_learn.analysis.lexicon import WEAK_DEFINITIONS, lexicon
from zh_learn.cachefiles import cached_pickle
from zh_learn.errors import ZhLearnError

#: (pattern over the simplified clause, index of the character in the match, its form)
_PATTERNS = (
    # drinking a glass down: 干了一杯, 干了这杯, 一口干了
    (re.compile(r"干(?:了)?(?:一|这|那|半|整|两|三)?(?:大)?杯"), 0, "乾"),
    (re.compile(r"一口干"), 2, "乾"),
    # a measure word after a number (成千上万只喜鹊, 几百只羊): 隻 zhī, not 只 "only"
    (re.compile(r"(?<=[两三四五六七八九十百千万几多])只(?![是有要能会好得管])"), 0, "隻"),
    # dried foods in a recipe: 干辣椒, 干香菇, 干木耳 (乾, gān), not 幹 "trunk"
    (re.compile(r"干(?=红?辣椒|香菇|木耳|海带|虾仁|虾米|贝|枣|豆腐|面条|米粉)"), 0, "乾"),
    # OpenCC writes 彆着 (bie4, "to hold back") for every 别着: 别着急 "don't worry", 别着凉
    # "don't catch cold", 胸前别着 "pinned on" are all 別 (bie2)
    (re.compile(r"别着"), 0, "別"),
)


#: OpenCC's s2tw configuration: normalisation, then segmentation by the phrase dictionaries,
#: then two conversions (phrases before characters, then Taiwan variants).
_DICTS = {
    "normal": ("CJK_Compatibility_Ideographs",),
    "phrases": ("STPhrases", "STPhrases_GeneratedFromRegionalPhrases"),
    "chars": ("STCharacters",),
    "tw_phrases": ("TWVariantsPhrases",),
    "tw_chars": ("TWVariants",),
}
_FORMAT = 2
#: Ideographic description characters (⿰丰刀): OpenCC leaves the parts after them as they
#: are, which the tables do not copy, so such a clause goes to OpenCC itself.
_DESCRIPTION = re.compile("[\u2ff0-\u2fff]")


class _Tables:
    """OpenCC's s2tw conversion done in Python over its own dictionaries, dumped once into the
    cache dir: loading OpenCC's converter costs 0.15-0.3 s per process, reading the tables
    a tenth of that. Same algorithm (forward maximum matching, first value of each entry);
    the test suite checks it against OpenCC itself."""

    def __init__(self, tables: dict[str, Any]) -> None:
        self.normal: dict[str, str] = tables["normal"]
        #: the 50k phrases grouped by first character, each group one "key\tvalue\n..." text
        #: read into a dict when a clause first needs it: an article meets a few hundred of
        #: the 5k groups, and making all 100k strings cost most of the tables' load time
        self.groups: dict[str, str] = tables["phrase_groups"]
        self.group_memo: dict[str, dict[str, str]] = {}
        self.chars: dict[str, str] = tables["chars"]
        self.tw_phrases: dict[str, str] = tables["tw_phrases"]
        self.tw_chars: dict[str, str] = tables["tw_chars"]
        self.longest: int = tables["longest"]
        self.tw_longest = max(map(len, self.tw_phrases), default=1)

    def _phrases(self, first: str) -> dict[str, str]:
        """The phrases starting with ``first``."""
        group = self.group_memo.get(first)
        if group is None:
            blob = self.groups.get(first, "")
            pairs = (line.partition("\t") for line in blob.split("\n") if line)
            group = self.group_memo[first] = {key: value for key, _, value in pairs}
        return group

    @staticmethod
    def _match(text: str, i: int, table: dict[str, str], longest: int) -> str | None:
        for end in range(min(len(text), i + longest), i + 1, -1):
            if text[i:end] in table:
                return text[i:end]
        return None

    def _variants(self, segment: str) -> str:
        out, i = [], 0
        while i < len(segment):
            key = self._match(segment, i, self.tw_phrases, self.tw_longest)
            if key is None:
                key = segment[i]
                out.append(self.tw_chars.get(key, key))
            else:
                out.append(self.tw_phrases[key])
            i += len(key)
        return "".join(out)

    def convert(self, text: str) -> str:
        text = "".join(self.normal.get(ch, ch) for ch in text)
        out: list[str] = []
        run: list[str] = []  # characters no phrase starts at: one segment
        i = 0
        while i < len(text):
            phrases = self._phrases(text[i])
            key = self._match(text, i, phrases, self.longest) if phrases else None
            if key is None:
                run.append(self.chars.get(text[i], text[i]))
                i += 1
                continue
            if run:
                out.append(self._variants("".join(run)))
                run = []
            out.append(self._variants(phrases[key]))
            i += len(key)
        if run:
            out.append(self._variants("".join(run)))
        return "".join(out)


def _opencc_dir() -> Path:
    from zh_learn.analysis.lexicon import _site_file

    return _site_file("opencc", "clib")


def _dump(name: str, tmp: Path) -> dict[str, str]:
    """One of OpenCC's binary dictionaries as key -> first value, by its own dump tool."""
    import subprocess

    base = _opencc_dir()
    out = tmp / f"{name}.txt"
    subprocess.run(
        [str(base / "bin" / "opencc_dict"), "-i", str(base / "share" / "opencc" / f"{name}.ocd2"),
         "-o", str(out), "-f", "ocd2", "-t", "text"],
        check=True, capture_output=True,
    )  # fmt: skip
    table: dict[str, str] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        key, _, values = line.partition("\t")
        if key and values:
            table.setdefault(key, values.split(" ")[0])
    return table


def tables_path() -> Path:
    from zh_learn.analysis.lexicon import cache_key, package_version
    from zh_learn.paths import cache_dir

    version = package_version("opencc")
    return cache_dir() / f"opencc-s2tw-{_FORMAT}-{version}-{cache_key()}.pickle"


def prepare_tables() -> Path:
    """Dump OpenCC's dictionaries into the cache dir (``zh-learn prepare``, or first use)."""
    _tables()
    return tables_path()


@functools.cache
def _tables() -> _Tables | None:
    """The dumped tables, or None where OpenCC's dump tool cannot run (OpenCC is used)."""
    try:
        tables = cached_pickle(
            tables_path(), _grouped, lambda loaded: isinstance(loaded, dict)
            and loaded.get("format") == _FORMAT,
        )
    except (OSError, ZhLearnError):
        return None
    except Exception as error:
        # The dump tool's failure, named without importing subprocess (20 ms) in the runs
        # that only read the tables back: only a dump, which imports it, can raise it.
        subprocess = sys.modules.get("subprocess")
        if subprocess is not None and isinstance(error, subprocess.SubprocessError):
            return None
        raise
    return _Tables(tables)


def _grouped() -> dict[str, Any]:
    """The dumped tables as ``_Tables`` reads them: the phrases grouped by first character."""
    tables: dict[str, Any] = dict(_dump_all())
    phrases = tables.pop("phrases")
    groups: dict[str, list[str]] = {}
    for key, value in phrases.items():
        if "\t" in key + value or "\n" in key + value:
            raise ZhLearnError("an OpenCC phrase holds a tab or a newline")  # never seen
        groups.setdefault(key[0], []).append(f"{key}\t{value}")
    tables["phrase_groups"] = {first: "\n".join(lines) for first, lines in groups.items()}
    tables["longest"] = max(map(len, phrases), default=1)
    tables["format"] = _FORMAT
    return tables


def _dump_all() -> dict[str, dict[str, str]]:
    """Every dictionary s2tw uses, merged per table; the first dictionary's value wins, as in
    OpenCC."""
    import tempfile

    tables: dict[str, dict[str, str]] = {}
    with tempfile.TemporaryDirectory(prefix="zh-learn-opencc-") as tmp:
        for table, names in _DICTS.items():
            merged: dict[str, str] = {}
            for name in names:
                for key, value in _dump(name, Path(tmp)).items():
                    merged.setdefault(key, value)
            tables[table] = merged
    return tables


@functools.cache
def _opencc() -> Any:
    import opencc

    return opencc.OpenCC("s2tw")


@functools.cache
def _tw2s() -> Any:
    import opencc

    return opencc.OpenCC("tw2s")


def simplified(text: str) -> str:
    """Traditional ``text`` in simplified characters by OpenCC's phrase tables (tw2s), which
    choose where one traditional character has two simplified ones: 乾淨 -> 干净 but 乾隆
    stays, 站著 -> 站着 but 著名 stays. Offsets into the text must hold, so a line OpenCC
    would lengthen or shorten is left as it is."""
    converter = _tw2s()
    whole = str(converter.convert(text))
    if len(whole) == len(text):
        return whole
    lines = text.splitlines(keepends=True)
    converted = [str(converter.convert(line)) for line in lines]
    pairs = zip(lines, converted, strict=True)
    return "".join(new if len(new) == len(old) else old for old, new in pairs)


@functools.lru_cache(maxsize=4096)
def convert(clause: str) -> str:
    """``clause`` (simplified) in Taiwan-standard traditional characters, as OpenCC's s2tw."""
    tables = _tables()
    if tables is None or _DESCRIPTION.search(clause):
        return str(_opencc().convert(clause))
    return tables.convert(clause)


@functools.lru_cache(maxsize=8192)
def ambiguous(char: str) -> bool:
    """Whether the simplified ``char`` has more than one traditional form for real
    meanings (后: 后 and 後; not 们)."""

    forms = {
        sense.traditional
        for sense in lexicon().senses(char)
        if not all(d.startswith(WEAK_DEFINITIONS) for d in sense.definitions)
    }
    return len(forms) > 1


def in_context(word: str, clause: str, offset: int) -> str | None:
    """The traditional form of ``word`` at ``offset`` of ``clause`` (simplified text), or
    None when no character of it has a choice to make."""
    if not any(ambiguous(ch) for ch in word):
        return None
    converted = convert(clause)
    if len(converted) != len(clause):  # OpenCC maps character for character
        return None
    form = list(converted[offset : offset + len(word)])
    for pattern, index, trad in _PATTERNS:
        for m in pattern.finditer(clause):
            at = m.start() + index - offset
            if 0 <= at < len(word):
                form[at] = trad
    return "".join(form)
