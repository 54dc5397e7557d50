"""An analyst's typed correction, turned into the contract's value format (CONTRACT.md §3).

>>> parse_value("income", "31.250,5")
'31250.50'
>>> parse_value("issue_date", "2026-10-12")
'2026-10-12'
>>> parse_value("postcode", "1234 ab")
'1234AB'
>>> parse_value("round_the_clock", "ja")
True
>>> parse_value("tax_year", "2025")
2025
>>> parse_value("account_holders", "J. de Vries; F. El Amrani")
['J. de Vries', 'F. El Amrani']
>>> parse_value("name", "  ") is None
True
>>> parse_value("issue_date", "12-10-2026")
Traceback (most recent call last):
...
woondossier.errors.ReviewError: issue_date: not a date (YYYY-MM-DD): '12-10-2026'
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from stdnum.nl import bsn as stdnum_bsn

from woondossier.errors import ReviewError

DATES = frozenset({
    "issue_date", "start_date", "end_date", "signed_date", "sitter_birth_date", "statement_date", "birth_date",
    "registered_since",
})  # fmt: skip
AMOUNTS = frozenset({"income", "room_rent", "compensation"})
BOOLEANS = frozenset({"end_with_main_lease", "general_conditions", "round_the_clock", "sitter_has_own_home", "sitter_has_minor_children"})
INTEGERS = frozenset({"tax_year"})
NAME_LISTS = frozenset({"account_holders"})
NOT_EDITABLE = frozenset({"persons"})  # a list of people with their own fields: correct it at the source
_TRUE, _FALSE = {"true", "ja", "yes", "1"}, {"false", "nee", "no", "0"}
REASONS = ("work_or_study", "care", "trial_cohabitation", "travel", "other")


def parse_value(name: str, text: str) -> Any:
    """The value of field `name` from what the analyst typed; empty means 'not on the document'."""
    if name in NOT_EDITABLE:
        raise ReviewError(f"{name} cannot be corrected here; it is a list of people with fields of their own")
    text = " ".join(text.split())
    if not text:
        return None
    if name in DATES:
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise ReviewError(f"{name}: not a date (YYYY-MM-DD): {text!r}") from None
    if name in AMOUNTS:
        return _amount(name, text)
    if name in BOOLEANS:
        lowered = text.lower()
        if lowered not in _TRUE | _FALSE:
            raise ReviewError(f"{name}: answer true or false (ja/nee), not {text!r}")
        return lowered in _TRUE
    if name in INTEGERS:
        if not text.isdigit():
            raise ReviewError(f"{name}: not a whole number: {text!r}")
        return int(text)
    if name in NAME_LISTS:
        return [part.strip() for part in text.split(";") if part.strip()]
    if name == "bsn":
        digits = text.replace(" ", "").replace(".", "")
        if not stdnum_bsn.is_valid(digits):
            raise ReviewError("bsn: not a valid BSN (nine digits passing the elfproef)")
        return digits
    if name == "postcode":
        compact = text.replace(" ", "").upper()
        if not re.fullmatch(r"[1-9][0-9]{3}[A-Z]{2}", compact):
            raise ReviewError(f"postcode: not a Dutch postcode (1234AB): {text!r}")
        return compact
    if name == "house_number":
        return text.replace(" ", "").upper()
    if name == "reason" and text not in REASONS:
        raise ReviewError(f"reason: one of {', '.join(REASONS)}, not {text!r}")
    return text


def _amount(name: str, text: str) -> str:
    cleaned = text.replace("€", "").replace(" ", "")
    if "," in cleaned:  # Dutch notation: 31.250,50
        cleaned = cleaned.replace(".", "").replace(",", ".")
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ReviewError(f"{name}: not an amount in euros: {text!r}") from None
    if value < 0:
        raise ReviewError(f"{name}: an amount cannot be negative")
    return f"{value:.2f}"


def shown(value: Any) -> str:
    """A value as an analyst types it back in the correction form."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return str(value)
