"""Helpers for the proposal tests: units, one user per role, an umbrella KB, small PDFs written here."""
from __future__ import annotations

import io
from pathlib import Path

from models.db import session_scope
from models.tables import Document
from models.units import add_unit
from models.users import add_user, issue_token
from tests.follow_support import add_document
from tests.makefiles import text_pdf

PASSWORD = "rahasia-panjang-1"
# name -> (role, unit)
PEOPLE = {"admin1": ("admin", None), "tkksd1": ("reviewer", None), "staff1": ("staff", None),
          "pimpinan1": ("viewer", None), "dinkes1": ("opd", "Dinas Kesehatan"), "disdik1": ("opd", "Dinas Pendidikan")}
FORM = {"partner": "Universitas Pakuan", "partner_kind": "pihak_ketiga", "scope": "domestic", "doc_type": "PKS",
        "subject": "Praktik kerja lapangan mahasiswa keperawatan di puskesmas", "term_months": "24"}


def pdf_bytes(tmp_path: Path, name: str, lines: list[str]) -> bytes:
    return text_pdf(tmp_path / name, [lines]).read_bytes()


def letter(tmp_path: Path, version: int = 1) -> tuple[io.BytesIO, str]:
    data = pdf_bytes(tmp_path, f"surat-{version}.pdf", ["SURAT PERMOHONAN KERJA SAMA", f"Versi {version}",
                                                        "Dinas Kesehatan memohon kerja sama praktik lapangan."])
    return io.BytesIO(data), f"surat-permohonan-{version}.pdf"


def tor(tmp_path: Path, version: int = 1) -> tuple[io.BytesIO, str]:
    data = pdf_bytes(tmp_path, f"kak-{version}.pdf", ["KERANGKA ACUAN KERJA", f"Versi {version}",
                                                      "Latar belakang, tujuan dan keluaran praktik lapangan."])
    return io.BytesIO(data), f"kak-tor-{version}.pdf"


def signed(tmp_path: Path) -> tuple[io.BytesIO, str]:
    data = pdf_bytes(tmp_path, "pks-ttd.pdf", ["PERJANJIAN KERJA SAMA", "ANTARA", "DINAS KESEHATAN KOTA BOGOR",
                                               "DENGAN", "UNIVERSITAS PAKUAN", "TENTANG PRAKTIK KERJA LAPANGAN"])
    return io.BytesIO(data), "pks-ditandatangani.pdf"


def draft(tmp_path: Path, version: int) -> tuple[io.BytesIO, str]:
    data = pdf_bytes(tmp_path, f"draf-{version}.pdf", ["RANCANGAN PERJANJIAN KERJA SAMA", f"Draf ke-{version}"])
    return io.BytesIO(data), f"draf-{version}.pdf"


def people(settings) -> dict:
    """Units, one user per role (e-mail name@kota.go.id), an API token each, and a KB in the archive."""
    out = {"tokens": {}}
    with session_scope(settings) as session:
        add_unit(session, "Dinas Kesehatan", "Dinkes")
        add_unit(session, "Dinas Pendidikan", "Disdik")
        for name, (role, unit) in PEOPLE.items():
            user, _ = add_user(session, name, role, PASSWORD, email=f"{name}@kota.go.id", unit=unit)
            out["tokens"][name] = issue_token(session, user)
        kb = add_document(session, {"doc_type": "KB", "numbers": ["5/KB/2023"], "title": "Pendidikan dan Kesehatan",
                                    "sign_date": "2023-02-01"}, "kb-pakuan.pdf")
        out["kb"] = kb.id
    return out


# What proposal tests set beside tests.services.arsip_settings: no SMTP unless a test starts one, and the address
# the e-mails link to.
ENV = {"SMTP_URL": "", "ARSIP_BASE_URL": "https://arsip.example.go.id"}


def document(settings, document_id: int) -> Document:
    with session_scope(settings) as session:
        return session.get(Document, document_id)
