"""An agreement's term and lifecycle status, computed from its corrected dates and its links.

active -> expiring (inside the largest alert window) -> expired; renewed (an addendum extended the
term and it is not yet expiring again); superseded (a later agreement replaces it); terminated
(staff set terminated_on); unknown_term (no end date: listed for review, never guessed).
Only agreement types have a term; OTHER documents have no status (None).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Iterable

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from ingest.isodate import end_of_term, parse_date
from models.corrected import corrected_many
from models.document_status import is_live, reindex_later
from models.settings import load_settings
from models.status import AgreementStatus, DocType, LinkType
from models.tables import Document, Link

AGREEMENT_TYPES = frozenset({DocType.KB.value, DocType.PKS.value, DocType.MOU.value, DocType.LOI.value,
                             DocType.ADDENDUM.value})
# A link that extends or replaces a term silences warnings, so only sure links count (a cited number or a
# link set by staff, confidence 1.0); links inferred from shared parties alone never change a status.
TRUSTED_CONFIDENCE = 0.9


@dataclass(frozen=True)
class Term:
    """What the lifecycle knows about one agreement on one day."""
    document_id: int
    doc_type: str | None
    own_end: date | None          # the end the document itself states (or start + duration - 1 day)
    end_date: date | None         # effective end, after extending addenda
    status: AgreementStatus | None
    days_left: int | None
    extended_by: tuple[int, ...] = ()   # addenda whose later end date extends the term
    superseded_by: tuple[int, ...] = ()  # later agreements that replace it
    carried_by: int | None = None        # for an addendum: the agreement whose term it changes

    @property
    def alerts(self) -> bool:
        """Whether this agreement's own term is warned about (addenda are warned through their agreement)."""
        return (self.end_date is not None and self.carried_by is None and self.status in
                (AgreementStatus.ACTIVE, AgreementStatus.EXPIRING, AgreementStatus.RENEWED))


def stated_end(facts: dict) -> date | None:
    """The end date the facts state; from start + duration when only a duration is stated."""
    end = parse_date(facts.get("end_date"))
    if end is None and facts.get("duration"):
        start = parse_date(facts.get("effective_date")) or parse_date(facts.get("sign_date"))
        if start is not None:
            end = end_of_term(start, str(facts["duration"]))
    return end


def window_days(alert_days: Iterable[int] | None = None) -> int:
    """The largest alert threshold: an agreement inside it is 'expiring'."""
    days = tuple(alert_days) if alert_days is not None else tuple(load_settings().alert_days)
    return max(days) if days else 0


class _Archive:
    """Corrected facts and trusted amends links of the agreements one computation needs."""

    def __init__(self, session: Session):
        self.session = session
        self.documents: dict[int, Document] = {}
        self.facts: dict[int, dict] = {}
        self.amended_by: dict[int, list[int]] = {}  # target -> sources that amend it
        self.amends: dict[int, list[int]] = {}      # source -> targets it amends
        self._linked: set[int] = set()

    def load(self, documents: list[Document]) -> None:
        fresh = [doc for doc in documents if doc.id not in self.facts]
        for doc in fresh:
            self.documents[doc.id] = doc
        self.facts.update(corrected_many(self.session, fresh))
        self._load_links([doc.id for doc in fresh])

    def _load_links(self, ids: list[int]) -> None:
        ids = [i for i in ids if i not in self._linked]
        self._linked.update(ids)
        missing: set[int] = set()
        for start in range(0, len(ids), 400):
            chunk = ids[start:start + 400]
            rows = self.session.scalars(select(Link).where(
                Link.type == LinkType.AMENDS.value, Link.active.is_(True),
                Link.confidence >= TRUSTED_CONFIDENCE,
                or_(Link.source_id.in_(chunk), Link.target_id.in_(chunk))))
            for link in rows:
                if link.source_id == link.target_id:
                    continue
                if link.source_id not in self.amended_by.get(link.target_id, []):
                    self.amended_by.setdefault(link.target_id, []).append(link.source_id)
                    self.amends.setdefault(link.source_id, []).append(link.target_id)
                missing.update({link.source_id, link.target_id} - set(self.facts))
        if missing:
            docs = list(self.session.scalars(select(Document).where(Document.id.in_(sorted(missing)))))
            self.load(docs)

    def doc_type(self, doc_id: int) -> str | None:
        value = self.facts.get(doc_id, {}).get("doc_type")
        return str(value).upper() if value else None

    def live(self, doc_id: int) -> bool:
        return is_live(self.documents.get(doc_id))

    def parent(self, doc_id: int) -> int | None:
        """The agreement an addendum changes (the first live agreement it amends)."""
        if self.doc_type(doc_id) != DocType.ADDENDUM.value:
            return None
        for target in self.amends.get(doc_id, []):
            if self.live(target) and self.doc_type(target) in AGREEMENT_TYPES:
                return target
        return None

    def root(self, doc_id: int) -> int:
        """The agreement that holds the term an addendum (or an addendum of an addendum) changes."""
        seen = {doc_id}
        while (parent := self.parent(doc_id)) is not None and parent not in seen:
            seen.add(parent)
            doc_id = parent
        return doc_id

    def addenda(self, root_id: int) -> list[int]:
        """Every live addendum under an agreement, through addenda of addenda."""
        found: list[int] = []
        todo, seen = [root_id], {root_id}
        while todo:
            current = todo.pop()
            for source in self.amended_by.get(current, []):
                if source in seen or not self.live(source) or self.doc_type(source) != DocType.ADDENDUM.value:
                    continue
                if self.parent(source) != current:
                    continue
                seen.add(source)
                found.append(source)
                todo.append(source)
        return sorted(found)

    def replacements(self, doc_id: int) -> list[int]:
        """Later agreements (not addenda) that amend, i.e. replace, this one."""
        own = self.facts.get(doc_id, {})
        own_start = parse_date(own.get("effective_date")) or parse_date(own.get("sign_date"))
        found = []
        for source in self.amended_by.get(doc_id, []):
            kind = self.doc_type(source)
            if not self.live(source) or kind not in AGREEMENT_TYPES or kind == DocType.ADDENDUM.value:
                continue
            facts = self.facts.get(source, {})
            start = parse_date(facts.get("effective_date")) or parse_date(facts.get("sign_date"))
            if own_start and start and start < own_start:
                continue  # an older document cannot replace a newer one: the link is backwards
            found.append(source)
        return sorted(found)

    def term(self, doc_id: int, today: date, window: int) -> Term:
        kind = self.doc_type(doc_id)
        own_end = stated_end(self.facts.get(doc_id, {}))
        if kind not in AGREEMENT_TYPES:
            return Term(doc_id, kind, own_end, None, None, None)
        root = self.root(doc_id)
        carried_by = root if root != doc_id else None
        extended, end = self._extension(root)
        replaced = tuple(self.replacements(root))
        terminated = next((self.documents[i].terminated_on for i in (doc_id, root)
                           if self.documents[i].terminated_on is not None), None)
        days_left = (end - today).days if end else None
        if terminated is not None and terminated <= today:
            status = AgreementStatus.TERMINATED
        elif replaced:
            status = AgreementStatus.SUPERSEDED
        elif end is None:
            status = AgreementStatus.UNKNOWN_TERM
        elif days_left < 0:
            status = AgreementStatus.EXPIRED
        elif days_left <= window:
            status = AgreementStatus.EXPIRING
        elif extended and carried_by is None:
            status = AgreementStatus.RENEWED
        else:
            status = AgreementStatus.ACTIVE
        return Term(doc_id, kind, own_end, end, status, days_left, extended, replaced, carried_by)

    def _extension(self, root: int) -> tuple[tuple[int, ...], date | None]:
        end = stated_end(self.facts.get(root, {}))
        extended: list[int] = []
        for addendum in self.addenda(root):
            new_end = stated_end(self.facts.get(addendum, {}))
            if new_end is not None and (end is None or new_end > end):
                extended.append(addendum)
                end = new_end
        return tuple(extended), end


def terms(session: Session, documents: list[Document], today: date,
          alert_days: Iterable[int] | None = None) -> dict[int, Term]:
    """The Term of many documents at once (one query for corrections, a few for links)."""
    archive = _Archive(session)
    archive.load(list(documents))
    window = window_days(alert_days)
    return {doc.id: archive.term(doc.id, today, window) for doc in documents}


def term_of(session: Session, document: Document, today: date, alert_days: Iterable[int] | None = None) -> Term:
    """The Term of one document."""
    return terms(session, [document], today, alert_days)[document.id]


def agreement_status(session: Session, document: Document, today: date,
                     alert_days: Iterable[int] | None = None) -> AgreementStatus | None:
    """The lifecycle status of one agreement on `today`; None for a document that is not an agreement."""
    return term_of(session, document, today, alert_days).status


def effective_end_date(session: Session, document: Document) -> date | None:
    """The end date after addenda that extend the term (an addendum's is its agreement's); None if unknown."""
    return term_of(session, document, date.today(), alert_days=(0,)).end_date


def mark_changed(session: Session, documents: list[Document], before: date, after: date,
                 alert_days: Iterable[int] | None = None) -> list[int]:
    """Send indexed agreements whose status differs between two days back to 'extracted' for re-indexing.

    The search index stores each agreement's status, which goes stale as days pass; the index worker
    re-indexes 'extracted' documents in a batch. Returns the ids marked.
    """
    old = terms(session, documents, before, alert_days)
    new = terms(session, documents, after, alert_days)
    marked = []
    for doc in documents:
        if old[doc.id].status != new[doc.id].status and reindex_later(doc):
            marked.append(doc.id)
    return marked
