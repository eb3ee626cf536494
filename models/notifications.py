"""Notifications: a message to a user in the app (the bell), and by e-mail when the user has an address.

E-mail leaves through models/mailer.py in a worker job (workers/notify.py), never inside a web request; a
message is marked `emailed_at` once the SMTP server took it, so a job run twice sends it once.
"""
from __future__ import annotations

from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from typing import Iterable

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from models.mailer import send
from models.tables import Notification, User, utcnow


_MAIL_WAITING = "arsip_mail_waiting"  # a key of Session.info: this session wrote a notification to e-mail


def notify(session: Session, users: Iterable[User], message: str, proposal_id: int | None = None) -> list[Notification]:
    """One notification per user (each once, however often listed)."""
    rows = [Notification(user_id=user.id, proposal_id=proposal_id, message=message[:5000], email=user.email or None)
            for user in {user.id: user for user in users}.values()]
    session.add_all(rows)
    if any(row.email for row in rows):
        session.info[_MAIL_WAITING] = True
    return rows


def mail_waiting(session: Session) -> bool:
    """Whether this session wrote a notification to be e-mailed since the last ask (then the notify job is
    worth queuing); asking clears it."""
    return bool(session.info.pop(_MAIL_WAITING, False))


def unread_count(session: Session, user: User) -> int:
    return session.scalar(select(func.count()).select_from(Notification)
                          .where(Notification.user_id == user.id, Notification.read_at.is_(None))) or 0


def recent(session: Session, user: User, limit: int = 100) -> list[Notification]:
    """The user's newest notifications, unread and read."""
    return list(session.scalars(select(Notification).where(Notification.user_id == user.id)
                                .order_by(Notification.id.desc()).limit(limit)))


def mark_read(session: Session, user: User) -> int:
    """Mark every unread notification of the user read; returns how many."""
    rows = list(session.scalars(select(Notification).where(Notification.user_id == user.id,
                                                           Notification.read_at.is_(None))))
    for row in rows:
        row.read_at = utcnow()
    return len(rows)


def compose(settings, notification: Notification) -> EmailMessage:
    """The e-mail of one notification, in Bahasa Indonesia, with the proposal's address."""
    base = str(settings.base_url).rstrip("/")
    link = f"{base}/usulan/{notification.proposal_id}" if notification.proposal_id else f"{base}/notifikasi"
    message = EmailMessage()
    message["Subject"] = f"[Arsip] {notification.message[:120]}"
    message["From"] = str(settings.mail_from)
    message["To"] = notification.email
    message["Date"] = formatdate(localtime=False)
    message["Message-ID"] = make_msgid(domain="arsip")
    message["Content-Language"] = "id"
    message.set_content("\n".join(["Yth. Bapak/Ibu,", "", notification.message, "", f"Buka: {link}", "",
                                   "Pesan ini dikirim otomatis oleh Arsip."]), charset="utf-8")
    return message


def send_pending(settings, session: Session, limit: int = 200) -> int:
    """E-mail notifications not yet sent (oldest first); stops at the first SMTP failure (MailUnavailable),
    leaving the rest for the next run. Returns how many were sent."""
    sent = 0
    for row in session.scalars(select(Notification).where(Notification.email.is_not(None),
                                                          Notification.emailed_at.is_(None))
                               .order_by(Notification.id).limit(limit)):
        send(settings, compose(settings, row))
        row.emailed_at = utcnow()
        session.commit()  # each one recorded as soon as the server took it
        sent += 1
    return sent
