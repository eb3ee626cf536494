"""One storage root for every host (issue 17.1): originals, page pictures and attachments written by one
host are read by another; pictures are drawn again on any host; concurrent writers leave one whole file."""
from __future__ import annotations

import io
import multiprocessing
import re

import pytest

from models.db import init_db
from models.settings import load_settings
from models.storage import BlobStore, sha256_file
from tests import makefiles
from tests.search.conftest import MASTER_KEY, REDIS_URL
from tests.search.helpers import login, make_user

pytestmark = pytest.mark.xdist_group("meili")


@pytest.fixture
def two_hosts(tmp_path, meili):
    """Web apps of two hosts: each its own data directory, one database and one storage root shared."""
    from search_app import create_app

    common = {"DATABASE_URL": f"sqlite:///{tmp_path / 'shared-db' / 'arsip.db'}", "REDIS_URL": REDIS_URL,
              "ARSIP_STORAGE_DIR": str(tmp_path / "shared-storage"), "MEILI_URL": meili.url,
              "MEILI_MASTER_KEY": MASTER_KEY, "ARSIP_SECRET_KEY": "test-secret"}
    hosts = [load_settings({}, ARSIP_DATA_DIR=str(tmp_path / f"host-{n}"), ARSIP_HOST_ID=f"host-{n}", **common)
             for n in (1, 2)]
    init_db(hosts[0])
    make_user(hosts[0], "staf", "staff")
    apps = [create_app(settings, {"TESTING": True, "WTF_CSRF_ENABLED": False}) for settings in hosts]
    clients = [app.test_client() for app in apps]
    for client in clients:
        login(client, "staf")
    return hosts, clients, tmp_path


def test_what_one_host_stores_another_reads_and_pictures_are_drawn_again_anywhere(two_hosts):
    (one, two), (client_one, client_two), tmp_path = two_hosts
    scan = makefiles.scanned_pdf(tmp_path / "scan.pdf", [makefiles.page_image(["PERJANJIAN KERJA SAMA"] * 4)])
    upload = client_one.post("/api/documents", data={"file": (scan.open("rb"), "scan.pdf")},
                             content_type="multipart/form-data")
    assert upload.status_code == 201, upload.get_json()
    sha = sha256_file(scan)
    store = BlobStore(one.storage_path)
    assert store.path_for(sha).read_bytes() == scan.read_bytes()
    assert not (one.data_path / "originals").exists() and not (two.data_path / "originals").exists()

    document_id = upload.get_json()["documents"][0]["document_id"]
    drawn_by_one = client_one.get(f"/perjanjian/{document_id}/halaman/1.png")
    assert drawn_by_one.status_code == 200 and drawn_by_one.data.startswith(b"\xff\xd8")  # JPEG
    picture = store.picture_path(sha, 1)
    assert picture.read_bytes() == drawn_by_one.data
    picture.unlink()  # the cache is lost (or never made on this host): host two draws it again
    drawn_by_two = client_two.get(f"/perjanjian/{document_id}/halaman/1.png")
    assert drawn_by_two.status_code == 200 and drawn_by_two.data == drawn_by_one.data
    assert client_two.get(f"/perjanjian/{document_id}/asli").data == scan.read_bytes()

    posted = client_one.post(f"/agreements/{document_id}/evaluasi",
                             data={"noted_on": "2024-12-15", "text": "Evaluasi tahunan",
                                   "attachment": (io.BytesIO(b"%PDF-1.4 notulen"), "notulen.pdf")},
                             content_type="multipart/form-data", follow_redirects=True)
    assert posted.status_code == 200
    page = client_two.get(f"/agreements/{document_id}/koreksi").get_data(as_text=True)
    link = re.search(r'href="(/evaluasi/\d+/lampiran)"', page)
    assert link, "the note's attachment link is shown on host two"
    assert client_two.get(link.group(1)).data == b"%PDF-1.4 notulen"
    assert store.path_for(sha256_of(b"%PDF-1.4 notulen")).exists()
    leftovers = [p for p in (tmp_path / "shared-storage").rglob(".*") if p.is_file()]
    assert leftovers == []


def sha256_of(data: bytes) -> str:
    import hashlib

    return hashlib.sha256(data).hexdigest()


def _write(args) -> tuple[str, str]:
    storage, payload, rounds = args
    store = BlobStore(storage)
    for _ in range(rounds):
        sha = store.put_stream(io.BytesIO(payload))
        store.put_picture(store.picture_path(sha, 1), payload[:100_000])
    return sha, sha256_file(store.path_for(sha))


def test_writers_racing_on_the_same_content_leave_one_whole_file(tmp_path):
    payload = bytes(range(256)) * 8192  # 2 MB: large enough that writes overlap
    pool = multiprocessing.get_context("fork").Pool(4)
    try:
        results = pool.map(_write, [(tmp_path, payload, 10)] * 4)
    finally:
        # close + join, not the context manager's terminate(): terminating a worker that holds the task queue's
        # lock leaves its sibling waiting on that lock for ever (the suite hung here once).
        pool.close()
        pool.join()
    expected = sha256_of(payload)
    assert set(results) == {(expected, expected)}
    store = BlobStore(tmp_path)
    assert store.path_for(expected).read_bytes() == payload
    assert store.picture_path(expected, 1).read_bytes() == payload[:100_000]
    assert sorted(p.name for p in tmp_path.rglob("*") if p.is_file()) == sorted([expected, f"{expected}-1-r0.jpg"])
