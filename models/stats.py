"""Monitoring figures: agreements by year, type, partner kind, region and status; yearly targets; export.

Every figure counts live documents that have an extraction, read with human corrections applied.
"Signed in a year" (against the target) counts new agreements only: KB, PKS, MOU and LOI by the year
of their signing date (addenda change an agreement, they are not a new one).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingest.errors import InputRejected
from ingest.isodate import parse_date
from models import audit
from ingest.facts import PARTNER_KINDS
from models.corrected import corrected_many
from models.document_status import LIVE
from models.names import is_regional_government, normalise_institution
from models.lifecycle import terms
from models.spreadsheet import Sheet, csv_text, xlsx_bytes
from models.status import DocType
from models.tables import Document, YearTarget, counted

DIMENSIONS = ("year", "doc_type", "partner_kind", "region", "status")
NEW_AGREEMENT_TYPES = (DocType.KB.value, DocType.PKS.value, DocType.MOU.value, DocType.LOI.value)
UNKNOWN = "tidak_diketahui"  # the key of documents a figure cannot place (no date, no region...)
NOT_AGREEMENT = "bukan_perjanjian"  # status key of documents without a term (reports, letters)
_REGION = re.compile(r"\b(PROVINSI|KABUPATEN|KOTA)\s+(.+)$")
_FOREIGN = re.compile(
    r"\b(CITY OF|CITY GOVERNMENT|PREFECTURE|PROVINCE OF|STATE OF|REPUBLIC|KINGDOM|MUNICIPAL|METROPOLITAN|"
    r"GEMEENTE|VILLE DE|STADT|COUNTY|JEPANG|JAPAN|KOREA|TIONGKOK|CHINA|MALAYSIA|SINGAPURA|SINGAPORE|AUSTRALIA|"
    r"BELANDA|NETHERLANDS|JERMAN|GERMANY|PRANCIS|FRANCE|AMERIKA|UNITED STATES|USA|THAILAND|VIETNAM|FILIPINA|"
    r"PHILIPPINES|TURKI|TURKEY|INGGRIS|UNITED KINGDOM|MESIR|EGYPT|SAUDI|TIMOR LESTE|BRUNEI|INDIA|SELANDIA BARU|"
    r"NEW ZEALAND|KANADA|CANADA|ITALIA|ITALY|SPANYOL|SPAIN|RUSIA|RUSSIA|TAIWAN)\b")


class TargetRejected(InputRejected):
    """A yearly target that cannot be stored; the message names the problem."""


def region_of(facts: dict) -> str | None:
    """The region of the agreement: the first regional government (or its unit) among the parties."""
    if facts.get("region"):
        return str(facts["region"])
    for party in facts.get("parties") or []:
        institution = party.get("institution") if isinstance(party, dict) else None
        if not institution or not is_regional_government(institution) or is_foreign(institution):
            continue
        match = _REGION.search(normalise_institution(institution))
        if match:
            return f"{match.group(1).title()} {match.group(2).title()}"
    return None


def is_foreign(institution: str | None) -> bool:
    """True for a foreign city, region, country or institution (by name)."""
    return bool(_FOREIGN.search(normalise_institution(institution)))


def partner_kind(facts: dict) -> str | None:
    """daerah_lain / pihak_ketiga / luar_negeri: as extracted or corrected, else derived from the parties."""
    if facts.get("partner_kind") in PARTNER_KINDS:
        return str(facts["partner_kind"])
    institutions = [p.get("institution") for p in facts.get("parties") or [] if isinstance(p, dict) and p.get("institution")]
    if not institutions:
        return None
    if any(is_foreign(name) for name in institutions):
        return "luar_negeri"
    regions = set()
    for name in institutions:
        match = _REGION.search(normalise_institution(name)) if is_regional_government(name) else None
        if match:
            regions.add(match.group(0))
    return "daerah_lain" if len(regions) >= 2 else "pihak_ketiga"


@dataclass(frozen=True)
class Row:
    """One document as the figures see it."""
    document_id: int
    number: str
    title: str
    doc_type: str
    sign_date: str | None
    end_date: str | None
    year: str
    partner_kind: str
    region: str
    status: str
    unit: str = ""  # the responsible perangkat daerah, empty when none is set


def rows(session: Session, today: date) -> list[Row]:
    """Every live extracted document, classified for the figures (corrections applied)."""
    documents = list(session.scalars(select(Document).where(LIVE,
                                                            Document.extraction.is_not(None), counted())
                                     .order_by(Document.id)))
    corrected = corrected_many(session, documents)
    term_by_id = terms(session, documents, today)
    out = []
    for doc in documents:
        facts = corrected[doc.id]
        term = term_by_id[doc.id]
        signed = str(facts.get("sign_date") or "") or None
        year = signed[:4] if signed and re.match(r"\d{4}", signed) else UNKNOWN
        out.append(Row(doc.id, (facts.get("numbers") or [""])[0], str(facts.get("title") or doc.original_name),
                       str(facts.get("doc_type") or DocType.OTHER.value).upper(), signed,
                       term.end_date.isoformat() if term.end_date else None, year,
                       partner_kind(facts) or UNKNOWN, region_of(facts) or UNKNOWN,
                       term.status.value if term.status else NOT_AGREEMENT, doc.unit or ""))
    return out


def figures(table: list[Row], by: str) -> list[tuple[str, int]]:
    """Counts of documents per value of one dimension, in a stable order (by key)."""
    if by not in DIMENSIONS:
        raise InputRejected(f"by={by!r} tidak dikenal (pilih: {', '.join(DIMENSIONS)})")
    counts = Counter(getattr(row, by) for row in table)
    return sorted(counts.items(), key=lambda kv: (kv[0] == UNKNOWN, kv[0]))


def set_target(session: Session, year: int, target: int, user_id: int | None = None) -> YearTarget:
    """Store the number of agreements the region aims to sign in a year (audited)."""
    if not 1900 <= int(year) <= 2200:
        raise TargetRejected(f"tahun {year} tidak masuk akal; isi tahun empat angka, mis. 2025")
    if int(target) < 0:
        raise TargetRejected(f"target {target} negatif; isi jumlah perjanjian 0 atau lebih")
    row = session.get(YearTarget, int(year))
    old = row.target if row else None
    if row is None:
        row = YearTarget(year=int(year), target=int(target))
        session.add(row)
    row.target = int(target)
    audit.record(session, "target", user_id=user_id, year=int(year), old=old, new=int(target))
    session.flush()
    return row


@dataclass(frozen=True)
class Progress:
    """New agreements signed in a year against the year's target."""
    year: int
    signed: int
    target: int | None
    percent: float | None


def progress(session: Session, table: list[Row]) -> list[Progress]:
    """Per year (with a target or a signing): signed new agreements, the target and the percentage."""
    signed = Counter(int(row.year) for row in table if row.year != UNKNOWN and row.doc_type in NEW_AGREEMENT_TYPES)
    targets = {row.year: row.target for row in session.scalars(select(YearTarget))}
    out = []
    for year in sorted(set(signed) | set(targets)):
        target = targets.get(year)
        percent = round(100.0 * signed[year] / target, 1) if target else None
        out.append(Progress(year, signed[year], target, percent))
    return out


def _document_cells(row: Row) -> list[object]:
    """A Row's values with its dates as real dates (for spreadsheets)."""
    values = asdict(row)
    for key in ("sign_date", "end_date"):
        values[key] = _as_date(values[key])
    return list(values.values())


def _as_date(value: str | None) -> date | str | None:
    return (parse_date(value) or value) if value else None  # a malformed extracted date is shown as it was read


def export_csv(table: list[Row], what: str = "documents", session: Session | None = None) -> str:
    """CSV text: `documents` (one row each), `figures` (dimension,key,count) or `targets`; formula-safe."""
    if what == "figures":
        return csv_text(["dimensi", "nilai", "jumlah"],
                        ([by, key, count] for by in DIMENSIONS for key, count in figures(table, by)))
    if what == "targets":
        return csv_text(["tahun", "ditandatangani", "target", "persen"],
                        ([p.year, p.signed, p.target, p.percent] for p in progress(session, table)))
    if what == "documents":
        return csv_text(list(Row.__dataclass_fields__), (_document_cells(row) for row in table))
    raise InputRejected(f"ekspor {what!r} tidak dikenal (pilih: documents, figures, targets)")


def export_xlsx(session: Session, table: list[Row]) -> bytes:
    """An Excel workbook: figures per dimension, yearly targets, and every document; formula-safe."""
    return xlsx_bytes([
        Sheet("Ringkasan", ["dimensi", "nilai", "jumlah"],
              [[by, key, count] for by in DIMENSIONS for key, count in figures(table, by)]),
        Sheet("Target", ["tahun", "ditandatangani", "target", "persen"],
              [[p.year, p.signed, p.target, p.percent] for p in progress(session, table)]),
        Sheet("Dokumen", list(Row.__dataclass_fields__), [_document_cells(row) for row in table], wrap=(2,)),
    ])
