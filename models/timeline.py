"""Reading dossiers: their documents and links, their chronology, and KBs still waiting for a PKS."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dateutil.relativedelta import relativedelta
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ingest.isodate import date_words, parse_date
from models.corrected import corrected_many
from models.document_status import LIVE
from models.dossiers import TYPE_RANK
from models.labels import label
from models.lifecycle import stated_end, terms
from models.proposals.stages import label as stage_label
from models.status import AgreementStatus, DocType, LinkType
from models.tables import Alert, Document, Dossier, EvaluationNote, Link, Proposal, ProposalEvent

# Event kinds in the order they are shown when they fall on the same day, with their Indonesian label.
KINDS = {
    "proposal": "Usulan",  # the steps of the proposal the agreement came from: its chronology begins there
    "signed": "Ditandatangani",
    "effective": "Mulai berlaku",
    "amended": "Diubah (adendum)",
    "renewed": "Diperpanjang",
    "evaluated": "Dievaluasi",
    "note": "Catatan evaluasi",
    "alert_sent": "Peringatan terkirim",
    "terminated": "Diakhiri lebih awal",
    "expired": "Berakhir",
}
_ORDER = {kind: n for n, kind in enumerate(KINDS)}


@dataclass(frozen=True)
class Event:
    """One dated step in a cooperation's story, with the document it comes from."""
    when: date
    kind: str
    document_id: int
    detail: str = ""
    attachment_name: str | None = None  # an evaluation note's attached file
    note_id: int | None = None

    @property
    def label(self) -> str:
        return KINDS[self.kind]


def _describe(doc_id: int, facts: dict) -> str:
    """A document in a sentence: its kind and first number ("KB 119/KB.12-Ker/2019"), else its title."""
    number = (facts.get("numbers") or [""])[0] or facts.get("title") or f"dokumen {doc_id}"
    return f"{label(facts.get('doc_type') or 'OTHER', 'doc_type_short')} {number}".strip()


def dossier_documents(session: Session, dossier_id: int) -> list[tuple[Document, dict]]:
    """The documents of one dossier with corrected facts, umbrella first, then by signing date."""
    documents = list(session.scalars(select(Document).where(Document.dossier_id == dossier_id,
                                                            LIVE)))
    corrected = corrected_many(session, documents)
    pairs = [(doc, corrected[doc.id]) for doc in documents]
    pairs.sort(key=lambda p: (TYPE_RANK.get(str(p[1].get("doc_type") or "OTHER"), 3),
                              str(p[1].get("sign_date") or "9999"), p[0].id))
    return pairs


def dossier_links(session: Session, document_ids: list[int]) -> list[Link]:
    """Every link (active or unlinked) touching these documents, for the dossier page."""
    if not document_ids:
        return []
    return list(session.scalars(select(Link).where(Link.source_id.in_(document_ids) | Link.target_id.in_(document_ids))
                                .order_by(Link.active.desc(), Link.id)))


def dossier_summaries(session: Session, page: int = 1, per_page: int = 50,
                      today: date | None = None) -> tuple[list[dict], int]:
    """One page of dossiers, largest first: id, title, document count, and of its umbrella document the
    partners, lifecycle status and term (start, end)."""
    counts = select(Document.dossier_id, func.count().label("n")).where(
        Document.dossier_id.is_not(None), LIVE).group_by(Document.dossier_id)
    total = session.scalar(select(func.count()).select_from(counts.subquery())) or 0
    rows = session.execute(counts.order_by(func.count().desc(), Document.dossier_id)
                           .limit(per_page).offset((page - 1) * per_page)).all()
    titles = {d.id: d.title for d in session.scalars(select(Dossier).where(Dossier.id.in_([r[0] for r in rows] or [0])))}
    roots = _roots(session, [r[0] for r in rows], today or date.today())
    return [{"id": dossier_id, "title": titles.get(dossier_id, ""), "documents": n, **roots.get(dossier_id, {})}
            for dossier_id, n in rows], total


def _roots(session: Session, dossier_ids: list[int], today: date) -> dict[int, dict]:
    """Per dossier, its umbrella document (a KB before a PKS, the earliest first) as the list shows it."""
    from models.reports import partners_of  # the one rule for "every party but the region's own"

    documents = list(session.scalars(select(Document).where(Document.dossier_id.in_(dossier_ids or [0]), LIVE)))
    corrected = corrected_many(session, documents)
    roots: dict[int, Document] = {}
    for doc in sorted(documents, key=lambda d: (TYPE_RANK.get(str(corrected[d.id].get("doc_type") or "OTHER"), 3),
                                                str(corrected[d.id].get("sign_date") or "9999"), d.id)):
        roots.setdefault(doc.dossier_id, doc)
    term_by_id = terms(session, list(roots.values()), today)  # the umbrellas' terms only (each loads its addenda)
    out: dict[int, dict] = {}
    for dossier_id, doc in roots.items():
        facts, term = corrected[doc.id], term_by_id[doc.id]
        out[dossier_id] = {"root_id": doc.id, "partners": partners_of(facts),
                           "status": term.status.value if term.status else None,
                           "start": parse_date(facts.get("effective_date")) or parse_date(facts.get("sign_date")),
                           "end": term.end_date}
    return out


def dossier_timeline(session: Session, dossier_id: int, today: date) -> list[Event]:
    """Every dated event of a dossier's documents, oldest first."""
    pairs = dossier_documents(session, dossier_id)
    facts = {doc.id: f for doc, f in pairs}
    events: list[Event] = []
    for doc, f in pairs:
        signed, effective = parse_date(f.get("sign_date")), parse_date(f.get("effective_date"))
        if signed:
            events.append(Event(signed, "signed", doc.id, _describe(doc.id, f)))
        if effective and effective != signed:  # the same day adds nothing to "signed"
            events.append(Event(effective, "effective", doc.id, _describe(doc.id, f)))
        if doc.terminated_on:
            events.append(Event(doc.terminated_on, "terminated", doc.id, _describe(doc.id, f)))
    links = list(session.scalars(select(Link).where(Link.active.is_(True), Link.source_id.in_(list(facts) or [0]))))
    for link in links:
        if link.target_id not in facts:
            continue
        source = facts[link.source_id]
        when = parse_date(source.get("sign_date")) or parse_date(source.get("effective_date"))
        if when and link.type == LinkType.AMENDS.value:
            events.append(Event(when, "amended", link.source_id, f"mengubah {_describe(link.target_id, facts[link.target_id])}"))
        elif when and link.type == LinkType.EVALUATES.value:
            events.append(Event(when, "evaluated", link.source_id, f"mengevaluasi {_describe(link.target_id, facts[link.target_id])}"))
    # Renewal and expiry as the lifecycle sees them, so the timeline never disagrees with the alerts.
    for doc_id, term in terms(session, [doc for doc, _ in pairs], today).items():
        if term.carried_by is not None:
            continue  # an addendum's term is its agreement's
        extended_to = stated_end(facts[doc_id])
        for addendum in term.extended_by:
            when = parse_date(facts.get(addendum, {}).get("sign_date")) or parse_date(facts.get(addendum, {}).get("effective_date"))
            new_end = stated_end(facts.get(addendum, {}))
            if when and addendum in facts and new_end and (extended_to is None or new_end > extended_to):
                events.append(Event(when, "renewed", addendum, f"{_describe(doc_id, facts[doc_id])} berlaku sampai "
                                                               f"{date_words(new_end)}"))
                extended_to = new_end
        if term.status == AgreementStatus.EXPIRED and term.end_date:
            events.append(Event(term.end_date, "expired", doc_id, _describe(doc_id, facts[doc_id])))
    for proposal, step in session.execute(select(Proposal, ProposalEvent)
                                          .join(ProposalEvent, ProposalEvent.proposal_id == Proposal.id)
                                          .where(Proposal.agreement_id.in_(list(facts) or [0]))
                                          .order_by(ProposalEvent.at, ProposalEvent.id)):
        events.append(Event(step.at.date(), "proposal", proposal.agreement_id,
                            f"usulan #{proposal.id}: {stage_label(step.to_stage)}"
                            + (f" — {step.note}" if step.note else "")))
    for note in session.scalars(select(EvaluationNote).where(EvaluationNote.document_id.in_(list(facts) or [0]))):
        events.append(Event(note.noted_on, "note", note.document_id, note.text,
                            note.attachment_name if note.attachment_sha256 else None, note.id))
    sent: dict[tuple[int, int, date], list[str]] = {}
    for alert in session.scalars(select(Alert).where(Alert.document_id.in_(list(facts) or [0]),
                                                     Alert.sent_at.is_not(None))):
        sent.setdefault((alert.document_id, alert.threshold, alert.sent_at.date()), []).append(alert.recipient)
    for (doc_id, threshold, when), recipients in sent.items():
        events.append(Event(when, "alert_sent", doc_id, f"{threshold} hari sebelum berakhir, kepada "
                                                        f"{', '.join(sorted(recipients))}"))
    events.sort(key=lambda e: (e.when, _ORDER[e.kind], e.document_id))
    return events


@dataclass(frozen=True)
class Waiting:
    """An umbrella KB with no implementing PKS although the settled time has passed."""
    document_id: int
    title: str
    number: str
    signed: date
    months: int
    dossier_id: int | None
    unit: str | None


_ENDED = (AgreementStatus.EXPIRED, AgreementStatus.SUPERSEDED, AgreementStatus.TERMINATED)


def kb_without_pks(session: Session, today: date, months: int) -> list[Waiting]:
    """KBs signed at least `months` months before `today` that no active link says a PKS implements."""
    documents = list(session.scalars(select(Document).where(LIVE,
                                                            Document.extraction.is_not(None),
                                                            Document.terminated_on.is_(None))))
    corrected = corrected_many(session, documents)
    implemented = set(session.scalars(  # by a PKS still in the archive (a deleted one no longer counts)
        select(Link.target_id).join(Document, Document.id == Link.source_id)
        .where(Link.active.is_(True), Link.type == LinkType.IMPLEMENTS.value,
               LIVE)))
    cutoff = today - relativedelta(months=months)
    waiting: list[tuple[Document, date]] = []
    for doc in documents:
        facts = corrected[doc.id]
        signed = parse_date(facts.get("sign_date")) or parse_date(facts.get("effective_date"))
        if str(facts.get("doc_type") or "").upper() != DocType.KB.value or doc.id in implemented:
            continue
        if signed is None or signed > cutoff:
            continue
        waiting.append((doc, signed))
    # terms of the candidates only (each loads the addenda it needs): a KB whose term is over needs no PKS
    term_by_id = terms(session, [doc for doc, _ in waiting], today)
    out = []
    for doc, signed in waiting:
        if term_by_id[doc.id].status in _ENDED:
            continue
        facts = corrected[doc.id]
        elapsed = relativedelta(today, signed)
        out.append(Waiting(doc.id, str(facts.get("title") or doc.original_name), (facts.get("numbers") or [""])[0],
                           signed, elapsed.years * 12 + elapsed.months, doc.dossier_id, doc.unit))
    out.sort(key=lambda w: (w.signed, w.document_id))
    return out
