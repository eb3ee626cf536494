"""Sizing figures for docs/operations.md: PostgreSQL per 10k agreements, Meilisearch disk and memory per 100k
pages. The agreements are search_bench's generated ones (10,000 by default, about ten pages each), stored
as extracted documents in a fresh PostgreSQL database, then indexed into a Meilisearch of the bench's own."""
from __future__ import annotations

import os
import random
import shutil
import tempfile
import time
import uuid
from pathlib import Path

from bench.search_bench import AGREEMENTS, MASTER_KEY, SEED, load_database
from tests.services import POSTGRES_ADMIN_URL


def _peak_rss_mb(pid: int) -> float:
    """The process's peak resident memory so far (VmHWM), in MB."""
    with open(f"/proc/{pid}/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return 0.0


def _disk_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def main() -> None:
    from sqlalchemy import create_engine, text

    from models.db import init_db
    from models.index import SearchIndex
    from models.meili_process import MeiliProcess
    from models.settings import load_settings

    name = f"arsip_sizing_{uuid.uuid4().hex[:8]}"
    admin = create_engine(POSTGRES_ADMIN_URL, isolation_level="AUTOCOMMIT")
    work = Path(tempfile.mkdtemp(prefix="arsip-sizing-"))
    server = MeiliProcess(work / "meili", MASTER_KEY, threads=1)
    saved = dict(os.environ)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        server.start()
        url = POSTGRES_ADMIN_URL.rsplit("/", 1)[0] + "/" + name
        os.environ.update({"ARSIP_DATA_DIR": str(work / "var"), "DATABASE_URL": url, "MEILI_URL": server.url,
                           "MEILI_MASTER_KEY": MASTER_KEY, "ARSIP_MEILI_INDEX": "sizing_pages",
                           "REDIS_URL": "redis://127.0.0.1:9/0"})
        settings = load_settings()
        init_db(settings)
        pages = load_database(settings, random.Random(SEED))
        with create_engine(url).connect() as connection:
            database = connection.execute(text("SELECT pg_database_size(current_database())")).scalar() / 1e6
        from workers.indexing import index_pending

        started = time.perf_counter()
        index_pending()
        seconds = time.perf_counter() - started
        index = SearchIndex(settings)
        assert index.count() == pages, (index.count(), pages)
        peak, disk = _peak_rss_mb(server.process.pid), _disk_mb(server.data_dir)
        per_100k = 100_000 / pages
        print(f"{AGREEMENTS} generated agreements, {pages} pages (PostgreSQL {database:.0f} MB, "
              f"indexed in {seconds:.0f} s with 1 indexing thread):")
        print(f"  PostgreSQL per 10,000 agreements: {database * 10_000 / AGREEMENTS:.0f} MB")
        print(f"  Meilisearch: {disk:.0f} MB on disk, peak resident memory {peak:.0f} MB (VmHWM of the server); "
              f"per 100,000 pages {disk * per_100k:.0f} MB on disk")
    finally:
        os.environ.clear()
        os.environ.update(saved)
        server.stop()
        shutil.rmtree(work, ignore_errors=True)
        from models.db import _ENGINES

        for engine in _ENGINES.values():
            engine.dispose()
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
