"""Who belongs to the household: relationship, joint household, care, occupancy.

`not_child`, `joint_household_evidence` and `care_round_the_clock` follow de
Alliantie's medehuur and mantelzorg rules (seed 000); `occupancy_within_limit` follows
Kennemer Wonen's table (seed 001) as the policy holds it; `first_two_years_family_only`
de Alliantie's Amsterdam rule (seed 000).
"""

from __future__ import annotations

from validators._people import locate, names_on, persons_on
from validators._trail import Trail, as_bool, plural
from validators.application import Relationship
from validators.dates import add_years
from validators.facts import Facts
from validators.names import NameMatch, find_person, normalise
from validators.policy import Policy
from woondossier.model import CheckResult, DocType

SPOUSES = frozenset({Relationship.spouse, Relationship.registered_partner})
FAMILY_OR_CARE = frozenset({Relationship.child, Relationship.parent, Relationship.sibling, Relationship.caregiver})
FAMILY_ONLY_CITY = "Amsterdam"
"""The only city where `first_two_years_family_only` holds (seed 000: "In Amsterdam ...")."""

SPOUSE_REMARK = (
    "let op: een echtgeno(o)t(e) of geregistreerd partner is van rechtswege al medehuurder zolang "
    "hij/zij in de woning woont (art. 7:266 BW), een aanvraag is dan niet nodig"
)


def not_child(facts: Facts, policy: Policy) -> CheckResult:
    """`applicant_relationship` is not `child`.

    De Alliantie: "inwonende kinderen kunnen geen medehuurder worden, omdat kinderen
    meestal naar verloop van tijd het huis uitgaan" (seed 000_2bb6c2bd0d3b8b63.txt).
    The same seed: "Ben je getrouwd of heb je geregistreerd partnerschap met de
    huurder? Dan ben je al automatisch medehuurder": for a spouse or registered
    partner the reason says so, the status stays as the contract defines it.
    """
    trail = Trail(policy)
    relationship = trail.aanvraag(facts, "applicant_relationship")
    if relationship is None:
        return trail.unknown("de aanvraag vermeldt de relatie van de aanvrager tot de huurder niet; vraag die na")
    if relationship is Relationship.child:
        return trail.failed(
            "de aanvrager is een kind van de huurder; inwonende kinderen kunnen geen medehuurder worden "
            "(bijzondere omstandigheden beoordeelt een analist)"
        )
    if relationship in SPOUSES:
        return trail.passed(f"de aanvrager is geen kind maar {relationship} van de huurder; {SPOUSE_REMARK}")
    return trail.passed(f"de aanvrager is geen kind van de huurder (relatie: {relationship})")


def joint_household_evidence(facts: Facts, policy: Policy) -> CheckResult:
    """A `bankafschrift` names both tenant and applicant as account holders.

    De Alliantie: "Bewijs van een blijvende gezamenlijke huishouding. Bijvoorbeeld een
    afschrift van een gezamenlijke bankrekening" (seed 000_2bb6c2bd0d3b8b63.txt).
    Any one statement naming both suffices.
    """
    trail = Trail(policy)
    tenant = trail.aanvraag(facts, "tenant_name")
    applicant = trail.aanvraag(facts, "applicant_name")
    statements = facts.documents_of(DocType.bankafschrift)
    if not statements:
        return trail.unknown("geen bankafschrift in de aanvraag; een gezamenlijke rekening is niet aangetoond")
    doubts = []
    for statement in statements:
        holders = names_on(trail, statement, "account_holders")
        if holders is None:
            doubts.append(f"rekeninghouders op {statement.file} onleesbaar")
            continue
        (tenant_found, tenant_at), (applicant_found, applicant_at) = (find_person(n, holders) for n in (tenant, applicant))
        if tenant_found is NameMatch.match and applicant_found is NameMatch.match:
            if tenant_at != applicant_at:
                return trail.passed(f"bankafschrift {statement.file} noemt huurder {tenant} en aanvrager {applicant} als rekeninghouders")
            # "J. de Vries" fits Jan and Johanna alike: one holder cannot be both people.
            doubts.append(f"op {statement.file} past één rekeninghouder bij zowel huurder als aanvrager")
        elif NameMatch.no_match not in (tenant_found, applicant_found):
            doubts.append(f"niet zeker of {statement.file} huurder en aanvrager noemt")
    if doubts:
        return trail.unknown("; ".join(doubts) + "; een analist moet de rekeninghouders beoordelen")
    return trail.failed(
        f"geen bankafschrift noemt zowel huurder {tenant} als aanvrager {applicant} als rekeninghouder; "
        "vraag ander bewijs van een gezamenlijke huishouding"
    )


def care_round_the_clock(facts: Facts, policy: Policy) -> CheckResult:
    """A `mantelzorgverklaring` names the applicant as caregiver, the tenant as recipient, with 24-hour care.

    De Alliantie: "In de mantelzorgverklaring moet staan dat je 24-uurszorg levert aan
    de huurder" (seed 000_2bb6c2bd0d3b8b63.txt).
    """
    trail = Trail(policy)
    tenant = trail.aanvraag(facts, "tenant_name")
    applicant = trail.aanvraag(facts, "applicant_name")
    declarations = facts.documents_of(DocType.mantelzorgverklaring)
    if not declarations:
        return trail.unknown("geen mantelzorgverklaring in de aanvraag; vraag die aan bij de gemeente")
    problems, doubts = [], []
    for declaration in declarations:
        caregiver = find_person(applicant, [trail.field(declaration, "caregiver_name")])[0]
        recipient = find_person(tenant, [trail.field(declaration, "care_recipient_name")])[0]
        round_the_clock = as_bool(trail.field(declaration, "round_the_clock"))
        where = declaration.file
        if caregiver is NameMatch.match and recipient is NameMatch.match and round_the_clock:
            return trail.passed(f"mantelzorgverklaring {where}: aanvrager {applicant} verleent 24-uurszorg aan huurder {tenant}")
        if caregiver is NameMatch.no_match:
            problems.append(f"{where} noemt een andere mantelzorger dan {applicant}")
        elif recipient is NameMatch.no_match:
            problems.append(f"{where} noemt een andere zorgontvanger dan huurder {tenant}")
        elif round_the_clock is False:
            problems.append(f"{where} vermeldt geen 24-uurszorg")
        else:
            doubts.append(f"{where} is op naam of 24-uurszorg niet zeker te lezen")
    if doubts:
        return trail.unknown("; ".join(problems + doubts) + "; een analist moet de verklaring beoordelen")
    return trail.failed("; ".join(problems) + "; 24-uurszorg door de aanvrager aan de huurder is niet aangetoond")


def occupancy_within_limit(facts: Facts, policy: Policy) -> CheckResult:
    """Persons on the BRP extract, plus the applicant if not listed, ≤ `max_occupancy[rooms]`.

    Kennemer Wonen: "Wanneer sprake is van overschrijding van onderstaande aantallen,
    wijzen wij uw verzoek af. 1 kamerwoning: 1 persoon ... 5 kamerwoning: 7 personen"
    (seed 001_74e01b10ae26e718.txt); de Alliantie: "De woning is groot genoeg voor het
    aantal personen" (seed 000). Above the table, `max_occupancy_extra_per_room` per room.
    """
    trail = Trail(policy)
    brp = facts.latest(DocType.brp_uittreksel, "issue_date")
    if brp is None:
        return trail.unknown("geen BRP-uittreksel in de aanvraag; het aantal bewoners is onbekend")
    applicant = trail.aanvraag(facts, "applicant_name")
    persons = persons_on(trail, brp.document)
    if facts.register_row is None:
        return trail.unknown(facts.register_note)
    rooms = trail.register(facts, "rooms")
    if persons is None:
        return trail.unknown(f"de personen op het uittreksel{brp.note} zijn onleesbaar")
    if rooms is None:
        return trail.unknown("het aantal kamers ontbreekt in het register")
    limit = policy.max_persons(rooms)
    listed = len(persons)
    verdict, _ = locate(applicant, persons)
    counts = {listed} if verdict is NameMatch.match else {listed + 1} if verdict is NameMatch.no_match else {listed, listed + 1}
    base = f"{plural(listed, 'persoon', 'personen')} op het uittreksel{brp.note}"
    total = f"{base} (aanvrager staat er al op)" if verdict is NameMatch.match else f"{base} + aanvrager = {listed + 1}"
    rule = f"maximaal {plural(limit, 'persoon', 'personen')} bij {plural(rooms, 'kamer', 'kamers')}"
    if max(counts) <= limit:
        return trail.passed(f"{total}, {rule}")
    if min(counts) > limit:
        return trail.failed(f"{total}, meer dan {rule}; de woning wordt overbewoond")
    return trail.unknown(f"{base}; niet zeker of de aanvrager er al op staat, met de aanvrager erbij {listed + 1}: {rule}")


def first_two_years_family_only(facts: Facts, policy: Policy) -> CheckResult:
    """In Amsterdam, in the first `family_only_years` of the lease only family or a caregiver may lodge.

    De Alliantie: "In Amsterdam mag je de eerste 2 jaar dat je ergens woont niemand
    laten inwonen, behalve directe familieleden en mantelzorgers." (seed
    000_2bb6c2bd0d3b8b63.txt). Passes when `lease_start` ≥ 2 years before
    `submitted_on`, or the relationship is child, parent, sibling or caregiver.
    """
    trail = Trail(policy)
    relationship = trail.aanvraag(facts, "applicant_relationship")
    submitted = trail.aanvraag(facts, "submitted_on")
    years = policy.family_only_years
    if relationship in FAMILY_OR_CARE:
        return trail.passed(f"de aanvrager is {relationship} van de huurder; directe familie en mantelzorgers mogen altijd inwonen")
    if facts.register_row is None:
        return trail.unknown(facts.register_note)
    city = trail.register(facts, "city")
    lease_start = trail.register(facts, "lease_start")
    if city is not None and normalise(city) != normalise(FAMILY_ONLY_CITY):
        # `run_checks` does not run the rule outside Amsterdam; called directly it is not violated there.
        return trail.passed(f"de woning ligt in {city}; deze regel geldt alleen in {FAMILY_ONLY_CITY}")
    if lease_start is None:
        return trail.unknown("ingangsdatum van het huurcontract ontbreekt in het register")
    latest_allowed = add_years(submitted, -years)
    if lease_start <= latest_allowed:
        return trail.passed(f"huurcontract loopt sinds {lease_start}, minstens {years} jaar voor de aanvraag ({submitted})")
    if relationship is None:
        return trail.unknown(f"huurcontract loopt pas sinds {lease_start} en de relatie van de aanvrager is onbekend")
    if city is None:
        return trail.unknown(f"huurcontract loopt pas sinds {lease_start}, maar de plaats van de woning ontbreekt in het register")
    return trail.failed(
        f"huurcontract loopt pas sinds {lease_start}, korter dan {years} jaar voor de aanvraag ({submitted}; "
        f"grens {latest_allowed}), en de aanvrager is {relationship}, geen directe familie of mantelzorger"
    )
