"""House-sitting applications (aanvraag huisbewaring / tijdelijke bewoning bij afwezigheid).

Modelled on the public forms of housing corporations (de Alliantie, Kennemer Wonen,
Woonopmaat, Ymere, Portaal, Woonstad): tenant data, the house-sitter's data with birth
date, the period of absence, the reason (work or study abroad, care, trial
cohabitation, a long journey, detention or another reason), the compensation the
sitter pays, and yes/no questions about the sitter's own home and minor children;
plus a tenant's own letter that states the same facts in sentences.

The fresh split adds: a corporation's form of numbered questions with the answers on
lines under them (the current rent asked beside the compensation, a skip question, an
office-use box with the date of receipt), and a two-part form whose second part is the
sitter's own declaration in sentences ("verklaart dat hij geen eigen woonruimte heeft").

The fresh2 split adds: a grid form of corner-labelled boxes (a received stamp, the
sitter's current address, yes/no as radio buttons, "(x)", filled squares or an X under a
column), and the corporation's English form for international tenants (English dates
and amounts, Yes/No with the wrong one struck through).

The fresh3 split adds three ordinary requests: a corporation portal's submission confirmation
printed from the browser (question/answer pairs, the reason a dropdown's text such as work
abroad, a hospital or detention, a digital signing date, a later print date in the header), a
tenant's own letter in a handwriting font and blue ink (the sitter a relative, own home and
children told in sentences), and a two-page paper form (reasons as boxes with a "toelichting"
line, the conditions and one signing date on page 2, an office box with the receipt date).

The fresh4 split adds: a form with tenant and sitter side by side in one table (the tenant's birth date a
decoy), answers circled with a pen and the current rent beside the compensation; a corporation website's
contact form with the whole request in the tenant's own words ("300 euro per maand"), sent on a date and
time; and a form that asks for the sitter first (living situation as options, the number of minor
children), the reasons as a table of evidence, the tenant's departure beside the house-sitting's dates.

The fresh5 split adds: a mail thread printed from Outlook (the corporation's reply with its own later date on
top, the tenant's message below "-----Oorspronkelijk bericht-----" filled in on the corporation's e-mail template,
closed by a date and the typed name as signature), a two-page application with the house-sitting agreement (page 1
the parties, the tenant's temporary address, ticked reasons and the period; page 2 the articles with the
compensation beside the current rent, the sitter's declarations in sentences, signed at a place and date), and the
yellow carbon copy of a pre-printed form filled in with a ballpoint (red labels and a form number, dates "05-03-26",
"350,- euro", Ja / Nee circled).

The fresh6 split adds: the summary PDF a tenant portal makes after sending (the corporation's reference number,
four completed steps, per step a ruled question/answer table, the reason as the dropdown's text, the consent ticked
with the date), and a tenant's typed formal letter (sender and corporation addresses, "Plaats, 5 maart '26", a
numbered list of the facts, the compensation "EUR 300,-", "Bijlagen:" at the foot).

The fresh7 split adds: a corporation's folded leaflet printed landscape in three panels whose third panel is the
tear-off form, filled in by hand (labels above dotted lines, the reasons and yes/no answers as small boxes with a
ballpoint check mark, the leaflet's own rules and an example as decoys in the first two panels), and a form filled in
and signed by a representative of a tenant who cannot sign (a two-column grid per section: the tenant, the
representative with the date of the power of attorney as a decoy, the sitter, the period and reason, the sitter's
answers as check marks under Ja or Nee, dates as "05-MRT-2026", the representative's signing date).

The fresh8 split adds: a corporation's form in Dutch and Turkish ("Huurder / Kiracı", "Ja / Evet", the Turkish in a
second colour; Turkish names written in by hand in light block letters, the compensation as "€ 300,="), and a counter
employee's typed intake report for the tenant to sign ("Onderwerp | Antwoord huurder | Notitie medewerker", the talk's
own date, the rent and a passport's expiry date among the notes as decoys, the tenant as "van der Meer J.C.", the
tenant's own date under "Voor akkoord").

The fresh9 split adds: a corporation's PDF form filled in on screen and printed (answers in pale blue form fields, radio
buttons printed "(•)" and "( )", dates typed as "05/03/26", the compensation as "300.00" or "Euro 300,00"), and a long
scrolling screenshot of a corporation's tenant app on a tall narrow page (cards per subject, "Verstuurd op 05/03/26 om 14:02").

The fresh10 split adds: a chat with the corporation's WhatsApp service number printed from the tenant's phone (the
facts in messages, the day's separators as "5/3/26", the sitter's birth date typed in a message; a chat is not signed, so
the signing date is null), and a paper form filled in with a felt-tip pen in which the tenant crossed out a wrong start
date and a wrong sum and wrote the right ones beside them with their initials (the struck values as decoys).

The fresh11 split adds: the back of a postcard (A6 landscape) on which the tenant wrote the request with a fountain pen
(every fact in a few short lines, place and date under the greeting; the corporation's reply-paid address, a stamp box and a
cancellation without a date on the right), and a web form's two-page print whose second page is the copy of the sitter's
identity card made with a copying app (names in capitals, the birth date as "02 JAN/JAN 1970", an expiry date, the
machine-readable lines and the app's diagonal "KOPIE - alleen voor ..." as decoys).

The fresh12 split adds: the tenant's e-mail answering the corporation's questions inline under each quoted question (the mail's date "do 5 mrt 2026", the
corporation's earlier message and case number as decoys, no signature date), and a paper form filled in by hand with its dates in
preprinted "dd - mm - jjjj" boxes ("05 - 03 - 2026"), a checklist of enclosures, the sitter's later signature date and the office's
"Ontvangen op" as decoys).

The fresh13 split adds: a letter the tenant's son or daughter writes on the parent's behalf (the writer's own address, birth date
and telephone, the power of attorney's day and the parent's initials "voor akkoord" as decoys; the monthly sum as "€ 300,- p.m."),
and a corporation's form whose tenant part is written in blue ink and whose sitter part is filled in by a second hand in black,
each with its own signature date (the sitter's later, a decoy) and an office box "Datum ontvangst".

The fresh14 split adds: a corporation's form made in a word processor with content controls and filled in on screen (grey
field boxes, a drop-down's chosen reason, Word's check boxes, the grey prompt "Klik of tik om tekst in te voeren." left in the
optional fields, the sum typed as "eur 300,00", the form's version date as a decoy), and a paper form whose questions route the
writer ("Ja → ga naar vraag 10", in a condensed bold oblique), filled in by hand with the recent dates as "5-3-26", the chosen
answers circled and the skipped questions left empty.

The fresh15 split adds: the summary an office tablet prints after a counter employee and the tenant filled in the request (answers as
tiles with the chosen one dark, the employee, the visit's time and the sitter's current address as decoys, the tenant as "J.C. v/d Meer",
"€ 300,–", the signature drawn on the tablet's pad with "Ondertekend op het scherm op ..."), and a paper form with a calendar strip of
eighteen months in which the tenant shaded the months away (the strip's labels and the key handover's day as decoys, dates written in as
"5 Maart 2026" or "5e maart 2026", the sum as "300,00 Euro").

The fresh16 split adds: a back-office form answered in codes (numbered fields, the reason a digit explained by a printed legend,
yes/no as "J" or "N" in boxes, the contract number, the telephone and an office box with a judgement code and the day of receipt as
decoys, the sum as "300,00 EURO"), and a letter from a social worker of a prison or a clinic asking on the tenant's behalf (the
institution, the letter's own date and a registration or patient number as decoys, "€ 300/mnd", the tenant's "voor akkoord" with its
own date the signing date; detention is the reason "other", an admission "care").

The fresh17 split adds: a customer-contact system's print of the tenant's telephone call asking for house-sitting (the contact's
number, the call's time as "05-MRT-26 10:32", the agent, the tenant's address and a call-back day as decoys; the request in the agent's
note with "€ 300,00 per maand"; not signed, so no signing date), and the print of an online form built with a form builder that asks
one question at a time (answers in a large coloured face under "3 →", the reason a lettered choice list, yes/no as pills; the tenant's
own birth date, e-mail and telephone and the day the form was started as decoys; "Ingezonden op do 5-3-2026" the signing date).

The fresh18 split adds: a request faxed to the corporation (a fax header line on the page with the sending day and time, a cover
block with fax numbers and the page count as decoys, the form below it with dates as "12/03/26"), and a Dutch-Polish form for a tenant
from Poland (every label with the Polish under it, the tenant's address in Poland with its postcode and a telephone number as decoys).

The fresh19 split adds: a Dutch-Arabic form whose Arabic labels stand in a right-hand column beside each value (the tenant's
address abroad, a +212 telephone number and the intended day of travel as decoys; "Datum ondertekening" the signing date), and the print
of a corporation's chatbot conversation in which the tenant answers with quick-reply buttons and typed messages (the chat's date and
times and the bot's case number as decoys; nothing signed, so no signing date).

The fresh20 split adds: a service member's typed letter asking for house-sitting during a deployment abroad (the rank, the
unit and its garrison town, the service number, the mission and the start of the pre-deployment training as decoys, the commander's
"VOOR GEZIEN" stamp with its own later day; the reason is work), and a tenants' association's model letter filled in by the tenant (the
entries highlighted where the model had "[ ]", the reasons with all but one struck through, "wel / geen" with one word struck; the
instruction box's example date and sum and the association's address and postcode as decoys).

The fresh21 split adds: a budget administrator's letter asking for house-sitting on behalf of a client under administration (the
office's address and postcode, the court's appointment with its day, the administration account's IBAN and the monthly rent as decoys; the
administrator signs "q.q."), and a corporation's paper form filled in by hand whose grey part "Alleen voor intern gebruik" a letting
officer filled in with another pen (the day of receipt, the register checks, the rent, the decision and its day as decoys).

The fresh22 split adds: a student housing provider's form for a temporary resident while the tenant studies abroad (the student number,
the host university and its country, the semester's dates, the room and the temporary resident's deposit as decoys; "Datum ondertekening"
the signing date), and a form of a corporation's building management that combines the notice of a long absence to the caretaker with the
request (key tags, parking place, storage box, intercom names, an emergency contact and the caretaker's "gezien" with its own day as
decoys).

The fresh23 split adds: a penitentiary institution's form that its case manager fills in with a detained tenant (the prison's address,
the registration number, the day of admission and the expected day of release as decoys; "Huisbewaring van / tot en met" in boxed cells,
"Datum" by the tenant's signature the signing date, the case manager's day a decoy), and a tenant's letter about a trip around the
world with the itinerary as a table of flights (the days between departure and return, the booking's reference and the insurer as decoys;
the letter's date line the signing date).

The fresh24 split adds: a letter about trial cohabitation at the partner's home (the partner's name, address, postcode, landlord and
rent and the partner's "voor gezien" day as decoys; the letter's date line the signing date), and a corporation's form in plain language with
a pictogram before every question (the contract number, the telephone and the language volunteer's day as decoys; "Datum" beside "Uw
handtekening" the signing date).

The fresh25 split adds: a corporation's form for house-sitting during a clinical admission for addiction treatment whose last part the
clinic fills in and stamps (the planned day of admission, the length of the clinical phase, the practitioner and the clinic's own day, the
sitter's registration as a house-seeker as decoys; "Datum" beside the tenant's signature the signing date), and a retired tenant's letter in
large print about wintering in Spain (the address and telephone in Spain, a son or daughter as contact person and the tenant's age as decoys;
the date line the signing date).

The fresh26 split adds: a request written by the would-be house-sitter, with the tenant's "voor akkoord" below it (the sitter's own address,
postcode and telephone, the tenant's relation and where the tenant goes as decoys; the facts in the sitter's sentences, the date line the
signing date), and a corporation's form filled in by hand whose facts stand in one ruled table under merged headers and whose conditions
the tenant initials line by line (the initials, the conditions' own months and years and the office's day of receipt as decoys; "Datum"
beside the signature the signing date).

The fresh27 split adds: a tenant's letter in English ("Re: request for house-sitting during my absence", the tenancy number and
telephone as decoys, the period, the sitter "born on", the own home, children and the monthly sum in English sentences and notations; the
date line the signing date), and a corporation's form on one landscape sheet with the tenant's request and the sitter's declaration side by
side (the sitter's present address and postcode and the sitter's own later day as decoys; "Datum" under the tenant's signature the signing
date).

The fresh28 split adds: a page of a corporation's tenants' magazine with an article in two columns on house-sitting (its worked example with
a period and a monthly sum, the issue's number and month as decoys) and a dashed coupon to cut out, filled in by hand (the reasons as boxes,
own home and children in the form's check style; "Datum" by the signature the signing date), and an employer's letter asking the corporation
for house-sitting on behalf of an employee posted abroad (the company's address and postcode, the staff number, the posting's own first and
last day, the HR adviser and the letter's own earlier day as decoys; the requested period, the sitter with birth date and the monthly sum in a
small table; the tenant's "voor akkoord" with its own day the signing date).

The fresh29 split adds: a voicemail to a corporation's customer contact centre printed with its automatic transcription (the received day
and time, the caller's number, the voicemail id, an earlier call's day and the agent's call-back day as decoys; the period, the sitter's
birth date and the monthly sum in spoken sentences; nobody signs, so the signing date is null), and a Dutch-Portuguese form filled in by
hand (every label with the Portuguese under it; the address and telephone number abroad and the corporation's received stamp with its day
as decoys; "Datum / Data" the signing date).

The fresh30 split adds: a pre-printed form filled in on a typewriter (the typed values a little above or below the dotted rules and
drifting to the right, "X" typed over the boxes, the sum as "EUR 350,--"; the form's code and edition, the contract number, the
telephone and the "Ingekomen" stamp with its day as decoys; "Datum" the signing date), and a small corporation's form printed twice on a
landscape sheet, two A5 halves with a cut line, both filled in by hand with the same answers (the corporation's half with a received
stamp, its day and an employee's initials, the tenant's half with the opening hours as decoys; "Datum" in each half the signing date).

The fresh31 split adds: a small corporation's form sent as a spreadsheet, filled in and printed with the grid and the headings (one
question a row, the answer in the next column, grey hints beside it, the reason as the drop-down list's chosen item; the contract number,
the telephone, the form's version, the sheet tabs and the file name as decoys; "Datum ondertekening" the signing date), and a
corporation's single form for every request for permission filled in by hand (six purposes with "Huisbewaring" ticked, the part for
medehuur and inwoning left blank, the house-sitting part filled in; the tenant's address and customer number and the internal case
number as decoys; "Datum" the signing date).

The fresh32 split adds: a personalised form the corporation's system printed after a phone call, part 1 filled in by the system (the
tenant's address and postcode, the contract number, "Uw kenmerk", the day the form was made, "Retourneren vóór" and a barcode as decoys),
the rest in ink ("Ingangsdatum", "Einddatum", the reason ticked, the monthly sum; "Datum" in part 5 the signing date), and a lawyer's letter
asking for permission on the tenant's behalf (the firm's address and postcode, "Uw brief van", "Ons kenmerk" and the legal-aid number as
decoys; "van ... tot en met ..." the period in a sentence, "Datum" in the reference block the signing date).
"""

from __future__ import annotations

import datetime as dt
import unicodedata

from samples.blind import people, values
from samples.blind.layouts._base import (
    HAND, HAND8, HAND_CSS, NARROW, SANS, SANS7, SANS8, SCRIPT_CSS, SERIF, SERIF7, Ctx, articles, browser_header, check_columns, corner, corner_rows,
    e, grid, kv, mail_header, page, running,
)
from samples.blind.layouts._base import SANS9  # the fresh9 split's
from samples.blind.layouts._base import HAND10, chat_bubble  # the fresh10 split's
from samples.blind.layouts._base import HAND11, MONO11, redacted  # the fresh11 split's
from samples.blind.layouts._base import quoted  # the fresh12 split's
from samples.blind.layouts._base import SANS13, address_block  # the fresh13 split's
from samples.blind.layouts._base import SANS14  # the fresh14 split's
from samples.blind.layouts._base import signature_pad  # the fresh15 split's
from samples.blind.layouts._base import highlight, stamp  # the fresh20 split's uses
from samples.blind.layouts._base import LANDSCAPE_CSS  # the fresh27 split's
from samples.blind.layouts._base import sheet_grid  # the fresh31 split's uses
from samples.blind.layouts._base import barcode  # the fresh32 split's uses

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




# --- fresh split -----------------------------------------------------------------------------

_OPTIONS = {  # contract value: the option as these forms word it
    "work_or_study": ("werk of studie buiten de regio of in het buitenland", "tijdelijk werk of studie elders"),
    "care": ("opname in een zorginstelling of verzorging van een naaste", "zorg (opname, revalidatie of mantelzorg)"),
    "trial_cohabitation": ("proefsamenwonen met een partner", "proefsamenwonen"),
    "travel": ("een langdurige (wereld)reis", "een lange reis"),
    "other": ("een andere zwaarwegende reden", "anders"),
}
_BECAUSE = {  # contract value: a clause after "omdat"
    "work_or_study": ("ik voor mijn werk tijdelijk in het buitenland verblijf", "ik een studie in het buitenland ga volgen"),
    "care": ("ik tijdelijk word opgenomen in een revalidatiecentrum", "ik tijdelijk bij mijn vader intrek om voor hem te zorgen"),
    "trial_cohabitation": ("ik ga proefsamenwonen met mijn partner", "ik wil proberen of samenwonen met mijn vriend(in) bevalt"),
    "travel": ("ik een reis van enkele maanden maak", "ik een wereldreis ga maken"),
    "other": ("ik om persoonlijke redenen tijdelijk elders verblijf", "ik in een penitentiaire inrichting zal verblijven"),
}
_OTHER_DETAIL = ("verblijf in een penitentiaire inrichting", "persoonlijke omstandigheden", "tijdelijk verblijf elders na een scheiding")


def numbered_questions(c: Ctx):
    """Fresh. A corporation's form of numbered questions, answers on lines, the current rent beside the compensation."""
    c.font_of(c.pick(SANS, SERIF))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first", "reversed")), sitter.name(c.pick("all", "first", "reversed"))
    wording = c.rng.randint(0, 1)
    rent = values.amount(max(float(comp) + c.rng.randint(20, 300), c.rng.randint(480, 900)) + c.rng.choice((0, 0.45, 0.8)))
    home, other = people.address(c.rng), people.address(c.rng)
    abroad = reason in ("work_or_study", "travel") and c.rng.random() < 0.7
    line = "border-bottom:0.8px dotted #333;padding:1px 4px;margin:2px 0 6px 14px;min-height:12pt"
    options = "".join(f"<div style='margin-left:14px'>{c.tick(key == reason)} {chr(97 + i)}. {e(_OPTIONS[key][wording])}"
                      + (f": {e(c.rng.choice(_OTHER_DETAIL))}" if key == "other" and key == reason else "") + "</div>"
                      for i, key in enumerate(_OPTIONS))  # fmt: skip
    questions = [
        ("Wat is uw naam?", e(tn)),
        ("Wat is het adres van de woning?", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
        ("Hoe hoog is uw huidige kale huur per maand?", c.a(rent)),
        ("Waarom bent u tijdelijk afwezig?", options),
        ("Gaat u naar het buitenland? (zo nee, ga door naar vraag 7)", c.check(abroad)),
        ("Zo ja, naar welk land?", e(c.pick("Spanje", "Canada", "Suriname", "Indonesië", "Noorwegen")) if abroad else ""),
        ("Van welke datum tot en met welke datum bent u afwezig?", f"van {c.d(start)} tot en met {c.d(end)}"),
        ("Wat is de naam van de huisbewaarder?", e(sn)),
        ("Wat is de geboortedatum van de huisbewaarder?", e(values.date_text(sitter.birth_date, "dash"))),
        ("Waar woont de huisbewaarder nu?", f"{e(other.line1())}, {e(other.city)}"),
        ("Heeft de huisbewaarder zelf een huur- of koopwoning?", c.check(own)),
        ("Heeft de huisbewaarder kinderen jonger dan 18 jaar?", c.check(kids)),
        ("Welke vergoeding betaalt de huisbewaarder u per maand?", c.a(comp)),
    ]
    items = "".join(f"<div><b>{i + 1}.</b> {e(q)}<div style='{line}'>{a}</div></div>" for i, (q, a) in enumerate(questions))
    received = signed + dt.timedelta(days=c.rng.randint(1, 9))
    body = (
        f"<table style='width:100%'><tr><td class='logo' style='font-size:14pt'>{e(corp)}</td>"
        f"<td style='width:62mm'><div class='box small'><b>Voor intern gebruik</b><br>Datum ontvangst: {c.d(received)}<br>"
        f"Huurcontractnummer: {c.rng.randint(100000, 999999)}<br>Behandeld door: ________</div></td></tr></table>"
        f"<h1>{e(c.pick('Aanvraag huisbewaarderschap', 'Aanvraagformulier huisbewaring', 'Verzoek om huisbewaring'))}</h1>"
        "<p class='small'>Vul alle vragen in. Stuur een kopie van het legitimatiebewijs van de huisbewaarder mee.</p>"
        + f"<div style='font-size:9.5pt'>{items}</div>"
        f"<p><b>{len(questions) + 1}.</b> Plaats en datum: <span style='border-bottom:0.8px dotted #333;padding:0 6px'>{e(home.city)}, {c.d(signed)}</span>"
        " &nbsp; Handtekening huurder: ____________</p>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def sitter_declaration(c: Ctx):
    """Fresh. Part A the tenant's request in one sentence, part B the sitter's declaration in sentences; one signing date."""
    c.font_of(c.pick(SERIF, SANS))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first", "initials"))
    home, other = people.address(c.rng), people.address(c.rng)
    he = "hij" if sitter.sex == "m" else "zij"
    comp_text = values.amount_text(comp, c.amount_style)
    claims = [
        f"dat {he} een eigen woning heeft, te weten {other.line1()} te {other.city};" if own else
        c.pick(f"dat {he} zelf geen woonruimte huurt of in eigendom heeft;", f"dat {he} geen eigen woning heeft;"),
        (f"dat {he} {c.pick('een', 'twee')} minderjarig(e) kind(eren) heeft;" if kids else
         c.pick(f"dat {he} geen minderjarige kinderen heeft;", f"dat {he} geen kinderen jonger dan 18 jaar heeft;")),
        (f"dat {he} geen vergoeding aan de huurder betaalt ({comp_text} per maand);" if comp == "0.00" else
         f"dat {he} de huurder een vergoeding van {comp_text} per maand betaalt;"),
        f"dat {he} de woning uiterlijk op {values.date_text(end, c.date_style)} verlaat en aan de bewoning geen rechten ontleent.",
    ]
    if c.rng.random() < 0.5:
        claims[0], claims[1] = claims[1], claims[0]
    body = (
        f"<div class='right'><span class='logo' style='font-size:14pt'>{e(corp)}</span><br><span class='small'>Team Wonen</span></div>"
        f"<h1>{e(c.pick('Aanvraag huisbewaring', 'Huisbewaring: aanvraag en verklaring'))}</h1>"
        f"<h2>Deel A — {e(c.pick('verzoek van de huurder', 'de huurder'))}</h2>"
        f"<p>Ondergetekende, {e(tn)}, huurder van de woning {e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}, "
        f"verzoekt {e(corp)} om toestemming de woning in bewaring te geven van {c.d(start)} tot en met {c.d(end)}, "
        f"omdat {e(c.rng.choice(_BECAUSE[reason]))}.</p>"
        f"<h2>Deel B — {e(c.pick('verklaring van de huisbewaarder', 'de huisbewaarder'))}</h2>"
        f"<p>Ondergetekende, {e(sn)}, geboren op {c.d(sitter.birth_date)}, verklaart:</p>"
        "<ul>" + "".join(f"<li>{e(t)}</li>" for t in claims) + "</ul>"
        f"<p style='margin-top:6mm'>Aldus naar waarheid ingevuld en ondertekend te {e(home.city)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:8mm'><tr><td>De huurder<br><br>________________</td><td>De huisbewaarder<br><br>________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh2 split ----------------------------------------------------------------------------

_ENGLISH = {  # contract value: the option as an English form words it
    "work_or_study": "Work or study elsewhere / abroad",
    "care": "Care (hospital admission, rehabilitation or caring for a relative)",
    "trial_cohabitation": "Trial cohabitation with a partner",
    "travel": "Long journey",
    "other": "Other reason",
}


def corner_box_form(c: Ctx):
    """Fresh2. A corporation's grid form: every value in a box with a tiny corner label, the reasons as a two-column grid of ticks, a received-stamp date and the sitter's current address."""
    c.font_of(("Liberation Sans Narrow", "Cantarell", "Go", "Carlito"))
    c.restyle(dates=("nopad", "dot_pad", "dash", "long"), amounts=("dash_bare", "EUR_grouped", "whole"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first", "reversed_comma")), sitter.name(c.pick("all", "first", "reversed_comma"))
    home, current = people.address(c.rng), people.address(c.rng)
    received = signed + dt.timedelta(days=c.rng.randint(2, 10))
    signed_text = e(values.date_text(signed, "short_year")) if c.rng.random() < 0.4 else c.d(signed)
    keys = list(_OPTIONS)
    cells = [f"<td style='width:50%'>{c.tick(k == reason)} {e(_OPTIONS[k][1])}</td>" for k in keys]
    options = "".join(f"<tr>{''.join(cells[i : i + 2])}</tr>" for i in range(0, len(cells), 2))
    body = (
        f"<table style='width:100%'><tr><td><span style='font-size:15pt;font-weight:bold;color:#c0392b'>{e(corp)}</span><br>"
        f"<span class='small'>{e(c.pick('Klantcontact', 'Team Wonen', 'Verhuur & Bewonerszaken'))}</span></td>"
        f"<td style='width:48mm'><div style='border:2px solid #c0392b;color:#c0392b;padding:2mm;transform:rotate(-4deg);text-align:center'>"
        f"ONTVANGEN<br>{c.d(received)}</div></td></tr></table>"
        f"<h1 style='margin-top:4mm'>{e(c.pick('Aanvraag huisbewaring', 'Formulier huisbewaring'))}</h1>"
        "<h3>Huurder</h3>"
        + corner_rows([[corner(e(tn), "naam huurder", "50%"), corner(e(f"{home.line1()}, {home.city}"), "adres van de woning")]])
        + "<h3>Huisbewaarder</h3>"
        + corner_rows([[corner(e(sn), "naam huisbewaarder", "50%"), corner(c.d(sitter.birth_date), "geboortedatum")],
                       [corner(e(f"{current.line1()}, {values.postcode_text(current.postcode, True)} {current.city}"), "huidig adres huisbewaarder")],
                       [corner(c.answer(own), "heeft eigen woonruimte", "50%"), corner(c.answer(kids), "heeft minderjarige kinderen")]])
        + "<h3>Afwezigheid</h3>"
        + corner_rows([[corner(c.d(start), "eerste dag afwezig", "33%"), corner(c.d(end), "laatste dag afwezig", "33%"),
                        corner(c.a(comp), "vergoeding per maand")]])
        + f"<div style='border:0.9px solid #333;padding:2px 4px;margin-top:-0.9px'><div style='font-size:6pt;color:#555'>reden</div>"
        f"<table style='width:100%'>{options}</table></div>"
        + "<h3>Ondertekening</h3>"
        + corner_rows([[corner(e(home.city), "plaats", "33%"), corner(signed_text, "datum", "33%"), corner("&nbsp;", "handtekening huurder")]])
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def english_application(c: Ctx):
    """Fresh2. The corporation's English form for international tenants: English labels, dates and amounts, Yes/No with the wrong one struck through, an office-use box."""
    c.font_of(("Open Sans", "Quicksand", "Carlito", "DejaVu Sans"))
    c.restyle(dates=("en_long", "en_us", "slash", "iso"), amounts=("en", "EUR_en"))
    c.check_style = "strike"
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    options = "".join(f"<div>{c.tick(k == reason)} {e(text)}</div>" for k, text in _ENGLISH.items())
    body = (
        f"<div style='background:#2c3e50;color:white;padding:4mm'><span style='font-size:15pt'>{e(corp)}</span>"
        "<span style='float:right;font-size:9pt'>Tenant services</span></div>"
        f"<h1 style='margin-top:6mm'>{e(c.pick('Application for house-sitting', 'House-sitting request form'))}</h1>"
        "<p class='small'>Use this form if you will be away from your home for more than three months and someone will live there while you are away.</p>"
        "<h3>1. Tenant</h3>"
        + kv([("Full name", e(tn)), ("Address", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Tenant number", str(c.rng.randint(100000, 999999)))], cls="lines", label_width="60mm")
        + "<h3>2. House-sitter</h3>"
        + kv([("Full name", e(sn)), ("Date of birth", c.d(sitter.birth_date)),
              ("Does the house-sitter rent or own a home?", c.check(own, "Yes", "No")),
              ("Does the house-sitter have children under 18?", c.check(kids, "Yes", "No"))], cls="lines", label_width="60mm")
        + "<h3>3. Absence</h3>"
        + kv([("First day of absence", c.d(start)), ("Last day of absence", c.d(end)), ("Reason", options),
              ("Monthly fee paid by the house-sitter", c.a(comp))], cls="lines", label_width="60mm")
        + f"<p class='small'>Strike through what does not apply.</p><p style='margin-top:5mm'>Date: {c.d(signed)} &nbsp;&nbsp; Signature tenant: ____________</p>"
        f"<div class='box small' style='margin-top:6mm;width:70%'>For office use only — received on: ________ &nbsp; file no.: HB-{signed.year}-{c.rng.randint(100, 999)}</div>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh3 split ----------------------------------------------------------------------------


REASONS3 = {  # contract value: (dropdown / checkbox wordings, a tenant's sentence)
    "work_or_study": (("Werk in het buitenland", "Studie of stage elders", "Tijdelijk werk in een andere plaats"),
                      "ik ga voor mijn werk een tijd naar het buitenland"),
    "care": (("Opname in ziekenhuis of revalidatiecentrum", "Zorg voor een familielid elders", "Opname in een zorginstelling"),
             "ik word opgenomen in een revalidatiecentrum"),
    "trial_cohabitation": (("Proefsamenwonen", "Tijdelijk samenwonen met partner (proef)"), "ik ga op proef samenwonen met mijn vriend"),
    "travel": (("Lange reis", "Wereldreis / sabbatical"), "ik ga een wereldreis maken"),
    "other": (("Detentie", "Anders"), "ik verblijf een tijd in een justitiële inrichting"),
}


def web_form_print(c: Ctx):
    """Fresh3. A corporation portal's submission confirmation printed from the browser: "Overzicht van uw antwoorden" as question/answer pairs, the reason a dropdown's text (work abroad, hospital, detention...), dd-mm-jjjj hints in the questions, a digital signature date, and a later print date in the browser header."""
    c.font_of(("Open Sans", "Liberation Sans", "Carlito", "Cantarell"))
    c.restyle3(dates=("long_pad", "dash_mon", "slash_nopad"), amounts=("dashdash", "euro_tight", "euro_nogroup"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    printed = signed + dt.timedelta(days=c.rng.randint(0, 6))
    answer = lambda v: "Ja" if v else "Nee"  # noqa: E731
    qa = [("Uw naam (huurder)", e(tn)), ("Uw adres", f"{e(home.line1())}, {e(home.city)}"),
          ("Uw klantnummer", str(c.rng.randint(100000, 999999))),
          ("Wat is de reden van uw tijdelijke afwezigheid?", e(c.rng.choice(REASONS3[reason][0]))),
          ("Vanaf welke datum bent u afwezig?", c.d(start)), ("Tot en met welke datum bent u afwezig?", c.d(end)),
          ("Naam van de huisbewaarder", e(sn)), ("Geboortedatum huisbewaarder (dd-mm-jjjj)", e(values.date_text(sitter.birth_date, "dash"))),
          ("Heeft de huisbewaarder een eigen (huur- of koop)woning?", answer(own)),
          ("Heeft de huisbewaarder kinderen jonger dan 18 jaar?", answer(kids)),
          ("Welke vergoeding betaalt de huisbewaarder u per maand?", c.a(comp)),
          ("Ik verklaar dit formulier naar waarheid te hebben ingevuld", "Ja"),
          ("Datum ondertekening", c.d(signed))]
    stamp = f"{values.date_text(printed, 'slash_nopad')} {c.rng.randint(8, 22):02d}:{c.rng.randint(0, 59):02d}"
    rows = "".join(f"<div style='margin-bottom:2.5mm'><div style='font-size:8.5pt;color:#555'>{e(q)}</div><div>{a}</div></div>" for q, a in qa)
    body = (
        browser_header(f"Mijn {corp} - Aanvraag huisbewaring", f"https://mijn.{corp.lower().replace(' ', '')}.nl/formulieren/huisbewaring/bevestiging", stamp)
        + f"<div style='margin-top:3mm;padding:4px 8px;background:#2b5f8a;color:#fff'><b>Mijn {e(corp)}</b></div>"
        "<h1 style='margin-top:4mm'>Bedankt, uw aanvraag is verstuurd</h1>"
        f"<p>Wij hebben uw aanvraag huisbewaring ontvangen onder nummer HB-{c.rng.randint(10000, 99999)}. U krijgt binnen 8 weken antwoord.</p>"
        "<h2>Overzicht van uw antwoorden</h2>" + rows
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def handwritten_tenant_letter(c: Ctx):
    """Fresh3. A tenant's own letter in a handwriting font and blue ink: place and date (sometimes in words) on top, the facts in sentences in the tenant's order (the sitter a relative "geboren op ..."), the sitter's own home and children told in words, signed with the tenant's name."""
    c.font_of(SANS)
    c.restyle3(dates=("words", "long_pad", "slash_nopad"), amounts=("dashdash", "euro_tight", "EUR_after"))
    hand = c.rng.choice(HAND)
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn = tenant.name(c.pick("all", "first"))
    sn = sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    who = c.rng.choice(("mijn neef", "mijn nicht", "mijn broer", "mijn zus", "een goede vriend", "een vriendin", "mijn zoon", "mijn dochter"))
    he = "hij" if sitter.sex == "m" else "zij"
    own_text = (c.pick(f"{he.capitalize()} heeft zelf ook nog een huurwoning in {c.rng.choice(people.places())[1]}.",
                       f"{he.capitalize()} heeft een eigen koophuis, maar dat wordt verbouwd.") if own else
                c.pick(f"{he.capitalize()} heeft geen eigen woning, {he} woont nu nog bij {'zijn' if he == 'hij' else 'haar'} ouders.",
                       f"{he.capitalize()} heeft zelf geen huis en huurt nu een kamer van iemand anders."))  # fmt: skip
    kid_text = (c.pick(f"{he.capitalize()} heeft een zoontje van {c.rng.randint(1, 9)} jaar, dat bij {'hem' if he == 'hij' else 'haar'} woont.",
                       f"{he.capitalize()} komt met {'zijn' if he == 'hij' else 'haar'} dochter van {c.rng.randint(2, 15)}.") if kids else
                c.pick(f"{he.capitalize()} heeft geen kinderen.", "Er komen geen kinderen mee."))  # fmt: skip
    c.extra_css.append(HAND_CSS % hand)
    body = (
        f"<div class='ink' style='line-height:1.6;transform:rotate({c.rng.uniform(-0.8, 0.8):.2f}deg)'>"
        f"<p style='text-align:right'>{e(home.city)}, {c.d(signed)}</p>"
        f"<p>Aan {e(corp)}<br>afdeling Verhuur</p><p>Betreft: aanvraag huisbewaring</p>"
        "<p>Beste mevrouw, meneer,</p>"
        f"<p>Ik ben huurder van de woning {e(home.line1())} in {e(home.city)}. Van {c.d(start)} tot en met {c.d(end)} ben ik niet thuis, "
        f"want {e(REASONS3[reason][1])}. In die tijd wil ik graag dat {e(who)} op mijn huis past.</p>"
        f"<p>{e(who.capitalize())} heet {e(sn)} en is geboren op {c.d(sitter.birth_date)}. {e(own_text)} {e(kid_text)}</p>"
        f"<p>{e(he.capitalize())} betaalt mij {c.a(comp)} per maand voor de vaste lasten.</p>"
        "<p>Ik hoop dat u toestemming geeft. U kunt mij bellen op 06-" + str(c.rng.randint(10000000, 99999999)) + ".</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(tn)}</p></div>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def reason_form_two_page(c: Ctx):
    """Fresh3. A two-page paper form: page 1 the data with the reasons as boxes (detention, hospital, work abroad... and a line "toelichting"), the tenant's contract number and phone; page 2 the conditions and one signing date with both signatures, an office box with the receipt date."""
    c.font_of(c.pick(SANS, SERIF))
    c.restyle3(dates=("long_pad", "dash_mon", "slash_nopad", "short_nodot"), amounts=("dashdash", "euro_tight", "EUR_after", "euro_nogroup"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "reversed", "first")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    boxes = [("work_or_study", "werk of studie elders / in het buitenland"), ("care", "opname ziekenhuis, revalidatie of zorginstelling"),
             ("care", "zorg voor een familielid"), ("trial_cohabitation", "proefsamenwonen"), ("travel", "(wereld)reis"),
             ("other", "detentie"), ("other", "anders")]
    pick = c.rng.choice([i for i, (key, _) in enumerate(boxes) if key == reason])
    note = {"work_or_study": "tijdelijk contract bij werkgever elders", "care": "opname of mantelzorg, zie bijlage",
            "trial_cohabitation": "samenwonen bij partner", "travel": "reis door Azië", "other": "zie bijgevoegde verklaring"}[reason]
    received = signed + dt.timedelta(days=c.rng.randint(1, 10))
    yes_no = lambda v: c.check(v)  # noqa: E731
    page1 = (
        f"<div class='logo' style='font-size:14pt'>{e(corp)}</div><h1 style='margin-top:4mm'>Aanvraag toestemming huisbewaring</h1>"
        "<p class='small'>Vul dit formulier volledig in en stuur het minimaal 4 weken voor uw vertrek op. Blad 1 van 2</p>"
        "<h3>1. Gegevens huurder</h3>"
        + kv([("Naam", e(tn)), ("Adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Contractnummer", f"{c.rng.randint(1000, 9999)}-{c.rng.randint(100, 999)}"), ("Telefoon", f"06-{c.rng.randint(10000000, 99999999)}")], cls="lines", label_width="50mm")
        + "<h3>2. Periode van afwezigheid</h3>"
        + kv([("Vertrekdatum", c.d(start)), ("Datum terugkeer", c.d(end))], cls="lines", label_width="50mm")
        + "<h3>3. Reden van afwezigheid</h3>"
        + "".join(f"<div>{c.tick(i == pick)} {e(text)}</div>" for i, (_, text) in enumerate(boxes))
        + f"<p>Toelichting: <i>{e(note)}</i></p>"
        + "<h3>4. Gegevens huisbewaarder</h3>"
        + kv([("Naam", e(sn)), ("Geboortedatum", c.d(sitter.birth_date)), ("Heeft eigen woonruimte", yes_no(own)),
              ("Heeft minderjarige kinderen", yes_no(kids)), ("Vergoeding per maand aan huurder", c.a(comp))], cls="lines", label_width="60mm")
    )  # fmt: skip
    page2 = (
        "<div style='page-break-before:always'></div><h2>5. Voorwaarden</h2><ol style='font-size:9.5pt'>"
        "<li>Huisbewaring duurt minimaal 3 en maximaal 12 maanden.</li><li>De huurder blijft verantwoordelijk voor de huur en de woning.</li>"
        "<li>De huisbewaarder verlaat de woning uiterlijk op de einddatum; hij of zij krijgt geen huurrechten.</li>"
        "<li>De vergoeding is niet hoger dan de huur.</li><li>Onjuiste opgave kan leiden tot intrekking van de toestemming.</li></ol>"
        "<h2>6. Ondertekening</h2>"
        f"<p>Plaats: {e(home.city)} &nbsp;&nbsp;&nbsp; Datum: {c.d(signed)}</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td style='width:50%'>Handtekening huurder<br><br>______________________</td>"
        "<td>Handtekening huisbewaarder<br><br>______________________</td></tr></table>"
        f"<div class='box' style='margin-top:14mm;width:60%'><span class='small'>Voor intern gebruik</span><br>Datum ontvangst: {c.d(received)}<br>"
        "Behandeld door: ______ &nbsp; Besluit: ☐ akkoord ☐ afgewezen</div>"
        "<p class='small'>Blad 2 van 2</p>"
    )  # fmt: skip
    return page(c, page1 + page2), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh4 split ----------------------------------------------------------------------------

_CORPORATIONS4 = ("Mitros", "Vidomes", "Havensteder", "Lefier", "Wonion", "Woonzorg Nederland", "Rochdale", "Stadgenoot")
REASONS4 = {  # contract value: (form options, the tenant's own words)
    "work_or_study": (("werk of stage elders", "studie in het buitenland"),
                      ("ik ga voor mijn werk een half jaar naar het buitenland", "ik ga een semester studeren in het buitenland")),
    "care": (("ziekenhuis- of revalidatieopname", "zorgen voor een familielid"),
             ("ik moet revalideren na een operatie en word opgenomen", "ik ga een tijd bij mijn moeder wonen om voor haar te zorgen")),
    "trial_cohabitation": (("proef samenwonen",), ("ik ga eerst een tijdje proberen samen te wonen bij mijn vriendin",
                                                  "ik ga op proef samenwonen met mijn partner")),
    "travel": (("lange reis",), ("ik ga backpacken door Azië", "ik maak een lange reis door Zuid-Amerika")),
    "other": (("andere reden",), ("ik kan om persoonlijke redenen een tijd niet in mijn huis wonen",)),
}  # fmt: skip


def _circled(options: list[str], chosen: str) -> str:
    """Options on one line, the chosen one circled with a pen (an ellipse around the word)."""
    ring = "border:1.3px solid #1a2f8a;border-radius:50%;padding:0 5px"
    return " / ".join(f"<span style='{ring}'>{e(o)}</span>" if o == chosen else e(o) for o in options)


def huurder_huisbewaarder_columns_form(c: Ctx):
    """Fresh4. A corporation's form with tenant and sitter side by side in one table (the tenant's birth date a decoy beside the sitter's), the reasons and the yes/no answers circled with a pen ("omcirkel wat van toepassing is"), the current rent printed beside the compensation, one signing date for both."""
    c.font_of(c.pick(SANS, SERIF))
    c.restyle4(dates=("dash", "nopad", "long"), amounts=("euro", "dash", "bare_nogroup"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(_CORPORATIONS4)
    form = c.pick("all", "first", "initials_core_upper")
    tn, sn = tenant.name(form), sitter.name(form)
    home, other = people.address(c.rng), people.address(c.rng)
    rent = values.amount(max(float(comp) + c.rng.randint(30, 250), c.rng.randint(520, 920)) + c.rng.choice((0, 0.35, 0.62)))
    options = [o for key in REASONS4 for o in REASONS4[key][0]]
    chosen = c.rng.choice(REASONS4[reason][0])
    money = (lambda a: f"{c.a(a)}") if c.amount_style != "bare_nogroup" else (lambda a: f"€ {c.a(a)}")  # noqa: E731
    rows = [("Naam", e(tn), e(sn)), ("Geboortedatum", c.d(tenant.birth_date), c.d(sitter.birth_date)),
            ("Adres", f"{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))} {e(home.city)}",
             f"{e(other.line1())}<br>{e(values.postcode_text(other.postcode, True))} {e(other.city)}"),
            ("Telefoon", f"06-{c.rng.randint(10000000, 99999999)}", f"06-{c.rng.randint(10000000, 99999999)}"),
            ("E-mail", e(f"{tenant.given[0].lower()}@{c.pick('gmail.com', 'hotmail.com', 'ziggo.nl')}"), e(f"{sitter.given[0].lower()}{c.rng.randint(1, 99)}@gmail.com"))]
    table = ("<table class='ruled' style='width:100%'><tr><th style='width:28mm'></th><th>Huurder</th><th>Huisbewaarder</th></tr>"
             + "".join(f"<tr><td>{e(k)}</td><td>{a}</td><td>{b}</td></tr>" for k, a, b in rows) + "</table>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>{e(corp)}</span></td>"
        f"<td class='right small'>Retour: {e(people.issuer_address(c.rng)[0])}<br>o.v.v. huisbewaring</td></tr></table>"
        f"<h1 style='margin-top:5mm'>{e(c.pick('Aanvraag huisbewaring', 'Toestemming huisbewaring aanvragen'))}</h1>"
        "<p class='small'>Omcirkel wat van toepassing is. Lever het formulier minimaal vier weken voor de ingangsdatum in.</p>"
        "<h3>1. Huurder en huisbewaarder</h3>" + table
        + "<h3>2. Periode</h3>"
        + kv([("Ingangsdatum huisbewaring", c.d(start)), ("Einddatum huisbewaring", c.d(end))], label_width="60mm")
        + f"<h3>3. Reden van uw afwezigheid</h3><p style='line-height:1.9'>{_circled(options, chosen)}</p>"
        "<h3>4. Vragen over de huisbewaarder</h3>"
        + kv([("Heeft de huisbewaarder een eigen woning (huur of koop)?", _circled(["ja", "nee"], "ja" if own else "nee")),
              ("Heeft de huisbewaarder kinderen jonger dan 18 jaar?", _circled(["ja", "nee"], "ja" if kids else "nee"))], label_width="105mm")
        + "<h3>5. Vergoeding</h3>"
        + kv([("Uw huidige kale huur per maand", money(rent)), ("Vergoeding die de huisbewaarder u per maand betaalt", money(comp))], label_width="105mm")
        + f"<h3>6. Ondertekening</h3><p>Datum: {c.d(signed)}</p>"
        "<table style='width:100%'><tr><td>Handtekening huurder<br><br>____________________</td><td>Handtekening huisbewaarder<br><br>____________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def contactformulier_eigen_woorden(c: Ctx):
    """Fresh4. A corporation website's contact form as printed: name, customer number and e-mail in fields, the whole request in the tenant's own words in one message box (the reason, the period, the sitter with birth date, own home and children, "300 euro per maand"), sent on a date and time."""
    c.font_of(("Open Sans", "Liberation Sans", "Carlito", "DejaVu Sans"))
    c.restyle4(dates=("nopad", "long", "slash_nopad"), amounts=("euro_word", "euro_word", "euro_nosep"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(_CORPORATIONS4)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    who = c.rng.choice(("mijn broer" if sitter.sex == "m" else "mijn zus", "mijn neef" if sitter.sex == "m" else "mijn nicht",
                        "een goede vriend" if sitter.sex == "m" else "een goede vriendin", "een collega"))
    he, his = ("hij", "zijn") if sitter.sex == "m" else ("zij", "haar")
    own_text = (c.pick(f"{he.capitalize()} heeft wel een eigen huurhuis maar dat gaat {he} onderverhuren.", f"{he.capitalize()} heeft zelf een appartement gekocht dat nog niet klaar is.")
                if own else c.pick(f"{he.capitalize()} heeft geen eigen woning, {he} woont nu op een kamer.", f"{he.capitalize()} woont nog thuis bij {his} ouders, dus geen eigen huis."))
    kid_text = (f"{he.capitalize()} heeft een dochtertje van {c.rng.randint(1, 12)}, die komt ook." if kids else c.pick(f"{he.capitalize()} heeft geen kinderen.", "Kinderen heeft " + he + " niet."))
    pay = f"{he.capitalize()} hoeft mij niks te betalen ({{a}} per maand), alleen de boodschappen." if comp == "0.00" else ""
    message = (
        f"Beste {e(corp)},<br><br>Ik wil graag huisbewaring aanvragen want {e(c.rng.choice(REASONS4[reason][1]))}. "
        f"Ik ben weg van {c.d(start)} t/m {c.d(end)}. In die tijd komt {e(who)} in mijn huis wonen, {e(sn)}, geboren {c.d(sitter.birth_date)}. "
        f"{e(own_text)} {e(kid_text)} "
        + (e(pay).replace("{a}", c.a(comp)) if pay else f"{e(he.capitalize())} betaalt mij {c.a(comp)} per maand voor gas/licht/water.")
        + f"<br><br>Wat moet ik nog meer opsturen? Alvast bedankt!<br><br>Groetjes,<br>{e(tn)}"
    )  # fmt: skip
    sent = f"{c.d(signed)} om {c.rng.randint(7, 23):02d}:{c.rng.randint(0, 59):02d}"
    fields = [("Naam", e(tn)), ("Klantnummer", str(c.rng.randint(1000000, 9999999))),
              ("E-mailadres", e(f"{tenant.given[0].lower()}.{tenant.surname.split()[-1].lower()}@{c.pick('gmail.com', 'outlook.com', 'kpnmail.nl')}")),
              ("Telefoonnummer", f"06{c.rng.randint(10000000, 99999999)}"), ("Onderwerp", c.pick("Huisbewaring", "Tijdelijk iemand anders in mijn woning", "Overig")),
              ("Adres van uw woning", e(f"{people.address(c.rng).line1()}"))]
    body = (
        f"<div style='background:#3d3d3d;color:#fff;padding:4px 8px'>{e(corp)} &nbsp;·&nbsp; Contact</div>"
        f"<h1 style='margin-top:5mm'>Uw bericht is verzonden</h1><p class='small'>Verzonden op {sent}. Wij reageren binnen 5 werkdagen.</p>"
        + "".join(f"<div style='margin-bottom:2mm'><div class='small'>{e(k)}</div><div style='border:0.8px solid #999;padding:3px 5px'>{v}</div></div>" for k, v in fields)
        + f"<div class='small'>Uw vraag of bericht</div><div style='border:0.8px solid #999;padding:5px 6px;min-height:60mm'>{message}</div>"
        "<p class='small' style='margin-top:3mm'>Bijlagen: geen</p>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def huisbewaarder_eerst_formulier(c: Ctx):
    """Fresh4. A form that asks for the sitter first and the tenant last: the sitter's living situation as options (own home or not), the number of the sitter's minor children instead of yes/no, the reasons as a ruled table with the evidence each needs, the tenant's departure date beside the house-sitting's own dates, the rent and service costs beside the compensation."""
    c.font_of(SANS)
    c.restyle4(dates=("dash", "iso_slash", "long"), amounts=("euro", "euro_after", "dash"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(_CORPORATIONS4)
    tn, sn = tenant.name(c.pick("all", "reversed", "particle_first_comma")), sitter.name(c.pick("all", "reversed", "particle_first_comma"))
    home = people.address(c.rng)
    living = [("huurt of bezit zelf een woning", True), ("woont in bij ouders of familie", False), ("woont tijdelijk bij vrienden (geen eigen woning)", False)]
    living_pick = 0 if own else c.rng.choice((1, 2))
    children = c.rng.randint(1, 3) if kids else 0
    table_reasons = [("work_or_study", "werk of studie elders", "arbeids- of studieovereenkomst"), ("care", "opname of zorg voor een naaste", "opnameverklaring of verklaring arts"),
                     ("trial_cohabitation", "proefsamenwonen", "geen"), ("travel", "langdurige reis", "vliegticket of reisschema"), ("other", "andere reden, namelijk ...", "toelichting")]
    reasons = "".join(f"<tr><td style='width:8mm;text-align:center'>{c.tick(k == reason)}</td><td>{e(t)}</td><td class='small'>{e(p)}</td></tr>" for k, t, p in table_reasons)
    leaves = start - dt.timedelta(days=c.rng.randint(0, 3))
    rent = values.amount(c.rng.randint(520, 900) + c.rng.choice((0, 0.45, 0.9)))
    body = (
        f"<div style='border-bottom:3px solid #8b1d41;padding-bottom:2mm'><span style='font-size:16pt;font-weight:bold;color:#8b1d41'>{e(corp)}</span>"
        f"<span style='float:right' class='small'>Formulier W-{c.rng.randint(10, 99)} · huisbewaring</span></div>"
        "<h1 style='margin-top:5mm'>Aanvraag tijdelijke huisbewaring</h1>"
        "<h3>A. De huisbewaarder</h3>"
        + kv([("Naam", e(sn)), ("Geboortedatum", c.d(sitter.birth_date)),
              ("Woonsituatie", "<br>".join(f"{c.tick(i == living_pick)} {e(t)}" for i, (t, _) in enumerate(living))),
              ("Aantal minderjarige kinderen", str(children))], cls="lines", label_width="58mm")
        + "<h3>B. De periode</h3>"
        + kv([("Vertrekdatum huurder", c.d(leaves)), ("Ingangsdatum huisbewaring", c.d(start)), ("Einddatum huisbewaring", c.d(end))], cls="lines", label_width="58mm")
        + "<h3>C. De reden</h3><table class='ruled' style='width:100%'><tr><th></th><th>Reden</th><th>Mee te sturen bewijsstuk</th></tr>" + reasons + "</table>"
        + "<h3>D. De kosten</h3>"
        + kv([("Kale huur", c.a(rent)), ("Servicekosten", c.a(values.amount(c.rng.randint(15, 90)))),
              ("Vergoeding huisbewaarder aan huurder per maand", c.a(comp))], cls="lines", label_width="80mm")
        + "<h3>E. De huurder</h3>"
        + kv([("Naam", e(tn)), ("Geboortedatum", c.d(tenant.birth_date)), ("Adres", f"{e(home.line1())}, {e(home.city)}"),
              ("Datum ondertekening", c.d(signed))], cls="lines", label_width="58mm")
        + "<p class='small' style='margin-top:4mm'>Handtekening huurder: ______________ &nbsp;&nbsp; Handtekening huisbewaarder: ______________</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; line-height: 1.28; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh5 split ----------------------------------------------------------------------------

_REASON5 = {  # contract value: (the template's answer, the article's words)
    "work_or_study": ("werk / studie in het buitenland", "omdat de huurder tijdelijk elders gaat werken of studeren"),
    "care": ("zorg voor familielid / opname", "omdat de huurder tijdelijk elders verblijft voor zorg of een opname"),
    "trial_cohabitation": ("proefsamenwonen", "omdat de huurder gaat proefsamenwonen"),
    "travel": ("(wereld)reis", "omdat de huurder een lange reis maakt"),
    "other": ("anders: detentie", "om een andere reden, te weten: detentie"),
}


def email_thread_print(c: Ctx):
    """Fresh5. A mail thread printed from Outlook: on top the corporation's reply (an employee's name, its own later date, a case number), below "-----Oorspronkelijk bericht-----" with Van / Verzonden / Aan / Onderwerp and the tenant's message filled in on the corporation's e-mail template ("Naam huurder:", "Naam huisbewaarder:", "Periode: van ... tot en met ...", yes/no answers as words), closed by "Datum: ..." and the typed name as signature."""
    c.font_of(("Calibri", "Carlito", "Liberation Sans", "Open Sans"))
    c.restyle5(dates=("wd_abbr_short",), amounts=("euro", "euro_dash_word", "tight_whole"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    employee = c.person()
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first", "given_initials"))
    replied = signed + dt.timedelta(days=c.rng.randint(1, 6))
    style = c.pick("nopad", "long", "dash")
    d = lambda day: e(values.date_text(day, style))  # noqa: E731  the dates the tenant typed, in one notation of his own
    domain = corp.lower().replace(" ", "").replace("'", "") + ".nl"
    addr = lambda p: f"{p.given[0].lower()}.{p.surname.split()[-1].lower().replace(' ', '')}"  # noqa: E731
    home = people.address(c.rng)
    template = [("Naam huurder", e(tn)), ("Adres", f"{e(home.line1())}, {e(home.city)}"), ("Huurcontractnummer", str(c.rng.randint(100000, 999999))),
                ("Naam huisbewaarder", e(sn)), ("Geboortedatum huisbewaarder", d(sitter.birth_date)),
                ("Periode", f"van {d(start)} tot en met {d(end)}"), ("Reden", e(_REASON5[reason][0])),
                ("Vergoeding per maand", c.a(comp)), ("Heeft de huisbewaarder een eigen woning?", "ja" if own else "nee"),
                ("Heeft de huisbewaarder minderjarige kinderen?", "ja" if kids else "nee"), ("Datum", d(signed)), ("Naam (geldt als handtekening)", e(tn))]
    body = (
        f"<div style='font-size:12pt;font-weight:bold;border-bottom:2px solid #333;padding-bottom:1mm;margin-bottom:3mm'>{e(tn)}</div>"
        + mail_header([("Van:", f"Klantenservice {e(corp)} &lt;klantenservice@{e(domain)}&gt;"), ("Verzonden:", f"{c.d(replied)} {c.rng.randint(8, 17)}:{c.rng.randint(0, 59):02d}"),
                       ("Aan:", f"{e(addr(tenant))}@{e(c.pick('gmail.com', 'hotmail.com', 'live.nl'))}"), ("Onderwerp:", f"RE: Aanvraag huisbewaring [zaak {c.rng.randint(1000000, 9999999)}]")])
        + f"<p>Beste {e(tenant.salutation().lower().replace('de heer', 'meneer'))} {e(tenant.surname)},</p>"
        "<p>Dank voor uw aanvraag. Wij hebben hem in behandeling genomen en laten u binnen vier weken weten of u toestemming krijgt. "
        "Stuurt u ook een bewijs van de reden van uw afwezigheid mee?</p>"
        f"<p>Met vriendelijke groet,<br>{e(employee.name('first'))}<br>Klantenservice {e(corp)}</p>"
        "<div style='margin-top:5mm;color:#333'>-----Oorspronkelijk bericht-----</div>"
        + mail_header([("Van:", f"{e(tn)} &lt;{e(addr(tenant))}@...&gt;"), ("Verzonden:", f"{c.d(signed)} {c.rng.randint(7, 23)}:{c.rng.randint(0, 59):02d}"),
                       ("Aan:", f"klantenservice@{e(domain)}"), ("Onderwerp:", "Aanvraag huisbewaring")])
        + "<p>Goedendag,</p><p>Hierbij vraag ik huisbewaring aan. Ik heb het formulier uit de mail ingevuld:</p>"
        + "".join(f"<div>{e(k)}: {v}</div>" for k, v in template)
        + f"<p style='margin-top:3mm'>Met vriendelijke groet,<br>{e(tn)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def aanvraag_en_overeenkomst_two_page(c: Ctx):
    """Fresh5. Two pages under a running head: page 1 "Aanvraag toestemming huisbewaring" (tenant with contract number, the tenant's temporary address abroad or elsewhere, the sitter with birth date and current address, the reasons as ticked options, the period); page 2 the "Huisbewaringsovereenkomst" articles (the compensation in an article beside the current rent, the sitter's declarations on own home and children in sentences), signed at a place and date by both."""
    c.font_of(c.pick(SERIF, SANS))
    c.restyle5(dates=("long", "dash", "roman", "dot_pad"), amounts=("euro", "space_group", "EUR_dot"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "initials_spaced", "first")), sitter.name(c.pick("all", "first"))
    home, away, now = people.address(c.rng), c.pick("Calle Mayor 12, Valencia (Spanje)", "p/a Stationsweg 4, Zwolle", "Rua Augusta 88, Lissabon", "Hauptstrasse 3, Keulen"), people.address(c.rng)
    rent = values.amount(c.rng.choice((612.35, 689.9, 734.1, 801.55, 879.66)))
    options = "".join(f"<div>{c.tick(k == reason)} {e(v[0])}</div>" for k, v in _REASON5.items())
    own_text = ("De huisbewaarder verklaart dat hij/zij elders een eigen (huur)woning heeft." if own else
                "De huisbewaarder verklaart geen eigen zelfstandige woonruimte te hebben.")
    kids_text = ("De huisbewaarder heeft minderjarige kinderen, die tijdens de huisbewaring in de woning verblijven." if kids else
                 "De huisbewaarder heeft geen minderjarige kinderen.")
    arts = [("Partijen", f"{e(tn)} (huurder) en {e(sn)} (huisbewaarder), geboren {c.d(sitter.birth_date)}."),
            ("Duur", f"De huisbewaring gaat in op {c.d(start)} en eindigt uiterlijk op {c.d(end)}, zonder dat opzegging nodig is."),
            ("Reden", f"De huisbewaring wordt aangegaan {e(_REASON5[reason][1])}."),
            ("Vergoeding", f"De huisbewaarder betaalt de huurder een vergoeding van {c.a(comp)} per maand. De huurder blijft de huur van {c.a(rent)} per maand aan {e(corp)} betalen."),
            ("Verklaringen", f"{e(own_text)} {e(kids_text)}"),
            ("Einde", "Na afloop verlaat de huisbewaarder de woning; hij/zij krijgt geen huurrechten.")]
    body = (
        running(f"{e(corp)} · huisbewaring · dossier {c.rng.randint(10000, 99999)}", "Formulier HB-02 · lever beide pagina's in")
        + f"<div class='logo' style='font-size:15pt'>{e(corp)}</div>"
        "<h1 style='margin-top:5mm'>Aanvraag toestemming huisbewaring</h1>"
        "<h3>1. Huurder</h3>"
        + kv([("Naam", e(tn)), ("Huurcontractnummer", str(c.rng.randint(100000, 999999))), ("Adres van de woning", f"{e(home.line1())}, {e(home.city)}"),
              ("Tijdelijk verblijfadres", e(away))], label_width="52mm")
        + "<h3>2. Huisbewaarder</h3>"
        + kv([("Naam", e(sn)), ("Geboortedatum", c.d(sitter.birth_date)), ("Huidig adres", f"{e(now.line1())}, {e(now.city)}")], label_width="52mm")
        + f"<h3>3. Reden van afwezigheid</h3>{options}"
        f"<h3>4. Periode</h3><p>van {c.d(start)} tot en met {c.d(end)}</p>"
        "<p class='small'>De huisbewaringsovereenkomst op pagina 2 is onderdeel van deze aanvraag.</p>"
        "<div style='page-break-before:always'></div>"
        "<h2 style='margin-top:4mm'>Huisbewaringsovereenkomst</h2>"
        + articles(arts)
        + f"<p style='margin-top:6mm'>Aldus overeengekomen en ondertekend te {e(home.city)} op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:4mm'><tr><td>De huurder<br><br><br>{e(tn)}</td><td>De huisbewaarder<br><br><br>{e(sn)}</td></tr></table>"
    )  # fmt: skip
    css = "@page { margin-top: 24mm; @bottom-right { content: 'pagina ' counter(page) ' van ' counter(pages); font-size: 7.5pt; } }"
    return page(c, body, css), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def doorslag_formulier_geel(c: Ctx):
    """Fresh5. The yellow carbon copy of a pre-printed form filled in with a ballpoint: labels and a form number in red, the values in a handwriting font, dates written "05-03-26" (the sitter's birth date in full), the compensation "350,- euro", Ja / Nee with one circled, "Exemplaar huurder (geel)" at the foot."""
    hand = c.rng.choice(HAND)
    c.font_of(("Liberation Sans", "DejaVu Sans", "FreeSans"))
    c.restyle5(dates=("dash_2y", "roman", "dash_2y"), amounts=("euro_dash_word", "tight_whole"))
    c.check_style = "circle"
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first"))
    w = lambda v: f"<span class='script'>{v}</span>"  # noqa: E731
    red = "#b3261e"
    box = lambda label, value, width="": (f"<td style='border:0.8px solid {red};padding:1px 4px 3px 4px;{('width:' + width) if width else ''}'>"  # noqa: E731
                                          f"<div style='font-size:6.5pt;color:{red}'>{e(label)}</div><div style='min-height:14pt'>{value}</div></td>")
    options = " &nbsp; ".join(f"<span style='white-space:nowrap'>{'☒' if k == reason else '☐'}&nbsp;<span style='color:{red}'>{e(v[0])}</span></span>" for k, v in _REASON5.items())
    body = (
        f"<table style='width:100%;color:{red}'><tr><td><b style='font-size:13pt'>{e(corp)}</b><br><span style='font-size:8pt'>Huisbewaring — aanvraagformulier</span></td>"
        f"<td class='right' style='font-size:12pt'>Nº {c.rng.randint(1000, 99999):06d}</td></tr></table>"
        "<table style='width:100%;border-collapse:collapse;margin-top:4mm'>"
        f"<tr>{box('Naam huurder', w(e(tn)), '60%')}{box('Huurnummer', w(str(c.rng.randint(10000, 99999))))}</tr>"
        f"<tr>{box('Naam huisbewaarder', w(e(sn)))}{box('Geboortedatum huisbewaarder', w(e(values.date_text(sitter.birth_date, c.pick('dash', 'nopad', 'roman')))))}</tr>"
        f"<tr>{box('Ingangsdatum', w(c.d(start)))}{box('Einddatum', w(c.d(end)))}</tr>"
        f"<tr>{box('Vergoeding per maand', w(c.a(comp)))}{box('Telefoon', w('06-' + str(c.rng.randint(10000000, 99999999))))}</tr></table>"
        f"<div style='margin-top:4mm;color:{red};font-size:9pt'>Reden (aankruisen):</div><div style='font-size:9pt'>{options}</div>"
        f"<table style='margin-top:4mm;font-size:10pt'><tr><td style='color:{red};padding-right:6mm'>Heeft de huisbewaarder een eigen woning?</td><td>{c.check(own, 'Ja', 'Nee')}</td></tr>"
        f"<tr><td style='color:{red}'>Heeft de huisbewaarder kinderen jonger dan 18 jaar?</td><td>{c.check(kids, 'Ja', 'Nee')}</td></tr></table>"
        "<table style='width:100%;border-collapse:collapse;margin-top:6mm'>"
        f"<tr>{box('Datum', w(c.d(signed)), '35%')}{box('Handtekening huurder', w('~ ' + e(tenant.given[0]) + ' ~'))}{box('Handtekening huisbewaarder', w('~ ' + e(sitter.given[0][0]) + '. ~'))}</tr></table>"
        f"<div style='margin-top:8mm;font-size:7.5pt;color:{red}'>Wit: {e(corp)} · Roze: huisbewaarder · <b>Geel: exemplaar huurder</b> · Druk stevig, u schrijft door op drie vellen.</div>"
    )  # fmt: skip
    css = (SCRIPT_CSS % hand) + " body { background: #fbf1a6; font-size: 10pt; } @page { background: #fbf1a6; }"
    return page(c, body, css), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh6 split ----------------------------------------------------------------------------

_PORTAL_REASONS = {
    "work_or_study": "Tijdelijk werk of studie buiten de regio",
    "care": "Mantelzorg geven / zorg elders",
    "trial_cohabitation": "Proef samenwonen",
    "travel": "Langdurige reis",
    "other": "Overig (toelichting hieronder)",
}


def portaal_samenvatting_referentie(c: Ctx):
    """Fresh6. The PDF a corporation's tenant portal makes after the request is sent ("Samenvatting van uw aanvraag"): the corporation's reference number "HB-2026-004711" and the time of sending on top, a row of four completed steps, then per step a ruled table of questions and answers (the tenant's customer number and e-mail, the sitter's name and birth date, the period "van ... tot en met ...", the reason as the dropdown's text, the monthly compensation, Ja / Nee for own home and minor children), the digital consent "Ik verklaar dat ik dit formulier naar waarheid heb ingevuld" ticked with the date."""
    c.font_of(c.pick(("Open Sans", "Cantarell", "Carlito"), NARROW))
    c.restyle6(dates=("dash", "pad_short_nodot", "iso"), amounts=("euro", "EUR_dash"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    form = c.pick("all", "first", "given_initials")
    tn, sn = tenant.name(form), sitter.name(form)
    ref = f"HB-{signed.year}-{c.rng.randint(1, 9999):06d}"
    steps = "".join(f"<td style='text-align:center;padding:2mm;background:#e6f2ea;border:0.6px solid #9c9'>✓ {i + 1}. {e(t)}</td>"
                    for i, t in enumerate(("Uw gegevens", "Huisbewaarder", "Periode en reden", "Controleren")))
    sections = [
        ("1. Uw gegevens", [("Naam huurder", e(tn)), ("Klantnummer", str(c.rng.randint(1000000, 9999999))),
                            ("E-mailadres", e(f"{tenant.given[0].lower()}.{tenant.surname.split()[-1].lower()}@{c.pick('gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl')}"))]),
        ("2. Huisbewaarder", [("Naam huisbewaarder", e(sn)), ("Geboortedatum huisbewaarder", e(values.date_text(sitter.birth_date, "dash"))),
                              ("Heeft de huisbewaarder een eigen (huur- of koop)woning?", "Ja" if own else "Nee"),
                              ("Heeft de huisbewaarder minderjarige kinderen?", "Ja" if kids else "Nee")]),
        ("3. Periode en reden", [("Ingangsdatum huisbewaring", c.d(start)), ("Einddatum huisbewaring (tot en met)", c.d(end)),
                                 ("Reden van afwezigheid", e(_PORTAL_REASONS[reason])), ("Vergoeding per maand", c.a(comp))]),
    ]
    tables = "".join(f"<h3>{e(title)}</h3><table class='ruled' style='width:100%'>"
                     + "".join(f"<tr><td style='width:48%;color:#333'>{e(q)}</td><td>{a}</td></tr>" for q, a in rows) + "</table>"
                     for title, rows in sections)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span><br><span class='small'>Mijn {e(corp)} · huurdersportaal</span></td>"
        f"<td class='right small'>Referentienummer<br><b style='font-size:11pt'>{e(ref)}</b><br>Verzonden {e(values.date_text(signed, 'dash'))} om {c.rng.randint(7, 23):02d}:{c.rng.randint(0, 59):02d}</td></tr></table>"
        "<h1 style='margin-top:5mm'>Samenvatting van uw aanvraag huisbewaring</h1>"
        f"<table style='width:100%;border-collapse:separate;border-spacing:2mm 0;font-size:8.5pt'><tr>{steps}</tr></table>"
        + tables
        + f"<p style='margin-top:4mm'>☑ Ik verklaar dat ik dit formulier naar waarheid heb ingevuld. &nbsp; Datum: {c.d(signed)}</p>"
        f"<p class='small'>Bewaar deze samenvatting. Noem bij vragen altijd uw referentienummer {e(ref)}. U krijgt binnen 8 weken een besluit.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def getypte_brief_bijlagen(c: Ctx):
    """Fresh6. A tenant's typed formal letter: the sender's name and address top left, the corporation's address below, "Plaats, 5 maart '26", "Betreft: verzoek om toestemming voor huisbewaring", the facts as a numbered list (the period "met ingang van ... tot ...", the reason in a sentence, the sitter with birth date, the monthly compensation for fixed costs, the sitter's own home and children in words), "Bijlagen:" listing a copy of the employment contract and the sitter's ID, the tenant's name under the closing."""
    c.font_of(c.pick(SERIF, ("Go", "Liberation Sans", "Carlito")))
    c.restyle6(dates=("apos_year", "long", "dash"), amounts=("EUR_dash", "euro", "dash"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    corp_box, corp_place = people.issuer_address(c.rng)
    him = "hij" if sitter.sex == "m" else "zij"
    items = [
        f"Ik ben afwezig met ingang van {values.date_text(start, c.date_style)} tot en met {values.date_text(end, c.date_style)}.",
        f"De reden van mijn afwezigheid: {REASONS[reason][1]}.",
        f"Tijdens mijn afwezigheid woont {sn}, geboren op {values.date_text(sitter.birth_date, 'long')}, in mijn woning.",
        f"{sn} betaalt mij een vergoeding van {values.amount_text(comp, c.amount_style)} per maand voor de vaste lasten.",
        f"{him.capitalize()} heeft {'wel' if own else 'geen'} eigen woning en {'wel' if kids else 'geen'} minderjarige kinderen.",
    ]
    annex = ["kopie arbeidsovereenkomst" if reason == "work_or_study" else "verklaring over de reden van afwezigheid", "kopie identiteitsbewijs huisbewaarder"]
    body = (
        f"<p>{e(tn)}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))} {e(home.city)}</p>"
        f"<p style='margin-top:8mm'>{e(corp)}<br>t.a.v. afdeling Woonzaken<br>{e(corp_box)}<br>{e(corp_place)}</p>"
        f"<p style='margin-top:8mm'>{e(home.city)}, {c.d(signed)}</p>"
        "<p><b>Betreft: verzoek om toestemming voor huisbewaring</b></p><p>Geachte heer, mevrouw,</p>"
        f"<p>Hierbij vraag ik uw toestemming om mijn woning aan {e(home.street)} {e(home.house_number_text)} tijdelijk door een huisbewaarder te laten bewonen.</p>"
        f"<ol>{''.join(f'<li>{e(x)}</li>' for x in items)}</ol>"
        "<p>Ik hoor graag of u akkoord gaat. Voor vragen ben ik bereikbaar op mijn mobiele nummer.</p>"
        f"<p>Met vriendelijke groet,<br><br><br>{e(tn)}</p>"
        f"<p class='small' style='margin-top:8mm'>Bijlagen:<br>{'<br>'.join('- ' + e(a) for a in annex)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh7 split ----------------------------------------------------------------------------

_LEAFLET_REASONS = {
    "work_or_study": "werk of studie elders",
    "care": "zorg of opname",
    "trial_cohabitation": "proefsamenwonen",
    "travel": "een lange reis",
    "other": "anders, namelijk:",
}
_OTHER_HAND = ("detentie", "na mijn scheiding tijdelijk elders", "persoonlijke omstandigheden", "verbouwing eigen bedrijf")


def _hand_box(value: bool) -> str:
    """A small printed box, checked with a ballpoint stroke (a blue check mark) or left empty."""
    mark = "<span style='color:#1a2f8a;font-family:\"DejaVu Sans\";font-size:10pt;position:relative;top:-1px'>✓</span>" if value else "&nbsp;"
    return f"<span style='display:inline-block;width:3.6mm;height:3.6mm;border:0.8px solid #333;line-height:3.6mm;text-align:center;vertical-align:middle'>{mark}</span>"


def folder_afscheurstrook_landscape(c: Ctx):
    """Fresh7. A corporation's leaflet printed on A4 landscape to be folded in three: panel 1 "Even weg? Laat uw woning bewaren" with the rules (at least three months, at most a year, the sitter 18 or older, a compensation of at most the rent) and an example with its own dates and amount, panel 2 the steps and the evidence to send, panel 3 behind a dashed line and scissors the tear-off form filled in by hand: labels above dotted lines, the period "van ... tot en met ...", the reasons and the two yes/no questions as small boxes with a ballpoint check mark, the compensation and a date beside the signature."""
    hand = c.rng.choice(HAND)
    c.font_of(c.pick(SANS7, SANS))
    c.restyle7(dates=("dash", "nopad", "dash_mon_upper"), amounts=("dash_bare", "euro_word", "EUR_dashdash"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first", "first")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    w = lambda v: f"<span class='script'>{v}</span>"  # noqa: E731
    line = lambda label, value: (f"<div style='font-size:7.5pt;color:#444;margin-top:1.6mm'>{e(label)}</div>"  # noqa: E731
                                 f"<div style='border-bottom:1px dotted #666;white-space:nowrap;min-height:13pt'>{w(value)}</div>")
    reasons = "".join(f"<div style='white-space:nowrap'>{_hand_box(k == reason)} {e(v)}"
                      + (f"<br>&nbsp; &nbsp; {w(e(c.rng.choice(_OTHER_HAND)))}" if k == reason == "other" else "") + "</div>" for k, v in _LEAFLET_REASONS.items())
    yes_no = lambda value: f"{_hand_box(value)} ja &nbsp; {_hand_box(not value)} nee"  # noqa: E731
    example_start = dt.date(signed.year, c.rng.choice((2, 3, 9)), 1)
    panel1 = (
        f"<div class='logo' style='font-size:14pt;color:#005a7a'>{e(corp)}</div><h2 style='font-size:15pt;color:#005a7a'>Even weg?<br>Laat uw woning bewaren.</h2>"
        "<p>Gaat u tijdelijk ergens anders wonen? Dan mag iemand anders in die tijd in uw woning wonen: een huisbewaarder. U heeft daarvoor "
        "altijd vooraf onze toestemming nodig.</p><h3>De regels</h3><ul style='padding-left:4mm'>"
        "<li>U bent minimaal 3 maanden en maximaal 12 maanden weg.</li><li>De huisbewaarder is 18 jaar of ouder.</li>"
        "<li>De huisbewaarder heeft geen eigen woning.</li><li>De vergoeding is niet hoger dan uw huur.</li>"
        "<li>U vraagt het minstens 4 weken van tevoren aan.</li></ul>"
        f"<p class='small'><b>Voorbeeld:</b> Sanne gaat voor haar werk naar Zweden van {e(values.date_text(example_start, 'long'))} tot en met "
        f"{e(values.date_text(example_start + dt.timedelta(days=181), 'long'))}. Haar neef past op het huis en betaalt € 250 per maand.</p>"
    )
    panel2 = (
        "<h3>Zo vraagt u het aan</h3><ol style='padding-left:4mm'><li>Vul de strook hiernaast in.</li><li>Laat de huisbewaarder meetekenen.</li>"
        "<li>Stuur de strook met de bewijsstukken naar ons.</li><li>U krijgt binnen 4 weken antwoord.</li></ol>"
        "<h3>Bewijsstukken</h3><ul style='padding-left:4mm'><li>werk of studie: een contract of verklaring</li><li>zorg: een verklaring van de instelling</li>"
        "<li>reis: tickets of een reisschema</li><li>een kopie van het identiteitsbewijs van de huisbewaarder</li></ul>"
        f"<p class='small' style='margin-top:8mm'>{e(corp)} · Antwoordnummer {c.rng.randint(1000, 99999)} · {e(c.rng.choice(people.places())[1])}<br>"
        f"Uitgave {c.pick('januari', 'april', 'september')} {signed.year - 1}</p>"
    )
    panel3 = (
        "<div style='font-size:7.5pt;color:#666'>✂ - - - - - - - - - - - - - hier afknippen - - - - - - - - - - - - -</div>"
        "<b style='font-size:11pt'>Aanvraag huisbewaring</b>"
        + line("Naam huurder", e(tn)) + line("Adres", f"{e(home.street)} {e(home.house_number_text)}")
        + line("Naam huisbewaarder", e(sn)) + line("Geboortedatum huisbewaarder", e(values.date_text(sitter.birth_date, c.pick("dash", "nopad"))))
        + line("Ik ben weg van", c.d(start)) + line("tot en met", c.d(end))
        + f"<div style='font-size:7.5pt;color:#444;margin-top:1.6mm'>Reden</div><div style='font-size:8.5pt'>{reasons}</div>"
        + line("Vergoeding per maand", c.a(comp))
        + f"<div style='font-size:8.5pt;margin-top:1.6mm'>Heeft de huisbewaarder een eigen woning?<br>{yes_no(own)}</div>"
        + f"<div style='font-size:8.5pt;margin-top:1mm'>Heeft de huisbewaarder kinderen onder de 18?<br>{yes_no(kids)}</div>"
        + line("Datum", c.d(signed)) + line("Handtekening huurder", f"~ {e(tenant.given[0])} ~")
    )
    body = (
        "<table style='width:100%;table-layout:fixed'><tr>"
        f"<td style='padding:0 6mm 0 0;border-right:0.5px dashed #bbb'>{panel1}</td>"
        f"<td style='padding:0 6mm;border-right:0.5px dashed #bbb'>{panel2}</td>"
        f"<td style='border:1.2px dashed #333;padding:3mm'>{panel3}</td></tr></table>"
    )  # fmt: skip
    css = (SCRIPT_CSS % hand) + " @page { size: A4 landscape; margin: 10mm 10mm 10mm 10mm; } body { font-size: 9pt; line-height: 1.3; } .script { font-size: 11.5pt; }"
    return page(c, body, css), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_AWAY_AT = {
    "work_or_study": ("werkt tijdelijk in", ("Stavanger (Noorwegen)", "Lyon, Frankrijk", "Doha (Qatar)", "Gdańsk, Polen")),
    "care": ("is opgenomen in", ("Zorgcentrum De Vijverhof", "Revalidatiecentrum De Hoogstraat", "Verpleeghuis Het Baken", "Ziekenhuis Rijnstate")),
    "trial_cohabitation": ("woont op proef bij de partner in", ("Almere", "Zwolle", "Breda", "Leeuwarden")),
    "travel": ("maakt een lange reis door", ("Zuid-Amerika", "Australië en Nieuw-Zeeland", "Zuidoost-Azië")),
    "other": ("verblijft tijdelijk in", ("PI Vught", "een instelling", "PI Zwolle", "het buitenland")),
}
_REPRESENTATIVE_ROLES = {"f": ("dochter", "zus", "bewindvoerder", "mentor", "consulent wijkteam"),
                         "m": ("zoon", "broer", "bewindvoerder", "mentor", "consulent wijkteam")}


def gemachtigde_formulier_grid(c: Ctx):
    """Fresh7. "Aanvraag huisbewaring door een gemachtigde": a corporation's form for a tenant who cannot sign (admitted, detained, abroad), filled in by the tenant's representative; per section a two-column grid of label/value pairs: 1 the tenant (name as "achternaam, voornamen", customer number, the address, where the tenant now stays), 2 the representative (name, relation, phone, the date of the power of attorney: a decoy date), 3 the sitter (name, birth date, current address) with own home and minor children as check marks under Ja or Nee, 4 the period and the reason, the compensation; 5 the representative's declaration with place and date (the signing date) and a signature box; dates as "05-MRT-2026"."""
    c.font_of(c.pick(SANS7, SERIF7, SANS))
    c.restyle7(dates=("dash_mon_upper", "dash_mon_upper", "dash", "long"), amounts=("euro", "EUR_dashdash", "dash"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn = tenant.name(c.pick("particle_cap_reversed", "all", "initials"))
    sn = sitter.name(c.pick("all", "first", "particle_cap_reversed"))
    rep = c.person(born=(1955, 1998))
    role = c.rng.choice(_REPRESENTATIVE_ROLES[rep.sex])
    authorised = signed - dt.timedelta(days=c.rng.randint(10, 150))
    home, sitter_home = people.address(c.rng), people.address(c.rng)
    verb, places = _AWAY_AT[reason]
    section = lambda title, pairs: f"<h3 style='border-bottom:1.5px solid #444;margin-top:4mm'>{e(title)}</h3>" + grid(pairs, columns=2, label_width="34mm")  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td>"
        f"<td class='right small'>Woonservice · formulier HB-G</td></tr></table>"
        "<h1 style='margin-top:4mm'>Aanvraag huisbewaring door een gemachtigde</h1>"
        "<p class='small'>Gebruik dit formulier als de huurder de aanvraag zelf niet kan invullen of ondertekenen. Stuur een kopie van de machtiging mee.</p>"
        + section("1. Huurder", [("Naam", e(tn)), ("Klantnummer", str(c.rng.randint(100000, 999999))),
                                 ("Adres woning", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode en plaats", f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
                                 ("Situatie huurder", f"{e(verb)} {e(c.rng.choice(places))}")])
        + section("2. Gemachtigde", [("Naam", e(rep.name(c.pick("all", "initials")))), ("Relatie tot huurder", e(role)),
                                     ("Telefoon", f"06-{c.rng.randint(10000000, 99999999)}"), ("Machtiging d.d.", c.d(authorised))])
        + section("3. Huisbewaarder", [("Naam", e(sn)), ("Geboortedatum", e(values.date_text(sitter.birth_date, c.pick("dash", "long")))),
                                       ("Huidig adres", f"{e(sitter_home.line1())}"), ("Woonplaats", e(sitter_home.city))])
        + "<div style='margin-top:2mm;width:80%'>" + check_columns([("Heeft de huisbewaarder een eigen huur- of koopwoning?", own),
                                                                     ("Heeft de huisbewaarder minderjarige kinderen?", kids)]) + "</div>"
        + section("4. Periode, reden en vergoeding", [("Ingangsdatum", c.d(start)), ("Einddatum", c.d(end)),
                                                      ("Reden", e(_OPTIONS[reason][c.rng.randint(0, 1)])), ("Vergoeding per maand", c.a(comp))])
        + "<h3 style='border-bottom:1.5px solid #444;margin-top:4mm'>5. Ondertekening</h3>"
        "<p>Ondergetekende verklaart als gemachtigde van de huurder dit formulier volledig en naar waarheid te hebben ingevuld.</p>"
        + grid([("Plaats", e(c.rng.choice(people.places())[1])), ("Datum", c.d(signed)), ("Handtekening gemachtigde", "<div style='border:0.8px solid #666;height:12mm;width:45mm'></div>")],
               columns=2, label_width="34mm")
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; } @page { margin: 13mm 15mm 13mm 15mm; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh8 split ----------------------------------------------------------------------------

_TR_REASONS = {
    "work_or_study": ("Werk of studie", "İş veya eğitim"),
    "care": ("Zorg of opname", "Bakım veya hastaneye yatış"),
    "trial_cohabitation": ("Proefsamenwonen", "Deneme amaçlı birlikte yaşama"),
    "travel": ("Lange reis", "Uzun seyahat"),
    "other": ("Anders", "Diğer"),
}


def tweetalig_turks_formulier(c: Ctx):
    """Fresh8. A corporation's form in Dutch and Turkish (as corporations in the big cities hand out to tenants who read Turkish better): every label "Huurder / Kiracı", "Geboortedatum / Doğum tarihi", "Vergoeding per maand / Aylık ücret", the Turkish in a second colour; the tenant and the sitter (often family, with Turkish names and their letters ı, ş, ğ) written in by hand in light block letters, the dates as 05-03-2026 or 05.03.2026, the reasons and the yes/no questions as boxes crossed under "Ja / Evet" and "Nee / Hayır", the compensation as "€ 300,=", a place and date beside the tenant's signature."""
    hand = c.rng.choice(HAND8)
    c.font_of(c.pick(SANS8, ("Liberation Sans", "Carlito", "Open Sans")))
    c.restyle8(dates=("dash", "dot_pad"), amounts=("euro_is", "euro_is", "euro_word"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    tenant = c.person(origin="tr", born=(1950, 2000))
    sitter = c.person(origin="tr", born=(1965, 2007), surname=tenant.surname if c.rng.random() < 0.5 else None)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    w = lambda v: f"<span style='font-family:\"{hand}\";color:#1a2f8a;font-size:11.5pt'>{v}</span>"  # noqa: E731
    two = lambda nl, tr: f"{e(nl)} <span style='color:#a3221d'>/ {e(tr)}</span>"  # noqa: E731
    x = lambda on: f"<span style='display:inline-block;width:4mm;height:4mm;border:0.8px solid #444;text-align:center;line-height:4mm'>{w('X') if on else '&nbsp;'}</span>"  # noqa: E731
    line = lambda nl, tr, value: (f"<tr><td style='width:62mm;padding:2mm 0 0 0'>{two(nl, tr)}</td>"  # noqa: E731
                                  f"<td style='border-bottom:0.8px solid #777;padding:2mm 0 0 2mm'>{w(value)}</td></tr>")
    section = lambda nl, tr: f"<div style='background:#f1e4e3;padding:1mm 3mm;margin-top:4mm;font-weight:bold'>{two(nl, tr)}</div>"  # noqa: E731
    yes_no = lambda nl, tr, value: (f"<tr><td colspan='2' style='padding:2mm 0 0 0'>{two(nl, tr)} &nbsp; {x(value)} Ja / Evet &nbsp; {x(not value)} Nee / Hayır</td></tr>")  # noqa: E731
    reasons = "<br>".join(f"{x(k == reason)} {two(nl, tr)}" for k, (nl, tr) in _TR_REASONS.items())
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td>"
        "<td class='right small'>Formulier huisbewaring<br><span style='color:#a3221d'>Ev bakıcılığı formu</span></td></tr></table>"
        f"<h1 style='margin-top:4mm;margin-bottom:0'>Aanvraag huisbewaring</h1><div style='color:#a3221d;font-size:12.5pt'>Ev bakıcılığı başvurusu</div>"
        + section("1. Huurder", "Kiracı") + "<table style='width:100%'>"
        + line("Naam", "Adı soyadı", e(tn)) + line("Adres", "Adres", f"{e(home.street)} {e(home.house_number_text)}")
        + line("Postcode en plaats", "Posta kodu ve şehir", f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}") + "</table>"
        + section("2. Huisbewaarder", "Eve bakacak kişi") + "<table style='width:100%'>"
        + line("Naam", "Adı soyadı", e(sn)) + line("Geboortedatum", "Doğum tarihi", e(values.date_text(sitter.birth_date, c.pick("dash", "dot_pad"))))
        + yes_no("Heeft de huisbewaarder een eigen woning?", "Kendi evi var mı?", own)
        + yes_no("Heeft de huisbewaarder kinderen jonger dan 18 jaar?", "18 yaşından küçük çocukları var mı?", kids) + "</table>"
        + section("3. Periode en reden", "Süre ve sebep") + "<table style='width:100%'>"
        + line("Vertrekdatum", "Başlangıç tarihi", c.d(start)) + line("Terugkeerdatum", "Dönüş tarihi", c.d(end))
        + f"<tr><td style='padding:2mm 0 0 0;vertical-align:top'>{two('Reden', 'Sebep')}</td><td style='padding:2mm 0 0 2mm'>{reasons}</td></tr>"
        + line("Vergoeding per maand", "Aylık ücret", c.a(comp)) + "</table>"
        + section("4. Ondertekening", "İmza") + "<table style='width:100%'>"
        + line("Plaats", "Yer", e(home.city)) + line("Datum", "Tarih", c.d(signed))
        + line("Handtekening huurder", "Kiracının imzası", f"<i>{e(tenant.given[0])} {e(tenant.surname)}</i>") + "</table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.2pt; } @page { margin: 12mm 15mm 12mm 15mm; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_INTAKE_REASONS = {
    "work_or_study": ("werk/studie", ("tijdelijk werk in Noorwegen, contract werkgever meegenomen", "studie in het buitenland (1 semester)", "project in Dubai")),
    "care": ("zorg", ("opname revalidatiecentrum", "gaat bij zieke moeder wonen", "verblijf in zorginstelling")),
    "trial_cohabitation": ("proefsamenwonen", ("gaat proefwonen bij partner", "samenwonen op proef, eigen woning partner")),
    "travel": ("reis", ("wereldreis", "lange reis door Azië")),
    "other": ("overig", ("detentie", "persoonlijke omstandigheden, niet toegelicht")),
}


def intake_balie_verslag(c: Ctx):
    """Fresh8. The report a corporation's counter employee types during an intake talk about house-sitting ("Gespreksverslag balie"), printed for the tenant to sign: a head with the employee, the talk's own date and time (a decoy date) and a case number, then a ruled three-column table "Onderwerp | Antwoord huurder | Notitie medewerker" whose notes hold decoys (the current rent, the sitter's passport's expiry date, the last house-sitting "geen"), the tenant's name surname first without a comma ("van der Meer J.C.", as the customer system sorts it), and "Voor akkoord" with the tenant's own date under the table (the signing date)."""
    c.font_of(c.pick(SANS8, ("Carlito", "Liberation Sans Narrow", "DejaVu Sans Condensed")))
    c.restyle8(dates=("iso", "dash", "iso"), amounts=("euro",))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn = tenant.name(c.pick("surname_initials_nocomma", "surname_initials_nocomma", "initials"))
    sn = sitter.name(c.pick("all", "first"))
    talk = signed - dt.timedelta(days=c.rng.choice((0, 0, 1, 2, 5)))
    employee = c.person(born=(1965, 2000))
    home = people.address(c.rng)
    rent = values.amount(c.rng.randint(480, 920) + c.rng.randint(0, 99) / 100)
    passport_until = values.between(c.rng, dt.date(2027, 1, 1), dt.date(2035, 12, 31))
    kind, reasons = _INTAKE_REASONS[reason]
    rows = [
        ("Huurder", f"{e(tn)}<br>{e(home.line1())}, {e(home.city)}", f"klantnr. {c.rng.randint(100000, 999999)}; huur nu {c.a(rent)} p/m"),
        ("Huisbewaarder", f"{e(sn)}<br>geb. {c.d(sitter.birth_date)}", f"ID gezien: paspoort, geldig t/m {c.d(passport_until)}"),
        ("Periode", f"van {c.d(start)} t/m {c.d(end)}", f"{(end - start).days // 30} mnd; minimaal 3 / max. 12"),
        ("Reden", e(c.rng.choice(reasons)), f"categorie: {e(kind)}"),
        ("Vergoeding", f"{c.a(comp)} per maand", "ligt niet boven de huur"),
        ("Eigen woning huisbewaarder", "ja" if own else "nee", "ingeschreven op eigen adres" if own else "woont nu bij ouders/op kamer"),
        ("Minderjarige kinderen", "ja" if kids else "nee", "" if kids else "n.v.t."),
        ("Eerdere huisbewaring", "nee", "laatste huisbewaring: geen"),
    ]
    table = "".join(f"<tr><td style='width:40mm;font-weight:bold'>{e(k)}</td><td>{a}</td><td style='color:#444;font-style:italic'>{n}</td></tr>" for k, a, n in rows)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:14pt'>{e(corp)}</span><br><span class='small'>Klantcontactcentrum · balie</span></td>"
        f"<td class='right small'>Zaaknummer ZK-{c.rng.randint(1000000, 9999999)}<br>Medewerker: {e(employee.name('first'))}<br>"
        f"Gesprek: {c.d(talk)} {c.rng.randint(9, 16):02d}:{c.pick('00', '15', '30', '45')}</td></tr></table>"
        "<h2 style='margin-top:6mm'>Gespreksverslag balie: aanvraag huisbewaring</h2>"
        "<p class='small'>Dit verslag is tijdens het gesprek gemaakt. Controleer de gegevens en teken voor akkoord; daarmee is het uw aanvraag.</p>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr style='background:#eee'><th>Onderwerp</th><th>Antwoord huurder</th><th>Notitie medewerker</th></tr>"
        f"{table}</table>"
        "<p style='margin-top:6mm'>Voor akkoord, de huurder:</p>"
        f"<table style='width:80%'><tr><td style='width:45%'>Naam: {e(tn)}</td><td>Datum: {c.d(signed)}</td></tr>"
        "<tr><td colspan='2' style='height:14mm;border-bottom:0.8px solid #555'>Handtekening:</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh9 split ----------------------------------------------------------------------------


def pdf_invulformulier_blauwe_velden(c: Ctx):
    """Fresh9. A corporation's PDF form filled in on screen and printed: every answer in a pale blue form field with the typed value in the field's own plain face, labels outside the fields, the reasons and the questions as radio buttons printed "(•)" for the chosen and "( )" for the others, the compensation typed as the person typed it ("300.00" or "Euro 300,00"), the dates in the form's date fields as "05/03/26" (the sitter's birth date in full), the form's number and version in the footer and "Datum ondertekening" beside a typed name as the signature."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Cantarell", "Go")))
    c.restyle9(dates=("slash_2y",), amounts=("dot_bare", "Euro_front"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    field = lambda v, w="100%": f"<span style='display:inline-block;width:{w};background:#dfe9ff;border-bottom:0.6px solid #7d9bd6;padding:1px 3px;font-family:\"Liberation Sans\", sans-serif;min-height:11pt'>{v}</span>"  # noqa: E731
    radio = lambda on, label: f"<span style='white-space:nowrap;margin-right:5mm'>{'(•)' if on else '(&nbsp;&nbsp;)'} {e(label)}</span>"  # noqa: E731
    row = lambda label, v: f"<tr><td style='width:55mm;padding:1.6mm 0'>{e(label)}</td><td style='padding:1.6mm 0'>{v}</td></tr>"  # noqa: E731
    reasons = "<br>".join(radio(k == reason, option) for k, (option, _s) in REASONS.items())
    body = (
        f"<table style='width:100%'><tr><td><span style='font-family:\"Open Sans Extrabold\", sans-serif;font-size:15pt'>{e(corp)}</span></td>"
        "<td class='right small'>Invulbaar formulier<br>Sla het formulier op en mail het naar ons terug.</td></tr></table>"
        "<h1 style='margin-top:5mm'>Aanvraag toestemming huisbewaring</h1>"
        "<h3>1 Uw gegevens (huurder)</h3><table style='width:100%'>"
        + row("Naam", field(e(tn))) + row("Adres", field(f"{e(home.street)} {e(home.house_number_text)}"))
        + row("Postcode en woonplaats", field(f"{e(values.postcode_text(home.postcode, False))} {e(home.city)}")) + "</table>"
        + "<h3>2 De huisbewaarder</h3><table style='width:100%'>"
        + row("Naam", field(e(sn))) + row("Geboortedatum (dd-mm-jjjj)", field(e(values.date_text(sitter.birth_date, "dash")), "35mm"))
        + row("Heeft de huisbewaarder een eigen woning?", radio(own, "Ja") + radio(not own, "Nee"))
        + row("Heeft de huisbewaarder kinderen onder de 18?", radio(kids, "Ja") + radio(not kids, "Nee")) + "</table>"
        + "<h3>3 Periode, reden en vergoeding</h3><table style='width:100%'>"
        + row("Ingangsdatum", field(c.d(start), "35mm")) + row("Einddatum", field(c.d(end), "35mm"))
        + f"<tr><td style='vertical-align:top;padding:1.6mm 0'>Reden van afwezigheid</td><td style='padding:1.6mm 0'>{reasons}</td></tr>"
        + row("Vergoeding per maand die de huisbewaarder betaalt", field(c.a(comp), "35mm")) + "</table>"
        + "<h3>4 Ondertekening</h3><table style='width:100%'>"
        + row("Naam", field(e(tn))) + row("Datum ondertekening", field(c.d(signed), "35mm")) + "</table>"
        + f"<div style='position:fixed;bottom:-11mm;left:0;right:0;font-size:7.5pt;color:#555;display:flex;justify-content:space-between'>"
        f"<span>Formulier HB-01 · versie {c.pick('2024-11', '2025-06', '2025-09')}</span><span>Pagina 1 van 1</span></div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; } h3 { border-bottom: 0.8px solid #7d9bd6; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def app_lange_screenshot(c: Ctx):
    """Fresh9. A long ("scrolling") screenshot of a corporation's tenant app printed on a tall narrow page: the phone's status bar with the time and battery, a back arrow and "Mijn aanvragen", a status chip "In behandeling", then cards ("Huurder", "Huisbewaarder", "Periode", "Reden", "Vergoeding", "Vragen over de huisbewaarder") with the answers in the app's light labels, and at the foot "Verstuurd op 05/03/26 om 14:02" (the sending is the signing) with the request number; the dates as the app writes them, "05/03/26", the sitter's birth date in full."""
    c.font_of(c.pick(("Open Sans", "Cantarell"), ("Cantarell", "Go")))
    c.restyle9(dates=("slash_2y",), amounts=("euro", "Euro_front"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first", "first_particle_abbrev"))
    colour = c.pick("#c2185b", "#00796b", "#1565c0", "#ef6c00")
    card = lambda title, rows: (f"<div style='background:#fff;border-radius:3mm;margin:2.5mm 0;padding:2mm 3mm;box-shadow:0 0.4mm 1mm rgba(0,0,0,0.18)'>"  # noqa: E731
                                f"<div style='font-weight:bold;color:{colour};margin-bottom:1mm'>{e(title)}</div>"
                                + "".join(f"<div style='color:#666;font-size:7pt'>{e(k)}</div><div style='margin-bottom:1.2mm'>{v}</div>" for k, v in rows) + "</div>")
    body = (
        f"<div style='display:flex;justify-content:space-between;font-size:7.5pt;font-weight:bold;margin-bottom:2mm'><span>{c.rng.randint(8, 22)}:{c.rng.randint(0, 59):02d}</span>"
        f"<span>4G &nbsp; {c.rng.randint(12, 99)}% ▮</span></div>"
        f"<div style='background:{colour};color:#fff;margin:0 -4mm;padding:2.5mm 4mm'>&#8592; &nbsp;Mijn aanvragen<br><b style='font-size:11pt'>Huisbewaring</b></div>"
        f"<div style='margin:2.5mm 0'><span style='background:#fff3cd;border-radius:2mm;padding:0.5mm 2mm;font-size:7.5pt'>In behandeling</span> &nbsp;"
        f"<span style='font-size:7.5pt;color:#666'>{e(corp)}</span></div>"
        + card("Huurder", [("Naam", e(tn)), ("Adres", e(people.address(c.rng).line1()))])
        + card("Huisbewaarder", [("Naam", e(sn)), ("Geboortedatum", e(values.date_text(sitter.birth_date, "dash")))])
        + card("Periode", [("Vanaf", c.d(start)), ("Tot en met", c.d(end))])
        + card("Reden", [("Waarom bent u weg?", e(REASONS[reason][0]))])
        + card("Vergoeding", [("Bedrag per maand", c.a(comp))])
        + card("Vragen over de huisbewaarder", [("Heeft een eigen woning", "Ja" if own else "Nee"), ("Heeft kinderen jonger dan 18", "Ja" if kids else "Nee")])
        + f"<div style='font-size:7.5pt;color:#555;text-align:center;margin-top:3mm'>Verstuurd op {c.d(signed)} om {c.rng.randint(8, 22)}:{c.rng.randint(0, 59):02d}<br>"
        f"Aanvraagnummer HB-{c.rng.randint(100000, 999999)}</div>"
    )  # fmt: skip
    return page(c, body, "@page { size: 80mm 235mm; margin: 4mm 4mm 4mm 4mm; } body { font-size: 8.8pt; background: #f2f2f5; line-height: 1.3; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh10 split ---------------------------------------------------------------------------

def whatsapp_chat_print(c: Ctx):
    """Fresh10. A chat with the corporation's WhatsApp service number printed from the tenant's phone: the chat's head with the corporation's name and "Zakelijk account", day separators as "5/3/26", the tenant's green messages on the right and the corporation's white ones on the left with their times; the tenant introduces themself by name, names the sitter and the sitter's birth date in a message, gives the period, the reason in their own words, the monthly sum and answers the questions about an own home and children under 18. The corporation closes "Uw aanvraag is geregistreerd". A chat is not signed: the signing date is null."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("DejaVu Sans", "Liberation Sans")))
    c.restyle10(dates=("long", "slash_nopad_2y"), amounts=("euro", "whole"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    clock = lambda: f"{c.rng.randint(8, 21):02d}:{c.rng.randint(0, 59):02d}"  # noqa: E731
    day2 = signed + dt.timedelta(days=c.rng.randint(1, 3))
    sep = lambda d: f"<div style='text-align:center;margin:3mm 0'><span style='background:#e1f3fb;border-radius:2mm;padding:0.5mm 2.5mm;font-size:7.5pt'>{e(values.date_text(d, 'slash_nopad_2y'))}</span></div>"  # noqa: E731
    me = lambda t: chat_bubble(t, True, clock())  # noqa: E731
    them = lambda t: chat_bubble(t, False, clock())  # noqa: E731
    body = (
        f"<div style='background:#075e54;color:#fff;margin:-5mm -5mm 3mm -5mm;padding:3mm 5mm'>&#8592; &nbsp;<b>{e(corp)}</b><br><span style='font-size:7.5pt'>Zakelijk account</span></div>"
        + sep(signed)
        + me(f"Goedemiddag, ik ben {e(tn)}, huurder van {e(home.line1())} in {e(home.city)}. Ik wil graag toestemming vragen voor huisbewaring.")
        + them("Goedemiddag, dat kan via dit kanaal. Wie wordt de huisbewaarder en wat is de geboortedatum?")
        + me(f"{e(sn)}, geboren {e(values.date_text(sitter.birth_date, 'dash'))}")
        + them("Voor welke periode, en wat is de reden van uw afwezigheid?")
        + me(f"Van {c.d(start)} tot en met {c.d(end)}. De reden: {e(REASONS[reason][1])}.")
        + them("Betaalt de huisbewaarder u een vergoeding? Zo ja, hoeveel per maand?")
        + me(f"{c.a(comp)} per maand" if float(comp) else f"Nee, geen vergoeding ({c.a(comp)} per maand)")
        + sep(day2)
        + them("Heeft de huisbewaarder een eigen woning? En kinderen jonger dan 18?")
        + me(f"{'Ja, een eigen woning' if own else 'Nee, geen eigen woning'}. {'Ja, één kind van ' + str(c.rng.randint(2, 12)) if kids else 'En geen kinderen onder de 18'}.")
        + them(f"Dank u. Uw aanvraag is geregistreerd onder nummer {c.rng.randint(1000000, 9999999)}. U hoort binnen vier weken van ons.")
    )  # fmt: skip
    return page(c, body, "@page { size: 90mm 250mm; margin: 5mm; } body { font-size: 8.6pt; background: #ece5dd; }"), _truth(tn, sn, sitter, None, start, end, reason, comp, own, kids)


def formulier_doorgehaalde_correcties(c: Ctx):
    """Fresh10. The corporation's paper form filled in with a felt-tip pen, in which the tenant crossed out a wrong start date (a month off) and a wrong sum with one line and wrote the right ones beside them with their initials ("verbeterd, J.M."), as one corrects a form by hand; the reasons as boxes ticked in the hand, the questions as "ja / nee" with the wrong one struck, the signing date as "5/3/26". The struck values are decoys; the truth is what was written after them."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle10(dates=("slash_nopad_2y",), amounts=("euro", "dash_bare"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    ink = f"font-family:\"{HAND10[0]}\", cursive;font-style:italic;font-weight:bold;color:#14206a;font-size:12pt"
    w = lambda t: f"<span style='{ink}'>{t}</span>"  # noqa: E731
    struck = lambda t: f"<span style='{ink};text-decoration:line-through;text-decoration-thickness:1.5px'>{t}</span>"  # noqa: E731
    paraaf = f"{tenant.given[0][0]}.{tenant.surname.split()[-1][0]}."
    wrong_start = start + dt.timedelta(days=c.pick(-31, 30, 31))
    wrong_comp = values.amount(float(comp) + c.pick(50, 100, -50) if float(comp) >= 100 else float(comp) + 100)
    yn = lambda v: f"{w('ja')} / {struck('nee')}" if v else f"{struck('ja')} / {w('nee')}"  # noqa: E731
    line = lambda label, value: f"<tr><td style='width:62mm;padding:2.2mm 0;border-bottom:0.5px dotted #777'>{e(label)}</td><td style='border-bottom:0.5px dotted #777'>{value}</td></tr>"  # noqa: E731
    reasons = "<br>".join(f"{w('&#10007;') if k == reason else '&#9744;'} {e(option)}" for k, (option, _s) in REASONS.items())
    body = (
        f"<div style='font-weight:bold;font-size:14pt'>{e(corp)}</div><h1 style='margin-top:5mm'>Aanvraagformulier huisbewaring</h1>"
        "<p class='small'>Schrijf duidelijk. Heeft u zich vergist? Streep het foute door en zet uw paraaf erbij.</p><table style='width:100%'>"
        + line("Naam huurder", w(e(tn))) + line("Adres", w(e(home.line1())))
        + line("Naam huisbewaarder", w(e(sn))) + line("Geboortedatum huisbewaarder", w(e(values.date_text(sitter.birth_date, 'dash'))))
        + line("Ingangsdatum huisbewaring", f"{struck(e(values.date_text(wrong_start, 'slash_nopad_2y')))} &nbsp; {w(c.d(start))} &nbsp; {w('verbeterd, ' + e(paraaf))}")
        + line("Einddatum huisbewaring", w(c.d(end)))
        + f"<tr><td style='vertical-align:top;padding:2.2mm 0'>Reden van afwezigheid</td><td style='padding:2.2mm 0'>{reasons}</td></tr>"
        + line("Vergoeding per maand", f"{struck(e(values.amount_text(wrong_comp, 'euro')))} &nbsp; {w(c.a(comp))} &nbsp; {w(e(paraaf))}")
        + line("Heeft de huisbewaarder een eigen woning?", yn(own)) + line("Heeft de huisbewaarder minderjarige kinderen?", yn(kids))
        + line("Datum", w(c.d(signed))) + line("Handtekening huurder", w(e(tenant.given[0][0]) + '. ' + e(tenant.surname)))
        + "</table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh11 split ---------------------------------------------------------------------------


def briefkaart_handgeschreven(c: Ctx):
    """Fresh11. The back of a postcard (A6 landscape) the tenant wrote to the corporation with a fountain pen: on the left the request in a few short lines in the tenant's hand (the period, the reason, the sitter with birth date, the monthly sum, the sitter's home and children, a greeting, place and date), on the right the corporation's reply-paid address ("Antwoordnummer"), a printed stamp box and a wavy cancellation without a date, a thin line between the halves."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle11(dates=("slash_nopad", "dash"), amounts=("dash", "euro"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    he = "Hij" if sitter.sex == "m" else "Zij"
    _box, post = people.issuer_address(c.rng)
    hand = f"font-family:\"{HAND11[0]}\", cursive;font-style:italic;color:#102a6b;font-size:9pt;line-height:1.28"
    message = (
        f"Beste {e(corp)},<br>Ik, {e(tn)}, vraag toestemming voor huisbewaring van {c.d(start)} t/m {c.d(end)}. "
        f"Reden: {e(REASONS[reason][1])}.<br>Huisbewaarder: {e(sn)}, geb. {e(values.date_text(sitter.birth_date, 'dash'))}. "
        f"Vergoeding {c.a(comp)} per maand.<br>{he} heeft {'een' if own else 'geen'} eigen woning en {'wel' if kids else 'geen'} kinderen onder de 18.<br>"
        f"Groet, {e(tn)}<br>{e(home.city)}, {c.d(signed)}"
    )
    waves = "".join(f"<div style='border-top:1.1px solid #555;border-radius:50%;width:30mm;height:2mm;margin-top:0.6mm'></div>" for _ in range(4))
    body = (
        "<table style='width:100%;height:92mm;table-layout:fixed'><tr>"
        f"<td style='width:58%;border-right:0.6px solid #888;padding-right:3mm;vertical-align:top'><div style='{hand}'>{message}</div></td>"
        "<td style='vertical-align:top;padding-left:4mm;position:relative'>"
        "<div style='float:right;width:17mm;height:21mm;border:0.8px dashed #777;text-align:center;font-size:6pt;color:#666;padding-top:6mm;box-sizing:border-box'>NEDERLAND<br>1</div>"
        f"<div style='position:absolute;top:4mm;right:12mm;color:#555'>{waves}<div style='font-size:6pt;color:#555'>PostNL</div></div>"
        f"<div style='margin-top:38mm;{hand};font-size:9.5pt'>{e(corp)}<br>t.a.v. afdeling Verhuur<br>Antwoordnummer {c.rng.randint(1000, 99999)}<br>{e(post)}</div>"
        "</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "@page { size: 148mm 105mm; margin: 5mm; } body { font-size: 8.5pt; background: #fbf8ef; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def webformulier_kopieid_bijlage(c: Ctx):
    """Fresh11. Two pages a tenant printed after sending the corporation's web form: page 1 the form's summary in two columns of cards ("Huurder" beside "Huisbewaarder", "Periode en reden" beside "Vergoeding en vragen"), "Datum ondertekening" under the declaration; page 2 the copy of the sitter's identity card the form asked for, made with a copying app (the card with its labels in Dutch and English, names in capitals, the birth date as "02 JAN/JAN 1970", an expiry date, the personal number covered, the machine-readable lines, and the app's diagonal text "KOPIE - alleen voor ... - huisbewaring" with the day of the copy)."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "Cantarell")))
    c.restyle11(dates=("dash", "long"), amounts=("euro", "EUR_whole_nl"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name("all")
    home = people.address(c.rng)
    answer = lambda v: "Ja" if v else "Nee"  # noqa: E731
    card = lambda title, rows: (f"<td style='width:50%;vertical-align:top;padding:0 2mm 3mm 0'><div style='border:0.7px solid #ccd;border-radius:2mm;padding:2.5mm 3mm'>"  # noqa: E731
                                f"<div style='font-weight:bold;color:#2b5f8a;margin-bottom:1.5mm'>{e(title)}</div>"
                                + "".join(f"<div style='font-size:7.8pt;color:#666'>{e(k)}</div><div style='margin-bottom:1.5mm'>{v}</div>" for k, v in rows) + "</div></td>")
    page1 = (
        f"<div style='background:#2b5f8a;color:#fff;padding:2.5mm 4mm'><b>{e(corp)}</b> &nbsp; Formulier huisbewaring</div>"
        "<h1 style='margin-top:4mm'>Samenvatting van uw aanvraag</h1>"
        "<table style='width:100%;table-layout:fixed'><tr>"
        + card("Huurder", [("Naam", e(tn)), ("Adres", f"{e(home.line1())}, {e(home.city)}"), ("Telefoon", f"06-{c.rng.randint(10000000, 99999999)}")])
        + card("Huisbewaarder", [("Naam", e(sn)), ("Geboortedatum", e(values.date_text(sitter.birth_date, "dash"))), ("Kopie identiteitsbewijs", "bijgevoegd (pagina 2)")])
        + "</tr><tr>"
        + card("Periode en reden", [("Vanaf", c.d(start)), ("Tot en met", c.d(end)), ("Reden", e(REASONS[reason][0]))])
        + card("Vergoeding en vragen", [("Vergoeding per maand", c.a(comp)), ("Heeft de huisbewaarder een eigen woning?", answer(own)),
                                        ("Heeft de huisbewaarder kinderen jonger dan 18?", answer(kids))])
        + "</tr></table>"
        + f"<p>&#9745; Ik verklaar dat ik dit formulier naar waarheid heb ingevuld.<br>Datum ondertekening: {c.d(signed)}</p>"
    )
    surname, given = sitter.surname.upper(), " ".join(sitter.given).upper()
    ascii_ = lambda t: "".join(ch if "A" <= ch <= "Z" else "<" for ch in unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode())  # noqa: E731
    docno = "".join(c.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    expiry = signed + dt.timedelta(days=c.rng.randint(300, 3500))
    yymmdd = lambda d: f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"  # noqa: E731
    mrz = [f"I<NLD{docno}<{c.rng.randint(0, 9)}<<<<<<<<<<<<<<<"[:30],
           f"{yymmdd(sitter.birth_date)}{c.rng.randint(0, 9)}{'M' if sitter.sex == 'm' else 'F'}{yymmdd(expiry)}{c.rng.randint(0, 9)}NLD<<<<<<<<<<<{c.rng.randint(0, 9)}"[:30],
           (ascii_(surname) + "<<" + ascii_(given) + "<" * 30)[:30]]
    label = lambda nl, en, v: f"<div style='font-size:5.8pt;color:#555'>{nl} / {en}</div><div style='font-weight:bold;font-size:9pt;margin-bottom:1.2mm'>{v}</div>"  # noqa: E731
    mark = f"KOPIE - alleen voor {corp} - huisbewaring - {values.date_text(signed, 'dash')}"
    page2 = (
        "<div style='page-break-before:always'></div><div class='small'>Bijlage bij aanvraag huisbewaring: kopie identiteitsbewijs huisbewaarder</div>"
        "<div style='position:relative;width:140mm;height:88mm;margin:10mm auto;border-radius:5mm;border:0.8px solid #889;background:linear-gradient(135deg,#e3ecf7,#f3e6ef);padding:4mm 5mm;box-sizing:border-box;overflow:hidden'>"
        "<div style='font-size:6.5pt;letter-spacing:0.3px'>KONINKRIJK DER NEDERLANDEN · KINGDOM OF THE NETHERLANDS</div>"
        "<div style='font-weight:bold;font-size:8pt;margin-bottom:2mm'>IDENTITEITSKAART · IDENTITY CARD</div>"
        "<table style='width:100%'><tr><td style='width:30mm'><div style='width:26mm;height:33mm;background:#b9bec8;border-radius:1mm'></div></td><td>"
        + label("Naam", "Surname", e(surname)) + label("Voornamen", "Given names", e(given))
        + "<table style='width:100%'><tr><td>" + label("Geboortedatum", "Date of birth", e(values.date_text(sitter.birth_date, "id_bilingual")))
        + "</td><td>" + label("Geslacht", "Sex", "M/M" if sitter.sex == "m" else "V/F") + "</td></tr><tr><td>"
        + label("Documentnummer", "Document no.", e(docno)) + "</td><td>" + label("Geldig tot", "Date of expiry", e(values.date_text(expiry, "id_bilingual")))
        + "</td></tr></table>" + label("Persoonsnummer", "Personal no.", redacted("24mm")) + "</td></tr></table>"
        + f"<div style='font-family:\"{MONO11[0]}\", monospace;font-weight:bold;font-size:8.4pt;letter-spacing:1.2px;margin-top:1mm'>{'<br>'.join(e(x) for x in mrz)}</div>"
        + f"<div style='position:absolute;top:38mm;left:-8mm;width:170mm;transform:rotate(-24deg);color:rgba(200,30,30,0.55);font-size:9pt;font-weight:bold;white-space:nowrap'>{e(mark)} &nbsp; {e(mark)}</div>"
        + "</div><p class='small' style='text-align:center'>Gemaakt met de app KopieID van de Rijksoverheid. Het BSN is afgeschermd.</p>"
    )  # fmt: skip
    return page(c, page1 + page2, "body { font-size: 9.6pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh12 split ---------------------------------------------------------------------------


_QUESTIONS12 = {  # contract value: the tenant's answer under "Wat is de reden?"
    "work_or_study": "Ik ga voor mijn werk tijdelijk naar het buitenland.",
    "care": "Ik ga bij mijn vader wonen om voor hem te zorgen, hij is ernstig ziek.",
    "trial_cohabitation": "Ik ga proefsamenwonen bij mijn vriend(in).",
    "travel": "Ik maak een lange reis door Azië.",
    "other": "Om persoonlijke redenen verblijf ik een tijd elders.",
}


def email_vragen_inline_beantwoord(c: Ctx):
    """Fresh12. The tenant's reply to the corporation's e-mail, answering its questions inline: the mail client's head (from, to, the day as "do 5 mrt 2026", subject "RE: Uw aanvraag huisbewaring"), a short opening, then each quoted question ("> Wat is de naam van de huisbewaarder?") with the tenant's answer under it (names, the sitter's birth date, from and until, the reason, the monthly sum, own home, children), the tenant's name under the mail, and the corporation's earlier message with its own date and a case number below (decoys); no signature date."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle12(dates=("wd_short_nodot", "long"), amounts=("euro", "plain"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    clerk = c.person(born=(1965, 2000))
    case = f"HB-{c.rng.randint(10000, 99999)}"
    asked = signed - dt.timedelta(days=c.rng.randint(1, 10))
    slug = corp.lower().replace(" ", "")
    q = lambda text: f"<div style='color:#555;border-left:2px solid #9aa3b5;padding-left:2mm;margin-top:3mm'>&gt; {e(text)}</div>"  # noqa: E731
    a = lambda html_text: f"<div style='color:#0a2f78;margin:1mm 0 0 3mm'>{html_text}</div>"  # noqa: E731
    pairs = [("Wat is uw naam?", e(tn)), ("Wat is de naam van de huisbewaarder?", e(sn)), ("Wat is de geboortedatum van de huisbewaarder?", e(values.date_text(sitter.birth_date, "dash"))),
             ("Van wanneer tot wanneer bent u weg?", f"Van {c.d(start)} tot en met {c.d(end)}."), ("Wat is de reden?", e(_QUESTIONS12[reason])),
             ("Betaalt de huisbewaarder u een vergoeding? Zo ja, hoeveel per maand?", f"Ja, {c.a(comp)} per maand." if comp != "0.00" else f"Nee, geen vergoeding ({c.a(comp)})."),
             ("Heeft de huisbewaarder een eigen woning?", "Ja." if own else "Nee, hij/zij woont nu nog bij de ouders in." if c.rng.random() < 0.5 else "Nee."),
             ("Heeft de huisbewaarder kinderen onder de 18 jaar?", "Ja." if kids else "Nee.")]
    body = (
        mail_header([("Van", f"{e(tn)} &lt;{e(tenant.given[0].lower())}{c.rng.randint(10, 99)}@ziggo.nl&gt;"), ("Aan", f"verhuur@{e(slug)}.nl"),
                     ("Datum", f"{c.d(signed)} {c.rng.randint(8, 23):02d}:{c.rng.randint(0, 59):02d}"), ("Onderwerp", f"RE: Uw aanvraag huisbewaring [{case}]")])
        + "<hr style='border:0;border-top:0.6px solid #bbb'>"
        "<p>Beste meneer/mevrouw,</p><p>Hieronder mijn antwoorden op uw vragen.</p>"
        + "".join(q(question) + a(answer) for question, answer in pairs)
        + f"<p style='margin-top:5mm'>Met vriendelijke groet,<br>{e(tn)}</p>"
        + quoted(f"Op {c.d(asked)} schreef {e(clerk.name('first'))} ({e(corp)}) &lt;verhuur@{e(slug)}.nl&gt;:<br>Beste huurder, om uw aanvraag huisbewaring "
                 f"(zaaknummer {case}) te kunnen beoordelen hebben wij nog een aantal gegevens nodig. Wilt u de vragen hieronder beantwoorden?")
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, sitter, None, start, end, reason, comp, own, kids)


_ENCLOSURES12 = ("Kopie geldig identiteitsbewijs huisbewaarder", "Bewijs van de reden van afwezigheid (bijv. werkgeversverklaring, opnamebrief)",
                 "Uittreksel BRP van de huisbewaarder", "Inkomensverklaring huisbewaarder", "Getekende huisbewaringsovereenkomst")


def formulier_bijlagen_checklist(c: Ctx):
    """Fresh12. A corporation's paper form for house-sitting filled in by hand, its dates written into preprinted "dd - mm - jjjj" boxes ("05 - 03 - 2026"): part 1 the tenant, part 2 the sitter with birth date, part 3 the period and the reason ticked, part 4 the monthly sum and two yes/no questions, part 5 a checklist of enclosures with some ticked, then two signature blocks with a date each (the tenant's, which is the truth, and the sitter's a few days later, a decoy) and an office box "Ontvangen op" (a decoy)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "FreeSans")))
    c.restyle12(dates=("spaced_dash",), amounts=("euro", "EUR_space_group"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    ink = "font-family:'Comic Neue', cursive;color:#1a2f8a"
    w = lambda html_text: f"<span style='{ink}'>{html_text}</span>"  # noqa: E731
    line = lambda label, value: f"<tr><td style='width:55mm'>{e(label)}</td><td style='border-bottom:0.6px solid #666'>{w(value)}</td></tr>"  # noqa: E731
    reasons = "".join(f"<div>{'☒' if key == reason else '☐'} {e(text)}</div>" for key, (text, _s) in REASONS.items())
    checklist = "".join(f"<div>{'☒' if c.rng.random() < 0.6 else '☐'} {e(x)}</div>" for x in _ENCLOSURES12)
    sitter_signed = signed + dt.timedelta(days=c.rng.randint(1, 6))
    received = signed + dt.timedelta(days=c.rng.randint(2, 12))
    section = lambda n, title: f"<div style='background:#333;color:#fff;padding:1mm 2mm;margin-top:4mm;font-weight:bold'>{n}. {e(title)}</div>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td><td class='right'><b>Aanvraag huisbewaring</b><br><span class='small'>formulier HB-01</span></td></tr></table>"
        + section(1, "Gegevens huurder") + "<table style='width:100%'>" + line("Naam", e(tn)) + line("Adres", f"{e(home.line1())}, {e(home.city)}") + "</table>"
        + section(2, "Gegevens huisbewaarder") + "<table style='width:100%'>" + line("Naam", e(sn))
        + line("Geboortedatum (dd - mm - jjjj)", c.d(sitter.birth_date)) + "</table>"
        + section(3, "Periode en reden") + "<table style='width:100%'>" + line("Vertrekdatum huurder (dd - mm - jjjj)", c.d(start))
        + line("Terugkeerdatum huurder (dd - mm - jjjj)", c.d(end)) + "</table>" + f"<div style='margin-top:1.5mm'>{reasons}</div>"
        + section(4, "Vergoeding en vragen") + "<table style='width:100%'>" + line("Vergoeding per maand", c.a(comp))
        + f"<tr><td>Heeft de huisbewaarder een eigen woning?</td><td>{c.check(own)}</td></tr>"
        + f"<tr><td>Heeft de huisbewaarder minderjarige kinderen?</td><td>{c.check(kids)}</td></tr></table>"
        + section(5, "Bijlagen (aankruisen wat u meestuurt)") + f"<div style='margin-top:1.5mm'>{checklist}</div>"
        + "<table style='width:100%;margin-top:5mm'><tr>"
        f"<td style='width:50%'>Handtekening huurder<br><br><span style='{ink};font-size:15pt'>{e(tenant.given[0])}</span><br>Datum: {w(c.d(signed))}</td>"
        f"<td>Handtekening huisbewaarder<br><br><span style='{ink};font-size:15pt'>{e(sitter.given[0][0])}. {e(sitter.surname.split()[-1])}</span><br>Datum: {w(c.d(sitter_signed))}</td></tr></table>"
        f"<div class='box small' style='margin-top:4mm;width:60%'>In te vullen door {e(corp)} &ndash; Ontvangen op: {e(values.date_text(received, 'dash'))} &nbsp; Paraaf: ____</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)

# --- fresh13 split ---------------------------------------------------------------------------

_ON_BEHALF13 = {  # contract value: what the child writes about the parent ({p}: mijn moeder / mijn vader, {s}: zij / hij)
    "work_or_study": "{P} gaat voor {z} werk een tijd naar het buitenland, waar {s} een tijdelijke opdracht heeft gekregen.",
    "care": "{P} gaat tijdelijk bij {z} zus wonen om voor haar te zorgen; zij is ernstig ziek en kan niet alleen zijn.",
    "trial_cohabitation": "{P} gaat proefwonen bij {z} nieuwe partner, om te kijken of samenwonen bevalt.",
    "travel": "{P} maakt een lange reis naar familie in het buitenland, die {s} al jaren wilde maken.",
    "other": "{P} verblijft om persoonlijke redenen een tijd elders.",
}


def brief_kind_namens_ouder(c: Ctx):
    """Fresh13. A letter the tenant's son or daughter writes on the parent's behalf: the writer's own name, address, birth date and telephone at the top (decoys), the date line, "Betreft: aanvraag huisbewaring voor de woning van mijn moeder/vader", the parent named as tenant, the reason in the child's words, the sitter with birth date, the period, the monthly sum ("€ 300,- p.m." or "geen vergoeding"), the sitter's own home and children in sentences, the child's signature "namens" the parent, the parent's initials "voor akkoord" and a line on the enclosed power of attorney with its own, earlier date (a decoy)."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Liberation Serif", "DejaVu Sans")))
    c.restyle13(dates=("wd_long_dash", "long"), amounts=("dash_pm", "euro"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    child = c.person(born=(1968, 1995), surname=tenant.surname)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first"))
    corp = c.rng.choice(CORPORATIONS)
    home, mine = people.address(c.rng), people.address(c.rng)
    parent = "mijn moeder" if tenant.sex == "f" else "mijn vader"
    pron, poss = ("zij", "haar") if tenant.sex == "f" else ("hij", "zijn")
    proxy = signed - dt.timedelta(days=c.rng.randint(2, 40))
    s_pron = "zij" if sitter.sex == "f" else "hij"
    money = (f"{e(sn)} betaalt {parent} {c.a(comp)} als bijdrage in de huur en de vaste lasten." if comp != "0.00"
             else f"{e(sn)} betaalt geen vergoeding ({c.a(comp)}); {s_pron} betaalt alleen het eigen verbruik.")
    body = (
        f"<div class='right small'>{e(child.name('all'))}<br>{e(mine.line1())}<br>{e(values.postcode_text(mine.postcode, True))} {e(mine.city)}<br>"
        f"geboren {e(values.date_text(child.birth_date, 'dash'))}<br>tel. 06-{c.rng.randint(10000000, 99999999)}</div>"
        + address_block([corp, "t.a.v. de afdeling Verhuur", *people.issuer_address(c.rng)])
        + f"<p>{e(mine.city)}, {c.d(signed)}</p>"
        f"<p><b>Betreft: aanvraag huisbewaring voor de woning van {parent}</b></p>"
        "<p>Geachte heer/mevrouw,</p>"
        f"<p>Ik schrijf deze brief namens {parent}, {e(tn)}, die de woning aan de {e(home.line1())} in {e(home.city)} van u huurt. "
        f"{e(_ON_BEHALF13[reason].format(P=parent[0].upper() + parent[1:], z=poss, s=pron))} Daarom vraagt {pron} toestemming voor huisbewaring.</p>"
        f"<p>{parent[0].upper() + parent[1:]} is afwezig van {c.d(start)} tot en met {c.d(end)}. In die tijd woont {e(sn)}, geboren op "
        f"{e(values.date_text(sitter.birth_date, 'dash'))}, in de woning en zorgt {s_pron} ervoor dat alles in orde blijft. {money}</p>"
        f"<p>{e(sn)} {'heeft zelf wel een eigen woning, maar die wordt in deze periode verbouwd' if own else 'heeft geen eigen woning en woont nu nog op kamers'}. "
        f"{e(sn)} {'heeft een kind jonger dan 18 jaar, dat bij de andere ouder woont' if kids else 'heeft geen kinderen'}.</p>"
        f"<p>Een machtiging van {parent}, getekend op {e(values.date_text(proxy, 'long'))}, stuur ik mee.</p>"
        "<p>Met vriendelijke groet,</p>"
        f"<table style='width:100%;margin-top:4mm'><tr><td>{e(child.name('first'))}<br><span class='small'>namens {e(tn)}</span></td>"
        f"<td>Voor akkoord, huurder:<br><span style='font-family:\"Comic Neue\", cursive;font-size:15pt;color:#1a2f8a'>{e(''.join(g[0] for g in tenant.given))}.{e(tenant.surname.split()[-1][0])}.</span></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def formulier_tweede_hand_huisbewaarder(c: Ctx):
    """Fresh13. A corporation's form "Aanvraag tijdelijke huisbewaring" in two parts filled in by two hands: part A (the tenant: name, address, the period, the reason ticked, the monthly sum) in blue ink, signed and dated by the tenant; part B (the sitter: name, birth date, present address, own home, children under 18) in a second hand in black, with the sitter's own signature date (later, a decoy); part C an office box with "Datum ontvangst" and a case number (decoys). The form's captions in a narrow bold italic."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle13(dates=("dash", "nopad"), amounts=("euro", "dash_pm"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first", "initials"))
    home, there = people.address(c.rng), people.address(c.rng)
    blue = "font-family:'Comic Neue', cursive;color:#1a2f8a;font-size:11.5pt"
    black = "font-family:'Jura', sans-serif;font-weight:bold;color:#111;font-size:11pt"
    line = lambda label, value, ink: f"<tr><td style='width:58mm'>{e(label)}</td><td style='border-bottom:0.6px dotted #555'><span style=\"{ink}\">{value}</span></td></tr>"  # noqa: E731
    head = lambda text: f"<div style='font-family:\"{SANS13[1]}\", sans-serif;font-weight:bold;font-style:italic;font-size:11pt;border-bottom:1.2px solid #000;margin-top:5mm'>{e(text)}</div>"  # noqa: E731
    reasons = "".join(f"<div>{c.tick(key == reason)} {e(text)}</div>" for key, (text, _s) in REASONS.items())
    sitter_signed = signed + dt.timedelta(days=c.rng.randint(1, 9))
    received = sitter_signed + dt.timedelta(days=c.rng.randint(1, 10))
    yes_no = lambda value: f"<span style=\"{black}\">{'JA' if value else 'NEE'}</span>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td><td class='right'><b>Aanvraag tijdelijke huisbewaring</b></td></tr></table>"
        + head("Deel A - in te vullen door de huurder")
        + "<table style='width:100%'>" + line("Naam huurder", e(tn), blue) + line("Adres", f"{e(home.line1())}, {e(home.city)}", blue)
        + line("Datum vertrek", c.d(start), blue) + line("Datum terugkomst", c.d(end), blue) + line("Vergoeding per maand", c.a(comp), blue) + "</table>"
        + f"<div style='margin-top:2mm'>Reden van afwezigheid:</div><div style='margin-left:5mm'>{reasons}</div>"
        + "<table style='width:100%;margin-top:2mm'>" + line("Handtekening huurder", e(tenant.given[0]), blue) + line("Datum", c.d(signed), blue) + "</table>"
        + head("Deel B - in te vullen door de huisbewaarder")
        + "<table style='width:100%'>" + line("Naam huisbewaarder", e(sn), black) + line("Geboortedatum", e(values.date_text(sitter.birth_date, "dash")), black)
        + line("Huidig adres", f"{e(there.line1())}, {e(there.city)}", black) + "</table>"
        + f"<table style='width:100%;margin-top:2mm'><tr><td style='width:110mm'>Heeft u zelf een huur- of koopwoning?</td><td>{yes_no(own)}</td></tr>"
        f"<tr><td>Heeft u kinderen jonger dan 18 jaar?</td><td>{yes_no(kids)}</td></tr></table>"
        + "<table style='width:100%;margin-top:2mm'>" + line("Handtekening huisbewaarder", e(sitter.given[0][0]) + ". " + e(sitter.surname.split()[-1]), black)
        + line("Datum", e(values.date_text(sitter_signed, "dash")), black) + "</table>"
        + head("Deel C - in te vullen door " + corp)
        + f"<div class='small'>Datum ontvangst: {e(values.date_text(received, 'dash'))} &nbsp; &middot; &nbsp; Zaaknummer: HB{c.rng.randint(100000, 999999)} &nbsp; &middot; &nbsp; Paraaf: ____</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)

# --- fresh14 split ---------------------------------------------------------------------------

_DROPDOWN14 = {"work_or_study": "Werk of studie elders", "care": "Zorg voor een familielid", "trial_cohabitation": "Proefsamenwonen",
               "travel": "Lange reis", "other": "Anders (toelichting hieronder)"}
_PROMPT14 = "Klik of tik om tekst in te voeren."


def word_inhoudsbesturing_formulier(c: Ctx):
    """Fresh14. A corporation's form "Aanvraag toestemming huisbewaring" made in a word processor with content controls and filled in on screen: every answer in a grey field box, the reason as a drop-down's chosen value with its arrow, Word's check boxes for the sitter's own home and children, the optional fields (second telephone, e-mail of the sitter, explanation) still showing the grey prompt "Klik of tik om tekst in te voeren.", the sum typed as "eur 300,00" or as usual, dates as the date picker writes them, and in the head the form's version and its date (a decoy)."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Carlito", "Open Sans")))
    c.restyle14(dates=("nopad", "dash"), amounts=("eur_lower_front", "euro"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    version = signed - dt.timedelta(days=c.rng.randint(60, 500))
    field = lambda value: f"<span style='background:#e6e6e6;border:0.5px solid #b5b5b5;padding:0 1.5mm'>{value}</span>"  # noqa: E731
    prompt = f"<span style='background:#efefef;border:0.5px solid #c9c9c9;padding:0 1.5mm;color:#808080'>{_PROMPT14}</span>"
    box = lambda on: "&#9746;" if on else "&#9744;"  # noqa: E731
    rows = [("Naam huurder", field(e(tn))), ("Adres", field(f"{e(home.line1())}, {e(home.city)}")), ("Telefoon", field(f"06-{c.rng.randint(10000000, 99999999)}")),
            ("Tweede telefoonnummer (optioneel)", prompt), ("Reden van afwezigheid", field(e(_DROPDOWN14[reason]) + " &#9662;")), ("Toelichting", prompt),
            ("Afwezig vanaf", field(c.d(start))), ("Terug op", field(c.d(end))), ("Naam huisbewaarder", field(e(sn))),
            ("Geboortedatum huisbewaarder", field(e(values.date_text(sitter.birth_date, "nopad")))), ("E-mail huisbewaarder (optioneel)", prompt),
            ("Vergoeding per maand", field(c.a(comp)))]
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td>"
        f"<td class='right small'>Formulier HB-01, versie 3.{c.rng.randint(0, 4)} ({e(values.date_text(version, 'long'))})</td></tr></table>"
        "<h1 style='margin-top:5mm'>Aanvraag toestemming huisbewaring</h1>"
        "<p class='small'>Vul dit formulier in op uw computer, druk het af en onderteken het. Velden met (optioneel) mag u leeg laten.</p>"
        + kv(rows, label_width="66mm")
        + "<h3>Woonsituatie van de huisbewaarder</h3>"
        f"<div>{box(own)} De huisbewaarder heeft een eigen (huur- of koop)woning</div>"
        f"<div>{box(kids)} De huisbewaarder heeft kinderen jonger dan 18 jaar</div>"
        "<h3>Ondertekening</h3>"
        + kv([("Datum", field(c.d(signed))), ("Handtekening huurder", "<span style='font-family:\"Comic Neue\", cursive;color:#1a2f8a;font-size:14pt'>" + e(tenant.given[0]) + "</span>")], label_width="66mm")
        + "<p class='small' style='margin-top:8mm'>Stuur het formulier met een kopie van het identiteitsbewijs van de huisbewaarder naar verhuur@"
        + e(corp.lower().replace(" ", "")) + ".nl</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_ROUTE_REASONS14 = {"work_or_study": "werk / studie", "care": "zorg voor iemand", "trial_cohabitation": "proefwonen", "travel": "reis", "other": "anders"}


def formulier_routering_ga_naar_vraag(c: Ctx):
    """Fresh14. A corporation's paper form of numbered questions that route the writer ("Ja → ga naar vraag 10", "Nee → ga naar vraag 11", in a condensed bold oblique), filled in by hand in blue: the chosen answers circled, a skipped question left empty, the recent dates written quickly as "5-3-26", the sitter's birth date in full, the monthly sum ("vul 0 in als er geen vergoeding is"), the tenant's signature and date, and the office's "Ingeboekt" box with its own day (a decoy)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle14(dates=("nopad_2y",), amounts=("euro_eq", "euro"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    ink = "font-family:'Comic Neue', cursive;color:#1a2f8a;font-size:12pt"
    hand = lambda text: f"<span style=\"{ink}\">{text}</span>"  # noqa: E731
    ring = lambda text, on: f"<span style='border:1.3px solid #1a2f8a;border-radius:50%;padding:0 2mm'>{text}</span>" if on else text  # noqa: E731
    route = lambda text: f"<span style=\"font-family:'{SANS14[0]}', sans-serif;font-weight:bold;font-style:italic;font-size:8.6pt\">{text}</span>"  # noqa: E731
    q = lambda n, question, answer: f"<tr><td style='width:8mm;vertical-align:top'><b>{n}</b></td><td>{question}<div style='border-bottom:0.6px dotted #666;min-height:6mm;margin-bottom:1.5mm'>{answer}</div></td></tr>"  # noqa: E731
    reasons = " &nbsp; ".join(ring(e(v), k == reason) for k, v in _ROUTE_REASONS14.items())
    received = signed + dt.timedelta(days=c.rng.randint(2, 12))
    rows = (
        q(1, "Uw naam (huurder)", hand(e(tn)))
        + q(2, "Adres van de woning", hand(f"{e(home.line1())} {e(home.city)}"))
        + q(3, "Waarom bent u weg? (omcirkel)", reasons)
        + q(4, "Van welke datum tot welke datum bent u weg?", hand(f"van {c.d(start)} tot {c.d(end)}"))
        + q(5, "Hoeveel vergoeding betaalt de huisbewaarder per maand? (vul 0 in als er geen vergoeding is)", hand(c.a(comp)))
        + q(6, "Naam van de huisbewaarder", hand(e(sn)))
        + q(7, "Geboortedatum van de huisbewaarder", hand(e(values.date_text(sitter.birth_date, "nopad"))))
        + q(8, "Heeft de huisbewaarder een eigen woning? " + route("Ja &rarr; ga naar vraag 9 &nbsp; Nee &rarr; ga naar vraag 10"),
            f"{ring('Ja', own)} &nbsp; {ring('Nee', not own)}")
        + q(9, "Wat gebeurt er met die woning tijdens de huisbewaring?", hand("die wordt verbouwd, ik woon er niet") if own else "")
        + q(10, "Heeft de huisbewaarder kinderen onder de 18? " + route("Nee &rarr; ga naar vraag 12"), f"{ring('Ja', kids)} &nbsp; {ring('Nee', not kids)}")
        + q(11, "Wonen die kinderen mee in de woning?", hand("nee, bij de moeder" if sitter.sex == "m" else "nee, bij de vader") if kids else "")
        + q(12, "Datum en handtekening", hand(f"{c.d(signed)} &nbsp;&nbsp; {e(tenant.given[0][0])}. {e(tenant.surname.split()[-1])}"))
    )
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:14pt'>{e(corp)}</span><br><b>Vragenlijst huisbewaring</b></td>"
        f"<td class='right'><div class='box small' style='display:inline-block;text-align:left'>Ingeboekt: {e(values.date_text(received, 'dash'))}<br>Door: ____</div></td></tr></table>"
        "<p class='small'>Beantwoord de vragen op volgorde. Staat er achter een vraag &ldquo;ga naar vraag&rdquo;, sla dan de vragen daartussen over.</p>"
        f"<table style='width:100%'>{rows}</table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh15 split ---------------------------------------------------------------------------

_TABLET_REASONS15 = {"work_or_study": "Tijdelijk werk of studie elders", "care": "Zorg voor een familielid of opname", "trial_cohabitation": "Proefsamenwonen",
                     "travel": "Lange reis", "other": "Overige reden"}


def tablet_balie_handtekening_samenvatting(c: Ctx):
    """Fresh15. The summary a corporation's office tablet prints after the tenant filled in the house-sitting request at the counter with an employee: a grey header bar with the corporation and "Balieformulier", the employee's name and the visit's time (decoys), question-answer rows in a light grid (the reason as the chosen tile's text, yes/no as "Ja"/"Nee" tiles with the chosen one dark), the compensation as "€ 300,–", the sitter's address (a decoy) and the tenant's signature captured on the tablet's pad as a drawn line with "Ondertekend op het scherm op ..." (the signing date); the tenant's name as "J.C. v/d Meer"."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "DejaVu Sans")))
    c.restyle15(dates=("dash", "long"), amounts=("euro_endash",))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn = tenant.name(c.pick("initials_particle_slash", "all"))
    sn = sitter.name(c.pick("all", "first"))
    employee = c.person(born=(1965, 2000))
    where = people.address(c.rng)
    tile = lambda on, text: (f"<span style='display:inline-block;padding:0.6mm 3mm;margin-right:1.5mm;border:0.6px solid #555;border-radius:1mm;"  # noqa: E731
                             f"{'background:#333;color:#fff;' if on else 'color:#555;'}'>{e(text)}</span>")
    yes_no = lambda v: tile(v, "Ja") + tile(not v, "Nee")  # noqa: E731
    rows = [("Naam huurder", e(tn)), ("Reden", tile(True, _TABLET_REASONS15[reason])), ("Afwezig van", c.d(start)), ("Afwezig tot en met", c.d(end)),
            ("Naam huisbewaarder", e(sn)), ("Geboortedatum huisbewaarder", c.d(sitter.birth_date)),
            ("Huidig adres huisbewaarder", f"{e(where.line1())}, {e(values.postcode_text(where.postcode, True))} {e(where.city)}"),
            ("Heeft de huisbewaarder een eigen woning?", yes_no(own)), ("Heeft de huisbewaarder kinderen onder de 18?", yes_no(kids)),
            ("Vergoeding huisbewaarder per maand", c.a(comp))]
    grid_rows = "".join(f"<tr><td style='width:70mm;color:#444;border-bottom:0.5px solid #ddd;padding:2mm 2mm 2mm 0'>{e(k)}</td>"
                        f"<td style='border-bottom:0.5px solid #ddd;padding:2mm 0'>{v}</td></tr>" for k, v in rows)
    clock = f"{c.rng.randint(9, 16):02d}:{c.rng.randint(0, 59):02d}"
    body = (
        f"<div style='background:#4a4a4a;color:#fff;padding:3mm 4mm'><b>{e(corp)}</b> &nbsp;|&nbsp; Balieformulier huisbewaring</div>"
        f"<div class='small' style='margin:2mm 0 5mm 0'>Ingevuld met medewerker {e(employee.name('first'))} &middot; kantoor {e(where.city if c.rng.random() < 0.3 else 'Klantcentrum')} &middot; {clock} uur</div>"
        f"<table style='width:100%'>{grid_rows}</table>"
        "<h3 style='margin-top:6mm'>Handtekening huurder</h3>"
        + signature_pad(c.rng)
        + f"<div class='small'>Ondertekend op het scherm op {c.d(signed)} om {clock} uur</div>"
        "<p class='small' style='margin-top:8mm'>U ontvangt binnen vier weken een schriftelijk besluit. Dit overzicht is geen toestemming.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_STRIP_REASONS15 = {"work_or_study": "werk / studie", "care": "zorg", "trial_cohabitation": "proefsamenwonen", "travel": "reizen", "other": "anders"}


def aanvraag_kalenderstrook_maanden(c: Ctx):
    """Fresh15. A corporation's paper form with a calendar strip: the months of the coming year and a half as boxes in a row, the months away shaded by the tenant with a pencil, and under the strip the dates written in ("van 5 Maart 2026 tot en met ..."); the day the keys are handed to the sitter (a decoy date), the strip's month and year labels (decoys), the reasons as a row of boxes with one crossed, the sitter's questions, the compensation as "300,00 Euro" and the signing date; filled in with a ballpoint."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle15(dates=("cap_month", "nl_ordinal"), amounts=("Euro_after", "euro_endash"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first", "initials"))
    hand = c.pick("Comic Neue", "Jura")
    ink = lambda html: f"<span style=\"font-family:'{hand}', cursive;color:#1a2f8a;font-size:12pt\">{html}</span>"  # noqa: E731
    keys = start - dt.timedelta(days=c.rng.randint(1, 5))
    month0 = dt.date(signed.year, signed.month, 1)
    cells = []
    for k in range(18):
        m = dt.date(month0.year + (month0.month - 1 + k) // 12, (month0.month - 1 + k) % 12 + 1, 1)
        m_end = (m.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        away = not (m_end < start or m > end)
        cells.append(f"<td style='border:0.8px solid #444;width:5.5%;text-align:center;font-size:7pt;height:9mm;vertical-align:bottom;"
                     f"{'background:repeating-linear-gradient(45deg,#777 0,#777 0.6mm,#fff 0.6mm,#fff 1.6mm);' if away else ''}'>"
                     f"<span style='background:#fff'>{values.MONTHS_SHORT[m.month - 1].rstrip('.')}<br>{m.year % 100:02d}</span></td>")
    strip = f"<table style='width:100%;border-collapse:collapse;table-layout:fixed'><tr>{''.join(cells)}</tr></table>"
    reasons = " &nbsp; ".join(f"<span style='white-space:nowrap'>{'&#9746;' if k == reason else '&#9744;'} {e(v)}</span>" for k, v in _STRIP_REASONS15.items())
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td><td class='right small'>Aanvraag huisbewaring</td></tr></table>"
        "<h1 style='margin-top:5mm;font-size:15pt'>Wanneer bent u weg?</h1>"
        "<p class='small'>Arceer in de strook de maanden dat u niet in uw woning bent en vul daaronder de precieze data in.</p>"
        + strip
        + kv([("Van (eerste dag huisbewaring)", ink(c.d(start))), ("Tot en met", ink(c.d(end))), ("Sleuteloverdracht op", ink(e(values.date_text(keys, "cap_month"))))],
             label_width="66mm")
        + f"<h3>Waarom bent u weg?</h3><p>{reasons}</p>"
        "<h3>Gegevens huurder en huisbewaarder</h3>"
        + kv([("Naam huurder", ink(e(tn))), ("Naam huisbewaarder", ink(e(sn))), ("Geboortedatum huisbewaarder", ink(c.d(sitter.birth_date))),
              ("Eigen woning huisbewaarder", c.check(own)), ("Kinderen jonger dan 18", c.check(kids)), ("Vergoeding per maand", ink(c.a(comp)))], label_width="66mm")
        + "<h3>Ondertekening</h3>"
        + kv([("Datum", ink(c.d(signed))), ("Handtekening huurder", ink(e(tenant.given[0][0] + '. ' + tenant.surname.split()[-1])))], label_width="66mm")
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh16 split ---------------------------------------------------------------------------

_CODES16 = {"work_or_study": ("1", "werk of studie elders"), "care": ("2", "zorg voor een ander / opname"), "trial_cohabitation": ("3", "proefsamenwonen"),
            "travel": ("4", "lange reis"), "other": ("5", "overig (toelichten)")}


def formulier_codevelden_legenda(c: Ctx):
    """Fresh16. A corporation's back-office form whose answers are codes written into small boxes: numbered fields "01" to "14", the reason as a digit with its legend printed above ("1 = werk of studie elders, 2 = zorg ..."), the yes/no questions as "J" or "N", the contract number, the tenant's telephone and an office box with a judgement code and the day of receipt as decoys; filled in by hand, the sum as "300,00 EURO"."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle16(dates=("dash", "dot_pad"), amounts=("EURO_after", "plain"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "initials", "first")), sitter.name(c.pick("all", "first"))
    hand = c.pick("Comic Neue", "Jura")
    ink = lambda html: f"<span style=\"font-family:'{hand}', cursive;color:#1a2f8a;font-size:11.5pt\">{html}</span>"  # noqa: E731
    box = lambda html, w="9mm": f"<span style='display:inline-block;min-width:{w};border:0.8px solid #333;text-align:center;padding:0 1.5mm'>{ink(html)}</span>"  # noqa: E731
    received = signed + dt.timedelta(days=c.rng.randint(1, 9))
    fields = [("01", "Naam huurder", ink(e(tn))), ("02", "Huurcontractnummer", ink(f"{c.rng.randint(100000, 999999)}-{c.rng.randint(1, 9)}")),
              ("03", "Telefoonnummer", ink(f"06-{c.rng.randint(10000000, 99999999)}")), ("04", "Code reden afwezigheid", box(_CODES16[reason][0])),
              ("05", "Eerste dag afwezig", ink(c.d(start))), ("06", "Laatste dag afwezig", ink(c.d(end))),
              ("07", "Naam huisbewaarder", ink(e(sn))), ("08", "Geboortedatum huisbewaarder", ink(c.d(sitter.birth_date))),
              ("09", "Huisbewaarder heeft eigen woning (J/N)", box("J" if own else "N")), ("10", "Huisbewaarder heeft kinderen &lt; 18 jaar (J/N)", box("J" if kids else "N")),
              ("11", "Vergoeding huisbewaarder per maand", ink(c.a(comp))), ("12", "Datum ondertekening", ink(c.d(signed))),
              ("13", "Handtekening huurder", ink(e(tenant.given[0][0] + ". " + tenant.surname.split()[-1])))]
    legend = " &nbsp; ".join(f"<b>{code}</b> = {e(text)}" for code, text in _CODES16.values())
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td><td class='right small'>Formulier HB-{c.rng.randint(10, 99)} &middot; versie 3</td></tr></table>"
        "<h1 style='margin-top:4mm;font-size:14pt'>Aanvraag tijdelijke huisbewaring</h1>"
        f"<div class='box small'><b>Codes reden (veld 04):</b> {legend}<br><b>Ja/nee-vragen:</b> vul J (ja) of N (nee) in.</div>"
        "<table style='width:100%;margin-top:3mm'>"
        + "".join(f"<tr><td style='width:9mm;color:#666'>{n}</td><td style='width:72mm'>{label}</td><td style='border-bottom:0.6px dotted #777'>{v}</td></tr>" for n, label, v in fields)
        + "</table>"
        f"<div class='box small' style='margin-top:6mm;background:#eee'>Voor kantoorgebruik &middot; code beoordeling: {box(c.pick('A1', 'B2', 'A3'), '12mm')} &middot; "
        f"ontvangen: {e(values.date_text(received, 'dash'))}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_INSTITUTIONS16 = (("Penitentiaire Inrichting Vught", "other", "medewerker maatschappelijke dienstverlening", "gedetineerd"),
                   ("Penitentiaire Inrichting Zwolle", "other", "medewerker maatschappelijke dienstverlening", "gedetineerd"),
                   ("Jellinek Kliniek", "care", "maatschappelijk werker", "opgenomen"),
                   ("Revalidatiecentrum De Hoogstraat", "care", "maatschappelijk werker", "opgenomen"),
                   ("Tactus Verslavingszorg, klinische afdeling", "care", "maatschappelijk werker", "opgenomen"))


def brief_maatschappelijk_werk_instelling_namens_huurder(c: Ctx):
    """Fresh16. A social worker of an institution where the tenant will stay for months (a prison's social services, a clinic) writes the request on the tenant's behalf: the institution's letterhead and the letter's own date, the tenant's registration or patient number (decoys), the stay's start and expected end, the sitter with birth date, the sum "€ 300/mnd", the sitter's own home and children in sentences, and under it the tenant's "voor akkoord" with the tenant's own signing date (the signing date); the reason detention (other) or admission (care)."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Carlito", "Liberation Sans")))
    c.restyle16(dates=("long", "dash"), amounts=("euro_per_mnd", "euro"))
    tenant, sitter, signed, start, end, _reason, comp, own, kids = _facts(c)
    inst, reason, role, state = c.rng.choice(_INSTITUTIONS16)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "initials")), sitter.name(c.pick("all", "first"))
    worker = c.person(born=(1960, 1996))
    written = signed + dt.timedelta(days=c.rng.randint(1, 6))
    number = f"{'reg.nr.' if reason == 'other' else 'patiëntnr.'} {c.rng.randint(1000000, 9999999)}"
    body = (
        f"<div style='text-align:right'><span class='logo' style='font-size:14pt'>{e(inst)}</span><br><span class='small'>{e(role)}</span></div>"
        + address_block([corp, "t.a.v. afdeling Verhuur", "Postbus " + str(c.rng.randint(100, 9999))])
        + f"<p>{e(values.date_text(written, 'long'))}</p>"
        f"<p><b>Betreft: verzoek om toestemming voor huisbewaring, huurder {e(tn)} ({e(number)})</b></p>"
        "<p>Geachte heer, mevrouw,</p>"
        f"<p>Namens uw huurder {e(tn)} vraag ik toestemming voor tijdelijke huisbewaring. Uw huurder is vanaf {c.d(start)} {e(state)} in {e(inst)}; "
        f"naar verwachting duurt dit tot en met {c.d(end)}.</p>"
        f"<p>In die periode wil {e(sn)}, geboren op {c.d(sitter.birth_date)}, in de woning verblijven. De huisbewaarder betaalt uw huurder {c.a(comp)} als bijdrage in de woonlasten. "
        f"{'De huisbewaarder heeft zelf een eigen woning.' if own else 'De huisbewaarder heeft geen eigen woning.'} "
        f"{'De huisbewaarder heeft minderjarige kinderen.' if kids else 'De huisbewaarder heeft geen minderjarige kinderen.'}</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(worker.name('initials'))}<br>{e(role)}</p>"
        f"<div class='box' style='margin-top:6mm'>Voor akkoord, de huurder: {e(tn)}<br>Datum: {c.d(signed)} &nbsp;&nbsp; Handtekening: ____________________</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh17 split ---------------------------------------------------------------------------

_CALL_REASONS17 = {"work_or_study": "gaat voor werk tijdelijk naar het buitenland (contract bij nieuwe werkgever)",
                   "care": "gaat tijdelijk bij een zieke ouder wonen om te zorgen",
                   "trial_cohabitation": "gaat proefwonen bij partner",
                   "travel": "maakt een lange reis (wereldreis)",
                   "other": "verblijft tijdelijk elders om persoonlijke redenen (niet toegelicht)"}
_CRM17 = ("Klantcontact", "KCC", "Servicecentrum")


def crm_contactmoment_telefoon_notitie(c: Ctx):
    """Fresh17. A customer-contact system's print of a telephone call in which the tenant asks for house-sitting: the contact's number,
    channel, the call's day and time as "05-MRT-26 10:32" and the agent (decoys), the tenant and the address as the case's header, and the
    agent's note in short sentences (the reason, the period, the sitter with birth date, "€ 300,00 per maand", own home and children),
    a follow-up with a call-back day (a decoy). A note, not signed: the signing date is not shown (null)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("wd_nopad", "dash"), amounts=("euro_per_maand",))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "initials", "first")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    agent = c.person(born=(1975, 2003))
    called = signed
    back = called + dt.timedelta(days=c.rng.randint(3, 10))
    note = (f"Klant belt: {e(_CALL_REASONS17[reason])}. Vraagt huisbewaring aan van {c.d(start)} tot en met {c.d(end)}. "
            f"Huisbewaarder wordt {e(sn)}, geb. {e(values.date_text(sitter.birth_date, 'dash'))}. Huisbewaarder betaalt {c.a(comp)} aan klant. "
            f"Huisbewaarder heeft {'wel' if own else 'geen'} eigen woning en {'wel' if kids else 'geen'} minderjarige kinderen. "
            "Voorwaarden uitgelegd (min. 3 mnd, max. 12 mnd, huurder blijft verantwoordelijk).")
    head = [("Contactmoment", f"CM-{c.rng.randint(1000000, 9999999)}"), ("Kanaal", "Telefoon (inkomend)"),
            ("Datum/tijd", f"{values.date_text(called, 'oracle_mon_2y')} {c.rng.randint(8, 17):02d}:{c.rng.randint(0, 59):02d}"),
            ("Medewerker", agent.name("first")), ("Onderwerp", "Huisbewaring - aanvraag"), ("Status", "In behandeling")]
    body = (
        f"<div style='background:#2d3e50;color:#fff;padding:2mm 4mm'><b>{e(corp)}</b> &middot; {e(c.rng.choice(_CRM17))} &middot; Relatiebeheer</div>"
        f"<div style='border:0.4mm solid #ccc;padding:2mm 4mm;margin-top:2mm'><span class='small' style='color:#666'>Relatie</span><br><b>{e(tn)}</b> &middot; huurder &middot; "
        f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)} &middot; contractnr. {c.rng.randint(100000, 999999)}</div>"
        + "<table style='width:100%;margin-top:3mm;font-size:8.8pt'>" + "".join(f"<tr><td style='width:40mm;color:#555'>{e(k)}</td><td>{e(v)}</td></tr>" for k, v in head) + "</table>"
        + f"<div style='margin-top:3mm'><span class='small' style='color:#666'>Notitie</span><div style='border-left:1mm solid #2d3e50;padding:2mm 3mm;background:#f6f7f9'>{note}</div></div>"
        f"<div style='margin-top:3mm'><span class='small' style='color:#666'>Vervolgactie</span><br>Klant stuurt aanvraagformulier en bewijsstukken na via Mijn {e(corp)}. "
        f"Terugbellen op {e(values.date_text(back, 'wd_nopad'))}.</div>"
        f"<p class='small' style='margin-top:8mm;color:#777'>Afgedrukt uit het klantsysteem door {e(agent.name('first'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, sitter, None, start, end, reason, comp, own, kids)


_FORM_LETTERS17 = "ABCDE"


def formulierbouwer_vraag_per_blok_print(c: Ctx):
    """Fresh17. The print of an online form built with a form builder that asks one question at a time: every question numbered with an
    arrow ("3 →"), the answer under it in a large coloured face, the reason a lettered choice list with the chosen one filled, yes/no as two
    pills; the tenant's own birth date, e-mail and telephone (decoys), a response id and "Gestart" (a decoy day) and "Ingezonden op do
    5-3-2026 om 21:14" (the signing date)."""
    c.font_of(c.pick(("Quicksand", "Open Sans"), ("Cantarell", "Carlito")))
    c.restyle17(dates=("wd_nopad", "long"), amounts=("euro", "suffix"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    colour = c.pick("#5b3fd1", "#0a7f6f", "#c2410c", "#1d4ed8")
    big = lambda html: f"<div style='font-size:13pt;color:{colour};margin:1mm 0 3mm 0'>{html}</div>"  # noqa: E731
    pill = lambda text, on: (f"<span style='display:inline-block;border:0.4mm solid {colour};border-radius:4mm;padding:0.5mm 4mm;margin-right:2mm;"  # noqa: E731
                             f"{'background:' + colour + ';color:#fff' if on else 'color:' + colour}'>{text}</span>")
    choices = "".join(f"<div style='border:0.3mm solid {colour};border-radius:1.5mm;padding:0.8mm 2mm;margin:1mm 0;width:95mm;"
                      f"{'background:' + colour + ';color:#fff' if key == reason else ''}'><b>{letter}</b> &nbsp; {e(option)}</div>"
                      for letter, (key, (option, _)) in zip(_FORM_LETTERS17, REASONS.items()))
    questions = [("Wat is uw naam?", big(e(tn))), ("Wat is uw geboortedatum?", big(e(values.date_text(tenant.birth_date, "dash")))),
                 ("Waarom bent u tijdelijk afwezig?", choices),
                 ("Vanaf welke datum bent u weg?", big(c.d(start))), ("Tot en met welke datum?", big(c.d(end))),
                 ("Wie past er op uw woning?", big(e(sn))), (f"Wat is de geboortedatum van {sitter.given[0]}?", big(c.d(sitter.birth_date))),
                 ("Heeft de huisbewaarder zelf een eigen woning?", pill("Ja", own) + pill("Nee", not own)),
                 ("Heeft de huisbewaarder kinderen jonger dan 18?", pill("Ja", kids) + pill("Nee", not kids)),
                 ("Hoeveel betaalt de huisbewaarder u per maand?", big(c.a(comp))),
                 ("Hoe kunnen wij u bereiken?", big(f"06-{c.rng.randint(10000000, 99999999)} &middot; {e(tenant.given[0].lower())}{c.rng.randint(1, 99)}@{c.pick('gmail.com', 'hotmail.com', 'outlook.com')}"))]
    blocks = "".join(f"<div style='margin-top:2.5mm'><span style='color:{colour}'>{i} &rarr;</span> {e(q)}{a}</div>" for i, (q, a) in enumerate(questions, start=1))
    begun = signed - dt.timedelta(days=c.rng.randint(1, 5))
    body = (
        f"<div style='font-size:8pt;color:#666'>Antwoord #{c.rng.randint(10000, 99999)}-{c.rng.choice('abcdef')}{c.rng.randint(100, 999)} &middot; "
        f"Gestart {e(values.date_text(begun, 'wd_nopad'))} &middot; Ingezonden op {c.d(signed)} om {c.rng.randint(7, 23)}:{c.rng.randint(0, 59):02d}</div>"
        f"<h1 style='font-size:15pt;margin-top:3mm'>Aanvraag huisbewaring &middot; {e(corp)}</h1>"
        + blocks
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.2pt; } @page { margin: 12mm; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh18 split ---------------------------------------------------------------------------


def fax_voorblad_aanvraagformulier(c: Ctx):
    """Fresh18. A house-sitting request faxed to the corporation: the fax machine's header line across the top (the day and time it was
    sent, the sender's number and "p. 1/1": decoys), a cover block (to, from, fax numbers, pages) and under it the filled form in a ruled
    table with dates as "12/03/26", "12-03-2026" or "12 mrt. 2026" (the sitter's birth date in full), the reason ticked, yes/no answers,
    and "Datum ondertekening" the signing date."""
    c.font_of(c.pick(("Liberation Mono", "DejaVu Sans Mono"), ("Liberation Sans", "DejaVu Sans")))
    c.restyle17(dates=("slash_2y", "dash", "short"), amounts=("EUR_grouped", "euro_word", "euro"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "initials", "first")), sitter.name(c.pick("all", "first"))
    sent = signed + dt.timedelta(days=c.rng.randint(1, 4))
    number = f"0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)}"
    head = (f"<div style='font-family:monospace;font-size:7.5pt;border-bottom:0.5px solid #444'>{e(values.date_text(sent, 'slash_2y'))} "
            f"{c.rng.randint(8, 21):02d}:{c.rng.randint(0, 59):02d} FAX {e(number)} &nbsp;&nbsp; {e(tenant.surname.upper())} &nbsp;&nbsp; P. 001/001</div>")
    rows = [("Naam huurder", e(tn)), ("Naam huisbewaarder", e(sn)), ("Geboortedatum huisbewaarder", e(values.date_text(sitter.birth_date, "long"))),
            ("Periode van", c.d(start)), ("Periode tot en met", c.d(end)), ("Reden afwezigheid", _reason_boxes(c, reason)),
            ("Vergoeding huisbewaarder per maand", c.a(comp)), ("Huisbewaarder heeft eigen woning", c.check(own)),
            ("Huisbewaarder heeft minderjarige kinderen", c.check(kids)), ("Datum ondertekening", c.d(signed))]
    body = (
        head
        + "<table class='ruled' style='width:100%;margin-top:4mm;font-size:9pt'>"
        f"<tr><td colspan='2' style='font-size:13pt'><b>FAX</b></td></tr><tr><td style='width:45mm'>Aan</td><td>{e(corp)}, afdeling Verhuur</td></tr>"
        f"<tr><td>Faxnummer</td><td>0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)}</td></tr><tr><td>Van</td><td>{e(tn)} (fax {e(number)})</td></tr>"
        "<tr><td>Aantal pagina's</td><td>1 (inclusief dit blad)</td></tr></table>"
        "<h2 style='margin-top:6mm'>Aanvraag toestemming huisbewaring</h2>"
        + "<table class='ruled' style='width:100%'>" + "".join(f"<tr><td style='width:70mm'>{e(k)}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        + "<p style='margin-top:6mm'>Handtekening huurder: ____________________</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_PL18 = {"work_or_study": "Praca lub nauka", "care": "Opieka nad inną osobą", "trial_cohabitation": "Próbne wspólne zamieszkanie",
         "travel": "Długa podróż", "other": "Inne"}
_PL_TOWNS18 = (("Gdańsk", "80-{:03d}"), ("Wrocław", "50-{:03d}"), ("Poznań", "60-{:03d}"), ("Lublin", "20-{:03d}"), ("Rzeszów", "35-{:03d}"))


def tweetalig_pools_formulier(c: Ctx):
    """Fresh18. A Dutch-Polish house-sitting form for a tenant from Poland: every label in Dutch with the Polish under it in grey
    ("Geboortedatum / Data urodzenia"), the reason a ticked list in both languages, yes/no as "ja/tak" and "nee/nie", the tenant's address
    in Poland during the absence (a foreign address with a Polish postcode) and a telephone number as decoys; "Datum / Data" the signing date."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Open Sans", "Carlito")))
    c.restyle17(dates=("dot_pad", "iso", "long"), amounts=("EUR", "suffix"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    tenant = c.person(origin="pl", born=(1965, 2000))
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first", "initials"))
    town, code = c.rng.choice(_PL_TOWNS18)
    label = lambda nl, pl: f"{e(nl)}<br><span style='color:#777;font-size:7.8pt'>{e(pl)}</span>"  # noqa: E731
    yn = lambda v: f"{c.tick(v)} ja / tak &nbsp; {c.tick(not v)} nee / nie"  # noqa: E731
    reasons = "<br>".join(f"{c.tick(k == reason)} {e(option)} <span style='color:#777'>/ {e(_PL18[k])}</span>" for k, (option, _) in REASONS.items())
    rows = [(label("Naam huurder", "Imię i nazwisko najemcy"), e(tn)),
            (label("Adres tijdens afwezigheid", "Adres w czasie nieobecności"), f"ul. {e(c.pick('Długa', 'Polna', 'Leśna', 'Kwiatowa'))} {c.rng.randint(1, 90)}, {e(code.format(c.rng.randint(1, 999)))} {e(town)}, Polska"),
            (label("Telefoon", "Telefon"), f"+48 {c.rng.randint(500, 799)} {c.rng.randint(100, 999)} {c.rng.randint(100, 999)}"),
            (label("Naam huisbewaarder", "Imię i nazwisko opiekuna mieszkania"), e(sn)),
            (label("Geboortedatum huisbewaarder", "Data urodzenia opiekuna"), c.d(sitter.birth_date)),
            (label("Afwezig van", "Nieobecność od"), c.d(start)), (label("tot en met", "do"), c.d(end)),
            (label("Reden", "Powód"), reasons),
            (label("Vergoeding per maand", "Opłata miesięczna"), c.a(comp)),
            (label("Heeft de huisbewaarder een eigen woning?", "Czy opiekun ma własne mieszkanie?"), yn(own)),
            (label("Heeft de huisbewaarder kinderen onder 18 jaar?", "Czy opiekun ma dzieci poniżej 18 lat?"), yn(kids))]
    body = (
        f"<div class='logo' style='font-size:15pt'>{e(corp)}</div>"
        "<h1 style='font-size:14pt;margin:3mm 0 0 0'>Aanvraag huisbewaring</h1><div style='color:#777;margin-bottom:3mm'>Wniosek o opiekę nad mieszkaniem</div>"
        + "<table class='lines' style='width:100%'>" + "".join(f"<tr><td style='width:70mm'>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        + f"<p style='margin-top:5mm'>{label('Datum', 'Data')} {c.d(signed)}</p><p>Handtekening / Podpis: ____________________</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh19 split ---------------------------------------------------------------------------

_AR19 = {"work_or_study": "عمل أو دراسة", "care": "رعاية شخص آخر", "trial_cohabitation": "تجربة السكن المشترك", "travel": "سفر طويل", "other": "سبب آخر"}
_MA_TOWNS19 = ("Tanger", "Nador", "Al Hoceima", "Casablanca", "Oujda", "Tetouan")


def tweetalig_arabisch_formulier(c: Ctx):
    """Fresh19. A corporation's house-sitting form in Dutch and Arabic: the Dutch label left, the answer in the middle and the Arabic
    label right-aligned in a right-hand column ("Naam huisbewaarder | ... | اسم حارس البيت"); the tenant's address in Morocco during the
    absence, a +212 telephone number and the day of travel as decoys; the reason a ticked list in both languages, "Datum ondertekening"
    the signing date."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("DejaVu Sans", "Carlito")))
    c.restyle17(dates=("dash", "long", "iso"), amounts=("euro", "EUR_grouped"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    tenant = c.person(origin="ma", born=(1955, 2000))
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first", "initials"))
    travel = start - dt.timedelta(days=c.rng.randint(1, 3))
    ar = "font-family:'DejaVu Sans';direction:rtl;text-align:right;color:#444;width:42mm"
    reasons = "<br>".join(f"{c.tick(k == reason)} {e(option)} <span style='font-family:DejaVu Sans;color:#555'>/ {e(_AR19[k])}</span>" for k, (option, _) in REASONS.items())
    yn = lambda v: f"{c.tick(v)} ja / نعم &nbsp; {c.tick(not v)} nee / لا"  # noqa: E731
    rows = [("Naam huurder", e(tn), "اسم المستأجر"),
            ("Adres tijdens afwezigheid", f"{e(c.pick('Rue', 'Avenue', 'Boulevard'))} {e(c.pick('Hassan II', 'Mohammed V', 'Ibn Batouta', 'Al Massira'))} {c.rng.randint(1, 200)}, {e(c.rng.choice(_MA_TOWNS19))}, Marokko", "العنوان أثناء الغياب"),
            ("Telefoon", f"+212 6{c.rng.randint(10, 99)} {c.rng.randint(100, 999)} {c.rng.randint(100, 999)}", "الهاتف"),
            ("Vertrekdatum (reis)", e(values.date_text(travel, "long")), "تاريخ السفر"),
            ("Naam huisbewaarder", e(sn), "اسم حارس البيت"), ("Geboortedatum huisbewaarder", c.d(sitter.birth_date), "تاريخ الميلاد"),
            ("Periode van", c.d(start), "من"), ("tot en met", c.d(end), "إلى"),
            ("Reden", reasons, "السبب"), ("Vergoeding per maand", c.a(comp), "التعويض الشهري"),
            ("Eigen woning huisbewaarder?", yn(own), "هل لديه سكن خاص؟"), ("Kinderen onder 18 jaar?", yn(kids), "أطفال دون 18 سنة؟")]
    body = (
        f"<div class='logo' style='font-size:15pt'>{e(corp)}</div>"
        "<table style='width:100%'><tr><td><h1 style='font-size:14pt;margin:3mm 0'>Aanvraag huisbewaring</h1></td>"
        f"<td style='{ar};font-size:13pt;width:60mm'>طلب حراسة المنزل</td></tr></table>"
        + "<table class='lines' style='width:100%'>" + "".join(f"<tr><td style='width:52mm'>{e(k)}</td><td>{v}</td><td style='{ar}'>{e(a)}</td></tr>" for k, v, a in rows) + "</table>"
        + f"<table style='width:100%;margin-top:5mm'><tr><td>Datum ondertekening: {c.d(signed)}</td><td style='{ar}'>تاريخ التوقيع</td></tr></table>"
        "<p>Handtekening huurder: ____________________</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_BOTS19 = ("Woonbot", "Vraag het Nina", "Digitale assistent Sam", "Chatbot Huurdersservice")


def chatbot_gesprek_snelknoppen(c: Ctx):
    """Fresh19. The print of a corporation's website chatbot conversation: the bot's questions on the left, the tenant's typed answers
    and pressed quick-reply buttons on the right (the chosen reason button filled), the chat's date and message times and the bot's case
    number as decoys; nothing is signed, so there is no signing date (null)."""
    c.font_of(c.pick(("Open Sans", "Quicksand"), ("Carlito", "Cantarell")))
    c.restyle17(dates=("nopad", "long", "dash"), amounts=("euro", "euro_word"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp, bot = c.rng.choice(CORPORATIONS), c.rng.choice(_BOTS19)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    hour, minute = c.rng.randint(8, 21), c.rng.randint(0, 40)
    t = lambda k: f"{hour}:{minute + k:02d}"  # noqa: E731
    buttons = " ".join(f"<span style='display:inline-block;border:1px solid #2a6db0;border-radius:3mm;padding:0.5mm 2mm;margin:0.5mm;font-size:8pt;"
                       f"{'background:#2a6db0;color:#fff' if k == reason else 'color:#2a6db0'}'>{e(option)}</span>" for k, (option, _) in REASONS.items())
    yn = lambda v: "Ja" if v else "Nee"  # noqa: E731
    bot_say = lambda text, k: chat_bubble(text, False, t(k))  # noqa: E731
    me = lambda text, k: chat_bubble(text, True, t(k), colour="#dbe9f8")  # noqa: E731
    body = (
        f"<div style='display:flex;justify-content:space-between;border-bottom:2px solid #2a6db0;padding-bottom:2mm'><span class='logo' style='font-size:14pt'>{e(corp)}</span>"
        f"<span class='small'>Gesprek met {e(bot)} &middot; {e(values.date_text(signed, 'wd_dash'))}</span></div>"
        "<div style='margin-top:3mm;font-size:9pt'>"
        + bot_say("Hallo! Waar kan ik je mee helpen?", 0) + me("Ik wil toestemming voor huisbewaring", 0)
        + bot_say("Wat is je naam? (huurder)", 1) + me(e(tn), 1)
        + bot_say("Wie gaat op je woning passen?", 1) + me(e(sn), 2)
        + bot_say("Wat is de geboortedatum van de huisbewaarder?", 2) + me(c.d(sitter.birth_date), 2)
        + bot_say("Vanaf wanneer en tot wanneer ben je weg?", 3) + me(f"van {c.d(start)} tot en met {c.d(end)}", 4)
        + bot_say("Wat is de reden?<br>" + buttons, 4)
        + bot_say("Welke vergoeding krijgt de huisbewaarder per maand?", 5) + me(c.a(comp), 5)
        + bot_say("Heeft de huisbewaarder een eigen woning?", 6) + me(yn(own), 6)
        + bot_say("Heeft de huisbewaarder kinderen jonger dan 18?", 6) + me(yn(kids), 7)
        + bot_say(f"Bedankt! Je aanvraag is doorgestuurd. Zaaknummer HB-{c.rng.randint(10000, 99999)}. Je hoort binnen vier weken van ons.", 7)
        + "</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(tn, sn, sitter, None, start, end, reason, comp, own, kids)


# --- fresh20 split ---------------------------------------------------------------------------

_MISSIONS20 = ("de NAVO-missie Enhanced Forward Presence in Litouwen", "de VN-missie UNIFIL in Libanon", "de EU-missie EUFOR Althea in Bosnië-Herzegovina",
               "de NAVO-inzet in Roemenië", "de maritieme missie Aspides in de Rode Zee", "de trainingsmissie in Irak")
_UNITS20 = ("13 Lichte Brigade, Oirschot", "43 Gemechaniseerde Brigade, Havelte", "11 Luchtmobiele Brigade, Schaarsbergen", "Korps Mariniers, Doorn",
            "Defensie Helikopter Commando, Gilze-Rijen", "Marinekazerne Den Helder")
_RANKS20 = ("sergeant", "korporaal", "eerste luitenant", "kapitein", "sergeant-majoor", "soldaat der eerste klasse")


def militair_uitzending_brief_gezien_stempel(c: Ctx):
    """Fresh20. A service member's typed letter asking the corporation for house-sitting during a deployment abroad (the reason work):
    the rank, unit with its garrison town, the service number, the mission and the start of the pre-deployment training as decoys; the
    sitter, birth date, period, compensation and the sitter's own home and children in sentences; signed at a place and date, with the
    commander's purple "VOOR GEZIEN" stamp bearing its own later day and name (decoys)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Liberation Serif", "DejaVu Serif")))
    c.restyle17(dates=("long", "dash", "nopad"), amounts=("euro", "EUR_grouped", "dash"))
    tenant, sitter, signed, start, end, _reason, comp, own, kids = _facts(c)
    reason = "work_or_study"
    corp, home = c.rng.choice(CORPORATIONS), people.address(c.rng)
    tn, sn = tenant.name(c.pick("all", "initials", "first")), sitter.name(c.pick("all", "first"))
    rank, unit = c.rng.choice(_RANKS20), c.rng.choice(_UNITS20)
    training = start - dt.timedelta(days=c.rng.randint(30, 80))
    seen = signed + dt.timedelta(days=c.rng.randint(1, 6))
    commander = c.person(born=(1965, 1990))
    he = "Hij" if sitter.sex == "m" else "Zij"
    own_text = f"{he} heeft zelf een eigen woning." if own else f"{he} heeft geen eigen woning en woont nu bij familie in."
    kids_text = f"{he} heeft kinderen jonger dan 18 jaar." if kids else f"{he} heeft geen minderjarige kinderen."
    comp_text = (f"{e(sn)} betaalt mij een vergoeding van {c.a(comp)} per maand voor het gebruik van de woning." if float(comp) else
                 f"Er is geen vergoeding afgesproken ({c.a(comp)} per maand).")
    body = (
        f"<p>{e(rank)} {e(tn)}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))} {e(home.city)}</p>"
        f"<p style='margin-top:8mm'>{e(corp)}<br>t.a.v. afdeling Verhuur</p>"
        f"<p style='margin-top:8mm'>{e(home.city)}, {c.d(signed)}</p>"
        "<p><b>Betreft: aanvraag huisbewaring tijdens uitzending</b></p>"
        "<p>Geachte heer, mevrouw,</p>"
        f"<p>Ik ben beroepsmilitair bij {e(unit)} (registratienummer {c.rng.randint(10**7, 10**8 - 1)}). Ik word uitgezonden voor {e(c.rng.choice(_MISSIONS20))}. "
        f"De opwerkperiode begint op {e(values.date_text(training, 'long'))}; ik ben van huis van <b>{c.d(start)}</b> tot en met <b>{c.d(end)}</b>.</p>"
        f"<p>Ik vraag toestemming om mijn woning in die periode te laten bewonen door <b>{e(sn)}</b>, geboren op {c.d(sitter.birth_date)}. "
        f"{e(own_text)} {e(kids_text)}</p>"
        f"<p>{comp_text}</p>"
        "<p>Een verklaring van mijn commandant over de uitzending stuur ik mee. Ik hoor graag of u akkoord gaat.</p>"
        f"<p>Met vriendelijke groet,<br><br><br>{e(tn)}</p>"
        "<div style='margin-top:4mm'>"
        + stamp(["VOOR GEZIEN", f"Commandant {unit.split(',')[0]}", values.date_text(seen, "dash"), commander.name("initials")], colour="#5b2a86", turn=c.rng.uniform(-6, 3))
        + "</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_UNIONS20 = ("Huurdersvereniging Amsterdam-Noord", "Bewonersraad Zuidoost", "Huurdersbelangenvereniging Zaanstreek", "Huurdersvereniging De Eendracht",
             "HBV Velsen", "Huurdersvereniging Rotterdam-Zuid")
_TEMPLATE_REASONS20 = {"work_or_study": "werk of studie in het buitenland", "care": "zorg voor een familielid", "trial_cohabitation": "proefsamenwonen",
                       "travel": "een lange reis", "other": "een andere reden"}


def huurdersvereniging_voorbeeldbrief_ingevuld(c: Ctx):
    """Fresh20. A tenants' association's model letter for a house-sitting request, filled in by the tenant: a grey instruction box with an
    example date and sum in square brackets (decoys), the tenant's entries highlighted where the model had "[ ]", the reasons listed with
    all but one struck through, "wel / geen" own home and "wel / geen" children with one word struck; "[plaats], [datum]" filled in the
    signing date; the association's address, postcode and the model's version as decoys in the footer."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Caladea", "Liberation Serif")))
    c.restyle17(dates=("long", "dash", "cap_month"), amounts=("euro", "dash", "euro_word"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    union, office, home = c.rng.choice(_UNIONS20), people.address(c.rng), people.address(c.rng)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first", "initials"))
    example = c.date((2025, 1, 1), (2026, 12, 1))
    fill = lambda html: highlight(f"<span style='color:#0b2a6f'>{html}</span>")  # noqa: E731
    reasons = " &ndash; ".join(e(text) if key == reason else f"<s>{e(text)}</s>" for key, text in _TEMPLATE_REASONS20.items())
    pick = lambda yes: "wel / <s>geen</s>" if yes else "<s>wel</s> / geen"  # noqa: E731
    body = (
        "<div style='background:#eee;border:0.6px solid #bbb;padding:2mm 3mm;font-size:8.2pt'><b>Voorbeeldbrief huisbewaring</b> &mdash; vul de gegevens tussen "
        f"[ ] in en haal door wat niet van toepassing is. Bijvoorbeeld: [{e(values.date_text(example, 'long'))}] of [{e(values.amount_text(c.pick('250.00', '300.00', '400.00'), 'dash'))}].</div>"
        f"<p style='margin-top:6mm'>{fill(e(tn))}<br>{fill(e(home.line1()))}<br>{fill(e(values.postcode_text(home.postcode, True) + ' ' + home.city))}</p>"
        f"<p>Aan: {fill(e(corp))}</p>"
        f"<p>{fill(e(home.city))}, {fill(c.d(signed))}</p>"
        "<p><b>Onderwerp: verzoek om toestemming voor huisbewaring</b></p>"
        "<p>Geachte heer/mevrouw,</p>"
        f"<p>Ik ben tijdelijk afwezig van {fill(c.d(start))} tot en met {fill(c.d(end))}. De reden is: {reasons}.</p>"
        f"<p>Ik vraag u toestemming om in die periode de woning te laten bewonen door {fill(e(sn))}, geboren op {fill(c.d(sitter.birth_date))}. "
        f"De huisbewaarder heeft {pick(own)} eigen woning en heeft {pick(kids)} kinderen jonger dan 18 jaar.</p>"
        f"<p>De huisbewaarder betaalt mij een vergoeding van {fill(c.a(comp))} per maand. Deze vergoeding is niet hoger dan de huur.</p>"
        "<p>Ik hoop op een positieve reactie.</p>"
        f"<p>Met vriendelijke groet,<br><br><br>{fill(e(tn))}</p>"
        f"<div style='position:fixed;bottom:-10mm;left:0;right:0;font-size:7pt;color:#555;border-top:0.5px solid #999'>{e(union)} &middot; {e(office.line1())}, "
        f"{e(values.postcode_text(office.postcode, True))} {e(office.city)} &middot; voorbeeldbrief versie {e(values.MONTHS[c.rng.randint(0, 11)])} {c.rng.randint(2021, 2025)}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh21 split ---------------------------------------------------------------------------

_BEWIND21 = ("Bewindvoering Noord B.V.", "Budgetbeheer De Brug", "Bewind & Balans", "Stichting Beschermingsbewind Zuid", "Van Dam Bewindvoering")
_AWAY21 = {
    "work_or_study": "gaat tijdelijk werken bij een familiebedrijf in het buitenland en heeft daarvoor een arbeidsovereenkomst",
    "care": "wordt voor langere tijd opgenomen in een zorginstelling voor behandeling",
    "trial_cohabitation": "gaat op proef samenwonen met de partner in diens woning",
    "travel": "maakt een lange reis naar familie in het land van herkomst",
    "other": "verblijft om persoonlijke redenen enige tijd elders",
}


def bewindvoerder_brief_namens_client(c: Ctx):
    """Fresh21. A budget administrator's ("bewindvoerder") letter asking the corporation for house-sitting on behalf of a client under
    administration: the office's letterhead with its street, postcode, KvK number and trade association, the client number, the court's
    decision appointing the administrator with its day and the court's town, the administration account's IBAN that receives the
    compensation and the monthly rent paid from it (decoys); the tenant as "de heer/mevrouw ...", the sitter with birth date, own home and
    children in sentences, "plaats, datum" the signing date and the administrator's "q.q."."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Caladea", "Liberation Serif")))
    c.restyle17(dates=("long", "dash", "long_pad", "wd_nopad"), amounts=("euro", "euro_nogroup"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    office = c.rng.choice(_BEWIND21)
    where, admin = people.address(c.rng), c.person(born=(1962, 1994))
    tn = tenant.name(c.pick("initials", "all", "first"))
    sn = sitter.name(c.pick("all", "first"))
    appointed = signed - dt.timedelta(days=c.rng.randint(200, 2400))
    rent = values.amount(c.rng.randint(520, 980) + c.rng.choice((0.0, 0.45, 0.9)))
    account = values.iban(c.rng, c.pick("INGB", "RABO", "ABNA", "SNSB"))
    pron = "zijn" if tenant.sex == "m" else "haar"
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(office)}</span><br>"
        f"<span class='small'>{e(where.line1())} &middot; {e(values.postcode_text(where.postcode, True))} {e(where.city)} &middot; KvK {c.rng.randint(10000000, 99999999)}<br>"
        "aangesloten bij de branchevereniging BPBI</span></td></tr></table>"
        + address_block([corp, "t.a.v. afdeling Verhuur / huisbewaring", "Postbus " + str(c.rng.randint(100, 9999)), f"{people.issuer_address(c.rng)[1]}"])
        + kv([("Uw huurder", e(tn)), ("Onze cliëntcode", f"BW-{c.rng.randint(1000, 9999)}"), ("Betreft", "verzoek toestemming huisbewaring")], label_width="34mm")
        + f"<p style='margin-top:5mm'>Geachte heer, mevrouw,</p>"
        f"<p>Bij beschikking van de kantonrechter te {e(c.rng.choice(people.places())[1])} van {e(values.date_text(appointed, 'long'))} ben ik benoemd tot bewindvoerder "
        f"over de goederen van {e(tenant.salutation().lower())} <b>{e(tn)}</b>, huurder van een woning van {e(corp)}. Namens mijn cliënt vraag ik toestemming voor huisbewaring.</p>"
        f"<p>Mijn cliënt {e(_AWAY21[reason])}. De woning wordt in die periode bewoond door <b>{e(sn)}</b>, geboren op {c.d(sitter.birth_date)}.</p>"
        f"<p>De huisbewaring duurt van <b>{c.d(start)}</b> tot en met <b>{c.d(end)}</b>.</p>"
        f"<p>{e(sitter.salutation())} {e(sitter.surname)} heeft {'wel' if own else 'geen'} eigen woonruimte en {'heeft minderjarige kinderen' if kids else 'heeft geen minderjarige kinderen'}. "
        f"Als vergoeding voor het gebruik van de woning betaalt de huisbewaarder {c.a(comp)} per maand op de beheerrekening {e(values.iban_text(account, True))}; "
        f"vanaf die rekening blijft de huur van {e(values.amount_text(rent, 'euro'))} elke maand aan u betaald worden.</p>"
        f"<p>Een kopie van de beschikking en van {pron} legitimatiebewijs sluit ik bij.</p>"
        f"<p>{e(where.city)}, {c.d(signed)}</p>"
        f"<p>Met vriendelijke groet,<br><br><br>{e(admin.name('initials'))} q.q.<br>bewindvoerder</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def formulier_intern_afhandelblok(c: Ctx):
    """Fresh21. A corporation's one-page paper form "Verzoek huisbewaring" filled in by hand in blue ink, whose lower part "Alleen voor
    intern gebruik" (grey) a letting officer filled in with a black pen: the day of receipt, the register checks (rent arrears, earlier
    house-sitting), the monthly rent, the decision, the decision's day and the officer's initials as decoys; the tenant's part with the
    reasons as boxes, "Datum" before the tenant's signature the signing date."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("dash", "dash", "slash", "nopad"), amounts=("euro", "dash", "euro_word"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    hand = c.pick("Comic Neue", "Jura", "Quicksand")
    ink = f'font-family:"{hand}", cursive;color:#1a2f8a;font-size:12pt'
    pen = f'font-family:"{c.pick("Courier Prime", "Comic Neue")}", cursive;color:#111;font-size:11pt'
    w = lambda html_text: f"<span style='{ink}'>{html_text}</span>"  # noqa: E731
    p = lambda html_text: f"<span style='{pen}'>{html_text}</span>"  # noqa: E731
    received = signed + dt.timedelta(days=c.rng.randint(1, 9))
    decided = received + dt.timedelta(days=c.rng.randint(5, 25))
    rent = values.amount(c.rng.randint(480, 990) + c.rng.choice((0.0, 0.25, 0.6)))
    boxes = "<br>".join(f"{'☒' if key == reason else '☐'} {e(option)}" for key, (option, _) in REASONS.items())
    line = "border-bottom:0.8px dotted #555;padding:1.5mm 0 0.5mm 0"
    rows = [("Naam huurder", w(e(tn))), ("Naam huisbewaarder", w(e(sn))), ("Geboortedatum huisbewaarder", w(c.d(sitter.birth_date))),
            ("Huisbewaring vanaf", w(c.d(start))), ("Huisbewaring tot en met", w(c.d(end))), ("Vergoeding huisbewaarder per maand", w(c.a(comp))),
            ("Heeft de huisbewaarder een eigen woning?", w(e("ja" if own else "nee"))), ("Wonen er kinderen onder 18 jaar bij de huisbewaarder?", w(e("ja" if kids else "nee")))]
    table = "".join(f"<tr><td style='width:80mm;{line}'>{e(k)}</td><td style='{line}'>{v}</td></tr>" for k, v in rows)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td><td class='right small'>formulier HB-01</td></tr></table>"
        "<h1 style='font-size:15pt;margin-top:4mm'>Verzoek huisbewaring</h1>"
        "<p class='small'>Vul dit formulier in met blokletters en stuur het minstens vier weken voor de ingangsdatum naar ons op.</p>"
        f"<table style='width:100%'>{table}</table>"
        f"<p style='margin-top:3mm'>Reden van afwezigheid:<br>{boxes}</p>"
        f"<p>Datum: {w(c.d(signed))} &nbsp;&nbsp;&nbsp; Handtekening huurder: <span style='{ink};font-size:16pt'>{e(tenant.surname.split()[-1])}</span></p>"
        "<div style='background:#e9e9e9;border:1px solid #999;padding:2mm 4mm;margin-top:4mm'><b>Alleen voor intern gebruik</b>"
        "<table style='width:100%;font-size:9.4pt'>"
        f"<tr><td style='width:62mm'>Ontvangen op</td><td>{p(e(values.date_text(received, 'dash')))}</td></tr>"
        f"<tr><td>Huurachterstand</td><td>{p('nee')}</td></tr>"
        f"<tr><td>Kale huur + servicekosten</td><td>{p(e(values.amount_text(rent, 'euro')))}</td></tr>"
        f"<tr><td>Eerdere huisbewaring</td><td>{p(c.pick('nee', 'nee', 'nvt'))}</td></tr>"
        f"<tr><td>Besluit</td><td>{p(c.pick('akkoord', 'akkoord, brief verstuurd'))}</td></tr>"
        f"<tr><td>Datum besluit / paraaf</td><td>{p(e(values.date_text(decided, 'dash')) + ' &nbsp; ' + e(''.join(x[0] for x in c.person().name('all').split()[:2]).upper()))}</td></tr>"
        "</table></div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh22 split ---------------------------------------------------------------------------

_STUDENT_HOUSING22 = ("DUWO", "SSH Student Housing", "Idealis", "Stadswonen Rotterdam", "Talis", "Xior Student Housing", "Lefier Studentenhuisvesting")
_EXCHANGE22 = (("Universidad de Granada", "Spanje"), ("Uppsala universitet", "Zweden"), ("University of Cape Town", "Zuid-Afrika"), ("Politecnico di Milano", "Italië"),
               ("Universidade de Lisboa", "Portugal"), ("National University of Singapore", "Singapore"), ("Université de Montréal", "Canada"))
_STUDENT_REASONS22 = {"work_or_study": "Studie, uitwisseling of stage in het buitenland", "care": "Zorg voor een familielid", "trial_cohabitation": "Proefsamenwonen",
                      "travel": "Reis (tussenjaar)", "other": "Anders"}


def studentenhuisvester_uitwisseling_tijdelijke_bewoner(c: Ctx):
    """Fresh22. A student housing provider's form "Aanvraag tijdelijke bewoner" for a tenant who goes abroad for an exchange or an
    internship and leaves the room to a temporary resident: the tenant's student number, institution and the host university abroad with its
    country and the semester's dates (decoy dates), the complex and the room number, the temporary resident with birth date and own institution,
    the reasons as a list with one box ticked, the two questions answered with boxes, "Huur die de tijdelijke bewoner aan u betaalt" the
    compensation, the provider's own deposit as a decoy sum; "Datum ondertekening" the signing date."""
    c.font_of(c.pick(("Open Sans", "Cantarell"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("dash", "long", "short_nodot", "dot_pad"), amounts=("euro", "euro_per_maand", "EUR_after"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    tenant = c.person(born=(1998, 2006))
    sitter = c.person(born=(1997, 2007))
    provider = c.rng.choice(_STUDENT_HOUSING22)
    host, country = c.rng.choice(_EXCHANGE22)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first", "initials"))
    semester = (start + dt.timedelta(days=c.rng.randint(3, 20)), end - dt.timedelta(days=c.rng.randint(3, 20)))
    reasons = "<br>".join(f"{c.tick(key == reason)} {e(text)}" for key, text in _STUDENT_REASONS22.items())
    section = lambda title: f"<div style='background:#2d2a6e;color:#fff;padding:1mm 3mm;margin-top:3mm;font-weight:bold;font-size:9.4pt'>{e(title)}</div>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:17pt;color:#2d2a6e'>{e(provider)}</span></td>"
        "<td class='right small'>Formulier T-02 &middot; tijdelijke bewoning</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:4mm'>Aanvraag tijdelijke bewoner tijdens verblijf in het buitenland</h1>"
        + section("1. Huurder")
        + grid([("Naam", e(tn)), ("Studentnummer", str(c.rng.randint(1000000, 9999999))), ("Onderwijsinstelling", c.pick("Universiteit Utrecht", "TU Delft", "Hanzehogeschool", "Universiteit Leiden", "Erasmus Universiteit")),
                ("Complex / kamer", f"{c.pick('Uilenstede', 'Cambridgelaan', 'Kornoeljestraat', 'Rotterdamseweg', 'Zernike Campus')} / kamer {c.rng.randint(1, 420)}")], label_width="32mm")
        + section("2. Verblijf in het buitenland")
        + grid([("Instelling", e(host)), ("Land", e(country)), ("Semester", f"{e(values.date_text(semester[0], 'dash'))} &ndash; {e(values.date_text(semester[1], 'dash'))}"),
                ("Reden", reasons)], label_width="32mm")
        + section("3. Tijdelijke bewoner")
        + grid([("Naam", e(sn)), ("Geboortedatum", c.d(sitter.birth_date)), ("Studeert aan", c.pick("Hogeschool Utrecht", "Universiteit van Amsterdam", "Fontys", "Saxion", "HAN")),
                ("Telefoon", f"06-{c.rng.randint(10000000, 99999999)}")], label_width="32mm")
        + section("4. Periode en huur")
        + grid([("Van", c.d(start)), ("Tot en met", c.d(end)), ("Huur die de tijdelijke bewoner aan u betaalt", c.a(comp)),
                ("Waarborgsom tijdelijke bewoner", e(values.amount_text(values.amount(c.rng.choice((300, 350, 400, 500))), "euro")))], label_width="32mm")
        + section("5. Verklaringen tijdelijke bewoner")
        + kv([("Heeft de tijdelijke bewoner eigen woonruimte?", c.check(own)), ("Heeft de tijdelijke bewoner minderjarige kinderen?", c.check(kids))], label_width="95mm")
        + f"<p style='margin-top:4mm'>Datum ondertekening: <b>{c.d(signed)}</b> &nbsp;&nbsp; Handtekening huurder: ____________ &nbsp; Handtekening tijdelijke bewoner: ____________</p>"
        f"<p class='small'>Lever dit formulier minstens vier weken voor vertrek in bij {e(provider)}. De huurder blijft verantwoordelijk voor de kamer en de huur.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.3pt; } td { padding-top: 1px; padding-bottom: 1px; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def complexbeheer_afwezigheid_sleutelmelding(c: Ctx):
    """Fresh22. A corporation's form for an apartment building that combines the notice of a long absence to the caretaker
    ("huismeester") with the request for house-sitting: the tenant with the flat's complex and door number, the house-sitter with birth date,
    the period and the reason, the two questions, the compensation, and a block "Sleutels en toegang" with the key tags' numbers, the
    parking place, the storage box, the name for the intercom panel and an emergency contact with a telephone number (decoy numbers and a
    decoy name); the caretaker's "gezien" with its own day as a decoy, "Datum" beside the tenant's signature the signing date."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("dash", "long", "slash", "wd_nopad"), amounts=("euro", "EUR_grouped", "euro_per_mnd"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first"))
    contact = c.person(born=(1950, 1995))
    seen = signed + dt.timedelta(days=c.rng.randint(1, 9))
    cell = "border:0.8px solid #555;padding:1.5mm 2mm"
    tags = ", ".join(str(c.rng.randint(10000, 99999)) for _ in range(c.rng.randint(1, 3)))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>{e(corp)}</span><br><span class='small'>Complexbeheer &middot; huismeester</span></td>"
        f"<td class='right small'>Complex {c.rng.randint(100, 999)}<br>{e(c.pick('Flat De Horizon', 'Residentie Parkzicht', 'De Kolk', 'Torenflat Noord', 'Het Baken'))}</td></tr></table>"
        "<h1 style='font-size:13.5pt;margin-top:4mm'>Melding langdurige afwezigheid en aanvraag huisbewaring</h1>"
        "<table style='width:100%;border-collapse:collapse;font-size:9.2pt'>"
        f"<tr><td style='{cell};width:50%'><b>Huurder</b><br>{e(tn)}<br>Huisnummer deur: {c.rng.randint(1, 240)}</td>"
        f"<td style='{cell}'><b>Huisbewaarder</b><br>{e(sn)}<br>Geboortedatum: {c.d(sitter.birth_date)}</td></tr>"
        f"<tr><td style='{cell}'><b>Afwezig van</b> {c.d(start)}<br><b>tot en met</b> {c.d(end)}</td><td style='{cell}'><b>Reden</b><br>{_reason_boxes(c, reason)}</td></tr>"
        f"<tr><td style='{cell}'>Eigen woonruimte huisbewaarder?<br>{c.check(own)}</td><td style='{cell}'>Minderjarige kinderen huisbewaarder?<br>{c.check(kids)}</td></tr>"
        f"<tr><td style='{cell}' colspan='2'>Vergoeding die de huisbewaarder per maand aan de huurder betaalt: <b>{c.a(comp)}</b></td></tr></table>"
        "<h3>Sleutels en toegang (voor de huismeester)</h3>"
        "<table style='width:100%;border-collapse:collapse;font-size:9pt;background:#f4f4ef'>"
        f"<tr><td style='{cell}'>Nummer(s) sleuteltag(s)</td><td style='{cell}'>{tags}</td><td style='{cell}'>Parkeerplaats</td><td style='{cell}'>P-{c.rng.randint(1, 180)}</td></tr>"
        f"<tr><td style='{cell}'>Berging</td><td style='{cell}'>B{c.rng.randint(1, 240)}</td><td style='{cell}'>Naam op bellentableau</td>"
        f"<td style='{cell}'>{e(sitter.surname.upper())} / {e(tenant.surname.upper())}</td></tr>"
        f"<tr><td style='{cell}'>Contact bij nood</td><td style='{cell}' colspan='3'>{e(contact.name('first'))}, telefoon 06-{c.rng.randint(10000000, 99999999)}</td></tr></table>"
        f"<p style='margin-top:5mm'>Handtekening huurder: ____________________ &nbsp;&nbsp; Datum: <b>{c.d(signed)}</b></p>"
        f"<p class='small' style='border-top:0.6px dashed #777;padding-top:2mm'>Gezien huismeester: {e(c.person(born=(1960, 1995)).name('initials'))} &nbsp; op "
        f"{e(values.date_text(seen, 'dash'))} &middot; doorgestuurd naar het team Verhuur voor een besluit.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh23 split ---------------------------------------------------------------------------

_PRISONS23 = (("PI Vught", "Lunettenlaan 501, 5263 NT Vught"), ("PI Zwolle", "Nilantsweg 101, 8041 AR Zwolle"), ("PI Almelo", "Bornsestraat 9, 7607 KV Almelo"),
              ("PI Heerhugowaard", "Zandhorst 1, 1703 RH Heerhugowaard"), ("PI Dordrecht", "Pieter Zeemanweg 95, 3316 GZ Dordrecht"),
              ("PI Lelystad", "Larserweg 150, 8218 NK Lelystad"), ("PI Ter Apel", "Oranjekanaal NZ 12, 9561 RA Ter Apel"))


def detentie_casemanager_verzoek_huisbewaring(c: Ctx):
    """Fresh23. A request for house-sitting while the tenant is detained, on a form of the penitentiary institution (Dienst Justitiële
    Inrichtingen) that its case manager fills in with the detainee and sends to the corporation: the prison's name and address, the
    detainee's registration number, the day of admission and the expected day of release (decoy dates near the period's end), the
    house-sitter with birth date and relation, the period "Huisbewaring van / tot en met", the reasons with "Anders, namelijk: detentie"
    ticked, the two questions, the monthly sum the sitter pays, values in boxed cells with the caption in the corner; "Datum" by the
    tenant's signature the signing date, the case manager's own day beside it a decoy."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("dash", "long", "dot_pad", "nopad"), amounts=("euro", "euro_per_maand", "plain"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    reason = "other"
    prison, where = c.rng.choice(_PRISONS23)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first"))
    admitted = signed - dt.timedelta(days=c.rng.randint(5, 60))
    release = end - dt.timedelta(days=c.rng.randint(3, 20))
    manager = c.person(born=(1965, 1995))
    countersigned = signed + dt.timedelta(days=c.rng.randint(1, 6))
    head = lambda t: f"<div style='background:#3b3b3b;color:#fff;padding:0.8mm 3mm;margin-top:2.5mm;font-size:8.8pt;font-weight:bold'>{e(t)}</div>"  # noqa: E731
    body = (
        "<table style='width:100%'><tr><td><span class='logo' style='font-size:13pt'>Dienst Justitiële Inrichtingen</span><br>"
        f"<span class='small'>{e(prison)} &middot; {e(where)}</span></td><td class='right small'>Aan: {e(corp)}<br>afdeling Wonen / huuradministratie</td></tr></table>"
        "<h1 style='font-size:13.5pt;margin-top:4mm'>Verzoek toestemming huisbewaring tijdens detentie</h1>"
        "<p class='small' style='margin-top:0'>In te vullen door de casemanager samen met de gedetineerde huurder.</p>"
        + head("A. Huurder (gedetineerde)")
        + corner_rows([[corner(e(tn), "Naam huurder", "60%"), corner(f"{c.rng.randint(1000000, 9999999)}", "Registratienummer (v-nummer)")],
                       [corner(e(values.date_text(admitted, "dash")), "Datum insluiting"), corner(e(values.date_text(release, "dash")), "Verwachte datum invrijheidstelling"),
                        corner(e(prison), "Verblijfplaats")]])
        + head("B. Huisbewaarder")
        + corner_rows([[corner(e(sn), "Naam huisbewaarder", "50%"), corner(c.d(sitter.birth_date), "Geboortedatum"),
                        corner(c.pick("broer", "zus", "neef", "nicht", "vriend", "vriendin", "moeder"), "Relatie tot huurder")]])
        + head("C. Periode en reden")
        + corner_rows([[corner(c.d(start), "Huisbewaring van"), corner(c.d(end), "Huisbewaring tot en met"), corner(c.a(comp), "Vergoeding huisbewaarder per maand")]])
        + f"<div style='margin-top:1.5mm;font-size:9pt'>{_reason_boxes(c, reason)}</div>"
        + head("D. Vragen over de huisbewaarder")
        + kv([("Heeft de huisbewaarder een eigen (huur- of koop)woning?", c.check(own)), ("Heeft de huisbewaarder kinderen jonger dan 18 jaar?", c.check(kids))], label_width="100mm")
        + head("E. Ondertekening")
        + "<table class='ruled' style='width:100%;margin-top:1.5mm;font-size:9pt'><tr><th>Wie</th><th>Naam</th><th>Datum</th><th style='width:40mm'>Handtekening</th></tr>"
        f"<tr><td>Huurder</td><td>{e(tn)}</td><td><b>{c.d(signed)}</b></td><td style='height:10mm'></td></tr>"
        f"<tr><td>Casemanager {e(prison)}</td><td>{e(manager.name('initials'))}</td><td>{e(values.date_text(countersigned, 'dash'))}</td><td></td></tr></table>"
        "<p class='small' style='margin-top:2mm'>De huurder blijft verantwoordelijk voor de huur en voor de woning. Post voor de huurder kan naar het adres van de "
        "inrichting worden gestuurd.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_LEGS23 = (("Bangkok", "Thailand"), ("Hanoi", "Vietnam"), ("Bali (Denpasar)", "Indonesië"), ("Sydney", "Australië"), ("Auckland", "Nieuw-Zeeland"),
           ("Santiago", "Chili"), ("Lima", "Peru"), ("Buenos Aires", "Argentinië"), ("Kaapstad", "Zuid-Afrika"), ("Vancouver", "Canada"), ("Tokio", "Japan"))


def wereldreis_brief_reisschema_tabel(c: Ctx):
    """Fresh23. A tenant's typed letter asking for house-sitting while on a trip around the world, with the itinerary as a table of flights
    (each leg's day, from and to, and the flight number: the first day is the departure, the last the return, the days between decoy dates),
    the booking's reference and the travel insurer as decoys; the house-sitter with birth date in a sentence, the questions and the monthly
    sum answered in sentences; the letter's place and date line the signing date."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Caladea", "Liberation Sans")))
    c.restyle17(dates=("long", "dash", "nl_ordinal", "cap_month"), amounts=("euro", "euro_tight", "Euro_after"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    reason = "travel"
    if (end - start).days < 90:
        end = start + dt.timedelta(days=c.rng.randint(90, 360))
    corp = c.rng.choice(CORPORATIONS)
    home = people.address(c.rng)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    stops = c.rng.sample(_LEGS23, c.rng.randint(2, 4))
    middle = sorted(values.between(c.rng, start + dt.timedelta(days=10), end - dt.timedelta(days=10)) for _ in range(len(stops) - 1))
    days = [start] + middle + [end]
    places = ["Amsterdam (Schiphol)"] + [f"{a}, {b}" for a, b in stops] + ["Amsterdam (Schiphol)"]
    legs = "".join(f"<tr><td>{c.d(d) if i in (0, len(days) - 1) else e(values.date_text(d, 'dash'))}</td><td>{e(places[i])}</td><td>{e(places[i + 1])}</td>"
                   f"<td>{c.pick('KL', 'CX', 'SQ', 'QR', 'LA', 'EK')} {c.rng.randint(100, 999)}</td></tr>" for i, d in enumerate(days))
    pays = (f"{e(sn.split()[0])} betaalt mij {c.a(comp)} per maand als bijdrage in de vaste lasten." if comp != "0.00" else
            f"{e(sn.split()[0])} betaalt mij niets: de vergoeding is {c.a(comp)} per maand.")
    has_home = ("heeft zelf een huurwoning, die in deze periode leeg staat" if own else
                f"heeft geen eigen woning; {'zij' if sitter.sex == 'f' else 'hij'} woont nu op kamers bij een hospita")
    has_kids = "heeft een kind van " + str(c.rng.randint(2, 15)) + " jaar, dat in deze periode bij de andere ouder woont" if kids else "heeft geen kinderen"
    body = (
        f"<p>{e(tn)}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city)}</p>"
        f"<p style='margin-top:6mm'>{e(corp)}<br>t.a.v. de afdeling Verhuur<br>Postbus {c.rng.randint(100, 9999)}</p>"
        f"<p style='margin-top:6mm'>{e(home.city)}, {c.d(signed)}</p>"
        "<p><b>Betreft: aanvraag huisbewaring tijdens mijn wereldreis</b></p>"
        f"<p>Geachte heer, mevrouw,</p><p>Ik maak een reis rond de wereld en vraag u toestemming voor huisbewaring van mijn woning aan {e(home.line1())}. "
        f"Ik vertrek op {c.d(start)} en ben terug op {c.d(end)}. Hieronder ziet u mijn reisschema.</p>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Datum</th><th>Van</th><th>Naar</th><th>Vlucht</th></tr>" + legs + "</table>"
        f"<p class='small'>Boekingsnummer reisbureau {c.pick('Djoser', 'Baobab Reizen', 'Travelbags', 'Kilroy')}: {c.rng.randint(100000, 999999)} &middot; "
        f"reisverzekering {c.pick('Allianz Global Assistance', 'ANWB', 'Centraal Beheer')}, polis {c.rng.randint(10000000, 99999999)}</p>"
        f"<p>Mijn woning wordt in die tijd bewoond door {e(sn)}, geboren op {c.d(sitter.birth_date)}. {e(sn.split()[0])} {has_home}, en {has_kids}. {pays}</p>"
        "<p>Ik blijf zelf de huur betalen. Ik hoor graag of u akkoord gaat.</p>"
        f"<p>Met vriendelijke groet,<br><br><br>{e(tn)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh24 split ---------------------------------------------------------------------------


def proefsamenwonen_brief_partneradres(c: Ctx):
    """Fresh24. A typed letter the tenant and a partner sign together to ask for house-sitting while the tenant tries living together at the
    partner's home: the partner's name, address and postcode, the partner's landlord and rent and the partner's own later day under "voor
    gezien" as decoys (a decoy person, a decoy postcode, a decoy sum and a decoy date); the sitter with birth date, the period, the
    questions and the monthly sum in sentences; the letter's place and date line the signing date."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("DejaVu Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "nl_ordinal", "wd_nopad", "cap_month"), amounts=("euro", "euro_tight", "euro_per_maand", "Euro_after"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    reason = "trial_cohabitation"
    corp = c.rng.choice(CORPORATIONS)
    home, there = people.address(c.rng), people.address(c.rng)
    partner = c.person(born=(1960, 2000))
    tn, sn, pn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first")), partner.name("first")
    their_rent = values.amount(c.rng.randint(650, 1250) + c.rng.choice((0, 0.35, 0.9)))
    landlord = c.pick("Woonzorg Nederland", "Mitros", "Vidomes", "een particuliere verhuurder", "Stadgenoot")
    seen = signed + dt.timedelta(days=c.rng.randint(1, 5))
    pays = (f"{e(sn.split()[0])} betaalt mij {c.a(comp)} per maand voor gas, water en licht." if comp != "0.00" else
            f"{e(sn.split()[0])} hoeft mij niets te betalen; de vergoeding is {c.a(comp)}.")
    owns = "heeft zelf een eigen woning" if own else "heeft geen eigen woning en woont nu nog bij de ouders"
    kid = "heeft een minderjarig kind" if kids else "heeft geen kinderen onder de 18"
    body = (
        f"<p>{e(tn)}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city)}</p>"
        f"<p style='margin-top:5mm'>{e(corp)}<br>afdeling Klantcontact<br>Postbus {c.rng.randint(100, 9999)}</p>"
        f"<p style='margin-top:6mm'>{e(home.city)}, {c.d(signed)}</p>"
        "<p><b>Onderwerp: huisbewaring tijdens proefsamenwonen</b></p>"
        "<p>Geachte heer, mevrouw,</p>"
        f"<p>Mijn partner {e(pn)} en ik willen proberen of samenwonen bevalt. Ik ga daarom tijdelijk bij {e(pn.split()[0])} wonen, op het adres "
        f"{e(there.line1())}, {e(values.postcode_text(there.postcode, True))} {e(there.city)}. Die woning huurt {e(pn.split()[0])} van {e(landlord)} voor "
        f"{e(values.amount_text(their_rent, 'euro'))} per maand.</p>"
        f"<p>Ik vraag u toestemming voor huisbewaring van {c.d(start)} tot en met {c.d(end)}. In die tijd woont {e(sn)}, geboren op "
        f"{c.d(sitter.birth_date)}, in mijn woning. {e(sn.split()[0])} {owns} en {kid}. {pays}</p>"
        "<p>Als het samenwonen niet bevalt, kom ik eerder terug naar mijn eigen woning. Ik blijf zelf de huur betalen.</p>"
        f"<p>Met vriendelijke groet,<br><br><br>{e(tn)}</p>"
        f"<p class='small' style='margin-top:6mm'>Voor gezien, de partner: {e(pn)} &middot; {e(values.date_text(seen, 'dash'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_ICONS24 = {"work_or_study": ("✎", "Ik ga ergens anders werken of leren"), "care": ("✚", "Ik ga zorgen voor iemand, of ik ga naar het ziekenhuis"),
            "trial_cohabitation": ("♥", "Ik ga proberen samen te wonen"), "travel": ("✈", "Ik ga een lange reis maken"), "other": ("?", "Iets anders")}


def b1_pictogrammen_formulier(c: Ctx):
    """Fresh24. A corporation's form in plain language (B1) with a round pictogram before every question ("Wie past op uw huis?", "Wanneer gaat
    u weg?"), the reasons as short sentences with pictograms and a tick before the one chosen, yes/no in the form's answer style, the sum as
    "Hoeveel betaalt ... per maand?"; the contract number, the telephone and the language volunteer who helped with their own earlier day as
    decoys; "Datum" beside "Uw handtekening" the signing date."""
    c.font_of(c.pick(("Open Sans", "Quicksand"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("long", "dash", "nopad", "short_nodot"), amounts=("euro", "euro_tight", "euro_per_maand"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    helper = c.person(born=(1950, 1995))
    helped = signed - dt.timedelta(days=c.rng.randint(1, 6))
    icon = lambda g: (f"<span style='display:inline-block;width:8mm;height:8mm;border-radius:50%;background:#0a7c6b;color:#fff;text-align:center;line-height:8mm;"  # noqa: E731
                      f"font-family:\"DejaVu Sans\", sans-serif;font-size:12pt;margin-right:2mm;vertical-align:middle'>{g}</span>")
    q = lambda g, text, answer: (f"<tr><td style='width:11mm;padding-top:1.5mm'>{icon(g)}</td><td style='padding-top:1.5mm'><b>{e(text)}</b><br>{answer}</td></tr>")  # noqa: E731
    reasons = "<br>".join(f"{c.tick(k == reason)} {e(text)}" for k, (_g, text) in _ICONS24.items())
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#0a7c6b'>{e(corp)}</span></td>"
        "<td class='right small'>Formulier in eenvoudige taal</td></tr></table>"
        "<h1 style='font-size:15pt;margin-top:4mm'>Iemand laten oppassen op uw huis</h1>"
        "<p class='small' style='margin-top:0'>U gaat een tijd weg. Iemand anders woont dan in uw huis. Dat heet huisbewaring. Vul dit formulier in.</p>"
        "<table style='width:100%'>"
        + q("☺", "Wat is uw naam?", e(tn))
        + q("#", "Wat is uw huurcontractnummer?", f"{c.rng.randint(100000, 999999)}-{c.rng.randint(1, 9)}")
        + q("☎", "Wat is uw telefoonnummer?", f"06 {c.rng.randint(10000000, 99999999)}")
        + q("⌂", "Wie past op uw huis?", e(sn))
        + q("☺", "Wanneer is deze persoon geboren?", c.d(sitter.birth_date))
        + q("→", "Wanneer gaat u weg?", c.d(start))
        + q("←", "Wanneer komt u terug?", c.d(end))
        + q(_ICONS24[reason][0], "Waarom gaat u weg? Zet een kruisje.", reasons)
        + q("⌂", "Heeft deze persoon zelf een huis?", c.answer(own))
        + q("☺", "Heeft deze persoon kinderen jonger dan 18 jaar?", c.answer(kids))
        + q("€", "Hoeveel betaalt deze persoon u per maand?", c.a(comp))
        + "</table>"
        f"<p class='small' style='margin-top:3mm'>Geholpen bij het invullen door: {e(helper.name('first'))}, taalvrijwilliger Taalhuis, op {e(values.date_text(helped, 'dash'))}</p>"
        f"<table style='width:100%;margin-top:3mm'><tr><td>Datum: <b>{c.d(signed)}</b></td><td style='width:70mm;border-bottom:0.8px solid #333'>Uw handtekening:</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh25 split ---------------------------------------------------------------------------

_CLINICS25 = ("Jellinek Kliniek, Amsterdam", "Brijder Verslavingszorg, Alkmaar", "Tactus Verslavingszorg, Deventer", "Novadic-Kentron, Vught",
              "Mondriaan Verslavingszorg, Heerlen", "Victas, Utrecht", "Verslavingszorg Noord Nederland, Groningen")
_OPTIONS25 = (("work_or_study", "Werk of studie buiten de regio of in het buitenland"), ("care", "Opname in een ziekenhuis, kliniek of zorginstelling"),
              ("trial_cohabitation", "Proefsamenwonen met mijn partner"), ("travel", "Een lange reis"), ("other", "Detentie of een andere reden"))


def kliniekopname_formulier_verklaring_instelling(c: Ctx):
    """Fresh25. A corporation's form for house-sitting during a clinical admission for addiction treatment, filled in by the tenant, whose
    last part "Verklaring van de instelling" the clinic fills in and stamps: the clinic, the planned day of admission (a day or three after
    the sitter moves in), the expected length of the clinical phase, the practitioner and the clinic's own day of signing (decoy dates and a
    decoy name); the sitter's registration number as a house-seeker and its day, the contract number and the telephone as decoys; the reason
    the ticked admission ("care"), "Datum" beside the tenant's signature the signing date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "nopad", "dot_pad"), amounts=("euro", "euro_tight", "dash", "EUR_grouped"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    reason = "care"
    end = start + dt.timedelta(days=c.rng.randint(100, 210))
    corp = c.rng.choice(CORPORATIONS)
    home = people.address(c.rng)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first"))
    clinic = c.rng.choice(_CLINICS25)
    admit = start + dt.timedelta(days=c.rng.randint(1, 3))
    clinic_day = signed - dt.timedelta(days=c.rng.randint(2, 12))
    listed = values.between(c.rng, dt.date(2012, 1, 1), signed - dt.timedelta(days=90))
    bar = lambda t: f"<div style='background:#dfe6ec;padding:0.8mm 2mm;font-weight:bold;margin-top:2.5mm'>{e(t)}</div>"  # noqa: E731
    row = lambda k, v: f"<tr><td style='width:68mm;padding:0.8mm 0'>{e(k)}</td><td style='border-bottom:0.6px solid #999'>{v}</td></tr>"  # noqa: E731
    options = "<br>".join(f"{c.tick(k == reason)} {e(t)}" for k, t in _OPTIONS25)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td>"
        "<td class='right small'>Formulier HB-3<br>Huisbewaring bij opname</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:3mm'>Aanvraag huisbewaring tijdens een opname</h1>"
        + bar("1  Uw gegevens (huurder)")
        + "<table style='width:100%'>" + row("Naam", e(tn)) + row("Adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}")
        + row("Huurcontractnummer", f"{c.rng.randint(1000000, 9999999)}") + row("Telefoon", f"06-{c.rng.randint(10000000, 99999999)}") + "</table>"
        + bar("2  De huisbewaarder")
        + "<table style='width:100%'>" + row("Naam", e(sn)) + row("Geboortedatum", c.d(sitter.birth_date))
        + row("Ingeschreven als woningzoekende", f"nr. {c.rng.randint(100000, 999999)}, sinds {e(values.date_text(listed, 'dash'))}")
        + row("Heeft de huisbewaarder een eigen woning?", c.answer(own)) + row("Heeft de huisbewaarder kinderen jonger dan 18 jaar?", c.answer(kids)) + "</table>"
        + bar("3  Periode en reden")
        + "<table style='width:100%'>" + row("Huisbewaring van", c.d(start)) + row("tot en met", c.d(end)) + "</table>"
        + f"<div style='margin-top:1mm'>{options}</div>"
        + "<table style='width:100%'>" + row("Vergoeding die de huisbewaarder u per maand betaalt", c.a(comp)) + "</table>"
        + bar("4  Ondertekening huurder")
        + f"<table style='width:100%;margin-top:1mm'><tr><td>Plaats: {e(home.city)}</td><td>Datum: <b>{c.d(signed)}</b></td>"
        "<td style='width:55mm;border-bottom:0.8px solid #333'>Handtekening:</td></tr></table>"
        + bar("5  Verklaring van de instelling (in te vullen door de kliniek)")
        + "<table style='width:100%'><tr><td style='vertical-align:top'><table style='width:100%'>"
        + row("Naam instelling", e(clinic)) + row("Afdeling", "klinische verslavingszorg")
        + row("Opname gepland op", e(values.date_text(admit, "dash"))) + row("Verwachte duur klinische fase", f"{c.rng.choice((8, 10, 12, 16))} weken, daarna verblijf in een herstelhuis")
        + row("Behandelaar", e(c.person(born=(1965, 1995)).name("initials"))) + row("Datum", e(values.date_text(clinic_day, "dash")))
        + f"</table></td><td style='width:46mm;text-align:center;vertical-align:middle'>{stamp([clinic.split(',')[0], 'opname bevestigd'], colour='#7a1f5c', turn=-4.0)}</td></tr></table>"
        "<p class='small' style='margin-top:2mm'>Wij geven alleen toestemming als de instelling de opname bevestigt. De instelling deelt geen medische gegevens met ons.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.3pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_SPAIN25 = (("Calle Mayor 14, 03590 Altea", "Altea"), ("Avenida del Mar 32, 03730 Jávea", "Jávea"), ("Calle San Pedro 7, 29780 Nerja", "Nerja"),
            ("Calle de la Paz 21, 03181 Torrevieja", "Torrevieja"), ("Avenida Europa 5, 03503 Benidorm", "Benidorm"), ("Calle del Sol 9, 29640 Fuengirola", "Fuengirola"))


def overwinteren_spanje_brief_grote_letter(c: Ctx):
    """Fresh25. A retired tenant's typed letter in large print asking for house-sitting while wintering in Spain (a long stay abroad, the
    reason "travel"): the address and telephone in Spain with the Spanish postcode, a son or daughter as contact person in the Netherlands
    with a telephone and a town, and the tenant's age (decoy names, numbers and places); the grandchild who minds the home with birth date,
    the period, the questions and the monthly sum in short sentences; the date line under the sender's address the signing date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("long", "dash", "weekday", "cap_month"), amounts=("euro", "euro_word", "dash", "euro_eq"))
    _tenant, sitter, signed, start, _end, _reason, comp, own, kids = _facts(c)
    reason = "travel"
    tenant = c.person(born=(1942, 1958))
    sitter = c.person(born=(1996, 2006), surname=tenant.surname if c.rng.random() < 0.5 else None)
    start = dt.date(signed.year, c.rng.choice((10, 11)), c.rng.randint(1, 28))
    signed = start - dt.timedelta(days=c.rng.randint(25, 70))
    end = start + dt.timedelta(days=c.rng.randint(120, 185))
    corp = c.rng.choice(CORPORATIONS)
    home = people.address(c.rng)
    where, town = c.rng.choice(_SPAIN25)
    child = c.person(born=(1965, 1985), surname=tenant.surname)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first"))
    first = sn.split()[0]
    age = signed.year - tenant.birth_date.year
    pays = f"{e(first)} betaalt mij {c.a(comp)} per maand voor gas, water en licht." if comp != "0.00" else \
        f"{e(first)} betaalt mij niets. De vergoeding is dus {c.a(comp)} per maand."
    body = (
        f"<p>{e(tn)}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city)}</p>"
        f"<p>{e(home.city)}, {c.d(signed)}</p>"
        f"<p>Aan {e(corp)}<br>Afdeling Verhuur</p>"
        "<p><b>Betreft: huisbewaring tijdens mijn verblijf in Spanje</b></p>"
        "<p>Geachte heer, mevrouw,</p>"
        f"<p>Ik ben {age} jaar. Ik wil deze winter in Spanje wonen, in {e(town)}. Ik ben weg van {c.d(start)} tot en met {c.d(end)}.</p>"
        f"<p>In die tijd past mijn {'kleinzoon' if sitter.sex == 'm' else 'kleindochter'} {e(sn)} op mijn woning. {e(first)} is geboren op {c.d(sitter.birth_date)}.</p>"
        f"<p>{e(first)} heeft {'een' if own else 'geen'} eigen woning. {e(first)} heeft {'' if kids else 'geen '}kinderen onder de 18 jaar. {pays}</p>"
        f"<p>Mijn adres in Spanje is: {e(where)}, Spanje.<br>Mijn telefoon daar: +34 6{c.rng.randint(10, 99)} {c.rng.randint(100, 999)} {c.rng.randint(100, 999)}.</p>"
        f"<p>Mijn contactpersoon in Nederland is mijn {'zoon' if child.sex == 'm' else 'dochter'} {e(child.name('first'))} in {e(c.rng.choice(people.places())[1])}, "
        f"telefoon 06-{c.rng.randint(10000000, 99999999)}.</p>"
        "<p>Ik blijf zelf de huur betalen. Ik hoop op uw toestemming.</p>"
        f"<p>Met vriendelijke groet,<br><br><br>{e(tn)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 13.5pt; line-height: 1.4; } p { margin: 0 0 3.2mm 0; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)



# --- fresh26 split ---------------------------------------------------------------------------

_AWAY26 = {  # contract value: why the tenant goes away in the sitter's words ({t} the tenant's first name), and where
    "work_or_study": ("{t} gaat voor het werk een half jaar naar een project in {abroad}", ("Noorwegen", "Qatar", "Zweden", "Denemarken", "Canada")),
    "care": ("{t} wordt opgenomen in een revalidatiecentrum in {abroad} en kan daar voorlopig niet weg", ("Doorn", "Hoensbroek", "Groningen", "Nijmegen")),
    "trial_cohabitation": ("{t} gaat proberen of het samenwonen met {own} partner in {abroad} bevalt", ("Zwolle", "Breda", "Leiden", "Almere")),
    "travel": ("{t} maakt een lange reis door {abroad}", ("Zuid-Amerika", "Australië en Nieuw-Zeeland", "Zuidoost-Azië", "Canada")),
    "other": ("{t} verblijft een tijd bij familie in {abroad} om persoonlijke redenen", ("Marokko", "Suriname", "Turkije", "Curaçao")),
}
_SITTER_HOMES26 = ("Ik woon nu nog bij mijn ouders", "Ik huur nu een kamer van een particulier", "Ik woon nu op een studentenkamer", "Ik woon tijdelijk bij een vriend")


def huisbewaarder_brief_huurder_voor_akkoord(c: Ctx):
    """Fresh26. A request written by the would-be house-sitter, not the tenant: the sitter's own address, postcode and telephone at the top
    (decoys), the tenant named as a relative or a friend, why the tenant goes away and where, the period, the sitter's birth date, present
    way of living, children and the monthly sum in the sitter's own sentences; the tenant signs below "Voor akkoord, de huurder" without a
    day of their own; the letter's date line the signing date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Liberation Serif", "Caladea")))
    c.restyle17(dates=("long", "dash", "weekday", "long_pad"), amounts=("euro", "euro_word", "dash", "euro_per_mnd"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    home, lives = people.address(c.rng), people.address(c.rng)
    related = c.rng.random() < 0.6
    if related:
        sitter = c.person(born=(1980, 2006), surname=tenant.surname)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first"))
    first = tenant.given[0]
    gap = sitter.birth_date.year - tenant.birth_date.year
    kin = (("opa", "oma"), ("oom", "tante")) if gap >= 40 else (("vader", "moeder"), ("oom", "tante")) if gap >= 18 else (("broer", "zus"), ("neef", "nicht"))
    relation = c.rng.choice(kin)[tenant.sex == "f"] if related else \
        c.rng.choice(("een goede vriend", "mijn buurman", "een vriend van de familie") if tenant.sex == "m" else ("een goede vriendin", "mijn buurvrouw", "een vriendin van de familie"))
    sentence, places = _AWAY26[reason]
    why = sentence.format(t=e(first), own="zijn" if tenant.sex == "m" else "haar", abroad=e(c.rng.choice(places)))
    living = c.rng.choice(_SITTER_HOMES26) if not own else "Ik heb zelf een koopwoning, maar die wordt in deze periode verbouwd"
    pays = f"Ik betaal {e(first)} {c.a(comp)} per maand voor gas, water, licht en internet." if comp != "0.00" else \
        f"Ik betaal {e(first)} geen vergoeding ({c.a(comp)} per maand); de vaste lasten blijven voor {e(first)}."
    who = f"mijn {relation}" if related else relation
    body = (
        f"<p>{e(sn)}<br>{e(lives.line1())}<br>{e(values.postcode_text(lives.postcode, True))}  {e(lives.city)}<br>tel. 06-{c.rng.randint(10000000, 99999999)}</p>"
        f"<p style='margin-top:6mm'>{e(corp)}<br>t.a.v. afdeling Verhuur</p>"
        f"<p style='margin-top:6mm'>{e(lives.city)}, {c.d(signed)}</p>"
        "<p><b>Onderwerp: verzoek huisbewaring woning " + f"{e(home.line1())}, {e(home.city)}</b></p>"
        "<p>Geachte heer, mevrouw,</p>"
        f"<p>Ik schrijf deze brief voor {who} {e(tn)}, die huurder is van de woning aan de {e(home.line1())} in {e(home.city)}. {why}. "
        f"Daarom vragen wij samen toestemming dat ik in die tijd in de woning woon en erop pas.</p>"
        f"<p>Het gaat om de periode van {c.d(start)} tot en met {c.d(end)}.</p>"
        f"<p>Over mijzelf: ik ben geboren op {c.d(sitter.birth_date)}. {e(living)}; ik heb dus {'wel een' if own else 'geen'} eigen woning. "
        f"Ik heb {'een kind' if kids else 'geen kinderen'} onder de 18 jaar{', dat bij mij woont' if kids else ''}. {pays}</p>"
        "<p>Ik zorg goed voor de woning en houd mij aan de huisregels. Als u nog iets van mij nodig heeft, hoor ik het graag.</p>"
        f"<p>Met vriendelijke groet,<br><br><br>{e(sn)}</p>"
        f"<div style='border-top:0.8px solid #333;margin-top:8mm;padding-top:2mm;width:110mm'>Voor akkoord, de huurder:<br><br>"
        f"{e(tn)}<br><span class='small'>handtekening: ______________________</span></div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10.6pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_CONDITIONS26 = ("De huisbewaarder krijgt geen huurrechten en moet de woning op de einddatum verlaten.",
                 "Ik blijf zelf de huur betalen, ook als de huisbewaarder mij niets betaalt.",
                 "De huisbewaarder schrijft zich niet in op het adres als dat niet nodig is.",
                 "Ik ben verantwoordelijk voor schade en overlast die de huisbewaarder veroorzaakt.",
                 "Huisbewaring duurt hoogstens 12 maanden en kan één keer in de 5 jaar.",
                 "Ik meld het ons als ik eerder terugkom.")


def voorwaarden_paraaf_per_regel_formulier(c: Ctx):
    """Fresh26. A corporation's form filled in by hand whose facts stand in one ruled table under merged headers ("Huisbewaring" over "van"
    and "tot en met", "Huisbewaarder" over name, birth date and relation), the reasons as boxes, the sum and the two questions in the form's
    check style, and a list of conditions the tenant must initial one by one (the initials in a box after every line, and the conditions' own
    numbers of months and years, as decoys); the office's "Datum ontvangst" a decoy, "Datum" beside the signature the signing date."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("dash", "nopad", "slash", "dot_pad"), amounts=("euro", "dash", "euro_word", "euro_tight"))
    hand = c.pick("Comic Neue", "Jura", "Quicksand")
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    home = people.address(c.rng)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    relation = c.rng.choice(("zoon", "dochter", "neef", "nicht", "vriend", "vriendin", "kleinzoon", "kleindochter", "broer", "zus"))
    paraaf = "".join(part[0] for part in tenant.given[:2]) + "".join(w[0] for w in tenant.surname.split())
    received = signed + dt.timedelta(days=c.rng.randint(2, 9))
    ink = lambda v: f"<span class='ink'>{v}</span>"  # noqa: E731
    th = "style='background:#e4e4e4;text-align:center'"
    facts = (
        "<table class='ruled' style='width:100%;font-size:9pt;margin-top:2mm'>"
        f"<tr><th colspan='2' {th}>Huisbewaring</th><th colspan='3' {th}>Huisbewaarder</th></tr>"
        "<tr><th>van</th><th>tot en met</th><th>naam</th><th>geboortedatum</th><th>relatie tot huurder</th></tr>"
        f"<tr style='height:11mm'><td>{ink(c.d(start))}</td><td>{ink(c.d(end))}</td><td>{ink(e(sn))}</td><td>{ink(c.d(sitter.birth_date))}</td>"
        f"<td>{ink(e(relation))}</td></tr></table>"
    )
    conditions = "".join(
        f"<tr><td style='width:8mm'>{i + 1}.</td><td>{e(text)}</td><td style='width:18mm;border:0.8px solid #444;text-align:center'>{ink(e(paraaf))}</td></tr>"
        for i, text in enumerate(_CONDITIONS26))
    row = lambda k, v: f"<tr><td style='width:75mm;padding:1.2mm 0'>{e(k)}</td><td style='border-bottom:0.6px solid #888'>{v}</td></tr>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td>"
        "<td class='right small'>Formulier huisbewaring<br>versie 2025-2</td></tr></table>"
        "<h1 style='font-size:13.5pt;margin-top:3mm'>Aanvraag toestemming huisbewaring</h1>"
        "<h3>1 &nbsp;Huurder</h3><table style='width:100%'>"
        + row("Naam", ink(e(tn))) + row("Adres", ink(f"{e(home.line1())}, {e(home.city)}")) + "</table>"
        "<h3>2 &nbsp;Periode en huisbewaarder</h3>" + facts
        + "<h3>3 &nbsp;Reden van afwezigheid</h3>" + _reason_boxes(c, reason)
        + "<h3>4 &nbsp;Afspraken met de huisbewaarder</h3><table style='width:100%'>"
        + row("Vergoeding die de huisbewaarder per maand betaalt", ink(c.a(comp)))
        + row("Heeft de huisbewaarder een eigen woning?", c.check(own))
        + row("Heeft de huisbewaarder kinderen onder de 18 jaar?", c.check(kids)) + "</table>"
        + "<h3>5 &nbsp;Voorwaarden &ndash; zet uw paraaf achter iedere regel</h3>"
        f"<table style='width:100%;font-size:9pt'>{conditions}</table>"
        "<h3>6 &nbsp;Ondertekening</h3><table style='width:100%'><tr>"
        f"<td>Plaats: {ink(e(home.city))}</td><td>Datum: {ink(c.d(signed))}</td><td style='width:55mm;border-bottom:0.8px solid #333'>Handtekening:</td></tr></table>"
        f"<div class='small' style='border:0.8px dashed #777;margin-top:4mm;padding:1.5mm 3mm;width:80mm'>Voor intern gebruik &middot; Datum ontvangst: "
        f"{e(values.date_text(received, 'dash'))}</div>"
    )  # fmt: skip
    css = f"body {{ font-size: 9.4pt; }} h3 {{ margin: 8px 0 2px 0; font-size: 10pt; }} .ink {{ font-family: '{hand}', cursive; color: #1b2f8f; font-size: 11.5pt; }}"
    return page(c, body, css), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh27 split ---------------------------------------------------------------------------

_AWAY_EN27 = {  # contract value: why the tenant is away, in the tenant's English
    "work_or_study": ("my employer is sending me on an assignment to {place}", ("Singapore", "Houston, Texas", "Stavanger, Norway", "Dubai", "São Paulo")),
    "care": ("I will be staying with my mother in {place}, who needs full-time care after an operation", ("Lisbon", "Manchester", "Kraków", "Athens")),
    "trial_cohabitation": ("I am going to try living together with my partner in {place}", ("Antwerp", "Düsseldorf", "Utrecht", "Rotterdam")),
    "travel": ("I will be travelling through {place}", ("South America", "South-East Asia", "Australia and New Zealand", "Canada and Alaska")),
    "other": ("I have to stay with relatives in {place} for personal reasons", ("India", "Indonesia", "Ghana", "Brazil")),
}


def english_tenant_letter_assignment_abroad(c: Ctx):
    """Fresh27. A tenant's letter in English, as an international tenant writes it: the sender's block with the tenant's contract number and
    telephone (decoys), "Re: request for house-sitting during my absence", why and where the tenant goes and the period in English sentences,
    the sitter with "born on", whether the sitter owns a home and has children under 18, the monthly sum in an English notation; the date line
    in English the signing date."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Liberation Sans", "Open Sans")))
    c.restyle17(dates=("en_long", "en_us", "en_ordinal", "en_short"), amounts=("en", "EUR_en"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    home = people.address(c.rng)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first"))
    sentence, places = _AWAY_EN27[reason]
    why = sentence.format(place=e(c.rng.choice(places)))
    he, his = ("he", "his") if sitter.sex == "m" else ("she", "her")
    who = c.pick("a good friend of mine", "a colleague of mine", "my cousin", "a friend of the family")
    owns = (f"{he.capitalize()} owns an apartment, which will be let to others during this period." if own else
            f"{he.capitalize()} does not own a home; at the moment {he} rents a room.")
    children = f"{he.capitalize()} has {'a child' if kids else 'no children'} under the age of 18."
    pays = (f"{sn} will pay me {c.a(comp)} per month towards the fixed costs (energy, water and internet)." if comp != "0.00" else
            f"{sn} will not pay me anything ({c.a(comp)} per month); I will keep paying all costs myself.")
    body = (
        f"<p>{e(tn)}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city)}<br>"
        f"Tenancy no. {c.rng.randint(100000, 999999)}-{c.rng.randint(1, 9)}<br>+31 6 {c.rng.randint(1000, 9999)} {c.rng.randint(1000, 9999)}</p>"
        f"<p style='margin-top:6mm'>{e(corp)}<br>Attn. Tenancy Department</p>"
        f"<p style='margin-top:6mm'>{e(home.city)}, {c.d(signed)}</p>"
        "<p><b>Re: request for house-sitting during my absence</b></p>"
        "<p>Dear Sir or Madam,</p>"
        f"<p>I am the tenant of the flat at {e(home.line1())} in {e(home.city)}. I will be away from {c.d(start)} until {c.d(end)}, because {why}. "
        "I intend to return to my home afterwards.</p>"
        f"<p>During my absence I would like {who}, {e(sn)}, born on {c.d(sitter.birth_date)}, to live in my home and look after it. "
        f"{owns} {children} {pays}</p>"
        "<p>I will stay responsible for the rent and for the home. I would be grateful if you could give your permission. Please do not hesitate "
        "to contact me if you need further information.</p>"
        f"<p>Yours faithfully,<br><br><br>{e(tn)}</p>"
        f"<p class='small' style='margin-top:6mm'>Enclosed: copy of {his} passport</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10.4pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def liggend_twee_kolommen_huurder_en_huisbewaarder(c: Ctx):
    """Fresh27. A corporation's form on one landscape sheet in two columns side by side: on the left "Deel A - verzoek van de huurder"
    (name, address, contract number as a decoy, the reasons as boxes, the period and the monthly sum, the tenant's signature with "Datum" the
    signing date), on the right "Deel B - verklaring van de huisbewaarder" (name, birth date, the sitter's present address and postcode as
    decoys, the questions on an own home and minor children in the form's yes/no style, and the sitter's own later signing day as a decoy)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "dot_pad", "nopad"), amounts=("euro", "dash", "EUR_grouped", "euro_per_mnd"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    home, lives = people.address(c.rng), people.address(c.rng)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first"))
    later = signed + dt.timedelta(days=c.rng.randint(1, 8))
    nw = "white-space:nowrap"
    left = (
        "<div style='background:#1e5a8c;color:#fff;padding:1.2mm 3mm;font-weight:bold'>Deel A &ndash; verzoek van de huurder</div>"
        + kv([("Naam huurder", f"<span style='{nw}'>{e(tn)}</span>"), ("Adres woning", e(home.line1())),
              ("Postcode en plaats", f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Huurcontractnummer", f"{c.rng.randint(10000, 99999)}/{c.rng.randint(10, 99)}")], label_width="38mm")
        + f"<div style='margin-top:2mm'><b>Reden van afwezigheid</b><br>{_reason_boxes(c, reason)}</div>"
        + kv([("Huisbewaring van", f"<span style='{nw}'>{c.d(start)}</span>"), ("tot en met", f"<span style='{nw}'>{c.d(end)}</span>"),
              ("Vergoeding huisbewaarder per maand", f"<span style='{nw}'>{c.a(comp)}</span>")], label_width="38mm")
        + f"<div style='margin-top:4mm'>Handtekening huurder<br><br>______________________</div><div>Datum: <span style='{nw}'>{c.d(signed)}</span></div>"
    )
    right = (
        "<div style='background:#4c8a3d;color:#fff;padding:1.2mm 3mm;font-weight:bold'>Deel B &ndash; verklaring van de huisbewaarder</div>"
        + kv([("Naam huisbewaarder", f"<span style='{nw}'>{e(sn)}</span>"), ("Geboortedatum", f"<span style='{nw}'>{c.d(sitter.birth_date)}</span>"),
              ("Huidig adres", e(lives.line1())), ("Postcode en plaats", f"{e(values.postcode_text(lives.postcode, True))} {e(lives.city)}")], label_width="38mm")
        + "<div style='margin-top:2mm'>Ik heb een eigen (huur- of koop)woning:<br>" + c.check(own) + "</div>"
        + "<div style='margin-top:2mm'>Ik heb minderjarige kinderen:<br>" + c.check(kids) + "</div>"
        + "<p class='small'>Ik verklaar dat ik de woning verlaat zodra de huisbewaring eindigt en dat ik geen huurrechten krijg.</p>"
        + f"<div style='margin-top:4mm'>Handtekening huisbewaarder<br><br>______________________</div><div>Getekend op: {e(values.date_text(later, 'dash'))}</div>"
    )
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td>"
        "<td class='right'><b>Aanvraag huisbewaring</b><br><span class='small'>Beide delen invullen en samen inleveren</span></td></tr></table>"
        "<table style='width:100%;margin-top:4mm;table-layout:fixed'><tr>"
        f"<td style='width:50%;vertical-align:top;border-right:0.8px solid #999;padding-right:5mm'>{left}</td>"
        f"<td style='vertical-align:top;padding-left:5mm'>{right}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS + " body { font-size: 9.4pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh28 split ---------------------------------------------------------------------------

_MAGAZINES28 = ("Thuis", "Buurtnieuws", "Huurderskrant", "Woonwijzer", "Samen Wonen", "Bewonersblad")


def bewonersblad_bon_uitgeknipt(c: Ctx):
    """Fresh28. A page of a corporation's tenants' magazine: the masthead with the issue's number and month (decoys), an article in two
    columns on when the corporation allows house-sitting with a worked example (an invented tenant's period and monthly sum in the same
    notations: decoys), and below a dashed line with scissors the coupon "Aanvraag huisbewaring" filled in by hand in blue ink on dotted lines
    (the reasons as boxes, own home and minor children in the form's check style, "Datum" by the signature the signing date)."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("DejaVu Serif", "FreeSerif")))
    c.restyle17(dates=("nopad", "dash", "slash_nopad", "dot_pad"), amounts=("euro", "dash", "suffix", "euro_word"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    hand = c.rng.choice(HAND)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    magazine = c.rng.choice(_MAGAZINES28)
    edition = dt.date(signed.year, max(1, signed.month - c.rng.randint(0, 2)), 1)
    ex_start = dt.date(edition.year, edition.month, 1) + dt.timedelta(days=c.rng.randint(30, 90))
    ex_start = dt.date(ex_start.year, ex_start.month, 1)
    ex_end = ex_start + dt.timedelta(days=c.rng.choice((150, 180, 240)))
    example = values.amount(c.rng.choice((200, 250, 275, 325)))
    ex_name = c.person(sex="f", born=(1970, 2000)).given[0]
    nw = "white-space:nowrap"
    line = lambda label, value: (f"<tr><td style='width:48mm;padding-top:2.2mm'>{e(label)}</td>"  # noqa: E731
                                 f"<td style='border-bottom:1px dotted #444;padding-top:2.2mm'><span class='ink' style='{nw}'>{value}</span></td></tr>")
    article = (
        "<div style='column-count:2;column-gap:7mm;font-size:9pt;text-align:justify'>"
        "<p style='margin-top:0'><b>Gaat u een tijd weg, voor werk, studie, zorg of een lange reis? Dan mag iemand anders op uw woning passen.</b> "
        f"Dat heet huisbewaring. U blijft zelf de huurder en betaalt de huur. Vraag het minstens vier weken van tevoren aan.</p>"
        "<p>De huisbewaarder woont tijdelijk in uw woning en krijgt geen huurrechten. U mag een vergoeding vragen, maar niet meer dan de huur.</p>"
        f"<p><i>Een voorbeeld.</i> {e(ex_name)} gaat van {e(values.date_text(ex_start, c.date_style))} tot en met {e(values.date_text(ex_end, c.date_style))} "
        f"voor haar werk naar het buitenland. Haar neef past op de woning en betaalt {e(values.amount_text(example, c.amount_style))} per maand.</p>"
        f"<p>Gebruik de bon hieronder of het formulier op de website van {e(corp)}.</p></div>"
    )
    coupon = (
        "<div style='margin-top:5mm;border-top:1.6px dashed #333;position:relative;padding-top:3mm'>"
        "<span style='position:absolute;top:-3.2mm;left:4mm;background:#fff;font-family:\"DejaVu Sans\";font-size:11pt'>&#9986;</span>"
        f"<h3 style='margin:0 0 1mm 0'>Bon: aanvraag huisbewaring</h3><p class='small' style='margin:0'>Knip uit en stuur op naar {e(corp)}, Antwoordnummer "
        f"{c.rng.randint(1000, 99999)}, {e(home.city)} (een postzegel is niet nodig).</p>"
        "<table style='width:100%'>"
        + line("Naam huurder", e(tn)) + line("Naam huisbewaarder", e(sn)) + line("Geboortedatum huisbewaarder", c.d(sitter.birth_date))
        + line("Huisbewaring van", c.d(start)) + line("tot en met", c.d(end)) + line("Vergoeding per maand", c.a(comp))
        + "</table>"
        f"<table style='width:100%;margin-top:2mm'><tr><td style='width:50%'><b>Reden</b><br>{_reason_boxes(c, reason)}</td>"
        f"<td>Heeft de huisbewaarder een eigen woning?<br>{c.check(own)}<br><br>Heeft de huisbewaarder minderjarige kinderen?<br>{c.check(kids)}</td></tr></table>"
        f"<table style='width:100%;margin-top:3mm'><tr><td style='width:50%'>Datum: <span class='ink' style='{nw}'>{c.d(signed)}</span></td>"
        f"<td>Handtekening: <span class='ink' style='font-size:15pt'>{e(tenant.given[0][0])}. {e(tenant.surname)}</span></td></tr></table></div>"
    )
    body = (
        f"<div style='display:flex;justify-content:space-between;align-items:flex-end;border-bottom:3px solid #b0392e;padding-bottom:1.5mm'>"
        f"<span style='font-size:22pt;font-weight:bold;color:#b0392e'>{e(magazine)}</span>"
        f"<span class='small right'>Bewonersblad van {e(corp)}<br>Nummer {c.rng.randint(1, 4)} &middot; {e(values.MONTHS[edition.month - 1])} {edition.year}</span></div>"
        "<h1 style='font-size:18pt;margin:4mm 0 3mm 0'>Even weg? Regel huisbewaring!</h1>"
        + article + coupon
    )  # fmt: skip
    return page(c, body, (HAND_CSS % hand) + " body { font-size: 9.6pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_EMPLOYERS28 = (("Van Leeuwen Engineering B.V.", "Schiedam"), ("Noordhaven Logistics B.V.", "Groningen"), ("Brightwater Energy Solutions B.V.", "Den Helder"),
                ("Hofstede Consultancy B.V.", "Utrecht"), ("Dijkstra Baggerwerken B.V.", "Sliedrecht"), ("Altena Medical Systems B.V.", "Eindhoven"))
_POSTINGS28 = ("Singapore", "Houston (Verenigde Staten)", "Aberdeen, Schotland", "Perth, Australië", "Dar es Salaam (Tanzania)", "Stavanger, Noorwegen",
               "São Paulo, Brazilië", "Jeddah, Saoedi-Arabië")


def werkgever_brief_uitzending_voor_akkoord(c: Ctx):
    """Fresh28. An employer's letter to the corporation asking for house-sitting on behalf of an employee it posts abroad: the company's
    letterhead with its address and postcode, the staff number, the posting's own first and last day (close to the period asked for: decoys),
    the HR adviser with a telephone number and the letter's own earlier day as decoys; the requested period, the sitter with birth date and
    the monthly sum in a small table, own home and minor children in a sentence; the tenant signs "voor akkoord" with a day of his or her own,
    the signing date. The reason is always work."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("long", "dash", "wd_nodot_long", "long_pad"), amounts=("euro", "EUR_grouped", "dash"))
    tenant, sitter, signed, start, end, _reason, comp, own, kids = _facts(c)
    reason = "work_or_study"
    corp = c.rng.choice(CORPORATIONS)
    employer, seat = c.rng.choice(_EMPLOYERS28)
    office = people.address(c.rng)
    home = people.address(c.rng)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first"))
    hr = c.person(born=(1965, 1995))
    written = signed - dt.timedelta(days=c.rng.randint(1, 9))
    post_start = start + dt.timedelta(days=c.rng.randint(1, 10))
    post_end = end - dt.timedelta(days=c.rng.randint(3, 20))
    he = "hij" if tenant.sex == "m" else "zij"
    nw = "white-space:nowrap"
    facts = kv([("Huisbewaring van", f"<span style='{nw}'>{c.d(start)}</span>"), ("tot en met", f"<span style='{nw}'>{c.d(end)}</span>"),
                ("Huisbewaarder", e(sn)), ("Geboortedatum huisbewaarder", f"<span style='{nw}'>{c.d(sitter.birth_date)}</span>"),
                ("Vergoeding per maand", f"<span style='{nw}'>{c.a(comp)}</span>")], label_width="58mm")
    body = (
        f"<div style='display:flex;justify-content:space-between'><span class='logo' style='font-size:15pt;color:#214b6b'>{e(employer)}</span>"
        f"<span class='small right'>{e(office.line1())}<br>{e(values.postcode_text(office.postcode, True))} {e(seat)}<br>Afdeling HR</span></div>"
        + address_block([corp, "t.a.v. afdeling Verhuur", "Postbus " + str(c.rng.randint(100, 9999)), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + f"<p>{e(seat)}, {e(values.date_text(written, c.date_style))}</p>"
        f"<p><b>Betreft: huisbewaring tijdens uitzending van onze medewerker {e(tn)} (personeelsnummer {c.rng.randint(10000, 99999)})</b></p>"
        "<p>Geachte heer, mevrouw,</p>"
        f"<p>{e(tn)} huurt bij u de woning {e(home.line1())} in {e(home.city)}. In opdracht van ons bedrijf gaat {he} tijdelijk werken in "
        f"{e(c.rng.choice(_POSTINGS28))}. Het project begint daar op {e(values.date_text(post_start, c.date_style))} en loopt naar verwachting tot "
        f"{e(values.date_text(post_end, c.date_style))}. Daarna keert {he} terug naar Nederland en naar de woning.</p>"
        f"<p>Namens onze medewerker vragen wij u toestemming voor huisbewaring:</p>{facts}"
        f"<p>De huisbewaarder heeft {'een' if own else 'geen'} eigen woonruimte en {'heeft' if kids else 'heeft geen'} minderjarige kinderen. "
        "Een kopie van de detacheringsbrief kunnen wij op verzoek toesturen.</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(hr.name('initials'))}<br>HR-adviseur, {e(employer)}<br>telefoon 0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)}</p>"
        "<div style='border:0.8px solid #555;padding:2mm 3mm;margin-top:5mm;width:110mm'><b>Voor akkoord, de huurder</b><br>"
        f"Naam: {e(tn)}<br>Datum: <span style='{nw}'>{c.d(signed)}</span><br>Handtekening: <span style='font-family:\"{c.rng.choice(HAND)}\";color:#1a2f8a;font-size:14pt'>"
        f"{e(tenant.surname)}</span></div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh29 split ---------------------------------------------------------------------------

_SPOKEN29 = {  # reason: what a tenant says on the phone
    "work_or_study": ("ik ga voor mijn werk een tijd naar het buitenland", "ik ga een half jaar studeren in het buitenland, een uitwisseling"),
    "care": ("ik ga bij mijn moeder wonen want die is ziek en ik ga voor haar zorgen", "mijn vader moet verzorgd worden en ik trek een tijd bij hem in"),
    "trial_cohabitation": ("ik ga proefsamenwonen bij mijn vriend, even kijken of het gaat", "ik ga eerst een tijdje bij mijn vriendin wonen om het uit te proberen"),
    "travel": ("ik ga een hele lange reis maken door Azië", "we gaan met de camper een paar maanden door Europa"),
    "other": ("ik moet om persoonlijke redenen een tijd ergens anders verblijven", "ik kan er even niet zijn om persoonlijke redenen"),
}


def voicemail_transcriptie_klantcontactcentrum(c: Ctx):
    """Fresh29. A voicemail left with a corporation's customer contact centre, printed with its automatic transcription: the system's head
    ("Ontvangen" with a time, the caller's number, the length, the voicemail id and the transcription's confidence as decoys), the transcript
    in timestamped lines in spoken Dutch with "eh" (the tenant's name, the period in words-and-figures dates, the sitter and the sitter's birth
    date, own home and children and the monthly sum "per maand" in euros, the reason in the tenant's words, an earlier call's day as a decoy),
    and the agent's follow-up line with a call-back day (a decoy). Nobody signs: the signing date is not on the page (null)."""
    c.font_of(c.pick(("DejaVu Sans", "Open Sans"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("long",), amounts=("euro_word",))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    tn, sn = tenant.name("first"), sitter.name("first")
    received = signed + dt.timedelta(days=c.rng.randint(0, 3))
    earlier = received - dt.timedelta(days=c.rng.randint(5, 20))
    callback = received + dt.timedelta(days=c.rng.randint(1, 4))
    relation = c.pick("neef", "nicht", "vriend", "vriendin", "kennis", "collega")
    he = "hij" if sitter.sex == "m" else "ze"
    own_text = (f"{he} heeft eh zelf wel een eigen woning maar die wordt verbouwd" if own else
                f"{he} heeft zelf geen eigen woning, {he} woont nu nog bij haar ouders" if sitter.sex == "f" else
                f"{he} heeft zelf geen eigen woning, {he} woont nu nog bij zijn ouders")
    kids_text = (f"en {he} heeft een {c.pick('zoontje', 'dochtertje')} van {c.rng.randint(2, 9)}" if kids else f"en kinderen heeft {he} niet")
    money = (f"{he} betaalt mij {e(values.amount_text(comp, 'euro_word'))} per maand" if float(comp) > 0 else
             f"{he} hoeft niks te betalen, dus {e(values.amount_text(comp, 'euro_word'))} per maand")
    lines = [
        f"ja goedemiddag, u spreekt met {e(tn)}",
        "eh ik bel over huisbewaring, ik had op " + e(values.date_text(earlier, "long")) + " al gebeld maar toen kreeg ik niemand",
        f"{e(c.rng.choice(_SPOKEN29[reason]))}",
        f"en dat is van {c.d(start)} tot en met {c.d(end)}",
        f"en dan wil ik graag dat mijn {relation} {e(sn)} op mijn huis past",
        f"{he} is geboren op {c.d(sitter.birth_date)}",
        f"{own_text}",
        f"{kids_text}",
        f"eh {money}",
        "kunt u mij het formulier sturen of terugbellen, dank u wel, doei",
    ]
    seconds = 2
    transcript = ""
    for text in lines:
        transcript += (f"<tr><td style='width:15mm;color:#777;font-size:8pt;vertical-align:top;padding:1mm 0'>[{seconds // 60:02d}:{seconds % 60:02d}]</td>"
                       f"<td style='padding:1mm 0'>{text}</td></tr>")
        seconds += c.rng.randint(3, 9)
    nw = "white-space:nowrap"
    corp = c.rng.choice(CORPORATIONS)
    agent = c.person(born=(1970, 2001))
    body = (
        f"<div style='display:flex;justify-content:space-between;border-bottom:2px solid #444;padding-bottom:1.5mm'><b style='font-size:13pt'>{e(corp)} &middot; "
        "Klantcontactcentrum</b><span class='small'>Voicemail &middot; automatische transcriptie</span></div>"
        "<table style='width:100%;font-size:8.6pt;margin:3mm 0;background:#f3f3f3'>"
        f"<tr><td style='padding:1mm 2mm;width:34mm'>Ontvangen</td><td style='{nw}'>{e(values.date_text(received, 'dash'))} {c.rng.randint(8, 21):02d}:{c.rng.randint(0, 59):02d}</td>"
        f"<td style='width:30mm'>Voicemail-ID</td><td>VM-{c.rng.randint(100000, 999999)}</td></tr>"
        f"<tr><td style='padding:1mm 2mm'>Van</td><td>06-{c.rng.randint(10000000, 99999999)}</td><td>Duur</td><td>{seconds // 60:d}:{seconds % 60:02d} min</td></tr>"
        f"<tr><td style='padding:1mm 2mm'>Wachtrij</td><td>Wonen &ndash; huurzaken</td><td>Betrouwbaarheid</td><td>{c.rng.randint(78, 96)}%</td></tr></table>"
        "<h3>Transcriptie</h3>"
        "<p class='small' style='margin-top:0'>Automatisch omgezet van spraak naar tekst. Namen en getallen kunnen verkeerd zijn overgenomen.</p>"
        f"<table style='width:100%;font-size:10pt'>{transcript}</table>"
        "<h3 style='margin-top:5mm'>Afhandeling</h3>"
        f"<p>Opgepakt door {e(agent.name('initials'))}. Huurder wordt teruggebeld op {e(values.date_text(callback, 'dash'))}; aanvraagformulier huisbewaring "
        "per post verstuurd. Status: open.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, sitter, None, start, end, reason, comp, own, kids)


_PT_REASONS29 = {"work_or_study": "Trabalho ou estudo noutro lugar", "care": "Cuidar de outra pessoa / internamento", "trial_cohabitation": "Coabitação experimental",
                 "travel": "Viagem longa", "other": "Outro motivo"}
_ABROAD29 = (("Rua de Santo António 14", "Mindelo, Cabo Verde", "+238"), ("Avenida da Liberdade 212", "Lisboa, Portugal", "+351"),
             ("Rua das Flores 77", "Porto, Portugal", "+351"), ("Rua Augusta 5", "Praia, Cabo Verde", "+238"), ("Rua Oscar Freire 980", "São Paulo, Brasil", "+55"),
             ("Avenida 4 de Fevereiro 31", "Luanda, Angola", "+244"))


def tweetalig_nl_portugees_formulier(c: Ctx):
    """Fresh29. A corporation's house-sitting form in Dutch and Portuguese (for tenants from Cape Verde, Portugal, Brazil or Angola), every
    label in Dutch with the Portuguese under it in grey italics, filled in by hand in blue ink: tenant, sitter with birth date, the period
    "van / de" and "tot en met / até", the reasons as bilingual boxes, the monthly sum, own home and minor children in the form's check style;
    the address and telephone number abroad during the absence and the corporation's received stamp with its own day as decoys; "Datum /
    Data" by the tenant's signature the signing date."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("DejaVu Sans", "Carlito")))
    c.restyle17(dates=("dash", "nopad", "slash", "dot_pad"), amounts=("euro", "dash", "suffix", "plain"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    hand = c.rng.choice(HAND)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    street, town, prefix = c.rng.choice(_ABROAD29)
    received = signed + dt.timedelta(days=c.rng.randint(2, 9))
    nw = "white-space:nowrap"
    pt = "display:block;font-size:7.4pt;color:#666;font-style:italic"

    def row(nl: str, pt_label: str, value: str) -> str:
        return (f"<tr><td style='width:66mm;border-bottom:0.6px solid #999;padding:1.8mm 2mm 1.2mm 0'>{e(nl)}<span style='{pt}'>{e(pt_label)}</span></td>"
                f"<td style='border-bottom:0.6px solid #999;padding:1.8mm 0 1.2mm 0;vertical-align:bottom'><span class='ink' style='{nw}'>{value}</span></td></tr>")

    reasons = "<br>".join(f"{c.tick(key == reason)} {e(option)} <span style='color:#666;font-style:italic;font-size:8pt'>/ {e(_PT_REASONS29[key])}</span>"
                          for key, (option, _) in REASONS.items())
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td>"
        f"<td class='right'>{stamp(['ONTVANGEN', values.date_text(received, 'dash'), corp], colour='#8a1c1c', turn=-4.0)}</td></tr></table>"
        "<h1 style='font-size:14pt;margin:3mm 0 0 0'>Aanvraag huisbewaring</h1>"
        "<div style='font-size:11pt;color:#555;font-style:italic;margin-bottom:3mm'>Pedido de guarda da casa (huisbewaring)</div>"
        "<table style='width:100%'>"
        + row("Naam huurder", "Nome do inquilino", e(tn))
        + row("Naam huisbewaarder", "Nome do guardião da casa", e(sn))
        + row("Geboortedatum huisbewaarder", "Data de nascimento do guardião", c.d(sitter.birth_date))
        + row("Afwezig van", "Ausente de", c.d(start))
        + row("tot en met", "até (inclusive)", c.d(end))
        + row("Vergoeding per maand", "Compensação mensal", c.a(comp))
        + row("Adres tijdens afwezigheid", "Morada durante a ausência", f"{e(street)}, {e(town)}")
        + row("Telefoon in het buitenland", "Telefone no estrangeiro", f"{prefix} {c.rng.randint(100, 999)} {c.rng.randint(1000, 9999)}")
        + "</table>"
        f"<p style='margin-top:3mm'><b>Reden van afwezigheid</b> <span style='color:#666;font-style:italic'>/ Motivo da ausência</span><br>{reasons}</p>"
        "<table style='width:100%;margin-top:2mm'>"
        f"<tr><td style='width:110mm'>Heeft de huisbewaarder een eigen woning?<span style='{pt}'>O guardião tem casa própria?</span></td><td>{c.check(own, 'ja / sim', 'nee / não')}</td></tr>"
        f"<tr><td style='padding-top:2mm'>Heeft de huisbewaarder minderjarige kinderen?<span style='{pt}'>O guardião tem filhos menores de idade?</span></td>"
        f"<td style='padding-top:2mm'>{c.check(kids, 'ja / sim', 'nee / não')}</td></tr></table>"
        "<table style='width:100%;margin-top:6mm'><tr>"
        f"<td style='width:50%'>Datum <span style='color:#666;font-style:italic'>/ Data</span>: <span class='ink' style='{nw}'>{c.d(signed)}</span></td>"
        f"<td>Handtekening huurder <span style='color:#666;font-style:italic'>/ Assinatura</span>: <span class='ink' style='font-size:15pt'>{e(tenant.surname)}</span></td></tr></table>"
        "<p class='small' style='margin-top:6mm'>Stuur het formulier minstens vier weken voor vertrek naar ons terug. / Envie o formulário pelo menos quatro "
        "semanas antes da partida.</p>"
    )  # fmt: skip
    return page(c, body, (HAND_CSS % hand) + " body { font-size: 9.6pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh30 split ---------------------------------------------------------------------------

_TYPEWRITERS30 = ("Courier Prime", "FreeMono", "Liberation Mono", "Noto Mono")


def typemachine_ingevuld_verspringende_regels(c: Ctx):
    """Fresh30. A corporation's pre-printed house-sitting form filled in on a typewriter: the printed captions in a serif with dotted rules,
    the typed values in a typewriter face that sits a little above or below each rule and drifts to the right from line to line, the boxes
    answered with a typed "X" over the printed square, the reason with an "X" before one option, the sum typed "EUR 350,--" or "350,-", the
    dates typed as "12-03-2026" or "12 maart 2026"; the form's code and edition, the tenant's contract number and telephone and the
    corporation's "Ingekomen" stamp with its day as decoys; "Datum" by the signature the signing date."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Caladea", "FreeSerif")))
    c.restyle17(dates=("dash", "long", "dot_pad"), amounts=("EUR_dashdash", "dash_bare", "dash"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    typewriter = c.rng.choice(_TYPEWRITERS30)
    tn, sn = tenant.name(c.pick("all", "initials", "first", "upper")), sitter.name(c.pick("all", "first", "upper"))
    received = signed + dt.timedelta(days=c.rng.randint(2, 10))
    nw = "white-space:nowrap"
    drift = [0.0]

    def typed(value: str) -> str:
        drift[0] += c.rng.uniform(0.2, 1.4)
        shift = c.rng.uniform(-2.4, 1.6)
        return (f"<span style='font-family:\"{typewriter}\", monospace;position:relative;top:{shift:.1f}px;left:{drift[0]:.1f}mm;{nw};"
                f"color:#1c1c1c;font-size:10.6pt'>{value}</span>")

    def line(caption: str, value: str) -> str:
        return (f"<tr><td style='width:62mm;padding:2.4mm 2mm 0 0;vertical-align:bottom'>{e(caption)}</td>"
                f"<td style='border-bottom:1.2px dotted #555;padding:2.4mm 0 0.3mm 0;vertical-align:bottom'>{typed(value)}</td></tr>")

    def box(on: bool) -> str:
        return ("<span style='display:inline-block;position:relative;width:3.6mm;height:3.6mm;border:0.8px solid #222;vertical-align:-0.6mm'>"
                + (f"<span style='position:absolute;left:0.3mm;top:-1.3mm;font-family:\"{typewriter}\", monospace;font-size:10.5pt'>X</span>" if on else "")
                + "</span>")

    reasons = "".join(f"<div style='margin:0.8mm 0'>{box(key == reason)} &nbsp;{e(option)}</div>" for key, (option, _) in REASONS.items())
    yes_no = lambda value: f"{box(value)} ja &nbsp;&nbsp; {box(not value)} nee"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><b style='font-size:15pt'>{e(corp)}</b><br><span class='small'>Formulier HB-{c.rng.randint(1, 9):02d} "
        f"(uitgave {c.rng.randint(2014, 2022)})</span></td>"
        f"<td class='right'>{stamp(['INGEKOMEN', values.date_text(received, 'dash'), 'afd. Wonen'], colour='#3b3b8f', turn=3.0)}</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:4mm'>AANVRAAG TOESTEMMING HUISBEWARING</h1>"
        "<p class='small' style='margin-top:0'>Invullen met blokletters of machineschrift. Doorhalen wat niet van toepassing is.</p>"
        "<table style='width:100%'>"
        + line("Naam huurder", e(tn))
        + line("Contractnummer", f"{c.rng.randint(100, 999)}.{c.rng.randint(1000, 9999)}")
        + line("Telefoonnummer", f"0{c.rng.randint(10, 99)}-{c.rng.randint(1000000, 9999999)}")
        + line("Naam huisbewaarder", e(sn))
        + line("Geboortedatum huisbewaarder", c.d(sitter.birth_date))
        + line("Eerste dag van de afwezigheid", c.d(start))
        + line("Laatste dag van de afwezigheid", c.d(end))
        + line("Vergoeding huisbewaarder per maand", c.a(comp))
        + "</table>"
        f"<p style='margin:4mm 0 1mm 0'><b>Reden van de afwezigheid</b></p>{reasons}"
        "<table style='margin-top:3mm'>"
        f"<tr><td style='padding-right:8mm'>Heeft de huisbewaarder een eigen woning?</td><td>{yes_no(own)}</td></tr>"
        f"<tr><td style='padding-right:8mm;padding-top:1.5mm'>Heeft de huisbewaarder minderjarige kinderen?</td><td style='padding-top:1.5mm'>{yes_no(kids)}</td></tr>"
        "</table>"
        "<table style='width:100%;margin-top:7mm'>"
        + line("Plaats", e(c.rng.choice(people.places())[1]))
        + line("Datum", c.d(signed))
        + "<tr><td style='padding-top:6mm'>Handtekening huurder</td><td style='border-bottom:1.2px dotted #555;height:12mm'></td></tr></table>"
        f"<p class='small' style='margin-top:6mm'>Stuur dit formulier minimaal vier weken voor vertrek naar {e(corp)}, afdeling Wonen.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


def a5_twee_exemplaren_liggend_ontvangstparaaf(c: Ctx):
    """Fresh30. A small corporation's form printed twice side by side on a landscape sheet, two A5 halves with a dashed cut line between
    them, "Exemplaar voor <corporatie>" and "Exemplaar voor de huurder", the tenant having filled in both halves by hand with the same
    answers (tenant, sitter, birth date, period, reason ticked, monthly sum, own home and children, date and signature); the corporation's
    half carries a received stamp with its own day and an employee's initials, the tenant's half "Bewaar dit exemplaar" and the office's
    opening hours (decoys); "Datum" by the signature in each half the signing date."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "FreeSans")))
    c.restyle17(dates=("dash", "nopad", "slash", "dot_pad"), amounts=("dash", "euro", "plain"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    hand = c.rng.choice(HAND)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sitter.name(c.pick("all", "first"))
    received = signed + dt.timedelta(days=c.rng.randint(1, 8))
    clerk = "".join(ch for ch in c.person(born=(1965, 2000)).name("initials") if ch.isupper())[:3]
    nw = "white-space:nowrap"
    ink = lambda v: f"<span class='ink' style='{nw}'>{v}</span>"  # noqa: E731

    def row(label: str, value: str) -> str:
        return (f"<tr><td style='width:40mm;padding:1.5mm 1mm 0 0;font-size:8pt;vertical-align:bottom'>{e(label)}</td>"
                f"<td style='border-bottom:0.6px solid #777;padding:1.5mm 0 0 0;vertical-align:bottom'>{value}</td></tr>")

    def half(title: str, foot: str, extra: str) -> str:
        reasons = "<br>".join(f"{c.tick(key == reason)} {e(option)}" for key, (option, _) in REASONS.items())
        return (
            f"<div style='display:flex;justify-content:space-between;align-items:flex-start'><div><b style='font-size:12pt'>{e(corp)}</b><br>"
            f"<span style='font-size:7.6pt'>Aanvraag huisbewaring &middot; {e(title)}</span></div>{extra}</div>"
            "<table style='width:100%;margin-top:2mm'>"
            + row("Naam huurder", ink(e(tn)))
            + row("Naam huisbewaarder", ink(e(sn)))
            + row("Geboortedatum huisbewaarder", ink(c.d(sitter.birth_date)))
            + row("Afwezig vanaf", ink(c.d(start)))
            + row("Afwezig tot en met", ink(c.d(end)))
            + row("Vergoeding per maand", ink(c.a(comp)))
            + "</table>"
            f"<div style='font-size:8pt;margin-top:2mm'><b>Reden</b><br>{reasons}</div>"
            f"<table style='font-size:8pt;margin-top:2mm'><tr><td style='padding-right:3mm'>Eigen woning huisbewaarder?</td><td>{c.check(own, 'ja', 'nee')}</td></tr>"
            f"<tr><td>Minderjarige kinderen?</td><td>{c.check(kids, 'ja', 'nee')}</td></tr></table>"
            "<table style='width:100%;margin-top:2mm'>"
            + row("Datum", ink(c.d(signed)))
            + row("Handtekening huurder", f"<span class='ink' style='font-size:14pt'>{e(tenant.surname)}</span>")
            + f"</table><div style='font-size:7pt;color:#555;margin-top:2mm'>{foot}</div>")

    stamp_html = stamp(["ONTVANGEN", values.date_text(received, "dash"), f"paraaf {clerk}"], colour="#9b1c1c", turn=-5.0)
    left = half(f"exemplaar voor {corp}", "Na ontvangst sturen wij u binnen twee weken een schriftelijke reactie.", stamp_html)
    right = half("exemplaar voor de huurder", f"Bewaar dit exemplaar. Het kantoor van {e(corp)} is open op werkdagen van 9.00 tot 16.30 uur.", "")
    body = (
        "<table style='width:100%;table-layout:fixed'><tr>"
        f"<td style='padding-right:7mm;border-right:1px dashed #777'>{left}</td>"
        f"<td style='padding-left:7mm'>{right}</td></tr></table>"
        "<div style='text-align:center;font-size:7pt;color:#777;margin-top:2mm'>&#9986; - - - knip hier - - - beide helften invullen</div>"
    )  # fmt: skip
    css = LANDSCAPE_CSS + (HAND_CSS % hand) + " .ink { font-size: 10.5pt; } body { font-size: 8.6pt; }"
    return page(c, body, css), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh31 split ---------------------------------------------------------------------------


def excel_formulier_rasterprint_keuzelijst(c: Ctx):
    """Fresh31. A small corporation's application form sent as a spreadsheet, filled in by the tenant and printed with the grid and the
    headings: the column letters over the cells and the row numbers down the left, the corporation's title in the first rows, one question
    a row in column A, the answer in column B and a grey hint in column C ("dd-mm-jjjj", "kies uit de lijst", "bedrag in euro's"); the
    reason as the chosen item of the drop-down list, "ja"/"nee" typed, the dates and the sum as the spreadsheet shows them; the contract
    number, the telephone and the form's version as decoys, the sheet tabs and the file name in the print's header; "Datum ondertekening"
    the signing date."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("dash", "nopad", "iso"), amounts=("plain", "dot_bare", "euro"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    grey = lambda text: f"<span style='color:#888'>{e(text)}</span>"  # noqa: E731
    version = f"v{c.rng.randint(2, 6)}.{c.rng.randint(0, 9)}"
    rows = [
        [f"<b style='font-size:9pt'>{e(corp)}</b>", "", ""],
        ["<b>Aanvraag huisbewaring</b>", "", grey(f"formulier {version}")],
        ["", "", ""],
        ["Naam huurder", e(tn), ""],
        ["Huurcontractnummer", f"{c.rng.randint(10000, 99999)}", grey("zie uw huurcontract")],
        ["Telefoonnummer", f"06{c.rng.randint(10000000, 99999999)}", ""],
        ["Naam huisbewaarder", e(sn), ""],
        ["Geboortedatum huisbewaarder", c.d(sitter.birth_date), grey("dd-mm-jjjj")],
        ["Begindatum afwezigheid", c.d(start), grey("dd-mm-jjjj")],
        ["Einddatum afwezigheid", c.d(end), grey("dd-mm-jjjj")],
        ["Reden afwezigheid", f"{e(REASONS[reason][0])} &#9662;", grey("kies uit de lijst")],
        ["Vergoeding per maand", c.a(comp), grey("bedrag in euro's")],
        ["Eigen woning huisbewaarder?", "ja" if own else "nee", grey("ja / nee")],
        ["Minderjarige kinderen huisbewaarder?", "ja" if kids else "nee", grey("ja / nee")],
        ["", "", ""],
        ["Datum ondertekening", c.d(signed), grey("dd-mm-jjjj")],
        ["Handtekening", grey("(na printen zetten)"), ""],
    ]
    tabs = ("<div style='margin-top:3mm;font-size:7.6pt;display:flex'>"
            "<span style='border:0.6px solid #999;border-top:none;padding:0.6mm 3mm;background:#fff;font-weight:bold'>Aanvraag</span>"
            "<span style='border:0.6px solid #ccc;border-top:none;padding:0.6mm 3mm;background:#eee;color:#555'>Toelichting</span>"
            "<span style='border:0.6px solid #ccc;border-top:none;padding:0.6mm 3mm;background:#eee;color:#555'>Lijsten</span></div>")
    file_name = f"aanvraag_huisbewaring_{corp.lower().replace(' ', '_')}_{version}.xlsx"
    body = (
        running(e(file_name), "Aanvraag &nbsp;&middot;&nbsp; Pagina 1")
        + sheet_grid(rows, ["64mm", "58mm", "38mm"], header_rows=0)
        + tabs
        + "<p class='small' style='margin-top:6mm'>Print het ingevulde blad, zet uw handtekening en lever het in bij de balie of stuur het als "
        "bijlage per e-mail.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_PURPOSES31 = ("Medehuur", "Inwoning (iemand bij u laten wonen)", "Onderhuur van een kamer", "Huisbewaring", "Huisdier", "Zelf aangebrachte voorziening")


def verzamelformulier_toestemming_onderdeel_huisbewaring(c: Ctx):
    """Fresh31. A corporation's single form for every request for permission ("Aanvraag toestemming"), filled in by hand: part A the
    tenant (name, address, customer number: decoys), part B a list of six purposes with one box ticked (Huisbewaring), part C for
    medehuur and inwoning left empty with its blank lines (a trap for the eye), part D for house-sitting filled in (the sitter, the birth
    date, the period "van ... tot en met ...", the reason ticked, the sum per month, own home and minor children ticked), part E the
    signature with place and "Datum" the signing date; the corporation's "Alleen voor intern gebruik" box with a case number."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "FreeSans")))
    c.restyle17(dates=("dash", "nopad", "slash", "dot_pad"), amounts=("dash", "euro", "plain"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    hand = c.rng.choice(HAND)
    c.extra_css.append(HAND_CSS % hand)
    tn, sn = tenant.name(c.pick("all", "first")), sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    ink = lambda html: f"<span class='ink' style='white-space:nowrap'>{html}</span>"  # noqa: E731
    blank = "<span style='display:inline-block;width:60mm;border-bottom:0.8px solid #777'>&nbsp;</span>"

    def line(label: str, value: str) -> str:
        return (f"<tr><td style='width:50mm;padding:1.6mm 2mm 0 0;vertical-align:bottom;font-size:8.8pt'>{e(label)}</td>"
                f"<td style='border-bottom:0.8px solid #777;padding:1.6mm 0 0.2mm 0;vertical-align:bottom'>{value}</td></tr>")

    part = lambda letter, title: f"<div style='background:#2d4b73;color:#fff;padding:1mm 2.5mm;margin-top:3.5mm;font-weight:bold;font-size:9.4pt'>{letter}. {e(title)}</div>"  # noqa: E731
    purposes = "".join(f"<div style='width:50%;display:inline-block;margin:0.5mm 0'>{c.tick(p == 'Huisbewaring')} {e(p)}</div>" for p in _PURPOSES31)
    body = (
        f"<table style='width:100%'><tr><td><b style='font-size:15pt'>{e(corp)}</b><br><span class='small'>Aanvraag toestemming &middot; "
        f"versie {c.rng.randint(2019, 2025)}</span></td><td style='width:58mm'><div style='border:0.8px dashed #666;padding:1.5mm 2mm;font-size:7.6pt'>"
        f"Alleen voor intern gebruik<br>Zaaknummer: Z-{c.rng.randint(100000, 999999)}<br>Behandelaar: ________</div></td></tr></table>"
        + part("A", "Uw gegevens") + "<table style='width:100%'>"
        + line("Naam huurder", ink(e(tn))) + line("Adres", ink(f"{e(home.line1())}, {e(home.city)}"))
        + line("Klantnummer", ink(f"{c.rng.randint(100000, 999999)}")) + "</table>"
        + part("B", "Waarvoor vraagt u toestemming? (één hokje per formulier)") + f"<div style='margin-top:1.5mm'>{purposes}</div>"
        + part("C", "Alleen bij medehuur of inwoning") + "<table style='width:100%'>"
        + line("Naam medebewoner", blank) + line("Geboortedatum", blank) + line("Woont op het adres sinds", blank) + "</table>"
        + part("D", "Alleen bij huisbewaring") + "<table style='width:100%'>"
        + line("Naam huisbewaarder", ink(e(sn))) + line("Geboortedatum huisbewaarder", ink(c.d(sitter.birth_date)))
        + line("Periode", f"van {ink(c.d(start))} tot en met {ink(c.d(end))}")
        + line("Vergoeding per maand", ink(c.a(comp))) + "</table>"
        + f"<div style='margin-top:2mm;font-size:8.8pt'>Reden: {_reason_boxes(c, reason)}</div>"
        + f"<table style='margin-top:1.5mm;font-size:8.8pt'><tr><td style='padding-right:6mm'>Heeft de huisbewaarder een eigen woning?</td><td>{c.check(own)}</td></tr>"
        f"<tr><td style='padding-right:6mm'>Heeft de huisbewaarder kinderen jonger dan 18 jaar?</td><td>{c.check(kids)}</td></tr></table>"
        + part("E", "Ondertekening") + "<table style='width:100%'>"
        + line("Plaats", ink(e(home.city))) + line("Datum", ink(c.d(signed)))
        + line("Handtekening", f"<span class='ink' style='font-size:15pt'>{e(tenant.surname)}</span>") + "</table>"
    )  # fmt: skip
    return page(c, body, "@page { margin: 14mm 16mm 14mm 18mm; } body { font-size: 9.2pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


# --- fresh32 split ---------------------------------------------------------------------------

_PREFILLED_REASONS32 = {"work_or_study": "werk of studie", "care": "zorg (voor een ander of voor uzelf)", "trial_cohabitation": "proefsamenwonen",
                        "travel": "reis", "other": "anders"}


def voorgedrukt_formulier_huurdergegevens_barcode(c: Ctx):
    """Fresh32. A personalised form the corporation's system printed and posted to the tenant after a phone call: part 1 already filled in
    by the system in a typewriter-like face (the tenant's name, address and postcode, the contract number, "Uw kenmerk", the day the form was
    made and "Retourneren vóór" with its own day, a barcode: decoys besides the name), parts 2 to 4 completed by the tenant in ink (the
    sitter's name and birth date, "Ingangsdatum" and "Einddatum", the reason ticked among five, the monthly sum, own home and minor children
    answered), part 5 "Datum" the signing date beside the signature."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("dash", "nopad", "slash_nopad", "long"), amounts=("euro", "dash", "plain"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    hand = c.rng.choice(HAND)
    c.extra_css.append(HAND_CSS % hand)
    tn = tenant.name(c.pick("initials", "all", "upper"))
    sn = sitter.name(c.pick("all", "first"))
    home = people.address(c.rng)
    made = signed - dt.timedelta(days=c.rng.randint(4, 25))
    due = made + dt.timedelta(days=c.pick(14, 21, 28))
    system = "font-family:\"Liberation Mono\", \"DejaVu Sans Mono\", monospace;font-size:9.4pt"
    ink = lambda html: f"<span class='ink' style='white-space:nowrap'>{html}</span>"  # noqa: E731
    line = lambda label, value: (f"<tr><td style='width:58mm;padding:1.8mm 2mm 0 0;vertical-align:bottom'>{e(label)}</td>"  # noqa: E731
                                 f"<td style='border-bottom:0.7px dotted #555;vertical-align:bottom'>{value}</td></tr>")
    part = lambda n, title: f"<h3 style='border-bottom:1.2px solid #2c5d63;color:#2c5d63;margin-top:4mm'>{n}. {e(title)}</h3>"  # noqa: E731
    reasons = " &nbsp; ".join(f"{c.tick(key == reason)} {e(text)}" for key, text in _PREFILLED_REASONS32.items())
    body = (
        f"<table style='width:100%'><tr><td><b style='font-size:15pt;color:#2c5d63'>{e(corp)}</b><br><span class='small'>Formulier aanvraag "
        f"huisbewaring (persoonlijk)</span></td><td style='width:62mm'>{barcode(c.rng, bars=40, height='9mm')}<div style='{system};font-size:7.4pt'>"
        f"HB-{made.year}-{c.rng.randint(100000, 999999)}</div></td></tr></table>"
        + f"<div style='{system};margin:6mm 0 2mm 0'>{e(tn)}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city.upper())}</div>"
        + part(1, "Uw gegevens (door ons ingevuld)")
        + f"<table style='{system}'><tr><td style='width:58mm'>Naam huurder</td><td>{e(tn)}</td></tr>"
        f"<tr><td>Contractnummer</td><td>{c.rng.randint(1000000, 9999999)}</td></tr><tr><td>Uw kenmerk</td><td>TEL-{c.rng.randint(10000, 99999)}</td></tr>"
        f"<tr><td>Formulier aangemaakt op</td><td>{e(values.date_text(made, 'dash'))}</td></tr>"
        f"<tr><td>Retourneren vóór</td><td>{e(values.date_text(due, 'dash'))}</td></tr></table>"
        + part(2, "De huisbewaarder (door u in te vullen)") + "<table style='width:100%'>"
        + line("Naam", ink(e(sn))) + line("Geboortedatum", ink(c.d(sitter.birth_date))) + "</table>"
        + "<table style='width:100%;margin-top:2mm'>"
        + line("Heeft de huisbewaarder een eigen woning?", c.check(own)) + line("Heeft de huisbewaarder kinderen onder de 18?", c.check(kids)) + "</table>"
        + part(3, "Periode, reden en vergoeding") + "<table style='width:100%'>"
        + line("Ingangsdatum", ink(c.d(start))) + line("Einddatum", ink(c.d(end)))
        + line("Vergoeding huisbewaarder per maand", ink(c.a(comp))) + "</table>"
        + f"<div style='margin-top:2mm'>Reden: {reasons}</div>"
        + part(4, "Bijlagen") + "<div class='small'>Bij werk of studie: een kopie van het contract of de inschrijving. Bij zorg: een verklaring.</div>"
        + part(5, "Ondertekening") + "<table style='width:100%'>"
        + line("Datum", ink(c.d(signed))) + line("Handtekening huurder", f"<span class='ink' style='font-size:15pt'>{e(tenant.surname)}</span>") + "</table>"
    )  # fmt: skip
    return page(c, body, "@page { margin: 14mm 16mm 14mm 18mm; } body { font-size: 9.4pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


_LAW_FIRMS32 = ("Van Dijk & El Ouali Advocaten", "Advocatenkantoor De Brug", "Kroes Sociale Advocatuur", "Advocatenpraktijk Oostpoort",
                "Bos & Yilmaz advocaten", "Advocatencollectief Noord")
_LAW_BECAUSE32 = {
    "work_or_study": "mijn cliënt gedurende die periode voor zijn of haar werk in het buitenland verblijft",
    "care": "mijn cliënt gedurende die periode bij een zieke ouder verblijft om deze te verzorgen",
    "trial_cohabitation": "mijn cliënt gedurende die periode proefsamenwoont met de partner op diens adres",
    "travel": "mijn cliënt gedurende die periode een lange reis maakt",
    "other": "mijn cliënt gedurende die periode een vrijheidsstraf ondergaat",
}


def advocaat_brief_verzoek_namens_huurder(c: Ctx):
    """Fresh32. A lawyer's letter asking the corporation, on the tenant's behalf, for permission for house-sitting: the firm's letterhead
    (its address and postcode, telephone, KvK number and the legal-aid certificate's number: decoys), the corporation's address with its own
    postcode, "Uw brief van" with a day (a decoy), "Ons kenmerk", "Datum" the signing date; the sentences name the client (the tenant) and the
    house-sitter with the birth date, "van ... tot en met ..." the period, the reason in a clause, the monthly sum, whether the house-sitter
    has a home of his or her own and children under eighteen; "Hoogachtend" and the lawyer's name."""
    c.font_of(c.pick(("Liberation Serif", "EB Garamond"), ("Caladea", "DejaVu Serif")))
    c.restyle17(dates=("long", "long_pad", "dash"), amounts=("euro", "dash"))
    tenant, sitter, signed, start, end, reason, comp, own, kids = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    firm = c.rng.choice(_LAW_FIRMS32)
    lawyer = c.person(born=(1960, 1994))
    tn, sn = tenant.name(c.pick("all", "initials", "first")), sitter.name(c.pick("all", "first"))
    office = people.address(c.rng)
    box, place = people.issuer_address(c.rng)
    earlier = signed - dt.timedelta(days=c.rng.randint(6, 40))
    nw = "white-space:nowrap"
    home_text = ("beschikt zelf over een eigen woning, die hij of zij gedurende de huisbewaring aanhoudt" if own else
                 "beschikt niet over eigen woonruimte en staat nu ingeschreven bij familie")
    kids_text = "heeft minderjarige kinderen, die niet in de woning zullen verblijven" if kids else "heeft geen minderjarige kinderen"
    body = (
        f"<table style='width:100%'><tr><td><span style='font-size:16pt;letter-spacing:0.5px'>{e(firm)}</span></td>"
        f"<td class='right small'>{e(office.line1())}<br>{e(values.postcode_text(office.postcode, True))} {e(office.city)}<br>T 0{c.rng.randint(10, 79)} "
        f"{c.rng.randint(100, 999)} {c.rng.randint(1000, 9999)}<br>KvK {c.rng.randint(10000000, 99999999)}</td></tr></table>"
        + address_block([corp, "t.a.v. de afdeling Verhuur", box, place])
        + kv([("Uw brief van", f"<span style='{nw}'>{e(values.date_text(earlier, 'long'))}</span>"),
              ("Ons kenmerk", f"{signed.year}.{c.rng.randint(100, 999)}/{e(lawyer.given[0][0])}{e(lawyer.surname.split()[-1][0])}"),
              ("Toevoeging", f"{c.rng.randint(1, 9)}{c.rng.randint(100, 999)}{c.rng.randint(1000, 9999)}"),
              ("Datum", f"<span style='{nw}'>{c.d(signed)}</span>"), ("Betreft", "verzoek toestemming huisbewaring")], label_width="32mm")
        + "<p style='margin-top:6mm'>Geachte heer, mevrouw,</p>"
        f"<p>Ik sta {e(tn)} bij, huurder van uw woning. Namens mijn cliënt verzoek ik u toestemming te verlenen voor huisbewaring in de periode van "
        f"<span style='{nw}'>{c.d(start)}</span> tot en met <span style='{nw}'>{c.d(end)}</span>, omdat {e(_LAW_BECAUSE32[reason])}.</p>"
        f"<p>Als huisbewaarder is voorzien {e(sn)}, geboren op <span style='{nw}'>{c.d(sitter.birth_date)}</span>. De huisbewaarder {e(home_text)} en "
        f"{e(kids_text)}. Mijn cliënt en de huisbewaarder zijn een vergoeding overeengekomen van <span style='{nw}'>{c.a(comp)}</span> per maand; de huur "
        "blijft door mijn cliënt aan u betaald.</p>"
        "<p>Ik verzoek u binnen vier weken op dit verzoek te beslissen. Voor vragen kunt u contact met mij opnemen.</p>"
        f"<p style='margin-top:6mm'>Hoogachtend,<br><br>{e(lawyer.titled('initials') if lawyer.title else 'mr. ' + lawyer.name('initials'))}<br>advocaat</p>"
        "<p class='small' style='margin-top:8mm'>Bijlage: volmacht van cliënt</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10.2pt; }"), _truth(tn, sn, sitter, signed, start, end, reason, comp, own, kids)


LAYOUTS = {f.__name__: f for f in (corporation_form, ruled_grid_form, tenant_letter, online_form_print, handfilled_form,
                                   two_page_form, email_print,
                                   numbered_questions, sitter_declaration,
                                   corner_box_form, english_application,
                                   web_form_print, handwritten_tenant_letter, reason_form_two_page,
                                   huurder_huisbewaarder_columns_form, contactformulier_eigen_woorden, huisbewaarder_eerst_formulier,
                                   email_thread_print, aanvraag_en_overeenkomst_two_page, doorslag_formulier_geel,
                                   portaal_samenvatting_referentie, getypte_brief_bijlagen,
                                   folder_afscheurstrook_landscape, gemachtigde_formulier_grid,
                                   tweetalig_turks_formulier, intake_balie_verslag,
                                   pdf_invulformulier_blauwe_velden, app_lange_screenshot,
                                   whatsapp_chat_print, formulier_doorgehaalde_correcties,
                                   briefkaart_handgeschreven, webformulier_kopieid_bijlage,
                                   email_vragen_inline_beantwoord, formulier_bijlagen_checklist,
                                   brief_kind_namens_ouder, formulier_tweede_hand_huisbewaarder,
                                   word_inhoudsbesturing_formulier, formulier_routering_ga_naar_vraag,
                                   tablet_balie_handtekening_samenvatting, aanvraag_kalenderstrook_maanden,
                                   formulier_codevelden_legenda, brief_maatschappelijk_werk_instelling_namens_huurder,
                                   crm_contactmoment_telefoon_notitie, formulierbouwer_vraag_per_blok_print,
                                   fax_voorblad_aanvraagformulier, tweetalig_pools_formulier,
                                   tweetalig_arabisch_formulier, chatbot_gesprek_snelknoppen,
                                   militair_uitzending_brief_gezien_stempel, huurdersvereniging_voorbeeldbrief_ingevuld,
                                   bewindvoerder_brief_namens_client, formulier_intern_afhandelblok,
                                   studentenhuisvester_uitwisseling_tijdelijke_bewoner, complexbeheer_afwezigheid_sleutelmelding,
                                   detentie_casemanager_verzoek_huisbewaring, wereldreis_brief_reisschema_tabel,
                                   proefsamenwonen_brief_partneradres, b1_pictogrammen_formulier,
                                   kliniekopname_formulier_verklaring_instelling, overwinteren_spanje_brief_grote_letter,
                                   huisbewaarder_brief_huurder_voor_akkoord, voorwaarden_paraaf_per_regel_formulier,
                                   english_tenant_letter_assignment_abroad, liggend_twee_kolommen_huurder_en_huisbewaarder,
                                   bewonersblad_bon_uitgeknipt, werkgever_brief_uitzending_voor_akkoord,
                                   voicemail_transcriptie_klantcontactcentrum, tweetalig_nl_portugees_formulier,
                                   typemachine_ingevuld_verspringende_regels, a5_twee_exemplaren_liggend_ontvangstparaaf,
                                   excel_formulier_rasterprint_keuzelijst, verzamelformulier_toestemming_onderdeel_huisbewaring,
                                   voorgedrukt_formulier_huurdergegevens_barcode, advocaat_brief_verzoek_namens_huurder)}  # fmt: skip
HELDOUT = {"email_print"}
FRESH = {"numbered_questions", "sitter_declaration"}
"""Layouts of the fresh split only (see brp_uittreksel.FRESH)."""
FRESH2 = {"corner_box_form", "english_application"}
"""Layouts of the fresh2 split only (see brp_uittreksel.FRESH2)."""
FRESH3 = {"web_form_print", "handwritten_tenant_letter", "reason_form_two_page"}
"""Layouts of the fresh3 split only: a third first-contact set, by yet another author who never saw the reader."""
FRESH4 = {"huurder_huisbewaarder_columns_form", "contactformulier_eigen_woorden", "huisbewaarder_eerst_formulier"}
"""Layouts of the fresh4 split only: a fourth first-contact set, by another author who never saw the reader."""
FRESH5 = {"email_thread_print", "aanvraag_en_overeenkomst_two_page", "doorslag_formulier_geel"}
"""Layouts of the fresh5 split only: a fifth first-contact set, by another author who never saw the reader."""
FRESH6 = {"portaal_samenvatting_referentie", "getypte_brief_bijlagen"}
"""Layouts of the fresh6 split only: a sixth first-contact set, by another author who never saw the reader."""
FRESH7 = {"folder_afscheurstrook_landscape", "gemachtigde_formulier_grid"}
"""Layouts of the fresh7 split only: a seventh first-contact set, by another author who never saw the reader."""
FRESH8 = {"tweetalig_turks_formulier", "intake_balie_verslag"}
"""Layouts of the fresh8 split only: an eighth first-contact set, by another author who never saw the reader."""
FRESH9 = {"pdf_invulformulier_blauwe_velden", "app_lange_screenshot"}
"""Layouts of the fresh9 split only: a ninth first-contact set, by another author who never saw the reader."""
FRESH10 = {"whatsapp_chat_print", "formulier_doorgehaalde_correcties"}
"""Layouts of the fresh10 split only: a tenth first-contact set, by another author who never saw the reader."""
FRESH11 = {"briefkaart_handgeschreven", "webformulier_kopieid_bijlage"}
"""Layouts of the fresh11 split only: an eleventh first-contact set, by another author who never saw the reader."""
FRESH12 = {"email_vragen_inline_beantwoord", "formulier_bijlagen_checklist"}
"""Layouts of the fresh12 split only: a twelfth first-contact set, by another author who never saw the reader."""
FRESH13 = {"brief_kind_namens_ouder", "formulier_tweede_hand_huisbewaarder"}
"""Layouts of the fresh13 split only: a thirteenth first-contact set, by another author who never saw the reader."""
FRESH14 = {"word_inhoudsbesturing_formulier", "formulier_routering_ga_naar_vraag"}
"""Layouts of the fresh14 split only: a fourteenth first-contact set, by another author who never saw the reader."""
FRESH15 = {"tablet_balie_handtekening_samenvatting", "aanvraag_kalenderstrook_maanden"}
"""Layouts of the fresh15 split only: a fifteenth first-contact set, by another author who never saw the reader."""
FRESH16 = {"formulier_codevelden_legenda", "brief_maatschappelijk_werk_instelling_namens_huurder"}
"""Layouts of the fresh16 split only: a sixteenth first-contact set, by another author who never saw the reader."""
FRESH17 = {"crm_contactmoment_telefoon_notitie", "formulierbouwer_vraag_per_blok_print"}
"""Layouts of the fresh17 split only: a seventeenth first-contact set, by another author who never saw the reader."""
FRESH18 = {"fax_voorblad_aanvraagformulier", "tweetalig_pools_formulier"}
"""Layouts of the fresh18 split only: an eighteenth first-contact set, by another author who never saw the reader."""
FRESH19 = {"tweetalig_arabisch_formulier", "chatbot_gesprek_snelknoppen"}
"""Layouts of the fresh19 split only: a nineteenth first-contact set, by another author who never saw the reader."""
FRESH20 = {"militair_uitzending_brief_gezien_stempel", "huurdersvereniging_voorbeeldbrief_ingevuld"}
"""Layouts of the fresh20 split only: a twentieth first-contact set, by another author who never saw the reader."""
FRESH21 = {"bewindvoerder_brief_namens_client", "formulier_intern_afhandelblok"}
"""Layouts of the fresh21 split only: a twenty-first first-contact set, by another author who never saw the reader."""
FRESH22 = {"studentenhuisvester_uitwisseling_tijdelijke_bewoner", "complexbeheer_afwezigheid_sleutelmelding"}
"""Layouts of the fresh22 split only: a twenty-second first-contact set, by another author who never saw the reader."""
FRESH23 = {"detentie_casemanager_verzoek_huisbewaring", "wereldreis_brief_reisschema_tabel"}
"""Layouts of the fresh23 split only: a twenty-third first-contact set, by another author who never saw the reader."""
FRESH24 = {"proefsamenwonen_brief_partneradres", "b1_pictogrammen_formulier"}
"""Layouts of the fresh24 split only: a twenty-fourth first-contact set, by another author who never saw the reader."""
FRESH25 = {"kliniekopname_formulier_verklaring_instelling", "overwinteren_spanje_brief_grote_letter"}
"""Layouts of the fresh25 split only: a twenty-fifth first-contact set, by another author who never saw the reader."""
FRESH26 = {"huisbewaarder_brief_huurder_voor_akkoord", "voorwaarden_paraaf_per_regel_formulier"}
"""Layouts of the fresh26 split only: a twenty-sixth first-contact set, by another author who never saw the reader."""
FRESH27 = {"english_tenant_letter_assignment_abroad", "liggend_twee_kolommen_huurder_en_huisbewaarder"}
"""Layouts of the fresh27 split only: a twenty-seventh first-contact set, by another author who never saw the reader."""
FRESH28 = {"bewonersblad_bon_uitgeknipt", "werkgever_brief_uitzending_voor_akkoord"}
"""Layouts of the fresh28 split only: a twenty-eighth first-contact set, by another author who never saw the reader."""
FRESH29 = {"voicemail_transcriptie_klantcontactcentrum", "tweetalig_nl_portugees_formulier"}
"""Layouts of the fresh29 split only: a twenty-ninth first-contact set, by another author who never saw the reader."""
FRESH30 = {"typemachine_ingevuld_verspringende_regels", "a5_twee_exemplaren_liggend_ontvangstparaaf"}
"""Layouts of the fresh30 split only: a thirtieth first-contact set, by another author who never saw the reader."""
FRESH31 = {"excel_formulier_rasterprint_keuzelijst", "verzamelformulier_toestemming_onderdeel_huisbewaring"}
"""Layouts of the fresh31 split only: a thirty-first first-contact set, by another author who never saw the reader."""
FRESH32 = {"voorgedrukt_formulier_huurdergegevens_barcode", "advocaat_brief_verzoek_namens_huurder"}
"""Layouts of the fresh32 split only: a thirty-second first-contact set, by another author who never saw the reader."""
