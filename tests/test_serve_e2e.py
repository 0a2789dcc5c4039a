"""End-to-end: start the explorer, drive Debian's Chromium through every page with Playwright, check content,
right-to-left Arabic, that nothing is fetched from elsewhere and no script runs from stored text; save screenshots
under artifacts/screenshots/. Skips when Chromium or Playwright is absent (scripts/setup_browser_tests.sh installs
them)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("Debian chromium is not installed (run scripts/setup_browser_tests.sh)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
uvicorn = pytest.importorskip("uvicorn")

from hadath.serve.app import create_app

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
SHOTS = Path(__file__).resolve().parents[1] / "artifacts" / "screenshots"
from conftest import build_store  # noqa: E402  (shared with the API test)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = build_store(tmp_path_factory)
    app = create_app(str(db))
    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    t = threading.Thread(target=srv.run, daemon=True)
    t.start()
    deadline = time.monotonic() + 15
    while not srv.started:
        assert time.monotonic() < deadline, "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}", app
    srv.should_exit = True
    t.join(5)
    app.state.con.close()


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser, server):
    """A page that refuses any request leaving the server and records dialogs, script errors and CSP reports."""
    base, _ = server
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ar")
    pg = ctx.new_page()
    pg.problems = []
    pg.outside = []

    def route(r):
        if r.request.url.startswith(base + "/"):
            r.continue_()
        else:
            pg.outside.append(r.request.url)
            r.abort()

    pg.route("**/*", route)
    pg.on("dialog", lambda d: (pg.problems.append("dialog: " + d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.problems.append(f"page error: {e}"))
    pg.on("console", lambda m: m.type == "error" and pg.problems.append("console: " + m.text))
    pg.set_default_timeout(10_000)
    yield pg
    assert pg.outside == [], f"requests left the machine: {pg.outside}"
    assert pg.problems == [], pg.problems
    ctx.close()


def shot(pg, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    pg.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def test_walk_every_page(page, server):
    base, app = server
    cur = app.state.con.cursor()
    n_docs = cur.execute("SELECT count(*) FROM documents").fetchone()[0]
    rich = cur.execute("SELECT e.doc_id FROM events e JOIN entities a ON a.event_id = e.id AND a.role = 'actor' "
                       "JOIN entities r ON r.event_id = e.id AND r.role = 'recipient' WHERE e.factual "
                       "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1").fetchone()[0]
    hostile = cur.execute("SELECT id FROM documents WHERE source = 'test-source'").fetchone()[0]
    cur.close()

    page.goto(base + "/")
    assert page.locator("#n-docs").inner_text() == str(n_docs)
    shot(page, "01-overview")

    page.goto(base + "/timeline")
    page.wait_for_selector("#timeline[data-ready]")
    assert page.locator("#timeline svg rect.bar").count() > 0
    assert "material conflict" in page.locator("#timeline-legend").inner_text()
    shot(page, "02-timeline")
    page.select_option("#tl-by", "event")
    page.locator("#timeline-legend", has_text="ASSAULT").wait_for()
    page.locator("#timeline svg rect.bar").first.click()
    page.wait_for_url("**/events?*")
    assert page.locator("#events tbody tr").count() >= 1

    page.goto(base + "/dyads")
    rows = page.locator("#dyads tbody tr")
    assert rows.count() > 5 and page.locator("#dyads svg.bar rect").count() > 0
    shot(page, "03-dyads")

    page.goto(base + "/map")
    page.wait_for_selector("#map[data-ready]")
    assert page.locator("#map svg path.land").count() > 150
    assert page.locator("#map svg circle").count() >= 3
    assert "بغداد" in page.locator("#map-places").inner_text()
    shot(page, "04-map")
    page.check("#map-world")
    shot(page, "04-map-world")

    page.goto(base + "/events")
    assert page.locator("#events tbody tr").count() == 50
    page.select_option("select[name=quad]", "4")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**quad=4**")
    quads = page.locator("#events tbody .quad").all_inner_texts()
    assert quads and set(quads) == {"4"}
    assert page.locator("#events td.sentence").first.get_attribute("dir") == "rtl"
    shot(page, "05-events")

    page.goto(base + f"/article/{rich}")
    art = page.locator("article#article")
    assert art.get_attribute("dir") == "rtl" and art.get_attribute("lang") == "ar"
    assert page.evaluate("getComputedStyle(document.querySelector('#article')).direction") == "rtl"
    for cls in ("actor", "event", "target"):
        assert page.locator(f"#article mark.{cls}").count() >= 1, cls
    shot(page, "06-article")
    page.locator(".evlist li a").first.click()
    page.wait_for_url("**event=**")
    assert page.locator(".evlist li.focus").count() == 1
    shot(page, "06-article-one-event")

    page.goto(base + f"/article/{hostile}")
    text = art.inner_text()
    assert "<script>alert('x')</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert page.locator("article script, article img, article b").count() == 0
    assert "<script>alert('title')</script>" in page.title()
    shot(page, "07-article-hostile")

    page.goto(base + "/monitor")
    page.wait_for_selector("#monitor[data-ready]")
    assert "events" in page.locator("#monitor-summary").inner_text()
    assert page.locator("#monitor svg rect.bar").count() >= 1
    assert page.locator("#monitor-table tbody tr").count() >= 1
    shot(page, "08-monitor")
    page.select_option("#a-code", "SAU")
    page.wait_for_url("**a=SAU**")
    page.select_option("#b-code", "QAT")
    page.wait_for_url("**b=QAT**")
    page.wait_for_selector("#monitor[data-ready]")
    assert page.locator("#monitor-summary").inner_text().startswith("SAU ↔ QAT")
    shot(page, "08-monitor-sau-qat")

    page.goto(base + "/stories")
    assert page.locator("#stories").count() == 1
    shot(page, "09-stories")
