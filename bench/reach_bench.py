"""Reach figures: the webhook/WhatsApp outbox over a large archive, and partner-name proposals (rapidfuzz)."""
from __future__ import annotations

import os
import random
import tempfile
import time

PARTNERS = 3000


def _outbox() -> None:
    from bench.alerts_bench import TODAY, _archive
    from models.db import init_db, session_scope
    from models.outbox import phones_for  # noqa: F401 - the module under measure
    from models.settings import load_settings
    from models.tables import OutboxMessage
    from tests.channel_support import start_gateway
    from workers.alerts import send_alerts

    hook, hook_server = start_gateway("/hook")
    whatsapp, wa_server = start_gateway("/send")
    try:
        with tempfile.TemporaryDirectory() as folder:
            settings = load_settings({**os.environ, "ARSIP_DATA_DIR": folder, "DATABASE_URL": "", "SMTP_URL": "",
                                      "ARSIP_WEBHOOK_URL": hook.url, "ARSIP_WEBHOOK_SECRET": "s",
                                      "ARSIP_WHATSAPP_URL": whatsapp.url})
            init_db(settings)
            _archive(settings)
            from models import outbox

            with session_scope(settings) as session:
                for n in range(10):
                    outbox.set_unit_phones(session, f"Dinas {n}", [f"0812{n:04d}{n:04d}"])
            started = time.perf_counter()
            first = send_alerts(settings, TODAY)
            run = time.perf_counter() - started
            started = time.perf_counter()
            again = send_alerts(settings, TODAY)
            rerun = time.perf_counter() - started
            with session_scope(settings) as session:
                rows = session.query(OutboxMessage).count()
    finally:
        for server in (hook_server, wa_server):
            server.shutdown()
            server.server_close()
    print(f"outbox: {rows} webhook+WhatsApp messages claimed and POSTed to local servers in {run:.2f} s "
          f"({first.channel_sent / run:,.0f} messages/s, e-mail part included); the same day again: "
          f"{again.channel_sent} sent in {rerun:.2f} s")


def _names() -> list[str]:
    rng = random.Random(16)
    stems = ["Brawijaya", "Padjadjaran", "Gadjah Mada", "Airlangga", "Diponegoro", "Hasanuddin", "Andalas",
             "Udayana", "Sriwijaya", "Mulawarman", "Lambung Mangkurat", "Sam Ratulangi", "Tanjungpura"]
    kinds = ["Universitas", "Univ.", "Politeknik", "PT", "Yayasan", "Rumah Sakit", "Koperasi", "CV"]
    names = set()
    while len(names) < PARTNERS:
        names.add(f"{rng.choice(kinds)} {rng.choice(stems)} {rng.randint(1, 400)}")
    return sorted(names)


def _proposals() -> None:
    from models.partners import Partner, partner_key, proposals

    partners = {partner_key(name): Partner(partner_key(name)) for name in _names()}
    started = time.perf_counter()
    found = proposals(partners)
    took = time.perf_counter() - started
    print(f"partner proposals: {len(partners)} names compared pairwise in {took:.2f} s, {len(found)} pairs proposed")


def main() -> None:
    _outbox()
    _proposals()
