"""House-sitting applications (aanvraag huisbewaring / tijdelijke bewoning bij afwezigheid).

Modelled on the public forms of housing corporations (de Alliantie, Kennemer Wonen,
Woonopmaat, Ymere, Portaal, Woonstad): tenant data, the house-sitter's data with birth
date, the period of absence, the reason (work or study abroad, care, trial
cohabitation, a long journey, detention or another reason), the compensation the
sitter pays, and yes/no questions about the sitter's own home and minor children;
plus a tenant's own letter that states the same facts in sentences.
"""

from __future__ import annotations

import datetime as dt

from samples.blind import values
from samples.blind.layouts._base import HAND, SANS, SERIF, Ctx, e, kv, page

DOC_TYPE = "huisbewaring_aanvraag"
REASONS = {  # contract value: (form option, sentence)
    "work_or_study": ("Werk of studie elders", "ik ga tijdelijk in het buitenland werken"),
    "care": ("Zorg voor een ander / opname", "ik ga tijdelijk voor mijn zieke moeder zorgen en bij haar wonen"),
    "trial_cohabitation": ("Proefsamenwonen", "ik ga proefsamenwonen met mijn partner"),
    "travel": ("Lange reis", "ik maak een lange reis door Zuid-Amerika"),
    "other": ("Anders, namelijk: detentie", "ik verblijf enige tijd elders om persoonlijke redenen"),
}
CORPORATIONS = ("de Alliantie", "Kennemer Wonen", "Woonopmaat", "Ymere", "Portaal", "Woonstad Rotterdam", "Eigen Haard")


def _facts(c: Ctx):
    tenant = c.person(born=(1950, 2000))
    sitter = c.person(born=(1965, 2008))
    signed = c.date((2026, 1, 5), (2026, 11, 10))
    start = signed + dt.timedelta(days=c.rng.randint(10, 90))
    end = start + dt.timedelta(days=c.rng.randint(45, 420))
    reason = c.rng.choice(tuple(REASONS))
    compensation = values.amount(c.rng.choice((0, 150, 250, 300, 350, 400, 450.5, 500, 620, 700)))
    return tenant, sitter, signed, start, end, reason, compensation, c.rng.random() < 0.3, c.rng.random() < 0.25


def _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids) -> dict:
    return {"tenant_name": tn, "sitter_name": sn, "sitter_birth_date": values.iso(sitter.birth_date),
            "start_date": values.iso(start), "end_date": values.iso(end), "reason": reason, "compensation": comp,
            "sitter_has_own_home": own, "sitter_has_minor_children": kids,
            "signed_date": values.iso(signed) if signed else None}  # fmt: skip


def _reason_boxes(c: Ctx, reason: str) -> str:
    return "<br>".join(f"{c.tick(key == reason)} {e(option)}" for key, (option, _) in REASONS.items())


def corporation_form(c: Ctx):
    """A corporation's two-column form with sections A-D and checkbox questions."""
    c.font_of(SANS)
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    body = (
        f"<div class='logo' style='font-size:15pt'>{e(corp)}</div><h1 style='margin-top:6mm'>Aanvraagformulier huisbewaring</h1>"
        "<h3>A. Gegevens huurder</h3>" + kv([("Naam", e(tn)), ("Adres", e(c.rng.choice(('zie huurcontract', '-'))))])
        + "<h3>B. Gegevens huisbewaarder</h3>" + kv([("Naam", e(sn)), ("Geboortedatum", c.d(sitter.birth_date))])
        + "<h3>C. Periode en reden</h3>" + kv([("Ingangsdatum", c.d(start)), ("Einddatum", c.d(end)),
                                                ("Reden van afwezigheid", _reason_boxes(c, reason)),
                                                ("Vergoeding per maand", c.a(comp))])
        + "<h3>D. Vragen</h3>" + kv([("Heeft de huisbewaarder eigen woonruimte?", c.check(own)),
                                      ("Heeft de huisbewaarder minderjarige kinderen?", c.check(kids))], label_width="95mm")
        + f"<p style='margin-top:6mm'>Datum ondertekening: {c.d(signed)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def ruled_grid_form(c: Ctx):
    """A fully ruled form whose labels sit above the answers."""
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name("reversed"), sitter.name("reversed")
    cell = lambda label, value: f"<td><div class='small'>{e(label)}</div><div>{value}</div></td>"  # noqa: E731
    body = (
        f"<p class='right small'>{e(corp)} — Verhuur en Bewonerszaken</p><h1>Verzoek tijdelijke huisbewaring</h1>"
        "<table class='ruled' style='width:100%'>"
        f"<tr>{cell('Naam huurder', e(tn))}{cell('Naam huisbewaarder', e(sn))}</tr>"
        f"<tr>{cell('Geboortedatum huisbewaarder', c.d(sitter.birth_date))}{cell('Vergoeding huisbewaarder (per maand)', c.a(comp))}</tr>"
        f"<tr>{cell('Periode van', c.d(start))}{cell('Periode tot en met', c.d(end))}</tr>"
        f"<tr>{cell('Reden', _reason_boxes(c, reason))}{cell('Huisbewaarder heeft eigen woning', c.check(own))}</tr>"
        f"<tr>{cell('Minderjarige kinderen huisbewaarder', c.check(kids))}{cell('Datum en handtekening huurder', c.d(signed))}</tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def tenant_letter(c: Ctx):
    """A tenant's own letter: every fact in a sentence."""
    c.font_of(SERIF)
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name("first"), sitter.name("first")
    sentences = [
        f"Hierbij vraag ik toestemming voor huisbewaring, omdat {REASONS[reason][1]}.",
        f"Ik ben weg van {values.date_text(start, c.date_style)} tot en met {values.date_text(end, c.date_style)}.",
        f"In die tijd past {sn}, geboren op {values.date_text(sitter.birth_date, c.date_style)}, op mijn woning.",
        f"{sn.split()[0]} betaalt mij {values.amount_text(comp, c.amount_style)} per maand voor de vaste lasten.",
        f"{'Hij' if sitter.sex == 'm' else 'Zij'} {'heeft zelf ook een eigen woning' if own else 'heeft geen eigen woning'} "
        f"en {'heeft minderjarige kinderen' if kids else 'heeft geen minderjarige kinderen'}.",
    ]
    body = (
        f"<p>{e(tn)}<br>{e(c.rng.choice(('Amsterdam', 'Haarlem', 'Utrecht')))}</p><p>Aan: {e(corp)}, afdeling Verhuur</p>"
        f"<p>{c.d(signed)}</p><p>Betreft: aanvraag huisbewaring</p><p>Beste medewerker,</p>"
        f"<p>{' '.join(e(s) for s in sentences)}</p><p>Met vriendelijke groet,<br><br>{e(tn)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def online_form_print(c: Ctx):
    """The print of a corporation's web form: question/answer pairs, "Ja"/"Nee" as text."""
    c.font_of(SANS)
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    c.check_style = "word"
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name("all"), sitter.name("all")
    body = (
        f"<div class='small'>Mijn {e(corp)} · Formulier verzonden op {c.d(signed)}</div><h1>Huisbewaring aanvragen</h1>"
        + kv([("Uw naam", e(tn)), ("Naam van de huisbewaarder", e(sn)), ("Geboortedatum huisbewaarder", c.d(sitter.birth_date)),
              ("Vanaf welke datum bent u afwezig?", c.d(start)), ("Tot welke datum bent u afwezig?", c.d(end)),
              ("Waarom bent u afwezig?", e(REASONS[reason][0])), ("Welke vergoeding betaalt de huisbewaarder per maand?", c.a(comp)),
              ("Heeft de huisbewaarder een eigen woning?", c.check(own, "Ja", "Nee")),
              ("Heeft de huisbewaarder kinderen jonger dan 18 jaar?", c.check(kids, "Ja", "Nee"))], cls="lines", label_width="90mm")
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def handfilled_form(c: Ctx):
    """A short corporation form filled in by hand, dates in the writer's own form."""
    c.font_of(HAND)
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name("first"), sitter.name("first")
    u = lambda v: f"<span style='border-bottom:1px solid #333;padding:0 5px'>{v}</span>"  # noqa: E731
    body = (
        f"<h2>{e(corp)} — huisbewaring</h2>"
        f"<p>Naam huurder: {u(e(tn))}</p><p>Naam huisbewaarder: {u(e(sn))} &nbsp; geboren: {u(c.d(sitter.birth_date))}</p>"
        f"<p>Afwezig van {u(c.d(start))} tot {u(c.d(end))}</p><p>Reden:<br>{_reason_boxes(c, reason)}</p>"
        f"<p>Vergoeding p/m: {u(c.a(comp))}</p><p>Eigen woning huisbewaarder: {c.check(own)}</p>"
        f"<p>Minderjarige kinderen: {c.check(kids)}</p><p>Datum: {u(c.d(signed))} &nbsp; Handtekening: ~~~~</p>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def two_page_form(c: Ctx):
    """A longer form of two pages: conditions on the first, the answers and signature on the second."""
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name("all"), sitter.name("initials")
    conditions = "".join(f"<li>{e(t)}</li>" for t in (
        "Huisbewaring is toegestaan voor minimaal drie maanden en maximaal een jaar.",
        "De huurder blijft verantwoordelijk voor de huur en voor het gedrag van de huisbewaarder.",
        "De huisbewaarder krijgt geen huurrechten en vertrekt uiterlijk op de einddatum.",
        "Een vergoeding mag niet hoger zijn dan de huur.",
    ) * 3)
    body = (
        f"<h1>{e(corp)}: huisbewaring</h1><h2>Voorwaarden</h2><ol>{conditions}</ol>"
        "<div style='page-break-before:always'></div><h2>Aanvraag</h2>"
        + kv([("Huurder", e(tn)), ("Huisbewaarder", e(sn)), ("Geboren op", c.d(sitter.birth_date)),
              ("Begindatum", c.d(start)), ("Einddatum", c.d(end)), ("Reden", _reason_boxes(c, reason)),
              ("Maandelijkse vergoeding", c.a(comp)), ("Eigen woonruimte huisbewaarder", c.check(own)),
              ("Kinderen onder 18 jaar", c.check(kids)), ("Datum", c.d(signed))])
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def email_print(c: Ctx):
    """Held out. A printed e-mail from the tenant: header lines, then the facts in short paragraphs, no signed date."""
    c.font_of(SANS)
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    tn, sn = tenant.name("first"), sitter.name("first")
    body = (
        f"<div class='small'>Van: {e(tn)} &lt;huurder@example.nl&gt;<br>Aan: verhuur@corporatie.example<br>Onderwerp: huisbewaring</div><hr>"
        f"<p>Goedendag,</p><p>Graag vraag ik huisbewaring aan. Reden: {e(REASONS[reason][0].lower())}.</p>"
        f"<p>Periode: {c.d(start)} - {c.d(end)}<br>Huisbewaarder: {e(sn)} (geboortedatum {c.d(sitter.birth_date)})<br>"
        f"Vergoeding: {c.a(comp)} per maand<br>Eigen woning: {'ja' if own else 'nee'}; minderjarige kinderen: {'ja' if kids else 'nee'}</p>"
        f"<p>Groet,<br>{e(tn)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, sitter, None, start, end, reason, comp, own, kids)


LAYOUTS = {f.__name__: f for f in (corporation_form, ruled_grid_form, tenant_letter, online_form_print, handfilled_form,
                                   two_page_form, email_print)}  # fmt: skip
HELDOUT = {"email_print"}
