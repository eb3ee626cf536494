"""Search relevance on the sample archive: staff-style queries scored as recall@1, recall@5 and MRR.

    python -m bench relevance      (or: python -m bench.relevance_bench [--show-misses])

Loads the text-layer PDF of each of the 20 agreements in samples/ through `arsip ingest --sync` (the real
reading, extraction and indexing), then runs every query of bench/search_queries.tsv through the search the
web app and /api/search use. A query's expected agreements are sample folders; recall@k is the share of them
found in the first k hits, out of at most k (so recall@1 is 1 when the first hit is expected), averaged over
queries; MRR averages 1 / rank of the first expected hit.
Targets (issue 13): recall@5 >= 0.97, and every number query at rank 1.
"""
from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = Path(__file__).with_name("search_queries.tsv")
MASTER_KEY = "bench-relevance-master-key-012345"


@dataclass(frozen=True)
class Query:
    kind: str
    q: str
    expected: tuple[str, ...]


def load_queries(path: Path = QUERIES) -> list[Query]:
    """kind <TAB> query <TAB> expected sample folders (comma-separated); '#' lines are comments."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, q, expected = line.split("\t")
        out.append(Query(kind.strip(), q.strip(), tuple(e.strip() for e in expected.split(",") if e.strip())))
    return out


def score(ranked: list[str], expected: tuple[str, ...]) -> tuple[float, float, float]:
    """(recall@1, recall@5, reciprocal rank) of one query's ranked sample folders."""
    wanted = set(expected)

    def recall(k: int) -> float:
        return len(wanted & set(ranked[:k])) / min(k, len(wanted))

    first = next((i for i, folder in enumerate(ranked, 1) if folder in wanted), None)
    return recall(1), recall(5), (1 / first if first else 0.0)


def load_samples(env: dict) -> dict[int, str]:
    """Ingest every sample's text.pdf with `arsip ingest --sync`; returns document id -> sample folder."""
    from sqlalchemy import select

    from models.db import session_scope
    from models.settings import load_settings
    from models.tables import Document

    files = sorted((ROOT / "samples").glob("*/text.pdf"))
    done = subprocess.run([sys.executable, "-m", "arsip.cli", "ingest", "--sync", *map(str, files)], env=env,
                          capture_output=True, text=True, cwd=ROOT, timeout=1800)
    if done.returncode != 0:
        raise RuntimeError(f"arsip ingest failed: {done.stderr[-500:]}")
    by_sha = {hashlib.sha256(file.read_bytes()).hexdigest(): file.parent.name for file in files}
    with session_scope(load_settings()) as session:
        rows = session.execute(select(Document.id, Document.sha256, Document.status)).all()
    not_indexed = [by_sha[sha] for _, sha, status in rows if status != "indexed"]
    if not_indexed:
        raise RuntimeError(f"samples not indexed: {not_indexed}")
    return {doc_id: by_sha[sha] for doc_id, sha, _ in rows}


def run(queries: list[Query], folders: dict[int, str], show_misses: bool = False) -> dict[str, tuple]:
    """Score every query; prints per kind and overall; returns {kind: (n, r@1, r@5, mrr)} with 'all'."""
    from models.index import SearchIndex
    from models.search_query import parse_request
    from models.settings import load_settings

    index = SearchIndex(load_settings())
    by_kind: dict[str, list[tuple[float, float, float]]] = defaultdict(list)
    for query in queries:
        result = index.search(parse_request({"q": query.q, "per_page": "10"}))
        ranked = [folders.get(hit.agreement_id, "?") for hit in result.hits]
        scores = score(ranked, query.expected)
        by_kind[query.kind].append(scores)
        by_kind["all"].append(scores)
        if show_misses and scores[0] < 1:
            dropped = f" (dropped {result.dropped_terms})" if result.dropped_terms else ""
            print(f"    miss [{query.kind}] {query.q!r}: expected {','.join(query.expected)}, got {ranked[:5]}{dropped}")
    table = {}
    for kind, rows in sorted(by_kind.items(), key=lambda item: (item[0] == "all", item[0])):
        n = len(rows)
        table[kind] = (n, *(sum(r[i] for r in rows) / n for i in range(3)))
        print(f"  {kind:<12} {n:>3} queries   recall@1 {table[kind][1]:.3f}   recall@5 {table[kind][2]:.3f}   "
              f"MRR {table[kind][3]:.3f}")
    return table


def main(argv: list[str] | None = None) -> None:
    """Print recall@1, recall@5 and MRR per query kind and overall (targets: recall@5 >= 0.97, numbers at 1)."""
    from models.db import init_db
    from models.meili_process import MeiliProcess, free_port
    from models.settings import load_settings

    argv = sys.argv[1:] if argv is None else argv
    queries = load_queries()
    with tempfile.TemporaryDirectory(prefix="arsip-relevance-") as work:
        server = MeiliProcess(Path(work) / "meili", MASTER_KEY)
        server.start()
        saved = dict(os.environ)
        try:
            env = {**os.environ, "ARSIP_DATA_DIR": str(Path(work) / "var"), "DATABASE_URL": "",
                   "MEILI_URL": server.url, "MEILI_MASTER_KEY": MASTER_KEY, "ARSIP_MEILI_INDEX": "relevance",
                   "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}  # no Redis: ingest reads in-process
            os.environ.update(env)
            init_db(load_settings())
            folders = load_samples(env)
            print(f"  {len(folders)} sample agreements (text-layer PDFs) read, extracted and indexed; "
                  f"{len(queries)} queries from {QUERIES.relative_to(ROOT)}")
            table = run(queries, folders, show_misses="--show-misses" in argv)
            numbers = table.get("number", (0, 0.0))[1]
            print(f"  targets: recall@5 {table['all'][2]:.3f} (>= 0.97), number queries at rank 1: {numbers:.3f} (1.000)")
        finally:
            os.environ.clear()
            os.environ.update(saved)
            server.stop()


if __name__ == "__main__":
    main()
