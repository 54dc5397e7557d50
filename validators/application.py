"""`aanvraag.json`: what the mail room registers about one application (CONTRACT.md §2).

It holds only the registration: the type, the policy profile, the tenancy, the date
and the names of tenant and applicant. Every substantive fact comes from the documents
or the register. The enums hold the contract's strings verbatim, so a misspelt type or
relationship is an `ApplicationError` at load, not a silently skipped check.

`tenancy_id`, `applicant_name` and `applicant_relationship` may be missing (the mail
room did not know them): checks that need them answer `unknown`. Keys the contract
does not name are ignored, so the portal can add fields without breaking old runs.

Whatever the file holds, loading it ends in an `Application` or an `ApplicationError`
naming the problem, never another exception: the file is at most `MAX_FILE_BYTES`,
every string at most `MAX_STRING` characters and valid Unicode (no lone surrogates),
no key appears twice in an object and nesting stops at `MAX_DEPTH` levels.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, ValidationError

from woondossier.errors import ApplicationError
from woondossier.model import ApplicationType


class Corporation(StrEnum):
    """The policy profile an application is judged by (CONTRACT.md §6)."""

    alliantie = "alliantie"
    kennemer_wonen = "kennemer_wonen"
    woonopmaat = "woonopmaat"
    generic = "generic"


class Relationship(StrEnum):
    """The applicant's relationship to the tenant (CONTRACT.md §2)."""

    spouse = "spouse"
    registered_partner = "registered_partner"
    partner = "partner"
    child = "child"
    parent = "parent"
    sibling = "sibling"
    other_family = "other_family"
    friend = "friend"
    caregiver = "caregiver"
    refugee = "refugee"
    other = "other"


def _iso_date(value: Any) -> Any:
    # pydantic would also take a timestamp or "2026-11-02T00:00"; the contract says ISO dates.
    if isinstance(value, str):
        try:
            return date.fromisoformat(value) if len(value) == 10 else _bad_date(value)
        except ValueError:
            return _bad_date(value)
    if isinstance(value, date):
        return value
    return _bad_date(value)


def _bad_date(value: Any) -> Any:
    raise ValueError(f"expected a date as YYYY-MM-DD, got {value!r}")


def _name(value: Any) -> Any:
    # Names as registered, single spaces; an empty string means the mail room left it out.
    if isinstance(value, str):
        cleaned = " ".join(value.split())
        return cleaned or None
    return value


def _optional_text(value: Any) -> Any:
    if isinstance(value, str) and not value.strip():
        return None
    return value.strip() if isinstance(value, str) else value


def _stripped(value: Any) -> Any:
    # Kept as "" when blank, so `parse_application` can say "application_id is empty".
    return value.strip() if isinstance(value, str) else value


IsoDate = Annotated[date, BeforeValidator(_iso_date)]
Name = Annotated[str | None, BeforeValidator(_name)]


class Application(BaseModel):
    """One application as registered in `aanvraag.json`."""

    model_config = ConfigDict(frozen=True, extra="ignore")

    application_id: Annotated[str, BeforeValidator(_stripped)]
    type: ApplicationType
    corporation: Corporation
    submitted_on: IsoDate
    tenancy_id: Annotated[str | None, BeforeValidator(_optional_text)] = None
    tenant_name: Name = None
    applicant_name: Name = None
    applicant_relationship: Annotated[Relationship | None, BeforeValidator(_optional_text)] = None


def parse_application(data: Any, *, file: str | None = None) -> Application:
    """An `Application` from the decoded JSON of `aanvraag.json`, or an `ApplicationError`.

    >>> parse_application({"application_id": "A-1", "type": "medehuur", "corporation": "alliantie",
    ...                    "submitted_on": "2026-11-02", "tenant_name": " Jan  de Vries"}).tenant_name
    'Jan de Vries'
    >>> parse_application({"application_id": "A-1", "type": "medehuurder", "corporation": "alliantie",
    ...                    "submitted_on": "2026-11-02"})
    Traceback (most recent call last):
    ...
    woondossier.errors.ApplicationError: aanvraag.json is invalid: type: Input should be 'medehuur', 'mantelzorg_medehuur', 'inwoning', 'onderhuur' or 'huisbewaring' (got 'medehuurder'); correct the registration
    """
    where = file or "aanvraag.json"
    if not isinstance(data, dict):
        raise ApplicationError(f"{where} must hold one JSON object, not {type(data).__name__}", file=where)
    try:
        application = Application.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(_describe(err) for err in exc.errors())
        raise ApplicationError(f"{where} is invalid: {problems}; correct the registration", file=where) from exc
    if not application.application_id:
        raise ApplicationError(f"{where} is invalid: application_id is empty; correct the registration", file=where)
    return application


MAX_FILE_BYTES = 64 * 1024
"""The largest aanvraag.json read: a registration is a few hundred bytes."""
MAX_STRING = 1000
"""The longest string value (or key) accepted in aanvraag.json, in characters."""
MAX_DEPTH = 20
"""The deepest nesting accepted: the contract's object is one level deep."""


def load_application(path: str | Path) -> Application:
    """The `Application` registered in the `aanvraag.json` at `path`."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            raw = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as exc:
        raise ApplicationError(f"{path} is missing; every application folder needs an aanvraag.json", file=str(path)) from exc
    except OSError as exc:
        raise ApplicationError(f"{path} cannot be read ({exc.strerror or exc}); check the file", file=str(path)) from exc
    if len(raw) > MAX_FILE_BYTES:
        raise ApplicationError(
            f"{path} is larger than {MAX_FILE_BYTES // 1024} KB; a registration is a small JSON object, correct the file",
            file=str(path),
        )
    try:
        data = json.loads(raw.decode("utf-8-sig"), object_pairs_hook=_no_duplicate_keys)
    except UnicodeDecodeError as exc:
        raise ApplicationError(f"{path} is not UTF-8 text (byte {exc.start}); save it as UTF-8", file=str(path)) from exc
    except json.JSONDecodeError as exc:
        raise ApplicationError(
            f"{path} is not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}); fix the file",
            file=str(path),
        ) from exc
    except RecursionError as exc:
        raise ApplicationError(f"{path} is nested too deeply to be a registration; fix the file", file=str(path)) from exc
    except (_DuplicateKey, ValueError) as exc:  # a repeated key; a number too long to convert
        raise ApplicationError(f"{path} is invalid: {exc}; fix the file", file=str(path)) from exc
    problem = _first_problem(data)
    if problem:
        raise ApplicationError(f"{path} is invalid: {problem}; correct the registration", file=str(path))
    return parse_application(data, file=str(path))


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    # Two values for one key: which one the mail room meant is not ours to guess.
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateKey(f"the key {_shown(key)} appears more than once")
        seen[key] = value
    return seen


def _first_problem(data: Any) -> str | None:
    """What makes decoded JSON unusable as a registration whatever its schema, or None."""
    for depth, text in _strings(data, 1):
        if depth > MAX_DEPTH:
            return f"nested more than {MAX_DEPTH} levels deep"
        if text is None:
            continue
        if len(text) > MAX_STRING:
            return f"a value of {len(text)} characters (at most {MAX_STRING}): {_shown(text)}"
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            return f"an invalid character (a lone surrogate, \\u{ord(text[exc.start]):04x}) in {_shown(text)}"
    return None


def _strings(data: Any, depth: int) -> Iterator[tuple[int, str | None]]:
    """Every string (keys too) with its depth; containers yield (depth, None) so depth is seen."""
    if isinstance(data, str):
        yield depth, data
    elif isinstance(data, dict | list):
        yield depth, None
        if depth > MAX_DEPTH:
            return
        for key, value in data.items() if isinstance(data, dict) else enumerate(data):
            if isinstance(key, str):
                yield depth, key
            yield from _strings(value, depth + 1)


def _shown(text: str) -> str:
    """A string as a message may show it: at most 40 characters, every character printable and encodable."""
    short = text if len(text) <= 40 else text[:40] + "..."
    return ascii(short) if not short.isprintable() or _unencodable(short) else repr(short)


def _unencodable(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _describe(error: dict[str, Any]) -> str:
    field = ".".join(str(p) for p in error["loc"]) or "file"
    if error["type"] == "missing":
        return f"{field} is missing"
    return f"{field}: {error['msg']} (got {error['input']!r})"
