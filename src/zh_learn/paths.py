"""Where zh-learn keeps user data and caches.

``ZH_LEARN_HOME`` moves everything (data and cache) under one folder, which tests and
portable installs use; otherwise the platform's user data and cache dirs are used.
"""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "zh-learn"
_made: set[Path] = set()


def _ensure(path: Path) -> Path:
    # Asked for thousands of times in an analysis: create each folder once per process.
    if path not in _made:
        path.mkdir(parents=True, exist_ok=True)
        _made.add(path)
    return path


def data_dir(*, create: bool = True) -> Path:
    """Folder for the learner's own data (progress, known words, pinyin fixes);
    ``create=False`` for a reader, which must leave no empty folder behind."""
    home = os.environ.get("ZH_LEARN_HOME")
    if home:
        path = Path(home)
    else:
        from platformdirs import user_data_dir

        path = Path(user_data_dir(APP_NAME, appauthor=False))
    return _ensure(path) if create else path


def cache_dir() -> Path:
    """Folder for compiled indexes; safe to delete at any time (``ZH_LEARN_CACHE`` overrides)."""
    override = os.environ.get("ZH_LEARN_CACHE")
    home = os.environ.get("ZH_LEARN_HOME")
    if override:
        path = Path(override)
    elif home:
        path = Path(home) / "cache"
    else:
        from platformdirs import user_cache_dir

        path = Path(user_cache_dir(APP_NAME, appauthor=False))
    return _ensure(path)
