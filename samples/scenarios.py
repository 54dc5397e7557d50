"""The sample applications and what a careful analyst decides on each.

Each scenario function builds one application from a seeded rng: the household, the
register row, the documents (with the facts that make a check pass or fail), and the
expected decision and check statuses. `applicable()` restates CONTRACT.md §5 and §6
independently of `validators`, so the samples check the implementation, not themselves.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
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


# --- households ----------------------------------------------------------------------


@dataclass(frozen=True)
class Household:
    tenant: people.Person
    applicant: people.Person
    others: tuple[people.Person, ...]
    address: people.Address
    tenancy_id: str


def household(rng: random.Random, number: int, others: int = 0, city: str | None = None) -> Household:
    address = people.address(rng)
    if city == "Amsterdam":
        address = people.Address(address.street, address.house_number, "10" + address.postcode[2:], "Amsterdam", "Amsterdam")
    tenant = people.person(rng, born_to=__import__("datetime").date(1990, 12, 31))
    return Household(
        tenant=tenant,
        applicant=people.person(rng),
        others=tuple(people.person(rng, surname=tenant.surname, tussenvoegsel=tenant.tussenvoegsel) for _ in range(others)),
        address=address,
        tenancy_id=f"T-{10000 + number}",
    )


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


# --- onderhuur (seed 002; occupancy and register rules from seed 001) ---------------------


def oh_pass(rng: random.Random) -> Scenario:
    h = household(rng, 1, others=1)
    return Scenario(
        "OH-2026-001", "onderhuur", "alliantie",
        aanvraag("OH-2026-001", "onderhuur", "alliantie", h, "2026-11-02", "other"),
        register_row(h, rooms=4, monthly_rent="1040.00"),
        (
            Doc("brp_uittreksel", "key_values", "digital", "brp-uittreksel.pdf", brp(h, "2026-10-12")),
            Doc("huurovereenkomst_onderhuur", "articles", "digital", "onderhuurcontract.pdf", sublet(h, "250.00")),
        ),
        "pass",
        expect("onderhuur", "alliantie", h.address.city),
        "Alles in orde: kamerhuur € 250,00 onder € 1.040,00 / 4 kamers = € 260,00; 3 personen in 4 kamers.",
    )


def oh_rent_over_cap(rng: random.Random) -> Scenario:
    h = household(rng, 2)
    return Scenario(
        "OH-2026-002", "onderhuur", "kennemer_wonen",
        aanvraag("OH-2026-002", "onderhuur", "kennemer_wonen", h, "2026-11-03", "friend"),
        register_row(h, rooms=3, monthly_rent="1040.00"),
        (
            Doc("brp_uittreksel", "ruled_table", "digital", "gba.pdf", brp(h, "2026-10-01")),
            Doc("huurovereenkomst_onderhuur", "form", "digital", "contract kamer.pdf", sublet(h, "520.00")),
        ),
        "fail",
        expect("onderhuur", "kennemer_wonen", h.address.city, room_rent_within_cap="fail"),
        "Kamerhuur € 520,00 is hoger dan € 1.040,00 / 3 kamers = € 346,67.",
    )


def oh_old_brp(rng: random.Random) -> Scenario:
    h = household(rng, 3)
    return Scenario(
        "OH-2026-003", "onderhuur", "woonopmaat",
        aanvraag("OH-2026-003", "onderhuur", "woonopmaat", h, "2026-11-02", "other"),
        register_row(h, rooms=3, monthly_rent="900.00"),
        (
            Doc("brp_uittreksel", "persons_table", "scan", "scan_brp.pdf", brp(h, "2026-06-15")),
            Doc("huurovereenkomst_onderhuur", "plain", "digital", "onderhuur.pdf", sublet(h, "300.00")),
        ),
        "fail",
        expect("onderhuur", "woonopmaat", h.address.city, brp_extract_recent="fail"),
        "BRP-uittreksel van 2026-06-15 is ouder dan 3 maanden voor de aanvraag van 2026-11-02 (grens 2026-08-02).",
    )


def oh_missing_contract(rng: random.Random) -> Scenario:
    h = household(rng, 4)
    return Scenario(
        "OH-2026-004", "onderhuur", "generic",
        aanvraag("OH-2026-004", "onderhuur", "generic", h, "2026-11-04", "friend"),
        register_row(h, rooms=3, monthly_rent="950.00"),
        (Doc("brp_uittreksel", "verklaring", "digital", "uittreksel.pdf", brp(h, "2026-10-20")),),
        "incomplete",
        expect(
            "onderhuur", "generic", h.address.city,
            documents_complete="fail", room_rent_within_cap="unknown",
            contract_end_clause="unknown", contract_conditions_clause="unknown",
        ),
        "Het onderhuurcontract ontbreekt: vraag het op.",
    )


def oh_over_occupied(rng: random.Random) -> Scenario:
    h = household(rng, 5, others=2)
    return Scenario(
        "OH-2026-005", "onderhuur", "alliantie",
        aanvraag("OH-2026-005", "onderhuur", "alliantie", h, "2026-11-02", "other"),
        register_row(h, rooms=3, monthly_rent="990.00"),
        (
            Doc("brp_uittreksel", "key_values", "digital", "brp.pdf", brp(h, "2026-10-05")),
            Doc("huurovereenkomst_onderhuur", "articles", "digital", "contract.pdf", sublet(h, "300.00")),
        ),
        "fail",
        expect("onderhuur", "alliantie", h.address.city, occupancy_within_limit="fail"),
        "3 personen op het uittreksel plus de onderhuurder = 4, meer dan 3 voor een woning met 3 kamers.",
    )


def oh_unreadable_contract(rng: random.Random) -> Scenario:
    h = household(rng, 6)
    from samples.generator.huurovereenkomst_onderhuur import make
    from samples.generator.render import render_digital

    broken = render_digital(make(random.Random(6), "articles", **sublet(h, "300.00")))
    return Scenario(
        "OH-2026-006", "onderhuur", "kennemer_wonen",
        aanvraag("OH-2026-006", "onderhuur", "kennemer_wonen", h, "2026-11-05", "other"),
        register_row(h, rooms=4, monthly_rent="1100.00"),
        (
            Doc("brp_uittreksel", "ruled_table", "digital", "brp.pdf", brp(h, "2026-10-25")),
            RawFile("contract.pdf", broken[: len(broken) // 3]),
        ),
        "incomplete",
        expect(
            "onderhuur", "kennemer_wonen", h.address.city,
            documents_complete="fail", room_rent_within_cap="unknown",
            contract_end_clause="unknown", contract_conditions_clause="unknown",
        ),
        "Het contract is een afgebroken PDF: vraag de huurder het opnieuw te sturen.",
    )


def oh_photo_and_scan(rng: random.Random) -> Scenario:
    h = household(rng, 7)
    return Scenario(
        "OH-2026-007", "onderhuur", "generic",
        aanvraag("OH-2026-007", "onderhuur", "generic", h, "2026-11-06", "friend"),
        register_row(h, rooms=5, monthly_rent="1250.00"),
        (
            Doc("brp_uittreksel", "key_values", "scan", "scan0001.pdf", brp(h, "2026-09-30")),
            Doc("huurovereenkomst_onderhuur", "form", "photo", "IMG_2041.jpg", sublet(h, "240.00")),
        ),
        "pass",
        expect("onderhuur", "generic", h.address.city),
        "Gescand uittreksel en gefotografeerd contract; alles in orde.",
    )


def oh_no_end_clause(rng: random.Random) -> Scenario:
    h = household(rng, 8)
    return Scenario(
        "OH-2026-008", "onderhuur", "woonopmaat",
        aanvraag("OH-2026-008", "onderhuur", "woonopmaat", h, "2026-11-02", "other"),
        register_row(h, rooms=3, monthly_rent="870.00"),
        (
            Doc("brp_uittreksel", "persons_table", "digital", "brp.pdf", brp(h, "2026-10-28")),
            Doc("huurovereenkomst_onderhuur", "plain", "digital", "contract.pdf", sublet(h, "290.00", end_clause=False, conditions=False)),
        ),
        "fail",
        expect("onderhuur", "woonopmaat", h.address.city, contract_end_clause="fail", contract_conditions_clause="fail"),
        "Het contract zegt niet dat de onderhuur eindigt met de hoofdhuur, en verwijst niet naar de Algemene Huurvoorwaarden.",
    )


def oh_register_flags(rng: random.Random) -> Scenario:
    h = household(rng, 9)
    return Scenario(
        "OH-2026-009", "onderhuur", "generic",
        aanvraag("OH-2026-009", "onderhuur", "generic", h, "2026-11-02", "other"),
        register_row(h, rooms=4, monthly_rent="1000.00", rent_arrears=True, nuisance_file=True, active_lodging=True, renovation_urgency=True),
        (
            Doc("brp_uittreksel", "key_values", "digital", "brp.pdf", brp(h, "2026-10-12")),
            Doc("huurovereenkomst_onderhuur", "articles", "digital", "contract.pdf", sublet(h, "250.00")),
        ),
        "fail",
        expect(
            "onderhuur", "generic", h.address.city,
            no_rent_arrears="fail", no_nuisance_file="fail", no_existing_lodging="fail", no_renovation_urgency="fail",
        ),
        "Huurachterstand, overlastdossier, al een inwoner en urgente renovatie volgens het register.",
    )


def oh_not_in_register(rng: random.Random) -> Scenario:
    h = household(rng, 10)
    return Scenario(
        "OH-2026-010", "onderhuur", "alliantie",
        aanvraag("OH-2026-010", "onderhuur", "alliantie", h, "2026-11-02", "other"),
        None,
        (
            Doc("brp_uittreksel", "ruled_table", "digital", "brp.pdf", brp(h, "2026-10-12")),
            Doc("huurovereenkomst_onderhuur", "form", "digital", "contract.pdf", sublet(h, "250.00")),
        ),
        "review",
        expect(
            "onderhuur", "alliantie", h.address.city,
            tenant_lives_at_address="unknown", occupancy_within_limit="unknown", no_rent_arrears="unknown",
            no_nuisance_file="unknown", room_rent_within_cap="unknown",
        ),
        "Huurcontract T-10010 staat niet in het register: de registerchecks zijn onbekend.",
    )


SCENARIOS = (
    oh_pass, oh_rent_over_cap, oh_old_brp, oh_missing_contract, oh_over_occupied,
    oh_unreadable_contract, oh_photo_and_scan, oh_no_end_clause, oh_register_flags, oh_not_in_register,
)  # fmt: skip
