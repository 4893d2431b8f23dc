"""The pipeline in one call: source text -> Document -> Vocabulary, cached per text."""

from __future__ import annotations

import contextlib
import functools
import gc
import hashlib
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from zh_learn import regexcache
from zh_learn.analysis.lexicon import cache_key
from zh_learn.analysis.segment import Prepared, Progress, prepare, segment, tally_words
from zh_learn.analysis.textio import (
    SourceText,
    first_line,
    han_count,
    has_chinese,
    read_source,
    source_from_bytes,
)
from zh_learn.analysis.vocabulary import OCCURRENCES_PER_WORD, ItemBuilder
from zh_learn.errors import InputError
from zh_learn.fileio import write_cache
from zh_learn.hsk import DEFAULT_STANDARD, check_standard
from zh_learn.models import Document, Vocabulary
from zh_learn.paths import cache_dir
from zh_learn.pinyin.fixes import overrides_path
from zh_learn.pinyin.rules import polyphonic_chars

if TYPE_CHECKING:
    from collections.abc import Iterator

    from zh_learn.analysis.segment import WordTally
    from zh_learn.models import VocabItem

def demo_source() -> SourceText:
    """The bundled demo article (2021 Zhumadian news report), cut where its bundled recipe
    says (before the web-page footer)."""

    from zh_learn.recipes import demo_recipe  # its TOML reader only for the demo

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


@dataclass(slots=True)
class Analysis:
    """A text's analysis: its vocabulary, and its document with tokens when asked for.

    The vocabulary comes from the cache or one tally of the text; tokens (a novel's 600k cost
    ~150 MB) are made only when ``document`` is first read, by the same segmenter.
    """

    source: SourceText
    vocabulary: Vocabulary
    _document: Document | None = field(default=None, repr=False)

    @property
    def document(self) -> Document:
        if self._document is None:
            with without_gc_passes():
                self._document = segment(self.source.text)
        return self._document


def _as_source(source: SourceText | str) -> SourceText:
    if isinstance(source, SourceText):
        return source

    if not has_chinese(source):
        raise InputError("the text contains no Chinese")
    return SourceText(source, "utf-8", "text", first_line(source))


def _vocabulary(source: SourceText, standard: str, progress: Progress | None) -> Vocabulary:
    """The vocabulary of a text from one tally, without keeping tokens."""
    with without_gc_passes():
        prepared = prepare(source.text)
        tally, items = tally_and_build(prepared, standard, progress)
    return Vocabulary(
        items=items,
        title=source.title,
        source=source.name,
        standard=standard,
        script=prepared.script,
        char_count=han_count(source.text),
        token_count=tally.running,
    )


@contextlib.contextmanager
def without_gc_passes() -> Iterator[None]:
    """Pause Python's cycle collector: an analysis makes millions of objects (dictionary
    rows, words, items) and no reference cycles, so its passes over the growing heap free
    nothing and cost a novel ~1.5 s of its ~20 (six full passes). Memory is freed as before,
    by reference counting; the collector resumes after, if it was running.

    The objects made meanwhile are moved out of the collector's sight (``gc.freeze``) before
    it resumes: else its first pass, at the next allocation, walks all of them (a novel's
    millions: ~0.3 s), then the middle and the full pass do again while the vocabulary is
    written (~1 s more). Reference counting still frees them."""
    running = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if running:
            gc.freeze()
            gc.enable()


def tally_and_build(
    prepared: Prepared, standard: str, progress: Progress | None = None
) -> tuple[WordTally, list[VocabItem]]:
    """Count the tokens of a text and annotate its words. jieba-rs cuts a novel in a tenth of a
    second, so one process does it all: no worker, no copy of the dictionaries."""

    document = Document(prepared.text, prepared.sentences, [], prepared.script, prepared.original)
    builder = ItemBuilder(document, standard)
    tally = tally_words(
        prepared, progress, track=polyphonic_chars(), limit=OCCURRENCES_PER_WORD
    )
    builder.add_first(tally.first)
    builder.add_occurrences(tally.occurrences)
    return tally, builder.finish(tally.counts)


@functools.cache
def _code_fingerprint() -> str:
    """A fingerprint of the code and data that shape an analysis, so an upgraded (or edited)
    zh-learn never reads back a vocabulary made by an older one. Each file counts by its path,
    size and modification time: an install or an edit changes them, and reading them costs a
    run about a millisecond where hashing the files' 5 MB cost 0.04 s. (A file rewritten with
    other bytes of the same size at the same nanosecond would be missed.)"""
    package = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    paths = list(package.rglob("*.py"))
    paths += [
        path
        for path in (package / "data").rglob("*")
        if path.suffix in (".tsv", ".json", ".txt", ".toml", ".npz")
    ]
    for path in sorted(paths):
        stat = path.stat()
        digest.update(f"{path.relative_to(package).as_posix()}|{stat.st_size}|"
                      f"{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()[:16]


def _cache_path(text: str, standard: str) -> Path:

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
    cache: bool = True,
) -> Analysis:
    """The analysis of a text. Its vocabulary is read back from the cache when the same
    text was analysed before by the same code, dictionaries and standard (unless
    ``cache=False``, which neither reads nor writes it)."""
    source = _as_source(source)
    if not cache:
        return Analysis(source, _vocabulary(source, check_standard(standard), progress))
    path = _cache_path(source.text, check_standard(standard))
    if path.exists():
        try:
            with open(path, "rb") as fh, without_gc_passes():
                cached = pickle.load(fh)
            if isinstance(cached, Vocabulary):
                cached.title, cached.source = source.title, source.name
                return Analysis(source, cached)
        except Exception:  # a damaged cache entry is recomputed
            pass
    vocabulary = _vocabulary(source, standard, progress)
    _store(vocabulary, path)
    return Analysis(source, vocabulary)


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


# the patterns the analysis modules compiled on import, kept for the next run (only the
# first run after an install writes anything: ``zh_learn.regexcache``)
regexcache.save_new()
