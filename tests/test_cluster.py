"""Many hosts, one archive (issue 17): three hosts on private addresses, one of them lost midway.

Host a runs Redis, a PostgreSQL cluster of the test's own and Meilisearch; hosts b and c run a worker
each, b also the web app. Originals and page pictures live on one storage root that every host mounts
(here a tmpfs of the test's own, as NFS would be in production). Scans and text PDFs go in through b's
API; while c reads one, every process of c is killed at once. Then every document ends `indexed`, each
read to its end once (only what c held is read a second time), PostgreSQL's page count equals the
index's, and a search from b finds every document. Run by `make test-cluster` (see README).
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest

from tests import makefiles
from tests.cluster_support import ARSIP, documents, http, index_pages, running

SCANS, TEXTS = 6, 6
pytestmark = pytest.mark.cluster


@pytest.fixture
def cluster():
    with running() as made:
        yield made


def _files(folder: Path) -> list[Path]:
    folder.mkdir()
    paths = []
    for n in range(SCANS):
        pages = [makefiles.page_image([f"PERJANJIAN KERJA SAMA DAERAH LEMBAR {n}{p}"] * 8) for p in (1, 2)]
        paths.append(makefiles.scanned_pdf(folder / f"scan-{n}.pdf", pages))
    for n in range(TEXTS):
        paths.append(makefiles.text_pdf(folder / f"text-{n}.pdf",
                                        [[f"PERJANJIAN KERJA SAMA DAERAH NASKAH {n}"] * 4] * 3))
    return paths


def test_three_hosts_lose_one_worker_host_and_every_document_is_indexed_once(cluster, tmp_path):
    b_env = cluster.env("b")
    cluster.net.run("b", [ARSIP, "users", "add", "operator", "--role", "staff", "--password-stdin"], b_env,
                    input="kata-sandi-panjang-sekali\n")
    token = cluster.net.run("b", [ARSIP, "users", "token", "operator"], b_env).stdout.strip().splitlines()[-1]
    web = f"http://{cluster.net.address('b')}:5000"
    cluster.start("b", "web", [ARSIP, "serve", "--host", cluster.net.address("b"), "--port", "5000"])
    cluster.start("b", "worker", [ARSIP, "worker"])
    cluster.start("c", "worker", [ARSIP, "worker"])
    cluster._wait_for_port("b", cluster.net.address("b"), 5000)
    b = cluster.net.thread("b")
    files = _files(tmp_path / "box")
    started = time.monotonic()
    form = [arg for path in files for arg in ("-F", f"file=@{path}")]
    upload = cluster.net.run("b", ["curl", "-sS", "-f", "-H", f"Authorization: Bearer {token}", *form,
                                   f"{web}/api/documents"], {"PATH": os.environ["PATH"]})
    assert len(json.loads(upload.stdout)["documents"]) == len(files)

    def read() -> list[dict]:
        return b.submit(documents, b_env["DATABASE_URL"]).result()

    deadline = time.monotonic() + 240
    while True:  # c is in the middle of a document, and some are done already
        rows = read()
        held = [r["id"] for r in rows if r["status"] == "processing" and (r["claimed_by"] or "").startswith("host-c:")]
        done = sum(r["status"] in ("processed", "extracted", "indexed") for r in rows)
        if held and done >= 2:
            break
        assert not [r for r in rows if r["status"] == "failed"], [(r["id"], r["failure_reason"]) for r in rows]
        assert time.monotonic() < deadline, rows
        time.sleep(0.5)
    assert cluster.net.kill_host("c")
    lost_at = time.monotonic()
    while cluster.net.pids("c"):
        assert time.monotonic() - lost_at < 10, "host c's processes outlived SIGKILL"
        time.sleep(0.1)

    deadline = time.monotonic() + 300
    while True:
        rows = read()
        if all(r["status"] == "indexed" for r in rows):
            break
        assert time.monotonic() < deadline, rows
        time.sleep(1)
    finished = time.monotonic()
    assert len(rows) == len(files)
    assert all(r["pages"] == r["page_count"] == (2 if i < SCANS else 3) for i, r in enumerate(rows)), rows
    assert {r["id"] for r in rows if r["attempts"] == 2} == set(held)  # only c's document was read again
    assert all(r["attempts"] == 1 for r in rows if r["id"] not in held)

    in_index = b.submit(index_pages, b_env).result()
    expected = sorted((r["id"], n) for r in rows for n in range(1, r["page_count"] + 1))
    assert in_index == expected  # every page indexed exactly once: PostgreSQL's count is the index's
    health = b.submit(http, f"{web}/healthz", token).result()
    assert health["checks"]["meilisearch"]["detail"]["documents"] == sum(r["pages"] for r in rows)
    found = b.submit(http, f"{web}/api/search?q=perjanjian+kerja+sama&per_page=50", token).result()
    assert {hit["agreement_id"] for hit in found["hits"]} == {r["id"] for r in rows}
    print(f"\n{len(files)} documents ({sum(r['pages'] for r in rows)} pages) indexed in "
          f"{finished - started:.0f} s; host c lost after {lost_at - started:.0f} s holding {held}")

