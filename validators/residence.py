"""Who lives where, and since when, according to the BRP extract.

`tenant_lives_at_address` and `cohabitation_two_years` read the most recent
`brp_uittreksel` of the application (`Facts.latest`); `brp_extract_recent` asks
whether any extract is recent enough. The dates are calendar arithmetic from
`submitted_on` (`validators.dates`).
"""

from __future__ import annotations

import re

from validators._people import locate, persons_on
from validators._trail import Trail, plural
from validators.dates import add_months, add_years, parse_iso
from validators.facts import Facts
from validators.names import NameMatch
from validators.policy import Policy
from woondossier.model import CheckResult, DocType, Document

NO_EXTRACT = "geen BRP-uittreksel in de aanvraag; vraag een uittreksel op bij de gemeente"


def brp_extract_recent(facts: Facts, policy: Policy) -> CheckResult:
    """A BRP extract issued within `brp_max_age_months` before `submitted_on`, not after it.

    Kennemer Wonen: "Het uittreksel, met daarop alle personen die staan ingeschreven
    op het adres, is maximaal drie maanden oud." (seed 001_74e01b10ae26e718.txt).
    An extract exactly `brp_max_age_months` old passes. The contract asks whether *a*
    extract qualifies, so with several the newest qualifying one is used: a second
    extract dated after the submission does not undo a valid one. While any extract's
    date is unreadable and none qualifies, the answer is `unknown`, not `fail`.
    """
    trail = Trail(policy)
    extracts = facts.documents_of(DocType.brp_uittreksel)
    if not extracts:
        return trail.unknown(NO_EXTRACT)
    submitted = trail.aanvraag(facts, "submitted_on")
    months = policy.brp_max_age_months
    oldest = add_months(submitted, -months)
    dated = [(parse_iso(extract.value("issue_date")), extract) for extract in extracts]
    within = [(day, extract) for day, extract in dated if day is not None and oldest <= day <= submitted]
    if within:
        # Only the extract that passes is evidence: another's doubtful date must not cast doubt on it.
        issued, extract = max(within, key=lambda pair: pair[0])  # max keeps the first file of a tie
        trail.field(extract, "issue_date")
        days = (submitted - issued).days
        return trail.passed(
            f"uittreksel{_which(extract, len(extracts))} afgegeven op {issued}, {plural(days, 'dag', 'dagen')} "
            f"voor de aanvraag ({submitted}); maximaal {plural(months, 'maand', 'maanden')} oud (vanaf {oldest})"
        )
    for _, extract in dated:
        trail.field(extract, "issue_date")
    unreadable = [extract for day, extract in dated if day is None]
    if unreadable:
        others = "" if len(extracts) == 1 else " en geen ander uittreksel is recent genoeg"
        return trail.unknown(
            f"afgiftedatum van het uittreksel{_which(unreadable[0], len(extracts))} is onleesbaar{others}; "
            "controleer het document"
        )
    issued, extract = max(dated, key=lambda pair: pair[0])
    which = _which(extract, len(extracts))
    if issued > submitted:
        return trail.failed(
            f"uittreksel{which} afgegeven op {issued}, {plural((issued - submitted).days, 'dag', 'dagen')} ná de "
            f"aanvraag ({submitted}), en geen uittreksel is afgegeven in de {plural(months, 'maand', 'maanden')} "
            f"ervoor (vanaf {oldest}); controleer de datum"
        )
    return trail.failed(
        f"uittreksel{which} afgegeven op {issued}, meer dan {plural(months, 'maand', 'maanden')} voor "
        f"de aanvraag ({submitted}; grens {oldest}); vraag een nieuw uittreksel"
    )


def tenant_lives_at_address(facts: Facts, policy: Policy) -> CheckResult:
    """The BRP extract lists the tenant at the register's postcode and house number.

    De Alliantie: "De hoofdhuurder woont zelf ook op het adres" (seed
    000_2bb6c2bd0d3b8b63.txt); Kennemer Wonen: "U woont als hoofdhuurder(s) zelf in
    de woning" (seed 001); seed 002: "u bent de hoofdhuurder en u blijft zelf in de
    woning wonen".
    """
    trail = Trail(policy)
    brp = facts.latest(DocType.brp_uittreksel, "issue_date")
    if brp is None:
        return trail.unknown(NO_EXTRACT)
    tenant = trail.aanvraag(facts, "tenant_name")
    postcode = _compact(trail.field(brp.document, "postcode"))
    number = _compact(trail.field(brp.document, "house_number"))
    persons = persons_on(trail, brp.document)
    if facts.register_row is None:
        return trail.unknown(facts.register_note)
    register_postcode = _compact(trail.register(facts, "postcode"))
    register_number = _compact(trail.register(facts, "house_number"))
    if None in (postcode, number):
        return trail.unknown(f"adres op het uittreksel{brp.note} is onleesbaar (postcode of huisnummer)")
    if None in (register_postcode, register_number):
        return trail.unknown("postcode of huisnummer van de woning ontbreekt in het register")
    if (postcode, number) != (register_postcode, register_number):
        return trail.failed(
            f"uittreksel{brp.note} geldt voor {postcode} {number}, de woning in het register is "
            f"{register_postcode} {register_number}; vraag een uittreksel van het juiste adres"
        )
    trail.corroborated(brp.document, "postcode", "house_number")  # equal to the register's, read above
    if persons is None:
        return trail.unknown(f"de personen op het uittreksel{brp.note} zijn onleesbaar")
    verdict, _ = locate(tenant, persons)
    address = f"{postcode} {number}"
    if verdict is NameMatch.match:
        return trail.passed(f"huurder {tenant} staat ingeschreven op {address} volgens het uittreksel{brp.note}")
    if verdict is NameMatch.ambiguous:
        return trail.unknown(
            f"niet zeker of huurder {tenant or '(naam ontbreekt in de aanvraag)'} op het uittreksel{brp.note} "
            f"staat (naam onleesbaar of meerdere kandidaten); een analist moet dit beoordelen"
        )
    return trail.failed(
        f"huurder {tenant} staat niet op het uittreksel{brp.note} van {address} "
        f"({plural(len(persons), 'persoon', 'personen')} ingeschreven); de huurder moet zelf in de woning wonen"
    )


def cohabitation_two_years(facts: Facts, policy: Policy) -> CheckResult:
    """The applicant is on the BRP extract, registered at least `cohabitation_years` before `submitted_on`.

    De Alliantie: "Je woont voor twee jaar of langer op een gelijkwaardige manier samen
    met de huurder" (seed 000_2bb6c2bd0d3b8b63.txt). Registered exactly that many
    years before passes.
    """
    trail = Trail(policy)
    brp = facts.latest(DocType.brp_uittreksel, "issue_date")
    if brp is None:
        return trail.unknown(NO_EXTRACT)
    applicant = trail.aanvraag(facts, "applicant_name")
    submitted = trail.aanvraag(facts, "submitted_on")
    persons = persons_on(trail, brp.document)
    if persons is None:
        return trail.unknown(f"de personen op het uittreksel{brp.note} zijn onleesbaar")
    verdict, person = locate(applicant, persons)
    if verdict is NameMatch.no_match:
        return trail.failed(f"aanvrager {applicant} staat niet op het uittreksel{brp.note}, dus woont niet (ingeschreven) samen met de huurder")
    if person is None:
        return trail.unknown(f"niet zeker of aanvrager {applicant or '(naam ontbreekt in de aanvraag)'} op het uittreksel{brp.note} staat")
    since = parse_iso(person.registered_since)
    if since is None:
        return trail.unknown(f"datum van inschrijving van aanvrager {applicant} op het uittreksel{brp.note} is onleesbaar")
    years = policy.cohabitation_years
    latest_allowed = add_years(submitted, -years)
    if since <= latest_allowed:
        return trail.passed(
            f"aanvrager {applicant} staat sinds {since} op het adres ingeschreven, minstens "
            f"{plural(years, 'jaar', 'jaar')} voor de aanvraag ({submitted}; uiterlijk {latest_allowed})"
        )
    return trail.failed(
        f"aanvrager {applicant} staat pas sinds {since} op het adres ingeschreven, korter dan "
        f"{plural(years, 'jaar', 'jaar')} voor de aanvraag ({submitted}; had uiterlijk {latest_allowed} moeten zijn)"
    )


def _which(extract: Document, among: int) -> str:
    """'' for the only extract; else which file, e.g. " (brp2.pdf, een van 2 uittreksels)"."""
    if among <= 1:
        return ""
    return f" ({extract.file or 'zonder bestandsnaam'}, een van {among} uittreksels)"


def _compact(value: object) -> str | None:
    """A postcode or house number as compared: no spaces, upper case, a letter addition
    written with or without a hyphen alike ("12-a" is "12A"); "7-2" stays "7-2".

    >>> _compact("1234 ab"), _compact("12-a"), _compact("12 A"), _compact("7-2"), _compact(" ")
    ('1234AB', '12A', '12A', '7-2', None)
    """
    if value is None:
        return None
    text = "".join(str(value).split()).upper()
    text = re.sub(r"(?<=\d)-(?=[A-Z]+$)", "", text)
    return text or None
