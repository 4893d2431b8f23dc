"""No module binds a top-level name twice: the second binding silently replaces the first for
every function that reads it (a rule's word list, a constant), which no type check sees."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src" / "zh_learn"


def top_level_names(tree: ast.Module) -> dict[str, list[int]]:
    lines: dict[str, list[int]] = defaultdict(list)
    for node in tree.body:
        if isinstance(node, ast.Assign):
            names = [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names = [node.target.id]
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names = [node.name]
        else:
            names = []
        for name in names:
            lines[name].append(node.lineno)
    return lines


def test_no_top_level_name_is_bound_twice() -> None:
    twice = [
        f"{path.relative_to(SRC)}: {name} at lines {lines}"
        for path in sorted(SRC.rglob("*.py"))
        for name, lines in top_level_names(ast.parse(path.read_text("utf-8"))).items()
        if len(lines) > 1
    ]
    assert not twice, twice


def test_the_check_finds_a_name_bound_twice() -> None:
    tree = ast.parse("A = 1\ndef f() -> int:\n    return A\nA = 2\n")
    assert top_level_names(tree)["A"] == [1, 4]
