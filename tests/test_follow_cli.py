"""The follow-up commands through the real `arsip` entry point: relink, show, KB tanpa PKS, correct, targets, stats."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from models.db import session_scope
from models.tables import Correction
from tests.follow_support import add_document, follow_redis, follow_settings  # noqa: F401 - fixtures

ARSIP = str(Path(sys.executable).parent / "arsip")


def arsip(*args: str):
    """Run a command in-process (the real click group, fully registered): quick."""
    from click.testing import CliRunner

    from arsip.cli import _register, cli

    _register()
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def arsip_process(*args: str) -> subprocess.CompletedProcess:
    """Run the console script itself: how errors reach the user (one line, exit code)."""
    return subprocess.run([ARSIP, *args], capture_output=True, text=True, timeout=120, env=dict(os.environ))


def test_follow_commands(follow_settings):
    with session_scope(follow_settings) as session:
        kb = add_document(session, {"doc_type": "KB", "numbers": ["1/KB/2023"], "title": "Air minum",
                                    "sign_date": "2023-01-10", "end_date": "2028-01-09",
                                    "parties": [{"institution": "Pemerintah Kota Bogor"}, {"institution": "PDAM"}]})
        add_document(session, {"doc_type": "PKS", "numbers": ["2/PKS/2023"], "parent_agreement": "1/KB/2023",
                               "sign_date": "2023-05-01", "parties": [{"institution": "Dinas PU Kota Bogor"}]})
        lonely = add_document(session, {"doc_type": "KB", "numbers": ["3/KB/2022"], "sign_date": "2022-01-01"})
        kb_id, lonely_id = kb.id, lonely.id
    relinked = arsip("dossiers", "relink")
    assert relinked.exit_code == 0 and relinked.stdout.strip() == "documents: 3, links: 1, dossiers: 2"
    shown = json.loads(arsip("dossiers", "show", str(kb_id), "--json", "--today", "2024-01-01").stdout)
    assert [(e["kind"], e["when"]) for e in shown] == [("signed", "2023-01-10"), ("signed", "2023-05-01")]
    waiting = json.loads(arsip("dossiers", "kb-tanpa-pks", "--today", "2023-09-01", "--json").stdout)
    assert [w["document_id"] for w in waiting] == [lonely_id]
    bad = arsip_process("correct", str(kb_id), "end_date", "9 Januari 2028")
    assert bad.returncode == 3 and bad.stderr.count("\n") == 1 and "YYYY-MM-DD" in bad.stderr
    good = arsip("correct", str(kb_id), "numbers", '["1/KB/2023", "77/PDAM/2023"]')
    assert good.exit_code == 0
    with session_scope(follow_settings) as session:
        (row,) = session.scalars(select(Correction)).all()
        assert row.new_value == ["1/KB/2023", "77/PDAM/2023"]
    assert arsip("targets", "set", "2023", "4").exit_code == 0
    listing = {line.split()[0]: line.split()[1:] for line in arsip("targets", "list").stdout.splitlines()}
    assert listing == {"2022": ["1", "/", "-", "-"], "2023": ["2", "/", "4", "50%"]}
    counts = json.loads(arsip("stats", "--by", "doc_type", "--json").stdout)
    assert counts == {"KB": 2, "PKS": 1}


def test_reextract_retries_a_document_whose_extraction_failed_but_not_one_never_read(follow_settings, follow_redis):
    from models.status import DocumentStatus
    from models.tables import Document, Page, utcnow

    text = ("KESEPAKATAN BERSAMA\nANTARA\nPEMERINTAH KOTA BOGOR\nDENGAN\nUNIVERSITAS PAKUAN\nTENTANG\n"
            "PENGELOLAAN SAMPAH\nNOMOR: 88/KB.03-Ker/2022\n")
    with session_scope(follow_settings) as session:
        read = add_document(session, {}, name="read.pdf", status=DocumentStatus.FAILED.value)
        read.extraction, read.processed_at, read.page_count = None, utcnow(), 1
        read.failure_reason = "extraction failed: ValueError: a bug since fixed"
        read.pages.append(Page(number=1, text=text, method="text-layer"))
        unread = add_document(session, {}, name="unread.pdf", status=DocumentStatus.FAILED.value)
        unread.extraction, unread.failure_reason = None, "PDF is encrypted"
        ids = read.id, unread.id
    result = arsip("reextract", "--all")
    assert result.exit_code == 0 and "re-extracted: extracted 1" in result.output
    with session_scope(follow_settings) as session:
        read, unread = (session.get(Document, i) for i in ids)
        assert read.status == DocumentStatus.EXTRACTED.value and read.failure_reason is None
        assert read.extraction["doc_type"] == "KB" and read.extraction["numbers"] == ["88/KB.03-Ker/2022"]
        assert unread.status == DocumentStatus.FAILED.value and unread.failure_reason == "PDF is encrypted"


def test_reextract_one_document_leaves_the_others_and_names_unknown_ids(follow_settings, follow_redis):
    from models.status import DocumentStatus
    from models.tables import Document, Page

    text = "PERJANJIAN KERJA SAMA\nANTARA\nDINAS KESEHATAN KOTA BOGOR\nDENGAN\nUNIVERSITAS PAKUAN\nNOMOR: 12/PKS/II/2024\n"
    with session_scope(follow_settings) as session:
        stale = [add_document(session, {"doc_type": "OTHER", "title": "usang"}, name=f"d{n}.pdf") for n in range(2)]
        for document in stale:
            document.pages.append(Page(number=1, text=text, method="text-layer"))
        ids = [d.id for d in stale]
    result = arsip("reextract", str(ids[1]), "999")
    assert result.exit_code == 0 and "re-extracted: extracted 1" in result.output
    assert "skipped #999: no such document" in result.output
    with session_scope(follow_settings) as session:
        first, second = (session.get(Document, i) for i in ids)
        assert first.extraction["doc_type"] == "OTHER" and first.status == DocumentStatus.INDEXED.value  # untouched
        assert second.extraction["doc_type"] == "PKS" and second.status == DocumentStatus.EXTRACTED.value
