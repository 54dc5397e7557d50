"""Truth tables of the huisbewaring checks: period, notice, history, tenancy, reason, sitter."""

from __future__ import annotations

import pytest

from tests.validators.dossier import (
    FAIL,
    NO_ROW,
    PASS,
    UNKNOWN,
    employment_contract,
    field,
    house_sitting_form,
    row,
    run,
)
from validators.house_sitting import (
    absence_max_duration,
    absence_min_duration,
    notice_period,
    once_per_five_years,
    reason_evidence,
    tenancy_min_years,
)
from validators.sitter import compensation_within_rent, sitter_adult, sitter_no_minor_children, sitter_no_own_home

FORM_CHECKS = [absence_min_duration, absence_max_duration, notice_period, reason_evidence, sitter_adult,
               sitter_no_minor_children, sitter_no_own_home, compensation_within_rent]  # fmt: skip


@pytest.mark.parametrize("check", FORM_CHECKS, ids=lambda c: c.__name__)
def test_every_form_check_without_form_is_unknown(check):
    assert run(check, employment_contract(), type="huisbewaring").status is UNKNOWN


# --- absence_min_duration ------------------------------------------------------------


@pytest.mark.parametrize(
    ("policy_name", "start", "end", "status"),
    [
        pytest.param("alliantie", "2026-12-07", "2027-06-07", PASS, id="6-months"),
        pytest.param("alliantie", "2026-12-07", "2027-03-08", PASS, id="3-months-and-a-day"),
        pytest.param("alliantie", "2026-12-07", "2027-03-07", FAIL, id="exactly-3-months-is-not-more"),
        pytest.param("alliantie", "2026-11-30", "2027-02-28", FAIL, id="nov-30-plus-3-months-clamps-to-feb-28"),
        pytest.param("alliantie", "2026-11-30", "2027-03-01", PASS, id="day-after-clamped-feb-28"),
        pytest.param("woonopmaat", "2026-12-07", "2027-02-08", PASS, id="woonopmaat-2-months-and-a-day"),
        pytest.param("woonopmaat", "2026-12-07", "2027-02-07", FAIL, id="woonopmaat-exactly-2-months"),
        pytest.param("generic", "2026-12-07", "2027-02-08", FAIL, id="generic-needs-more-than-3"),
        pytest.param("alliantie", "2026-12-07", "2026-11-01", FAIL, id="end-before-start"),
        pytest.param("alliantie", None, "2027-06-07", UNKNOWN, id="start-unread"),
        pytest.param("alliantie", "2026-12-07", None, UNKNOWN, id="end-unread"),
    ],
)
def test_absence_min_duration(policy_name, start, end, status):
    result = run(absence_min_duration, house_sitting_form(start, end), policy_name=policy_name)
    assert result.status is status, result.reason


# --- absence_max_duration ------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "status"),
    [
        pytest.param("2026-12-07", "2027-06-07", PASS, id="6-months"),
        pytest.param("2026-12-07", "2027-12-07", PASS, id="exactly-12-months"),
        pytest.param("2026-12-07", "2027-12-08", FAIL, id="12-months-and-a-day"),
        pytest.param("2028-02-29", "2029-02-28", PASS, id="leap-day-plus-12-months-is-feb-28"),
        pytest.param("2028-02-29", "2029-03-01", FAIL, id="leap-day-plus-12-months-and-a-day"),
        pytest.param("2026-12-07", "2026-11-01", FAIL, id="end-before-start"),
        pytest.param(None, "2027-06-07", UNKNOWN, id="start-unread"),
        pytest.param("2026-12-07", "07-06-2027", UNKNOWN, id="end-malformed"),
    ],
)
def test_absence_max_duration(start, end, status):
    assert run(absence_max_duration, house_sitting_form(start, end)).status is status


# --- notice_period -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "status"),
    [
        pytest.param("2026-12-07", PASS, id="5-weeks"),
        pytest.param("2026-11-30", PASS, id="exactly-4-weeks"),
        pytest.param("2026-11-29", FAIL, id="4-weeks-minus-a-day"),
        pytest.param("2026-10-15", FAIL, id="started-before-submission"),
        pytest.param(None, UNKNOWN, id="start-unread"),
    ],
)
def test_notice_period(start, status):
    assert run(notice_period, house_sitting_form(start, "2027-10-01")).status is status


def test_notice_period_reason_says_before_when_start_precedes_submission():
    reason = run(notice_period, house_sitting_form("2026-10-31", "2027-06-01")).reason
    assert "2 dagen vóór de aanvraag" in reason


# --- once_per_five_years -----------------------------------------------------------


@pytest.mark.parametrize(
    ("last_end", "status"),
    [
        pytest.param(None, PASS, id="never-before"),
        pytest.param("2019-01-01", PASS, id="long-ago"),
        pytest.param("2021-11-02", PASS, id="exactly-5-years"),
        pytest.param("2021-11-03", FAIL, id="5-years-minus-a-day"),
        pytest.param("2025-06-01", FAIL, id="last-year"),
    ],
)
def test_once_per_five_years(last_end, status):
    assert run(once_per_five_years, register_row=row(last_house_sitting_end=last_end)).status is status


def test_once_per_five_years_without_register_is_unknown():
    assert run(once_per_five_years, register_row=NO_ROW).status is UNKNOWN


# --- tenancy_min_years (woonopmaat: 2) --------------------------------------------


@pytest.mark.parametrize(
    ("lease_start", "register_row_given", "status"),
    [
        pytest.param("2015-06-01", True, PASS, id="long-tenancy"),
        pytest.param("2024-11-02", True, PASS, id="exactly-2-years"),
        pytest.param("2024-11-03", True, FAIL, id="2-years-minus-a-day"),
        pytest.param(None, True, UNKNOWN, id="lease-start-empty"),
        pytest.param("2015-06-01", False, UNKNOWN, id="no-register"),
    ],
)
def test_tenancy_min_years(lease_start, register_row_given, status):
    register_row = row(lease_start=lease_start) if register_row_given else NO_ROW
    result = run(tenancy_min_years, register_row=register_row, policy_name="woonopmaat")
    assert result.status is status, result.reason


def test_tenancy_min_years_is_never_a_pass_under_a_policy_without_minimum():
    assert run(tenancy_min_years, policy_name="alliantie").status is UNKNOWN


# --- reason_evidence ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("contracts", "status"),
    [
        pytest.param((employment_contract(),), PASS, id="contract-covers-the-period"),
        pytest.param((employment_contract(start="2026-12-07", end="2027-06-07"),), PASS, id="contract-exactly-the-period"),
        pytest.param((employment_contract(employee="VRIES, J. DE"),), PASS, id="tenant-by-initial"),
        pytest.param((employment_contract(employee="Kees Bakker"),), FAIL, id="contract-of-someone-else"),
        pytest.param((employment_contract(start="2026-12-08"),), FAIL, id="starts-after-house-sitting"),
        pytest.param((employment_contract(end="2027-06-06"),), FAIL, id="ends-before-house-sitting"),
        pytest.param((employment_contract(end=None),), UNKNOWN, id="no-end-date-maybe-indefinite"),
        pytest.param((employment_contract(employee="Johannes de Vries"),), UNKNOWN, id="name-not-sure"),
        pytest.param((), UNKNOWN, id="no-contract"),
        pytest.param((employment_contract(employee="Kees Bakker", file="a.pdf"), employment_contract(file="b.pdf")),
                     PASS, id="one-of-two-contracts-fits"),  # fmt: skip
    ],
)
def test_reason_evidence_work_or_study(contracts, status):
    result = run(reason_evidence, house_sitting_form(), *contracts, type="huisbewaring")
    assert result.status is status, result.reason


@pytest.mark.parametrize("reason", ["care", "trial_cohabitation", "travel", "other", None])
def test_reason_evidence_other_reasons_are_for_an_analyst(reason):
    result = run(reason_evidence, house_sitting_form(reason=reason), employment_contract(), type="huisbewaring")
    assert result.status is UNKNOWN


# --- sitter_adult ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("birth", "start", "status"),
    [
        pytest.param("1990-01-01", "2026-12-07", PASS, id="adult"),
        pytest.param("2008-12-07", "2026-12-07", PASS, id="turns-18-on-start-date"),
        pytest.param("2008-12-08", "2026-12-07", FAIL, id="turns-18-day-after-start"),
        pytest.param("2008-02-29", "2026-02-28", PASS, id="leap-day-birth-18-on-feb-28"),
        pytest.param("2008-02-29", "2026-02-27", FAIL, id="leap-day-birth-day-before-feb-28"),
        pytest.param(None, "2026-12-07", UNKNOWN, id="birth-date-unread"),
        pytest.param("1990-01-01", None, UNKNOWN, id="start-unread"),
    ],
)
def test_sitter_adult(birth, start, status):
    assert run(sitter_adult, house_sitting_form(start, "2027-06-07", sitter_birth_date=birth)).status is status


# --- sitter_no_minor_children, sitter_no_own_home ---------------------------------


@pytest.mark.parametrize(("check", "flag"), [(sitter_no_minor_children, "sitter_has_minor_children"),
                                             (sitter_no_own_home, "sitter_has_own_home")])  # fmt: skip
@pytest.mark.parametrize(
    ("value", "status"),
    [(False, PASS), ("false", PASS), (True, FAIL), (None, UNKNOWN), ("weet niet", UNKNOWN)],
    ids=["false", "false-as-text", "true", "unread", "not-a-boolean"],
)
def test_sitter_flags(check, flag, value, status):
    result = run(check, house_sitting_form(**{flag: value}), policy_name="woonopmaat")
    assert result.status is status
    assert flag in [e.field for e in result.evidence]


# --- compensation_within_rent ------------------------------------------------------


@pytest.mark.parametrize(
    ("compensation", "rent", "status"),
    [
        pytest.param("500.00", "1040.00", PASS, id="below-rent"),
        pytest.param("1040.00", "1040.00", PASS, id="exactly-the-rent"),
        pytest.param("1040.01", "1040.00", FAIL, id="a-cent-above"),
        pytest.param(None, "1040.00", UNKNOWN, id="compensation-unread"),
        pytest.param("500.00", None, UNKNOWN, id="rent-empty"),
    ],
)
def test_compensation_within_rent(compensation, rent, status):
    result = run(compensation_within_rent, house_sitting_form(compensation=compensation),
                 register_row=row(monthly_rent=rent))  # fmt: skip
    assert result.status is status


def test_compensation_within_rent_without_register_is_unknown():
    assert run(compensation_within_rent, house_sitting_form(), register_row=NO_ROW).status is UNKNOWN


# --- which form --------------------------------------------------------------------


def test_the_most_recently_signed_form_is_judged():
    old = house_sitting_form("2026-12-07", "2028-06-07", signed_date="2026-09-01", file="a.pdf")
    new = house_sitting_form("2026-12-07", "2027-06-07", signed_date="2026-10-30", file="b.pdf")
    result = run(absence_max_duration, old, new)
    assert result.status is PASS and "b.pdf" in result.reason


def test_low_confidence_date_is_flagged():
    form = house_sitting_form(start=field("2026-12-07", confidence=0.2))
    assert run(notice_period, form).low_confidence
