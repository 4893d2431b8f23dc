"""Text put into the cells of files other programs open: CSV and TSV cells a spreadsheet
shows as text, shared by the word list and the vocab table."""

from __future__ import annotations

import re

#: A cell starting with one of these is a formula to a spreadsheet (=HYPERLINK(...)); the
#: full-width forms too, which some spreadsheets convert as typed.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\uff1d", "\uff0b", "\uff0d", "\uff20")
_HARMLESS = re.compile(r"(?:-|[-+]?\d+(?:\.\d+)?)\Z")  # "-" (no level) and plain numbers


def spreadsheet_safe(cell: object) -> str:
    """A CSV/TSV cell a spreadsheet shows as text: OWASP's advice, a leading ``'`` before a
    cell that starts like a formula."""
    text = str(cell)
    if not text.startswith(_FORMULA_START) or _HARMLESS.match(text):
        return text
    return "'" + text
