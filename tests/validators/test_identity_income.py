"""Truth tables of `identity_consistent` and `income_sufficient`."""

from __future__ import annotations

import pytest

from tests.validators.dossier import (
    BSN_APPLICANT,
    BSN_INVALID,
    BSN_TENANT,
    FAIL,
    NO_ROW,
    PASS,
    UNKNOWN,
    applicant_on_brp,
    brp,
    care_declaration,
    field,
    house_sitting_form,
    income_statement,
    row,
    run,
    sublet_contract,
    tenant_on_brp,
)
from validators.identity import identity_consistent
from validators.income import income_sufficient

# --- identity_consistent --------------------------------------------------------------


@pytest.mark.parametrize(
    ("documents", "overrides", "status"),
    [
        pytest.param((brp(), income_statement()), {}, PASS, id="register-extract-income"),
        pytest.param((sublet_contract(tenant_name="VRIES, J. DE", subtenant_name="Fatima el Amrani"),), {}, PASS,
                     id="contract-names-tolerant"),  # fmt: skip
        pytest.param((house_sitting_form(),), {}, PASS, id="house-sitting-form"),
        pytest.param((care_declaration(),), {}, PASS, id="care-declaration"),
        pytest.param((income_statement(name="Jan de Vries", bsn=BSN_TENANT),), {}, PASS, id="tenants-income-statement"),
        pytest.param((sublet_contract(subtenant_name="Kees Bakker"),), {}, FAIL, id="other-subtenant"),
        pytest.param((house_sitting_form(tenant_name="Jan de Bruin"),), {}, FAIL, id="other-tenant-on-form"),
        pytest.param((income_statement(name="Kees Bakker"),), {}, FAIL, id="income-statement-of-a-stranger"),
        pytest.param((brp(persons=[tenant_on_brp(bsn=BSN_INVALID)]),), {}, FAIL, id="brp-bsn-fails-elfproef"),
        pytest.param((income_statement(bsn=BSN_INVALID),), {}, FAIL, id="income-bsn-fails-elfproef"),
        pytest.param((income_statement(bsn="12345678"),), {}, FAIL, id="income-bsn-8-digits"),
        pytest.param((brp(), income_statement(bsn=BSN_TENANT)), {}, FAIL, id="applicants-statement-with-tenants-bsn"),
        pytest.param((), {"register_row": row(tenant_name="Kees Bakker")}, FAIL, id="register-tenant-differs"),
        pytest.param((), {"register_row": NO_ROW}, UNKNOWN, id="nothing-to-compare"),
        pytest.param((sublet_contract(),), {"applicant_name": None}, UNKNOWN, id="applicant-not-registered"),
        pytest.param((sublet_contract(subtenant_name="Johannes de Vries"),), {"applicant_name": "Jan de Vries"}, UNKNOWN,
                     id="call-name-against-full-name"),  # fmt: skip
    ],
)
def test_identity_consistent(documents, overrides, status):
    result = run(identity_consistent, *documents, **overrides)
    assert result.status is status, result.reason


def test_identity_consistent_masks_bsn_in_reason():
    result = run(identity_consistent, income_statement(bsn=BSN_INVALID))
    assert BSN_INVALID not in result.reason
    assert "******334" in result.reason


def test_identity_consistent_bsn_mismatch_with_brp_masks_both():
    reason = run(identity_consistent, brp(), income_statement(bsn=BSN_TENANT)).reason
    assert BSN_TENANT not in reason and BSN_APPLICANT not in reason
    assert "******333" in reason and "******782" in reason


def test_identity_consistent_unread_names_are_left_to_other_checks():
    # An unread subtenant name is not a mismatch; the register's tenant still matches.
    assert run(identity_consistent, sublet_contract(subtenant_name=None)).status is PASS


# --- income_sufficient --------------------------------------------------------------
# Rent 1040.00 a month: 0.40 × income / 12 ≥ 1040 needs an income of at least 31200.00.


@pytest.mark.parametrize(
    ("income", "status"),
    [
        pytest.param("40000.00", PASS, id="well-above"),
        pytest.param("31200.00", PASS, id="exactly-enough"),
        pytest.param("31199.99", FAIL, id="one-cent-short"),
        pytest.param("12000.00", FAIL, id="far-too-low"),
        pytest.param(None, UNKNOWN, id="income-unread"),
        pytest.param("€ 40.000,00", UNKNOWN, id="income-not-a-contract-amount"),
    ],
)
def test_income_sufficient(income, status):
    result = run(income_sufficient, brp(), income_statement(income=income))
    assert result.status is status, result.reason


def test_income_sufficient_reason_shows_the_sum():
    reason = run(income_sufficient, brp(), income_statement(income="31199.99")).reason
    assert "€ 31.199,99 / 12 × 0,40" in reason and "€ 1.040,00" in reason


@pytest.mark.parametrize(
    ("documents", "overrides", "status"),
    [
        pytest.param((brp(),), {}, UNKNOWN, id="no-statement"),
        pytest.param((brp(), income_statement(name="Jan de Vries", bsn=BSN_TENANT)), {}, UNKNOWN,
                     id="only-the-tenants-statement"),  # fmt: skip
        pytest.param((brp(), income_statement(name=None)), {}, PASS, id="name-unread-but-bsn-matches-brp"),
        pytest.param((income_statement(name=None),), {}, UNKNOWN, id="name-unread-no-brp"),
        pytest.param((brp(), income_statement()), {"register_row": NO_ROW}, UNKNOWN, id="no-register"),
        pytest.param((brp(), income_statement()), {"register_row": row(monthly_rent=None)}, UNKNOWN, id="rent-empty"),
        pytest.param((brp(), income_statement()), {"applicant_name": None}, UNKNOWN, id="applicant-not-registered"),
    ],
)
def test_income_sufficient_which_statement(documents, overrides, status):
    assert run(income_sufficient, *documents, **overrides).status is status


def test_income_sufficient_uses_the_latest_tax_year():
    old = income_statement(income="12000.00", tax_year=2023, file="a.pdf")
    new = income_statement(income="40000.00", tax_year=2025, file="b.pdf")
    result = run(income_sufficient, brp(), old, new)
    assert result.status is PASS and "b.pdf" in result.reason


def test_income_sufficient_low_confidence_income_is_flagged():
    result = run(income_sufficient, brp(persons=[tenant_on_brp(), applicant_on_brp()]),
                 income_statement(income=field("40000.00", confidence=0.4)))  # fmt: skip
    assert result.status is PASS and result.low_confidence
