"""Medehuurderschap for a caregiver (seed 000, de Alliantie): 24-hour care stated in a mantelzorgverklaring."""

from __future__ import annotations

import random
from datetime import date

from samples.generator import people
from samples.scenarios._build import Doc, Scenario, brp, care_declaration, household, register_row, scenario


def mz_pass(rng: random.Random) -> Scenario:
    h = household(rng, 21)
    return scenario(
        "MZ-2026-001", "mantelzorg_medehuur", "woonopmaat", h, "2026-11-02", "caregiver",
        register=register_row(h, rooms=3, monthly_rent="860.00"),
        files=(
            Doc("brp_uittreksel", "key_values", "digital", "brp.pdf", brp(h, "2026-10-19", applicant_since="2025-02-01")),
            Doc("mantelzorgverklaring", "huisarts", "digital", "verklaring huisarts.pdf", care_declaration(h)),
        ),
        decision="pass",
        note="De huisarts verklaart dat de aanvrager 24-uurszorg verleent aan de huurder.",
    )


def mz_not_round_the_clock(rng: random.Random) -> Scenario:
    h = household(rng, 22, applicant_born=(date(1985, 1, 1), date(2000, 12, 31)), applicant_in_family=True)
    return scenario(
        "MZ-2026-002", "mantelzorg_medehuur", "generic", h, "2026-11-03", "child",
        register=register_row(h, rooms=4, monthly_rent="995.00"),
        files=(
            Doc("brp_uittreksel", "ruled_table", "digital", "uittreksel.pdf", brp(h, "2026-10-07", applicant_since="2024-05-01")),
            Doc("mantelzorgverklaring", "formulier", "scan", "scan_mantelzorg.pdf", care_declaration(h, round_the_clock=False)),
        ),
        decision="fail", care_round_the_clock="fail",
        note="De verklaring noemt mantelzorg, maar geen 24-uurszorg.",
    )


def mz_no_declaration(rng: random.Random) -> Scenario:
    h = household(rng, 23)
    return scenario(
        "MZ-2026-003", "mantelzorg_medehuur", "alliantie", h, "2026-11-04", "caregiver",
        register=register_row(h, rooms=2, monthly_rent="720.00"),
        files=(Doc("brp_uittreksel", "verklaring", "digital", "brp.pdf", brp(h, "2026-10-21", applicant_since="2026-01-15")),),
        decision="incomplete", documents_complete="fail", care_round_the_clock="unknown",
        note="De mantelzorgverklaring ontbreekt: vraag die op.",
    )


def mz_tenant_registered_elsewhere(rng: random.Random) -> Scenario:
    h = household(rng, 24)
    elsewhere = people.address(rng)
    return scenario(
        "MZ-2026-004", "mantelzorg_medehuur", "kennemer_wonen", h, "2026-11-05", "caregiver",
        register=register_row(h, rooms=3, monthly_rent="910.00"),
        files=(
            Doc("brp_uittreksel", "key_values", "digital", "brp.pdf", brp(h, "2026-10-26", at=elsewhere)),
            Doc("mantelzorgverklaring", "wijkverpleging", "digital", "wijkverpleging.pdf", care_declaration(h)),
        ),
        decision="fail", tenant_lives_at_address="fail",
        note="Het uittreksel zet de huurder op een ander adres dan de huurwoning.",
    )


SCENARIOS = (mz_pass, mz_not_round_the_clock, mz_no_declaration, mz_tenant_registered_elsewhere)
