"""The notification e-mail job: sends every notification not yet e-mailed (models/notifications.py).

Takes no ids and is safe to run twice: a message is marked sent once the SMTP server took it. When SMTP
is down or unset the messages wait for the next run (every proposal step queues one)."""
from __future__ import annotations

import logging

from ingest.errors import ServiceUnavailable
from models import notifications
from models.db import session_scope
from models.settings import load_settings

log = logging.getLogger(__name__)


def send_notifications() -> int:
    """rq job: e-mail pending notifications; returns how many were sent."""
    settings = load_settings()
    with session_scope(settings) as session:
        try:
            return notifications.send_pending(settings, session)
        except ServiceUnavailable as exc:
            log.warning("notification e-mail waits: %s", exc)
            return 0
