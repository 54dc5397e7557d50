"""The real flow through the real command, in Prefect's ephemeral mode, over the sample inbox.

The sample inbox's truth (`samples/inbox.expected.json`) is set by how each
application was built, not by running woondossier.
"""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
import sqlite3
from pathlib import Path

import pandas as pd
import pytest

from tests.conftest import READ_FOR_REVIEW, SAMPLE_EXPECTED, SAMPLE_INBOX, expected_decision, run_cli

EXPECTED = json.loads(SAMPLE_EXPECTED.read_text(encoding="utf-8"))
pytestmark = pytest.mark.slow


NEW_FILE_APP = "OH-2026-003"


@pytest.fixture(scope="module")
def runs(tmp_path_factory, prefect_home):
    """A copy of the sample inbox processed twice into the same output folder, then once
    more with --reevaluate after a new file came in for one application."""
    inbox = tmp_path_factory.mktemp("inbox")
    shutil.copytree(SAMPLE_INBOX, inbox, dirs_exist_ok=True)
    out = tmp_path_factory.mktemp("out")
    env = {"PREFECT_HOME": str(prefect_home)}
    first = run_cli("run", str(inbox), "--out", str(out), env=env)
    snapshot = _snapshot(out)
    counts = _row_counts(out / "woondossier.db")
    second = run_cli("run", str(inbox), "--out", str(out), env=env)
    second_snapshot, second_counts = _snapshot(out), _row_counts(out / "woondossier.db")
    shutil.copy(inbox / "OH-2026-001" / "brp-uittreksel.pdf", inbox / NEW_FILE_APP / "nagestuurd.pdf")
    third = run_cli("run", str(inbox), "--out", str(out), "--reevaluate", env=env)
    return out, first, second, snapshot, counts, second_snapshot, second_counts, third


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.json")) + [out / "report.csv"]}


def _row_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}


def _result(out: Path, app_id: str) -> dict:
    return json.loads((out / app_id / "result.json").read_text(encoding="utf-8"))


def _first_result(runs, app_id: str) -> dict:
    """result.json as the first run wrote it (the third run adds a file to one application)."""
    return json.loads(runs[3][f"{app_id}/result.json"])


def test_run_exits_0_with_clean_output(runs):
    _, first, second, *_, third = runs
    for run in (first, second, third):
        assert run.returncode == 0, run.stderr[-3000:]
        assert "Traceback" not in run.stderr and "database is locked" not in run.stderr
    assert "decision" in first.stdout and "OH-2026-001" in first.stdout


def _progress(run) -> list[str]:
    return [line for line in run.stderr.splitlines() if line.startswith("[")]


def test_progress_counts_applications_and_files_with_the_rate(runs, prefect_home):
    _, first, second, *_, third = runs
    files = sum(1 for app in EXPECTED for p in (SAMPLE_INBOX / app).rglob("*") if p.is_file() and p.name != "aanvraag.json")
    lines = _progress(first)
    assert len(lines) == len(EXPECTED)
    done = [re.match(r"\[(\d+)/(\d+) applications, (\d+)/(\d+) files; ([\d.]+) files/s, ([\d.]+) applications/s\] ", line) for line in lines]
    assert all(done), lines[:3]
    assert [int(m[1]) for m in done] == list(range(1, len(EXPECTED) + 1)) and {int(m[2]) for m in done} == {len(EXPECTED)}
    assert {int(m[4]) for m in done} == {files} and int(done[-1][3]) == files
    assert [int(m[3]) for m in done] == sorted(int(m[3]) for m in done)  # files only ever come in
    assert float(done[-1][5]) > 0 and float(done[-1][6]) > 0
    assert _progress(second)[-1].startswith(f"[{len(EXPECTED)}/{len(EXPECTED)} applications, 0/0 files; ")
    assert _progress(third)[-1].startswith(f"[{len(EXPECTED)}/{len(EXPECTED)} applications, 1/1 files; ")
    assert "| INFO" not in first.stderr  # Prefect's own INFO lines stay off the terminal
    # the same lines went through the run logger into Prefect's (ephemeral) server database
    with sqlite3.connect(prefect_home / "prefect.db") as conn:
        logged = {row[0] for row in conn.execute("select message from log where message like '[%applications, %files; %'")}
    assert set(lines) <= logged


@pytest.mark.parametrize("app_id", sorted(EXPECTED))
def test_decision_matches_ground_truth(runs, app_id):
    result = _first_result(runs, app_id)
    truth = EXPECTED[app_id]
    # A check the truth passes is `unknown` when a field it rests on was read below the
    # threshold (validators/evidence.py): flagged low_confidence, never a pass on an unsure reading.
    statuses = {
        check: "pass" if c["status"] == "unknown" and c.get("low_confidence") and truth["checks"].get(check) == "pass" else c["status"]
        for check, c in result["checks"].items()
    }
    assert (result["decision"], statuses) == (expected_decision(app_id, truth), truth["checks"])
    if app_id in READ_FOR_REVIEW:  # review because of the named unsure reading, and only that
        file, field = READ_FOR_REVIEW[app_id]
        flagged = [c for c in result["checks"].values() if c.get("low_confidence")]
        assert flagged and all(any(e.get("file") == file and e.get("field") == field for e in c["evidence"]) for c in flagged)
        (document,) = [d for d in result["documents"] if d["file"] == file]
        assert document["fields"][field]["confidence"] < 0.8


@pytest.mark.parametrize("app_id", sorted(EXPECTED))
def test_every_file_is_a_document_or_an_error(runs, app_id):
    result = _first_result(runs, app_id)
    files = {p.relative_to(SAMPLE_INBOX / app_id).as_posix() for p in (SAMPLE_INBOX / app_id).rglob("*") if p.is_file()}
    files.discard("aanvraag.json")
    accounted = {d["file"] for d in result["documents"]} | {e["file"] for e in result["errors"]}
    assert files <= accounted
    for check in result["checks"].values():
        assert check["status"] in ("pass", "fail", "unknown") and check["reason"]


def test_report_csv(runs):
    rows = list(csv.DictReader(io.StringIO(runs[3]["report.csv"].decode("utf-8"))))
    assert list(rows[0]) == ["application_id", "type", "corporation", "decision", "failed_checks", "unknown_checks", "documents", "errors"]
    assert {r["application_id"]: r["decision"] for r in rows} == {k: expected_decision(k, v) for k, v in EXPECTED.items()}


def test_second_run_changes_nothing_and_adds_no_rows(runs):
    out, _, _, snapshot, counts, second_snapshot, second_counts, _ = runs
    assert second_snapshot == snapshot
    assert second_counts == {**counts, "runs": 2}  # the second run's own record, nothing else
    assert counts["applications"] == len(EXPECTED) and counts["decisions"] == len(EXPECTED)
    assert _runs(out)[2] == (False, len(EXPECTED), 0, 0)  # reevaluate, applications, evaluated, files read


def test_a_new_file_re_evaluates_only_its_application(runs):
    out = runs[0]
    assert _runs(out)[3] == (True, len(EXPECTED), 1, 1)
    with sqlite3.connect(out / "woondossier.db") as conn:
        decided = dict(conn.execute("select application_id, count(*) from decisions group by application_id"))
        read_in = dict(conn.execute("select file, read_in_run from files where application_id = ?", (NEW_FILE_APP,)))
    assert decided == {app_id: 2 if app_id == NEW_FILE_APP else 1 for app_id in EXPECTED}
    assert read_in["nagestuurd.pdf"] == 3 and set(read_in.values()) == {1, 3}
    assert "nagestuurd.pdf" in {d["file"] for d in _result(out, NEW_FILE_APP)["documents"]}


def test_the_workbook_lists_the_applications_needing_action(runs):
    out = runs[0]
    sheets = pd.read_excel(out / "report.xlsx", sheet_name=None)
    assert set(sheets) == {"needs action", "summary"}
    action = sheets["needs action"]
    assert sorted(action["application_id"]) == sorted(a for a in EXPECTED if _result(out, a)["decision"] != "pass")
    for row in action.itertuples():
        for check in str(row.failed_checks).split(";") if isinstance(row.failed_checks, str) else []:
            assert f"{check}: " in row.reasons
    summary = sheets["summary"]
    types = summary[summary["group"] == "type"]
    assert types["total"].sum() == len(EXPECTED)


def test_no_full_bsn_in_logs_or_reports(runs):
    out, first, second, *_, third = runs
    bsns = {
        person["bsn"]
        for app_id in EXPECTED
        for doc in _result(out, app_id)["documents"]
        for person in (doc["fields"].get("persons", {}).get("value") or [])
        if person.get("bsn")
    }
    assert bsns, "the sample inbox should hold BSNs for this test to mean anything"
    workbook = pd.read_excel(out / "report.xlsx", sheet_name=None, dtype=str)
    texts = [run.stdout + run.stderr for run in (first, second, third)]
    texts += [(out / "report.csv").read_text(encoding="utf-8")]
    texts += [frame.to_csv() for frame in workbook.values()]
    for bsn in bsns:
        assert not any(bsn in t for t in texts), "a full BSN was written"


def _runs(out: Path) -> dict[int, tuple]:
    with sqlite3.connect(out / "woondossier.db") as conn:
        rows = conn.execute("select id, reevaluate, applications, evaluated, files_read from runs where finished_at is not null")
        return {row[0]: (bool(row[1]), *row[2:]) for row in rows}


def test_a_spouse_is_told_the_law_already_makes_them_co_tenant(runs):
    result = _result(runs[0], "MH-2026-005")
    reason = result["checks"]["not_child"]["reason"]
    assert result["checks"]["not_child"]["status"] == "pass" and "van rechtswege" in reason and "7:266 BW" in reason


def test_reasons_give_the_numbers_and_point_at_the_evidence(runs):
    cap = _result(runs[0], "OH-2026-002")["checks"]["room_rent_within_cap"]
    assert "520,00" in cap["reason"] and "1.040,00" in cap["reason"] and "346,67" in cap["reason"]
    pointers = {(e["file"], e.get("field")) for e in cap["evidence"]}
    assert ("contract kamer.pdf", "room_rent") in pointers
    assert all(e.get("page") and e.get("bbox") for e in cap["evidence"] if e["file"] != "register.csv")
    assert all(v == round(v, 1) for e in cap["evidence"] for v in e.get("bbox") or ())
