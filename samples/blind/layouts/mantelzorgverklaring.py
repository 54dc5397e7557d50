"""Care declarations (mantelzorgverklaring): municipal forms, care organisations, a GP's letter.

Modelled on the public forms of municipalities and of care organisations (wijkteams,
mantelzorgsteunpunten, thuiszorg) and on GPs' statements: who gives care to whom, how
much, and whether care is needed day and night ("24 uur per dag", "dag en nacht",
"continu toezicht"), asked as a checkbox in many styles or stated in a sentence.

The fresh split adds: a Wmo consultant's report of the kitchen-table talk, addressed to
the caregiver, in numbered sections (the talk's date and a case number beside the
letter's date; the conclusion may name "24 uur" only to deny it), and a welfare
organisation's form with the cared-for and the carer side by side and the care as
ranges of hours, one of them "meer dan 24 uur per week".

The fresh2 split adds: a care team's form with the persons in corner-labelled boxes, the
questions answered by an X under a Ja or a Nee column, the issuer in a stamp box and a
contact person in the header; and a hospital specialist's letter whose sentences put the
date first, the patient next and the caregiver last, with "de klok rond" for 24 hours.

The fresh3 split adds three ordinary declarations: a mantelzorg support organisation's letter
(place and date in words, the facts as labelled lines with the care's start date and hours,
the 24-hour need in a sentence of its own), a GP's typed letter "aan wie het aangaat" (AGB code,
the last consultation's date, the carer named as "haar zoon" in a sentence), and a municipality's
checkbox form (kinds of care ticked, one box among weekly ranges, "meer dan 24 uur per week"
among them, or "24 uur per dag").

The fresh4 split adds: a home-care organisation's statement by the district nurse (client number, indication
hours and GP, the carer as first contact, a day-part table of who gives which care, the night deciding),
the carer's own typed declaration signed by both (the carer its issuer), and a housing medical adviser's
advice (request, home visit and advice dates, criteria answered Ja / Nee, a positive or negative conclusion).

The fresh5 split adds: an independent mantelzorgmakelaar's two-page report under a running head (the bureau's KvK,
IBAN and register number in the footer, the intake's and home visit's dates, a task table; page 2 the signed
declaration with its date), an elderly-care physician's e-mail printed from the carer's mail client ("Verzonden:
do. 5 mrt. 2026 14:32", a cc, the carer's quoted request of days before), and a dementia case manager's checklist
(labels above values, ticked tasks, "Permanent toezicht noodzakelijk (24/7)" answered Ja / Nee, the date in boxes).

The fresh6 split adds: a municipality's Wmo "Verklaring mantelzorg" after a home visit (a case number, the two
persons in boxes side by side, the 24-hour question answered in a sentence, "Datum verklaring", a signature table with
each signatory's date), and a GP's short declaration on the practice's A6 prescription sheet ("R/", the AGB code, the
patient with birth date and the carer in two typed lines, the date "5 maart '26").

The fresh7 split adds: a mental-health institution's letter by a clinician of its outreach team (the client named with
the name in use in brackets, "J.C. (Johannes) van der Meer", the "naaste" as carer, a sentence that gives no medical
facts, permanent supervision stated or denied, a BIG number and "digitaal ondertekend"), and a corporation's own form
whose third part a professional of a district team fills in (the corporation's name on top is no issuer; the carer's
part has its own earlier date; the professional's statements answered with a check mark in a Ja or a Nee column; the
values typed into grey form fields).

The fresh8 split adds: a refugee organisation's declaration drawn up by a volunteer coach with an interpreter
("VluchtelingenWerk <regio>" the issuer, the interpreter's name and number and the conversation's earlier date as decoys,
Syrian, Eritrean or Afghan names, a parent's birth date recorded as "00-00-1958"), and a municipality's paper form
filled in by hand in comb fields (names in block capitals one letter a box, BSN, birth dates, postcode and the issue
date in boxes, the 24-hour question crossed Ja or Nee, the municipality's part with its consultant).

The fresh9 split adds: a home-care team's declaration with the week's care schedule (a grid of days against morning,
afternoon, evening and night with "MZ", "TZ" or "-" in each cell, the nurse's conclusion in a sentence: day and night, 24
hours a day, or no care at night), and a Flemish GP's "Attest" for a carer across the border ("Ondergetekende, dokter ...,
verklaart dat", "24 op 24 uur", a Belgian national register number as a decoy beside the BSN, the RIZIV number in the footer).

The fresh10 split adds: a church's diaconal committee's declaration written by hand with a felt-tip pen on the parish's
printed letter paper (the deacon's date "5/3/26", the names as the deacon knows them), and a palliative home-care nurse's
e-mail to the corporation printed with the mail client's head (the date as "Thu 5 Mar 2026", the facts in sentences, the
organisation in the signature; the name of the cared-for as the care file sorts it, "Meer (van der), J.C.").

The fresh11 split adds: a district team's fillable PDF form printed with its grey-edged fields and round radio buttons
(a filled dot, no mark of text, for "24 uur per dag (dag én nacht)"), the team's part with "Datum" and a digital signature's
stamp of the same day as "Datum: 2026.03.05 14:02:11 +01'00'", and a neighbour-help organisation's short statement in
bullets ("Wie zorgt", "Voor wie", "'s Nachts"), its coordinator signing with place and date.

The fresh12 split adds: a district nurse's declaration on a home-care organisation's letterhead (a Zvw indication with its own date and hours, a line on the
Wlz, the carer living in and care "24 uur per dag" or daily help and no care at night; the nurse and her BIG number as decoys), and a
carers' support centre's table of care tasks with hours per week, a total and a row "Toezicht" ("dag en nacht, 24 uur per dag" or
"niet nodig"; the kitchen-table talk's date a decoy).

The fresh13 split adds: a secondary school's care coordinator's declaration on a young carer (the pupil cares for a parent; the
school's name in an extra-bold italic, the pupil's class, pupil number, birth date and mentor, and the date of the care meeting
as decoys; the date as "donderdag 05-03-2026"), and a GP practice's nurse's "mantelzorgscan" as a table of questions with Ja, Nee
and Soms columns, a dot in one of them, a row "Is er 24 uur per dag zorg of toezicht nodig?", a burden score and the home visit's
date as decoys, the GP's "akkoord" beside the nurse's signature.

The fresh14 split adds: a hospital social worker's declaration after the discharge planning (a patient label stuck on the letter
with the patient as "van der Meer, J.C. (Johannes)", the patient number and the admission day as "05MRT2026", the planned
discharge, the social worker and the ward as decoys; the hospital is the issuer), and a care farm's declaration on its day care
(the farm's name in a bold italic serif, a week table of the days at the farm and the days at home with the carer, the intake
day and the end of the Wmo indication as decoys).

The fresh15 split adds: an occupational therapist's report of a home visit with a table of daily activities ("zelfstandig", "met hulp van
mantelzorger", "niet mogelijk"), the referring GP, the referral's and the visit's days and the therapist's register number as decoys, the
practice the issuer, the client sometimes as "MEER, J.C. VAN DER"), and a respite-care house's letter confirming booked stays (their arrival
and departure days and the daily fee as decoys; the carer cares at home in between, day and night or by day only; the date as "5e maart 2026").

The fresh16 split adds: a sheet from the care file at the client's home (the client's label with "Meer, van der, J.C.", birth date
and client number, hand-written report rows by several nurses dated "5 mrt '26" as decoys, the last row the district nurse's statement
naming the carer as "J.C. vd Meer" or otherwise; the home-care organisation the issuer), and an occupational health service's letter to
an employer's HR department on an employee's request for long-term care leave (the consultation's day, the staff number and the leave's
dates as decoys; the company doctor confirms the care and whether presence day and night is needed; the service the issuer).

The fresh17 split adds: a MEE organisation's client support worker's statement written as numbered questions with shaded answer
blocks (the recipient's birth date, the date the care began and a day centre with its days as decoys; the MEE organisation the issuer),
and a children's hospital paediatrician's letter on a child with profound multiple disabilities (the child the recipient, one parent
the carer and the other a decoy name, the patient number and the last outpatient visit as decoys; the children's hospital the issuer).

The fresh18 split adds: a coordinator's statement from a volunteers' organisation for terminal care at home (VPTZ) on the
night watches its volunteers keep beside the carer (the start of the watches, the GP's terminal declaration, the number of nights and
the coordinator as decoys; the organisation the issuer), and a revalidation centre's ALS team's letter with a table of aids and their
delivery dates (decoys), the neurologist's name and the day of diagnosis as decoys; the centre the issuer.

The fresh19 split adds: a dialysis centre's statement on a patient on home haemodialysis whose partner or child is trained to
assist (the start of home dialysis, the dialysis nights per week, the nephrologist, the patient number and the next outpatient visit as
decoys; the centre the issuer), and a large-print letter from an ambulant counsellor of an expertise centre for the blind and partially
sighted (the visual acuity figures, the day of the home visit, the aids supplied and the counsellor as decoys; the centre the issuer).

The fresh20 split adds: a memory clinic's letter by a clinical geriatrician after a diagnosis of dementia (a table of test
results with the MMSE score, the clock-drawing test and their days, the day of diagnosis, the patient number and the next appointment as
decoys; the clinic the issuer), and the last page of a care provider's support plan for a client with a learning disability living at
home (the network table with another relative and the personal counsellor, the plan's term, the evaluation day and the signatories' own
dates as decoys; "Plan vastgesteld op" the issue date, the provider the issuer).

The fresh21 split adds: a hospital's Parkinson nurse specialist's letter (the Hoehn and Yahr stage, the year of diagnosis, the
neurologist, a table of medication times through the day and, when care is round the clock, the night, and the next check-up as decoys; the
hospital the issuer), and a care group's client adviser confirming a client's place on a nursing home's waiting list (the care profile, the
day of the CIZ decision, the waiting status, the preferred locations, the day of registration and the place in the queue as decoys; the
care group the issuer).

The fresh22 split adds: a youth-care provider's family counsellor's statement on a child with autism cared for by a parent (the other
parent, the municipality's youth-care decision with its term, the intake, the school and the behavioural scientist as decoys; the provider
the issuer), and an out-of-hours GP service's statement with a table of night and weekend contacts (their days and times, the patient's
own GP and the patient number as decoys; the service the issuer).

The fresh23 split adds: a home-ventilation centre's letter with a grey side column (the ventilation's hours, the device, the day home
ventilation began and the last check-up, the treating physician and the round-the-clock telephone as decoys; "Datum" in the side column,
the centre the issuer), and a brain-injury network's case manager's form (the day of the injury, the discharge from rehabilitation and the
neuropsychological examination as decoys; the 24-hour question answered in the form's yes/no style, the network the issuer).

The fresh24 split adds: a Veteranenloket social worker's statement on a veteran with PTSS cared for by a partner or child (the mission
and its year, the veteran's registration number and the intake at the treating institution as decoys; "Doorn, <date>" the issue date, the
Veteraneninstituut the issuer), and a declaration the person cared for writes by hand (a witness with a later day of their own and the
carer's telephone as decoys; the writer, the person cared for, the issuer).

The fresh25 split adds: a Wlz care office's letter granting a "volledig pakket thuis" that rests on a live-in relative as carer (the care
profile, the day of the CIZ decision, the care provider and the day the vpt begins as decoys; care day and night or by day only in prose,
the care office the issuer), and an international GP practice's statement in English for an expat family (the day the patient registered
and the last consultation, the BIG and AGB numbers as decoys; "24 hours a day" or by day only, "Date:" the issue date in English).

The fresh26 split adds: the minutes of a multidisciplinary meeting on a client at home (the day of the meeting and of the next one, the
people present with their roles and a table of agreements with who and when as decoys; a closing "Verklaring" names carer and client and
says whether supervision is needed day and night; the organisation the issuer, "Verslag vastgesteld op" the issue date), and a GP's
statement typed in the practice system's letter module in a file's clipped abbreviations ("pt.", "mz.", "i.v.m.", "toezicht 24/7 noodz."; the
patient's BSN, the contacts of the past year, the last home visit, the AGB code and the UZI number as decoys; "Datum" the issue date).

The fresh27 split adds: a declaration in Dutch and Turkish by a welfare organisation for older migrants ("Naam mantelzorger / Bakıcının
adı soyadı", the relation in both languages, the day the care began, the hours, the home visit and the consultant as decoys; the 24-hour
question in the form's yes/no style, "Datum / Tarih" the issue date, the organisation with its town the issuer), and a carers' support
centre's letter with the carer's "Mantelzorgpas" to cut out at its foot (the card's number, its validity, the registration's day and the
cared-for's birth date as decoys; day and night or by day only in a sentence; the centre the issuer).

The fresh28 split adds: a neighbourhood team's "netwerkkaart" (an ecogram: the person cared for in the middle, the carer and other
relatives, neighbours and professionals in boxes around, joined by lines whose weight shows how often they help; the other people, their
relations and frequencies, the talk's day and the counsellor as decoys) above a short declaration that names carer and cared-for and says
whether care is needed day and night ("Datum" the issue date, the team the issuer), and a message sent through ZorgMail's secure mail by a
GP practice's nurse practitioner, printed with the secure-mail head (the ZorgMail addresses, the message number, the patient's birth date,
the consultation's day and the day the message is kept until as decoys; "Verzonden" the issue date, the practice the issuer).

The fresh29 split adds: an epilepsy centre's nurse specialist's letter with a table of the supervision needed per part of the day (morning,
afternoon, evening and night, each with its hours, whether supervision is needed and who gives it; the day-care centre or home-care team,
the patient's birth date and number, the last seizure's day, the next check-up and the neurologist as decoys; the date line the issue date,
the centre the issuer), and a student dean's declaration that a student is the carer of a relative (the student number, programme,
enrolment day, the talks' days, the academic year's first and last day and the support fund's months as decoys; "Datum" the issue date, the
institution the issuer).

The fresh30 split adds: an excerpt of a district-nursing care plan with the problems in the Omaha System's domains (the recipient's birth
date and client number, the plan's version, "Vastgesteld op" and "Evaluatie gepland" and the district nurse with a BIG number as decoys;
one row names the carer with presence day and night or help by day only; "Uittreksel opgemaakt op" the issue date, the home-care
organisation the issuer), and a pharmacy's statement with the medication schedule of a patient on a medicine roll (the AGB code, the
prescribing GP, the roll's first and next delivery as decoys; a night dose at 03.00 when the care is round the clock; "Datum" the issue
date, the pharmacy the issuer).

The fresh31 split adds: a hospital oncology nurse specialist's letter about a patient in chemotherapy (the patient's birth date and number,
the regimen and a table of the cures with their days and blood checks as decoys; the carer named with the relation stays day and night
after every cure or helps by day only; the date line the issue date, the hospital the issuer), and the declaration of need for care a
municipality asks for when a family places a "mantelzorgwoning" (a numbered form: the two people's birth dates and the carer's address,
the plot's address and postcode, the cadastral parcel, the area and the day building starts as decoys; a yes/no for care at hand day and
night; "Datum" the issue date, the GP practice or home-care team that signs the issuer).

The fresh32 split adds: a German GP's "Ärztliche Bescheinigung" for a patient across the border cared for by a relative (the practice's
German address and postcode, BSNR and LANR, the patient's birth date and Dutch address and the "Pflegegrad" with its day as decoys; "rund um
die Uhr (24 Stunden täglich, auch nachts)" or by day only, "<Ort>, den ..." the issue date, the practice the issuer), and a GP practice's
declaration faxed to the corporation (the machines' header and foot lines with the day sent, the fax cover's numbers, the patient's birth
date and the AGB code as decoys; "dag en nacht (24 uur per dag)" or by day only, "Datum" the issue date, the practice the issuer).
"""

from __future__ import annotations

import datetime as dt

from samples.blind import people, values
from samples.blind.layouts._base import (
    HAND, HAND8, NARROW, SANS, SANS7, SANS8, SERIF, SERIF7, Ctx, address_block, check_columns, comb, corner, corner_rows, e, grid, kv, mail_header,
    page, running, signature_table,
)
from samples.blind.layouts._base import SANS9, SERIF9  # the fresh9 split's
from samples.blind.layouts._base import HAND10, SERIF10, mail_header  # the fresh10 split's
from samples.blind.layouts._base import radio  # the fresh11 split's
from samples.blind.layouts._base import SANS12  # the fresh12 split's
from samples.blind.layouts._base import SANS13  # the fresh13 split's
from samples.blind.layouts._base import SANS14, SERIF14, patient_sticker  # the fresh14 split's
from samples.blind.layouts._base import stamp  # the fresh32 split's uses

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




# --- fresh split -----------------------------------------------------------------------------

_WELFARE = ("Stichting Welzijn Midden", "Mantelzorgpunt De Schakel", "Stichting Welzijn Ouderen Oost",
            "Zorgcoöperatie Samen Thuis", "Welzijnskwartier", "Stichting Present & Mantelzorg")  # fmt: skip


def wmo_consulent_letter(c: Ctx):
    """Fresh. The Wmo consultant's report of the kitchen-table talk, to the caregiver, in numbered sections."""
    c.font_of(c.pick(SANS, SERIF))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = f"Gemeente {home.municipality}"
    fc, fr = carer.name(c.pick("all", "first")), recipient.name(c.pick("all", "first"))
    talk = issue - dt.timedelta(days=c.rng.randint(6, 45))
    consultant = c.person().name("initials")
    own = people.address(c.rng)
    help_with = c.pick("het huishouden, de medicatie en de persoonlijke verzorging", "wassen, aankleden en eten",
                       "de administratie, boodschappen en het toezicht op medicijngebruik")
    if clock:
        conclusion = c.pick(f"Wij stellen vast dat {fr} 24 uur per dag is aangewezen op zorg en toezicht.",
                            f"Zonder uw aanwezigheid kan {fr} niet thuis blijven wonen: er is dag en nacht zorg nodig, 24 uur per dag.",
                            f"De zorgbehoefte van {fr} is zodanig dat permanent toezicht nodig is, ook 's nachts (24-uurszorg).")
    else:
        conclusion = c.pick(f"De zorg is intensief, maar er is geen sprake van zorg of toezicht gedurende 24 uur per dag.",
                            f"{fr} heeft enkele dagdelen per week hulp nodig; 's nachts is geen toezicht nodig.",
                            f"Een 24-uurssituatie is op dit moment niet aan de orde; de zorg beperkt zich tot de ochtend en de avond.")
    sections = [("Aanleiding", f"Op {values.date_text(talk, c.date_style)} hebben wij met u en {fr} gesproken over de ondersteuning die {fr} nodig heeft. "
                               f"Het gesprek vond plaats bij {fr} thuis, {home.line1()} te {home.city}."),
                ("Uw rol als mantelzorger", f"U, {fc}, bent de mantelzorger van {fr}. U helpt bij {help_with}."),
                ("Conclusie", conclusion),
                ("Hoe verder", "Dit verslag kunt u gebruiken bij uw aanvraag bij de woningcorporatie. Bent u het niet eens met het verslag? Laat het ons binnen twee weken weten.")]
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(issuer)}</span><br><span class='small'>Team Wmo · Sociaal Domein</span></td>"
        f"<td class='right small'>Datum: {c.d(issue)}<br>Zaaknummer: WMO-{issue.year}-{c.rng.randint(10000, 99999)}<br>"
        f"Behandeld door: {e(consultant)}<br>Telefoon: 14 0{c.rng.randint(10, 599)}</td></tr></table>"
        + address_block([f"{carer.salutation()} {carer.titled('initials')}", own.line1(), f"{values.postcode_text(own.postcode, True)}  {own.city.upper()}"])
        + f"<p><b>Onderwerp:</b> {e(c.pick('verslag keukentafelgesprek', 'gespreksverslag Wmo en bevestiging mantelzorg'))}</p>"
        f"<p>Geachte {e(carer.salutation().lower())} {e(carer.surname)},</p>"
        + "".join(f"<h3>{i + 1}. {e(title)}</h3><p>{e(text)}</p>" for i, (title, text) in enumerate(sections))
        + f"<p>Met vriendelijke groet,<br><br>{e(consultant)}<br>Wmo-consulent, {e(issuer)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


def side_by_side_form(c: Ctx):
    """Fresh. A welfare organisation's form: cared-for and carer in two columns, the care as ranges of hours."""
    c.font_of(SANS)
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_WELFARE)
    form = c.pick("all", "first", "reversed")
    fc, fr = carer.name(form), recipient.name(form)
    own = people.address(c.rng)
    columns = [("Zorgvrager", recipient, fr, home), ("Mantelzorger", carer, fc, own)]
    if c.rng.random() < 0.4:
        columns.reverse()
    head = "".join(f"<th style='width:40%'>{e(title)}</th>" for title, *_ in columns)
    rows = [("Naam", [e(n) for _, _, n, _ in columns]), ("Geboortedatum", [c.d(p.birth_date) for _, p, _, _ in columns]),
            ("Adres", [f"{e(a.line1())}<br>{e(values.postcode_text(a.postcode, True))} {e(a.city)}" for *_, a in columns]),
            ("Telefoon", [f"06-{c.rng.randint(10000000, 99999999)}" for _ in columns])]
    table = (f"<table class='ruled' style='width:100%'><tr><th></th>{head}</tr>"
             + "".join(f"<tr><td>{e(label)}</td>{''.join(f'<td>{v}</td>' for v in cells)}</tr>" for label, cells in rows) + "</table>")
    options = ["minder dan 8 uur per week", "8 tot 24 uur per week", "meer dan 24 uur per week", "24 uur per dag (dag en nacht, permanent toezicht)"]
    chosen = 3 if clock else c.rng.randint(0, 2)
    ticks = "".join(f"<div>{c.tick(i == chosen)} {e(o)}</div>" for i, o in enumerate(options))
    staff = c.person().name(c.pick("initials", "first"))
    body = (
        f"<div class='logo' style='font-size:14pt'>{e(issuer)}</div><div class='small'>{e(c.pick('Steunpunt mantelzorg', 'Informele zorg en welzijn'))}</div>"
        f"<h1 style='margin-top:6mm'>{e(c.pick('Verklaring mantelzorg', 'Mantelzorgverklaring (huisvesting)'))}</h1>"
        + table
        + f"<h3>{e(c.pick('Hoeveel zorg is er nodig?', 'Omvang van de zorg en het toezicht'))}</h3>{ticks}"
        f"<p style='margin-top:4mm'>Relatie tot de zorgvrager: {e(c.pick('zoon', 'dochter', 'partner', 'kleinkind', 'buurvrouw', 'vriend'))}</p>"
        "<table style='width:100%;margin-top:8mm'><tr><td>Handtekening zorgvrager<br><br>__________________</td>"
        "<td>Handtekening mantelzorger<br><br>__________________</td></tr></table>"
        f"<div class='box' style='margin-top:8mm'>Voor akkoord, namens {e(issuer)}:<br>"
        + grid([("Naam", e(staff)), ("Datum", c.d(issue))], columns=2, label_width="18mm") + "</div>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


# --- fresh2 split ----------------------------------------------------------------------------

_CARE_TEAMS = ("Thuiszorg West-Brabant", "Stichting Mantelzorg Rijnmond", "Buurtteam Zuid", "Zorgbalans Thuiszorg",
               "Amstelring Wijkverpleging", "Careyn Thuiszorg")  # fmt: skip
_HOSPITALS = ("Ziekenhuis Gelderse Vallei", "Noordwest Ziekenhuisgroep", "Maasstad Ziekenhuis", "Rijnstate",
              "Zuyderland Medisch Centrum", "Ziekenhuis Amstelland")  # fmt: skip


def yes_no_grid_form(c: Ctx):
    """Fresh2. A care team's form: the two persons in corner-labelled boxes, questions answered with an X under Ja or Nee, the issuer in a stamp box, a contact person in the header."""
    c.font_of(("Cantarell", "Go", "Liberation Sans Narrow", "Quicksand"))
    c.restyle(dates=("nopad", "dash", "dot_pad", "long"))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_CARE_TEAMS)
    fc, fr = carer.name(c.pick("all", "first", "reversed")), recipient.name(c.pick("all", "first", "reversed"))
    contact = c.person().name(c.pick("first", "initials"))
    issued = e(values.date_text(issue, "short_year")) if c.rng.random() < 0.35 else c.d(issue)
    questions = [("Woont de zorgvrager zelfstandig?", c.rng.random() < 0.8),
                 ("Verleent de mantelzorger de zorg al langer dan drie maanden?", True),
                 ("Is er sprake van zorg of toezicht gedurende 24 uur per dag (dag én nacht)?", clock),
                 ("Is er daarnaast professionele thuiszorg?", c.rng.random() < 0.5)]
    mark = "border:0.8px solid #444;text-align:center;width:12mm"
    table = ("<table style='width:100%;border-collapse:collapse;margin-top:4mm'><tr><th style='border:0.8px solid #444'>Vraag</th>"
             f"<th style='{mark}'>Ja</th><th style='{mark}'>Nee</th></tr>"
             + "".join(f"<tr><td style='border:0.8px solid #444;padding:2px 4px'>{e(q)}</td><td style='{mark}'>{'X' if a else ''}</td>"
                       f"<td style='{mark}'>{'' if a else 'X'}</td></tr>" for q, a in questions) + "</table>")  # fmt: skip
    body = (
        f"<table style='width:100%'><tr><td><span style='font-size:15pt;font-weight:bold;color:#6a1b9a'>{e(issuer)}</span></td>"
        f"<td class='right small'>Contactpersoon: {e(contact)}<br>tel. 0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)}</td></tr></table>"
        f"<h1 style='margin-top:6mm'>{e(c.pick('Mantelzorgverklaring', 'Verklaring mantelzorg t.b.v. woningcorporatie'))}</h1>"
        "<h3>Zorgvrager</h3>"
        + corner_rows([[corner(e(fr), "naam", "55%"), corner(c.d(recipient.birth_date), "geboortedatum")],
                       [corner(e(f"{home.line1()}, {values.postcode_text(home.postcode, True)} {home.city}"), "adres")]])
        + "<h3>Mantelzorger</h3>"
        + corner_rows([[corner(e(fc), "naam", "55%"), corner(c.d(carer.birth_date), "geboortedatum")],
                       [corner(e(c.pick("zoon", "dochter", "partner", "buurman", "nicht", "schoonzoon")), "relatie tot zorgvrager")]])
        + table
        + "<table style='width:100%;margin-top:10mm'><tr>"
        f"<td style='width:55%'><div style='border:1.5px dashed #6a1b9a;padding:3mm;color:#6a1b9a'>STEMPEL ORGANISATIE<br><b>{e(issuer)}</b></div></td>"
        f"<td style='padding-left:5mm'>Datum: {issued}<br><br>Handtekening: ____________</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


def hospital_letter_sentences(c: Ctx):
    """Fresh2. A hospital specialist's letter: the date opens a sentence, the patient comes first, "de klok rond" instead of "24 uur", the caregiver named last; a patient number and a cc."""
    c.font_of(("EB Garamond", "Accanthis ADF Std", "Caladea", "FreeSerif"))
    c.restyle(dates=("weekday", "long", "nopad"))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_HOSPITALS)
    fc, fr = carer.name(c.pick("all", "first", "initials")), recipient.name(c.pick("all", "first", "initials"))
    doctor, gp = c.person(), c.person()
    seen = issue - dt.timedelta(days=c.rng.randint(3, 40))
    need = (c.pick("Patiënt heeft de klok rond zorg en toezicht nodig, ook 's nachts.",
                   "Zelfstandig functioneren is niet meer mogelijk; toezicht is dag en nacht, de klok rond, noodzakelijk.")
            if clock else
            c.pick("Patiënt heeft dagelijks hulp nodig, maar niet de klok rond; 's nachts is geen toezicht nodig.",
                   "Er is overdag hulp nodig bij de persoonlijke verzorging. Toezicht de klok rond is niet nodig."))  # fmt: skip
    body = (
        f"<div style='border-bottom:1px solid #8a6d3b;padding-bottom:2mm'><span style='font-size:16pt;color:#8a6d3b'>{e(issuer)}</span><br>"
        f"<span class='small'>{e(c.pick('Afdeling Geriatrie', 'Specialisme Ouderengeneeskunde', 'Polikliniek Neurologie'))}</span></div>"
        f"<p class='small' style='margin-top:4mm'>Patiëntnummer {c.rng.randint(1000000, 9999999)} &nbsp;·&nbsp; cc: huisarts {e(gp.name('initials'))}</p>"
        f"<p style='margin-top:6mm'>{e(home.city)}, {c.d(issue)}</p>"
        "<p>Aan wie het aangaat,</p>"
        f"<p>Op {c.d(seen)} zag ik op de polikliniek {e(fr)}, geboren {c.d(recipient.birth_date)}, wonend aan {e(home.line1())} te {e(home.city)}. "
        f"{e(need)}</p>"
        f"<p>De dagelijkse zorg wordt gegeven door {'zijn' if recipient.sex == 'm' else 'haar'} mantelzorger, {e(fc)}, die daarvoor bij patiënt wil gaan inwonen. "
        "Uit medisch oogpunt ondersteun ik dit verzoek.</p>"
        f"<p>Hoogachtend,<br><br>{e(c.pick('dr.', 'drs.'))} {e(doctor.name('initials'))}<br>{e(c.pick('klinisch geriater', 'specialist ouderengeneeskunde', 'neuroloog'))}</p>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


# --- fresh3 split ----------------------------------------------------------------------------


_STEUNPUNTEN = ("Mantelzorgsteunpunt Midden-Holland", "Stichting Mantelzorg & Meer", "Steunpunt Mantelzorg Zuid-Kennemerland",
                "Mantelzorg Eindhoven", "Centrum voor Mantelzorg Twente", "Mantelzorgpunt Amersfoort")  # fmt: skip
_RELATIONS = {"f": ("dochter", "partner", "buurvrouw", "schoondochter", "kleindochter", "zus", "nicht"),
              "m": ("zoon", "partner", "buurman", "schoonzoon", "kleinzoon", "broer", "neef")}


def steunpunt_verklaring_letter(c: Ctx):
    """Fresh3. A mantelzorg support organisation's letter: place and date in words at the top, the declaration as a list of labelled lines (carer, cared-for, relation, care since, the hours), the 24-hour statement a sentence of its own, a carer's registration number and the consultant's signature."""
    c.font_of(c.pick(SANS, SERIF))
    c.restyle3(dates=("words", "long_pad", "short_nodot"))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_STEUNPUNTEN)
    form = c.pick("all", "first")
    fc, fr = carer.name(form), recipient.name(form)
    since = issue - dt.timedelta(days=c.rng.randint(200, 3000))
    need = (c.pick("De zorgvrager kan niet alleen gelaten worden; er is 24 uur per dag zorg en toezicht nodig.",
                   "De zorg wordt dag en nacht gegeven: 24 uur per dag, 7 dagen per week.",
                   "Er is sprake van 24-uurs zorg; ook 's nachts is de mantelzorger nodig.") if clock else
            c.pick("De zorg wordt overdag gegeven; 's nachts is geen zorg of toezicht nodig.",
                   "Van zorg of toezicht gedurende 24 uur per dag is geen sprake.",
                   "De mantelzorger komt dagelijks enkele uren; de zorgvrager is 's nachts alleen."))  # fmt: skip
    postbus, place = people.issuer_address(c.rng)
    hours = c.rng.randint(24, 70) if clock else c.rng.randint(6, 30)
    body = (
        f"<div style='border-bottom:2px solid #7a4b8c;padding-bottom:2mm'><span class='logo' style='font-size:14pt;color:#7a4b8c'>{e(issuer)}</span>"
        f"<br><span class='small'>{e(postbus)} · {e(place)} · info@{e(issuer.split()[-1].lower().replace('&', 'en'))}.nl</span></div>"
        f"<p style='margin-top:8mm'>{e(place.split('  ')[-1].title())}, {c.d(issue)}</p>"
        f"<p>Betreft: verklaring mantelzorg<br>Ons kenmerk: MZ-{c.rng.randint(1000, 99999)}</p>"
        "<p>Aan wie het aangaat,</p>"
        f"<p>{e(issuer)} verklaart hierbij het volgende:</p>"
        "<ul style='list-style:none;padding-left:4mm'>"
        f"<li>Naam mantelzorger: {e(fc)}</li><li>Geboortedatum mantelzorger: {e(values.date_text(carer.birth_date, 'long_pad'))}</li>"
        f"<li>Naam zorgvrager: {e(fr)}</li><li>Adres zorgvrager: {e(home.line1())}, {e(home.city)}</li>"
        f"<li>Relatie tot zorgvrager: {e(c.rng.choice(_RELATIONS[carer.sex]))}</li><li>Mantelzorger sinds: {e(values.date_text(since, 'long_pad'))}</li>"
        f"<li>Omvang van de zorg: ongeveer {hours} uur per week</li></ul>"
        f"<p>{e(need)}</p>"
        f"<p>De mantelzorger staat bij ons ingeschreven onder nummer {c.rng.randint(10000, 99999)}. Wij hebben deze verklaring opgesteld "
        "na een gesprek met de mantelzorger en de zorgvrager.</p>"
        f"<p>Met vriendelijke groet,<br><br><br>{e(c.person().name('initials'))}<br>mantelzorgconsulent, {e(issuer)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


def huisarts_typed_letter(c: Ctx):
    """Fresh3. A GP's typed letter "aan wie het aangaat": the practice's AGB code and the date of the last consultation beside the letter's date, the patient with birth date in a "Betreft" line, the carer as "haar zoon"/"zijn dochter" named in a sentence, the 24-hour need stated or denied."""
    c.font_of(c.pick(SERIF, ("Liberation Sans", "Carlito", "DejaVu Sans")))
    c.restyle3(dates=("long_pad", "short_nodot", "slash_nopad", "dash_mon"))
    carer, recipient, clock, issue, home = _facts(c)
    practice = c.pick("Huisartsenpraktijk " + c.rng.choice(("De Linde", "Het Lindeplein", "Oosterpark", "De Vaart", "Molenwijk")),
                      "Huisartsen " + c.rng.choice(("aan de Dijk", "Centrum", "Noorderhaven")), "Gezondheidscentrum " + c.rng.choice(("De Hoven", "Zuiderpark")))
    doctor = c.person()
    fc, fr = carer.name(c.pick("all", "first")), recipient.name(c.pick("all", "initials"))
    role = c.rng.choice(_RELATIONS[carer.sex])
    his = "zijn" if recipient.sex == "m" else "haar"
    consult = issue - dt.timedelta(days=c.rng.randint(1, 40))
    state = (c.pick(f"Gezien {his} gezondheidstoestand is 24 uur per dag zorg en toezicht noodzakelijk.",
                    "Patiënt kan niet alleen zijn; dag en nacht (24 uur per dag) is iemand aanwezig nodig.",
                    f"Er is continu, ook 's nachts, toezicht nodig; de zorg beslaat 24 uur per dag.") if clock else
             c.pick("Patiënt heeft dagelijks hulp nodig bij het huishouden en de persoonlijke verzorging; toezicht gedurende 24 uur per dag is niet nodig.",
                    "De zorg beperkt zich tot enkele dagdelen per week. Er is geen sprake van 24-uurszorg.",
                    "Patiënt is 's nachts zelfstandig; de hulp is overdag nodig."))  # fmt: skip
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:13pt'>{e(practice)}</span><br><span class='small'>"
        f"{e(people.address(c.rng).line1())}, {e(home.city)}<br>tel. 0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)} · AGB-code 01-{c.rng.randint(100000, 999999)}</span></td>"
        f"<td class='right small'>{e(doctor.name('initials'))}, huisarts<br>{e(c.person().name('initials'))}, huisarts</td></tr></table>"
        f"<p style='margin-top:12mm'>Datum: {c.d(issue)}</p>"
        f"<p>Betreft: {e(recipient.salutation().lower())} {e(fr)}, geboren {c.d(recipient.birth_date)}<br>"
        f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}</p>"
        "<p>Aan wie het aangaat,</p>"
        f"<p>Bovengenoemde patiënt is bij onze praktijk ingeschreven en was op {c.d(consult)} voor het laatst op het spreekuur. "
        f"{e(his.capitalize())} {e(role)}, {e(fc)}, verzorgt {e('hem' if recipient.sex == 'm' else 'haar')} als mantelzorger.</p>"
        f"<p>{e(state)}</p>"
        "<p>Deze verklaring is afgegeven op verzoek van patiënt, ten behoeve van een aanvraag bij de woningcorporatie. "
        "Medische gegevens worden om redenen van privacy niet vermeld.</p>"
        f"<p>Met vriendelijke groet,<br><br><br>{e(doctor.name('initials'))}<br>huisarts</p>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, practice)


def gemeente_checkbox_form(c: Ctx):
    """Fresh3. A municipality's "verklaring mantelzorg" form: numbered sections, the kinds of care as ticked boxes, the amount of care as one ticked box among weekly ranges ("meer dan 24 uur per week" one of them) and "24 uur per dag", the Wmo consultant's date and team at the foot."""
    c.font_of(SANS)
    c.restyle3(dates=("long_pad", "dash_mon", "slash_nopad"))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = f"Gemeente {home.municipality}"
    fc, fr = carer.name(c.pick("all", "first", "reversed")), recipient.name(c.pick("all", "first"))
    options = ("minder dan 8 uur per week", "8 tot 16 uur per week", "16 tot 24 uur per week", "meer dan 24 uur per week",
               "24 uur per dag (dag en nacht)")
    chosen = options[-1] if clock else c.rng.choice(options[:-1])
    kinds = ("persoonlijke verzorging", "huishoudelijke hulp", "begeleiding naar afspraken", "toezicht", "medicatie", "administratie")
    ticked = set(c.rng.sample(kinds, c.rng.randint(2, 4)))
    box = lambda on, text: f"<div>{c.tick(on)} {e(text)}</div>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(issuer)}</span><br><span class='small'>Team Wmo · Sociaal Domein</span></td>"
        f"<td class='right small'>Formulier MZ-{c.rng.randint(1, 9)}<br>versie {c.rng.randint(2019, 2025)}</td></tr></table>"
        "<h1 style='margin-top:6mm'>Verklaring mantelzorg</h1>"
        "<p class='small'>In te vullen door de Wmo-consulent na het gesprek met de zorgvrager en de mantelzorger.</p>"
        "<h3>1. Zorgvrager</h3>" + kv([("Naam", e(fr)), ("Geboortedatum", c.d(recipient.birth_date)),
                                       ("Adres", f"{e(home.line1())}, {e(home.city)}")], cls="lines", label_width="45mm")
        + "<h3>2. Mantelzorger</h3>" + kv([("Naam", e(fc)), ("Geboortedatum", c.d(carer.birth_date)),
                                            ("Relatie tot zorgvrager", e(c.rng.choice(_RELATIONS[carer.sex])))], cls="lines", label_width="45mm")
        + "<h3>3. Soort zorg</h3><table style='width:100%'><tr><td>" + "".join(box(k in ticked, k) for k in kinds[:3]) + "</td><td>"
        + "".join(box(k in ticked, k) for k in kinds[3:]) + "</td></tr></table>"
        + "<h3>4. Omvang van de zorg</h3>" + "".join(box(o == chosen, o) for o in options)
        + "<h3>5. Ondertekening</h3>"
        + kv([("Naam consulent", e(c.person().name("initials"))), ("Datum", c.d(issue)), ("Handtekening", "")], label_width="45mm")
        + f"<p class='small' style='margin-top:6mm'>{e(issuer)} gebruikt deze gegevens alleen voor de beoordeling van uw aanvraag.</p>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


# --- fresh4 split ----------------------------------------------------------------------------

_HOME_CARE = ("Buurtzorg Nederland", "Vérian Thuiszorg", "Cordaan Thuiszorg", "Zorggroep Alliade", "Careyn Wijkverpleging",
              "Sensire Thuiszorg", "Thuiszorg Zuidwest Friesland")  # fmt: skip
_ADVISERS = ("Argonaut Advies", "Medisch Adviesbureau Woonzorg", "GGD Hollands Midden, team Medische Advisering",
             "Indicatiebureau Woonurgentie", "Adviesbureau Wonen & Gezondheid")  # fmt: skip


def thuiszorg_wijkverpleging_verklaring(c: Ctx):
    """Fresh4. A home-care organisation's statement by the district nurse: the client with client number, indication hours and GP, the carer as "eerste contactpersoon", a day-part table of who gives which care (the night row decides), the 24-hour need or its denial in a closing sentence, a care plan's evaluation date beside the statement's."""
    c.font_of(c.pick(SANS, ("Open Sans", "Carlito")))
    c.restyle4(dates=("dash", "long", "iso_slash"))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_HOME_CARE)
    team = f"team {c.rng.choice(people.places())[1]}{c.pick('', '-Oost', '-Noord', ' Centrum')}"
    form = c.pick("all", "first", "initials_core_upper")
    fc, fr = carer.name(form), recipient.name(form)
    nurse, gp = c.person().name("initials"), c.person().name("initials")
    relation = c.rng.choice(_RELATIONS[carer.sex])
    evaluated = issue - dt.timedelta(days=c.rng.randint(5, 80))
    since = issue - dt.timedelta(days=c.rng.randint(120, 1500))
    parts = [("ochtend", "wassen en aankleden", "ontbijt, medicatie klaarzetten"),
             ("middag", "-", "warme maaltijd, boodschappen, gezelschap"),
             ("avond", "steunkousen uit, hulp bij naar bed gaan", "avondeten, medicatie")]
    parts.append(("nacht", "-", c.pick("toezicht, hulp bij toiletgang, geruststellen bij onrust", "is aanwezig en helpt bij onrust en vallen")
                  if clock else "geen zorg nodig; cliënt slaapt zelfstandig"))
    table = ("<table class='ruled' style='width:100%;font-size:9.3pt'><tr><th>Dagdeel</th><th>Zorg door " + e(issuer.split()[0]) + "</th>"
             "<th>Zorg door mantelzorger</th></tr>" + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(d)}</td></tr>" for a, b, d in parts) + "</table>")
    close = (c.pick(f"Op grond van onze observaties heeft {fr} 24 uur per dag zorg of toezicht nodig. Buiten onze bezoeken geeft de mantelzorger deze zorg.",
                    f"Er is sprake van zorg en toezicht gedurende 24 uur per dag, ook 's nachts; zonder de mantelzorger kan cliënt niet thuis blijven wonen.")
             if clock else
             c.pick(f"Er is geen 24-uurs toezicht nodig: {fr} is 's nachts zelfstandig.",
                    "De zorg is overdag nodig; van zorg of toezicht gedurende 24 uur per dag is geen sprake."))  # fmt: skip
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(issuer)}</span><br><span class='small'>{e(team)}</span></td>"
        f"<td class='right small'>tel. 0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)}<br>{e(people.address(c.rng).line1())}</td></tr></table>"
        f"<h1 style='margin-top:7mm'>{e(c.pick('Verklaring wijkverpleging', 'Verklaring zorgsituatie thuis', 'Verklaring mantelzorg door de wijkverpleging'))}</h1>"
        "<p class='small'>ten behoeve van een aanvraag bij de woningcorporatie</p>"
        "<h3>Cliënt</h3>"
        + kv([("Naam", e(fr)), ("Geboortedatum", c.d(recipient.birth_date)), ("Adres", f"{e(home.line1())}, {e(home.city)}"),
              ("Cliëntnummer", str(c.rng.randint(100000, 999999))), ("Indicatie wijkverpleging", f"{c.rng.randint(3, 21)} uur per week, sinds {c.d(since)}"),
              ("Huisarts", e(gp))], label_width="50mm")
        + "<h3>Mantelzorger (eerste contactpersoon)</h3>"
        + kv([("Naam", e(fc)), ("Relatie tot cliënt", e(relation)), ("Telefoon", f"06-{c.rng.randint(10000000, 99999999)}")], label_width="50mm")
        + "<h3>Verdeling van de zorg</h3>" + table
        + f"<p style='margin-top:4mm'>{e(close)}</p>"
        + f"<p class='small'>Het zorgplan is voor het laatst geëvalueerd op {c.d(evaluated)}.</p>"
        + f"<p style='margin-top:6mm'>Datum: {c.d(issue)}<br><br>{e(nurse)}<br>wijkverpleegkundige, {e(issuer)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


def zelfverklaring_mantelzorger(c: Ctx):
    """Fresh4. The carer's own typed declaration ("Ik, ondergetekende, ..."): both persons with birth dates and addresses, the care since a month and year, what is done per part of the day, the night told in the carer's words, signed by carer and cared-for at a place and date; the carer is its issuer."""
    c.font_of(("Carlito", "Liberation Sans", "Caladea", "Open Sans"))
    c.restyle4(dates=("nopad", "long", "slash_nopad"))
    carer, recipient, clock, issue, home = _facts(c)
    fc, fr = carer.name(c.pick("all", "first")), recipient.name(c.pick("all", "first"))
    own = people.address(c.rng)
    relation = {"f": ("moeder", "tante", "oma", "buurvrouw", "zus"), "m": ("vader", "oom", "opa", "buurman", "broer")}[recipient.sex]
    who = c.rng.choice(relation)
    since = issue - dt.timedelta(days=c.rng.randint(200, 3000))
    he = "hij" if recipient.sex == "m" else "zij"
    tasks = c.rng.sample(["boodschappen doen en koken", "wassen en aankleden", "medicijnen geven", "meegaan naar de huisarts en het ziekenhuis",
                          "de administratie en de post", "schoonmaken en de was", "gezelschap en toezicht"], 4)
    night = (c.pick(f"Mijn {who} kan niet alleen zijn. Ik zorg dag en nacht voor {'hem' if he == 'hij' else 'haar'}, 24 uur per dag.",
                    f"Ook 's nachts moet er iemand zijn, want {he} raakt in de war en valt. Het is zorg van 24 uur per dag.")
             if clock else
             c.pick(f"'s Nachts slaapt mijn {who} alleen en heeft {he} geen hulp nodig.",
                    f"Ik kom elke dag een paar uur. 24 uur per dag zorg is (nog) niet nodig."))  # fmt: skip
    body = (
        f"<h1 style='margin-top:4mm'>{e(c.pick('Verklaring mantelzorg', 'Eigen verklaring mantelzorger', 'Mantelzorgverklaring'))}</h1>"
        f"<p>Ik, ondergetekende, <b>{e(fc)}</b>, geboren op {c.d(carer.birth_date)}, wonende {e(own.line1())}, "
        f"{e(values.postcode_text(own.postcode, True))} {e(own.city)},</p>"
        f"<p>verklaar dat ik de mantelzorger ben van mijn {e(who)}, <b>{e(fr)}</b>, geboren op {c.d(recipient.birth_date)}, wonende "
        f"{e(home.line1())} in {e(home.city)}.</p>"
        f"<p>Ik zorg voor {'hem' if he == 'hij' else 'haar'} sinds {e(values.MONTHS[since.month - 1])} {since.year}. Wat ik doe:</p>"
        "<ul>" + "".join(f"<li>{e(t)}</li>" for t in tasks) + "</ul>"
        f"<p>{e(night)}</p>"
        f"<p>Ik heb deze verklaring naar waarheid ingevuld. {e(fr.split()[0])} is het met deze verklaring eens en tekent mee.</p>"
        f"<p style='margin-top:8mm'>{e(own.city)}, {c.d(issue)}</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td style='width:50%'>Handtekening mantelzorger<br><br>"
        f"<span style='font-family:\"Comic Neue\";font-size:14pt;color:#1a2f8a'>{e(carer.given[0])}</span><br>{e(fc)}</td>"
        f"<td>Handtekening zorgvrager<br><br><span style='font-family:\"Comic Neue\";font-size:14pt;color:#1a2f8a'>~ {e(recipient.given[0][0])}. ~</span><br>{e(fr)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 11pt; }"), _truth(fc, fr, clock, issue, fc)


def medisch_adviseur_advies(c: Ctx):
    """Fresh4. A housing medical adviser's advice on a carer's urgency: the request's and the home visit's dates beside the advice's, the carer as "aanvrager", the criteria in a numbered table with Ja / Nee (the third: care or supervision 24 hours a day), a positive or negative conclusion, signed by a physician."""
    c.font_of(c.pick(SERIF, SANS))
    c.restyle4(dates=("long", "dash", "dot_pad"))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_ADVISERS)
    fc, fr = carer.name(c.pick("initials", "all", "initials_core_upper")), recipient.name(c.pick("initials", "all"))
    asked = issue - dt.timedelta(days=c.rng.randint(20, 70))
    visit = asked + dt.timedelta(days=c.rng.randint(5, 15))
    doctor = c.person().name("initials")
    criteria = [("De zorgontvanger heeft langdurig (langer dan drie maanden) zorg nodig.", True),
                ("De aanvrager levert het grootste deel van de mantelzorg.", True),
                ("Er is zorg of toezicht nodig gedurende 24 uur per dag.", clock),
                ("De zorg kan niet op een andere manier worden georganiseerd.", clock or c.rng.random() < 0.5)]
    rows = "".join(f"<tr><td>{i + 1}</td><td>{e(t)}</td><td style='text-align:center'>{'Ja' if v else 'Nee'}</td></tr>" for i, (t, v) in enumerate(criteria))
    conclusion = ("Positief advies. Aan de criteria voor een mantelzorgurgentie wordt voldaan." if clock else
                  "Negatief advies. Er is geen zorg of toezicht gedurende 24 uur per dag nodig (criterium 3).")
    body = (
        f"<div style='border-bottom:1.5px solid #444;padding-bottom:2mm'><span class='logo' style='font-size:14pt'>{e(issuer)}</span>"
        f"<span style='float:right' class='small'>Medische advisering wonen</span></div>"
        f"<h1 style='margin-top:6mm'>{e(c.pick('Medisch advies mantelzorg', 'Advies mantelzorgurgentie', 'Medisch advies huisvesting (mantelzorg)'))}</h1>"
        + grid([("Dossiernummer", f"MA-{c.rng.randint(10000, 99999)}"), ("Datum aanvraag", c.d(asked)),
                ("Datum huisbezoek", c.d(visit)), ("Datum advies", c.d(issue))], columns=2, label_width="36mm")
        + "<h3>Betrokkenen</h3>"
        + kv([("Aanvrager (mantelzorger)", e(fc)), ("Zorgontvanger", f"{e(fr)}, geboren {c.d(recipient.birth_date)}"),
              ("Adres zorgontvanger", f"{e(home.line1())}, {e(home.city)}"), ("Relatie", e(c.rng.choice(_RELATIONS[carer.sex])))], label_width="55mm")
        + "<h3>Beoordeling</h3><table class='ruled' style='width:100%'><tr><th>Nr</th><th>Criterium</th><th>Voldaan</th></tr>" + rows + "</table>"
        + f"<h3>Conclusie</h3><p>{e(conclusion)}</p>"
        "<p class='small'>Medische gegevens zijn bij de adviseur bekend en worden om privacyredenen niet vermeld. Dit advies is gericht aan de woningcorporatie.</p>"
        f"<p style='margin-top:6mm'>{e(doctor)}<br>arts Maatschappij en Gezondheid, medisch adviseur</p>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


# --- fresh5 split ----------------------------------------------------------------------------

_MAKELAARS = ("Mantelzorgmakelaar Regio West", "Bureau Zorgwegwijzer", "Mantelzorgmakelaardij De Brug", "Zorgregie & Mantelzorg", "MantelPlus makelaars")
_ELDERLY_CARE = ("Zorggroep Het Baken", "Amaris Zorggroep", "Zorgcentrum De Vijverhof", "Laurens", "Zorggroep Noorderbreedte", "Vivium Zorggroep")
_DEMENTIA = ("Casemanagement Dementie Midden-Holland", "Ketenzorg Dementie Zuid-Kennemerland", "Dementienetwerk Rijnmond", "Casemanagers Dementie West-Brabant")


def mantelzorgmakelaar_rapport_two_page(c: Ctx):
    """Fresh5. An independent mantelzorgmakelaar's two-page report under a running head: page 1 the bureau's letterhead (KvK, IBAN, Registerplein number), the intake's and the home visit's dates, the situation told in prose and a task table; page 2 "Verklaring" in which the makelaar states who cares for whom and whether the care is needed day and night, dated and signed; the bureau is the issuer."""
    c.font_of(c.pick(SANS, SERIF))
    c.restyle5(dates=("long", "dash", "dot_pad", "roman"))
    carer, recipient, clock, issue, home = _facts(c)
    bureau = c.rng.choice(_MAKELAARS)
    makelaar = c.person()
    form = c.pick("all", "first", "given_initials")
    fc, fr = carer.name(form), recipient.name(form)
    intake = issue - dt.timedelta(days=c.rng.randint(30, 90))
    visit = intake + dt.timedelta(days=c.rng.randint(4, 20))
    relation = c.rng.choice(_RELATIONS[carer.sex])
    tasks = [("Persoonlijke verzorging", c.pick("dagelijks, ochtend en avond", "dagelijks")), ("Medicatie", "klaarzetten en toezien op inname"),
             ("Huishouden en maaltijden", c.pick("dagelijks", "5 dagen per week")), ("Regeltaken en administratie", "wekelijks"),
             ("Toezicht 's nachts", c.pick("ja, meerdere keren per nacht", "ja, mantelzorger slaapt in") if clock else "niet nodig")]
    verdict = (c.pick(f"De zorg die {fc} verleent is noodzakelijk gedurende 24 uur per dag.", "Er is sprake van zorg en toezicht gedurende het etmaal (24 uur per dag), ook 's nachts.")
               if clock else
               c.pick("De zorg wordt overdag verleend; zorg gedurende 24 uur per dag is niet aan de orde.", "'s Nachts is geen zorg of toezicht nodig; er is geen sprake van 24-uurszorg."))  # fmt: skip
    head = f"{e(bureau)} · rapportage mantelzorgsituatie · vertrouwelijk"
    foot = (f"{e(bureau)} · KvK {c.rng.randint(10000000, 99999999)} · IBAN {e(values.iban_text(values.iban(c.rng, c.pick('RABO', 'INGB', 'TRIO')), True))} · "
            f"Registerplein nr. {c.rng.randint(100000, 999999)} · aangesloten bij de BMZM")
    body = (
        running(head, foot)
        + f"<div class='logo' style='font-size:16pt;margin-top:2mm'>{e(bureau)}</div><div class='small'>onafhankelijke mantelzorgmakelaar</div>"
        "<h1 style='margin-top:7mm'>Rapportage mantelzorgsituatie</h1>"
        + grid([("Zorgvrager", e(fr)), ("Geboortedatum", c.d(recipient.birth_date)), ("Mantelzorger", e(fc)), ("Relatie", e(relation)),
                ("Datum intake", c.d(intake)), ("Datum huisbezoek", c.d(visit))], columns=2, label_width="34mm")
        + "<h3>Situatie</h3>"
        f"<p>{e(fr)} woont aan {e(home.line1())} te {e(home.city)}. Bij het huisbezoek waren de zorgvrager en de mantelzorger aanwezig. "
        f"{e(fc)} neemt het grootste deel van de zorg op zich; professionele zorg is er {c.rng.randint(2, 12)} uur per week.</p>"
        "<h3>Taken van de mantelzorger</h3><table class='ruled' style='width:100%'><tr><th>Taak</th><th>Frequentie</th></tr>"
        + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td></tr>" for a, b in tasks) + "</table>"
        "<div style='page-break-before:always'></div>"
        "<h2 style='margin-top:4mm'>Verklaring</h2>"
        f"<p>Ondergetekende, {e(makelaar.name('initials'))}, mantelzorgmakelaar bij {e(bureau)}, verklaart dat {e(fc)} mantelzorg verleent aan "
        f"{e(fr)}, {e(c.pick('zoals beschreven in deze rapportage', 'op grond van de intake en het huisbezoek'))}.</p>"
        f"<p>{e(verdict)}</p>"
        "<p>Deze verklaring is opgesteld op verzoek van de mantelzorger, ten behoeve van de woningcorporatie.</p>"
        f"<p style='margin-top:8mm'>Datum: {c.d(issue)}</p>"
        f"<p><span style='font-family:\"Comic Neue\";font-size:15pt;color:#1a2f8a'>{e(makelaar.given[0])} {e(makelaar.surname.split()[-1])}</span><br>{e(makelaar.name('initials'))}, mantelzorgmakelaar</p>"
    )  # fmt: skip
    css = "@page { margin-top: 24mm; margin-bottom: 26mm; @bottom-right { content: counter(page) '/' counter(pages); font-size: 7.5pt; } }"
    return page(c, body, css), _truth(fc, fr, clock, issue, bureau)


def specialist_email_print(c: Ctx):
    """Fresh5. An e-mail from an elderly-care physician (specialist ouderengeneeskunde), printed from the carer's mail client: the header lines with "Verzonden: do. 5 mrt. 2026 14:32", a cc, the declaration in the message, the signature block with the organisation, and under it the carer's quoted request of some days before (its own date)."""
    c.font_of(("Carlito", "Liberation Sans", "Open Sans", "DejaVu Sans"))
    c.restyle5(dates=("wd_abbr_short",))
    carer, recipient, clock, issue, home = _facts(c)
    org = c.rng.choice(_ELDERLY_CARE)
    doctor = c.person(titled=0.0)
    fc, fr = carer.name(c.pick("all", "first")), recipient.name(c.pick("all", "first", "initials"))
    asked = issue - dt.timedelta(days=c.rng.randint(2, 14))
    domain = org.lower().replace(" ", "").replace("&", "")[:18] + ".nl"
    mail = lambda p: f"{p.given[0].lower()}.{p.surname.split()[-1].lower()}"  # noqa: E731
    state = (c.pick(f"{fr} heeft door de aandoening zorg en toezicht nodig gedurende 24 uur per dag; dat wordt nu grotendeels door {fc} gegeven.",
                    f"Er is 24 uur per dag zorg nodig, ook 's nachts. {fc} levert die zorg.")
             if clock else
             c.pick(f"{fc} helpt dagelijks, maar zorg of toezicht gedurende 24 uur per dag is op dit moment niet nodig.",
                    f"{fr} is 's nachts zelfstandig; een 24-uursindicatie is er niet."))  # fmt: skip
    body = (
        f"<div style='font-size:8pt;color:#555;border-bottom:1px solid #333;padding-bottom:1mm;margin-bottom:3mm'>{e(fc)}</div>"
        f"<div style='font-size:13pt;font-weight:bold;margin-bottom:2mm'>Verklaring mantelzorg t.b.v. woningcorporatie</div>"
        + mail_header([("Van:", f"{e(doctor.name('initials'))} &lt;{e(mail(doctor))}@{e(domain)}&gt;"), ("Verzonden:", f"{c.d(issue)} {c.rng.randint(8, 18)}:{c.rng.randint(0, 59):02d}"),
                       ("Aan:", f"{e(fc)} &lt;{e(mail(carer))}@{e(c.pick('gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl'))}&gt;"),
                       ("CC:", f"secretariaat@{e(domain)}"), ("Onderwerp:", "RE: verklaring mantelzorg t.b.v. woningcorporatie")])
        + f"<p>Beste {e(carer.given[0])},</p>"
        f"<p>Zoals gevraagd bevestig ik hierbij als behandelend specialist ouderengeneeskunde dat u mantelzorger bent van {e(fr)}, "
        f"geboren {e(values.date_text(recipient.birth_date, 'dash'))}, wonende {e(home.line1())}, {e(home.city)}.</p>"
        f"<p>{e(state)}</p><p>U kunt deze mail als verklaring doorsturen naar de woningcorporatie.</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(doctor.name('initials'))}<br>specialist ouderengeneeskunde<br><b>{e(org)}</b><br>"
        f"T 0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)} · www.{e(domain)}</p>"
        "<p class='small' style='color:#777'>Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan.</p>"
        f"<div style='border-left:2px solid #99a;padding-left:3mm;color:#333;margin-top:4mm'>"
        f"<p>Op {c.d(asked)} schreef {e(fc)} &lt;{e(mail(carer))}@...&gt;:</p>"
        f"<p>Geachte dokter {e(doctor.surname)}, voor de aanvraag bij de woningcorporatie heb ik een verklaring nodig dat ik voor "
        f"{e(c.pick('mijn moeder', 'mijn vader', 'mijn partner', 'mijn tante'))} zorg. Wilt u die sturen? Met vriendelijke groet, {e(carer.given[0])}</p></div>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, org)


def casemanager_dementie_checklist(c: Ctx):
    """Fresh5. A dementia case manager's checklist "Zorgverklaring": the two persons with labels above the values, the tasks as a list of ticked boxes, "Permanent toezicht noodzakelijk (24/7)" answered Ja / Nee in the document's checkbox style, a remark line, the date written in boxes "05 03 2026", the case manager's name and network (the issuer) in the footer."""
    c.font_of(c.pick(SANS, ("Liberation Sans", "Carlito")))
    c.restyle5(dates=("space_pad", "dash", "long"))
    carer, recipient, clock, issue, home = _facts(c)
    network = c.rng.choice(_DEMENTIA)
    manager = c.person()
    form = c.pick("all", "initials", "first")
    fc, fr = carer.name(form), recipient.name(form)
    cell = lambda label, value: f"<td style='padding:0 4mm 3mm 0'><div style='font-size:7.5pt;color:#444'>{e(label)}</div><div style='border-bottom:0.8px solid #333;min-height:12pt'>{value}</div></td>"  # noqa: E731
    items = [("Hulp bij wassen en aankleden", True), ("Medicatiebeheer", True), ("Begeleiding bij afspraken", c.rng.random() < 0.7),
             ("Toezicht overdag", True), ("Toezicht 's nachts", clock), ("Structuur bieden in de dag", True)]
    ticks = "".join(f"<div>{c.tick(v)} {e(t)}</div>" for t, v in items)
    remark = (c.pick("Cliënt kan niet alleen gelaten worden; nachtelijke onrust.", "Dwaalgedrag; deur moet 's nachts bewaakt worden.")
              if clock else c.pick("Cliënt slaapt goed door; dagbesteding 3x per week.", "Overdag hulp nodig, 's nachts zelfstandig."))
    body = (
        f"<table style='width:100%'><tr><td><div style='font-size:15pt;font-weight:bold'>Zorgverklaring casemanager dementie</div>"
        f"<div class='small'>ten behoeve van een aanvraag met voorrang / medehuur (mantelzorg)</div></td>"
        f"<td class='right small'>Cliëntnr. {c.rng.randint(100000, 999999)}<br>Diagnose bekend sinds {e(str(issue.year - c.rng.randint(1, 6)))}</td></tr></table>"
        "<h3 style='margin-top:6mm'>1. Cliënt (zorgvrager)</h3><table style='width:100%'><tr>"
        + cell("Naam", e(fr)) + cell("Geboortedatum", e(values.date_text(recipient.birth_date, "dash"))) + "</tr><tr>"
        + cell("Adres", e(home.line1())) + cell("Woonplaats", e(home.city)) + "</tr></table>"
        "<h3>2. Mantelzorger</h3><table style='width:100%'><tr>"
        + cell("Naam", e(fc)) + cell("Relatie", e(c.rng.choice(_RELATIONS[carer.sex]))) + "</tr></table>"
        f"<h3>3. Zorg door de mantelzorger</h3>{ticks}"
        f"<h3>4. Permanent toezicht noodzakelijk (24/7)?</h3><div style='font-size:11pt'>{c.check(clock, 'Ja', 'Nee')}</div>"
        f"<div style='margin-top:2mm'><span class='small'>Toelichting:</span> {e(remark)}</div>"
        "<h3>5. Ondertekening</h3><table style='width:100%'><tr>"
        + cell("Datum", c.d(issue)) + cell("Naam casemanager", e(manager.name("initials"))) + cell("Handtekening", "&nbsp;") + "</tr></table>"
        f"<div class='small' style='margin-top:10mm;border-top:0.6px solid #777;padding-top:1mm'>{e(network)} · casemanager {e(manager.name('initials'))} · "
        f"tel. 06-{c.rng.randint(10000000, 99999999)}</div>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, network)


# --- fresh6 split ----------------------------------------------------------------------------


def wmo_verklaring_handtekeningen(c: Ctx):
    """Fresh6. A municipality's Wmo "Verklaring mantelzorg" drawn up after a home visit: a case number and the visit's date, the cared-for and the carer in two ruled blocks (surname in capitals before the given names), the care in a short task list, the 24-hour question answered in words ("Ja, zorg en toezicht zijn dag en nacht nodig" or "Nee, ..."), a "Datum verklaring" line, and a signature table (carer, cared-for, Wmo consultant) with the date each signed; the gemeente is the issuer."""
    c.font_of(c.pick(NARROW, SANS))
    c.restyle6(dates=("pad_short_nodot", "dash", "long"))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = f"Gemeente {home.municipality}"
    form = c.pick("surname_caps_given", "all", "first")
    fc, fr = carer.name(form), recipient.name(form)
    visit = issue - dt.timedelta(days=c.rng.randint(3, 21))
    consultant = c.person(born=(1965, 1998))
    answer = ("Ja, zorg en toezicht zijn dag en nacht (24 uur per dag) nodig." if clock else
              "Nee, zorg is overdag nodig; 's nachts is geen toezicht nodig.")
    tasks = c.rng.sample(("persoonlijke verzorging", "medicijnen geven", "begeleiding naar afspraken", "huishouden", "toezicht", "administratie"), 3)
    signed_before = issue - dt.timedelta(days=c.rng.randint(0, 3))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(issuer)}</span><br><span class='small'>Team Wmo · Sociaal domein</span></td>"
        f"<td class='right small'>Zaaknummer Z/{issue.year % 100:02d}/{c.rng.randint(100000, 999999)}<br>Huisbezoek {c.d(visit)}</td></tr></table>"
        "<h1 style='margin-top:7mm'>Verklaring mantelzorg</h1><p class='small'>in het kader van de Wet maatschappelijke ondersteuning 2015</p>"
        "<table style='width:100%'><tr><td style='width:50%;padding-right:3mm'><div class='box'><b>Zorgvrager</b>"
        + kv([("Naam", e(fr)), ("Geboren", c.d(recipient.birth_date)), ("Adres", f"{e(home.line1())}, {e(home.city)}")], label_width="20mm")
        + "</div></td><td><div class='box'><b>Mantelzorger</b>"
        + kv([("Naam", e(fc)), ("Geboren", c.d(carer.birth_date)), ("Relatie", e(c.pick("kind", "partner", "buurvrouw" if carer.sex == "f" else "buurman", "kleinkind", "zus" if carer.sex == "f" else "broer")))], label_width="20mm")
        + "</div></td></tr></table>"
        f"<h3>Zorgtaken</h3><ul>{''.join(f'<li>{e(t)}</li>' for t in tasks)}</ul>"
        f"<h3>Is 24 uur per dag zorg of toezicht nodig?</h3><p>{e(answer)}</p>"
        f"<p><b>Datum verklaring:</b> {c.d(issue)}</p>"
        + signature_table([("Mantelzorger", e(fc), c.d(signed_before)), ("Zorgvrager", e(fr), c.d(signed_before)),
                           ("Consulent Wmo", e(consultant.name("initials")), c.d(issue))])
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(fc, fr, clock, issue, issuer)


def huisarts_receptblad_verklaring(c: Ctx):
    """Fresh6. A GP's short "verklaring mantelzorg" written on the practice's prescription-pad sheet (A6 landscape): the practice's name, AGB code and phone in the head, "R/" where the prescription would go, then two typed lines naming the patient (the cared-for, with birth date) and the carer, whether the patient needs care "dag en nacht", the date and the doctor's name with "huisarts"; the practice is the issuer."""
    c.font_of(c.pick(SERIF, ("Courier Prime", "Go")))
    c.restyle6(dates=("dash", "apos_year", "pad_short_nodot"))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.pick("Huisartsenpraktijk Zuiderpark", "Huisartsengroep De Vaart", "Praktijk Kruidhof", "Gezondheidscentrum De Schakel")
    doctor = c.person(born=(1960, 1992))
    fc, fr = carer.name(c.pick("all", "first", "initials_nodot")), recipient.name(c.pick("all", "initials"))
    state = ("heeft dag en nacht zorg en toezicht nodig (24 uur per dag)." if clock else "heeft dagelijks hulp nodig; toezicht 's nachts is niet nodig.")
    birth = values.date_text(recipient.birth_date, "dash")
    body = (
        f"<table style='width:100%;border-bottom:1.2px solid #1d4f91'><tr><td><b style='color:#1d4f91;font-size:11pt'>{e(issuer)}</b><br>"
        f"<span class='small'>{e(doctor.name('initials'))}, huisarts · AGB {c.rng.randint(1000000, 1999999):08d}</span></td>"
        f"<td class='right small'>{e(home.city)}<br>tel. 0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)}</td></tr></table>"
        "<div style='font-size:20pt;font-family:serif;margin:1mm 0'>R/</div>"
        f"<p style='margin:0'><b>Verklaring mantelzorg</b></p>"
        f"<p style='margin:1mm 0'>Patiënt {e(fr)}, geb. {e(birth)}, {e(state)}</p>"
        f"<p style='margin:1mm 0'>Mantelzorg wordt verleend door {e(fc)}.</p>"
        f"<table style='width:100%;margin-top:3mm'><tr><td>Datum: {c.d(issue)}</td><td class='right'>Handtekening arts:<br><i>{e(doctor.surname)}</i></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "@page { size: 148mm 105mm; margin: 7mm 8mm 7mm 8mm; } body { font-size: 8.8pt; line-height: 1.25; }"), _truth(fc, fr, clock, issue, issuer)


# --- fresh7 split ----------------------------------------------------------------------------

_GGZ = ("GGZ Rivierduinen", "Parnassia Groep", "GGZ inGeest", "Dimence Groep", "Lentis", "Mondriaan", "GGZ Centraal", "GGz Breburg")
_GGZ_ROLES = ("sociaal psychiatrisch verpleegkundige", "GZ-psycholoog, regiebehandelaar", "psychiater", "verpleegkundig specialist GGZ")
_RELATION_WORDS = {"f": ("moeder", "zus", "dochter", "partner", "vriendin"), "m": ("vader", "broer", "zoon", "partner", "vriend")}


def ggz_fact_team_verklaring(c: Ctx):
    """Fresh7. A letter from a mental-health institution's outreach (FACT) team, by a clinician, "aan wie het aangaat": the institution and team in the head, "Datum" and "Betreft", a sentence that the client consented and that no medical facts are given, the client named with the name in use in brackets ("J.C. (Johannes) van der Meer", birth date beside), the "naaste" who gives care named with the relation, permanent supervision ("24 uur per dag") stated or explicitly denied, the clinician's name, role and BIG number, "digitaal ondertekend"; the institution is the issuer."""
    c.font_of(c.pick(SANS7, SERIF7, ("Open Sans", "Carlito", "Liberation Sans")))
    c.restyle7(dates=("long", "dash_mon_upper", "dash"))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_GGZ)
    team = f"FACT-team {c.rng.choice(people.places())[1]}"
    fr = recipient.name(c.pick("initials_roepnaam", "initials_roepnaam", "all"))
    fc = carer.name(c.pick("all", "first", "initials_roepnaam"))
    clinician = c.person(born=(1960, 1994))
    role = c.rng.choice(_GGZ_ROLES)
    relation = c.rng.choice(_RELATION_WORDS[carer.sex])
    since = c.rng.randint(2012, issue.year - 1)
    box, box_place = people.issuer_address(c.rng)
    need = (c.pick("Vanwege de aard van de problematiek is permanent toezicht nodig: cliënt kan niet alleen zijn, 24 uur per dag.",
                   "Cliënt is aangewezen op zorg en toezicht gedurende 24 uur per dag; de naaste vult dit toezicht in naast onze behandeling.")
            if clock else
            c.pick("Cliënt heeft dagelijks ondersteuning nodig. Toezicht gedurende 24 uur per dag is niet nodig.",
                   "Er is geen sprake van permanent toezicht; de ondersteuning vindt overdag plaats, enkele uren per dag."))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#3b6d3a'>{e(issuer)}</span><br>"
        f"<span class='small'>{e(team)} · ambulante behandeling en begeleiding</span></td>"
        f"<td class='right small'>{e(box)}<br>{e(box_place)}</td></tr></table>"
        "<p style='margin-top:12mm'>Aan wie het aangaat</p>"
        + kv([("Datum", c.d(issue)), ("Betreft", "verklaring mantelzorg ten behoeve van de woningcorporatie")], label_width="30mm")
        + "<p style='margin-top:6mm'>Geachte heer, mevrouw,</p>"
        "<p>Met toestemming van cliënt verstrek ik de volgende informatie. Om redenen van privacy vermeld ik geen diagnose of andere medische gegevens.</p>"
        f"<p>{e(fr)}, geboren op {e(values.date_text(recipient.birth_date, 'dash'))}, is sinds {since} in behandeling bij ons {e(team)}.</p>"
        f"<p>{e(fc)} is de {e(relation)} van cliënt en de belangrijkste naaste. {'Hij' if carer.sex == 'm' else 'Zij'} geeft cliënt mantelzorg "
        "en is voor ons team het eerste aanspreekpunt.</p>"
        f"<p>{e(need)}</p>"
        "<p>Voor vragen over deze verklaring kunt u contact opnemen met ondergetekende via het algemene nummer van het team.</p>"
        f"<p style='margin-top:8mm'>Met vriendelijke groet,<br><br>{e(clinician.name('initials'))}<br>{e(role)}<br>"
        f"BIG-registratienummer {c.rng.randint(10000000, 99999999)}{c.rng.randint(100, 999)}<br>"
        "<span class='small'>Deze brief is digitaal ondertekend en daarom niet voorzien van een handtekening.</span></p>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


_FORM_CORPORATIONS = ("Ymere", "Portaal", "Woonbron", "Stadgenoot", "Vidomes", "Havensteder", "Mitros", "Woonstad Rotterdam", "Eigen Haard")
_DISTRICT_TEAMS = ("Sociaal Wijkteam", "Buurtteam", "Wijkteam", "Team Sociaal")
_DISTRICTS = ("Noord", "Oost", "Centrum", "Zuidwest", "De Baarsjes", "Kanaleneiland", "Schilderswijk", "Lombardijen", "Hoograven")


def corporatie_formulier_deel_c_wijkteam(c: Ctx):
    """Fresh7. A corporation's own form "Verklaring mantelzorg" whose parts A and B the carer and the cared-for fill in and whose part C "in te vullen door een onafhankelijke professional" a district team's worker fills in: the corporation's name and form number on top (no issuer), the values typed into grey form fields, names "achternaam, voornamen" ("Van der Meer, Johannes Cornelis"), part A with the carer's own signing date (a decoy), part C with the professional's name, function, organisation (the issuer), registration number, four statements answered with a check mark under Ja or Nee (the third: 24 hours a day), and the professional's date (the issue date)."""
    c.font_of(c.pick(SANS7, SANS))
    c.restyle7(dates=("dash", "dash_mon_upper", "slash"))
    carer, recipient, clock, issue, home = _facts(c)
    corp = c.rng.choice(_FORM_CORPORATIONS)
    issuer = f"{c.rng.choice(_DISTRICT_TEAMS)} {c.rng.choice(_DISTRICTS)}"
    form = c.pick("particle_cap_reversed", "particle_cap_reversed", "all")
    fc, fr = carer.name(form), recipient.name(form)
    label = "Naam (achternaam, voornamen)" if form == "particle_cap_reversed" else "Naam"
    pro = c.person(born=(1965, 1998))
    carer_home = people.address(c.rng)
    carer_signed = issue - dt.timedelta(days=c.rng.randint(2, 30))
    field = lambda v: f"<span style='display:inline-block;background:#e8ecf2;border-bottom:0.8px solid #667;padding:0 2mm;min-width:40mm;white-space:nowrap'>{v}</span>"  # noqa: E731
    part = lambda title, rows: (f"<h3 style='background:#222;color:#fff;padding:1mm 2mm;margin-bottom:2mm'>{e(title)}</h3><table style='width:100%'>"  # noqa: E731
                                + "".join(f"<tr><td style='width:55mm'>{e(k)}</td><td>{field(v)}</td></tr>" for k, v in rows) + "</table>")
    statements = [("Ik ken de zorgvrager en de mantelzorger vanuit mijn werk.", True),
                  ("De mantelzorger geeft de zorgvrager structureel zorg en ondersteuning.", True),
                  ("De zorgvrager heeft 24 uur per dag zorg of toezicht nodig.", clock),
                  ("De zorg kan (nog) niet door professionele zorg worden overgenomen.", c.rng.random() < 0.6)]
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>{e(corp)}</span></td>"
        f"<td class='right small'>Formulier MZ-{c.rng.randint(1, 9):02d} · versie {c.pick('2025', '2026')}</td></tr></table>"
        "<h1 style='margin-top:4mm'>Verklaring mantelzorg</h1><p class='small'>bij een aanvraag voor medehuur of voorrang vanwege mantelzorg. "
        "Deel A en B vult u zelf in; deel C laat u invullen door een onafhankelijke professional (huisarts, wijkteam, wijkverpleging).</p>"
        + part("Deel A - Mantelzorger", [(label, e(fc)), ("Geboortedatum", c.d(carer.birth_date)),
                                         ("Adres", f"{e(carer_home.line1())}, {e(carer_home.city)}"), ("Datum en handtekening", c.d(carer_signed))])
        + part("Deel B - Zorgvrager (huurder)", [(label, e(fr)), ("Geboortedatum", c.d(recipient.birth_date)),
                                                 ("Adres", f"{e(home.line1())}, {e(home.city)}")])
        + part("Deel C - In te vullen door de professional", [("Naam", e(pro.name("initials"))), ("Functie", e(c.pick("wijkcoach", "maatschappelijk werker", "wijkverpleegkundige", "consulent"))),
                                                               ("Organisatie", e(issuer)), ("Registratienummer (BIG/SKJ)", c.pick("n.v.t.", str(c.rng.randint(100000, 999999))))])
        + "<div style='margin-top:3mm'>" + check_columns([(e(t), v) for t, v in statements]) + "</div>"
        + f"<table style='width:100%;margin-top:4mm'><tr><td style='width:55mm'>Datum</td><td>{field(c.d(issue))}</td>"
        "<td>Handtekening en stempel</td><td style='border:0.8px solid #666;height:14mm;width:45mm'></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; } @page { margin: 14mm 16mm 14mm 16mm; }"), _truth(fc, fr, clock, issue, issuer)


# --- fresh8 split ----------------------------------------------------------------------------

_VWN_REGIONS = ("VluchtelingenWerk Noord-Nederland", "VluchtelingenWerk Oost Nederland", "VluchtelingenWerk Midden Nederland",
                "VluchtelingenWerk Zuid-Nederland", "VluchtelingenWerk Zuidwest-Nederland", "VluchtelingenWerk Noordwest Holland")  # fmt: skip
_LANGUAGES = {"sy": "Arabisch", "er": "Tigrinya", "af": "Dari", "so": "Somalisch"}


def _birth_as_registered(c: Ctx, p: people.Person) -> str:
    """A birth date as a refugee's Dutch papers may hold it: the real date, or only the year with the day and month unknown
    ("00-00-1958") or set to 1 January by the registration."""
    roll = c.rng.random()
    if roll < 0.3:
        return f"00-00-{p.birth_date.year}"
    if roll < 0.45:
        return f"01-01-{p.birth_date.year}"
    return values.date_text(p.birth_date, "dash")


def vluchtelingenwerk_tolk_verklaring(c: Ctx):
    """Fresh8. A refugee organisation's care declaration, drawn up by a volunteer coach with an interpreter: "VluchtelingenWerk <regio>" in the head (the issuer), "Verklaring mantelzorg" addressed to the corporation, a sentence that the conversation took place on an earlier date with an interpreter for Arabic, Tigrinya or Dari (the interpreter's name and number: a decoy person and date), the cared-for parent with a birth date of unknown day and month ("00-00-1958", as the BRP records it), the carer, their status holders' history in one sentence, whether care is needed day and night in its own paragraph, the coach's and the team leader's names, the date."""
    c.font_of(c.pick(SANS8, ("Open Sans", "Carlito", "Liberation Sans")))
    c.restyle8(dates=("long", "long", "dash"))
    _carer, _recipient, clock, issue, home = _facts(c)
    origin = c.pick("sy", "sy", "er", "af")
    recipient = c.person(origin=origin, born=(1940, 1968))
    carer = c.person(origin=origin, born=(1975, 2003), surname=recipient.surname if c.rng.random() < 0.6 else None)
    issuer = c.rng.choice(_VWN_REGIONS)
    fc, fr = carer.name(c.pick("all", "first")), recipient.name(c.pick("all", "first"))
    coach, lead = c.person(origin="nl", born=(1950, 1998)), c.person(born=(1965, 1995))
    interpreter = c.person(origin=origin, born=(1960, 1995))
    talk = issue - dt.timedelta(days=c.rng.randint(5, 40))
    relation = ("zoon" if carer.sex == "m" else "dochter") if carer.surname == recipient.surname else c.pick("schoonzoon/-dochter", "neef/nicht", "buurman/buurvrouw")
    arrived = c.rng.randint(2014, 2024)
    corp = c.pick("Ymere", "Portaal", "Woonstad Rotterdam", "Mitros", "Vestia", "Woonbedrijf", "de Alliantie")
    clock_text = (f"De zorg is dag en nacht nodig. {fr} kan niet alleen blijven; {fc} is 24 uur per dag beschikbaar en slaapt nu vaak op de bank bij "
                  f"{'hem' if recipient.sex == 'm' else 'haar'}." if clock else
                  f"Er is geen zorg van 24 uur per dag nodig. {fc} komt dagelijks langs voor het huishouden, de boodschappen en de post, en gaat mee naar afspraken.")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#e3591c'>{e(issuer)}</span><br>"
        f"<span class='small'>Team {e(home.city)} · Maatschappelijke begeleiding statushouders</span></td>"
        f"<td class='right small'>{e(people.issuer_address(c.rng, home.city)[0])}<br>{e(home.city)}</td></tr></table>"
        + address_block([f"Aan {corp}", "t.a.v. afdeling Woonruimtebemiddeling"])
        + kv([("Datum", c.d(issue)), ("Betreft", "Verklaring mantelzorg")], label_width="25mm")
        + "<h2>Verklaring mantelzorg</h2>"
        f"<p>Op {c.d(talk)} heb ik met {e(fc)} en {e(fr)} gesproken. Bij dit gesprek was een tolk {e(_LANGUAGES.get(origin, 'Arabisch'))} aanwezig "
        f"({e(interpreter.name('initials'))}, tolknummer {c.rng.randint(10000, 99999)}).</p>"
        + kv([("Zorgvrager", f"<b>{e(fr)}</b>"), ("Geboortedatum", e(_birth_as_registered(c, recipient))),
              ("Mantelzorger", f"<b>{e(fc)}</b>"), ("Geboortedatum", e(_birth_as_registered(c, carer))), ("Relatie", e(relation))], label_width="34mm")
        + f"<p>De familie kwam in {arrived} naar Nederland en woont sinds de huisvesting als statushouder in {e(home.city)}. "
        f"{e(fr)} heeft door {'zijn' if recipient.sex == 'm' else 'haar'} gezondheid veel hulp nodig bij de dagelijkse verzorging.</p>"
        f"<p>{e(clock_text)}</p>"
        "<p>Wij geven geen medische gegevens. Voor een medisch oordeel verwijzen wij naar de huisarts.</p>"
        f"<table style='width:100%;margin-top:8mm'><tr><td>{e(coach.name('first'))}<br><span class='small'>vrijwillig maatschappelijk begeleider</span></td>"
        f"<td>{e(lead.name('initials'))}<br><span class='small'>teamleider, {e(issuer)}</span></td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(fc, fr, clock, issue, issuer)


def hokjes_blokletters_formulier(c: Ctx):
    """Fresh8. A municipality's paper form filled in by hand in comb fields ("vul in met blokletters, één letter per vakje"): part 1 the carer (name in capitals one letter a box, BSN and birth date in boxes, the postcode in boxes), part 2 the cared-for the same way, part 3 the care (kinds of help as boxes crossed, "Is er 24 uur per dag zorg of toezicht nodig?" with a cross in Ja or Nee), part 4 "In te vullen door de gemeente" with the Wmo consultant's name and the date in boxes (the issue date); the municipality in the head is the issuer."""
    hand = c.rng.choice(HAND8)
    c.font_of(c.pick(SANS8, ("Liberation Sans", "Carlito")))
    c.restyle8(dates=("dash",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = f"Gemeente {home.municipality}"
    fc, fr = carer.name("caps_initials"), recipient.name("caps_initials")
    consultant = c.person(born=(1965, 1998))
    other = people.address(c.rng)
    box = lambda on: f"<span style='display:inline-block;width:4mm;height:4mm;border:0.8px solid #444;text-align:center;line-height:4mm;color:#1a2f8a;font-family:\"{hand}\"'>{'X' if on else '&nbsp;'}</span>"  # noqa: E731
    row = lambda label, value: f"<tr><td style='width:44mm;padding:1.4mm 0;font-size:8.5pt'>{e(label)}</td><td style='padding:1.4mm 0'>{value}</td></tr>"  # noqa: E731
    comb_ = lambda text: comb(text, font=hand)  # noqa: E731
    person_part = lambda title, p, n, addr: (  # noqa: E731
        f"<div style='background:#dfe9e3;padding:1mm 3mm;font-weight:bold;margin-top:4mm'>{e(title)}</div><table>"
        + row("Voorletters en achternaam", comb(n, font=hand, outside="")) + row("Burgerservicenummer", comb_(p.bsn))
        + row("Geboortedatum (dd-mm-jjjj)", comb_(values.date_text(p.birth_date, "dash"))) + row("Postcode", comb_(addr.postcode))
        + row("Huisnummer", comb_(addr.house_number)) + "</table>")
    kinds = ("persoonlijke verzorging", "huishouden", "toezicht", "vervoer en begeleiding", "medicatie", "administratie")
    ticked = set(c.rng.sample(kinds, c.rng.randint(2, 5)))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(issuer)}</span><br><span class='small'>Team Wmo</span></td>"
        f"<td class='right small'>Formulier MZ-{c.rng.randint(10, 99)}<br>versie {c.rng.randint(2019, 2025)}</td></tr></table>"
        "<h1 style='margin-top:5mm'>Verklaring mantelzorg</h1>"
        "<p class='small'>Vul dit formulier in met blokletters. Schrijf één letter of cijfer per vakje.</p>"
        + person_part("1. Gegevens mantelzorger", carer, fc, home if c.rng.random() < 0.5 else other)
        + person_part("2. Gegevens zorgvrager", recipient, fr, home)
        + "<div style='background:#dfe9e3;padding:1mm 3mm;font-weight:bold;margin-top:4mm'>3. De zorg</div>"
        + "<p style='margin:1.5mm 0;font-size:8.5pt'>Welke zorg geeft u? " + " &nbsp; ".join(f"{box(k in ticked)} {e(k)}" for k in kinds) + "</p>"
        + f"<p style='margin:1.5mm 0;font-size:8.5pt'>Is er 24 uur per dag zorg of toezicht nodig? &nbsp; {box(clock)} Ja &nbsp; {box(not clock)} Nee</p>"
        + "<div style='background:#dfe9e3;padding:1mm 3mm;font-weight:bold;margin-top:4mm'>4. In te vullen door de gemeente</div>"
        "<p style='font-size:8.5pt;margin:1.5mm 0'>De gemeente verklaart dat de zorg na een huisbezoek is vastgesteld zoals hierboven is ingevuld.</p><table>"
        + row("Naam consulent", f"<span style='font-family:\"{hand}\";color:#1a2f8a;font-size:11pt'>{e(consultant.name('initials'))}</span>")
        + row("Datum", comb_(values.date_text(issue, "dash"))) + row("Handtekening", "<div style='border-bottom:0.8px solid #444;width:60mm;height:10mm'></div>")
        + "</table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; } @page { margin: 13mm 15mm 13mm 15mm; }"), _truth(fc, fr, clock, issue, issuer)


# --- fresh9 split ----------------------------------------------------------------------------

_ROSTER_ORGS = ("Buurtzorg team Oost", "Thuiszorg West-Brabant", "Zorgthuis Amstelland", "Vivium Zorg thuis", "Cordaan Thuiszorg", "Zuidzorg wijkteam Centrum")


def zorgrooster_weekschema(c: Ctx):
    """Fresh9. A home-care team's declaration with the week's care schedule ("zorgrooster"): the client and the carer in two label blocks, then a ruled grid of the seven days against morning, afternoon, evening and night, each cell telling who is there ("MZ" the carer, "TZ" the home care, "-" nobody) with a legend, and under it the nurse's conclusion in a sentence: the carer gives care day and night, 24 hours a day, or there is no care at night; the schedule's start as a decoy date, the declaration's date and the district nurse's name under the team's name (the team is the issuer)."""
    c.font_of(c.pick(("Cantarell", "Go"), ("Liberation Sans", "Carlito")))
    c.restyle9(dates=("dash", "long"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_ROSTER_ORGS)
    nurse = c.person(born=(1965, 1998))
    fc, fr = carer.name(c.pick("all", "first", "first_particle_abbrev")), recipient.name(c.pick("all", "initials"))
    days = ("ma", "di", "wo", "do", "vr", "za", "zo")
    parts = (("Ochtend 07-12", "TZ"), ("Middag 12-18", "MZ"), ("Avond 18-23", "MZ"), ("Nacht 23-07", "MZ" if clock else "-"))
    grid_rows = "".join(f"<tr><td style='white-space:nowrap'>{e(label)}</td>" + "".join(
        f"<td style='text-align:center'>{e(who if not (who == 'TZ' and d in ('za', 'zo')) else 'MZ')}</td>" for d in days) + "</tr>" for label, who in parts)
    heads = "".join(f"<th style='text-align:center'>{d}</th>" for d in days)
    conclusion = (f"{fr} kan niet alleen zijn. {fc} verleent als mantelzorger dag en nacht zorg en toezicht: 24 uur per dag, 7 dagen per week."
                  if clock else f"{fc} verleent overdag en 's avonds zorg aan {fr}. 's Nachts is geen zorg of toezicht nodig; er is dus geen 24-uurs zorg.")
    body = (
        f"<table style='width:100%'><tr><td><span style='font-family:\"Cantarell Extra Bold\", sans-serif;font-size:15pt'>{e(issuer)}</span><br>"
        f"<span style='font-family:\"Cantarell Thin\", sans-serif;font-size:10pt'>Wijkverpleging · {e(home.city)}</span></td><td class='right small'>Cliëntnr. {c.rng.randint(100000, 999999)}</td></tr></table>"
        "<h1 style='margin-top:6mm'>Verklaring mantelzorg met zorgrooster</h1>"
        + "<table style='width:100%'><tr><td style='width:50%'><h3>Cliënt (zorgvrager)</h3>"
        + kv([("Naam", e(fr)), ("Geboortedatum", c.d(recipient.birth_date)), ("Adres", e(home.line1()))], label_width="30mm")
        + "</td><td><h3>Mantelzorger</h3>" + kv([("Naam", e(fc)), ("Geboortedatum", c.d(carer.birth_date)), ("Relatie", e(c.pick("zoon/dochter", "partner", "buurvrouw", "kleinkind")))], label_width="30mm")
        + "</td></tr></table>"
        + f"<h3>Zorgrooster (geldig vanaf {c.d(issue - dt.timedelta(days=c.rng.randint(10, 90)))})</h3>"
        + f"<table class='ruled' style='width:100%;font-size:9pt'><tr style='background:#eef'><th></th>{heads}</tr>{grid_rows}</table>"
        + "<p class='small'>MZ = mantelzorger &nbsp; TZ = thuiszorg / wijkverpleging &nbsp; - = geen zorg of toezicht</p>"
        + f"<h3>Conclusie wijkverpleegkundige</h3><p>{e(conclusion)}</p>"
        + f"<p style='margin-top:6mm'>Datum: {c.d(issue)}</p><p>{e(nurse.name('initials'))}, wijkverpleegkundige<br>{e(issuer)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(fc, fr, clock, issue, issuer)


_FLEMISH = (("Huisartsenpraktijk De Vlaschaard", "Turnhout"), ("Groepspraktijk Het Kempenhuis", "Geel"), ("Huisartsenpraktijk Sint-Jozef", "Hamont-Achel"),
            ("Medisch Centrum De Linde", "Lommel"), ("Huisartsenpraktijk Kapelhof", "Essen"))


def _rijksregister(day: dt.date, rng) -> str:
    """A Belgian national register number as printed ("58.03.05-123.45"): the birth date, a serial and check digits (97
    minus the remainder; born after 1999 the check takes a 2 in front). Synthetic; a decoy beside a BSN's nine digits."""
    serial = rng.randint(1, 997)
    base = int(f"{day.year % 100:02d}{day.month:02d}{day.day:02d}{serial:03d}")
    check = 97 - ((base + (2000000000 if day.year >= 2000 else 0)) % 97)
    return f"{day.year % 100:02d}.{day.month:02d}.{day.day:02d}-{serial:03d}.{check:02d}"


def vlaams_huisarts_attest(c: Ctx):
    """Fresh9. A Flemish GP's "Attest" for a carer who lives across the border: the practice's head with its Belgian town, "ondergetekende, dokter ..., huisarts, verklaart dat" the patient (with a Belgian national register number "58.03.05-123.45" as a decoy beside a BSN) is cared for by the carer "als mantelzorger", care "24 op 24" (the Flemish way of writing round the clock) or only part of the day, "Opgemaakt te Turnhout op 5 maart 2026 om de betrokkene te dienen" and the doctor's RIZIV number and the practice's company number in the footer (the practice is the issuer)."""
    c.font_of(c.pick(SERIF9, ("Caladea", "Liberation Serif")))
    c.restyle9(dates=("long", "slash"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer, town = c.rng.choice(_FLEMISH)
    doctor = c.person(origin="nl", born=(1955, 1992))
    fc, fr = carer.name(c.pick("all", "first")), recipient.name(c.pick("all", "first"))
    riziv = f"1-{c.rng.randint(10000, 99999)}-{c.rng.randint(10, 99)}-{c.rng.randint(100, 999)}"
    care = ("Betrokkene kan niet alleen blijven en heeft nood aan permanente zorg en toezicht, 24 op 24 uur. Deze zorg wordt verleend door de mantelzorger."
            if clock else "Betrokkene heeft dagelijks hulp nodig bij de verzorging en het huishouden; permanent toezicht (24 op 24) is niet nodig.")
    body = (
        f"<div style='border-bottom:2px solid #3a6b35;padding-bottom:2mm'><span style='font-size:16pt;color:#3a6b35'>{e(issuer)}</span><br>"
        f"<span class='small'>{e(c.pick('Markt', 'Kerkstraat', 'Steenweg op Antwerpen'))} {c.rng.randint(1, 90)}, {c.rng.randint(2200, 3990)} {e(town)} (België) · tel. +32 14 {c.rng.randint(10, 99)} {c.rng.randint(10, 99)} {c.rng.randint(10, 99)}</span></div>"
        "<h1 style='text-align:center;margin-top:12mm;letter-spacing:3px'>ATTEST</h1>"
        f"<p style='margin-top:8mm'>Ondergetekende, dokter {e(doctor.name('initials'))}, huisarts, verklaart dat</p>"
        f"<p style='margin-left:10mm'><b>{e(fr)}</b><br>geboren op {c.d(recipient.birth_date)}<br>rijksregisternummer {e(_rijksregister(recipient.birth_date, c.rng))}<br>"
        f"BSN (Nederland) {e(values.bsn_text(recipient.bsn, 0))}</p>"
        f"<p>door mij wordt behandeld en verzorgd wordt door</p><p style='margin-left:10mm'><b>{e(fc)}</b>, geboren op {c.d(carer.birth_date)},</p>"
        f"<p>die als mantelzorger bij betrokkene inwoont of dagelijks aanwezig is.</p><p>{e(care)}</p>"
        f"<p style='margin-top:8mm'>Opgemaakt te {e(town)} op {c.d(issue)}, om de betrokkene te dienen waar nodig.</p>"
        f"<p style='margin-top:10mm'>Dr. {e(doctor.name('initials'))}<br>huisarts</p>"
        f"<div style='position:fixed;bottom:-10mm;left:0;right:0;font-size:7.5pt;color:#444;border-top:0.5px solid #999'>RIZIV-nr. {riziv} · "
        f"ondernemingsnummer 0{c.rng.randint(400, 899)}.{c.rng.randint(100, 999)}.{c.rng.randint(100, 999)} · IBAN BE{c.rng.randint(10, 99)} {c.rng.randint(1000, 9999)} {c.rng.randint(1000, 9999)} {c.rng.randint(1000, 9999)}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10.5pt; }"), _truth(fc, fr, clock, issue, issuer)


# --- fresh10 split ---------------------------------------------------------------------------

_DIACONIES = ("Diaconie Protestantse Gemeente De Ark", "Parochie H. Franciscus, caritas", "Diaconie Hervormde Gemeente Oud-Beijerland",
              "Evangelische Gemeente De Fontein, diaconaat", "Caritas Parochie Sint-Jan")


def kerk_diaconie_handgeschreven(c: Ctx):
    """Fresh10. A church's diaconal committee declares by hand, with a felt-tip pen, on the parish's printed letter paper (the name in EB Garamond italic with a small cross, the address and the bank account of the diaconate as decoys): "Hierbij verklaar ik, als diaken, dat ... zorgt voor ..." with "dag en nacht" or only "overdag", the deacon's name, "diaken", and the date as a quick hand writes it, "5/3/26"; the text is in the hand, only the letterhead printed."""
    c.font_of(HAND10)
    c.restyle10(dates=("slash_nopad_2y",), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_DIACONIES)
    deacon = c.person(born=(1945, 1985))
    fc, fr = carer.name(c.pick("first", "all")), recipient.name(c.pick("first", "initials"))
    care = e(f"{carer.given[0]} is er dag en nacht voor, 24 uur per dag. Zonder deze zorg kan {recipient.given[0]} niet thuis blijven." if clock
             else f"{carer.given[0]} helpt overdag; 's nachts redt {recipient.given[0]} zich zelf, daar is geen zorg voor nodig.")
    hand = f"font-family:\"{HAND10[0]}\", cursive;font-style:italic;font-weight:bold;color:#15235e;font-size:13pt;line-height:2.0"
    lines = "background-image:repeating-linear-gradient(transparent, transparent 9.1mm, #b9c6e0 9.1mm, #b9c6e0 9.3mm)"
    body = (
        f"<div style='text-align:center;font-family:\"{SERIF10[0]}\", serif;font-style:italic;font-size:15pt'>&#10013; {e(issuer)}</div>"
        f"<div style='text-align:center;font-family:\"{SERIF10[0]}\", serif;font-size:8.5pt;border-bottom:0.6px solid #777;padding-bottom:2mm'>"
        f"{e(people.issuer_address(c.rng, home.city)[0])} · {e(home.city)} · IBAN {e(values.iban_text(values.iban(c.rng, 'RABO'), True))}</div>"
        f"<div style='{hand};{lines};margin-top:8mm;min-height:170mm'>"
        f"Verklaring mantelzorg<br>Hierbij verklaar ik, als diaken van onze gemeente, dat {e(fc)} zorgt voor {e(fr)}, "
        f"wonend {e(home.line1())} te {e(home.city)}. Ik bezoek hen geregeld. {care}<br>"
        f"{e(home.city)}, {c.d(issue)}<br>{e(deacon.name('first'))}, diaken</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 11pt; }"), _truth(fc, fr, clock, issue, issuer)


_PALLIATIVE = ("Palliatief Team Thuis Zuid-Holland", "Hospicezorg Thuis Kennemerland", "Wijkverpleging Palliatieve Zorg Amstelland", "Netwerk Palliatieve Zorg Twente, thuiszorgteam")


def palliatief_team_email(c: Ctx):
    """Fresh10. A palliative home-care nurse's e-mail to the corporation, printed from the corporation's mailbox: the mail client's head (the nurse's address, "Sent: Thu 5 Mar 2026 16:40" in an English client, subject "Verklaring mantelzorg ..."), the facts in sentences ("... wordt thuis verzorgd door haar zoon ..., die bij haar intrekt en dag en nacht zorg verleent" or care by day only), the cared-for as the care file sorts the name ("Meer (van der), J.C."), the nurse's signature with the organisation."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Open Sans", "Cantarell")))
    c.restyle10(dates=("en_wd_short",), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_PALLIATIVE)
    nurse = c.person(born=(1965, 1998))
    fc, fr = carer.name(c.pick("all", "first")), recipient.name(c.pick("reversed_particle_brackets", "reversed_particle_brackets", "all"))
    domain = issuer.split(",")[0].lower().replace(" ", "")[:22]
    care = (f"Onze cliënt is in de laatste levensfase en kan niet meer alleen zijn. {fc} is bij de cliënt ingetrokken en verleent dag en nacht zorg: 24 uur per dag, naast onze dagelijkse bezoeken."
            if clock else f"{fc} verzorgt overdag; 's nachts is er (nog) geen zorg of toezicht nodig. Er is dus geen sprake van 24-uurs zorg.")
    body = (
        f"<div style='font-size:8pt;color:#555;border-bottom:0.5px solid #bbb;margin-bottom:3mm'>Outlook · wonen@corporatie.nl</div>"
        + mail_header([("From", f"{e(nurse.name('first'))} &lt;{e(nurse.given[0].lower())}@{e(domain)}.nl&gt;"), ("Sent", f"{c.d(issue)} {c.rng.randint(8, 20)}:{c.rng.randint(0, 59):02d}"),
                       ("To", "wonen@corporatie.nl"), ("Subject", f"Verklaring mantelzorg {e(fr)}")])
        + f"<p>Geachte heer/mevrouw,</p><p>Op verzoek van de familie bericht ik u het volgende over onze cliënt {e(fr)}, {e(home.line1())}, {e(home.city)}.</p>"
        + f"<p>{e(care)}</p><p>Wij ondersteunen de aanvraag om de mantelzorger bij de cliënt te laten wonen.</p>"
        + f"<p>Met vriendelijke groet,<br><br>{e(nurse.name('initials'))}<br>verpleegkundige palliatieve zorg<br>{e(issuer)}<br>"
        f"<span class='small'>T 0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)} (bereikbaar ma t/m vr)</span></p>"
        "<p class='small' style='color:#777'>Dit bericht kan vertrouwelijke informatie bevatten. Bent u niet de geadresseerde, verwijder het dan.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(fc, fr, clock, issue, issuer)


# --- fresh11 split ---------------------------------------------------------------------------

_WIJKTEAMS11 = ("Sociaal Wijkteam Transvaal", "Wijkteam Zuilen-Ondiep", "Buurtteam Lombok", "Sociaal Team Stadsdeel West", "Wijkteam Malburgen",
                "Samen Doen Kanaleneiland")


def wijkteam_pdf_radioknoppen(c: Ctx):
    """Fresh11. A district team's fillable PDF "Verklaring mantelzorg" filled in on screen and printed: the values in grey-edged form fields, the questions answered with round radio buttons drawn by the viewer (a filled dot in the chosen circle, no text mark), the care's hours per week in a field of its own, the team's part with the professional's name, function, the team (the issuer) and "Datum", and the digital signature's stamp "Digitaal ondertekend door ... Datum: 2026.03.05 14:02:11 +01'00'" on the same day."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Open Sans")))
    c.restyle11(dates=("dash", "long"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_WIJKTEAMS11)
    worker = c.person(born=(1965, 1998))
    fc, fr = carer.name(c.pick("all", "first")), recipient.name(c.pick("all", "first", "initials"))
    field = lambda v: f"<div style='border:0.7px solid #999;background:#eef2f8;padding:0.8mm 2mm;min-height:4.2mm;font-family:\"Liberation Sans\", sans-serif'>{v}</div>"  # noqa: E731
    pair = lambda question, on: (f"<tr><td style='padding:1.5mm 0'>{e(question)}</td><td style='width:38mm;white-space:nowrap'>{radio(on)}Ja &nbsp;&nbsp; {radio(not on)}Nee</td></tr>")  # noqa: E731
    hours = c.rng.randint(25, 60) if clock else c.rng.randint(8, 30)
    section = lambda title: f"<div style='background:#34495e;color:#fff;padding:1mm 3mm;margin-top:4mm;font-weight:bold'>{e(title)}</div>"  # noqa: E731
    stamp_time = f"{c.rng.randint(8, 18):02d}:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}"
    body = (
        f"<table style='width:100%'><tr><td><b style='font-size:14pt'>{e(issuer)}</b><br><span class='small'>in opdracht van de gemeente</span></td>"
        "<td class='right small'>Formulier MZ-01 (invulbaar)<br>versie 2026</td></tr></table>"
        "<h1 style='margin-top:5mm'>Verklaring mantelzorg</h1>"
        + section("1. Mantelzorger")
        + grid([("Naam", field(e(fc))), ("Geboortedatum", field(e(values.date_text(carer.birth_date, "dash"))))], columns=2, label_width="26mm")
        + section("2. Zorgvrager")
        + grid([("Naam", field(e(fr))), ("Adres", field(e(home.line1())))], columns=2, label_width="26mm")
        + section("3. Zorg")
        + f"<table style='width:100%'>{pair('Woont de mantelzorger bij de zorgvrager in of gaat hij/zij dat doen?', c.rng.random() < 0.6)}"
        + pair("Is zorg of toezicht nodig gedurende 24 uur per dag (dag én nacht)?", clock)
        + pair("Is de zorg naar verwachting langer dan drie maanden nodig?", True) + "</table>"
        + grid([("Aantal uur zorg per week", field(str(hours)))], columns=1, label_width="50mm")
        + section("4. In te vullen door het wijkteam")
        + grid([("Naam medewerker", field(e(worker.name("first")))), ("Functie", field(c.pick("wijkverpleegkundige", "sociaal werker", "consulent Wmo"))),
                ("Organisatie", field(e(issuer))), ("Datum", field(c.d(issue)))], columns=2, label_width="32mm")
        + "<div style='margin-top:5mm;border:0.7px solid #7a8;background:#f4fbf4;padding:2mm 3mm;width:95mm;font-size:8pt'>"
        f"<span style='color:#2a7a2a;font-size:13pt'>&#10004;</span> Digitaal ondertekend door {e(worker.name('first'))}<br>"
        f"Datum: {e(values.date_text(issue, 'iso_dot'))} {stamp_time} +01'00'</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(fc, fr, clock, issue, issuer)


_BURENHULP11 = ("Humanitas afdeling Zaanstreek", "Burenhulp Oost", "Stichting Nabuurschap Rivierenland", "ANBO Steunpunt Burenhulp Zeist",
                "Vrijwilligerspunt Burenhulp Heerhugowaard")


def burenhulp_opsomming(c: Ctx):
    """Fresh11. A volunteers' neighbour-help organisation's short statement in bullets, on its plain letter paper: "Wie zorgt", "Voor wie", "Sinds", "Wat", "'s Nachts" (care also at night and 24 hours a day, or no care needed at night), the coordinator's name and the organisation with place and date at the foot; the organisation's phone and its volunteer count as decoys."""
    c.font_of(c.pick(("Carlito", "Open Sans"), ("Liberation Sans", "Cantarell")))
    c.restyle11(dates=("long", "dash"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_BURENHULP11)
    coordinator = c.person(born=(1950, 1995))
    fc, fr = carer.name(c.pick("all", "first")), recipient.name(c.pick("first", "all"))
    since = issue - dt.timedelta(days=c.rng.randint(200, 1500))
    night = (f"ja, ook 's nachts; {carer.given[0]} is de klok rond beschikbaar, de zorg is 24 uur per dag nodig" if clock
             else "nee, 's nachts is geen hulp nodig; de zorg is overdag")
    bullets = [("Wie zorgt", f"{fc}, {'buurvrouw' if carer.sex == 'f' else 'buurman'} en mantelzorger"), ("Voor wie", f"{fr}, {home.line1()}, {home.city}"),
               ("Sinds", f"{values.MONTHS[since.month - 1]} {since.year}"), ("Wat", c.pick("boodschappen, koken, medicijnen aanreiken en gezelschap", "wassen en aankleden, eten klaarmaken, toezicht")),
               ("'s Nachts", night)]
    items = "".join(f"<li style='margin-bottom:2mm'><b>{e(k)}:</b> {e(v)}</li>" for k, v in bullets)
    body = (
        f"<div style='font-size:15pt;font-weight:bold;color:#c0392b'>{e(issuer)}</div>"
        f"<div class='small'>vrijwillige hulp door en voor buren · tel. 0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)} · {c.rng.randint(40, 260)} vrijwilligers</div>"
        "<h1 style='margin-top:12mm'>Verklaring mantelzorg</h1>"
        f"<p>Als coördinator van {e(issuer)} ken ik de situatie uit eigen waarneming. In het kort:</p><ul style='margin-top:3mm'>{items}</ul>"
        "<p>Deze verklaring is opgesteld op verzoek van de mantelzorger, voor de woningcorporatie.</p>"
        f"<p style='margin-top:10mm'>{e(home.city)}, {c.d(issue)}</p><p>{e(coordinator.name('first'))}<br>coördinator, {e(issuer)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10.4pt; }"), _truth(fc, fr, clock, issue, issuer)


# --- fresh12 split ---------------------------------------------------------------------------


_WIJKZORG12 = ("Buurtzorg team Kanaleneiland", "Zorggroep Sint Maarten, wijkverpleging", "Vitras thuiszorg", "ZuidZorg wijkteam Woensel",
               "Thuiszorg Groningen", "Evean wijkverpleging Purmerend", "Sensire Wijkverpleging", "TWB thuiszorg met aandacht")


def wijkverpleging_zvw_wlz_verklaring(c: Ctx):
    """Fresh12. A district nurse's declaration on the letterhead of a home-care organisation (its name in italic small capitals): the client (care recipient) with birth date and client number, a block "Indicatie wijkverpleging (Zvw)" with its own start date and hours per week, a line on the Wet langdurige zorg ("Wlz-indicatie: aangevraagd bij het CIZ op ..." or "nee"), and a paragraph on the carer: either that the carer lives in and the client needs care and supervision "24 uur per dag", or that the carer comes daily and no care at night is needed; signed by the nurse with a BIG number (a decoy name); dates as "05 mrt. 2026"."""
    c.font_of(c.pick(("Carlito", "Open Sans"), ("Liberation Sans", "Cantarell")))
    c.restyle12(dates=("pad_short_dot", "long"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    org = c.rng.choice(_WIJKZORG12)
    nurse = c.person(born=(1965, 1998))
    cn, rn = carer.name(c.pick("all", "first", "particle_first_comma_first")), recipient.name(c.pick("all", "initials"))
    since = issue - dt.timedelta(days=c.rng.randint(60, 900))
    zvw_hours = c.rng.choice((3, 5.5, 7, 10.5, 14))
    wlz = (f"aangevraagd bij het CIZ op {c.d(issue - dt.timedelta(days=c.rng.randint(5, 60)))}" if c.rng.random() < 0.5 else "nee")
    pron = "zij" if recipient.sex == "f" else "hij"
    if clock:
        care = (f"{e(cn)} woont bij cliënt in en verleent de mantelzorg. Cliënt kan niet alleen gelaten worden: {pron} heeft 24 uur per dag zorg en toezicht nodig, "
                "ook 's nachts. Onze inzet van wijkverpleging is alleen mogelijk omdat de mantelzorger de overige uren de zorg op zich neemt.")
    else:
        care = (f"{e(cn)} komt dagelijks bij cliënt, helpt bij het huishouden en de maaltijden en regelt de afspraken. 's Nachts is geen zorg of toezicht nodig; "
                f"cliënt redt zich dan zelfstandig met een alarmeringsknop.")
    body = (
        f"<table style='width:100%'><tr><td><div style='font-family:\"{SANS12[0]}\", sans-serif;font-style:italic;font-size:15pt;color:#0b6e74'>{e(org)}</div>"
        f"<div class='small'>{e(home.city)} &middot; bereikbaar 24/7 via 088-{c.rng.randint(1000000, 9999999)}</div></td>"
        f"<td class='right small'>{e(home.city)}, {c.d(issue)}</td></tr></table>"
        "<h1 style='margin-top:8mm'>Verklaring wijkverpleegkundige over mantelzorg</h1>"
        + kv([("Cliënt", e(rn)), ("Geboortedatum", c.d(recipient.birth_date)), ("Cliëntnummer", str(c.rng.randint(100000, 999999))),
              ("Adres", f"{e(home.line1())}, {e(home.city)}"), ("Mantelzorger", e(cn))], label_width="42mm")
        + "<div class='box' style='border-color:#0b6e74'><b>Indicatie wijkverpleging (Zvw)</b><br>"
        f"Sinds {c.d(since)}: {str(zvw_hours).replace('.', ',')} uur per week persoonlijke verzorging en verpleging.<br>Wlz-indicatie: {e(wlz)}</div>"
        f"<p>{care}</p>"
        "<p>Deze verklaring is opgesteld op verzoek van cliënt en de mantelzorger, ten behoeve van de woningcorporatie.</p>"
        f"<p style='margin-top:8mm'>{e(nurse.name('initials'))}<br>wijkverpleegkundige, BIG-nummer {c.rng.randint(10**10, 10**11 - 1)}<br>{e(org)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(cn, rn, clock, issue, org)


_CONSULENTS12 = ("Steunpunt Mantelzorg Dordrecht", "MantelzorgNL, regio Twente", "Welzijn Lelystad, team Mantelzorg", "Mantelzorgcentrum Zoetermeer",
                 "Stichting Welzijn Ouderen Arnhem", "Mantelzorg Drechtsteden")
_TASKS12 = (("Persoonlijke verzorging (wassen, aankleden)", 3, 9), ("Hulp bij eten en medicatie", 2, 7), ("Huishouden en boodschappen", 3, 8),
            ("Vervoer en begeleiding naar afspraken", 1, 4), ("Administratie en regelzaken", 1, 3), ("Gezelschap en emotionele steun", 2, 8))


def zorgtaken_uren_per_week_tabel(c: Ctx):
    """Fresh12. A carer's-support centre's statement as a table of care tasks with the hours per week of each (personal care, meals and medicines, household, transport, paperwork, company: all decoy numbers), a total, and a last row "Toezicht" that reads either "dag en nacht, 24 uur per dag" or "niet nodig"; the carer and the recipient in a header block (the carer as "van der Meer, Johannes"), a conclusion sentence, signed by the centre's carer consultant with the day of the kitchen-table talk (earlier, a decoy) and the date of the statement."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle12(dates=("spaced_dash", "pad_short_dot", "dash"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    org = c.rng.choice(_CONSULENTS12)
    consultant = c.person(born=(1960, 1998))
    cn, rn = carer.name("particle_first_comma_first"), recipient.name(c.pick("all", "first"))
    talk = issue - dt.timedelta(days=c.rng.randint(3, 30))
    tasks = [(t, c.rng.randint(lo, hi)) for t, lo, hi in c.rng.sample(_TASKS12, c.rng.randint(4, 6))]
    total = sum(h for _, h in tasks)
    rows = "".join(f"<tr><td>{e(t)}</td><td class='right'>{h}</td></tr>" for t, h in tasks)
    watch = "dag en nacht, 24 uur per dag" if clock else "niet nodig"
    conclusion = ("Naast de taken hierboven is voortdurend toezicht nodig. Er is dus sprake van zorg die 24 uur per dag nodig is." if clock
                  else f"De mantelzorger besteedt ongeveer {total} uur per week aan de zorg. Toezicht gedurende de nacht is niet nodig.")
    body = (
        f"<div class='logo' style='font-size:14pt;color:#8a3b12'>{e(org)}</div>"
        "<h1 style='margin-top:6mm'>Verklaring mantelzorg &ndash; overzicht zorgtaken</h1>"
        + kv([("Mantelzorger", e(cn)), ("Zorgvrager", e(rn)), ("Adres zorgvrager", f"{e(home.line1())}, {e(home.city)}"),
              ("Gesprek aan de keukentafel", c.d(talk))], label_width="48mm")
        + "<table class='ruled' style='width:100%;margin-top:4mm'><tr style='background:#f6e6da'><th>Zorgtaak</th><th class='right' style='width:30mm'>Uren per week</th></tr>"
        + rows + f"<tr><td><b>Totaal zorgtaken</b></td><td class='right'><b>{total}</b></td></tr>"
        f"<tr><td>Toezicht</td><td class='right'>{e(watch)}</td></tr></table>"
        f"<p style='margin-top:4mm'>{e(conclusion)}</p>"
        f"<p style='margin-top:8mm'>Datum: {c.d(issue)}<br>{e(consultant.name('first'))}, mantelzorgconsulent<br>{e(org)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(cn, rn, clock, issue, org)

# --- fresh13 split ---------------------------------------------------------------------------

_SCHOOLS13 = ("Openbare Scholengemeenschap De Meerwaarde", "Christelijk Lyceum Veenendaal", "Montessori College Oost", "Stedelijk College Zuid",
              "Wellantcollege Houten", "Da Vinci College Kagerstraat", "Het Rijnlands Lyceum Noord")
_CLASSES13 = ("3 havo", "4 havo", "5 havo", "4 vwo", "5 vwo", "6 vwo", "4 vmbo-tl", "3 vmbo-kader")


def jonge_mantelzorger_school_zorgcoordinator(c: Ctx):
    """Fresh13. A secondary school's care coordinator's declaration on a young carer: the school's name in an extra-bold italic with its BRIN number and address, "Verklaring jonge mantelzorger", the pupil (the carer) with class, pupil number and birth date, the mentor's name and the date of the care meeting ("zorgoverleg", earlier) as decoys, a paragraph on the pupil's care for a parent (the recipient): either the parent needs someone "24 uur per dag" and the pupil shares that care with a relative, day and night, or the pupil helps after school and no care at night is needed; the school's arrangements (homework time, leave), signed by the care coordinator on the declaration's day ("donderdag 05-03-2026" or in words)."""
    c.font_of(c.pick(("Carlito", "Open Sans"), ("Liberation Sans", "Cantarell")))
    c.restyle13(dates=("wd_long_dash", "long"), amounts=("euro",))
    _carer, _recipient, clock, issue, home = _facts(c)
    pupil = c.person(born=(2006, 2009))
    parent = c.person(born=(1962, 1984), surname=pupil.surname if c.rng.random() < 0.6 else None, titled=0.05)
    school = c.rng.choice(_SCHOOLS13)
    mentor, coordinator = c.person(born=(1965, 1998)), c.person(born=(1960, 1995))
    cn, rn = pupil.name(c.pick("all", "first")), parent.name(c.pick("all", "initials", "first"))
    meeting = issue - dt.timedelta(days=c.rng.randint(5, 45))
    role = "moeder" if parent.sex == "f" else "vader"
    own = "zijn" if pupil.sex == "m" else "haar"
    if clock:
        care = (f"{e(cn)} zorgt samen met een tante voor {own} {role}, {e(rn)}. Door {own} ziekte kan {e(rn)} niet alleen gelaten worden: "
                "er is 24 uur per dag zorg en toezicht nodig, ook 's nachts. De zorg wordt door de familie dag en nacht verdeeld; "
                f"{e(cn)} neemt vooral de avonden, de nachten in het weekend en de vakanties voor {own} rekening.")
    else:
        care = (f"{e(cn)} helpt {own} {role}, {e(rn)}, na schooltijd bij het huishouden, de boodschappen en het innemen van medicijnen. "
                f"'s Nachts is er geen zorg nodig; {e(rn)} redt zich dan zelf.")
    body = (
        f"<table style='width:100%'><tr><td><div style='font-family:\"{SANS13[0]}\", sans-serif;font-style:italic;font-size:15pt;color:#26457a'>{e(school)}</div>"
        f"<div class='small'>BRIN {c.rng.randint(10, 31)}{c.pick('AB', 'KL', 'PZ', 'RT')} &middot; {e(home.city)}</div></td>"
        f"<td class='right small'>{e(home.city)}, {c.d(issue)}</td></tr></table>"
        "<h1 style='margin-top:8mm'>Verklaring jonge mantelzorger</h1>"
        + kv([("Leerling", e(cn)), ("Geboortedatum", e(values.date_text(pupil.birth_date, "dash"))), ("Klas", e(c.rng.choice(_CLASSES13))),
              ("Leerlingnummer", str(c.rng.randint(100000, 999999))), ("Mentor", e(mentor.name("initials"))), ("Zorgoverleg gehouden op", e(values.date_text(meeting, "long")))], label_width="48mm")
        + f"<p style='margin-top:4mm'>{care}</p>"
        f"<p>In overleg met de leerling en de ouder heeft de school afspraken gemaakt over huiswerk, toetsen en verlof. Deze verklaring is opgesteld op verzoek van {e(cn)}, "
        "ten behoeve van de aanvraag bij de woningcorporatie.</p>"
        f"<p style='margin-top:8mm'>{e(coordinator.name('first'))}<br>zorgco&ouml;rdinator<br>{e(school)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(cn, rn, clock, issue, school)


_POH_PRACTICES13 = ("Huisartsenpraktijk De Wieken", "Gezondheidscentrum Lindenholt", "Huisartsen aan de Vaart", "Huisartsenpraktijk Het Kompas",
                    "Medisch Centrum Boschveld, huisartsen")


def poh_mantelzorgscan_ja_nee_soms(c: Ctx):
    """Fresh13. A GP practice's nurse for the elderly (POH-ouderenzorg) fills in a "mantelzorgscan" after a home visit: the practice's head, the patient (the recipient) with birth date, the carer and their relation, the visit's date (a decoy) and the form's date; a ruled table of questions with three columns Ja, Nee and Soms and a dot in one of them, among them "Is er 24 uur per dag zorg of toezicht nodig?", then a burden score ("EDIZ-score 14 van 27", a decoy), signed by the nurse with "akkoord huisarts" and the GP's name."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "FreeSans")))
    c.restyle13(dates=("wd_long_dash", "dash", "long"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    practice = c.rng.choice(_POH_PRACTICES13)
    nurse, gp = c.person(born=(1965, 1998)), c.person(born=(1955, 1988))
    cn, rn = carer.name(c.pick("all", "first", "initials")), recipient.name(c.pick("all", "initials"))
    visit = issue - dt.timedelta(days=c.rng.randint(1, 20))
    questions = [("Woont de mantelzorger bij de patiënt in?", "ja" if clock or c.rng.random() < 0.3 else "nee"),
                 ("Helpt de mantelzorger dagelijks bij de persoonlijke verzorging?", c.pick("ja", "soms")),
                 ("Is de patiënt 's nachts op hulp aangewezen?", "ja" if clock else c.pick("nee", "soms")),
                 ("Is er 24 uur per dag zorg of toezicht nodig?", "ja" if clock else "nee"),
                 ("Is er thuiszorg of wijkverpleging betrokken?", c.pick("ja", "nee")),
                 ("Ervaart de mantelzorger de zorg als zwaar?", c.pick("ja", "nee", "soms"))]
    cell = "style='width:13mm;text-align:center;font-family:\"DejaVu Sans\", sans-serif'"
    rows = "".join(f"<tr><td>{e(q)}</td>" + "".join(f"<td {cell}>{'&#9679;' if a == col else ''}</td>" for col in ("ja", "nee", "soms")) + "</tr>" for q, a in questions)
    body = (
        f"<div class='logo' style='font-size:14pt'>{e(practice)}</div><div class='small'>praktijkondersteuner ouderenzorg &middot; {e(home.city)}</div>"
        "<h1 style='margin-top:6mm'>Mantelzorgscan</h1>"
        + kv([("Patiënt", e(rn)), ("Geboortedatum", e(values.date_text(recipient.birth_date, "dash"))), ("Mantelzorger", e(cn)),
              ("Huisbezoek op", e(values.date_text(visit, "long")))], label_width="42mm")
        + f"<table class='ruled' style='width:100%;margin-top:4mm'><tr><th>Vraag</th><th {cell}>Ja</th><th {cell}>Nee</th><th {cell}>Soms</th></tr>{rows}</table>"
        f"<p style='margin-top:3mm'>EDIZ-score (ervaren druk door informele zorg): {c.rng.randint(4, 27)} van 27</p>"
        f"<p>Datum formulier: {c.d(issue)}</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>{e(nurse.name('initials'))}<br>POH-ouderenzorg</td>"
        f"<td>Akkoord huisarts:<br>{e(gp.name('initials'))}, huisarts</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(cn, rn, clock, issue, practice)

# --- fresh14 split ---------------------------------------------------------------------------

_WARDS14 = ("Geriatrie", "Neurologie (CVA-unit)", "Interne geneeskunde", "Longziekten", "Cardiologie", "Orthopedie")


def medisch_maatschappelijk_werk_ontslag(c: Ctx):
    """Fresh14. A hospital's medical social worker ("medisch maatschappelijk werker") declares, after the discharge planning, who will care for the patient at home: the hospital's name, "Medisch Maatschappelijk Werk", a patient label stuck at the top right (the patient as "van der Meer, J.C. (Johannes)", birth date, patient number and the admission day as "05MRT2026": decoys beside the recipient's name), the letter's date, the ward and the planned discharge day (decoys), the carer by name and relation, and either "24 uur per dag zorg en toezicht" with the carer moving in or help during the day and nothing at night; signed by the social worker (a decoy), the hospital is the issuer."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle14(dates=("compact_mon_upper", "long"), amounts=("euro",))
    carer, recipient, clock, issue, _address = _facts(c)
    hospital = c.rng.choice(_HOSPITALS)
    cn, rn = carer.name(c.pick("all", "first")), recipient.name("surname_initials_paren_first")
    worker = c.person(born=(1962, 1996))
    admitted = issue - dt.timedelta(days=c.rng.randint(6, 40))
    discharge = issue + dt.timedelta(days=c.rng.randint(1, 10))
    number = str(c.rng.randint(1000000, 9999999))
    relation = c.rng.choice(_RELATIONS[carer.sex])
    label = patient_sticker([e(rn), f"geb. {e(values.date_text(recipient.birth_date, 'dash'))} {'M' if recipient.sex == 'm' else 'V'}", f"Pat.nr. {number}",
                             f"Opn. {e(values.date_text(admitted, 'compact_mon_upper'))} {e(c.rng.choice(_WARDS14))}"], number)
    care = (f"<p>Na het ontslag heeft {e(rn)} <b>24 uur per dag zorg en toezicht</b> nodig. {e(cn)} ({e(relation)}) trekt bij de patiënt in en biedt die zorg, "
            "ook 's nachts; de thuiszorg komt twee keer per dag voor de persoonlijke verzorging.</p>" if clock else
            f"<p>Na het ontslag heeft {e(rn)} overdag hulp nodig bij het huishouden, de boodschappen en het innemen van medicatie. {e(cn)} ({e(relation)}) "
            "komt daarvoor dagelijks langs. 's Nachts is geen zorg of toezicht nodig.</p>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(hospital)}</span><br>"
        f"<span style=\"font-family:'{SANS14[0]}', sans-serif;font-weight:bold;font-style:italic\">Medisch Maatschappelijk Werk</span></td>"
        f"<td class='right'>{label}</td></tr></table>"
        + kv([("Datum", c.d(issue)), ("Betreft", "verklaring mantelzorg na ontslag"), ("Geplande ontslagdatum", e(values.date_text(discharge, "long")))], label_width="44mm")
        + "<p>Aan wie het aangaat,</p>"
        f"<p>Tijdens de opname van {e(rn)} op onze afdeling is in een ontslaggesprek met de patiënt en de familie besproken hoe de zorg thuis geregeld wordt. "
        f"De mantelzorger is <b>{e(cn)}</b>.</p>"
        + care
        + f"<p>Deze verklaring is opgesteld op verzoek van de familie, voor de aanvraag bij de woningcorporatie.</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(worker.name('initials'))}<br>medisch maatschappelijk werker<br>{e(hospital)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(cn, rn, clock, issue, hospital)


_CARE_FARMS14 = ("Zorgboerderij De Hooiberg", "Zorgboerderij Het Klaverblad", "Zorgboerderij De Noordster", "Zorgboerderij 't Paradijs",
                 "Zorgboerderij De Vlinderhof", "Zorgboerderij Erve Kamphuis")


def dagbesteding_zorgboerderij_weekrooster(c: Ctx):
    """Fresh14. A care farm's ("zorgboerderij") declaration on a day-care client: the farm's name in a bold italic serif with its address, "Verklaring mantelzorg", the client (the recipient) with birth date, the intake day and the end of the Wmo indication for day care (decoys), a week table Monday to Sunday with "dagbesteding 9.30 - 15.30" on some days and "thuis, zorg door ..." on the others, the carer named, and either "buiten de dagbesteding is 24 uur per dag toezicht nodig" or "'s nachts is geen toezicht nodig"; signed by the farmer-coordinator, the farm is the issuer."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Caladea", "DejaVu Sans")))
    c.restyle14(dates=("long", "dash"), amounts=("euro",))
    carer, recipient, clock, issue, _address = _facts(c)
    farm = c.rng.choice(_CARE_FARMS14)
    cn, rn = carer.name(c.pick("all", "first", "initials")), recipient.name(c.pick("all", "first"))
    place = people.address(c.rng)
    intake = issue - dt.timedelta(days=c.rng.randint(90, 900))
    indication = issue + dt.timedelta(days=c.rng.randint(120, 700))
    coordinator = c.person(born=(1960, 1995))
    farm_days = set(c.rng.sample(range(5), c.rng.choice((2, 3))))
    days = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
    first = cn.split()[0]
    week = "".join(f"<tr><td>{d}</td><td>{'dagbesteding 9.30 - 15.30 uur, vervoer door de boerderij' if i in farm_days else f'thuis, zorg door {e(first)}'}</td></tr>"
                   for i, d in enumerate(days))
    close = (f"Buiten de dagbesteding kan {e(rn)} niet alleen zijn: er is <b>24 uur per dag toezicht</b> nodig, ook 's nachts. Dat toezicht geeft {e(cn)}."
             if clock else f"Buiten de dagbesteding helpt {e(cn)} bij de maaltijden en de planning. {e(rn)} kan een paar uur alleen zijn; 's nachts is geen toezicht nodig.")
    body = (
        f"<div style=\"font-family:'{SERIF14[0]}', serif;font-weight:bold;font-style:italic;font-size:19pt;color:#3d5a1e\">{e(farm)}</div>"
        f"<div class='small'>dagbesteding &middot; logeren &middot; {e(place.line1())}, {e(values.postcode_text(place.postcode, True))} {e(place.city)}</div>"
        f"<p style='margin-top:8mm'>{e(place.city)}, {c.d(issue)}</p>"
        "<h2>Verklaring mantelzorg</h2>"
        + kv([("Deelnemer", e(rn)), ("Geboortedatum", e(values.date_text(recipient.birth_date, "dash"))), ("Bij ons sinds", e(values.date_text(intake, "long"))),
              ("Indicatie Wmo dagbesteding t/m", e(values.date_text(indication, "dash"))), ("Mantelzorger", e(cn))], label_width="58mm")
        + "<p>Zo ziet de week van onze deelnemer eruit:</p>"
        f"<table class='ruled' style='width:100%'><tr><th style='width:30mm'>Dag</th><th>Waar en door wie</th></tr>{week}</table>"
        f"<p>{close}</p>"
        f"<p>Wij verklaren dit naar waarheid.<br><br>{e(coordinator.name('first'))}<br>zorgboer en coördinator dagbesteding, {e(farm)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(cn, rn, clock, issue, farm)


# --- fresh15 split ---------------------------------------------------------------------------

_ERGO15 = ("Ergotherapie Thuis Midden-Nederland", "Ergotherapiepraktijk De Zelfstandige", "Ergotherapie Rijnmond", "Paramedisch Centrum Het Kompas, ergotherapie",
           "Ergotherapie aan Huis Twente")
_ADL15 = ("Wassen en aankleden", "Toiletgang", "Transfers bed - stoel", "Medicatie innemen", "Maaltijd bereiden", "Traplopen", "Alarmeren bij nood ('s nachts)")


def ergotherapeut_huisbezoek_adl_tabel(c: Ctx):
    """Fresh15. An occupational therapist's ("ergotherapeut") report of a home visit, sent to the family as the care declaration: the practice's name and its register line, the client (the recipient) with birth date, the referring GP and the referral's day (decoys), the home visit's day (a decoy) beside the report's "Datum verslag", a table of daily activities with "zelfstandig", "met hulp van mantelzorger" or "niet mogelijk" per activity, the carer named in the conclusion with either "aanwezigheid en toezicht 24 uur per dag noodzakelijk" or "'s nachts geen hulp nodig"; the therapist's name and register number (decoys), the practice the issuer."""
    c.font_of(c.pick(("Carlito", "Open Sans"), ("Liberation Sans", "DejaVu Sans")))
    c.restyle15(dates=("long", "nl_ordinal", "dash"), amounts=("euro",))
    carer, recipient, clock, issue, _address = _facts(c)
    practice = c.rng.choice(_ERGO15)
    cn = carer.name(c.pick("all", "first", "initials"))
    rn = recipient.name(c.pick("caps_reversed_initials", "all", "initials"))
    gp = c.person(born=(1955, 1990))
    referral = issue - dt.timedelta(days=c.rng.randint(20, 70))
    visit = issue - dt.timedelta(days=c.rng.randint(2, 15))
    therapist = c.person(born=(1965, 1998))
    answers = ("zelfstandig", "met hulp van mantelzorger", "niet mogelijk")
    adl = [(task, c.rng.choice(answers[1:] if clock or i == 0 else answers)) for i, task in enumerate(_ADL15)]
    if clock:
        adl[-1] = (_ADL15[-1], "niet mogelijk")
    table = ("<table class='ruled' style='width:100%'><tr><th>Activiteit</th><th>Uitvoering</th></tr>"
             + "".join(f"<tr><td>{e(t)}</td><td>{e(a)}</td></tr>" for t, a in adl) + "</table>")
    conclusion = (f"Cliënt kan niet alleen gelaten worden en kan 's nachts niet zelf alarmeren. <b>Aanwezigheid en toezicht 24 uur per dag is noodzakelijk.</b> "
                  f"Deze zorg wordt gegeven door {e(cn)}, die daarvoor bij cliënt moet (blijven) wonen." if clock else
                  f"Cliënt heeft overdag hulp nodig bij een deel van de activiteiten; die hulp geeft {e(cn)}. 's Nachts is geen hulp of toezicht nodig.")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:14pt;color:#005a70'>{e(practice)}</span><br>"
        "<span class='small'>ergotherapie aan huis &middot; aangesloten bij Ergotherapie Nederland</span></td>"
        f"<td class='right small'>Datum verslag<br><b>{c.d(issue)}</b></td></tr></table>"
        "<h1 style='margin-top:7mm;font-size:14pt'>Verslag huisbezoek en verklaring mantelzorg</h1>"
        + kv([("Cliënt", e(rn)), ("Geboortedatum", e(values.date_text(recipient.birth_date, "dash"))), ("Verwezen door", f"huisarts {e(gp.name('initials'))}"),
              ("Datum verwijzing", e(values.date_text(referral, "long"))), ("Huisbezoek", e(values.date_text(visit, "long"))), ("Mantelzorger", e(cn))], label_width="42mm")
        + "<h3>Observatie dagelijkse activiteiten</h3>" + table
        + f"<h3>Conclusie</h3><p>{conclusion}</p>"
        f"<p style='margin-top:6mm'>{e(therapist.name('initials'))}, ergotherapeut<br><span class='small'>Kwaliteitsregister Paramedici nr. {c.rng.randint(1000000, 9999999)}</span><br>{e(practice)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(cn, rn, clock, issue, practice)


_LOGEERHUIS15 = ("Logeerhuis De Boei", "Respijthuis Het Zonnehuis", "Logeerhuis De Kapstok", "Respijtzorg De Overkant", "Logeerhuis 't Anker")


def logeerhuis_respijtzorg_bevestiging(c: Ctx):
    """Fresh15. A respite-care house's ("logeerhuis") letter confirming the recipient's booked stays and declaring the carer's care in between: the house's name and its address, "Datum:" as "5e maart 2026" or as usual, a table of the booked stays with arrival and departure days (decoys), the house's daily fee (a decoy amount), the carer named as the one who cares at home between the stays and either "dag en nacht, 24 uur per dag" or "overdag; 's nachts is geen zorg nodig"; the coordinator signs, the house is the issuer."""
    c.font_of(c.pick(("Caladea", "Liberation Serif"), ("Carlito", "DejaVu Sans")))
    c.restyle15(dates=("nl_ordinal", "long", "cap_month"), amounts=("euro_endash", "euro"))
    carer, recipient, clock, issue, _address = _facts(c)
    house = c.rng.choice(_LOGEERHUIS15)
    cn, rn = carer.name(c.pick("all", "first")), recipient.name(c.pick("all", "first", "initials"))
    place = people.address(c.rng)
    coordinator = c.person(born=(1960, 1996))
    fee = values.amount(c.rng.choice((12.5, 17.0, 19.5, 25.0)))
    stays, day = [], issue + dt.timedelta(days=c.rng.randint(5, 20))
    for _ in range(c.rng.randint(2, 4)):
        length = c.rng.choice((2, 3, 7))
        stays.append((day, day + dt.timedelta(days=length)))
        day += dt.timedelta(days=c.rng.randint(25, 60))
    table = ("<table class='ruled' style='width:100%'><tr><th>Verblijf</th><th>Aankomst</th><th>Vertrek</th></tr>"
             + "".join(f"<tr><td>{i + 1}</td><td>{e(values.date_text(a, 'dash'))}</td><td>{e(values.date_text(b, 'dash'))}</td></tr>" for i, (a, b) in enumerate(stays)) + "</table>")
    care = (f"Buiten de logeerperiodes zorgt {e(cn)} thuis voor {e(rn)}, <b>dag en nacht, 24 uur per dag</b>. Juist om die zware zorg vol te houden is respijtzorg ingezet."
            if clock else f"Buiten de logeerperiodes zorgt {e(cn)} overdag voor {e(rn)}. 's Nachts is geen zorg nodig.")
    body = (
        f"<div style='font-size:17pt;color:#7a4b12'>{e(house)}</div><div class='small'>{e(place.line1())} &middot; {e(values.postcode_text(place.postcode, True))} {e(place.city)}</div>"
        f"<p style='margin-top:10mm'>Datum: {c.d(issue)}</p>"
        "<p><b>Betreft: bevestiging logeeropvang en verklaring mantelzorg</b></p>"
        "<p>Aan wie het aangaat,</p>"
        f"<p>{e(rn)} (geboren {e(values.date_text(recipient.birth_date, 'dash'))}) komt bij ons logeren om de mantelzorger te ontlasten. De volgende verblijven zijn geboekt:</p>"
        + table
        + f"<p class='small'>Eigen bijdrage per etmaal: {c.a(fee)}.</p>"
        f"<p>{care}</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(coordinator.name('first'))}<br>coördinator, {e(house)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(cn, rn, clock, issue, house)


# --- fresh16 split ---------------------------------------------------------------------------

_ZORGMAP16 = ("Buurtzorg team Kanaleneiland", "Vivium Thuiszorg", "Evean Wijkverpleging", "Careyn Thuiszorg", "Zorggroep Ena wijkverpleging",
              "Amsta Thuiszorg")
_ROUTINE16 = ("Ochtendzorg gedaan, cliënt rustig. Steunkousen aan.", "Wond li. been verzorgd, ziet er goed uit.", "Medicatie uitgezet voor de week.",
              "Cliënt 's nachts onrustig geweest volgens familie.", "Douchen met hulp, gewicht stabiel.", "Overleg met huisarts over pijnstilling.")


def zorgmap_rapportageblad_wijkverpleging(c: Ctx):
    """Fresh16. A sheet from the care file ("zorgmap") that lies at the client's home: the home-care organisation's printed head, the client's label (the recipient as "Meer, van der, J.C." or otherwise, birth date and client number as decoys), a ruled table "Datum | Tijd | Rapportage | Paraaf" whose rows are written by hand by several nurses with their own dates as "5 mrt '26" (decoys), the last row the district nurse's statement for the corporation naming the carer ("J.C. vd Meer" or otherwise) with care day and night or not at night; the organisation is the issuer, the last row's date the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle16(dates=("short_apos",), amounts=("euro",))
    carer, recipient, clock, issue, _address = _facts(c)
    org = c.rng.choice(_ZORGMAP16)
    cn = carer.name(c.pick("initials_vd", "first", "all"))
    rn = recipient.name(c.pick("reversed_double_comma", "initials", "all"))
    hand = c.pick("Comic Neue", "Jura")
    ink = lambda text, colour="#1a2f8a": f"<span style=\"font-family:'{hand}', cursive;color:{colour};font-size:10.5pt\">{text}</span>"  # noqa: E731
    nurse = c.person(born=(1965, 1998))
    entries = []
    for k in sorted(c.rng.sample(range(1, 20), c.rng.randint(2, 4)), reverse=True):
        day = issue - dt.timedelta(days=k)
        entries.append((values.date_text(day, "short_apos"), f"{c.rng.randint(7, 21):02d}:{c.rng.choice(('00', '15', '30', '45'))}", c.rng.choice(_ROUTINE16),
                        c.person().name("initials").split()[0]))
    statement = (f"Verklaring t.b.v. woningcorporatie: {e(cn)} verzorgt cliënt dagelijks en woont bij cliënt in. Zorg en toezicht zijn 24 uur per dag nodig, ook 's nachts."
                 if clock else f"Verklaring t.b.v. woningcorporatie: {e(cn)} helpt cliënt overdag (boodschappen, medicatie, administratie). 's Nachts is geen zorg of toezicht nodig.")
    rows = "".join(f"<tr><td>{ink(e(d))}</td><td>{ink(e(t))}</td><td>{ink(e(x))}</td><td>{ink(e(p))}</td></tr>" for d, t, x, p in entries)
    rows += (f"<tr><td>{ink(c.d(issue), '#111')}</td><td>{ink(f'{c.rng.randint(9, 16):02d}:00', '#111')}</td><td>{ink(statement, '#111')}<br>"
             f"{ink(e(nurse.name('initials')) + ', wijkverpleegkundige', '#111')}</td><td>{ink(e(nurse.name('initials').split()[0]), '#111')}</td></tr>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:13pt'>{e(org)}</span><br><span class='small'>Zorgdossier &middot; rapportage</span></td>"
        f"<td style='width:75mm'><div style='border:0.6px solid #555;padding:1.5mm 2.5mm;font-size:8.5pt'>Cliënt: <b>{e(rn)}</b><br>Geb.datum: "
        f"{e(values.date_text(recipient.birth_date, 'dash'))}<br>Cliëntnr.: {c.rng.randint(100000, 999999)}</div></td></tr></table>"
        "<h2>Rapportage</h2>"
        "<table class='ruled' style='width:100%;table-layout:fixed'><tr><th style='width:22mm'>Datum</th><th style='width:14mm'>Tijd</th><th>Rapportage</th>"
        f"<th style='width:16mm'>Paraaf</th></tr>{rows}</table>"
        "<p class='small' style='margin-top:5mm'>Dit blad hoort bij het zorgdossier en blijft bij de cliënt. Bij vragen: bel het team.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(cn, rn, clock, issue, org)


_ARBO16 = ("Arbo Unie", "ArboNed", "HumanCapitalCare", "Zorg van de Zaak", "365 Arbodienst")
_RELATIONS16 = ("moeder", "vader", "partner", "dochter", "zoon", "schoonmoeder")


def arbodienst_zorgverlof_verklaring(c: Ctx):
    """Fresh16. An occupational health service's letter to the employer's HR department about an employee's request for long-term care leave: the employer, the employee's staff number, the consultation's day and the leave asked (half the working week between two dates) as decoys; it states that the employee gives the care to a named relative and whether presence day and night (24 hours a day) is needed; signed by the company doctor with a BIG number; the occupational health service is the issuer."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Open Sans", "DejaVu Sans")))
    c.restyle16(dates=("short_cap_nodot", "long", "dash"), amounts=("euro",))
    carer, recipient, clock, issue, _address = _facts(c)
    org = c.rng.choice(_ARBO16)
    employer = c.pick("Technische Unie B.V.", "Gemeente Almere", "Zorggroep Rivierenland", "Albert Heijn B.V.", "Stichting Openbaar Onderwijs Noord")
    cn = carer.name(c.pick("all", "initials", "first"))
    rn = recipient.name(c.pick("all", "initials", "first"))
    relation = c.rng.choice(_RELATIONS16)
    consult = issue - dt.timedelta(days=c.rng.randint(2, 14))
    leave_from = issue + dt.timedelta(days=c.rng.randint(7, 30))
    leave_to = leave_from + dt.timedelta(weeks=6)
    doctor = c.person(born=(1960, 1990))
    need = ("De zorgsituatie is zodanig dat aanwezigheid en toezicht dag en nacht nodig zijn (24 uur per dag). Uw medewerker geeft deze zorg grotendeels zelf."
            if clock else "De zorg bestaat uit hulp overdag; 's nachts is geen aanwezigheid of toezicht nodig.")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(org)}</span><br><span class='small'>arbodienstverlening</span></td>"
        f"<td class='right small'>Datum: {c.d(issue)}<br>Ons kenmerk: AD-{c.rng.randint(100000, 999999)}</td></tr></table>"
        + address_block([employer, "t.a.v. afdeling HR", "Vertrouwelijk"])
        + f"<p><b>Betreft: verklaring zorgsituatie ten behoeve van langdurend zorgverlof</b><br>Medewerker: {e(cn)}, personeelsnummer {c.rng.randint(10000, 99999)}</p>"
        f"<p>Op {e(values.date_text(consult, 'long'))} had ik een gesprek met uw medewerker {e(cn)}. Uw medewerker is mantelzorger voor {e(relation)} {e(rn)}.</p>"
        f"<p>{need}</p>"
        f"<p>Uw medewerker vraagt langdurend zorgverlof voor de helft van de arbeidsduur van {e(values.date_text(leave_from, 'long'))} tot en met "
        f"{e(values.date_text(leave_to, 'long'))}. Medisch gezien zie ik geen bezwaar. Medische gegevens van de verzorgde worden niet gedeeld.</p>"
        f"<p style='margin-top:6mm'>Met vriendelijke groet,<br><br>{e(doctor.name('initials'))}, bedrijfsarts<br><span class='small'>BIG-registratie {c.rng.randint(10000000000, 99999999999)}</span><br>{e(org)}</p>"
        f"<p class='small'>Kopie: {e(cn)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(cn, rn, clock, issue, org)


# --- fresh17 split ---------------------------------------------------------------------------

_MEE17 = ("MEE Zuid-Holland Noord", "MEE Utrecht, Gooi & Vecht", "MEE Amstel en Zaan", "MEE Oost-Gelderland", "MEE Friesland", "MEE Zeeland")
_DAYCARE17 = ("De Wissel dagbesteding", "Zorgboerderij 't Kloosterhof", "Activiteitencentrum De Schakel", "Atelier Buitengewoon")


def mee_clientondersteuner_verklaring_vraagblokken(c: Ctx):
    """Fresh17. A statement by an independent client support worker of a MEE organisation (support for people with a disability),
    written as numbered questions with the answers in shaded blocks under them: who gives the care, to whom (with birth date, a decoy
    date), the relation, how much care is needed (day and night or not), since when (a decoy date) and what other help there is (a day
    centre's name and days as decoys); the MEE organisation the issuer, the date beside the worker's signature the issue date."""
    c.font_of(c.pick(("Open Sans", "Cantarell"), ("Carlito", "Liberation Sans")))
    c.restyle17(dates=("wd_nopad", "long"), amounts=("euro",))
    carer, recipient, clock, issue, address = _facts(c)
    org = c.rng.choice(_MEE17)
    cn = carer.name(c.pick("all", "first", "initials"))
    rn = recipient.name(c.pick("all", "first"))
    worker = c.person(born=(1965, 1998))
    since = issue - dt.timedelta(days=c.rng.randint(400, 3000))
    need = ("Er is dag en nacht zorg en toezicht nodig, 24 uur per dag. De mantelzorger woont daarvoor bij de cliënt in en is ook 's nachts beschikbaar."
            if clock else "Er is dagelijks hulp nodig bij het huishouden, de administratie en afspraken buiten de deur. 's Nachts is geen toezicht nodig.")
    daycare = c.rng.choice(_DAYCARE17)
    qa = [("Wie geeft de zorg?", f"<b>{e(cn)}</b>"),
          ("Aan wie wordt de zorg gegeven?", f"<b>{e(rn)}</b>, geboren {e(values.date_text(recipient.birth_date, 'dash'))}, {e(address.line1())}, {e(address.city)}"),
          ("Wat is de relatie tussen mantelzorger en cliënt?", e(c.pick("ouder en volwassen kind", "broer/zus", "partners", "kind en ouder"))),
          ("Hoeveel zorg is er nodig?", e(need)),
          ("Sinds wanneer is deze zorg nodig?", e(values.date_text(since, "long"))),
          ("Welke andere hulp is er?", f"Dagbesteding bij {e(daycare)}, {c.pick('twee', 'drie')} dagen per week; verder geen professionele zorg thuis.")]
    blocks = "".join(f"<div style='margin-top:3.5mm'><span style='color:#8a1c5c;font-weight:bold'>{i}.</span> {e(q)}"
                     f"<div style='background:#f5eef2;padding:2mm 3mm;margin-top:1mm'>{a}</div></div>" for i, (q, a) in enumerate(qa, start=1))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:#8a1c5c'>{e(org)}</span><br>"
        "<span class='small'>onafhankelijke cliëntondersteuning</span></td><td class='right small'>Dossiernummer "
        f"{c.rng.randint(20000, 99999)}/{c.rng.randint(1, 9)}</td></tr></table>"
        "<h1 style='margin-top:6mm;font-size:14pt'>Verklaring mantelzorg</h1>"
        "<p class='small'>Deze verklaring is opgesteld op verzoek van de cliënt en de mantelzorger, voor een aanvraag bij de woningcorporatie.</p>"
        + blocks
        + f"<p style='margin-top:6mm'>Datum: {c.d(issue)}<br>{e(worker.name('first'))}, cliëntondersteuner<br>{e(org)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(cn, rn, clock, issue, org)


_CHILDREN17 = ("Wilhelmina Kinderziekenhuis", "Emma Kinderziekenhuis", "Sophia Kinderziekenhuis", "Juliana Kinderziekenhuis",
               "Beatrix Kinderziekenhuis", "Amalia kinderziekenhuis")


def kinderarts_emb_verklaring_ouders(c: Ctx):
    """Fresh17. A paediatrician's letter from a children's hospital about a child with profound multiple disabilities, for the
    parents' application: the child (the care recipient) with birth date and patient number, both parents named (one the main carer, the
    other a decoy name), the last outpatient visit (a decoy date), whether care and supervision are needed day and night, signed by the
    paediatrician; the children's hospital the issuer, "Datum brief" the issue date."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "wd_nopad"), amounts=("euro",))
    _carer, _recipient, clock, issue, address = _facts(c)
    hospital = c.rng.choice(_CHILDREN17)
    carer = c.person(born=(1974, 1996))
    other = c.person(sex="m" if carer.sex == "f" else "f", born=(1970, 1996))
    child = c.person(born=(2008, 2022), surname=c.rng.choice((carer.surname, other.surname)), origin=people.origin_of(carer))
    cn = carer.name(c.pick("all", "initials", "first"))
    rn = child.name(c.pick("first", "all"))
    role = "moeder" if carer.sex == "f" else "vader"
    visit = issue - dt.timedelta(days=c.rng.randint(5, 60))
    doctor = c.person(born=(1960, 1990))
    need = (f"{e(rn)} heeft dag en nacht zorg en toezicht nodig, 24 uur per dag: sondevoeding, epilepsie die ook 's nachts optreedt, en hulp bij alles."
            if clock else f"{e(rn)} heeft overdag veel zorg nodig; 's nachts slaapt {e(child.given[0])} in de regel door en is geen toezicht nodig.")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(hospital)}</span><br><span class='small'>Afdeling Kindergeneeskunde</span></td>"
        f"<td class='right small'>Datum brief: {c.d(issue)}<br>Patiëntnummer {c.rng.randint(1000000, 9999999)}</td></tr></table>"
        + address_block([f"{'Mevrouw' if carer.sex == 'f' else 'De heer'} {carer.name('initials')}", address.line1(),
                         f"{values.postcode_text(address.postcode, True)}  {address.city}"])
        + f"<p><b>Betreft: {e(rn)}, geboren {e(values.date_text(child.birth_date, 'long'))}</b></p>"
        "<p>Geachte ouders,</p>"
        f"<p>Op uw verzoek schrijf ik deze verklaring. {e(rn)} is bij ons bekend met ernstige meervoudige beperkingen en kwam het laatst op de polikliniek op "
        f"{e(values.date_text(visit, 'long'))}.</p>"
        f"<p>{need}</p>"
        f"<p>De zorg wordt vooral gegeven door de {role}, <b>{e(cn)}</b>. {e(other.name('first'))} werkt buitenshuis en helpt in de avonden en weekenden.</p>"
        f"<p>Met vriendelijke groet,<br><br>dr. {e(doctor.name('initials'))}<br>kinderarts<br>{e(hospital)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(cn, rn, clock, issue, hospital)


# --- fresh18 split ---------------------------------------------------------------------------

_VPTZ18 = ("VPTZ Amersfoort e.o.", "VPTZ Zuid-Kennemerland", "Stichting VPTZ Leiden", "VPTZ Noord-Veluwe", "VPTZ Midden-Brabant")


def vptz_coordinator_verklaring_thuiswaken(c: Ctx):
    """Fresh18. A statement by the coordinator of a volunteers' organisation for palliative terminal care at home (VPTZ): the ill
    person (the recipient, with a decoy birth date), the carer who looks after them, the GP's terminal declaration with its own date, the
    day the volunteers' night watches began and how many nights a week (decoys), whether care is needed day and night; the organisation
    the issuer, the date under the coordinator's name the issue date."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Open Sans", "Carlito")))
    c.restyle17(dates=("long", "short", "iso"), amounts=("euro",))
    carer, recipient, clock, issue, address = _facts(c)
    org = c.rng.choice(_VPTZ18)
    cn = carer.name(c.pick("all", "first", "initials"))
    rn = recipient.name(c.pick("initials", "first", "all"))
    coordinator = c.person(born=(1955, 1990))
    terminal = issue - dt.timedelta(days=c.rng.randint(10, 70))
    watches = terminal + dt.timedelta(days=c.rng.randint(2, 8))
    nights = c.pick("twee", "drie", "vier")
    need = ("De zorg is intensief: er is dag en nacht, 24 uur per dag, iemand bij de cliënt nodig. Overdag en in de overige nachten doet de mantelzorger dit zelf."
            if clock else "De cliënt heeft overdag hulp nodig; 's nachts is er op dit moment geen toezicht nodig en waken wij alleen op verzoek.")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#5b4a8a'>{e(org)}</span><br>"
        "<span class='small'>vrijwilligers palliatieve terminale zorg</span></td>"
        f"<td class='right small'>Coördinatie: 06-{c.rng.randint(10000000, 99999999)}<br>Inzetnummer {c.rng.randint(100, 999)}</td></tr></table>"
        "<h2 style='margin-top:8mm'>Verklaring inzet vrijwilligers bij zorg thuis</h2>"
        f"<p>Hierbij verklaart {e(org)} dat haar vrijwilligers sinds {e(values.date_text(watches, 'long'))} {nights} nachten per week waken bij "
        f"<b>{e(rn)}</b> (geboren {e(values.date_text(recipient.birth_date, 'dash'))}), {e(address.line1())}, {e(address.city)}. "
        f"De huisarts heeft op {e(values.date_text(terminal, 'dash'))} een terminaalverklaring afgegeven.</p>"
        f"<p>De zorg voor de cliënt wordt gedragen door <b>{e(cn)}</b>, die als mantelzorger bij de cliënt woont. Onze vrijwilligers ondersteunen; zij nemen de zorg niet over.</p>"
        f"<p>{e(need)}</p>"
        f"<p style='margin-top:8mm'>{e(coordinator.name('first'))}<br>coördinator<br>{c.d(issue)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(cn, rn, clock, issue, org)


_REVAL18 = ("Revalidatiecentrum De Hoogstraat", "Sint Maartenskliniek", "Basalt revalidatie", "Merem medische revalidatie",
            "Adelante zorggroep", "Revant revalidatie")
_AIDS18 = ("Elektrische rolstoel", "Plafondtillift", "Hoog-laagbed met antidecubitusmatras", "Spraakcomputer", "Douche-toiletstoel")


def als_team_revalidatiearts_verklaring(c: Ctx):
    """Fresh18. A letter from a revalidation centre's ALS team, written by the rehabilitation physician for the patient's partner or
    child: the patient (the recipient) with the day of diagnosis and the neurologist (decoys), a table of the aids supplied with their
    delivery dates (decoy dates), whether care is needed day and night (night ventilation and turning) and who gives it; the centre the
    issuer, "Datum" in the head the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("iso", "short", "long"), amounts=("euro",))
    carer, recipient, clock, issue, address = _facts(c)
    centre = c.rng.choice(_REVAL18)
    cn = carer.name(c.pick("initials", "all"))
    rn = recipient.name(c.pick("all", "initials", "reversed"))
    diagnosed = issue - dt.timedelta(days=c.rng.randint(200, 1400))
    neurologist, doctor = c.person(born=(1960, 1988)), c.person(born=(1962, 1990))
    aids = "".join(f"<tr><td>{e(a)}</td><td>{e(values.date_text(issue - dt.timedelta(days=c.rng.randint(20, 600)), 'dash'))}</td></tr>"
                   for a in c.rng.sample(_AIDS18, 3))
    need = ("Mijn patiënt wordt 's nachts beademd en moet ook 's nachts worden omgedraaid en uitgezogen. Er is daarom dag en nacht zorg nodig, 24 uur per dag."
            if clock else "Mijn patiënt heeft overdag hulp nodig bij verplaatsen, eten en verzorging. 's Nachts is er nu nog geen zorg nodig.")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(centre)}</span><br><span class='small'>ALS-team &middot; revalidatiegeneeskunde</span></td>"
        f"<td class='right small'>Datum {c.d(issue)}<br>Onze referentie ALS/{c.rng.randint(1000, 9999)}</td></tr></table>"
        + address_block([f"{'De heer' if carer.sex == 'm' else 'Mevrouw'} {carer.name('initials')}", address.line1(), f"{values.postcode_text(address.postcode, True)}  {address.city}"])
        + f"<p><b>Betreft: {e(rn)}, verklaring ten behoeve van de woningcorporatie</b></p>"
        f"<p>Bij {e(rn)} is op {e(values.date_text(diagnosed, 'long'))} door neuroloog {e(neurologist.name('initials'))} de diagnose ALS gesteld. Ons team begeleidt sindsdien de behandeling.</p>"
        f"<p>{e(need)}</p>"
        f"<p>De dagelijkse zorg wordt gegeven door <b>{e(cn)}</b>, die daarvoor bij de patiënt woont.</p>"
        "<p class='small'>Verstrekte hulpmiddelen:</p><table class='ruled' style='font-size:8.6pt'><tr><th>Hulpmiddel</th><th>Geleverd</th></tr>" + aids + "</table>"
        f"<p style='margin-top:6mm'>Met vriendelijke groet,<br><br>{e(doctor.name('initials'))}, revalidatiearts<br>{e(centre)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(cn, rn, clock, issue, centre)


# --- fresh19 split ---------------------------------------------------------------------------

_DIALYSE19 = ("Dianet Dialysecentrum Utrecht", "Dirinq Dialysecentrum Rotterdam", "Dialysecentrum Beverwijk", "Niercentrum Isala Zwolle",
              "Dialysecentrum Deurne", "Nierziekten & Dialyse Catharina Ziekenhuis")


def thuisdialyse_centrum_partnerverklaring(c: Ctx):
    """Fresh19. A dialysis centre's statement on a patient on home haemodialysis (thuishemodialyse) whose partner or child has been
    trained to assist: the start of home dialysis, the number of dialysis nights per week, the next outpatient visit and the patient
    number (decoys), the nephrologist who signs (a decoy name), whether the patient needs someone at hand day and night; the centre the
    issuer, "Datum" in the reference block the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad"), amounts=("euro",))
    carer, recipient, clock, issue, address = _facts(c)
    centre = c.rng.choice(_DIALYSE19)
    cn = carer.name(c.pick("all", "initials", "first"))
    rn = recipient.name(c.pick("initials", "all", "reversed"))
    began = issue - dt.timedelta(days=c.rng.randint(60, 900))
    visit = issue + dt.timedelta(days=c.rng.randint(10, 60))
    nephro = c.person(born=(1960, 1988))
    need = ("Omdat de dialyse 's nachts plaatsvindt en de patiënt ook overdag hulp nodig heeft, is er dag en nacht, 24 uur per dag, zorg van de "
            "mantelzorger nodig." if clock else "Overdag redt de patiënt zich grotendeels zelf; de mantelzorger is nodig tijdens de dialyse en bij het klaarzetten van de apparatuur.")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#0a5c8a'>{e(centre)}</span><br><span class='small'>afdeling thuisdialyse</span></td>"
        "<td class='right small'>"
        + kv([("Datum", c.d(issue)), ("Patiëntnummer", f"{c.rng.randint(1000000, 9999999)}"), ("Behandelaar", e(f"{nephro.name('initials')}, nefroloog"))])
        + "</td></tr></table>"
        "<h2 style='margin-top:8mm'>Verklaring mantelzorg bij thuishemodialyse</h2>"
        f"<p>Patiënt <b>{e(rn)}</b> (geboren {e(values.date_text(recipient.birth_date, 'dash'))}) dialyseert sinds {e(values.date_text(began, 'long'))} thuis, "
        f"{c.pick('drie', 'vier', 'vijf', 'zes')} nachten per week.</p>"
        f"<p>Bij thuisdialyse moet een getrainde naaste aanwezig zijn. Die rol heeft <b>{e(cn)}</b>; de opleiding bij ons centrum is met goed gevolg afgerond.</p>"
        f"<p>{e(need)}</p>"
        f"<p class='small'>De volgende controle op de polikliniek staat gepland op {e(values.date_text(visit, 'long'))}.</p>"
        f"<p style='margin-top:6mm'>Met vriendelijke groet,<br><br>{e(nephro.name('initials'))}, nefroloog<br>{e(centre)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(cn, rn, clock, issue, centre)


_VISIO19 = ("Koninklijke Visio", "Bartiméus", "Koninklijke Visio, locatie Haren", "Bartiméus Zeist")
_AIDS19 = ("beeldschermloep", "voorleesapparaat", "sprekende weegschaal", "taststok", "daisyspeler", "vergrotingssoftware")


def visio_ambulant_begeleider_grootletter(c: Ctx):
    """Fresh19. A large-print letter (16 pt, high contrast) from an ambulant counsellor of an expertise centre for the blind and
    partially sighted: the client (the recipient) with the visual acuity of each eye, the day of the home visit and the aids supplied
    (decoys), the family member who helps, whether help is needed day and night; the counsellor's name a decoy, the centre the issuer,
    the date on its own line under the letterhead the issue date."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Open Sans", "Carlito")))
    c.restyle17(dates=("long", "weekday", "dash"), amounts=("euro",))
    carer, recipient, clock, issue, address = _facts(c)
    centre = c.rng.choice(_VISIO19)
    cn = carer.name(c.pick("all", "first"))
    rn = recipient.name(c.pick("all", "initials"))
    seen = issue - dt.timedelta(days=c.rng.randint(5, 40))
    counsellor = c.person(born=(1965, 1995))
    need = (f"{rn} kan niet meer alleen zijn. Er is dag en nacht iemand nodig: 24 uur per dag." if clock
            else f"{rn} heeft hulp nodig bij post, medicijnen en boodschappen. 's Nachts is geen hulp nodig.")
    body = (
        f"<div class='logo' style='font-size:20pt'>{e(centre)}</div><div style='font-size:12pt'>expertisecentrum voor blinde en slechtziende mensen</div>"
        f"<p style='margin-top:8mm'>{c.d(issue)}</p>"
        "<h1 style='font-size:20pt'>Verklaring mantelzorg</h1>"
        f"<p>Ik ben ambulant begeleider van <b>{e(rn)}</b>. Ik was op huisbezoek op {e(values.date_text(seen, 'long'))}.</p>"
        f"<p>Het zicht is sterk verminderd: visus rechts 0,{c.rng.randint(1, 9):02d}, links 0,{c.rng.randint(1, 9):02d}.</p>"
        f"<p>Wij leverden: {e(', '.join(c.rng.sample(_AIDS19, 2)))}.</p>"
        f"<p>De mantelzorger is <b>{e(cn)}</b>.</p>"
        f"<p>{e(need)}</p>"
        f"<p style='margin-top:8mm'>{e(counsellor.name('first'))}<br>ambulant begeleider<br>{e(centre)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 16pt; line-height: 1.5; color: #000; }"), _truth(cn, rn, clock, issue, centre)


# --- fresh20 split ---------------------------------------------------------------------------

_MEMORY20 = ("Geheugenpolikliniek Rijnstate", "Geheugenpoli Gelre ziekenhuizen", "Geheugenpoli Jeroen Bosch Ziekenhuis", "Geheugenpolikliniek Maasstad Ziekenhuis",
             "Alzheimercentrum Limburg, MUMC+", "Geheugenpoli Spaarne Gasthuis")
_DIAGNOSES20 = ("de ziekte van Alzheimer", "een vasculaire dementie", "een gemengde dementie (Alzheimer en vasculair)", "Lewy body dementie")


def geheugenpoli_geriater_diagnosebrief(c: Ctx):
    """Fresh20. A memory clinic's letter by a clinical geriatrician after the diagnosis of dementia: a table of test results (MMSE score,
    clock-drawing test, the neuropsychological examination's day), the day of the diagnosis, the patient number and the next appointment
    as decoys; the partner or child named as the carer, and whether the patient can no longer be left alone day and night; the clinic the
    issuer, "Datum" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Caladea", "DejaVu Serif")))
    c.restyle17(dates=("long", "dash", "short_nodot"), amounts=("euro",))
    carer, recipient, clock, issue, _address = _facts(c)
    recipient = c.person(born=(1934, 1962), titled=0.08)
    clinic = c.rng.choice(_MEMORY20)
    cn = carer.name(c.pick("all", "initials", "first"))
    rn = recipient.name(c.pick("initials", "all", "reversed_initials"))
    npo = issue - dt.timedelta(days=c.rng.randint(30, 200))
    diagnosed = npo + dt.timedelta(days=c.rng.randint(7, 25))
    geriatrician = c.person(born=(1962, 1990))
    relation = c.pick("partner", "dochter" if carer.sex == "f" else "zoon")
    need = (f"{recipient.salutation()} {recipient.surname} kan niet meer alleen thuis blijven. Er is dag en nacht toezicht nodig, 24 uur per dag; dit toezicht "
            f"wordt gegeven door {cn}." if clock else
            f"Overdag is begeleiding door de mantelzorger nodig bij de dagstructuur en de medicatie; 's nachts is (nog) geen toezicht nodig.")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#2b5d8a'>{e(clinic)}</span><br><span class='small'>Vakgroep geriatrie</span></td>"
        "<td class='right small' style='width:62mm'>" + kv([("Datum", f"<span style='white-space:nowrap'>{c.d(issue)}</span>"),
                                                           ("Patiëntnummer", f"{c.rng.randint(1000000, 9999999)}")]) + "</td></tr></table>"
        "<h2 style='margin-top:8mm'>Verklaring ten behoeve van de woningcorporatie</h2>"
        f"<p>Betreft: <b>{e(rn)}</b>, geboren {e(values.date_text(recipient.birth_date, 'dash'))}</p>"
        f"<p>Bovengenoemde patiënt is bij onze geheugenpolikliniek bekend. Op {e(values.date_text(diagnosed, 'long'))} is de diagnose {e(c.rng.choice(_DIAGNOSES20))} gesteld.</p>"
        "<table class='ruled' style='width:80%;font-size:9pt;margin:3mm 0'><tr><th>Onderzoek</th><th>Uitslag</th><th>Datum</th></tr>"
        f"<tr><td>MMSE</td><td>{c.rng.randint(12, 24)}/30</td><td>{e(values.date_text(npo, 'dash'))}</td></tr>"
        f"<tr><td>Kloktekentest</td><td>{c.rng.randint(1, 4)}/5</td><td>{e(values.date_text(npo, 'dash'))}</td></tr>"
        f"<tr><td>Neuropsychologisch onderzoek</td><td>afwijkend</td><td>{e(values.date_text(npo + dt.timedelta(days=c.rng.randint(1, 6)), 'dash'))}</td></tr></table>"
        f"<p>De dagelijkse zorg wordt gegeven door {e(relation)} <b>{e(cn)}</b>, die als mantelzorger bij ons bekend is.</p>"
        f"<p>{e(need)}</p>"
        f"<p class='small'>Volgende afspraak op de polikliniek: {e(values.date_text(issue + dt.timedelta(days=c.rng.randint(60, 180)), 'long'))}.</p>"
        f"<p style='margin-top:6mm'>Met vriendelijke groet,<br><br>{e(geriatrician.name('initials'))}, klinisch geriater<br>{e(clinic)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(cn, rn, clock, issue, clinic)


_PROVIDERS20 = ("'s Heeren Loo", "Philadelphia Zorg", "Ipse de Bruggen", "Amarant", "Severinen", "Cordaan", "ASVZ")


def ondersteuningsplan_netwerk_vaststelling(c: Ctx):
    """Fresh20. The last page of a care provider's support plan ("ondersteuningsplan") for a client with a learning disability who lives
    at home: a running head with the client and "pagina 7 van 7", a table of the network (the carer, another relative and the personal
    counsellor with their roles: a decoy name), the supervision the client needs (day and night or by day), "Plan vastgesteld op" (the issue
    date), the plan's term and the evaluation day and the signatories' own later dates as decoys; the provider the issuer."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("dash", "wd_nopad", "long"), amounts=("euro",))
    carer, recipient, clock, issue, _address = _facts(c)
    recipient = c.person(born=(1975, 2006), surname=carer.surname if c.rng.random() < 0.6 else None)
    provider = c.rng.choice(_PROVIDERS20)
    cn = carer.name(c.pick("all", "first", "initials"))
    rn = recipient.name(c.pick("first", "all", "initials"))
    other = c.person(born=(1950, 2000), surname=recipient.surname)
    mentor = c.person(born=(1975, 2000))
    until = dt.date(issue.year + 1, issue.month, 1) - dt.timedelta(days=1)
    evaluation = issue + dt.timedelta(days=c.rng.randint(150, 200))
    superv = (f"{e(rn)} heeft 24 uur per dag toezicht nodig, ook 's nachts. Dit toezicht wordt thuis gegeven door {e(cn)}; de begeleiding van "
              f"{e(provider)} komt daarbij." if clock else
              f"{e(rn)} kan 's nachts en een deel van de dag zelfstandig zijn. {e(cn)} ondersteunt overdag bij plannen, geldzaken en afspraken.")
    sig = [("Cliënt", e(rn), e(values.date_text(issue + dt.timedelta(days=c.rng.randint(1, 9)), "dash"))),
           ("Mantelzorger", e(cn), e(values.date_text(issue + dt.timedelta(days=c.rng.randint(1, 9)), "dash"))),
           ("Persoonlijk begeleider", e(mentor.name("first")), e(values.date_text(issue, "dash")))]
    body = (
        f"<div style='display:flex;justify-content:space-between;font-size:7.6pt;color:#555;border-bottom:0.6px solid #999'><span>{e(provider)} &middot; "
        f"Ondersteuningsplan {e(rn)}</span><span>pagina 7 van 7</span></div>"
        "<h3 style='margin-top:6mm'>6 &nbsp;Netwerk en mantelzorg</h3>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Naam</th><th>Relatie</th><th>Rol</th></tr>"
        f"<tr><td>{e(cn)}</td><td>{e(c.pick('moeder', 'vader', 'zus', 'broer', 'partner'))}</td><td>mantelzorger, woont samen met {e(rn)}</td></tr>"
        f"<tr><td>{e(other.name('first'))}</td><td>{e(c.pick('tante', 'oom', 'grootmoeder', 'zus', 'broer'))}</td><td>logeeradres in het weekend (1x per maand)</td></tr>"
        f"<tr><td>{e(mentor.name('first'))}</td><td>{e(provider)}</td><td>persoonlijk begeleider, {c.rng.randint(3, 8)} uur per week</td></tr></table>"
        f"<h3>7 &nbsp;Toezicht</h3><p>{superv}</p>"
        "<h3>8 &nbsp;Vaststelling</h3>"
        + kv([("Plan vastgesteld op", f"<b>{c.d(issue)}</b>"), ("Looptijd plan", f"{e(values.date_text(issue, 'dash'))} t/m {e(values.date_text(until, 'dash'))}"),
              ("Evaluatie gepland", e(values.date_text(evaluation, "long"))), ("Financiering", c.pick("Wlz (zorgprofiel VG)", "Wmo begeleiding", "Wlz, modulair pakket thuis"))],
             label_width="48mm")
        + "<p class='small'>Deze pagina mag worden gebruikt als verklaring van de mantelzorg bij een aanvraag van de woningcorporatie.</p>"
        + signature_table(sig)
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(cn, rn, clock, issue, provider)


# --- fresh21 split ---------------------------------------------------------------------------

_HOSPITALS21 = ("Ziekenhuis Gelderse Vallei", "Deventer Ziekenhuis", "Zuyderland Medisch Centrum", "Ziekenhuis Amstelland", "Tergooi MC", "Wilhelmina Ziekenhuis Assen",
                "Franciscus Gasthuis & Vlietland")
_DRUGS21 = ("levodopa/carbidopa 125 mg", "levodopa/benserazide 125 mg", "pramipexol 0,7 mg", "rasagiline 1 mg", "entacapon 200 mg")


def parkinsonverpleegkundige_medicatietijden(c: Ctx):
    """Fresh21. A letter by a hospital's Parkinson nurse specialist (neurology outpatient clinic) about a patient with advanced Parkinson's
    disease: the patient with birth date and patient number, the Hoehn and Yahr stage, the year of diagnosis, the treating neurologist, a
    table of medication times through the day and night and the next check-up (decoys); the partner or child named as the carer who gives
    the medicines and whether care is needed day and night; the hospital the issuer, "Datum" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "Cantarell")))
    c.restyle17(dates=("long", "dash", "wd_nopad", "short_nodot"), amounts=("euro",))
    carer, recipient, clock, issue, _address = _facts(c)
    recipient = c.person(born=(1936, 1966), titled=0.06)
    hospital = c.rng.choice(_HOSPITALS21)
    cn = carer.name(c.pick("all", "first", "initials"))
    rn = recipient.name(c.pick("all", "initials", "reversed_initials"))
    nurse, neurologist = c.person(born=(1965, 1994)), c.person(born=(1960, 1988))
    times = ["07:00", "10:30", "14:00", "17:30", "21:00"] + (["03:00"] if clock else [])
    drugs = c.rng.sample(_DRUGS21, 2)
    schedule = "".join(f"<tr><td>{t}</td><td>{e(drugs[0])}</td><td>{'1' if i % 2 == 0 else '1/2'}</td><td>{e(drugs[1]) if i in (0, 3) else ''}</td></tr>"
                       for i, t in enumerate(times))
    need = (f"Door de wisselingen in het effect van de medicatie (on/off) en het valrisico, ook 's nachts, is 24 uur per dag toezicht en hulp nodig. "
            f"{e(cn)} geeft deze zorg en is dag en nacht aanwezig." if clock else
            f"{e(cn)} helpt overdag bij de medicatie, het aankleden en het douchen. 's Nachts redt de patiënt zich nog zelf.")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#1f5f8b'>{e(hospital)}</span><br>"
        "<span class='small'>Afdeling Neurologie &middot; Parkinsonpolikliniek</span></td>"
        "<td class='right small' style='width:64mm'>" + kv([("Datum", f"<span style='white-space:nowrap'>{c.d(issue)}</span>"),
                                                           ("Patiëntnummer", str(c.rng.randint(1000000, 9999999)))]) + "</td></tr></table>"
        "<h2 style='margin-top:8mm'>Verklaring mantelzorg</h2>"
        f"<p>Hierbij verklaar ik dat <b>{e(rn)}</b>, geboren {e(values.date_text(recipient.birth_date, 'dash'))}, onder behandeling is bij onze Parkinsonpolikliniek "
        f"(neuroloog: {e(neurologist.titled('initials'))}). De ziekte van Parkinson is vastgesteld in {issue.year - c.rng.randint(4, 15)}; stadium Hoehn &amp; Yahr "
        f"{c.pick('3', '3', '4', '4', '5')}.</p>"
        f"<p>De mantelzorg wordt gegeven door {c.pick('partner', 'zoon' if carer.sex == 'm' else 'dochter')} <b>{e(cn)}</b>.</p>"
        f"<p>{need}</p>"
        "<h3>Innametijden medicatie</h3>"
        "<table class='ruled' style='width:90%;font-size:9pt'><tr><th>Tijd</th><th>Middel</th><th>Aantal</th><th>Daarnaast</th></tr>" + schedule + "</table>"
        f"<p class='small'>Volgende controle: {e(values.date_text(issue + dt.timedelta(days=c.rng.randint(40, 120)), 'long'))}.</p>"
        f"<p style='margin-top:6mm'>Met vriendelijke groet,<br><br>{e(nurse.name('initials'))}<br>verpleegkundig specialist Parkinson<br>{e(hospital)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(cn, rn, clock, issue, hospital)


_CARE_GROUPS21 = ("Zorggroep Noordwest-Veluwe", "Vivium Zorggroep", "Laurens", "Zonnehuisgroep Amstelland", "Careyn", "Zorggroep Elde Maasduinen", "Het Zonnehuis")
_SITES21 = ("De Wiekslag", "Het Hofpark", "Eikenstaete", "De Lindenhof", "Huize Randwijck", "De Zeshoek", "Het Anker", "De Bloesem")


def verpleeghuis_wachtlijst_zorgbemiddeling(c: Ctx):
    """Fresh21. A care group's client adviser confirms that a client is on the waiting list for a nursing home: a table with the client's
    birth date, the Wlz care profile and the day of the CIZ decision, the waiting status ("actief plaatsen", "wacht op voorkeur"), the preferred
    locations, the day of registration and an indicative place in the queue (decoys); then who cares for the client at home meanwhile and
    whether that is day and night; the care group the issuer, "Datum" the issue date."""
    c.font_of(c.pick(("Carlito", "Open Sans"), ("Liberation Serif", "Caladea")))
    c.restyle17(dates=("long", "dash", "long_pad", "dot_pad"), amounts=("euro",))
    carer, recipient, clock, issue, _address = _facts(c)
    recipient = c.person(born=(1930, 1958), titled=0.05)
    group = c.rng.choice(_CARE_GROUPS21)
    cn = carer.name(c.pick("all", "initials", "first"))
    rn = recipient.name(c.pick("all", "reversed", "initials"))
    decided = issue - dt.timedelta(days=c.rng.randint(40, 300))
    listed = decided + dt.timedelta(days=c.rng.randint(5, 30))
    sites = c.rng.sample(_SITES21, 2)
    adviser = c.person(born=(1965, 1996))
    status = c.pick("actief plaatsen", "wacht op voorkeur") if clock else c.pick("wacht op voorkeur", "wacht uit voorzorg")
    home_care = (f"Tot de opname wordt de zorg thuis gegeven door {e(cn)}. Omdat {e(recipient.salutation().lower())} {e(recipient.surname)} niet meer alleen gelaten "
                 "kan worden, is deze zorg er 24 uur per dag, ook 's nachts; daarnaast komt de thuiszorg drie keer per dag." if clock else
                 f"Tot de opname helpt {e(cn)} overdag, naast de dagbesteding twee dagen per week. 's Nachts is geen toezicht nodig.")
    body = (
        f"<div style='border-bottom:3px solid #5b8c3a;padding-bottom:2mm'><span class='logo' style='font-size:16pt;color:#3d6b22'>{e(group)}</span><br>"
        "<span class='small'>Cliëntadvies en zorgbemiddeling</span></div>"
        + kv([("Datum", f"<b>{c.d(issue)}</b>"), ("Betreft", "bevestiging plaatsing op de wachtlijst")], label_width="30mm")
        + "<h2>Bevestiging wachtlijst verpleeghuiszorg</h2>"
        "<table class='ruled' style='width:100%;font-size:9.2pt'>"
        f"<tr><td style='width:62mm'>Cliënt</td><td><b>{e(rn)}</b></td></tr>"
        f"<tr><td>Geboortedatum</td><td>{e(values.date_text(recipient.birth_date, 'dash'))}</td></tr>"
        f"<tr><td>Indicatie Wlz (zorgprofiel)</td><td>{c.pick('VV5 beschermd wonen met intensieve dementiezorg', 'VV6 intensieve verzorging en verpleging', 'VV7 zeer intensieve zorg')}</td></tr>"
        f"<tr><td>Datum indicatiebesluit CIZ</td><td>{e(values.date_text(decided, 'dash'))}</td></tr>"
        f"<tr><td>Op de wachtlijst sinds</td><td>{e(values.date_text(listed, 'dash'))}</td></tr>"
        f"<tr><td>Wachtstatus</td><td>{e(status)}</td></tr>"
        f"<tr><td>Voorkeurslocaties</td><td>{e(sites[0])}, {e(sites[1])}</td></tr>"
        f"<tr><td>Plaats op de wachtlijst (indicatief)</td><td>{c.rng.randint(4, 60)}</td></tr></table>"
        f"<h3>Mantelzorg in de wachttijd</h3><p>{home_care}</p>"
        f"<p>Wij verklaren dat {e(cn)} de mantelzorger is van {e(rn)}. Voor vragen kunt u contact met mij opnemen.</p>"
        f"<p style='margin-top:6mm'>Met vriendelijke groet,<br><br>{e(adviser.name('first'))}<br>cliëntadviseur, {e(group)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(cn, rn, clock, issue, group)


# --- fresh22 split ---------------------------------------------------------------------------

_YOUTH22 = ("Youké", "Lindenhout", "Kwadraad Jeugdhulp", "Levvel", "Timon", "Pluryn Jeugd", "Horizon Jeugdzorg en Onderwijs", "Stichting Jeugdformaat")


def jeugdhulp_gezinsbegeleider_nachttoezicht(c: Ctx):
    """Fresh22. A youth-care provider's family counsellor ("gezinsbegeleider") writes about a child with autism and a learning disability
    for whom a parent cares: the child with birth date and client number, the municipality's youth-care decision with its term, the school
    for special education, the behavioural scientist who co-signs and the day of the intake (decoys), the other parent named as a decoy, the
    nights' unrest and whether supervision day and night is needed; the provider the issuer, "Datum" the issue date."""
    c.font_of(c.pick(("Quicksand", "Open Sans"), ("Carlito", "Liberation Sans")))
    c.restyle17(dates=("long", "dash", "wd_nodot_long", "long_pad"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    carer = c.person(born=(1972, 1996), sex=c.pick("f", "f", "m"))
    recipient = c.person(born=(issue.year - 16, issue.year - 4), surname=carer.surname, origin=people.origin_of(carer))
    other = c.person(born=(1970, 1995), sex="m" if carer.sex == "f" else "f")
    provider = c.rng.choice(_YOUTH22)
    cn = carer.name(c.pick("all", "first", "initials"))
    rn = recipient.name(c.pick("all", "first"))
    counsellor, scientist = c.person(born=(1975, 1998)), c.person(born=(1965, 1990), titled=0.5)
    decided = issue - dt.timedelta(days=c.rng.randint(30, 300))
    intake = decided + dt.timedelta(days=c.rng.randint(7, 40))
    night = (f"{e(recipient.given[0])} slaapt onrustig, wordt meerdere keren per nacht wakker en kan dan niet alleen gelaten worden. Er is 24 uur per dag "
             f"toezicht nodig; dit toezicht wordt, ook 's nachts, gegeven door {e(cn)}." if clock else
             f"{e(recipient.given[0])} heeft overdag veel begeleiding nodig, die {e(cn)} geeft. 's Nachts slaapt {e(recipient.given[0])} door; nachtelijk "
             "toezicht is niet nodig.")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:#d2691e'>{e(provider)}</span><br><span class='small'>jeugdhulp &middot; "
        "ambulante gezinsbegeleiding</span></td><td class='small right'>" + kv([("Datum", f"<b>{c.d(issue)}</b>"), ("Cliëntnummer", f"J{c.rng.randint(100000, 999999)}")])
        + "</td></tr></table>"
        "<h2 style='margin-top:8mm'>Verklaring over de zorg voor een kind</h2>"
        + kv([("Kind", f"{e(rn)}, geboren {e(values.date_text(recipient.birth_date, 'dash'))}"), ("Ouders", f"{e(cn)} en {e(other.name('first'))}"),
              ("Beschikking jeugdhulp", f"gemeente {e(home.municipality)}, {e(values.date_text(decided, 'dash'))} t/m {e(values.date_text(decided + dt.timedelta(days=364), 'dash'))}"),
              ("Intake", e(values.date_text(intake, "dash"))), ("School", c.pick("De Piramide (speciaal onderwijs)", "SO De Ster", "Mytylschool De Regenboog"))],
             label_width="44mm")
        + f"<p style='margin-top:4mm'>Sinds de intake begeleid ik het gezin thuis. {e(rn)} heeft een autismespectrumstoornis en een verstandelijke beperking. "
        f"De dagelijkse zorg en begeleiding komen vooral neer op {e(cn)}.</p><p>{night}</p>"
        f"<p>Wij verklaren dat {e(cn)} de mantelzorger is van {e(rn)}.</p>"
        "<table style='width:100%;margin-top:6mm'><tr>"
        f"<td>{e(counsellor.name('first'))}<br><span class='small'>gezinsbegeleider, {e(provider)}</span></td>"
        f"<td>{e(scientist.titled('initials'))}<br><span class='small'>gedragswetenschapper</span></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(cn, rn, clock, issue, provider)


_POSTS22 = ("Huisartsenpost Nijmegen", "Huisartsenposten Kennemerland", "Huisartsenpost Drenthe", "Huisartsenpost Oost-Brabant", "Huisartsenpost West-Friesland",
            "Huisartsenpost Haaglanden", "CHP Zeeland")


def huisartsenpost_nachtcontacten_verklaring(c: Ctx):
    """Fresh22. An out-of-hours GP service's ("huisartsenpost") statement on a patient for whom a carer often called at night and at
    weekends: a table of contacts with their day, time, kind (telephone advice, consultation, home visit) and who called (decoy dates and
    times), the patient's own GP and the patient number (decoys), the medical manager's finding that care is needed around the clock or only
    by day; the service the issuer, "Datum" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Open Sans", "Carlito")))
    c.restyle17(dates=("dash", "long", "dot_pad", "short_nodot"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    post = c.rng.choice(_POSTS22)
    cn = carer.name(c.pick("all", "initials", "first"))
    rn = recipient.name(c.pick("all", "initials", "reversed"))
    manager, gp = c.person(born=(1960, 1988), titled=0.3), c.person(born=(1955, 1985))
    kinds = ("telefonisch advies", "consult op de post", "visite thuis", "ambulance ingezet")
    days = sorted(values.between(c.rng, issue - dt.timedelta(days=150), issue - dt.timedelta(days=3)) for _ in range(c.rng.randint(4, 7)))
    rows = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{c.rng.choice((0, 1, 2, 3, 4, 23, 22))}:{c.rng.randint(0, 59):02d}</td>"
                   f"<td>{e(c.rng.choice(kinds))}</td><td>{e(carer.name('initials'))}</td></tr>" for d in days)
    finding = (f"Uit de contacten blijkt dat {e(rn)} ook 's nachts zorg en toezicht nodig heeft. {e(cn)} is dag en nacht aanwezig en geeft 24 uur per dag "
               "zorg; zonder deze mantelzorg zou opname nodig zijn." if clock else
               f"{e(cn)} verleent overdag en 's avonds mantelzorg aan {e(rn)}. Zorg gedurende 24 uur per dag is volgens ons niet nodig.")
    body = (
        f"<div style='background:#005a8c;color:#fff;padding:3mm 4mm'><span style='font-size:16pt;font-weight:bold'>{e(post)}</span><br>"
        "<span style='font-size:8.5pt'>Spoedzorg buiten kantoortijden &middot; avond, nacht en weekend</span></div>"
        + kv([("Datum", f"<b>{c.d(issue)}</b>"), ("Patiënt", f"{e(rn)}, geboren {e(values.date_text(recipient.birth_date, 'dash'))}"),
              ("Patiëntnummer", f"HAP-{c.rng.randint(1000000, 9999999)}"), ("Eigen huisarts", e(gp.titled("initials")))], label_width="36mm")
        + "<h2>Verklaring mantelzorg</h2>"
        f"<p>Op verzoek van {e(cn)}, de mantelzorger van {e(rn)}, verklaren wij het volgende. In de afgelopen maanden had onze post de onderstaande contacten "
        "over deze patiënt.</p>"
        "<table class='ruled' style='width:90%;font-size:8.8pt'><tr><th>Datum</th><th>Tijd</th><th>Soort contact</th><th>Gebeld door</th></tr>" + rows + "</table>"
        f"<p style='margin-top:3mm'>{finding}</p>"
        f"<p style='margin-top:6mm'>Met vriendelijke groet,<br><br>{e(manager.titled('initials'))}<br><span class='small'>medisch manager, {e(post)}</span></p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(cn, rn, clock, issue, post)


# --- fresh23 split ---------------------------------------------------------------------------

_CTB23 = (("Centrum voor Thuisbeademing UMCG", "Postbus 30001, 9700 RB Groningen"), ("Centrum voor Thuisbeademing Radboudumc", "Postbus 9101, 6500 HB Nijmegen"),
          ("Centrum voor Thuisbeademing Erasmus MC", "Postbus 2040, 3000 CA Rotterdam"), ("Centrum voor Thuisbeademing UMC Utrecht", "Postbus 85500, 3508 GA Utrecht"))
_VENTILATORS23 = ("Astral 150", "Trilogy Evo", "Vivo 45 LS", "Elisée 350")


def thuisbeademing_ctb_verklaring(c: Ctx):
    """Fresh23. A letter of a university hospital's home-ventilation centre ("Centrum voor Thuisbeademing") on a patient ventilated at home
    and the partner or relative who does the care: a grey side column with the department's address, its telephone number staffed day and
    night and "Datum" (the issue date), a table of the ventilation (how many hours a day, the device, the day home ventilation began and the
    last check-up at home: decoy dates and a decoy device), the treating physician and the nurse specialist who signs; the finding that a
    trained carer must be present around the clock or that the patient is only ventilated at night and cared for by day; the centre the
    issuer."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad", "long_pad"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    centre, postbus = c.rng.choice(_CTB23)
    cn = carer.name(c.pick("all", "first", "initials"))
    rn = recipient.name(c.pick("all", "initials", "first"))
    began = values.between(c.rng, dt.date(2015, 1, 1), issue - dt.timedelta(days=200))
    visited = issue - dt.timedelta(days=c.rng.randint(7, 80))
    physician, nurse = c.person(born=(1960, 1985), titled=0.6), c.person(born=(1970, 1995))
    hours = "24 uur per etmaal, invasief via een tracheacanule" if clock else f"{c.pick('8', '10', '12')} uur per etmaal, 's nachts via een neus-mondmasker"
    finding = (f"{e(rn)} is volledig afhankelijk van de beademing. Bij een storing of een verstopte canule moet direct worden ingegrepen. Daarom moet "
               f"er dag en nacht een getrainde mantelzorger aanwezig zijn. Die 24-uurszorg wordt geleverd door {e(cn)}, die door ons is geschoold in de "
               "bediening van de beademing en het uitzuigen." if clock else
               f"{e(rn)} wordt alleen 's nachts beademd en kan overdag een groot deel van de tijd zelfstandig zijn. {e(cn)} helpt bij het aanleggen van "
               "het masker en bij de dagelijkse verzorging. Zorg en toezicht gedurende 24 uur per dag zijn niet nodig.")
    side = (f"<b>{e(centre)}</b><br><br>{e(postbus)}"
            f"<br><br>Dag en nacht bereikbaar:<br>0{c.rng.randint(10, 88)}-{c.rng.randint(100, 999)} {c.rng.randint(1000, 9999)}<br><br>"
            f"Datum<br><b>{c.d(issue)}</b><br><br>Patiëntnummer<br>{c.rng.randint(1000000, 9999999)}")
    main = (
        "<h2 style='margin-top:0'>Verklaring over zorg bij thuisbeademing</h2>"
        f"<p>Aan wie het aangaat,</p><p>Op verzoek van {e(cn)} verklaren wij het volgende over {e(rn)}, geboren {e(values.date_text(recipient.birth_date, 'dash'))}, "
        "die bij ons centrum onder behandeling is.</p>"
        "<table class='ruled' style='width:100%;font-size:8.8pt'>"
        f"<tr><td style='width:48mm'>Beademing</td><td>{e(hours)}</td></tr><tr><td>Beademingsapparaat</td><td>{e(c.rng.choice(_VENTILATORS23))}</td></tr>"
        f"<tr><td>Start thuisbeademing</td><td>{e(values.date_text(began, 'dash'))}</td></tr><tr><td>Laatste controle thuis</td><td>{e(values.date_text(visited, 'dash'))}</td></tr>"
        f"<tr><td>Behandelend arts</td><td>{e(physician.titled('initials'))}, longarts</td></tr></table>"
        f"<p style='margin-top:3mm'>{finding}</p>"
        f"<p>Wij bevestigen dat {e(cn)} de mantelzorger is van {e(rn)}.</p>"
        f"<p style='margin-top:5mm'>Met vriendelijke groet,<br><br>{e(nurse.name('initials'))}<br><span class='small'>verpleegkundig specialist thuisbeademing, {e(centre)}</span></p>"
    )  # fmt: skip
    body = (f"<table style='width:100%'><tr><td style='width:45mm;background:#eef0f2;padding:4mm 3mm;font-size:8pt;line-height:1.3'>{side}</td>"
            f"<td style='padding-left:6mm'>{main}</td></tr></table>")
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(cn, rn, clock, issue, centre)


_NAH23 = ("Netwerk NAH Twente", "Zorgnetwerk Hersenletsel Fryslân", "NAH Netwerk Zuid-Limburg", "Hersenletselteam Midden-Holland", "Ketenzorg NAH Haaglanden",
          "Netwerk Hersenletsel Noord-Holland Noord")
_REHAB23 = ("Revalidatiecentrum De Hoogstraat", "Sophia Revalidatie", "Revant", "Adelante", "Heliomare", "Libra Revalidatie & Audiologie", "Roessingh")


def nah_casemanager_hersenletsel_verklaring(c: Ctx):
    """Fresh23. A form of a regional network for acquired brain injury ("niet-aangeboren hersenletsel", NAH) filled in by its case manager
    for a partner or relative who cares for someone after a stroke or an accident: the day of the injury and of discharge from the
    rehabilitation centre (decoy dates and a decoy institution), the neuropsychologist's assessment, the care tasks ticked in a list, the
    question "Is zorg of toezicht gedurende het hele etmaal (24 uur) nodig?" answered in the form's yes/no style; the network the issuer,
    "Datum" beside the case manager's signature the issue date."""
    c.font_of(c.pick(("Open Sans", "Cantarell"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("dash", "long", "short_nodot", "wd_nopad"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    network = c.rng.choice(_NAH23)
    cn = carer.name(c.pick("all", "first"))
    rn = recipient.name(c.pick("all", "first", "initials"))
    injured = values.between(c.rng, issue - dt.timedelta(days=1400), issue - dt.timedelta(days=160))
    discharged = injured + dt.timedelta(days=c.rng.randint(40, 140))
    tested = discharged + dt.timedelta(days=c.rng.randint(10, 60))
    manager = c.person(born=(1968, 1995))
    tasks = ("toezicht (onrust, dwalen, impulsief gedrag)", "persoonlijke verzorging", "medicatie aanreiken", "structuur in de dag aanbrengen",
             "vervoer en begeleiding naar afspraken", "administratie en geldzaken")
    ticked = "<br>".join(f"{c.tick(i < 2 and clock or c.rng.random() < 0.6)} {e(t)}" for i, t in enumerate(tasks))
    section = lambda t: f"<div style='border-bottom:1.4px solid #7a3e8e;color:#7a3e8e;font-weight:bold;margin-top:3mm'>{e(t)}</div>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:#7a3e8e'>{e(network)}</span><br><span class='small'>casemanagement "
        "niet-aangeboren hersenletsel</span></td><td class='right small'>Formulier MZ-1<br>Verklaring mantelzorg</td></tr></table>"
        + section("1. Cliënt")
        + grid([("Naam", e(rn)), ("Geboortedatum", e(values.date_text(recipient.birth_date, "dash"))), ("Hersenletsel", c.pick("herseninfarct (CVA)", "hersenbloeding", "traumatisch hersenletsel na een ongeval")),
                ("Datum letsel", e(values.date_text(injured, "dash")))], label_width="30mm")
        + section("2. Behandeling")
        + grid([("Revalidatie", e(c.rng.choice(_REHAB23))), ("Ontslag", e(values.date_text(discharged, "dash"))), ("Neuropsychologisch onderzoek", e(values.date_text(tested, "dash"))),
                ("Huisarts", e(c.person(born=(1958, 1988)).titled("initials")))], label_width="30mm")
        + section("3. Mantelzorger")
        + grid([("Naam", e(cn)), ("Relatie tot cliënt", c.pick("partner", "echtgeno(o)t(e)", "dochter", "zoon", "moeder"))], label_width="30mm")
        + section("4. Zorgtaken van de mantelzorger") + f"<div style='margin-top:1mm'>{ticked}</div>"
        + section("5. Omvang")
        + kv([("Is zorg of toezicht gedurende het hele etmaal (24 uur) nodig?", c.answer(clock)),
              ("Kan de cliënt enkele uren per dag alleen thuis zijn?", c.answer(not clock))], label_width="105mm")
        + f"<p style='margin-top:3mm'>Ik verklaar dat {e(cn)} mantelzorg verleent aan {e(rn)} en dat de gegevens hierboven kloppen met wat mij bekend is.</p>"
        f"<table style='width:100%;margin-top:3mm'><tr><td>Casemanager: {e(manager.name('initials'))}<br><span class='small'>{e(network)}</span></td>"
        f"<td>Datum: <b>{c.d(issue)}</b></td><td style='width:50mm;border-bottom:0.8px solid #333'>Handtekening:</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(cn, rn, clock, issue, network)


# --- fresh24 split ---------------------------------------------------------------------------

_MISSIONS24 = (("Libanon (UNIFIL)", 1979, 1985), ("voormalig Joegoslavië (UNPROFOR)", 1992, 1995), ("Bosnië (SFOR)", 1996, 2004), ("Irak (SFIR)", 2003, 2005),
               ("Afghanistan, Uruzgan (ISAF)", 2006, 2010), ("Mali (MINUSMA)", 2014, 2019))


def veteraneninstituut_partnerzorg_verklaring(c: Ctx):
    """Fresh24. A statement of a social worker of the Veteranenloket (Veteraneninstituut, Doorn) on a veteran with service-related
    complaints (PTSS) cared for by a partner or child: the mission and its years, the veteran's registration number, the intake at the
    treating institution with its day and the case number as decoys; the care day and night or by day only in prose; the Veteraneninstituut
    the issuer, "Doorn, <date>" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "nl_ordinal", "long_pad"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    recipient = c.person(born=(1955, 1988))
    fits = [m for m in _MISSIONS24 if m[2] >= recipient.birth_date.year + 19] or [_MISSIONS24[-1]]
    mission, low, high = c.rng.choice(fits)
    served = max(low, min(high, recipient.birth_date.year + c.rng.randint(19, 30)))
    cn = carer.name(c.pick("all", "first", "initials"))
    rn = recipient.name(c.pick("all", "first", "initials"))
    intake = values.between(c.rng, issue - dt.timedelta(days=900), issue - dt.timedelta(days=60))
    worker = c.person(born=(1965, 1994))
    issuer = "Veteraneninstituut"
    how = (f"De klachten zijn zo ernstig dat {e(rn)} niet alleen kan zijn. {e(cn)} is dag en nacht bij hem of haar aanwezig: overdag voor structuur en "
           "begeleiding, 's nachts bij nachtmerries, paniek en herbelevingen. Er is dus 24 uur per dag zorg en toezicht nodig."
           if clock else
           f"{e(cn)} helpt {e(rn)} overdag met afspraken, de administratie en het huishouden. 's Nachts is geen zorg of toezicht nodig; "
           "van zorg gedurende 24 uur per dag is geen sprake.")
    body = (
        "<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:#1f3b5b'>Veteraneninstituut</span><br>"
        "<span class='small'>Veteranenloket &middot; Landelijk Zorgsysteem voor Veteranen</span></td>"
        "<td class='right small'>Postbus 125<br>3940 AC Doorn<br>088 - 3340 000</td></tr></table>"
        + address_block([carer.name("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"<p>Doorn, {c.d(issue)}</p>"
        + kv([("Ons kenmerk", f"VL-{c.rng.randint(100000, 999999)}"), ("Betreft", "verklaring mantelzorg")], label_width="32mm")
        + f"<p>Geachte {e(carer.salutation().lower())} {e(carer.surname)},</p>"
        f"<p>U vroeg ons om een verklaring over de zorg die u geeft. Wij verklaren het volgende.</p>"
        "<table class='ruled' style='width:100%;font-size:9pt'>"
        f"<tr><td style='width:52mm'>Veteraan</td><td>{e(rn)}, geboren {e(values.date_text(recipient.birth_date, 'dash'))}</td></tr>"
        f"<tr><td>Registratienummer veteraan</td><td>{c.rng.randint(10, 99)}.{c.rng.randint(100, 999)}.{c.rng.randint(100, 999)}</td></tr>"
        f"<tr><td>Uitzending</td><td>{e(mission)}, {served}</td></tr>"
        f"<tr><td>Intake behandeling</td><td>{e(values.date_text(intake, 'dash'))}, {e(c.pick('Centrum ’45, Oegstgeest', 'ARQ Centrum ’45, Diemen', 'Basis GGZ voor veteranen, Doorn'))}</td></tr>"
        f"<tr><td>Mantelzorger</td><td>{e(cn)} ({e(c.pick('partner', 'echtgeno(o)t(e)', 'dochter', 'zoon'))})</td></tr></table>"
        f"<p style='margin-top:3mm'>{e(rn)} heeft als gevolg van de uitzending klachten van een posttraumatische stressstoornis. {how}</p>"
        f"<p>Wij bevestigen dat {e(cn)} de mantelzorger is van {e(rn)}.</p>"
        f"<p style='margin-top:5mm'>Met vriendelijke groet,<br><br>{e(worker.name('initials'))}<br><span class='small'>maatschappelijk werker, {e(issuer)}</span></p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(cn, rn, clock, issue, issuer)


def zorgvrager_eigen_verklaring_handschrift(c: Ctx):
    """Fresh24. A declaration the person cared for writes by hand on plain paper (a handwriting face in blue ink): "Ik, ..., verklaar dat
    ... mijn mantelzorger is", the care by day and night or by day only in the writer's words, a neighbour or a relative who signs as a
    witness with a later day of their own (a decoy name and a decoy date) and the carer's telephone as a decoy; the writer, the person cared
    for, is the issuer, the place and date above the signature the issue date."""
    hand = c.pick("Comic Neue", "Quicksand", "Jura")
    c.font_of(("Liberation Sans",))
    c.restyle17(dates=("long", "dash", "nopad", "cap_month", "slash_nopad"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    cn = carer.name(c.pick("all", "first"))
    rn = recipient.name(c.pick("all", "first"))
    witness = c.person(born=(1950, 1995))
    seen = issue + dt.timedelta(days=c.rng.randint(1, 9))
    words = (f"Ik kan niet meer alleen zijn, ook 's nachts niet. {e(cn.split()[0])} zorgt dag en nacht voor mij, 24 uur per dag."
             if clock else
             f"{e(cn.split()[0])} komt elke dag om te helpen met eten, wassen en boodschappen. 's Nachts red ik me alleen, ik heb geen zorg van 24 uur nodig.")
    line = "style='border-bottom:0.6px solid #9fb6d8;padding:1.5mm 0 0.5mm 0'"
    body = (
        "<h2 style='font-size:13pt'>Verklaring van de zorgvrager</h2>"
        f"<div class='ink' style='font-size:12.5pt;line-height:1.75'>"
        f"<div {line}>Ik, {e(rn)},</div>"
        f"<div {line}>geboren op {e(values.date_text(recipient.birth_date, 'dash'))}, wonend {e(home.line1())}, {e(home.city)},</div>"
        f"<div {line}>verklaar dat {e(cn)} mijn mantelzorger is.</div>"
        f"<div {line}>{words}</div>"
        f"<div {line}>Telefoon van mijn mantelzorger: 06-{c.rng.randint(10000000, 99999999)}</div>"
        f"<div style='margin-top:6mm'>{e(home.city)}, {c.d(issue)}</div>"
        f"<div style='margin-top:2mm'>{e(rn)}</div></div>"
        "<div style='margin-top:2mm;width:55mm;border-bottom:0.8px solid #333;height:8mm'></div><div class='small'>handtekening zorgvrager</div>"
        "<div class='box small' style='margin-top:8mm'>Gezien door (getuige, geen zorgverlener):<br>"
        f"<span class='ink' style='font-size:11pt'>{e(witness.name('first'))}, {e(c.pick('buurvrouw', 'buurman', 'nicht', 'neef'))} &middot; {e(values.date_text(seen, 'dash'))}</span></div>"
    )  # fmt: skip
    css = f"body {{ font-size: 10pt; }} .ink {{ font-family: '{hand}', cursive; color: #1b2f8f; }}"
    return page(c, body, css), _truth(cn, rn, clock, issue, rn)


# --- fresh25 split ---------------------------------------------------------------------------

_ZORGKANTOREN25 = (("Zorgkantoor Zilveren Kruis", "Postbus 444", "2700 AK  Zoetermeer"), ("CZ zorgkantoor", "Postbus 4141", "5004 JC  Tilburg"),
                   ("VGZ Zorgkantoor", "Postbus 5067", "6802 EB  Arnhem"), ("Menzis Zorgkantoor", "Postbus 8300", "7500 BH  Enschede"),
                   ("Zorgkantoor DSW", "Postbus 173", "3100 AD  Schiedam"), ("Zorgkantoor Zorg en Zekerheid", "Postbus 400", "2300 AK  Leiden"))
_PROFILES25 = ("VV 5 – beschermd wonen met intensieve dementiezorg", "VV 6 – beschermd wonen met intensieve verzorging en verpleging",
               "VV 4 – beschut wonen met intensieve begeleiding en uitgebreide verzorging", "LG 5 – wonen met intensieve begeleiding en verzorging",
               "VG 6 – wonen met intensieve begeleiding, verzorging en gedragsregulering")
_PROVIDERS25 = ("Zorggroep Sint Maarten", "Thuiszorg Het Groene Kruis", "Amstelring", "Zonnehuisgroep Vlaardingen", "Buurtzorg Nederland", "Cordaan Thuiszorg")


def zorgkantoor_vpt_mantelzorg_besluit(c: Ctx):
    """Fresh25. A Wlz care office's ("zorgkantoor") letter granting care at home as a "volledig pakket thuis" (vpt) that names the live-in
    relative as the carer the arrangement rests on: the client's birth date, the care profile, the day of the CIZ decision, the care provider
    and the day the vpt begins (decoy dates and names) in a table; in prose whether someone must be present day and night (the carer fills
    the hours the provider does not) or only by day; a box "Het zorgkantoor verklaart" naming carer and client; the care office the issuer,
    "Datum" in the reference block the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "long_pad", "nl_ordinal"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer, postbus, place = c.rng.choice(_ZORGKANTOREN25)
    cn = carer.name(c.pick("all", "first", "initials"))
    rn = recipient.name(c.pick("all", "first", "initials"))
    relation = c.rng.choice(("echtgenoot", "partner", "zoon", "kleinzoon") if carer.sex == "m" else ("echtgenote", "partner", "dochter", "kleindochter"))
    ciz = issue - dt.timedelta(days=c.rng.randint(40, 220))
    begins = issue + dt.timedelta(days=c.rng.randint(7, 30))
    provider = c.rng.choice(_PROVIDERS25)
    how = (f"Bij uw zorgprofiel hoort toezicht, ook 's nachts. {e(provider)} levert de zorg op vaste momenten en is voor onplanbare zorg oproepbaar. "
           f"Op de andere uren, dag en nacht, is {e(cn)} ({e(relation)}) aanwezig. Uw zorg thuis is daarom alleen verantwoord omdat {e(cn)} 24 uur per dag "
           "bij u is en de zorg van de zorgaanbieder aanvult."
           if clock else
           f"{e(provider)} levert de zorg op vaste momenten, ook 's nachts als dat nodig is. {e(cn)} ({e(relation)}) helpt u overdag bij het huishouden "
           "en houdt overdag toezicht. Toezicht door uw mantelzorger gedurende 24 uur per dag is in uw situatie niet nodig.")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:#0e5a8a'>{e(issuer)}</span><br>"
        "<span class='small'>uitvoerder Wet langdurige zorg in uw regio</span></td>"
        f"<td class='right small'>{e(postbus)}<br>{e(place)}</td></tr></table>"
        "<table style='width:100%'><tr><td style='width:55%'>"
        + address_block([recipient.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "</td><td class='small' style='padding-top:10mm'>"
        + kv([("Datum", f"<b style='white-space:nowrap'>{c.d(issue)}</b>"), ("Ons kenmerk", f"WLZ/VPT/{c.rng.randint(100000, 999999)}"), ("Onderwerp", "besluit volledig pakket thuis")],
             label_width="28mm")
        + "</td></tr></table>"
        f"<p>Geachte {e(recipient.salutation().lower())} {e(recipient.surname)},</p>"
        "<p>U wilt thuis blijven wonen en daar de zorg krijgen die bij uw Wlz-indicatie hoort. Wij hebben het advies van uw zorgaanbieder bekeken. "
        "U kunt de zorg thuis krijgen als volledig pakket thuis (vpt).</p>"
        "<table class='ruled' style='width:100%;font-size:9pt'>"
        f"<tr><td style='width:48mm'>Cliënt</td><td>{e(rn)}, geboren {e(values.date_text(recipient.birth_date, 'dash'))}</td></tr>"
        f"<tr><td>Zorgprofiel</td><td>{e(c.rng.choice(_PROFILES25))}</td></tr>"
        f"<tr><td>Indicatiebesluit CIZ</td><td>{e(values.date_text(ciz, 'dash'))}</td></tr>"
        f"<tr><td>Zorgaanbieder</td><td>{e(provider)}</td></tr>"
        f"<tr><td>Ingangsdatum vpt</td><td>{e(values.date_text(begins, 'dash'))}</td></tr>"
        f"<tr><td>Mantelzorger</td><td>{e(cn)}, {e(relation)}, woont op hetzelfde adres</td></tr></table>"
        f"<p style='margin-top:3mm'>{how}</p>"
        f"<div class='box' style='border-color:#0e5a8a;background:#f2f7fb'><b>Het zorgkantoor verklaart</b><br>dat {e(cn)} de mantelzorger is van {e(rn)} "
        "en dat het volledig pakket thuis op deze mantelzorg is afgestemd.</div>"
        "<p class='small'>Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het zorgkantoor.</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(c.person(born=(1965, 1995)).name('initials'))}<br><span class='small'>zorgadviseur, {e(issuer)}</span></p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.5pt; }"), _truth(cn, rn, clock, issue, issuer)


_PRACTICES25 = (("International Health Centre Amstelveen", "Amstelveen"), ("The Hague International GP Practice", "Den Haag"),
                ("Expat Family Practice Amsterdam", "Amsterdam"), ("Eindhoven International Medical Centre", "Eindhoven"),
                ("Leiden International Family Doctors", "Leiden"), ("Wassenaar International GP", "Wassenaar"))
_RELATIONS25 = {"m": ("husband", "son", "partner"), "f": ("wife", "daughter", "partner")}


def international_gp_english_care_statement(c: Ctx):
    """Fresh25. An international GP practice's statement in English for an expat family ("To whom it may concern - Statement of informal
    care (mantelzorgverklaring)"): the patient with the date of birth in English, the carer and how they are related, the day the patient
    registered with the practice and the last consultation (decoy dates), the BIG and AGB numbers; care "24 hours a day" or only by day in
    a sentence; the practice the issuer, "Date:" the issue date in an English notation."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Open Sans", "Liberation Sans")))
    c.restyle17(dates=("en_long", "en_ordinal", "en_us", "en_short"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer, town = c.rng.choice(_PRACTICES25)
    cn = carer.name(c.pick("all", "first"))
    rn = recipient.name(c.pick("all", "first", "initials"))
    relation = c.rng.choice(_RELATIONS25[carer.sex])
    registered = values.between(c.rng, dt.date(2012, 1, 1), issue - dt.timedelta(days=200))
    seen = issue - dt.timedelta(days=c.rng.randint(3, 60))
    doctor = c.person(born=(1960, 1990))
    office = people.address(c.rng)
    he = "he" if recipient.sex == "m" else "she"
    how = (f"Because of the severity of the condition, {he} cannot be left alone. {e(cn)} lives in and provides care and supervision 24 hours a day, "
           "seven days a week, including at night."
           if clock else
           f"{e(cn)} helps every day with personal care, meals, medication and appointments. {he.capitalize()} does not need care or supervision at night; "
           "round-the-clock (24-hour) care is not required.")
    body = (
        f"<div style='border-bottom:2px solid #2b5d7d;padding-bottom:2mm'><span class='logo' style='font-size:15pt;color:#2b5d7d'>{e(issuer)}</span>"
        f"<span class='small' style='float:right;text-align:right'>{e(office.street)} {c.rng.randint(1, 180)}, {e(town)}<br>Tel. 0{c.rng.randint(10, 88)} {c.rng.randint(100, 999)} {c.rng.randint(1000, 9999)}</span></div>"
        f"<p style='margin-top:6mm'>Date: <b>{c.d(issue)}</b></p>"
        "<p>To whom it may concern,</p>"
        "<p><b>Re: Statement of informal care (mantelzorgverklaring)</b></p>"
        "<table class='ruled' style='width:100%;font-size:9.2pt'>"
        f"<tr><td style='width:52mm'>Patient</td><td>{e(rn)}</td></tr>"
        f"<tr><td>Date of birth</td><td>{e(values.date_text(recipient.birth_date, 'en_long'))}</td></tr>"
        f"<tr><td>Registered with our practice since</td><td>{e(values.date_text(registered, 'en_long'))}</td></tr>"
        f"<tr><td>Informal carer</td><td>{e(cn)} ({e(relation)})</td></tr>"
        f"<tr><td>Last consultation</td><td>{e(values.date_text(seen, 'en_long'))}</td></tr></table>"
        f"<p style='margin-top:3mm'>I hereby confirm that {e(rn)} is a patient of our practice and suffers from a chronic condition that requires daily care. "
        f"{how}</p>"
        f"<p>{e(cn)} is the informal carer (mantelzorger) of {e(rn)}. For reasons of medical confidentiality no diagnosis is given in this statement.</p>"
        f"<p style='margin-top:6mm'>Yours faithfully,<br><br><br>dr. {e(doctor.name('initials'))}, general practitioner<br>"
        f"<span class='small'>BIG {c.rng.randint(10000000000, 99999999999)} &middot; AGB 01-{c.rng.randint(100000, 999999)} &middot; {e(issuer)}</span></p>"
        "<p class='small' style='margin-top:6mm;color:#555'>Deze verklaring is op verzoek van de patiënt in het Engels opgesteld.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(cn, rn, clock, issue, issuer)



# --- fresh26 split ---------------------------------------------------------------------------

_MDO_ORGS26 = ("Zorggroep Noorderbreedte, team Thuis", "Sociaal Wijkteam Zuid", "Vivent, wijkverpleging Oost", "Zorgcentra De Betuwe, team Thuiszorg",
               "Stichting Zorgnetwerk Midden-Brabant", "Wijkteam Centrum-West")
_MDO_ROLES26 = ("huisarts", "wijkverpleegkundige", "casemanager dementie", "specialist ouderengeneeskunde", "ergotherapeut", "praktijkondersteuner ouderenzorg")


def mdo_verslag_besluit_mantelzorg(c: Ctx):
    """Fresh26. The minutes of a multidisciplinary meeting ("Verslag MDO") on a client living at home, as a home-care organisation or a
    district team writes them up: the client with birth date, the day of the meeting and of the next one (decoy dates), the people present
    with their roles (decoy names, the carer among them), the points discussed and a table of agreements with who and when (decoy names and
    dates), and a closing box "Verklaring" in which the organisation names the carer and the client and says whether supervision is needed
    day and night; the organisation the issuer, "Verslag vastgesteld op" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "wd_nopad", "nopad"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_MDO_ORGS26)
    cn = carer.name(c.pick("all", "first", "initials"))
    rn = recipient.name(c.pick("all", "first", "initials"))
    relation = c.rng.choice(("zoon", "schoonzoon", "echtgenoot", "kleinzoon") if carer.sex == "m" else ("dochter", "schoondochter", "echtgenote", "kleindochter"))
    met = issue - dt.timedelta(days=c.rng.randint(3, 14))
    follow = met + dt.timedelta(weeks=c.rng.choice((6, 8, 12)))
    roles = c.rng.sample(_MDO_ROLES26, 3)
    staff = [(c.person(born=(1960, 1998)), role) for role in roles]
    chair = staff[0][0] if roles[0] != "huisarts" else staff[1][0]
    present = "".join(f"<li>{e(p.name('initials'))}, {e(r)}</li>" for p, r in staff) + f"<li>{e(cn)}, mantelzorger ({e(relation)})</li>"
    agreements = [("Aanvraag Wlz-indicatie bij het CIZ", staff[-1][0].name("initials"), met + dt.timedelta(days=c.rng.randint(7, 21))),
                  ("Evaluatie medicatie en valrisico", staff[0][0].name("initials"), met + dt.timedelta(days=c.rng.randint(14, 35))),
                  ("Respijtzorg / logeeropvang verkennen", cn, met + dt.timedelta(days=c.rng.randint(10, 40)))]
    rows = "".join(f"<tr><td>{e(what)}</td><td>{e(who)}</td><td>{e(values.date_text(when, 'dash'))}</td></tr>" for what, who, when in agreements)
    how = (f"Er is 24 uur per dag toezicht nodig. {e(cn)} woont bij cliënt in en neemt naast de zorg overdag ook de nachten voor {'zijn' if carer.sex == 'm' else 'haar'} rekening."
           if clock else
           f"{e(cn)} verleent dagelijks zorg en begeleiding overdag. 's Nachts is geen toezicht nodig; zorg gedurende 24 uur per dag is niet aan de orde.")
    body = (
        f"<div style='border-bottom:2px solid #3b6e52;padding-bottom:1.5mm'><span class='logo' style='font-size:14pt;color:#3b6e52'>{e(issuer)}</span></div>"
        "<h1 style='font-size:14pt;margin-top:4mm'>Verslag multidisciplinair overleg (MDO)</h1>"
        "<table class='ruled' style='width:100%;font-size:9pt'>"
        f"<tr><td style='width:40mm'>Cliënt</td><td>{e(rn)}, geb. {e(values.date_text(recipient.birth_date, 'dash'))}</td></tr>"
        f"<tr><td>Adres</td><td>{e(home.line1())}, {e(home.city)}</td></tr>"
        f"<tr><td>Datum overleg</td><td>{e(values.date_text(met, 'dash'))}</td></tr>"
        f"<tr><td>Volgend overleg</td><td>{e(values.date_text(follow, 'dash'))}</td></tr></table>"
        f"<h3>Aanwezig</h3><ul style='margin:0;padding-left:6mm'>{present}</ul>"
        "<h3>Besproken</h3><ol style='margin:0;padding-left:6mm'>"
        "<li>Gezondheid en dagelijks functioneren: cliënt heeft hulp nodig bij wassen, aankleden en medicatie.</li>"
        f"<li>Belasting van de mantelzorger: {e(cn)} geeft aan het vol te houden met steun van het team.</li>"
        "<li>Wonen: de woning is aangepast; cliënt wil zo lang mogelijk thuis blijven wonen.</li></ol>"
        "<h3>Afspraken</h3><table class='ruled' style='width:100%;font-size:9pt'><tr><th>Afspraak</th><th style='width:45mm'>Wie</th><th style='width:28mm'>Wanneer</th></tr>"
        + rows + "</table>"
        f"<div class='box' style='margin-top:4mm;border-color:#3b6e52'><b>Verklaring</b><br>De deelnemers aan het overleg verklaren dat {e(cn)} de mantelzorger is "
        f"van {e(rn)}. {how}</div>"
        + kv([("Verslag vastgesteld op", f"<b style='white-space:nowrap'>{c.d(issue)}</b>"), ("Voorzitter", e(chair.name("initials")))], label_width="48mm")
        + f"<p class='small' style='margin-top:3mm'>Dit verslag is met toestemming van cliënt gedeeld. {e(issuer)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; } h3 { margin: 7px 0 2px 0; }"), _truth(cn, rn, clock, issue, issuer)


_HIS_PRACTICES26 = ("Huisartsenpraktijk De Wilgen", "Huisartsen Maasboulevard", "Gezondheidscentrum Kruiskamp", "Huisartspraktijk Van Dam & El Idrissi",
                    "Huisartsenpraktijk Het Kompas", "Medisch Centrum De Vaart, huisartsen")


def huisarts_verklaring_his_afkortingen(c: Ctx):
    """Fresh26. A GP's statement typed in the letter module of the practice's information system, in the clipped style of a medical file
    ("Betreft: pt. mw. ..., geb. ...", "mz. door dochter", "i.v.m.", "ADL/HDL", "toezicht 24/7 noodz." or "'s nachts geen toezicht
    noodz."): the patient's birth date and BSN, the number of contacts in the past year, the last home visit, the AGB code and the UZI pass
    number (decoy dates and numbers); the practice the issuer, "Datum:" in the system's header the issue date."""
    c.font_of(c.pick(("DejaVu Sans Mono", "Liberation Mono"), ("Noto Mono", "Courier Prime")))
    c.restyle17(dates=("dash", "dot_pad", "nopad", "wd_nopad"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_HIS_PRACTICES26)
    cn = carer.name(c.pick("initials", "first", "all"))
    rn = recipient.name(c.pick("initials", "all", "first"))
    relation = c.rng.choice(("zoon", "echtgenoot", "partner", "kleinzoon") if carer.sex == "m" else ("dochter", "echtgenote", "partner", "kleindochter"))
    visit = issue - dt.timedelta(days=c.rng.randint(4, 50))
    doctor = c.person(born=(1958, 1992))
    title = "dhr." if recipient.sex == "m" else "mw."
    plan = ("Concl.: i.v.m. cogn. achteruitgang en valgevaar is toezicht 24/7 noodz. (ook 's nachts). Mz. is daarmee continu aanwezig."
            if clock else
            "Concl.: hulp bij ADL/HDL overdag noodz.; 's nachts geen toezicht noodz. Zorg 24 u/dag n.v.t.")
    body = (
        f"<div style='border:0.8px solid #333;padding:2mm 3mm'><b>{e(issuer)}</b><br>"
        f"{e(home.city)} &middot; AGB {c.rng.randint(1000000, 1999999):08d} &middot; tel. 0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)}</div>"
        "<pre style='font-family:inherit;font-size:9.6pt;line-height:1.45;white-space:pre-wrap;margin-top:6mm'>"
        f"Datum   : {c.d(issue)}\n"
        f"Aan     : wie het aangaat (t.b.v. woningcorporatie)\n"
        f"Betreft : pt. {title} {e(rn)}, geb. {e(values.date_text(recipient.birth_date, 'dash'))}\n"
        f"          BSN {e(values.bsn_text(recipient.bsn, 0))}, {e(home.line1())}, {e(home.city)}\n\n"
        "Geachte heer/mevrouw,\n\n"
        f"Bovengen. pt. is bij ons ingeschreven en bekend met chron. aandoeningen. Contacten afgelopen jr.: {c.rng.randint(6, 28)}x cs./vis.; "
        f"laatste vis. d.d. {e(values.date_text(visit, 'dash'))}.\n\n"
        f"Mz. wordt verleend door {e(relation)} {e(cn)}, die bij pt. inwoont en o.a. helpt m.b.t. ADL, HDL, medicatie en afspraken.\n"
        f"{e(plan)}\n\n"
        "Op verzoek van pt. afgegeven; geen medische gegevens vermeld i.v.m. beroepsgeheim.\n\n"
        f"M.vr.gr.,\n\n\n{e(doctor.name('initials'))}, huisarts\n"
        f"UZI-nr. {c.rng.randint(10000000, 99999999)}</pre>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(cn, rn, clock, issue, issuer)


# --- fresh27 split ---------------------------------------------------------------------------

_MIGRANT_ORGS27 = ("Stichting Welzijn Migrantenouderen", "Turks Ouderen Steunpunt", "Stichting Zorg en Welzijn Anatolië", "Platform Migrantenouderen",
                   "Stichting Huis van de Wijk Kardeslik")
_KIN27 = {"m": (("zoon", "oğlu"), ("kleinzoon", "torunu"), ("echtgenoot", "eşi"), ("schoonzoon", "damadı")),
          "f": (("dochter", "kızı"), ("kleindochter", "torunu"), ("echtgenote", "eşi"), ("schoondochter", "gelini"))}


def migrantenouderen_tweetalig_nl_turks_verklaring(c: Ctx):
    """Fresh27. A declaration in Dutch and Turkish by a welfare organisation for older migrants after a home visit by its Turkish-speaking
    consultant (every label in Dutch with the Turkish under it in grey italics: "Naam mantelzorger / Bakıcının adı soyadı"): the carer and the
    person cared for with Turkish names, their birth dates, the relation in both languages, the day the care began, the hours a week, the home
    visit's day and the consultant (decoys); the 24-hour question "Günde 24 saat" answered in the document's yes/no style; "Datum / Tarih" the
    issue date, the organisation (with its town) the issuer."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("dash", "dot_pad", "long", "nopad"), amounts=("euro",))
    _carer, _recipient, clock, issue, home = _facts(c)
    recipient = c.person(born=(1934, 1962), origin="tr")
    carer = c.person(born=(1960, 2002), origin="tr", surname=recipient.surname if c.rng.random() < 0.6 else None)
    org = f"{c.rng.choice(_MIGRANT_ORGS27)} {home.city}"
    cn, rn = carer.name(c.pick("all", "first")), recipient.name(c.pick("all", "first"))
    kin_nl, kin_tr = c.rng.choice(_KIN27[carer.sex])
    began = values.between(c.rng, dt.date(2012, 1, 1), issue - dt.timedelta(days=120))
    visit = issue - dt.timedelta(days=c.rng.randint(2, 20))
    consultant = c.person(born=(1965, 1996), origin="tr")
    two = lambda nl, tr: f"{e(nl)}<br><span style='color:#777;font-style:italic;font-size:8pt'>{e(tr)}</span>"  # noqa: E731
    row = lambda nl, tr, v: f"<tr><td style='width:62mm;padding:1.4mm 4mm 1.4mm 0'>{two(nl, tr)}</td><td style='padding:1.4mm 0'>{v}</td></tr>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:14pt;color:#8a1c1c'>{e(org)}</span><br>"
        f"<span class='small'>{e(home.street)} {c.rng.randint(1, 120)} &middot; {e(home.city)}</span></td></tr></table>"
        f"<h1 style='font-size:14pt;margin-top:6mm'>Verklaring mantelzorg<br><span style='font-size:10.5pt;color:#777;font-style:italic'>Bakıcılık beyanı</span></h1>"
        "<h3>Mantelzorger <span style='color:#777;font-style:italic;font-weight:normal'>/ Bakıcı</span></h3>"
        "<table style='width:100%'>"
        + row("Naam mantelzorger", "Bakıcının adı soyadı", f"<b>{e(cn)}</b>")
        + row("Geboortedatum", "Doğum tarihi", e(values.date_text(carer.birth_date, "dash")))
        + row("Relatie tot zorgvrager", "Bakım alan kişiyle yakınlığı", f"{e(kin_nl)} / {e(kin_tr)}")
        + "</table><h3>Zorgvrager <span style='color:#777;font-style:italic;font-weight:normal'>/ Bakım alan kişi</span></h3><table style='width:100%'>"
        + row("Naam zorgvrager", "Bakım alan kişinin adı soyadı", f"<b>{e(rn)}</b>")
        + row("Geboortedatum", "Doğum tarihi", e(values.date_text(recipient.birth_date, "dash")))
        + row("Adres", "Adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}")
        + "</table><h3>Zorg <span style='color:#777;font-style:italic;font-weight:normal'>/ Bakım</span></h3><table style='width:100%'>"
        + row("Zorg gestart op", "Bakımın başladığı tarih", e(values.date_text(began, "dash")))
        + row("Aantal uren per week", "Haftalık saat sayısı", str(c.rng.randint(14, 60)))
        + row("Is er 24 uur per dag zorg of toezicht nodig?", "Günde 24 saat bakım veya gözetim gerekiyor mu?", c.check(clock, "Ja / Evet", "Nee / Hayır"))
        + row("Huisbezoek door consulent", "Danışmanın ev ziyareti", f"{e(values.date_text(visit, 'dash'))}, {e(consultant.name('first'))}")
        + "</table>"
        f"<p style='margin-top:4mm'>{e(org)} verklaart dat {e(cn)} mantelzorg verleent aan {e(rn)}.<br>"
        f"<span style='color:#777;font-style:italic;font-size:8.6pt'>{e(org)}, {e(cn)} adlı kişinin {e(rn)} adlı kişiye bakım verdiğini beyan eder.</span></p>"
        "<table style='width:100%;margin-top:6mm'><tr>"
        f"<td style='width:50%'>{two('Datum', 'Tarih')}<br><b>{c.d(issue)}</b></td>"
        f"<td>{two('Handtekening consulent', 'Danışmanın imzası')}<br>______________________<br>{e(consultant.name('first'))}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; } h3 { margin: 8px 0 2px 0; }"), _truth(cn, rn, clock, issue, org)


_PAS_ORGS27 = ("Steunpunt Mantelzorg", "Mantelzorgcentrum", "Stichting MantelzorgNL regio", "Mantelzorgsteunpunt Zorgdragers")


def mantelzorgpas_registratie_brief_met_pas(c: Ctx):
    """Fresh27. A carers' support centre's letter confirming that the carer is registered and declaring the care, with the carer's
    "Mantelzorgpas" printed at its foot as a credit-card-sized card to cut out (the card's number, its valid-until month and the carer's name
    again; the registration's day, the person cared for's birth date and the centre's contact as decoys); whether care is needed day and night
    in a sentence; the centre with its town the issuer, the letter's "Datum" the issue date."""
    c.font_of(c.pick(("Carlito", "Open Sans"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("long", "dash", "weekday", "long_pad"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    org = f"{c.rng.choice(_PAS_ORGS27)} {home.city}"
    cn, rn = carer.name(c.pick("all", "first", "initials")), recipient.name(c.pick("all", "first"))
    registered = issue - dt.timedelta(days=c.rng.randint(30, 900))
    valid = dt.date(issue.year + 1, 12, 31)
    number = f"MZ-{c.rng.randint(100000, 999999)}"
    adviser = c.person(born=(1965, 1998))
    how = (f"{e(cn)} zorgt dag en nacht voor {e(rn)}; er is 24 uur per dag zorg en toezicht nodig, ook 's nachts." if clock else
           f"{e(cn)} helpt {e(rn)} overdag met de dagelijkse zorg. 's Nachts is geen zorg of toezicht nodig; van 24 uur per dag zorg is geen sprake.")
    card = (
        "<div style='margin-top:10mm;border-top:1px dashed #888;padding-top:1mm' class='small'>&#9986; hier afknippen</div>"
        "<div style='width:85.6mm;height:54mm;border-radius:3.5mm;background:#f2c744;margin-top:3mm;padding:4mm 5mm;box-sizing:border-box;position:relative'>"
        "<div style='font-weight:bold;font-size:13pt'>Mantelzorgpas</div>"
        f"<div style='font-size:8pt'>{e(org)}</div>"
        f"<div style='margin-top:7mm;font-size:11pt;font-weight:bold'>{e(carer.name('first'))}</div>"
        f"<div style='font-size:8.5pt'>Pasnummer {e(number)}</div>"
        f"<div style='font-size:8.5pt'>Geldig t/m {e(values.date_text(valid, 'dash'))}</div></div>")
    body = (
        f"<div style='color:#b3541e;font-weight:bold;font-size:15pt'>{e(org)}</div>"
        f"<div class='small'>Voor wie zorgt voor een ander &middot; {e(home.city)}</div>"
        + address_block([carer.name("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", f"<b style='white-space:nowrap'>{c.d(issue)}</b>"), ("Registratienummer", e(number)),
              ("Ingeschreven sinds", e(values.date_text(registered, "long")))], label_width="40mm")
        + "<h2>Bevestiging registratie en verklaring mantelzorg</h2>"
        f"<p>Beste {e(carer.given[0])},</p>"
        f"<p>U staat bij ons ingeschreven als mantelzorger. Met deze brief verklaren wij dat {e(cn)} mantelzorger is van {e(rn)} "
        f"(geboren {e(values.date_text(recipient.birth_date, 'dash'))}), die aan de {e(home.line1())} in {e(home.city)} woont.</p>"
        f"<p>{how}</p>"
        "<p>Onderaan deze brief vindt u uw nieuwe Mantelzorgpas. Met de pas krijgt u korting bij deelnemende winkels en gratis toegang tot onze "
        "cursussen.</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(adviser.name('first'))}<br>mantelzorgconsulent, {e(org)}</p>"
        + card
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(cn, rn, clock, issue, org)


# --- fresh28 split ---------------------------------------------------------------------------

_TEAMS28 = ("Buurtteam", "Sociaal Wijkteam", "Wijkteam", "Team Toegang")
_DISTRICTS28 = ("Tarwewijk", "Kanaleneiland", "Transvaal", "Presikhaaf", "De Hoogte", "Malburgen", "Overvecht", "Hatert", "Vathorst", "Kruiskamp")
_OTHERS28 = {"f": ("zus", "buurvrouw", "schoondochter", "vriendin", "nicht"), "m": ("broer", "buurman", "schoonzoon", "vriend", "neef")}
_FREQUENCY28 = ("1x per week", "2x per maand", "af en toe", "1x per maand", "telefonisch, wekelijks")


def wijkteam_netwerkkaart_ecogram(c: Ctx):
    """Fresh28. A neighbourhood team's "netwerkkaart": an ecogram drawn over a 3 x 3 grid, the person cared for in the middle box, the carer
    and two to four other people (relatives, a neighbour) and professionals (the GP, the home-care team) in boxes around, joined to the
    middle by lines whose weight shows how often they help (the other people, their relations and frequencies are decoys; the carer's box says
    "mantelzorger, dagelijks"); below it a short "Verklaring" naming carer and cared-for and whether care is needed day and night; the talk's
    day and the counsellor as decoys; "Datum" the issue date, the team with its district the issuer."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Cantarell", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "nopad", "long_pad"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = f"{c.rng.choice(_TEAMS28)} {c.rng.choice(_DISTRICTS28)}"
    fc, fr = carer.name(c.pick("all", "first")), recipient.name(c.pick("all", "first", "initials"))
    others = []
    for _ in range(c.rng.randint(2, 4)):
        p = c.person(born=(1945, 2002))
        others.append((p.name("first"), c.rng.choice(_OTHERS28[p.sex]), c.rng.choice(_FREQUENCY28), c.pick(0.4, 0.7)))
    others.append((f"Huisarts {c.person(born=(1955, 1990)).name('initials')}", "huisarts", "bij klachten", 0.4))
    if c.rng.random() < 0.6:
        others.append((c.rng.choice(("Buurtzorg team Oost", "Thuiszorg Zuid", "Wijkverpleging Centrum")), "wijkverpleging", c.pick("2x per week", "dagelijks 's ochtends"), 0.7))
    slots = [(0, 0), (0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1), (2, 2)]
    c.rng.shuffle(slots)
    placed = {slots[0]: (fc, "mantelzorger", "dagelijks", 2.2)}
    for slot, item in zip(slots[1:], others):
        placed[slot] = item
    box = "border:0.8px solid #555;border-radius:2mm;background:#fff;padding:1.2mm 2mm;font-size:8pt;display:inline-block;max-width:50mm"
    cells = ""
    for r in range(3):
        cells += "<tr>"
        for col in range(3):
            if (r, col) == (1, 1):
                inner = f"<div style='{box};border:1.6px solid #1d4f7a;background:#e8f0f8'><b>{e(fr)}</b><br><span class='small'>cliënt</span></div>"
            elif (r, col) in placed:
                n, rel, freq, _ = placed[(r, col)]
                inner = f"<div style='{box}'><b style='white-space:nowrap'>{e(n)}</b><br>{e(rel)}<br><span class='small'>{e(freq)}</span></div>"
            else:
                inner = ""
            cells += f"<td style='width:56.6mm;height:27mm;text-align:center;vertical-align:middle;padding:0'>{inner}</td>"
        cells += "</tr>"
    lines = "".join(f"<line x1='85' y1='40.5' x2='{28.3 + 56.6 * col:.1f}' y2='{13.5 + 27 * r:.1f}' stroke='#555' stroke-width='{weight}'/>"
                    for (r, col), (_, _, _, weight) in placed.items())
    drawing = (f"<div style='position:relative;width:170mm;height:81mm;margin:2mm 0'>"
               f"<svg xmlns='http://www.w3.org/2000/svg' width='170mm' height='81mm' viewBox='0 0 170 81' style='position:absolute;left:0;top:0'>{lines}</svg>"
               f"<table style='position:absolute;left:0;top:0;width:170mm;table-layout:fixed;border-collapse:collapse'>{cells}</table></div>")
    talk = issue - dt.timedelta(days=c.rng.randint(5, 40))
    worker = c.person(born=(1965, 1998))
    need = (f"Zonder deze hulp kan {e(fr)} niet thuis blijven wonen. Er is dag en nacht toezicht nodig; {e(fc)} is daarvoor 24 uur per dag beschikbaar."
            if clock else f"{e(fc)} helpt overdag. 's Nachts is geen zorg of toezicht nodig.")
    body = (
        f"<div style='display:flex;justify-content:space-between;border-bottom:2px solid #1d4f7a;padding-bottom:2mm'><span class='logo' style='font-size:15pt'>{e(issuer)}</span>"
        f"<span class='small right'>Gemeente {e(home.municipality)}<br>{e(people.issuer_address(c.rng, home.city)[0])}</span></div>"
        f"<h2>Netwerkkaart</h2><p class='small'>Opgesteld in het gesprek van {e(values.date_text(talk, 'dash'))} met {e(worker.name('first'))}, "
        "consulent. De dikte van de lijn geeft aan hoe vaak iemand helpt.</p>"
        + drawing
        + "<h3>Verklaring</h3>"
        f"<p>Het {e(issuer)} verklaart dat {e(fc)} de mantelzorger is van {e(fr)}, wonend {e(home.line1())} te {e(home.city)}. {need}</p>"
        + kv([("Datum", f"<b style='white-space:nowrap'>{c.d(issue)}</b>"), ("Namens het team", e(worker.name("initials")))], label_width="40mm")
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(fc, fr, clock, issue, issuer)


_PRACTICES28 = ("Huisartsenpraktijk De Boog", "Gezondheidscentrum Oosterpark", "Huisartsen Maaszicht", "Huisartsenpraktijk Het Spoor",
                "Medisch Centrum De Vaart", "Huisartsengroep Noorderkwartier")


def zorgmail_beveiligd_bericht_poh(c: Ctx):
    """Fresh28. A message sent through ZorgMail's secure mail by a GP practice's nurse practitioner (POH ouderenzorg) to the corporation,
    printed with the secure-mail head: "Van" and "Aan" with their ZorgMail addresses, "Verzonden" the issue date with a time, the message
    number, "Beveiligd verzonden" and "Bewaard tot" (a decoy day); the patient line with birth date, the last consultation's day and the
    practice's AGB code as decoys; the facts and the 24-hour need in sentences, the practice the issuer."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("dash", "long", "wd_nopad", "wd_abbr_short"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_PRACTICES28)
    fc, fr = carer.name(c.pick("all", "first", "initials")), recipient.name(c.pick("all", "first", "initials"))
    poh = c.person(born=(1965, 1998), sex=c.pick("f", "f", "m"))
    corp = c.rng.choice(("Ymere", "Portaal", "Woonbron", "Havensteder", "Mitros", "Vidomes", "Eigen Haard"))
    seen = issue - dt.timedelta(days=c.rng.randint(3, 60))
    kept = dt.date(issue.year + 1, issue.month, min(issue.day, 28))
    clock_text = (f"Vanwege de situatie van patiënt is er dag en nacht zorg en toezicht nodig. {e(fc)} verleent deze zorg, ook 's nachts."
                  if clock else f"{e(fc)} helpt patiënt dagelijks overdag. 's Nachts is er op dit moment geen zorg of toezicht nodig.")
    head = ("<table style='width:100%;font-size:8.8pt;background:#eef3f7;border:0.6px solid #9bb;margin-bottom:4mm'>"
            f"<tr><td style='width:30mm;padding:1mm 2mm'><b>Van</b></td><td>{e(poh.name('initials'))}, POH ouderenzorg, {e(issuer)} &lt;{50000000 + c.rng.randint(1, 9999999)}@lms.lifeline.nl&gt;</td></tr>"
            f"<tr><td style='padding:1mm 2mm'><b>Aan</b></td><td>{e(corp)}, team Woonruimteverdeling &lt;{60000000 + c.rng.randint(1, 9999999)}@lms.lifeline.nl&gt;</td></tr>"
            f"<tr><td style='padding:1mm 2mm'><b>Verzonden</b></td><td><span style='white-space:nowrap'>{c.d(issue)}</span> {c.rng.randint(8, 17):02d}:{c.rng.randint(0, 59):02d}</td></tr>"
            f"<tr><td style='padding:1mm 2mm'><b>Onderwerp</b></td><td>Mantelzorg {e(recipient.surname)} t.b.v. woningaanvraag</td></tr>"
            f"<tr><td style='padding:1mm 2mm'><b>Bericht-ID</b></td><td>ZM-{c.rng.randint(10**8, 10**9 - 1)} &middot; beveiligd verzonden &middot; bewaard tot {e(values.date_text(kept, 'dash'))}</td></tr></table>")
    body = (
        "<div style='display:flex;justify-content:space-between;align-items:center'><span class='logo' style='font-size:14pt;color:#0d6a8a'>ZorgMail</span>"
        "<span class='small'>Beveiligde e-mail in de zorg &middot; afdrukweergave</span></div><hr style='border:0;border-top:1px solid #0d6a8a'>"
        + head
        + "<p>Geachte medewerker,</p>"
        f"<p>Op verzoek van patiënt en mantelzorger bevestig ik het volgende. Patiënt: {e(fr)}, geboren {e(values.date_text(recipient.birth_date, 'dash'))}, "
        f"wonend {e(home.line1())}, {e(home.city)}. Laatste consult: {e(values.date_text(seen, 'dash'))}.</p>"
        f"<p>{e(fc)} is de mantelzorger van patiënt en helpt bij de persoonlijke verzorging, de medicatie en het huishouden. {clock_text}</p>"
        "<p>Medische gegevens geef ik niet door; de beoordeling van de aanvraag laat ik aan u.</p>"
        f"<p>Met vriendelijke groet,<br>{e(poh.name('initials'))}<br>Praktijkondersteuner huisarts (ouderenzorg)<br><b>{e(issuer)}</b><br>"
        f"<span class='small'>AGB-code praktijk {c.rng.randint(1000000, 9999999):08d}</span></p>"
        "<p class='small' style='margin-top:8mm;border-top:0.5px solid #999;padding-top:1mm'>Dit bericht is via ZorgMail versleuteld verzonden. "
        "Het is alleen bestemd voor de geadresseerde.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(fc, fr, clock, issue, issuer)


# --- fresh29 split ---------------------------------------------------------------------------

_EPILEPSY29 = (("Epilepsiecentrum Oost-Nederland", "Zwolle"), ("Expertisecentrum Epilepsie Zuid", "Heeze"), ("Centrum voor Epilepsiezorg Noord", "Groningen"),
               ("Epilepsiepoli Maasland", "Maastricht"), ("Epilepsie Instituut Kennemerland", "Heemstede"))
_DAYPARTS29 = (("Ochtend", "07.00 - 12.00 uur"), ("Middag", "12.00 - 18.00 uur"), ("Avond", "18.00 - 23.00 uur"), ("Nacht", "23.00 - 07.00 uur"))


def epilepsiecentrum_dagdelen_toezicht_tabel(c: Ctx):
    """Fresh29. An epilepsy centre's nurse specialist writes on the supervision a patient needs, with a table "Toezicht per dagdeel" (morning,
    afternoon, evening and night, each with its hours, whether supervision is needed and who gives it: the carer, a day-care centre or a
    home-care team (decoy organisations), at night with the seizure alarm or nobody); the patient's birth date and number, the last seizure's
    day, the next check-up and the treating neurologist as decoys; the 24-hour need again in a sentence; the centre's town and the day in the
    date line the issue date, the centre the issuer."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "long_pad", "wd_nodot_long"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer, town = c.rng.choice(_EPILEPSY29)
    fc, fr = carer.name(c.pick("all", "first", "initials")), recipient.name(c.pick("all", "first", "initials"))
    nurse = c.person(born=(1962, 1995), sex=c.pick("f", "f", "m"))
    neuro = c.person(born=(1958, 1990))
    daycare = c.pick("dagbesteding De Werkplaats", "activiteitencentrum Het Baken", "dagcentrum De Linde")
    homecare = c.pick("wijkverpleging", "thuiszorgteam", "Buurtzorg")
    plan = [(True, e(fc)), (c.rng.random() < 0.6, e(daycare) if c.rng.random() < 0.5 else e(fc)), (True, e(fc) if c.rng.random() < 0.7 else e(homecare))]
    plan.append((True, f"{e(fc)} (slaapt bij patiënt, epilepsiealarm)") if clock else (False, "&ndash; (geen toezicht nodig)"))
    cell = "border:0.8px solid #666;padding:1.5mm 2mm"
    rows = "".join(f"<tr><td style='{cell}'><b>{p}</b></td><td style='{cell};white-space:nowrap'>{h}</td><td style='{cell};text-align:center'>{'ja' if need else 'nee'}</td>"
                   f"<td style='{cell}'>{who}</td></tr>" for (p, h), (need, who) in zip(_DAYPARTS29, plan))
    seizure = issue - dt.timedelta(days=c.rng.randint(2, 50))
    check = issue + dt.timedelta(days=c.rng.randint(20, 120))
    said = (f"Samengevat: {e(fr)} heeft 24 uur per dag toezicht nodig, ook 's nachts. Deze zorg wordt vooral gegeven door {e(fc)}, de mantelzorger."
            if clock else f"Samengevat: {e(fr)} heeft overdag en 's avonds toezicht nodig, 's nachts niet; er is geen 24-uurszorg nodig. {e(fc)} is de mantelzorger.")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#6a1b4d'>{e(issuer)}</span><br>"
        f"<span class='small'>Polikliniek &middot; Verpleegkundig spreekuur</span></td><td class='right small'>{e(people.issuer_address(c.rng, None)[0])}<br>"
        f"{e(town)}</td></tr></table>"
        + address_block(["Aan wie het aangaat"])
        + f"<p>{e(town)}, <span style='white-space:nowrap'>{c.d(issue)}</span></p>"
        + kv([("Betreft", "verklaring zorg en toezicht"), ("Patiënt", f"{e(fr)}, geboren {e(values.date_text(recipient.birth_date, 'dash'))}"),
              ("Patiëntnummer", str(c.rng.randint(1000000, 9999999)))], label_width="34mm")
        + f"<p>Geachte heer, mevrouw,</p><p>{e(fr)} is bij ons centrum onder behandeling voor epilepsie. De aanvallen zijn niet goed voorspelbaar; "
        f"de laatste aanval was op {e(values.date_text(seizure, c.date_style))}. Op verzoek van patiënt en mantelzorger beschrijf ik hieronder welk toezicht "
        "nodig is.</p>"
        "<h3>Toezicht per dagdeel</h3>"
        f"<table style='width:100%;border-collapse:collapse;font-size:9pt'><tr><th style='{cell}'>Dagdeel</th><th style='{cell}'>Tijd</th>"
        f"<th style='{cell}'>Toezicht nodig</th><th style='{cell}'>Door</th></tr>{rows}</table>"
        f"<p style='margin-top:3mm'>{said}</p>"
        f"<p>De volgende controle bij de behandelend neuroloog, {e(neuro.name('initials'))}, is gepland op {e(values.date_text(check, c.date_style))}.</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(nurse.name('initials'))}<br>verpleegkundig specialist epilepsie<br>{e(issuer)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(fc, fr, clock, issue, issuer)


_SCHOOLS29 = ("Hogeschool Rotterdam", "Hanzehogeschool Groningen", "Universiteit Utrecht", "Vrije Universiteit Amsterdam", "Fontys Hogescholen",
              "Saxion Hogeschool", "Radboud Universiteit", "Hogeschool Inholland")
_PROGRAMMES29 = ("Verpleegkunde", "Bedrijfskunde", "Rechtsgeleerdheid", "Social Work", "Psychologie", "Werktuigbouwkunde", "Pedagogiek", "Informatica")


def studentendecaan_verklaring_bijzondere_omstandigheden(c: Ctx):
    """Fresh29. A university's or a university of applied sciences' student dean declares that a student is the carer of a parent or
    another relative ("Verklaring bijzondere omstandigheden: mantelzorg", as deans write it for study delay and the support fund): a block
    with the student's name, student number, programme and enrolment day, the relative cared for, and whether care is needed day and night;
    the talks' days, the academic year the declaration covers (its first and last day) and the support fund's months as decoys; "Datum" the
    issue date, the institution the issuer (the dean's office under it)."""
    c.font_of(c.pick(("Open Sans", "Cantarell"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "dot_pad", "nopad"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    carer = c.person(born=(1998, 2007))
    issuer = c.rng.choice(_SCHOOLS29)
    fc, fr = carer.name(c.pick("all", "first")), recipient.name(c.pick("all", "first", "initials"))
    gap = carer.birth_date.year - recipient.birth_date.year
    female = recipient.sex == "f"
    relation = (("grootmoeder" if female else "grootvader") if gap >= 45 else ("moeder" if female else "vader") if gap >= 18
                else ("zus" if female else "broer"))
    dean = c.person(born=(1960, 1992))
    year0 = issue.year if issue.month >= 9 else issue.year - 1
    enrolled = dt.date(year0 - c.rng.randint(0, 3), 9, 1)
    talks = sorted(issue - dt.timedelta(days=c.rng.randint(5, 120)) for _ in range(2))
    nw = "white-space:nowrap"
    need = (f"De zorg voor de {relation} van de student is dag en nacht nodig (24 uur per dag); {e(fc)} woont bij {e(fr)} in en verleent ook 's nachts zorg."
             if clock else f"De {relation} van de student heeft dagelijks enkele uren hulp nodig. Er is geen 24-uurszorg nodig; 's nachts is geen toezicht nodig.")
    body = (
        f"<div style='display:flex;justify-content:space-between;align-items:flex-end;border-bottom:1.5px solid #222;padding-bottom:2mm'>"
        f"<span style='font-size:17pt;font-weight:bold'>{e(issuer)}</span><span class='small right'>Studentendecanaat<br>Studentenservicecentrum</span></div>"
        "<h1 style='font-size:14pt;margin-top:7mm'>Verklaring bijzondere omstandigheden: mantelzorg</h1>"
        + kv([("Datum", f"<b style='{nw}'>{c.d(issue)}</b>"), ("Kenmerk", f"SD-{issue.year}-{c.rng.randint(1000, 9999)}")], label_width="40mm")
        + "<h3>Student</h3>"
        + kv([("Naam", e(fc)), ("Studentnummer", str(c.rng.randint(1000000, 9999999))), ("Opleiding", e(c.rng.choice(_PROGRAMMES29))),
              ("Ingeschreven sinds", f"<span style='{nw}'>{e(values.date_text(enrolled, c.date_style))}</span>")], label_width="40mm")
        + "<h3>Mantelzorg</h3>"
        + kv([("Zorg voor", f"{e(fr)} ({e(relation)})"), ("Zorg dag en nacht (24 uur)", "ja" if clock else "nee")], label_width="40mm")
        + f"<p>Ik heb met de student gesproken op {e(values.date_text(talks[0], c.date_style))} en {e(values.date_text(talks[1], c.date_style))}. "
        f"Op grond van deze gesprekken en de stukken die de student heeft laten zien, verklaar ik dat {e(fc)} mantelzorger is van {e(fr)}. {need}</p>"
        f"<p>Deze verklaring geldt voor het studiejaar {year0}-{year0 + 1} ({e(values.date_text(dt.date(year0, 9, 1), 'dash'))} tot en met "
        f"{e(values.date_text(dt.date(year0 + 1, 8, 31), 'dash'))}) en kan worden gebruikt voor een aanvraag bij het profileringsfonds "
        f"(maximaal {c.rng.randint(3, 12)} maanden) en bij andere instanties.</p>"
        f"<p style='margin-top:6mm'>{e(dean.name('initials'))}<br>studentendecaan<br>{e(issuer)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(fc, fr, clock, issue, issuer)


# --- fresh30 split ---------------------------------------------------------------------------

_HOMECARE30 = ("Zorggroep Noorderboog", "Vivium Zorggroep", "Evean Wijkverpleging", "Amstelring Thuiszorg", "Carintreggeland", "ZuidZorg",
               "Zorgaccent Thuiszorg", "Rivas Zorggroep")
_RELATIONS30 = ("partner", "echtgenoot", "dochter", "zoon", "schoondochter", "kleinzoon", "buurvrouw", "nicht")


def zorgplan_uittreksel_doelen_acties_omaha(c: Ctx):
    """Fresh30. An excerpt of a district-nursing care plan ("Uittreksel zorgplan") as the care record system prints it: the organisation's
    head, the client (the recipient with birth date and client number), the plan's version with "Vastgesteld op" and "Evaluatie gepland"
    (decoy dates), the district nurse with a BIG number (a decoy name), then a ruled table of problems in the Omaha System's domains
    ("Domein | Probleem | Doel | Acties | Wie") in which one row names the carer with the relation and either presence day and night or
    help by day only; "Uittreksel opgemaakt op" the issue date, the organisation the issuer."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "short_nodot", "dot_pad"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_HOMECARE30)
    fc, fr = carer.name(c.pick("first", "all", "initials")), recipient.name(c.pick("all", "first", "initials", "reversed"))
    nurse = c.person(born=(1965, 1998))
    nw = "white-space:nowrap"
    fixed = issue - dt.timedelta(days=c.rng.randint(20, 200))
    evaluate = fixed + dt.timedelta(days=c.pick(90, 120, 180))
    relation = c.rng.choice(_RELATIONS30)
    care = (f"{e(fc)} ({e(relation)}) is 24 uur per dag aanwezig en houdt toezicht, ook 's nachts; cliënt kan niet alleen gelaten worden."
            if clock else f"{e(fc)} ({e(relation)}) helpt dagelijks in de ochtend en de avond; 's nachts is geen toezicht nodig.")
    rows = [
        ("Fysiologisch", "Neuro-musculo-skeletaal functioneren", "Veilig verplaatsen binnenshuis", "Transfers oefenen, valrisico bespreken", "Wijkverpleging / fysiotherapeut"),
        ("Psychosociaal", "Cognitie", "Dagstructuur behouden", "Dagritmekaart, geheugensteun", "Wijkverpleging"),
        ("Psychosociaal", "Mantelzorg / zorgverlening", "Mantelzorger blijft belastbaar", care, "Mantelzorger"),
        ("Gezondheidsgerelateerd gedrag", "Medicatiegebruik", "Medicatie volgens voorschrift", "Baxterrol, aftekenlijst", "Apotheek / mantelzorger"),
    ]
    c.rng.shuffle(rows)
    table = "".join(f"<tr><td>{e(d)}</td><td>{e(p)}</td><td>{e(g)}</td><td>{a if w == 'Mantelzorger' else e(a)}</td><td>{e(w)}</td></tr>"
                    for d, p, g, a, w in rows)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#2c5d8a'>{e(issuer)}</span><br>"
        "<span class='small'>Wijkverpleging &middot; team " + e(home.city) + "</span></td>"
        f"<td class='right small'>{e(people.issuer_address(c.rng, home.city)[0])}<br>{e(people.issuer_address(c.rng, home.city)[1])}</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:6mm'>Uittreksel zorgplan</h1>"
        + grid([("Cliënt", f"<span style='{nw}'>{e(fr)}</span>"), ("Geboortedatum", f"<span style='{nw}'>{e(values.date_text(recipient.birth_date, 'dash'))}</span>"),
                ("Cliëntnummer", f"{c.rng.randint(100000, 999999)}"), ("Zorgplan", f"versie {c.rng.randint(2, 7)}"),
                ("Vastgesteld op", f"<span style='{nw}'>{e(values.date_text(fixed, 'dash'))}</span>"),
                ("Evaluatie gepland", f"<span style='{nw}'>{e(values.date_text(evaluate, 'dash'))}</span>"),
                ("Wijkverpleegkundige", e(nurse.name("initials"))), ("BIG-nummer", f"{c.rng.randint(10000000000, 99999999999)}")], label_width="36mm")
        + "<h3 style='margin-top:5mm'>Problemen, doelen en acties (Omaha System)</h3>"
        "<table class='ruled' style='width:100%;font-size:8.4pt'><tr><th>Domein</th><th>Probleem</th><th>Doel</th><th>Acties</th><th>Wie</th></tr>"
        f"{table}</table>"
        f"<p style='margin-top:4mm'><b>Betrokken mantelzorger:</b> {e(fc)}, {e(relation)} van cliënt.</p>"
        f"<p style='margin-top:6mm'>Uittreksel opgemaakt op <b style='{nw}'>{c.d(issue)}</b> ten behoeve van de woningcorporatie, op verzoek van cliënt.<br>"
        f"{e(nurse.name('initials'))}, wijkverpleegkundige, {e(issuer)}</p>"
        f"<p class='small' style='margin-top:6mm;color:#666'>Afdruk uit het elektronisch cliëntdossier &middot; pagina 1 van 1</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(fc, fr, clock, issue, issuer)


_PHARMACIES30 = ("Apotheek De Vliet", "Service Apotheek Oosterhout", "Apotheek Het Kruispunt", "BENU Apotheek Centrum", "Apotheek De Linde",
                 "Stadsapotheek Zuid", "Apotheek Maasoever")
_MEDICINES30 = ("Metoprolol 50 mg", "Levodopa/carbidopa 100/25 mg", "Paracetamol 500 mg", "Omeprazol 20 mg", "Furosemide 40 mg", "Haloperidol 1 mg",
                "Macrogol sachet", "Oxazepam 10 mg", "Donepezil 10 mg", "Calciumcarbonaat/colecalciferol")


def apotheek_medicatierol_toedienlijst_mantelzorger(c: Ctx):
    """Fresh30. A pharmacy's statement with the medication schedule of a patient whose medicines come on a roll (a "baxterrol"): the
    pharmacy's head with its AGB code, the patient (the recipient with birth date), the prescribing GP (a decoy name), the roll's first
    delivery and the next delivery day (decoy dates), a ruled table of medicines by the hour (08.00 to 22.00, and 03.00 at night when the
    care is round the clock) with who gives them, then the pharmacist's sentence that the carer sets out and gives the medication, day and
    night with 24-hour supervision or by day only; "Datum" at the foot the issue date, the pharmacy the issuer."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "FreeSans")))
    c.restyle17(dates=("long", "dash", "nopad", "long_pad"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_PHARMACIES30)
    fc, fr = carer.name(c.pick("all", "first", "initials")), recipient.name(c.pick("first", "all", "initials"))
    gp, pharmacist = c.person(born=(1955, 1990), titled=0.0), c.person(born=(1960, 1995))
    nw = "white-space:nowrap"
    first = issue - dt.timedelta(days=c.rng.randint(60, 700))
    following = issue + dt.timedelta(days=c.rng.randint(2, 13))
    hours = ("08.00", "13.00", "18.00", "22.00") + (("03.00",) if clock else ())
    meds = c.rng.sample(_MEDICINES30, c.rng.randint(4, 6))
    head = "".join(f"<th style='text-align:center'>{h}</th>" for h in hours)
    body_rows = ""
    for med in meds:
        marks = "".join(f"<td style='text-align:center'>{c.pick('1', '1', '&frac12;', '', '')}</td>" for _ in hours)
        body_rows += f"<tr><td>{e(med)}</td>{marks}</tr>"
    who = (f"<tr><td><i>Toediening door</i></td>" + "".join(f"<td style='text-align:center;font-size:7.4pt'>mantelzorger</td>" for _ in hours) + "</tr>")
    sentence = (f"Wij verklaren dat {e(fc)} als mantelzorger de medicatie van {e(fr)} klaarzet en toedient, ook de nachtelijke gift. "
                f"{e(fr)} heeft 24 uur per dag zorg en toezicht nodig en kan de medicatie niet zelf innemen." if clock else
                f"Wij verklaren dat {e(fc)} als mantelzorger de medicatie van {e(fr)} overdag klaarzet en toedient. 's Nachts zijn er geen "
                "innamemomenten en is geen toezicht nodig.")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:#1a7a3a'>&#10010; {e(issuer)}</span></td>"
        f"<td class='right small'>AGB-code 06{c.rng.randint(100000, 999999)}<br>{e(people.issuer_address(c.rng, home.city)[1])}<br>"
        f"Tel. 0{c.rng.randint(10, 99)}-{c.rng.randint(1000000, 9999999)}</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:7mm'>Verklaring apotheek: medicatie en toediening</h1>"
        + kv([("Patiënt", e(fr)), ("Geboortedatum", f"<span style='{nw}'>{e(values.date_text(recipient.birth_date, 'dash'))}</span>"),
              ("Voorschrijver", f"{e(gp.name('initials'))}, huisarts"), ("Baxterrol sinds", f"<span style='{nw}'>{e(values.date_text(first, 'dash'))}</span>"),
              ("Volgende levering", f"<span style='{nw}'>{e(values.date_text(following, 'dash'))}</span>")], label_width="40mm")
        + "<h3 style='margin-top:4mm'>Toedienschema</h3>"
        f"<table class='ruled' style='width:100%;font-size:8.8pt'><tr><th>Geneesmiddel</th>{head}</tr>{body_rows}{who}</table>"
        f"<p style='margin-top:5mm'>{sentence}</p>"
        f"<p style='margin-top:6mm'>Datum: <span style='{nw}'>{c.d(issue)}</span></p>"
        f"<p>{e(pharmacist.name('initials'))}<br>apotheker, {e(issuer)}</p>"
        "<p class='small' style='margin-top:6mm;color:#666'>Dit overzicht is gemaakt op basis van de actuele medicatiegegevens in de apotheek.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(fc, fr, clock, issue, issuer)


# --- fresh31 split ---------------------------------------------------------------------------

_HOSPITALS31 = ("Antoni van Leeuwenhoek", "Isala Zwolle", "Catharina Ziekenhuis", "Maasstad Ziekenhuis", "Rijnstate", "Jeroen Bosch Ziekenhuis",
                "Gelre ziekenhuizen", "Zuyderland Medisch Centrum")
_REGIMENS31 = (("FOLFOX", 14), ("R-CHOP", 21), ("Carboplatine/paclitaxel", 21), ("AC", 21), ("Docetaxel", 21), ("Gemcitabine", 28))


def oncologieverpleegkundige_kuurschema_verklaring(c: Ctx):
    """Fresh31. A hospital oncology nurse specialist's letter "aan wie het aangaat" about a patient in chemotherapy: the hospital's head
    with the department, the patient's birth date and hospital number (decoys), a ruled table of the cures (the cycle's number, the day of
    treatment and the day of the check-up: decoy days), the regimen's name and the weeks between cures; the sentence that the carer, named
    with the relation, stays with the patient day and night in the weeks after every cure because the patient may not be alone (24-hour
    supervision), or helps by day with meals and transport; the date line the issue date, the hospital the issuer."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "long_pad", "nopad"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_HOSPITALS31)
    fc, fr = carer.name(c.pick("all", "first", "initials")), recipient.name(c.pick("first", "all", "initials"))
    nurse = c.person(born=(1965, 1995))
    regimen, weeks = c.rng.choice(_REGIMENS31)
    relation = c.pick("partner", "dochter", "zoon", "zus", "broer", "buurvrouw")
    nw = "white-space:nowrap"
    first = issue - dt.timedelta(days=c.rng.randint(20, 80))
    rows = ""
    for i in range(c.rng.randint(4, 6)):
        day = first + dt.timedelta(days=weeks * i)
        check = day - dt.timedelta(days=c.pick(1, 2))
        rows += (f"<tr><td>Kuur {i + 1}</td><td style='{nw}'>{e(values.date_text(day, 'dash'))}</td><td style='{nw}'>{e(values.date_text(check, 'dash'))}</td>"
                 f"<td>{'gegeven' if day <= issue else 'gepland'}</td></tr>")
    care = (f"<p>Na iedere kuur is {e(fr)} enkele weken zeer vatbaar voor infecties en ernstig vermoeid. {e(fr)} kan in die periode niet alleen "
            f"zijn. {e(fc)} ({e(relation)}) is daarom dag en nacht bij {'hem' if recipient.sex == 'm' else 'haar'} aanwezig en houdt 24 uur per dag "
            "toezicht, onder meer op koorts, zodat wij direct gebeld kunnen worden.</p>" if clock else
            f"<p>Na iedere kuur is {e(fr)} enkele dagen ernstig vermoeid. {e(fc)} ({e(relation)}) helpt overdag bij de maaltijden, het huishouden en "
            "het vervoer naar het ziekenhuis. 's Nachts is geen toezicht nodig.</p>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:#6a2c70'>{e(issuer)}</span><br>"
        "<span class='small'>Oncologisch Centrum &middot; afdeling Dagbehandeling Oncologie</span></td>"
        f"<td class='right small'>Tel. 0{c.rng.randint(10, 99)} - {c.rng.randint(100, 999)} {c.rng.randint(1000, 9999)}<br>"
        f"{e(people.issuer_address(c.rng)[1])}</td></tr></table>"
        f"<p style='margin-top:8mm'>{e(home.city)}, <span style='{nw}'>{c.d(issue)}</span></p>"
        "<p><b>Betreft: verklaring mantelzorg tijdens chemotherapie</b></p>"
        + kv([("Patiënt", e(fr)), ("Geboortedatum", f"<span style='{nw}'>{e(values.date_text(recipient.birth_date, 'dash'))}</span>"),
              ("Patiëntnummer", f"{c.rng.randint(1000000, 9999999)}"), ("Behandeling", f"{e(regimen)}, elke {weeks // 7} weken")], label_width="38mm")
        + "<p style='margin-top:4mm'>Aan wie het aangaat,</p>"
        f"<p>{e(fr)} wordt in ons ziekenhuis behandeld met chemotherapie. Het schema van de kuren is als volgt:</p>"
        "<table class='ruled' style='width:88%;font-size:9pt'><tr><th>Kuur</th><th>Behandeldag</th><th>Bloedcontrole</th><th>Status</th></tr>"
        f"{rows}</table>"
        + care
        + "<p>Deze verklaring is afgegeven op verzoek van de patiënt.</p>"
        f"<p style='margin-top:6mm'>Met vriendelijke groet,<br><br>{e(nurse.name('initials'))}<br>verpleegkundig specialist oncologie<br>{e(issuer)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(fc, fr, clock, issue, issuer)


def mantelzorgwoning_zorgbehoefteverklaring_omgevingsloket(c: Ctx):
    """Fresh31. The declaration of need for care a municipality asks for when a family places a "mantelzorgwoning" (a care dwelling in the
    garden, built without a permit under the Omgevingswet): a numbered form, the municipality's head and the form's code; "1. Gegevens
    zorgvrager" and "2. Gegevens mantelzorger" (names, birth dates and the addresses: decoys), "3. De mantelzorgwoning" (the address of the
    plot with its postcode, the cadastral parcel, the area in m² and the day building starts: decoys), "4. Zorgbehoefte" with a yes/no
    whether care must be at hand day and night, "5. Verklaring deskundige" with the GP practice or the home-care team signing; "Datum" the
    issue date, the signing practice or team the issuer."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "FreeSans")))
    c.restyle17(dates=("dash", "long", "dot_pad", "slash"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.pick(c.rng.choice(_PRACTICES), c.rng.choice(_ORGS))
    fc, fr = carer.name(c.pick("all", "first")), recipient.name(c.pick("all", "first"))
    doctor = c.person(born=(1960, 1992))
    nw = "white-space:nowrap"
    plot = people.address(c.rng)
    start = issue + dt.timedelta(days=c.rng.randint(20, 120))
    area = c.rng.randint(30, 70)
    section = lambda n, title: f"<tr><td colspan='2' style='background:#dde4ec;font-weight:bold;padding:1.4mm 2mm'>{n}. {e(title)}</td></tr>"  # noqa: E731
    row = lambda k, v: f"<tr><td style='width:62mm;padding:1.2mm 2mm;border-bottom:0.5px solid #bbb'>{e(k)}</td><td style='padding:1.2mm 2mm;border-bottom:0.5px solid #bbb'>{v}</td></tr>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>Gemeente {e(plot.municipality)}</span></td>"
        f"<td class='right small'>Formulier OW-MZ-{c.rng.randint(1, 9)}<br>Omgevingswet &middot; vergunningvrij bouwen</td></tr></table>"
        "<h1 style='font-size:13.5pt;margin-top:5mm'>Verklaring zorgbehoefte mantelzorgwoning</h1>"
        "<p class='small'>In te vullen door de zorgvrager en mantelzorger (deel 1 tot en met 3) en door een deskundige: de huisarts, "
        "wijkverpleegkundige of Wmo-consulent (deel 4 en 5).</p>"
        "<table style='width:100%;border-collapse:collapse;margin-top:2mm'>"
        + section(1, "Gegevens zorgvrager") + row("Naam", e(fr))
        + row("Geboortedatum", f"<span style='{nw}'>{e(values.date_text(recipient.birth_date, 'dash'))}</span>")
        + section(2, "Gegevens mantelzorger") + row("Naam", e(fc))
        + row("Geboortedatum", f"<span style='{nw}'>{e(values.date_text(carer.birth_date, 'dash'))}</span>")
        + row("Adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}")
        + section(3, "De mantelzorgwoning") + row("Adres perceel", f"{e(plot.line1())}, {e(values.postcode_text(plot.postcode, True))} {e(plot.city)}")
        + row("Kadastrale aanduiding", f"{e(plot.city.upper()[:4])}00 {c.pick('A', 'B', 'C', 'K')} {c.rng.randint(100, 9999)}")
        + row("Oppervlakte", f"{area} m²") + row("Start plaatsing", f"<span style='{nw}'>{e(values.date_text(start, 'dash'))}</span>")
        + section(4, "Zorgbehoefte")
        + row("Is de zorgvrager aangewezen op zorg die dag en nacht (24 uur per dag) binnen handbereik moet zijn?", c.check(clock))
        + row("Toelichting", "Zorgvrager kan niet alleen zijn, ook 's nachts is toezicht nodig." if clock
              else "Hulp overdag bij persoonlijke verzorging en huishouden; 's nachts geen toezicht nodig.")
        + section(5, "Verklaring deskundige")
        + row("Naam deskundige", e(doctor.name("initials")))
        + row("Organisatie", e(issuer))
        + row("Datum", f"<span style='{nw}'>{c.d(issue)}</span>")
        + row("Handtekening", "<div style='height:11mm'></div>")
        + "</table>"
        "<p class='small' style='margin-top:4mm'>Stuur dit formulier mee met uw melding via het Omgevingsloket. De mantelzorgwoning moet worden "
        "verwijderd als de mantelzorg stopt.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(fc, fr, clock, issue, issuer)


# --- fresh32 split ---------------------------------------------------------------------------

_PRAXEN32 = (("Kleve", "47533"), ("Emmerich am Rhein", "46446"), ("Goch", "47574"), ("Gronau (Westf.)", "48599"), ("Nordhorn", "48529"),
             ("Bad Bentheim", "48455"), ("Aachen", "52062"), ("Bocholt", "46395"))
_STRASSEN32 = ("Hauptstraße", "Bahnhofstraße", "Kirchplatz", "Lindenallee", "Marktstraße", "Gartenstraße", "Schulstraße")
_VERWANDT32 = {"f": ("Tochter", "Ehefrau", "Schwester", "Schwiegertochter", "Nachbarin"), "m": ("Sohn", "Ehemann", "Bruder", "Schwiegersohn", "Nachbar")}
_DIAGNOSEN32 = ("einer fortgeschrittenen Demenz", "den Folgen eines Schlaganfalls", "einer Parkinson-Erkrankung", "einer schweren Herzinsuffizienz",
                "einer COPD im Endstadium", "einer Multiplen Sklerose")


def hausarzt_aerztliche_bescheinigung_pflege_grensregio(c: Ctx):
    """Fresh32. A German GP's "Ärztliche Bescheinigung" for a patient who lives across the border in the Netherlands and is cared for by a
    relative, in German: the practice's head ("Hausarztpraxis Dr. med. ...", the street, the five-digit German postcode, telephone, "BSNR"
    and "LANR": decoys), "zur Vorlage bei der Wohnungsbaugesellschaft", the patient with "geb." and the Dutch address and postcode (decoys),
    the carer named with the relation ("Tochter", "Ehemann"), the "Pflegegrad" with its day (a decoy), care "rund um die Uhr (24 Stunden
    täglich, auch nachts)" or "tagsüber, nachts nicht erforderlich"; "<Ort>, den 05.03.2026" the issue date, the practice (as its stamp
    names it) the issuer."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("dot_pad",), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    town, plz = c.rng.choice(_PRAXEN32)
    doctor = c.person(born=(1955, 1988), origin=c.pick("nl", "pl", "nl"))
    issuer = f"Hausarztpraxis Dr. med. {doctor.name('first')}"
    fc, fr = carer.name(c.pick("all", "first")), recipient.name(c.pick("all", "first"))
    kin = c.rng.choice(_VERWANDT32[carer.sex])
    nw = "white-space:nowrap"
    grade = c.rng.randint(3, 5)
    graded = issue - dt.timedelta(days=c.rng.randint(60, 900))
    clock_text = (f"Aufgrund des Krankheitsbildes ist eine Betreuung und Beaufsichtigung <b>rund um die Uhr (24 Stunden täglich, auch nachts)</b> "
                  f"erforderlich. Diese wird von {e(fc)} sichergestellt, {'die' if carer.sex == 'f' else 'der'} dazu im Haushalt "
                  f"{'der Patientin' if recipient.sex == 'f' else 'des Patienten'} lebt."
                  if clock else
                  f"Die Unterstützung durch {e(fc)} erfolgt tagsüber (Körperpflege, Mahlzeiten, Begleitung zu Terminen). Eine Betreuung in der "
                  "Nacht ist derzeit nicht erforderlich.")
    body = (
        f"<table style='width:100%;border-bottom:1.2px solid #1d4e7a;padding-bottom:2mm'><tr><td><b style='font-size:14pt;color:#1d4e7a'>{e(issuer)}</b><br>"
        f"<span class='small'>Facharzt für Allgemeinmedizin &middot; Hausärztliche Versorgung</span></td>"
        f"<td class='right small'>{e(c.rng.choice(_STRASSEN32))} {c.rng.randint(1, 80)}<br>{plz} {e(town)}<br>Tel. 0{c.rng.randint(2800, 2899)} "
        f"{c.rng.randint(10000, 99999)}<br>BSNR {c.rng.randint(100000000, 999999999)} &middot; LANR {c.rng.randint(100000000, 999999999)}</td></tr></table>"
        "<h1 style='font-size:15pt;margin-top:8mm'>Ärztliche Bescheinigung</h1>"
        "<p class='small' style='margin-top:0'>zur Vorlage bei der Wohnungsbaugesellschaft (woningcorporatie) in den Niederlanden</p>"
        + kv([("Patient/in", f"<b>{e(fr)}</b>"), ("geb.", f"<span style='{nw}'>{e(values.date_text(recipient.birth_date, 'dot_pad'))}</span>"),
              ("wohnhaft", f"{e(home.line1())}, NL-{e(values.postcode_text(home.postcode, True))} {e(home.city)} (Niederlande)")], label_width="34mm")
        + f"<p style='margin-top:5mm'>Hiermit bescheinige ich, dass die oben genannte Person seit längerer Zeit in meiner hausärztlichen Behandlung steht und "
        f"aufgrund {e(c.rng.choice(_DIAGNOSEN32))} dauerhaft auf Hilfe angewiesen ist. Seit dem {e(values.date_text(graded, 'dot_pad'))} ist der "
        f"Pflegegrad {grade} anerkannt.</p>"
        f"<p>Die Pflege wird überwiegend von <b>{e(fc)}</b> ({e(kin)}) übernommen.</p>"
        f"<p>{clock_text}</p>"
        f"<p>Diese Bescheinigung wird auf Wunsch {'der Patientin' if recipient.sex == 'f' else 'des Patienten'} ausgestellt.</p>"
        f"<table style='width:100%;margin-top:8mm'><tr><td>{e(town)}, den <span style='{nw}'>{c.d(issue)}</span><br><br>"
        f"<span style='font-family:\"Comic Neue\", cursive;font-style:italic;color:#1b2a7a;font-size:14pt'>{e(doctor.surname)}</span><br>"
        f"Dr. med. {e(doctor.name('first'))}</td><td class='right'>{stamp([issuer, f'{plz} {town}'], colour='#1d4e7a', turn=-4.0)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(fc, fr, clock, issue, issuer)


_FAX_PRACTICES32 = ("Huisartsenpraktijk De Meidoorn", "Huisartsen Centrum Noord", "Huisartsenpraktijk Ter Weijde", "Gezondheidscentrum De Schalm",
                    "Huisartsenpraktijk Het Veld", "Huisartsengroep Oostwijk")


def huisarts_faxbericht_mantelzorgverklaring(c: Ctx):
    """Fresh32. A GP practice's declaration faxed to the corporation, as the receiving machine printed it: the machine's header line at the top
    (the day and time sent, the practice's fax number and "P.001/001": a decoy day), a fax cover block ("Aan", "t.a.v.", the corporation's fax
    number, "Van", "Aantal pagina's", "Betreft", "MEDISCH VERTROUWELIJK"), then the practice's short declaration: the patient with the birth
    date and the AGB code (decoys), the carer named in a sentence, care "dag en nacht (24 uur per dag)" or "overdag; 's nachts is geen zorg
    nodig"; "Datum" under the text the issue date, the practice the issuer; the receiving machine's line at the foot with its own day."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("dash", "long", "nopad"), amounts=("euro",))
    carer, recipient, clock, issue, home = _facts(c)
    issuer = c.rng.choice(_FAX_PRACTICES32)
    fc, fr = carer.name(c.pick("all", "first", "initials")), recipient.name(c.pick("all", "first", "initials"))
    gp = c.person(born=(1958, 1990))
    nw = "white-space:nowrap"
    sent = issue + dt.timedelta(days=c.rng.choice((0, 1, 1, 2, 5)))
    hour, minute = c.rng.randint(8, 17), c.rng.randint(0, 59)
    fax_from = f"0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)}"
    corp = c.rng.choice(("Ymere", "de Alliantie", "Woonbron", "Portaal", "Kennemer Wonen", "Woonopmaat", "Staedion", "Mitros"))
    mono = "font-family:\"Liberation Mono\", \"DejaVu Sans Mono\", monospace;font-size:8pt"
    care = ("De zorg is nodig <b>dag en nacht (24 uur per dag)</b>; de mantelzorger woont daarvoor bij patiënt in." if clock else
            "De mantelzorger helpt overdag bij de persoonlijke verzorging en het huishouden; 's nachts is geen zorg nodig.")
    body = (
        f"<div style='{mono};display:flex;justify-content:space-between;border-bottom:0.6px solid #444'><span>{e(values.date_text(sent, 'slash'))} "
        f"{hour:02d}:{minute:02d}</span><span>FAX {e(fax_from.replace('-', ''))}</span><span>{e(issuer.upper())}</span><span>P.001/001</span></div>"
        "<h1 style='font-size:20pt;letter-spacing:3px;margin-top:5mm'>FAXBERICHT</h1>"
        + kv([("Aan", e(corp)), ("t.a.v.", "afdeling Woonruimtebemiddeling"), ("Faxnummer", f"0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)}"),
              ("Van", e(issuer)), ("Telefoon", f"0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)}"), ("Aantal pagina's", "1 (incl. deze)"),
              ("Betreft", "verklaring mantelzorg")], label_width="36mm")
        + "<div style='border:1.4px solid #111;text-align:center;font-weight:bold;padding:1mm;margin:3mm 0 5mm 0'>MEDISCH VERTROUWELIJK &ndash; "
        "alleen voor de geadresseerde</div>"
        f"<div style='border-top:1px dashed #555;padding-top:4mm'><b>{e(issuer)}</b><br><span class='small'>{e(gp.titled('initials'))}, huisarts &middot; "
        f"AGB-code 01-{c.rng.randint(100000, 999999)}</span></div>"
        "<h3 style='margin-top:4mm'>Verklaring</h3>"
        f"<p>Ondergetekende, huisarts van {e(fr)} (geboren {e(values.date_text(recipient.birth_date, 'dash'))}), verklaart dat patiënt vanwege "
        f"{'haar' if recipient.sex == 'f' else 'zijn'} gezondheid zorg nodig heeft en dat deze zorg wordt gegeven door {e(fc)}.</p>"
        f"<p>{care}</p><p>Over de medische gegevens doe ik geen uitspraken.</p>"
        f"<p style='margin-top:5mm'>Datum: <span style='{nw}'>{c.d(issue)}</span><br>Handtekening: "
        f"<span style='font-family:\"Comic Neue\", cursive;font-style:italic;font-size:14pt'>{e(gp.surname)}</span></p>"
        f"<div style='{mono};position:fixed;bottom:-10mm;left:0;right:0;border-top:0.6px solid #444'>ONTVANGEN {e(values.date_text(sent, 'dash'))} "
        f"{hour:02d}:{(minute + 1) % 60:02d} VAN {e(fax_from)} &nbsp; 1 PAG. &nbsp; RESULTAAT OK</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(fc, fr, clock, issue, issuer)


LAYOUTS = {f.__name__: f for f in (municipal_form, care_org_letter, gp_letter, steunpunt_table, indicatie_summary,
                                   handwritten_form, zorgkantoor_letter,
                                   wmo_consulent_letter, side_by_side_form,
                                   yes_no_grid_form, hospital_letter_sentences,
                                   steunpunt_verklaring_letter, huisarts_typed_letter, gemeente_checkbox_form,
                                   thuiszorg_wijkverpleging_verklaring, zelfverklaring_mantelzorger, medisch_adviseur_advies,
                                   mantelzorgmakelaar_rapport_two_page, specialist_email_print, casemanager_dementie_checklist,
                                   wmo_verklaring_handtekeningen, huisarts_receptblad_verklaring,
                                   ggz_fact_team_verklaring, corporatie_formulier_deel_c_wijkteam,
                                   vluchtelingenwerk_tolk_verklaring, hokjes_blokletters_formulier,
                                   zorgrooster_weekschema, vlaams_huisarts_attest,
                                   kerk_diaconie_handgeschreven, palliatief_team_email,
                                   wijkteam_pdf_radioknoppen, burenhulp_opsomming,
                                   wijkverpleging_zvw_wlz_verklaring, zorgtaken_uren_per_week_tabel,
                                   jonge_mantelzorger_school_zorgcoordinator, poh_mantelzorgscan_ja_nee_soms,
                                   medisch_maatschappelijk_werk_ontslag, dagbesteding_zorgboerderij_weekrooster,
                                   ergotherapeut_huisbezoek_adl_tabel, logeerhuis_respijtzorg_bevestiging,
                                   zorgmap_rapportageblad_wijkverpleging, arbodienst_zorgverlof_verklaring,
                                   mee_clientondersteuner_verklaring_vraagblokken, kinderarts_emb_verklaring_ouders,
                                   vptz_coordinator_verklaring_thuiswaken, als_team_revalidatiearts_verklaring,
                                   thuisdialyse_centrum_partnerverklaring, visio_ambulant_begeleider_grootletter,
                                   geheugenpoli_geriater_diagnosebrief, ondersteuningsplan_netwerk_vaststelling,
                                   parkinsonverpleegkundige_medicatietijden, verpleeghuis_wachtlijst_zorgbemiddeling,
                                   jeugdhulp_gezinsbegeleider_nachttoezicht, huisartsenpost_nachtcontacten_verklaring,
                                   thuisbeademing_ctb_verklaring, nah_casemanager_hersenletsel_verklaring,
                                   veteraneninstituut_partnerzorg_verklaring, zorgvrager_eigen_verklaring_handschrift,
                                   zorgkantoor_vpt_mantelzorg_besluit, international_gp_english_care_statement,
                                   mdo_verslag_besluit_mantelzorg, huisarts_verklaring_his_afkortingen,
                                   migrantenouderen_tweetalig_nl_turks_verklaring, mantelzorgpas_registratie_brief_met_pas,
                                   wijkteam_netwerkkaart_ecogram, zorgmail_beveiligd_bericht_poh,
                                   epilepsiecentrum_dagdelen_toezicht_tabel, studentendecaan_verklaring_bijzondere_omstandigheden,
                                   zorgplan_uittreksel_doelen_acties_omaha, apotheek_medicatierol_toedienlijst_mantelzorger,
                                   oncologieverpleegkundige_kuurschema_verklaring, mantelzorgwoning_zorgbehoefteverklaring_omgevingsloket,
                                   hausarzt_aerztliche_bescheinigung_pflege_grensregio, huisarts_faxbericht_mantelzorgverklaring)}  # fmt: skip
HELDOUT = {"zorgkantoor_letter"}
FRESH = {"wmo_consulent_letter", "side_by_side_form"}
"""Layouts of the fresh split only (see brp_uittreksel.FRESH)."""
FRESH2 = {"yes_no_grid_form", "hospital_letter_sentences"}
"""Layouts of the fresh2 split only (see brp_uittreksel.FRESH2)."""
FRESH3 = {"steunpunt_verklaring_letter", "huisarts_typed_letter", "gemeente_checkbox_form"}
"""Layouts of the fresh3 split only: a third first-contact set, by yet another author who never saw the reader."""
FRESH4 = {"thuiszorg_wijkverpleging_verklaring", "zelfverklaring_mantelzorger", "medisch_adviseur_advies"}
"""Layouts of the fresh4 split only: a fourth first-contact set, by another author who never saw the reader."""
FRESH5 = {"mantelzorgmakelaar_rapport_two_page", "specialist_email_print", "casemanager_dementie_checklist"}
"""Layouts of the fresh5 split only: a fifth first-contact set, by another author who never saw the reader."""
FRESH6 = {"wmo_verklaring_handtekeningen", "huisarts_receptblad_verklaring"}
"""Layouts of the fresh6 split only: a sixth first-contact set, by another author who never saw the reader."""
FRESH7 = {"ggz_fact_team_verklaring", "corporatie_formulier_deel_c_wijkteam"}
"""Layouts of the fresh7 split only: a seventh first-contact set, by another author who never saw the reader."""
FRESH8 = {"vluchtelingenwerk_tolk_verklaring", "hokjes_blokletters_formulier"}
"""Layouts of the fresh8 split only: an eighth first-contact set, by another author who never saw the reader."""
FRESH9 = {"zorgrooster_weekschema", "vlaams_huisarts_attest"}
"""Layouts of the fresh9 split only: a ninth first-contact set, by another author who never saw the reader."""
FRESH10 = {"kerk_diaconie_handgeschreven", "palliatief_team_email"}
"""Layouts of the fresh10 split only: a tenth first-contact set, by another author who never saw the reader."""
FRESH11 = {"wijkteam_pdf_radioknoppen", "burenhulp_opsomming"}
"""Layouts of the fresh11 split only: an eleventh first-contact set, by another author who never saw the reader."""
FRESH12 = {"wijkverpleging_zvw_wlz_verklaring", "zorgtaken_uren_per_week_tabel"}
"""Layouts of the fresh12 split only: a twelfth first-contact set, by another author who never saw the reader."""
FRESH13 = {"jonge_mantelzorger_school_zorgcoordinator", "poh_mantelzorgscan_ja_nee_soms"}
"""Layouts of the fresh13 split only: a thirteenth first-contact set, by another author who never saw the reader."""
FRESH14 = {"medisch_maatschappelijk_werk_ontslag", "dagbesteding_zorgboerderij_weekrooster"}
"""Layouts of the fresh14 split only: a fourteenth first-contact set, by another author who never saw the reader."""
FRESH15 = {"ergotherapeut_huisbezoek_adl_tabel", "logeerhuis_respijtzorg_bevestiging"}
"""Layouts of the fresh15 split only: a fifteenth first-contact set, by another author who never saw the reader."""
FRESH16 = {"zorgmap_rapportageblad_wijkverpleging", "arbodienst_zorgverlof_verklaring"}
"""Layouts of the fresh16 split only: a sixteenth first-contact set, by another author who never saw the reader."""
FRESH17 = {"mee_clientondersteuner_verklaring_vraagblokken", "kinderarts_emb_verklaring_ouders"}
"""Layouts of the fresh17 split only: a seventeenth first-contact set, by another author who never saw the reader."""
FRESH18 = {"vptz_coordinator_verklaring_thuiswaken", "als_team_revalidatiearts_verklaring"}
"""Layouts of the fresh18 split only: an eighteenth first-contact set, by another author who never saw the reader."""
FRESH19 = {"thuisdialyse_centrum_partnerverklaring", "visio_ambulant_begeleider_grootletter"}
"""Layouts of the fresh19 split only: a nineteenth first-contact set, by another author who never saw the reader."""
FRESH20 = {"geheugenpoli_geriater_diagnosebrief", "ondersteuningsplan_netwerk_vaststelling"}
"""Layouts of the fresh20 split only: a twentieth first-contact set, by another author who never saw the reader."""
FRESH21 = {"parkinsonverpleegkundige_medicatietijden", "verpleeghuis_wachtlijst_zorgbemiddeling"}
"""Layouts of the fresh21 split only: a twenty-first first-contact set, by another author who never saw the reader."""
FRESH22 = {"jeugdhulp_gezinsbegeleider_nachttoezicht", "huisartsenpost_nachtcontacten_verklaring"}
"""Layouts of the fresh22 split only: a twenty-second first-contact set, by another author who never saw the reader."""
FRESH23 = {"thuisbeademing_ctb_verklaring", "nah_casemanager_hersenletsel_verklaring"}
"""Layouts of the fresh23 split only: a twenty-third first-contact set, by another author who never saw the reader."""
FRESH24 = {"veteraneninstituut_partnerzorg_verklaring", "zorgvrager_eigen_verklaring_handschrift"}
"""Layouts of the fresh24 split only: a twenty-fourth first-contact set, by another author who never saw the reader."""
FRESH25 = {"zorgkantoor_vpt_mantelzorg_besluit", "international_gp_english_care_statement"}
"""Layouts of the fresh25 split only: a twenty-fifth first-contact set, by another author who never saw the reader."""
FRESH26 = {"mdo_verslag_besluit_mantelzorg", "huisarts_verklaring_his_afkortingen"}
"""Layouts of the fresh26 split only: a twenty-sixth first-contact set, by another author who never saw the reader."""
FRESH27 = {"migrantenouderen_tweetalig_nl_turks_verklaring", "mantelzorgpas_registratie_brief_met_pas"}
"""Layouts of the fresh27 split only: a twenty-seventh first-contact set, by another author who never saw the reader."""
FRESH28 = {"wijkteam_netwerkkaart_ecogram", "zorgmail_beveiligd_bericht_poh"}
"""Layouts of the fresh28 split only: a twenty-eighth first-contact set, by another author who never saw the reader."""
FRESH29 = {"epilepsiecentrum_dagdelen_toezicht_tabel", "studentendecaan_verklaring_bijzondere_omstandigheden"}
"""Layouts of the fresh29 split only: a twenty-ninth first-contact set, by another author who never saw the reader."""
FRESH30 = {"zorgplan_uittreksel_doelen_acties_omaha", "apotheek_medicatierol_toedienlijst_mantelzorger"}
"""Layouts of the fresh30 split only: a thirtieth first-contact set, by another author who never saw the reader."""
FRESH31 = {"oncologieverpleegkundige_kuurschema_verklaring", "mantelzorgwoning_zorgbehoefteverklaring_omgevingsloket"}
"""Layouts of the fresh31 split only: a thirty-first first-contact set, by another author who never saw the reader."""
FRESH32 = {"hausarzt_aerztliche_bescheinigung_pflege_grensregio", "huisarts_faxbericht_mantelzorgverklaring"}
"""Layouts of the fresh32 split only: a thirty-second first-contact set, by another author who never saw the reader."""
