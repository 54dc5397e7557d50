"""Synthetic mantelzorgverklaringen (care declarations).

A mantelzorgverklaring is written by someone who sees the care given: the
recipient's huisarts, the wijkverpleging, or a mantelzorg support organisation. It
names the caregiver (mantelzorger) and the recipient (zorgvrager, patiënt) and says
how much care is given; a mantelzorg co-tenancy needs it to state 24-hour care.
Declarations that describe less ("drie dagdelen per week"), or deny round-the-clock
care outright, are generated too, as are the recipient's birth date and the
signer's name, which a careless reader takes for the issue date and a person.

Layouts:
- `huisarts`: a GP's letter in prose, the place and date line above it
  ("Haarlem, 12 oktober 2026"), signed by the doctor.
- `formulier`: a support organisation's ruled form: Naam mantelzorger, Naam
  zorgvrager, Omvang van de zorg, Datum, Organisatie.
- `wijkverpleging`: a district-nursing letter in prose with a "Datum:" line, the
  recipient called "patiënt" and the caregiver named after the recipient.
"""

from __future__ import annotations

import random
from datetime import date

from samples.generator import people
from samples.generator.spec import DocSpec, KeyValues, Signature, Spacer, Text, Title

DOC_TYPE = "mantelzorgverklaring"
LAYOUTS = ("huisarts", "formulier", "wijkverpleging")

_ISSUERS = {
    "huisarts": ("Huisartsenpraktijk De Linde", "Huisartsenpraktijk Spaarnelaan", "Huisartsen Kennemerhof"),
    "formulier": ("Mantelzorgsteunpunt Zuid-Kennemerland", "Stichting Mantelzorg & Meer", "Steunpunt Mantelzorg Almere"),
    "wijkverpleging": ("Wijkverpleging Duinstreek", "Thuiszorg Spaarnestad - Wijkverpleging", "Wijkteam Zorg Noord"),
}
_ROUND_THE_CLOCK = ("24 uur per dag", "dag en nacht", "24-uurs zorg")
_PART_TIME = ("drie dagdelen per week", "gemiddeld 12 uur per week", "twee dagen per week", "dagelijks enkele uren")


def make(rng: random.Random, layout: str, **overrides) -> DocSpec:
    """One mantelzorgverklaring in `layout`; `overrides` fix truth values.

    Overridable: `caregiver_name`, `care_recipient_name` (as printed),
    `round_the_clock` (bool), `issue_date` (ISO), `issuer`.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; known: {', '.join(LAYOUTS)}")
    caregiver = people.person(rng, born_from=date(1955, 1, 1), born_to=date(2000, 12, 31))
    recipient = people.person(rng, born_from=date(1930, 1, 1), born_to=date(1965, 12, 31))
    facts = {
        "caregiver_name": overrides.get("caregiver_name") or caregiver.name,
        "care_recipient_name": overrides.get("care_recipient_name") or recipient.name,
        "round_the_clock": overrides.get("round_the_clock", rng.random() < 0.6),
        "issue_date": overrides.get("issue_date")
        or people.random_date(rng, date(2026, 1, 5), date(2026, 11, 20)),
        "issuer": overrides.get("issuer") or rng.choice(_ISSUERS[layout]),
    }
    amount = rng.choice(_ROUND_THE_CLOCK if facts["round_the_clock"] else _PART_TIME)
    build = {"huisarts": _huisarts, "formulier": _formulier, "wijkverpleging": _wijkverpleging}[layout]
    blocks = build(rng, amount=amount, birth_date=recipient.birth_date, **facts)
    return DocSpec(
        doc_type=DOC_TYPE,
        layout=layout,
        blocks=tuple(blocks),
        truth=dict(facts),
        font=rng.choice(("Helvetica", "Times-Roman")),
    )


def _letterhead(rng: random.Random, issuer: str) -> list:
    address = people.address(rng)
    return [
        Title(issuer, size=14),
        Text(f"{address.street} {address.house_number}, {address.printed_postcode} {address.city}", size=8),
        Spacer(16),
    ]


def _doctor(rng: random.Random) -> str:
    return people.person(rng).initials_name


def _huisarts(rng, *, caregiver_name, care_recipient_name, round_the_clock, issue_date, issuer, amount, birth_date) -> list:
    city = people.address(rng).city
    recipient_title = rng.choice(("mevrouw ", "de heer ", ""))
    caregiver_title = rng.choice(("mevrouw ", "de heer ", ""))
    if round_the_clock:
        scope = f"Door de aard van de aandoening is {amount} toezicht en verzorging nodig."
        if amount == "24-uurs zorg":
            scope = "Door de aard van de aandoening is 24-uurs zorg nodig."
    else:
        scope = rng.choice(
            (
                f"De zorg omvat {amount}; er is geen sprake van 24-uurs zorg.",
                f"De benodigde zorg bedraagt {amount}.",
            )
        )
    return [
        *_letterhead(rng, issuer),
        Text(f"{city}, {people.print_date(issue_date, 'long')}"),
        Spacer(10),
        Title("Verklaring mantelzorg", size=13),
        Text("Aan wie het aangaat,"),
        Text(
            f"Hierbij verklaar ik dat {recipient_title}{care_recipient_name}, geboren op "
            f"{people.print_date(birth_date, 'dash')}, bij onze praktijk ingeschreven staat en "
            f"mantelzorg ontvangt van {caregiver_title}{caregiver_name}. {scope}"
        ),
        Text(
            "Deze verklaring is afgegeven op verzoek van betrokkenen, ten behoeve van een aanvraag "
            "bij de woningcorporatie."
        ),
        Spacer(18),
        Signature(f"{_doctor(rng)}, huisarts"),
    ]


def _formulier(rng, *, caregiver_name, care_recipient_name, round_the_clock, issue_date, issuer, amount, birth_date) -> list:
    rows = [
        ("Naam mantelzorger", caregiver_name),
        ("Naam zorgvrager", care_recipient_name),
        ("Geboortedatum zorgvrager", people.print_date(birth_date, "dash")),
        ("Omvang van de zorg", amount),
    ]
    if rng.random() < 0.5:
        rows.append(("24-uurs zorg noodzakelijk", "Ja" if round_the_clock else "Nee"))
    rows += [("Organisatie", issuer), ("Datum", people.print_date(issue_date, rng.choice(("dash", "long"))))]
    return [
        *_letterhead(rng, issuer),
        Title("Mantelzorgverklaring"),
        Text(
            "Met dit formulier verklaart de organisatie dat de hieronder genoemde mantelzorger "
            "zorg verleent aan de zorgvrager."
        ),
        KeyValues(tuple(rows), ruled=True),
        Spacer(18),
        Signature(f"{_doctor(rng)}, consulent mantelzorg"),
    ]


def _wijkverpleging(rng, *, caregiver_name, care_recipient_name, round_the_clock, issue_date, issuer, amount, birth_date) -> list:
    if round_the_clock:
        scope = f"{caregiver_name} verleent {amount} zorg en toezicht aan de patiënt."
        if amount == "24-uurs zorg":
            scope = f"{caregiver_name} verleent de patiënt 24-uurs zorg."
    else:
        scope = f"{caregiver_name} verleent de patiënt zorg gedurende {amount}."
    return [
        *_letterhead(rng, issuer),
        KeyValues(
            (
                ("Datum", people.print_date(issue_date, rng.choice(("dash", "long", "short")))),
                ("Betreft", "verklaring mantelzorg"),
            )
        ),
        Spacer(12),
        Text("Geachte heer, mevrouw,"),
        Text(
            f"Als wijkverpleegkundige ben ik betrokken bij de zorg voor patiënt {care_recipient_name} "
            f"(geboren {people.print_date(birth_date, 'dash')}). De mantelzorger van de patiënt is "
            f"{caregiver_name}. {scope}"
        ),
        Text("Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd."),
        Spacer(12),
        Text("Met vriendelijke groet,"),
        Signature(f"{_doctor(rng)}, wijkverpleegkundige"),
    ]
