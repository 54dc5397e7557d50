"""The review application through FastAPI's TestClient: access, CSRF, queue, actions, audit.

Each test works on its own copy of a database made by the real pipeline (conftest.py).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys

from sqlalchemy import select
from sqlalchemy.orm import Session

from review import authenticate
from woondossier.schema import ApplicationRow, AuditRow, CheckRow, CorrectionRow, FieldRow, ReviewStateRow
from woondossier.store import Store

from tests.conftest import ROOT
from tests.review.conftest import ANALYST, csrf_token, log_in


def _audit(db_url: str, application_id: str | None = None) -> list[AuditRow]:
    with Session(Store(db_url).engine) as session:
        query = select(AuditRow).order_by(AuditRow.id)
        if application_id:
            query = query.where(AuditRow.application_id == application_id)
        return list(session.scalars(query))


def run_cli(*args: str, input_text: str) -> subprocess.CompletedProcess:
    """`woondossier ARGS` in its own process, with `input_text` on stdin."""
    return subprocess.run(
        [sys.executable, "-m", "woondossier.cli", *args], input=input_text, capture_output=True, text=True, timeout=120, cwd=ROOT
    )


def _queue_ids(html: str) -> list[str]:
    return re.findall(r'<a href="/applications/([^"]+)">', html)


# --- access -------------------------------------------------------------------------------


def test_no_page_without_login(client):
    for path in ("/", "/applications/OH-2026-002", "/applications/OH-2026-002/page.png?file=gba.pdf&page=1"):
        response = client.get(path)
        assert response.status_code == 303 and response.headers["location"].startswith("/login?next=")


def test_an_anonymous_post_is_refused_and_changes_nothing(client, db_url):
    for action, data in (("override", {"decision": "pass", "note": "x"}), ("handled", {}), ("correct", {"key": "a|0|b", "value": "1"})):
        assert client.post(f"/applications/OH-2026-002/{action}", data=data).status_code == 403
    with Session(Store(db_url).engine) as session:
        assert session.get(ReviewStateRow, "OH-2026-002") is None
    assert _audit(db_url) == []


def test_login_with_a_wrong_password_fails_and_is_logged(client, db_url):
    response = log_in(client, password="wrong password!")
    assert response.status_code == 401 and "verkeerd wachtwoord" in response.text
    assert client.get("/").status_code == 303
    assert [(a.user, a.action) for a in _audit(db_url)] == [(ANALYST, "login_failed")]


def test_login_opens_the_queue_and_is_logged(client, db_url):
    response = log_in(client)
    assert response.status_code == 303 and response.headers["location"] == "/"
    assert client.get("/").status_code == 200
    assert [(a.user, a.action) for a in _audit(db_url)] == [(ANALYST, "login")]


def test_a_tampered_session_cookie_is_not_a_login(analyst):
    cookie = analyst.cookies.get("woondossier_session")
    analyst.cookies.set("woondossier_session", cookie[:-4] + ("AAAA" if not cookie.endswith("AAAA") else "BBBB"))
    assert analyst.get("/").status_code == 303


def test_login_itself_needs_the_csrf_token(client):
    client.get("/login")
    response = client.post("/login", data={"username": ANALYST, "password": "correct horse battery"})
    assert response.status_code == 403
    assert client.get("/").status_code == 303


def test_a_post_without_or_with_a_wrong_csrf_token_is_refused(analyst, db_url):
    before = len(_audit(db_url))
    assert analyst.post("/applications/OH-2026-002/handled").status_code == 403
    assert analyst.post("/applications/OH-2026-002/handled", data={"csrf_token": "forged"}).status_code == 403
    with Session(Store(db_url).engine) as session:
        assert session.get(ReviewStateRow, "OH-2026-002") is None
    assert len(_audit(db_url)) == before


def test_logout_ends_the_session(analyst):
    token = csrf_token(analyst.get("/").text)
    assert analyst.post("/logout", data={"csrf_token": token}).status_code == 303
    assert analyst.get("/").status_code == 303


def test_users_add_from_the_command_line(db_url):
    done = run_cli("users", "add", "m.jansen", "--db", db_url, "--password-stdin", input_text="een lang wachtwoord\n")
    assert done.returncode == 0, done.stderr
    engine = Store(db_url).engine
    assert authenticate(engine, "m.jansen", "een lang wachtwoord") == "m.jansen"
    assert authenticate(engine, "m.jansen", "een ander wachtwoord") is None
    again = run_cli("users", "add", "m.jansen", "--db", db_url, "--password-stdin", input_text="nog een wachtwoord\n")
    assert again.returncode == 1 and "exists already" in again.stderr
    short = run_cli("users", "add", "k.bakker", "--db", db_url, "--password-stdin", input_text="kort\n")
    assert short.returncode == 1 and "too short" in short.stderr


# --- queue ----------------------------------------------------------------------------------


def test_the_queue_holds_what_needs_action_oldest_first_with_counts(analyst):
    html = analyst.get("/").text
    ids = _queue_ids(html)
    assert set(ids) == {"OH-2026-002", "OH-2026-004", "HB-2026-008", "MH-2026-003"}  # OH-2026-001 passed
    dates = re.findall(r"<td>(\d{4}-\d\d-\d\d)</td>", html)
    assert dates == sorted(dates) and len(dates) == 4
    counts = dict(re.findall(r'data-count="(\w+)">(\d+)<', html))
    assert counts == {"fail": "2", "incomplete": "1", "review": "1"}


def test_queue_filters(analyst):
    assert _queue_ids(analyst.get("/?decision=incomplete").text) == ["OH-2026-004"]
    assert _queue_ids(analyst.get("/?type=huisbewaring").text) == ["HB-2026-008"]
    assert _queue_ids(analyst.get("/?check=room_rent_within_cap").text) == ["OH-2026-002"]
    assert set(_queue_ids(analyst.get("/?corporation=woonopmaat").text)) == {"MH-2026-003"}
    assert _queue_ids(analyst.get("/?decision=fail&type=onderhuur").text) == ["OH-2026-002"]


def test_queue_date_filter(analyst, db_url):
    with Session(Store(db_url).engine) as session:
        dates = dict(session.execute(select(ApplicationRow.application_id, ApplicationRow.submitted_on)).all())
    pivot = sorted(dates[a] for a in ("OH-2026-002", "OH-2026-004", "HB-2026-008", "MH-2026-003"))[1]
    later = _queue_ids(analyst.get(f"/?since={pivot.isoformat()}").text)
    earlier = _queue_ids(analyst.get(f"/?until={pivot.isoformat()}").text)
    assert later and earlier
    assert all(dates[a] >= pivot for a in later) and all(dates[a] <= pivot for a in earlier)
    assert set(later) | set(earlier) == {"OH-2026-002", "OH-2026-004", "HB-2026-008", "MH-2026-003"}


# --- the application page ----------------------------------------------------------------


def test_application_page_shows_checks_fields_and_boxes_on_rendered_pages(analyst):
    html = analyst.get("/applications/OH-2026-002").text
    assert 'id="check-room_rent_within_cap" class="check fail"' in html
    assert "room_rent" in html and "520.00" in html
    rects = re.findall(r'<rect class="field" data-field="([^"]+)" x="([\d.]+)" y="([\d.]+)"', html)
    assert any(name.endswith("-room_rent") for name, _, _ in rects)
    assert re.search(r'<rect class="evidence" data-check="room_rent_within_cap"', html)
    images = re.findall(r'<img src="(/applications/OH-2026-002/page.png\?file=[^"]+)"', html)
    assert len(images) >= 2
    png = analyst.get(images[0].replace("&amp;", "&"))
    assert png.status_code == 200 and png.headers["content-type"] == "image/png" and png.content[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_photo_is_rendered_and_low_confidence_is_marked(analyst):
    html = analyst.get("/applications/HB-2026-008").text
    (src,) = re.findall(r'<img src="([^"]+IMG_3310.jpg[^"]*)"', html)
    assert analyst.get(src.replace("&amp;", "&")).content[:4] == b"\x89PNG"
    confidences = [float(c) for c in re.findall(r'<td class="confidence">([\d.]+)', html)]
    assert confidences
    assert html.count('<span class="low">laag</span>') == sum(c < 0.80 for c in confidences)


def test_bsns_are_masked_until_revealed_and_revealing_is_logged(analyst, db_url):
    with Session(Store(db_url).engine) as session:
        bsn_rows = session.scalars(select(FieldRow).where(FieldRow.application_id == "MH-2026-003", FieldRow.name == "bsn")).all()
    (bsn_row,) = bsn_rows
    bsn = json.loads(bsn_row.value_json)
    html = analyst.get("/applications/MH-2026-003").text
    assert bsn not in html and f"******{bsn[-3:]}" in html
    key = f"{bsn_row.file}|{bsn_row.document_index}|bsn"
    token = csrf_token(html)
    assert analyst.post("/applications/MH-2026-003/reveal", data={"csrf_token": token, "key": key}).status_code == 303
    assert bsn in analyst.get("/applications/MH-2026-003").text
    assert bsn not in analyst.get("/applications/OH-2026-002").text  # revealed for this field only
    (row,) = [a for a in _audit(db_url, "MH-2026-003") if a.action == "reveal_bsn"]
    assert row.user == ANALYST and "bsn" in row.target
    assert all(bsn not in (a.target or "") + (a.before or "") + (a.after or "") for a in _audit(db_url))


# --- actions --------------------------------------------------------------------------------


def _field_key(db_url: str, application_id: str, name: str) -> str:
    with Session(Store(db_url).engine) as session:
        row = session.scalar(select(FieldRow).where(FieldRow.application_id == application_id, FieldRow.name == name))
    return f"{row.file}|{row.document_index}|{name}"


def _statuses(db_url: str, application_id: str) -> dict[str, str]:
    with Session(Store(db_url).engine) as session:
        return dict(session.execute(select(CheckRow.check_id, CheckRow.status).where(CheckRow.application_id == application_id)).all())


def test_correcting_a_field_re_runs_the_checks_and_stores_the_new_decision(analyst, db_url):
    before = _statuses(db_url, "OH-2026-002")
    key = _field_key(db_url, "OH-2026-002", "room_rent")
    token = csrf_token(analyst.get("/applications/OH-2026-002").text)
    response = analyst.post("/applications/OH-2026-002/correct", data={"csrf_token": token, "key": key, "value": "250,00"})
    assert response.status_code == 303
    page = analyst.get(response.headers["location"]).text
    assert "besluit fail → pass" in page and 'id="decision">pass<' in page
    with Session(Store(db_url).engine) as session:
        app = session.get(ApplicationRow, "OH-2026-002")
        assert app.decision == "pass" and json.loads(app.result_json)["decision"] == "pass"
        check = session.get(CheckRow, ("OH-2026-002", "room_rent_within_cap"))
        assert check.status == "pass"
        field = session.scalar(select(FieldRow).where(FieldRow.application_id == "OH-2026-002", FieldRow.name == "room_rent"))
        assert json.loads(field.value_json) == "250.00" and field.confidence == 1.0
        (correction,) = session.scalars(select(CorrectionRow)).all()
        assert (json.loads(correction.before_json), json.loads(correction.after_json), correction.user) == ("520.00", "250.00", ANALYST)
    assert _statuses(db_url, "OH-2026-002") == {**before, "room_rent_within_cap": "pass"}  # the rest as the pipeline had them
    (audit,) = [a for a in _audit(db_url, "OH-2026-002") if a.action == "correct_field"]
    assert audit.user == ANALYST and "520.00" in audit.before and "fail" in audit.before
    assert "250.00" in audit.after and "pass" in audit.after
    assert "OH-2026-002" not in _queue_ids(analyst.get("/").text)


def test_a_correction_that_makes_things_worse_is_re_evaluated_too(analyst, db_url):
    key = _field_key(db_url, "OH-2026-002", "room_rent")
    token = csrf_token(analyst.get("/applications/OH-2026-002").text)
    analyst.post("/applications/OH-2026-002/correct", data={"csrf_token": token, "key": key, "value": "250.00"})
    analyst.post("/applications/OH-2026-002/correct", data={"csrf_token": token, "key": key, "value": "900.00"})
    with Session(Store(db_url).engine) as session:
        assert session.get(ApplicationRow, "OH-2026-002").decision == "fail"
    assert [a.action for a in _audit(db_url, "OH-2026-002")] == ["correct_field", "correct_field"]


def test_an_invalid_correction_is_refused_and_changes_nothing(analyst, db_url):
    key = _field_key(db_url, "OH-2026-002", "room_rent")
    token = csrf_token(analyst.get("/applications/OH-2026-002").text)
    response = analyst.post("/applications/OH-2026-002/correct", data={"csrf_token": token, "key": key, "value": "veel"})
    assert "not an amount" in analyst.get(response.headers["location"]).text
    with Session(Store(db_url).engine) as session:
        assert session.get(ApplicationRow, "OH-2026-002").decision == "fail"
    assert _audit(db_url, "OH-2026-002") == []


def test_an_override_needs_a_note(analyst, db_url):
    token = csrf_token(analyst.get("/applications/OH-2026-004").text)
    response = analyst.post("/applications/OH-2026-004/override", data={"csrf_token": token, "decision": "pass", "note": "  "})
    assert "needs a note" in analyst.get(response.headers["location"]).text
    with Session(Store(db_url).engine) as session:
        assert session.get(ReviewStateRow, "OH-2026-004") is None
    assert _audit(db_url, "OH-2026-004") == []


def test_an_override_with_a_note_is_stored_shown_and_logged(analyst, db_url):
    token = csrf_token(analyst.get("/applications/OH-2026-004").text)
    note = "Contract per post ontvangen en gecontroleerd."
    response = analyst.post("/applications/OH-2026-004/override", data={"csrf_token": token, "decision": "pass", "note": note})
    page = analyst.get(response.headers["location"]).text
    assert note in page and 'id="decision">pass<' in page
    with Session(Store(db_url).engine) as session:
        state = session.get(ReviewStateRow, "OH-2026-004")
        assert (state.override_decision, state.override_note, state.override_by) == ("pass", note, ANALYST)
        assert session.get(ApplicationRow, "OH-2026-004").decision == "incomplete"  # the pipeline's stays
    (audit,) = _audit(db_url, "OH-2026-004")
    assert (audit.action, audit.before, audit.after, audit.note, audit.user) == ("override", "incomplete", "pass", note, ANALYST)
    assert "OH-2026-004" not in _queue_ids(analyst.get("/").text)


def test_marking_handled_takes_it_out_of_the_queue(analyst, db_url):
    token = csrf_token(analyst.get("/applications/HB-2026-008").text)
    analyst.post("/applications/HB-2026-008/handled", data={"csrf_token": token})
    assert "HB-2026-008" not in _queue_ids(analyst.get("/").text)
    assert _queue_ids(analyst.get("/?handled=1").text) == ["HB-2026-008"]
    (audit,) = _audit(db_url, "HB-2026-008")
    assert (audit.action, audit.user, audit.before, audit.after) == ("handled", ANALYST, "open", "handled")
    page = analyst.get("/applications/HB-2026-008").text
    assert "afgehandeld door analist" in page and '<td>handled</td>' in page


def _box_brightness(png: bytes, box, page_width: float) -> float:
    from PIL import Image, ImageStat

    image = Image.open(io.BytesIO(png)).convert("L")
    scale = image.width / page_width
    x0, top, x1, bottom = (v * scale for v in box)
    return ImageStat.Stat(image.crop((round(x0), round(top), round(x1), round(bottom)))).mean[0]


def test_bsns_on_the_page_image_are_blacked_out_until_revealed(analyst, review_inbox):
    import pdfplumber

    with pdfplumber.open(review_inbox / "OH-2026-002" / "gba.pdf") as pdf:
        page = pdf.pages[0]
        (word,) = [w for w in page.extract_words() if re.fullmatch(r"\d{9}", w["text"])]
        box, width = (word["x0"], word["top"], word["x1"], word["bottom"]), page.width
    url = "/applications/OH-2026-002/page.png?file=gba.pdf&page=1"
    assert _box_brightness(analyst.get(url).content, box, width) < 30  # black
    token = csrf_token(analyst.get("/applications/OH-2026-002").text)
    analyst.post("/applications/OH-2026-002/reveal", data={"csrf_token": token, "key": "gba.pdf|0|persons"})
    assert word["text"] in analyst.get("/applications/OH-2026-002").text
    assert _box_brightness(analyst.get(url).content, box, width) > 120  # dark digits on white paper


def test_the_review_command_serves_the_login_page(db_url, tmp_path):
    import socket
    import time

    import httpx

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "woondossier.cli", "review", "--db", db_url, "--port", str(port), "--state-dir", str(tmp_path / "state")],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline, response = time.monotonic() + 60, None
        while time.monotonic() < deadline and server.poll() is None:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/", follow_redirects=False)
                break
            except httpx.TransportError:
                time.sleep(0.2)
        assert response is not None, server.stderr.read() if server.poll() is not None else "no answer in 60 s"
        assert response.status_code == 303 and response.headers["location"] == "/login?next=%2F"
        assert 'name="password"' in httpx.get(f"http://127.0.0.1:{port}/login").text
    finally:
        server.terminate()
        server.wait(timeout=10)


def test_the_review_command_refuses_a_missing_inbox(db_url):
    done = subprocess.run(
        [sys.executable, "-m", "woondossier.cli", "review", "--db", db_url, "--inbox", "/nonexistent/inbox"],
        capture_output=True, text=True, timeout=60, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 2 and "inbox folder not found" in done.stderr
