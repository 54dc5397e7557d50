"""Truth tables of `brp_extract_recent`, `tenant_lives_at_address`, `cohabitation_two_years`."""

from __future__ import annotations

import pytest

from tests.validators.dossier import (
    APPLICANT,
    FAIL,
    NO_ROW,
    PASS,
    UNKNOWN,
    applicant_on_brp,
    brp,
    field,
    person,
    row,
    run,
    tenant_on_brp,
)
from validators.residence import brp_extract_recent, cohabitation_two_years, tenant_lives_at_address

# --- brp_extract_recent ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("submitted_on", "issue_date", "status"),
    [
        pytest.param("2026-11-02", "2026-10-12", PASS, id="issued-3-weeks-before"),
        pytest.param("2026-11-02", "2026-08-02", PASS, id="issued-exactly-3-months-before"),
        pytest.param("2026-11-02", "2026-08-01", FAIL, id="issued-3-months-and-a-day-before"),
        pytest.param("2026-11-02", "2026-11-02", PASS, id="issued-on-the-day"),
        pytest.param("2026-11-02", "2026-11-03", FAIL, id="issued-after-submission"),
        pytest.param("2026-11-30", "2026-08-30", PASS, id="nov-30-minus-3-months-is-aug-30"),
        pytest.param("2026-11-30", "2026-08-29", FAIL, id="nov-30-day-before-aug-30"),
        pytest.param("2026-05-31", "2026-02-28", PASS, id="may-31-minus-3-months-is-feb-28"),
        pytest.param("2026-05-31", "2026-02-27", FAIL, id="may-31-day-before-feb-28"),
        pytest.param("2026-11-02", "2026-06-15", FAIL, id="issued-4-months-before"),
    ],
)
def test_brp_extract_recent_boundaries(submitted_on, issue_date, status):
    result = run(brp_extract_recent, brp(issue_date=issue_date), submitted_on=submitted_on)
    assert result.status is status, result.reason


def test_brp_extract_recent_reason_names_dates_and_evidence_names_the_field():
    result = run(brp_extract_recent, brp(issue_date="2026-10-12"))
    assert "2026-10-12" in result.reason and "21 dagen" in result.reason
    document_evidence = [e for e in result.evidence if e.source is None]
    assert [(e.file, e.page, e.field) for e in document_evidence] == [("brp.pdf", 1, "issue_date")]


@pytest.mark.parametrize(
    ("documents", "status"),
    [
        pytest.param((), UNKNOWN, id="no-extract"),
        pytest.param((brp(issue_date=None),), UNKNOWN, id="issue-date-unread"),
        pytest.param((brp(issue_date="12-10-2026"),), UNKNOWN, id="issue-date-malformed"),
        pytest.param((brp(issue_date=None, file="a.pdf"), brp(issue_date="2026-01-01", file="b.pdf")), UNKNOWN,
                     id="one-unread-one-too-old"),  # fmt: skip
        pytest.param((brp(issue_date="2026-10-12", file="a.pdf"), brp(issue_date="2026-11-05", file="b.pdf")), PASS,
                     id="a-newer-one-after-submission-does-not-undo-a-valid-one"),  # fmt: skip
        pytest.param((brp(issue_date="2026-01-01", file="a.pdf"), brp(issue_date="2026-11-05", file="b.pdf")), FAIL,
                     id="one-too-old-one-after-submission"),  # fmt: skip
    ],
)
def test_brp_extract_recent_with_missing_or_several_extracts(documents, status):
    assert run(brp_extract_recent, *documents).status is status


def test_brp_extract_recent_uses_only_the_qualifying_extract_as_evidence():
    doubtful = brp(issue_date=field("2026-11-20", confidence=0.3), file="a.pdf")
    result = run(brp_extract_recent, doubtful, brp(issue_date="2026-10-12", file="b.pdf"))
    assert result.status is PASS and not result.low_confidence
    assert "b.pdf" in result.reason
    assert {e.file for e in result.evidence if e.source is None} == {"b.pdf"}


def test_brp_extract_recent_low_confidence_date_is_flagged():
    result = run(brp_extract_recent, brp(issue_date=field("2026-10-12", confidence=0.5)))
    assert result.status is PASS and result.low_confidence


# --- tenant_lives_at_address --------------------------------------------------------


@pytest.mark.parametrize(
    ("extract", "register_row", "status"),
    [
        pytest.param(brp(), None, PASS, id="tenant-listed-at-register-address"),
        pytest.param(brp(postcode="1012 ab", house_number="12"), None, PASS, id="postcode-spacing-and-case"),
        pytest.param(brp(house_number="12A"), row(house_number="12A"), PASS, id="house-number-with-letter"),
        pytest.param(brp(house_number="12-A"), row(house_number="12A"), PASS, id="house-letter-with-hyphen"),
        pytest.param(brp(house_number="7-2"), row(house_number="72"), FAIL, id="number-addition-is-not-glued"),
        pytest.param(brp(persons=[applicant_on_brp()]), None, FAIL, id="tenant-not-listed"),
        pytest.param(brp(persons=[person("Vries, Kees de")]), None, FAIL, id="another-de-vries"),
        pytest.param(brp(persons=[]), None, FAIL, id="nobody-listed"),
        pytest.param(brp(postcode="1013CD"), None, FAIL, id="other-postcode"),
        pytest.param(brp(house_number="14"), None, FAIL, id="other-house-number"),
        pytest.param(brp(house_number="12B"), row(house_number="12A"), FAIL, id="other-house-letter"),
        pytest.param(brp(), NO_ROW, UNKNOWN, id="no-register"),
        pytest.param(brp(), row(postcode=None), UNKNOWN, id="register-postcode-empty"),
        pytest.param(brp(postcode=None), None, UNKNOWN, id="extract-postcode-unread"),
        pytest.param(brp(persons=field(None)), None, UNKNOWN, id="persons-unread"),
        pytest.param(brp(persons=["Vries, Jan de"]), None, UNKNOWN, id="persons-not-entries"),
        pytest.param(brp(persons=[person(None), applicant_on_brp()]), None, UNKNOWN, id="a-name-unread"),
        pytest.param(brp(persons=[tenant_on_brp(), person("Vries, Jan de", birth_date="2005-01-01")]), None,
                     UNKNOWN, id="father-and-son-same-name"),  # fmt: skip
    ],
)
def test_tenant_lives_at_address(extract, register_row, status):
    result = run(tenant_lives_at_address, extract, register_row=register_row)
    assert result.status is status, result.reason


def test_a_house_number_read_unsurely_but_equal_to_the_register_needs_no_review():
    unsure = brp(house_number=field("12", confidence=0.44), postcode=field("1012AB", confidence=0.5))
    result = run(tenant_lives_at_address, unsure)
    assert result.status is PASS and not result.low_confidence, result


def test_a_house_number_read_unsurely_and_different_stays_flagged():
    result = run(tenant_lives_at_address, brp(house_number=field("14", confidence=0.44)))
    assert result.status is FAIL and result.low_confidence


def test_unsure_persons_stay_flagged_even_when_the_address_agrees():
    unsure = brp()
    persons = unsure.fields["persons"].model_copy(update={"confidence": 0.4})
    unsure = unsure.model_copy(update={"fields": {**unsure.fields, "persons": persons}})
    result = run(tenant_lives_at_address, unsure)
    assert result.status is PASS and result.low_confidence


def test_tenant_lives_at_address_without_extract_is_unknown():
    assert run(tenant_lives_at_address).status is UNKNOWN


def test_tenant_lives_at_address_without_tenant_name_is_unknown():
    assert run(tenant_lives_at_address, brp(), tenant_name=None).status is UNKNOWN


# --- cohabitation_two_years ---------------------------------------------------------


@pytest.mark.parametrize(
    ("registered_since", "status"),
    [
        pytest.param("2019-03-01", PASS, id="years-ago"),
        pytest.param("2024-11-02", PASS, id="exactly-2-years-before"),
        pytest.param("2024-11-03", FAIL, id="2-years-minus-a-day"),
        pytest.param("2026-01-01", FAIL, id="this-year"),
        pytest.param(None, UNKNOWN, id="date-unread"),
    ],
)
def test_cohabitation_two_years(registered_since, status):
    extract = brp(persons=[tenant_on_brp(), applicant_on_brp(registered_since=registered_since)])
    assert run(cohabitation_two_years, extract).status is status


def test_cohabitation_two_years_leap_day_boundary():
    # 2028-02-29 minus 2 years clamps to 2026-02-28.
    extract = brp(persons=[tenant_on_brp(), applicant_on_brp(registered_since="2026-02-28")])
    assert run(cohabitation_two_years, extract, submitted_on="2028-02-29").status is PASS
    extract = brp(persons=[tenant_on_brp(), applicant_on_brp(registered_since="2026-03-01")])
    assert run(cohabitation_two_years, extract, submitted_on="2028-02-29").status is FAIL


@pytest.mark.parametrize(
    ("documents", "overrides", "status"),
    [
        pytest.param((brp(persons=[tenant_on_brp()]),), {}, FAIL, id="applicant-not-on-extract"),
        pytest.param((), {}, UNKNOWN, id="no-extract"),
        pytest.param((brp(persons=field(None)),), {}, UNKNOWN, id="persons-unread"),
        pytest.param((brp(),), {"applicant_name": None}, UNKNOWN, id="no-applicant-name"),
        pytest.param((brp(persons=[tenant_on_brp(), person(None)]),), {}, UNKNOWN, id="a-name-unread"),
    ],
)
def test_cohabitation_two_years_without_the_applicant(documents, overrides, status):
    assert run(cohabitation_two_years, *documents, **overrides).status is status


def test_cohabitation_reason_names_the_applicant_and_the_limit():
    extract = brp(persons=[tenant_on_brp(), applicant_on_brp(registered_since="2025-06-01")])
    reason = run(cohabitation_two_years, extract).reason
    assert APPLICANT in reason and "2025-06-01" in reason and "2024-11-02" in reason
