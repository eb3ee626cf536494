"""Follow-up speed on a synthetic archive: relinking, linking one document, figures, KB tanpa PKS."""
from __future__ import annotations

import random
import tempfile
import time
from datetime import date
from pathlib import Path

SIZES = (1000, 5000)


def _archive(session, count: int, seed: int = 3) -> list[int]:
    from models.tables import Document

    rnd = random.Random(seed)
    partners = [f"PT Mitra {n}" for n in range(count // 10)] + [f"Universitas {n}" for n in range(count // 20)]
    kbs, ids = [], []
    for n in range(count):
        year = rnd.randint(2015, 2025)
        kind = "KB" if n % 3 == 0 or not kbs else rnd.choice(["PKS", "PKS", "ADDENDUM", "OTHER"])
        number = f"{n}/{kind}.{rnd.randint(1, 40)}-Ker/{year}"
        facts = {"doc_type": kind, "numbers": [number], "title": f"Dokumen {n}", "sign_date": f"{year}-03-01",
                 "end_date": f"{year + 5}-02-28",
                 "parties": [{"institution": "Pemerintah Kota Bogor"}, {"institution": rnd.choice(partners)}]}
        if kind != "KB":
            cited = rnd.choice(kbs) if rnd.random() < 0.9 else None
            facts["parent_agreement"] = cited.replace("0", "O") if cited and rnd.random() < 0.3 else cited
        else:
            kbs.append(number)
        doc = Document(sha256=f"{n:064x}", original_name=f"{n}.pdf", kind="pdf", size=1, status="indexed",
                       extraction=facts)
        session.add(doc)
        if n % 500 == 0:
            session.flush()
    session.flush()
    return ids


def _timed(label: str, function, *args):
    started = time.perf_counter()
    result = function(*args)
    print(f"  {label}: {time.perf_counter() - started:.2f} s", flush=True)
    return result


def main() -> None:
    import os

    from models import dossiers, stats, timeline
    from models.db import init_db, session_scope
    from models.settings import load_settings

    for count in SIZES:
        with tempfile.TemporaryDirectory() as tmp:
            os.environ["ARSIP_DATA_DIR"] = str(Path(tmp) / "var")
            os.environ["DATABASE_URL"] = ""
            settings = load_settings()
            init_db(settings)
            print(f"archive of {count} documents (SQLite):", flush=True)
            with session_scope(settings) as session:
                _archive(session, count)
            with session_scope(settings) as session:
                counts = _timed("relink_all, first run", dossiers.relink_all, session)
            print(f"  -> {counts}")
            with session_scope(settings) as session:
                _timed("relink_all, nothing changed", dossiers.relink_all, session)
            with session_scope(settings) as session:
                _timed("link_document (one new document)", dossiers.link_document, session, count // 2)
            with session_scope(settings) as session:
                table = _timed("statistics rows (corrections + lifecycle)", stats.rows, session, date(2025, 6, 1))
                _timed("figures, all five dimensions", lambda: [stats.figures(table, by) for by in stats.DIMENSIONS])
                _timed("XLSX export", stats.export_xlsx, session, table)
                waiting = _timed("KB tanpa PKS", timeline.kb_without_pks, session, date(2025, 6, 1), 6)
            print(f"  -> {len(waiting)} KB tanpa PKS", flush=True)
