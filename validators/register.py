"""`register.csv`: the corporation's tenancy administration (CONTRACT.md §2).

The export is read with pandas, every cell as text first, then each column is
validated in its own vocabulary: booleans `true`/`false`, ISO dates, amounts with a
dot for decimals, and an empty cell meaning unknown (None). A register that cannot be
trusted must not decide anything, so a missing or unknown column, a duplicated tenancy
or one bad cell stops loading with a `RegisterError` naming the row and column.
Rows are numbered as a spreadsheet shows them: the header is row 1, the first tenancy
row 2.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pandas as pd
from pydantic import BaseModel, ConfigDict

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
    rooms: int | None = None
    monthly_rent: Decimal | None = None
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
        table = pd.read_csv(
            path, dtype=str, keep_default_na=False, encoding="utf-8-sig", skipinitialspace=True
        )
    except FileNotFoundError as exc:
        raise RegisterError(f"register {where} does not exist; pass an existing CSV file", file=where) from exc
    except pd.errors.EmptyDataError as exc:
        raise RegisterError(f"register {where} is empty; it needs at least the header row", file=where) from exc
    except pd.errors.ParserError as exc:
        raise RegisterError(f"register {where} is not a readable CSV file ({exc}); re-export it", file=where) from exc
    except UnicodeDecodeError as exc:
        raise RegisterError(f"register {where} is not UTF-8 text; re-export it as UTF-8 CSV", file=where) from exc
    return parse_register(table, file=where)


def parse_register(table: pd.DataFrame, *, file: str | None = None) -> Register:
    """A `Register` from a table of text cells with the contract's columns."""
    where = file or "register.csv"
    header = [str(c).strip() for c in table.columns]
    unknown = [c for c in header if c not in COLUMNS]
    missing = [c for c in COLUMNS if c not in header]
    if unknown or missing:
        parts = ([f"unknown column(s) {', '.join(unknown)}"] if unknown else []) + (
            [f"missing column(s) {', '.join(missing)}"] if missing else []
        )
        raise RegisterError(
            f"register {where}, row 1 (header): {'; '.join(parts)}; the columns must be: {', '.join(COLUMNS)}",
            file=where, row=1, column=(unknown or missing)[0],
        )  # fmt: skip
    table = table.set_axis(header, axis="columns")
    rows: dict[str, RegisterRow] = {}
    for index, record in enumerate(table.to_dict(orient="records")):
        number = index + 2  # the header is row 1
        row = _parse_row(record, number, where)
        if row.tenancy_id in rows:
            raise RegisterError(
                f"register {where}, row {number}, column tenancy_id: tenancy {row.tenancy_id} appears twice; "
                "keep one row per tenancy",
                file=where, row=number, column="tenancy_id",
            )  # fmt: skip
        rows[row.tenancy_id] = row
    return Register(file=file, rows=rows)


def _parse_row(record: dict[str, Any], number: int, where: str) -> RegisterRow:
    values: dict[str, Any] = {}
    for column in COLUMNS:
        raw = record[column]
        if not isinstance(raw, str):  # pandas fills the cells of a short row with NaN
            raise RegisterError(
                f"register {where}, row {number}, column {column}: the row has fewer cells than the header; "
                "fix the row",
                file=where, row=number, column=column,
            )  # fmt: skip
        cell = raw.strip()
        if not cell:
            values[column] = None
            continue
        try:
            values[column] = _PARSERS[column](cell)
        except ValueError as exc:
            raise RegisterError(
                f"register {where}, row {number}, column {column}: {exc}, got {cell!r}",
                file=where, row=number, column=column,
            ) from None  # fmt: skip
    if values["tenancy_id"] is None:
        raise RegisterError(
            f"register {where}, row {number}, column tenancy_id: empty; every row needs a tenancy_id",
            file=where, row=number, column="tenancy_id",
        )  # fmt: skip
    return RegisterRow(**values)
