"""Inwoning: someone comes to live with the tenant (seeds 000 de Alliantie and 001 Kennemer Wonen)."""

from __future__ import annotations

import random
from datetime import date

from samples.scenarios._build import Doc, Scenario, brp, household, register_row, scenario


def iw_friend_in_first_years(rng: random.Random) -> Scenario:
    h = household(rng, 31, city="Amsterdam")
    return scenario(
        "IW-2026-001", "inwoning", "alliantie", h, "2026-11-02", "friend",
        register=register_row(h, rooms=3, monthly_rent="1010.00", lease_start="2025-06-01"),
        files=(Doc("brp_uittreksel", "key_values", "digital", "brp.pdf", brp(h, "2026-10-14", tenant_since="2025-06-01")),),
        decision="fail", first_two_years_family_only="fail",
        note="Amsterdam, huur sinds 2025-06-01: de eerste 2 jaar alleen directe familie of mantelzorger, dit is een vriend.",
    )


def iw_parent_in_first_years(rng: random.Random) -> Scenario:
    h = household(rng, 32, city="Amsterdam", applicant_born=(date(1940, 1, 1), date(1955, 12, 31)), applicant_in_family=True)
    return scenario(
        "IW-2026-002", "inwoning", "alliantie", h, "2026-11-03", "parent",
        register=register_row(h, rooms=3, monthly_rent="980.00", lease_start="2025-09-01"),
        files=(Doc("brp_uittreksel", "ruled_table", "scan", "scan_brp.pdf", brp(h, "2026-10-09", tenant_since="2025-09-01")),),
        decision="pass",
        note="Amsterdam, huur pas sinds 2025-09-01, maar een ouder mag altijd inwonen.",
    )


def iw_register_flags(rng: random.Random) -> Scenario:
    h = household(rng, 33)
    return scenario(
        "IW-2026-003", "inwoning", "kennemer_wonen", h, "2026-11-04", "other",
        register=register_row(h, rooms=4, monthly_rent="1075.00", fraud_file=True, active_lodging=True),
        files=(Doc("brp_uittreksel", "persons_table", "digital", "brp.pdf", brp(h, "2026-10-27")),),
        decision="fail", no_nuisance_file="fail", no_existing_lodging="fail",
        note="Het register kent een fraudedossier en er woont al iemand in.",
    )


def iw_sibling_scanned(rng: random.Random) -> Scenario:
    h = household(rng, 34, applicant_in_family=True)
    return scenario(
        "IW-2026-004", "inwoning", "woonopmaat", h, "2026-11-05", "sibling",
        register=register_row(h, rooms=3, monthly_rent="845.00"),
        files=(Doc("brp_uittreksel", "verklaring", "scan", "scan0007.pdf", brp(h, "2026-10-01")),),
        decision="pass",
        note="Gescande verklaring; 1 bewoner plus de broer of zus = 2 in 3 kamers.",
    )


def iw_crowded_and_renovation(rng: random.Random) -> Scenario:
    h = household(rng, 35, others=1)
    return scenario(
        "IW-2026-005", "inwoning", "generic", h, "2026-11-02", "friend",
        register=register_row(h, rooms=2, monthly_rent="760.00", renovation_urgency=True),
        files=(Doc("brp_uittreksel", "key_values", "digital", "brp.pdf", brp(h, "2026-10-22")),),
        decision="fail", occupancy_within_limit="fail", no_renovation_urgency="fail",
        note="2 personen op het uittreksel plus de aanvrager = 3 in 2 kamers; de woning heeft een urgente renovatie.",
    )


def iw_wrong_tenancy(rng: random.Random) -> Scenario:
    h = household(rng, 36)
    registered = household(rng, 37)  # the tenancy the mail room typed belongs to someone else
    return scenario(
        "IW-2026-006", "inwoning", "alliantie", h, "2026-11-06", "friend",
        aanvraag_changes={"tenancy_id": registered.tenancy_id},
        register=register_row(registered, rooms=4, monthly_rent="1120.00"),
        files=(Doc("brp_uittreksel", "ruled_table", "digital", "brp.pdf", brp(h, "2026-10-16")),),
        decision="fail", identity_consistent="fail", tenant_lives_at_address="fail",
        note=f"Huurcontract {registered.tenancy_id} staat op naam van een ander: controleer het huurcontractnummer.",
    )


SCENARIOS = (
    iw_friend_in_first_years, iw_parent_in_first_years, iw_register_flags, iw_sibling_scanned,
    iw_crowded_and_renovation, iw_wrong_tenancy,
)  # fmt: skip
