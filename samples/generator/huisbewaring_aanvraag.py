"""Synthetic application forms for huisbewaring (house-sitting).

A tenant who will be away for months asks the corporation's permission to let a
house-sitter (huisbewaarder) live in the home meanwhile (seed 003, Woonopmaat). The
form names tenant and sitter, the sitter's birth date, the period, the reason
(Woonopmaat's list: work or study elsewhere, long-term care, "proef samenwonen", a
long journey, another weighty reason), the monthly compensation the sitter pays, and
asks whether the sitter has a home of their own and minor children.

Layouts, each answering the yes/no questions differently so a reader cannot rely on
one representation:
- `checkbox-form`: Woonopmaat's "Aanvraagformulier huisbewaring" in numbered
  sections with generic labels ("Naam", "Geboortedatum") under "Gegevens huurder" /
  "Gegevens huisbewaarder", the reason ticked in a list of check boxes and the
  questions answered "[ ] ja  [X] nee". The tenant's "Huurder sinds" date and the
  administration fee are distractors.
- `written-request`: a tenant's "Verzoek toestemming huisbewaring" letter with the
  facts on labelled lines, "Periode: van ... tot en met ...", the reason in the
  tenant's words ("tijdelijk werk of studie elders", "wereldreis"), answers written
  out ("Eigen woning huisbewaarder: nee") and "Ondertekend te ... op ...".
- `ruled-table`: one ruled table, questions labelled "(ja/nee)" and answered in the
  value cell; a "doorhalen wat niet van toepassing is" footnote.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from samples.generator import people
from samples.generator.spec import DocSpec, Heading, KeyValues, Signature, Spacer, Text, Title

DOC_TYPE = "huisbewaring_aanvraag"
LAYOUTS = ("checkbox-form", "written-request", "ruled-table")

REASONS = ("work_or_study", "care", "trial_cohabitation", "travel", "other")

_CHECKBOXES = (  # the options as Woonopmaat lists them (seed 003), in its order
    ("work_or_study", "Werk of studie buiten de regio / buitenland"),
    ("care", "Langdurige verpleging of verzorging elders"),
    ("trial_cohabitation", "Proef samenwonen"),
    ("travel", "Een lange reis"),
    ("other", "Andere zwaarwegende reden"),
)
_WRITTEN = {  # the reason in a tenant's own words
    "work_or_study": (
        "tijdelijk werk of studie elders",
        "werk in het buitenland",
        "studie in het buitenland",
        "detachering buiten de regio",
    ),
    "care": ("zorg voor familielid", "langdurige opname in verpleeghuis", "mantelzorg voor mijn moeder"),
    "trial_cohabitation": ("proef samenwonen", "samenwonen op proef met mijn partner"),
    "travel": ("wereldreis", "lange reis door Zuid-Amerika", "een reis van acht maanden"),
    "other": ("andere zwaarwegende reden: verbouwing ouderlijk huis", "anders, namelijk: emigratie op proef"),
}
_COMPENSATIONS = ("0.00", "0.00", "150.00", "250.00", "275.50", "350.00", "425.00", "495.00", "612.35", "780.00")


def make(rng: random.Random, layout: str, **overrides) -> DocSpec:
    """One application form in `layout`; `overrides` fix truth values.

    Overridable: `tenant_name`, `sitter_name` (as printed), `sitter_birth_date`,
    `start_date`, `end_date`, `signed_date` (ISO), `reason` (one of `REASONS`),
    `compensation` ("350.00"), `sitter_has_own_home`, `sitter_has_minor_children`.
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; known: {', '.join(LAYOUTS)}")
    tenant = people.person(rng, born_from=date(1950, 1, 1), born_to=date(1998, 12, 31))
    sitter = people.person(rng, born_from=date(1960, 1, 1), born_to=date(2006, 12, 31))
    start = overrides.get("start_date") or people.random_date(rng, date(2026, 12, 1), date(2027, 8, 31))
    facts = {
        "tenant_name": overrides.get("tenant_name") or _printed_name(rng, tenant),
        "sitter_name": overrides.get("sitter_name") or _printed_name(rng, sitter),
        "sitter_birth_date": overrides.get("sitter_birth_date") or sitter.birth_date,
        "start_date": start,
        "end_date": overrides.get("end_date") or people.period_end(start, rng.choice((3, 4, 6, 6, 9, 12, 12, 14))),
        "reason": overrides.get("reason") or rng.choice(REASONS),
        "compensation": overrides.get("compensation") or rng.choice(_COMPENSATIONS),
        "sitter_has_own_home": overrides.get("sitter_has_own_home", rng.random() < 0.25),
        "sitter_has_minor_children": overrides.get("sitter_has_minor_children", rng.random() < 0.25),
        "signed_date": overrides.get("signed_date")
        or (date.fromisoformat(start) - timedelta(days=rng.randint(20, 90))).isoformat(),
    }
    if facts["reason"] not in REASONS:
        raise ValueError(f"unknown reason {facts['reason']!r}; known: {', '.join(REASONS)}")
    build = {"checkbox-form": _checkbox_form, "written-request": _written_request, "ruled-table": _ruled_table}
    return DocSpec(
        doc_type=DOC_TYPE,
        layout=layout,
        blocks=tuple(build[layout](rng, facts)),
        truth=facts,
        font=rng.choice(("Helvetica", "Times-Roman")),
    )


def _printed_name(rng: random.Random, person: people.Person) -> str:
    return person.initials_name if rng.random() < 0.2 else person.name


def _date(rng: random.Random, iso: str) -> str:
    return people.print_date(iso, rng.choice(("dash", "dash", "long", "dot", "short")))


def _amount(rng: random.Random, amount: str) -> str:
    return people.print_amount(amount, rng.choice(people.AMOUNT_STYLES))


def _yes_no(value: bool, capital: bool = False) -> str:
    word = "ja" if value else "nee"
    return word.capitalize() if capital else word


def _box(checked: bool) -> str:
    return "[X]" if checked else "[  ]"


def _checkbox_form(rng: random.Random, f: dict) -> list:
    home = people.address(rng)
    sitter_home = people.address(rng)
    phone = f"06-{rng.randint(10000000, 99999999)}"
    since = people.random_date(rng, date(1995, 1, 1), date(2023, 12, 31))
    ruled = rng.random() < 0.5

    def question(text: str, answer: bool) -> Text:
        return Text(f"{text}   {_box(answer)} ja   {_box(not answer)} nee")

    return [
        Title("Aanvraagformulier huisbewaring"),
        Text("Woonopmaat, afdeling Verhuur - verhuur@woonopmaat.nl", size=8),
        Text(
            "Lever dit formulier minimaal vier weken voor vertrek in. Woonopmaat berekent "
            "€ 12,50 administratiekosten voor huisbewaring.",
            size=9,
        ),
        Spacer(8),
        Heading("1. Gegevens huurder"),
        KeyValues(
            (
                ("Naam", f["tenant_name"]),
                ("Adres", f"{home.street} {home.house_number}"),
                ("Postcode en plaats", f"{home.printed_postcode} {home.city}"),
                ("Telefoonnummer", phone),
                ("Huurder sinds", _date(rng, since)),
            ),
            ruled=ruled,
        ),
        Heading("2. Gegevens huisbewaarder"),
        KeyValues(
            (
                ("Naam", f["sitter_name"]),
                ("Geboortedatum", _date(rng, f["sitter_birth_date"])),
                ("Huidig adres", f"{sitter_home.street} {sitter_home.house_number}, {sitter_home.city}"),
            ),
            ruled=ruled,
        ),
        Heading("3. Periode van huisbewaring"),
        KeyValues(
            (("Ingangsdatum", _date(rng, f["start_date"])), ("Einddatum", _date(rng, f["end_date"]))),
            ruled=ruled,
        ),
        Heading("4. Reden van afwezigheid (aankruisen)"),
        *[Text(f"{_box(reason == f['reason'])}  {label}") for reason, label in _CHECKBOXES],
        Heading("5. Vergoeding en voorwaarden"),
        KeyValues((("Vergoeding per maand", _amount(rng, f["compensation"])),), ruled=ruled),
        question("Heeft de huisbewaarder een eigen woning?", f["sitter_has_own_home"]),
        question("Heeft de huisbewaarder minderjarige kinderen?", f["sitter_has_minor_children"]),
        Heading("6. Ondertekening"),
        Text("Ondergetekende verklaart dit formulier naar waarheid te hebben ingevuld.", size=9),
        KeyValues((("Plaats", home.city), ("Datum", _date(rng, f["signed_date"]))), ruled=ruled),
        Signature("Handtekening huurder"),
        Spacer(6),
        Text("In te vullen door Woonopmaat - Datum ontvangst: ............  Dossiernummer: ............", size=8),
    ]


def _written_request(rng: random.Random, f: dict) -> list:
    home = people.address(rng)
    corporation = rng.choice(("Woonopmaat", "Kennemer Wonen", "de Alliantie"))
    reason = rng.choice(_WRITTEN[f["reason"]])
    end_word = rng.choice(("tot en met", "t/m"))
    return [
        Text(f["tenant_name"]),
        Text(f"{home.street} {home.house_number}"),
        Text(f"{home.printed_postcode} {home.city}"),
        Spacer(14),
        Text(f"Aan: {corporation}, afdeling Verhuur"),
        Spacer(10),
        Title("Verzoek toestemming huisbewaring", size=14),
        Text(
            f"Geachte heer, mevrouw, hierbij verzoek ik u om toestemming voor huisbewaring van mijn "
            f"woning. Ik weet dat ik geen hogere vergoeding aan de huisbewaarder mag vragen dan de huur "
            f"die ik aan {corporation} betaal."
        ),
        Spacer(6),
        KeyValues(
            (
                ("Naam huurder", f["tenant_name"]),
                ("Naam huisbewaarder", f["sitter_name"]),
                ("Geboortedatum huisbewaarder", _date(rng, f["sitter_birth_date"])),
            )
        ),
        Text(f"Periode: van {_date(rng, f['start_date'])} {end_word} {_date(rng, f['end_date'])}"),
        Text(f"Reden: {reason}"),
        Text(f"Vergoeding per maand: {_amount(rng, f['compensation'])}"),
        Text(f"Eigen woning huisbewaarder: {_yes_no(f['sitter_has_own_home'])}"),
        Text(f"Minderjarige kinderen huisbewaarder: {_yes_no(f['sitter_has_minor_children'])}"),
        Spacer(10),
        Text("Een kopie van de stukken waaruit de reden blijkt, stuur ik mee als bijlage."),
        Text(f"Ondertekend te {home.city} op {_date(rng, f['signed_date'])}"),
        Signature(f["tenant_name"]),
    ]


def _ruled_table(rng: random.Random, f: dict) -> list:
    corporation = rng.choice(("Kennemer Wonen", "de Alliantie", "Woonopmaat"))
    reason = rng.choice(_WRITTEN[f["reason"]])
    home = people.address(rng)
    return [
        Title(f"{corporation} - Aanvraag huisbewaring"),
        Text("Verzoek om toestemming voor tijdelijke bewoning door een huisbewaarder.", size=9),
        Spacer(6),
        KeyValues(
            (
                ("Huurder (naam)", f["tenant_name"]),
                ("Adres woning", f"{home.street} {home.house_number}, {home.city}"),
                ("Huisbewaarder (naam)", f["sitter_name"]),
                ("Geboortedatum huisbewaarder", _date(rng, f["sitter_birth_date"])),
                ("Periode", f"{_date(rng, f['start_date'])} t/m {_date(rng, f['end_date'])}"),
                ("Reden huisbewaring", reason.capitalize()),
                ("Vergoeding per maand", _amount(rng, f["compensation"])),
                ("Eigen woning (ja/nee)*", _yes_no(f["sitter_has_own_home"], capital=True)),
                ("Minderjarige kinderen (ja/nee)*", _yes_no(f["sitter_has_minor_children"], capital=True)),
                ("Datum ondertekening", _date(rng, f["signed_date"])),
            ),
            ruled=True,
        ),
        Text("* vragen over de huisbewaarder; ja / nee (doorhalen wat niet van toepassing is)", size=8),
        Spacer(20),
        Signature("Handtekening huurder"),
    ]
