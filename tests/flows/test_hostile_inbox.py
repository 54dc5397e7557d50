"""One `run` over an inbox of everything issue 20 found stopping or confusing a batch.

On b0e8589 each of these stopped the whole batch (exit 1, nothing saved), or went by
without a word: a file name that is not UTF-8, an aanvraag.json nested 1,000 levels
deep, a lone surrogate in tenant_name, aanvraag.json linked out of the inbox, two
folders claiming one id, linked and dot folders, and a folder whose name is a formula.
Here the batch completes with exit 0, every folder has its result, the good application
is decided as before, and each skipped entry is named once on stderr.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import sqlite3

import pytest
from openpyxl import load_workbook

from tests.conftest import SAMPLE_EXPECTED, SAMPLE_INBOX, run_cli

pytestmark = pytest.mark.slow

GOOD = "IW-2026-001"
EXPECTED = json.loads(SAMPLE_EXPECTED.read_text(encoding="utf-8"))
FORMULA_FOLDER = "=HYPERLINK(1)"


def _aanvraag(app_id: str, **changes) -> str:
    data = json.loads((SAMPLE_INBOX / GOOD / "aanvraag.json").read_text(encoding="utf-8"))
    return json.dumps({**data, "application_id": app_id, **changes})


@pytest.fixture(scope="module")
def batch(tmp_path_factory, prefect_home):
    root = tmp_path_factory.mktemp("hostile-inbox")
    inbox = root / "inbox"
    shutil.copytree(SAMPLE_INBOX / GOOD, inbox / GOOD)
    shutil.copy(SAMPLE_INBOX / "register.csv", inbox / "register.csv")
    folders = {
        "BYTES-1": _aanvraag("BYTES-1"),
        "DEEP-1": "[" * 1000 + "]" * 1000,
        "SURROGATE-1": _aanvraag("SURROGATE-1", tenant_name="Jan \ud800 de Vries"),
        "HUGE-1": _aanvraag("HUGE-1", tenant_name="x" * 20_000),
        "TWICE-A": _aanvraag("TWICE"),
        "TWICE-B": _aanvraag("TWICE"),
    }
    for folder, text in folders.items():
        (inbox / folder).mkdir()
        (inbox / folder / "aanvraag.json").write_text(text, encoding="utf-8", errors="surrogatepass")
    with open(os.path.join(os.fsencode(inbox / "BYTES-1"), b"scan\xff.pdf"), "wb") as handle:
        handle.write((SAMPLE_INBOX / GOOD / "brp.pdf").read_bytes())
    (root / "elders.json").write_text(_aanvraag("LINKED-1"), encoding="utf-8")
    (inbox / "LINKED-1").mkdir()
    (inbox / "LINKED-1" / "aanvraag.json").symlink_to(root / "elders.json")
    (inbox / FORMULA_FOLDER).mkdir()  # no aanvraag.json: its id is its folder's name
    (inbox / FORMULA_FOLDER / "@SUM(1+1).pdf").write_bytes(b"")
    (inbox / ".verborgen").mkdir()
    (inbox / "gelinkt").symlink_to(inbox / GOOD)
    out = root / "out"
    run = run_cli("run", str(inbox), "--out", str(out), env={"PREFECT_HOME": str(prefect_home)})
    return out, run


def _result(out, app_id):
    return json.loads((out / app_id / "result.json").read_text(encoding="utf-8"))


def test_the_batch_completes_and_every_folder_has_its_result(batch):
    out, run = batch
    assert run.returncode == 0, run.stderr[-3000:]
    assert "Traceback" not in run.stderr
    for app_id in (GOOD, "BYTES-1", "DEEP-1", "SURROGATE-1", "HUGE-1", "TWICE-A", "TWICE-B", "LINKED-1", FORMULA_FOLDER):
        assert (out / app_id / "result.json").is_file(), app_id
    assert _result(out, GOOD)["decision"] == EXPECTED[GOOD]["decision"]


@pytest.mark.parametrize(
    ("app_id", "words"),
    [
        ("DEEP-1", "nested too deeply"),
        ("SURROGATE-1", "surrogate"),
        ("HUGE-1", "20000 characters"),
        ("TWICE-A", "also claimed by folder(s) TWICE-B"),
        ("TWICE-B", "also claimed by folder(s) TWICE-A"),
        ("LINKED-1", "link"),
    ],
)
def test_each_unusable_registration_is_an_error_of_its_application(batch, app_id, words):
    result = _result(batch[0], app_id)
    (error,) = [e for e in result["errors"] if e["file"] == "aanvraag.json"]
    assert words in error["error"] and result["decision"] == "review"


def test_a_file_name_that_is_not_utf8_is_an_error_entry(batch):
    errors = {e["file"]: e["error"] for e in _result(batch[0], "BYTES-1")["errors"]}
    assert "UTF-8" in errors["scan\ufffd.pdf"]


def test_skipped_entries_are_named_once_on_stderr_and_in_the_run_log(batch, prefect_home):
    _, run = batch
    for name in (".verborgen", "gelinkt"):
        assert len([line for line in run.stderr.splitlines() if line.startswith(f"woondossier: skipped {name}:")]) == 1
    with sqlite3.connect(prefect_home / "prefect.db") as conn:
        logged = [row[0] for row in conn.execute("select message from log where message like 'skipped %'")]
    assert any(m.startswith("skipped .verborgen:") for m in logged) and any(m.startswith("skipped gelinkt:") for m in logged)


def test_duplicate_ids_are_listed_once_each_in_the_report(batch):
    out, _ = batch
    with (out / "report.csv").open(encoding="utf-8", newline="") as handle:
        ids = [row["application_id"] for row in csv.DictReader(handle)]
    assert len(ids) == len(set(ids)) and {"TWICE-A", "TWICE-B"} <= set(ids)


def test_a_formula_folder_name_is_text_in_both_reports(batch):
    out, _ = batch
    cells = [c for sheet in load_workbook(out / "report.xlsx") for row in sheet.iter_rows() for c in row]
    assert [c.coordinate for c in cells if c.data_type == "f"] == []
    assert "'" + FORMULA_FOLDER in {c.value for c in cells}
    report = (out / "report.csv").read_text(encoding="utf-8")
    assert "\n'" + FORMULA_FOLDER in report and "\n" + FORMULA_FOLDER not in report
