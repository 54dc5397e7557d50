"""Spreadsheet cells that are never formulas (OWASP, "CSV Injection").

An application id comes from a folder name or `aanvraag.json`, a file name from an
upload: text a stranger chose. Written as it is, `=HYPERLINK(...)` or `@SUM(1+1)`
becomes a live formula when an analyst opens `report.csv` or `report.xlsx`. OWASP's
advice: a cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is
written with a single quote in front, so every spreadsheet shows it as text.

    >>> as_text("=HYPERLINK(\\"http://x\\")"), as_text("@SUM(1+1)"), as_text("OH-2026-001"), as_text(3)
    ('\\'=HYPERLINK("http://x")', "'@SUM(1+1)", 'OH-2026-001', 3)
"""

from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def as_text(value: Any) -> Any:
    """`value`, with a quote in front when it is text a spreadsheet would take for a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
