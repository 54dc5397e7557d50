"""Is every document the corporation asks for in the folder? (`documents_complete`)

The lists follow the seeds: de Alliantie asks for "een gezinsuittreksel uit de BRP",
"een inkomensverklaring" and "bewijs van een blijvende gezamenlijke huishouding" for
medehuur and a mantelzorgverklaring for a caregiver (seed 000); Kennemer Wonen asks
for the BRP extract for inwoning (seed 001); onderhuur needs the extract and "het
contract dat u met de voorgestelde onderhuurder wil afsluiten" (seed 002); house-
sitting needs the form and, for work or study, "de arbeids- of studieovereenkomst"
(seed 003). A failing `documents_complete` makes the decision `incomplete` (ask for
the missing papers), not `fail`.
"""

from __future__ import annotations

from validators._trail import Trail
from validators.facts import Facts
from validators.policy import Policy
from woondossier.model import ApplicationType, CheckResult, DocType

REQUIRED_DOCUMENTS: dict[ApplicationType, tuple[DocType, ...]] = {
    ApplicationType.medehuur: (DocType.brp_uittreksel, DocType.inkomensverklaring, DocType.bankafschrift),
    ApplicationType.mantelzorg_medehuur: (DocType.brp_uittreksel, DocType.mantelzorgverklaring),
    ApplicationType.inwoning: (DocType.brp_uittreksel,),
    ApplicationType.onderhuur: (DocType.brp_uittreksel, DocType.huurovereenkomst_onderhuur),
    ApplicationType.huisbewaring: (DocType.huisbewaring_aanvraag,),
}
"""Required document types per application type (CONTRACT.md §5), besides the reason-dependent one below."""

WORK_OR_STUDY = "work_or_study"
REASONS = frozenset({WORK_OR_STUDY, "care", "trial_cohabitation", "travel", "other"})
"""The form's reasons (CONTRACT.md §3); anything else was not read as one of them."""


def documents_complete(facts: Facts, policy: Policy) -> CheckResult:
    """Every required document type is present (CONTRACT.md §5, `documents_complete`).

    Seeds 000, 001, 002 and 003 list the documents per process (see the module
    docstring); for huisbewaring an `arbeidsovereenkomst` is required when the form's
    reason is `work_or_study` ("een kopie ... van de arbeids- of studieovereenkomst",
    seed 003_b77321c1aa24e072.txt). When that reason cannot be read and no contract is
    present, whether one is needed is unknown.
    """
    trail = Trail(policy)
    required = list(REQUIRED_DOCUMENTS[trail.aanvraag(facts, "type")])  # the registered type sets the list
    missing = [doc_type for doc_type in required if not facts.documents_of(doc_type)]
    reason_unread = False
    if facts.application.type is ApplicationType.huisbewaring:
        form = facts.latest(DocType.huisbewaring_aanvraag, "signed_date")
        reason = trail.field(form.document, "reason") if form else None
        has_contract = bool(facts.documents_of(DocType.arbeidsovereenkomst))
        if reason == WORK_OR_STUDY:
            required.append(DocType.arbeidsovereenkomst)
            if not has_contract:
                missing.append(DocType.arbeidsovereenkomst)
        elif form is not None and reason not in REASONS and not has_contract:
            reason_unread = True
    for doc_type in required:
        for document in facts.documents_of(doc_type):
            trail.document(document)
    if missing:
        return trail.failed(f"ontbreekt: {', '.join(missing)}; vraag de aanvrager deze document(en) na te sturen")
    present = ", ".join(f"{t} ({_files(facts, t)})" for t in required)
    if reason_unread:
        return trail.unknown(
            f"aanwezig: {present}; de reden op het huisbewaringsformulier is onleesbaar, dus of een "
            "arbeidsovereenkomst nodig is (bij werk of studie) is onbekend"
        )
    return trail.passed(f"alle vereiste documenten aanwezig: {present}")


def _files(facts: Facts, doc_type: DocType) -> str:
    return ", ".join(d.file or "zonder bestandsnaam" for d in facts.documents_of(doc_type))
