"""`register.csv`: the corporation's tenancy administration (CONTRACT.md §2).

Every column is validated in its own vocabulary: booleans `true`/`false`, ISO dates,
amounts with a dot for decimals, and an empty cell meaning unknown (None). A register
that cannot be trusted must not decide anything, so a missing or unknown column, a
row with more or fewer cells than the header, a duplicated tenancy or one bad cell
stops loading with a `RegisterError` naming the row and column. Rows are numbered as
a spreadsheet shows them: the header is row 1, the first tenancy row 2, and an empty
line counts as a row but is skipped.

It is read with pandas (`read_csv`, every cell as text, nothing turned into NaN by
guessing), set up so that an error names the right cell: `index_col` is never
inferred (by default a trailing comma on every row would turn the first column into
the index and shift every value), blank lines are kept so rows count as in a
spreadsheet, and a row with too few cells is told apart from one with empty cells.

>>> header = ",".join(COLUMNS)
>>> good = "T-1,Jan de Vries,Kerkstraat,12,1012 ab,Amsterdam,3,1040.00,2015-06-01," + "false," * 5 + ",false"
>>> parse_register([header, good]).get("T-1").postcode
'1012AB'
>>> parse_register([header, good.replace(",false,", ",nee,", 1)])
Traceback (most recent call last):
...
woondossier.errors.RegisterError: register register.csv, row 2, column rent_arrears: expected true or false, got 'nee'; correct the cell or leave it empty for unknown
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pandas as pd
from pydantic import BaseModel, ConfigDict, Field

from woondossier.errors import RegisterError

COLUMNS = (
    "tenancy_id", "tenant_name", "street", "house_number", "postcode", "city", "rooms",
    "monthly_rent", "lease_start", "rent_arrears", "nuisance_file", "fraud_file",
    "renovation_urgency", "active_lodging", "last_house_sitting_end",
    "major_maintenance_planned",
)  # fmt: skip
"""The contract's columns, in the contract's order."""


class RegisterRow(BaseModel):
    """One tenancy as the register knows it; None where the register cell is empty."""

    model_config = ConfigDict(frozen=True)

    tenancy_id: str
    tenant_name: str | None = None
    street: str | None = None
    house_number: str | None = None
    postcode: str | None = None
    city: str | None = None
    rooms: int | None = Field(default=None, ge=1)
    monthly_rent: Decimal | None = Field(default=None, ge=0)
    lease_start: date | None = None
    rent_arrears: bool | None = None
    nuisance_file: bool | None = None
    fraud_file: bool | None = None
    renovation_urgency: bool | None = None
    active_lodging: bool | None = None
    last_house_sitting_end: date | None = None
    major_maintenance_planned: bool | None = None


class Register(BaseModel):
    """All tenancies of one export, by `tenancy_id`."""

    model_config = ConfigDict(frozen=True)

    file: str | None = None
    rows: dict[str, RegisterRow]

    def get(self, tenancy_id: str | None) -> RegisterRow | None:
        return None if tenancy_id is None else self.rows.get(tenancy_id)

    def __len__(self) -> int:
        return len(self.rows)


# --- one parser per column vocabulary ------------------------------------------------
# Each returns the value or raises ValueError with what was expected; "" never reaches them.


def _text(cell: str) -> str:
    return " ".join(cell.split())


def _boolean(cell: str) -> bool:
    lowered = cell.lower()
    if lowered not in ("true", "false"):
        raise ValueError("expected true or false")
    return lowered == "true"


def _iso_date(cell: str) -> date:
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", cell):
        raise ValueError("expected a date as YYYY-MM-DD")
    try:
        return date.fromisoformat(cell)
    except ValueError:
        raise ValueError("expected an existing date as YYYY-MM-DD") from None


def _amount(cell: str) -> Decimal:
    if not re.fullmatch(r"\d+(\.\d{1,2})?", cell):
        raise ValueError("expected an amount in euros with a dot for decimals, like 1234.50")
    return Decimal(cell)


def _rooms(cell: str) -> int:
    if not re.fullmatch(r"[1-9]\d?", cell):
        raise ValueError("expected a whole number of rooms from 1 to 99")
    return int(cell)


def _postcode(cell: str) -> str:
    compact = cell.replace(" ", "").upper()
    if not re.fullmatch(r"[1-9]\d{3}[A-Z]{2}", compact):
        raise ValueError("expected a Dutch postcode like 1234AB")
    return compact


def _house_number(cell: str) -> str:
    compact = re.sub(r"\s+", "", cell).upper()
    if not re.fullmatch(r"[1-9]\d{0,4}(?:[-/]?[A-Z0-9]{1,4})?", compact):
        raise ValueError("expected a house number like 12, 12A or 7-2")
    return compact


_PARSERS = {
    "tenancy_id": _text, "tenant_name": _text, "street": _text, "house_number": _house_number,
    "postcode": _postcode, "city": _text, "rooms": _rooms, "monthly_rent": _amount,
    "lease_start": _iso_date, "rent_arrears": _boolean, "nuisance_file": _boolean,
    "fraud_file": _boolean, "renovation_urgency": _boolean, "active_lodging": _boolean,
    "last_house_sitting_end": _iso_date, "major_maintenance_planned": _boolean,
}  # fmt: skip


def load_register(path: str | Path) -> Register:
    """The `Register` in the CSV file at `path`, validated cell by cell."""
    where = str(path)
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            return parse_register(handle, file=where)
    except FileNotFoundError as exc:
        raise RegisterError(f"register {where} does not exist; pass an existing CSV file", file=where) from exc
    except IsADirectoryError as exc:
        raise RegisterError(f"register {where} is a folder; pass the CSV file", file=where) from exc
    except UnicodeDecodeError as exc:
        raise RegisterError(f"register {where} is not UTF-8 text; re-export it as UTF-8 CSV", file=where) from exc
    except OSError as exc:
        raise RegisterError(f"register {where} cannot be read ({exc.strerror}); check the file", file=where) from exc


def parse_register(lines: Iterable[str], *, file: str | None = None) -> Register:
    """A `Register` from the lines of a CSV text with the contract's columns."""
    where = file or "register.csv"
    records = iter(_records("".join(line if line.endswith("\n") else line + "\n" for line in lines), where))
    header = _header(next(records, (1, []))[1], where)
    rows: dict[str, RegisterRow] = {}
    for number, cells in records:
        if not any(cell.strip() for cell in cells):
            continue  # an empty line
        row = _parse_row(_cells_by_column(cells, header, number, where), number, where)
        if row.tenancy_id in rows:
            raise _error(where, number, "tenancy_id", f"tenancy {row.tenancy_id} appears twice; keep one row per tenancy")
        rows[row.tenancy_id] = row
    return Register(file=file, rows=rows)


def _records(text: str, where: str) -> list[tuple[int, list[str]]]:
    """(spreadsheet row number, cells) of every line; a short row has fewer cells."""
    too_long: list[list[str]] = []

    def keep_trailing_delimiters(cells: list[str]) -> list[str] | None:
        too_long.append(cells)
        return None

    try:
        frame = pd.read_csv(
            io.StringIO(text), header=None, dtype=str, keep_default_na=False, index_col=False,
            skip_blank_lines=False, engine="python", on_bad_lines=keep_trailing_delimiters,
        )  # fmt: skip
    except pd.errors.EmptyDataError:
        return []
    except (pd.errors.ParserError, ValueError) as exc:
        raise RegisterError(f"register {where} is not a readable CSV file ({exc}); re-export it", file=where) from exc
    if too_long:  # read again, wide enough for the longest row; _cells_by_column judges the extra cells
        frame = pd.read_csv(
            io.StringIO(text), header=None, dtype=str, keep_default_na=False, index_col=False,
            skip_blank_lines=False, engine="python", names=range(max(len(c) for c in too_long)),
        )  # fmt: skip
    # A cell pandas had to add to a short row is NaN; a cell written empty is "".
    return [
        (number, [cell for cell in row if isinstance(cell, str)])
        for number, row in enumerate(frame.itertuples(index=False, name=None), start=1)
    ]


def _header(cells: list[str], where: str) -> list[str]:
    header = [cell.strip() for cell in cells]
    if not any(header):
        raise RegisterError(f"register {where} is empty; it needs at least the header row", file=where, row=1)
    unknown = [c for c in header if c not in COLUMNS]
    missing = [c for c in COLUMNS if c not in header]
    twice = sorted({c for c in header if header.count(c) > 1})
    if unknown or missing or twice:
        parts = (
            ([f"unknown column(s) {', '.join(unknown)}"] if unknown else [])
            + ([f"missing column(s) {', '.join(missing)}"] if missing else [])
            + ([f"column(s) {', '.join(twice)} appear twice"] if twice else [])
        )
        raise _error(where, 1, (unknown or missing or twice)[0], f"{'; '.join(parts)}; the header must be: {', '.join(COLUMNS)}")
    return header


def _cells_by_column(cells: list[str], header: list[str], number: int, where: str) -> dict[str, str]:
    if len(cells) > len(header) and not any(cell.strip() for cell in cells[len(header) :]):
        cells = cells[: len(header)]  # trailing delimiters: empty cells beyond the header are harmless
    if len(cells) != len(header):
        column = header[len(cells)] if len(cells) < len(header) else header[-1]
        raise _error(
            where, number, column,
            f"the row has {len(cells)} cells but the header has {len(header)}; check the row for a missing or extra comma",
        )  # fmt: skip
    return dict(zip(header, cells, strict=True))


def _parse_row(record: dict[str, str], number: int, where: str) -> RegisterRow:
    values: dict[str, object] = {}
    for column in COLUMNS:
        cell = record[column].strip()
        if not cell:
            values[column] = None
            continue
        try:
            values[column] = _PARSERS[column](cell)
        except ValueError as exc:
            raise _error(where, number, column, f"{exc}, got {cell!r}; correct the cell or leave it empty for unknown") from None
    if values["tenancy_id"] is None:
        raise _error(where, number, "tenancy_id", "empty; every row needs a tenancy_id")
    return RegisterRow.model_validate(values)


def _error(where: str, row: int, column: str, problem: str) -> RegisterError:
    return RegisterError(f"register {where}, row {row}, column {column}: {problem}", file=where, row=row, column=column)
