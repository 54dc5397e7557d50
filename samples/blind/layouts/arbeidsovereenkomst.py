"""Employment and study contracts, secondment agreements and employers' statements.

Modelled on public model contracts (arbeidsovereenkomst voor bepaalde / onbepaalde
tijd), secondment agreements (detacheringsovereenkomst: the employer is the
secondment agency, the place the hirer's location), employers' statements
(werkgeversverklaring, as mortgage lenders' models ask) and a study agreement: the
employee, the employer, start and end date (none for an indefinite contract) and the
place of work ("standplaats", "plaats van tewerkstelling").
"""

from __future__ import annotations

import datetime as dt

from samples.blind import people, values
from samples.blind.layouts._base import SANS, SERIF, Ctx, address_block, e, kv, page

DOC_TYPE = "arbeidsovereenkomst"
EMPLOYERS = ("Van Dijk Installatietechniek B.V.", "Zorggroep Rivierenland", "Stichting Openbaar Onderwijs Noord",
             "Bouwbedrijf Hendriks & Zonen B.V.", "Logistiek Centrum Tilburg B.V.", "Schoonmaakbedrijf Clean Team",
             "Gemeente Zaanstad", "Albert Heijn B.V.", "PostNL Pakketten Benelux B.V.", "Tandartspraktijk Oost",
             "Randstad Nederland B.V.", "Technische Unie B.V.")  # fmt: skip
ABROAD = ("Kopenhagen, Denemarken", "Berlijn (Duitsland)", "Antwerpen", "Dubai", "Stavanger, Noorwegen", "Doha, Qatar", "Lyon")


def _facts(c: Ctx, fixed: bool = True):
    employee = c.person(born=(1960, 2004))
    signed = c.date((2025, 10, 1), (2026, 11, 1))
    start = signed + dt.timedelta(days=c.rng.randint(5, 60))
    start = dt.date(start.year, start.month, 1) if c.rng.random() < 0.7 else start
    end = (start + dt.timedelta(days=c.rng.choice((182, 364, 365, 270, 547)))) if fixed else None
    place = c.rng.choice(ABROAD) if c.rng.random() < 0.4 else c.rng.choice(people.places())[1]
    return employee, c.rng.choice(EMPLOYERS), signed, start, end, place


def _truth(name, employer, start, end, place) -> dict:
    return {"employee_name": name, "employer": employer, "start_date": values.iso(start),
            "end_date": values.iso(end) if end else None, "place": place}  # fmt: skip


def fixed_term(c: Ctx):
    """An arbeidsovereenkomst voor bepaalde tijd with numbered articles."""
    c.font_of(SERIF)
    employee, employer, signed, start, end, place = _facts(c)
    name = employee.name(c.pick("all", "first"))
    body = (
        "<h1 style='text-align:center'>Arbeidsovereenkomst voor bepaalde tijd</h1>"
        f"<p>De ondergetekenden:</p><p>1. {e(employer)}, gevestigd te {e(c.rng.choice(people.places())[1])}, hierna: werkgever;</p>"
        f"<p>2. {e(name)}, geboren op {c.d(employee.birth_date)}, hierna: werknemer;</p><p>komen overeen:</p>"
        f"<p><b>Artikel 1 Indiensttreding</b><br>Werknemer treedt op {c.d(start)} in dienst in de functie van "
        f"{e(c.pick('monteur', 'verzorgende IG', 'leerkracht', 'magazijnmedewerker', 'projectleider'))}.</p>"
        f"<p><b>Artikel 2 Duur</b><br>De overeenkomst is aangegaan voor bepaalde tijd en eindigt van rechtswege op {c.d(end)}.</p>"
        f"<p><b>Artikel 3 Standplaats</b><br>De standplaats van werknemer is {e(place)}.</p>"
        f"<p><b>Artikel 4 Salaris</b><br>Het salaris bedraagt {c.a(values.amount(c.rng.randint(2200, 5200)))} bruto per maand.</p>"
        f"<p>Aldus overeengekomen en getekend op {c.d(signed)}.</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end, place)


def indefinite(c: Ctx):
    """An arbeidsovereenkomst voor onbepaalde tijd: no end date (truth null)."""
    c.font_of(SANS)
    employee, employer, signed, start, _end, place = _facts(c, fixed=False)
    name = employee.name(c.pick("initials", "all"))
    body = (
        f"<div class='logo'>{e(employer)}</div><h1 style='margin-top:6mm'>Arbeidsovereenkomst</h1>"
        + kv([("Werkgever", e(employer)), ("Werknemer", e(name)), ("Datum in dienst", c.d(start)),
              ("Duur", "onbepaalde tijd"), ("Plaats van tewerkstelling", e(place)),
              ("Proeftijd", "1 maand"), ("Arbeidsduur", f"{c.rng.choice((24, 32, 36, 38, 40))} uur per week")])
        + f"<p style='margin-top:6mm'>Ondertekend d.d. {c.d(signed)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, None, place)


def secondment(c: Ctx):
    """A detacheringsovereenkomst: agency = employer, the client's site = place."""
    employee, _employer, signed, start, end, place = _facts(c)
    employer = c.pick("Randstad Nederland B.V.", "Brunel Nederland B.V.", "YoungCapital B.V.", "Yacht B.V.")
    client = c.rng.choice(EMPLOYERS)
    name = employee.name("all")
    body = (
        "<h1>Detacheringsovereenkomst</h1>"
        + kv([("Werkgever (detacheerder)", e(employer)), ("Opdrachtgever (inlener)", e(client)), ("Gedetacheerde werknemer", e(name)),
              ("Aanvang detachering", c.d(start)), ("Einde detachering", c.d(end)), ("Werklocatie", e(place))], cls="ruled", label_width="65mm")
        + "<p>De werknemer blijft gedurende de detachering in dienst van de detacheerder en werkt onder leiding en toezicht van de opdrachtgever.</p>"
        f"<p>Getekend op {c.d(signed)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end, place)


def employer_statement(c: Ctx):
    """A werkgeversverklaring: a form the employer fills in and signs."""
    c.font_of(SANS)
    fixed = c.rng.random() < 0.7
    employee, employer, signed, start, end, place = _facts(c, fixed)
    name = employee.name(c.pick("reversed", "all"))
    body = (
        "<h1>Werkgeversverklaring</h1><p>Ondergetekende, bevoegd om namens de werkgever te verklaren, verklaart dat:</p>"
        + kv([("Naam werknemer", e(name)), ("Geboortedatum", c.d(employee.birth_date)), ("In dienst sinds", c.d(start)),
              ("Soort dienstverband", "bepaalde tijd" if fixed else "vast (onbepaalde tijd)"),
              ("Einddatum dienstverband", c.d(end) if end else "n.v.t."), ("Werkzaam te", e(place)),
              ("Naam werkgever", e(employer))], cls="lines", label_width="65mm")
        + f"<p style='margin-top:6mm'>Datum: {c.d(signed)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end, place)


def confirmation_letter(c: Ctx):
    """A letter confirming employment abroad, the facts in sentences."""
    c.font_of(SERIF)
    employee, employer, signed, start, end, place = _facts(c)
    name = employee.name("all")
    body = (
        f"<div class='right logo'>{e(employer)}</div>"
        + address_block([f"{employee.salutation()} {employee.titled('all')}", people.address(c.rng).line1()])
        + f"<p>{c.d(signed)}</p><p>Betreft: bevestiging tijdelijke plaatsing</p>"
        f"<p>Beste {e(employee.given[0])},</p><p>Hierbij bevestigen wij dat je van {c.d(start)} tot en met {c.d(end)} "
        f"werkzaam bent op onze vestiging in {e(place)}. Je arbeidsovereenkomst met {e(employer)} blijft in deze periode ongewijzigd.</p>"
        f"<p>Met vriendelijke groet,<br>afdeling HR</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end, place)


def study_agreement(c: Ctx):
    """A study/internship agreement (stageovereenkomst) at a foreign host."""
    employee, employer, signed, start, end, place = _facts(c)
    employer = c.pick("Hogeschool Rotterdam", "Universiteit Utrecht", "ROC Mondriaan", "Hanzehogeschool Groningen")
    name = employee.name("first")
    body = (
        f"<h1>Stageovereenkomst</h1><p>{e(employer)}</p>"
        + kv([("Student", e(name)), ("Studentnummer", str(c.rng.randint(100000, 999999))), ("Stageplaats", e(place)),
              ("Periode", f"{c.d(start)} t/m {c.d(end)}")])
        + f"<p>Datum: {c.d(signed)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end, place)


def payroll_contract(c: Ctx):
    """Held out. A payroll company's contract in a two-column header, dates as "looptijd"."""
    c.font_of(SANS)
    employee, _employer, signed, start, end, place = _facts(c)
    employer = c.pick("Payroll Select B.V.", "Tentoo Payroll B.V.", "ANS Payroll B.V.")
    name = employee.name("reversed")
    body = (
        f"<table style='width:100%'><tr><td><b>{e(employer)}</b></td><td class='right'>Contractnr. {c.rng.randint(10000, 99999)}</td></tr></table>"
        "<h2>Payrollovereenkomst (arbeidsovereenkomst)</h2>"
        f"<table class='ruled' style='width:100%'><tr><td>Medewerker<br><b>{e(name)}</b></td><td>Looptijd<br>{c.d(start)} – {c.d(end)}</td></tr>"
        f"<tr><td>Werkgever<br>{e(employer)}</td><td>Werkplek<br>{e(place)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end, place)


LAYOUTS = {f.__name__: f for f in (fixed_term, indefinite, secondment, employer_statement, confirmation_letter,
                                   study_agreement, payroll_contract)}  # fmt: skip
HELDOUT = {"payroll_contract"}
