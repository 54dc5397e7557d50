"""One application's verdict from its registration, its files' extractions and the register.

run_checks → decide (CONTRACT.md §4, §5). Every file of the folder ends up in
`documents` or `errors`. An application whose aanvraag.json cannot be used cannot be
checked at all: it gets decision `review` with the reason in `errors`, never a verdict.
"""

from __future__ import annotations

from collections.abc import Mapping

from validators import Register, decide, gather_facts, load_policy, run_checks
from woondossier.inbox import Intake
from woondossier.model import ApplicationResult, Decision, FileResult


def assess(intake: Intake, files: Mapping[str, FileResult], register: Register | None) -> ApplicationResult:
    documents = tuple(doc.model_copy(update={"file": name}) for name, result in files.items() for doc in result.documents)
    errors = (
        ((intake.error,) if intake.error else ())
        + intake.folder.skipped
        + tuple(error for result in files.values() for error in result.errors)
    )
    application = intake.application
    if application is None:
        return ApplicationResult(
            application_id=intake.application_id,
            type="unknown",
            corporation="unknown",
            decision=Decision.review,
            checks={},
            documents=documents,
            errors=errors,
        )
    policy = load_policy(application.corporation.value)
    checks = run_checks(gather_facts(application, documents, register), policy)
    return ApplicationResult(
        application_id=intake.application_id,
        type=application.type.value,
        corporation=application.corporation.value,
        decision=decide(checks),
        checks=checks,
        documents=documents,
        errors=errors,
    )
