"""Login throttling on both supported databases: the policy step by step, and parallel guesses that cannot
slip past the count (each attempt is counted under the row's lock before its password is checked)."""
from __future__ import annotations

import threading

from models import throttle
from models.db import init_db, session_scope
from models.settings import load_settings

T0 = 1_800_000_000.0


def _settings(database_url, tmp_path, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("ARSIP_DATA_DIR", str(tmp_path / "var"))
    settings = load_settings()
    init_db(settings)
    return settings


def _attempt(settings, now: float, name: str = "admin", address: str = "10.0.0.1") -> throttle.Attempt:
    with session_scope(settings) as session:
        return throttle.begin_attempt(session, name, address, now=now)


def test_the_policy_step_by_step(database_url, tmp_path, monkeypatch):
    settings = _settings(database_url, tmp_path, monkeypatch)
    now = T0
    for n in range(1, 5):
        assert _attempt(settings, now).failures == {"account": n, "address": n}
    waits = []
    for n in range(5, 11):
        attempt = _attempt(settings, now)
        assert attempt.allowed and attempt.failures["account"] == n
        assert not _attempt(settings, now + 0.5).allowed  # blocked right after
        waits.append(throttle.delay_after(n))
        now += throttle.delay_after(n) if n < 10 else 0
    assert waits == [2, 4, 8, 16, 32, 900]
    refused = _attempt(settings, now + 60)
    assert not refused.allowed and refused.retry_after == 840
    with session_scope(settings) as session:
        assert sorted(row["key"] for row in throttle.blocked(session, now=now + 60)) == ["10.0.0.1", "admin"]
        throttle.succeeded(session, "ADMIN", "10.0.0.1")  # names count case-insensitively
    assert _attempt(settings, now + 61).failures == {"account": 1, "address": 1}
    assert _attempt(settings, now + 61 + 16 * 60).failures == {"account": 1, "address": 1}  # window passed
    with session_scope(settings) as session:
        assert throttle.forget_old(session, now=now + 61 + 40 * 60) == 2


def test_parallel_guesses_get_no_more_than_five_tries(database_url, tmp_path, monkeypatch):
    settings = _settings(database_url, tmp_path, monkeypatch)
    _attempt(settings, T0 - 10_000, address="10.0.0.2")  # the rows exist: every thread fights over the same ones
    barrier, outcomes, errors = threading.Barrier(12), [], []

    def guess(n: int) -> None:
        try:
            barrier.wait()
            outcomes.append(_attempt(settings, T0, address=f"10.0.1.{n}").allowed)
        except Exception as exc:  # noqa: BLE001 - SQLite may time out a writer; that attempt is refused
            errors.append(exc)

    threads = [threading.Thread(target=guess, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert outcomes.count(True) == 5 and len(outcomes) + len(errors) == 12
    assert database_url.startswith("sqlite") or not errors
