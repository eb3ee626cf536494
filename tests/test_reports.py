"""Upward reports: which agreements a yearly report holds, what each row says, and the XLSX, PDF and CSV files."""
from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from models import reports
from models.corrections import correct
from models.db import session_scope
from models.status import DocumentStatus
from models.tables import AuditEntry
from models.users import add_user, issue_token
from tests.follow_support import add_document, follow_redis, follow_settings, session  # noqa: F401 - fixtures

pytestmark = pytest.mark.xdist_group("follow-redis6")
ARSIP = str(Path(sys.executable).parent / "arsip")
TODAY = date(2025, 1, 15)


def _parties(*names: str) -> list[dict]:
    return [{"institution": name} for name in names]


def build(session) -> dict[str, int]:
    """Agreements around 2024: running, new, ended before, terminated, foreign, between regions, not agreements."""
    docs = {
        "kb": add_document(session, {"doc_type": "KB", "title": "Tridharma Perguruan Tinggi",
                                     "numbers": ["119/KB.12-Ker/2023", "45/UNPAK/VIII/2023"],
                                     "parties": _parties("Pemerintah Kota Bogor", "Universitas Pakuan"),
                                     "sign_date": "2023-08-24", "effective_date": "2023-08-24", "duration": "P5Y",
                                     "end_date": "2028-08-23"}, "kb.pdf"),
        "pks": add_document(session, {"doc_type": "PKS", "title": "Magang mahasiswa", "numbers": ["7/PKS/2024"],
                                      "parties": _parties("Dinas Kesehatan Kota Bogor", "Universitas Pakuan"),
                                      "sign_date": "2024-01-10", "end_date": "2025-01-09"}, "pks.pdf"),
        "old": add_document(session, {"doc_type": "KB", "title": "Lama", "sign_date": "2015-01-01",
                                      "end_date": "2019-12-31", "parties": _parties("Pemerintah Kota Bogor", "PT A")},
                            "old.pdf"),
        "mou": add_document(session, {"doc_type": "MOU", "title": "Sister city", "sign_date": "2022-03-01",
                                      "duration": "P5Y", "end_date": "2027-02-28",
                                      "parties": _parties("Pemerintah Kota Bogor", "City of Saint-Étienne")},
                            "mou.pdf"),
        "regions": add_document(session, {"doc_type": "KB", "title": "=1+1 Pengelolaan sampah regional",
                                          "sign_date": "2024-06-01", "duration": "P2Y6M",
                                          "parties": _parties("Pemerintah Kota Bogor", "Pemerintah Kabupaten Bogor")},
                                "regions.pdf"),
        "other": add_document(session, {"doc_type": "OTHER", "title": "Laporan", "sign_date": "2024-02-02"}, "o.pdf"),
        "undated": add_document(session, {"doc_type": "KB", "title": "Tanpa tanggal"}, "undated.pdf"),
        "ended": add_document(session, {"doc_type": "KB", "title": "Diakhiri", "sign_date": "2020-01-01",
                                        "end_date": "2030-12-31"}, "ended.pdf"),
        "deleted": add_document(session, {"doc_type": "KB", "title": "Terhapus", "sign_date": "2024-03-03"}, "d.pdf",
                                status=DocumentStatus.DELETED.value),
    }
    docs["kb"].unit = "Dinas Pendidikan"
    docs["ended"].terminated_on = date(2023, 6, 30)
    correct(session, docs["kb"], "title", "Tridharma Perguruan Tinggi (dikoreksi)", None)
    session.flush()
    return {key: doc.id for key, doc in docs.items()}


def test_the_yearly_report_lists_new_and_running_agreements_with_their_facts(session):
    made = build(session)
    report = reports.yearly_report(session, 2024, TODAY)
    assert [row.agreement_id for row in report.rows] == [made["mou"], made["kb"], made["pks"], made["regions"]]
    assert [row.new_in_year for row in report.rows] == [False, False, True, True]
    mou, kb, pks, regions = report.rows
    assert (kb.subject, kb.numbers, kb.partners) == ("Tridharma Perguruan Tinggi (dikoreksi)",
                                                     "119/KB.12-Ker/2023; 45/UNPAK/VIII/2023", "Universitas Pakuan")
    assert (kb.partner_kind, kb.foreign, kb.term, kb.term_months, kb.unit, kb.status) == (
        "pihak_ketiga", False, "5 tahun", 60, "Dinas Pendidikan", "active")
    assert (kb.sign_date, kb.start_date, kb.end_date) == (date(2023, 8, 24), date(2023, 8, 24), date(2028, 8, 23))
    assert (pks.partners, pks.term, pks.term_months, pks.status, pks.unit) == (
        "Universitas Pakuan", "1 tahun", 12, "expired", None)
    assert (mou.partners, mou.partner_kind, mou.foreign) == ("City of Saint-Étienne", "luar_negeri", True)
    assert (regions.partners, regions.partner_kind, regions.foreign) == ("Pemerintah Kabupaten Bogor", "daerah_lain",
                                                                         False)
    assert (regions.term, regions.term_months, regions.end_date) == ("2 tahun 6 bulan", 30, date(2026, 11, 30))
    assert [row.agreement_id for row in reports.yearly_report(session, 2019, TODAY).rows] == [made["old"]]
    assert [row.agreement_id for row in reports.yearly_report(session, 2021, TODAY).rows] == [made["ended"]]
    assert made["ended"] not in [row.agreement_id for row in report.rows]  # terminated in 2023
    header, counts = report.counts()
    assert header == ["Tahun tanda tangan", "KB", "PKS", "MOU", "Jumlah"]
    assert counts == [[2022, 0, 0, 1, 1], [2023, 1, 0, 0, 1], [2024, 1, 1, 0, 2], ["Jumlah", 2, 1, 1, 4]]


@pytest.mark.parametrize("year", ["24", "20x4", "", "1800"])
def test_a_bad_year_is_refused_naming_it(year):
    with pytest.raises(reports.ReportRejected, match="tahun"):
        reports.check_year(year)


def test_xlsx_has_indonesian_styled_frozen_headers_real_dates_numbers_and_text(session):
    build(session)
    report = reports.yearly_report(session, 2024, TODAY)
    book = load_workbook(io.BytesIO(reports.render(report, "xlsx")))
    assert book.sheetnames == ["Perjanjian", "Rekap per jenis dan tahun"]
    sheet = book["Perjanjian"]
    header = [c.value for c in sheet[1]]
    assert header == report.header() and "Perangkat Daerah Pelaksana" in header and "Mitra Kerja Sama" in header
    assert sheet.freeze_panes == "A2" and all(c.font.bold and c.fill.fgColor.rgb.endswith("1F4E79") for c in sheet[1])
    widths = {header[i]: sheet.column_dimensions[chr(65 + i)].width for i in range(len(header))}
    assert widths["Tentang (Subjek)"] > widths["Jenis Mitra"] > widths["No."]
    rows = {r[1].value: {h: c for h, c in zip(header, r)} for r in sheet.iter_rows(min_row=2)}
    kb = next(r for r in rows.values() if r["Jenis Naskah"].value == "Kesepakatan Bersama"
              and r["Berakhir"].value and r["Berakhir"].value.year == 2028)
    assert kb["Tanggal Tanda Tangan"].is_date and kb["Tanggal Tanda Tangan"].value.date() == date(2023, 8, 24)
    assert (kb["Jangka Waktu (bulan)"].value, kb["Jangka Waktu (bulan)"].data_type) == (60, "n")
    assert (kb["No."].data_type, kb["Status"].value, kb["Keterangan"].value) == ("n", "Berlaku", "Lanjutan")
    formula = next(r["Tentang (Subjek)"] for r in rows.values() if "sampah" in r["Tentang (Subjek)"].value)
    assert (formula.value, formula.data_type, formula.quotePrefix) == ("=1+1 Pengelolaan sampah regional", "s", True)
    summary = list(book["Rekap per jenis dan tahun"].values)
    assert summary[-1] == ("Jumlah", 2, 1, 1, 4)


def test_csv_is_semicolon_separated_with_a_bom_and_formula_safe(session):
    build(session)
    report = reports.yearly_report(session, 2024, TODAY)
    data = reports.render(report, "csv")
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the mark
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    assert rows[0] == report.header() and len(rows) == 1 + len(report.rows)
    by_subject = {row[4]: row for row in rows[1:]}
    assert "'=1+1 Pengelolaan sampah regional" in by_subject
    assert "City of Saint-Étienne" in {row[5] for row in rows[1:]}
    assert by_subject["Tridharma Perguruan Tinggi (dikoreksi)"][8:13] == ["2023-08-24", "2023-08-24", "2028-08-23",
                                                                          "5 tahun", "60"]


def test_pdf_is_a4_landscape_with_the_header_and_page_numbers_on_every_page(session):
    build(session)
    for n in range(60):
        add_document(session, {"doc_type": "PKS", "title": f"Pelatihan aparatur angkatan {n} <b>&amp;</b>",
                               "sign_date": "2024-09-01", "duration": "P1Y",
                               "parties": _parties("Dinas Kominfo Kota Bogor", f"Politeknik {n}")}, f"p{n}.pdf")
    report = reports.yearly_report(session, 2024, TODAY)
    pdf = PdfReader(io.BytesIO(reports.render(report, "pdf")))
    pages = len(pdf.pages)
    assert pages >= 3
    for number, page in enumerate(pdf.pages, 1):
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert (round(width), round(height)) == (842, 595)  # A4 landscape
        text = page.extract_text()
        assert "Laporan Kerja Sama Daerah Tahun 2024" in text and "Tentang" in text and "Mitra" in text
        assert f"Halaman {number} dari {pages}" in text
    everything = " ".join(page.extract_text() for page in pdf.pages)
    assert "Pelatihan aparatur angkatan 59 <b>&amp;</b>" in everything.replace("\n", " ")  # markup printed as text
    assert "Rekap per jenis naskah dan tahun tanda tangan" in everything


@pytest.fixture
def app(follow_settings, follow_redis):  # noqa: F811
    from search_app import create_app

    with session_scope(follow_settings) as db:
        build(db)
        add_user(db, "pemirsa", "viewer", password="rahasia-panjang-1")
        token = issue_token(db, add_user(db, "mesin", "viewer", password="rahasia-panjang-1")[0])
    app = create_app(follow_settings, {"TESTING": True, "WTF_CSRF_ENABLED": False})
    app.config["TEST_TOKEN"] = token
    return app


def test_viewers_download_the_yearly_report_and_it_is_audited(app, follow_settings):  # noqa: F811
    anonymous = app.test_client().get("/laporan/tahunan.xlsx?tahun=2024")
    assert anonymous.status_code == 302 and "/login" in anonymous.headers["Location"]
    viewer = app.test_client()
    viewer.post("/login", data={"username": "pemirsa", "password": "rahasia-panjang-1"})
    monev = viewer.get("/monev").get_data(as_text=True)
    assert 'action="/laporan/tahunan.xlsx"' in monev and 'formaction="/laporan/tahunan.pdf"' in monev
    xlsx = viewer.get("/laporan/tahunan.xlsx?tahun=2024")
    assert xlsx.status_code == 200 and xlsx.mimetype == reports.MEDIA_TYPES["xlsx"]
    assert re.search(r'filename="laporan-kerja-sama-2024-\d{8}\.xlsx"', xlsx.headers["Content-Disposition"])
    assert load_workbook(io.BytesIO(xlsx.data))["Perjanjian"].max_row == 5
    bearer = {"Authorization": f"Bearer {app.config['TEST_TOKEN']}"}
    pdf = app.test_client().get("/laporan/tahunan.pdf?tahun=2024", headers=bearer)
    assert pdf.status_code == 200 and pdf.data.startswith(b"%PDF")
    csv_file = viewer.get("/laporan/tahunan.csv?tahun=2023")
    assert csv_file.data.startswith(b"\xef\xbb\xbf") and csv_file.mimetype == "text/csv"
    bad = app.test_client().get("/laporan/tahunan.csv?tahun=dua", headers=bearer)
    assert bad.status_code == 400 and bad.get_json()["error"]["field"] == "tahun"
    assert "tahun" in bad.get_json()["error"]["message"]
    assert viewer.get("/laporan/tahunan.docx?tahun=2024").status_code == 404
    with session_scope(follow_settings) as db:
        details = [e.detail for e in db.scalars(select(AuditEntry).where(AuditEntry.action == "export"))]
    assert {"format": "xlsx", "data": "laporan-tahunan", "rows": 4, "year": 2024} in details
    assert len(details) == 3


def test_cli_writes_the_report_and_refuses_bad_input_in_one_line(tmp_path, follow_settings):  # noqa: F811
    with session_scope(follow_settings) as db:
        build(db)
    env = dict(os.environ, ARSIP_DATA_DIR=str(follow_settings.data_path), DATABASE_URL="")
    folder = tmp_path / "keluar"
    folder.mkdir()
    out = folder / "laporan.xlsx"
    done = subprocess.run([ARSIP, "report", "--year", "2024", "--format", "xlsx", "--out", str(out),
                           "--today", TODAY.isoformat()], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"{out}: 4 agreements, Laporan Kerja Sama Daerah Tahun 2024 (xlsx)"
    assert load_workbook(out)["Perjanjian"].max_row == 5
    for args, words in ((["--year", "soon"], "tahun 'soon'"), (["--year", "2024", "--format", "doc"], "doc"),
                        (["--year", "2024", "--out", str(folder / "no" / "x.pdf")], "does not exist")):
        command = [ARSIP, "report", *args] + ([] if "--out" in args else ["--out", str(folder / "r.pdf")])
        failed = subprocess.run(command, capture_output=True, text=True, env=env)
        assert failed.returncode != 0 and "Traceback" not in failed.stderr
        assert words in failed.stderr.strip().splitlines()[-1]  # the last line names the problem
    assert sorted(p.name for p in folder.iterdir()) == ["laporan.xlsx"]  # nothing half-written
