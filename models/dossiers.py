"""Dossiers (berkas kerja sama): typed links between documents and the groups they form.

Automatic links come from the numbers a document cites (`parent_agreement` against the other
documents' `numbers`) and, when it cites none, from a shared partner institution with compatible
dates (lower confidence). Staff add and remove links by hand; a removed link is kept inactive so the
automatic linking never brings it back. A dossier is a connected group of actively linked documents.
Everything reads corrected values (models.corrected), never the raw extraction alone.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Iterable
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ingest.errors import InputRejected
from ingest.isodate import parse_date
from models import audit
from models.corrected import corrected_many
from models.document_status import LIVE, is_live
from models.labels import label
from models.names import is_regional_government, normalise_institution, normalise_number
from models.status import DocType, LinkType
from models.tables import Document, Dossier, Link, Page, counted

CONFIDENCE_NUMBER = 1.0  # the document cites the other's number
CONFIDENCE_TEXT = 0.9  # no cited parent extracted, but the text names the other's number
CONFIDENCE_PARTIES = 0.6  # no number cited: same partner institution and compatible dates
AGREEMENT_TYPES = (DocType.KB.value, DocType.MOU.value, DocType.LOI.value, DocType.PKS.value)
UMBRELLA_TYPES = (DocType.KB.value, DocType.MOU.value, DocType.LOI.value)
# Which link a citing document makes, and to which kinds of documents it may point.
LINK_RULES = {
    DocType.PKS.value: (LinkType.IMPLEMENTS.value, UMBRELLA_TYPES),
    DocType.ADDENDUM.value: (LinkType.AMENDS.value, AGREEMENT_TYPES),
    DocType.OTHER.value: (LinkType.EVALUATES.value, AGREEMENT_TYPES),
}
# Dossier order: umbrella first, then implementing contracts, addenda, reports and letters.
TYPE_RANK = {DocType.KB.value: 0, DocType.MOU.value: 0, DocType.LOI.value: 0, DocType.PKS.value: 1,
             DocType.ADDENDUM.value: 2, DocType.OTHER.value: 3}


class LinkRejected(InputRejected):
    """A manual link or unlink that cannot be made; the message says why."""


@dataclass
class Facts:
    """What linking needs from one document, with corrections applied."""
    id: int
    doc_type: str
    numbers: set[str]
    parent: str
    partners: set[str]
    signed: date | None
    ends: date | None
    title: str
    dossier_id: int | None
    facts: dict = field(repr=False, default_factory=dict)
    document: Document | None = field(repr=False, default=None)
    cited_in_text: list[str] = field(repr=False, default_factory=list)  # number-like tokens of its pages


def facts_of(document: Document, facts: dict) -> Facts:
    """Linking facts of one document from its corrected extraction."""
    partners = {normalise_institution(p.get("institution")) for p in facts.get("parties") or []
                if isinstance(p, dict) and p.get("institution") and not is_regional_government(p.get("institution"))}
    return Facts(id=document.id, doc_type=str(facts.get("doc_type") or DocType.OTHER.value).upper(),
                 numbers={n for n in map(normalise_number, facts.get("numbers") or []) if n},
                 parent=normalise_number(facts.get("parent_agreement")), partners=partners - {""},
                 signed=parse_date(facts.get("sign_date")) or parse_date(facts.get("effective_date")),
                 ends=parse_date(facts.get("end_date")), title=str(facts.get("title") or ""),
                 dossier_id=document.dossier_id, facts=facts, document=document)


def _participating(session: Session) -> list[Document]:
    return list(session.scalars(select(Document).where(LIVE,
                                                       Document.extraction.is_not(None), counted())
                                .order_by(Document.id)))


def load_facts(session: Session) -> dict[int, Facts]:
    """Linking facts of every live document that has an extraction."""
    documents = _participating(session)
    corrected = corrected_many(session, documents)
    return {doc.id: facts_of(doc, corrected[doc.id]) for doc in documents}


_CANDIDATE = re.compile(r"[A-Za-z0-9.\-]+(?:\s?/\s?[A-Za-z0-9.\-]+)+")  # tokens shaped like 119/KB.12-Ker/2023


def _read_citations(session: Session, facts: dict[int, Facts], ids: set[int] | None = None) -> None:
    """Number-like tokens of the pages of documents whose extraction cites no parent (reports, letters...)."""
    wanted = sorted(i for i in (facts if ids is None else ids) if i in facts and not facts[i].parent
                    and facts[i].doc_type in LINK_RULES and not facts[i].cited_in_text)
    for start in range(0, len(wanted), 200):
        rows = session.execute(select(Page.document_id, Page.text).where(Page.document_id.in_(wanted[start:start + 200]))
                               .order_by(Page.document_id, Page.number))
        for document_id, text in rows:
            facts[document_id].cited_in_text.extend(normalise_number(m) for m in _CANDIDATE.findall(text or ""))


class _Graph:
    """Indexes of numbers and partners over all documents, to derive links in constant time each."""

    def __init__(self, facts: dict[int, Facts]):
        self.facts = facts
        self.by_number: dict[str, list[int]] = defaultdict(list)
        self.by_partner: dict[str, list[int]] = defaultdict(list)
        for item in facts.values():
            for number in item.numbers:
                self.by_number[number].append(item.id)
            for partner in item.partners:
                self.by_partner[partner].append(item.id)

    def _cited(self, parent: str) -> list[int]:
        if parent.startswith(("…", "...")):  # a partial number: match the rest as a suffix, only if unique
            tail = parent.lstrip(".…")
            hits = {i for number, ids in self.by_number.items() if tail and number.endswith(tail) for i in ids}
            return sorted(hits) if len(hits) == 1 else []
        return self.by_number.get(parent, [])

    def _by_parties(self, item: Facts, allowed: tuple[str, ...]) -> int | None:
        candidates: set[int] = set()
        for partner in item.partners:
            candidates.update(self.by_partner.get(partner, []))
        best: list[Facts] = []
        for other in (self.facts[i] for i in candidates if i != item.id):
            if other.doc_type not in allowed:
                continue
            if item.signed and other.signed and other.signed > item.signed:
                continue  # the target must exist before the document that follows it
            if item.signed and other.ends and item.signed > other.ends:
                continue  # signed after the target had ended
            if not (item.signed and other.signed) and item.signed != other.signed:
                continue  # dates not comparable: do not guess
            best.append(other)
        if not best:
            return None
        best.sort(key=lambda o: (o.signed or date.min, o.id), reverse=True)
        if len(best) > 1 and best[0].signed == best[1].signed:
            return None  # two equally likely targets: leave it to staff
        return best[0].id

    def derive(self, item: Facts) -> dict[tuple[int, str], float]:
        """The automatic links this document makes: (target id, type) -> confidence."""
        rule = LINK_RULES.get(item.doc_type)
        if rule is None:
            return {}
        link_type, allowed = rule
        if item.parent:
            return {(target, link_type): CONFIDENCE_NUMBER for target in self._cited(item.parent)
                    if target != item.id and self.facts[target].doc_type in allowed}
        hits: list[int] = []
        for number in item.cited_in_text:
            if number in item.numbers:
                continue  # its own number
            hits += [t for t in self.by_number.get(number, []) if t != item.id and t not in hits
                     and self.facts[t].doc_type in allowed]
        if hits:  # a report evaluates all it names; a contract or addendum follows the first it names
            chosen = hits if link_type == LinkType.EVALUATES.value else hits[:1]
            return {(target, link_type): CONFIDENCE_TEXT for target in chosen}
        target = self._by_parties(item, allowed)
        return {} if target is None else {(target, link_type): CONFIDENCE_PARTIES}


def _stored_links(session: Session, sources: set[int] | None) -> dict[int, dict[tuple[int, str], Link]]:
    """Stored links by source (all of them, or of these sources), with one query per 400 sources."""
    by_source: dict[int, dict[tuple[int, str], Link]] = defaultdict(dict)
    if sources is None:
        chunks = [None]
    else:
        ordered = sorted(sources)
        chunks = [ordered[i:i + 400] for i in range(0, len(ordered), 400)]
    for chunk in chunks:
        query = select(Link) if chunk is None else select(Link).where(Link.source_id.in_(chunk))
        for row in session.scalars(query):
            by_source[row.source_id][(row.target_id, row.type)] = row
    return by_source


def _sync_links(session: Session, wanted: dict[int, dict[tuple[int, str], float]],
                stored: dict[int, dict[tuple[int, str], Link]]) -> None:
    """Make the stored automatic links of each source equal the derived ones; staff decisions stay."""
    new: list[Link] = []
    for source_id, derived in wanted.items():
        existing = stored.get(source_id, {})
        for key, row in existing.items():
            if row.origin == "auto" and row.active and key not in derived:
                session.delete(row)
            elif row.origin == "auto" and row.active and row.confidence != derived[key]:
                row.confidence = derived[key]
        for (target, link_type), confidence in derived.items():
            if (target, link_type) not in existing:  # present already, or unlinked by staff: never re-added
                new.append(Link(source_id=source_id, target_id=target, type=link_type, origin="auto",
                                active=True, confidence=confidence))
    session.flush()
    try:
        with session.begin_nested():
            session.add_all(new)
    except IntegrityError:  # another worker added some of them at this moment: add the rest one by one
        for link in new:
            try:
                with session.begin_nested():
                    session.add(Link(source_id=link.source_id, target_id=link.target_id, type=link.type,
                                     origin="auto", active=True, confidence=link.confidence))
            except IntegrityError:
                pass
    session.flush()


def _components(session: Session, facts: dict[int, Facts]) -> list[list[int]]:
    parent = {i: i for i in facts}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for row in session.scalars(select(Link).where(Link.active.is_(True))):
        if row.source_id in parent and row.target_id in parent:
            parent[find(row.source_id)] = find(row.target_id)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in facts:
        groups[find(i)].append(i)
    return sorted(groups.values(), key=len, reverse=True)


def _root(members: list[Facts]) -> Facts:
    return min(members, key=lambda f: (TYPE_RANK.get(f.doc_type, 3), f.signed or date.max, f.id))


def _assign(dossier_id: int, members: list[Facts]) -> None:
    for member in members:
        if member.document.dossier_id != dossier_id:
            member.document.dossier_id = dossier_id
            member.dossier_id = dossier_id


def _regroup(session: Session, facts: dict[int, Facts]) -> None:
    """Give each connected group one dossier, keeping the dossier most of its members already had."""
    claimed: set[int] = set()
    known = {dossier.id: dossier for dossier in session.scalars(select(Dossier))}
    fresh: list[tuple[Dossier, list[Facts]]] = []
    for component in _components(session, facts):
        members = [facts[i] for i in component]
        votes = Counter(m.dossier_id for m in members if m.dossier_id is not None and m.dossier_id not in claimed)
        root = _root(members)
        title = f"{label(root.doc_type, 'doc_type_short')} {root.title or ''}".strip()[:500]
        if not votes:
            fresh.append((Dossier(title=title), members))
            continue
        dossier = known[min(votes, key=lambda d: (-votes[d], d))]
        if dossier.title != title:
            dossier.title = title
        claimed.add(dossier.id)
        _assign(dossier.id, members)
    session.add_all([dossier for dossier, _ in fresh])
    session.flush()  # one round trip gives every new dossier its id
    for dossier, members in fresh:
        claimed.add(dossier.id)
        _assign(dossier.id, members)
    for gone in session.scalars(select(Document).where(Document.dossier_id.is_not(None),
                                                       ~LIVE | Document.extraction.is_(None))):
        gone.dossier_id = None  # deleted or no longer extracted: leaves its dossier
    session.flush()
    used = set(session.scalars(select(Document.dossier_id).where(Document.dossier_id.is_not(None)).distinct()))
    for dossier in known.values():
        if dossier.id not in claimed and dossier.id not in used:
            session.delete(dossier)
    session.flush()


def relink_all(session: Session) -> dict[str, int]:
    """Derive every automatic link and regroup every dossier; idempotent. Returns counts."""
    facts = load_facts(session)
    _read_citations(session, facts)
    graph = _Graph(facts)
    _sync_links(session, {item.id: graph.derive(item) for item in facts.values()}, _stored_links(session, None))
    for row in session.scalars(select(Link).where(Link.origin == "auto", Link.active.is_(True))):
        if row.source_id not in facts or row.target_id not in facts:
            session.delete(row)  # one end was deleted: its automatic links go with it
    session.flush()
    _regroup(session, facts)
    return {"documents": len(facts),
            "links": len(list(session.scalars(select(Link.id).where(Link.active.is_(True))))),
            "dossiers": len(set(f.dossier_id for f in facts.values()))}


def link_documents(session: Session, document_ids: Iterable[int]) -> None:
    """Link new or corrected documents both ways, then regroup dossiers once; idempotent.

    One pass costs about the same for one document or a thousand (it reads every document's linking
    facts once), so a worker should call it per batch, e.g. before indexing newly extracted documents.
    """
    ids = set(document_ids)
    facts = load_facts(session)
    graph = _Graph(facts)
    affected = set(ids)
    numbers = set().union(*(facts[i].numbers for i in ids if i in facts))
    partners = set().union(*(facts[i].partners for i in ids if i in facts))
    for item in facts.values():  # documents that cite these, or may share their partners
        if item.parent and item.parent in numbers or (not item.parent and item.partners & partners):
            affected.add(item.id)
    ordered = sorted(ids)
    for start in range(0, len(ordered), 400):
        affected.update(session.scalars(select(Link.source_id).where(Link.target_id.in_(ordered[start:start + 400]),
                                                                     Link.origin == "auto")))
    _read_citations(session, facts, affected)
    _sync_links(session, {source: graph.derive(facts[source]) if source in facts else {} for source in affected},
                _stored_links(session, affected))
    _regroup(session, facts)


def link_document(session: Session, document_id: int) -> None:
    """Link one (new, corrected or deleted) document both ways and regroup dossiers; idempotent."""
    link_documents(session, [document_id])


def _check_pair(session: Session, source_id: int, target_id: int, link_type: str) -> None:
    if link_type not in {t.value for t in LinkType}:
        raise LinkRejected(f"jenis tautan {link_type!r} tidak dikenal (pilih: {', '.join(t.value for t in LinkType)})")
    if source_id == target_id:
        raise LinkRejected("dokumen tidak bisa ditautkan ke dirinya sendiri")
    for doc_id in (source_id, target_id):
        doc = session.get(Document, doc_id)
        if not is_live(doc):
            raise LinkRejected(f"dokumen {doc_id} tidak ditemukan")


def link_manual(session: Session, source_id: int, target_id: int, link_type: str, user_id: int | None) -> Link:
    """Staff link: `source` implements / amends / evaluates `target`; re-activates an earlier unlink."""
    _check_pair(session, source_id, target_id, link_type)
    row = session.scalar(select(Link).where(Link.source_id == source_id, Link.target_id == target_id,
                                            Link.type == link_type))
    if row is None:
        row = Link(source_id=source_id, target_id=target_id, type=link_type)
        session.add(row)
    row.origin, row.active, row.confidence, row.created_by = "manual", True, 1.0, user_id
    audit.record(session, "link", user_id=user_id, document_id=source_id, target_id=target_id, type=link_type)
    session.flush()
    _regroup(session, load_facts(session))
    return row


def unlink(session: Session, link_id: int, user_id: int | None) -> Link:
    """Staff unlink: the link stays stored as inactive so automatic linking never re-adds it."""
    return _set_active(session, link_id, user_id, False)


def relink(session: Session, link_id: int, user_id: int | None) -> Link:
    """Undo an unlink ("Batalkan"): the link is active again."""
    return _set_active(session, link_id, user_id, True)


def _set_active(session: Session, link_id: int, user_id: int | None, active: bool) -> Link:
    row = session.get(Link, link_id)
    if row is None:
        raise LinkRejected(f"tautan {link_id} tidak ditemukan")
    if row.active != active:
        row.active = active
        detail = {} if active else {"origin": row.origin}  # an unlink says which kind of link it ended
        audit.record(session, "relink" if active else "unlink", user_id=user_id, document_id=row.source_id,
                     target_id=row.target_id, type=row.type, **detail)
        session.flush()
        _regroup(session, load_facts(session))
    return row


def typed_links(session: Session, document_id: int) -> list[dict]:
    """Active links from and to a document, for the API: [{"type", "agreement_id", "direction", ...}]."""
    rows = session.scalars(select(Link).where(Link.active.is_(True), (Link.source_id == document_id)
                                              | (Link.target_id == document_id)).order_by(Link.id))
    out = []
    for row in rows:
        outgoing = row.source_id == document_id
        out.append({"type": row.type, "agreement_id": row.target_id if outgoing else row.source_id,
                    "direction": "out" if outgoing else "in", "origin": row.origin,
                    "confidence": row.confidence, "link_id": row.id})
    return out


def link_pending(session: Session) -> int:
    """Relink when a live extracted document is in no dossier yet, or a deleted one still is (a safety net
    for the pages while the worker does not link); returns how many documents were waiting."""
    waiting = session.scalar(select(func.count()).select_from(Document).where(
        (LIVE & Document.extraction.is_not(None) & Document.dossier_id.is_(None))
        | (~LIVE & Document.dossier_id.is_not(None)))) or 0
    if waiting:
        relink_all(session)
    return waiting
