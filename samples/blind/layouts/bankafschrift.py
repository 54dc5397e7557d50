"""Bank statements and app exports of Dutch banks.

Modelled on the public examples of ING, Rabobank, ABN AMRO, SNS/ASN/RegioBank,
Triodos, bunq and Knab statements: the bank's Postbus beside the holder's address, the
IBAN, the account holders ("ten name van", "rekeninghouder(s)", "en/of"), a period
(van ... t/m ...) beside the statement's own date, and a table of transactions whose
counterparty names are not holders. The statement date is the date the statement
was made ("datum afschrift", "aangemaakt op"); it is never the period's end.

The fresh split adds two banks none of the others shows: Van Lanschot (the holders in
one line with "de heer" / "mevrouw", a two-column header grid with the previous
statement's date, a value-date column beside the booking date) and Handelsbanken (every
label in Dutch over English, the holders numbered, a running balance).

The fresh2 split adds: a giro statement in capitals and fixed columns (holders "EN/OF"
without dots, the date sometimes as "4-12-'26", counterparty IBANs with the landlord's
among them, the previous statement's date), and an English-only statement for
international clients ("Mr"/"Ms", English dates and amounts, a relationship manager, a
mailing address c/o).

The fresh3 split adds three ordinary prints: a "saldo- en transactieoverzicht" whose
transactions are the bank's CSV export printed as is (quoted, semicolon-separated, yyyymmdd dates,
the account's IBAN in every row beside counterparty IBANs), a two-page ASN/SNS/RegioBank statement
(holders "t.n.v." with Dhr./Mw., the statement number and date in a header on both pages, balances
dated by the period), and a browser print of internet banking's transactions page (transactions
under weekday date headings, the balance on a date, the statement date its "Gemaakt op").

The fresh4 split adds: a Revolut Bank statement of a Dutch IBAN in English ("Generated on the 5 Mar 2026",
holders in capitals, a balance summary, money out / in and a running balance), ABN AMRO's landscape
"Rekeningoverzicht" (the tenaamstelling with "e/o", booking and interest dates, multi-line SEPA descriptions
with creditor ids and a friend's name, the creation date in the header block), and a printed Mijn ING
transaction list (rows dated "do 05-03-2026", signed amounts, "Afgedrukt op ..." in the footer).

The fresh5 split adds: a cash machine's mini statement on 80 mm receipt paper (the print's date "05-03-26", the
holders "T.N.V. ... EN/OF ...", the previous statement's date), a two-page monthly overview of an online bank
(transactions and a footer with the bank's own KvK, VAT and IBAN on page 1, the holders, IBAN and creation date
on page 2 under "Rekeninggegevens"), and an MT940 export printed for the file (a short header with the holders
and "Aanmaakdatum", then the raw :25:/:60F:/:61:/:86:/:62F: records with a friend's name and IBAN among them).

The fresh6 split adds: a private client's statement of a bank with a Dutch branch (Deutsche Bank, DEUT) whose
holders stand only in the envelope's address window, with a balance carried forward ("Transport / saldo vorig
afschrift") and "1234,50 EUR" amounts, and a giro "DAGAFSCHRIFT" on tractor-feed paper (holders in capitals with
"HR"/"MW" and "EO", "OUD SALDO" / "NIEUW SALDO", the date "05 mrt 2026").

The fresh7 split adds two statements of other accounts than a month's current account: a joint savings account's
quarterly statement (a savings bank, the linked current account at another bank in the name of one holder only as a
decoy IBAN and a decoy holder, deposits from and withdrawals to it, the interest rate and the interest credited, the
statement's date "05-MRT-2026"), and a current account's year overview made in January (the balances on 1 January and
31 December, the totals credited and debited, interest and the package's costs, the box 3 figure for the tax return,
"Aangemaakt op" with the overview's date).

The fresh8 split adds: a bank's signed "Bankverklaring" of account holdership (the holders in a table with their birth
dates, the IBAN, the account's opening date and a balance on the day before as decoys, the declaration's own date the
statement date), and two screenshots of a bank's app printed side by side (the account's details screen with the holders
as the app writes them, "J. van der Meer en A. Jansen", and the transactions under "Vandaag" and short dates; no
statement date, so the truth is null).

The fresh9 split adds: a bank's CSV export opened in a spreadsheet and printed in landscape with the grid, column letters
and row numbers (the export's head in the first rows: "Tenaamstelling" as "J.C. v.d. Meer en/of A. Jansen", "Aangemaakt op
05/03/26"; amounts as the cells hold them, "1234.50"), and a month's statement with every counterparty and amount blacked out
by the tenant (holders, IBAN, period and statement date left readable, a note in the margin "bedragen afgeschermd i.v.m.
privacy").

The fresh10 split adds: a neobank's monthly statement in English and Dutch side by side ("Account holders /
Rekeninghouders", "Statement date / Afschriftdatum" as "Thu 5 Mar 2026", amounts "1,234.50 EUR", the holders as the app
stores them, "Johannes van der MEER"), and the tenant's e-mail to the corporation printed with the statement pasted under it
(the mail's own date and the tenant's phone number as decoys; amounts as "EUR1.234,50").

The fresh11 split adds: internet banking's transaction overview printed from the browser with a running balance after
every row, "Bij" and "Af" columns and day headings "do 5 maart 2026" (the holders sometimes in capitals with every given name,
"JOHANNES CORNELIS VAN DER MEER"; the site's cookie banner and a chat button printed over the foot), and a monthly statement
from a bank's print street with the black marks of an envelope-inserting machine down the left edge and a run code turned
upright in the margin (the holders "Dhr."/"Mw." in the envelope window, "Rekeninghouder(s)" in a grid).

The fresh12 split adds: a camt.053 XML statement file printed from a browser (the element tree with <CreDtTm>, the period, the IBAN and the owners in one
<Nm> field "VAN DER MEER J.C. EN/OF JANSEN M.", entries with counterparties and their IBANs as decoys), and a sustainable bank's
monthly overview with spending per category in bars ("Gemaakt op do 5 mrt 2026", balances, largest payments as decoys).

The fresh13 split adds: a Turkish bank's Dutch branch's statement with every label in Turkish and Dutch ("Hesap Özeti /
Rekeningafschrift"), the holders as "JC VAN DER MEER" on separate lines, the amounts as "1.234,50 eur", a receipt number in an
italic bold monospaced cut and a Turkish IBAN of a counterparty as decoys, and a statement printed from a desktop PDF viewer with
its bookmarks panel and a search for "en/of" highlighted on the page (the file name's download day and the file's properties
"Thu, 05 Mar 2026" as decoys).

The fresh14 split adds: a bank's year-end balance statement for the tax return ("Saldo-opgave / jaaroverzicht" of the accounts
held together: the holders as the back office sorts them, "MEER VAN DER JC EN/OF JANSEN A", the day it was made as "05MRT2026",
the balances on 1 January and 31 December, the interest, a savings account's IBAN and a reference line in a bold italic
monospaced cut as decoys), and a bank's letter confirming that a current account now stands in two names (the request's day,
the day the change took effect, the new card's last digits and the account's short name "... EO ..." as decoys).

The fresh15 split adds: a quarterly overview of a current account with a table "Betrokkenen bij deze rekening" in which an authorised
person ("Gemachtigde", "Bewindvoerder") stands between the holders (a decoy name, with a payment to that person's IBAN among the
transactions; names as "MEER, J.C. VAN DER"; the month-by-month totals as decoys), and a monthly statement with a shaded sidebar on the
right holding the holders (as "J.C. v/d Meer"), the IBAN, "Aangemaakt" and the balances, the transactions with counterparties' IBANs and a
transfer from one holder's savings account (its IBAN and single name as decoys) on the left.

The fresh16 split adds: a monthly statement whose lower half is the yearly "Informatieblad voor de deposant" of the deposit
guarantee scheme (the € 100.000 maximum, the joint-account row, seven working days, De Nederlandsche Bank's address and the sheet's
own January date as decoys; the holders "en/of" with names as "J.C. vd Meer"), and internet banking's transaction list printed from
the browser with the holders only in the running head, "Afgedrukt op 5 Mrt 2026" in the running foot, a filter line with the period and
balances after every booking marked "Cr" or "Db" (decoys).

The fresh17 split adds: a transaction overview grouped by day under grey bars ("do 5-3-2026" with the day's closing balance as
decoys; payment requests and transfers from named people with their IBANs as decoys), the holders one under another below
"Rekeninghouder(s)" and "Overzicht gemaakt op" the statement date, and a quarterly statement run's print with "Tenaamstelling Hr J.C. van
der Meer e/o Mw A. Jansen" (titles without dots, "e/o"), "Vorig afschrift d.d.", booking and value dates and the quarter's interest as
decoys, "Afschriftdatum" the statement date (sometimes "05-MRT-26").

The fresh18 split adds: a budgeting app's PDF export of a joint account (the linked accounts listed with a child's pocket-money
account, its IBAN and holder as decoys, transactions with the app's categories and "pots", "Laatst gesynchroniseerd" a decoy date,
"Geëxporteerd op" the statement date), and a sustainable bank's monthly statement with an impact box in its side column (the linked
savings account's IBAN, CO2 figures and "Volgend afschrift" as decoys; the holders with "de heer"/"mevrouw" before them, the titles not
part of the names; "Datum afschrift" the statement date).

The fresh19 split adds: a monthly statement a budget coach went over with a pen (ticks, the rent line circled, a margin sum of
the fixed costs and the coach's initials with a date as decoys; the holders one per line under "Rekeninghouders", "Afschriftdatum" the
statement date), and a tablet's banking app printed in landscape split view (the account list on the left with a savings account's IBAN
and a credit card's masked number as decoys, a scheduled payment's date as a decoy, "Bijgewerkt" the statement date).

The fresh20 split adds: a duplicate of an old monthly statement ordered at a branch (a red "DUPLICAAT" stamp with the day the duplicate
was made, the branch, the request number and the fee as decoys; the holders joined by "en/of", "Datum afschrift" the statement date), and a
monthly statement in large print for a partially sighted client (every holder on a line of their own, bookings as blocks, the balances on
the period's first and last day and the next statement's expected day as decoys; "Datum van dit afschrift" the statement date).

The fresh21 split adds: the last statement ("Slotafschrift") of a joint account the holders closed (the closing day, the remaining
balance transferred to an account at another bank with its IBAN and holder, the interest and the fee to the closing day as decoys;
"Datum slotafschrift" the statement date), and a new account's statement while the banks' switching service runs (bookings marked
"Overstapservice via" the old account's IBAN, the service's first and last day as decoys; "Afschriftdatum" the statement date).

The fresh22 split adds: a RegioBank statement of an account held through a local adviser's office (the office's address and postcode, a
premium it collects with its IBAN and the previous statement's day as decoys; holders joined by "en/of", "Datum afschrift" the statement
date), and the yearly "Vergoedingenstaat" (statement of fees) under the EU's Payment Accounts Directive (the year as the period, the
services with their fees, the interest rates and sums as decoys; "Datum" the statement date, made in January or February).

The fresh23 split adds: an SNS or ASN statement that prints every direct debit in full (the creditors' names, IBANs, creditor IDs and
mandate references as decoys; the holders one a line under "Ten name van", "Aanmaakdatum afschrift" the statement date), and an ABN AMRO
overview that lists the cards on the account (a third person's card as an authorised user, the cards' expiry months as decoys; the
holders in a table of roles, "Overzichtsdatum" the statement date).

The fresh24 split adds: a Knab statement of a holiday month with card payments abroad (the foreign sums, exchange rates and currency
fees, the balances with their days as decoys; the holders joined by "&", "Datum aanmaak" the statement date), and a bunq joint account's
export in English and Dutch with a members table (the days each holder joined and a third person invited but not yet accepted as decoys,
ISO 8601 time stamps; "Generated on / Aangemaakt op" the statement date).

The fresh25 split adds: a report of an account information service under PSD2 shared with a corporation for an income check (the days
the consent was given and ends, the period analysed, salary credits with their employers, the rent, the average income and the balance as
decoys; the holders "zoals de bank die doorgeeft", "Rapport opgesteld op" the statement date), and a quarterly statement whose bookings
are grouped by kind with subtotals (the balances on the quarter's first and last day and the totals as decoys; the holders one a line under
"Rekening op naam van", "Datum aanmaak" the statement date).

The fresh26 split adds: a bank's reference letter in English for an embassy, a landlord abroad or a university (the addressee, the holders'
titles in a column of their own and their dates of birth, the day the account was opened, the average balance and two signing officers as
decoys; "Date:" the statement date in English), and the top of a monthly statement cut off with scissors and taped onto a blank sheet (the
statement's number, the period and the opening balance with its day as decoys, the tenant's ballpoint note with initials and a short day of
its own below it; "Datum afschrift" the statement date).

The fresh27 split adds: internet banking's account page printed with every booking's details unfolded ("Naam tegenpartij", "IBAN
tegenpartij", "Kenmerk": people's names and IBANs, one with a holder's surname, under labels shaped like the account's own as decoys; "Naam
rekeninghouder(s)", "Overzicht gemaakt op" the statement date), and a compact statement whose bookings flow in two newspaper columns under a
framed head (the previous statement's day and the balances with their days as decoys; "Datum afschrift" the statement date).

The fresh28 split adds: internet banking's calendar view of a month printed from the browser (a grid of weeks with every booking's short
name and signed sum in its day's cell, the days of the neighbouring months grey, the balances at the month's start and end as decoys;
"Rekeninghouders" above the grid, "Afgedrukt op" the statement date), and a bank's "Saldoverloop" page of a joint account that draws the
balance through the period as a line chart (the axis's dates under the chart in the statement date's notation, the lowest and highest
balance with their days and the largest bookings as decoys; "Rekening op naam van" the holders, "Gemaakt op" the statement date).

The fresh29 split adds: ING's "Totaaloverzicht" of a household's accounts (the payment account with its IBAN and "Rekeninghouders" one a
line, an Oranje Spaarrekening under its own letter-and-digits number and sometimes a child's savings account in the child's name as
decoys, the transfers between them with their days and the balances "per" the period's last day as decoys; "Datum overzicht" the statement
date), and a private bank's quarterly "Vermogensoverzicht" of a couple in which the current account is one part (the securities with ISINs,
prices and price dates, the securities account's number, the relationship manager and the total wealth as decoys; "Rekening-courant" with
the IBAN and "Tenaamstelling", "Peildatum" a decoy, "Aangemaakt op" the statement date).

The fresh30 split adds: a bank's PDF export of the transactions with the columns in an unusual order (the signed amount first, the
counter-account's IBAN, the counterparty's name, "Rentedatum" and "Boekdatum" last: decoy IBANs, names and dates), the account only in a
grey box at the foot ("Rekening", "Tenaamstelling" the holders joined by "en", "Aangemaakt op" the statement date), and internet
banking's search page printed with the filter panel open (the search word, filter chips with a period's first and last day and a minimum
sum and the number of results as decoys; the account card with the holders joined by "&", "Overzicht gemaakt op" the statement date).

The fresh31 split adds: a copy of an earlier statement ordered from the bank's archive (the banner "KOPIE UIT ARCHIEF" with the day the
copy was made, the request's number and the fee for the copy, and the statement's number as decoys; "Rekeninghouder(s)" one a line,
"Datum afschrift" the statement date), and a statement in the months in which SNS and RegioBank became ASN Bank (the old name greyed
beside the new, a notice with the day from which the new name applies, the head office's address and postcode and the customer service
number as decoys; "Tenaamstelling" the holders joined by "en/of", "Datum aanmaak" the statement date).

The fresh32 split adds: a screenshot of a video call in which the applicant shared the bank's PDF statement (the meeting's bar, the
participants' tiles with the names they use, the chat and the screenshot's file name with its day as decoys; "Rekeninghouder(s)" joined by
"en", "Datum afschrift" the statement date), and a paper statement printed on both sides of thin paper whose back shows through mirrored as
a picture (the back's days and sums are no text; "Ten name van" joined by "en/of", the holders one a line in the window, "Afschriftdatum" the
statement date).
"""

from __future__ import annotations

import datetime as dt

from samples.blind import people, values
from samples.blind.layouts._base import (
    LANDSCAPE_CSS, MONO, MONO6, SANS, SANS7, SANS8, SERIF, SERIF7, SERIF8, WEEKDAYS, Ctx, address_block, browser_header, e, grid, kv, leaders, page,
    running,
)
from samples.blind.layouts._base import HAND9, redacted, sheet_grid  # the fresh9 split's
from samples.blind.layouts._base import SANS10, mail_header  # the fresh10 split's
from samples.blind.layouts._base import SANS11, omr_marks  # the fresh11 split's
from samples.blind.layouts._base import MONO12, SANS12  # the fresh12 split's
from samples.blind.layouts._base import MONO13  # the fresh13 split's
from samples.blind.layouts._base import MONO14  # the fresh14 split's

DOC_TYPE = "bankafschrift"
_SHOPS = ("Albert Heijn 1234", "Jumbo Supermarkten", "NS Reizigers", "Vattenfall", "Eneco", "Ziggo", "Bol.com",
          "Gemeente belastingen", "Zilveren Kruis", "CZ Zorgverzekering", "Kruidvat", "Action", "HEMA", "Lidl")  # fmt: skip


def _facts(c: Ctx, bank: str):
    first = c.person(born=(1950, 2002), titled=0.05)
    holders = [first]
    if c.rng.random() < 0.75:
        holders.append(c.person(sex="f" if first.sex == "m" else "m", born=(1950, 2002)))
    period_end = c.date((2026, 1, 31), (2026, 10, 31))
    period_end = dt.date(period_end.year, period_end.month, 1) - dt.timedelta(days=1) if c.rng.random() < 0.7 else period_end
    period_start = dt.date(period_end.year, period_end.month, 1)
    made = period_end + dt.timedelta(days=c.rng.randint(1, 12))
    return holders, values.iban(c.rng, bank), period_start, period_end, made, people.address(c.rng)


def _transactions(c: Ctx, start: dt.date, end: dt.date, n: int) -> list[tuple[dt.date, str, str, bool]]:
    rows = []
    for _ in range(n):
        day = values.between(c.rng, start, end)
        rows.append((day, c.rng.choice(_SHOPS), values.amount(c.rng.randint(3, 400) + c.rng.randint(0, 99) / 100), c.rng.random() < 0.8))
    return sorted(rows)


def _truth(names, iban, made) -> dict:
    return {"account_holders": names, "iban": iban, "statement_date": values.iso(made) if made else None}


def ing_statement(c: Ctx):
    """ING: orange logo, "Rekeningoverzicht", holders on one line with "en/of"."""
    c.font_of(SANS)
    holders, iban, start, end, made, home = _facts(c, "INGB")
    form = c.pick("initials", "first")
    names = [h.name(form) for h in holders]
    rows = "".join(f"<tr><td>{c.d(d)}</td><td>{e(w)}</td><td class='right'>{'' if out else c.a(a)}</td><td class='right'>{c.a(a) if out else ''}</td></tr>"
                   for d, w, a, out in _transactions(c, start, end, 8))
    body = (
        "<div style='color:#ff6200;font-size:20pt;font-weight:bold'>ING</div><div class='small'>Postbus 1800, 1000 BV Amsterdam</div>"
        + address_block([" en/of ".join(names), home.line1(),
                         f"{values.postcode_text(home.postcode, True)} {home.city}"])
        + "<h1>Rekeningoverzicht</h1>"
        + kv([("Rekeninghouder(s)", e(" en/of ".join(names))), ("IBAN", e(values.iban_text(iban, True))),
              ("Periode", f"{c.d(start)} t/m {c.d(end)}"), ("Datum afschrift", c.d(made))])
        + f"<table class='lines' style='width:100%;margin-top:5mm'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bij</th><th class='right'>Af</th></tr>{rows}</table>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


def rabobank_statement(c: Ctx):
    """Rabobank: a header table whose column headings stand beside the holders' names."""
    holders, iban, start, end, made, home = _facts(c, "RABO")
    names = [h.name(c.pick("initials", "all")) for h in holders]
    rows = "".join(f"<tr><td>{c.d(d)}</td><td>{e(w)}</td><td class='right'>{'-' if out else '+'}{c.a(a)}</td></tr>"
                   for d, w, a, out in _transactions(c, start, end, 7))
    body = (
        "<div style='color:#000099;font-size:17pt;font-weight:bold'>Rabobank</div><div class='small'>Postbus 17100, 3500 HG Utrecht</div>"
        f"<h1 style='margin-top:8mm'>Afschrift {c.rng.randint(1, 12)}</h1>"
        "<table class='ruled' style='width:100%'><tr><th>Rekeninghouder</th><th>IBAN</th><th>Valuta</th><th>Datum</th></tr>"
        f"<tr><td>{'<br>'.join(e(n) for n in names)}</td><td>{e(values.iban_text(iban, True))}</td><td>EUR</td><td>{c.d(made)}</td></tr></table>"
        f"<p>Overzicht van {c.d(start)} tot en met {c.d(end)}</p>"
        f"<table class='lines' style='width:100%'><tr><th>Datum</th><th>Naam / Omschrijving</th><th class='right'>Bedrag</th></tr>{rows}</table>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


def abn_statement(c: Ctx):
    """ABN AMRO: "Ten name van" with "Dhr"/"Mevr", the holders' address, statement number and date."""
    c.font_of(SANS)
    holders, iban, start, end, made, home = _facts(c, "ABNA")
    names = [h.name("initials") for h in holders]
    tenv = " EN ".join(f"{'DHR' if h.sex == 'm' else 'MEVR'} {n}" for h, n in zip(holders, names))
    rows = "".join(f"<tr><td>{c.d(d)}</td><td>{e(w)}</td><td class='right'>{c.a(a)}</td><td>{'D' if out else 'C'}</td></tr>"
                   for d, w, a, out in _transactions(c, start, end, 6))
    body = (
        "<div style='font-size:15pt;font-weight:bold;color:#00716b'>ABN·AMRO</div><div class='small'>Postbus 283, 1000 EA Amsterdam</div>"
        + address_block([tenv, home.line1(), f"{home.postcode} {home.city.upper()}"])
        + kv([("Ten name van", e(" en ".join(names))), ("Rekeningnummer", e(values.iban_text(iban, c.rng.random() < 0.5))),
              ("Afschriftnummer", str(c.rng.randint(1, 40))), ("Afschriftdatum", c.d(made)),
              ("Periode", f"{c.d(start)} - {c.d(end)}")])
        + f"<table class='lines' style='width:100%;margin-top:5mm'><tr><th>Boekdatum</th><th>Omschrijving</th><th class='right'>Bedrag</th><th>D/C</th></tr>{rows}</table>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


def sns_statement(c: Ctx):
    """SNS / ASN / RegioBank (one group): a boxed header and "Rekeninghouders" one per line."""
    bank, label = c.pick(("SNSB", "SNS"), ("ASNB", "ASN Bank"), ("RBRB", "RegioBank"))
    holders, iban, start, end, made, home = _facts(c, bank)
    names = [h.name(c.pick("first", "all")) for h in holders]
    body = (
        f"<div class='logo' style='font-size:16pt'>{e(label)}</div><div class='small'>Postbus 8444, 3503 RK Utrecht</div>"
        f"<div class='box' style='margin-top:8mm'><b>Rekeningafschrift</b><br>"
        + kv([("Rekeninghouders", "<br>".join(e(n) for n in names)), ("IBAN", e(iban)), ("Aanmaakdatum", c.d(made))])
        + f"</div><p>Saldo op {c.d(start)}: {c.a(values.amount(c.rng.randint(10, 9000)))}<br>"
        f"Saldo op {c.d(end)}: {c.a(values.amount(c.rng.randint(10, 9000)))}</p>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


def bunq_export(c: Ctx):
    """bunq app export: an English-Dutch mix, "Gemaakt op" with a time, holders under the account name."""
    c.font_of(SANS)
    holders, iban, start, end, made, home = _facts(c, "BUNQ")
    names = [h.name("first") for h in holders]
    rows = "".join(f"<tr><td>{e(values.date_text(d, 'iso'))}</td><td>{e(w)}</td><td class='right'>{'-' if out else ''}{e(a)}</td></tr>"
                   for d, w, a, out in _transactions(c, start, end, 9))
    body = (
        "<div style='font-size:18pt;font-weight:bold'>bunq</div>"
        f"<p class='small'>Gemaakt op {c.d(made)} {c.rng.randint(7, 22):02d}:{c.rng.randint(0, 59):02d}</p>"
        f"<h2>Gezamenlijke rekening</h2><p>{'<br>'.join(e(n) for n in names)}<br>{e(values.iban_text(iban, True))}</p>"
        f"<p>Periode: {e(values.date_text(start, 'iso'))} – {e(values.date_text(end, 'iso'))}</p>"
        f"<table class='lines' style='width:100%'><tr><th>Datum</th><th>Tegenpartij</th><th class='right'>Bedrag (EUR)</th></tr>{rows}</table>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


def triodos_statement(c: Ctx):
    """Triodos: a serif letter-like statement, holders as "Dhr./Mw." lines in the address block only."""
    holders, iban, start, end, made, home = _facts(c, "TRIO")
    names = [h.name("initials") for h in holders]
    body = (
        "<div class='right'><span class='logo' style='font-size:15pt;color:#2b5d34'>Triodos Bank</span><br>"
        "<span class='small'>Postbus 55, 3700 AB Zeist</span></div>"
        + address_block([f"{'Dhr.' if h.sex == 'm' else 'Mw.'} {n}" for h, n in zip(holders, names)]
                        + [home.line1(), f"{values.postcode_text(home.postcode, True)} {home.city}"])
        + f"<p>Zeist, {c.d(made)}</p><h2>Jaaroverzicht / rekeningafschrift</h2>"
        + kv([("Rekening", e(values.iban_text(iban, True))), ("Rekeninghouder(s)", e(" en ".join(names))),
              ("Over de periode", f"{c.d(start)} tot en met {c.d(end)}")])
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


def knab_app_csv(c: Ctx):
    """Held out. An app export printed as a monospaced table: holders in a header line, no statement date."""
    c.font_of(MONO)
    holders, iban, start, end, made, home = _facts(c, "KNAB")
    names = [h.name("first") for h in holders]
    rows = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(iban)}</td><td>{e(w)}</td><td class='right'>{e(a.replace('.', ','))}</td><td>{'Af' if out else 'Bij'}</td></tr>"
                   for d, w, a, out in _transactions(c, start, end, 12))
    body = (
        f"<p>Knab - transactieoverzicht<br>Rekening: {e(iban)} ({e(' & '.join(names))})<br>"
        f"Van {e(values.date_text(start, 'dash'))} tot {e(values.date_text(end, 'dash'))}</p>"
        f"<table class='lines' style='width:100%;font-size:8.5pt'><tr><th>Datum</th><th>Rekening</th><th>Omschrijving</th><th>Bedrag</th><th>Af Bij</th></tr>{rows}</table>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, None)




# --- fresh split -----------------------------------------------------------------------------


def van_lanschot_statement(c: Ctx):
    """Fresh. Van Lanschot: holders in one line with salutations, a header grid, booking and value dates."""
    c.font_of(c.pick(SERIF, SANS))
    holders, iban, start, end, made, home = _facts(c, "FVLB")
    form = c.pick("initials", "all", "first")
    names = [h.name(form) for h in holders]
    line = " en ".join(f"{'de heer' if h.sex == 'm' else 'mevrouw'} {n}" for h, n in zip(holders, names))
    previous = made - dt.timedelta(days=c.rng.randint(28, 33))
    header = grid([("Rekeningnummer", e(values.iban_text(iban, True))), ("Afschriftnummer", f"{c.rng.randint(1, 12):03d}"),
                   ("BIC", "FVLBNL22"), (c.pick("Afschriftdatum", "Datum aanmaak"), c.d(made)),
                   ("Valuta", "EUR"), ("Vorig afschrift", c.d(previous))], columns=2, label_width="34mm")
    rows, balance = "", c.rng.randint(500, 20000) * 100
    opening = balance
    for day, what, amount, out in _transactions(c, start, end, c.rng.randint(5, 9)):
        value_day = day + dt.timedelta(days=c.rng.choice((0, 0, 1, 2)))
        rows += (f"<tr><td>{c.d(day)}</td><td>{c.d(value_day)}</td><td>{e(what)}</td>"
                 f"<td class='right'>{c.a(amount) if out else ''}</td><td class='right'>{'' if out else c.a(amount)}</td></tr>")
        balance += (-1 if out else 1) * int(amount.replace(".", ""))
    money = lambda cents: c.a(f"{abs(cents) // 100}.{abs(cents) % 100:02d}") if cents >= 0 else "-" + c.a(f"{-cents // 100}.{-cents % 100:02d}")  # noqa: E731
    body = (
        "<table style='width:100%'><tr><td><span class='logo' style='font-size:17pt;letter-spacing:2px'>VAN LANSCHOT</span><br>"
        "<span class='small'>sinds 1737</span></td><td class='right small'>Postbus 1021<br>5200 HC 's-Hertogenbosch</td></tr></table>"
        + address_block([line[0].upper() + line[1:], home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"<h1>{e(c.pick('Rekeningafschrift', 'Afschrift betaalrekening'))}</h1>"
        f"<p>{e(c.pick('Rekeninghouder(s)', 'Ten name van', 'Rekeninghouders'))}: {e(line)}</p>"
        + header
        + f"<p style='margin-top:4mm'>Beginsaldo per {c.d(start)}: {money(opening)}</p>"
        "<table class='lines' style='width:100%;font-size:9.5pt'><tr><th>Boekdatum</th><th>Valutadatum</th><th>Omschrijving</th>"
        f"<th class='right'>Af</th><th class='right'>Bij</th></tr>{rows}</table>"
        f"<p>Eindsaldo per {c.d(end)}: {money(balance)}</p>"
        "<p class='small' style='margin-top:8mm'>Controleer dit afschrift. Klopt er iets niet? Laat het ons binnen 30 dagen weten.</p>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


def handelsbanken_statement(c: Ctx):
    """Fresh. Handelsbanken: every label Dutch over English, the holders numbered, a running balance column."""
    c.font_of(SANS)
    holders, iban, start, end, made, home = _facts(c, "HAND")
    form = c.pick("all", "first", "reversed")
    names = [h.name(form) for h in holders]
    both = lambda nl, en: f"{e(nl)}<br><span style='font-size:7.5pt;color:#555'>{e(en)}</span>"  # noqa: E731
    balance = c.rng.randint(200, 15000) * 100
    rows = ""
    for day, what, amount, out in _transactions(c, start, end, c.rng.randint(6, 10)):
        balance += (-1 if out else 1) * int(amount.replace(".", ""))
        shown = f"{abs(balance) // 100}.{abs(balance) % 100:02d}"
        rows += (f"<tr><td>{e(values.date_text(day, 'dash'))}</td><td>{e(what)}</td><td class='right'>{'-' if out else ''}{e(values.amount_text(amount, 'plain'))}</td>"
                 f"<td class='right'>{'-' if balance < 0 else ''}{e(values.amount_text(shown, 'plain'))}</td></tr>")
    holder_rows = "".join(f"{i + 1}. {e(n)}<br>" for i, n in enumerate(names))
    body = (
        "<div style='background:#005cab;color:white;padding:5px 8px'><span style='font-size:15pt;font-weight:bold'>Handelsbanken</span>"
        " &nbsp; <span class='small' style='color:white'>Svenska Handelsbanken AB (publ), filiaal Nederland</span></div>"
        f"<h1 style='margin-top:6mm'>{both('Rekeningoverzicht', 'Account statement')}</h1>"
        "<table style='width:100%'><tr>"
        f"<td style='width:50%'>{both('Rekeninghouders', 'Account holders')}<div style='margin-top:2px'>{holder_rows}</div></td>"
        f"<td>{both('IBAN', 'IBAN')}<div>{e(values.iban_text(iban, c.rng.random() < 0.7))}</div>"
        f"<div style='margin-top:3mm'>{both('Datum overzicht', 'Statement date')}</div><div>{c.d(made)}</div>"
        f"<div style='margin-top:3mm'>{both('Periode', 'Period')}</div><div>{c.d(start)} – {c.d(end)}</div></td></tr></table>"
        "<table class='lines' style='width:100%;margin-top:6mm;font-size:9.5pt'><tr>"
        f"<th>{both('Datum', 'Date')}</th><th>{both('Omschrijving', 'Description')}</th><th class='right'>{both('Bedrag', 'Amount')}</th>"
        f"<th class='right'>{both('Saldo', 'Balance')}</th></tr>{rows}</table>"
        "<p class='small' style='margin-top:8mm'>Bedragen in euro. Amounts in EUR. www.handelsbanken.nl</p>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


# --- fresh2 split ----------------------------------------------------------------------------

_LANDLORDS = ("STICHTING YMERE", "DE ALLIANTIE", "WOONSTAD ROTTERDAM", "PORTAAL", "EIGEN HAARD", "MITROS")


def mainframe_caps_statement(c: Ctx):
    """Fresh2. A giro statement in capitals and fixed columns: holders "EN/OF", a short-year date, counterparty IBANs (the landlord's among them), the previous statement's date."""
    c.font_of(("Courier Prime", "FreeMono", "Noto Mono", "Liberation Mono"))
    c.restyle(dates=("dash", "dot_pad", "mon_upper"))
    holders, iban, start, end, made, home = _facts(c, "INGB")
    form = c.pick("caps_bank", "caps_initials")
    names = [h.name(form) for h in holders]
    shown = [f"{'HR' if h.sex == 'm' else 'MW'} {n}" for h, n in zip(holders, names)]
    made_text = e(values.date_text(made, "short_year")) if c.rng.random() < 0.4 else c.d(made)
    previous = made - dt.timedelta(days=c.rng.randint(28, 33))
    landlord, landlord_iban = c.rng.choice(_LANDLORDS), values.iban(c.rng, c.pick("INGB", "ABNA", "RABO", "BNGH"))
    rent = values.amount(c.rng.randint(520, 980) + c.rng.randint(0, 99) / 100)
    lines = [(start + dt.timedelta(days=c.rng.randint(0, 3)), f"HUUR {values.MONTHS[start.month - 1][:3].upper()} {landlord}", landlord_iban, rent, True)]
    for day, what, amount, out in _transactions(c, start, end, c.rng.randint(5, 8)):
        lines.append((day, what.upper(), values.iban(c.rng, c.pick("INGB", "RABO", "ABNA", "SNSB")), amount, out))
    rows = "".join(f"<tr><td>{e(values.date_text(d, 'dash')[:5])}</td><td>{e(w)}<br>{e(values.iban_text(i, False))}</td>"
                   f"<td class='right'>{e(values.amount_text(a, 'plain'))}</td><td>{'AF' if out else 'BIJ'}</td></tr>"
                   for d, w, i, a, out in sorted(lines))  # fmt: skip
    body = (
        f"<div style='white-space:pre'>{e('ING BANK N.V.'.ljust(40))}AFSCHRIFT {c.rng.randint(1, 12):03d}   BLAD 1/1\n"
        f"{e('POSTBUS 1800, 1000 BV AMSTERDAM'.ljust(40))}VORIG AFSCHRIFT {c.d(previous)}</div>"
        + address_block([" EN/OF ".join(shown), home.line1().upper(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + leaders([("REKENINGAFSCHRIFT TEN NAME VAN", e(" EN/OF ".join(names))), ("IBAN", e(values.iban_text(iban, c.rng.random() < 0.5))),
                   ("DATUM AFSCHRIFT", made_text), ("PERIODE", f"{c.d(start)} T/M {c.d(end)}")], 31)
        + "<table class='lines' style='width:100%;margin-top:5mm;font-size:9pt'><tr><th>DATUM</th><th>OMSCHRIJVING / TEGENREKENING</th>"
        f"<th class='right'>BEDRAG</th><th>AF/BIJ</th></tr>{rows}</table>"
        f"<div style='margin-top:5mm'>NIEUW SALDO PER {c.d(end)}: {e(values.amount_text(values.amount(c.rng.randint(50, 9000)), 'plain'))} BIJ</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.5pt; }"), _truth(names, iban, made)


def international_clients_english(c: Ctx):
    """Fresh2. An English-only statement for international clients: "Mr"/"Ms" before the names, English dates and amounts, a relationship manager and a mailing address c/o."""
    c.font_of(("Open Sans", "Carlito", "Cantarell", "Liberation Sans Narrow"))
    c.restyle(dates=("en_long", "en_us"), amounts=("en", "EUR_en"))
    holders, iban, start, end, made, home = _facts(c, "ABNA")
    form = c.pick("first", "all", "initials")
    names = [h.name(form) for h in holders]
    titled = [f"{'Mr' if h.sex == 'm' else 'Ms'} {n}" for h, n in zip(holders, names)]
    manager = c.person().name("first")
    mailing = people.address(c.rng)
    balance = c.rng.randint(300, 25000) * 100
    rows = ""
    for day, what, amount, out in _transactions(c, start, end, c.rng.randint(6, 9)):
        cents = int(amount.replace(".", ""))
        balance += -cents if out else cents
        rows += (f"<tr><td>{c.d(day)}</td><td>{e(what)}</td><td class='right'>{'' if out else c.a(amount)}</td>"
                 f"<td class='right'>{c.a(amount) if out else ''}</td></tr>")
    body = (
        "<table style='width:100%'><tr><td><span style='font-size:16pt;font-weight:bold;color:#00716b'>ABN AMRO</span><br>"
        "<span class='small'>International Clients · Gustav Mahlerlaan 10, Amsterdam</span></td>"
        f"<td class='right small'>Your relationship manager<br>{e(manager)}<br>+31 20 {c.rng.randint(100, 999)} {c.rng.randint(1000, 9999)}</td></tr></table>"
        + address_block([" and ".join(titled), f"c/o {mailing.line1()}", f"{values.postcode_text(mailing.postcode, True)} {mailing.city}", "The Netherlands"])
        + f"<h1>{e(c.pick('Account statement', 'Statement of account'))}</h1>"
        + kv([(c.pick("Account holders", "Account holder(s)", "Joint account of"), "<br>".join(e(n) for n in names)),
              ("Account number (IBAN)", e(values.iban_text(iban, True))), ("Statement date", c.d(made)),
              ("Statement period", f"{c.d(start)} to {c.d(end)}"), ("Currency", "EUR")], label_width="50mm")
        + "<table class='lines' style='width:100%;margin-top:5mm;font-size:9.5pt'><tr><th>Booking date</th><th>Description</th>"
        f"<th class='right'>Credit</th><th class='right'>Debit</th></tr>{rows}</table>"
        f"<p>Closing balance on {c.d(end)}: {c.a(values.amount(abs(balance) / 100))}{' debit' if balance < 0 else ''}</p>"
        "<p class='small' style='margin-top:8mm'>Please check this statement carefully and report any discrepancies within 30 days.</p>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


# --- fresh3 split ----------------------------------------------------------------------------


_CODES = (("BA", "Betaalautomaat"), ("IC", "Incasso"), ("OV", "Overschrijving"), ("GT", "Online bankieren"), ("ID", "iDEAL"))


def ing_csv_print(c: Ctx):
    """Fresh3. A "saldo- en transactieoverzicht" whose transactions are the bank's CSV export printed as it is: quoted, semicolon-separated, dates as yyyymmdd, the account's IBAN in every row and counterparty IBANs beside it; above it the holders, the period and the day it was made."""
    c.font_of(SANS)
    c.restyle3(dates=("long_pad", "dash_mon", "short_nodot"))
    holders, iban, start, end, made, home = _facts(c, "INGB")
    form = c.pick("initials", "first", "all")
    names = [h.name(form) for h in holders]
    lines = ['"Datum";"Naam / Omschrijving";"Rekening";"Tegenrekening";"Code";"Af Bij";"Bedrag (EUR)";"Mutatiesoort";"Mededelingen"']
    for day, shop, amount, out in _transactions(c, start, end, c.rng.randint(9, 14)):
        code, kind = c.rng.choice(_CODES)
        other = "" if code == "BA" else values.iban(c.rng, c.rng.choice(list(values.BANKS)))
        note = f"Pasvolgnr: 00{c.rng.randint(1, 9)} {values.date_text(day, 'dash')} Transactie: {c.rng.randint(10**7, 10**8)}" if code == "BA" else f"Kenmerk: {c.rng.randint(10**9, 10**10)}"
        lines.append(f'"{day:%Y%m%d}";"{shop}";"{iban}";"{other}";"{code}";"{"Af" if out else "Bij"}";"{amount.replace(".", ",")}";"{kind}";"{note}"')
    csv = "<br>".join(e(line) for line in lines)
    body = (
        "<table style='width:100%'><tr><td><span style='color:#ff6200;font-size:18pt;font-weight:bold'>ING</span></td>"
        f"<td class='right small'>{e(c.pick('Saldo- en transactieoverzicht', 'Af- en bijschrijvingen'))}</td></tr></table>"
        + kv([(c.pick("Rekeninghouder(s)", "Op naam van", "Tenaamstelling"), e(c.pick(" en/of ", " en ", ", ").join(names))),
              ("Rekening", e(values.iban_text(iban, True))),
              ("Periode", f"{c.d(start)} tot en met {c.d(end)}"),
              (c.pick("Gemaakt op", "Aangemaakt op", "Datum overzicht"), c.d(made))], label_width="40mm")
        + f"<p class='small'>Bestand: NL{iban[2:4]}_{start:%d-%m-%Y}_{end:%d-%m-%Y}.csv</p>"
        f"<div style='font-family:\"DejaVu Sans Mono\",monospace;font-size:6.3pt;line-height:1.45;word-break:break-all'>{csv}</div>"
        "<p class='small' style='margin-top:6mm'>Dit overzicht is geen officieel rekeningafschrift met saldo; het bevat de transacties zoals u ze heeft gedownload.</p>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


def asn_two_page_statement(c: Ctx):
    """Fresh3. A two-page ASN-style rekeningafschrift: the holders "t.n.v." with Dhr./Mw., the statement number and date in a header repeated on each page, opening and closing balances dated by the period, the transactions running over the page break."""
    c.font_of(c.pick(SANS, SERIF))
    c.restyle3(dates=("long_pad", "short_nodot", "slash_nopad"), amounts=("euro_tight", "EUR_after", "dashdash"))
    bank, label, colour = c.pick(("ASNB", "ASN Bank", "#008a5e"), ("SNSB", "SNS", "#5a2d82"), ("RBRB", "RegioBank", "#e2001a"))
    holders, iban, start, end, made, home = _facts(c, bank)
    names = [h.name("initials") for h in holders]
    tnv = " en ".join(f"{'Dhr.' if h.sex == 'm' else 'Mw.'} {n}" for h, n in zip(holders, names))
    number = c.rng.randint(2, 48)
    rows = _transactions(c, start, end, c.rng.randint(34, 40))
    cut = c.rng.randint(22, 26)

    def table(part):
        cells = "".join(f"<tr><td>{c.d(d)}</td><td>{e(w)}</td><td class='right'>{c.a(a) if out else ''}</td><td class='right'>{'' if out else c.a(a)}</td></tr>"
                        for d, w, a, out in part)  # fmt: skip
        return f"<table class='lines' style='width:100%;font-size:8.8pt'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Af</th><th class='right'>Bij</th></tr>{cells}</table>"

    def header(sheet):
        return (f"<table style='width:100%;border-bottom:2px solid {colour}'><tr><td><span style='color:{colour};font-size:15pt;font-weight:bold'>{e(label)}</span></td>"
                f"<td class='right small'>Rekeningafschrift nr. {number} &nbsp; Datum {c.d(made)} &nbsp; Blad {sheet} van 2</td></tr></table>")  # fmt: skip

    opening = values.amount(c.rng.randint(100, 6000) + c.rng.randint(0, 99) / 100)
    closing = values.amount(c.rng.randint(100, 6000) + c.rng.randint(0, 99) / 100)
    body = (
        header(1)
        + address_block([tnv, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Rekeningnummer", e(values.iban_text(iban, True))), ("T.n.v.", e(tnv)),
              ("Periode", f"{c.d(start)} - {c.d(end)}"), (f"Beginsaldo per {values.date_text(start, 'long_pad')}", c.a(opening))], label_width="55mm")
        + table(rows[:cut])
        + "<div style='page-break-before:always'></div>" + header(2) + table(rows[cut:])
        + kv([(f"Eindsaldo per {values.date_text(end, 'long_pad')}", f"<b>{c.a(closing)}</b>")], label_width="55mm")
        + f"<p class='small' style='margin-top:6mm'>{e(label)} is een handelsnaam van de Volksbank N.V., Croeselaan 1, Utrecht.</p>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


def rabo_online_print(c: Ctx):
    """Fresh3. A browser print of internet banking's transactions page: the account's name and holders ("Ten name van"), transactions grouped under weekday date headings, signed amounts, the balance on a date; the statement date is the print's "Gemaakt op"."""
    c.font_of(("Liberation Sans", "Open Sans", "Carlito", "FreeSans"))
    c.restyle3(dates=("long_pad", "dash_mon", "short_nodot"), amounts=("euro_tight", "dashdash"))
    holders, iban, start, end, made, home = _facts(c, "RABO")
    form = c.pick("initials", "all", "first")
    names = [h.name(form) for h in holders]
    groups, current = [], None
    for day, shop, amount, out in sorted(_transactions(c, start, end, c.rng.randint(8, 12)), reverse=True):
        if day != current:
            groups.append(f"<div style='background:#eef1f7;padding:2px 5px;margin-top:2mm;font-size:8.5pt'>{e(WEEKDAYS[day.weekday()].capitalize())} {e(values.date_text(day, 'long'))}</div>")
            current = day
        groups.append(f"<div style='display:flex;justify-content:space-between;padding:2px 5px;border-bottom:0.5px solid #ccc'><span>{e(shop)}</span>"
                      f"<span>{'-' if out else '+'} {c.a(amount)}</span></div>")  # fmt: skip
    stamp = f"{values.date_text(made, 'dash')} {c.rng.randint(8, 22):02d}:{c.rng.randint(0, 59):02d}"
    body = (
        browser_header("Rabo Internetbankieren - Transacties", "https://bankieren.rabobank.nl/online/nl/dashboard/rekeningen", stamp)
        + "<div style='color:#000099;font-size:16pt;font-weight:bold;margin-top:3mm'>Rabobank</div>"
        f"<h2>{e(c.pick('Rabo Basisrekening', 'Rabo BetaalPakket', 'Rabo Totaalpakket'))}</h2>"
        + kv([("IBAN", e(values.iban_text(iban, True))), ("Ten name van", "<br>".join(e(n) for n in names)),
              ("Saldo per " + values.date_text(end, "long"), c.a(values.amount(c.rng.randint(50, 9000) + c.rng.randint(0, 99) / 100))),
              ("Gemaakt op", c.d(made))], label_width="48mm")
        + f"<p class='small'>Transacties van {c.d(start)} tot en met {c.d(end)}</p>"
        + "".join(groups)
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


# --- fresh4 split ----------------------------------------------------------------------------


def _money_cents(amount: str) -> int:
    euros, cents = amount.split(".")
    return int(euros) * 100 + int(cents)


def _euro_string(cents: int) -> str:
    return f"{abs(cents) // 100}.{abs(cents) % 100:02d}"


def revolut_statement_en(c: Ctx):
    """Fresh4. A Revolut Bank statement of a Dutch IBAN (REVO), in English as the app makes it: "EUR Statement", "Generated on the 5 Mar 2026", the holders in capitals (a joint account's two), a balance summary, transactions with money out / in and a running balance, the Lithuanian seat and the Dutch branch at the foot."""
    c.font_of(("Open Sans", "Liberation Sans", "Carlito", "Cantarell"))
    c.restyle4(dates=("en_short",), amounts=("en",))
    holders, iban, start, end, made, home = _facts(c, "REVO")
    form = c.pick("caps", "first", "caps")
    names = [h.name(form) for h in holders]
    moves = _transactions(c, start, end, c.rng.randint(8, 13))
    opening = sum(_money_cents(a) for _, _, a, out in moves if out) + c.rng.randint(2000, 250000)  # an app account has no overdraft
    balance, rows, out_total, in_total = opening, "", 0, 0
    for day, shop, amount, out in moves:
        cents = _money_cents(amount)
        balance += -cents if out else cents
        out_total, in_total = out_total + (cents if out else 0), in_total + (0 if out else cents)
        what = shop if out else c.pick(f"Payment from {c.person().name('caps')}", "Top-Up by *" + str(c.rng.randint(1000, 9999)), f"Transfer from {shop}")
        rows += (f"<tr><td>{c.d(day)}</td><td>{e(what)}</td><td class='right'>{c.a(amount) if out else ''}</td>"
                 f"<td class='right'>{'' if out else c.a(amount)}</td><td class='right'>{'-' if balance < 0 else ''}{c.a(_euro_string(balance))}</td></tr>")
    summary = ("<table class='lines' style='width:100%;margin-top:3mm'><tr><th>Product</th><th class='right'>Opening balance</th><th class='right'>Money out</th>"
               f"<th class='right'>Money in</th><th class='right'>Closing balance</th></tr><tr><td>{'Joint account' if len(names) > 1 else 'Current account'}</td>"
               f"<td class='right'>{c.a(_euro_string(opening))}</td><td class='right'>{c.a(_euro_string(out_total))}</td><td class='right'>{c.a(_euro_string(in_total))}</td>"
               f"<td class='right'>{'-' if balance < 0 else ''}{c.a(_euro_string(balance))}</td></tr></table>")
    body = (
        "<table style='width:100%'><tr><td><span style='font-size:22pt;font-weight:bold;letter-spacing:-0.5px'>EUR Statement</span><br>"
        f"<span class='small'>Generated on the {c.d(made)}</span><br><span class='small'>Revolut Bank UAB</span></td>"
        "<td class='right' style='font-size:17pt;font-weight:bold'>Revolut</td></tr></table>"
        + f"<div style='margin-top:8mm'>{'<br>'.join(f'<b>{e(n)}</b>' for n in names)}<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))} {e(home.city)}<br>NL</div>"
        + kv([("IBAN", e(values.iban_text(iban, True))), ("BIC", "REVONL22")], label_width="20mm")
        + "<h3 style='margin-top:6mm'>Balance summary</h3>" + summary
        + f"<h3 style='margin-top:6mm'>Account transactions from {c.d(start)} to {c.d(end)}</h3>"
        "<table class='lines' style='width:100%;font-size:9pt'><tr><th>Date</th><th>Description</th><th class='right'>Money out</th>"
        f"<th class='right'>Money in</th><th class='right'>Balance</th></tr>{rows}</table>"
        "<p class='small' style='margin-top:6mm'>Report lost or stolen card: +370 5 214 3608. Get help directly in app. "
        "Revolut Bank UAB is a credit institution licensed in the Republic of Lithuania, Konstitucijos ave. 21B, 08130 Vilnius; "
        "Revolut Bank UAB, Netherlands branch, is registered with the Dutch Chamber of Commerce.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(names, iban, made)


_SEPA_SHOPS = ("ALBERT HEIJN 1234", "JUMBO DE BAZAAR", "LIDL 0412", "KRUIDVAT 7715", "NS GROEP IZ NS REIZIGERS", "HEMA AMSTERDAM", "ACTION 1123")
_SEPA_CREDITORS = ("VATTENFALL KLANTENSERVICE N.V.", "ZIGGO SERVICES BV", "ZILVEREN KRUIS ZORGVERZEKERINGEN NV", "GEMEENTE BELASTINGEN", "ENECO CONSUMENTEN B.V.")


def abn_amro_landscape_overview(c: Ctx):
    """Fresh4. ABN AMRO's landscape "Rekeningoverzicht": the tenaamstelling with "e/o" and the surnames' cores in capitals, booking and interest dates, SEPA descriptions over several lines (creditor ids, mandate and payment references, a friend's name and IBAN), debit, credit and balance; the overview's creation date in the header block."""
    c.font_of(("Liberation Sans", "DejaVu Sans", "Carlito", "FreeSans"))
    c.restyle4(dates=("dash", "iso_slash"), amounts=("plain", "bare_nogroup"))
    holders, iban, start, end, made, home = _facts(c, "ABNA")
    form = c.pick("initials_core_upper", "initials")
    names = [h.name(form) for h in holders]
    balance = c.rng.randint(10000, 900000)
    rows = ""
    for day, _shop, amount, out in _transactions(c, start, end, c.rng.randint(7, 11)):
        kind = c.rng.random()
        if out and kind < 0.5:
            text = (f"BEA, Betaalpas &nbsp; {e(c.rng.choice(_SEPA_SHOPS))},PAS{c.rng.randint(100, 999)}<br>NR:{c.rng.randint(10**5, 10**6)}, "
                    f"{day:%d.%m.%y}/{c.rng.randint(8, 21):02d}:{c.rng.randint(0, 59):02d} {e(c.rng.choice(people.places())[1].upper())}")
        elif out:
            creditor = c.rng.choice(_SEPA_CREDITORS)
            text = (f"SEPA Incasso algemeen doorlopend Incassant: NL{c.rng.randint(10, 99)}ZZZ{c.rng.randint(10**11, 10**12)}<br>Naam: {e(creditor)}<br>"
                    f"Machtiging: {c.rng.randint(10**6, 10**7)} Omschrijving: {e(c.pick('Termijnbedrag', 'Premie', 'Maandbedrag'))} "
                    f"{values.MONTHS[day.month - 1]}<br>IBAN: {e(values.iban(c.rng, c.pick('INGB', 'RABO', 'ABNA')))}")
        else:
            friend = c.person().name("initials")
            text = (f"SEPA Overboeking IBAN: {e(values.iban(c.rng, c.pick('INGB', 'RABO', 'SNSB', 'BUNQ')))} BIC: {c.pick('INGBNL2A', 'RABONL2U', 'SNSBNL2A')}<br>"
                    f"Naam: {e(friend)}<br>Omschrijving: {e(c.pick('terugbetaling', 'Tikkie etentje', 'boodschappen', 'salaris'))}")
        cents = _money_cents(amount)
        balance += -cents if out else cents
        interest = day + dt.timedelta(days=c.rng.choice((0, 0, 1)))
        rows += (f"<tr><td>{c.d(day)}</td><td>{c.d(interest)}</td><td style='font-size:7.8pt'>{text}</td><td class='right'>{c.a(amount) if out else ''}</td>"
                 f"<td class='right'>{'' if out else c.a(amount)}</td><td class='right'>{'-' if balance < 0 else ''}{c.a(_euro_string(balance))}</td></tr>")
    head = grid([("Rekeningnummer", e(values.iban_text(iban, True))), ("Overzicht aangemaakt op", c.d(made)),
                 ("Tenaamstelling", e(" e/o ".join(names))), ("Periode", f"{c.d(start)} t/m {c.d(end)}"),
                 ("Valuta", "EUR"), ("Blad", "1 van 1")], columns=2, label_width="42mm")
    body = (
        "<table style='width:100%'><tr><td><span style='font-size:16pt;font-weight:bold;color:#00716b'>ABN·AMRO</span></td>"
        "<td><h1 style='margin:0'>Rekeningoverzicht</h1></td><td class='right small'>ABN AMRO Bank N.V.<br>Postbus 283, 1000 EA Amsterdam</td></tr></table>"
        f"<div class='box' style='margin-top:3mm'>{head}</div>"
        "<table class='lines' style='width:100%;font-size:8.6pt;margin-top:3mm'><tr><th>Boekdatum</th><th>Rentedatum</th><th>Omschrijving</th>"
        f"<th class='right'>Af</th><th class='right'>Bij</th><th class='right'>Saldo</th></tr>{rows}</table>"
        "<p class='small'>Bedragen in euro. Controleer uw overzicht; klopt er iets niet, neem dan binnen 30 dagen contact met ons op.</p>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS), _truth(names, iban, made)


def mijn_ing_transaction_print(c: Ctx):
    """Fresh4. A printed "Af- en bijschrijvingen" page of Mijn ING: a menu bar, the account card with its holders joined by a comma or "en", a filter line with the period, rows dated "do 05-03-2026" with signed amounts and counterparty IBANs, the balance on the period's end, and "Afgedrukt op ..." (the statement date) in the footer."""
    c.font_of(("Open Sans", "Liberation Sans", "Carlito", "DejaVu Sans"))
    c.restyle4(dates=("dash", "long"), amounts=("plain", "euro_after"))
    holders, iban, start, end, made, home = _facts(c, "INGB")
    names = [h.name(c.pick("initials", "first", "all")) for h in holders]
    joined = c.pick(", ", " en ", " en/of ").join(names)
    rows = ""
    for day, shop, amount, out in sorted(_transactions(c, start, end, c.rng.randint(9, 14)), reverse=True):
        other = "" if c.rng.random() < 0.4 else values.iban_text(values.iban(c.rng, c.rng.choice(list(values.BANKS))), False)
        rows += (f"<tr><td style='white-space:nowrap'>{e(values.date_text(day, 'wd_dash'))}</td><td>{e(shop)}<br><span class='small'>{e(other)}</span></td>"
                 f"<td class='right' style='white-space:nowrap;color:{'#111' if out else '#2e7d32'}'>{'-' if out else '+'} {c.a(amount)}</td></tr>")
    body = (
        "<div style='display:flex;justify-content:space-between;border-bottom:2px solid #ff6200;padding-bottom:2mm'>"
        "<span style='color:#ff6200;font-size:17pt;font-weight:bold'>ING</span>"
        "<span class='small' style='padding-top:3mm'>Overzicht &nbsp; Betalen &nbsp; Sparen &nbsp; Beleggen &nbsp; Lenen &nbsp; Uitloggen</span></div>"
        f"<h1 style='margin-top:5mm'>Af- en bijschrijvingen</h1>"
        f"<div class='box'><b>{e(c.pick('Betaalrekening', 'Oranje Rekening', 'Gezamenlijke rekening'))}</b><br>{e(values.iban_text(iban, True))}<br>"
        f"<span class='small'>Rekeninghouder{'s' if len(names) > 1 else ''}:</span> {e(joined)}<br>"
        f"<span class='small'>Saldo op {e(values.date_text(end, 'long'))}:</span> {c.a(values.amount(c.rng.randint(20, 8000) + c.rng.randint(0, 99) / 100))}</div>"
        f"<p class='small'>Periode: {e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))} &nbsp;|&nbsp; Zoekterm: – &nbsp;|&nbsp; "
        f"Bij én af &nbsp;|&nbsp; {c.pick('Alle bedragen', 'Alle categorieën')}</p>"
        f"<table class='lines' style='width:100%;font-size:9.2pt'><tr><th>Datum</th><th>Omschrijving / tegenrekening</th><th class='right'>Bedrag</th></tr>{rows}</table>"
        f"<div style='position:fixed;bottom:-12mm;left:0;right:0;font-size:7.8pt;color:#444'>Afgedrukt op {c.d(made)} om "
        f"{c.rng.randint(7, 23):02d}:{c.rng.randint(0, 59):02d} via Mijn ING &nbsp;·&nbsp; pagina 1 van 1</div>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


# --- fresh5 split ----------------------------------------------------------------------------


def atm_mini_afschrift(c: Ctx):
    """Fresh5. A mini statement printed by a cash machine or a branch's self-service terminal on 80 mm receipt paper: the bank's name, "MINI-AFSCHRIFT", the print's date "05-03-26" and time, the terminal and card numbers, the IBAN, the holders "T.N.V. J C VAN DER MEER EN/OF A JANSEN", the last transactions dated "03-03", the balance on the print date, the previous statement's date."""
    c.font_of(MONO)
    c.restyle5(dates=("dash_2y",), amounts=("plain",))
    code = c.rng.choice(("RBRB", "SNSB", "ASNB", "RABO", "INGB"))
    holders, iban, start, end, made, home = _facts(c, code)
    made = end + dt.timedelta(days=c.rng.randint(0, 9))
    form = c.pick("caps_bank", "caps_initials", "caps_bank")
    names = [h.name(form) for h in holders]
    moves = _transactions(c, made - dt.timedelta(days=c.rng.randint(8, 20)), made - dt.timedelta(days=1), c.rng.randint(5, 9))
    previous = made - dt.timedelta(days=c.rng.randint(20, 45))
    width = 34
    line = lambda left, right: f"{left[: width - len(right) - 1]:<{width - len(right)}}{right}"  # noqa: E731
    out = [values.BANKS[code].upper().center(width), "MINI-AFSCHRIFT".center(width), "",
           f"DATUM {values.date_text(made, 'dash_2y')}   TIJD {c.rng.randint(7, 22):02d}:{c.rng.randint(0, 59):02d}",
           f"AUTOMAAT {c.rng.randint(1000, 9999)}  PAS {c.rng.randint(100, 999)}", "-" * width, "REKENING", values.iban_text(iban, True), "T.N.V."]
    for i, n in enumerate(names):  # a long name goes on its own line rather than past the paper's edge
        out += [n] if i == 0 else ([f"EN/OF {n}"] if len(n) <= width - 6 else ["EN/OF", n])
    out += ["-" * width]
    for day, shop, amount, debit in moves:
        out.append(line(f"{day.day:02d}-{day.month:02d} {shop.upper()}", f"{'-' if debit else '+'}{values.amount_text(amount, 'plain')}"))
    balance = values.amount(c.rng.randint(20, 4000) + c.rng.randint(0, 99) / 100)
    out += ["-" * width, line(f"SALDO {values.date_text(made, 'dash_2y')}", f"+{values.amount_text(balance, 'plain')}"),
            f"VORIG AFSCHRIFT {values.date_text(previous, 'dash_2y')}", "", "BEWAAR DIT BONNETJE".center(width), "BEDANKT EN TOT ZIENS".center(width)]
    body = f"<div style='white-space:pre;font-size:8.4pt;line-height:1.35'>{e(chr(10).join(out))}</div>"
    css = "@page { size: 80mm 190mm; margin: 5mm 3mm 5mm 4mm; } body { background: #fbfaf6; }"
    return page(c, body, css), _truth(names, iban, made)


def knab_brief_overzicht_p2(c: Ctx):
    """Fresh5. A two-page monthly overview of an online bank: page 1 a letter to the address with the month's transactions and a footer of the bank's own numbers (its KvK number, its VAT id, the bank's own IBAN for repayments), page 2 "Rekeninggegevens" with the holders one per line, the IBAN, the period and the overview's creation date; "Pagina 1 van 2" in the running footer."""
    c.font_of(("Open Sans", "Liberation Sans", "Carlito", "Cantarell"))
    c.restyle5(dates=("long", "dash", "wd_abbr_short"), amounts=("euro", "space_group"))
    holders, iban, start, end, made, home = _facts(c, "KNAB")
    form = c.pick("first", "all", "initials_spaced")
    names = [h.name(form) for h in holders]
    rows = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}</td><td class='right'>{'-' if out else '+'}{c.a(a)}</td></tr>"
                   for d, w, a, out in _transactions(c, start, end, c.rng.randint(10, 16)))
    own = values.iban_text(values.iban(c.rng, "KNAB"), True)
    foot = (f"Knab · Postbus {c.rng.randint(1000, 9999)}, Amsterdam · KvK {c.rng.randint(10000000, 99999999)} · btw NL{c.rng.randint(100000000, 999999999)}B01 · "
            f"aflossingen: {own}")
    body = (
        running(f"Knab · maandoverzicht {e(values.MONTHS[end.month - 1])} {end.year}", e(foot))
        + "<div style='font-size:22pt;font-weight:bold;color:#0b3b60'>knab</div>"
        + address_block([names[0] + (f" e/o {names[1]}" if len(names) > 1 else ""), home.line1(), f"{values.postcode_text(home.postcode, True)} {home.city}"])
        + f"<h2>Uw overzicht over {e(values.MONTHS[end.month - 1])} {end.year}</h2>"
        "<p>Hierbij ontvangt u het overzicht van uw betaalrekening. De rekeninggegevens vindt u op de volgende pagina.</p>"
        "<table class='lines' style='width:100%;font-size:9pt'><thead><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bedrag</th></tr></thead>"
        + rows + "</table>"
        "<div style='page-break-before:always'></div>"
        "<h2 style='margin-top:4mm'>Rekeninggegevens</h2>"
        + kv([(f"Rekeninghouder {i + 1}", f"<b>{e(n)}</b>") for i, n in enumerate(names)]
             + [("IBAN", e(values.iban_text(iban, c.rng.random() < 0.6))), ("Soort rekening", e(c.pick("Betaalrekening Basis", "Betaalrekening Plus", "Gezamenlijke betaalrekening"))),
                ("Periode", f"{c.d(start)} – {c.d(end)}"), ("Overzicht aangemaakt op", c.d(made))], label_width="52mm")
        + "<p class='small' style='margin-top:6mm'>Controleer dit overzicht. Klopt er iets niet? Neem binnen 13 maanden na de afschrijving contact met ons op.</p>"
    )  # fmt: skip
    css = "@page { margin-top: 24mm; margin-bottom: 26mm; @bottom-right { content: 'Pagina ' counter(page) ' van ' counter(pages); font-size: 7.5pt; } }"
    return page(c, body, css), _truth(names, iban, made)


def mt940_export_print(c: Ctx):
    """Fresh5. A statement exported in the SWIFT MT940 format and printed for the file: a short human header (holders, IBAN, "Aanmaakdatum 20260305"), then the raw records :20:, :25: (the IBAN and currency), :28C:, :60F: (the opening balance dated the period's start), :61:/:86: lines with SEPA fields (/NAME/ a counterparty, a friend's name and IBAN among them), :62F: dated the period's end."""
    c.font_of(MONO)
    c.restyle5(dates=("compact",))
    code = c.rng.choice(("RABO", "TRIO", "ASNB", "INGB"))
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("initials", "caps_initials", "first")
    names = [h.name(form) for h in holders]
    short = lambda d: f"{d.year % 100:02d}{d.month:02d}{d.day:02d}"  # noqa: E731
    balance = c.rng.randint(20000, 400000)
    lines = [f":20:{c.rng.randint(100000000, 999999999)}", f":25:{iban}EUR", f":28C:{c.rng.randint(1, 240):05d}",
             f":60F:C{short(start)}EUR{balance // 100},{balance % 100:02d}"]
    for day, shop, amount, out in _transactions(c, start, end, c.rng.randint(6, 10)):
        cents = int(amount.replace(".", ""))
        balance += -cents if out else cents
        if not out and c.rng.random() < 0.5:
            friend = c.person()
            other, who = values.iban(c.rng, c.rng.choice(tuple(values.BANKS))), friend.name("caps_initials")
        else:
            other, who = values.iban(c.rng, c.rng.choice(("INGB", "RABO", "ABNA"))), shop.upper()
        lines.append(f":61:{short(day)}{day.month:02d}{day.day:02d}{'D' if out else 'C'}{amount.replace('.', ',')}N{c.pick('TRF', 'DDT', 'MSC')}NONREF")
        lines.append(f":86:/TRTP/SEPA OVERBOEKING/IBAN/{other}/BIC/{other[4:8]}NL2A/NAME/{who}/REMI/{c.pick('HUUR', 'TERMIJN', 'FACTUUR ' + str(c.rng.randint(1000, 9999)), 'BOODSCHAPPEN')}/")
    lines.append(f":62F:{'C' if balance >= 0 else 'D'}{short(end)}EUR{abs(balance) // 100},{abs(balance) % 100:02d}")
    lines.append("-}")
    body = (
        f"<h2 style='margin:0'>{e(values.BANKS[code])} — rekeningafschrift (MT940)</h2>"
        + kv([("Rekeninghouder(s)", "<br>".join(e(n) for n in names)), ("Rekeningnummer", e(values.iban_text(iban, c.rng.random() < 0.5))),
              ("Aanmaakdatum", c.d(made)), ("Bestand", f"MT940_{iban[-6:]}_{short(start)}_{short(end)}.sta")], label_width="42mm")
        + f"<div style='white-space:pre;font-size:8pt;line-height:1.35;margin-top:4mm;border-top:0.6px solid #777;padding-top:2mm'>{e(chr(10).join(lines))}</div>"
        "<p class='small'>Uitleg: :60F: beginsaldo, :61: mutatie (datum, valutadatum, D = af, C = bij, bedrag), :86: omschrijving, :62F: eindsaldo.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.5pt; }"), _truth(names, iban, made)


# --- fresh6 split ----------------------------------------------------------------------------


def deutsche_bank_venster_transport(c: Ctx):
    """Fresh6. A private client's "Rekeningafschrift" of a bank with a Dutch branch (Deutsche Bank, IBAN DEUT): the holders appear only in the envelope's address window (salutations before them, joined by "en"), a statement number and "Afschriftdatum" in a box at the right, the balance carried forward ("Transport / saldo vorig afschrift") on top of the bookings and the new balance under them, amounts "1234,50 EUR" in debit and credit columns, the bank's Amsterdam seat and register numbers in small print at the foot."""
    c.font_of(c.pick(("Liberation Sans Narrow", "DejaVu Sans Condensed"), SANS))
    c.restyle6(dates=("dot_pad", "dash", "pad_short_nodot"), amounts=("EUR_nogroup_after", "plain"))
    holders, iban, start, end, made, home = _facts(c, "DEUT")
    form = c.pick("initials", "first", "initials_nodot")
    names = [h.name(form) for h in holders]
    window = [f"{'De heer' if h.sex == 'm' else 'Mevrouw'} {n}" if i == 0 else f"en {'de heer' if h.sex == 'm' else 'mevrouw'} {n}"
              for i, (h, n) in enumerate(zip(holders, names))]
    balance = c.rng.randint(-20000, 600000)
    moves = _transactions(c, start, end, c.rng.randint(6, 11))
    rows = [f"<tr style='background:#f0f0f0'><td>{c.d(start)}</td><td>Transport / saldo vorig afschrift</td><td></td><td class='right'>{'-' if balance < 0 else ''}{c.a(_euro_string(balance))}</td></tr>"]
    for day, shop, amount, debit in moves:
        cents = _money_cents(amount)
        balance += -cents if debit else cents
        rows.append(f"<tr><td>{c.d(day)}</td><td>{e(shop)}</td><td class='right'>{c.a(amount) if debit else ''}</td><td class='right'>{'' if debit else c.a(amount)}</td></tr>")
    rows.append(f"<tr style='font-weight:bold;border-top:1px solid #000'><td>{c.d(end)}</td><td>Nieuw saldo</td><td></td><td class='right'>{'-' if balance < 0 else ''}{c.a(_euro_string(balance))}</td></tr>")
    body = (
        "<table style='width:100%'><tr><td><span style='display:inline-block;border:2px solid #0018a8;color:#0018a8;font-weight:bold;padding:1px 5px'>/</span> "
        "<span class='logo' style='color:#0018a8;font-size:14pt'>Deutsche Bank</span><br><span class='small'>Private Banking · Nederland</span></td>"
        f"<td class='right'><div class='box small' style='display:inline-block;text-align:left'>Rekeningafschrift nr. {end.month}/{end.year}<br>"
        f"Afschriftdatum {c.d(made)}<br>Blad 1</div></td></tr></table>"
        + "<div style='margin:14mm 0 10mm 6mm;width:85mm;font-size:10pt'>" + "<br>".join(e(line) for line in window + [home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"]) + "</div>"
        + kv([("IBAN", e(values.iban_text(iban, True))), ("BIC", "DEUTNL2A"), ("Valuta", "EUR"), ("Periode", f"{c.d(start)} - {c.d(end)}")], label_width="30mm")
        + f"<table class='lines' style='width:100%;margin-top:4mm;font-size:9.2pt'><tr><th>Boekdatum</th><th>Omschrijving</th><th class='right'>Debet</th><th class='right'>Credit</th></tr>{''.join(rows)}</table>"
        "<div class='small' style='margin-top:10mm;border-top:0.5px solid #999;padding-top:2mm'>Deutsche Bank AG, Amsterdam branch · De Entree 195, 1101 HE Amsterdam · "
        f"KvK {c.rng.randint(30000000, 39999999)} · Controleer dit afschrift; onjuistheden meldt u binnen 30 dagen.</div>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


def regiobank_dagafschrift_kettingpapier(c: Ctx):
    """Fresh6. A "DAGAFSCHRIFT" from a bank's giro system printed on continuous tractor-feed paper (perforated margins with feed holes, pale green bands): the holders in capitals with "HR"/"MW" before them and "EO" between, only in the address block; the statement's number and date ("05 mrt 2026") and "OUD SALDO"/"NIEUW SALDO" lines, each booking with its value date; a sequence number at the foot."""
    c.font_of(MONO6)
    c.restyle6(dates=("pad_short_nodot",), amounts=("plain",))
    holders, iban, start, end, made, home = _facts(c, c.pick("RBRB", "SNSB"))
    made = end + dt.timedelta(days=c.rng.randint(0, 3))
    form = c.pick("caps_initials", "caps_bank")
    names = [h.name(form) for h in holders]
    lines = [f"{'HR' if h.sex == 'm' else 'MW'} {n}" if i == 0 else f"EO {'HR' if h.sex == 'm' else 'MW'} {n}" for i, (h, n) in enumerate(zip(holders, names))]
    moves = _transactions(c, end - dt.timedelta(days=c.rng.randint(1, 4)), end, c.rng.randint(3, 7))
    old = c.rng.randint(1000, 300000)
    rows = []
    new = old
    for day, shop, amount, debit in moves:
        new += -_money_cents(amount) if debit else _money_cents(amount)
        rows.append(f"<tr><td>{e(values.date_text(day, 'dash')[:5])}</td><td>{e(shop.upper())}</td><td class='right'>{c.a(amount) if debit else ''}</td>"
                    f"<td class='right'>{'' if debit else c.a(amount)}</td></tr>")
    sign = lambda cents: f"{'-' if cents < 0 else ''}{c.a(_euro_string(cents))}"  # noqa: E731
    bank = values.BANKS[iban[4:8]].upper()
    body = (
        f"<table style='width:100%'><tr><td><b>{e(bank)}</b><br>DAGAFSCHRIFT</td><td class='right'>AFSCHRIFT {c.rng.randint(20, 250):03d}<br>"
        f"DATUM {c.d(made)}</td></tr></table>"
        + "<div style='margin:10mm 0 8mm 0'>" + "<br>".join(e(x) for x in lines + [home.line1().upper(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"]) + "</div>"
        + f"<div>REKENINGNUMMER {e(values.iban_text(iban, True))}</div>"
        f"<table style='width:100%;margin-top:4mm'><tr><th>VAL</th><th>OMSCHRIJVING</th><th class='right'>AF</th><th class='right'>BIJ</th></tr>"
        f"<tr><td></td><td>OUD SALDO</td><td></td><td class='right'>{sign(old)}</td></tr>{''.join(rows)}"
        f"<tr><td></td><td>NIEUW SALDO</td><td></td><td class='right'>{sign(new)}</td></tr></table>"
        f"<div style='margin-top:12mm;font-size:8pt'>VOLGNR {c.rng.randint(1000000, 9999999)}   EINDE AFSCHRIFT</div>"
    )  # fmt: skip
    css = ("@page { margin: 12mm 22mm 12mm 24mm; } body { font-size: 9.4pt; "
           "background: repeating-linear-gradient(to bottom, #eaf5e6 0, #eaf5e6 12.7mm, #ffffff 12.7mm, #ffffff 25.4mm); }"
           " body::before, body::after { content: ''; position: fixed; top: -12mm; bottom: -12mm; width: 8mm; "
           "background: radial-gradient(circle, #ffffff 1.6mm, #d8d8d8 1.7mm, transparent 2.1mm) 0 0 / 8mm 12.7mm repeat-y; }"
           " body::before { left: -20mm; } body::after { right: -18mm; }")
    return page(c, body, css), _truth(names, iban, made)


# --- fresh7 split ----------------------------------------------------------------------------

_SAVINGS_BANKS = {"NNBA": "Nationale-Nederlanden Bank", "ASNB": "ASN Bank", "RBRB": "RegioBank", "TRIO": "Triodos Bank"}


def spaarrekening_tegenrekening_kwartaal(c: Ctx):
    """Fresh7. A joint savings account's quarterly statement ("Afschrift spaarrekening"): the savings bank's head, the holders "en/of" in the address window and again after "Rekeninghouders", the savings account's IBAN beside its product name, the linked current account ("Tegenrekening") with another bank's IBAN in the name of one holder only (a decoy IBAN and a decoy holder list), the quarter's period and the statement's own date ("05-MRT-2026"), deposits from and withdrawals to the tegenrekening, the interest rate and the interest credited at the quarter's end, balances at the start and the end."""
    c.font_of(c.pick(SANS7, ("Liberation Sans", "Carlito")))
    c.restyle7(dates=("dash_mon_upper", "dash", "long"), amounts=("euro", "plain"))
    code = c.rng.choice(tuple(_SAVINGS_BANKS))
    holders, iban, _start, _end, _made, home = _facts(c, code)
    quarter = c.rng.randint(1, 4) if c.rng.random() < 0.5 else c.rng.randint(1, 3)
    year = 2026 if quarter <= 3 and c.rng.random() < 0.6 else 2025
    start = dt.date(year, 3 * quarter - 2, 1)
    end = dt.date(year + (quarter == 4), (3 * quarter) % 12 + 1, 1) - dt.timedelta(days=1)
    made = end + dt.timedelta(days=c.rng.randint(1, 9))
    form = c.pick("initials", "first", "all")
    names = [h.name(form) for h in holders]
    joined = " en/of ".join(names)
    linked = values.iban(c.rng, c.pick("INGB", "RABO", "ABNA", "BUNQ"))
    balance = c.rng.randint(50000, 2500000)
    opening = balance
    rows = []
    for _ in range(c.rng.randint(2, 5)):
        day = values.between(c.rng, start, end - dt.timedelta(days=1))
        cents = c.rng.choice((2500, 5000, 10000, 15000, 25000, 50000, 100000))
        deposit = c.rng.random() < 0.65 or balance < cents
        balance += cents if deposit else -cents
        rows.append((day, "Storting van tegenrekening" if deposit else "Opname naar tegenrekening", cents, deposit))
    rows.sort()
    rate = c.pick("1,25", "1,50", "1,75", "2,00")
    interest = max(1, int(balance * float(rate.replace(",", ".")) / 100 / 4))
    balance += interest
    rows.append((end, f"Rente {quarter}e kwartaal ({rate}%)", interest, True))
    table = "".join(f"<tr><td>{c.d(d)}</td><td>{e(t)}</td><td class='right'>{'' if dep else c.a(_euro_string(ct))}</td>"
                    f"<td class='right'>{c.a(_euro_string(ct)) if dep else ''}</td></tr>" for d, t, ct, dep in rows)
    bank = _SAVINGS_BANKS[code]
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(bank)}</span><br><span class='small'>Sparen</span></td>"
        f"<td class='right small'>Afschrift spaarrekening<br>Datum afschrift: {c.d(made)}<br>Afschriftnummer {quarter}/{year}</td></tr></table>"
        + address_block([joined, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Product", e(c.pick("Internet Sparen", "Spaarrekening Flexibel", "Ideaalsparen", "Vrij Sparen"))),
              ("Rekeningnummer (IBAN)", e(values.iban_text(iban, True))), ("Rekeninghouders", e(joined)),
              ("Tegenrekening", f"{e(values.iban_text(linked, True))} t.n.v. {e(names[0])}"),
              ("Periode", f"{c.d(start)} t/m {c.d(end)}"), ("Rentepercentage", f"{rate}% per jaar (variabel)")], label_width="48mm")
        + "<table class='lines' style='width:100%;margin-top:5mm'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Af</th><th class='right'>Bij</th></tr>"
        f"<tr><td>{c.d(start)}</td><td>Beginsaldo</td><td></td><td class='right'>{c.a(_euro_string(opening))}</td></tr>{table}"
        f"<tr style='font-weight:bold'><td>{c.d(end)}</td><td>Eindsaldo</td><td></td><td class='right'>{c.a(_euro_string(balance))}</td></tr></table>"
        "<p class='small' style='margin-top:8mm'>Geld opnemen kan alleen naar uw tegenrekening. Uw tegoed valt onder het depositogarantiestelsel "
        "tot € 100.000 per persoon per bank.</p>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


def jaaroverzicht_betaalrekening(c: Ctx):
    """Fresh7. A current account's year overview made in January ("Jaaroverzicht 2025"): the bank's head, the holders in the address window joined by "en", the account and its holders again in a box, no transactions but the balances on 1 January and 31 December, the totals credited and debited over the year, interest received and the package's costs, a box "Voor uw aangifte inkomstenbelasting" with the balance on the reference date of box 3, and "Aangemaakt op" with the overview's date (the statement date) in the footer."""
    c.font_of(c.pick(SERIF7, SANS7, ("Liberation Sans", "Carlito")))
    c.restyle7(dates=("long", "dash", "dash_mon_upper"), amounts=("euro", "plain", "euro_nosep"))
    code = c.pick("TRIO", "SNSB", "ASNB", "RBRB", "INGB", "RABO", "ABNA", "KNAB", "BUNQ")
    holders, iban, *_ , home = _facts(c, code)
    year = c.pick(2024, 2025, 2025)
    made = dt.date(year + 1, 1, c.rng.randint(3, 31))
    form = c.pick("initials", "first", "all", "reversed_initials")
    names = [h.name(form) for h in holders]
    opening, closing = c.rng.randint(-50000, 900000), c.rng.randint(-50000, 900000)
    credited = c.rng.randint(1500000, 6500000)
    debited = credited + opening - closing
    money = lambda cents: f"{'-' if cents < 0 else ''}{c.a(_euro_string(abs(cents)))}"  # noqa: E731
    rows = [(f"Saldo op 1 januari {year}", money(opening)), (f"Totaal bijgeschreven in {year}", money(credited)),
            (f"Totaal afgeschreven in {year}", money(debited)), (f"Saldo op 31 december {year}", money(closing)),
            ("Ontvangen rente", money(c.rng.randint(0, 900))), ("Kosten betaalpakket", money(c.rng.choice((2340, 3180, 4200, 5160))))]
    bank = values.BANKS[code]
    body = (
        f"<div class='logo' style='font-size:16pt'>{e(bank)}</div>"
        + address_block([" en ".join(names), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"<h1>Jaaroverzicht {year}</h1><p>Hierbij ontvangt u het jaaroverzicht van uw betaalrekening. Bewaar dit overzicht bij uw administratie.</p>"
        + "<div class='box'>" + kv([("Betaalrekening", e(values.iban_text(iban, c.rng.random() < 0.7))), ("Ten name van", e(" en ".join(names)))], label_width="42mm") + "</div>"
        + "<table class='ruled' style='width:100%;margin-top:4mm'>" + "".join(f"<tr><td>{e(k)}</td><td class='right'>{v}</td></tr>" for k, v in rows) + "</table>"
        f"<div class='box' style='margin-top:6mm;background:#f3f3f3'><b>Voor uw aangifte inkomstenbelasting {year + 1}</b><br>"
        f"Saldo op 1 januari {year + 1} (peildatum box 3): {money(closing)}<br>Deze rekening staat op naam van {len(names)} rekeninghouder{'s' if len(names) > 1 else ''}.</div>"
        f"<p class='small' style='margin-top:10mm'>Aangemaakt op {c.d(made)} · {e(bank)} · dit overzicht wordt eenmaal per jaar verstrekt.</p>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


# --- fresh8 split ----------------------------------------------------------------------------

_DECLARING_BANKS = {"INGB": ("ING Bank N.V.", "#ff6200"), "RABO": ("Rabobank", "#00205c"), "ABNA": ("ABN AMRO Bank N.V.", "#00857a"),
                    "SNSB": ("SNS", "#6c2c8c"), "TRIO": ("Triodos Bank N.V.", "#00635b"), "ASNB": ("ASN Bank", "#0a6e3a")}  # fmt: skip


def bankverklaring_rekeninghouders(c: Ctx):
    """Fresh8. A bank's signed "Bankverklaring" (a declaration of account holdership, asked for by a landlord or a notary): a letter whose opening says the bank declares that the account below is held by the persons named, a table of the holders (name, date of birth, "Rekeninghouder 1/2"), a table of the account (IBAN, kind "Betaalrekening, en/of-rekening", the day it was opened and a balance on the day before the declaration: decoy dates and amount), "Deze verklaring is afgegeven op verzoek van de rekeninghouders", two employees' names under "Met vriendelijke groet", the place and date of the declaration (the statement date)."""
    c.font_of(c.pick(SANS8, SERIF8, ("Liberation Sans", "Carlito")))
    c.restyle8(dates=("long", "long", "dash"), amounts=("euro",))
    code = c.rng.choice(tuple(_DECLARING_BANKS))
    bank, colour = _DECLARING_BANKS[code]
    holders, iban, _start, _end, made, home = _facts(c, code)
    form = c.pick("all", "first_initial", "initials")
    names = [h.name(form) for h in holders]
    opened = values.between(c.rng, dt.date(2004, 1, 1), made - dt.timedelta(days=400))
    balance = values.amount(c.rng.randint(100, 900000) / 100)
    staff = [c.person(born=(1965, 1998)) for _ in range(2)]
    holder_rows = "".join(f"<tr><td>Rekeninghouder {i + 1}</td><td><b>{e(n)}</b></td><td>{c.d(h.birth_date)}</td></tr>" for i, (h, n) in enumerate(zip(holders, names)))
    town = c.pick("Amsterdam", "Utrecht", "Zeist", "Den Haag", "Eindhoven")
    body = (
        f"<div style='border-bottom:3px solid {colour};padding-bottom:2mm'><span class='logo' style='font-size:17pt;color:{colour}'>{e(bank)}</span></div>"
        + address_block([" en ".join(names), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"<p>{e(town)}, {c.d(made)}</p><h2>Bankverklaring</h2>"
        f"<p>{e(bank)} verklaart hierbij dat de hieronder genoemde rekening bij ons wordt aangehouden en op naam staat van de volgende personen:</p>"
        "<table class='ruled' style='width:100%'><tr style='background:#f0f0f0'><th></th><th>Naam</th><th>Geboortedatum</th></tr>" + holder_rows + "</table>"
        + "<table class='ruled' style='width:100%;margin-top:4mm'>"
        f"<tr><td style='width:55mm'>IBAN</td><td><b>{e(values.iban_text(iban, True))}</b></td></tr>"
        f"<tr><td>Soort rekening</td><td>Betaalrekening{', en/of-rekening' if len(holders) > 1 else ''}</td></tr>"
        f"<tr><td>Geopend op</td><td>{c.d(opened)}</td></tr>"
        f"<tr><td>Saldo per {c.d(made - dt.timedelta(days=1))}</td><td>{c.a(balance)}</td></tr></table>"
        "<p style='margin-top:4mm'>Deze verklaring is afgegeven op verzoek van de rekeninghouder(s) en is gebaseerd op onze administratie op de datum "
        "van deze brief. Aan deze verklaring kunnen geen rechten worden ontleend.</p><p>Met vriendelijke groet,<br>" + e(bank) + "</p>"
        f"<table style='width:100%;margin-top:10mm'><tr><td>{e(staff[0].name('initials'))}<br><span class='small'>Klantenservice Particulieren</span></td>"
        f"<td>{e(staff[1].name('initials'))}<br><span class='small'>Teamleider</span></td></tr></table>"
    )  # fmt: skip
    return page(c, body), _truth(names, iban, made)


def _phone(inner: str, clock: str, colour: str) -> str:
    """A phone screenshot as printed: a rounded frame, a status bar with the time and the battery, the app's content."""
    return (f"<div style='border:1.6px solid #222;border-radius:6mm;padding:2mm;width:78mm;height:160mm;overflow:hidden;background:#fff'>"
            f"<div style='display:flex;justify-content:space-between;font-size:7.5pt;font-weight:bold;padding:0 3mm'><span>{e(clock)}</span>"
            f"<span>▂▄▆ 4G ▮▮▮▯ {78 if clock < '12' else 41}%</span></div>"
            f"<div style='height:1mm;background:{colour};margin:1mm 0 2mm 0'></div>{inner}</div>")


def app_screenshots_naast_elkaar(c: Ctx):
    """Fresh8. Two screenshots of a bank's app printed side by side on one A4 as a tenant hands them in: the first the account's details screen ("Gezamenlijke rekening", the balance large, the IBAN with a copy icon, "Rekeninghouders" with the names as the app writes them, "J. van der Meer en A. Jansen"), the second the transactions screen grouped under "Vandaag", "Gisteren" and short dates without a year; a status bar with the time on both, a caption in the tenant's words above. No statement date: the truth is null."""
    c.font_of(c.pick(SANS8, ("Open Sans", "Cantarell", "Quicksand")))
    c.restyle8(dates=("short",), amounts=("euro",))
    code = c.pick("INGB", "RABO", "ABNA", "BUNQ", "KNAB", "SNSB")
    holders, iban, start, end, _made, _home = _facts(c, code)
    if len(holders) == 1:
        holders.append(c.person(sex="f" if holders[0].sex == "m" else "m", born=(1950, 2002)))
    form = c.pick("first_initial", "first_initial", "first", "initials")
    names = [h.name(form) for h in holders]
    colour = c.pick("#ff6200", "#00205c", "#00857a", "#2f8ce6", "#1b9c85", "#6c2c8c")
    bank = values.BANKS.get(code, "Bank")
    clock = f"{c.rng.randint(7, 22):02d}:{c.rng.randint(0, 59):02d}"
    balance = values.amount(c.rng.randint(2000, 600000) / 100)
    account_name = c.pick("Gezamenlijke rekening", "Huishoudrekening", "Samen", "Betaalrekening")
    screen1 = (
        f"<div style='padding:2mm 4mm'><div class='small'>‹ Rekeningen</div><div style='font-size:13pt;font-weight:bold;margin-top:3mm'>{e(account_name)}</div>"
        f"<div style='font-size:20pt;margin:3mm 0'>{e(values.amount_text(balance, 'euro'))}</div>"
        f"<div style='background:#f2f4f7;border-radius:2mm;padding:2.5mm;font-size:8.5pt'>IBAN<br><b>{e(values.iban_text(iban, True))}</b> &nbsp;⧉</div>"
        f"<div style='background:#f2f4f7;border-radius:2mm;padding:2.5mm;font-size:8.5pt;margin-top:2mm'>Rekeninghouders<br><b>{e(' en '.join(names))}</b></div>"
        f"<div style='background:#f2f4f7;border-radius:2mm;padding:2.5mm;font-size:8.5pt;margin-top:2mm'>Bank<br>{e(bank)}</div>"
        "<div style='display:flex;justify-content:space-around;margin-top:8mm;font-size:8pt;color:#444'><span>⇄ Overboeken</span><span>▤ Afschriften</span><span>⚙ Instellingen</span></div></div>"
    )
    days = sorted({values.between(c.rng, start, end) for _ in range(c.rng.randint(4, 7))}, reverse=True)
    items = ""
    for i, day in enumerate(days):
        label = ("Vandaag", "Gisteren")[i] if i < 2 and c.rng.random() < 0.7 else c.d(day).rsplit(" ", 1)[0]
        items += f"<div style='background:#f2f4f7;padding:1mm 4mm;font-size:7.5pt;color:#555;margin-top:2mm'>{label}</div>"
        for _ in range(c.rng.randint(1, 2)):
            shop = c.rng.choice(_SHOPS)
            cents = c.rng.randint(150, 25000)
            items += (f"<div style='display:flex;justify-content:space-between;padding:1.2mm 4mm;font-size:8.5pt;border-bottom:0.5px solid #ddd'>"
                      f"<span>{e(shop)}</span><span>- {e(values.amount_text(values.amount(cents / 100), 'plain'))}</span></div>")
    screen2 = f"<div style='padding:2mm 0'><div style='padding:0 4mm;font-size:12pt;font-weight:bold'>Transacties</div>{items}</div>"
    body = (
        f"<p style='font-size:10pt'>Screenshots van onze {e(account_name.lower())} ({e(bank)}), voor de aanvraag medehuur.</p>"
        f"<table style='width:100%'><tr><td style='width:50%'>{_phone(screen1, clock, colour)}</td><td>{_phone(screen2, clock, colour)}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "@page { margin: 14mm 12mm; }"), _truth(names, iban, None)


# --- fresh9 split ----------------------------------------------------------------------------


def spreadsheet_csv_print(c: Ctx):
    """Fresh9. A bank's CSV export opened in a spreadsheet and printed in landscape with the grid, the column letters and the row numbers: the export's own head in the first rows ("Rekeningnummer", "Tenaamstelling" with the holders as the bank's account name shortens them, "J.C. v.d. Meer en/of A. Jansen", "Periode", "Aangemaakt op" as "05/03/26"), a blank row, the column heads, then the transactions with the amounts as the cells hold them ("1234.50", a dot, no currency) and a running balance; the file's name as the print's header and "Pagina 1" at the foot."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("DejaVu Sans Condensed",)))
    c.restyle9(dates=("slash_2y",), amounts=("dot_bare",))
    bank = c.pick("INGB", "RABO", "ABNA", "SNSB", "TRIO", "KNAB")
    holders, iban, start, end, made, home = _facts(c, bank)
    form = c.pick("initials_particle_abbrev", "first_particle_abbrev")
    names = [h.name(form) for h in holders]
    balance = c.rng.randint(1500, 6000) * 100 + c.rng.randint(0, 99)
    rows = [["Rekeningnummer", e(iban), "", "", "", ""], ["Tenaamstelling", e(" en/of ".join(names)), "", "", "", ""],
            ["Periode", f"{c.d(start)} t/m {c.d(end)}", "", "", "", ""], ["Aangemaakt op", f"{c.d(made)} {c.rng.randint(7, 22):02d}:{c.rng.randint(0, 59):02d}", "", "", "", ""],
            ["", "", "", "", "", ""], ["Datum", "Naam / Omschrijving", "Tegenrekening", "Af Bij", "Bedrag (EUR)", "Saldo na mutatie"]]
    for day, what, amount, out in _transactions(c, start, end, c.rng.randint(9, 14)):
        cents = int(amount.replace(".", ""))
        balance += -cents if out else cents
        counter = values.iban(c.rng, c.rng.choice(tuple(values.BANKS)))
        rows.append([c.d(day), e(what), e(counter), "Af" if out else "Bij", c.a(amount), e(f"{balance // 100}.{balance % 100:02d}")])
    sheet = sheet_grid(rows, ["22mm", "62mm", "44mm", "14mm", "26mm", "28mm"], numeric=(4, 5))
    filename = f"{iban}_{start:%Y%m%d}_{end:%Y%m%d}.csv"
    body = (
        f"<div style='display:flex;justify-content:space-between;font-size:8pt;color:#333;margin-bottom:3mm'><span>{e(filename)}</span><span>Blad1</span></div>"
        f"{sheet}<div style='position:fixed;bottom:-9mm;left:0;right:0;text-align:center;font-size:8pt'>Pagina 1</div>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS + " body { font-size: 8pt; } td, th { padding: 1px 3px; }"), _truth(names, iban, made)


def afgeschermde_bedragen(c: Ctx):
    """Fresh9. A month's statement as the tenant hands it in after blacking out with a marker what the corporation need not see (a corporation's leaflet says one may): the bank's head, the holders in the address block and "Ten name van", the IBAN, the period and "Datum afschrift" left readable; every counterparty, description and amount under a black bar, only the booking dates and the "Af/Bij" column showing; a note in the margin in the tenant's slanted hand "bedragen afgeschermd i.v.m. privacy" with their initials and a short date."""
    c.font_of(c.pick(SANS, ("Open Sans", "Carlito")))
    c.restyle9(dates=("dash", "short"), amounts=("euro",))
    bank = c.pick("INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO")
    holders, iban, start, end, made, home = _facts(c, bank)
    names = [h.name(c.pick("initials", "all", "initials_particle_abbrev")) for h in holders]
    rows = "".join(f"<tr><td>{c.d(d)}</td><td>{redacted(f'{c.rng.randint(30, 70)}mm')}</td><td>{'Af' if out else 'Bij'}</td><td class='right'>{redacted('18mm')}</td></tr>"
                   for d, _w, _a, out in _transactions(c, start, end, c.rng.randint(9, 15)))
    note_day = made + dt.timedelta(days=c.rng.randint(2, 20))
    note = (f"<div style='position:absolute;top:36mm;right:4mm;width:44mm;transform:rotate(-6deg);font-family:\"{HAND9[0]}\", cursive;font-style:italic;"
            f"color:#1b2a7a;font-size:12pt'>bedragen afgeschermd i.v.m. privacy<br>{e(holders[0].given[0][0])}.{e(holders[0].surname.split()[-1][0])}. {note_day.day}/{note_day.month}</div>")
    body = (
        note
        + f"<div style='font-size:19pt;font-weight:bold;color:#14487a'>{e(values.BANKS[bank])}</div>"
        + address_block(names + [home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "<h1>Rekeningafschrift</h1>"
        + kv([("Ten name van", e(" en ".join(names))), ("Rekeningnummer (IBAN)", e(values.iban_text(iban, True))),
              ("Periode", f"{c.d(start)} t/m {c.d(end)}"), ("Afschriftnummer", str(c.rng.randint(1, 12))), ("Datum afschrift", c.d(made))], label_width="48mm")
        + f"<table class='lines' style='width:88%;margin-top:5mm'><tr><th>Boekdatum</th><th>Omschrijving</th><th>Af/Bij</th><th class='right'>Bedrag</th></tr>{rows}</table>"
        + f"<p class='small'>Beginsaldo {redacted('16mm')} &nbsp; Eindsaldo {redacted('16mm')}</p>"
    )  # fmt: skip
    return page(c, body, "body { position: relative; }"), _truth(names, iban, made)


# --- fresh10 split ---------------------------------------------------------------------------

def neobank_tweetalig_maandafschrift(c: Ctx):
    """Fresh10. A neobank's monthly statement (a PDF the app makes) in English with the Dutch beside it: the bank's name in lower case, "Monthly statement / Maandafschrift", a block "Account holders / Rekeninghouders" with the holders as the app stores them ("Johannes van der MEER"), "IBAN", "Period / Periode", "Statement date / Afschriftdatum" as "Thu 5 Mar 2026", the transactions with English dates and the amounts as "1,234.50 EUR" with a sign, the opening and closing balance."""
    c.font_of(c.pick(SANS10, ("Open Sans", "Carlito")))
    c.restyle10(dates=("en_wd_short",), amounts=("en_EUR_after",))
    bank = "BUNQ"
    holders, iban, start, end, made, home = _facts(c, bank)
    names = [h.name(c.pick("first_core_upper", "first_core_upper", "first")) for h in holders]
    brand = values.BANKS[bank].split()[0].lower()
    rows = "".join(f"<tr><td style='white-space:nowrap'>{e(values.date_text(d, 'en_short'))}</td><td>{e(w)}</td><td class='right' style='white-space:nowrap'>{'-' if out else '+'}{c.a(a)}</td></tr>"
                   for d, w, a, out in _transactions(c, start, end, c.rng.randint(8, 13)))
    opening = values.amount(c.rng.randint(200, 5000) + c.rng.randint(0, 99) / 100)
    closing = values.amount(c.rng.randint(200, 5000) + c.rng.randint(0, 99) / 100)
    pair = lambda en, nl: f"{e(en)}<br><span style='color:#888;font-size:7.5pt'>{e(nl)}</span>"  # noqa: E731
    body = (
        f"<div style='font-size:22pt;font-weight:bold;letter-spacing:-0.5px'>{e(brand)}</div>"
        "<h1 style='margin-top:6mm'>Monthly statement <span style='color:#888;font-weight:normal'>/ Maandafschrift</span></h1>"
        + kv([(f"Account holders / Rekeninghouders", "<br>".join(e(n) for n in names)), ("IBAN", e(values.iban_text(iban, True))),
              ("Period / Periode", f"{c.d(start)} – {c.d(end)}"), ("Statement date / Afschriftdatum", c.d(made))], label_width="62mm")
        + kv([("Opening balance / Beginsaldo", c.a(opening)), ("Closing balance / Eindsaldo", c.a(closing))], label_width="62mm")
        + f"<table class='lines' style='width:100%;margin-top:5mm'><tr><th>{pair('Date', 'Datum')}</th><th>{pair('Description', 'Omschrijving')}</th>"
        f"<th class='right'>{pair('Amount', 'Bedrag')}</th></tr>{rows}</table>"
        + f"<p class='small' style='margin-top:5mm'>{e(values.BANKS[bank])} · deposits are protected by the Dutch deposit guarantee scheme / uw tegoed valt onder het depositogarantiestelsel.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(names, iban, made)


def mail_met_afschrift_eronder(c: Ctx):
    """Fresh10. The tenant's e-mail to the corporation printed with the statement pasted under it: the mail's head (from the tenant, to "verhuur@...", "Verzonden" with the mail's own date, a decoy a few days after the statement), a few sentences ("hierbij ons bankafschrift voor de aanvraag medehuur"), the phone number as a decoy, then the statement as the bank's online banking shows it (holders "J.C. van der Meer en A. Jansen", IBAN, "Datum afschrift", a short list of transactions with "EUR1.234,50")."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Open Sans", "Cantarell")))
    c.restyle10(dates=("dash", "long"), amounts=("EUR_tight",))
    bank = c.pick("INGB", "RABO", "ABNA", "SNSB", "ASNB")
    holders, iban, start, end, made, home = _facts(c, bank)
    names = [h.name(c.pick("initials", "all", "reversed_particle_brackets")) for h in holders]
    sent = made + dt.timedelta(days=c.rng.randint(1, 15))
    corp = c.pick("Ymere", "de Alliantie", "Eigen Haard", "Woonstad Rotterdam", "Portaal")
    rows = "".join(f"<tr><td>{c.d(d)}</td><td>{e(w)}</td><td class='right'>{'-' if out else '+'}{c.a(a)}</td></tr>"
                   for d, w, a, out in _transactions(c, start, end, c.rng.randint(5, 9)))
    body = (
        f"<div style='font-size:14pt;font-weight:bold'>Bankafschrift voor aanvraag medehuur</div>"
        + mail_header([("Van", f"{e(holders[0].name('first'))} &lt;{e(holders[0].given[0].lower())}{c.rng.randint(1, 99)}@{c.pick('gmail.com', 'hotmail.com', 'live.nl')}&gt;"),
                       ("Aan", f"verhuur@{e(corp.lower().replace(' ', ''))}.nl"), ("Verzonden", f"{e(values.date_text(sent, 'weekday'))} {c.rng.randint(8, 22)}:{c.rng.randint(0, 59):02d}"),
                       ("Onderwerp", "Bankafschrift voor aanvraag medehuur")])
        + f"<p>Beste medewerker van {e(corp)},</p><p>Hierbij ons bankafschrift voor de aanvraag medehuur. Ik heb de pagina uit internetbankieren hieronder geplakt, "
        f"want de bijlage lukte niet. Bel gerust als er iets mist: 06-{c.rng.randint(10000000, 99999999)}.</p><p>Groet,<br>{e(holders[0].given[0])}</p>"
        + "<div style='border:0.8px solid #999;padding:4mm;margin-top:5mm'>"
        + f"<div style='font-weight:bold;font-size:12pt'>{e(values.BANKS[bank])}</div><div style='font-weight:bold;margin:2mm 0'>Rekeningafschrift</div>"
        + kv([("Rekeninghouder(s)", " en ".join(e(n) for n in names)), ("IBAN", e(values.iban_text(iban, c.rng.random() < 0.7))),
              ("Periode", f"{c.d(start)} t/m {c.d(end)}"), ("Datum afschrift", c.d(made))], label_width="45mm")
        + f"<table class='lines' style='width:100%;margin-top:3mm;font-size:8.8pt'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bedrag</th></tr>{rows}</table></div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(names, iban, made)


# --- fresh11 split ---------------------------------------------------------------------------


def transactieoverzicht_lopend_saldo_cookiebalk(c: Ctx):
    """Fresh11. Internet banking's "Transactieoverzicht" printed from the browser: the browser's date line and address, the bank's bar, the account card (the holders as the bank writes them, the IBAN, "Overzicht aangemaakt op"), then the transactions under day headings "do 5 maart 2026" in columns "Bij", "Af" and a running "Saldo" after every row; the site's cookie banner and a chat button printed over the foot of the page."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "Cantarell")))
    c.restyle11(dates=("wd_nodot_long",), amounts=("plain",))
    bank = c.pick("INGB", "RABO", "ABNA", "SNSB", "KNAB")
    holders, iban, start, end, made, home = _facts(c, bank)
    names = [h.name(c.pick("initials", "first", "caps_all")) for h in holders]
    balance = c.rng.randint(30000, 400000)
    rows, last = [], None
    for d, w, a, out in _transactions(c, start, end, c.rng.randint(7, 11)):
        cents = int(round(float(a) * 100))
        balance += -cents if out else cents
        if d != last:
            rows.append(f"<tr><td colspan='4' style='background:#f2f4f7;font-weight:bold;padding-top:2mm'>{c.d(d)}</td></tr>")
            last = d
        amount_cell = e(values.amount_text(a, "plain"))
        rows.append(f"<tr><td>{e(w)}</td><td class='right'>{'' if out else amount_cell}</td><td class='right'>{amount_cell if out else ''}</td>"
                    f"<td class='right'>{e(values.amount_text(values.amount(balance / 100), 'plain')) if balance >= 0 else '-' + e(values.amount_text(values.amount(-balance / 100), 'plain'))}</td></tr>")
    colour = {"INGB": "#ff6200", "RABO": "#00205c", "ABNA": "#00857a", "SNSB": "#5b2d82", "KNAB": "#0062ff"}[bank]
    body = (
        browser_header(f"Transactieoverzicht - {values.BANKS[bank]}", f"https://bankieren.{values.BANKS[bank].lower().replace(' ', '')}.nl/rekeningen/transacties",
                       f"{values.date_text(made, 'dash')} {c.rng.randint(8, 22):02d}:{c.rng.randint(0, 59):02d}")
        + f"<div style='background:{colour};color:#fff;padding:2.5mm 4mm;margin:2mm 0 4mm 0;font-weight:bold;font-size:12pt'>{e(values.BANKS[bank])} &nbsp;<span style='font-weight:normal;font-size:9pt'>Mijn rekeningen</span></div>"
        "<h1>Transactieoverzicht</h1>"
        + kv([("Rekening", f"Betaalrekening {e(values.iban_text(iban, True))}"), ("Op naam van", " en/of ".join(e(n) for n in names)),
              ("Periode", f"{e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))}"), ("Overzicht aangemaakt op", c.d(made))], label_width="48mm")
        + "<table class='lines' style='width:100%;margin-top:4mm;font-size:8.8pt'><tr><th>Omschrijving</th><th class='right'>Bij</th><th class='right'>Af</th><th class='right'>Saldo</th></tr>"
        + "".join(rows) + "</table>"
        + "<div style='position:fixed;bottom:0;left:-6mm;right:-6mm;background:#fff;border-top:1px solid #bbb;box-shadow:0 -1mm 2mm rgba(0,0,0,0.2);padding:3mm 5mm;font-size:8.5pt'>"
        "<b>Wij gebruiken cookies</b><br>Met cookies verbeteren wij onze website en laten wij u relevante informatie zien. Kiest u voor 'Alles accepteren'? Dan gaat u daarmee akkoord. "
        f"<span style='background:{colour};color:#fff;padding:1mm 3mm;margin-left:3mm'>Alles accepteren</span> <span style='border:1px solid {colour};padding:1mm 3mm'>Instellingen</span></div>"
        f"<div style='position:fixed;bottom:24mm;right:-4mm;background:{colour};color:#fff;border-radius:5mm;padding:2mm 4mm;font-size:8pt'>Stel uw vraag</div>"
    )  # fmt: skip
    return page(c, body, "@page { margin: 16mm 14mm 18mm 14mm; } body { font-size: 9.4pt; }"), _truth(names, iban, made)


def afschrift_omr_kantlijncode(c: Ctx):
    """Fresh11. A monthly statement as the bank's print street makes it: black bars for the envelope-inserting machine down the left edge, a run code turned upright along the margin in a narrow italic (the run, the sheet "1/1" and the IBAN), the return address and the holders in the envelope window, then "Rekeninghouder(s)", the IBAN, "Afschriftnummer" and "Datum afschrift", the transactions with "Bij" and "Af" columns and the old and new balance."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Carlito", "FreeSans")))
    c.restyle11(dates=("dash", "long"), amounts=("plain",))
    bank = c.pick("ASNB", "SNSB", "RBRB", "TRIO")
    holders, iban, start, end, made, home = _facts(c, bank)
    names = [h.name(c.pick("initials", "all")) for h in holders]
    window = " en ".join(f"{'Dhr.' if h.sex == 'm' else 'Mw.'} {h.name('initials')}" for h in holders)
    postbus, postplace = people.issuer_address(c.rng)
    run = f"R{c.rng.randint(100, 999)} {values.date_text(made, 'compact')} {iban} 1/1 Z{c.rng.randint(10, 99)}"
    rows = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}</td><td class='right'>{'' if out else e(values.amount_text(a, 'plain'))}</td>"
                   f"<td class='right'>{e(values.amount_text(a, 'plain')) if out else ''}</td></tr>" for d, w, a, out in _transactions(c, start, end, c.rng.randint(6, 10)))
    old = values.amount(c.rng.randint(100, 6000) + c.rng.randint(0, 99) / 100)
    new = values.amount(c.rng.randint(100, 6000) + c.rng.randint(0, 99) / 100)
    body = (
        omr_marks(c.rng)
        + f"<div style='position:fixed;left:-17mm;top:150mm;transform:rotate(-90deg);transform-origin:left top;font-family:\"{SANS11[0]}\", sans-serif;font-style:italic;font-size:6.5pt;color:#444;white-space:nowrap'>{e(run)}</div>"
        + f"<div style='font-size:16pt;font-weight:bold'>{e(values.BANKS[bank])}</div>"
        + f"<div style='margin-top:12mm;font-size:7pt;color:#555'>Retouradres: {e(postbus)}, {e(postplace)}</div>"
        + "<div style='margin:1mm 0 10mm 0'>" + "<br>".join(e(x) for x in (window, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}")) + "</div>"
        + "<h1>Rekeningafschrift</h1>"
        + grid([("Rekeninghouder(s)", "<br>".join(e(n) for n in names)), ("IBAN", e(values.iban_text(iban, True))),
                ("Afschriftnummer", str(c.rng.randint(1, 12))), ("Datum afschrift", c.d(made)),
                ("Periode", f"{e(values.date_text(start, 'dash'))} - {e(values.date_text(end, 'dash'))}"), ("Valuta", "EUR")], columns=2, label_width="34mm")
        + "<table class='lines' style='width:100%;margin-top:5mm;font-size:8.8pt'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bij</th><th class='right'>Af</th></tr>"
        + f"<tr><td></td><td><i>Oud saldo</i></td><td class='right'>{e(values.amount_text(old, 'plain'))}</td><td></td></tr>{rows}"
        + f"<tr><td></td><td><b>Nieuw saldo</b></td><td class='right'><b>{e(values.amount_text(new, 'plain'))}</b></td><td></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "@page { margin: 16mm 16mm 18mm 22mm; } body { font-size: 9.6pt; }"), _truth(names, iban, made)


# --- fresh12 split ---------------------------------------------------------------------------


_CAMT_COUNTERPARTIES12 = ("WOONSTICHTING DE KEY", "VATTENFALL KLANTENSERVICE N.V.", "GEMEENTE BELASTINGEN", "ZILVEREN KRUIS ZORGVERZEKERINGEN NV",
                          "ODIDO NETHERLANDS B.V.", "STICHTING PENSIOENFONDS ABP", "BELASTINGDIENST TOESLAGEN", "VITENS NV")


def camt053_xml_browserprint(c: Ctx):
    """Fresh12. A camt.053 statement file (the XML a bank offers for download beside MT940) opened in a browser and printed: the browser's note that the file has no style information, then the indented element tree with the message's creation time "<CreDtTm>2026-04-03T06:12:44</CreDtTm>", the statement's period "<FrDtTm>" / "<ToDtTm>", the account's IBAN and its owner's name in one field ("VAN DER MEER J.C. EN/OF JANSEN M."), then entries with booking dates, amounts, counterparties' names and IBANs (decoys); a generator's comment in an italic monospaced cut; the file's path and the print's date in the browser's footer."""
    c.font_of(MONO)
    c.restyle12(dates=("iso",), amounts=("plain",))
    holders, iban, start, end, made, _home = _facts(c, c.rng.choice(("INGB", "RABO", "ABNA", "TRIO", "ASNB", "SNSB")))
    names = [h.name("caps_surname_initials") for h in holders]
    created = f"{values.iso(made)}T{c.rng.randint(0, 7):02d}:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}"
    lines = []

    def tag(depth: int, name: str, value: str | None = None) -> None:
        pad = "&nbsp;" * (2 * depth)
        if value is None:
            lines.append(f"{pad}<span style='color:#881280'>&lt;{name}&gt;</span>")
        else:
            lines.append(f"{pad}<span style='color:#881280'>&lt;{name}&gt;</span><b>{e(value)}</b><span style='color:#881280'>&lt;/{name}&gt;</span>")

    def close(depth: int, name: str) -> None:
        lines.append(f"{'&nbsp;' * (2 * depth)}<span style='color:#881280'>&lt;/{name}&gt;</span>")

    lines.append("<span style='color:#881280'>&lt;Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"&gt;</span>")
    lines.append(f"&nbsp;&nbsp;<span style='font-family:\"{MONO12[0]}\", monospace;font-style:italic;color:#236e25'>&lt;!-- gegenereerd door Internetbankieren, export {e(created)} --&gt;</span>")
    tag(1, "BkToCstmrStmt"), tag(2, "GrpHdr"), tag(3, "MsgId", f"CAMT053{made:%Y%m%d}{c.rng.randint(100000, 999999)}"), tag(3, "CreDtTm", created), close(2, "GrpHdr")
    tag(2, "Stmt"), tag(3, "Id", f"{iban}-{made:%Y%m%d}"), tag(3, "ElctrncSeqNb", str(c.rng.randint(1, 250))), tag(3, "CreDtTm", created)
    tag(3, "FrToDt"), tag(4, "FrDtTm", f"{values.iso(start)}T00:00:00"), tag(4, "ToDtTm", f"{values.iso(end)}T23:59:59"), close(3, "FrToDt")
    tag(3, "Acct"), tag(4, "Id"), tag(5, "IBAN", iban), close(4, "Id"), tag(4, "Ccy", "EUR"), tag(4, "Ownr"), tag(5, "Nm", " EN/OF ".join(names)), close(4, "Ownr"), close(3, "Acct")
    balance = c.rng.randint(20000, 900000)
    tag(3, "Bal"), tag(4, "Amt", f"{balance // 100}.{balance % 100:02d}"), tag(4, "Dt"), tag(5, "Dt", values.iso(start)), close(4, "Dt"), close(3, "Bal")
    for _ in range(c.rng.randint(3, 5)):
        day = values.between(c.rng, start, end)
        party = c.rng.choice(_CAMT_COUNTERPARTIES12)
        cents = c.rng.randint(500, 150000)
        tag(3, "Ntry"), tag(4, "Amt", f"{cents // 100}.{cents % 100:02d}"), tag(4, "CdtDbtInd", c.pick("DBIT", "DBIT", "CRDT"))
        tag(4, "BookgDt"), tag(5, "Dt", values.iso(day)), close(4, "BookgDt")
        tag(4, "RltdPties"), tag(5, "Nm", party), tag(5, "IBAN", values.iban(c.rng, c.rng.choice(("INGB", "RABO", "ABNA")))), close(4, "RltdPties"), close(3, "Ntry")
    close(2, "Stmt"), close(1, "BkToCstmrStmt")
    lines.append("<span style='color:#881280'>&lt;/Document&gt;</span>")
    file = f"file:///C:/Users/Gebruiker/Downloads/camt053_{iban}_{made:%Y%m%d}.xml"
    printed = made + dt.timedelta(days=c.rng.randint(0, 20))
    body = (
        f"<div style='position:fixed;top:-12mm;left:0;right:0;font-family:\"DejaVu Sans\";font-size:7.5pt'>{e(values.date_text(printed, 'nopad'))}, {c.rng.randint(8, 22):02d}:{c.rng.randint(0, 59):02d}"
        f"<span style='float:right'>camt053_{e(iban)}.xml</span></div>"
        f"<div style='position:fixed;bottom:-12mm;left:0;right:0;font-family:\"DejaVu Sans\";font-size:7.5pt'>{e(file)}<span style='float:right'>1/1</span></div>"
        "<div style='font-family:\"DejaVu Sans\";font-size:8.5pt;border-bottom:0.6px solid #ccc;padding-bottom:2mm;margin-bottom:3mm'>This XML file does not appear to have any style information associated with it. The document tree is shown below.</div>"
        f"<div style='font-size:8.2pt;line-height:1.3'>{'<br>'.join(lines)}</div>"
    )  # fmt: skip
    return page(c, body, "@page { margin: 16mm 12mm 16mm 12mm; }"), _truth(names, iban, made)


_CATEGORIES12 = (("Wonen", "#3c7d4f"), ("Boodschappen", "#7fae5b"), ("Vervoer", "#4b8bbe"), ("Zorg en verzekeringen", "#b9733f"),
                 ("Vrije tijd", "#9a6fb0"), ("Abonnementen", "#c9a23a"), ("Overig", "#888888"))


def maandoverzicht_uitgaven_categorieen(c: Ctx):
    """Fresh12. A sustainable bank's monthly overview with spending by category: the bank's name with a tagline in italic small capitals, "Maandoverzicht" with the month and "Gemaakt op" (the day the overview was made, as "do 5 mrt 2026"), the account holders on one line ("J.C. van der Meer en M. Jansen") above the IBAN, a bar per category (Wonen, Boodschappen, Vervoer, ...) with its sum, the month's income and spending, the start and end balance with their dates, and "Grootste uitgaven" with their dates and counterparties (decoys)."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Cantarell", "Liberation Sans")))
    c.restyle12(dates=("wd_short_nodot",), amounts=("euro",))
    bank = c.pick("ASNB", "TRIO", "SNSB")
    holders, iban, start, end, made, _home = _facts(c, bank)
    names = [h.name(c.pick("initials", "first", "all")) for h in holders]
    brand = {"ASNB": ("ASN Bank", "#00754a", "duurzaam bankieren sinds 1960"), "TRIO": ("Triodos Bank", "#003d6e", "geld voor positieve verandering"),
             "SNSB": ("SNS", "#5a2d82", "gewoon goed geregeld")}[bank]
    sums = [(name, colour, c.rng.randint(1500, 120000)) for name, colour in _CATEGORIES12]
    top = max(s for _, _, s in sums)
    money = lambda cents: e(values.amount_text(f"{cents // 100}.{cents % 100:02d}", "euro"))  # noqa: E731
    bars = "".join(f"<tr><td style='width:42mm'>{e(n)}</td><td><div style='background:{col};height:4mm;width:{90 * s / top:.1f}mm'></div></td>"
                   f"<td class='right' style='white-space:nowrap'>{money(s)}</td></tr>" for n, col, s in sums)
    spent = sum(s for _, _, s in sums)
    earned = spent + c.rng.randint(-30000, 80000)
    biggest = "".join(f"<tr><td>{c.d(values.between(c.rng, start, end))}</td><td>{e(c.rng.choice(_SHOPS))}</td><td class='right'>- {money(c.rng.randint(4000, 90000))}</td></tr>"
                      for _ in range(4))
    opening = c.rng.randint(10000, 500000)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:18pt;color:{brand[1]}'>{e(brand[0])}</span><br>"
        f"<span style='font-family:\"{SANS12[0]}\", sans-serif;font-style:italic;color:{brand[1]};font-size:9.5pt'>{e(brand[2])}</span></td>"
        f"<td class='right small'>Gemaakt op {c.d(made)}</td></tr></table>"
        f"<h1 style='margin-top:5mm;color:{brand[1]}'>Maandoverzicht {e(values.MONTHS[start.month - 1])} {start.year}</h1>"
        f"<p style='margin:0'>{e(' en '.join(names))}</p><p style='margin:0 0 4mm 0'>Betaalrekening {e(values.iban_text(iban, True))}</p>"
        + kv([("Saldo op " + values.date_text(start, "long"), money(opening)), ("Ontvangen deze maand", money(earned)), ("Uitgegeven deze maand", money(spent)),
              ("Saldo op " + values.date_text(end, "long"), money(opening + earned - spent))], label_width="60mm")
        + f"<h2 style='color:{brand[1]}'>Waar ging uw geld naartoe?</h2><table style='width:100%'>{bars}</table>"
        + f"<h2 style='color:{brand[1]}'>Grootste uitgaven</h2><table class='lines' style='width:100%'>{biggest}</table>"
        + "<p class='small' style='margin-top:5mm'>De indeling in categorieën maken wij automatisch. U kunt een betaling zelf in een andere categorie zetten in de app. Bewaar dit overzicht bij uw administratie.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(names, iban, made)

# --- fresh13 split ---------------------------------------------------------------------------

_TR_BANKS13 = {"UGBI": ("GarantiBank International N.V.", "#00865a", "Amsterdam"), "ANDL": ("Anadolubank Nederland N.V.", "#b5121b", "Rotterdam"),
               "CEBU": ("Credit Europe Bank N.V.", "#1e3c78", "Amsterdam")}
_TR_ENTRIES13 = (("Kira / Huur", "WOONSTICHTING"), ("Maaş / Salaris", "WERKGEVER B.V."), ("Market / Supermarkt", "ALBERT HEIJN"), ("Elektrik / Energie", "VATTENFALL"),
                 ("Havale / Overboeking", "AİLE / FAMILIE"), ("Sağlık sigortası / Zorgverzekering", "CZ ZORGVERZEKERINGEN"), ("ATM / Geldautomaat", "GELDMAAT"))


def _tr_iban(c: Ctx) -> str:
    """A Turkish IBAN of a counterparty (a decoy; 26 characters in groups of four)."""
    raw = "TR" + "".join(str(c.rng.randint(0, 9)) for _ in range(24))
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def turkse_bank_nl_vestiging_tweetalig(c: Ctx):
    """Fresh13. A monthly statement of a Turkish bank's Dutch branch, every label in Turkish over Dutch ("Hesap Özeti / Rekeningafschrift", "Hesap Sahipleri / Rekeninghouders", "Dönem / Periode", "Tarih / Datum"): the holders as the bank's account-name field prints them ("JC VAN DER MEER") on separate lines, the IBAN, the period (decoy dates), the statement's date, entries with bilingual descriptions, a counterparty's Turkish IBAN and a receipt number in an italic bold monospaced cut (decoys), and the amounts as "1.234,50 eur"."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Carlito", "Open Sans")))
    c.restyle13(dates=("dot_pad", "wd_long_dash"), amounts=("eur_lower_after",))
    code = c.rng.choice(tuple(_TR_BANKS13))
    bank, colour, seat = _TR_BANKS13[code]
    holders, iban, start, end, made, home = _facts(c, code)
    names = [h.name("caps_initials_nodot") for h in holders]
    balance = c.rng.randint(10000, 600000)
    rows = ""
    for day in sorted(values.between(c.rng, start, end) for _ in range(c.rng.randint(5, 8))):
        what, who = c.rng.choice(_TR_ENTRIES13)
        cents = c.rng.randint(500, 150000) * (1 if what.startswith("Maaş") else -1)
        balance += cents
        money = e(values.amount_text(f"{abs(cents) // 100}.{abs(cents) % 100:02d}", "eur_lower_after"))
        rows += (f"<tr><td>{e(values.date_text(day, 'dot_pad'))}</td><td>{e(what)}<br><span class='small'>{e(who)}"
                 + (f" &middot; {e(_tr_iban(c))}" if who.startswith("AİLE") else "") + f"</span></td>"
                 f"<td class='right'>{'-' if cents < 0 else '+'}{money}</td></tr>")
    label = lambda tr, nl, grey="#666": f"<span style='color:{grey}'>{e(tr)}</span> / {e(nl)}"  # noqa: E731
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:{colour}'>{e(bank)}</span><br><span class='small'>Vestiging {e(seat)} &middot; Nederland</span></td>"
        f"<td class='right'><b>{label('Hesap Özeti', 'Rekeningafschrift')}</b><br>"
        f"<span style='font-family:\"{MONO13[0]}\", monospace;font-weight:bold;font-style:italic;font-size:8.5pt'>Dekont no {c.rng.randint(10**9, 10**10 - 1)}</span></td></tr></table>"
        + address_block([*names, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "<table style='width:100%'>"
        f"<tr><td style='width:58mm'>{label('Hesap Sahipleri', 'Rekeninghouders')}</td><td>{'<br>'.join(e(n) for n in names)}</td></tr>"
        f"<tr><td>IBAN</td><td>{e(values.iban_text(iban, True))}</td></tr>"
        f"<tr><td>{label('Dönem', 'Periode')}</td><td>{e(values.date_text(start, 'dot_pad'))} - {e(values.date_text(end, 'dot_pad'))}</td></tr>"
        f"<tr><td>{label('Tarih', 'Datum afschrift')}</td><td>{c.d(made)}</td></tr></table>"
        f"<table class='lines' style='width:100%;margin-top:5mm;font-size:9pt'><tr style='background:{colour};color:#fff'><th>{label('Tarih', 'Datum', '#d8e0ee')}</th>"
        f"<th>{label('Açıklama', 'Omschrijving', '#d8e0ee')}</th><th class='right'>{label('Tutar', 'Bedrag', '#d8e0ee')}</th></tr>{rows}</table>"
        f"<p class='right' style='margin-top:2mm'>{label('Son bakiye', 'Eindsaldo')}: <b>{e(values.amount_text(f'{abs(balance) // 100}.{abs(balance) % 100:02d}', 'eur_lower_after'))}</b></p>"
        "<p class='small' style='margin-top:6mm'>Tegoeden bij deze bank vallen onder het Nederlandse depositogarantiestelsel. / Bu bankadaki mevduatlar Hollanda mevduat garanti sistemi kapsamındadır.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(names, iban, made)


def afschrift_pdfviewer_bladwijzers_zoektreffers(c: Ctx):
    """Fresh13. A monthly statement opened in a desktop PDF viewer and printed in landscape with the viewer round it: a grey toolbar with the file's name ("Rekeningafschrift_{IBAN's last digits}_{download day}.pdf", the download day a decoy), "1 / 2" and the zoom, a search box holding "en/of" with "2 treffers", a bookmarks panel ("Bladwijzers": Overzicht, Bij- en afschrijvingen, Toelichting), and on the page the bank's statement with the holders joined by "en/of" (each hit highlighted in orange as the viewer marks search hits), "Datum afschrift", the IBAN, the period and a few entries; the file's properties in the status bar ("Gemaakt: Thu, 05 Mar 2026", a decoy)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle13(dates=("long", "dash"), amounts=("euro",))
    code = c.pick("INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB")
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("initials", "first")
    names = [h.name(form) for h in holders]
    downloaded = made + dt.timedelta(days=c.rng.randint(1, 40))
    hit = "<span style='background:#ffb74d'>en/of</span>"
    entries = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(who)}</td><td class='right'>{'-' if out else '+'} {e(values.amount_text(a, 'euro'))}</td></tr>"
                      for d, who, a, out in _transactions(c, start, end, c.rng.randint(5, 8)))
    marks = ("Overzicht", "Bij- en afschrijvingen", "Toelichting")
    statement = (
        "<div style='background:#fff;width:150mm;margin:0 auto;padding:8mm 10mm;box-shadow:0 0 2mm rgba(0,0,0,0.4);font-size:8.6pt'>"
        f"<div class='logo' style='font-size:13pt'>{e(values.BANKS[code])}</div>"
        f"<h2 style='margin-top:4mm'>Rekeningafschrift</h2>"
        + kv([("Rekeninghouders", f" {hit} ".join(e(n) for n in names)), ("Rekening", e(values.iban_text(iban, True))),
              ("Periode", f"{e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))}"), ("Datum afschrift", c.d(made))], label_width="36mm")
        + f"<table class='lines' style='width:100%;margin-top:3mm'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bedrag</th></tr>{entries}</table></div>"
    )
    body = (
        "<div style='background:#3b3b3b;color:#eee;padding:1.5mm 3mm;display:flex;justify-content:space-between;font-size:8pt'>"
        f"<span>Rekeningafschrift_{e(iban[-4:])}_{e(values.date_text(downloaded, 'compact'))}.pdf</span><span>1 / 2 &nbsp; 100%</span>"
        f"<span style='background:#555;padding:0 2mm'>Zoeken: en/of &nbsp;<span style='color:#bbb'>{len(names) - 1} treffers</span></span></div>"
        "<table style='width:100%;border-collapse:collapse'><tr>"
        "<td style='width:42mm;background:#ececec;vertical-align:top;padding:3mm;font-size:8pt'><b>Bladwijzers</b>"
        + "".join(f"<div style='margin-top:2mm'>&#9656; {e(m)}</div>" for m in marks)
        + "</td><td style='background:#8a8a8a;padding:5mm 0'>" + statement + "</td></tr></table>"
        f"<div style='background:#dcdcdc;font-size:7.5pt;padding:1mm 3mm'>Gemaakt: {e(values.date_text(made, 'en_rfc'))} &middot; Producent: {e(values.BANKS[code])} afschriftenservice</div>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS + " body { font-size: 9pt; }"), _truth(names, iban, made)

# --- fresh14 split ---------------------------------------------------------------------------

_YEAR_BANKS14 = {"INGB": ("ING Bank N.V.", "#ff6200"), "RABO": ("Rabobank", "#00205c"), "ABNA": ("ABN AMRO Bank N.V.", "#00857a"),
                 "SNSB": ("SNS", "#5a2d82"), "ASNB": ("ASN Bank", "#00a1b3"), "RBRB": ("RegioBank", "#e2001a")}


def saldo_opgave_jaareinde_box3(c: Ctx):
    """Fresh14. A bank's "Saldo-opgave {year}" for the tax return (box 3), made on request during the year: the bank's name, the holders as the back office sorts them ("MEER VAN DER JC EN/OF JANSEN A") in the address window and in a "Tenaamstelling" line, "Aanmaakdatum" as "05MRT2026", a table of the accounts held (the current account, the statement's IBAN, and a savings account, a decoy) with the balance on 1 January and on 31 December of the year before (decoy dates and sums) and the interest received, a note on the peildatum, and a reference line in a bold italic monospaced cut."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle14(dates=("compact_mon_upper",), amounts=("euro", "plain"))
    code = c.rng.choice(tuple(_YEAR_BANKS14))
    bank, colour = _YEAR_BANKS14[code]
    holders, iban, start, end, made, home = _facts(c, code)
    names = [h.name("caps_reversed_initials_nodot") for h in holders]
    year = made.year - 1
    savings = values.iban(c.rng, code)
    money = lambda: values.amount(c.rng.randint(20000, 2500000) / 100)  # noqa: E731
    rows = [("Betaalrekening", iban, money(), money(), values.amount(c.rng.randint(0, 300) / 100)),
            ("Spaarrekening", savings, money(), money(), values.amount(c.rng.randint(100, 40000) / 100))]
    table = ("<table class='ruled' style='width:100%;font-size:8.8pt'><tr><th>Rekening</th><th>IBAN</th>"
             f"<th class='right'>Saldo 1 januari {year}</th><th class='right'>Saldo 31 december {year}</th><th class='right'>Ontvangen rente</th></tr>"
             + "".join(f"<tr><td>{kind}</td><td style='white-space:nowrap'>{e(values.iban_text(number, True))}</td><td class='right'>{c.a(a)}</td><td class='right'>{c.a(b)}</td><td class='right'>{c.a(r)}</td></tr>"
                       for kind, number, a, b, r in rows) + "</table>")
    body = (
        f"<div style='border-bottom:3px solid {colour};padding-bottom:2mm'><span class='logo' style='font-size:16pt;color:{colour}'>{e(bank)}</span></div>"
        + address_block([" EN/OF ".join(names), home.line1().upper(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + kv([("Aanmaakdatum", c.d(made)), ("Tenaamstelling", e(" EN/OF ".join(names))), ("Betreft", f"Saldo-opgave {year} voor uw aangifte inkomstenbelasting")], label_width="36mm")
        + f"<h2>Saldo-opgave {year}</h2>"
        "<p>Hieronder vindt u de saldi en de ontvangen rente van de rekeningen die op uw naam staan. U heeft deze gegevens nodig voor uw aangifte "
        "(box 3, sparen en beleggen). De Belastingdienst ontvangt deze gegevens ook van ons.</p>"
        + table
        + "<p class='small'>Peildatum voor box 3 is 1 januari. Staan er meer personen op de rekening, dan mag u het saldo verdelen. "
        "Deze opgave is op uw verzoek opnieuw aangemaakt en vervangt eerdere opgaven niet.</p>"
        f"<div style=\"font-family:'{MONO14[0]}', monospace;font-weight:bold;font-style:italic;font-size:7.5pt;margin-top:8mm;color:#333\">"
        f"REF JO{year}/{code}/{c.rng.randint(10000000, 99999999)} &middot; BLAD 1/1 &middot; {e(values.date_text(made, 'compact'))}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(names, iban, made)


def bevestiging_en_of_rekening_tenaamstelling(c: Ctx):
    """Fresh14. A bank's letter "Bevestiging wijziging tenaamstelling": a second holder was added to a current account, which is now a joint ("en/of") account; the letter names both holders in the salutation and in a framed "Tenaamstelling" box, gives the IBAN and the letter's date, and as decoys the day of the request, the day the change took effect, the account's short name "J. JANSEN EO A. DE VRIES" and the last digits of the new holder's debit card."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Open Sans", "DejaVu Sans")))
    c.restyle14(dates=("long", "dash", "weekday"), amounts=("euro",))
    code = c.pick("INGB", "RABO", "ABNA", "SNSB", "KNAB", "TRIO")
    holders, iban, start, end, made, home = _facts(c, code)
    if len(holders) == 1:
        holders.append(c.person(sex="f" if holders[0].sex == "m" else "m", born=(1950, 2002)))
    form = c.pick("initials", "first", "all")
    names = [h.name(form) for h in holders]
    requested = made - dt.timedelta(days=c.rng.randint(8, 30))
    effective = made - dt.timedelta(days=c.rng.randint(1, 7))
    short = " EO ".join(f"{h.given[0][0]}. {h.surname}".upper() for h in holders)
    bank = values.BANKS.get(code, "Bank")
    body = (
        f"<div class='right'><span class='logo' style='font-size:15pt'>{e(bank)}</span></div>"
        + address_block([names[0], names[1], home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum", c.d(made)), ("Rekeningnummer", e(values.iban_text(iban, True))), ("Uw verzoek van", e(values.date_text(requested, "dash")))], label_width="36mm")
        + "<h2>Bevestiging wijziging tenaamstelling</h2>"
        f"<p>Beste {e(names[0])} en {e(names[1])},</p>"
        f"<p>U heeft ons gevraagd om {e(names[1])} als rekeninghouder toe te voegen aan betaalrekening {e(values.iban_text(iban, True))}. "
        f"Die wijziging is verwerkt op {e(values.date_text(effective, 'long'))}. De rekening is nu een en/of-rekening: ieder van u mag er zelfstandig over beschikken "
        "en u bent samen aansprakelijk voor een negatief saldo.</p>"
        f"<div class='box' style='width:120mm'><b>Tenaamstelling</b><br>{e(names[0])}<br>{e(names[1])}<br><span class='small'>Korte naam op afschriften: {e(short)}</span></div>"
        f"<p>De nieuwe betaalpas van {e(names[1])} (eindigend op {c.rng.randint(1000, 9999)}) en de pincode ontvangt u binnen vijf werkdagen apart per post.</p>"
        "<p>Met vriendelijke groet,<br>Klantenservice Betalen</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(names, iban, made)


# --- fresh15 split ---------------------------------------------------------------------------

_ROLES15 = ("Gemachtigde", "Bewindvoerder", "Gemachtigde (alleen inzien)")


def kwartaaloverzicht_betrokkenen_rollen(c: Ctx):
    """Fresh15. A bank's quarterly overview of a current account with a table "Betrokkenen bij deze rekening" listing each person with a role: the holders as "Rekeninghouder" and a third person as "Gemachtigde" or "Bewindvoerder" (an authorised person, not a holder: a decoy name) with the authorisation's start day (a decoy); the names as "MEER, J.C. VAN DER"; the quarter's period and a month-by-month summary of credits and debits (decoys), "Datum overzicht" the statement date; a transfer to the authorised person's IBAN among the transactions (a decoy IBAN)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle15(dates=("dash", "long"), amounts=("euro", "plain"))
    code = c.pick("INGB", "RABO", "ABNA", "SNSB", "ASNB", "RBRB", "TRIO")
    holders, iban, _start, end, made, home = _facts(c, code)
    quarter_end = dt.date(made.year, ((made.month - 1) // 3) * 3 + 1, 1) - dt.timedelta(days=1)
    quarter_start = dt.date(quarter_end.year, quarter_end.month - 2, 1)
    names = [h.name("caps_reversed_initials") for h in holders]
    agent = c.person(born=(1950, 1995))
    agent_iban = values.iban(c.rng, c.pick("INGB", "RABO", "ABNA", "KNAB"))
    since = quarter_start - dt.timedelta(days=c.rng.randint(40, 900))
    people_rows = [(n, "Rekeninghouder", values.date_text(h.birth_date, "dash"), "") for h, n in zip(holders, names)]
    people_rows.insert(c.rng.randint(1, len(people_rows)), (agent.name("caps_reversed_initials"), c.rng.choice(_ROLES15), values.date_text(agent.birth_date, "dash"),
                                                            f"sinds {values.date_text(since, 'dash')}"))
    who = ("<table class='ruled' style='width:100%'><tr><th>Naam</th><th>Rol</th><th>Geboortedatum</th><th>Opmerking</th></tr>"
           + "".join(f"<tr><td>{e(a)}</td><td>{e(b)}</td><td>{e(d)}</td><td>{e(x)}</td></tr>" for a, b, d, x in people_rows) + "</table>")
    months = []
    for k in range(3):
        first = dt.date(quarter_start.year, quarter_start.month + k, 1)
        months.append((values.MONTHS[first.month - 1], values.amount(c.rng.randint(150000, 420000) / 100), values.amount(c.rng.randint(120000, 400000) / 100)))
    summary = ("<table class='ruled' style='width:100%'><tr><th>Maand</th><th class='right'>Bijgeschreven</th><th class='right'>Afgeschreven</th></tr>"
               + "".join(f"<tr><td>{m} {quarter_start.year}</td><td class='right'>{c.a(a)}</td><td class='right'>{c.a(b)}</td></tr>" for m, a, b in months) + "</table>")
    tx = _transactions(c, quarter_start, quarter_end, c.rng.randint(5, 8))
    tx.insert(c.rng.randint(0, len(tx)), (values.between(c.rng, quarter_start, quarter_end), f"{agent.name('initials')} {values.iban_text(agent_iban, False)} kosten beheer",
                                          values.amount(c.rng.randint(2000, 9000) / 100), True))
    listing = ("<table style='width:100%;font-size:8.6pt'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Af</th><th class='right'>Bij</th></tr>"
               + "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}</td><td class='right'>{c.a(a) if out else ''}</td><td class='right'>{'' if out else c.a(a)}</td></tr>"
                         for d, w, a, out in tx) + "</table>")
    bank = values.BANKS.get(code, "Bank")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>{e(bank)}</span></td><td class='right small'>Kwartaaloverzicht betaalrekening</td></tr></table>"
        + address_block([names[0] + (" EN/OF" if len(names) > 1 else ""), *(names[1:]), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum overzicht", c.d(made)), ("Rekening", e(values.iban_text(iban, True))),
              ("Periode", f"{e(values.date_text(quarter_start, 'dash'))} t/m {e(values.date_text(quarter_end, 'dash'))}")], label_width="36mm")
        + "<h3>Betrokkenen bij deze rekening</h3>" + who
        + "<h3>Samenvatting per maand</h3>" + summary
        + "<h3>Transacties</h3>" + listing
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.2pt; }"), _truth(names, iban, made)


def afschrift_zijkolom_samenvatting(c: Ctx):
    """Fresh15. A monthly statement laid out in two columns: on the right a shaded sidebar holding the holders (one a line, as "J.C. v/d Meer"), the IBAN, "Afschrift nr.", "Aangemaakt" (the statement date), the opening and closing balance and the totals; on the left the transactions with each counterparty's IBAN (decoys), among them a transfer from a savings account in one holder's name only with its IBAN (a decoy holder line and IBAN)."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "DejaVu Sans")))
    c.restyle15(dates=("dash", "long"), amounts=("euro", "euro_endash"))
    code = c.pick("BUNQ", "KNAB", "TRIO", "ASNB", "SNSB", "RBRB")
    holders, iban, start, end, made, home = _facts(c, code)
    names = [h.name(c.pick("initials_particle_slash", "initials")) for h in holders]
    savings = values.iban(c.rng, code)
    opening = c.rng.randint(20000, 400000)
    tx = _transactions(c, start, end, c.rng.randint(6, 9))
    rows, balance = [], opening
    tx.insert(c.rng.randint(0, len(tx)), (values.between(c.rng, start, end), f"Van spaarrekening {values.iban_text(savings, True)} t.n.v. {holders[0].name('initials')}",
                                          values.amount(c.rng.randint(5000, 60000) / 100), False))
    tx.sort(key=lambda row: row[0])
    for d, w, a, out in tx:
        counter = values.iban(c.rng, c.pick("INGB", "RABO", "ABNA")) if "spaarrekening" not in w else ""
        cents = int(round(float(a) * 100))
        balance += -cents if out else cents
        rows.append(f"<tr><td style='white-space:nowrap'>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}<br><span class='small'>{e(values.iban_text(counter, False))}</span></td>"
                    f"<td class='right' style='white-space:nowrap'>{'-' if out else '+'}{c.a(a)}</td></tr>")
    credits = values.amount(sum(float(a) for _, _, a, out in tx if not out))
    debits = values.amount(sum(float(a) for _, _, a, out in tx if out))
    side = (
        "<td style='width:58mm;background:#eef2f5;padding:4mm;vertical-align:top'>"
        f"<div class='small'>Rekeninghouder(s)</div><div><b>{'<br>'.join(e(n) for n in names)}</b></div>"
        f"<div class='small' style='margin-top:3mm'>IBAN</div><div style='white-space:nowrap'>{e(values.iban_text(iban, True))}</div>"
        f"<div class='small' style='margin-top:3mm'>Afschrift nr.</div><div>{made.month:02d}/{made.year}</div>"
        f"<div class='small' style='margin-top:3mm'>Aangemaakt</div><div><b>{c.d(made)}</b></div>"
        f"<div class='small' style='margin-top:3mm'>Periode</div><div>{e(values.date_text(start, 'dash'))} &ndash; {e(values.date_text(end, 'dash'))}</div>"
        f"<div class='small' style='margin-top:3mm'>Beginsaldo</div><div>{c.a(values.amount(opening / 100))}</div>"
        f"<div class='small' style='margin-top:2mm'>Bijgeschreven</div><div>{c.a(credits)}</div>"
        f"<div class='small' style='margin-top:2mm'>Afgeschreven</div><div>{c.a(debits)}</div>"
        f"<div class='small' style='margin-top:2mm'>Eindsaldo</div><div><b>{c.a(values.amount(abs(balance) / 100))}{' debet' if balance < 0 else ''}</b></div></td>"
    )
    bank = values.BANKS.get(code, "Bank")
    body = (
        f"<div style='border-bottom:1px solid #333;padding-bottom:2mm'><span class='logo' style='font-size:16pt'>{e(bank)}</span> &nbsp; <span class='small'>Rekeningafschrift</span></div>"
        + address_block([*names, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "<table style='width:100%'><tr><td style='vertical-align:top;padding-right:4mm'>"
        f"<table style='width:100%;font-size:8.6pt'><tr><th>Datum</th><th>Omschrijving / tegenrekening</th><th class='right'>Bedrag</th></tr>{''.join(rows)}</table></td>"
        + side + "</tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.2pt; }"), _truth(names, iban, made)


# --- fresh16 split ---------------------------------------------------------------------------


def afschrift_informatieblad_depositogarantie(c: Ctx):
    """Fresh16. A monthly statement whose lower half is the yearly "Informatieblad voor de deposant" a bank must hand its depositors (the deposit guarantee scheme's table: "Beschermingsmaximum € 100.000 per deposant per bank", the joint-account row, "Terugbetalingstermijn 7 werkdagen", De Nederlandsche Bank's address and telephone, the sheet's own date in January and "Ontvangstbevestiging door de deposant" as decoys); the holders "ten name van" with "en/of" and the statement's "Datum afschrift" in the upper half."""
    code = c.pick("INGB", "RABO", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "RBRB")
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle16(dates=("dash", "long"), amounts=("euro", "plain"))
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("initials", "first", "initials_vd")
    names = [h.name(form) for h in holders]
    bank = values.BANKS[code]
    tx = _transactions(c, start, end, c.rng.randint(4, 7))
    rows = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}</td><td class='right'>{'-' if out else '+'} {c.a(a)}</td></tr>" for d, w, a, out in tx)
    sheet_day = dt.date(made.year, 1, c.rng.randint(2, 20))
    joint = len(holders) > 1
    dgs = [("Deposito's bij " + bank + " worden beschermd door:", "Het Nederlandse depositogarantiestelsel (De Nederlandsche Bank)"),
           ("Beschermingsmaximum:", "€ 100.000 per deposant per bank"),
           ("Als u een gezamenlijke rekening heeft met andere personen:", "Het maximum van € 100.000 geldt voor elke deposant afzonderlijk"),
           ("Terugbetalingstermijn bij faillissement van de bank:", "7 werkdagen"), ("Munteenheid van terugbetaling:", "euro"),
           ("Contactpunt:", "De Nederlandsche Bank, Postbus 98, 1000 AB Amsterdam, telefoon 0800 020 1068"),
           ("Uw rekening onder de garantie:", f"{e(values.iban_text(iban, True))} (gezamenlijke rekening: {'ja' if joint else 'nee'})"),
           ("Ontvangstbevestiging door de deposant:", f"ontvangen bij het afschrift; informatieblad van {e(values.date_text(sheet_day, 'long'))}")]
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>{e(bank)}</span></td><td class='right small'>Rekeningafschrift nr. {c.rng.randint(1, 12)}</td></tr></table>"
        + address_block([*names, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Datum afschrift", c.d(made)), ("Rekeningnummer (IBAN)", e(values.iban_text(iban, True))), ("Ten name van", e(" en/of ".join(names))),
              ("Periode", f"{e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))}")], label_width="48mm")
        + f"<table style='width:100%;margin-top:3mm;font-size:8.8pt'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bedrag</th></tr>{rows}</table>"
        + "<div style='border:1px solid #333;margin-top:8mm;padding:3mm'><b>Informatieblad voor de deposant</b> &middot; <span class='small'>Basisinformatie over de bescherming van deposito's</span>"
        + "<table class='ruled' style='width:100%;margin-top:2mm;font-size:8.4pt'>" + "".join(f"<tr><td style='width:45%'>{e(k)}</td><td>{v}</td></tr>" for k, v in dgs) + "</table></div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(names, iban, made)


def internetbankieren_paginakop_saldo_cr_db(c: Ctx):
    """Fresh16. Internet banking's transaction list printed from the browser, with the account and its holders only in the page's running head ("Betaalrekening NL.. · J.C. vd Meer en A. Jansen"), "Afgedrukt op 5 Mrt 2026 om 14:02" (the statement date) in the running foot, a filter line with the period searched (decoys), and a column "Saldo na boeking" whose balances carry "Cr" or "Db"; counterparties with their IBANs (decoys)."""
    code = c.pick("INGB", "RABO", "ABNA", "SNSB", "TRIO", "KNAB")
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle16(dates=("short_cap_nodot", "dash"), amounts=("plain",))
    holders, iban, start, end, made, _home = _facts(c, code)
    form = c.pick("initials_vd", "all", "initials")
    names = [h.name(form) for h in holders]
    bank = values.BANKS[code]
    balance = c.rng.randint(-30000, 350000) / 100
    rows = ""
    for d, w, a, out in _transactions(c, start, end, c.rng.randint(7, 11)):
        balance += -float(a) if out else float(a)
        other = values.iban_text(values.iban(c.rng, c.pick("INGB", "RABO", "ABNA", "BUNQ")), False)
        rows += (f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}<br><span class='small'>{e(other)}</span></td>"
                 f"<td class='right'>{'-' if out else '+'}{e(values.amount_text(a, 'plain'))}</td>"
                 f"<td class='right'>{e(values.amount_text(values.amount(abs(balance)), 'plain'))} {'Cr' if balance >= 0 else 'Db'}</td></tr>")
    clock = f"{c.rng.randint(7, 23):02d}:{c.rng.randint(0, 59):02d}"
    top = f"{e(bank)} Internet Bankieren &middot; Betaalrekening {e(values.iban_text(iban, True))} &middot; {e(' en '.join(names))}"
    bottom = f"Afgedrukt op {c.d(made)} om {clock} &middot; pagina 1 van 1"
    body = (
        running(top, bottom)
        + f"<h1 style='font-size:14pt'>Af- en bijschrijvingen</h1>"
        f"<div class='small' style='background:#f1f1f1;padding:2mm'>Filter: periode {e(values.date_text(start, 'dash'))} tot en met {e(values.date_text(end, 'dash'))} &middot; "
        "zoekterm: (geen) &middot; soort: alle boekingen</div>"
        "<table style='width:100%;margin-top:3mm;font-size:8.8pt'><tr><th>Boekdatum</th><th>Naam / tegenrekening</th><th class='right'>Bedrag</th><th class='right'>Saldo na boeking</th></tr>"
        + rows + "</table>"
        "<p class='small' style='margin-top:5mm'>Dit overzicht is geen rekeningafschrift in de zin van de algemene voorwaarden.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(names, iban, made)


# --- fresh17 split ---------------------------------------------------------------------------


def transacties_per_dag_gegroepeerd_dagsaldo(c: Ctx):
    """Fresh17. A transaction overview grouped by day as online banking prints it: a grey bar per day ("do 5-3-2026") with the
    balance at the end of that day (decoy dates and sums), under it the day's bookings with payment requests and transfers from named
    people and their IBANs (decoy names); the holders one under another below "Rekeninghouder(s)" and "Overzicht gemaakt op" (the
    statement date) in the head."""
    code = c.pick("RABO", "INGB", "ABNA", "SNSB", "BUNQ", "ASNB")
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("wd_nopad", "long"), amounts=("euro",))
    holders, iban, start, end, made, _home = _facts(c, code)
    form = c.pick("initials", "all", "first")
    names = [h.name(form) for h in holders]
    bank = values.BANKS[code]
    balance = c.rng.randint(20000, 400000) / 100
    days: dict[dt.date, list[str]] = {}
    closing: dict[dt.date, float] = {}
    for d, w, a, out in _transactions(c, start, end, c.rng.randint(6, 10)):
        if c.rng.random() < 0.3:
            friend = c.person(born=(1960, 2004))
            w, out = f"{c.pick('Betaalverzoek van', 'Overboeking', 'Tikkie')} {friend.name('initials')}", False
            w += f" · {values.iban_text(values.iban(c.rng, c.pick('INGB', 'RABO', 'BUNQ', 'ABNA')), True)}"
        balance += -float(a) if out else float(a)
        days.setdefault(d, []).append(f"<tr><td style='padding-left:4mm'>{e(w)}</td><td class='right'>{'-' if out else '+'} {e(values.amount_text(a, 'plain'))}</td></tr>")
        closing[d] = balance
    rows = "".join(f"<tr style='background:#e9ecef'><td><b>{e(values.date_text(d, 'wd_nopad'))}</b></td><td class='right small'>saldo einde dag "
                   f"{'-' if closing[d] < 0 else ''}{e(values.amount_text(values.amount(abs(closing[d])), 'euro'))}</td></tr>" + "".join(items)
                   for d, items in days.items())
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(bank)}</span></td>"
        f"<td class='right small'>Overzicht gemaakt op {c.d(made)}</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:4mm'>Transactieoverzicht</h1>"
        "<table style='width:100%'><tr><td style='vertical-align:top;width:55%'><span class='small' style='color:#555'>Rekeninghouder(s)</span><br>"
        + "<br>".join(f"<b>{e(n)}</b>" for n in names)
        + f"</td><td style='vertical-align:top'><span class='small' style='color:#555'>Rekening</span><br>{e(values.iban_text(iban, True))}<br>"
        f"<span class='small'>Periode {e(values.date_text(start, 'dash'))} - {e(values.date_text(end, 'dash'))}</span></td></tr></table>"
        f"<table style='width:100%;margin-top:4mm;font-size:8.8pt'>{rows}</table>"
        "<p class='small' style='margin-top:5mm'>Bedragen met + zijn bijgeschreven, bedragen met - afgeschreven.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(names, iban, made)


def afschrift_tenaamstelling_e_o_titulatuur(c: Ctx):
    """Fresh17. A quarterly statement from a bank's statement run: "Tenaamstelling Hr J.C. van der Meer e/o Mw A. Jansen" (the holders
    with the bank's titles without dots, joined by "e/o"), an "Afschriftnummer", "Vorig afschrift d.d." (a decoy date), columns "Boekdatum"
    and "Valutadatum" (decoy dates) with "Af" and "Bij", the quarter's interest line, and "Afschriftdatum" the statement date (sometimes as
    "05-MRT-26")."""
    code = c.pick("SNSB", "RBRB", "ASNB", "INGB", "RABO", "TRIO")
    c.font_of(c.pick(("Liberation Mono", "DejaVu Sans Mono"), ("Liberation Sans", "DejaVu Sans")))
    c.restyle17(dates=("oracle_mon_2y", "dot_pad", "dash"), amounts=("plain",))
    holders, iban, start, end, made, home = _facts(c, code)
    names = [h.name("initials") for h in holders]
    titled = " e/o ".join(f"{'Hr' if h.sex == 'm' else 'Mw'} {n}" for h, n in zip(holders, names))
    bank = values.BANKS[code]
    previous = made - dt.timedelta(days=c.rng.randint(88, 95))
    rows = ""
    for d, w, a, out in _transactions(c, start, end, c.rng.randint(5, 8)):
        value_day = d + dt.timedelta(days=c.rng.choice((0, 0, 1, 2)))
        rows += (f"<tr><td>{e(values.date_text(d, 'dot_pad'))}</td><td>{e(values.date_text(value_day, 'dot_pad'))}</td><td>{e(w)}</td>"
                 f"<td class='right'>{e(values.amount_text(a, 'plain')) if out else ''}</td><td class='right'>{'' if out else e(values.amount_text(a, 'plain'))}</td></tr>")
    interest = values.amount(c.rng.randint(1, 450) / 100)
    rows += (f"<tr><td>{e(values.date_text(end, 'dot_pad'))}</td><td>{e(values.date_text(end, 'dot_pad'))}</td><td>Creditrente kwartaal</td><td></td>"
             f"<td class='right'>{e(values.amount_text(interest, 'plain'))}</td></tr>")
    body = (
        f"<div style='font-size:16pt;font-weight:bold'>{e(bank)}</div>"
        + address_block([titled, home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + kv([("Tenaamstelling", e(titled)), ("Rekeningnummer", e(values.iban_text(iban, True))),
              ("Afschriftnummer", f"{made.year}/{c.rng.randint(1, 4):02d}"), ("Vorig afschrift d.d.", e(values.date_text(previous, "dot_pad"))),
              ("Afschriftdatum", c.d(made))], label_width="44mm")
        + "<table class='ruled' style='width:100%;margin-top:4mm;font-size:8.6pt'><tr><th>Boekdatum</th><th>Valutadatum</th><th>Omschrijving</th>"
        f"<th class='right'>Af</th><th class='right'>Bij</th></tr>{rows}</table>"
        "<p class='small' style='margin-top:5mm'>Controleer dit afschrift. Klopt er iets niet, meld het ons dan binnen 13 maanden.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.2pt; }"), _truth(names, iban, made)


# --- fresh18 split ---------------------------------------------------------------------------

_APPS18 = ("Potjesplanner", "Kasboekje Online", "BudgetBaas", "Geldkompas")
_CATEGORIES18 = ("Boodschappen", "Vaste lasten", "Vervoer", "Abonnementen", "Zorg", "Vrije tijd", "Huishouden")


def budgetapp_export_gekoppelde_rekeningen(c: Ctx):
    """Fresh18. A budgeting app's PDF export of a joint account fetched through the banks' open-banking link: the app's name, the
    linked accounts in a table (the joint account with its holders joined by "&", and a child's pocket-money account with its own IBAN and
    holder: decoys), "Laatst gesynchroniseerd" (a decoy date), the period, the transactions with the app's categories and pots, and in the
    footer "Geëxporteerd op" (the statement date)."""
    code = c.pick("ASNB", "KNAB", "SNSB", "BUNQ", "INGB", "RABO")
    c.font_of(c.pick(("Quicksand", "Open Sans"), ("Cantarell", "Carlito")))
    c.restyle17(dates=("short", "iso", "slash_2y"), amounts=("euro",))
    holders, iban, start, end, made, _home = _facts(c, code)
    form = c.pick("first", "initials", "all")
    names = [h.name(form) for h in holders]
    child = c.person(born=(2010, 2017), surname=holders[0].surname)
    child_iban = values.iban(c.rng, c.pick("INGB", "RABO", "ABNA", "BUNQ"))
    app = c.rng.choice(_APPS18)
    synced = made - dt.timedelta(days=c.rng.randint(1, 4))
    accounts = (f"<tr><td>&#9679;</td><td>{e(values.BANKS[code])} betaalrekening</td><td>{e(values.iban_text(iban, True))}</td><td>{e(' & '.join(names))}</td><td>geselecteerd</td></tr>"
                f"<tr><td style='color:#999'>&#9675;</td><td>Zakgeldrekening</td><td>{e(values.iban_text(child_iban, True))}</td><td>{e(child.name('first'))}</td><td>niet in export</td></tr>")
    rows = ""
    for d, w, a, out in _transactions(c, start, end, c.rng.randint(7, 11)):
        rows += (f"<tr><td>{e(values.date_text(d, 'short'))}</td><td>{e(w)}</td><td><span style='background:#eef;padding:0 2mm;border-radius:2mm'>{e(c.rng.choice(_CATEGORIES18))}</span></td>"
                 f"<td class='right' style='color:{'#b00' if out else '#070'}'>{'-' if out else '+'}{e(values.amount_text(a, 'euro'))}</td></tr>")
    body = (
        f"<div style='display:flex;justify-content:space-between;align-items:center'><span class='logo' style='font-size:17pt;color:#2a7d5f'>{e(app)}</span>"
        f"<span class='small'>Laatst gesynchroniseerd: {e(values.date_text(synced, 'dash'))}</span></div>"
        "<h1 style='font-size:13pt;margin-top:4mm'>Export rekeningoverzicht</h1>"
        "<table class='lines' style='width:100%;font-size:8.6pt'><tr><th></th><th>Rekening</th><th>IBAN</th><th>Rekeninghouder(s)</th><th></th></tr>" + accounts + "</table>"
        f"<p class='small'>Periode {e(values.date_text(start, 'long'))} t/m {e(values.date_text(end, 'long'))} &middot; opgehaald via de koppeling met uw bank (PSD2)</p>"
        "<table class='lines' style='width:100%;font-size:8.8pt'><tr><th>Datum</th><th>Omschrijving</th><th>Potje</th><th class='right'>Bedrag</th></tr>" + rows + "</table>"
        f"<p class='small' style='margin-top:6mm;border-top:0.5px solid #aaa;padding-top:1mm'>Geëxporteerd op {c.d(made)} met {e(app)}. "
        "Dit overzicht is geen officieel bankafschrift; de gegevens komen van uw bank.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(names, iban, made)


def duurzame_bank_afschrift_impactkader(c: Ctx):
    """Fresh18. A sustainable bank's monthly statement: the holders under "Rekeninghouders" each with "de heer" or "mevrouw" before
    the name (titles not part of the names), the transactions on the left and a side column with the month's impact (kilograms of CO2,
    decoy figures), the linked savings account's IBAN (a decoy) and "Volgend afschrift" (a decoy date); "Datum afschrift" the statement date."""
    code = c.pick("ASNB", "TRIO", "ASNB")
    c.font_of(c.pick(("Cantarell", "Open Sans"), ("Carlito", "Liberation Sans")))
    c.restyle17(dates=("long", "short", "iso"), amounts=("euro",))
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("initials", "all")
    names = [h.name(form) for h in holders]
    savings = values.iban(c.rng, code)
    following = made + dt.timedelta(days=c.rng.randint(28, 31))
    rows = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}</td><td class='right'>{'-' if out else '+'} {e(values.amount_text(a, 'plain'))}</td></tr>"
                   for d, w, a, out in _transactions(c, start, end, c.rng.randint(6, 9)))
    side = (f"<div style='background:#e9f4ec;padding:3mm;font-size:8.4pt'><b>Uw impact deze maand</b><br>CO<sub>2</sub>-uitstoot van uw uitgaven: "
            f"{c.rng.randint(120, 900)} kg<br>Vermeden door duurzaam sparen: {c.rng.randint(10, 90)} kg<br><br><b>Gekoppelde spaarrekening</b><br>"
            f"{e(values.iban_text(savings, True))}<br><br><b>Volgend afschrift</b><br>{e(values.date_text(following, 'long'))}</div>")
    body = (
        f"<div class='logo' style='font-size:16pt;color:#2f7d3c'>{e(values.BANKS[code])}</div>"
        + address_block([" en ".join(h.name('initials') for h in holders), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Rekeninghouders", "<br>".join(f"{'de heer' if h.sex == 'm' else 'mevrouw'} {e(n)}" for h, n in zip(holders, names))),
              ("Rekening", e(values.iban_text(iban, True))), ("Datum afschrift", f"<b>{c.d(made)}</b>"),
              ("Periode", f"{e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))}")], label_width="40mm")
        + "<table style='width:100%;table-layout:fixed;margin-top:4mm'><tr>"
        f"<td style='vertical-align:top'><table class='lines' style='width:100%;font-size:8.8pt'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bedrag</th></tr>{rows}</table></td>"
        f"<td style='width:52mm;vertical-align:top;padding-left:4mm'>{side}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(names, iban, made)


# --- fresh19 split ---------------------------------------------------------------------------


def afschrift_budgetcoach_pennotities(c: Ctx):
    """Fresh19. A monthly statement as a budget coach (schuldhulpmaatje) went over it with a blue pen: ticks after the lines, the rent
    to the corporation circled, a margin note with the month's fixed costs summed and the coach's initials with the day checked (decoy sum
    and date); the holders one per line under "Rekeninghouders", the IBAN, "Afschriftdatum" the statement date."""
    code = c.pick("INGB", "RABO", "ABNA", "SNSB", "RBRB")
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("dash", "short", "long"), amounts=("euro",))
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("initials", "all", "first")
    names = [h.name(form) for h in holders]
    corp = c.pick("Ymere", "Portaal", "Woonbron", "Vivare", "Accolade", "Stadgenoot")
    rent = values.amount(c.rng.randint(520, 880) + c.rng.randint(0, 99) / 100)
    tx = _transactions(c, start, end, c.rng.randint(7, 10))
    tx.insert(c.rng.randint(0, 2), (start + dt.timedelta(days=c.rng.randint(0, 3)), f"Huur {corp} contract {c.rng.randint(100000, 999999)}", rent, True))
    pen = "font-family:'Comic Neue';color:#1a3fa8"
    rows = ""
    for d, w, a, out in tx:
        ring = "border:1.6px solid #1a3fa8;border-radius:45%;padding:0 1.5mm" if w.startswith("Huur ") else ""
        rows += (f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}</td><td class='right'><span style='{ring}'>{'-' if out else '+'}{e(values.amount_text(a, 'plain'))}</span></td>"
                 f"<td style='{pen};width:8mm'>{'&#10003;' if c.rng.random() < 0.8 else '?'}</td></tr>")
    fixed = values.amount(float(rent) + c.rng.randint(140, 420) + c.rng.randint(0, 99) / 100)
    checked = made + dt.timedelta(days=c.rng.randint(2, 14))
    body = (
        f"<div class='logo' style='font-size:16pt'>{e(values.BANKS[code])}</div>"
        + address_block([" en ".join(h.name('initials') for h in holders), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "<table style='width:100%'><tr><td>"
        + kv([("Rekeninghouders", "<br>".join(e(n) for n in names)), ("Rekeningnummer", e(values.iban_text(iban, True))),
              ("Afschriftdatum", c.d(made)), ("Periode", f"{e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))}")], label_width="40mm")
        + f"</td><td style='{pen};width:48mm;transform:rotate(-4deg);font-size:11pt'>vaste lasten<br>= {e(values.amount_text(fixed, 'euro'))}<br>"
        f"gezien {e(values.date_text(checked, 'slash_nopad_2y'))} {e(''.join(x[0] for x in c.person().name('all').split()[:2]).upper())}</td></tr></table>"
        "<table class='lines' style='width:100%;font-size:8.8pt;margin-top:3mm'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bedrag (EUR)</th><th></th></tr>"
        + rows + "</table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(names, iban, made)


def tablet_splitview_rekeningen(c: Ctx):
    """Fresh19. A tablet's banking app printed in landscape split view: a status bar with the time, on the left the list of accounts
    (the joint current account with its holders joined by "en", a savings account with its own IBAN and a credit card with a masked
    number: decoys), on the right the selected account's transactions, a scheduled payment with its own date (a decoy) and "Bijgewerkt"
    with the statement date."""
    code = c.pick("INGB", "RABO", "ABNA", "BUNQ", "SNSB")
    c.font_of(c.pick(("Open Sans", "Cantarell"), ("Carlito", "Quicksand")))
    c.restyle17(dates=("short", "long", "nopad"), amounts=("euro",))
    holders, iban, start, end, made, _home = _facts(c, code)
    form = c.pick("first", "all", "initials")
    names = [h.name(form) for h in holders]
    savings = values.iban(c.rng, code)
    planned = made + dt.timedelta(days=c.rng.randint(2, 20))
    left = (
        "<div style='font-size:8.4pt'><b style='font-size:10pt'>Rekeningen</b>"
        f"<div style='background:#e7eefb;border-radius:2mm;padding:2mm;margin-top:2mm'><b>Gezamenlijke rekening</b><br>{e(values.iban_text(iban, True))}<br>{e(' en '.join(names))}</div>"
        f"<div style='padding:2mm'><b>Spaarrekening</b><br>{e(values.iban_text(savings, True))}</div>"
        f"<div style='padding:2mm'><b>Creditcard</b><br>**** **** **** {c.rng.randint(1000, 9999)}</div></div>"
    )
    rows = "".join(f"<tr><td>{e(values.date_text(d, 'short'))}</td><td>{e(w)}</td><td class='right'>{'-' if out else '+'} {e(values.amount_text(a, 'euro'))}</td></tr>"
                   for d, w, a, out in _transactions(c, start, end, c.rng.randint(8, 12)))
    right = (
        f"<div style='display:flex;justify-content:space-between'><b style='font-size:11pt'>Gezamenlijke rekening</b><span class='small'>Bijgewerkt {c.d(made)}</span></div>"
        f"<div class='small'>{e(values.iban_text(iban, True))} &middot; {e(' en '.join(names))}</div>"
        f"<div style='border:0.6px dashed #999;padding:1.5mm;margin:2mm 0;font-size:8.4pt'>Gepland: {e(values.date_text(planned, 'long'))} &mdash; "
        f"{e(c.rng.choice(_SHOPS))} {e(values.amount_text(values.amount(c.rng.randint(20, 150)), 'euro'))}</div>"
        "<table class='lines' style='width:100%;font-size:8.6pt'>" + rows + "</table>"
    )
    body = (
        f"<div style='display:flex;justify-content:space-between;font-size:7.5pt;color:#333'><span>{c.rng.randint(7, 22)}:{c.rng.randint(0, 59):02d}</span>"
        f"<span>{e(values.BANKS[code])}</span><span>Wi-Fi &nbsp; {c.rng.randint(20, 99)}%</span></div>"
        "<table style='width:100%;table-layout:fixed;margin-top:2mm'><tr>"
        f"<td style='width:70mm;border-right:0.6px solid #ccc;vertical-align:top'>{left}</td><td style='padding-left:5mm;vertical-align:top'>{right}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS + " body { font-size: 9.2pt; }"), _truth(names, iban, made)


# --- fresh20 split ---------------------------------------------------------------------------

_BRANCHES20 = ("Amsterdam Bijlmerplein", "Rotterdam Zuidplein", "Utrecht Centrum", "Den Haag Leyweg", "Eindhoven Woensel", "Groningen Herestraat", "Tilburg Heuvel")


def afschrift_duplicaat_balie_stempel(c: Ctx):
    """Fresh20. A duplicate of an old monthly statement ordered at a bank's branch: the statement as it was, with its number, period
    and "Datum afschrift" (the statement date), and across it a red "DUPLICAAT" stamp with the day the duplicate was made, the branch, the
    request number and the fee with the day it was debited (decoy dates and a decoy sum); the holders under "Ten name van" joined by "en/of"."""
    code = c.pick("RABO", "ABNA", "INGB", "SNSB")
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Liberation Serif")))
    c.restyle17(dates=("dash", "long", "short"), amounts=("euro",))
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("initials", "all", "first")
    names = [h.name(form) for h in holders]
    copied = made + dt.timedelta(days=c.rng.randint(40, 320))
    fee = c.pick("5.00", "7.50", "10.00", "12.50")
    tx = _transactions(c, start, end, c.rng.randint(7, 11))
    rows = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}</td><td class='right'>{'' if out else e(values.amount_text(a, 'plain'))}</td>"
                   f"<td class='right'>{e(values.amount_text(a, 'plain')) if out else ''}</td></tr>" for d, w, a, out in tx)
    dup = ("<div style='display:inline-block;border:3px solid #c0282d;color:#c0282d;padding:2mm 4mm;transform:rotate(-9deg);"
           "text-align:center;font-weight:bold;background:rgba(255,255,255,0.6)'><div style='font-size:20pt;letter-spacing:3px'>DUPLICAAT</div>"
           f"<div style='font-size:8pt'>vervaardigd {e(values.date_text(copied, 'dash'))}<br>kantoor {e(c.rng.choice(_BRANCHES20))}<br>"
           f"aanvraag {c.rng.randint(100000, 999999)} &middot; kosten {e(values.amount_text(fee, 'euro'))}</div></div>")
    body = (
        f"<table style='width:100%'><tr><td><div class='logo' style='font-size:16pt'>{e(values.BANKS[code])}</div>"
        + address_block([" en/of ".join(h.name("initials") for h in holders), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"</td><td class='right' style='width:66mm;vertical-align:middle'>{dup}</td></tr></table>"
        + "<h2>Rekeningafschrift</h2>"
        + kv([("Ten name van", " en/of ".join(e(n) for n in names)), ("Rekeningnummer (IBAN)", e(values.iban_text(iban, True))),
              ("Afschriftnummer", f"{c.rng.randint(1, 12)} / {made.year}"), ("Periode", f"{e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))}"),
              ("Datum afschrift", f"<b>{c.d(made)}</b>")], label_width="46mm")
        + "<table class='lines' style='width:100%;font-size:8.8pt;margin-top:4mm'><tr><th>Boekdatum</th><th>Omschrijving</th><th class='right'>Bij</th><th class='right'>Af</th></tr>"
        + rows + "</table>"
        f"<p class='small' style='margin-top:5mm'>Dit is een kopie van een eerder verstrekt afschrift. De kosten van {e(values.amount_text(fee, 'euro'))} zijn van uw rekening "
        f"afgeschreven op {e(values.date_text(copied + dt.timedelta(days=1), 'dash'))}.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(names, iban, made)


def afschrift_grote_letters_blokken(c: Ctx):
    """Fresh20. A monthly statement in large print that the bank sends on request to partially sighted clients: about 15 pt, every holder
    on a line of their own, the facts as large labelled lines, each booking a block of two lines; the opening and closing balances with their
    dates and the next statement's expected day as decoys; "Datum van dit afschrift" the statement date."""
    code = c.pick("INGB", "RABO", "ABNA", "SNSB", "ASNB")
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Open Sans", "Carlito")))
    c.restyle17(dates=("long", "weekday", "dash"), amounts=("euro", "suffix"))
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("first", "initials", "all")
    names = [h.name(form) for h in holders]
    tx = _transactions(c, start, end, c.rng.randint(4, 5))
    opening = values.amount(c.rng.randint(100, 4000) + c.rng.randint(0, 99) / 100)
    closing = values.amount(float(opening) + sum((-1 if out else 1) * float(a) for _, _, a, out in tx) + c.rng.randint(800, 2500))
    blocks = "".join(f"<div style='border-top:1.5px solid #000;padding:1.5mm 0'><b>{e(values.date_text(d, 'long'))}</b> &nbsp; {'af' if out else 'bij'} "
                     f"<b>{e(values.amount_text(a, 'euro'))}</b><br>{e(w)}</div>" for d, w, a, out in tx)
    body = (
        f"<div class='logo' style='font-size:22pt'>{e(values.BANKS[code])}</div>"
        "<h1 style='font-size:22pt;margin-top:4mm'>Uw afschrift</h1>"
        f"<div style='margin:2mm 0'>Datum van dit afschrift:<br><b style='font-size:17pt'>{c.d(made)}</b></div>"
        "<div style='margin:2mm 0'>Rekeninghouders:<br>" + "".join(f"<b>{e(n)}</b><br>" for n in names) + "</div>"
        f"<div style='margin:2mm 0'>Rekeningnummer:<br><b>{e(values.iban_text(iban, True))}</b></div>"
        f"<div style='margin:2mm 0'>Saldo op {e(values.date_text(start, 'long'))}: <b>{e(values.amount_text(opening, 'euro'))}</b><br>"
        f"Saldo op {e(values.date_text(end, 'long'))}: <b>{e(values.amount_text(closing, 'euro'))}</b></div>"
        + blocks
        + f"<p style='font-size:11pt;margin-top:3mm'>U krijgt dit afschrift in grote letters. Het volgende afschrift komt rond "
        f"{e(values.date_text(made + dt.timedelta(days=c.rng.randint(28, 33)), 'long'))}.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 14.5pt; line-height: 1.3; } @page { margin: 14mm 16mm 14mm 18mm; }"), _truth(names, iban, made)


# --- fresh21 split ---------------------------------------------------------------------------


def slotafschrift_rekening_opgeheven(c: Ctx):
    """Fresh21. The last statement ("Slotafschrift") of a joint current account the holders closed: the last bookings, the interest and
    the package fee up to the closing day, the remaining balance transferred to another account at another bank (its IBAN, the holder it
    is in the name of and the sum as decoys), "Rekening opgeheven per" a decoy date, the closing balance 0,00; "Datum slotafschrift" the
    statement date, the holders under "Rekeninghouders" joined by "en"."""
    code = c.pick("SNSB", "ABNA", "RABO", "INGB", "TRIO")
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "short_nodot", "wd_nopad"), amounts=("euro",))
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("initials", "first", "all")
    names = [h.name(form) for h in holders]
    closed = end - dt.timedelta(days=c.rng.randint(0, min(6, (end - start).days)))
    other = values.iban(c.rng, c.pick(*(b for b in ("INGB", "RABO", "ABNA", "BUNQ", "KNAB", "ASNB") if b != code)))
    tx = _transactions(c, start, closed, c.rng.randint(4, 7))
    rest = values.amount(c.rng.randint(40, 2600) + c.rng.randint(0, 99) / 100)
    rows = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}</td><td class='right'>{'' if out else e(values.amount_text(a, 'plain'))}</td>"
                   f"<td class='right'>{e(values.amount_text(a, 'plain')) if out else ''}</td></tr>" for d, w, a, out in tx)
    rows += (f"<tr><td>{e(values.date_text(closed, 'dash'))}</td><td>Rente t/m opheffingsdatum</td><td class='right'>0,{c.rng.randint(1, 90):02d}</td><td></td></tr>"
             f"<tr><td>{e(values.date_text(closed, 'dash'))}</td><td>Kosten betaalpakket (naar rato)</td><td></td><td class='right'>{c.rng.randint(1, 4)},{c.rng.randint(0, 99):02d}</td></tr>"
             f"<tr><td>{e(values.date_text(closed, 'dash'))}</td><td>Overboeking saldo naar {e(values.iban_text(other, True))} t.n.v. {e(holders[0].name('initials'))}</td>"
             f"<td></td><td class='right'>{e(values.amount_text(rest, 'plain'))}</td></tr>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:17pt'>{e(values.BANKS[code])}</span></td>"
        "<td class='right' style='font-size:13pt;font-weight:bold;color:#7a1f1f'>SLOTAFSCHRIFT</td></tr></table>"
        + address_block([" en ".join(h.name("initials") for h in holders), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Rekeninghouders", "<br>".join(e(n) for n in names)), ("Rekeningnummer", e(values.iban_text(iban, True))),
              ("Periode", f"{e(values.date_text(start, 'dash'))} t/m {e(values.date_text(closed, 'dash'))}"),
              ("Rekening opgeheven per", e(values.date_text(closed, "long"))), ("Datum slotafschrift", f"<b>{c.d(made)}</b>")], label_width="50mm")
        + "<table class='lines' style='width:100%;font-size:8.8pt;margin-top:4mm'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bij</th><th class='right'>Af</th></tr>"
        + rows + "</table>"
        "<p style='margin-top:3mm'><b>Eindsaldo: 0,00</b></p>"
        f"<div class='box small' style='margin-top:5mm'>U hebt uw rekening opgeheven. Het resterende saldo van {e(values.amount_text(rest, 'euro'))} hebben wij overgemaakt "
        f"naar de rekening die u hebt opgegeven: {e(values.iban_text(other, True))}. Betaalpassen die bij deze rekening horen, zijn geblokkeerd. Dit is het laatste "
        "afschrift dat u van deze rekening ontvangt; bewaar het bij uw administratie.</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(names, iban, made)


def afschrift_overstapservice_doorgeleid(c: Ctx):
    """Fresh21. A new joint account's monthly statement while the banks' switching service runs: bookings forwarded from the old account
    are marked "Overstapservice via" the old account's IBAN at the other bank (a decoy IBAN printed on several lines), a box with the day the
    service began and the day it ends thirteen months later (decoy dates); "Afschriftdatum" the statement date, the holders under
    "Rekeninghouder(s)" one a line."""
    code = c.pick("ASNB", "TRIO", "KNAB", "SNSB", "RBRB")
    c.font_of(c.pick(("Open Sans", "Cantarell"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "dot_pad", "short_nodot"), amounts=("euro",))
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("all", "first", "initials")
    names = [h.name(form) for h in holders]
    old_code = c.pick("INGB", "RABO", "ABNA")
    old = values.iban(c.rng, old_code)
    began = start - dt.timedelta(days=c.rng.randint(20, 200))
    stops = dt.date(began.year + 1 + (began.month + 1 > 12), (began.month + 1 - 1) % 12 + 1, min(began.day, 28))
    tx = _transactions(c, start, end, c.rng.randint(6, 9))
    via = set(c.rng.sample(range(len(tx)), min(3, len(tx))))
    rows = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}"
                   + (f"<br><span class='small'>Overstapservice via {e(values.iban_text(old, True))}</span>" if i in via else "")
                   + f"</td><td class='right'>{'' if out else e(values.amount_text(a, 'plain'))}</td><td class='right'>{e(values.amount_text(a, 'plain')) if out else ''}</td></tr>"
                   for i, (d, w, a, out) in enumerate(tx))
    body = (
        f"<div class='logo' style='font-size:18pt'>{e(values.BANKS[code])}</div>"
        + address_block([" & ".join(h.name("initials") for h in holders), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "<h2>Rekeningafschrift betaalrekening</h2>"
        + kv([("Rekeninghouder(s)", "<br>".join(e(n) for n in names)), ("IBAN", e(values.iban_text(iban, True))),
              ("Periode", f"{e(values.date_text(start, 'long'))} &ndash; {e(values.date_text(end, 'long'))}"), ("Afschriftdatum", f"<b>{c.d(made)}</b>")],
             label_width="44mm")
        + "<div class='box small' style='background:#eef4ea;margin-top:4mm'><b>Overstapservice</b><br>"
        f"Uw oude rekening {e(values.iban_text(old, True))} bij {e(values.BANKS[old_code])} wordt doorgeleid naar deze rekening. "
        f"Ingangsdatum: {e(values.date_text(began, 'dash'))} &middot; einddatum: {e(values.date_text(stops, 'dash'))}. Ongeveer een maand voor de einddatum "
        "krijgt u van ons een brief.</div>"
        + "<table class='lines' style='width:100%;font-size:8.8pt;margin-top:3mm'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bij</th><th class='right'>Af</th></tr>"
        + rows + "</table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(names, iban, made)


# --- fresh22 split ---------------------------------------------------------------------------

_ADVISERS22 = ("Van Dam Financiële Diensten", "Bolk & Visser Assurantiën", "Hypotheek- en Verzekeringskantoor De Brink", "Financieel Adviesbureau Kortman",
               "Geerts Adviesgroep", "Assurantiekantoor Hofstede", "Bureau Nijland Geldzaken")


def regiobank_adviseur_kantoor_afschrift(c: Ctx):
    """Fresh22. A RegioBank statement of a joint current account held through a local independent adviser's office: a box "Uw adviseur"
    with the office's name, street, postcode, town and telephone (a decoy address), a booking of an insurance premium collected by that office
    with its IBAN (a decoy IBAN), the holders in the window and under "Rekeninghouder(s)" joined by "en/of", the previous statement's day
    as a decoy; "Datum afschrift" the statement date."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "Cantarell")))
    c.restyle17(dates=("dash", "long", "dot_pad", "wd_nopad"), amounts=("euro",))
    holders, iban, start, end, made, home = _facts(c, "RBRB")
    form = c.pick("initials", "first", "all")
    names = [h.name(form) for h in holders]
    office, where = c.rng.choice(_ADVISERS22), people.address(c.rng)
    office_iban = values.iban(c.rng, c.pick("RABO", "INGB", "ABNA", "RBRB"))
    tx = _transactions(c, start, end, c.rng.randint(5, 8))
    premium = (values.between(c.rng, start, end), f"Premie woonhuis- en inboedelverzekering via {office}", values.amount(c.rng.randint(18, 95) + c.rng.randint(0, 99) / 100), True)
    tx = sorted(tx + [premium])
    rows = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}" + (f"<br><span class='small'>{e(values.iban_text(office_iban, True))}</span>" if w == premium[1] else "")
                   + f"</td><td class='right'>{e(values.amount_text(a, 'plain')) if out else ''}</td><td class='right'>{'' if out else e(values.amount_text(a, 'plain'))}</td></tr>"
                   for d, w, a, out in tx)
    previous = start - dt.timedelta(days=c.rng.randint(1, 6))
    body = (
        "<table style='width:100%'><tr><td><span class='logo' style='font-size:18pt;color:#e2001a'>RegioBank</span><br><span class='small'>dichtbij</span></td>"
        "<td class='small' style='width:70mm;border:0.8px solid #e2001a;padding:2mm 3mm'><b>Uw adviseur</b><br>"
        f"{e(office)}<br>{e(where.line1())}<br>{e(values.postcode_text(where.postcode, True))}  {e(where.city)}<br>Telefoon 0{c.rng.randint(100, 599)}-{c.rng.randint(100000, 999999)}</td></tr></table>"
        + address_block([" en/of ".join(h.name("initials") for h in holders), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "<h2>Rekeningafschrift RegioBank Betalen</h2>"
        + kv([("Rekeninghouder(s)", e(" en/of ".join(names))), ("IBAN", e(values.iban_text(iban, True))),
              ("Periode", f"{e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))}"),
              ("Vorig afschrift", e(values.date_text(previous, "dash"))), ("Datum afschrift", f"<b>{c.d(made)}</b>")], label_width="44mm")
        + "<table class='lines' style='width:100%;font-size:8.8pt;margin-top:3mm'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Af</th><th class='right'>Bij</th></tr>"
        + rows + "</table>"
        f"<p class='small' style='margin-top:4mm'>Vragen over uw rekening? Uw adviseur {e(office)} helpt u graag. RegioBank is een handelsnaam van de Volksbank N.V.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(names, iban, made)


def vergoedingenstaat_betaalrekening_jaar(c: Ctx):
    """Fresh22. The yearly "Vergoedingenstaat" (statement of fees) a bank must send for a payment account under the EU's Payment Accounts
    Directive, in the standard format: the provider, the holders ("Naam van de klant(en)"), the IBAN, the year as the period (1 January to
    31 December: decoy dates), a table of services with the number of times used and the fees, the total fees, the debit and credit interest
    rates and the interest paid and received (decoy sums and rates); "Datum" the statement date, made in January or February."""
    code = c.pick("INGB", "ABNA", "SNSB", "ASNB", "TRIO", "KNAB", "RABO")
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Open Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "long_pad", "short_nodot"), amounts=("euro",))
    holders, iban, _start, _end, _made, home = _facts(c, code)
    made = c.date((2026, 1, 8), (2026, 2, 27))
    year = made.year - 1
    form = c.pick("all", "initials", "first")
    names = [h.name(form) for h in holders]
    services = [("Onderhoud van de rekening", "12 maanden", c.rng.randint(2400, 5400)), ("Debetkaart", f"{len(holders)}", c.rng.randint(0, 1800) * len(holders)),
                ("Creditcard", c.pick("0", "1"), c.rng.choice((0, 0, 2000, 2400))), ("Overmaking (SEPA)", str(c.rng.randint(40, 300)), 0),
                ("Geld opnemen in euro (buitenland)", str(c.rng.randint(0, 6)), c.rng.randint(0, 900)), ("Betalen in vreemde valuta", str(c.rng.randint(0, 12)), c.rng.randint(0, 450))]
    total = sum(v for _, _, v in services)
    fee = lambda cents: e(values.amount_text(f"{cents // 100}.{cents % 100:02d}", "euro"))  # noqa: E731
    rows = "".join(f"<tr><td>{e(s)}</td><td class='right'>{e(n)}</td><td class='right'>{fee(v)}</td></tr>" for s, n, v in services)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:17pt'>{e(values.BANKS[code])}</span></td>"
        "<td class='right' style='font-size:14pt;font-weight:bold'>Vergoedingenstaat</td></tr></table>"
        + address_block([" en ".join(h.name("initials") for h in holders), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + kv([("Naam van de aanbieder van de rekening", e(values.BANKS[code])), ("Naam van de klant(en)", "<br>".join(e(n) for n in names)),
              ("Rekening", e(values.iban_text(iban, True))), ("Periode", f"{e(values.date_text(dt.date(year, 1, 1), 'long'))} tot en met {e(values.date_text(dt.date(year, 12, 31), 'long'))}"),
              ("Datum", f"<b>{c.d(made)}</b>")], label_width="70mm")
        + "<h3>Overzicht van de vergoedingen</h3>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Dienst</th><th class='right'>Aantal keer</th><th class='right'>Vergoeding</th></tr>"
        + rows + f"<tr><td colspan='2'><b>Totaal van de betaalde vergoedingen</b></td><td class='right'><b>{fee(total)}</b></td></tr></table>"
        "<h3>Informatie over rente</h3>"
        "<table class='ruled' style='width:100%;font-size:9pt'>"
        f"<tr><td>Debetrentevoet (rood staan)</td><td class='right'>{c.pick('11,25', '12,40', '13,50')}% per jaar</td></tr>"
        f"<tr><td>Totaal in rekening gebrachte rente</td><td class='right'>{fee(c.rng.choice((0, 0, c.rng.randint(10, 1500))))}</td></tr>"
        f"<tr><td>Creditrentevoet</td><td class='right'>{c.pick('0,00', '0,01', '0,05')}% per jaar</td></tr>"
        f"<tr><td>Totaal verdiende rente</td><td class='right'>{fee(c.rng.randint(0, 120))}</td></tr></table>"
        "<p class='small' style='margin-top:4mm'>Deze vergoedingenstaat ontvangt u één keer per jaar. Hij laat zien welke kosten u over het afgelopen jaar voor "
        "uw betaalrekening hebt betaald en welke rente is verrekend. U hoeft er niets mee te doen.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(names, iban, made)


# --- fresh23 split ---------------------------------------------------------------------------

_CREDITORS23 = (("Woonstichting De Key", "Huur", "NL37ZZZ332217910000"), ("Vattenfall Klantenservice N.V.", "Termijnbedrag energie", "NL09ZZZ330375940000"),
                ("Zilveren Kruis Zorgverzekeringen N.V.", "Premie zorgverzekering", "NL72ZZZ302087680000"), ("Ziggo Services B.V.", "Abonnement internet en tv", "NL75ZZZ302057060000"),
                ("Waterbedrijf Vitens", "Voorschot drinkwater", "NL11ZZZ050223990000"), ("Gemeentelijke Belastingen", "Termijn aanslag gemeentelijke belastingen", "NL64ZZZ271746490000"),
                ("Portaal Huurincasso", "Huur woning", "NL40ZZZ301442420000"))


def afschrift_incassodetails_machtigingskenmerk(c: Ctx):
    """Fresh23. A statement of a joint account of SNS or ASN Bank that prints every SEPA direct debit in full, as the bank's PDF does: the
    creditor's name, its IBAN, the creditor ID ("Incassant ID") and the mandate's reference ("Kenmerk machtiging") under each booking (decoy
    names, decoy IBANs and long decoy codes), the rent among them; the holders one a line under "Ten name van", the period and the balances
    with their days as decoys; "Aanmaakdatum afschrift" the statement date."""
    code = c.pick("SNSB", "ASNB")
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Open Sans", "Carlito")))
    c.restyle17(dates=("dash", "long", "dot_pad", "short_nodot"), amounts=("euro",))
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("initials", "all", "first")
    names = [h.name(form) for h in holders]
    debits = c.rng.sample(_CREDITORS23, c.rng.randint(3, 4))
    rows = []
    for creditor, what, ident in debits:
        day = values.between(c.rng, start, end)
        them = values.iban(c.rng, c.pick("INGB", "RABO", "ABNA", "BNGH"))
        detail = (f"<div class='small' style='color:#444;line-height:1.25'>IBAN: {e(values.iban_text(them, False))} &middot; Incassant ID: {e(ident)}<br>"
                  f"Kenmerk machtiging: {c.rng.randint(1000000, 99999999)}-{c.rng.randint(10, 99)} &middot; Omschrijving: {e(what)} {day.month:02d}-{day.year}</div>")
        rows.append((day, f"SEPA incasso {e(creditor)}{detail}", values.amount(c.rng.randint(25, 820) + c.rng.randint(0, 99) / 100), True))
    rows += [(d, e(w), a, out) for d, w, a, out in _transactions(c, start, end, c.rng.randint(3, 5))]
    rows.sort(key=lambda r: r[0])
    opening = values.amount(c.rng.randint(100, 4000) + c.rng.randint(0, 99) / 100)
    table = "".join(f"<tr><td style='white-space:nowrap'>{e(values.date_text(d, 'dash'))}</td><td>{w}</td>"
                    f"<td class='right'>{'-' if out else '+'}{e(values.amount_text(a, 'plain'))}</td></tr>" for d, w, a, out in rows)
    bank = values.BANKS[code]
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:18pt;color:{'#6a2c91' if code == 'SNSB' else '#00843d'}'>{e(bank)}</span></td>"
        f"<td class='right small'>Aanmaakdatum afschrift<br><b style='font-size:10.5pt'>{c.d(made)}</b></td></tr></table>"
        + address_block([" en ".join(h.titled("initials") for h in holders), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "<h2>Afschrift betaalrekening</h2>"
        + kv([("Ten name van", "<br>".join(e(n) for n in names)), ("Rekeningnummer (IBAN)", e(values.iban_text(iban, True))),
              ("Periode", f"{e(values.date_text(start, 'dash'))} tot en met {e(values.date_text(end, 'dash'))}"),
              ("Beginsaldo", f"{e(values.amount_text(opening, 'euro'))} op {e(values.date_text(start - dt.timedelta(days=1), 'dash'))}")], label_width="48mm")
        + "<table class='lines' style='width:100%;font-size:8.6pt;margin-top:3mm'><tr><th style='width:20mm'>Datum</th><th>Omschrijving</th><th class='right' style='width:24mm'>Bedrag</th></tr>"
        + table + "</table>"
        "<p class='small' style='margin-top:3mm'>Niet akkoord met een incasso? U kunt een incasso tot 8 weken na de afschrijving terugboeken. Voor een incasso "
        "zonder geldige machtiging is dat 13 maanden.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(names, iban, made)


def afschrift_passenoverzicht_pashouders(c: Ctx):
    """Fresh23. An ABN AMRO "Rekeningoverzicht" of a current account that, beside the bookings, lists the cards on the account: each
    card's number, its holder and the month it expires, and a third person who holds a card as an authorised user ("gemachtigde", a decoy
    name that is no holder; the expiry months are decoy dates); the holders in a table with their role "Rekeninghouder", the balances with
    their days as decoys; "Overzichtsdatum" the statement date."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "long_pad", "wd_nopad"), amounts=("euro",))
    holders, iban, start, end, made, home = _facts(c, "ABNA")
    form = c.pick("all", "initials", "first")
    names = [h.name(form) for h in holders]
    proxy = c.person(born=(1960, 2007), surname=c.pick(holders[0].surname, c.person().surname))
    cards = [(h.name("initials").upper(), "Rekeninghouder") for h in holders] + [(proxy.name("initials").upper(), "Gemachtigde")]
    card_rows = "".join(f"<tr><td>Betaalpas {c.rng.randint(100, 999)}</td><td>{e(who)}</td><td>{e(role)}</td>"
                        f"<td>{c.rng.randint(1, 12):02d}/{made.year + c.rng.randint(1, 5)}</td></tr>" for who, role in cards)
    tx = _transactions(c, start, end, c.rng.randint(5, 8))
    tx_rows = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}</td><td class='right'>{'-' if out else '+'} {e(values.amount_text(a, 'plain'))}</td></tr>"
                      for d, w, a, out in tx)
    holder_rows = "".join(f"<tr><td>{e(n)}</td><td>Rekeninghouder</td></tr>" for n in names)
    body = (
        "<table style='width:100%'><tr><td><span style='display:inline-block;background:#00716b;color:#f3c000;font-weight:bold;padding:1.5mm 3mm;font-size:14pt'>ABN&middot;AMRO</span></td>"
        f"<td class='right small'>Pagina 1 van 1<br>Overzichtsdatum: <b>{c.d(made)}</b></td></tr></table>"
        + address_block([" en ".join(h.name("initials") for h in holders), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "<h2>Rekeningoverzicht ABN AMRO Betaalrekening</h2>"
        + kv([("IBAN", e(values.iban_text(iban, True))), ("Periode", f"{e(values.date_text(start, 'long'))} - {e(values.date_text(end, 'long'))}"),
              ("Saldo per einde periode", e(values.amount_text(values.amount(c.rng.randint(50, 6000) + c.rng.randint(0, 99) / 100), "euro")))], label_width="44mm")
        + "<h3>Betrokkenen bij deze rekening</h3><table class='ruled' style='width:70%;font-size:9pt'><tr><th>Naam</th><th>Rol</th></tr>" + holder_rows + "</table>"
        + "<h3>Passen bij deze rekening</h3><table class='ruled' style='width:100%;font-size:8.8pt'><tr><th>Pas</th><th>Naam op de pas</th><th>Pashouder is</th>"
        "<th>Geldig tot en met</th></tr>" + card_rows + "</table>"
        + "<h3>Bij- en afschrijvingen</h3><table class='lines' style='width:100%;font-size:8.8pt'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bedrag</th></tr>"
        + tx_rows + "</table>"
        "<p class='small' style='margin-top:3mm'>Een gemachtigde kan met een eigen pas betalen en opnemen, maar is geen rekeninghouder.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; } h3 { margin-top: 6px; }"), _truth(names, iban, made)


# --- fresh24 split ---------------------------------------------------------------------------

_ABROAD24 = (("SUMUP *TAVERNA NIKOS", "CHANIA", "GR", "EUR", None), ("TESCO STORES 2231", "LONDON", "GB", "GBP", 0.86), ("HOTEL ALPENBLICK", "ZERMATT", "CH", "CHF", 0.95),
             ("MIGROS ZUERICH HB", "ZURICH", "CH", "CHF", 0.95), ("BIEDRONKA 4411", "KRAKOW", "PL", "PLN", 4.31), ("MARKS&SPENCER", "EDINBURGH", "GB", "GBP", 0.86),
             ("7-ELEVEN", "BANGKOK", "TH", "THB", 37.9), ("UBER *TRIP", "NEW YORK", "US", "USD", 1.08), ("COOP NORGE", "BERGEN", "NO", "NOK", 11.6))


def knab_afschrift_vreemde_valuta_koersen(c: Ctx):
    """Fresh24. A Knab "Rekeningafschrift" of a joint account in a holiday month with card payments abroad: each foreign payment with the
    amount in the foreign currency, the exchange rate and the bank's currency fee on a line of its own (decoy sums and rates, the merchants'
    towns and country codes), the holders joined by "&" under "Rekeninghouders", the balances with their days as decoys; "Datum
    aanmaak" the statement date."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("dash", "long", "iso", "short_nodot"), amounts=("euro",))
    holders, iban, start, end, made, home = _facts(c, "KNAB")
    form = c.pick("initials", "first", "all")
    names = [h.name(form) for h in holders]
    rows = []
    for shop, town, land, cur, rate in c.rng.sample(_ABROAD24, c.rng.randint(3, 5)):
        day = values.between(c.rng, start, end)
        eur = c.rng.randint(8, 240) + c.rng.randint(0, 99) / 100
        if rate:
            fee = round(eur * 0.012, 2)
            detail = (f"<div class='small' style='color:#555'>{eur * rate:.2f} {cur} &middot; koers 1 EUR = {str(rate).replace('.', ',')} {cur} &middot; "
                      f"valutakosten {e(values.amount_text(values.amount(fee), 'euro'))}</div>")
        else:
            detail = "<div class='small' style='color:#555'>betaalpas, eurozone &middot; geen valutakosten</div>"
        rows.append((day, f"{e(shop)} {e(town)} {land}{detail}", values.amount(eur), True))
    rows += [(d, e(w), a, out) for d, w, a, out in _transactions(c, start, end, c.rng.randint(2, 4))]
    rows.sort(key=lambda r: r[0])
    table = "".join(f"<tr><td style='white-space:nowrap'>{e(values.date_text(d, 'dash'))}</td><td>{w}</td>"
                    f"<td class='right'>{'-' if out else '+'}{e(values.amount_text(a, 'plain'))}</td></tr>" for d, w, a, out in rows)
    opening = values.amount(c.rng.randint(200, 5000) + c.rng.randint(0, 99) / 100)
    closing = values.amount(c.rng.randint(200, 5000) + c.rng.randint(0, 99) / 100)
    body = (
        "<table style='width:100%'><tr><td><span class='logo' style='font-size:20pt;color:#2450a4;letter-spacing:-0.5px'>knab</span></td>"
        f"<td class='right small'>Datum aanmaak<br><b style='font-size:10.5pt'>{c.d(made)}</b></td></tr></table>"
        + address_block([" & ".join(h.name("initials") for h in holders), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "<h2>Rekeningafschrift Knab Betaalrekening</h2>"
        + kv([("Rekeninghouders", " &amp; ".join(e(n) for n in names)), ("IBAN", e(values.iban_text(iban, True))),
              ("Periode", f"{e(values.date_text(start, 'long'))} t/m {e(values.date_text(end, 'long'))}"),
              ("Beginsaldo", f"{e(values.amount_text(opening, 'euro'))} ({e(values.date_text(start, 'dash'))})"),
              ("Eindsaldo", f"{e(values.amount_text(closing, 'euro'))} ({e(values.date_text(end, 'dash'))})")], label_width="40mm")
        + "<table class='lines' style='width:100%;font-size:8.6pt;margin-top:3mm'><tr><th style='width:20mm'>Datum</th><th>Omschrijving</th>"
        "<th class='right' style='width:24mm'>Bedrag (EUR)</th></tr>" + table + "</table>"
        "<p class='small' style='margin-top:3mm'>Betalingen in een andere valuta dan de euro rekenen wij om tegen de koers van de dag van verwerking. "
        "Knab is een handelsnaam van Aegon Bank N.V.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(names, iban, made)


def bunq_gezamenlijke_rekening_leden_iso(c: Ctx):
    """Fresh24. A bunq statement of a joint account exported from the app ("Joint account / Gezamenlijke rekening"), English and Dutch mixed:
    a "Leden / Members" block with each holder as "Eigenaar" or "Mede-eigenaar" and the day they joined, and a third person invited but not
    yet accepted ("Uitgenodigd") as a decoy name with a decoy date; the export's time stamps in ISO 8601 ("2026-03-05T14:02:11+01:00") in the
    head, "Generated on / Aangemaakt op" the statement date, the period and the balances as decoys."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Cantarell", "Carlito")))
    c.restyle17(dates=("iso", "en_short", "long", "dash"), amounts=("euro",))
    holders, iban, start, end, made, home = _facts(c, "BUNQ")
    form = c.pick("first", "all", "initials")
    names = [h.name(form) for h in holders]
    guest = c.person(born=(1970, 2006))
    joined = [values.between(c.rng, dt.date(2019, 1, 1), start - dt.timedelta(days=30)) for _ in holders]
    invited = values.between(c.rng, start, end)
    stamp_ = f"{values.iso(made)}T{c.rng.randint(7, 22):02d}:{c.rng.randint(0, 59):02d}:{c.rng.randint(0, 59):02d}+0{c.pick('1', '2')}:00"
    members = "".join(f"<tr><td>{e(n)}</td><td>{'Eigenaar / Owner' if i == 0 else 'Mede-eigenaar / Co-owner'}</td><td>{e(values.date_text(j, 'dash'))}</td></tr>"
                      for i, (n, j) in enumerate(zip(names, joined)))
    members += (f"<tr style='color:#888'><td>{e(guest.name('first'))}</td><td>Uitgenodigd / Invited &ndash; nog niet geaccepteerd</td>"
                f"<td>{e(values.date_text(invited, 'dash'))}</td></tr>")
    tx = _transactions(c, start, end, c.rng.randint(5, 8))
    tx_rows = "".join(f"<tr><td>{e(values.iso(d))}</td><td>{e(w)}</td><td class='right'>{'-' if out else '+'}{e(values.amount_text(a, 'plain'))}</td></tr>"
                      for d, w, a, out in tx)
    body = (
        "<div style='background:linear-gradient(90deg,#27a243,#2a9fd6,#7b3fb3,#e8473b);height:2.5mm'></div>"
        "<table style='width:100%;margin-top:3mm'><tr><td><span class='logo' style='font-size:19pt'>bunq</span><br><span class='small'>Statement of account / Rekeningoverzicht</span></td>"
        f"<td class='right small'>Generated on / Aangemaakt op<br><b style='font-size:10.5pt'>{c.d(made)}</b><br><span style='font-family:\"DejaVu Sans Mono\", monospace'>{stamp_}</span></td></tr></table>"
        + kv([("Account / Rekening", "Joint account &middot; Gezamenlijke rekening"), ("IBAN", e(values.iban_text(iban, c.rng.random() < 0.5))), ("BIC", "BUNQNL2A"),
              ("Period / Periode", f"{e(values.iso(start))} &ndash; {e(values.iso(end))}")], label_width="46mm")
        + "<h3>Leden / Members</h3><table class='ruled' style='width:100%;font-size:9pt'><tr><th>Naam / Name</th><th>Rol / Role</th><th>Lid sinds / Joined</th></tr>"
        + members + "</table>"
        + "<h3>Transacties / Transactions</h3><table class='lines' style='width:100%;font-size:8.8pt'><tr><th>Date</th><th>Description</th><th class='right'>Amount (EUR)</th></tr>"
        + tx_rows + "</table>"
        "<p class='small' style='margin-top:3mm'>Only owners and co-owners hold this account. An invited person has no access until the invitation is accepted. "
        "bunq B.V., Naritaweg 131-133, 1043 BS Amsterdam.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.3pt; } h3 { margin-top: 6px; }"), _truth(names, iban, made)


# --- fresh25 split ---------------------------------------------------------------------------

_PSD2_BANKS25 = (("INGB", "ING"), ("RABO", "Rabobank"), ("ABNA", "ABN AMRO"), ("SNSB", "SNS"), ("TRIO", "Triodos Bank"), ("KNAB", "Knab"))
_PSD2_PROVIDERS25 = (("Rekeningrapport", "Datakluis B.V."), ("Inkomenscheck", "Finverify B.V."), ("HuurdersCheck", "Open Banking Nederland B.V."))
_EMPLOYERS25 = ("Gemeente Zwolle", "Albert Heijn B.V.", "Zorggroep Noorderboog", "PostNL", "UWV", "SVB", "Stichting Humanitas", "Bol.com B.V.",
                "Bouwbedrijf Jansen B.V.", "Hogeschool Utrecht")


def psd2_rekeninginformatie_rapport(c: Ctx):
    """Fresh25. A report an account information service (a "rekeninginformatiedienstverlener" under PSD2) makes after the holder gave it
    access to the account through the bank, shared with a corporation or a letting agent for an income check: the bank the data came from,
    the IBAN, the holders "zoals de bank die doorgeeft" one a line, the day the consent was given and the day it ends (90 days later), the
    period analysed, the salary credits with their employers, days and sums, the rent debited, the average income and the balance (decoy
    dates, names and sums), the recipient's reference and a verification code; "Rapport opgesteld op" the statement date."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Cantarell", "Carlito")))
    c.restyle17(dates=("long", "dash", "iso", "short_nodot"), amounts=("euro",))
    code, bank = c.rng.choice(_PSD2_BANKS25)
    holders, iban, _start, _end, made, home = _facts(c, code)
    form = c.pick("caps_bank", "caps", "initials", "all")
    names = [h.name(form) for h in holders]
    brand, company = c.rng.choice(_PSD2_PROVIDERS25)
    consent = made - dt.timedelta(days=c.rng.randint(0, 3))
    consent = consent if consent != made else made - dt.timedelta(days=1)
    since, until = made - dt.timedelta(days=92), made - dt.timedelta(days=1)
    credits = []
    for h in holders:
        employer, pay, day = c.rng.choice(_EMPLOYERS25), c.rng.randint(1450, 3900) + c.rng.randint(0, 99) / 100, c.rng.randint(20, 27)
        for back in (3, 2, 1):
            month = (made.month - back - 1) % 12 + 1
            year = made.year - (1 if made.month - back < 1 else 0)
            credits.append((dt.date(year, month, day), f"Salaris {employer}", values.amount(pay)))
    credits.sort()
    rent = values.amount(c.rng.randint(560, 1050) + c.rng.choice((0, 0.45, 0.8)))
    average = values.amount(sum(float(a) for _, _, a in credits) / 3)
    rows = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}</td><td class='right'>+{e(values.amount_text(a, 'plain'))}</td></tr>" for d, w, a in credits)
    holder_rows = "".join(f"<div style='font-weight:bold'>{e(n)}</div>" for n in names)
    corp = c.pick("Woonstad Rotterdam", "Ymere", "Portaal", "Mitros", "Eigen Haard", "Vidomes")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:17pt;color:#0b6e6e'>{e(brand)}</span><br>"
        f"<span class='small'>{e(company)} &middot; rekeninginformatiedienstverlener, geregistreerd bij De Nederlandsche Bank</span></td>"
        f"<td class='right small' style='width:48mm'>Rapport opgesteld op<br><b style='font-size:10.5pt;white-space:nowrap'>{c.d(made)}</b></td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Rapport rekeninginformatie (PSD2)</h1>"
        f"<p class='small' style='margin-top:0'>Dit rapport is gemaakt met gegevens die wij met uw toestemming rechtstreeks bij {e(bank)} hebben opgehaald. "
        f"Gedeeld met: {e(corp)}, kenmerk {c.rng.randint(100000, 999999)}.</p>"
        "<table style='width:100%'><tr><td style='width:55%;vertical-align:top'>"
        + kv([("Bank", e(bank)), ("IBAN", e(values.iban_text(iban, c.rng.random() < 0.5))), ("Soort rekening", "betaalrekening")], label_width="34mm")
        + "</td><td style='vertical-align:top'><div class='box' style='border-color:#0b6e6e'><span class='small'>Rekeninghouder(s) zoals de bank die doorgeeft</span>"
        + holder_rows + "</div></td></tr></table>"
        + kv([("Toestemming gegeven op", e(values.date_text(consent, "long"))), ("Toestemming geldig tot", e(values.date_text(consent + dt.timedelta(days=90), "long"))),
              ("Geanalyseerde periode", f"{e(values.date_text(since, 'dash'))} t/m {e(values.date_text(until, 'dash'))}")], label_width="52mm")
        + "<h3>Gevonden inkomsten</h3><table class='lines' style='width:100%;font-size:8.8pt'><tr><th style='width:24mm'>Datum</th><th>Omschrijving</th>"
        "<th class='right' style='width:28mm'>Bedrag (EUR)</th></tr>" + rows + "</table>"
        "<h3>Samenvatting</h3>"
        + kv([("Gemiddeld inkomen per maand", e(values.amount_text(average, "euro"))), ("Huur per maand (afschrijving)", e(values.amount_text(rent, "euro"))),
              (f"Saldo op {values.date_text(until, 'dash')}", e(values.amount_text(values.amount(c.rng.randint(100, 6000) + c.rng.randint(0, 99) / 100), "euro")))],
             label_width="62mm")
        + f"<p class='small' style='margin-top:3mm'>Verificatiecode {c.rng.randint(1000, 9999)}-{c.rng.randint(1000, 9999)}-{c.rng.randint(1000, 9999)}. "
        "Wij hebben geen bedragen gewijzigd. U kunt uw toestemming altijd intrekken in de app van uw bank.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; } h3 { margin-top: 6px; }"), _truth(names, iban, made)


_QUARTER_BANKS25 = (("RABO", "Rabobank", "#f26b1d", "RABONL2U"), ("ASNB", "ASN Bank", "#2c6e49", "ASNBNL21"), ("TRIO", "Triodos Bank", "#1d4f91", "TRIONL2U"),
                    ("SNSB", "SNS", "#6a1b9a", "SNSBNL2A"))


def kwartaalafschrift_per_soort_subtotalen(c: Ctx):
    """Fresh25. A quarterly statement of a joint current account whose bookings are grouped by kind, each group under a grey bar with a
    subtotal ("Bijschrijvingen", "Betaalautomaat", "Automatische incasso's", "Overboekingen"), and a summary box with the balances on the
    quarter's first and last day and the totals credited and debited (decoy dates and sums); the holders one a line under "Rekening op naam
    van", the statement's number in the year; "Datum aanmaak" the statement date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad", "short_nodot"), amounts=("euro",))
    code, bank, colour, bic = c.rng.choice(_QUARTER_BANKS25)
    holders, iban, _start, _end, _made, home = _facts(c, code)
    end = c.rng.choice((dt.date(2025, 12, 31), dt.date(2026, 3, 31), dt.date(2026, 6, 30), dt.date(2026, 9, 30)))
    start = dt.date(end.year, end.month - 2, 1)
    made = end + dt.timedelta(days=c.rng.randint(1, 9))
    form = c.pick("initials", "all", "first")
    names = [h.name(form) for h in holders]
    groups = (("Bijschrijvingen", (("Salaris", 1400, 3600), ("Zorgtoeslag Belastingdienst", 90, 260), ("Kinderbijslag SVB", 250, 480),
                                   ("Terugbetaling Tikkie", 8, 60), ("Overboeking eigen spaarrekening", 100, 1500)), False),
              ("Betaalautomaat", (("Albert Heijn", 15, 140), ("Jumbo", 12, 120), ("Kruidvat", 4, 45), ("HEMA", 5, 60), ("Lidl", 10, 90),
                                  ("Shell tankstation", 30, 95), ("Action", 4, 40)), True),
              ("Automatische incasso's", (("Huur woning", 480, 950), ("Vattenfall", 60, 240), ("Ziggo", 40, 95), ("Zilveren Kruis", 120, 330),
                                          ("Gemeente belastingen", 30, 110), ("Waterschap", 20, 70)), True),
              ("Overboekingen", (("Spaarrekening", 50, 600), ("Sportvereniging", 15, 80), ("Bol.com", 10, 160), ("NS Reizigers", 5, 90)), True))
    blocks, total_in, total_out = [], 0.0, 0.0
    for title, words, out in groups:
        picked = c.rng.sample(words, c.rng.randint(2, 3))
        rows = sorted((values.between(c.rng, start, end), w, c.rng.randint(low, high) + c.rng.randint(0, 99) / 100) for w, low, high in picked)
        sub = sum(a for _, _, a in rows)
        total_in, total_out = (total_in + sub, total_out) if not out else (total_in, total_out + sub)
        body_rows = "".join(f"<tr><td style='width:22mm'>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}</td>"
                            f"<td class='right' style='width:28mm'>{'-' if out else '+'}{e(values.amount_text(values.amount(a), 'plain'))}</td></tr>" for d, w, a in rows)
        blocks.append(f"<tr><td colspan='3' style='background:#e6e6e6;font-weight:bold;padding:1mm 2mm'>{e(title)}</td></tr>{body_rows}"
                      f"<tr><td></td><td class='right small'>Subtotaal {e(title.lower())}</td><td class='right' style='border-top:0.6px solid #333'>"
                      f"{'-' if out else '+'}{e(values.amount_text(values.amount(sub), 'plain'))}</td></tr>")
    opening = c.rng.randint(300, 6000) + c.rng.randint(0, 99) / 100
    closing = opening + total_in - total_out
    money = lambda v: f"<span style='white-space:nowrap'>{e(values.amount_text(values.amount(abs(v)), 'euro'))}{' -' if v < 0 else ''}</span>"  # noqa: E731
    summary = (f"<table style='width:100%;font-size:8.8pt'><tr><td>Saldo per {e(values.date_text(start, 'long'))}</td><td class='right'>{money(opening)}</td></tr>"
               f"<tr><td>Totaal bijgeschreven</td><td class='right'>{money(total_in)}</td></tr><tr><td>Totaal afgeschreven</td><td class='right'>{money(total_out)}</td></tr>"
               f"<tr><td><b>Saldo per {e(values.date_text(end, 'long'))}</b></td><td class='right'><b>{money(closing)}</b></td></tr></table>")
    body = (
        f"<div style='border-bottom:3px solid {colour};padding-bottom:2mm'><span class='logo' style='font-size:17pt;color:{colour}'>{e(bank)}</span>"
        f"<span class='small' style='float:right;text-align:right'>Kwartaalafschrift {(end.month - 1) // 3 + 1} / {end.year}<br>Datum aanmaak: <b style='white-space:nowrap'>{c.d(made)}</b></span></div>"
        "<table style='width:100%;margin-top:4mm'><tr><td style='width:55%;vertical-align:top'>"
        + "<div class='small muted'>Rekening op naam van</div>" + "".join(f"<div>{e(n)}</div>" for n in names)
        + f"<div style='margin-top:2mm' class='small muted'>IBAN</div><div>{e(values.iban_text(iban, True))}</div>"
        f"<div style='margin-top:2mm' class='small muted'>Periode</div><div>{e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))}</div></td>"
        f"<td style='vertical-align:top'><div class='box' style='border-color:{colour}'>{summary}</div></td></tr></table>"
        "<h3>Uw af- en bijschrijvingen per soort</h3>"
        "<table style='width:100%;font-size:8.6pt;border-collapse:collapse'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bedrag (EUR)</th></tr>"
        + "".join(blocks) + "</table>"
        f"<p class='small' style='margin-top:3mm'>Controleer dit afschrift. Klopt er iets niet, meld het ons binnen 13 maanden. {e(bank)} &middot; BIC {e(bic)}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.2pt; } h3 { margin-top: 7px; }"), _truth(names, iban, made)



# --- fresh26 split ---------------------------------------------------------------------------

_REFERENCE_BANKS26 = (("INGB", "ING", "ING Bank N.V.", "INGBNL2A", "Amsterdam"), ("ABNA", "ABN AMRO", "ABN AMRO Bank N.V.", "ABNANL2A", "Amsterdam"),
                      ("RABO", "Rabobank", "Coöperatieve Rabobank U.A.", "RABONL2U", "Utrecht"), ("SNSB", "SNS", "de Volksbank N.V.", "SNSBNL2A", "Utrecht"))
_ADDRESSEES26 = ("To whom it may concern", "Consulate General of Canada, Visa Section, Düsseldorf", "Greystar Real Estate Partners, London",
                 "Embassy of the United States of America, The Hague", "Nordic Relocation Services AS, Oslo", "Admissions Office, University of Toronto")


def bank_reference_letter_english(c: Ctx):
    """Fresh26. A bank's reference letter in English ("Bank reference letter"), which a Dutch bank writes on request for an embassy, a
    landlord abroad or a university: the addressee (a decoy organisation), the holders in a ruled table with their titles in a column of
    their own and their dates of birth (decoy dates), the IBAN and BIC, the day the account was opened and the average balance of the last
    six months (a decoy date and a decoy sum), two signing officers (decoy names) and the disclaimer; "Date:" the statement date, in an
    English notation."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Liberation Serif", "Caladea")))
    c.restyle17(dates=("en_long", "en_ordinal", "en_us", "en_short"), amounts=("EUR_en",))
    code, logo, bank, bic, seat = c.rng.choice(_REFERENCE_BANKS26)
    holders, iban, _start, _end, made, home = _facts(c, code)
    form = c.pick("all", "initials", "first")
    names = [h.name(form) for h in holders]
    opened = values.between(c.rng, dt.date(2004, 1, 1), made - dt.timedelta(days=400))
    average = values.amount(c.rng.randint(800, 24000) + c.rng.randint(0, 99) / 100)
    addressee = c.rng.choice(_ADDRESSEES26)
    joint = len(holders) > 1
    rows = "".join(f"<tr><td style='width:16mm'>{'Mr' if h.sex == 'm' else 'Ms'}</td><td>{e(n)}</td><td style='width:40mm'>{e(values.date_text(h.birth_date, 'en_long'))}</td></tr>"
                   for h, n in zip(holders, names))
    officers = [c.person(born=(1960, 1995)) for _ in range(2)]
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:17pt'>{e(logo)}</span><br>"
        f"<span class='small'>{e(bank)} &middot; {e(seat)}, the Netherlands</span></td>"
        f"<td class='right small' style='width:60mm'>Date: <b style='font-size:10pt'>{c.d(made)}</b><br>Our reference: BR/{made.year}/{c.rng.randint(10000, 99999)}</td></tr></table>"
        f"<p style='margin-top:10mm'>To: {e(addressee)}</p>"
        "<h2>Bank reference letter</h2>"
        f"<p>{e(bank)} hereby confirms that the {'joint ' if joint else ''}current account below is held with us in the name of:</p>"
        "<table class='ruled' style='width:100%;font-size:9.4pt'><tr><th>Title</th><th>Account holder</th><th>Date of birth</th></tr>" + rows + "</table>"
        "<div style='margin-top:3mm'></div>"
        + kv([("Account number (IBAN)", e(values.iban_text(iban, True))), ("BIC", e(bic)),
              ("Type of account", "current account, joint (&lsquo;en/of&rsquo;)" if joint else "current account, private"),
              ("Account held since", e(values.date_text(opened, "en_long"))),
              ("Average balance, last six months", e(values.amount_text(average, "EUR_en"))), ("Conduct of the account", "satisfactory")], label_width="60mm")
        + "<p style='margin-top:4mm'>The account holder" + ("s have" if joint else " has") + " met all obligations towards the bank as agreed. "
        "This letter is issued at the request of the account holder" + ("s" if joint else "") + " and does not constitute a guarantee.</p>"
        "<p class='small'>This reference is given in confidence and without any responsibility on the part of the bank or its employees.</p>"
        "<p style='margin-top:6mm'>Yours faithfully,</p>"
        f"<table style='width:100%;margin-top:12mm'><tr><td>{e(officers[0].name('initials'))}<br><span class='small'>Client Services</span></td>"
        f"<td>{e(officers[1].name('initials'))}<br><span class='small'>Client Services</span></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(names, iban, made)


_STRIP_BANKS26 = (("INGB", "ING", "#ff6200"), ("RABO", "Rabobank", "#000099"), ("ABNA", "ABN AMRO", "#00857a"), ("SNSB", "SNS", "#6a2c91"),
                  ("ASNB", "ASN Bank", "#00a0a0"), ("TRIO", "Triodos Bank", "#1f4f8f"))


def afschrift_bovenstrook_opgeplakt(c: Ctx):
    """Fresh26. The top of a monthly statement cut off with scissors and stuck onto a blank sheet with two strips of tape, as a tenant hands
    it in to show the names and not the bookings: the bank's head, "Rekeninghouder(s)", the IBAN, the statement's number, the period and the
    opening balance with the day before the period (decoy dates and a decoy sum), the head of the bookings table and the zigzag of the cut;
    under it the tenant's note in ballpoint with initials and a short day of its own (decoys); "Datum afschrift" the statement date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "short", "dot_pad"), amounts=("euro",))
    code, bank, colour = c.rng.choice(_STRIP_BANKS26)
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("initials", "all", "first", "caps_initials")
    names = [h.name(form) for h in holders]
    hand = c.pick("Comic Neue", "Jura", "Quicksand")
    opening = values.amount(c.rng.randint(20, 5200) + c.rng.randint(0, 99) / 100)
    holder_html = " en/of ".join(e(n) for n in names) if c.rng.random() < 0.5 else "<br>".join(e(n) for n in names)
    teeth = " ".join(f"{x},{0.3 if (x // 4) % 2 else 3}" for x in range(0, 173, 4))
    shadow = " ".join(f"{x + 0.6},{1.0 if (x // 4) % 2 else 3.7}" for x in range(0, 169, 4))
    tape = lambda side, turn: (f"<div style='position:absolute;top:-4mm;{side}:8mm;width:32mm;height:9mm;background:rgba(246,240,200,0.6);"  # noqa: E731
                               f"border:0.3px solid rgba(0,0,0,0.12);transform:rotate({turn}deg)'></div>")
    initials = "".join(part[0] for part in holders[0].name("first").split()[:1]) + "".join(w[0] for w in holders[0].surname.split())
    note_day = made + dt.timedelta(days=c.rng.randint(3, 20))
    strip = (
        f"<div style='position:relative;border:0.6px solid #999;border-bottom:none;padding:4mm 5mm 3mm 5mm;background:#fff'>{tape('left', -7)}{tape('right', 6)}"
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:{colour}'>{e(bank)}</span></td>"
        f"<td class='right' style='font-size:12pt'>Rekeningafschrift nr. {c.rng.randint(1, 12)}</td></tr></table>"
        "<table style='width:100%;margin-top:3mm'><tr><td style='width:52%;vertical-align:top'>"
        f"<div class='small muted'>Rekeninghouder(s)</div><div style='font-weight:bold'>{holder_html}</div>"
        f"<div class='small muted' style='margin-top:2mm'>IBAN</div><div>{e(values.iban_text(iban, True))}</div></td>"
        "<td style='vertical-align:top'>"
        + kv([("Datum afschrift", f"<b style='white-space:nowrap'>{c.d(made)}</b>"),
              ("Periode", f"<span style='white-space:nowrap'>{e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))}</span>"),
              (f"Saldo {values.date_text(start - dt.timedelta(days=1), 'dash')}", e(values.amount_text(opening, "euro")))], label_width="30mm")
        + "</td></tr></table>"
        "<table style='width:100%;margin-top:3mm;border-top:1.2px solid #333;font-size:8.6pt'><tr><th style='width:20mm'>Datum</th><th>Naam / Omschrijving</th>"
        "<th class='right' style='width:24mm'>Af</th><th class='right' style='width:24mm'>Bij</th></tr></table></div>"
        f"<svg xmlns='http://www.w3.org/2000/svg' width='174mm' height='4mm' viewBox='0 0 172 4' style='display:block'>"
        f"<polyline points='{shadow}' fill='none' stroke='#ddd' stroke-width='0.8'/><polyline points='{teeth}' fill='none' stroke='#777' stroke-width='0.35'/></svg>"
    )
    body = (
        f"<div style='width:174mm;margin:6mm auto 0 auto'>{strip}</div>"
        f"<div style='margin:12mm 0 0 10mm;font-family:\"{hand}\", cursive;color:#1b2f8f;font-size:12.5pt;line-height:1.5'>"
        "Rest van het afschrift afgeknipt i.v.m. privacy.<br>Het gaat om de namen en het rekeningnummer.<br>"
        f"{e(initials)} &nbsp; {note_day.day}/{note_day.month}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(names, iban, made)


# --- fresh27 split ---------------------------------------------------------------------------

_DETAIL_BANKS27 = (("INGB", "ING", "#ff6200"), ("RABO", "Rabobank", "#000099"), ("ABNA", "ABN AMRO", "#00857a"), ("SNSB", "SNS", "#6a2c91"),
                   ("ASNB", "ASN Bank", "#00a0a0"), ("KNAB", "Knab", "#1b3a5c"))
_PURPOSES27 = ("Huur", "Terugbetaling weekend", "Bijdrage boodschappen", "Verjaardag", "Tikkie etentje", "Voorschot vakantie", "Gedeelde energierekening")


def internetbankieren_transactiedetails_uitgeklapt(c: Ctx):
    """Fresh27. Internet banking's page of an account printed from the browser with every booking's details unfolded: the account's card at
    the top ("Naam rekeninghouder(s)", the IBAN and "Overzicht gemaakt op" the statement date), then per booking a box with "Naam
    tegenpartij", "IBAN tegenpartij", "Omschrijving" and "Kenmerk" (names and IBANs of people, one with a holder's surname, under labels of the
    same shape as the holders' and the account's: decoys), the booking days and the balance as decoys."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("wd_nopad", "dash", "long", "short_nodot"), amounts=("euro",))
    code, bank, colour = c.rng.choice(_DETAIL_BANKS27)
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("initials", "first", "all")
    names = [h.name(form) for h in holders]
    lab = "font-size:7.6pt;color:#666"
    field = lambda k, v: f"<td style='padding:0.6mm 4mm 0.6mm 0;vertical-align:top'><div style='{lab}'>{e(k)}</div><div style='white-space:nowrap'>{v}</div></td>"  # noqa: E731
    boxes = ""
    for i in range(c.rng.randint(3, 4)):
        other = c.person(born=(1955, 2004), surname=holders[0].surname if i == 1 else None)
        day = values.between(c.rng, start, end)
        money = values.amount(c.rng.randint(5, 650) + c.rng.randint(0, 99) / 100)
        incoming = c.rng.random() < 0.5
        boxes += (
            f"<div style='border:0.6px solid #bbb;border-radius:1.5mm;padding:1.5mm 3mm;margin-bottom:2.5mm'>"
            f"<div style='display:flex;justify-content:space-between'><b>{e(other.name('initials'))}</b>"
            f"<b style='color:{'#1a7a33' if incoming else '#111'}'>{'+' if incoming else '-'} {e(values.amount_text(money, 'euro'))}</b></div>"
            "<table style='width:100%'><tr>" + field("Naam tegenpartij", e(other.name("initials")))
            + field("IBAN tegenpartij", e(values.iban_text(values.iban(c.rng, c.rng.choice(('INGB', 'RABO', 'ABNA', 'SNSB', 'TRIO'))), True)))
            + field("Boekdatum", e(values.date_text(day, "dash"))) + "</tr><tr>"
            + field("Omschrijving", e(c.rng.choice(_PURPOSES27))) + field("Kenmerk", f"{c.rng.randint(1000, 9999)} {c.rng.randint(1000, 9999)} {c.rng.randint(1000, 9999)}")
            + field("Soort", "Overboeking" if incoming else c.pick("iDEAL", "Overboeking", "Betaalverzoek")) + "</tr></table></div>")
    card = (
        f"<div style='border:1px solid {colour};border-radius:2mm;padding:2.5mm 4mm;margin:3mm 0 4mm 0'>"
        f"<div style='{lab}'>Naam rekeninghouder(s)</div><div style='font-weight:bold'>{' en '.join(e(n) for n in names)}</div>"
        "<table style='width:100%;margin-top:1.5mm'><tr>"
        + field("IBAN", e(values.iban_text(iban, True))) + field("Saldo", e(values.amount_text(values.amount(c.rng.randint(50, 6000)), "euro")))
        + field("Overzicht gemaakt op", f"<b>{c.d(made)}</b>") + "</tr></table></div>")
    body = (
        browser_header(f"{bank} - Betaalrekening", f"https://bankieren.{bank.lower().replace(' ', '')}.nl/rekeningen/betaalrekening/transacties",
                       values.date_text(made, "dash"))
        + f"<div style='background:{colour};color:#fff;padding:2mm 4mm;font-weight:bold;font-size:13pt'>{e(bank)} &nbsp;<span style='font-size:9pt;font-weight:normal'>Internetbankieren</span></div>"
        + card
        + f"<h3>Transacties {e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))} &nbsp;<span class='small'>(details uitgeklapt)</span></h3>"
        + boxes
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(names, iban, made)


def afschrift_twee_kolommen_compact(c: Ctx):
    """Fresh27. A compact monthly statement printed in the bank's paper-saving layout: a framed head across the page ("Rekeninghouder(s)"
    with "en/of", the IBAN, the statement's number, "Datum afschrift" the statement date and "Vorig afschrift" a decoy day), then the bookings
    flowing in two newspaper columns, each booking a small block with its day, counterparty and sum, the balances at the start and the end of the
    period with their days as decoys."""
    c.font_of(c.pick(("Liberation Sans Narrow", "Liberation Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("dash", "dot_pad", "short", "long"), amounts=("euro",))
    bank, label = c.pick(("RABO", "Rabobank"), ("INGB", "ING"), ("SNSB", "SNS"), ("TRIO", "Triodos Bank"), ("RBRB", "RegioBank"))
    holders, iban, start, end, made, home = _facts(c, bank)
    form = c.pick("initials", "all", "first")
    names = [h.name(form) for h in holders]
    previous = start - dt.timedelta(days=c.rng.randint(1, 6))
    holder_html = " en/of<br>".join(f"<span style='white-space:nowrap'>{e(n)}</span>" for n in names)
    opening = values.amount(c.rng.randint(20, 4800) + c.rng.randint(0, 99) / 100)
    closing = values.amount(c.rng.randint(20, 4800) + c.rng.randint(0, 99) / 100)
    items = "".join(
        f"<div style='break-inside:avoid;border-bottom:0.5px dotted #999;padding:0.8mm 0'><span style='white-space:nowrap'>{e(values.date_text(d, 'dash'))}</span>"
        f"<span style='float:right;white-space:nowrap'>{'-' if out else '+'}{e(values.amount_text(a, 'euro'))}</span><br><span class='small'>{e(w)}</span></div>"
        for d, w, a, out in _transactions(c, start, end, c.rng.randint(16, 24)))
    head = (
        "<div style='border:1.2px solid #222;padding:2.5mm 4mm'>"
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(label)}</span><br><span class='small'>Rekeningafschrift &middot; "
        f"afschrift nr. {c.rng.randint(1, 12)}</span></td><td class='right small'>Vorig afschrift: {e(values.date_text(previous, 'dash'))}</td></tr></table>"
        "<table style='width:100%;margin-top:2mm'><tr><td style='width:58%'>"
        f"<div class='small muted'>Rekeninghouder(s)</div><div><b>{holder_html}</b></div>"
        f"<div class='small muted' style='margin-top:1mm'>IBAN</div><div>{e(values.iban_text(iban, c.rng.random() < 0.7))}</div></td><td>"
        + kv([("Datum afschrift", f"<b style='white-space:nowrap'>{c.d(made)}</b>")], label_width="30mm")
        + f"<div class='small'>Saldo {e(values.date_text(start, 'dash'))}: {e(values.amount_text(opening, 'euro'))}<br>"
        f"Saldo {e(values.date_text(end, 'dash'))}: {e(values.amount_text(closing, 'euro'))}</div></td></tr></table></div>")
    body = (
        head
        + f"<p class='small' style='margin:2mm 0'>Bij- en afschrijvingen van {e(values.date_text(start, 'dash'))} tot en met {e(values.date_text(end, 'dash'))}</p>"
        + f"<div style='column-count:2;column-gap:8mm;column-rule:0.5px solid #bbb;font-size:8.6pt'>{items}</div>"
        + "<p class='small' style='margin-top:4mm'>Bewaar dit afschrift. Klopt er iets niet? Neem dan binnen 13 maanden contact met ons op.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.2pt; }"), _truth(names, iban, made)


# --- fresh28 split ---------------------------------------------------------------------------

_CALENDAR_BANKS28 = (("INGB", "ING", "#ff6200"), ("RABO", "Rabobank", "#000099"), ("ABNA", "ABN AMRO", "#00857a"), ("SNSB", "SNS", "#6a2c91"),
                     ("TRIO", "Triodos Bank", "#0d5c4a"), ("RBRB", "RegioBank", "#e2001a"))
_SHORT28 = ("AH", "Jumbo", "NS", "Huur", "Eneco", "Ziggo", "Bol.com", "CZ", "Lidl", "HEMA", "Salaris", "Tikkie", "Kruidvat", "Action", "Toeslag")


def _month_bookings(c: Ctx, start: dt.date, end: dt.date, n: int) -> dict[dt.date, list[tuple[str, str, bool]]]:
    found: dict[dt.date, list[tuple[str, str, bool]]] = {}
    for _ in range(n):
        day = values.between(c.rng, start, end)
        found.setdefault(day, []).append((c.rng.choice(_SHORT28), values.amount(c.rng.randint(2, 480) + c.rng.randint(0, 99) / 100), c.rng.random() < 0.25))
    return found


def bank_kalenderweergave_maandraster(c: Ctx):
    """Fresh28. Internet banking's calendar view of one month printed from the browser: a grid of weeks (ma to zo) with every booking's short
    name and signed sum in its day's cell, the days of the neighbouring months grey and empty; the balance at the month's start and at its end
    with their days as decoys; the account's card above the grid with "Rekeninghouders" (the holders one a line) and the IBAN, and "Afgedrukt
    op" the statement date."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "Cantarell")))
    c.restyle17(dates=("dash", "long", "wd_nopad", "short_nodot"), amounts=("euro",))
    code, bank, colour = c.rng.choice(_CALENDAR_BANKS28)
    holders, iban, start, end, made, home = _facts(c, code)
    start, end = dt.date(end.year, end.month, 1), end
    last = (dt.date(end.year + (end.month == 12), end.month % 12 + 1, 1) - dt.timedelta(days=1))
    form = c.pick("initials", "first", "all")
    names = [h.name(form) for h in holders]
    bookings = _month_bookings(c, start, end, c.rng.randint(12, 18))
    first = start - dt.timedelta(days=start.weekday())
    weeks, day = [], first
    while day <= last:
        cells = ""
        for _ in range(7):
            inside = start <= day <= last
            items = "".join(f"<div style='white-space:nowrap;font-size:6.6pt;color:{'#1a7a33' if inc else '#222'}'>{e(w)} {'+' if inc else '-'}{e(values.amount_text(a, 'plain'))}</div>"
                            for w, a, inc in bookings.get(day, []))
            cells += (f"<td style='border:0.5px solid #bbb;height:17mm;width:24mm;vertical-align:top;padding:0.8mm 1mm;{'' if inside else 'background:#f2f2f2;color:#aaa'}'>"
                      f"<div style='font-size:7.5pt;font-weight:bold'>{day.day}</div>{items if inside else ''}</td>")
            day += dt.timedelta(days=1)
        weeks.append(f"<tr>{cells}</tr>")
    head = "".join(f"<th style='text-align:center;font-size:8pt;border:0.5px solid #bbb;background:#f7f7f7'>{d}</th>" for d in ("ma", "di", "wo", "do", "vr", "za", "zo"))
    opening = values.amount(c.rng.randint(150, 5200) + c.rng.randint(0, 99) / 100)
    closing = values.amount(c.rng.randint(150, 5200) + c.rng.randint(0, 99) / 100)
    lab = "font-size:7.6pt;color:#666"
    body = (
        browser_header(f"{bank} - Kalender", f"https://mijn.{bank.lower().replace(' ', '')}.nl/betalen/kalender", values.date_text(made, "dash"))
        + f"<div style='background:{colour};color:#fff;padding:2mm 4mm;font-weight:bold;font-size:12.5pt;margin-top:2mm'>{e(bank)}"
        "<span style='font-weight:normal;font-size:9pt'> &nbsp;Kalender</span></div>"
        + "<table style='width:100%;margin:3mm 0'><tr>"
        f"<td style='width:42%'><div style='{lab}'>Rekeninghouders</div>{'<br>'.join(f'<b>{e(n)}</b>' for n in names)}</td>"
        f"<td><div style='{lab}'>IBAN</div>{e(values.iban_text(iban, True))}</td>"
        f"<td class='right'><div style='{lab}'>Afgedrukt op</div><b style='white-space:nowrap'>{c.d(made)}</b></td></tr></table>"
        + f"<h2 style='margin:1mm 0 2mm 0'>{e(values.MONTHS[end.month - 1].capitalize())} {end.year}</h2>"
        f"<table style='border-collapse:collapse;table-layout:fixed;width:100%'><tr>{head}</tr>{''.join(weeks)}</table>"
        "<table style='width:100%;margin-top:3mm;font-size:8.6pt'><tr>"
        f"<td>Saldo op {e(values.date_text(start, 'dash'))}: {e(values.amount_text(opening, 'euro'))}</td>"
        f"<td class='right'>Saldo op {e(values.date_text(end, 'dash'))}: {e(values.amount_text(closing, 'euro'))}</td></tr></table>"
        "<p class='small'>Groen: bijgeschreven. Zwart: afgeschreven. Klik op een dag voor de details van de boekingen.</p>"
    )  # fmt: skip
    return page(c, body, "@page { margin: 14mm 14mm 16mm 16mm; } body { font-size: 9.2pt; }"), _truth(names, iban, made)


def bank_saldoverloop_lijngrafiek(c: Ctx):
    """Fresh28. A bank's "Saldoverloop" page of a joint account printed from internet banking: the balance through the period drawn as a
    line chart (an SVG polyline with grid lines, no text in the drawing), the axis's dates under the chart in the statement date's own
    notation, the lowest and the highest balance with their days and a table of the largest bookings with their days and counterparties as
    decoys; "Rekening op naam van" the holders joined by "en", "Gemaakt op" the statement date."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("DejaVu Sans", "Carlito")))
    c.restyle17(dates=("dash", "dot_pad", "long", "short_nodot"), amounts=("euro", "euro_tight"))
    code, bank, colour = c.rng.choice(_CALENDAR_BANKS28)
    holders, iban, start, end, made, home = _facts(c, code)
    if (end - start).days < 20:
        start = end - dt.timedelta(days=30)
    form = c.pick("initials", "first", "reversed_initials")
    names = [h.name(form) for h in holders]
    span = (end - start).days
    balance, points, series = c.rng.randint(400, 3800), [], []
    for i in range(span + 1):
        balance += c.rng.choice((0, 0, 0, -c.rng.randint(5, 160), c.rng.randint(-90, 60)))
        if i in (c.rng.randint(20, 28) % (span + 1), 1):
            balance += c.pick(1800, 2400, 2900, -780, -1150)
        balance = max(balance, -400)
        series.append((start + dt.timedelta(days=i), balance))
    low, high = min(series, key=lambda p: p[1]), max(series, key=lambda p: p[1])
    bottom, top = min(0, low[1]) - 100, high[1] + 200
    w, h = 160.0, 58.0
    for i, (_, b) in enumerate(series):
        points.append(f"{i * w / span:.1f},{h - (b - bottom) * h / (top - bottom):.1f}")
    zero = h - (0 - bottom) * h / (top - bottom)
    grid_lines = "".join(f"<line x1='0' y1='{y:.1f}' x2='{w}' y2='{y:.1f}' stroke='#e4e4e4' stroke-width='0.3'/>" for y in (h / 4, h / 2, 3 * h / 4))
    chart = (f"<svg xmlns='http://www.w3.org/2000/svg' width='{w}mm' height='{h}mm' viewBox='0 0 {w} {h}' style='border:0.4px solid #ccc'>{grid_lines}"
             f"<line x1='0' y1='{zero:.1f}' x2='{w}' y2='{zero:.1f}' stroke='#999' stroke-width='0.35' stroke-dasharray='1,1'/>"
             f"<polyline points='{' '.join(points)}' fill='none' stroke='{colour}' stroke-width='0.7'/></svg>")
    ticks = [start + dt.timedelta(days=round(span * k / 4)) for k in range(5)]
    axis = "".join(f"<td style='width:25%;font-size:7.4pt;color:#555;white-space:nowrap;{'text-align:right' if k == 4 else ''}'>{c.d(t) if k < 4 else ''}</td>"
                   for k, t in enumerate(ticks[:4])) + ""
    axis = (f"<table style='width:{w}mm;table-layout:fixed'><tr>{axis}</tr></table>"
            f"<div style='width:{w}mm;text-align:right;font-size:7.4pt;color:#555;margin-top:-4mm'>{c.d(ticks[4])}</div>")
    big = sorted(((values.between(c.rng, start, end), c.rng.choice(_SHOPS + ("Salaris", "Huur")), values.amount(c.rng.randint(120, 1400) + c.rng.randint(0, 99) / 100))
                  for _ in range(4)))
    rows = "".join(f"<tr><td style='white-space:nowrap'>{c.d(d)}</td><td>{e(w_)}</td><td class='right' style='white-space:nowrap'>{c.a(a)}</td></tr>" for d, w_, a in big)
    body = (
        f"<div style='display:flex;justify-content:space-between;align-items:flex-end;border-bottom:2.5px solid {colour};padding-bottom:2mm'>"
        f"<span class='logo' style='font-size:15pt;color:{colour}'>{e(bank)}</span><span class='small'>Inzicht &middot; Saldoverloop</span></div>"
        + kv([("Rekening op naam van", " en ".join(e(n) for n in names)), ("IBAN", e(values.iban_text(iban, True))),
              ("Periode", f"{e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))}"),
              ("Gemaakt op", f"<b style='white-space:nowrap'>{c.d(made)}</b>")], label_width="44mm")
        + "<h3 style='margin-top:5mm'>Verloop van het saldo</h3>" + chart + axis
        + "<table style='width:100%;margin-top:3mm;font-size:8.8pt'><tr>"
        f"<td>Laagste saldo: {c.a(values.amount(abs(low[1])) if low[1] >= 0 else values.amount(-low[1]))}{'' if low[1] >= 0 else ' (negatief)'} op {c.d(low[0])}</td>"
        f"<td>Hoogste saldo: {c.a(values.amount(high[1]))} op {c.d(high[0])}</td></tr></table>"
        "<h3 style='margin-top:5mm'>Grootste boekingen in deze periode</h3>"
        f"<table class='lines' style='width:100%;font-size:8.8pt'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bedrag</th></tr>{rows}</table>"
        "<p class='small' style='margin-top:4mm'>Het saldoverloop is een hulpmiddel. Aan dit overzicht kunnen geen rechten worden ontleend; "
        "uw rekeningafschrift is leidend.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(names, iban, made)


# --- fresh29 split ---------------------------------------------------------------------------


def ing_totaaloverzicht_betalen_en_sparen(c: Ctx):
    """Fresh29. ING's "Totaaloverzicht" of a household's accounts: the payment account (its IBAN, the holders one a line under
    "Rekeninghouders", its balance on the period's last day), an Oranje Spaarrekening under its own letter-and-digits number ("V 123-45678",
    no IBAN: a decoy account number) with its balance and interest rate, and sometimes a child's savings account "t.n.v." the minor child (a
    decoy name) with its own number; below, the transfers between payment and savings account with their days and sums as decoys; "Datum
    overzicht" the statement date, the period's last day as a decoy "Saldo per"."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "short_nodot", "wd_nopad"), amounts=("euro",))
    holders, iban, start, end, made, home = _facts(c, "INGB")
    form = c.pick("initials", "first", "all")
    names = [h.name(form) for h in holders]
    nw = "white-space:nowrap"
    savings = f"{c.pick('V', 'A', 'N')} {c.rng.randint(100, 999)}-{c.rng.randint(10000, 99999)}"
    balance = values.amount(c.rng.randint(80, 4800) + c.rng.randint(0, 99) / 100)
    saved = values.amount(c.rng.randint(500, 38000) + c.rng.randint(0, 99) / 100)
    accounts = [("Betaalrekening", e(values.iban_text(iban, True)), "&ndash;", balance),
                ("Oranje Spaarrekening", e(savings), c.pick("1,25%", "1,50%", "1,75%"), saved)]
    if c.rng.random() < 0.5:
        child = c.person(born=(2010, 2022), surname=holders[-1].surname, origin=people.origin_of(holders[-1]))
        accounts.append((f"Kinderrekening t.n.v. {e(child.name('first'))}", e(f"{c.pick('V', 'K')} {c.rng.randint(100, 999)}-{c.rng.randint(10000, 99999)}"),
                         "1,50%", values.amount(c.rng.randint(40, 3200) + c.rng.randint(0, 99) / 100)))
    rows = "".join(f"<tr><td>{k}</td><td style='{nw}'>{n}</td><td>{r}</td><td class='right' style='{nw}'>{e(values.amount_text(a, 'euro'))}</td></tr>"
                   for k, n, r, a in accounts)
    moves = ""
    for _ in range(c.rng.randint(2, 4)):
        day = values.between(c.rng, start, end)
        to_savings = c.rng.random() < 0.6
        moves += (f"<tr><td style='{nw}'>{e(values.date_text(day, 'dash'))}</td><td>{'Naar' if to_savings else 'Van'} Oranje Spaarrekening {e(savings)}</td>"
                  f"<td class='right' style='{nw}'>{'-' if to_savings else '+'}{e(values.amount_text(values.amount(c.rng.choice((25, 50, 100, 150, 250, 500))), 'euro'))}</td></tr>")
    body = (
        "<table style='width:100%'><tr><td><span style='color:#ff6200;font-size:22pt;font-weight:bold'>ING</span></td>"
        "<td class='right small'>ING Bank N.V.<br>Postbus 1800, 1000 BV Amsterdam</td></tr></table>"
        + address_block([" en/of ".join(names), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + "<h1 style='font-size:15pt;color:#ff6200'>Totaaloverzicht</h1>"
        + "<table style='width:100%'><tr>"
        f"<td style='width:55%'><div class='small'>Rekeninghouders</div>{'<br>'.join(f'<b>{e(n)}</b>' for n in names)}</td>"
        f"<td><div class='small'>Datum overzicht</div><b style='{nw}'>{c.d(made)}</b><div class='small' style='margin-top:2mm'>Periode</div>"
        f"<span style='{nw}'>{e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))}</span></td></tr></table>"
        f"<h3 style='margin-top:5mm'>Uw rekeningen</h3>"
        "<table class='lines' style='width:100%'><tr><th>Rekening</th><th>Rekeningnummer</th><th>Rente</th>"
        f"<th class='right'>Saldo per {e(values.date_text(end, 'dash'))}</th></tr>{rows}</table>"
        "<h3 style='margin-top:5mm'>Overboekingen tussen uw rekeningen</h3>"
        f"<table class='lines' style='width:100%;font-size:9pt'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bedrag</th></tr>{moves}</table>"
        "<p class='small' style='margin-top:6mm'>Dit totaaloverzicht is geen rekeningafschrift van uw spaarrekeningen. De afschriften van uw "
        "betaalrekening vindt u in Mijn ING. Een spaarrekening heeft een eigen rekeningnummer en is alleen bereikbaar via uw betaalrekening.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(names, iban, made)


_PRIVATE29 = (("FVLB", "Van Lanschot Kempen", "#0f2a44"), ("ABNA", "ABN AMRO MeesPierson", "#00594f"), ("RABO", "Rabo Private Banking", "#1c2d6b"),
              ("TRIO", "Triodos Private Banking", "#134f3e"), ("INGB", "ING Private Banking", "#4a2c14"))
_FUNDS29 = ("iShares Core MSCI World", "Vanguard FTSE All-World", "Robeco Global Credits", "NN Duurzaam Aandelen Fonds", "Triodos Impact Mixed Fund",
            "Kempen Euro Credit Fund", "Northern Trust World Custom ESG", "Actiam Impact Wereld Aandelenfonds")


def private_banking_vermogensoverzicht_rekening_courant(c: Ctx):
    """Fresh29. A private bank's quarterly "Vermogensoverzicht" of a couple, of which the current account is only one part: a summary of
    the wealth (securities, liquid funds and the total as decoy sums), the securities portfolio with ISINs, quantities, prices with their
    "koersdatum" and values (decoy codes, dates and sums), the securities account's own number (a decoy), the relationship manager (a decoy
    name), and "Rekening-courant" with its IBAN, "Tenaamstelling" the holders joined by "en/of" and a few bookings; "Peildatum" the period's
    last day (a decoy), "Aangemaakt op" the statement date."""
    c.font_of(c.pick(("EB Garamond", "Liberation Serif"), ("Caladea", "DejaVu Serif")))
    c.restyle17(dates=("long", "dash", "long_pad", "nl_ordinal"), amounts=("euro",))
    code, bank, colour = c.rng.choice(_PRIVATE29)
    holders, iban, start, end, made, home = _facts(c, code)
    if len(holders) == 1:
        holders.append(c.person(sex="f" if holders[0].sex == "m" else "m", born=(1945, 1995)))
    end = dt.date(end.year, ((end.month - 1) // 3) * 3 + 1, 1) - dt.timedelta(days=1) if end.month > 3 else dt.date(end.year - 1, 12, 31)
    made = end + dt.timedelta(days=c.rng.randint(3, 16))
    form = c.pick("initials", "all")
    names = [h.name(form) for h in holders]
    nw = "white-space:nowrap"
    positions, securities = "", 0.0
    for fund in c.rng.sample(_FUNDS29, c.rng.randint(3, 5)):
        units = c.rng.randint(20, 2400)
        price = round(c.rng.uniform(8, 140), 2)
        value = round(units * price, 2)
        securities += value
        prefix = c.pick("IE00", "LU0", "NL00")
        isin = prefix + "".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(11 - len(prefix))) + str(c.rng.randint(0, 9))
        positions += (f"<tr><td>{e(fund)}<br><span class='small'>{e(isin)}</span></td><td class='right'>{units:,}".replace(",", ".") + "</td>"
                      f"<td class='right' style='{nw}'>{e(values.amount_text(values.amount(price), 'plain'))}</td><td style='{nw}'>{e(values.date_text(end, 'dash'))}</td>"
                      f"<td class='right' style='{nw}'>{e(values.amount_text(values.amount(value), 'euro'))}</td></tr>")
    cash = values.amount(c.rng.randint(2000, 60000) + c.rng.randint(0, 99) / 100)
    total = values.amount(securities + float(cash))
    bookings = "".join(f"<tr><td style='{nw}'>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}</td><td class='right' style='{nw}'>{'-' if out else '+'}"
                       f"{e(values.amount_text(a, 'plain'))}</td></tr>" for d, w, a, out in _transactions(c, dt.date(end.year, end.month, 1) - dt.timedelta(days=60), end, 4))
    manager = c.person(born=(1960, 1992), titled=0.5)
    summary = "".join(f"<tr><td>{k}</td><td class='right' style='{nw}'>{e(values.amount_text(v, 'euro'))}</td></tr>"
                      for k, v in (("Effecten", values.amount(securities)), ("Liquiditeiten (rekening-courant)", cash)))
    body = (
        f"<div style='border-bottom:2px solid {colour};padding-bottom:2mm;display:flex;justify-content:space-between;align-items:flex-end'>"
        f"<span style='font-size:17pt;color:{colour};letter-spacing:0.5px'>{e(bank)}</span>"
        f"<span class='small right'>Uw private banker: {e(manager.titled('initials'))}<br>telefoon 0{c.rng.randint(10, 79)}-{c.rng.randint(1000000, 9999999)}</span></div>"
        + address_block([f"{'De heer' if holders[0].sex == 'm' else 'Mevrouw'} {names[0]} en {'de heer' if holders[1].sex == 'm' else 'mevrouw'} {names[1]}",
                         home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city}"])
        + f"<h1 style='font-size:16pt;color:{colour}'>Vermogensoverzicht</h1>"
        + kv([("Peildatum", f"<span style='{nw}'>{e(values.date_text(end, c.date_style))}</span>"), ("Aangemaakt op", f"<b style='{nw}'>{c.d(made)}</b>"),
              ("Effectenrekening", f"{c.rng.randint(10, 99)}.{c.rng.randint(10, 99)}.{c.rng.randint(100, 999)}.{c.rng.randint(100, 999)}")], label_width="42mm")
        + "<h3>Samenvatting</h3>"
        f"<table class='lines' style='width:110mm'>{summary}<tr><td><b>Totaal vermogen</b></td><td class='right' style='{nw}'><b>{e(values.amount_text(total, 'euro'))}</b></td></tr></table>"
        "<h3>Effectenportefeuille</h3>"
        "<table class='lines' style='width:100%;font-size:8.6pt'><tr><th>Fonds / ISIN</th><th class='right'>Aantal</th><th class='right'>Koers</th>"
        f"<th>Koersdatum</th><th class='right'>Waarde</th></tr>{positions}</table>"
        "<h3>Rekening-courant</h3>"
        + kv([("IBAN", e(values.iban_text(iban, True))), ("Tenaamstelling", e(" en/of ".join(names))), ("Saldo", e(values.amount_text(cash, "euro")))], label_width="42mm")
        + f"<table class='lines' style='width:100%;font-size:8.6pt;margin-top:2mm'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bedrag</th></tr>{bookings}</table>"
    )  # fmt: skip
    return page(c, body, "@page { margin: 15mm 17mm 16mm 19mm; } body { font-size: 9.4pt; }"), _truth(names, iban, made)


# --- fresh30 split ---------------------------------------------------------------------------

_COUNTERPARTIES30 = (("Woonstad Rotterdam", "Huur {m} {y}"), ("Vattenfall Klantenservice N.V.", "Termijnbedrag energie"), ("Albert Heijn 1482", "Betaalpas"),
                     ("Belastingdienst Toeslagen", "Zorgtoeslag {m}"), ("Zilveren Kruis Achmea", "Premie {m} {y}"), ("Vitens N.V.", "Voorschot water"),
                     ("Odido Netherlands B.V.", "Factuur {m}"), ("Gemeente belastingen", "Termijn {m}"), ("NS Groep N.V.", "Reizen op saldo"))
_OTHER_BANKS30 = ("INGB", "RABO", "ABNA", "SNSB", "TRIO", "BUNQ", "KNAB", "RBRB", "ASNB")


def afschrift_export_bedrag_eerst_tegenrekening(c: Ctx):
    """Fresh30. A bank's PDF export of the transactions with the columns in an unusual order: the signed amount first, then "Af/Bij", the
    counter-account's IBAN (valid Dutch IBANs of landlords, suppliers and a person: decoys), the counterparty's name (decoy names), the
    description, "Rentedatum" and only last "Boekdatum"; no letterhead above the table, only the export's title and file name; the account
    stands in a grey box at the foot ("Rekening" the IBAN, "Tenaamstelling" the holders joined by "en", the period, "Aangemaakt op" the
    statement date)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans Condensed", "Open Sans")))
    c.restyle17(dates=("dash", "iso", "slash", "dot_pad"), amounts=("plain",))
    bank = c.pick("RABO", "ABNA", "SNSB", "ASNB", "RBRB", "TRIO")
    holders, iban, start, end, made, home = _facts(c, bank)
    form = c.pick("initials", "first", "reversed_initials")
    names = [h.name(form) for h in holders]
    nw = "white-space:nowrap"
    months = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december")
    rows = ""
    moves = []
    for _ in range(c.rng.randint(9, 13)):
        day = values.between(c.rng, start, end)
        who, what = c.rng.choice(_COUNTERPARTIES30)
        out = c.rng.random() < 0.78
        if c.rng.random() < 0.2:
            other = c.person(born=(1950, 2004))
            who, what, out = other.name("initials"), c.pick("Terugbetaling", "Verjaardag", "Tikkie etentje"), False
        amount = values.amount(c.rng.randint(3, 900) + c.rng.randint(0, 99) / 100)
        moves.append((day, who, what.format(m=months[day.month - 1], y=day.year), out, amount, values.iban(c.rng, c.rng.choice(_OTHER_BANKS30))))
    for day, who, what, out, amount, counter in sorted(moves, key=lambda m: m[0], reverse=True):
        valued = day + dt.timedelta(days=c.pick(0, 0, 1))
        rows += (f"<tr><td class='right' style='{nw}'>{'-' if out else '+'}{e(values.amount_text(amount, 'plain'))}</td><td>{'Af' if out else 'Bij'}</td>"
                 f"<td style='{nw}'>{e(counter)}</td><td>{e(who)}</td><td>{e(what)}</td><td style='{nw}'>{e(values.date_text(valued, 'dash'))}</td>"
                 f"<td style='{nw}'>{e(values.date_text(day, 'dash'))}</td></tr>")
    body = (
        "<div style='display:flex;justify-content:space-between;align-items:baseline'><b style='font-size:12pt'>Transacties exporteren &ndash; PDF</b>"
        f"<span class='small'>transacties_{iban[-6:]}_{end.strftime('%Y%m')}.pdf</span></div>"
        "<table class='lines' style='width:100%;margin-top:3mm;font-size:7.8pt'><tr><th class='right'>Bedrag (EUR)</th><th>Af/Bij</th><th>Tegenrekening</th>"
        f"<th>Naam tegenpartij</th><th>Omschrijving</th><th>Rentedatum</th><th>Boekdatum</th></tr>{rows}</table>"
        "<div style='background:#eee;padding:3mm 4mm;margin-top:6mm;font-size:9pt'>"
        + kv([("Bank", e(values.BANKS[bank])), ("Rekening", f"<b style='{nw}'>{e(values.iban_text(iban, c.rng.random() < 0.5))}</b>"),
              ("Tenaamstelling", e(" en ".join(names))),
              ("Periode", f"<span style='{nw}'>{e(values.date_text(start, 'dash'))}</span> t/m <span style='{nw}'>{e(values.date_text(end, 'dash'))}</span>"),
              ("Aangemaakt op", f"<span style='{nw}'>{c.d(made)}</span>")], label_width="34mm")
        + "</div><p class='small' style='margin-top:3mm'>Deze export is geen officieel rekeningafschrift. Bedragen met een min-teken zijn afgeschreven.</p>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS + " body { font-size: 9pt; }"), _truth(names, iban, made)


def internetbankieren_zoekfilter_periode_chips(c: Ctx):
    """Fresh30. Internet banking's search page printed from the browser with the filter panel open: the search word, the chips of the
    chosen filters ("Periode: ... - ... ×" with a start and an end day, "Bedrag vanaf", "Af en bij": decoy dates and sums), the number of
    results, then only the matching transactions; the account chosen in a card at the top ("Gezamenlijke rekening" or "Betaalrekening", the IBAN and the holders
    joined by "&"), and "Overzicht gemaakt op" the statement date beside the results (the browser's date line in the same day)."""
    c.font_of(c.pick(("Open Sans", "Cantarell"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("dash", "long", "wd_nopad", "short_nodot"), amounts=("euro",))
    bank = c.pick("INGB", "RABO", "ABNA", "SNSB", "KNAB", "BUNQ")
    holders, iban, start, end, made, home = _facts(c, bank)
    form = c.pick("first", "initials", "all")
    names = [h.name(form) for h in holders]
    nw = "white-space:nowrap"
    colour = {"INGB": "#ff6200", "RABO": "#000d9e", "ABNA": "#00857a", "SNSB": "#6c2c91", "KNAB": "#0a5ba8", "BUNQ": "#2b8a3e"}[bank]
    low = c.pick(None, 25, 50, 100)
    period_from = start - dt.timedelta(days=c.pick(0, 31, 61))
    direction = c.pick("Af en bij", "Alleen af", "Af en bij")
    chip = "display:inline-block;border:0.8px solid #999;border-radius:4mm;padding:0.6mm 3mm;margin:0 2mm 1mm 0;font-size:8pt;background:#f4f4f4"
    chips = (f"<span style='{chip}'>Periode: {e(values.date_text(period_from, 'dash'))} &ndash; {e(values.date_text(end, 'dash'))} &nbsp;&times;</span>"
             + (f"<span style='{chip}'>Bedrag vanaf {e(values.amount_text(values.amount(low), 'dash'))} &nbsp;&times;</span>" if low else "")
             + f"<span style='{chip}'>{direction} &nbsp;&times;</span>")
    txs = [t for t in _transactions(c, period_from, end, 16) if (not low or float(t[2]) >= low) and (t[3] or direction != "Alleen af")]
    word = c.pick("", "", txs[0][1] if txs else "")
    if word and sum(t[1] == word for t in txs) >= 2:
        txs = [t for t in txs if t[1] == word]
    else:
        word = ""
    txs = txs[:9]
    rows = "".join(f"<tr><td style='{nw}'>{e(values.date_text(d, 'short_nodot'))}</td><td>{e(w)}</td>"
                   f"<td class='right' style='{nw}'>{'-' if out else '+'} {e(values.amount_text(a, 'euro'))}</td></tr>" for d, w, a, out in reversed(txs))
    body = (
        browser_header(f"Zoeken in transacties - {values.BANKS[bank]}", f"https://bankieren.{values.BANKS[bank].lower().replace(' ', '')}.nl/transacties/zoeken",
                       f"{made.day}-{made.month}-{made.year} {c.rng.randint(8, 22):02d}:{c.rng.randint(0, 59):02d}")
        + f"<div style='background:{colour};color:#fff;padding:2.5mm 4mm;margin-top:2mm'><b style='font-size:13pt'>{e(values.BANKS[bank])}</b>"
        "<span style='float:right;font-size:8.5pt'>Overzicht &middot; Betalen &middot; Sparen &middot; Zoeken</span></div>"
        "<div style='border:0.8px solid #bbb;border-radius:2mm;padding:3mm 4mm;margin:4mm 0'>"
        f"<div class='small'>{'Gezamenlijke rekening' if len(names) > 1 else 'Betaalrekening'}</div><b style='font-size:11pt;{nw}'>{e(values.iban_text(iban, True))}</b><br>{e(' & '.join(names))}</div>"
        "<table style='width:100%'><tr><td style='width:58mm;vertical-align:top;border-right:0.8px solid #ddd;padding-right:4mm'>"
        f"<div style='font-weight:bold;margin-bottom:2mm'>Filters</div><div class='small'>Zoekwoord</div>"
        f"<div style='border:0.8px solid #999;padding:1mm 2mm;margin-bottom:3mm'>{e(word) or '&nbsp;'}</div>"
        f"<div class='small'>Van</div><div style='border:0.8px solid #999;padding:1mm 2mm'>{e(values.date_text(period_from, 'dash'))}</div>"
        f"<div class='small' style='margin-top:2mm'>Tot en met</div><div style='border:0.8px solid #999;padding:1mm 2mm'>{e(values.date_text(end, 'dash'))}</div>"
        "</td><td style='padding-left:4mm;vertical-align:top'>"
        f"<div>{chips}</div>"
        f"<div style='display:flex;justify-content:space-between;margin:2mm 0'><b>{len(txs)} resultaten</b><span class='small'>Overzicht gemaakt op "
        f"<b style='{nw}'>{c.d(made)}</b></span></div>"
        f"<table class='lines' style='width:100%;font-size:8.8pt'>{rows}</table></td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(names, iban, made)


# --- fresh31 split ---------------------------------------------------------------------------

_ARCHIVE_BANKS31 = (("ABNA", "ABN AMRO", "#00857a"), ("INGB", "ING", "#ff6200"), ("RABO", "Rabobank", "#000099"), ("TRIO", "Triodos Bank", "#006f5f"))
_ARCHIVE_SHOPS31 = ("Albert Heijn", "Jumbo", "Kruidvat", "NS Reizigers", "Vattenfall", "Ziggo", "Menzis", "Gemeente belastingen", "HEMA", "Praxis")


def archiefkopie_oud_afschrift_kopiekosten(c: Ctx):
    """Fresh31. A copy of an earlier statement that the holders ordered from the bank's archive: a banner across the top "KOPIE UIT ARCHIEF"
    with the day the copy was made and the request's number, "Kosten kopie" with the sum charged and the month's statement number (decoys:
    the copy is later than the statement and the sum is no transaction), then the statement as it was, in grey as archive prints come out:
    "Rekeninghouder(s)" one a line, the IBAN, the period, the transactions with their days and the balances; "Datum afschrift" the statement
    date. The copy's banner is printed over a faint diagonal "KOPIE"."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "FreeSans")))
    c.restyle17(dates=("dash", "short", "dot_pad", "long"), amounts=("plain",))
    code, bank, colour = c.rng.choice(_ARCHIVE_BANKS31)
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("initials", "first", "reversed_initials")
    names = [h.name(form) for h in holders]
    nw = "white-space:nowrap"
    copied = made + dt.timedelta(days=c.rng.randint(20, 160))
    fee = values.amount(c.pick(5.0, 7.5, 10.0, 12.5))
    balance = c.rng.randint(150, 4200) + c.rng.randint(0, 99) / 100
    opening = balance
    rows = ""
    for day, who, amount, out in sorted((values.between(c.rng, start, end), c.rng.choice(_ARCHIVE_SHOPS31),
                                         values.amount(c.rng.randint(4, 380) + c.rng.randint(0, 99) / 100), c.rng.random() < 0.8) for _ in range(c.rng.randint(7, 10))):
        balance += -float(amount) if out else float(amount)
        rows += (f"<tr><td style='{nw}'>{e(values.date_text(day, 'dash'))}</td><td>{e(who)}</td><td class='right'>{'' if out else e(values.amount_text(amount, 'plain'))}</td>"
                 f"<td class='right'>{e(values.amount_text(amount, 'plain')) if out else ''}</td></tr>")
    holder_lines = "<br>".join(e(n) for n in names)
    banner = ("<div style='border:1.6px solid #8a1c1c;color:#8a1c1c;padding:2mm 3mm;margin-bottom:5mm;display:flex;justify-content:space-between'>"
              f"<b style='font-size:12pt;letter-spacing:1px'>KOPIE UIT ARCHIEF</b><span class='small' style='color:#8a1c1c'>Aangemaakt "
              f"{e(values.date_text(copied, 'dash'))} &middot; verzoek {c.rng.randint(1000000, 9999999)} &middot; Kosten kopie "
              f"{e(values.amount_text(fee, 'euro'))}</span></div>")
    body = (
        banner
        + "<div style='color:#3a3a3a'>"
        + f"<table style='width:100%'><tr><td><span class='logo' style='font-size:17pt;color:{colour}'>{e(bank)}</span></td>"
        f"<td class='right'><b>Rekeningafschrift</b><br><span class='small'>Afschriftnummer {c.rng.randint(1, 12)}/{end.year}</span></td></tr></table>"
        + f"<table style='width:100%;margin-top:5mm'><tr><td style='width:55%'><span class='small'>Rekeninghouder(s)</span><br>{holder_lines}<br>"
        f"{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))} {e(home.city)}</td><td>"
        + kv([("IBAN", f"<span style='{nw}'>{e(values.iban_text(iban, True))}</span>"),
              ("Periode", f"<span style='{nw}'>{e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))}</span>"),
              ("Datum afschrift", f"<span style='{nw}'>{c.d(made)}</span>")], label_width="30mm")
        + "</td></tr></table>"
        + f"<p style='margin-top:4mm'>Beginsaldo <b>{e(values.amount_text(values.amount(opening), 'plain'))}</b></p>"
        "<table class='lines' style='width:100%;font-size:9pt'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bij</th><th class='right'>Af</th></tr>"
        f"{rows}</table>"
        + f"<p>Eindsaldo <b>{e(values.amount_text(values.amount(abs(balance)), 'plain'))}{' -' if balance < 0 else ''}</b></p>"
        "</div>"
        "<div style='position:absolute;top:95mm;left:30mm;font-size:64pt;color:rgba(138,28,28,0.08);transform:rotate(-28deg);font-weight:bold'>KOPIE</div>"
        "<p class='small' style='margin-top:8mm;color:#666'>Deze kopie is een weergave van het originele afschrift zoals het in ons archief is "
        "opgeslagen. De kosten worden van uw rekening afgeschreven.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; position: relative; }"), _truth(names, iban, made)


def asn_bank_naamswijziging_sns_afschrift(c: Ctx):
    """Fresh31. A statement in the months in which SNS and RegioBank became ASN Bank: the new ASN Bank head with the old name greyed
    beside it ("voorheen SNS" or "voorheen RegioBank"), a green notice box that the IBAN stays the same and from which day the new name
    applies (a decoy day), the new customer service number and the head office's address and postcode (decoys); the account block
    ("Tenaamstelling" the holders joined by "en/of", "IBAN" with the old bank code), the period and the transactions; "Datum aanmaak" the
    statement date."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Cantarell", "Carlito")))
    c.restyle17(dates=("long", "dash", "short_nodot", "nopad"), amounts=("euro",))
    code, old = c.pick(("SNSB", "SNS"), ("RBRB", "RegioBank"))
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("initials", "first", "all")
    names = [h.name(form) for h in holders]
    nw = "white-space:nowrap"
    switch = dt.date(made.year, c.rng.randint(1, 11), 1)
    rows = "".join(f"<tr><td style='{nw}'>{e(values.date_text(d, 'dash'))}</td><td>{e(w)}</td><td class='right' style='{nw}'>{'-' if out else '+'} "
                   f"{e(values.amount_text(a, 'euro'))}</td></tr>" for d, w, a, out in _transactions(c, start, end, c.rng.randint(7, 10)))
    body = (
        "<table style='width:100%'><tr><td><span class='logo' style='font-size:19pt;color:#1b6f3a'>ASN Bank</span> "
        f"<span style='color:#9a9a9a;font-size:10pt'>voorheen {e(old)}</span></td>"
        "<td class='right small'>ASN Bank N.V.<br>Croeselaan 1, 3521 BJ Utrecht<br>Klantenservice 030 - 291 42 00</td></tr></table>"
        f"<div style='background:#e7f3ea;border-left:4px solid #1b6f3a;padding:2.4mm 4mm;margin:5mm 0'><b>{e(old)} heet nu ASN Bank.</b> Vanaf "
        f"<span style='{nw}'>{e(values.date_text(switch, 'long'))}</span> ziet u onze nieuwe naam op uw afschriften. Uw rekeningnummer (IBAN) blijft "
        "hetzelfde. U hoeft niets te doen.</div>"
        "<h1 style='font-size:14pt'>Rekeningoverzicht betaalrekening</h1>"
        + kv([("Tenaamstelling", e(" en/of ".join(names))), ("IBAN", f"<span style='{nw}'>{e(values.iban_text(iban, c.rng.random() < 0.7))}</span>"),
              ("Periode", f"<span style='{nw}'>{e(values.date_text(start, 'long'))} t/m {e(values.date_text(end, 'long'))}</span>"),
              ("Datum aanmaak", f"<span style='{nw}'>{c.d(made)}</span>")], label_width="38mm")
        + "<table class='lines' style='width:100%;margin-top:4mm;font-size:9pt'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bedrag</th></tr>"
        f"{rows}</table>"
        f"<p class='small' style='margin-top:6mm'>Post voor ASN Bank stuurt u naar Postbus 8444, 3503 RK Utrecht. Vragen over de naamswijziging? "
        "Kijk op asnbank.nl/naamswijziging.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(names, iban, made)


# --- fresh32 split ---------------------------------------------------------------------------

_CALL_BANKS32 = (("INGB", "ING", "#ff6200"), ("RABO", "Rabobank", "#000099"), ("ABNA", "ABN AMRO", "#00857a"), ("KNAB", "Knab", "#0a2b5c"),
                 ("SNSB", "SNS", "#6a1f7a"), ("TRIO", "Triodos Bank", "#006f5f"))
_CALL_CORPORATIONS32 = ("Ymere", "de Alliantie", "Eigen Haard", "Portaal", "Woonstad Rotterdam", "Mitros", "Kennemer Wonen", "Woonopmaat")


def bank_videogesprek_gedeeld_scherm_afschrift(c: Ctx):
    """Fresh32. A screenshot the corporation's employee made during a video call in which the applicant shared the screen with the bank's
    PDF statement open, printed on a landscape sheet: the meeting's bar (its title, the running time), "<naam> presenteert", the shared PDF
    viewer with the statement (the bank's head, "Rekeninghouder(s)" the holders joined by "en", the IBAN, the period, "Datum afschrift" the
    statement date, the opening and closing balance and the transactions), the participants' tiles beside it (the employee and the holders
    under the names they use in the app: decoys), a chat with the employee's question and the times, and the screenshot's own file name with
    its day and time (a decoy) at the foot."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "short_nodot"), amounts=("plain",))
    code, bank, colour = c.rng.choice(_CALL_BANKS32)
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("initials", "first", "all")
    names = [h.name(form) for h in holders]
    nw = "white-space:nowrap"
    corp = c.rng.choice(_CALL_CORPORATIONS32)
    employee = c.person(born=(1968, 2001))
    called = made + dt.timedelta(days=c.rng.randint(5, 60))
    hour, minute = c.rng.randint(9, 16), c.rng.randint(0, 59)
    balance = c.rng.randint(200, 3800) + c.rng.randint(0, 99) / 100
    opening = balance
    rows = ""
    for day, who, amount, out in _transactions(c, start, end, c.rng.randint(6, 8)):
        balance += -float(amount) if out else float(amount)
        rows += (f"<tr><td style='{nw}'>{e(values.date_text(day, 'dash'))}</td><td>{e(who)}</td>"
                 f"<td class='right' style='{nw}'>{'-' if out else '+'}{e(values.amount_text(amount, 'plain'))}</td></tr>")
    statement = (
        "<div style='background:#fff;color:#111;width:150mm;margin:0 auto;padding:6mm 8mm;font-size:8pt;box-shadow:0 0.5mm 1.5mm rgba(0,0,0,0.4)'>"
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:14pt;color:{colour}'>{e(bank)}</span></td>"
        "<td class='right'><b>Rekeningafschrift</b></td></tr></table>"
        + kv([("Rekeninghouder(s)", e(" en ".join(names))), ("IBAN", f"<span style='{nw}'>{e(values.iban_text(iban, True))}</span>"),
              ("Periode", f"<span style='{nw}'>{e(values.date_text(start, 'dash'))} t/m {e(values.date_text(end, 'dash'))}</span>"),
              ("Datum afschrift", f"<span style='{nw}'>{c.d(made)}</span>"),
              ("Beginsaldo", e(values.amount_text(values.amount(opening), 'plain')))], label_width="36mm")
        + f"<table class='lines' style='width:100%;margin-top:2mm'><tr><th>Datum</th><th>Omschrijving</th><th class='right'>Bedrag</th></tr>{rows}</table>"
        + f"<div style='margin-top:1.5mm'>Eindsaldo {e(values.amount_text(values.amount(abs(balance)), 'plain'))}{' -' if balance < 0 else ''}</div></div>")
    tile = lambda label, shade: (f"<div style='background:{shade};color:#fff;height:24mm;border-radius:1.5mm;margin-bottom:2mm;position:relative'>"  # noqa: E731
                                 f"<span style='position:absolute;left:2mm;bottom:1.5mm;font-size:7.6pt'>{label}</span></div>")
    tiles = (tile(f"{e(employee.name('first'))} ({e(corp)})", "#3b3f52") + tile(e(holders[0].name("first")), "#4a4f66")
             + (tile(e(holders[1].name("first")), "#55506b") if len(holders) > 1 else "") + tile("Jij", "#2e3142"))
    chat = (f"<div style='font-size:7.6pt;background:#f3f2f8;border-radius:1.2mm;padding:1.5mm 2mm;margin-top:1mm'><b>{e(employee.name('first'))}</b> "
            f"{hour:02d}:{minute:02d}<br>Kunt u het afschrift van {e(values.MONTHS[start.month - 1])} even laten zien?</div>"
            f"<div style='font-size:7.6pt;background:#e8e6f6;border-radius:1.2mm;padding:1.5mm 2mm;margin-top:1.5mm'><b>{e(holders[0].name('first'))}</b> "
            f"{hour:02d}:{(minute + 1) % 60:02d}<br>Ik deel mijn scherm</div>")
    body = (
        "<div style='border:0.8px solid #555;background:#292b36;color:#fff'>"
        f"<div style='display:flex;justify-content:space-between;padding:1.8mm 3mm;background:#464775;font-size:8.4pt'><span>Gesprek aanvraag "
        f"{e(corp)}</span><span>{c.rng.randint(0, 1):02d}:{c.rng.randint(10, 59):02d}:{c.rng.randint(10, 59):02d} &nbsp; Chat &nbsp; Personen &nbsp; "
        "<span style='background:#c4314b;padding:0.4mm 2.5mm;border-radius:1mm'>Verlaten</span></span></div>"
        "<table style='width:100%'><tr><td style='width:76%;padding:2mm 3mm'>"
        f"<div style='font-size:7.8pt;color:#ddd;margin-bottom:1.5mm'>{e(holders[0].name('first'))} presenteert</div>"
        "<div style='background:#525659;border:2px solid #c4314b;padding:3mm 0'><div style='font-size:7.4pt;color:#eee;padding:0 3mm 2mm 3mm'>"
        f"Afschrift_{e(iban[-4:])}_{start.year}{start.month:02d}.pdf &nbsp;&nbsp; 1 / 1 &nbsp;&nbsp; 100%</div>{statement}</div></td>"
        f"<td style='padding:2mm 3mm 2mm 0;color:#111'>{tiles}{chat}</td></tr></table></div>"
        f"<p class='small' style='margin-top:2mm'>Schermafbeelding {e(values.date_text(called, 'iso'))} om {hour:02d}.{(minute + 3) % 60:02d}.{c.rng.randint(10, 59)}.png</p>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS + " body { font-size: 9pt; }"), _truth(names, iban, made)


def _show_through32(rng, lines: list[str]) -> str:
    """A data URI of the back of a thin sheet showing through the front: the lines set in grey and mirrored (an image, no text layer)."""
    import base64
    import io

    from PIL import Image, ImageDraw, ImageFont, ImageOps

    font = ImageFont.truetype("DejaVuSans.ttf", 25)
    sheet = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(sheet)
    y = 170
    for line in lines:
        draw.text((150, y), line, font=font, fill=rng.choice((222, 226, 229)))
        y += 44 if line else 30
    out = io.BytesIO()
    ImageOps.mirror(sheet).save(out, "PNG", optimize=True)
    return "data:image/png;base64," + base64.b64encode(out.getvalue()).decode("ascii")


_THIN_BANKS32 = (("RBRB", "RegioBank", "#e2001a"), ("SNSB", "SNS", "#6a1f7a"), ("ASNB", "ASN Bank", "#007d8a"), ("RABO", "Rabobank", "#000099"),
                 ("TRIO", "Triodos Bank", "#006f5f"))


def afschrift_dubbelzijdig_achterzijde_schijnt_door(c: Ctx):
    """Fresh32. A paper statement printed on both sides of thin paper and scanned from the front: the back page (the transactions that go on
    and the bank's notes, with their own days and sums) shows through mirrored in grey under the text (a picture, no text), and the front
    says "Blad 1 van 2 &ndash; z.o.z.": the bank's head, the holders one a line in the address window over the address and postcode,
    "Ten name van" the holders joined by "en/of", the IBAN, the period, "Afschriftdatum" the statement date, the first transactions."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "FreeSans")))
    c.restyle17(dates=("dash", "long", "dot_pad", "short"), amounts=("plain",))
    code, bank, colour = c.rng.choice(_THIN_BANKS32)
    holders, iban, start, end, made, home = _facts(c, code)
    form = c.pick("initials", "first", "all")
    names = [h.name(form) for h in holders]
    nw = "white-space:nowrap"
    back = ["Vervolg transacties", ""]
    for day, who, amount, out in _transactions(c, start, end, c.rng.randint(10, 14)):
        back.append(f"{values.date_text(day, 'dash')}    {who:<28}  {'-' if out else '+'}{values.amount_text(amount, 'plain')}")
    back += ["", f"Nieuw saldo per {values.date_text(end + dt.timedelta(days=c.rng.randint(1, 20)), 'dash')}", "",
             "Belangrijke informatie", "Controleer uw afschrift. Klopt er iets niet? Neem dan binnen 30 dagen contact op.",
             f"Rentevergoeding spaarrekening {c.pick('1,25', '1,50', '0,90')}% per jaar. Depositogarantiestelsel tot 100.000 euro.",
             f"Klantenservice 030 {c.rng.randint(200, 999)} {c.rng.randint(1000, 9999)}  -  Blad 2 van 2"]
    image = _show_through32(c.rng, back)
    balance = c.rng.randint(150, 2600) + c.rng.randint(0, 99) / 100
    rows = ""
    for day, who, amount, out in _transactions(c, start, end, c.rng.randint(7, 10)):
        balance += -float(amount) if out else float(amount)
        rows += (f"<tr><td style='{nw}'>{e(values.date_text(day, 'dash'))}</td><td>{e(who)}</td><td class='right'>{'' if out else e(values.amount_text(amount, 'plain'))}</td>"
                 f"<td class='right'>{e(values.amount_text(amount, 'plain')) if out else ''}</td></tr>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:17pt;color:{colour}'>{e(bank)}</span></td>"
        f"<td class='right small'>Postbus {c.rng.randint(100, 9999)}<br>{e(people.issuer_address(c.rng)[1])}</td></tr></table>"
        + "<div style='margin:9mm 0 7mm 0'>" + "<br>".join(e(n) for n in names)
        + f"<br>{e(home.line1())}<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city.upper())}</div>"
        + "<h2 style='margin-top:0'>Rekeningafschrift</h2>"
        + grid([("Ten name van", e(" en/of ".join(names))), ("IBAN", f"<span style='{nw}'>{e(values.iban_text(iban, True))}</span>"),
                ("Periode", f"<span style='{nw}'>{e(values.date_text(start, 'dash'))} - {e(values.date_text(end, 'dash'))}</span>"),
                ("Afschriftdatum", f"<span style='{nw}'>{c.d(made)}</span>")], columns=2, label_width="30mm")
        + "<table class='lines' style='width:100%;margin-top:4mm;font-size:9pt;background:rgba(255,255,255,0.35)'><tr><th>Datum</th><th>Omschrijving</th>"
        f"<th class='right'>Bij</th><th class='right'>Af</th></tr>{rows}</table>"
        f"<p class='right small' style='margin-top:4mm'>Blad 1 van 2 &ndash; z.o.z.</p>"
    )  # fmt: skip
    css = (f"@page {{ background: url('{image}') no-repeat; background-size: 210mm 297mm; }} body {{ font-size: 9.6pt; }}")
    return page(c, body, css), _truth(names, iban, made)


LAYOUTS = {f.__name__: f for f in (ing_statement, rabobank_statement, abn_statement, sns_statement, bunq_export,
                                   triodos_statement, knab_app_csv,
                                   van_lanschot_statement, handelsbanken_statement,
                                   mainframe_caps_statement, international_clients_english,
                                   ing_csv_print, asn_two_page_statement, rabo_online_print,
                                   revolut_statement_en, abn_amro_landscape_overview, mijn_ing_transaction_print,
                                   atm_mini_afschrift, knab_brief_overzicht_p2, mt940_export_print,
                                   deutsche_bank_venster_transport, regiobank_dagafschrift_kettingpapier,
                                   spaarrekening_tegenrekening_kwartaal, jaaroverzicht_betaalrekening,
                                   bankverklaring_rekeninghouders, app_screenshots_naast_elkaar,
                                   spreadsheet_csv_print, afgeschermde_bedragen,
                                   neobank_tweetalig_maandafschrift, mail_met_afschrift_eronder,
                                   transactieoverzicht_lopend_saldo_cookiebalk, afschrift_omr_kantlijncode,
                                   camt053_xml_browserprint, maandoverzicht_uitgaven_categorieen,
                                   turkse_bank_nl_vestiging_tweetalig, afschrift_pdfviewer_bladwijzers_zoektreffers,
                                   saldo_opgave_jaareinde_box3, bevestiging_en_of_rekening_tenaamstelling,
                                   kwartaaloverzicht_betrokkenen_rollen, afschrift_zijkolom_samenvatting,
                                   afschrift_informatieblad_depositogarantie, internetbankieren_paginakop_saldo_cr_db,
                                   transacties_per_dag_gegroepeerd_dagsaldo, afschrift_tenaamstelling_e_o_titulatuur,
                                   budgetapp_export_gekoppelde_rekeningen, duurzame_bank_afschrift_impactkader,
                                   afschrift_budgetcoach_pennotities, tablet_splitview_rekeningen,
                                   afschrift_duplicaat_balie_stempel, afschrift_grote_letters_blokken,
                                   slotafschrift_rekening_opgeheven, afschrift_overstapservice_doorgeleid,
                                   regiobank_adviseur_kantoor_afschrift, vergoedingenstaat_betaalrekening_jaar,
                                   afschrift_incassodetails_machtigingskenmerk, afschrift_passenoverzicht_pashouders,
                                   knab_afschrift_vreemde_valuta_koersen, bunq_gezamenlijke_rekening_leden_iso,
                                   psd2_rekeninginformatie_rapport, kwartaalafschrift_per_soort_subtotalen,
                                   bank_reference_letter_english, afschrift_bovenstrook_opgeplakt,
                                   internetbankieren_transactiedetails_uitgeklapt, afschrift_twee_kolommen_compact,
                                   bank_kalenderweergave_maandraster, bank_saldoverloop_lijngrafiek,
                                   ing_totaaloverzicht_betalen_en_sparen, private_banking_vermogensoverzicht_rekening_courant,
                                   afschrift_export_bedrag_eerst_tegenrekening, internetbankieren_zoekfilter_periode_chips,
                                   archiefkopie_oud_afschrift_kopiekosten, asn_bank_naamswijziging_sns_afschrift,
                                   bank_videogesprek_gedeeld_scherm_afschrift, afschrift_dubbelzijdig_achterzijde_schijnt_door)}  # fmt: skip
HELDOUT = {"knab_app_csv"}
FRESH = {"van_lanschot_statement", "handelsbanken_statement"}
"""Layouts of the fresh split only (see brp_uittreksel.FRESH)."""
FRESH2 = {"mainframe_caps_statement", "international_clients_english"}
"""Layouts of the fresh2 split only (see brp_uittreksel.FRESH2)."""
FRESH3 = {"ing_csv_print", "asn_two_page_statement", "rabo_online_print"}
"""Layouts of the fresh3 split only: a third first-contact set, by yet another author who never saw the reader."""
FRESH4 = {"revolut_statement_en", "abn_amro_landscape_overview", "mijn_ing_transaction_print"}
"""Layouts of the fresh4 split only: a fourth first-contact set, by another author who never saw the reader."""
FRESH5 = {"atm_mini_afschrift", "knab_brief_overzicht_p2", "mt940_export_print"}
"""Layouts of the fresh5 split only: a fifth first-contact set, by another author who never saw the reader."""
FRESH6 = {"deutsche_bank_venster_transport", "regiobank_dagafschrift_kettingpapier"}
"""Layouts of the fresh6 split only: a sixth first-contact set, by another author who never saw the reader."""
FRESH7 = {"spaarrekening_tegenrekening_kwartaal", "jaaroverzicht_betaalrekening"}
"""Layouts of the fresh7 split only: a seventh first-contact set, by another author who never saw the reader."""
FRESH8 = {"bankverklaring_rekeninghouders", "app_screenshots_naast_elkaar"}
"""Layouts of the fresh8 split only: an eighth first-contact set, by another author who never saw the reader."""
FRESH9 = {"spreadsheet_csv_print", "afgeschermde_bedragen"}
"""Layouts of the fresh9 split only: a ninth first-contact set, by another author who never saw the reader."""
FRESH10 = {"neobank_tweetalig_maandafschrift", "mail_met_afschrift_eronder"}
"""Layouts of the fresh10 split only: a tenth first-contact set, by another author who never saw the reader."""
FRESH11 = {"transactieoverzicht_lopend_saldo_cookiebalk", "afschrift_omr_kantlijncode"}
"""Layouts of the fresh11 split only: an eleventh first-contact set, by another author who never saw the reader."""
FRESH12 = {"camt053_xml_browserprint", "maandoverzicht_uitgaven_categorieen"}
"""Layouts of the fresh12 split only: a twelfth first-contact set, by another author who never saw the reader."""
FRESH13 = {"turkse_bank_nl_vestiging_tweetalig", "afschrift_pdfviewer_bladwijzers_zoektreffers"}
"""Layouts of the fresh13 split only: a thirteenth first-contact set, by another author who never saw the reader."""
FRESH14 = {"saldo_opgave_jaareinde_box3", "bevestiging_en_of_rekening_tenaamstelling"}
"""Layouts of the fresh14 split only: a fourteenth first-contact set, by another author who never saw the reader."""
FRESH15 = {"kwartaaloverzicht_betrokkenen_rollen", "afschrift_zijkolom_samenvatting"}
"""Layouts of the fresh15 split only: a fifteenth first-contact set, by another author who never saw the reader."""
FRESH16 = {"afschrift_informatieblad_depositogarantie", "internetbankieren_paginakop_saldo_cr_db"}
"""Layouts of the fresh16 split only: a sixteenth first-contact set, by another author who never saw the reader."""
FRESH17 = {"transacties_per_dag_gegroepeerd_dagsaldo", "afschrift_tenaamstelling_e_o_titulatuur"}
"""Layouts of the fresh17 split only: a seventeenth first-contact set, by another author who never saw the reader."""
FRESH18 = {"budgetapp_export_gekoppelde_rekeningen", "duurzame_bank_afschrift_impactkader"}
"""Layouts of the fresh18 split only: an eighteenth first-contact set, by another author who never saw the reader."""
FRESH19 = {"afschrift_budgetcoach_pennotities", "tablet_splitview_rekeningen"}
"""Layouts of the fresh19 split only: a nineteenth first-contact set, by another author who never saw the reader."""
FRESH20 = {"afschrift_duplicaat_balie_stempel", "afschrift_grote_letters_blokken"}
"""Layouts of the fresh20 split only: a twentieth first-contact set, by another author who never saw the reader."""
FRESH21 = {"slotafschrift_rekening_opgeheven", "afschrift_overstapservice_doorgeleid"}
"""Layouts of the fresh21 split only: a twenty-first first-contact set, by another author who never saw the reader."""
FRESH22 = {"regiobank_adviseur_kantoor_afschrift", "vergoedingenstaat_betaalrekening_jaar"}
"""Layouts of the fresh22 split only: a twenty-second first-contact set, by another author who never saw the reader."""
FRESH23 = {"afschrift_incassodetails_machtigingskenmerk", "afschrift_passenoverzicht_pashouders"}
"""Layouts of the fresh23 split only: a twenty-third first-contact set, by another author who never saw the reader."""
FRESH24 = {"knab_afschrift_vreemde_valuta_koersen", "bunq_gezamenlijke_rekening_leden_iso"}
"""Layouts of the fresh24 split only: a twenty-fourth first-contact set, by another author who never saw the reader."""
FRESH25 = {"psd2_rekeninginformatie_rapport", "kwartaalafschrift_per_soort_subtotalen"}
"""Layouts of the fresh25 split only: a twenty-fifth first-contact set, by another author who never saw the reader."""
FRESH26 = {"bank_reference_letter_english", "afschrift_bovenstrook_opgeplakt"}
"""Layouts of the fresh26 split only: a twenty-sixth first-contact set, by another author who never saw the reader."""
FRESH27 = {"internetbankieren_transactiedetails_uitgeklapt", "afschrift_twee_kolommen_compact"}
"""Layouts of the fresh27 split only: a twenty-seventh first-contact set, by another author who never saw the reader."""
FRESH28 = {"bank_kalenderweergave_maandraster", "bank_saldoverloop_lijngrafiek"}
"""Layouts of the fresh28 split only: a twenty-eighth first-contact set, by another author who never saw the reader."""
FRESH29 = {"ing_totaaloverzicht_betalen_en_sparen", "private_banking_vermogensoverzicht_rekening_courant"}
"""Layouts of the fresh29 split only: a twenty-ninth first-contact set, by another author who never saw the reader."""
FRESH30 = {"afschrift_export_bedrag_eerst_tegenrekening", "internetbankieren_zoekfilter_periode_chips"}
"""Layouts of the fresh30 split only: a thirtieth first-contact set, by another author who never saw the reader."""
FRESH31 = {"archiefkopie_oud_afschrift_kopiekosten", "asn_bank_naamswijziging_sns_afschrift"}
"""Layouts of the fresh31 split only: a thirty-first first-contact set, by another author who never saw the reader."""
FRESH32 = {"bank_videogesprek_gedeeld_scherm_afschrift", "afschrift_dubbelzijdig_achterzijde_schijnt_door"}
"""Layouts of the fresh32 split only: a thirty-second first-contact set, by another author who never saw the reader."""
