"""From check results to one decision (CONTRACT.md §4).

The order of the rules is the point: a failed rule outweighs a missing document (no
point asking for papers for an application that cannot be granted), a missing document
outweighs doubt, and only an application without any doubt passes.
"""

from __future__ import annotations

from collections.abc import Mapping

from woondossier.model import CheckResult, CheckStatus, Decision

COMPLETENESS_CHECK = "documents_complete"


def decide(checks: Mapping[str, CheckResult]) -> Decision:
    """`fail` if any check but `documents_complete` fails; else `incomplete` if that one fails;
    else `review` if any check is `unknown` or used a low-confidence field; else `pass`.

    >>> from woondossier.model import CheckResult as R
    >>> ok, bad = R(status="pass", reason="ok"), R(status="fail", reason="nee")
    >>> decide({"documents_complete": bad, "not_child": ok}), decide({"documents_complete": ok, "not_child": bad})
    (<Decision.incomplete: 'incomplete'>, <Decision.fail: 'fail'>)
    >>> decide({"not_child": R(status="pass", reason="ok", low_confidence=True)}), decide({"not_child": ok})
    (<Decision.review: 'review'>, <Decision.pass_: 'pass'>)
    """
    if not checks:
        return Decision.review  # nothing was checked, so nothing is shown to hold
    if any(r.status is CheckStatus.fail for check_id, r in checks.items() if check_id != COMPLETENESS_CHECK):
        return Decision.fail
    completeness = checks.get(COMPLETENESS_CHECK)
    if completeness is not None and completeness.status is CheckStatus.fail:
        return Decision.incomplete
    if any(r.status is CheckStatus.unknown or r.low_confidence for r in checks.values()):
        return Decision.review
    return Decision.pass_
