"""Onderhuur of a room (seed 002; occupancy and register rules from seed 001)."""

from __future__ import annotations

import random

from samples.scenarios._build import Doc, RawFile, Scenario, brp, household, register_row, scenario, sublet


def oh_pass(rng: random.Random) -> Scenario:
    h = household(rng, 1, others=1)
    return scenario(
        "OH-2026-001", "onderhuur", "alliantie", h, "2026-11-02", "other",
        register=register_row(h, rooms=4, monthly_rent="1040.00"),
        files=(
            Doc("brp_uittreksel", "key_values", "digital", "brp-uittreksel.pdf", brp(h, "2026-10-12")),
            Doc("huurovereenkomst_onderhuur", "articles", "digital", "onderhuurcontract.pdf", sublet(h, "250.00")),
        ),
        decision="pass",
        note="Alles in orde: kamerhuur € 250,00 onder € 1.040,00 / 4 kamers = € 260,00; 3 personen in 4 kamers.",
    )


def oh_rent_over_cap(rng: random.Random) -> Scenario:
    h = household(rng, 2)
    return scenario(
        "OH-2026-002", "onderhuur", "kennemer_wonen", h, "2026-11-03", "friend",
        register=register_row(h, rooms=3, monthly_rent="1040.00"),
        files=(
            Doc("brp_uittreksel", "ruled_table", "digital", "gba.pdf", brp(h, "2026-10-01")),
            Doc("huurovereenkomst_onderhuur", "form", "digital", "contract kamer.pdf", sublet(h, "520.00")),
        ),
        decision="fail", room_rent_within_cap="fail",
        note="Kamerhuur € 520,00 is hoger dan € 1.040,00 / 3 kamers = € 346,67.",
    )


def oh_old_brp(rng: random.Random) -> Scenario:
    h = household(rng, 3)
    return scenario(
        "OH-2026-003", "onderhuur", "woonopmaat", h, "2026-11-02", "other",
        register=register_row(h, rooms=3, monthly_rent="900.00"),
        files=(
            Doc("brp_uittreksel", "persons_table", "scan", "scan_brp.pdf", brp(h, "2026-06-15")),
            Doc("huurovereenkomst_onderhuur", "plain", "digital", "onderhuur.pdf", sublet(h, "300.00")),
        ),
        decision="fail", brp_extract_recent="fail",
        note="BRP-uittreksel van 2026-06-15 is ouder dan 3 maanden voor de aanvraag van 2026-11-02 (grens 2026-08-02).",
    )


def oh_missing_contract(rng: random.Random) -> Scenario:
    h = household(rng, 4)
    return scenario(
        "OH-2026-004", "onderhuur", "generic", h, "2026-11-04", "friend",
        register=register_row(h, rooms=3, monthly_rent="950.00"),
        files=(Doc("brp_uittreksel", "verklaring", "digital", "uittreksel.pdf", brp(h, "2026-10-20")),),
        decision="incomplete", documents_complete="fail", room_rent_within_cap="unknown", contract_end_clause="unknown", contract_conditions_clause="unknown",
        note="Het onderhuurcontract ontbreekt: vraag het op.",
    )


def oh_over_occupied(rng: random.Random) -> Scenario:
    h = household(rng, 5, others=2)
    return scenario(
        "OH-2026-005", "onderhuur", "alliantie", h, "2026-11-02", "other",
        register=register_row(h, rooms=3, monthly_rent="990.00"),
        files=(
            Doc("brp_uittreksel", "key_values", "digital", "brp.pdf", brp(h, "2026-10-05")),
            Doc("huurovereenkomst_onderhuur", "articles", "digital", "contract.pdf", sublet(h, "300.00")),
        ),
        decision="fail", occupancy_within_limit="fail",
        note="3 personen op het uittreksel plus de onderhuurder = 4, meer dan 3 voor een woning met 3 kamers.",
    )


def oh_unreadable_contract(rng: random.Random) -> Scenario:
    h = household(rng, 6)
    from samples.generator.huurovereenkomst_onderhuur import make
    from samples.generator.render import render_digital

    broken = render_digital(make(random.Random(6), "articles", **sublet(h, "300.00")))
    return scenario(
        "OH-2026-006", "onderhuur", "kennemer_wonen", h, "2026-11-05", "other",
        register=register_row(h, rooms=4, monthly_rent="1100.00"),
        files=(
            Doc("brp_uittreksel", "ruled_table", "digital", "brp.pdf", brp(h, "2026-10-25")),
            RawFile("contract.pdf", broken[: len(broken) // 3]),
        ),
        decision="incomplete", documents_complete="fail", room_rent_within_cap="unknown", contract_end_clause="unknown", contract_conditions_clause="unknown",
        note="Het contract is een afgebroken PDF: vraag de huurder het opnieuw te sturen.",
    )


def oh_photo_and_scan(rng: random.Random) -> Scenario:
    h = household(rng, 7)
    return scenario(
        "OH-2026-007", "onderhuur", "generic", h, "2026-11-06", "friend",
        register=register_row(h, rooms=5, monthly_rent="1250.00"),
        files=(
            Doc("brp_uittreksel", "key_values", "scan", "scan0001.pdf", brp(h, "2026-09-30")),
            Doc("huurovereenkomst_onderhuur", "form", "photo", "IMG_2041.jpg", sublet(h, "240.00")),
        ),
        decision="pass",
        note="Gescand uittreksel en gefotografeerd contract; alles in orde.",
    )


def oh_no_end_clause(rng: random.Random) -> Scenario:
    h = household(rng, 8)
    return scenario(
        "OH-2026-008", "onderhuur", "woonopmaat", h, "2026-11-02", "other",
        register=register_row(h, rooms=3, monthly_rent="870.00"),
        files=(
            Doc("brp_uittreksel", "persons_table", "digital", "brp.pdf", brp(h, "2026-10-28")),
            Doc("huurovereenkomst_onderhuur", "plain", "digital", "contract.pdf", sublet(h, "290.00", end_clause=False, conditions=False)),
        ),
        decision="fail", contract_end_clause="fail", contract_conditions_clause="fail",
        note="Het contract zegt niet dat de onderhuur eindigt met de hoofdhuur, en verwijst niet naar de Algemene Huurvoorwaarden.",
    )


def oh_register_flags(rng: random.Random) -> Scenario:
    h = household(rng, 9)
    return scenario(
        "OH-2026-009", "onderhuur", "generic", h, "2026-11-02", "other",
        register=register_row(h, rooms=4, monthly_rent="1000.00", rent_arrears=True, nuisance_file=True, active_lodging=True, renovation_urgency=True),
        files=(
            Doc("brp_uittreksel", "key_values", "digital", "brp.pdf", brp(h, "2026-10-12")),
            Doc("huurovereenkomst_onderhuur", "articles", "digital", "contract.pdf", sublet(h, "250.00")),
        ),
        decision="fail", no_rent_arrears="fail", no_nuisance_file="fail", no_existing_lodging="fail", no_renovation_urgency="fail",
        note="Huurachterstand, overlastdossier, al een inwoner en urgente renovatie volgens het register.",
    )


def oh_not_in_register(rng: random.Random) -> Scenario:
    h = household(rng, 10)
    return scenario(
        "OH-2026-010", "onderhuur", "alliantie", h, "2026-11-02", "other",
        register=None,
        files=(
            Doc("brp_uittreksel", "ruled_table", "digital", "brp.pdf", brp(h, "2026-10-12")),
            Doc("huurovereenkomst_onderhuur", "form", "digital", "contract.pdf", sublet(h, "250.00")),
        ),
        decision="review", tenant_lives_at_address="unknown", occupancy_within_limit="unknown", no_rent_arrears="unknown", no_nuisance_file="unknown", room_rent_within_cap="unknown",
        note="Huurcontract T-10010 staat niet in het register: de registerchecks zijn onbekend.",
    )


SCENARIOS = (
    oh_pass, oh_rent_over_cap, oh_old_brp, oh_missing_contract, oh_over_occupied,
    oh_unreadable_contract, oh_photo_and_scan, oh_no_end_clause, oh_register_flags, oh_not_in_register,
)  # fmt: skip
