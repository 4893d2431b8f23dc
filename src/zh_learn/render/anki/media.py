"""Audio media for Anki decks: one MP3 per note, named by a hash of its content.

Content names make rebuilds idempotent: the same word gives the same bytes (every step is
deterministic), so the same file name, and Anki's importer finds the file already in the
collection instead of adding a copy. The credits travel in a ``_``-prefixed media file,
which Anki keeps even though no card names it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import NamedTuple

from zh_learn.models import VocabItem

CREDITS_FILE = "_zh-learn-audio-credits.txt"


class NoteAudio(NamedTuple):
    filename: str  # media file name, in the media folder
    source: str  # "word" or "syllables"

    @property
    def field(self) -> str:
        return f"[sound:{self.filename}]"

    @property
    def tag(self) -> str:
        return f"audio::{self.source}"


def media_name(data: bytes) -> str:
    return f"zh-learn-{hashlib.sha256(data).hexdigest()[:24]}.mp3"


def write_note_audio(item: VocabItem, folder: Path) -> NoteAudio | None:
    """Write ``item``'s audio into ``folder`` (once per content); None if it has none."""
    from zh_learn.audio import sources

    plan = sources.item_plan(item)
    if plan is None:
        return None
    data = sources.mp3(plan)
    name = media_name(data)
    path = folder / name
    if not path.exists():
        path.write_bytes(data)
    return NoteAudio(name, plan.source)


def write_credits(folder: Path) -> Path:
    from zh_learn.audio.sources import CREDIT

    path = folder / CREDITS_FILE
    path.write_text(
        "Audio in this deck\n\n"
        f"{CREDIT}\n\n"
        "Licence: Creative Commons Attribution-ShareAlike (CC BY-SA 3.0 US for Yue Tan's "
        "word recordings, CC BY-SA for Chen Wang's syllables): "
        "https://creativecommons.org/licenses/by-sa/3.0/us/\n"
        "Words are either Yue Tan's recording of the whole word (note tag audio::word) or "
        "joined by zh-learn from Chen Wang's syllable recordings (tag audio::syllables).\n",
        encoding="utf-8",
    )
    return path
