"""The review application in a real browser: Debian's chromium driven by Playwright.

The app is served by uvicorn in a thread on a free port, over a copy of the test
database (conftest.py). One walk through an analyst's work: refused when anonymous,
log in, filter the queue, open an application, see a check's evidence lit on the page,
correct a misread field and see the decision change, override with a note.

Screenshots of the queue and the application page go to the folder named by
WOONDOSSIER_SCREENSHOTS (the README's come from `WOONDOSSIER_SCREENSHOTS=docs`),
else to the test's temporary folder. Playwright's own browsers are never downloaded.
"""

from __future__ import annotations

import os
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest
import uvicorn

from tests.review.conftest import ANALYST, PASSWORD

CHROMIUM = shutil.which("chromium")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="Debian's chromium is missing; scripts/setup.sh installs it as root")


@pytest.fixture
def base_url(app):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True)
        context = browser.new_context(viewport={"width": 1400, "height": 1000})
        context.set_default_timeout(60_000)  # the first page render of a file can take a while on a busy machine
        yield context.new_page()
        context.close()
        browser.close()


@pytest.fixture
def shots(tmp_path) -> Path:
    folder = Path(os.environ.get("WOONDOSSIER_SCREENSHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def test_an_analysts_work_in_the_browser(base_url, page, shots):
    from playwright.sync_api import expect

    # anonymous: every page sends to the login, a POST is refused
    page.goto(f"{base_url}/applications/OH-2026-002")
    expect(page).to_have_url(f"{base_url}/login?next=%2Fapplications%2FOH-2026-002")
    refused = page.request.post(f"{base_url}/applications/OH-2026-002/handled", form={"csrf_token": "x"})
    assert refused.status == 403

    # log in: back to the page asked for; then the queue
    page.fill("input[name=username]", ANALYST)
    page.fill("input[name=password]", PASSWORD)
    page.click("form.login button")
    expect(page).to_have_url(f"{base_url}/applications/OH-2026-002")
    page.goto(f"{base_url}/")
    rows = page.locator("table.queue tbody tr")
    expect(rows).to_have_count(4)
    page.screenshot(path=str(shots / "review-queue.png"), full_page=True)

    # filter: failing onderhuur applications
    page.select_option("select[name=decision]", "fail")
    page.select_option("select[name=type]", "onderhuur")
    page.click("form.filters button")
    expect(rows).to_have_count(1)
    expect(rows.first).to_contain_text("OH-2026-002")
    expect(rows.first).to_contain_text("room_rent_within_cap")

    # open it: pages rendered, fields boxed, the check's evidence lit when selected
    page.click("text=OH-2026-002")
    expect(page.locator("#decision")).to_have_text("fail")
    first_image = page.locator(".sheet img").first
    expect(first_image).to_be_visible()
    page.wait_for_function("() => [...document.querySelectorAll('.sheet img')].every(i => i.complete && i.naturalWidth > 0)")
    assert page.locator("rect.field").count() > 0
    lit = page.locator('rect.evidence[data-check="room_rent_within_cap"]')
    assert lit.count() > 0
    expect(lit.first).not_to_have_class("evidence on")
    page.click('a[data-check="room_rent_within_cap"]')
    expect(lit.first).to_have_class("evidence on")

    # correct the room rent: checks run again, the decision changes
    field = page.locator('input[data-name="room_rent"]')
    expect(field).to_have_value("520.00")
    field.fill("250.00")
    field.locator("xpath=following-sibling::button").click()
    expect(page.locator("p.message")).to_contain_text("fail → pass")
    expect(page.locator("#decision")).to_have_text("pass")
    expect(page.locator("#check-room_rent_within_cap")).to_have_class("check pass")
    expect(page.locator("table.audit")).to_contain_text("correct_field")
    page.click('a[data-check="room_rent_within_cap"]')
    page.evaluate("window.scrollTo(0, 0)")  # the decision, the checks and the contract page with its lit box
    page.screenshot(path=str(shots / "review-application.png"), full_page=False)

    # override with a note: shown on the page and in the log
    note = "Kamerhuur nagevraagd bij de huurder; contract volgt."
    page.select_option("form.override select[name=decision]", "review")
    page.fill("form.override textarea[name=note]", note)
    page.click("form.override button")
    expect(page.locator("#decision")).to_have_text("review")
    expect(page.locator("table.audit tbody tr").first).to_contain_text(note)
    expect(page.locator("#pipeline-decision")).to_have_text("pass")

    for name in ("review-queue.png", "review-application.png"):
        assert (shots / name).stat().st_size > 10_000


def _log_in(page, base_url: str, password: str) -> None:
    page.goto(f"{base_url}/login")
    page.fill("input[name=username]", ANALYST)
    page.fill("input[name=password]", password)
    page.click("form.login button")


def test_logout_ends_the_session_even_for_a_kept_cookie(base_url, page):
    from playwright.sync_api import expect

    _log_in(page, base_url, PASSWORD)
    expect(page).to_have_url(f"{base_url}/")
    kept = page.context.cookies()
    assert [c["name"] for c in kept] == ["woondossier_session"] and kept[0]["httpOnly"]
    page.click("form.logout button")
    expect(page).to_have_url(f"{base_url}/login")
    page.context.add_cookies(kept)  # the cookie from before logout, put back as a thief would
    page.goto(f"{base_url}/applications/OH-2026-002")
    expect(page).to_have_url(f"{base_url}/login?next=%2Fapplications%2FOH-2026-002")


def test_guessing_passwords_in_the_browser_is_throttled(base_url, page):
    from playwright.sync_api import expect

    from review.throttle import ACCOUNT_FREE

    for _ in range(ACCOUNT_FREE):
        _log_in(page, base_url, "wrong password!")
        expect(page.locator("p.error")).to_contain_text("verkeerd wachtwoord")
    _log_in(page, base_url, PASSWORD)  # the right one, too soon
    expect(page.locator("p.error")).to_contain_text("Te veel mislukte pogingen")
    page.goto(f"{base_url}/")
    expect(page).to_have_url(f"{base_url}/login?next=%2F")
