"""Issue 21: the review application tried as a hostile user would, one test per finding.

Sessions that end, a key outside the database, logins that cannot be guessed, pages
that tell the browser to keep nothing, and a page cache nobody else can plant in.
"""

from __future__ import annotations

import io
import json
import os
import stat
import subprocess
import sys
from base64 import b64encode
from datetime import datetime, timedelta, timezone

import pytest
from fastapi.testclient import TestClient
from itsdangerous import TimestampSigner
from PIL import Image
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from review import add_user, create_app
from review.keys import KEY_ENV, KEY_FILE, session_key
from review.throttle import ACCOUNT_FREE, ADDRESS_FREE, FIRST_WAIT, MAX_WAIT, record_failure, wait_before_login
from woondossier.errors import ReviewError
from woondossier.schema import ApplicationRow, AuditRow, FileRow, LoginFailureRow, ReviewSessionRow, ReviewStateRow, SettingRow, UserRow
from woondossier.store import Store

from tests.conftest import ROOT
from tests.review.conftest import ANALYST, PASSWORD, csrf_token, log_in

COOKIE = "woondossier_session"


def _audit(db_url: str) -> list[tuple[str, str, str | None]]:
    with Session(Store(db_url).engine) as session:
        return [(a.user, a.action, a.note) for a in session.scalars(select(AuditRow).order_by(AuditRow.id))]


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


# --- sessions ------------------------------------------------------------------------------


def test_a_cookie_kept_from_before_logout_reads_nothing_and_changes_nothing(analyst, db_url):
    kept = analyst.cookies.get(COOKIE)
    token = csrf_token(analyst.get("/").text)
    assert analyst.post("/logout", data={"csrf_token": token}).status_code == 303
    analyst.cookies.set(COOKIE, kept)  # the old cookie, replayed
    assert analyst.get("/").status_code == 303
    assert analyst.get("/applications/OH-2026-002").status_code == 303
    refused = analyst.post("/applications/OH-2026-002/override", data={"csrf_token": token, "decision": "pass", "note": "x"})
    assert refused.status_code == 403
    with Session(Store(db_url).engine) as session:
        assert session.get(ReviewStateRow, "OH-2026-002") is None
        assert session.scalars(select(ReviewSessionRow)).all() == []


def test_a_deleted_user_has_no_session(analyst, db_url):
    assert analyst.get("/").status_code == 200
    with Session(Store(db_url).engine) as session, session.begin():
        session.execute(delete(UserRow).where(UserRow.name == ANALYST))
    assert analyst.get("/").status_code == 303
    assert analyst.get("/applications/OH-2026-002/page.png?file=gba.pdf&page=1").status_code == 303


def test_a_cookie_forged_with_the_key_is_no_login_and_leaves_no_forged_name(client, db_url, tmp_path):
    key = (tmp_path / "state" / KEY_FILE).read_text().strip()

    def forged(session: dict) -> str:
        return TimestampSigner(key).sign(b64encode(json.dumps(session).encode())).decode()

    for session in ({"user": "mallory", "csrf": "x", "revealed": {}}, {"sid": "made-up-token", "csrf": "x"}):
        client.cookies.set(COOKIE, forged(session))
        assert client.get("/").status_code == 303
        response = client.post("/applications/OH-2026-002/handled", data={"csrf_token": "x"})
        assert response.status_code == 403
    assert all(user != "mallory" for user, _, _ in _audit(db_url))


@pytest.mark.parametrize("column", ["seen_at", "expires_at"])
def test_a_session_ends_when_idle_or_old(analyst, db_url, column):
    assert analyst.get("/").status_code == 200
    long_ago = datetime.now(timezone.utc) - timedelta(hours=9)
    with Session(Store(db_url).engine) as session, session.begin():
        session.execute(update(ReviewSessionRow).values({column: long_ago}))
    assert analyst.get("/").status_code == 303
    with Session(Store(db_url).engine) as session:
        assert session.scalars(select(ReviewSessionRow)).all() == []


def test_the_cookie_holds_a_token_whose_hash_alone_is_stored(analyst, db_url):
    with Session(Store(db_url).engine) as session:
        (row,) = session.scalars(select(ReviewSessionRow)).all()
    assert row.user == ANALYST
    assert row.id not in analyst.cookies.get(COOKIE) and row.csrf not in analyst.cookies.get(COOKIE)


# --- the key -------------------------------------------------------------------------------


def test_the_key_lives_in_a_private_file_not_in_the_database(app, db_url, tmp_path):
    state = tmp_path / "state"
    assert _mode(state) == 0o700 and _mode(state / KEY_FILE) == 0o600
    with Session(Store(db_url).engine) as session:
        assert session.get(SettingRow, "session_secret") is None
    assert session_key(state) == (state / KEY_FILE).read_text().strip()  # made once, then kept


def test_a_key_file_others_can_read_is_refused(tmp_path):
    state = tmp_path / "state"
    session_key(state)
    os.chmod(state / KEY_FILE, 0o644)
    with pytest.raises(ReviewError, match="can be read by others"):
        session_key(state)


def test_the_key_from_the_environment_makes_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv(KEY_ENV, "k" * 48)
    assert session_key(tmp_path / "state") == "k" * 48
    assert not (tmp_path / "state" / KEY_FILE).exists()
    monkeypatch.setenv(KEY_ENV, "short")
    with pytest.raises(ReviewError, match="too short"):
        session_key(tmp_path / "state")


def test_an_old_database_loses_the_key_it_held(template_db, tmp_path):
    """A database of before issue 21 kept the key in `settings`; the upgrade deletes it."""
    import shutil

    from sqlalchemy import create_engine

    copy = tmp_path / "old.db"
    shutil.copy(template_db, copy)
    engine = create_engine(f"sqlite:///{copy}")
    with engine.begin() as connection:
        connection.exec_driver_sql("DROP TABLE review_sessions")
        connection.exec_driver_sql("DROP TABLE login_failures")
        connection.exec_driver_sql("UPDATE alembic_version SET version_num = '0003'")
        connection.exec_driver_sql("INSERT INTO settings (name, value) VALUES ('session_secret', 'leaked')")
    engine.dispose()
    with Session(Store(f"sqlite:///{copy}").engine) as session:
        assert session.get(SettingRow, "session_secret") is None


def test_database_files_are_created_readable_by_their_owner_only(tmp_path):
    old = os.umask(0o022)
    try:
        Store(f"sqlite:///{tmp_path / 'new.db'}").engine.dispose()
    finally:
        os.umask(old)
    assert _mode(tmp_path / "new.db") == 0o600


# --- the login throttle ----------------------------------------------------------------------


def test_guessing_a_password_is_throttled_and_every_attempt_audited(client, db_url):
    for _ in range(ACCOUNT_FREE):
        assert log_in(client, password="wrong password!").status_code == 401
    refused = log_in(client)  # the right password, too soon
    assert refused.status_code == 429 and "Te veel mislukte pogingen" in refused.text
    assert int(refused.headers["retry-after"]) == FIRST_WAIT.total_seconds()
    assert client.get("/").status_code == 303
    audit = _audit(db_url)
    assert [a for _, a, _ in audit] == ["login_failed"] * ACCOUNT_FREE + ["login_throttled"]
    assert all(user == ANALYST and note.startswith("from testclient") for user, _, note in audit)
    _age_failures(db_url, FIRST_WAIT + timedelta(seconds=1))  # the wait is over
    assert log_in(client).status_code == 303
    assert client.get("/").status_code == 200
    with Session(Store(db_url).engine) as session:
        assert session.scalars(select(LoginFailureRow).where(LoginFailureRow.account == ANALYST)).all() == []


def test_many_accounts_from_one_address_are_throttled_too(client, db_url):
    for n in range(ADDRESS_FREE):
        assert log_in(client, name=f"gok{n}", password="wrong password!").status_code == 401
    assert log_in(client).status_code == 429  # a fresh account, the right password, the same address


def test_the_throttle_answers_alike_for_names_that_exist_and_do_not(client):
    answers = []
    for name in (ANALYST, "niemand"):
        for _ in range(ACCOUNT_FREE):
            log_in(client, name=name, password="wrong password!")
        response = log_in(client, name=name, password="wrong password!")
        answers.append((response.status_code, response.headers["retry-after"], response.text.replace(name, "NAME")))
    assert answers[0] == answers[1]


def test_the_wait_doubles_with_each_failure_up_to_its_limit(db_url):
    engine = Store(db_url).engine
    waits = []
    for _ in range(ACCOUNT_FREE + 8):
        record_failure(engine, "doelwit", "198.51.100.7")
        waits.append(wait_before_login(engine, "doelwit", "203.0.113.9", now=_last_failure(db_url)))
    assert waits[: ACCOUNT_FREE - 1] == [timedelta(0)] * (ACCOUNT_FREE - 1)
    assert waits[ACCOUNT_FREE - 1 : ACCOUNT_FREE + 2] == [FIRST_WAIT, 2 * FIRST_WAIT, 4 * FIRST_WAIT]
    assert waits[-1] == MAX_WAIT
    assert wait_before_login(engine, "doelwit", "203.0.113.9", now=_last_failure(db_url) + MAX_WAIT) == timedelta(0)


def _age_failures(db_url: str, by: timedelta) -> None:
    with Session(Store(db_url).engine) as session, session.begin():
        for row in session.scalars(select(LoginFailureRow)):
            row.at = row.at - by


def _last_failure(db_url: str) -> datetime:
    with Session(Store(db_url).engine) as session:
        last = max(session.scalars(select(LoginFailureRow.at)))
    return last.replace(tzinfo=timezone.utc) if last.tzinfo is None else last


# --- headers and cookie ----------------------------------------------------------------------


def test_every_page_tells_the_browser_to_keep_nothing_and_frame_nothing(analyst):
    for path in ("/", "/applications/OH-2026-002", "/applications/OH-2026-002/page.png?file=gba.pdf&page=1",
                 "/applications/NO-SUCH-ONE", "/login"):  # fmt: skip
        response = analyst.get(path)
        headers = response.headers
        assert headers["cache-control"] == "no-store", path
        assert headers["x-frame-options"] == "DENY" and headers["x-content-type-options"] == "nosniff", path
        csp = headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp and "frame-ancestors 'none'" in csp, path
        assert "strict-transport-security" not in headers
    static = analyst.get("/static/review.js")
    assert static.headers["x-content-type-options"] == "nosniff" and "no-store" not in static.headers.get("cache-control", "")


def test_anonymous_answers_carry_the_headers_too(client):
    for response in (client.get("/"), client.post("/logout")):
        assert response.headers["cache-control"] == "no-store" and response.headers["x-frame-options"] == "DENY"


def test_secure_cookies_are_sent_over_https_only(db_url, tmp_path):
    plain = TestClient(create_app(db_url, state=tmp_path / "state"), follow_redirects=False)
    assert "secure" not in plain.get("/login").headers["set-cookie"].lower()
    secure = TestClient(create_app(db_url, state=tmp_path / "state", secure_cookies=True), base_url="https://testserver", follow_redirects=False)
    response = secure.get("/login")
    cookie = response.headers["set-cookie"]
    assert cookie.startswith("__Host-woondossier_session=") and "; secure" in cookie.lower() and "path=/" in cookie.lower()
    assert response.headers["strict-transport-security"].startswith("max-age=")
    add_user(Store(db_url).engine, ANALYST, PASSWORD)
    assert log_in(secure).status_code == 303 and secure.get("/").status_code == 200


# --- the page cache --------------------------------------------------------------------------


def _sha(db_url: str, application_id: str, file: str) -> str:
    with Session(Store(db_url).engine) as session:
        return session.scalar(select(FileRow.sha256).where(FileRow.application_id == application_id, FileRow.file == file))


def test_the_page_cache_is_private_and_keyed_by_the_files_sha256(analyst, db_url, tmp_path):
    assert analyst.get("/applications/OH-2026-002/page.png?file=gba.pdf&page=1").status_code == 200
    cache = tmp_path / "state" / "pages"
    folder = cache / _sha(db_url, "OH-2026-002", "gba.pdf")
    assert _mode(cache) == 0o700 and _mode(folder) == 0o700
    files = list(folder.iterdir())
    assert files and all(_mode(f) == 0o600 for f in files)


def test_a_png_planted_in_the_cache_is_not_served(analyst, db_url, tmp_path):
    url = "/applications/OH-2026-002/page.png?file=gba.pdf&page=1"
    real = analyst.get(url).content
    (png,) = (tmp_path / "state" / "pages" / _sha(db_url, "OH-2026-002", "gba.pdf")).glob("1-*.png")
    planted = io.BytesIO()
    Image.new("RGB", (200, 280), "red").save(planted, format="PNG")
    png.write_bytes(planted.getvalue())
    served = analyst.get(url).content
    assert served != planted.getvalue() and served == real


def test_a_cache_folder_others_could_enter_is_made_private(db_url, tmp_path):
    cache = tmp_path / "shared-cache"
    cache.mkdir(mode=0o777)
    os.chmod(cache, 0o777)
    create_app(db_url, cache=cache, state=tmp_path / "state")
    assert _mode(cache) == 0o700


def test_the_default_cache_is_not_in_a_shared_folder(db_url, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    create_app(db_url)
    assert _mode(tmp_path / "xdg" / "woondossier" / "review" / "pages") == 0o700
    assert _mode(tmp_path / "xdg" / "woondossier" / "review" / KEY_FILE) == 0o600


def _shas(db_url: str, application_id: str) -> set[str]:
    with Session(Store(db_url).engine) as session:
        return set(session.scalars(select(FileRow.sha256).where(FileRow.application_id == application_id)))


def test_purge_clears_the_purged_applications_pages_from_the_cache(analyst, db_url, tmp_path):
    for app in ("OH-2026-002", "MH-2026-003"):
        assert "page.png" in analyst.get(f"/applications/{app}").text  # its pages rendered into the cache
    cache = tmp_path / "state" / "pages"
    purged, kept = _shas(db_url, "OH-2026-002"), _shas(db_url, "MH-2026-003")
    assert kept.isdisjoint(purged) and {p.name for p in cache.iterdir()} == purged | kept
    with Session(Store(db_url).engine) as session, session.begin():
        session.execute(
            update(ApplicationRow).where(ApplicationRow.application_id == "OH-2026-002")
            .values(evaluated_at=datetime.now(timezone.utc) - timedelta(days=120))
        )  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "woondossier.cli", "purge", "--db", db_url, "--older-than", "90d", "--state-dir", str(tmp_path / "state")],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert f"the pages of {len(purged)} files removed" in done.stdout
    assert {p.name for p in cache.iterdir()} == kept


def test_users_remove_ends_the_users_sessions_at_once(analyst, db_url):
    assert analyst.get("/").status_code == 200
    done = subprocess.run(
        [sys.executable, "-m", "woondossier.cli", "users", "remove", ANALYST, "--db", db_url],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert done.returncode == 0 and "1 sessions ended" in done.stdout, done.stderr
    assert analyst.get("/").status_code == 303
    assert log_in(analyst).status_code == 401
    again = subprocess.run(
        [sys.executable, "-m", "woondossier.cli", "users", "remove", ANALYST, "--db", db_url],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
    )  # fmt: skip
    assert again.returncode == 1 and "no user" in again.stderr


def test_guesses_sent_in_parallel_are_throttled_as_well(app, db_url):
    """Each guess is counted before its password is checked, so a burst cannot slip through together."""
    import asyncio

    import httpx

    async def burst() -> list[int]:
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as client:
            token = csrf_token((await client.get("/login")).text)
            data = {"csrf_token": token, "username": ANALYST, "password": "wrong password!", "next": "/"}
            return [r.status_code for r in await asyncio.gather(*(client.post("/login", data=data) for _ in range(20)))]

    statuses = asyncio.run(burst())
    assert statuses.count(401) == ACCOUNT_FREE and statuses.count(429) == 20 - ACCOUNT_FREE


@pytest.mark.parametrize("target", ["//evil.example/", "/\\evil.example/", "/\t/evil.example/", "https://evil.example/"])
def test_login_never_sends_to_another_site(client, target):
    token = csrf_token(client.get("/login", params={"next": target}).text)
    response = client.post("/login", data={"csrf_token": token, "username": ANALYST, "password": PASSWORD, "next": target})
    assert response.status_code == 303 and response.headers["location"] == "/"


_RENDER_IN_THREADS = """
import sys, threading
from pathlib import Path
from review.pages import _sha256, render_page

pdfs, cache = [Path(p) for p in sys.argv[2:]], Path(sys.argv[1])
def render(k):
    for pdf in pdfs:
        render_page(pdf, _sha256(pdf), 1, cache / str(k), ())
threads = [threading.Thread(target=render, args=(k,)) for k in range(16)]
for t in threads: t.start()
for t in threads: t.join()
"""


def test_pages_rendered_in_many_threads_at_once_do_not_crash_the_app(review_inbox, tmp_path):
    """PDFium is not thread-safe; the app renders in FastAPI's thread pool. Unlocked, this crashed (SIGSEGV) about one run in two."""
    pdfs = sorted(str(p) for p in review_inbox.glob("*/*.pdf"))[:6]
    done = subprocess.run([sys.executable, "-c", _RENDER_IN_THREADS, str(tmp_path / "cache"), *pdfs],
                          capture_output=True, text=True, timeout=600, cwd=ROOT)  # fmt: skip
    assert done.returncode == 0, f"exit status {done.returncode}: {done.stderr[-500:]}"
