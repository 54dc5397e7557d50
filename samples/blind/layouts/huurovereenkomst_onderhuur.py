"""Sublet contracts for a room (onderhuurovereenkomst kamer).

Modelled on the public model contracts for renting out a room in one's own rented
home (Huurcommissie/Woonbond-like models, corporations' consent conditions) and on a
home-made one: parties, the room's address, the monthly rent, the start date, and two
clauses in many wordings: the sublet ends when the main lease ends (or is stated not
to, or not mentioned) and the subtenant is bound to the landlord's general conditions
(or not mentioned).

The fresh split adds: a generated model contract ("TUSSEN ... hierna de 'Huurder' EN
... hierna de 'Onderhuurder'") in Roman-numbered sections, where the tenant is called
"Huurder", the corporation "Verhuurder", the subtenant's current address stands beside
the room's, a deposit beside the rent, and a clause may deny what the checks look for
("geen algemene voorwaarden"); and a form of boxed values with labels under them, the
house number split into number and addition, the clauses as "wel / niet" choices with
footnotes.

The fresh2 split adds: a Dutch-English agreement for an international student (clauses
side by side in two languages, dates written twice), and a printed model filled in by
hand in blue ink on dotted lines, each blank's label in brackets after it, the clauses as
"niet/wel*" with one struck through.

The fresh3 split adds three ordinary contracts: a tenants' association's model filled in on one
dense page (parties by role with birth dates, the room's size and floor, a deposit of twice
the rent, signed "in tweevoud"), a contract that is one ruled "Onderwerp | Afspraak" table (the
house number and postcode in their own rows, the clauses as rows answered in words or "-"), and
a two-page contract of a dozen articles (the subtenant's current address, the rent beside a yearly
indexation and a deposit, the signing date on page 2, sometimes in words).

The fresh4 split adds: a standard-model lease where the main tenant is the "verhuurder" and the room's tenant
the "huurder" (sub-articles with shaded values, the model's own general provisions in two columns of small
print, which are not the landlord's), a rental website's contract (contract id, parties in boxes, the
platform's own terms as a decoy for the landlord's conditions, two digital signatures on one day), and
agreements handwritten on ruled notebook paper (an earlier rent struck through, the corporation named).

The fresh5 split adds: a "huurovereenkomst hospitakamer" (the main tenant as the hospita who lives in the home,
the corporation's permission with its date, the nine-month trial period with its end date, the home's full rent
beside the room's, the clauses among house rules or absent), a student-housing contract of two pages (student
number and institution, a parent as guarantor with birth date and address, the main tenant's IBAN, the clauses and
three signatures with the date on page 2), and a tenant-support desk's model whose optional clauses are printed
with their alternatives and one box ticked ("[x] ... / [ ] ..."), facts in boxes with labels above them.

The fresh6 split adds: a student house's "kamerovereenkomst nieuwe huisgenoot" (the hospiteeravond's date and a
monthly "huispot" as decoys, the clauses among house rules or absent, signed "5 maart '26"), and a landscape contract
laid out as one table "Artikel | Onderwerp | Afspraak | Paraaf" with two initial boxes per row (postcode and house
number in rows of their own, rent "EUR 425,-", the clauses as rows or absent).

The fresh7 split adds: a stationer's pre-printed form "Huurovereenkomst kamer (onderhuur)" filled in on a typewriter
(typed values a little off the line over dotted rules with their captions printed under them, the rent "EUR 375,--",
both clauses printed as "wel/niet*" with the rejected word typed over with x's), and a corporation's model contract
with the corporation's consent box at the foot (the names with the name in use in brackets, the home's rent and
rooms and the highest room rent allowed as decoy amounts, the consent ticked or refused with its own later date and
file number).

The fresh8 split adds: a three-page contract with annexes (articles with sub-paragraphs 1.1, 1.2 ..., the rent in
figures and in words "€ 375,00 (zegge: driehonderdvijfenzeventig euro)", an article listing the annexes with the
landlord's Algemene Huurvoorwaarden only where they bind, the signing date in words "vijf maart tweeduizendzesentwintig";
page 3 the inventory and meter readings with the inspection's own date), and a contract printed from a word processor
with its tracked changes showing (the earlier rent and start date struck through beside the agreed ones, a clause struck
whole where the contract dropped it, change bars and comment balloons with their own dates).

The fresh9 split adds: a room contract whose text never names the parties ("de hoofdhuurder", "de onderhuurder"), who
appear only in the two-column signature table at the end with their birth dates and the signing date, and a room contract
with the monthly payment itemised (the bare rent as a decoy, advance service costs, "Totaal per maand" being the room rent;
a deposit of twice the bare rent; amounts as "Euro 375,00").

The fresh10 split adds: a student housing platform's confirmation mail holding the sublet agreement in English and Dutch
("Main tenant / Hoofdhuurder", the rent as "450.00 EUR", the dates as "Thu 1 Apr 2026"), the subtenant's first question and
a lower offer quoted under it as decoys, and a room contract signed electronically whose dates of signing stand only on
the signing service's audit trail on the second page ("Ondertekend door ... op 05.03.26 om 14:02", the document's creation
date as a decoy).

The fresh11 split adds: a contract typed as a plain text file and printed from a text editor (the file's name at the top,
"Pagina 1" at the foot, labels padded with spaces before a colon, the rent as "euro 375,00", a deposit of twice the rent as a
decoy), and a two-page room contract whose annex is a sketch of the home's floor plan (rooms with their names and areas in m²,
the sublet room hatched; the rent as "EUR 375").

The fresh12 split adds: room agreements as questions and answers in plain language (the rent in words only, "driehonderdvijfenzeventig euro per maand", a
deposit in words as decoy, the subtenant as "van der Meer, Johannes"), and a tenants' union's model contract with sub-articles (1.1,
2.1 ...) beside the union's explanations in the margin (the rent as "EUR 1 234,50" beside service costs and a total, the model's
version date as decoys).

The fresh13 split adds: a free template from a contract website with its placeholders partly filled (the filled fields
highlighted in yellow, the ones left open in square brackets in an italic bold monospaced cut, the template's instruction line,
its version date and copyright as decoys, the rent as "€ 375,- p.m."), and a sublet contract with the corporation's rubber
stamp of consent under the signatures (the stamp's own date, case number and initials, and the main lease's start date as
decoys; the rent as "EURO 375,00" or as usual; the date as "donderdag 05-03-2026").

The fresh14 split adds: an agreement for a room in a family's home (the family members living there, the room on the attic, the
rent as "€ 375,=" beside board money for evening meals, the deposit and the family's house rules in a bordered box under a
bold italic serif head: a bathroom rota, quiet hours, visitors and a washing day, their times and days as decoys), and a sublet
contract with a payment schedule (a first month pro rata, the monthly rent as "eur 375,00", the due days, the deposit and the
first payment's total as decoys).

The fresh15 split adds: a room contract with the parties in a ruled table (role, name, birth date, address: the subtenant's present
address and the corporation's office as decoy postcodes) and the agreements as a plain numbered list with lettered sub-items ("5 Maart
2026", the rent as "375,00 Euro" or "€ 375,–" beside the service costs and the deposit), and a contract a letting agency drew up (its
address, KvK number, contract number, agent, viewing day and day of drawing up as decoys, a "Financieel overzicht" with its commission,
the deposit and the first payment's total beside the rent).

The fresh16 split adds: a three-party agreement of a foundation that places a young person in a room in a tenant's home ("de
hospita", "de jongere", "de stichting": its seat, its coach and its monthly guidance fee as decoys, the rent as "€ 375/mnd", a
twelve-month intended term), and a room contract that opens with a shaded "In het kort" box of key facts (service costs and deposit as
decoys, the two clauses as rows answered in words) before its articles in two columns of small print, signed "5 Mrt 2026".

The fresh17 split adds: a room agreement between a tenant and a guest from Ukraine, each Dutch line with its Ukrainian under it in
grey (the guest's passport number, former address in Ukraine and the municipality's monthly living allowance as decoys, "Datum / Дата"),
and a room contract whose articles refer to codes in square brackets with the values in "Bijlage A - Invulgegevens" (the rent of the
whole home under the main lease, the corporation's office address and the deposit as decoys; the rent as "€ 375,00 per maand").

The fresh18 split adds: a sublet agreement in the style of a deed ("De ondergetekenden: 1. ... 2. ...", "In aanmerking nemende
dat", the parties' birthplaces and dates, the subtenant's current address and postcode and the corporation's letter of consent with its
date as decoys, the signing date sometimes in words), and a room contract with the room's point count for the maximum rent (square
metres, points, the maximum rent and the service-cost advance as decoy sums; "Totale huur per maand" the rent).

The fresh19 split adds: a German-Dutch room contract for a student from Germany, German on the left and Dutch on the right of
every row (the student's home address in Germany with its five-digit postcode, the university's student number and the deposit as
decoys; the date "Ort, Datum / Plaats, datum" the signing date), and a furnished-room contract with an inventory list of the furniture
and its value (the item values, their total and the deposit as decoy sums; "Huurprijs per maand inclusief inventaris" the rent).

The fresh20 split adds: a room agreement for intergenerational living between an elderly main tenant and a student (the
hours of company a week, the market rent the reduced rent starts from, the coordinating foundation, its matching talk's day and
coordinator and both parties' birth dates as decoys; the reduced rent the room rent), and a room contract checked by a student union's
legal desk (footnotes citing the Civil Code, a green "GECONTROLEERD" stamp with the check's day and the adviser's initials, the union's
address and postcode, the deposit and the service costs as decoys; "Getekend te ... op" the signing date).

The fresh21 split adds: a room contract in Dutch with the Spanish under every heading and clause (the subtenant's address in Spain with
its five-digit postcode, passport number and birth date and the deposit as decoys; "Getekend te ... op" the signing date), and a room
contract whose rent follows from a table that shares the main lease's bare rent and service costs out by floor area (the main rent, the
service costs, the areas and the share in per cent as decoys; the rounded room rent the truth).

The fresh22 split adds: a hospita's room contract whose rent is agreed per week and converted to a monthly sum (the weekly rent, washing
money and a deposit of four weeks as decoy sums; the monthly sum the room rent), and a fixed-term room contract that opens with a
"Looptijd" table (the end day, the window for the main tenant's notice of the end and the deposit as decoys).

The fresh23 split adds: a room contract in articles whose article on the rent holds a table of the rent's development (the rent after
the increases of the next two Julys, the service costs within it and the main lease's rent as decoy sums; "Huurprijs per maand bij ingang"
the room rent), and a room contract in boxed form fields with an inspection report at the foot (the inspection's day, the meter
readings, the keys and the defects as decoys, the deposit a decoy sum; "Maandhuur kamer" the room rent, "Aldus getekend op" the signing
date).

The fresh24 split adds: a short room contract with the annex of written information the Wet goed verhuurderschap requires (the deposit,
the service costs, the municipality's reporting point with its postcode, the Huurcommissie's postcode and the day the annex was handed over as
decoys; "Huurprijs kamer per maand" the room rent, "Getekend op" the signing date), and a room contract that opens with an article of
definitions (the main lease's day and number and the deposit as decoys; "Huurprijs" and "Ingangsdatum" as defined terms).

The fresh25 split adds: a contract subletting a cabin on a houseboat (the mooring's address with "t/o", the boat's name, its vessel number,
the mooring permit's end day, the shore-power contribution and the deposit as decoys; "Huurprijs van de hut per maand" the room rent), and a
contract in which a housing group's association, main tenant under a group lease, sublets a unit to a member it co-opted (the association
the tenant; the group lease's number and day, the members' meeting, the unit, the contribution and the common rooms' costs as decoys).

The fresh26 split adds: a room sublease drawn up in English only in the manner of a common-law agreement ("WHEREAS", "HAVE AGREED AS
FOLLOWS": the subtenant's birth date and home address abroad, the main lease's day, the landlord's consent with its day, the deposit and
the notice period as decoys; the two clauses in English words, negated or absent; "Signed in duplicate at ... on" the signing date), and a
room contract with a live-in carer (the parties side by side with captions above values, the carer's previous address and postcode, the
hours and tasks of care with the day it began, board money beside the rent and an article on the tenant's admission to a care home as
decoys; "Bijdrage in de huur van de kamer per maand" the room rent).

The fresh27 split adds: a room contract in Dutch and Polish with a labour migrant (the subtenant's address in Poland, PESEL
number and employment agency and the deposit as decoys; the two clauses in both languages, negated or absent; "Huurprijs per maand / Czynsz
miesięczny" the room rent), and a main tenant's letter confirming the agreements made at the viewing in plain sentences, signed "Voor
akkoord" by the subtenant (the letter's own day, the viewing, the key handover, the deposit and the tenant's IBAN as decoys; the subtenant's
day the signing date).

The fresh28 split adds: a short room contract with a receipt ("Kwitantie") below a dashed cut line on the same sheet, by which the main
tenant acknowledges the deposit and the first month's rent (the receipt's total, its amount in words, the deposit and the day of payment as
decoys; "Huurprijs per maand" the room rent, "Getekend te ... op" the signing date), and a room contract whose parties stand in two framed
cards with a grey passport-photo field, the kind and number of the identity document, its expiry and the birth date (the document numbers,
expiry days, birth dates and the subtenant's present address and postcode as decoys; the clauses as numbered agreements, negated or absent).

The fresh29 split adds: a room contract drafted by a tenants' legal desk on paper with line numbers (every line numbered in a grey column,
the articles as running text; the subtenant's present address and postcode, the deposit, the draft's version day and the legal desk as
decoys; "ondertekend te ... op" the signing date), and a room contract an AI assistant wrote, pasted into a word processor with its
markdown left in ("#", "**", "-" bullets, a table in pipes with the service costs, an example rise of the rent on a later day, the deposit
and an unfilled placeholder as decoys; "**Huurprijs:**" the room rent, "**Datum:**" under "## Ondertekening" the signing date).

The fresh30 split adds: one sheet with the room's advertisement from a room platform above the short contract the parties made after
the viewing (the ad number, "Geplaatst op" and "Beschikbaar vanaf", the asked rent "p/m incl." and the area as decoys; "Afgesproken
huurprijs" the room rent, "Ingangsdatum" the start, the clauses as a list, "Datum" the signing date), and a tenants' association's model
room contract from a stapled booklet, scanned open as a two-page spread on a landscape page (the booklet's edition, the page numbers, the
deposit and the subtenant's present address and postcode as decoys; the clauses as articles, negated or absent; "Datum" under
"Ondertekening" the signing date).

The fresh31 split adds: a home-made room contract signed before two witnesses (the subtenant's birth date and present address and
postcode, the deposit, the day rent is due and the witnesses' names and birth dates in the signature table as decoys; the clauses as
numbered points, negated or absent; "Aldus overeengekomen te ... op" the signing date), and a short printed room contract completed by
hand (the typed rent struck through and the agreed sum written above it with the parties' initials, the typed sum a decoy; the main-lease
and conditions clauses only under "Bijzondere bepalingen" written by hand, or absent; "Datum" written by hand the signing date).

The fresh32 split adds: a room contract written in Turkish only ("Oda Kira Sözleşmesi (Alt Kira)": "Kiraya Veren (asıl kiracı)" and
"Kiracı (alt kiracı)", the subtenant's birth date and passport number and the deposit as decoys; "Madde" articles with the start, the rent
as "450,00 Euro", the main lease's end and the corporation's conditions said, denied or absent; "<şehir>, <tarih>" the signing date), and a
room contract in easy Dutch with a pictogram before each question ("Wie verhuurt de kamer?", "Hoeveel huur betaal je per maand?", "Wanneer
begin je?"; the deposit and the helper's name and telephone as decoys; "Datum" the signing date).
"""

from __future__ import annotations

import datetime as dt

from samples.blind import people, values
from samples.blind.layouts._base import (
    HAND, LANDSCAPE_CSS, LINED_CSS, NARROW, SANS, SANS7, SANS8, SERIF, SERIF7, SERIF8, Ctx, articles, deleted, e, footnotes, inserted, kv, overtyped,
    page, running, under,
)
from samples.blind.layouts._base import SANS9, SERIF9  # the fresh9 split's
from samples.blind.layouts._base import SANS10, mail_header, quoted  # the fresh10 split's
from samples.blind.layouts._base import MONO11  # the fresh11 split's
from samples.blind.layouts._base import SANS12, SERIF12  # the fresh12 split's
from samples.blind.layouts._base import MONO13, SANS13, stamp  # the fresh13 split's
from samples.blind.layouts._base import SERIF14  # the fresh14 split's

DOC_TYPE = "huurovereenkomst_onderhuur"
END_CLAUSES = (
    "Deze onderhuurovereenkomst eindigt van rechtswege op het moment dat de huurovereenkomst tussen verhuurder en de woningcorporatie eindigt.",
    "Wanneer de hoofdhuur om welke reden dan ook afloopt, loopt ook deze overeenkomst af.",
    "Partijen zijn zich ervan bewust dat onderhuurder geen recht heeft om te blijven wonen na afloop van de hoofdhuurovereenkomst; deze overeenkomst eindigt tegelijk met die hoofdhuur.",
    "Bij beëindiging van het huurcontract van de hoofdhuurder met de corporatie, om welke reden ook, eindigt ook deze kamerhuur.",
)
NOT_END_CLAUSES = (
    "Deze overeenkomst loopt door, ook als de huurovereenkomst van de hoofdhuurder eindigt.",
    "De onderhuur eindigt niet automatisch wanneer de hoofdhuurovereenkomst eindigt; partijen zeggen dan schriftelijk op.",
)
CONDITION_CLAUSES = (
    "De Algemene Huurvoorwaarden van de verhuurder van de woning zijn van toepassing; onderhuurder verklaart een exemplaar te hebben ontvangen.",
    "Onderhuurder houdt zich aan de algemene huurvoorwaarden die de woningcorporatie aan de hoofdhuurder heeft gesteld.",
    "Op deze overeenkomst zijn de algemene voorwaarden van de woningcorporatie (verhuurder van de hoofdhuurder) eveneens van toepassing.",
    "De onderhuurder is gebonden aan dezelfde huurvoorwaarden als de hoofdhuurder, zoals vastgelegd in de Algemene Huurvoorwaarden van de corporatie.",
)
FILLER = (
    "De kamer wordt gebruikt als woonruimte voor één persoon.",
    "Keuken, badkamer en toilet worden gedeeld met de hoofdhuurder.",
    "Onderhuurder veroorzaakt geen overlast voor de buren.",
    "De huurprijs wordt vóór de eerste van iedere maand betaald.",
    "Huisdieren zijn niet toegestaan zonder toestemming.",
)


def _facts(c: Ctx):
    tenant = c.person(born=(1950, 1998), titled=0.05)
    sub = c.person(born=(1975, 2006))
    home = people.address(c.rng)
    signed = c.date((2026, 1, 5), (2026, 11, 10))
    start = signed + dt.timedelta(days=c.rng.randint(0, 45))
    start = dt.date(start.year, start.month, 1) if c.rng.random() < 0.6 else start
    rent = values.amount(c.rng.choice((275, 300, 325, 350, 375, 400, 425.5, 450, 480, 510)))
    end = c.rng.random() < 0.7
    cond = c.rng.random() < 0.7
    return tenant, sub, home, signed, start, rent, end, cond


def _truth(tn, sn, home, signed, start, rent, end, cond) -> dict:
    return {"tenant_name": tn, "subtenant_name": sn, "postcode": home.postcode, "house_number": home.house_number,
            "room_rent": rent, "start_date": values.iso(start), "end_with_main_lease": end, "general_conditions": cond,
            "signed_date": values.iso(signed) if signed else None}  # fmt: skip


def _clauses(c: Ctx, end: bool, cond: bool) -> list[str]:
    clauses = c.rng.sample(FILLER, 3)
    clauses.insert(c.rng.randint(0, 3), c.rng.choice(END_CLAUSES) if end else c.rng.choice(NOT_END_CLAUSES + ("",)))
    if cond:
        clauses.insert(c.rng.randint(0, 4), c.rng.choice(CONDITION_CLAUSES))
    return [x for x in clauses if x]


def model_contract(c: Ctx):
    """A model contract with numbered articles."""
    c.font_of(SERIF)
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first"))
    articles = "".join(f"<p><b>Artikel {i + 3}</b><br>{e(t)}</p>" for i, t in enumerate(_clauses(c, end, cond)))
    body = (
        "<h1 style='text-align:center'>Onderhuurovereenkomst kamer</h1>"
        f"<p>De ondergetekenden:</p><p>1. {e(tn)}, hierna te noemen: <i>hoofdhuurder</i>,</p>"
        f"<p>2. {e(sn)}, geboren op {c.d(sub.birth_date)}, hierna te noemen: <i>onderhuurder</i>,</p>"
        f"<p>komen het volgende overeen:</p><p><b>Artikel 1</b><br>Hoofdhuurder verhuurt aan onderhuurder een kamer in de woning "
        f"{e(home.line1())}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}.</p>"
        f"<p><b>Artikel 2</b><br>De overeenkomst gaat in op {c.d(start)}. De huurprijs bedraagt {c.a(rent)} per maand, inclusief gas, water en licht.</p>"
        f"{articles}<p>Aldus opgemaakt en getekend te {e(home.city)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:10mm'><tr><td>Hoofdhuurder</td><td>Onderhuurder</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, home, signed, start, rent, end, cond)


def form_table(c: Ctx):
    """A contract as a form table: parties and terms in ruled cells, clauses as ticked statements."""
    c.font_of(SANS)
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name("reversed"), sub.name("reversed")
    rows = kv([("Hoofdhuurder (verhuurder kamer)", e(tn)), ("Onderhuurder", e(sn)), ("Adres kamer", e(home.line1())),
               ("Postcode", e(home.postcode)), ("Plaats", e(home.city)), ("Huurprijs per maand", c.a(rent)),
               ("Ingangsdatum", c.d(start))], cls="ruled", label_width="70mm")  # fmt: skip
    statements = (f"<p>{c.tick(end)} De onderhuur eindigt zodra de hoofdhuurovereenkomst eindigt.</p>"
                  f"<p>{c.tick(cond)} De Algemene Huurvoorwaarden van de corporatie gelden ook voor de onderhuurder.</p>")
    body = (
        "<h1>Huurovereenkomst onderhuur (kamer)</h1>" + rows + "<h3>Afspraken (aankruisen wat van toepassing is)</h3>" + statements
        + f"<table class='ruled' style='width:100%;margin-top:6mm'><tr><td>Datum ondertekening</td><td>{c.d(signed)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, home, signed, start, rent, end, cond)


def home_made(c: Ctx):
    """A home-made contract, written as a letter between two people."""
    c.font_of(HAND)
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name("first"), sub.name("first")
    text = " ".join(e(x) for x in _clauses(c, end, cond))
    body = (
        "<h2>Afspraken kamerhuur</h2>"
        f"<p>Ik, {e(tn)}, verhuur vanaf {c.d(start)} een kamer in mijn woning aan {e(home.street)} {e(home.house_number_text)} "
        f"({e(values.postcode_text(home.postcode, True))}) aan {e(sn)}. De huur is {c.a(rent)} per maand.</p><p>{text}</p>"
        f"<p>{e(home.city)}, {c.d(signed)}</p><p>{e(tn)} &nbsp;&nbsp;&nbsp; {e(sn)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, home, signed, start, rent, end, cond)


def corporation_model(c: Ctx):
    """A corporation's own model: a parties table with titled names, clauses in lettered paragraphs."""
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name("initials"), sub.name("initials")
    clauses = "".join(f"<p>{chr(97 + i)}. {e(t)}</p>" for i, t in enumerate(_clauses(c, end, cond)))
    body = (
        f"<p class='small right'>Model onderhuurovereenkomst — versie {c.rng.randint(2019, 2025)}</p>"
        "<h1>Overeenkomst van onderhuur van een kamer</h1>"
        + kv([("Huurder", f"{e(tenant.titled('initials'))}"), ("Onderhuurder", f"{e(sub.titled('initials'))}")])
        + f"<p>Adres van de woning: {e(home.line1())}, {e(home.postcode)} {e(home.city)}</p>"
        f"<p>Kale huur kamer per maand: {c.a(rent)}<br>Ingangsdatum onderhuur: {c.d(start)}</p>"
        f"<h3>Bepalingen</h3>{clauses}<p>Getekend op {c.d(signed)}</p>"
    )  # fmt: skip
    truth = _truth(tn, sn, home, signed, start, rent, end, cond)
    return page(c, body), truth


def two_column_contract(c: Ctx):
    """A two-page model: the terms on page 1, the clauses and signatures on page 2."""
    c.font_of(SERIF)
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name("all"), sub.name("all")
    body = (
        "<h1>Onderhuurcontract</h1>"
        + kv([("Verhuurder (hoofdhuurder)", e(tn)), ("Huurder (onderhuurder)", e(sn)),
              ("Woning", f"{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Maandhuur kamer", c.a(rent)), ("Begin onderhuur", c.d(start))])
        + "".join(f"<p>{e(t)}</p>" for t in FILLER * 3)
        + "<div style='page-break-before:always'></div><h2>Bijzondere bepalingen</h2>"
        + "".join(f"<p>• {e(t)}</p>" for t in _clauses(c, end, cond))
        + f"<p>Plaats en datum: {e(home.city)}, {c.d(signed)}</p>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, home, signed, start, rent, end, cond)


def student_room(c: Ctx):
    """A short student-room contract; no signature date printed."""
    c.font_of(SANS)
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name("upper"), sub.name("upper")
    body = (
        "<h1>Kamerhuurcontract (onderhuur)</h1>"
        + kv([("Hoofdbewoner", e(tn)), ("Kamerbewoner", e(sn)), ("Adres", f"{e(home.line1())}"), ("Postcode / plaats", f"{e(home.postcode)} {e(home.city)}"),
              ("Huur per maand", c.a(rent)), ("Vanaf", c.d(start))], cls="lines")
        + "".join(f"<p>- {e(t)}</p>" for t in _clauses(c, end, cond))
        + "<p>Handtekeningen: ____________ &nbsp;&nbsp; ____________</p>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, home, None, start, rent, end, cond)


def inline_parties(c: Ctx):
    """Held out. Parties and terms in one long opening sentence, clauses numbered 1.1, 1.2 ..."""
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name("all"), sub.name("all")
    clauses = "".join(f"<p>2.{i + 1} {e(t)}</p>" for i, t in enumerate(_clauses(c, end, cond)))
    body = (
        "<h2>ONDERHUUROVEREENKOMST</h2>"
        f"<p>1.1 Ondergetekende {e(tn)} (huurder van de woning {e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}) "
        f"verhuurt per {c.d(start)} één kamer aan {e(sn)} voor {c.a(rent)} per maand.</p>{clauses}"
        f"<p>Ondertekend op {c.d(signed)} te {e(home.city)}.</p>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, home, signed, start, rent, end, cond)




# --- fresh split -----------------------------------------------------------------------------

CORPORATIONS = ("Ymere", "de Alliantie", "Woonstad Rotterdam", "Portaal", "Vestia", "Mitros", "Woonbron", "Staedion", "Eigen Haard")
_END_SECTION = (
    "Deze Onderhuurovereenkomst is in alle gevallen beperkt tot de duur van de Hoofdhuurovereenkomst: eindigt de Hoofdhuurovereenkomst, "
    "dan eindigt deze Onderhuurovereenkomst op hetzelfde moment.",
    "Zodra de huur van de woning tussen de Huurder en de Verhuurder eindigt, om welke reden ook, eindigt ook deze overeenkomst, zonder dat opzegging nodig is.",
)
_NOT_END_SECTION = (
    "Het einde van de Hoofdhuurovereenkomst heeft geen gevolgen voor deze overeenkomst.",
    "Beide Partijen kunnen deze overeenkomst opzeggen met inachtneming van een termijn van één maand.",
    "",
)
_CONDITIONS_SECTION = (
    "De Algemene Huurvoorwaarden van de Verhuurder maken deel uit van deze overeenkomst en gelden ook voor de Onderhuurder, "
    "die verklaart daarvan een afschrift te hebben ontvangen.",
    "De Onderhuurder leeft de Algemene Huurvoorwaarden van {corp} na, alsof hij of zij zelf huurder van {corp} is.",
)
_NO_CONDITIONS_SECTION = (
    "Op deze overeenkomst zijn geen algemene voorwaarden van toepassing.",
    "Het huishoudelijk reglement van de woning is als bijlage bij deze overeenkomst gevoegd.",
)


def roman_sections(c: Ctx):
    """Fresh. A generated model: TUSSEN/EN parties, Roman-numbered sections, the subtenant's own address, a deposit."""
    c.font_of(c.pick(SERIF, SANS))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first"))
    other = people.address(c.rng)
    deposit = values.amount(float(rent) * c.pick(1.5, 2, 2))
    end_text = c.rng.choice(_END_SECTION) if end else c.rng.choice(_NOT_END_SECTION)
    cond_text = c.rng.choice(_CONDITIONS_SECTION).format(corp=corp) if cond else c.rng.choice(_NO_CONDITIONS_SECTION)
    sections = [
        ("HET ONDERGEHUURDE", f"De Huurder onderverhuurt aan de Onderhuurder een kamer van circa {c.rng.randint(9, 22)} m² op de "
                              f"{c.pick('eerste verdieping', 'begane grond', 'zolderverdieping', 'tweede verdieping')} van de woning aan "
                              f"{home.street} {home.house_number_text}, {values.postcode_text(home.postcode, c.rng.random() < 0.6)} {home.city}, "
                              f"hierna het \"Ondergehuurde\". De Huurder huurt de woning van {corp}, hierna de \"Verhuurder\", op grond van de Hoofdhuurovereenkomst."),
        ("DUUR", f"De Onderhuurovereenkomst gaat in op {values.date_text(start, c.date_style)} en is aangegaan voor onbepaalde tijd. {end_text}"),
        ("HUURPRIJS EN WAARBORGSOM", f"De huurprijs van het Ondergehuurde bedraagt {values.amount_text(rent, c.amount_style)} per maand, te voldoen vóór de "
                                     f"eerste dag van iedere maand. Bij aanvang betaalt de Onderhuurder een waarborgsom van {values.amount_text(deposit, c.amount_style)}."),
        ("VOORWAARDEN", cond_text),
        ("GEBRUIK", " ".join(c.rng.sample(FILLER, 2))),
    ]
    if c.rng.random() < 0.5:
        sections[3], sections[4] = sections[4], sections[3]
    numerals = ("I", "II", "III", "IV", "V", "VI")
    party = lambda person, name, where, role, now: (  # noqa: E731
        f"<p>{e(name)}, geboren op {c.d(person.birth_date)} te {e(c.rng.choice(people.places())[1])}, {now} aan {e(where.line1())}, "
        f"{e(values.postcode_text(where.postcode, True))} {e(where.city)},<br>hierna de &quot;{role}&quot;,</p>")
    body = (
        f"<h1 style='text-align:center;letter-spacing:1px'>{e(c.pick('ONDERHUUROVEREENKOMST KAMER', 'ONDERHUUROVEREENKOMST ONZELFSTANDIGE WOONRUIMTE'))}</h1>"
        "<p style='text-align:center;margin-top:6mm'><b>TUSSEN</b></p>" + party(tenant, tn, home, "Huurder", "wonende")
        + "<p style='text-align:center'><b>EN</b></p>" + party(sub, sn, other, "Onderhuurder", "thans wonende")
        + "<p>hierna gezamenlijk de &quot;Partijen&quot;,</p><p><b>ZIJN ALS VOLGT OVEREENGEKOMEN:</b></p>"
        + "".join(f"<h3>{numerals[i]}. {e(title)}</h3><p>{e(text)}</p>" for i, (title, text) in enumerate(sections))
        + f"<p style='margin-top:6mm'>Opgemaakt in tweevoud te {e(home.city)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:8mm'><tr><td>De Huurder<br><br>________________</td><td>De Onderhuurder<br><br>________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, home, signed, start, rent, end, cond)


def boxed_room_form(c: Ctx):
    """Fresh. A form of boxed values with labels under them; the house number split; clauses as "wel / niet" with footnotes."""
    c.font_of(SANS)
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "reversed", "first")), sub.name(c.pick("all", "reversed", "first"))
    number = "".join(ch for ch in home.house_number.split("-")[0] if ch.isdigit())
    addition = home.house_number[len(number) :].lstrip("-")
    deposit = values.amount(float(rent) * c.pick(1, 1.5, 2))
    row = lambda *cells: f"<table style='width:100%;table-layout:fixed'><tr>{''.join(cells)}</tr></table>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><h1>{e(c.pick('Huurcontract kamer', 'Overeenkomst kamerhuur'))}</h1>"
        f"<div class='muted'>{e(c.pick('onderhuur binnen een huurwoning', 'verhuur van een kamer door de hoofdhuurder'))}</div></td>"
        f"<td class='right small'>formulier OH-{c.rng.randint(10, 40)} · versie {c.rng.randint(1, 9)}.{c.rng.randint(0, 9)}</td></tr></table>"
        "<h3>1 &nbsp;Hoofdhuurder</h3>" + row(under(e(tn), "naam", "55%"), under(c.d(tenant.birth_date), "geboortedatum"))
        + "<h3>2 &nbsp;Onderhuurder</h3>" + row(under(e(sn), "naam", "55%"), under(c.d(sub.birth_date), "geboortedatum"))
        + "<h3>3 &nbsp;De kamer</h3>" + row(under(e(home.street), "straat", "38%"), under(e(number), "huisnummer"),
                                            under(e(addition) or "&nbsp;", "toevoeging"), under(e(home.postcode), "postcode"), under(e(home.city), "plaats", "24%"))
        + "<h3>4 &nbsp;Huur en looptijd</h3>" + row(under(c.a(rent), "huurprijs per maand (all-in)"), under(c.a(deposit), "waarborgsom"),
                                                    under(c.d(start), "ingangsdatum"), under("onbepaalde tijd", "duur"))
        + "<h3>5 &nbsp;Bijzondere bepalingen</h3>"
        f"<p>Deze overeenkomst eindigt {c.check(end, 'wel', 'niet')} van rechtswege wanneer de huurovereenkomst van de hoofdhuurder eindigt.¹</p>"
        f"<p>De Algemene Huurvoorwaarden van de verhuurder van de woning zijn {c.check(cond, 'wel', 'niet')} van toepassing op de onderhuurder.²</p>"
        "<p class='small'>Doorhalen of aankruisen wat niet / wel van toepassing is.</p>"
        "<h3>6 &nbsp;Ondertekening</h3>" + row(under(e(home.city), "plaats"), under(c.d(signed), "datum"), under("&nbsp;", "handtekening hoofdhuurder"),
                                               under("&nbsp;", "handtekening onderhuurder"))
        + footnotes(["Zie artikel 7:269 Burgerlijk Wetboek.", "Een exemplaar is verkrijgbaar bij de verhuurder (de woningcorporatie)."])
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh2 split ----------------------------------------------------------------------------

_BILINGUAL_END = (("Deze overeenkomst eindigt van rechtswege zodra de huurovereenkomst tussen de Hoofdhuurder en de verhuurder van de woning eindigt.",
                   "This agreement ends automatically as soon as the lease between the Main Tenant and the landlord of the dwelling ends."),)
_BILINGUAL_NOT_END = (("Het einde van de hoofdhuur beëindigt deze overeenkomst niet; partijen zeggen schriftelijk op met een termijn van één maand.",
                       "The end of the main lease does not end this agreement; either party gives one month's written notice."),)
_BILINGUAL_CONDITIONS = (("De Onderhuurder houdt zich aan de Algemene Huurvoorwaarden van de verhuurder van de woning, die als bijlage zijn bijgevoegd.",
                          "The Subtenant shall comply with the landlord's General Tenancy Conditions (Algemene Huurvoorwaarden), attached to this agreement."),)
_BILINGUAL_FILLER = (("De kamer is bestemd voor bewoning door één persoon.", "The room is to be used as living space by one person only."),
                     ("Keuken en badkamer worden gedeeld.", "Kitchen and bathroom are shared."),
                     ("Roken is in de woning niet toegestaan.", "Smoking is not permitted in the dwelling."))


def bilingual_room_agreement(c: Ctx):
    """Fresh2. A Dutch-English agreement for an international student: the parties in a table, the clauses side by side in two languages, the date written twice."""
    c.font_of(("Caladea", "Carlito", "Open Sans", "EB Garamond"))
    c.restyle(dates=("long", "nopad", "dot_pad"), amounts=("dash", "EUR_grouped", "dash_bare"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first"))
    number = values.house_number_text2(home.house_number, c.rng)
    clauses = list(_BILINGUAL_FILLER)
    if end or c.rng.random() < 0.6:
        clauses.insert(c.rng.randint(0, 2), c.rng.choice(_BILINGUAL_END if end else _BILINGUAL_NOT_END))
    if cond:
        clauses.insert(c.rng.randint(0, len(clauses)), _BILINGUAL_CONDITIONS[0])
    rows = "".join(f"<tr><td style='width:50%;padding-right:4mm'>{i + 1}. {e(nl)}</td><td style='color:#2e4a7d'><i>{i + 1}. {e(en)}</i></td></tr>"
                   for i, (nl, en) in enumerate(clauses))  # fmt: skip
    parties = (
        "<table class='ruled' style='width:100%;margin-top:4mm'>"
        f"<tr><td style='width:45%'>Hoofdhuurder / <i>Main tenant</i></td><td>{e(tn)}</td></tr>"
        f"<tr><td>Onderhuurder / <i>Subtenant</i></td><td>{e(sn)}</td></tr>"
        f"<tr><td>Adres van de kamer / <i>Address of the room</i></td><td>{e(home.street)} {e(number)}<br>{e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}</td></tr>"
        f"<tr><td>Huurprijs per maand / <i>Monthly rent</i></td><td>{c.a(rent)} {e(c.pick('(incl. gas, water, licht)', '(all-in / all inclusive)', ''))}</td></tr>"
        f"<tr><td>Ingangsdatum / <i>Commencement date</i></td><td>{c.d(start)} / {e(values.date_text(start, 'en_long'))}</td></tr></table>"
    )  # fmt: skip
    body = (
        "<h1 style='text-align:center'>Huurovereenkomst kamer (onderhuur)<br><span style='font-size:12pt;color:#2e4a7d'><i>Room rental agreement (sublease)</i></span></h1>"
        + parties
        + "<h3>Bepalingen / <i>Terms</i></h3><table style='width:100%;font-size:9.5pt'>" + rows + "</table>"
        + "<p style='font-size:9pt'>Bij verschil tussen de Nederlandse en de Engelse tekst geldt de Nederlandse. "
        "<i>In case of any difference between the Dutch and the English text, the Dutch text prevails.</i></p>"
        f"<p style='margin-top:5mm'>Getekend te {e(home.city)} op {c.d(signed)}<br><i>Signed in {e(home.city)} on {e(values.date_text(signed, 'en_long'))}</i></p>"
        "<table style='width:100%;margin-top:8mm'><tr><td>Hoofdhuurder / <i>Main tenant</i><br><br>__________</td>"
        "<td>Onderhuurder / <i>Subtenant</i><br><br>__________</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, home, signed, start, rent, end, cond)


def fill_in_blanks(c: Ctx):
    """Fresh2. A printed model filled in by hand in blue ink on dotted lines, the label in brackets after each blank, the clauses as "wel/niet*" with one struck."""
    c.font_of(("Caladea", "Liberation Serif", "FreeSerif", "Accanthis ADF Std"))
    c.restyle(dates=("nopad", "dash", "long", "dot_pad"), amounts=("dash_bare", "dash", "plain"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first", "initials"))
    hand = c.pick("Comic Neue", "Quicksand", "Jura")
    ink = f"font-family:'{hand}';color:{c.pick('#1a3a8a', '#0d2c6b', '#222266')};border-bottom:1px dotted #555;padding:0 5mm"
    blank = lambda value, label: f"<span style=\"{ink}\">{value}</span> <span class='small'>({e(label)})</span>"  # noqa: E731
    choose = lambda value: "<s>niet</s>/wel*" if value else "niet/<s>wel</s>*"  # noqa: E731
    number = values.house_number_text2(home.house_number, c.rng)
    signed_text = e(values.date_text(signed, "short_year")) if c.rng.random() < 0.4 else c.d(signed)
    body = (
        f"<p class='small right'>Modelovereenkomst onderhuur kamer · uitgave {c.rng.randint(2015, 2024)}</p>"
        "<h1>Huurovereenkomst voor een kamer</h1><p>De ondergetekenden:</p>"
        f"<p style='line-height:2'>1. {blank(e(tn), 'naam hoofdhuurder')}, huurder van de woning {blank(e(home.street), 'straat')} "
        f"{blank(e(number), 'huisnummer')}, {blank(e(values.postcode_text(home.postcode, c.rng.random() < 0.5)), 'postcode')} "
        f"{blank(e(home.city), 'plaats')}, hierna: de hoofdhuurder,</p>"
        f"<p style='line-height:2'>2. {blank(e(sn), 'naam onderhuurder')}, geboren op {blank(c.d(sub.birth_date), 'geboortedatum')}, hierna: de onderhuurder,</p>"
        "<p>verklaren te zijn overeengekomen:</p>"
        f"<p style='line-height:2'>a. De hoofdhuurder verhuurt aan de onderhuurder een kamer in bovengenoemde woning met ingang van "
        f"{blank(c.d(start), 'datum')}.</p>"
        f"<p style='line-height:2'>b. De huurprijs bedraagt {blank(c.a(rent), 'bedrag')} per maand, inclusief servicekosten.</p>"
        f"<p>c. Deze overeenkomst eindigt {choose(end)} op het moment dat de huurovereenkomst van de hoofdhuurder met de verhuurder eindigt.</p>"
        f"<p>d. De Algemene Huurvoorwaarden van de verhuurder zijn {choose(cond)} van toepassing op de onderhuurder.</p>"
        "<p>e. De onderhuurder gebruikt de gemeenschappelijke ruimten samen met de hoofdhuurder.</p>"
        "<p class='small'>* doorhalen wat niet van toepassing is</p>"
        f"<p style='line-height:2;margin-top:6mm'>Aldus opgemaakt te {blank(e(home.city), 'plaats')} op {blank(signed_text, 'datum')}</p>"
        "<table style='width:100%;margin-top:8mm'><tr><td>handtekening hoofdhuurder<br><br>................................</td>"
        "<td>handtekening onderhuurder<br><br>................................</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh3 split ----------------------------------------------------------------------------


_ASSOCIATIONS = ("Huurdersvereniging Amsterdam-Noord", "Huurdersbelang Zuid-Holland", "Bewonersraad De Sleutel",
                 "Huurdersvereniging Groningen-Stad", "Huurdersraad Utrecht")  # fmt: skip


def _room_address(c: Ctx, home) -> str:
    """The room's address line with its house number as a contract prints it."""
    number = values.house_number_text2(home.house_number, c.rng)
    return f"{home.street} {number}, {values.postcode_text(home.postcode, c.rng.random() < 0.6)} {home.city}"


def huurdersvereniging_model(c: Ctx):
    """Fresh3. A tenants' association's model "onderhuurovereenkomst kamer" filled in on one dense page: parties by role, the room's size and floor in article 1, rent and a deposit of twice the rent in article 3, the two clauses among the articles or absent, signed "in tweevoud" at a place and date."""
    c.font_of(c.pick(SERIF, SANS))
    c.restyle3(dates=("long_pad", "short_nodot", "dash_mon"), amounts=("dashdash", "euro_tight", "EUR_after"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    form = c.pick("all", "first", "initials")
    tn, sn = tenant.name(form), sub.name(form)
    deposit = values.amount(2 * float(rent))
    clauses = _clauses(c, end, cond)
    items = [("Het gehuurde", f"Hoofdhuurder verhuurt aan onderhuurder een kamer van ongeveer {c.rng.randint(9, 18)} m² op de "
              f"{c.pick('eerste', 'tweede', 'begane grond,', 'zolder-')} verdieping van de woning aan {e(_room_address(c, home))}, met medegebruik van keuken en badkamer."),
             ("Duur", f"De overeenkomst gaat in op {c.d(start)} en is aangegaan voor onbepaalde tijd."),
             ("Huurprijs en waarborgsom", f"De huurprijs bedraagt {c.a(rent)} per maand, inclusief gas, water en elektriciteit. "
              f"Onderhuurder betaalt bij aanvang een waarborgsom van {c.a(deposit)}."),
             ("Opzegging", "Opzegging gebeurt schriftelijk met een termijn van één maand.")]
    items.append(("Overige bepalingen", "<br>".join(f"{chr(97 + i)}. {e(clause)}" for i, clause in enumerate(clauses))))
    who = lambda role, p, n, extra: f"<tr><td style='width:32mm'><b>{e(role)}</b></td><td>{e(n)}, geboren {c.d(p.birth_date)}{extra}</td></tr>"  # noqa: E731
    body = (
        f"<div class='small' style='text-align:right'>Model van de {e(c.rng.choice(_ASSOCIATIONS))} · versie {c.rng.randint(2018, 2025)}</div>"
        "<h1 style='text-align:center;margin-top:3mm'>Onderhuurovereenkomst kamer</h1>"
        "<p>De ondergetekenden:</p><table>"
        + who("Hoofdhuurder", tenant, tn, ", huurder van de woning")
        + who("Onderhuurder", sub, sn, f", thans wonende te {c.rng.choice(people.places())[1]}")
        + "</table><p>verklaren te zijn overeengekomen als volgt:</p>"
        + articles(items)
        + f"<p style='margin-top:5mm'>Aldus opgemaakt en in tweevoud ondertekend te {e(home.city)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>De hoofdhuurder<br><br>.......................</td><td>De onderhuurder<br><br>.......................</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; line-height: 1.3; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def room_table_contract(c: Ctx):
    """Fresh3. A room contract that is one ruled two-column table "Onderwerp | Afspraak": the parties, the room's address with postcode and number in separate rows, rent, deposit and service costs, the clauses as rows answered in words, the signing date the last row."""
    c.font_of(SANS)
    c.restyle3(dates=("long_pad", "dash_mon", "slash_nopad", "short_nodot"), amounts=("dashdash", "euro_tight", "euro_nogroup"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first"))
    number = values.house_number_text2(home.house_number, c.rng)
    end_text = c.rng.choice(END_CLAUSES) if end else c.pick(c.rng.choice(NOT_END_CLAUSES), "Niet van toepassing.", "-")
    cond_text = c.rng.choice(CONDITION_CLAUSES) if cond else c.pick("Geen.", "Alleen de afspraken in deze tabel gelden.", "-")
    rows = [("Hoofdhuurder (verhuurder van de kamer)", e(tn)), ("Onderhuurder", e(sn)),
            ("Straat", e(home.street)), ("Huisnummer", e(number)),
            ("Postcode en plaats", f"{e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}"),
            ("Kamer", f"{c.pick('voorkamer', 'achterkamer', 'zolderkamer', 'slaapkamer 2')}, ongemeubileerd"),
            ("Ingangsdatum", c.d(start)), ("Huur per maand", c.a(rent)),
            ("Waarvan servicekosten", c.pick("inbegrepen", "geen", "inbegrepen (energie en internet)")),
            ("Borg", c.a(values.amount(c.rng.choice((1, 2)) * float(rent)))),
            ("Einde hoofdhuur", e(end_text)), ("Huurvoorwaarden", e(cond_text)),
            ("Huisregels", e(" ".join(c.rng.sample(FILLER, 2)))), ("Datum ondertekening", c.d(signed))]
    body = (
        f"<h1>{e(c.pick('Kamerhuurovereenkomst', 'Huurcontract kamer (onderhuur)', 'Overeenkomst onderhuur kamer'))}</h1>"
        "<p class='small'>Beide partijen hebben een exemplaar van deze overeenkomst ontvangen.</p>"
        "<table class='ruled' style='width:100%;font-size:9.5pt'><tr><th style='width:40%'>Onderwerp</th><th>Afspraak</th></tr>"
        + "".join(f"<tr><td>{e(k)}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        "<table style='width:100%;margin-top:8mm'><tr><td>Handtekening hoofdhuurder</td><td>Handtekening onderhuurder</td></tr>"
        "<tr><td style='height:14mm'></td><td></td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, home, signed, start, rent, end, cond)


def two_page_articles(c: Ctx):
    """Fresh3. A two-page contract of a dozen articles: the parties with their current addresses, the start "met ingang van", the rent in article 4 beside a yearly indexation and a deposit, the clauses in later articles (or absent), the signing date on page 2 in words."""
    c.font_of(SERIF)
    c.restyle3(dates=("long_pad", "short_nodot", "words"), amounts=("dashdash", "euro_tight", "EUR_after", "euro_nogroup"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    form = c.pick("all", "initials")
    tn, sn = tenant.name(form), sub.name(form)
    elsewhere = people.address(c.rng)
    items = [("Partijen", f"Deze overeenkomst wordt gesloten tussen {e(tn)}, hierna te noemen 'hoofdhuurder', en {e(sn)}, "
              f"wonende te {e(elsewhere.line1())}, {e(elsewhere.city)}, hierna te noemen 'onderhuurder'."),
             ("Het gehuurde", f"De hoofdhuurder huurt de woning {e(_room_address(c, home))} van een woningcorporatie en verhuurt aan "
              "onderhuurder één kamer in deze woning; de overige ruimten worden gedeeld."),
             ("Ingangsdatum", f"Deze overeenkomst gaat in met ingang van {c.d(start)}."),
             ("Huurprijs", f"De huurprijs van de kamer bedraagt {c.a(rent)} per maand en wordt jaarlijks per 1 juli aangepast met ten hoogste "
              "het percentage waarmee de huur van de woning stijgt."),
             ("Betaling", "De huur wordt vóór de eerste dag van de maand overgemaakt op de rekening van de hoofdhuurder."),
             ("Waarborgsom", f"Onderhuurder betaalt een waarborgsom van {c.a(values.amount(float(rent) + 100))}.")]
    items += [("Gebruik", e(text)) for text in c.rng.sample(FILLER, 3)]
    items.append(("Einde van de overeenkomst", e(c.rng.choice(END_CLAUSES)) if end else
                  c.pick(e(c.rng.choice(NOT_END_CLAUSES)), "Beide partijen kunnen de overeenkomst opzeggen met een termijn van een maand.")))
    if cond:
        items.append(("Voorwaarden", e(c.rng.choice(CONDITION_CLAUSES))))
    items += [("Onderhoud", "Klein onderhoud aan de kamer komt voor rekening van onderhuurder."),
              ("Geschillen", "Geschillen worden voorgelegd aan de bevoegde rechter.")]
    split = 7
    body = (
        "<h1 style='text-align:center'>HUUROVEREENKOMST VOOR EEN KAMER</h1><p style='text-align:center' class='small'>(onderhuur)</p>"
        + articles(items[:split])
        + "<div style='page-break-before:always'></div>"
        + "".join(f"<p style='margin:0 0 5px 0'><b>Artikel {split + i + 1} &nbsp;{e(t)}</b><br>{x}</p>" for i, (t, x) in enumerate(items[split:]))
        + f"<p style='margin-top:8mm'>Aldus overeengekomen en in tweevoud ondertekend te {e(home.city)} op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:8mm'><tr><td>{e(tn)}<br>hoofdhuurder<br><br>..........................</td>"
        f"<td>{e(sn)}<br>onderhuurder<br><br>..........................</td></tr></table>"
        "<p class='small' style='margin-top:10mm;text-align:center'>pagina 2 van 2</p>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh4 split ----------------------------------------------------------------------------

_GENERAL_PROVISIONS = (
    ("Gebruik", "Huurder gebruikt de kamer uitsluitend als woonruimte voor zichzelf. Het is huurder niet toegestaan de kamer geheel of gedeeltelijk aan een ander in gebruik te geven."),
    ("Betaling", "De betaling van het totale maandelijks verschuldigde bedrag geschiedt bij vooruitbetaling, in één bedrag, zonder korting, inhouding of verrekening."),
    ("Onderhoud", "Kleine herstellingen aan de kamer komen voor rekening van huurder. Verhuurder draagt zorg voor het overige onderhoud, voor zover hij daartoe jegens de hoofdverhuurder gehouden is."),
    ("Gemeenschappelijke ruimten", "Keuken, badkamer en toilet worden door partijen gedeeld en door hen in goede staat gehouden."),
    ("Overlast", "Huurder gedraagt zich zodanig dat geen overlast of hinder ontstaat voor verhuurder, medebewoners en omwonenden."),
    ("Opzegging", "Opzegging geschiedt schriftelijk, tegen een dag die voor betaling van de huur is overeengekomen, met een termijn van ten minste één maand."),
    ("Oplevering", "Bij het einde van de huur levert huurder de kamer leeg en schoon op, in de staat waarin hij haar bij het begin van de huur heeft ontvangen."),
    ("Toegang", "Huurder verleent verhuurder toegang tot de kamer voor noodzakelijke werkzaamheden, na voorafgaande afspraak."),
    ("Huisdieren", "Het houden van huisdieren is niet toegestaan zonder schriftelijke toestemming van verhuurder."),
    ("Waarborgsom", "De waarborgsom wordt binnen één maand na het einde van de huur terugbetaald, verminderd met hetgeen huurder nog verschuldigd is."),
)  # fmt: skip
_PLATFORMS = ("KamerPlek.nl", "RoomMatch", "Kamerzoeker.nl", "HuurEenKamer.nl")


def roz_style_model_smallprint(c: Ctx):
    """Fresh4. A model in the style of the common standard lease models: the main tenant is the "verhuurder" and the room's tenant the "huurder", sub-articles 1.1-5.2 with the filled-in values shaded, the particular clauses in article 5 (or absent), and the model's own "algemene bepalingen" (not the landlord's) in two columns of small print; signed in two copies at a place and date."""
    c.font_of(c.pick(SERIF, SANS))
    c.restyle4(dates=("dash", "long", "nopad"), amounts=("euro", "dash", "euro_after"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    form = c.pick("all", "initials", "all_core_upper")
    tn, sn = tenant.name(form), sub.name(form)
    fill = lambda v: f"<span style='background:#e6ebf2;padding:0 3px'>{v}</span>"  # noqa: E731
    number = values.house_number_text2(home.house_number, c.rng)
    end_text = c.rng.choice(END_CLAUSES) if end else c.pick(c.rng.choice(NOT_END_CLAUSES), "")
    special = [e(c.rng.choice(CONDITION_CLAUSES))] if cond else []
    special += [e(t) for t in c.rng.sample(FILLER, 2)]
    article = lambda n, title, items: (f"<p style='margin:4px 0 1px 0'><b>{n}. {e(title)}</b></p>"  # noqa: E731
                                       + "".join(f"<div style='margin-left:8mm;text-indent:-8mm'>{n}.{i + 1}&nbsp;&nbsp; {t}</div>" for i, t in enumerate(items)))
    provisions = "".join(f"<p style='margin:0 0 3px 0'><b>{i + 1}. {e(t)}</b> {e(x)}</p>" for i, (t, x) in enumerate(_GENERAL_PROVISIONS))
    body = (
        f"<div class='small' style='text-align:right'>Model kamerhuur (onderhuur) · {e(c.pick('uitgave', 'versie'))} {c.rng.randint(2017, 2025)}</div>"
        "<h1 style='text-align:center;margin-top:3mm'>HUUROVEREENKOMST KAMER</h1>"
        "<p style='text-align:center' class='small'>in een woning die de verhuurder zelf huurt (onderhuur)</p>"
        + article(1, "Partijen", [f"Verhuurder: {fill(e(tn))}, huurder van de woning bij {e(corp)} (hierna: de hoofdverhuurder);",
                                  f"Huurder: {fill(e(sn))}, geboren op {fill(c.d(sub.birth_date))}.",
                                  "In deze overeenkomst is de verhuurder de hoofdhuurder van de woning en de huurder degene die de kamer huurt."])
        + article(2, "Het gehuurde", [f"Een kamer van circa {fill(str(c.rng.randint(8, 20)))} m² in de woning {fill(e(home.street))} {fill(e(number))}, "
                                      f"{fill(e(values.postcode_text(home.postcode, c.rng.random() < 0.5)))} {fill(e(home.city))}.",
                                      "Huurder heeft medegebruik van keuken, badkamer en toilet."])
        + article(3, "Duur", [f"Deze overeenkomst gaat in op {fill(c.d(start))} en is aangegaan voor onbepaalde tijd."] + ([e(end_text)] if end_text else []))
        + article(4, "Huurprijs en waarborgsom", [f"De huurprijs bedraagt {fill(c.a(rent))} per maand, inclusief gas, water, elektriciteit en internet.",
                                                  f"Huurder betaalt bij aanvang een waarborgsom van {fill(c.a(values.amount(2 * float(rent))))}.",
                                                  "De huurprijs kan jaarlijks per 1 juli worden aangepast."])
        + article(5, "Bijzondere bepalingen", special)
        + article(6, "Algemene bepalingen", ["Op deze overeenkomst zijn de hierna afgedrukte algemene bepalingen kamerhuur van toepassing."])
        + f"<p style='margin-top:5mm'>Aldus opgemaakt en in tweevoud ondertekend te {fill(e(home.city))} op {fill(c.d(signed))}.</p>"
        "<table style='width:100%;margin-top:5mm'><tr><td>Verhuurder<br><br>.........................</td><td>Huurder<br><br>.........................</td></tr></table>"
        "<h3 style='margin-top:6mm;border-top:0.8px solid #333;padding-top:2mm'>Algemene bepalingen kamerhuur</h3>"
        f"<div style='columns:2;column-gap:7mm;font-size:7.2pt;line-height:1.25;text-align:justify'>{provisions}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; line-height: 1.3; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def kamerplatform_digital_contract(c: Ctx):
    """Fresh4. A room contract made on a rental website: a contract id, the parties in boxes with e-mail addresses, "Kamer 2 (12 m²)" in the address, the rent all-in and a deposit, the clauses as the platform's list (the platform's own terms are not the landlord's Algemene Huurvoorwaarden), and both digital signatures on one day at different times."""
    c.font_of(("Open Sans", "Liberation Sans", "Carlito", "Cantarell"))
    c.restyle4(dates=("iso_slash", "dash", "nopad"), amounts=("euro", "euro_tight", "euro_after"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    platform = c.rng.choice(_PLATFORMS)
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first"))
    mail = lambda p: e(f"{p.given[0].lower()}.{p.surname.split()[-1].lower()}@{c.pick('gmail.com', 'hotmail.com', 'icloud.com')}")  # noqa: E731
    box = lambda title, rows: f"<td style='width:50%;border:1px solid #bbb;padding:3mm;vertical-align:top'><b>{e(title)}</b>{kv(rows, label_width='30mm')}</td>"  # noqa: E731
    rules = [e(c.rng.choice(END_CLAUSES)) if end else c.pick(e(c.rng.choice(NOT_END_CLAUSES)), "Opzeggen kan door beide partijen met een termijn van één maand.")]
    rules.append(e(c.rng.choice(CONDITION_CLAUSES)) if cond else e(f"Op deze overeenkomst zijn de algemene voorwaarden van {platform} van toepassing."))
    rules += [e(t) for t in c.rng.sample(FILLER, 2)]
    c.rng.shuffle(rules)
    first, second = sorted((c.rng.randint(8 * 60, 22 * 60), c.rng.randint(8 * 60, 22 * 60)))
    sign = lambda who, minutes: (f"<td style='border:1px dashed #2a7;padding:3mm;color:#1b5e20'>Digitaal ondertekend door <b>{e(who)}</b><br>"  # noqa: E731
                                 f"op {c.d(signed)} om {minutes // 60:02d}:{minutes % 60:02d}<br><span class='small'>IP {c.rng.randint(31, 217)}.{c.rng.randint(0, 255)}.x.x</span></td>")
    body = (
        f"<div style='background:#ff5a5f;color:#fff;padding:3mm 4mm;font-weight:bold'>{e(platform)}<span style='float:right;font-weight:normal;font-size:9pt'>"
        f"Contract-ID KP-{signed.year}-{c.rng.randint(10000, 99999)}</span></div>"
        f"<h1 style='margin-top:5mm'>{e(c.pick('Huurcontract kamer', 'Kamerhuurcontract (onderhuur)'))}</h1>"
        f"<p class='small'>Opgesteld met het standaardcontract van {e(platform)}. {e(platform)} is geen partij bij deze overeenkomst.</p>"
        "<table style='width:100%;border-collapse:separate;border-spacing:2mm'><tr>"
        + box("Verhuurder (hoofdbewoner)", [("Naam", e(tn)), ("E-mail", mail(tenant)), ("Telefoon", f"06-{c.rng.randint(10000000, 99999999)}")])
        + box("Huurder (kamerbewoner)", [("Naam", e(sn)), ("E-mail", mail(sub)), ("Geboortedatum", c.d(sub.birth_date))])
        + "</tr></table>"
        + kv([("Kamer", f"Kamer {c.rng.randint(1, 3)} ({c.rng.randint(8, 19)} m²), {e(c.pick('gemeubileerd', 'ongemeubileerd', 'gestoffeerd'))}"),
              ("Adres", f"{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Huurperiode", f"vanaf {c.d(start)}, voor onbepaalde tijd"), ("Maandhuur (all-in)", c.a(rent)),
              ("Borg", c.a(values.amount(c.rng.choice((1, 2)) * float(rent)))), ("Betaling", "uiterlijk de 1e van iedere maand, per bankoverschrijving")],
             cls="lines", label_width="40mm")
        + "<h3>Afspraken</h3><ol>" + "".join(f"<li>{r}</li>" for r in rules) + "</ol>"
        + "<h3>Ondertekening</h3><table style='width:100%;border-collapse:separate;border-spacing:2mm'><tr>"
        + sign(tn, first) + sign(sn, second) + "</tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def schrift_afspraken_lined(c: Ctx):
    """Fresh4. Home-made agreements written by hand on ruled notebook paper: both full names at the top, the address, numbered agreements in the tenant's words (an earlier rent struck through and the agreed one written after it, the corporation named in the end clause), place and date and two signatures at the foot."""
    c.font_of(HAND)
    c.restyle4(dates=("nopad", "long", "slash_nopad"), amounts=("euro_word", "euro", "dash"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first"))
    earlier = values.amount(float(rent) + c.pick(25, 50, 75))
    rows = [f"{e(sub.given[0])} huurt de {c.pick('kleine slaapkamer', 'achterkamer', 'zolderkamer', 'kamer aan de voorkant')} vanaf {c.d(start)}.",
            f"De huur is <s>{c.a(earlier)}</s> {c.a(rent)} per maand, gas/licht/internet zit erbij.",
            f"Borg: {c.a(values.amount(float(rent)))}, die krijg je terug als je weggaat."]
    if end:
        rows.append(c.pick(f"Als mijn huurcontract met {e(corp)} stopt, dan stopt deze kamerhuur ook.",
                           "Stopt mijn eigen huur van het huis (hoofdhuur), dan stopt deze afspraak ook meteen."))
    else:
        rows.append(c.pick("Opzeggen kan met 1 maand van tevoren.", "We kunnen allebei opzeggen, 1 maand van tevoren."))
    if cond:
        rows.append(f"Je houdt je ook aan de algemene huurvoorwaarden van {e(corp)} (heb je een kopie van gekregen).")
    rows += [e(c.pick("Keuken en badkamer delen we. Geen huisdieren.", "Geen feesten doordeweeks, geen huisdieren.", "Schoonmaken om de week, schema op de koelkast."))]
    lines = "".join(f"<div>{i + 1}. {r}</div>" for i, r in enumerate(rows))
    body = (
        f"<div class='lined' style='min-height:235mm;font-family:\"{e(c.font)}\",cursive;color:#1a2f8a;font-size:12.5pt;transform:rotate({c.rng.uniform(-0.6, 0.6):.2f}deg)'>"
        "<div style='font-size:15pt;text-decoration:underline'>Afspraken kamerhuur</div>"
        f"<div>Tussen {e(tn)} (hoofdhuurder, ik woon hier)</div><div>en {e(sn)} (kamerhuurder)</div>"
        f"<div>Adres: {e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}</div>"
        f"<div>&nbsp;</div>{lines}<div>&nbsp;</div>"
        f"<div>{e(home.city)}, {c.d(signed)}</div>"
        f"<div style='display:flex;justify-content:space-between;width:80%'><span>{e(tn)}: <i>{e(tenant.given[0])} ~~</i></span>"
        f"<span>{e(sn)}: <i>~ {e(sub.given[0][0])}.</i></span></div></div>"
    )  # fmt: skip
    return page(c, body, LINED_CSS), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh5 split ----------------------------------------------------------------------------

_CORPS5 = ("Ymere", "Portaal", "Woonstad Rotterdam", "Eigen Haard", "de Alliantie", "Kennemer Wonen", "Woonopmaat", "Mitros", "Vestia")
_END5 = ("Eindigt de huurovereenkomst tussen de hospita en {corp}, dan eindigt deze overeenkomst op dezelfde dag.",
         "Deze kamerhuur kan niet langer duren dan de hoofdhuur: zij eindigt van rechtswege als de huur van de woning eindigt.")
_COND5 = ("De kamerhuurder houdt zich aan de Algemene Huurvoorwaarden van {corp}, die de hospita als huurder van de woning binden.",
          "Op deze overeenkomst zijn de Algemene Huurvoorwaarden van {corp} van overeenkomstige toepassing; de kamerhuurder heeft ze ontvangen.")


def hospitahuur_contract(c: Ctx):
    """Fresh5. A "huurovereenkomst hospitakamer": the main tenant as "hospita" who lives in the home and the lodger as "kamerhuurder", the corporation's permission with its date, the nine-month trial period with its own end date, the home's full rent beside the room's, a deposit, the end and conditions clauses among house rules (or absent), signed in two copies at a place and date."""
    c.font_of(c.pick(SERIF, SANS))
    c.restyle5(dates=("long", "dash", "dot_pad", "roman"), amounts=("euro", "euro_dash_word", "space_group"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    corp = c.rng.choice(_CORPS5)
    tn, sn = tenant.name(c.pick("all", "initials", "given_initials")), sub.name(c.pick("all", "first"))
    permitted = signed - dt.timedelta(days=c.rng.randint(7, 60))
    trial = start + dt.timedelta(days=273)
    main_rent = values.amount(c.rng.choice((689.12, 745.5, 812.0, 903.77, 978.4)))
    rules = ["Keuken, badkamer en toilet worden gedeeld; de hospita woont zelf in de woning (hoofdverblijf).",
             f"De eerste negen maanden (tot {e(values.date_text(trial, 'long'))}) kan de hospita de huur zonder opgave van reden opzeggen met een termijn van drie maanden.",
             "Bezoek blijft niet overnachten zonder overleg.", "Roken in de woning is niet toegestaan."]
    if end:
        rules.insert(c.rng.randint(1, 3), e(c.rng.choice(_END5).format(corp=corp)))
    elif c.rng.random() < 0.5:
        rules.insert(2, e(c.rng.choice(NOT_END_CLAUSES)))
    if cond:
        rules.insert(c.rng.randint(0, len(rules)), e(c.rng.choice(_COND5).format(corp=corp)))
    body = (
        f"<h1 style='text-align:center'>{e(c.pick('Huurovereenkomst hospitakamer', 'Overeenkomst hospitahuur (kamer)', 'Hospitahuurovereenkomst'))}</h1>"
        "<p style='text-align:center' class='small'>onzelfstandige woonruimte in de woning van de verhuurder (art. 7:232 lid 3 BW)</p>"
        "<p><b>De hospita</b> (verhuurder):</p>"
        + kv([("Naam", e(tn)), ("Geboortedatum", c.d(tenant.birth_date)), ("Adres", e(_room_address(c, home)))], label_width="40mm")
        + "<p><b>De kamerhuurder</b>:</p>"
        + kv([("Naam", e(sn)), ("Geboortedatum", c.d(sub.birth_date)), ("Telefoon", f"06-{c.rng.randint(10000000, 99999999)}")], label_width="40mm")
        + "<h3>1. Het gehuurde</h3>"
        f"<p>Een kamer van ca. {c.rng.randint(9, 18)} m² op de {c.pick('eerste', 'tweede', 'zolder')} verdieping van de woning aan {e(_room_address(c, home))}. "
        f"De hospita huurt de woning van {e(corp)} voor {c.a(main_rent)} per maand en heeft op {c.d(permitted)} schriftelijk toestemming gekregen voor hospitaverhuur.</p>"
        f"<h3>2. Ingang en huurprijs</h3><p>De huur gaat in op {c.d(start)}. De huurprijs voor de kamer bedraagt {c.a(rent)} per maand, inclusief gas, water en elektriciteit. "
        f"De kamerhuurder betaalt een borg van {c.a(values.amount(float(rent) * 2))}.</p>"
        "<h3>3. Afspraken</h3><ol>" + "".join(f"<li>{r}</li>" for r in rules) + "</ol>"
        + f"<p>Aldus in tweevoud opgemaakt en ondertekend te {e(home.city)}, {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:5mm'><tr><td>de hospita<br><br><br>{e(tn)}</td><td>de kamerhuurder<br><br><br>{e(sn)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def studentenkamer_ouders_borg(c: Ctx):
    """Fresh5. A student-housing "onderhuurovereenkomst kamer" of two pages: the student with student number and institution, the student's parent as guarantor (name, birth date, address), the main tenant's IBAN for the rent, a house-rules annex; the clauses and three signatures (tenant, student, guarantor) on page 2 with the signing date; a running footer with the model's version date."""
    c.font_of(c.pick(SANS, ("Open Sans", "Carlito", "Cantarell")))
    c.restyle5(dates=("dash", "long", "wd_abbr_short", "iso"), amounts=("euro", "EUR_dot", "tight_whole"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    corp = c.rng.choice(_CORPS5)
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first", "initials_spaced"))
    parent = c.person(born=(1955, 1978), surname=sub.surname, origin=people.origin_of(sub))
    parent_home = people.address(c.rng)
    school = c.rng.choice(("Universiteit Utrecht", "Hogeschool van Amsterdam", "Erasmus Universiteit Rotterdam", "Hanzehogeschool Groningen", "Fontys Hogescholen", "TU Delft"))
    version = dt.date(c.rng.randint(2019, 2024), c.rng.randint(1, 12), 1)
    clauses = _clauses(c, end, cond)
    body = (
        running(f"Onderhuurovereenkomst kamer · student", f"Model studentenkamer, versie {e(values.date_text(version, 'dash'))} · paraaf huurder ____ paraaf student ____")
        + f"<h1>{e(c.pick('Onderhuurovereenkomst kamer (student)', 'Kamerhuurovereenkomst student', 'Onderhuurcontract studentenkamer'))}</h1>"
        "<h3>Hoofdhuurder (verhuurder)</h3>"
        + kv([("Naam", e(tn)), ("Adres", e(_room_address(c, home))), ("Rekeningnummer (huur)", e(values.iban_text(values.iban(c.rng, c.rng.choice(tuple(values.BANKS))), True)))], label_width="48mm")
        + "<h3>Student (onderhuurder)</h3>"
        + kv([("Naam", e(sn)), ("Geboortedatum", e(values.date_text(sub.birth_date, "dash"))), ("Studentnummer", str(c.rng.randint(1000000, 9999999))),
              ("Onderwijsinstelling", e(school))], label_width="48mm")
        + "<h3>Borg (ouder / verzorger)</h3>"
        + kv([("Naam", e(parent.name("all"))), ("Geboortedatum", e(values.date_text(parent.birth_date, "dash"))),
              ("Adres", f"{e(parent_home.line1())}, {e(values.postcode_text(parent_home.postcode, True))} {e(parent_home.city)}")], label_width="48mm")
        + "<h3>Kamer en huur</h3>"
        + kv([("Kamer", f"kamer {c.rng.randint(1, 4)}, {c.rng.randint(8, 16)} m², gemeubileerd"), ("Ingangsdatum", c.d(start)),
              ("Huur per maand (all-in)", c.a(rent)), ("Borgsom", c.a(values.amount(float(rent))))], label_width="48mm")
        + "<p class='small'>Bijlage: huisregels (schoonmaakrooster, afvalscheiding, bezoek).</p>"
        "<div style='page-break-before:always'></div>"
        "<h3 style='margin-top:4mm'>Bepalingen</h3><ol>" + "".join(f"<li>{e(x)}</li>" for x in clauses) + "</ol>"
        + f"<p>Getekend op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>Hoofdhuurder<br><br><br>{e(tn)}</td><td>Student<br><br><br>{e(sn)}</td>"
        f"<td>Borg<br><br><br>{e(parent.name('all'))}</td></tr></table>"
    )  # fmt: skip
    css = "@page { margin-top: 22mm; margin-bottom: 24mm; }"
    return page(c, body, css), _truth(tn, sn, home, signed, start, rent, end, cond)


def keuze_artikelen_model(c: Ctx):
    """Fresh5. A tenant-support desk's model in which every optional clause is printed with its alternative and one box is ticked ("[x] De onderhuur eindigt ... / [ ] De onderhuur loopt door ..."; "[x] ... Algemene Huurvoorwaarden ... van toepassing / [ ] niet van toepassing"), the facts in boxes with labels above them, a service-cost line "n.v.t." and the signing date written into boxes."""
    c.font_of(SANS)
    c.restyle5(dates=("space_pad", "dash", "long"), amounts=("euro", "tight_whole", "euro_dash_word"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    corp = c.rng.choice(_CORPS5)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    mark = lambda on: "[x]" if on else "[&nbsp;&nbsp;]"  # noqa: E731
    box = lambda label, value: f"<td style='padding:0 3mm 3mm 0'><div style='font-size:7.5pt;color:#444'>{e(label)}</div><div style='border:0.8px solid #444;padding:2px 4px;min-height:12pt'>{value}</div></td>"  # noqa: E731
    number = values.house_number_text2(home.house_number, c.rng) if c.rng.random() < 0.5 else home.house_number_text
    body = (
        f"<div class='small'>{e(c.pick('Huurteam', 'Huurderssteunpunt', 'Woonbond-steunpunt'))} {e(home.city)} · model onderhuur kamer · keuzebepalingen</div>"
        "<h1 style='margin-top:4mm'>Onderhuurovereenkomst voor een kamer</h1>"
        "<p class='small'>Kruis bij elke keuzebepaling één mogelijkheid aan. Niet aangekruiste bepalingen gelden niet.</p>"
        "<table style='width:100%;table-layout:fixed'><tr>" + box("Hoofdhuurder", e(tn)) + box("Onderhuurder", e(sn)) + "</tr><tr>"
        + box("Straat en huisnummer", f"{e(home.street)} {e(number)}") + box("Postcode en plaats", f"{e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}") + "</tr><tr>"
        + box("Ingangsdatum onderhuur", c.d(start)) + box("Huurprijs kamer per maand", c.a(rent)) + "</tr><tr>"
        + box("Servicekosten", "n.v.t.") + box("Verhuurder van de woning", e(corp)) + "</tr></table>"
        "<h3>Keuzebepaling A — einde van de hoofdhuur</h3>"
        f"<div>{mark(end)} De onderhuur eindigt van rechtswege op de dag dat de huurovereenkomst van de hoofdhuurder met {e(corp)} eindigt.</div>"
        f"<div>{mark(not end)} De onderhuur loopt door na het einde van de hoofdhuur; partijen moeten dan opzeggen.</div>"
        "<h3>Keuzebepaling B — huurvoorwaarden</h3>"
        f"<div>{mark(cond)} De Algemene Huurvoorwaarden van {e(corp)} zijn ook op de onderhuurder van toepassing.</div>"
        f"<div>{mark(not cond)} Alleen de afspraken in deze overeenkomst gelden; de voorwaarden van {e(corp)} zijn niet van toepassing.</div>"
        "<h3>Vaste bepalingen</h3><ol>" + "".join(f"<li>{e(x)}</li>" for x in c.rng.sample(FILLER, 3)) + "</ol>"
        "<table style='width:100%;table-layout:fixed;margin-top:4mm'><tr>" + box("Datum ondertekening", c.d(signed)) + box("Handtekening hoofdhuurder", "&nbsp;")
        + box("Handtekening onderhuurder", "&nbsp;") + "</tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh6 split ----------------------------------------------------------------------------


def studentenhuis_vereniging_contract(c: Ctx):
    """Fresh6. A "kamerovereenkomst" drawn up by a student-house association for a new housemate: the house's name and the association's logo line, the hospiteeravond's date (a decoy), the main tenant as "hoofdhuurder (huisoudste)" and the newcomer as "nieuwe huisgenoot" with student number and institution, the room's number and size, the rent and the monthly "huispot" (a decoy amount) in a ruled table, the clauses as "Huisregels en afspraken" bullets (or absent), signed by both with the date "5 maart '26"."""
    c.font_of(c.pick(("Quicksand", "Comic Neue", "Cantarell", "Open Sans Condensed"), SANS))
    c.restyle6(dates=("apos_year", "pad_short_nodot", "dash"), amounts=("EUR_dash", "euro", "euro_tight"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    form = c.pick("first", "all", "upper")
    tn, sn = tenant.name(form), sub.name(form)
    house = c.pick("Huize De Kroeg", "Het Zolderhuis", "Villa Kakelbont", "De Drie Zwanen", "Huize Hoogvliet")
    hospi = signed - dt.timedelta(days=c.rng.randint(5, 30))
    pot = values.amount(c.rng.choice((15, 20, 25, 30)))
    clauses = _clauses(c, end, cond)
    body = (
        f"<div style='border-bottom:2px solid #7a2c8f;padding-bottom:2mm'><span class='logo' style='font-size:17pt;color:#7a2c8f'>{e(house)}</span> "
        f"<span class='small'>· studentenhuis · aangesloten bij de Studentenhuizen Vereniging {e(home.city)}</span></div>"
        "<h1 style='margin-top:5mm'>Kamerovereenkomst nieuwe huisgenoot</h1>"
        f"<p class='small'>Gekozen op de hospiteeravond van {e(values.date_text(hospi, 'dash'))}. Deze overeenkomst is een onderhuurovereenkomst van een kamer in de woning die de hoofdhuurder huurt.</p>"
        "<table class='ruled' style='width:100%'>"
        f"<tr><td style='width:55mm'>Hoofdhuurder (huisoudste)</td><td>{e(tn)}</td></tr>"
        f"<tr><td>Nieuwe huisgenoot</td><td>{e(sn)}<br><span class='small'>studentnummer {c.rng.randint(1000000, 9999999)} · "
        f"{e(c.pick('Universiteit Utrecht', 'Hogeschool Rotterdam', 'Rijksuniversiteit Groningen', 'Hanzehogeschool', 'Radboud Universiteit'))}</span></td></tr>"
        f"<tr><td>Adres van het huis</td><td>{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}</td></tr>"
        f"<tr><td>Kamer</td><td>nr. {c.rng.randint(1, 7)}, {c.rng.randint(9, 19)} m², {e(c.pick('eerste verdieping', 'zolder', 'begane grond'))}</td></tr>"
        f"<tr><td>Kamerhuur per maand</td><td>{c.a(rent)}</td></tr>"
        f"<tr><td>Huispot per maand (boodschappen)</td><td>{c.a(pot)}</td></tr>"
        f"<tr><td>Ingangsdatum</td><td>{c.d(start)}</td></tr></table>"
        f"<h3>Huisregels en afspraken</h3><ul>{''.join(f'<li>{e(x)}</li>' for x in clauses)}</ul>"
        f"<p>Getekend op {c.d(signed)} in {e(home.city)}.</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>Hoofdhuurder<br><br>______________<br>{e(tn)}</td>"
        f"<td>Nieuwe huisgenoot<br><br>______________<br>{e(sn)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(tn, sn, home, signed, start, rent, end, cond)


def paraaf_tabel_landscape(c: Ctx):
    """Fresh6. An onderhuurovereenkomst laid out as one landscape table of three columns "Artikel | Afspraak | Paraaf": each agreement a row with two small boxes for the initials of "verhuurder" (the main tenant) and "huurder" (the room's tenant); the parties and their birth dates in the first rows, the room's address split over "Postcode" and "Huisnummer" rows, rent "EUR 425,-", the two clauses as their own rows (or absent), the place and signing date in the last row, signatures under the table."""
    c.font_of(c.pick(NARROW, SANS, SERIF))
    c.restyle6(dates=("dash", "pad_short_nodot", "long"), amounts=("EUR_dash", "EUR_nogroup_after"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    form = c.pick("all", "initials", "all_core_upper")
    tn, sn = tenant.name(form), sub.name(form)
    boxes = "<span style='display:inline-block;width:9mm;height:6mm;border:0.7px solid #333'></span> <span style='display:inline-block;width:9mm;height:6mm;border:0.7px solid #333'></span>"
    rows = [("Verhuurder (hoofdhuurder)", f"{e(tn)}, geboren {c.d(tenant.birth_date)}"),
            ("Huurder (onderhuurder)", f"{e(sn)}, geboren {c.d(sub.birth_date)}"),
            ("Gehuurde", f"een kamer in de woning {e(home.street)}, {e(home.city)}"),
            ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))),
            ("Huisnummer", e(home.house_number_text)),
            ("Ingangsdatum", c.d(start)),
            ("Huurprijs per maand", f"{c.a(rent)}, inclusief gas, water en elektra"),
            ("Opzegging", "met een opzegtermijn van één maand, schriftelijk")]
    if end:
        rows.append(("Einde hoofdhuur", e(c.rng.choice(END_CLAUSES))))
    if cond:
        rows.append(("Algemene Huurvoorwaarden", e(c.rng.choice(CONDITION_CLAUSES))))
    rows.append(("Huisregels", e(c.rng.choice(FILLER))))
    rows.append(("Plaats en datum", f"{e(home.city)}, {c.d(signed)}"))
    table = "".join(f"<tr><td style='width:25mm'>{i + 1}</td><td style='width:60mm'><b>{e(k)}</b></td><td>{v}</td><td style='width:26mm;white-space:nowrap'>{boxes}</td></tr>"
                    for i, (k, v) in enumerate(rows))
    body = (
        "<h1>Onderhuurovereenkomst kamer</h1><p class='small'>Elke regel afzonderlijk paraferen door verhuurder (links) en huurder (rechts).</p>"
        f"<table class='ruled' style='width:100%;font-size:9.4pt'><tr><th>Artikel</th><th>Onderwerp</th><th>Afspraak</th><th>Paraaf V / H</th></tr>{table}</table>"
        f"<table style='width:100%;margin-top:8mm'><tr><td>Handtekening verhuurder: ____________________</td><td>Handtekening huurder: ____________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh7 split ----------------------------------------------------------------------------

_TYPEWRITERS = ("Courier Prime", "FreeMono", "Liberation Mono", "Noto Mono")


def typemachine_formulier_overgetypt(c: Ctx):
    """Fresh7. A stationer's pre-printed form "Huurovereenkomst voor een kamer (onderhuur)" (a form number and the publisher in the corner) filled in on a typewriter: the printed text in a serif, the typed values in a typewriter face a little above or below the dotted rules, each rule's caption printed small under it ("naam", "straat en huisnummer", "postcode", ...), the rent typed "EUR 375,--", articles 4 and 5 printed "eindigt wel/niet* tegelijk met ..." and "zijn wel/niet* van toepassing" with the rejected word typed over with x's ("wel/xxxx"), "* doorhalen wat niet van toepassing is", place and date typed at the foot."""
    c.font_of(c.pick(SERIF, SERIF7))
    typewriter = c.rng.choice(_TYPEWRITERS)
    c.restyle7(dates=("long", "dash", "dash_mon_upper"), amounts=("EUR_dashdash", "EUR_dashdash", "dashdash"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    form = c.pick("all", "initials", "first")
    tn, sn = tenant.name(form), sub.name(form)
    lift = lambda: c.rng.choice((-3, -2, -1, 0, 1))  # noqa: E731

    def blank(value: str, caption: str, width: str = "60mm") -> str:
        return (f"<span style='display:inline-block;vertical-align:top;width:{width};margin-right:2mm'>"
                f"<span style='display:block;border-bottom:0.8px dotted #333;white-space:nowrap;min-height:12pt'>"
                f"<span class='tw' style='position:relative;top:{lift()}px;left:{c.rng.randint(0, 4)}px'>{value}</span></span>"
                f"<span style='display:block;font-size:6.5pt;color:#444;text-align:center'>({e(caption)})</span></span>")

    tw = lambda value: f"<span class='tw' style='position:relative;top:{lift()}px'>{value}</span>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td class='small'>Formulier K{c.rng.randint(10, 99)} · {e(c.pick('Uitgeverij Formulierenhuis', 'Kantoorboekhandel De Ganzenveer', 'Formulierenfabriek Holland'))}</td>"
        "<td class='right small'>nabestellen: art.nr. " + str(c.rng.randint(1000, 9999)) + "</td></tr></table>"
        "<h1 style='text-align:center;margin-top:4mm;letter-spacing:1px'>HUUROVEREENKOMST VOOR EEN KAMER</h1>"
        "<div style='text-align:center;margin-bottom:5mm'>(onderhuur van een gedeelte van een woning)</div>"
        "<p>De ondergetekenden:</p>"
        f"<p>1. {blank(e(tn), 'naam', '75mm')} wonende in de hierna genoemde woning, hierna te noemen <i>verhuurder</i>,</p>"
        f"<p>2. {blank(e(sn), 'naam', '75mm')} geboren {blank(e(values.date_text(sub.birth_date, 'dash')), 'geboortedatum', '32mm')} hierna te noemen <i>huurder</i>,</p>"
        "<p>verklaren te zijn overeengekomen als volgt:</p>"
        f"<p><b>Art. 1</b> Verhuurder verhuurt aan huurder een kamer in de woning {blank(f'{e(home.street)} {e(home.house_number_text)}', 'straat en huisnummer', '70mm')}"
        f"{blank(e(values.postcode_text(home.postcode, c.rng.random() < 0.5)), 'postcode', '24mm')} te {blank(e(home.city), 'plaats', '45mm')}, met medegebruik van keuken, douche en toilet.</p>"
        f"<p><b>Art. 2</b> De huur gaat in op {blank(c.d(start), 'datum', '45mm')} en is aangegaan voor onbepaalde tijd.</p>"
        f"<p><b>Art. 3</b> De huurprijs bedraagt {blank(c.a(rent), 'bedrag', '38mm')} per maand, bij vooruitbetaling te voldoen vóór de eerste van de maand.</p>"
        f"<p><b>Art. 4</b> Deze overeenkomst eindigt {tw(overtyped(('wel', 'niet'), 0 if end else 1))}* tegelijk met de huurovereenkomst tussen verhuurder en de "
        "eigenaar van de woning (de woningcorporatie).</p>"
        f"<p><b>Art. 5</b> De algemene huurvoorwaarden van de eigenaar van de woning zijn {tw(overtyped(('wel', 'niet'), 0 if cond else 1))}* van toepassing op huurder.</p>"
        "<p><b>Art. 6</b> Huurder gedraagt zich als een goed huurder en laat de kamer bij het einde van de huur leeg en schoon achter.</p>"
        "<p><b>Art. 7</b> Opzegging geschiedt schriftelijk met inachtneming van een termijn van ten minste één maand.</p>"
        f"<p style='margin-top:6mm'>Aldus opgemaakt in tweevoud te {blank(e(home.city), 'plaats', '45mm')} op {blank(c.d(signed), 'datum', '45mm')}</p>"
        "<table style='width:100%;margin-top:10mm'><tr><td>handtekening verhuurder<br><br>.........................................</td>"
        "<td>handtekening huurder<br><br>.........................................</td></tr></table>"
        "<p class='small' style='margin-top:6mm'>* doorhalen wat niet van toepassing is</p>"
    )  # fmt: skip
    css = f".tw {{ font-family: '{e(typewriter)}', monospace; font-size: 10.5pt; color: #1b1b1b; letter-spacing: 0.3px; }} body {{ font-size: 10pt; line-height: 1.45; }} p {{ margin: 0 0 2.6mm 0; }} @page {{ margin: 14mm 18mm 14mm 20mm; }}"
    return page(c, body, css), _truth(tn, sn, home, signed, start, rent, end, cond)


def contract_toestemming_corporatie_vak(c: Ctx):
    """Fresh7. A corporation's model "Onderhuurovereenkomst kamer" with the corporation's consent box at the foot: the parties with the name in use in brackets ("J.C. (Johannes) van der Meer") and birth dates, the room and its address, the start and the rent, the clauses among numbered articles (or absent), "Aldus getekend te ... op ...", two signature lines; then a framed box "In te vullen door <corporation>" with a file number, the home's monthly rent, the number of rooms and the highest room rent allowed (decoy amounts), the consent ticked or refused, and the corporation's own later date."""
    c.font_of(c.pick(SANS7, SANS, SERIF7))
    c.restyle7(dates=("dash_mon_upper", "long", "dash"), amounts=("euro", "EUR_dashdash", "dash"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    form = c.pick("initials_roepnaam", "initials_roepnaam", "all")
    tn, sn = tenant.name(form), sub.name(form)
    rooms = c.rng.choice((2, 2, 3, 3, 4))
    home_rent = c.rng.randint(600, 1100) + c.rng.choice((0, 0.5, c.rng.randint(1, 99) / 100))
    cap = round(home_rent / rooms, 2)
    allowed = float(rent) <= cap
    approved = signed + dt.timedelta(days=c.rng.randint(7, 35))
    items = _clauses(c, end, cond)
    art = [("Partijen", f"{e(tn)}, geboren {e(values.date_text(tenant.birth_date, 'dash'))}, hoofdhuurder van de woning, hierna: <i>hoofdhuurder</i>; en "
                        f"{e(sn)}, geboren {e(values.date_text(sub.birth_date, 'dash'))}, hierna: <i>onderhuurder</i>."),
           ("Het gehuurde", f"Een kamer van ca. {c.rng.randint(9, 18)} m² in de woning {e(home.street)} {e(home.house_number_text)}, "
                            f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}."),
           ("Ingang", f"De onderhuur gaat in op {c.d(start)}."), ("Huurprijs", f"De huurprijs bedraagt {c.a(rent)} per maand, inclusief gas, water en elektriciteit.")]
    art.append(("Overige afspraken", "<ol type='a' style='margin:0;padding-left:6mm'>" + "".join(f"<li>{e(x)}</li>" for x in items) + "</ol>"))
    consent = (f"{'☒' if allowed else '☐'} Toestemming verleend &nbsp;&nbsp; {'☐' if allowed else '☒'} Geen toestemming: de kamerhuur is te hoog")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td>"
        "<td class='right small'>Model onderhuurovereenkomst kamer</td></tr></table>"
        "<h1 style='margin-top:4mm'>Onderhuurovereenkomst kamer</h1>"
        + articles(art)
        + f"<p style='margin-top:4mm'>Aldus getekend te {e(home.city)} op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>Hoofdhuurder<br><br>____________________<br>{e(tn)}</td><td>Onderhuurder<br><br>____________________<br>{e(sn)}</td></tr></table>"
        f"<div style='border:1.5px solid #333;padding:3mm 4mm;margin-top:8mm;background:#f6f6f6'><b>In te vullen door {e(corp)}</b>"
        + kv([("Dossiernummer", f"OH-{approved.year}-{c.rng.randint(1000, 9999)}"), ("Kale huur van de woning", c.a(values.amount(home_rent))),
              ("Aantal kamers", str(rooms)), ("Maximale kamerhuur (huur / kamers)", c.a(values.amount(cap))), ("Besluit", consent),
              ("Datum", c.d(approved)), ("Medewerker", e(c.person().name("initials")))], label_width="62mm")
        + "</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh8 split ----------------------------------------------------------------------------

_INVENTORY = ("Bed 90 x 200 met matras", "Bureau met stoel", "Kledingkast (2-deurs)", "Gordijnen en rails", "Plafondlamp", "Boekenplank",
              "Vloerkleed", "Spiegel", "Wasmand", "Bureaulamp")  # fmt: skip


def artikelen_met_bijlagen(c: Ctx):
    """Fresh8. A three-page contract with annexes: pages 1-2 the "Onderhuurovereenkomst kamer" in numbered articles with sub-paragraphs (1.1, 1.2 ...), the parties with their birth dates, the room and the home's address, the rent once in figures and again in words ("€ 375,00 (zegge: driehonderdvijfenzeventig euro)"), the start, the end and conditions clauses where the contract has them, an article listing the annexes (the landlord's Algemene Huurvoorwaarden among them only when the contract binds the subtenant to them), the signing "in tweevoud" with the date written out in words ("vijf maart tweeduizendzesentwintig"); page 3 "Bijlage 1: inventarislijst en opnamestaat" with the room's furniture, the meter readings and the inspection's own date (a decoy) initialled by both."""
    c.font_of(c.pick(SERIF8, SANS8))
    c.restyle8(dates=("all_words", "all_words", "long"), amounts=("euro_zegge",))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    form = c.pick("all", "all", "first")
    tn, sn = tenant.name(form), sub.name(form)
    elsewhere = people.address(c.rng)
    corp = c.pick("Ymere", "Portaal", "Woonstad Rotterdam", "Eigen Haard", "Havensteder", "Stadgenoot", "de Alliantie")
    room = c.rng.randint(1, 4)
    annexes = ["Inventarislijst en opnamestaat", "Huisregels"] + ([f"Algemene Huurvoorwaarden van {corp}"] if cond else [])
    end_text = c.rng.choice(END_CLAUSES) if end else c.rng.choice(NOT_END_CLAUSES)
    arts = [
        ("Partijen", [f"{e(tn)}, geboren op {e(values.date_text(tenant.birth_date, 'dash'))}, huurder van de woning, hierna: de hoofdhuurder;",
                      f"{e(sn)}, geboren op {e(values.date_text(sub.birth_date, 'dash'))}, thans wonende te {e(elsewhere.city)}, hierna: de onderhuurder."]),
        ("Het gehuurde", [f"De hoofdhuurder verhuurt aan de onderhuurder kamer {room} in de woning {e(_room_address(c, home))}.",
                          f"De hoofdhuurder huurt deze woning van {e(corp)}; de corporatie heeft voor deze onderhuur toestemming gegeven.",
                          "De inventaris van de kamer staat in bijlage 1."]),
        ("Duur", [f"Deze overeenkomst gaat in op {c.d(start)} en is aangegaan voor onbepaalde tijd.", e(end_text)]),
        ("Huurprijs", [f"De huurprijs bedraagt {c.a(rent)} per maand, inclusief gas, water en elektriciteit.",
                       "De huur wordt voor de eerste van de maand betaald op de rekening van de hoofdhuurder."]),
        ("Gebruik", [e(t) for t in c.rng.sample(FILLER, 2)]),
    ]
    if cond:
        arts.append(("Voorwaarden", [e(c.rng.choice(CONDITION_CLAUSES))]))
    arts.append(("Bijlagen", ["Bij deze overeenkomst horen de volgende bijlagen, die partijen hebben ontvangen en geparafeerd: "
                              + "; ".join(f"bijlage {i + 1}: {e(a)}" for i, a in enumerate(annexes)) + "."]))
    text = "".join(f"<p style='margin:3mm 0 1mm 0'><b>Artikel {i + 1}. {e(title)}</b></p>"
                   + "".join(f"<div style='display:flex;margin-bottom:1mm'><span style='width:10mm;flex:none'>{i + 1}.{j + 1}</span><span>{p}</span></div>"
                             for j, p in enumerate(paras)) for i, (title, paras) in enumerate(arts))
    meter = [("Elektriciteit (kWh)", c.rng.randint(10000, 60000)), ("Gas (m³)", c.rng.randint(2000, 20000)), ("Water (m³)", c.rng.randint(200, 2000))]
    inspected = start - dt.timedelta(days=c.rng.randint(1, 6))
    items = "".join(f"<tr><td>{e(i)}</td><td>{c.rng.randint(1, 2)}</td><td>{c.pick('goed', 'goed', 'redelijk', 'nieuw')}</td></tr>"
                    for i in c.rng.sample(_INVENTORY, 6))
    body = (
        "<h1 style='text-align:center;letter-spacing:1px'>ONDERHUUROVEREENKOMST KAMER</h1>"
        "<p style='text-align:center' class='small'>met bijlagen</p>" + text
        + f"<p style='margin-top:7mm'>Aldus overeengekomen en in tweevoud opgemaakt en ondertekend te {e(home.city)} op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>de hoofdhuurder<br><br>......................................<br>{e(tn)}</td>"
        f"<td>de onderhuurder<br><br>......................................<br>{e(sn)}</td></tr></table>"
        "<div style='page-break-before:always'></div>"
        f"<h2>Bijlage 1 · Inventarislijst en opnamestaat kamer {room}</h2>"
        f"<p>Adres: {e(home.line1())}, {e(home.city)}<br>Datum opname: {e(values.date_text(inspected, 'dash'))}</p>"
        f"<table class='ruled' style='width:100%'><tr><th>Omschrijving</th><th>Aantal</th><th>Staat</th></tr>{items}</table>"
        "<h3>Meterstanden</h3><table class='ruled' style='width:70%'>"
        + "".join(f"<tr><td>{e(k)}</td><td class='right'>{v}</td></tr>" for k, v in meter)
        + "</table><p style='margin-top:8mm'>Paraaf hoofdhuurder: ........ &nbsp; &nbsp; Paraaf onderhuurder: ........</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def wijzigingen_bijhouden_print(c: Ctx):
    """Fresh8. A room contract printed from a word processor with "wijzigingen bijhouden" still showing, then signed: the title "concept v3", a change bar in the left margin beside every changed paragraph, deleted text red and struck through (an earlier rent and an earlier start date, and, where the contract no longer has it, the end clause or the conditions clause struck whole) and inserted text blue and underlined (the agreed rent and start, a clause added), the reviewers' comment balloons in a column on the right ("Opmerking [AB1]: huur verlaagd na bezichtiging") with their own dates, and the signing date at the foot."""
    c.font_of(c.pick(("Carlito", "Liberation Sans", "Caladea"), SANS8))
    c.restyle8(dates=("long", "long", "dash"), amounts=("euro", "euro_is"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    form = c.pick("all", "first")
    tn, sn = tenant.name(form), sub.name(form)
    old_rent = values.amount(float(rent) + c.pick(25, 50, 75, -25))
    old_start = start - dt.timedelta(days=c.pick(14, 30, 31, 61))
    ta, sa = "".join(w[0] for w in tenant.given[:1] + (people.split_particle(tenant.surname)[1],)), "".join(w[0] for w in sub.given[:1] + (people.split_particle(sub.surname)[1],))
    comments, paras = [], []

    def para(html_text: str, changed: bool = False, note: str = "") -> None:
        bar = "border-left:2px solid #444;padding-left:2mm;margin-left:-4mm" if changed else ""
        paras.append(f"<p style='{bar};margin:0 0 3mm 0'>{html_text}</p>")
        comments.append(note)

    para(f"<b>Partijen</b><br>{e(tn)}, hoofdhuurder van de woning {e(_room_address(c, home))}, en {e(sn)}, onderhuurder.")
    para(f"<b>Huurprijs</b><br>De huur van de kamer is {deleted(c.a(old_rent))} {inserted(c.a(rent))} per maand, te betalen vóór de eerste van de maand.", True,
         f"Opmerking [{sa}1]: huur aangepast na bezichtiging ({e(values.date_text(signed - dt.timedelta(days=c.rng.randint(3, 20)), 'dash'))})")
    para(f"<b>Ingangsdatum</b><br>De onderhuur gaat in op {deleted(c.d(old_start))} {inserted(c.d(start))}.", True, f"Opmerking [{ta}2]: later, in verband met verhuizing")
    for t in c.rng.sample(FILLER, 2):
        para(e(t))
    end_clause = c.rng.choice(END_CLAUSES)
    if end:
        para(f"<b>Einde</b><br>{inserted(e(end_clause))}" if c.rng.random() < 0.5 else f"<b>Einde</b><br>{e(end_clause)}", True, f"Opmerking [{ta}3]: verplicht volgens de corporatie")
    else:
        para(f"<b>Einde</b><br>{deleted(e(end_clause))} {inserted(e(c.rng.choice(NOT_END_CLAUSES)))}", True, f"Opmerking [{sa}3]: graag eruit, ik wil zekerheid")
    cond_clause = c.rng.choice(CONDITION_CLAUSES)
    if cond:
        para(f"<b>Voorwaarden</b><br>{e(cond_clause)}")
    elif c.rng.random() < 0.6:
        para(f"<b>Voorwaarden</b><br>{deleted(e(cond_clause))}", True, f"Opmerking [{ta}4]: niet van toepassing op kamerhuur")
    para(f"Aldus overeengekomen en ondertekend te {e(home.city)} op {c.d(signed)}.")
    rows = "".join(f"<tr><td style='vertical-align:top;width:68%'>{p}</td><td style='vertical-align:top;padding-left:4mm'>"
                   + (f"<div style='border:0.8px solid #c0504d;background:#fbe9e8;font-size:7.5pt;padding:1mm 2mm'>{n}</div>" if n else "") + "</td></tr>"
                   for p, n in zip(paras, comments))
    body = (
        f"<div class='small' style='display:flex;justify-content:space-between'><span>Onderhuurovereenkomst_kamer_concept_v3.docx</span><span>Pagina 1 van 1</span></div>"
        "<h1 style='margin-top:4mm'>Onderhuurovereenkomst kamer</h1><p class='small'>concept v3 · met wijzigingen</p>"
        f"<table style='width:100%;margin-left:4mm'>{rows}</table>"
        f"<table style='width:68%;margin-top:8mm'><tr><td>{e(tn)}<br><br>________________</td><td>{e(sn)}<br><br>________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh9 split ----------------------------------------------------------------------------


def partijen_alleen_in_tekentabel(c: Ctx):
    """Fresh9. A room contract whose text never names the parties: it speaks of "de hoofdhuurder" and "de onderhuurder" throughout (the room's address, postcode and number in article 1, the start and the rent in articles 2 and 3, the clauses after them), and only the two-column signature table at the very end says who they are: "Hoofdhuurder" left and "Onderhuurder" right, each with "Naam", "Geboortedatum", "Plaats" and "Datum" and a space to sign; both signed on the same day. Set in a Times-like TeX Gyre serif."""
    c.font_of(c.pick(SERIF9, ("Liberation Serif", "Caladea")))
    c.restyle9(dates=("long", "dash"), amounts=("euro", "Euro_front"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    clauses = "".join(f"<p><b>Artikel {i + 4}</b><br>{e(t)}</p>" for i, t in enumerate(_clauses(c, end, cond)))
    cell = lambda role, person, name: (f"<td style='width:50%;vertical-align:top;border:0.8px solid #444;padding:3mm'><b>{e(role)}</b><br>"  # noqa: E731
                                       f"Naam: {e(name)}<br>Geboortedatum: {c.d(person.birth_date)}<br>Plaats: {e(home.city)}<br>Datum: {c.d(signed)}<br>"
                                       "<div style='height:16mm'></div>Handtekening</td>")
    body = (
        "<h1 style='text-align:center;margin-bottom:1mm'>HUUROVEREENKOMST KAMER</h1><p style='text-align:center;margin-top:0'>(onderhuur van een kamer in een huurwoning)</p>"
        "<p>De hoofdhuurder en de onderhuurder, die hieronder bij de handtekeningen met naam zijn genoemd, spreken het volgende af.</p>"
        f"<p><b>Artikel 1 Het gehuurde</b><br>De hoofdhuurder verhuurt aan de onderhuurder een kamer in de woning {e(_room_address(c, home))}. "
        "Keuken, douche en toilet worden gedeeld.</p>"
        f"<p><b>Artikel 2 Duur</b><br>De onderhuur gaat in op {c.d(start)} en geldt voor onbepaalde tijd.</p>"
        f"<p><b>Artikel 3 Huurprijs</b><br>De onderhuurder betaalt de hoofdhuurder {c.a(rent)} per maand, vooruit te betalen vóór de eerste van de maand.</p>"
        f"{clauses}<p>Aldus overeengekomen en in tweevoud ondertekend.</p>"
        f"<table style='width:100%;border-collapse:collapse;margin-top:6mm;page-break-inside:avoid'><tr>{cell('Hoofdhuurder', tenant, tn)}{cell('Onderhuurder', sub, sn)}</tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10.2pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def servicekosten_tabel_totaal(c: Ctx):
    """Fresh9. A room contract with the monthly payment itemised in a ruled table: "Kale huur" (a decoy: less than what is paid), advance payments for energy, water, internet, cleaning of the shared rooms and the furniture, and "Totaal per maand" in bold, which the text says the subtenant pays each month (the room rent is the total, as the other contracts' "inclusief servicekosten"); a deposit of twice the bare rent and the yearly settlement of the service costs as decoys. Parties in a small ruled table at the head; amounts as "Euro 375,00" or "€ 375,00"."""
    c.font_of(c.pick(("Carlito", "Open Sans"), ("Cantarell", "Go")))
    c.restyle9(dates=("dash", "long"), amounts=("Euro_front", "euro"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first", "first_particle_abbrev"))
    total = round(float(rent) * 100)
    items = [("Energie (gas en elektra)", c.rng.randint(35, 75) * 100), ("Water", c.rng.randint(8, 18) * 100 + 50), ("Internet en tv", c.rng.randint(10, 25) * 100),
             ("Schoonmaak gemeenschappelijke ruimten", c.rng.randint(5, 15) * 100), ("Gebruik inventaris", c.rng.randint(5, 20) * 100)]
    items = c.rng.sample(items, c.rng.randint(3, 5))
    bare = total - sum(v for _, v in items)
    money = lambda cents: c.a(f"{cents // 100}.{cents % 100:02d}")  # noqa: E731
    rows = (f"<tr><td>Kale huur</td><td class='right'>{money(bare)}</td></tr>"
            + "".join(f"<tr><td>Voorschot {e(k.lower() if k[0] != 'I' else k)}</td><td class='right'>{money(v)}</td></tr>" for k, v in items)
            + f"<tr style='font-weight:bold;border-top:1.6px solid #000'><td>Totaal per maand</td><td class='right'>{money(total)}</td></tr>")
    clauses = "".join(f"<li>{e(t)}</li>" for t in _clauses(c, end, cond))
    body = (
        "<h1>Huurovereenkomst kamer met servicekosten</h1>"
        + "<table class='ruled' style='width:100%'><tr style='background:#eee'><th></th><th>Hoofdhuurder (verhuurder van de kamer)</th><th>Onderhuurder</th></tr>"
        f"<tr><td>Naam</td><td>{e(tn)}</td><td>{e(sn)}</td></tr><tr><td>Geboren</td><td>{c.d(tenant.birth_date)}</td><td>{c.d(sub.birth_date)}</td></tr></table>"
        f"<p><b>1.</b> De kamer ligt in de woning {e(_room_address(c, home))}. De onderhuur begint op {c.d(start)}.</p>"
        "<p><b>2.</b> De onderhuurder betaalt iedere maand het totaal uit de tabel hieronder. De voorschotten worden eens per jaar met de werkelijke kosten verrekend.</p>"
        f"<table class='ruled' style='width:70%;margin:2mm 0 2mm 6mm'>{rows}</table>"
        f"<p><b>3.</b> Bij aanvang betaalt de onderhuurder een waarborgsom van twee maal de kale huur: {money(2 * bare)}.</p>"
        f"<p><b>4.</b> Verder geldt:</p><ol type='a'>{clauses}</ol>"
        f"<p>Getekend te {e(home.city)}, {c.d(signed)}</p>"
        "<table style='width:100%;margin-top:8mm'><tr><td>hoofdhuurder ____________________</td><td>onderhuurder ____________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh10 split ---------------------------------------------------------------------------

_PLATFORMS10 = ("StudentRoomz", "Kamerhub.nl", "RoomShare NL", "Huisgenoot.app")


def studentenplatform_mail_thread(c: Ctx):
    """Fresh10. A student housing platform's confirmation mail, printed by the subtenant: the mail's head, "Your sublet agreement is confirmed / Je onderhuurovereenkomst is bevestigd", the agreement's facts in two languages ("Main tenant / Hoofdhuurder", "Subtenant / Onderhuurder", the room's address, "Monthly rent / Huur per maand" as "450.00 EUR", "Start date / Ingangsdatum" and "Agreed on / Overeengekomen op" as "Thu 1 Apr 2026"), the agreement's clauses in Dutch, and under it the quoted thread: the subtenant's first question with a lower offer and an earlier date as decoys."""
    c.font_of(c.pick(SANS10, ("Open Sans", "Carlito")))
    c.restyle10(dates=("en_wd_short",), amounts=("en_EUR_after",))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("first_core_upper", "all", "first")), sub.name(c.pick("first_core_upper", "first"))
    platform = c.rng.choice(_PLATFORMS10)
    asked = signed - dt.timedelta(days=c.rng.randint(4, 30))
    offer = values.amount(float(rent) - c.pick(25, 50, 75))
    clauses = "".join(f"<li>{e(t)}</li>" for t in _clauses(c, end, cond))
    body = (
        f"<div style='font-size:15pt;font-weight:bold;color:#ff5a5f'>{e(platform)}</div>"
        + mail_header([("From", f"{e(platform)} &lt;no-reply@{e(platform.lower().replace(' ', '').replace('.app', '').replace('.nl', ''))}.nl&gt;"), ("To", e(sn)),
                       ("Date", c.d(signed)), ("Subject", "Your sublet agreement is confirmed / Je onderhuurovereenkomst is bevestigd")])
        + f"<p>Hi {e(sub.given[0])},</p><p>Both parties accepted the agreement. / Beide partijen hebben de overeenkomst geaccepteerd.</p>"
        + "<div style='border:0.8px solid #ddd;border-radius:2mm;padding:3mm 4mm'>"
        + kv([("Main tenant / Hoofdhuurder", e(tn)), ("Subtenant / Onderhuurder", e(sn)), ("Room / Kamer", e(_room_address(c, home))),
              ("Monthly rent / Huur per maand", c.a(rent)), ("Start date / Ingangsdatum", c.d(start)), ("Agreed on / Overeengekomen op", c.d(signed))], label_width="62mm")
        + f"<div style='margin-top:2mm;font-weight:bold'>Voorwaarden (Nederlandse tekst is bindend)</div><ol style='margin-top:1mm'>{clauses}</ol></div>"
        + "<p class='small'>This is an automated message. Questions? Visit our help centre.</p>"
        + quoted(f"<div style='font-size:8.5pt'>On {e(values.date_text(asked, 'en_wd_short'))}, {e(sn)} wrote:<br>"
                 f"Hi {e(tenant.given[0])}! Is the room still available? Would {e(values.amount_text(offer, 'en_EUR_after'))} a month be possible? Groetjes, {e(sub.given[0])}</div>")
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


_SIGNERS10 = ("Signhost", "ValidSign", "Zynyo", "Yousign", "SignRequest")


def esign_audittrail_kamercontract(c: Ctx):
    """Fresh10. A room contract signed electronically, two pages: page 1 the contract (parties by name, the room, the start, the rent, the clauses, "Aldus elektronisch ondertekend", no date in the text), page 2 the signing service's audit trail ("Certificaat van ondertekening": document ID, "Aangemaakt op" as a decoy, then per signer the name, e-mail, IP address and "Ondertekend op 05.03.26 om 14:02 (CET)"); both parties signed on the same day, which is the signing date."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Carlito", "Liberation Sans")))
    c.restyle10(dates=("long", "dash"), amounts=("euro", "EUR_tight"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "initials")), sub.name(c.pick("all", "first"))
    service = c.rng.choice(_SIGNERS10)
    made = signed - dt.timedelta(days=c.rng.randint(1, 9))
    clauses = "".join(f"<p><b>Artikel {i + 4}</b> {e(t)}</p>" for i, t in enumerate(_clauses(c, end, cond)))
    stamp_ = lambda: f"{values.date_text(signed, 'dot_2y')} om {c.rng.randint(8, 22):02d}:{c.rng.randint(0, 59):02d} (CET)"  # noqa: E731
    ip = lambda: f"{c.rng.randint(62, 213)}.{c.rng.randint(0, 255)}.{c.rng.randint(0, 255)}.{c.rng.randint(1, 254)}"  # noqa: E731
    signer = lambda role, p, n: (f"<tr><td>{e(role)}</td><td>{e(n)}<br><span class='small'>{e(p.given[0].lower())}.{e(p.surname.split()[-1].lower())}@mail.nl</span></td>"  # noqa: E731
                                 f"<td>{ip()}</td><td>{e(stamp_())}</td></tr>")
    doc_id = f"{c.rng.randint(10**7, 10**8 - 1):x}-{c.rng.randint(1000, 9999)}-{c.rng.randint(10**7, 10**8 - 1):x}"
    body = (
        "<h1>Onderhuurovereenkomst kamer</h1>"
        + f"<p>Ondergetekenden:</p><p>1. <b>{e(tn)}</b>, hierna: hoofdhuurder, en</p><p>2. <b>{e(sn)}</b>, hierna: onderhuurder,</p><p>komen het volgende overeen.</p>"
        + f"<p><b>Artikel 1</b> Hoofdhuurder verhuurt aan onderhuurder een kamer in de woning {e(_room_address(c, home))}.</p>"
        + f"<p><b>Artikel 2</b> De onderhuur gaat in op {c.d(start)}.</p><p><b>Artikel 3</b> De huur bedraagt {c.a(rent)} per maand.</p>"
        + clauses + f"<p>Aldus elektronisch ondertekend via {e(service)}. Het certificaat van ondertekening is bijgevoegd.</p>"
        + f"<div style='position:fixed;bottom:-10mm;left:0;right:0;font-size:7pt;color:#666'>Document-ID {doc_id}</div>"
        + "<div style='page-break-before:always'></div>"
        + f"<div style='font-size:14pt;font-weight:bold;color:#1a5fb4'>{e(service)}</div><h2>Certificaat van ondertekening</h2>"
        + kv([("Document", "Onderhuurovereenkomst kamer.pdf"), ("Document-ID", doc_id), ("Aangemaakt op", e(values.date_text(made, "dot_2y"))), ("Status", "Voltooid")], label_width="40mm")
        + "<table class='ruled' style='width:100%;margin-top:4mm;font-size:8.8pt'><tr><th>Rol</th><th>Ondertekenaar</th><th>IP-adres</th><th>Ondertekend op</th></tr>"
        + signer("Hoofdhuurder", tenant, tn) + signer("Onderhuurder", sub, sn) + "</table>"
        + "<p class='small' style='margin-top:4mm'>De ondertekenaars zijn geïdentificeerd via een eenmalige code per e-mail. Dit certificaat is onlosmakelijk verbonden met het document.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh11 split ---------------------------------------------------------------------------


def kladblok_tekstbestand_print(c: Ctx):
    """Fresh11. A sublet contract the main tenant typed as a plain text file and printed from a text editor: the file's name at the top of the page and "Pagina 1" at the foot, everything in one monospaced face without a table (a title underlined with "=" signs, "Hoofdhuurder  : ...", "Huurprijs     : euro 375,00 per maand", the agreements as a numbered list that wraps where the printer breaks it, "Getekend te ... op ...", two signature lines of underscores)."""
    c.font_of(MONO11)
    c.restyle11(dates=("dash", "long"), amounts=("euro_lower_front",))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first"))
    title = "ONDERHUUROVEREENKOMST KAMER"
    line = lambda k, v: f"{e(k.ljust(14))}: {v}"  # noqa: E731
    clauses = "\n".join(f"{i + 1}. {e(t)}" for i, t in enumerate(_clauses(c, end, cond)))
    text = "\n".join([
        f"<b>{title}</b>", "=" * len(title), "",
        line("Hoofdhuurder", e(tn)), line("Onderhuurder", e(sn)), line("Adres kamer", e(_room_address(c, home))),
        line("Huurprijs", f"{c.a(rent)} per maand"), line("Ingangsdatum", c.d(start)), line("Borg", e(values.amount_text(values.amount(float(rent) * 2), "euro_lower_front"))), "",
        "<b>Afspraken</b>", "---------", clauses, "",
        f"Getekend te {e(home.city)} op {c.d(signed)}", "", "",
        "Hoofdhuurder: ______________      Onderhuurder: ______________",
    ])
    file = f"onderhuur_kamer_{sub.surname.split()[-1].lower()}.txt"
    body = (
        f"<div style='position:fixed;top:-11mm;left:0;right:0;text-align:center;font-size:8pt'>{e(file)}</div>"
        "<div style='position:fixed;bottom:-11mm;left:0;right:0;text-align:center;font-size:8pt'>Pagina 1</div>"
        f"<div style='white-space:pre-wrap;font-size:9.6pt;line-height:1.35'>{text}</div>"
    )  # fmt: skip
    return page(c, body, "@page { margin: 20mm 20mm 20mm 20mm; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def _floor_plan(c: Ctx, size: int) -> str:
    """A sketch of the home's floor plan as an inline SVG: rooms as rectangles with their names and areas, the sublet room hatched."""
    rooms = [("Woonkamer", 0, 0, 120, 70, c.rng.randint(22, 32)), ("Keuken", 120, 0, 60, 40, c.rng.randint(6, 10)),
             ("Badkamer", 120, 40, 60, 30, c.rng.randint(4, 7)), ("Slaapkamer 1", 0, 70, 90, 60, c.rng.randint(10, 16)),
             ("Kamer onderhuurder", 90, 70, 90, 60, size)]
    shapes = "".join(f"<rect x='{x}' y='{y}' width='{w}' height='{h}' fill='{'url(#hatch)' if name.startswith('Kamer') else 'none'}' stroke='#222' stroke-width='1.6'/>"
                     f"<text x='{x + w / 2}' y='{y + h / 2}' font-size='7' text-anchor='middle'>{e(name)}</text>"
                     f"<text x='{x + w / 2}' y='{y + h / 2 + 9}' font-size='6' text-anchor='middle'>{area} m²</text>" for name, x, y, w, h, area in rooms)
    return ("<svg width='150mm' height='110mm' viewBox='-10 -10 200 150' xmlns='http://www.w3.org/2000/svg'><defs><pattern id='hatch' width='6' height='6' patternUnits='userSpaceOnUse' "
            "patternTransform='rotate(45)'><line x1='0' y1='0' x2='0' y2='6' stroke='#bbb' stroke-width='1.5'/></pattern></defs>"
            f"{shapes}<text x='90' y='138' font-size='6' text-anchor='middle'>{c.rng.randint(7, 11)},{c.rng.randint(10, 95)} m</text>"
            "<text x='-4' y='65' font-size='6' text-anchor='middle' transform='rotate(-90 -4 65)'>schets, niet op schaal</text></svg>")


def contract_met_plattegrond_schets(c: Ctx):
    """Fresh11. A room contract of two pages whose annex is a sketch of the home: page 1 the contract in numbered articles (the parties, the room "zoals aangegeven op de plattegrond in bijlage 1", the start, the rent as "EUR 375", the clauses or their absence, place and date, signatures), page 2 "Bijlage 1 - plattegrond" with the rooms drawn, their names and areas in m² and a wall's length as decoy numbers, the sublet room hatched."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Carlito", "Liberation Sans")))
    c.restyle11(dates=("long", "dash"), amounts=("EUR_whole_nl", "euro"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "initials")), sub.name(c.pick("all", "first"))
    size = c.rng.randint(9, 16)
    clauses = "".join(f"<p><b>Artikel {i + 5}</b><br>{e(t)}</p>" for i, t in enumerate(_clauses(c, end, cond)))
    body = (
        "<h1 style='text-align:center'>Huurovereenkomst kamer (onderhuur)</h1>"
        f"<p>De ondergetekenden:</p><p>1. <b>{e(tn)}</b>, huurder van de woning, hierna: de hoofdhuurder;</p><p>2. <b>{e(sn)}</b>, hierna: de onderhuurder;</p>"
        "<p>komen het volgende overeen.</p>"
        f"<p><b>Artikel 1</b><br>De hoofdhuurder verhuurt aan de onderhuurder de kamer van ongeveer {size} m² in de woning {e(_room_address(c, home))}, zoals aangegeven op de plattegrond in bijlage 1.</p>"
        "<p><b>Artikel 2</b><br>De onderhuurder mag keuken, badkamer en toilet mee gebruiken. De woonkamer is van de hoofdhuurder.</p>"
        f"<p><b>Artikel 3</b><br>De overeenkomst gaat in op {c.d(start)}.</p>"
        f"<p><b>Artikel 4</b><br>De huurprijs is {c.a(rent)} per maand, inclusief gas, water en licht.</p>"
        + clauses
        + f"<p style='margin-top:6mm'>Aldus opgemaakt en getekend te {e(home.city)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:8mm'><tr><td>De hoofdhuurder<br><br>________________</td><td>De onderhuurder<br><br>________________</td></tr></table>"
        "<div style='page-break-before:always'></div><h2>Bijlage 1 - plattegrond van de woning</h2>"
        f"<p class='small'>De gearceerde kamer ({size} m²) wordt onderverhuurd. Maten bij benadering.</p>" + _floor_plan(c, size)
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh12 split ---------------------------------------------------------------------------


def vraag_en_antwoord_kamerafspraken(c: Ctx):
    """Fresh12. Room agreements written as questions and answers in plain language ("Wie verhuurt de kamer?", "Hoeveel huur betaal je?"): the tenant and the subtenant (the latter as "van der Meer, Johannes"), the room's address, the rent in words only ("driehonderdvijfenzeventig euro per maand"), the deposit in words (a decoy), from when, what happens when the main lease ends and whether the landlord's general conditions apply (or questions left out), place and date, signatures."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Cantarell", "Liberation Sans")))
    c.restyle12(dates=("long", "pad_short_dot"), amounts=("words_only",))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first")), sub.name("particle_first_comma_first")
    qa = [("Wie verhuurt de kamer?", f"{e(tn)}. Ik huur de hele woning zelf van de woningcorporatie."),
          ("Wie huurt de kamer?", e(sn)),
          ("Over welke kamer gaat het?", f"De kamer aan de achterkant op de eerste verdieping van {e(_room_address(c, home))}."),
          ("Hoeveel huur betaal je?", f"{c.a(rent)} per maand, inclusief gas, water, licht en internet."),
          ("Moet je borg betalen?", f"Ja, {e(values.amount_text(values.amount(float(rent) * 2), 'words_only'))}. Die krijg je terug als je vertrekt."),
          ("Vanaf wanneer mag je er wonen?", f"Vanaf {c.d(start)}.")]
    if end or c.rng.random() < 0.5:
        qa.append(("Wat gebeurt er als mijn huurcontract met de corporatie stopt?",
                   "Dan stopt deze afspraak ook, op dezelfde dag." if end else "Dan loopt deze afspraak gewoon door; we zeggen allebei met een maand op."))
    if cond or c.rng.random() < 0.5:
        qa.append(("Gelden de regels van de corporatie ook voor jou?",
                   "Ja. Je houdt je aan de Algemene Huurvoorwaarden van de corporatie; je hebt ze van mij gekregen." if cond
                   else "Nee, alleen de afspraken op dit papier."))
    qa.append(("Mag je iemand laten logeren?", "Af en toe, maar niet langer dan een week."))
    body = (
        "<h1>Onze afspraken over de kamer</h1><p class='small'>Onderhuur van een kamer, in vragen en antwoorden</p>"
        + "".join(f"<div style='margin-top:3.5mm'><b>{i}. {e(q)}</b><br>{ans}</div>" for i, (q, ans) in enumerate(qa, 1))
        + f"<p style='margin-top:7mm'>Zo afgesproken in {e(home.city)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>Verhuurder (huurder van de woning)<br><br>________________</td><td>Huurder van de kamer<br><br>________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10.4pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


_UNIONS12 = ("Huurteam Utrecht", "Huurteam Groningen", "!WOON, Amsterdam", "Huurders Advies Rotterdam", "Huurteam Leiden")


def huurteam_model_kantlijntoelichting(c: Ctx):
    """Fresh12. A tenants' union's model contract for a room ("Model kamerhuurovereenkomst onderhuur") in two columns: on the right the contract in numbered sub-articles (1.1, 1.2, 2.1 ...) with the parties, the address, the start, the rent as "EUR 1 234,50" beside a service-cost sum and a total (decoys), the clauses on the main lease and the landlord's general conditions (or their absence); on the left, beside each article, the union's explanation in an italic condensed cut ("Toelichting: ..."); the union's name and the model's version date (a decoy) in the footer; place and date, signatures."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Carlito", "Liberation Sans")))
    c.restyle12(dates=("long", "dash"), amounts=("EUR_space_group",))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "initials")), sub.name(c.pick("all", "first"))
    union = c.rng.choice(_UNIONS12)
    service = values.amount(c.rng.choice((25, 35, 40, 45.5, 60)))
    total = values.amount(float(rent) + float(service))
    version = c.date((2022, 1, 1), (2025, 12, 31))
    note = f"font-family:\"{SANS12[1]}\", sans-serif;font-style:italic;color:#555;font-size:8.4pt"
    end_text = (c.rng.choice(END_CLAUSES) if end else c.rng.choice(NOT_END_CLAUSES))
    arts = [("1 Partijen", f"1.1 Hoofdhuurder: <b>{e(tn)}</b>.<br>1.2 Onderhuurder: <b>{e(sn)}</b>.",
             "Toelichting: de hoofdhuurder is degene die de woning huurt van de verhuurder."),
            ("2 Het gehuurde", f"2.1 Een kamer in de woning {e(_room_address(c, home))}.<br>2.2 Keuken en sanitair worden gedeeld.",
             "Toelichting: omschrijf de kamer zo precies mogelijk."),
            ("3 Duur", f"3.1 Deze overeenkomst gaat in op {c.d(start)} en geldt voor onbepaalde tijd.<br>3.2 {e(end_text)}",
             "Toelichting: onderhuur kan nooit langer duren dan de hoofdhuur, tenzij anders afgesproken."),
            ("4 Huurprijs", f"4.1 Kale huur: {c.a(rent)} per maand.<br>4.2 Voorschot servicekosten: {c.a(service)} per maand.<br>4.3 Totaal per maand: {c.a(total)}.",
             "Toelichting: laat bij twijfel de huurprijs toetsen door de Huurcommissie.")]
    if cond:
        arts.append(("5 Voorwaarden", f"5.1 {e(c.rng.choice(CONDITION_CLAUSES))}", "Toelichting: vraag de hoofdhuurder om een exemplaar van de voorwaarden."))
    else:
        arts.append(("5 Huisregels", "5.1 Partijen maken samen afspraken over schoonmaak en bezoek.", "Toelichting: leg huisregels liefst schriftelijk vast."))
    rows = "".join(f"<tr><td style='width:52mm;{note};padding-right:4mm'>{t}</td><td><b>Artikel {h}</b><br>{body_}</td></tr>" for h, body_, t in arts)
    title = f"font-family:\"{SERIF12[0]}\", serif;font-weight:bold;font-style:italic"
    body = (
        f"<div style='position:fixed;bottom:-12mm;left:0;right:0;font-size:7.5pt;color:#666'>{e(union)} &middot; modelovereenkomst versie {e(values.date_text(version, 'dash'))}</div>"
        f"<h1 style='{title};font-size:17pt'>Model kamerhuurovereenkomst onderhuur</h1><p class='small'>opgesteld door {e(union)}</p>"
        f"<table style='width:100%;margin-top:3mm'>{rows}</table>"
        f"<p style='margin-top:6mm'>Aldus overeengekomen en in tweevoud getekend te {e(home.city)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>Hoofdhuurder<br><br>________________</td><td>Onderhuurder<br><br>________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)

# --- fresh13 split ---------------------------------------------------------------------------

_TEMPLATE_SITES13 = ("SjabloonHuis.nl", "Gratis-Contract.nl", "Contractenbank Online", "ModelPapier.nl")


def sjabloon_website_placeholders_deels(c: Ctx):
    """Fresh13. A free sublet template downloaded from a contract website and filled in partly: the site's name and "Gratis sjabloon" in the head, the instruction "Vul de gele velden in en verwijder deze regel" left in, the filled fields highlighted in yellow (the parties, the address, the rent as "€ 375,- p.m.", the start, place and date), placeholders left open in square brackets in an italic bold monospaced cut ("[BEDRAG BORG]", "[VERDIEPING]", "[KAMERNUMMER]"), the clauses as numbered articles, and at the foot the template's version date and copyright (decoys)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle13(dates=("long", "dash"), amounts=("dash_pm",))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    site = c.rng.choice(_TEMPLATE_SITES13)
    version = c.date((2021, 1, 1), (2025, 12, 31))
    fill = lambda html_text: f"<span style='background:#fff3a0'>{html_text}</span>"  # noqa: E731
    hole = lambda text: f"<span style='font-family:\"{MONO13[0]}\", monospace;font-weight:bold;font-style:italic;color:#555'>[{e(text)}]</span>"  # noqa: E731
    items = [("Partijen", f"{fill(e(tn))}, hierna: de hoofdhuurder, en {fill(e(sn))}, hierna: de onderhuurder."),
             ("Het gehuurde", f"Een kamer {hole('KAMERNUMMER')} op de {hole('VERDIEPING')} in de woning {fill(e(_room_address(c, home)))}."),
             ("Huurprijs", f"De huurprijs bedraagt {fill(c.a(rent))}, te voldoen vóór de eerste van de maand."),
             ("Waarborgsom", f"De onderhuurder betaalt een waarborgsom van {hole('BEDRAG BORG')}."),
             ("Ingangsdatum", f"Deze overeenkomst gaat in op {fill(c.d(start))}.")]
    clauses = _clauses(c, end, cond)
    items += [(f"Bepaling {i}", e(text)) for i, text in enumerate(clauses, 1)]
    body = (
        f"<div style='display:flex;justify-content:space-between;font-size:8pt;color:#2a6f3a'><b>{e(site)}</b><span>Gratis sjabloon &middot; juridisch gecontroleerd</span></div>"
        "<div style='background:#ffe8e8;color:#a11;font-size:8pt;padding:1mm 2mm;margin:2mm 0'>Vul de gele velden in en verwijder deze regel voordat u het contract laat tekenen.</div>"
        "<h1>Onderhuurovereenkomst kamer</h1>"
        + "".join(f"<p style='margin:0 0 2.5mm 0'><b>Artikel {i} &ndash; {e(t)}</b><br>{text}</p>" for i, (t, text) in enumerate(items, 1))
        + f"<p style='margin-top:5mm'>Aldus opgemaakt en ondertekend te {fill(e(home.city))} op {fill(c.d(signed))}.</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>De hoofdhuurder<br><br>________________</td><td>De onderhuurder<br><br>________________</td></tr></table>"
        f"<div style='position:fixed;bottom:-12mm;left:0;right:0;font-size:7pt;color:#666'>&copy; {e(site)} &middot; sjabloon versie {e(values.date_text(version, 'long'))} &middot; "
        "aan dit sjabloon kunnen geen rechten worden ontleend</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


_CORPS13 = ("Woonstichting De Key", "Ymere", "Portaal", "Eigen Haard", "Woonbron", "Havensteder", "Lefier", "Wonion")


def onderhuur_toestemmingsstempel_corporatie(c: Ctx):
    """Fresh13. A sublet contract typed by the tenant and sent to the corporation for consent, returned with the corporation's rubber stamp under the signatures ("TOESTEMMING ONDERHUUR VERLEEND", the corporation, its own date, a case number and initials, in a narrow bold italic): the parties with birth dates, the main lease with its start date and contract number (decoys), the room, the rent ("EURO 375,00" or as usual) and the start, the clauses, "Aldus overeengekomen te ... op donderdag 05-03-2026"."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Carlito", "Liberation Sans")))
    c.restyle13(dates=("wd_long_dash", "long"), amounts=("EURO_caps_front", "euro"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "initials", "first")), sub.name(c.pick("all", "first"))
    corp = c.rng.choice(_CORPS13)
    lease = c.date((2004, 1, 1), (2023, 12, 31))
    consent = signed + dt.timedelta(days=c.rng.randint(5, 30))
    clerk = c.person(born=(1965, 1998))
    clauses = "".join(f"<li>{e(text)}</li>" for text in _clauses(c, end, cond))
    seal_html = stamp(["TOESTEMMING ONDERHUUR VERLEEND", corp.upper(), f"d.d. {values.date_text(consent, 'dash')}", f"zaak OH-{c.rng.randint(10000, 99999)} / paraaf {clerk.given[0][0]}{clerk.surname.split()[-1][0]}"],
                      colour="#0f5d2c", turn=c.rng.uniform(-12, -5))
    body = (
        "<h1 style='text-align:center'>Overeenkomst van onderhuur</h1>"
        f"<p><b>Ondergetekenden</b></p><p>1. {e(tn)}, geboren op {e(values.date_text(tenant.birth_date, 'dash'))}, huurder van de woning {e(_room_address(c, home))} "
        f"op grond van huurovereenkomst {c.rng.randint(100000, 999999)} met {e(corp)}, ingegaan op {e(values.date_text(lease, 'long'))}, hierna: de huurder;</p>"
        f"<p>2. {e(sn)}, geboren op {e(values.date_text(sub.birth_date, 'dash'))}, hierna: de onderhuurder;</p>"
        "<p>komen het volgende overeen:</p>"
        f"<p>a. De huurder verhuurt aan de onderhuurder een kamer in de woning, met medegebruik van keuken en badkamer, met ingang van {c.d(start)}.</p>"
        f"<p>b. De huurprijs bedraagt {c.a(rent)} per maand, inclusief gas, water en elektriciteit.</p>"
        f"<p>c. Verder geldt:</p><ol style='margin-top:0'>{clauses}</ol>"
        f"<p>Aldus overeengekomen te {e(home.city)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>De huurder<br><br>________________</td><td>De onderhuurder<br><br>________________</td></tr></table>"
        f"<div style='margin:3mm 0 0 62mm;font-family:\"{SANS13[1]}\", sans-serif;font-style:italic'>{seal_html}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)

# --- fresh14 split ---------------------------------------------------------------------------

def kamer_gezinswoning_huisregels(c: Ctx):
    """Fresh14. "Overeenkomst kamerhuur in een gezinswoning": the main tenant and the family living with them (partner and children by first name and age, decoys), the lodger with birth date, the attic room in the family's home, the rent "€ 375,=" a month beside board money for evening meals and a deposit (decoys), the start, the clauses, and the family's house rules in a bordered box under a head in a bold italic serif ("Huisregels van het gezin ...": a bathroom rota with times, quiet hours, visitors, the washing day); signed at the home's town with a date."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Carlito", "Liberation Sans")))
    c.restyle14(dates=("long", "dash"), amounts=("euro_eq",))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    partner = c.person(sex="f" if tenant.sex == "m" else "m", born=(1960, 1998))
    kids = [c.person(born=(2008, 2020), surname=tenant.surname) for _ in range(c.rng.randint(1, 3))]
    family = ", ".join([e(partner.given[0])] + [f"{e(k.given[0])} ({signed.year - k.birth_date.year})" for k in kids])
    board = values.amount(c.rng.choice((90, 110, 120, 150)))
    deposit = values.amount(float(rent) * c.rng.choice((1, 2)))
    clauses = "".join(f"<li>{e(x)}</li>" for x in _clauses(c, end, cond))
    surname = tenant.surname.split()[-1]
    rules = [f"Badkamer: op werkdagen heeft {e(sub.given[0])} de badkamer van {c.pick('6.45', '7.00', '7.15')} tot {c.pick('7.15', '7.30', '7.45')} uur.",
             f"Na {c.pick('22.00', '22.30', '23.00')} uur is het stil in huis; de kinderen slapen.",
             "Bezoek blijft niet slapen zonder overleg.",
             f"De wasmachine mag op {c.pick('woensdag', 'zaterdag', 'dinsdag')}.",
             "Roken doen we buiten, niet op het balkon."]
    body = (
        "<h1 style='text-align:center'>Overeenkomst kamerhuur in een gezinswoning</h1>"
        f"<p><b>Hoofdhuurder:</b> {e(tn)}, die met het gezin ({family}) woont in de woning "
        f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}.</p>"
        f"<p><b>Kamerhuurder:</b> {e(sn)}, geboren {e(values.date_text(sub.birth_date, 'long'))}.</p>"
        "<p><b>De kamer:</b> de zolderkamer op de tweede verdieping, met gebruik van de badkamer op de eerste verdieping en de keuken in overleg.</p>"
        f"<p><b>Ingangsdatum:</b> {c.d(start)}.</p>"
        + kv([("Kamerhuur per maand", c.a(rent)), ("Kostgeld avondeten (5x per week), per maand", c.a(board)), ("Borg (eenmalig)", c.a(deposit))], label_width="80mm")
        + f"<ol>{clauses}</ol>"
        f"<div style='border:1.2px solid #555;padding:3mm 5mm;margin:4mm 0'><div style=\"font-family:'{SERIF14[0]}', serif;font-weight:bold;font-style:italic;font-size:14pt\">"
        f"Huisregels van het gezin {e(surname)}</div><ul style='margin:1mm 0'>" + "".join(f"<li>{r}</li>" for r in rules) + "</ul></div>"
        f"<p>Aldus overeengekomen en getekend te {e(home.city)} op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>{e(tn)}<br>hoofdhuurder</td><td>{e(sn)}<br>kamerhuurder</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def onderhuur_betaalschema_termijnen(c: Ctx):
    """Fresh14. A sublet contract in short articles followed by a "Betaalschema": the first month pro rata when the start is not the first of a month (its days and sum decoys), then the monthly rent as "eur 375,00" for the following months with their due days (decoys), the deposit and "Totaal eerste betaling" (decoys); the start, the end clause and the conditions in the articles, signed with a date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle14(dates=("long", "dash"), amounts=("eur_lower_front",))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first", "initials"))
    deposit = values.amount(float(rent) * c.rng.choice((1, 1.5, 2)))
    month_days = ((start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - start.replace(day=1)).days
    rows, first_total = [], 0.0
    if start.day != 1:
        days = month_days - start.day + 1
        part = values.amount(float(rent) * days / month_days)
        rows.append((f"{e(values.date_text(start, 'dash'))} t/m einde maand ({days} dagen)", c.a(part), e(values.date_text(start, "dash"))))
        first_total = float(part)
        nxt = (start.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    else:
        nxt = start
        first_total = float(rent)
    months = []
    day = nxt
    for _ in range(4):
        months.append(day)
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    for i, m in enumerate(months):
        due = m if (i or start.day != 1) else start
        rows.append((f"huur {values.MONTHS[m.month - 1]} {m.year}", c.a(rent), e(values.date_text(due - dt.timedelta(days=c.rng.choice((0, 1, 3))), "dash"))))
    rows.append(("borg (eenmalig, bij ondertekening)", c.a(deposit), e(values.date_text(signed, "dash"))))
    total = values.amount(first_total + float(deposit))
    schedule = ("<table class='ruled' style='width:100%'><tr><th>Termijn</th><th class='right'>Bedrag</th><th>Uiterlijk betalen op</th></tr>"
                + "".join(f"<tr><td>{a}</td><td class='right'>{b}</td><td>{d}</td></tr>" for a, b, d in rows)
                + f"<tr><td><b>Totaal eerste betaling</b></td><td class='right'><b>{c.a(total)}</b></td><td></td></tr></table>")
    items = [("Partijen", f"{e(tn)} (hoofdhuurder) verhuurt aan {e(sn)} (onderhuurder) een kamer in de woning {e(home.line1())}, "
                          f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}."),
             ("Ingang", f"De onderhuur gaat in op {c.d(start)} en loopt voor onbepaalde tijd."),
             ("Huurprijs", f"De huur is {c.a(rent)} per maand, inclusief gas, water, licht en internet. Zie het betaalschema hieronder.")]
    items += [("Afspraak", e(x)) for x in _clauses(c, end, cond)]
    body = (
        "<h1>Onderhuurovereenkomst kamer</h1>"
        + articles(items, "Art.")
        + "<h2>Betaalschema</h2>" + schedule
        + f"<p style='margin-top:5mm'>Getekend in {e(home.city)} op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:4mm'><tr><td>hoofdhuurder: {e(tn)}</td><td>onderhuurder: {e(sn)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh15 split ---------------------------------------------------------------------------


def kamer_genummerde_lijst_partijentabel(c: Ctx):
    """Fresh15. A room contract whose parties stand in a ruled table (role, name, birth date, current address with postcode: the subtenant's present address and the corporation's office as decoy postcodes beside the home's) followed by a plain numbered list of agreements with lettered sub-items (a, b, c): the room and the home's address, the start written as "5 Maart 2026", the rent as "375,00 Euro" or "€ 375,–" beside a deposit and the service costs included (decoys), the end clause and the conditions clause among the items; signed with place and date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Liberation Serif")))
    c.restyle15(dates=("cap_month", "long"), amounts=("Euro_after", "euro_endash"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    corp = c.rng.choice(CORPORATIONS)
    now = people.address(c.rng)
    office = people.address(c.rng)
    deposit = values.amount(float(rent) * c.rng.choice((1, 2)))
    service = values.amount(c.rng.choice((25, 35, 40, 55)))
    parties = ("<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Rol</th><th>Naam</th><th>Geboren</th><th>Adres</th></tr>"
               f"<tr><td>Hoofdhuurder</td><td>{e(tn)}</td><td>{e(values.date_text(tenant.birth_date, 'dash'))}</td><td>{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}</td></tr>"
               f"<tr><td>Onderhuurder</td><td>{e(sn)}</td><td>{e(values.date_text(sub.birth_date, 'dash'))}</td><td>{e(now.line1())}, {e(values.postcode_text(now.postcode, True))} {e(now.city)} (huidig adres)</td></tr>"
               f"<tr><td>Verhuurder van de woning</td><td>{e(corp)}</td><td>-</td><td>{e(office.line1())}, {e(values.postcode_text(office.postcode, True))} {e(office.city)}</td></tr></table>")
    room = c.pick("de kamer aan de achterzijde op de eerste verdieping", "de kleine slaapkamer naast de badkamer", "de zolderkamer", "de kamer aan de voorzijde")
    clauses = _clauses(c, end, cond)
    items = [
        f"De hoofdhuurder verhuurt aan de onderhuurder {e(room)} in de woning {e(home.line1())}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}.",
        f"De onderhuur gaat in op {c.d(start)}.",
        "Over de betaling:<ol type='a' style='margin:0'>"
        f"<li>de huur bedraagt {c.a(rent)} per maand;</li><li>daarin zit {c.a(service)} voor gas, water, elektra en internet;</li>"
        f"<li>bij het tekenen betaalt de onderhuurder een borg van {c.a(deposit)}.</li></ol>",
        *[e(x) for x in clauses],
    ]
    listing = "<ol style='padding-left:6mm'>" + "".join(f"<li style='margin-bottom:1.5mm'>{x}</li>" for x in items) + "</ol>"
    body = (
        "<h1 style='font-size:15pt'>Huurovereenkomst kamer (onderhuur)</h1>"
        "<h3>Partijen</h3>" + parties
        + "<h3>Afspraken</h3>" + listing
        + f"<p>Aldus overeengekomen en getekend te {e(home.city)} op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>De hoofdhuurder<br><br>______________________<br>{e(tn)}</td>"
        f"<td>De onderhuurder<br><br>______________________<br>{e(sn)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


_AGENCIES15 = ("Kamerbemiddeling Centraal", "HuurKamer Bemiddeling B.V.", "Woonruimte Bemiddeling Zuid", "KamerLink Bemiddeling", "Studentenkamers Bemiddeling Oost")


def bemiddelingsbureau_kamercontract_courtage(c: Ctx):
    """Fresh15. A room contract drawn up by a letting agency for the main tenant: the agency's letterhead with its own address, postcode and KvK number (decoys), the contract number, "Opgesteld door" the agent and the viewing day (decoys), the parties as "Hoofdhuurder" and "Huurder kamer", a box "Financieel overzicht" with the monthly rent as "€ 375,–" beside the agency's commission, the deposit and the first month's total (decoys), articles with the start, the end and conditions clauses, signed by both with a date (the agency's own date of drawing up a decoy)."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "DejaVu Sans")))
    c.restyle15(dates=("long", "nl_ordinal", "dash"), amounts=("euro_endash", "euro"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn = tenant.name(c.pick("all", "initials", "first"))
    sn = sub.name(c.pick("all", "initials_particle_slash", "first"))
    agency = c.rng.choice(_AGENCIES15)
    office = people.address(c.rng)
    agent = c.person(born=(1970, 2000))
    viewing = signed - dt.timedelta(days=c.rng.randint(3, 20))
    drawn = signed - dt.timedelta(days=c.rng.randint(1, 4))
    fee = values.amount(c.rng.choice((150, 195, 250, 295)))
    deposit = values.amount(float(rent) * 2)
    total = values.amount(float(rent) + float(fee) + float(deposit))
    money = ("<div class='box' style='width:95mm'><b>Financieel overzicht</b>"
             + kv([("Huur per maand", c.a(rent)), ("Borg (2 maanden)", c.a(deposit)), ("Bemiddelingskosten (eenmalig)", c.a(fee)),
                   ("Totaal eerste betaling", c.a(total))], label_width="55mm") + "</div>")
    items = [("Kamer", f"De hoofdhuurder verhuurt aan de huurder een kamer in de woning {e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}."),
             ("Ingang", f"De overeenkomst gaat in op {c.d(start)}."),
             ("Huur", f"De huur is {c.a(rent)} per maand en wordt vooraf voldaan op de rekening van de hoofdhuurder.")]
    items += [("Bepaling", e(x)) for x in _clauses(c, end, cond)]
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#2b5d34'>{e(agency)}</span><br>"
        f"<span class='small'>{e(office.line1())} &middot; {e(values.postcode_text(office.postcode, True))} {e(office.city)} &middot; KvK {c.rng.randint(10000000, 99999999)}</span></td>"
        f"<td class='right small'>Contractnr. KB-{c.rng.randint(1000, 9999)}<br>Opgesteld door {e(agent.name('first'))}<br>op {e(values.date_text(drawn, 'dash'))}</td></tr></table>"
        "<h1 style='margin-top:6mm;font-size:15pt'>Huurovereenkomst kamer</h1>"
        + kv([("Hoofdhuurder", e(tn)), ("Huurder kamer", e(sn)), ("Bezichtiging", e(values.date_text(viewing, "dash")))], label_width="40mm")
        + money
        + articles(items, "Artikel")
        + f"<p>Getekend op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:5mm'><tr><td>hoofdhuurder<br><br>{e(tn)}</td><td>huurder kamer<br><br>{e(sn)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh16 split ---------------------------------------------------------------------------

_FOUNDATIONS16 = (("Stichting Kamers met Aandacht", "Amsterdam"), ("Stichting Hospitaverhuur Jong & Thuis", "Utrecht"),
                  ("Stichting Onder Dak Samen", "Rotterdam"), ("Stichting Tussenstap Wonen", "Arnhem"))


def kamers_met_aandacht_driepartijen(c: Ctx):
    """Fresh16. A three-party agreement of a foundation that places young people in a room in a tenant's home ("hospita", "jongere", "stichting"): the parties in a numbered list with the foundation's seat and its coach (decoys), the room's address, the monthly rent the young person pays the tenant beside the foundation's monthly guidance fee (a decoy sum), a twelve-month intended term and the monthly evaluation with the coach, the end and conditions clauses among the foundation's rules or absent; three signatures with one place and date."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "DejaVu Sans")))
    c.restyle16(dates=("long", "dash"), amounts=("euro_per_mnd", "euro"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    foundation, seat = c.rng.choice(_FOUNDATIONS16)
    tn, sn = tenant.name(c.pick("all", "initials")), sub.name(c.pick("all", "first"))
    coach = c.person(born=(1965, 1998))
    fee = values.amount(c.rng.choice((25, 35, 40, 50)))
    rules = _clauses(c, end, cond) + ["De jongere en de hospita spreken iedere maand met de coach van de stichting."]
    items = "".join(f"<li>{e(r)}</li>" for r in rules)
    body = (
        f"<div style='border-bottom:2px solid #e07a00;padding-bottom:2mm'><span class='logo' style='font-size:15pt;color:#e07a00'>{e(foundation)}</span></div>"
        "<h1 style='margin-top:5mm;font-size:15pt'>Overeenkomst kamer met begeleiding</h1>"
        "<p>De partijen:</p><ol>"
        f"<li><b>{e(tn)}</b>, hoofdhuurder van de woning {e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}, hierna: <i>de hospita</i>;</li>"
        f"<li><b>{e(sn)}</b>, geboren op {e(values.date_text(sub.birth_date, 'dash'))}, hierna: <i>de jongere</i>;</li>"
        f"<li>{e(foundation)}, gevestigd te {e(seat)}, vertegenwoordigd door coach {e(coach.name('first'))}, hierna: <i>de stichting</i>;</li></ol>"
        "<p>komen het volgende overeen:</p>"
        f"<p><b>1. Kamer en huur.</b> De hospita verhuurt aan de jongere een kamer in bovengenoemde woning. De jongere betaalt de hospita {c.a(rent)}, "
        f"vóór de eerste van de maand. De stichting brengt de jongere daarnaast {c.a(fee)} in rekening voor de begeleiding.</p>"
        f"<p><b>2. Duur.</b> De overeenkomst gaat in op {c.d(start)} en is bedoeld voor twaalf maanden.</p>"
        f"<p><b>3. Afspraken.</b></p><ul>{items}</ul>"
        f"<p>Aldus overeengekomen en ondertekend te {e(home.city)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:4mm'><tr><td>de hospita<br><br>______________</td><td>de jongere<br><br>______________</td>"
        "<td>de stichting<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def kamercontract_kernpunten_kader(c: Ctx):
    """Fresh16. A room contract that opens with a shaded box "In het kort" (key facts: the parties, the room's address, the rent as "€ 375/mnd", the service costs and the deposit (decoys), the start, the notice period, and two rows on what happens when the main lease ends and whether the corporation's Algemene Huurvoorwaarden apply), followed by the articles in small print that say the same, and the signatures with the date as "5 Mrt 2026"."""
    c.font_of(c.pick(("Carlito", "Open Sans"), ("Liberation Sans", "Cantarell")))
    c.restyle16(dates=("short_cap_nodot", "dash"), amounts=("euro_per_mnd",))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "initials", "first")), sub.name(c.pick("all", "first", "initials_vd"))
    service = values.amount(c.rng.choice((25, 30, 40, 45)))
    deposit = values.amount(float(rent) * c.rng.choice((1, 2)))
    corp = c.pick("Ymere", "Woonstad Rotterdam", "Portaal", "Mitros", "Vestia", "Eigen Haard")
    facts = [("Hoofdhuurder", e(tn)), ("Onderhuurder", e(sn)),
             ("Kamer in de woning", f"{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}"),
             ("Huurprijs kamer", f"<b>{c.a(rent)}</b>"), ("Servicekosten (voorschot)", e(values.amount_text(service, "euro"))),
             ("Borg (eenmalig)", e(values.amount_text(deposit, "euro"))), ("Ingangsdatum", c.d(start)), ("Opzegtermijn", "1 maand"),
             ("Als de hoofdhuur eindigt", "eindigt ook deze kamerhuur" if end else "niets geregeld"),
             (f"Algemene Huurvoorwaarden {corp}", "van toepassing op de onderhuurder" if cond else "niet van toepassing")]
    box = ("<div style='background:#eef3ea;border-left:2mm solid #5b8c3a;padding:2.5mm 4mm'><b style='font-size:11pt'>In het kort</b>"
           + "<table style='width:100%;margin-top:1.5mm'>" + "".join(f"<tr><td style='width:62mm;color:#444'>{e(k)}</td><td>{v}</td></tr>" for k, v in facts) + "</table></div>")
    clauses = _clauses(c, end, cond)
    small = "".join(f"<p style='margin:0 0 1.5mm 0'><b>Artikel {i + 1}.</b> {e(t)}</p>" for i, t in enumerate(clauses))
    body = (
        "<h1 style='font-size:15pt'>Huurovereenkomst kamer (onderhuur)</h1>"
        + box
        + "<h3 style='margin-top:5mm'>Artikelen</h3>"
        + f"<div style='font-size:7.8pt;column-count:2;column-gap:6mm'>{small}</div>"
        + f"<p style='margin-top:5mm'>Getekend op {c.d(signed)}.</p>"
        "<table style='width:100%'><tr><td>Hoofdhuurder<br><br>______________</td><td>Onderhuurder<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh17 split ---------------------------------------------------------------------------

_UA_GIVEN17 = {"f": ("Olena", "Iryna", "Oksana", "Kateryna", "Nataliia", "Yuliia"), "m": ("Oleksandr", "Andrii", "Dmytro", "Serhii", "Mykola", "Taras")}
_UA_SURNAMES17 = ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Moroz", "Lysenko")
_CORPS17 = ("Ymere", "Mitros", "Portaal", "Woonstad Rotterdam", "Havensteder", "Eigen Haard", "Staedion", "Vidomes")


def kamer_tweetalig_nl_oekraiens(c: Ctx):
    """Fresh17. A room agreement between a tenant and a guest from Ukraine, every line in Dutch with the Ukrainian under it in a smaller
    grey face (as the templates of refugee-support groups are): the guest's passport number, former address in Ukraine and the
    municipality's monthly living allowance (decoys: a number, a foreign address and a sum per month), the rent for the room, the start,
    the end and conditions clauses in both languages or absent; place and date "Datum / Дата" at the foot."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Open Sans", "Carlito")))
    c.restyle17(dates=("dot_pad", "long"), amounts=("euro", "suffix"))
    tenant, _sub, home, signed, start, rent, end, cond = _facts(c)
    sex = c.pick("f", "f", "m")
    sub = people.Person((c.rng.choice(_UA_GIVEN17[sex]),), c.rng.choice(_UA_SURNAMES17), sex, values.between(c.rng, dt.date(1965, 1, 1), dt.date(2004, 12, 31)),
                        values.bsn(c.rng))
    tn, sn = tenant.name(c.pick("all", "first")), sub.name("first")
    corp = c.rng.choice(_CORPS17)
    allowance = values.amount(c.rng.choice((260.41, 282.10, 305.67, 248.00)))
    city_ua = c.pick("Kyiv / Київ", "Kharkiv / Харків", "Odesa / Одеса", "Dnipro / Дніпро", "Zaporizja / Запоріжжя")
    line = lambda nl, ua: f"<p style='margin:0 0 2.6mm 0'>{nl}<br><span style='color:#666;font-size:8.4pt'>{ua}</span></p>"  # noqa: E731
    clauses = []
    if end:
        clauses.append(line(f"Deze kamerhuur eindigt vanzelf wanneer de huur van de woning bij {e(corp)} eindigt.",
                            f"Цей договір припиняється автоматично, коли закінчується оренда житла у {e(corp)}."))
    else:
        clauses.append(line("Deze overeenkomst kan door beide partijen worden opgezegd met een termijn van één maand.",
                            "Цей договір може бути розірваний будь-якою стороною з повідомленням за один місяць."))
    if cond:
        clauses.append(line(f"De onderhuurder houdt zich aan de Algemene Huurvoorwaarden van {e(corp)}; hij/zij heeft een exemplaar ontvangen.",
                            f"Піднаймач дотримується Загальних умов оренди {e(corp)} і отримав їх примірник."))
    clauses.append(line("Het huisdier van de hoofdhuurder blijft in de woning.", "Домашня тварина основного орендаря залишається у квартирі."))
    body = (
        "<h1 style='font-size:14pt;margin-bottom:0'>Huurovereenkomst voor een kamer</h1>"
        "<div style='color:#666;font-size:11pt;margin-bottom:4mm'>Договір найму кімнати</div>"
        + line(f"<b>Hoofdhuurder:</b> {e(tn)}, {e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}",
               "Основний орендар")
        + line(f"<b>Onderhuurder:</b> {e(sn)}, paspoort nr. {c.pick('FA', 'FC', 'GB', 'EK')}{c.rng.randint(100000, 999999)}, laatste adres {e(city_ua)}",
               "Піднаймач, номер паспорта, остання адреса в Україні")
        + line(f"<b>Kamer:</b> de {c.pick('achterste slaapkamer', 'kamer op zolder', 'voorkamer op de eerste verdieping')} in de woning hierboven.", "Кімната в квартирі вище.")
        + line(f"<b>Huur per maand:</b> {c.a(rent)}, inclusief gas, water en licht.", "Орендна плата на місяць, включно з комунальними послугами.")
        + line(f"<b>Ingangsdatum:</b> {c.d(start)}", "Дата початку")
        + line(f"Ter informatie: de onderhuurder ontvangt van de gemeente leefgeld van {e(values.amount_text(allowance, 'euro'))} per maand.",
               "Для інформації: піднаймач отримує від муніципалітету гроші на проживання.")
        + "".join(clauses)
        + line(f"Plaats: {e(home.city)} &nbsp; Datum / Дата: {c.d(signed)}", "Місце та дата підписання")
        + "<table style='width:100%;margin-top:6mm'><tr><td>Hoofdhuurder / Основний орендар<br><br>______________</td>"
        "<td>Onderhuurder / Піднаймач<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def kamercontract_invulgegevens_bijlage_a(c: Ctx):
    """Fresh17. A room contract whose text only refers to codes in square brackets ("[A3]") and whose values stand in "Bijlage A -
    Invulgegevens" at the end, a table of codes and values: the parties, the address, the rent as "€ 375,00 per maand", the start and the
    signing date among the rent of the whole home under the main lease, the corporation's office address and the deposit (decoy sums, a
    decoy address and postcode); the end and conditions clauses among the articles or absent."""
    c.font_of(c.pick(("Liberation Serif", "EB Garamond"), ("Caladea", "FreeSerif")))
    c.restyle17(dates=("long", "dash"), amounts=("euro_per_maand",))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "initials")), sub.name(c.pick("all", "first"))
    corp = c.rng.choice(_CORPS17)
    office = people.address(c.rng)
    whole = values.amount(c.rng.randint(620, 980) + c.rng.choice((0, 0.35, 0.5, 0.87)))
    deposit = values.amount(float(rent) * c.rng.choice((1, 2)))
    texts = _clauses(c, end, cond)
    arts = [("Partijen", "[A1], hoofdhuurder, en [A2], onderhuurder, komen een onderhuur van een kamer overeen."),
            ("Woning", "De kamer ligt in de woning aan [A3]. De hoofdhuurder huurt deze woning van [A4] voor [A5]."),
            ("Huurprijs", "De onderhuurder betaalt de hoofdhuurder [A6], telkens vóór de eerste van de maand. Bij aanvang betaalt hij/zij een borg van [A7]."),
            ("Duur", "De onderhuur gaat in op [A8].")] + [(f"Bepaling {i}", t) for i, t in enumerate(texts, start=1)]
    body_articles = "".join(f"<p><b>Artikel {i}. {e(k)}</b><br>{e(t)}</p>" for i, (k, t) in enumerate(arts, start=1))
    appendix = [("A1", e(tn)), ("A2", e(sn)),
                ("A3", f"{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}"),
                ("A4", f"{e(corp)}, {e(office.line1())}, {e(values.postcode_text(office.postcode, True))} {e(office.city)}"),
                ("A5", c.a(whole)), ("A6", f"<b>{c.a(rent)}</b>"), ("A7", e(values.amount_text(deposit, "euro"))), ("A8", c.d(start)), ("A9", c.d(signed))]
    body = (
        "<h1 style='text-align:center;font-size:15pt'>Onderhuurovereenkomst kamer</h1>"
        "<p class='small' style='text-align:center'>De waarden tussen rechte haken staan in Bijlage A.</p>"
        + body_articles
        + "<p>Aldus opgemaakt in tweevoud en ondertekend op [A9].</p>"
        "<table style='width:100%;margin-top:4mm'><tr><td>[A1]<br><br>______________</td><td>[A2]<br><br>______________</td></tr></table>"
        "<h3 style='margin-top:7mm'>Bijlage A &mdash; Invulgegevens</h3>"
        "<table class='ruled' style='width:100%'>" + "".join(f"<tr><td style='width:14mm'>[{k}]</td><td>{v}</td></tr>" for k, v in appendix) + "</table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh18 split ---------------------------------------------------------------------------

_CORPS18 = ("Ymere", "Stadgenoot", "Eigen Haard", "Portaal", "Mitros", "Woonbron", "Havensteder", "Lefier", "Woonzorg Nederland")


def akte_stijl_verschenen_partijen(c: Ctx):
    """Fresh18. A sublet agreement drawn up in the style of a deed: "De ondergetekenden:" with each party numbered, born where and when
    and living where (the subtenant's current address and postcode: decoys), "In aanmerking nemende dat" the tenant rents the home from the
    corporation, which consented by letter of a date (a decoy), then the agreement in articles (the rent, the deposit as a decoy, the
    start, the end and conditions clauses or none) and "Aldus overeengekomen en in tweevoud getekend te ... op" the signing date."""
    c.font_of(c.pick(("EB Garamond", "Liberation Serif"), ("Caladea", "FreeSerif")))
    c.restyle17(dates=("long", "words"), amounts=("suffix", "euro"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "initials")), sub.name(c.pick("all", "first"))
    corp = c.rng.choice(_CORPS18)
    now = people.address(c.rng)
    consent = signed - dt.timedelta(days=c.rng.randint(5, 40))
    deposit = values.amount(float(rent) * c.rng.choice((1, 2)))
    texts = _clauses(c, end, cond)
    born = lambda p: f"geboren te {e(c.rng.choice(people.places())[1])} op {e(values.date_text(p.birth_date, 'long'))}"  # noqa: E731
    arts = [f"De hoofdhuurder verhuurt aan de onderhuurder, die in huur aanneemt, een kamer in de woning aan de {e(home.street)} {e(home.house_number_text)}, "
            f"{e(values.postcode_text(home.postcode, c.rng.random() < 0.6))} {e(home.city)}.",
            f"De huurprijs bedraagt {c.a(rent)} per maand, bij vooruitbetaling te voldoen. De onderhuurder betaalt een waarborgsom van {e(values.amount_text(deposit, 'euro'))}.",
            f"De onderhuur vangt aan op {c.d(start)}."] + [e(t) for t in texts]
    body = (
        "<h1 style='text-align:center;font-size:15pt;letter-spacing:1px'>ONDERHUUROVEREENKOMST</h1>"
        "<p>De ondergetekenden:</p>"
        f"<p>1. <b>{e(tn)}</b>, {born(tenant)}, wonende te {e(home.city)}, hierna te noemen: &ldquo;de hoofdhuurder&rdquo;;</p>"
        f"<p>2. <b>{e(sn)}</b>, {born(sub)}, thans wonende te {e(now.city)}, {e(now.line1())}, {e(values.postcode_text(now.postcode, True))}, "
        "hierna te noemen: &ldquo;de onderhuurder&rdquo;;</p>"
        f"<p>In aanmerking nemende dat de hoofdhuurder de hierna te noemen woning huurt van {e(corp)}, en dat {e(corp)} bij brief van "
        f"{e(values.date_text(consent, 'long'))} toestemming heeft gegeven voor de onderhuur van één kamer;</p>"
        "<p>verklaren te zijn overeengekomen als volgt:</p>"
        + "".join(f"<p><b>Artikel {i}</b><br>{t}</p>" for i, t in enumerate(arts, start=1))
        + f"<p>Aldus overeengekomen en in tweevoud getekend te {e(home.city)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>de hoofdhuurder<br><br>______________</td><td>de onderhuurder<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def kamer_puntentelling_maximale_huur(c: Ctx):
    """Fresh18. A room contract that prints the room's point count for the maximum rent of a non-self-contained room (square metres
    of the room and of the shared spaces, points, the maximum rent under the point system and the service-cost advance: decoy sums), the
    parties side by side in two cells, "Totale huur per maand" (the rent), "Ingangsdatum", the end and conditions clauses among numbered
    terms or absent, and the signing date under the signatures."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("iso", "short", "slash"), amounts=("EUR_grouped", "euro", "euro_word"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    room, shared = c.rng.randint(9, 22), c.rng.randint(12, 40)
    points = room * c.rng.choice((3, 4)) + shared + c.rng.randint(10, 30)
    maximum = values.amount(float(rent) + c.rng.randint(40, 260) + c.rng.choice((0, 0.35, 0.8)))
    service = values.amount(c.rng.choice((25, 35, 40, 55, 60)))
    texts = _clauses(c, end, cond)
    cell = lambda title, who: f"<td style='border:0.8px solid #888;padding:2mm 3mm;width:50%'><span class='small'>{title}</span><br><b>{e(who)}</b></td>"  # noqa: E731
    body = (
        "<h1 style='font-size:15pt'>Huurovereenkomst kamer</h1>"
        f"<table style='width:100%;border-collapse:separate;border-spacing:2mm 0'><tr>{cell('Hoofdhuurder (verhuurder van de kamer)', tn)}{cell('Huurder van de kamer', sn)}</tr></table>"
        f"<p>Adres: {e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}</p>"
        "<div class='box' style='background:#f6f6f0;font-size:8.8pt'><b>Puntentelling onzelfstandige woonruimte</b>"
        + kv([("Oppervlakte kamer", f"{room} m²"), ("Gedeelde ruimten", f"{shared} m²"), ("Totaal punten", str(points)),
              ("Maximale kale huur volgens puntentelling", e(values.amount_text(maximum, "euro")))], label_width="80mm") + "</div>"
        + kv([("Totale huur per maand", f"<b>{c.a(rent)}</b>"), ("waarvan voorschot servicekosten", e(values.amount_text(service, "euro"))),
              ("Ingangsdatum", c.d(start))], label_width="60mm")
        + "<ol style='font-size:9.2pt'>" + "".join(f"<li>{e(t)}</li>" for t in texts) + "</ol>"
        + f"<table style='width:100%;margin-top:6mm'><tr><td>{e(tn)}<br><br>______________</td><td>{e(sn)}<br><br>______________</td></tr></table>"
        f"<p>Getekend op {c.d(signed)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh19 split ---------------------------------------------------------------------------

_DE19 = (("Düsseldorf", "402"), ("Köln", "506"), ("Münster", "481"), ("Aachen", "520"), ("Bochum", "447"), ("Oldenburg", "261"))
_UNI19 = ("Radboud Universiteit", "Universiteit Twente", "Maastricht University", "Saxion Hogeschool", "Rijksuniversiteit Groningen")


def untermietvertrag_tweetalig_duits(c: Ctx):
    """Fresh19. A room contract between a main tenant and a student from Germany, every row in two columns, German on the left
    ("Untermietvertrag über ein Zimmer") and Dutch on the right: the student's home address in Germany with a five-digit postcode, the
    university and student number and the deposit ("Kaution / Waarborgsom") as decoys; the rent, the start, the clauses (the end and
    conditions clauses in Dutch only, or absent) and "Ort, Datum / Plaats, datum" with the signing date."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("dot_pad", "long", "dash"), amounts=("euro", "EUR_grouped"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "initials")), sub.name(c.pick("all", "first"))
    town, plz = c.rng.choice(_DE19)
    deposit = values.amount(float(rent) * c.rng.choice((1, 2, 3)))
    uni = c.rng.choice(_UNI19)
    rows = [
        (f"Hauptmieter: <b>{e(tn)}</b>", f"Hoofdhuurder: <b>{e(tn)}</b>"),
        (f"Untermieter: <b>{e(sn)}</b>, wohnhaft {e(c.pick('Gartenstraße', 'Schulweg', 'Ringstraße'))} {c.rng.randint(1, 90)}, {plz}{c.rng.randint(10, 99)} {e(town)}",
         f"Onderhuurder: <b>{e(sn)}</b>, student aan de {e(uni)}, studentnummer s{c.rng.randint(1000000, 9999999)}"),
        (f"Zimmer in der Wohnung {e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}, Niederlande",
         f"Kamer in de woning {e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
        (f"Miete monatlich: {c.a(rent)}", f"Huurprijs per maand: {c.a(rent)}"),
        (f"Kaution: {e(values.amount_text(deposit, 'euro'))}", f"Waarborgsom: {e(values.amount_text(deposit, 'euro'))}"),
        (f"Mietbeginn: {c.d(start)}", f"Ingangsdatum: {c.d(start)}"),
    ]
    clauses = "".join(f"<li>{e(t)}</li>" for t in _clauses(c, end, cond))
    body = (
        "<table style='width:100%'><tr><td style='width:50%'><h1 style='font-size:14pt'>Untermietvertrag über ein Zimmer</h1></td>"
        "<td><h1 style='font-size:14pt'>Onderhuurovereenkomst kamer</h1></td></tr></table>"
        + "<table class='ruled' style='width:100%;table-layout:fixed;font-size:9pt'>" + "".join(f"<tr><td>{de}</td><td>{nl}</td></tr>" for de, nl in rows) + "</table>"
        + "<p style='margin-top:3mm'><b>Weitere Bestimmungen (nur auf Niederländisch verbindlich) / Overige bepalingen</b></p><ol style='font-size:9pt'>" + clauses + "</ol>"
        + f"<p>Ort, Datum / Plaats, datum: {e(home.city)}, {c.d(signed)}</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>Hauptmieter / Hoofdhuurder<br><br>______________</td><td>Untermieter / Onderhuurder<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


_INVENTORY19 = ("Bed 90x200 met matras", "Bureau", "Bureaustoel", "Kledingkast", "Boekenkast", "Koelkastje", "Bank", "Gordijnen", "Bureaulamp", "Vloerkleed")


def kamer_gemeubileerd_inventarislijst(c: Ctx):
    """Fresh19. A contract for a furnished room with an inventory list: each piece of furniture with its condition and value and
    the total (decoy sums), the deposit (a decoy), "Huurprijs per maand inclusief gebruik inventaris" (the rent), the start, numbered
    terms with the end and conditions clauses or without them, and "Opgemaakt te ... op" the signing date."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Open Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "short"), amounts=("euro", "euro_word", "EUR_grouped"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    items = c.rng.sample(_INVENTORY19, c.rng.randint(5, 7))
    worth = [c.rng.choice((25, 40, 60, 75, 90, 120, 150, 180, 250)) for _ in items]
    deposit = values.amount(float(rent) + c.rng.choice((0, 100, 150)))
    inv = "".join(f"<tr><td>{i}</td><td>{e(item)}</td><td>{c.pick('goed', 'nieuw', 'redelijk', 'gebruikssporen')}</td><td class='right'>{e(values.amount_text(values.amount(w), 'plain'))}</td></tr>"
                  for i, (item, w) in enumerate(zip(items, worth), start=1))
    total = values.amount(sum(worth))
    body = (
        "<h1 style='font-size:15pt'>Huurovereenkomst gemeubileerde kamer</h1>"
        f"<p>Hoofdhuurder: <b>{e(tn)}</b><br>Huurder van de kamer: <b>{e(sn)}</b></p>"
        f"<p>Adres woning: {e(home.line1())}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}</p>"
        + kv([("Huurprijs per maand inclusief gebruik inventaris", f"<b>{c.a(rent)}</b>"), ("Borg", e(values.amount_text(deposit, "euro"))),
              ("Ingangsdatum", c.d(start))], label_width="80mm")
        + "<ol style='font-size:9.2pt'>" + "".join(f"<li>{e(t)}</li>" for t in _clauses(c, end, cond)) + "</ol>"
        "<h3>Bijlage: inventarislijst</h3>"
        "<table class='ruled' style='width:100%;font-size:8.8pt'><tr><th>Nr.</th><th>Omschrijving</th><th>Staat</th><th class='right'>Waarde (&euro;)</th></tr>"
        + inv + f"<tr><td></td><td colspan='2'><b>Totale waarde inventaris</b></td><td class='right'><b>{e(values.amount_text(total, 'plain'))}</b></td></tr></table>"
        + f"<p style='margin-top:4mm'>Opgemaakt te {e(home.city)} op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:5mm'><tr><td>{e(tn)}<br><br>______________</td><td>{e(sn)}<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh20 split ---------------------------------------------------------------------------

_GENERATIONS20 = ("Stichting Jong & Oud Wonen", "Humanitas, project Samen Thuis", "Stichting Generatiewonen", "Stichting Thuis met Studenten")
_STUDIES20 = ("Hogeschool Utrecht", "Universiteit Leiden", "Hanzehogeschool Groningen", "Fontys Hogescholen", "Erasmus Universiteit Rotterdam", "Saxion")


def intergenerationeel_wonen_student_senior(c: Ctx):
    """Fresh20. A room agreement for intergenerational living: an elderly main tenant lets a room to a student at a reduced rent in
    exchange for company and small help (the hours a week, the market rent the reduction starts from, the coordinating foundation, its
    matching talk's day and coordinator as decoys; the student's institution and birth date beside the name); the reduced rent the room
    rent, the clauses among the agreements or absent; signed at a place and date."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Serif", "Caladea")))
    c.restyle17(dates=("long", "dash", "nl_ordinal"), amounts=("euro", "euro_per_maand", "dash"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tenant = c.person(born=(1934, 1956), titled=0.05)
    sub = c.person(born=(1998, 2007))
    foundation, coordinator = c.rng.choice(_GENERATIONS20), c.person(born=(1970, 1998))
    tn, sn = tenant.name(c.pick("all", "initials", "first")), sub.name(c.pick("all", "first"))
    market = values.amount(float(rent) + c.rng.choice((150, 200, 250, 300)))
    matched = signed - dt.timedelta(days=c.rng.randint(7, 40))
    hours = c.rng.randint(4, 10)
    clauses = _clauses(c, end, cond)
    items = [
        ("De kamer", f"Kamer op de {c.pick('eerste verdieping', 'zolder', 'begane grond achter')} in de woning {e(home.street)} {e(home.house_number_text)}, "
                     f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}, die de bewoner huurt van de woningcorporatie."),
        ("Ingangsdatum", f"Deze overeenkomst gaat in op {c.d(start)}."),
        ("Huurprijs", f"De student betaalt een verlaagde huurprijs van {c.a(rent)} per maand, inclusief gas, water en licht. Zonder tegenprestatie zou de "
                      f"huur {e(values.amount_text(market, 'euro'))} per maand zijn."),
        ("Tegenprestatie", f"De student is ongeveer {hours} uur per week beschikbaar voor gezelschap en kleine hulp: samen eten, boodschappen, een wandeling. "
                           "Persoonlijke verzorging hoort daar niet bij."),
        ("Afspraken", "<br>".join(e(x) for x in clauses)),
    ]
    body = (
        f"<div class='small' style='text-align:right'>{e(foundation)}</div>"
        "<h1 style='font-size:15pt;margin-top:4mm'>Woonovereenkomst intergenerationeel wonen</h1>"
        "<p class='small' style='margin-top:0'>Onderhuur van een kamer &mdash; senior en student</p>"
        "<table class='ruled' style='width:100%;margin:3mm 0'>"
        f"<tr><td style='width:42mm'>Bewoner (hoofdhuurder)</td><td><b>{e(tn)}</b>, geboren {e(values.date_text(tenant.birth_date, 'dash'))}</td></tr>"
        f"<tr><td>Student (onderhuurder)</td><td><b>{e(sn)}</b>, geboren {e(values.date_text(sub.birth_date, 'dash'))}, {e(c.rng.choice(_STUDIES20))}</td></tr></table>"
        + articles([(k, v) for k, v in items])
        + f"<p class='small'>Kennismaking en match via {e(foundation)} op {e(values.date_text(matched, 'long'))}; coördinator {e(coordinator.name('first'))}. "
        "De stichting is geen partij bij deze overeenkomst.</p>"
        f"<p>Aldus overeengekomen te {e(home.city)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>Bewoner<br><br>______________</td><td>Student<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


_STUDENT_UNIONS20 = ("ASVA Studentenunie", "VIDIUS studentenunie", "AKKU", "Groninger Studentenbond", "ORAS", "SRVU")
_LAW20 = {"end": "Art. 7:244 BW: de huurder mag een deel van de woning onderverhuren; de onderhuur kan niet langer duren dan de hoofdhuur.",
          "cond": "De Algemene Huurvoorwaarden van de woningcorporatie gelden via de hoofdhuurovereenkomst ook in de woning.",
          "hospita": "Art. 7:232 lid 2 BW (hospitaregeling): de eerste negen maanden geldt beperkte huurbescherming voor een kamer in de woning van de verhuurder.",
          "rent": "Controleer de huurprijs met de huurprijscheck; bij een te hoge huur kan de Huurcommissie een verlaging uitspreken.",
          "deposit": "Wet goed verhuurderschap: de borg is ten hoogste twee maanden kale huur."}


def studentenvakbond_juridisch_loket_voetnoten(c: Ctx):
    """Fresh20. A room contract checked by a student union's legal desk: articles with superscript notes that cite the Civil Code
    (art. 7:244 and 7:232 lid 2 BW) in footnotes, a green "GECONTROLEERD" stamp with the check's day and the adviser's initials, the
    union's address and postcode, the deposit and the service costs as decoys; the rent, start and clauses in the articles; "Getekend te
    ... op" the signing date."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Liberation Serif", "Caladea")))
    c.restyle17(dates=("dash", "long", "slash"), amounts=("euro", "EUR_grouped", "dash"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    union, office = c.rng.choice(_STUDENT_UNIONS20), people.address(c.rng)
    tn, sn = tenant.name(c.pick("all", "initials", "first")), sub.name(c.pick("all", "first", "initials"))
    checked = signed - dt.timedelta(days=c.rng.randint(2, 20))
    service = values.amount(c.rng.choice((25, 35, 40, 50, 60)))
    deposit = values.amount(float(rent) * 2)
    notes = ["hospita"] + (["end"] if end else []) + ["rent", "deposit"] + (["cond"] if cond else [])
    ref = {key: i + 1 for i, key in enumerate(notes)}
    sup = lambda key: f"<sup>{ref[key]}</sup>"  # noqa: E731
    items = [
        ("Partijen", f"{e(tn)}, hoofdhuurder van de woning, hierna: verhuurder, en {e(sn)}, hierna: huurder.{sup('hospita')}"),
        ("Het gehuurde", f"Een kamer in de woning {e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, False))} {e(home.city)}, "
                         "met gedeeld gebruik van keuken en sanitair."),
        ("Duur", f"De overeenkomst gaat in op {c.d(start)} en geldt voor onbepaalde tijd."
                 + (f" Zij eindigt van rechtswege wanneer de huurovereenkomst van verhuurder met de woningcorporatie eindigt.{sup('end')}" if end else "")),
        ("Huurprijs", f"De huurprijs bedraagt {c.a(rent)} per maand.{sup('rent')} Daarnaast is een voorschot servicekosten van "
                      f"{e(values.amount_text(service, 'euro'))} per maand verschuldigd."),
        ("Borg", f"Huurder betaalt bij aanvang een borg van {e(values.amount_text(deposit, 'euro'))}.{sup('deposit')}"),
    ]
    if cond:
        items.append(("Voorwaarden", f"De Algemene Huurvoorwaarden van de woningcorporatie zijn op deze onderhuur van toepassing.{sup('cond')}"))
    items.append(("Overige afspraken", " ".join(e(x) for x in FILLER[:2])))
    feet = "".join(f"<div><sup>{ref[k]}</sup> {e(_LAW20[k])}</div>" for k in notes)
    body = (
        "<table style='width:100%'><tr><td><h1 style='font-size:15pt'>Huurovereenkomst kamer (onderhuur)</h1>"
        f"<span class='small'>Model {e(union)} &middot; Juridisch Loket</span></td><td class='right'>"
        + stamp(["GECONTROLEERD", f"Juridisch Loket {union}", values.date_text(checked, "dash"), f"adviseur {c.person().name('initials')}"], colour="#1d6b34",
                turn=c.rng.uniform(-8, 5))
        + "</td></tr></table>"
        + articles(items)
        + f"<p style='margin-top:4mm'>Getekend te {e(home.city)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:4mm'><tr><td>Verhuurder (hoofdhuurder)<br><br>______________</td><td>Huurder (onderhuurder)<br><br>______________</td></tr></table>"
        f"<div class='small' style='border-top:0.6px solid #666;margin-top:5mm;padding-top:2mm'>{feet}</div>"
        f"<div class='small' style='margin-top:2mm;color:#555'>{e(union)}, {e(office.line1())}, {e(values.postcode_text(office.postcode, True))} {e(office.city)}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh21 split ---------------------------------------------------------------------------

_ES_CITIES21 = (("28013", "Madrid"), ("08012", "Barcelona"), ("41003", "Sevilla"), ("46004", "Valencia"), ("29016", "Málaga"), ("48001", "Bilbao"))
_ES_STREETS21 = ("Calle de Alcalá", "Carrer de Verdi", "Calle San Fernando", "Avenida del Puerto", "Calle Larios", "Gran Vía")


def kamer_tweetalig_nl_spaans(c: Ctx):
    """Fresh21. A room contract between a main tenant and a student from Spain or Latin America, every heading and clause in Dutch with
    the Spanish under it in a smaller grey italic ("Onderhuurovereenkomst kamer / Contrato de subarriendo de habitación", "Huurprijs / Renta
    mensual"); the subtenant's address in Spain with its five-digit postcode, passport number and birth date, the deposit ("borg / fianza")
    as decoys; "Getekend te ... op ... / Firmado en ... el ..." the signing date."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("DejaVu Serif", "Caladea")))
    c.restyle17(dates=("long", "dash", "slash", "dot_pad"), amounts=("euro", "euro_after", "EUR_dash"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    sub = c.person(born=(1994, 2006))
    given = c.pick("Lucía", "María José", "Carmen", "Valentina") if sub.sex == "f" else c.pick("Alejandro", "Pablo", "Javier", "Diego")
    surname = c.pick("García López", "Fernández Ruiz", "Martínez Soto", "Rodríguez Vega", "Sánchez Mora", "Pérez Gil")
    sub = people.Person((given,), surname, sub.sex, sub.birth_date, sub.bsn)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name("first")
    postcode, city = c.rng.choice(_ES_CITIES21)
    deposit = values.amount(float(rent) * c.pick(1, 2))
    es = lambda text: f"<div style='color:#666;font-style:italic;font-size:8.4pt;margin-bottom:1.2mm'>{e(text)}</div>"  # noqa: E731
    clauses = [
        ("Partijen", "Partes",
         f"{e(tn)}, hoofdhuurder, hierna: verhuurder, en {e(sn)}, geboren {e(values.date_text(sub.birth_date, 'dash'))}, paspoort {c.pick('PAB', 'XDA', 'AAF')}{c.rng.randint(100000, 999999)}, "
         f"wonende {e(c.rng.choice(_ES_STREETS21))} {c.rng.randint(2, 140)}, {postcode} {e(city)}, hierna: huurder.",
         "El inquilino principal (arrendador) y el subarrendatario (arrendatario), con los datos arriba indicados."),
        ("Het gehuurde", "La habitación",
         f"Een kamer in de woning {e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}. Keuken en badkamer worden gedeeld.",
         "Una habitación en la vivienda indicada; la cocina y el baño son compartidos."),
        ("Ingangsdatum", "Fecha de inicio", f"De huur gaat in op <b>{c.d(start)}</b>.", "El subarriendo empieza en la fecha indicada."),
        ("Huurprijs", "Renta mensual", f"De huurprijs is <b>{c.a(rent)}</b> per maand, vooruit te betalen vóór de eerste van de maand.",
         "La renta se paga por adelantado antes del día uno de cada mes."),
        ("Borg", "Fianza", f"Huurder betaalt een borg van {e(values.amount_text(deposit, 'euro'))}.", "El arrendatario paga una fianza por el importe indicado."),
    ]
    if end:
        clauses.append(("Einde", "Terminación", e(c.rng.choice(END_CLAUSES)),
                        "Este contrato termina automáticamente cuando termina el contrato de alquiler del inquilino principal con la corporación de vivienda."))
    else:
        clauses.append(("Opzegging", "Rescisión", "Beide partijen kunnen de overeenkomst opzeggen met een termijn van één maand.",
                        "Ambas partes pueden rescindir el contrato con un mes de preaviso."))
    if cond:
        clauses.append(("Voorwaarden", "Condiciones", e(c.rng.choice(CONDITION_CLAUSES)),
                        "Se aplican también las Condiciones Generales de Alquiler de la corporación de vivienda."))
    text = "".join(f"<p style='margin:0 0 1mm 0'><b>{i + 1}. {e(nl)}</b> <span style='color:#666;font-style:italic'>/ {e(sp)}</span><br>{body}</p>{es(tr)}"
                   for i, (nl, sp, body, tr) in enumerate(clauses))
    body = (
        "<h1 style='font-size:15pt;margin-bottom:0'>Onderhuurovereenkomst kamer</h1>"
        "<div style='color:#666;font-style:italic;font-size:11pt;margin-bottom:5mm'>Contrato de subarriendo de habitación</div>"
        + text
        + f"<p style='margin-top:5mm'>Getekend te {e(home.city)} op {c.d(signed)}<br>"
        f"<span style='color:#666;font-style:italic;font-size:8.4pt'>Firmado en {e(home.city)} el {e(values.date_text(signed, 'dash'))}</span></p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>Verhuurder / Arrendador<br><br>______________</td><td>Huurder / Arrendatario<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def kamer_huurdeel_oppervlakte_berekening(c: Ctx):
    """Fresh21. A room contract whose rent article refers to a table "Berekening huurprijs kamer": the main lease's bare rent and service
    costs for the whole home, its living area, the room's area and a share of the shared rooms, the subtenant's share in per cent and the
    room rent that follows from it, rounded (the main rent, the service costs and the sums per part as decoy amounts; the room rent in bold
    the truth); the articles short, "Ondertekend op" the signing date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Liberation Serif", "DejaVu Serif")))
    c.restyle17(dates=("dash", "long", "short_nodot"), amounts=("euro", "euro_tight", "EUR_dash"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "initials", "first")), sub.name(c.pick("all", "first"))
    total_area = c.rng.randint(58, 96)
    room = c.rng.randint(10, 18)
    shared = round((total_area - room) * c.rng.uniform(0.25, 0.4) / 2, 1)
    share = (room + shared) / total_area
    whole = float(rent) / share
    service = round(whole * c.rng.uniform(0.08, 0.14), 2)
    bare = round(whole - service, 2)
    calc = [("Kale huur woning (hoofdhuur)", e(values.amount_text(values.amount(bare), "euro"))),
            ("Servicekosten woning", e(values.amount_text(values.amount(service), "euro"))),
            ("Woonoppervlakte woning", f"{total_area} m²"), ("Oppervlakte kamer", f"{room} m²"),
            ("Aandeel gedeelde ruimten (keuken, badkamer, gang)", f"{str(shared).replace('.', ',')} m²"),
            ("Aandeel onderhuurder", f"{str(round(share * 100, 1)).replace('.', ',')} %"),
            ("Huurprijs kamer per maand (afgerond)", f"<b>{c.a(rent)}</b>")]
    items = [("Partijen", f"{e(tn)}, hierna: hoofdhuurder, en {e(sn)}, hierna: onderhuurder."),
             ("Kamer", f"Hoofdhuurder verhuurt een kamer van {room} m² in de woning {e(home.line1())}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} "
                       f"{e(home.city)}, met medegebruik van keuken, badkamer en gang."),
             ("Ingang", f"De onderhuur gaat in op {c.d(start)}."),
             ("Huurprijs", "De huurprijs is het aandeel van de onderhuurder in de kale huur en de servicekosten van de woning; zie de berekening hieronder. "
                           "Bij een huurverhoging van de hoofdhuur wordt de berekening opnieuw gemaakt.")]
    items += [("Einde", e(c.rng.choice(END_CLAUSES)))] if end else [("Opzegging", e(c.rng.choice(NOT_END_CLAUSES)))]
    if cond:
        items.append(("Voorwaarden", e(c.rng.choice(CONDITION_CLAUSES))))
    body = (
        "<h1 style='font-size:15pt'>Huurovereenkomst kamer (onderhuur)</h1>"
        + articles(items)
        + "<h3>Berekening huurprijs kamer</h3>"
        + "<table class='ruled' style='width:88%;font-size:9.2pt'>" + "".join(f"<tr><td>{e(k)}</td><td class='right' style='width:42mm'>{v}</td></tr>" for k, v in calc) + "</table>"
        + "<p class='small'>Aandeel = (oppervlakte kamer + aandeel gedeelde ruimten) / woonoppervlakte woning.</p>"
        + f"<p style='margin-top:5mm'>Ondertekend op {c.d(signed)} te {e(home.city)}.</p>"
        "<table style='width:100%;margin-top:5mm'><tr><td>Hoofdhuurder<br><br>______________</td><td>Onderhuurder<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh22 split ---------------------------------------------------------------------------


def hospitakamer_huur_per_week_omgerekend(c: Ctx):
    """Fresh22. A room contract of a "hospita" (the main tenant who lives in the home and lets one room) whose rent is agreed per week,
    as landladies of rooms traditionally let them: the weekly rent, the washing money per week and a deposit of four weeks' rent as decoy
    sums, the weekly rent "omgerekend naar een maandbedrag (x 52 : 12)" the room rent; the clauses among the house's agreements or absent;
    "Opgemaakt te ... op" the signing date."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("DejaVu Serif", "FreeSerif")))
    c.restyle17(dates=("long", "dash", "nopad", "cap_month"), amounts=("euro", "plain", "Euro_after"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    week = c.rng.choice((65, 70, 72.5, 75, 80, 85, 87.5, 90, 95, 100, 110))
    rent = values.amount(round(week * 52 / 12 + 1e-9, 2))
    week_text = e(values.amount_text(values.amount(week), "euro"))
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first", "initials"))
    clauses = "".join(f"<li>{e(t)}</li>" for t in _clauses(c, end, cond))
    body = (
        "<h1 style='text-align:center;font-size:15pt'>Huurovereenkomst hospitakamer</h1>"
        f"<p>De ondergetekenden:</p><p>{e(tn)}, hoofdhuurder en bewoner van de woning, hierna: <i>de hospita</i>,</p>"
        f"<p>en {e(sn)}, geboren op {e(values.date_text(sub.birth_date, 'dash'))}, hierna: <i>de kamerhuurder</i>,</p><p>spreken het volgende af.</p>"
        f"<p><b>1. De kamer.</b> De hospita verhuurt een kamer op de {c.pick('eerste', 'tweede', 'zolder')}verdieping van de woning {e(home.line1())}, "
        f"{e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}, waarin zij of hij zelf woont.</p>"
        f"<p><b>2. Ingang.</b> De huur gaat in op {c.d(start)}.</p>"
        f"<p><b>3. Huurprijs.</b> De huur bedraagt {week_text} per week, te voldoen per vier weken vooruit. Omgerekend naar een maandbedrag "
        f"(x 52 : 12) is de huur <b>{c.a(rent)}</b> per maand. Daarnaast betaalt de kamerhuurder {e(values.amount_text(values.amount(c.pick(5, 7.5, 10)), 'euro'))} per week "
        "wasgeld voor het gebruik van de wasmachine.</p>"
        f"<p><b>4. Borg.</b> Bij de sleuteloverdracht betaalt de kamerhuurder een borg van vier weken huur, {e(values.amount_text(values.amount(week * 4), 'euro'))}.</p>"
        f"<p><b>5. Afspraken in huis.</b></p><ol style='margin-top:0'>{clauses}</ol>"
        f"<p>Opgemaakt te {e(home.city)} op {c.d(signed)}, in tweevoud.</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>De hospita<br><br>_______________</td><td>De kamerhuurder<br><br>_______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def _months_later(day: dt.date, months: int) -> dt.date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return dt.date(year, month, min(day.day, 28))


def kamerhuur_bepaalde_tijd_aanzegging(c: Ctx):
    """Fresh22. A room contract for a fixed term (a student's room let under article 7:271 of the Civil Code) that opens with a table
    "Looptijd" holding the start, the end day of the term and the window in which the main tenant must notify the subtenant of the end
    ("aanzegging": not earlier than three and not later than one month before the end), the notice period and a deposit (decoy dates and a
    decoy sum); "Kale huur inclusief servicekosten per maand" the room rent, the clauses in numbered articles; "Datum" under the signatures the
    signing date."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "dot_pad", "short_nodot"), amounts=("euro", "EUR_grouped", "euro_per_mnd"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    months = c.rng.choice((6, 12, 12, 18, 24))
    stop = _months_later(start, months) - dt.timedelta(days=1)
    earliest, latest = _months_later(stop, -3), _months_later(stop, -1)
    deposit = values.amount(float(rent) * c.rng.choice((1, 2)))
    table = (
        "<table class='ruled' style='width:100%;font-size:9.2pt'><tr><th colspan='2' style='text-align:left;background:#e9eef5'>Looptijd</th></tr>"
        f"<tr><td style='width:70mm'>Ingangsdatum</td><td>{c.d(start)}</td></tr>"
        f"<tr><td>Einddatum (bepaalde tijd, {months} maanden)</td><td>{e(values.date_text(stop, 'dash'))}</td></tr>"
        f"<tr><td>Aanzegging door hoofdhuurder</td><td>niet vóór {e(values.date_text(earliest, 'dash'))} en niet na {e(values.date_text(latest, 'dash'))}</td></tr>"
        "<tr><td>Opzegtermijn onderhuurder</td><td>één maand</td></tr>"
        f"<tr><td>Kale huur inclusief servicekosten per maand</td><td><b>{c.a(rent)}</b></td></tr>"
        f"<tr><td>Waarborgsom</td><td>{e(values.amount_text(deposit, 'euro'))}</td></tr></table>"
    )  # fmt: skip
    items = [("Partijen", f"{e(tn)}, hoofdhuurder van de woning, en {e(sn)}, onderhuurder, geboren {e(values.date_text(sub.birth_date, 'long'))}."),
             ("Het gehuurde", f"Een kamer in de woning {e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}, met gedeeld gebruik van keuken en sanitair."),
             ("Duur", "Deze overeenkomst is aangegaan voor de bepaalde tijd in de tabel hierboven en eindigt op de einddatum, mits de hoofdhuurder tijdig heeft "
                      "aangezegd. Zonder tijdige aanzegging loopt de overeenkomst voor onbepaalde tijd door.")]
    items += [(f"Afspraak {i + 1}", e(t)) for i, t in enumerate(_clauses(c, end, cond))]
    body = (
        "<h1 style='font-size:14.5pt'>Huurovereenkomst kamer voor bepaalde tijd</h1>"
        "<p class='small'>als bedoeld in artikel 7:271 lid 1 Burgerlijk Wetboek &middot; onderhuur met toestemming van de verhuurder</p>"
        + table + "<div style='margin-top:3mm'>" + articles(items) + "</div>"
        + "<table class='ruled' style='width:100%;margin-top:4mm'><tr><th>Hoofdhuurder</th><th>Onderhuurder</th></tr>"
        f"<tr><td style='height:14mm'>{e(tn)}</td><td>{e(sn)}</td></tr>"
        f"<tr><td colspan='2'>Plaats: {e(home.city)} &nbsp;&nbsp; Datum: <b>{c.d(signed)}</b></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh23 split ---------------------------------------------------------------------------


def kamer_huurprijs_indexering_tabel(c: Ctx):
    """Fresh23. A room contract in numbered articles whose article on the rent holds a table "Huurprijsontwikkeling": the rent at the start
    ("Huurprijs per maand bij ingang", the room rent) with the service costs included in it, and the rent after the yearly increase on 1 July
    of the next two years at a stated percentage (decoy sums), the main lease's own rent named in a sentence as a further decoy; the end and
    conditions clauses among the other agreements or absent; "Aldus opgemaakt en ondertekend op" the signing date."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Caladea", "Carlito")))
    c.restyle17(dates=("long", "dash", "dot_pad", "long_pad"), amounts=("euro", "EUR_grouped", "euro_lower_front"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    service = values.amount(c.rng.choice((25, 30, 35, 40, 45, 50)))
    pct = c.rng.choice((2.8, 3.1, 4.1, 4.5, 5.0, 5.5))
    first = dt.date(start.year + (start.month >= 7), 7, 1)
    later = [(first, values.amount(round(float(rent) * (1 + pct / 100), 2))), (dt.date(first.year + 1, 7, 1), values.amount(round(float(rent) * (1 + pct / 100) ** 2, 2)))]
    main_rent = values.amount(c.rng.randint(620, 1100) + c.rng.choice((0, 0.45, 0.8)))
    table = (
        "<table class='ruled' style='width:92%;font-size:9pt;margin:1mm 0 1mm 0'><tr><th>Huurprijsontwikkeling</th><th class='right'>Per maand</th></tr>"
        f"<tr><td>Huurprijs per maand bij ingang (inclusief {e(values.amount_text(service, 'euro'))} servicekosten)</td><td class='right'><b>{c.a(rent)}</b></td></tr>"
        + "".join(f"<tr><td>Na verhoging per {e(values.date_text(d, 'long'))} (indicatief, +{str(pct).replace('.', ',')}%)</td><td class='right'>{e(values.amount_text(a, 'euro'))}</td></tr>"
                  for d, a in later)
        + "</table>"
    )  # fmt: skip
    clauses = "".join(f"<li>{e(t)}</li>" for t in _clauses(c, end, cond))
    items = [
        ("Partijen", f"{e(tn)}, huurder van de woning en hierna <i>verhuurder</i>, en {e(sn)}, geboren op {e(values.date_text(sub.birth_date, 'dash'))}, hierna <i>huurder</i>."),
        ("Het gehuurde", f"Eén gemeubileerde kamer in de woning {e(home.line1())}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}, "
                         "met medegebruik van keuken, douche en toilet."),
        ("Ingang en duur", f"De huur gaat in op {c.d(start)} en geldt voor onbepaalde tijd."),
        ("Huurprijs", "De huurprijs wordt ieder jaar per 1 juli verhoogd met ten hoogste het percentage dat de corporatie de verhuurder toestaat. "
                      f"Verhuurder betaalt zelf {e(values.amount_text(main_rent, 'euro'))} per maand aan de corporatie.{table}"),
        ("Overige afspraken", f"<ol style='margin:0'>{clauses}</ol>"),
    ]
    body = (
        "<h1 style='text-align:center;font-size:15pt'>Huurovereenkomst kamer</h1>"
        + articles(items)
        + f"<p style='margin-top:4mm'>Aldus opgemaakt en ondertekend op {c.d(signed)} te {e(home.city)}.</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>Verhuurder<br><br>_______________<br>{e(tn)}</td><td>Huurder<br><br>_______________<br>{e(sn)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def kamer_opnamerapport_meterstanden(c: Ctx):
    """Fresh23. A one-page room contract whose parties and terms stand in boxed form fields with the caption under each box ("Hoofdbewoner",
    "Kamerbewoner", "Ingangsdatum huur", "Maandhuur kamer", "Borg"), the clauses numbered below, and at the foot an "Opnamerapport bij
    aanvang" (the inspection's own day, the meter readings, the keys handed over and the defects found: decoy numbers and a decoy date); the
    deposit a decoy sum, "Aldus getekend op" the signing date."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Open Sans", "FreeSans")))
    c.restyle17(dates=("dash", "long", "nopad", "slash"), amounts=("euro", "euro_tight", "EUR_grouped"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "initials", "first")), sub.name(c.pick("all", "first"))
    inspected = start - dt.timedelta(days=c.rng.randint(0, 3))
    deposit = values.amount(float(rent) * c.rng.choice((1, 1.5, 2)))
    clauses = "".join(f"<li>{e(t)}</li>" for t in _clauses(c, end, cond))
    defects = c.rng.sample(("kras in het bureaublad", "vlek op de vloerbedekking bij het raam", "lamp plafond werkt niet", "gordijnrail hangt los",
                            "schroefgaten in de wand boven het bed", "ruit heeft een barst in de hoek"), 2)
    body = (
        "<h1 style='font-size:15pt'>Kamerhuurovereenkomst</h1><p class='small' style='margin-top:0'>met opnamerapport bij aanvang</p>"
        "<table style='width:100%;table-layout:fixed'><tr>" + under(e(tn), "Hoofdbewoner (verhuurder)") + under(e(sn), "Kamerbewoner (huurder)") + "</tr></table>"
        "<table style='width:100%;table-layout:fixed'><tr>" + under(e(home.line1()), "Adres van de woning", "45%") + under(e(values.postcode_text(home.postcode, True)), "Postcode")
        + under(e(home.city), "Plaats") + "</tr></table>"
        "<table style='width:100%;table-layout:fixed'><tr>" + under(c.d(start), "Ingangsdatum huur") + under(c.a(rent), "Maandhuur kamer")
        + under(e(values.amount_text(deposit, "euro")), "Borg") + under(f"kamer {c.rng.randint(1, 4)}, {c.pick('1e', '2e', 'zolder')}", "Kamer") + "</tr></table>"
        f"<h3>Afspraken</h3><ol style='margin-top:0'>{clauses}<li>De borg wordt terugbetaald binnen een maand na het einde van de huur, min eventuele schade.</li></ol>"
        f"<p>Aldus getekend op {c.d(signed)}.</p>"
        "<table style='width:100%'><tr><td>Handtekening hoofdbewoner: ______________</td><td>Handtekening kamerbewoner: ______________</td></tr></table>"
        "<div class='box' style='margin-top:5mm;background:#f6f6f0'><b>Opnamerapport bij aanvang</b> &nbsp;<span class='small'>(samen ingevuld bij de "
        f"sleuteloverdracht op {e(values.date_text(inspected, 'dash'))})</span>"
        "<table class='ruled' style='width:100%;font-size:8.8pt;margin-top:1.5mm'><tr><th>Meter</th><th>Stand</th><th>Sleutels</th><th>Gebreken</th></tr>"
        f"<tr><td>Elektriciteit</td><td>{c.rng.randint(10000, 99999)} kWh</td><td rowspan='3'>{c.rng.randint(2, 3)} sleutels (voordeur, kamer"
        f"{', fietsenberging' if c.rng.random() < 0.5 else ''})</td><td rowspan='3'>{'<br>'.join(e(d) for d in defects)}</td></tr>"
        f"<tr><td>Gas</td><td>{c.rng.randint(1000, 9999)} m³</td></tr><tr><td>Water</td><td>{c.rng.randint(100, 999)} m³</td></tr></table></div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh24 split ---------------------------------------------------------------------------


def kamer_informatiebijlage_goed_verhuurderschap(c: Ctx):
    """Fresh24. A short room contract with the annex the Wet goed verhuurderschap requires a landlord to hand over ("Schriftelijke informatie
    voor de huurder"): the deposit and the term of its return, the service costs, the landlord's contact, the municipality's reporting point
    for bad landlords with its address and postcode, the Huurcommissie's Postbus and postcode and the day the annex was handed over (decoy
    sums, decoy postcodes and a decoy date); "Huurprijs kamer per maand" the room rent, "Getekend op" the signing date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("long", "dash", "nopad", "long_pad"), amounts=("euro", "euro_tight", "EUR_grouped", "euro_per_maand"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    deposit = values.amount(float(rent) * c.rng.choice((1, 2)))
    service = values.amount(c.rng.choice((20, 35, 45, 60, 75)))
    handed = signed - dt.timedelta(days=c.rng.randint(1, 10))
    desk = people.address(c.rng)
    clauses = "".join(f"<li>{e(t)}</li>" for t in _clauses(c, end, cond))
    body = (
        "<h1 style='font-size:15pt'>Huurovereenkomst kamer (onderhuur)</h1>"
        + kv([("Hoofdhuurder", e(tn)), ("Onderhuurder", e(sn)), ("Adres woning", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Ingangsdatum", c.d(start)), ("Huurprijs kamer per maand", f"<b>{c.a(rent)}</b>")], label_width="52mm")
        + f"<h3>Afspraken</h3><ol style='margin-top:0'>{clauses}</ol>"
        + f"<p>Getekend op {c.d(signed)} te {e(home.city)}.</p>"
        "<table style='width:100%'><tr><td>Hoofdhuurder: ______________</td><td>Onderhuurder: ______________</td></tr></table>"
        "<div class='box small' style='margin-top:5mm;background:#f3f6f9;border-color:#7a93ad'>"
        "<b>Bijlage &ndash; Schriftelijke informatie voor de huurder (artikel 3 Wet goed verhuurderschap)</b>"
        "<table style='width:100%;margin-top:1.5mm'>"
        f"<tr><td style='width:52mm'>Waarborgsom</td><td>{e(values.amount_text(deposit, 'euro'))}, terug binnen 14 dagen na het einde van de huur</td></tr>"
        f"<tr><td>Servicekosten (in de huurprijs)</td><td>{e(values.amount_text(service, 'euro'))} per maand voor energie en internet</td></tr>"
        f"<tr><td>Contact verhuurder</td><td>{e(tn)}, 06-{c.rng.randint(10000000, 99999999)}</td></tr>"
        f"<tr><td>Meldpunt goed verhuurderschap</td><td>Gemeente {e(desk.municipality)}, {e(desk.line1())}, {e(values.postcode_text(desk.postcode, True))} {e(desk.city)}</td></tr>"
        "<tr><td>Huurcommissie</td><td>Postbus 16495, 2500 BL Den Haag</td></tr>"
        f"<tr><td>Informatie uitgereikt op</td><td>{e(values.date_text(handed, 'dash'))}</td></tr></table></div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def kamer_definities_juridisch_model(c: Ctx):
    """Fresh24. A room contract drawn up in a lawyer's manner that opens with "Artikel 1 Definities": every fact a defined term in bold
    ("Hoofdhuurder", "Onderhuurder", "Woning", "Ingangsdatum", "Huurprijs", "Waarborgsom") and the main lease with the corporation, its number
    and its own day (a decoy date), the deposit (a decoy sum); the later articles use the capitalised terms, the clauses among them or absent;
    "Aldus overeengekomen en in tweevoud ondertekend te ... op" the signing date."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("DejaVu Serif", "EB Garamond")))
    c.restyle17(dates=("long", "dash", "nl_ordinal", "dot_pad"), amounts=("euro", "EUR_grouped", "euro_nogroup"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    corp = c.rng.choice(CORPORATIONS)
    leased = values.between(c.rng, dt.date(1995, 1, 1), dt.date(2024, 12, 1))
    deposit = values.amount(float(rent) * c.rng.choice((1, 1.5, 2)))
    term = lambda t: f"<b>{e(t)}</b>"  # noqa: E731
    definitions = "".join(f"<div style='margin:0 0 1mm 6mm'>{term(k)}: {v};</div>" for k, v in (
        ("Hoofdhuurder", e(tn)),
        ("Onderhuurder", f"{e(sn)}, geboren op {e(values.date_text(sub.birth_date, 'dash'))}"),
        ("Verhuurder", f"{e(corp)}, eigenaar en verhuurder van de Woning"),
        ("Hoofdhuurovereenkomst", f"de huurovereenkomst tussen Verhuurder en Hoofdhuurder van {e(values.date_text(leased, 'long'))}, contractnummer {c.rng.randint(100000, 999999)}"),
        ("Woning", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}"),
        ("Kamer", f"de {c.pick('voorkamer', 'achterkamer', 'zolderkamer', 'kamer aan de tuinzijde')} in de Woning"),
        ("Ingangsdatum", c.d(start)),
        ("Huurprijs", f"{c.a(rent)} per maand, inclusief gas, water, elektriciteit en internet"),
        ("Waarborgsom", e(values.amount_text(deposit, "euro")))))
    clauses = "".join(f"<p style='margin:0 0 4px 0'><b>Artikel {i + 4}</b><br>{e(t)}</p>" for i, t in enumerate(_clauses(c, end, cond)))
    body = (
        "<h1 style='text-align:center;font-size:14pt;letter-spacing:1px'>ONDERHUUROVEREENKOMST KAMER</h1>"
        "<p><b>Artikel 1 &nbsp;Definities</b><br>In deze overeenkomst wordt verstaan onder:</p>" + definitions
        + "<p style='margin-top:3mm'><b>Artikel 2 &nbsp;Onderwerp</b><br>Hoofdhuurder verhuurt aan Onderhuurder de Kamer met ingang van de Ingangsdatum voor onbepaalde tijd.</p>"
        "<p><b>Artikel 3 &nbsp;Betaling</b><br>Onderhuurder betaalt de Huurprijs vóór de eerste dag van iedere maand en de Waarborgsom vóór de Ingangsdatum.</p>"
        + clauses
        + f"<p style='margin-top:4mm'>Aldus overeengekomen en in tweevoud ondertekend te {e(home.city)} op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>Hoofdhuurder<br><br>_______________<br>{e(tn)}</td><td>Onderhuurder<br><br>_______________<br>{e(sn)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh25 split ---------------------------------------------------------------------------

_BOATS25 = ("De Zwerver", "Noorderlicht", "Vrouwe Johanna", "Elisabeth", "De Hoop", "Nooitgedacht", "Twee Gebroeders", "Stormvogel")
_CABINS25 = ("de achterhut aan de waterzijde (ca. 9 m²)", "de voorhut onder het stuurhuis (ca. 8 m²)", "de slaaphut midscheeps (ca. 10 m²)")
_BOAT_RULES25 = ("Onderhuurder houdt zich aan de regels van de ligplaats: geen open vuur aan dek en de loopplank 's nachts binnen.",
                 "De wasmachine in het vooronder wordt gedeeld; het toilet is aangesloten op het riool van de kade.",
                 "Bij storm of hoogwater volgt onderhuurder de aanwijzingen van de hoofdhuurder op.",
                 "Onderhuurder zet geen spullen op het dak of op het gangboord.")


def woonark_hut_onderhuur(c: Ctx):
    """Fresh25. A contract subletting a cabin ("hut") on a houseboat whose main tenant rents the ark and its mooring from a corporation: the
    mooring's address with "t/o" before the number, the boat's name, its European vessel number and the mooring permit's number and end
    day (a decoy date), the shore-power contribution and the deposit (decoy sums), boat rules among the articles, the two clauses in boat
    words or absent; "Huurprijs van de hut per maand" the room rent, "Aldus getekend aan boord ... op" the signing date."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "long_pad", "cap_month"), amounts=("euro", "EUR_grouped", "euro_tight", "EUR_dash"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    if not home.house_number.isdigit():  # a mooring's number has no floor or letter
        number = "".join(ch for ch in home.house_number.split("-")[0] if ch.isdigit())
        home = people.Address(home.street, number, number, home.postcode, home.city, home.municipality)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    corp = c.rng.choice(CORPORATIONS)
    boat = c.rng.choice(_BOATS25)
    permit_end = signed + dt.timedelta(days=c.rng.randint(300, 3000))
    power = values.amount(c.rng.choice((25, 30, 35, 40, 45)))
    deposit = values.amount(float(rent) * c.rng.choice((1, 2)))
    items = c.rng.sample(_BOAT_RULES25, 2)
    if end:
        items.insert(c.rng.randint(0, 2), c.pick(f"Deze onderhuur eindigt van rechtswege op de dag dat de huur van de woonark en de ligplaats tussen hoofdhuurder en {corp} eindigt.",
                                                  f"Eindigt de huurovereenkomst van de woonark met {corp}, om welke reden ook, dan eindigt deze onderhuur op dezelfde dag."))
    elif c.rng.random() < 0.5:
        items.insert(c.rng.randint(0, 2), "Eindigt de huur van de woonark, dan loopt deze onderhuur door tot partijen schriftelijk opzeggen.")
    if cond:
        items.insert(c.rng.randint(0, len(items)), f"De Algemene Huurvoorwaarden van {corp} voor woonschepen en ligplaatsen gelden ook voor onderhuurder; hij heeft er een exemplaar van gekregen.")
    articles_ = "".join(f"<p style='margin:0 0 1.6mm 0'><b>Artikel {i + 4}</b> &nbsp;{e(t)}</p>" for i, t in enumerate(items))
    body = (
        "<h1 style='font-size:14.5pt;text-align:center;margin-bottom:1mm'>Onderhuurovereenkomst hut op woonark</h1>"
        f"<p style='text-align:center;margin-top:0' class='small'>woonark &ldquo;{e(boat)}&rdquo;</p>"
        "<p><b>Partijen</b><br>"
        f"{e(tn)}, huurder van de woonark en de ligplaats van {e(corp)}, hierna: <i>hoofdhuurder</i>, en<br>"
        f"{e(sn)}, geboren {e(values.date_text(sub.birth_date, 'dash'))}, hierna: <i>onderhuurder</i>.</p>"
        "<table class='ruled' style='width:100%;font-size:9pt'>"
        f"<tr><td style='width:58mm'>Ligplaats</td><td>{e(home.street)} t/o {e(home.house_number_text)}</td></tr>"
        f"<tr><td>Postcode en plaats</td><td>{e(values.postcode_text(home.postcode, c.rng.random() < 0.6))} {e(home.city)}</td></tr>"
        f"<tr><td>Europees scheepsnummer</td><td>0{c.rng.randint(2300000, 3999999)}</td></tr>"
        f"<tr><td>Ligplaatsvergunning</td><td>nr. LP-{c.rng.randint(100, 9999)}, geldig tot {e(values.date_text(permit_end, 'dash'))}</td></tr>"
        f"<tr><td>Verhuurd gedeelte</td><td>{e(c.rng.choice(_CABINS25))}, met gedeeld gebruik van kombuis en douche</td></tr></table>"
        f"<p style='margin-top:3mm'><b>Artikel 1</b> &nbsp;De onderhuur gaat in op {c.d(start)} en geldt voor onbepaalde tijd.</p>"
        f"<p><b>Artikel 2</b> &nbsp;Huurprijs van de hut per maand: <b>{c.a(rent)}</b>. Daarnaast betaalt onderhuurder een bijdrage in walstroom en water van "
        f"{e(values.amount_text(power, 'euro'))} per maand.</p>"
        f"<p><b>Artikel 3</b> &nbsp;Onderhuurder betaalt bij ondertekening een waarborgsom van {e(values.amount_text(deposit, 'euro'))}.</p>"
        + articles_
        + f"<p style='margin-top:4mm'>Aldus getekend aan boord van de {e(boat)} te {e(home.city)} op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:5mm'><tr><td>Hoofdhuurder<br><br>_______________<br>{e(tn)}</td><td>Onderhuurder<br><br>_______________<br>{e(sn)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


_GROUPS25 = ("De Boomgaard", "Het Zonnehuis", "De Wilgenhof", "Klein Rijnhof", "De Kersenhof", "Huize Anders", "De Vlinderhof", "Het Binnenerf")


def woongroep_vereniging_onderhuur_lid(c: Ctx):
    """Fresh25. A contract in which a housing group's association, main tenant of the whole building under a group lease with a corporation,
    sublets a unit to a member it co-opted: the association ("Vereniging Woongroep ...") is the tenant and signs through its chair and
    treasurer (decoy names), the group lease's number and day, the members' meeting that chose the member, the unit's number, the
    contribution and the share of the common rooms' costs (decoy dates and sums); the end clause ties the sublet to the group lease or says
    the corporation takes the member over, the conditions clause names the corporation's Algemene Huurvoorwaarden or only the house rules;
    "Huurprijs woonunit per maand" the room rent, "Getekend te ... op" the signing date."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Cantarell", "Carlito")))
    c.restyle17(dates=("long", "dash", "nopad", "nl_ordinal"), amounts=("euro", "EUR_grouped", "euro_eq", "Euro_after"))
    _tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn = f"Vereniging Woongroep {c.rng.choice(_GROUPS25)}"
    sn = sub.name(c.pick("all", "first", "initials"))
    corp = c.rng.choice(CORPORATIONS)
    group_lease = values.between(c.rng, dt.date(1998, 1, 1), dt.date(2022, 12, 31))
    meeting = signed - dt.timedelta(days=c.rng.randint(8, 50))
    unit = c.rng.randint(1, 14)
    chair, treasurer = c.person(born=(1950, 1990)), c.person(born=(1950, 1995))
    fee = values.amount(c.rng.choice((7.5, 10, 12.5, 15)))
    common = values.amount(c.rng.choice((22, 28.5, 35, 41)))
    clauses = [("Lidmaatschap", "Het lidmaatschap van de vereniging is een voorwaarde voor deze overeenkomst. Eindigt het lidmaatschap, dan zegt de vereniging "
                "deze overeenkomst op met inachtneming van de wettelijke termijn.")]
    clauses.append(("Einde groepshuur", f"Deze overeenkomst eindigt van rechtswege wanneer de groepshuurovereenkomst tussen de vereniging en {corp} eindigt."
                    if end else f"Eindigt de groepshuurovereenkomst tussen de vereniging en {corp}, dan eindigt deze overeenkomst niet; {corp} zet de huur dan met het lid voort."))
    clauses.append(("Voorwaarden", f"De Algemene Huurvoorwaarden van {corp}, die deel uitmaken van de groepshuurovereenkomst, zijn ook op deze overeenkomst van toepassing."
                    if cond else "Het huishoudelijk reglement van de vereniging is van toepassing. Het lid ontvangt een exemplaar."))
    c.rng.shuffle(clauses)
    numbered = "".join(f"<p style='margin:0 0 1.6mm 0'><b>{i + 4}. {e(t)}</b><br>{e(x)}</p>" for i, (t, x) in enumerate(clauses))
    body = (
        f"<div style='border-left:5px solid #6a8f3c;padding-left:3mm'><span class='logo' style='font-size:15pt;color:#4c6b29'>{e(tn)}</span><br>"
        f"<span class='small'>{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)} &middot; groepshuurder van {e(corp)}</span></div>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Onderhuurovereenkomst woonunit voor een lid</h1>"
        f"<p>De ondergetekenden, {e(tn)}, gevestigd te {e(home.city)}, hoofdhuurder van het gebouw op grond van de groepshuurovereenkomst "
        f"nr. {c.rng.randint(10000, 99999)} met {e(corp)} van {e(values.date_text(group_lease, 'long'))}, hierna <i>de vereniging</i>, en {e(sn)}, geboren "
        f"{e(values.date_text(sub.birth_date, 'dash'))}, door de ledenvergadering van {e(values.date_text(meeting, 'long'))} gekozen als nieuw lid (coöptatie), "
        "hierna <i>het lid</i>, komen het volgende overeen.</p>"
        "<table class='ruled' style='width:100%;font-size:9pt'>"
        f"<tr><td style='width:62mm'>Adres gebouw</td><td>{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}</td></tr>"
        f"<tr><td>Woonunit</td><td>unit {unit}, {c.pick('begane grond', 'eerste verdieping', 'tweede verdieping')}, met gedeelde keuken en tuin</td></tr>"
        f"<tr><td>Ingangsdatum</td><td>{c.d(start)}</td></tr>"
        f"<tr><td>Huurprijs woonunit per maand</td><td><b>{c.a(rent)}</b></td></tr>"
        f"<tr><td>Bijdrage gemeenschappelijke ruimten</td><td>{e(values.amount_text(common, 'euro'))} per maand</td></tr>"
        f"<tr><td>Contributie vereniging</td><td>{e(values.amount_text(fee, 'euro'))} per maand</td></tr></table>"
        "<p style='margin-top:3mm'><b>1. Gebruik</b><br>Het lid gebruikt de unit als eigen woonruimte en de gemeenschappelijke ruimten samen met de andere leden.</p>"
        "<p><b>2. Betaling</b><br>Het lid betaalt huur, bijdrage en contributie vóór de eerste van de maand aan de penningmeester.</p>"
        "<p><b>3. Duur</b><br>De overeenkomst geldt voor onbepaalde tijd.</p>"
        + numbered
        + f"<p style='margin-top:4mm'>Getekend te {e(home.city)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:4mm'><tr>"
        f"<td>Namens de vereniging<br><br>_____________<br>{e(chair.name('initials'))}, voorzitter</td>"
        f"<td><br><br>_____________<br>{e(treasurer.name('initials'))}, penningmeester</td>"
        f"<td>Het lid<br><br>_____________<br>{e(sn)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; } p { margin: 0 0 2mm 0; }"), _truth(tn, sn, home, signed, start, rent, end, cond)



# --- fresh26 split ---------------------------------------------------------------------------

_ABROAD_HOMES26 = ("Via Roma 18, 40121 Bologna, Italy", "ul. Długa 7, 80-827 Gdańsk, Poland", "Calle de Alcalá 95, 28009 Madrid, Spain",
                   "Rua Augusta 120, 1100-053 Lisbon, Portugal", "14 Elm Road, Cambridge CB1 2AB, United Kingdom", "Váci utca 21, 1052 Budapest, Hungary")


def sublease_agreement_english_whereas(c: Ctx):
    """Fresh26. A room sublease drawn up in English only, in the manner of a common-law agreement ("THE UNDERSIGNED", "WHEREAS", "HAVE
    AGREED AS FOLLOWS"), between a main tenant and an international subtenant: the subtenant's birth date and home address abroad, the main
    lease's day and the landlord's written consent with its own day (decoy dates), the deposit and the notice period (a decoy sum and
    number); the end clause and the conditions clause in English words, negated or absent; "The monthly rent" the room rent, "Signed in
    duplicate at ... on" the signing date, dates and sums in English notations."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("EB Garamond", "DejaVu Serif")))
    c.restyle17(dates=("en_long", "en_us", "en_ordinal", "en_short"), amounts=("en", "EUR_en"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    lease_day = values.between(c.rng, dt.date(2008, 1, 1), signed - dt.timedelta(days=400))
    consent = signed - dt.timedelta(days=c.rng.randint(5, 40))
    deposit = values.amount(float(rent) * c.rng.choice((1, 2)))
    en = lambda day: e(values.date_text(day, "en_long"))  # noqa: E731
    clauses = [
        ("Room", f"The Main Tenant lets to the Subtenant, who accepts, one furnished room of approximately {c.rng.randint(9, 18)} m&sup2; in the dwelling "
                 f"at {e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}, the Netherlands, with shared use of kitchen and bathroom."),
        ("Term", f"This Agreement commences on {c.d(start)} and is entered into for an indefinite period. Either party may terminate it by giving "
                 f"{c.rng.choice(('one month', 'two months'))} written notice."),
        ("Rent", f"The monthly rent is {c.a(rent)}, including gas, water, electricity and internet, payable in advance before the first day of each month."),
        ("Deposit", f"Upon signing, the Subtenant pays a deposit of {e(values.amount_text(deposit, 'EUR_en'))}, to be returned within 30 days after the "
                    "end of this Agreement, less any amounts due."),
    ]
    if end:
        clauses.append(("Main lease", c.pick("This Agreement shall terminate automatically, without notice being required, on the date the Main Lease "
                                             "between the Main Tenant and the Landlord ends, for whatever reason.",
                                             "If the Main Lease ends for any reason, this sublease ends on the same day.")))
    elif c.rng.random() < 0.5:
        clauses.append(("Main lease", "The end of the Main Lease does not in itself end this Agreement; in that event the parties will terminate it "
                                      "in writing."))
    if cond:
        clauses.append(("Landlord's conditions", f"The Subtenant shall comply with the General Terms and Conditions of {e(corp)} (Algemene "
                                                  "Huurvoorwaarden) that apply to the Main Lease; the Subtenant has received a copy."))
    clauses.append(("House rules", "The Subtenant shall not cause any nuisance, shall not sublet the room to others and shall not keep pets."))
    clauses.append(("Governing law", "This Agreement is governed by Dutch law."))
    items = "".join(f"<p style='margin:0 0 2mm 0'><b>{i + 1}. {e(title)}.</b> {text}</p>" for i, (title, text) in enumerate(clauses))
    body = (
        "<h1 style='text-align:center;font-size:15pt;letter-spacing:1px'>SUBLEASE AGREEMENT (ROOM)</h1>"
        "<p><b>THE UNDERSIGNED:</b></p>"
        f"<p style='margin-left:6mm'>1. {e(tn)}, residing at {e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}, "
        "hereinafter referred to as &ldquo;the Main Tenant&rdquo;;</p>"
        f"<p style='margin-left:6mm'>2. {e(sn)}, born on {en(sub.birth_date)}, with home address at {e(c.rng.choice(_ABROAD_HOMES26))}, "
        "hereinafter referred to as &ldquo;the Subtenant&rdquo;;</p>"
        "<p><b>WHEREAS:</b></p>"
        f"<p style='margin-left:6mm'>(A) the Main Tenant rents the dwelling described below from {e(corp)} (&ldquo;the Landlord&rdquo;) under a lease dated "
        f"{en(lease_day)} (&ldquo;the Main Lease&rdquo;);<br>(B) the Landlord consented in writing to the subletting of one room by letter of {en(consent)};</p>"
        "<p><b>HAVE AGREED AS FOLLOWS:</b></p>"
        + items
        + f"<p style='margin-top:4mm'>Signed in duplicate at {e(home.city)} on {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:10mm'><tr>"
        f"<td style='width:50%'>______________________<br>{e(tn)}<br><span class='small'>Main Tenant</span></td>"
        f"<td>______________________<br>{e(sn)}<br><span class='small'>Subtenant</span></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


_CARE_TASKS26 = ("persoonlijke verzorging", "medicatie klaarzetten", "boodschappen en maaltijden", "begeleiding naar afspraken", "toezicht 's avonds")


def kamer_inwonende_mantelzorger_bijdrage(c: Ctx):
    """Fresh26. A room contract between a tenant who needs care and the live-in carer who rents a room in the home: the two parties side by
    side with captions above their values (the carer's previous address, postcode and birth date as decoys), a line on the care (hours a
    week, the tasks and the day the care began as decoys) that says the care is no part of the rent, the monthly board money for meals beside
    the room rent (a decoy sum); an article that ends the contract when the tenant moves into a care home (a decoy clause), with the main
    lease clause and the conditions clause as usual, negated or absent; "Bijdrage in de huur van de kamer per maand" the room rent."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad", "weekday"), amounts=("euro", "dash", "euro_per_maand", "EUR_grouped"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tenant = c.person(born=(1936, 1962), titled=0.05)
    corp = c.rng.choice(CORPORATIONS)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    before = people.address(c.rng)
    began = start - dt.timedelta(days=c.rng.randint(60, 900))
    board = values.amount(c.rng.choice((120, 150, 175, 200, 225)))
    hours = c.rng.randint(12, 40)
    cap = lambda k, v: f"<div style='font-size:7.4pt;color:#555;margin-top:1.6mm'>{e(k)}</div><div>{v}</div>"  # noqa: E731
    parties = (
        "<table style='width:100%;border-collapse:separate;border-spacing:3mm 0'><tr>"
        "<td style='width:50%;border:0.8px solid #777;padding:2mm 3mm;vertical-align:top'><b>Hoofdhuurder</b> (zorgvrager)"
        + cap("Naam", f"<span style='white-space:nowrap'>{e(tn)}</span>") + cap("Adres", f"{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city)}")
        + cap("Verhuurder van de woning", e(corp)) + "</td>"
        "<td style='border:0.8px solid #777;padding:2mm 3mm;vertical-align:top'><b>Onderhuurder</b> (inwonende mantelzorger)"
        + cap("Naam", f"<span style='white-space:nowrap'>{e(sn)}</span>") + cap("Geboortedatum", e(values.date_text(sub.birth_date, "dash")))
        + cap("Vorig adres", f"{e(before.line1())}<br>{e(values.postcode_text(before.postcode, True))}  {e(before.city)}") + "</td></tr></table>"
    )
    items = [
        ("Kamer", f"Hoofdhuurder verhuurt aan onderhuurder de {c.pick('slaapkamer aan de achterzijde', 'kamer op de eerste verdieping', 'zolderkamer')} "
                  "van de woning. Keuken, badkamer en woonkamer worden gedeeld."),
        ("Mantelzorg", f"Onderhuurder verleent sinds {e(values.date_text(began, 'long'))} mantelzorg aan hoofdhuurder, ongeveer {hours} uur per week "
                       f"({e(', '.join(c.rng.sample(_CARE_TASKS26, 3)))}). De zorg is geen tegenprestatie voor de huur en wordt niet met de huur verrekend."),
        ("Ingang", f"De onderhuur gaat in op {c.d(start)} en geldt voor onbepaalde tijd."),
        ("Huur", f"Bijdrage in de huur van de kamer per maand: <b>{c.a(rent)}</b>. Daarnaast betaalt onderhuurder {e(values.amount_text(board, 'euro'))} "
                 "per maand kostgeld voor de maaltijden."),
        ("Opname", "Wordt hoofdhuurder opgenomen in een verpleeghuis of een andere zorginstelling, dan kunnen partijen deze overeenkomst met een "
                   "opzegtermijn van twee maanden beëindigen."),
    ]
    if end:
        items.append(("Einde hoofdhuur", c.rng.choice(END_CLAUSES)))
    elif c.rng.random() < 0.5:
        items.append(("Einde hoofdhuur", c.rng.choice(NOT_END_CLAUSES)))
    if cond:
        items.append(("Voorwaarden", c.rng.choice(CONDITION_CLAUSES)))
    rows = "".join(f"<tr><td style='width:32mm;font-weight:bold;vertical-align:top;padding:1.2mm 3mm 1.2mm 0'>Art. {i + 1} {e(k)}</td>"
                   f"<td style='padding:1.2mm 0'>{v}</td></tr>" for i, (k, v) in enumerate(items))
    body = (
        "<h1 style='font-size:14pt'>Overeenkomst kamerhuur inwonende mantelzorger</h1>"
        "<p class='small'>Onderhuur van een kamer in een huurwoning, met toestemming van de verhuurder van de woning.</p>"
        + parties
        + f"<table style='width:100%;margin-top:3mm;font-size:9.4pt'>{rows}</table>"
        f"<p style='margin-top:4mm'>Getekend te {e(home.city)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:8mm'><tr>"
        f"<td style='width:50%'>______________________<br>{e(tn)}, hoofdhuurder</td><td>______________________<br>{e(sn)}, onderhuurder</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh27 split ---------------------------------------------------------------------------

_PL_HOMES27 = ("ul. Długa 14, 80-827 Gdańsk", "ul. Piotrkowska 102, 90-006 Łódź", "ul. Mickiewicza 7/3, 35-064 Rzeszów", "os. Tysiąclecia 21, 40-871 Katowice",
               "ul. Kościuszki 45, 15-420 Białystok", "ul. Słowackiego 9, 33-100 Tarnów")
_AGENCIES27 = ("Otto Work Force B.V.", "Covebo Uitzendgroep B.V.", "Level One Uitzendbureau", "Westland Flex Personeel B.V.", "Tempo-Team Logistiek")


def kamer_tweetalig_nl_pools_arbeidsmigrant(c: Ctx):
    """Fresh27. A room contract in Dutch and Polish ("Huurovereenkomst kamer (onderhuur) / Umowa najmu pokoju (podnajem)") between a tenant
    and a labour migrant from Poland: every label in Dutch with the Polish under it in grey (the subtenant's Polish name, birth date, address in
    Poland with its "80-827" postcode, PESEL number and the employment agency he works through as decoys, a deposit as a decoy sum); the end
    clause and the conditions clause in both languages, negated or absent; "Huurprijs per maand / Czynsz miesięczny" the room rent, "Plaats en
    datum / Miejscowość i data" the signing date."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("dash", "dot_pad", "long", "nopad"), amounts=("euro", "EUR_grouped", "dash", "euro_per_maand"))
    tenant, _sub, home, signed, start, rent, end, cond = _facts(c)
    sub = c.person(born=(1975, 2005), origin="pl")
    corp = c.rng.choice(("de Alliantie", "Ymere", "Vestia", "Woonbron", "Staedion", "Wonen Midden-Delfland", "Vidomes"))
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    deposit = values.amount(float(rent) * c.rng.choice((1, 2)))
    pesel = f"{sub.birth_date.year % 100:02d}{sub.birth_date.month + (20 if sub.birth_date.year >= 2000 else 0):02d}{sub.birth_date.day:02d}{c.rng.randint(10000, 99999)}"
    grey = "color:#777;font-size:8pt"
    two = lambda nl, pl: f"{e(nl)}<br><span style='{grey}'>{e(pl)}</span>"  # noqa: E731
    row = lambda nl, pl, v: f"<tr><td style='width:58mm;padding:0.5mm 4mm 0.5mm 0'>{two(nl, pl)}</td><td style='padding:0.5mm 0'>{v}</td></tr>"  # noqa: E731
    clauses = [("De kamer wordt gemeubileerd verhuurd; keuken, douche en toilet worden gedeeld.",
                "Pokój wynajmowany jest z umeblowaniem; kuchnia, prysznic i toaleta są wspólne."),
               ("Onderhuurder mag de kamer niet aan anderen verhuren en veroorzaakt geen overlast.",
                "Podnajemca nie może wynajmować pokoju innym osobom i nie zakłóca spokoju.")]
    if end:
        clauses.append(("Deze overeenkomst eindigt van rechtswege wanneer de huurovereenkomst tussen hoofdhuurder en " + corp + " eindigt.",
                        "Niniejsza umowa wygasa z mocy prawa z chwilą wygaśnięcia umowy najmu między najemcą głównym a " + corp + "."))
    elif c.rng.random() < 0.5:
        clauses.append(("Deze overeenkomst eindigt niet vanzelf als de hoofdhuur eindigt; partijen zeggen dan schriftelijk op.",
                        "Umowa nie wygasa automatycznie z końcem najmu głównego; strony wypowiadają ją wtedy na piśmie."))
    if cond:
        clauses.append((f"Onderhuurder houdt zich aan de Algemene Huurvoorwaarden van {corp}, die op de hoofdhuur van toepassing zijn.",
                        f"Podnajemca przestrzega Ogólnych Warunków Najmu (Algemene Huurvoorwaarden) {corp}, obowiązujących najem główny."))
    c.rng.shuffle(clauses)
    items = "".join(f"<li style='margin-bottom:1mm'>{e(nl)}<br><span style='{grey}'>{e(pl)}</span></li>" for nl, pl in clauses)
    body = (
        "<h1 style='font-size:14pt'>Huurovereenkomst kamer (onderhuur)<br><span style='font-size:11pt;color:#777'>Umowa najmu pokoju (podnajem)</span></h1>"
        "<h3>1. Partijen <span style='color:#777;font-weight:normal'>/ Strony</span></h3><table style='width:100%'>"
        + row("Hoofdhuurder", "Najemca główny", f"<b>{e(tn)}</b>")
        + row("Onderhuurder", "Podnajemca", f"<b>{e(sn)}</b>")
        + row("Geboortedatum onderhuurder", "Data urodzenia podnajemcy", e(values.date_text(sub.birth_date, "dash")))
        + row("Adres in Polen", "Adres w Polsce", e(c.rng.choice(_PL_HOMES27)))
        + row("PESEL", "PESEL", pesel)
        + row("Werkzaam via", "Zatrudniony przez", e(c.rng.choice(_AGENCIES27)))
        + "</table><h3>2. De kamer <span style='color:#777;font-weight:normal'>/ Pokój</span></h3><table style='width:100%'>"
        + row("Straat en huisnummer", "Ulica i numer domu", f"{e(home.street)} {e(home.house_number_text)}")
        + row("Postcode en plaats", "Kod pocztowy i miejscowość", f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}")
        + row("Ingangsdatum", "Data rozpoczęcia", f"<b>{c.d(start)}</b>")
        + row("Huurprijs per maand", "Czynsz miesięczny", f"<b>{c.a(rent)}</b>")
        + row("Borg", "Kaucja", e(values.amount_text(deposit, "euro")))
        + "</table><h3>3. Afspraken <span style='color:#777;font-weight:normal'>/ Ustalenia</span></h3>"
        + f"<ol style='margin:0;padding-left:6mm'>{items}</ol>"
        + "<table style='width:100%;margin-top:6mm'><tr>"
        f"<td colspan='2'>{two('Plaats en datum', 'Miejscowość i data')}<br>{e(home.city)}, {c.d(signed)}</td></tr><tr>"
        f"<td style='width:50%;padding-top:8mm'>______________________<br>{two('Hoofdhuurder', 'Najemca główny')}</td>"
        f"<td style='padding-top:8mm'>______________________<br>{two('Onderhuurder', 'Podnajemca')}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9pt; line-height: 1.25; } h3 { margin: 5px 0 1px 0; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def bevestigingsbrief_afspraken_kamer_voor_akkoord(c: Ctx):
    """Fresh27. A main tenant's letter to the new subtenant confirming what they agreed at the viewing, in plain first-person sentences
    ("Beste ..., zoals besproken"): the room's address, the start, the monthly rent, the deposit, the tenant's IBAN for the rent, the day the keys
    are handed over and the letter's own day (decoys), the end clause and the conditions clause in everyday words, negated or absent; the
    subtenant signs "Voor akkoord" below with a day of its own, the signing date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Comic Neue", "Open Sans")))
    c.restyle17(dates=("long", "weekday", "dash", "long_pad"), amounts=("euro", "euro_per_mnd", "dash", "euro_word"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    corp = c.rng.choice(("de Alliantie", "Ymere", "Eigen Haard", "Portaal", "Mitros", "Woonstad Rotterdam", "Lefier", "Talis"))
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first"))
    written = signed - dt.timedelta(days=c.rng.randint(2, 9))
    viewing = written - dt.timedelta(days=c.rng.randint(2, 12))
    keys = start - dt.timedelta(days=c.rng.randint(0, 3))
    deposit = values.amount(float(rent) * c.rng.choice((1, 2)))
    points = [f"Je huurt de {c.pick('kleine slaapkamer', 'kamer aan de voorkant', 'zolderkamer', 'achterkamer')} in mijn woning vanaf {c.d(start)}.",
              f"De huur is {c.a(rent)} per maand, inclusief gas, water, licht en internet. Je maakt dit v&oacute;&oacute;r de 1e van de maand over naar "
              f"{e(values.iban_text(values.iban(c.rng, c.rng.choice(('INGB', 'RABO', 'ABNA'))), True))}.",
              f"De borg is {e(values.amount_text(deposit, 'euro'))}; die krijg je terug als je vertrekt.",
              f"De sleutels krijg je op {e(values.date_text(keys, 'long'))}."]
    if end:
        points.append(c.pick(f"Als mijn huurcontract met {e(corp)} om wat voor reden ook stopt, stopt jouw kamerhuur op dezelfde dag.",
                             f"Jouw huur loopt nooit langer dan mijn eigen huurcontract met {e(corp)}: eindigt dat, dan eindigt deze onderhuur ook."))
    elif c.rng.random() < 0.5:
        points.append(f"Stopt mijn huurcontract met {e(corp)}, dan loopt jouw kamerhuur gewoon door totdat een van ons opzegt.")
    if cond:
        points.append(f"De Algemene Huurvoorwaarden van {e(corp)} gelden ook voor jou; je hebt er een kopie van gekregen.")
    points.append("We houden het gezellig: geen feesten doordeweeks en geen huisdieren.")
    items = "".join(f"<li style='margin-bottom:1.2mm'>{p}</li>" for p in points)
    body = (
        f"<p>{e(tn)}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city)}</p>"
        f"<p style='margin-top:6mm'>{e(home.city)}, {e(values.date_text(written, 'long'))}</p>"
        "<p><b>Onderwerp: onze afspraken over de kamer</b></p>"
        f"<p>Beste {e(sub.given[0])},</p>"
        f"<p>Leuk dat je bij mij komt wonen! Zoals besproken bij de bezichtiging op {e(values.date_text(viewing, 'long'))} zet ik onze afspraken "
        f"over de kamer in mijn woning aan de {e(home.street)} {e(home.house_number_text)} hieronder op een rij. {e(corp)}, mijn verhuurder, heeft "
        "toestemming gegeven.</p>"
        f"<ul style='margin:0;padding-left:6mm'>{items}</ul>"
        "<p>Wil je deze brief tekenen en mij een exemplaar teruggeven? Dan is dit ons huurcontract.</p>"
        f"<p>Groet,<br><br>{e(tn)}</p>"
        "<div style='border:0.8px solid #444;padding:2mm 4mm;margin-top:8mm;width:120mm'>Voor akkoord, de onderhuurder:<br>"
        f"{e(sn)}<br><br>handtekening: ____________________<br>datum: <b style='white-space:nowrap'>{c.d(signed)}</b></div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10.2pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh28 split ---------------------------------------------------------------------------


def kamercontract_met_kwitantie_borg(c: Ctx):
    """Fresh28. A short room contract on one sheet whose lower part, below a dashed cut line with scissors, is a receipt ("Kwitantie"): the
    main tenant acknowledges that the subtenant paid the deposit and the first month's rent (the total in figures and in words, the deposit,
    the day of payment and a receipt number as decoys). Above the line: the parties, the room's address, "Huurprijs per maand" the room rent,
    the start, the clauses (negated or absent) and "Getekend te ... op" the signing date."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Caladea", "FreeSerif")))
    c.restyle17(dates=("long", "dash", "nopad", "dot_pad"), amounts=("euro", "dash", "EUR_grouped", "euro_endash"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    deposit = values.amount(float(rent) * c.pick(1, 2))
    total = values.amount(float(rent) + float(deposit))
    paid = signed + dt.timedelta(days=c.rng.randint(0, 6))
    clauses = "".join(f"<li>{e(t)}</li>" for t in _clauses(c, end, cond))
    nw = "white-space:nowrap"
    euros = int(float(total))
    body = (
        "<h1 style='text-align:center;font-size:15pt'>Huurovereenkomst kamer (onderhuur)</h1>"
        + kv([("Hoofdhuurder", e(tn)), ("Onderhuurder", f"{e(sn)}, geboren {e(values.date_text(sub.birth_date, 'dash'))}"),
              ("Adres van de kamer", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}"),
              ("Ingangsdatum", f"<span style='{nw}'>{c.d(start)}</span>"), ("Huurprijs per maand", f"<span style='{nw}'>{c.a(rent)}</span> (inclusief gas, water, licht)"),
              ("Waarborgsom", f"<span style='{nw}'>{c.a(deposit)}</span>")], label_width="46mm")
        + f"<h3>Afspraken</h3><ol style='margin-top:0;padding-left:6mm'>{clauses}</ol>"
        f"<p>Getekend te {e(home.city)} op <span style='{nw}'>{c.d(signed)}</span>.</p>"
        "<table style='width:100%;margin-top:4mm'><tr><td>Hoofdhuurder<br><br>.................................</td>"
        "<td>Onderhuurder<br><br>.................................</td></tr></table>"
        "<div style='margin-top:7mm;border-top:1.6px dashed #333;position:relative;padding-top:4mm'>"
        "<span style='position:absolute;top:-3.3mm;left:3mm;background:#fff;font-family:\"DejaVu Sans\";font-size:11pt'>&#9986;</span>"
        f"<div style='border:1px solid #333;padding:3mm 4mm'><table style='width:100%'><tr><td><b style='font-size:13pt;letter-spacing:2px'>KWITANTIE</b></td>"
        f"<td class='right'>nr. {c.rng.randint(1, 99):03d} &nbsp; <span style='border:1px solid #333;padding:1mm 3mm;{nw}'>{c.a(total)}</span></td></tr></table>"
        f"<p>Ontvangen van {e(sn)} de som van {c.a(total)} (zegge: {e(values.number_words(euros))} euro"
        f"{'' if total.endswith('.00') else ' en ' + e(values.number_words(int(total[-2:]))) + ' cent'}),</p>"
        f"<p>wegens: waarborgsom ({c.a(deposit)}) en de huur van de eerste maand voor de kamer in de woning {e(home.line1())}.</p>"
        f"<table style='width:100%;margin-top:3mm'><tr><td>Plaats en datum: {e(home.city)}, {e(values.date_text(paid, 'dash'))}</td>"
        "<td class='right'>Handtekening ontvanger: ............................</td></tr></table></div></div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


_DOCUMENTS28 = (("Paspoort", "N{}{}{}"), ("Identiteitskaart", "I{}{}{}"), ("Verblijfsdocument", "V{}{}{}"))


def _document_number(c: Ctx, pattern: str) -> str:
    letters = "BCDFGHJKLMNPRSTVWXZ"
    body = "".join(c.rng.choice(letters + "0123456789") for _ in range(6))
    return pattern.format(c.rng.choice(letters), c.rng.choice(letters), body) + str(c.rng.randint(0, 9))


def kamer_partijen_met_pasfoto_en_id(c: Ctx):
    """Fresh28. A room contract whose two parties stand in framed cards side by side, each with a grey passport-photo field, the name, the
    birth date, the kind and number of the identity document and its expiry (document numbers, expiry days and birth dates as decoys; the
    subtenant's card also holds the present address with its postcode, a decoy address); then the room's address, the rent, the start and the
    clauses as numbered agreements (negated or absent), "Huurprijs per maand" the room rent and "Datum ondertekening" the signing date."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("DejaVu Sans", "Carlito")))
    c.restyle17(dates=("dash", "long", "dot_pad", "short_nodot"), amounts=("euro", "euro_endash", "EUR_grouped"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    lives = people.address(c.rng)
    nw = "white-space:nowrap"

    def card(role: str, person, name: str, extra: list[tuple[str, str]]) -> str:
        kind, pattern = c.rng.choice(_DOCUMENTS28)
        expiry = signed + dt.timedelta(days=c.rng.randint(200, 3400))
        rows = [("Naam", f"<b>{e(name)}</b>"), ("Geboortedatum", f"<span style='{nw}'>{c.d(person.birth_date)}</span>"),
                ("Legitimatie", f"{e(kind)} {e(_document_number(c, pattern))}"), ("Geldig tot", f"<span style='{nw}'>{c.d(expiry)}</span>")] + extra
        return (f"<td style='width:50%;vertical-align:top;padding:0 2mm'><div style='border:1px solid #555;border-radius:1.5mm;padding:2mm 3mm'>"
                f"<div style='font-size:8pt;color:#555;text-transform:uppercase;letter-spacing:0.6px'>{e(role)}</div>"
                "<table style='width:100%'><tr><td style='width:22mm;vertical-align:top'><div style='width:20mm;height:26mm;border:0.6px solid #999;"
                "background:#e6e6e6;text-align:center;font-size:6.5pt;color:#888;padding-top:11mm;box-sizing:border-box'>pasfoto</div></td><td>"
                + "".join(f"<div style='font-size:7pt;color:#666;margin-top:1mm'>{e(k)}</div><div>{v}</div>" for k, v in rows)
                + "</td></tr></table></div></td>")

    agreements = "".join(f"<li style='margin-bottom:1mm'>{e(t)}</li>" for t in _clauses(c, end, cond))
    body = (
        "<h1 style='font-size:15pt'>Huurovereenkomst voor een kamer</h1>"
        "<p class='small'>Beide partijen hebben zich bij het tekenen gelegitimeerd. De gegevens van het identiteitsbewijs staan hieronder.</p>"
        "<table style='width:100%;table-layout:fixed;margin:2mm 0'><tr>"
        + card("Hoofdhuurder (verhuurt de kamer)", tenant, tn, [])
        + card("Onderhuurder (huurt de kamer)", sub, sn, [("Huidig adres", f"{e(lives.line1())}, {e(values.postcode_text(lives.postcode, True))} {e(lives.city)}")])
        + "</tr></table>"
        + kv([("Adres van de kamer", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}"),
              ("Ingangsdatum", f"<span style='{nw}'>{c.d(start)}</span>"), ("Huurprijs per maand", f"<span style='{nw}'>{c.a(rent)}</span>")], label_width="46mm")
        + f"<h3>Afspraken</h3><ol style='margin-top:0;padding-left:6mm'>{agreements}</ol>"
        + kv([("Datum ondertekening", f"<span style='{nw}'>{c.d(signed)}</span>"), ("Plaats", e(home.city))], label_width="46mm")
        + "<table style='width:100%;margin-top:6mm'><tr><td>Handtekening hoofdhuurder<br><br>______________________</td>"
        "<td>Handtekening onderhuurder<br><br>______________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh29 split ---------------------------------------------------------------------------

_DESKS29 = ("Rechtswinkel Kanaleneiland", "Juridisch Spreekuur Huurders Oost", "Huurteam Zuid-Holland Noord", "Rechtswinkel Nijmegen", "Stichting Huurdersbelang Noord")


def _numbered_lines(tokens: list[tuple[str, bool]], width: int = 80) -> list[str]:
    """Words and atomic values (True: never broken over two lines) set into lines of at most `width` characters, as plain text."""
    lines, line = [], ""
    for text, atomic in tokens:
        words = [text] if atomic else text.split()
        for word in words:
            if line and word[0] in ",.;:":  # punctuation stays with the word before it
                line += word
            elif line and len(line) + 1 + len(word) > width:
                lines.append(line)
                line = word
            else:
                line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def kamercontract_regelnummers_kantlijn(c: Ctx):
    """Fresh29. A room contract drafted by a tenants' legal desk on paper with line numbers: every line of the text numbered in a grey
    column left of a vertical rule (the numbers are decoy figures beside every value), the articles as running text with the parties, the
    room's address, "huurprijs van ... per maand" the room rent, the start, the deposit (a decoy sum), the notice period and the clauses
    (negated or absent); the subtenant's present address and postcode, the draft's version day in the footer and the legal desk as decoys;
    "ondertekend te ... op" the signing date."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Caladea", "FreeSerif")))
    c.restyle17(dates=("long", "dash", "long_pad", "dot_pad"), amounts=("euro", "dash", "EUR_grouped", "euro_tight"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    lives = people.address(c.rng)
    deposit = values.amount(float(rent) * c.pick(1, 2))
    desk = c.rng.choice(_DESKS29)
    version = signed - dt.timedelta(days=c.rng.randint(3, 30))
    d = lambda day: (values.date_text(day, c.date_style), True)  # noqa: E731
    a = lambda amount: (values.amount_text(amount, c.amount_style), True)  # noqa: E731
    w = lambda text: (text, False)  # noqa: E731
    paragraphs = [
        [w("HUUROVEREENKOMST VOOR EEN KAMER (ONDERHUUR)")],
        [w("De ondergetekenden:")],
        [w("1."), (tn, True), w(", wonende"), (home.line1(), True), w("te"), (home.city, True), w(", hierna te noemen: de hoofdhuurder;")],
        [w("2."), (sn, True), w(", thans wonende"), (lives.line1(), True), w(","), (values.postcode_text(lives.postcode, True), True), (lives.city, True),
         w(", hierna te noemen: de onderhuurder;")],
        [w("verklaren te zijn overeengekomen als volgt.")],
        [w("Artikel 1. De hoofdhuurder verhuurt aan de onderhuurder een kamer in de woning"), (home.line1(), True), w(","),
         (values.postcode_text(home.postcode, c.rng.random() < 0.5), True), (home.city, True), w(", met medegebruik van keuken, badkamer en toilet.")],
        [w("Artikel 2. De onderhuur gaat in op"), d(start), w("en is aangegaan voor onbepaalde tijd. Beide partijen kunnen opzeggen met inachtneming"
                                                               " van een termijn van één maand.")],
        [w("Artikel 3. De onderhuurder betaalt een huurprijs van"), a(rent), w("per maand, inclusief gas, water en elektriciteit, vóór de eerste dag"
                                                                             " van iedere maand. Bij aanvang betaalt de onderhuurder een waarborgsom van"),
         a(deposit), w(".")],
    ]
    for i, clause in enumerate(_clauses(c, end, cond)):
        paragraphs.append([w(f"Artikel {i + 4}."), w(clause)])
    paragraphs.append([w("Aldus opgemaakt in tweevoud en ondertekend te"), (home.city, True), w("op"), d(signed), w(".")])
    lines: list[str] = []
    for para in paragraphs:
        lines += _numbered_lines(para)
        lines.append("")
    rows = "".join(f"<tr><td style='width:9mm;text-align:right;color:#888;font-size:8pt;padding:0 3mm 0 0;border-right:0.8px solid #999'>{n + 1}</td>"
                   f"<td style='padding:0 0 0 3mm;white-space:nowrap{';font-weight:bold' if n == 0 else ''}'>{e(text) if text else '&nbsp;'}</td></tr>"
                   for n, text in enumerate(lines))
    body = (
        f"<table style='width:100%;line-height:1.55;font-size:10pt'>{rows}</table>"
        "<table style='width:100%;margin-top:6mm'><tr><td>de hoofdhuurder<br><br>..................................</td>"
        "<td>de onderhuurder<br><br>..................................</td></tr></table>"
        f"<div style='position:fixed;bottom:-12mm;left:0;right:0;font-size:7.5pt;color:#555;border-top:0.5px solid #999'>{e(desk)} &middot; model kamerhuur "
        f"&middot; versie {e(values.date_text(version, 'dash'))} &middot; pagina 1 van 1</div>"
    )  # fmt: skip
    return page(c, body, "@page { margin: 16mm 18mm 20mm 16mm; } body { font-size: 10pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def kamercontract_ai_sjabloon_markdown_ruw(c: Ctx):
    """Fresh29. A room contract a main tenant had an AI assistant write and pasted into a word processor with its markdown left in: the
    assistant's opening and closing sentences, "#" and "##" before the headings, "**" around labels and values, "-" bullets and a table in
    pipes with the service costs (decoy sums), a note in "> " with an example rise of the rent on a later day (a decoy sum and date), the
    deposit (a decoy sum) and a placeholder "[telefoonnummer]" left unfilled; "**Huurprijs:**" the room rent, "**Ingangsdatum:**" the start,
    the clauses as bullets (negated or absent), "**Datum:**" under "## Ondertekening" the signing date."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "nopad", "iso"), amounts=("euro", "euro_tight", "dash", "euro_nogroup"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first"))
    deposit = values.amount(float(rent) * c.pick(1, 2))
    service = values.amount(c.rng.choice((25, 30, 40, 45, 60)))
    energy = values.amount(c.rng.choice((35, 45, 50, 65, 80)))
    later = dt.date(start.year + 1, 7, 1)
    rise = values.amount(round(float(rent) * 1.031, 2))
    mark = "color:#555"
    star = f"<span style='{mark}'>**</span>"
    b = lambda label: f"{star}{e(label)}{star}"  # noqa: E731
    bullets = "".join(f"<div><span style='{mark}'>- </span>{e(t)}</div>" for t in _clauses(c, end, cond))
    p = lambda html: f"<p style='margin:0 0 2.4mm 0'>{html}</p>"  # noqa: E731
    body = (
        p("Natuurlijk! Hieronder vind je een eenvoudig huurcontract voor een kamer (onderhuur). Pas de gegevens tussen [haken] aan waar nodig.")
        + p(f"<span style='{mark}'>---</span>")
        + p(f"<span style='{mark}'># </span><b style='font-size:12pt'>Huurovereenkomst kamer (onderhuur)</b>")
        + p(f"<span style='{mark}'>## </span><b>Partijen</b>")
        + f"<div><span style='{mark}'>- </span>{b('Hoofdhuurder:')} {e(tn)}, telefoon [telefoonnummer]</div>"
        + f"<div><span style='{mark}'>- </span>{b('Onderhuurder:')} {e(sn)}</div>"
        + f"<div style='margin-bottom:2.4mm'><span style='{mark}'>- </span>{b('Adres van de kamer:')} {e(home.line1())}, "
        f"{e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}</div>"
        + p(f"<span style='{mark}'>## </span><b>Huur en kosten</b>")
        + f"<div><span style='{mark}'>- </span>{b('Ingangsdatum:')} {c.d(start)}</div>"
        + f"<div><span style='{mark}'>- </span>{b('Huurprijs:')} {star}{c.a(rent)}{star} per maand (alles inbegrepen)</div>"
        + f"<div style='margin-bottom:2.4mm'><span style='{mark}'>- </span>{b('Borg:')} {e(values.amount_text(deposit, c.amount_style))}, terug bij vertrek</div>"
        + "<div style='font-family:\"DejaVu Sans Mono\", monospace;font-size:8.4pt;white-space:pre;margin-bottom:2.4mm'>"
        + e("| Post                       | Bedrag per maand |\n|----------------------------|------------------|\n"
            f"| Servicekosten (inbegrepen) | {values.amount_text(service, c.amount_style):<16} |\n| Energie (inbegrepen)       | {values.amount_text(energy, c.amount_style):<16} |")
        + "</div>"
        + p(f"<span style='{mark}'>&gt; </span><i>Voorbeeld: bij een huurverhoging van 3,1% per {e(values.date_text(later, c.date_style))} wordt de huur "
            f"{e(values.amount_text(rise, c.amount_style))}. Dit is alleen een voorbeeld.</i>")
        + p(f"<span style='{mark}'>## </span><b>Afspraken</b>")
        + f"<div style='margin-bottom:2.4mm'>{bullets}</div>"
        + p(f"<span style='{mark}'>## </span><b>Ondertekening</b>")
        + f"<div>{b('Plaats:')} {e(home.city)}</div><div>{b('Datum:')} {c.d(signed)}</div>"
        + "<table style='width:100%;margin:5mm 0 3mm 0'><tr><td>Handtekening hoofdhuurder: ____________________</td>"
        "<td>Handtekening onderhuurder: ____________________</td></tr></table>"
        + p(f"<span style='{mark}'>---</span>")
        + p("Let op: dit is een voorbeeld en geen juridisch advies. Wil je dat ik er ook een huishoudelijk reglement bij maak?")
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh30 split ---------------------------------------------------------------------------

_PLATFORMS30 = (("Kamerplein.nl", "#e4572e"), ("KamerZoeker.nl", "#2e86ab"), ("StudentKamer.nu", "#3b8b5a"), ("Hospitahuis.nl", "#8e44ad"))
_NEIGHBOURHOODS30 = ("Centrum", "Oost", "Noord", "Zuid", "West", "Binnenstad", "Nieuw-West", "Oud-Zuid")


def kamer_advertentie_en_contract_op_een_vel(c: Ctx):
    """Fresh30. One sheet on which the tenant printed the room's advertisement from a room platform above the short contract the two parties
    made after the viewing: the advertisement (the platform's name and ad number, "Geplaatst op" and "Beschikbaar vanaf" as decoy dates, the
    asked rent "p/m incl." a decoy sum, the area in m², the town and neighbourhood without a postcode, the tenant's first name as the
    advertiser) in a framed box, then "Huurovereenkomst kamer (onderhuur)" with the parties, the address with postcode and house number,
    "Afgesproken huurprijs" (the room rent, lower than asked), "Ingangsdatum" the start, the clauses as a short list and "Datum" by both
    signatures the signing date."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "Cantarell")))
    c.restyle17(dates=("dash", "long", "nopad", "short_nodot"), amounts=("euro", "dash", "euro_tight"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    platform, colour = c.rng.choice(_PLATFORMS30)
    placed = signed - dt.timedelta(days=c.rng.randint(8, 50))
    available = start - dt.timedelta(days=c.pick(0, 7, 14, 15, 30)) if c.rng.random() < 0.6 else start + dt.timedelta(days=c.rng.randint(3, 20))
    asked = values.amount(float(rent) + c.pick(25, 35, 50, 75))
    nw = "white-space:nowrap"
    clauses = "".join(f"<li>{e(text)}</li>" for text in _clauses(c, end, cond))
    ad = (
        f"<div style='border:1px solid #bbb;border-radius:2mm;padding:3mm 4mm;background:#fafafa'>"
        f"<div style='display:flex;justify-content:space-between'><b style='color:{colour};font-size:13pt'>{e(platform)}</b>"
        f"<span class='small'>Advertentie {c.rng.randint(1000000, 9999999)}</span></div>"
        f"<div style='font-size:12pt;font-weight:bold;margin-top:2mm'>Gezellige kamer in {e(home.city)}-{e(c.rng.choice(_NEIGHBOURHOODS30))}, "
        f"{c.rng.randint(9, 18)} m²</div>"
        "<table style='width:100%;font-size:8.8pt;margin-top:1mm'><tr>"
        f"<td><div class='small'>Huur</div><b style='{nw}'>{e(values.amount_text(asked, 'euro'))}</b> p/m incl.</td>"
        f"<td><div class='small'>Beschikbaar vanaf</div><span style='{nw}'>{e(values.date_text(available, 'dash'))}</span></td>"
        f"<td><div class='small'>Geplaatst op</div><span style='{nw}'>{e(values.date_text(placed, 'dash'))}</span></td>"
        f"<td><div class='small'>Aangeboden door</div>{e(tenant.given[0])} (hoofdbewoner)</td></tr></table>"
        "<p class='small' style='margin:2mm 0 0 0'>Rustige huisgenoot gezocht. Gedeelde keuken en badkamer. Geen huisdieren. Inschrijving op het adres in "
        "overleg.</p></div>")
    body = (
        f"<div class='small' style='color:#777'>Afgedrukt van {e(platform.lower())} &middot; pagina 1</div>"
        + ad
        + "<h1 style='font-size:14pt;margin-top:6mm'>Huurovereenkomst kamer (onderhuur)</h1>"
        "<p class='small' style='margin-top:0'>Na de bezichtiging zijn wij het volgende overeengekomen.</p>"
        + kv([("Hoofdhuurder", e(tn)), ("Onderhuurder", e(sn)),
              ("Adres van de kamer", f"{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}"),
              ("Afgesproken huurprijs", f"<b style='{nw}'>{c.a(rent)}</b> per maand, inclusief energie"),
              ("Ingangsdatum", f"<span style='{nw}'>{c.d(start)}</span>")], label_width="44mm")
        + f"<p style='margin:3mm 0 1mm 0'><b>Afspraken</b></p><ol style='margin-top:0;padding-left:6mm'>{clauses}</ol>"
        "<table style='width:100%;margin-top:6mm'><tr>"
        f"<td style='width:50%'>Hoofdhuurder<br><span style='font-size:15pt;font-style:italic'>{e(tenant.surname)}</span></td>"
        f"<td>Onderhuurder<br><span style='font-size:15pt;font-style:italic'>{e(sub.given[0])}</span></td></tr>"
        f"<tr><td colspan='2' style='padding-top:3mm'>Datum: <span style='{nw}'>{c.d(signed)}</span></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


_UNIONS30 = ("Huurdersvereniging Samen Sterk", "Bewonersraad De Kroon", "Huurdersbelang Oost", "Huurdersvereniging Het Anker", "Stichting Huurdersplatform Midden")


def kamercontract_boekje_dubbele_pagina_scan(c: Ctx):
    """Fresh30. A tenants' association's model room contract from a stapled booklet, scanned open as a two-page spread on one landscape page:
    the left page (page 2 of the booklet) with the parties, the room's address with postcode and house number, the rent and the deposit (a
    decoy sum) and the start, the right page (page 3) with the end of the contract, the conditions, other articles and the signatures with
    place and date; between them the gutter's shadow and two staples; the booklet's running head with its edition year and the subtenant's
    present address and postcode as decoys; the clauses as articles, negated or absent; "Datum" under "Ondertekening" the signing date."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Caladea", "FreeSerif")))
    c.restyle17(dates=("long", "dash", "long_pad"), amounts=("euro", "dash", "EUR_grouped"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first", "initials")), sub.name(c.pick("all", "first"))
    union = c.rng.choice(_UNIONS30)
    lives = people.address(c.rng)
    deposit = values.amount(float(rent) * c.pick(1, 1, 2))
    edition = c.rng.randint(2016, 2024)
    nw = "white-space:nowrap"
    end_text = c.rng.choice(END_CLAUSES) if end else c.pick(c.rng.choice(NOT_END_CLAUSES), "De onderhuur kan door beide partijen worden opgezegd met een termijn van één maand.")
    cond_text = (c.rng.choice(CONDITION_CLAUSES) if cond else
                 c.pick("Op deze overeenkomst zijn geen algemene voorwaarden van toepassing.", "Partijen maken geen afspraken over algemene voorwaarden."))
    art = lambda n, title, text: f"<p style='margin:0 0 2.4mm 0'><b>Artikel {n} &ndash; {e(title)}</b><br>{text}</p>"  # noqa: E731
    left = (
        f"<div style='font-size:7pt;color:#555;border-bottom:0.5px solid #999;margin-bottom:3mm'>{e(union)} &middot; Model kamerhuurovereenkomst &middot; uitgave {edition}</div>"
        + art(1, "Partijen", f"<span style='{nw}'>{e(tn)}</span>, hoofdhuurder van de woning, hierna: verhuurder;<br>en <span style='{nw}'>{e(sn)}</span>, thans wonende {e(lives.line1())}, "
                             f"{e(values.postcode_text(lives.postcode, True))} {e(lives.city)}, hierna: onderhuurder.")
        + art(2, "Het gehuurde", f"Een kamer op de {c.pick('eerste', 'tweede', 'zolder')}verdieping van de woning {e(home.street)} "
                                 f"<span style='{nw}'>{e(home.house_number_text)}</span>, <span style='{nw}'>{e(values.postcode_text(home.postcode, c.rng.random() < 0.5))}</span> "
                                 f"{e(home.city)}, met gedeeld gebruik van keuken en badkamer.")
        + art(3, "Huurprijs", f"De huurprijs bedraagt <b style='{nw}'>{c.a(rent)}</b> per maand, te voldoen vóór de eerste van de maand. "
                              f"Bij aanvang betaalt onderhuurder een borg van <span style='{nw}'>{e(values.amount_text(deposit, 'euro'))}</span>.")
        + art(4, "Duur", f"De overeenkomst gaat in op <b style='{nw}'>{c.d(start)}</b> en geldt voor onbepaalde tijd.")
        + "<div style='position:absolute;bottom:0;left:0;font-size:8pt'>2</div>")
    right = (
        f"<div style='font-size:7pt;color:#555;border-bottom:0.5px solid #999;margin-bottom:3mm;text-align:right'>Kamerhuur &middot; onderhuur</div>"
        + art(5, "Einde", e(end_text))
        + art(6, "Voorwaarden", e(cond_text))
        + art(7, "Overige afspraken", " ".join(e(x) for x in c.rng.sample(FILLER, 3)))
        + art(8, "Inschrijving en post", "Onderhuurder schrijft zich in op het adres van de woning en draagt zorg voor een eigen naambordje bij de brievenbus.")
        + "<p style='margin:4mm 0 1mm 0'><b>Ondertekening</b></p>"
        f"<table style='width:100%'><tr><td>Plaats: {e(home.city)}</td><td>Datum: <span style='{nw}'>{c.d(signed)}</span></td></tr>"
        f"<tr><td style='padding-top:3mm'>Verhuurder<br><span style='font-size:14pt;font-style:italic'>{e(tenant.surname)}</span></td>"
        f"<td style='padding-top:3mm'>Onderhuurder<br><span style='font-size:14pt;font-style:italic'>{e(sub.given[0])}</span></td></tr></table>"
        "<div style='position:absolute;bottom:0;right:0;font-size:8pt'>3</div>")
    staple = "<div style='position:absolute;left:4.4mm;width:3.2mm;height:9mm;background:#8a8a8a;border-radius:0.6mm;top:{}mm'></div>"
    body = (
        "<div style='position:relative;display:flex;height:172mm;background:#f7f5ef;border:0.6px solid #ccc'>"
        f"<div style='position:relative;width:50%;padding:7mm 10mm 9mm 9mm;box-sizing:border-box'>{left}</div>"
        "<div style='position:absolute;left:calc(50% - 6mm);top:0;bottom:0;width:12mm;background:linear-gradient(to right, rgba(0,0,0,0) 0%, "
        "rgba(0,0,0,0.16) 50%, rgba(0,0,0,0) 100%)'>" + staple.format(40) + staple.format(125) + "</div>"
        f"<div style='position:relative;width:50%;padding:7mm 9mm 9mm 10mm;box-sizing:border-box'>{right}</div></div>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS + " body { font-size: 10pt; line-height: 1.45; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh31 split ---------------------------------------------------------------------------


def kamercontract_ondertekend_met_twee_getuigen(c: Ctx):
    """Fresh31. A home-made room contract signed before two witnesses, as families and friends write one: "Overeenkomst kamerhuur" over
    the parties (the tenant with the address of the dwelling, the subtenant with birth date and present address: decoys), short numbered
    points (the room, "Ingangsdatum", the rent "per maand", the deposit and the day rent is due as decoys, the clauses, negated or absent),
    then "Aldus overeengekomen te ... op" the signing date, and a signature table with four rows: the two parties and two witnesses
    ("Getuige 1" and "Getuige 2") with their own names and birth dates (decoy names and days)."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Caladea", "FreeSerif")))
    c.restyle17(dates=("long", "dash", "nopad", "dot_pad"), amounts=("euro", "dash", "euro_nogroup"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first"))
    nw = "white-space:nowrap"
    elsewhere = people.address(c.rng)
    deposit = values.amount(float(rent) * c.pick(1, 2))
    witnesses = [c.person(born=(1950, 2002)) for _ in range(2)]
    points = [f"{tn} verhuurt aan {sn} een kamer op de {c.pick('eerste', 'tweede', 'zolder')} verdieping van de woning. Keuken, badkamer en "
              "toilet worden gedeeld.",
              f"Ingangsdatum: <span style='{nw}'>{c.d(start)}</span>.",
              f"De huur is <span style='{nw}'>{c.a(rent)}</span> per maand, te betalen vóór de {c.pick('1e', '5e', '28e')} van de maand. "
              f"De borg is <span style='{nw}'>{e(values.amount_text(deposit, 'euro'))}</span> en wordt bij vertrek terugbetaald."]
    points += [e(clause) for clause in _clauses(c, end, cond)]
    listed = "".join(f"<li style='margin-bottom:1.4mm'>{p}</li>" for p in points)
    sig = lambda role, name, born: (f"<tr><td style='width:30mm'>{e(role)}</td><td>{e(name)}</td><td style='{nw}'>{born}</td>"  # noqa: E731
                                    "<td style='width:46mm;height:11mm'></td></tr>")
    body = (
        "<h1 style='text-align:center;font-size:16pt;letter-spacing:0.5px'>Overeenkomst kamerhuur</h1>"
        "<p>De ondergetekenden:</p>"
        f"<p><b>{e(tn)}</b>, huurder van de woning {e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} "
        f"{e(home.city)}, hierna: de hoofdhuurder,</p>"
        f"<p><b>{e(sn)}</b>, geboren op <span style='{nw}'>{e(values.date_text(sub.birth_date, 'dash'))}</span>, nu wonende {e(elsewhere.line1())}, "
        f"{e(values.postcode_text(elsewhere.postcode, True))} {e(elsewhere.city)}, hierna: de kamerhuurder,</p>"
        "<p>spreken het volgende af:</p>"
        f"<ol>{listed}</ol>"
        f"<p>Aldus overeengekomen te {e(home.city)} op <span style='{nw}'>{c.d(signed)}</span>, in tweevoud, in aanwezigheid van twee getuigen.</p>"
        "<table class='ruled' style='width:100%;margin-top:3mm;font-size:9.2pt'><tr><th>Rol</th><th>Naam</th><th>Geboortedatum</th><th>Handtekening</th></tr>"
        + sig("Hoofdhuurder", tn, e(values.date_text(tenant.birth_date, "dash")))
        + sig("Kamerhuurder", sn, e(values.date_text(sub.birth_date, "dash")))
        + sig("Getuige 1", witnesses[0].name("all"), e(values.date_text(witnesses[0].birth_date, "dash")))
        + sig("Getuige 2", witnesses[1].name("all"), e(values.date_text(witnesses[1].birth_date, "dash")))
        + "</table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


def kamercontract_handgeschreven_bijzondere_bepalingen_parafen(c: Ctx):
    """Fresh31. A short printed room contract completed by hand: the typed rent struck through with one line and the agreed sum written
    above it in ink with both parties' initials beside it (the typed sum a decoy), the start typed; the printed articles say nothing about
    the main lease or the landlord's conditions, those clauses stand (or not) only under "Bijzondere bepalingen" written by hand on the
    dotted lines; "Datum" by the signatures written by hand the signing date; the contract's printed
    template code and the deposit as decoys."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("dash", "nopad", "slash", "long"), amounts=("dash", "euro", "euro_nogroup"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first"))
    hand = c.rng.choice(HAND)
    nw = "white-space:nowrap"
    typed_rent = values.amount(float(rent) + c.pick(25, 40, 50, 60, 75))
    ink = lambda html, size="12pt": f"<span style='font-family:\"{hand}\", cursive;color:#1a2f8a;font-size:{size};{nw}'>{html}</span>"  # noqa: E731

    def initials(p: people.Person) -> str:
        return "".join(g[0] for g in p.given) + p.surname.split()[-1][0]

    paraaf = ink(f"{e(initials(tenant))} / {e(initials(sub))}", "9.5pt")
    special = []
    if end:
        special.append(c.rng.choice(END_CLAUSES))
    elif c.rng.random() < 0.6:
        special.append(c.rng.choice(NOT_END_CLAUSES))
    if cond:
        special.append(c.rng.choice(CONDITION_CLAUSES))
    special.append(c.pick("Onderhuurder mag de fiets in de gang zetten.", "Geen feesten zonder overleg.", "Wasmachine mag gebruikt worden."))
    c.rng.shuffle(special)
    hand_lines = "".join(f"<div style='border-bottom:1px dotted #777;min-height:7mm;padding-top:1mm'>{ink(e(s), '11pt').replace(nw, 'white-space:normal')}</div>"
                         for s in special)
    hand_lines += "<div style='border-bottom:1px dotted #777;min-height:7mm'></div>" * max(0, 4 - len(special))
    field = lambda label, value: f"<tr><td style='width:48mm;padding:1.4mm 0'>{e(label)}</td><td style='padding:1.4mm 0'>{value}</td></tr>"  # noqa: E731
    body = (
        "<div style='display:flex;justify-content:space-between;align-items:flex-end;border-bottom:1.5px solid #333'>"
        "<b style='font-size:15pt'>Huurovereenkomst kamer (onderhuur)</b>"
        f"<span class='small'>model KH-{c.rng.randint(10, 99)}</span></div>"
        "<table style='width:100%;margin-top:4mm'>"
        + field("Hoofdhuurder", e(tn)) + field("Onderhuurder", e(sn))
        + field("Adres van de woning", f"{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}")
        + field("Ingangsdatum", f"<span style='{nw}'>{c.d(start)}</span>")
        + field("Huurprijs per maand", f"<span style='text-decoration:line-through;{nw}'>{e(values.amount_text(typed_rent, 'euro'))}</span> &nbsp;"
                f"{ink(c.a(rent))} &nbsp;{paraaf}")
        + field("Borg", e(values.amount_text(values.amount(float(typed_rent) * 2), "euro")))
        + "</table>"
        "<h3>Artikelen</h3><ol style='margin-top:0'>"
        + "".join(f"<li>{e(f)}</li>" for f in c.rng.sample(FILLER, 3))
        + "<li>De onderhuurder gebruikt de kamer alleen om zelf te bewonen.</li></ol>"
        "<h3>Bijzondere bepalingen</h3>"
        + hand_lines
        + f"<p style='margin-top:5mm'>Plaats: {ink(e(home.city))} &nbsp;&nbsp;&nbsp; Datum: {ink(c.d(signed))}</p>"
        "<table style='width:100%;margin-top:4mm'><tr><td style='width:50%'>Handtekening hoofdhuurder<br>"
        f"{ink(e(tenant.surname), '15pt')}</td><td>Handtekening onderhuurder<br>{ink(e(sub.surname), '15pt')}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


# --- fresh32 split ---------------------------------------------------------------------------

_TR_END32 = ("Bu sözleşme, kiraya verenin konut şirketi ile yaptığı asıl kira sözleşmesinin herhangi bir nedenle sona ermesiyle kendiliğinden sona erer.",
             "Asıl kira sözleşmesi (hoofdhuurovereenkomst) biterse, bu oda kira sözleşmesi de aynı gün biter.")
_TR_NOT_END32 = ("Asıl kira sözleşmesi sona erse bile bu sözleşme kendiliğinden sona ermez; taraflar bir ay önceden yazılı olarak bildirimde bulunur.",)
_TR_CONDITIONS32 = ("Kiracı, konut şirketinin Genel Kira Koşullarına (Algemene Huurvoorwaarden) uymayı kabul eder; bir nüshası kendisine verilmiştir.",)
_TR_NO_CONDITIONS32 = ("Konut şirketinin genel kira koşulları bu sözleşmenin parçası değildir.", "")


def oda_kira_sozlesmesi_turks_alt_kira(c: Ctx):
    """Fresh32. A room contract written in Turkish only ("Oda Kira Sözleşmesi (Alt Kira)"), as a family draws it up when a relative or an
    acquaintance from Turkey takes a room: "Kiraya Veren (asıl kiracı)" the tenant and "Kiracı (alt kiracı)" the subtenant, the subtenant's
    birth date and passport number as decoys, "Kiralanan" the address with postcode and "Hollanda", "Madde" articles with the start
    ("... tarihinde başlar"), "Aylık kira bedeli" the rent as "450,00 Euro" with the deposit (a decoy), the main lease's end and the
    corporation's conditions in Turkish (said, denied or absent), "<şehir>, <tarih>" the signing date in numeric Turkish dates."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("DejaVu Serif", "FreeSerif")))
    c.restyle17(dates=("dot_pad",), amounts=("Euro_after",))
    _tenant, _sub, home, signed, start, rent, end, cond = _facts(c)
    tenant = c.person(born=(1950, 1998), origin="tr")
    sub = c.person(born=(1975, 2006), origin=c.pick("tr", "tr", "nl"))
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first", "upper"))
    corp = c.rng.choice(CORPORATIONS)
    nw = "white-space:nowrap"
    deposit = values.amount(float(rent) * c.pick(1, 2))
    end_text = c.rng.choice(_TR_END32) if end else c.rng.choice(_TR_NOT_END32 + ("",))
    cond_text = c.rng.choice(_TR_CONDITIONS32) if cond else c.rng.choice(_TR_NO_CONDITIONS32)
    articles_ = [
        ("Kiralanan", f"Kiraya veren, {e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.6))} "
                      f"{e(home.city)} (Hollanda) adresindeki evde bulunan yaklaşık {c.rng.randint(9, 16)} m²'lik bir odayı kiracıya kiralar. Mutfak, banyo ve "
                      "tuvalet ortak kullanılır."),
        ("Süre", f"Sözleşme <span style='{nw}'>{c.d(start)}</span> tarihinde başlar ve belirsiz süreli yapılmıştır."),
        ("Kira bedeli", f"Aylık kira bedeli <b style='{nw}'>{c.a(rent)}</b> olup her ayın 1'ine kadar kiraya verenin banka hesabına ödenir. "
                        f"Depozito olarak <span style='{nw}'>{e(values.amount_text(deposit, 'Euro_after'))}</span> alınmıştır."),
    ]
    if end_text:
        articles_.append(("Asıl kira sözleşmesi", e(end_text)))
    if cond_text:
        articles_.append(("Genel kira koşulları", e(cond_text)))
    articles_.append(("Diğer", "Kiracı evde sigara içmez ve komşuları rahatsız etmez. Anlaşmazlık halinde Hollanda hukuku uygulanır."))
    body = (
        "<h1 style='text-align:center;font-size:16pt;letter-spacing:0.5px'>ODA KİRA SÖZLEŞMESİ</h1>"
        "<p style='text-align:center;margin-top:0'>(Alt Kira)</p>"
        + kv([("Kiraya Veren (asıl kiracı)", f"<b>{e(tn)}</b>"),
              ("Kiracı (alt kiracı)", f"<b>{e(sn)}</b>"),
              ("Doğum tarihi (kiracı)", f"<span style='{nw}'>{e(values.date_text(sub.birth_date, 'dot_pad'))}</span>"),
              ("Pasaport no (kiracı)", f"U{c.rng.randint(10000000, 99999999)}"),
              ("Ev sahibi (konut şirketi)", e(corp))], label_width="58mm")
        + "".join(f"<p style='margin:3mm 0 0 0'><b>Madde {i + 1} &ndash; {e(title)}</b><br>{text}</p>" for i, (title, text) in enumerate(articles_))
        + f"<p style='margin-top:6mm'>İşbu sözleşme iki nüsha olarak düzenlenmiş ve taraflarca imzalanmıştır.</p>"
        f"<p>{e(home.city)}, <span style='{nw}'>{c.d(signed)}</span></p>"
        "<table style='width:100%;margin-top:6mm'><tr><td style='width:50%'>Kiraya Veren<br><br>"
        f"<span style='font-family:\"Comic Neue\", cursive;font-style:italic;font-size:14pt;color:#1b2a7a'>{e(tenant.surname)}</span></td>"
        f"<td>Kiracı<br><br><span style='font-family:\"Comic Neue\", cursive;font-style:italic;font-size:14pt;color:#1b2a7a'>{e(sub.surname)}</span></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


_HELPERS32 = ("Buurtteam", "Humanitas Thuisadministratie", "Het Juridisch Loket", "Wijkteam", "Vluchtelingenwerk, taalmaatje")
_ICONS32 = {"person": "<circle cx='16' cy='9' r='5.5' fill='none' stroke='#2b6cb0' stroke-width='2.4'/><path d='M5 29 c0 -9 22 -9 22 0' fill='none' stroke='#2b6cb0' stroke-width='2.4'/>",
            "house": "<path d='M4 15 L16 4 L28 15' fill='none' stroke='#b7502b' stroke-width='2.4'/><rect x='8' y='14' width='16' height='14' fill='none' stroke='#b7502b' stroke-width='2.4'/>",
            "coin": "<circle cx='16' cy='16' r='12' fill='none' stroke='#b08b00' stroke-width='2.4'/><path d='M20 10 a7 7 0 1 0 0 12 M8 14 h10 M8 18 h10' fill='none' stroke='#b08b00' stroke-width='2'/>",
            "calendar": "<rect x='3' y='6' width='26' height='22' rx='2' fill='none' stroke='#2f7d4a' stroke-width='2.4'/><line x1='3' y1='12' x2='29' y2='12' stroke='#2f7d4a' stroke-width='2.4'/>",
            "stop": "<polygon points='10,3 22,3 29,10 29,22 22,29 10,29 3,22 3,10' fill='none' stroke='#c0392b' stroke-width='2.4'/><line x1='10' y1='16' x2='22' y2='16' stroke='#c0392b' stroke-width='3'/>",
            "book": "<path d='M4 6 h10 a3 3 0 0 1 3 3 v19 a3 3 0 0 0 -3 -3 h-10z M28 6 h-10 a3 3 0 0 0 -3 3 v19 a3 3 0 0 1 3 -3 h10z' fill='none' stroke='#6b4fa0' stroke-width='2'/>",
            "pen": "<path d='M6 26 L8 19 L22 5 L27 10 L13 24z' fill='none' stroke='#444' stroke-width='2.2'/>"}  # fmt: skip


def kamercontract_eenvoudige_taal_pictogrammen(c: Ctx):
    """Fresh32. A room contract in easy Dutch (language level B1) that a neighbourhood help organisation made with the tenant, one question a
    row with a pictogram drawn before it: "Wie verhuurt de kamer?" the tenant, "Wie huurt de kamer?" the subtenant, "Waar is de kamer?" the
    address and postcode, "Hoeveel huur betaal je per maand?" the rent, "Wanneer begin je?" the start, "Wat als het huurcontract van het huis
    stopt?" (the sublet ends with it, does not, or the row is missing), "Welke regels gelden?" (the corporation's Algemene Huurvoorwaarden,
    none, or missing); the deposit, the pay day and the helper's name and telephone as decoys; "Datum" the signing date."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Cantarell", "Carlito")))
    c.restyle17(dates=("long", "weekday", "cap_month"), amounts=("euro", "euro_per_maand", "euro_word"))
    tenant, sub, home, signed, start, rent, end, cond = _facts(c)
    tn, sn = tenant.name(c.pick("all", "first")), sub.name(c.pick("all", "first"))
    corp = c.rng.choice(CORPORATIONS)
    helper, helper_org = c.person(born=(1960, 2000)), c.rng.choice(_HELPERS32)
    nw = "white-space:nowrap"
    icon = lambda kind: f"<svg width='10mm' height='10mm' viewBox='0 0 32 32' xmlns='http://www.w3.org/2000/svg'>{_ICONS32[kind]}</svg>"  # noqa: E731
    rows = [("person", "Wie verhuurt de kamer?", f"{e(tn)}. {'Zij' if tenant.sex == 'f' else 'Hij'} huurt het huis van {e(corp)}."),
            ("person", "Wie huurt de kamer?", e(sn)),
            ("house", "Waar is de kamer?", f"{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
            ("coin", "Hoeveel huur betaal je per maand?", f"<b style='{nw}'>{c.a(rent)}</b>. Je betaalt vóór de 1e van de maand. De borg is "
                                                          f"<span style='{nw}'>{e(values.amount_text(values.amount(float(rent) * 2), 'euro'))}</span>."),
            ("calendar", "Wanneer begin je?", f"Op <b style='{nw}'>{c.d(start)}</b>.")]
    if end:
        rows.append(("stop", "Wat als het huurcontract van het huis stopt?", "Dan stopt jouw huur van de kamer ook. Je moet dan weg."))
    elif c.rng.random() < 0.6:
        rows.append(("stop", "Wat als het huurcontract van het huis stopt?", "Dan stopt jouw huur niet vanzelf. We spreken samen af wanneer je weggaat."))
    if cond:
        rows.append(("book", "Welke regels gelden?", f"Je houdt je aan de Algemene Huurvoorwaarden van {e(corp)}. Je hebt ze gekregen."))
    elif c.rng.random() < 0.5:
        rows.append(("book", "Welke regels gelden?", "Alleen de afspraken op dit papier."))
    table = "".join(f"<tr><td style='width:13mm;padding:2mm 2mm 2mm 0'>{icon(kind)}</td><td style='padding:2mm 0;border-bottom:0.6px solid #ccc'>"
                    f"<div style='font-size:10pt;color:#444'>{e(q)}</div><div style='font-size:12.5pt'>{a}</div></td></tr>" for kind, q, a in rows)
    body = (
        "<div style='display:flex;justify-content:space-between;align-items:flex-end'><h1 style='font-size:20pt;margin:0'>Afspraken over de kamer</h1>"
        "<span style='border:1.4px solid #2b6cb0;color:#2b6cb0;border-radius:2mm;padding:0.5mm 2.5mm;font-weight:bold'>Makkelijk lezen</span></div>"
        "<p style='font-size:11pt'>Dit is een huurcontract voor een kamer. Lees het samen. Zet je naam eronder als je het goed vindt.</p>"
        f"<table style='width:100%'>{table}</table>"
        f"<table style='width:100%;margin-top:5mm'><tr><td style='width:13mm'>{icon('pen')}</td><td style='font-size:12pt'>Datum: "
        f"<b style='{nw}'>{c.d(signed)}</b></td></tr></table>"
        "<table style='width:100%;margin-top:4mm'><tr><td style='width:50%'>Handtekening verhuurder<br><br>__________________</td>"
        "<td>Handtekening huurder<br><br>__________________</td></tr></table>"
        f"<p class='small' style='margin-top:6mm'>Geholpen door {e(helper.name('first'))}, {e(helper_org)}, telefoon 0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)}.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 11pt; line-height: 1.45; }"), _truth(tn, sn, home, signed, start, rent, end, cond)


LAYOUTS = {f.__name__: f for f in (model_contract, form_table, home_made, corporation_model, two_column_contract,
                                   student_room, inline_parties,
                                   roman_sections, boxed_room_form,
                                   bilingual_room_agreement, fill_in_blanks,
                                   huurdersvereniging_model, room_table_contract, two_page_articles,
                                   roz_style_model_smallprint, kamerplatform_digital_contract, schrift_afspraken_lined,
                                   hospitahuur_contract, studentenkamer_ouders_borg, keuze_artikelen_model,
                                   studentenhuis_vereniging_contract, paraaf_tabel_landscape,
                                   typemachine_formulier_overgetypt, contract_toestemming_corporatie_vak,
                                   artikelen_met_bijlagen, wijzigingen_bijhouden_print,
                                   partijen_alleen_in_tekentabel, servicekosten_tabel_totaal,
                                   studentenplatform_mail_thread, esign_audittrail_kamercontract,
                                   kladblok_tekstbestand_print, contract_met_plattegrond_schets,
                                   vraag_en_antwoord_kamerafspraken, huurteam_model_kantlijntoelichting,
                                   sjabloon_website_placeholders_deels, onderhuur_toestemmingsstempel_corporatie,
                                   kamer_gezinswoning_huisregels, onderhuur_betaalschema_termijnen,
                                   kamer_genummerde_lijst_partijentabel, bemiddelingsbureau_kamercontract_courtage,
                                   kamers_met_aandacht_driepartijen, kamercontract_kernpunten_kader,
                                   kamer_tweetalig_nl_oekraiens, kamercontract_invulgegevens_bijlage_a,
                                   akte_stijl_verschenen_partijen, kamer_puntentelling_maximale_huur,
                                   untermietvertrag_tweetalig_duits, kamer_gemeubileerd_inventarislijst,
                                   intergenerationeel_wonen_student_senior, studentenvakbond_juridisch_loket_voetnoten,
                                   kamer_tweetalig_nl_spaans, kamer_huurdeel_oppervlakte_berekening,
                                   hospitakamer_huur_per_week_omgerekend, kamerhuur_bepaalde_tijd_aanzegging,
                                   kamer_huurprijs_indexering_tabel, kamer_opnamerapport_meterstanden,
                                   kamer_informatiebijlage_goed_verhuurderschap, kamer_definities_juridisch_model,
                                   woonark_hut_onderhuur, woongroep_vereniging_onderhuur_lid,
                                   sublease_agreement_english_whereas, kamer_inwonende_mantelzorger_bijdrage,
                                   kamer_tweetalig_nl_pools_arbeidsmigrant, bevestigingsbrief_afspraken_kamer_voor_akkoord,
                                   kamercontract_met_kwitantie_borg, kamer_partijen_met_pasfoto_en_id,
                                   kamercontract_regelnummers_kantlijn, kamercontract_ai_sjabloon_markdown_ruw,
                                   kamer_advertentie_en_contract_op_een_vel, kamercontract_boekje_dubbele_pagina_scan,
                                   kamercontract_ondertekend_met_twee_getuigen, kamercontract_handgeschreven_bijzondere_bepalingen_parafen,
                                   oda_kira_sozlesmesi_turks_alt_kira, kamercontract_eenvoudige_taal_pictogrammen)}  # fmt: skip
HELDOUT = {"inline_parties"}
FRESH = {"roman_sections", "boxed_room_form"}
"""Layouts of the fresh split only (see brp_uittreksel.FRESH)."""
FRESH2 = {"bilingual_room_agreement", "fill_in_blanks"}
"""Layouts of the fresh2 split only (see brp_uittreksel.FRESH2)."""
FRESH3 = {"huurdersvereniging_model", "room_table_contract", "two_page_articles"}
"""Layouts of the fresh3 split only: a third first-contact set, by yet another author who never saw the reader."""
FRESH4 = {"roz_style_model_smallprint", "kamerplatform_digital_contract", "schrift_afspraken_lined"}
"""Layouts of the fresh4 split only: a fourth first-contact set, by another author who never saw the reader."""
FRESH5 = {"hospitahuur_contract", "studentenkamer_ouders_borg", "keuze_artikelen_model"}
"""Layouts of the fresh5 split only: a fifth first-contact set, by another author who never saw the reader."""
FRESH6 = {"studentenhuis_vereniging_contract", "paraaf_tabel_landscape"}
"""Layouts of the fresh6 split only: a sixth first-contact set, by another author who never saw the reader."""
FRESH7 = {"typemachine_formulier_overgetypt", "contract_toestemming_corporatie_vak"}
"""Layouts of the fresh7 split only: a seventh first-contact set, by another author who never saw the reader."""
FRESH8 = {"artikelen_met_bijlagen", "wijzigingen_bijhouden_print"}
"""Layouts of the fresh8 split only: an eighth first-contact set, by another author who never saw the reader."""
FRESH9 = {"partijen_alleen_in_tekentabel", "servicekosten_tabel_totaal"}
"""Layouts of the fresh9 split only: a ninth first-contact set, by another author who never saw the reader."""
FRESH10 = {"studentenplatform_mail_thread", "esign_audittrail_kamercontract"}
"""Layouts of the fresh10 split only: a tenth first-contact set, by another author who never saw the reader."""
FRESH11 = {"kladblok_tekstbestand_print", "contract_met_plattegrond_schets"}
"""Layouts of the fresh11 split only: an eleventh first-contact set, by another author who never saw the reader."""
FRESH12 = {"vraag_en_antwoord_kamerafspraken", "huurteam_model_kantlijntoelichting"}
"""Layouts of the fresh12 split only: a twelfth first-contact set, by another author who never saw the reader."""
FRESH13 = {"sjabloon_website_placeholders_deels", "onderhuur_toestemmingsstempel_corporatie"}
"""Layouts of the fresh13 split only: a thirteenth first-contact set, by another author who never saw the reader."""
FRESH14 = {"kamer_gezinswoning_huisregels", "onderhuur_betaalschema_termijnen"}
"""Layouts of the fresh14 split only: a fourteenth first-contact set, by another author who never saw the reader."""
FRESH15 = {"kamer_genummerde_lijst_partijentabel", "bemiddelingsbureau_kamercontract_courtage"}
"""Layouts of the fresh15 split only: a fifteenth first-contact set, by another author who never saw the reader."""
FRESH16 = {"kamers_met_aandacht_driepartijen", "kamercontract_kernpunten_kader"}
"""Layouts of the fresh16 split only: a sixteenth first-contact set, by another author who never saw the reader."""
FRESH17 = {"kamer_tweetalig_nl_oekraiens", "kamercontract_invulgegevens_bijlage_a"}
"""Layouts of the fresh17 split only: a seventeenth first-contact set, by another author who never saw the reader."""
FRESH18 = {"akte_stijl_verschenen_partijen", "kamer_puntentelling_maximale_huur"}
"""Layouts of the fresh18 split only: an eighteenth first-contact set, by another author who never saw the reader."""
FRESH19 = {"untermietvertrag_tweetalig_duits", "kamer_gemeubileerd_inventarislijst"}
"""Layouts of the fresh19 split only: a nineteenth first-contact set, by another author who never saw the reader."""
FRESH20 = {"intergenerationeel_wonen_student_senior", "studentenvakbond_juridisch_loket_voetnoten"}
"""Layouts of the fresh20 split only: a twentieth first-contact set, by another author who never saw the reader."""
FRESH21 = {"kamer_tweetalig_nl_spaans", "kamer_huurdeel_oppervlakte_berekening"}
"""Layouts of the fresh21 split only: a twenty-first first-contact set, by another author who never saw the reader."""
FRESH22 = {"hospitakamer_huur_per_week_omgerekend", "kamerhuur_bepaalde_tijd_aanzegging"}
"""Layouts of the fresh22 split only: a twenty-second first-contact set, by another author who never saw the reader."""
FRESH23 = {"kamer_huurprijs_indexering_tabel", "kamer_opnamerapport_meterstanden"}
"""Layouts of the fresh23 split only: a twenty-third first-contact set, by another author who never saw the reader."""
FRESH24 = {"kamer_informatiebijlage_goed_verhuurderschap", "kamer_definities_juridisch_model"}
"""Layouts of the fresh24 split only: a twenty-fourth first-contact set, by another author who never saw the reader."""
FRESH25 = {"woonark_hut_onderhuur", "woongroep_vereniging_onderhuur_lid"}
"""Layouts of the fresh25 split only: a twenty-fifth first-contact set, by another author who never saw the reader."""
FRESH26 = {"sublease_agreement_english_whereas", "kamer_inwonende_mantelzorger_bijdrage"}
"""Layouts of the fresh26 split only: a twenty-sixth first-contact set, by another author who never saw the reader."""
FRESH27 = {"kamer_tweetalig_nl_pools_arbeidsmigrant", "bevestigingsbrief_afspraken_kamer_voor_akkoord"}
"""Layouts of the fresh27 split only: a twenty-seventh first-contact set, by another author who never saw the reader."""
FRESH28 = {"kamercontract_met_kwitantie_borg", "kamer_partijen_met_pasfoto_en_id"}
"""Layouts of the fresh28 split only: a twenty-eighth first-contact set, by another author who never saw the reader."""
FRESH29 = {"kamercontract_regelnummers_kantlijn", "kamercontract_ai_sjabloon_markdown_ruw"}
"""Layouts of the fresh29 split only: a twenty-ninth first-contact set, by another author who never saw the reader."""
FRESH30 = {"kamer_advertentie_en_contract_op_een_vel", "kamercontract_boekje_dubbele_pagina_scan"}
"""Layouts of the fresh30 split only: a thirtieth first-contact set, by another author who never saw the reader."""
FRESH31 = {"kamercontract_ondertekend_met_twee_getuigen", "kamercontract_handgeschreven_bijzondere_bepalingen_parafen"}
"""Layouts of the fresh31 split only: a thirty-first first-contact set, by another author who never saw the reader."""
FRESH32 = {"oda_kira_sozlesmesi_turks_alt_kira", "kamercontract_eenvoudige_taal_pictogrammen"}
"""Layouts of the fresh32 split only: a thirty-second first-contact set, by another author who never saw the reader."""
