"""`register.csv`: the corporation's tenancy administration (CONTRACT.md §2).

Every column is validated in its own vocabulary: booleans `true`/`false`, ISO dates,
amounts with a dot for decimals, and an empty cell meaning unknown (None). A register
that cannot be trusted must not decide anything, so a missing or unknown column, a
row with more or fewer cells than the header, a duplicated tenancy or one bad cell
stops loading with a `RegisterError` naming the row and column. Rows are numbered as
a spreadsheet shows them: the header is row 1, the first tenancy row 2, and an empty
line counts as a row but is skipped.

It is read with the standard csv module, every cell as text, so that an error names
the right cell: a trailing comma on every row is an empty extra cell (never a
shifted column), blank lines count as rows as in a spreadsheet, a row with too few
cells is told apart from one with empty cells, and a quote that is opened and never
closed is an error at its row, not a silent merge of the rows after it.

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

import csv
import gc
import re
from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from decimal import Decimal
from itertools import islice
from pathlib import Path

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


class Register:
    """All tenancies of one export, by `tenancy_id`.

    `rows` is any mapping of tenancy id to `RegisterRow`. A loaded register keeps each
    row as a tuple of its parsed values, equal values shared, and makes the
    `RegisterRow` when it is asked for: a million tenancies fit in a few hundred MB
    (issue 20: 1.7 M rows took 4.5 GB as a million pydantic objects).
    """

    def __init__(self, file: str | None = None, rows: Mapping[str, RegisterRow] | None = None) -> None:
        self.file = file
        self.rows: Mapping[str, RegisterRow] = rows if rows is not None else {}

    def get(self, tenancy_id: str | None) -> RegisterRow | None:
        return None if tenancy_id is None else self.rows.get(tenancy_id)

    def __len__(self) -> int:
        return len(self.rows)

    def __repr__(self) -> str:
        return f"Register(file={self.file!r}, {len(self)} rows)"


class _Rows(Mapping[str, RegisterRow]):
    """Tenancy id -> `RegisterRow`, kept as tuples of parsed values in `COLUMNS` order."""

    def __init__(self, values: dict[str, tuple]) -> None:
        self._values = values

    def __getitem__(self, tenancy_id: str) -> RegisterRow:
        # The values were parsed and checked by this module's parsers: no second validation.
        return RegisterRow.model_construct(**dict(zip(COLUMNS, self._values[tenancy_id], strict=True)))

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


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
    """A `Register` from the lines of a CSV text with the contract's columns.

    It reads a chunk of rows at a time and works column by column: each cell is parsed
    once per distinct text of its column (booleans, dates and cities repeat a million
    times) and the lookups run in C, so a large register loads in seconds and never
    sits in memory as text (bench/register.py).
    """
    where = file or "register.csv"
    collecting = gc.isenabled()
    gc.disable()  # a million rows are a million tuples: cyclic collection would rescan them again and again
    try:
        return _parse(lines, file, where)
    finally:
        if collecting:
            gc.enable()


def _parse(lines: Iterable[str], file: str | None, where: str) -> Register:
    reader = csv.reader(lines)
    caches: list[dict[str, object]] = [{} for _ in COLUMNS]
    rows: dict[str, tuple] = {}
    try:
        header = _header(next(reader, []), where)
        if reader.line_num > 1:
            _refuse_line_break([header], 1, where)
        order = [header.index(column) for column in COLUMNS]
        first = reader.line_num + 1  # the spreadsheet row of the chunk's first record
        while chunk := list(islice(reader, _CHUNK_ROWS)):
            if reader.line_num - first + 1 != len(chunk):
                _refuse_line_break(chunk, first, where)
            _add_chunk(chunk, first, header, order, caches, rows, where)
            first += len(chunk)
    except csv.Error as exc:
        raise _error(where, reader.line_num, "-", f"not readable as CSV ({exc}); re-export the register") from None
    return Register(file=file, rows=_Rows(rows))


_CHUNK_ROWS = 20_000


def _refuse_line_break(chunk: list[list[str]], first: int, where: str) -> None:
    """A register cell never holds a line break: a record read over several lines is a
    quote opened and not closed (`"Jan de Vries,...`). On b0e8589 such a quote swallowed
    the lines after it and their rows silently disappeared; here loading stops at the
    row where the quote opened."""
    for k, cells in enumerate(chunk):
        breaks = sum(cell.count("\n") for cell in cells)
        if breaks:
            raise _error(
                where, first + k, "-",
                f"a quote opens a cell that runs on to row {first + k + breaks}; a register cell holds no line break, "
                "check the quotes in this row (a quote at the start of a cell must be closed, or doubled inside it)",
            )  # fmt: skip


def _add_chunk(
    chunk: list[list[str]], first: int, header: list[str], order: list[int],
    caches: list[dict[str, object]], rows: dict[str, tuple], where: str,
) -> None:  # fmt: skip
    width = len(header)
    numbers = range(first, first + len(chunk))
    if set(map(len, chunk)) != {width}:  # blank lines, short or long rows: the slow road
        kept = [(n, cells if len(cells) == width else _fit(cells, header, n, where))
                for n, cells in zip(numbers, chunk) if any(cell.strip() for cell in cells)]  # fmt: skip
        numbers, chunk = [n for n, _ in kept], [cells for _, cells in kept]
        if not chunk:
            return
    columns = list(zip(*chunk))
    parsed = [_column(COLUMNS[i], columns[order[i]], caches[i], numbers, where) for i in range(len(COLUMNS))]
    ids = parsed[0]
    if None in ids or len(set(ids)) != len(ids) or not rows.keys().isdisjoint(ids):
        _check_ids(ids, chunk, numbers, rows, where)
        keep = [k for k, tenancy_id in enumerate(ids) if tenancy_id is not None]  # lines of empty cells
        parsed = [[column[k] for k in keep] for column in parsed]
        ids = parsed[0]
    rows.update(zip(ids, zip(*parsed)))


def _check_ids(ids: list, chunk: list[list[str]], numbers, rows: dict[str, tuple], where: str) -> None:
    seen = set(rows)
    for k, tenancy_id in enumerate(ids):
        if tenancy_id is None:
            if any(cell.strip() for cell in chunk[k]):
                raise _error(where, numbers[k], "tenancy_id", "empty; every row needs a tenancy_id")
            continue
        if tenancy_id in seen:
            raise _error(where, numbers[k], "tenancy_id", f"tenancy {tenancy_id} appears twice; keep one row per tenancy")
        seen.add(tenancy_id)


def _column(column: str, cells: tuple[str, ...], cache: dict[str, object], numbers, where: str) -> list[object]:
    """The parsed values of one column of a chunk; the first bad cell raises with its row."""
    if _PARSERS[column] is _text:  # free text: only spaces normalised, nothing to cache
        return [text or None for text in map(" ".join, map(str.split, cells))]
    for cell in [c for c in dict.fromkeys(cells) if c not in cache]:  # each new text once, in row order
        text = cell.strip()
        try:
            cache[cell] = _PARSERS[column](text) if text else None
        except ValueError as exc:  # the row is looked up only now: most texts are fine
            problem = f"{exc}, got {text!r}; correct the cell or leave it empty for unknown"
            raise _error(where, numbers[cells.index(cell)], column, problem) from None
    return list(map(cache.__getitem__, cells))


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


def _fit(cells: list[str], header: list[str], number: int, where: str) -> list[str]:
    if len(cells) > len(header) and not any(cell.strip() for cell in cells[len(header) :]):
        return cells[: len(header)]  # trailing delimiters: empty cells beyond the header are harmless
    column = header[len(cells)] if len(cells) < len(header) else header[-1]
    raise _error(
        where, number, column,
        f"the row has {len(cells)} cells but the header has {len(header)}; check the row for a missing or extra comma",
    )  # fmt: skip


def _error(where: str, row: int, column: str, problem: str) -> RegisterError:
    return RegisterError(f"register {where}, row {row}, column {column}: {problem}", file=where, row=row, column=column)
