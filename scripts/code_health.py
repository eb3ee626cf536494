"""Code-health figures for the closing notes: long modules, import cycles, SQL outside models/.

Run: .venv/bin/python scripts/code_health.py  (stdlib only; reads the source, imports nothing of it)
"""
from __future__ import annotations

import ast
import sys
from pathlib import Path

PACKAGES = ("ingest", "models", "workers", "search_app", "arsip")
LONG = 400


def modules(root: Path) -> dict[str, Path]:
    """Every module of the project's packages, by dotted name."""
    found = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            parts = list(path.relative_to(root).with_suffix("").parts)
            if parts[-1] == "__init__":
                parts.pop()
            found[".".join(parts)] = path
    return found


def imported(name: str, path: Path, known: dict[str, Path]) -> tuple[set[str], set[str]]:
    """(project modules, top-level third-party names) a module imports anywhere in its body."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    targets: set[str] = set()
    type_only = {id(inner) for node in ast.walk(tree)
                 if isinstance(node, ast.If) and getattr(node.test, "id", None) == "TYPE_CHECKING"
                 for statement in node.body for inner in ast.walk(statement)}
    for node in ast.walk(tree):
        if id(node) in type_only:
            continue  # a type-only import (under `if TYPE_CHECKING:`) is no edge at run time
        if isinstance(node, ast.Import):
            targets.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            targets.add(base)
            targets.update(f"{base}.{alias.name}" for alias in node.names)
    project, external = set(), set()
    for target in targets:
        while target and target not in known:
            if target.split(".")[0] not in PACKAGES:
                external.add(target.split(".")[0])
                break
            target = target.rpartition(".")[0]
        if target in known and target != name:
            project.add(target)
    return project, external


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for nxt in graph.get(node, ()):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(found)


def main(root: Path = Path(".")) -> None:
    known = modules(root)
    graph, sql = {}, []
    for name, path in known.items():
        # a package's __init__ importing its own submodules is not a cycle of design
        project, external = imported(name, path, known)
        graph[name] = {m for m in project if not m.startswith(name + ".")}
        if "sqlalchemy" in external and not name.startswith("models"):
            sql.append(name)
    long = sorted((len(p.read_text(encoding="utf-8").splitlines()), str(p)) for p in known.values())
    long = [(n, p) for n, p in long if n > LONG]
    found = cycles(graph)
    print(f"modules over {LONG} lines: {len(long)}")
    for n, p in long:
        print(f"  {p} ({n})")
    print(f"import cycles (strongly connected groups): {len(found)}")
    for group in found:
        print("  " + " <-> ".join(group))
    print(f"modules outside models/ importing sqlalchemy: {len(sql)}")
    for name in sorted(sql):
        print(f"  {name}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("."))
