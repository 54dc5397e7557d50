"""Write what the back office reads: `result.json`, `report.csv`, and readable tables.

JSON shapes are CONTRACT.md §3 and §4. Files are written atomically (a temporary file
in the same folder, then a rename), so a crash never leaves half a result.
"""

from __future__ import annotations

import csv
import io
import json
import os
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from woondossier.cells import as_text
from woondossier.model import ApplicationResult, CheckStatus, Document, FileResult
from woondossier.privacy import mask_numbers

REPORT_COLUMNS = (
    "application_id", "type", "corporation", "decision",
    "failed_checks", "unknown_checks", "documents", "errors",
)  # fmt: skip


def document_json(doc: Document, with_file: bool) -> dict[str, Any]:
    data = doc.model_dump(mode="json", exclude={"sheets"})  # for the review application, not the contract
    if not with_file:
        data.pop("file")
    if data.get("attachment") is None:
        data.pop("attachment")
    for field in data["fields"].values():
        _round_bbox(field)
    return data


def _round_bbox(item: dict[str, Any]) -> dict[str, Any]:
    """A box to a tenth of a point: finer than any print, and stable across runs."""
    if item.get("bbox") is not None:
        item["bbox"] = [round(v, 1) for v in item["bbox"]]
    return item


def file_result_json(result: FileResult) -> dict[str, Any]:
    """One input file as `extract --json` prints it."""
    return {
        "file": result.file,
        "documents": [document_json(doc, with_file=False) for doc in result.documents],
        "errors": [e.model_dump(mode="json") for e in result.errors],
    }


def application_json(result: ApplicationResult) -> dict[str, Any]:
    """`result.json` of one application."""
    return {
        "application_id": result.application_id,
        "type": result.type,
        "corporation": result.corporation,
        "decision": result.decision.value,
        "checks": {
            check_id: {
                "status": check.status.value,
                "reason": check.reason,
                "evidence": [_round_bbox(e.model_dump(mode="json", exclude_none=True)) for e in check.evidence],
                **({"low_confidence": True} if check.low_confidence else {}),
            }
            for check_id, check in result.checks.items()
        },
        "documents": [document_json(doc, with_file=True) for doc in result.documents],
        "errors": [e.model_dump(mode="json") for e in result.errors],
    }


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def remove_stale_temporaries(out: Path) -> list[Path]:
    """Remove the temporary files of writes that a killed run left behind (never a finished file).

    They are hidden and named `.<name>.<random>.tmp` or `.<stem>.<random>.tmp.xlsx` by
    `write_atomic` and `woondossier.report.write_workbook`.
    """
    stale = [p for p in out.rglob(".*.tmp*") if p.is_file() and p.name.endswith((".tmp", ".tmp.xlsx"))]
    for path in stale:
        path.unlink(missing_ok=True)
    return stale


def write_result(out: Path, result: ApplicationResult) -> Path:
    path = out / result.application_id / "result.json"
    write_atomic(path, json.dumps(application_json(result), indent=2, ensure_ascii=False) + "\n")
    return path


def report_rows(results: Iterable[ApplicationResult]) -> list[dict[str, Any]]:
    """The rows of report.csv; a nine-digit run in any text (a BSN) shows only its last three digits."""
    rows = []
    for r in sorted(results, key=lambda r: r.application_id):
        rows.append(
            {
                "application_id": r.application_id,
                "type": r.type,
                "corporation": r.corporation,
                "decision": r.decision.value,
                "failed_checks": ";".join(k for k, c in r.checks.items() if c.status is CheckStatus.fail),
                "unknown_checks": ";".join(k for k, c in r.checks.items() if c.status is CheckStatus.unknown),
                "documents": len(r.documents),
                "errors": len(r.errors),
            }
        )
    return [{k: mask_numbers(v) if isinstance(v, str) else v for k, v in row.items()} for row in rows]


def write_report(out: Path, results: Iterable[ApplicationResult]) -> Path:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=REPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({k: _csv_cell(v) for k, v in row.items()} for row in report_rows(results))
    path = out / "report.csv"
    write_atomic(path, buffer.getvalue())
    return path


def _csv_cell(value: Any) -> Any:
    """A cell of report.csv: never a formula (woondossier/cells.py), and a carriage return
    written as a newline, which the writer quotes (a bare CR would end the row)."""
    value = as_text(value)
    return value.replace("\r\n", "\n").replace("\r", "\n") if isinstance(value, str) else value


def table(rows: list[dict[str, Any]], columns: Iterable[str]) -> str:
    """A plain fixed-width table for the terminal."""
    columns = list(columns)
    cells = [[str(row.get(c, "")) for c in columns] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines)


def extract_table(results: Iterable[FileResult]) -> str:
    """`woondossier extract` without --json: one row per document or error."""
    rows = []
    for result in results:
        for doc in result.documents:
            read = sum(1 for f in doc.fields.values() if f.value is not None)
            rows.append(
                {
                    "file": result.file,
                    "pages": ",".join(map(str, doc.pages)),
                    "doc_type": doc.doc_type.value,
                    "confidence": f"{doc.confidence:.2f}",
                    "ocr": "yes" if doc.ocr else "no",
                    "fields read": f"{read}/{len(doc.fields)}",
                }
            )
        for error in result.errors:
            rows.append({"file": error.file, "pages": error.page or "", "doc_type": "ERROR", "fields read": error.error})
    return table(rows, ("file", "pages", "doc_type", "confidence", "ocr", "fields read"))


def extract_text(results: Sequence[FileResult], as_json: bool) -> str:
    """What `woondossier extract` prints: CONTRACT.md §3's JSON (one object for one file,
    else a list), or a table."""
    if as_json:
        payload = [file_result_json(r) for r in results]
        return json.dumps(payload[0] if len(payload) == 1 else payload, indent=2, ensure_ascii=False)
    return extract_table(results)
