"""Income statements of the Belastingdienst: the IB 60 letter and the Mijn Belastingdienst print.

Modelled on the public descriptions of the "inkomensverklaring (IB 60)": a letter from
the Belastingdienst (Postbus in Heerlen or Apeldoorn) to the taxpayer, with the BSN,
the year and the verzamelinkomen, sometimes beside other figures (belastbaar inkomen
uit werk en woning, box 2, box 3) that are not the answer; and the print of the
income page of the online portal with several years in one table.

The fresh split adds: a letter with a reference block (the aanslagnummer, which holds
the BSN, and the date of the assessment beside the letter's own date) and a footnoted
verzamelinkomen; a table under a two-row header (belastbaar inkomen over box 1-3, then
the verzamelinkomen); and the inspector's declaration in one formal sentence with the
birth date beside the BSN and a verification code.

The fresh2 split adds, with the verzamelinkomen in whole euros as the Belastingdienst
prints it ("€ 34.567"): a letter under right-aligned labels (the married name in the
address block, the request's date, last year's income for comparison), and two pages
whose first explains the statement with a worked example and whose second holds the
facts in boxes with tiny labels in their corners.

The fresh3 split adds three ordinary prints: today's IB 60 letter with a reference column (the
request's date and an aanslagnummer holding the BSN and the year as decoys, the titled name in
the address block, last year's figure sometimes beside the income), a browser print of Mijn
Belastingdienst's income page (the verzamelinkomen over its boxes, the day the statement was
made on the card, the print's time in the browser header), and a short letter after a phone
request (the call's date first, year and income in a small table, the date in the last line).

The fresh4 split adds: a pensioner's IB 60 made from what the benefit agencies reported (AOW from the SVB and
one or two pension funds in a table that adds up to the verzamelinkomen, a married name in the address block),
a MijnOverheid Berichtenbox message printed from the browser with the IB 60 framed inside it (received and
kept-until dates beside its own dagtekening, the rows in the order year, income, name, BSN), and a statement
in the newer house style (the figure first and large, a fiscal partner named as a decoy, name, BSN and date
in a small table at the foot beside the date of the assessment).

The fresh5 split adds: a revised statement after an objection (the objection's and the earlier statement's
dates, the earlier verzamelinkomen struck through beside the revised one, the addressee "dhr. ing." before the
name), a phone screenshot of the tax app saved as a narrow page (status bar, the figure large on a card, the
assessment's date below the statement's), and an IB 60 as a corporation's mail room files it (its received
stamp with its own date, an officer's pen notes in the margin with other amounts and a date).

The fresh6 split adds: a two-page IB 60 whose first page sets the boxes and the verzamelinkomen in a ruled
"Omschrijving | Bedrag" table under "Dagtekening" and a kenmerk holding the BSN, and whose second page is a numbered
"Toelichting"; and an IB 60 sent to an authorised representative (a budget-administration office in the address block
with its own beconnummer and request date, the client's name, BSN and birth date in an "Inzake" block).

The fresh7 split adds: a sworn translation of an IB 60 into English, as an expat brings it (the letter in English with
the translator's bracketed notes for the logo and the signature, "Date: 5th March 2026", the "aggregate income" as "EUR
34,567", then the translator's declaration in Dutch with the register number, the translation's own later date and a
seal), and the plain-language letter the Belastingdienst now writes ("Beste meneer Van der Meer," and questions as
headings, the facts in a grey column on the left with a QR code, the verzamelinkomen in one short sentence).

The fresh8 split adds: an IB 60 that shows the calculation of the verzamelinkomen (box 1, box 2, box 3 and the
personal deduction under "Bedragen in euro's", labels left, dotted leaders, the figures right-aligned as "34.567" without
a euro sign, the verzamelinkomen in bold under a rule), and a copier's "2 op 1" copy on one landscape sheet (the letter
and its back page "Toelichting" with a worked example reduced side by side, small print, the file's punched holes).

The fresh9 split adds: a bank's mortgage-application summary in which the adviser copied the first applicant's IB 60 into a
block of its own ("Naam zoals op IB 60", BSN, tax year, verzamelinkomen, "Datum IB 60"; the second applicant's masked BSN and
employer's income, the joint "toetsinkomen", the loan and the summary's own date as decoys; amounts as "Euro 34.567,00",
the name sometimes as "J.C. v.d. Meer"), and the IB 60 in large print (about 17 pt, extra-bold heads, every fact a line of
its own in plain words, running onto a second page).

The fresh10 split adds: the IB 60 as a housing portal shows it after fetching it with DigiD ("Gegevens opgehaald bij de
Belastingdienst", the statement's own date beside the date of fetching as a decoy, the verzamelinkomen as "EUR34.567,00",
the name as the portal stores it, "Meer (van der), J.C."), and the IB 60 opened in a browser's PDF viewer and printed with
the viewer round it (a dark toolbar with the file's name, the page thumbnails down the left, "85%", the page shrunk in the
middle).

The fresh11 split adds: two pages from an accountancy office (page 1 its covering letter with its own later date, the
verzamelinkomen restated as "EUR 34.567", last year's figure and the office's fee as decoys and the statement's date named in
a sentence; page 2 the IB 60 itself), and a screenshot of the tax app in dark mode printed on a tall narrow page (light text
on black, "Datum verklaring" as "do 5 maart 2026", earlier years' figures as decoys).

The fresh12 split adds: a debt-counselling service's fax: a cover sheet (its own later date, the consultant, "Aantal pagina's") before the statement under a fax
machine's header line, the income as "EUR 34 567,00"; and a certified copy of the statement with the counter's stamp "Voor eensluidend
afschrift" (the clerk, the day of the copy and the person who showed the original in capitals as decoys).

The fresh13 split adds: the statement opened in Mijn Belastingdienst on a phone and printed from the phone's browser (the browser's
print line with its own day as "Thu, 05 Mar 2026", the address bar with a padlock and the tab count, the site's mobile header,
a card with the statement's date as "donderdag 05-03-2026", "Laatst ingelogd" as a decoy), and the statement photocopied and
pasted askew into a housing corporation's intake sheet (the sheet's case number, "Ontvangen op", the clerk, the income limit and
the income copied by the clerk as "EURO 34.567,00" around it, as decoys).

The fresh14 split adds: the statement sent as a photo in the housing corporation's WhatsApp service chat and printed from the
tenant's phone (the chat's day separators as "5-3-26", the corporation's question quoting the income limit as "eur 47.699,00",
the photo's file name in a bold italic monospaced cut and the message times as decoys; the statement inside the photo), and the
IB 60 letter with a sorting barcode over the return address, the boxes and the verzamelinkomen in a column "Bedrag in euro's"
without a currency sign, and a tear-off slip at the foot for a statement over another year (the slip's years as decoys).

The fresh15 split adds: an IB 60 letter naming the year in words ("over het kalenderjaar tweeduizendvijfentwintig", the figure once in
brackets) with its sums in a right-aligned column, the boxes, the personal deduction and last year's figure as decoys and whole sums as
"€ 34.567,–", and the IB 60 as it comes out of the window envelope (the three-fold's creases, a franking box and a postal sorting line
with the posting day as decoys, the name in the window as "MEER, J.C. VAN DER", the income as "€ 34.567,–" or "34.567,00 Euro").

The fresh16 split adds: the IB 60 as a phone's scanning app saves it (the letter askew on a grey ground, cut by the app's crop, the
taxable income from work and home and the personal deduction beside the verzamelinkomen, and the app's footer "Gescand met ... · 5 Mrt
2026 14:02" as decoys), and an IB 60 copied with a safe-copy app before it went to a corporation (a diagonal "KOPIE", bands "Kopie voor
<corporatie> · alleen voor woningaanvraag · <day>" as decoys, the BSN often covered by the app's hatched bar: then it is not shown and
its truth is null).

The fresh17 split adds: a corporation's applicant portal printed while it previews an uploaded IB 60 (the file list with sizes and
"Geüpload do 5-3-2026", the case number and the applicant's own rounded gross income as decoys; the letter in a preview pane), and an
IB 60 that names its source, the income tax assessment with its number (the BSN, "H", the year) and its own "dagtekening" (a decoy
date), the figures in a numbered table and the letter's date in a reference column.

The fresh18 split adds: an IB 60 bearing a corporation's income-check stamp box (the day it was checked, the checker's initials,
the year's income limit and the household's summed income as decoy dates and sums), and an IB 60 downloaded as a signed PDF and printed
with the viewer's signature bar and panel (the signing time, the certificate's validity dates and the download day as decoys; the
verzamelinkomen in a sentence).

The fresh19 split adds: an IB 60 on which a volunteer language buddy wrote the Arabic for each line in the margin in blue pen,
with a sticky note (the corporation's file number, the monthly rent and the buddy's own date as decoys), and an IB 60 page of Mijn
Belastingdienst printed by someone authorised through DigiD Machtigen (a yellow banner with the authorised person's name, the
authorisation's end date and the print's date and time as decoys; the statement's "Datum verklaring" the issue date).

The fresh20 split adds: an IB 60 of Belastingdienst/Kantoor Buitenland for someone who lived abroad in the tax year (the address
abroad with its foreign postcode, the tax number in the country of residence, the day of emigration and the worldwide income stated for
the qualifying test as decoys), and an IB 60 sent to a postal address at a shelter ("p/a" the shelter; its post-room stamp with its own
day and post box number and a handwritten "uitgereikt" line with another day and initials as decoys).

The fresh21 split adds: an IB 60 out of a lawyer's file in a co-tenancy case (a coloured tab "PRODUCTIE 4" on its upper edge, the
office's stamped page number, and along the foot the case number, the day the exhibits were filed and the day of the hearing as decoys;
"Datum" the issue date), and an IB 60 on which a letting officer worked the affordability test in pencil in the margin (the income divided
by twelve, times the rent share, the flat's rent and initials with a short date as decoy sums and a decoy date; "Dagtekening" the issue
date).

The fresh22 split adds: the income page of Mijn Belastingdienst printed after the browser translated it into English (the translate bar,
machine-translated labels such as "Collective income", a hover box with the Dutch original, English dates, the print's day and "Last
logged in" as decoys), and an IB 60 with a "Specificatie" that sets the drempelinkomen, the personal deduction and the verzamelinkomen one
under another, and an estimated "toetsingsinkomen" for the benefits (decoy sums sharing the word "inkomen"; "Datum" the issue date).

The fresh23 split adds: an IB 60 made from the return before the assessment was set (the day the return came in and the provisional
assessment's day and monthly sum as decoys; "Verzamelinkomen volgens uw aangifte" among right-aligned labels, captions above the values in
the reference column), and an IB 60 of a self-employed person with the specification of the profit (the profit, the self-employed
deduction, the small-business exemption, the taxable profit, box 1 and box 3 as decoy sums; the verzamelinkomen in a sentence).

The fresh24 split adds: an IB 60 of someone who came to live in the Netherlands during the year and filed an M form (the day of arrival,
the period of domestic tax liability, the former address abroad and the income and tax of the foreign part of the year as decoys;
"Verzamelinkomen binnenlandse periode" the income, "Dagtekening" the issue date), and an IB 60 after an additional assessment with a table
of the year's assessments (the first assessment's sum and both assessments' days as decoys; "Uw verzamelinkomen over ... is nu").

The fresh25 split adds: an IB 60 sent after box 3 was reduced on proof of a lower actual return (a "Was | Wordt" table of the boxes and the
verzamelinkomen, the old figures and the days of the assessment and of the reducing decision as decoys; the income in the "Wordt" column
and in a sentence), and an IB 60 of a cross-border worker (the Dutch and the foreign wage with the employer abroad, the income from the own
home, the foreign tax withheld, the relief against double taxation and the foreign tax number as decoys; "Dagtekening" the issue date).

The fresh26 split adds: an IB 60 letter whose sentence with the verzamelinkomen carries footnote marks, the footnotes naming a former partner
who paid or received partner alimony with the sum and the day the marriage ended, and the assessment's number and day (a decoy name, sum and
dates; the day of the taxpayer's letter as a decoy, "Datum" the issue date), and an IB 60 of a director-major shareholder in two columns (a
grey panel of captions above values with "Dagtekening", and a table under shaded merged group headers per box with the wage and the dividend
from the shareholder's own company named after the surname, the share and the KvK number as decoys; the verzamelinkomen its last row).

The fresh27 split adds: an IB 60 letter that lists the benefit agencies, the municipality and the employers that paid the taxpayer, each
with its loonheffingennummer (nine digits that pass the elfproef, then "L01": a decoy in a BSN's shape), the months and the sum (decoys), the
verzamelinkomen the table's last row, and the income data page of Mijn Belastingdienst with the years as columns (the statement's year shaded,
the other years' figures, the birth date and the download's day as decoys; "Datum verklaring" the issue date).

The fresh28 split adds: an IB 60 in plain language that draws the build-up of the income as a bar chart (box 1, box 3, the personal
deduction and the verzamelinkomen as bars with their sums beside them, and the year's modal income as a decoy bar of the same notation;
"Datum" the issue date, the verzamelinkomen once more in a sentence), and an IB 60 that sets the taxpayer and the fiscal partner side by
side in two columns "U" and "Uw fiscale partner" (the partner's name, BSN, boxes and verzamelinkomen as a decoy person in the same shape;
the order of the columns varies; "Dagtekening" the issue date).

The fresh29 split adds: the IB 60 as its accessible text version prints it (every element announced in square brackets, the data as
"Rij n: label | value"; the two years before with their sums in a second announced table and the export's own day as decoys; "Datum" the
issue date), and the IB 60 as a digital mailbox service shows it (the service's bar with the postmark's, the receiving and the scanning
day, the scanned envelope with the service's own address and postcode in its window as decoys, and the letter's first page framed below
it; "Datum" the issue date).

The fresh30 split adds: an e-mail printed from Outlook in which the applicant pastes the statement's text below a message (the sending
day and time, the application number, the attachment's name, the partner's income "ongeveer" and a telephone number as decoys; the pasted
lines "Datum", the BSN, the name and "Verzamelinkomen"), and one photocopied sheet with the applicant's identity card, front and back,
above the IB 60 (the card's birth date, document number, date of issue and expiry in the card's "12 MAA/MAR 2031" notation and the copy's
own day as decoys; the letter's "Datum" the issue date).

The fresh31 split adds: the IB 60 printed on a public library's printer, the print system's job strip across the top and the foot (the
library, the job's number, a guest code, the file name, the day and time printed, the cost and the pickup code as decoys; the letter's
"Datum" the issue date), and a Word document the applicant made with two screen snips of the IB 60 pasted one under the other with the
snipping captions (the day it was typed, the application's number, the file name in the footer and a telephone number as decoys; the
first snip's "Datum" the issue date and the BSN, the second the name and the verzamelinkomen).

The fresh32 split adds: the IB 60 printed from a PDF reader with the comments summarised on a landscape sheet (the letter shrunk on the left
with numbered note markers, the comments on the right with their authors, later days and times, an income limit, a rent and an application
number as decoys; "Datum" the issue date), and a screenshot of the browser's print dialog over Mijn Belastingdienst (the tab, the address
bar, the dialog's settings and the taskbar's clock with the screenshot's day as decoys; the preview's "Datum" the issue date, the name and
the verzamelinkomen).
"""

from __future__ import annotations

import datetime as dt

from samples.blind import people, values
from samples.blind.layouts._base import (
    HAND, NARROW, SANS, SANS7, SANS8, SERIF, SERIF7, Ctx, address_block, browser_header, corner, corner_rows, dotted_rows, e, footnotes, grid, kv,
    page, qr_block, right_labels, running, seal, stamp, weekday_date,
)
from samples.blind.layouts._base import SANS9  # the fresh9 split's
from samples.blind.layouts._base import LANDSCAPE_CSS, SANS10  # the fresh10 split's
from samples.blind.layouts._base import SERIF11  # the fresh11 split's
from samples.blind.layouts._base import MONO12  # the fresh12 split's
from samples.blind.layouts._base import MONO13  # the fresh13 split's
from samples.blind.layouts._base import MONO14, barcode, chat_bubble  # the fresh14 split's
from samples.blind.layouts._base import fold_lines  # the fresh15 split's
from samples.blind.layouts._base import masked, watermark  # the fresh16 split's
from samples.blind.layouts._base import mail_header  # the fresh30 split's uses

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




# --- fresh split -----------------------------------------------------------------------------


def _cents(amount: str) -> int:
    euros, cents = amount.split(".")
    return int(euros) * 100 + int(cents)


def _euros(cents: int) -> str:
    return f"{cents // 100}.{cents % 100:02d}"


def ib60_reference_block(c: Ctx):
    """Fresh. A letter with a reference block (aanslagnummer with the BSN in it, date of the assessment) and a footnote."""
    c.font_of(c.pick(SANS, SERIF))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "reversed_initials"))
    assessment = f"{values.bsn_text(person.bsn, 1)}.H.{year % 10}{c.pick(6, 6, 6, 0, 1)}"
    assessed = values.between(c.rng, dt.date(year + 1, 2, 1), issue - dt.timedelta(days=20))
    office, box = c.pick(("Apeldoorn", "Postbus 9047, 7300 GK Apeldoorn"), ("Heerlen", "Postbus 2508, 6401 DA Heerlen"))
    block = grid([(c.pick("Datum", "Dagtekening"), c.d(issue)), ("Ons kenmerk", e(f"IB60-{c.rng.randint(100000, 999999)}")),
                  ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.randint(0, 2)))), ("Aanslagnummer", e(assessment)),
                  ("Datum aanslag", c.d(assessed)), ("Telefoon", "0800 - 0543")], columns=c.pick(1, 2), label_width="36mm")
    body = (
        "<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;border-bottom:3px solid #154273'>Belastingdienst</span></td>"
        f"<td class='right small'>{e(box)}</td></tr></table>"
        + address_block([f"{person.salutation()} {person.titled('initials')}", home.line1(),
                         f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + f"<div class='small'>{block}</div>"
        f"<h2>{e(c.pick('Onderwerp: inkomensverklaring', 'Uw inkomensverklaring over'))} {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>U hebt ons gevraagd om een verklaring van uw inkomen over {year}. Hieronder staan de gegevens zoals wij die kennen.</p>"
        + kv([("Naam", e(name)), ("Inkomensjaar", str(year)), ("Verzamelinkomen¹", f"<b>{c.a(income)}</b>")], cls="ruled", label_width="55mm")
        + f"<p>Dit bedrag komt uit de aanslag inkomstenbelasting {year} met aanslagnummer {e(assessment)}.</p>"
        f"<p>Met vriendelijke groet,<br>Belastingdienst {e(office)}</p>"
        + footnotes(["Het verzamelinkomen is het totaal van uw belastbaar inkomen in box 1, box 2 en box 3. Het is niet uw bruto jaarloon."])
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


def ib60_box_header(c: Ctx):
    """Fresh. The figures under a two-row header: "Belastbaar inkomen" over box 1-3, then the verzamelinkomen."""
    c.font_of(SANS)
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("reversed_initials", "all", "upper"))
    total = _cents(income)
    box3 = c.pick(0, 0, c.rng.randint(1, total // 5))
    box2 = c.pick(0, 0, 0, c.rng.randint(1, total // 6))
    box1 = total - box2 - box3
    cell = "border:0.8px solid #333;padding:3px 5px"
    table = (
        f"<table style='width:100%;margin-top:6mm;font-size:9.5pt'><tr><th rowspan='2' style='{cell}'>Jaar</th>"
        f"<th colspan='3' style='{cell};text-align:center'>Belastbaar inkomen</th><th rowspan='2' style='{cell}'>Verzamelinkomen</th></tr>"
        f"<tr><th style='{cell}'>box 1<br><span class='small'>werk en woning</span></th><th style='{cell}'>box 2<br>"
        f"<span class='small'>aanmerkelijk belang</span></th><th style='{cell}'>box 3<br><span class='small'>sparen en beleggen</span></th></tr>"
        f"<tr><td style='{cell}'>{year}</td><td class='right' style='{cell}'>{c.a(_euros(box1))}</td><td class='right' style='{cell}'>{c.a(_euros(box2))}</td>"
        f"<td class='right' style='{cell}'>{c.a(_euros(box3))}</td><td class='right' style='{cell}'><b>{c.a(income)}</b></td></tr></table>"
    )  # fmt: skip
    body = (
        f"<table style='width:100%'><tr><td class='logo' style='font-size:13pt'>Belastingdienst</td>"
        f"<td class='right' style='font-size:20pt;color:#555'>{year}</td></tr></table>"
        f"<h1 style='margin-top:6mm'>{e(c.pick('Inkomensverklaring', 'Verklaring van het inkomen'))}</h1>"
        + kv([(c.pick("Naam", "Naam belastingplichtige"), e(name)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.randint(0, 2)))),
              (c.pick("Aangemaakt op", "Datum", "Datum verklaring"), c.d(issue))], label_width="50mm")
        + table
        + "<p class='small' style='margin-top:5mm'>Het verzamelinkomen is de optelsom van de drie boxen. Instanties als uw gemeente of "
        "woningcorporatie gebruiken dit bedrag om te bepalen waar u recht op hebt.</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


def ib60_inspector_declaration(c: Ctx):
    """Fresh. The inspector's declaration in one formal sentence; the birth date beside the BSN, a verification code."""
    c.font_of(SERIF)
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("all", "first", "upper"))
    office = c.pick("Apeldoorn", "Heerlen", "Utrecht")
    code = "-".join(f"{c.rng.randint(0, 9999):04d}" for _ in range(3))
    body = (
        "<div style='text-align:center'><span class='logo' style='font-size:15pt;letter-spacing:4px'>BELASTINGDIENST</span><br>"
        f"<span class='small'>{e(c.pick('Particulieren', 'Inkomstenbelasting'))} · kantoor {e(office)}</span></div>"
        f"<h1 style='text-align:center;margin-top:12mm'>{e(c.pick('Verklaring inkomen', 'Verklaring omtrent het inkomen'))}</h1>"
        f"<p style='margin-top:10mm'>De inspecteur van de Belastingdienst verklaart dat volgens de bij de Belastingdienst bekende gegevens "
        f"het verzamelinkomen van {e(name)}, geboren op {c.d(person.birth_date)}, burgerservicenummer {e(values.bsn_text(person.bsn, c.rng.randint(0, 2)))}, "
        f"over het kalenderjaar {year} heeft bedragen: <b>{c.a(income)}</b>.</p>"
        f"<p>Deze verklaring is op verzoek van belanghebbende afgegeven te {e(office)} op {weekday_date(issue) if c.rng.random() < 0.5 else c.d(issue)}.</p>"
        f"<p style='margin-top:12mm'>De inspecteur,<br>namens deze,<br><br>{e(c.person().name('initials'))}</p>"
        f"<div class='box small' style='margin-top:14mm;width:60%'>Verificatiecode: {e(code)}<br>Controleer deze verklaring op belastingdienst.nl/verificatie</div>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


# --- fresh2 split ----------------------------------------------------------------------------


def _whole(income: str) -> str:
    """The verzamelinkomen in whole euros, as the Belastingdienst prints it.

    >>> _whole("34567.89")
    '34567.00'
    """
    return f"{income.split('.')[0]}.00"


def ib60_right_labels(c: Ctx):
    """Fresh2. A letter whose facts stand under right-aligned labels; the married name in the address block, the request's date and last year's income as decoys."""
    c.font_of(("Carlito", "Liberation Sans Narrow", "Cantarell", "Go"))
    c.restyle(dates=("long", "nopad", "dot_pad", "weekday"), amounts=("whole", "EUR_grouped", "dash_bare"))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    name = person.name(c.pick("initials", "all", "reversed_comma"))
    spouse = c.person(sex="m" if person.sex == "f" else "f")
    addressed = people.married_name(person, spouse) if person.sex == "f" and c.rng.random() < 0.6 else person.titled("initials")
    requested = issue - dt.timedelta(days=c.rng.randint(3, 25))
    last_year = values.amount(max(0, int(float(income)) + c.rng.randint(-6000, 4000)))
    colour = c.pick("#154273", "#01689b", "#222")
    body = (
        f"<div style='text-align:right'><span style='font-size:15pt;font-weight:bold;color:{colour}'>Belastingdienst</span><br>"
        f"<span class='small'>{e(c.pick('Postbus 2508, 6401 DA Heerlen', 'Postbus 9047, 7300 GK Apeldoorn'))}</span></div>"
        + address_block([f"{person.salutation()} {addressed}", home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + right_labels([("Datum", c.d(issue)), ("Uw verzoek van", c.d(requested)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.randint(0, 2)))),
                        ("Ons kenmerk", f"IB 60/{c.rng.randint(100000, 999999)}")], "44mm", colour)
        + f"<h2 style='color:{colour};margin-top:8mm'>{e(c.pick('Inkomensverklaring', 'Verklaring inkomen'))}</h2>"
        "<p>U hebt ons gevraagd uw inkomen te bevestigen. Hieronder staat uw verzamelinkomen zoals dat bij ons bekend is.</p>"
        + right_labels([("Naam", e(name)), ("Jaar", str(year)), ("Verzamelinkomen", f"<b>{c.a(income)}</b>"),
                        (f"Ter vergelijking: verzamelinkomen {year - 1}", c.a(last_year))], "70mm", colour)
        + "<p style='margin-top:6mm'>Het verzamelinkomen is het totaal van uw inkomen in box 1, box 2 en box 3. "
        "Met deze verklaring kunt u bijvoorbeeld aantonen wat uw inkomen was bij een aanvraag voor een huurwoning.</p>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


def ib60_corner_boxes_page2(c: Ctx):
    """Fresh2. Two pages: an explanation with a worked example (other years, other amounts), then the statement as a grid of boxes with tiny corner labels."""
    c.font_of(("Jura", "Open Sans Condensed", "Go", "Quicksand"))
    c.restyle(dates=("dash", "dot_pad", "nopad", "iso"), amounts=("whole", "EUR_grouped", "suffix"))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    name = person.name(c.pick("caps_initials", "all", "reversed", "upper"))
    colour = c.pick("#154273", "#0b5394", "#444")
    example = c.rng.randint(18, 45) * 1000
    explanation = (
        f"<div style='border-bottom:3px solid {colour};padding-bottom:2mm'><span style='font-size:15pt;color:{colour};font-weight:bold'>Belastingdienst</span>"
        f"<span style='float:right' class='small'>Toelichting bij de inkomensverklaring</span></div>"
        "<h2 style='margin-top:8mm'>Wat staat er in uw inkomensverklaring?</h2>"
        "<p>In de inkomensverklaring staat uw verzamelinkomen over één jaar. Woningcorporaties en gemeenten gebruiken dit bedrag, "
        "bijvoorbeeld bij een aanvraag voor medehuurderschap.</p>"
        f"<p><b>Voorbeeld.</b> Had u in {year - 2} een inkomen uit werk van {e(values.amount_text(values.amount(example), 'whole'))} en "
        f"een aftrekpost van {e(values.amount_text('1250.00', 'whole'))}, dan is uw verzamelinkomen "
        f"{e(values.amount_text(values.amount(example - 1250), 'whole'))}.</p>"
        "<h3>Klopt het bedrag niet?</h3><p>Dien dan een aangifte of bezwaar in. Heeft u vragen? Bel de BelastingTelefoon: 0800 - 0543.</p>"
        + "".join(f"<p class='muted'>{e(t)}</p>" for t in (
            "De verklaring is gebaseerd op de laatst bekende aanslag of aangifte.",
            "Bent u getrouwd of heeft u een fiscale partner? Dan vraagt uw partner een eigen verklaring aan.",
            "Bewaar deze verklaring goed. U kunt haar ook downloaden via Mijn Belastingdienst."))
    )  # fmt: skip
    grid_rows = [
        [corner(e(name), "naam", "62%"), corner(e(values.bsn_text(person.bsn, c.rng.randint(0, 2))), "burgerservicenummer")],
        [corner(c.d(person.birth_date), "geboortedatum", "31%"), corner(e(f"{home.line1()}, {home.city}"), "adres")],
        [corner(str(year), "inkomensjaar", "31%"), corner(f"<b>{c.a(income)}</b>", "verzamelinkomen"), corner(c.d(issue), "dagtekening", "31%")],
    ]
    statement = (
        "<div style='page-break-before:always'></div>"
        f"<div style='color:{colour};font-weight:bold'>Belastingdienst</div>"
        f"<h1 style='margin-top:6mm'>Inkomensverklaring <span style='font-weight:normal;color:#555'>IB 60</span></h1>"
        f"<div style='border:1.2px solid {colour};padding:2mm'>{corner_rows(grid_rows)}</div>"
        f"<p class='small' style='margin-top:4mm'>Blad 2 van 2 · code {c.rng.randint(1000, 9999)}-{c.rng.randint(1000, 9999)}</p>"
    )  # fmt: skip
    return page(c, explanation + statement), _truth(name, person, year, income, issue)


# --- fresh3 split ----------------------------------------------------------------------------


def ib60_kenmerk_letter(c: Ctx):
    """Fresh3. The IB 60 letter as the Belastingdienst sends it today: a reference column right (date, BSN, the letter it answers, an aanslagnummer holding the BSN and year), the titled name in the address block, the income in one sentence, last year's figure sometimes beside it."""
    c.font_of(c.pick(SANS, ("Liberation Sans", "Carlito", "Open Sans")))
    c.restyle3(dates=("long_pad", "short_nodot", "dash_mon"), amounts=("dashdash", "euro_tight", "euro_nogroup"))
    person, year, issue, income, home = _facts(c)
    income = _whole(income) if c.rng.random() < 0.6 else income
    name = person.name(c.pick("initials", "all"))
    asked = issue - dt.timedelta(days=c.rng.randint(3, 20))
    city, box = c.pick(("Heerlen", "Postbus 2508, 6401 DA Heerlen"), ("Apeldoorn", "Postbus 9047, 7300 GK Apeldoorn"))
    previous = values.amount(c.rng.randint(9000, 68000))
    reference = [("Datum", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 1))),
                 ("Uw verzoek van", c.d(asked)), ("Aanslagnummer", e(f"{values.bsn_text(person.bsn, 1)}.H.{year % 100:02d}.01")),
                 ("Contactpersoon", "BelastingTelefoon 0800 - 0543")]
    line = c.pick(f"Uw verzamelinkomen over {year} is {{a}}.", f"Over het jaar {year} was uw verzamelinkomen {{a}}.",
                  f"Volgens onze gegevens bedraagt uw verzamelinkomen over {year} {{a}}.")
    salute = f"{person.salutation()} {person.title + ' ' if person.title else ''}{name}"
    body = (
        "<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>Belastingdienst</span></td>"
        f"<td class='right small'>{e(box)}</td></tr></table>"
        "<table style='width:100%;margin-top:12mm'><tr><td style='width:58%'>"
        + address_block([salute, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + "</td><td style='font-size:8.5pt'>"
        + "".join(f"<div style='color:#555'>{e(k)}</div><div style='margin-bottom:2mm'>{v}</div>" for k, v in reference)
        + "</td></tr></table>"
        f"<p><b>Onderwerp</b> &nbsp; Inkomensverklaring {year}</p>"
        f"<p>Geachte {'heer' if person.sex == 'm' else 'mevrouw'} {e(person.surname)},</p>"
        f"<p>U hebt ons gevraagd om een inkomensverklaring. Deze verklaring is voor {e(name)}.</p>"
        f"<p>{e(line).replace('{a}', f'<b>{c.a(income)}</b>')}</p>"
        + (f"<p>Ter vergelijking: uw verzamelinkomen over {year - 1} was {c.a(previous)}.</p>" if c.rng.random() < 0.5 else "")
        + "<p>Het verzamelinkomen is het totaal van uw inkomen uit box 1, box 2 en box 3. Wij baseren deze verklaring op uw "
        "aanslag inkomstenbelasting of, als u die nog niet hebt gekregen, op gegevens van uw werkgever of uitkeringsinstantie.</p>"
        f"<p>Met vriendelijke groet,<br><br>de inspecteur van de Belastingdienst</p>"
        f"<p class='small' style='margin-top:10mm'>IB 60 - 1Z*1FOL</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


def mbd_inkomensgegevens_print(c: Ctx):
    """Fresh3. A browser print of Mijn Belastingdienst's income page: the person's data beside a card with the verzamelinkomen and its boxes, the day the statement was made on the card, the print's own time in the browser's header."""
    c.font_of(("Liberation Sans", "Open Sans", "Carlito", "DejaVu Sans"))
    c.restyle3(dates=("long_pad", "dash_mon", "slash_nopad"), amounts=("euro_tight", "dashdash", "EUR_after"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("all", "first"))
    box2 = values.amount(c.rng.choice((0, 0, 0, c.rng.randint(100, 3000))))
    box3 = values.amount(c.rng.choice((0, 0, c.rng.randint(50, 2500))))
    box1 = _euros(max(_cents(income) - _cents(box2) - _cents(box3), 0))
    stamp = f"{values.date_text(issue, 'slash_nopad')} {c.rng.randint(8, 22):02d}:{c.rng.randint(0, 59):02d}"
    card = kv([("Verzamelinkomen", f"<b>{c.a(income)}</b>"), ("Inkomen uit werk en woning (box 1)", c.a(box1)),
               ("Inkomen uit aanmerkelijk belang (box 2)", c.a(box2)), ("Inkomen uit sparen en beleggen (box 3)", c.a(box3))], label_width="62mm")
    body = (
        browser_header("Inkomensgegevens | Mijn Belastingdienst", "https://mijn.belastingdienst.nl/mbd-pmb/inkomen", stamp)
        + "<div style='background:#154273;color:#fff;padding:5px 8px;margin-top:3mm'><b>Belastingdienst</b> &nbsp; Mijn Belastingdienst</div>"
        "<div class='small' style='margin:2mm 0'>Home &gt; Mijn gegevens &gt; Inkomensgegevens</div>"
        f"<h1>Inkomensgegevens</h1>"
        "<div class='box' style='width:70%'><b>Uw gegevens</b>"
        + kv([("Naam", e(name)), ("BSN", e(values.bsn_text(person.bsn, 2))), ("Geboortedatum", c.d(person.birth_date))], label_width="34mm")
        + "</div><div class='box' style='width:85%'>"
        f"<b>Inkomensverklaring {year}</b><div class='small'>{e(c.pick('Definitief', 'Op basis van uw aanslag', 'Voorlopig'))}</div>"
        + card
        + f"<p class='small'>Deze inkomensverklaring is opgemaakt op {c.d(issue)}.</p></div>"
        f"<p class='small'>Andere jaren: {' · '.join(str(y) for y in (year - 1, year - 2, year - 3))}</p>"
        "<p class='small'>U kunt deze pagina printen of als pdf opslaan en meesturen met uw aanvraag.</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


def ib60_telefoon_letter(c: Ctx):
    """Fresh3. A short letter after a phone request: the call's date first, then a small table of year and verzamelinkomen, the name again in a "Naam" row, the letter dated at the place in its last line."""
    c.font_of(c.pick(SERIF, SANS))
    c.restyle3(dates=("long_pad", "short_nodot", "words"), amounts=("dashdash", "EUR_after", "euro_nogroup"))
    person, year, issue, income, home = _facts(c)
    income = _whole(income) if c.rng.random() < 0.5 else income
    name = person.name(c.pick("initials", "all", "first"))
    called = issue - dt.timedelta(days=c.rng.randint(2, 14))
    city = c.pick("Heerlen", "Apeldoorn")
    body = (
        "<div class='logo' style='font-size:14pt'>Belastingdienst</div><div class='small'>Particulieren</div>"
        + address_block([name, home.line1(), f"{values.postcode_text(home.postcode, c.rng.random() < 0.5)} {home.city}"])
        + f"<p>Betreft: uw telefonische verzoek van {c.d(called)}</p>"
        f"<p>Geachte heer/mevrouw,</p><p>U hebt ons gebeld en gevraagd om een verklaring van uw inkomen. Hieronder staat uw "
        f"verzamelinkomen. U kunt deze brief gebruiken als inkomensverklaring.</p>"
        "<table class='ruled' style='margin:4mm 0'>"
        f"<tr><td>Naam</td><td>{e(name)}</td></tr><tr><td>Burgerservicenummer</td><td>{e(values.bsn_text(person.bsn, c.pick(0, 2)))}</td></tr>"
        f"<tr><td>Jaar</td><td>{year}</td></tr><tr><td>Verzamelinkomen</td><td>{c.a(income)}</td></tr></table>"
        "<p>Klopt het bedrag niet? Bel dan de BelastingTelefoon.</p>"
        f"<p>{e(city)}, {c.d(issue)}</p><p>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


# --- fresh4 split ----------------------------------------------------------------------------

_FUNDS = ("ABP", "PFZW", "PMT", "PME", "bpfBOUW", "Pensioenfonds Detailhandel", "Nationale-Nederlanden", "a.s.r. levensverzekering")


def ib60_loongegevens_pensioner(c: Ctx):
    """Fresh4. A pensioner's IB 60 made without a tax return: the letter says the income comes from what the benefit agencies reported, a table of sources (SVB's AOW, one or two pension funds) adds up to the verzamelinkomen, the married name in the address block, the request's date beside the letter's."""
    c.font_of(c.pick(SANS, SERIF))
    c.restyle4(dates=("long", "dash", "long"), amounts=("euro", "bare_nogroup", "dash"))
    _person, year, issue, income, home = _facts(c)
    person = c.person(born=(1936, 1958), titled=0.05)
    name = person.name(c.pick("initials", "all", "initials_core_upper"))
    spouse = c.person(sex="m" if person.sex == "f" else "f", born=(1935, 1960))
    addressed = people.married_name(person, spouse) if person.sex == "f" and c.rng.random() < 0.6 else person.titled("initials")
    total = _cents(income) + 1_500_000 if _cents(income) < 1_600_000 else _cents(income)
    income = _euros(total)
    aow = min(int(total * c.rng.uniform(0.42, 0.8)), c.rng.randint(1_450_000, 2_050_000))  # a year's AOW is some 15-21 thousand euros
    funds = c.rng.sample(_FUNDS, c.rng.choice((1, 1, 2)))
    rest = total - aow
    parts = [("Sociale Verzekeringsbank", "AOW-pensioen", aow)]
    if len(funds) == 2:
        first = int(rest * c.rng.uniform(0.3, 0.7))
        parts += [(funds[0], "ouderdomspensioen", first), (funds[1], c.pick("ouderdomspensioen", "lijfrente-uitkering"), rest - first)]
    else:
        parts.append((funds[0], "ouderdomspensioen", rest))
    asked = issue - dt.timedelta(days=c.rng.randint(4, 21))
    money = lambda cents: c.a(_euros(cents))  # noqa: E731
    table = ("<table class='lines' style='width:100%;margin:3mm 0'><tr><th>Uitkeringsinstantie</th><th>Soort inkomen</th>"
             f"<th class='right'>Bedrag{' in €' if c.amount_style == 'bare_nogroup' else ''}</th></tr>"
             + "".join(f"<tr><td>{e(who)}</td><td>{e(kind)}</td><td class='right'>{money(v)}</td></tr>" for who, kind, v in parts)
             + f"<tr><td colspan='2'><b>Uw inkomen (verzamelinkomen) {year}</b></td><td class='right'><b>{c.a(income)}</b></td></tr></table>")
    body = (
        _letterhead(c)
        + "<table style='width:100%;margin-top:8mm'><tr><td style='width:60%'>"
        + address_block([f"{person.salutation()} {addressed}", home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + "</td><td class='small'>"
        + kv([("Datum", c.d(issue)), ("Uw verzoek van", c.d(asked)), ("BSN", e(values.bsn_text(person.bsn, c.pick(0, 1, 2)))),
              ("Ons kenmerk", f"IB60/LG/{c.rng.randint(100000, 999999)}")], label_width="28mm")
        + "</td></tr></table>"
        f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Geachte {'heer' if person.sex == 'm' else 'mevrouw'} {e(person.surname)},</p>"
        f"<p>U hebt een inkomensverklaring over {year} gevraagd. U hebt over dat jaar geen aangifte inkomstenbelasting gedaan. Daarom hebben wij uw "
        "inkomen vastgesteld met de gegevens die uw uitkeringsinstanties aan ons hebben doorgegeven.</p>"
        + kv([("Naam", e(name)), ("Jaar", str(year))], label_width="28mm")
        + table
        + "<p>Doet u later alsnog aangifte over dit jaar? Dan kan uw verzamelinkomen nog veranderen.</p>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


def berichtenbox_ib60_print(c: Ctx):
    """Fresh4. A MijnOverheid Berichtenbox message printed from the browser: the box's sender, subject and received date on top, the IB 60 inside a frame with its own "Dagtekening", its rows in the order year, income, name, BSN ("BSN/sofinummer")."""
    c.font_of(("Open Sans", "Liberation Sans", "Carlito", "FreeSans"))
    c.restyle4(dates=("long", "long_pad", "dash"), amounts=("euro", "dash", "EUR"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("all", "initials", "first"))
    received = issue + dt.timedelta(days=c.rng.randint(0, 2))
    printed = received + dt.timedelta(days=c.rng.randint(0, 30))
    stamp = f"{values.date_text(printed, 'dash')} {c.rng.randint(8, 22):02d}:{c.rng.randint(0, 59):02d}"
    meta = kv([("Van", "Belastingdienst"), ("Onderwerp", f"Inkomensverklaring {year}"),
               ("Ontvangen", f"{e(values.date_text(received, 'dash'))} {c.rng.randint(6, 23):02d}:{c.rng.randint(0, 59):02d}"),
               ("Bewaard tot", e(values.date_text(received.replace(year=received.year + 7), "dash")))], label_width="30mm")
    letter = (
        "<div style='border:1px solid #999;padding:6mm;margin-top:5mm'>"
        "<table style='width:100%'><tr><td class='logo' style='font-size:13pt'>Belastingdienst</td>"
        f"<td class='right small'>Dagtekening<br>{c.d(issue)}</td></tr></table>"
        f"<h2 style='margin-top:6mm'>Inkomensverklaring</h2>"
        + kv([("Jaar", str(year)), ("Verzamelinkomen", f"<b>{c.a(income)}</b>"), ("Naam", e(name)),
              (c.pick("BSN/sofinummer", "Burgerservicenummer"), e(values.bsn_text(person.bsn, c.pick(0, 1))))], cls="ruled", label_width="50mm")
        + "<p class='small' style='margin-top:4mm'>Deze inkomensverklaring is gebaseerd op uw aanslag of, als die er nog niet is, op de gegevens "
        "van uw werkgever of uitkeringsinstantie. U kunt haar gebruiken voor een huurwoning, kinderopvang of een studie.</p></div>"
    )  # fmt: skip
    body = (
        browser_header("Bericht - Berichtenbox - MijnOverheid", "https://mijn.overheid.nl/berichtenbox/inbox/bericht", stamp)
        + "<div style='background:#154273;color:#fff;padding:5px 8px;margin-top:3mm'><b>MijnOverheid</b> &nbsp; Berichtenbox</div>"
        f"<p class='small'>Ingelogd als {e(person.name('first'))}</p>"
        + meta + letter
        + "<p class='small' style='margin-top:4mm'>Bijlage: inkomensverklaring.pdf (1 pagina)</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


def ib60_big_figure_card(c: Ctx):
    """Fresh4. A statement in the newer house style: a blue ribbon, the verzamelinkomen first as a large figure, what the statement is for, a note that a fiscal partner (named) must ask for an own statement, and the name, BSN and date of the statement in a small table at the foot beside the date of the assessment it rests on."""
    c.font_of(("Liberation Sans", "Open Sans", "Carlito", "Cantarell"))
    c.restyle4(dates=("long", "dash", "long_pad"), amounts=("euro", "whole", "dash"))
    person, year, issue, income, home = _facts(c)
    income = _whole(income) if c.rng.random() < 0.5 else income
    name = person.name(c.pick("all", "initials", "all_core_upper"))
    partner = c.person(sex="m" if person.sex == "f" else "f").name(c.pick("all", "initials"))
    assessed = values.between(c.rng, dt.date(year + 1, 3, 1), issue - dt.timedelta(days=10))
    note = (f"<p>Heeft u een fiscale partner? Deze verklaring geldt alleen voor u. Uw partner, {e(partner)}, vraagt zelf een verklaring aan.</p>"
            if c.rng.random() < 0.6 else "<p>Deze verklaring geldt alleen voor u, niet voor een eventuele partner.</p>")
    body = (
        "<div style='border-left:9mm solid #154273;padding-left:6mm;min-height:240mm'>"
        "<div class='logo' style='font-size:14pt;color:#154273'>Belastingdienst</div>"
        f"<h1 style='margin-top:10mm;font-size:20pt'>Uw inkomensverklaring over {year}</h1>"
        f"<div style='background:#e8eef6;padding:5mm;margin:5mm 0;width:75%'><div>Uw verzamelinkomen {year}</div>"
        f"<div style='font-size:24pt;font-weight:bold;margin-top:2mm'>{c.a(income)}</div></div>"
        "<h3>Waarvoor gebruikt u deze verklaring?</h3><ul><li>een aanvraag bij een woningcorporatie, bijvoorbeeld voor medehuurderschap</li>"
        "<li>een aanvraag voor kinderopvang of een studie</li><li>een hypotheek of een lening</li></ul>"
        + note
        + "<p>Uw verzamelinkomen is het totaal van uw inkomen in box 1, box 2 en box 3, min uw persoonsgebonden aftrek.</p>"
        "<h3 style='margin-top:12mm'>Gegevens van deze verklaring</h3>"
        + kv([("Naam", e(name)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 2)))),
              ("Datum van deze verklaring", c.d(issue)), ("Gebaseerd op de aanslag van", c.d(assessed))], cls="lines", label_width="60mm")
        + f"<p class='small' style='margin-top:6mm'>IB 60 · {c.rng.randint(1000, 9999)} {c.rng.randint(1000, 9999)} {c.rng.randint(1000, 9999)}</p></div>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


# --- fresh5 split ----------------------------------------------------------------------------


def ib60_herzien_na_bezwaar(c: Ctx):
    """Fresh5. A revised income statement after an objection ("gewijzigde inkomensverklaring"): the letter names the objection's date and the earlier statement's date, a table sets the earlier verzamelinkomen (struck through) beside the revised one (the truth), the letter's own date in a reference column with the BSN, the addressee "dhr. ing." before the name."""
    c.font_of(c.pick(SANS, ("Liberation Sans", "Carlito", "Open Sans")))
    c.restyle5(dates=("long", "dash", "dot_pad"), amounts=("whole", "space_group", "euro"))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    old = _whole(values.amount(float(income) + c.rng.choice((1, -1)) * c.rng.randint(800, 9000)))
    name = person.name(c.pick("initials", "initials_spaced", "all"))
    objected = issue - dt.timedelta(days=c.rng.randint(40, 160))
    earlier = objected - dt.timedelta(days=c.rng.randint(10, 90))
    salute = {"m": c.pick("dhr.", "De heer", "Dhr."), "f": c.pick("mw.", "Mevrouw", "Mevr.")}[person.sex]
    title = f"{person.title} " if person.title else ""
    reference = right_labels([("Datum", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 2)))),
                              ("Uw bezwaar van", c.d(objected)), ("Kenmerk bezwaar", f"BZW-{c.rng.randint(100000, 999999)}"),
                              ("Behandeld door", e(c.person().name("initials")))], label_width="38mm")
    table = ("<table class='ruled' style='width:100%;margin:3mm 0'><tr><th></th><th class='right'>Verzamelinkomen " + str(year) + "</th></tr>"
             f"<tr><td>Volgens de inkomensverklaring van {c.d(earlier)}</td><td class='right'><s>{c.a(old)}</s></td></tr>"
             f"<tr><td><b>Na vermindering van de aanslag (gewijzigd)</b></td><td class='right'><b>{c.a(income)}</b></td></tr></table>")
    body = (
        _letterhead(c)
        + "<table style='width:100%;margin-top:6mm'><tr><td style='width:55%'>"
        + f"{e(salute)} {e(title)}{e(name)}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city.upper())}</td>"
        + f"<td class='small'>{reference}</td></tr></table>"
        + f"<h2 style='margin-top:8mm'>Gewijzigde inkomensverklaring {year}</h2>"
        f"<p>Geachte {'heer' if person.sex == 'm' else 'mevrouw'} {e(person.surname)},</p>"
        f"<p>U heeft op {c.d(objected)} bezwaar gemaakt tegen de aanslag inkomstenbelasting {year}. Wij hebben de aanslag verminderd. "
        "Daardoor is ook uw verzamelinkomen veranderd. Deze verklaring vervangt de eerdere inkomensverklaring.</p>"
        + table
        + "<p class='small'>Gebruik voor een aanvraag van een woning, toeslag of studiefinanciering alleen het gewijzigde bedrag. "
        "Ontvangt u binnenkort een nieuwe (verminderings)beschikking, dan hoort die bij deze verklaring.</p>"
        "<p>Met vriendelijke groet,<br>de inspecteur van de Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, person, year, income, issue)


def ib60_app_screenshot(c: Ctx):
    """Fresh5. A phone screenshot of the tax authority's app, saved as a narrow page: a status bar with the time and battery, a back arrow, a card with "Verzamelinkomen 2025" and the figure large, then name, BSN, "Datum verklaring", and below it the assessment's date and a "Delen" button."""
    c.font_of(("Open Sans", "Cantarell", "Carlito", "Liberation Sans"))
    c.restyle5(dates=("long", "dash", "wd_abbr_short"), amounts=("whole", "tight_whole", "euro"))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    name = person.name(c.pick("all", "first", "given_initials"))
    assessed = issue - dt.timedelta(days=c.rng.randint(30, 300))
    assessed = max(assessed, dt.date(year + 1, 2, 20))
    row = lambda k, v: f"<div style='padding:2.2mm 0;border-bottom:0.5px solid #ddd'><div style='font-size:7pt;color:#666'>{e(k)}</div><div style='font-size:10pt'>{v}</div></div>"  # noqa: E731
    body = (
        f"<div style='display:flex;justify-content:space-between;font-size:7.5pt;font-weight:bold'><span>{c.rng.randint(7, 22)}:{c.rng.randint(0, 59):02d}</span>"
        f"<span>4G &nbsp; {c.rng.randint(12, 99)}%</span></div>"
        "<div style='margin-top:4mm;font-size:9pt;color:#154273'>‹ Terug</div>"
        f"<div style='font-size:14pt;font-weight:bold;margin:3mm 0 4mm 0'>{e(c.pick('Inkomensverklaring', 'Mijn inkomen', 'Inkomensgegevens'))}</div>"
        "<div style='background:#eaf1f8;border-radius:3mm;padding:4mm'>"
        f"<div style='font-size:8.5pt;color:#154273'>Verzamelinkomen {year}</div>"
        f"<div style='font-size:20pt;font-weight:bold;margin-top:1mm'>{c.a(income)}</div>"
        "<div style='font-size:7pt;color:#555;margin-top:1mm'>inkomen uit werk en woning, aanmerkelijk belang en sparen en beleggen samen</div></div>"
        + row("Naam", e(name)) + row("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 2))))
        + row("Belastingjaar", str(year)) + row("Datum verklaring", c.d(issue))
        + row("Gebaseerd op", f"aanslag inkomstenbelasting van {c.d(assessed)}")
        + "<div style='margin-top:5mm;text-align:center;background:#154273;color:white;border-radius:2mm;padding:2mm;font-size:9pt'>Delen als pdf</div>"
        "<div style='margin-top:3mm;text-align:center;font-size:6.5pt;color:#777'>Belastingdienst · app versie "
        f"{c.rng.randint(3, 6)}.{c.rng.randint(0, 19)}.{c.rng.randint(0, 9)}</div>"
    )  # fmt: skip
    return page(c, body, "@page { size: 82mm 178mm; margin: 5mm 5mm 5mm 5mm; } body { font-size: 9pt; line-height: 1.25; }"), _truth(name, person, year, income, issue)


def ib60_ontvangststempel_notities(c: Ctx):
    """Fresh5. An IB 60 as the corporation's mail room files it: the letter with a "Dagtekening" line, "Ten name van", "Uw BSN" and the verzamelinkomen in a table row, overprinted with the corporation's turned received stamp (its own date) and an officer's notes in the margin in pen (the maximum rent at 40%, last year's figure, initials and a date)."""
    c.font_of(c.pick(SERIF, SANS))
    c.restyle5(dates=("long", "dash", "short"), amounts=("euro", "whole", "space_group"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "initials_spaced", "caps_initials"))
    received = issue + dt.timedelta(days=c.rng.randint(3, 40))
    corp = c.rng.choice(("Ymere", "Portaal", "Woonstad Rotterdam", "Eigen Haard", "de Alliantie", "Kennemer Wonen", "Woonopmaat"))
    cap = values.amount(round(float(income) / 12 * 0.4, 2))
    previous = values.amount(float(income) + c.rng.randint(-6000, 4000))
    hand = c.rng.choice(HAND)
    note = (f"<div style='position:absolute;right:-6mm;top:120mm;width:48mm;transform:rotate(-4deg);font-family:\"{hand}\";color:#b0221a;font-size:10.5pt;line-height:1.2'>"
            f"40% → max {e(values.amount_text(cap, 'tight_whole'))} p/m<br>vorig jr {e(values.amount_text(previous, 'euro_dash_word'))}?<br>"
            f"ok — {e(''.join(c.rng.choice('ABCDEFGHJKLMNPRSTVW') for _ in range(2)))} {e(values.date_text(received + dt.timedelta(days=c.rng.randint(0, 9)), 'dash_2y'))}</div>")
    received_stamp = (f"<div style='position:absolute;right:4mm;top:4mm'>"
                      f"{stamp(['ONTVANGEN', values.date_text(received, 'dash_2y'), corp.upper()], colour='#8a1c1c', turn=c.rng.uniform(6, 12))}</div>")
    body = (
        "<div style='position:relative'>"
        + received_stamp
        + "<div class='logo' style='font-size:14pt'>Belastingdienst</div>"
        + address_block([f"{person.salutation()} {name}", home.line1(), f"{values.postcode_text(home.postcode, c.rng.random() < 0.6)} {home.city}"])
        + f"<p>Dagtekening: {c.d(issue)}</p>"
        + f"<h2>Verklaring van het verzamelinkomen over {year}</h2>"
        + kv([("Ten name van", e(name)), ("Uw BSN", e(values.bsn_text(person.bsn, c.pick(0, 1, 2)))), ("Belastingjaar", str(year))], label_width="40mm")
        + "<table class='ruled' style='width:80%;margin-top:4mm'><tr><th>Omschrijving</th><th class='right'>Bedrag</th></tr>"
        f"<tr><td>Uw verzamelinkomen {year}</td><td class='right'>{c.a(income)}</td></tr></table>"
        "<p class='small' style='margin-top:5mm;width:75%'>Het verzamelinkomen is het totaal van uw inkomen in box 1, box 2 en box 3. "
        "Heeft u een fiscale partner? Dan geldt deze verklaring alleen voor u.</p>"
        "<p style='width:75%'>Met vriendelijke groet,<br>Belastingdienst</p>"
        + note + "</div>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


# --- fresh6 split ----------------------------------------------------------------------------


def ib60_toelichting_page2(c: Ctx):
    """Fresh6. Two pages: page 1 the IB 60 letter (the name in the window, a small reference table with "Dagtekening" and the BSN, the statement as a ruled table "Omschrijving | Bedrag" with the verzamelinkomen in whole euros over the year, the box-1-to-3 incomes as other rows), page 2 a "Toelichting" in numbered paragraphs on what the verzamelinkomen is, who asks for it and how to object within six weeks, under a running head repeating the reference number."""
    c.font_of(c.pick(SANS, NARROW))
    c.restyle6(dates=("long", "dash", "pad_short_nodot"), amounts=("EUR_dash", "euro", "EUR_nogroup_after"))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    name = person.name(c.pick("initials", "all_core_upper", "all"))
    box1 = int(float(income) * c.rng.uniform(0.8, 1.0))
    rows = [("Belastbaar inkomen uit werk en woning (box 1)", values.amount(box1)),
            ("Belastbaar inkomen uit aanmerkelijk belang (box 2)", "0.00"),
            ("Belastbaar inkomen uit sparen en beleggen (box 3)", values.amount(int(float(income)) - box1)),
            (f"Verzamelinkomen {year}", income)]
    bold = " style='font-weight:bold;background:#eef2f7'"
    table = "".join(f"<tr{bold if i == 3 else ''}><td>{e(k)}</td><td class='right'>{c.a(v)}</td></tr>" for i, (k, v) in enumerate(rows))
    kenmerk = f"{values.bsn_text(person.bsn, 0)}.I.{year % 100:02d}.{c.rng.randint(10, 99)}"
    notes = [("Wat is het verzamelinkomen?", "Het verzamelinkomen is het totaal van uw belastbaar inkomen uit box 1, box 2 en box 3, na aftrek van uw persoonsgebonden aftrek."),
             ("Waarvoor gebruikt u deze verklaring?", "Instanties zoals woningcorporaties, gemeenten en DUO kunnen om deze verklaring vragen. Geef de verklaring alleen aan instanties die daar een wettelijke grond voor hebben."),
             ("Klopt het inkomen niet?", "Dan kunt u bezwaar maken tegen de aanslag waarop deze verklaring is gebaseerd, binnen 6 weken na de dagtekening van die aanslag."),
             ("Fiscale partner", "Deze verklaring geldt alleen voor u. Uw fiscale partner kan een eigen inkomensverklaring aanvragen.")]
    toelichting = "".join(f"<h3>{i + 1}. {e(t)}</h3><p>{e(x)}</p>" for i, (t, x) in enumerate(notes))
    body = (
        running(f"Belastingdienst · Inkomensverklaring · kenmerk {e(kenmerk)}", "IB 60 - 1Z*1FOL")
        + _letterhead(c)
        + address_block([name, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + kv([("Dagtekening", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 1)))),
              ("Kenmerk", e(kenmerk))], label_width="42mm")
        + f"<h2>Inkomensverklaring {year}</h2><p>U hebt ons gevraagd om een inkomensverklaring. Hieronder ziet u de gegevens over {year}. "
        "Op de volgende bladzijde staat een toelichting.</p>"
        f"<table class='ruled' style='width:100%'><tr><th>Omschrijving</th><th class='right'>Bedrag</th></tr>{table}</table>"
        "<p style='margin-top:6mm'>Met vriendelijke groet,<br>de inspecteur van de Belastingdienst</p>"
        "<div style='page-break-before:always'></div><h2>Toelichting</h2>" + toelichting
    )  # fmt: skip
    css = "@page { margin-top: 24mm; @bottom-right { content: 'Pagina ' counter(page) ' van ' counter(pages); font-size: 7.5pt; } }"
    return page(c, body, css), _truth(name, person, year, income, issue)


def ib60_gemachtigde_bewindvoerder(c: Ctx):
    """Fresh6. An IB 60 sent to an authorised representative: the address block is a budget-administration office ("t.a.v." its administrator, its own beconnummer), the letter says it answers the representative's request "namens uw cliënt", the client's name, BSN and birth date in an "Inzake" block, the year and verzamelinkomen in a sentence and again in a framed line, the letter's date at the top right as "Datum"."""
    c.font_of(c.pick(SERIF, ("Go", "Carlito", "Liberation Sans")))
    c.restyle6(dates=("long", "pad_short_nodot", "dot_pad"), amounts=("euro", "EUR_dash"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "surname_caps_given"))
    office = c.pick("Bewindvoering Noord B.V.", "Budgetbeheer & Bewind De Brug", "Stichting Bewind en Mentorschap Midden",
                    "Kantoor Beschermingsbewind Oost")
    admin = c.person(born=(1960, 1995))
    office_home = people.address(c.rng)
    requested = issue - dt.timedelta(days=c.rng.randint(5, 30))
    body = (
        _letterhead(c)
        + address_block([office, f"t.a.v. {admin.name('initials')}", office_home.line1(),
                         f"{values.postcode_text(office_home.postcode, True)}  {office_home.city}"])
        + f"<p class='right'>Datum: {c.d(issue)}</p>"
        + kv([("Beconnummer", str(c.rng.randint(100000, 999999))), ("Uw verzoek van", c.d(requested))], label_width="40mm")
        + "<h2>Inkomensverklaring op verzoek van gemachtigde</h2>"
        + "<div class='box' style='background:#f4f4f4'><b>Inzake</b>"
        + kv([("Naam", e(name)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 2)))),
              ("Geboortedatum", e(values.date_text(person.birth_date, "dash")))], label_width="42mm") + "</div>"
        + f"<p>Geachte heer/mevrouw,</p><p>U hebt namens uw cliënt gevraagd om een inkomensverklaring. Het verzamelinkomen van uw cliënt "
        f"over {year} bedraagt {c.a(income)}.</p>"
        f"<div class='box'><b>Verzamelinkomen {year}: {c.a(income)}</b></div>"
        "<p class='small'>Wij sturen deze verklaring naar u omdat u bij ons bent geregistreerd als bewindvoerder of gemachtigde. "
        "Uw cliënt ontvangt geen afschrift.</p><p>Met vriendelijke groet,<br>Belastingdienst/Particulieren</p>"
    )  # fmt: skip
    return page(c, body), _truth(name, person, year, income, issue)


# --- fresh7 split ----------------------------------------------------------------------------


def ib60_beedigde_vertaling_en(c: Ctx):
    """Fresh7. A sworn translation of an IB 60 into English, as an international resident hands it in: a heading "Translation from Dutch", the translated letter with the translator's notes in square brackets ("[logo: Belastingdienst]", "[signature illegible]"), the address block, "Date:" (the statement's own date, "5th March 2026"), "Citizen service number", "Income statement for the year 2025" and the verzamelinkomen as the "aggregate income" in an English notation ("EUR 34,567"); under a rule the translator's declaration in Dutch (name, the Register of sworn interpreters and translators' number, the translation's own later date in words of the month) beside a seal."""
    c.font_of(c.pick(SERIF7, ("Liberation Serif", "DejaVu Serif", "Caladea")))
    c.restyle7(dates=("en_ordinal", "en_ordinal", "en_long"), amounts=("EUR_en_whole", "EUR_en_whole", "en"))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    name = person.name(c.pick("initials", "all", "all_upper_surname"))
    translator = c.person(born=(1955, 1992))
    translated = issue + dt.timedelta(days=c.rng.randint(3, 90))
    town = c.rng.choice(people.places())[1]
    number = c.rng.randint(10000, 29999)
    note = lambda text: f"<span style='color:#555;font-style:italic'>[{e(text)}]</span>"  # noqa: E731
    body = (
        "<table style='width:100%;font-size:8.5pt'><tr><td>TRANSLATION FROM DUTCH INTO ENGLISH</td><td class='right'>Page 1 of 1</td></tr></table>"
        f"<div style='text-align:right;margin-top:4mm'>{note('logo: Belastingdienst')}<br>{e(c.pick('P.O. Box 2508, 6401 DA Heerlen', 'P.O. Box 9047, 7300 GK Apeldoorn'))}</div>"
        + address_block([name, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + kv([("Date", c.d(issue)), ("Citizen service number", e(values.bsn_text(person.bsn, c.pick(0, 1)))),
              ("Our reference", e(f"IB60/{year}/{c.rng.randint(100000, 999999)}"))], label_width="48mm")
        + f"<h2>Income statement for the year {year}</h2>"
        f"<p>Dear Sir or Madam,</p><p>You have asked us for an income statement ({note('Dutch: inkomensverklaring')}). Your aggregate income "
        f"({note('Dutch: verzamelinkomen')}) for the year {year} amounts to:</p>"
        f"<div class='box' style='width:95mm'><b>Aggregate income {year}: {c.a(income)}</b></div>"
        "<p>This is the total of your taxable income from work and home, from a substantial interest and from savings and investments. "
        f"It is based on the final assessment for {year}.</p>"
        f"<p>Yours faithfully,<br>the Tax Inspector<br>{note('signature illegible')}</p>"
        f"<p class='small'>{note('footer: IB 60 - 1Z*1FOL')}</p>"
        "<div style='border-top:1.2px solid #000;margin-top:8mm;padding-top:3mm'><table style='width:100%'><tr><td style='padding-right:6mm'>"
        "<b>Verklaring van de vertaler</b><br>"
        f"Ondergetekende, {e(translator.name('all'))}, beëdigd vertaler voor de Engelse taal, ingeschreven in het Register beëdigde tolken en "
        f"vertalers onder nummer {number}, verklaart dat het voorgaande een getrouwe en volledige vertaling is van het Nederlandse document "
        f"dat aan {'hem' if translator.sex == 'm' else 'haar'} is getoond.<br><br>{e(town)}, {e(values.date_text(translated, 'long'))}</td>"
        f"<td class='right' style='width:36mm'>{seal(['BEËDIGD VERTALER', translator.name('initials'), f'Rbtv {number}'], colour='#1d3f8a', size='32mm')}</td></tr></table></div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, person, year, income, issue)


def ib60_b1_vragen_brief(c: Ctx):
    """Fresh7. The plain-language letter the Belastingdienst now writes: a grey column on the left with "Uw gegevens" (the BSN, the date of the letter, a reference) and a QR code to an explanation, the address block and "Beste meneer Van der Meer," on the right, then questions as bold headings ("Waarom krijgt u deze brief?", "Wat was uw inkomen in 2025?", "Wat moet u doen?", "Klopt er iets niet?") each answered in one or two short sentences, the verzamelinkomen in whole euros in the second answer; "Met vriendelijke groet, Belastingdienst" without a name."""
    c.font_of(c.pick(SANS7, ("Open Sans", "Carlito", "Liberation Sans")))
    c.restyle7(dates=("long", "long", "dash", "long_pad"), amounts=("whole", "euro", "dash"))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    name = person.name(c.pick("initials", "given_initials", "all"))
    particle, core = people.split_particle(person.surname)
    surname = f"{particle.capitalize()} {core}" if particle else core
    dear = f"Beste {'meneer' if person.sex == 'm' else 'mevrouw'} {surname},"
    answers = [
        ("Waarom krijgt u deze brief?", f"U heeft ons gevraagd om een inkomensverklaring over {year}. Dat is deze brief."),
        (f"Wat was uw inkomen in {year}?", f"Uw verzamelinkomen over {year} was <b>{c.a(income)}</b>."),
        ("Wat is het verzamelinkomen?", "Dat is al uw inkomen bij elkaar: uit werk en woning, uit aanmerkelijk belang en uit sparen en beleggen."),
        ("Wat moet u doen?", "Niets. Geef deze brief aan de organisatie die erom vraagt, bijvoorbeeld uw woningcorporatie of de gemeente."),
        ("Klopt er iets niet?", f"Neem dan contact met ons op. Heeft u bezwaar gemaakt tegen uw aanslag over {year}? Dan krijgt u een nieuwe verklaring als dat nodig is."),
    ]
    text = "".join(f"<h3 style='margin-top:5mm'>{e(q)}</h3><p style='margin:0'>{a if '<b>' in a else e(a)}</p>" for q, a in answers)
    side = (
        "<div style='background:#eceff3;padding:4mm;font-size:8.5pt;line-height:1.5'><b>Uw gegevens</b><br><br>Burgerservicenummer<br>"
        f"<b>{e(values.bsn_text(person.bsn, c.pick(0, 2)))}</b><br><br>Datum<br><b>{c.d(issue)}</b><br><br>Kenmerk<br>"
        f"<b>IB60-{c.rng.randint(1000000, 9999999)}</b><br><br>Vragen?<br>BelastingTelefoon<br><b>0800 - 0543</b><br><br>"
        f"{qr_block(c.rng, cell=0.9)}<br>Scan de code voor uitleg in eenvoudige taal</div>"
    )
    body = (
        "<table style='width:100%'><tr><td style='width:48mm;vertical-align:top;padding-right:7mm'>"
        "<div class='logo' style='font-size:13pt;color:#154273;margin-bottom:8mm'>Belastingdienst</div>" + side + "</td><td style='vertical-align:top'>"
        + address_block([name, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + f"<p style='margin-top:10mm'><b>Onderwerp:</b> uw inkomensverklaring {year}</p><p>{e(dear)}</p>"
        + text
        + "<p style='margin-top:8mm'>Met vriendelijke groet,<br>Belastingdienst</p></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10.5pt; line-height: 1.45; }"), _truth(name, person, year, income, issue)


# --- fresh8 split ----------------------------------------------------------------------------

def _boxes_adding_up(c: Ctx, income: str) -> list[tuple[str, int]]:
    """Box 1, 2 and 3 and a personal deduction (whole euros) that add up to the verzamelinkomen."""
    total = int(income.split(".")[0])
    box2 = c.rng.choice((0, 0, 0, c.rng.randint(800, 6000)))
    box3 = c.rng.choice((0, c.rng.randint(50, 2400)))
    deduction = c.rng.choice((0, c.rng.randint(120, 3800)))
    box1 = total - box2 - box3 + deduction
    if box1 <= 0:
        box2, box3, deduction, box1 = 0, 0, 0, total
    return [("box 1", box1), ("box 2", box2), ("box 3", box3), ("aftrek", deduction)]


def ib60_stippellijn_berekening(c: Ctx):
    """Fresh8. An IB 60 that shows how the verzamelinkomen is made: after the letter's head ("Datum", "Burgerservicenummer" and the year beside the address block) a typeset calculation with labels left, dotted leaders and the figures right-aligned under "Bedragen in euro's" without a euro sign ("34.567"): income from work and home (box 1), from a substantial interest (box 2), from savings and investments (box 3), minus the personal deduction, a rule, then the verzamelinkomen in bold; every other line is a decoy amount."""
    c.font_of(c.pick(SANS8, ("Liberation Sans", "Carlito")))
    c.restyle8(dates=("long", "long", "dash"), amounts=("bare_whole",))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    name = person.name(c.pick("initials", "initials", "first_initial", "all"))
    parts = dict(_boxes_adding_up(c, income))
    money = lambda n: c.a(values.amount(n))  # noqa: E731
    rows = [("Belastbaar inkomen uit werk en woning (box 1)", money(parts["box 1"])),
            ("Belastbaar inkomen uit aanmerkelijk belang (box 2)", money(parts["box 2"])),
            ("Belastbaar inkomen uit sparen en beleggen (box 3)", money(parts["box 3"])),
            ("Af: persoonsgebonden aftrek", f"- {money(parts['aftrek'])}" if parts["aftrek"] else money(0))]
    body = (
        _letterhead(c)
        + "<table style='width:100%;margin-top:6mm'><tr><td style='width:58%'>"
        + address_block([f"{person.title} {name}" if person.title else name, home.line1(),
                         f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + "</td><td class='small' style='vertical-align:top;padding-top:10mm'>"
        + kv([("Datum", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 1)))), ("Inkomensjaar", str(year))], label_width="34mm")
        + "</td></tr></table>"
        f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Geachte {e('heer' if person.sex == 'm' else 'mevrouw')} {e(name)},</p>"
        f"<p>U heeft ons gevraagd om een inkomensverklaring over {year}. Hieronder ziet u hoe wij uw verzamelinkomen hebben berekend. "
        "Het verzamelinkomen is het bedrag dat organisaties zoals uw gemeente of woningcorporatie gebruiken.</p>"
        "<div style='width:88%;margin:4mm 0'><div class='right small' style='border-bottom:0.6px solid #333'>Bedragen in euro's</div>"
        + dotted_rows(rows, value_width="30mm")
        + "<div style='border-top:1.2px solid #111;margin-top:1.5mm'></div>"
        + dotted_rows([(f"Verzamelinkomen {year}", f"<b>{c.a(income)}</b>")], value_width="30mm")
        + "</div>"
        "<p>Deze verklaring is gebaseerd op de gegevens die wij op de datum van deze brief hebben. Verandert uw aanslag nog, dan "
        "ontvangt u een nieuwe verklaring.</p><p>Met vriendelijke groet,<br><br>de inspecteur van de Belastingdienst</p>"
        "<p class='small' style='margin-top:8mm'>IB 60 - 1Z*2FOL</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


def ib60_twee_op_een_kopie(c: Ctx):
    """Fresh8. A copier's "2 op 1" copy of an IB 60 on one A4 landscape sheet: the two pages reduced side by side inside thin page edges, on the left the letter (letterhead, the address block, "Datum", "Burgerservicenummer", "Inkomensverklaring" and the verzamelinkomen in a framed row) and on the right its back page "Toelichting" with a worked example (another person's year and amounts) and the BelastingTelefoon; everything in small print as a reduction makes it, a copier's grey edge and a punched file's two holes on the left."""
    c.font_of(c.pick(("Liberation Sans", "Carlito", "DejaVu Sans"), SANS8))
    c.restyle8(dates=("long", "dash"), amounts=("whole", "euro"))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    name = person.name(c.pick("initials", "initials", "surname_initials_nocomma", "all"))
    example = values.amount(c.rng.randint(18, 60) * 1000 + c.rng.randint(0, 999))
    left = (
        _letterhead(c)
        + address_block([name, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + kv([("Datum", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 0))), ("Ons kenmerk", f"IB60/{year}/{c.rng.randint(100000, 999999)}")],
             label_width="30mm")
        + f"<h2 style='font-size:11pt'>Inkomensverklaring {year}</h2>"
        f"<p>Op uw verzoek verklaren wij dat uw verzamelinkomen over het jaar {year} het volgende bedrag is.</p>"
        f"<table class='ruled' style='width:100%'><tr><td>Verzamelinkomen {year}</td><td class='right'><b>{c.a(income)}</b></td></tr></table>"
        "<p>Zie voor een toelichting de achterkant van deze brief.</p><p>De inspecteur van de Belastingdienst</p>"
    )
    right = (
        "<h2 style='font-size:11pt;margin-top:0'>Toelichting</h2>"
        "<h3 style='font-size:9pt'>Wat is het verzamelinkomen?</h3><p>Het verzamelinkomen is de optelsom van uw inkomen uit werk en woning (box 1), "
        "uit aanmerkelijk belang (box 2) en uit sparen en beleggen (box 3), na aftrek van de persoonsgebonden aftrekposten.</p>"
        f"<h3 style='font-size:9pt'>Voorbeeld</h3><p>Anna had in {year - 1} een belastbaar inkomen uit werk en woning van {e(values.amount_text(example, 'whole'))} "
        "en geen inkomen in box 2 en box 3. Haar verzamelinkomen is dan hetzelfde bedrag.</p>"
        "<h3 style='font-size:9pt'>Waarvoor gebruikt u deze verklaring?</h3><p>Bijvoorbeeld voor een aanvraag bij uw woningcorporatie, de gemeente of "
        "een studiefinanciering. De verklaring geldt voor het jaar dat erop staat.</p>"
        "<h3 style='font-size:9pt'>Vragen?</h3><p>Kijk op belastingdienst.nl of bel de BelastingTelefoon: 0800 - 0543.</p>"
    )
    sheet = "border:0.6px solid #aaa;padding:7mm 7mm 7mm 8mm;height:168mm;vertical-align:top;font-size:7pt;line-height:1.3;background:#fff;overflow:hidden"
    holes = "".join(f"<div style='position:fixed;left:-6mm;top:{t}mm;width:5mm;height:5mm;border-radius:50%;background:#c8c8c8'></div>" for t in (55, 135))
    body = (
        holes + "<div style='background:#e4e4e4;padding:3mm'>"
        f"<table style='width:100%;table-layout:fixed'><tr><td style='{sheet}'>{left}</td><td style='width:4mm;padding:0'></td>"
        f"<td style='{sheet}'>{right}</td></tr></table></div>"
    )  # fmt: skip
    css = "@page { size: A4 landscape; margin: 10mm 10mm 10mm 12mm; } h2 { margin: 4px 0; } p { margin: 3px 0; } .small { font-size: 6.2pt; }"
    return page(c, body, css), _truth(name, person, year, income, issue)


# --- fresh9 split ----------------------------------------------------------------------------

_BANKS9 = ("Rabobank", "ABN AMRO Hypotheken", "ING Hypotheken", "Volksbank (SNS)", "Florius", "Obvion")


def ib60_hypotheek_samenvatting(c: Ctx):
    """Fresh9. A bank's "Samenvatting hypotheekaanvraag" in which the adviser copied the first applicant's IB 60 into a block "Inkomensverklaring Belastingdienst (IB 60) - aanvrager 1" (name as on the IB 60, BSN, tax year, verzamelinkomen, the IB 60's date), beside the decoys a mortgage file holds: the second applicant with a masked BSN and an employer's income, the "toetsinkomen" of both, the loan asked for, the summary's own date and file number; amounts as "Euro 34.567,00"."""
    c.font_of(c.pick(("Cantarell", "Go"), ("Open Sans", "Carlito")))
    c.restyle9(dates=("dash", "long"), amounts=("Euro_front",))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    other = c.person(born=(1955, 2003))
    name = person.name(c.pick("initials", "all", "initials_particle_abbrev"))
    other_income = values.amount(c.rng.randint(18000, 70000))
    test_income = values.amount(float(income) + float(other_income))
    summary = issue + dt.timedelta(days=c.rng.randint(2, 40))
    loan = values.amount(c.rng.randint(180, 520) * 1000)
    bank = c.rng.choice(_BANKS9)
    masked = "*****" + other.bsn[-4:]
    block = lambda title, rows: (f"<div style='border:0.8px solid #9aa;margin:3mm 0'><div style='background:#e4ecf2;padding:1mm 3mm;font-weight:bold'>{e(title)}</div>"  # noqa: E731
                                 f"<div style='padding:1mm 3mm'>{kv(rows, label_width='62mm')}</div></div>")
    body = (
        f"<table style='width:100%'><tr><td><span style='font-family:\"Open Sans Extrabold\";font-size:15pt'>{e(bank)}</span><br><span style='font-family:\"Cantarell Thin\", sans-serif;font-size:10pt'>Hypotheekadvies</span></td>"
        f"<td class='right small'>Dossiernummer {c.rng.randint(10000000, 99999999)}<br>Samenvatting d.d. {c.d(summary)}</td></tr></table>"
        "<h1 style='margin-top:6mm;font-family:\"Go Smallcaps\", sans-serif'>Samenvatting hypotheekaanvraag</h1>"
        "<p class='small'>Deze samenvatting is opgesteld door uw adviseur op basis van de stukken die u heeft aangeleverd. Controleer de gegevens.</p>"
        + block("Aanvragers", [("Aanvrager 1", e(person.name("initials"))), ("Aanvrager 2", e(other.name("initials"))),
                               ("Adres", f"{e(home.line1())}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}")])
        + block("Inkomensverklaring Belastingdienst (IB 60) - aanvrager 1",
                [("Naam zoals op IB 60", e(name)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.randint(0, 2)))), ("Belastingjaar", str(year)),
                 ("Verzamelinkomen", c.a(income)), ("Datum IB 60", c.d(issue)), ("Gecontroleerd", "origineel ingezien")])
        + block("Inkomen aanvrager 2 (werkgeversverklaring)", [("BSN", masked), ("Bruto jaarinkomen incl. vakantiegeld", c.a(other_income)),
                                                               ("Datum werkgeversverklaring", c.d(summary - dt.timedelta(days=c.rng.randint(3, 20))))])
        + block("Toetsing", [("Toetsinkomen (gezamenlijk)", c.a(test_income)), ("Gewenste hoofdsom", c.a(loan)), ("Rentevaste periode", f"{c.pick(10, 20, 30)} jaar")])
        + "<p class='small'>Aan deze samenvatting kunnen geen rechten worden ontleend. Het aanbod volgt na acceptatie.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


def ib60_grote_letters(c: Ctx):
    """Fresh9. The IB 60 in large print, as the tax office sends it to someone who asked for letters in large letters: about 17 pt throughout, the heads in an extra-bold face, every fact a line of its own in plain words ("Uw naam", "Uw burgerservicenummer", "Uw verzamelinkomen over 2025 is:" and the whole euros on a line of their own), the date under "Datum" and the letter running onto a second page with what to do if the amount is wrong."""
    c.font_of(("Cantarell", "DejaVu Sans", "Open Sans"))
    c.restyle9(dates=("long", "long_pad"), amounts=c.pick(("whole", "euro"), ("euro",)))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    name = person.name(c.pick("all", "initials"))
    big = 'font-family:"Open Sans Extrabold", "Cantarell Extra Bold", sans-serif'
    body = (
        f"<div style='{big};font-size:24pt'>Belastingdienst</div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"<p>Datum<br><b>{c.d(issue)}</b></p>"
        + f"<h1 style='{big};font-size:22pt;margin-top:8mm'>Uw inkomensverklaring over {year}</h1>"
        "<p>U heeft ons gevraagd om brieven in grote letters. Daarom krijgt u deze brief in grote letters.</p>"
        f"<p>Uw naam:<br><b>{e(name)}</b></p>"
        f"<p>Uw burgerservicenummer:<br><b>{e(values.bsn_text(person.bsn, 2))}</b></p>"
        f"<p>Uw verzamelinkomen over {year} is:<br><b style='font-size:22pt'>{c.a(income)}</b></p>"
        "<p>Dit bedrag komt uit uw aanslag inkomstenbelasting. Heeft u geen aanslag gekregen? Dan komt het bedrag uit de gegevens die uw werkgever of uitkeringsinstantie aan ons gaf.</p>"
        f"<h2 style='{big};font-size:19pt'>Klopt het bedrag niet?</h2>"
        "<p>Bel dan de BelastingTelefoon: 0800 - 0543. Houd uw burgerservicenummer bij de hand.</p>"
        "<p>Met vriendelijke groet,<br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 17pt; line-height: 1.45; }"), _truth(name, person, year, income, issue)


# --- fresh10 split ---------------------------------------------------------------------------

_PORTALS10 = ("WoonnetRijnmond", "Woningnet", "Hureninhollandrijnland.nl", "Entree (regio Groningen)", "Klik voor Wonen", "ThuisinLimburg")


def ib60_portaal_digid_opgehaald(c: Ctx):
    """Fresh10. A housing portal's page after the applicant fetched the income statement with DigiD and printed it: the portal's bar and "Mijn inschrijving", a green notice "Gegevens opgehaald bij de Belastingdienst", then the card "Inkomensverklaring (IB 60)" with the name as the portal stores it ("Meer (van der), J.C."), the BSN, the year, the verzamelinkomen as "EUR34.567,00" and "Datum inkomensverklaring" (the statement's own date); the fetching date ("Opgehaald op 05.03.26") and the household's income limit as decoys."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Cantarell", "Liberation Sans")))
    c.restyle10(dates=("dot_2y", "dash"), amounts=("EUR_tight",))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    name = person.name(c.pick("reversed_particle_brackets", "reversed_particle_brackets", "initials"))
    fetched = issue + dt.timedelta(days=c.rng.randint(0, 60))
    portal = c.rng.choice(_PORTALS10)
    colour = c.pick("#0b5394", "#7a1f5c", "#1b6f3a", "#c0392b")
    limit = values.amount(c.pick(47699, 52671, 48625))
    card = lambda title, rows: (f"<div style='border:0.6px solid #ccd;border-radius:2mm;padding:3mm 4mm;margin:4mm 0'><div style='font-weight:bold;font-size:11pt;margin-bottom:2mm'>{e(title)}</div>"  # noqa: E731
                                + kv(rows, label_width="62mm") + "</div>")
    body = (
        f"<div style='background:{colour};color:#fff;margin:-4mm -4mm 4mm -4mm;padding:3mm 5mm;display:flex;justify-content:space-between'>"
        f"<b style='font-size:13pt'>{e(portal)}</b><span style='font-family:\"{SANS10[1]}\", sans-serif;font-style:italic'>Mijn inschrijving · uitloggen</span></div>"
        f"<div style='font-size:8pt;color:#555'>Home &rsaquo; Mijn gegevens &rsaquo; Inkomen</div>"
        "<h1 style='margin-top:4mm'>Uw inkomen</h1>"
        f"<div style='background:#e6f4ea;border-left:3px solid #1e8e3e;padding:2mm 3mm'>&#10004; Gegevens opgehaald bij de Belastingdienst (via DigiD). Opgehaald op {c.d(fetched)}.</div>"
        + card("Inkomensverklaring (IB 60)", [("Naam", e(name)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.randint(0, 1)))),
                                              ("Belastingjaar", str(year)), ("Verzamelinkomen", c.a(income)), ("Datum inkomensverklaring", c.d(issue))])
        + card("Toets voor sociale huur", [("Inkomensgrens eenpersoonshuishouden", c.a(limit)), ("Uw inkomen valt", "binnen de grens" if float(income) <= float(limit) else "boven de grens")])
        + "<p class='small'>De gegevens komen rechtstreeks van de Belastingdienst en kunt u hier niet wijzigen. Klopt er iets niet? Neem contact op met de Belastingdienst.</p>"
        + f"<div style='font-size:7pt;color:#777;margin-top:6mm'>https://www.{e(portal.split()[0].lower())}/mijn-inschrijving/inkomen &nbsp; 1/1</div>"
    )  # fmt: skip
    return page(c, body, "@page { margin: 14mm 14mm; } body { font-size: 9.6pt; }"), _truth(name, person, year, income, issue)


def ib60_pdf_viewer_print(c: Ctx):
    """Fresh10. The IB 60 opened in a browser's PDF viewer and printed with the viewer round it (a screenshot printed in landscape): a dark toolbar with the file's name "IB60_2025.pdf", "1 / 1" and "85%", page thumbnails down the left, and in the middle the letter itself shrunk (the Belastingdienst's head, the address block, "Datum", "Inkomensverklaring 2025", name, BSN, verzamelinkomen in whole euros)."""
    c.font_of(("DejaVu Sans", "Liberation Sans", "Open Sans"))
    c.restyle10(dates=("long", "dash"), amounts=("euro", "whole"))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    name = person.name(c.pick("initials", "all"))
    letter = (
        "<div style='font-weight:bold;font-size:12pt;color:#154273'>Belastingdienst</div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(issue)), ("Ons kenmerk", f"IB60/{year}/{c.rng.randint(1000000, 9999999)}")], label_width="28mm")
        + f"<div style='font-weight:bold;font-size:10.5pt;margin:4mm 0 2mm 0'>Inkomensverklaring {year}</div>"
        + kv([("Naam", e(name)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 2))), ("Verzamelinkomen", c.a(income))], label_width="40mm")
        + "<p>U heeft een inkomensverklaring gevraagd. Hierboven staat uw verzamelinkomen. Dit is het totaal van uw inkomen uit werk en woning, "
          "uit aanmerkelijk belang en uit sparen en beleggen.</p><p>Met vriendelijke groet,<br>Belastingdienst</p>"
    )
    thumbs = "".join(f"<div style='background:#fff;width:16mm;height:22mm;margin:3mm auto;border:{'1.5px solid #8ab4f8' if i == 0 else '0.5px solid #666'}'></div><div style='text-align:center;font-size:6pt;color:#ddd'>{i + 1}</div>" for i in range(1))
    body = (
        f"<div style='background:#323639;color:#f1f1f1;padding:2mm 4mm;display:flex;justify-content:space-between;font-size:8pt'>"
        f"<span>&#9776; &nbsp; IB60_{year}.pdf</span><span>1 / 1 &nbsp;&nbsp; &minus; &nbsp;85%&nbsp; + &nbsp;&nbsp; &#8634;</span><span>Downloaden &nbsp; Afdrukken &nbsp; &#8942;</span></div>"
        f"<table style='width:100%;background:#525659;table-layout:fixed'><tr><td style='width:26mm;background:#3c4043;vertical-align:top'>{thumbs}</td>"
        f"<td style='padding:5mm 0'><div style='background:#fff;width:150mm;margin:0 auto;padding:10mm 12mm;font-size:8.2pt;line-height:1.3'>{letter}</div></td></tr></table>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS + " @page { margin: 8mm; }"), _truth(name, person, year, income, issue)


# --- fresh11 split ---------------------------------------------------------------------------

_ACCOUNTANTS11 = ("Administratiekantoor De Boekhouder", "Van Rijn & Partners Accountants", "Belastingadvieskantoor Hoekstra", "Fiscaal Adviesbureau Noord",
                  "Accountantskantoor Smit en de Jong")


def ib60_accountant_begeleidende_brief(c: Ctx):
    """Fresh11. Two pages as an accountancy office sends them to its client: page 1 the office's covering letter (its name set in an italic serif letterhead, its own later date, "Betreft: inkomensverklaring", the verzamelinkomen restated as "EUR 34.567", last year's figure and the office's fee as decoys, the statement's date named in a sentence), page 2 the IB 60 itself as the Belastingdienst made it (date, name, BSN, year, verzamelinkomen)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle11(dates=("long", "dash"), amounts=("euro", "whole"))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    name = person.name(c.pick("initials", "all", "initials"))
    office = c.rng.choice(_ACCOUNTANTS11)
    sent = issue + dt.timedelta(days=c.rng.randint(2, 20))
    last = values.amount(max(8000, int(float(income)) + c.rng.randint(-4000, 3000)))
    whole = lambda a: f"<span style='white-space:nowrap'>{e(values.amount_text(a, 'EUR_whole_nl'))}</span>"  # noqa: E731
    letter = (
        f"<div style='font-family:\"{SERIF11[0]}\", serif;font-style:italic;font-size:19pt;color:#2b3f5c'>{e(office)}</div>"
        f"<div class='small' style='border-bottom:0.6px solid #2b3f5c;padding-bottom:1.5mm'>belastingaangiften · administraties · toeslagen &nbsp;|&nbsp; KvK {c.rng.randint(10000000, 99999999)}</div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", e(values.date_text(sent, "long"))), ("Betreft", f"inkomensverklaring {year}"), ("Dossier", f"{person.surname.split()[-1][:4].upper()}{c.rng.randint(100, 999)}")], label_width="28mm")
        + f"<p style='margin-top:6mm'>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        + f"<p>Namens u hebben wij bij de Belastingdienst de inkomensverklaring (IB 60) over {year} opgevraagd. Deze is gedagtekend {c.d(issue)} en treft u als bijlage aan.</p>"
        + f"<p>De Belastingdienst stelt uw verzamelinkomen over {year} vast op <b>{whole(income)}</b>. Ter vergelijking: over {year - 1} was dit {whole(last)}. "
          "U kunt de bijlage meesturen met uw aanvraag bij de woningcorporatie.</p>"
        + f"<p>Voor het opvragen brengen wij {whole(c.pick('25.00', '35.00', '45.00'))} in rekening.</p><p>Met vriendelijke groet,<br><br>{e(c.person().name('initials'))}<br>{e(office)}</p>"
    )
    ib60 = (
        "<div style='page-break-before:always'></div>" + _letterhead(c)
        + f"<div style='margin-top:2mm'>{stamp(['BIJLAGE 1', office], colour='#2b3f5c', turn=-2.5)}</div>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + kv([("Datum", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.randint(0, 2))))], label_width="45mm")
        + f"<h2>Inkomensverklaring {year}</h2>"
        + kv([("Naam", e(name)), ("Verzamelinkomen", c.a(income))], label_width="45mm")
        + "<p>Dit is uw verzamelinkomen over het genoemde jaar. U kunt deze verklaring gebruiken als u bij een instantie uw inkomen moet aantonen.</p>"
        + "<p>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, letter + ib60, "body { font-size: 10pt; }"), _truth(name, person, year, income, issue)


def ib60_app_donkere_modus(c: Ctx):
    """Fresh11. A phone screenshot of the tax app in dark mode, saved as a tall narrow page and printed: light text on a black screen, the status bar, "Inkomensverklaring {year}" with the verzamelinkomen large on a dark-grey card, the name and BSN, "Datum verklaring" as "do 5 maart 2026", then "Eerdere jaren" with other years and figures as decoys and buttons "Bekijk pdf" / "Delen"."""
    c.font_of(c.pick(("Open Sans", "Cantarell"), ("Carlito", "DejaVu Sans")))
    c.restyle11(dates=("wd_nodot_long",), amounts=("whole", "euro"))
    person, year, issue, income, home = _facts(c)
    income = _whole(income)
    name = person.name(c.pick("all", "first", "initials"))
    card = "background:#1f1f1f;border-radius:3mm;padding:3mm 4mm;margin:3mm 0"
    earlier = "".join(f"<tr><td style='color:#bbb'>{y}</td><td class='right' style='color:#bbb'>{c.a(values.amount(c.rng.randint(9000, 68000)))}</td></tr>" for y in (year - 1, year - 2))
    body = (
        f"<div style='display:flex;justify-content:space-between;font-size:7.5pt;color:#eee'><span>{c.rng.randint(7, 22)}:{c.rng.randint(0, 59):02d}</span><span>5G &nbsp; {c.rng.randint(12, 99)}%</span></div>"
        "<div style='color:#8ab4f8;margin-top:3mm'>&#8249; Inkomen</div>"
        f"<div style='font-size:15pt;font-weight:bold;margin-top:2mm'>Inkomensverklaring {year}</div>"
        f"<div style='{card}'><div style='color:#bbb;font-size:8pt'>Verzamelinkomen</div><div style='font-size:20pt;font-weight:bold'>{c.a(income)}</div>"
        f"<div style='color:#bbb;font-size:8pt;margin-top:1mm'>Belastingjaar {year}</div></div>"
        f"<div style='{card}'>" + kv([("Naam", e(name)), ("BSN", e(values.bsn_text(person.bsn, c.rng.randint(0, 2)))), ("Datum verklaring", c.d(issue))], label_width="27mm") + "</div>"
        f"<div style='font-weight:bold;margin-top:4mm'>Eerdere jaren</div><table style='width:100%'>{earlier}</table>"
        "<div style='display:flex;gap:3mm;margin-top:5mm'><span style='border:1px solid #8ab4f8;color:#8ab4f8;border-radius:4mm;padding:1mm 4mm'>Bekijk pdf</span>"
        "<span style='border:1px solid #8ab4f8;color:#8ab4f8;border-radius:4mm;padding:1mm 4mm'>Delen</span></div>"
        "<div style='font-size:7pt;color:#999;margin-top:5mm'>Belastingdienst · gegevens uit uw aangifte of onze berekening</div>"
    )  # fmt: skip
    css = "@page { size: 78mm 165mm; margin: 4mm; background: #000; } body { font-size: 8.8pt; color: #f2f2f2; background: #000; } .label { color: #bbb; }"
    return page(c, body, css), _truth(name, person, year, income, issue)


# --- fresh12 split ---------------------------------------------------------------------------


_DEBT_SERVICES12 = ("Schuldhulpverlening Gemeente Zaanstad", "Kredietbank Nederland", "Plangroep Schuldhulp", "Stadsbank Oost Nederland",
                    "Team Geldzaken Gemeente Tilburg", "Schuldhulpmaatje Leiden")


def ib60_fax_schuldhulpverlening(c: Ctx):
    """Fresh12. An income statement a debt-counselling service faxed to the housing corporation: page 1 the fax cover sheet ("FAXBERICHT": from the service, its consultant and fax number, to the corporation, "Aantal pagina's (incl. dit blad): 2", the day it was sent, later than the statement, and "Betreft: inkomensverklaring van" the client, named as the service writes it); page 2 the Belastingdienst's statement itself under a fax machine's header line (the sending time, the fax number, "P.002/002") in an italic monospaced cut, with the verzamelinkomen as "EUR 34 567,00" and the statement's own date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "FreeSans")))
    c.restyle12(dates=("long", "dash"), amounts=("EUR_space_group",))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all"))
    service = c.rng.choice(_DEBT_SERVICES12)
    consultant = c.person(born=(1960, 1998))
    sent = issue + dt.timedelta(days=c.rng.randint(4, 60))
    fax = f"0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)}"
    clock = f"{c.rng.randint(8, 17):02d}:{c.rng.randint(0, 59):02d}"
    head = (f"<div style='font-family:\"{MONO12[0]}\", monospace;font-style:italic;font-size:8.4pt;border-bottom:0.6px solid #000;margin-bottom:5mm'>"
            f"{e(values.date_text(sent, 'slash'))} {clock} &nbsp; FAX {e(fax)} &nbsp; {e(service.upper())} &nbsp;&nbsp; P.{{n}}/002</div>")
    cover = (
        head.replace("{n}", "001")
        + "<h1 style='font-size:26pt;letter-spacing:3px'>FAXBERICHT</h1>"
        + "<table class='ruled' style='width:100%;margin-top:4mm'>"
        f"<tr><td style='width:30%'>Van</td><td>{e(service)}<br>{e(consultant.name('initials'))}, schuldhulpverlener<br>Fax {e(fax)}</td></tr>"
        f"<tr><td>Aan</td><td>{e(c.pick('Ymere', 'Portaal', 'Mitros', 'Woonbron', 'Vidomes'))}, afdeling Verhuur</td></tr>"
        f"<tr><td>Datum</td><td>{c.d(sent)}</td></tr><tr><td>Aantal pagina's (incl. dit blad)</td><td>2</td></tr>"
        f"<tr><td>Betreft</td><td>inkomensverklaring van onze cliënt {e(person.name('particle_first_comma_first'))}</td></tr></table>"
        "<p style='margin-top:6mm'>Geachte heer/mevrouw,</p><p>Zoals telefonisch besproken stuur ik u hierbij de inkomensverklaring van onze cliënt, "
        "in verband met de aanvraag bij uw organisatie. Wij hebben een machtiging van de cliënt om deze gegevens te delen.</p>"
        f"<p>Met vriendelijke groet,<br>{e(consultant.name('first'))}</p>"
        "<p class='small' style='margin-top:10mm'>Dit faxbericht is uitsluitend bestemd voor de geadresseerde. Bent u niet de geadresseerde, vernietig het bericht dan en laat het ons weten.</p>"
    )
    statement = (
        "<div style='page-break-before:always'></div>" + head.replace("{n}", "002") + _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 1))), ("Ons kenmerk", f"IB60/{c.rng.randint(100000, 999999)}")], label_width="45mm")
        + f"<h1 style='margin-top:6mm'>Inkomensverklaring {year}</h1>"
        + kv([("Naam", e(name)), ("Belastingjaar", str(year)), ("Verzamelinkomen", c.a(income))], label_width="45mm")
        + "<p>Het verzamelinkomen is het totaal van uw inkomen uit werk en woning (box 1), uit aanmerkelijk belang (box 2) en uit sparen en beleggen (box 3).</p>"
        "<p>Met vriendelijke groet,<br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, cover + statement, "body { font-size: 10pt; }"), _truth(name, person, year, income, issue)


_CERTIFIERS12 = ("Gemeente {city}, Publiekszaken", "Notariskantoor Van Wijk & De Boer", "Gemeente {city}, balie Burgerzaken")


def ib60_gewaarmerkte_kopie(c: Ctx):
    """Fresh12. A certified copy of the income statement: the Belastingdienst's statement as a photocopy (grey edge, "KOPIE" along the margin) with, across its lower part, the counter's round-cornered stamp "Voor eensluidend afschrift" naming the copying clerk, the day of the copy (later than the statement) and the person who showed the original in the bank's capitals ("VAN DER MEER J.C."); the statement's own date as "05 mrt. 2026", the income as "EUR 34 567,00" or in the usual notation."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Open Sans")))
    c.restyle12(dates=("pad_short_dot", "long"), amounts=("EUR_space_group", "euro"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    clerk = c.person(born=(1960, 2000))
    copied = issue + dt.timedelta(days=c.rng.randint(2, 90))
    certifier = c.rng.choice(_CERTIFIERS12).format(city=home.city)
    seal_lines = ["VOOR EENSLUIDEND AFSCHRIFT", certifier, f"getoond door {person.name('caps_surname_initials')}", f"d.d. {values.date_text(copied, 'mon_upper')}",
                  f"{clerk.name('initials')}, medewerker"]
    body = (
        "<div style='position:fixed;left:-12mm;top:40mm;transform:rotate(-90deg);transform-origin:left top;color:#999;font-size:18pt;letter-spacing:8px'>KOPIE</div>"
        "<div style='border:0.5px solid #bbb;padding:6mm 6mm 10mm 6mm;background:#fbfbfb'>" + _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 1))))], label_width="45mm")
        + f"<h1 style='margin-top:5mm'>Inkomensverklaring {year}</h1>"
        f"<p>U heeft ons gevraagd om een inkomensverklaring over {year}. Hieronder ziet u uw verzamelinkomen over dat jaar.</p>"
        + kv([("Naam", e(name)), ("Jaar", str(year)), ("Verzamelinkomen", f"<b>{c.a(income)}</b>")], label_width="45mm")
        + "<p class='small'>Dit inkomen is gebaseerd op de definitieve aanslag inkomstenbelasting. Bewaar deze verklaring goed.</p>"
        + "<p>Met vriendelijke groet,<br>de Belastingdienst</p></div>"
        + f"<div style='margin:-22mm 0 0 70mm'>{stamp(seal_lines, colour='#7a1f2b', turn=c.rng.uniform(-7, -2))}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, person, year, income, issue)

# --- fresh13 split ---------------------------------------------------------------------------


def _padlock() -> str:
    """A padlock drawn with two boxes (a picture, no text), as a phone's address bar shows it."""
    return ("<span style='display:inline-block;position:relative;width:2.6mm;height:3.2mm;margin-right:1.5mm;vertical-align:-0.4mm'>"
            "<span style='position:absolute;left:0.45mm;top:0;width:1.7mm;height:1.6mm;border:0.45mm solid #444;border-bottom:0;border-radius:1mm 1mm 0 0'></span>"
            "<span style='position:absolute;left:0;bottom:0;width:2.6mm;height:1.8mm;background:#444;border-radius:0.3mm'></span></span>")


def ib60_mobiele_browser_adresbalk(c: Ctx):
    """Fresh13. The statement opened in Mijn Belastingdienst on a phone and printed from the phone's browser onto A4, in a narrow column: the browser's print line (the day and time printed as "Thu, 05 Mar 2026", later than the statement, a decoy, and the page's title), the phone's address bar drawn (a padlock, "mijn.belastingdienst.nl/inkomensverklaring", a tab count, three dots), the site's blue header with its menu button, a card "Inkomensverklaring {year}" with the name, BSN, year, verzamelinkomen and the statement's date ("donderdag 05-03-2026" or in words), "Laatst ingelogd" with another day (a decoy), buttons "Downloaden" and "Delen", and the browser's foot with the URL and "1/1"."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("DejaVu Sans", "Liberation Sans")))
    c.restyle13(dates=("wd_long_dash", "long"), amounts=("euro", "plain"))
    person, year, issue, income, _home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    printed = issue + dt.timedelta(days=c.rng.randint(1, 70))
    login = issue + dt.timedelta(days=c.rng.randint(0, 3)) if c.rng.random() < 0.5 else printed
    clock = f"{c.rng.randint(7, 23):02d}:{c.rng.randint(0, 59):02d}"
    url = "https://mijn.belastingdienst.nl/mbd-pmb/inkomensverklaring"
    body = (
        f"<div style='font-size:7pt;color:#444;display:flex;justify-content:space-between'><span>{e(values.date_text(printed, 'en_rfc'))} {clock}</span>"
        "<span>Inkomensverklaring | Mijn Belastingdienst</span></div>"
        "<div style='width:100mm;margin:3mm auto 0 auto;border:0.6px solid #ccc'>"
        "<div style='background:#f1f3f4;padding:2mm 2.5mm;display:flex;align-items:center;font-size:8.6pt'>"
        f"<div style='flex:1;background:#fff;border-radius:4mm;padding:1mm 3mm'>{_padlock()}mijn.belastingdienst.nl/inkomensverklaring</div>"
        f"<span style='border:0.45mm solid #444;border-radius:0.8mm;padding:0 1.2mm;margin-left:2.5mm;font-size:7.5pt'>{c.rng.randint(2, 19)}</span>"
        "<span style='margin-left:2.5mm;font-size:12pt'>&#8942;</span></div>"
        "<div style='background:#154273;color:#fff;padding:2.5mm 3mm;display:flex;justify-content:space-between;align-items:center'>"
        "<b>Mijn Belastingdienst</b><span style='font-size:8pt'>&#9776; Menu</span></div>"
        "<div style='padding:3mm 4mm'>"
        f"<div class='small'>Laatst ingelogd: {e(values.date_text(login, 'long'))} om {clock}</div>"
        f"<h1 style='font-size:14pt;margin-top:3mm'>Inkomensverklaring {year}</h1>"
        "<div style='border:0.6px solid #d0d7e2;border-radius:2mm;padding:3mm;background:#f7f9fc'>"
        + "".join(f"<div style='margin-bottom:2.2mm'><div class='small'>{e(k)}</div><div><b>{v}</b></div></div>" for k, v in (
            ("Naam", e(name)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 2)))), ("Belastingjaar", str(year)),
            ("Verzamelinkomen", c.a(income)), ("Datum verklaring", c.d(issue))))
        + "</div>"
        "<p style='font-size:8.8pt'>Het verzamelinkomen is het totaal van uw inkomen uit box 1, box 2 en box 3. Heeft u een toeslagpartner? Dan ziet u zijn of haar inkomen niet op deze verklaring.</p>"
        "<div style='display:flex;gap:3mm'><span style='background:#154273;color:#fff;padding:1.5mm 4mm;border-radius:1mm'>Downloaden</span>"
        "<span style='border:0.6px solid #154273;color:#154273;padding:1.5mm 4mm;border-radius:1mm'>Delen</span></div>"
        "</div></div>"
        f"<div style='position:fixed;bottom:-12mm;left:0;right:0;font-size:7pt;color:#444;display:flex;justify-content:space-between'><span>{e(url)}</span><span>1/1</span></div>"
    )  # fmt: skip
    return page(c, body, "@page { size: A4; margin: 12mm 14mm 16mm 14mm; } body { font-size: 9.6pt; }"), _truth(name, person, year, income, issue)


_INTAKE_CORPS13 = ("Ymere", "Portaal", "Woonbron", "Vidomes", "Mitros", "Havensteder", "Stadgenoot", "Lefier")


def ib60_opgeplakt_intakeblad(c: Ctx):
    """Fresh13. A housing corporation's intake sheet "Inkomenstoets" with the Belastingdienst's statement photocopied and pasted onto it, a little askew, with strips of tape at its corners: around it the sheet's case number, "Ontvangen op" and the clerk (decoys), the applicant as the corporation's system writes them ("JC VAN DER MEER"), the income limit of the allocation rule and the income the clerk copied into the sheet as "EURO 34.567,00" (the same sum), ticks "Toets voldaan"; inside the pasted copy the letterhead, the date, the name, BSN, year and verzamelinkomen."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle13(dates=("long", "dash"), amounts=("euro", "plain"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all"))
    corp = c.rng.choice(_INTAKE_CORPS13)
    clerk = c.person(born=(1965, 2000))
    received = issue + dt.timedelta(days=c.rng.randint(3, 80))
    limit = values.amount(c.rng.choice((47699, 52673, 48625, 44035)))
    tape = "position:absolute;width:18mm;height:6mm;background:rgba(235,228,190,0.75);"
    copy = (
        f"<div style='position:relative;margin:6mm 8mm;padding:6mm 7mm;background:#fafafa;border:0.6px solid #999;transform:rotate({c.rng.uniform(-2.5, 2.5):.1f}deg);"
        "box-shadow:0.8mm 0.8mm 1.5mm rgba(0,0,0,0.25)'>"
        f"<span style='{tape}top:-3mm;left:-5mm;transform:rotate(-30deg)'></span><span style='{tape}top:-3mm;right:-5mm;transform:rotate(30deg)'></span>"
        + _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 1)))], label_width="42mm")
        + f"<h2>Inkomensverklaring {year}</h2>"
        + kv([("Naam", e(name)), ("Jaar", str(year)), ("Verzamelinkomen", c.a(income))], label_width="42mm")
        + "<p class='small'>Dit is uw verzamelinkomen volgens de aanslag inkomstenbelasting. Met vriendelijke groet, Belastingdienst</p></div>"
    )
    sheet = lambda rows: "<table class='ruled' style='width:100%;font-size:9pt'>" + "".join(f"<tr><td style='width:45mm;background:#eef2ea'>{e(k)}</td><td>{v}</td></tr>" for k, v in rows) + "</table>"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(corp)}</span></td><td class='right'><b>Intakeblad inkomenstoets</b><br>"
        f"<span style='font-family:\"{MONO13[0]}\", monospace;font-weight:bold;font-style:italic;font-size:8.5pt'>dossier WZ-{c.rng.randint(100000, 999999)}</span></td></tr></table>"
        + sheet([("Aanvrager", e(person.name("caps_initials_nodot"))), ("Ontvangen op", e(values.date_text(received, "dash"))), ("Behandelaar", e(clerk.name("first")))])
        + "<div class='small' style='margin-top:2mm'>Bijlage: kopie inkomensverklaring (hieronder opgeplakt)</div>"
        + copy
        + sheet([("Toetsjaar", str(year)), ("Verzamelinkomen (overgenomen)", e(values.amount_text(income, "EURO_caps_front"))),
                 ("Inkomensgrens", e(values.amount_text(limit, "EURO_caps_front"))), ("Toets voldaan", c.check(float(income) <= float(limit)))])
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, person, year, income, issue)

# --- fresh14 split ---------------------------------------------------------------------------

_CHAT_CORPS14 = ("Ymere", "Portaal", "Woonbron", "Vidomes", "Mitros", "Havensteder", "Stadgenoot", "Lefier", "Wonion")


def ib60_whatsapp_foto_bubbel(c: Ctx):
    """Fresh14. The housing corporation's WhatsApp service chat printed from the tenant's phone: the chat's head (the corporation "Zakelijk account"), day separators as "5-3-26" (later than the statement, decoys), the corporation asking for the income statement and quoting the income limit as "eur 47.699,00" (a decoy), the tenant's photo of the statement in a green bubble (the Belastingdienst's letter a little askew: name, BSN, date, year and verzamelinkomen), the photo's file name in a bold italic monospaced cut (its day a decoy), the times of the messages and the tenant's thanks."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("DejaVu Sans", "Liberation Sans")))
    c.restyle14(dates=("long", "dash"), amounts=("euro", "whole"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all"))
    corp = c.rng.choice(_CHAT_CORPS14)
    asked = issue + dt.timedelta(days=c.rng.randint(1, 20))
    sent = asked + dt.timedelta(days=c.rng.randint(0, 3))
    limit = values.amount(c.rng.choice((47699, 52343, 48625, 61000)))
    clock = lambda: f"{c.rng.randint(8, 21):02d}:{c.rng.randint(0, 59):02d}"  # noqa: E731
    day = lambda d: f"<div style='text-align:center;margin:3mm 0'><span style='background:#e1f2fb;border-radius:2mm;padding:0.5mm 3mm;font-size:8pt'>{e(values.date_text(d, 'nopad_2y'))}</span></div>"  # noqa: E731
    photo = (
        "<div style='background:#fff;border:0.6px solid #ccc;padding:4mm 5mm;transform:rotate(-1.6deg);margin:1mm 2mm 2mm 2mm;font-size:8.6pt;box-shadow:0.6mm 0.8mm 1.5mm rgba(0,0,0,0.3)'>"
        "<div class='right'><b>Belastingdienst</b></div>"
        f"<div>{e(person.titled('initials'))}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))} {e(home.city)}</div>"
        + kv([("Datum", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 0)))], label_width="36mm")
        + f"<div style='font-weight:bold;margin-top:2mm'>Inkomensverklaring {year}</div>"
        f"<div>Naam: {e(name)}</div>"
        f"<div>Uw verzamelinkomen over {year} is {c.a(income)}.</div></div>"
    )
    file_name = f"IMG-{values.date_text(sent, 'compact')}-WA{c.rng.randint(1, 40):04d}.jpg"
    body = (
        f"<div style='background:#075e54;color:#fff;padding:2.5mm 4mm;border-radius:1.5mm'><b>{e(corp)} Klantenservice</b> &#10003;<br><span style='font-size:7.5pt'>Zakelijk account</span></div>"
        "<div style='background:#ece5dd;padding:3mm 4mm;min-height:200mm'>"
        + day(asked)
        + chat_bubble(f"Goedemiddag, voor uw aanvraag hebben wij nog uw inkomensverklaring (IB 60) van de Belastingdienst nodig. De inkomensgrens is {e(values.amount_text(limit, 'eur_lower_front'))}. "
                      "U kunt een foto of pdf in deze chat sturen. Groet, team Verhuur", False, clock())
        + day(sent)
        + chat_bubble(photo + f"<div style=\"font-family:'{MONO14[0]}', monospace;font-weight:bold;font-style:italic;font-size:7pt;color:#555\">{e(file_name)}</div>", True, clock() + " &#10003;&#10003;")
        + chat_bubble("Hierbij de inkomensverklaring. Is dit goed zo?", True, clock() + " &#10003;&#10003;")
        + chat_bubble("Dank u wel, wij hebben hem ontvangen en voegen hem toe aan uw dossier.", False, clock())
        + "</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; } @page { margin: 10mm 40mm 10mm 40mm; }"), _truth(name, person, year, income, issue)


def ib60_retourstrook_bedragkolom(c: Ctx):
    """Fresh14. The IB 60 letter with a sorting barcode over the return address line, the address in the window, a reference column ("Datum", "Ons kenmerk", "Burgerservicenummer"), the statement as a ruled table "Omschrijving | Bedrag in euro's" with the boxes and the verzamelinkomen as bare figures (no currency sign), and a tear-off slip below a dashed line ("Wilt u ook een inkomensverklaring over een ander jaar?", two other years to tick, an empty date and signature: decoys)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle14(dates=("long", "dash"), amounts=("plain",))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    cents = _cents(income)
    box3 = min(cents // 4, c.rng.randint(0, 250000)) if c.rng.random() < 0.5 else 0
    box1 = cents - box3
    rows = [("Inkomen uit werk en woning (box 1)", _euros(box1)), ("Inkomen uit aanmerkelijk belang (box 2)", "0.00"),
            ("Inkomen uit sparen en beleggen (box 3)", _euros(box3))]
    table = ("<table class='ruled' style='width:100%;margin-top:3mm'><tr><th>Omschrijving</th><th class='right' style='width:45mm'>Bedrag in euro's</th></tr>"
             + "".join(f"<tr><td>{e(k)}</td><td class='right'>{c.a(v)}</td></tr>" for k, v in rows)
             + f"<tr><td><b>Verzamelinkomen {year}</b></td><td class='right'><b>{c.a(income)}</b></td></tr></table>")
    box, place = c.pick(("Postbus 2508", "6401 DA Heerlen"), ("Postbus 9047", "7300 GK Apeldoorn"))
    body = (
        "<div class='right'><span class='logo' style='font-size:14pt'>Belastingdienst</span></div>"
        f"<div style='margin-top:6mm;width:85mm'>{barcode(c.rng)}<div style='font-size:6.5pt;color:#444;margin-top:1mm'>Retouradres {e(box)} {e(place)}</div>"
        f"<div style='margin-top:2mm'>{e(person.titled('initials'))}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city.upper())}</div></div>"
        + "<div style='margin-top:6mm'>"
        + kv([("Datum", c.d(issue)), ("Ons kenmerk", f"IB60/{c.rng.randint(1000000, 9999999)}"), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.randint(0, 2))))], label_width="42mm")
        + "</div>"
        f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>U heeft gevraagd om een inkomensverklaring over {year}. Hieronder ziet u het verzamelinkomen van {e(name)} over dat jaar. "
        "Het verzamelinkomen is de optelling van de inkomens uit box 1, 2 en 3.</p>"
        + table
        + "<p>Met vriendelijke groet,<br>de inspecteur van de Belastingdienst</p>"
        "<div style='border-top:1.2px dashed #333;margin-top:8mm;padding-top:1mm;font-size:8pt'>&#9986; knip hier af en stuur deze strook in een envelop zonder postzegel naar Belastingdienst, Antwoordnummer 4000</div>"
        "<div class='box' style='font-size:8.8pt'><b>Wilt u ook een inkomensverklaring over een ander jaar?</b><br>"
        f"&#9744; {year - 1} &nbsp;&nbsp; &#9744; {year - 2}<br>Datum: ____________ &nbsp;&nbsp; Handtekening: ____________________</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


# --- fresh15 split ---------------------------------------------------------------------------

_UNITS15 = ("", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen")


def _year_words(year: int) -> str:
    """A year of this century in Dutch words: 2025 -> "tweeduizendvijfentwintig"."""
    rest = year - 2000
    tens = ("", "tien", "twintig", "dertig")[rest // 10] if rest >= 20 else ""
    small = {10: "tien", 11: "elf", 12: "twaalf", 13: "dertien", 14: "veertien", 15: "vijftien", 16: "zestien", 17: "zeventien", 18: "achttien",
             19: "negentien"}
    if rest < 10:
        tail = _UNITS15[rest]
    elif rest < 20:
        tail = small[rest]
    else:
        unit = _UNITS15[rest % 10]
        tail = f"{unit}{'ën' if unit.endswith('e') else 'en'}{tens}" if unit else tens
    return f"tweeduizend{tail}"


def ib60_jaar_in_woorden_bedragkolom(c: Ctx):
    """Fresh15. An IB 60 letter that names the year in words ("over het kalenderjaar tweeduizendvijfentwintig", the figure once in brackets) and sets its figures in a right-aligned column at the page's right edge, each sum on the line of its label in running text: the taxable income from work and home, the box 3 income and the personal deduction (decoys), the verzamelinkomen in bold with a double rule over it, last year's verzamelinkomen for comparison (a decoy); the whole sums with an en dash ("€ 34.567,–"); "Dagtekening" and the date of the assessment (a decoy) in a header grid."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Caladea", "Liberation Sans")))
    c.restyle15(dates=("long", "dash"), amounts=("euro_endash",))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all"))
    cents = _cents(income)
    deduction = min(cents // 5, c.rng.randint(0, 120000)) if c.rng.random() < 0.5 else 0
    box3 = min((cents + deduction) // 4, c.rng.randint(0, 300000)) if c.rng.random() < 0.6 else 0
    box1 = cents + deduction - box3
    last = values.amount(max(8000, cents // 100 + c.rng.randint(-4000, 4000)))
    assessed = issue - dt.timedelta(days=c.rng.randint(20, 200))
    line = lambda label, value, strong=False, rule=False: (  # noqa: E731
        f"<tr><td style='padding:1.5mm 0'>{'<b>' if strong else ''}{label}{'</b>' if strong else ''}</td>"
        f"<td class='right' style='width:40mm;padding:1.5mm 0;{'border-top:2.5px double #111;' if rule else ''}white-space:nowrap'>{'<b>' if strong else ''}{value}{'</b>' if strong else ''}</td></tr>")
    rows = (line("Belastbaar inkomen uit werk en woning", c.a(_euros(box1)))
            + line("Belastbaar inkomen uit sparen en beleggen", c.a(_euros(box3)))
            + line("Af: persoonsgebonden aftrek", c.a(_euros(deduction)))
            + line(f"Verzamelinkomen {year}", c.a(income), strong=True, rule=True))
    body = (
        _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + grid([("Dagtekening", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.randint(0, 2)))),
                ("Datum aanslag", e(values.date_text(assessed, "dash"))), ("Betreft", "inkomensverklaring")], columns=2, label_width="38mm")
        + "<h2>Inkomensverklaring</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>Op uw verzoek verklaren wij hierbij het verzamelinkomen van {e(name)} over het kalenderjaar <i>{_year_words(year)}</i> ({year}). "
        "Het verzamelinkomen is vastgesteld op grond van de aanslag inkomstenbelasting en is als volgt opgebouwd:</p>"
        f"<table style='width:100%;margin:2mm 0 4mm 0'>{rows}</table>"
        f"<p class='small'>Ter vergelijking: uw verzamelinkomen over {year - 1} was {c.a(last)}.</p>"
        "<p>Met vriendelijke groet,<br>de inspecteur van de Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, person, year, income, issue)


def ib60_gevouwen_vensterenvelop(c: Ctx):
    """Fresh15. An IB 60 letter as it comes out of the window envelope and is copied flat: the creases of the three-fold as faint lines across the page, the franking box "Port betaald / PostNL" and a postal sorting line with the mail's own day (decoys) over the address, the tenant's name in the window as "MEER, J.C. VAN DER" (the register's sort order, not the name the letter uses further on), a reference line "Ons kenmerk" with the BSN and the year, and the statement as three labelled lines: name, tax year and verzamelinkomen as "€ 34.567,–" or "34.567,00 Euro"."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Carlito", "Open Sans")))
    c.restyle15(dates=("long", "dash", "cap_month"), amounts=("euro_endash", "Euro_after"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    posted = issue + dt.timedelta(days=c.rng.randint(1, 3))
    box, place = c.pick(("Postbus 2508", "6401 DA Heerlen"), ("Postbus 9047", "7300 GK Apeldoorn"))
    sorting = f"{values.date_text(posted, 'compact')} {c.rng.randint(100, 999)} {home.postcode}"
    body = (
        fold_lines()
        + "<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>Belastingdienst</span></td>"
        "<td class='right'><div style='display:inline-block;border:0.8px solid #333;padding:1mm 3mm;font-size:7.5pt;text-align:center'>Port betaald<br>PostNL</div></td></tr></table>"
        f"<div style='margin-top:8mm;font-size:7pt;color:#444'>Retour: {e(box)}, {e(place)}</div>"
        f"<div style='font-family:\"DejaVu Sans Mono\", monospace;font-size:7pt;color:#555'>{e(sorting)}</div>"
        f"<div style='margin:1mm 0 10mm 0'>{e(person.name('caps_reversed_initials'))}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city.upper())}</div>"
        + kv([("Datum", c.d(issue)), ("Ons kenmerk", f"{e(person.bsn)}.IB.{year % 100:02d}.{c.rng.randint(10, 99)}"), ("Onderwerp", "Inkomensverklaring")], label_width="32mm")
        + f"<p style='margin-top:6mm'>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        "<p>U heeft ons gevraagd om een inkomensverklaring. Hieronder staat uw verzamelinkomen zoals dat is vastgesteld. Een woningcorporatie of een "
        "andere instantie kan deze brief gebruiken als bewijs van uw inkomen.</p>"
        + kv([("Naam", f"<b>{e(name)}</b>"), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 2))), ("Belastingjaar", f"<b>{year}</b>"),
              ("Verzamelinkomen", f"<b>{c.a(income)}</b>")], label_width="52mm")
        + "<p>Heeft u vragen? Bel dan de BelastingTelefoon: 0800 - 0543.</p>"
        "<p>Met vriendelijke groet,<br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, person, year, income, issue)


# --- fresh16 split ---------------------------------------------------------------------------

_SCAN_APPS16 = ("Adobe Scan", "Genius Scan", "Microsoft Lens", "iScanner", "Scanner Pro")


def ib60_scanapp_scheef_voettekst(c: Ctx):
    """Fresh16. The IB 60 letter as a phone's scanning app saves it as PDF: the letter a little askew on a grey ground with a shadow, its corners cut by the app's crop, and under it the app's footer "Gescand met Adobe Scan · 5 Mrt 2026 14:02 · pagina 1 van 1" (the scan's day a decoy); inside, the letter with the taxable income from work and home and the personal deduction beside the verzamelinkomen (decoys)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle16(dates=("long", "dash"), amounts=("whole", "euro"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "initials_vd"))
    scanned = issue + dt.timedelta(days=c.rng.randint(2, 60))
    deduction = values.amount(c.rng.randint(300, 2500))
    work = values.amount(float(income) + float(deduction))
    letter = (
        _letterhead(c)
        + address_block([person.titled(c.pick("initials", "all")), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + kv([("Datum", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.choice((0, 1, 2))))), ("Naam", e(name))], label_width="46mm")
        + f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>U hebt een inkomensverklaring aangevraagd. Hieronder staat uw verzamelinkomen over {year}.</p>"
        + "<table style='width:100%'>"
        f"<tr><td>Belastbaar inkomen uit werk en woning</td><td class='right'>{c.a(work)}</td></tr>"
        f"<tr><td>Persoonsgebonden aftrek</td><td class='right'>{c.a(deduction)}</td></tr>"
        f"<tr><td><b>Verzamelinkomen {year}</b></td><td class='right'><b>{c.a(income)}</b></td></tr></table>"
        "<p class='small' style='margin-top:5mm'>Deze verklaring is gebaseerd op de gegevens die op dit moment bij ons bekend zijn.</p>"
        "<p>Met vriendelijke groet,<br>de inspecteur van de Belastingdienst</p>"
    )  # fmt: skip
    turn = c.rng.uniform(-0.5, 0.5)
    body = (
        "<div style='background:#8d8d8d;padding:8mm 6mm;margin:-8mm -8mm 0 -8mm'>"
        f"<div style='background:#fbfaf6;padding:8mm 9mm;transform:rotate({turn:.2f}deg);box-shadow:1.5mm 1.5mm 3mm rgba(0,0,0,0.45);"
        "clip-path:polygon(0.6% 0, 100% 0.8%, 99.4% 100%, 0 99.3%)'>"
        f"{letter}</div></div>"
        f"<div style='text-align:center;font-size:7.5pt;color:#555;margin-top:2mm'>Gescand met {e(c.rng.choice(_SCAN_APPS16))} &middot; "
        f"{e(values.date_text(scanned, 'short_cap_nodot'))} {c.rng.randint(7, 22):02d}:{c.rng.randint(0, 59):02d} &middot; pagina 1 van 1</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; } @page { margin: 12mm; }"), _truth(name, person, year, income, issue)


_COPY_FOR16 = ("Ymere", "Portaal", "Woonstad Rotterdam", "de Alliantie", "Eigen Haard", "Mitros", "Woonbron")


def ib60_kopieapp_watermerk_bsn_afgeschermd(c: Ctx):
    """Fresh16. An IB 60 copied with a safe-copy app before it was sent to a corporation: a diagonal "KOPIE" drawn across the page (a picture), a band at the top and one at the foot "Kopie voor <corporatie> · alleen voor woningaanvraag · 5 Mrt 2026" (the copy's day a decoy), and often the BSN covered by the app's hatched bar with "(afgeschermd)" (then the BSN is not shown: null); the income as "€ 34.567" or "€ 34.567,00"."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("DejaVu Sans", "Open Sans")))
    c.restyle16(dates=("long", "dash", "short_cap_nodot"), amounts=("whole", "euro"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all"))
    hidden = c.rng.random() < 0.6
    corp = c.rng.choice(_COPY_FOR16)
    copied = issue + dt.timedelta(days=c.rng.randint(1, 90))
    band = (f"<div style='background:#e4edf7;color:#1d3f73;font-size:8pt;padding:1.2mm 3mm;margin:{{}}'>Kopie voor {e(corp)} &middot; alleen voor woningaanvraag &middot; "
            f"{e(values.date_text(copied, 'short_cap_nodot'))}</div>")
    bsn = f"{masked('26mm')} <span class='small'>(afgeschermd)</span>" if hidden else e(values.bsn_text(person.bsn, c.rng.choice((0, 1, 2))))
    body = (
        watermark("KOPIE", grey=185)
        + band.format("0 0 6mm 0")
        + _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Dagtekening", c.d(issue)), ("Burgerservicenummer", bsn)], label_width="46mm")
        + "<h2>Inkomensverklaring</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>Op uw verzoek verklaren wij dat uw verzamelinkomen over het jaar {year} {c.a(income)} bedraagt.</p>"
        + kv([("Naam", e(name)), ("Jaar", str(year)), ("Verzamelinkomen", f"<b>{c.a(income)}</b>")], label_width="46mm")
        + "<p>Met vriendelijke groet,<br>Belastingdienst</p>"
        + band.format("14mm 0 0 0")
    )  # fmt: skip
    truth = _truth(name, person, year, income, issue)
    if hidden:
        truth["bsn"] = None
    return page(c, body, "body { font-size: 10pt; }"), truth


# --- fresh17 split ---------------------------------------------------------------------------

_PORTALS17 = (("Woonnet Haaglanden", "woonnet-haaglanden.nl"), ("Mijn Mitros", "mijn.mitros.nl"), ("WoningNet", "www.woningnet.nl"),
              ("Klik voor Wonen", "www.klikvoorwonen.nl"), ("Mijn Woonbron", "mijn.woonbron.nl"))


def ib60_uploadportaal_voorbeeldweergave(c: Ctx):
    """Fresh17. A corporation's applicant portal printed from the browser while it previews an uploaded IB 60: the portal's menu, a
    list of uploaded files with their names, sizes and "Geüpload do 5-3-2026" (decoy dates), the applicant's own answer "Bruto
    jaarinkomen (opgegeven door u)" with a round sum (a decoy amount) and the case number, and on the right the letter itself in a
    preview pane (name, BSN, year, the verzamelinkomen and the letter's date, the truth)."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("wd_nopad", "long"), amounts=("euro",))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    portal, url = c.rng.choice(_PORTALS17)
    uploaded = issue + dt.timedelta(days=c.rng.randint(1, 40))
    stated = values.amount(round(float(income) * c.rng.uniform(1.05, 1.25), -3))
    files = [(f"inkomensverklaring_{year}.pdf", f"{c.rng.randint(90, 400)} kB"), ("paspoort_voorkant.jpg", f"{c.rng.randint(1, 3)},{c.rng.randint(1, 9)} MB"),
             ("loonstrook_laatste.pdf", f"{c.rng.randint(60, 200)} kB")]
    listing = "".join(f"<div style='border-bottom:0.3mm solid #ddd;padding:1.5mm 0;{'background:#e8f1fb;' if i == 0 else ''}'><span style='display:inline-block;width:2.4mm;height:3.1mm;border:0.3mm solid #777;margin-right:1.5mm;vertical-align:middle'></span>{e(f)}<br>"
                      f"<span class='small'>{e(size)} &middot; Geüpload {e(values.date_text(uploaded - dt.timedelta(days=i), 'wd_nopad'))}</span></div>"
                      for i, (f, size) in enumerate(files))
    letter = (
        "<div style='text-align:right;font-size:9pt'><b>Belastingdienst</b></div>"
        + f"<div style='font-size:7.5pt;margin-top:3mm'>{e(person.titled('initials'))}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))} {e(home.city)}</div>"
        + f"<div style='margin-top:3mm'>Datum {c.d(issue)}</div>"
        f"<div style='font-weight:bold;margin-top:2mm'>Inkomensverklaring {year}</div>"
        + kv([("Naam", e(name)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.choice((0, 1, 2))))), ("Jaar", str(year)),
              ("Verzamelinkomen", f"<b>{c.a(income)}</b>")], label_width="30mm")
        + "<div style='font-size:7pt;color:#555;margin-top:3mm'>Dit is uw verzamelinkomen zoals dat bij ons bekend is.</div>"
    )  # fmt: skip
    body = (
        browser_header(f"Documenten - {portal}", f"https://{url}/mijn-dossier/documenten", f"{values.date_text(uploaded, 'dash')} {c.rng.randint(8, 22)}:{c.rng.randint(0, 59):02d}")
        + f"<div style='background:#123e6b;color:#fff;padding:2mm 4mm;margin-top:2mm'><b>{e(portal)}</b> &nbsp; Home &middot; Mijn dossier &middot; Berichten &middot; Uitloggen</div>"
        f"<div class='small' style='margin:2mm 0'>Mijn dossier &rsaquo; Aanvraag {c.rng.randint(100000, 999999)} &rsaquo; Documenten</div>"
        "<table style='width:100%;table-layout:fixed'><tr>"
        f"<td style='width:62mm;vertical-align:top;font-size:8.5pt'><b>Uw documenten ({len(files)})</b>{listing}"
        f"<div class='box' style='margin-top:4mm'>Bruto jaarinkomen (opgegeven door u)<br><b>{e(values.amount_text(stated, 'euro'))}</b></div></td>"
        "<td style='vertical-align:top;padding-left:4mm'><div class='small' style='color:#555'>Voorbeeld &middot; pagina 1 van 1 &middot; 100%</div>"
        f"<div style='border:0.4mm solid #999;box-shadow:1mm 1mm 2mm rgba(0,0,0,0.3);padding:5mm;font-size:8.6pt;background:#fff'>{letter}</div></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9pt; }"), _truth(name, person, year, income, issue)


def ib60_bron_aanslag_dagtekening(c: Ctx):
    """Fresh17. An IB 60 that names the source of the figure: a numbered table (Naam, Burgerservicenummer, Belastingjaar,
    Verzamelinkomen) and under it "Bron" with the income tax assessment it rests on, its assessment number (the BSN, "H", the year)
    and its own "dagtekening" (a decoy date), BelastingTelefoon's number and the letter's "Datum" in a reference column on the right."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("long", "dash"), amounts=("euro", "EUR_grouped"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all"))
    assessed = values.between(c.rng, dt.date(year + 1, 3, 1), issue - dt.timedelta(days=1)) if issue > dt.date(year + 1, 3, 2) else issue
    number = f"{person.bsn[:4]}.{person.bsn[4:6]}.{person.bsn[6:]}.H.{(year % 100):02d}.01"
    kind = c.pick("aanslag inkomstenbelasting/premie volksverzekeringen", "definitieve aanslag inkomstenbelasting")
    table = "".join(f"<tr><td style='width:8mm;color:#777'>{i}</td><td style='width:55mm'>{k}</td><td>{v}</td></tr>" for i, (k, v) in enumerate(
        [("Naam", e(name)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.choice((0, 1))))), ("Belastingjaar", str(year)),
         ("Verzamelinkomen", f"<b>{c.a(income)}</b>")], start=1))
    body = (
        "<table style='width:100%'><tr><td style='vertical-align:top'>"
        + f"<span class='logo' style='font-size:14pt'>Belastingdienst</span><br>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "</td><td style='width:52mm;vertical-align:top;font-size:8pt;border-left:0.4mm solid #154273;padding-left:3mm'>"
        f"Datum<br><b>{c.d(issue)}</b><br><br>Kenmerk<br>IB60/{c.rng.randint(1000000, 9999999)}<br><br>BelastingTelefoon<br>0800 - 0543</td></tr></table>"
        "<h2 style='margin-top:6mm'>Inkomensverklaring</h2>"
        "<p>U vroeg ons om een inkomensverklaring. Hieronder staan de gegevens.</p>"
        + f"<table class='ruled' style='width:100%'>{table}</table>"
        + f"<p style='margin-top:4mm'><b>Bron</b><br>Het verzamelinkomen is vastgesteld bij de {e(kind)} {year} met aanslagnummer {e(number)} "
        f"en dagtekening {e(values.date_text(assessed, 'long'))}.</p>"
        "<p class='small'>Verandert uw aanslag later, bijvoorbeeld na bezwaar, dan kan ook uw verzamelinkomen veranderen. Vraag dan een nieuwe verklaring aan.</p>"
        "<p>Met vriendelijke groet,<br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


# --- fresh18 split ---------------------------------------------------------------------------

_CORPS18 = ("Ymere", "Eigen Haard", "Woonbron", "Vestia", "Wonen Limburg", "Accolade", "Lefier", "Talis")


def ib60_corporatie_toetsstempel_grenzen(c: Ctx):
    """Fresh18. An IB 60 as a corporation's front office files it after the income check: the Belastingdienst's letter (address block,
    "Datum", the name, BSN, year and verzamelinkomen in a table) with a stamped box over its lower half, "Inkomenstoets" with the day it was
    checked and the checker's initials, the year's income limit and the household's income (this income plus a partner's: decoy sums)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("short", "iso", "slash_2y"), amounts=("EUR_grouped", "euro", "euro_word"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "reversed_initials", "all"))
    checked = issue + dt.timedelta(days=c.rng.randint(3, 50))
    limit = values.amount(c.rng.choice((47699, 52343, 55800, 61000)))
    household = values.amount(float(income) + c.rng.randint(8000, 30000) + c.rng.randint(0, 99) / 100)
    corp = c.rng.choice(_CORPS18)
    checker = c.person(born=(1970, 2000))
    box = (f"<div style='border:2px solid #b3261e;color:#b3261e;padding:2mm 4mm;width:82mm;transform:rotate(-2deg);margin:6mm 0 0 60mm;font-size:8.6pt'>"
           f"<b>{e(corp.upper())} &middot; INKOMENSTOETS</b><br>"
           f"gecontroleerd: {e(values.date_text(checked, 'dash'))} &nbsp; paraaf: {e(''.join(g[0] for g in checker.given) + checker.surname.split()[-1][0])}<br>"
           f"inkomensgrens {issue.year}: {e(values.amount_text(limit, 'euro'))}<br>huishoudinkomen: {e(values.amount_text(household, 'euro'))}<br>"
           f"&#9745; binnen grens &nbsp; &#9744; boven grens</div>")
    body = (
        _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(issue)), ("Ons kenmerk", f"IB 60 - {c.rng.randint(100000, 999999)}")], label_width="36mm")
        + f"<h2>Inkomensverklaring {year}</h2>"
        "<p>U heeft ons gevraagd om een inkomensverklaring. Hieronder ziet u uw verzamelinkomen zoals dat bij ons bekend is.</p>"
        + "<table class='ruled' style='width:100%'>"
        + f"<tr><td style='width:60mm'>Naam</td><td>{e(name)}</td></tr><tr><td>Burgerservicenummer</td><td>{e(values.bsn_text(person.bsn, c.rng.choice((0, 1))))}</td></tr>"
        f"<tr><td>Jaar</td><td>{year}</td></tr><tr><td>Verzamelinkomen</td><td><b>{c.a(income)}</b></td></tr></table>"
        + box
        + "<p class='small' style='margin-top:6mm'>Met vriendelijke groet,<br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


def ib60_pdf_handtekeningpaneel_validatie(c: Ctx):
    """Fresh18. An IB 60 downloaded from Mijn Belastingdienst as a digitally signed PDF and printed from a PDF viewer with its signature
    bar ("Ondertekend en alle handtekeningen zijn geldig.") and an open signature panel on the left (the signing time, the certificate's
    "Geldig van ... tot ..." and the download day: decoy dates); the letter on the right with its "Datum" (the issue date), the name and
    BSN and the verzamelinkomen in a sentence."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("long", "iso", "short"), amounts=("euro", "EUR", "suffix"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("all", "initials"))
    fetched = issue + dt.timedelta(days=c.rng.randint(0, 25))
    cert_from = dt.date(fetched.year - 1, c.rng.randint(1, 12), c.rng.randint(1, 28))
    cert_to = dt.date(cert_from.year + 2, cert_from.month, cert_from.day)
    stamp_time = f"{fetched.year}.{fetched.month:02d}.{fetched.day:02d} {c.rng.randint(7, 22):02d}:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d} +01'00'"
    panel = (
        "<div style='font-size:7.6pt;background:#f4f4f4;border-right:0.5px solid #bbb;padding:2mm'><b>Handtekeningen</b><br><br>"
        "&#10003; Rev. 1: Ondertekend door Belastingdienst<br>"
        f"Handtekening is geldig<br>Tijd ondertekening: {e(stamp_time)}<br>Certificaat: Staat der Nederlanden Organisatie Services CA G3<br>"
        f"Geldig van {e(values.date_text(cert_from, 'dash'))} tot {e(values.date_text(cert_to, 'dash'))}<br><br>"
        f"Bestand: inkomensverklaring_{year}.pdf<br>Gedownload: {e(values.date_text(fetched, 'dash'))}</div>"
    )
    letter = (
        _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"<p>Datum {c.d(issue)}<br>Burgerservicenummer {e(values.bsn_text(person.bsn, c.rng.choice((0, 2))))}</p>"
        f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>Hierbij verklaren wij dat het verzamelinkomen van <b>{e(name)}</b> over het jaar {year} <b>{c.a(income)}</b> was. "
        "Dit bedrag is gebaseerd op de laatst vastgestelde aanslag of, als die er niet is, op de gegevens die wij van u hebben.</p>"
        "<p>Met vriendelijke groet,<br>Belastingdienst</p>"
    )
    body = (
        "<div style='background:#e6f2e6;border:0.6px solid #6a9a6a;padding:1.5mm 3mm;font-size:8.4pt'>&#10003; Ondertekend en alle handtekeningen zijn geldig."
        " &nbsp; <span style='float:right'>Handtekeningvenster</span></div>"
        f"<div style='float:left;width:50mm;margin-top:2mm'>{panel}</div>"
        f"<div style='margin-left:56mm;margin-top:2mm'>{letter}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(name, person, year, income, issue)


# --- fresh19 split ---------------------------------------------------------------------------

_AR19 = {"name": "الاسم", "bsn": "رقم المواطن", "year": "السنة", "income": "مجموع الدخل", "date": "التاريخ"}


def ib60_taalmaatje_arabische_aantekeningen(c: Ctx):
    """Fresh19. The IB 60 letter as a tenant who reads Arabic hands it in: a volunteer language buddy wrote the Arabic for each line in a
    right-hand margin column in blue pen ("مجموع الدخل" beside the verzamelinkomen), and a yellow sticky note holds the corporation's
    file number, the monthly rent and the buddy's name and date (decoys); the letter's "Datum" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad"), amounts=("euro", "EUR_grouped", "plain"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    buddy = c.person(born=(1950, 2000), origin="nl")
    noted = issue + dt.timedelta(days=c.rng.randint(3, 25))
    rent = values.amount(c.rng.randint(480, 880) + c.rng.randint(0, 99) / 100)
    note = 'font-family:"Comic Neue";color'
    pen = "font-family:'DejaVu Sans';color:#1a2f8a;font-size:10.5pt;direction:rtl;text-align:right"
    row = lambda label, value, key: (f"<tr><td style='width:48mm'>{e(label)}</td><td>{value}</td>"  # noqa: E731
                                     f"<td style='width:36mm;{pen}'>{e(_AR19[key])}</td></tr>")
    body = (
        _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "<table style='width:100%'>"
        + row("Datum", c.d(issue), "date")
        + row("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.choice((0, 2)))), "bsn")
        + "</table>"
        f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p><p>Hieronder staat uw verzamelinkomen over {year}.</p>"
        "<table style='width:100%'>"
        + row("Naam", f"<b>{e(name)}</b>", "name") + row("Jaar", str(year), "year") + row("Verzamelinkomen", f"<b>{c.a(income)}</b>", "income")
        + "</table><p>Met vriendelijke groet,<br>Belastingdienst</p>"
        f"<div style='position:absolute;top:62mm;right:0;width:44mm;background:#fff59d;padding:2.5mm;transform:rotate(3deg);{note}:#1a2f8a;font-size:9pt'>"
        f"dossier {c.rng.randint(2026000, 2026999)}<br>huur {e(values.amount_text(rent, 'euro'))} p/m<br>{e(buddy.name('first'))}, {e(values.date_text(noted, 'slash_2y'))}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; position: relative; }"), _truth(name, person, year, income, issue)


def ib60_digid_machtigen_gemachtigde_banner(c: Ctx):
    """Fresh19. The income page of Mijn Belastingdienst printed by someone authorised through DigiD Machtigen (a child or a carer): the
    browser's print line with its date and time, a yellow banner "U handelt namens ... als gemachtigde" with the authorised person's
    name and the authorisation's end date (decoys), then the statement's card: name, BSN, year, verzamelinkomen and "Datum verklaring"
    (the issue date)."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("dash", "long", "iso"), amounts=("euro", "EUR_grouped"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("all", "first", "initials"))
    agent = c.person(born=(1965, 2004), surname=person.surname if c.rng.random() < 0.5 else None)
    printed = issue + dt.timedelta(days=c.rng.randint(0, 6))
    until = printed + dt.timedelta(days=c.rng.randint(200, 900))
    stamp_text = f"{values.date_text(printed, 'slash_nopad_2y')} {c.rng.randint(8, 22)}:{c.rng.randint(0, 59):02d}"
    body = (
        browser_header("Inkomensverklaring - Mijn Belastingdienst", "https://mijn.belastingdienst.nl/mbd-pmb/inkomen/inkomensverklaring", stamp_text)
        + "<div style='display:flex;justify-content:space-between;align-items:center;margin-top:3mm;border-bottom:2px solid #154273;padding-bottom:2mm'>"
        "<span class='logo' style='font-size:14pt;color:#154273'>Belastingdienst</span><span class='small'>Mijn Belastingdienst &middot; Uitloggen</span></div>"
        f"<div style='background:#fff3b0;border:0.6px solid #d8b400;padding:2mm 3mm;margin:3mm 0;font-size:8.8pt'>U handelt namens <b>{e(person.name('first'))}</b> als gemachtigde. "
        f"Ingelogd: {e(agent.name('all'))}. Machtiging geldig tot {e(values.date_text(until, 'long'))}.</div>"
        "<h1 style='font-size:15pt'>Inkomensverklaring</h1>"
        "<div style='border:0.8px solid #bbb;border-radius:2mm;padding:3mm 4mm;width:130mm'>"
        + kv([("Naam", f"<b>{e(name)}</b>"), ("BSN", e(values.bsn_text(person.bsn, 0))), ("Jaar", str(year)),
              ("Verzamelinkomen", f"<b style='font-size:12pt'>{c.a(income)}</b>"), ("Datum verklaring", c.d(issue))], label_width="45mm")
        + "</div><p class='small' style='margin-top:4mm'>Dit is uw verzamelinkomen volgens de gegevens van de Belastingdienst. Een gemachtigde kan deze verklaring "
        "namens u bekijken en downloaden.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


# --- fresh20 split ---------------------------------------------------------------------------

_ABROAD20 = (("Calle del Mar 14", "29601 Marbella", "Spanje", "ES", "X{}L"), ("Rue des Tanneurs 8", "1000 Bruxelles", "België", "BE", "{}"),
             ("Kirchstraße 22", "47533 Kleve", "Duitsland", "DE", "{}"), ("Rua das Flores 51", "8200-134 Albufeira", "Portugal", "PT", "{}"),
             ("Atatürk Caddesi 77", "07100 Antalya", "Turkije", "TR", "{}"), ("Boulevard Mohammed V 120", "90000 Tanger", "Marokko", "MA", "{}"))


def ib60_kantoor_buitenland_emigrant(c: Ctx):
    """Fresh20. The IB 60 of Belastingdienst/Kantoor Buitenland in Heerlen for someone who lived abroad in the tax year and now wants to
    rent in the Netherlands again: the address abroad with its foreign postcode, the tax number in the country of residence, the day of
    emigration and the worldwide income stated for the qualifying test (a decoy sum) beside the verzamelinkomen of the income taxed in the
    Netherlands; the letter's "Datum" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad"), amounts=("euro", "EUR_grouped", "dash"))
    person, year, issue, income, _home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    street, town, country, code, tin = c.rng.choice(_ABROAD20)
    left = values.between(c.rng, dt.date(2014, 1, 1), dt.date(year - 1, 12, 31))
    world = values.amount(float(income) + c.rng.randint(3000, 40000) + c.rng.randint(0, 99) / 100)
    number = tin.format(c.rng.randint(10**7, 10**8 - 1))
    body = (
        "<div style='text-align:right'><span class='logo' style='font-size:14pt'>Belastingdienst</span><br>"
        "<span class='small'>Kantoor Buitenland<br>Postbus 2865, 6401 DJ Heerlen<br>Nederland</span></div>"
        + address_block([person.titled("initials"), street, town, country.upper()])
        + kv([("Datum", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.choice((0, 1))))),
              (f"Fiscaal nummer woonland ({code})", e(f"{code}{number}")), ("Vertrokken uit Nederland op", e(values.date_text(left, "long")))], label_width="62mm")
        + f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>U hebt ons gevraagd om een inkomensverklaring over {year}. U woonde in dat jaar niet in Nederland. Over uw Nederlandse inkomen "
        "was u buitenlands belastingplichtige; uw verzamelinkomen bestaat daarom alleen uit het inkomen dat in Nederland belast is.</p>"
        "<table class='ruled' style='width:100%;margin:3mm 0'>"
        f"<tr><td style='width:95mm'>Naam</td><td><b>{e(name)}</b></td></tr>"
        f"<tr><td>Jaar</td><td>{year}</td></tr>"
        f"<tr><td>Verzamelinkomen (in Nederland belast inkomen)</td><td><b>{c.a(income)}</b></td></tr>"
        f"<tr><td class='small'>Wereldinkomen zoals door u opgegeven voor de kwalificatietoets<br>(geen verzamelinkomen)</td><td class='small'>"
        f"{e(values.amount_text(world, 'euro'))}</td></tr></table>"
        "<p class='small'>Woont u weer in Nederland? Geef uw nieuwe adres door aan de gemeente waar u gaat wonen. Wij krijgen dan uw adres vanzelf.</p>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst/Kantoor Buitenland</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


_SHELTERS20 = ("Leger des Heils", "Kessler Stichting", "HVO-Querido", "Stichting De Tussenvoorziening", "Limor", "Stichting Zienn")


def ib60_briefadres_opvang_poststempel(c: Ctx):
    """Fresh20. An IB 60 sent to someone with a postal address at a shelter ("p/a" the shelter in the address block): the shelter's
    post-room stamp "POST ONTVANGEN" with its own day and a post box number, and a handwritten "uitgereikt" line with another day and a
    counsellor's initials as decoys; the shelter's street and postcode in the window; "Datum" the issue date."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Carlito", "Liberation Sans")))
    c.restyle17(dates=("dash", "long", "wd_nodot_long"), amounts=("euro", "dash", "plain"))
    person, year, issue, income, _home = _facts(c)
    name = person.name(c.pick("all", "initials", "first"))
    shelter, place = c.rng.choice(_SHELTERS20), people.address(c.rng)
    received = issue + dt.timedelta(days=c.rng.randint(2, 6))
    handed = received + dt.timedelta(days=c.rng.randint(0, 9))
    ink = "font-family:'Comic Neue';color:#1a2f8a;font-size:11pt"
    body = (
        _letterhead(c)
        + "<table style='width:100%'><tr><td>"
        + address_block([person.titled("initials"), f"p/a {shelter}", place.line1(), f"{values.postcode_text(place.postcode, True)}  {place.city.upper()}"])
        + "</td><td style='text-align:right;vertical-align:middle'>"
        + stamp([f"{shelter.upper()}", "POST ONTVANGEN", values.date_text(received, "dash"), f"postvak {c.rng.randint(1, 60)}"], colour="#b0242a", turn=c.rng.uniform(-7, 4))
        + f"<div style='{ink};margin-top:3mm;transform:rotate(-2deg)'>uitgereikt {e(values.date_text(handed, 'slash_nopad_2y'))} &mdash; "
        f"{e(''.join(x[0] for x in c.person().name('all').split()[:2]).upper())}</div>"
        "</td></tr></table>"
        + kv([("Datum", c.d(issue)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 2))), ("Onderwerp", f"Inkomensverklaring {year}")], label_width="48mm")
        + f"<p style='margin-top:5mm'>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>U hebt een inkomensverklaring aangevraagd. Hieronder vindt u uw verzamelinkomen over {year}.</p>"
        "<table class='lines' style='width:100%'>"
        f"<tr><td style='width:70mm'>Naam</td><td>{e(name)}</td></tr><tr><td>Belastingjaar</td><td>{year}</td></tr>"
        f"<tr><td>Verzamelinkomen</td><td><b>{c.a(income)}</b></td></tr></table>"
        "<p class='small'>Het verzamelinkomen is het totaal van uw inkomen uit box 1, box 2 en box 3.</p>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


# --- fresh21 split ---------------------------------------------------------------------------

_LAWYERS21 = ("Advocatenkantoor Huurrecht Oost", "Van Rijn Advocaten", "Sociale Advocatuur Zuid", "Advocatenpraktijk De Kade", "Kaya & Verhoef Advocaten")
_COURTS21 = ("Amsterdam", "Rotterdam", "Den Haag", "Midden-Nederland", "Gelderland", "Noord-Holland", "Oost-Brabant")


def ib60_advocaat_productie_tabblad(c: Ctx):
    """Fresh21. An IB 60 as it comes out of a lawyer's file in a tenancy case before the sub-district court (a claim for co-tenancy): the
    Belastingdienst's letter with a coloured exhibit tab "PRODUCTIE 4" stuck on its upper edge, the law office's stamped page number in the
    corner, and along the foot the office's line with the case number, the day the exhibits were filed and the day of the hearing (decoy
    dates); "Datum" in the letter the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "long_pad", "dot_pad"), amounts=("euro", "euro_nogroup"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("all", "initials", "first"))
    office, court = c.rng.choice(_LAWYERS21), c.rng.choice(_COURTS21)
    filed = issue + dt.timedelta(days=c.rng.randint(10, 120))
    hearing = filed + dt.timedelta(days=c.rng.randint(14, 60))
    number = c.rng.randint(4, 9)
    tab = (f"<div style='position:fixed;top:-15mm;right:22mm;background:{c.pick('#f7d44c', '#8fd0f0', '#f5a3b5')};padding:1.5mm 5mm 2mm 5mm;"
           f"border-radius:0 0 1.5mm 1.5mm;font-weight:bold;font-size:10pt;letter-spacing:1px;box-shadow:0.4mm 0.4mm 0.8mm rgba(0,0,0,0.3)'>PRODUCTIE {number}</div>")
    body = (
        tab
        + f"<div style='position:fixed;top:-9mm;left:0;font-family:\"DejaVu Sans Mono\";font-size:9pt;color:#333'>{c.rng.randint(12, 48):03d}</div>"
        + _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + kv([("Datum", f"<b>{c.d(issue)}</b>"), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.choice((0, 2))))),
              ("Ons kenmerk", f"IB 60 {c.rng.randint(1000000, 9999999)}")], label_width="44mm")
        + f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>U hebt ons gevraagd om een inkomensverklaring. Hieronder staat uw verzamelinkomen over {year}. Dit bedrag hebben wij vastgesteld met de "
        "aanslag inkomstenbelasting.</p>"
        "<table class='ruled' style='width:85%;margin:3mm 0'>"
        f"<tr><td style='width:60mm'>Naam</td><td>{e(name)}</td></tr><tr><td>Jaar</td><td>{year}</td></tr>"
        f"<tr><td>Verzamelinkomen</td><td><b>{c.a(income)}</b></td></tr></table>"
        "<p class='small'>Bewaar deze verklaring goed. U kunt haar gebruiken als u ergens moet aantonen hoeveel inkomen u had.</p>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst</p>"
        f"<div style='position:fixed;bottom:-12mm;left:0;right:0;font-size:7.2pt;color:#7a1f1f;border-top:0.6px solid #7a1f1f;padding-top:1mm'>"
        f"{e(office)} &middot; zaaknummer {c.rng.randint(10000000, 11999999)} CV EXPL {hearing.year % 100:02d}-{c.rng.randint(1000, 9999)} &middot; "
        f"rechtbank {e(court)}, team kanton &middot; producties ingediend {e(values.date_text(filed, 'dash'))} &middot; zitting "
        f"{e(values.date_text(hearing, 'dash'))}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


def ib60_potlood_huurquote_berekening(c: Ctx):
    """Fresh21. An IB 60 letter as a corporation's letting officer worked the affordability test on it with a pencil: in the right margin
    the verzamelinkomen divided by twelve, times the rent share, the flat's rent and "OK" with the officer's initials and a short date (decoy
    sums and a decoy date), a pencil ring round the verzamelinkomen; "Dagtekening" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "wd_nopad"), amounts=("euro", "plain", "euro_tight"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first", "reversed_initials"))
    month = float(income) / 12
    share = month * 0.4
    rent = values.amount(c.rng.randint(560, 1150) + c.rng.choice((0, 0.35, 0.8, 0.15)))
    pencil = f'font-family:"{c.pick("Comic Neue", "Jura", "Quicksand")}", cursive;color:#6d6d6d;font-size:11.5pt;line-height:1.5'
    checked = issue + dt.timedelta(days=c.rng.randint(2, 40))
    initials = "".join(x[0] for x in c.person().name("all").split()[:2]).upper()
    notes = (f"<div style='{pencil};transform:rotate(-3deg);margin-top:42mm'>: 12 = {e(values.amount_text(values.amount(month), 'plain'))}<br>"
             f"x 0,4 = {e(values.amount_text(values.amount(share), 'plain'))}<br>huur {e(values.amount_text(rent, 'plain'))}<br>"
             f"{'OK &#10003;' if share >= float(rent) else 'te laag?'}<br><span style='font-size:10pt'>{e(initials)} {e(values.date_text(checked, 'slash_nopad_2y'))}</span></div>")
    letter = (
        _letterhead(c)
        + address_block([f"{person.salutation()} {person.titled('initials')}", home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Dagtekening", c.d(issue)), ("Uw burgerservicenummer", e(values.bsn_text(person.bsn, 1))), ("Betreft", f"inkomensverklaring {year}")], label_width="48mm")
        + f"<p style='margin-top:5mm'>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>Met deze brief ontvangt u de inkomensverklaring over het jaar {year}.</p>"
        + kv([("Naam", e(name)), ("Belastingjaar", str(year)),
              ("Verzamelinkomen", f"<span style='border:1.6px solid #8a8a8a;border-radius:50%;padding:1mm 3mm'>{c.a(income)}</span>")], label_width="48mm")
        + "<p class='small' style='margin-top:5mm'>Het verzamelinkomen is het totaal van uw inkomen in box 1, box 2 en box 3 na aftrek van de persoonsgebonden "
        "aftrek. Organisaties zoals woningcorporaties gebruiken dit bedrag om te bepalen waar u recht op hebt.</p>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst</p>"
    )  # fmt: skip
    body = f"<table style='width:100%'><tr><td style='width:76%'>{letter}</td><td style='padding-left:4mm'>{notes}</td></tr></table>"
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


# --- fresh22 split ---------------------------------------------------------------------------


def ib60_browser_vertaald_engels(c: Ctx):
    """Fresh22. The income page of Mijn Belastingdienst printed after the browser translated it into English: the translate bar
    ("Deze pagina is vertaald uit het Nederlands") over the page, the labels machine-translated ("Collective income" for verzamelinkomen,
    "Citizen service number", "Date of declaration"), a hover box with the original Dutch word, the dates in English as the translation
    writes them, the print's own day and time in the browser's head, "Last logged in" and the page's address as decoys; the figures and the
    name left as printed."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("en_us", "en_long", "en_short"), amounts=("euro", "EUR_grouped", "euro_tight"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    printed = issue + dt.timedelta(days=c.rng.randint(0, 40))
    logged = printed - dt.timedelta(days=c.rng.randint(1, 90))
    stamp_ = f"{values.date_text(printed, 'slash_nopad')}, {c.rng.randint(8, 21)}:{c.rng.randint(0, 59):02d}"
    bar = ("<div style='background:#f1f3f4;border:0.6px solid #c9ccd1;border-radius:1.5mm;padding:1.5mm 3mm;font-size:8.2pt;margin:2mm 0 4mm 0'>"
           "<b style='color:#1a73e8'>G</b>&nbsp; Deze pagina is vertaald uit het <b>Nederlands</b> naar het <b>Engels</b> &nbsp;&nbsp;"
           "<span style='border:0.6px solid #1a73e8;color:#1a73e8;padding:0 2mm'>Engels</span> &nbsp;<span style='color:#1a73e8'>Origineel tonen</span></div>")
    card = (
        "<div style='border:0.8px solid #b7c4d6;border-radius:2mm;padding:4mm 5mm;margin-top:3mm'>"
        f"<h2 style='margin-top:0;color:#154273'>Income statement {year}</h2>"
        + kv([("Name", e(name)), ("Citizen service number", e(values.bsn_text(person.bsn, c.rng.choice((0, 2))))), ("Tax year", str(year)),
              ("Collective income", f"<b style='font-size:12pt'>{c.a(income)}</b>"), ("Date of declaration", c.d(issue))], label_width="52mm")
        + "<div style='display:inline-block;background:#fff;border:0.6px solid #999;box-shadow:0.6mm 0.6mm 1mm rgba(0,0,0,0.25);padding:1mm 2.5mm;"
        "font-size:7.6pt;margin:1mm 0 0 52mm'>Originele tekst: <b>Verzamelinkomen</b><br><span style='color:#1a73e8'>Een betere vertaling bijdragen</span></div>"
        "<p class='small' style='margin-top:3mm'>Your collective income is your income in box 1, box 2 and box 3 together, after deduction of your "
        "person-bound deduction. Organizations such as housing corporations use this amount.</p></div>"
    )  # fmt: skip
    body = (
        browser_header("Income statement | My Tax Administration", f"https://mijn.belastingdienst.nl/mbd-pmb/inkomensverklaring/{year}", stamp_)
        + bar
        + "<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#154273'>Tax administration</span></td>"
        f"<td class='right small'>Last logged in: {e(values.date_text(logged, 'en_us'))}<br>{e(person.name('initials'))} &middot; Log out</td></tr></table>"
        "<div style='background:#154273;color:#fff;padding:1.5mm 3mm;font-size:8.6pt;margin-top:2mm'>Home &nbsp;|&nbsp; Messages &nbsp;|&nbsp; Income and assets "
        "&nbsp;|&nbsp; Benefits</div>"
        + card
        + f"<p class='small' style='margin-top:5mm'>Do you need a statement for another year? Choose a year: {year - 2} &middot; {year - 1} &middot; {year}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


def ib60_drempelinkomen_toetsingsinkomen(c: Ctx):
    """Fresh22. An IB 60 letter with an enclosed "Specificatie" that sets three incomes one under another: the drempelinkomen (the
    verzamelinkomen before the personal deduction, used for the threshold of care costs), the personal deduction (gifts, specific care
    costs), the verzamelinkomen, and in a grey note an estimated "toetsingsinkomen" for the benefits of another year (decoy sums sharing the
    word "inkomen"); the boxes above them, "Datum" in the reference column the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("long", "dash", "long_pad", "short_nodot"), amounts=("euro", "plain", "EUR_grouped"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "reversed_initials"))
    deduction = c.rng.randint(15000, 360000)
    box2 = c.rng.choice((0, 0, 0, c.rng.randint(50000, 400000)))
    box3 = c.rng.choice((0, 0, c.rng.randint(10000, 250000)))
    threshold = _cents(income) + deduction
    box1 = threshold - box2 - box3
    estimate = _cents(income) + c.rng.randint(-400000, 600000)
    money = lambda cents: e(values.amount_text(_euros(cents), "plain"))  # noqa: E731
    spec = (
        "<table class='lines' style='width:100%;font-size:9.2pt'>"
        f"<tr><td>Inkomen uit werk en woning (box 1)</td><td class='right'>{money(box1)}</td></tr>"
        f"<tr><td>Inkomen uit aanmerkelijk belang (box 2)</td><td class='right'>{money(box2)}</td></tr>"
        f"<tr><td>Inkomen uit sparen en beleggen (box 3)</td><td class='right'>{money(box3)}</td></tr>"
        f"<tr><td><b>Drempelinkomen</b></td><td class='right'><b>{money(threshold)}</b></td></tr>"
        f"<tr><td>Af: persoonsgebonden aftrek (giften, specifieke zorgkosten)</td><td class='right'>{money(deduction)}</td></tr>"
        f"<tr><td style='border-top:1.2px solid #111'><b>Verzamelinkomen {year}</b></td><td class='right' style='border-top:1.2px solid #111'><b>{c.a(income)}</b></td></tr>"
        "</table>"
    )  # fmt: skip
    refs = kv([("Datum", f"<b>{c.d(issue)}</b>"), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 0))), ("Ons kenmerk", f"IB60/{year}/{c.rng.randint(100000, 999999)}")],
              label_width="34mm")
    body = (
        _letterhead(c)
        + f"<table style='width:100%'><tr><td style='width:58%'>{address_block([person.titled('initials'), home.line1(), f'{values.postcode_text(home.postcode, True)}  {home.city}'])}</td>"
        f"<td class='small' style='vertical-align:bottom'>{refs}</td></tr></table>"
        f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p><p>U hebt ons gevraagd om een inkomensverklaring. Hieronder ziet u uw gegevens.</p>"
        + kv([("Naam", e(name)), ("Belastingjaar", str(year)), ("Verzamelinkomen", f"<b>{c.a(income)}</b>")], label_width="40mm")
        + f"<h3 style='margin-top:5mm'>Specificatie</h3>{spec}"
        + "<p class='small'>Het drempelinkomen is uw verzamelinkomen vóór aftrek van de persoonsgebonden aftrek. Wij gebruiken het om de drempel voor "
        "uw specifieke zorgkosten te berekenen. Het is niet het inkomen dat op deze verklaring staat.</p>"
        f"<div class='box small' style='background:#f0f0f0;border-color:#bbb'>Toeslagen: voor uw toeslagen over {year + 1} rekenen wij voorlopig met een "
        f"geschat toetsingsinkomen van {e(values.amount_text(_euros(max(estimate, 100000) // 100 * 100), 'euro'))}. Dat bedrag is een schatting en geen "
        "inkomensverklaring.</div>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, person, year, income, issue)


# --- fresh23 split ---------------------------------------------------------------------------


def ib60_op_basis_aangifte_geen_aanslag(c: Ctx):
    """Fresh23. An IB 60 made before the year's assessment was set, as the Belastingdienst sends it when only the return is known: the
    text says the verzamelinkomen comes from the return received on a given day (a decoy date) and that a new statement follows if the
    assessment differs; the provisional assessment of that year with its own day and the sum paid on it in a grey note (a decoy date and a
    decoy sum); the figures in a block of right-aligned labels ("Verzamelinkomen volgens uw aangifte"); in the letter's reference column each
    caption stands small above its value, "Datum" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("long", "dash", "long_pad", "nopad"), amounts=("euro", "plain", "EUR_grouped"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    filed = values.between(c.rng, dt.date(year + 1, 2, 1), min(issue - dt.timedelta(days=20), dt.date(year + 1, 6, 30)))
    provisional = dt.date(year, 1, c.rng.randint(8, 28))
    monthly = values.amount(c.rng.randint(20, 900) + c.rng.randint(0, 99) / 100)
    ref = lambda label, value: f"<div style='font-size:7.4pt;color:#555;margin-top:1.5mm'>{e(label)}</div><div>{value}</div>"  # noqa: E731
    refs = (ref("Datum", f"<b>{c.d(issue)}</b>") + ref("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.choice((0, 2)))))
            + ref("Ons kenmerk", f"IB60-{c.rng.randint(1000000, 9999999)}") + ref("Behandeld door", "BelastingTelefoon 0800 - 0543"))
    body = (
        _letterhead(c)
        + "<table style='width:100%'><tr><td style='width:62%'>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"</td><td style='border-left:0.6px solid #999;padding-left:4mm'>{refs}</td></tr></table>"
        + f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>U hebt een inkomensverklaring over {year} gevraagd. U hebt nog geen aanslag inkomstenbelasting over {year} van ons gekregen. Daarom staat "
        f"hieronder het verzamelinkomen uit uw aangifte, die wij op {e(values.date_text(filed, 'long'))} hebben ontvangen.</p>"
        + right_labels([("Naam", e(name)), ("Belastingjaar", str(year)), ("Verzamelinkomen volgens uw aangifte", f"<b>{c.a(income)}</b>")], label_width="78mm")
        + "<p style='margin-top:4mm'>Wijkt de aanslag straks af van uw aangifte? Dan sturen wij u vanzelf een nieuwe inkomensverklaring.</p>"
        f"<div class='box small' style='background:#efefef;border-color:#bbb'>Voorlopige aanslag {year} (dagtekening {e(values.date_text(provisional, 'dash'))}): "
        f"u betaalde hierop {e(values.amount_text(monthly, 'euro'))} per maand. Deze voorlopige aanslag zegt niets over uw verzamelinkomen.</div>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


_MKB23 = {2023: (503000, 0.14), 2024: (375000, 0.1331), 2025: (247000, 0.127)}
"""Per year the self-employed deduction (zelfstandigenaftrek, in cents) and the rate of the small-business profit exemption."""


def ib60_ondernemer_winst_specificatie(c: Ctx):
    """Fresh23. An IB 60 of a self-employed person, with a specification of how the verzamelinkomen was built: the profit of the business,
    the self-employed deduction, the small-business profit exemption, the taxable profit, the wages beside it, the deduction for the own
    home, box 1 and box 3 (decoy sums, the profit often the largest figure on the page), the business's trade name and KvK number as decoys;
    the verzamelinkomen in a sentence "Uw verzamelinkomen over ... is" and again at the foot of the specification, "Betreft" the name,
    "Datum" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad", "wd_nopad"), amounts=("euro", "plain", "euro_tight"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "reversed_initials"))
    deduction, rate = _MKB23[year]
    box3 = c.rng.choice((0, 0, c.rng.randint(5000, 180000)))
    box3 = min(box3, _cents(income) // 3)
    box1 = _cents(income) - box3
    wages = c.rng.choice((0, 0, c.rng.randint(100000, max(100001, box1 // 2))))
    home_deduction = c.rng.choice((0, c.rng.randint(20000, 600000)))
    taxable = box1 - wages + home_deduction
    if taxable <= 0:
        wages, home_deduction, taxable = 0, 0, box1
    profit = round(taxable / (1 - rate)) + deduction
    exemption = profit - deduction - taxable
    trade = f"{person.surname.split()[-1].capitalize()} {c.pick('Klussenbedrijf', 'Schilderwerken', 'Administratie & Advies', 'Grafisch Ontwerp', 'Hoveniers', 'Koeriersdiensten')}"
    money = lambda cents: e(values.amount_text(_euros(cents), "plain"))  # noqa: E731
    spec = [("Winst uit onderneming", money(profit)), ("Af: zelfstandigenaftrek", money(deduction)), ("Af: mkb-winstvrijstelling", money(exemption)),
            ("Belastbare winst uit onderneming", money(taxable))]
    if wages:
        spec.append(("Loon uit dienstbetrekking", money(wages)))
    if home_deduction:
        spec.append(("Af: aftrek eigen woning", money(home_deduction)))
    spec += [("Belastbaar inkomen uit werk en woning (box 1)", money(box1)), ("Belastbaar inkomen uit sparen en beleggen (box 3)", money(box3))]
    rows = "".join(f"<tr><td>{e(k)}</td><td class='right'>{v}</td></tr>" for k, v in spec)
    refs = kv([("Datum", f"<b>{c.d(issue)}</b>"), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 0))), ("Betreft", f"inkomensverklaring van {e(name)}")],
              label_width="36mm")
    body = (
        _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"<div class='small'>{refs}</div>"
        + f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>U vroeg ons om een inkomensverklaring. Uw verzamelinkomen over {year} is <b>{c.a(income)}</b>. Dit bedrag staat ook op uw aanslag "
        f"inkomstenbelasting {year}. Omdat u ondernemer bent, ziet u hieronder hoe uw verzamelinkomen is opgebouwd.</p>"
        f"<p class='small'>Onderneming: {e(trade)} &middot; KvK-nummer {c.rng.randint(10000000, 99999999)}</p>"
        "<table class='lines' style='width:100%;font-size:9.2pt'><tr><th>Specificatie</th><th class='right'>Bedrag in euro</th></tr>" + rows
        + f"<tr><td style='border-top:1.2px solid #111'><b>Verzamelinkomen</b></td><td class='right' style='border-top:1.2px solid #111'><b>{money(_cents(income))}</b></td></tr></table>"
        "<p class='small' style='margin-top:3mm'>De winst uit uw onderneming is niet hetzelfde als uw inkomen. Instanties die naar uw inkomen vragen, gebruiken het "
        "verzamelinkomen.</p>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst/Particulieren en ondernemers</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, person, year, income, issue)


# --- fresh24 split ---------------------------------------------------------------------------

_FROM24 = (("Polen", "ul. Długa 14, 80-827 Gdańsk"), ("Duitsland", "Hauptstraße 21, 47533 Kleve"), ("België", "Kerkstraat 8, 2000 Antwerpen"),
           ("Spanje", "Calle Mayor 12, 28013 Madrid"), ("Turkije", "Atatürk Cad. 45, 06420 Ankara"), ("India", "MG Road 77, Bengaluru 560001"))


def ib60_migratiejaar_binnenlandse_periode(c: Ctx):
    """Fresh24. An IB 60 of someone who came to live in the Netherlands during the tax year and filed an M form ("M-biljet"): the day of
    arrival and the period of domestic tax liability (decoy dates), the country and the address abroad before the arrival, the income over
    the foreign part of the year and the foreign tax paid on it (decoy sums), the verzamelinkomen over the Dutch part in a ruled table
    under "Verzamelinkomen binnenlandse periode"; "Dagtekening" in the reference block the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("DejaVu Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "dot_pad", "cap_month"), amounts=("euro", "plain", "EUR_grouped", "euro_tight"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("all", "initials", "first"))
    arrived = values.between(c.rng, dt.date(year, 2, 1), dt.date(year, 10, 31))
    country, abroad = c.rng.choice(_FROM24)
    foreign = values.amount(c.rng.randint(4000, 30000) + c.rng.randint(0, 99) / 100)
    foreign_tax = values.amount(round(float(foreign) * c.rng.uniform(0.08, 0.3), 2))
    refs = kv([("Dagtekening", f"<b style='white-space:nowrap'>{c.d(issue)}</b>"), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.rng.choice((0, 1))))),
               ("Aanslagnummer", f"{person.bsn[:4]}.{person.bsn[4:6]}.{person.bsn[6:]}.H.{str(year)[-2:]}.M")], label_width="38mm")
    body = (
        _letterhead(c)
        + "<table style='width:100%'><tr><td style='width:50%'>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"</td><td class='small' style='padding-top:9mm'>{refs}</td></tr></table>"
        + f"<h2>Inkomensverklaring {year} (migratiejaar)</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>U bent in {year} in Nederland komen wonen. Over dat jaar hebt u een M-biljet ingediend. Uw verzamelinkomen gaat alleen over de periode "
        "dat u in Nederland woonde. Wat u daarvoor in het buitenland verdiende, telt niet mee.</p>"
        "<table class='ruled' style='width:100%;font-size:9pt'>"
        f"<tr><td style='width:60%'>Naam</td><td>{e(name)}</td></tr>"
        f"<tr><td>Datum vestiging in Nederland</td><td>{e(values.date_text(arrived, 'long'))}</td></tr>"
        f"<tr><td>Binnenlandse belastingplicht</td><td>{e(values.date_text(arrived, 'dash'))} t/m {e(values.date_text(dt.date(year, 12, 31), 'dash'))}</td></tr>"
        f"<tr><td>Vorig woonland en adres</td><td>{e(country)}, {e(abroad)}</td></tr>"
        f"<tr><td>Inkomen buitenlandse periode (niet in het verzamelinkomen)</td><td>{e(values.amount_text(foreign, 'euro'))}</td></tr>"
        f"<tr><td>Buitenlandse belasting over die periode</td><td>{e(values.amount_text(foreign_tax, 'euro'))}</td></tr>"
        f"<tr><td><b>Verzamelinkomen binnenlandse periode {year}</b></td><td><b>{c.a(income)}</b></td></tr></table>"
        "<p class='small' style='margin-top:3mm'>Een instantie die naar uw inkomen over dit jaar vraagt, gebruikt het verzamelinkomen hierboven.</p>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, person, year, income, issue)


def ib60_navordering_aanslagenoverzicht(c: Ctx):
    """Fresh24. An IB 60 after an additional assessment ("navorderingsaanslag") raised the verzamelinkomen: a table of the year's
    assessments, each with its number, its own "dagtekening" and the verzamelinkomen it set (the first assessment's sum and both days are
    decoys; the navordering's row holds the verzamelinkomen that counts now), the reason of the navordering in a sentence, "Uw
    verzamelinkomen over ... is nu" the income; "Datum" beside the letter's reference the issue date."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Carlito", "Liberation Sans")))
    c.restyle17(dates=("long", "dash", "long_pad", "wd_nopad"), amounts=("euro", "plain", "euro_nogroup", "EUR_after"))
    person, year, issue, income, home = _facts(c)
    issue = max(issue, dt.date(year + 1, 10, 1))
    name = person.name(c.pick("all", "initials", "reversed_initials"))
    first = values.between(c.rng, dt.date(year + 1, 4, 1), dt.date(year + 1, 6, 30))
    second = values.between(c.rng, first + dt.timedelta(days=60), issue - dt.timedelta(days=7))
    before = values.amount(round(float(income) * c.rng.uniform(0.72, 0.95), 2))
    number = f"{person.bsn[:4]}.{person.bsn[4:6]}.{person.bsn[6:]}.H.{str(year)[-2:]}"
    cause = c.pick("een bijverdienste die uw opdrachtgever later aan ons doorgaf", "rente over een buitenlandse rekening", "een te hoog opgegeven aftrek voor zorgkosten")
    body = (
        _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", f"<b>{c.d(issue)}</b>"), ("Ons kenmerk", f"IB60/{c.rng.randint(100000, 999999)}"), ("Betreft", f"inkomensverklaring {year}")], label_width="32mm")
        + f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>Over {year} hebt u na uw aanslag ook een navorderingsaanslag van ons gekregen, vanwege {e(cause)}. Daardoor is uw verzamelinkomen veranderd. "
        "Hieronder ziet u alle aanslagen over dat jaar.</p>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Aanslag</th><th>Aanslagnummer</th><th>Dagtekening</th><th class='right'>Verzamelinkomen</th></tr>"
        f"<tr><td>Aanslag inkomstenbelasting</td><td>{e(number)}.01</td><td>{e(values.date_text(first, 'dash'))}</td><td class='right'>{e(values.amount_text(before, 'plain'))}</td></tr>"
        f"<tr><td>Navorderingsaanslag</td><td>{e(number)}.21</td><td>{e(values.date_text(second, 'dash'))}</td><td class='right'><b>{c.a(income)}</b></td></tr></table>"
        + kv([("Naam", e(name)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, 2))), ("Belastingjaar", str(year))], label_width="50mm")
        + f"<p>Uw verzamelinkomen over {year} is nu <b>{c.a(income)}</b>. Het bedrag van de eerste aanslag geldt niet meer.</p>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, person, year, income, issue)


# --- fresh25 split ---------------------------------------------------------------------------


def ib60_tegenbewijs_box3_was_wordt(c: Ctx):
    """Fresh25. An IB 60 sent after the Belastingdienst reduced the income from savings and investments (box 3) on the taxpayer's proof of a
    lower actual return ("tegenbewijsregeling box 3"): a ruled table "Was | Wordt" of box 1, box 2 and box 3 and the verzamelinkomen (the old
    box 3 income, the old verzamelinkomen and the unchanged boxes are decoy sums; the "Wordt" column's last row holds the income), the day of
    the first assessment and of the reducing decision as decoy dates, the income once more in a sentence; "Datum" in the reference block the
    issue date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("long", "dash", "long_pad", "dot_pad"), amounts=("euro", "plain", "EUR_grouped", "euro_nogroup"))
    person, year, issue, income, home = _facts(c)
    issue = max(issue, dt.date(year + 1, 9, 1))
    name = person.name(c.pick("all", "initials", "first"))
    total = float(income)
    box3 = round(total * c.rng.uniform(0.03, 0.14), 2)
    box2 = c.pick(0.0, 0.0, round(total * c.rng.uniform(0.02, 0.08), 2))
    box1 = round(total - box3 - box2, 2)
    before3 = round(box3 + c.rng.randint(700, 5200) + c.rng.randint(0, 99) / 100, 2)
    old = values.amount(box1 + box2 + before3)
    first = values.between(c.rng, dt.date(year + 1, 3, 15), dt.date(year + 1, 7, 31))
    reduced = values.between(c.rng, first + dt.timedelta(days=40), issue - dt.timedelta(days=3))
    plain = lambda v: e(values.amount_text(values.amount(v), "plain"))  # noqa: E731
    refs = kv([("Datum", f"<b style='white-space:nowrap'>{c.d(issue)}</b>"), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 2)))),
               ("Ons kenmerk", f"IB60/TB3/{c.rng.randint(100000, 999999)}")], label_width="40mm")
    body = (
        _letterhead(c)
        + "<table style='width:100%'><tr><td style='width:52%'>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"</td><td class='small' style='padding-top:10mm'>{refs}</td></tr></table>"
        + f"<h2>Inkomensverklaring {year} &ndash; na vermindering box 3</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>U hebt ons laten zien dat uw werkelijke rendement op sparen en beleggen over {year} lager was dan het forfaitaire rendement. Met onze "
        f"beschikking van {e(values.date_text(reduced, 'long'))} hebben wij uw inkomen uit box 3 verlaagd. Daardoor is ook uw verzamelinkomen lager "
        f"geworden dan in de aanslag van {e(values.date_text(first, 'long'))}.</p>"
        + kv([("Naam", e(name)), ("Belastingjaar", str(year))], label_width="40mm")
        + "<table class='ruled' style='width:100%;font-size:9pt;margin-top:2mm'><tr><th>Omschrijving</th><th class='right' style='width:32mm'>Was</th>"
        "<th class='right' style='width:36mm'>Wordt</th></tr>"
        f"<tr><td>Belastbaar inkomen uit werk en woning (box 1)</td><td class='right'>{plain(box1)}</td><td class='right'>{plain(box1)}</td></tr>"
        f"<tr><td>Belastbaar inkomen uit aanmerkelijk belang (box 2)</td><td class='right'>{plain(box2)}</td><td class='right'>{plain(box2)}</td></tr>"
        f"<tr><td>Belastbaar inkomen uit sparen en beleggen (box 3)</td><td class='right'>{plain(before3)}</td><td class='right'>{plain(box3)}</td></tr>"
        f"<tr><td><b>Verzamelinkomen {year}</b></td><td class='right'>{e(values.amount_text(old, 'plain'))}</td><td class='right'><b>{c.a(income)}</b></td></tr></table>"
        f"<p style='margin-top:3mm'>Uw verzamelinkomen over {year} is daarmee <b>{c.a(income)}</b>. Vraagt een woningcorporatie of een andere instantie naar "
        "uw inkomen over dit jaar, dan gebruikt u dit bedrag. Het bedrag in de kolom &lsquo;Was&rsquo; geldt niet meer.</p>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, person, year, income, issue)


_ABROAD25 = (("Duitsland", "Lohnsteuer", "Steuer-ID", ("Wessel Logistik GmbH", "Brandt Metallbau GmbH", "Hoffmann Kunststofftechnik GmbH", "Krüger Pflegedienst GmbH"),
              ("Kleve", "Emmerich am Rhein", "Aachen", "Gronau", "Nordhorn", "Goch")),
             ("België", "bedrijfsvoorheffing", "rijksregisternummer", ("Van Roey Distributie NV", "Janssens Voeding NV", "Peeters Bouw BV", "Vandenberghe Zorg vzw"),
              ("Antwerpen", "Turnhout", "Lommel", "Gent", "Maaseik", "Hasselt")))


def ib60_grensarbeider_buitenlands_loon(c: Ctx):
    """Fresh25. An IB 60 of a cross-border worker who lives in the Netherlands and worked in Germany or Belgium: a table "Samenstelling
    verzamelinkomen" with the Dutch wage, the foreign wage with the employer's name and town abroad, the income from the own home and the
    verzamelinkomen (the parts are decoy sums), below it the foreign tax withheld, the reduction to avoid double taxation and the foreign tax
    number (decoy sums and a decoy number) in a grey box that says they do not change the income; "Dagtekening" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "cap_month", "long_pad"), amounts=("euro", "plain", "whole", "euro_tight"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("all", "initials", "first"))
    country, levy, number, firms, towns = c.rng.choice(_ABROAD25)
    firm = c.rng.choice(firms)
    total = float(income)
    housing = -round(c.rng.uniform(0, 0.12) * total, 2) if c.rng.random() < 0.6 else 0.0
    dutch = round(c.rng.uniform(0, 0.35) * total, 2)
    foreign = round(total - dutch - housing, 2)
    withheld = round(foreign * c.rng.uniform(0.14, 0.3), 2)
    relief = round(withheld * c.rng.uniform(0.7, 1.1), 2)
    plain = lambda v: e(values.amount_text(values.amount(abs(v)), "plain"))  # noqa: E731
    tax_no = f"{c.rng.randint(10, 99)} {c.rng.randint(100, 999)} {c.rng.randint(100, 999)} {c.rng.randint(100, 999)}" if country == "Duitsland" \
        else f"{c.rng.randint(50, 99)}.{c.rng.randint(1, 12):02d}.{c.rng.randint(1, 28):02d}-{c.rng.randint(100, 999)}.{c.rng.randint(10, 99)}"
    rows = [("Loon uit Nederland", plain(dutch)), (f"Loon uit {country}: {firm}, {c.rng.choice(towns)}", plain(foreign))]
    if housing:
        rows.append(("Inkomen uit eigen woning (negatief)", "-" + plain(housing)))
    table = "".join(f"<tr><td>{e(k)}</td><td class='right'>{v}</td></tr>" for k, v in rows)
    body = (
        _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Dagtekening", f"<b>{c.d(issue)}</b>"), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 1)))),
              ("Onderwerp", f"inkomensverklaring {year}")], label_width="42mm")
        + f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>U woonde in {year} in Nederland en werkte (ook) in {e(country)}. Uw loon uit {e(country)} telt mee voor uw verzamelinkomen. Hieronder "
        "ziet u hoe uw verzamelinkomen is samengesteld.</p>"
        f"<table class='ruled' style='width:100%;font-size:9pt'><tr><th colspan='2'>Samenstelling verzamelinkomen {year} &ndash; {e(name)}</th></tr>"
        + table
        + f"<tr><td><b>Verzamelinkomen</b></td><td class='right' style='width:38mm'><b>{c.a(income)}</b></td></tr></table>"
        "<div class='box small' style='background:#f1f1f1;border-color:#999;margin-top:3mm'>Ter informatie, geen onderdeel van uw inkomen:<br>"
        f"ingehouden {e(levy)} in {e(country)}: <span style='white-space:nowrap'>{e(values.amount_text(values.amount(withheld), 'euro'))}</span> &middot; "
        f"vermindering ter voorkoming van dubbele belasting: <span style='white-space:nowrap'>{e(values.amount_text(values.amount(relief), 'euro'))}</span> &middot; "
        f"uw {e(number)}: <span style='white-space:nowrap'>{e(tax_no)}</span></div>"
        "<p>Hebt u een vraag over deze verklaring? Bel de BelastingTelefoon Grensarbeiders.</p>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, person, year, income, issue)



# --- fresh26 split ---------------------------------------------------------------------------


def ib60_alimentatie_ex_partner_voetnoten(c: Ctx):
    """Fresh26. An IB 60 letter that states the verzamelinkomen in one sentence with footnote marks and explains it in numbered footnotes
    under a rule: the partner alimony the taxpayer received from, or paid to, a former partner named in full with the sum and the day the
    divorce was registered (a decoy name, sum and date), the assessment's number holding the BSN and its day (a decoy date); the day of the
    taxpayer's letter asking for the statement in the reference block as a decoy; "Naam" above the sentence, "Datum" the issue date."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "long_pad", "nl_ordinal"), amounts=("euro", "dash", "whole", "euro_endash"))
    _person, year, issue, income, home = _facts(c)
    person = c.person(born=(1950, 1988), titled=0.15)  # old enough to have married and divorced before the tax year
    name = person.name(c.pick("all", "initials", "first"))
    ex = c.person(sex="f" if person.sex == "m" else "m", born=(max(1950, person.birth_date.year - 8), min(2004, person.birth_date.year + 8)))
    received = c.rng.random() < 0.55
    alimony = values.amount(c.rng.randint(150, 1400) * 12 + c.rng.choice((0, 0, 0.5)))
    divorced = values.between(c.rng, dt.date(2012, 1, 1), dt.date(year, 6, 30))
    assessed = values.between(c.rng, dt.date(year + 1, 3, 1), max(dt.date(year + 1, 3, 2), issue - dt.timedelta(days=10)))
    letter = issue - dt.timedelta(days=c.rng.randint(6, 25))
    refs = kv([("Datum", f"<b style='white-space:nowrap'>{c.d(issue)}</b>"), ("Uw brief van", e(values.date_text(letter, "dash"))),
               ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 1, 2))))], label_width="40mm")
    money = e(values.amount_text(alimony, "euro"))
    note = (f"In dit bedrag is de partneralimentatie begrepen die u in {year} ontving van {e(ex.name('all'))}: {money}. Uw huwelijk is ontbonden "
            f"op {e(values.date_text(divorced, 'long'))}." if received else
            f"De partneralimentatie die u in {year} betaalde aan {e(ex.name('all'))} ({money}) is als persoonsgebonden aftrek van uw inkomen "
            f"afgetrokken. Uw huwelijk is ontbonden op {e(values.date_text(divorced, 'long'))}.")
    notes = [note, f"Aanslag inkomstenbelasting {year}, aanslagnummer {person.bsn}.H.{str(year)[-2:]}.01, dagtekening {values.date_text(assessed, 'long')}.",
             "Het verzamelinkomen is uw inkomen uit werk en woning, uit aanmerkelijk belang en uit sparen en beleggen samen, na aftrek van de "
             "persoonsgebonden aftrekposten."]
    note_html = "".join(f"<div style='margin-bottom:1mm'><sup>{i + 1}</sup> {n if i == 0 else e(n)}</div>" for i, n in enumerate(notes))
    body = (
        _letterhead(c)
        + "<table style='width:100%'><tr><td style='width:55%'>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"</td><td class='small' style='padding-top:10mm'>{refs}</td></tr></table>"
        + f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        "<p>In uw brief vroeg u ons om een verklaring van uw inkomen. Die vindt u hieronder.</p>"
        + kv([("Naam", e(name)), ("Jaar", str(year))], label_width="30mm")
        + f"<p style='margin-top:3mm'>Uw verzamelinkomen<sup>3</sup> over {year} bedraagt <b>{c.a(income)}</b>.<sup>1</sup> Dit bedrag hebben wij "
        "vastgesteld in uw aanslag inkomstenbelasting.<sup>2</sup></p>"
        "<p>Gebruik deze verklaring alleen voor het doel waarvoor u haar hebt gevraagd, bijvoorbeeld een aanvraag bij een woningcorporatie.</p>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst/Particulieren</p>"
        f"<div class='small' style='border-top:0.6px solid #666;margin-top:10mm;padding-top:2mm;width:85%'>{note_html}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, person, year, income, issue)


_HOLDINGS26 = ("Holding B.V.", "Beheer B.V.", "Consultancy B.V.", "Installatietechniek B.V.", "Advies B.V.")


def ib60_dga_aanmerkelijk_belang_opbouw(c: Ctx):
    """Fresh26. An IB 60 of a director-major shareholder (dga) in two columns: on the left a grey panel "Uw gegevens" with captions above
    values (name, BSN, year and "Dagtekening" the issue date), on the right the build-up of the verzamelinkomen in a ruled table whose rows
    are grouped under shaded merged headers "Box 1 - werk en woning", "Box 2 - aanmerkelijk belang" and "Box 3": the wage from the
    shareholder's own company, named after the surname (a decoy name), the customary-wage note, the income from the own home, the dividend
    with the shareholding's percentage and the company's KvK number (decoy sums and numbers); the verzamelinkomen the table's last row."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad", "short_nodot"), amounts=("euro", "plain", "euro_tight", "EUR_grouped"))
    person, year, issue, income, home = _facts(c)
    income = values.amount(float(income) + c.rng.randint(30000, 90000))
    name = person.name(c.pick("all", "initials", "first"))
    name = name if len(name) <= 26 else person.name("initials")  # one line in the narrow panel
    core = people.split_particle(person.surname)[1]
    firm = f"{person.surname[0].upper()}{person.surname[1:]} {c.rng.choice(_HOLDINGS26)}" if c.rng.random() < 0.6 else f"{core} {c.rng.choice(_HOLDINGS26)}"
    total = float(income)
    box2 = round(total * c.rng.uniform(0.15, 0.45), 2)
    box3 = c.pick(0.0, round(total * c.rng.uniform(0.01, 0.06), 2))
    housing = c.pick(0.0, -round(total * c.rng.uniform(0.02, 0.09), 2))
    box1 = round(total - box2 - box3, 2)
    wage = round(box1 - housing, 2)
    share = c.rng.choice((100, 100, 50, 33, 25))
    money = lambda v: ("-" if v < 0 else "") + e(values.amount_text(values.amount(abs(v)), "plain"))  # noqa: E731
    group = lambda t: f"<tr><td colspan='2' style='background:#dde3ea;font-weight:bold'>{e(t)}</td></tr>"  # noqa: E731
    line = lambda k, v: f"<tr><td>{k}</td><td class='right' style='width:32mm'>{v}</td></tr>"  # noqa: E731
    rows = (group("Box 1 - belastbaar inkomen uit werk en woning")
            + line(f"Loon uit dienstbetrekking bij {e(firm)}", money(wage))
            + line("Inkomsten uit eigen woning", money(housing))
            + line("<b>Totaal box 1</b>", money(box1))
            + group("Box 2 - belastbaar inkomen uit aanmerkelijk belang")
            + line(f"Reguliere voordelen (dividend) {e(firm)}, belang {share}%", money(box2))
            + line("<b>Totaal box 2</b>", money(box2))
            + group("Box 3 - belastbaar inkomen uit sparen en beleggen")
            + line("<b>Totaal box 3</b>", money(box3))
            + f"<tr><td style='border-top:1.6px solid #111'><b>Verzamelinkomen {year}</b></td><td class='right' style='border-top:1.6px solid #111'><b>{c.a(income)}</b></td></tr>")
    cap = lambda k, v: f"<div style='font-size:7.4pt;color:#555;margin-top:2.5mm'>{e(k)}</div><div style='white-space:nowrap'>{v}</div>"  # noqa: E731
    panel = (cap("Naam", f"<b>{e(name)}</b>") + cap("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 2)))) + cap("Belastingjaar", str(year))
             + cap("Dagtekening", f"<b>{c.d(issue)}</b>") + cap("Kenmerk", f"IB60/{c.rng.randint(100000, 999999)}"))
    body = (
        _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"<h2>Inkomensverklaring {year}</h2>"
        "<table style='width:100%;margin-top:2mm'><tr>"
        f"<td style='width:52mm;vertical-align:top;background:#f0f0f0;padding:1mm 3mm 3mm 3mm'><b>Uw gegevens</b>{panel}</td>"
        "<td style='vertical-align:top;padding-left:5mm'>"
        "<p style='margin-top:0'>U bent directeur-grootaandeelhouder. Daarom bestaat uw verzamelinkomen uit meer dan uw loon. Zo is het opgebouwd:</p>"
        f"<table class='lines' style='width:100%;font-size:9pt'>{rows}</table>"
        f"<p class='small' style='margin-top:3mm'>{e(firm)} is ingeschreven bij de Kamer van Koophandel onder nummer {c.rng.randint(10000000, 99999999)}. "
        "Voor uw loon geldt de gebruikelijkloonregeling. Uitgekeerd dividend telt mee in box 2 in het jaar van uitkering.</p></td></tr></table>"
        "<p style='margin-top:5mm'>Met vriendelijke groet,<br><br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(name, person, year, income, issue)


# --- fresh27 split ---------------------------------------------------------------------------

_PAYERS27 = ("UWV (WW-uitkering)", "UWV (Ziektewet)", "UWV (WIA-uitkering)", "Sociale Verzekeringsbank (AOW)", "Stichting Pensioenfonds ABP",
             "Pensioenfonds Zorg en Welzijn", "Uitzendbureau Randstad B.V.", "Stichting Thuiszorg Midden-Gelderland")


def ib60_uitkeringsinstanties_loonheffingennummers(c: Ctx):
    """Fresh27. An IB 60 letter that lists where the income came from: a ruled table of the benefit agencies, the municipality and an
    employer that paid the taxpayer in the year, each with its loonheffingennummer (nine digits that pass the elfproef and "L01": a decoy in the
    shape of a BSN), the months it paid and its sum (decoy periods and sums), the personal deduction, and the verzamelinkomen as the table's
    last row; "Datum" in the reference block the issue date, "Naam" above the table."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad", "nl_ordinal"), amounts=("euro", "EUR_grouped", "euro_endash", "plain"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("all", "initials", "first"))
    total = float(income)
    deduction = c.pick(0.0, 0.0, round(c.rng.uniform(150, 2400), 2))
    gross = total + deduction
    payers = c.rng.sample(_PAYERS27, c.rng.randint(2, 3))
    if c.rng.random() < 0.5:
        payers[-1] = f"Gemeente {c.rng.choice(people.places())[0]} (Participatiewet)"
    cuts = sorted(c.rng.sample(range(1, 12), len(payers) - 1))
    months = list(zip([0] + cuts, cuts + [12]))
    shares = [b - a for a, b in months]
    sums = [round(gross * s / 12, 2) for s in shares]
    sums[-1] = round(gross - sum(sums[:-1]), 2)
    month = lambda m: values.MONTHS[m]  # noqa: E731
    rows = "".join(
        f"<tr><td>{e(p)}</td><td style='white-space:nowrap'>{values.bsn(c.rng)}L0{c.rng.randint(1, 3)}</td>"
        f"<td style='white-space:nowrap'>{month(a)} t/m {month(b - 1)}</td><td class='right' style='white-space:nowrap'>{e(values.amount_text(values.amount(v), 'plain'))}</td></tr>"
        for p, (a, b), v in zip(payers, months, sums))
    if deduction:
        rows += f"<tr><td colspan='3'>Af: persoonsgebonden aftrek</td><td class='right'>-{e(values.amount_text(values.amount(deduction), 'plain'))}</td></tr>"
    rows += (f"<tr><td colspan='3' style='border-top:1.4px solid #111'><b>Verzamelinkomen {year}</b></td>"
             f"<td class='right' style='border-top:1.4px solid #111;white-space:nowrap'><b>{c.a(income)}</b></td></tr>")
    body = (
        _letterhead(c)
        + "<table style='width:100%'><tr><td style='width:55%'>"
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "</td><td class='small' style='padding-top:10mm'>"
        + kv([("Datum", f"<b style='white-space:nowrap'>{c.d(issue)}</b>"), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 1, 2)))),
              ("Ons kenmerk", f"IB60-{c.rng.randint(1000000, 9999999)}")], label_width="36mm")
        + "</td></tr></table>"
        + f"<h2>Inkomensverklaring {year}</h2>"
        f"<p>Geachte {e(person.salutation().lower())} {e(person.surname)},</p>"
        f"<p>U vroeg ons om een inkomensverklaring over {year}. Uw uitkeringsinstanties en werkgevers hebben ons doorgegeven wat zij u in dat jaar "
        "hebben betaald. Met die gegevens en uw aangifte is uw verzamelinkomen vastgesteld.</p>"
        + kv([("Naam", e(name)), ("Jaar", str(year))], label_width="30mm")
        + "<table class='lines' style='width:100%;margin-top:3mm;font-size:9pt'><tr><th>Inhoudingsplichtige</th><th>Loonheffingennummer</th>"
        f"<th>Periode</th><th class='right'>Bedrag in euro</th></tr>{rows}</table>"
        "<p class='small' style='margin-top:3mm'>Het loonheffingennummer is het nummer waaronder de inhoudingsplichtige loonheffing afdraagt. "
        "Het is niet uw burgerservicenummer.</p>"
        "<p>Met vriendelijke groet,<br><br>Belastingdienst/Particulieren</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


def ib60_jarenoverzicht_kolommen_per_jaar(c: Ctx):
    """Fresh27. The income data page of Mijn Belastingdienst downloaded as a PDF, with the years as columns: the boxes, the personal
    deduction and the verzamelinkomen for three years side by side under a header row of years, the year of the statement shaded and marked
    "verklaring" (the other years' figures and their sources are decoys in the same notation), the birth date in "Uw gegevens" and the
    download's day and time in the foot as decoys; "Datum verklaring" the issue date."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "Cantarell")))
    c.restyle17(dates=("dash", "long", "wd_nopad", "dot_pad"), amounts=("euro", "euro_tight", "EUR_grouped", "plain"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("all", "first", "initials"))
    years = [year - 2, year - 1, year]
    figures = {}
    for y in years:
        v = float(income) if y == year else float(values.amount(c.rng.randint(9000, 68000) + c.rng.randint(0, 99) / 100))
        box3 = c.pick(0.0, round(v * c.rng.uniform(0.01, 0.08), 2))
        deduction = c.pick(0.0, round(c.rng.uniform(100, 1800), 2))
        figures[y] = (round(v - box3 + deduction, 2), 0.0, box3, -deduction, v)
    shade = "background:#e3ecf6"
    cell = lambda y, v: f"<td class='right' style='white-space:nowrap;{shade if y == year else ''}'>{c.a(values.amount(abs(v))) if v >= 0 else '-' + c.a(values.amount(-v))}</td>"  # noqa: E731
    labels = ("Box 1 werk en woning", "Box 2 aanmerkelijk belang", "Box 3 sparen en beleggen", "Persoonsgebonden aftrek", "Verzamelinkomen")
    rows = "".join(f"<tr><td>{'<b>' + e(k) + '</b>' if i == 4 else e(k)}</td>" + "".join(cell(y, figures[y][i]) for y in years) + "</tr>"
                   for i, k in enumerate(labels))
    source = "".join(f"<td class='right small' style='{shade if y == year else ''}'>{c.pick('definitieve aanslag', 'voorlopige aanslag', 'aangifte') if y != year else 'aanslag'}</td>"
                     for y in years)
    head = "".join(f"<th class='right' style='width:30mm;{shade if y == year else ''}'>{y}{'<br><span class=small>verklaring</span>' if y == year else ''}</th>" for y in years)
    fetched = issue + dt.timedelta(days=c.rng.randint(0, 30))
    body = (
        "<div style='background:#154273;color:#fff;padding:2mm 4mm;font-weight:bold'>Belastingdienst &nbsp;&middot;&nbsp; Mijn Belastingdienst</div>"
        "<h1 style='font-size:15pt;margin-top:5mm'>Inkomensgegevens</h1>"
        "<div class='box' style='border-color:#9ab;background:#f7f9fb'><b>Uw gegevens</b>"
        + kv([("Naam", e(name)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 2)))),
              ("Geboortedatum", e(values.date_text(person.birth_date, "dash")))], label_width="44mm")
        + "</div>"
        f"<h2>Inkomensverklaring {year}</h2>"
        + kv([("Datum verklaring", f"<b style='white-space:nowrap'>{c.d(issue)}</b>"), ("Belastingjaar", str(year))], label_width="44mm")
        + f"<table class='lines' style='width:100%;margin-top:3mm;font-size:9.2pt'><tr><th>Bedragen in euro's</th>{head}</tr>{rows}"
        f"<tr><td class='small'>Bron</td>{source}</tr></table>"
        f"<p class='small' style='margin-top:3mm'>Alleen de kolom {year} is de inkomensverklaring. De andere jaren ziet u ter vergelijking.</p>"
        f"<div class='small' style='margin-top:14mm;border-top:0.6px solid #999;padding-top:1mm'>Gedownload op {e(values.date_text(fetched, 'dash'))} "
        f"om {c.rng.randint(8, 22):02d}:{c.rng.randint(0, 59):02d} &middot; mijn.belastingdienst.nl &middot; pagina 1 van 1</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


# --- fresh28 split ---------------------------------------------------------------------------

_MODAL28 = {2023: "40000.00", 2024: "44000.00", 2025: "46000.00"}


def ib60_staafdiagram_in_gewone_taal(c: Ctx):
    """Fresh28. An IB 60 in plain language whose middle draws the build-up of the income as a horizontal bar chart: box 1, box 3, the
    personal deduction and the verzamelinkomen as bars (drawn boxes, no text in them) with the label before and the sum after each bar, and
    below a grey bar "Modaal inkomen" with the year's modal income (a decoy sum in the same notation); the verzamelinkomen again in a
    sentence, "Datum" in the head the issue date, "Naam" and the BSN in a framed block."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Cantarell", "Carlito")))
    c.restyle17(dates=("long", "dash", "nl_ordinal", "wd_nodot_long"), amounts=("euro", "euro_tight", "dash", "EUR_grouped"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("all", "first", "initials"))
    total = float(income)
    box3 = c.pick(0.0, round(total * c.rng.uniform(0.01, 0.07), 2))
    deduction = c.pick(0.0, round(c.rng.uniform(120, 2200), 2))
    box1 = round(total - box3 + deduction, 2)
    modal = _MODAL28[year]
    top = max(box1, float(modal))
    bars = [("Inkomen uit werk en woning (box 1)", box1, "#1f5fa8", ""), ("Inkomen uit sparen en beleggen (box 3)", box3, "#1f5fa8", ""),
            ("Aftrekposten", deduction, "#c0762a", "-"), ("Uw verzamelinkomen", total, "#0b3b6e", "")]
    rows = "".join(
        f"<tr><td style='width:62mm;padding:1.5mm 3mm 1.5mm 0{';font-weight:bold' if i == 3 else ''}'>{e(k)}</td>"
        f"<td style='width:70mm;padding:1.5mm 0'><div style='height:4.5mm;width:{max(0.5, 68 * v / top):.1f}mm;background:{colour}'></div></td>"
        f"<td style='padding:1.5mm 0 1.5mm 3mm;white-space:nowrap{';font-weight:bold' if i == 3 else ''}'>{sign}{c.a(values.amount(v))}</td></tr>"
        for i, (k, v, colour, sign) in enumerate(bars))
    rows += (f"<tr><td style='padding:4mm 3mm 1.5mm 0;color:#666'>Modaal inkomen {year} (ter vergelijking)</td>"
             f"<td style='padding:4mm 0 1.5mm 0'><div style='height:4.5mm;width:{68 * float(modal) / top:.1f}mm;background:repeating-linear-gradient(45deg,#bbb 0,#bbb 1mm,#ddd 1mm,#ddd 2mm)'></div></td>"
             f"<td style='padding:4mm 0 1.5mm 3mm;white-space:nowrap;color:#666'>{c.a(modal)}</td></tr>")
    body = (
        _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"<p>Datum: <b style='white-space:nowrap'>{c.d(issue)}</b></p>"
        + f"<h1 style='font-size:16pt;margin-top:4mm'>Dit is uw inkomen over {year}</h1>"
        + "<div class='box' style='border-color:#1f5fa8'>" + kv([("Naam", e(name)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 1, 2)))),
                                                                 ("Jaar", str(year))], label_width="46mm") + "</div>"
        + f"<p>Beste {e(person.salutation().lower())} {e(person.surname)},</p>"
        "<p>U vroeg om een inkomensverklaring. Hieronder ziet u in een plaatje hoe uw inkomen is opgebouwd. Het laatste balkje is het "
        "bedrag dat telt: uw verzamelinkomen.</p>"
        f"<table style='margin:3mm 0'>{rows}</table>"
        f"<p>Uw verzamelinkomen over {year} is <b>{c.a(income)}</b>. Dit bedrag kunt u gebruiken als u bijvoorbeeld een woning wilt huren.</p>"
        "<p class='small'>Het modale inkomen is het inkomen dat veel mensen in Nederland verdienen. Het staat er alleen ter vergelijking bij.</p>"
        "<p>Met vriendelijke groet,<br>Belastingdienst</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, person, year, income, issue)


def ib60_fiscale_partners_twee_kolommen(c: Ctx):
    """Fresh28. An IB 60 that sets the taxpayer and the fiscal partner side by side in two columns under "U" and "Uw fiscale partner": names,
    BSNs, box 1 to 3, the personal deduction and the verzamelinkomen of both (the partner's are a decoy person and decoy sums in the same
    shape; the columns' order varies, so the partner may come first); a note says the statement is only the taxpayer's. "Dagtekening" the
    issue date."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "FreeSans")))
    c.restyle17(dates=("dash", "long", "dot_pad", "short_nodot"), amounts=("euro", "plain", "EUR_grouped", "euro_nogroup"))
    person, year, issue, income, home = _facts(c)
    partner = c.person(sex="f" if person.sex == "m" else "m", born=(1950, 2004))
    form = c.pick("all", "initials", "first")
    name, other = person.name(form), partner.name(form)
    other_income = values.amount(c.rng.randint(6000, 72000) + c.rng.randint(0, 99) / 100)

    def figures(total: str) -> list[str]:
        v = float(total)
        box3 = c.pick(0.0, round(v * c.rng.uniform(0.01, 0.06), 2))
        deduction = c.pick(0.0, round(c.rng.uniform(100, 1600), 2))
        return [values.amount(v - box3 + deduction), "0.00", values.amount(box3), values.amount(deduction), total]

    mine, theirs = figures(income), figures(other_income)
    columns = [("U", name, person.bsn, mine), ("Uw fiscale partner", other, partner.bsn, theirs)]
    if c.rng.random() < 0.35:
        columns.reverse()
    nw = "white-space:nowrap"
    head = "".join(f"<th style='width:52mm'>{e(h)}</th>" for h, _, _, _ in columns)
    labels = ("Box 1 werk en woning", "Box 2 aanmerkelijk belang", "Box 3 sparen en beleggen", "Persoonsgebonden aftrek", "Verzamelinkomen")
    rows = (f"<tr><td>Naam</td>" + "".join(f"<td style='{nw}'>{e(n)}</td>" for _, n, _, _ in columns) + "</tr>"
            f"<tr><td>Burgerservicenummer</td>" + "".join(f"<td style='{nw}'>{e(values.bsn_text(b, 0))}</td>" for _, _, b, _ in columns) + "</tr>")
    for i, label in enumerate(labels):
        bold = ";font-weight:bold" if i == 4 else ""
        rows += f"<tr><td style='{bold[1:]}'>{e(label)}</td>" + "".join(f"<td class='right' style='{nw}{bold}'>{c.a(f[i])}</td>" for _, _, _, f in columns) + "</tr>"
    body = (
        _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Dagtekening", f"<b style='{nw}'>{c.d(issue)}</b>"), ("Ons kenmerk", f"IB60/{year}/{c.rng.randint(100000, 999999)}")], label_width="36mm")
        + f"<h2 style='margin-top:6mm'>Inkomensverklaring {year}</h2>"
        f"<p>U had in {year} een fiscale partner. Daarom ziet u hieronder uw gegevens en die van uw fiscale partner naast elkaar.</p>"
        f"<table class='ruled' style='width:100%;font-size:9.2pt'><tr><th>Bedragen in euro's</th>{head}</tr>{rows}</table>"
        "<p class='small' style='margin-top:3mm'>Let op: dit is alleen uw inkomensverklaring (kolom &ldquo;U&rdquo;). Heeft uw fiscale partner een "
        "eigen inkomensverklaring nodig? Dan vraagt uw partner die zelf aan.</p>"
        "<p style='margin-top:6mm'>Met vriendelijke groet,<br><br>Belastingdienst/Particulieren</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


# --- fresh29 split ---------------------------------------------------------------------------


def ib60_tekstversie_schermlezer(c: Ctx):
    """Fresh29. The IB 60 as its accessible text version prints it (the text a screen reader speaks, exported and printed by the tenant's
    reading software): no letterhead, every element announced in square brackets ("[Afbeelding: logo Rijksoverheid]", "[Kop niveau 1]",
    "[Tabel met 2 kolommen en 5 rijen]", "Rij 2: Burgerservicenummer | ..."), the data table with "Naam", the BSN, "Jaar", "Verzamelinkomen"
    and "Datum" (the issue date); a second announced table of the two years before with their sums (decoy years and amounts), the reference
    and the export's own day and time in the software's footer as decoys."""
    c.font_of(c.pick(("DejaVu Sans Mono", "Liberation Mono"), ("Noto Mono", "Hack")))
    c.restyle17(dates=("long", "dash", "wd_nodot_long", "iso"), amounts=("euro", "plain", "EUR_grouped", "euro_nogroup"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("all", "initials", "first"))
    exported = issue + dt.timedelta(days=c.rng.randint(1, 40))
    tag = "color:#555"
    earlier = [(year - k, values.amount(max(4000.0, float(income) + c.rng.randint(-9000, 6000) + c.rng.randint(0, 99) / 100))) for k in (1, 2)]
    rows = [("Naam", e(name)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 2)))), ("Jaar", str(year)),
            ("Verzamelinkomen", c.a(income)), ("Datum", c.d(issue))]
    if c.rng.random() < 0.5:  # the year before the BSN, as some versions order the table
        rows[1], rows[2] = rows[2], rows[1]
    table = "".join(f"<div>Rij {i + 1}: {k} | {v}</div>" for i, (k, v) in enumerate(rows))
    older = "".join(f"<div>Rij {i + 1}: {y} | {e(values.amount_text(a, c.amount_style))}</div>" for i, (y, a) in enumerate(earlier))
    body = (
        f"<div style='border-bottom:1px solid #888;font-size:8pt;{tag};padding-bottom:1mm'>Tekstweergave &middot; inkomensverklaring.pdf &middot; "
        f"{c.rng.randint(2, 3)} pagina's</div>"
        f"<p style='{tag}'>[Afbeelding: logo Rijksoverheid]<br>[Afbeelding: Belastingdienst]</p>"
        f"<p><span style='{tag}'>[Kop niveau 1]</span> Inkomensverklaring {year}</p>"
        f"<p><span style='{tag}'>[Alinea]</span> Op uw verzoek ontvangt u deze inkomensverklaring. Daarin staat uw verzamelinkomen over {year}. "
        "U hebt deze verklaring bijvoorbeeld nodig als u een huurwoning wilt huren.</p>"
        f"<p><span style='{tag}'>[Tabel met 2 kolommen en {len(rows)} rijen]</span></p>"
        f"<div style='margin-left:6mm'>{table}</div>"
        f"<p style='{tag}'>[Einde tabel]</p>"
        f"<p><span style='{tag}'>[Kop niveau 2]</span> Uw inkomen in eerdere jaren</p>"
        f"<p><span style='{tag}'>[Alinea]</span> Ter informatie ziet u hieronder uw verzamelinkomen over eerdere jaren. Deze bedragen gelden niet "
        f"voor {year}.</p>"
        f"<p><span style='{tag}'>[Tabel met 2 kolommen en 2 rijen]</span></p><div style='margin-left:6mm'>{older}</div><p style='{tag}'>[Einde tabel]</p>"
        f"<p><span style='{tag}'>[Alinea]</span> Ons kenmerk: IB 60 {year} {c.rng.randint(1000000, 9999999)}</p>"
        f"<p><span style='{tag}'>[Alinea]</span> Met vriendelijke groet, Belastingdienst</p>"
        f"<p><span style='{tag}'>[Link]</span> belastingdienst.nl/inkomensverklaring</p>"
        f"<p style='{tag}'>[Einde document]</p>"
        f"<div style='position:fixed;bottom:-12mm;left:0;right:0;font-size:7.5pt;{tag};border-top:0.5px solid #aaa'>Geëxporteerd met Leeshulp "
        f"op {e(values.date_text(exported, 'dash'))} om {c.rng.randint(8, 22):02d}:{c.rng.randint(0, 59):02d} &middot; pagina 1 van 1</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; line-height: 1.45; } p { margin: 0 0 2.2mm 0; }"), _truth(name, person, year, income, issue)


_SCAN_SERVICES29 = (("Postdigitaal", "#2b6e4f"), ("ScanMijnPost", "#5a3e8c"), ("Brievenbus Online", "#b5552a"), ("PostBox Nederland", "#1f5c8a"))


def ib60_digitale_postbus_envelopscan(c: Ctx):
    """Fresh29. The IB 60 as a digital mailbox service shows it to a customer who lives or travels abroad, printed from its web page: the
    service's bar with the customer number, "Ontvangen op", "Gescand op" and the postmark's day (decoy dates), the scanned envelope drawn
    with the Belastingdienst as sender, a franking box and the window with the service's own address and postcode (a decoy address, c/o),
    and below it the letter's first page as scanned, framed: "Datum" the issue date, "Naam", the BSN, the year and the verzamelinkomen in
    a box; the scan's page count and file name as decoys."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "Cantarell")))
    c.restyle17(dates=("long", "dash", "dot_pad", "wd_nopad"), amounts=("euro", "EUR_grouped", "dash", "euro_tight"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    service, colour = c.rng.choice(_SCAN_SERVICES29)
    office = people.address(c.rng)
    stamped = issue + dt.timedelta(days=c.rng.randint(1, 3))
    received = stamped + dt.timedelta(days=c.rng.randint(1, 3))
    scanned = received + dt.timedelta(days=c.rng.randint(0, 1))
    number = c.rng.randint(100000, 999999)
    nw = "white-space:nowrap"
    lab = "font-size:7.4pt;color:#666"
    bar = (f"<div style='background:{colour};color:#fff;padding:2mm 4mm;display:flex;justify-content:space-between;align-items:center'>"
           f"<b style='font-size:13pt'>{e(service)}</b><span style='font-size:8pt'>Mijn post &middot; klantnummer {number}</span></div>"
           "<table style='width:100%;margin:2mm 0;font-size:8.6pt'><tr>"
           f"<td><div style='{lab}'>Afzender</div>Belastingdienst</td>"
           f"<td><div style='{lab}'>Poststempel</div><span style='{nw}'>{e(values.date_text(stamped, 'dash'))}</span></td>"
           f"<td><div style='{lab}'>Ontvangen op</div><span style='{nw}'>{e(values.date_text(received, 'dash'))}</span></td>"
           f"<td><div style='{lab}'>Gescand op</div><span style='{nw}'>{e(values.date_text(scanned, 'dash'))}</span></td>"
           f"<td><div style='{lab}'>Bestand</div>scan_{number}_{c.rng.randint(1000, 9999)}.pdf (2 p.)</td></tr></table>")
    envelope = (
        "<div style='position:relative;width:150mm;height:52mm;margin:2mm auto;border:0.8px solid #999;background:#f4efe2;"
        "box-shadow:0.8mm 0.8mm 1.5mm rgba(0,0,0,0.25)'>"
        "<div style='position:absolute;left:5mm;top:4mm;font-size:7.5pt;color:#333'>Belastingdienst<br>Postbus 2508<br>6401 DA Heerlen</div>"
        "<div style='position:absolute;right:5mm;top:4mm;border:0.8px solid #333;padding:1mm 2mm;font-size:6.5pt;text-align:center'>PORT BETAALD<br>PostNL</div>"
        "<div style='position:absolute;left:40mm;top:21mm;width:85mm;height:24mm;border:0.8px solid #aaa;background:#fff;border-radius:1mm;"
        "padding:2mm 3mm;box-sizing:border-box;font-size:8pt;line-height:1.3'>"
        f"{e(person.titled('initials'))}<br>p/a {e(service)}<br>{e(office.line1())}<br>{e(values.postcode_text(office.postcode, True))}  {e(office.city.upper())}</div></div>")
    letter = (
        "<div style='border:0.8px solid #999;padding:5mm 7mm;margin-top:3mm;box-shadow:0.8mm 0.8mm 1.5mm rgba(0,0,0,0.2)'>"
        f"<div style='font-size:7.4pt;color:#666;margin:-3mm 0 2mm 0'>Scan pagina 1 van 2</div>"
        + _letterhead(c)
        + kv([("Datum", f"<b style='{nw}'>{c.d(issue)}</b>"), ("Ons kenmerk", f"IB 60 / {c.rng.randint(1000000, 9999999)}")], label_width="36mm")
        + f"<h2 style='margin-top:3mm'>Inkomensverklaring {year}</h2>"
        + kv([("Naam", e(name)), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 1, 2)))), ("Belastingjaar", str(year))], label_width="46mm")
        + f"<div class='box' style='width:110mm'>{kv([(f'Verzamelinkomen {year}', f'<b>{c.a(income)}</b>')], label_width='56mm')}</div>"
        "<p class='small'>Het verzamelinkomen is de som van uw inkomen uit werk en woning, uit aanmerkelijk belang en uit sparen en beleggen, "
        "min de persoonsgebonden aftrek.</p></div>")
    body = bar + envelope + letter
    return page(c, body, "@page { margin: 14mm 16mm 16mm 18mm; } body { font-size: 9.4pt; }"), _truth(name, person, year, income, issue)


# --- fresh30 split ---------------------------------------------------------------------------

_MAILBOXES30 = (("Verhuur", "woonbron.nl", "Woonbron"), ("Klantenservice", "ymere.nl", "Ymere"), ("Woonservice", "portaal.nl", "Portaal"),
                ("Verhuurteam", "eigenhaard.nl", "Eigen Haard"), ("Klantcontact", "woonstadrotterdam.nl", "Woonstad Rotterdam"),
                ("Huurzaken", "dealliantie.nl", "de Alliantie"))


def ib60_outlook_doorgestuurd_partnerinkomen_in_mail(c: Ctx):
    """Fresh30. An e-mail printed from Outlook by the corporation: the mailbox's name in bold over a thick rule, "Van" (the applicant with an
    e-mail address), "Verzonden" with a weekday, day and time after the statement (a decoy), "Aan", "Onderwerp" with the application number
    and "Bijlagen" with a file name; the applicant writes that the attachment would not open, so the statement's text is pasted below, and
    mentions the partner's income "ongeveer" and the telephone number (a decoy sum and number); below "---- tekst van de brief ----" the
    letter's lines as plain text: "Datum" the issue date, the BSN, "Inkomensverklaring" with the year, the name and "Verzamelinkomen"."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("long", "dash", "nopad", "dot_pad"), amounts=("euro", "EUR_grouped", "plain", "euro_nogroup"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    box, domain, corporation = c.rng.choice(_MAILBOXES30)
    sent = issue + dt.timedelta(days=c.rng.randint(2, 40), hours=0)
    hour, minute = c.rng.randint(7, 23), c.rng.randint(0, 59)
    partner = c.person(sex="f" if person.sex == "m" else "m", born=(1955, 2003))
    partner_income = values.amount(c.rng.randint(12000, 61000))
    mail = f"{person.given[0].lower()}.{person.surname.split()[-1].lower()}{c.rng.randint(1, 99)}@{c.pick('gmail.com', 'hotmail.com', 'ziggo.nl', 'kpnmail.nl', 'outlook.com')}"
    number = f"{c.pick('MH', 'WA', 'AV')}-{sent.year}-{c.rng.randint(10000, 99999)}"
    nw = "white-space:nowrap"
    head = (f"<div style='font-size:13pt;font-weight:bold'>{e(box)} | {e(corporation)}</div>"
            "<div style='border-top:3px solid #111;margin:1mm 0 3mm 0'></div>"
            + mail_header([("Van:", f"{e(person.name('first'))} &lt;{e(mail)}&gt;"),
                           ("Verzonden:", f"<span style='{nw}'>{weekday_date(sent)} {hour:02d}:{minute:02d}</span>"),
                           ("Aan:", f"{e(box.lower())}@{e(domain)}"), ("Onderwerp:", f"inkomensverklaring voor aanvraag {e(number)}"),
                           ("Bijlagen:", f"IB60_{year}_scan.pdf")]))
    body = (
        head
        + "<p>Goedemiddag,</p>"
        f"<p>Hierbij stuur ik mijn inkomensverklaring voor de aanvraag {e(number)}. De bijlage wilde bij mij niet goed openen, daarom heb ik de "
        "tekst van de brief ook hieronder in de mail gezet.</p>"
        f"<p>Mijn partner {e(partner.name('first'))} verdiende in {year} ongeveer <span style='{nw}'>{e(values.amount_text(partner_income, 'euro'))}</span>, "
        f"die verklaring stuurt {'hij' if partner.sex == 'm' else 'zij'} zelf nog na.</p>"
        f"<p>Met vriendelijke groet,<br>{e(person.name('first'))}<br>06-{c.rng.randint(10000000, 99999999)}</p>"
        "<p style='color:#555;margin-top:5mm'>---- tekst van de brief ----</p>"
        "<div style='font-family:\"DejaVu Sans Mono\", monospace;font-size:8.8pt;line-height:1.45;white-space:pre-wrap'>"
        "Belastingdienst\nPostbus 2508\n6401 DA  Heerlen\n\n"
        f"Datum                : {c.d(issue)}\n"
        f"Burgerservicenummer  : {e(values.bsn_text(person.bsn, c.pick(0, 1, 2)))}\n"
        f"Ons kenmerk          : IB 60 / {c.rng.randint(1000000, 9999999)}\n\n"
        f"Inkomensverklaring {year}\n\n"
        f"Naam                 : {e(name)}\n"
        f"Verzamelinkomen {year} : {c.a(income)}\n\n"
        "Het verzamelinkomen is de som van uw inkomen uit werk en woning, uit\naanmerkelijk belang en uit sparen en beleggen.</div>"
        "<p class='small' style='margin-top:6mm;color:#666'>Afgedrukt uit Outlook door de afdeling verhuur.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(name, person, year, income, issue)


_ID_CARD30 = ("position:relative;display:inline-block;width:85mm;height:54mm;border:0.8px solid #777;border-radius:3mm;margin:0 3mm 0 0;"
              "background:linear-gradient(135deg,#e6eef6,#f5f1e4);box-sizing:border-box;padding:3mm 3.5mm;font-size:6.6pt;line-height:1.25;vertical-align:top")


def ib60_kopie_samen_met_identiteitskaart(c: Ctx):
    """Fresh30. One photocopied sheet with the applicant's Dutch identity card (front and back) above the IB 60: the card's surname and given
    names on separate lines, birth date, document number, "Datum van afgifte" and "Geldig tot" in the card's "12 MAA/MAR 2031" notation (two
    decoy dates), the "Persoonsnummer" (the same BSN, dotted) on the back, a grey picture where the photo is; a copy line "Kopie t.b.v.
    woningaanvraag" with its own day (a decoy); below the letter itself, a little smaller: "Datum" the issue date, the BSN, the name, the year
    and the verzamelinkomen."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("dash", "long", "dot_pad"), amounts=("euro", "dash", "EUR_grouped"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    nw = "white-space:nowrap"
    card_issued = c.date((2017, 1, 10), (2025, 12, 20))
    card_valid = dt.date(card_issued.year + 10, card_issued.month, min(card_issued.day, 28))
    copied = issue + dt.timedelta(days=c.rng.randint(1, 60))
    number = "".join(c.rng.choice("BCDFGHJKLNPRSTVXZ") for _ in range(2)) + "".join(c.rng.choice("BCDFGHJKLNPRSTVXZ0123456789") for _ in range(6)) + str(c.rng.randint(0, 9))
    particle, core = people.split_particle(person.surname)
    lab = "color:#345;font-size:5.8pt"
    front = (f"<div style='{_ID_CARD30}'><div style='font-weight:bold;font-size:7.4pt;letter-spacing:0.4px'>KONINKRIJK DER NEDERLANDEN</div>"
             "<div style='font-size:6pt;color:#345'>IDENTITEITSKAART / IDENTITY CARD</div>"
             "<div style='position:absolute;left:3.5mm;top:12mm;width:21mm;height:27mm;background:#9aa0a6;border-radius:1mm'></div>"
             "<div style='position:absolute;left:28mm;top:11mm'>"
             f"<div style='{lab}'>Naam / Surname</div><b>{e(core.upper())}</b>{(' <span style=' + chr(34) + lab + chr(34) + '>(' + e(particle) + ')</span>') if particle else ''}"
             f"<div style='{lab}'>Voornamen / Given names</div>{e(' '.join(person.given))}"
             f"<div style='{lab}'>Geboortedatum / Date of birth</div>{e(values.date_text(person.birth_date, 'id_bilingual'))}"
             f"<div style='{lab}'>Documentnummer / Document no.</div>{e(number)}"
             f"<div style='{lab}'>Datum van afgifte / Date of issue</div>{e(values.date_text(card_issued, 'id_bilingual'))}"
             f"<div style='{lab}'>Geldig tot / Date of expiry</div>{e(values.date_text(card_valid, 'id_bilingual'))}</div></div>")
    back = (f"<div style='{_ID_CARD30}'><div style='{lab}'>Persoonsnummer / Personal No.</div><b>{e(values.bsn_text(person.bsn, 1))}</b>"
            f"<div style='{lab};margin-top:2mm'>Lengte / Height</div>1,{c.rng.randint(55, 95)} m"
            f"<div style='{lab};margin-top:2mm'>Afgegeven door / Authority</div>Burgemeester van {e(home.municipality)}"
            "<div style='position:absolute;left:3.5mm;right:3.5mm;bottom:3mm;font-family:\"DejaVu Sans Mono\", monospace;font-size:6.4pt;letter-spacing:0.6px'>"
            f"I&lt;NLD{e(number)}&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;&lt;<br>{person.birth_date.strftime('%y%m%d')}{c.rng.randint(0, 9)}"
            f"{person.sex.upper()}{card_valid.strftime('%y%m%d')}{c.rng.randint(0, 9)}NLD&lt;&lt;&lt;&lt;&lt;<br>{e(core.upper().replace(' ', '&lt;'))}&lt;&lt;"
            f"{e(person.given[0].upper())}&lt;&lt;&lt;&lt;&lt;&lt;</div></div>")
    letter = (
        "<div style='border-top:1px dashed #888;margin-top:6mm;padding-top:4mm;font-size:9pt'>"
        + _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + kv([("Datum", f"<span style='{nw}'>{c.d(issue)}</span>"), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 2)))),
              ("Ons kenmerk", f"IB 60 / {c.rng.randint(1000000, 9999999)}")], label_width="44mm")
        + f"<h3>Inkomensverklaring {year}</h3>"
        + f"<p>Naam: {e(name)}</p><p>Op uw verzoek sturen wij u deze verklaring. Hierin staat uw verzamelinkomen over {year}.</p>"
        + f"<div class='box' style='width:105mm'>{kv([(f'Verzamelinkomen {year}', f'<b style={chr(34)}{nw}{chr(34)}>{c.a(income)}</b>')], label_width='52mm')}</div>"
        "<p>Met vriendelijke groet,<br>Belastingdienst</p></div>")
    body = (
        f"<div class='small' style='margin-bottom:2mm;color:#444'>Kopie t.b.v. woningaanvraag &middot; {e(values.date_text(copied, 'dash'))} &middot; "
        "alleen bestemd voor de woningcorporatie</div>"
        f"<div style='white-space:nowrap'>{front}{back}</div>"
        + letter
    )  # fmt: skip
    return page(c, body, "@page { margin: 14mm 16mm 14mm 18mm; } body { font-size: 9.4pt; background: #fbfbf8; }"), _truth(name, person, year, income, issue)


# --- fresh31 split ---------------------------------------------------------------------------

_LIBRARIES31 = ("Bibliotheek Rotterdam", "OBA Oost", "Bibliotheek Utrecht Neude", "DOK Delft", "Bibliotheek Arnhem Rozet", "Bibliotheek Tilburg LocHal",
                "Bibliotheek Groningen Forum")


def ib60_bibliotheek_printopdracht_kopstrook(c: Ctx):
    """Fresh31. The IB 60 printed on a public library's printer: the print system's job strip across the top in a monospaced face (the
    library, "Printopdracht" with a number, "Gebruiker" a guest code, the file name, the day and time printed, the pages and "Kosten
    € 0,15": decoy day and sum), then the letter as Mijn Belastingdienst makes it, somewhat smaller: the Belastingdienst's head, the address
    window, "Datum" the issue date, the BSN, "Inkomensverklaring <jaar>", the name and "Uw verzamelinkomen over <jaar>" in a grey band; a
    second strip at the foot repeats the job number and the pickup code."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "nopad"), amounts=("euro", "EUR_grouped", "plain", "euro_nogroup"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    nw = "white-space:nowrap"
    library = c.rng.choice(_LIBRARIES31)
    printed = issue + dt.timedelta(days=c.rng.randint(0, 50))
    hour, minute = c.rng.randint(10, 19), c.rng.randint(0, 59)
    job = c.rng.randint(100000, 999999)
    cost = values.amount(c.pick(0.10, 0.15, 0.20, 0.25))
    pickup = c.rng.randint(1000, 9999)
    strip = ("font-family:\"DejaVu Sans Mono\", monospace;font-size:7.6pt;background:#eeeeee;border:0.6px solid #999;padding:1.6mm 2.5mm;"
             "display:flex;justify-content:space-between;flex-wrap:wrap")
    top = (f"<div style='{strip}'><span>{e(library.upper())}</span><span>Printopdracht #{job}</span><span>Gebruiker: GAST-{c.rng.randint(100, 999)}</span>"
           f"<span>inkomensverklaring_{year}.pdf</span><span>{e(values.date_text(printed, 'dash'))} {hour:02d}:{minute:02d}</span>"
           f"<span>1 pag. z/w &middot; Kosten {e(values.amount_text(cost, 'euro'))}</span></div>")
    foot = (f"<div style='{strip};margin-top:8mm'><span>EINDE PRINTOPDRACHT #{job}</span><span>Ophaalcode {pickup}</span>"
            f"<span>Printer 2e verdieping (zwart-wit)</span></div>")
    letter = (
        "<div style='font-size:9.2pt;margin-top:6mm'>"
        + _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", f"<span style='{nw}'>{c.d(issue)}</span>"), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 1, 2)))),
              ("Contact", "BelastingTelefoon 0800 - 0543")], label_width="44mm")
        + f"<h2 style='margin-top:6mm'>Inkomensverklaring {year}</h2>"
        + f"<p>Naam: {e(name)}</p>"
        f"<p>U heeft een inkomensverklaring over {year} aangevraagd. Hieronder ziet u uw verzamelinkomen. Dit is het inkomen dat wij hebben "
        "vastgesteld op basis van uw aangifte of aanslag inkomstenbelasting.</p>"
        f"<div style='background:#e9edf2;padding:2.5mm 4mm;margin:4mm 0;display:flex;justify-content:space-between'><span>Uw verzamelinkomen over {year}</span>"
        f"<b style='{nw}'>{c.a(income)}</b></div>"
        "<p>Heeft u vragen over deze verklaring? Kijk dan op belastingdienst.nl of bel de BelastingTelefoon.</p>"
        "<p>Met vriendelijke groet,<br>Belastingdienst</p></div>")
    body = top + letter + foot
    return page(c, body, "@page { margin: 10mm 16mm 12mm 18mm; } body { font-size: 9.4pt; }"), _truth(name, person, year, income, issue)


def ib60_word_document_knipsels_met_bijschrift(c: Ctx):
    """Fresh31. A Word document the applicant made and printed: a typed heading ("Bewijs inkomen voor aanvraag <nummer>") and a line with
    the day it was typed (a decoy), then two screen snips of the IB 60 pasted one under the other, each in a thin grey frame with the
    snipping tool's caption below it ("Afbeelding 1: bovenkant van de brief", "Afbeelding 2: ..."): the first with "Datum" the issue date and
    the BSN, the second with "Inkomensverklaring <jaar>", the name and the verzamelinkomen; the word processor's footer with the file name
    and "Pagina 1 van 1"; the applicant's own telephone number typed under the pictures."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Caladea", "Open Sans")))
    c.restyle17(dates=("dash", "long", "dot_pad", "nopad"), amounts=("euro", "EUR_grouped", "dash", "euro_nogroup"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    nw = "white-space:nowrap"
    typed = issue + dt.timedelta(days=c.rng.randint(1, 45))
    number = f"{c.pick('WN', 'MH', 'ZK')}{c.rng.randint(1000000, 9999999)}"
    snip = "border:0.8px solid #9aa3ad;box-shadow:0.8mm 0.8mm 1.2mm rgba(0,0,0,0.18);padding:3mm 4mm;background:#fff;font-family:\"Liberation Sans\", sans-serif"
    caption = "font-size:8pt;color:#2f5597;font-style:italic;margin:1.4mm 0 5mm 0"
    first = (f"<div style='{snip};width:128mm'><div style='display:flex;justify-content:space-between'><span class='logo' style='font-size:12pt'>"
             "Belastingdienst</span><span class='small'>Postbus 2508<br>6401 DA Heerlen</span></div>"
             + kv([("Datum", f"<span style='{nw}'>{c.d(issue)}</span>"), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 1, 2)))),
                   ("Ons kenmerk", f"IB 60 / {c.rng.randint(1000000, 9999999)}")], label_width="44mm")
             + "</div>")
    second = (f"<div style='{snip};width:128mm'><b style='font-size:11.5pt'>Inkomensverklaring {year}</b>"
              f"<p style='margin:2mm 0'>Naam: {e(name)}</p>"
              f"<table style='width:100%;border-top:0.8px solid #333;border-bottom:0.8px solid #333'><tr><td>Verzamelinkomen {year}</td>"
              f"<td class='right'><b style='{nw}'>{c.a(income)}</b></td></tr></table>"
              "<p class='small' style='margin:2mm 0 0 0'>Het verzamelinkomen is het totaal van uw inkomen in box 1, box 2 en box 3.</p></div>")
    body = (
        f"<h2 style='margin-top:0;color:#1f3864'>Bewijs inkomen voor aanvraag {e(number)}</h2>"
        f"<p>Gemaakt op {e(values.date_text(typed, 'dash'))} door {e(person.name('first'))}. De brief zelf kon ik niet uploaden, daarom heb ik er "
        "knipsels van gemaakt.</p>"
        + first + f"<div style='{caption}'>Afbeelding 1: bovenkant van de brief</div>"
        + second + f"<div style='{caption}'>Afbeelding 2: het inkomen</div>"
        + f"<p>Voor vragen ben ik bereikbaar op 06-{c.rng.randint(10000000, 99999999)}.</p>"
        + running(e(person.name("first")), f"{e('Inkomen_' + person.surname.split()[-1] + '_' + str(year) + '.docx')} &nbsp;&middot;&nbsp; Pagina 1 van 1")
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(name, person, year, income, issue)


# --- fresh32 split ---------------------------------------------------------------------------

_TEAMS32 = ("Woonruimteverdeling", "Team Verhuur", "Backoffice Wonen", "Klantcontact Verhuur")
_LIMITS32 = (47699, 48569, 52085, 53551, 44035)


def ib60_acrobat_opmerkingen_samenvatting(c: Ctx):
    """Fresh32. The IB 60 as a corporation's employee printed it from a PDF reader with "Opmerkingen samenvatten" on a landscape sheet: the
    letter shrunk on the left (the Belastingdienst's head, the address window, "Datum" the issue date, the BSN, "Inkomensverklaring <jaar>",
    the name and the verzamelinkomen) with numbered yellow note markers beside the values, and on the right a column of the numbered comments,
    each with its author (the employee and a colleague: decoy names), the day and time it was made (later decoy days) and a text holding an
    income limit, a rent and the application's number as decoys; the reader's head line with the file name and "Pagina 1"."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad"), amounts=("euro", "EUR_grouped", "plain"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    nw = "white-space:nowrap"
    team = c.rng.choice(_TEAMS32)
    first, second = c.person(born=(1965, 2001)), c.person(born=(1965, 2001))
    made = [issue + dt.timedelta(days=c.rng.randint(3, 40))]
    made.append(made[0] + dt.timedelta(days=c.rng.randint(0, 6)))
    limit = values.amount(c.rng.choice(_LIMITS32))
    rent = values.amount(c.rng.randint(620, 1150) + c.pick(0, 0.35, 0.8))
    number = f"{c.pick('MH', 'WZ', 'AV')}-{issue.year}-{c.rng.randint(10000, 99999)}"
    marker = lambda n: (f"<span style='display:inline-block;background:#ffe45c;border:0.6px solid #b59a00;font-size:7pt;font-weight:bold;padding:0 1.2mm;"  # noqa: E731
                        f"margin-left:2mm;vertical-align:1mm'>{n}</span>")
    comments = [
        (first, made[0], f"Naam komt overeen met aanvraag {e(number)}."),
        (first, made[0], f"Verzamelinkomen {year} gecontroleerd. Inkomensgrens sociale huur: {e(values.amount_text(limit, 'euro'))}."),
        (second, made[1], f"Huur woning {e(values.amount_text(rent, 'euro'))} per maand &ndash; toets 40% zie dossier."),
        (second, made[1], "Akkoord, doorzetten naar contractvorming."),
    ]
    notes = "".join(
        f"<div style='border:0.6px solid #c9b24a;background:#fffbe0;padding:1.6mm 2.4mm;margin-bottom:3mm'><div style='font-size:7.6pt;color:#555'>"
        f"<b>{i + 1}</b> &nbsp;Notitie &middot; {e(who.name('initials'))} ({e(team)}) &middot; <span style='{nw}'>{e(values.date_text(when, 'dash'))} "
        f"{c.rng.randint(8, 17):02d}:{c.rng.randint(0, 59):02d}</span></div><div style='font-size:8.6pt'>{text}</div></div>"
        for i, (who, when, text) in enumerate(comments))
    letter = (
        "<div style='border:0.8px solid #999;box-shadow:1mm 1mm 1.5mm rgba(0,0,0,0.2);padding:7mm 9mm;font-size:8.6pt;background:#fff'>"
        + _letterhead(c)
        + address_block([person.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", f"<span style='{nw}'>{c.d(issue)}</span>"),
              ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 1, 2))) + marker(1)),
              ("Ons kenmerk", f"IB 60 / {c.rng.randint(1000000, 9999999)}")], label_width="40mm")
        + f"<h3 style='margin-top:5mm'>Inkomensverklaring {year}</h3>"
        f"<p>Naam: {e(name)}{marker(1)}</p>"
        f"<p>U heeft ons gevraagd om een inkomensverklaring. Hieronder staat uw verzamelinkomen over {year}.</p>"
        f"<table style='width:100%;border-top:0.8px solid #333;border-bottom:0.8px solid #333'><tr><td>Verzamelinkomen {year}</td>"
        f"<td class='right'><b style='{nw}'>{c.a(income)}</b>{marker(2)}</td></tr></table>"
        "<p class='small'>Het verzamelinkomen is het totaal van uw inkomen in box 1, box 2 en box 3.</p>"
        f"<p>Met vriendelijke groet,<br>Belastingdienst{marker(3)}{marker(4)}</p></div>")
    body = (
        f"<div style='font-size:8pt;color:#444;border-bottom:0.6px solid #999;margin-bottom:3mm;display:flex;justify-content:space-between'>"
        f"<span>Samenvatting van opmerkingen: IB60_{e(person.surname.split()[-1])}_{year}.pdf</span><span>Pagina 1</span></div>"
        f"<table style='width:100%'><tr><td style='width:60%;padding-right:6mm'>{letter}</td><td style='border-left:0.6px dashed #b59a00;padding-left:4mm'>"
        f"{notes}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS + " body { font-size: 9pt; }"), _truth(name, person, year, income, issue)


def ib60_afdrukvoorbeeld_dialoog_screenshot(c: Ctx):
    """Fresh32. A screenshot of the browser's print dialog over Mijn Belastingdienst, printed on a landscape sheet: the browser's tab
    ("Inkomensverklaring | Mijn Belastingdienst") and address bar, the darkened page behind the dialog, the dialog's preview of the letter on
    the left (the Belastingdienst's head, "Datum" the issue date, the BSN, "Inkomensverklaring <jaar>", the name and the verzamelinkomen) and
    its settings on the right ("Bestemming: Opslaan als PDF", "Pagina's", "Indeling", "1 vel papier", the buttons), and the taskbar's clock
    with the day the screenshot was made (a decoy) at the foot."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Open Sans", "Carlito")))
    c.restyle17(dates=("dash", "long", "nopad"), amounts=("euro", "EUR_grouped", "euro_nogroup"))
    person, year, issue, income, home = _facts(c)
    name = person.name(c.pick("initials", "all", "first"))
    nw = "white-space:nowrap"
    shot = issue + dt.timedelta(days=c.rng.randint(0, 30))
    hour, minute = c.rng.randint(8, 22), c.rng.randint(0, 59)
    setting = lambda k, v: (f"<tr><td style='padding:2mm 4mm 2mm 0;color:#333'>{e(k)}</td><td style='padding:2mm 0'><span style='display:inline-block;"  # noqa: E731
                            f"border:0.6px solid #bbb;border-radius:1mm;padding:0.8mm 2.5mm;min-width:38mm'>{e(v)} &#9662;</span></td></tr>")
    preview = (
        "<div style='background:#fff;width:100mm;min-height:122mm;margin:0 auto;padding:6mm 8mm;box-shadow:0 0.6mm 2mm rgba(0,0,0,0.35);font-size:7.6pt;"
        "font-family:\"Liberation Sans\", sans-serif'>"
        + "<div style='text-align:right'><b style='font-size:10pt'>Belastingdienst</b><br><span style='font-size:6.6pt'>Postbus 2508, 6401 DA Heerlen</span></div>"
        + f"<div style='margin:6mm 0 5mm 0'>{e(person.titled('initials'))}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city)}</div>"
        + kv([("Datum", f"<span style='{nw}'>{c.d(issue)}</span>"), ("Burgerservicenummer", e(values.bsn_text(person.bsn, c.pick(0, 1, 2))))],
             label_width="34mm")
        + f"<div style='font-weight:bold;font-size:9pt;margin-top:4mm'>Inkomensverklaring {year}</div>"
        f"<div style='margin:2mm 0'>Naam: {e(name)}</div>"
        f"<div>Hieronder ziet u uw verzamelinkomen over {year}.</div>"
        f"<div style='background:#eef1f5;padding:1.5mm 2.5mm;margin:2.5mm 0;display:flex;justify-content:space-between'><span>Verzamelinkomen {year}</span>"
        f"<b style='{nw}'>{c.a(income)}</b></div>"
        "<div>Met vriendelijke groet,<br>Belastingdienst</div></div>")
    panel = (
        "<div style='padding:5mm 6mm'><div style='display:flex;justify-content:space-between'><b style='font-size:13pt'>Afdrukken</b>"
        "<span style='color:#555'>1 vel papier</span></div><table style='margin-top:4mm;font-size:9pt'>"
        + setting("Bestemming", "Opslaan als PDF") + setting("Pagina's", "Alle") + setting("Indeling", "Staand") + setting("Kleur", "Kleur")
        + "</table><div style='margin-top:3mm;color:#1a73e8'>Meer instellingen &#9662;</div>"
        "<div style='margin-top:22mm;text-align:right'><span style='display:inline-block;background:#1a73e8;color:#fff;border-radius:1mm;padding:1.5mm 5mm'>"
        "Opslaan</span> &nbsp;<span style='display:inline-block;border:0.6px solid #bbb;color:#1a73e8;border-radius:1mm;padding:1.5mm 4mm'>Annuleren</span></div></div>")
    body = (
        "<div style='border:0.8px solid #888;background:#dfe3e8'>"
        "<div style='display:flex;align-items:flex-end;padding:1.5mm 2mm 0 2mm;font-size:8pt'><span style='background:#fff;border-radius:1.5mm 1.5mm 0 0;"
        "padding:1.2mm 4mm'>Inkomensverklaring | Mijn Belastingdienst &nbsp;&times;</span><span style='padding:1.2mm 4mm;color:#555'>+</span></div>"
        f"<div style='background:#fff;padding:1.2mm 3mm;font-size:8pt;color:#333'>&larr; &rarr; &#8635; &nbsp; <span style='background:#eef0f3;border-radius:3mm;"
        f"padding:0.6mm 4mm'>mijn.belastingdienst.nl/mbd-pmb/inkomensverklaring/{year}</span></div>"
        "<div style='background:#5d6166;padding:3mm 8mm'>"
        "<table style='width:100%;background:#fff;border-radius:1.5mm'><tr>"
        f"<td style='width:62%;background:#e8eaed;padding:3mm 0'>{preview}</td><td>{panel}</td></tr></table></div>"
        f"<div style='background:#1f2430;color:#fff;font-size:7.6pt;padding:1mm 3mm;text-align:right'>&#9650; &nbsp; NLD &nbsp; "
        f"<span style='display:inline-block;text-align:center;line-height:1.2'>{hour:02d}:{minute:02d}<br>{e(values.date_text(shot, 'nopad'))}</span></div>"
        "</div>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS + " body { font-size: 9pt; }"), _truth(name, person, year, income, issue)


LAYOUTS = {f.__name__: f for f in (ib60_letter, ib60_boxes, mijn_belastingdienst_print, ib60_prose, ib60_form,
                                   toeslagen_overview, ib60_twocolumn,
                                   ib60_reference_block, ib60_box_header, ib60_inspector_declaration,
                                   ib60_right_labels, ib60_corner_boxes_page2,
                                   ib60_kenmerk_letter, mbd_inkomensgegevens_print, ib60_telefoon_letter,
                                   ib60_loongegevens_pensioner, berichtenbox_ib60_print, ib60_big_figure_card,
                                   ib60_herzien_na_bezwaar, ib60_app_screenshot, ib60_ontvangststempel_notities,
                                   ib60_toelichting_page2, ib60_gemachtigde_bewindvoerder,
                                   ib60_beedigde_vertaling_en, ib60_b1_vragen_brief,
                                   ib60_stippellijn_berekening, ib60_twee_op_een_kopie,
                                   ib60_hypotheek_samenvatting, ib60_grote_letters,
                                   ib60_portaal_digid_opgehaald, ib60_pdf_viewer_print,
                                   ib60_accountant_begeleidende_brief, ib60_app_donkere_modus,
                                   ib60_fax_schuldhulpverlening, ib60_gewaarmerkte_kopie,
                                   ib60_mobiele_browser_adresbalk, ib60_opgeplakt_intakeblad,
                                   ib60_whatsapp_foto_bubbel, ib60_retourstrook_bedragkolom,
                                   ib60_jaar_in_woorden_bedragkolom, ib60_gevouwen_vensterenvelop,
                                   ib60_scanapp_scheef_voettekst, ib60_kopieapp_watermerk_bsn_afgeschermd,
                                   ib60_uploadportaal_voorbeeldweergave, ib60_bron_aanslag_dagtekening,
                                   ib60_corporatie_toetsstempel_grenzen, ib60_pdf_handtekeningpaneel_validatie,
                                   ib60_taalmaatje_arabische_aantekeningen, ib60_digid_machtigen_gemachtigde_banner,
                                   ib60_kantoor_buitenland_emigrant, ib60_briefadres_opvang_poststempel,
                                   ib60_advocaat_productie_tabblad, ib60_potlood_huurquote_berekening,
                                   ib60_browser_vertaald_engels, ib60_drempelinkomen_toetsingsinkomen,
                                   ib60_op_basis_aangifte_geen_aanslag, ib60_ondernemer_winst_specificatie,
                                   ib60_migratiejaar_binnenlandse_periode, ib60_navordering_aanslagenoverzicht,
                                   ib60_tegenbewijs_box3_was_wordt, ib60_grensarbeider_buitenlands_loon,
                                   ib60_alimentatie_ex_partner_voetnoten, ib60_dga_aanmerkelijk_belang_opbouw,
                                   ib60_uitkeringsinstanties_loonheffingennummers, ib60_jarenoverzicht_kolommen_per_jaar,
                                   ib60_staafdiagram_in_gewone_taal, ib60_fiscale_partners_twee_kolommen,
                                   ib60_tekstversie_schermlezer, ib60_digitale_postbus_envelopscan,
                                   ib60_outlook_doorgestuurd_partnerinkomen_in_mail, ib60_kopie_samen_met_identiteitskaart,
                                   ib60_bibliotheek_printopdracht_kopstrook, ib60_word_document_knipsels_met_bijschrift,
                                   ib60_acrobat_opmerkingen_samenvatting, ib60_afdrukvoorbeeld_dialoog_screenshot)}  # fmt: skip
HELDOUT = {"ib60_twocolumn"}
FRESH = {"ib60_reference_block", "ib60_box_header", "ib60_inspector_declaration"}
"""Layouts of the fresh split only (see brp_uittreksel.FRESH)."""
FRESH2 = {"ib60_right_labels", "ib60_corner_boxes_page2"}
"""Layouts of the fresh2 split only (see brp_uittreksel.FRESH2)."""
FRESH3 = {"ib60_kenmerk_letter", "mbd_inkomensgegevens_print", "ib60_telefoon_letter"}
"""Layouts of the fresh3 split only: a third first-contact set, by yet another author who never saw the reader."""
FRESH4 = {"ib60_loongegevens_pensioner", "berichtenbox_ib60_print", "ib60_big_figure_card"}
"""Layouts of the fresh4 split only: a fourth first-contact set, by another author who never saw the reader."""
FRESH5 = {"ib60_herzien_na_bezwaar", "ib60_app_screenshot", "ib60_ontvangststempel_notities"}
"""Layouts of the fresh5 split only: a fifth first-contact set, by another author who never saw the reader."""
FRESH6 = {"ib60_toelichting_page2", "ib60_gemachtigde_bewindvoerder"}
"""Layouts of the fresh6 split only: a sixth first-contact set, by another author who never saw the reader."""
FRESH7 = {"ib60_beedigde_vertaling_en", "ib60_b1_vragen_brief"}
"""Layouts of the fresh7 split only: a seventh first-contact set, by another author who never saw the reader."""
FRESH8 = {"ib60_stippellijn_berekening", "ib60_twee_op_een_kopie"}
"""Layouts of the fresh8 split only: an eighth first-contact set, by another author who never saw the reader."""
FRESH9 = {"ib60_hypotheek_samenvatting", "ib60_grote_letters"}
"""Layouts of the fresh9 split only: a ninth first-contact set, by another author who never saw the reader."""
FRESH10 = {"ib60_portaal_digid_opgehaald", "ib60_pdf_viewer_print"}
"""Layouts of the fresh10 split only: a tenth first-contact set, by another author who never saw the reader."""
FRESH11 = {"ib60_accountant_begeleidende_brief", "ib60_app_donkere_modus"}
"""Layouts of the fresh11 split only: an eleventh first-contact set, by another author who never saw the reader."""
FRESH12 = {"ib60_fax_schuldhulpverlening", "ib60_gewaarmerkte_kopie"}
"""Layouts of the fresh12 split only: a twelfth first-contact set, by another author who never saw the reader."""
FRESH13 = {"ib60_mobiele_browser_adresbalk", "ib60_opgeplakt_intakeblad"}
"""Layouts of the fresh13 split only: a thirteenth first-contact set, by another author who never saw the reader."""
FRESH14 = {"ib60_whatsapp_foto_bubbel", "ib60_retourstrook_bedragkolom"}
"""Layouts of the fresh14 split only: a fourteenth first-contact set, by another author who never saw the reader."""
FRESH15 = {"ib60_jaar_in_woorden_bedragkolom", "ib60_gevouwen_vensterenvelop"}
"""Layouts of the fresh15 split only: a fifteenth first-contact set, by another author who never saw the reader."""
FRESH16 = {"ib60_scanapp_scheef_voettekst", "ib60_kopieapp_watermerk_bsn_afgeschermd"}
"""Layouts of the fresh16 split only: a sixteenth first-contact set, by another author who never saw the reader."""
FRESH17 = {"ib60_uploadportaal_voorbeeldweergave", "ib60_bron_aanslag_dagtekening"}
"""Layouts of the fresh17 split only: a seventeenth first-contact set, by another author who never saw the reader."""
FRESH18 = {"ib60_corporatie_toetsstempel_grenzen", "ib60_pdf_handtekeningpaneel_validatie"}
"""Layouts of the fresh18 split only: an eighteenth first-contact set, by another author who never saw the reader."""
FRESH19 = {"ib60_taalmaatje_arabische_aantekeningen", "ib60_digid_machtigen_gemachtigde_banner"}
"""Layouts of the fresh19 split only: a nineteenth first-contact set, by another author who never saw the reader."""
FRESH20 = {"ib60_kantoor_buitenland_emigrant", "ib60_briefadres_opvang_poststempel"}
"""Layouts of the fresh20 split only: a twentieth first-contact set, by another author who never saw the reader."""
FRESH21 = {"ib60_advocaat_productie_tabblad", "ib60_potlood_huurquote_berekening"}
"""Layouts of the fresh21 split only: a twenty-first first-contact set, by another author who never saw the reader."""
FRESH22 = {"ib60_browser_vertaald_engels", "ib60_drempelinkomen_toetsingsinkomen"}
"""Layouts of the fresh22 split only: a twenty-second first-contact set, by another author who never saw the reader."""
FRESH23 = {"ib60_op_basis_aangifte_geen_aanslag", "ib60_ondernemer_winst_specificatie"}
"""Layouts of the fresh23 split only: a twenty-third first-contact set, by another author who never saw the reader."""
FRESH24 = {"ib60_migratiejaar_binnenlandse_periode", "ib60_navordering_aanslagenoverzicht"}
"""Layouts of the fresh24 split only: a twenty-fourth first-contact set, by another author who never saw the reader."""
FRESH25 = {"ib60_tegenbewijs_box3_was_wordt", "ib60_grensarbeider_buitenlands_loon"}
"""Layouts of the fresh25 split only: a twenty-fifth first-contact set, by another author who never saw the reader."""
FRESH26 = {"ib60_alimentatie_ex_partner_voetnoten", "ib60_dga_aanmerkelijk_belang_opbouw"}
"""Layouts of the fresh26 split only: a twenty-sixth first-contact set, by another author who never saw the reader."""
FRESH27 = {"ib60_uitkeringsinstanties_loonheffingennummers", "ib60_jarenoverzicht_kolommen_per_jaar"}
"""Layouts of the fresh27 split only: a twenty-seventh first-contact set, by another author who never saw the reader."""
FRESH28 = {"ib60_staafdiagram_in_gewone_taal", "ib60_fiscale_partners_twee_kolommen"}
"""Layouts of the fresh28 split only: a twenty-eighth first-contact set, by another author who never saw the reader."""
FRESH29 = {"ib60_tekstversie_schermlezer", "ib60_digitale_postbus_envelopscan"}
"""Layouts of the fresh29 split only: a twenty-ninth first-contact set, by another author who never saw the reader."""
FRESH30 = {"ib60_outlook_doorgestuurd_partnerinkomen_in_mail", "ib60_kopie_samen_met_identiteitskaart"}
"""Layouts of the fresh30 split only: a thirtieth first-contact set, by another author who never saw the reader."""
FRESH31 = {"ib60_bibliotheek_printopdracht_kopstrook", "ib60_word_document_knipsels_met_bijschrift"}
"""Layouts of the fresh31 split only: a thirty-first first-contact set, by another author who never saw the reader."""
FRESH32 = {"ib60_acrobat_opmerkingen_samenvatting", "ib60_afdrukvoorbeeld_dialoog_screenshot"}
"""Layouts of the fresh32 split only: a thirty-second first-contact set, by another author who never saw the reader."""
