"""`arsip alerts`, `arsip scheduler`, `arsip agreements terminate|unit|status`: expiry warnings and terms."""
from __future__ import annotations

import json
from datetime import date

import click

from arsip.commands import ready
from ingest.errors import InputRejected
from models.alerts import set_unit, terminate
from models.db import session_scope
from models.document_status import is_live
from models.lifecycle import term_of
from models.tables import Document


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputRejected(f"{option} {value!r} bukan tanggal YYYY-MM-DD, mis. 2026-01-31") from None


def _document(session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if not is_live(document):
        raise InputRejected(f"dokumen {document_id} tidak ada; lihat `arsip status` untuk daftar dokumen")
    return document


@click.command("alerts")
@click.option("--today", "today_text", metavar="YYYY-MM-DD", help="Compute for this day instead of today.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
@click.option("--send", is_flag=True, help="Send the due alerts by e-mail and record them (each fires once).")
def alerts_command(today_text: str | None, as_json: bool, send: bool) -> None:
    """Agreements due an expiry alert; with --send, deliver and record them."""
    from workers.alerts import refresh_statuses, send_alerts

    today = _day(today_text, "--today") or date.today()
    settings = ready()
    report = send_alerts(settings, today, send=send)
    if send:
        refresh_statuses(settings, today)
    if as_json:
        click.echo(json.dumps([item.as_json() for item in report.due], ensure_ascii=False))
    else:
        for item in report.due:
            who = ", ".join(sorted(item.recipients)) or "(tidak ada penerima: tambahkan admin/staf dengan e-mail)"
            click.echo(f"{item.agreement_id}\t{item.end_date.isoformat()}\t{item.days_left} hari\t"
                       f"batas {item.threshold}\t{item.title}\t-> {who}")
        summary = f"due: {len(report.due)}"
        if send:
            summary += f", sent: {report.sent}, closed: {report.closed}, failed: {len(report.failures)}"
            if report.channel_sent:
                summary += f", webhook/whatsapp sent: {report.channel_sent}"
        click.echo(summary)
    for failure in report.failures:
        click.echo(f"arsip: not delivered (kept pending, retried next run): {failure}", err=True)


@click.command("scheduler")
def scheduler_command() -> None:
    """Run the rq cron scheduler that queues the daily alert run (one per deployment)."""
    from workers.runner import run_scheduler

    run_scheduler(ready())


@click.group("agreements")
def agreements_group() -> None:
    """An agreement's term: status, early termination, responsible unit."""


@agreements_group.command("status")
@click.argument("document_id", type=int)
@click.option("--today", "today_text", metavar="YYYY-MM-DD", help="Compute for this day instead of today.")
def status_command(document_id: int, today_text: str | None) -> None:
    """Print an agreement's lifecycle status and effective end date as JSON."""
    settings = ready()
    today = _day(today_text, "--today") or date.today()
    with session_scope(settings) as session:
        term = term_of(session, _document(session, document_id), today, settings.alert_days)
        click.echo(json.dumps({"agreement_id": document_id, "status": term.status.value if term.status else None,
                               "end_date": term.end_date.isoformat() if term.end_date else None,
                               "days_left": term.days_left, "extended_by": list(term.extended_by),
                               "superseded_by": list(term.superseded_by)}))


@agreements_group.command("terminate")
@click.argument("document_id", type=int)
@click.option("--on", "on_text", metavar="YYYY-MM-DD", help="The day it ended (default: today).")
@click.option("--undo", is_flag=True, help="Clear an early termination.")
@click.option("--user", "user_name", help="Staff user recorded in the audit log.")
def terminate_command(document_id: int, on_text: str | None, undo: bool, user_name: str | None) -> None:
    """Record that an agreement was ended early (its alerts stop)."""
    settings = ready()
    day = None if undo else (_day(on_text, "--on") or date.today())
    with session_scope(settings) as session:
        document = _document(session, document_id)
        user_id = _user_id(session, user_name)
        terminate(session, document, day, user_id)
    click.echo(f"{document_id}: " + (f"diakhiri pada {day.isoformat()}" if day else "pengakhiran dibatalkan"))


@agreements_group.command("unit")
@click.argument("document_id", type=int)
@click.argument("unit", required=False)
@click.option("--user", "user_name", help="Staff user recorded in the audit log.")
def unit_command(document_id: int, unit: str | None, user_name: str | None) -> None:
    """Set (or clear, without UNIT) the perangkat daerah responsible for an agreement."""
    settings = ready()
    with session_scope(settings) as session:
        document = _document(session, document_id)
        set_unit(session, document, unit, _user_id(session, user_name))
        click.echo(f"{document_id}: unit {document.unit or '-'}")


def _user_id(session, name: str | None) -> int | None:
    if not name:
        return None
    from models.users import find_user

    user = find_user(session, name)
    if user is None:
        raise InputRejected(f"pengguna {name!r} tidak ada; buat dengan `arsip users add`")
    return user.id


COMMANDS = [alerts_command, scheduler_command, agreements_group]
