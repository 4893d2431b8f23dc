"""The bad-input catalogue (issue 13, "Checks"): every command that reads a file or writes an
output, against every kind of bad (and good) path the red team tried. Each case expects a
one-line error (exit 1), a usage error (exit 2) or success, and never a traceback. Device and
FIFO nodes are made here in a temporary folder, never taken from /dev."""

from __future__ import annotations

import errno
import os
import stat
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from zh_learn.analysis.textio import MAX_INPUT_BYTES
from zh_learn.cli.app import cli

TEXT = "我们在国内学习中文。\r\n今天天气很好，我们一起去图书馆看书。\n"
WORDS = "学习\n中文\n图书馆\n"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
root_only = pytest.mark.skipif(not IS_ROOT, reason="making device nodes needs root")

OK, ERROR, USAGE = "ok", "error", "usage"


def feed_fifo(path: Path, data: bytes, give_up: float = 20.0) -> threading.Thread:
    """Write ``data`` into the FIFO once a reader opens it (give up if none comes)."""

    def writer() -> None:
        deadline = time.monotonic() + give_up
        while time.monotonic() < deadline:
            try:
                fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
            except OSError as e:
                if e.errno != errno.ENXIO:
                    return
                time.sleep(0.01)
                continue
            os.set_blocking(fd, True)
            try:
                os.write(fd, data)
            except OSError:
                pass
            finally:
                os.close(fd)
            return

    thread = threading.Thread(target=writer, daemon=True)
    thread.start()
    return thread


def drain_fifo(path: Path, give_up: float = 20.0) -> threading.Thread:
    """Read the FIFO to its end once a writer opens it."""

    def reader() -> None:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
        deadline = time.monotonic() + give_up
        try:
            while time.monotonic() < deadline:
                try:
                    chunk = os.read(fd, 65536)
                except BlockingIOError:
                    time.sleep(0.01)
                    continue
                if not chunk and _writer_came[0]:
                    return
                if chunk:
                    _writer_came[0] = True
                else:
                    time.sleep(0.01)
        finally:
            os.close(fd)

    _writer_came = [False]
    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    return thread


def node(path: Path, kind: int, major: int, minor: int) -> Path:
    os.mknod(path, kind | 0o666, os.makedev(major, minor))
    return path


@dataclass(frozen=True)
class InputCase:
    """Makes the path (in ``folder``) given to a command; ``text`` is the role's good content
    (an article, or a word list); returns the path string."""

    make: Callable[[Path, str], str]
    expect: str


def _file(data: Callable[[str], bytes]) -> Callable[[Path, str], str]:
    def make(folder: Path, good: str) -> str:
        path = folder / "input.txt"
        path.write_bytes(data(good))
        return str(path)

    return make


def _fifo(data: Callable[[str], bytes]) -> Callable[[Path, str], str]:
    def make(folder: Path, good: str) -> str:
        path = folder / "input.fifo"
        os.mkfifo(path)
        feed_fifo(path, data(good))
        return str(path)

    return make


def _sparse(folder: Path, good: str) -> str:
    path = folder / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(MAX_INPUT_BYTES + 1)
    return str(path)


def _dangling(folder: Path, good: str) -> str:
    path = folder / "dangling.txt"
    path.symlink_to(folder / "nowhere.txt")
    return str(path)


def _loop(folder: Path, good: str) -> str:
    path = folder / "loop.txt"
    path.symlink_to(path)
    return str(path)


def _folder(folder: Path, good: str) -> str:
    sub = folder / "a-folder"
    sub.mkdir()
    return str(sub)


def _symlink_to_good(folder: Path, good: str) -> str:
    target = folder / "real.txt"
    target.write_text(good, encoding="utf-8")
    link = folder / "link.txt"
    link.symlink_to(target)
    return str(link)


def _device(minor: int) -> Callable[[Path, str], str]:
    def make(folder: Path, good: str) -> str:
        return str(node(folder / f"char-{minor}", stat.S_IFCHR, 1, minor))

    return make


INPUTS: dict[str, tuple[Callable[[Path, str], str], str, tuple[object, ...]]] = {
    "good-utf8": (_file(lambda g: g.encode()), OK, ()),
    "good-utf8-bom": (_file(lambda g: b"\xef\xbb\xbf" + g.encode()), OK, ()),
    "good-gbk": (_file(lambda g: g.encode("gbk")), OK, ()),
    "good-big5": (_file(lambda g: g.replace("国内", "國內").replace("图书馆", "圖書館")
                        .replace("学习", "學習").replace("们", "們").replace("气", "氣")
                        .replace("为", "為").replace("书", "書").encode("big5")), OK, ()),
    "good-utf16": (_file(lambda g: g.encode("utf-16")), OK, ()),
    "good-utf16le-no-bom": (_file(lambda g: g.encode("utf-16-le")), OK, ()),
    "good-with-escapes": (_file(lambda g: ("\x1b]0;x\x07" + g + "\x1b[2J").encode()), OK, ()),
    "good-fifo": (_fifo(lambda g: g.encode()), OK, ()),
    "good-symlink": (_symlink_to_good, OK, ()),
    "missing": (lambda d, g: str(d / "missing.txt"), ERROR, ()),
    "folder": (_folder, ERROR, ()),
    "empty": (_file(lambda g: b""), ERROR, ()),
    "blank": (_file(lambda g: b" \n\t\r\n"), ERROR, ()),
    "binary": (_file(lambda g: bytes(range(256)) * 16), ERROR, ()),
    "png": (_file(lambda g: b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(300)), ERROR, ()),
    "invalid-utf8": (_file(lambda g: b"\xc3\x28\xa0\xa1\xe2\x28\xa1" * 30), ERROR, ()),
    "bom-then-junk": (_file(lambda g: b"\xff\xfe" + b"\x00\xd8\x01\x02" * 50), ERROR, ()),
    "ascii-only": (_file(lambda g: b"Just English, no Chinese at all.\n"), ERROR, ()),
    "nul-bytes": (_file(lambda g: b"\x00" * 1000), ERROR, ()),
    "over-64mb": (_sparse, ERROR, ()),
    "empty-fifo": (_fifo(lambda g: b""), ERROR, ()),
    "dangling-symlink": (_dangling, ERROR, ()),
    "symlink-loop": (_loop, ERROR, ()),
    "nul-in-path": (lambda d, g: str(d / "a\x00b.txt"), USAGE, ()),
    "escape-in-name": (lambda d, g: str(d / "\x1b]0;pwn\x07.txt"), ERROR, ()),
    "char-device-null": (_device(3), ERROR, (root_only,)),
    "char-device-zero": (_device(5), ERROR, (root_only,)),
    "char-device-urandom": (_device(9), ERROR, (root_only,)),
}

#: How each reading command is called with the path; "{out}" is a fresh output folder.
READERS: dict[str, tuple[list[str], str]] = {
    "vocab": (["vocab", "{p}"], TEXT),
    "pinyin": (["pinyin", "{p}"], TEXT),
    "anki": (["anki", "{p}", "-o", "{out}/deck.apkg"], TEXT),
    "quiz": (["quiz", "{p}", "-n", "1"], TEXT),
    "wordlist": (["wordlist", "{p}", "-o", "{out}/words.md"], TEXT),
    "profile": (["profile", "{p}"], TEXT),
    "handout": (["handout", "{p}", "-o", "{out}/sheet.html"], TEXT),
    "known-import": (["known", "import", "{p}"], WORDS),
    "wordlist-known": (["wordlist", "{article}", "--known", "{p}"], WORDS),
    "profile-known": (["profile", "{article}", "--known", "{p}"], WORDS),
    "handout-known": (["handout", "{article}", "--known", "{p}"], WORDS),
}
#: Cases whose outcome differs for one command (none: every reader checks input alike).
EXCEPTIONS: dict[tuple[str, str], str] = {}


def check(result: Result, expect: str) -> None:
    output = result.output
    assert "Traceback" not in output and "Traceback" not in result.stderr
    if expect == OK:
        assert result.exit_code == 0, (output, result.exception)
        return
    if expect == ERROR:
        assert result.exit_code == 1, (output, result.exception)
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: "), result.stderr
        assert not any(0x00 <= ord(c) < 0x20 for c in lines[0])
        return
    assert result.exit_code == 2, (output, result.exception)


def _reader_params() -> list[object]:
    params = []
    for command in READERS:
        for case, (_, expect, marks) in INPUTS.items():
            outcome = EXCEPTIONS.get((command, case), expect)
            params.append(pytest.param(command, case, outcome, id=f"{command}-{case}",
                                       marks=marks))
    return params


@pytest.mark.parametrize(("command", "case", "expect"), _reader_params())
def test_reading(
    runner: CliRunner, tmp_path: Path, command: str, case: str, expect: str
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    out = tmp_path / "out"
    out.mkdir()
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    args, good = READERS[command]
    path = INPUTS[case][0](inputs, good)
    filled = [a.format(p=path, out=out, article=article) if "{" in a else a for a in args]
    filled = [path if a == "{p}" else a for a in filled]
    result = runner.invoke(cli, filled, input="q\n")
    check(result, expect)
    if expect != OK:  # nothing half-written, nothing left behind
        assert list(out.iterdir()) == []


# -- outputs -----------------------------------------------------------------------------


def _out_fifo(folder: Path) -> str:
    path = folder / "out.fifo"
    os.mkfifo(path)
    drain_fifo(path)
    return str(path)


def _out_symlink(folder: Path) -> str:
    target = folder / "target.out"
    target.write_text("old", encoding="utf-8")
    link = folder / "link.out"
    link.symlink_to(target)
    return str(link)


def _out_dangling(folder: Path) -> str:
    link = folder / "dangling.out"
    link.symlink_to(folder / "new-target.out")
    return str(link)


def _out_existing(folder: Path) -> str:
    path = folder / "existing.out"
    path.write_text("old", encoding="utf-8")
    return str(path)


OUTPUTS: dict[str, tuple[Callable[[Path], str], str, tuple[object, ...]]] = {
    "new-file": (lambda d: str(d / "new.out"), OK, ()),
    "existing-file": (_out_existing, OK, ()),
    "fifo": (_out_fifo, OK, ()),
    "symlink": (_out_symlink, OK, ()),
    "dangling-symlink": (_out_dangling, OK, ()),
    "missing-folder": (lambda d: str(d / "missing" / "x.out"), ERROR, ()),
    "missing-folder-slash": (lambda d: str(d / "newdir") + "/", ERROR, ()),
    "existing-folder": (lambda d: str(d), USAGE, ()),
    "is-the-input": (lambda d: str(d / "article.txt"), ERROR, ()),
    "nul-in-path": (lambda d: str(d / "a\x00b.out"), USAGE, ()),
    "char-device-null": (lambda d: str(node(d / "null", stat.S_IFCHR, 1, 3)), OK, (root_only,)),
    # Major 240 is reserved for local use: no driver, so nothing can be written by mistake.
    "block-device": (lambda d: str(node(d / "blk", stat.S_IFBLK, 240, 0)), ERROR, (root_only,)),
}
WRITERS: dict[str, list[str]] = {
    "anki": ["anki", "{article}", "-o", "{o}"],
    "wordlist": ["wordlist", "{article}", "-o", "{o}"],
    "handout": ["handout", "{article}", "-o", "{o}"],
}
OUT_EXCEPTIONS = {("anki", "existing-folder"): OK}


def _writer_params() -> list[object]:
    params = []
    for command in WRITERS:
        for case, (_, expect, marks) in OUTPUTS.items():
            outcome = OUT_EXCEPTIONS.get((command, case), expect)
            params.append(pytest.param(command, case, outcome, id=f"{command}-{case}",
                                       marks=marks))
    return params


@pytest.mark.parametrize(("command", "case", "expect"), _writer_params())
def test_writing(
    runner: CliRunner, tmp_path: Path, command: str, case: str, expect: str
) -> None:
    folder = tmp_path / "work"
    folder.mkdir()
    article = folder / "article.txt"
    article.write_bytes(TEXT.encode())
    target = OUTPUTS[case][0](folder)
    args = [target if a == "{o}" else a.format(article=article) for a in WRITERS[command]]
    result = runner.invoke(cli, args)
    check(result, expect)
    assert article.read_bytes() == TEXT.encode()
    assert not list(folder.glob(".*.tmp"))
    if case == "symlink":
        assert Path(target).is_symlink()
    if case == "fifo":
        assert stat.S_ISFIFO(Path(target).lstat().st_mode)
    if case == "char-device-null":
        assert stat.S_ISCHR(Path(target).lstat().st_mode)
    if case == "missing-folder-slash":
        assert not (folder / "newdir").exists()


@pytest.mark.parametrize(
    ("make", "expect"),
    [
        (lambda d: str(d / "new-folder"), OK),
        (lambda d: _out_existing(d), USAGE),
        (lambda d: str(d / "a\x00b"), USAGE),
    ],
    ids=["created", "a-file", "nul"],
)
def test_build_output_folder(
    runner: CliRunner, tmp_path: Path, make: Callable[[Path], str], expect: str
) -> None:
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / "article.txt").write_text(TEXT, encoding="utf-8")
    (deck / "recipe.toml").write_text('text = "article.txt"\n', encoding="utf-8")
    result = runner.invoke(cli, ["build", str(deck), "-o", make(tmp_path)])
    check(result, expect)


@pytest.mark.parametrize(
    ("recipe", "expect"),
    [
        (None, ERROR),
        (b"", ERROR),
        (b"\x00\x01\x02binary", ERROR),
        (b"text = ", ERROR),
        (b'text = "article.txt"\nslug = "a\\u0000b"\n', ERROR),
        (b'text = "article.txt"\nslug = "../../x"\n', ERROR),
        (b'text = "article.txt"\nencoding = "rot13"\n', ERROR),
        (b'text = "article.txt"\ntitle = "\\u001b]0;x\\u0007"\n', ERROR),
        (b'text = "article.txt"\n', OK),
    ],
    ids=["no-recipe", "empty", "binary", "bad-toml", "nul-slug", "traversal-slug", "rot13",
         "escape-title", "good"],
)
def test_build_recipes(
    runner: CliRunner, tmp_path: Path, recipe: bytes | None, expect: str
) -> None:
    deck = tmp_path / "deck"
    deck.mkdir()
    (deck / "article.txt").write_text(TEXT, encoding="utf-8")
    if recipe is not None:
        (deck / "recipe.toml").write_bytes(recipe)
    out = tmp_path / "out"
    check(runner.invoke(cli, ["build", str(deck), "-o", str(out)]), expect)
    made = sorted(p.name for p in out.iterdir()) if out.exists() else []
    assert made == (["deck.apkg"] if expect == OK else [])
