"""Synthetic contracts for subletting a room (huurovereenkomst onderhuur kamer).

The tenant (hoofdhuurder, in the contract also "verhuurder") lets one room of the
dwelling to a subtenant (onderhuurder). The corporation's rules (seed 002) require
the contract to state a fair room rent, that the sublet ends when the main lease
ends, and that the subtenant keeps to the corporation's Algemene Huurvoorwaarden;
either clause may be missing, and near misses stand in for it then (a notice period,
house rules, "geen algemene huurvoorwaarden van toepassing").

Layouts:
- `articles`: "Huurovereenkomst onderhuur kamer": parties in numbered prose ("1. Jan
  de Vries, wonende aan ..., hierna te noemen: de hoofdhuurder"; the subtenant's own,
  different, address as a distractor), numbered articles, a deposit as a distracting
  amount, "Aldus opgemaakt en ondertekend te Haarlem op 3 oktober 2026".
- `form`: "Onderhuurovereenkomst": a ruled label/value table (Hoofdhuurder
  (verhuurder), Onderhuurder, Adres van de woning, Huurprijs kamer per maand,
  Waarborgsom, Ingangsdatum), clauses as a list, "Plaats en datum" or
  "Datum ondertekening".
- `plain`: a home-made "Kamerhuurcontract" in the first person ("Ik, Jan de Vries,
  huur de woning ..."), with the rent of the whole dwelling as a distracting amount.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from samples.generator import people
from samples.generator.spec import DocSpec, Heading, KeyValues, Signature, Spacer, Text, Title

DOC_TYPE = "huurovereenkomst_onderhuur"
LAYOUTS = ("articles", "form", "plain")

CORPORATIONS = ("Stichting de Alliantie", "Kennemer Wonen", "Woonopmaat", "Woningstichting Haarlem")

END_CLAUSES = (
    "Deze onderhuurovereenkomst eindigt van rechtswege op het moment dat de huurovereenkomst tussen de hoofdhuurder en {corp} eindigt.",
    "Wanneer de hoofdhuurovereenkomst om welke reden dan ook eindigt, eindigt ook deze overeenkomst.",
    "De onderhuur stopt op het moment dat de huurovereenkomst van de hoofdhuurder met {corp} stopt, bijvoorbeeld bij opzegging.",
)
END_NEAR_MISSES = (
    "Beide partijen kunnen deze overeenkomst opzeggen met een opzegtermijn van een maand.",
    "Deze overeenkomst eindigt door opzegging door de hoofdhuurder of de onderhuurder, met een termijn van een maand.",
)
CONDITIONS_CLAUSES = (
    "De onderhuurder houdt zich aan de Algemene Huurvoorwaarden van {corp}; de hoofdhuurder heeft hem een exemplaar gegeven.",
    "De Algemene Huurvoorwaarden van {corp} zijn op deze overeenkomst van toepassing en de onderhuurder verklaart deze te hebben ontvangen.",
    "De onderhuurder is gebonden aan de Algemene Huurvoorwaarden die gelden voor de hoofdhuurovereenkomst met {corp}.",
)
CONDITIONS_NEAR_MISSES = (
    "De onderhuurder houdt zich aan de huisregels die als bijlage bij deze overeenkomst zijn gevoegd.",
    "Op deze overeenkomst zijn geen algemene huurvoorwaarden van toepassing.",
)


def make(rng: random.Random, layout: str, **overrides) -> DocSpec:
    """One sublet contract in `layout`; `overrides` fix truth values.

    Overridable: `tenant_name`, `subtenant_name` (as printed), `street`, `city`,
    `postcode` ("1234AB"), `house_number` ("12A"), `room_rent` ("450.00"),
    `start_date`, `signed_date` (ISO), `end_with_main_lease`, `general_conditions`
    (bools), `corporation` (the landlord's name).
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; known: {', '.join(LAYOUTS)}")
    tenant, subtenant, drawn = people.person(rng), people.person(rng, born_from=date(1975, 1, 1)), people.address(rng)
    signed = overrides.get("signed_date") or people.random_date(rng, date(2026, 1, 5), date(2026, 11, 20))
    start = overrides.get("start_date") or (date.fromisoformat(signed) + timedelta(days=rng.randint(1, 60))).isoformat()
    truth = {
        "tenant_name": overrides.get("tenant_name") or rng.choice((tenant.name, tenant.name, tenant.initials_name)),
        "subtenant_name": overrides.get("subtenant_name") or subtenant.name,
        "postcode": overrides.get("postcode") or drawn.postcode,
        "house_number": overrides.get("house_number") or drawn.house_number,
        "room_rent": overrides.get("room_rent") or f"{rng.randrange(250, 750, 5)}.00",
        "start_date": start,
        "end_with_main_lease": overrides.get("end_with_main_lease", rng.random() < 0.75),
        "general_conditions": overrides.get("general_conditions", rng.random() < 0.75),
        "signed_date": signed,
    }
    context = {
        "street": overrides.get("street") or drawn.street,
        "city": overrides.get("city") or drawn.city,
        "corp": overrides.get("corporation") or rng.choice(CORPORATIONS),
        "subtenant_birth": subtenant.birth_date,
        "elsewhere": people.address(rng),
        "date_style": rng.choice(people.DATE_STYLES),
        "amount_style": rng.choice(people.AMOUNT_STYLES),
    }
    build = {"articles": _articles, "form": _form, "plain": _plain}[layout]
    return DocSpec(
        doc_type=DOC_TYPE,
        layout=layout,
        blocks=tuple(build(rng, truth, context)),
        truth=truth,
        font=rng.choice(("Helvetica", "Times-Roman", "Times-Roman")),
    )


def _number(rng: random.Random, number: str) -> str:
    """"12A" as "12A" or "12 A"; "7-2" stays "7-2" (a space would make it 72)."""
    return f"{number[:-1]} {number[-1]}" if number[-1].isalpha() and rng.random() < 0.4 else number


def _postcode(rng: random.Random, postcode: str) -> str:
    return rng.choice((f"{postcode[:4]} {postcode[4:]}", postcode))


def _address(rng, truth, c) -> str:
    return f"{c['street']} {_number(rng, truth['house_number'])}, {_postcode(rng, truth['postcode'])} {c['city']}"


def _clauses(rng, truth, c) -> tuple[str, str]:
    """The end-of-main-lease and conditions sentences, or their near misses."""
    end = rng.choice(END_CLAUSES if truth["end_with_main_lease"] else END_NEAR_MISSES)
    conditions = rng.choice(CONDITIONS_CLAUSES if truth["general_conditions"] else CONDITIONS_NEAR_MISSES)
    return end.format(corp=c["corp"]), conditions.format(corp=c["corp"])


def _money(rng, c, amount: str) -> str:
    return people.print_amount(amount, c["amount_style"])


def _date(c, iso: str) -> str:
    return people.print_date(iso, c["date_style"])


def _articles(rng, truth, c) -> list:
    elsewhere = c["elsewhere"]
    deposit = f"{int(float(truth['room_rent'])) * 2}.00"
    end, conditions = _clauses(rng, truth, c)
    blocks = [
        Title(rng.choice(("Huurovereenkomst onderhuur kamer", "Onderhuurovereenkomst kamer"))),
        Text("De ondergetekenden:"),
        Text(f"1. {truth['tenant_name']}, wonende aan de {_address(rng, truth, c)}, hierna te noemen: de hoofdhuurder;"),
        Text(
            f"2. {truth['subtenant_name']}, geboren op {_date(c, c['subtenant_birth'])}, wonende aan de "
            f"{elsewhere.street} {elsewhere.house_number}, {elsewhere.printed_postcode} {elsewhere.city}, "
            "hierna te noemen: de onderhuurder;"
        ),
        Text("verklaren te zijn overeengekomen als volgt:"),
        Heading("Artikel 1 Het gehuurde"),
        Text(
            f"De hoofdhuurder verhuurt aan de onderhuurder een kamer van ongeveer {rng.randint(9, 22)} m2 in de "
            f"woning aan de {_address(rng, truth, c)}. De onderhuurder mag keuken, badkamer en toilet "
            "samen met de hoofdhuurder gebruiken."
        ),
        Heading("Artikel 2 Duur"),
        Text(
            f"Deze overeenkomst gaat in op {_date(c, truth['start_date'])} en is aangegaan voor onbepaalde tijd. "
            "Beide partijen kunnen opzeggen met een opzegtermijn van een maand."
        ),
        Heading("Artikel 3 Huurprijs"),
        Text(
            f"De huurprijs van de kamer bedraagt {_money(rng, c, truth['room_rent'])} per maand, inclusief gas, "
            "water en elektriciteit, te betalen voor de eerste dag van de maand. Bij aanvang betaalt de "
            f"onderhuurder een waarborgsom van {_money(rng, c, deposit)}."
        ),
        Heading("Artikel 4 Einde"),
        Text(end),
        Heading("Artikel 5 Voorwaarden"),
        Text(conditions),
        Spacer(10),
        Text(
            f"Aldus opgemaakt en ondertekend te {c['city']} op "
            f"{people.print_date(truth['signed_date'], rng.choice(('long', 'dash')))}, in tweevoud."
        ),
        Signature("De hoofdhuurder"),
        Signature("De onderhuurder"),
    ]
    return blocks


def _form(rng, truth, c) -> list:
    deposit = f"{int(float(truth['room_rent'])) + 100}.00"
    end, conditions = _clauses(rng, truth, c)
    rows = (
        (rng.choice(("Hoofdhuurder (verhuurder)", "Naam hoofdhuurder")), truth["tenant_name"]),
        (rng.choice(("Onderhuurder", "Naam onderhuurder")), truth["subtenant_name"]),
        ("Adres van de woning", f"{c['street']} {_number(rng, truth['house_number'])}"),
        ("Postcode en plaats", f"{_postcode(rng, truth['postcode'])} {c['city']}"),
        ("Huurprijs kamer per maand", _money(rng, c, truth["room_rent"])),
        ("Waarborgsom", _money(rng, c, deposit)),
        ("Ingangsdatum", _date(c, truth["start_date"])),
    )
    signed = people.print_date(truth["signed_date"], rng.choice(("long", "dash", "dot")))
    signed_rows = rng.choice(
        ((("Plaats en datum", f"{c['city']}, {signed}"),), (("Plaats", c["city"]), ("Datum ondertekening", signed)))
    )
    clauses = [
        "De kamer wordt gehuurd voor onbepaalde tijd.",
        end,
        conditions,
        "De onderhuurder gedraagt zich als een goed huurder en veroorzaakt geen overlast.",
    ]
    rng.shuffle(clauses)
    return [
        Title("Onderhuurovereenkomst"),
        Text("Huurovereenkomst voor een kamer (onderhuur)", size=11),
        Spacer(8),
        KeyValues(rows, ruled=True),
        Spacer(8),
        Heading("Afspraken"),
        *[Text(f"{i}. {clause}") for i, clause in enumerate(clauses, start=1)],
        Spacer(10),
        KeyValues(signed_rows),
        Signature(f"Hoofdhuurder: {truth['tenant_name']}"),
        Signature(f"Onderhuurder: {truth['subtenant_name']}"),
    ]


def _plain(rng, truth, c) -> list:
    main_rent = f"{rng.randrange(700, 1400, 5)}.{rng.choice(('00', '50', '25'))}"
    end, conditions = _clauses(rng, truth, c)
    return [
        Title("Kamerhuurcontract"),
        Heading("Onderhuur van een kamer"),
        Text(
            f"Ik, {truth['tenant_name']}, huur de woning {c['street']} {_number(rng, truth['house_number'])} "
            f"in {c['city']} (postcode {_postcode(rng, truth['postcode'])}) van {c['corp']}. Ik verhuur een kamer "
            f"in deze woning aan {truth['subtenant_name']}."
        ),
        Text(
            f"{truth['subtenant_name']} betaalt mij {_money(rng, c, truth['room_rent'])} per maand voor de kamer. "
            f"De huur van de hele woning is {_money(rng, c, main_rent)} per maand; die betaal ik zelf aan {c['corp']}."
        ),
        Text(f"De onderhuur begint op {_date(c, truth['start_date'])}."),
        Text(end),
        Text(conditions),
        Spacer(10),
        Text(f"Getekend te {c['city']} op {people.print_date(truth['signed_date'], 'long')}."),
        Signature(truth["tenant_name"]),
        Signature(truth["subtenant_name"]),
    ]
