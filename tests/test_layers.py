"""The architecture as a contract: the import-linter layers, no import cycles, and a web process without OCR or spaCy."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_layers_of_pyproject_hold():
    """ingest <- models <- workers <- search_app (through workers.queue only); contracts in pyproject.toml."""
    result = subprocess.run([str(Path(sys.executable).parent / "lint-imports"), "--no-cache"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 broken" in result.stdout and "4 kept" in result.stdout, result.stdout


def test_no_import_cycles_between_modules():
    result = subprocess.run([sys.executable, "scripts/code_health.py"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert "import cycles (strongly connected groups): 0" in result.stdout, result.stdout
