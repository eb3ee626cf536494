"""Alert figures: lifecycle statuses per second, and the daily alert run over a large archive (SQLite)."""
from __future__ import annotations

import os
import tempfile
import time
from datetime import date, timedelta

AGREEMENTS = 5000
USERS = 40  # admins and staff across 10 units, half without e-mail (warned in the app)
TODAY = date(2027, 1, 1)


def _archive(settings) -> None:
    from models.db import session_scope
    from tests.alert_support import add_document, add_link, add_user, extraction

    with session_scope(settings) as session:
        kbs = []
        for n in range(AGREEMENTS):
            end = None if n % 20 == 0 else TODAY + timedelta(days=(n * 7) % 900 - 100)
            kind = ("KB", "PKS", "MOU")[n % 3]
            kbs.append(add_document(session, extraction(doc_type=kind, end=end, number=f"{n}/{kind}/2022",
                                                        title=f"Kerja sama nomor {n}"), unit=f"Dinas {n % 10}"))
        for n in range(0, AGREEMENTS, 25):  # every 25th agreement extended by an addendum
            addendum = add_document(session, extraction(doc_type="ADDENDUM", end=TODAY + timedelta(days=1500),
                                                        number=f"{n}/ADD/2026"))
            add_link(session, addendum, kbs[n])
        for n in range(USERS):
            add_user(session, f"user{n}", "admin" if n < 4 else "staff",
                     email=f"user{n}@kota.go.id" if n % 2 else None, unit=None if n < 4 else f"Dinas {n % 10}")


def main() -> None:
    from models.alerts import agreements, compute_due
    from models.db import init_db, session_scope
    from models.lifecycle import terms
    from models.settings import load_settings
    from workers.alerts import send_alerts

    with tempfile.TemporaryDirectory() as folder:
        settings = load_settings({**os.environ, "ARSIP_DATA_DIR": folder, "DATABASE_URL": "", "SMTP_URL": ""})
        init_db(settings)
        _archive(settings)
        with session_scope(settings) as session:
            documents = agreements(session)
            started = time.perf_counter()
            terms(session, documents, TODAY)
            rate = len(documents) / (time.perf_counter() - started)
            started = time.perf_counter()
            due, _ = compute_due(session, settings, TODAY)
            listing = time.perf_counter() - started
        started = time.perf_counter()
        report = send_alerts(settings, TODAY)  # no SMTP: e-mail rows stay pending, in-app rows are marked sent
        run = time.perf_counter() - started
        started = time.perf_counter()
        again = send_alerts(settings, TODAY)
        rerun = time.perf_counter() - started
    print(f"lifecycle status: {rate:,.0f} documents/s ({len(documents)} documents incl. addenda)")
    print(f"alerts due on one day: {len(due)} agreement-thresholds, listed in {listing:.2f} s")
    print(f"daily run (claim + deliver): {report.claimed} alert rows in {run:.2f} s; "
          f"rerun the same day claims {again.claimed} in {rerun:.2f} s")
