"""The iCalendar feed of agreement end dates (`/calendar.ics?token=...`) for staff calendars."""
from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from icalendar import Alarm, Calendar, Event
from sqlalchemy.orm import Session

from ingest.isodate import date_words
from models.alerts import agreements, partner_of, recipients_for, identity
from models.corrected import corrected_many
from models.lifecycle import terms
from models.mailer import agreement_url
from models.status import AgreementStatus, Role
from models.tables import User

# Ended early or replaced: the stated end date is no longer a date anyone must act on.
LEFT_OUT = (AgreementStatus.TERMINATED, AgreementStatus.SUPERSEDED)


def feed(session: Session, settings, user: User, today: date) -> bytes:
    """One all-day VEVENT per agreement end date the user is warned about (admins and viewers: all)."""
    documents = agreements(session)
    by_id = terms(session, documents, today, settings.alert_days)
    facts = corrected_many(session, documents)
    calendar = Calendar()
    calendar.add("prodid", "-//Arsip//Masa berlaku perjanjian kerja sama//ID")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Arsip: berakhirnya perjanjian kerja sama")
    calendar.add("x-wr-timezone", "Asia/Jakarta")
    stamp = datetime.now(timezone.utc).replace(microsecond=0)
    lead = max(settings.alert_days) if settings.alert_days else 0
    for doc in documents:
        term = by_id[doc.id]
        if term.end_date is None or term.carried_by is not None or term.status in LEFT_OUT:
            continue
        if user.role == Role.STAFF.value and identity(user) not in recipients_for(doc, [user]):
            continue  # staff of another unit: not their agreement
        title = str(facts[doc.id].get("title") or doc.original_name)
        url = agreement_url(settings, doc.id)
        event = Event()
        event.add("uid", f"arsip-agreement-{doc.id}-{term.end_date.isoformat()}@arsip")
        event.add("dtstamp", stamp)
        event.add("dtstart", term.end_date)
        event.add("dtend", term.end_date + timedelta(days=1))
        event.add("summary", f"Berakhir: {title}")
        event.add("description", "\n".join([
            f"Perjanjian kerja sama berakhir pada {date_words(term.end_date)}.",
            f"Mitra / para pihak: {partner_of(facts[doc.id]) or '-'}",
            f"Unit penanggung jawab: {doc.unit or '-'}",
            f"Jenis: {term.doc_type}", url]))
        event.add("url", url)
        event.add("transp", "TRANSPARENT")
        if lead:
            alarm = Alarm()
            alarm.add("action", "DISPLAY")
            alarm.add("description", f"Perjanjian berakhir dalam {lead} hari: {title}")
            alarm.add("trigger", timedelta(days=-lead))
            event.add_component(alarm)
        calendar.add_component(event)
    return calendar.to_ical()
