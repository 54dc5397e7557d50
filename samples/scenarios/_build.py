"""Building blocks of the sample applications: households, register rows, document truths.

Each scenario function builds one application from a seeded rng: the household, the
register row, the documents (with the facts that make a check pass or fail), and the
expected decision and check statuses. `applicable()` restates CONTRACT.md §5 and §6
independently of `validators`, so the samples check the implementation, not themselves.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from samples.generator import people

@dataclass(frozen=True)
class Doc:
    """A document to render into the application folder."""

    doc_type: str
    layout: str
    rendering: str  # digital | scan | photo
    name: str
    overrides: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class RawFile:
    """A file written as it is (a broken upload)."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Scenario:
    application_id: str
    type: str
    corporation: str
    aanvraag: dict[str, Any]
    register: dict[str, Any] | None  # None: the tenancy is not in the register
    files: tuple[Doc | RawFile, ...]
    decision: str
    checks: dict[str, str]  # every applicable check id -> expected status
    note: str



# --- which checks a careful reader of the contract expects --------------------------

_SINGLE_LODGING = {"kennemer_wonen", "generic"}
_RENOVATION_BLOCKS = {"kennemer_wonen", "generic"}
_SITTER_RULES = {"woonopmaat", "generic"}
_MIN_TENANCY = {"woonopmaat"}


def applicable(app_type: str, corporation: str, city: str | None) -> list[str]:
    """Check ids of CONTRACT.md §5 for a type under a corporation's policy (§6)."""
    checks = ["documents_complete"]
    if app_type != "huisbewaring":
        checks.append("brp_extract_recent")
    checks.append("identity_consistent")
    if app_type != "huisbewaring":
        checks.append("tenant_lives_at_address")
    if app_type == "medehuur":
        checks += ["cohabitation_two_years", "not_child", "joint_household_evidence", "income_sufficient"]
    if app_type == "mantelzorg_medehuur":
        checks.append("care_round_the_clock")
    if app_type in ("inwoning", "onderhuur"):
        checks.append("occupancy_within_limit")
    if app_type in ("inwoning", "onderhuur", "huisbewaring"):
        checks += ["no_rent_arrears", "no_nuisance_file"]
    if app_type in ("inwoning", "onderhuur"):
        if corporation in _SINGLE_LODGING:
            checks.append("no_existing_lodging")
        if corporation in _RENOVATION_BLOCKS:
            checks.append("no_renovation_urgency")
    if app_type == "inwoning" and corporation == "alliantie" and city == "Amsterdam":
        checks.append("first_two_years_family_only")
    if app_type == "onderhuur":
        checks += ["room_rent_within_cap", "contract_end_clause", "contract_conditions_clause"]
    if app_type == "huisbewaring":
        checks += ["absence_min_duration", "absence_max_duration", "notice_period", "once_per_five_years"]
        if corporation in _MIN_TENANCY:
            checks.append("tenancy_min_years")
        checks.append("sitter_adult")
        if corporation in _SITTER_RULES:
            checks += ["sitter_no_minor_children", "sitter_no_own_home"]
        checks.append("compensation_within_rent")
        if corporation in _SITTER_RULES:
            checks.append("no_major_maintenance")
        checks.append("reason_evidence")
    return checks


def expect(app_type: str, corporation: str, city: str | None, **statuses: str) -> dict[str, str]:
    """Every applicable check passing, except those named."""
    checks = {check: "pass" for check in applicable(app_type, corporation, city)}
    unknown = set(statuses) - set(checks)
    if unknown:
        raise ValueError(f"not applicable to {app_type}/{corporation}: {sorted(unknown)}")
    checks.update(statuses)
    return checks


def scenario(
    app_id: str,
    app_type: str,
    corporation: str,
    h: Household,
    submitted_on: str,
    relationship: str,
    *,
    register: dict[str, Any] | None,
    files: tuple[Doc | RawFile, ...],
    decision: str,
    note: str,
    aanvraag_changes: dict[str, Any] | None = None,
    **statuses: str,
) -> Scenario:
    """One application of household `h`: every applicable check passing except `statuses`."""
    request = aanvraag(app_id, app_type, corporation, h, submitted_on, relationship) | (aanvraag_changes or {})
    city = register["city"] if register else None
    checks = expect(app_type, corporation, city, **statuses)
    return Scenario(app_id, app_type, corporation, request, register, files, decision, checks, note)


# --- households ----------------------------------------------------------------------


@dataclass(frozen=True)
class Household:
    tenant: people.Person
    applicant: people.Person
    others: tuple[people.Person, ...]
    address: people.Address
    tenancy_id: str


ADULT = (date(1950, 1, 1), date(2004, 12, 31))
"""Birth dates the generator gives adults by default."""


def household(
    rng: random.Random,
    number: int,
    others: int = 0,
    city: str | None = None,
    *,
    applicant_born: tuple[date, date] = ADULT,
    applicant_in_family: bool = False,
) -> Household:
    """A tenant born before 1991, an applicant, `others` living with the tenant.

    `applicant_in_family` gives the applicant the tenant's surname (a child, parent or
    sibling); `number` makes the tenancy id unique across the samples.
    """
    address = people.address(rng)
    if city == "Amsterdam":
        address = people.Address(address.street, address.house_number, "10" + address.postcode[2:], "Amsterdam", "Amsterdam")
    tenant = people.person(rng, born_to=date(1990, 12, 31))
    family = {"surname": tenant.surname, "tussenvoegsel": tenant.tussenvoegsel} if applicant_in_family else {}
    taken = {_given(tenant)}
    applicant = _other_person(rng, taken, born_from=applicant_born[0], born_to=applicant_born[1], **family)
    return Household(
        tenant=tenant,
        applicant=applicant,
        others=tuple(_other_person(rng, taken, surname=tenant.surname, tussenvoegsel=tenant.tussenvoegsel) for _ in range(others)),
        address=address,
        tenancy_id=f"T-{10000 + number}",
    )


def _given(p: people.Person) -> str:
    return p.first_names.split()[0]


def _other_person(rng: random.Random, taken: set[str], **kwargs) -> people.Person:
    """A person whose first given name no one in the household has yet.

    A father and son both called Ahmed de Mulder are real, but they make a sample
    whose truth depends on telling them apart; the validators rightly say `unknown`.
    """
    while True:
        p = people.person(rng, **kwargs)
        if _given(p) not in taken:
            taken.add(_given(p))
            return p


def register_row(h: Household, **values) -> dict:
    row = {
        "tenancy_id": h.tenancy_id,
        "tenant_name": h.tenant.name,
        "street": h.address.street,
        "house_number": h.address.house_number,
        "postcode": h.address.postcode,
        "city": h.address.city,
        "rooms": 4,
        "monthly_rent": "1040.00",
        "lease_start": "2015-03-01",
        "rent_arrears": False,
        "nuisance_file": False,
        "fraud_file": False,
        "renovation_urgency": False,
        "active_lodging": False,
        "last_house_sitting_end": None,
        "major_maintenance_planned": False,
    }
    row.update(values)
    return row


def aanvraag(app_id: str, app_type: str, corporation: str, h: Household, submitted_on: str, relationship: str) -> dict:
    return {
        "application_id": app_id,
        "type": app_type,
        "corporation": corporation,
        "tenancy_id": h.tenancy_id,
        "submitted_on": submitted_on,
        "tenant_name": h.tenant.name,
        "applicant_name": h.applicant.name,
        "applicant_relationship": relationship,
    }


def _brp_person(p: people.Person, since: str, surname_first: bool = True) -> dict:
    return {"name": p.surname_first if surname_first else p.name, "birth_date": p.birth_date, "bsn": p.bsn, "registered_since": since}


def brp(h: Household, issue_date: str, *, applicant_since: str | None = None, tenant_since: str = "2015-03-01", at: people.Address | None = None) -> dict:
    """BRP overrides: the tenant, the others, and the applicant when `applicant_since` is given."""
    address = at or h.address
    persons = [_brp_person(h.tenant, tenant_since)] + [_brp_person(p, tenant_since) for p in h.others]
    if applicant_since:
        persons.append(_brp_person(h.applicant, applicant_since))
    return {
        "issue_date": issue_date,
        "street": address.street,
        "house_number": address.house_number,
        "postcode": address.postcode,
        "city": address.city,
        "municipality": address.municipality,
        "persons": persons,
    }


def sublet(h: Household, room_rent: str, *, end_clause: bool = True, conditions: bool = True, signed: str = "2026-10-20") -> dict:
    return {
        "tenant_name": h.tenant.name,
        "subtenant_name": h.applicant.name,
        "street": h.address.street,
        "city": h.address.city,
        "postcode": h.address.postcode,
        "house_number": h.address.house_number,
        "room_rent": room_rent,
        "start_date": "2026-12-01",
        "signed_date": signed,
        "end_with_main_lease": end_clause,
        "general_conditions": conditions,
    }


def income_statement(p: people.Person, income: str, *, issue_date: str = "2026-06-14", tax_year: int = 2025) -> dict:
    """An inkomensverklaring of `p` with verzamelinkomen `income` (whole euros)."""
    return {"name": p.name, "bsn": p.bsn, "income": income, "tax_year": tax_year, "issue_date": issue_date}


def bank_statement(*holders: people.Person, statement_date: str = "2026-10-31") -> dict:
    """A bank statement of an account held by `holders`."""
    return {"account_holders": [p.name for p in holders], "statement_date": statement_date}


def care_declaration(h: Household, *, round_the_clock: bool = True, issue_date: str = "2026-09-18") -> dict:
    """A mantelzorgverklaring: the applicant cares for the tenant."""
    return {
        "caregiver_name": h.applicant.name,
        "care_recipient_name": h.tenant.name,
        "round_the_clock": round_the_clock,
        "issue_date": issue_date,
    }


def sitting_form(
    h: Household,
    start: str,
    end: str,
    reason: str,
    compensation: str = "350.00",
    *,
    own_home: bool = False,
    minor_children: bool = False,
    signed: str = "2026-10-28",
) -> dict:
    """A huisbewaring form: the applicant minds the tenant's home from `start` to `end`."""
    return {
        "tenant_name": h.tenant.name,
        "sitter_name": h.applicant.name,
        "sitter_birth_date": h.applicant.birth_date,
        "start_date": start,
        "end_date": end,
        "reason": reason,
        "compensation": compensation,
        "sitter_has_own_home": own_home,
        "sitter_has_minor_children": minor_children,
        "signed_date": signed,
    }


def employment(p: people.Person, start: str, end: str) -> dict:
    """An arbeids- or studieovereenkomst of `p` from `start` to `end`."""
    return {"employee_name": p.name, "start_date": start, "end_date": end}
