"""Login throttling: consecutive failed logins per account name and per client address.

Kept in the database, not in Redis: the counters must survive what the project survives by design
(a Redis restart or FLUSHDB would otherwise hand an attacker a fresh start), the web app logs people in
while Redis is down, and each attempt is written in the same transaction as its audit entry.

Policy (both scopes): failures 1-4 cost nothing; from the 5th consecutive failure each one blocks the
next attempt for a growing delay (2, 4, 8, 16, 32 s); the 10th blocks for 15 minutes, and while blocked
even the right password is refused (429). Failures older than 15 minutes are forgotten; a successful
login clears the account's and the address's counters; an admin can clear them by hand.

An attempt is counted *before* its password is checked, under the row's lock, so that parallel guesses
cannot all slip through between a check and its record.
"""
from __future__ import annotations

import math
import time
from dataclasses import dataclass

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from models.tables import LoginThrottle

ACCOUNT, ADDRESS = "account", "address"
WINDOW_SECONDS = 15 * 60  # consecutive failures further apart than this start again at 1
FREE_FAILURES = 4  # failures that cost no delay
LOCK_AT = 10  # this many consecutive failures lock the account (or address) for LOCK_SECONDS
LOCK_SECONDS = 15 * 60
BASE_DELAY = 2.0  # seconds after the 5th failure, doubling with each further one


def delay_after(failures: int) -> float:
    """Seconds the next attempt must wait after this many consecutive failures."""
    if failures >= LOCK_AT:
        return float(LOCK_SECONDS)
    if failures <= FREE_FAILURES:
        return 0.0
    return BASE_DELAY * 2 ** (failures - FREE_FAILURES - 1)


@dataclass(frozen=True)
class Attempt:
    """The outcome of counting one attempt: refused (wait `retry_after` s) or allowed with its failure counts."""
    allowed: bool
    retry_after: int = 0
    failures: dict | None = None  # scope -> consecutive failures including this attempt


def _ensure_row(session: Session, scope: str, key: str) -> None:
    dialect = session.get_bind().dialect.name
    values = {"scope": scope, "key": key, "failures": 0, "last_failure_at": 0.0, "blocked_until": 0.0}
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    session.execute(insert(LoginThrottle).values(**values).on_conflict_do_nothing())


def _keys(account: str, address: str | None) -> list[tuple[str, str]]:
    keys = [(ACCOUNT, (account or "").strip().lower()[:200])]
    if address:
        keys.append((ADDRESS, address[:200]))
    return keys


def begin_attempt(session: Session, account: str, address: str | None, now: float | None = None) -> Attempt:
    """Count a login attempt as a failure in advance, unless the account or address is blocked.

    Call `succeeded` when the password turns out right. The caller commits (with its audit entry)."""
    now = time.time() if now is None else now
    rows = []
    for scope, key in _keys(account, address):  # always account, then address: no lock-order cycles
        _ensure_row(session, scope, key)
        rows.append(session.execute(select(LoginThrottle).where(LoginThrottle.scope == scope, LoginThrottle.key == key)
                                    .with_for_update().execution_options(populate_existing=True)).scalar_one())
    wait = max(row.blocked_until - now for row in rows)
    if wait > 0:
        return Attempt(False, max(1, math.ceil(wait)))
    counts: dict[str, int] = {}
    for row in rows:
        row.failures = 1 if now - row.last_failure_at > WINDOW_SECONDS else row.failures + 1
        row.last_failure_at = now
        row.blocked_until = now + delay_after(row.failures)
        counts[row.scope] = row.failures
    session.flush()
    return Attempt(True, 0, counts)


def blocked_for(session: Session, account: str, address: str | None, now: float | None = None) -> int:
    """Whole seconds until the next attempt is allowed for this account and address (0: allowed now)."""
    now = time.time() if now is None else now
    wait = 0.0
    for scope, key in _keys(account, address):
        until = session.scalar(select(LoginThrottle.blocked_until)
                               .where(LoginThrottle.scope == scope, LoginThrottle.key == key)) or 0.0
        wait = max(wait, until - now)
    return math.ceil(wait) if wait > 0 else 0


def succeeded(session: Session, account: str, address: str | None) -> None:
    """The right password: the account's and the address's consecutive failures start again."""
    for scope, key in _keys(account, address):
        session.execute(update(LoginThrottle).where(LoginThrottle.scope == scope, LoginThrottle.key == key)
                        .values(failures=0, blocked_until=0.0))


def unlock(session: Session, scope: str, key: str) -> bool:
    """Forget the failures of one account name or address (an admin's unlock); whether there were any."""
    key = key.strip().lower() if scope == ACCOUNT else key.strip()
    result = session.execute(delete(LoginThrottle).where(LoginThrottle.scope == scope, LoginThrottle.key == key,
                                                         LoginThrottle.failures > 0))
    return bool(result.rowcount)


def blocked(session: Session, now: float | None = None) -> list[dict]:
    """Accounts and addresses blocked right now, longest wait first: {scope, key, failures, seconds_left}."""
    now = time.time() if now is None else now
    rows = session.scalars(select(LoginThrottle).where(LoginThrottle.blocked_until > now)
                           .order_by(LoginThrottle.blocked_until.desc()))
    return [{"scope": row.scope, "key": row.key, "failures": row.failures,
             "seconds_left": math.ceil(row.blocked_until - now)} for row in rows]


def forget_old(session: Session, now: float | None = None) -> int:
    """Delete rows with nothing left to remember (failures out of the window, no block)."""
    now = time.time() if now is None else now
    result = session.execute(delete(LoginThrottle).where(LoginThrottle.blocked_until <= now,
                                                         LoginThrottle.last_failure_at < now - WINDOW_SECONDS))
    return result.rowcount or 0
