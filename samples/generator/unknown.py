"""Synthetic documents that are none of the contract's document types.

Tenants attach whatever is at hand: a restaurant's menu photographed by mistake, an
energy bill "as proof of address", a letter from the municipality. The pipeline must
call these `unknown` (CONTRACT.md §3) and extract nothing from them. They are built to
tempt an extractor: they print dates, euro amounts, names, an address and an IBAN,
and a municipality's letterhead, but none of the titles, phrases or field labels of a
BRP extract, an income statement, a sublet contract, a care declaration, a
house-sitting form, an employment contract or a bank statement.

Layouts:
- `menu`: a restaurant's menu card: courses with prices, a "valid from" date, the chef.
- `energy_bill`: an energy supplier's invoice: customer and delivery address, invoice
  and due dates, a ruled table of charges, the total collected from an IBAN; now and
  then a second page with meter readings.
- `letter`: a municipality's letter about road works, a parking permit, waste
  collection or a tree-felling permit, addressed to a resident and signed by an official.

The truth is always empty: an unknown document has no fields.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from samples.generator import people
from samples.generator.spec import DocSpec, Heading, KeyValues, PageBreak, Signature, Spacer, Table, Text, Title

DOC_TYPE = "unknown"
LAYOUTS = ("menu", "energy_bill", "letter")

_RESTAURANTS = ("Eetcafé De Gouden Leeuw", "Restaurant Het Spaarne", "Brasserie De Molen", "Bistro Zeezicht", "Grand Café Stationsplein", "Lunchroom Lindenlaan")  # fmt: skip
_COURSES = {
    "Voorgerechten": (("Tomatensoep met basilicum", 6.5, 8.5), ("Carpaccio met pijnboompitten", 11.5, 14.5), ("Garnalenkroketten (2 st.)", 9.5, 12.5), ("Geitenkaas uit de oven", 9.0, 12.0)),
    "Hoofdgerechten": (("Schnitzel met friet en salade", 18.5, 23.5), ("Gebakken zalm met dillesaus", 22.5, 27.5), ("Stamppot boerenkool met rookworst", 16.5, 19.5), ("Vegetarische curry met rijst", 17.5, 21.0), ("Biefstuk met pepersaus", 24.5, 29.5)),
    "Nagerechten": (("Dame blanche", 7.5, 9.5), ("Appeltaart met slagroom", 4.5, 6.0), ("Crème brûlée", 8.0, 9.5), ("Kaasplankje", 11.0, 14.0)),
    "Dranken": (("Koffie", 2.8, 3.6), ("Verse muntthee", 3.5, 4.5), ("Huiswijn per glas", 4.8, 6.5), ("Speciaalbier van de tap", 5.0, 6.8)),
}  # fmt: skip
_SUPPLIERS = ("Polderstroom Energie B.V.", "Groene Wind Energie N.V.", "NoordZee Energie B.V.", "Duinlicht Stroom & Gas B.V.")  # fmt: skip
_LETTER_SUBJECTS = ("werkzaamheden", "parkeervergunning", "afval", "kapvergunning")
_DEPARTMENTS = {"werkzaamheden": "Openbare Ruimte", "parkeervergunning": "Vergunningen", "afval": "Afval en Reiniging", "kapvergunning": "Vergunningen"}  # fmt: skip


def make(rng: random.Random, layout: str, **overrides) -> DocSpec:
    """One unknown document in `layout`. It has no truth, so there is nothing to override."""
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; known: {', '.join(LAYOUTS)}")
    if overrides:
        raise TypeError(f"an unknown document has no fields to fix: {', '.join(sorted(overrides))}")
    build = {"menu": _menu, "energy_bill": _energy_bill, "letter": _letter}[layout]
    font = rng.choice(("Helvetica", "Helvetica", "Times-Roman", "Courier"))
    return DocSpec(doc_type=DOC_TYPE, layout=layout, blocks=tuple(build(rng)), truth={}, font=font)


def _day(rng: random.Random, start: date = date(2026, 1, 1), end: date = date(2026, 11, 30)) -> date:
    return date.fromisoformat(people.random_date(rng, start, end))


def _euro(value: float, style: str) -> str:
    return people.print_amount(f"{value:.2f}", style)


def _menu(rng: random.Random) -> list:
    place, chef = people.address(rng), people.person(rng)
    style = rng.choice(("euro", "bare"))
    price = lambda low, high: f"{round(rng.uniform(low, high) * 2) / 2:.2f}".replace(".", ",") if style == "bare" else _euro(round(rng.uniform(low, high) * 2) / 2, "euro")  # noqa: E731
    blocks: list = [
        Title(rng.choice(_RESTAURANTS), size=20),
        Text(f"{place.street} {place.house_number}, {place.printed_postcode} {place.city} · tel. 0{rng.randint(10, 79)}-{rng.randint(5000000, 5999999)}"),
        Heading(rng.choice(("Menukaart", "Onze kaart", "À la carte"))),
        Text(f"Geldig vanaf {people.print_date(_day(rng).isoformat(), rng.choice(('long', 'dash')))}"),
    ]
    for course, dishes in _COURSES.items():
        chosen = rng.sample(dishes, rng.randint(2, len(dishes)))
        blocks += [Heading(course, size=11), Table(None, tuple((dish, price(low, high)) for dish, low, high in chosen), ruled=False, size=10)]
    blocks += [
        Spacer(10),
        Text(f"Chef-kok: {chef.name}. Heeft u een allergie of dieetwens? Meld het ons, wij denken graag met u mee."),
        Text(rng.choice(("Wij accepteren pin en contant.", "Groepen vanaf 8 personen alleen op reservering.", "Keuken geopend van 17.00 tot 21.30 uur."))),
    ]
    return blocks


def _energy_bill(rng: random.Random) -> list:
    customer, home, supplier = people.person(rng), people.address(rng), rng.choice(_SUPPLIERS)
    invoice_date = _day(rng, date(2026, 2, 1))
    period_end = invoice_date.replace(day=1) - timedelta(days=1)
    period_start = period_end.replace(day=1)
    style, date_style = rng.choice(("euro", "eur")), rng.choice(("dash", "long"))
    kwh_normal, kwh_low, gas = rng.randint(90, 260), rng.randint(60, 220), rng.randint(15, 160)
    charges = [
        ("Levering elektriciteit normaal", f"{kwh_normal} kWh", 0.2950, kwh_normal),
        ("Levering elektriciteit dal", f"{kwh_low} kWh", 0.2710, kwh_low),
        ("Levering gas", f"{gas} m³", 1.3120, gas),
        ("Vaste leveringskosten", "1 maand", 6.99, 1),
        ("Netbeheerkosten", "1 maand", round(rng.uniform(35, 42), 2), 1),
        ("Vermindering energiebelasting", "1 maand", -52.37, 1),
    ]
    rows = [(what, amount, f"{rate:.4f}".replace(".", ",") if quantity > 1 else "", _euro(rate * quantity, style) if rate > 0 else "-" + _euro(-rate * quantity, style)) for what, amount, rate, quantity in charges]
    subtotal = round(sum(rate * quantity for _, _, rate, quantity in charges), 2)
    vat = round(subtotal * 0.21, 2)
    account = people.iban(rng)
    blocks: list = [
        Title(supplier),
        Text(f"Postbus {rng.randint(100, 9999)}, {rng.randint(1000, 9999)} {rng.choice('ABCDEGH')}{rng.choice('ABCDEGH')} {rng.choice(people.CITIES)[0]} · KvK {rng.randint(10000000, 99999999)}", size=8),
        Spacer(14),
        Text(f"{customer.initials_name}\n{home.street} {home.house_number}\n{home.printed_postcode} {home.city}"),
        Spacer(14),
        Heading(f"Factuur {people.DUTCH_MONTHS[period_start.month - 1]} {period_start.year}"),
        KeyValues((
            ("Klantnummer", str(rng.randint(1000000, 9999999))),
            ("Factuurnummer", f"F{invoice_date.year}-{rng.randint(100000, 999999)}"),
            ("Factuurdatum", people.print_date(invoice_date.isoformat(), date_style)),
            ("Leveringsperiode", f"{people.print_date(period_start.isoformat(), 'dash')} t/m {people.print_date(period_end.isoformat(), 'dash')}"),
            ("Leveringsadres", f"{home.street} {home.house_number}, {home.printed_postcode} {home.city}"),
        )),  # fmt: skip
        Table(("Omschrijving", "Verbruik", "Tarief", "Bedrag"), (*rows, ("Subtotaal", "", "", _euro(subtotal, style)), ("Btw 21%", "", "", _euro(vat, style)), ("Totaal te betalen", "", "", _euro(subtotal + vat, style))), ruled=True),
        Text(
            f"Het totaalbedrag van {_euro(subtotal + vat, style)} schrijven wij rond "
            f"{people.print_date((invoice_date + timedelta(days=14)).isoformat(), date_style)} af van rekening "
            f"{account} ten name van {customer.initials_name}. U hoeft zelf niets te doen."
        ),
        Text("Vragen over deze factuur? Bel onze klantenservice op werkdagen van 8.00 tot 18.00 uur."),
    ]
    if rng.random() < 0.4:  # a second page explaining the meter readings
        start = rng.randint(10000, 40000)
        blocks += [
            PageBreak(),
            Heading("Toelichting: uw meterstanden"),
            Table(("Meter", f"Stand {people.print_date(period_start.isoformat(), 'dash')}", f"Stand {people.print_date(period_end.isoformat(), 'dash')}"),
                  (("Elektriciteit normaal", str(start), str(start + kwh_normal)), ("Elektriciteit dal", str(start // 2), str(start // 2 + kwh_low)), ("Gas", str(start // 3), str(start // 3 + gas)))),  # fmt: skip
            Text("De standen zijn op afstand uitgelezen via uw slimme meter."),
        ]
    return blocks


def _letter_body(rng: random.Random, subject: str, home: people.Address, when: date) -> tuple[str, list[str]]:
    """The subject line and paragraphs for one kind of municipal letter."""
    first = people.print_date(when.isoformat(), "long")
    last = people.print_date((when + timedelta(days=rng.randint(14, 60))).isoformat(), "long")
    if subject == "werkzaamheden":
        return f"Werkzaamheden {home.street}", [
            f"Van {first} tot en met {last} vernieuwen wij de bestrating en het riool in de {home.street}. "
            "Uw woning blijft bereikbaar voor voetgangers; parkeren in de straat is in deze periode niet mogelijk.",
            "Wij begrijpen dat dit overlast geeft en doen ons best de werkzaamheden zo kort mogelijk te houden.",
        ]
    if subject == "parkeervergunning":
        fee = people.print_amount(f"{rng.randint(40, 320)}.{rng.choice(('00', '50', '20'))}", "euro")
        return "Verlenging parkeervergunning", [
            f"Uw parkeervergunning voor het kenteken {rng.choice('GHJKLNPRSTXZ')}{rng.choice('GHJKLNPRSTXZ')}-{rng.randint(100, 999)}-{rng.choice('BDFGHJ')} verloopt op {first}. "
            f"De kosten voor een nieuw jaar bedragen {fee}. Verleng de vergunning uiterlijk op {last} via de website van de gemeente.",
            "Verlengt u niet op tijd, dan vervalt de vergunning en moet u een nieuwe aanvragen.",
        ]
    if subject == "afval":
        return "Nieuwe ondergrondse containers", [
            f"Vanaf {first} plaatsen wij ondergrondse containers voor restafval bij de {home.street}. "
            f"De huisvuilzakken worden daarna niet meer aan huis opgehaald; de laatste ophaaldag is {last}.",
            "Met de bijgevoegde pas opent u de container. Bent u de pas kwijt, vraag dan kosteloos een nieuwe aan.",
        ]
    return "Besluit op uw aanvraag omgevingsvergunning (kappen)", [
        f"U heeft ons gevraagd een boom te mogen kappen in de tuin van {home.street} {home.house_number}. "
        f"Wij verlenen deze vergunning. U mag de boom kappen vanaf {first}, maar niet in het broedseizoen.",
        f"Binnen zes weken na de datum van deze brief kan een belanghebbende bezwaar maken; die termijn loopt tot {last}.",
    ]


def _letter(rng: random.Random) -> list:
    resident, home = people.person(rng), people.address(rng)
    official = people.person(rng)
    sent = _day(rng)
    subject = rng.choice(_LETTER_SUBJECTS)
    title, paragraphs = _letter_body(rng, subject, home, sent + timedelta(days=rng.randint(10, 40)))
    surname = " ".join(p for p in (resident.tussenvoegsel.capitalize(), resident.surname) if p)  # "Van Haan" without initials
    salutation = rng.choice((f"Geachte heer/mevrouw {surname},", "Geachte bewoner,"))
    return [
        Title(f"Gemeente {home.municipality}"),
        Text(f"Postbus {rng.randint(100, 9999)}, {home.postcode[:2]}00 AA {home.city}", size=8),
        Spacer(18),
        Text(f"{resident.initials_name}\n{home.street} {home.house_number}\n{home.printed_postcode} {home.city.upper()}"),
        Spacer(18),
        KeyValues((
            ("Datum", people.print_date(sent.isoformat(), rng.choice(("long", "dash")))),
            ("Ons kenmerk", f"Z-{sent.year}-{rng.randint(10000, 99999)}"),
            ("Onderwerp", title),
            ("Behandeld door", official.initials_name),
        )),  # fmt: skip
        Spacer(8),
        Text(salutation),
        *(Text(p) for p in paragraphs),
        Text("Heeft u vragen? Bel dan het algemene nummer 14 0" + str(rng.randint(20, 79)) + " en noem het kenmerk van deze brief."),
        Spacer(6),
        Text("Met vriendelijke groet,\nnamens het college van burgemeester en wethouders,"),
        Signature(f"{official.initials_name}, afdeling {_DEPARTMENTS[subject]}"),
    ]
