"""The architecture as a contract: the import-linter layers, no import cycles, and a web process without OCR or spaCy."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def lint_output() -> str:
    """One run of import-linter for the module's tests (it analyses the whole project)."""
    result = subprocess.run([str(Path(sys.executable).parent / "lint-imports"), "--no-cache"], cwd=ROOT,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr  # non-zero whenever a contract is broken
    return result.stdout


def test_the_layers_of_pyproject_hold(lint_output):
    """ingest <- models <- workers <- search_app (through workers.queue only); contracts in pyproject.toml."""
    assert "6 kept" in lint_output, lint_output


def test_no_import_cycles_and_sql_only_in_models(lint_output):
    """Two import-linter contracts (type-only imports aside): no cycle among the modules of a package, and
    views, jobs and commands call repository functions of models/, so sqlalchemy stays there."""
    output = lint_output
    assert "No import cycles between the modules and subpackages of a package KEPT" in output, output
    assert "SQL only in models: nothing outside models/ imports sqlalchemy itself KEPT" in output, output


def test_the_web_process_loads_neither_ocr_nor_spacy(tmp_path):
    """A fresh interpreter: after create_app() (every blueprint imported) no pytesseract and no spaCy.

    pypdf may be there: the web triages uploads (ingest.triage counts a PDF's pages) and takes a scanned
    page's own image for its picture (ingest.pictures), both through ingest.pdf. /healthz asks ingest.ocr
    for tesseract's version only when it is called."""
    code = ("import sys\n"
            "from search_app import create_app\n"
            "app = create_app()\n"
            "assert len(app.blueprints) > 10, app.blueprints\n"
            "print(' '.join(m for m in ('pytesseract', 'spacy', 'ingest.ocr', 'ingest.extract.extractor', 'ingest.pipeline')"
            " if m in sys.modules))\n")
    env = {"PATH": "/usr/bin:/bin", "ARSIP_DATA_DIR": str(tmp_path), "ARSIP_SECRET_KEY": "test-secret",
           "MEILI_URL": "http://127.0.0.1:9", "REDIS_URL": "redis://127.0.0.1:9/0"}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"the web process imported: {result.stdout}"


def test_the_light_modules_stay_light():
    """The field forms read month names from ingest.extract.dates; triage is what models import."""
    code = ("import sys\n"
            "import ingest.extract.dates, ingest.triage, ingest.pictures, models.documents\n"
            "print(' '.join(m for m in ('pytesseract', 'spacy') if m in sys.modules))\n")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"imported: {result.stdout}"
