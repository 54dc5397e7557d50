"""Look-alikes that are none of the contract's types (truth `unknown`, no fields).

Each shares words, names, addresses, dates or amounts with a real type: a rent
increase letter (a corporation, a tenant, an address, an amount), a WOZ decision (a
municipality, an address, a date), a health insurance policy (a BSN, a name), a
payslip (an employer, an employee), a municipal letter about a change of address (a
municipality, the BRP named), an energy bill (an IBAN, a period) and an annual income
statement of an employer (jaaropgaaf: a year and an income figure).
"""

from __future__ import annotations

from samples.blind import people, values
from samples.blind.layouts._base import SANS, SERIF, Ctx, address_block, e, kv, page

DOC_TYPE = "unknown"


def _who(c: Ctx):
    return c.person(titled=0.1), people.address(c.rng), c.date((2026, 1, 5), (2026, 11, 25))


def rent_increase(c: Ctx):
    person, home, day = _who(c)
    old = c.rng.randint(450, 900) + c.rng.randint(0, 99) / 100
    body = (
        f"<div class='logo'>{e(c.pick('de Alliantie', 'Ymere', 'Woonstad Rotterdam', 'Portaal'))}</div>"
        + address_block([f"{person.salutation()} {person.titled('initials')}", home.line1(), f"{home.postcode} {home.city}"])
        + f"<p>{c.d(day)}</p><h2>Voorstel huurverhoging per 1 juli {day.year}</h2>"
        + kv([("Huidige kale huur", c.a(values.amount(old))), ("Verhoging", "4,1 %"), ("Nieuwe kale huur", c.a(values.amount(old * 1.041)))])
        + "<p>U kunt bezwaar maken tot de ingangsdatum van de verhoging.</p>"
    )  # fmt: skip
    return page(c, body), {}


def woz_beschikking(c: Ctx):
    c.font_of(SANS)
    person, home, day = _who(c)
    body = (
        f"<div class='logo'>Gemeente {e(home.municipality)}</div><p class='small'>Belastingen · {e(people.issuer_address(c.rng, home.city)[0])}</p>"
        + address_block([person.name("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)} {home.city}"])
        + f"<h2>Aanslagbiljet gemeentelijke belastingen en WOZ-beschikking {day.year}</h2>"
        + kv([("Aanslagnummer", str(c.rng.randint(10**9, 10**10 - 1))), ("Dagtekening", c.d(day)),
              ("Object", f"{e(home.line1())}, {e(home.city)}"), ("WOZ-waarde (peildatum 1-1-" + str(day.year - 1) + ")",
               c.a(values.amount(c.rng.randint(160, 520) * 1000))), ("Afvalstoffenheffing", c.a(values.amount(c.rng.randint(250, 420))))])
    )  # fmt: skip
    return page(c, body), {}


def zorgpolis(c: Ctx):
    person, home, day = _who(c)
    body = (
        f"<div class='logo'>{e(c.pick('Zilveren Kruis', 'CZ', 'VGZ', 'Menzis', 'DSW'))}</div><h1>Polisblad {day.year}</h1>"
        + kv([("Verzekeringnemer", e(person.name("all"))), ("Geboortedatum", c.d(person.birth_date)), ("BSN", e(person.bsn)),
              ("Relatienummer", str(c.rng.randint(10**7, 10**8))), ("Basisverzekering", "Zorg Basis Budget"),
              ("Premie per maand", c.a(values.amount(c.rng.randint(125, 165) + 0.95))), ("Ingangsdatum", c.d(day))])
    )  # fmt: skip
    return page(c, body), {}


def payslip(c: Ctx):
    c.font_of(SANS)
    person, home, day = _who(c)
    gross = c.rng.randint(2100, 4800)
    body = (
        f"<h2>Loonstrook {values.MONTHS[day.month - 1]} {day.year}</h2>"
        + kv([("Werkgever", e(c.pick("Bouwbedrijf Hendriks B.V.", "Zorggroep West", "Jumbo Supermarkten B.V."))),
              ("Werknemer", e(person.name("initials"))), ("BSN", e(person.bsn)), ("Datum in dienst", c.d(c.date((2015, 1, 1), (2025, 1, 1))))])
        + "<table class='ruled' style='width:100%;margin-top:5mm'><tr><th>Omschrijving</th><th>Bedrag</th></tr>"
        f"<tr><td>Bruto salaris</td><td>{c.a(values.amount(gross))}</td></tr><tr><td>Loonheffing</td><td>{c.a(values.amount(gross * 0.19))}</td></tr>"
        f"<tr><td>Netto uit te betalen</td><td>{c.a(values.amount(gross * 0.78))}</td></tr></table>"
    )  # fmt: skip
    return page(c, body), {}


def municipal_address_letter(c: Ctx):
    """A municipal letter confirming a change of address: names the BRP, is no extract."""
    c.font_of(SERIF)
    person, home, day = _who(c)
    postbus, place = people.issuer_address(c.rng, home.city)
    body = (
        f"<div class='logo'>Gemeente {e(home.municipality)}</div><div class='small'>{e(postbus)} · {e(place)}</div>"
        + address_block([f"{person.salutation()} {person.titled('first')}", home.line1(), f"{home.postcode} {home.city}"])
        + f"<p>Datum: {c.d(day)}</p><p>Onderwerp: uw verhuizing is verwerkt</p>"
        f"<p>Geachte {e(person.salutation().lower())},</p><p>Uw adreswijziging naar {e(home.line1())} is per {c.d(day)} verwerkt in de "
        "Basisregistratie Personen (BRP). Wilt u een uittreksel? Dat vraagt u aan via de website.</p><p>Met vriendelijke groet,<br>Team Burgerzaken</p>"
    )  # fmt: skip
    return page(c, body), {}


def energy_bill(c: Ctx):
    person, home, day = _who(c)
    body = (
        f"<div class='logo'>{e(c.pick('Vattenfall', 'Eneco', 'Essent', 'Budget Energie'))}</div><h1>Jaarnota energie</h1>"
        + kv([("Klant", e(person.name("initials"))), ("Leveringsadres", f"{e(home.line1())}, {e(home.city)}"),
              ("Periode", f"{c.d(c.date((2025, 1, 1), (2025, 3, 1)))} t/m {c.d(day)}"), ("Te betalen", c.a(values.amount(c.rng.randint(20, 600)))),
              ("Wij incasseren van", e(values.iban_text(values.iban(c.rng, 'INGB'), True)))])
    )  # fmt: skip
    return page(c, body), {}


def jaaropgaaf(c: Ctx):
    """Held out. An employer's annual statement: a year and income figures, not the Belastingdienst's."""
    person, home, day = _who(c)
    body = (
        f"<h1>Jaaropgaaf {day.year - 1}</h1><p>{e(c.pick('Logistiek Centrum Tilburg B.V.', 'Zorggroep Rivierenland'))}</p>"
        + kv([("Naam", e(person.name("initials"))), ("Burgerservicenummer", e(person.bsn)),
              ("Fiscaal loon", c.a(values.amount(c.rng.randint(15000, 55000)))), ("Ingehouden loonheffing", c.a(values.amount(c.rng.randint(2000, 9000))))])
        + "<p class='small'>Bewaar deze jaaropgaaf bij uw aangifte inkomstenbelasting.</p>"
    )  # fmt: skip
    return page(c, body), {}


LAYOUTS = {f.__name__: f for f in (rent_increase, woz_beschikking, zorgpolis, payslip, municipal_address_letter,
                                   energy_bill, jaaropgaaf)}  # fmt: skip
HELDOUT = {"jaaropgaaf"}
