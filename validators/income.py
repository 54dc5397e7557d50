"""Can the would-be co-tenant pay the rent alone? (`income_sufficient`)

The applicant's income statement is the `inkomensverklaring` whose taxpayer is the
applicant: by name, or by the BSN the BRP extract gives the applicant. Of several,
the most recent tax year is used; without one of the applicant's the answer is
`unknown` (missing evidence), never `fail`. The comparison is exact in cents: the yearly
income times `max_rent_share` against twelve months' rent, so rounding a monthly
figure can never tip a decision.
"""

from __future__ import annotations

from decimal import Decimal

from validators._people import locate, persons_on
from validators._trail import Trail, amount, decimal_nl, euro
from validators.facts import Facts, Picked
from validators.names import NameMatch, match_name
from validators.policy import Policy
from woondossier.model import CheckResult, DocType, Document

MONTHS_PER_YEAR = Decimal(12)


def income_sufficient(facts: Facts, policy: Policy) -> CheckResult:
    """The applicant's income / 12 × `max_rent_share` ≥ the register's `monthly_rent`.

    De Alliantie: "Je verdient als medehuurder genoeg om de huur ook alleen te kunnen
    betalen." (seed 000_2bb6c2bd0d3b8b63.txt). `max_rent_share` (0.40) is the
    project's affordability default, not a published figure (CONTRACT.md §6).
    """
    trail = Trail(policy)
    applicant = trail.aanvraag(facts, "applicant_name")
    statements = facts.documents_of(DocType.inkomensverklaring)
    if not statements:
        return trail.unknown("geen inkomensverklaring in de aanvraag; vraag die aan bij de Belastingdienst")
    chosen, doubt = _applicants_statement(facts, trail, applicant, statements)
    if chosen is None:
        if doubt:
            return trail.unknown(f"niet zeker welke inkomensverklaring van aanvrager {applicant or '(naam ontbreekt)'} is; een analist moet dit beoordelen")
        # Only someone else's statement (the tenant's) says nothing about the applicant's income.
        return trail.unknown(f"geen inkomensverklaring op naam van aanvrager {applicant}; vraag de inkomensverklaring van de aanvrager op")
    statement = chosen.document
    income = amount(trail.field(statement, "income"))
    year = trail.field(statement, "tax_year")
    if facts.register_row is None:
        return trail.unknown(facts.register_note)
    rent = trail.register(facts, "monthly_rent")
    if income is None:
        return trail.unknown(f"inkomen op {statement.file} is onleesbaar")
    if rent is None:
        return trail.unknown("de huurprijs ontbreekt in het register")
    share = policy.max_rent_share
    affordable = income / MONTHS_PER_YEAR * share
    sum_text = (
        f"inkomen {year or '(jaar onleesbaar)'} {euro(income)} / 12 × {decimal_nl(share)} = {euro(affordable)} per maand"
        f"{chosen.note}"
    )
    if income * share >= rent * MONTHS_PER_YEAR:
        return trail.passed(f"{sum_text}, minstens de huur van {euro(rent)}")
    return trail.failed(f"{sum_text}, minder dan de huur van {euro(rent)}; de aanvrager kan de huur niet alleen betalen")


def _applicants_statement(
    facts: Facts, trail: Trail, applicant: str | None, statements: tuple[Document, ...]
) -> tuple[Picked | None, bool]:
    """The applicant's most recent statement, and whether an unclear one might have been theirs."""
    bsn = _applicants_bsn(facts, trail, applicant)
    theirs, doubt = [], False
    for statement in statements:
        name = trail.field(statement, "name")
        verdict = match_name(applicant, name) if name else NameMatch.ambiguous
        if bsn and trail.field(statement, "bsn") == bsn:
            verdict = NameMatch.match
            trail.corroborated(statement, "bsn")  # the BRP extract gives the applicant this very BSN
        if verdict is NameMatch.match:
            theirs.append(statement)
        doubt = doubt or verdict is NameMatch.ambiguous
    if not theirs:
        return None, doubt
    newest = max(theirs, key=lambda s: _year(s.value("tax_year")))
    return Picked(document=newest, among=len(theirs)), doubt


def _applicants_bsn(facts: Facts, trail: Trail, applicant: str | None) -> str | None:
    brp = facts.latest(DocType.brp_uittreksel, "issue_date")
    if brp is None:
        return None
    verdict, person = locate(applicant, persons_on(trail, brp.document) or ())
    return person.bsn if verdict is NameMatch.match and person is not None else None


def _year(value: object) -> int:
    try:
        return int(str(value))
    except ValueError:
        return 0
