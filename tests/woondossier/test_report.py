"""The analysts' workbook: its rows, its masking of BSNs, and `woondossier report --db`."""

from __future__ import annotations

import pandas as pd

from woondossier.model import ApplicationResult, CheckResult, FileError
from woondossier.report import action_rows, summary_rows, write_workbook
from woondossier.store import Evaluation, Store

from tests.conftest import run_cli


def _result(app_id: str, decision: str, checks: dict[str, tuple[str, str]], type_: str = "onderhuur") -> ApplicationResult:
    return ApplicationResult(
        application_id=app_id,
        type=type_,
        corporation="alliantie",
        decision=decision,
        checks={k: CheckResult(status=s, reason=r) for k, (s, r) in checks.items()},
        documents=(),
        errors=(FileError(file="kapot.pdf", error="not a readable PDF"),) if decision == "incomplete" else (),
    )


RESULTS = [
    _result("A-1", "pass", {"documents_complete": ("pass", "alles aanwezig")}),
    _result(
        "A-2",
        "fail",
        {
            "identity_consistent": ("fail", "BSN 111222333 op het uittreksel voldoet niet aan de elfproef"),
            "notice_period": ("unknown", "geen startdatum gelezen"),
        },
        type_="huisbewaring",
    ),
    _result("A-3", "incomplete", {"documents_complete": ("fail", "huurovereenkomst_onderhuur ontbreekt")}),
]


def test_action_rows_hold_failing_and_unknown_checks_with_reasons_and_no_full_bsn():
    rows = action_rows(RESULTS)
    assert [r["application_id"] for r in rows] == ["A-2", "A-3"]  # fail before incomplete; pass is not listed
    a2 = rows[0]
    assert a2["failed_checks"] == "identity_consistent" and a2["unknown_checks"] == "notice_period"
    assert "identity_consistent: BSN ******333 op het uittreksel" in a2["reasons"]
    assert "notice_period: geen startdatum gelezen" in a2["reasons"]
    assert "111222333" not in str(rows)
    assert rows[1]["errors"] == "kapot.pdf: not a readable PDF"


def test_summary_counts_per_type_corporation_and_check():
    rows = {(r["group"], r["name"]): r for r in summary_rows(RESULTS)}
    assert rows["type", "onderhuur"]["pass"] == 1 and rows["type", "onderhuur"]["incomplete"] == 1
    assert rows["type", "huisbewaring"]["fail"] == 1
    assert rows["corporation", "alliantie"]["total"] == 3
    assert (rows["check", "documents_complete"]["pass"], rows["check", "documents_complete"]["fail"]) == (1, 1)
    assert rows["check", "notice_period"]["unknown"] == 1


def test_the_workbook_opens_with_pandas_and_leaves_no_temporary_file(tmp_path):
    path = write_workbook(tmp_path / "report.xlsx", RESULTS)
    sheets = pd.read_excel(path, sheet_name=None)
    assert list(sheets) == ["needs action", "summary"]
    assert list(sheets["needs action"]["application_id"]) == ["A-2", "A-3"]
    assert [p.name for p in tmp_path.iterdir()] == ["report.xlsx"]


def test_an_empty_batch_still_gives_both_sheets(tmp_path):
    sheets = pd.read_excel(write_workbook(tmp_path / "leeg.xlsx", []), sheet_name=None)
    assert list(sheets) == ["needs action", "summary"] and all(frame.empty for frame in sheets.values())


def test_report_command_builds_the_workbook_from_the_database(tmp_path):
    url = f"sqlite:///{tmp_path / 'woondossier.db'}"
    store = Store(url)
    run = store.start_run("inbox")
    for result in RESULTS:
        store.save(Evaluation(result=result, files={}, files_read=frozenset(), inputs_sha256="0" * 64, policy_sha256=None), run)
    out = tmp_path / "analisten.xlsx"
    done = run_cli("report", "--db", url, "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "3 applications, 2 need action" in done.stdout
    assert list(pd.read_excel(out, sheet_name="needs action")["application_id"]) == ["A-2", "A-3"]
    later = run_cli("report", "--db", url, "--since", "2999-01-01", "--out", str(tmp_path / "niets.xlsx"))
    assert later.returncode == 0 and "0 applications" in later.stdout


def test_report_usage_errors(tmp_path):
    for args in (
        ["report", "--out", "x.xlsx"],
        ["report", "--db", "sqlite://", "--since", "gisteren", "--out", "x.xlsx"],
        ["report", "--db", "sqlite://", "--out", str(tmp_path / "x.csv")],
    ):
        done = run_cli(*args)
        assert done.returncode == 2 and len(done.stderr.strip().splitlines()) == 1, (args, done.stderr)


def test_report_on_a_database_that_cannot_be_opened_exits_1(tmp_path):
    done = run_cli("report", "--db", "postgresql+psycopg://x@127.0.0.1:1/none", "--out", str(tmp_path / "x.xlsx"))
    assert done.returncode == 1 and done.stderr.startswith("woondossier: cannot open the results database")
