"""The house's layout, checked from the source: which layer may import what, no
import circles (``TYPE_CHECKING`` ones included), no module too long to read.

Read with :mod:`ast`, so nothing here imports the program."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from functools import cache
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "engagement_desktop"
ROOT = "engagement_desktop"

#: Generated or data files whose length is not for reading.
LONG_ALLOWED = ("gui/forms/", "store/migrations/", "services/demo/names.py")
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


@cache
def modules() -> dict[str, Path]:
    return {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path) -> Iterator[tuple[str, int]]:
    """Every module ``name`` imports, absolute, with its line."""
    is_package = path.name == "__init__.py"
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, node.lineno
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = name.split(".")
                base = base[: len(base) - node.level + (1 if is_package else 0)]
                stem = ".".join(base + ([node.module] if node.module else []))
            else:
                stem = node.module or ""
            yield stem, node.lineno
            for alias in node.names:
                yield f"{stem}.{alias.name}", node.lineno


@cache
def graph() -> dict[str, dict[str, int]]:
    """module -> {imported program module: line}."""
    known = modules()
    edges: dict[str, dict[str, int]] = {}
    for name, path in known.items():
        found: dict[str, int] = {}
        for target, line in _imports(name, path):
            if target in known and target != name:
                found.setdefault(target, line)
        edges[name] = found
    return edges


def _external(prefix: str) -> list[str]:
    return [
        f"{name} imports {target} (line {line})"
        for name, path in modules().items()
        for target, line in _imports(name, path)
        if target == prefix or target.startswith(prefix + ".")
    ]


def test_nothing_outside_the_gui_imports_qt() -> None:
    found = [f for f in _external("PySide6") if not f.startswith(f"{ROOT}.gui")]
    assert not found, "\n".join(found)


def test_screens_read_through_services_never_the_database() -> None:
    found = [f for f in _external("sqlalchemy") if f.startswith(f"{ROOT}.gui")]
    assert not found, "\n".join(found)


def _knots(edges: dict[str, dict[str, int]]) -> list[list[str]]:
    """Groups of modules that reach one another through imports (Tarjan's components)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    knots: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in edges[node]:
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            knot = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                knot.append(member)
                if member == node:
                    break
            if len(knot) > 1:
                knots.append(sorted(knot))

    for node in sorted(edges):
        if node not in index:
            visit(node)
    return knots


def test_no_import_circles() -> None:
    """Not even under ``TYPE_CHECKING``: a child gets what it needs passed in."""
    knots = _knots(graph())
    assert not knots, "\n".join(" <-> ".join(k) for k in knots)


#: Who may import whom: a layer may import only the layers listed for it.
LAYERS = {
    "store": {"store"},
    "services": {"store", "services"},
    "interchange": {"store", "services", "interchange"},
    "reports": {"store", "services", "interchange", "reports"},
    "commands": {"store", "services", "interchange", "reports", "commands"},
    "gui": {"store", "services", "interchange", "reports", "gui"},
}
#: Plain modules at the top of the package that every layer may use.
SHARED = {"errors", "failures", "licences", "paths", ""}


def test_no_layer_imports_one_above_it() -> None:
    upward = []
    for name, targets in graph().items():
        layer = name.split(".")[1] if name.count(".") else ""
        allowed = LAYERS.get(layer)
        if allowed is None:
            continue
        for target, line in targets.items():
            their = target.split(".")[1] if target.count(".") else ""
            if their not in allowed and their not in SHARED:
                upward.append(f"{name} imports {target} (line {line})")
    assert not upward, "\n".join(upward)


def test_no_screen_knows_the_window_that_holds_it() -> None:
    shell = {f"{ROOT}.gui.app", f"{ROOT}.gui.main_window"}
    entry = {f"{ROOT}.cli", *shell}
    found = [
        f"{name} imports {target}"
        for name, targets in graph().items()
        for target in targets
        if target in shell and name not in entry
    ]
    assert not found, "\n".join(found)


def test_no_module_too_long_to_read() -> None:
    long = {
        str(path.relative_to(PACKAGE)): n
        for path in modules().values()
        if not str(path.relative_to(PACKAGE)).startswith(LONG_ALLOWED)
        and (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, "\n".join(f"{k}: {v} lines" for k, v in sorted(long.items()))
