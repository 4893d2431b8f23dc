"""Writing files so that nobody ever sees half of one: decks, word lists, handouts, the
learner's pinyin fixes and the compiled caches all go through a temporary file beside the
target, renamed over it only once complete. An interrupted write (Ctrl-C, a full disk)
leaves the old file, or none, and no temporary file behind."""

from __future__ import annotations

import os
import pickle
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from zh_learn.errors import OutputError


def check_output_path(path: Path) -> None:
    """Raise OutputError (one line) if ``path`` cannot be a new or replaced file."""
    if path.is_dir():
        raise OutputError(f"cannot write {path}: it is a folder; give a file name")
    parent = path.parent
    if not parent.exists():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist")
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: {parent} is not a folder")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"cannot write {path}: folder {parent} is not writable")


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path beside ``target`` to write to; when the block ends without error it
    replaces ``target`` (with the permissions of a normally created file). Any OSError
    becomes a one-line OutputError; on any failure the temporary file is removed."""
    try:
        fd, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as e:
        raise OutputError(f"cannot write {target}: {e.strerror or e}") from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as e:
        raise OutputError(f"cannot write {target}: {e.strerror or e}") from None
    finally:
        tmp.unlink(missing_ok=True)


def write_atomic(path: str | Path, data: str | bytes) -> Path:
    """Write ``data`` (text as UTF-8) to ``path`` atomically; raises OutputError."""
    target = Path(path)
    check_output_path(target)
    with replacing(target) as tmp:
        tmp.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return target


def write_cache(obj: object, path: Path) -> None:
    """Pickle ``obj`` to a cache file atomically, so processes building the same cache at
    once never read a half-written one. A cache that cannot be written only costs time."""
    try:
        with replacing(path) as tmp, open(tmp, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
    except OutputError:
        pass
