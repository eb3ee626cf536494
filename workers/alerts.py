"""The daily alert job: send due expiry alerts, then send agreements whose status changed to re-indexing.

Production: the rq cron scheduler (`rq cron workers.cron_config`, the `scheduler` service in
docker-compose.yml) enqueues `workers.alerts.run_alerts` every morning; an `arsip worker` runs it.
The job takes no ids and is safe to run twice: the alerts table records what was claimed and sent, and a
proposal remembers when it was last reminded of being overdue at its stage.
"""
from __future__ import annotations

import logging
from datetime import date, timedelta

from ingest.errors import ArsipError
from models import audit, outbox
from models.alerts import RunReport, agreements, run
from models.audit import RUN_ACTION, last_alert_run
from models.db import session_scope
from models.lifecycle import mark_changed
from models.mailer import digest_sender
from models.proposals.flow import remind_overdue
from models.proposals.stages import Road
from models.settings import load_settings
from workers import queue

log = logging.getLogger(__name__)


def _today(today_iso: str | None) -> date:
    return date.fromisoformat(today_iso) if today_iso else date.today()


def refresh_statuses(settings, today: date) -> list[int]:
    """Mark indexed agreements whose lifecycle status changed since the previous run for re-indexing."""
    with session_scope(settings) as session:
        before = last_alert_run(session) or today - timedelta(days=1)
        marked = mark_changed(session, agreements(session), before, today, settings.alert_days) if before != today else []
        audit.record(session, RUN_ACTION, today=today.isoformat(), reindex=len(marked))
    if marked:
        queue.enqueue_index(settings)  # the index job also sweeps 'extracted' documents: a failed enqueue is retried
    return marked


def send_alerts(settings, today: date, send: bool = True) -> RunReport:
    """Claim and deliver the alerts due on `today` by e-mail, then by webhook and WhatsApp (models.outbox);
    only compute them when send is False. One channel failing never stops another."""
    sessions = lambda: session_scope(settings)  # noqa: E731
    report = run(sessions, settings, today, digest_sender(settings, today), send=send)
    if send:
        try:
            outbox.run(sessions, settings, today, report)
        except ArsipError as exc:  # e.g. a bad channel address: e-mail has gone out, the outbox waits
            report.failures.append(f"webhook/WhatsApp: {exc}")
    return report


def remind_proposals(settings) -> list[int]:
    """Tell who acts on each overdue proposal (once per stay at a stage); the e-mails leave in the notify job."""
    with session_scope(settings) as session:
        reminded = remind_overdue(session, Road.from_settings(settings))
    if reminded:
        queue.enqueue_notifications(settings)
    return reminded


def run_alerts(today_iso: str | None = None) -> dict:
    """rq job (id-free, daily): send due alerts, refresh the lifecycle statuses in the index, remind overdue
    proposals."""
    settings = load_settings()
    today = _today(today_iso)
    report = send_alerts(settings, today)
    marked = refresh_statuses(settings, today)
    reminded = remind_proposals(settings)
    for failure in report.failures:
        log.warning("alert not delivered, will retry: %s", failure)
    summary = {"today": today.isoformat(), "due": len(report.due), "claimed": report.claimed, "sent": report.sent,
               "channel_sent": report.channel_sent, "closed": report.closed, "failed": len(report.failures), "reindex": len(marked),
               "proposals_reminded": len(reminded)}
    log.info("alerts run %s", summary)
    return summary
