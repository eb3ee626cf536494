"""The partner directory (mitra): every partner with its agreements, and near-duplicate names merged by staff.

A partner is a party of an agreement other than the region itself (models.reports.partners_of), known
by its normalised name. Staff merge near-duplicates ("Univ. Brawijaya" into "Universitas Brawijaya"):
a partner_merges row maps the alias to the target until it is undone; both steps are audited, and the
extracted or corrected party names are never rewritten, so an undo restores exactly what was there.
Proposals come from rapidfuzz over the names with common abbreviations spelled out and legal forms
(PT, Tbk, Persero...) dropped; names that differ in a number or in kota/kabupaten/provinsi never pair.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from rapidfuzz import fuzz, process
from sqlalchemy import select
from sqlalchemy.orm import Session

from ingest.errors import InputRejected
from models import audit
from models.names import normalise_institution
from models.reports import ReportRow, _live, partners_of, report_rows
from models.corrected import corrected_many
from models.tables import PartnerDistinct, PartnerMerge, utcnow

SIMILAR = 90  # rapidfuzz token_sort_ratio (0-100) from which two names are proposed as one partner
ABBREVIATIONS = {"UNIV": "UNIVERSITAS", "UNIVERSITY": "UNIVERSITAS", "INST": "INSTITUT", "POLTEK": "POLITEKNIK",
                 "PEMKOT": "PEMERINTAH KOTA", "PEMKAB": "PEMERINTAH KABUPATEN", "PEMPROV": "PEMERINTAH PROVINSI",
                 "KAB": "KABUPATEN", "PROV": "PROVINSI", "KEMENTRIAN": "KEMENTERIAN", "KEMEN": "KEMENTERIAN",
                 "RS": "RUMAH SAKIT", "RSU": "RUMAH SAKIT UMUM", "STT": "SEKOLAH TINGGI TEKNOLOGI",
                 "BPD": "BANK PEMBANGUNAN DAERAH"}
LEGAL_FORMS = {"PT", "TBK", "PERSERO", "CV", "LTD", "INC", "CO", "PERUM", "PERSEROAN", "TERBATAS"}
_DISTINCT = re.compile(r"\b(KOTA|KABUPATEN|PROVINSI)\b")


class MergeRejected(InputRejected):
    """A merge or undo that cannot be done; the message says why."""


def partner_key(name: str | None) -> str:
    """The name a partner is known by: case, punctuation and spacing normalised."""
    return normalise_institution(name)


def comparable(key: str) -> str:
    """The key with abbreviations spelled out and legal forms dropped, for similarity only."""
    words = [ABBREVIATIONS.get(word, word) for word in key.split()]
    return " ".join(word for word in " ".join(words).split() if word not in LEGAL_FORMS)


def _may_pair(a: str, b: str) -> bool:
    return (re.findall(r"\d+", a) == re.findall(r"\d+", b)
            and set(_DISTINCT.findall(a)) == set(_DISTINCT.findall(b)))


def active_merges(session: Session) -> dict[str, PartnerMerge]:
    """The merges in force, by alias."""
    return {row.alias: row for row in session.scalars(select(PartnerMerge).where(PartnerMerge.undone_at.is_(None))
                                                      .order_by(PartnerMerge.id))}


def resolve(key: str, merges: dict[str, PartnerMerge]) -> str:
    """Follow merges from a key to the partner it now belongs to."""
    seen = {key}
    while key in merges and merges[key].target not in seen:
        key = merges[key].target
        seen.add(key)
    return key


@dataclass
class Partner:
    """One partner: its agreements (report rows) and the names it goes by."""
    key: str
    names: Counter = field(default_factory=Counter)
    agreements: list[ReportRow] = field(default_factory=list)
    aliases: list[PartnerMerge] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.names.most_common(1)[0][0] if self.names else self.key

    @property
    def kinds(self) -> list[tuple[str, int]]:
        return sorted(Counter(row.doc_type for row in self.agreements).items())

    @property
    def partner_kind(self) -> str | None:
        found = Counter(row.partner_kind for row in self.agreements if row.partner_kind)
        return found.most_common(1)[0][0] if found else None

    @property
    def first_signed(self) -> date | None:
        return min((row.sign_date for row in self.agreements if row.sign_date), default=None)

    @property
    def last_end(self) -> date | None:
        return max((row.end_date for row in self.agreements if row.end_date), default=None)

    @property
    def active(self) -> int:
        return sum(row.status in ("active", "expiring", "renewed") for row in self.agreements)


def directory(session: Session, today: date) -> dict[str, Partner]:
    """Every partner by key (merges applied), each with its agreements in signing order."""
    documents = _live(session)
    facts = corrected_many(session, documents)
    rows = {row.agreement_id: row for row in report_rows(session, documents, today)}
    merges = active_merges(session)
    partners: dict[str, Partner] = {}
    for doc in documents:
        for name in partners_of(facts[doc.id]):
            key = resolve(partner_key(name), merges)
            if not key:
                continue
            partner = partners.setdefault(key, Partner(key))
            partner.names[name] += 1
            if rows[doc.id] not in partner.agreements:
                partner.agreements.append(rows[doc.id])
    for merge in merges.values():
        target = resolve(merge.target, merges)
        if target in partners:
            partners[target].aliases.append(merge)
    for partner in partners.values():
        partner.agreements.sort(key=lambda row: (row.sign_date or date.max, row.agreement_id))
    return dict(sorted(partners.items(), key=lambda item: item[1].name.casefold()))


@dataclass(frozen=True)
class Proposal:
    """Two partners whose names look like one (score 0-100)."""
    a: str
    b: str
    a_name: str
    b_name: str
    score: float


def proposals(partners: dict[str, Partner], cutoff: int = SIMILAR,
              distinct: set[tuple[str, str]] = frozenset()) -> list[Proposal]:
    """Pairs of partners with near-duplicate names, most similar first (less the pairs said distinct)."""
    keys = list(partners)
    names = [comparable(key) for key in keys]
    if len(keys) < 2:
        return []
    scores = process.cdist(names, names, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff, workers=1)
    found = []
    for i, j in zip(*scores.nonzero()):
        if i < j and _may_pair(names[i], names[j]) and tuple(sorted((keys[i], keys[j]))) not in distinct:
            found.append(Proposal(keys[i], keys[j], partners[keys[i]].name, partners[keys[j]].name,
                                  float(scores[i, j])))
    return sorted(found, key=lambda p: (-p.score, p.a_name.casefold()))


def merge(session: Session, alias: str, target: str, user_id: int | None) -> PartnerMerge:
    """Show partner `alias` as `target` from now on (audited)."""
    merges = active_merges(session)
    alias, target = partner_key(alias), partner_key(target)
    if not alias or not target:
        raise MergeRejected("pilih dua mitra yang akan digabung")
    if resolve(alias, merges) == resolve(target, merges):
        raise MergeRejected(f"{alias!r} dan {target!r} sudah satu mitra")
    if alias in merges:
        raise MergeRejected(f"{alias!r} sudah digabung ke {merges[alias].target!r}; batalkan dulu penggabungan itu")
    row = PartnerMerge(alias=alias, target=resolve(target, merges), merged_by=user_id, merged_at=utcnow())
    session.add(row)
    session.flush()
    audit.record(session, "partner_merged", user_id=user_id, merge_id=row.id, alias=alias, target=row.target)
    return row


def undo(session: Session, merge_id: int, user_id: int | None) -> PartnerMerge:
    """Undo a merge: the alias is its own partner again (audited)."""
    row = session.get(PartnerMerge, merge_id)
    if row is None or row.undone_at is not None:
        raise MergeRejected(f"penggabungan {merge_id} tidak ada atau sudah dibatalkan")
    row.undone_at, row.undone_by = utcnow(), user_id
    audit.record(session, "partner_merge_undone", user_id=user_id, merge_id=row.id, alias=row.alias, target=row.target)
    return row


def distinct_pairs(session: Session) -> set[tuple[str, str]]:
    """The pairs staff said are different partners."""
    return {(row.first, row.second) for row in session.scalars(select(PartnerDistinct))}


def mark_distinct(session: Session, a: str, b: str, user_id: int | None) -> PartnerDistinct:
    """Two similar names are different partners: stop proposing them (audited)."""
    first, second = sorted((partner_key(a), partner_key(b)))
    if not first or first == second:
        raise MergeRejected("pilih dua nama mitra yang berbeda")
    if (first, second) in distinct_pairs(session):
        raise MergeRejected(f"{first!r} dan {second!r} sudah ditandai sebagai mitra yang berbeda")
    row = PartnerDistinct(first=first, second=second, decided_by=user_id, decided_at=utcnow())
    session.add(row)
    session.flush()
    audit.record(session, "partner_distinct", user_id=user_id, first=first, second=second)
    return row


def history(session: Session) -> list[PartnerMerge]:
    """Every merge, newest first (with its undo, if any)."""
    return list(session.scalars(select(PartnerMerge).order_by(PartnerMerge.id.desc())))

