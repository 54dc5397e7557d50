"""Builders for the validators' tests: documents, register rows and applications in a line.

Everything is synthetic. Dates centre on one submission day, 2026-11-02, so a test
reads as the rule it checks ("issued exactly 3 months before"). Every builder's
defaults make its check pass under every policy, so a test changes only the one
value its rule is about; `complete(type)` is a whole dossier that passes every check.
"""

from __future__ import annotations

from datetime import date
from functools import cache
from typing import Any

from validators.application import Application
from validators.checks import Check
from validators.facts import Facts, RegisterStatus
from validators.policy import Policy, load_policy
from validators.register import RegisterRow
from woondossier.model import CheckResult, CheckStatus, DocType, Document, Field

PASS, FAIL, UNKNOWN = CheckStatus.pass_, CheckStatus.fail, CheckStatus.unknown
POLICIES = ("alliantie", "generic", "kennemer_wonen", "woonopmaat")
TYPES = ("medehuur", "mantelzorg_medehuur", "inwoning", "onderhuur", "huisbewaring")

SUBMITTED = date(2026, 11, 2)
TENANT = "Jan de Vries"
APPLICANT = "Fatima El Amrani"
BSN_TENANT = "111222333"  # elfproef-valid, synthetic
BSN_APPLICANT = "123456782"  # elfproef-valid, synthetic
BSN_INVALID = "111222334"


@cache
def policy(name: str = "generic") -> Policy:
    return load_policy(name)


def field(value: Any, confidence: float = 0.95, page: int = 1) -> Field:
    return Field(value=value, confidence=confidence, page=page, bbox=(72.0, 100.0, 200.0, 112.0))


def document(doc_type: DocType | str, file: str | None = None, confidence: float = 0.97, **values: Any) -> Document:
    """A document whose fields are `values`; a value that is already a `Field` is kept as is."""
    doc_type = DocType(doc_type)
    fields = {k: v if isinstance(v, Field) else field(v) for k, v in values.items()}
    return Document(
        doc_type=doc_type, pages=(1,), confidence=confidence, ocr=False, fields=fields,
        file=file or f"{doc_type.value}.pdf",
    )  # fmt: skip


def person(name: str, *, birth_date: str = "1980-05-17", bsn: str | None = BSN_TENANT,
           registered_since: str = "2019-03-01") -> dict[str, Any]:  # fmt: skip
    return {"name": name, "birth_date": birth_date, "bsn": bsn, "registered_since": registered_since}


def tenant_on_brp(**kwargs: Any) -> dict[str, Any]:
    return person("Vries, Jan de", **kwargs)


def applicant_on_brp(**kwargs: Any) -> dict[str, Any]:
    kwargs.setdefault("bsn", BSN_APPLICANT)
    kwargs.setdefault("birth_date", "1984-09-30")
    return person("Amrani, Fatima El", **kwargs)


def brp(issue_date: str | None = "2026-10-12", persons: Any = None, postcode: str = "1012AB",
        house_number: str = "12", file: str = "brp.pdf", **more: Any) -> Document:  # fmt: skip
    """A BRP extract of Kerkstraat 12; `persons` None lists tenant and applicant (`field(None)`: unread)."""
    if persons is None:
        persons = [tenant_on_brp(), applicant_on_brp()]
    return document(
        DocType.brp_uittreksel, file=file, issue_date=issue_date, municipality="Amsterdam",
        street="Kerkstraat", house_number=house_number, postcode=postcode, city="Amsterdam",
        persons=persons, **more,
    )  # fmt: skip


def application(type: str = "medehuur", corporation: str = "generic", **overrides: Any) -> Application:
    data = {
        "application_id": "A-2026-000123", "type": type, "corporation": corporation,
        "tenancy_id": "T-10023", "submitted_on": SUBMITTED.isoformat(), "tenant_name": TENANT,
        "applicant_name": APPLICANT, "applicant_relationship": "partner",
    }  # fmt: skip
    data.update(overrides)
    return Application.model_validate(data)


def row(**overrides: Any) -> RegisterRow:
    data = {
        "tenancy_id": "T-10023", "tenant_name": TENANT, "street": "Kerkstraat", "house_number": "12",
        "postcode": "1012AB", "city": "Amsterdam", "rooms": 3, "monthly_rent": "1040.00",
        "lease_start": "2015-06-01", "rent_arrears": False, "nuisance_file": False,
        "fraud_file": False, "renovation_urgency": False, "active_lodging": False,
        "last_house_sitting_end": None, "major_maintenance_planned": False,
    }  # fmt: skip
    data.update(overrides)
    return RegisterRow.model_validate(data)


NO_ROW = object()


def facts(*documents: Document, app: Application | None = None, register_row: Any = None,
          status: RegisterStatus | None = None, **app_overrides: Any) -> Facts:  # fmt: skip
    """Facts of an application; by default with a clean register row. `register_row=NO_ROW` for none."""
    app = app or application(**app_overrides)
    if register_row is NO_ROW:
        return Facts(application=app, register_row=None,
                     register_status=status or RegisterStatus.no_register, documents=documents)  # fmt: skip
    return Facts(application=app, register_row=register_row or row(), register_file="register.csv", documents=documents)


def run(check: Check, *documents: Document, policy_name: str = "generic", **kwargs: Any) -> CheckResult:
    """One check on the facts `facts(*documents, **kwargs)` under one policy."""
    return check(facts(*documents, **kwargs), policy(policy_name))


# --- one builder per document type, defaults that pass ------------------------------


def income_statement(name: str = APPLICANT, income: str | None = "40000.00", bsn: str | None = BSN_APPLICANT,
                     tax_year: int = 2025, file: str = "inkomen.pdf", **more: Any) -> Document:  # fmt: skip
    return document(DocType.inkomensverklaring, file=file, name=name, bsn=bsn, tax_year=tax_year, income=income,
                    issue_date="2026-09-01", **more)  # fmt: skip


def bank_statement(*holders: str | None, file: str = "bank.pdf") -> Document:
    holders = holders or (TENANT, APPLICANT)
    return document(DocType.bankafschrift, file=file, account_holders=list(holders),
                    iban="NL91ABNA0417164300", statement_date="2026-10-01")  # fmt: skip


def care_declaration(caregiver: str | None = APPLICANT, recipient: str | None = "J. de Vries",
                     round_the_clock: Any = True, file: str = "mantelzorg.pdf") -> Document:  # fmt: skip
    return document(DocType.mantelzorgverklaring, file=file, caregiver_name=caregiver, care_recipient_name=recipient,
                    round_the_clock=round_the_clock, issue_date="2026-10-01", issuer="Gemeente Amsterdam")  # fmt: skip


def sublet_contract(room_rent: Any = "250.00", end_with_main_lease: Any = True, general_conditions: Any = True,
                    file: str = "contract.pdf", signed_date: str = "2026-10-20", **more: Any) -> Document:  # fmt: skip
    values = {"tenant_name": TENANT, "subtenant_name": APPLICANT, "postcode": "1012AB", "house_number": "12",
              "room_rent": room_rent, "start_date": "2026-12-01", "end_with_main_lease": end_with_main_lease,
              "general_conditions": general_conditions, "signed_date": signed_date, **more}  # fmt: skip
    return document(DocType.huurovereenkomst_onderhuur, file=file, **values)


def house_sitting_form(start: str | None = "2026-12-07", end: str | None = "2027-06-07", *,
                       reason: str | None = "work_or_study", file: str = "formulier.pdf", **more: Any) -> Document:  # fmt: skip
    values = {"tenant_name": TENANT, "sitter_name": APPLICANT, "sitter_birth_date": "1990-01-01",
              "start_date": start, "end_date": end, "reason": reason, "compensation": "500.00",
              "sitter_has_own_home": False, "sitter_has_minor_children": False, "signed_date": "2026-10-30", **more}  # fmt: skip
    return document(DocType.huisbewaring_aanvraag, file=file, **values)


def employment_contract(employee: str | None = TENANT, start: str | None = "2026-09-01", end: str | None = "2027-12-31",
                        file: str = "arbeidscontract.pdf") -> Document:  # fmt: skip
    return document(DocType.arbeidsovereenkomst, file=file, employee_name=employee, employer="Shell",
                    start_date=start, end_date=end, place="Houston")  # fmt: skip


def complete(app_type: str) -> tuple[Document, ...]:
    """Every document an application of `app_type` needs, all in order."""
    return {
        "medehuur": (brp(), income_statement(), bank_statement()),
        "mantelzorg_medehuur": (brp(), care_declaration()),
        "inwoning": (brp(persons=[tenant_on_brp()]),),
        "onderhuur": (brp(persons=[tenant_on_brp()]), sublet_contract()),
        "huisbewaring": (house_sitting_form(), employment_contract()),
    }[app_type]
