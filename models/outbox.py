"""The alert outbox: webhook and WhatsApp messages, each recorded before it is sent and sent once.

A run first claims (one transaction): for every agreement inside an alert window, one row per enabled
channel and recipient for its current threshold (the unique constraint makes a second claim a no-op,
so a missed day is caught up by the next run). Then each row is taken ('pending' -> 'sending', a
conditional update one run wins), sent, and marked 'sent'. A failed send goes back to 'pending' with
the error; a crash after sending leaves 'sending', which the next run takes again once OUTBOX_LEASE has
passed, resending the same bytes with the same Idempotency-Key so the receiver can drop the copy.
Channels are independent: a channel that fails is not tried again in that run, the others go on.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date, timedelta

import phonenumbers
from sqlalchemy import and_, delete, func, insert, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ingest.errors import ArsipError, InputRejected
from ingest.isodate import date_words
from models import audit
from models.alerts import DueAlert, RunReport, agreements, due_threshold, partner_of, receivers, recipients_for
from models.channels import deliver, enabled, webhook_body, whatsapp_body
from models.corrected import corrected_many
from models.lifecycle import terms
from models.mailer import agreement_url
from models.status import Channel, OutboxState
from models.tables import OutboxMessage, Unit, UnitPhone, User, utcnow
from models.units import resolve, unit_key

# A run that took a message and died: after this long another run sends it again (one message takes
# at most ARSIP_CHANNEL_RETRIES x 15 s timeouts plus the pauses, well under this).
OUTBOX_LEASE = timedelta(minutes=5)
UNSENT = (OutboxState.PENDING.value, OutboxState.SENDING.value)


# --- phone numbers ------------------------------------------------------------------------------------

def normalise_phone(text: str) -> str:
    """A phone number in E.164 (+628...), read the Indonesian way (0812... is +62812...)."""
    try:
        number = phonenumbers.parse(text.strip(), "ID")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise InputRejected(f"nomor telepon {text!r} tidak valid; tulis mis. 081234567890 atau +6281234567890")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def set_user_phone(session: Session, user: User, phone: str | None, by: int | None = None) -> None:
    """Set (or clear with None) a user's WhatsApp number."""
    value = normalise_phone(phone) if phone else None
    audit.record(session, "phone_set", user_id=by, target_user=user.name, old=user.phone, new=value)
    user.phone = value


def set_unit_phones(session: Session, unit: str, phones: list[str], by: int | None = None) -> list[str]:
    """Replace a listed unit's WhatsApp numbers (an empty list clears them); returns them normalised."""
    row = resolve(session, unit)
    numbers = list(dict.fromkeys(normalise_phone(phone) for phone in phones))
    old = unit_phones(session).get(row.key, [])
    session.execute(delete(UnitPhone).where(UnitPhone.unit_id == row.id))
    session.add_all(UnitPhone(unit_id=row.id, phone=number) for number in numbers)
    audit.record(session, "unit_phones_set", user_id=by, unit=row.name, old=old, new=numbers)
    return numbers


def unit_phones(session: Session) -> dict[str, list[str]]:
    """Every unit's numbers, by the unit's key (models.units.unit_key of its name)."""
    found: dict[str, list[str]] = {}
    rows = session.execute(select(Unit.key, UnitPhone.phone).join(Unit, Unit.id == UnitPhone.unit_id)
                           .order_by(Unit.key, UnitPhone.id))
    for key, phone in rows:
        found.setdefault(key, []).append(phone)
    return found


def contacts(session: Session) -> tuple[list[User], dict[str, list[str]]]:
    """Who may receive WhatsApp alerts (admins, staff and unit users, with their numbers) and every unit's numbers."""
    users = list(session.scalars(select(User).where(User.role.in_(("admin", "staff", "opd"))).order_by(User.name)))
    return users, unit_phones(session)


def user_phones(session: Session) -> dict[str, str]:
    """Users' numbers by user name."""
    return dict(session.execute(select(User.name, User.phone).where(User.phone.is_not(None)).order_by(User.name)).all())


def phones_for(document, users: list[User], by_unit: dict[str, list[str]]) -> list[str]:
    """WhatsApp recipients: the alert's users who have a number, and the numbers of the agreement's unit."""
    found = {user.phone for user in receivers(document, users) if user.phone}
    found.update(by_unit.get(unit_key(document.unit), []))
    return sorted(found)


# --- claiming -----------------------------------------------------------------------------------------

def idempotency_key(document_id: int, end: date, threshold: int, channel: str, recipient: str) -> str:
    """The same for every attempt of one message, also if its row were written again."""
    text = f"arsip-alert:{document_id}:{end.isoformat()}:{threshold}:{channel}:{recipient}"
    return hashlib.sha256(text.encode()).hexdigest()


def whatsapp_text(settings, item: DueAlert) -> str:
    """The message from ARSIP_WHATSAPP_TEMPLATE."""
    return str(settings.whatsapp_template).format(
        title=item.title, partner=item.partner or "-", unit=item.unit or "-", end_date=item.end_date.isoformat(),
        tanggal=date_words(item.end_date), days_left=item.days_left, threshold=item.threshold,
        url=agreement_url(settings, item.agreement_id), agreement_id=item.agreement_id)


def _rows(settings, item: DueAlert, channels: list[Channel], phones: list[str]) -> list[dict]:
    messages = []
    for channel in channels:
        if channel == Channel.WEBHOOK:
            messages.append((channel, "", webhook_body(item.as_json())))
        else:
            text = whatsapp_text(settings, item)
            messages += [(channel, phone, whatsapp_body(phone, text)) for phone in phones]
    return [{"document_id": item.agreement_id, "end_date": item.end_date, "threshold": item.threshold,
             "channel": channel.value, "recipient": recipient, "body": body, "state": OutboxState.PENDING.value,
             "attempts": 0, "created_at": utcnow(),
             "idempotency_key": idempotency_key(item.agreement_id, item.end_date, item.threshold, channel.value,
                                                recipient)}
            for channel, recipient, body in messages]


def _close_stale(session: Session, warned: dict[int, date], today: date) -> int:
    closed = 0
    for row in session.scalars(select(OutboxMessage).where(OutboxMessage.state.in_(UNSENT))):
        if warned.get(row.document_id) != row.end_date or row.end_date < today:
            row.state = OutboxState.CLOSED.value
            closed += 1
    return closed


def claim(session: Session, settings, today: date) -> int:
    """Record every due, not yet recorded channel message as 'pending'; returns how many were added."""
    channels = enabled(settings)
    documents = agreements(session)
    by_id = terms(session, documents, today, settings.alert_days)
    facts = corrected_many(session, documents)
    users = list(session.scalars(select(User)))
    by_unit = unit_phones(session)
    extra = [part for part in str(settings.alert_email or "").split(",") if part.strip()]
    warned: dict[int, date] = {}
    rows: list[dict] = []
    for doc in documents:
        term = by_id[doc.id]
        if not term.alerts or doc.terminated_on is not None:
            continue
        warned[doc.id] = term.end_date
        threshold = due_threshold(term.days_left, settings.alert_days)
        if threshold is None or not channels:
            continue
        item = DueAlert(doc.id, str(facts[doc.id].get("title") or doc.original_name), term.end_date, term.days_left,
                        threshold, recipients_for(doc, users, extra), partner=partner_of(facts[doc.id]), unit=doc.unit)
        rows += _rows(settings, item, channels, phones_for(doc, users, by_unit))
    _close_stale(session, warned, today)
    session.flush()
    known = set(session.scalars(select(OutboxMessage.idempotency_key).where(OutboxMessage.end_date >= today)))
    added = 0
    for row in (row for row in rows if row["idempotency_key"] not in known):
        try:
            with session.begin_nested():  # a concurrent run may have claimed it first: the constraint decides
                session.execute(insert(OutboxMessage), [row])
            added += 1
        except IntegrityError:
            pass
    return added


# --- sending ------------------------------------------------------------------------------------------

def _takeable(now):
    return or_(OutboxMessage.state == OutboxState.PENDING.value,
               and_(OutboxMessage.state == OutboxState.SENDING.value, OutboxMessage.taken_at < now - OUTBOX_LEASE))


def take(session: Session, message_id: int) -> bool:
    """Mark one message 'sending' for this run, if no other run holds it."""
    now = utcnow()
    result = session.execute(update(OutboxMessage).where(OutboxMessage.id == message_id, _takeable(now))
                             .values(state=OutboxState.SENDING.value, taken_at=now,
                                     attempts=OutboxMessage.attempts + 1))
    return bool(result.rowcount)


def deliver_outbox(session_factory, settings, today: date, report: RunReport) -> int:
    """Send every takeable message; a channel that fails is left for the next run, the others go on."""
    with session_factory() as session:
        queued = [(row.id, row.channel, row.recipient, row.body, row.idempotency_key) for row in session.scalars(
            select(OutboxMessage).where(_takeable(utcnow()), OutboxMessage.end_date >= today)
            .order_by(OutboxMessage.channel, OutboxMessage.id))]
    down: dict[str, str] = {}
    sent = 0
    for message_id, channel, recipient, body, key in queued:
        who = f"{channel} {recipient}".strip()
        if channel in down:
            report.failures.append(f"{who} (#{message_id}): tidak dicoba, {down[channel]}")
            continue
        with session_factory() as session:
            if not take(session, message_id):
                continue  # another run is sending it
        try:
            deliver(settings, channel, body, key)
        except ArsipError as exc:
            down[channel] = str(exc)
            report.failures.append(f"{who} (#{message_id}): {exc}")
            with session_factory() as session:
                session.execute(update(OutboxMessage).where(OutboxMessage.id == message_id)
                                .values(state=OutboxState.PENDING.value, last_error=str(exc)))
            continue
        with session_factory() as session:
            session.execute(update(OutboxMessage).where(OutboxMessage.id == message_id)
                            .values(state=OutboxState.SENT.value, sent_at=utcnow(), last_error=None))
        sent += 1
    return sent


@dataclass
class Undelivered:
    """A channel message still waiting, for /pemrosesan and `arsip status`."""
    id: int
    agreement_id: int
    channel: str
    recipient: str
    threshold: int
    attempts: int
    error: str

    def as_json(self) -> dict:
        return {"id": self.id, "agreement_id": self.agreement_id, "channel": self.channel,
                "recipient": self.recipient, "threshold": self.threshold, "attempts": self.attempts,
                "error": self.error}


def undelivered(session: Session, limit: int = 100) -> list[Undelivered]:
    """Messages that were tried and not delivered yet (they are retried on the next run)."""
    rows = session.scalars(select(OutboxMessage).where(OutboxMessage.state.in_(UNSENT), OutboxMessage.attempts > 0)
                           .order_by(OutboxMessage.id).limit(limit))
    return [Undelivered(row.id, row.document_id, row.channel, row.recipient, row.threshold, row.attempts,
                        row.last_error or "terputus saat mengirim; dikirim ulang dengan kunci yang sama")
            for row in rows]


def counts(session: Session) -> dict[str, dict[str, int]]:
    """Messages by channel and state."""
    found: dict[str, dict[str, int]] = {}
    for channel, state, number in session.execute(select(OutboxMessage.channel, OutboxMessage.state,
                                                         func.count()).group_by(OutboxMessage.channel,
                                                                                OutboxMessage.state)):
        found.setdefault(channel, {})[state] = number
    return found


def run(session_factory, settings, today: date, report: RunReport) -> RunReport:
    """Claim and send the channel messages due on `today`; failures are added to the report."""
    with session_factory() as session:
        claim(session, settings, today)
    report.channel_sent += deliver_outbox(session_factory, settings, today, report)
    return report

