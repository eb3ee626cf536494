"""A scan of an agreement already loaded as a PDF: flagged as a possible duplicate, counted once while
undecided and after merging (both files its sources), and the merge can be undone."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from models.db import session_scope
from models.tables import Document
from tests import makefiles
from tests.search.helpers import add_agreement, facts, login, make_user

ARSIP = str(Path(sys.executable).parent / "arsip")
LINES = ["KESEPAKATAN BERSAMA", "ANTARA", "PEMERINTAH KOTA BOGOR", "DENGAN", "UNIVERSITAS PAKUAN",
         "NOMOR: 119/KB.12-Ker/2023", "NOMOR: 45/UNPAK/VIII/2023", "TENTANG", "PENYELENGGARAAN TRIDHARMA PERGURUAN TINGGI",
         "Pada hari ini Kamis tanggal dua puluh empat bulan Agustus",
         "tahun dua ribu dua puluh tiga, bertempat di Bogor."]


def _ingest(path: Path) -> None:
    done = subprocess.run([ARSIP, "ingest", str(path), "--sync"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0 and done.stdout.strip().endswith("new: 1, duplicate: 0, rejected: 0"), done.stderr


def _kb_count(client) -> int:
    return client.get("/api/stats?by=doc_type").get_json()["counts"].get("KB", 0)


def test_a_scan_of_a_loaded_agreement_is_flagged_counted_once_and_merged(offline_app, offline_env, tmp_path):
    from models.alerts import agreements

    _ingest(makefiles.text_pdf(tmp_path / "kb-digital.pdf", [LINES]))
    _ingest(makefiles.scanned_pdf(tmp_path / "kb-pindaian.pdf", [makefiles.page_image(LINES)]))
    with session_scope(offline_env) as session:
        first, scan = session.query(Document).order_by(Document.id).all()
        first_id, scan_id = first.id, scan.id
        assert scan.text_source == "ocr" and (scan.duplicate_of, scan.duplicate_state) == (first_id, "pending")
        assert first.duplicate_state is None
        assert [doc.id for doc in agreements(session)] == [first_id]  # alerts see it once
    make_user(offline_env, "petugas", "staff")
    client = offline_app.test_client()
    login(client, "petugas")
    items = {item["agreement_id"]: item["reason"] for item in client.get("/api/review").get_json()["items"]}
    assert items[scan_id] == f"kemungkinan duplikat dari #{first_id}"
    assert _kb_count(client) == 1
    assert "Kemungkinan duplikat dari" in client.get(f"/perlu-diperiksa/{scan_id}").get_data(as_text=True)
    compare = client.get(f"/perlu-diperiksa/{scan_id}/duplikat").get_data(as_text=True)
    assert "119/KB.12-Ker/2023" in compare and "kb-pindaian.pdf" in compare

    merged = client.post(f"/perlu-diperiksa/{scan_id}/duplikat", data={"keputusan": "gabung"})
    assert merged.headers["Location"].endswith(f"/perlu-diperiksa/{first_id}?digabung={scan_id}")
    assert "Batalkan" in client.get(merged.headers["Location"]).get_data(as_text=True)
    assert _kb_count(client) == 1
    assert client.get(f"/api/agreements/{scan_id}").status_code == 404
    with session_scope(offline_env) as session:
        sources = [s.path for s in session.get(Document, first_id).sources]
        assert len(sources) == 2 and sources[1].endswith("kb-pindaian.pdf")
    assert scan_id not in {i["agreement_id"] for i in client.get("/api/review").get_json()["items"]}
    page = client.get(f"/perjanjian/{first_id}").get_data(as_text=True)
    assert "Unduh salinan lain (kb-pindaian.pdf)" in page  # the merged scan stays downloadable from the agreement
    copy = client.get(f"/perjanjian/{first_id}/asli/{scan_id}")
    assert copy.status_code == 200 and copy.data == (tmp_path / "kb-pindaian.pdf").read_bytes()
    assert "kb-pindaian.pdf" in copy.headers["Content-Disposition"]
    assert client.get(f"/perjanjian/{first_id}/asli/{first_id}").status_code == 404  # only a merged copy

    undone = client.post(f"/perlu-diperiksa/{scan_id}/duplikat/batalkan")
    assert undone.status_code == 302
    with session_scope(offline_env) as session:
        scan = session.get(Document, scan_id)
        assert scan.status == "extracted" and scan.duplicate_state == "pending"
        assert len(session.get(Document, first_id).sources) == 1
    assert client.get(f"/perjanjian/{first_id}/asli/{scan_id}").status_code == 404  # no longer merged into it
    kept = client.post(f"/perlu-diperiksa/{scan_id}/duplikat", data={"keputusan": "pisah"})
    assert kept.status_code == 302 and _kb_count(client) == 2  # two agreements after all


def test_different_agreements_are_not_flagged(offline_env):
    from models.duplicates import find_original

    add_agreement(offline_env, facts(numbers=("119/KB.12-Ker/2023",)), ["a"])
    other = add_agreement(offline_env, facts(numbers=("7/PKS/2024",), sign_date="2024-01-02",
                                             parties=("Pemerintah Kota Bogor", "PT Lain")), ["b"])
    same_parties = add_agreement(offline_env, facts(numbers=(), title="Lain"), ["c"])
    with session_scope(offline_env) as session:
        assert find_original(session, session.get(Document, other)) is None
        assert find_original(session, session.get(Document, same_parties)).id == other - 1
