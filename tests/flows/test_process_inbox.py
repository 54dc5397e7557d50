"""The real flow through the real command, in Prefect's ephemeral mode, over the sample inbox.

The sample inbox's truth (`samples/inbox.expected.json`) is set by how each
application was built, not by running woondossier.
"""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_EXPECTED, SAMPLE_INBOX, run_cli

EXPECTED = json.loads(SAMPLE_EXPECTED.read_text(encoding="utf-8"))
pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def runs(tmp_path_factory, prefect_home):
    """The sample inbox processed twice into the same output folder."""
    out = tmp_path_factory.mktemp("out")
    env = {"PREFECT_HOME": str(prefect_home)}
    first = run_cli("run", str(SAMPLE_INBOX), "--out", str(out), env=env)
    snapshot = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.json")) + [out / "report.csv"]}
    counts = _row_counts(out / "woondossier.db")
    second = run_cli("run", str(SAMPLE_INBOX), "--out", str(out), env=env)
    return out, first, second, snapshot, counts


def _row_counts(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        tables = [r[0] for r in conn.execute("select name from sqlite_master where type='table'")]
        return {t: conn.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}


def _result(out: Path, app_id: str) -> dict:
    return json.loads((out / app_id / "result.json").read_text(encoding="utf-8"))


def test_run_exits_0_with_clean_output(runs):
    _, first, second, _, _ = runs
    for run in (first, second):
        assert run.returncode == 0, run.stderr[-3000:]
        assert "Traceback" not in run.stderr and "database is locked" not in run.stderr
    assert "decision" in first.stdout and "OH-2026-001" in first.stdout


@pytest.mark.parametrize("app_id", sorted(EXPECTED))
def test_decision_matches_ground_truth(runs, app_id):
    result = _result(runs[0], app_id)
    truth = EXPECTED[app_id]
    statuses = {check: c["status"] for check, c in result["checks"].items()}
    assert (result["decision"], statuses) == (truth["decision"], truth["checks"])


@pytest.mark.parametrize("app_id", sorted(EXPECTED))
def test_every_file_is_a_document_or_an_error(runs, app_id):
    result = _result(runs[0], app_id)
    files = {p.relative_to(SAMPLE_INBOX / app_id).as_posix() for p in (SAMPLE_INBOX / app_id).rglob("*") if p.is_file()}
    files.discard("aanvraag.json")
    accounted = {d["file"] for d in result["documents"]} | {e["file"] for e in result["errors"]}
    assert files <= accounted
    for check in result["checks"].values():
        assert check["status"] in ("pass", "fail", "unknown") and check["reason"]


def test_report_csv(runs):
    rows = list(csv.DictReader((runs[0] / "report.csv").open(encoding="utf-8")))
    assert list(rows[0]) == ["application_id", "type", "corporation", "decision", "failed_checks", "unknown_checks", "documents", "errors"]
    assert {r["application_id"]: r["decision"] for r in rows} == {k: v["decision"] for k, v in EXPECTED.items()}


def test_second_run_changes_nothing_and_adds_no_rows(runs):
    out, _, _, snapshot, counts = runs
    again = {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*.json")) + [out / "report.csv"]}
    assert again == snapshot
    assert _row_counts(out / "woondossier.db") == counts
    assert counts["applications"] == len(EXPECTED)


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
