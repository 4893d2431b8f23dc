"""The HTML every printable page shares: the self-contained page shell (inline CSS, a
Content-Security-Policy that forbids scripts), the word cell,
and printing with headless Chromium."""

from __future__ import annotations

import functools
import html
import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from zh_learn.errors import OutputError
from zh_learn.fileio import write_atomic
from zh_learn.models import VocabItem
from zh_learn.package_data import read_text

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")

e = html.escape


@functools.cache
def stylesheet() -> str:
    return read_text("handout.css")


def page(title: str, body: str, *, lang: str = "zh-Hans", css: str = "") -> str:
    """A complete, self-contained HTML document around ``body`` (already HTML); ``css`` is
    added after the shared stylesheet (a worksheet's or exercise sheet's own rules)."""
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="zh-learn">\n'
        f"<title>{e(title)}</title>\n<style>\n{stylesheet()}{css}</style>\n</head>\n<body>\n"
        f"{body}\n</body>\n</html>\n"
    )


def word_cell(item: VocabItem) -> str:
    """The word as escaped HTML, with its traditional form beside it when that differs."""
    word = html.escape(item.simplified)
    if item.traditional and item.traditional != item.simplified:
        word += f' <span class="trad">{html.escape(item.traditional)}</span>'
    return word


def find_chromium() -> str | None:
    """The headless browser to print with: $ZH_LEARN_CHROMIUM, else chromium/chrome on PATH."""
    override = os.environ.get("ZH_LEARN_CHROMIUM")
    if override:
        return shutil.which(override) or (override if Path(override).is_file() else None)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


def print_with_chromium(
    html_path: Path,
    output: Path,
    *,
    mode: str = "pdf",
    window_size: tuple[int, int] = (1240, 1754),
    timeout: float = 180.0,
) -> Path:
    """Render ``html_path`` to a PDF (``mode="pdf"``) or PNG screenshot with headless
    Chromium, written atomically to ``output``. Raises OutputError when it cannot."""
    exe = find_chromium()
    if exe is None:
        raise OutputError(
            "headless Chromium is not installed (needed for PDF output); install the "
            "'chromium' package or open the HTML in a browser and print it"
        )
    output = Path(output)
    if not output.parent.is_dir():
        raise OutputError(f"cannot write {output}: folder {output.parent} does not exist")
    with tempfile.TemporaryDirectory(prefix="zh-learn-chromium-") as tmp:
        tmp_out = Path(tmp) / ("out.pdf" if mode == "pdf" else "out.png")
        args = [
            exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--hide-scrollbars", "--mute-audio",
            f"--user-data-dir={Path(tmp) / 'profile'}",
        ]
        if mode == "pdf":
            args += ["--no-pdf-header-footer", f"--print-to-pdf={tmp_out}"]
        else:
            args += [f"--window-size={window_size[0]},{window_size[1]}", f"--screenshot={tmp_out}"]
        args.append(Path(html_path).resolve().as_uri())
        try:
            proc = subprocess.run(
                args, capture_output=True, text=True, timeout=timeout, check=False,
                stdin=subprocess.DEVNULL,
            )
        except subprocess.TimeoutExpired:
            raise OutputError(f"Chromium did not finish within {timeout:.0f} s") from None
        except OSError as err:
            raise OutputError(f"cannot run {exe}: {err.strerror or err}") from None
        if not tmp_out.is_file() or tmp_out.stat().st_size == 0:
            last = (proc.stderr.strip().splitlines() or ["no output"])[-1]
            raise OutputError(f"Chromium wrote no {mode.upper()} (exit {proc.returncode}): {last}")

        return write_atomic(output, tmp_out.read_bytes())
