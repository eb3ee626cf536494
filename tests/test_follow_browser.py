"""In a real browser: correct a field, find the corrected value in search, see the correction in the audit log.

Headless Chromium (Selenium) against the app served on a free port, the real Meilisearch binary, a real
rq worker on Redis database 6 draining the re-index job the correction queued.
"""
from __future__ import annotations


import pytest

from models.db import session_scope
from models.status import DocumentStatus
from models.tables import Document, Page
from models.users import add_user
from tests.browser import browser, navigate, serving  # noqa: F401  (browser is a fixture)
from tests.services import redis_url

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("follow-redis6")]  # Redis database 6 is ours

MASTER_KEY = "arsip-follow-test-master-key-0123"
WORD = "Biopori"  # the corrected title's distinctive word: absent from the original text and extraction
FACTS = {"doc_type": "KB", "numbers": ["88/KB.03-Ker/2022"], "title": "Pengelolaan Sampah Rumah Tangga",
         "parties": [{"role": "PIHAK PERTAMA", "institution": "Pemerintah Kota Bogor"},
                     {"role": "PIHAK KEDUA", "institution": "Universitas Pakuan"}],
         "sign_date": "2022-03-14", "effective_date": "2022-03-14", "duration": "P5Y", "end_date": "2027-03-13"}
TEXT = ("KESEPAKATAN BERSAMA ANTARA PEMERINTAH KOTA BOGOR DENGAN UNIVERSITAS PAKUAN TENTANG PENGELOLAAN SAMPAH "
        "RUMAH TANGGA NOMOR: 88/KB.03-Ker/2022. Pada hari ini Senin tanggal empat belas bulan Maret tahun dua ribu "
        "dua puluh dua, bertempat di Bogor.")


@pytest.fixture(scope="module")
def meili(tmp_path_factory):
    from models.meili_process import MeiliProcess

    server = MeiliProcess(tmp_path_factory.mktemp("follow-meili"), MASTER_KEY, threads=1)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def live(tmp_path, monkeypatch, meili):
    """The app on a free port with one indexed agreement and an admin user; yields (base_url, settings, id)."""
    import redis
    from models.db import init_db
    from models.settings import load_settings
    from workers.indexing import index_documents

    env = {"ARSIP_DATA_DIR": str(tmp_path / "var"), "DATABASE_URL": "", "REDIS_URL": redis_url(6),
           "MEILI_URL": meili.url, "MEILI_MASTER_KEY": MASTER_KEY, "ARSIP_MEILI_INDEX": f"follow_{tmp_path.name[-20:]}",
           "ARSIP_SECRET_KEY": "follow-browser-secret"}
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    settings = load_settings()
    init_db(settings)
    connection = redis.Redis.from_url(env["REDIS_URL"])
    connection.flushdb()
    with session_scope(settings) as session:
        add_user(session, "admin1", "admin", password="rahasia-panjang-1")
        document = Document(sha256="f" * 64, original_name="kb-sampah.pdf", kind="pdf", size=100, page_count=1,
                            status=DocumentStatus.EXTRACTED.value, extraction=dict(FACTS), text_source="text-layer")
        document.pages.append(Page(number=1, text=TEXT, method="text-layer"))
        session.add(document)
        session.flush()
        document_id = document.id
    index_documents(settings, [document_id])
    with serving(settings) as base:
        yield base, settings, document_id
    connection.flushdb()


def hit_titles(browser, base: str, query: str) -> list[str]:
    """Type a query in the search page and read the titles of the hits (never the echoed query)."""
    from selenium.webdriver.common.by import By

    browser.get(f"{base}/")
    box = browser.find_element(By.CSS_SELECTOR, "input[name=q]")
    box.clear()
    box.send_keys(query)
    navigate(browser, box.submit)
    assert "q=" in browser.current_url
    return [h.text for h in browser.find_elements(By.CSS_SELECTOR, "article.hit h3")]


def test_correct_a_field_then_find_it_in_search_and_in_the_audit_log(live, browser):
    from selenium.webdriver.common.by import By

    from workers.runner import run_worker

    base, settings, document_id = live
    browser.get(f"{base}/login")
    browser.find_element(By.ID, "username").send_keys("admin1")
    browser.find_element(By.ID, "password").send_keys("rahasia-panjang-1")
    navigate(browser, browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click)
    assert "/login" not in browser.current_url
    assert hit_titles(browser, base, WORD) == []
    assert hit_titles(browser, base, "Pengelolaan Sampah") == ["Pengelolaan Sampah Rumah Tangga"]

    browser.get(f"{base}/agreements/{document_id}/koreksi")
    title = browser.find_element(By.ID, "value-title")
    title.clear()
    title.send_keys(f"Pengelolaan Sampah dengan {WORD}")
    navigate(browser, browser.find_element(By.ID, "save-title").click)
    assert "tersimpan" in browser.find_element(By.TAG_NAME, "main").text
    history = browser.find_element(By.ID, "correction-history").text
    assert WORD in history and "Pengelolaan Sampah Rumah Tangga" in history and "admin1" in history

    run_worker(settings, burst=True, with_scheduler=False)  # drains the re-index job the correction queued
    with session_scope(settings) as session:
        assert session.get(Document, document_id).status == DocumentStatus.INDEXED.value
    assert hit_titles(browser, base, WORD) == [f"Pengelolaan Sampah dengan {WORD}"]

    browser.get(f"{base}/audit")
    rows = [row.text for row in browser.find_elements(By.CSS_SELECTOR, "#audit-log tr.audit-correction")]
    assert len(rows) == 1 and "admin1" in rows[0] and "kolom: Judul (tentang)" in rows[0] and WORD in rows[0]
