"""Every page of the top bar, an agreement, a dossier and a search, in real headless Chromium at a desktop
(1366x900) and a phone (390x844): nothing wider than the screen, no code of the label table and no ISO date
or duration in the visible text; on the phone the menu and the filters sit behind buttons.

`make screenshots` runs the first test with ARSIP_SCREENSHOTS=DIR and keeps a picture of each page at both
sizes there (a git-ignored folder) for reviewers."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from models.labels import CODES
from tests.browser import browser, navigate, serving  # noqa: F401  (browser is a fixture)
from tests.search.helpers import PASSWORD, add_agreement, facts, filler, make_user
from workers.indexing import index_pending

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("meili")]
SIZES = {"desktop": (1366, 900, False), "phone": (390, 844, True)}
ISO_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
ISO_TERM = re.compile(r"\bP\d+[YMWD]\b")


@pytest.fixture
def archive(search_env):
    """A KB, a PKS under it, an addendum and an evaluation report of other kinds, indexed; an admin sees every page."""
    kb = add_agreement(search_env, facts("KB", "Penyelenggaraan Tridharma Perguruan Tinggi",
                                         ("Pemerintah Kota Bekasi", "Universitas Bhayangkara"), "2019-05-16", "2021-05-15",
                                         ("119/KB.12-Ker/2019",), duration="P2Y"),
                       [filler(1), filler(2) + " Kota Bekasi dan Universitas Bhayangkara sepakat."])
    add_agreement(search_env, facts("PKS", "Magang Mahasiswa di Dinas Kesehatan",
                                    ("Dinas Kesehatan Kota Bekasi", "Universitas Bhayangkara"), "2019-08-01",
                                    "2020-07-31", ("12/PKS/VIII/2019",), parent_agreement="119/KB.12-Ker/2019",
                                    duration="P1Y"), [filler(1, "kesehatan")])
    add_agreement(search_env, facts("ADDENDUM", "Perubahan Jangka Waktu Kesepakatan Bersama",
                                    ("Pemerintah Kota Bekasi", "Universitas Bhayangkara"), "2021-05-01", "2026-05-15",
                                    ("7/ADD/V/2021",), parent_agreement="119/KB.12-Ker/2019"), [filler(1)])
    add_agreement(search_env, facts("OTHER", "Laporan Evaluasi Kerja Sama", ("Pemerintah Kota Bekasi",), "2022-01-10",
                                    None, (), duration=None), [filler(1, "evaluasi")])
    index_pending()
    make_user(search_env, "kepala", "admin")
    return {"kb": kb}


@pytest.fixture
def live_server(search_env):
    with serving(search_env) as base:  # the real configuration: CSRF on
        yield base


def _login(browser, url: str, name: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(url + "/login")
    browser.find_element(By.ID, "username").send_keys(name)
    browser.find_element(By.ID, "password").send_keys(PASSWORD)
    navigate(browser, browser.find_element(By.CSS_SELECTOR, "form button[type=submit]").click)


def _size(browser, name: str) -> None:
    width, height, mobile = SIZES[name]
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                            {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile})


def _problems(browser) -> list[str]:
    """What a clerk must never meet on this page: a page wider than the screen, a code, an ISO date or term."""
    problems = []
    wide = browser.execute_script("return [document.documentElement.scrollWidth, window.innerWidth]")
    if wide[0] > wide[1]:
        culprits = browser.execute_script("""
            return Array.from(document.querySelectorAll('main *')).filter(function (e) {
              return e.getBoundingClientRect().right > window.innerWidth + 1; }).slice(0, 3)
              .map(function (e) { return e.tagName + '.' + e.className; });""")
        problems.append(f"{wide[0]} px wide on a {wide[1]} px screen ({', '.join(culprits)})")
    text = browser.execute_script("return document.body.innerText")
    codes = sorted({word for word in re.findall(r"[A-Za-z][\w\-]*", text) if word in CODES})
    if codes:
        problems.append(f"codes {codes}")
    for pattern in (ISO_DATE, ISO_TERM):
        found = pattern.findall(text)
        if found:
            problems.append(f"ISO {found[:3]}")
    return problems


def test_every_page_fits_the_screen_and_speaks_indonesian(archive, live_server, browser):
    from selenium.webdriver.common.by import By

    shots = Path(os.environ["ARSIP_SCREENSHOTS"]) if os.environ.get("ARSIP_SCREENSHOTS") else None
    _login(browser, live_server, "kepala")
    browser.get(f"{live_server}/berkas")
    dossier = browser.find_element(By.CSS_SELECTOR, "main a[href*='/berkas/']").get_attribute("href")
    top_bar = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, ".mainnav a, .who a")]
    assert len(top_bar) >= 10 and f"{live_server}/akun" in top_bar
    pages = [*top_bar, f"{live_server}/perjanjian/{archive['kb']}?q=Bekasi", dossier, f"{live_server}/?q=Bekasi"]
    found = {}
    for size in SIZES:
        _size(browser, size)
        for address in pages:
            browser.get(address)
            assert browser.find_elements(By.TAG_NAME, "h1"), address  # every page says what it is
            problems = _problems(browser)
            if problems:
                found[f"{size} {address.removeprefix(live_server)}"] = problems
            if shots:
                shots.mkdir(parents=True, exist_ok=True)
                name = re.sub(r"[^\w]+", "-", address.removeprefix(live_server)).strip("-") or "cari"
                browser.save_screenshot(str(shots / f"{name}-{size}.png"))
    assert not found, "\n".join(f"{page}: {'; '.join(problems)}" for page, problems in found.items())

    # linking on a dossier page: type words, choose the agreement the search offers (no ids to remember)
    _size(browser, "desktop")
    browser.get(dossier)
    box = browser.find_element(By.NAME, "target_id")
    box.send_keys("Laporan Evaluasi")
    from selenium.webdriver.support.ui import WebDriverWait

    offered = WebDriverWait(browser, 20).until(lambda d: [o.get_attribute("value") for o in d.find_elements(
        By.CSS_SELECTOR, "#pilihan-tujuan option")])
    assert any(re.fullmatch(r"#\d+ · Dokumen — Laporan Evaluasi Kerja Sama", o) for o in offered), offered

    browser.get(f"{live_server}/?q=Bekasi&page=99")  # past the last page: the last page, not "halaman 99 dari 1"
    assert "page=1" in browser.current_url and len(browser.find_elements(By.CSS_SELECTOR, "article.hit")) == 4
    browser.get(f"{live_server}/?q=Bekasi&year=abc")
    assert "Tahun “abc” tidak dapat dipakai: tulis angka 1900 sampai 2200" in browser.find_element(By.CSS_SELECTOR, ".flash-error").text
    browser.get(f"{live_server}/perjanjian/99999")
    text = browser.find_element(By.TAG_NAME, "main").text
    assert "Perjanjian 99999 tidak ditemukan." in text and "not_found" not in text and "Kode" not in text


def test_on_a_phone_the_menu_and_the_filters_wait_behind_buttons(archive, live_server, browser):
    from selenium.webdriver.common.by import By

    _login(browser, live_server, "kepala")
    _size(browser, "phone")
    browser.get(f"{live_server}/?q=Bekasi")
    nav = browser.find_element(By.ID, "mainnav")
    facets = browser.find_element(By.ID, "saringan")
    assert not nav.is_displayed() and not facets.is_displayed()
    first = browser.find_element(By.CSS_SELECTOR, "article.hit")
    assert first.rect["y"] < 400  # the first result, not the menu and every facet, meets the eye
    assert browser.find_element(By.CSS_SELECTOR, "header.topbar").rect["height"] < 80
    browser.find_element(By.CSS_SELECTOR, "label.menu-button").click()
    assert nav.is_displayed() and nav.find_element(By.LINK_TEXT, "Berkas").is_displayed()
    browser.find_element(By.CSS_SELECTOR, "label.filters-button").click()
    assert facets.is_displayed() and facets.find_element(By.ID, "f-doc_type").is_displayed()
    skip = browser.find_element(By.CSS_SELECTOR, "a.skip")
    assert skip.get_attribute("href").endswith("#isi") and browser.find_element(By.ID, "isi").tag_name == "main"
    # the dashed box of the upload page takes files dropped on it, beside those already chosen
    browser.get(f"{live_server}/unggah")
    dropped = browser.execute_script("""
        var zone = document.getElementById('dropzone'), data = new DataTransfer();
        data.items.add(new File(['%PDF-1.4'], 'kb-bekasi.pdf', {type: 'application/pdf'}));
        data.items.add(new File(['II*'], 'pindaian.tiff', {type: 'image/tiff'}));
        ['dragenter', 'dragover'].forEach(function (name) {
          zone.dispatchEvent(new DragEvent(name, {dataTransfer: data, bubbles: true, cancelable: true})); });
        var lit = zone.classList.contains('dragging');
        var taken = !zone.dispatchEvent(new DragEvent('drop', {dataTransfer: data, bubbles: true, cancelable: true}));
        return [lit, taken, document.getElementById('file').files.length];""")
    assert dropped == [True, True, 2]
    assert browser.find_element(By.ID, "chosen").text == "2 berkas dipilih: kb-bekasi.pdf, pindaian.tiff"
    # chart labels stay readable on the phone (the chart scrolls in its card; the page does not)
    browser.get(f"{live_server}/monev")
    label_height = browser.execute_script(
        "return document.querySelector('#by-doc_type svg.chart text.value, #by-doc_type svg.chart text')"
        ".getBoundingClientRect().height")
    assert label_height >= 9
    assert browser.execute_script("return document.documentElement.scrollWidth <= window.innerWidth")


def test_the_admins_tools_wait_in_one_group_of_the_top_bar(archive, live_server, browser):
    from selenium.webdriver.common.by import By

    _login(browser, live_server, "kepala")
    _size(browser, "desktop")
    browser.get(f"{live_server}/?q=Bekasi")
    entries = browser.find_elements(By.CSS_SELECTOR, ".mainnav > a, .mainnav > details")
    rows = {round(entry.rect["y"]) for entry in entries}
    assert len(entries) >= 10 and len(rows) <= 2, rows  # an admin's top bar: at most two rows at 1366 px
    group = browser.find_element(By.CSS_SELECTOR, ".mainnav details.navgroup")
    tools = group.find_elements(By.CSS_SELECTOR, ".navgroup-items a")
    assert {a.get_attribute("textContent").strip() for a in tools} >= {"Pengguna", "Unit", "Log audit", "Terhapus"}
    assert not any(a.is_displayed() for a in tools)  # closed until asked
    group.find_element(By.TAG_NAME, "summary").click()
    audit = group.find_element(By.LINK_TEXT, "Log audit")
    assert audit.is_displayed()
    navigate(browser, audit.click)
    assert browser.current_url == f"{live_server}/audit"
    assert "current" in browser.find_element(By.CSS_SELECTOR, ".navgroup summary").get_attribute("class")
    navigate(browser, browser.find_element(By.CSS_SELECTOR, ".who a").click)  # one's own account: the name
    assert browser.find_element(By.TAG_NAME, "h1").text == "Akun kepala"
    # on a phone the group opens inside the menu
    _size(browser, "phone")
    browser.find_element(By.CSS_SELECTOR, "label.menu-button").click()
    summary = browser.find_element(By.CSS_SELECTOR, ".navgroup summary")
    summary.click()
    unit = browser.find_element(By.CSS_SELECTOR, ".navgroup-items").find_element(By.LINK_TEXT, "Unit")
    assert unit.is_displayed() and unit.rect["x"] + unit.rect["width"] <= 390
