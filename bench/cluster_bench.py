"""Throughput across hosts (issue 17.4): scanned pages per minute with one worker host running two OCR
processes versus two worker hosts running one each, on the three-host network of tests/netns.py.

Host a holds Redis, PostgreSQL and Meilisearch; the originals sit on one storage root every host mounts.
Each run queues one-page 300-dpi scans from host b, then starts `arsip worker --burst` processes (two on b,
or one on b and one on c) and times them until every scan is read and extracted. The two layouts take
turns (ABAB...) so that a change in the machine's load meanwhile hits both alike.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from tests import makefiles
from tests.cluster_support import ARSIP, documents, running

PAGES = int(os.environ.get("ARSIP_BENCH_CLUSTER_PAGES", "8"))
ROUNDS = int(os.environ.get("ARSIP_BENCH_CLUSTER_ROUNDS", "2"))


def _scans(folder: Path, tag: str) -> Path:
    from bench.ingest_bench import _full_page

    box = folder / f"scans-{tag}"
    box.mkdir(parents=True)
    for n in range(PAGES):  # different text per run: no duplicate of the other run's files
        lines = [f"{tag.upper()} {n}"] + _full_page(n + 1)
        makefiles.scanned_pdf(box / f"scan-{n}.pdf", [makefiles.page_image(lines, dpi=300)], dpi=300)
    return box


def _run(cluster, hosts: list[str], box: Path) -> float:
    """Pages per minute: queue the scans from b, work them off with one burst worker per entry of hosts."""
    env = cluster.env("b")
    before = len(cluster.net.thread("b").submit(documents, env["DATABASE_URL"]).result())
    queued = cluster.net.run("b", [ARSIP, "ingest", box], env, timeout=600)
    if f"new: {PAGES}," not in queued.stdout:
        raise RuntimeError(f"queueing failed: {queued.stdout[-300:]}")
    started = time.perf_counter()
    workers = [cluster.start(host, f"bench-worker-{n}", [ARSIP, "worker", "--burst"]) for n, host in enumerate(hosts)]
    for worker in workers:
        worker.wait(timeout=1800)
    elapsed = time.perf_counter() - started
    rows = cluster.net.thread("b").submit(documents, env["DATABASE_URL"]).result()[before:]
    if len(rows) != PAGES or any(r["status"] not in ("extracted", "indexed") for r in rows):
        raise RuntimeError(f"not every scan was read: {[r['status'] for r in rows]}")
    return PAGES / elapsed * 60


def main() -> None:
    layouts = {"1 worker host x 2 OCR processes": ["b", "b"], "2 worker hosts x 1 OCR process": ["b", "c"]}
    rates: dict[str, list[float]] = {name: [] for name in layouts}
    load_before = os.getloadavg()[0]
    with running(stale=60, sweep=10) as cluster:
        for round_ in range(ROUNDS):
            for n, (name, hosts) in enumerate(layouts.items()):
                rates[name].append(_run(cluster, hosts, _scans(cluster.root / "in", f"r{round_}l{n}")))
    one, two = (sum(r) / len(r) for r in rates.values())
    gap = abs(one - two) / max(one, two) * 100
    print(f"scanned 300-dpi pages per minute ({PAGES} one-page scans a run, {ROUNDS} runs each, taking turns; "
          f"PostgreSQL/Redis/Meilisearch on host a, originals on one shared storage root; load average "
          f"{load_before:.1f} -> {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores):")
    for name, values in rates.items():
        print(f"  {name}: {sum(values) / len(values):.1f}  (runs: {', '.join(f'{v:.1f}' for v in values)})")
    print(f"  apart by {gap:.1f} % (target within 10 %); per core {max(one, two) / 2:.1f} pages/min, "
          "worker start-up included")


if __name__ == "__main__":
    main()
