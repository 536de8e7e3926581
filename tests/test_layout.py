"""The package layout the architecture page promises: reader, engine and site, imports
only downward, no cycles, no MkDocs in the engine, small modules."""

from __future__ import annotations

import ast
from pathlib import Path

import mkdocs_quotes

PACKAGE = Path(mkdocs_quotes.__file__).parent
MAX_LINES = 400


def _modules() -> dict[str, Path]:
    found = {}
    for path in PACKAGE.rglob("*.py"):
        parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imports(name: str, path: Path, modules: dict[str, Path]) -> set[str]:
    """Modules of the package (and outside names) imported at run time, not for typing."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            found.add(target)
            found.update(f"{target}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {m for m in found if m in modules or not m.startswith("mkdocs_quotes")}


def test_imports_go_only_downward() -> None:
    modules = _modules()
    forbidden = {
        "mkdocs_quotes.engine": ("mkdocs_quotes.site", "mkdocs_quotes.reader", "mkdocs"),
        "mkdocs_quotes.reader": ("mkdocs_quotes.site", "mkdocs_quotes.engine", "mkdocs"),
    }
    wrong = [
        (name, target)
        for name, path in modules.items()
        for layer, banned in forbidden.items()
        if name.startswith(layer)
        for target in _imports(name, path, modules)
        if any(target == b or target.startswith(b + ".") for b in banned)
    ]
    assert wrong == []


def test_no_import_cycle() -> None:
    modules = _modules()
    graph = {
        name: {t for t in _imports(name, path, modules) if t in modules and t != name}
        for name, path in modules.items()
    }
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(module: str, stack: list[str]) -> None:
        state[module] = 1
        stack.append(module)
        for target in graph[module]:
            if target.startswith(module + "."):
                continue  # a package re-exporting its own modules
            if state.get(target) == 1:
                cycles.append([*stack[stack.index(target) :], target])
            elif target not in state:
                visit(target, stack)
        stack.pop()
        state[module] = 2

    for module in graph:
        if module not in state:
            visit(module, [])
    assert cycles == []


def test_no_module_is_long() -> None:
    long = {
        str(path.relative_to(PACKAGE)): lines
        for path in PACKAGE.rglob("*.py")
        if (lines := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}
