"""The index follows the database: batches, Meilisearch outages, rebuilds, deletions, corrections."""
from __future__ import annotations

import pytest

from models.db import session_scope
from models.index import SETTINGS, IndexUnavailable, SearchIndex
from models.search_query import parse_request
from models.tables import Document
from tests.search.conftest import MASTER_KEY
from tests.search.helpers import add_agreement, audit_trail, facts, filler, login, make_user, status_of
from workers.indexing import index_pending, reindex_all, remove_document

pytestmark = pytest.mark.xdist_group("meili")


def _found(settings, q: str, **filters) -> list[tuple[int, int]]:
    args = {"q": q, **{k: str(v) for k, v in filters.items()}}
    return [(h.agreement_id, h.page) for h in SearchIndex(settings).search(parse_request(args)).hits]


def _snapshot(settings) -> list[dict]:
    return sorted(SearchIndex(settings).documents(), key=lambda d: d["id"])


def test_index_pending_indexes_every_extracted_document_once(search_env):
    ids = [add_agreement(search_env, facts(title=f"Kerja Sama Nomor {n}"), [filler(p) for p in range(1, 4)])
           for n in range(5)]
    assert index_pending() == "indexed 5 documents (15 pages)"
    assert all(status_of(search_env, i) == "indexed" for i in ids)
    assert SearchIndex(search_env).count() == 15
    assert index_pending() == "nothing to index"


def test_long_agreement_is_searchable_to_its_last_page(search_env):
    # 60 pages of ~1,260 words: beyond the 65,535 positions Meilisearch indexes per attribute.
    pages = [filler(p) * 20 for p in range(1, 61)]
    pages[-1] += " Klausul penutup menyebut kapal patroli Bakamla sebagai hibah."
    long_id = add_agreement(search_env, facts(title="Kerja Sama Keamanan Laut"), pages)
    assert sum(len(p.split()) for p in pages) > 65_535
    index_pending()
    assert _found(search_env, "kapal patroli Bakamla") == [(long_id, 60)]


def test_documents_wait_while_meilisearch_is_down_and_are_indexed_when_it_is_back(tmp_path, monkeypatch, search_env):
    """Stops and restarts the real binary; the sweep queues the index job; a real rq worker runs it."""
    from models.meili_process import MeiliProcess
    from models.settings import load_settings
    from workers import queue, runner
    from workers.sweep import sweep

    server = MeiliProcess(tmp_path / "own-meili", MASTER_KEY, threads=1)
    server.start()
    monkeypatch.setenv("MEILI_URL", server.url)
    settings = load_settings()
    try:
        first = add_agreement(settings, facts(title="Kerja Sama Irigasi Tersier"), [filler(1)])
        assert index_pending().startswith("indexed 1")
        server.stop()
        waiting = add_agreement(settings, facts(title="Kerja Sama Pemadam Kebakaran"), [filler(1), filler(2)])
        assert index_pending().startswith("waiting")
        assert status_of(settings, waiting) == "extracted"
        with pytest.raises(IndexUnavailable):
            SearchIndex(settings).search(parse_request({"q": "kebakaran"}))
        report = sweep(settings)
        assert "index" in report.requeued
        assert queue.waiting(queue.connect(settings), queue.INDEX_JOB)

        server.start()  # same port, same data dir
        runner.run_worker(settings, burst=True, with_scheduler=False)
        assert status_of(settings, waiting) == "indexed"
        assert _found(settings, "Pemadam Kebakaran") == [(waiting, 1)]
        assert _found(settings, "Irigasi Tersier") == [(first, 1)]
    finally:
        server.stop()


def test_reindex_reproduces_the_same_index_state(search_env):
    for n, kind in enumerate(("KB", "PKS", "MOU")):
        add_agreement(search_env, facts(kind, f"Kerja Sama Bidang {n}", sign_date=f"202{n}-01-0{n + 1}"),
                      [filler(p, f"topik{n}") for p in range(1, 4 + n)])
    index_pending()
    before = _snapshot(search_env)
    assert len(before) == 3 + 4 + 5
    SearchIndex(search_env).remove([before[0]["agreement_id"]])  # the index drifts from the database...
    assert len(_snapshot(search_env)) < len(before)
    assert reindex_all(search_env) == len(before)                 # ...and is rebuilt to the same state
    assert _snapshot(search_env) == before
    settings_now = SearchIndex(search_env)._index().get_settings()
    assert settings_now["filterableAttributes"] and set(SETTINGS["sortableAttributes"]) == set(settings_now["sortableAttributes"])


def test_settings_are_applied_idempotently(search_env):
    index = SearchIndex(search_env)
    index.ensure(force=True)
    index.ensure(force=True)
    tasks = index.client.get_tasks({"indexUids": [index.uid], "types": ["settingsUpdate"]}).results
    assert len(tasks) == 1


def test_deleting_a_document_removes_its_pages(search_env, client):
    keep = add_agreement(search_env, facts(title="Kerja Sama Perpustakaan Daerah"), [filler(1), filler(2)])
    gone = add_agreement(search_env, facts(title="Kerja Sama Perpustakaan Keliling"), [filler(1), filler(2), filler(3)])
    index_pending()
    assert {a for a, _ in _found(search_env, "perpustakaan")} == {keep, gone}
    make_user(search_env, "kepala", "admin")
    login(client, "kepala")
    assert client.post(f"/perjanjian/{gone}/hapus").status_code == 302
    assert status_of(search_env, gone) == "deleted"
    assert audit_trail(search_env, "delete") == [("kepala", gone)]
    from rq.job import Job

    from workers import queue

    connection = queue.connect(search_env)
    assert queue.waiting(connection, queue.REMOVE_JOB.format(gone))  # queued by name, not run in the request
    job = Job.fetch(queue.REMOVE_JOB.format(gone), connection=connection)
    assert job.func_name == "workers.indexing.remove_document" and job.args == (gone,)
    assert job.perform() == "removed"  # as a worker runs it (no rq worker here: its signal handlers would stay)
    assert {a for a, _ in _found(search_env, "perpustakaan")} == {keep}
    assert not [d for d in SearchIndex(search_env).documents(["agreement_id"]) if d["agreement_id"] == gone]
    assert client.get(f"/api/agreements/{gone}").status_code == 404
    remove_document(gone)  # idempotent


def test_a_correction_is_searchable_after_reindexing(search_env):
    from models.corrections import correct

    doc_id = add_agreement(search_env, facts(title="Kerja Sama Pariwisata"), [filler(1)])
    index_pending()
    with session_scope(search_env) as session:
        correct(session, session.get(Document, doc_id), "title", "Kerja Sama Promosi Wisata Bahari", None)
    assert status_of(search_env, doc_id) == "extracted"
    index_pending()
    assert _found(search_env, "wisata bahari") == [(doc_id, 1)]


def test_fewer_pages_after_reprocessing_leaves_no_stale_pages(search_env):
    from models.tables import Page

    doc_id = add_agreement(search_env, facts(title="Kerja Sama Drainase"), [filler(p) for p in range(1, 6)])
    index_pending()
    with session_scope(search_env) as session:
        doc = session.get(Document, doc_id)
        for page in doc.pages[2:]:
            session.delete(page)
        doc.status = "extracted"
    index_pending()
    pages = sorted(d["page"] for d in SearchIndex(search_env).documents(["agreement_id", "page"])
                   if d["agreement_id"] == doc_id)
    assert pages == [1, 2]
