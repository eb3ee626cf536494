"""In a real browser (headless Chromium): a whole proposal, from a unit's submission to a signed agreement in
the archive, with the administration and the TKKSD acting at their stages and the unit fixing a returned
proposal. The app runs on a free port on its own SQLite database; Redis database 11 is ours."""
from __future__ import annotations


import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from models.db import session_scope
from models.tables import Document, Proposal
from tests.browser import browser, navigate, serving  # noqa: F401  (browser is a fixture)
from tests.proposal_support import ENV, FORM, PASSWORD, people
from tests.makefiles import text_pdf
from tests.services import arsip_settings

pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("proposals-redis11")]


@pytest.fixture
def live(tmp_path, monkeypatch):
    with arsip_settings(monkeypatch, tmp_path, 11, ARSIP_SECRET_KEY="proposal-browser-secret", **ENV) as settings:
        data = people(settings)
        with serving(settings) as base:
            yield base, settings, data


def pdf(tmp_path, name: str, *lines: str) -> str:
    return str(text_pdf(tmp_path / name, [list(lines)]))


def login(driver, base: str, name: str) -> None:
    driver.delete_all_cookies()
    driver.get(f"{base}/login")
    driver.find_element(By.ID, "username").send_keys(name)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    navigate(driver, driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click)
    assert "/login" not in driver.current_url, driver.find_element(By.TAG_NAME, "main").text


def stage_of(driver) -> str:
    return driver.find_element(By.ID, "stage").get_attribute("data-stage")


def move(driver, to: str, note: str = "") -> None:
    Select(driver.find_element(By.ID, "move-to")).select_by_value(to)
    if note:
        driver.find_element(By.ID, "move-note").send_keys(note)
    navigate(driver, driver.find_element(By.CSS_SELECTOR, "#move-form button[type=submit]").click)
    assert stage_of(driver) == to, driver.find_element(By.TAG_NAME, "main").text


def act(driver, base: str, page: str, name: str, *steps: str | tuple[str, str]) -> None:
    """Log in as `name`, open the proposal and move it through `steps` (a stage, or (stage, note))."""
    login(driver, base, name)
    driver.get(page)
    for step in steps:
        move(driver, *((step,) if isinstance(step, str) else step))


def test_a_whole_proposal_in_the_browser(live, browser, tmp_path):
    base, settings, data = live
    login(browser, base, "dinkes1")
    assert browser.current_url.endswith("/usulan")  # a unit's user starts at its proposals
    navigate(browser, browser.find_element(By.ID, "new-proposal").click)
    form = browser.find_element(By.ID, "proposal-form")
    form.find_element(By.NAME, "partner").send_keys(FORM["partner"])
    Select(form.find_element(By.NAME, "partner_kind")).select_by_value("pihak_ketiga")
    Select(form.find_element(By.NAME, "doc_type")).select_by_visible_text("PKS")
    form.find_element(By.NAME, "term_months").send_keys("24")
    form.find_element(By.NAME, "parent_agreement_id").send_keys(str(data["kb"]))
    form.find_element(By.NAME, "subject").send_keys(FORM["subject"])
    form.find_element(By.NAME, "letter").send_keys(pdf(tmp_path, "surat.pdf", "SURAT PERMOHONAN KERJA SAMA"))
    form.find_element(By.NAME, "tor").send_keys(pdf(tmp_path, "kak.pdf", "KERANGKA ACUAN KERJA", "Versi pertama"))
    navigate(browser, form.find_element(By.CSS_SELECTOR, "button[value=ajukan]").click)
    assert stage_of(browser) == "diajukan"
    page = browser.current_url

    act(browser, base, page, "admin1", "verifikasi", "pembahasan")
    act(browser, base, page, "tkksd1", ("dikembalikan", "Jumlah mahasiswa per puskesmas belum ada di KAK"))

    login(browser, base, "dinkes1")
    assert browser.find_element(By.CSS_SELECTOR, ".navcount").text == "1"  # the returned proposal
    browser.get(f"{base}/notifikasi")
    assert "dikembalikan kepada unit Anda" in browser.find_element(By.CSS_SELECTOR, ".notifications").text
    browser.get(page)
    fix = browser.find_element(By.ID, "ubah")
    fix.find_element(By.NAME, "tor").send_keys(pdf(tmp_path, "kak-2.pdf", "KERANGKA ACUAN KERJA", "Versi kedua",
                                                   "Sepuluh mahasiswa per puskesmas"))
    fix.find_element(By.NAME, "note").send_keys("KAK dilengkapi")
    navigate(browser, fix.find_element(By.CSS_SELECTOR, "button[value=ajukan]").click)
    assert stage_of(browser) == "diajukan"

    act(browser, base, page, "admin1", "verifikasi", "pembahasan")
    act(browser, base, page, "tkksd1", ("penyusunan_naskah", "Disetujui TKKSD"))
    act(browser, base, page, "admin1", "paraf", "penandatanganan")
    upload = browser.find_element(By.ID, "upload-form")
    Select(upload.find_element(By.ID, "upload-kind")).select_by_value("signed")
    upload.find_element(By.NAME, "signed").send_keys(pdf(tmp_path, "pks.pdf", "PERJANJIAN KERJA SAMA",
                                                         "DINAS KESEHATAN DENGAN UNIVERSITAS PAKUAN"))
    navigate(browser, upload.find_element(By.CSS_SELECTOR, "button[type=submit]").click)
    move(browser, "berlaku", "Ditandatangani kedua pihak")
    agreement_href = browser.find_element(By.CSS_SELECTOR, "#agreement a").get_attribute("href")
    tors = browser.find_elements(By.CSS_SELECTOR, "#berkas tr[data-file-kind=tor]")
    assert [(row.get_attribute("data-version"), row.get_attribute("data-locked")) for row in tors] == [
        ("1", "ya"), ("2", "ya")]
    timeline = [item.get_attribute("data-to") for item in browser.find_elements(By.CSS_SELECTOR, "#riwayat li")]
    assert timeline == ["draf", "diajukan", "verifikasi", "pembahasan", "dikembalikan", "diajukan", "verifikasi",
                        "pembahasan", "penyusunan_naskah", "paraf", "penandatanganan", "berlaku"]
    assert "Jumlah mahasiswa per puskesmas belum ada di KAK" in browser.find_element(By.ID, "riwayat").text

    login(browser, base, "dinkes1")  # the unit opens its new agreement in the archive
    browser.get(page)
    navigate(browser, browser.find_element(By.CSS_SELECTOR, "#agreement a").click)
    assert "/perjanjian/" in browser.current_url and "pks.pdf" in browser.page_source
    with session_scope(settings) as session:
        proposal = session.get(Proposal, int(page.rsplit("/", 1)[1]))
        agreement = session.get(Document, proposal.agreement_id)
        assert agreement_href.endswith(f"/perjanjian/{agreement.id}")
        assert (proposal.stage, agreement.unit, agreement.original_name) == ("berlaku", "Dinas Kesehatan", "pks.pdf")
