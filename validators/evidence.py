"""A check passes only on evidence that was read.

Every check cites the document fields it used. `NEEDS` writes down, per check id, which
fields of which document types a `pass` rests on; `require_read` holds a check's result
to it: when a document the check used has one of those fields absent, `null`, or read
below the policy's `field_confidence_threshold` (and not confirmed by the register, see
`Trail.corroborated`), the check is `unknown`, never `pass`. A `fail` or an `unknown`
is left as the check gave it: only a pass claims that something holds.

Which documents a check "used" is read from its evidence (file and page). The one
exception is `identity_consistent`: it is about every person the documents name in a
role, so every document of a type in its row is held to it, cited or not. This is the
guard against the wrong passes issue 20 found: a subtenant, caregiver, employee or
taxpayer whose name or BSN had not been read, while the check compared only what it
had and passed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from validators.facts import Facts
from validators.policy import Policy
from woondossier.model import CheckResult, CheckStatus, DocType, Document, Evidence

_D = DocType

NEEDS: Mapping[str, Mapping[DocType, tuple[str, ...]]] = {
    "documents_complete": {_D.huisbewaring_aanvraag: ("reason",)},  # whether a work contract is required
    "brp_extract_recent": {_D.brp_uittreksel: ("issue_date",)},
    "identity_consistent": {
        _D.huurovereenkomst_onderhuur: ("tenant_name", "subtenant_name"),
        _D.huisbewaring_aanvraag: ("tenant_name", "sitter_name"),
        _D.mantelzorgverklaring: ("caregiver_name", "care_recipient_name"),
        _D.inkomensverklaring: ("name", "bsn"),  # the statement prints both; the BSN is what the elfproef is about
        _D.arbeidsovereenkomst: ("employee_name",),
        _D.bankafschrift: ("account_holders",),
        _D.brp_uittreksel: ("persons",),  # whose BSNs the elfproef is about
    },
    "tenant_lives_at_address": {_D.brp_uittreksel: ("postcode", "house_number", "persons")},
    "cohabitation_two_years": {_D.brp_uittreksel: ("persons",)},
    "not_child": {},  # the registration only
    "joint_household_evidence": {_D.bankafschrift: ("account_holders",)},
    "income_sufficient": {_D.inkomensverklaring: ("income",)},
    "care_round_the_clock": {_D.mantelzorgverklaring: ("caregiver_name", "care_recipient_name", "round_the_clock")},
    "occupancy_within_limit": {_D.brp_uittreksel: ("persons",)},
    "no_rent_arrears": {},  # the register only
    "no_nuisance_file": {},
    "no_existing_lodging": {},
    "no_renovation_urgency": {},
    "first_two_years_family_only": {},
    "room_rent_within_cap": {_D.huurovereenkomst_onderhuur: ("room_rent",)},
    "contract_end_clause": {_D.huurovereenkomst_onderhuur: ("end_with_main_lease",)},
    "contract_conditions_clause": {_D.huurovereenkomst_onderhuur: ("general_conditions",)},
    "absence_min_duration": {_D.huisbewaring_aanvraag: ("start_date", "end_date")},
    "absence_max_duration": {_D.huisbewaring_aanvraag: ("start_date", "end_date")},
    "notice_period": {_D.huisbewaring_aanvraag: ("start_date",)},
    "once_per_five_years": {},
    "tenancy_min_years": {},
    "sitter_adult": {_D.huisbewaring_aanvraag: ("sitter_birth_date", "start_date")},
    "sitter_no_minor_children": {_D.huisbewaring_aanvraag: ("sitter_has_minor_children",)},
    "sitter_no_own_home": {_D.huisbewaring_aanvraag: ("sitter_has_own_home",)},
    "compensation_within_rent": {_D.huisbewaring_aanvraag: ("compensation",)},
    "no_major_maintenance": {},
    "reason_evidence": {
        _D.huisbewaring_aanvraag: ("reason", "start_date", "end_date"),
        _D.arbeidsovereenkomst: ("employee_name", "start_date", "end_date"),
    },
}
"""Per check id: the document fields (per document type) its `pass` rests on."""

ALL_OF_TYPE = frozenset({"identity_consistent"})
"""Checks held to every document of the types in their row, not only the ones they cited."""


def require_read(check_id: str, result: CheckResult, facts: Facts, policy: Policy) -> CheckResult:
    """`result`, or `unknown` when it is a pass resting on a field that was not (surely) read."""
    if result.status is not CheckStatus.pass_:
        return result
    needs = NEEDS[check_id]
    documents = facts.documents if check_id in ALL_OF_TYPE else _cited(facts.documents, result.evidence)
    unread = [
        f"{name} op {document.file or document.doc_type}"
        for document in documents
        for name in needs.get(document.doc_type, ())
        if not _read(document.fields.get(name))
    ]
    if unread:
        return result.model_copy(
            update={
                "status": CheckStatus.unknown,
                "reason": f"niet gelezen: {', '.join(unread)}; zonder die gegevens is niet vast te stellen dat de regel "
                "is voldaan, een analist moet het document nalezen",
            }
        )
    if result.low_confidence:
        unsure = [
            f"{e.field} op {e.file}"
            for e in result.evidence
            if e.source is None and e.field is not None and _below(facts.documents, e, policy.field_confidence_threshold)
        ]
        what = ", ".join(unsure) if unsure else "een gebruikt document is onzeker herkend"
        return result.model_copy(
            update={
                "status": CheckStatus.unknown,
                "reason": f"{result.reason}; maar onzeker gelezen ({what}, onder de drempel van "
                f"{policy.field_confidence_threshold:.2f}): een analist moet het nalezen",
            }
        )
    return result


def _cited(documents: Iterable[Document], evidence: Iterable[Evidence]) -> list[Document]:
    """The documents a check's evidence points into (a field of theirs, on one of their pages)."""
    cited = [(e.file, e.page, e.field) for e in evidence if e.source is None and e.field is not None]
    return [
        d
        for d in documents
        if any(file == d.file and field in d.fields and (page is None or page in d.pages) for file, page, field in cited)
    ]


def _read(field: Any) -> bool:
    """A field that was read: present, not null, and a list without unreadable entries."""
    if field is None or field.value is None:
        return False
    value = field.value
    if isinstance(value, list | tuple):
        return bool(value) and all(_entry_read(entry) for entry in value)
    return not (isinstance(value, str) and not value.strip())


def _entry_read(entry: Any) -> bool:
    if isinstance(entry, dict):  # a BRP person: at least a name or a BSN to say who it is
        return bool(entry.get("name") or entry.get("bsn"))
    return entry is not None and bool(str(entry).strip())


def _below(documents: Iterable[Document], evidence: Evidence, threshold: float) -> bool:
    for document in documents:
        found = document.fields.get(evidence.field or "")
        if document.file == evidence.file and found is not None and (evidence.page is None or evidence.page == found.page):
            if found.value is not None and found.confidence < threshold:
                return True
    return False
