"""Deck recipes: loading, validation, and the decks/ and bundled copies agreeing."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from zh_learn.errors import InputError
from zh_learn.recipes import demo_recipe, demo_recipe_path, find_recipes, load_recipe

REPO = Path(__file__).resolve().parent.parent
SEED_DIR = REPO / "decks" / "zhumadian-2021"


def test_seed_recipe_loads() -> None:
    recipe = load_recipe(SEED_DIR)
    assert recipe.slug == "zhumadian-2021"
    assert recipe.text == SEED_DIR / "article.txt"
    assert recipe.kinds == ("word", "idiom", "phrase")
    assert recipe.subdecks == "kind"
    assert recipe.cut_at == "责任编辑"
    assert recipe.output_name == "zhumadian-2021.apkg"
    assert "驻马店网" in recipe.source


def test_decks_and_bundled_copies_agree() -> None:
    mine = tomllib.loads((SEED_DIR / "recipe.toml").read_text(encoding="utf-8"))
    bundled = tomllib.loads(demo_recipe_path().read_text(encoding="utf-8"))
    assert mine.pop("text") == "article.txt"
    assert bundled.pop("text") == "zhumadian-2021.txt"
    assert mine == bundled
    demo = demo_recipe()
    assert demo.text.read_bytes() == (SEED_DIR / "article.txt").read_bytes()
    assert dataclass_without(demo) == dataclass_without(load_recipe(SEED_DIR))


def dataclass_without(recipe: object) -> dict[str, object]:
    fields = {k: getattr(recipe, k) for k in recipe.__slots__}  # type: ignore[attr-defined]
    del fields["path"], fields["text"]
    return fields


def test_find_recipes_sorted(tmp_path: Path) -> None:
    for name in ("b-deck", "a-deck"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "article.txt").write_text("你好。", encoding="utf-8")
        (tmp_path / name / "recipe.toml").write_text('text = "article.txt"\n', encoding="utf-8")
    (tmp_path / "not-a-recipe").mkdir()
    assert [r.slug for r in find_recipes(tmp_path)] == ["a-deck", "b-deck"]


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('text = "article.txt"\ncolour = "red"', "unknown key 'colour'"),
        ('text = "article.txt"\ntop = "ten"', "top must be a whole number"),
        ('text = "article.txt"\ntop = 0', "top must be at least 1"),
        ('text = "article.txt"\ncloze = 1', "cloze must be true or false"),
        ('text = "article.txt"\nsubdecks = "colour"', "subdecks must be one of none, kind"),
        ('text = "article.txt"\nkinds = ["verb"]', "kinds must be one of"),
        ('text = "article.txt"\nmax_level = 9', "max_level must be 1-7"),
        ('text = "article.txt"\noutput = "../x.apkg"', "output must be a file name"),
        ('title = "x"', "missing key 'text'"),
        ('text = "nope.txt"', "'nope.txt' not found"),
        ("text = ", "not valid TOML"),
    ],
    ids=["unknown", "type", "top", "bool", "subdecks", "kinds", "level", "output", "no-text",
         "no-file", "toml"],
)
def test_bad_recipes(tmp_path: Path, toml: str, message: str) -> None:
    (tmp_path / "article.txt").write_text("你好。", encoding="utf-8")
    (tmp_path / "recipe.toml").write_text(toml, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_recipe(tmp_path)


def test_missing_recipe(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no recipe at"):
        load_recipe(tmp_path)
