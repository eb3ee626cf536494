"""The layout families of `arsip samples generate --families` (issue 18.2): every family written, truth exact
against the text layer, and the committed sample archive untouched by them."""
from __future__ import annotations

import datetime as dt
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from arsip.samplegen import generate, plan
from arsip.samplegen.families import FAMILIES
from arsip.samplegen.measure import normalise

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def family_set(tmp_path_factory) -> tuple[Path, list[dict]]:
    out = tmp_path_factory.mktemp("families")
    return out, generate(2 * len(FAMILIES), out, seed=5, workers=2, compact=True, family_names=list(FAMILIES))


def _squeezed(text: str) -> str:
    """Text without spaces and with dot runs as one ellipsis, the way a blank number part is recorded."""
    text = re.sub(r"\.{3,}|…+", "…", text)
    return re.sub(r"\s+", "", text).casefold()


def test_at_least_eight_families_each_written_with_text_and_scan(family_set):
    out, truths = family_set
    assert len(FAMILIES) >= 8
    assert [truth["family"] for truth in truths] == list(FAMILIES) * 2
    for folder in sorted(out.iterdir()):
        assert (folder / "text.pdf").stat().st_size > 1000 and (folder / "scan.pdf").stat().st_size > 1000
        files = json.loads((folder / "truth.json").read_text())["files"]
        assert [item["form"] for item in files] == ["text", "scan"], folder.name


def test_family_truth_is_stated_by_the_text(family_set):
    out, truths = family_set
    for folder, truth in zip(sorted(out.iterdir()), truths):
        text = (folder / "text.txt").read_text()
        flat, squeezed = normalise(text).casefold(), _squeezed(text)
        for number in truth["numbers"] + truth["numbers_partial"]:
            assert _squeezed(number) in squeezed, (folder.name, number)
        assert normalise(truth["title"]).casefold() in flat, folder.name
        for party in truth["parties"]:
            assert normalise(party["signatory"]).casefold() in flat, (folder.name, party["signatory"])
            assert normalise(party["institution"]).casefold() in flat, (folder.name, party["institution"])
        if truth["sign_place"]:
            assert truth["sign_place"].casefold() in flat, folder.name
        if truth["parent_agreement"]:
            assert _squeezed(truth["parent_agreement"]) in squeezed
        if truth["end_date"] and truth["duration"]:
            assert truth["end_date"] > truth["effective_date"], folder.name


def test_families_show_their_forms(family_set):
    out, truths = family_set
    texts = {truth["family"]: [] for truth in truths}
    for folder, truth in zip(sorted(out.iterdir()), truths):
        texts[truth["family"]].append((folder / "text.txt").read_text())
    joined = {family: "\n".join(items) for family, items in texts.items()}
    assert re.search(r"/ /|\.{4,}/|…/|: /", joined["nomor-kosong"])
    assert re.search(r"TAHUN \d{4}\n|\)\n|/\n|PRJ- \d", joined["nomor-bentuk"])
    assert "Jabatan : " in joined["identitas-nama"] and "Alamat : " in joined["identitas-nama"]
    assert re.search(r"^I\. ", joined["identitas-romawi"], re.MULTILINE)
    assert re.search(r", selaku | diwakili oleh ", joined["identitas-selaku"])
    assert "FOR THE " in joined["sister-en"] and "Signed" in joined["sister-en"]
    assert "REPUBLIC OF" in joined["sister-en"] and "hereinafter referred to as" in joined["dwibahasa"]
    assert "PIHAK KETIGA" in joined["multi-pihak"]
    assert "TENTANG" not in joined["tanpa-tentang"].split("ANTARA")[0]
    assert "berlaku sampai dengan tanggal" in joined["adendum-jangka"]  # the amended term's old end is quoted
    for truth in truths:
        if truth["family"] == "laporan-kutipan":  # quotes a term, states none
            assert truth["doc_type"] == "OTHER" and truth["end_date"] is None and truth["duration"] is None
        if truth["family"] == "tanggal-penutup":
            assert truth["sign_date"] and truth["sign_place"]


def test_sample_archive_is_untouched_by_the_families():
    """The committed archive's truth is what the generator plans for seed 2023 (its documents are unchanged)."""
    for job in plan(20, seed=2023, compact=True):
        committed = json.loads((ROOT / "samples" / job.doc_id / "truth.json").read_text())
        for key, value in job.draft.truth.items():
            assert committed[key] == value, (job.doc_id, key)
        assert "family" not in committed


def test_unknown_family_is_named(tmp_path):
    result = subprocess.run([str(Path(sys.executable).parent / "arsip"), "samples", "generate", "--count", "2", "--out",
                             str(tmp_path / "x"), "--families", "nomor-kosong,sideways"],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode != 0
    assert "sideways" in result.stderr + result.stdout and "Traceback" not in result.stderr
    assert not (tmp_path / "x").exists()


def test_open_ended_and_range_terms_hold_their_truth(family_set):
    _, truths = family_set
    seen = 0
    for truth in truths:
        if truth["family"] == "jangka-rentang":
            seen += 1
            start = dt.date.fromisoformat(truth["effective_date"])
            assert start >= dt.date.fromisoformat(truth["sign_date"])
            assert (truth["end_date"] is None) == (truth["duration"] is None)
    assert seen == 2
