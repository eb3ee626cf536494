"""Upward reports: the region's cooperation, one row per agreement, as the Ministry of Home Affairs asks.

A yearly report lists every agreement signed in the year and every one in force during it (signed
before, ending in or after it), with partner, partner kind, domestic or foreign, subject, numbers,
dates, term, status and implementing unit, read with human corrections applied; then the counts per
kind and signing year. The same rows serve the export of a search result. Files: XLSX and CSV
through models.spreadsheet (formula-safe), PDF through models.report_pdf.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingest.errors import InputRejected
from ingest.isodate import parse_date, parse_duration, span_between
from models.corrected import corrected_many
from models.document_status import LIVE
from models.labels import DOC_TYPE_LABELS, PARTNER_LABELS, STATUS_LABELS
from models.names import is_regional_government
from models.lifecycle import AGREEMENT_TYPES, terms
from models.spreadsheet import Sheet, csv_text, xlsx_bytes
from models.stats import is_foreign, partner_kind
from models.status import DocType
from models.tables import Document, counted

FORMATS = ("xlsx", "pdf", "csv")
MEDIA_TYPES = {"xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
               "pdf": "application/pdf", "csv": "text/csv; charset=utf-8"}
KIND_ORDER = tuple(t.value for t in DocType)


class ReportRejected(InputRejected):
    """A report request that cannot be served (year, format); the message names it."""


@dataclass(frozen=True)
class ReportRow:
    """One agreement as the upward report shows it."""
    agreement_id: int
    doc_type: str
    numbers: str
    subject: str
    partners: str
    partner_kind: str | None
    foreign: bool | None
    sign_date: date | None
    start_date: date | None
    end_date: date | None
    term: str
    term_months: float | None
    status: str | None
    unit: str | None
    new_in_year: bool | None = None  # yearly report only: signed in the year (else continuing)


@dataclass(frozen=True)
class Column:
    header: str
    value: object  # a function of (number, row)
    width: float   # characters in XLSX; the PDF scales the same proportions to the page


def _yes_no(flag: bool | None, yes: str, no: str) -> str:
    return "" if flag is None else (yes if flag else no)


COLUMNS: tuple[Column, ...] = (
    Column("No.", lambda n, r: n, 5),
    Column("ID Arsip", lambda n, r: r.agreement_id, 8),
    Column("Jenis Naskah", lambda n, r: DOC_TYPE_LABELS.get(r.doc_type, r.doc_type), 20),
    Column("Nomor Naskah", lambda n, r: r.numbers, 26),
    Column("Tentang (Subjek)", lambda n, r: r.subject, 40),
    Column("Mitra Kerja Sama", lambda n, r: r.partners, 32),
    Column("Jenis Mitra", lambda n, r: PARTNER_LABELS.get(r.partner_kind or "", ""), 13),
    Column("Dalam/Luar Negeri", lambda n, r: _yes_no(r.foreign, "Luar negeri", "Dalam negeri"), 13),
    Column("Tanggal Tanda Tangan", lambda n, r: r.sign_date, 12),
    Column("Mulai Berlaku", lambda n, r: r.start_date, 12),
    Column("Berakhir", lambda n, r: r.end_date, 12),
    Column("Jangka Waktu", lambda n, r: r.term, 12),
    Column("Jangka Waktu (bulan)", lambda n, r: r.term_months, 10),
    Column("Status", lambda n, r: STATUS_LABELS.get(r.status or "", "") if r.status else "", 15),
    Column("Perangkat Daerah Pelaksana", lambda n, r: r.unit or "", 26),
)
YEARLY_COLUMN = Column("Keterangan", lambda n, r: _yes_no(r.new_in_year, "Baru", "Lanjutan"), 10)
WRAPPED = ("Nomor Naskah", "Tentang (Subjek)", "Mitra Kerja Sama", "Perangkat Daerah Pelaksana")


@dataclass(frozen=True)
class Report:
    """A report ready to be written: its title, its rows, and whether it is a yearly report."""
    title: str
    rows: list[ReportRow]
    made_on: date
    year: int | None = None

    @property
    def columns(self) -> tuple[Column, ...]:
        return COLUMNS + ((YEARLY_COLUMN,) if self.year is not None else ())

    def header(self) -> list[str]:
        return [column.header for column in self.columns]

    def table(self) -> list[list[object]]:
        """Every row as plain cell values (numbers, dates and text), numbered from 1."""
        return [[column.value(n, row) for column in self.columns] for n, row in enumerate(self.rows, 1)]

    def counts(self) -> tuple[list[str], list[list[object]]]:
        """Agreements per signing year and kind: a header and rows (year, one count per kind, total)."""
        by = Counter((row.sign_date.year if row.sign_date else None, row.doc_type) for row in self.rows)
        present = {kind for _, kind in by}
        kinds = [k for k in KIND_ORDER if k in present] + sorted(present - set(KIND_ORDER))
        years = sorted({year for year, _ in by}, key=lambda y: (y is None, y or 0))
        body = [[year if year is not None else "tanpa tanggal", *(by[(year, k)] for k in kinds),
                 sum(by[(year, k)] for k in kinds)] for year in years]
        body.append(["Jumlah", *(sum(by[(y, k)] for y in years) for k in kinds), len(self.rows)])
        return ["Tahun tanda tangan", *kinds, "Jumlah"], body


def implementing_unit(document: Document, facts: dict) -> str | None:
    """The perangkat daerah that carries an agreement out: today the free-text Document.unit.

    The one place that answers this, so that a units table (issue 15) changes only this function.
    """
    return (document.unit or "").strip() or None


def partners_of(facts: dict) -> list[str]:
    """The partner institutions: every party but the region's own (its first regional-government party)."""
    names = [str(p["institution"]).strip() for p in facts.get("parties") or []
             if isinstance(p, dict) and p.get("institution") and str(p["institution"]).strip()]
    own = next((n for n in names if is_regional_government(n) and not is_foreign(n)), None)
    if own is not None:
        names.remove(own)
    return list(dict.fromkeys(names))


def term_text(duration: object, start: date | None, end: date | None) -> tuple[str, float | None]:
    """The term as words ("5 tahun") and in months, from the stated duration or else the dates."""
    stated = parse_duration(duration)
    if stated is None and start and end and end >= start:
        stated = span_between(start, end)
    if stated is None:
        return "", None
    return stated.words(), _number(stated.in_months())


def _number(value: float) -> float | int:
    rounded = round(value, 1)
    return int(rounded) if rounded == int(rounded) else rounded


def report_rows(session: Session, documents: list[Document], today: date) -> list[ReportRow]:
    """ReportRows of these documents, in the given order (corrections applied, lifecycle as of today)."""
    facts_by_id = corrected_many(session, documents)
    term_by_id = terms(session, documents, today)
    out = []
    for doc in documents:
        facts, term = facts_by_id[doc.id], term_by_id[doc.id]
        start = parse_date(facts.get("effective_date")) or parse_date(facts.get("sign_date"))
        end = term.end_date or term.own_end
        if doc.terminated_on is not None and (end is None or doc.terminated_on < end):
            end = doc.terminated_on
        kind = partner_kind(facts)
        words, months = term_text(facts.get("duration"), start, end)
        out.append(ReportRow(
            agreement_id=doc.id, doc_type=str(facts.get("doc_type") or DocType.OTHER.value).upper(),
            numbers="; ".join(str(n) for n in facts.get("numbers") or [] if n),
            subject=str(facts.get("title") or doc.original_name), partners="; ".join(partners_of(facts)),
            partner_kind=kind, foreign=None if kind is None else kind == "luar_negeri",
            sign_date=parse_date(facts.get("sign_date")), start_date=start, end_date=end, term=words,
            term_months=months, status=term.status.value if term.status else None,
            unit=implementing_unit(doc, facts)))
    return out


def _live(session: Session, ids: Iterable[int] | None = None) -> list[Document]:
    query = select(Document).where(LIVE, Document.extraction.is_not(None),
                                   counted())
    if ids is None:
        return list(session.scalars(query.order_by(Document.id)))
    wanted = list(ids)
    found: dict[int, Document] = {}
    for start in range(0, len(wanted), 500):
        found.update({d.id: d for d in session.scalars(query.where(Document.id.in_(wanted[start:start + 500])))})
    return [found[i] for i in wanted if i in found]


def in_year(row: ReportRow, year: int) -> bool | None:
    """True when signed in the year, False when in force during it but signed before, None otherwise."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    if row.sign_date is not None and row.sign_date.year == year:
        return True
    start = row.start_date or row.sign_date
    if start is not None and start <= last and row.end_date is not None and row.end_date >= first:
        return False
    return None


def check_year(value: object) -> int:
    """A report year from user input, or ReportRejected naming the problem."""
    text = str(value if value is not None else "").strip()
    if not re.fullmatch(r"\d{4}", text) or not 1945 <= int(text) <= 2200:
        raise ReportRejected(f"tahun {text!r} tidak valid; isi tahun empat angka, mis. 2024")
    return int(text)


def yearly_report(session: Session, year: int, today: date | None = None) -> Report:
    """The yearly report: agreements signed in the year or in force during it, by signing date."""
    today = today or date.today()
    year = check_year(year)
    rows = []
    for row in report_rows(session, _live(session), today):
        if row.doc_type not in AGREEMENT_TYPES:
            continue
        new = in_year(row, year)
        if new is not None:
            rows.append(replace(row, new_in_year=new))
    rows.sort(key=lambda r: (r.sign_date or date.max, r.agreement_id))
    return Report(f"Laporan Kerja Sama Daerah Tahun {year}", rows, today, year)


def search_report(session: Session, ids: list[int], description: str, today: date | None = None) -> Report:
    """The rows of a search result, in its order."""
    today = today or date.today()
    rows = report_rows(session, _live(session, ids), today)
    return Report(f"Hasil Pencarian Perjanjian Kerja Sama{': ' + description if description else ''}", rows, today)


def to_xlsx(report: Report) -> bytes:
    """The report as a workbook: the agreements, then the counts per kind and year."""
    header, counts = report.counts()
    columns = report.columns
    return xlsx_bytes([
        Sheet("Perjanjian", report.header(), report.table(), widths=[c.width for c in columns],
              wrap=tuple(i for i, c in enumerate(columns) if c.header in WRAPPED)),
        Sheet("Rekap per jenis dan tahun", header, counts),
    ])


def to_csv(report: Report) -> str:
    """The agreements as CSV for Excel in an Indonesian locale: `;` between cells, a BOM in front."""
    return csv_text(report.header(), report.table(), delimiter=";", bom=True)


def render(report: Report, fmt: str) -> bytes:
    """The report in one of FORMATS, as bytes ready to be saved or sent."""
    if fmt == "xlsx":
        return to_xlsx(report)
    if fmt == "csv":
        return to_csv(report).encode("utf-8")
    if fmt == "pdf":
        from models.report_pdf import to_pdf

        return to_pdf(report)
    raise ReportRejected(f"format {fmt!r} tidak dikenal; pilih salah satu: {', '.join(FORMATS)}")


def file_name(report: Report, fmt: str) -> str:
    stem = f"laporan-kerja-sama-{report.year}" if report.year is not None else "hasil-pencarian"
    return f"{stem}-{report.made_on.strftime('%Y%m%d')}.{fmt}"

