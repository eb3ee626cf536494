"""Headless Chromium (Selenium) against the real app and Meilisearch: log in, search a misspelled word,
filter, open an agreement, save screenshots."""
from __future__ import annotations

import pytest

from tests.browser import browser, navigate, serving  # noqa: F401  (browser is a fixture)
from tests.search.helpers import PASSWORD, add_agreement, facts, filler, make_user
from workers.indexing import index_pending

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("meili")]


@pytest.fixture
def live_server(search_env):
    with serving(search_env) as base:  # the real configuration: CSRF on
        yield base


def test_login_search_filter_open(search_env, live_server, browser, tmp_path):
    from selenium.webdriver.common.by import By

    pages = [filler(n) for n in range(1, 13)]
    pages[8] += "Pengadaan bibit mangrove untuk rehabilitasi pesisir."
    kb = add_agreement(search_env, facts("KB", "Penyelenggaraan Tridharma Perguruan Tinggi",
                                         ("Pemerintah Kota Bogor", "Universitas Pakuan")), pages)
    add_agreement(search_env, facts("PKS", "Magang Mahasiswa Universitas Pakuan di Dinas Kesehatan",
                                    ("Dinas Kesehatan Kota Bogor", "Universitas Pakuan"), "2024-02-01", "2026-01-31",
                                    ("12/PKS/II/2024",)), [filler(1, "kesehatan"), filler(2, "kesehatan")])
    index_pending()
    make_user(search_env, "pustakawan", "staff")

    browser.get(live_server + "/")
    assert "/login" in browser.current_url
    browser.find_element(By.ID, "username").send_keys("pustakawan")
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    navigate(browser, browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click)
    assert "/login" not in browser.current_url

    box = browser.find_element(By.ID, "q")
    box.send_keys("Universitas Pakun")  # misspelled
    navigate(browser, box.submit)
    hits = browser.find_elements(By.CSS_SELECTOR, "article.hit")
    assert len(hits) == 2 and "2 perjanjian" in browser.find_element(By.CSS_SELECTOR, ".summary").text
    browser.save_screenshot(str(tmp_path / "search.png"))

    navigate(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Kesepakatan Bersama").click)  # facet filter
    hits = browser.find_elements(By.CSS_SELECTOR, "article.hit")
    assert len(hits) == 1 and "Tridharma" in hits[0].text and "doc_type=KB" in browser.current_url
    browser.save_screenshot(str(tmp_path / "filtered.png"))

    navigate(browser, hits[0].find_element(By.CSS_SELECTOR, "h3 a").click)
    body = browser.find_element(By.TAG_NAME, "body").text
    assert f"/perjanjian/{kb}" in browser.current_url
    assert "Penyelenggaraan Tridharma Perguruan Tinggi" in body and "Data perjanjian" in body
    assert "Pemerintah Kota Bogor" in body and "Unduh naskah asli" in body
    browser.save_screenshot(str(tmp_path / "agreement.png"))

    navigate(browser, browser.find_element(By.LINK_TEXT, "9").click)
    assert "Halaman 9 dari 12" in browser.find_element(By.ID, "halaman").text
    assert "bibit mangrove" in browser.find_element(By.CSS_SELECTOR, ".pagetext").text
    browser.save_screenshot(str(tmp_path / "page9.png"))
    assert (tmp_path / "agreement.png").stat().st_size > 10_000
    print(f"screenshots in {tmp_path}")
