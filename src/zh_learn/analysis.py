"""The pipeline in one call: source text -> Document -> Vocabulary, cached per text."""

from __future__ import annotations

import functools
import hashlib
import pickle
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from zh_learn.errors import InputError
from zh_learn.fileio import write_cache
from zh_learn.hsk import DEFAULT_STANDARD, check_standard
from zh_learn.models import Document, Vocabulary
from zh_learn.paths import cache_dir
from zh_learn.segment import Prepared, Progress
from zh_learn.textio import SourceText, first_line, han_count, read_source, source_from_bytes

if TYPE_CHECKING:
    from zh_learn.models import VocabItem
    from zh_learn.segment import WordTally

def demo_source() -> SourceText:
    """The bundled demo article (2021 Zhumadian news report), cut where its bundled recipe
    says (before the web-page footer)."""
    from zh_learn.recipes import demo_recipe

    recipe = demo_recipe()
    source = source_from_bytes(recipe.text.read_bytes(), "demo", recipe.encoding)
    return cut_source(source, recipe.cut_at)


def cut_source(source: SourceText, marker: str | None) -> SourceText:
    """Drop the text from the first line containing ``marker`` (an editor line, a footer)."""
    if not marker:
        return source
    lines = source.text.splitlines(keepends=True)
    for i, line in enumerate(lines):
        if marker in line:
            kept = "".join(lines[:i])
            if not han_count(kept):
                raise InputError(f"nothing is left before {marker!r} in {source.name}")
            return SourceText(kept, source.encoding, source.name, first_line(kept))
    return source


def load_source(
    file: str | None, encoding: str | None = None, cut_at: str | None = None
) -> SourceText:
    """Read a file ("-" for stdin); with no file, the bundled demo article."""
    if file is None:
        return demo_source()
    return cut_source(read_source(file, encoding), cut_at)


def analyze_document(
    source: SourceText | str,
    *,
    standard: str = DEFAULT_STANDARD,
    progress: Progress | None = None,
    keep_tokens: bool = True,
) -> tuple[Document, Vocabulary]:
    """The Document and its Vocabulary. ``keep_tokens=False`` returns a Document without
    tokens, counting them line by line instead (a novel's 600k tokens cost ~150 MB)."""
    from zh_learn.segment import prepare, segment
    from zh_learn.textio import has_chinese
    from zh_learn.vocabulary import build_vocabulary

    check_standard(standard)
    if isinstance(source, str):
        if not has_chinese(source):
            raise InputError("the text contains no Chinese")
        source = SourceText(source, "utf-8", "text", first_line(source))
    if keep_tokens:
        document = segment(source.text, progress=progress)
        items = build_vocabulary(document, standard)
    else:
        prepared = prepare(source.text)
        document = Document(
            prepared.text, prepared.sentences, [], prepared.script, prepared.original
        )
        tally, items = tally_and_build(prepared, standard, progress)
        token_count = tally.running
    vocabulary = Vocabulary(
        items=items,
        title=source.title,
        source=source.name,
        standard=standard,
        script=document.script,
        char_count=han_count(source.text),
        token_count=token_count
        if not keep_tokens
        else sum(1 for t in document.tokens if t.kind not in ("punct", "space")),
    )
    return document, vocabulary


def tally_and_build(
    prepared: Prepared, standard: str, progress: Progress | None = None
) -> tuple[WordTally, list[VocabItem]]:
    """Count the tokens of a text and annotate its words. jieba-rs cuts a novel in a tenth of a
    second, so one process does it all: no worker, no copy of the dictionaries."""
    from zh_learn.pinyin import polyphonic_chars
    from zh_learn.segment import tally_words
    from zh_learn.vocabulary import ItemBuilder

    document = Document(prepared.text, prepared.sentences, [], prepared.script, prepared.original)
    builder = ItemBuilder(document, standard)
    tally = tally_words(prepared, progress, track=polyphonic_chars())
    builder.add_first(tally.first)
    builder.add_occurrences(tally.occurrences)
    return tally, builder.finish(tally.counts)


@functools.cache
def _code_fingerprint() -> str:
    """A hash of the code and data that shape an analysis, so an upgraded (or edited) zh-learn
    never reads back a vocabulary made by an older one."""
    package = files("zh_learn")
    digest = hashlib.sha256()
    for entry in sorted(package.iterdir(), key=lambda e: e.name):
        if entry.is_file() and entry.name.endswith(".py"):
            digest.update(entry.read_bytes())
    data = Path(str(package / "data"))
    for path in sorted(data.rglob("*")):
        if path.is_file() and path.suffix in (".tsv", ".json", ".txt"):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _cache_path(text: str, standard: str) -> Path:
    from zh_learn.lexicon import cache_key
    from zh_learn.pinyin_overrides import overrides_path

    digest = hashlib.sha256()
    digest.update(f"{_code_fingerprint()}|{cache_key()}|{standard}|".encode())
    overrides = overrides_path()
    if overrides.exists():
        digest.update(overrides.read_bytes())
    digest.update(text.encode("utf-8"))
    return cache_dir() / "analyses" / f"{digest.hexdigest()[:24]}.pickle"


def analyze(
    source: SourceText | str,
    *,
    standard: str = DEFAULT_STANDARD,
    progress: Progress | None = None,
) -> Vocabulary:
    """The vocabulary of a text; a text seen before is read back from the cache."""
    text = source.text if isinstance(source, SourceText) else source
    path = _cache_path(text, check_standard(standard))
    if path.exists():
        try:
            with open(path, "rb") as fh:
                cached = pickle.load(fh)
            if isinstance(cached, Vocabulary):
                if isinstance(source, SourceText):
                    cached.title, cached.source = source.title, source.name
                return cached
        except Exception:  # a damaged cache entry is recomputed
            pass
    _, vocabulary = analyze_document(
        source, standard=standard, progress=progress, keep_tokens=False
    )
    _store(vocabulary, path)
    return vocabulary


#: Analyses kept in the cache; the least recently written go first.
CACHE_KEEP = 200


def _store(vocabulary: Vocabulary, path: Path) -> None:
    """Cache an analysis, keeping only the newest CACHE_KEEP entries."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError:
        return  # an unwritable cache only costs time
    write_cache(vocabulary, path)
    try:
        entries = sorted(path.parent.glob("*.pickle"), key=lambda p: p.stat().st_mtime)
        for old in entries[:-CACHE_KEEP]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # another process pruned first
