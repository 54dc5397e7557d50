"""The bundled sample inbox: up to date with its builder, and covering what it must.

Issue 5 asks of the samples: at least two applications per type and per corporation,
every check failing in at least one of them, and a ground truth the flow's results are
compared with (tests/flows/test_process_inbox.py).
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from pathlib import Path

import pytest

from samples.inbox_builder import build
from samples.scenarios import SCENARIOS, applicable
from tests.conftest import SAMPLE_EXPECTED, SAMPLE_INBOX
from validators.checks import CHECKS
from validators.policy import available_policies
from woondossier.model import ApplicationType

EXPECTED = json.loads(SAMPLE_EXPECTED.read_text(encoding="utf-8"))


def _tree(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.slow
def test_committed_inbox_is_what_the_builder_writes(tmp_path):
    build(tmp_path / "inbox", tmp_path / "expected.json")
    assert (tmp_path / "expected.json").read_bytes() == SAMPLE_EXPECTED.read_bytes()
    built, committed = _tree(tmp_path / "inbox"), _tree(SAMPLE_INBOX)
    assert sorted(built) == sorted(committed)
    assert [name for name in built if built[name] != committed[name]] == []


def test_at_least_two_applications_per_type_and_per_corporation():
    per_type = Counter(truth["type"] for truth in EXPECTED.values())
    per_corporation = Counter(truth["corporation"] for truth in EXPECTED.values())
    assert {t.value for t in ApplicationType} == set(per_type) and min(per_type.values()) >= 2, per_type
    assert set(available_policies()) == set(per_corporation) and min(per_corporation.values()) >= 2, per_corporation


def test_every_check_fails_somewhere_and_every_decision_occurs():
    failing = {check for truth in EXPECTED.values() for check, status in truth["checks"].items() if status == "fail"}
    assert [spec.check_id for spec in CHECKS if spec.check_id not in failing] == []
    assert {truth["decision"] for truth in EXPECTED.values()} == {"pass", "fail", "incomplete", "review"}


def test_truth_lists_exactly_the_applicable_checks():
    assert len(EXPECTED) == len(SCENARIOS)
    for app_id, truth in EXPECTED.items():
        city = _register_city(app_id)
        assert list(truth["checks"]) == applicable(truth["type"], truth["corporation"], city), app_id


def test_truth_decision_follows_the_contract_rule():
    for app_id, truth in EXPECTED.items():
        statuses = truth["checks"]
        if any(s == "fail" for c, s in statuses.items() if c != "documents_complete"):
            decision = "fail"
        elif statuses["documents_complete"] == "fail":
            decision = "incomplete"
        elif "unknown" in statuses.values():
            decision = "review"
        else:
            decision = "pass"
        assert truth["decision"] == decision, app_id


def _register_city(app_id: str) -> str | None:
    aanvraag = json.loads((SAMPLE_INBOX / app_id / "aanvraag.json").read_text(encoding="utf-8"))
    with (SAMPLE_INBOX / "register.csv").open(encoding="utf-8", newline="") as f:
        return next((row["city"] for row in csv.DictReader(f) if row["tenancy_id"] == aanvraag["tenancy_id"]), None)
