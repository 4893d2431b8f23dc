"""The house's shape: stages import downwards only, and every module is documented.

The import graph is read with ``ast`` from the source (imports inside functions count too;
those under ``if TYPE_CHECKING:`` do not, since they never run).
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
PACKAGE = SRC / "zh_learn"
ARCHITECTURE = Path(__file__).resolve().parent.parent / "docs" / "ARCHITECTURE.md"


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _runtime_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for other in child.orelse:
                    visit(other)
                continue
            if isinstance(child, (ast.Import, ast.ImportFrom)):
                found.append(child)
            visit(child)

    visit(tree)
    return found


def import_graph() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """(module -> zh_learn modules it imports, module -> top-level outside packages it imports)."""
    modules = _modules()
    inner: dict[str, set[str]] = {name: set() for name in modules}
    outer: dict[str, set[str]] = {name: set() for name in modules}
    for name, path in modules.items():
        package = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in _runtime_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                if node.level:
                    base = package.split(".")[: len(package.split(".")) - node.level + 1]
                    target = ".".join(base + ([node.module] if node.module else []))
                else:
                    target = node.module or ""
                candidates = [target] + [f"{target}.{alias.name}" for alias in node.names]
            else:
                candidates = [alias.name for alias in node.names]
            for candidate in candidates:
                if candidate in modules and candidate != name:
                    inner[name].add(candidate)
                elif not candidate.startswith("zh_learn"):
                    outer[name].add(candidate.split(".")[0])
    return inner, outer


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state and (found := visit(node)):
            return found
    return None


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_no_import_cycle() -> None:
    inner, _ = import_graph()
    assert _cycle(inner) is None, " -> ".join(_cycle(inner) or [])


def test_the_analysis_never_imports_renderers_study_code_or_the_cli() -> None:
    inner, outer = import_graph()
    for module, targets in inner.items():
        if _stage(module) != "analysis":
            continue
        wrong = {t for t in targets if _stage(t) in ("render", "study", "cli", "audio")}
        assert not wrong, f"{module} imports {sorted(wrong)}"
        assert "click" not in outer[module], module


def test_renderers_and_study_code_never_import_commands() -> None:
    inner, _ = import_graph()
    for module, targets in inner.items():
        if _stage(module) in ("render", "study", "characters", "audio"):
            wrong = {t for t in targets if _stage(t) == "cli"}
            assert not wrong, f"{module} imports {sorted(wrong)}"


#: What a renderer may take from another: the shared page shell and cells, lessons, and the
#: text profile (a handout shows its chart). Anything else would be another's internals.
SHARED_RENDERING = {
    "zh_learn.render.html", "zh_learn.render.cells", "zh_learn.render.lessons",
    "zh_learn.render.profile",
}  # fmt: skip


def test_renderers_never_import_each_other_s_internals() -> None:
    inner, _ = import_graph()
    for module, targets in inner.items():
        if _stage(module) != "render":
            continue
        own = module.rpartition(".")[0]  # render.anki's modules may use each other
        for target in targets:
            if _stage(target) == "render" and target.rpartition(".")[0] != own:
                assert target in SHARED_RENDERING, f"{module} imports {target}"


def test_only_the_command_line_imports_click() -> None:
    _, outer = import_graph()
    users = {m for m, targets in outer.items() if "click" in targets}
    assert users and all(_stage(m) == "cli" for m in users), sorted(users)


def test_every_module_is_described_in_the_architecture_document() -> None:
    text = ARCHITECTURE.read_text(encoding="utf-8")
    missing = []
    for path in _modules().values():
        if path.name == "__init__.py" and path.stat().st_size < 400:
            continue  # a package's docstring only; its modules are listed
        relative = path.relative_to(PACKAGE).as_posix()
        if f"`{relative}`" not in text:
            missing.append(relative)
    assert not missing, f"docs/ARCHITECTURE.md does not describe: {', '.join(missing)}"


def test_the_graph_reader_sees_imports_inside_functions() -> None:
    # A guard on the guard: cli.app loads commands by name, but vocab imports the pipeline
    # inside its function; the graph must hold that edge or the checks above prove nothing.
    inner, _ = import_graph()
    assert "zh_learn.analysis.pipeline" in inner["zh_learn.cli.vocab"]
