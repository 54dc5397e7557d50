"""Huisbewaring: someone minds the home while the tenant is away (seeds 000 de Alliantie and 003 Woonopmaat)."""

from __future__ import annotations

import random
from datetime import date

from samples.generator import people
from samples.scenarios._build import (
    Doc, Scenario, employment, household, register_row, scenario, sitting_form,
)  # fmt: skip

FORM = "huisbewaring_aanvraag"
CONTRACT = "arbeidsovereenkomst"


def hb_work_abroad(rng: random.Random) -> Scenario:
    h = household(rng, 41)
    return scenario(
        "HB-2026-001", "huisbewaring", "alliantie", h, "2026-11-02", "friend",
        register=register_row(h, monthly_rent="1040.00"),
        files=(
            Doc(FORM, "checkbox-form", "digital", "aanvraag huisbewaring.pdf", sitting_form(h, "2026-12-07", "2027-06-06", "work_or_study")),
            Doc(CONTRACT, "fixed-term", "digital", "arbeidscontract.pdf", employment(h.tenant, "2026-12-01", "2027-11-30")),
        ),
        decision="pass",
        note="Zes maanden weg voor werk, contract dekt de hele periode; vergoeding € 350,00 onder de huur.",
    )


def hb_short_notice_short_absence(rng: random.Random) -> Scenario:
    h = household(rng, 42)
    return scenario(
        "HB-2026-002", "huisbewaring", "kennemer_wonen", h, "2026-11-02", "friend",
        register=register_row(h, monthly_rent="930.00"),
        files=(Doc(FORM, "written-request", "digital", "verzoek.pdf", sitting_form(h, "2026-11-20", "2027-01-31", "travel", "0.00")),),
        decision="fail", notice_period="fail", absence_min_duration="fail", reason_evidence="unknown",
        note="Vertrek 18 dagen na de aanvraag (minder dan 4 weken) en ruim 2 maanden weg (niet meer dan 3).",
    )


def hb_sitter_rules_woonopmaat(rng: random.Random) -> Scenario:
    h = household(rng, 43)
    return scenario(
        "HB-2026-003", "huisbewaring", "woonopmaat", h, "2026-11-03", "friend",
        register=register_row(h, monthly_rent="890.00", lease_start="2025-03-01", major_maintenance_planned=True),
        files=(
            Doc(FORM, "ruled-table", "digital", "formulier.pdf", sitting_form(h, "2027-01-04", "2027-07-04", "work_or_study", "250.00", own_home=True)),
            Doc(CONTRACT, "secondment", "scan", "scan_detachering.pdf", employment(h.tenant, "2027-01-01", "2027-12-31")),
        ),
        decision="fail", tenancy_min_years="fail", sitter_no_own_home="fail", no_major_maintenance="fail",
        note="Huur pas sinds 2025-03-01 (Woonopmaat: minstens 2 jaar), de huisbewaarder heeft een eigen woning, groot onderhoud gepland.",
    )


def hb_minor_sitter_too_long(rng: random.Random) -> Scenario:
    h = household(rng, 44, applicant_born=(date(2009, 1, 1), date(2009, 11, 30)))
    return scenario(
        "HB-2026-004", "huisbewaring", "generic", h, "2026-11-02", "other_family",
        register=register_row(h, monthly_rent="1040.00"),
        files=(
            Doc(FORM, "checkbox-form", "digital", "huisbewaring.pdf", sitting_form(h, "2026-12-07", "2028-02-07", "work_or_study", "1200.00")),
            Doc(CONTRACT, "study", "digital", "studieovereenkomst.pdf", employment(h.tenant, "2026-12-01", "2028-06-30")),
        ),
        decision="fail", sitter_adult="fail", absence_max_duration="fail", compensation_within_rent="fail",
        note="De huisbewaarder is 17 bij de start, 14 maanden is langer dan 12, vergoeding € 1.200,00 boven de huur € 1.040,00.",
    )


def hb_again_within_five_years(rng: random.Random) -> Scenario:
    h = household(rng, 45)
    return scenario(
        "HB-2026-005", "huisbewaring", "woonopmaat", h, "2026-11-04", "sibling",
        register=register_row(h, monthly_rent="905.00", rent_arrears=True, last_house_sitting_end="2023-05-01"),
        files=(Doc(FORM, "checkbox-form", "scan", "scan_formulier.pdf", sitting_form(h, "2027-02-01", "2027-08-31", "care", "0.00")),),
        decision="fail", once_per_five_years="fail", no_rent_arrears="fail", reason_evidence="unknown",
        note="Vorige huisbewaring eindigde 2023-05-01, minder dan 5 jaar geleden; er is een huurachterstand.",
    )


def hb_contract_missing(rng: random.Random) -> Scenario:
    h = household(rng, 46)
    return scenario(
        "HB-2026-006", "huisbewaring", "alliantie", h, "2026-11-05", "friend",
        register=register_row(h, monthly_rent="990.00"),
        files=(Doc(FORM, "written-request", "digital", "brief huisbewaring.pdf", sitting_form(h, "2027-01-11", "2027-09-10", "work_or_study", "425.00")),),
        decision="incomplete", documents_complete="fail", reason_evidence="unknown",
        note="Reden werk, maar het arbeidscontract ontbreekt: vraag het op.",
    )


def hb_contract_ends_early(rng: random.Random) -> Scenario:
    h = household(rng, 47)
    return scenario(
        "HB-2026-007", "huisbewaring", "generic", h, "2026-11-02", "friend",
        register=register_row(h, monthly_rent="1015.00", nuisance_file=True),
        files=(
            Doc(FORM, "ruled-table", "digital", "huisbewaring.pdf", sitting_form(h, "2027-03-01", "2027-08-31", "work_or_study", "300.00", minor_children=True)),
            Doc(CONTRACT, "fixed-term", "digital", "contract.pdf", employment(h.tenant, "2027-02-15", "2027-05-31")),
        ),
        decision="fail", reason_evidence="fail", no_nuisance_file="fail", sitter_no_minor_children="fail",
        note="Het contract eindigt 2027-05-31, voor het einde van de huisbewaring; overlastdossier; huisbewaarder heeft minderjarige kinderen.",
    )


def hb_trial_cohabitation_photo(rng: random.Random) -> Scenario:
    h = household(rng, 48)
    return scenario(
        "HB-2026-008", "huisbewaring", "kennemer_wonen", h, "2026-11-03", "friend",
        register=register_row(h, monthly_rent="960.00"),
        files=(Doc(FORM, "written-request", "photo", "IMG_3310.jpg", sitting_form(h, "2027-01-04", "2027-10-03", "trial_cohabitation", "150.00")),),
        decision="review", reason_evidence="unknown",
        note="Proef samenwonen: een analist beoordeelt het bewijs; verder alles in orde.",
    )


def hb_other_sitter(rng: random.Random) -> Scenario:
    h = household(rng, 49)
    stand_in = people.person(rng)
    form = sitting_form(h, "2027-02-01", "2027-07-31", "work_or_study", "200.00") | {
        "sitter_name": stand_in.name, "sitter_birth_date": stand_in.birth_date,
    }  # fmt: skip
    return scenario(
        "HB-2026-009", "huisbewaring", "woonopmaat", h, "2026-11-02", "friend",
        register=register_row(h, monthly_rent="870.00"),
        files=(
            Doc(FORM, "checkbox-form", "digital", "formulier.pdf", form),
            Doc(CONTRACT, "fixed-term", "digital", "arbeidsovereenkomst.pdf", employment(h.tenant, "2027-01-15", "2027-12-31")),
        ),
        decision="fail", identity_consistent="fail",
        note="Het formulier noemt een andere huisbewaarder dan de aanvraag.",
    )


SCENARIOS = (
    hb_work_abroad, hb_short_notice_short_absence, hb_sitter_rules_woonopmaat, hb_minor_sitter_too_long,
    hb_again_within_five_years, hb_contract_missing, hb_contract_ends_early, hb_trial_cohabitation_photo,
    hb_other_sitter,
)  # fmt: skip
