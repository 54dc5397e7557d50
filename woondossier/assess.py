"""One application's verdict from its registration, its files' extractions and the register.

run_checks → decide (CONTRACT.md §4, §5). Every file of the folder ends up in
`documents` or `errors`. An application whose aanvraag.json cannot be used cannot be
checked at all: it gets decision `review` with the reason in `errors`, never a verdict.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from validators import Register, decide, gather_facts, load_policy, run_checks
from woondossier.inbox import Intake
from woondossier.model import ApplicationResult, Decision, FileResult


def assess(intake: Intake, files: Mapping[str, FileResult], register: Register | None) -> ApplicationResult:
    files = {name: storable(result) for name, result in files.items()}
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


def storable(result: FileResult) -> FileResult:
    """`result`, with any lone surrogate in its text replaced by U+FFFD.

    A PDF's text can decode to half a UTF-16 pair (a broken ToUnicode map); such a
    string cannot be written as UTF-8, so saving the application stopped the batch
    (issue 20 found the same with aanvraag.json). The reading is kept, the character
    shown as unreadable.

    >>> from woondossier.model import Document, Field
    >>> doc = Document(doc_type="unknown", pages=(1,), confidence=0.5, ocr=False, fields={"x": Field(value="a\\ud800b")})
    >>> storable(FileResult(file="f.pdf", documents=(doc,))).documents[0].fields["x"].value == "a\\ufffdb"
    True
    """
    try:
        result.model_dump_json()
    except ValueError:  # pydantic's serialisation error: a string that is not valid Unicode
        return FileResult.model_validate(_replace_surrogates(result.model_dump()))
    return result


_SURROGATE = re.compile("[\ud800-\udfff]")


def _replace_surrogates(value: object) -> object:
    if isinstance(value, str):
        return _SURROGATE.sub("\ufffd", value)
    if isinstance(value, dict):
        return {_replace_surrogates(k): _replace_surrogates(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(_replace_surrogates(v) for v in value)
    return value
