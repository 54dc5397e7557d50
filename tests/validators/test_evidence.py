"""A check passes only on evidence that was read (issue 20, `validators.evidence`).

The four wrong passes of `identity_consistent` found on the acceptance inbox, each
rebuilt from synthetic documents: the document's name or BSN was not read (null), and
the check compared only what it had and passed. Through `run_checks` (the registry
every caller uses) each is now `unknown`, or `fail` where the name was read and is
someone else's.
"""

from __future__ import annotations

import pytest

from tests.validators.dossier import (
    APPLICANT, BSN_INVALID, FAIL, PASS, TENANT, UNKNOWN, brp, care_declaration, employment_contract, facts,
    field, house_sitting_form, income_statement, policy, sublet_contract, tenant_on_brp, bank_statement, complete,
)  # fmt: skip
from validators import CHECK_IDS, run_checks
from validators.evidence import NEEDS
from woondossier.model import DocType


def _identity(*documents, **kwargs):
    return run_checks(facts(*documents, **kwargs), policy("generic"))["identity_consistent"]


def test_every_check_id_says_what_it_needs():
    assert sorted(NEEDS) == sorted(CHECK_IDS)


@pytest.mark.parametrize("app_type", ["medehuur", "mantelzorg_medehuur", "inwoning", "onderhuur", "huisbewaring"])
def test_a_complete_dossier_still_passes_identity(app_type):
    assert _identity(*complete(app_type), type=app_type).status is PASS


@pytest.mark.parametrize(
    ("app_type", "documents"),
    [
        pytest.param("onderhuur", (brp(persons=[tenant_on_brp()]), sublet_contract(subtenant_name=None)), id="subtenant-unread"),
        pytest.param("mantelzorg_medehuur", (brp(), care_declaration(caregiver=None)), id="caregiver-unread"),
        pytest.param("huisbewaring", (house_sitting_form(sitter_name=None), employment_contract()), id="sitter-unread"),
        pytest.param("huisbewaring", (house_sitting_form(), employment_contract(employee=None)), id="employee-unread"),
        pytest.param("medehuur", (brp(), income_statement(bsn=None), bank_statement()), id="income-bsn-unread"),
        pytest.param("medehuur", (brp(), income_statement(name=None), bank_statement()), id="taxpayer-unread"),
        pytest.param("medehuur", (brp(), income_statement(), bank_statement(None, APPLICANT)), id="account-holder-unread"),
        pytest.param("medehuur", (brp(persons=field(None)), income_statement(), bank_statement()), id="brp-persons-unread"),
    ],
)
def test_a_name_or_bsn_not_read_makes_identity_unknown_never_pass(app_type, documents):
    result = _identity(*documents, type=app_type)
    assert result.status is UNKNOWN, result
    assert "niet gelezen" in result.reason


def test_a_work_contract_naming_another_person_fails_identity():
    result = _identity(house_sitting_form(), employment_contract(employee="Pieter Bakker"), type="huisbewaring")
    assert result.status is FAIL and "Pieter Bakker" in result.reason


def test_a_bank_statement_of_neither_tenant_nor_applicant_fails_identity():
    result = _identity(brp(), income_statement(), bank_statement("Pieter Bakker", "Anna Smit"), type="medehuur")
    assert result.status is FAIL and "huurder noch aanvrager" in result.reason


def test_a_joint_account_of_the_tenant_with_someone_else_is_no_identity_problem():
    assert _identity(brp(), income_statement(), bank_statement(TENANT, "Anna Smit"), type="medehuur").status is PASS


def test_an_invalid_bsn_read_fails_identity():
    assert _identity(brp(), income_statement(bsn=BSN_INVALID), bank_statement(), type="medehuur").status is FAIL


def test_a_pass_on_a_field_read_below_the_threshold_is_unknown_with_the_reason():
    contract = sublet_contract(room_rent=field("250.00", confidence=0.5))
    checks = run_checks(facts(brp(persons=[tenant_on_brp()]), contract, type="onderhuur"), policy("generic"))
    result = checks["room_rent_within_cap"]
    assert result.status is UNKNOWN and result.low_confidence
    assert "onzeker gelezen" in result.reason and "room_rent op contract.pdf" in result.reason


def test_a_fail_is_left_as_the_check_gave_it():
    contract = sublet_contract(room_rent=field("900.00", confidence=0.5))
    checks = run_checks(facts(brp(persons=[tenant_on_brp()]), contract, type="onderhuur"), policy("generic"))
    assert checks["room_rent_within_cap"].status is FAIL


def test_a_needed_field_absent_from_a_cited_document_makes_the_pass_unknown():
    form = house_sitting_form()
    form = form.model_copy(update={"fields": {k: v for k, v in form.fields.items() if k != "sitter_birth_date"}})
    result = run_checks(facts(form, employment_contract(), type="huisbewaring"), policy("generic"))["sitter_adult"]
    assert result.status is not PASS


def test_a_reason_the_form_does_not_offer_does_not_complete_the_documents():
    checks = run_checks(facts(house_sitting_form(reason="vakantie"), type="huisbewaring"), policy("generic"))
    assert checks["documents_complete"].status is UNKNOWN


def test_identity_needs_the_documents_of_every_role():
    assert set(NEEDS["identity_consistent"]) == {
        DocType.huurovereenkomst_onderhuur, DocType.huisbewaring_aanvraag, DocType.mantelzorgverklaring,
        DocType.inkomensverklaring, DocType.arbeidsovereenkomst, DocType.bankafschrift, DocType.brp_uittreksel,
    }  # fmt: skip
