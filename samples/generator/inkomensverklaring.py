"""Synthetic inkomensverklaringen (income statements of the Belastingdienst).

A real inkomensverklaring (form IB 60) states one person's verzamelinkomen for one
tax year. Besides that total it often prints the box amounts it is made of
("belastbaar inkomen uit werk en woning", box 2 and box 3), which a careless reader
takes for the income; every layout here prints them, in varying order.

Layouts:
- `table`: a letter with a ruled key/value block (Naam, Burgerservicenummer,
  Dagtekening) and a ruled table of amounts ending in "Verzamelinkomen".
- `sentence`: a letter that names the person only in its address block and states
  "Uw verzamelinkomen over 2025 was € 38.450" in a paragraph.
- `overzicht`: a print from Mijn Belastingdienst: unruled label/value lines
  (Naam, BSN, Belastingjaar, Datum uitgifte) and the box amounts as label/value lines.
"""

from __future__ import annotations

import random
from datetime import date

from samples.generator import people
from samples.generator.spec import DocSpec, Heading, KeyValues, Spacer, Table, Text, Title

DOC_TYPE = "inkomensverklaring"
LAYOUTS = ("table", "sentence", "overzicht")

_RETURN_ADDRESS = ("Belastingdienst", "Postbus 2500", "6401 DA Heerlen")


def make(rng: random.Random, layout: str, **overrides) -> DocSpec:
    """One inkomensverklaring in `layout`; `overrides` fix truth values.

    Overridable: `name` (as printed), `bsn`, `tax_year`, `income` ("38450.00"),
    `issue_date` (ISO).
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; known: {', '.join(LAYOUTS)}")
    person = people.person(rng)
    name = overrides.get("name") or rng.choice((person.name, person.initials_name))
    bsn = overrides.get("bsn") or person.bsn
    issue_date = overrides.get("issue_date") or people.random_date(rng, date(2026, 1, 5), date(2026, 11, 20))
    tax_year = int(overrides.get("tax_year") or int(issue_date[:4]) - rng.choice((1, 1, 2)))
    boxes = _boxes(rng, overrides.get("income"))
    truth = {
        "name": name,
        "bsn": bsn,
        "tax_year": tax_year,
        "income": boxes["Verzamelinkomen"],
        "issue_date": issue_date,
    }
    build = {"table": _table, "sentence": _sentence, "overzicht": _overzicht}[layout]
    blocks = build(rng, name=name, bsn=bsn, tax_year=tax_year, boxes=boxes, issue_date=issue_date)
    return DocSpec(
        doc_type=DOC_TYPE,
        layout=layout,
        blocks=tuple(blocks),
        truth=truth,
        font=rng.choice(("Helvetica", "Helvetica", "Times-Roman")),
    )


def _boxes(rng: random.Random, income: str | None) -> dict[str, str]:
    """Box 1, 2 and 3 amounts in whole euros and their sum, the verzamelinkomen."""
    if income is not None:
        total = int(float(income))
        box2 = rng.choice((0, 0, rng.randint(100, 900)))
        box3 = rng.choice((0, rng.randint(50, 2500)))
        box2, box3 = min(box2, total // 4), min(box3, total // 4)
        box1 = total - box2 - box3
    else:
        box1 = rng.randint(9_000, 85_000)
        box2 = rng.choice((0, 0, rng.randint(100, 9_000)))
        box3 = rng.choice((0, rng.randint(50, 4_000)))
    return {
        "Belastbaar inkomen uit werk en woning": f"{box1}.00",
        "Belastbaar inkomen uit aanmerkelijk belang": f"{box2}.00",
        "Belastbaar inkomen uit sparen en beleggen": f"{box3}.00",
        "Verzamelinkomen": f"{box1 + box2 + box3}.00",
    }


def _money(rng_style: str, amount: str) -> str:
    """Whole euros as the Belastingdienst prints them: "€ 38.450" or "€ 38.450,00"."""
    printed = people.print_amount(amount, "euro")
    return printed[: -len(",00")] if rng_style == "whole" else printed


def _bsn(rng: random.Random, bsn: str) -> str:
    return rng.choice((bsn, f"{bsn[:4]}.{bsn[4:6]}.{bsn[6:]}", f"{bsn[:3]} {bsn[3:6]} {bsn[6:]}"))


def _address_block(rng: random.Random, name: str) -> list:
    address = people.address(rng)
    salutation = rng.choice(("", "De heer ", "Mevrouw ", "T.a.v. "))
    return [
        Text(f"{salutation}{name}"),
        Text(f"{address.street} {address.house_number}"),
        Text(f"{address.printed_postcode} {address.city.upper()}"),
    ]


def _table(rng, *, name, bsn, tax_year, boxes, issue_date) -> list:
    style = rng.choice(("whole", "cents"))
    date_label = rng.choice(("Dagtekening", "Datum"))
    rows = list(boxes.items())
    return [
        Heading("Belastingdienst"),
        *[Text(line, size=8) for line in _RETURN_ADDRESS[1:]],
        Spacer(14),
        *_address_block(rng, name),
        Spacer(18),
        Title(f"Inkomensverklaring {tax_year}"),
        KeyValues(
            (
                ("Naam", name),
                ("Burgerservicenummer", _bsn(rng, bsn)),
                (date_label, people.print_date(issue_date, rng.choice(("dash", "long")))),
            ),
            ruled=True,
        ),
        Spacer(10),
        Text(
            f"Hieronder vindt u uw inkomensgegevens over het jaar {tax_year}, zoals deze bij de "
            "Belastingdienst bekend zijn op de datum van deze verklaring."
        ),
        Table(("Omschrijving", "Bedrag"), tuple((label, _money(style, amount)) for label, amount in rows)),
        Spacer(10),
        Text(
            "Het verzamelinkomen is de som van uw belastbaar inkomen uit werk en woning, uit "
            "aanmerkelijk belang en uit sparen en beleggen. Hebt u vragen? Bel de BelastingTelefoon."
        ),
    ]


def _sentence(rng, *, name, bsn, tax_year, boxes, issue_date) -> list:
    style = rng.choice(("whole", "cents"))
    surname = name.split()[-1]
    verb = rng.choice(("was", "bedroeg", "bedraagt"))
    total = _money(style, boxes["Verzamelinkomen"])
    box1 = _money(style, boxes["Belastbaar inkomen uit werk en woning"])
    income_sentence = f"Uw verzamelinkomen over {tax_year} {verb} {total}."
    box1_sentence = f"Uw belastbaar inkomen uit werk en woning over {tax_year} was {box1}."
    sentences = [income_sentence, box1_sentence]
    rng.shuffle(sentences)
    return [
        Heading("Belastingdienst"),
        *[Text(line, size=8) for line in _RETURN_ADDRESS[1:]],
        Spacer(14),
        *_address_block(rng, name),
        Spacer(18),
        KeyValues(
            (
                (rng.choice(("Datum", "Dagtekening")), people.print_date(issue_date, "long")),
                (rng.choice(("Burgerservicenummer", "BSN")), _bsn(rng, bsn)),
                ("Onderwerp", f"Inkomensverklaring {tax_year}"),
            )
        ),
        Spacer(12),
        Text(f"Geachte heer/mevrouw {surname},"),
        Text(
            f"U hebt een inkomensverklaring over {tax_year} aangevraagd. In deze brief leest u "
            f"welk inkomen bij ons bekend is. {sentences[0]} {sentences[1]}"
        ),
        Text(
            "Het verzamelinkomen is het totaal van uw inkomen uit box 1, box 2 en box 3. "
            "Instanties zoals woningcorporaties gebruiken dit bedrag om te bepalen of u "
            "ergens recht op hebt."
        ),
        Spacer(10),
        Text("Met vriendelijke groet,"),
        Text("de Belastingdienst"),
    ]


def _overzicht(rng, *, name, bsn, tax_year, boxes, issue_date) -> list:
    style = rng.choice(("whole", "cents"))
    rows = [
        ("Inkomen uit werk en woning (box 1)", boxes["Belastbaar inkomen uit werk en woning"]),
        ("Inkomen uit aanmerkelijk belang (box 2)", boxes["Belastbaar inkomen uit aanmerkelijk belang"]),
        ("Inkomen uit sparen en beleggen (box 3)", boxes["Belastbaar inkomen uit sparen en beleggen"]),
        ("Verzamelinkomen", boxes["Verzamelinkomen"]),
    ]
    return [
        Text("Mijn Belastingdienst", size=9),
        Title("Inkomensverklaring"),
        KeyValues(
            (
                ("Naam", name),
                (rng.choice(("BSN", "Burgerservicenummer")), _bsn(rng, bsn)),
                ("Belastingjaar", str(tax_year)),
                (rng.choice(("Datum uitgifte", "Datum")), people.print_date(issue_date, rng.choice(("dash", "long")))),
            )
        ),
        Spacer(12),
        Heading("Inkomensgegevens"),
        KeyValues(tuple((label, _money(style, amount)) for label, amount in rows)),
        Spacer(12),
        Text(
            "Deze inkomensverklaring is digitaal opgemaakt en is geldig zonder handtekening. "
            "Controleer de gegevens; kloppen ze niet, neem dan contact met ons op."
        ),
    ]
