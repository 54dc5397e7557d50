"""The sublet contract of an onderhuur application: rent and the two required clauses.

Seed 002_b70fcc1311746c38.txt: "u moet een contract maken met de onderhuurder. Daar
moet in ieder geval in staan: 1. een eerlijke huurprijs. De huur voor de kamer mag niet
meer zijn dan huurprijs van de woning, gedeeld door het aantal kamers; 2. dat de
onderhuur stopt op het moment dat uw huurovereenkomst met stopt; 3. dat de
onderhuurder zich houdt aan onze Algemene Huurvoorwaarden." Of several contracts the
most recently signed is judged.
"""

from __future__ import annotations

from validators._trail import Trail, amount, as_bool, euro, plural
from validators.facts import Facts
from validators.policy import Policy
from woondossier.model import CheckResult, DocType

NO_CONTRACT = "geen onderhuurcontract in de aanvraag; vraag het contract met de onderhuurder op"


def room_rent_within_cap(facts: Facts, policy: Policy) -> CheckResult:
    """Contract `room_rent` ≤ register `monthly_rent` / `rooms`; exactly at the cap passes.

    Seed 002_b70fcc1311746c38.txt: "De huur voor de kamer mag niet meer zijn dan
    huurprijs van de woning, gedeeld door het aantal kamers". Compared exactly
    (room rent × rooms against the rent), so rounding never decides.
    """
    trail = Trail(policy)
    contract = facts.latest(DocType.huurovereenkomst_onderhuur, "signed_date")
    if contract is None:
        return trail.unknown(NO_CONTRACT)
    room_rent = amount(trail.field(contract.document, "room_rent"))
    if facts.register_row is None:
        return trail.unknown(facts.register_note)
    rent = trail.register(facts, "monthly_rent")
    rooms = trail.register(facts, "rooms")
    if room_rent is None:
        return trail.unknown(f"kamerhuur in het contract{contract.note} is onleesbaar")
    if rent is None or rooms is None:
        return trail.unknown("huurprijs of aantal kamers ontbreekt in het register")
    cap = rent / rooms
    sum_text = f"{euro(rent)} / {plural(rooms, 'kamer', 'kamers')} = {euro(cap)}"
    if room_rent * rooms <= rent:
        return trail.passed(f"huur kamer {euro(room_rent)}{contract.note} is niet hoger dan {sum_text}")
    return trail.failed(f"huur kamer {euro(room_rent)}{contract.note} is hoger dan {sum_text}; de kamerhuur moet omlaag")


def contract_end_clause(facts: Facts, policy: Policy) -> CheckResult:
    """Contract `end_with_main_lease` is true.

    Seed 002_b70fcc1311746c38.txt: "dat de onderhuur stopt op het moment dat uw
    huurovereenkomst met stopt (bijvoorbeeld als u de huur opzegt)".
    """
    return _clause(
        facts, policy, "end_with_main_lease",
        "het contract bepaalt dat de onderhuur eindigt als de hoofdhuur eindigt",
        "het contract bepaalt niet dat de onderhuur eindigt als de hoofdhuur eindigt; laat die bepaling toevoegen",
    )  # fmt: skip


def contract_conditions_clause(facts: Facts, policy: Policy) -> CheckResult:
    """Contract `general_conditions` is true.

    Seed 002_b70fcc1311746c38.txt: "dat de onderhuurder zich houdt aan onze Algemene
    Huurvoorwaarden".
    """
    return _clause(
        facts, policy, "general_conditions",
        "het contract verplicht de onderhuurder tot de Algemene Huurvoorwaarden",
        "het contract verplicht de onderhuurder niet tot de Algemene Huurvoorwaarden; laat die bepaling toevoegen",
    )  # fmt: skip


def _clause(facts: Facts, policy: Policy, field: str, present: str, absent: str) -> CheckResult:
    trail = Trail(policy)
    contract = facts.latest(DocType.huurovereenkomst_onderhuur, "signed_date")
    if contract is None:
        return trail.unknown(NO_CONTRACT)
    value = as_bool(trail.field(contract.document, field))
    if value is None:
        return trail.unknown(f"niet te lezen of het contract{contract.note} deze bepaling bevat ({field}); een analist moet het nalezen")
    if value:
        return trail.passed(f"{present}{contract.note}")
    return trail.failed(f"{absent}{contract.note}")
