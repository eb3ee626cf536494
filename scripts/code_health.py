"""Modules over 400 lines, a figure for the closing notes (docs/architecture.md, code health).

Import cycles and SQL outside models/ are import-linter contracts in pyproject.toml (`.venv/bin/lint-imports`,
checked by tests/test_layers.py). Run: .venv/bin/python scripts/code_health.py
"""
from __future__ import annotations

import sys
from pathlib import Path

PACKAGES = ("ingest", "models", "workers", "search_app", "arsip")
LONG = 400


def main(root: Path = Path(".")) -> None:
    lengths = sorted((len(path.read_text(encoding="utf-8").splitlines()), str(path.relative_to(root)))
                     for package in PACKAGES for path in (root / package).rglob("*.py"))
    long = [(n, p) for n, p in lengths if n > LONG]
    print(f"modules over {LONG} lines: {len(long)}")
    for n, p in long:
        print(f"  {p} ({n})")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("."))
