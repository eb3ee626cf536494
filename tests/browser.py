"""Headless Chromium for the browser tests: Debian's chromium and chromium-driver, no downloads.

`serving(settings)` runs the real app (CSRF on) on a free port of 127.0.0.1 in a thread and yields its base URL.
`navigate(driver, action)` performs a click or submit and returns only once the next page has replaced the
old one and finished loading: WebDriver's click does not wait for the navigation it starts, so reading the
page straight after it can see the old page (or none).
"""
from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
WAIT_SECONDS = 30


@pytest.fixture
def browser(tmp_path):
    if not (shutil.which(CHROMIUM) and shutil.which(CHROMEDRIVER)):
        pytest.fail("Chromium is not installed: apt-get install chromium chromium-driver (make test does this)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--window-size=1280,1000",
                f"--user-data-dir={tmp_path / 'chromium-profile'}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(WAIT_SECONDS)
    yield driver
    driver.quit()


@contextmanager
def serving(settings) -> Iterator[str]:
    """The app of `settings` served on a free local port while the block runs; yields "http://127.0.0.1:PORT"."""
    from werkzeug.serving import make_server

    from models.meili_process import free_port
    from search_app import create_app

    server = make_server("127.0.0.1", free_port(), create_app(settings), threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


def _gone(element) -> bool:
    """Whether the page `element` belonged to has been replaced. Asked while the old document is being torn
    down, Chrome sometimes answers "Node with given id does not belong to the document" (an unknown error)
    instead of a stale element: that means gone too."""
    from selenium.common.exceptions import WebDriverException

    try:
        element.is_enabled()
    except WebDriverException:
        return True
    return False


def navigate(driver, action: Callable[[], object]) -> None:
    """Run `action` (a click or a submit that loads a new page) and wait until that page is loaded."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    old = driver.find_element(By.TAG_NAME, "html")
    action()
    wait = WebDriverWait(driver, WAIT_SECONDS)
    wait.until(lambda _driver: _gone(old))
    wait.until(lambda d: d.execute_script("return document.readyState") == "complete")
