"""User administration as audited operations, shared by the admin web pages and `arsip users ...`.

`actor` is the admin doing it (None from the command line, recorded as via="cli"). Passwords, tokens and
session ids never enter the audit log.
"""
from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash

from models import audit, throttle
from models.status import Role
from models.tables import User
from models.units import resolve, unit_key
from models.users import (UserRejected, add_user, find_user, generate_password, issue_token, parse_expiry,
                          revoke_tokens, set_disabled, set_password, set_role)


def _record(session: Session, action: str, actor: User | None, target: User | None = None, **detail) -> None:
    if actor is None:
        detail["via"] = "cli"
    if target is not None:
        detail["user"] = target.name
    audit.record(session, action, user_id=actor.id if actor else None, **detail)


def user_named(session: Session, name: str) -> User:
    """The user called `name`, or UserRejected saying how to list them."""
    user = find_user(session, (name or "").strip())
    if user is None:
        raise UserRejected(f"pengguna {name!r} tidak ada; lihat daftarnya dengan `arsip users list`")
    return user


def create(session: Session, actor: User | None, name: str, role: str, password: str | None = None,
           email: str | None = None, unit: str | None = None) -> tuple[User, str]:
    """A new user; returns (user, password) — generated when none is given. The unit comes from the unit list
    (models.units); an `opd` user must have one."""
    unit_name = resolve(session, unit).name if unit_key(unit) else None
    if unit_name is None and str(role).strip().lower() == Role.OPD.value:
        raise UserRejected("pengguna opd harus punya unit; pilih perangkat daerahnya (--unit NAMA)")
    user, used = add_user(session, (name or "").strip(), role, password or None, email=(email or "").strip() or None,
                          unit=unit_name)
    _record(session, "user_add", actor, user, role=user.role, unit=user.unit)
    return user, used


def change(session: Session, actor: User | None, user: User, role: str | None = None, unit: str | None = None,
           email: str | None = None) -> list[str]:
    """Change role, unit or e-mail (None: leave as is, "" clears unit/e-mail); returns what changed."""
    changed = []
    new_unit = user.unit if unit is None else (resolve(session, unit).name if unit_key(unit) else None)
    if (role if role is not None else user.role) == Role.OPD.value and new_unit is None:
        raise UserRejected(f"{user.name} berperan opd dan harus punya unit; pilih perangkat daerahnya")
    if role is not None and role != user.role:
        old = user.role
        set_role(session, user, role)
        _record(session, "user_role", actor, user, old=old, new=user.role)
        changed.append("role")
    if new_unit != user.unit:
        old, user.unit = user.unit, new_unit
        _record(session, "user_unit", actor, user, old=old, new=user.unit)
        changed.append("unit")
    if email is not None and (email.strip() or None) != user.email:
        user.email = email.strip()[:300] or None
        _record(session, "user_email", actor, user)
        changed.append("email")
    return changed


def disable(session: Session, actor: User | None, user: User, disabled: bool = True) -> int:
    """Disable (sessions end, tokens stop working, no login) or enable a user; returns sessions ended."""
    if disabled and actor is not None and actor.id == user.id:
        raise UserRejected("Anda tidak dapat menonaktifkan akun Anda sendiri")
    ended = set_disabled(session, user, disabled)
    _record(session, "user_disable" if disabled else "user_enable", actor, user, sessions_ended=ended)
    return ended


def reset_password(session: Session, actor: User | None, user: User, password: str | None = None) -> str:
    """An admin sets a new password (generated when none is given); every session of the user ends."""
    password = password or generate_password()
    ended = set_password(session, user, password)
    _record(session, "password_reset", actor, user, sessions_ended=ended)
    return password


def change_own_password(session: Session, user: User, current: str, new: str, repeat: str,
                        keep_session: str | None) -> int:
    """A user changes their own password (the current one is required); their other sessions end."""
    if not check_password_hash(user.password_hash, current or ""):
        raise UserRejected("kata sandi saat ini salah")
    if new != repeat:
        raise UserRejected("kata sandi baru dan ulangannya tidak sama")
    if new == current:
        raise UserRejected("kata sandi baru harus berbeda dari yang lama")
    ended = set_password(session, user, new, keep_session=keep_session)
    audit.record(session, "password_change", user_id=user.id, sessions_ended=ended)
    return ended


def new_token(session: Session, actor: User | None, user: User, expires: str | None,
              default_days: int) -> tuple[str, datetime | None]:
    """A new API token for the user, expiring on `expires` (YYYY-MM-DD) or after `default_days`."""
    if user.disabled_at is not None:
        raise UserRejected(f"{user.name} dinonaktifkan; aktifkan dahulu sebelum membuat token")
    expires_at = parse_expiry(expires, default_days)
    token = issue_token(session, user, expires_at)
    _record(session, "token_issue", actor, user, expires_at=expires_at.date().isoformat() if expires_at else None)
    return token, expires_at


def revoke(session: Session, actor: User | None, user: User, token_id: int | None = None) -> int:
    """Revoke one API token of the user (or all of them); returns how many."""
    count = revoke_tokens(session, user, token_id)
    _record(session, "token_revoke", actor, user, token_id=token_id, count=count)
    return count


def unlock(session: Session, actor: User | None, scope: str, key: str) -> bool:
    """Clear the failed-login count of an account name or a client address."""
    if scope not in (throttle.ACCOUNT, throttle.ADDRESS):
        raise UserRejected(f"jenis kunci {scope!r} tidak dikenal; pilih account atau address")
    done = throttle.unlock(session, scope, key)
    _record(session, "login_unlock", actor, None, scope=scope, key=key.strip(), cleared=done)
    return done


ROLES = [role.value for role in Role]
