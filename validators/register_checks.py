"""Checks answered by one yes/no column of the tenancy register.

Each passes only when the register says `false` for its column(s); an empty cell or a
missing row is `unknown`, because "the register does not say" is not "no".
"""

from __future__ import annotations

from validators._trail import Trail
from validators.facts import Facts
from validators.policy import Policy
from woondossier.model import CheckResult


def _register_flags(facts: Facts, policy: Policy, meanings: dict[str, str], consequence: str) -> CheckResult:
    """Pass when every column in `meanings` is false; fail on any true; else unknown.

    `meanings` maps a column to what `true` means, in Dutch, for the reason.
    """
    trail = Trail(policy)
    if facts.register_row is None:
        for column in meanings:
            trail.register(facts, column)
        return trail.unknown(facts.register_note)
    values = {column: trail.register(facts, column) for column in meanings}
    raised = [meanings[c] for c, v in values.items() if v is True]
    empty = [c for c, v in values.items() if v is None]
    if raised:
        return trail.failed(f"het register meldt: {', '.join(raised)}; {consequence}")
    if empty:
        return trail.unknown(f"het register vult {', '.join(empty)} niet in; controleer dit in de huuradministratie")
    return trail.passed(f"het register meldt geen {', '.join(meanings.values())} ({', '.join(meanings)} = false)")


def no_rent_arrears(facts: Facts, policy: Policy) -> CheckResult:
    """Register `rent_arrears` is false.

    De Alliantie: "Je loopt niet achter met het betalen van de huur" (seed
    000_2bb6c2bd0d3b8b63.txt); Kennemer Wonen: "Als u of uw beoogde inwoner (huur)schuld
    heeft bij Kennemer Wonen, kan dit een reden zijn om de aanvraag af te wijzen" (seed
    001); Woonopmaat: "Er mag geen huurachterstand ... zijn geweest" (seed 003).
    """
    return _register_flags(facts, policy, {"rent_arrears": "huurachterstand"}, "los eerst de achterstand op")


def no_nuisance_file(facts: Facts, policy: Policy) -> CheckResult:
    """Register `nuisance_file` and `fraud_file` are false.

    De Alliantie: "Er is geen woonfraude- of leefbaarheidsdossier op het adres" (seed
    000_2bb6c2bd0d3b8b63.txt); Kennemer Wonen: "Een overlastverleden van u en/of de
    beoogde inwoner is reden tot afwijzing" (seed 001); Woonopmaat: "geen ... overlast
    ... in de afgelopen 2 jaar" (seed 003).
    """
    meanings = {"nuisance_file": "overlastdossier", "fraud_file": "woonfraudedossier"}
    return _register_flags(facts, policy, meanings, "een dossier op het adres is reden tot afwijzing")


def no_existing_lodging(facts: Facts, policy: Policy) -> CheckResult:
    """Register `active_lodging` is false (policy `single_lodging`).

    Kennemer Wonen: "Kennemer Wonen geeft geen toestemming voor een tweede inwoning of
    kamerverhuur op een adres waar al een inwoning of kamerverhuur loopt." (seed
    001_74e01b10ae26e718.txt).
    """
    meanings = {"active_lodging": "lopende inwoning of kamerverhuur"}
    return _register_flags(facts, policy, meanings, "een tweede inwoning of kamerverhuur is niet toegestaan")


def no_renovation_urgency(facts: Facts, policy: Policy) -> CheckResult:
    """Register `renovation_urgency` is false (policy `renovation_blocks`).

    Kennemer Wonen: "Indien uw woning gesloopt en/of gerenoveerd wordt, en u heeft een
    urgentie gekregen, geven wij geen toestemming." (seed 001_74e01b10ae26e718.txt).
    """
    meanings = {"renovation_urgency": "sloop-/renovatie-urgentie"}
    return _register_flags(facts, policy, meanings, "bij een renovatie-urgentie wordt geen toestemming gegeven")


def no_major_maintenance(facts: Facts, policy: Policy) -> CheckResult:
    """Register `major_maintenance_planned` is false (policy `sitter_rules`).

    Woonopmaat: "Er mogen geen plannen zijn voor groot onderhoud aan de woning op korte
    termijn" (seed 003_b77321c1aa24e072.txt).
    """
    meanings = {"major_maintenance_planned": "gepland groot onderhoud"}
    return _register_flags(facts, policy, meanings, "huisbewaring is dan niet toegestaan")
