"""The review screen in real headless Chromium: keyboard review to verified, evidence boxed on the picture
where the word boxes of its span are, a page scanned sideways shown upright."""
from __future__ import annotations

import pytest

from tests.browser import browser, navigate, serving  # noqa: F401  (browser is a fixture)
from tests.review.test_review_api import _scan_agreement
from tests.search.helpers import PASSWORD, add_agreement, facts, make_user

pytestmark = [pytest.mark.browser]


@pytest.fixture
def live_server(offline_env):
    with serving(offline_env) as base:  # the real configuration: CSRF on
        yield base


def _login(browser, url, name):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(url + "/login")
    browser.find_element(By.ID, "username").send_keys(name)
    field = browser.find_element(By.ID, "password")
    field.send_keys(PASSWORD)
    navigate(browser, lambda: field.send_keys(Keys.ENTER))


def _wait(browser, condition):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(browser, 20).until(condition)


def _review(browser, url, doc_id) -> dict:
    return browser.execute_async_script(
        "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.json()).then(arguments[1]);",
        f"{url}/api/agreements/{doc_id}")["review"]


def test_review_an_agreement_from_the_inbox_to_verified_by_keyboard(offline_env, live_server, browser, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    doc_id = add_agreement(offline_env, facts(title="Kerja Sama Pengelolaan Sampah"), ["Halaman satu"])
    make_user(offline_env, "petugas", "staff")
    _login(browser, live_server, "petugas")
    browser.get(live_server + "/perlu-diperiksa")
    assert browser.find_element(By.CSS_SELECTOR, ".mainnav .navcount").text == "1"
    link = browser.find_element(By.CSS_SELECTOR, "a.review-link")
    navigate(browser, lambda: link.send_keys(Keys.ENTER))
    assert browser.current_url.endswith(f"/perlu-diperiksa/{doc_id}")
    state = browser.find_element(By.ID, "review-state")
    assert state.text == "Belum diperiksa"
    presses = 0
    while state.text != "Terverifikasi" and presses < 12:
        active = browser.find_element(By.CSS_SELECTOR, ".field.active")
        ActionChains(browser).send_keys(Keys.ENTER).perform()
        presses += 1
        _wait(browser, lambda d: "state-confirmed" in active.get_attribute("class"))
    browser.save_screenshot(str(tmp_path / "verified.png"))
    assert state.text == "Terverifikasi" and presses == 8  # the key fields in order, the term by its duration
    review = _review(browser, live_server, doc_id)
    assert review["state"] == "verified" and review["fields"]["end_date"]["state"] == "extracted"
    assert review["fields"]["title"]["by"] == "petugas"
    ActionChains(browser).send_keys("n").perform()
    _wait(browser, lambda d: d.current_url.endswith("/perlu-diperiksa"))
    assert "Semua perjanjian sudah diperiksa" in browser.find_element(By.TAG_NAME, "body").text


def test_the_end_date_evidence_is_boxed_over_its_words_on_an_upright_scan(offline_env, live_server, browser,
                                                                           tmp_path):
    from selenium.webdriver.common.by import By

    from models.db import session_scope
    from models.tables import Document

    doc_id, text = _scan_agreement(offline_env, tmp_path)
    start = text.index("23 Agustus 2028")
    with session_scope(offline_env) as session:
        doc = session.get(Document, doc_id)
        doc.extraction = dict(doc.extraction, evidence={
            "end_date": {"page": 2, "start": start, "end": start + len("23 Agustus 2028"), "confidence": 0.8}})
    make_user(offline_env, "petugas", "staff")
    _login(browser, live_server, "petugas")
    browser.get(f"{live_server}/perlu-diperiksa/{doc_id}")
    browser.find_element(By.CSS_SELECTOR, "#kolom-end_date .fhead").click()
    picture = browser.find_element(By.ID, "picture")
    _wait(browser, lambda d: d.execute_script("return arguments[0].complete && arguments[0].naturalWidth > 0", picture))
    natural = browser.execute_script("return [arguments[0].naturalWidth, arguments[0].naturalHeight]", picture)
    assert natural[1] > natural[0]  # the page scanned sideways stands upright: a portrait picture
    assert browser.find_element(By.CSS_SELECTOR, "mark.evidence").text == "23 Agustus 2028"
    words = browser.execute_async_script(
        "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.json()).then(arguments[1]);",
        f"{live_server}/api/agreements/{doc_id}/pages/2/words")
    assert words["rotation"] == 90 and [words["width"], words["height"]] == natural
    texts = [w["text"] for w in words["words"]]
    first = next(i for i in range(len(texts)) if texts[i:i + 3] == ["23", "Agustus", "2028"])
    expected = words["words"][first:first + 3]
    browser.save_screenshot(str(tmp_path / "evidence.png"))
    fitted = _boxes_over(browser, picture, natural, expected, "#boxes .box.evidence")
    browser.find_element(By.ID, "zoom-2x").click()
    assert browser.execute_script("return arguments[0].getBoundingClientRect().width", picture) > 1.9 * fitted

    # the agreement page, opened from a search for "agustus": the same evidence and every hit boxed
    browser.set_window_size(1366, 900)
    browser.get(f"{live_server}/perjanjian/{doc_id}?q=agustus")
    picture = browser.find_element(By.ID, "picture")
    assert picture.rect["y"] < 900  # the picture beside the fields, above the fold
    browser.find_element(By.CSS_SELECTOR, "a.src[data-field=end_date]").click()
    assert browser.current_url.endswith(f"/perjanjian/{doc_id}?q=agustus")  # chosen in place, no reload
    _wait(browser, lambda d: d.execute_script(
        "return arguments[0].complete && arguments[0].naturalWidth > 0 && /halaman\\/2/.test(arguments[0].src)", picture))
    assert browser.find_element(By.CSS_SELECTOR, "#pagetext mark.evidence").text == "23 Agustus 2028"
    assert browser.find_element(By.ID, "page-label").text == "Halaman 2 dari 2"
    shown = _boxes_over(browser, picture, natural, expected, "#boxes .box.evidence")
    hits = [w for w in words["words"] if w["text"].lower().startswith("agustus")]
    assert len(hits) >= 3
    _boxes_over(browser, picture, natural, hits, "#boxes .box.qhit")
    assert browser.execute_script("""var r = document.querySelector('#boxes .box.evidence').getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;""")  # scrolled into view
    browser.save_screenshot(str(tmp_path / "agreement-evidence.png"))
    browser.find_element(By.ID, "zoom-2x").click()
    assert browser.execute_script("return arguments[0].getBoundingClientRect().width", picture) > 1.9 * shown


def _boxes_over(browser, picture, natural, expected, selector) -> float:
    """Assert one box per expected word, each over its word (centre inside, width about the word's); answer the
    picture's shown width."""
    drawn = browser.execute_script("""
        var img = arguments[0].getBoundingClientRect();
        return Array.from(document.querySelectorAll(arguments[1])).map(function (b) {
          var r = b.getBoundingClientRect();
          return [r.left - img.left, r.top - img.top, r.width, r.height, img.width];
        });""", picture, selector)
    assert len(drawn) == len(expected)
    scale = drawn[0][4] / natural[0]
    for word, box in zip(expected, drawn):
        cx, cy = (word["x"] + word["w"] / 2) * scale, (word["y"] + word["h"] / 2) * scale
        assert box[0] <= cx <= box[0] + box[2] and box[1] <= cy <= box[1] + box[3]
        assert abs(box[2] - word["w"] * scale) <= 0.5 * word["h"] * scale + 2  # the word's width, a little padded
    return drawn[0][4]


def test_correct_a_party_with_the_row_editor_and_a_date_with_its_echo(offline_env, live_server, browser, tmp_path):
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    doc_id = add_agreement(offline_env, facts(parties=("Pemerintah Kota Bogor", "Universitas Pakuan")), ["Halaman"])
    make_user(offline_env, "petugas", "staff")
    _login(browser, live_server, "petugas")
    browser.get(f"{live_server}/perlu-diperiksa/{doc_id}")
    for _ in range(3):  # doc_type -> numbers -> title -> parties
        ActionChains(browser).send_keys(Keys.ARROW_DOWN).perform()
    assert browser.find_element(By.CSS_SELECTOR, ".field.active").get_attribute("data-name") == "parties"
    navigate(browser, lambda: ActionChains(browser).send_keys("e").perform())
    assert browser.current_url.endswith(f"/perlu-diperiksa/{doc_id}/ubah/parties")
    rows = browser.find_elements(By.CSS_SELECTOR, "#rows tbody tr.row:not(.template)")
    assert len(rows) == 2
    second = rows[1].find_element(By.NAME, "institution")
    second.clear()
    second.send_keys("Universitas Pakuan Bogor")
    rows[1].find_element(By.NAME, "signatory").send_keys("Prof. Didik")
    browser.find_element(By.ID, "add-row").click()
    added = browser.find_elements(By.CSS_SELECTOR, "#rows tbody tr.row:not(.template)")[2]
    added.find_element(By.NAME, "role").send_keys("PIHAK KETIGA")
    added.find_element(By.NAME, "institution").send_keys("PT Bank Jabar Banten")
    added.find_element(By.CSS_SELECTOR, "button.up").click()  # now second
    rows[0].find_element(By.CSS_SELECTOR, "button.remove").click()  # the first row goes
    browser.save_screenshot(str(tmp_path / "rows.png"))
    navigate(browser, browser.find_element(By.ID, "save").click)
    assert browser.current_url.endswith(f"/perlu-diperiksa/{doc_id}?kolom=parties")
    assert browser.find_element(By.CSS_SELECTOR, ".field.active").get_attribute("data-name") == "parties"
    agreement = browser.execute_async_script(
        "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.json()).then(arguments[1]);",
        f"{live_server}/api/agreements/{doc_id}")
    assert agreement["parties"] == [
        {"role": "PIHAK KETIGA", "institution": "PT Bank Jabar Banten", "signatory": None, "position": None},
        {"role": "PIHAK KEDUA", "institution": "Universitas Pakuan Bogor", "signatory": "Prof. Didik",
         "position": None}]
    assert agreement["review"]["fields"]["parties"]["state"] == "corrected"

    browser.get(f"{live_server}/perlu-diperiksa/{doc_id}/ubah/end_date")
    box = browser.find_element(By.ID, "value")
    box.clear()
    box.send_keys("16/5/2029")
    _wait(browser, lambda d: d.find_element(By.ID, "echo").text == "Dipahami: Rabu, 16 Mei 2029")
    assert browser.find_element(By.ID, "picker").get_attribute("value") == "2029-05-16"
    box.clear()
    box.send_keys("31 Februari 2024")
    _wait(browser, lambda d: "bukan tanggal yang ada" in d.find_element(By.ID, "echo").text)
    navigate(browser, lambda: box.send_keys(Keys.ENTER))
    assert "Tanggal berakhir: 31 Februari 2024 bukan tanggal yang ada" in browser.find_element(By.ID, "form-error").text


def test_delete_asks_first_and_batalkan_brings_it_back(offline_env, live_server, browser):
    from selenium.webdriver.common.by import By

    doc_id = add_agreement(offline_env, facts(title="Jangan Terhapus"), ["Halaman"])
    make_user(offline_env, "kepala", "admin")
    _login(browser, live_server, "kepala")
    browser.get(f"{live_server}/perjanjian/{doc_id}")
    browser.find_element(By.CSS_SELECTOR, "button.danger").click()
    _wait(browser, lambda d: d.switch_to.alert).dismiss()  # "Batal" in the question: nothing happens
    assert browser.current_url.endswith(f"/perjanjian/{doc_id}")
    button = browser.find_element(By.CSS_SELECTOR, "button.danger")

    def delete_and_accept():
        button.click()
        _wait(browser, lambda d: d.switch_to.alert).accept()

    navigate(browser, delete_and_accept)
    undo = browser.find_element(By.CSS_SELECTOR, "form.flash-undo")
    assert f"Dokumen {doc_id} dihapus." in undo.text
    navigate(browser, undo.find_element(By.TAG_NAME, "button").click)
    assert browser.current_url.endswith(f"/perjanjian/{doc_id}")
    assert "Jangan Terhapus" in browser.find_element(By.TAG_NAME, "h1").text
