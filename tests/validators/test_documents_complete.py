"""Truth table of `documents_complete`: the required document types per application type."""

from __future__ import annotations

import pytest

from tests.validators.dossier import (
    FAIL,
    PASS,
    TYPES,
    UNKNOWN,
    bank_statement,
    brp,
    care_declaration,
    complete,
    document,
    employment_contract,
    house_sitting_form,
    income_statement,
    run,
    sublet_contract,
)
from validators.documents import documents_complete


@pytest.mark.parametrize("app_type", TYPES)
def test_complete_dossier_passes(app_type):
    result = run(documents_complete, *complete(app_type), type=app_type)
    assert result.status is PASS, result.reason
    assert {e.file for e in result.evidence if e.source is None} == {d.file for d in complete(app_type)}


@pytest.mark.parametrize(
    ("app_type", "documents", "missing"),
    [
        pytest.param("medehuur", (brp(), income_statement()), "bankafschrift", id="medehuur-no-bank-statement"),
        pytest.param("medehuur", (brp(), bank_statement()), "inkomensverklaring", id="medehuur-no-income"),
        pytest.param("medehuur", (income_statement(), bank_statement()), "brp_uittreksel", id="medehuur-no-brp"),
        pytest.param("mantelzorg_medehuur", (brp(),), "mantelzorgverklaring", id="mantelzorg-no-declaration"),
        pytest.param("mantelzorg_medehuur", (care_declaration(),), "brp_uittreksel", id="mantelzorg-no-brp"),
        pytest.param("inwoning", (), "brp_uittreksel", id="inwoning-nothing"),
        pytest.param("inwoning", (document("unknown"),), "brp_uittreksel", id="inwoning-only-unknown-document"),
        pytest.param("onderhuur", (brp(),), "huurovereenkomst_onderhuur", id="onderhuur-no-contract"),
        pytest.param("onderhuur", (sublet_contract(),), "brp_uittreksel", id="onderhuur-no-brp"),
        pytest.param("huisbewaring", (employment_contract(),), "huisbewaring_aanvraag", id="huisbewaring-no-form"),
        pytest.param("huisbewaring", (house_sitting_form(),), "arbeidsovereenkomst", id="work-or-study-no-contract"),
    ],
)
def test_missing_document_fails_and_is_named(app_type, documents, missing):
    result = run(documents_complete, *documents, type=app_type)
    assert result.status is FAIL
    assert missing in result.reason


def test_huisbewaring_other_reason_needs_no_contract():
    assert run(documents_complete, house_sitting_form(reason="travel"), type="huisbewaring").status is PASS


def test_huisbewaring_reason_unread_without_contract_is_unknown():
    assert run(documents_complete, house_sitting_form(reason=None), type="huisbewaring").status is UNKNOWN


def test_huisbewaring_reason_unread_with_contract_passes():
    result = run(documents_complete, house_sitting_form(reason=None), employment_contract(), type="huisbewaring")
    assert result.status is PASS


def test_extra_documents_do_not_matter():
    result = run(documents_complete, *complete("inwoning"), bank_statement(), type="inwoning")
    assert result.status is PASS


def test_poorly_classified_document_is_flagged():
    shaky = brp(persons=None)
    shaky = shaky.model_copy(update={"confidence": 0.5})
    result = run(documents_complete, shaky, type="inwoning")
    assert result.status is PASS and result.low_confidence
