"""What /monev shows leadership: figure cards, filters by signing year and unit, and the lists behind them.

The figures are models.stats rows narrowed by the filters; every card and every chart bar names a
selection (`kartu=...` or `<dimension>=<key>`) that `select` turns back into the matching list.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ingest.errors import InputRejected
from models import timeline
from models.document_status import LIVE
from models.stats import DIMENSIONS, UNKNOWN, Row, progress
from models.status import AgreementStatus
from models.tables import Document

ACTIVE = (AgreementStatus.ACTIVE.value, AgreementStatus.EXPIRING.value, AgreementStatus.RENEWED.value)
CARDS = (("aktif", "Aktif"), ("segera_berakhir", "Segera berakhir"), ("berakhir", "Berakhir"),
         ("kb_tanpa_pks", "KB tanpa PKS"))
NO_UNIT = "(tanpa unit)"


class FilterRejected(InputRejected):
    """A /monev filter that cannot be applied; the message names it."""


@dataclass(frozen=True)
class Filters:
    """Signing years (inclusive) and the responsible unit; None means no limit."""
    year_from: int | None = None
    year_to: int | None = None
    unit: str | None = None

    def keeps(self, year: str | int | None, unit: str | None) -> bool:
        if self.year_from is not None or self.year_to is not None:
            if year in (None, UNKNOWN):
                return False
            if self.year_from is not None and int(year) < self.year_from:
                return False
            if self.year_to is not None and int(year) > self.year_to:
                return False
        if self.unit is not None:
            return (_unit(unit) or NO_UNIT.casefold()) == _unit(self.unit)
        return True

    def params(self) -> dict[str, str]:
        """The filters as query parameters (for links that keep them)."""
        found = {"dari": self.year_from, "sampai": self.year_to, "unit": self.unit}
        return {key: str(value) for key, value in found.items() if value is not None}


def _unit(value: str | None) -> str:
    return " ".join((value or "").split()).casefold()


def _year(args, name: str) -> int | None:
    text = str(args.get(name) or "").strip()
    if not text:
        return None
    if not text.isdigit() or not 1900 <= int(text) <= 2200:
        raise FilterRejected(f"{name}={text!r} bukan tahun; isi empat angka, mis. 2021")
    return int(text)


def parse_filters(args) -> Filters:
    """Filters from request arguments `dari`, `sampai` and `unit`; a clear error for a bad one."""
    year_from, year_to = _year(args, "dari"), _year(args, "sampai")
    if year_from is not None and year_to is not None and year_from > year_to:
        raise FilterRejected(f"tahun dari ({year_from}) sesudah tahun sampai ({year_to}); tukar keduanya")
    unit = " ".join(str(args.get("unit") or "").split()) or None
    return Filters(year_from, year_to, unit)


def units(session: Session) -> list[str]:
    """The units agreements are assigned to, for the filter."""
    names = session.scalars(select(Document.unit).distinct().where(Document.unit.is_not(None),
                                                                   LIVE))
    return sorted({" ".join(name.split()) for name in names if name and name.strip()}, key=str.casefold)


def narrow(table: list[Row], filters: Filters) -> list[Row]:
    return [row for row in table if filters.keeps(row.year, row.unit)]


def kb_without_pks(session: Session, today: date, months: int, filters: Filters) -> list[timeline.Waiting]:
    return [item for item in timeline.kb_without_pks(session, today, months)
            if filters.keeps(item.signed.year, item.unit)]


@dataclass(frozen=True)
class Card:
    key: str
    label: str
    count: int


def cards(table: list[Row], waiting: list[timeline.Waiting]) -> list[Card]:
    """The figure cards over the filtered rows."""
    counts = {"aktif": sum(row.status in ACTIVE for row in table),
              "segera_berakhir": sum(row.status == AgreementStatus.EXPIRING.value for row in table),
              "berakhir": sum(row.status == AgreementStatus.EXPIRED.value for row in table),
              "kb_tanpa_pks": len(waiting)}
    return [Card(key, label, counts[key]) for key, label in CARDS]


def select_rows(table: list[Row], waiting: list[timeline.Waiting], args) -> tuple[str, list[Row]]:
    """The rows behind a card (`kartu=`) or a chart bar (`<dimension>=<key>`), and a description."""
    card = str(args.get("kartu") or "")
    if card:
        labels = dict(CARDS)
        if card not in labels:
            raise FilterRejected(f"kartu={card!r} tidak dikenal (pilih: {', '.join(labels)})")
        keep = {"aktif": lambda row: row.status in ACTIVE,
                "segera_berakhir": lambda row: row.status == AgreementStatus.EXPIRING.value,
                "berakhir": lambda row: row.status == AgreementStatus.EXPIRED.value,
                "kb_tanpa_pks": lambda row, ids={w.document_id for w in waiting}: row.document_id in ids}[card]
        return labels[card], [row for row in table if keep(row)]
    for by in DIMENSIONS:
        if args.get(by) is not None:
            value = str(args.get(by))
            return f"{by} = {value}", [row for row in table if str(getattr(row, by)) == value]
    return "semua dokumen", list(table)


def year_progress(session: Session, table: list[Row], filters: Filters):
    """Signed (in the filtered rows) against the target, for the years inside the filter."""
    years = Filters(filters.year_from, filters.year_to)
    return [p for p in progress(session, table) if years.keeps(p.year, None)]
