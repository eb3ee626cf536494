"""Expiry alerts: which are due on a day, recorded before sending so each fires exactly once.

One row per (agreement, end date, threshold, recipient) — the table's unique constraint. A run first
claims what is due by inserting rows with state 'pending' (one transaction); then, per recipient, it
takes the rows ('pending' -> 'sending', a conditional update only one run can win), sends one digest,
and marks them 'sent'. A failed send puts them back to 'pending'; a crash leaves them 'sending', and a
later run takes them again once SENDING_LEASE has passed. So no restart of a worker, Redis or the app
loses an alert, and two runs at once never both send one. States: pending -> sending -> sent ->
acknowledged | snoozed (until a day); closed when the end date moves (an addendum extended the term),
the agreement stops being warned about, or the day has passed.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Iterable

from sqlalchemy import and_, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ingest.errors import ArsipError, InputRejected
from models import audit
from models.corrected import corrected_many
from models.document_status import reindex_later
from models.lifecycle import Term, terms
from models.status import AgreementStatus, DocumentStatus, Role
from models.tables import Alert, Document, User, counted, utcnow
from models.units import resolve, unit_key

OPEN_STATES = ("pending", "sending", "sent", "snoozed")  # what an extension or an ended term closes
UNSENT = ("pending", "sending")
# A run that took rows to send and then died: after this long another run may take them (an SMTP
# conversation is bounded by the mailer's 30 s timeouts, so a live sender is long done by then).
SENDING_LEASE = timedelta(minutes=15)
_ADDRESS = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
SKIPPED_DOCUMENTS = (DocumentStatus.DELETED.value, DocumentStatus.FAILED.value)


@dataclass
class DueAlert:
    """One threshold of one agreement and who gets it (the `arsip alerts --json` row)."""
    agreement_id: int
    title: str
    end_date: date
    days_left: int
    threshold: int
    recipients: list[str] = field(default_factory=list)
    partner: str = ""
    unit: str | None = None
    unclaimed: list[str] = field(default_factory=list, repr=False)  # recipients with no row yet (not retries)

    def as_json(self) -> dict:
        return {"agreement_id": self.agreement_id, "title": self.title, "end_date": self.end_date.isoformat(),
                "days_left": self.days_left, "threshold": self.threshold, "recipients": sorted(self.recipients)}


@dataclass
class RunReport:
    """What one alert run did."""
    today: date
    due: list[DueAlert] = field(default_factory=list)
    claimed: int = 0
    sent: int = 0
    channel_sent: int = 0  # webhook and WhatsApp messages (models.outbox)
    closed: int = 0
    failures: list[str] = field(default_factory=list)


def due_threshold(days_left: int, alert_days: Iterable[int]) -> int | None:
    """The most urgent threshold whose window has been entered (None before the first or after the end).

    Thresholds already passed when an agreement is first seen (e.g. found 20 days before its end) are
    not sent as well: one warning naming the current window says all they would.
    """
    if days_left < 0:
        return None
    entered = [days for days in alert_days if days_left <= days]
    return min(entered) if entered else None


def identity(user: User) -> str:
    """How a user appears as an alert recipient: the e-mail address, or the user name (in-app only)."""
    return user.email.strip().lower() if user.email and user.email.strip() else user.name


def is_address(recipient: str) -> bool:
    """Whether a recipient is an e-mail address (else a user name, warned in the app only)."""
    return bool(_ADDRESS.match(recipient))


def receivers(document: Document, users: Iterable[User]) -> list[User]:
    """Admins always; staff of the responsible unit (every staff member when either has no unit); the
    unit's own users (role opd)."""
    unit = unit_key(document.unit)
    return [user for user in users if user.role == Role.ADMIN.value or (
        user.role == Role.STAFF.value and (not unit or not unit_key(user.unit) or unit_key(user.unit) == unit))
        or (user.role == Role.OPD.value and unit and unit_key(user.unit) == unit)]


def recipients_for(document: Document, users: Iterable[User], extra: Iterable[str] = ()) -> list[str]:
    """The e-mail (or in-app) recipients: receivers() plus the extra addresses."""
    found = {address.strip().lower() for address in extra if address.strip()}
    found.update(identity(user) for user in receivers(document, users))
    return sorted(found)


def partner_of(facts: dict) -> str:
    """The parties' institutions, for the digest (which party is 'ours' is not known to the archive)."""
    names = [str(p.get("institution")) for p in facts.get("parties") or [] if isinstance(p, dict) and p.get("institution")]
    return "; ".join(dict.fromkeys(names))


def agreements(session: Session) -> list[Document]:
    """Documents that may hold an agreement (extracted, not deleted or failed)."""
    return list(session.scalars(select(Document).where(Document.extraction.is_not(None), counted(),
                                                       Document.status.not_in(SKIPPED_DOCUMENTS))
                                .order_by(Document.id)))


def _extra_recipients(settings) -> list[str]:
    return [part for part in str(getattr(settings, "alert_email", "") or "").split(",") if part.strip()]


def _close_stale(session: Session, warned: dict[int, date], today: date) -> int:
    """Close open alerts whose end date is no longer the agreement's, or whose term ended or stopped."""
    closed = 0
    rows = session.scalars(select(Alert).where(Alert.state.in_(OPEN_STATES)))
    for row in rows:
        if warned.get(row.document_id) != row.end_date or row.end_date < today:
            row.state = "closed"
            closed += 1
    return closed


def compute_due(session: Session, settings, today: date,
                users: list[User] | None = None) -> tuple[list[DueAlert], dict[int, date]]:
    """Alerts to deliver on `today` (new thresholds plus recorded ones still pending), and the end date
    of every agreement being warned about."""
    documents = agreements(session)
    by_id = terms(session, documents, today, settings.alert_days)
    facts = corrected_many(session, documents)
    users = users if users is not None else list(session.scalars(select(User)))
    extra = _extra_recipients(settings)
    recorded: dict[int, dict[tuple[date, int], dict[str, str]]] = defaultdict(lambda: defaultdict(dict))
    for row in session.scalars(select(Alert).where(Alert.end_date >= today)):
        recorded[row.document_id][(row.end_date, row.threshold)][row.recipient] = row.state
    due: dict[tuple[int, int], DueAlert] = {}

    def entry(doc: Document, term: Term, threshold: int) -> DueAlert:
        key = (doc.id, threshold)
        if key not in due:
            title = facts[doc.id].get("title") or doc.original_name
            due[key] = DueAlert(doc.id, str(title), term.end_date, term.days_left, threshold,
                                partner=partner_of(facts[doc.id]), unit=doc.unit)
        return due[key]

    warned: dict[int, date] = {}
    for doc in documents:
        term = by_id[doc.id]
        if not term.alerts or doc.terminated_on is not None:
            continue  # staff already set when it ends, or another document carries the term
        warned[doc.id] = term.end_date
        for (end, threshold), states in recorded.get(doc.id, {}).items():
            retry = [r for r, state in states.items() if state in UNSENT]
            if end == term.end_date and retry:
                entry(doc, term, threshold).recipients.extend(retry)
        threshold = due_threshold(term.days_left, settings.alert_days)
        if threshold is None:
            continue
        seen = recorded.get(doc.id, {}).get((term.end_date, threshold), {})
        fresh = [r for r in recipients_for(doc, users, extra) if r not in seen]
        if fresh or not seen:
            entry(doc, term, threshold).recipients.extend(fresh)
            entry(doc, term, threshold).unclaimed.extend(fresh)
    return sorted(due.values(), key=lambda d: (d.days_left, d.agreement_id, d.threshold)), warned


def claim(session: Session, settings, today: date) -> RunReport:
    """Close stale alerts and record every due alert as 'pending' (the claim), in the caller's transaction."""
    report = RunReport(today)
    report.due, warned = compute_due(session, settings, today)
    report.closed = _close_stale(session, warned, today)
    session.flush()
    rows = [{"document_id": item.agreement_id, "end_date": item.end_date, "threshold": item.threshold,
             "recipient": recipient, "state": "pending", "created_at": utcnow()}
            for item in report.due for recipient in item.unclaimed]
    if not rows:
        return report
    try:
        with session.begin_nested():  # one statement for the usual case: nobody else is claiming
            session.execute(insert(Alert), rows)
        report.claimed = len(rows)
    except IntegrityError:
        for row in rows:  # a concurrent run claimed some first: the constraint decides row by row
            try:
                with session.begin_nested():
                    session.execute(insert(Alert), [row])
                report.claimed += 1
            except IntegrityError:
                pass
    return report


def _takeable(now):
    """Rows a run may take to send: pending, or taken by a run that died (its lease has passed)."""
    return or_(Alert.state == "pending", and_(Alert.state == "sending", Alert.sent_at < now - SENDING_LEASE))


def pending(session: Session, today: date) -> dict[str, list[Alert]]:
    """Claimed, undelivered alerts by recipient (including those a crashed run left behind)."""
    rows = session.scalars(select(Alert).where(_takeable(utcnow()), Alert.end_date >= today)
                           .order_by(Alert.end_date, Alert.document_id, Alert.threshold))
    by_recipient: dict[str, list[Alert]] = defaultdict(list)
    for row in rows:
        by_recipient[row.recipient].append(row)
    return dict(by_recipient)


def take(session: Session, alert_ids: list[int]) -> list[int]:
    """Mark rows 'sending' for this run; returns the ids it won (another run may hold the rest)."""
    now = utcnow()
    won = []
    result = session.execute(update(Alert).where(Alert.id.in_(alert_ids), _takeable(now))
                             .values(state="sending", sent_at=now))
    if (result.rowcount or 0) == len(alert_ids):
        return list(alert_ids)
    session.rollback()  # someone else holds some: take them one by one
    for alert_id in alert_ids:
        if session.execute(update(Alert).where(Alert.id == alert_id, _takeable(now))
                           .values(state="sending", sent_at=now)).rowcount:
            won.append(alert_id)
    return won


def release(session: Session, alert_ids: list[int]) -> None:
    """Give rows back after a failed send, for the next run."""
    session.execute(update(Alert).where(Alert.id.in_(alert_ids), Alert.state == "sending")
                    .values(state="pending", sent_at=None))


def mark_sent(session: Session, alert_ids: list[int]) -> int:
    """Record delivery of rows this run took (or pending ones delivered in the app)."""
    if not alert_ids:
        return 0
    result = session.execute(update(Alert).where(Alert.id.in_(alert_ids), Alert.state.in_(UNSENT))
                             .values(state="sent", sent_at=utcnow()))
    return result.rowcount or 0


Deliver = Callable[[str, list[DueAlert]], None]


def deliver_pending(session_factory, settings, today: date, send_mail: Deliver, report: RunReport) -> None:
    """Send each recipient's pending alerts as one digest, marking them sent right after each delivery."""
    with session_factory() as session:
        queued = pending(session, today)
        documents = {doc.id: doc for doc in session.scalars(
            select(Document).where(Document.id.in_({a.document_id for rows in queued.values() for a in rows})))}
        facts = corrected_many(session, list(documents.values()))
    for recipient, rows in queued.items():
        with session_factory() as session:
            ids = take(session, [row.id for row in rows])
        rows = [row for row in rows if row.id in set(ids)]
        if not rows:
            continue  # a concurrent run is sending these
        items = [DueAlert(row.document_id, str(facts[row.document_id].get("title") or documents[row.document_id].original_name),
                          row.end_date, (row.end_date - today).days, row.threshold, [recipient],
                          partner=partner_of(facts[row.document_id]), unit=documents[row.document_id].unit)
                 for row in rows]
        if is_address(recipient):
            try:
                send_mail(recipient, items)
            except ArsipError as exc:
                report.failures.append(f"{recipient}: {exc}")
                with session_factory() as session:
                    release(session, ids)  # back to pending: the next run retries it
                continue
        # a recipient without an address is warned in the app: the dashboard shows the row from now on
        with session_factory() as session:
            report.sent += mark_sent(session, ids)


def run(session_factory, settings, today: date, send_mail: Deliver | None, send: bool = True) -> RunReport:
    """One alert run: claim what is due (a transaction), then deliver; without send only compute."""
    if not send:
        with session_factory() as session:
            report = RunReport(today)
            report.due, _ = compute_due(session, settings, today)
            return report
    with session_factory() as session:
        report = claim(session, settings, today)
    deliver_pending(session_factory, settings, today, send_mail, report)
    return report


# --- acknowledging, snoozing and the dashboard lists -------------------------------------------------

class AlertNotFound(InputRejected):
    """No such alert for this user (another user's alerts are not theirs to handle)."""


def _own(session: Session, alert_id: int, user: User) -> Alert:
    row = session.get(Alert, alert_id)
    if row is None or (row.recipient not in (identity(user), user.name) and user.role != Role.ADMIN.value):
        raise AlertNotFound(f"peringatan {alert_id} tidak ditemukan untuk pengguna {user.name}")
    return row


def acknowledge(session: Session, alert_id: int, user: User) -> Alert:
    """Mark an alert seen and handled; it leaves the user's open list."""
    row = _own(session, alert_id, user)
    row.state, row.snoozed_until = "acknowledged", None
    audit.record(session, "alert_acknowledged", user_id=user.id, document_id=row.document_id, alert_id=row.id)
    return row


def snooze(session: Session, alert_id: int, user: User, until: date, today: date) -> Alert:
    """Hide an alert from the user's open list until a later day."""
    if until <= today:
        raise InputRejected(f"tanggal tunda {until.isoformat()} harus setelah hari ini ({today.isoformat()})")
    row = _own(session, alert_id, user)
    if row.state == "closed":
        raise InputRejected(f"peringatan {alert_id} sudah ditutup")
    row.state, row.snoozed_until = "snoozed", until
    audit.record(session, "alert_snoozed", user_id=user.id, document_id=row.document_id, alert_id=row.id,
                 until=until.isoformat())
    return row


def open_alerts(session: Session, user: User, today: date) -> dict[int, Alert]:
    """The user's newest open alert per agreement (snoozed ones reappear on their day)."""
    rows = session.scalars(select(Alert).where(Alert.recipient.in_({identity(user), user.name}),
                                               Alert.state.in_(("sent", "snoozed")), Alert.end_date >= today)
                           .order_by(Alert.threshold.desc(), Alert.id))
    newest: dict[int, Alert] = {}
    for row in rows:
        if row.state == "snoozed" and row.snoozed_until and row.snoozed_until > today:
            continue
        newest[row.document_id] = row  # ordered so the most urgent threshold wins
    return newest


def snoozed_alerts(session: Session, user: User, today: date) -> list[Alert]:
    """The user's alerts hidden until a later day."""
    return list(session.scalars(select(Alert).where(Alert.recipient.in_({identity(user), user.name}),
                                                    Alert.state == "snoozed", Alert.snoozed_until > today,
                                                    Alert.end_date >= today).order_by(Alert.snoozed_until)))


def lifecycle_lists(session: Session, today: date, alert_days: Iterable[int]) -> dict[str, list[tuple[Document, Term]]]:
    """Agreements ending inside the alert window, and those whose term is unknown (for review)."""
    documents = agreements(session)
    by_id = terms(session, documents, today, alert_days)
    expiring = [(doc, by_id[doc.id]) for doc in documents
                if by_id[doc.id].status == AgreementStatus.EXPIRING and by_id[doc.id].carried_by is None]
    unknown = [(doc, by_id[doc.id]) for doc in documents if by_id[doc.id].status == AgreementStatus.UNKNOWN_TERM]
    expiring.sort(key=lambda pair: (pair[1].days_left, pair[0].id))
    return {"expiring": expiring, "unknown_term": unknown}


def set_unit(session: Session, document: Document, unit: str | None, user_id: int | None) -> None:
    """Set the perangkat daerah responsible for an agreement (who receives its alerts): one from the unit list,
    or none (empty)."""
    value = resolve(session, unit).name if unit_key(unit) else None
    if value == document.unit:
        return
    audit.record(session, "unit_set", user_id=user_id, document_id=document.id, old=document.unit, new=value)
    document.unit = value


def terminate(session, document: Document, day: date | None, user_id: int | None) -> None:
    """Set or clear terminated_on, close its open alerts and send it back for re-indexing."""
    if document.terminated_on == day:
        return
    audit.record(session, "terminated", user_id=user_id, document_id=document.id,
                 old=document.terminated_on.isoformat() if document.terminated_on else None,
                 new=day.isoformat() if day else None)
    document.terminated_on = day
    if day is not None:
        for row in session.scalars(select(Alert).where(Alert.document_id == document.id,
                                                       Alert.state.in_(OPEN_STATES))):
            row.state = "closed"
    reindex_later(document)  # the index holds its lifecycle status


def window_start(end: date, threshold: int) -> date:
    """The first day a threshold is due."""
    return end - timedelta(days=threshold)
