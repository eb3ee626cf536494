"""Follow-up figures: linking accuracy on the sample archive with the real extractor; speed on synthetic archives.

Accuracy: each sample's text layer (text.txt, pages split by form feeds) goes through extract_agreement,
documents are relinked, and the links made by cited numbers are compared with the links the truth cites.
The sample folder is samples/ (or $ARSIP_BENCH_SAMPLES).
"""
from __future__ import annotations

import random
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import select

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


def linking_accuracy(folder: Path) -> None:
    """Precision and recall of number links from real extraction, against the truth's citations."""
    import json
    import os

    from ingest.extract.extractor import extract_agreement
    from models.db import init_db, session_scope
    from models.dossiers import CONFIDENCE_PARTIES, relink_all
    from models.settings import load_settings
    from models.tables import Document, Link, Page

    truths = {p.parent.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*/truth.json"))}
    if not truths:
        print(f"linking accuracy: no samples under {folder} (run `make samples`)")
        return
    kinds = {"PKS": ("implements", {"KB", "MOU", "LOI"}), "ADDENDUM": ("amends", {"KB", "PKS", "MOU", "LOI"}),
             "OTHER": ("evaluates", {"KB", "PKS", "MOU", "LOI"})}
    expected = {(d, kinds[t["doc_type"]][0], o) for d, t in truths.items() if t["doc_type"] in kinds
                and t.get("parent_agreement") for o, u in truths.items()
                if o != d and t["parent_agreement"] in (u.get("numbers") or []) and u["doc_type"] in kinds[t["doc_type"]][1]}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["ARSIP_DATA_DIR"], os.environ["DATABASE_URL"] = str(Path(tmp) / "var"), ""
        settings = load_settings()
        init_db(settings)
        started = time.perf_counter()
        with session_scope(settings) as session:
            names = {}
            for n, (doc_id, truth) in enumerate(truths.items()):
                pages = (folder / doc_id / truth.get("source_text", "text.txt")).read_text(encoding="utf-8").split("\f")
                doc = Document(sha256=f"{n:064x}", original_name=doc_id, kind="pdf", size=1, status="extracted",
                               extraction=extract_agreement(pages).to_dict())
                doc.pages = [Page(number=i, text=text, method="text-layer") for i, text in enumerate(pages, 1)]
                session.add(doc)
                session.flush()
                names[doc.id] = doc_id
            relink_all(session)
            found = {(names[l.source_id], l.type, names[l.target_id]) for l in session.scalars(
                select(Link)) if l.active and l.confidence > CONFIDENCE_PARTIES}
            inferred = sum(1 for l in session.scalars(select(Link)) if l.confidence <= CONFIDENCE_PARTIES)
    right = len(found & expected)
    print(f"linking accuracy on {len(truths)} samples (text layer, real extractor, "
          f"{time.perf_counter() - started:.1f} s):")
    print(f"  links cited in the truth: {len(expected)}, made by number (extracted or in the text): {len(found)}, right: {right}")
    print(f"  precision {right / max(len(found), 1):.3f}, recall {right / max(len(expected), 1):.3f}; "
          f"{inferred} more inferred from shared partners")
    for miss in sorted(expected - found)[:10]:
        print(f"  missed: {miss}")
    for wrong in sorted(found - expected)[:10]:
        print(f"  wrong:  {wrong}")


def main() -> None:
    import os

    root = Path(__file__).resolve().parent.parent
    linking_accuracy(Path(os.environ.get("ARSIP_BENCH_SAMPLES") or root / "samples"))

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
                _timed("link_documents (a batch of 500)", dossiers.link_documents, session, range(1, 501))
            with session_scope(settings) as session:
                table = _timed("statistics rows (corrections + lifecycle)", stats.rows, session, date(2025, 6, 1))
                _timed("figures, all five dimensions", lambda: [stats.figures(table, by) for by in stats.DIMENSIONS])
                _timed("XLSX export", stats.export_xlsx, session, table)
                waiting = _timed("KB tanpa PKS", timeline.kb_without_pks, session, date(2025, 6, 1), 6)
            print(f"  -> {len(waiting)} KB tanpa PKS", flush=True)
