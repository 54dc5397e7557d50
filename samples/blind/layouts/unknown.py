"""Look-alikes that are none of the contract's types (truth `unknown`, no fields).

Each shares words, names, addresses, dates or amounts with a real type: a rent
increase letter (a corporation, a tenant, an address, an amount), a WOZ decision (a
municipality, an address, a date), a health insurance policy (a BSN, a name), a
payslip (an employer, an employee), a municipal letter about a change of address (a
municipality, the BRP named), an energy bill (an IBAN, a period) and an annual income
statement of an employer (jaaropgaaf: a year and an income figure).

The fresh split adds four closer look-alikes, each a document an applicant may well send
in: the Belastingdienst/Toeslagen's provisional rent-benefit decision (a name, a BSN, a
year and an estimated income, from the same sender as the income statement); a
corporation's answer to a house-sitting request (tenant, sitter and period, but a
decision, not the form); the main lease between corporation and tenant (an address, a
rent, a start date and the Algemene Huurvoorwaarden, but no sublet); and a filled-in
request form for a BRP extract (a municipality, a name, a BSN, an address, a date).

The fresh2 split adds four more: a certificate of conduct (VOG) from Justis, a pension
fund's annual overview (UPO, payslip-like), a municipality's carer appreciation letter
(mantelzorgwaardering: the carer and the cared-for named, an amount paid), and a housing
register's proof of registration (a registration date and the persons moving along).

The fresh3 split adds five more an applicant may send in: Toeslagen's provisional health-care
benefit decision (a name, a BSN, a year, an estimated income), a provisional income-tax
assessment (a year, taxable income, an aanslagnummer holding the BSN), an extract from the
Chamber of Commerce's trade register (an "uittreksel" with an address, an owner and dates), a
landlord's statement of good tenancy (a tenant, an address, a rent, "huurder sinds"), and UWV's
unemployment benefit decision (a start and an end date, a former employer).

The fresh4 split adds three more: the SVB's annual statement of the state pension (a name, a BSN, a year
and a wage for tax, from a benefit agency), a municipality's Wmo decision for the person cared for (the carer
named, hours, start and end dates), and a payslip with a "Contractgegevens" block (date employed, end of
contract, place of work).

The fresh5 split adds three more: a pension fund's "verklaring inkomen" (a name, a BSN, a year and the gross
pension: income evidence, but not the Belastingdienst's statement), UWV's "verzekeringsbericht" (employment
periods with employers, start and end dates and wages: like a contract and an income statement at once), and a
contract renting out a garage box or storage unit to a neighbour (a tenant, a renter, a postcode, a rent, dates and
a clause about the corporation's lease: a sublet contract's look, but no room).

The fresh6 split adds two more: a postal service's mail-forwarding confirmation (names at an address, a temporary
address elsewhere, a start and an end date: like a house-sitting request or a BRP extract), and a corporation's
payment arrangement for rent arrears (a tenant, an address, the rent, monthly instalments from a date, signed at a
place and date: a contract's look, but no sublet).

The fresh7 split adds two more: a corporation's proposal of an income-dependent rent increase with the Belastingdienst's
household statement attached (the tenant's name, a year, "volgens de Belastingdienst", an income limit and the number of
residents whose income counted: like an income statement, but no one's verzamelinkomen and no BSN), and a municipality's
WOZ valuation report (the owner or user by name, the address, the reference date and a table of comparable homes with
their addresses, postcodes, sale dates and prices: addresses and dates like a BRP extract, amounts like a statement).

The fresh8 split adds: a municipality's page in the local weekly set in three text columns (news, permits with
addresses and postcodes, and a BRP notice of intended removal listing people with birth dates and last addresses: a BRP
extract's facts in a public notice), and a corporation's house-swap request (two tenants side by side with birth dates,
addresses, rents, rooms and the households that move along, a swap date and two signing dates).

The fresh9 split adds: a primary school's confirmation of a child's enrolment (the pupil's name, birth date, BSN and
address, the parents' names, the start date: a BRP extract's facts in a school's letter), and a municipal tax office's
decision on a request to be let off the local taxes (name, BSN, tax year, net income per month: an income statement's facts
in a tax decision).

The fresh10 split adds: a travel agency's booking confirmation of a long journey (the travellers' names, the home
address, the departure and return dates: a house-sitting request's period without any of its facts), and a hospital's
nursing discharge letter naming the daughter or son as the carer and first contact and asking for supervision day and
night (a care declaration's facts in a medical letter).

The fresh11 split adds: the CIZ's decision under the Wet langdurige zorg (the client who needs "permanent toezicht" or
"24 uur per dag zorg in de nabijheid", a son or daughter as contact person, but no carer declared: a care declaration's
24 hours without one), and a volunteer agreement (an organisation, a volunteer, a period, a place and an allowance, and the
sentence that it is no employment contract).

The fresh12 split adds: DUO's letter granting student finance (a study, an institution, dates and monthly sums, a study abroad mentioned, but no employer and
no contract), and a corporation's annual service-cost statement to a tenant (names, address, a period, advances and real costs).

The fresh13 split adds: a municipality's income statement for social assistance (Participatiewet: the benefit per month as "EURO
1.234,56", the holiday allowance, the year's total and the period; names, a BSN and dates, but not the Belastingdienst's
verzamelinkomen), and a tenant's letter terminating the tenancy (the date it ends, the key handover, a forwarding address and an
IBAN for the deposit; dates as "donderdag 05-03-2026").

The fresh14 split adds: the overview the tax return program prints before sending ("Overzicht aangifte inkomstenbelasting":
a name, a BSN, a year, the boxes and a computed verzamelinkomen, "nog niet verzonden"; a return, not the Belastingdienst's
income statement), and a tenant's "Logeerverklaring" for a guest staying a few months (tenant, guest, address, period, no rent,
not registered at the address; neither a sublet contract nor a house-sitting request).

The fresh15 split adds: a GP's referral letter to an occupational therapist (a patient, a BSN, a carer as contact person and night-time
supervision asked as a question: a care declaration's names without the declaration), and a corporation's decision on a request to
sublet a room (tenant, subtenant, address, a maximum room rent and the end and conditions clauses as its terms: a sublet contract's
facts in the landlord's decision).

The fresh16 split adds: a municipality's letter announcing an investigation of a registration in the BRP (the address, the people
registered there with their birth dates, the investigation's start and the day to react by: a BRP extract's facts in a letter that is
no extract), and an employee's request to the employer for long-term care leave (the employee, the person cared for, the hours, the
period and the request's day: a care declaration's names and an employment's dates in a request that is neither).

The fresh17 split adds: a corporation's acknowledgement that it received a request for house-sitting (the day of receipt, the
sitter with birth date, the period and the documents still missing: a house-sitting form's names and dates in a letter that is neither
form nor decision), and the Belastingdienst's invitation to file an income tax return (BSN, tax year, the day to file by and pre-filled
wages and a bank balance: an income statement's letterhead and numbers without a verzamelinkomen).

The fresh18 split adds: a municipality's form on which the main occupant consents to someone registering at the address (both
with birth dates, the address and the day of moving in: a BRP extract's and a sublet's names and dates on a form that is neither), and
a corporation's SEPA direct-debit mandate for the rent (the tenant's name, address and IBAN, the creditor id and the mandate's reference:
a bank statement's holder and IBAN on a form that is no statement).

The fresh19 split adds: a municipality's extract from the register of births (the child's names, the day and place of birth,
the parents and the certificate's number and date: a BRP extract's municipality, names and dates on a civil-status record that is no
extract of the BRP), and a bank's confirmation of one transfer of the rent (the payer's name and IBAN, the corporation's IBAN, the amount
and the execution date: a statement's holder, IBAN and date on a receipt that is no statement).

The fresh20 split adds: the SVB's model care agreement with someone from the budget holder's social network for a personal care
budget (the budget holder with BSN and birth date, the family member who gives the care, hours, an hourly rate, a start date and two
signing dates: a care declaration's carer and cared-for in a budget contract that is no declaration), and a notary's "Verklaring van
erfrecht" after a tenant's death (the deceased with birth date, last address and postcode, the heirs with birth dates and the estate's
IBAN: a BRP extract's and a bank statement's facts in a deed that is neither).

The fresh21 split adds: a personal-alarm service's registration form with the contact persons (the client with birth date and address,
a daughter or son as first contact with a key, "24 uur per dag" for the alarm centre, a fee and two dates: a care declaration's people and
words on a service contract), and a holiday-rental platform's booking confirmation printed by the host (the host, the home's address and
postcode, the guests, check-in and check-out days, the payout and the host's IBAN: an absence, another occupant and an account on a
document that is no house-sitting request, no sublet and no statement).

The fresh22 split adds: the Legal Aid Board's decision granting legal aid in a co-tenancy case (name, BSN, the reference year and the
income the Belastingdienst supplied: an income statement's facts in a decision that is no income statement), and a municipality's resident
parking permit (the address and postcode "volgens de Basisregistratie Personen" with the day of settling there, a licence plate and the
permit's dates: a BRP extract's facts in a decision that is no extract).

The fresh23 split adds: a voting pass for the municipal council elections (the voter's name and address as the Basisregistratie
Personen held them on the day of nomination, the municipality and the polling station: a BRP extract's facts in a pass that is no
extract), and a bailiff's notice of the protected income after a garnishment of wages (name, BSN, address and the net income and
protected amount per month: an income statement's facts in a notice that is none).

The fresh24 split adds: a GP practice's registration form for a household (names, birth dates, BSNs, the address and postcode and a
signing day: a BRP extract's facts on a practice's form that is no extract), and UWV's decision granting a work permit (employer, worker,
function, place of work and the permit's period: an employment contract's facts in a permit that is no contract).

The fresh25 split adds: the Belastingdienst's assessment of the income-related Zvw contribution (a name, a BSN, a year and a
"bijdrage-inkomen" from the income statement's sender: an assessment that is no income statement), and a main tenant's letter giving the
subtenant of a room notice (both names, the address and postcode, the rent and the sublet's days: a sublet contract's facts in a letter that
ends it).

The fresh26 split adds: the Belastingdienst's certificate of residence for a tax treaty in Dutch and English (a name, a BSN, a birth
date, an address and postcode and a year from the income statement's sender: a certificate that states no income), and a settlement
agreement ending an employment by mutual consent (employer, employee, the day the employment began, the place of work and the day it ends:
an employment contract's facts in an agreement that ends it).

The fresh27 split adds: a crypto exchange's year overview for the tax return (the holder, the linked Dutch bank account's IBAN
"t.n.v." the holder and the day it was made: a bank statement's holder, IBAN and date on an overview that is no bank statement), and a
tenant's power of attorney for a family member to deal with the corporation (both people with birth dates and addresses, a period and a
signing day: a house-sitting request's people and dates on a document that asks for nothing).

The fresh28 split adds: a former employer's testimonial ("Getuigschrift") after an employment ended (the employer with its seat, the
employee with birth date, the function, the first and the last working day and the branch where the work was done: an employment contract's
facts in a reference that is no contract), and the land registry's property information of a dwelling ("Kadastraal bericht
eigendomsinformatie": the cadastral designation, the address and postcode, the owners with birth dates, their shares, the day the deed of
acquisition was registered and the day of the information: a BRP extract's municipality, address, persons, dates of settling and issue day
on a register extract that is not the BRP).

The fresh29 split adds: a vacancy manager's loan-for-use agreement ("bruikleenovereenkomst", anti-squat: the manager and the user with
birth date, the object's address and postcode, the start, a monthly "gebruiksvergoeding" that is no rent, the notice, the owner's right
to end it, the general conditions and the day of signing: a sublet contract's facts on a contract that is no tenancy), and a family's group
chat about caring for a parent printed from the phone (the siblings' names, day headings, the parent's need of someone 24 hours a day,
the GP's declaration to come, the address and one sibling moving in: a care declaration's facts in a chat that declares nothing).

The fresh30 split adds: a gym's membership agreement with a SEPA direct-debit mandate (the member's birth date, address and postcode, the
start, the monthly fee, the minimum term, the IBAN with "Rekeninghouder" and the day of signing: a bank statement's and a contract's facts
on a document that is neither), and a municipal debt-help service's intake report (the household with names, birth dates and BSNs, the
address, the income per month, the rent and the landlord, the debts and the IBAN: the facts of a BRP extract, an income statement and a
bank statement in a report that is none of them).

The fresh31 split adds: a water board's tax assessment for a household (the dagtekening, the assessment and debtor numbers, the
purification levy on one or three pollution units for a one-person or a larger household, the monthly terms with the first day and the
IBAN for the direct debit: a BRP extract's and a bank's facts on a document that is neither), and the CAK's decision on the own
contribution for care (the client number and BSN, "Peiljaar" and the verzamelinkomen of two years before, the partner's name and income:
an income statement's facts on a document that is none).

The fresh32 split adds: a notarial cohabitation agreement (two partners with their birth dates at one address with its postcode, the day
the joint household began and a joint account's IBAN: a BRP extract's and a bank statement's facts on a document that is neither), and the
Huurcommissie's ruling on a starting rent (the tenant, the landlord, the dwelling's address and postcode, the points, the agreed rent and
the rent set per month from a day: a sublet contract's facts on a document that is no contract).
"""

from __future__ import annotations

import datetime as dt

from samples.blind import people, values
from samples.blind.layouts._base import (
    NARROW, SANS, SANS7, SANS8, SERIF, SERIF7, SERIF8, Ctx, address_block, e, grid, kv, page, under,
)
from samples.blind.layouts._base import SANS9  # the fresh9 split's
from samples.blind.layouts._base import SANS10  # the fresh10 split's
from samples.blind.layouts._base import MONO14  # the fresh14 split's
from samples.blind.layouts._base import barcode  # the fresh23 split's uses
from samples.blind.layouts._base import chat_bubble  # the fresh29 split's uses

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




# --- fresh split -----------------------------------------------------------------------------

_CORPORATIONS = ("Ymere", "de Alliantie", "Eigen Haard", "Portaal", "Woonstad Rotterdam", "Kennemer Wonen", "Woonopmaat", "Mitros")


def huurtoeslag_beschikking(c: Ctx):
    """Fresh. Toeslagen's provisional rent-benefit decision: name, BSN, year, an estimated income; no income statement."""
    c.font_of(SANS)
    person, home, day = _who(c)
    year = day.year if day.month > 1 else day.year - 1
    dotted = values.bsn_text(person.bsn, 1)
    income = values.amount(c.rng.randint(12000, 38000))
    rent = values.amount(c.rng.randint(480, 880) + c.rng.randint(0, 99) / 100)
    body = (
        "<table style='width:100%'><tr><td><span class='logo' style='font-size:14pt'>Belastingdienst/Toeslagen</span></td>"
        "<td class='right small'>BelastingTelefoon 0800 - 0543</td></tr></table>"
        + address_block([f"{person.salutation()} {person.titled('initials')}", home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + grid([("Dagtekening", c.d(day)), ("Burgerservicenummer", e(person.bsn)),
                ("Beschikkingsnummer", e(f"{dotted}.T.{year % 10}0.2")), ("Toeslagjaar", str(year))], columns=2, label_width="40mm")
        + f"<h2>Voorlopige berekening huurtoeslag {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p><p>U krijgt huurtoeslag over {year}. "
        "Hieronder ziet u hoe wij het bedrag hebben berekend. Klopt uw inkomen niet? Geef het dan door via Mijn toeslagen.</p>"
        + kv([(f"Uw geschatte toetsingsinkomen {year}", c.a(income)), ("Rekenhuur per maand", c.a(rent)),
              ("Huurtoeslag per maand", c.a(values.amount(c.rng.randint(40, 330) + c.rng.randint(0, 99) / 100))),
              ("Ingangsdatum", f"1 januari {year}")], cls="ruled", label_width="75mm")
        + "<p class='small' style='margin-top:6mm'>Dit is een beschikking. Bent u het er niet mee eens? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken.</p>"
    )  # fmt: skip
    return page(c, body), {}


def huisbewaring_besluit(c: Ctx):
    """Fresh. The corporation's answer to a house-sitting request: tenant, sitter, period, conditions; a decision, not the form."""
    c.font_of(c.pick(SANS, SERIF))
    person, home, day = _who(c)
    sitter = c.person(born=(1970, 2005)).name(c.pick("all", "first"))
    corp = c.rng.choice(_CORPORATIONS)
    start = day + dt.timedelta(days=c.rng.randint(20, 60))
    end = start + dt.timedelta(days=c.rng.randint(90, 360))
    granted = c.rng.random() < 0.7
    decision = (f"Wij geven toestemming voor huisbewaring van {c.d(start)} tot en met {c.d(end)}, onder de volgende voorwaarden:" if granted else
                f"Helaas kunnen wij geen toestemming geven voor huisbewaring van {c.d(start)} tot en met {c.d(end)}. Wij lichten dat hieronder toe:")
    points = (["De huisbewaarder betaalt u geen hogere vergoeding dan de huur.", "U blijft zelf verantwoordelijk voor de huur en voor eventuele overlast.",
               f"De huisbewaarder verlaat de woning uiterlijk op {values.date_text(end, c.date_style)}.", "Verlenging van de huisbewaring is niet mogelijk."]
              if granted else ["De periode van afwezigheid is korter dan drie maanden.", "U kunt binnen zes weken bezwaar maken tegen dit besluit."])  # fmt: skip
    body = (
        f"<div class='logo' style='font-size:15pt'>{e(corp)}</div>"
        + address_block([f"{person.salutation()} {person.titled('initials')}", home.line1(), f"{home.postcode} {home.city}"])
        + kv([("Datum", c.d(day)), ("Ons kenmerk", f"HB-{day.year}-{c.rng.randint(1000, 9999)}"), ("Onderwerp", "uw aanvraag huisbewaring")])
        + f"<p style='margin-top:5mm'>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>Op {c.d(day - dt.timedelta(days=c.rng.randint(7, 30)))} ontvingen wij uw aanvraag. U vroeg of {e(sitter)} tijdens uw afwezigheid "
        f"in uw woning aan {e(home.line1())} mag wonen.</p><p>{decision}</p><ul>" + "".join(f"<li>{e(t)}</li>" for t in points) + "</ul>"
        f"<p>Met vriendelijke groet,<br><br>{e(c.person().name('initials'))}<br>consulent Wonen, {e(corp)}</p>"
    )  # fmt: skip
    return page(c, body), {}


def hoofdhuurovereenkomst(c: Ctx):
    """Fresh. The main lease between corporation and tenant: address, rent, start, Algemene Huurvoorwaarden; no sublet."""
    c.font_of(SERIF)
    person, home, day = _who(c)
    corp = c.rng.choice(_CORPORATIONS)
    start = c.date((2004, 1, 1), (2025, 12, 1)).replace(day=1)
    bare = c.rng.randint(450, 900) + c.rng.randint(0, 99) / 100
    service = c.rng.randint(15, 80) + c.rng.randint(0, 99) / 100
    articles = [
        ("Het gehuurde", f"Verhuurder verhuurt aan huurder de woning {home.line1()}, {values.postcode_text(home.postcode, True)} {home.city}, "
                         f"bestaande uit {c.rng.randint(2, 5)} kamers, hierna 'het gehuurde', bestemd om te worden gebruikt als woonruimte."),
        ("Duur", f"Deze overeenkomst gaat in op {values.date_text(start, c.date_style)} en is aangegaan voor onbepaalde tijd."),
        ("Huurprijs", f"De kale huur bedraagt {values.amount_text(values.amount(bare), c.amount_style)} per maand; de servicekosten bedragen "
                      f"{values.amount_text(values.amount(service), c.amount_style)} per maand."),
        ("Algemene Huurvoorwaarden", f"Op deze overeenkomst zijn de Algemene Huurvoorwaarden van {corp} van toepassing. Huurder verklaart een exemplaar te hebben ontvangen."),
        ("Onderhuur", "Het is huurder niet toegestaan het gehuurde geheel of gedeeltelijk aan derden in gebruik te geven zonder schriftelijke toestemming van verhuurder."),
    ]
    body = (
        f"<div class='right logo' style='font-size:14pt'>{e(corp)}</div>"
        f"<h1>{e(c.pick('Huurovereenkomst zelfstandige woonruimte', 'Huurovereenkomst woonruimte'))}</h1>"
        f"<p>De ondergetekenden:</p><p>{e(corp)}, hierna &#39;verhuurder&#39;,</p><p>en</p>"
        f"<p>{e(person.name('all'))}, geboren op {c.d(person.birth_date)}, hierna &#39;huurder&#39;,</p><p>zijn het volgende overeengekomen:</p>"
        + "".join(f"<p><b>Artikel {i + 1} &nbsp;{e(t)}</b><br>{e(x)}</p>" for i, (t, x) in enumerate(articles))
        + f"<p>Aldus opgemaakt en ondertekend te {e(home.city)} op {c.d(start - dt.timedelta(days=c.rng.randint(3, 25)))}.</p>"
        "<table style='width:100%;margin-top:8mm'><tr><td>Verhuurder<br><br>__________</td><td>Huurder<br><br>__________</td></tr></table>"
    )  # fmt: skip
    return page(c, body), {}


def brp_request_form(c: Ctx):
    """Fresh. A filled-in request for a BRP extract: municipality, name, BSN, address, date; the request, not the extract."""
    c.font_of(SANS)
    person, home, day = _who(c)
    kinds = ("Uittreksel BRP (standaard)", "Uittreksel BRP met adreshistorie", "Uittreksel BRP met bewoners van het adres", "Internationaal uittreksel")
    chosen = c.rng.randrange(len(kinds))
    row = lambda *cells: f"<table style='width:100%;table-layout:fixed'><tr>{''.join(cells)}</tr></table>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td class='logo' style='font-size:15pt'>Gemeente {e(home.municipality)}</td>"
        "<td class='right small'>Burgerzaken</td></tr></table>"
        f"<h1 style='margin-top:6mm'>{e(c.pick('Aanvraag uittreksel BRP', 'Aanvraagformulier uittreksel Basisregistratie Personen'))}</h1>"
        "<h3>1 &nbsp;Uw gegevens</h3>"
        + row(under(e(person.name("all")), "naam", "50%"), under(c.d(person.birth_date), "geboortedatum"), under(e(person.bsn), "burgerservicenummer"))
        + row(under(e(home.line1()), "adres", "50%"), under(e(home.postcode), "postcode"), under(e(home.city), "woonplaats"))
        + "<h3>2 &nbsp;Welk uittreksel wilt u?</h3>" + "".join(f"<div>{c.tick(i == chosen)} {e(k)}</div>" for i, k in enumerate(kinds))
        + f"<h3>3 &nbsp;Waarvoor hebt u het nodig?</h3><p>{e(c.pick('aanvraag woningcorporatie', 'medehuurderschap', 'huisvesting'))}</p>"
        + "<h3>4 &nbsp;Ondertekening</h3>" + row(under(c.d(day), "datum"), under("&nbsp;", "handtekening"))
        + f"<div class='box small' style='margin-top:8mm'>In te vullen door de gemeente: leges {c.a('14.30')} &nbsp; ☐ betaald &nbsp; uittreksel verstrekt op: ________</div>"
    )  # fmt: skip
    return page(c, body), {}


# --- fresh2 split ----------------------------------------------------------------------------


def vog_justis(c: Ctx):
    """Fresh2. A certificate of conduct (VOG) from Justis: a name, a birth date, a date of issue and a formal declaration; no income, no address facts."""
    c.font_of(("EB Garamond", "Caladea", "Accanthis ADF Std"))
    c.restyle()
    person, home, day = _who(c)
    body = (
        "<div style='text-align:center'><div style='font-size:9pt;letter-spacing:2px'>MINISTERIE VAN JUSTITIE EN VEILIGHEID</div>"
        "<div style='font-size:13pt;margin-top:2mm'>Justis · Dienst Justitiële Inlichtingen</div></div>"
        "<h1 style='text-align:center;margin-top:10mm'>Verklaring Omtrent het Gedrag</h1>"
        "<p style='margin-top:8mm'>De Minister van Justitie en Veiligheid verklaart dat uit een onderzoek naar het gedrag van:</p>"
        + kv([("Naam", e(person.name("reversed"))), ("Geboortedatum", c.d(person.birth_date)),
              ("Geboorteplaats", e(c.rng.choice(people.places())[1])), ("Doel", e(c.pick("werkzaamheden in de zorg", "vrijwilligerswerk", "kinderopvang")))],
             label_width="40mm")
        + "<p>niet is gebleken van bezwaren tegen de betrokkene met het oog op het doel waarvoor de verklaring is gevraagd.</p>"
        f"<p>Den Haag, {c.d(day)}</p>"
        f"<p class='small' style='margin-top:10mm'>Documentnummer {c.rng.randint(10**9, 10**10 - 1)} · Deze verklaring is niet langer dan drie maanden geldig.</p>"
    )  # fmt: skip
    return page(c, body), {}


def upo_pensioenoverzicht(c: Ctx):
    """Fresh2. A pension fund's annual overview (UPO): looks like a payslip or an income statement, with a salary, a year and amounts per year."""
    c.font_of(("Cantarell", "Go", "Open Sans"))
    c.restyle(amounts=("EUR_grouped", "whole", "dash_bare"))
    person, home, day = _who(c)
    fund = c.pick("ABP", "PFZW", "PMT", "bpfBOUW", "Pensioenfonds Detailhandel")
    employer = c.pick("Gemeente Zaanstad", "Zorggroep Rivierenland", "Bouwbedrijf Hendriks B.V.", "Albert Heijn B.V.")
    salary = c.rng.randint(28000, 62000)
    body = (
        f"<table style='width:100%'><tr><td style='font-size:16pt;font-weight:bold;color:#e36c0a'>{e(fund)}</td>"
        f"<td class='right small'>Datum: {c.d(day)}<br>Klantnummer {c.rng.randint(10**7, 10**8)}</td></tr></table>"
        + address_block([f"{person.salutation()} {person.titled('initials')}", home.line1(), f"{values.postcode_text(home.postcode, True)} {home.city}"])
        + f"<h1>Uniform Pensioenoverzicht {day.year}</h1><p>Uw pensioen bij {e(fund)} op 1 januari {day.year}</p>"
        + kv([("Naam", e(person.name("initials"))), ("Geboortedatum", c.d(person.birth_date)), ("Werkgever", e(employer)),
              ("Pensioengevend salaris", c.a(values.amount(salary))), ("Deeltijdpercentage", f"{c.pick(60, 80, 100)}%")], label_width="55mm")
        + "<table class='ruled' style='width:100%;margin-top:5mm'><tr><th>Vanaf</th><th>Ouderdomspensioen per jaar (bruto)</th></tr>"
        f"<tr><td>{c.d(dt.date(person.birth_date.year + 67, person.birth_date.month, 1))}</td><td>{c.a(values.amount(c.rng.randint(2000, 18000)))}</td></tr></table>"
        "<p class='small' style='margin-top:6mm'>Dit overzicht is geen inkomensverklaring en geen loonstrook. Bewaar het bij uw pensioenpapieren.</p>"
    )  # fmt: skip
    return page(c, body), {}


def mantelzorgwaardering(c: Ctx):
    """Fresh2. A municipality's annual carer appreciation (mantelzorgwaardering): names the carer and the cared-for and pays an amount; no declaration of care."""
    c.font_of(("Comic Neue", "Cantarell", "Go"))
    c.restyle(amounts=("dash_bare", "EUR_grouped", "whole"))
    person, home, day = _who(c)
    cared = c.person(born=(1930, 1960)).name("all")
    amount = values.amount(c.pick(100, 150, 200, 250))
    body = (
        f"<div style='font-size:15pt;color:#2e7d32;font-weight:bold'>gemeente {e(home.municipality)}</div>"
        + address_block([f"{person.salutation()} {person.titled('first')}", home.line1(), f"{home.postcode} {home.city}"])
        + f"<p>Datum: {c.d(day)}<br>Onderwerp: uw mantelzorgwaardering {day.year}</p>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>Bedankt voor de zorg die u geeft aan {e(cared)}. Als blijk van waardering ontvangt u dit jaar {c.a(amount)}. "
        "Wij maken het bedrag binnen vier weken over op uw rekening.</p>"
        "<p>Deze brief is geen mantelzorgverklaring. Hebt u een verklaring nodig voor een woningaanvraag? Neem dan contact op met het Wmo-loket.</p>"
        "<p>Met hartelijke groet,<br>het college van burgemeester en wethouders</p>"
    )  # fmt: skip
    return page(c, body), {}


def woningnet_inschrijving(c: Ctx):
    """Fresh2. A housing-register registration proof: a name, an address, a registration date and the persons moving along; it is no BRP extract."""
    c.font_of(("Liberation Sans Narrow", "Carlito", "Go"))
    c.restyle()
    person, home, day = _who(c)
    partner = c.person()
    registered = c.date((2010, 1, 1), (2024, 12, 31))
    body = (
        f"<div style='background:#e30613;color:white;padding:3mm;font-size:14pt;font-weight:bold'>{e(c.pick('WoningNet', 'Woonnet Rijnmond', 'Woonkeus Stedendriehoek'))}</div>"
        f"<h1 style='margin-top:6mm'>Bewijs van inschrijving</h1><p class='small'>Afgedrukt op {c.d(day)}</p>"
        + kv([("Inschrijfnummer", str(c.rng.randint(10**7, 10**8))), ("Naam", e(person.name("all"))), ("Geboortedatum", c.d(person.birth_date)),
              ("Adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Inschrijfdatum", c.d(registered)), ("Inschrijfduur", f"{day.year - registered.year} jaar")], label_width="50mm")
        + "<h3>Meeverhuizende personen</h3>"
        + kv([("Naam", e(partner.name("all"))), ("Geboortedatum", c.d(partner.birth_date))], label_width="50mm")
        + "<p class='small' style='margin-top:6mm'>Verleng uw inschrijving elk jaar, anders vervalt uw inschrijfduur.</p>"
    )  # fmt: skip
    return page(c, body), {}


# --- fresh3 split ----------------------------------------------------------------------------


def zorgtoeslag_beschikking(c: Ctx):
    """Fresh3. Dienst Toeslagen's provisional decision on health-care benefit: a name, a BSN, a year, an estimated income and a monthly advance, from the same sender as the income statement."""
    c.restyle3(dates=("long_pad", "short_nodot"), amounts=("dashdash", "euro_tight"))
    person, home, day = _who(c)
    year = day.year + c.rng.choice((0, 1))
    body = (
        "<div class='logo' style='font-size:14pt'>Belastingdienst/Toeslagen</div><div class='small'>Postbus 8000, 6400 HA Heerlen</div>"
        + address_block([f"{person.salutation()} {person.name('initials')}", home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + kv([("Datum", c.d(day)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 1))), ("Beschikkingsnummer", str(c.rng.randint(10**9, 10**10)))])
        + f"<h2>Voorschotbeschikking zorgtoeslag {year}</h2>"
        f"<p>U krijgt in {year} een voorschot op uw zorgtoeslag. Wij hebben uw voorschot berekend met de volgende gegevens:</p>"
        + kv([("Geschat toetsingsinkomen", c.a(values.amount(c.rng.randint(14000, 38000)))), ("Toeslagpartner", c.pick("nee", "ja")),
              ("Voorschot per maand", c.a(values.amount(c.rng.randint(20, 131)))), ("Eerste betaling", c.d(day + dt.timedelta(days=c.rng.randint(10, 30))))],
             cls="lines", label_width="65mm")
        + "<p>Verandert uw inkomen? Geef dit dan zo snel mogelijk door via Mijn toeslagen.</p>"
    )  # fmt: skip
    return page(c, body), {}


def voorlopige_aanslag_ib(c: Ctx):
    """Fresh3. A provisional income-tax assessment: the aanslagnummer with the BSN in it, a tax year, the taxable income from work and home and the amount due in instalments, a dagtekening and due dates."""
    c.font_of(SANS)
    c.restyle3(dates=("long_pad", "dash_mon"), amounts=("dashdash", "euro_tight", "EUR_after"))
    person, home, day = _who(c)
    year = c.rng.choice((day.year, day.year - 1))
    income = c.rng.randint(16000, 70000)
    due = values.amount(c.rng.randint(100, 4000))
    body = (
        "<div class='logo' style='font-size:15pt'>Belastingdienst</div>"
        + address_block([person.name(c.pick("initials", "all")), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + f"<h2>Voorlopige aanslag inkomstenbelasting en premie volksverzekeringen {year}</h2>"
        + kv([("Aanslagnummer", e(f"{values.bsn_text(person.bsn, 1)}.H.{year % 100:02d}.6")), ("Dagtekening", c.d(day)),
              ("Belastbaar inkomen uit werk en woning", c.a(values.amount(income))), ("Verschuldigde belasting en premie", c.a(values.amount(income * 0.37))),
              ("Voorheffingen (loonheffing)", c.a(values.amount(income * 0.37 - float(due)))), ("Te betalen", f"<b>{c.a(due)}</b>")],
             cls="ruled", label_width="80mm")
        + f"<p>U betaalt dit bedrag in {c.rng.randint(3, 11)} termijnen. De eerste termijn moet uiterlijk op "
        f"{c.d(day + dt.timedelta(days=c.rng.randint(30, 60)))} op onze rekening staan.</p>"
        "<p class='small'>Bent u het niet eens met deze aanslag? Dan kunt u binnen 6 weken na de dagtekening bezwaar maken.</p>"
    )  # fmt: skip
    return page(c, body), {}


def kvk_uittreksel(c: Ctx):
    """Fresh3. An extract from the Chamber of Commerce's trade register for a one-person business: "uittreksel", a register number, an address, the owner's name and birth date, a start date and the extract's date, like a BRP extract."""
    c.font_of(c.pick(SANS, ("Liberation Sans", "Open Sans")))
    c.restyle3(dates=("dash_mon", "long_pad", "slash_nopad"))
    person, home, day = _who(c)
    trade = f"{person.surname.split()[-1]} {c.pick('Klussenbedrijf', 'Schoonmaakdiensten', 'Koeriersdienst', 'Administratie', 'Design')}"
    started = c.date((2012, 1, 1), (2025, 12, 1))
    body = (
        "<div style='color:#00526e;font-size:16pt;font-weight:bold'>KVK</div>"
        f"<h1 style='margin-top:4mm'>Uittreksel Handelsregister Kamer van Koophandel</h1>"
        f"<p class='small'>KVK-nummer {c.rng.randint(10000000, 99999999)} · Pagina 1 (van 1)</p>"
        "<h3>Onderneming</h3>"
        + kv([("Handelsnaam", e(trade)), ("Rechtsvorm", "Eenmanszaak"), ("Datum aanvang", c.d(started)),
              ("Activiteiten", e(c.pick("SBI-code: 43341 - Schilders", "SBI-code: 81211 - Interieurreiniging", "SBI-code: 53202 - Koeriers")))], label_width="45mm")
        + "<h3>Vestiging</h3>"
        + kv([("Vestigingsnummer", f"0000{c.rng.randint(10000000, 99999999)}"),
              ("Bezoekadres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}")], label_width="45mm")
        + "<h3>Eigenaar</h3>"
        + kv([("Naam", e(person.name("reversed"))), ("Geboortedatum", c.d(person.birth_date)), ("Datum in functie", c.d(started))], label_width="45mm")
        + f"<p class='small' style='margin-top:8mm'>Uittreksel vervaardigd op {c.d(day)} om {c.rng.randint(8, 20):02d}.{c.rng.randint(0, 59):02d} uur. "
        "Dit uittreksel is gewaarmerkt met een digitale handtekening en is een officieel bewijs van inschrijving in het Handelsregister.</p>"
    )  # fmt: skip
    return page(c, body), {}


def verhuurderverklaring(c: Ctx):
    """Fresh3. A landlord's statement (verhuurderverklaring / huurbetalingsverklaring) for a tenant moving on: the tenant, the address, the rent, "huurder sinds", no arrears or nuisance ticked, signed with a date, like a sublet contract or a BRP extract."""
    c.font_of(c.pick(SANS, SERIF))
    c.restyle3(dates=("long_pad", "short_nodot", "dash_mon"), amounts=("dashdash", "euro_tight"))
    person, home, day = _who(c)
    corp = c.pick("de Alliantie", "Ymere", "Woonstad Rotterdam", "Portaal", "Eigen Haard", "Mitros")
    body = (
        f"<div class='logo' style='font-size:14pt'>{e(corp)}</div>"
        f"<h1 style='margin-top:6mm'>{e(c.pick('Verhuurderverklaring', 'Huurbetalingsverklaring', 'Verklaring van goed huurderschap'))}</h1>"
        f"<p>{e(corp)} verklaart dat onderstaande huurder een woning van ons huurt.</p>"
        + kv([("Naam huurder", e(person.name(c.pick("all", "initials")))), ("Adres", e(home.line1())),
              ("Postcode en plaats", f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Huurder sinds", c.d(c.date((2008, 1, 1), (2024, 12, 1)))), ("Huidige huurprijs per maand", c.a(values.amount(c.rng.randint(480, 980) + c.rng.randint(0, 99) / 100))),
              ("Huurachterstand", c.check(False)), ("Overlastmeldingen", c.check(False)), ("Opgezegd per", "n.v.t.")],
             cls="lines", label_width="65mm")
        + f"<p style='margin-top:8mm'>Datum: {c.d(day)}</p>"
        f"<p>Namens {e(corp)},<br><br>{e(c.person().name('initials'))}<br>consulent verhuur</p>"
    )  # fmt: skip
    return page(c, body), {}


def ww_beschikking_uwv(c: Ctx):
    """Fresh3. UWV's decision granting unemployment benefit: a name, a BSN, a start date and an end date of the benefit, a former employer, a daily wage: like an employment contract and an income statement."""
    c.font_of(SANS)
    c.restyle3(dates=("long_pad", "dash_mon", "short_nodot"), amounts=("dashdash", "euro_tight"))
    person, home, day = _who(c)
    start = day - dt.timedelta(days=c.rng.randint(10, 40))
    body = (
        "<div style='color:#0072bc;font-size:16pt;font-weight:bold'>UWV</div><div class='small'>Postbus 58285, 1040 HG Amsterdam</div>"
        + address_block([f"{person.salutation()} {person.name('initials')}", home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(day)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 0))), ("Onderwerp", "Uw WW-uitkering")])
        + f"<p style='margin-top:6mm'>U krijgt een WW-uitkering vanaf {c.d(start)}. Uw uitkering duurt tot en met "
        f"{c.d(start + dt.timedelta(days=c.rng.choice((90, 180, 365, 540))))}, als u niet eerder werk vindt.</p>"
        + kv([("Vorige werkgever", e(c.pick("Van Dijk Installatietechniek B.V.", "Logistiek Centrum Tilburg B.V.", "Schoonmaakbedrijf Clean Team"))),
              ("Dagloon", c.a(values.amount(c.rng.randint(80, 260) + c.rng.randint(0, 99) / 100))),
              ("Uitkering eerste 2 maanden", "75% van uw dagloon")], cls="lines", label_width="60mm")
        + "<p>Bent u het niet eens met deze beslissing? Dan kunt u binnen 6 weken bezwaar maken.</p>"
    )  # fmt: skip
    return page(c, body), {}


# --- fresh4 split ----------------------------------------------------------------------------


def svb_jaaropgaaf_aow(c: Ctx):
    """Fresh4. SVB's annual statement of the state pension (jaaropgaaf AOW): a name, a BSN, a year and "loon voor de loonheffing" with the tax withheld, from a benefit agency, not the Belastingdienst: like an income statement of a pensioner."""
    c.font_of(c.pick(SANS, ("Liberation Sans", "Open Sans")))
    c.restyle4(dates=("dash", "long"), amounts=("euro", "bare_nogroup"))
    person, home, day = _who(c)
    person = c.person(born=(1938, 1958), titled=0.05)
    year = day.year - 1
    wage = c.rng.randint(1350000, 2100000)
    body = (
        "<table style='width:100%'><tr><td><span style='font-size:18pt;font-weight:bold;color:#0b5ea8'>SVB</span><br>"
        "<span class='small'>Sociale Verzekeringsbank · Postbus 1100, 1180 BH Amstelveen</span></td>"
        f"<td class='right small'>Datum: {c.d(day.replace(month=1, day=c.rng.randint(10, 28)))}<br>Klantnummer {c.rng.randint(10**8, 10**9)}</td></tr></table>"
        + address_block([f"{person.salutation()} {person.titled('initials')}", home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + f"<h1>Jaaropgaaf {year}</h1><p>Uitkering: AOW-pensioen</p>"
        + kv([("Naam", e(person.name(c.pick("initials", "all")))), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 1)))),
              ("Periode", f"1 januari {year} t/m 31 december {year}"), ("Loonheffingennummer SVB", f"8019.{c.rng.randint(10, 99)}.{c.rng.randint(100, 999)}.L01")],
             label_width="60mm")
        + "<table class='ruled' style='width:100%;margin-top:5mm'><tr><th>Omschrijving</th><th class='right'>Bedrag</th></tr>"
        f"<tr><td>Loon voor de loonheffing</td><td class='right'>{c.a(values.amount(wage / 100))}</td></tr>"
        f"<tr><td>Ingehouden loonheffing</td><td class='right'>{c.a(values.amount(wage * c.rng.uniform(0.05, 0.12) / 100))}</td></tr>"
        f"<tr><td>Loon voor de Zvw</td><td class='right'>{c.a(values.amount(wage / 100))}</td></tr>"
        f"<tr><td>Ingehouden bijdrage Zvw</td><td class='right'>{c.a(values.amount(wage * 0.0526 / 100))}</td></tr>"
        f"<tr><td>Loonheffingskorting toegepast</td><td class='right'>{c.pick('ja, vanaf 1 januari', 'nee')}</td></tr></table>"
        "<p style='margin-top:5mm'>U hebt deze jaaropgaaf nodig voor uw aangifte inkomstenbelasting. Bewaar haar goed.</p>"
    )  # fmt: skip
    return page(c, body), {}


def wmo_beschikking_hulp(c: Ctx):
    """Fresh4. A municipality's Wmo decision granting household support to the person cared for: the carer named as present at the talk and as helping daily, hours per week, a start and an end date, a right to object: like a care declaration, but a decision."""
    c.font_of(c.pick(SERIF, SANS))
    c.restyle4(dates=("long", "dash"))
    person, home, day = _who(c)
    carer = c.person(born=(1955, 2000))
    talk = day - dt.timedelta(days=c.rng.randint(10, 40))
    start = day + dt.timedelta(days=c.rng.randint(5, 30))
    kin = c.pick("dochter", "zoon", "partner", "buurvrouw", "schoonzoon")
    body = (
        f"<div class='logo' style='font-size:15pt'>Gemeente {e(home.municipality)}</div><div class='small'>Team Wmo · {e(people.issuer_address(c.rng, home.city)[0])}</div>"
        + address_block([f"{person.salutation()} {person.titled('initials')}", home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(day)), ("Ons kenmerk", f"WMO/{day.year}/{c.rng.randint(10000, 99999)}"), ("Onderwerp", "besluit maatwerkvoorziening Wmo")], label_width="32mm")
        + f"<p style='margin-top:5mm'>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>Op {c.d(talk)} hebben wij met u en uw {e(kin)}, {e(carer.name('all'))}, gesproken over uw situatie. Uw {e(kin)} helpt u dagelijks als mantelzorger. "
        "Wij hebben ook gekeken naar de belasting van uw mantelzorger.</p>"
        "<h3>Ons besluit</h3>"
        + kv([("Voorziening", c.pick("huishoudelijke ondersteuning", "begeleiding individueel", "dagbesteding")),
              ("Omvang", f"{c.rng.randint(2, 8)} uur per week"), ("Ingangsdatum", c.d(start)),
              ("Einddatum", c.d(start + dt.timedelta(days=c.rng.choice((365, 730, 1095))))), ("Eigen bijdrage", "via het CAK")], cls="ruled", label_width="45mm")
        + "<p>Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken.</p>"
        "<p>Met vriendelijke groet,<br>namens het college van burgemeester en wethouders,<br><br>Wmo-consulent</p>"
    )  # fmt: skip
    return page(c, body), {}


def salarisstrook_contractgegevens(c: Ctx):
    """Fresh4. A payslip from a payroll system with a "Contractgegevens" block (date employed, end of contract, place of work, part-time factor) beside the month's pay lines: like an employment contract, but a payslip."""
    c.font_of(("Liberation Sans", "DejaVu Sans", "Carlito"))
    c.restyle4(dates=("dash", "iso_slash"), amounts=("plain", "bare_nogroup"))
    person, home, day = _who(c)
    employer = c.pick("Logistiek Centrum Tilburg B.V.", "Zorggroep Rivierenland", "Technische Unie B.V.", "Van Dijk Installatietechniek B.V.")
    hired = c.date((2019, 1, 1), (2025, 12, 1))
    gross = c.rng.randint(2300, 4600)
    lines = [("Salaris", gross), ("Toeslag onregelmatigheid", c.rng.randint(0, 300)), ("Pensioenpremie", -gross * 0.07), ("Loonheffing", -gross * 0.18)]
    net = sum(v for _, v in lines)
    body = (
        f"<table style='width:100%'><tr><td><b>{e(employer)}</b></td><td class='right'><b>Salarisstrook</b><br>Periode {day.month} ({values.MONTHS[day.month - 1]} {day.year})</td></tr></table>"
        "<table style='width:100%;margin-top:4mm'><tr><td style='width:50%'>"
        + kv([("Werknemer", e(person.name("initials"))), ("Personeelsnr.", str(c.rng.randint(1000, 9999))), ("BSN", e(person.bsn)),
              ("Geboortedatum", c.d(person.birth_date))], label_width="32mm")
        + "</td><td><b>Contractgegevens</b>"
        + kv([("Datum in dienst", c.d(hired)), ("Einde contract", c.d(hired + dt.timedelta(days=c.rng.choice((365, 730)))) if c.rng.random() < 0.5 else "onbepaald"),
              ("Standplaats", e(c.rng.choice(people.places())[1])), ("Parttimefactor", f"{c.pick('0,6', '0,8', '1,0')}")], label_width="32mm")
        + "</td></tr></table>"
        "<table class='ruled' style='width:100%;margin-top:4mm'><tr><th>Omschrijving</th><th class='right'>Bedrag</th></tr>"
        + "".join(f"<tr><td>{e(k)}</td><td class='right'>{'-' if v < 0 else ''}{c.a(values.amount(abs(v)))}</td></tr>" for k, v in lines)
        + f"<tr><td><b>Netto uit te betalen</b></td><td class='right'><b>{c.a(values.amount(net))}</b></td></tr></table>"
        f"<p class='small' style='margin-top:4mm'>Uitbetaald op {c.d(day)} op rekening {e(values.iban_text(values.iban(c.rng, 'INGB'), True))}.</p>"
    )  # fmt: skip
    return page(c, body), {}


# --- fresh5 split ----------------------------------------------------------------------------


def pensioenfonds_inkomensverklaring(c: Ctx):
    """Fresh5. A pension fund's "verklaring inkomen" for a housing application: a name, a BSN, a birth date, a year, the gross pension per year and the tax withheld, a statement date and the fund's registration numbers; income evidence, but not the Belastingdienst's income statement: like an inkomensverklaring."""
    c.font_of(c.pick(SANS, SERIF))
    c.restyle5(dates=("long", "dash"), amounts=("euro", "space_group"))
    person, home, day = _who(c)
    person = c.person(born=(1940, 1960))
    fund = c.rng.choice(("Pensioenfonds Zorg en Welzijn", "Pensioenfonds Metaal en Techniek", "Bpf Bouw", "Pensioenfonds Detailhandel", "Stichting Pensioenfonds ABP"))
    year = c.rng.choice((2024, 2025))
    gross = values.amount(c.rng.randint(4000, 28000) + c.rng.randint(0, 99) / 100)
    body = (
        f"<div class='logo' style='font-size:15pt'>{e(fund)}</div><div class='small'>Postbus {c.rng.randint(1000, 9999)} · KvK {c.rng.randint(10000000, 99999999)} · DNB-registratie R{c.rng.randint(10000, 99999)}</div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)} {home.city}"])
        + f"<p>Datum: {c.d(day)}<br>Deelnemersnummer: {c.rng.randint(10000000, 99999999)}</p>"
        f"<h2>Verklaring inkomen {year}</h2>"
        f"<p>Op uw verzoek verklaren wij dat u in {year} van ons pensioen heeft ontvangen.</p>"
        + kv([("Naam", e(person.name("initials"))), ("Geboortedatum", c.d(person.birth_date)), ("BSN", e(values.bsn_text(person.bsn, 0))),
              (f"Bruto ouderdomspensioen {year}", c.a(gross)), ("Ingehouden loonheffing", c.a(values.amount(float(gross) * 0.09)))], label_width="60mm")
        + "<p class='small'>Dit is geen inkomensverklaring van de Belastingdienst. Heeft u die nodig, vraag die dan aan bij de Belastingdienst (IB 60).</p>"
    )  # fmt: skip
    return page(c, body), {}


def uwv_verzekeringsbericht(c: Ctx):
    """Fresh5. UWV's "verzekeringsbericht": a name, a BSN, a print date, and a table of employment periods (employer, payroll tax number, start and end date, wages for social insurance per year): like an employment contract and an income statement at once."""
    c.font_of(SANS)
    c.restyle5(dates=("dash", "compact", "long"), amounts=("euro", "EUR_dot"))
    person, home, day = _who(c)
    rows = []
    begin = c.date((2008, 1, 1), (2016, 12, 31))
    for _ in range(c.rng.randint(2, 4)):
        stop = begin + dt.timedelta(days=c.rng.randint(200, 1500))
        stop = None if stop > day else stop
        firm = c.rng.choice(("Randstad Nederland B.V.", "Albert Heijn B.V.", "Gemeente Zaanstad", "Zorggroep Rivierenland", "PostNL Pakketten Benelux B.V.", "Technische Unie B.V."))
        rows.append(f"<tr><td>{e(firm)}</td><td>{c.rng.randint(100000000, 999999999)}L{c.rng.randint(1, 9):02d}</td><td>{c.d(begin)}</td>"
                    f"<td>{c.d(stop) if stop else '-'}</td><td class='right'>{c.a(values.amount(c.rng.randint(9000, 52000)))}</td></tr>")
        if not stop:
            break
        begin = stop + dt.timedelta(days=c.rng.randint(1, 90))
    body = (
        "<div class='logo' style='font-size:16pt;color:#1d4f91'>UWV</div>"
        f"<h1 style='margin-top:6mm'>Verzekeringsbericht</h1><p class='small'>Overzicht van uw dienstverbanden en uitkeringen, afgedrukt op {c.d(day)}</p>"
        + kv([("Naam", e(person.name("initials"))), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 2))), ("Adres", f"{e(home.line1())}, {e(home.city)}")], label_width="45mm")
        + "<table class='ruled' style='width:100%;margin-top:4mm;font-size:9pt'><tr><th>Werkgever / uitkeringsinstantie</th><th>Loonheffingennummer</th>"
        "<th>Begindatum</th><th>Einddatum</th><th class='right'>SV-loon laatste jaar</th></tr>" + "".join(rows) + "</table>"
        "<p class='small' style='margin-top:4mm'>Klopt er iets niet? Neem dan contact op met uw (oud-)werkgever. UWV kan de gegevens niet zelf wijzigen.</p>"
    )  # fmt: skip
    return page(c, body), {}


def garagebox_huurovereenkomst(c: Ctx):
    """Fresh5. A contract in which a tenant rents out a garage box or storage unit to a neighbour: a tenant and a renter, a postcode and number, a monthly rent, a start date and a signing date, a clause about the corporation; a sublet contract's look, but no room and no dwelling."""
    c.font_of(c.pick(SANS, SERIF))
    c.restyle5(dates=("dash", "long", "roman"), amounts=("euro", "euro_dash_word", "tight_whole"))
    person, home, day = _who(c)
    renter = c.person()
    unit = c.pick("garagebox", "berging", "parkeerplaats in de parkeerkelder")
    rent = values.amount(c.rng.choice((35, 45, 60, 75, 90)))
    body = (
        f"<h1>Huurovereenkomst {e(unit)}</h1>"
        + kv([("Verhuurder", e(person.name("all"))), ("Huurder", e(renter.name("all"))),
              ("Het gehuurde", f"{e(unit)} nr. {c.rng.randint(1, 80)} bij {e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Huurprijs per maand", c.a(rent)), ("Ingangsdatum", c.d(day + dt.timedelta(days=c.rng.randint(1, 30))))], label_width="45mm")
        + "<ol><li>Het gehuurde wordt alleen gebruikt voor het stallen van een auto, fiets of spullen; wonen of overnachten is niet toegestaan.</li>"
        "<li>De verhuurder huurt het gehuurde zelf van de woningcorporatie; eindigt die huur, dan eindigt ook deze overeenkomst.</li>"
        "<li>Opzeggen kan per maand, met een termijn van één maand.</li></ol>"
        + f"<p>Getekend te {e(home.city)} op {c.d(day)}</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>verhuurder<br><br>{e(person.name('all'))}</td><td>huurder<br><br>{e(renter.name('all'))}</td></tr></table>"
    )  # fmt: skip
    return page(c, body), {}


# --- fresh6 split ----------------------------------------------------------------------------


def postnl_doorstuurservice(c: Ctx):
    """Fresh6. A postal service's confirmation of a mail-forwarding order ("Doorstuurservice"): the names of everyone whose mail is forwarded, the old address, a temporary address elsewhere, a start and an end date of the forwarding, the order number and the price paid, the date of the order: like a house-sitting request (someone away for months, dates, an address) or a BRP extract (names at an address), but neither."""
    c.font_of(c.pick(("Open Sans", "Cantarell", "Go"), NARROW))
    c.restyle6(dates=("pad_short_nodot", "dash", "long"), amounts=("euro", "EUR_dash"))
    person, home, day = _who(c)
    other = c.person(surname=person.surname if c.rng.random() < 0.5 else None)
    away = people.address(c.rng)
    start = day + dt.timedelta(days=c.rng.randint(3, 20))
    end = start + dt.timedelta(days=c.rng.choice((90, 180, 365)))
    body = (
        "<div style='background:#ff6600;color:#fff;padding:3mm 4mm'><span class='logo' style='font-size:15pt'>Doorstuurservice</span> "
        "<span class='small' style='color:#fff'>· uw post tijdelijk naar een ander adres</span></div>"
        + address_block([person.name("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + f"<p>Datum bestelling: {c.d(day)}<br>Ordernummer: DS{c.rng.randint(10000000, 99999999)}</p>"
        "<h2>Bevestiging van uw doorstuuropdracht</h2><p>Beste klant, bedankt voor uw opdracht. Wij sturen de post voor de onderstaande personen door.</p>"
        + kv([("Post voor", f"{e(person.name('first'))}<br>{e(other.name('first'))}"),
              ("Van adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Naar adres", f"{e(away.line1())}, {e(values.postcode_text(away.postcode, True))} {e(away.city)}"),
              ("Ingangsdatum", c.d(start)), ("Einddatum", c.d(end)),
              ("Betaald", f"{c.a(values.amount(c.pick(27.5, 46.95, 59.95)))} via iDEAL")], cls="lines", label_width="40mm")
        + "<p class='small' style='margin-top:6mm'>Let op: een doorstuuropdracht is geen verhuizing. Verhuist u? Geef dat dan door aan uw gemeente; "
        "de gemeente past de Basisregistratie Personen aan.</p>"
    )  # fmt: skip
    return page(c, body), {}


def betalingsregeling_huurachterstand(c: Ctx):
    """Fresh6. A corporation's payment arrangement for rent arrears, to be signed by the tenant: the tenant's name, customer number and address, the arrears and the monthly instalment with its first due date, a table of instalments, the current rent, the conditions numbered, a signing place and date with the tenant's and the corporation's signatures: a contract's look (a tenant, a postcode and number, a monthly amount, a start date, a signing date) but no sublet."""
    c.font_of(c.pick(SANS, SERIF, NARROW))
    c.restyle6(dates=("dash", "long", "pad_short_nodot"), amounts=("EUR_dash", "euro", "EUR_nogroup_after"))
    person, home, day = _who(c)
    corp = c.pick("Ymere", "Portaal", "Eigen Haard", "Woonstad Rotterdam", "Vidomes", "Woonbron")
    arrears = c.rng.randint(600, 3200) + c.rng.randint(0, 99) / 100
    months = c.rng.choice((6, 8, 10, 12))
    instalment = round(arrears / months + 0.005, 2)
    first = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    plan = "".join(f"<tr><td>{i + 1}</td><td>{c.d(dt.date(first.year + (first.month + i - 1) // 12, (first.month + i - 1) % 12 + 1, 1))}</td>"
                   f"<td class='right'>{c.a(values.amount(instalment))}</td></tr>" for i in range(min(months, 4)))
    name = person.name(c.pick("initials", "all"))
    body = (
        f"<div class='logo' style='font-size:16pt'>{e(corp)}</div><div class='small'>Team Incasso</div>"
        "<h1 style='margin-top:6mm'>Betalingsregeling huurachterstand</h1>"
        + kv([("Huurder", e(name)), ("Klantnummer", str(c.rng.randint(100000, 999999))),
              ("Adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Huidige huur per maand", c.a(values.amount(c.rng.randint(500, 950) + c.rng.randint(0, 99) / 100))),
              ("Achterstand per " + values.date_text(day, "dash"), c.a(values.amount(arrears))),
              ("Termijnbedrag per maand", c.a(values.amount(instalment))), ("Eerste termijn op", c.d(first))], label_width="60mm")
        + f"<table class='ruled' style='margin-top:3mm'><tr><th>Termijn</th><th>Uiterlijk op</th><th>Bedrag</th></tr>{plan}<tr><td colspan='3'>enzovoort, {months} termijnen</td></tr></table>"
        + "<ol style='margin-top:4mm'><li>Naast de termijn betaalt u elke maand de volledige huur.</li>"
        "<li>Als u een termijn niet op tijd betaalt, vervalt de regeling en is de hele achterstand direct opeisbaar.</li>"
        "<li>De huurovereenkomst en de Algemene Huurvoorwaarden blijven onverkort van kracht.</li></ol>"
        f"<p>Aldus overeengekomen te {e(home.city)} op {c.d(day)}.</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>Huurder<br><br>______________<br>{e(name)}</td><td>namens {e(corp)}<br><br>______________</td></tr></table>"
    )  # fmt: skip
    return page(c, body), {}


# --- fresh7 split ----------------------------------------------------------------------------


def huurverhoging_inkomensafhankelijk_huishoudverklaring(c: Ctx):
    """Fresh7. A corporation's proposal of an income-dependent rent increase ("Voorstel huurverhoging per 1 juli"): the tenant and the address, the current and the new rent in a table, a paragraph saying that according to the Belastingdienst the household's income in a year two years back was above a limit, and as an appendix the Belastingdienst's household statement ("Verklaring huishoudinkomen": the address, the income category "hoog" or "midden", the number of residents whose income counted, a reference and a date), the right to object to the Huurcommissie: a name, a year, an income figure and the Belastingdienst, but no one's verzamelinkomen and no BSN."""
    c.font_of(c.pick(SANS7, SANS, SERIF7))
    c.restyle7(dates=("long", "dash", "dash_mon_upper"), amounts=("euro", "EUR_dashdash", "dash"))
    person, home, day = _who(c)
    corp = c.pick("Ymere", "Portaal", "Woonbron", "Stadgenoot", "Vidomes", "Havensteder", "Mitros", "de Alliantie")
    year = c.pick(2025, 2026)
    day = c.date((year, 3, 1), (year, 4, 30))
    old = c.rng.randint(520, 880) + c.rng.randint(0, 99) / 100
    category, limit, raise_ = c.pick(("hoog", "€ 93.531", 100), ("hoog", "€ 70.149", 100), ("midden", "€ 61.000", 50))
    persons = c.rng.randint(1, 3)
    name = person.name(c.pick("initials", "all", "initials_roepnaam"))
    new_rent = old + raise_
    body = (
        f"<div class='logo' style='font-size:16pt'>{e(corp)}</div>"
        + address_block([name, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"<p>{e(home.city)}, {c.d(day)}</p><h2>Voorstel huurverhoging per 1 juli {year}</h2>"
        + f"<p>Beste {e(name)},</p><p>Per 1 juli {year} verandert uw huur. Hieronder ziet u wat u nu betaalt en wat u vanaf 1 juli gaat betalen.</p>"
        + "<table class='ruled' style='width:80%'>"
        + f"<tr><td>Huidige kale huur</td><td class='right'>{c.a(values.amount(old))}</td></tr>"
        + f"<tr><td>Inkomensafhankelijke huurverhoging</td><td class='right'>{c.a(values.amount(raise_))}</td></tr>"
        + f"<tr><td><b>Nieuwe kale huur per 1 juli {year}</b></td><td class='right'><b>{c.a(values.amount(new_rent))}</b></td></tr></table>"
        + f"<h3>Waarom krijgt u een hogere huurverhoging?</h3><p>Wij hebben bij de Belastingdienst een inkomensindicatie voor uw adres opgevraagd. Volgens "
        f"de Belastingdienst was het inkomen van uw huishouden in {year - 2} hoger dan {e(limit)}. Het precieze bedrag krijgen wij niet te zien. "
        "De verklaring van de Belastingdienst vindt u hieronder.</p>"
        + "<h3>Bent u het er niet mee eens?</h3><p>Dan kunt u tot 1 juli bezwaar maken bij ons. Komen we er samen niet uit, dan leggen wij het voor aan de Huurcommissie.</p>"
        + "<div class='box' style='margin-top:6mm;background:#f4f4f4'><b>Bijlage: verklaring huishoudinkomen van de Belastingdienst</b>"
        + kv([("Adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"), ("Inkomensjaar", str(year - 2)),
              ("Inkomenscategorie", e(category)), ("Aantal personen van wie het inkomen is meegeteld", str(persons)),
              ("Kenmerk", f"IAH-{year}-{c.rng.randint(10000000, 99999999)}"), ("Datum verklaring", c.d(day - dt.timedelta(days=c.rng.randint(10, 40))))],
             label_width="75mm")
        + "</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


_TAX_OFFICES = ("Belastingsamenwerking Rivierenland", "BghU", "Cocensus", "GBLT", "SVHW", "BSGR", "Gemeentelijke Belastingen Amstelland")


def woz_taxatieverslag_referenties(c: Ctx):
    """Fresh7. A WOZ valuation report ("Taxatieverslag WOZ-waarde"): the tax office of a group of municipalities in the head, the taxpayer by name, the object's address, postcode, type, year of construction and floor area, the reference date and the value, then a table of three or four comparable homes (address, postcode, year, area, date of sale, price and price indexed to the reference date) and a KOUDV table of scores: names, addresses, postcodes, dates and amounts in abundance, but no document of the contract's types."""
    c.font_of(c.pick(SANS7, SANS))
    c.restyle7(dates=("dash", "dash_mon_upper", "long"), amounts=("euro", "plain"))
    person, home, day = _who(c)
    office = c.rng.choice(_TAX_OFFICES)
    year = day.year
    value = c.rng.randint(180, 520) * 1000
    area = c.rng.randint(55, 140)
    built = c.rng.randint(1930, 2015)
    refs = []
    for _ in range(c.rng.randint(3, 4)):
        ref = people.address(c.rng)
        sold = values.between(c.rng, dt.date(year - 2, 7, 1), dt.date(year - 1, 6, 30))
        price = int(value * c.rng.uniform(0.85, 1.15) / 1000) * 1000
        refs.append((f"{ref.street} {ref.house_number_text}", values.postcode_text(home.postcode[:4] + ref.postcode[4:], True), c.rng.randint(1930, 2015),
                     c.rng.randint(50, 150), sold, price, int(price * c.rng.uniform(0.97, 1.06) / 1000) * 1000))
    rows = "".join(f"<tr><td>{e(a)}</td><td>{e(pc)}</td><td>{b}</td><td>{m} m²</td><td>{c.d(sold)}</td><td class='right'>{c.a(values.amount(pr))}</td>"
                   f"<td class='right'>{c.a(values.amount(ix))}</td></tr>" for a, pc, b, m, sold, pr, ix in refs)
    scores = "".join(f"<tr><td>{e(k)}</td><td>{c.rng.randint(2, 4)}</td></tr>" for k in ("Kwaliteit", "Onderhoud", "Uitstraling", "Doelmatigheid", "Voorzieningen"))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:14pt'>{e(office)}</span><br><span class='small'>namens de gemeente {e(home.municipality)}</span></td>"
        f"<td class='right small'>Datum: {c.d(day)}<br>Aanslagnummer {c.rng.randint(10**9, 10**10 - 1)}</td></tr></table>"
        f"<h1 style='margin-top:6mm'>Taxatieverslag WOZ-waarde {year}</h1>"
        + kv([("Belanghebbende", e(person.name(c.pick("initials", "all")))), ("Adres object", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Soort object", e(c.pick("tussenwoning", "hoekwoning", "galerijflat", "portiekflat", "2-onder-1-kapwoning"))), ("Bouwjaar", str(built)),
              ("Gebruiksoppervlakte", f"{area} m²"), ("Waardepeildatum", f"1 januari {year - 1}"), ("Vastgestelde WOZ-waarde", f"<b>{c.a(values.amount(value))}</b>")],
             label_width="50mm")
        + "<h3>Vergelijkbare verkochte woningen</h3><table class='ruled' style='width:100%;font-size:8.6pt'><tr><th>Adres</th><th>Postcode</th><th>Bouwjaar</th>"
        f"<th>Opp.</th><th>Verkoopdatum</th><th>Verkoopprijs</th><th>Geïndexeerd naar peildatum</th></tr>{rows}</table>"
        + f"<h3>Kenmerken (KOUDV, 1 = slecht, 5 = uitstekend)</h3><table class='ruled' style='width:45%'>{scores}</table>"
        + "<p class='small' style='margin-top:6mm'>De WOZ-waarde is bepaald door vergelijking met verkopen rond de waardepeildatum. Bent u het niet eens met de waarde? "
        "Dien dan binnen zes weken na de datum van de aanslag bezwaar in.</p>"
    )  # fmt: skip
    return page(c, body), {}


# --- fresh8 split ----------------------------------------------------------------------------

_NEWS = (("Werkzaamheden", "Vanaf maandag wordt de riolering vervangen. Het verkeer wordt omgeleid; bewoners ontvangen een brief."),
         ("Raadsvergadering", "De gemeenteraad vergadert donderdag om 19.30 uur in het gemeentehuis. De vergadering is openbaar en live te volgen."),
         ("Afvalinzameling", "Door de feestdagen wordt het restafval een dag later opgehaald. Zet de container vóór 7.30 uur aan de weg."),
         ("Mantelzorgwaardering", "Mantelzorgers kunnen tot 1 december de jaarlijkse waardering aanvragen bij het Wmo-loket."),
         ("Subsidie isolatie", "Huurders en eigenaren kunnen subsidie aanvragen voor kleine energiebesparende maatregelen."))  # fmt: skip
_PERMITS = ("het plaatsen van een dakkapel", "het kappen van een boom", "het vergroten van een woning", "het bouwen van een schuur",
            "het wijzigen van een winkel naar een woning", "het plaatsen van zonnepanelen op een monument")  # fmt: skip


def gemeentenieuws_kolommen_uitschrijving(c: Ctx):
    """Fresh8. A municipality's page in the local weekly ("Gemeentenieuws" with "Officiële bekendmakingen") set in three text columns: short news items, permits applied for and granted (addresses, postcodes, dates of receipt), and "Basisregistratie Personen: voornemen tot uitschrijving": people who no longer live at their registered address, each with name, birth date and last address, and the date from which they are removed, with the objection period: names, birth dates, streets, postcodes, house numbers and dates as on a BRP extract, but a public notice of removal, not an extract."""
    c.font_of(c.pick(SERIF8, SANS8))
    c.restyle8(dates=("long", "long", "dash"))
    person, home, day = _who(c)
    municipality = home.municipality
    week = day.isocalendar()[1]
    news = "".join(f"<h3 style='margin:2mm 0 1mm 0;font-size:10pt'>{e(t)}</h3><p style='margin:0'>{e(x)}</p>" for t, x in c.rng.sample(_NEWS, 3))
    permits = ""
    for _ in range(c.rng.randint(3, 5)):
        a = people.address(c.rng)
        permits += (f"<p style='margin:0 0 1.5mm 0'><b>{e(a.street)} {e(a.house_number_text)}, {e(values.postcode_text(a.postcode, True))}</b>: "
                    f"{e(c.rng.choice(_PERMITS))} (ontvangen {c.d(day - dt.timedelta(days=c.rng.randint(3, 30)))})</p>")
    removed = ""
    for _ in range(c.rng.randint(3, 6)):
        p, a = c.person(), people.address(c.rng)
        removed += (f"<p style='margin:0 0 1.5mm 0'>{e(p.name(c.pick('initials', 'all')))}, geboren {c.d(p.birth_date)}, laatst bekend adres "
                    f"{e(a.street)} {e(a.house_number_text)}, {e(values.postcode_text(a.postcode, True))} {e(home.city)}</p>")
    body = (
        f"<div style='border-bottom:3px solid #222;display:flex;justify-content:space-between;align-items:flex-end'>"
        f"<span class='logo' style='font-size:22pt'>Gemeentenieuws</span><span class='small'>Gemeente {e(municipality)} · week {week} · {c.d(day)}</span></div>"
        "<div style='columns:3;column-gap:6mm;column-rule:0.5px solid #999;margin-top:4mm;font-size:8.6pt;line-height:1.3;text-align:justify'>"
        + news
        + "<h2 style='font-size:11pt;border-top:1.5px solid #222;padding-top:1mm'>Officiële bekendmakingen</h2>"
        "<h3 style='font-size:9.5pt;margin:1mm 0'>Aangevraagde omgevingsvergunningen</h3>" + permits
        + "<h3 style='font-size:9.5pt;margin:1mm 0'>Basisregistratie Personen: voornemen tot uitschrijving</h3>"
        "<p style='margin:0 0 1.5mm 0'>Het college heeft vastgesteld dat de volgende personen niet meer wonen op het adres waar zij staan ingeschreven. "
        f"Het college is van plan hen met ingang van {c.d(day + dt.timedelta(days=c.rng.randint(14, 42)))} uit te schrijven naar 'onbekend waarheen'.</p>"
        + removed
        + "<p style='margin:0'>Weet u waar deze personen wonen, of gaat het om uzelf? Neem dan binnen twee weken contact op met Burgerzaken. "
        "Tegen het besluit kunt u binnen zes weken bezwaar maken.</p>"
        f"<h3 style='font-size:9.5pt;margin:2mm 0 1mm 0'>Contact</h3><p style='margin:0'>Gemeente {e(municipality)}, "
        f"{e(people.issuer_address(c.rng, home.city)[0])}. Telefoon 14 0{c.rng.randint(100, 999)}.</p></div>"
    )  # fmt: skip
    return page(c, body, "@page { margin: 12mm 12mm 12mm 12mm; } h3 { break-after: avoid; }"), {}


def woningruil_aanvraag(c: Ctx):
    """Fresh8. A corporation's "Aanvraag woningruil" form: two tenants who want to swap homes side by side in two columns ("Huurder 1 / huidige woning" and "Huurder 2 / ruilpartner"), each with name, birth date, address, postcode, the rent, the number of rooms and the household that moves along in a small table, the reason for the swap, the desired swap date and both signatures with their own dates: tenants, addresses, rents, dates and household members like a sublet contract, a house-sitting request or a BRP extract, but a request to exchange tenancies."""
    c.font_of(c.pick(SANS8, ("Liberation Sans", "Carlito")))
    c.restyle8(dates=("dash", "long"), amounts=("euro", "euro_is"))
    person, home, day = _who(c)
    other, other_home = c.person(), people.address(c.rng)
    corp = c.pick("Ymere", "Portaal", "Woonstad Rotterdam", "Eigen Haard", "Havensteder", "Woonopmaat", "Kennemer Wonen")
    swap = day + dt.timedelta(days=c.rng.randint(40, 120))

    def column(p, a):
        members = [c.person(surname=p.surname, born=(2005, 2022)) for _ in range(c.rng.randint(0, 3))]
        household = "".join(f"<tr><td>{e(m.name('first'))}</td><td>{c.d(m.birth_date)}</td></tr>" for m in members) or "<tr><td colspan='2'>geen</td></tr>"
        rent = values.amount(c.rng.randint(520, 980) + c.rng.randint(0, 99) / 100)
        return (kv([("Naam", f"<b>{e(p.name(c.pick('all', 'initials')))}</b>"), ("Geboortedatum", c.d(p.birth_date)),
                    ("Adres", f"{e(a.street)} {e(a.house_number_text)}"), ("Postcode en plaats", f"{e(values.postcode_text(a.postcode, True))} {e(a.city)}"),
                    ("Kale huur per maand", c.a(rent)), ("Aantal kamers", str(c.rng.randint(1, 5))), ("Huurder sinds", c.d(c.date((2003, 1, 1), (2024, 1, 1))))],
                   label_width="34mm")
                + f"<div class='small' style='margin-top:2mm'>Gezinsleden die meeverhuizen</div><table class='ruled' style='width:100%;font-size:8.5pt'>{household}</table>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td><td class='right small'>Aanvraag woningruil · formulier WR-1</td></tr></table>"
        "<h1 style='margin-top:4mm'>Aanvraag woningruil</h1>"
        "<p class='small'>Beide huurders vullen dit formulier samen in. Ruilt u met een huurder van een andere corporatie, dan moet ook die corporatie toestemming geven.</p>"
        "<table style='width:100%;table-layout:fixed'><tr>"
        f"<td style='padding-right:4mm;border-right:0.6px solid #999'><h3>Huurder 1 · huidige woning</h3>{column(person, home)}</td>"
        f"<td style='padding-left:4mm'><h3>Huurder 2 · ruilpartner</h3>{column(other, other_home)}</td></tr></table>"
        + kv([("Reden van de ruil", e(c.pick("dichter bij werk", "gezinsuitbreiding", "kleiner wonen", "dichter bij familie", "gelijkvloers wonen"))),
              ("Gewenste ruildatum", c.d(swap))], label_width="45mm")
        + f"<table style='width:100%;margin-top:6mm'><tr><td>Handtekening huurder 1<br><br>______________<br>Datum: {c.d(day)}</td>"
        f"<td>Handtekening huurder 2<br><br>______________<br>Datum: {c.d(day + dt.timedelta(days=c.rng.randint(0, 6)))}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), {}


# --- fresh9 split ----------------------------------------------------------------------------


def school_inschrijving_bevestiging(c: Ctx):
    """Fresh9. A primary school's letter confirming a child's enrolment ("Bevestiging van inschrijving"): the school's name and its BRIN code, the parents by name in the address block, a ruled table of the pupil (name, birth date, BSN, address with postcode, "ingeschreven per" and the group) and the parents' names: a BSN, an address, names and dates like a BRP extract, but a school's letter."""
    c.font_of(c.pick(("Quicksand", "Cantarell", "Open Sans"), ("Cantarell", "Go")))
    c.restyle9(dates=("dash", "long"), amounts=("euro",))
    person, home, day = _who(c)
    partner = c.person(sex="f" if person.sex == "m" else "m", born=(1975, 1998))
    child = c.person(surname=person.surname, born=(2019, 2022))
    school = c.pick("Basisschool De Regenboog", "OBS De Springplank", "CBS Het Kompas", "IKC De Vlinderboom", "Montessorischool Oost")
    start = day + dt.timedelta(days=c.rng.randint(14, 90))
    rows = [("Naam leerling", e(child.name("all"))), ("Geboortedatum", c.d(child.birth_date)), ("BSN", e(values.bsn_text(child.bsn, 0))),
            ("Adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"), ("Ingeschreven per", c.d(start)),
            ("Groep", f"{c.pick(1, 2, 3)} ({c.pick('juf', 'meester')} {e(c.person().given[0])})"),
            ("Ouder/verzorger 1", e(person.name("initials"))), ("Ouder/verzorger 2", e(partner.name("initials")))]
    table = "".join(f"<tr><td style='width:45mm'>{e(k)}</td><td>{v}</td></tr>" for k, v in rows)
    body = (
        f"<div style='font-family:\"Cantarell Extra Bold\", sans-serif;font-size:17pt;color:#2e7d32'>{e(school)}</div>"
        f"<div class='small'>BRIN {c.rng.randint(10, 31)}{c.pick('AB', 'KL', 'XR', 'PZ')} · {e(home.city)}</div>"
        + address_block([f"Aan de ouders/verzorgers van {child.given[0]}", home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"<p>{e(home.city)}, {c.d(day)}</p><p><b>Betreft: bevestiging van inschrijving</b></p>"
        f"<p>Beste ouders/verzorgers,</p><p>Wij bevestigen graag dat {e(child.given[0])} bij ons op school is ingeschreven. Hieronder staan de gegevens die wij hebben vastgelegd. "
        "Klopt er iets niet? Laat het de administratie weten.</p>"
        f"<table class='ruled' style='width:100%'>{table}</table>"
        "<p style='margin-top:6mm'>Met vriendelijke groet,<br><br>de directie</p>"
    )  # fmt: skip
    return page(c, body), {}


def kwijtschelding_gemeentebelastingen(c: Ctx):
    """Fresh9. A municipal tax office's decision on a request to be let off the local taxes ("Beslissing op uw verzoek om kwijtschelding"): the name, the BSN, the address and an assessment number, the tax year, a table of the taxes (waste, sewerage) and of the calculation (net income per month, the costs allowed, the "betalingscapaciteit"), granted or not: a name, a BSN, a year and incomes like an income statement, but a tax decision."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Cantarell", "Go")))
    c.restyle9(dates=("dash", "long"), amounts=("euro", "Euro_front"))
    person, home, day = _who(c)
    office = c.pick("BghU", "Belastingsamenwerking Rivierenland", "Gemeentelijke Belastingen Amsterdam", "BsGW", "Belastingsamenwerking West-Brabant")
    year = day.year
    net = values.amount(c.rng.randint(1100, 2100) + c.rng.randint(0, 99) / 100)
    costs = values.amount(float(net) - c.rng.randint(0, 60))
    waste, sewer = values.amount(c.rng.randint(260, 420)), values.amount(c.rng.randint(140, 260))
    granted = float(net) - float(costs) < 20
    body = (
        f"<div style='font-size:15pt;font-weight:bold'>{e(office)}</div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + kv([("Datum", c.d(day)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 1))), ("Aanslagnummer", f"{c.rng.randint(1000, 9999)}.{c.rng.randint(100000, 999999)}"),
              ("Belastingjaar", str(year))])
        + "<h2>Beslissing op uw verzoek om kwijtschelding</h2>"
        f"<p>U heeft gevraagd om kwijtschelding van uw gemeentelijke belastingen {year}. Wij hebben uw inkomen en uw uitgaven berekend.</p>"
        + kv([("Afvalstoffenheffing", c.a(waste)), ("Rioolheffing", c.a(sewer)), ("Netto besteedbaar inkomen per maand", c.a(net)),
              ("Kosten van bestaan per maand", c.a(costs))], label_width="75mm")
        + f"<p><b>Besluit:</b> {'wij verlenen u volledige kwijtschelding.' if granted else 'wij wijzen uw verzoek af: u heeft betalingscapaciteit.'}</p>"
        "<p class='small'>Bent u het niet eens met deze beslissing? Dan kunt u binnen zes weken na de datum van deze brief in beroep gaan.</p>"
    )  # fmt: skip
    return page(c, body), {}


# --- fresh10 split ---------------------------------------------------------------------------

def reis_boekingsbevestiging_lange_reis(c: Ctx):
    """Fresh10. A travel agency's booking confirmation of a long journey ("Boekingsbevestiging / Factuur"): the travellers by name and birth date, the home address, the outward and return flights with dates as "Thu 5 Mar 2026", the price with "EUR1.234,50" and a deposit: the period of a house-sitting request, but no request."""
    c.font_of(c.pick(SANS10, ("Open Sans", "Carlito")))
    c.restyle10(dates=("en_wd_short", "long"), amounts=("EUR_tight",))
    person, home, day = _who(c)
    partner = c.person(born=(1950, 2000))
    agency = c.pick("Djoser", "SNP Natuurreizen", "Sawadee Reizen", "Koning Aap", "Riksja Travel")
    out = day + dt.timedelta(days=c.rng.randint(30, 120))
    back = out + dt.timedelta(days=c.rng.randint(60, 200))
    price = values.amount(c.rng.randint(4000, 14000))
    deposit = values.amount(round(float(price) * 0.15))
    route = c.pick(("Amsterdam (AMS)", "Lima (LIM)"), ("Amsterdam (AMS)", "Bangkok (BKK)"), ("Amsterdam (AMS)", "Buenos Aires (EZE)"), ("Düsseldorf (DUS)", "Auckland (AKL)"))
    body = (
        f"<div style='font-size:18pt;font-weight:bold;color:#e05a00'>{e(agency)}</div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(day)), ("Boekingsnummer", f"{c.rng.randint(100000, 999999)}"), ("Reis", c.pick("Rondreis Zuid-Amerika", "Wereldreis op maat", "Backpacken Azië"))])
        + "<h2>Boekingsbevestiging / factuur</h2><table class='ruled' style='width:100%'><tr><th>Reiziger</th><th>Geboortedatum</th></tr>"
        + "".join(f"<tr><td>{e(p.name('all'))}</td><td>{e(values.date_text(p.birth_date, 'dash'))}</td></tr>" for p in (person, partner)) + "</table>"
        + f"<h3>Vluchten</h3><p>Heen: {c.d(out)} &nbsp; {e(route[0])} &rarr; {e(route[1])}<br>Terug: {c.d(back)} &nbsp; {e(route[1])} &rarr; {e(route[0])}</p>"
        + kv([("Reissom", c.a(price)), ("Aanbetaling (binnen 8 dagen)", c.a(deposit)), ("Restant uiterlijk 6 weken voor vertrek", c.a(values.amount(float(price) - float(deposit))))], label_width="75mm")
        + "<p class='small'>Op deze reis zijn de ANVR-Reizigersvoorwaarden van toepassing. Wij raden een annuleringsverzekering aan.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


def ziekenhuis_ontslagbrief_verpleging(c: Ctx):
    """Fresh10. A hospital's nursing discharge letter ("Verpleegkundige overdracht bij ontslag") to the home-care team: the patient (name as the hospital sorts it, "Meer (van der), J.C.", birth date, BSN), the dates of admission and discharge, the home situation (the daughter or son as carer and first contact, supervision needed day and night or not), the care after discharge: a care declaration's facts in a medical transfer, not a declaration."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle10(dates=("dot_2y", "dash"), amounts=("euro",))
    person, home, day = _who(c)
    carer = c.person(surname=person.surname, born=(1960, 1995))
    hospital = c.pick("Spaarne Gasthuis", "Isala Zwolle", "Amphia Breda", "Gelre ziekenhuizen", "Rode Kruis Ziekenhuis Beverwijk")
    admitted = day - dt.timedelta(days=c.rng.randint(3, 25))
    night = c.rng.random() < 0.5
    body = (
        f"<div style='font-size:15pt;font-weight:bold;color:#00539b'>{e(hospital)}</div><div class='small'>Afdeling Geriatrie · verpleegafdeling {c.rng.randint(2, 9)}{c.pick('A', 'B', 'Noord')}</div>"
        "<h1 style='margin-top:6mm'>Verpleegkundige overdracht bij ontslag</h1>"
        + kv([("Patiënt", e(person.name(c.pick("reversed_particle_brackets", "initials")))), ("Geboortedatum", e(values.date_text(person.birth_date, "dash"))),
              ("BSN", e(values.bsn_text(person.bsn, 0))), ("Adres", f"{e(home.line1())}, {e(home.city)}"), ("Opname", c.d(admitted)), ("Ontslag", c.d(day))], label_width="40mm")
        + f"<h3>Thuissituatie</h3><p>Patiënt woont {c.pick('alleen', 'zelfstandig')}. {e(carer.name('first'))} ({c.pick('dochter', 'zoon')}) is mantelzorger en eerste contactpersoon, "
        f"tel. 06-{c.rng.randint(10000000, 99999999)}.</p>"
        + f"<h3>Zorg na ontslag</h3><p>{'Toezicht dag en nacht gewenst (valgevaar, onrust in de nacht). Familie regelt dit in overleg met de wijkverpleging.' if night else 'Wijkverpleging 2x per dag voor ADL en medicatie. Geen nachtelijk toezicht nodig.'}</p>"
        + "<p class='small'>Deze overdracht is bestemd voor de zorgverlener die de zorg overneemt.</p>"
        + f"<p>{e(c.person().name('initials'))}, verpleegkundige</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


# --- fresh11 split ---------------------------------------------------------------------------


def ciz_wlz_indicatiebesluit(c: Ctx):
    """Fresh11. The CIZ's decision under the Wet langdurige zorg for the person who needs care ("Besluit Wlz-indicatie"): the client's name, birth date, BSN and address, the decision's date and the date it takes effect, the care profile, and the sentence that the client needs "permanent toezicht" or "24 uur per dag zorg in de nabijheid"; a contact person (a son or daughter) is named, but no one declares any care: a care declaration's 24 hours without a carer."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle11(dates=("long", "dash"), amounts=("euro",))
    person, home, day = _who(c)
    contact = c.person(surname=person.surname, born=(1955, 1995))
    profile = c.pick(("VV 5", "Beschermd wonen met intensieve dementiezorg"), ("VV 6", "Beschermd wonen met intensieve verzorging en verpleging"),
                     ("VV 4", "Beschut wonen met intensieve begeleiding en uitgebreide verzorging"))
    body = (
        "<table style='width:100%'><tr><td><b style='font-size:17pt;color:#006a8e'>CIZ</b><br><span class='small'>Centrum indicatiestelling zorg</span></td>"
        f"<td class='right small'>Postbus {c.rng.randint(100, 9999)}<br>Datum: {c.d(day)}<br>Kenmerk: {c.rng.randint(10**8, 10**9 - 1)}</td></tr></table>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "<h2>Besluit over uw aanvraag Wet langdurige zorg (Wlz)</h2>"
        + kv([("Naam", e(person.name("all"))), ("Geboortedatum", e(values.date_text(person.birth_date, "dash"))), ("BSN", e(values.bsn_text(person.bsn, 0))),
              ("Zorgprofiel", e(f"{profile[0]} - {profile[1]}")), ("Ingangsdatum", c.d(day + dt.timedelta(days=c.rng.randint(0, 14)))), ("Geldig", "onbepaalde tijd")], label_width="40mm")
        + "<p>U heeft blijvend <b>permanent toezicht</b> nodig, of <b>24 uur per dag zorg in de nabijheid</b>. Daarom heeft u recht op zorg uit de Wet langdurige zorg.</p>"
        + f"<p>Uw contactpersoon is {e(contact.name('first'))}. Het zorgkantoor neemt contact met u of uw contactpersoon op over de zorg die u krijgt.</p>"
        + "<p class='small'>Bent u het niet eens met dit besluit? Dan kunt u binnen 6 weken na de datum van deze brief bezwaar maken.</p><p>Met vriendelijke groet,<br>CIZ</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


_VOLUNTEER_ORGS11 = (("Stichting Voedselbank", "Haarlem"), ("Vereniging Dierenambulance", "Breda"), ("Stichting Natuurmonumenten, beheereenheid Veluwe", "Apeldoorn"),
                     ("Humanitas Thuisadministratie", "Leiden"), ("Rode Kruis Noord-Holland", "Alkmaar"))


def vrijwilligersovereenkomst(c: Ctx):
    """Fresh11. A "Vrijwilligersovereenkomst" between an organisation and a volunteer: the organisation with its town, the volunteer with birth date and address, the task, "van ... tot en met ...", the place of the work, a volunteer allowance per month, and the sentence that this is no employment contract: an employment contract's facts, but none."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Open Sans", "Cantarell")))
    c.restyle11(dates=("long", "dash"), amounts=("euro",))
    person, home, day = _who(c)
    org, town = c.rng.choice(_VOLUNTEER_ORGS11)
    start = day + dt.timedelta(days=c.rng.randint(5, 40))
    end = start + dt.timedelta(days=c.rng.choice((182, 365, 270)))
    body = (
        f"<div style='font-size:15pt;font-weight:bold'>{e(org)}</div><div class='small'>{e(town)}</div>"
        "<h1 style='margin-top:8mm'>Vrijwilligersovereenkomst</h1>"
        + kv([("Organisatie", f"{e(org)}, gevestigd te {e(town)}"), ("Vrijwilliger", e(person.name("all"))), ("Geboortedatum", e(values.date_text(person.birth_date, "dash"))),
              ("Adres", f"{e(home.line1())}, {e(home.city)}"), ("Taak", c.pick("chauffeur en bezorger", "gastvrouw/gastheer", "administratief vrijwilliger", "natuurwerk")),
              ("Periode", f"van {c.d(start)} tot en met {c.d(end)}"), ("Plaats van de werkzaamheden", e(town)),
              ("Vrijwilligersvergoeding", f"{c.a(values.amount(c.pick(90, 150, 180, 210)))} per maand")], label_width="55mm")
        + "<p>Partijen verklaren uitdrukkelijk dat deze overeenkomst geen arbeidsovereenkomst is. Er is geen gezagsverhouding en er wordt geen loon betaald; "
          "de vergoeding blijft binnen de fiscale vrijwilligersregeling.</p><p>De vrijwilliger kan de overeenkomst op elk moment beëindigen.</p>"
        + f"<p style='margin-top:6mm'>Getekend te {e(town)} op {c.d(day)}.</p>"
        "<table style='width:100%;margin-top:8mm'><tr><td>Namens de organisatie<br><br>________________</td><td>De vrijwilliger<br><br>________________</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}


# --- fresh12 split ---------------------------------------------------------------------------


def duo_studiefinanciering_toekenning(c: Ctx):
    """Fresh12. DUO's letter granting student finance ("Besluit studiefinanciering"): the student's name, BSN and address, the study and institution, the start date and an end date of the entitlement, a table per month (basisbeurs, aanvullende beurs, lening, collegegeldkrediet) with a total, the student travel product; a study abroad is mentioned as a possibility, but no employer and no contract: a study contract's facts without one."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle12(dates=("long", "dash"), amounts=("euro",))
    person, home, day = _who(c)
    start = dt.date(day.year, c.rng.choice((2, 9)), 1)
    study = c.pick(("Bachelor Verpleegkunde", "Hogeschool Utrecht"), ("Master Rechtsgeleerdheid", "Universiteit Leiden"), ("Mbo Verzorgende IG niveau 3", "ROC Midden Nederland"),
                   ("Bachelor Bouwkunde", "Hanzehogeschool Groningen"))
    rows = [("Basisbeurs (uitwonend)", c.rng.choice((325.76, 303.89, 291.65))), ("Aanvullende beurs", c.rng.choice((0, 214.47, 453.39))),
            ("Lening", c.rng.choice((0, 150, 300))), ("Collegegeldkrediet", c.rng.choice((0, 0, 183.06)))]
    table = "".join(f"<tr><td>{e(k)}</td><td class='right'>{c.a(values.amount(v))}</td></tr>" for k, v in rows)
    body = (
        "<table style='width:100%'><tr><td><b style='font-size:18pt;color:#154273'>DUO</b><br><span class='small'>Dienst Uitvoering Onderwijs<br>Ministerie van Onderwijs, Cultuur en Wetenschap</span></td>"
        f"<td class='right small'>Postbus 50061<br>9702 EB Groningen<br>Datum: {c.d(day)}<br>Relatienummer: {c.rng.randint(10**7, 10**8 - 1)}</td></tr></table>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "<h2>Besluit over uw studiefinanciering</h2>"
        f"<p>Beste {e(person.given[0])},</p><p>U krijgt studiefinanciering vanaf {c.d(start)} voor de opleiding {e(study[0])} aan {e(study[1])}. "
        f"U heeft recht op studiefinanciering tot en met {c.d(dt.date(start.year + 4, start.month, 1) - dt.timedelta(days=1))}, zolang u ingeschreven staat.</p>"
        + kv([("Burgerservicenummer", e(values.bsn_text(person.bsn, 0))), ("Naam", e(person.name("all")))], label_width="45mm")
        + f"<table class='lines' style='width:80%;margin-top:3mm'><tr><th>Per maand</th><th class='right'>Bedrag</th></tr>{table}</table>"
        "<p>U krijgt ook een studentenreisproduct. Kiest u een weekabonnement of een weekendabonnement? Dat regelt u op Mijn DUO.</p>"
        "<p class='small'>Gaat u (een deel van) uw opleiding in het buitenland volgen, bijvoorbeeld voor een stage of uitwisseling? Geef dit dan door. Bent u het niet eens met dit besluit, "
        "dan kunt u binnen 6 weken bezwaar maken.</p><p>Met vriendelijke groet,<br>DUO</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


_SERVICE_ITEMS12 = ("Schoonmaak trappenhuis", "Elektra algemene ruimten", "Onderhoud lift", "Glasbewassing", "Tuinonderhoud", "Huismeester", "Ontstoppen riolering")


def servicekosten_jaarafrekening(c: Ctx):
    """Fresh12. A corporation's annual service-cost statement to a tenant ("Jaarafrekening servicekosten 2025"): the tenant's name and address, the contract number, the period from 1 January to 31 December, a table of items with the advance paid and the real cost per item, the balance to be refunded or paid, a date by which it is settled and the objection route to the Huurcommissie: a tenancy's names, address, dates and sums, but no document of this contract's types."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Open Sans", "Cantarell")))
    c.restyle12(dates=("long", "pad_short_dot"), amounts=("euro", "EUR_space_group"))
    person, home, day = _who(c)
    corp = c.rng.choice(_CORPORATIONS)
    year = day.year - 1
    items = c.rng.sample(_SERVICE_ITEMS12, c.rng.randint(4, 6))
    rows, paid_total, cost_total = [], 0, 0
    for item in items:
        paid, cost = c.rng.randint(300, 9000), c.rng.randint(300, 9000)
        paid_total, cost_total = paid_total + paid, cost_total + cost
        rows.append(f"<tr><td>{e(item)}</td><td class='right'>{c.a(values.amount(paid / 100))}</td><td class='right'>{c.a(values.amount(cost / 100))}</td></tr>")
    diff = paid_total - cost_total
    settle = day + dt.timedelta(days=c.rng.randint(20, 45))
    body = (
        f"<div class='logo' style='font-size:15pt'>{e(corp)}</div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(day)), ("Huurcontract", f"{c.rng.randint(100000, 999999)}"), ("Periode", f"{c.d(dt.date(year, 1, 1))} tot en met {c.d(dt.date(year, 12, 31))}")], label_width="38mm")
        + f"<h2>Jaarafrekening servicekosten {year}</h2>"
        "<p>Beste huurder,</p><p>Elk jaar rekenen wij de servicekosten af. U betaalde elke maand een voorschot. Hieronder ziet u wat u betaalde en wat de werkelijke kosten waren.</p>"
        "<table class='lines' style='width:100%'><tr><th>Onderdeel</th><th class='right'>Voorschot</th><th class='right'>Werkelijke kosten</th></tr>"
        + "".join(rows)
        + f"<tr><td><b>Totaal</b></td><td class='right'><b>{c.a(values.amount(paid_total / 100))}</b></td><td class='right'><b>{c.a(values.amount(cost_total / 100))}</b></td></tr></table>"
        + (f"<p>U krijgt {c.a(values.amount(diff / 100))} terug. Wij maken dit bedrag vóór {c.d(settle)} over.</p>" if diff >= 0
           else f"<p>U moet {c.a(values.amount(-diff / 100))} bijbetalen. Wij schrijven dit bedrag op of na {c.d(settle)} af.</p>")
        + "<p class='small'>Bent u het niet eens met deze afrekening? Laat het ons binnen 6 weken weten. Komen we er samen niet uit, dan kunt u de Huurcommissie vragen een uitspraak te doen.</p>"
        "<p>Met vriendelijke groet,<br>Team Huurincasso</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}

# --- fresh13 split ---------------------------------------------------------------------------


def gemeente_inkomensverklaring_bijstand(c: Ctx):
    """Fresh13. A municipality's "Inkomensverklaring" for a client on social assistance (afdeling Werk en Inkomen, Participatiewet): the client's name, BSN and address, the period and a table of the benefit per month (netto, bruto, holiday allowance reserved), the total for the year, the date; it looks like an income statement but is not the Belastingdienst's and gives no verzamelinkomen."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle13(dates=("wd_long_dash", "long"), amounts=("EURO_caps_front",))
    person, home, day = _who(c)
    year = day.year - 1
    net = c.rng.randint(110000, 185000)
    gross = net + c.rng.randint(5000, 30000)
    holiday = net * 5 // 100
    money = lambda cents: c.a(values.amount(cents / 100))  # noqa: E731
    rows = [("Uitkering netto per maand", money(net)), ("Uitkering bruto per maand", money(gross)), ("Vakantietoeslag (gereserveerd, per maand)", money(holiday)),
            (f"Totaal bruto over {year}", money(gross * 12 + holiday * 12))]
    body = (
        f"<div class='logo' style='font-size:15pt'>Gemeente {e(home.municipality)}</div><div class='small'>Werk en Inkomen &middot; team Uitkeringen</div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(day)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 0))), ("Dossiernummer", str(c.rng.randint(100000, 999999)))], label_width="42mm")
        + "<h2>Inkomensverklaring uitkering Participatiewet</h2>"
        f"<p>Hierbij verklaren wij dat {e(person.name('all'))} van {c.d(dt.date(year, 1, 1))} tot en met {c.d(dt.date(year, 12, 31))} een bijstandsuitkering ontving "
        "op grond van de Participatiewet, norm alleenstaande.</p>"
        + "<table class='lines' style='width:85%'>" + "".join(f"<tr><td>{e(k)}</td><td class='right'>{v}</td></tr>" for k, v in rows) + "</table>"
        + "<p class='small'>Deze verklaring is geen inkomensverklaring van de Belastingdienst. Heeft u een verklaring van uw verzamelinkomen nodig, vraag die dan aan bij de Belastingdienst.</p>"
        "<p>Met vriendelijke groet,<br>de consulent Werk en Inkomen</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


def opzegging_huur_brief(c: Ctx):
    """Fresh13. A tenant's letter terminating the tenancy ("Opzegging huurovereenkomst"): the tenant's and a co-signer's names, the address, the contract number, the date the tenancy ends ("per ..."), a proposed day to hand in the keys, the forwarding address and an IBAN for the deposit's refund, place and date, two signatures: a tenancy's names, dates, address and bank account, but none of the contract's documents."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Liberation Serif", "DejaVu Sans")))
    c.restyle13(dates=("wd_long_dash", "long"), amounts=("euro",))
    person, home, day = _who(c)
    other = c.person(born=(1950, 2004))
    corp = c.rng.choice(_CORPORATIONS)
    ends = dt.date(day.year + (day.month == 12), day.month % 12 + 1, 1) + dt.timedelta(days=c.rng.randint(28, 60))
    keys = ends - dt.timedelta(days=c.rng.randint(0, 3))
    new = people.address(c.rng)
    iban = values.iban(c.rng, c.pick("INGB", "RABO", "ABNA", "SNSB"))
    body = (
        f"<div>{e(person.name('all'))}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))} {e(home.city)}</div>"
        + address_block([corp, "t.a.v. afdeling Verhuur", *people.issuer_address(c.rng)])
        + f"<p>{e(home.city)}, {c.d(day)}</p>"
        "<p><b>Betreft: opzegging huurovereenkomst</b><br>"
        f"Contractnummer: {c.rng.randint(100000, 999999)}</p>"
        "<p>Geachte heer/mevrouw,</p>"
        f"<p>Hierbij zeg ik de huurovereenkomst van de woning aan de {e(home.line1())} in {e(home.city)} op per {c.d(ends)}. "
        f"Ik stel voor de sleutels in te leveren op {c.d(keys)}. Ook {e(other.name('first'))}, die met mij in de woning woont, tekent deze brief.</p>"
        f"<p>Mijn nieuwe adres is: {e(new.line1())}, {e(values.postcode_text(new.postcode, True))} {e(new.city)}. "
        f"Wilt u de waarborgsom terugstorten op rekening {e(values.iban_text(iban, True))}?</p>"
        "<p>Graag ontvang ik een schriftelijke bevestiging van deze opzegging en een afspraak voor de voorinspectie.</p>"
        "<p>Met vriendelijke groet,</p>"
        f"<table style='width:100%;margin-top:8mm'><tr><td>{e(person.name('all'))}</td><td>{e(other.name('first'))}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}

# --- fresh14 split ---------------------------------------------------------------------------

def aangifte_ib_overzicht_concept(c: Ctx):
    """Fresh14. The overview the Belastingdienst's tax return program prints before the return is sent ("Overzicht aangifte inkomstenbelasting 2025", "Status: nog niet verzonden", "Opgeslagen op" a date): the name, BSN, the tax year, income from work and home, savings and investments, a computed "Verzamelinkomen (berekend)" and the sum to pay or to receive; it looks like an income statement but is a draft return, not the IB 60."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle14(dates=("dash", "long"), amounts=("euro",))
    person, home, day = _who(c)
    year = c.rng.choice((day.year - 1, day.year - 2))
    box1 = c.rng.randint(1500000, 6500000)
    box3 = c.rng.randint(0, 300000)
    money = lambda cents: c.a(values.amount(cents / 100))  # noqa: E731
    refund = c.rng.randint(-150000, 150000)
    rows = [("Inkomen uit werk en woning (box 1)", money(box1)), ("Inkomen uit aanmerkelijk belang (box 2)", money(0)), ("Inkomen uit sparen en beleggen (box 3)", money(box3)),
            ("Verzamelinkomen (berekend)", money(box1 + box3)), ("U krijgt terug" if refund < 0 else "U moet betalen", money(abs(refund)))]
    body = (
        "<div style='background:#154273;color:#fff;padding:3mm 4mm'><b>Belastingdienst</b> &middot; Aangifte inkomstenbelasting " + str(year) + "</div>"
        f"<h1 style='margin-top:5mm'>Overzicht aangifte inkomstenbelasting {year}</h1>"
        + kv([("Naam", e(person.name("initials"))), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 0))), ("Status", "<b>nog niet verzonden</b>"),
              ("Opgeslagen op", c.d(day))], label_width="46mm")
        + "<table class='ruled' style='width:100%;margin-top:3mm'>" + "".join(f"<tr><td>{e(k)}</td><td class='right'>{v}</td></tr>" for k, v in rows) + "</table>"
        + "<p class='small'>Dit overzicht is een afdruk van uw aangifte zoals u die heeft ingevuld. Het is geen aanslag en geen inkomensverklaring. "
        "De bedragen kunnen nog veranderen als u de aangifte aanpast of als de Belastingdienst de aangifte corrigeert.</p>"
        f"<div style=\"font-family:'{MONO14[0]}', monospace;font-weight:bold;font-style:italic;font-size:7.5pt\">IB{year}-concept-{c.rng.randint(100000, 999999)}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


def logeerverklaring_tijdelijk_verblijf(c: Ctx):
    """Fresh14. A tenant's "Logeerverklaring" for the corporation: a guest (a family member from abroad, a friend between two homes) stays at the address for a few months; the tenant's and the guest's names and birth dates, the address, the period, "de logé betaalt geen huur" and "schrijft zich niet in op dit adres", signed with a date: names, an address and dates like a sublet contract or a house-sitting request, but neither."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Liberation Serif", "DejaVu Sans")))
    c.restyle14(dates=("long", "nopad"), amounts=("euro",))
    person, home, day = _who(c)
    guest = c.person(born=(1950, 2004))
    start = day + dt.timedelta(days=c.rng.randint(3, 30))
    end = start + dt.timedelta(days=c.rng.randint(30, 120))
    corp = c.rng.choice(_CORPORATIONS)
    why = c.pick("familiebezoek uit het buitenland", "overbrugging tot de oplevering van een nieuwe woning", "herstel na een operatie")
    body = (
        f"<div class='right'>{e(person.name('all'))}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))} {e(home.city)}</div>"
        + address_block([corp, "t.a.v. Klantcontact"])
        + "<h2>Logeerverklaring</h2>"
        f"<p>Ondergetekende, {e(person.name('all'))}, huurder van de woning aan de {e(home.line1())} te {e(home.city)}, verklaart dat "
        f"{e(guest.name('first'))}, geboren op {e(values.date_text(guest.birth_date, 'long'))}, bij hem/haar logeert van {c.d(start)} tot en met {c.d(end)} "
        f"({e(why)}).</p>"
        "<ul><li>De logé betaalt geen huur of andere vergoeding.</li><li>De logé schrijft zich niet in op dit adres.</li>"
        "<li>De logé heeft geen eigen kamer en geen eigen sleutel.</li></ul>"
        f"<p>{e(home.city)}, {c.d(day)}</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>{e(person.name('all'))}<br>huurder</td><td>{e(guest.name('first'))}<br>logé</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}


# --- fresh15 split ---------------------------------------------------------------------------


def verwijsbrief_huisarts_ergotherapie(c: Ctx):
    """Fresh15. A GP's referral letter to an occupational therapist ("Verwijzing ergotherapie"): the practice, the patient with birth date and BSN, the daughter or son named as the contact who cares for the patient, the question ("graag beoordeling ADL en hulpmiddelen; partner/dochter zorgt veel, ook 's nachts?") and the diagnosis code: a care declaration's names and its night-time care as a question, but a referral, not a declaration."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle15(dates=("long", "dash", "nl_ordinal"), amounts=("euro",))
    person, home, day = _who(c)
    carer = c.person(born=(1955, 2000))
    gp = c.person(born=(1955, 1990))
    practice = c.pick("Huisartsenpraktijk De Wilg", "Huisartsen Centrum-Oost", "Gezondheidscentrum De Brink", "Huisartsenpraktijk Van Houten")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:14pt'>{e(practice)}</span><br><span class='small'>AGB {c.rng.randint(1000000, 9999999)}</span></td>"
        f"<td class='right small'>Datum: {c.d(day)}</td></tr></table>"
        "<h1 style='margin-top:6mm;font-size:15pt'>Verwijzing ergotherapie</h1>"
        + kv([("Patiënt", e(person.name(c.pick("caps_reversed_initials", "initials")))), ("Geboortedatum", c.d(person.birth_date)),
              ("BSN", e(values.bsn_text(person.bsn, 0))), ("Adres", f"{e(home.line1())}, {e(home.city)}"), ("Contactpersoon", f"{e(carer.name('first'))} ({c.pick('dochter', 'zoon', 'partner')})"),
              ("Diagnose (ICPC)", c.pick("K90 CVA", "P70 dementie", "N87 Parkinson", "L89 artrose heup"))], label_width="40mm")
        + "<h3>Vraagstelling</h3>"
        "<p>Graag beoordeling van de zelfredzaamheid (ADL) thuis en advies over hulpmiddelen. De contactpersoon zorgt veel voor patiënt; "
        "graag ook uw inschatting of 's nachts toezicht nodig is. Met vriendelijke groet,</p>"
        f"<p>{e(gp.name('initials'))}, huisarts</p>"
        "<p class='small'>Deze verwijzing is geldig tot één jaar na dagtekening.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}


def corporatie_besluit_toestemming_onderhuur(c: Ctx):
    """Fresh15. A housing corporation's decision on a request to sublet a room ("Besluit op uw verzoek om toestemming voor onderhuur"): the tenant, the subtenant, the address, the maximum room rent the corporation allows and the conditions (the sublet ends with the lease, the Algemene Huurvoorwaarden apply) as the corporation's terms: a sublet contract's names, address, rent and clauses, but the landlord's decision, not the contract."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Open Sans", "DejaVu Sans")))
    c.restyle15(dates=("long", "cap_month"), amounts=("euro_endash", "euro"))
    person, home, day = _who(c)
    sub = c.person(born=(1975, 2006))
    corp = c.pick("Ymere", "Portaal", "Woonbron", "Eigen Haard", "de Alliantie", "Kennemer Wonen", "Woonopmaat")
    cap = values.amount(c.rng.choice((300, 325, 350, 400)))
    granted = c.rng.random() < 0.7
    body = (
        f"<div class='logo' style='font-size:15pt'>{e(corp)}</div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(day)), ("Zaaknummer", f"ONDH-{c.rng.randint(100000, 999999)}"), ("Onderwerp", "besluit op uw verzoek om onderhuur")], label_width="32mm")
        + f"<p style='margin-top:6mm'>Beste {e(person.name('first'))},</p>"
        f"<p>U vroeg ons om toestemming om een kamer in uw woning aan {e(home.line1())} te verhuren aan {e(sub.name('all'))}. "
        + ("Wij geven die toestemming, onder de volgende voorwaarden:</p><ul>"
           f"<li>de huur voor de kamer is niet hoger dan {c.a(cap)} per maand;</li>"
           "<li>de onderhuur eindigt als uw huurovereenkomst met ons eindigt;</li>"
           "<li>onze Algemene Huurvoorwaarden gelden ook voor de onderhuurder;</li>"
           "<li>u stuurt ons binnen vier weken een kopie van de getekende onderhuurovereenkomst.</li></ul>"
           if granted else
           "Wij geven die toestemming niet. Met de onderhuurder zouden er meer mensen in de woning wonen dan voor deze woning is toegestaan.</p>")
        + "<p>Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.</p>"
        f"<p>Met vriendelijke groet,<br>{e(corp)}, team Wonen</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}


# --- fresh16 split ---------------------------------------------------------------------------


def gemeente_adresonderzoek_brief(c: Ctx):
    """Fresh16. A municipality's letter announcing an investigation of an address in the BRP ("Onderzoek naar uw inschrijving"): the addressee, the address, the people registered there with their birth dates, the date the investigation started and the date by which to react, and the warning that the registration may be ended: a BRP extract's names, dates and address in a letter that is no extract."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle16(dates=("long", "short_cap_nodot"), amounts=("euro",))
    person, home, day = _who(c)
    others = [c.person(born=(1960, 2005)) for _ in range(c.rng.randint(0, 2))]
    started = day - dt.timedelta(days=c.rng.randint(3, 30))
    react = day + dt.timedelta(days=14)
    listed = "".join(f"<li>{e(p.name('initials'))}, geboren {c.d(p.birth_date)}</li>" for p in [person, *others])
    body = (
        f"<div style='text-align:right'><span class='logo' style='font-size:15pt'>Gemeente {e(home.municipality)}</span><br><span class='small'>Burgerzaken &middot; team Adresonderzoek</span></div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(day)), ("Zaaknummer", f"AO-{c.rng.randint(100000, 999999)}")], label_width="30mm")
        + "<h2>Onderzoek naar uw inschrijving in de Basisregistratie Personen</h2>"
        f"<p>Wij hebben aanwijzingen dat de inschrijving op het adres {e(home.line1())} in {e(home.city)} mogelijk niet klopt. Daarom zijn wij op {c.d(started)} een adresonderzoek gestart naar:</p>"
        f"<ul>{listed}</ul>"
        f"<p>Wij vragen u om vóór {c.d(react)} contact met ons op te nemen. Reageert u niet, dan kunnen wij uw inschrijving op dit adres beëindigen. "
        "Zolang het onderzoek loopt, staat bij uw gegevens de aantekening 'in onderzoek'.</p>"
        "<p>Met vriendelijke groet,<br>namens de burgemeester,<br>team Adresonderzoek</p>"
        "<p class='small'>Dit is geen uittreksel uit de Basisregistratie Personen.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}


def aanvraag_langdurend_zorgverlof_werkgever(c: Ctx):
    """Fresh16. An employee's request to the employer for long-term care leave on the employer's HR form: the employee, staff number and department, the person cared for and the relation, the hours of leave per week, the period from and to and the employee's signing date, the manager's approval box: a care declaration's names and an employment's dates in a request that is neither."""
    c.font_of(c.pick(("Carlito", "Open Sans"), ("Liberation Sans", "DejaVu Sans")))
    c.restyle16(dates=("dash", "short_cap_nodot"), amounts=("euro",))
    employee, _home, day = _who(c)
    cared = c.person(born=(1935, 1970))
    employer = c.pick("Gemeente Almere", "Zorggroep Rivierenland", "Technische Unie B.V.", "PostNL Pakketten Benelux B.V.", "Hogeschool Utrecht")
    start = day + dt.timedelta(days=c.rng.randint(7, 30))
    end = start + dt.timedelta(weeks=c.rng.choice((6, 8, 12)))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:14pt'>{e(employer)}</span></td><td class='right small'>HR-formulier V-07</td></tr></table>"
        "<h1 style='margin-top:4mm;font-size:14pt'>Aanvraag langdurend zorgverlof</h1>"
        "<p class='small'>Op grond van de Wet arbeid en zorg. Lever dit formulier uiterlijk twee weken voor de ingangsdatum in bij uw leidinggevende.</p>"
        + kv([("Naam medewerker", e(employee.name("all"))), ("Personeelsnummer", str(c.rng.randint(10000, 99999))), ("Afdeling", e(c.pick("Financiën", "Logistiek", "Zorg team 3", "Klantcontact"))),
              ("Naam verzorgde", e(cared.name("initials"))), ("Relatie tot medewerker", e(c.pick("moeder", "vader", "partner", "kind"))),
              ("Uren verlof per week", str(c.rng.choice((8, 12, 16, 18)))), ("Ingangsdatum", c.d(start)), ("Einddatum", c.d(end)),
              ("Datum aanvraag", c.d(day))], label_width="60mm")
        + "<div class='box' style='margin-top:6mm'>In te vullen door leidinggevende: &#9744; akkoord &nbsp; &#9744; niet akkoord (reden: ____________)</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}


# --- fresh17 split ---------------------------------------------------------------------------


def ontvangstbevestiging_aanvraag_huisbewaring(c: Ctx):
    """Fresh17. A corporation's acknowledgement that it received a tenant's request for house-sitting: the day of receipt, the sitter
    with birth date, the period asked, the documents still missing and the term for a decision: a house-sitting form's names and dates
    in a letter that is neither the form nor the decision."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("long", "wd_nopad"), amounts=("euro",))
    person, home, day = _who(c)
    sitter = c.person(born=(1970, 2005))
    corp = c.pick("Woonstad Rotterdam", "Portaal", "Mitros", "Ymere", "Havensteder", "Domijn", "Wooncompagnie")
    received = day - dt.timedelta(days=c.rng.randint(1, 6))
    start = day + dt.timedelta(days=c.rng.randint(20, 60))
    end = start + dt.timedelta(days=c.rng.randint(90, 330))
    body = (
        f"<div class='logo' style='font-size:16pt'>{e(corp)}</div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(day)), ("Zaaknummer", f"HB-{c.rng.randint(10000, 99999)}"), ("Onderwerp", "ontvangst aanvraag huisbewaring")], label_width="30mm")
        + f"<p>Beste {e(person.name('first'))},</p>"
        f"<p>Op {c.d(received)} ontvingen wij uw aanvraag voor tijdelijke huisbewaring. U vraagt toestemming voor de periode van {c.d(start)} tot en met {c.d(end)}, "
        f"met als huisbewaarder {e(sitter.name('all'))} (geboren {e(values.date_text(sitter.birth_date, 'dash'))}).</p>"
        "<p><b>Wat hebben wij nog van u nodig?</b></p><ul><li>een kopie van het identiteitsbewijs van de huisbewaarder;</li>"
        "<li>een bewijs van de reden van uw afwezigheid (bijvoorbeeld een arbeidsovereenkomst of een verklaring van een zorginstelling).</li></ul>"
        "<p>Zodra wij alles hebben, beslissen wij binnen acht weken. Dit is nog geen toestemming: laat de huisbewaarder pas in de woning als u ons besluit hebt.</p>"
        f"<p>Met vriendelijke groet,<br>{e(corp)}, team Wonen</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}


def belastingdienst_uitnodiging_aangifte_ib(c: Ctx):
    """Fresh17. The Belastingdienst's invitation to file an income tax return: the addressee, the BSN, the tax year, the day to file by
    (1 May) and how to ask for more time, and a box of pre-filled figures (wages from an employer, a bank balance) that are no
    verzamelinkomen: an income statement's letterhead, name, BSN and year in a letter that is none."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("long", "dash"), amounts=("euro",))
    person, home, day = _who(c)
    year = day.year - 1
    day = dt.date(day.year, c.rng.randint(1, 2), c.rng.randint(20, 28))
    wage = values.amount(c.rng.randint(18000, 62000) + c.rng.randint(0, 99) / 100)
    bank = values.amount(c.rng.randint(500, 40000) + c.rng.randint(0, 99) / 100)
    employer = c.pick("Albert Heijn B.V.", "Gemeente Utrecht", "Zorggroep Rivierenland", "PostNL Pakketten Benelux B.V.", "Stichting Openbaar Onderwijs Noord")
    body = (
        "<div style='text-align:right'><span class='logo' style='font-size:14pt'>Belastingdienst</span></div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(day)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.choice((0, 1))))), ("Belastingjaar", str(year))], label_width="46mm")
        + f"<h2>Uitnodiging: doe aangifte inkomstenbelasting {year}</h2>"
        f"<p>Wij vragen u aangifte te doen over {year}. Doe dit vóór 1 mei {year + 1} via Mijn Belastingdienst. Lukt dat niet op tijd? Vraag dan vóór 1 mei uitstel aan.</p>"
        "<div class='box'><b>Al voor u ingevuld</b> (controleer deze gegevens)"
        + kv([(f"Loon van {employer}", e(values.amount_text(wage, "euro"))), ("Saldo bankrekening op 1 januari", e(values.amount_text(bank, "euro")))], label_width="80mm")
        + "</div><p class='small'>Dit is geen aanslag en geen inkomensverklaring. Na uw aangifte ontvangt u van ons een aanslag.</p>"
        "<p>Met vriendelijke groet,<br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}


# --- fresh18 split ---------------------------------------------------------------------------


def toestemming_hoofdbewoner_inwoning_gemeente(c: Ctx):
    """Fresh18. A municipality's form "Verklaring hoofdbewoner" on which the main occupant consents to someone registering at the
    address: the main occupant and the newcomer each with birth date, the address, the day of moving in and the signing date: a BRP
    extract's names and a sublet's dates on a form that is neither."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "DejaVu Sans")))
    c.restyle17(dates=("dash", "short"), amounts=("euro",))
    person, home, day = _who(c)
    newcomer = c.person(born=(1960, 2006))
    moving = day + dt.timedelta(days=c.rng.randint(0, 20))
    rows = [("Naam hoofdbewoner", e(person.name("all"))), ("Geboortedatum hoofdbewoner", e(values.date_text(person.birth_date, "dash"))),
            ("Adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
            ("Naam inwonende persoon", e(newcomer.name("all"))), ("Geboortedatum inwonende persoon", e(values.date_text(newcomer.birth_date, "dash"))),
            ("Datum inwoning", c.d(moving))]
    body = (
        f"<div class='logo' style='font-size:15pt'>Gemeente {e(home.municipality)}</div>"
        "<h1 style='font-size:14pt;margin-top:6mm'>Verklaring hoofdbewoner (toestemming inwoning)</h1>"
        "<p>Gaat iemand bij u wonen? Dan heeft deze persoon uw toestemming nodig om zich op uw adres in te schrijven. Vul dit formulier in en geef het mee met de "
        "aangifte van verhuizing, samen met een kopie van uw identiteitsbewijs.</p>"
        + "<table class='ruled' style='width:100%'>" + "".join(f"<tr><td style='width:70mm'>{e(k)}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        + "<p>Ik verklaar dat bovengenoemde persoon met mijn toestemming op mijn adres woont.</p>"
        f"<p>Plaats en datum: {e(home.city)}, {c.d(day)}</p><p>Handtekening hoofdbewoner: ____________________</p>"
        "<p class='small'>Let op: deze verklaring is geen bewijs van inschrijving. Het opgeven van onjuiste gegevens kan leiden tot een boete.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}


def sepa_machtiging_huurincasso(c: Ctx):
    """Fresh18. A corporation's SEPA direct-debit mandate for the monthly rent: the creditor's name, address and creditor id, the
    mandate's reference (the contract number), the tenant's name, address, IBAN and BIC, place, date and signature: a bank statement's
    holder and IBAN on a form that is no statement."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("dash", "iso"), amounts=("euro",))
    person, home, day = _who(c)
    corp = c.pick("Ymere", "Portaal", "Woonbron", "Lefier", "Wonen Limburg", "Talis")
    office = people.address(c.rng)
    bank = c.pick("INGB", "RABO", "ABNA", "SNSB", "ASNB", "KNAB")
    iban = values.iban(c.rng, bank)
    rows = [("Naam", e(person.name("initials"))), ("Adres", e(home.line1())), ("Postcode en woonplaats", f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
            ("Rekeningnummer (IBAN)", e(values.iban_text(iban, True))), ("Bank Identificatie (BIC)", f"{bank}NL2A" if bank != "KNAB" else "KNABNL2H")]
    body = (
        "<h1 style='font-size:14pt'>Doorlopende machtiging SEPA</h1>"
        + kv([("Naam incassant", e(corp)), ("Adres incassant", f"{e(office.line1())}, {e(values.postcode_text(office.postcode, True))} {e(office.city)}"),
              ("Incassant ID", f"NL{c.rng.randint(10, 99)}ZZZ{c.rng.randint(10000000, 99999999)}0000"), ("Kenmerk machtiging", f"HUUR-{c.rng.randint(100000, 999999)}"),
              ("Reden betaling", "maandelijkse huur en servicekosten")], label_width="48mm")
        + f"<p>Door ondertekening van dit formulier geeft u toestemming aan {e(corp)} om doorlopende incasso-opdrachten te sturen naar uw bank om een bedrag van uw rekening af te "
        f"schrijven en aan uw bank om doorlopend een bedrag van uw rekening af te schrijven overeenkomstig de opdracht van {e(corp)}. Als u het niet eens bent met deze "
        "afschrijving kunt u deze laten terugboeken. Neem hiervoor binnen acht weken na afschrijving contact op met uw bank.</p>"
        + "<table class='ruled' style='width:100%'>" + "".join(f"<tr><td style='width:60mm'>{e(k)}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        + f"<p style='margin-top:5mm'>Plaats: {e(home.city)} &nbsp;&nbsp; Datum: {c.d(day)}</p><p>Handtekening: ____________________</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


# --- fresh19 split ---------------------------------------------------------------------------


def uittreksel_geboorteakte_burgerlijke_stand(c: Ctx):
    """Fresh19. A municipality's "Uittreksel uit het register van geboorten": the certificate's number and year, the child's surname
    and given names, the day and place of birth, the parents with their birth dates, the place and date of issue and the registrar:
    a BRP extract's municipality, names and dates on a civil-status record that is no BRP extract."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Caladea", "FreeSerif")))
    c.restyle17(dates=("long", "dash"), amounts=("euro",))
    child, home, day = _who(c)
    mother, father = c.person(sex="f", born=(1940, 1985)), c.person(sex="m", born=(1938, 1984), surname=child.surname)
    rows = [("Aktenummer", f"{c.rng.randint(1, 2400)} / {child.birth_date.year}"), ("Geslachtsnaam", e(child.surname)), ("Voornamen", e(" ".join(child.given))),
            ("Geslacht", "man" if child.sex == "m" else "vrouw"), ("Geboortedatum", e(values.date_text(child.birth_date, "long"))), ("Geboorteplaats", e(home.city)),
            ("Moeder", f"{e(mother.name('all'))}, geboren {e(values.date_text(mother.birth_date, 'dash'))}"),
            ("Vader", f"{e(father.name('all'))}, geboren {e(values.date_text(father.birth_date, 'dash'))}")]
    body = (
        f"<div style='text-align:center'><span class='logo' style='font-size:15pt'>Gemeente {e(home.municipality)}</span><br><span class='small'>Burgerlijke Stand</span></div>"
        "<h1 style='text-align:center;font-size:14pt;margin-top:6mm'>Uittreksel uit het register van geboorten</h1>"
        + "<table class='ruled' style='width:100%'>" + "".join(f"<tr><td style='width:50mm'>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        + f"<p style='margin-top:5mm'>Voor uittreksel conform het register, {e(home.city)}, {c.d(day)}</p>"
        f"<p>De ambtenaar van de burgerlijke stand,<br><br>{e(c.person(born=(1960, 1995)).name('initials'))}</p>"
        "<p class='small'>Leges: zie tarieventabel. Dit uittreksel vermeldt geen adres en is geen uittreksel uit de Basisregistratie Personen.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}


def overboekingsbevestiging_huurbetaling(c: Ctx):
    """Fresh19. A bank's confirmation of one transfer printed from internet banking: "Overboeking uitgevoerd", from the payer's
    account (name and IBAN), to a housing corporation's IBAN, the amount, the description with the contract number, the execution date
    and a transaction reference: a statement's holder, IBAN and date on a receipt that is no statement."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "short"), amounts=("euro",))
    person, home, day = _who(c)
    bank = c.pick("INGB", "RABO", "ABNA", "SNSB")
    corp = c.pick("Ymere", "Portaal", "Woonbron", "Lefier", "Vidomes", "Havensteder")
    rent = values.amount(c.rng.randint(480, 900) + c.rng.randint(0, 99) / 100)
    rows = [("Van", f"{e(person.name('initials'))}<br>{e(values.iban_text(values.iban(c.rng, bank), True))}"),
            ("Naar", f"{e(corp)}<br>{e(values.iban_text(values.iban(c.rng, c.pick('BNGH', 'RABO', 'INGB')), True))}"),
            ("Bedrag", c.a(rent)), ("Omschrijving", f"huur {e(values.MONTHS[day.month - 1])} contract {c.rng.randint(100000, 999999)}"),
            ("Uitvoeringsdatum", c.d(day)), ("Transactiereferentie", f"{c.rng.randint(10**11, 10**12 - 1)}")]
    body = (
        f"<div class='logo' style='font-size:15pt'>{e(values.BANKS[bank])}</div>"
        "<div style='margin-top:8mm;text-align:center'><div style='font-size:26pt;color:#2e8b57'>&#10003;</div>"
        "<h1 style='font-size:15pt'>Overboeking uitgevoerd</h1></div>"
        + "<table class='lines' style='width:100%;margin-top:4mm'>" + "".join(f"<tr><td style='width:50mm'>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        + "<p class='small' style='margin-top:6mm'>Bewaar deze bevestiging voor uw administratie. Dit is geen rekeningafschrift.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}


# --- fresh20 split ---------------------------------------------------------------------------


def pgb_zorgovereenkomst_sociaal_netwerk(c: Ctx):
    """Fresh20. The SVB's model "Zorgovereenkomst met een persoon uit het sociale netwerk" for a personal care budget (pgb): the budget
    holder with BSN and birth date, the family member who gives the care, their relation, the kind of care, hours a week, the hourly rate,
    the start date and the two signing dates: a care declaration's carer, cared-for and dates in a budget contract that declares no care
    need and is no declaration."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long"), amounts=("euro",))
    holder, home, day = _who(c)
    carer = c.person(born=(1955, 2002), surname=holder.surname if c.rng.random() < 0.5 else None)
    begins = dt.date(day.year, day.month, 1) + dt.timedelta(days=c.rng.choice((31, 45, 61)))
    begins = dt.date(begins.year, begins.month, 1)
    rate = values.amount(c.rng.choice((18.5, 21.0, 23.5, 25.0, 27.75)))
    rows = [("Budgethouder", f"{e(holder.name('all'))}<br>BSN {e(values.bsn_text(holder.bsn, 0))}, geboren {e(values.date_text(holder.birth_date, 'dash'))}<br>"
                             f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
            ("Zorgverlener", f"{e(carer.name('all'))}, geboren {e(values.date_text(carer.birth_date, 'dash'))}"),
            ("Relatie tot budgethouder", e(c.pick("dochter", "zoon", "partner", "zus", "broer", "buurvrouw"))),
            ("Wet", e(c.pick("Wet langdurige zorg (Wlz)", "Wet maatschappelijke ondersteuning (Wmo)", "Zorgverzekeringswet (Zvw)"))),
            ("Soort zorg", e(c.pick("begeleiding individueel", "persoonlijke verzorging", "kortdurend verblijf", "huishoudelijke hulp"))),
            ("Aantal uren per week", str(c.rng.randint(4, 30))), ("Tarief per uur", e(values.amount_text(rate, "euro"))),
            ("Ingangsdatum", e(values.date_text(begins, "dash"))), ("Einddatum", c.pick("onbepaalde tijd", e(values.date_text(dt.date(begins.year + 1, begins.month, 1) - dt.timedelta(days=1), "dash"))))]
    body = (
        "<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>Sociale Verzekeringsbank</span><br><span class='small'>Persoonsgebonden budget</span></td>"
        f"<td class='right small'>Formulier Z{c.rng.randint(10, 99)} &middot; versie {c.rng.randint(2021, 2025)}</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:6mm'>Zorgovereenkomst met een persoon uit het sociale netwerk</h1>"
        "<p class='small'>Gebruik deze overeenkomst als iemand uit uw familie of omgeving zorg levert die u betaalt uit uw pgb. Stuur haar naar de SVB; "
        "het zorgkantoor of de gemeente beoordeelt de overeenkomst.</p>"
        + "<table class='ruled' style='width:100%'>" + "".join(f"<tr><td style='width:55mm'>{k}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"
        "<p class='small'>De zorgverlener is niet in dienst van de budgethouder in de zin van een arbeidsovereenkomst met loon uit dienstbetrekking, tenzij "
        "hieronder anders is aangekruist. &#9744; arbeidsovereenkomst</p>"
        + "<table class='ruled' style='width:100%;margin-top:4mm'><tr><th>Ondertekening</th><th>Datum</th><th>Handtekening</th></tr>"
        f"<tr><td>Budgethouder</td><td>{c.d(day)}</td><td style='height:11mm'></td></tr>"
        f"<tr><td>Zorgverlener</td><td>{e(values.date_text(day + dt.timedelta(days=c.rng.randint(0, 6)), 'dash'))}</td><td style='height:11mm'></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


_NOTARIES20 = ("Notariskantoor Van Wijk & De Bruin", "Notariaat Centrum", "Hoekstra Notarissen", "Notariskantoor Aydın", "De Graaf Notariaat")


def notaris_verklaring_van_erfrecht(c: Ctx):
    """Fresh20. A notary's "Verklaring van erfrecht" after a tenant's death: the deceased with birth date, last address and postcode, the
    day and place of death, the heirs with their birth dates and relation, the executor and the estate's bank account (IBAN) to which the
    corporation may pay back the deposit: a BRP extract's names, dates and address and a bank statement's IBAN in a deed that is neither."""
    c.font_of(c.pick(("Liberation Serif", "EB Garamond"), ("Caladea", "DejaVu Serif")))
    c.restyle17(dates=("long", "dash"), amounts=("euro",))
    deceased, home, day = _who(c)
    died = day - dt.timedelta(days=c.rng.randint(20, 120))
    heirs = [c.person(born=(1960, 2000), surname=deceased.surname) for _ in range(c.rng.randint(1, 3))]
    notary = c.person(born=(1960, 1988), titled=0.0)
    office = c.rng.choice(_NOTARIES20)
    iban = values.iban(c.rng, c.pick("INGB", "RABO", "ABNA"))
    rows = "".join(f"<tr><td>{e(h.name('all'))}</td><td>{e(values.date_text(h.birth_date, 'dash'))}</td><td>{e(c.pick('zoon' if h.sex == 'm' else 'dochter', 'kind'))}</td>"
                   f"<td>1/{len(heirs)}</td></tr>" for h in heirs)
    body = (
        f"<div style='text-align:center'><span class='logo' style='font-size:14pt'>{e(office)}</span></div>"
        "<h1 style='text-align:center;font-size:15pt;margin-top:6mm'>VERKLARING VAN ERFRECHT</h1>"
        f"<p>Ondergetekende, mr. {e(notary.name('initials'))}, notaris te {e(home.city)}, verklaart:</p>"
        f"<p><b>1. Overledene.</b> Op {e(values.date_text(died, 'long'))} is te {e(home.city)} overleden {e(deceased.name('all'))}, geboren op "
        f"{e(values.date_text(deceased.birth_date, 'long'))}, laatst wonende te {e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}, "
        f"burgerservicenummer {e(values.bsn_text(deceased.bsn, 0))}.</p>"
        "<p><b>2. Erfgenamen.</b> Uit het Centraal Testamentenregister blijkt dat de overledene geen uiterste wilsbeschikking heeft gemaakt. Erfgenamen "
        "krachtens de wet zijn:</p>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Naam</th><th>Geboren</th><th>Relatie</th><th>Aandeel</th></tr>" + rows + "</table>"
        f"<p><b>3. Bevoegdheid.</b> De erfgenamen zijn gezamenlijk bevoegd; zij hebben {e(heirs[0].name('first'))} gevolmachtigd de nalatenschap af te wikkelen, "
        "waaronder de opzegging van de huurovereenkomst van de woning.</p>"
        f"<p><b>4. Rekening.</b> Tegoeden en een terug te betalen waarborgsom kunnen worden overgemaakt op rekening {e(values.iban_text(iban, True))} "
        f"ten name van Erven {e(deceased.name('initials'))}.</p>"
        f"<p style='margin-top:6mm'>Afgegeven te {e(home.city)} op {c.d(day)}.</p>"
        f"<p>mr. {e(notary.name('initials'))}, notaris</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}


# --- fresh21 split ---------------------------------------------------------------------------

_ALARM21 = ("SeniorAlert Alarmcentrale", "Thuisalarm Nederland", "WijkAlarm Zorgcentrale", "Zorgpunt Alarmering")


def personenalarmering_contactpersonen_formulier(c: Ctx):
    """Fresh21. A personal-alarm service's registration form with the contact persons ("Aanmelding personenalarmering"): the client with
    birth date, address and postcode, the alarm centre "24 uur per dag, 7 dagen per week" bereikbaar, three contact persons in order of
    calling (a daughter or son first, with "sleutel: ja", a neighbour), the monthly fee, the installation day and the signing day: a care
    declaration's carer, cared-for and "24 uur per dag" on a service contract that declares no care."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long"), amounts=("euro",))
    client, home, day = _who(c)
    client = c.person(born=(1930, 1955), titled=0.05)
    child = c.person(born=(1955, 1985), surname=client.surname if c.rng.random() < 0.6 else None)
    neighbour, third = c.person(born=(1945, 1995)), c.person(born=(1950, 1995))
    service = c.rng.choice(_ALARM21)
    installed = day + dt.timedelta(days=c.rng.randint(3, 20))
    phone = lambda: f"06-{c.rng.randint(10000000, 99999999)}"  # noqa: E731
    contacts = [(child, c.pick("dochter", "zoon") if child.surname == client.surname else "schoondochter", "ja"),
                (neighbour, c.pick("buurvrouw", "buurman"), "ja"), (third, c.pick("kleinzoon", "vriendin", "nicht"), "nee")]
    rows = "".join(f"<tr><td>{i + 1}</td><td>{e(p.name('all'))}</td><td>{e(rel)}</td><td>{phone()}</td><td>{key}</td></tr>" for i, (p, rel, key) in enumerate(contacts))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#c0392b'>{e(service)}</span><br>"
        "<span class='small'>Meldkamer 24 uur per dag, 7 dagen per week bereikbaar</span></td>"
        f"<td class='right small'>Klantnummer {c.rng.randint(100000, 999999)}</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Aanmelding personenalarmering &mdash; contactpersonen</h1>"
        "<h3>1. Gegevens alarmgebruiker</h3>"
        + kv([("Naam", e(client.name("all"))), ("Geboortedatum", e(values.date_text(client.birth_date, "dash"))),
              ("Adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Alarmopvolging", c.pick("eigen contactpersonen", "eigen contactpersonen, daarna thuiszorg"))], label_width="42mm")
        + "<h3>2. Contactpersonen (in volgorde van bellen)</h3>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Nr.</th><th>Naam</th><th>Relatie</th><th>Telefoon</th><th>Sleutel</th></tr>" + rows + "</table>"
        "<p class='small'>Contactpersonen moeten binnen 30 minuten bij de woning kunnen zijn en een sleutel hebben. De meldkamer belt bij een alarm eerst de "
        "alarmgebruiker via het alarmtoestel en daarna de contactpersonen.</p>"
        "<h3>3. Abonnement</h3>"
        + kv([("Abonnement", f"{e(values.amount_text(values.amount(c.rng.choice((19.95, 24.50, 27.95, 31.00))), 'euro'))} per maand"),
              ("Installatie", e(values.date_text(installed, "long")))], label_width="42mm")
        + "<table class='ruled' style='width:100%;margin-top:4mm'><tr><th>Ondertekening</th><th>Naam</th><th>Datum</th></tr>"
        f"<tr><td>Alarmgebruiker</td><td>{e(client.name('initials'))}</td><td>{c.d(day)}</td></tr>"
        f"<tr><td>Eerste contactpersoon</td><td>{e(child.name('initials'))}</td><td>{e(values.date_text(day, 'dash'))}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


_RENTALS21 = ("Staybird", "CityNest", "Logeerplek.nl", "UrbanStay")
_LISTINGS21 = ("Sfeervol appartement in het centrum", "Licht appartement met balkon", "Knusse woning vlak bij het station", "Rustig appartement, 2 slaapkamers")


def vakantieverhuur_boekingsbevestiging_gast(c: Ctx):
    """Fresh21. A holiday-rental platform's booking confirmation as the host (a tenant who lets the home out) printed it: the host's name,
    the listing's address with postcode, the guests by name, the check-in and check-out days, the nights times the price per night, the
    cleaning and service fees, the payout and the host's IBAN: an absence, another occupant, dates and an account on a document that is no
    house-sitting request, no sublet and no statement."""
    c.font_of(c.pick(("Open Sans", "Cantarell"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "short_nodot"), amounts=("euro",))
    host, home, day = _who(c)
    platform = c.rng.choice(_RENTALS21)
    guests = [c.person(born=(1960, 2004)) for _ in range(c.rng.randint(1, 3))]
    arrive = day + dt.timedelta(days=c.rng.randint(7, 90))
    nights = c.rng.randint(2, 12)
    leave = arrive + dt.timedelta(days=nights)
    price = c.rng.choice((89, 115, 129, 145, 165, 189))
    cleaning, fee = c.rng.choice((35, 45, 60)), round(nights * price * 0.03, 2)
    payout = values.amount(nights * price + cleaning - fee)
    iban = values.iban(c.rng, c.pick("INGB", "RABO", "ABNA", "BUNQ"))
    money = lambda v: e(values.amount_text(values.amount(v), "euro"))  # noqa: E731
    body = (
        f"<div style='display:flex;justify-content:space-between;border-bottom:1px solid #ddd;padding-bottom:2mm'><span class='logo' style='font-size:17pt;color:#e0565b'>"
        f"{e(platform)}</span><span class='small'>Reservering {''.join(c.rng.choice('ABCDEFHJKMNPQRSTUVWXYZ23456789') for _ in range(10))}</span></div>"
        f"<h1 style='font-size:16pt;margin-top:6mm'>Nieuwe reservering bevestigd</h1>"
        f"<p>Hoi {e(host.given[0])}, {e(guests[0].given[0])} komt op {e(values.date_text(arrive, 'long'))} aan. Stuur je gast een bericht om de aankomst te regelen.</p>"
        f"<div class='box'><b>{e(c.rng.choice(_LISTINGS21))}</b><br>{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}<br>"
        f"<span class='small'>Host: {e(host.name('all'))}</span></div>"
        + kv([("Inchecken", f"{c.d(arrive)}, vanaf 15:00"), ("Uitchecken", f"{c.d(leave)}, tot 11:00"),
              ("Gasten", ", ".join(e(g.name("first")) for g in guests)), ("Geboekt op", e(values.date_text(day, "dash")))], label_width="40mm")
        + "<h3>Uitbetaling</h3>"
        + kv([(f"€ {price},00 x {nights} nachten", money(nights * price)), ("Schoonmaakkosten", money(cleaning)),
              ("Servicekosten host (3%)", f"&minus; {money(fee)}"), ("Jouw uitbetaling", f"<b>{e(values.amount_text(payout, 'euro'))}</b>"),
              ("Uitbetaald op", f"{e(values.iban_text(iban, True))}, één dag na het inchecken")], label_width="60mm")
        + "<p class='small' style='margin-top:5mm'>Let op: verhuur je in een gemeente met regels voor vakantieverhuur, dan ben je zelf verantwoordelijk voor een "
        "registratienummer en de melding van elke verhuur.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


# --- fresh22 split ---------------------------------------------------------------------------


def rechtsbijstand_toevoeging_peiljaar(c: Ctx):
    """Fresh22. The Legal Aid Board's (Raad voor Rechtsbijstand) decision granting subsidised legal aid ("toevoeging") in a tenancy case
    about co-tenancy: the client's name, BSN and address, the lawyer, the case code and number, the reference year ("peiljaar") two years
    back with the income and assets the Belastingdienst supplied, the own contribution and the day of the application: an income statement's
    name, BSN, year and income from the same source, in a decision that is no income statement."""
    person, home, day = _who(c)
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("long", "dash", "long_pad"), amounts=("euro", "EUR_grouped"))
    lawyer = c.person(born=(1960, 1992), titled=1.0)
    year = day.year - 2
    income = values.amount(c.rng.randint(14000, 36000) + c.rng.randint(0, 99) / 100)
    asked = day - dt.timedelta(days=c.rng.randint(3, 25))
    body = (
        "<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:#4b2c7a'>Raad voor Rechtsbijstand</span></td>"
        "<td class='right small'>Postbus 70503<br>5201 CD 's-Hertogenbosch</td></tr></table>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(day)), ("Toevoegingsnummer", f"{c.rng.randint(1, 9)}{c.rng.choice('ABCDEFGHJK')}{c.rng.choice('ABCDEFGHJK')}{c.rng.randint(1000, 9999)}"),
              ("Zaakcode", "H030 huurrecht &ndash; medehuur / voortzetting huur"), ("Datum aanvraag", e(values.date_text(asked, "dash")))], label_width="40mm")
        + "<h2>Besluit: u krijgt een toevoeging</h2>"
        f"<p>Uw advocaat, {e(lawyer.titled('initials'))}, heeft voor u gesubsidieerde rechtsbijstand aangevraagd. Wij kennen de toevoeging toe.</p>"
        "<h3>Hoe hebben wij uw draagkracht berekend?</h3>"
        + kv([("Naam", e(person.name("initials"))), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 0))), ("Peiljaar", str(year)),
              ("Inkomen in het peiljaar (verzamelinkomen)", c.a(income)), ("Vermogen in het peiljaar", e(values.amount_text(values.amount(c.rng.randint(0, 30000)), "euro"))),
              ("Uw eigen bijdrage", e(values.amount_text(values.amount(c.pick(240, 240, 450, 660)), "euro")))], label_width="72mm")
        + "<p class='small' style='margin-top:3mm'>Uw inkomen en vermogen hebben wij opgevraagd bij de Belastingdienst. Is uw inkomen nu minstens 15% lager dan in het "
        "peiljaar? Dan kunt u binnen zes weken peiljaarverlegging vragen. Dit besluit is geen inkomensverklaring.</p>"
        "<p>Raad voor Rechtsbijstand</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


def parkeervergunning_bewonersvergunning_besluit(c: Ctx):
    """Fresh22. A municipality's decision granting a resident's parking permit: the holder's name, the address and postcode "volgens de
    Basisregistratie Personen" with the day of settling there, the licence plate, the permit area, the permit's start and end, the fee and
    an earlier day of application: a BRP extract's municipality, address and dates in a parking decision that is no extract."""
    person, home, day = _who(c)
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Cantarell", "Carlito")))
    c.restyle17(dates=("dash", "long", "dot_pad", "wd_nopad"), amounts=("euro",))
    since = c.date((2005, 1, 1), (2025, 6, 30))
    asked = day - dt.timedelta(days=c.rng.randint(5, 30))
    start = day + dt.timedelta(days=c.rng.randint(0, 14))
    plate = f"{c.rng.choice('GHJKLNPRSTXZ')}-{c.rng.randint(100, 999)}-{c.rng.choice('BDFGHJKLNPRSTVXZ')}{c.rng.choice('BDFGHJKLNPRSTVXZ')}"
    body = (
        f"<div class='logo' style='font-size:16pt'>Gemeente {e(home.municipality)}</div><div class='small'>Parkeren &middot; vergunningen</div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(day)), ("Uw aanvraag van", e(values.date_text(asked, "dash"))), ("Zaaknummer", f"PV-{day.year}-{c.rng.randint(10000, 99999)}")], label_width="40mm")
        + "<h2>Besluit bewonersvergunning parkeren</h2>"
        f"<p>U vroeg een bewonersvergunning aan. Volgens de Basisregistratie Personen woont u sinds {e(values.date_text(since, 'dash'))} op het adres "
        f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}. Daarmee voldoet u aan de voorwaarden.</p>"
        + kv([("Vergunninghouder", e(person.name("initials"))), ("Kenteken", plate), ("Vergunninggebied", f"{c.pick('A', 'B', 'C', 'Centrum', 'Oost-2', 'Schil')}"),
              ("Geldig van", e(values.date_text(start, "dash"))), ("Geldig tot en met", e(values.date_text(dt.date(start.year, 12, 31), "dash"))),
              ("Kosten", e(values.amount_text(values.amount(c.rng.choice((42.5, 68, 95.6, 137.2, 214))), "euro")))], label_width="48mm")
        + "<p class='small' style='margin-top:3mm'>Verhuist u of verkoopt u de auto? Dan vervalt de vergunning. Bent u het niet eens met dit besluit? Dan kunt u binnen "
        "zes weken bezwaar maken.</p>"
        f"<p>Met vriendelijke groet,<br>het college van burgemeester en wethouders van {e(home.municipality)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


def stempas_gemeenteraadsverkiezing(c: Ctx):
    """Fresh23. A voting pass ("stempas") for the municipal council elections of 18 March 2026: the municipality, the voter's name and
    address as the Basisregistratie Personen held them on the day of nomination (2 February 2026), the pass's number, the polling hours, a
    barcode, the nearest polling station with its address and the part on the back for authorising another voter (a BRP extract's
    municipality, name and address with its dates, in a document that is no extract)."""
    person, home, _day = _who(c)
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("DejaVu Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "wd_nopad"), amounts=("euro",))
    sent = dt.date(2026, 3, c.rng.randint(2, 4))
    station = c.pick("Wijkcentrum De Schakel", "Basisschool De Regenboog", "Bibliotheek", "Sporthal Het Veld", "Buurthuis De Kastanje", "Kerkelijk centrum De Ark")
    where = people.address(c.rng)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>Gemeente {e(home.municipality)}</span></td>"
        f"<td class='right small'>Verzonden op {e(values.date_text(sent, 'long'))}</td></tr></table>"
        f"<div style='border:2.5px solid #d35400;padding:4mm;margin-top:4mm'><div style='font-size:22pt;font-weight:bold;color:#d35400'>STEMPAS</div>"
        f"<div>Verkiezing van de leden van de gemeenteraad van {e(home.municipality)}</div><div><b>woensdag 18 maart 2026</b>, 07.30 tot 21.00 uur</div>"
        + address_block([person.name("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Stempasnummer", f"{c.rng.randint(100000000, 999999999)}"), ("Peildatum", "2 februari 2026 (dag van de kandidaatstelling)")], label_width="38mm")
        + barcode(c.rng, 52, "9mm")
        + "</div>"
        "<p style='margin-top:4mm'>Op de dag van de kandidaatstelling stond u volgens de Basisregistratie Personen in onze gemeente ingeschreven. Daarom mag u "
        "stemmen. Met deze stempas kunt u in elk stembureau in de gemeente stemmen. Neem ook een geldig identiteitsbewijs mee.</p>"
        f"<p><b>Stembureau bij u in de buurt:</b> {e(station)}, {e(where.street)} {e(where.house_number_text)}</p>"
        "<div class='box small'><b>Iemand anders voor u laten stemmen (volmacht)</b><br>Vul hieronder de naam van de kiezer in die voor u stemt. Die kiezer "
        "moet ook in de gemeente wonen en neemt een kopie van uw identiteitsbewijs mee.<br><br>Naam gemachtigde: ____________________ &nbsp; "
        "Handtekening kiezer: ____________________</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}


_BAILIFFS23 = ("Gerechtsdeurwaarderskantoor Van der Linden & Bos", "Deurwaarderskantoor Noord-Nederland B.V.", "Gerechtsdeurwaarders Rutten & Kroes",
               "Incasso en Deurwaarderij Hofman", "Gerechtsdeurwaarderskantoor Meijerink")


def deurwaarder_beslagvrije_voet_mededeling(c: Ctx):
    """Fresh23. A bailiff's notice of the protected income ("mededeling beslagvrije voet") after a garnishment of wages for rent arrears:
    the debtor's name, BSN and address, the creditor (a corporation) and the file number, the employer under whom the garnishment was laid,
    the net income per month, the holiday pay, the protected amount and the sum to be paid off per month, with the day the garnishment was
    laid and the day of the calculation (an income statement's name, BSN and income figures in a bailiff's notice that is none)."""
    person, home, day = _who(c)
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("DejaVu Serif", "Liberation Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad"), amounts=("euro",))
    office = c.rng.choice(_BAILIFFS23)
    laid = day - dt.timedelta(days=c.rng.randint(10, 40))
    net = c.rng.randint(1400, 3200) + c.rng.randint(0, 99) / 100
    protected = round(net * c.rng.uniform(0.88, 0.95), 2)
    money = lambda v: e(values.amount_text(values.amount(v), "euro"))  # noqa: E731
    body = (
        f"<div style='text-align:right'><span class='logo' style='font-size:14pt'>{e(office)}</span><br><span class='small'>gerechtsdeurwaarders en incasso</span></div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", e(values.date_text(day, "long"))), ("Dossiernummer", f"{c.rng.randint(100000, 999999)}/{c.pick('HV', 'KW', 'BV')}"),
              ("Opdrachtgever", e(c.pick("Ymere", "Portaal", "Woonstad Rotterdam", "Eigen Haard", "Woonopmaat"))), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 0)))],
             label_width="40mm")
        + "<h2>Mededeling beslagvrije voet</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>Op {e(values.date_text(laid, 'dash'))} hebben wij beslag gelegd op uw loon onder {e(c.pick('Technische Unie B.V.', 'Albert Heijn B.V.', 'Zorggroep Rivierenland', 'PostNL Pakketten Benelux B.V.'))}, "
        "wegens een huurachterstand. Een deel van uw inkomen blijft altijd voor u: de beslagvrije voet. Wij hebben die als volgt berekend.</p>"
        "<table class='ruled' style='width:85%;font-size:9.2pt'>"
        f"<tr><td>Uw netto inkomen per maand</td><td class='right'>{money(net)}</td></tr>"
        f"<tr><td>Vakantiegeld per maand</td><td class='right'>{money(round(net * 0.08, 2))}</td></tr>"
        f"<tr><td><b>Beslagvrije voet per maand</b></td><td class='right'><b>{money(protected)}</b></td></tr>"
        f"<tr><td>Afloscapaciteit per maand</td><td class='right'>{money(round(net - protected, 2))}</td></tr></table>"
        "<p style='margin-top:3mm'>Klopt de berekening niet, bijvoorbeeld omdat u woonkosten of zorgtoeslag hebt die wij niet kennen? Laat het ons binnen vier weken weten.</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(c.person(born=(1965, 1992)).name('initials'))}<br><span class='small'>(toegevoegd) gerechtsdeurwaarder</span></p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


_INSURERS24 = ("Zilveren Kruis", "CZ", "VGZ", "Menzis", "DSW", "ONVZ", "a.s.r.", "Zorg en Zekerheid")


def huisarts_inschrijfformulier_gezin(c: Ctx):
    """Fresh24. A GP practice's registration form for new patients filled in for a whole household: per person the name, birth date, BSN,
    health insurer and policy number, the shared address and postcode, the previous GP, consent to share the record ("LSP") and the day of
    signing (a BRP extract's names, birth dates, BSNs and address on a practice's form that is no extract)."""
    person, home, day = _who(c)
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "nopad"), amounts=("euro",))
    others = [c.person(born=(1955, 2003), surname=c.pick(person.surname, c.person().surname))]
    others += [c.person(born=(2008, 2024), surname=person.surname) for _ in range(c.rng.randint(0, 2))]
    family = [person] + others
    practice = c.pick("Huisartsenpraktijk De Brink", "Gezondheidscentrum Oost", "Huisartsen aan de Vaart", "Praktijk Bloemendaal & Kok", "Huisartsengroep Het Lint")
    rows = "".join(f"<tr><td>{e(p.name('all'))}</td><td>{e(values.date_text(p.birth_date, 'dash'))}</td><td>{e(values.bsn_text(p.bsn, 0))}</td>"
                   f"<td>{e(c.rng.choice(_INSURERS24))}</td><td>{c.rng.randint(100000000, 999999999)}</td></tr>" for p in family)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#1d6b52'>{e(practice)}</span></td>"
        f"<td class='right small'>{e(home.city)}<br>Spoed: 0{c.rng.randint(10, 88)}-{c.rng.randint(1000000, 9999999)}</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Inschrijfformulier nieuwe patiënten</h1>"
        "<p class='small' style='margin-top:0'>Vul per gezinslid een regel in. Neem bij het kennismakingsgesprek een identiteitsbewijs mee.</p>"
        + kv([("Adres", e(home.line1())), ("Postcode en woonplaats", f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Telefoon", f"06-{c.rng.randint(10000000, 99999999)}")], label_width="46mm")
        + "<table class='ruled' style='width:100%;font-size:8.6pt;margin-top:3mm'><tr><th>Naam</th><th>Geboortedatum</th><th>BSN</th><th>Zorgverzekeraar</th>"
        "<th>Polisnummer</th></tr>" + rows + "</table>"
        + kv([("Vorige huisarts", f"{e(c.person(born=(1955, 1985)).titled('initials'))}, {e(c.rng.choice(people.places())[1])}"),
              ("Toestemming inzage dossier (LSP)", c.check(c.rng.random() < 0.7)), ("Datum", c.d(day))], label_width="62mm")
        + "<p class='small' style='margin-top:4mm'>Wij schrijven alleen patiënten in die in ons werkgebied wonen. Uw dossier vragen wij op bij uw vorige huisarts.</p>"
        "<table style='width:100%;margin-top:3mm'><tr><td style='width:60%;border-bottom:0.8px solid #333'>Handtekening:</td><td></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), {}


_TWV24 = (("Kwekerij Van der Lans B.V.", "De Lier", "teeltmedewerker"), ("Restaurant Golden Dragon V.O.F.", "Almere", "specialiteitenkok"),
          ("Scheepswerf Noord B.V.", "Harlingen", "lasser"), ("Stichting Zorgcentrum De Linde", "Venlo", "verpleegkundige"),
          ("Circus Renz Berlin GmbH, vestiging Nederland", "Beverwijk", "artiest"))


def uwv_tewerkstellingsvergunning_twv(c: Ctx):
    """Fresh24. UWV's decision granting a work permit ("tewerkstellingsvergunning", TWV) under the Wet arbeid vreemdelingen: the employer and
    its address, the foreign worker with birth date and nationality, the function, the place of work, the period the permit is valid from and
    to, the wage and the decision's day (an employment contract's employer, employee, dates and place in a permit that is no contract)."""
    person, home, day = _who(c)
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad"), amounts=("euro",))
    worker = c.person(born=(1970, 2004), origin=c.pick("id", "cn", "gh", "af", "er"))
    employer, place, job = c.rng.choice(_TWV24)
    start = day + dt.timedelta(days=c.rng.randint(14, 60))
    end = start + dt.timedelta(days=c.rng.choice((182, 364, 729)))
    body = (
        "<div style='text-align:right'><span class='logo' style='font-size:16pt;color:#0062a3'>UWV</span><br><span class='small'>Team Wet arbeid vreemdelingen<br>"
        "Postbus 58430, 1040 HK Amsterdam</span></div>"
        + address_block([employer, f"t.a.v. {person.titled('initials')}", home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(day)), ("Ons kenmerk", f"TWV-{day.year}-{c.rng.randint(100000, 999999)}")], label_width="32mm")
        + "<h2>Beschikking tewerkstellingsvergunning</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        "<p>U vroeg een tewerkstellingsvergunning aan. Wij verlenen de vergunning onder de volgende voorwaarden.</p>"
        + kv([("Werkgever", e(employer)), ("Vreemdeling", e(worker.name("all"))), ("Geboortedatum", e(values.date_text(worker.birth_date, "dash"))),
              ("Nationaliteit", c.pick("Indonesische", "Chinese", "Ghanese", "Afghaanse", "Eritrese")), ("Functie", e(job)), ("Plaats van tewerkstelling", e(place)),
              ("Geldig van", c.d(start)), ("Geldig tot en met", c.d(end)),
              ("Loon", f"{e(values.amount_text(values.amount(c.rng.randint(2100, 3600)), 'euro'))} bruto per maand")], label_width="52mm")
        + "<p style='margin-top:3mm'>Deze vergunning is geen arbeidsovereenkomst. De vreemdeling mag alleen bij u en alleen in de genoemde functie werken. "
        "Bent u het niet eens met deze beschikking? Dan kunt u binnen zes weken bezwaar maken.</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(c.person(born=(1965, 1994)).name('initials'))}<br><span class='small'>adviseur Wet arbeid vreemdelingen</span></p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), {}


# --- fresh25 split ---------------------------------------------------------------------------

_ZVW25 = {2023: ("5,43%", 66956), 2024: ("5,32%", 71628), 2025: ("5,26%", 75860)}


def belastingdienst_aanslag_bijdrage_zvw(c: Ctx):
    """Fresh25. The Belastingdienst's assessment of the income-related contribution under the Zorgverzekeringswet ("Aanslag
    inkomensafhankelijke bijdrage Zvw") for someone who owes it over income on which nothing was withheld: the name, the BSN in the
    assessment's number, the year, the "bijdrage-inkomen" with the maximum and the percentage, the provisional assessment already paid, the
    sum to pay, the due day and the Belastingdienst's IBAN (an income statement's sender, name, BSN, year and an income figure on an
    assessment that is no income statement and gives no verzamelinkomen)."""
    person, home, day = _who(c)
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("long", "dash", "long_pad"), amounts=("euro",))
    year = c.rng.choice((2023, 2024, 2025))
    day = max(day, dt.date(year + 1, 4, 1))
    rate, maximum = _ZVW25[year]
    base = c.rng.randint(6000, 82000) + c.rng.randint(0, 99) / 100
    counted = min(base, maximum)
    levy = round(counted * float(rate.rstrip("%").replace(",", ".")) / 100, 2)
    paid = round(levy * c.rng.uniform(0, 0.9), 0)
    money = lambda v: e(values.amount_text(values.amount(v), "euro"))  # noqa: E731
    number = f"{person.bsn[:4]}.{person.bsn[4:6]}.{person.bsn[6:]}.Z.{str(year)[-2:]}"
    body = (
        "<div style='text-align:right'><span class='logo' style='font-size:14pt'>Belastingdienst</span><br>"
        "<span class='small'>Postbus 9047, 7300 GK Apeldoorn</span></div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Dagtekening", c.d(day)), ("Aanslagnummer", e(number)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 2))),
              ("Vervaldatum", e(values.date_text(day + dt.timedelta(days=c.rng.choice((42, 56, 60))), "long")))], label_width="44mm")
        + f"<h2>Aanslag inkomensafhankelijke bijdrage Zorgverzekeringswet {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>Over een deel van uw inkomen in {year} is geen bijdrage voor de Zorgverzekeringswet ingehouden, bijvoorbeeld over winst, resultaat uit "
        "overige werkzaamheden of een buitenlands pensioen. Daarom krijgt u deze aanslag.</p>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Berekening</th><th class='right' style='width:38mm'>Bedrag</th></tr>"
        f"<tr><td>Bijdrage-inkomen {year}</td><td class='right'>{money(base)}</td></tr>"
        f"<tr><td>Maximumbijdrage-inkomen {year}</td><td class='right'>{money(maximum)}</td></tr>"
        f"<tr><td>Bijdrage: {rate} van {money(counted)}</td><td class='right'>{money(levy)}</td></tr>"
        f"<tr><td>Al vastgesteld bij voorlopige aanslag</td><td class='right'>{money(paid)}</td></tr>"
        f"<tr><td><b>Nog te betalen</b></td><td class='right'><b>{money(levy - paid)}</b></td></tr></table>"
        f"<p style='margin-top:3mm'>Betaal het bedrag vóór de vervaldatum op NL86 INGB 0002 4455 88 t.n.v. Belastingdienst, onder vermelding van betalingskenmerk "
        f"{c.rng.randint(1000, 9999)} {c.rng.randint(1000, 9999)} {c.rng.randint(1000, 9999)} {c.rng.randint(1000, 9999)}.</p>"
        "<p class='small'>Bent u het niet eens met deze aanslag? Dan kunt u binnen zes weken na de dagtekening bezwaar maken.</p>"
        "<p>Met vriendelijke groet,<br><br>de inspecteur</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), {}


_ENDINGS25 = ("mijn dochter komt weer bij mij wonen", "ik ga met mijn partner samenwonen in deze woning", "ik heb de kamer zelf weer nodig",
              "de toestemming van de corporatie voor de onderhuur loopt af")


def opzegging_onderhuur_kamer_brief(c: Ctx):
    """Fresh25. A main tenant's letter giving the subtenant of a room notice of the end of the sublet: both names, the home's address and
    postcode, the day the sublet contract was signed and the day it began, the monthly room rent, the end of the notice period, the
    inspection and the return of the deposit to the subtenant's IBAN, and the subtenant's "voor ontvangst" with a later day (a sublet
    contract's parties, address, rent and dates in a letter that ends it and is no contract)."""
    person, home, day = _who(c)
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "nopad", "weekday"), amounts=("euro", "dash", "euro_eq"))
    sub = c.person(born=(1980, 2005))
    signed = day - dt.timedelta(days=c.rng.randint(250, 1400))
    start = dt.date(signed.year, signed.month, 1) + dt.timedelta(days=31)
    start = dt.date(start.year, start.month, 1)
    end = dt.date(day.year + (day.month + 1) // 12, (day.month + 1) % 12 + 1, 1) - dt.timedelta(days=1)
    rent = values.amount(c.rng.choice((325, 350, 385, 410, 450, 495.5)))
    deposit = values.amount(float(rent) * c.rng.choice((1, 2)))
    seen = day + dt.timedelta(days=c.rng.randint(1, 6))
    check = end - dt.timedelta(days=c.rng.randint(0, 2))
    tn, sn = person.name(c.pick("all", "first")), sub.name(c.pick("all", "first"))
    body = (
        f"<p>{e(tn)}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city)}</p>"
        f"<p style='margin-top:6mm'>Aan: {e(sn)}<br>{e(home.line1())} (kamer)<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city)}</p>"
        f"<p style='margin-top:6mm'>{e(home.city)}, {c.d(day)}</p>"
        "<p><b>Onderwerp: opzegging onderhuurovereenkomst kamer</b></p>"
        f"<p>Beste {e(sn.split()[0])},</p>"
        f"<p>Op {c.d(signed)} hebben wij een onderhuurovereenkomst getekend voor de kamer in mijn woning aan de {e(home.line1())}. De onderhuur is ingegaan op "
        f"{c.d(start)}; de huur is {c.a(rent)} per maand.</p>"
        f"<p>Met deze brief zeg ik de onderhuurovereenkomst op, omdat {e(c.rng.choice(_ENDINGS25))}. Met inachtneming van de opzegtermijn eindigt de "
        f"overeenkomst op <b>{c.d(end)}</b>. Tot die dag betaal je de huur zoals afgesproken.</p>"
        f"<p>Ik wil de kamer op {c.d(check)} samen met jou bekijken. Als alles in orde is, maak ik de waarborgsom van {e(values.amount_text(deposit, 'euro'))} "
        f"binnen veertien dagen over op jouw rekening {e(values.iban_text(values.iban(c.rng, c.pick('INGB', 'RABO', 'ABNA', 'BUNQ')), True))}.</p>"
        f"<p>Met vriendelijke groet,<br><br><br>{e(tn)}</p>"
        f"<div class='box small' style='margin-top:8mm;width:95mm'>Voor ontvangst:<br>{e(sn)}<br>datum: {e(values.date_text(seen, 'dash'))}"
        "<br>handtekening: ______________________</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}



# --- fresh26 split ---------------------------------------------------------------------------

_TREATIES26 = (("Duitsland", "Germany"), ("België", "Belgium"), ("Spanje", "Spain"), ("Verenigd Koninkrijk", "United Kingdom"), ("Turkije", "Turkey"),
               ("Marokko", "Morocco"), ("Polen", "Poland"))


def verklaring_fiscale_woonplaats_tweetalig(c: Ctx):
    """Fresh26. The Belastingdienst's certificate of residence for a tax treaty ("Verklaring fiscale woonplaats / Certificate of residence"),
    every line in Dutch beside English in two columns: the name, the BSN, the birth date, the address and postcode, the year and the treaty
    country, the day of the request and the dagtekening (an income statement's sender, name, BSN and year, and a BRP extract's address, on a
    certificate that states no income at all)."""
    person, home, day = _who(c)
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("long", "dash", "long_pad"), amounts=("euro",))
    year = c.rng.choice((2024, 2025, 2026))
    country, country_en = c.rng.choice(_TREATIES26)
    asked = day - dt.timedelta(days=c.rng.randint(7, 40))
    name = person.name(c.pick("all", "initials"))
    rows = [("Naam / Name", e(name)), ("Burgerservicenummer / Citizen service number", e(values.bsn_text(person.bsn, c.pick(0, 2)))),
            ("Geboortedatum / Date of birth", f"{e(values.date_text(person.birth_date, 'dash'))}"),
            ("Adres / Address", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}, Nederland / the Netherlands"),
            ("Jaar / Year", str(year)), ("Verdragsland / Treaty country", f"{e(country)} / {e(country_en)}")]
    table = "".join(f"<tr><td style='width:72mm;color:#333'>{e(k)}</td><td>{v}</td></tr>" for k, v in rows)
    body = (
        "<div style='text-align:right'><span class='logo' style='font-size:14pt'>Belastingdienst</span><br>"
        "<span class='small'>Postbus 2865, 6401 DJ Heerlen</span></div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Dagtekening", c.d(day)), ("Uw verzoek van", e(values.date_text(asked, "long"))), ("Kenmerk", f"VFW/{c.rng.randint(100000, 999999)}")], label_width="40mm")
        + "<h2>Verklaring fiscale woonplaats &nbsp;/&nbsp; Certificate of residence</h2>"
        f"<table class='lines' style='width:100%;font-size:9.4pt'>{table}</table>"
        "<table style='width:100%;margin-top:4mm;font-size:9.2pt'><tr>"
        f"<td style='width:50%;vertical-align:top;padding-right:4mm'>De inspecteur verklaart dat de hierboven genoemde persoon in {year} inwoner van "
        f"Nederland is in de zin van het belastingverdrag tussen Nederland en {e(country)}.</td>"
        f"<td style='vertical-align:top;border-left:0.6px solid #999;padding-left:4mm'><i>The inspector certifies that the person named above is a "
        f"resident of the Netherlands in {year} within the meaning of the tax treaty between the Netherlands and {e(country_en)}.</i></td></tr></table>"
        "<p class='small' style='margin-top:4mm'>Deze verklaring zegt niets over de hoogte van uw inkomen of over belasting die u verschuldigd bent. "
        "/ This certificate does not state any income or tax due.</p>"
        "<p style='margin-top:6mm'>de inspecteur / the inspector<br><br>Belastingdienst/Particulieren</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), {}


_SETTLING26 = ("Logistiek Centrum Tilburg B.V.", "Van Dijk Installatietechniek B.V.", "Zorggroep Rivierenland", "Technische Unie B.V.",
               "Drukkerij Hoekstra B.V.", "Stichting Welzijn Oost")


def vaststellingsovereenkomst_einde_dienstverband(c: Ctx):
    """Fresh26. A settlement agreement ending an employment by mutual consent ("Vaststellingsovereenkomst"): the employer with its seat, the
    employee with birth date and address, the day the employment began, the function and the place of work, the day it ends, the leave from
    work, the transition payment, the final settlement and the fourteen days to reconsider, signed by both on a day (an employment
    contract's parties, dates and place in an agreement that ends the employment and is no contract of employment)."""
    person, home, day = _who(c)
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "long_pad", "nl_ordinal"), amounts=("euro", "EUR_grouped"))
    employer = c.rng.choice(_SETTLING26)
    seat, place = c.rng.choice(people.places())[1], c.rng.choice(people.places())[1]
    began = values.between(c.rng, max(dt.date(2009, 1, 1), person.birth_date + dt.timedelta(days=6575)), day - dt.timedelta(days=800))
    ends = dt.date(day.year + (day.month + 2) // 12, (day.month + 2) % 12 + 1, 1) - dt.timedelta(days=1)
    leave = day + dt.timedelta(days=c.rng.randint(3, 14))
    payment = values.amount(c.rng.randint(3000, 42000) + c.rng.choice((0, 0.5, 0.25)))
    name = person.name(c.pick("all", "initials"))
    items = [
        ("Einde dienstverband", f"De arbeidsovereenkomst, die op {c.d(began)} is ingegaan, eindigt met wederzijds goedvinden op {c.d(ends)}. "
                                "Het initiatief ligt bij werkgever; er is geen dringende reden."),
        ("Functie en standplaats", f"Werknemer is werkzaam als {c.pick('magazijnmedewerker', 'administratief medewerker', 'monteur', 'teamleider')} "
                                   f"met standplaats {e(place)}."),
        ("Vrijstelling van werk", f"Werknemer is vanaf {c.d(leave)} vrijgesteld van werk met behoud van salaris."),
        ("Transitievergoeding", f"Werkgever betaalt werknemer een bruto vergoeding van {c.a(payment)}, uiterlijk met de eindafrekening."),
        ("Getuigschrift", "Werkgever verstrekt op verzoek een positief getuigschrift."),
        ("Finale kwijting", "Met de uitvoering van deze overeenkomst verlenen partijen elkaar finale kwijting."),
        ("Bedenktermijn", "Werknemer kan deze overeenkomst binnen veertien dagen na ondertekening zonder opgave van redenen schriftelijk ontbinden."),
    ]
    body = (
        "<h1 style='text-align:center;font-size:15pt'>Vaststellingsovereenkomst</h1>"
        "<p>De ondergetekenden:</p>"
        f"<p>1. {e(employer)}, gevestigd te {e(seat)}, hierna &ldquo;werkgever&rdquo;;</p>"
        f"<p>2. {e(name)}, geboren op {c.d(person.birth_date)}, wonende {e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}, "
        "hierna &ldquo;werknemer&rdquo;;</p>"
        "<p>overwegende dat partijen van mening verschillen over de voortzetting van het dienstverband en dit op een nette manier willen beëindigen, "
        "komen het volgende overeen:</p>"
        + "".join(f"<p style='margin:0 0 2mm 0'><b>{i + 1}. {e(k)}</b><br>{v}</p>" for i, (k, v) in enumerate(items))
        + f"<p style='margin-top:4mm'>Aldus overeengekomen en in tweevoud getekend te {e(seat)} op {c.d(day)}.</p>"
        "<table style='width:100%;margin-top:10mm'><tr>"
        f"<td style='width:50%'>______________________<br>namens {e(employer)}</td><td>______________________<br>{e(name)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


# --- fresh27 split ---------------------------------------------------------------------------

_EXCHANGES27 = (("Noordbit Exchange B.V.", "Amsterdam"), ("Munttrade B.V.", "Utrecht"), ("Kluis Crypto B.V.", "Rotterdam"), ("Dijkcoin B.V.", "Groningen"))
_COINS27 = (("Bitcoin", "BTC"), ("Ethereum", "ETH"), ("Solana", "SOL"), ("Cardano", "ADA"), ("USD Coin", "USDC"), ("Ripple", "XRP"))


def crypto_exchange_jaaroverzicht_gekoppelde_rekening(c: Ctx):
    """Fresh27. A crypto exchange's year overview for the tax return (the holder's name and address, the linked Dutch bank account with its
    IBAN "t.n.v." the holder, the value of the holdings on 1 January as the box 3 figure, the coins with their numbers and values, the total of
    deposits and withdrawals in euros and the day it was made: a bank statement's holder, IBAN and date on an overview that is no statement of a
    bank account)."""
    person, home, day = _who(c)
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "Cantarell")))
    c.restyle17(dates=("long", "dash", "short_nodot"), amounts=("euro", "EUR_grouped"))
    exchange, seat = c.rng.choice(_EXCHANGES27)
    year = day.year - 1
    name = person.name(c.pick("all", "initials", "first"))
    linked = values.iban(c.rng, c.rng.choice(("INGB", "RABO", "ABNA", "SNSB", "BUNQ")))
    rows, total = "", 0.0
    for coin, code in c.rng.sample(_COINS27, c.rng.randint(2, 4)):
        worth = round(c.rng.uniform(20, 9000), 2)
        total += worth
        count = f"{c.rng.uniform(0.01, 900):.6f}".replace(".", ",")
        rows += f"<tr><td>{e(coin)} ({code})</td><td class='right'>{count}</td><td class='right'>{c.a(values.amount(worth))}</td></tr>"
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>{e(exchange)}</span><br><span class='small'>{e(seat)} &middot; "
        f"geregistreerd bij De Nederlandsche Bank als cryptoaanbieder</span></td><td class='right small'>Aangemaakt op {c.d(day)}</td></tr></table>"
        + address_block([name, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"<h2>Jaaroverzicht {year}</h2>"
        f"<p>Dit overzicht helpt u bij uw aangifte inkomstenbelasting over {year}. Vermeld de waarde op 1 januari in box 3.</p>"
        + kv([("Accounthouder", e(name)), ("Klantnummer", str(c.rng.randint(1000000, 9999999))),
              ("Gekoppelde bankrekening", f"{e(values.iban_text(linked, True))} t.n.v. {e(name)}")], label_width="52mm")
        + "<table class='lines' style='width:100%;margin-top:4mm'><tr><th>Munt</th><th class='right'>Aantal op 1 januari</th><th class='right'>Waarde in euro</th></tr>"
        f"{rows}<tr><td colspan='2'><b>Totale waarde op 1 januari {year}</b></td><td class='right'><b>{c.a(values.amount(total))}</b></td></tr></table>"
        + kv([(f"Stortingen in {year}", c.a(values.amount(c.rng.randint(100, 12000)))), (f"Opnames in {year}", c.a(values.amount(c.rng.randint(0, 8000))))],
             label_width="52mm")
        + "<p class='small' style='margin-top:4mm'>Cryptomunten zijn geen bankrekening en vallen niet onder het depositogarantiestelsel. Dit overzicht "
        "is geen rekeningafschrift.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


def volmacht_huurder_familielid_woningzaken(c: Ctx):
    """Fresh27. A tenant's power of attorney for a family member to deal with the housing corporation on the tenant's behalf ("Volmacht"):
    the tenant with birth date, BSN and address, the representative with birth date, address and relation, what the representative may do
    (among it asking for house-sitting or co-tenancy), the period it is valid from and until, signed by both at a place on a day (a house-sitting
    request's two people, period and signing day on a document that asks for nothing)."""
    person, home, day = _who(c)
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "long_pad"), amounts=("euro",))
    corp = c.rng.choice(("de Alliantie", "Kennemer Wonen", "Woonopmaat", "Ymere", "Portaal", "Eigen Haard"))
    agent = c.person(born=(1965, 2002), surname=person.surname if c.rng.random() < 0.7 else None)
    there = people.address(c.rng)
    until = day + dt.timedelta(days=c.rng.choice((182, 365, 730)))
    relation = c.pick("zoon", "broer", "neef", "kleinzoon") if agent.sex == "m" else c.pick("dochter", "zus", "nicht", "kleindochter")
    name, agent_name = person.name(c.pick("all", "first")), agent.name(c.pick("all", "first"))
    body = (
        "<h1 style='text-align:center;font-size:16pt;letter-spacing:2px'>VOLMACHT</h1>"
        "<p>De ondergetekende,</p>"
        + kv([("Naam", e(name)), ("Geboortedatum", c.d(person.birth_date)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 0))),
              ("Adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}")], label_width="45mm")
        + f"<p>huurder van deze woning bij {e(corp)}, hierna de volmachtgever,</p><p>geeft volmacht aan</p>"
        + kv([("Naam", e(agent_name)), ("Geboortedatum", c.d(agent.birth_date)),
              ("Adres", f"{e(there.line1())}, {e(values.postcode_text(there.postcode, True))} {e(there.city)}"), ("Relatie", e(relation))], label_width="45mm")
        + "<p>hierna de gevolmachtigde, om namens de volmachtgever:</p>"
        "<ul style='margin:0;padding-left:6mm'><li>met de verhuurder te corresponderen over het huurcontract en de woning;</li>"
        "<li>aanvragen in te dienen en te ondertekenen, zoals een verzoek om huisbewaring, medehuur of een woningruil;</li>"
        "<li>reparatieverzoeken te doen en afspraken te maken;</li><li>sleutels in ontvangst te nemen.</li></ul>"
        "<p>De gevolmachtigde mag het huurcontract niet opzeggen.</p>"
        f"<p>Deze volmacht geldt van {c.d(day)} tot en met {c.d(until)}, tenzij de volmachtgever haar eerder schriftelijk intrekt.</p>"
        f"<p style='margin-top:4mm'>Getekend te {e(home.city)} op {c.d(day)}.</p>"
        "<table style='width:100%;margin-top:10mm'><tr>"
        f"<td style='width:50%'>______________________<br>{e(name)}<br><span class='small'>volmachtgever</span></td>"
        f"<td>______________________<br>{e(agent_name)}<br><span class='small'>gevolmachtigde</span></td></tr></table>"
        "<p class='small' style='margin-top:6mm'>Bijlagen: kopie identiteitsbewijs van volmachtgever en gevolmachtigde.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), {}


# --- fresh28 split ---------------------------------------------------------------------------

_REFERENCE_EMPLOYERS28 = (("Bakkerij Van Dongen B.V.", "Tilburg"), ("Stichting Kinderopvang Het Speelhuis", "Zwolle"), ("Installatiebedrijf Bosman B.V.", "Alkmaar"),
                          ("Hotel De Wijnberg B.V.", "Maastricht"), ("Boekhandel Het Leesteken", "Haarlem"), ("Garage Meijer & Zn. B.V.", "Assen"))
_REFERENCE_JOBS28 = ("verkoopmedewerker", "pedagogisch medewerker", "servicemonteur", "receptionist", "administratief medewerker", "magazijnmedewerker")


def werkgeversgetuigschrift_einde_dienstverband(c: Ctx):
    """Fresh28. A former employer's testimonial ("Getuigschrift", art. 7:656 BW) after an employment ended: the employer's letterhead with
    its seat, the employee's name and birth date, the function, the first and the last working day and the branch where the work was done, a
    paragraph on the work and the conduct, place and day of signing: an employment contract's employer, employee, dates and place in a
    reference about a job that is over (truth unknown, no fields)."""
    c.font_of(c.pick(("Liberation Serif", "EB Garamond"), ("DejaVu Serif", "Caladea")))
    c.restyle17(dates=("long", "dash", "long_pad", "nl_ordinal"), amounts=("euro",))
    person, home, day = _who(c)
    employer, seat = c.rng.choice(_REFERENCE_EMPLOYERS28)
    branch = c.pick(seat, c.rng.choice(people.places())[1])
    job = c.rng.choice(_REFERENCE_JOBS28)
    last = day - dt.timedelta(days=c.rng.randint(10, 400))
    first = last - dt.timedelta(days=c.rng.randint(300, 2600))
    he, his = ("hij", "zijn") if person.sex == "m" else ("zij", "haar")
    boss = c.person(born=(1955, 1990))
    body = (
        f"<div style='text-align:center;border-bottom:1px solid #444;padding-bottom:2mm'><span style='font-size:17pt;font-weight:bold'>{e(employer)}</span><br>"
        f"<span class='small'>{e(people.address(c.rng).line1())} &middot; {e(seat)} &middot; KvK {c.rng.randint(10000000, 99999999)}</span></div>"
        "<h1 style='text-align:center;font-size:16pt;margin-top:10mm;letter-spacing:3px'>GETUIGSCHRIFT</h1>"
        f"<p style='margin-top:8mm'>Hierbij verklaren wij dat {e(person.name('all'))}, geboren op {c.d(person.birth_date)}, van {c.d(first)} tot en met "
        f"{c.d(last)} bij ons in dienst is geweest als {e(job)} in onze vestiging te {e(branch)}.</p>"
        f"<p>In deze periode heeft {he} {his} werkzaamheden naar onze volle tevredenheid verricht. Wij hebben {e(person.given[0])} leren kennen als een "
        "betrouwbare, zelfstandige en collegiale kracht met oog voor klanten en collega's.</p>"
        f"<p>Het dienstverband is geëindigd {c.pick('op eigen verzoek van de werknemer', 'doordat de overeenkomst voor bepaalde tijd afliep', 'met wederzijds goedvinden')}. "
        f"Wij wensen {e(person.given[0])} veel succes in {his} verdere loopbaan.</p>"
        f"<p style='margin-top:8mm'>{e(seat)}, {c.d(day)}</p>"
        f"<p>{e(employer)}<br><br><br>{e(boss.name('initials'))}<br>directeur</p>"
        "<p class='small' style='margin-top:10mm'>Dit getuigschrift is op verzoek van de werknemer opgesteld (artikel 7:656 Burgerlijk Wetboek).</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10.4pt; }"), {}


def kadaster_eigendomsinformatie_perceel(c: Ctx):
    """Fresh28. The land registry's property information of a dwelling ("Kadastraal bericht eigendomsinformatie"): the cadastral
    designation (municipality code, section, parcel and the apartment index), the object's address with postcode, its size and use, the
    entitled persons (owners with birth dates, birthplaces and shares, "Eigendom (recht van)"), the deed of acquisition with the day it was
    registered, the part and number, and the day and time of the information: a BRP extract's municipality, address, persons with birth dates,
    a date of arrival and an issue day on an extract of another register (truth unknown, no fields)."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("dash", "long", "dot_pad", "nopad"), amounts=("euro",))
    owner, home, day = _who(c)
    partner = c.person(sex="f" if owner.sex == "m" else "m", born=(1950, 2000))
    owners = [owner] + ([partner] if c.rng.random() < 0.7 else [])
    deed = values.between(c.rng, dt.date(1998, 1, 1), day - dt.timedelta(days=200))
    code = "".join(ch for ch in home.municipality.upper() if ch.isalpha())[:3] + c.pick("00", "01", "03")
    section = c.rng.choice("ABCDEFGHKLM")
    parcel = c.rng.randint(100, 9999)
    share = "1/1" if len(owners) == 1 else "1/2"
    rows = "".join(f"<tr><td>{e(p.name('reversed'))}</td><td style='white-space:nowrap'>{c.d(p.birth_date)}</td><td>{e(c.rng.choice(people.places())[1])}</td>"
                   f"<td>Eigendom (recht van)</td><td>{share}</td></tr>" for p in owners)
    nw = "white-space:nowrap"
    body = (
        "<div style='display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2px solid #004a7c;padding-bottom:2mm'>"
        "<span style='font-size:16pt;font-weight:bold;color:#004a7c'>Kadaster</span>"
        f"<span class='small right'>Kadastraal bericht eigendomsinformatie<br>Uw referentie: {c.rng.randint(10000, 99999)}</span></div>"
        f"<p class='small'>Datum: <span style='{nw}'>{c.d(day)}</span> &nbsp;&middot;&nbsp; Tijd: {c.rng.randint(8, 20):02d}:{c.rng.randint(0, 59):02d}</p>"
        "<h2>Kadastraal object</h2>"
        + kv([("Kadastrale aanduiding", f"{e(code)} {section} {parcel}{' A' + str(c.rng.randint(1, 60)) if c.rng.random() < 0.4 else ''}"),
              ("Kadastrale gemeente", e(home.city)), ("Gemeente", e(home.municipality)),
              ("Locatie", f"{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Grootte", f"{c.rng.randint(60, 420)} m&sup2;"), ("Omschrijving", c.pick("Wonen", "Wonen (appartement)", "Wonen met tuin"))], label_width="48mm")
        + "<h2>Gerechtigden</h2>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Naam</th><th>Geboren</th><th>Geboorteplaats</th><th>Recht</th><th>Aandeel</th></tr>"
        f"{rows}</table>"
        "<h2>Verkrijging</h2>"
        + kv([("Soort stuk", "Akte van levering"), ("Ingeschreven op", f"<span style='{nw}'>{c.d(deed)}</span>"),
              ("Deel en nummer", f"Hyp4 {c.rng.randint(40000, 89999)}/{c.rng.randint(1, 199)}"),
              ("Koopsom", e(values.amount_text(values.amount(c.rng.randint(120, 640) * 1000), "euro")))], label_width="48mm")
        + "<p class='small' style='margin-top:8mm'>Dit bericht geeft de gegevens van de Basisregistratie Kadaster. Het is geen uittreksel uit de "
        "Basisregistratie Personen en zegt niets over wie er op het adres woont.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


# --- fresh29 split ---------------------------------------------------------------------------

_MANAGERS29 = ("Leegstandbeheer Nederland B.V.", "Stichting Tijdelijk Wonen Noord", "Beheerwacht B.V.", "Vastgoedbewaking Midden B.V.", "Stichting Wonen in Leegstand")


def bruikleen_leegstandbeheer_antikraak(c: Ctx):
    """Fresh29. A vacancy manager's loan-for-use agreement ("bruikleenovereenkomst", anti-squat): the manager and the user with birth date,
    the object's address with postcode and house number, the start, a monthly "gebruiksvergoeding" that is no rent, the notice of 28 days,
    the owner's right to end it when the building is needed, the manager's general conditions and the day of signing: a sublet contract's
    parties, address, start, monthly sum, end clause, conditions and signing day on a contract that is no tenancy (truth unknown, no fields)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "nopad", "dot_pad"), amounts=("euro", "dash", "euro_endash"))
    person, home, day = _who(c)
    manager = c.rng.choice(_MANAGERS29)
    start = day + dt.timedelta(days=c.rng.randint(0, 20))
    fee = values.amount(c.rng.choice((150, 175, 195, 225, 250, 275)))
    owner = c.pick("Woningstichting De Kern", "Gemeente " + home.municipality, "Vastgoed Fonds Oost C.V.", "Stichting Zorgvastgoed")
    nw = "white-space:nowrap"
    clauses = [
        ("Bruikleen", f"Beheerder geeft aan gebruiker de woonruimte in het object om niet in bruikleen, om het object te bewonen en zo tegen kraak, "
                      f"leegstand en verval te beschermen. Eigenaar van het object is {e(owner)}."),
        ("Geen huur", "Deze overeenkomst is uitdrukkelijk geen huurovereenkomst. De bepalingen van huurrecht (art. 7:201 e.v. BW) zijn niet van "
                      "toepassing; gebruiker heeft geen huurbescherming."),
        ("Gebruiksvergoeding", f"Gebruiker betaalt een gebruiksvergoeding van <span style='{nw}'>{c.a(fee)}</span> per maand voor de kosten van beheer, "
                               "gas, water en elektriciteit. Dit is geen huurprijs."),
        ("Duur en einde", f"De bruikleen gaat in op <span style='{nw}'>{c.d(start)}</span> en geldt voor onbepaalde tijd. Beheerder kan de "
                          "overeenkomst opzeggen met een termijn van 28 dagen, in het bijzonder zodra de eigenaar het object nodig heeft voor "
                          "verkoop, sloop of renovatie."),
        ("Voorwaarden", f"De Algemene Voorwaarden Bruikleen van {e(manager)} maken deel uit van deze overeenkomst. Gebruiker mag het object niet "
                        "aan anderen in gebruik geven."),
    ]
    body = (
        f"<div style='display:flex;justify-content:space-between;border-bottom:3px solid #222;padding-bottom:2mm'><b style='font-size:15pt'>{e(manager)}</b>"
        f"<span class='small right'>Leegstandbeheer &middot; antikraak<br>{e(people.issuer_address(c.rng)[0])}</span></div>"
        "<h1 style='font-size:15pt;margin-top:6mm'>Bruikleenovereenkomst</h1>"
        + kv([("Beheerder", e(manager)), ("Gebruiker", e(person.name(c.pick("all", "initials")))),
              ("Geboortedatum gebruiker", f"<span style='{nw}'>{c.d(person.birth_date)}</span>"),
              ("Object", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Ingangsdatum", f"<span style='{nw}'>{c.d(start)}</span>"), ("Gebruiksvergoeding per maand", f"<span style='{nw}'>{c.a(fee)}</span>")],
             label_width="56mm")
        + "<div style='margin-top:3mm'></div>"
        + "".join(f"<p style='margin:0 0 5px 0'><b>Artikel {i + 1} &nbsp;{e(t)}</b><br>{x}</p>" for i, (t, x) in enumerate(clauses))
        + f"<p style='margin-top:5mm'>Aldus opgemaakt en getekend te {e(home.city)} op <span style='{nw}'>{c.d(day)}</span>.</p>"
        "<table style='width:100%;margin-top:5mm'><tr><td>Beheerder<br><br>.................................</td>"
        "<td>Gebruiker<br><br>.................................</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


def familie_groepsapp_zorgrooster_chat(c: Ctx):
    """Fresh29. A family's group chat about caring for their mother or father, printed from the phone: the group's name and members in
    the head, day headings, the siblings' messages in bubbles with their names and times, planning who takes which nights, a message that
    the parent now needs someone 24 hours a day, another that the GP will write a declaration for the housing corporation and that one of
    them will move in: a care declaration's carer, the person cared for, the round-the-clock care and dates in a chat that declares nothing
    (truth unknown, no fields)."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("DejaVu Sans", "Carlito")))
    c.restyle17(dates=("long", "wd_nodot_long", "dash"), amounts=("euro",))
    parent, home, day = _who(c)
    kids = [c.person(born=(1965, 1995), surname=parent.surname, origin=people.origin_of(parent)) for _ in range(c.rng.randint(2, 3))]
    me = kids[0]
    mum = "mama" if parent.sex == "f" else "papa"
    stay = kids[-1]
    moments = sorted(day - dt.timedelta(days=k) for k in c.rng.sample(range(0, 9), 3))
    msgs = [
        (kids[1], f"Ik ben net bij {mum} geweest. Ze was vannacht weer gevallen, de alarmknop lag op tafel." if parent.sex == "f"
         else f"Ik ben net bij {mum} geweest. Hij was vannacht weer gevallen, de alarmknop lag op tafel."),
        (me, "Dit gaat zo niet meer. Volgens de wijkverpleging is er nu echt 24 uur per dag iemand nodig."),
        (stay, f"Ik kan bij {mum} intrekken. Ik heb het al aan de woningcorporatie gevraagd, ze willen een mantelzorgverklaring."),
        (me, f"De huisarts schrijft die verklaring. Afspraak is op {e(values.date_text(day + dt.timedelta(days=c.rng.randint(2, 9)), c.date_style))}."),
        (kids[1], "Ik neem dinsdag- en donderdagnacht tot die tijd, " + e(stay.given[0]) + " de rest?"),
        (stay, f"Prima. Adres blijft {e(home.line1())}, ik laat me daar inschrijven."),
    ]
    colours = {k.bsn: col for k, col in zip(kids, ("#b0306a", "#1f6fb2", "#2d8a4e"))}
    chat, index = "", 0
    for moment in moments:
        chat += (f"<div style='text-align:center;margin:2mm 0'><span style='background:#e1eef6;border-radius:2mm;padding:0.8mm 3mm;font-size:8pt'>"
                 f"{e(values.date_text(moment, c.date_style))}</span></div>")
        for _ in range(2):
            who, text = msgs[index]
            index += 1
            name = f"<div style='font-size:7.6pt;font-weight:bold;color:{colours[who.bsn]}'>{e(who.name('first'))}</div>" if who is not me else ""
            chat += chat_bubble(f"{name}{text}", who is me, f"{c.rng.randint(7, 23):02d}:{c.rng.randint(0, 59):02d}")
    members = ", ".join(e(k.given[0]) for k in kids[1:]) + ", jij"
    body = (
        "<div style='background:#075e54;color:#fff;padding:2.5mm 4mm;border-radius:1.5mm 1.5mm 0 0'>"
        f"<b style='font-size:11.5pt'>Zorg {e(mum)} &#9829;</b><br><span style='font-size:8pt'>{members}</span></div>"
        f"<div style='background:#ece5dd;padding:3mm 4mm 2mm 4mm;font-size:9.4pt'>{chat}</div>"
        f"<p class='small'>Geëxporteerd gesprek &middot; {len(kids)} deelnemers &middot; {e(parent.name('first'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), {}


# --- fresh30 split ---------------------------------------------------------------------------

_GYMS30 = (("FitCity", "#e30613"), ("SportPlaza", "#0057b8"), ("Basic-Fit Club", "#f18a00"), ("HealthClub Vitaal", "#2a9d8f"), ("PowerHouse Gym", "#222222"))


def sportschool_lidmaatschap_incassomachtiging(c: Ctx):
    """Fresh30. A gym's membership agreement with a SEPA direct-debit mandate: the member's name, birth date, address with postcode, e-mail and
    telephone, the membership ("All-in", "Flex"), the start date, the monthly fee, the registration fee, the minimum term and notice, the
    mandate with the member's IBAN and "Rekeninghouder", the club's creditor id and the day of signing: a bank statement's IBAN and holder, a
    contract's start, monthly sum and signing day on a document that is none of the contract's types."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "Cantarell")))
    member, home, day = _who(c)
    gym, colour = c.rng.choice(_GYMS30)
    start = day + dt.timedelta(days=c.rng.randint(0, 14))
    fee = values.amount(c.pick(19.99, 24.99, 29.99, 34.99, 39.99, 44.95))
    iban = values.iban(c.rng, c.pick("INGB", "RABO", "ABNA", "SNSB", "BUNQ"))
    nw = "white-space:nowrap"
    name = member.name(c.pick("all", "first"))
    row = lambda k, v: f"<tr><td style='width:44mm;color:#555'>{e(k)}</td><td>{v}</td></tr>"  # noqa: E731
    body = (
        f"<div style='background:{colour};color:#fff;padding:3mm 5mm;display:flex;justify-content:space-between;align-items:center'>"
        f"<b style='font-size:17pt'>{e(gym)}</b><span style='font-size:8.5pt'>Vestiging {e(home.city)}</span></div>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Lidmaatschapsovereenkomst</h1>"
        "<h3>Gegevens lid</h3><table style='width:100%'>"
        + row("Naam", e(name)) + row("Geboortedatum", e(values.date_text(member.birth_date, "dash")))
        + row("Adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}")
        + row("E-mail", f"{e(member.given[0].lower())}{c.rng.randint(1, 999)}@{c.pick('gmail.com', 'hotmail.com', 'live.nl')}")
        + row("Telefoon", f"06-{c.rng.randint(10000000, 99999999)}") + "</table>"
        "<h3>Lidmaatschap</h3><table style='width:100%'>"
        + row("Soort", c.pick("All-in (alle vestigingen)", "Flex (maandelijks opzegbaar)", "Basis (daluren)"))
        + row("Ingangsdatum", f"<span style='{nw}'>{e(values.date_text(start, 'long'))}</span>")
        + row("Maandbedrag", f"<span style='{nw}'>{e(values.amount_text(fee, 'euro'))}</span> per maand")
        + row("Inschrijfgeld", e(values.amount_text(values.amount(c.pick(0, 15, 25, 29.95)), "euro")))
        + row("Minimale looptijd", c.pick("12 maanden", "6 maanden", "1 maand"))
        + row("Opzegtermijn", "1 maand, per e-mail of aan de balie") + "</table>"
        "<h3>Doorlopende machtiging SEPA</h3>"
        f"<p class='small'>Door ondertekening geeft u toestemming aan {e(gym)} om doorlopende incasso-opdrachten te sturen naar uw bank om het maandbedrag "
        "af te schrijven. Incassant-ID NL" + f"{c.rng.randint(10, 99)}ZZZ{c.rng.randint(100000000, 999999999)}" + ".</p><table style='width:100%'>"
        + row("IBAN", f"<span style='{nw}'>{e(values.iban_text(iban, True))}</span>") + row("Rekeninghouder", e(member.name("initials")))
        + row("Kenmerk machtiging", f"LID{c.rng.randint(1000000, 9999999)}") + "</table>"
        f"<p style='margin-top:6mm'>Plaats: {e(home.city)} &nbsp;&nbsp; Datum: <span style='{nw}'>{e(values.date_text(day, 'dash'))}</span></p>"
        "<p>Handtekening lid: ______________________</p>"
        "<p class='small' style='margin-top:4mm'>Op dit lidmaatschap zijn de algemene voorwaarden van de club van toepassing. Bij een betalingsachterstand "
        "kan de toegang worden geblokkeerd.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), {}


_DEBTS30 = (("Woningcorporatie (huurachterstand)", 600, 2400), ("Zorgverzekeraar (premie)", 200, 1500), ("Energieleverancier", 150, 900),
            ("Belastingdienst Toeslagen (terugvordering)", 300, 4200), ("Telefoonabonnement", 80, 600), ("Webwinkel (achteraf betalen)", 40, 450),
            ("CJIB (verkeersboetes)", 90, 700), ("Gemeente (belastingen)", 120, 800))


def schuldhulp_intakeverslag_huishouden(c: Ctx):
    """Fresh30. A debt counsellor's intake report of a municipal debt-help service: the talk's day, the counsellor and the case number, the
    household in a table (names, birth dates and BSNs of the client, a partner and children), the address with postcode, the income in a
    table (wage, benefits and allowances per month), the fixed costs with the rent and the landlord, the debts per creditor with sums, the
    client's IBAN and the next appointment: a BRP extract's persons, an income statement's figures and a bank's IBAN in a document that
    is none of the contract's types."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    client, home, day = _who(c)
    members, roles = [client], ["aanvrager"]
    if c.rng.random() < 0.6:
        members.append(c.person(sex="f" if client.sex == "m" else "m", born=(1955, 2002)))
        roles.append("partner")
    for _ in range(c.rng.choice((0, 1, 2))):
        members.append(c.person(born=(2008, 2023), surname=client.surname, origin=people.origin_of(client)))
        roles.append("kind")
    counsellor = c.person(born=(1965, 1998))
    nw = "white-space:nowrap"
    household = "".join(f"<tr><td>{e(m.name('all'))}</td><td style='{nw}'>{e(values.date_text(m.birth_date, 'dash'))}</td>"
                        f"<td style='{nw}'>{e(values.bsn_text(m.bsn, 0))}</td><td>{r}</td></tr>" for m, r in zip(members, roles))
    incomes = [("Loon " + c.pick("PostNL", "Albert Heijn", "Thuiszorg", "uitzendbureau"), c.rng.randint(1100, 2300)), ("Zorgtoeslag", c.rng.randint(90, 250)),
               ("Huurtoeslag", c.rng.randint(120, 380))]
    if "kind" in roles:
        incomes.append(("Kinderbijslag (per maand)", c.rng.randint(90, 260)))
    rent = values.amount(c.rng.randint(560, 890) + c.pick(0, 0.45, 0.8))
    debts = c.rng.sample(_DEBTS30, c.rng.randint(3, 5))
    income_rows = "".join(f"<tr><td>{e(k)}</td><td class='right' style='{nw}'>{e(values.amount_text(values.amount(v), 'euro'))}</td></tr>" for k, v in incomes)
    debt_rows = "".join(f"<tr><td>{e(k)}</td><td class='right' style='{nw}'>{e(values.amount_text(values.amount(c.rng.randint(lo, hi)), 'euro'))}</td></tr>"
                        for k, lo, hi in debts)
    landlord = c.pick("Ymere", "Portaal", "Woonstad Rotterdam", "Eigen Haard", "Kennemer Wonen")
    follow = day + dt.timedelta(days=c.rng.randint(7, 21))
    body = (
        f"<div style='display:flex;justify-content:space-between'><b style='font-size:14pt'>Gemeente {e(home.municipality)} &middot; Geldzaken</b>"
        f"<span class='small'>Dossier SHV-{day.year}-{c.rng.randint(1000, 9999)}</span></div>"
        "<h1 style='font-size:14pt;margin-top:4mm'>Intakeverslag schuldhulpverlening</h1>"
        + kv([("Datum gesprek", e(values.date_text(day, "long"))), ("Schuldhulpverlener", e(counsellor.name("initials"))),
              ("Adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}")], label_width="40mm")
        + "<h3>Huishouden</h3><table class='ruled' style='width:100%;font-size:8.8pt'><tr><th>Naam</th><th>Geboren</th><th>BSN</th><th>Rol</th></tr>"
        f"{household}</table>"
        "<table style='width:100%;margin-top:2mm'><tr><td style='width:50%;padding-right:4mm'>"
        f"<h3>Inkomsten per maand</h3><table class='lines' style='width:100%;font-size:8.8pt'>{income_rows}</table></td>"
        f"<td><h3>Schulden</h3><table class='lines' style='width:100%;font-size:8.8pt'>{debt_rows}</table></td></tr></table>"
        f"<h3>Vaste lasten</h3><p>Huur {e(values.amount_text(rent, 'euro'))} per maand aan {e(landlord)}, energie, zorgverzekering en water. "
        f"Betaalrekening aanvrager: {e(values.iban_text(values.iban(c.rng, c.pick('INGB', 'RABO', 'ABNA')), True))}.</p>"
        "<h3>Afspraken</h3><p>Aanvrager levert de inkomensverklaring, de laatste drie bankafschriften en de huurovereenkomst aan. De schuldhulpverlener "
        f"neemt contact op met de verhuurder over een betalingsregeling. Vervolggesprek op {e(values.date_text(follow, 'long'))}.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), {}


# --- fresh31 split ---------------------------------------------------------------------------

_WATER_BOARDS31 = (("Waterschap Rivierenland", "Belastingsamenwerking Rivierenland"), ("Hoogheemraadschap van Rijnland", "Hoogheemraadschap van Rijnland"),
                   ("Waterschap Vallei en Veluwe", "GBLT"), ("Waterschap Aa en Maas", "BSD Aa en Maas"), ("Wetterskip Fryslân", "Wetterskip Fryslân"),
                   ("Waterschap Limburg", "BsGW"), ("Hoogheemraadschap Hollands Noorderkwartier", "HHNK Belastingen"))


def waterschap_aanslag_zuiveringsheffing_huishouden(c: Ctx):
    """Fresh31. A water board's tax assessment ("Aanslagbiljet waterschapsbelastingen") for a household: the collecting office's head, the
    addressee with address and postcode, "Dagtekening", "Aanslagnummer" and the debtor number, the lines "Watersysteemheffing ingezetenen" and
    "Zuiveringsheffing woonruimte" with "3 vervuilingseenheden (meerpersoonshuishouden)" or "1 (eenpersoonshuishouden)", the total, the ten
    monthly terms by direct debit with the first day and an IBAN "Rekeningnummer incasso"; how many live at the address, a name, a BSN-free
    address, a date and an IBAN: a BRP extract's and a bank's facts on a document that is neither."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    person, home, day = _who(c)
    board, office = c.rng.choice(_WATER_BOARDS31)
    nw = "white-space:nowrap"
    many = c.rng.random() < 0.6
    units = 3 if many else 1
    unit_price = c.rng.randint(5800, 7900) / 100
    system = c.rng.randint(9500, 14500) / 100
    purification = round(unit_price * units, 2)
    total = values.amount(system + purification)
    first = dt.date(day.year, day.month, 28) + dt.timedelta(days=c.rng.randint(4, 30))
    iban = values.iban(c.rng, c.pick("INGB", "RABO", "ABNA", "SNSB", "TRIO"))
    row = lambda k, basis, v: f"<tr><td>{e(k)}</td><td>{basis}</td><td class='right' style='{nw}'>{e(values.amount_text(values.amount(v), 'euro'))}</td></tr>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#005a8c'>{e(office)}</span><br>"
        f"<span class='small'>namens {e(board)}</span></td><td class='right small'>{e(people.issuer_address(c.rng)[0])}<br>{e(people.issuer_address(c.rng)[1])}</td></tr></table>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + "<h1 style='font-size:14pt;margin-top:6mm'>Aanslagbiljet waterschapsbelastingen " + str(day.year) + "</h1>"
        + kv([("Dagtekening", f"<span style='{nw}'>{e(values.date_text(day, 'dash'))}</span>"), ("Aanslagnummer", f"{c.rng.randint(1000000000, 9999999999)}"),
              ("Debiteurnummer", f"{c.rng.randint(100000, 999999)}"), ("Object", f"{e(home.line1())}, {e(home.city)}")], label_width="40mm")
        + "<table class='lines' style='width:100%;margin-top:4mm;font-size:9.2pt'><tr><th>Belastingsoort</th><th>Grondslag</th><th class='right'>Bedrag</th></tr>"
        + row("Watersysteemheffing ingezetenen", "per huishouden", system)
        + row("Zuiveringsheffing woonruimte",
              f"{units} vervuilingseenhe{'den' if units > 1 else 'id'} ({'meerpersoonshuishouden' if many else 'eenpersoonshuishouden'}) "
              f"&times; {e(values.amount_text(values.amount(unit_price), 'euro'))}", purification)
        + f"<tr><td colspan='2'><b>Totaal te betalen</b></td><td class='right' style='{nw}'><b>{e(values.amount_text(total, 'euro'))}</b></td></tr></table>"
        + "<h3>Betaling</h3>"
        f"<p>U betaalt in tien maandelijkse termijnen via automatische incasso. De eerste termijn wordt rond <span style='{nw}'>"
        f"{e(values.date_text(first, 'long'))}</span> afgeschreven van rekeningnummer <span style='{nw}'>{e(values.iban_text(iban, True))}</span> "
        f"ten name van {e(person.name('initials'))}.</p>"
        "<p class='small'>Woont u alleen? Dan betaalt u zuiveringsheffing voor één vervuilingseenheid. Het aantal bewoners halen wij uit de "
        "Basisregistratie Personen. Klopt dit niet, dan kunt u binnen zes weken na de dagtekening bezwaar maken.</p>"
        "<p class='small'>Kunt u de aanslag niet betalen? Vraag dan kwijtschelding aan via de website.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), {}


def cak_beschikking_eigen_bijdrage_peiljaar_inkomen(c: Ctx):
    """Fresh31. The CAK's decision on the own contribution for care ("Beschikking eigen bijdrage Wmo" or "Wlz"): the CAK's head, the
    addressee, "Datum", the client number and BSN, a table "Zo hebben wij uw eigen bijdrage berekend" with "Peiljaar", "Verzamelinkomen
    (Belastingdienst)" of the year two years before, the partner's name and income, the deductions and the contribution per period of four
    weeks; a name, a BSN, a year and an income as the IB 60 prints them, on a document that is no income statement."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "Cantarell")))
    person, home, day = _who(c)
    nw = "white-space:nowrap"
    kind = c.pick("Wmo", "Wlz")
    year = day.year - 2
    income = values.amount(c.rng.randint(14000, 52000) + c.rng.randint(0, 99) / 100)
    partner = c.person(sex="f" if person.sex == "m" else "m", born=(1935, 1965)) if c.rng.random() < 0.5 else None
    partner_income = values.amount(c.rng.randint(9000, 30000)) if partner else None
    contribution = values.amount(c.pick(21.8, 23.4, 0.0) if kind == "Wmo" else c.rng.randint(190, 980) + c.rng.randint(0, 99) / 100)
    start = dt.date(day.year, day.month, 1) - dt.timedelta(days=c.rng.randint(20, 90))
    rows = [("Peiljaar", str(year)), (f"Verzamelinkomen {year} (Belastingdienst)", e(values.amount_text(income, "euro")))]
    if partner:
        rows += [("Partner", e(partner.name("initials"))), (f"Verzamelinkomen partner {year}", e(values.amount_text(partner_income, "euro")))]
    rows += [("Vermogen (rendementsgrondslag)", e(values.amount_text(values.amount(c.rng.randint(0, 40000)), "euro"))),
             ("Eigen bijdrage per periode van 4 weken", f"<b>{e(values.amount_text(contribution, 'euro'))}</b>"),
             ("Ingangsdatum", e(values.date_text(start, "long")))]
    table = "".join(f"<tr><td>{e(k)}</td><td class='right' style='{nw}'>{v}</td></tr>" for k, v in rows)
    body = (
        "<table style='width:100%'><tr><td><span class='logo' style='font-size:22pt;color:#00689e'>CAK</span></td>"
        "<td class='right small'>Postbus 84010<br>2508 AA Den Haag<br>0800 - 0087</td></tr></table>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", f"<span style='{nw}'>{e(values.date_text(day, 'long'))}</span>"), ("Cliëntnummer", f"{c.rng.randint(10000000, 99999999)}"),
              ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 1)))), ("Onderwerp", f"Beschikking eigen bijdrage {kind}")], label_width="44mm")
        + f"<p style='margin-top:5mm'>{'Geachte heer' if person.sex == 'm' else 'Geachte mevrouw'} {e(person.surname[0].upper() + person.surname[1:])},</p>"
        f"<p>U krijgt zorg of ondersteuning vanuit de {'Wet maatschappelijke ondersteuning (Wmo)' if kind == 'Wmo' else 'Wet langdurige zorg (Wlz)'}. "
        "Daarvoor betaalt u een eigen bijdrage. In deze beschikking leest u hoe hoog die is. Wij gebruiken daarvoor uw inkomen van twee jaar "
        "geleden, zoals de Belastingdienst dat aan ons heeft doorgegeven.</p>"
        "<h3>Zo hebben wij uw eigen bijdrage berekend</h3>"
        f"<table class='lines' style='width:100%;font-size:9.4pt'>{table}</table>"
        "<p>Bent u het niet eens met deze beschikking? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken.</p>"
        "<p>Met vriendelijke groet,<br>CAK</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


# --- fresh32 split ---------------------------------------------------------------------------

_NOTARIES32 = ("Notariskantoor Van Leeuwen", "Notarissen aan de Singel", "De Vries & Kaya notarissen", "Notariaat Oosterpoort", "Notariskantoor Bakker-Hendriks")


def samenlevingsovereenkomst_notariele_akte(c: Ctx):
    """Fresh32. A notarial cohabitation agreement ("Samenlevingsovereenkomst"): "Heden, <datum>, verschenen voor mij, mr. ..., notaris", the
    two partners with birthplace, birth date and one address with its postcode, "gemeenschappelijke huishouding" since a day, the costs of the
    household, a joint account's IBAN and the house they rent: two names at one address, dates and an IBAN, a BRP extract's and a bank
    statement's facts on a document that is neither (and no rental contract)."""
    c.font_of(c.pick(("Liberation Serif", "EB Garamond"), ("Caladea", "DejaVu Serif")))
    one, home, day = _who(c)
    two = c.person(sex="f" if one.sex == "m" else "m", born=(1955, 2002))
    notary = c.person(born=(1955, 1990))
    office = c.rng.choice(_NOTARIES32)
    since = day - dt.timedelta(days=c.rng.randint(120, 2200))
    iban = values.iban(c.rng, c.pick("INGB", "RABO", "ABNA", "SNSB", "TRIO", "BUNQ"))
    nw = "white-space:nowrap"
    who = lambda p: (f"{'de heer' if p.sex == 'm' else 'mevrouw'} <b>{e(p.name('all'))}</b>, geboren te {e(c.rng.choice(people.places())[1])} op "  # noqa: E731
                     f"<span style='{nw}'>{e(values.date_text(p.birth_date, 'long'))}</span>, ongehuwd en geen geregistreerd partner")
    art = lambda n, title, text: f"<p style='margin:2.5mm 0 0 0'><b>Artikel {n}. {e(title)}</b><br>{text}</p>"  # noqa: E731
    body = (
        f"<div style='text-align:right' class='small'>{e(office)}<br>Kenmerk {day.year}.{c.rng.randint(1000, 9999)}/{e(notary.surname.split()[-1][:2].upper())}</div>"
        "<h1 style='text-align:center;font-size:15pt;margin-top:6mm;letter-spacing:1px'>SAMENLEVINGSOVEREENKOMST</h1>"
        f"<p>Heden, {e(values.date_text(day, 'long'))}, verschenen voor mij, mr. {e(notary.name('initials'))}, notaris gevestigd te {e(home.city)}:</p>"
        f"<p>1. {who(one)};</p><p>2. {who(two)};</p>"
        f"<p>beiden wonende te {e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}.</p>"
        "<p>De comparanten verklaren dat zij samenwonen en een gemeenschappelijke huishouding voeren, en dat zij hun samenleving als volgt regelen:</p>"
        + art(1, "Samenwoning", f"Partijen voeren sinds {e(values.date_text(since, 'long'))} een gemeenschappelijke huishouding op voormeld adres.")
        + art(2, "Kosten van de huishouding", "De kosten van de huishouding, waaronder de huur van de woning, worden door partijen gedragen naar "
              "evenredigheid van hun netto-inkomens.")
        + art(3, "Gezamenlijke rekening", f"Partijen houden een gezamenlijke betaalrekening met nummer <span style='{nw}'>{e(values.iban_text(iban, True))}</span>, "
              "waarop ieder maandelijks zijn of haar bijdrage stort.")
        + art(4, "Inboedel", "Roerende zaken die partijen gezamenlijk aanschaffen, behoren hun ieder voor de helft toe.")
        + art(5, "Beëindiging", "Deze overeenkomst eindigt door opzegging, door huwelijk of geregistreerd partnerschap tussen partijen of door overlijden.")
        + art(6, "Verblijvingsbeding", "Bij overlijden van een van hen komen de gezamenlijke inboedelgoederen toe aan de langstlevende.")
        + "<p style='margin-top:4mm'>WAARVAN AKTE, verleden te " + e(home.city) + " op de datum in het hoofd van deze akte vermeld. Na zakelijke opgave van "
        "de inhoud aan de comparanten en hun toelichting daarop hebben zij verklaard van de inhoud van de akte te hebben kennisgenomen. "
        "Onmiddellijk na beperkte voorlezing is deze akte door de comparanten en mij, notaris, ondertekend.</p>"
        "<p class='small' style='margin-top:4mm'>(volgen handtekeningen) &mdash; UITGEGEVEN VOOR AFSCHRIFT</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


def huurcommissie_uitspraak_huurprijs(c: Ctx):
    """Fresh32. The Huurcommissie's ruling on a tenant's request to check the starting rent ("Uitspraak"): the case number, the tenant and the
    landlord (a corporation or a private landlord), the dwelling's address and postcode, the points under the Woningwaarderingsstelsel, the
    rent agreed and the rent the Huurcommissie sets per month from a day, the day of the hearing and "Datum uitspraak": a tenant's name, a
    postcode and house number, a monthly rent and a start date, a sublet contract's facts on a document that is no contract."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    person, home, day = _who(c)
    landlord = c.pick("Woonstad Rotterdam", "Ymere", "Portaal", "Mitros", "Vastgoed Beheer Amstel B.V.", "Stichting Woonbron")
    agreed = c.rng.randint(780, 1250) + c.pick(0, 0.5)
    points = c.rng.randint(118, 186)
    fixed = round(agreed * c.pick(0.62, 0.7, 0.78, 0.85), 2)
    from_day = dt.date(day.year - c.pick(0, 1), c.rng.randint(1, 12), 1)
    hearing = day - dt.timedelta(days=c.rng.randint(10, 60))
    nw = "white-space:nowrap"
    money = lambda v: f"<span style='{nw}'>{e(values.amount_text(values.amount(v), 'euro'))}</span>"  # noqa: E731
    body = (
        "<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:#154273'>Huurcommissie</span><br><span class='small'>Postbus 16495, "
        "2500 BL Den Haag</span></td><td class='right small'>Zaaknummer HC/{0}/{1}</td></tr></table>".format(day.year, c.rng.randint(100000, 999999))
        + "<h1 style='font-size:15pt;margin-top:6mm'>Uitspraak</h1>"
        "<p>van de Huurcommissie in het geschil over de aanvangshuurprijs (toetsing) tussen:</p>"
        + kv([("Huurder", e(person.name(c.pick("initials", "all")))), ("Verhuurder", e(landlord)),
              ("Woonruimte", f"{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Datum zitting", f"<span style='{nw}'>{e(values.date_text(hearing, 'long'))}</span>")], label_width="40mm")
        + "<h3>Beoordeling</h3>"
        f"<p>Op grond van het Woningwaarderingsstelsel heeft de woonruimte {points} punten. De overeengekomen huurprijs bedraagt {money(agreed)} per maand. "
        f"De maximale huurprijs bij {points} punten is lager dan de overeengekomen huurprijs.</p>"
        "<h3>Uitspraak</h3>"
        f"<p>De Huurcommissie stelt de huurprijs vast op {money(fixed)} per maand met ingang van <span style='{nw}'>{e(values.date_text(from_day, 'long'))}</span>. "
        f"De verhuurder betaalt het legesbedrag van {money(c.pick(25, 450, 300))} aan de huurder terug.</p>"
        f"<p>Datum uitspraak: <span style='{nw}'>{e(values.date_text(day, 'long'))}</span></p>"
        "<p class='small' style='margin-top:6mm'>Partijen kunnen binnen acht weken na verzending van deze uitspraak de kantonrechter vragen een beslissing te nemen. "
        "Doet geen van beide partijen dat, dan is deze uitspraak bindend.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), {}


LAYOUTS = {f.__name__: f for f in (rent_increase, woz_beschikking, zorgpolis, payslip, municipal_address_letter,
                                   energy_bill, jaaropgaaf,
                                   huurtoeslag_beschikking, huisbewaring_besluit, hoofdhuurovereenkomst, brp_request_form,
                                   vog_justis, upo_pensioenoverzicht, mantelzorgwaardering, woningnet_inschrijving,
                                   zorgtoeslag_beschikking, voorlopige_aanslag_ib, kvk_uittreksel, verhuurderverklaring, ww_beschikking_uwv,
                                   svb_jaaropgaaf_aow, wmo_beschikking_hulp, salarisstrook_contractgegevens,
                                   pensioenfonds_inkomensverklaring, uwv_verzekeringsbericht, garagebox_huurovereenkomst,
                                   postnl_doorstuurservice, betalingsregeling_huurachterstand,
                                   huurverhoging_inkomensafhankelijk_huishoudverklaring, woz_taxatieverslag_referenties,
                                   gemeentenieuws_kolommen_uitschrijving, woningruil_aanvraag,
                                   school_inschrijving_bevestiging, kwijtschelding_gemeentebelastingen,
                                   reis_boekingsbevestiging_lange_reis, ziekenhuis_ontslagbrief_verpleging,
                                   ciz_wlz_indicatiebesluit, vrijwilligersovereenkomst,
                                   duo_studiefinanciering_toekenning, servicekosten_jaarafrekening,
                                   gemeente_inkomensverklaring_bijstand, opzegging_huur_brief,
                                   aangifte_ib_overzicht_concept, logeerverklaring_tijdelijk_verblijf,
                                   verwijsbrief_huisarts_ergotherapie, corporatie_besluit_toestemming_onderhuur,
                                   gemeente_adresonderzoek_brief, aanvraag_langdurend_zorgverlof_werkgever,
                                   ontvangstbevestiging_aanvraag_huisbewaring, belastingdienst_uitnodiging_aangifte_ib,
                                   toestemming_hoofdbewoner_inwoning_gemeente, sepa_machtiging_huurincasso,
                                   uittreksel_geboorteakte_burgerlijke_stand, overboekingsbevestiging_huurbetaling,
                                   pgb_zorgovereenkomst_sociaal_netwerk, notaris_verklaring_van_erfrecht,
                                   personenalarmering_contactpersonen_formulier, vakantieverhuur_boekingsbevestiging_gast,
                                   rechtsbijstand_toevoeging_peiljaar, parkeervergunning_bewonersvergunning_besluit,
                                   stempas_gemeenteraadsverkiezing, deurwaarder_beslagvrije_voet_mededeling,
                                   huisarts_inschrijfformulier_gezin, uwv_tewerkstellingsvergunning_twv,
                                   belastingdienst_aanslag_bijdrage_zvw, opzegging_onderhuur_kamer_brief,
                                   verklaring_fiscale_woonplaats_tweetalig, vaststellingsovereenkomst_einde_dienstverband,
                                   crypto_exchange_jaaroverzicht_gekoppelde_rekening, volmacht_huurder_familielid_woningzaken,
                                   werkgeversgetuigschrift_einde_dienstverband, kadaster_eigendomsinformatie_perceel,
                                   bruikleen_leegstandbeheer_antikraak, familie_groepsapp_zorgrooster_chat,
                                   sportschool_lidmaatschap_incassomachtiging, schuldhulp_intakeverslag_huishouden,
                                   waterschap_aanslag_zuiveringsheffing_huishouden, cak_beschikking_eigen_bijdrage_peiljaar_inkomen,
                                   samenlevingsovereenkomst_notariele_akte, huurcommissie_uitspraak_huurprijs)}  # fmt: skip
HELDOUT = {"jaaropgaaf"}
FRESH = {"huurtoeslag_beschikking", "huisbewaring_besluit", "hoofdhuurovereenkomst", "brp_request_form"}
"""Layouts of the fresh split only (see brp_uittreksel.FRESH)."""
FRESH2 = {"vog_justis", "upo_pensioenoverzicht", "mantelzorgwaardering", "woningnet_inschrijving"}
"""Layouts of the fresh2 split only (see brp_uittreksel.FRESH2)."""
FRESH3 = {"zorgtoeslag_beschikking", "voorlopige_aanslag_ib", "kvk_uittreksel", "verhuurderverklaring", "ww_beschikking_uwv"}
"""Layouts of the fresh3 split only: a third first-contact set, by yet another author who never saw the reader."""
FRESH4 = {"svb_jaaropgaaf_aow", "wmo_beschikking_hulp", "salarisstrook_contractgegevens"}
"""Layouts of the fresh4 split only: a fourth first-contact set, by another author who never saw the reader."""
FRESH5 = {"pensioenfonds_inkomensverklaring", "uwv_verzekeringsbericht", "garagebox_huurovereenkomst"}
"""Layouts of the fresh5 split only: a fifth first-contact set, by another author who never saw the reader."""
FRESH6 = {"postnl_doorstuurservice", "betalingsregeling_huurachterstand"}
"""Layouts of the fresh6 split only: a sixth first-contact set, by another author who never saw the reader."""
FRESH7 = {"huurverhoging_inkomensafhankelijk_huishoudverklaring", "woz_taxatieverslag_referenties"}
"""Layouts of the fresh7 split only: a seventh first-contact set, by another author who never saw the reader."""
FRESH8 = {"gemeentenieuws_kolommen_uitschrijving", "woningruil_aanvraag"}
"""Layouts of the fresh8 split only: an eighth first-contact set, by another author who never saw the reader."""
FRESH9 = {"school_inschrijving_bevestiging", "kwijtschelding_gemeentebelastingen"}
"""Layouts of the fresh9 split only: a ninth first-contact set, by another author who never saw the reader."""
FRESH10 = {"reis_boekingsbevestiging_lange_reis", "ziekenhuis_ontslagbrief_verpleging"}
"""Layouts of the fresh10 split only: a tenth first-contact set, by another author who never saw the reader."""
FRESH11 = {"ciz_wlz_indicatiebesluit", "vrijwilligersovereenkomst"}
"""Layouts of the fresh11 split only: an eleventh first-contact set, by another author who never saw the reader."""
FRESH12 = {"duo_studiefinanciering_toekenning", "servicekosten_jaarafrekening"}
"""Layouts of the fresh12 split only: a twelfth first-contact set, by another author who never saw the reader."""
FRESH13 = {"gemeente_inkomensverklaring_bijstand", "opzegging_huur_brief"}
"""Layouts of the fresh13 split only: a thirteenth first-contact set, by another author who never saw the reader."""
FRESH14 = {"aangifte_ib_overzicht_concept", "logeerverklaring_tijdelijk_verblijf"}
"""Layouts of the fresh14 split only: a fourteenth first-contact set, by another author who never saw the reader."""
FRESH15 = {"verwijsbrief_huisarts_ergotherapie", "corporatie_besluit_toestemming_onderhuur"}
"""Layouts of the fresh15 split only: a fifteenth first-contact set, by another author who never saw the reader."""
FRESH16 = {"gemeente_adresonderzoek_brief", "aanvraag_langdurend_zorgverlof_werkgever"}
"""Layouts of the fresh16 split only: a sixteenth first-contact set, by another author who never saw the reader."""
FRESH17 = {"ontvangstbevestiging_aanvraag_huisbewaring", "belastingdienst_uitnodiging_aangifte_ib"}
"""Layouts of the fresh17 split only: a seventeenth first-contact set, by another author who never saw the reader."""
FRESH18 = {"toestemming_hoofdbewoner_inwoning_gemeente", "sepa_machtiging_huurincasso"}
"""Layouts of the fresh18 split only: an eighteenth first-contact set, by another author who never saw the reader."""
FRESH19 = {"uittreksel_geboorteakte_burgerlijke_stand", "overboekingsbevestiging_huurbetaling"}
"""Layouts of the fresh19 split only: a nineteenth first-contact set, by another author who never saw the reader."""
FRESH20 = {"pgb_zorgovereenkomst_sociaal_netwerk", "notaris_verklaring_van_erfrecht"}
"""Layouts of the fresh20 split only: a twentieth first-contact set, by another author who never saw the reader."""
FRESH21 = {"personenalarmering_contactpersonen_formulier", "vakantieverhuur_boekingsbevestiging_gast"}
"""Layouts of the fresh21 split only: a twenty-first first-contact set, by another author who never saw the reader."""
FRESH22 = {"rechtsbijstand_toevoeging_peiljaar", "parkeervergunning_bewonersvergunning_besluit"}
"""Layouts of the fresh22 split only: a twenty-second first-contact set, by another author who never saw the reader."""
FRESH23 = {"stempas_gemeenteraadsverkiezing", "deurwaarder_beslagvrije_voet_mededeling"}
"""Layouts of the fresh23 split only: a twenty-third first-contact set, by another author who never saw the reader."""
FRESH24 = {"huisarts_inschrijfformulier_gezin", "uwv_tewerkstellingsvergunning_twv"}
"""Layouts of the fresh24 split only: a twenty-fourth first-contact set, by another author who never saw the reader."""
FRESH25 = {"belastingdienst_aanslag_bijdrage_zvw", "opzegging_onderhuur_kamer_brief"}
"""Layouts of the fresh25 split only: a twenty-fifth first-contact set, by another author who never saw the reader."""
FRESH26 = {"verklaring_fiscale_woonplaats_tweetalig", "vaststellingsovereenkomst_einde_dienstverband"}
"""Layouts of the fresh26 split only: a twenty-sixth first-contact set, by another author who never saw the reader."""
FRESH27 = {"crypto_exchange_jaaroverzicht_gekoppelde_rekening", "volmacht_huurder_familielid_woningzaken"}
"""Layouts of the fresh27 split only: a twenty-seventh first-contact set, by another author who never saw the reader."""
FRESH28 = {"werkgeversgetuigschrift_einde_dienstverband", "kadaster_eigendomsinformatie_perceel"}
"""Layouts of the fresh28 split only: a twenty-eighth first-contact set, by another author who never saw the reader."""
FRESH29 = {"bruikleen_leegstandbeheer_antikraak", "familie_groepsapp_zorgrooster_chat"}
"""Layouts of the fresh29 split only: a twenty-ninth first-contact set, by another author who never saw the reader."""
FRESH30 = {"sportschool_lidmaatschap_incassomachtiging", "schuldhulp_intakeverslag_huishouden"}
"""Layouts of the fresh30 split only: a thirtieth first-contact set, by another author who never saw the reader."""
FRESH31 = {"waterschap_aanslag_zuiveringsheffing_huishouden", "cak_beschikking_eigen_bijdrage_peiljaar_inkomen"}
"""Layouts of the fresh31 split only: a thirty-first first-contact set, by another author who never saw the reader."""
FRESH32 = {"samenlevingsovereenkomst_notariele_akte", "huurcommissie_uitspraak_huurprijs"}
"""Layouts of the fresh32 split only: a thirty-second first-contact set, by another author who never saw the reader."""
