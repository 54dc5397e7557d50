"""Medehuurderschap (seed 000, de Alliantie): two years together, a joint household, enough income, no child."""

from __future__ import annotations

import random
from datetime import date

from samples.generator import people
from samples.scenarios._build import (
    Doc, Scenario, bank_statement, brp, household, income_statement, register_row, scenario,
)  # fmt: skip


def mh_pass(rng: random.Random) -> Scenario:
    h = household(rng, 11)
    return scenario(
        "MH-2026-001", "medehuur", "alliantie", h, "2026-11-02", "partner",
        register=register_row(h, rooms=3, monthly_rent="1040.00"),
        files=(
            Doc("brp_uittreksel", "key_values", "digital", "brp.pdf", brp(h, "2026-10-15", applicant_since="2021-06-01")),
            Doc("inkomensverklaring", "table", "digital", "inkomensverklaring 2025.pdf", income_statement(h.applicant, "42000")),
            Doc("bankafschrift", "ing", "digital", "afschrift oktober.pdf", bank_statement(h.tenant, h.applicant)),
        ),
        decision="pass",
        note="Vijf jaar samen op het adres, gezamenlijke rekening, € 42.000 / 12 × 0,40 = € 1.400,00 ≥ huur € 1.040,00.",
    )


def mh_too_short_together(rng: random.Random) -> Scenario:
    h = household(rng, 12)
    return scenario(
        "MH-2026-002", "medehuur", "kennemer_wonen", h, "2026-11-03", "partner",
        register=register_row(h, rooms=3, monthly_rent="1040.00"),
        files=(
            Doc("brp_uittreksel", "ruled_table", "digital", "uittreksel.pdf", brp(h, "2026-10-20", applicant_since="2025-09-01")),
            Doc("inkomensverklaring", "sentence", "scan", "scan_ib.pdf", income_statement(h.applicant, "36000")),
            Doc("bankafschrift", "rabo", "digital", "rabo.pdf", bank_statement(h.tenant, h.applicant)),
        ),
        decision="fail", cohabitation_two_years="fail",
        note="De aanvrager staat pas sinds 2025-09-01 op het adres, korter dan 2 jaar voor 2026-11-03.",
    )


def mh_child_low_income(rng: random.Random) -> Scenario:
    h = household(rng, 13, applicant_born=(date(2001, 1, 1), date(2004, 12, 31)), applicant_in_family=True)
    return scenario(
        "MH-2026-003", "medehuur", "woonopmaat", h, "2026-11-04", "child",
        register=register_row(h, rooms=4, monthly_rent="1040.00"),
        files=(
            Doc("brp_uittreksel", "persons_table", "digital", "brp.pdf", brp(h, "2026-10-02", applicant_since="2015-03-01")),
            Doc("inkomensverklaring", "overzicht", "digital", "ib-overzicht.pdf", income_statement(h.applicant, "18000")),
            Doc("bankafschrift", "abn", "digital", "abn.pdf", bank_statement(h.tenant, h.applicant)),
        ),
        decision="fail", not_child="fail", income_sufficient="fail",
        note="Een kind kan geen medehuurder worden; € 18.000 / 12 × 0,40 = € 600,00 is minder dan € 1.040,00.",
    )


def mh_no_bank_statement(rng: random.Random) -> Scenario:
    h = household(rng, 14)
    return scenario(
        "MH-2026-004", "medehuur", "generic", h, "2026-11-05", "partner",
        register=register_row(h, rooms=3, monthly_rent="980.00"),
        files=(
            Doc("brp_uittreksel", "verklaring", "digital", "brp.pdf", brp(h, "2026-09-28", applicant_since="2019-04-15")),
            Doc("inkomensverklaring", "table", "digital", "ib.pdf", income_statement(h.applicant, "39500")),
        ),
        decision="incomplete", documents_complete="fail", joint_household_evidence="unknown",
        note="Het bankafschrift ontbreekt: de gezamenlijke huishouding is niet aangetoond; vraag het op.",
    )


def mh_spouse_without_joint_account(rng: random.Random) -> Scenario:
    h = household(rng, 15)
    someone_else = people.person(rng)
    return scenario(
        "MH-2026-005", "medehuur", "alliantie", h, "2026-11-02", "spouse",
        register=register_row(h, rooms=4, monthly_rent="1040.00"),
        files=(
            Doc("brp_uittreksel", "key_values", "digital", "brp.pdf", brp(h, "2026-10-12", applicant_since="2012-08-01")),
            Doc("inkomensverklaring", "sentence", "digital", "ib.pdf", income_statement(h.applicant, "47250")),
            Doc("bankafschrift", "sns", "digital", "sns.pdf", bank_statement(h.tenant, someone_else)),
        ),
        decision="fail", joint_household_evidence="fail",
        note="Het bankafschrift is van de huurder met een ander; een echtgenoot is overigens van rechtswege al medehuurder.",
    )


def mh_income_of_someone_else(rng: random.Random) -> Scenario:
    h = household(rng, 16)
    brother = people.person(rng, surname=h.applicant.surname, tussenvoegsel=h.applicant.tussenvoegsel)
    return scenario(
        "MH-2026-006", "medehuur", "kennemer_wonen", h, "2026-11-06", "partner",
        register=register_row(h, rooms=3, monthly_rent="1040.00"),
        files=(
            Doc("brp_uittreksel", "ruled_table", "digital", "brp.pdf", brp(h, "2026-10-30", applicant_since="2020-01-10")),
            Doc("inkomensverklaring", "overzicht", "digital", "inkomen.pdf", income_statement(brother, "52000")),
            Doc("bankafschrift", "ing", "scan", "scan_bank.pdf", bank_statement(h.tenant, h.applicant)),
        ),
        decision="fail", identity_consistent="fail", income_sufficient="unknown",
        note="De inkomensverklaring is van een ander (huurder noch aanvrager); het inkomen van de aanvrager is niet aangetoond.",
    )


SCENARIOS = (
    mh_pass, mh_too_short_together, mh_child_low_income, mh_no_bank_statement,
    mh_spouse_without_joint_account, mh_income_of_someone_else,
)  # fmt: skip
