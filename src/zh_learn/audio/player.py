"""Play a clip through a program found on the system (zh-learn plays no sound itself).

``ZH_LEARN_PLAYER`` names the command (``{}`` stands for the file; without it the file is
appended): ``ZH_LEARN_PLAYER="mpv --really-quiet"``. Otherwise the first of mpv, ffplay,
afplay (macOS), paplay, pw-play, aplay found on PATH is used; the last three are given WAV.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

#: (program, arguments before the file, wants WAV)
_KNOWN: tuple[tuple[str, tuple[str, ...], bool], ...] = (
    ("mpv", ("--really-quiet", "--no-video", "--no-terminal"), False),
    ("ffplay", ("-nodisp", "-autoexit", "-loglevel", "quiet"), False),
    ("afplay", (), False),
    ("paplay", (), True),
    ("pw-play", (), True),
    ("aplay", ("-q",), True),
)
ENV = "ZH_LEARN_PLAYER"
NO_PLAYER = (
    "no audio player found (install mpv or ffplay, or set ZH_LEARN_PLAYER); going on without sound"
)


def no_player_message() -> str:
    """The one line saying there is no player (naming ZH_LEARN_PLAYER's command if unusable)."""
    configured = os.environ.get(ENV, "").strip()
    if configured:
        return f"the {ENV} command was not found ({configured}); going on without sound"
    return NO_PLAYER


@dataclass(frozen=True, slots=True)
class Player:
    command: tuple[str, ...]  # with "{}" where the file goes
    wav: bool = False

    def play(self, pcm: Any, name: str = "clip", timeout: float = 20.0) -> bool:
        """Play mono PCM (blocking); False when the player failed."""
        from zh_learn.audio import codec

        data = codec.to_wav(pcm) if self.wav else codec.encode_mp3(pcm)
        safe = "".join(ch for ch in name if ch.isalnum())[:40] or "clip"
        return self.play_file_bytes(data, f"{safe}.{'wav' if self.wav else 'mp3'}", timeout)

    def play_file_bytes(self, data: bytes, filename: str, timeout: float = 20.0) -> bool:
        with tempfile.TemporaryDirectory(prefix="zh-learn-") as tmp:
            path = Path(tmp) / filename
            path.write_bytes(data)
            argv = [str(path) if part == "{}" else part for part in self.command]
            try:
                done = subprocess.run(
                    argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL, timeout=timeout, check=False,
                )
            except (OSError, subprocess.TimeoutExpired):
                return False
            return done.returncode == 0


def find_player() -> Player | None:
    """The player to use, or None when there is none."""
    configured = os.environ.get(ENV, "").strip()
    if configured:
        parts = shlex.split(configured)
        if not parts or not shutil.which(parts[0]):
            return None
        if "{}" not in parts:
            parts.append("{}")
        wav = any(Path(parts[0]).name == name for name, _, w in _KNOWN if w)
        return Player(tuple(parts), wav)
    for name, args, wav in _KNOWN:
        path = shutil.which(name)
        if path:
            return Player((path, *args, "{}"), wav)
    return None
