"""A small results database made the way `woondossier run` makes it, for the review tests.

Five sample applications (one of each outcome the queue cares about, a pass that must
stay out of it, a phone photo and born-digital PDFs) are read with the real readers
(`extract_bounded`), checked with the real validators and saved with the real store,
once per session; each test gets its own copy of the database file.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from extractors.sandbox import extract_bounded
from review import add_user, create_app
from validators import load_register
from woondossier.assess import assess
from woondossier.inbox import ingest
from woondossier.plan import plan_application
from woondossier.store import Store

from tests.conftest import SAMPLE_INBOX

APPS = ("OH-2026-001", "OH-2026-002", "OH-2026-004", "HB-2026-008", "MH-2026-003")
ANALYST, PASSWORD = "analist", "correct horse battery"


@pytest.fixture(scope="session")
def review_inbox(tmp_path_factory) -> Path:
    inbox = tmp_path_factory.mktemp("review-inbox")
    for app in APPS:
        shutil.copytree(SAMPLE_INBOX / app, inbox / app)
    shutil.copy(SAMPLE_INBOX / "register.csv", inbox / "register.csv")
    return inbox


@pytest.fixture(scope="session")
def template_db(review_inbox, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("review-db") / "woondossier.db"
    store = Store(f"sqlite:///{path}")
    run = store.start_run(str(review_inbox))
    register = load_register(review_inbox / "register.csv")
    intakes = ingest(review_inbox)
    for intake in intakes:
        plan = plan_application(intake, store, register)
        files = {name: (extract_bounded(intake.folder.path / name, name=name), True) for name in plan.hashes}
        result = assess(intake, {name: r for name, (r, _) in files.items()}, register)
        store.save(plan.evaluation(result, files), run)
    store.finish_run(run, applications=len(intakes), evaluated=len(intakes), files_read=0)
    store.engine.dispose()
    return path


@pytest.fixture
def db_url(template_db, tmp_path) -> str:
    copy = tmp_path / "woondossier.db"
    shutil.copy(template_db, copy)
    return f"sqlite:///{copy}"


@pytest.fixture
def app(db_url, tmp_path):
    application = create_app(db_url, state=tmp_path / "state")
    add_user(Store(db_url).engine, ANALYST, PASSWORD)
    return application


@pytest.fixture
def client(app) -> TestClient:
    return TestClient(app, follow_redirects=False)


def csrf_token(html: str) -> str:
    found = re.search(r'name="csrf_token" value="([^"]+)"', html)
    assert found, "the page has no CSRF token"
    return found.group(1)


def log_in(client: TestClient, name: str = ANALYST, password: str = PASSWORD):
    token = csrf_token(client.get("/login").text)
    return client.post("/login", data={"csrf_token": token, "username": name, "password": password, "next": "/"})


@pytest.fixture
def analyst(client) -> TestClient:
    response = log_in(client)
    assert response.status_code == 303, response.text
    return client
