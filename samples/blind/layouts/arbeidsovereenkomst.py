"""Employment and study contracts, secondment agreements and employers' statements.

Modelled on public model contracts (arbeidsovereenkomst voor bepaalde / onbepaalde
tijd), secondment agreements (detacheringsovereenkomst: the employer is the
secondment agency, the place the hirer's location), employers' statements
(werkgeversverklaring, as mortgage lenders' models ask) and a study agreement: the
employee, the employer, start and end date (none for an indefinite contract) and the
place of work ("standplaats", "plaats van tewerkstelling").

The fresh split adds: a temping agency's uitzendovereenkomst as a two-column label grid
(the agency is the employer, the hirer and the agency's branch town beside the place
of work, the date of the assignment confirmation beside the contract dates); an on-call
contract (oproepovereenkomst, nul-urencontract) in §-numbered paragraphs of running
text, the employer's seat beside the place of work; and a municipality's letter offering
an employment contract, the facts in sentences and the reply-by date among them.

The fresh2 split adds: an English employment agreement of an international employer
(registered office beside the place of work, the probation's end, English dates and
amounts), and a school board's akte van benoeming whose values stand left of their
labels (the first appointment's date and the board's seat beside the facts).

The fresh3 split adds three ordinary documents: a werkgeversverklaring as lenders and landlords
ask for it (the employer's seat and KvK number, "in dienst sinds", the contract kind ticked with an
end date only for a temporary one, salary and holiday pay as decoy amounts), a letter extending a
fixed-term contract (the first start and the current end before the new period's start and end,
a reply-by date), and a care employer's contract with a "Gegevens dienstverband" table (FWG scale,
hours, "onbepaalde tijd" as the end, a work location beside the employer's seat).

The fresh4 split adds: a payroll company's fixed-term contract signed online (running text with the duration
in months, the client's site as the place, a signing certificate of other dates on page 2), an employer's
letter about a posting abroad (in permanent service since a year, the posting's start and expected end in a
sentence, an A1 number), and a franchise supermarket's min-max contract from the HR system (the branch as
the place, the franchisor's head office as a decoy).

The fresh5 split adds: a three-party BBL "praktijkovereenkomst" (school, student, training company as the employer
with its workplace's town, the course's crebo code, the period in a table, the expected diploma date as a decoy),
a university's fixed-term contract under the universities' collective agreement (salary scale with the salary now
and after the raise, the duration in months with start and end, the probation's end, the "standplaats" beside the
statutory seat), and a staffing app's on-call "contractvoorstel" (Dutch labels with English ones, the payroll company
as legal employer above the client, "Geaccepteerd op ..." as the digital signature).

The fresh6 split adds: a payroll company's fixed-term contract opened by ruled tables "Gegevens werkgever", "Gegevens
opdrachtgever", "Gegevens werknemer" (surname in capitals first) and "Gegevens dienstverband" ("plaats van
tewerkstelling"), and a municipality's formal "Besluit aanstelling" (gelet op ..., B E S L U I T E N:, articles with
the appointment's period, the function and the "standplaats", the college's seat as a decoy, "Aldus besloten op").

The fresh7 split adds: a temping agency's Dutch-Polish "Uitzendovereenkomst / Umowa o pracę tymczasową" for a worker
from Poland (every label in both languages, the given names and the surname in capitals, the agency as employer with
its seat, the hirer and the place of work, the agency's housing in another town with a weekly deduction as decoys,
dates "05.03.2026", amounts "1 234,50 EUR"), and an Erasmus+ "Learning Agreement for Traineeships" in English (the
trainee's surname and given names in separate cells and the full name again in the commitment table, the sending
institution at home, the receiving organisation abroad as the employer with its town in the address, "Planned period
of the physical mobility: from 01/02/2026 till 31/07/2026", three signatories' own earlier dates).

The fresh8 split adds: a Seafarer's Employment Agreement under the Maritime Labour Convention 2006 for a ship under the
Dutch flag (English with Dutch labels, the shipowner as employer beside the crewing agency that recruited the seafarer, the
vessel as the place of work, the place and date the agreement was entered into as decoys, "Commencement of employment
01-Mar-2026" and "Expiry date"), and an international employer's contract in Dutch and English columns side by side
(each article twice, the dates as "1 maart 2026" and "1 March 2026", the statutory seat beside the place of work).

The fresh9 split adds: a German fixed-term contract ("Befristeter Arbeitsvertrag") of a cross-border worker living in the
Netherlands (the company's seat and commercial register as decoys, "beginnt am 01.04.2026", "endet ... mit Ablauf des
31.03.2027", the German town of work in "§ 2 Tätigkeit und Arbeitsort", the signing as "Kleve, den 12. Februar 2026"), and an
island hotel's season contract (the mainland seat, the staff house in another village and the day of arrival by boat as decoys).

The fresh10 split adds: an employment agency's "plaatsingsbevestiging" (the agency the employer, the hirer and its site
where the work is done, the worker's name as the agency's system sorts it, "Meer (van der), J.C.", the dates as
"01.04.26"), and a Flemish "arbeidsovereenkomst voor bedienden van bepaalde duur" (the employee as "Johannes van der MEER",
"de plaats van tewerkstelling is ...", "Opgemaakt in twee exemplaren te ... op ...", a Belgian company number as a decoy).

The fresh11 split adds: a contract under the "Regeling dienstverlening aan huis" in which a private person employs the
tenant in the employer's own home (the employer a person's name with a home address, the place the employer's town), and a
social firm's fixed-term contract in easy Dutch with a pictogram before every fact ("Je werkt in ...", "Je begint op maandag
1 juni 2026"; the firm's seat in the letterhead, the hours and the job coach as decoys).

The fresh12 split adds: an allonge extending a fixed-term contract with a table "Artikel | Was | Wordt" (the original start, the old end and the old place as
decoys; the truth is the extension), and a summer job contract for a young worker with a parent's signature block (the employer's seat,
the parent's name and the hourly youth wage as decoys; dates as "do 2 jul 2026").

The fresh13 split adds: a cleaning company's zero-hours contract for an on-call cleaner under the cleaning trade's collective
agreement (the company's name in an extra-bold italic, its seat, the client sites with their addresses, the hourly wage as "EURO
14,37" and the minimum of three hours a call as decoys; the "standplaats" is the place; dates as "donderdag 05-03-2026"), and a
water board's letter confirming an employment contract (its letterhead in italic, the job interview's day, the probation's end,
the salary scale and the water board's seat as decoys, a summary table with the start, the end or "onbepaalde tijd" and the
"standplaats").

The fresh14 split adds: a municipality's employment contract under the Cao Gemeenten (since public servants' normalisation an
"arbeidsovereenkomst" signed by the college's HR manager: the municipality's seat, the HR21 function family and scale, the
Individueel Keuzebudget as "17,05%", the probation's end and the town hall's address as decoys; the "plaats van tewerkstelling"
is a depot or a service point in another town of the municipality), and an employer's statement laid out as a payslip (the
payroll-tax number, staff number, department and three pay periods' gross pay, holiday allowance and year-end bonus as decoys;
"Soort dienstverband" with the end date or "onbepaalde tijd" and "Standplaats").

The fresh15 split adds: a central-government agency's letter offering an employment contract under the Cao Rijk (the ministry and the
agency's seat, "salarisschaal 8, trede 4" with the monthly salary as "€ 3.567,–", the IKB and the reply-by day as "de 19e maart 2026" as
decoys; the agency the employer, the "standplaats" the place), and a public-transport company's contract in sections under dark bars
(the seat, a training period with its own dates and training centre and the first roster week as decoys; the depot town as
"Standplaats"; the employee as "MEER, J.C. VAN DER"; dates as "1 April 2026").

The fresh16 split adds: the Ministry of Defence's declaration that a service member is deployed on a mission abroad (the service,
the unit's garrison town, the rank, the service number and the pre-deployment training's dates as decoys; the mission's town the place,
the employee sometimes as "Meer, van der, J.C."), and a temping agency's fixed-term contract in phase B of the ABU collective agreement
(the agency's branch, the hourly wage as "14,71 EURO", the hirer's pay group and a "Fasetelling" table with phase A's start as decoys;
the hirer's site the place).

The fresh17 split adds: an EU institution's contract for a contract agent in Dutch articles (the empowered authority's signatory,
function group, grade and step, the basic salary, the probation period and the "plaats van aanwerving" as decoys; the "plaats van
tewerkstelling" the place; dates as "5.3.2026"; the agent sometimes as "Van der Meer, J.C."), and a university of applied sciences'
three-party placement agreement for an internship abroad (the school, its lecturer, the workplace supervisor, the student number,
credits, the allowance and a return day as decoys; the host organisation the employer, three signing dates).

The fresh18 split adds: an employer's letter of intent to hire subject to a certificate of conduct (the interview's date, the
day the certificate must be in, the salary scale and the HR adviser as decoys; the start, the end and the place in a sentence), and an
employment contract with an employer in the Caribbean Netherlands (the place of recruitment in the Netherlands, the day of travel out,
the salary and a housing allowance in US dollars as decoys; "Standplaats" the place).

The fresh19 split adds: a Dutch-Papiamentu employment contract with an employer on Curaçao (every label with the Papiamentu
after it, "Werknemer / Trahadó"; the ID number, the salary in Caribbean guilders and the day of signing as decoys; "Lugá di trabou" the
place, "Willemstad, Curaçao"), and a contract for locally engaged staff of a Dutch embassy (the head of mission, the salary in the local
currency, the medical examination's day and the post's code as decoys; the embassy the employer, its city and country the place).

The fresh20 split adds: a hospital's employment contract for a doctor in specialist training (AIOS) for the length of the
training (the training schedule with a period at an affiliated hospital in another town, the BIG number, the programme director and the
salary scale as decoys; "Standplaats" the place), and a theatre company's fixed-term contract for an actor in one production (the
premiere, the tour list of theatres in other towns with their dates, the monthly fee and the fee per extra performance as decoys; the
company's home town the place, the first rehearsal the start and the end of the tour the end).

The fresh21 split adds: an offshore crewing company's fixed-term contract for work on a North Sea platform in a 14/14 rotation (the
platform, the heliport, the first mobilisation, a table of the first rotations and the certificates' expiry as decoys; "Standplaats" the
place), and a football club's standard player contract from 1 July to 30 June (the club's option to extend it by a year with the option's
end and the day it must be exercised by, the registration number, the signing fee and the bonus per point as decoys; the stadium's town the
place).

The fresh22 split adds: the police's letter appointing an aspirant for the length of the training (the unit, the Police Academy's location
and first day, the background check's and the medical examination's days as decoys; "Nationale Politie" the employer, "Standplaats" the
place), and an airline's fixed-term contract for cabin crew with English captions (the initial training's dates and centre, the first
supervised flight, the crew number and the night-stop allowance as decoys; "Thuisbasis / Home base" the place).

The fresh23 split adds: a regional ambulance service's fixed-term contract (the head office, the region's other posts, the dispatch
centre's town, the induction and driving course days and the signing day as decoys; "Standplaats (ambulancepost)" the place), and a
company's two-year traineeship contract with a rotation schedule (the placements' locations and months and the closing day as decoys;
"Standplaats" the place, "Aanvang" and "Einde" the start and end).

The fresh24 split adds: a recognised sponsor's fixed-term contract with a highly skilled migrant with English captions (the registered
office, the IND's salary criterion, the salary, the application number, the permit's expected day and the town abroad as decoys; "Plaats van
tewerkstelling / Place of work" the place), and a school board's fixed-term contract for a teacher who replaces a colleague on maternity
leave (the colleague, the day her leave began, her expected return, the board's seat and the signing day as decoys; "Standplaats" the
place).

The fresh25 split adds: a humanitarian organisation's fixed-term contract for a field post (the organisation's seat, the day of departure,
the rest-and-recuperation rhythm, the per diem in dollars and the debriefing as decoys; "Standplaats (duty station)" the place), and a tour
operator's season contract for a resort representative (the seat, the training days, the flights' days, the wage and the allowance as
decoys; "Standplaats (bestemming)" the place).

The fresh26 split adds: a British employer's written statement of employment particulars under the Employment Rights Act 1996 (the
registered office in another town, the company number, the day continuous employment began with the Dutch affiliate, the probation's end,
the salary in pounds, the National Insurance number and the signing days as decoys; "Place of work" the place, "Date employment begins" and
the fixed term's end the start and the end), and an employer's welcome e-mail before the first working day (the mail's day, the time to
report, the buddy, the day the laptop is ready and the parking as decoys; a box "Je contract in het kort" with the workplace, the first
working day and the end of the contract or "onbepaalde tijd").

The fresh27 split adds: an mbo school's "Onderwijsovereenkomst" with a full-time student (the statutory seat, the student number,
crebo, cohort, the work placements with their firms and days and the signing days as decoys; "Onderwijslocatie" the place, "Startdatum
opleiding" and "Verwachte einddatum" the start and the end), and a horticulture company's fixed-term contract in Dutch and Romanian for a
seasonal worker (the seat, the address in Romania, the CNP, the hourly wage, the staff housing and the signing day as decoys; "Plaats van
tewerkstelling / Locul de muncă" the place).

The fresh28 split adds: the page "Mijn dienstverband" of an employer's HR self-service portal printed from the browser (tiles with the
employer, function, department, "Standplaats" the place, "Datum in dienst" the start and "Einde contract" the end or "onbepaalde tijd"; the
hours, scale, the previous contract in a "Historie" table with its own start, end and place, the last login and the print's day as decoys),
and a foreign university's letter of admission in English as evidence of study abroad (the university the employer, "Campus" the place,
"Programme start date" and "Expected completion" the start and the end; the application and student numbers, the tuition fee, the day to
accept by, the orientation week and the letter's own day as decoys).

The fresh29 split adds: a church council's letter of call ("beroepsbrief") to a minister with the terms of the appointment (the
congregation the employer, its town the place, "De verbintenis gaat in op" the start, "voor onbepaalde tijd" or "tot en met" the end; the
council's meeting, the Sunday of the minister's entry, the parsonage's address and postcode, the chair and the clerk and the minister's
acceptance with its own day as decoys), and the Norwegian labour inspectorate's standard employment contract in Norwegian with the English
in small italics ("Arbeidssted" the place, "Tiltredelsesdato" and "Sluttdato" the start and the end in Norwegian dates; the organisation
number, the birth date, the Dutch home address, the salary in kroner and the day of signing as decoys).

The fresh30 split adds: a small employers' association's model employment contract whose options are ticked (the employer's KvK number
and seat, the employee's birth date and address, the probation's last day, the wage, the cao and the day of signing as decoys; "[x]
bepaalde tijd, van ... tot en met ..." or "[x] onbepaalde tijd, ingaande ...", "vaste standplaats" the place), and a French seasonal
fixed-term contract in French ("à compter du" the start and "jusqu'au ... inclus" the end in French numeric dates, "Lieu de travail" the
place; the SIRET, capital, the seat in another town, the birth date and town, the Dutch home address, the trial period, the wage, the
lodging deduction and "Fait à ..., le" as decoys).

The fresh31 split adds: a freelancer's contract for a job on the lines of the Belastingdienst's model agreement "geen werkgeversgezag"
(the model's number and the day it was judged, the client's KvK number and seat, the freelancer's trade name, KvK and VAT numbers,
address and IBAN, the hourly rate and the day of signing as decoys; "ingaande ... en eindigt op ..." or "voor onbepaalde tijd, ingaande
...", "Plaats van uitvoering" the place), and a Spanish fixed-term contract on the public employment service's model in Spanish (the
company's CIF, social-security account and seat, the NIE, the birth date and the Dutch home address, the trial period, hours and wage and
"En ..., a ... de ... de ..." as decoys; "desde el ... hasta el ..." the start and the end in Spanish numeric dates, the work centre's
"localidad" the place).

The fresh32 split adds: an Italian employer's hiring letter for a fixed-term job, in Italian (the seat's street and CAP, the P. IVA, the
employee's Dutch address and codice fiscale, the collective agreement, trial period and wage and the letter's own day as decoys; "dal ...
al ..." the start and end in numeric dates, "Sede di lavoro" the place), and an American summer camp's seasonal staff agreement in English
(the winter office's address and ZIP code, the date of birth, the sponsor, the DS-2019 number, the stipend in dollars and "Date signed" as
decoys; "Employment begins on ... and ends on ..." in US dates, "Camp location" the place).
"""

from __future__ import annotations

import datetime as dt

from samples.blind import people, values
from samples.blind.layouts._base import (
    NARROW, SANS, SANS7, SANS8, SERIF, SERIF8, Ctx, address_block, articles, e, grid, kv, page, weekday_date,
)
from samples.blind.layouts._base import SERIF9  # the fresh9 split's
from samples.blind.layouts._base import SANS10  # the fresh10 split's
from samples.blind.layouts._base import SANS13, SERIF13  # the fresh13 split's
from samples.blind.layouts._base import MONO14, SANS14  # the fresh14 split's
from samples.blind.layouts._base import mail_header  # the fresh26 split's
from samples.blind.layouts._base import browser_header  # the fresh28 split's

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




# --- fresh split -----------------------------------------------------------------------------

_AGENCIES = ("Tempo-Team Uitzenden B.V.", "Start People B.V.", "Olympia Uitzendbureau B.V.", "Manpower B.V.",
             "Unique Uitzendbureau B.V.", "Otto Workforce B.V.", "Covebo Uitzendgroep B.V.")  # fmt: skip
_ON_CALL = ("Horecagroep De Gouden Leeuw B.V.", "Evenementenbureau Sfeermakers B.V.", "Thuiszorg Het Gooi",
            "Distributiecentrum Nieuwegein B.V.", "Restaurant De Waag V.O.F.", "Bezorgdienst Snel & Vers B.V.")  # fmt: skip
_JOBS = ("orderpicker", "productiemedewerker", "heftruckchauffeur", "medewerker bediening", "schoonmaker", "callcentermedewerker",
         "administratief medewerker", "beleidsmedewerker", "handhaver openbare ruimte", "medewerker Burgerzaken")  # fmt: skip


def uitzendovereenkomst(c: Ctx):
    """Fresh. A temping agency's contract as a two-column label grid: agency = employer; hirer, branch and confirmation date beside."""
    c.font_of(SANS)
    employee, _employer, signed, start, end, place = _facts(c)
    agency, client = c.rng.choice(_AGENCIES), c.rng.choice(EMPLOYERS)
    name = employee.name(c.pick("all", "reversed", "initials"))
    branch = c.rng.choice(people.places())[1]
    phase = c.pick("fase B, bepaalde tijd", "fase A, zonder uitzendbeding", "fase 1-2, bepaalde tijd")
    pairs = [(c.pick("Uitzendkracht", "Medewerker"), e(name)), ("Registratienummer", str(c.rng.randint(1000000, 9999999))),
             ("Geboortedatum", c.d(employee.birth_date)), ("Functie", e(c.rng.choice(_JOBS[:7]))),
             (c.pick("Opdrachtgever", "Inlener"), e(client)), (c.pick("Plaats tewerkstelling", "Werklocatie"), e(place)),
             ("Ingangsdatum", c.d(start)), ("Einddatum", c.d(end)),
             ("Uurloon (bruto)", c.a(values.amount(c.rng.randint(1400, 2400) / 100))), ("Arbeidsduur", f"gemiddeld {c.rng.choice((24, 32, 38, 40))} uur per week"),
             ("Vestiging", e(branch)), ("Datum opdrachtbevestiging", c.d(signed))]
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(agency)}</span></td>"
        f"<td class='right small'>Contractnummer {c.rng.randint(10000000, 99999999)}</td></tr></table>"
        f"<h1 style='margin-top:6mm'>Uitzendovereenkomst</h1><p class='muted'>{e(phase)} · ABU-cao voor uitzendkrachten</p>"
        + grid(pairs, columns=2, label_width="36mm")
        + f"<p style='margin-top:5mm'>De uitzendkracht wordt door {e(agency)} (de uitzendonderneming, werkgever) ter beschikking gesteld aan "
        f"de opdrachtgever om onder diens leiding en toezicht werkzaamheden te verrichten. Deze overeenkomst eindigt van rechtswege op de einddatum.</p>"
        f"<table style='width:100%;margin-top:10mm'><tr><td>Namens {e(agency)}<br><br>________________</td><td>De uitzendkracht<br><br>________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(name, agency, start, end, place)


def oproepovereenkomst(c: Ctx):
    """Fresh. An on-call (zero-hours) contract in §-paragraphs of running text; the employer's seat beside the place of work."""
    c.font_of(c.pick(SERIF, SANS))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer = c.rng.choice(_ON_CALL)
    place, seat, home_town = (c.rng.choice(people.places())[1] for _ in range(3))
    name = employee.name(c.pick("all", "first"))
    hr = c.person().name("initials")
    job = c.rng.choice(_JOBS[:6])
    paragraphs = [
        ("Aanvang en duur", f"De oproepovereenkomst gaat in op {values.date_text(start, c.date_style)} en is aangegaan voor bepaalde tijd. "
                            f"Zij eindigt van rechtswege op {values.date_text(end, c.date_style)}, zonder dat opzegging is vereist."),
        ("Werkzaamheden en plaats", f"De oproepkracht verricht op afroep werkzaamheden als {job}. De werkzaamheden worden verricht te {place}."),
        ("Oproep", "Werkgever roept de oproepkracht ten minste vier dagen van tevoren op. Per oproep wordt ten minste drie uur loon betaald."),
        ("Loon", f"Het uurloon bedraagt {values.amount_text(values.amount(c.rng.randint(1400, 2200) / 100), c.amount_style)} bruto, "
                 "exclusief 8% vakantietoeslag."),
        ("Arbeidsomvang", "Er is geen vast aantal uren overeengekomen (nul-urencontract). Na twaalf maanden doet werkgever een aanbod voor een vaste arbeidsomvang."),
    ]
    body = (
        f"<h1 style='text-align:center'>{e(c.pick('OPROEPOVEREENKOMST', 'Oproepovereenkomst (nul-urencontract)', 'Arbeidsovereenkomst voor oproepkrachten'))}</h1>"
        f"<p style='margin-top:8mm'>De ondergetekenden:</p><p>{e(employer)}, gevestigd te {e(seat)}, te dezen vertegenwoordigd door {e(hr)}, "
        f"hierna te noemen &#39;werkgever&#39;,</p><p>en</p><p>{e(name)}, geboren op {c.d(employee.birth_date)}, wonende te {e(home_town)}, "
        "hierna te noemen &#39;oproepkracht&#39;,</p><p>verklaren te zijn overeengekomen als volgt:</p>"
        + "".join(f"<p><b>§ {i + 1} &nbsp;{e(title)}</b><br>{e(text)}</p>" for i, (title, text) in enumerate(paragraphs))
        + f"<p style='margin-top:6mm'>Aldus in tweevoud opgemaakt en ondertekend te {e(seat)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:8mm'><tr><td>Werkgever<br><br>________________</td><td>Oproepkracht<br><br>________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end, place)


def municipal_offer_letter(c: Ctx):
    """Fresh. A municipality's letter offering an employment contract: the facts in sentences, a reply-by date among them."""
    c.font_of(c.pick(SANS, SERIF))
    fixed = c.rng.random() < 0.75
    employee, _employer, signed, start, end, _place = _facts(c, fixed)
    municipality, place, *_ = c.rng.choice(people.places())
    employer = f"Gemeente {municipality}"
    name = employee.name("initials")
    home = people.address(c.rng)
    postbus, postplace = people.issuer_address(c.rng, place)
    duration = (f"voor bepaalde tijd, van {values.date_text(start, c.date_style)} tot en met {values.date_text(end, c.date_style)}" if fixed
                else f"voor onbepaalde tijd, met ingang van {values.date_text(start, c.date_style)}")
    reply_by = signed + dt.timedelta(days=14)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:8pt;letter-spacing:2px'>GEMEENTE</span><br>"
        f"<span class='logo' style='font-size:16pt'>{e(municipality)}</span></td><td class='right small'>{e(postbus)}<br>{e(postplace)}</td></tr></table>"
        + address_block([f"{employee.salutation()} {employee.titled('initials')}", home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + grid([("Datum", weekday_date(signed) if c.rng.random() < 0.4 else c.d(signed)), ("Ons kenmerk", f"P&amp;O/{signed.year}/{c.rng.randint(1000, 9999)}"),
                ("Personeelsnummer", str(c.rng.randint(100000, 999999))), ("Onderwerp", "aanbod arbeidsovereenkomst")], columns=1, label_width="36mm")
        + f"<p style='margin-top:5mm'>Geachte {e(employee.salutation().lower())} {e(employee.surname)},</p>"
        f"<p>Naar aanleiding van uw sollicitatie bieden wij u een arbeidsovereenkomst aan {e(duration)}, in de functie van "
        f"{e(c.rng.choice(_JOBS[6:]))} bij de afdeling {e(c.pick('Publiekszaken', 'Ruimte', 'Sociaal Domein', 'Bedrijfsvoering'))}. "
        f"Uw standplaats is {e(place)}.</p>"
        + kv([("Salarisschaal", f"{c.rng.randint(6, 11)}, trede {c.rng.randint(0, 8)}"),
              ("Salaris", f"{c.a(values.amount(c.rng.randint(2600, 5200)))} bruto per maand"), ("Arbeidsduur", f"{c.rng.choice((32, 36))} uur per week"),
              ("Cao", "Cao Gemeenten")], cls="ruled", label_width="40mm")
        + f"<p>Gaat u akkoord? Stuur dan een getekend exemplaar van deze brief terug vóór {c.d(reply_by)}.</p>"
        f"<p>Met vriendelijke groet,<br>{e(employer)}<br>het college van burgemeester en wethouders,<br>namens dezen,<br><br>"
        f"{e(c.person().name('initials'))}<br>manager P&amp;O</p>"
        "<p style='margin-top:8mm'>Voor akkoord: ______________ &nbsp; Datum: __________</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end if fixed else None, place)


# --- fresh2 split ----------------------------------------------------------------------------

_INTERNATIONAL = ("Nordwind Analytics B.V.", "Tulip Semiconductor Europe B.V.", "Harbourline Shipping B.V.",
                  "Meridian Biotech Netherlands B.V.", "Polaris Payments Europe B.V.", "Greenfield Robotics B.V.")  # fmt: skip
_SCHOOLS = ("Stichting Openbaar Primair Onderwijs Rivierenland", "Stichting Katholiek Onderwijs Twente",
            "Scholengroep Den Hartog", "Stichting Christelijk Voortgezet Onderwijs Midden-Nederland")  # fmt: skip


def expat_employment_agreement(c: Ctx):
    """Fresh2. An English employment agreement of an international employer: registered office beside the place of work, the probation's end and a salary in English notation."""
    c.font_of(("Carlito", "Open Sans", "Caladea", "Liberation Sans Narrow"))
    c.restyle(dates=("en_long", "en_us"), amounts=("EUR_en", "en"))
    fixed = c.rng.random() < 0.75
    employee, _employer, signed, start, end, _place = _facts(c, fixed)
    employer = c.rng.choice(_INTERNATIONAL)
    office, place = c.rng.choice(people.places())[1], c.rng.choice(people.places())[1]
    name = employee.name(c.pick("all", "first"))
    title = c.pick("Data Engineer", "Process Engineer", "Senior Product Manager", "Research Scientist", "Finance Business Partner")
    duration = (f"This Agreement is entered into for a fixed term of {round((end - start).days / 30.4)} months, commencing on {c.d(start)}, "
                f"and ends by operation of law, without notice being required, on {c.d(end)}." if fixed else
                f"This Agreement is entered into for an indefinite period, commencing on {c.d(start)}.")  # fmt: skip
    articles = [
        ("Position", f"The Employee is employed in the position of {e(title)}."),
        ("Commencement and duration", duration),
        ("Probationary period", f"A probationary period of one month applies, ending on {c.d(start + dt.timedelta(days=30))}."),
        ("Place of work", f"The Employee will perform the work at the Employer's office in {e(place)}. The Employer may require the Employee to travel."),
        ("Salary", f"The gross monthly salary amounts to {c.a(values.amount(c.rng.randint(3600, 7800)))}, excluding 8% holiday allowance."),
        ("Working hours", f"The working week is {c.rng.choice((32, 36, 38, 40))} hours."),
    ]
    body = (
        f"<div style='border-bottom:2px solid #0f6e6e;padding-bottom:2mm'><span style='font-size:15pt;color:#0f6e6e'>{e(employer)}</span></div>"
        f"<h1 style='margin-top:6mm'>{e(c.pick('Employment Agreement', 'Contract of Employment'))}</h1>"
        f"<p>The undersigned:</p><p>1. {e(employer)}, having its registered office in {e(office)}, hereinafter the &quot;Employer&quot;; and</p>"
        f"<p>2. {e(name)}, born on {c.d(employee.birth_date)}, hereinafter the &quot;Employee&quot;,</p><p>agree as follows:</p>"
        + "".join(f"<p><b>Article {i + 1}. {e(t)}</b><br>{x}</p>" for i, (t, x) in enumerate(articles))
        + f"<p style='margin-top:5mm'>Signed in {e(office)} on {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>For the Employer<br><br>__________</td><td>The Employee<br><br>__________</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end if fixed else None, place)


def akte_van_benoeming(c: Ctx):
    """Fresh2. A school board's deed of appointment: values on the left, their labels on the right, the first appointment's date and the board's seat as decoys, the school as the standplaats."""
    c.font_of(("Accanthis ADF Std", "EB Garamond", "Cantarell", "Go"))
    c.restyle(dates=("long", "nopad", "dot_pad", "upper_long"))
    fixed = c.rng.random() < 0.7
    employee, _employer, signed, start, end, _place = _facts(c, fixed)
    employer = c.rng.choice(_SCHOOLS)
    place, seat = c.rng.choice(people.places())[1], c.rng.choice(people.places())[1]
    name = employee.name(c.pick("all", "upper", "initials"))
    first = start - dt.timedelta(days=c.rng.randint(400, 3000))
    school = c.pick("OBS De Regenboog", "Kindcentrum Het Kompas", "CSG Het Noordik", "Basisschool De Wilgen")
    rows = [(e(name), "naam werknemer"), (c.d(employee.birth_date), "geboortedatum"), (e(employer), "werkgever (bevoegd gezag)"),
            (e(seat), "statutaire zetel werkgever"), (c.d(first), "datum eerste benoeming bij werkgever"),
            (c.d(start), "ingangsdatum deze benoeming"),
            (c.d(end) if fixed else "onbepaalde tijd", "einddatum" if fixed else "aard van de benoeming"),
            (f"{e(school)}, {e(place)}", "standplaats (school, plaats)"),
            (f"{c.pick('0,6', '0,8', '1,0', '0,4')} fte", "betrekkingsomvang (wtf)"),
            (e(c.pick("leraar L10", "leraar LB", "onderwijsassistent", "intern begeleider")), "functie en schaal")]
    table = "".join(f"<tr><td style='border-bottom:0.6px solid #bbb;padding:3px 0'><b>{v}</b></td>"
                    f"<td style='border-bottom:0.6px solid #bbb;color:#666;font-style:italic;text-align:right;width:62mm'>{e(k)}</td></tr>"
                    for v, k in rows)  # fmt: skip
    body = (
        f"<div style='text-align:center;letter-spacing:2px;font-size:9pt'>{e(employer.upper())}</div>"
        f"<h1 style='text-align:center;margin-top:8mm;letter-spacing:3px'>AKTE VAN BENOEMING</h1>"
        f"<p style='text-align:center'>{'in tijdelijke dienst' if fixed else 'in vaste dienst'} (cao primair/voortgezet onderwijs)</p>"
        f"<p style='margin-top:6mm'>Het bevoegd gezag van {e(employer)} benoemt met inachtneming van de cao:</p>"
        f"<table style='width:100%'>{table}</table>"
        "<p style='margin-top:5mm'>Op deze benoeming zijn de cao en de regelingen van de werkgever van toepassing.</p>"
        f"<p>Aldus vastgesteld te {e(seat)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:8mm'><tr><td>Namens het bevoegd gezag,<br><br>__________<br>directeur-bestuurder</td>"
        "<td>Voor akkoord, de werknemer<br><br>__________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-variant-ligatures: none; }"), _truth(name, employer, start, end if fixed else None, place)


# --- fresh3 split ----------------------------------------------------------------------------


_CARE_EMPLOYERS = ("Stichting Zorggroep Noorderbreedte", "Amaris Zorggroep", "Stichting Zorgcombinatie Marga Klompé",
                   "Woonzorgcentrum De Bolder B.V.", "Stichting Thuiszorg West-Brabant")  # fmt: skip


def werkgeversverklaring_form(c: Ctx):
    """Fresh3. A werkgeversverklaring as lenders and landlords ask for it: the employer's seat and KvK number, the employee's birth date and address, "in dienst sinds", the contract kind ticked (an end date only for a temporary one), the place of work, gross salary and holiday pay as decoy amounts, a signing place and date."""
    c.font_of(SANS)
    c.restyle3(dates=("long_pad", "dash_mon", "slash_nopad"), amounts=("dashdash", "euro_tight", "EUR_after"))
    fixed = c.rng.random() < 0.6
    employee, employer, signed, start, end, place = _facts(c, fixed=fixed)
    start = start - dt.timedelta(days=c.rng.choice((0, 0, 200, 500)))
    seat = c.rng.choice(people.places())[1]
    name = employee.name(c.pick("all", "first", "initials"))
    home = people.address(c.rng)
    salary = values.amount(c.rng.randint(26000, 72000))
    signed = max(signed, start + dt.timedelta(days=30))
    body = (
        "<h1>Werkgeversverklaring</h1><p class='small'>Volledig in te vullen en te ondertekenen door de werkgever. Doorhalingen en correcties maken deze verklaring ongeldig.</p>"
        "<h3>1. Gegevens werkgever</h3>"
        + kv([("Naam werkgever", e(employer)), ("Vestigingsadres", f"{e(people.address(c.rng).line1())}, {e(seat)}"),
              ("KvK-nummer", str(c.rng.randint(10000000, 99999999)))], cls="lines", label_width="60mm")
        + "<h3>2. Gegevens werknemer</h3>"
        + kv([("Naam werknemer", e(name)), ("Geboortedatum", c.d(employee.birth_date)),
              ("Adres", f"{e(home.line1())}, {e(home.city)}"), ("Functie", e(c.pick("administratief medewerker", "verpleegkundige", "chauffeur", "teamleider", "monteur")))],
             cls="lines", label_width="60mm")
        + "<h3>3. Dienstverband</h3>"
        + kv([("In dienst sinds", c.d(start)),
              ("Soort dienstverband", f"{c.tick(not fixed)} onbepaalde tijd &nbsp; {c.tick(fixed)} bepaalde tijd"),
              ("Zo ja, bepaalde tijd: einddatum", c.d(end) if fixed else "n.v.t."),
              ("Plaats van de werkzaamheden", e(place)),
              ("Proeftijd verstreken", c.check(True)),
              ("Is het dienstverband opgezegd of is dat voorgenomen?", c.check(False))], cls="lines", label_width="80mm")
        + "<h3>4. Inkomen</h3>"
        + kv([("Bruto jaarsalaris (excl. vakantiegeld)", c.a(salary)), ("Vakantietoeslag", c.a(values.amount(float(salary) * 0.08)))],
             cls="lines", label_width="80mm")
        + "<h3>5. Ondertekening</h3>"
        f"<p>Plaats: {e(seat)} &nbsp;&nbsp; Datum: {c.d(signed)}</p>"
        f"<p>Naam ondertekenaar: {e(c.person().name('initials'))}, {e(c.pick('HR-adviseur', 'directeur', 'salarisadministratie'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, employer, start, end if fixed else None, place)


def verlenging_letter(c: Ctx):
    """Fresh3. A letter extending a fixed-term contract: the letter's date, "in dienst sinds" and the current contract's end come first; the new period's start and end (the truth) in a sentence, the place of work "blijft", a reply-by date."""
    c.font_of(c.pick(SANS, SERIF))
    c.restyle3(dates=("long_pad", "short_nodot", "dash_mon", "words"))
    employee, employer, signed, start, end, place = _facts(c)
    first_start = start - dt.timedelta(days=c.rng.choice((182, 365, 365, 730)))
    letter = start - dt.timedelta(days=c.rng.randint(20, 60))
    reply = letter + dt.timedelta(days=14)
    months = round((end - start).days / 30.4)
    name = employee.name(c.pick("all", "initials", "first"))
    home = people.address(c.rng)
    body = (
        f"<div class='logo' style='font-size:14pt'>{e(employer)}</div><div class='small'>Afdeling HR</div>"
        + address_block([f"{employee.salutation()} {name}", home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(letter)), ("Betreft", "verlenging arbeidsovereenkomst"), ("Personeelsnummer", str(c.rng.randint(10000, 99999)))], label_width="35mm")
        + f"<p style='margin-top:6mm'>Beste {e(employee.given[0])},</p>"
        f"<p>Je bent sinds {c.d(first_start)} bij ons in dienst. Je huidige arbeidsovereenkomst voor bepaalde tijd eindigt op "
        f"{c.d(start - dt.timedelta(days=1))}. Wij zijn blij je te kunnen laten weten dat wij je arbeidsovereenkomst verlengen.</p>"
        f"<p>De nieuwe arbeidsovereenkomst is aangegaan voor {months} maanden: zij gaat in op {c.d(start)} en eindigt zonder dat opzegging "
        f"nodig is op {c.d(end)}.</p>"
        f"<p>Je standplaats blijft {e(place)}. Je functie, je salaris en de overige arbeidsvoorwaarden blijven gelijk.</p>"
        f"<p>Wil je een exemplaar van deze brief ondertekend aan ons terugsturen, uiterlijk op {c.d(reply)}?</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(c.person().name('initials'))}<br>HR-adviseur, {e(employer)}</p>"
        f"<p style='margin-top:8mm'>Voor akkoord: {e(name)} &nbsp; Datum: .................</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end, place)


def zorg_cao_contract(c: Ctx):
    """Fresh3. A care employer's contract under its collective agreement: a header table "Gegevens dienstverband" (function, FWG scale, hours, start, end or "onbepaalde tijd", work location) above articles; the employer's seat and the CAO's name beside the facts."""
    c.font_of(c.pick(SANS, ("Carlito", "Open Sans")))
    c.restyle3(dates=("long_pad", "dash_mon", "short_nodot", "slash_nopad"), amounts=("dashdash", "euro_tight", "EUR_after"))
    fixed = c.rng.random() < 0.65
    employee, _employer, signed, start, end, _place = _facts(c, fixed=fixed)
    employer = c.rng.choice(_CARE_EMPLOYERS)
    place = c.rng.choice(people.places())[1]
    unit = f"{c.pick('locatie', 'woonzorgcentrum', 'team')} {c.pick('De Hoge Weide', 'Het Baken', 'Wijkteam Oost', 'De Zonnehof')}"
    seat = c.rng.choice(people.places())[1]
    name = employee.name(c.pick("all", "first"))
    table = kv([("Functie", e(c.pick("Verzorgende IG", "Helpende Plus", "Wijkverpleegkundige", "Medewerker facilitair"))),
                ("Functiegroep", f"FWG {c.rng.choice((25, 30, 35, 40, 45))}"), ("Arbeidsduur", f"{c.rng.choice((16, 20, 24, 28, 32, 36))} uur per week"),
                ("Ingangsdatum", c.d(start)), ("Einddatum", c.d(end) if fixed else "onbepaalde tijd"),
                ("Werklocatie", e(place)), ("Afdeling", e(unit)), ("Salaris", f"{c.a(values.amount(c.rng.randint(2300, 4200)))} bruto per maand")],
               cls="ruled", label_width="45mm")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:13pt'>{e(employer)}</span></td>"
        f"<td class='right small'>gevestigd te {e(seat)}</td></tr></table>"
        f"<h1 style='margin-top:6mm'>Arbeidsovereenkomst {'voor bepaalde tijd' if fixed else 'voor onbepaalde tijd'}</h1>"
        f"<p>{e(employer)}, hierna: de werkgever, en {e(name)}, geboren op {c.d(employee.birth_date)}, hierna: de werknemer, komen het volgende overeen.</p>"
        "<h3>Gegevens dienstverband</h3>" + table
        + articles([("Cao", "Op deze arbeidsovereenkomst is de cao VVT van toepassing, zoals die van tijd tot tijd luidt."),
                    ("Proeftijd", "Er geldt een proeftijd van een maand."),
                    ("Werktijden", "De werknemer werkt volgens rooster, ook in de avond, de nacht en het weekend."),
                    ("Pensioen", "De werknemer neemt deel aan de pensioenregeling van PFZW.")])
        + f"<p style='margin-top:6mm'>Aldus opgemaakt en ondertekend op {c.d(signed)}.</p>"
        "<table style='width:100%'><tr><td>De werkgever<br><br>.................</td><td>De werknemer<br><br>.................</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end if fixed else None, place)


# --- fresh4 split ----------------------------------------------------------------------------

_PAYROLL = ("Tentoo Payroll B.V.", "Payroll Select B.V.", "Driessen HRM Payroll B.V.", "Easy Payroll Nederland B.V.", "Flexpayroll B.V.")
_SIGNING = ("Signhost", "ValidSign", "Zynyo", "DocuSign")
_PROJECT_FIRMS = ("Boskalis Nederland B.V.", "Van Oord Offshore B.V.", "Fugro Nederland B.V.", "Arcadis Nederland B.V.",
                  "Heerema Fabrication Group B.V.", "Royal HaskoningDHV Nederland B.V.")  # fmt: skip
_POSTINGS = ("Stavanger (Noorwegen)", "Esbjerg, Denemarken", "Gdańsk (Polen)", "Abu Dhabi, Verenigde Arabische Emiraten",
             "Aberdeen (Verenigd Koninkrijk)", "Hamburg, Duitsland", "Singapore")  # fmt: skip
_SHOP_OWNERS = ("Supermarkt De Graaf B.V.", "Van den Berg Supermarkten B.V.", "Versmarkt Oosterhout B.V.", "Supermarkt Kuijpers & Zn. B.V.",
                "Buurtsuper Hendriks B.V.")  # fmt: skip


def esign_payroll_contract(c: Ctx):
    """Fresh4. A payroll company's fixed-term contract signed online: page 1 the contract in running text (the payroll company "de Werkgever" with its statutory seat, the client "de Opdrachtgever", the duration in months with start and end, the client's site as the place of work), page 2 the signing platform's certificate with its own dates and times."""
    c.font_of(c.pick(SANS, SERIF))
    c.restyle4(dates=("long", "dash", "iso_slash"), amounts=("euro", "euro_after"))
    employee, client, signed, start, end, _place = _facts(c)
    employer, seat, place = c.rng.choice(_PAYROLL), c.rng.choice(people.places())[1], c.rng.choice(people.places())[1]
    name = employee.name(c.pick("all", "first", "initials_core_upper"))
    home = people.address(c.rng)
    hr = c.person().name("initials")
    tool = c.rng.choice(_SIGNING)
    envelope = "-".join("".join(c.rng.choice("0123456789ABCDEF") for _ in range(n)) for n in (8, 4, 4, 12))
    months = round((end - start).days / 30.4)
    job = c.pick("medewerker klantenservice", "logistiek medewerker", "financieel administratief medewerker", "planner", "data-analist")
    arts = [("Functie", f"De Werknemer treedt in dienst in de functie van {e(job)} en wordt uitsluitend ter beschikking gesteld aan de Opdrachtgever."),
            ("Duur", f"De arbeidsovereenkomst wordt aangegaan voor de duur van {months} maanden, ingaande {c.d(start)} en eindigend van rechtswege op "
                     f"{c.d(end)}, zonder dat daartoe opzegging is vereist."),
            ("Plaats van de werkzaamheden", f"De Werknemer verricht de werkzaamheden in hoofdzaak op de vestiging van de Opdrachtgever te {e(place)}. "
                                            "In overleg met de Opdrachtgever kan gedeeltelijk thuis worden gewerkt."),
            ("Beloning", f"Het bruto maandsalaris bedraagt {c.a(values.amount(c.rng.randint(2300, 4800)))} bij een arbeidsduur van {c.rng.choice((24, 32, 36, 40))} uur per week."),
            ("Arbeidsvoorwaarden", "De Werknemer heeft recht op dezelfde arbeidsvoorwaarden als werknemers die bij de Opdrachtgever in dienst zijn (artikel 7:692a BW).")]
    stamp_time = lambda minutes: f"{minutes // 60:02d}:{minutes % 60:02d}:{c.rng.randint(0, 59):02d}"  # noqa: E731
    created = signed - dt.timedelta(days=c.rng.randint(1, 6))
    events = [("Envelop aangemaakt", created, hr), ("Verzonden naar ondertekenaar", created, name), ("Geopend", signed, name),
              ("Ondertekend", signed, name), ("Ondertekend", signed + dt.timedelta(days=c.rng.choice((0, 0, 1))), f"{hr} namens {employer}")]
    trail = "".join(f"<tr><td>{e(what)}</td><td>{e(values.date_text(day, 'dash'))} {stamp_time(c.rng.randint(480, 1260))} CET</td><td>{e(who)}</td></tr>"
                    for what, day, who in events)
    body = (
        f"<div class='small' style='color:#777'>{e(tool)} envelop-ID: {envelope}</div>"
        f"<table style='width:100%;margin-top:2mm'><tr><td class='logo' style='font-size:14pt'>{e(employer)}</td><td class='right small'>Payrolling · HR-services</td></tr></table>"
        "<h1 style='margin-top:5mm'>Arbeidsovereenkomst voor bepaalde tijd</h1>"
        f"<p>De ondergetekenden:</p><p>1. {e(employer)}, statutair gevestigd te {e(seat)}, hierna: &quot;de Werkgever&quot;;</p>"
        f"<p>2. {e(name)}, geboren op {c.d(employee.birth_date)}, wonende te {e(home.city)}, hierna: &quot;de Werknemer&quot;;</p>"
        f"<p>overwegende dat de Werkgever de Werknemer in het kader van payrolling ter beschikking stelt aan {e(client)}, hierna: &quot;de Opdrachtgever&quot;,</p>"
        "<p>komen overeen als volgt:</p>"
        + articles(arts)
        + f"<p class='small'>Deze overeenkomst is elektronisch ondertekend via {e(tool)}; zie het ondertekeningscertificaat.</p>"
        "<div style='page-break-before:always'></div>"
        f"<h2>Ondertekeningscertificaat</h2><p class='small'>Envelop-ID {envelope} · document: arbeidsovereenkomst.pdf (1 pagina)</p>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Gebeurtenis</th><th>Datum en tijd</th><th>Door</th></tr>" + trail + "</table>"
        f"<p class='small' style='margin-top:4mm'>{e(tool)} bevestigt dat de ondertekenaars zich hebben geïdentificeerd met een code per e-mail en sms.</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end, place)


def buitenland_uitzendbrief(c: Ctx):
    """Fresh4. An employer's letter "aan wie het aangaat" about a posting abroad: the employee in permanent service since a year, the project and the posting's place, the posting's start and (expected) end in one sentence, an A1 certificate number, the letter dated weeks before the start."""
    c.font_of(c.pick(SERIF, SANS))
    c.restyle4(dates=("long", "long_pad", "dash"))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer, place = c.rng.choice(_PROJECT_FIRMS), c.rng.choice(_POSTINGS)
    name = employee.name(c.pick("all", "initials", "all_core_upper"))
    he = "hij" if employee.sex == "m" else "zij"
    since = start.year - c.rng.randint(1, 12)
    letter = start - dt.timedelta(days=c.rng.randint(14, 60))
    project = f"{c.pick('Windpark', 'Havenuitbreiding', 'Pijpleiding', 'Kadeproject')} {c.pick('Nordlys', 'Baltic II', 'Meridian', 'North Sea 3')}"
    postbus, postplace = people.issuer_address(c.rng)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:14pt'>{e(employer)}</span><br><span class='small'>Human Resources</span></td>"
        f"<td class='right small'>{e(postbus)}<br>{e(postplace)}</td></tr></table>"
        f"<p style='margin-top:12mm'>{e(c.rng.choice(people.places())[1])}, {c.d(letter)}</p>"
        f"<p>Betreft: {e(c.pick('verklaring uitzending buitenland', 'bevestiging tewerkstelling in het buitenland', 'werkgeversverklaring uitzending'))}</p>"
        "<p>Aan wie het aangaat,</p>"
        f"<p>Hierbij verklaren wij dat {e(employee.salutation().lower())} {e(name)}, geboren op {c.d(employee.birth_date)}, sinds {since} in vaste dienst is van "
        f"{e(employer)} in de functie van {e(c.pick('projectingenieur', 'werkvoorbereider', 'lasser', 'site manager', 'QHSE-coördinator'))}.</p>"
        f"<p>Voor het project {e(project)} zendt {e(employer)} {'hem' if he == 'hij' else 'haar'} uit naar {e(place)}. De uitzending begint op {c.d(start)} "
        f"en eindigt naar verwachting op {c.d(end)}. Gedurende de uitzending blijft {he} bij ons in dienst; de arbeidsvoorwaarden blijven ongewijzigd.</p>"
        f"<p>Voor deze periode is een A1-verklaring aangevraagd onder nummer {c.rng.randint(10**8, 10**9)}. Voor vragen kunt u contact opnemen met "
        "onze afdeling HR.</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(c.person().name('initials'))}<br>HR Business Partner</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end, place)


def minmax_retail_contract(c: Ctx):
    """Fresh4. A franchise supermarket's min-max contract as the HR system prints it: a two-column grid of employee and contract data (personnel number, hours 12-24, the branch with its street as the place, "onbepaalde tijd" or an end date), the franchisor's head office as a decoy seat, then short articles."""
    c.font_of(("Open Sans", "Liberation Sans", "Carlito", "Go"))
    c.restyle4(dates=("dash", "iso_slash"), amounts=("euro", "euro_after"))
    fixed = c.rng.random() < 0.7
    employee, _employer, signed, start, end, _place = _facts(c, fixed=fixed)
    employer = c.rng.choice(_SHOP_OWNERS)
    branch = people.address(c.rng)
    place = branch.city
    chain = c.pick("Jumbo Supermarkten B.V., Veghel", "Albert Heijn Franchising B.V., Zaandam", "Plus Retail B.V., Utrecht", "Spar Holding B.V., Waalwijk")
    name = employee.name(c.pick("all", "reversed", "first"))
    low = c.rng.choice((0, 8, 12, 16))
    home = people.address(c.rng)
    left = [("Personeelsnummer", str(c.rng.randint(1000, 99999))), ("Naam", f"<span style='white-space:nowrap'>{e(name)}</span>"),
            ("Geboortedatum", c.d(employee.birth_date)), ("Adres", f"{e(home.line1())}, {e(home.city)}")]
    right = [("Contractsoort", f"min-max ({low}-{low + c.rng.choice((8, 12, 16))} uur per week)"), ("Ingangsdatum", c.d(start)),
             ("Einddatum", c.d(end) if fixed else "onbepaalde tijd"),
             ("Vestiging", f"{e(branch.street)} {e(branch.house_number_text)}, {e(branch.city)}"),
             ("Functie", e(c.pick("medewerker vers", "vakkenvuller", "caissière", "medewerker kassa", "teamleider winkel"))),
             ("Uurloon", c.a(values.amount(c.rng.randint(1400, 1900) / 100)))]
    grid_cols = (f"<table style='width:100%'><tr><td style='width:50%'><b>Werknemer</b>{kv(left, label_width='34mm')}</td>"
                 f"<td><b>Contract</b>{kv(right, label_width='30mm')}</td></tr></table>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:14pt'>{e(employer)}</span><br>"
        f"<span class='small'>franchisenemer van {e(chain)}</span></td><td class='right small'>Afgedrukt uit HR-systeem<br>{e(values.date_text(signed, 'iso_slash'))}</td></tr></table>"
        f"<h1 style='margin-top:5mm'>Arbeidsovereenkomst {'min-max (bepaalde tijd)' if fixed else 'min-max (onbepaalde tijd)'}</h1>"
        + f"<div class='box'>{grid_cols}</div>"
        + articles([("Werkgever", f"Werkgever is {e(employer)}. {e(chain.split(',')[0])} is geen partij bij deze overeenkomst."),
                    ("Arbeidsduur", f"Werknemer werkt ten minste {low} en ten hoogste het in het contractoverzicht genoemde aantal uren per week, volgens rooster."),
                    ("Plaats", "De werkzaamheden worden verricht in de vestiging die hierboven staat genoemd."),
                    ("Cao", "Op deze overeenkomst is de Cao voor het Levensmiddelenbedrijf van toepassing."),
                    ("Proeftijd", "Er geldt geen proeftijd." if fixed else "Er geldt een proeftijd van twee maanden.")])
        + f"<p style='margin-top:5mm'>Getekend te {e(branch.city)} op {c.d(signed)}</p>"
        "<table style='width:100%'><tr><td>Werkgever<br><br>.................</td><td>Werknemer<br><br>.................</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end if fixed else None, place)


# --- fresh5 split ----------------------------------------------------------------------------


def bbl_praktijkovereenkomst(c: Ctx):
    """Fresh5. A three-party BBL "praktijkovereenkomst" (school, student, training company): the school's name and town, the student with student number and birth date, the training company (the employer) with KvK number and its workplace's town (the place), the course with its crebo code and expected diploma date, the work-based period's start and end (the truth) in a table, "arbeidsovereenkomst met het leerbedrijf: ja"; signed by three on one date."""
    c.font_of(c.pick(SANS, ("Open Sans", "Carlito")))
    c.restyle5(dates=("dash", "long", "dot_pad", "space_pad"))
    employee, employer, signed, start, end, place = _facts(c)
    employee = c.person(born=(1995, 2007))
    place = c.rng.choice(people.places())[1]
    employer = c.rng.choice(("Bakkerij Van der Linden B.V.", "Autobedrijf De Ridder B.V.", "Zorgcentrum De Horst", "Installatiebedrijf Peters & Co B.V.", "Kinderopvang Het Nest", "Hotel De Gouden Leeuw B.V."))
    school = c.rng.choice(("ROC van Amsterdam", "Albeda", "ROC Midden Nederland", "Noorderpoort", "Summa College", "ROC Tilburg", "Da Vinci College"))
    school_town = c.rng.choice(people.places())[1]
    name = employee.name(c.pick("all", "first", "initials"))
    diploma = end + dt.timedelta(days=c.rng.randint(20, 200))
    course = c.rng.choice((("Verzorgende-IG", 25491), ("Eerste monteur elektrotechnische installaties", 25264), ("Bakker", 25385), ("Pedagogisch medewerker kinderopvang", 25698),
                           ("Eerste autotechnicus", 25201), ("Zelfstandig werkend kok", 25180)))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(school)}</span><br><span class='small'>{e(school_town)}</span></td>"
        f"<td class='right small'>POK-nr. {c.rng.randint(1000000, 9999999)}</td></tr></table>"
        "<h1 style='margin-top:5mm'>Praktijkovereenkomst BBL</h1>"
        "<p class='small'>beroepsbegeleidende leerweg · behorend bij de onderwijsovereenkomst · artikel 7.2.8 WEB</p>"
        "<h3>1. Onderwijsinstelling</h3>" + kv([("Naam", e(school)), ("Vestiging", e(school_town))], label_width="48mm")
        + "<h3>2. Deelnemer</h3>" + kv([("Naam", e(name)), ("Geboortedatum", e(values.date_text(employee.birth_date, "dash"))),
                                         ("Studentnummer", str(c.rng.randint(100000, 999999)))], label_width="48mm")
        + "<h3>3. Leerbedrijf (werkgever)</h3>" + kv([("Naam", e(employer)), ("KvK-nummer", str(c.rng.randint(10000000, 99999999))),
                                                      ("Locatie beroepspraktijkvorming", e(place)), ("Praktijkopleider", e(c.person().name("initials")))], label_width="48mm")
        + "<h3>4. Opleiding en periode</h3>"
        "<table class='ruled' style='width:100%'><tr><th>Opleiding</th><th>Crebo</th><th>Niveau</th><th>Begindatum</th><th>Einddatum</th></tr>"
        f"<tr><td>{e(course[0])}</td><td>{course[1]}</td><td>{c.rng.randint(2, 4)}</td><td>{c.d(start)}</td><td>{c.d(end)}</td></tr></table>"
        f"<p>Beoogde diplomadatum: {e(values.date_text(diploma, 'dash'))} · Arbeidsovereenkomst met het leerbedrijf: <b>ja</b>, "
        f"{c.rng.randint(24, 38)} uur per week.</p>"
        f"<p style='margin-top:6mm'>Aldus getekend op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:3mm;font-size:9pt'><tr><td>Namens de school<br><br>{e(c.person().name('initials'))}</td>"
        f"<td>De deelnemer<br><br>{e(name)}</td><td>Namens het leerbedrijf<br><br>{e(c.person().name('initials'))}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, employer, start, end, place)


def cao_universiteit_aanstelling(c: Ctx):
    """Fresh5. A university's fixed-term contract under the universities' collective agreement: a header table (function, salary scale and step, monthly salary now and after the collective raise, hours), "tijdelijk voor de duur van ... van ... tot en met ...", the faculty's town as "standplaats" beside the university's seat, a probation end date, signed by the dean's office on a date."""
    c.font_of(c.pick(SERIF, ("Liberation Serif", "Caladea", "EB Garamond")))
    c.restyle5(dates=("long", "dash", "dot_pad"), amounts=("euro", "space_group", "EUR_dot"))
    employee, _, signed, start, end, _ = _facts(c)
    employer, seat, place = c.rng.choice((("Universiteit Utrecht", "Utrecht", "Utrecht"), ("Rijksuniversiteit Groningen", "Groningen", "Leeuwarden"),
                                          ("Universiteit Leiden", "Leiden", "Den Haag"), ("Radboud Universiteit", "Nijmegen", "Nijmegen"),
                                          ("Universiteit van Amsterdam", "Amsterdam", "Amsterdam"), ("Maastricht University", "Maastricht", "Venlo")))
    name = employee.name(c.pick("all", "initials", "given_initials"))
    probation = start + dt.timedelta(days=c.rng.choice((30, 60)))
    salary = c.rng.randint(3300, 5600)
    raised = values.amount(salary * 1.04)
    months = round((end - start).days / 30.4)
    body = (
        f"<div style='text-align:right'><span class='logo' style='font-size:15pt'>{e(employer)}</span><br><span class='small'>statutair gevestigd te {e(seat)}</span></div>"
        "<h1 style='margin-top:6mm'>Arbeidsovereenkomst</h1>"
        f"<p>De ondergetekenden, {e(employer)}, hierna ‘de werkgever’, en {e(name)}, geboren {e(values.date_text(employee.birth_date, 'long'))}, hierna ‘de werknemer’, "
        "komen het volgende overeen:</p>"
        "<table class='ruled' style='width:100%;margin:3mm 0'><tr><th>Functie</th><th>Schaal / trede</th><th>Salaris per maand</th><th>Per 1 juli na cao-verhoging</th><th>Omvang</th></tr>"
        f"<tr><td>{e(c.pick('Docent', 'Onderzoeker', 'Beleidsmedewerker', 'Promovendus'))}</td><td>{c.rng.randint(9, 12)} / {c.rng.randint(0, 8)}</td>"
        f"<td>{c.a(values.amount(salary))}</td><td>{c.a(raised)}</td><td>{c.pick('1,0 fte', '0,8 fte', '38 uur')}</td></tr></table>"
        f"<p><b>Artikel 1.</b> De werknemer treedt in dienst voor bepaalde tijd, voor de duur van {months} maanden, van {c.d(start)} tot en met {c.d(end)}. "
        f"De proeftijd eindigt op {c.d(probation)}.</p>"
        f"<p><b>Artikel 2.</b> De standplaats is {e(place)}. De werkgever kan de werknemer ook elders laten werken.</p>"
        "<p><b>Artikel 3.</b> Op deze overeenkomst is de cao Nederlandse Universiteiten van toepassing, zoals die nu luidt of later wordt gewijzigd.</p>"
        "<p><b>Artikel 4.</b> De werknemer verklaart een exemplaar van de cao en de regeling nevenwerkzaamheden te hebben ontvangen.</p>"
        f"<p style='margin-top:6mm'>{e(seat)}, {c.d(signed)}</p>"
        f"<table style='width:100%;margin-top:4mm'><tr><td>namens de werkgever,<br>de decaan<br><br>{e(c.person(titled=0.9).titled('initials'))}</td>"
        f"<td>de werknemer<br><br><br>{e(name)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end, place)


def platform_oproep_contractvoorstel(c: Ctx):
    """Fresh5. A staffing app's "contractvoorstel" for an on-call (zero-hours) contract, printed from the app: Dutch labels with English ones beside them, the legal employer (a payroll company) above the client whose shifts are worked, start and end dates, the work location's town, an hourly wage and holiday pay, "Geaccepteerd op do. 5 mrt. 2026 om 14:32" as the digital signature."""
    c.font_of(("Open Sans", "Cantarell", "Liberation Sans", "Quicksand"))
    c.restyle5(dates=("wd_abbr_short", "dash", "long"), amounts=("euro", "tight_whole", "EUR_dot"))
    employee, _, signed, start, end, _ = _facts(c)
    employer = c.rng.choice(("Staffing Flex Payroll B.V.", "ShiftWork Payroll Services B.V.", "FlexUp Werkt B.V.", "JobApp Payrolling B.V."))
    client = c.rng.choice(("Grand Café Het Plein", "Distributiecentrum Oost", "Eventbureau Zomerfeest", "Hotel Zeezicht", "Sushi & Co"))
    place = c.rng.choice(people.places())[1]
    name = employee.name(c.pick("all", "first"))
    wage = values.amount(c.rng.choice((14.4, 14.71, 15.2, 16.05, 17.5)))
    row = lambda nl, en, v: f"<tr><td style='width:60mm;padding:1.5mm 0;border-bottom:0.5px solid #ddd'>{e(nl)}<br><span style='font-size:7pt;color:#888'>{e(en)}</span></td><td style='border-bottom:0.5px solid #ddd'>{v}</td></tr>"  # noqa: E731
    body = (
        f"<div style='background:#5b2be0;color:white;padding:3mm 4mm;border-radius:2mm'><b style='font-size:14pt'>{e(employer.split()[0])}</b> &nbsp; contractvoorstel</div>"
        f"<h2 style='margin-top:5mm'>Oproepovereenkomst (nul-urencontract)</h2><p class='small'>On-call employment contract · voorstel nr. {c.rng.randint(100000, 999999)}</p>"
        "<table style='width:100%'>"
        + row("Werknemer", "Employee", f"<b>{e(name)}</b>")
        + row("Juridisch werkgever", "Legal employer", e(employer))
        + row("Opdrachtgever (waar je werkt)", "Client", e(client))
        + row("Werklocatie", "Work location", e(place))
        + row("Startdatum", "Start date", c.d(start))
        + row("Einddatum", "End date", c.d(end))
        + row("Uren", "Hours", "0 uur per week; je werkt alleen als je een dienst accepteert")
        + row("Uurloon", "Hourly wage", f"{c.a(wage)} bruto, excl. 8% vakantiegeld")
        + "</table>"
        "<p class='small' style='margin-top:4mm'>Op deze overeenkomst zijn de voorwaarden van de juridisch werkgever en de cao van de opdrachtgever van toepassing. "
        "Je wordt opgeroepen via de app; een oproep minder dan 4 dagen vooraf mag je weigeren.</p>"
        f"<div style='margin-top:5mm;border:1px solid #5b2be0;border-radius:2mm;padding:3mm'>✔ Geaccepteerd op {c.d(signed)} om {c.rng.randint(7, 23):02d}:{c.rng.randint(0, 59):02d} "
        f"door {e(name)} via de app (IP {c.rng.randint(10, 220)}.{c.rng.randint(0, 255)}.{c.rng.randint(0, 255)}.{c.rng.randint(1, 254)})</div>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end, place)


# --- fresh6 split ----------------------------------------------------------------------------

_PAYROLLERS = ("Payroll Select B.V.", "Flexpay Nederland B.V.", "ZZP Payroll Partners B.V.", "Loonwerk Payrolling B.V.")


def payroll_gegevens_werknemer(c: Ctx):
    """Fresh6. A payroll company's fixed-term contract opened by three ruled tables: "Gegevens werkgever" (the payroll company, its seat and KvK number), "Gegevens opdrachtgever" (the client whose work is done, with its own town) and "Gegevens werknemer" (surname in capitals before the given names, birth date, BSN, personnel number, address), then "Gegevens dienstverband" (function, start, end, hours, hourly wage, "plaats van tewerkstelling"), and short articles; signed by both on a date."""
    c.font_of(c.pick(NARROW, SANS))
    c.restyle6(dates=("dash", "pad_short_nodot", "iso"), amounts=("EUR_dash", "euro", "EUR_nogroup_after"))
    employee, _employer, signed, start, end, place = _facts(c)
    employer = c.rng.choice(_PAYROLLERS)
    client = c.rng.choice(tuple(x for x in EMPLOYERS if "Gemeente" not in x))
    name = employee.name(c.pick("surname_caps_given", "surname_caps_given", "all"))
    seat = c.rng.choice(people.places())[1]
    client_town = c.rng.choice(people.places())[1]
    home = people.address(c.rng)
    table = lambda title, rows: (f"<h3 style='margin-bottom:1mm'>{e(title)}</h3><table class='ruled' style='width:100%'>"  # noqa: E731
                                 + "".join(f"<tr><td style='width:55mm;background:#f2f2f2'>{e(k)}</td><td>{v}</td></tr>" for k, v in rows) + "</table>")
    body = (
        f"<div class='logo' style='font-size:15pt'>{e(employer)}</div><div class='small'>payrolling · werkgeverschap op maat</div>"
        "<h1 style='margin-top:5mm'>Arbeidsovereenkomst voor bepaalde tijd</h1>"
        + table("Gegevens werkgever", [("Naam", e(employer)), ("Statutair gevestigd te", e(seat)), ("KvK-nummer", str(c.rng.randint(10000000, 99999999)))])
        + table("Gegevens opdrachtgever", [("Naam", e(client)), ("Vestigingsplaats", e(client_town))])
        + table("Gegevens werknemer", [("Naam", e(name)), ("Geboortedatum", c.d(employee.birth_date)), ("BSN", e(employee.bsn)),
                                       ("Personeelsnummer", str(c.rng.randint(10000, 99999))), ("Adres", f"{e(home.line1())}, {e(home.city)}")])
        + table("Gegevens dienstverband", [("Functie", e(c.pick("orderpicker", "administratief medewerker", "servicemonteur", "klantenservicemedewerker"))),
                                           ("Datum indiensttreding", c.d(start)), ("Einddatum", c.d(end)),
                                           ("Arbeidsduur", f"{c.rng.choice((16, 24, 32, 38, 40))} uur per week"),
                                           ("Uurloon", c.a(values.amount(c.rng.randint(14, 24) + c.rng.randint(0, 99) / 100))),
                                           ("Plaats van tewerkstelling", e(place))])
        + "<p style='margin-top:4mm'><b>Artikel 1.</b> Werknemer verricht de werkzaamheden bij en onder leiding van de opdrachtgever; de werkgever blijft juridisch werkgever.<br>"
        "<b>Artikel 2.</b> De overeenkomst eindigt van rechtswege op de einddatum, zonder dat opzegging nodig is.<br>"
        "<b>Artikel 3.</b> Op deze overeenkomst is de cao van de opdrachtgever van toepassing voor zover het loon betreft.</p>"
        f"<p>Aldus opgemaakt en ondertekend op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>Werkgever<br><br>________________</td><td>Werknemer<br><br>________________<br>{e(name)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, employer, start, end, place)


def besluit_aanstelling_gemeente(c: Ctx):
    """Fresh6. A municipality's formal "Besluit aanstelling" (appointment decision): "Burgemeester en wethouders van ..., gelet op ...; besluiten:" then numbered articles appointing the employee (by initials, the full given names, or the surname's core in capitals) "met ingang van" a date "voor bepaalde tijd tot en met" a date (or for an indefinite period), the function, scale and the place of work ("standplaats") in an article of its own, the council's seat as a decoy, an appeal clause, and "Aldus besloten op" with the secretary and mayor's names."""
    c.font_of(c.pick(SERIF, ("Accanthis ADF Std", "EB Garamond", "Liberation Serif")))
    c.restyle6(dates=("long", "long_pad", "dash"))
    fixed = c.rng.random() < 0.7
    employee, _employer, signed, start, end, _place = _facts(c, fixed)
    municipality, town, *_ = c.rng.choice(people.places())
    employer = f"Gemeente {municipality}"
    place = c.pick(town, c.rng.choice(people.places())[1])
    name = employee.name(c.pick("initials", "initials_core_upper", "all"))
    duration = (f"voor bepaalde tijd, met ingang van {c.d(start)} tot en met {c.d(end)}" if fixed else f"voor onbepaalde tijd, met ingang van {c.d(start)}")
    items = [("Aanstelling", f"{e(name)}, geboren op {c.d(employee.birth_date)}, wordt in dienst genomen bij de {e(employer)} {duration}."),
             ("Functie", f"De functie is {e(c.pick('beleidsmedewerker wonen', 'medewerker Burgerzaken', 'toezichthouder openbare ruimte', 'consulent Wmo'))}, "
                         f"ingedeeld in schaal {c.rng.randint(6, 11)}, met een arbeidsduur van {c.rng.choice((28, 32, 36))} uur per week."),
             ("Standplaats", f"De standplaats is {e(place)}."),
             ("Rechtspositie", "Op de arbeidsovereenkomst is de Cao Gemeenten van toepassing."),
             ("Bezwaar", "Tegen dit besluit kunt u binnen zes weken na de dag van verzending bezwaar maken bij het college.")]
    body = (
        f"<div style='text-align:center'><span class='logo' style='font-size:9pt;letter-spacing:3px'>GEMEENTE</span><br>"
        f"<span class='logo' style='font-size:18pt'>{e(municipality.upper())}</span></div>"
        f"<p class='right small'>Registratienummer {signed.year}-{c.rng.randint(10000, 99999)}</p>"
        "<h1 style='text-align:center'>Besluit aanstelling</h1>"
        f"<p>Burgemeester en wethouders van de gemeente {e(municipality)}, gevestigd te {e(town)};</p>"
        "<p>gelet op de Cao Gemeenten en het Mandaatbesluit personeel;</p><p>gezien de uitkomst van de selectieprocedure;</p>"
        "<p style='text-align:center;font-weight:bold;letter-spacing:2px'>B E S L U I T E N:</p>"
        + articles([(k, v) for k, v in items])
        + f"<p style='margin-top:6mm'>Aldus besloten op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:4mm'><tr><td>de secretaris,<br><br>{e(c.person().name('initials'))}</td>"
        f"<td>de burgemeester,<br><br>{e(c.person().name('initials'))}</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end if fixed else None, place)


# --- fresh7 split ----------------------------------------------------------------------------

_PL_AGENCIES = ("EuroFlex Uitzendbureau B.V.", "Polstaff Nederland B.V.", "AgriStaff Westland B.V.", "Flexwerk Oost B.V.", "Interpers Uitzendgroep B.V.")
_PL_CLIENTS = (("Kwekerij Van der Lans B.V.", ("Naaldwijk", "Honselersdijk", "De Lier")), ("Distributiecentrum Venlo B.V.", ("Venlo",)),
               ("Champignonkwekerij De Peel B.V.", ("Horst", "America")), ("Fruitteeltbedrijf Betuwe B.V.", ("Tiel", "Geldermalsen")),
               ("Vleesverwerking Zuid B.V.", ("Boxtel", "Oss")), ("Bloemenveiling Logistiek B.V.", ("Aalsmeer", "Bleiswijk")))  # fmt: skip
_PL_JOBS = (("orderpicker", "komisjoner"), ("productiemedewerker", "pracownik produkcji"), ("oogstmedewerker", "pracownik przy zbiorach"),
            ("inpakker", "pakowacz"), ("heftruckchauffeur", "operator wózka widłowego"))  # fmt: skip


def uitzend_nl_pl_tweetalig(c: Ctx):
    """Fresh7. A temping agency's "Uitzendovereenkomst / Umowa o pracę tymczasową" for a worker from Poland: every label in Dutch and in Polish ("Werknemer / Pracownik", "Plaats van tewerkstelling / Miejsce wykonywania pracy", "Einddatum / Data zakończenia"), the worker's given names and surname in capitals, the agency as the employer with its seat, the hirer and the place of work, the agency's housing in another town and its weekly deduction (decoy place and amount), the hourly wage, the phase, dates as "05.03.2026" and amounts as "1 234,50 EUR", the clauses side by side in both languages, signed at the agency's seat on a date."""
    c.font_of(c.pick(SANS7, SANS))
    c.restyle7(dates=("dot_pad", "dot_pad", "dash"), amounts=("space_group_after", "space_group_after", "euro"))
    _employee, _employer, signed, start, end, _place = _facts(c)
    employee = c.person(origin="pl", born=(1968, 2005))
    name = employee.name(c.pick("all_upper_surname", "all_upper_surname", "particle_cap_reversed", "all"))
    employer = c.rng.choice(_PL_AGENCIES)
    client, towns = c.rng.choice(_PL_CLIENTS)
    place = c.rng.choice(towns)
    seat = c.rng.choice(people.places())[1]
    housing = people.address(c.rng)
    job_nl, job_pl = c.rng.choice(_PL_JOBS)
    two = lambda nl, pl: f"{e(nl)}<br><span style='color:#8a1c1c;font-size:8pt'>{e(pl)}</span>"  # noqa: E731
    rows = [(("Uitzendonderneming (werkgever)", "Agencja pracy tymczasowej (pracodawca)"), f"{e(employer)}, gevestigd te / z siedzibą w {e(seat)}"),
            (("Werknemer", "Pracownik"), f"<b>{e(name)}</b>"), (("Geboortedatum", "Data urodzenia"), c.d(employee.birth_date)),
            (("Burgerservicenummer", "Numer BSN"), e(employee.bsn)), (("Nationaliteit", "Obywatelstwo"), "Pools / polskie"),
            (("Opdrachtgever (inlener)", "Użytkownik (zleceniodawca)"), e(client)), (("Plaats van tewerkstelling", "Miejsce wykonywania pracy"), e(place)),
            (("Functie", "Stanowisko"), f"{e(job_nl)} / {e(job_pl)}"), (("Ingangsdatum", "Data rozpoczęcia"), c.d(start)), (("Einddatum", "Data zakończenia"), c.d(end)),
            (("Uurloon (bruto)", "Stawka godzinowa (brutto)"), c.a(values.amount(c.rng.randint(1400, 1900) / 100))),
            (("Fase", "Faza"), c.pick("Fase A / Faza A", "Fase B / Faza B")),
            (("Huisvesting via werkgever", "Zakwaterowanie przez pracodawcę"), f"{e(housing.line1())}, {e(housing.city)}"),
            (("Inhouding huisvesting per week", "Potrącenie za zakwaterowanie tygodniowo"), c.a(values.amount(c.rng.choice((95, 105.5, 110, 118.75)))))]
    table = "".join(f"<tr><td style='width:72mm;background:#f4f4f4'>{two(*labels)}</td><td>{value}</td></tr>" for labels, value in rows)
    clauses = [("Deze overeenkomst eindigt van rechtswege op de einddatum, zonder dat opzegging nodig is.",
                "Umowa wygasa z mocy prawa w dniu zakończenia, bez konieczności wypowiedzenia."),
               ("Op deze overeenkomst is de cao voor uitzendkrachten van toepassing.",
                "Do niniejszej umowy ma zastosowanie układ zbiorowy pracy dla pracowników tymczasowych."),
               ("De huisvesting is los van deze overeenkomst; de werknemer kan de huisvesting met een week opzeggen.",
                "Zakwaterowanie jest niezależne od niniejszej umowy; pracownik może je wypowiedzieć z tygodniowym wyprzedzeniem.")]
    side = "".join(f"<tr><td style='width:50%;padding-right:4mm'>{i + 1}. {e(nl)}</td><td style='color:#8a1c1c'>{i + 1}. {e(pl)}</td></tr>"
                   for i, (nl, pl) in enumerate(clauses))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(employer)}</span></td>"
        f"<td class='right small'>Nr. {c.rng.randint(100000, 999999)}</td></tr></table>"
        "<h1 style='margin-top:4mm;margin-bottom:0'>Uitzendovereenkomst</h1><div style='color:#8a1c1c;font-size:12pt;margin-bottom:4mm'>Umowa o pracę tymczasową</div>"
        f"<table class='ruled' style='width:100%'>{table}</table>"
        f"<table style='width:100%;margin-top:4mm;font-size:9pt'>{side}</table>"
        f"<p style='margin-top:5mm'>{two('Plaats en datum', 'Miejsce i data')} {e(seat)}, {c.d(signed)}</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>{two('Werkgever', 'Pracodawca')}<br><br>________________</td>"
        f"<td>{two('Werknemer', 'Pracownik')}<br><br>________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; } @page { margin: 13mm 15mm 13mm 15mm; }"), _truth(name, employer, start, end, place)


_RECEIVING = (("Société Lyonnaise d'Ingénierie SAS", "12 Rue de la République", "69002", "Lyon", "France"),
              ("Nordic Marine Consult ApS", "Havnegade 24", "1058", "København", "Denmark"),
              ("Instituto de Biomedicina Aplicada", "Calle Jaime Roig 11", "46010", "Valencia", "Spain"),
              ("Baltic Logistics Sp. z o.o.", "ul. Grunwaldzka 82", "80-244", "Gdańsk", "Poland"),
              ("Studio Architettura Ferri S.r.l.", "Via dei Mille 14", "40121", "Bologna", "Italy"),
              ("Helsinki Urban Lab Oy", "Mannerheimintie 5", "00100", "Helsinki", "Finland"),
              ("Wiener Verkehrsplanung GmbH", "Praterstraße 31", "1020", "Wien", "Austria"))  # fmt: skip
_SENDING = (("Hogeschool van Amsterdam", "NL AMSTERD05"), ("Hanzehogeschool Groningen", "NL GRONING03"), ("Fontys Hogescholen", "NL EINDHOV17"),
            ("Saxion Hogeschool", "NL ENSCHED03"), ("Hogeschool Utrecht", "NL UTRECHT24"), ("Avans Hogeschool", "NL BREDA10"))  # fmt: skip


def erasmus_learning_agreement_traineeship(c: Ctx):
    """Fresh7. An Erasmus+ "Learning Agreement for Traineeships" in English as the EU template prints it: a table "Trainee" (Last name(s) and First name(s) in separate cells, date of birth, nationality, field of education), a table "Sending Institution" (a Dutch university of applied sciences with its Erasmus code and a contact person), a table "Receiving Organisation/Enterprise" (the employer: name, department, the address with the town, the country in its own cell, a mentor), "Section to be completed before the mobility" with "Planned period of the physical mobility: from 01/02/2026 till 31/07/2026", the traineeship title and the hours a week, and the commitment table (the trainee's full name, the two institutions' signatories, each with an own date before the start)."""
    c.font_of(c.pick(("Carlito", "Liberation Sans", "Open Sans"), SANS7))
    c.restyle7(dates=("slash", "slash", "en_ordinal"))
    employee, _employer, signed, start, end, _place = _facts(c)
    employee = people.Person(employee.given, employee.surname, employee.sex, values.between(c.rng, dt.date(1998, 1, 1), dt.date(2006, 6, 30)), employee.bsn)
    employer, street, code, place, country = c.rng.choice(_RECEIVING)
    school, erasmus = c.rng.choice(_SENDING)
    name = employee.name("all")
    coordinator, mentor = c.person(born=(1960, 1990)), c.person(born=(1965, 1995))
    cell = "style='border:0.8px solid #555;padding:2px 4px;vertical-align:top'"
    head = "style='border:0.8px solid #555;padding:2px 4px;background:#dce6f2;font-weight:bold;font-size:8pt'"
    table = lambda title, labels, values_: (f"<table style='width:100%;border-collapse:collapse;margin-top:3mm;font-size:8.6pt'>"  # noqa: E731
                                            f"<tr><td colspan='{len(labels)}' style='font-weight:bold;font-size:9.5pt;padding:1mm 0'>{e(title)}</td></tr><tr>"
                                            + "".join(f"<td {head}>{e(label)}</td>" for label in labels) + "</tr><tr>"
                                            + "".join(f"<td {cell}>{v}</td>" for v in values_) + "</tr></table>")
    whole = lambda text: f"<span style='white-space:nowrap'>{text}</span>"  # noqa: E731
    dates = sorted(values.between(c.rng, signed - dt.timedelta(days=40), signed) for _ in range(3))
    commit = "".join(f"<tr><td {cell}>{e(role)}</td><td {cell}>{who}</td><td {cell}>{e(position)}</td><td {cell}>{c.d(day)}</td><td {cell} style='width:28mm'></td></tr>"
                     for (role, who, position), day in zip((("Trainee", whole(e(name)), "Trainee"),
                                                            ("Responsible person at the Sending Institution", e(coordinator.name("first")), "Erasmus coordinator"),
                                                            ("Supervisor at the Receiving Organisation", e(mentor.name("first")), "Mentor")), dates))
    body = (
        "<table style='width:100%'><tr><td><b style='color:#003399;font-size:12pt'>Erasmus+</b><br><span class='small'>Higher Education: Learning Agreement form</span></td>"
        f"<td class='right small'>Trainee's name: {e(name)}<br>Academic Year {start.year if start.month >= 9 else start.year - 1}/{(start.year if start.month >= 9 else start.year - 1) + 1}</td></tr></table>"
        "<h1 style='text-align:center;font-size:15pt;margin-top:4mm'>Learning Agreement for Traineeships</h1>"
        + table("Trainee", ("Last name(s)", "First name(s)", "Date of birth", "Nationality", "Field of education"),
                (whole(e(employee.surname)), whole(e(" ".join(employee.given))), c.d(employee.birth_date), e(c.pick("Dutch", "Moroccan", "Turkish", "Polish")),
                 e(c.pick("Business and administration", "Engineering", "Health", "Architecture"))))
        + table("Sending Institution", ("Name", "Erasmus code", "Address", "Country", "Contact person"),
                (e(school), e(erasmus), e(people.issuer_address(c.rng)[1]), "Netherlands", e(coordinator.name("first"))))
        + table("Receiving Organisation / Enterprise", ("Name", "Department", "Address", "Country", "Mentor"),
                (whole(e(employer)), e(c.pick("Research & Development", "Operations", "Design", "Finance")), f"{e(street)}, {e(code)} {e(place)}", e(country),
                 e(mentor.name("first"))))
        + "<h2 style='font-size:11pt;margin-top:6mm'>Section to be completed before the mobility</h2>"
        "<div style='border:0.8px solid #555;padding:2mm 3mm;font-size:9pt'><b>Table A – Traineeship Programme at the Receiving Organisation</b><br>"
        f"Planned period of the physical mobility: from <b>{c.d(start)}</b> till <b>{c.d(end)}</b><br>"
        f"Traineeship title: {e(c.pick('Junior project assistant', 'Intern data analysis', 'Trainee logistics planning', 'Assistant designer'))}<br>"
        f"Number of working hours per week: {c.rng.choice((32, 36, 38, 40))}<br>"
        "Detailed programme of the traineeship: the trainee takes part in the daily work of the department and carries out an own project.</div>"
        "<h2 style='font-size:11pt;margin-top:6mm'>Commitment</h2><p style='font-size:8.5pt'>By signing this document, the trainee, the Sending Institution and the "
        "Receiving Organisation confirm that they approve the Learning Agreement and that they will comply with all the arrangements agreed by all parties.</p>"
        f"<table style='width:100%;border-collapse:collapse;font-size:8.6pt'><tr><td {head}>Commitment</td><td {head}>Name</td><td {head}>Position</td>"
        f"<td {head}>Date</td><td {head}>Signature</td></tr>{commit}</table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; } @page { margin: 13mm 14mm 13mm 14mm; }"), _truth(name, employer, start, end, place)


# --- fresh8 split ----------------------------------------------------------------------------

_SHIPOWNERS = (("Wagenborg Shipping B.V.", "Delfzijl"), ("Spliethoff's Bevrachtingskantoor B.V.", "Amsterdam"), ("Boskalis Offshore B.V.", "Papendrecht"),
               ("Van Oord Ship Management B.V.", "Rotterdam"), ("Canada Feeder Lines B.V.", "Groningen"), ("Flinter Shipping B.V.", "Barendrecht"))  # fmt: skip
_VESSELS = ("MV Nordic Spirit", "MV Eemsborg", "ms Vlieland Trader", "MV Atlantic Carrier", "TSHD Prins der Nederlanden", "MV Westerdiep", "ms Hollandia Star")
_CREWING = ("Seacrew Manning Services B.V.", "Maritime Crewing Rotterdam B.V.", "Noordzee Crew Agency B.V.")
_RANKS = ("Able Seaman / Matroos", "Ordinary Seaman / Lichtmatroos", "Third Engineer / 3e Werktuigkundige", "Cook / Kok", "Second Officer / 2e Stuurman")


def zeevarende_sea_mlc(c: Ctx):
    """Fresh8. A Seafarer's Employment Agreement under the Maritime Labour Convention 2006 for a ship under the Dutch flag, in English with Dutch labels beside: the shipowner (the employer) with its address, a crewing agency that recruited the seafarer with its licence number (a decoy employer), the seafarer's full name, date and place of birth, nationality and seaman's book, the vessel (name, IMO number, flag, port of registry: the vessel is the place of work), the place and date the agreement was entered into (decoys), the capacity on board, monthly wages in euros, hours, leave and repatriation in numbered terms, "Commencement of employment 01-Mar-2026" and "Expiry date 31-Aug-2026", both parties' signatures."""
    c.font_of(c.pick(SANS8, ("Liberation Sans", "DejaVu Sans Condensed", "Carlito")))
    c.restyle8(dates=("en_dash_mon", "en_dash_mon", "en_long"))
    employee, _employer, signed, start, _end, _place = _facts(c)
    employee = c.person(origin=c.pick("nl", "pl", "an", "cv", "id"), born=(1962, 2004))
    end = start + dt.timedelta(days=c.rng.choice((91, 122, 152, 183, 243)))
    employer, seat = c.rng.choice(_SHIPOWNERS)
    vessel = c.rng.choice(_VESSELS)
    name = employee.name(c.pick("all", "all_upper_surname", "all"))
    agency = c.rng.choice(_CREWING)
    signed_at = c.pick(seat, "Rotterdam", "Den Helder")
    cell = "style='border:0.7px solid #555;padding:1.5mm 2mm;vertical-align:top'"
    lab = lambda en, nl: f"<b>{e(en)}</b><br><span style='color:#555;font-size:7.5pt'>{e(nl)}</span>"  # noqa: E731
    table = lambda title, rows: (f"<div style='background:#1d3557;color:#fff;padding:1mm 2mm;margin-top:3mm;font-weight:bold'>{e(title)}</div>"  # noqa: E731
                                 "<table style='width:100%;border-collapse:collapse;table-layout:fixed'>"
                                 + "".join(f"<tr><td {cell} width='38%'>{lab(en, nl)}</td><td {cell}>{v}</td></tr>" for (en, nl), v in rows) + "</table>")
    terms = ["Hours of work: 8 hours a day, 40 hours a week; hours of rest in accordance with Standard A2.3.",
             "Paid annual leave: 7 days for each month of service, taken after sign-off.",
             "Repatriation at the shipowner's cost to the seafarer's home port at the end of the agreement or after a maximum of 11 months on board.",
             "Medical care and sick pay as laid down in the Wet zeevarenden and the collective agreement for Dutch merchant shipping.",
             "Either party may terminate this agreement with 30 days' written notice; earlier in the cases laid down by law."]
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#1d3557'>{e(employer)}</span><br>"
        f"<span class='small'>Crew Department · {e(seat)}</span></td><td class='right small'>SEA no. {c.rng.randint(2026000, 2026999)}<br>MLC 2006 · Standard A2.1</td></tr></table>"
        "<h1 style='margin-top:4mm;margin-bottom:0'>SEAFARER'S EMPLOYMENT AGREEMENT</h1><div style='color:#555'>Arbeidsovereenkomst zeevarende</div>"
        + table("1. Shipowner / Reder", [(("Name", "Naam"), e(employer)), (("Address", "Adres"), f"{e(people.issuer_address(c.rng, seat)[0])}, {e(seat)}, the Netherlands"),
                                          (("Recruited through", "Geworven via"), f"{e(agency)}, licence no. RPS-{c.rng.randint(1000, 9999)}")])
        + table("2. Seafarer / Zeevarende", [(("Full name", "Volledige naam"), f"<b>{e(name)}</b>"), (("Date of birth", "Geboortedatum"), e(values.date_text(employee.birth_date, "en_dash_mon"))),
                                             (("Place of birth", "Geboorteplaats"), e(c.rng.choice(people.places())[1])),
                                             (("Seaman's book no.", "Monsterboekje"), f"NL{c.rng.randint(100000, 999999)}")])
        + table("3. Vessel / Schip", [(("Place of work: vessel", "Plaats van tewerkstelling: schip"), f"<b>{e(vessel)}</b>"), (("IMO number", "IMO-nummer"), str(c.rng.randint(9100000, 9899999))),
                                      (("Flag / Port of registry", "Vlag / Thuishaven"), f"Netherlands / {e(seat)}")])
        + table("4. Employment / Dienstverband", [(("Capacity", "Functie aan boord"), e(c.rng.choice(_RANKS))),
                                                  (("Basic wage per month", "Basisloon per maand"), e(values.amount_text(values.amount(c.rng.randint(2300, 5200)), "EUR_grouped"))),
                                                  (("Commencement of employment", "Datum indiensttreding"), c.d(start)), (("Expiry date", "Einddatum"), c.d(end)),
                                                  (("Place and date of agreement", "Plaats en datum overeenkomst"), f"{e(signed_at)}, {e(values.date_text(signed, 'en_dash_mon'))}")])
        + "<ol style='font-size:8.2pt;margin-top:3mm;padding-left:5mm'>" + "".join(f"<li>{e(t)}</li>" for t in terms) + "</ol>"
        f"<table style='width:100%;margin-top:5mm'><tr><td>For the shipowner<br><br>________________<br>{e(c.person().name('initials'))}, crew manager</td>"
        f"<td>The seafarer<br><br>________________<br>{e(name)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9pt; } @page { margin: 12mm 14mm 12mm 14mm; }"), _truth(name, employer, start, end, vessel)


_INTERNATIONAL_EMPLOYERS = ("Lumen Photonics B.V.", "Northsea Data Centers B.V.", "Delta Biotech Netherlands B.V.", "Orbis Logistics Europe B.V.",
                            "Brightline Software B.V.", "Kestrel Aerospace Netherlands B.V.")  # fmt: skip


def tweetalig_kolommen_nl_en(c: Ctx):
    """Fresh8. An international employer's fixed-term contract in two columns side by side, Dutch on the left and English on the right, article by article ("Artikel 3 Plaats van tewerkstelling" beside "Article 3 Place of work"), the statement that the Dutch text prevails, the employee's full name in the parties' clause of both columns, the start and end in Dutch ("1 maart 2026") and in English ("1 March 2026"), the employer's statutory seat beside the place of work, the probation's end and a salary (decoys), signed by both with one date under the columns."""
    c.font_of(c.pick(SANS8, SERIF8, ("Carlito", "Open Sans")))
    c.restyle8(dates=("long",))
    employee, _employer, signed, start, end, place = _facts(c)
    place = c.rng.choice(people.places())[1]
    employer = c.rng.choice(_INTERNATIONAL_EMPLOYERS)
    seat = c.pick("Amsterdam", "Eindhoven", "Rotterdam", "Delft", "Utrecht")
    name = employee.name(c.pick("all", "all", "first"))
    probation = start + dt.timedelta(days=30)
    salary = values.amount(c.rng.randint(3200, 7800))
    en = lambda d: e(values.date_text(d, "en_long"))  # noqa: E731
    pairs = [
        (("Partijen", f"{e(employer)}, statutair gevestigd te {e(seat)}, hierna: de werkgever, en {e(name)}, geboren op "
          f"{e(values.date_text(employee.birth_date, 'long'))}, hierna: de werknemer."),
         ("Parties", f"{e(employer)}, having its registered office in {e(seat)}, hereinafter: the employer, and {e(name)}, born on "
          f"{en(employee.birth_date)}, hereinafter: the employee.")),
        (("Artikel 1 Indiensttreding", f"De werknemer treedt in dienst op {c.d(start)} voor bepaalde tijd. De overeenkomst eindigt van rechtswege op {c.d(end)}."),
         ("Article 1 Commencement", f"The employee enters employment on {en(start)} for a fixed term. The agreement ends by operation of law on {en(end)}.")),
        (("Artikel 2 Proeftijd", f"Er geldt een proeftijd van een maand, tot en met {c.d(probation)}."),
         ("Article 2 Probation", f"A probationary period of one month applies, until and including {en(probation)}.")),
        (("Artikel 3 Plaats van tewerkstelling", f"De werkzaamheden worden verricht te <b>{e(place)}</b>."),
         ("Article 3 Place of work", f"The work is performed in <b>{e(place)}</b>.")),
        (("Artikel 4 Salaris", f"Het bruto maandsalaris bedraagt {e(values.amount_text(salary, 'euro'))} bij een werkweek van 40 uur."),
         ("Article 4 Salary", f"The gross monthly salary is {e(values.amount_text(salary, 'en'))} for a 40-hour week.")),
        (("Artikel 5 Taal", "Deze overeenkomst is opgesteld in het Nederlands en het Engels. Bij verschil gaat de Nederlandse tekst voor."),
         ("Article 5 Language", "This agreement is drawn up in Dutch and English. In case of a difference the Dutch text prevails.")),
    ]
    rows = "".join(f"<tr><td style='width:50%;padding:2mm 4mm 2mm 0;border-right:0.6px solid #999'><b>{e(nt)}</b><br>{nx}</td>"
                   f"<td style='padding:2mm 0 2mm 4mm;color:#333'><b>{e(et)}</b><br>{ex}</td></tr>" for (nt, nx), (et, ex) in pairs)
    body = (
        f"<div class='logo' style='font-size:15pt'>{e(employer)}</div>"
        "<table style='width:100%;margin-top:5mm'><tr><td style='width:50%'><h2 style='margin:0'>Arbeidsovereenkomst voor bepaalde tijd</h2></td>"
        "<td><h2 style='margin:0;color:#333'>Fixed-term employment agreement</h2></td></tr></table>"
        f"<table style='width:100%;font-size:9pt'>{rows}</table>"
        f"<p style='margin-top:6mm'>Getekend te / Signed at {e(seat)}, {c.d(signed)}</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>De werkgever / The employer<br><br>________________</td>"
        f"<td>De werknemer / The employee<br><br>________________<br>{e(name)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(name, employer, start, end, place)


# --- fresh9 split ----------------------------------------------------------------------------

_GERMAN = (("Rheinland Logistik GmbH", "Kleve", "Düsseldorf"), ("Niederrhein Kliniken gGmbH", "Goch", "Kleve"),
           ("Grenzland Bau GmbH & Co. KG", "Emmerich am Rhein", "Wesel"), ("Westmünsterland Pflege GmbH", "Gronau (Westf.)", "Münster"),
           ("Euregio Maschinenbau AG", "Aachen", "Köln"), ("Emsland Agrar GmbH", "Lingen (Ems)", "Osnabrück"))
_MONATE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember")


def arbeitsvertrag_befristet_duits(c: Ctx):
    """Fresh9. A German fixed-term employment contract ("Befristeter Arbeitsvertrag") of a cross-border worker living in the Netherlands: "zwischen der Firma ... (Arbeitgeber) und Herrn/Frau ... wohnhaft in ... (Niederlande)", the company's registered seat and commercial register ("Sitz: Düsseldorf, HRB ...") as decoys, "§ 1 Beginn und Dauer" with "beginnt am 01.04.2026" and "endet ... mit Ablauf des 31.03.2027" (German day.month.year), "§ 2 Tätigkeit und Arbeitsort" naming the German town of work, the probation period, salary and the place and date of signing ("Kleve, den 12. Februar 2026") as decoys; heads in Go's small capitals."""
    c.font_of(c.pick(SERIF9, ("Liberation Serif", "FreeSerif")))
    c.restyle9(dates=("dot_pad",), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer, place, seat = c.rng.choice(_GERMAN)
    name = employee.name(c.pick("all", "first"))
    home = people.address(c.rng)
    salut = "Herrn" if employee.sex == "m" else "Frau"
    smallcaps = 'font-family:"Go Smallcaps", sans-serif'
    para = lambda n, title, text: f"<p><b style='{smallcaps}'>§ {n} &nbsp;{e(title)}</b><br>{text}</p>"  # noqa: E731
    body = (
        f"<div style='{smallcaps};font-size:13pt'>{e(employer)}</div><div class='small'>Sitz: {e(seat)} · Amtsgericht {e(seat)} HRB {c.rng.randint(1000, 49999)}</div>"
        f"<h1 style='{smallcaps};text-align:center;margin-top:10mm'>Befristeter Arbeitsvertrag</h1>"
        f"<p>zwischen der Firma <b>{e(employer)}</b>, vertreten durch die Geschäftsführung, &mdash; im Folgenden „Arbeitgeber“ &mdash;</p>"
        f"<p>und {salut} <b>{e(name)}</b>, geboren am {e(values.date_text(employee.birth_date, 'dot_pad'))}, wohnhaft {e(home.line1())}, "
        f"{e(values.postcode_text(home.postcode, True))} {e(home.city)} (Niederlande) &mdash; im Folgenden „Arbeitnehmer“ &mdash;</p>"
        "<p>wird folgender Arbeitsvertrag geschlossen:</p>"
        + para(1, "Beginn und Dauer", f"Das Arbeitsverhältnis beginnt am {c.d(start)}. Es ist gemäß § 14 Abs. 2 TzBfG befristet und endet, ohne dass es einer Kündigung bedarf, "
                                         f"mit Ablauf des {c.d(end)}.")
        + para(2, "Tätigkeit und Arbeitsort", f"Der Arbeitnehmer wird als {e(c.pick('Lagerist', 'Pflegefachkraft', 'Bauhelfer', 'Maschinenführer', 'Sachbearbeiter'))} eingestellt. "
                                                 f"Arbeitsort ist {e(place)}.")
        + para(3, "Probezeit", "Die ersten sechs Monate gelten als Probezeit. Während der Probezeit kann mit einer Frist von zwei Wochen gekündigt werden.")
        + para(4, "Vergütung", f"Der Arbeitnehmer erhält ein monatliches Bruttogehalt von {c.rng.randint(2400, 4200)},00 EUR.")
        + para(5, "Arbeitszeit", f"Die regelmäßige wöchentliche Arbeitszeit beträgt {c.pick(38, 39, 40)} Stunden.")
        + f"<p style='margin-top:8mm'>{e(place)}, den {signed.day}. {_MONATE[signed.month - 1]} {signed.year}</p>"
        "<table style='width:100%;margin-top:12mm'><tr><td>______________________<br>Arbeitgeber</td><td>______________________<br>Arbeitnehmer</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, employer, start, end, place)


_ISLANDS = (("Hotel De Wadden B.V.", "Den Burg (Texel)", "De Cocksdorp"), ("Strandhotel Noordzee B.V.", "West-Terschelling", "Midsland"),
            ("Hotel Ameland Duinzicht B.V.", "Nes (Ameland)", "Hollum"), ("Badhotel Vlieland B.V.", "Oost-Vlieland", "Vlieland, kampeerterrein Stortemelk"),
            ("Hotel Schiermonnikoog Zeezicht B.V.", "Schiermonnikoog", "Schiermonnikoog, Badweg"))


def seizoenscontract_waddeneiland(c: Ctx):
    """Fresh9. A season contract ("Arbeidsovereenkomst seizoenskracht") of a hotel on one of the Wadden islands: the hotel's company with its registered seat on the mainland (a decoy), the season as the contract's period (from spring to autumn, "voor bepaalde tijd, het seizoen"), the hotel's village as the place of work, the staff house where the employee lives during the season (mostly in another village), the day and boat of arrival before the start and the place and date of signing as decoys; heads in Open Sans extra-bold."""
    c.font_of(c.pick(("Open Sans", "Carlito", "Cantarell"), SANS8))
    c.restyle9(dates=("long", "dash"), amounts=("euro",))
    employee, _employer, signed, _start, _end, _place = _facts(c)
    employer, place, house = c.rng.choice(_ISLANDS)
    year = c.pick(2026, 2026, 2027)
    start = dt.date(year, c.pick(3, 4, 4, 5), c.pick(1, 1, 15))
    end = dt.date(year, c.pick(10, 10, 11), 1) - dt.timedelta(days=1)  # the last day of September or October
    signed = min(signed, start - dt.timedelta(days=c.rng.randint(14, 60)))
    arrival = start - dt.timedelta(days=1)
    name = employee.name(c.pick("all", "first", "initials"))
    heavy = 'font-family:"Open Sans Extrabold", sans-serif'
    body = (
        f"<div style='{heavy};font-size:16pt'>{e(employer)}</div><div class='small'>statutair gevestigd te {e(c.pick('Leeuwarden', 'Harlingen', 'Den Helder', 'Groningen'))} · KvK {c.rng.randint(10000000, 99999999)}</div>"
        f"<h1 style='{heavy};margin-top:8mm'>Arbeidsovereenkomst seizoenskracht {year}</h1>"
        + kv([("Werkgever", e(employer)), ("Werknemer", f"<b>{e(name)}</b>"), ("Geboortedatum", c.d(employee.birth_date)),
              ("Functie", e(c.pick("medewerker bediening", "kok", "medewerker housekeeping", "receptionist", "afwasser"))),
              ("Standplaats (plaats van werk)", e(place)), ("Huisvesting", f"personeelshuis in {e(house)}")], label_width="58mm")
        + f"<p><b>1. Duur.</b> Deze overeenkomst wordt aangegaan voor bepaalde tijd, voor de duur van het seizoen: van {c.d(start)} tot en met {c.d(end)}. "
        "Zij eindigt van rechtswege op de laatste dag.</p>"
        f"<p><b>2. Aankomst.</b> De werknemer meldt zich op {c.d(arrival)} met de boot van {c.pick('14.35', '16.05', '11.30')} uur; de overtocht wordt vergoed.</p>"
        f"<p><b>3. Huisvesting.</b> Tijdens het seizoen woont de werknemer in het personeelshuis ({e(house)}). Voor kost en inwoning wordt {c.rng.randint(150, 300)} euro per maand ingehouden.</p>"
        "<p><b>4. Arbeidsduur en loon.</b> Gemiddeld 38 uur per week, volgens de cao Horeca; het loon staat in de bijlage.</p>"
        f"<p style='margin-top:8mm'>Aldus overeengekomen en getekend op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:10mm'><tr><td>namens werkgever<br><br>______________</td><td>werknemer<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, employer, start, end, place)


# --- fresh10 split ---------------------------------------------------------------------------

_AGENCIES10 = ("Timing Uitzendteam B.V.", "Unique Uitzendbureau B.V.", "Adecco Nederland B.V.", "Covebo Uitzendgroep B.V.", "Olympia Nederland B.V.")
_HIRERS10 = (("DHL Supply Chain B.V.", "Venlo"), ("FrieslandCampina Nederland B.V.", "Leeuwarden"), ("Bol.com fulfilment", "Waalwijk"),
             ("Vanderlande Industries B.V.", "Veghel"), ("Philips Consumer Lifestyle B.V.", "Drachten"), ("Jumbo distributiecentrum", "Beek (L)"))


def uitzend_plaatsingsbevestiging(c: Ctx):
    """Fresh10. An employment agency's "Plaatsingsbevestiging" (confirmation of placement) under its temporary-work contract: the agency as the employer ("Werkgever (uitzendonderneming)"), the hirer and its site ("Inlener", "Plaats tewerkstelling"), the worker's name as the agency's system sorts it ("Meer (van der), J.C."), "Startdatum plaatsing" and "Einddatum plaatsing" as "01.04.26", the job, the hourly wage and the ABU phase as decoys, the confirmation's own date and a reference number."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), SANS10))
    c.restyle10(dates=("dot_2y",), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer = c.rng.choice(_AGENCIES10)
    hirer, place = c.rng.choice(_HIRERS10)
    name = employee.name(c.pick("reversed_particle_brackets", "reversed_particle_brackets", "initials"))
    body = (
        f"<table style='width:100%'><tr><td><b style='font-size:15pt'>{e(employer)}</b><br><span class='small'>vestiging {e(c.pick('Venlo', 'Tilburg', 'Zwolle', 'Rotterdam'))} · ABU-lid</span></td>"
        f"<td class='right small'>Datum: {c.d(signed)}<br>Referentie PL-{c.rng.randint(100000, 999999)}</td></tr></table>"
        "<h1 style='margin-top:8mm'>Plaatsingsbevestiging</h1>"
        "<p>Hierbij bevestigen wij je plaatsing bij onderstaande opdrachtgever. Deze bevestiging hoort bij je uitzendovereenkomst.</p>"
        + kv([("Uitzendkracht", f"<b>{e(name)}</b>"), ("Geboortedatum", e(values.date_text(employee.birth_date, 'dash'))),
              ("Werkgever (uitzendonderneming)", e(employer)), ("Inlener (opdrachtgever)", e(hirer)), ("Plaats tewerkstelling", e(place)),
              ("Functie", e(c.pick("orderpicker", "productiemedewerker", "reachtruckchauffeur", "inpakker"))),
              ("Startdatum plaatsing", c.d(start)), ("Einddatum plaatsing", c.d(end)), ("Fase (ABU-cao)", c.pick("A", "B")),
              ("Uurloon", f"€ {c.rng.randint(14, 19)},{c.rng.randint(0, 99):02d} bruto")], label_width="62mm")
        + "<p class='small' style='margin-top:6mm'>De plaatsing eindigt op de einddatum zonder dat opzegging nodig is. Op je uitzendovereenkomst is de ABU-cao voor uitzendkrachten van toepassing.</p>"
        "<table style='width:100%;margin-top:10mm'><tr><td>Voor akkoord uitzendkracht<br><br>__________________</td><td>Namens de uitzendonderneming<br><br>__________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, employer, start, end, place)


_BELGIAN10 = (("Havenlogistiek Antwerpen NV", "Antwerpen"), ("Zorggroep Kempen vzw", "Turnhout"), ("Brugse Bouwonderneming BV", "Brugge"),
              ("Gentse Softwarestudio BV", "Gent"), ("Limburgse Metaalwerken NV", "Genk"), ("Mechelse Distributie BV", "Mechelen"))


def vlaamse_bediende_bepaalde_duur(c: Ctx):
    """Fresh10. A Flemish "Arbeidsovereenkomst voor bedienden van bepaalde duur" for a Dutch resident: "Tussen de ondergetekenden: ... NV, met maatschappelijke zetel te ..., ondernemingsnummer 0xxx.xxx.xxx, hierna de werkgever, en Johannes van der MEER, hierna de bediende" (the family name's core in capitals, as Flemish forms mark it), "Artikel 1 - De overeenkomst vangt aan op ... en eindigt op ...", "Artikel 3 - De plaats van tewerkstelling is ...", the paritair comité and the gross wage as decoys, "Opgemaakt in twee exemplaren te ... op ..., elke partij erkent een exemplaar te hebben ontvangen"."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Carlito", "Liberation Sans")))
    c.restyle10(dates=("long", "slash"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer, place = c.rng.choice(_BELGIAN10)
    seat = c.pick(place, "Brussel", "Antwerpen")
    name = employee.name(c.pick("first_core_upper", "first_core_upper", "all"))
    home = people.address(c.rng)
    art = lambda n, title, text: f"<p><b>Artikel {n} - {e(title)}</b><br>{text}</p>"  # noqa: E731
    body = (
        "<h1 style='text-align:center'>ARBEIDSOVEREENKOMST VOOR BEDIENDEN<br>VAN BEPAALDE DUUR</h1>"
        f"<p>Tussen de ondergetekenden:</p><p><b>{e(employer)}</b>, met maatschappelijke zetel te {e(seat)}, ondernemingsnummer 0{c.rng.randint(400, 899)}.{c.rng.randint(100, 999)}.{c.rng.randint(100, 999)}, "
        "vertegenwoordigd door de zaakvoerder, hierna genoemd <i>de werkgever</i>,</p>"
        f"<p>en <b>{e(name)}</b>, wonende te {e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)} (Nederland), hierna genoemd <i>de bediende</i>,</p>"
        "<p>wordt overeengekomen wat volgt:</p>"
        + art(1, "Duur", f"De overeenkomst vangt aan op {c.d(start)} en eindigt van rechtswege op {c.d(end)}.")
        + art(2, "Functie", f"De bediende wordt aangeworven als {e(c.pick('administratief medewerker', 'verpleegkundige', 'projectmedewerker', 'boekhouder', 'ontwikkelaar'))}.")
        + art(3, "Plaats van tewerkstelling", f"De plaats van tewerkstelling is {e(place)}.")
        + art(4, "Loon", f"Het brutomaandloon bedraagt {c.rng.randint(2600, 4200)},00 EUR. De overeenkomst valt onder paritair comité nr. {c.pick('200', '330', '124', '226')}.")
        + art(5, "Arbeidsduur", f"De wekelijkse arbeidsduur bedraagt {c.pick(38, 37, 40)} uur.")
        + f"<p style='margin-top:6mm'>Opgemaakt in twee exemplaren te {e(place)} op {c.d(signed)}, elke partij erkent een exemplaar te hebben ontvangen.</p>"
        "<table style='width:100%;margin-top:10mm'><tr><td>De werkgever<br><br>__________________</td><td>De bediende<br>(voorafgegaan door „gelezen en goedgekeurd”)<br><br>__________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, employer, start, end, place)


# --- fresh11 split ---------------------------------------------------------------------------

_WORK_AT_HOME11 = ("schoonmaakwerkzaamheden in en om het huis", "hulp bij de verzorging van de werkgever", "oppas voor de kinderen van de werkgever",
                   "tuinonderhoud en klusjes")


def dienstverlening_aan_huis_particulier(c: Ctx):
    """Fresh11. An employment contract under the "Regeling dienstverlening aan huis" in which a private person employs the tenant in the employer's own home: the employer is a person ("Werkgever: A. de Vries", with a home address), the work is done "in de woning van de werkgever te ...", "voor bepaalde tijd, van ... tot en met ...", at most three days a week, the hourly wage and holiday pay as decoys, signed by both with a place and date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle11(dates=("long", "dash"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c)
    boss = c.person(born=(1935, 1985))
    boss_home = people.address(c.rng)
    employer, place = boss.name(c.pick("initials", "all")), boss_home.city
    name = employee.name(c.pick("all", "first"))
    art = lambda n, title, text: f"<p><b>Artikel {n}. {e(title)}</b><br>{text}</p>"  # noqa: E731
    body = (
        "<h1>Arbeidsovereenkomst</h1><div class='muted'>Regeling dienstverlening aan huis (werk bij een particulier, maximaal 3 dagen per week)</div>"
        + kv([("Werkgever", e(employer)), ("Adres werkgever", f"{e(boss_home.line1())}, {e(values.postcode_text(boss_home.postcode, True))} {e(boss_home.city)}"),
              ("Werknemer", e(name)), ("Geboortedatum werknemer", e(values.date_text(employee.birth_date, "dash")))], label_width="48mm")
        + art(1, "Werkzaamheden", f"De werknemer verricht {e(c.rng.choice(_WORK_AT_HOME11))}. Het werk wordt gedaan in de woning van de werkgever te {e(place)}.")
        + art(2, "Duur", f"Deze overeenkomst is aangegaan voor bepaalde tijd, van {c.d(start)} tot en met {c.d(end)}. Zij eindigt op die datum zonder opzegging.")
        + art(3, "Werktijden", f"De werknemer werkt {c.pick('twee', 'drie')} dagdelen per week, op vaste dagen in overleg. De werknemer werkt niet meer dan 3 dagen per week bij de werkgever.")
        + art(4, "Loon", f"Het loon is {e(values.amount_text(values.amount(c.rng.randint(14, 19) + c.rng.choice((0, 0.25, 0.5))), 'euro'))} bruto per uur, plus 8% vakantiegeld. "
              "De werkgever houdt geen loonheffing in; de werknemer geeft het loon zelf op bij de Belastingdienst.")
        + art(5, "Ziekte", "Bij ziekte betaalt de werkgever zes weken ten minste 70% van het loon door.")
        + f"<p style='margin-top:8mm'>Aldus overeengekomen en in tweevoud getekend te {e(place)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:8mm'><tr><td>De werkgever<br><br>________________</td><td>De werknemer<br><br>________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, employer, start, end, place)


_SW_BEDRIJVEN11 = (("Pantar Amsterdam", ("Amsterdam", "Zaandam")), ("Ergon Eindhoven", ("Eindhoven", "Veldhoven")), ("Senzer", ("Helmond", "Deurne")),
                   ("Wedeo", ("Uden", "Oss")), ("Avres", ("Tiel", "Culemborg")), ("Permar WS", ("Heerlen", "Kerkrade")))


def _icon(kind: str) -> str:
    """A small pictogram drawn as an inline SVG (no text): a calendar, a map pin, a building or a person."""
    shapes = {
        "calendar": "<rect x='3' y='6' width='26' height='22' rx='2' fill='none' stroke='#1c6e8c' stroke-width='2.4'/><line x1='3' y1='12' x2='29' y2='12' stroke='#1c6e8c' stroke-width='2.4'/>"
                    "<line x1='10' y1='3' x2='10' y2='9' stroke='#1c6e8c' stroke-width='2.4'/><line x1='22' y1='3' x2='22' y2='9' stroke='#1c6e8c' stroke-width='2.4'/>",
        "pin": "<path d='M16 30 C8 19 6 15 6 11 a10 10 0 0 1 20 0 c0 4 -2 8 -10 19z' fill='none' stroke='#c0392b' stroke-width='2.4'/><circle cx='16' cy='11' r='3.5' fill='#c0392b'/>",
        "building": "<rect x='6' y='5' width='20' height='24' fill='none' stroke='#555' stroke-width='2.4'/>"
                    + "".join(f"<rect x='{x}' y='{y}' width='4' height='4' fill='#555'/>" for x in (10, 18) for y in (9, 16)) + "<rect x='14' y='23' width='4' height='6' fill='#555'/>",
        "person": "<circle cx='16' cy='9' r='5.5' fill='none' stroke='#2a7a2a' stroke-width='2.4'/><path d='M5 29 c0 -9 22 -9 22 0' fill='none' stroke='#2a7a2a' stroke-width='2.4'/>",
    }
    return f"<svg width='11mm' height='11mm' viewBox='0 0 32 32' xmlns='http://www.w3.org/2000/svg'>{shapes[kind]}</svg>"


def sociaal_werkbedrijf_eenvoudige_taal(c: Ctx):
    """Fresh11. A social firm's fixed-term contract written in easy Dutch with a pictogram before every fact (a person, a building, a map pin, a calendar), one fact a row in large type: "Jouw naam", "Je werkgever is", "Je werkt in" (the site's town, which may differ from the firm's seat in the letterhead), "Je begint op maandag 1 juni 2026", "Je contract stopt op ..."; the hours, the job coach's name and the signing date as decoys around it, the legal text in small print under it."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Cantarell", "Liberation Sans")))
    c.restyle11(dates=("weekday",), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer, towns = c.rng.choice(_SW_BEDRIJVEN11)
    place, seat = c.rng.choice(towns), towns[0]
    name = employee.name(c.pick("first", "all"))
    coach = c.person(born=(1965, 1998))
    row = lambda icon, label, value: (f"<tr><td style='width:15mm;padding:2mm 0'>{_icon(icon)}</td><td style='font-size:10pt;color:#444;width:52mm'>{e(label)}</td>"  # noqa: E731
                                      f"<td style='font-size:13pt;font-weight:bold'>{value}</td></tr>")
    body = (
        f"<table style='width:100%'><tr><td><b style='font-size:16pt;color:#1c6e8c'>{e(employer)}</b><br><span class='small'>vestiging {e(seat)} · werk dat bij je past</span></td>"
        f"<td class='right small'>Personeelsnummer {c.rng.randint(10000, 99999)}</td></tr></table>"
        "<h1 style='margin-top:8mm;font-size:20pt'>Jouw arbeidscontract</h1><p style='font-size:11pt'>Dit zijn de afspraken. We hebben ze makkelijk opgeschreven.</p>"
        "<table style='width:100%;margin-top:3mm'>"
        + row("person", "Jouw naam", e(name)) + row("building", "Je werkgever is", e(employer)) + row("pin", "Je werkt in", e(place))
        + row("calendar", "Je begint op", c.d(start)) + row("calendar", "Je contract stopt op", c.d(end))
        + "</table>"
        + f"<p style='font-size:11pt;margin-top:4mm'>Je werkt {c.pick(20, 24, 28, 32)} uur per week. Je jobcoach is {e(coach.name('first'))}. Heb je vragen? Bel je jobcoach.</p>"
        + f"<p style='font-size:11pt'>Wij hebben dit contract samen getekend op {e(values.date_text(signed, 'long'))}.</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>Handtekening werknemer<br><br>________________</td><td>Handtekening werkgever<br><br>________________</td></tr></table>"
        "<p class='small' style='margin-top:8mm'>Juridische tekst: deze arbeidsovereenkomst voor bepaalde tijd valt onder de cao Aan de slag. Op deze overeenkomst zijn de personeelsregelingen "
        "van de werkgever van toepassing. Bij strijdigheid gaat de cao voor.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, employer, start, end, place)


# --- fresh12 split ---------------------------------------------------------------------------


_FUNCTIONS12 = ("medewerker klantenservice", "verpleegkundige", "monteur", "projectleider", "docent Nederlands", "data-analist", "magazijnmedewerker")


def allonge_verlenging_was_wordt(c: Ctx):
    """Fresh12. An "Allonge bij de arbeidsovereenkomst" that extends a fixed-term contract: the parties (the employer with its seat, the employee with birth date), the original contract's date and start ("in dienst sinds", a decoy) and a table "Artikel | Was | Wordt" with the end date (the old end a decoy), the place of work and the hours; the extension's start in a sentence ("Met ingang van ..."); "alle overige bepalingen blijven ongewijzigd"; signed at the seat on the allonge's own date. The truth is the extension: its start, its end, the place in the "Wordt" column."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Caladea", "Liberation Serif")))
    c.restyle12(dates=("pad_short_dot", "dash"), amounts=("euro",))
    employee, employer, signed, start, end, place = _facts(c)
    name = employee.name(c.pick("all", "initials"))
    first_start = start - dt.timedelta(days=c.rng.choice((365, 366, 182, 730)))
    old_end = start - dt.timedelta(days=1)
    old_place = c.rng.choice(people.places())[1] if c.rng.random() < 0.5 else place
    seat = c.rng.choice(people.places())[1]
    hours = c.rng.choice((24, 28, 32, 36, 38, 40))
    cell = "style='border:0.7px solid #444;padding:2mm'"
    table = (f"<table style='width:100%;margin-top:3mm'><tr style='background:#e8e8e8'><th {cell}>Artikel</th><th {cell}>Was</th><th {cell}>Wordt</th></tr>"
             f"<tr><td {cell}>2. Duur</td><td {cell}>tot en met {c.d(old_end)}</td><td {cell}>tot en met {c.d(end)}</td></tr>"
             f"<tr><td {cell}>3. Plaats van de werkzaamheden</td><td {cell}>{e(old_place)}</td><td {cell}>{e(place)}</td></tr>"
             f"<tr><td {cell}>4. Arbeidsduur</td><td {cell}>{hours} uur per week</td><td {cell}>{hours} uur per week</td></tr></table>")
    body = (
        f"<div class='logo' style='font-size:14pt'>{e(employer)}</div><div class='small'>Afdeling HR &middot; vestiging {e(seat)}</div>"
        "<h1 style='margin-top:8mm'>Allonge bij de arbeidsovereenkomst</h1>"
        f"<p>De ondergetekenden:</p><p>1. {e(employer)}, gevestigd te {e(seat)}, hierna: de werkgever;</p>"
        f"<p>2. {e(name)}, geboren op {e(values.date_text(employee.birth_date, 'dash'))}, hierna: de werknemer;</p>"
        f"<p>overwegende dat de werknemer sinds {c.d(first_start)} bij de werkgever in dienst is als {e(c.rng.choice(_FUNCTIONS12))} op grond van een arbeidsovereenkomst voor bepaalde tijd, "
        f"die afloopt op {c.d(old_end)};</p>"
        f"<p>komen overeen dat de arbeidsovereenkomst met ingang van {c.d(start)} wordt verlengd, als volgt gewijzigd:</p>" + table
        + "<p style='margin-top:3mm'>Alle overige bepalingen van de arbeidsovereenkomst blijven ongewijzigd van kracht.</p>"
        f"<p style='margin-top:6mm'>Aldus opgemaakt in tweevoud te {e(seat)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:8mm'><tr><td>Namens de werkgever<br><br>________________</td><td>De werknemer<br><br>________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, employer, start, end, place)


_HOLIDAY_EMPLOYERS12 = (("Recreatiepark De Bosrand B.V.", "Ede", "Otterlo"), ("Strandpaviljoen Zuiderduin V.O.F.", "Bergen", "Egmond aan Zee"),
                        ("Camping De Kleine Wielen B.V.", "Leeuwarden", "Leeuwarden"), ("Dierenpark Hoenderdaell B.V.", "Den Helder", "Anna Paulowna"),
                        ("Attractiepark Drouwenerzand B.V.", "Borger-Odoorn", "Drouwen"))


def vakantiewerk_ouder_medeondertekent(c: Ctx):
    """Fresh12. A summer job contract for a young worker ("Arbeidsovereenkomst vakantiewerk"): the employer with its registered seat (a decoy town), the young employee with birth date and address, the job, "van ... tot en met ..." in summer, the place of the park or beach where the work is done, the hourly youth wage (a decoy figure) and a signature block for a parent or guardian "(verplicht als de werknemer jonger is dan 18 jaar)" naming the parent (a decoy name), dates as "do 2 jul 2026"."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "Cantarell")))
    c.restyle12(dates=("wd_short_nodot", "long"), amounts=("euro",))
    employee = c.person(born=(2007, 2010))
    parent = c.person(surname=employee.surname, born=(1968, 1985))
    employer, seat, place = c.rng.choice(_HOLIDAY_EMPLOYERS12)
    start = c.date((2026, 6, 27), (2026, 7, 13))
    end = c.date((2026, 8, 14), (2026, 8, 31))
    signed = start - dt.timedelta(days=c.rng.randint(10, 45))
    home = people.address(c.rng)
    name = employee.name(c.pick("all", "first"))
    wage = values.amount(c.rng.choice((9.5, 10.25, 11.4, 12.1, 13.27)))
    body = (
        f"<div class='logo' style='font-size:15pt;color:#2f6b2f'>{e(employer)}</div><div class='small'>statutair gevestigd te {e(seat)} &middot; KvK {c.rng.randint(10**7, 10**8 - 1)}</div>"
        "<h1 style='margin-top:8mm'>Arbeidsovereenkomst vakantiewerk</h1>"
        + kv([("Werkgever", e(employer)), ("Werknemer", e(name)), ("Geboortedatum", e(values.date_text(employee.birth_date, "dash"))),
              ("Adres werknemer", f"{e(home.line1())}, {e(home.city)}"), ("Functie", c.pick("medewerker horeca", "medewerker attracties", "schoonmaak en recreatieteam")),
              ("Eerste werkdag", c.d(start)), ("Laatste werkdag", c.d(end)), ("Plaats van de werkzaamheden", e(place)),
              ("Loon", f"{e(values.amount_text(wage, 'euro'))} bruto per uur (jeugdloon), exclusief vakantiegeld")], label_width="55mm")
        + f"<p>Deze arbeidsovereenkomst is aangegaan voor bepaalde tijd, van {c.d(start)} tot en met {c.d(end)}, en eindigt van rechtswege zonder dat opzegging nodig is.</p>"
        "<p>De werknemer werkt volgens rooster, ook in het weekend. Op deze overeenkomst is de cao Recreatie van toepassing.</p>"
        "<table style='width:100%;margin-top:7mm'><tr>"
        f"<td>Namens de werkgever<br><br>________________<br>Datum: {c.d(signed)}</td><td>De werknemer<br><br>________________</td></tr>"
        f"<tr><td colspan='2' style='padding-top:6mm'>Ouder / voogd (verplicht als de werknemer jonger is dan 18 jaar): {e(parent.name('initials'))}<br><br>________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, employer, start, end, place)

# --- fresh13 split ---------------------------------------------------------------------------

_CLEANERS13 = (("Schoonmaakbedrijf Glans & Co B.V.", "Nieuwegein"), ("CleanForce Facilitair B.V.", "Zoetermeer"), ("Van der Veen Schoonmaakdiensten B.V.", "Assen"),
               ("Sparkle Facility Services B.V.", "Breda"), ("Schoonmaakgroep Noord B.V.", "Drachten"))
_SITES13 = ("kantoorpand", "basisschool", "sporthal", "gezondheidscentrum", "bibliotheek", "distributiecentrum", "gemeentehuis")


def nulurencontract_schoonmaak_objecten(c: Ctx):
    """Fresh13. A cleaning company's zero-hours contract ("Arbeidsovereenkomst oproepkracht - nulurencontract") under the collective agreement of the cleaning trade: the company's name in an extra-bold italic with its seat (a decoy), the employee with birth date and address, articles on the function and pay group, the term ("voor bepaalde tijd van ... tot en met ..."), the place ("Standplaats: ...") with a list of client sites and their addresses where the employee may be called (decoys), zero hours a week and at least three hours a call, the hourly wage as "EURO 14,37" (a decoy), signed at the seat on "donderdag 05-03-2026"."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Open Sans", "DejaVu Sans")))
    c.restyle13(dates=("wd_long_dash", "long", "dash"), amounts=("EURO_caps_front",))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer, seat = c.rng.choice(_CLEANERS13)
    place = c.rng.choice(people.places())[1]
    name = employee.name(c.pick("all", "initials", "first"))
    home = people.address(c.rng)
    sites = "".join(f"<li>{e(c.rng.choice(_SITES13))}, {e(people.address(c.rng).street)} {c.rng.randint(1, 120)}, {e(place)}</li>" for _ in range(c.rng.randint(2, 4)))
    wage = values.amount(c.rng.choice((14.37, 14.71, 15.02, 15.38)))
    items = [("Functie", "Werknemer treedt in dienst als schoonmaakmedewerker (functiegroep 1, Cao Schoonmaak- en Glazenwassersbedrijf)."),
             ("Duur", f"Deze overeenkomst is aangegaan voor bepaalde tijd van {c.d(start)} tot en met {c.d(end)} en eindigt van rechtswege."),
             ("Standplaats", f"Standplaats: {e(place)}. Werknemer kan worden opgeroepen voor werk op de objecten van opdrachtgevers in en rond de standplaats, waaronder:<ul style='margin:1mm 0'>{sites}</ul>"),
             ("Arbeidsduur", "De arbeidsduur is nul uur per week. Werknemer wordt opgeroepen wanneer er werk is; een oproep duurt ten minste drie uur."),
             ("Loon", f"Het uurloon bedraagt {c.a(wage)} bruto, vermeerderd met vakantiebijslag en reserveringen volgens de cao.")]
    body = (
        f"<div style='font-family:\"{SANS13[0]}\", sans-serif;font-style:italic;font-size:17pt;color:#0a6aa8'>{e(employer)}</div>"
        f"<div class='small'>Vestiging {e(seat)} &middot; KvK {c.rng.randint(10**7, 10**8 - 1)}</div>"
        "<h1 style='margin-top:6mm'>Arbeidsovereenkomst oproepkracht &ndash; nulurencontract</h1>"
        f"<p>De ondergetekenden: {e(employer)}, gevestigd te {e(seat)}, hierna: werkgever, en {e(name)}, geboren op {e(values.date_text(employee.birth_date, 'dash'))}, "
        f"wonende {e(home.line1())}, {e(home.city)}, hierna: werknemer, komen het volgende overeen.</p>"
        + "".join(f"<p style='margin:0 0 2.5mm 0'><b>Artikel {i} {e(t)}</b><br>{text}</p>" for i, (t, text) in enumerate(items, 1))
        + f"<p style='margin-top:5mm'>Aldus opgemaakt te {e(seat)} op {c.d(signed)}.</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>Werkgever<br><br>________________</td><td>Werknemer<br><br>________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, employer, start, end, place)


_WATERBOARDS13 = (("Hoogheemraadschap van Rijnland", "Leiden"), ("Waterschap Rivierenland", "Tiel"), ("Waterschap Aa en Maas", "'s-Hertogenbosch"),
                  ("Wetterskip Fryslân", "Leeuwarden"), ("Hoogheemraadschap Hollands Noorderkwartier", "Heerhugowaard"), ("Waterschap Vallei en Veluwe", "Apeldoorn"))
_WATER_JOBS13 = ("medewerker gebiedsbeheer", "procesoperator zuivering", "adviseur waterkeringen", "medewerker belastingen", "technicus gemalen")


def waterschap_bevestiging_arbeidsovereenkomst(c: Ctx):
    """Fresh13. A water board's letter confirming an employment contract: the board's letterhead in italic with its seat (a decoy), the employee's address block, "Onderwerp: bevestiging arbeidsovereenkomst", the job interview's day (a decoy), the start, a fixed term to an end date or an indefinite contract, the function and the "standplaats" (a treatment plant's or a depot's town), the probation's end, the salary scale and sum (decoys), the Cao Waterschappen, a summary table, signed by the HR adviser "namens het dagelijks bestuur"."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Caladea", "Liberation Serif")))
    c.restyle13(dates=("long", "wd_long_dash"), amounts=("euro",))
    fixed = c.rng.random() < 0.7
    employee, _employer, signed, start, end, _place = _facts(c, fixed)
    employer, seat = c.rng.choice(_WATERBOARDS13)
    place = c.rng.choice(people.places())[1]
    name = employee.name(c.pick("all", "initials", "first"))
    home = people.address(c.rng)
    adviser = c.person(born=(1965, 1998))
    interview = signed - dt.timedelta(days=c.rng.randint(7, 40))
    probation = start + dt.timedelta(days=c.rng.choice((30, 60)))
    job = c.rng.choice(_WATER_JOBS13)
    term = f"voor bepaalde tijd tot en met {c.d(end)}" if fixed else "voor onbepaalde tijd"
    summary = [("Naam", e(name)), ("Functie", e(job)), ("Salarisschaal", f"{c.rng.randint(6, 11)}, trede {c.rng.randint(0, 8)}"),
               ("Ingangsdatum", c.d(start)), ("Einddatum", c.d(end) if fixed else "onbepaalde tijd"), ("Standplaats", e(place)),
               ("Arbeidsduur", f"{c.pick(32, 36)} uur per week")]
    body = (
        f"<div style='font-family:\"{SERIF13[0]}\", serif;font-style:italic;font-size:18pt;color:#0b4f6c'>{e(employer)}</div>"
        f"<div class='small'>{e(' '.join(people.issuer_address(c.rng, seat)))} &middot; gevestigd te {e(seat)}</div>"
        + address_block([name, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(signed)), ("Onderwerp", "bevestiging arbeidsovereenkomst"), ("Kenmerk", f"P&amp;O/{c.rng.randint(1000, 9999)}")], label_width="30mm")
        + f"<p style='margin-top:5mm'>Beste {e(employee.given[0])},</p>"
        f"<p>Naar aanleiding van ons gesprek op {e(values.date_text(interview, 'long'))} bevestigen wij graag dat u met ingang van {c.d(start)} bij ons in dienst treedt "
        f"als {e(job)}, {term}. Uw standplaats is {e(place)}.</p>"
        f"<p>Voor u geldt een proeftijd tot en met {e(values.date_text(probation, 'long'))}. Op uw arbeidsovereenkomst is de Cao Waterschappen van toepassing.</p>"
        + "<table class='ruled' style='width:80%;margin-top:3mm'>" + "".join(f"<tr><td style='width:40%'>{e(k)}</td><td>{v}</td></tr>" for k, v in summary) + "</table>"
        + "<p style='margin-top:4mm'>Wilt u de bijgevoegde kopie van de arbeidsovereenkomst getekend terugsturen? Wij heten u van harte welkom.</p>"
        f"<p>Met vriendelijke groet,<br>namens het dagelijks bestuur,<br><br>{e(adviser.name('initials'))}<br>HR-adviseur</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, employer, start, end if fixed else None, place)

# --- fresh14 split ---------------------------------------------------------------------------

_HR21_14 = (("Medewerker Publiekszaken", "Medewerker Dienstverlening 2", 7), ("Beleidsadviseur Wonen", "Adviseur Beleid 2", 11),
            ("Handhaver openbare ruimte (BOA)", "Medewerker Toezicht 2", 8), ("Medewerker Milieustraat", "Medewerker Uitvoering 1", 5),
            ("Consulent Werk en Inkomen", "Consulent 2", 9), ("Vakspecialist Groen", "Vakspecialist Uitvoering 1", 6))


def gemeente_cao_arbeidsovereenkomst_hr21(c: Ctx):
    """Fresh14. A municipality's employment contract under the Cao Gemeenten ("Arbeidsovereenkomst", the municipality as employer represented by its HR manager "namens het college van burgemeester en wethouders"): the municipality's seat and town hall's address (decoys), the employee with birth date and address, a table of the contract's data (function, HR21 function family and scale, hours, "Individueel Keuzebudget (IKB) 17,05%", the start, the end or "onbepaalde tijd", the probation's end, the place of work: a depot or service point in another town of the municipality), short articles, signed in the seat with a date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle14(dates=("long", "dash", "weekday"), amounts=("euro",))
    fixed = c.rng.random() < 0.6
    employee, _employer, signed, start, end, _place = _facts(c, fixed)
    municipality, seat, *_rest = c.rng.choice(people.places())
    employer = f"Gemeente {municipality}"
    place = c.rng.choice([p[1] for p in people.places() if p[0] == municipality and p[1] != seat] or [p[1] for p in people.places()])
    name = employee.name(c.pick("all", "initials", "first"))
    home = people.address(c.rng)
    job, family, scale = c.rng.choice(_HR21_14)
    manager = c.person(born=(1962, 1990))
    probation = start + dt.timedelta(days=c.rng.choice((30, 60)))
    site = c.pick("servicepunt", "gemeentewerf", "milieustraat", "wijkkantoor")
    data = [("Functie", e(job)), ("Functiefamilie HR21", f"{e(family)}, schaal {scale}"), ("Arbeidsduur", f"{c.pick(24, 32, 36)} uur per week"),
            ("Individueel Keuzebudget (IKB)", "17,05% van het salaris"), ("Datum indiensttreding", c.d(start)),
            ("Einddatum", c.d(end) if fixed else "onbepaalde tijd"), ("Proeftijd tot en met", e(values.date_text(probation, "dash"))),
            ("Plaats van tewerkstelling", f"{e(site)} {e(place)}")]
    items = [("Partijen", f"{e(employer)}, gevestigd te {e(seat)}, en {e(name)}, geboren op {e(values.date_text(employee.birth_date, 'dash'))}, wonende {e(home.line1())} te {e(home.city)}."),
             ("Cao", "Op deze arbeidsovereenkomst is de Cao Gemeenten van toepassing, zoals die op enig moment luidt."),
             ("Duur", f"De arbeidsovereenkomst gaat in op {c.d(start)} en is aangegaan " + (f"voor bepaalde tijd tot en met {c.d(end)}." if fixed else "voor onbepaalde tijd.")),
             ("Werkplek", f"De werknemer werkt vanuit het {e(site)} in {e(place)}; de werkgever kan in redelijkheid een andere werkplek binnen de gemeente aanwijzen.")]
    body = (
        f"<div style=\"font-family:'{SANS14[0]}', sans-serif;font-weight:bold;font-style:italic;font-size:17pt\">gemeente {e(municipality)}</div>"
        f"<div class='small'>Stadhuis &middot; Postbus {c.rng.randint(10, 9999)} &middot; {e(seat)}</div>"
        "<h1 style='margin-top:7mm'>Arbeidsovereenkomst</h1>"
        + kv(data, label_width="62mm")
        + articles(items, "Artikel")
        + f"<p>Opgemaakt in tweevoud en getekend te {e(seat)} op {c.d(signed)}.</p>"
        f"<table style='width:100%;margin-top:5mm'><tr><td>namens het college van burgemeester en wethouders,<br><br>{e(manager.name('initials'))}<br>manager HR</td>"
        f"<td>de werknemer,<br><br>{e(name)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, employer, start, end if fixed else None, place)


def werkgeversverklaring_loonstrook_opmaak(c: Ctx):
    """Fresh14. An employer's statement ("Werkgeversverklaring") printed by the payroll system in the layout of its payslips: a grey header grid (employer, payroll-tax number, employee, staff number, department, birth date: decoys beside the name), a table of the last three pay periods (gross pay, holiday allowance reserved, year-end bonus: decoys), then "Gegevens dienstverband" (date employed, "Soort dienstverband" temporary with its end date or indefinite, "Standplaats") and a signed declaration by the payroll department with a date; a reference in a bold italic monospaced cut."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Carlito", "Open Sans")))
    c.restyle14(dates=("dash", "long"), amounts=("euro",))
    fixed = c.rng.random() < 0.6
    employee, employer, signed, start, end, place = _facts(c, fixed)
    if c.rng.random() < 0.5:  # an employee already in service: the contract began before the statement
        start = signed - dt.timedelta(days=c.rng.randint(60, 700))
        end = start + dt.timedelta(days=c.rng.choice((730, 1095))) if fixed else None
        end = max(end, signed + dt.timedelta(days=60)) if end else None
    name = employee.name(c.pick("all", "initials", "first"))
    gross = c.rng.randint(260000, 520000)
    periods = [signed.replace(day=1) - dt.timedelta(days=1)]
    for _ in range(2):
        periods.append(periods[-1].replace(day=1) - dt.timedelta(days=1))
    cell = "style='background:#e9ecef;font-size:8pt;color:#333'"
    head = (f"<table class='ruled' style='width:100%;font-size:8.8pt'><tr><td {cell}>Werkgever</td><td>{e(employer)}</td><td {cell}>Loonheffingennummer</td>"
            f"<td>{c.rng.randint(100000000, 999999999)}L{c.rng.randint(1, 9):02d}</td></tr>"
            f"<tr><td {cell}>Werknemer</td><td>{e(name)}</td><td {cell}>Personeelsnummer</td><td>{c.rng.randint(1000, 99999)}</td></tr>"
            f"<tr><td {cell}>Geboortedatum</td><td>{e(values.date_text(employee.birth_date, 'dash'))}</td><td {cell}>Afdeling</td><td>{e(c.pick('Logistiek', 'Zorg', 'Techniek', 'Administratie', 'Verkoop'))}</td></tr></table>")
    money = lambda cents: c.a(values.amount(cents / 100))  # noqa: E731
    pay = ("<table class='ruled' style='width:100%;margin-top:3mm;font-size:8.8pt'><tr><th>Periode</th><th class='right'>Bruto loon</th>"
           "<th class='right'>Vakantietoeslag (res.)</th><th class='right'>Eindejaarsuitkering (res.)</th></tr>"
           + "".join(f"<tr><td>{values.MONTHS[p.month - 1]} {p.year}</td><td class='right'>{money(gross)}</td><td class='right'>{money(gross * 8 // 100)}</td>"
                     f"<td class='right'>{money(gross * 833 // 10000)}</td></tr>" for p in periods) + "</table>")
    kind = f"tijdelijk, tot en met {c.d(end)}" if fixed else "vast, voor onbepaalde tijd"
    body = (
        "<table style='width:100%'><tr><td><h1 style='margin:0'>Werkgeversverklaring</h1><span class='small'>opgemaakt uit de salarisadministratie</span></td>"
        f"<td class='right'><span class='logo'>{e(employer)}</span></td></tr></table>"
        + head + pay
        + "<h3>Gegevens dienstverband</h3>"
        + kv([("Datum in dienst", c.d(start)), ("Soort dienstverband", kind), ("Standplaats", e(place)), ("Proeftijd verstreken", "ja" if start < signed - dt.timedelta(days=62) else "nee")], label_width="55mm")
        + "<p>Ondergetekende verklaart dat bovenstaande gegevens juist zijn en overeenkomen met de loonadministratie.</p>"
        f"<p>Datum: {c.d(signed)}<br>Namens de werkgever: salarisadministratie</p>"
        f"<div style=\"font-family:'{MONO14[0]}', monospace;font-weight:bold;font-style:italic;font-size:7.5pt;margin-top:6mm;color:#444\">WGV-{signed.year}-{c.rng.randint(100000, 999999)} / pagina 1 van 1</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, employer, start, end if fixed else None, place)


# --- fresh15 split ---------------------------------------------------------------------------

_RIJK15 = (("Ministerie van Justitie en Veiligheid", "Dienst Justitiële Inrichtingen", "Den Haag", "penitentiair inrichtingswerker"),
           ("Ministerie van Infrastructuur en Waterstaat", "Rijkswaterstaat", "Utrecht", "medewerker verkeerscentrale"),
           ("Ministerie van Financiën", "Belastingdienst", "Den Haag", "medewerker klantcontact"),
           ("Ministerie van Justitie en Veiligheid", "Immigratie- en Naturalisatiedienst", "Den Haag", "medewerker identificatie"),
           ("Ministerie van Landbouw, Natuur en Voedselkwaliteit", "Nederlandse Voedsel- en Warenautoriteit", "Utrecht", "inspecteur"))


def rijk_aanstellingsbrief_schaal_trede(c: Ctx):
    """Fresh15. A central-government agency's appointment letter ("Aanbieding arbeidsovereenkomst") under the Cao Rijk: the ministry's letterhead with the agency's name and its seat (a decoy), "Datum" as "5e maart 2026", the job, "salarisschaal 8, trede 4" with the gross monthly salary as "€ 3.567,–" and the year-end bonus percentage (decoys), the start and, for a fixed term, the end, or "voor onbepaalde tijd", the "standplaats" (the place), the day by which to reply (a decoy); the offer is made "namens de Staat der Nederlanden" and the employer is the agency named in it."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle15(dates=("nl_ordinal", "long"), amounts=("euro_endash",))
    fixed = c.rng.random() < 0.6
    employee, _employer, signed, start, end, _place = _facts(c, fixed)
    ministry, agency, seat, job = c.rng.choice(_RIJK15)
    place = c.rng.choice([p[1] for p in people.places() if p[1] != seat])
    name = employee.name(c.pick("all", "initials", "first"))
    home = people.address(c.rng)
    scale, step = c.rng.randint(5, 10), c.rng.randint(0, 8)
    salary = values.amount(c.rng.randint(2600, 4600))
    reply = signed + dt.timedelta(days=c.rng.randint(10, 21))
    hr = c.person(born=(1960, 1992))
    term = (f"voor bepaalde tijd, van {c.d(start)} tot en met {c.d(end)}" if fixed else f"voor onbepaalde tijd, met ingang van {c.d(start)}")
    body = (
        "<div style='text-align:center'><div style='display:inline-block;width:9mm;height:20mm;background:#154273'></div></div>"
        f"<div style='margin-left:95mm;margin-top:3mm;font-size:9pt'><b>{e(agency)}</b><br>{e(ministry)}<br><span class='small'>Postbus {c.rng.randint(20000, 30999)} &middot; {e(seat)}</span></div>"
        + address_block([name, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(signed)), ("Onderwerp", "Aanbieding arbeidsovereenkomst"), ("Ons kenmerk", f"P&amp;O-{signed.year}-{c.rng.randint(10000, 99999)}")], label_width="32mm")
        + f"<p style='margin-top:6mm'>Geachte {e(employee.salutation().lower())} {e(employee.surname)},</p>"
        f"<p>Met genoegen bied ik u namens de Staat der Nederlanden een arbeidsovereenkomst aan bij <b>{e(agency)}</b>, in de functie van {e(job)}. "
        f"De arbeidsovereenkomst wordt aangegaan {term}.</p>"
        f"<p>Uw standplaats is <b>{e(place)}</b>. Op de arbeidsovereenkomst is de Cao Rijk van toepassing.</p>"
        f"<p>U wordt ingeschaald in salarisschaal {scale}, trede {step}. Uw bruto salaris bedraagt bij een volledige werkweek van 36 uur {c.a(salary)} per maand. "
        "Daarnaast ontvangt u een Individueel Keuzebudget van 16,37% van uw jaarsalaris.</p>"
        f"<p>Ik verzoek u een exemplaar van deze brief voor akkoord getekend uiterlijk de {e(values.date_text(reply, 'nl_ordinal'))} aan mij terug te zenden.</p>"
        f"<p>Met vriendelijke groet,<br>namens de minister,<br><br>{e(hr.name('initials'))}<br>hoofd P&amp;O, {e(agency)}</p>"
        f"<p class='small' style='margin-top:6mm'>Voor akkoord: ______________________ &nbsp; datum: ____________</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, agency, start, end if fixed else None, place)


_TRANSPORT15 = (("Nederlandse Spoorwegen", "Utrecht", "conducteur", ("Amersfoort", "Zwolle", "Leeuwarden", "Roosendaal", "Alkmaar")),
                ("Arriva Personenvervoer Nederland B.V.", "Heerenveen", "buschauffeur", ("Leeuwarden", "Maastricht", "Dordrecht", "Groningen")),
                ("Keolis Nederland B.V.", "Deventer", "chauffeur openbaar vervoer", ("Almere", "Apeldoorn", "Zwolle")),
                ("Qbuzz B.V.", "Utrecht", "buschauffeur", ("Groningen", "Dordrecht", "Gorinchem")),
                ("EBS Openbaar Vervoer B.V.", "Purmerend", "buschauffeur", ("Purmerend", "Zaandam", "Edam")))


def ov_bedrijf_contract_opleiding_standplaats(c: Ctx):
    """Fresh15. A public-transport company's fixed-term or open-ended contract with sections under dark bars ("1 Partijen", "2 Functie en opleiding", "3 Duur", "4 Standplaats en rooster", "5 Ondertekening"): the company's seat (a decoy), the training period before the start with its own start and end days and the training centre's town (decoys), the start and the end or "onbepaalde tijd", the "standplaats" (the depot town: the place) and the roster's first week (a decoy); the employee as "MEER, J.C. VAN DER" in the parties and as the given name in the signature; signed on a date."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "DejaVu Sans")))
    c.restyle15(dates=("cap_month", "dash", "long"), amounts=("euro",))
    fixed = c.rng.random() < 0.55
    employee, _employer, signed, start, end, _place = _facts(c, fixed)
    company, seat, job, depots = c.rng.choice(_TRANSPORT15)
    place = c.rng.choice([d for d in depots if d != seat] or list(depots))
    name = employee.name(c.pick("caps_reversed_initials", "all", "initials"))
    training_start = start - dt.timedelta(days=c.rng.randint(35, 70))
    training_end = start - dt.timedelta(days=c.rng.randint(1, 6))
    centre = c.pick("Utrecht", "Amersfoort", "Zwolle", "Rotterdam")
    roster = start + dt.timedelta(days=c.rng.randint(0, 6))
    bar = lambda title: f"<div style='background:#1f2d3d;color:#fff;padding:1mm 3mm;margin-top:4mm;font-weight:bold'>{e(title)}</div>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>{e(company)}</span><br><span class='small'>statutair gevestigd te {e(seat)}</span></td>"
        f"<td class='right small'>Personeelsnummer {c.rng.randint(100000, 999999)}</td></tr></table>"
        "<h1 style='margin-top:5mm;font-size:15pt'>Arbeidsovereenkomst</h1>"
        + bar("1 Partijen")
        + kv([("Werkgever", e(company)), ("Werknemer", e(name)), ("Geboortedatum", e(values.date_text(employee.birth_date, "dash")))], label_width="45mm")
        + bar("2 Functie en opleiding")
        + kv([("Functie", e(job)), ("Opleiding", f"{e(values.date_text(training_start, 'dash'))} t/m {e(values.date_text(training_end, 'dash'))}, opleidingscentrum {e(centre)}")], label_width="45mm")
        + "<p class='small'>Het met goed gevolg afronden van de opleiding is een voorwaarde voor het in dienst blijven in de functie.</p>"
        + bar("3 Duur")
        + kv([("Datum indiensttreding", c.d(start)), ("Einddatum", c.d(end) if fixed else "onbepaalde tijd")], label_width="45mm")
        + bar("4 Standplaats en rooster")
        + kv([("Standplaats", f"<b>{e(place)}</b>"), ("Eerste roosterweek", e(values.date_text(roster, "dash")))], label_width="45mm")
        + "<p class='small'>De werknemer werkt volgens een rooster met vroege, late en weekenddiensten vanuit de standplaats.</p>"
        + bar("5 Ondertekening")
        + f"<p>Getekend op {c.d(signed)}.</p>"
        f"<table style='width:100%'><tr><td>namens {e(company)}<br><br>HR Services</td><td>de werknemer<br><br>{e(employee.given[0])}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, company, start, end if fixed else None, place)


# --- fresh16 split ---------------------------------------------------------------------------

_MISSIONS16 = (("Rukla, Litouwen", "enhanced Forward Presence (eFP)"), ("Erbil, Irak", "Operation Inherent Resolve"),
               ("Cincu, Roemenië", "NATO Forward Land Forces"), ("Amman, Jordanië", "Counter-Daesh ondersteuning"),
               ("Willemstad, Curaçao", "Caribisch gebied, stationering"), ("Souda Bay, Griekenland", "maritieme operatie"))
_SERVICES16 = ("Koninklijke Landmacht", "Koninklijke Luchtmacht", "Koninklijke Marine")


def defensie_verklaring_uitzending_missie(c: Ctx):
    """Fresh16. A declaration of the Ministry of Defence that a service member is deployed abroad ("Verklaring uitzending"): the unit's commander declares that the tenant, with service number and rank (decoys), employed by the Ministry (the employer) in one of the armed services, is deployed on a mission to a town abroad (the place) from a start date to an end date; the unit's garrison town, the pre-deployment training's dates and the declaration's own date (decoys)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle16(dates=("dash", "long"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c, True)
    place, mission = c.rng.choice(_MISSIONS16)
    service = c.rng.choice(_SERVICES16)
    employer = "Ministerie van Defensie"
    garrison = c.pick("Oirschot", "Havelte", "Assen", "'t Harde", "Den Helder", "Leeuwarden", "Schaarsbergen")
    name = employee.name(c.pick("reversed_double_comma", "all", "initials"))
    rank = c.pick("korporaal", "sergeant", "soldaat der eerste klasse", "sergeant-majoor", "kapitein")
    train_from = start - dt.timedelta(days=c.rng.randint(60, 120))
    train_to = start - dt.timedelta(days=c.rng.randint(7, 20))
    commander = c.person(born=(1965, 1988))
    body = (
        "<div style='text-align:center'><div style='display:inline-block;width:9mm;height:20mm;background:#154273'></div><br>"
        f"<span class='small'>{employer}</span></div>"
        f"<div style='margin-top:4mm'><b>{e(service)}</b><br><span class='small'>{e(c.pick('13 Lichte Brigade', '43 Gemechaniseerde Brigade', 'Vliegbasis', 'Commando Zeestrijdkrachten'))}, "
        f"kazerne {e(garrison)}</span></div>"
        + kv([("Datum", e(values.date_text(signed, "long"))), ("Kenmerk", f"DEF/{signed.year}/{c.rng.randint(10000, 99999)}")], label_width="30mm")
        + "<h1 style='margin-top:6mm;font-size:15pt'>Verklaring uitzending</h1>"
        f"<p>Ondergetekende, commandant van bovengenoemde eenheid, verklaart dat</p>"
        + kv([("Naam", f"<b>{e(name)}</b>"), ("Rang", e(rank)), ("Registratienummer", str(c.rng.randint(100000000, 999999999))),
              ("In dienst van", f"{employer} ({e(service)})")], label_width="44mm")
        + f"<p>wordt uitgezonden in het kader van {e(mission)}.</p>"
        + kv([("Uitzendgebied / standplaats", f"<b>{e(place)}</b>"), ("Aanvang uitzending", c.d(start)), ("Einde uitzending (verwacht)", c.d(end)),
              ("Opwerkperiode", f"{e(values.date_text(train_from, 'dash'))} t/m {e(values.date_text(train_to, 'dash'))}, {e(garrison)}")], label_width="56mm")
        + "<p>Deze verklaring wordt afgegeven ten behoeve van de verhuurder van de woning van betrokkene.</p>"
        f"<p style='margin-top:6mm'>{e(commander.name('initials'))}<br>{e(c.pick('luitenant-kolonel', 'majoor', 'kolonel'))}, commandant</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, employer, start, end, place)


_AGENCIES16 = ("Tempo-Team Uitzenddiensten B.V.", "Start People B.V.", "Olympia Uitzendbureau B.V.", "Covebo Uitzendgroep B.V.", "Otto Workforce B.V.")
_HIRERS16 = (("bol. fulfilmentcentrum", "Waalwijk"), ("Jumbo distributiecentrum", "Veghel"), ("Philips Consumer Lifestyle", "Drachten"),
             ("DHL Parcel sorteercentrum", "Born"), ("Albert Heijn distributiecentrum", "Zaandam"), ("Vanderlande Industries", "Veghel"))


def uitzendbureau_fase_b_uurloon(c: Ctx):
    """Fresh16. A temping agency's fixed-term employment contract in phase B of the ABU collective agreement: the agency the employer with its branch town (a decoy), the hirer and its site's town ("Plaats van tewerkstelling", the place), the term from and to, the hourly wage as "14,71 EURO" and the hirer's pay scale (decoys), a "Fasetelling" table with the weeks worked in phase A and its start date (decoys), signed on a date; the worker as "Meer, van der, J.C." or otherwise."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle16(dates=("dash", "dot_pad"), amounts=("EURO_after",))
    employee, _employer, signed, start, end, _place = _facts(c, True)
    agency = c.rng.choice(_AGENCIES16)
    hirer, place = c.rng.choice(_HIRERS16)
    branch = c.rng.choice([p[1] for p in people.places() if p[1] != place])
    name = employee.name(c.pick("reversed_double_comma", "all", "initials"))
    wage = values.amount(c.rng.randint(1410, 1890) / 100)
    phase_a = start - dt.timedelta(weeks=c.rng.randint(52, 78))
    section = lambda title: f"<div style='border-bottom:1.2px solid #c00;color:#c00;font-weight:bold;margin-top:4mm'>{e(title)}</div>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(agency)}</span><br><span class='small'>vestiging {e(branch)}</span></td>"
        f"<td class='right small'>Contractnr. {c.rng.randint(1000000, 9999999)}</td></tr></table>"
        "<h1 style='margin-top:4mm;font-size:14pt'>Uitzendovereenkomst voor bepaalde tijd &mdash; fase B</h1>"
        "<p class='small'>Op deze overeenkomst is de ABU-cao voor uitzendkrachten van toepassing. Een uitzendbeding is niet van toepassing.</p>"
        + section("Partijen")
        + kv([("Werkgever", e(agency)), ("Uitzendkracht", f"<b>{e(name)}</b>"), ("Geboortedatum", e(values.date_text(employee.birth_date, "dash")))], label_width="50mm")
        + section("Opdracht")
        + kv([("Inlener", e(hirer)), ("Plaats van tewerkstelling", f"<b>{e(place)}</b>"), ("Functie", e(c.pick("orderpicker", "productiemedewerker", "heftruckchauffeur", "sorteerder")))], label_width="50mm")
        + section("Looptijd en beloning")
        + kv([("Ingangsdatum", c.d(start)), ("Einddatum", c.d(end)), ("Uurloon", c.a(wage)), ("Loongroep inlener", f"groep {c.pick('B', 'C', 'D')}, periodiek {c.rng.randint(0, 4)}")], label_width="50mm")
        + section("Fasetelling")
        + "<table class='ruled' style='width:100%;font-size:8.6pt'><tr><th>Fase</th><th>Start</th><th>Gewerkte weken</th></tr>"
        f"<tr><td>A</td><td>{e(values.date_text(phase_a, 'dash'))}</td><td>{c.rng.randint(52, 78)}</td></tr><tr><td>B</td><td>{c.d(start)}</td><td>0</td></tr></table>"
        + f"<p style='margin-top:5mm'>Aldus opgemaakt en ondertekend op {c.d(signed)}.</p>"
        f"<table style='width:100%'><tr><td>namens {e(agency)}<br><br>intercedent</td><td>de uitzendkracht<br><br>{e(employee.given[0])}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, agency, start, end, place)


# --- fresh17 split ---------------------------------------------------------------------------

_EU17 = (("Europese Commissie", "Brussel"), ("Europees Parlement", "Luxemburg"), ("Raad van de Europese Unie", "Brussel"),
         ("Europese Investeringsbank", "Luxemburg"), ("Europees Bureau voor visserijcontrole", "Vigo, Spanje"),
         ("Europees Agentschap voor de veiligheid van de luchtvaart", "Keulen, Duitsland"))


def eu_instelling_arbeidscontract_agent(c: Ctx):
    """Fresh17. An EU institution's contract for a contract agent (under article 3 bis of the Conditions of Employment of Other
    Servants), in Dutch, in numbered articles: the authority empowered to conclude contracts and its signatory, the agent as
    "Van der Meer, J.C." or otherwise, the function group and grade, the basic monthly salary, the probation period and the "plaats van
    aanwerving" (a Dutch town: decoys), the "plaats van tewerkstelling" (the place), the term from and to (dates as "5.3.2026"), the
    institution the employer."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("FreeSerif", "Caladea")))
    c.restyle17(dates=("dot", "long"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c, True)
    employer, place = c.rng.choice(_EU17)
    name = employee.name(c.pick("particle_cap_comma_initials", "all", "upper_reversed"))
    recruited = c.rng.choice(people.places())[1]
    group = c.pick("II", "III", "IV")
    salary = values.amount(c.rng.randint(320000, 560000) / 100)
    signer = c.person(born=(1960, 1985))
    arts = [("Artikel 1", f"Dit contract wordt gesloten voor bepaalde tijd. Het gaat in op <b>{c.d(start)}</b> en eindigt op <b>{c.d(end)}</b>."),
            ("Artikel 2", f"De arbeidscontractant wordt ingedeeld in functiegroep {group}, rang {c.rng.randint(5, 14)}, stap {c.rng.randint(1, 3)}. "
                          f"Het maandelijkse basissalaris bedraagt {e(values.amount_text(salary, 'euro'))}."),
            ("Artikel 3", f"De plaats van tewerkstelling is <b>{e(place)}</b>. De plaats van aanwerving is {e(recruited)}."),
            ("Artikel 4", "De arbeidscontractant vervult een proeftijd van negen maanden."),
            ("Artikel 5", "Op dit contract zijn de Regeling van toepassing op de andere personeelsleden (RAP) en de uitvoeringsbepalingen van de instelling van toepassing.")]
    body = (
        f"<div style='text-align:center'><div style='display:inline-block;width:16mm;height:11mm;background:#003399;color:#ffcc00;font-size:14pt;line-height:11mm'>&#9733;</div>"
        f"<div style='font-size:13pt;margin-top:1mm;letter-spacing:0.5px'>{e(employer.upper())}</div></div>"
        f"<p class='small' style='text-align:right'>Ref. Ares({signed.year}){c.rng.randint(1000000, 9999999)}</p>"
        "<h1 style='text-align:center;font-size:14pt'>ARBEIDSCONTRACT<br><span style='font-size:10.5pt;font-weight:normal'>Arbeidscontractant &mdash; artikel 3 bis RAP</span></h1>"
        f"<p>Tussen enerzijds <b>{e(employer)}</b>, hierna &ldquo;de instelling&rdquo;, vertegenwoordigd door het tot het sluiten van arbeidscontracten bevoegde gezag, "
        f"{e(signer.name('initials'))}, en anderzijds</p>"
        + kv([("Naam", f"<b>{e(name)}</b>"), ("Geboortedatum", e(values.date_text(employee.birth_date, "dot"))), ("Personeelsnummer", str(c.rng.randint(100000, 999999)))],
             label_width="40mm")
        + "<p>hierna &ldquo;de arbeidscontractant&rdquo;, wordt het volgende overeengekomen:</p>"
        + "".join(f"<p><b>{k}</b><br>{v}</p>" for k, v in arts)
        + f"<p>Opgemaakt in tweevoud te {e(place.split(',')[0])} op {e(values.date_text(signed, 'dot'))}.</p>"
        "<table style='width:100%;margin-top:4mm'><tr><td>Voor de instelling<br><br>______________</td><td>De arbeidscontractant<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, employer, start, end, place)


_HOSTS17 = (("Stichting Carmabi", "Willemstad, Curaçao"), ("Arcadis Belgium nv", "Antwerpen"), ("Heineken España S.A.", "Sevilla, Spanje"),
            ("Boskalis Australia Pty Ltd", "Brisbane, Australië"), ("Nordic Aqua Partners A/S", "Hirtshals, Denemarken"),
            ("Stichting Kinderwerk Paramaribo", "Paramaribo, Suriname"))
_SCHOOLS17 = (("Hogeschool Rotterdam", "Rotterdam"), ("Hanzehogeschool Groningen", "Groningen"), ("Fontys Hogescholen", "Eindhoven"),
              ("Hogeschool van Amsterdam", "Amsterdam"), ("Saxion", "Enschede"), ("HAS green academy", "'s-Hertogenbosch"))


def stage_drie_partijen_hogeschool_buitenland(c: Ctx):
    """Fresh17. A university of applied sciences' three-party placement agreement for an internship abroad (the school, the host
    organisation and the student): the school's seat, the school's supervising lecturer and the host's workplace supervisor, the student
    number, credits, the monthly internship allowance and a return day at school (decoys); the host organisation the employer, the
    internship's place the place, the placement period from and to; signed by three parties with their own dates."""
    c.font_of(c.pick(("Carlito", "Open Sans"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("long", "dash", "wd_nopad"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c, True)
    host, place = c.rng.choice(_HOSTS17)
    school, seat = c.rng.choice(_SCHOOLS17)
    end = start + dt.timedelta(days=c.rng.choice((139, 153, 174, 181)))
    name = employee.name(c.pick("all", "first", "initials"))
    lecturer, mentor = c.person(born=(1960, 1990)), c.person(born=(1965, 1995))
    allowance = values.amount(c.rng.choice((300, 400, 450, 500, 650)))
    back = start + dt.timedelta(days=c.rng.randint(50, 90))
    parties = [("De onderwijsinstelling", f"{e(school)}, gevestigd te {e(seat)}, vertegenwoordigd door stagedocent {e(lecturer.name('initials'))}"),
               ("De stageverlener", f"<b>{e(host)}</b>, praktijkbegeleider {e(mentor.name('first'))}"),
               ("De student", f"<b>{e(name)}</b>, studentnummer {c.rng.randint(400000, 999999)}")]
    body = (
        f"<div style='border-bottom:1.5mm solid #e4002b;padding-bottom:2mm'><span class='logo' style='font-size:15pt'>{e(school)}</span></div>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Stageovereenkomst (buitenlandstage)</h1>"
        + kv(parties, label_width="46mm")
        + "<h3>1. Stage</h3>"
        + kv([("Stageperiode", f"van {c.d(start)} tot en met {c.d(end)}"), ("Plaats van de stage", f"<b>{e(place)}</b>"),
              ("Omvang", f"30 EC, gemiddeld {c.pick('32', '36', '40')} uur per week"), ("Stagevergoeding", f"{e(values.amount_text(allowance, 'euro'))} per maand"),
              ("Terugkomdag", e(values.date_text(back, "long")))], label_width="46mm")
        + "<h3>2. Afspraken</h3><p>De student volgt de aanwijzingen van de praktijkbegeleider op. De stageverlener zorgt voor een veilige werkplek. "
        "De student heeft een reisverzekering en is ingeschreven bij de ambassade of het consulaat. Tussentijdse beëindiging gebeurt in overleg tussen de drie partijen.</p>"
        "<table style='width:100%;margin-top:5mm;font-size:9pt'><tr>"
        + "".join(f"<td>{who}<br>datum: {e(values.date_text(signed + dt.timedelta(days=k), 'dash'))}<br><br>______________</td>"
                  for k, who in ((0, "namens de onderwijsinstelling"), (c.rng.randint(1, 6), "namens de stageverlener"), (c.rng.randint(0, 3), "de student")))
        + "</tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, host, start, end, place)


# --- fresh18 split ---------------------------------------------------------------------------


def intentieverklaring_aanname_voorwaardelijk(c: Ctx):
    """Fresh18. An employer's letter of intent ("intentieverklaring") to hire the addressee, conditional on a certificate of conduct
    (VOG): the day of the job interview and the day the VOG must be in (decoys), the salary scale and gross monthly salary and the HR adviser
    (decoys), the intended start, end and place of work in one sentence; the employer in the letterhead and the closing."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("short", "dash", "iso"), amounts=("euro",))
    employee, employer, signed, start, end, place = _facts(c, True)
    name = employee.name(c.pick("all", "initials", "first"))
    home = people.address(c.rng)
    interview = signed - dt.timedelta(days=c.rng.randint(4, 20))
    deadline = start - dt.timedelta(days=c.rng.randint(5, 14))
    salary = values.amount(c.rng.randint(2400, 4600) + c.rng.choice((0, 0.5, 0.25)))
    adviser = c.person(born=(1970, 1998))
    body = (
        f"<div class='logo' style='font-size:15pt'>{e(employer)}</div>"
        + address_block([employee.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", e(values.date_text(signed, "long"))), ("Betreft", "intentieverklaring indiensttreding")], label_width="30mm")
        + f"<p>Beste {e(employee.given[0])},</p>"
        f"<p>Naar aanleiding van ons gesprek op {e(values.date_text(interview, 'long'))} laten wij je graag weten dat wij het voornemen hebben om "
        f"<b>{e(name)}</b> in dienst te nemen. De arbeidsovereenkomst gaat in op {c.d(start)} en loopt tot en met {c.d(end)}; "
        f"je standplaats wordt <b>{e(place)}</b>.</p>"
        f"<p>Je wordt ingeschaald in schaal {c.rng.randint(5, 10)}, met een bruto maandsalaris van {e(values.amount_text(salary, 'euro'))} bij een volledige werkweek.</p>"
        f"<p>Deze intentie is onder voorbehoud van een Verklaring Omtrent het Gedrag (VOG), die uiterlijk {e(values.date_text(deadline, 'long'))} bij ons binnen moet zijn. "
        "Daarna ontvang je de arbeidsovereenkomst ter ondertekening.</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(adviser.name('first'))}<br>HR-adviseur, {e(employer)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, employer, start, end, place)


_CN18 = (("Fundashon Mariadal", "Kralendijk, Bonaire"), ("Openbaar Lichaam Sint Eustatius", "Oranjestad, Sint Eustatius"),
         ("Saba Health Care Foundation", "The Bottom, Saba"), ("Stichting Scholengemeenschap Bonaire", "Kralendijk, Bonaire"),
         ("Openbaar Lichaam Bonaire", "Kralendijk, Bonaire"))


def caribisch_nederland_arbeidsovereenkomst(c: Ctx):
    """Fresh18. An employment contract with an employer in the Caribbean Netherlands (Bonaire, Sint Eustatius or Saba): the place of
    recruitment in the Netherlands and the day of travel out (decoys), the salary and a housing allowance in US dollars (decoy sums), the
    term from and to, "Standplaats" the place, signed in the Netherlands on a day of its own."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("DejaVu Sans", "Liberation Sans")))
    c.restyle17(dates=("long", "slash"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c, True)
    employer, place = c.rng.choice(_CN18)
    name = employee.name(c.pick("reversed", "all", "initials"))
    recruited = c.rng.choice(people.places())[1]
    out = start - dt.timedelta(days=c.rng.randint(2, 9))
    salary, housing = c.rng.randint(2900, 5200), c.rng.choice((450, 600, 750, 900))
    terms = [("Werkgever", f"<b>{e(employer)}</b>"), ("Werknemer", f"<b>{e(name)}</b>, geboren {e(values.date_text(employee.birth_date, 'dash'))}"),
             ("Functie", e(c.pick("verpleegkundige", "docent Nederlands", "beleidsmedewerker", "fysiotherapeut", "ICT-beheerder"))),
             ("Standplaats", f"<b>{e(place)}</b>"), ("Plaats van werving", e(recruited)),
             ("Duur", f"bepaalde tijd, van {c.d(start)} tot en met {c.d(end)}"),
             ("Datum uitreis", e(values.date_text(out, "long"))),
             ("Salaris", f"USD {salary:,}.00 bruto per maand".replace(",", ".").replace(".00", ",00")),
             ("Tegemoetkoming huisvesting", f"USD {housing},00 per maand")]
    body = (
        f"<div style='text-align:center'><span class='logo' style='font-size:15pt'>{e(employer)}</span><br><span class='small'>{e(place)} &middot; Caribisch Nederland</span></div>"
        "<h1 style='text-align:center;font-size:14pt;margin-top:6mm'>Arbeidsovereenkomst voor bepaalde tijd</h1>"
        + kv(terms, label_width="55mm")
        + "<p>Op deze overeenkomst is het arbeidsrecht van Caribisch Nederland van toepassing. De reiskosten van de uitreis en de terugreis worden door de werkgever vergoed.</p>"
        f"<p>Aldus overeengekomen en ondertekend te {e(recruited)} op {e(values.date_text(signed, 'long'))}.</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>namens de werkgever<br><br>______________</td><td>de werknemer<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, employer, start, end, place)


# --- fresh19 split ---------------------------------------------------------------------------

_CW19 = ("Curaçao Medical Center", "Fundashon Kas Popular", "Aqualectra N.V.", "Fundashon pa Enseñansa Públiko", "Curaçao Airport Partners N.V.",
         "Fundashon Mariadal Kòrsou")


def kontrato_di_trabou_curacao_tweetalig(c: Ctx):
    """Fresh19. A fixed-term employment contract with an employer on Curaçao, every label in Dutch with the Papiamentu after a slash
    ("Werkgever / Dunadó di trabou", "Werknemer / Trahadó", "Ingangsdatum / Fecha di kuminsamentu", "Plaats van tewerkstelling / Lugá di
    trabou"): the ID ("sédula") number, the salary in Caribbean guilders and the signing day as decoys; the place "Willemstad, Curaçao"."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Serif", "Liberation Serif")))
    c.restyle17(dates=("dash", "long", "dot_pad"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c, True)
    employer, place = c.rng.choice(_CW19), "Willemstad, Curaçao"
    name = employee.name(c.pick("all", "reversed", "initials"))
    lab = lambda nl, pap: f"{e(nl)} / <i style='color:#555'>{e(pap)}</i>"  # noqa: E731
    rows = [(lab("Werkgever", "Dunadó di trabou"), f"<b>{e(employer)}</b>"),
            (lab("Werknemer", "Trahadó"), f"<b>{e(name)}</b>"),
            (lab("ID-nummer", "Number di sédula"), f"{employee.birth_date.year}{employee.birth_date.month:02d}{employee.birth_date.day:02d}{c.rng.randint(10, 99)}"),
            (lab("Functie", "Funshon"), e(c.pick("verpleegkundige", "monteur", "docent", "administratief medewerker", "technicus"))),
            (lab("Ingangsdatum", "Fecha di kuminsamentu"), c.d(start)),
            (lab("Einddatum", "Fecha di fin"), c.d(end)),
            (lab("Plaats van tewerkstelling", "Lugá di trabou"), f"<b>{e(place)}</b>"),
            (lab("Salaris per maand", "Salario pa luna"), f"XCG {c.rng.randint(2800, 7500):,}".replace(",", ".") + ",00 bruto")]
    body = (
        f"<div style='text-align:center'><span class='logo' style='font-size:15pt'>{e(employer)}</span><br><span class='small'>Willemstad &middot; Kòrsou</span></div>"
        "<h1 style='text-align:center;font-size:14pt;margin-top:5mm'>Arbeidsovereenkomst voor bepaalde tijd<br><span style='font-size:11pt;color:#555'>Kontrato di trabou pa un tempu fiho</span></h1>"
        + "<table class='ruled' style='width:100%'>" + "".join(f"<tr><td style='width:70mm'>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        + "<p class='small'>Op deze overeenkomst is het recht van Curaçao van toepassing. / E kontrato aki ta bou di lei di Kòrsou.</p>"
        f"<p>{lab('Datum ondertekening', 'Fecha di firma')}: {e(values.date_text(signed, 'long'))}</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>Werkgever / Dunadó di trabou<br><br>______________</td><td>Werknemer / Trahadó<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, employer, start, end, place)


_POSTS19 = (("Nairobi", "Kenia", "KES", "NAI"), ("Amman", "Jordanië", "JOD", "AMM"), ("Dakar", "Senegal", "XOF", "DAK"), ("Jakarta", "Indonesië", "IDR", "JAK"),
            ("Lima", "Peru", "PEN", "LIM"), ("Kampala", "Oeganda", "UGX", "KAM"))


def ambassade_lokale_medewerker_contract(c: Ctx):
    """Fresh19. An employment contract for locally engaged staff ("lokaal aangenomen medewerker") of a Dutch embassy: the embassy the
    employer, represented by its head of mission (a decoy name), the post's code and the day of the medical examination (decoys), the
    salary in the local currency (a decoy sum), the term and "Standplaats" the city and country; signed by both on a day of its own."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Liberation Sans", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "iso"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c, True)
    city, country, currency, post = c.rng.choice(_POSTS19)
    employer, place = f"Ambassade van het Koninkrijk der Nederlanden te {city}", f"{city}, {country}"
    name = employee.name(c.pick("all", "initials", "first"))
    head = c.person(born=(1960, 1985))
    medical = signed - dt.timedelta(days=c.rng.randint(3, 20))
    body = (
        "<div style='text-align:center'><span class='logo' style='font-size:14pt'>Ministerie van Buitenlandse Zaken</span><br>"
        f"<span>{e(employer)}</span><br><span class='small'>Post {post}</span></div>"
        "<h1 style='text-align:center;font-size:13.5pt;margin-top:6mm'>Arbeidsovereenkomst lokaal aangenomen medewerker</h1>"
        f"<p>De ondergetekenden:</p><p>1. de Staat der Nederlanden, te dezen vertegenwoordigd door de chef de poste, {e(head.titled('initials'))}, handelend namens de "
        f"<b>{e(employer)}</b>, hierna: de werkgever;</p>"
        f"<p>2. <b>{e(name)}</b>, geboren op {e(values.date_text(employee.birth_date, 'dash'))}, hierna: de werknemer;</p>"
        "<p>komen overeen:</p>"
        + kv([("Functie", e(c.pick("medewerker consulaire zaken", "chauffeur", "beleidsmedewerker handel", "receptionist", "ICT-medewerker"))),
              ("Standplaats", f"<b>{e(place)}</b>"), ("Duur", f"van {c.d(start)} tot en met {c.d(end)}"),
              ("Salaris", f"{currency} {c.rng.randint(40, 900) * 1000:,} per maand".replace(",", ".")),
              ("Medische keuring", f"goedgekeurd op {e(values.date_text(medical, 'long'))}")], label_width="45mm")
        + "<p>Op deze overeenkomst is de Rechtspositieregeling lokaal personeel van toepassing, voor zover het lokale arbeidsrecht dat toelaat.</p>"
        f"<p>Aldus opgemaakt in tweevoud te {e(city)} op {e(values.date_text(signed, 'long'))}.</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td>de chef de poste<br><br>______________</td><td>de werknemer<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, employer, start, end, place)


# --- fresh20 split ---------------------------------------------------------------------------

_TRAINING20 = (("Isala", "Zwolle", "Cao Ziekenhuizen"), ("Amphia", "Breda", "Cao Ziekenhuizen"), ("Rijnstate", "Arnhem", "Cao Ziekenhuizen"),
               ("Catharina Ziekenhuis", "Eindhoven", "Cao Ziekenhuizen"), ("Medisch Spectrum Twente", "Enschede", "Cao Ziekenhuizen"),
               ("Radboudumc", "Nijmegen", "Cao umc"), ("UMC Utrecht", "Utrecht", "Cao umc"), ("Maastricht UMC+", "Maastricht", "Cao umc"))
_SPECIALISMS20 = ("interne geneeskunde", "kindergeneeskunde", "heelkunde", "neurologie", "longziekten", "cardiologie", "klinische geriatrie")


def aios_opleidingsschema_ziekenhuis(c: Ctx):
    """Fresh20. A hospital's employment contract for a doctor in specialist training (AIOS) for the length of the training, with the
    training schedule in a table: periods at the training hospital and at an affiliated hospital in another town (their towns and dates
    as decoys), the BIG number, the specialism, the programme director and the salary scale as decoys; "Standplaats" the hospital's town
    (the place), the contract's start and end in an article."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Serif", "Caladea")))
    c.restyle17(dates=("long", "dash", "dot_pad"), amounts=("euro",))
    employee, _employer, signed, start, _end, _place = _facts(c, True)
    employee = c.person(born=(1988, 1999), titled=0.0)
    (employer, place, cao), other = c.rng.sample(_TRAINING20, 2)
    start = dt.date(start.year, start.month, 1)
    years = c.rng.choice((4, 5, 5, 6))
    end = dt.date(start.year + years, start.month, 1) - dt.timedelta(days=1)
    cut1 = dt.date(start.year + c.rng.randint(1, 2), start.month, 1)
    cut2 = dt.date(cut1.year + c.rng.randint(1, years - 1 - (cut1.year - start.year)), start.month, 1)
    name = employee.name(c.pick("all", "initials", "first"))
    director = c.person(born=(1960, 1985), titled=1.0)
    schedule = [(start, cut1 - dt.timedelta(days=1), employer, place, "vooropleiding"), (cut1, cut2 - dt.timedelta(days=1), other[0], other[1], "academische stage"),
                (cut2, end, employer, place, "vervolgopleiding en differentiatie")]
    rows = "".join(f"<tr><td>{e(values.date_text(a, 'dash'))} &ndash; {e(values.date_text(b, 'dash'))}</td><td>{e(h)}</td><td>{e(t)}</td><td>{e(k)}</td></tr>"
                   for a, b, h, t, k in schedule)
    items = [
        ("Partijen", f"<b>{e(employer)}</b>, gevestigd te {e(place)}, hierna: werkgever, en <b>{e(name)}</b>, arts, BIG-nummer {c.rng.randint(10**10, 10**11 - 1)}, "
                     "hierna: werknemer."),
        ("Functie", f"Werknemer wordt aangesteld als arts in opleiding tot specialist (AIOS) {e(c.rng.choice(_SPECIALISMS20))}. Opleider: {e(director.titled('initials'))}."),
        ("Duur", f"De arbeidsovereenkomst wordt aangegaan voor de duur van de opleiding, met ingang van <b>{c.d(start)}</b> tot en met <b>{c.d(end)}</b>."),
        ("Standplaats", f"De standplaats is <b>{e(place)}</b>. Werknemer volgt delen van de opleiding in een andere opleidingsinrichting volgens het schema hieronder; "
                        "de standplaats verandert daardoor niet."),
        ("Salaris", f"Inschaling volgens de {e(cao)}, functieschaal AIOS, trede {c.rng.randint(1, 4)}."),
    ]
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#0b4f7c'>{e(employer)}</span><br><span class='small'>Medische Staf &middot; "
        f"Bureau Opleidingen</span></td><td class='right small'>Kenmerk AIOS-{start.year}-{c.rng.randint(100, 999)}</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:6mm'>Arbeidsovereenkomst arts in opleiding tot specialist</h1>"
        + articles(items)
        + "<h3>Opleidingsschema</h3><table class='ruled' style='width:100%;font-size:8.6pt'><tr><th>Periode</th><th>Opleidingsinrichting</th><th>Plaats</th><th>Onderdeel</th></tr>"
        + rows + "</table>"
        f"<p style='margin-top:4mm'>Aldus opgemaakt en ondertekend te {e(place)} op {e(values.date_text(signed, 'long'))}.</p>"
        "<table style='width:100%;margin-top:4mm'><tr><td>Werkgever<br><br>______________</td><td>Werknemer<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(name, employer, start, end, place)


_COMPANIES20 = (("Toneelgroep Oostpool", "Arnhem"), ("Het Zuidelijk Toneel", "Tilburg"), ("De Utrechtse Spelen", "Utrecht"), ("Noord Nederlands Toneel", "Groningen"),
                ("Orkater", "Amsterdam"), ("Theater Rotterdam", "Rotterdam"), ("Toneelschuur Producties", "Haarlem"))
_VENUES20 = (("Stadsschouwburg", "Haarlem"), ("Chassé Theater", "Breda"), ("Schouwburg", "Venlo"), ("Parkstad Limburg Theaters", "Heerlen"), ("Wilminktheater", "Enschede"),
             ("Theater aan het Vrijthof", "Maastricht"), ("De Harmonie", "Leeuwarden"), ("Zuiderstrandtheater", "Den Haag"), ("Schouwburg Amphion", "Doetinchem"),
             ("Theater De Lievekamp", "Oss"), ("Stadstheater", "Zoetermeer"), ("Theater Orpheus", "Apeldoorn"))
_PLAYS20 = ("Een vijand van het volk", "De storm", "Medea", "Kersentuin", "Het gezin van Paemel", "Op hoop van zegen")


def theaterproductie_speellijst_contract(c: Ctx):
    """Fresh20. A theatre company's fixed-term contract for an actor in one production under the collective agreement for theatre and dance:
    the contract runs from the first rehearsal to the end of the tour; the premiere's day, the tour list of venues in other towns with their
    dates, the monthly fee and the fee per extra performance as decoys; "Standplaats" the company's home town with its rehearsal studio (the
    place)."""
    c.font_of(c.pick(("Open Sans", "Cantarell"), ("EB Garamond", "Liberation Serif")))
    c.restyle17(dates=("long", "weekday", "dash"), amounts=("euro",))
    employee, _employer, signed, start, _end, _place = _facts(c, True)
    employer, place = c.rng.choice(_COMPANIES20)
    premiere = start + dt.timedelta(days=c.rng.randint(42, 56))
    shows, day = [], premiere
    for venue in c.rng.sample(_VENUES20, c.rng.randint(6, 8)):
        day = day + dt.timedelta(days=c.rng.randint(2, 9))
        shows.append((day, venue))
    end = shows[-1][0] + dt.timedelta(days=c.rng.randint(1, 6))
    name = employee.name(c.pick("all", "first", "initials"))
    play = c.rng.choice(_PLAYS20)
    tour = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(v)}</td><td>{e(t)}</td></tr>" for d, (v, t) in shows)
    body = (
        f"<div style='border-bottom:2px solid #222;padding-bottom:2mm'><span class='logo' style='font-size:16pt'>{e(employer)}</span></div>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Arbeidsovereenkomst voor bepaalde tijd &mdash; productie</h1>"
        f"<p>De ondergetekenden, <b>{e(employer)}</b> (werkgever) en <b>{e(name)}</b> (werknemer, acteur), komen overeen dat werknemer als acteur "
        f"meewerkt aan de productie <i>{e(play)}</i>, onder de Cao voor Theater en Dans.</p>"
        + kv([("Werkgever", e(employer)), ("Werknemer", e(name)), ("Aanvang (eerste repetitiedag)", f"<b>{c.d(start)}</b>"),
              ("Einde overeenkomst", f"<b>{c.d(end)}</b>"), ("Standplaats", f"<b>{e(place)}</b> (repetitiestudio)"),
              ("Première", e(values.date_text(premiere, "long"))),
              ("Gage", f"{e(values.amount_text(values.amount(c.rng.randint(2900, 4200)), 'euro'))} bruto per maand; extra voorstelling "
                       f"{e(values.amount_text(values.amount(c.rng.choice((95, 110, 125, 140))), 'euro'))}")], label_width="60mm")
        + "<h3>Speellijst (onder voorbehoud)</h3><table class='lines' style='width:100%;font-size:8.8pt'><tr><th>Datum</th><th>Theater</th><th>Plaats</th></tr>"
        + tour + "</table>"
        "<p class='small'>Reistijd naar speelplaatsen buiten de standplaats geldt als werktijd; reiskosten worden vergoed volgens de cao.</p>"
        f"<p>Getekend te {e(place)}, {e(values.date_text(signed, 'long'))}</p>"
        "<table style='width:100%;margin-top:4mm'><tr><td>Zakelijk leider<br><br>______________</td><td>Werknemer<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(name, employer, start, end, place)


# --- fresh21 split ---------------------------------------------------------------------------

_OFFSHORE21 = (("Noordzee Platform Services B.V.", "Den Helder", "Den Helder Airport"), ("Helder Offshore Crewing B.V.", "Den Helder", "Den Helder Airport"),
               ("Maasmond Offshore Personnel B.V.", "Rotterdam", "Rotterdam The Hague Airport"), ("Eemsdelta Wind Services B.V.", "Eemshaven", "heliport Eemshaven"))
_PLATFORMS21 = ("K14-FA-1", "L9-FF-1", "P15-ACD", "K12-BP", "F3-FB-1", "Q1-Haven", "windpark Gemini, converterstation", "windpark Borssele, platform Beta")
_FUNCTIONS21 = ("productietechnicus", "instrumentatietechnicus", "crane operator", "offshore medic", "elektrotechnicus", "catering assistant")


def offshore_rotatie_heliport_contract(c: Ctx):
    """Fresh21. An offshore crewing company's fixed-term contract for work on a North Sea platform in a 14/14 rotation: the platform and
    its block (a decoy place), the heliport the crew flies out from, the first mobilisation day and a table of the first rotations with their
    days (decoy dates), the offshore allowance per day and the expiry of the safety training and the offshore medical (decoys); "Standplaats"
    the company's town (the place), the contract's start and end in an article."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad", "wd_nopad"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c, True)
    employer, place, heliport = c.rng.choice(_OFFSHORE21)
    end = start + dt.timedelta(days=c.rng.choice((182, 364, 365)))
    name = employee.name(c.pick("all", "first", "initials"))
    platform = c.rng.choice(_PLATFORMS21)
    mobilised = start + dt.timedelta(days=c.rng.randint(3, 12))
    trips = "".join(f"<tr><td>{i + 1}</td><td>{e(values.date_text(mobilised + dt.timedelta(days=28 * i), 'dash'))}</td>"
                    f"<td>{e(values.date_text(mobilised + dt.timedelta(days=28 * i + 13), 'dash'))}</td><td>{e(heliport)}</td></tr>" for i in range(4))
    items = [
        ("Partijen", f"<b>{e(employer)}</b>, gevestigd te {e(place)}, hierna: werkgever, en <b>{e(name)}</b>, geboren {e(values.date_text(employee.birth_date, 'dash'))}, "
                     "hierna: werknemer."),
        ("Functie", f"Werknemer treedt in dienst als {e(c.rng.choice(_FUNCTIONS21))} en wordt tewerkgesteld op {e(platform)} (Nederlands continentaal plat)."),
        ("Duur", f"De arbeidsovereenkomst gaat in op <b>{c.d(start)}</b> en eindigt van rechtswege op <b>{c.d(end)}</b>."),
        ("Standplaats", f"De standplaats is <b>{e(place)}</b>. Reizen tussen de standplaats, {e(heliport)} en het platform geldt als reistijd volgens het rooster."),
        ("Rooster", "Werknemer werkt in een rotatie van 14 dagen op het platform (12 uur per dag) en 14 dagen vrij (14/14). De eerste mobilisatie is op "
                    f"{e(values.date_text(mobilised, 'long'))}."),
        ("Beloning", f"Het salaris bedraagt {e(values.amount_text(values.amount(c.rng.randint(3100, 5400)), 'euro'))} bruto per maand; de offshoretoeslag is "
                     f"{e(values.amount_text(values.amount(c.rng.choice((45, 55, 62.5, 70))), 'euro'))} per dag op het platform."),
        ("Certificaten", f"Werknemer houdt BOSIET/FOET (geldig tot {e(values.date_text(start + dt.timedelta(days=c.rng.randint(200, 1300)), 'dash'))}) en de offshore medische "
                         f"keuring (geldig tot {e(values.date_text(start + dt.timedelta(days=c.rng.randint(100, 700)), 'dash'))}) geldig."),
    ]
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#0d3b66'>{e(employer)}</span><br><span class='small'>Crewing &amp; HR</span></td>"
        f"<td class='right small'>Contractnr. OC-{start.year}-{c.rng.randint(1000, 9999)}</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Arbeidsovereenkomst voor bepaalde tijd &mdash; offshore</h1>"
        + articles(items)
        + "<h3>Eerste rotaties (onder voorbehoud van weer en vliegschema)</h3>"
        "<table class='ruled' style='width:90%;font-size:8.8pt'><tr><th>Rotatie</th><th>Uitvliegen</th><th>Terugvliegen</th><th>Vanaf</th></tr>" + trips + "</table>"
        f"<p style='margin-top:4mm'>Aldus overeengekomen en getekend te {e(place)} op {e(values.date_text(signed, 'long'))}.</p>"
        "<table style='width:100%;margin-top:3mm'><tr><td>Werkgever<br><br>______________</td><td>Werknemer<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.3pt; }"), _truth(name, employer, start, end, place)


_CLUBS21 = (("FC Lingewaard B.V.", "Bemmel", "Sportpark De Pas"), ("SV Noordkop B.V.", "Den Helder", "Kustpark"), ("FC Veenkoloniën B.V.", "Veendam", "Sportpark De Langeleegte"),
            ("Kempenland Voetbal B.V.", "Eersel", "Sportpark 't Hout"), ("Sparta Waterland B.V.", "Purmerend", "Waterlandstadion"),
            ("Betaald Voetbal Organisatie Achterhoek B.V.", "Doetinchem", "Stadion De Slinge"))


def betaald_voetbal_spelerscontract_optie(c: Ctx):
    """Fresh21. A professional football club's standard player contract under the collective agreement for contract players: the
    contract runs from 1 July to 30 June of a later season; the club's option to extend it by a year (the option's end, 30 June a year
    later, and the day by which it must be exercised as decoy dates), the registration number with the football association, the signing
    fee, the salary and the bonus per point as decoys; the club the employer, the town of its stadium the place."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Liberation Serif", "Caladea")))
    c.restyle17(dates=("long", "dash", "long_pad"), amounts=("euro",))
    employee, _employer, signed, _start, _end, _place = _facts(c, True)
    employee = c.person(born=(1996, 2007), sex="m")
    employer, place, ground = c.rng.choice(_CLUBS21)
    season = signed.year if signed.month < 7 else signed.year + 1
    start = dt.date(season, 7, 1)
    years = c.rng.choice((1, 2, 2, 3))
    end = dt.date(season + years, 6, 30)
    option = dt.date(end.year + 1, 6, 30)
    name = employee.name(c.pick("all", "first", "initials"))
    items = [
        ("Partijen", f"<b>{e(employer)}</b>, gevestigd te {e(place)}, hierna: de club, en <b>{e(name)}</b>, geboren {e(values.date_text(employee.birth_date, 'dash'))}, "
                     f"registratienummer KNVB {c.rng.randint(10000000, 99999999)}, hierna: de speler."),
        ("Duur", f"Deze arbeidsovereenkomst wordt aangegaan voor bepaalde tijd, ingaande <b>{c.d(start)}</b> en eindigend op <b>{c.d(end)}</b>."),
        ("Optie", f"De club heeft het recht deze overeenkomst eenmalig te verlengen tot en met {e(values.date_text(option, 'long'))}. De club moet de optie schriftelijk "
                  f"lichten vóór {e(values.date_text(dt.date(end.year, 4, 1), 'long'))}."),
        ("Plaats van de arbeid", f"De speler traint en speelt thuiswedstrijden in <b>{e(place)}</b> ({e(ground)}); uitwedstrijden volgens het programma van de competitie."),
        ("Salaris", f"Het salaris bedraagt {e(values.amount_text(values.amount(c.rng.randint(2600, 9500)), 'euro'))} bruto per maand. Bij ondertekening ontvangt de speler "
                    f"een tekengeld van {e(values.amount_text(values.amount(c.rng.choice((2500, 5000, 7500, 10000))), 'euro'))}."),
        ("Premies", f"Per behaald punt in de competitie ontvangt de speler {e(values.amount_text(values.amount(c.rng.choice((50, 75, 100, 150))), 'euro'))} bruto, "
                    "mits hij tot de wedstrijdselectie behoorde."),
        ("Cao", "Op deze overeenkomst is de Cao voor Contractspelers Betaald Voetbal van toepassing. De overeenkomst wordt ter registratie aan de KNVB gezonden."),
    ]
    body = (
        f"<div style='text-align:center;border-bottom:2px solid #b3121f;padding-bottom:2mm'><span class='logo' style='font-size:16pt;color:#b3121f'>{e(employer)}</span></div>"
        "<h1 style='font-size:14pt;text-align:center;margin-top:5mm'>Standaard spelerscontract<br><span style='font-size:10pt;font-weight:normal'>arbeidsovereenkomst contractspeler betaald voetbal</span></h1>"
        + articles(items)
        + f"<p style='margin-top:4mm'>Aldus opgemaakt in drievoud en getekend te {e(place)} op {e(values.date_text(signed, 'long'))}.</p>"
        "<table style='width:100%;margin-top:4mm'><tr><td>Namens de club<br>algemeen directeur<br><br>______________</td><td>De speler<br><br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.5pt; }"), _truth(name, employer, start, end, place)


# --- fresh22 split ---------------------------------------------------------------------------

_POLICE_UNITS22 = (("Oost-Nederland", "Deventer"), ("Oost-Nederland", "Apeldoorn"), ("Noord-Holland", "Alkmaar"), ("Noord-Holland", "Hoorn"), ("Rotterdam", "Spijkenisse"),
                   ("Den Haag", "Zoetermeer"), ("Midden-Nederland", "Amersfoort"), ("Limburg", "Venlo"), ("Zeeland-West-Brabant", "Roosendaal"),
                   ("Noord-Nederland", "Assen"), ("Oost-Brabant", "Helmond"), ("Amsterdam", "Amsterdam"))
_ACADEMY22 = ("Apeldoorn", "Lunteren", "Ossendrecht", "Amsterdam", "Rotterdam", "Den Haag")


def politie_aanstelling_aspirant_eenheid(c: Ctx):
    """Fresh22. The police's letter appointing an aspirant (police officer in training) for the length of the training: a table
    "Gegevens aanstelling" with the unit and basic team, "Standplaats" (the place), the start and the end of the appointment, the rank and
    the salary scale; the Police Academy's location with the first day of the course, the day of the background check, the date of the
    medical examination and the academy's seat as decoys; "Nationale Politie" the employer, signed for the chief of police."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Open Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "dot_pad", "wd_dash"), amounts=("euro",))
    employee, _employer, signed, start, _end, _place = _facts(c)
    employer = "Nationale Politie"
    unit, place = c.rng.choice(_POLICE_UNITS22)
    academy = c.rng.choice([a for a in _ACADEMY22 if a != place])
    end = dt.date(start.year + c.rng.choice((2, 3)), start.month, 1) - dt.timedelta(days=1)
    name = employee.name(c.pick("all", "first", "initials"))
    checked = signed - dt.timedelta(days=c.rng.randint(10, 60))
    medical = checked + dt.timedelta(days=c.rng.randint(1, 9))
    course = start + dt.timedelta(days=c.rng.randint(0, 14))
    body = (
        "<table style='width:100%'><tr><td><span class='logo' style='font-size:17pt;color:#15336b'>POLITIE</span><br>"
        f"<span class='small'>Eenheid {e(unit)} &middot; Dienst Bedrijfsvoering, HRM</span></td>"
        f"<td class='right small'>Datum {e(values.date_text(signed, 'long'))}<br>Personeelsnummer {c.rng.randint(100000, 999999)}</td></tr></table>"
        + address_block([employee.name("initials"), people.address(c.rng).line1()])
        + "<p><b>Onderwerp: aanstelling als aspirant</b></p>"
        f"<p>Beste {e(employee.given[0])},</p><p>Gefeliciteerd! Je hebt de selectie met goed gevolg doorlopen. Het veiligheidsonderzoek is op "
        f"{e(values.date_text(checked, 'dash'))} afgerond en de medische keuring op {e(values.date_text(medical, 'dash'))}. Namens de korpschef stel ik je aan als aspirant "
        f"bij de {e(employer)} voor de duur van de opleiding.</p>"
        "<h3>Gegevens aanstelling</h3>"
        + kv([("Naam", e(name)), ("Werkgever", e(employer)), ("Eenheid / basisteam", f"{e(unit)} / basisteam {e(place)}"), ("Standplaats", f"<b>{e(place)}</b>"),
              ("Ingangsdatum", c.d(start)), ("Einddatum", f"{c.d(end)} (tijdelijke aanstelling voor de duur van de opleiding)"),
              ("Rang en schaal", f"aspirant, schaal {c.pick('5', '6')}")], label_width="46mm")
        + "<h3>Opleiding</h3>"
        f"<p>Je volgt de opleiding tot politieagent (niveau 4) aan de Politieacademie, locatie {e(academy)}. De eerste lesdag is {e(values.date_text(course, 'long'))}. "
        f"Naast de lesweken werk je in je basisteam in {e(place)}.</p>"
        "<p>Op je aanstelling zijn het Besluit algemene rechtspositie politie en de cao Politie van toepassing. De Politieacademie is gevestigd te Apeldoorn.</p>"
        f"<p style='margin-top:5mm'>Met vriendelijke groet,<br>namens de korpschef van politie,<br><br>{e(c.person(born=(1962, 1990)).name('initials'))}<br>"
        f"<span class='small'>hoofd HRM eenheid {e(unit)}</span></p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.7pt; }"), _truth(name, employer, start, end, place)


_AIRLINES22 = ("Transavia Airlines C.V.", "KLM Cityhopper B.V.", "TUI fly Nederland B.V.", "Corendon Dutch Airlines B.V.", "Martinair Holland N.V.")
_BASES22 = ("Schiphol", "Eindhoven", "Rotterdam", "Groningen", "Maastricht")


def cabinepersoneel_thuisbasis_contract(c: Ctx):
    """Fresh22. An airline's fixed-term contract for a cabin attendant in Dutch with English captions ("Thuisbasis / Home base": the
    place), the initial training's dates and training centre, the first flight under supervision, the crew number, the allowance per night
    stop and the roster's publication day as decoys; the airline the employer, "Ingangsdatum / Commencement" and "Einddatum / Expiry" the
    start and end."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "Cantarell")))
    c.restyle17(dates=("long", "dash", "en_dash_mon", "dot_pad"), amounts=("euro",))
    employee, _employer, signed, start, _end, _place = _facts(c)
    employer, place = c.rng.choice(_AIRLINES22), c.rng.choice(_BASES22)
    end = dt.date(start.year + 1, start.month, 1) - dt.timedelta(days=1) if c.rng.random() < 0.6 else start + dt.timedelta(days=c.rng.choice((213, 243, 364)))
    name = employee.name(c.pick("all", "first", "initials"))
    training = (start, start + dt.timedelta(days=c.rng.randint(24, 38)))
    first_flight = training[1] + dt.timedelta(days=c.rng.randint(3, 12))
    cap = lambda nl, en: f"{e(nl)} <span style='color:#777;font-size:7.8pt'>/ {e(en)}</span>"  # noqa: E731
    rows = [(cap("Werknemer", "Employee"), f"<b>{e(name)}</b>"), (cap("Functie", "Position"), "Cabin Attendant (stewardess/steward)"),
            (cap("Crewnummer", "Crew ID"), f"{c.rng.choice('ABCDEFGHKLMNPRST')}{c.rng.choice('ABCDEFGHKLMNPRST')}{c.rng.randint(100, 999)}"),
            (cap("Ingangsdatum", "Commencement"), c.d(start)), (cap("Einddatum", "Expiry"), c.d(end)), (cap("Thuisbasis", "Home base"), f"<b>{e(place)}</b>"),
            (cap("Initiële training", "Initial training"), f"{e(values.date_text(training[0], 'dash'))} &ndash; {e(values.date_text(training[1], 'dash'))}, "
                                                           f"trainingscentrum {c.pick('Hoofddorp', 'Badhoevedorp', 'Rijswijk')}"),
            (cap("Eerste vlucht onder supervisie", "Supervised line flight"), e(values.date_text(first_flight, "dash"))),
            (cap("Vergoeding per overnachting", "Night stop allowance"), e(values.amount_text(values.amount(c.rng.choice((38.5, 42, 46.75, 52))), "euro")))]
    table = "".join(f"<tr><td style='width:66mm;background:#f2f6fb'>{k}</td><td>{v}</td></tr>" for k, v in rows)
    body = (
        f"<div style='border-bottom:3px solid #00a2b8;padding-bottom:2mm'><span class='logo' style='font-size:16pt'>{e(employer)}</span></div>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Arbeidsovereenkomst voor bepaalde tijd<br><span style='font-size:10pt;font-weight:normal'>Fixed-term employment "
        "contract &middot; cabinepersoneel</span></h1>"
        f"<table class='ruled' style='width:100%;font-size:9.2pt'>{table}</table>"
        f"<p style='margin-top:4mm'>1. {e(employer)} neemt de werknemer in dienst voor bepaalde tijd. De werknemer vliegt vanaf de thuisbasis; reizen tussen huis en "
        "thuisbasis zijn voor eigen rekening.</p>"
        f"<p>2. Het rooster verschijnt uiterlijk op de {c.rng.choice((10, 15, 20))}e van de voorafgaande maand. Op deze overeenkomst is de cao cabinepersoneel van "
        f"{e(employer.split()[0])} van toepassing.</p>"
        "<p>3. De overeenkomst eindigt van rechtswege op de einddatum. De eerste twee maanden gelden als proeftijd.</p>"
        f"<p style='margin-top:4mm'>Getekend te {e(c.pick('Schiphol-Oost', 'Haarlemmermeer', 'Amstelveen'))} op {e(values.date_text(signed, 'long'))}</p>"
        "<table style='width:100%;margin-top:3mm'><tr><td>Namens de werkgever / On behalf of the employer<br><br>____________</td>"
        "<td>Werknemer / Employee<br><br>____________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(name, employer, start, end, place)


# --- fresh23 split ---------------------------------------------------------------------------

_RAV23 = (("Ambulancezorg Groningen", "Groningen", ("Groningen", "Stadskanaal", "Delfzijl", "Winschoten", "Leek")),
          ("RAV IJsselland", "Zwolle", ("Zwolle", "Kampen", "Raalte", "Hardenberg", "Ommen")),
          ("Ambulancezorg Limburg-Noord", "Venlo", ("Venlo", "Roermond", "Venray", "Weert", "Gennep")),
          ("RAV Hollands Midden", "Leiden", ("Leiden", "Gouda", "Alphen aan den Rijn", "Katwijk", "Lisse")),
          ("Ambulance Amsterdam", "Amsterdam", ("Amsterdam", "Amstelveen", "Purmerend", "Zaandam", "Uithoorn")),
          ("RAV Brabant Midden-West-Noord", "Tilburg", ("Tilburg", "Breda", "Oss", "Waalwijk", "Roosendaal")))


def ambulancedienst_rav_standplaats_contract(c: Ctx):
    """Fresh23. A regional ambulance service's ("Regionale Ambulancevoorziening", RAV) fixed-term contract for an ambulance nurse or
    driver: the header's head office, "Standplaats (ambulancepost)" the place, the other posts of the region where the employee may be
    deployed and the dispatch centre's town (decoy places), the day of the induction and of the driving course (decoy dates), the shifts
    around the clock; the parties beside their captions, the terms in a two-column grid of captions and values, the service the employer,
    "Getekend te ... op" a decoy day."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad", "wd_nopad"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer, seat, posts = c.rng.choice(_RAV23)
    place = c.rng.choice(posts)
    others = [p for p in posts if p != place]
    name = employee.name(c.pick("all", "first", "initials"))
    role = c.pick("ambulanceverpleegkundige", "ambulancechauffeur", "zorgambulanceverpleegkundige")
    induction = start + dt.timedelta(days=c.rng.randint(0, 6))
    course = induction + dt.timedelta(days=c.rng.randint(10, 60))
    body = (
        f"<div style='border-bottom:4px solid #f2c500;padding-bottom:2mm'><span class='logo' style='font-size:17pt;color:#004b87'>{e(employer)}</span>"
        f"<span class='small' style='float:right'>Hoofdkantoor {e(seat)} &middot; Regionale Ambulancevoorziening</span></div>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Arbeidsovereenkomst voor bepaalde tijd</h1>"
        f"<p>Partijen: {e(employer)}, hierna de werkgever, en {e(name)}, geboren {e(values.date_text(employee.birth_date, 'dash'))}, hierna de werknemer, komen "
        "het volgende overeen.</p>"
        + kv([("Werkgever", e(employer)), ("Werknemer", f"<b>{e(name)}</b>"), ("Standplaats (ambulancepost)", f"<b>{e(place)}</b>")], label_width="56mm")
        + grid([("Functie", e(role)), ("Cao", "cao Ambulancezorg"), ("Datum indiensttreding", c.d(start)), ("Einde van de overeenkomst", c.d(end)),
                ("Arbeidsduur", f"{c.pick('36', '32', '28')} uur per week"), ("Diensten", "van 8 uur, dag en nacht")], columns=2, label_width="36mm")
        + "<h3>Inzet en opleiding</h3>"
        f"<p>De werknemer kan ook worden ingezet op de posten {e(', '.join(others[:-1]))} en {e(others[-1])}. De meldkamer ambulancezorg zit in "
        f"{e(c.pick('Apeldoorn', 'Zwolle', 'Haarlem', 'Eindhoven', 'Den Haag', 'Drachten'))}. Het inwerkprogramma begint op {e(values.date_text(induction, 'long'))}; "
        f"de rijvaardigheidstraining is gepland op {e(values.date_text(course, 'dash'))}.</p>"
        "<h3>Overige bepalingen</h3><ol style='margin-top:0'><li>Er geldt een proeftijd van een maand.</li>"
        "<li>De werknemer beschikt over een geldig rijbewijs C1 en een BIG-registratie waar de functie die vraagt.</li>"
        "<li>De werknemer woont binnen de aanrijtijd van de standplaats die de werkgever voor bereikbaarheidsdiensten stelt.</li></ol>"
        f"<p style='margin-top:4mm'>Getekend te {e(seat)} op {e(values.date_text(signed, 'long'))}.</p>"
        "<table style='width:100%;margin-top:4mm'><tr><td>Namens de werkgever<br><br>_______________<br>"
        f"{e(c.person(born=(1962, 1988)).name('initials'))}, manager bedrijfsvoering</td><td>De werknemer<br><br>_______________<br>{e(name)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, employer, start, end, place)


_TRAINEESHIPS23 = (("Achmea B.V.", "Zeist", ("Apeldoorn", "Leeuwarden", "Tilburg")), ("Alliander N.V.", "Arnhem", ("Duiven", "Haarlem", "Amsterdam")),
                   ("Enexis Netbeheer B.V.", "'s-Hertogenbosch", ("Zwolle", "Maastricht", "Groningen")), ("Vitens N.V.", "Zwolle", ("Utrecht", "Leeuwarden", "Lelystad")),
                   ("Koninklijke BAM Groep N.V.", "Bunnik", ("Rotterdam", "Gouda", "Eindhoven")), ("Royal HaskoningDHV Nederland B.V.", "Amersfoort", ("Nijmegen", "Rotterdam", "Groningen")))


def traineeship_rotatieschema_contract(c: Ctx):
    """Fresh23. A company's fixed-term contract for a two-year traineeship with a rotation schedule: a table of three placements, each with
    its department, its location and its months (decoy places and decoy dates, the first placement beginning on the start day), "Standplaats"
    the place (the head office, where the trainee is based between and after placements), the trainee's programme's closing day and the
    signing day as decoys; the company the employer, "Aanvang" and "Einde" the start and end."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("long", "dash", "long_pad", "short_nodot"), amounts=("euro",))
    employee, _employer, signed, start, _end, _place = _facts(c)
    employer, place, sites = c.rng.choice(_TRAINEESHIPS23)
    later = signed + dt.timedelta(days=c.rng.randint(10, 60))
    start = (dt.date(later.year, later.month, 28) + dt.timedelta(days=4)).replace(day=1)
    end = dt.date(start.year + 2, start.month, 1) - dt.timedelta(days=1)
    name = employee.name(c.pick("all", "first", "initials"))
    departments = c.rng.sample(("Finance & Control", "Asset Management", "Klantenservice", "Data & Analytics", "Projectbeheersing", "Inkoop", "HR", "Strategie"), 3)
    bounds = [start, dt.date(start.year + (start.month + 7 > 12), (start.month + 7) % 12 or 12, 1), dt.date(start.year + 1, start.month, 1) + dt.timedelta(days=92), end]
    rows = "".join(f"<tr><td>{i + 1}</td><td>{e(d)}</td><td>{e(s)}</td><td>{e(values.date_text(bounds[i], 'dash'))} &ndash; "
                   f"{e(values.date_text(bounds[i + 1] - dt.timedelta(days=1) if i < 2 else bounds[3], 'dash'))}</td></tr>"
                   for i, (d, s) in enumerate(zip(departments, sites)))
    closing = end - dt.timedelta(days=c.rng.randint(10, 40))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>{e(employer)}</span><br><span class='small'>Talent &amp; Traineeships</span></td>"
        f"<td class='right small'>Referentie TR-{start.year}-{c.rng.randint(100, 999)}</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Arbeidsovereenkomst traineeship</h1>"
        + kv([("Werkgever", e(employer)), ("Trainee", f"<b>{e(name)}</b>"), ("Aanvang", c.d(start)), ("Einde", f"{c.d(end)} (bepaalde tijd, 24 maanden)"),
              ("Standplaats", f"<b>{e(place)}</b>"), ("Salaris", f"schaal T, {e(values.amount_text(values.amount(c.rng.randint(3100, 3900)), 'euro'))} bruto per maand")],
             label_width="40mm")
        + "<h3>Rotatieschema</h3>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>#</th><th>Afdeling</th><th>Locatie</th><th>Periode</th></tr>" + rows + "</table>"
        "<p class='small'>Tijdens een plaatsing werkt de trainee op de locatie van die afdeling. De reiskosten naar een andere locatie dan de standplaats "
        "worden volledig vergoed.</p>"
        f"<p>Het programma sluit af met een eindpresentatie op {e(values.date_text(closing, 'long'))}. Daarna bespreken werkgever en trainee een vaste functie.</p>"
        f"<p style='margin-top:5mm'>Voor akkoord, {e(values.date_text(signed, 'dash'))}</p>"
        "<table style='width:100%;margin-top:3mm'><tr><td>Werkgever<br><br>_______________</td><td>Trainee<br><br>_______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, employer, start, end, place)


# --- fresh24 split ---------------------------------------------------------------------------

_REFERENTS24 = (("Nexperia B.V.", "Nijmegen", ("Nijmegen",)), ("ASML Netherlands B.V.", "Veldhoven", ("Veldhoven", "Eindhoven")),
                ("Booking.com B.V.", "Amsterdam", ("Amsterdam",)), ("Adyen N.V.", "Amsterdam", ("Amsterdam",)), ("Philips Electronics Nederland B.V.", "Eindhoven", ("Eindhoven", "Best")),
                ("TomTom Global Content B.V.", "Amsterdam", ("Amsterdam",)), ("NXP Semiconductors Netherlands B.V.", "Eindhoven", ("Eindhoven", "Nijmegen")),
                ("Thales Nederland B.V.", "Hengelo", ("Hengelo", "Delft")))
_COUNTRIES24 = ("Bangalore, India", "Istanbul, Turkije", "São Paulo, Brazilië", "Shanghai, China", "Kyiv, Oekraïne", "Lagos, Nigeria", "Jakarta, Indonesië")


def kennismigrant_erkend_referent_contract(c: Ctx):
    """Fresh24. A fixed-term contract of a company recognised by the IND as sponsor ("erkend referent") with a highly skilled migrant
    ("kennismigrant"), Dutch with English captions in grey: the company's seat, the IND's salary criterion and the gross monthly salary above
    it, the 30% ruling, the IND application's number and the day the residence permit is expected and the employee's present town abroad
    (decoy sums, a decoy date and decoy places); "Plaats van tewerkstelling / Place of work" the place, "Datum indiensttreding" and
    "Einddatum" the start and end."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "en_long", "dot_pad"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer, seat, sites = c.rng.choice(_REFERENTS24)
    place = c.rng.choice(sites)
    name = employee.name(c.pick("all", "first"))
    criterion = values.amount(c.pick(5688, 4171, 5942, 4357))
    salary = values.amount(float(criterion) + c.rng.randint(200, 2400))
    permit = start - dt.timedelta(days=c.rng.randint(7, 30))
    en = lambda t: f"<br><span style='color:#888;font-size:7.5pt'>{e(t)}</span>"  # noqa: E731
    rows = [("Werkgever", "Employer", e(employer)), ("Statutaire zetel", "Registered office", e(seat)), ("Werknemer", "Employee", f"<b>{e(name)}</b>"),
            ("Huidige woonplaats", "Current residence", e(c.rng.choice(_COUNTRIES24))), ("Functie", "Position", c.pick("Senior Software Engineer", "Data Scientist", "Design Engineer", "Product Manager")),
            ("Datum indiensttreding", "Start date", c.d(start)), ("Einddatum", "End date", c.d(end)),
            ("Plaats van tewerkstelling", "Place of work", f"<b>{e(place)}</b>"),
            ("Bruto maandsalaris", "Gross monthly salary", e(values.amount_text(salary, "euro")))]
    table = "".join(f"<tr><td style='width:58mm'>{e(k)}{en(k2)}</td><td>{v}</td></tr>" for k, k2, v in rows)
    body = (
        f"<div style='border-bottom:2px solid #333;padding-bottom:2mm'><span class='logo' style='font-size:15pt'>{e(employer)}</span>"
        "<span class='small' style='float:right'>Erkend referent kennismigranten (IND)</span></div>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Arbeidsovereenkomst voor bepaalde tijd<br><span style='font-size:10pt;color:#888;font-weight:normal'>"
        "Fixed-term employment contract</span></h1>"
        f"<table class='ruled' style='width:100%;font-size:9pt'>{table}</table>"
        "<h3>Verblijfsvergunning / Residence permit</h3>"
        f"<p>De werkgever vraagt als erkend referent een verblijfsvergunning kennismigrant aan (IND-aanvraagnummer {c.rng.randint(1000000000, 9999999999)}). "
        f"Het salaris ligt boven het looncriterium van de IND van {e(values.amount_text(criterion, 'euro'))} bruto per maand. De vergunning wordt verwacht "
        f"rond {e(values.date_text(permit, 'long'))}. De werkgever vraagt de 30%-regeling aan.</p>"
        "<p class='small'>Deze overeenkomst eindigt zonder opzegging op de einddatum. Werkt de werknemer zonder geldige verblijfsvergunning, dan mag de "
        "werkgever de werknemer niet laten werken.</p>"
        f"<p style='margin-top:4mm'>Ondertekend te {e(seat)}, {e(values.date_text(signed, 'dash'))}</p>"
        f"<table style='width:100%;margin-top:3mm'><tr><td>Werkgever<br><br>_______________</td><td>Werknemer<br><br>_______________<br>{e(name)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; } h3 { margin-top: 6px; }"), _truth(name, employer, start, end, place)


_BOARDS24 = (("Stichting Openbaar Primair Onderwijs Zwolle en Regio", "Zwolle", ("Zwolle", "Hattem", "Dalfsen")),
             ("Stichting Katholiek Onderwijs Enschede", "Enschede", ("Enschede", "Losser", "Haaksbergen")),
             ("Stichting Prokind", "Arnhem", ("Arnhem", "Velp", "Elst")), ("Stichting Florente", "Heerhugowaard", ("Heerhugowaard", "Langedijk", "Alkmaar")),
             ("Stichting Openbaar Onderwijs Rotterdam (BOOR)", "Rotterdam", ("Rotterdam", "Hoogvliet", "Pernis")),
             ("Stichting Kindante", "Sittard", ("Sittard", "Geleen", "Stein")))
_SCHOOLS24 = ("OBS De Klimop", "Basisschool De Regenboog", "KBS Sint-Jozef", "Daltonschool De Wilgen", "Montessorischool Het Palet", "CBS De Wegwijzer")


def vervanging_zwangerschapsverlof_leerkracht(c: Ctx):
    """Fresh24. A school board's fixed-term contract for a teacher who replaces a colleague on pregnancy and maternity leave: the colleague on
    leave by name, the day her leave began and the expected day of her return (a decoy person and decoy dates), the board's seat, the
    salary scale and the part-time factor as decoys; the board the employer, "Standplaats" the school's town, "Ingangsdatum" and
    "Einddatum" the start and end, the signing day a decoy."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Carlito", "Liberation Sans")))
    c.restyle17(dates=("long", "dash", "wd_nopad", "long_pad"), amounts=("euro",))
    employee, _employer, signed, start, _end, _place = _facts(c)
    employer, seat, towns = c.rng.choice(_BOARDS24)
    place = c.rng.choice(towns)
    school = c.rng.choice(_SCHOOLS24)
    end = start + dt.timedelta(days=c.rng.randint(105, 150))
    colleague = c.person(sex="f", born=(1986, 1998))
    leave = start - dt.timedelta(days=c.rng.randint(1, 12))
    back = end + dt.timedelta(days=1)
    name = employee.name(c.pick("all", "first", "initials"))
    cname = colleague.name("first")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:14pt'>{e(employer)}</span><br>"
        f"<span class='small'>Bestuursbureau, {e(seat)}</span></td><td class='right small'>Kenmerk P&amp;O/{c.rng.randint(1000, 9999)}</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Arbeidsovereenkomst voor bepaalde tijd wegens vervanging</h1>"
        f"<p>{e(employer)}, hierna de werkgever, en <b>{e(name)}</b>, geboren op {e(values.date_text(employee.birth_date, 'dash'))}, hierna de werknemer, "
        "komen overeen dat de werknemer als leerkracht primair onderwijs in dienst treedt onder de volgende voorwaarden.</p>"
        + kv([("Werkgever", e(employer)), ("School", e(school)), ("Standplaats", f"<b>{e(place)}</b>"), ("Ingangsdatum", c.d(start)), ("Einddatum", c.d(end)),
              ("Soort overeenkomst", "bepaalde tijd, wegens vervanging"), ("Salarisschaal", f"L10, trede {c.rng.randint(1, 12)}"),
              ("Werktijdfactor", c.pick("0,4000", "0,6000", "0,8000", "1,0000"))], label_width="50mm")
        + f"<p>De overeenkomst is voor de vervanging van {e(cname)} tijdens haar zwangerschaps- en bevallingsverlof, dat is ingegaan op "
        f"{e(values.date_text(leave, 'long'))}. {e(cname.split()[0])} keert naar verwachting terug op {e(values.date_text(back, 'long'))}. "
        "De overeenkomst eindigt van rechtswege op de einddatum, ook als het verlof eerder eindigt of wordt verlengd.</p>"
        "<p>Op deze overeenkomst is de cao primair onderwijs van toepassing.</p>"
        f"<p style='margin-top:4mm'>{e(seat)}, {e(values.date_text(signed, 'long'))}</p>"
        "<table style='width:100%;margin-top:3mm'><tr><td>Namens de werkgever<br><br>_______________<br>"
        f"{e(c.person(born=(1960, 1985)).name('initials'))}, bestuurder</td><td>Voor akkoord, de werknemer<br><br>_______________<br>{e(name)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, employer, start, end, place)


# --- fresh25 split ---------------------------------------------------------------------------

_NGOS25 = (("Artsen zonder Grenzen", "Amsterdam"), ("ZOA", "Apeldoorn"), ("Cordaid", "Den Haag"), ("Dorcas", "Andijk"),
           ("Het Nederlandse Rode Kruis", "Den Haag"), ("Save the Children Nederland", "Den Haag"), ("Terre des Hommes Nederland", "Den Haag"))
_STATIONS25 = ("Juba, Zuid-Soedan", "Cox's Bazar, Bangladesh", "Goma, DR Congo", "Maiduguri, Nigeria", "Adré, Tsjaad", "Kharkiv, Oekraïne",
               "Port-au-Prince, Haïti", "Gaziantep, Turkije")
_FIELD_JOBS25 = ("logistiek coördinator", "verpleegkundige", "specialist water en sanitatie", "financieel administrateur", "projectcoördinator")


def hulporganisatie_veldfunctie_standplaats(c: Ctx):
    """Fresh25. A humanitarian organisation's fixed-term contract for a field post abroad ("uitzending veldstaf"): a block "Missiegegevens"
    with the mission country's duty station ("Standplaats (duty station)", the place), the day of departure, the rest-and-recuperation rhythm,
    the per diem in US dollars and the debriefing (decoy dates and sums), the organisation's seat in its head (a decoy place); the
    organisation the employer, "Ingangsdatum" and "Einddatum" the start and end, the signing day a decoy."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "long_pad", "nopad"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer, seat = c.rng.choice(_NGOS25)
    place = c.rng.choice(_STATIONS25)
    name = employee.name(c.pick("all", "first", "initials"))
    depart = start + dt.timedelta(days=c.rng.randint(5, 9))
    signed = min(signed, start - dt.timedelta(days=c.rng.randint(3, 20)))
    rr = c.rng.choice((8, 10, 12))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#b3141b'>{e(employer)}</span><br>"
        f"<span class='small'>Afdeling Human Resources veldstaf &middot; {e(seat)}</span></td>"
        f"<td class='right small'>Contractnr. FS-{start.year}-{c.rng.randint(1000, 9999)}</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Arbeidsovereenkomst voor bepaalde tijd &ndash; uitzending veldstaf</h1>"
        f"<p>Ondergetekenden: {e(employer)}, gevestigd te {e(seat)}, hierna <i>de werkgever</i>, en <b>{e(name)}</b>, geboren op "
        f"{e(values.date_text(employee.birth_date, 'dash'))}, hierna <i>de werknemer</i>, komen het volgende overeen.</p>"
        + kv([("Functie", e(c.rng.choice(_FIELD_JOBS25))), ("Ingangsdatum", c.d(start)), ("Einddatum", c.d(end)),
              ("Arbeidsduur", "voltijd; in het missieland geldt het rooster van het project")], label_width="46mm")
        + "<div class='box' style='border-color:#b3141b;margin-top:3mm'><b>Missiegegevens</b>"
        + kv([("Standplaats (duty station)", f"<b>{e(place)}</b>"), ("Vertrek naar het missieland", e(values.date_text(depart, "long"))),
              ("Rust en herstel (R&R)", f"na elke {rr} weken vijf werkdagen buiten het missieland"),
              ("Per diem", f"USD {c.rng.choice((18, 22, 25, 30))} per dag, uitbetaald in het missieland"),
              ("Debriefing", f"op het kantoor in {e(seat)}, binnen zeven dagen na terugkeer")], label_width="56mm")
        + "</div>"
        "<p style='margin-top:3mm'>De werknemer volgt vóór vertrek een voorbereiding (briefing) op het kantoor van de werkgever. De werkgever zorgt voor de reis, "
        "het verblijf en de verzekeringen. De overeenkomst eindigt van rechtswege op de einddatum; bij evacuatie van het project kan de werkgever de "
        "werknemer een andere standplaats aanwijzen.</p>"
        f"<p>Aldus opgemaakt in tweevoud te {e(seat)} op {e(values.date_text(signed, 'long'))}.</p>"
        "<table style='width:100%;margin-top:4mm'><tr>"
        f"<td>De werkgever<br><br>_______________<br>{e(c.person(born=(1960, 1990)).name('initials'))}, HR-adviseur veldstaf</td>"
        f"<td>De werknemer<br><br>_______________<br>{e(name)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, employer, start, end, place)


_TOUR_OPERATORS25 = (("Zuiderzon Reizen B.V.", "Rijswijk"), ("Horizon Vakanties Nederland B.V.", "Badhoevedorp"), ("Zonnekust Reizen B.V.", "Utrecht"),
                     ("Mare Nostrum Vakanties B.V.", "'s-Hertogenbosch"))
_RESORTS25 = ("Alanya, Turkije", "Side, Turkije", "Hersonissos, Kreta", "Playa de las Américas, Tenerife", "Albufeira, Portugal", "Hurghada, Egypte",
              "Lloret de Mar, Spanje", "Sunny Beach, Bulgarije")


def reisorganisatie_reisleider_seizoen(c: Ctx):
    """Fresh25. A tour operator's fixed-term contract for a resort representative ("reisleider ter plaatse") for one season under the
    collective agreement for the travel trade: the company's seat (a decoy), the training days in the Netherlands, the outbound and the
    return flight's days, the daily allowance and the monthly wage (decoy dates and sums) in a table "Seizoensgegevens"; the company the
    employer, "Standplaats (bestemming)" the place, "Begin seizoenscontract" and "Einde seizoenscontract" the start and end."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Quicksand", "Open Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad", "wd_nopad"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer, seat = c.rng.choice(_TOUR_OPERATORS25)
    place = c.rng.choice(_RESORTS25)
    if start.month <= 2:
        season, end = f"winterseizoen {start.year}", dt.date(start.year, 4, c.rng.randint(12, 30))
    elif start.month <= 7:
        season, end = f"zomerseizoen {start.year}", dt.date(start.year, 10, c.rng.randint(12, 31))
    else:
        start = max(start, dt.date(start.year, 11, 1))
        season, end = f"winterseizoen {start.year}-{start.year + 1}", dt.date(start.year + 1, 4, c.rng.randint(12, 30))
    signed = min(signed, start - dt.timedelta(days=c.rng.randint(7, 40)))
    name = employee.name(c.pick("all", "first", "initials"))
    training = start + dt.timedelta(days=c.rng.randint(1, 3))
    out = training + dt.timedelta(days=c.rng.randint(5, 8))
    back = end - dt.timedelta(days=c.rng.randint(1, 3))
    wage = values.amount(c.rng.randint(2080, 2650) + c.rng.choice((0, 0.4, 0.75)))
    rows = [("Begin seizoenscontract", c.d(start)), ("Einde seizoenscontract", c.d(end)), ("Standplaats (bestemming)", f"<b>{e(place)}</b>"),
            ("Reisleiderstraining", f"{e(values.date_text(training, 'long'))} t/m {e(values.date_text(training + dt.timedelta(days=4), 'long'))}, kantoor {e(seat)}"),
            ("Heenvlucht", e(values.date_text(out, "long"))), ("Terugvlucht", e(values.date_text(back, "long"))),
            ("Maandloon", f"{e(values.amount_text(wage, 'euro'))} bruto"), ("Verblijfsvergoeding", f"{e(values.amount_text(values.amount(c.rng.choice((12, 15, 18))), 'euro'))} per dag")]
    table = "".join(f"<tr><td style='width:58mm;background:#fff4e0'>{e(k)}</td><td>{v}</td></tr>" for k, v in rows)
    body = (
        f"<div style='background:#f39c12;color:#fff;padding:2.5mm 4mm'><span class='logo' style='font-size:15pt'>{e(employer)}</span>"
        f"<span class='small' style='float:right;color:#fff'>statutair gevestigd te {e(seat)}</span></div>"
        f"<h1 style='font-size:14pt;margin-top:5mm'>Seizoensovereenkomst reisleider ter plaatse &ndash; {season}</h1>"
        f"<p>Tussen {e(employer)} (de werkgever) en <b>{e(name)}</b> (de werknemer) is een arbeidsovereenkomst voor bepaalde tijd gesloten voor de duur "
        f"van het {season.split()[0]}. Op de overeenkomst is de cao Reisbranche van toepassing.</p>"
        "<h3>Seizoensgegevens</h3>"
        f"<table class='ruled' style='width:100%;font-size:9pt'>{table}</table>"
        "<p style='margin-top:3mm'>De werknemer begeleidt de gasten van de werkgever op de bestemming, houdt spreekuur in de hotels en regelt transfers en excursies. "
        "De werkgever zorgt voor een appartement op de bestemming. De overeenkomst eindigt zonder opzegging op de einddatum.</p>"
        f"<p>{e(seat)}, {e(values.date_text(signed, 'dash'))}</p>"
        f"<table style='width:100%;margin-top:4mm'><tr><td>Namens de werkgever<br><br>_______________<br>{e(c.person(born=(1965, 1992)).name('initials'))}, manager reisleiding</td>"
        f"<td>De werknemer<br><br>_______________<br>{e(name)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; } h3 { margin-top: 6px; }"), _truth(name, employer, start, end, place)



# --- fresh26 split ---------------------------------------------------------------------------

_UK_EMPLOYERS26 = (("Harbourline Analytics Ltd", "London", "14 Finsbury Square, London EC2A 1BR", "Reading"),
                   ("Northgate Renewables UK Ltd", "Aberdeen", "2 Marischal Square, Aberdeen AB10 1BL", "Edinburgh"),
                   ("Tulip Biosciences UK Limited", "Cambridge", "Unit 7, Cambridge Science Park, Cambridge CB4 0FZ", "London"),
                   ("Meridian Freight Forwarding Ltd", "Manchester", "101 Portland Street, Manchester M1 6DF", "Liverpool"),
                   ("Blue Delta Engineering Ltd", "Bristol", "40 Temple Quay, Bristol BS1 6DZ", "London"))
_DUTCH_AFFILIATES26 = ("Harbourline Analytics B.V.", "Northgate Renewables B.V.", "Tulip Biosciences B.V.", "Meridian Freight B.V.", "Blue Delta Engineering B.V.")
_UK_JOBS26 = ("Data Engineer", "Project Engineer", "Research Scientist", "Logistics Coordinator", "Commissioning Technician")


def uk_written_statement_main_terms(c: Ctx):
    """Fresh26. A British employer's "Written statement of employment particulars" as the Employment Rights Act 1996 requires it (numbered
    particulars in English, for a tenant who goes to work in the United Kingdom): the registered office in another town and the company
    number, the day continuous employment began with the Dutch affiliate, the probation's end, the annual salary in pounds, the National
    Insurance number and the signing day (decoy places, dates, sums and numbers); "Place of work" the place, "Date employment begins" and
    the fixed term's end the start and the end."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Liberation Serif", "Caladea")))
    c.restyle17(dates=("en_long", "slash", "en_ordinal", "en_short"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer, place, office, registered = c.rng.choice(_UK_EMPLOYERS26)
    affiliate = _DUTCH_AFFILIATES26[[u[0] for u in _UK_EMPLOYERS26].index(employer)]
    name = employee.name(c.pick("all", "first", "initials"))
    earlier = values.between(c.rng, dt.date(2016, 1, 1), start - dt.timedelta(days=200))
    probation = start + dt.timedelta(days=c.rng.choice((91, 182)))
    salary = c.rng.randint(38, 82) * 1000
    letters = "ABCEGHJKLMNPRSTWXYZ"
    ni = f"{c.rng.choice(letters)}{c.rng.choice(letters)} {c.rng.randint(10, 99)} {c.rng.randint(10, 99)} {c.rng.randint(10, 99)} {c.rng.choice('ABCD')}"
    en = lambda day: e(values.date_text(day, "en_long"))  # noqa: E731
    items = [
        ("Employer", f"{e(employer)}, registered in England and Wales under company number {c.rng.randint(1000000, 14999999):08d}, registered office in "
                     f"{e(registered)}."),
        ("Employee", f"{e(name)} (National Insurance number {e(ni)})."),
        ("Job title", e(c.rng.choice(_UK_JOBS26))),
        ("Date employment begins", f"{c.d(start)}."),
        ("Continuous employment", f"Your employment with {e(affiliate)} counts towards your period of continuous employment, which began on {en(earlier)}."),
        ("Place of work", f"{e(place)}. You will be based at our office at {e(office)}, United Kingdom; you may be asked to travel within the United "
                          "Kingdom and to the Netherlands."),
        ("Duration", f"This is a fixed-term appointment which will end on {c.d(end)}, unless terminated earlier in accordance with clause 12."),
        ("Probationary period", f"Your first months are a probationary period, ending on {en(probation)}."),
        ("Remuneration", f"&pound;{salary:,} gross per annum, paid monthly in arrears on the last working day of the month."),
        ("Hours of work", f"{c.rng.choice((35, 37.5, 40))} hours a week, Monday to Friday."),
        ("Holidays", "28 days a year including bank holidays, pro rata for part years."),
        ("Notice", "One month by either party after the probationary period."),
        ("Pension", "You will be auto-enrolled into the company's workplace pension scheme."),
    ]
    rows = "".join(f"<tr><td style='width:8mm;vertical-align:top'>{i + 1}.</td><td style='width:48mm;vertical-align:top'><b>{e(k)}</b></td>"
                   f"<td style='padding-bottom:1.8mm'>{v}</td></tr>" for i, (k, v) in enumerate(items))
    body = (
        f"<div style='border-bottom:1.5px solid #1d3557;padding-bottom:1.5mm'><span class='logo' style='font-size:15pt;color:#1d3557'>{e(employer)}</span></div>"
        "<h1 style='font-size:13.5pt;margin-top:5mm'>Written statement of employment particulars</h1>"
        "<p class='small' style='margin-top:0'>Issued under section 1 of the Employment Rights Act 1996</p>"
        f"<table style='width:100%;font-size:9.4pt;margin-top:3mm'>{rows}</table>"
        "<p>Further terms are set out in the Staff Handbook, which forms part of your contract.</p>"
        "<table style='width:100%;margin-top:8mm'><tr>"
        f"<td style='width:50%'>Signed for and on behalf of the Employer<br><br>______________________<br>{e(c.person(born=(1962, 1992)).name('first'))}, HR Manager"
        f"<br>Date: {e(values.date_text(signed, 'slash'))}</td>"
        f"<td>Signed by the Employee<br><br>______________________<br>{e(name)}<br>Date: {e(values.date_text(signed + dt.timedelta(days=c.rng.randint(1, 9)), 'slash'))}</td>"
        "</tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, employer, start, end, place)


_ONBOARDING26 = (("Coolblue B.V.", "Tilburg", "Hoogeind 120", "coolblue.nl"), ("Vanderlande Industries B.V.", "Veghel", "Vanderlandelaan 2", "vanderlande.com"),
                 ("Bol.com B.V.", "Utrecht", "Papendorpseweg 100", "bol.com"), ("Dura Vermeer Infra B.V.", "Hoofddorp", "Taurusavenue 44", "duravermeer.nl"),
                 ("Jumbo Supermarkten B.V.", "Veghel", "Rijksweg 15", "jumbo.com"), ("Zorggroep Noorderboog", "Meppel", "Reggersweg 2", "noorderboog.nl"),
                 ("Gemeente Haarlemmermeer", "Hoofddorp", "Raadhuisplein 1", "haarlemmermeer.nl"))
_ROLES26 = ("medewerker klantenservice", "teamleider", "planner", "beleidsmedewerker", "medewerker administratie", "data-analist", "werkvoorbereider")


def onboarding_mail_eerste_werkdag(c: Ctx):
    """Fresh26. An employer's welcome e-mail to a new employee printed from the mail client ("Welkom bij ...! Alles over je eerste werkdag"):
    the mail's own day, the time to report, the buddy, the day the laptop can be collected and the parking (decoy dates, names and times),
    and a box "Je contract in het kort" with the name, the function, the workplace, the start and the end of the contract or "onbepaalde tijd";
    the employer signs as its HR team."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "Cantarell")))
    c.restyle17(dates=("weekday", "long", "dash", "wd_nopad"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c, fixed=c.rng.random() < 0.7)
    while start.weekday() >= 5 or (start.month, start.day) == (1, 1):  # a first working day is a working day
        start += dt.timedelta(days=1)
    employer, place, street, domain = c.rng.choice(_ONBOARDING26)
    name = employee.name(c.pick("all", "first", "initials"))
    first = employee.given[0]
    sent = start - dt.timedelta(days=c.rng.randint(5, 20))
    laptop = start - dt.timedelta(days=c.rng.randint(1, 4))
    buddy = c.person(born=(1970, 2000))
    summary = kv([("Naam", e(name)), ("Functie", e(c.rng.choice(_ROLES26))), ("Werkplek", e(place)), ("Eerste werkdag", c.d(start)),
                  ("Einde contract", c.d(end) if end else "onbepaalde tijd")], label_width="38mm")
    contract = (f"Je arbeidsovereenkomst is voor bepaalde tijd: van {c.d(start)} tot en met {c.d(end)}." if end else
                f"Je arbeidsovereenkomst gaat in op {c.d(start)} en is voor onbepaalde tijd.")
    body = (
        mail_header([("Van:", f"HR {e(employer.split(' B.V.')[0])} &lt;onboarding@{e(domain)}&gt;"),
                     ("Aan:", e(employee.name("first"))),
                     ("Verzonden:", e(values.date_text(sent, "wd_short_nodot")) + f" {c.rng.randint(8, 17)}:{c.rng.randint(0, 59):02d}"),
                     ("Onderwerp:", f"Welkom bij {e(employer.split(' B.V.')[0])}! Alles over je eerste werkdag")])
        + "<hr style='border:none;border-top:0.8px solid #999'>"
        f"<p>Hoi {e(first)},</p>"
        f"<p>Wat leuk dat je bij ons komt werken! Je contract is getekend en binnen; in deze mail vind je alles wat je voor je start moet weten. {contract}</p>"
        f"<div class='box' style='background:#f3f6f9;border-color:#9ab'><b>Je contract in het kort</b>{summary}</div>"
        "<p><b>Je eerste dag</b><br>"
        f"We verwachten je om {c.pick('08:30', '09:00', '08:00')} bij de receptie van ons kantoor aan de {e(street)} in {e(place)}. Je buddy, "
        f"{e(buddy.name('first'))}, haalt je daar op en loopt de eerste weken met je mee.</p>"
        f"<p><b>Laptop en pas</b><br>Je laptop en toegangspas liggen vanaf {e(values.date_text(laptop, 'long'))} voor je klaar bij de servicedesk. "
        "Neem je identiteitsbewijs mee.</p>"
        "<p><b>Parkeren</b><br>Je kunt gratis parkeren op P2; kom je met de trein, dan vergoeden we je ov-kosten.</p>"
        "<p>Tot snel!</p>"
        f"<p>Hartelijke groet,<br>Team HR<br>{e(employer)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, employer, start, end, place)


# --- fresh27 split ---------------------------------------------------------------------------

_MBO_SCHOOLS27 = (("ROC Midden Nederland", "Utrecht", ("Utrecht", "Amersfoort", "Nieuwegein")), ("Albeda", "Rotterdam", ("Rotterdam", "Schiedam", "Vlaardingen")),
                  ("Summa College", "Eindhoven", ("Eindhoven", "Helmond", "Veldhoven")), ("Deltion College", "Zwolle", ("Zwolle", "Kampen", "Meppel")),
                  ("Graafschap College", "Doetinchem", ("Doetinchem", "Winterswijk")), ("ROC Nova College", "Haarlem", ("Haarlem", "Hoofddorp", "Beverwijk")),
                  ("Noorderpoort", "Groningen", ("Groningen", "Winschoten", "Stadskanaal")))
_MBO_STUDIES27 = (("Verzorgende-IG", "25491", 3), ("Mbo-Verpleegkundige", "25655", 4), ("Eerste monteur elektrotechnische installaties", "25737", 3),
                  ("Logistiek medewerker", "25406", 2), ("Pedagogisch medewerker kinderopvang", "25698", 3), ("Software developer", "25604", 4),
                  ("Kok", "25180", 2))


def mbo_onderwijsovereenkomst_bol(c: Ctx):
    """Fresh27. An mbo school's "Onderwijsovereenkomst" (education agreement under the WEB) with a student in the full-time track (BOL), as
    evidence of study: the school's statutory seat, the student number, the course's crebo code, level and cohort, the work placement periods
    with their firms and days, the student's birth date and the signing days (decoys); the school the employer, "Startdatum opleiding" and
    "Verwachte einddatum" the start and the end, "Onderwijslocatie" the place."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "dot_pad", "nopad"), amounts=("euro",))
    student, _employer, signed, start, _end, _place = _facts(c)
    student = c.person(born=(1996, 2009))
    school, seat, towns = c.rng.choice(_MBO_SCHOOLS27)
    place = c.rng.choice(towns)
    study, crebo, years = c.rng.choice(_MBO_STUDIES27)
    start = dt.date(signed.year if signed.month < 8 else signed.year + 1, 8, c.rng.randint(25, 31)) if c.rng.random() < 0.75 else dt.date(signed.year + (signed.month >= 2), 2, 1)
    end = dt.date(start.year + years, 7, c.rng.choice((10, 15, 31)))
    name = student.name(c.pick("all", "first", "initials"))
    firms = c.rng.sample(("Zorggroep De Vaart", "Kinderopvang Pinkeltje", "Installatiebedrijf Bos", "Bol.com distributiecentrum", "Restaurant De Kade",
                          "Gemeente " + place, "Ziekenhuis Rivierenland"), 2)
    bpv = []
    for i, firm in enumerate(firms):
        a = dt.date(start.year + i + 1, 2, 1)
        bpv.append((firm, a, dt.date(a.year, 6, 30)))
    bpv_rows = "".join(f"<tr><td>{e(f)}</td><td>{e(values.date_text(a, 'dash'))}</td><td>{e(values.date_text(b, 'dash'))}</td></tr>" for f, a, b in bpv)
    minor = (signed - student.birth_date).days < 18 * 365
    grid_rows = [("Naam onderwijsinstelling", e(school)), ("Statutair gevestigd te", e(seat)), ("Onderwijslocatie", f"<b>{e(place)}</b>"),
                 ("Naam student", f"<b>{e(name)}</b>"), ("Geboortedatum", e(values.date_text(student.birth_date, "dash"))),
                 ("Studentnummer", str(c.rng.randint(100000, 999999))), ("Opleiding", e(study)), ("Crebo / niveau", f"{crebo} / niveau {c.rng.choice((2, 3, 4))}"),
                 ("Leerweg", "BOL (beroepsopleidende leerweg)"), ("Cohort", f"{start.year}-{start.year + 1}"),
                 ("Startdatum opleiding", f"<b>{c.d(start)}</b>"), ("Verwachte einddatum", f"<b>{c.d(end)}</b>")]
    body = (
        f"<div style='border-bottom:2px solid #6b2c91;padding-bottom:1.5mm'><span class='logo' style='font-size:16pt;color:#6b2c91'>{e(school)}</span></div>"
        "<h1 style='font-size:14.5pt;margin-top:5mm'>Onderwijsovereenkomst</h1>"
        "<p class='small' style='margin-top:0'>als bedoeld in artikel 8.1.3 van de Wet educatie en beroepsonderwijs</p>"
        "<table class='ruled' style='width:100%;font-size:9.2pt'>" + "".join(f"<tr><td style='width:60mm;background:#f3eef7'>{e(k)}</td><td>{v}</td></tr>" for k, v in grid_rows)
        + "</table>"
        "<h3>Beroepspraktijkvorming (bpv)</h3>"
        f"<table class='lines' style='width:100%;font-size:9pt'><tr><th>Leerbedrijf</th><th>Van</th><th>Tot en met</th></tr>{bpv_rows}</table>"
        "<p class='small'>Voor iedere bpv-periode sluiten student, school en leerbedrijf een praktijkovereenkomst. De onderwijs- en examenregeling en "
        "het studentenstatuut maken deel uit van deze overeenkomst.</p>"
        "<table style='width:100%;margin-top:6mm'><tr>"
        f"<td style='width:33%'>Namens {e(school)}<br><br>______________________<br>{e(values.date_text(signed, 'dash'))}</td>"
        f"<td style='width:33%'>Student<br><br>______________________<br>{e(values.date_text(signed + dt.timedelta(days=c.rng.randint(0, 6)), 'dash'))}</td>"
        + (f"<td>Ouder/verzorger (student minderjarig)<br><br>______________________<br>{e(c.person(born=(1965, 1985), surname=student.surname).name('initials'))}</td>"
           if minor else "<td></td>")
        + "</tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, school, start, end, place)


_GREENHOUSES27 = (("Kwekerij Van der Lans B.V.", "Naaldwijk", ("Naaldwijk", "Honselersdijk", "'s-Gravenzande")),
                  ("Tomatenkwekerij Duijvestijn", "Pijnacker", ("Pijnacker", "Nootdorp")),
                  ("Paprikakwekerij Zuidgeest", "Bleiswijk", ("Bleiswijk", "Berkel en Rodenrijs")),
                  ("Komkommerteelt Vreugdenhil B.V.", "Maasdijk", ("Maasdijk", "De Lier")),
                  ("Royal Flora Kwekerijen", "Aalsmeer", ("Aalsmeer", "Rijsenhout")),
                  ("Champignonkwekerij Limburg B.V.", "Horst", ("Horst", "America", "Grubbenvorst")))
_RO_GIVEN27 = {"m": ("Andrei", "Ionuț", "Mihai", "Florin", "Constantin", "Gheorghe", "Vasile", "Marius", "Bogdan", "Ștefan"),
               "f": ("Elena", "Ioana", "Mihaela", "Andreea", "Maria", "Georgiana", "Florentina", "Ana-Maria", "Roxana", "Daniela")}
_RO_SURNAMES27 = ("Popescu", "Ionescu", "Popa", "Dumitru", "Stoica", "Constantin", "Munteanu", "Țăranu", "Răducanu", "Moldovan", "Lungu", "Bălan")
_RO_HOMES27 = ("Str. Mihai Eminescu nr. 12, 700259 Iași", "Str. Republicii nr. 48, 400015 Cluj-Napoca", "Bd. Revoluției nr. 7, 310025 Arad",
               "Str. Unirii nr. 3, 220112 Drobeta-Turnu Severin", "Str. Libertății nr. 21, 540052 Târgu Mureș")


def roemeens_nl_kassen_seizoenscontract(c: Ctx):
    """Fresh27. A horticulture company's fixed-term contract in Dutch and Romanian ("Arbeidsovereenkomst voor bepaalde tijd / Contract
    individual de muncă pe durată determinată") for a seasonal worker from Romania: every label in Dutch with the Romanian after it (the
    company's seat, the worker's birth date, address in Romania with its six-digit postcode and personal number CNP, the hourly wage, the staff
    housing in another village with its weekly deduction and the signing day as decoys); "Plaats van tewerkstelling / Locul de muncă" the place,
    "Datum indiensttreding / Data angajării" and "Einddatum / Data încetării" the start and the end."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("dot_pad", "dash", "long", "nopad"), amounts=("euro",))
    worker, _employer, signed, start, _end, _place = _facts(c)
    sex = c.pick("m", "f")
    given = tuple(dict.fromkeys(c.rng.choice(_RO_GIVEN27[sex]) for _ in range(c.rng.choice((1, 1, 2)))))
    worker = people.Person(given, c.rng.choice(_RO_SURNAMES27), sex, values.between(c.rng, dt.date(1968, 1, 1), dt.date(2005, 12, 31)), values.bsn(c.rng))
    employer, seat, towns = c.rng.choice(_GREENHOUSES27)
    place = c.rng.choice(towns)
    housing = c.rng.choice([t for t in ("Monster", "Poeldijk", "Wateringen", "Kwintsheul", "Sevenum", "Kudelstaart") if t != place])
    end = start + dt.timedelta(days=c.rng.choice((91, 120, 153, 182, 213)))
    name = worker.name(c.pick("all", "first", "upper"))
    cnp = f"{1 if worker.sex == 'm' else 2}{worker.birth_date.year % 100:02d}{worker.birth_date.month:02d}{worker.birth_date.day:02d}{c.rng.randint(100000, 999999)}"
    grey = "color:#666;font-style:italic"
    row = lambda nl, ro, v: f"<tr><td style='width:70mm'>{e(nl)} <span style='{grey}'>/ {e(ro)}</span></td><td>{v}</td></tr>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#2f6b2f'>{e(employer)}</span><br>"
        f"<span class='small'>gevestigd te {e(seat)} &middot; KvK {c.rng.randint(10000000, 99999999)}</span></td></tr></table>"
        "<h1 style='font-size:13.5pt;margin-top:5mm'>Arbeidsovereenkomst voor bepaalde tijd<br>"
        f"<span style='font-size:10.5pt;{grey}'>Contract individual de muncă pe durată determinată</span></h1>"
        "<table class='lines' style='width:100%;font-size:9.2pt'>"
        + row("Werkgever", "Angajator", e(employer))
        + row("Vestigingsplaats", "Sediul", e(seat))
        + row("Werknemer", "Angajat", f"<b>{e(name)}</b>")
        + row("Geboortedatum", "Data nașterii", e(values.date_text(worker.birth_date, "dot_pad")))
        + row("Adres in Roemenië", "Adresa în România", e(c.rng.choice(_RO_HOMES27)))
        + row("Persoonlijk nummer", "CNP", cnp)
        + row("Functie", "Funcția", c.pick("oogstmedewerker", "medewerker teelt", "inpakker", "medewerker orderpicking"))
        + row("Plaats van tewerkstelling", "Locul de muncă", f"<b>{e(place)}</b>")
        + row("Datum indiensttreding", "Data angajării", f"<b>{c.d(start)}</b>")
        + row("Einddatum", "Data încetării", f"<b>{c.d(end)}</b>")
        + row("Uurloon (bruto)", "Salariu orar (brut)", e(values.amount_text(values.amount(c.rng.choice((14.06, 14.40, 14.71, 15.12))), "euro")))
        + row("Huisvesting", "Cazare", f"{e(housing)}, inhouding {e(values.amount_text(values.amount(c.rng.choice((95, 105, 113.5, 120))), 'euro'))} per week")
        + "</table>"
        "<p style='margin-top:3mm'>De arbeidsovereenkomst eindigt van rechtswege op de einddatum. Op deze overeenkomst is de cao Glastuinbouw van "
        f"toepassing.<br><span style='{grey}'>Contractul încetează de drept la data încetării. Se aplică contractul colectiv de muncă din sera.</span></p>"
        "<table style='width:100%;margin-top:8mm'><tr>"
        f"<td colspan='2'>Plaats en datum <span style='{grey}'>/ Locul și data</span>: {e(seat)}, {e(values.date_text(signed, 'dot_pad'))}</td></tr><tr>"
        f"<td style='width:50%;padding-top:8mm'>______________________<br>Werkgever <span style='{grey}'>/ Angajator</span></td>"
        f"<td style='padding-top:8mm'>______________________<br>Werknemer <span style='{grey}'>/ Angajat</span></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, employer, start, end, place)


# --- fresh28 split ---------------------------------------------------------------------------

_HR_PORTALS28 = ("Mijn HR", "PeopleNet", "Werkplek HR", "Personeelsloket online")
_HR_EMPLOYERS28 = (("Gemeente Almere", "Almere"), ("Stichting Zorggroep Westerkwartier", "Leek"), ("Rijnland Techniek B.V.", "Leiden"),
                   ("Hogeschool Zuidwest", "Vlissingen"), ("Van der Veen Transport B.V.", "Meppel"), ("Stichting Openbare Bibliotheek Midden", "Amersfoort"))
_FUNCTIONS28 = (("Medewerker klantcontact", "Dienstverlening"), ("Verpleegkundige", "Wijkteam"), ("Monteur installatietechniek", "Service"),
                ("Docent Engels", "Onderwijs"), ("Planner", "Logistiek"), ("Medewerker collectie", "Publieksdiensten"))


def hr_selfservice_mijn_dienstverband(c: Ctx):
    """Fresh28. The page "Mijn dienstverband" of an employer's HR self-service portal printed from the browser: a greeting with the employee's
    name, tiles with "Werkgever", "Functie", "Afdeling", "Standplaats" (the place), "Datum in dienst" (the start) and "Einde contract" (the end
    or "onbepaalde tijd"); the hours a week, the salary scale, the previous contract in a "Historie" table (its own start, end and another place)
    and the last login and the print's day in the browser's head as decoys."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Cantarell", "Carlito")))
    c.restyle17(dates=("dash", "long", "wd_nopad", "short_nodot"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c, fixed=c.rng.random() < 0.7)
    employer, place = c.rng.choice(_HR_EMPLOYERS28)
    if c.rng.random() < 0.4:
        place = c.rng.choice(people.places())[1]
    portal = c.rng.choice(_HR_PORTALS28)
    function, department = c.rng.choice(_FUNCTIONS28)
    name = employee.name(c.pick("all", "first"))
    earlier_end = start - dt.timedelta(days=1)
    earlier_start = earlier_end - dt.timedelta(days=c.rng.choice((182, 364, 365)))
    earlier_place = c.rng.choice(people.places())[1]
    printed = max(signed, start - dt.timedelta(days=c.rng.randint(1, 20)))
    login = printed - dt.timedelta(days=c.rng.randint(0, 3))
    nw = "white-space:nowrap"
    tile = lambda k, v: (f"<td style='width:33%;padding:1.5mm'><div style='border:0.6px solid #cfd6de;border-radius:1.5mm;padding:2mm 3mm;background:#fafbfc'>"  # noqa: E731
                         f"<div style='font-size:7.4pt;color:#667'>{e(k)}</div><div style='font-weight:bold;{nw}'>{v}</div></div></td>")
    body = (
        browser_header(f"{portal} - Mijn dienstverband", f"https://{portal.lower().replace(' ', '')}.nl/mijn-dienstverband", values.date_text(printed, "dash"))
        + f"<div style='background:#243b55;color:#fff;padding:2.5mm 4mm;display:flex;justify-content:space-between'><b>{e(portal)}</b>"
        f"<span style='font-size:8pt'>{e(employer)}</span></div>"
        f"<div style='background:#eef1f5;padding:1.5mm 4mm;font-size:8pt;color:#445'>Home &rsaquo; Mijn gegevens &rsaquo; <b>Mijn dienstverband</b></div>"
        f"<h2 style='margin-top:5mm'>Welkom, {e(name)}</h2>"
        f"<p class='small'>Laatst ingelogd: {e(values.date_text(login, 'dash'))} om {c.rng.randint(7, 22):02d}:{c.rng.randint(0, 59):02d}</p>"
        "<h3>Huidig dienstverband</h3>"
        "<table style='width:100%;table-layout:fixed;border-collapse:separate'>"
        f"<tr>{tile('Werkgever', e(employer))}{tile('Functie', e(function))}{tile('Afdeling', e(department))}</tr>"
        f"<tr>{tile('Standplaats', e(place))}{tile('Datum in dienst', c.d(start))}{tile('Einde contract', c.d(end) if end else 'onbepaalde tijd')}</tr>"
        f"<tr>{tile('Uren per week', str(c.pick(24, 28, 32, 36, 38, 40)))}{tile('Salarisschaal', f'{c.rng.randint(5, 11)}, trede {c.rng.randint(1, 9)}')}"
        f"{tile('Soort contract', 'bepaalde tijd' if end else 'onbepaalde tijd')}</tr></table>"
        "<h3 style='margin-top:5mm'>Historie</h3>"
        "<table class='lines' style='width:100%;font-size:8.8pt'><tr><th>Periode</th><th>Functie</th><th>Standplaats</th><th>Soort</th></tr>"
        f"<tr><td style='{nw}'>{e(values.date_text(earlier_start, 'dash'))} t/m {e(values.date_text(earlier_end, 'dash'))}</td><td>{e(function)} (jaarcontract)</td>"
        f"<td>{e(earlier_place)}</td><td>bepaalde tijd, afgelopen</td></tr></table>"
        "<p class='small' style='margin-top:6mm'>Klopt er iets niet? Neem contact op met uw HR-adviseur via het servicepunt in het portaal.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, employer, start, end, place)


_UNIVERSITIES28 = (("University of Edinburgh", "Edinburgh, United Kingdom"), ("KU Leuven", "Leuven, Belgium"), ("University of Copenhagen", "Copenhagen, Denmark"),
                   ("Trinity College Dublin", "Dublin, Ireland"), ("University of Vienna", "Vienna, Austria"), ("McGill University", "Montreal, Canada"),
                   ("University of Cape Town", "Cape Town, South Africa"))
_PROGRAMMES28 = ("MSc Data Science", "MA International Relations", "LLM European Law", "MSc Sustainable Energy Systems", "MA Linguistics",
                 "MSc Public Health", "PhD in Marine Biology")


def universiteit_buitenland_admission_letter(c: Ctx):
    """Fresh28. A foreign university's letter of admission in English, handed in as evidence of study abroad: "Dear ..." and a table of the
    offer (the university the employer, "Campus" the place, "Programme start date" and "Expected completion" the start and the end); the
    application and student numbers, the tuition fee in euros or pounds, the day to accept the offer by, the orientation week and the letter's
    own day as decoys; English dates."""
    c.font_of(c.pick(("EB Garamond", "Liberation Serif"), ("Caladea", "DejaVu Serif")))
    c.restyle17(dates=("en_long", "en_us", "en_ordinal", "en_short"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c)
    university, place = c.rng.choice(_UNIVERSITIES28)
    programme = c.rng.choice(_PROGRAMMES28)
    start = dt.date(signed.year + (signed.month > 8), 9, c.rng.choice((1, 2, 8, 15)))
    month = c.pick(6, 7, 8)
    end = dt.date(start.year + (4 if programme.startswith("PhD") else c.pick(1, 1, 2)), month, c.pick(30 if month == 6 else 31, 15))
    home = people.address(c.rng)
    name = employee.name(c.pick("all", "first"))
    letter = signed - dt.timedelta(days=c.rng.randint(5, 60))
    accept = letter + dt.timedelta(days=c.rng.choice((14, 21, 28)))
    orientation = start - dt.timedelta(days=c.rng.randint(3, 9))
    fee = c.pick("€ 2.530", "€ 15.800", "£ 28.500", "€ 12.400", "£ 9.250")
    nw = "white-space:nowrap"
    rows = [("Programme", e(programme)), ("Mode of study", "Full-time, on campus"), ("Campus", e(place)),
            ("Programme start date", f"<span style='{nw}'>{c.d(start)}</span>"), ("Expected completion", f"<span style='{nw}'>{c.d(end)}</span>"),
            ("Tuition fee (first year)", e(fee)), ("Student ID", str(c.rng.randint(10**7, 10**8 - 1)))]
    table = "".join(f"<tr><td style='width:58mm;border-bottom:0.5px solid #bbb;padding:1.4mm 0;color:#333'>{k}</td>"
                    f"<td style='border-bottom:0.5px solid #bbb;padding:1.4mm 0'>{v}</td></tr>" for k, v in rows)
    body = (
        f"<div style='border-bottom:2px solid #5b1f2a;padding-bottom:2mm'><span style='font-size:19pt;color:#5b1f2a;font-weight:bold'>{e(university)}</span><br>"
        "<span class='small'>Admissions Office</span></div>"
        + address_block([name, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}", "The Netherlands"])
        + f"<p>{e(values.date_text(letter, c.date_style))}</p>"
        f"<p>Application number: {c.pick('APP', 'ADM', 'UG')}-{c.rng.randint(100000, 999999)}</p>"
        f"<p>Dear {e(name)},</p>"
        f"<p>We are delighted to offer you a place at {e(university)}. Your offer is unconditional. The details of your programme are set out below.</p>"
        f"<table style='width:100%;margin:3mm 0'>{table}</table>"
        f"<p>Please accept your offer through the applicant portal by {e(values.date_text(accept, c.date_style))}. Orientation week begins on "
        f"{e(values.date_text(orientation, c.date_style))}; you are expected to be in {e(place.split(',')[0])} from then on.</p>"
        "<p>This letter may be shown to your landlord, employer or government bodies as proof of your enrolment once you have registered.</p>"
        "<p>Yours sincerely,<br><br>Head of Admissions<br>" + e(university) + "</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, university, start, end, place)


# --- fresh29 split ---------------------------------------------------------------------------

_CONGREGATIONS29 = ("Protestantse Gemeente te {}", "Hervormde Gemeente te {}", "Gereformeerde Kerk te {}", "Protestantse Gemeente {}")
_CHURCH_TOWNS29 = ("Kampen", "Harderwijk", "Goes", "Sneek", "Zeist", "Barneveld", "Meppel", "Katwijk", "Dokkum", "Hardenberg", "Zierikzee", "Nunspeet")


def predikant_beroepsbrief_kerkenraad(c: Ctx):
    """Fresh29. A church council's letter of call ("beroepsbrief") to a minister, with the terms of the appointment: the congregation the
    employer ("Protestantse Gemeente te ..."), its town the place, "De verbintenis gaat in op" the start and either "voor onbepaalde tijd"
    (no end) or a fixed term "tot en met" the end; the council's meeting that made the call, the Sunday of the service of confirmation and
    entry, the parsonage's address and postcode, the salary scale of the central fund, the chair and the clerk who sign as decoys; the
    minister's acceptance at the foot with its own day (a decoy)."""
    c.font_of(c.pick(("EB Garamond", "Liberation Serif"), ("Caladea", "Accanthis ADF Std")))
    c.restyle17(dates=("long", "long_pad", "nl_ordinal", "wd_nodot_long"), amounts=("euro",))
    employee, _employer, signed, start, _end, _place = _facts(c)
    place = c.rng.choice(_CHURCH_TOWNS29)
    employer = c.rng.choice(_CONGREGATIONS29).format(place)
    start = dt.date(start.year, start.month, 1)
    fixed = c.rng.random() < 0.3
    end = dt.date(start.year + c.pick(3, 4, 5), start.month, 1) - dt.timedelta(days=1) if fixed else None
    name = employee.name(c.pick("initials", "all"))
    meeting = signed - dt.timedelta(days=c.rng.randint(10, 40))
    sunday = start + dt.timedelta(days=(6 - start.weekday()) % 7 + c.pick(0, 7))
    parsonage, current = people.address(c.rng), people.address(c.rng)
    chair, clerk = c.person(born=(1950, 1985)), c.person(born=(1950, 1990))
    honour = "Weleerwaarde heer" if employee.sex == "m" else "Weleerwaarde vrouwe"
    nw = "white-space:nowrap"
    term = (f"De verbintenis gaat in op <b style='{nw}'>{c.d(start)}</b> en geldt voor onbepaalde tijd." if not fixed else
            f"De verbintenis gaat in op <b style='{nw}'>{c.d(start)}</b> en is aangegaan voor bepaalde tijd, tot en met <b style='{nw}'>{c.d(end)}</b>.")
    body = (
        f"<div style='text-align:center'><span style='font-size:17pt;letter-spacing:1px'>{e(employer)}</span><br>"
        f"<span class='small'>Kerkenraad &middot; scriba {e(clerk.name('initials'))} &middot; {e(people.issuer_address(c.rng)[0])}</span></div>"
        + address_block([honour, name, current.line1(), f"{values.postcode_text(current.postcode, True)}  {current.city}"])
        + f"<p>{e(place)}, {e(values.date_text(meeting + dt.timedelta(days=1), c.date_style))}</p>"
        f"<h2 style='text-align:center;letter-spacing:2px'>BEROEPSBRIEF</h2>"
        f"<p>{e(honour)},</p>"
        f"<p>De kerkenraad van de {e(employer)} heeft in zijn vergadering van {e(values.date_text(meeting, c.date_style))}, na verkiezing door de "
        f"stemgerechtigde leden van de gemeente, besloten u te beroepen tot predikant van deze gemeente, in een omvang van {c.pick('0,6', '0,8', '1,0')} fte.</p>"
        f"<p>Wij roepen u daartoe in de naam van de Heer der kerk en verbinden ons u de arbeidsvoorwaarden te geven die de kerkorde en de "
        f"Generale regeling rechtspositie predikanten voorschrijven.</p>"
        "<h3>Arbeidsvoorwaarden</h3>"
        f"<p>{term} De standplaats is {e(place)}; u bewoont de pastorie aan de {e(parsonage.line1())}, "
        f"{e(values.postcode_text(parsonage.postcode, True))} {e(place)}. De bevestiging en intrede zijn voorzien op zondag "
        f"{e(values.date_text(sunday, c.date_style))}. Het traktement volgt de regeling van de Centrale Kas, trede {c.rng.randint(1, 12)}.</p>"
        "<p>Wij bidden u Gods zegen toe bij het overwegen van dit beroep.</p>"
        "<p style='margin-top:5mm'>Namens de kerkenraad,</p><table style='width:100%'><tr>"
        f"<td style='padding-top:8mm'>{e(chair.name('initials'))}<br><span class='small'>preses</span></td>"
        f"<td style='padding-top:8mm'>{e(clerk.name('initials'))}<br><span class='small'>scriba</span></td></tr></table>"
        "<div style='border-top:0.8px solid #666;margin-top:7mm;padding-top:2mm'><b>Aanneming van het beroep</b><br>"
        f"Ondergetekende, {e(name)}, neemt het beroep aan.<br>Datum: {e(values.date_text(signed, 'dash'))} &nbsp;&nbsp; Handtekening: ..........................</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10.2pt; }"), _truth(name, employer, start, end, place)


_NORWAY29 = (("Nordfjord Havbruk AS", "Florø"), ("Vestland Subsea Services AS", "Bergen"), ("Lofoten Sjømat AS", "Svolvær"), ("Arktisk Hotelldrift AS", "Tromsø"),
             ("Sunnmøre Verft AS", "Ålesund"), ("Rogaland Energi AS", "Stavanger"), ("Finnmark Bygg og Anlegg AS", "Hammerfest"))
_JOBS29 = (("Prosessoperatør", "Process operator"), ("Sveiser", "Welder"), ("Kokk", "Chef"), ("Sykepleier", "Nurse"), ("Ingeniør", "Engineer"),
           ("Resepsjonist", "Receptionist"), ("Elektriker", "Electrician"))


def arbeidsavtale_noors_standaardformulier(c: Ctx):
    """Fresh29. The Norwegian labour inspectorate's standard employment contract ("Standard arbeidsavtale"), filled in on screen and
    printed: numbered sections with Norwegian labels and the English in small italics, the company and its organisation number and address
    (decoys), the employee ("Navn") with birth date and Dutch home address (decoys), "Arbeidssted" the place, "Midlertidig ansettelse" or
    "Fast ansettelse" ticked, "Tiltredelsesdato" the start and "Sluttdato" the end (empty for a permanent post), the probation, hours, salary
    in kroner, holidays and notice as decoys, "Sted og dato" of the signatures a decoy day; Norwegian dates."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("DejaVu Sans", "Carlito")))
    c.restyle17(dates=("dot_pad",), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer, place = c.rng.choice(_NORWAY29)
    fixed = c.rng.random() < 0.7
    end = end if fixed else None
    job, job_en = c.rng.choice(_JOBS29)
    name = employee.name(c.pick("all", "first", "all_upper_surname"))
    home = people.address(c.rng)
    nw = "white-space:nowrap"
    en = "display:block;font-size:7pt;color:#666;font-style:italic"
    box = lambda on: "☒" if on else "☐"  # noqa: E731

    def field(no: str, nl: str, english: str, value: str) -> str:
        return (f"<tr><td style='width:8mm;vertical-align:top;padding:1.6mm 0;font-weight:bold'>{no}</td>"
                f"<td style='width:60mm;vertical-align:top;padding:1.6mm 2mm 1.6mm 0'>{e(nl)}<span style='{en}'>{e(english)}</span></td>"
                f"<td style='border-bottom:0.6px solid #999;padding:1.6mm 0;vertical-align:bottom'>{value}</td></tr>")

    organisation = f"{c.rng.randint(900, 999)} {c.rng.randint(100, 999)} {c.rng.randint(100, 999)}"
    rows = (
        field("1", "Arbeidsgiver / virksomhet", "Employer / company", f"<b>{e(employer)}</b>")
        + field("", "Organisasjonsnummer", "Organisation number", e(organisation))
        + field("", "Adresse", "Address", f"{e(c.pick('Havnegata', 'Strandveien', 'Industriveien', 'Storgata'))} {c.rng.randint(1, 80)}, {c.rng.randint(1000, 9990)} {e(place)}")
        + field("2", "Arbeidstaker", "Employee", f"<b>{e(name)}</b>")
        + field("", "Fødselsdato", "Date of birth", f"<span style='{nw}'>{e(values.date_text(employee.birth_date, 'dot_pad'))}</span>")
        + field("", "Adresse", "Address", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}, Nederland")
        + field("3", "Arbeidssted", "Place of work", e(place))
        + field("4", "Stilling / arbeidsoppgaver", "Position / duties", f"{e(job)} <span style='color:#666'>({e(job_en)})</span>")
        + field("5", "Ansettelsesforhold", "Type of employment", f"{box(not fixed)} Fast ansettelse &nbsp;&nbsp; {box(fixed)} Midlertidig ansettelse")
        + field("", "Tiltredelsesdato", "Start date", f"<span style='{nw}'>{c.d(start)}</span>")
        + field("", "Sluttdato (ved midlertidig ansettelse)", "End date (temporary employment)", f"<span style='{nw}'>{c.d(end)}</span>" if end else "&nbsp;")
        + field("6", "Prøvetid", "Probationary period", f"{c.pick(3, 6)} måneder")
        + field("7", "Arbeidstid", "Working hours", f"{c.pick('37,5', '35,5', '40')} timer per uke")
        + field("8", "Lønn", "Pay", f"kr {c.rng.randint(38, 68)} {c.rng.randint(0, 9)}00 per måned, utbetales den {c.pick(12, 20, 25)}. hver måned")
        + field("9", "Ferie og feriepenger", "Holidays and holiday pay", "5 uker; feriepenger 12 %")
        + field("10", "Oppsigelsesfrister", "Notice periods", f"{c.pick(1, 3)} måned(er) etter prøvetid")
    )
    body = (
        "<div style='display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #1b3f6b;padding-bottom:1.5mm'>"
        "<span><b style='font-size:15pt'>Standard arbeidsavtale</b><span style='display:block;font-size:9pt;color:#555;font-style:italic'>Standard contract of "
        "employment</span></span><span class='small right'>Arbeidstilsynet<br>Bokmål / English</span></div>"
        "<p class='small'>Avtalen er i samsvar med arbeidsmiljøloven § 14-6. / The contract complies with the Working Environment Act, section 14-6.</p>"
        f"<table style='width:100%;font-size:9.2pt'>{rows}</table>"
        "<table style='width:100%;margin-top:6mm'><tr>"
        f"<td>Sted og dato <span style='color:#666;font-style:italic;font-size:8pt'>/ Place and date</span><br>{e(place)}, {e(values.date_text(signed, 'dot_pad'))}</td>"
        "<td>Arbeidsgiver <span style='color:#666;font-style:italic;font-size:8pt'>/ Employer</span><br><br>.............................</td>"
        "<td>Arbeidstaker <span style='color:#666;font-style:italic;font-size:8pt'>/ Employee</span><br><br>.............................</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(name, employer, start, end, place)


# --- fresh30 split ---------------------------------------------------------------------------

_SMALL_EMPLOYERS30 = ("Bakkerij Van Houten V.O.F.", "Kapsalon Knip & Zo", "Fietsenmakerij De Spaak B.V.", "Restaurant De Gouden Leeuw B.V.",
                      "Installatiebedrijf Peters B.V.", "Kinderopvang Het Speelbos B.V.", "Hoveniersbedrijf Groen & Zo V.O.F.", "Drukkerij Ten Brink B.V.")
_CAOS30 = ("cao Bakkersbedrijf", "cao Kappersbedrijf", "cao Tweewielerbedrijf", "cao Horeca", "cao Metaal en Techniek", "cao Kinderopvang",
           "cao Hoveniers", "cao Grafimedia")


def model_arbeidsovereenkomst_aankruisopties_mkb(c: Ctx):
    """Fresh30. A small employers' association's model employment contract whose options are ticked in boxes: the employer with its KvK
    number and seat (a decoy town where the seat differs from the place of work), the employee with birth date and home address (decoys);
    "Soort overeenkomst" with "[x] bepaalde tijd, van ... tot en met ..." or "[x] onbepaalde tijd, ingaande ..." and the other option's blank
    lines, the probation ticked with its own last day (a decoy), "Standplaats / plaats van werkzaamheden" the place (or "[ ] wisselende
    standplaatsen" unticked), hours, wage and the cao ticked (decoys), "Aldus opgemaakt en ondertekend te ... op" with its own day (a decoy)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("dash", "long", "nopad", "dot_pad"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c, fixed=c.rng.random() < 0.7)
    employer = c.rng.choice(_SMALL_EMPLOYERS30)
    index = _SMALL_EMPLOYERS30.index(employer)
    place = c.rng.choice(people.places())[1]
    seat = c.pick(place, c.rng.choice(people.places())[1])
    name = employee.name(c.pick("all", "first", "initials"))
    home = people.address(c.rng)
    nw = "white-space:nowrap"
    probation = start + dt.timedelta(days=c.pick(30, 60)) if c.rng.random() < 0.7 else None
    blank = "<span style='display:inline-block;width:30mm;border-bottom:0.8px solid #444'>&nbsp;</span>"
    fill = lambda html: f"<span style='font-family:\"Courier Prime\", monospace;{nw}'>{html}</span>"  # noqa: E731
    kind = (f"<div>{c.tick(end is not None)} bepaalde tijd, van {fill(c.d(start)) if end else blank} tot en met {fill(c.d(end)) if end else blank}</div>"
            f"<div>{c.tick(end is None)} onbepaalde tijd, ingaande {fill(c.d(start)) if end is None else blank}</div>")
    proof = (f"<div>{c.tick(probation is not None)} proeftijd van {fill(str((probation - start).days // 30) + ' maand(en)') if probation else blank}, "
             f"eindigend op {fill(e(values.date_text(probation, 'dash'))) if probation else blank}</div><div>{c.tick(probation is None)} geen proeftijd</div>")
    wage = values.amount(c.rng.randint(1900, 3600) + c.pick(0, 0.5, 0.25))
    section = lambda n, title, html: f"<tr><td style='width:8mm;vertical-align:top'><b>{n}.</b></td><td><b>{e(title)}</b><div style='margin:1mm 0 2.6mm 0'>{html}</div></td></tr>"  # noqa: E731
    body = (
        "<div style='display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #234'>"
        "<div><b style='font-size:15pt'>MODEL ARBEIDSOVEREENKOMST</b><br><span class='small'>Aankruisen wat van toepassing is; openlaten wat niet van toepassing is</span></div>"
        f"<span class='small'>Ondernemersvereniging MKB &middot; model {c.rng.randint(2019, 2025)}-{c.rng.randint(1, 4)}</span></div>"
        "<table style='width:100%;margin-top:4mm'>"
        + section(1, "Werkgever", f"Naam: {fill(e(employer))}<br>KvK-nummer: {fill(str(c.rng.randint(10000000, 99999999)))} &nbsp; Vestigingsplaats: {fill(e(seat))}")
        + section(2, "Werknemer", f"Naam: {fill(e(name))}<br>Geboortedatum: {fill(e(values.date_text(employee.birth_date, 'dash')))} &nbsp; "
                                  f"Adres: {fill(e(home.line1() + ', ' + home.city))}")
        + section(3, "Soort overeenkomst", kind)
        + section(4, "Proeftijd", proof)
        + section(5, "Standplaats / plaats van werkzaamheden", f"<div>{c.tick(True)} vaste standplaats: {fill(e(place))}</div><div>{c.tick(False)} wisselende standplaatsen</div>")
        + section(6, "Arbeidsduur en loon", f"{fill(str(c.pick(24, 32, 36, 38, 40)))} uur per week; bruto maandloon {fill(e(values.amount_text(wage, 'euro')))}")
        + section(7, "Cao", f"<div>{c.tick(True)} van toepassing: {fill(e(_CAOS30[index]))}</div><div>{c.tick(False)} geen cao van toepassing</div>")
        + "</table>"
        f"<p style='margin-top:4mm'>Aldus opgemaakt in tweevoud en ondertekend te {fill(e(seat))} op {fill(e(values.date_text(signed, 'dash')))}.</p>"
        "<table style='width:100%;margin-top:4mm'><tr><td style='width:50%'>Werkgever<br><br>____________________</td><td>Werknemer<br><br>____________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, employer, start, end, place)


_FRENCH30 = (("Hôtel Le Chamois SARL", "Chamonix-Mont-Blanc", "Annecy"), ("Domaine des Trois Cèdres SCEA", "Saint-Émilion", "Libourne"),
             ("Camping Les Pins Bleus SAS", "Argelès-sur-Mer", "Perpignan"), ("Restaurant L'Alpage SARL", "Val Thorens", "Moûtiers"),
             ("École de Ski Altitude SAS", "Tignes", "Bourg-Saint-Maurice"), ("Les Vergers du Luberon EARL", "Cavaillon", "Avignon"))


def contrat_cdd_frans_seizoenswerk(c: Ctx):
    """Fresh30. A French fixed-term seasonal contract ("Contrat de travail à durée déterminée saisonnier") in French only: between the
    company (a SARL, SAS or agricultural firm with its SIRET, capital and seat in another town: decoys) and the employee (birth date and town
    of birth and the Dutch home address as decoys); "Article 2 – Date d'embauche et durée": "à compter du" the start and "jusqu'au ... inclus"
    the end in French numeric dates; "Article 3 – Lieu de travail" the place; the trial period, the hours, the gross wage and the lodging
    deduction as decoys; "Fait à ... , le" with its own day (a decoy)."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("EB Garamond", "Caladea")))
    c.restyle17(dates=("slash",), amounts=("euro",))
    employee, _employer, signed, start, _end, _place = _facts(c)
    employer, place, seat = c.rng.choice(_FRENCH30)
    winter = place in ("Chamonix-Mont-Blanc", "Val Thorens", "Tignes")
    month = 12 if winter else c.pick(4, 5, 6)
    start = dt.date(signed.year, month, c.pick(1, 15))
    if start <= signed + dt.timedelta(days=5):
        start = dt.date(signed.year + 1, month, start.day)
    end = start + dt.timedelta(days=c.rng.randint(110, 140) if winter else c.rng.randint(75, 150))
    name = employee.name(c.pick("all", "first"))
    home = people.address(c.rng)
    born_at = c.rng.choice(people.places())[1]
    nw = "white-space:nowrap"
    trial = c.pick(7, 10, 14)
    wage = values.amount(c.rng.randint(1802, 2300) + c.pick(0, 0.5))
    boss = c.person(born=(1960, 1990))
    title = "Monsieur" if employee.sex == "m" else "Madame"
    born = "né" if employee.sex == "m" else "née"
    art = lambda n, title_, text: f"<p style='margin:0 0 2.6mm 0'><b>Article {n} &ndash; {title_}</b><br>{text}</p>"  # noqa: E731
    body = (
        "<div style='text-align:center'><b style='font-size:14pt;letter-spacing:0.5px'>CONTRAT DE TRAVAIL À DURÉE DÉTERMINÉE</b><br>"
        "<span style='font-size:10.5pt'>à caractère saisonnier (article L.1242-2, 3° du Code du travail)</span></div>"
        "<p style='margin-top:6mm'><b>Entre les soussignés :</b></p>"
        f"<p>La société <b>{e(employer)}</b>, au capital de {c.rng.choice(('7 500', '10 000', '15 000', '50 000'))} €, immatriculée sous le numéro SIRET "
        f"{c.rng.randint(100, 999)} {c.rng.randint(100, 999)} {c.rng.randint(100, 999)} {c.rng.randint(10000, 99999)}, dont le siège social est situé à "
        f"{e(seat)}, représentée par {e(boss.salutation().replace('De heer', 'M.').replace('Mevrouw', 'Mme'))} {e(boss.name('first'))}, gérant(e), "
        "ci-après dénommée « l'employeur »,</p>"
        f"<p>et {e(title)} <b style='{nw}'>{e(name)}</b>, {born} le {e(values.date_text(employee.birth_date, 'slash'))} à {e(born_at)} (Pays-Bas), "
        f"demeurant {e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)} (Pays-Bas), ci-après dénommé(e) « le salarié »,</p>"
        "<p><b>il a été convenu ce qui suit :</b></p>"
        + art(1, "Engagement", f"Le salarié est engagé en qualité de {c.pick('serveur/serveuse', 'employé(e) polyvalent(e)', 'cueilleur/cueilleuse', 'moniteur/monitrice', 'commis de cuisine')} "
                               "pour la durée de la saison.")
        + art(2, "Date d'embauche et durée", f"Le présent contrat prend effet à compter du <b style='{nw}'>{c.d(start)}</b> et prendra fin le "
                                             f"<b style='{nw}'>{c.d(end)}</b> inclus, date de fin de la saison.")
        + art(3, "Lieu de travail", f"Le salarié exercera ses fonctions à <b>{e(place)}</b>.")
        + art(4, "Période d'essai", f"Le contrat ne deviendra définitif qu'à l'issue d'une période d'essai de {trial} jours.")
        + art(5, "Durée du travail et rémunération", f"35 heures par semaine. Rémunération mensuelle brute : {e(values.amount_text(wage, 'euro'))}. "
                                                     f"Avantage en nature logement : {e(values.amount_text(values.amount(c.pick(75, 120, 180)), 'euro'))} par mois.")
        + art(6, "Convention collective", c.pick("Convention collective nationale des hôtels, cafés, restaurants.", "Convention collective de la production agricole.",
                                                 "Convention collective des remontées mécaniques et domaines skiables."))
        + f"<p style='margin-top:5mm'>Fait en deux exemplaires à {e(seat)}, le {e(values.date_text(signed, 'slash'))}.</p>"
        "<table style='width:100%;margin-top:3mm'><tr><td style='width:50%'>L'employeur<br><span class='small'>(lu et approuvé)</span></td>"
        "<td>Le salarié<br><span class='small'>(lu et approuvé)</span></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, employer, start, end, place)


# --- fresh31 split ---------------------------------------------------------------------------

_CLIENTS31 = (("Provincie Gelderland", "Arnhem"), ("Havenbedrijf Rotterdam N.V.", "Rotterdam"), ("Stichting Zorgcentra De Betuwe", "Tiel"),
              ("ProRail B.V.", "Utrecht"), ("Waterschap Vallei en Veluwe", "Apeldoorn"), ("Hogeschool Windesheim", "Zwolle"),
              ("Gemeente Eindhoven", "Eindhoven"), ("Dura Vermeer Infra B.V.", "Hoofddorp"))
_WORK31 = ("projectleider vervanging bruggen", "interim teamleider wijkverpleging", "adviseur informatiebeveiliging", "docent en curriculumontwikkelaar",
           "planner onderhoud", "business analist", "werkvoorbereider", "communicatieadviseur")


def zzp_opdrachtovereenkomst_geen_werkgeversgezag(c: Ctx):
    """Fresh31. A freelancer's contract for a job ("Overeenkomst van opdracht") on the lines of the Belastingdienst's model agreement "geen
    werkgeversgezag": the client ("Opdrachtgever", with its KvK number and visiting address: decoys) and the freelancer ("Opdrachtnemer",
    with the own trade name, KvK number, VAT number and IBAN: decoys), the model's number and the day it was judged (decoys), "Artikel 2
    Duur" with "ingaande ... en eindigend op ..." or "voor onbepaalde tijd, ingaande ...", "Artikel 3 Plaats van uitvoering" the place, the
    hourly rate, the hours a week and the invoice term as decoys; "Aldus overeengekomen te ... op" with its own day (a decoy)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "nopad", "long_pad"), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c, fixed=c.rng.random() < 0.8)
    employer, place = c.rng.choice(_CLIENTS31)
    if c.rng.random() < 0.3:
        place = c.rng.choice(people.places())[1]
    name = employee.name(c.pick("all", "first", "initials"))
    nw = "white-space:nowrap"
    trade = f"{employee.surname.split()[-1]} {c.pick('Advies', 'Projectmanagement', 'Consultancy', 'Zorg & Coaching', 'Techniek')}"
    home = people.address(c.rng)
    rate = values.amount(c.rng.randint(55, 125))
    model = f"{c.rng.randint(9000000000, 9999999999)}-{c.rng.randint(1, 12):02d}-{c.rng.randint(1, 9)}"
    judged = dt.date(c.rng.randint(2016, 2023), c.rng.randint(1, 12), c.rng.randint(1, 28))
    term = (f"Deze overeenkomst gaat in op <span style='{nw}'>{c.d(start)}</span> en eindigt op <span style='{nw}'>{c.d(end)}</span>, zonder dat "
            "opzegging nodig is." if end else
            f"Deze overeenkomst wordt aangegaan voor onbepaalde tijd, ingaande <span style='{nw}'>{c.d(start)}</span>. Partijen kunnen met een "
            "termijn van één maand opzeggen.")
    art = lambda n, title, text: f"<p style='margin:0 0 2.6mm 0'><b>Artikel {n} &ndash; {e(title)}</b><br>{text}</p>"  # noqa: E731
    body = (
        "<h1 style='font-size:15pt;margin-bottom:1mm'>Overeenkomst van opdracht</h1>"
        f"<p class='small' style='margin-top:0'>Gebaseerd op de door de Belastingdienst op {e(values.date_text(judged, 'dash'))} beoordeelde "
        f"modelovereenkomst &lsquo;Geen werkgeversgezag&rsquo;, nummer {e(model)}</p>"
        "<p><b>Partijen</b></p>"
        f"<p>1. <b>{e(employer)}</b>, KvK-nummer {c.rng.randint(10000000, 99999999)}, gevestigd te {e(place if c.rng.random() < 0.5 else c.rng.choice(people.places())[1])}, "
        "hierna: &lsquo;Opdrachtgever&rsquo;;</p>"
        f"<p>2. <b>{e(name)}</b>, handelend onder de naam {e(trade)}, KvK-nummer {c.rng.randint(10000000, 99999999)}, btw-nummer "
        f"NL{c.rng.randint(100000000, 999999999)}B01, adres {e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}, IBAN "
        f"<span style='{nw}'>{e(values.iban_text(values.iban(c.rng, c.pick('KNAB', 'INGB', 'RABO', 'BUNQ')), True))}</span>, hierna: &lsquo;Opdrachtnemer&rsquo;;</p>"
        "<p>komen het volgende overeen:</p>"
        + art(1, "De opdracht", f"Opdrachtnemer voert als zelfstandige de opdracht &lsquo;{e(c.rng.choice(_WORK31))}&rsquo; uit. Opdrachtnemer bepaalt zelf hoe "
              "hij of zij de werkzaamheden uitvoert; er is geen sprake van werkgeversgezag.")
        + art(2, "Duur", term)
        + art(3, "Plaats van uitvoering", f"De werkzaamheden worden in hoofdzaak verricht te {e(place)}, op locatie van Opdrachtgever.")
        + art(4, "Tarief en facturering", f"Het tarief bedraagt <span style='{nw}'>{e(values.amount_text(rate, 'euro'))}</span> per uur exclusief btw, "
              f"naar verwachting {c.pick(24, 28, 32, 36)} uur per week. Opdrachtnemer factureert maandelijks; betaling binnen 30 dagen.")
        + art(5, "Vervanging", "Opdrachtnemer mag zich laten vervangen door een ander die de benodigde deskundigheid heeft.")
        + art(6, "Aansprakelijkheid", "Opdrachtnemer heeft een beroepsaansprakelijkheidsverzekering.")
        + f"<p style='margin-top:4mm'>Aldus overeengekomen en in tweevoud ondertekend te {e(place)} op {e(values.date_text(signed, 'long'))}.</p>"
        "<table style='width:100%;margin-top:6mm'><tr><td style='width:50%'>Opdrachtgever<br><br>____________________</td>"
        "<td>Opdrachtnemer<br><br>____________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, employer, start, end, place)


_SPANISH31 = (("Hoteles Costa Serena S.L.", "Marbella", "Málaga", "B29" ), ("Agrícola Campo de Níjar S.A.T.", "Níjar", "Almería", "F04"),
              ("Escuela de Idiomas Sol y Mar S.L.", "Alicante", "Alicante", "B03"), ("Clínica Dental Levante S.L.P.", "Valencia", "Valencia", "B46"),
              ("Chiringuito La Caleta S.L.", "Nerja", "Málaga", "B92"), ("Centro de Buceo Tenerife Sur S.L.", "Los Cristianos", "Santa Cruz de Tenerife", "B38"))
_MESES31 = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre")


def contrato_trabajo_espanol_modelo_sepe(c: Ctx):
    """Fresh31. A Spanish fixed-term employment contract on the public employment service's model (SEPE), in Spanish only: the form's boxes
    "DATOS DE LA EMPRESA" (the company's CIF, the social-security account number "C.C.C.", the seat's address: decoys) and "DATOS DEL
    TRABAJADOR/A" (the name, the NIE, the birth date, "Nacionalidad: Países Bajos" and the Dutch home address: decoys); the clauses: "PRIMERA"
    the job at "el centro de trabajo ubicado en ... (localidad)" the place; "SEGUNDA" "desde el ... hasta el ..." the start and end in Spanish
    numeric dates; the trial period, the weekly hours and the gross wage as decoys; "En ..., a ... de ... de ..." with its own day in words
    (a decoy)."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "FreeSans")))
    c.restyle17(dates=("slash",), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer, place, province, cif = c.rng.choice(_SPANISH31)
    name = employee.name(c.pick("all", "first"))
    nw = "white-space:nowrap"
    home = people.address(c.rng)
    wage = values.amount(c.rng.randint(1184, 1900) + c.pick(0, 0.5))
    nie = f"{c.pick('X', 'Y', 'Z')}{c.rng.randint(1000000, 9999999)}{c.rng.choice('ABCDEFGHJKLMNPQRSTVWXYZ')}"
    box = "border:0.9px solid #222;padding:2mm 3mm;margin-bottom:3mm"
    head = "background:#d9d9d9;font-weight:bold;padding:0.8mm 2mm;margin:-2mm -3mm 2mm -3mm;font-size:8.6pt"
    cell = lambda label, value: f"<td style='padding:0.6mm 3mm 0.6mm 0'><span style='font-size:7pt;color:#444'>{e(label)}</span><br>{value}</td>"  # noqa: E731
    clause = lambda word, text: f"<p style='margin:0 0 2.2mm 0'><b>{word}.</b> {text}</p>"  # noqa: E731
    body = (
        "<table style='width:100%'><tr><td><b style='font-size:9pt'>GOBIERNO DE ESPAÑA</b><br><span class='small'>MINISTERIO DE TRABAJO Y ECONOMÍA SOCIAL</span></td>"
        "<td class='right'><b style='font-size:12pt;color:#7a1f1f'>SEPE</b><br><span class='small'>Servicio Público de Empleo Estatal</span></td></tr></table>"
        "<h1 style='text-align:center;font-size:13pt;margin:4mm 0'>CONTRATO DE TRABAJO DE DURACIÓN DETERMINADA</h1>"
        f"<div style='{box}'><div style='{head}'>DATOS DE LA EMPRESA</div><table style='width:100%;table-layout:fixed'><tr>"
        + cell("Razón social", f"<b style='{nw}'>{e(employer)}</b>").replace("<td ", "<td colspan='2' ", 1) + cell("CIF", f"{cif}{c.rng.randint(100000, 999999)}")
        + "</tr><tr>" + cell("C.C.C.", f"{c.rng.randint(10, 52)}/{c.rng.randint(1000000, 9999999)}/{c.rng.randint(10, 99)}")
        + cell("Domicilio social", f"Calle {c.pick('Mayor', 'Real', 'del Mar', 'San Juan', 'Alameda')} {c.rng.randint(1, 90)}")
        + cell("Localidad y provincia", e(province)) + "</tr></table></div>"
        f"<div style='{box}'><div style='{head}'>DATOS DEL TRABAJADOR/A</div><table style='width:100%;table-layout:fixed'><tr>"
        + cell("Nombre y apellidos", f"<b style='{nw}'>{e(name)}</b>").replace("<td ", "<td colspan='2' ", 1) + cell("NIE", nie) + "</tr><tr>"
        + cell("Fecha de nacimiento", f"<span style='{nw}'>{e(values.date_text(employee.birth_date, 'slash'))}</span>")
        + cell("Nacionalidad", "Países Bajos") + cell("Nivel formativo", c.pick("Bachillerato", "Grado universitario", "FP Grado Medio")) + "</tr><tr>"
        + cell("Domicilio", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)} (Países Bajos)").replace("<td ", "<td colspan='3' ", 1)
        + "</tr></table></div>"
        "<p style='margin:3mm 0 2mm 0'><b>CLÁUSULAS</b></p>"
        + clause("PRIMERA", f"El/la trabajador/a prestará sus servicios como {c.pick('recepcionista', 'monitor/a de actividades', 'profesor/a de idiomas', 'auxiliar', 'camarero/a', 'instructor/a')} "
                 f"en el centro de trabajo ubicado en {e(c.pick('Avenida del Mar', 'Paseo Marítimo', 'Calle Larga', 'Carretera N-340'))} {c.rng.randint(1, 150)}, "
                 f"localidad <b>{e(place)}</b>.")
        + clause("SEGUNDA", f"La duración del presente contrato se extenderá desde el <span style='{nw}'>{c.d(start)}</span> hasta el "
                 f"<span style='{nw}'>{c.d(end)}</span>, por circunstancias de la producción (art. 15.2 E.T.).")
        + clause("TERCERA", f"Se establece un período de prueba de {c.pick('quince días', 'un mes', 'dos meses')}.")
        + clause("CUARTA", f"La jornada de trabajo será de {c.pick(30, 35, 40)} horas semanales.")
        + clause("QUINTA", f"El/la trabajador/a percibirá una retribución total de <span style='{nw}'>{e(values.amount_text(wage, 'euro'))}</span> brutos "
                 "mensuales, con el prorrateo de pagas extraordinarias.")
        + clause("SEXTA", "En lo no previsto en este contrato se estará a la legislación vigente y al convenio colectivo aplicable.")
        + f"<p style='margin-top:4mm'>En {e(place)}, a {signed.day} de {_MESES31[signed.month - 1]} de {signed.year}</p>"
        "<table style='width:100%;margin-top:4mm'><tr><td style='width:50%'>El/la trabajador/a<br><br>____________________</td>"
        "<td>El/la representante de la empresa<br><br>____________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.2pt; }"), _truth(name, employer, start, end, place)


# --- fresh32 split ---------------------------------------------------------------------------

_ITALIAN32 = (("Studio Architettura Ferretti S.r.l.", "Milano", "Via Solferino 24", "20121", ("Milano", "Bergamo")),
              ("Vinicola Colli Euganei S.p.A.", "Padova", "Via Roma 112", "35122", ("Teolo", "Padova")),
              ("Hotel Laguna Blu S.r.l.", "Venezia", "Fondamenta Nuove 5", "30121", ("Venezia", "Lido di Venezia")),
              ("Ricerca Biomedica Torino S.r.l.", "Torino", "Corso Vittorio Emanuele II 80", "10121", ("Torino", "Candiolo")),
              ("Agriturismo Il Poggio S.a.s.", "Siena", "Strada di Pieve 9", "53100", ("Montalcino", "Siena")),
              ("Logistica Adriatica S.r.l.", "Bologna", "Via dell'Industria 17", "40138", ("Bologna", "Imola")))
_LIVELLI32 = ("CCNL Commercio, Terziario e Servizi &ndash; 4&deg; livello", "CCNL Turismo &ndash; 5&deg; livello", "CCNL Chimico-farmaceutico &ndash; livello D1",
              "CCNL Studi professionali &ndash; 3&deg; livello", "CCNL Logistica, trasporto merci &ndash; 5&deg; livello")


def lettera_assunzione_tempo_determinato_italiano(c: Ctx):
    """Fresh32. An Italian employer's hiring letter for a fixed-term job ("Lettera di assunzione a tempo determinato"), in Italian: the company's
    letterhead (its seat's street and five-digit CAP, the "P. IVA": decoys), the employee's Dutch address and an Italian "codice fiscale"
    (decoys), "Oggetto", the contract "dal ... al ..." the start and end in Italian numeric dates, "ai sensi del D.Lgs. 81/2015", the
    collective agreement and level, "Periodo di prova", the gross monthly wage as decoys, "Sede di lavoro" the place (which may differ from the
    seat), "<città>, <data>" with the letter's own day (a decoy) and "Per accettazione" under it."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Caladea", "EB Garamond")))
    c.restyle17(dates=("slash",), amounts=("euro",))
    employee, _employer, signed, start, end, _place = _facts(c)
    employer, seat, street, cap, workplaces = c.rng.choice(_ITALIAN32)
    place = c.rng.choice(workplaces)
    name = employee.name(c.pick("all", "first"))
    nw = "white-space:nowrap"
    home = people.address(c.rng)
    wage = values.amount(c.rng.randint(1650, 2900) + c.pick(0, 0.5))
    fiscal = (employee.surname.replace(" ", "").upper() + "XXX")[:3] + (employee.given[0].upper() + "XXX")[:3] + f"{employee.birth_date.year % 100:02d}"
    fiscal += "ABCDEHLMPRST"[employee.birth_date.month - 1] + f"{employee.birth_date.day + (40 if employee.sex == 'f' else 0):02d}Z126" + c.rng.choice("ABCDEFGHKLMNPRSTUVWXYZ")
    body = (
        f"<div style='text-align:center;border-bottom:1px solid #7a1c1c;padding-bottom:2mm'><span style='font-size:16pt;color:#7a1c1c'>{e(employer)}</span><br>"
        f"<span class='small'>{e(street)} &middot; {cap} {e(seat)} &middot; P. IVA {c.rng.randint(10000000000, 99999999999)}</span></div>"
        + f"<div style='margin:8mm 0 6mm 60%'>Gent.mo/Gent.ma<br>{e(name)}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))} {e(home.city)}<br>"
        "Paesi Bassi</div>"
        f"<p>{e(seat)}, <span style='{nw}'>{e(values.date_text(signed, 'slash'))}</span></p>"
        "<p><b>Oggetto: lettera di assunzione a tempo determinato</b></p>"
        f"<p>Gentile {e(name)} (codice fiscale {e(fiscal)}),</p>"
        f"<p>con la presente Le comunichiamo che la nostra società La assume alle proprie dipendenze con contratto di lavoro subordinato a tempo "
        f"determinato, ai sensi del D.Lgs. 81/2015, <b>dal <span style='{nw}'>{c.d(start)}</span> al <span style='{nw}'>{c.d(end)}</span></b>, alle "
        "seguenti condizioni:</p>"
        + kv([("Mansione", e(c.pick("impiegata/o tecnica/o", "addetta/o al ricevimento", "assistente di laboratorio", "addetta/o alla logistica", "disegnatrice/tore CAD"))),
              ("Inquadramento", c.rng.choice(_LIVELLI32)),
              ("Sede di lavoro", f"<b>{e(place)}</b>"),
              ("Orario", f"{c.pick(40, 38, 30)} ore settimanali"),
              ("Periodo di prova", f"{c.pick(20, 30, 45)} giorni di effettivo lavoro"),
              ("Retribuzione lorda mensile", f"<span style='{nw}'>{e(values.amount_text(wage, 'euro'))}</span> per 14 mensilità")], label_width="52mm")
        + "<p>Per quanto non previsto dalla presente si fa riferimento al contratto collettivo nazionale applicato e alle norme di legge.</p>"
        "<p>La preghiamo di restituirci copia della presente firmata per accettazione.</p>"
        f"<table style='width:100%;margin-top:8mm'><tr><td style='width:50%'>{e(employer)}<br>L'Amministratore<br><br>"
        f"<span style='font-family:\"Comic Neue\", cursive;font-style:italic;font-size:13pt;color:#1b2a7a'>{e(c.pick('G. Ferri', 'L. Bianchi', 'M. Conti', 'A. Romano'))}</span></td>"
        "<td>Per accettazione<br>Il/La dipendente<br><br>__________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, employer, start, end, place)


_CAMPS32 = (("Camp Pinewood Lakes, Inc.", "Bridgton, Maine", "New York, NY 10018"), ("Camp Silver Birch LLC", "Lake Placid, New York", "Hoboken, NJ 07030"),
            ("Blue Ridge Summer Camp, Inc.", "Highlands, North Carolina", "Atlanta, GA 30309"),
            ("Camp Echo Valley", "Wolfeboro, New Hampshire", "Boston, MA 02116"), ("Lakeside Adventure Camp, Inc.", "Eagle River, Wisconsin", "Chicago, IL 60611"))
_SPONSORS32 = ("Camp Leaders", "CCUSA", "Camp America", "InterExchange")


def camp_counselor_agreement_usa_zomerseizoen(c: Ctx):
    """Fresh32. An American summer camp's "Seasonal Staff Employment Agreement" for a Dutch student or young worker going over on a J-1
    visa, in English: the camp (the employer) with its winter office's address and ZIP code (a decoy), the staff member's name, date of birth
    and Dutch address (decoys), the position, the sponsoring agency, the DS-2019 number and the season's stipend in dollars (decoys),
    "Employment begins on ... (staff orientation) and ends on ..." the start and end in US dates, "Camp location" the place, "Date signed"
    with its own day (a decoy)."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("en_us",), amounts=("euro",))
    employee = c.person(born=(1996, 2006))
    year = c.pick(2026, 2026, 2027)
    signed = c.date((year, 1, 10), (year, 5, 10))
    start = dt.date(year, 6, c.rng.randint(6, 20))
    end = start + dt.timedelta(days=c.rng.choice((56, 63, 70, 66)))
    employer, place, office = c.rng.choice(_CAMPS32)
    name = employee.name(c.pick("all", "first"))
    nw = "white-space:nowrap"
    home = people.address(c.rng)
    stipend = c.rng.choice((1600, 1750, 1900, 2100, 2300))
    row = lambda k, v: f"<tr><td style='width:55mm;color:#333;padding:1.4mm 0'>{e(k)}</td><td style='padding:1.4mm 0;border-bottom:0.6px solid #ccc'>{v}</td></tr>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><b style='font-size:16pt;color:#1f5f3a'>{e(employer)}</b><br><span class='small'>Winter office: "
        f"{c.rng.randint(10, 999)} {e(c.pick('Broadway', 'Main Street', 'Park Avenue', 'Elm Street'))}, Suite {c.rng.randint(100, 900)}, {e(office)}</span></td>"
        f"<td class='right small'>Season {year}</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:6mm'>Seasonal Staff Employment Agreement</h1>"
        f"<p>This agreement is made between {e(employer)} (&ldquo;the Camp&rdquo;) and the staff member named below.</p>"
        + "<table style='width:100%'>"
        + row("Staff member", f"<b>{e(name)}</b>")
        + row("Date of birth", f"<span style='{nw}'>{e(values.date_text(employee.birth_date, 'en_us'))}</span>")
        + row("Home address", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}, the Netherlands")
        + row("Position", e(c.pick("General Counselor", "Waterfront Counselor (lifeguard)", "Arts & Crafts Specialist", "Kitchen Staff", "Climbing Instructor")))
        + row("Sponsor / DS-2019 no.", f"{e(c.rng.choice(_SPONSORS32))} / N00{c.rng.randint(10000000, 99999999)}")
        + row("Camp location", f"<b>{e(place)}</b>")
        + row("Season stipend", f"US$ {stipend:,} (gross, paid in two installments)")
        + "</table>"
        f"<p style='margin-top:4mm'><b>1. Term.</b> Employment begins on <b style='{nw}'>{c.d(start)}</b> (staff orientation) and ends on "
        f"<b style='{nw}'>{c.d(end)}</b>, after the last session and camp clean-up.</p>"
        "<p><b>2. Duties.</b> The staff member supervises campers, leads activities and follows the Camp's staff manual and safety rules.</p>"
        "<p><b>3. Room and board.</b> Housing and meals are provided at camp during the term of employment.</p>"
        "<p><b>4. Termination.</b> Either party may end this agreement early in accordance with the staff manual; the stipend is then pro-rated.</p>"
        "<table style='width:100%;margin-top:7mm'><tr><td style='width:50%'>Camp Director<br><br>__________________</td><td>Staff member<br><br>__________________<br>"
        f"Date signed: <span style='{nw}'>{e(values.date_text(signed, 'en_us'))}</span></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, employer, start, end, place)


LAYOUTS = {f.__name__: f for f in (fixed_term, indefinite, secondment, employer_statement, confirmation_letter,
                                   study_agreement, payroll_contract,
                                   uitzendovereenkomst, oproepovereenkomst, municipal_offer_letter,
                                   expat_employment_agreement, akte_van_benoeming,
                                   werkgeversverklaring_form, verlenging_letter, zorg_cao_contract,
                                   esign_payroll_contract, buitenland_uitzendbrief, minmax_retail_contract,
                                   bbl_praktijkovereenkomst, cao_universiteit_aanstelling, platform_oproep_contractvoorstel,
                                   payroll_gegevens_werknemer, besluit_aanstelling_gemeente,
                                   uitzend_nl_pl_tweetalig, erasmus_learning_agreement_traineeship,
                                   zeevarende_sea_mlc, tweetalig_kolommen_nl_en,
                                   arbeitsvertrag_befristet_duits, seizoenscontract_waddeneiland,
                                   uitzend_plaatsingsbevestiging, vlaamse_bediende_bepaalde_duur,
                                   dienstverlening_aan_huis_particulier, sociaal_werkbedrijf_eenvoudige_taal,
                                   allonge_verlenging_was_wordt, vakantiewerk_ouder_medeondertekent,
                                   nulurencontract_schoonmaak_objecten, waterschap_bevestiging_arbeidsovereenkomst,
                                   gemeente_cao_arbeidsovereenkomst_hr21, werkgeversverklaring_loonstrook_opmaak,
                                   rijk_aanstellingsbrief_schaal_trede, ov_bedrijf_contract_opleiding_standplaats,
                                   defensie_verklaring_uitzending_missie, uitzendbureau_fase_b_uurloon,
                                   eu_instelling_arbeidscontract_agent, stage_drie_partijen_hogeschool_buitenland,
                                   intentieverklaring_aanname_voorwaardelijk, caribisch_nederland_arbeidsovereenkomst,
                                   kontrato_di_trabou_curacao_tweetalig, ambassade_lokale_medewerker_contract,
                                   aios_opleidingsschema_ziekenhuis, theaterproductie_speellijst_contract,
                                   offshore_rotatie_heliport_contract, betaald_voetbal_spelerscontract_optie,
                                   politie_aanstelling_aspirant_eenheid, cabinepersoneel_thuisbasis_contract,
                                   ambulancedienst_rav_standplaats_contract, traineeship_rotatieschema_contract,
                                   kennismigrant_erkend_referent_contract, vervanging_zwangerschapsverlof_leerkracht,
                                   hulporganisatie_veldfunctie_standplaats, reisorganisatie_reisleider_seizoen,
                                   uk_written_statement_main_terms, onboarding_mail_eerste_werkdag,
                                   mbo_onderwijsovereenkomst_bol, roemeens_nl_kassen_seizoenscontract,
                                   hr_selfservice_mijn_dienstverband, universiteit_buitenland_admission_letter,
                                   predikant_beroepsbrief_kerkenraad, arbeidsavtale_noors_standaardformulier,
                                   model_arbeidsovereenkomst_aankruisopties_mkb, contrat_cdd_frans_seizoenswerk,
                                   zzp_opdrachtovereenkomst_geen_werkgeversgezag, contrato_trabajo_espanol_modelo_sepe,
                                   lettera_assunzione_tempo_determinato_italiano, camp_counselor_agreement_usa_zomerseizoen)}  # fmt: skip
HELDOUT = {"payroll_contract"}
FRESH = {"uitzendovereenkomst", "oproepovereenkomst", "municipal_offer_letter"}
"""Layouts of the fresh split only (see brp_uittreksel.FRESH)."""
FRESH2 = {"expat_employment_agreement", "akte_van_benoeming"}
"""Layouts of the fresh2 split only (see brp_uittreksel.FRESH2)."""
FRESH3 = {"werkgeversverklaring_form", "verlenging_letter", "zorg_cao_contract"}
"""Layouts of the fresh3 split only: a third first-contact set, by yet another author who never saw the reader."""
FRESH4 = {"esign_payroll_contract", "buitenland_uitzendbrief", "minmax_retail_contract"}
"""Layouts of the fresh4 split only: a fourth first-contact set, by another author who never saw the reader."""
FRESH5 = {"bbl_praktijkovereenkomst", "cao_universiteit_aanstelling", "platform_oproep_contractvoorstel"}
"""Layouts of the fresh5 split only: a fifth first-contact set, by another author who never saw the reader."""
FRESH6 = {"payroll_gegevens_werknemer", "besluit_aanstelling_gemeente"}
"""Layouts of the fresh6 split only: a sixth first-contact set, by another author who never saw the reader."""
FRESH7 = {"uitzend_nl_pl_tweetalig", "erasmus_learning_agreement_traineeship"}
"""Layouts of the fresh7 split only: a seventh first-contact set, by another author who never saw the reader."""
FRESH8 = {"zeevarende_sea_mlc", "tweetalig_kolommen_nl_en"}
"""Layouts of the fresh8 split only: an eighth first-contact set, by another author who never saw the reader."""
FRESH9 = {"arbeitsvertrag_befristet_duits", "seizoenscontract_waddeneiland"}
"""Layouts of the fresh9 split only: a ninth first-contact set, by another author who never saw the reader."""
FRESH10 = {"uitzend_plaatsingsbevestiging", "vlaamse_bediende_bepaalde_duur"}
"""Layouts of the fresh10 split only: a tenth first-contact set, by another author who never saw the reader."""
FRESH11 = {"dienstverlening_aan_huis_particulier", "sociaal_werkbedrijf_eenvoudige_taal"}
"""Layouts of the fresh11 split only: an eleventh first-contact set, by another author who never saw the reader."""
FRESH12 = {"allonge_verlenging_was_wordt", "vakantiewerk_ouder_medeondertekent"}
"""Layouts of the fresh12 split only: a twelfth first-contact set, by another author who never saw the reader."""
FRESH13 = {"nulurencontract_schoonmaak_objecten", "waterschap_bevestiging_arbeidsovereenkomst"}
"""Layouts of the fresh13 split only: a thirteenth first-contact set, by another author who never saw the reader."""
FRESH14 = {"gemeente_cao_arbeidsovereenkomst_hr21", "werkgeversverklaring_loonstrook_opmaak"}
"""Layouts of the fresh14 split only: a fourteenth first-contact set, by another author who never saw the reader."""
FRESH15 = {"rijk_aanstellingsbrief_schaal_trede", "ov_bedrijf_contract_opleiding_standplaats"}
"""Layouts of the fresh15 split only: a fifteenth first-contact set, by another author who never saw the reader."""
FRESH16 = {"defensie_verklaring_uitzending_missie", "uitzendbureau_fase_b_uurloon"}
"""Layouts of the fresh16 split only: a sixteenth first-contact set, by another author who never saw the reader."""
FRESH17 = {"eu_instelling_arbeidscontract_agent", "stage_drie_partijen_hogeschool_buitenland"}
"""Layouts of the fresh17 split only: a seventeenth first-contact set, by another author who never saw the reader."""
FRESH18 = {"intentieverklaring_aanname_voorwaardelijk", "caribisch_nederland_arbeidsovereenkomst"}
"""Layouts of the fresh18 split only: an eighteenth first-contact set, by another author who never saw the reader."""
FRESH19 = {"kontrato_di_trabou_curacao_tweetalig", "ambassade_lokale_medewerker_contract"}
"""Layouts of the fresh19 split only: a nineteenth first-contact set, by another author who never saw the reader."""
FRESH20 = {"aios_opleidingsschema_ziekenhuis", "theaterproductie_speellijst_contract"}
"""Layouts of the fresh20 split only: a twentieth first-contact set, by another author who never saw the reader."""
FRESH21 = {"offshore_rotatie_heliport_contract", "betaald_voetbal_spelerscontract_optie"}
"""Layouts of the fresh21 split only: a twenty-first first-contact set, by another author who never saw the reader."""
FRESH22 = {"politie_aanstelling_aspirant_eenheid", "cabinepersoneel_thuisbasis_contract"}
"""Layouts of the fresh22 split only: a twenty-second first-contact set, by another author who never saw the reader."""
FRESH23 = {"ambulancedienst_rav_standplaats_contract", "traineeship_rotatieschema_contract"}
"""Layouts of the fresh23 split only: a twenty-third first-contact set, by another author who never saw the reader."""
FRESH24 = {"kennismigrant_erkend_referent_contract", "vervanging_zwangerschapsverlof_leerkracht"}
"""Layouts of the fresh24 split only: a twenty-fourth first-contact set, by another author who never saw the reader."""
FRESH25 = {"hulporganisatie_veldfunctie_standplaats", "reisorganisatie_reisleider_seizoen"}
"""Layouts of the fresh25 split only: a twenty-fifth first-contact set, by another author who never saw the reader."""
FRESH26 = {"uk_written_statement_main_terms", "onboarding_mail_eerste_werkdag"}
"""Layouts of the fresh26 split only: a twenty-sixth first-contact set, by another author who never saw the reader."""
FRESH27 = {"mbo_onderwijsovereenkomst_bol", "roemeens_nl_kassen_seizoenscontract"}
"""Layouts of the fresh27 split only: a twenty-seventh first-contact set, by another author who never saw the reader."""
FRESH28 = {"hr_selfservice_mijn_dienstverband", "universiteit_buitenland_admission_letter"}
"""Layouts of the fresh28 split only: a twenty-eighth first-contact set, by another author who never saw the reader."""
FRESH29 = {"predikant_beroepsbrief_kerkenraad", "arbeidsavtale_noors_standaardformulier"}
"""Layouts of the fresh29 split only: a twenty-ninth first-contact set, by another author who never saw the reader."""
FRESH30 = {"model_arbeidsovereenkomst_aankruisopties_mkb", "contrat_cdd_frans_seizoenswerk"}
"""Layouts of the fresh30 split only: a thirtieth first-contact set, by another author who never saw the reader."""
FRESH31 = {"zzp_opdrachtovereenkomst_geen_werkgeversgezag", "contrato_trabajo_espanol_modelo_sepe"}
"""Layouts of the fresh31 split only: a thirty-first first-contact set, by another author who never saw the reader."""
FRESH32 = {"lettera_assunzione_tempo_determinato_italiano", "camp_counselor_agreement_usa_zomerseizoen"}
"""Layouts of the fresh32 split only: a thirty-second first-contact set, by another author who never saw the reader."""
