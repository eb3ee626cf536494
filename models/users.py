"""Users: hashed passwords, roles (admin / staff / viewer), hashed API tokens, calendar tokens."""
from __future__ import annotations

import hashlib
import re
import secrets

from sqlalchemy import select
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from ingest.errors import InputRejected
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


def set_password(session: Session, user: User, password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise UserRejected(f"kata sandi terlalu pendek: minimal {MIN_PASSWORD} karakter")
    user.password_hash = generate_password_hash(password)


def authenticate(session: Session, name: str, password: str) -> User | None:
    """The user when the name and password match, else None (same work either way)."""
    user = find_user(session, name or "")
    if user is None:
        check_password_hash(_DUMMY_HASH, password or "")
        return None
    return user if check_password_hash(user.password_hash, password or "") else None


def issue_token(session: Session, user: User) -> str:
    """A new API token for the user; only its hash is stored, so it is shown once."""
    token = "ars_" + secrets.token_urlsafe(32)
    session.add(ApiToken(user_id=user.id, token_hash=hash_token(token)))
    session.flush()
    return token


def user_for_token(session: Session, token: str) -> User | None:
    """The user an API token belongs to (and note its use), or None."""
    if not token:
        return None
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == hash_token(token)))
    if row is None:
        return None
    now = utcnow()
    last = row.last_used_at
    if last is not None and last.tzinfo is None:
        last = last.replace(tzinfo=now.tzinfo)
    if last is None or (now - last).total_seconds() > TOKEN_TOUCH_SECONDS:
        row.last_used_at = now  # not on every call: a write per API request would serialise readers
    return session.get(User, row.user_id)


def revoke_tokens(session: Session, user: User) -> int:
    """Delete every API token of a user; returns how many."""
    rows = list(session.scalars(select(ApiToken).where(ApiToken.user_id == user.id)))
    for row in rows:
        session.delete(row)
    return len(rows)


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
