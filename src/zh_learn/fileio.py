"""Writing files so that nobody ever sees half of one: decks, word lists, handouts, the
learner's pinyin fixes and the compiled caches all go through a temporary file beside the
target, renamed over it only once complete. An interrupted write (Ctrl-C, a full disk)
leaves the old file, or none; a temporary file left by a killed process is removed by the
next write to the same folder.

What an output path may be (the README's "Where data lives" documents it):

* a new file in an existing folder, or an existing regular file (it keeps its permissions);
* a symbolic link: the file it points to is replaced, the link stays;
* a FIFO or a character device (``/dev/null``, a terminal): written as a stream, never
  renamed over;
* never a folder, a block device or socket, a path ending in ``/``, or one of the command's
  own input files.
"""

from __future__ import annotations

import os
import pickle
import shutil
import stat
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from zh_learn.errors import OutputError

#: A temporary file older than this is stale even if a process with its pid is running.
STALE_SECONDS = 24 * 3600
_TMP_SUFFIX = ".tmp"


def is_stream(path: Path) -> bool:
    """True for a FIFO or a character device: written in place, never replaced."""
    try:
        mode = os.stat(path).st_mode
    except (OSError, ValueError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _real(path: Path) -> Path:
    """Where a write to ``path`` lands: a symlink's final target (which may not exist yet)."""
    return Path(os.path.realpath(path)) if path.is_symlink() else path


def check_output_path(path: Path) -> None:
    """Raise OutputError (one line) if ``path`` cannot be a new or replaced file."""
    if "\x00" in str(path):
        raise OutputError("cannot write a path holding a NUL character")
    if is_stream(path):
        if not os.access(path, os.W_OK):
            raise OutputError(f"cannot write {path}: permission denied")
        return
    real = _real(path)
    try:
        mode: int | None = os.stat(real).st_mode
    except OSError:
        mode = None
    if mode is not None and stat.S_ISDIR(mode):
        raise OutputError(f"cannot write {path}: it is a folder; give a file name")
    if mode is not None and not stat.S_ISREG(mode):
        raise OutputError(f"cannot write {path}: it is not a regular file, a FIFO or a terminal")
    parent = real.parent
    if not parent.exists():
        raise OutputError(f"cannot write {path}: folder {parent} does not exist")
    if not parent.is_dir():
        raise OutputError(f"cannot write {path}: {parent} is not a folder")
    if not os.access(parent, os.W_OK):
        raise OutputError(f"cannot write {path}: folder {parent} is not writable")


def output_path(
    raw: str, *, inputs: Iterable[str | Path | None] = (), folder_name: str | None = None
) -> Path:
    """The file an ``-o`` value names, checked before any work is done.

    ``folder_name``: the command accepts a folder and writes this file name in it; else a
    folder (or a path ending in ``/``) is refused. A path ending in ``/`` must be an existing
    folder, never a new file named after it. The output may not be one of ``inputs``.
    """
    if "\x00" in raw:
        raise OutputError("the output path holds a NUL character")
    path = Path(raw)
    names_folder = raw.endswith(("/", os.sep)) or path.is_dir()
    if names_folder:
        if not path.is_dir():
            raise OutputError(f"cannot write {raw}: folder {path} does not exist")
        if folder_name is None:
            raise OutputError(f"cannot write {raw}: it is a folder; give a file name")
        path = path / folder_name
    check_output_path(path)
    check_not_input(path, inputs)
    return path


def check_not_input(output: Path, inputs: Iterable[str | Path | None]) -> None:
    """Refuse to write over a file the command reads (``zh-learn anki a.txt -o a.txt``)."""
    for source in inputs:
        if source is None or str(source) == "-":
            continue
        with suppress(OSError, ValueError):
            if os.path.samefile(output, source):
                raise OutputError(
                    f"the output {output} is the input file {source}; give another -o"
                )


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _pid_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":
        return True  # os.kill(pid, 0) would send Ctrl-C there: rely on the file's age
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError, OverflowError):
        return True  # someone else's process: assume alive
    return True


def _stale(name: str, mtime: float, pid_at: int) -> bool:
    """A temporary file named ``...<pid>.<random>.tmp`` whose writer is gone."""
    parts = name.split(".")
    try:
        pid = int(parts[pid_at])
    except (IndexError, ValueError):
        return time.time() - mtime > STALE_SECONDS
    return not _pid_alive(pid) or time.time() - mtime > STALE_SECONDS


def clean_stale(folder: Path, prefix: str) -> None:
    """Remove temporary files ``<prefix><pid>.<random>.tmp`` in ``folder`` left behind by a
    killed process (its pid no longer runs, or the file is a day old)."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        name = entry.name
        if not (name.startswith(prefix) and name.endswith(_TMP_SUFFIX)):
            continue
        with suppress(OSError):
            st = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(st.st_mode) and _stale(name[len(prefix):], st.st_mtime, 0):
                os.unlink(entry.path)


def clean_stale_dirs(folder: Path, prefix: str) -> None:
    """Remove this user's folders ``<prefix><pid>-<random>`` whose process is gone."""
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    uid = os.getuid() if hasattr(os, "getuid") else None
    for entry in entries:
        if not entry.name.startswith(prefix):
            continue
        with suppress(OSError):
            st = entry.stat(follow_symlinks=False)
            if not stat.S_ISDIR(st.st_mode) or (uid is not None and st.st_uid != uid):
                continue
            pid_part = entry.name[len(prefix):].split("-")[0]
            if _stale(pid_part, st.st_mtime, 0):
                shutil.rmtree(entry.path, ignore_errors=True)


def _temp_prefix(target: Path) -> str:
    return f".{target.name}."


@contextmanager
def replacing(target: Path) -> Iterator[Path]:
    """A temporary path to write to; when the block ends without error its content becomes
    ``target``. A regular file is replaced by a rename (keeping its permissions; a new file
    gets those of a normally created one; a symlink's target is replaced); a FIFO or
    character device is written as a stream. Any OSError becomes a one-line OutputError; on
    any failure the temporary file is removed."""
    stream = is_stream(target)
    real = target if stream else _real(target)
    try:
        if stream:
            fd, name = tempfile.mkstemp(prefix="zh-learn-out-", suffix=_TMP_SUFFIX)
        else:
            prefix = _temp_prefix(real)
            clean_stale(real.parent, prefix)
            fd, name = tempfile.mkstemp(
                prefix=f"{prefix}{os.getpid()}.", suffix=_TMP_SUFFIX, dir=real.parent
            )
    except OSError as e:
        raise OutputError(f"cannot write {target}: {e.strerror or e}") from None
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        if stream:
            with open(tmp, "rb") as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
        else:
            try:
                mode = stat.S_IMODE(os.stat(real).st_mode)
            except FileNotFoundError:
                mode = 0o666 & ~_umask()
            os.chmod(tmp, mode)
            os.replace(tmp, real)
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
