"""Synthetic employment and study contracts: the evidence for huisbewaring.

A tenant who asks for huisbewaring because of "werk of studie buiten de regio /
buitenland" must show "de arbeids- of studieovereenkomst, waaruit de duur van de
overeenkomst blijkt" (seed 003, Woonopmaat). What matters to the check is who works
or studies, for whom, from when to when, and where: the work location, which is
usually not where the employer is established ("gevestigd te").

Layouts:
- `fixed-term`: an "Arbeidsovereenkomst voor bepaalde tijd" in prose over two pages:
  the parties ("1. ..., gevestigd te ..., hierna te noemen: de werkgever"), then
  articles ("Artikel 1 – Indiensttreding", "Artikel 2 – Duur", "Artikel 3 –
  Standplaats"), a salary, and the signing place and date as distractors.
- `secondment`: a "Detacheringsovereenkomst" with a ruled table of parties (the
  employer lends the employee to an "opdrachtgever", who is not the employer),
  "Plaats van tewerkstelling", "Aanvang detachering" and "Einde detachering".
- `study`: a university's or college's "Bewijs van inschrijving" for a student,
  the institution as employer, "Studielocatie", the enrolment period, and an
  issue date and the student's birth date as distractors.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from samples.generator import people
from samples.generator.spec import DocSpec, Heading, KeyValues, PageBreak, Signature, Spacer, Text, Title

DOC_TYPE = "arbeidsovereenkomst"
LAYOUTS = ("fixed-term", "secondment", "study")

PLACES = (
    "Groningen", "Rotterdam", "Eindhoven", "Maastricht", "Utrecht", "Den Haag",
    "Bergen op Zoom", "Zwolle", "Antwerpen", "Berlijn", "Kopenhagen", "Leeuwarden",
)  # fmt: skip
_SECONDERS = ("Noordwest Detachering B.V.", "Techniek Inzet Holland B.V.", "Zorgflex Detachering B.V.")
_CLIENTS = ("Waterschap Hunze en Aa's", "Ziekenhuis Rivierenland", "Havenbedrijf Zuid N.V.", "Provincie Limburg")
_INSTITUTIONS = ("Universiteit van Amsterdam", "Hogeschool Noordkust", "Technische Universiteit Oostland")
_FUNCTIONS = ("verpleegkundige", "projectleider", "monteur", "beleidsmedewerker", "docent", "data-analist")
_PROGRAMMES = ("Master Geneeskunde", "Bachelor Werktuigbouwkunde", "Master Rechten", "Bachelor Verpleegkunde")


def make(rng: random.Random, layout: str, **overrides) -> DocSpec:
    """One contract in `layout`; `overrides` fix truth values.

    Overridable: `employee_name` (as printed), `employer`, `place`, `start_date`,
    `end_date` (ISO).
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; known: {', '.join(LAYOUTS)}")
    employee = people.person(rng, born_from=date(1960, 1, 1), born_to=date(2004, 12, 31))
    employers = {"fixed-term": people.EMPLOYERS, "secondment": _SECONDERS, "study": _INSTITUTIONS}[layout]
    start = overrides.get("start_date") or people.random_date(rng, date(2026, 9, 1), date(2027, 9, 1))
    facts = {
        "employee_name": overrides.get("employee_name") or employee.name,
        "employer": overrides.get("employer") or rng.choice(employers),
        "start_date": start,
        "end_date": overrides.get("end_date") or people.period_end(start, rng.choice((6, 9, 12, 12, 18, 24))),
        "place": overrides.get("place") or rng.choice(PLACES),
    }
    build = {"fixed-term": _fixed_term, "secondment": _secondment, "study": _study}[layout]
    return DocSpec(
        doc_type=DOC_TYPE,
        layout=layout,
        blocks=tuple(build(rng, facts, employee.birth_date)),
        truth=facts,
        font=rng.choice(("Helvetica", "Times-Roman")),
    )


def _date(rng: random.Random, iso: str) -> str:
    return people.print_date(iso, rng.choice(("long", "long", "dash", "dot", "short")))


def _signed(rng: random.Random, start: str) -> str:
    return (date.fromisoformat(start) - timedelta(days=rng.randint(14, 80))).isoformat()


def _other_city(rng: random.Random, place: str) -> str:
    return rng.choice([c for c, _, _ in people.CITIES if c != place])


def _fixed_term(rng: random.Random, f: dict, birth_date: str) -> list:
    seat = _other_city(rng, f["place"])
    home = people.address(rng)
    honorific = rng.choice(("", "", "de heer ", "mevrouw "))
    salary = people.print_amount(f"{rng.randint(2600, 5200)}.00", rng.choice(("euro", "dash")))
    duration = rng.choice(
        (
            f"Deze overeenkomst wordt aangegaan voor bepaalde tijd en eindigt van rechtswege op "
            f"{_date(rng, f['end_date'])}, zonder dat opzegging is vereist.",
            f"Deze overeenkomst wordt aangegaan voor de periode van {_date(rng, f['start_date'])} tot en "
            f"met {_date(rng, f['end_date'])} en eindigt van rechtswege na het verstrijken van die periode.",
        )
    )
    location = rng.choice(
        (
            f"De standplaats van de werknemer is {f['place']}.",
            f"De werkzaamheden worden verricht te {f['place']}.",
            f"Plaats van tewerkstelling: {f['place']}.",
        )
    )
    return [
        Title("Arbeidsovereenkomst voor bepaalde tijd"),
        Text("De ondergetekenden:"),
        Text(f"1. {f['employer']}, gevestigd te {seat}, hierna te noemen: de werkgever, en"),
        Text(
            f"2. {honorific}{f['employee_name']}, geboren op {people.print_date(birth_date, 'dash')}, "
            f"wonende te {home.city}, hierna te noemen: de werknemer,"
        ),
        Text("komen het volgende overeen."),
        Heading("Artikel 1 – Indiensttreding"),
        Text(
            f"De werknemer treedt met ingang van {_date(rng, f['start_date'])} in dienst van de "
            f"werkgever in de functie van {rng.choice(_FUNCTIONS)}."
        ),
        Heading("Artikel 2 – Duur"),
        Text(duration),
        Heading("Artikel 3 – Standplaats"),
        Text(f"{location} De werkgever kan de werknemer na overleg tijdelijk elders te werk stellen."),
        Heading("Artikel 4 – Proeftijd"),
        Text("Er geldt een proeftijd van één maand."),
        Heading("Artikel 5 – Salaris en arbeidsduur"),
        Text(
            f"Het bruto maandsalaris bedraagt {salary} bij een arbeidsduur van "
            f"{rng.choice((24, 32, 36, 38, 40))} uur per week, te betalen voor het einde van de maand."
        ),
        PageBreak(),
        Heading("Artikel 6 – Vakantie"),
        Text("De werknemer heeft recht op het wettelijk minimum aantal vakantiedagen, vermeerderd met de bovenwettelijke dagen uit de cao."),
        Heading("Artikel 7 – Toepasselijke regelingen"),
        Text("Op deze overeenkomst zijn de cao en het personeelsreglement van de werkgever van toepassing."),
        Spacer(10),
        Text(f"Aldus opgemaakt in tweevoud en ondertekend te {seat} op {_date(rng, _signed(rng, f['start_date']))}."),
        Signature("De werkgever"),
        Signature("De werknemer"),
    ]


def _secondment(rng: random.Random, f: dict, birth_date: str) -> list:
    client = rng.choice(_CLIENTS)
    seat = _other_city(rng, f["place"])
    return [
        Title("Detacheringsovereenkomst"),
        Text("Partijen komen de volgende detachering overeen.", size=9),
        Spacer(6),
        KeyValues(
            (
                ("Werkgever (uitlener)", f["employer"]),
                ("Opdrachtgever (inlener)", client),
                ("Gedetacheerde werknemer", f["employee_name"]),
                ("Geboortedatum", people.print_date(birth_date, "dash")),
                ("Functie", rng.choice(_FUNCTIONS)),
                ("Plaats van tewerkstelling", f["place"]),
                ("Aanvang detachering", _date(rng, f["start_date"])),
                ("Einde detachering", _date(rng, f["end_date"])),
                ("Arbeidsduur", f"{rng.choice((32, 36, 40))} uur per week"),
            ),
            ruled=rng.random() < 0.7,
        ),
        Heading("Artikel 1 – Terbeschikkingstelling"),
        Text(
            "De werkgever stelt de werknemer voor de duur van de detachering ter beschikking van de "
            "opdrachtgever. De werknemer blijft gedurende de detachering in dienst van de werkgever."
        ),
        Heading("Artikel 2 – Einde"),
        Text("De detachering eindigt van rechtswege op de einddatum hierboven, zonder dat opzegging is vereist."),
        Spacer(8),
        Text(f"Getekend te {seat} op {_date(rng, _signed(rng, f['start_date']))}"),
        Signature("Werkgever"),
        Signature("Werknemer"),
    ]


def _study(rng: random.Random, f: dict, birth_date: str) -> list:
    issued = _signed(rng, f["start_date"])
    return [
        Title(f["employer"]),
        Text("Centrale Studentenadministratie", size=9),
        Spacer(10),
        Heading("Bewijs van inschrijving"),
        Text(
            f"Hierbij verklaart {f['employer']} dat de hieronder genoemde student is ingeschreven "
            f"voor de opleiding en de periode die hieronder zijn vermeld."
        ),
        KeyValues(
            (
                ("Naam student", f["employee_name"]),
                ("Geboortedatum", _date(rng, birth_date)),
                ("Studentnummer", str(rng.randint(10_000_000, 99_999_999))),
                ("Opleiding", rng.choice(_PROGRAMMES)),
                ("Studielocatie", f["place"]),
                ("Inschrijving vanaf", _date(rng, f["start_date"])),
                ("Inschrijving tot en met", _date(rng, f["end_date"])),
            ),
            ruled=rng.random() < 0.5,
        ),
        Spacer(8),
        Text(f"{_other_city(rng, f['place'])}, {_date(rng, issued)}"),
        Signature("Hoofd Studentenadministratie"),
    ]
