"""Helpers for the tests that import zh-learn's output into the real Anki backend."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any


def import_apkg(col: Any, path: Path) -> Any:
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest

    request = ImportAnkiPackageRequest(package_path=str(path), options=ImportAnkiPackageOptions())
    return col.import_anki_package(request).log


def visible(html: str) -> str:
    """Rendered card HTML without its <style> block and tags."""
    html = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).strip()
