"""The check registry against CONTRACT.md §5, `run_checks`, and `decide` (§4).

Contract tests over the whole registry: every check on an empty application, every
check's evidence, no BSN in any reason, and a complete dossier that passes for every
type under every policy.
"""

from __future__ import annotations

import re

import pytest

import validators
from tests.validators.dossier import (
    BSN_INVALID,
    NO_ROW,
    PASS,
    POLICIES,
    TYPES,
    UNKNOWN,
    application,
    brp,
    complete,
    facts,
    income_statement,
    policy,
    row,
    tenant_on_brp,
)
from validators import CHECK_IDS, CHECKS, applicable_checks, decide, gather_facts, run_checks
from validators.facts import RegisterStatus
from validators.register import Register
from woondossier.model import CheckResult, Decision

# CONTRACT.md §5, in its order: check id -> types it applies to -> policy flag (None: always).
_ALL = set(TYPES)
_LODGING = {"inwoning", "onderhuur"}
CONTRACT = {
    "documents_complete": (_ALL, None),
    "brp_extract_recent": (_ALL - {"huisbewaring"}, None),
    "identity_consistent": (_ALL, None),
    "tenant_lives_at_address": ({"inwoning", "onderhuur", "mantelzorg_medehuur", "medehuur"}, None),
    "cohabitation_two_years": ({"medehuur"}, None),
    "not_child": ({"medehuur"}, None),
    "joint_household_evidence": ({"medehuur"}, None),
    "income_sufficient": ({"medehuur"}, None),
    "care_round_the_clock": ({"mantelzorg_medehuur"}, None),
    "occupancy_within_limit": (_LODGING, None),
    "no_rent_arrears": (_LODGING | {"huisbewaring"}, None),
    "no_nuisance_file": (_LODGING | {"huisbewaring"}, None),
    "no_existing_lodging": (_LODGING, "single_lodging"),
    "no_renovation_urgency": (_LODGING, "renovation_blocks"),
    "first_two_years_family_only": ({"inwoning"}, "first_two_years_family_only"),
    "room_rent_within_cap": ({"onderhuur"}, None),
    "contract_end_clause": ({"onderhuur"}, None),
    "contract_conditions_clause": ({"onderhuur"}, None),
    "absence_min_duration": ({"huisbewaring"}, None),
    "absence_max_duration": ({"huisbewaring"}, None),
    "notice_period": ({"huisbewaring"}, None),
    "once_per_five_years": ({"huisbewaring"}, None),
    "tenancy_min_years": ({"huisbewaring"}, "house_sitting_min_tenancy_years"),
    "sitter_adult": ({"huisbewaring"}, None),
    "sitter_no_minor_children": ({"huisbewaring"}, "sitter_rules"),
    "sitter_no_own_home": ({"huisbewaring"}, "sitter_rules"),
    "compensation_within_rent": ({"huisbewaring"}, None),
    "no_major_maintenance": ({"huisbewaring"}, "sitter_rules"),
    "reason_evidence": ({"huisbewaring"}, None),
}
# CONTRACT.md §6: which policy switches each flag on.
FLAGS_ON = {
    "single_lodging": {"kennemer_wonen", "generic"},
    "renovation_blocks": {"kennemer_wonen", "generic"},
    "first_two_years_family_only": {"alliantie"},
    "house_sitting_min_tenancy_years": {"woonopmaat"},
    "sitter_rules": {"woonopmaat", "generic"},
}


def test_check_ids_are_the_contracts_in_its_order():
    assert CHECK_IDS == tuple(CONTRACT)


@pytest.mark.parametrize("spec", CHECKS, ids=lambda s: s.check_id)
def test_each_check_is_one_function_named_as_its_id(spec):
    assert spec.function.__name__ == spec.check_id
    assert spec.function.__module__.startswith("validators.")


@pytest.mark.parametrize("policy_name", POLICIES)
@pytest.mark.parametrize("app_type", TYPES)
def test_applicable_checks_follow_the_contract(app_type, policy_name):
    expected = [
        check_id for check_id, (types, flag) in CONTRACT.items()
        if app_type in types and (flag is None or policy_name in FLAGS_ON[flag])
    ]  # fmt: skip
    assert applicable_checks(app_type, policy(policy_name)) == expected


@pytest.mark.parametrize(
    ("city", "applies"),
    [("Amsterdam", True), ("AMSTERDAM", True), (" amsterdam ", True), ("Haarlem", False), ("Amstelveen", False),
     (None, True)],  # fmt: skip
)
def test_amsterdam_rule_follows_the_register_city(city, applies):
    checks = applicable_checks("inwoning", policy("alliantie"), row(city=city))
    assert ("first_two_years_family_only" in checks) is applies


def test_amsterdam_rule_only_for_inwoning_under_alliantie():
    for name in POLICIES:
        for app_type in TYPES:
            checks = applicable_checks(app_type, policy(name), row(city="Amsterdam"))
            assert ("first_two_years_family_only" in checks) is (name == "alliantie" and app_type == "inwoning")


def test_no_existing_lodging_only_under_kennemer_wonen_and_generic():
    for name in POLICIES:
        for app_type in TYPES:
            expected = name in {"kennemer_wonen", "generic"} and app_type in _LODGING
            assert ("no_existing_lodging" in applicable_checks(app_type, policy(name))) is expected


def test_applicable_checks_rejects_an_unknown_type():
    with pytest.raises(ValueError):
        applicable_checks("verhuur", policy("generic"))


# --- run_checks over whole dossiers -------------------------------------------------


@pytest.mark.parametrize("policy_name", POLICIES)
@pytest.mark.parametrize("app_type", TYPES)
def test_complete_dossier_passes_every_applicable_check(app_type, policy_name):
    app = application(type=app_type, corporation=policy_name)
    results = run_checks(facts(*complete(app_type), app=app), policy(policy_name))
    assert list(results) == applicable_checks(app_type, policy(policy_name), row())
    failing = {check_id: r.reason for check_id, r in results.items() if r.status is not PASS}
    assert failing == {}
    assert decide(results) is Decision.pass_


def test_run_checks_leaves_out_the_amsterdam_rule_elsewhere():
    app = application(type="inwoning", corporation="alliantie")
    results = run_checks(facts(*complete("inwoning"), app=app, register_row=row(city="Haarlem")), policy("alliantie"))
    assert "first_two_years_family_only" not in results


@pytest.mark.parametrize("policy_name", POLICIES)
@pytest.mark.parametrize("app_type", TYPES)
@pytest.mark.parametrize("status", list(RegisterStatus)[1:])
def test_empty_application_never_passes_a_check_that_needs_evidence(app_type, policy_name, status):
    app = application(type=app_type, corporation=policy_name, applicant_relationship="friend")
    results = run_checks(facts(app=app, register_row=NO_ROW, status=status), policy(policy_name))
    # Only the registration itself answers not_child; nothing else has evidence.
    passed = {check_id for check_id, r in results.items() if r.status is PASS}
    assert passed <= {"not_child"}
    assert results["documents_complete"].status.value == "fail"
    assert decide(results) is Decision.incomplete
    for check_id, result in results.items():
        # An unknown may have nothing to show; a pass or fail always cites what decided it.
        assert result.reason and (result.evidence or result.status is UNKNOWN), check_id


@pytest.mark.parametrize("app_type", TYPES)
def test_every_evidence_entry_names_its_file(app_type):
    results = run_checks(facts(*complete(app_type), type=app_type), policy("generic"))
    for check_id, result in results.items():
        for evidence in result.evidence:
            assert evidence.file, (check_id, evidence)
            if evidence.source is None and evidence.field is not None:
                assert evidence.page == 1, (check_id, evidence)
            if evidence.source is not None:
                assert evidence.field and evidence.file in {"register.csv", "aanvraag.json"}, (check_id, evidence)


def test_gather_facts_names_the_register_file_and_drops_unknown_documents(tmp_path):
    register = Register(file=str(tmp_path / "export-2026.csv"), rows={"T-10023": row()})
    from tests.validators.dossier import document

    gathered = gather_facts(application(), [brp(), document("unknown")], register)
    assert gathered.register_status is RegisterStatus.found
    assert gathered.register_file == "export-2026.csv"
    assert [d.doc_type.value for d in gathered.documents] == ["brp_uittreksel"]


@pytest.mark.parametrize(
    ("register", "overrides", "status"),
    [
        (None, {}, RegisterStatus.no_register),
        (Register(rows={}), {"tenancy_id": None}, RegisterStatus.no_tenancy_id),
        (Register(rows={}), {}, RegisterStatus.not_in_register),
    ],
)
def test_gather_facts_says_why_there_is_no_row(register, overrides, status):
    gathered = gather_facts(application(**overrides), [], register)
    assert gathered.register_row is None and gathered.register_status is status
    assert run_checks(gathered, policy("generic"))["identity_consistent"].status is UNKNOWN


_NINE_DIGITS = re.compile(r"(?<!\d)\d{9}(?!\d)")


@pytest.mark.parametrize("app_type", TYPES)
def test_no_reason_holds_a_full_bsn(app_type):
    extract = brp(persons=[tenant_on_brp(bsn=BSN_INVALID)])
    documents = (extract, income_statement(bsn=BSN_INVALID), *complete(app_type)[1:])
    results = run_checks(facts(*documents, type=app_type), policy("generic"))
    for check_id, result in results.items():
        assert not _NINE_DIGITS.search(result.reason), (check_id, result.reason)


def test_public_surface_is_importable():
    for name in validators.__all__:
        assert getattr(validators, name) is not None


# --- decide (CONTRACT.md §4) --------------------------------------------------------


def _r(status: str, low: bool = False) -> CheckResult:
    return CheckResult(status=status, reason="x", low_confidence=low)


@pytest.mark.parametrize(
    ("checks", "decision"),
    [
        pytest.param({"documents_complete": _r("pass"), "not_child": _r("pass")}, Decision.pass_, id="all-pass"),
        pytest.param({"documents_complete": _r("pass"), "not_child": _r("fail")}, Decision.fail, id="a-rule-fails"),
        pytest.param({"documents_complete": _r("fail"), "not_child": _r("fail")}, Decision.fail,
                     id="rule-fail-outweighs-missing-document"),  # fmt: skip
        pytest.param({"documents_complete": _r("fail"), "not_child": _r("pass")}, Decision.incomplete,
                     id="only-documents-missing"),  # fmt: skip
        pytest.param({"documents_complete": _r("fail"), "not_child": _r("unknown")}, Decision.incomplete,
                     id="missing-document-outweighs-doubt"),  # fmt: skip
        pytest.param({"documents_complete": _r("pass"), "not_child": _r("fail"), "x": _r("unknown")}, Decision.fail,
                     id="fail-outweighs-unknown"),  # fmt: skip
        pytest.param({"documents_complete": _r("pass"), "not_child": _r("unknown")}, Decision.review, id="an-unknown"),
        pytest.param({"documents_complete": _r("unknown"), "not_child": _r("pass")}, Decision.review,
                     id="completeness-unknown"),  # fmt: skip
        pytest.param({"documents_complete": _r("pass"), "not_child": _r("pass", low=True)}, Decision.review,
                     id="low-confidence-field"),  # fmt: skip
        pytest.param({"documents_complete": _r("fail", low=True)}, Decision.incomplete, id="low-confidence-incomplete"),
        pytest.param({"documents_complete": _r("pass"), "not_child": _r("fail", low=True)}, Decision.fail,
                     id="low-confidence-fail"),  # fmt: skip
        pytest.param({}, Decision.review, id="nothing-checked-is-not-a-pass"),
    ],
)
def test_decide(checks, decision):
    assert decide(checks) is decision
