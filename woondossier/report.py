"""The analysts' workbook, `report.xlsx`: what needs action, and the counts.

Sheet `needs action`: one row per application whose decision is fail, incomplete or
review, with its failing, unknown and low-confidence checks and their reasons, and
the files that could not be read. Sheet `summary`: counts of decisions per type and
per corporation, and of check statuses per check, in one table:

    group        name          pass  fail  incomplete  review  unknown  total
    type         onderhuur        3     1           2       4             10
    corporation  alliantie        ...
    check        notice_period    7     2                              1   10

Every text cell goes through `mask_numbers`: a BSN quoted in a reason shows only its
last three digits. `run` writes the workbook of its batch; `woondossier report`
writes one from the database.
"""

from __future__ import annotations

import os
import tempfile
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from woondossier.model import ApplicationResult, CheckStatus, Decision
from woondossier.cells import as_text
from woondossier.privacy import mask_numbers

if TYPE_CHECKING:
    import pandas as pd

ACTION_SHEET = "needs action"
SUMMARY_SHEET = "summary"
ACTION_COLUMNS = (
    "application_id", "type", "corporation", "decision", "failed_checks", "unknown_checks",
    "low_confidence_checks", "reasons", "errors",
)  # fmt: skip
SUMMARY_COLUMNS = ("group", "name", "pass", "fail", "incomplete", "review", "unknown", "total")
NEEDS_ACTION = (Decision.fail, Decision.incomplete, Decision.review)
_WIDTHS = {"reasons": 90, "errors": 60, "application_id": 18, "name": 30}


def action_rows(results: Iterable[ApplicationResult]) -> list[dict[str, str]]:
    """One row per application that needs an analyst, worst decisions first."""
    order = {decision: rank for rank, decision in enumerate(NEEDS_ACTION)}
    rows = []
    for r in sorted(results, key=lambda r: (order.get(r.decision, len(order)), r.application_id)):
        if r.decision not in order:
            continue
        failed = [k for k, c in r.checks.items() if c.status is CheckStatus.fail]
        unknown = [k for k, c in r.checks.items() if c.status is CheckStatus.unknown]
        # read below the threshold (a pass resting on it is `unknown` now, validators/evidence.py)
        doubtful = [k for k, c in r.checks.items() if c.low_confidence and c.status is not CheckStatus.fail]
        rows.append(
            {
                "application_id": r.application_id,
                "type": r.type,
                "corporation": r.corporation,
                "decision": r.decision.value,
                "failed_checks": ";".join(failed),
                "unknown_checks": ";".join(unknown),
                "low_confidence_checks": ";".join(doubtful),
                "reasons": "\n".join(f"{k}: {r.checks[k].reason}" for k in dict.fromkeys(failed + unknown + doubtful)),
                "errors": "\n".join(f"{e.file}: {e.error}" for e in r.errors),
            }
        )
    return [{k: mask_numbers(v) for k, v in row.items()} for row in rows]


def summary_rows(results: Iterable[ApplicationResult]) -> list[dict[str, object]]:
    """Decisions counted per type and per corporation; statuses counted per check."""
    results = list(results)
    rows: list[dict[str, object]] = []
    for group in ("type", "corporation"):
        counts: dict[str, Counter] = {}
        for r in results:
            counts.setdefault(getattr(r, group), Counter())[r.decision.value] += 1
        for name in sorted(counts):
            rows.append(_count_row(group, name, counts[name], [d.value for d in Decision]))
    checks: dict[str, Counter] = {}
    for r in results:
        for check_id, check in r.checks.items():
            checks.setdefault(check_id, Counter())[check.status.value] += 1
    for name in sorted(checks):
        rows.append(_count_row("check", name, checks[name], [s.value for s in CheckStatus]))
    return rows


def _count_row(group: str, name: str, counts: Counter, outcomes: list[str]) -> dict[str, object]:
    row: dict[str, object] = {"group": group, "name": mask_numbers(name)}
    row.update({outcome: counts.get(outcome, 0) for outcome in outcomes})
    row["total"] = sum(counts.values())
    return row


def write_workbook(path: Path, results: Iterable[ApplicationResult]) -> Path:
    """Write the workbook atomically: a temporary file in the same folder, then a rename."""
    results = list(results)
    # no cell a formula: ids, file names and reasons are text strangers chose (woondossier/cells.py)
    import pandas as pd  # here: a shard run that writes no workbook starts 0.2 s sooner

    action = pd.DataFrame([{k: as_text(v) for k, v in row.items()} for row in action_rows(results)], columns=list(ACTION_COLUMNS))
    summary = pd.DataFrame([{k: as_text(v) for k, v in row.items()} for row in summary_rows(results)], columns=list(SUMMARY_COLUMNS))
    path.parent.mkdir(parents=True, exist_ok=True)
    # pandas picks the writer by extension, so the temporary file ends in .xlsx too
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp.xlsx")
    os.close(fd)
    try:
        with pd.ExcelWriter(temporary, engine="openpyxl") as writer:
            for sheet, frame in ((ACTION_SHEET, action), (SUMMARY_SHEET, summary)):
                frame.to_excel(writer, sheet_name=sheet, index=False)
                _format(writer.sheets[sheet], frame)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path


def _format(sheet, frame: pd.DataFrame) -> None:
    """Readable columns, a frozen header and filters: what an analyst sets up first anyway."""
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    sheet.freeze_panes = "A2"
    if len(frame.columns):
        sheet.auto_filter.ref = sheet.dimensions
    for index, column in enumerate(frame.columns, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = _WIDTHS.get(column, max(12, len(column) + 2))
        if column in ("reasons", "errors"):
            for (cell,) in sheet.iter_rows(min_row=2, min_col=index, max_col=index):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
