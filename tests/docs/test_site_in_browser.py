"""The built site in a real browser (Debian's chromium through selenium), served from 127.0.0.1.

Home page, a resource page, and the site search finding ``snapshot``; a screenshot of the
search results is saved under the test's temporary folder. Chromium comes from ``make browser``
(part of ``make setup``); without it this test skips, saying so.
"""

from __future__ import annotations

import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest

CHROMIUM = shutil.which("chromium")
CHROMEDRIVER = shutil.which("chromedriver")
pytestmark = [
    pytest.mark.xdist_group("docs-site"),  # one browser, beside the site tests
    pytest.mark.skipif(
        CHROMIUM is None or CHROMEDRIVER is None,
        reason="chromium and chromium-driver are not installed: `make browser` installs them (Debian, as root)",
    ),
]
_WAIT = 60  # seconds: the search index of every page is loaded and indexed in the browser first


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def site_url(built_site: Path) -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(built_site)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    driver = webdriver.Chrome(options=options, service=Service(executable_path=str(CHROMEDRIVER)))
    driver.set_page_load_timeout(_WAIT)
    try:
        yield driver
    finally:
        driver.quit()


def test_home_page(browser, site_url: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(site_url + "/")
    assert browser.title.startswith("hfhub")
    assert browser.find_element(By.CSS_SELECTOR, "article h1").text == "hfhub"
    nav = browser.find_element(By.CSS_SELECTOR, "nav.md-nav--primary").get_attribute("textContent")
    for title in ("Quick start", "Files and the cache", "Hub API", "Errors"):
        assert title in nav


def test_a_resource_page(browser, site_url: str) -> None:
    from selenium.webdriver.common.by import By

    browser.get(site_url + "/reference/hub/models/")
    assert browser.find_element(By.CSS_SELECTOR, "article h1").text == "models"
    section = browser.find_element(By.ID, "list_refs")
    assert section.tag_name == "h2"
    article = browser.find_element(By.CSS_SELECTOR, "article").text
    assert "GET /api/models/{namespace}/{repo}/refs" in article
    assert "def list_refs(" in article and 'hub.models.list_refs("openai-community/gpt2")' in article
    link = browser.find_element(By.CSS_SELECTOR, 'a[href$="shared/#ListRefsResponse"]')
    link.click()
    assert browser.current_url.endswith("/reference/models/shared/#ListRefsResponse")
    assert browser.find_element(By.ID, "ListRefsResponse").is_displayed()


def test_search_finds_snapshot(browser, site_url: str, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ready
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get(site_url + "/")
    field = WebDriverWait(browser, _WAIT).until(ready.element_to_be_clickable((By.CSS_SELECTOR, "input.md-search__input")))
    field.click()
    field.send_keys("snapshot")
    results = WebDriverWait(browser, _WAIT).until(
        ready.visibility_of_all_elements_located((By.CSS_SELECTOR, "li.md-search-result__item"))
    )
    texts = [r.text.lower() for r in results]
    assert any("snapshot" in t for t in texts), texts
    hrefs = [a.get_attribute("href") or "" for a in browser.find_elements(By.CSS_SELECTOR, "li.md-search-result__item a")]
    assert any("/guides/files/" in h for h in hrefs), hrefs
    shot = tmp_path / "search-snapshot.png"
    assert browser.save_screenshot(str(shot))
    assert shot.read_bytes().startswith(b"\x89PNG") and shot.stat().st_size > 10_000
