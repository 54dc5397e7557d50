"""Huisbewaring: who the house-sitter is and what the tenant asks of them.

Woonopmaat's "Voorwaarden huisbewaarder" (seed 003_b77321c1aa24e072.txt): "De
huisbewaarder is minimaal 18 jaar of ouder.", "Huisbewaring wordt niet toegestaan aan
gezinnen met minderjarige kinderen.", "De huisbewaarder mag niet over zelfstandige
woonruimte beschikken." and "Je mag als huurder geen hogere vergoeding aan de
huisbewaarder vragen dan de huur die je aan Woonopmaat betaalt." All read the most
recently signed house-sitting form.
"""

from __future__ import annotations

from validators._trail import Trail, amount, as_bool, euro
from validators.dates import add_years, age_on, parse_iso
from validators.facts import Facts
from validators.house_sitting import NO_FORM, form_of
from validators.policy import Policy
from woondossier.model import CheckResult


def sitter_adult(facts: Facts, policy: Policy) -> CheckResult:
    """The sitter is `sitter_min_age` (18) or older on `start_date`; turning 18 that day passes.

    Woonopmaat: "De huisbewaarder is minimaal 18 jaar of ouder." (seed
    003_b77321c1aa24e072.txt). Someone born on 29 February turns 18 on 28 February in
    a common year (`validators.dates`).
    """
    trail = Trail(policy)
    form = form_of(facts)
    if form is None:
        return trail.unknown(NO_FORM)
    birth = parse_iso(trail.field(form.document, "sitter_birth_date"))
    start = parse_iso(trail.field(form.document, "start_date"))
    if birth is None or start is None:
        return trail.unknown(f"geboortedatum van de huisbewaarder of begindatum op het formulier{form.note} is onleesbaar")
    minimum = policy.sitter_min_age
    age = age_on(birth, start)
    text = f"huisbewaarder geboren op {birth} is op de begindatum {start} {age} jaar{form.note}"
    if age >= minimum:
        return trail.passed(f"{text}; minimaal {minimum}")
    return trail.failed(f"{text}; jonger dan {minimum} (wordt {minimum} op {add_years(birth, minimum)})")


def sitter_no_minor_children(facts: Facts, policy: Policy) -> CheckResult:
    """Form `sitter_has_minor_children` is false (policy `sitter_rules`).

    Woonopmaat: "Huisbewaring wordt niet toegestaan aan gezinnen met minderjarige
    kinderen." (seed 003_b77321c1aa24e072.txt).
    """
    return _form_flag(
        facts, policy, "sitter_has_minor_children", "of de huisbewaarder minderjarige kinderen heeft",
        "de huisbewaarder heeft volgens het formulier geen minderjarige kinderen",
        "de huisbewaarder heeft volgens het formulier minderjarige kinderen; huisbewaring aan gezinnen met minderjarige kinderen is niet toegestaan",
    )  # fmt: skip


def sitter_no_own_home(facts: Facts, policy: Policy) -> CheckResult:
    """Form `sitter_has_own_home` is false (policy `sitter_rules`).

    Woonopmaat: "De huisbewaarder mag niet over zelfstandige woonruimte beschikken."
    (seed 003_b77321c1aa24e072.txt).
    """
    return _form_flag(
        facts, policy, "sitter_has_own_home", "of de huisbewaarder eigen woonruimte heeft",
        "de huisbewaarder heeft volgens het formulier geen eigen woonruimte",
        "de huisbewaarder heeft volgens het formulier eigen woonruimte; dat is niet toegestaan",
    )  # fmt: skip


def compensation_within_rent(facts: Facts, policy: Policy) -> CheckResult:
    """Form `compensation` ≤ register `monthly_rent`; exactly the rent passes.

    Woonopmaat: "Je mag als huurder geen hogere vergoeding aan de huisbewaarder vragen
    dan de huur die je aan Woonopmaat betaalt." (seed 003_b77321c1aa24e072.txt).
    """
    trail = Trail(policy)
    form = form_of(facts)
    if form is None:
        return trail.unknown(NO_FORM)
    compensation = amount(trail.field(form.document, "compensation"))
    if facts.register_row is None:
        return trail.unknown(facts.register_note)
    rent = trail.register(facts, "monthly_rent")
    if compensation is None:
        return trail.unknown(f"vergoeding op het formulier{form.note} is onleesbaar")
    if rent is None:
        return trail.unknown("de huurprijs ontbreekt in het register")
    if compensation <= rent:
        return trail.passed(f"vergoeding {euro(compensation)} per maand{form.note} is niet hoger dan de huur van {euro(rent)}")
    return trail.failed(f"vergoeding {euro(compensation)} per maand{form.note} is hoger dan de huur van {euro(rent)}; de vergoeding moet omlaag")


def _form_flag(facts: Facts, policy: Policy, field: str, question: str, when_false: str, when_true: str) -> CheckResult:
    trail = Trail(policy)
    form = form_of(facts)
    if form is None:
        return trail.unknown(NO_FORM)
    value = as_bool(trail.field(form.document, field))
    if value is None:
        return trail.unknown(f"het formulier{form.note} zegt niet leesbaar {question} ({field}); vraag het na")
    return trail.failed(when_true + form.note) if value else trail.passed(when_false + form.note)
