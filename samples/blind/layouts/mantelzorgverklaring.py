"""Care declarations (mantelzorgverklaring): municipal forms, care organisations, a GP's letter.

Modelled on the public forms of municipalities and of care organisations (wijkteams,
mantelzorgsteunpunten, thuiszorg) and on GPs' statements: who gives care to whom, how
much, and whether care is needed day and night ("24 uur per dag", "dag en nacht",
"continu toezicht"), asked as a checkbox in many styles or stated in a sentence.
"""

from __future__ import annotations

from samples.blind import people, values
from samples.blind.layouts._base import HAND, SANS, SERIF, Ctx, address_block, e, kv, page

DOC_TYPE = "mantelzorgverklaring"
_ORGS = ("Mantelzorg Centraal", "Steunpunt Mantelzorg", "Wijkteam Noord", "Thuiszorg De Zonnebloem",
         "Buurtzorg team Centrum", "Zorggroep Oude Rijn", "MEE Plus", "Sociaal Wijkteam Oost")  # fmt: skip
_PRACTICES = ("Huisartsenpraktijk De Linde", "Gezondheidscentrum Het Anker", "Huisartsen Oosterpoort", "Praktijk dr. Sedney")


def _facts(c: Ctx):
    carer = c.person(born=(1950, 2004))
    recipient = c.person(born=(1930, 1990), titled=0.08)
    return carer, recipient, c.rng.random() < 0.6, c.date((2026, 1, 5), (2026, 11, 25)), people.address(c.rng)


def _truth(carer, recipient, clock, issue, issuer) -> dict:
    return {"caregiver_name": carer, "care_recipient_name": recipient, "round_the_clock": clock,
            "issue_date": values.iso(issue), "issuer": issuer}  # fmt: skip


def municipal_form(c: Ctx):
    """A municipality's form: two blocks of personal data, hours, and a yes/no for 24-hour care."""
    carer, recipient, clock, issue, home = _facts(c)
    issuer = f"Gemeente {home.municipality}"
    fc, fr = carer.name(c.pick("all", "first")), recipient.name(c.pick("all", "first", "initials"))
    body = (
        f"<div class='logo' style='font-size:15pt'>{e(issuer)}</div><div class='small'>Wmo-loket · {e(people.issuer_address(c.rng, home.city)[0])}</div>"
        "<h1 style='margin-top:8mm'>Mantelzorgverklaring</h1>"
        "<h3>Gegevens mantelzorger</h3>" + kv([("Naam", e(fc)), ("Geboortedatum", c.d(carer.birth_date))])
        + "<h3>Gegevens zorgvrager</h3>" + kv([("Naam", e(fr)), ("Adres", f"{e(home.line1())}, {e(home.city)}")])
        + f"<h3>Zorg</h3><p>Aantal uren zorg per week: {c.rng.randint(8, 60)}</p>"
        f"<p>Is er 24 uur per dag zorg of toezicht nodig? &nbsp; {c.check(clock)}</p>"
        f"<p style='margin-top:8mm'>Datum: {c.d(issue)} &nbsp;&nbsp; Handtekening consulent: ____________</p>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


def care_org_letter(c: Ctx):
    """A care organisation's letter stating the care in sentences."""
    c.font_of(SERIF)
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_ORGS)
    fc, fr = carer.name("all"), recipient.name(c.pick("all", "first"))
    need = (c.pick("De zorg is 24 uur per dag nodig.", "Er is dag en nacht zorg en toezicht nodig.",
                   "Mevrouw/meneer heeft continu, 24 uur per dag, toezicht nodig.") if clock else
            c.pick("De zorg is niet 24 uur per dag nodig; overdag enkele uren.", "Er is geen 24-uurszorg nodig.",
                   "Toezicht is alleen 's ochtends en 's avonds nodig."))  # fmt: skip
    postbus, place = people.issuer_address(c.rng)
    body = (
        f"<div class='right'><span class='logo'>{e(issuer)}</span><br><span class='small'>{e(postbus)}<br>{e(place)}</span></div>"
        f"<p>{c.d(issue)}</p><h2>Verklaring mantelzorg</h2>"
        f"<p>Hierbij verklaren wij dat {e(fc)} mantelzorg verleent aan {e(fr)}, wonende aan {e(home.line1())} te {e(home.city)}. "
        f"{e(need)}</p><p>Deze verklaring is opgesteld ten behoeve van een aanvraag bij de woningcorporatie.</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(c.person().name('initials'))}<br>wijkverpleegkundige, {e(issuer)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


def gp_letter(c: Ctx):
    """A GP's letter: the patient is the recipient; the doctor's titles before his name."""
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_PRACTICES)
    doctor = c.person(titled=0.0)
    fc, fr = carer.name("first"), recipient.name(c.pick("all", "initials"))
    state = ("Patiënt is volledig afhankelijk van zorg en heeft 24 uur per dag zorg nodig." if clock else
             "Patiënt heeft dagelijks hulp nodig, maar 24-uurs zorg is niet aan de orde.")  # fmt: skip
    body = (
        f"<div class='logo'>{e(issuer)}</div><div class='small'>{e(home.city)} · tel. 0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)}</div>"
        f"<p style='margin-top:10mm'>{e(home.city)}, {c.d(issue)}</p><p>Betreft: {e(fr)}, geb. {c.d(recipient.birth_date)}</p>"
        f"<p>Geachte heer/mevrouw,</p><p>Hierbij bevestig ik dat mijn patiënt {e(fr)} door {e(fc)} als mantelzorger wordt verzorgd. "
        f"{e(state)}</p><p>Met collegiale groet,<br><br>dr. {e(doctor.name('initials'))}, huisarts</p>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


def steunpunt_table(c: Ctx):
    """A support centre's ruled form with the care rows and ticked boxes."""
    c.font_of(SANS)
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_ORGS)
    fc, fr = carer.name(c.pick("reversed", "all")), recipient.name(c.pick("reversed", "all"))
    body = (
        f"<h1>{e(issuer)}</h1><h2>Verklaring mantelzorg ten behoeve van huisvesting</h2>"
        + kv([("Naam mantelzorger", e(fc)), ("Naam zorgontvanger", e(fr)), ("Relatie", c.pick("kind", "partner", "buurvrouw", "broer"))], cls="ruled", label_width="60mm")
        + "<h3>Omvang van de zorg</h3><table class='ruled'>"
        f"<tr><td>{c.tick(not clock)}</td><td>enkele uren per week</td></tr><tr><td>{c.tick(False)}</td><td>dagelijks</td></tr>"
        f"<tr><td>{c.tick(clock)}</td><td>24 uur per dag (dag en nacht)</td></tr></table>"
        f"<p style='margin-top:8mm'>Plaats en datum: {e(home.city)}, {c.d(issue)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


def indicatie_summary(c: Ctx):
    """A Wlz/Wmo-like summary with "aanvrager" and "cliënt" roles instead of the plain words."""
    carer, recipient, clock, issue, home = _facts(c)
    issuer = f"Gemeente {home.municipality}"
    fc, fr = carer.name("upper"), recipient.name("upper")
    body = (
        f"<p class='logo'>{e(issuer)}</p><p class='small'>Team Wmo en mantelzorg</p>"
        f"<h2>Bevestiging mantelzorgsituatie</h2>"
        + kv([("Cliënt (zorgvrager)", e(fr)), ("Mantelzorger", e(fc)), ("Ingangsdatum zorg", c.d(c.date((2018, 1, 1), (2025, 12, 31)))),
              ("Zorg dag en nacht", c.check(clock)), ("Datum bevestiging", c.d(issue))])
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


def handwritten_form(c: Ctx):
    """A short form filled in by hand (a handwriting-like font), the answers underlined."""
    c.font_of(HAND)
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_ORGS)
    fc, fr = carer.name("first"), recipient.name("first")
    line = "border-bottom:1px dotted #444;padding:0 6px"
    body = (
        f"<h2>Mantelzorgverklaring — {e(issuer)}</h2>"
        f"<p>Ik, <span style='{line}'>{e(fc)}</span>, verleen mantelzorg aan <span style='{line}'>{e(fr)}</span>.</p>"
        f"<p>De zorg is 24 uur per dag nodig: {c.check(clock)}</p>"
        f"<p>Datum: <span style='{line}'>{c.d(issue)}</span></p><p>Handtekening: ~~~~~~</p>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


def zorgkantoor_letter(c: Ctx):
    """Held out. A letter addressed to the care recipient: the caregiver named in the subject line."""
    c.font_of(SERIF)
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.pick("Zorgkantoor Midden-Holland", "Zorgkantoor Noord", "Zorgkantoor Zuid-Limburg")
    fc, fr = carer.name("all"), recipient.name("all")
    body = (
        f"<div class='right logo'>{e(issuer)}</div>"
        + address_block([f"{recipient.salutation()} {recipient.titled('all')}", home.line1(), f"{home.postcode} {home.city}"])
        + f"<p>Datum: {c.d(issue)}<br>Onderwerp: mantelzorg door {e(fc)}</p>"
        f"<p>Geachte {e(recipient.salutation().lower())},</p><p>Uit ons onderzoek blijkt dat u intensieve zorg ontvangt van uw mantelzorger. "
        f"{'Zonder toezicht kunt u niet thuis wonen: er is permanent (24/7) zorg nodig.' if clock else 'U hebt enkele dagdelen per week zorg nodig.'}</p>"
        f"<p>Met vriendelijke groet,<br>{e(issuer)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


LAYOUTS = {f.__name__: f for f in (municipal_form, care_org_letter, gp_letter, steunpunt_table, indicatie_summary,
                                   handwritten_form, zorgkantoor_letter)}  # fmt: skip
HELDOUT = {"zorgkantoor_letter"}
