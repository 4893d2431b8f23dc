"""Deck recipes: a folder with ``recipe.toml`` and the article it turns into an Anki deck.

``zh-learn build decks/<name>`` builds one; with no argument, every ``decks/*/recipe.toml``
(or the bundled demo recipe when there is no ``decks/`` folder).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from zh_learn.analysis.textio import check_encoding
from zh_learn.errors import InputError
from zh_learn.hsk import DEFAULT_STANDARD, STANDARD_NAMES
from zh_learn.models import Kind
from zh_learn.package_data import data_file

RECIPE_FILE = "recipe.toml"
DEMO_RECIPE = "zhumadian-2021.toml"
_KINDS = tuple(kind.value for kind in Kind)
_STANDARDS = tuple(STANDARD_NAMES)
_SUBDECKS = ("none", "kind", "level")
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f]")
_TYPE_NAMES = {str: "a string", int: "a whole number", bool: "true or false", list: "a list"}

#: key -> (type, help). Every key is optional except ``text``.
KEYS: dict[str, tuple[type, str]] = {
    "title": (str, "deck title (default: the article's first line)"),
    "slug": (str, "short name for the file and the source:: tag (default: folder name)"),
    "text": (str, "the article file, relative to the recipe"),
    "source": (str, "credit line for the article, shown in the deck description"),
    "encoding": (str, "input encoding (default: detect)"),
    "cut_at": (str, "ignore the text from the first line containing this"),
    "standard": (str, "HSK word list: hsk3-2021, hsk3-2025 or hsk2"),
    "subdecks": (str, "none, kind or level"),
    "kinds": (list, "kinds to study (default: word, idiom, phrase)"),
    "min_level": (int, "lowest HSK level"),
    "max_level": (int, "highest HSK level"),
    "top": (int, "keep only the first N items"),
    "skip_known": (bool, "leave out words in your known-words list"),
    "include_known": (bool, "ignore your learner profile: keep your level's and known words"),
    "max_notes": (int, "at most this many word notes, the commonest first"),
    "cloze": (bool, "add cloze cards from the article's sentences (default true)"),
    "typing": (bool, "type the answer on Recall cards (default false)"),
    "strokes": (bool, "stroke-order diagrams of each word's characters (default true)"),
    "audio": (bool, "each word note gets its recording (default true)"),
    "listening": (bool, "a Listening card per word (default false)"),
    "output": (str, "file name of the .apkg (default: <slug>.apkg)"),
}


@dataclass(frozen=True, slots=True)
class Recipe:
    path: Path  # the recipe file
    text: Path  # the article
    slug: str
    title: str = ""
    source: str = ""
    encoding: str | None = None
    cut_at: str | None = None
    standard: str = DEFAULT_STANDARD
    subdecks: str = "none"
    kinds: tuple[str, ...] = ()
    min_level: int | None = None
    max_level: int | None = None
    top: int | None = None
    skip_known: bool = False
    include_known: bool = False
    max_notes: int | None = None
    cloze: bool = True
    typing: bool = False
    strokes: bool = True
    audio: bool = True
    listening: bool = False
    output: str = ""

    @property
    def output_name(self) -> str:
        return self.output or f"{self.slug}.apkg"


def load_recipe(path: str | Path) -> Recipe:
    """Read a recipe from a folder holding recipe.toml, or from a .toml file."""
    path = Path(path)
    if path.is_dir():
        path = path / RECIPE_FILE
    if not path.is_file():
        raise InputError(f"no recipe at {path}; a recipe is a folder with {RECIPE_FILE}")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as e:
        raise InputError(f"cannot read {path}: {e}") from None
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"{path} is not valid TOML: {e}") from None
    default_slug = path.parent.name if path.name == RECIPE_FILE else path.stem
    return recipe_from_dict(data, path, default_slug=default_slug)


def recipe_from_dict(data: dict[str, Any], path: Path, *, default_slug: str) -> Recipe:
    for key, value in data.items():
        if key not in KEYS:
            raise InputError(f"{path}: unknown key {key!r} (known: {', '.join(KEYS)})")
        want = KEYS[key][0]
        if not isinstance(value, want) or (want is int and isinstance(value, bool)):
            raise InputError(f"{path}: {key} must be {_TYPE_NAMES[want]}, not {value!r}")
        if isinstance(value, str) and _CONTROL.search(value):
            raise InputError(f"{path}: {key} holds a control character (NUL, escape, ...)")
    if "encoding" in data:

        try:
            check_encoding(data["encoding"])
        except InputError as e:
            raise InputError(f"{path}: encoding: {e}") from None
    _check_choice(path, "standard", data.get("standard", DEFAULT_STANDARD), _STANDARDS)
    _check_choice(path, "subdecks", data.get("subdecks", "none"), _SUBDECKS)
    kinds = tuple(data.get("kinds", ()))
    for kind in kinds:
        _check_choice(path, "kinds", kind, _KINDS)
    for key in ("min_level", "max_level"):
        if key in data and not 1 <= data[key] <= 7:
            raise InputError(f"{path}: {key} must be 1-7 (7 = the 7-9 band)")
    for key in ("top", "max_notes"):
        if data.get(key, 1) < 1:
            raise InputError(f"{path}: {key} must be at least 1")
    if "text" not in data:
        raise InputError(f"{path}: missing key 'text' (the article file)")
    text = (path.parent / data["text"]).resolve()
    if not text.is_file():
        raise InputError(f"{path}: text file {data['text']!r} not found next to the recipe")
    output = data.get("output", "")
    if output:
        _check_file_name(path, "output", output)
    slug = data.get("slug") or default_slug
    if "slug" in data:
        _check_file_name(path, "slug", data["slug"])
    return Recipe(
        path=path,
        text=text,
        slug=slug,
        title=data.get("title", ""),
        source=data.get("source", ""),
        encoding=data.get("encoding"),
        cut_at=data.get("cut_at"),
        standard=data.get("standard", DEFAULT_STANDARD),
        subdecks=data.get("subdecks", "none"),
        kinds=kinds,
        min_level=data.get("min_level"),
        max_level=data.get("max_level"),
        top=data.get("top"),
        skip_known=data.get("skip_known", False),
        include_known=data.get("include_known", False),
        max_notes=data.get("max_notes"),
        cloze=data.get("cloze", True),
        typing=data.get("typing", False),
        strokes=data.get("strokes", True),
        audio=data.get("audio", True),
        listening=data.get("listening", False),
        output=output,
    )


def _check_file_name(path: Path, key: str, value: str) -> None:
    """``value`` must name a file in the output folder: no folder part, nothing hidden."""
    if (
        not value.strip()
        or Path(value).name != value
        or "/" in value
        or "\\" in value
        or value in (".", "..")
        or value.startswith(".")
        or Path(value).is_absolute()
    ):
        raise InputError(f"{path}: {key} must be a file name, not a path ({value!r})")


def _check_choice(path: Path, key: str, value: object, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise InputError(f"{path}: {key} must be one of {', '.join(choices)}, not {value!r}")


def find_recipes(root: str | Path) -> list[Recipe]:
    """Every ``<root>/*/recipe.toml``, sorted by folder name."""
    return [load_recipe(p) for p in sorted(Path(root).glob(f"*/{RECIPE_FILE}"))]


def demo_recipe_path() -> Path:
    return Path(str(data_file("demo", DEMO_RECIPE)))


def demo_recipe() -> Recipe:
    """The recipe for the bundled demo article (package data)."""
    return load_recipe(demo_recipe_path())
