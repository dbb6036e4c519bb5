"""The HTML reader view in a real browser: headless Chromium from the Debian packages, driven by
Selenium through the system chromedriver (no browser is downloaded at run time).

Skipped with a message when Chromium is not installed, except when CLAIMX_REQUIRE_BROWSER=1
(set by .ci/run, which installs it): there a missing browser fails the suite. Screenshots go to
out/ for people to look at.
"""
import os
import shutil
from pathlib import Path

import pytest

import claimx
from claimx.models import to_dict
from claimx.writers import open_writer

pytestmark = pytest.mark.browser

OUT = Path(__file__).resolve().parent.parent / "out"
ARTICLE = ("<script>window.__claimx_pwned = 1</script> City Hall, Monday.\n\n"
           "The mayor, Anna Berg, said on Monday that the bridge was safe. \"We checked every bolt,\" she said.\n\n"
           "The council denied that the bridge was safe. <img src=x onerror=\"window.__claimx_pwned = 2\"> "
           "It said last week that cracks had been found.\n")
SECOND = "Tom Hale said on Friday that the ferry would run again in May.\n"


def _browser_paths():
    chromium = next((p for p in (shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome")) if p), None)
    return chromium, shutil.which("chromedriver")


@pytest.fixture(scope="module")
def driver():
    chromium, chromedriver = _browser_paths()
    if not (chromium and chromedriver):
        message = "headless Chromium is not installed (apt-get install -y chromium chromium-driver)"
        if os.environ.get("CLAIMX_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--disable-background-networking", "--no-first-run", "--disable-extensions"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    browser = webdriver.Chrome(service=Service(chromedriver), options=options)
    yield browser
    browser.quit()


@pytest.fixture(scope="module")
def page(tmp_path_factory):
    results = [(to_dict(claimx.extract(ARTICLE, date="2024-03-05", id="bridge.txt")), ARTICLE),
               ({"schema_version": 2, "id": "broken.txt", "error": {"code": "binary", "message": "<b>not text</b>"}}, None),
               (to_dict(claimx.extract(SECOND, date="2024-03-05", id="ferry.txt")), SECOND)]
    path = tmp_path_factory.mktemp("html") / "run.html"
    writer = open_writer("html", str(path))
    for result, text in results:
        writer.write(result, text)
    writer.finish()
    return path, [r for r, _ in results]


def _errors(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


def test_page_loads_offline_without_errors_and_marks_each_claim(driver, page):
    path, results = page
    driver.get(path.as_uri())
    assert _errors(driver) == []
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0  # no requests
    claims = [(r["id"], c["id"], c["kind"]) for r in results if "claims" in r for c in r["claims"]]
    marks = driver.find_elements("css selector", "article.doc .text [data-claim-id]")
    items = driver.find_elements("css selector", "article.doc li.claim")
    assert len(marks) == len(items) == len(claims)
    seen = [(m.find_element("xpath", "ancestor::article").get_attribute("data-doc-id"), m.get_attribute("data-claim-id"),
             m.get_attribute("data-kind")) for m in marks]
    assert sorted(seen) == sorted(claims)
    assert "Not processed: binary: <b>not text</b>" in driver.find_element("tag name", "main").text
    assert driver.find_element("css selector", "#index").text.count("\n") > 3
    OUT.mkdir(exist_ok=True)
    driver.save_screenshot(str(OUT / "html-view.png"))


def test_injected_markup_stays_text(driver, page):
    path, _ = page
    driver.get(path.as_uri())
    assert driver.execute_script("return window.__claimx_pwned === undefined")
    text = driver.find_element("css selector", "article.doc .text").text
    assert "<script>window.__claimx_pwned = 1</script>" in text and "<img src=x onerror=" in text
    assert driver.find_elements("css selector", "article.doc .text script, article.doc .text img") == []


def test_selecting_a_denial_highlights_the_claim_it_answers(driver, page):
    path, results = page
    denial = next(c for c in results[0]["claims"] if c["kind"] == "denial")
    assert denial["responds_to"]
    driver.get(path.as_uri())
    driver.find_element("css selector", f'.text [data-claim-id="{denial["id"]}"]').click()
    targets = driver.find_elements("css selector", ".target")
    assert {t.get_attribute("data-claim-id") for t in targets} == {denial["responds_to"]}
    details = driver.find_element("id", "details")
    assert details.is_displayed() and "DENIAL" in details.text and "answers" in details.text
    target = next(c for c in results[0]["claims"] if c["id"] == denial["responds_to"])
    assert f'{target["id"]}: \u201c{target["content"]["text"]}' in details.text
    OUT.mkdir(exist_ok=True)
    driver.save_screenshot(str(OUT / "html-view-denial.png"))
    assert _errors(driver) == []


def test_keyboard_moves_from_claim_to_claim(driver, page):
    path, results = page
    driver.get(path.as_uri())
    body = driver.find_element("tag name", "body")
    body.send_keys("j")
    first = driver.switch_to.active_element
    assert first.get_attribute("data-claim-id") == "c1"
    driver.switch_to.active_element.send_keys("j")
    assert driver.switch_to.active_element.get_attribute("data-claim-id") == "c2"
    driver.switch_to.active_element.send_keys("k")
    assert driver.switch_to.active_element.get_attribute("data-claim-id") == "c1"
    assert driver.find_element("id", "details").is_displayed()
    assert _errors(driver) == []


def test_archive_index_links_to_pages_that_load(driver, page, tmp_path):
    _, results = page
    folder = tmp_path / "site"
    writer = open_writer("html", str(folder) + "/")
    for result, text in zip(results, (ARTICLE, None, SECOND)):
        writer.write(result, text)
    writer.finish()
    driver.get((folder / "index.html").as_uri())
    assert "error binary" in driver.find_element("tag name", "main").text
    driver.find_element("link text", "bridge.txt").click()
    assert driver.current_url.endswith("docs/00001-bridge.html")
    assert len(driver.find_elements("css selector", ".text [data-claim-id]")) == len(results[0]["claims"])
    assert _errors(driver) == []
