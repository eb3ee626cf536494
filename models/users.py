"""Users: hashed passwords, roles (admin / staff / viewer), disabling, hashed API tokens with expiry, calendar tokens."""
from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import bindparam, func, select, update
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from ingest.errors import InputRejected
from models import web_sessions
from models.db import FastRead
from models.status import Role
from models.tables import ApiToken, User, utcnow

_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._@-]{1,99}$")
MIN_PASSWORD = 8
TOKEN_TOUCH_SECONDS = 300  # how stale ApiToken.last_used_at may get
# A password hash to check against when the user does not exist, so both paths take the same time.
_DUMMY_HASH = generate_password_hash("arsip-no-such-user")


class UserRejected(InputRejected):
    """A user name, role or password that cannot be used; the message says why."""


def hash_token(token: str) -> str:
    """Tokens are stored as sha256: a leaked database does not leak usable tokens."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def generate_password() -> str:
    return secrets.token_urlsafe(12)


def parse_role(value: str) -> Role:
    """A Role from its name, or UserRejected listing the choices."""
    try:
        return Role(str(value).strip().lower())
    except ValueError:
        raise UserRejected(f"peran {value!r} tidak dikenal; pilih salah satu: "
                           f"{', '.join(r.value for r in Role)}") from None


def find_user(session: Session, name: str) -> User | None:
    return session.scalar(select(User).where(User.name == name))


def add_user(session: Session, name: str, role: str | Role, password: str | None = None,
             email: str | None = None, unit: str | None = None) -> tuple[User, str]:
    """Create a user; returns (user, password) — a generated password when none was given."""
    if not _NAME.match(name or ""):
        raise UserRejected(f"nama pengguna {name!r} tidak valid: 2-100 huruf, angka, titik, garis bawah, @ atau -")
    role = parse_role(role) if not isinstance(role, Role) else role
    if find_user(session, name) is not None:
        raise UserRejected(f"pengguna {name!r} sudah ada; pilih nama lain")
    password = password if password is not None else generate_password()
    if len(password) < MIN_PASSWORD:
        raise UserRejected(f"kata sandi terlalu pendek: minimal {MIN_PASSWORD} karakter")
    user = User(name=name, role=role.value, password_hash=generate_password_hash(password), email=email, unit=unit)
    session.add(user)
    session.flush()
    return user, password


def set_password(session: Session, user: User, password: str, keep_session: str | None = None) -> int:
    """A new password; every session of the user but `keep_session` ends. Returns how many ended."""
    if len(password or "") < MIN_PASSWORD:
        raise UserRejected(f"kata sandi terlalu pendek: minimal {MIN_PASSWORD} karakter")
    user.password_hash = generate_password_hash(password)
    user.password_changed_at = utcnow()
    return web_sessions.end_all(session, user, keep=keep_session)


def authenticate(session: Session, name: str, password: str) -> User | None:
    """The user when the name and password match, else None (same work either way).

    A disabled user is returned too: the caller refuses it with its own message."""
    user = find_user(session, name or "")
    if user is None:
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    return user if check_password_hash(user.password_hash, password or "") else None


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User)
                          .where(User.role == Role.ADMIN.value, User.disabled_at.is_(None))) or 0


def set_disabled(session: Session, user: User, disabled: bool) -> int:
    """Disable (no login, no tokens, sessions end) or enable a user; returns the sessions ended."""
    if not disabled:
        user.disabled_at = None
        return 0
    if user.disabled_at is None and user.role == Role.ADMIN.value and _active_admins(session) <= 1:
        raise UserRejected(f"{user.name} adalah satu-satunya admin aktif; tambahkan admin lain dahulu")
    user.disabled_at = user.disabled_at or utcnow()
    return web_sessions.end_all(session, user)


def set_role(session: Session, user: User, role: str | Role) -> None:
    """Change a user's role; the last active admin keeps theirs."""
    role = parse_role(role) if not isinstance(role, Role) else role
    if user.role == Role.ADMIN.value and role != Role.ADMIN and user.disabled_at is None \
            and _active_admins(session) <= 1:
        raise UserRejected(f"{user.name} adalah satu-satunya admin aktif; tambahkan admin lain dahulu")
    user.role = role.value


def parse_expiry(text: str | None, default_days: int, today: date | None = None) -> datetime | None:
    """A token's expiry from YYYY-MM-DD (valid through that day, UTC), or `default_days` from today."""
    today = today or utcnow().date()
    if text is None or not str(text).strip():
        return datetime.combine(today + timedelta(days=default_days), time.max, tzinfo=timezone.utc) \
            if default_days > 0 else None
    try:
        day = date.fromisoformat(str(text).strip())
    except ValueError:
        raise UserRejected(f"tanggal kedaluwarsa {text!r} tidak valid; tulis YYYY-MM-DD") from None
    if day < today:
        raise UserRejected(f"tanggal kedaluwarsa {day.isoformat()} sudah lewat; pilih hari ini atau sesudahnya")
    return datetime.combine(day, time.max, tzinfo=timezone.utc)


def issue_token(session: Session, user: User, expires_at: datetime | None = None) -> str:
    """A new API token for the user; only its hash is stored, so it is shown once."""
    token = "ars_" + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=hash_token(token), expires_at=expires_at))
    session.flush()
    return token


def _aware(moment: datetime | None, now: datetime) -> datetime | None:
    return moment.replace(tzinfo=now.tzinfo) if moment is not None and moment.tzinfo is None else moment


@dataclass(frozen=True)
class TokenHolder:
    """Who an API token speaks for: all a request needs before its view runs (the User row loads on demand)."""
    user_id: int
    role: str
    touched: bool = False  # last_used_at was written: the caller commits


_TOKENS, _USERS = ApiToken.__table__, User.__table__
# Built once: this runs on every API request, and SQLAlchemy's layers cost more than the database's work.
_HOLDER = FastRead(select(_TOKENS.c.id, _TOKENS.c.expires_at, _TOKENS.c.last_used_at, _USERS.c.id.label("user_id"),
                          _USERS.c.role, _USERS.c.disabled_at)
                   .join(_USERS, _USERS.c.id == _TOKENS.c.user_id)
                   .where(_TOKENS.c.token_hash == bindparam("token_hash")))
_TOUCH = update(_TOKENS).where(_TOKENS.c.id == bindparam("token_id")).values(last_used_at=bindparam("now"))


def token_holder(session: Session, token: str) -> TokenHolder | None:
    """The user an API token belongs to (and note its use), or None: unknown, expired, or user disabled.
    One prepared query, read fresh on every call: a revoked token or a disabled user stops at once."""
    if not token:
        return None
    rows = _HOLDER.rows(session, {"token_hash": hash_token(token)})
    if not rows:
        return None
    token_id, expires_at, last_used_at, user_id, role, disabled_at = rows[0]
    if disabled_at is not None:
        return None
    now = utcnow()
    expires = _aware(expires_at, now)
    if expires is not None and expires < now:
        return None
    last = _aware(last_used_at, now)
    touched = last is None or (now - last).total_seconds() > TOKEN_TOUCH_SECONDS
    if touched:  # not on every call: a write per API request would serialise readers
        session.connection().execute(_TOUCH, {"token_id": token_id, "now": now})
    return TokenHolder(user_id, role, touched)


def tokens_of(session: Session, user: User) -> list[ApiToken]:
    """The user's API tokens, oldest first."""
    return list(session.scalars(select(ApiToken).where(ApiToken.user_id == user.id).order_by(ApiToken.id)))


def revoke_tokens(session: Session, user: User, token_id: int | None = None) -> int:
    """Delete the user's API tokens (or the one with `token_id`); returns how many."""
    query = select(ApiToken).where(ApiToken.user_id == user.id)
    if token_id is not None:
        query = query.where(ApiToken.id == token_id)
    rows = list(session.scalars(query))
    if token_id is not None and not rows:
        raise UserRejected(f"token #{token_id} bukan milik {user.name}; lihat daftarnya dengan `arsip users list`")
    for row in rows:
        session.delete(row)
    return len(rows)


def describe(session: Session, users: list[User] | None = None) -> list[dict]:
    """Users as plain data for lists (CLI --json and the admin page): no hashes, no secrets."""
    users = users if users is not None else list(session.scalars(select(User).order_by(User.name)))
    open_sessions = web_sessions.count_by_user(session)
    now = utcnow()
    out = []
    for user in users:
        tokens = tokens_of(session, user)
        out.append({"id": user.id, "name": user.name, "role": user.role, "unit": user.unit, "email": user.email,
                    "disabled": user.disabled_at is not None,
                    "created_at": _iso(user.created_at), "last_login_at": _iso(user.last_login_at),
                    "sessions": open_sessions.get(user.id, 0),
                    "tokens": [{"id": t.id, "created_at": _iso(t.created_at), "last_used_at": _iso(t.last_used_at),
                                "expires_at": _iso(t.expires_at),
                                "expired": t.expires_at is not None and _aware(t.expires_at, now) < now}
                               for t in tokens]})
    return out


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)).isoformat(timespec="seconds")


def calendar_token(session: Session, user: User) -> str:
    """The user's calendar-feed token, created on first use (an unguessable URL part)."""
    if not user.calendar_token:
        user.calendar_token = secrets.token_urlsafe(24)
        session.flush()
    return user.calendar_token


def user_for_calendar_token(session: Session, token: str) -> User | None:
    if not token:
        return None
    return session.scalar(select(User).where(User.calendar_token == token))
