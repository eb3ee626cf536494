"""Units (perangkat daerah, OPD): the master list every user, agreement and proposal takes its unit from.

`users.unit` and `documents.unit` hold the unit's name as written here; `resolve` turns what a person typed
(the name in any case and spacing, or the short name) into the listed unit, and a rename carries the new
name into both columns, so alerts, reports and the M&E filters keep matching.
"""
from __future__ import annotations

from collections import Counter

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from ingest.errors import InputRejected
from models import audit
from models.document_status import LIVE
from models.status import DocType
from models.tables import Document, Unit, User

# Kinds of perangkat daerah (PP 18/2016): dinas, badan, sekretariat (daerah / DPRD), inspektorat, kecamatan,
# bagian (of the Setda), RSUD and others.
UNIT_KINDS = {"dinas": "Dinas", "badan": "Badan", "sekretariat": "Sekretariat", "inspektorat": "Inspektorat",
              "kecamatan": "Kecamatan", "bagian": "Bagian Setda", "rsud": "RSUD", "lainnya": "Lainnya"}


class UnitRejected(InputRejected):
    """A unit name, short name or kind that cannot be used; the message says why."""


def unit_key(name: str | None) -> str:
    """A unit name compared the forgiving way: single spaces, case folded."""
    return " ".join((name or "").split()).casefold()


def _ids_in_unit(session: Session, table, key: str, *where) -> list[int]:
    """Ids of the rows of `table` (User or Document) whose unit is `key` compared the forgiving way (unit_key):
    the one rule for every unit match, read on the narrow (id, unit) rows."""
    rows = session.execute(select(table.id, table.unit).where(table.unit.is_not(None), *where))
    return [row_id for row_id, unit in rows if unit_key(unit) == key]


def all_units(session: Session) -> list[Unit]:
    """Every unit, by name."""
    return list(session.scalars(select(Unit).order_by(func.lower(Unit.name))))


def find_unit(session: Session, text: str | None) -> Unit | None:
    """The unit called `text` (any case and spacing) or with that short name; None when there is none."""
    key = unit_key(text)
    if not key:
        return None
    found = session.scalar(select(Unit).where(Unit.key == key))
    if found is None:
        found = session.scalar(select(Unit).where(func.lower(Unit.short) == key))
    return found


def resolve(session: Session, text: str | None) -> Unit:
    """The listed unit named by `text`, or UnitRejected naming it and where the list is."""
    found = find_unit(session, text)
    if found is None:
        if not unit_key(text):
            raise UnitRejected("unit kosong; pilih perangkat daerah dari daftar unit")
        raise UnitRejected(f"unit {' '.join(str(text).split())!r} tidak ada dalam daftar unit; admin menambahkannya "
                           "di halaman Unit atau dengan `arsip units add NAMA`")
    return found


def _clean(name: str | None, short: str | None, kind: str | None) -> tuple[str, str | None, str]:
    name = " ".join((name or "").split())
    if len(name) < 2 or len(name) > 200:
        raise UnitRejected("nama unit harus 2-200 karakter, mis. Dinas Lingkungan Hidup")
    short = " ".join((short or "").split()) or None
    if short is not None and len(short) > 40:
        raise UnitRejected("singkatan unit paling banyak 40 karakter, mis. DLH")
    kind = (kind or "dinas").strip().lower()
    if kind not in UNIT_KINDS:
        raise UnitRejected(f"jenis unit {kind!r} tidak dikenal; pilih salah satu: {', '.join(UNIT_KINDS)}")
    return name, short, kind


def _taken(session: Session, name: str, short: str | None, unit_id: int | None) -> None:
    for text in filter(None, (name, short)):
        other = find_unit(session, text)
        if other is not None and other.id != unit_id:
            raise UnitRejected(f"{text!r} sudah dipakai oleh unit {other.name!r}; pilih nama atau singkatan lain")


def add_unit(session: Session, name: str, short: str | None = None, kind: str | None = None,
             actor_id: int | None = None) -> Unit:
    """A new unit (audited); its name and short name must not be taken by another unit."""
    name, short, kind = _clean(name, short, kind)
    _taken(session, name, short, None)
    unit = Unit(name=name, key=unit_key(name), short=short, kind=kind)
    session.add(unit)
    session.flush()
    audit.record(session, "unit_add", user_id=actor_id, unit=name, short=short, kind=kind)
    return unit


def change_unit(session: Session, unit: Unit, name: str, short: str | None, kind: str | None,
                actor_id: int | None = None) -> None:
    """Rename a unit (users and agreements follow) or change its short name or kind (audited)."""
    name, short, kind = _clean(name, short, kind)
    _taken(session, name, short, unit.id)
    old = unit.name
    if name != old:
        for table in (User, Document):
            ids = _ids_in_unit(session, table, unit_key(old))
            if ids:
                session.execute(update(table).where(table.id.in_(ids)).values(unit=name))
    unit.name, unit.key, unit.short, unit.kind = name, unit_key(name), short, kind
    audit.record(session, "unit_change", user_id=actor_id, old=old, unit=name, short=short, kind=kind)


def members(session: Session, unit_name: str | None, roles: tuple[str, ...] = ()) -> list[User]:
    """The active users of a unit (optionally only those with one of `roles`)."""
    key = unit_key(unit_name)
    if not key:
        return []
    where = [User.disabled_at.is_(None), *([User.role.in_(roles)] if roles else [])]
    ids = _ids_in_unit(session, User, key, *where)
    return list(session.scalars(select(User).where(User.id.in_(ids)).order_by(User.name))) if ids else []


def describe(session: Session) -> list[dict]:
    """Units as plain data (`arsip units list --json`, the Unit page): with how many users and agreements."""
    users = Counter(map(unit_key, session.scalars(select(User.unit).where(User.unit.is_not(None)))))
    agreements = Counter(map(unit_key, session.scalars(select(Document.unit).where(Document.unit.is_not(None), LIVE))))
    return [{"id": unit.id, "name": unit.name, "short": unit.short, "kind": unit.kind,
             "users": users.get(unit.key, 0), "agreements": agreements.get(unit.key, 0)}
            for unit in all_units(session)]


def unit_agreements(session: Session, unit_name: str, limit: int = 100) -> list[Document]:
    """A unit's live agreements (documents of a known agreement kind), newest first."""
    key = unit_key(unit_name)
    ids = _ids_in_unit(session, Document, key, LIVE)
    found = [] if not ids else session.scalars(select(Document).where(Document.id.in_(ids)).order_by(Document.id.desc()))
    return [d for d in found if (d.extraction or {}).get("doc_type") not in (None, DocType.OTHER.value)][:limit]


def user_names(session: Session) -> dict[int, str]:
    """Every user's name by id."""
    return dict(session.execute(select(User.id, User.name)).all())
