"""Income statements of the Belastingdienst: the IB 60 letter and the Mijn Belastingdienst print.

Modelled on the public descriptions of the "inkomensverklaring (IB 60)": a letter from
the Belastingdienst (Postbus in Heerlen or Apeldoorn) to the taxpayer, with the BSN,
the year and the verzamelinkomen, sometimes beside other figures (belastbaar inkomen
uit werk en woning, box 2, box 3) that are not the answer; and the print of the
income page of the online portal with several years in one table.
"""

from __future__ import annotations

import datetime as dt

from samples.blind import people, values
from samples.blind.layouts._base import SANS, SERIF, Ctx, address_block, e, kv, page

DOC_TYPE = "inkomensverklaring"


def _facts(c: Ctx):
    person = c.person(born=(1950, 2004), titled=0.15)
    year = c.rng.choice((2023, 2024, 2025, 2025))
    issue = c.date((year + 1, 3, 1), (2026, 11, 25))
    income = values.amount(c.rng.randint(9000, 68000) + c.rng.choice((0, 0, 0.5, c.rng.randint(1, 99) / 100)))
    home = people.address(c.rng)
    return person, year, issue, income, home


def _truth(name, person, year, income, issue) -> dict:
    return {"name": name, "bsn": person.bsn, "tax_year": year, "income": income,
            "issue_date": values.iso(issue) if issue else None}  # fmt: skip


def _letterhead(c: Ctx) -> str:
    city, box = c.pick(("Heerlen", "Postbus 2508, 6401 DA Heerlen"), ("Apeldoorn", "Postbus 9047, 7300 GK Apeldoorn"))
    return (f"<div style='text-align:right'><span class='logo' style='font-size:14pt'>Belastingdienst</span><br>"
            f"<span class='small'>{e(box)}</span></div>")


def ib60_letter(c: Ctx):
    """The IB 60 letter: address block, reference table, verzamelinkomen in a framed line."""
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    body = (
        _letterhead(c)
        + address_block([f"{person.salutation()} {person.titled('initials') if name != person.name('initials') else person.titled('initials')}",
                         home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + kv([("Datum", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.randint(0, 2)))),
              ("Ons kenmerk", f"IB 60 / {c.rng.randint(1000000, 9999999)}")])
        + f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Naam: {e(name)}</p>"
        f"<p>Op uw verzoek sturen wij u deze inkomensverklaring. Hierin staat uw inkomen over {year}.</p>"
        f"<div class='box'>{kv([(f'Verzamelinkomen {year}', c.a(income))])}</div>"
        f"<p class='small'>Deze verklaring is gebaseerd op de (voorlopige) aanslag of de aangifte inkomstenbelasting.</p>"
        f"<p>Met vriendelijke groet,<br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


def ib60_boxes(c: Ctx):
    """An IB 60 with the other boxes beside the verzamelinkomen (distractors)."""
    c.font_of(SANS)
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("reversed_initials", "initials", "upper"))
    work = values.amount(float(income) + c.rng.randint(200, 3000))
    body = (
        _letterhead(c)
        + f"<h1 style='margin-top:8mm'>Inkomensverklaring</h1><p class='muted'>IB 60 — verklaring van het inkomen over het jaar {year}</p>"
        + kv([("Naam", e(name)), ("BSN", e(person.bsn)), ("Belastingjaar", str(year)), ("Datum verklaring", c.d(issue))])
        + "<table class='ruled' style='width:100%;margin-top:6mm'><tr><th>Omschrijving</th><th class='right'>Bedrag</th></tr>"
        f"<tr><td>Belastbaar inkomen uit werk en woning (box 1)</td><td class='right'>{c.a(work)}</td></tr>"
        f"<tr><td>Belastbaar inkomen uit aanmerkelijk belang (box 2)</td><td class='right'>{c.a('0.00')}</td></tr>"
        f"<tr><td>Belastbaar inkomen uit sparen en beleggen (box 3)</td><td class='right'>{c.a('0.00')}</td></tr>"
        f"<tr><td>Persoonsgebonden aftrek</td><td class='right'>{c.a(values.amount(float(work) - float(income)))}</td></tr>"
        f"<tr><td><b>Verzamelinkomen</b></td><td class='right'><b>{c.a(income)}</b></td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


def mijn_belastingdienst_print(c: Ctx):
    """The online portal's income page printed from a browser: several years in one table."""
    c.font_of(SANS)
    person, year, issue, income, home = _facts(c)
    name = person.name("first")
    rows = ""
    for y in (year, year - 1, year - 2):
        value = income if y == year else values.amount(c.rng.randint(9000, 60000))
        rows += f"<tr><td>{y}</td><td>{c.a(value)}</td><td>{c.pick('Aanslag', 'Aangifte', 'Definitieve aanslag')}</td></tr>"
    printed = issue
    body = (
        f"<div class='small'>{e(values.date_text(printed, 'dash'))} {c.rng.randint(8, 21):02d}:{c.rng.randint(0, 59):02d} &nbsp; Mijn Belastingdienst</div>"
        f"<div style='background:#154273;color:white;padding:6px 8px;margin-top:4mm'>Belastingdienst &nbsp;|&nbsp; Mijn Belastingdienst</div>"
        f"<p>Ingelogd als: {e(name)} &nbsp; (BSN {e(values.bsn_text(person.bsn, 0))})</p>"
        f"<h1>Inkomensverklaring</h1><p>Hieronder ziet u het verzamelinkomen per jaar. Kies een jaar om de verklaring te bekijken.</p>"
        f"<table class='lines' style='width:100%'><tr><th>Jaar</th><th>Verzamelinkomen</th><th>Bron</th></tr>{rows}</table>"
        f"<p style='margin-top:6mm'>Verklaring voor het jaar {year} — geprint op {c.d(printed)}</p>"
        f"<div class='small' style='margin-top:10mm'>https://mijn.belastingdienst.nl/mbd-pmb/inkomensverklaring</div>"
    )  # fmt: skip
    return page(c, body), {**_truth(name, person, year, income, issue), "tax_year": year}


def ib60_prose(c: Ctx):
    """A short letter that states the income in a sentence."""
    c.font_of(SERIF)
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("all", "initials"))
    body = (
        _letterhead(c)
        + address_block([name, home.line1(), f"{values.postcode_text(home.postcode, False)} {home.city}"])
        + f"<p>{e(c.pick('Apeldoorn', 'Heerlen'))}, {c.d(issue)}</p>"
        f"<p><b>Onderwerp:</b> uw inkomensverklaring {year}<br><b>Burgerservicenummer:</b> {e(values.bsn_text(person.bsn, 1))}</p>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>U hebt ons gevraagd om een inkomensverklaring. Uw verzamelinkomen over {year} bedraagt {c.a(income)}. "
        f"Dit bedrag is vastgesteld op basis van uw aanslag inkomstenbelasting {year}.</p>"
        f"<p>Hebt u vragen? Bel de BelastingTelefoon: 0800 - 0543.</p><p>Met vriendelijke groet,<br><br>de inspecteur</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


def ib60_form(c: Ctx):
    """The form-like IB 60 with numbered rows and the year in the heading only."""
    person, year, issue, income, home = _facts(c)
    name = person.name("upper_reversed")
    body = (
        f"<table style='width:100%'><tr><td class='logo'>Belastingdienst</td><td class='right'>IB 60 - {year}</td></tr></table>"
        f"<h1 style='margin-top:6mm'>Inkomensverklaring {year}</h1>"
        + kv([("1  Naam belastingplichtige", e(name)), ("2  Burgerservicenummer", e(values.bsn_text(person.bsn, 2))),
              ("3  Adres", f"{e(home.line1())}, {e(home.postcode)} {e(home.city)}"),
              ("4  Inkomen (verzamelinkomen)", c.a(income)), ("5  Dagtekening", c.d(issue))], cls="ruled", label_width="70mm")
        + "<p class='small' style='margin-top:6mm'>Gebruik deze verklaring voor uw huurtoeslag, woningaanvraag of studiefinanciering.</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


def toeslagen_overview(c: Ctx):
    """An IB 60 without a printed date (the truth is null): a PDF downloaded from the portal."""
    person, year, issue, income, home = _facts(c)
    name = person.name("all")
    body = (
        "<div class='logo' style='font-size:13pt'>Belastingdienst</div>"
        f"<h1 style='margin-top:8mm'>Verklaring inkomen {year}</h1>"
        f"<p>Deze verklaring toont het inkomen van:</p>"
        + kv([("Naam", e(name)), ("Burgerservicenummer", e(person.bsn)), ("Jaar", str(year)),
              ("Uw verzamelinkomen", c.a(income))])
        + "<p class='small' style='margin-top:8mm'>Dit document is digitaal aangemaakt en is zonder handtekening geldig.</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, None)


def ib60_twocolumn(c: Ctx):
    """Held out. A two-column IB 60: the person's data left, the figures right, the BSN with dots."""
    c.font_of(SERIF)
    person, year, issue, income, home = _facts(c)
    name = person.name("reversed_initials")
    body = (
        _letterhead(c)
        + f"<h1 style='margin-top:6mm'>Inkomensverklaring</h1>"
        f"<table style='width:100%'><tr><td style='width:50%'>"
        + kv([("Achternaam, voorletters", e(name)), ("BSN/sofinummer", e(values.bsn_text(person.bsn, 1)))])
        + "</td><td>"
        + kv([("Inkomensjaar", str(year)), ("Verzamelinkomen", c.a(income)), ("Afgedrukt op", c.d(issue))])
        + "</td></tr></table><p class='small'>Voor vragen: www.belastingdienst.nl</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


LAYOUTS = {f.__name__: f for f in (ib60_letter, ib60_boxes, mijn_belastingdienst_print, ib60_prose, ib60_form,
                                   toeslagen_overview, ib60_twocolumn)}  # fmt: skip
HELDOUT = {"ib60_twocolumn"}
