"""The paper trail of one check: what it read, from where, and how sure the reading was.

Every check opens a `Trail`, reads values through it (document fields, register
columns, the registration) and closes it with `passed`, `failed` or `unknown`. The
trail turns what was read into the `CheckResult`'s evidence and sets `low_confidence`
when a field it used was read below the policy's `field_confidence_threshold`, so no
check can forget either. A trail lives inside one call of one check: checks stay pure.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from validators.facts import Facts
from validators.policy import Policy
from woondossier.model import CheckResult, CheckStatus, Document, Evidence

APPLICATION_FILE = "aanvraag.json"  # CONTRACT.md §2


class Trail:
    def __init__(self, policy: Policy) -> None:
        self._threshold = policy.field_confidence_threshold
        self._evidence: list[Evidence] = []
        self._low = False
        self._low_fields: set[tuple[str | None, str]] = set()

    # --- reading --------------------------------------------------------------------

    def field(self, document: Document, name: str) -> Any:
        """The value of a document field (None when absent or unreadable), recorded as evidence."""
        found = document.fields.get(name)
        if found is None:
            return None
        self._add(Evidence(file=document.file, page=found.page, field=name, bbox=found.bbox))
        if found.value is not None and found.confidence < self._threshold:
            self._low_fields.add((document.file, name))
        return found.value

    def corroborated(self, document: Document, *names: str) -> None:
        """These fields, read with low confidence, were found equal to an independent
        source (the register): their reading is confirmed, so they need no review. A
        misread that lands exactly on the register's value is not a realistic risk."""
        self._low_fields -= {(document.file, name) for name in names}

    def document(self, document: Document) -> None:
        """A whole document as evidence (its presence is what counts), with its classification confidence."""
        self._add(Evidence(file=document.file, page=document.pages[0] if document.pages else None))
        if document.confidence < self._threshold:
            self._low = True

    def register(self, facts: Facts, column: str) -> Any:
        """A register column of the tenancy (None when the row or cell is empty), recorded as evidence."""
        self._add(Evidence(file=facts.register_file, source="register", field=column))
        row = facts.register_row
        return None if row is None else getattr(row, column)

    def aanvraag(self, facts: Facts, name: str) -> Any:
        """A value of `aanvraag.json`, recorded as evidence."""
        self._add(Evidence(file=APPLICATION_FILE, source="aanvraag", field=name))
        return getattr(facts.application, name)

    def _add(self, evidence: Evidence) -> None:
        if evidence not in self._evidence:
            self._evidence.append(evidence)

    # --- closing ----------------------------------------------------------------------

    def passed(self, reason: str) -> CheckResult:
        return self._result(CheckStatus.pass_, reason)

    def failed(self, reason: str) -> CheckResult:
        return self._result(CheckStatus.fail, reason)

    def unknown(self, reason: str) -> CheckResult:
        return self._result(CheckStatus.unknown, reason)

    def _result(self, status: CheckStatus, reason: str) -> CheckResult:
        low = self._low or bool(self._low_fields)
        return CheckResult(status=status, reason=reason, evidence=tuple(self._evidence), low_confidence=low)


def amount(value: Any) -> Decimal | None:
    """A contract amount ("1234.50") as a Decimal, or None when absent or malformed.

    >>> amount("1040.00"), amount("1.040,00"), amount(None), amount("NaN")
    (Decimal('1040.00'), None, None, None)
    """
    if isinstance(value, Decimal):
        return value
    if not isinstance(value, str | int):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() and number >= 0 else None


def euro(value: Decimal) -> str:
    """An amount as a Dutch reader writes it.

    >>> euro(Decimal("1040")), euro(Decimal("346.666")), euro(Decimal("0.4"))
    ('€ 1.040,00', '€ 346,67', '€ 0,40')
    """
    text = f"{value.quantize(Decimal('0.01'), rounding=ROUND_HALF_UP):,.2f}"  # 1,040.00
    return "€ " + text.replace(",", "_").replace(".", ",").replace("_", ".")


def decimal_nl(value: Decimal) -> str:
    """A plain number with a decimal comma and at least two decimals.

    >>> decimal_nl(Decimal("0.4")), decimal_nl(Decimal("0.375"))
    ('0,40', '0,375')
    """
    text = f"{value:.2f}" if value == value.quantize(Decimal("0.01")) else str(value)
    return text.replace(".", ",")


def plural(count: int, one: str, many: str) -> str:
    """ "1 maand", "3 maanden"."""
    return f"{count} {one if count == 1 else many}"


def as_bool(value: Any) -> bool | None:
    """A contract boolean field, or None when absent or not a boolean.

    >>> as_bool(True), as_bool("true"), as_bool(None), as_bool("ja")
    (True, True, None, None)
    """
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    return None
