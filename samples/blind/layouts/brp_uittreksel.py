"""BRP extracts (uittreksel Basisregistratie Personen), as municipalities print them.

Modelled on the public descriptions and samples of municipal extracts: an A4 with the
municipality's header and Postbus, the address, and per resident the name, birth date,
BSN and the date of settling at the address ("datum vestiging op adres", "datum
aanvang adreshouding", "ingeschreven sinds"). Variations: a gezinsuittreksel, one with
the address history (earlier addresses and their dates, which are not the answer), a
ruled persons table, the extract as a signed declaration in prose, and a split-name
grid (geslachtsnaam / voorvoegsel / voornamen as separate fields).

The fresh split adds: the print with the element numbers of the BRP's logical design
(01.02.40 Geslachtsnaam, 08.10.30 Datum aanvang adreshouding; the A-nummer beside the
BSN, the house number split into huisnummer / huisletter / toevoeging, the date of
settling in the municipality beside the date of settling at the address), a persons
table turned on its side (one column a resident, the labels down the left, a footnote),
and boxed values with their labels printed under them.

The fresh2 split adds: a terminal print in capitals with dotted leaders (names surname
first, the request's date in the header, each resident's previous address, the date it
was left and sometimes the date of settling in the Netherlands beside the date that
counts; its truth is the capitals printed), and two pages whose first is the covering
letter (sent to a correspondence address, a contact person, the request's date) and whose
second is the extract under right-aligned labels.

The fresh3 split adds ordinary prints as more municipalities make them: a small municipality's
signed "verklaring van inschrijving" (residents in a ruled table with their birthplace, the
request date and the fee above, the issue date written in words at the foot), a historic extract
per person with several earlier addresses (the current one the row without an end date, oldest or
newest first), and an e-loket download (made on a date and time, the municipality in brackets
after the city, a verification code and a signature validity date).

The fresh4 split adds: a city's extract with stacked sections per resident ("Gegevens persoon", "Gegevens
verblijfplaats" with the date of settling in the municipality above the date at the address, "Gegevens ouders"
naming parents who mostly live elsewhere, a marriage with its date; surnames' cores in capitals), a landscape
household table (relation to the main occupant, civil status, birthplace, the previous municipality, names
surname first with the particle in front), and an international desk's bilingual extract (Dutch labels over
English ones, birthplaces abroad, the date of arrival in the Netherlands before the date at the address).

The fresh5 split adds: a municipality's extract "bewoners van een adres" under a diagonal "KOPIE" watermark
(labels above values in cards, a married partner under her name in use, the date of settling in the municipality
beside the date at the address, a table of earlier residents who have left, the gemeente's IBAN and fee in the
letterhead, a turned stamp), two pages under a running head whose first is the request (requester, a
correspondence address elsewhere, the request's date, fee and IBAN) and whose second holds the address, the
residents with dates as 20190301 and the issue date, and a fixed-width system print with one record line per
resident (BSN, A-nummer, "Meer van der, J.C.", compact dates, a "laatste mutatie" date in the header).

The fresh6 split adds: a print from the town hall's self-service kiosk (each resident in a ruled "Rubriek | Waarde"
grid, surnames in capitals before the given names, "05 mrt 2026" dates, a QR code beside a verification code and the
municipality's checking page at the foot), and an A5 "afschrift" from a small municipality's counter (each resident in
one sentence with birthplace and BSN, the municipality in capitals only, the clerk's initials, the issue date and the
fee in a small table at the foot).

The fresh7 split adds: an English-only certificate a municipality issues for use abroad ("Extract from the Personal
Records Database", a double frame and a seal, the residents in one table with given names and the whole surname in
capitals, dates "5th March 2026"), and a two-page extract whose second page is the apostille a district court put on
it (page 1 the residents surname first as "Van der Meer, Johannes Cornelis", dates as "05-MRT-2026", the clerk's
deposited signature; page 2 the apostille's ten numbered fields in Dutch, English and French with the court's own,
later date).

The fresh8 split adds: the bilingual extract of a municipality in Fryslân (every label in Dutch with the Frisian
under it, "Uittreksel Basisregistratie Personen" over "Ûttreksel Basisregistraasje Persoanen", the municipality's and the
town's Frisian names beside the Dutch ones, dates with Frisian month names as "5 maaie 2026"), and an extract on the
municipality's security paper (guilloche rings, a microtext border, the paper's serial number as a decoy, every resident a
card of dotted leaders with right-aligned values, names surname first as "Van der Meer, J.C." and a married partner as
"Jansen-de Vries, M.").

The fresh9 split adds: an ordinary municipal extract as the tenant hands it back in (their own name, the address and the dates
of settling gone over with a yellow and a green highlighter, two residents ticked in the margin with a ballpoint, a yellow
sticky note in a slanted hand with a contract number and a short date "12/3" as decoys, set in a Times-like TeX Gyre serif),
and an extract of an address where two households live (a family and a lodger registered as a household of their own, one
ruled table per household under "Huishouden 1" and "Huishouden 2" with the relation to the household's first person, the
number of residents and of households above, dates as "05 maart 2026", heads in Go's small capitals).

The fresh10 split adds: a two-page extract printed "2 pages per sheet" on one landscape sheet (both pages shrunk side by
side with their own head and page number; the residents' names as a municipal system sorts them, "Meer (van der), J.C.",
the date of issue as "05.03.26"), and the municipality's e-mail answering a request for an extract with the extract pasted
into the mail as plain text (the mail client's head with an English date "Thu 5 Mar 2026", a reference number and the
service desk's signature as decoys).

The fresh11 split adds: an extract "met historische gegevens" in landscape (per resident a ruled table with an "Actueel"
column beside two "Historie" columns holding earlier addresses, postcodes, municipalities and dates of settling, marked
"(beëindigd)", as decoys; names as an old system sorts them, "Meer van der, Johannes Cornelis"; the date of issue in a
closing line "Uittreksel vervaardigd op"), and a counter's extract with the fee's receipt on the same sheet below a dashed
cut line (the residents in capitals, "JOHANNES CORNELIS VAN DER MEER"; the receipt's payer, fee, transaction number and
earlier "Betaald op" date as decoys).

The fresh12 split adds: an extract downloaded after a DigiD login with a verification code and QR code ("Datum verstrekking" beside a "Geldig tot en met" date three months later, the
requester's login and previous address as decoys, the residents as "VAN DER MEER J.C."), and a municipality's "Bewoningsoverzicht" for a
housing corporation listing current residents and earlier occupants with "Datum vestiging" and "Datum vertrek" (the earlier occupants, their
dates and the corporation's request date are decoys; names as "van der Meer, Johannes").

The fresh13 split adds: a small municipality's extract typed in a word processor (a letterhead in italic over a double rule, "Uw
aanvraag van", the date as "donderdag 05-03-2026", each resident as a block of tab-aligned labels, the fee as "EURO 15,40", the
clerk "namens deze", a rubber stamp of Burgerzaken and the template's file path at the foot as decoys), and a "Certificate of
registration" in English for an embassy ("Issued on Thursday 5 March 2026", the residents as "VAN DER MEER, Johannes", the date of
first registration in the Netherlands, the nationality and the embassy's reference as decoys, a seal).

The fresh14 split adds: a municipality's extract that draws the residence at the address as a timeline (a bar per resident from
the date of settling to "heden" over a year axis, earlier occupants' ended bars, their dates and the axis years as decoys, each
resident's birth date and BSN under the name), and an extract on letter paper with a coloured band down the left edge holding the
municipality's name in a condensed bold oblique, its address, "Uw aanvraag" (a decoy), the case number and "Datum", the residents
as cards flowing in two columns (sex, previous address and the day of leaving it as decoys).

The fresh15 split adds: a municipality's formal "Verklaring van inschrijving" in running prose ("verklaart de burgemeester ...", one
numbered sentence a resident, "1°", with the dates as "de 5e maart 1970"; the request's day, the fee as "€ 13,40" or "€ 15,–" and the
requester as decoys, "Gegeven te ..., de 5e maart 2026" at the foot), and the PDF a municipality's portal lets a resident download
("Gedownload op", a document number, every resident a four-column grid with grey small-capital labels, the names as "MEER, J.C. VAN DER";
the birthplace, nationality, the date of settling in the municipality, the previous municipality and the check's validity date as decoys).

The fresh16 split adds: the print a municipal desk application makes of an address's residents in a monospaced face with dotted
leaders in mixed case ("Naam.........: Meer, van der, J.C."; the desk user's code, the print's time, each resident's birthplace,
date of settling in the municipality and previous address, and for some a line "Gegevens in onderzoek" with its own date as
decoys; "Afdrukdatum" the issue date), and a screenshot of a municipality's app printed inside a phone's frame ("Aangemaakt op 5 Mrt
2026", the request's day and the fee as decoys, one card a resident with "Geboren", the BSN and "Woont hier sinds").

The fresh17 split adds: an extract issued by the shared service organisation that runs civil affairs for several municipalities
("voor de gemeenten A, B en C": decoy municipalities, its visiting address and postcode, the request's day and the fee as decoys; the
residents in a table of cells with names as "Van der Meer, J.C.", "Afgegeven d.d. do 5-3-2026"), and an extract "samenstelling
huishouden" with the address in boxed cells, every resident in two ruled rows with the relation to the main occupant, birthplace and
"Vestiging in Nederland" (a decoy date), "Op dit adres vanaf" the date that counts, "Opgemaakt op" beside "Geldig tot" (a decoy).

The fresh18 split adds: a municipality's confirmation of a move into an address where someone already lives (a "verhuisbericht"
that doubles as an extract: the new residents' previous address, the day the move was reported and the case number as decoys, the
current residents and the newcomers each with "Ingeschreven per", the letter's "Datum" the issue date), and an extract forwarded by
a budget administrator ("bewindvoerder": the office's name, address and postcode, the client number and a blue "ONTVANGEN" stamp with
its own date as decoys; "Datum uitreiking" the issue date, residents as numbered blocks).

The fresh19 split adds: an extract of a municipality on the German border with every label in Dutch and German ("Geboortedatum /
Geburtsdatum"; a resident's earlier address in Germany with its five-digit postcode, the purpose "Vorlage bei der Familienkasse" and its
reference number as decoys; "Datum uitgifte / Ausstellungsdatum" the issue date), and an extract in numbered sections that lists, apart
from the residents, someone who only holds a postal address ("briefadres") there (name, birth date, BSN and the day the postal address
began: a decoy person who does not live at the address; "Datum aanmaak" the issue date).

The fresh20 split adds: an extract of the residents of a houseboat's mooring (the address with the designation "t/o" for
"tegenover" and "Soort verblijfplaats: ligplaats"; the BAG mooring id, the boat's name, its European vessel number and the mooring permit's
number and end date as decoys; "Datum afgifte" the issue date), and an extract with the EU's multilingual standard form as a translation
aid (every label in Dutch, English, French and German, numbered items per resident; the member state of destination, the form's code and
the reference of the public document as decoys; "Datum van afgifte / Date of issue" the issue date, often "05.03.2026").

The fresh21 split adds: a municipality's letter supplying the residents of an address to a notary's office (the office's address and
postcode in the window, the notary's file number, the day of the request, the municipality's reference and the fee with its invoice number
as decoys; "Datum" in the reference column the issue date), and a landscape extract "met nationaliteit en verblijfsrecht" (each resident's
nationality, residence title with its start and end dates and the day of settling in the Netherlands as decoy dates beside "Datum aanvang
adreshouding"; "Datum afgifte" the issue date).

The fresh22 split adds: an extract "met gezagsgegevens" (per minor resident the code of "Indicatie gezag minderjarige", the person the
authority rests with, a third person among them, the court's ruling and the custody register's notice with their days as decoys beside
"Datum aanvang adreshouding"; "Datum uitgifte" the issue date), and an extract of a municipality formed by a merger whose street was
renamed afterwards (the former municipality, the day of the merger, the street's former name and the day of the renaming as decoys; "Datum
verstrekking" the issue date).

The fresh23 split adds: an extract of an address where one resident has a restriction on disclosure to third parties ("Indicatie
geheim", the day of the request and of the restriction's start and the kinds of third parties as decoys; "Woont op dit adres sinds" in
captioned cards, "Afgiftedatum" the issue date), and an extract that sets the address beside its BAG entry (the BAG's identification
numbers, floor area, year of construction and decision day as decoys; "Datum inschrijving op adres", "Datum van uitgifte" the issue date).

The fresh24 split adds: a corrected extract issued after an investigation of the address (the extract it replaces with its day, the
investigation's start and end and one resident's earlier registered date struck through as decoys; "Datum aanvang adreshouding", "Datum
uitgifte gecorrigeerd uittreksel" the issue date), and an extract with the requester's "protocollering" (the organisations the data were
given to with their days of supply and the day of the request as decoys; "Op dit adres sinds", "Datum van afgifte" the issue date).

The fresh25 split adds: a small municipality's one-sheet form whose upper part the requester fills in by hand and posts (the telephone,
the purpose, the day of the request and a blue "ONTVANGEN" stamp with its own day as decoys) and whose lower part below a dashed line the
clerk types as the extract (the fee as a decoy; "Datum vestiging op adres", "Datum verstrekking" the issue date), and an extract "met
burgerlijke staat" (each resident's birthplace, marriage or partnership with its day and place, and a former spouse elsewhere with the day
the marriage ended as decoys; "Datum vestiging op dit adres", "Datum uittreksel" the issue date).

The fresh26 split adds: an extract of the residents that one of them asks for, in which only the requester stands in full (birthplace, the
day of settling in the municipality and the previous municipality as decoys) and the others only with name, birth date and "Op dit adres
sinds" (their BSNs left out, so null in the truth; the request's day, the case number and the purpose as decoys, "Datum van uitgifte" the
issue date), and an extract with a grey reading guide beside it whose boxed "VOORBEELD" shows a specimen resident with invented name, birth
date, BSN, address and date of settling (decoys; captions above values, "Datum afgifte" the issue date).

The fresh27 split adds: an extract whose residents stand in a ruled table and on which one resident carries a shaded annotation that a
move to another address has been reported for a day after the issue (the new address, postcode, town and the day of the move as decoys; the
resident still lives here and is in the truth; "Ingeschreven vanaf", "Datum uitdraai" the issue date), and an extract "gezinssamenstelling"
that lists, below the residents, the main resident's grown children who live elsewhere with their birth dates, BSNs, addresses and the day
they left (decoy persons; "Op dit adres sinds", "Afgegeven op" the issue date).

The fresh28 split adds: an extract whose ruled table sets beside each resident's "Datum aanvang adreshouding" the "Datum van opneming",
the day the municipality entered the move (a decoy date a few days later), and the previous municipality (a decoy), with a footnote that
tells the two dates apart ("Datum verstrekking" the issue date), and a bilingual Dutch-Ukrainian extract of a host family's address where
people displaced from Ukraine live with the family (every label with the Ukrainian under it; the guests' day of arrival in the Netherlands,
their last place of residence in Ukraine and the end of their temporary protection as decoys; the guests are residents and in the truth;
"Op dit adres sinds / За цією адресою з", "Datum afgifte / Дата видачі" the issue date).

The fresh29 split adds: an extract that draws the household as a family tree (the main resident's parents and grown children living
elsewhere in dashed boxes with their names, birth dates, BSNs and the day they left as decoys; each resident's box with "op adres sinds";
"Opgemaakt op" the issue date), and an extract of an address in a small building with several dwellings, drawn as a cross-section with one
floor a band (the other house numbers of the same street and how many people are registered there as decoys, the BAG number and the year
of construction too; the residents of the shaded dwelling in a ruled table, "Uitgereikt op" the issue date).

The fresh30 split adds: an extract the municipality faxed to a welfare organisation at the resident's request, as the receiving machine
printed it (the fax header line with the day and time it was sent, the cover block with the organisation's and the municipality's fax
numbers and the request's number, and the sending machine's transmission report at the foot as decoys; "Datum uitgifte" the issue date),
and a municipality's letter answering a resident's request for an overview of who lives at the address, the facts only in a table at the
end (the request's day, the reference, the service desk's visiting address and postcode and the last day to object as decoys; "Datum" in
the letter's reference block the issue date, "Woont hier sinds").

The fresh31 split adds: an extract that Burgerzaken sent as a secure e-mail (Zivver) and the resident printed from the browser (the
secure-mail bar, the sending day and time, the day the message expires, the attachment's name, the request's number and the fee as decoys;
the extract repeated in the message as plain lines, "Afgiftedatum" the issue date, "ingeschreven op dit adres sinds"), and an "Uittreksel
BRP t.b.v. samenwoning" whose sentence says since when the first two residents are registered together at the address (the later of their
days), with the purpose and the receipt number as decoys; every resident in a ruled table with "Datum vestiging op adres", "Dagtekening"
the issue date.

The fresh32 split adds: the extract in French a municipality issues for use abroad ("Commune de ...", "Date d'établissement à
l'adresse" in a ruled table with birthplace and nationality; the day of the request, the destination, the fee and the extract's number as
decoys; "Date de délivrance" and "Fait à ..., le ..." the issue date in numeric dates), and a small municipality's pre-printed counter form
whose boxes hold the desk printer's labels stuck on askew (the address, one label a resident with "GEB.", the BSN and "ADRES SINDS"), a
violet rubber date stamp in "Datum afgifte" the issue date, the fee's label with till and receipt number and the form's model number with
its printing month as decoys.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from samples.blind import people, values
from samples.blind.layouts._base import (
    GUILLOCHE_CSS, LANDSCAPE_CSS, MONO, NARROW, SANS, SANS8, SERIF, SERIF7, SERIF8, Ctx, address_block, dotted_rows, e, footnotes, kv, leaders, page,
    qr_block, right_labels, running, seal, stamp, under, watermark,
)
from samples.blind.layouts._base import HAND9, SERIF9, highlight, sticky_note  # the fresh9 split's
from samples.blind.layouts._base import SANS10, mail_header, quoted  # the fresh10 split's
from samples.blind.layouts._base import SANS12  # the fresh12 split's
from samples.blind.layouts._base import SERIF13  # the fresh13 split's
from samples.blind.layouts._base import SANS14  # the fresh14 split's
from samples.blind.layouts._base import small_caps  # the fresh15 split's
from samples.blind.layouts._base import phone_frame  # the fresh16 split's
from samples.blind.layouts._base import grid  # the fresh21 split's uses
from samples.blind.layouts._base import weekday_date  # the fresh31 split's uses

DOC_TYPE = "brp_uittreksel"


def _household(c: Ctx, issue: dt.date) -> tuple[people.Address, list[people.Person], list[dt.date]]:
    home = people.address(c.rng)
    head = c.person(born=(1945, 1998), titled=0.1)
    members = [head]
    size = c.rng.choice((1, 2, 2, 2, 3, 3, 4, 5))
    if size >= 2:
        members.append(c.person(sex="f" if head.sex == "m" else "m", born=(1950, 2000)))
    for _ in range(size - 2):
        members.append(c.person(born=(2004, 2024), surname=c.rng.choice((head.surname, members[1].surname)),
                                origin=people.origin_of(head)))
    since = [c.date((2003, 1, 1), (2024, 6, 30))]
    for member in members[1:]:
        since.append(max(since[0], member.birth_date) + dt.timedelta(days=c.rng.randint(0, 900)))
    since = [min(s, issue - dt.timedelta(days=30)) for s in since]
    return home, members, since


def _truth(issue, home, members, since, names, municipality=None) -> dict:
    return {
        "issue_date": values.iso(issue),
        "municipality": municipality or home.municipality,
        "street": home.street,
        "house_number": home.house_number,
        "postcode": home.postcode,
        "city": home.city,
        "persons": [{"name": n, "birth_date": values.iso(p.birth_date), "bsn": p.bsn, "registered_since": values.iso(s)}
                    for p, n, s in zip(members, names, since)],
    }  # fmt: skip


def _setup(c: Ctx):
    issue = c.date((2026, 1, 5), (2026, 11, 20))
    home, members, since = _household(c, issue)
    return issue, home, members, since


def municipal_blocks(c: Ctx):
    """A large municipality's extract: header, address, one label/value block per resident."""
    issue, home, members, since = _setup(c)
    form = c.pick("all", "reversed", "upper_reversed")
    names = [p.name(form) for p in members]
    postbus, postplace = people.issuer_address(c.rng, home.city)
    labels = c.pick(("Naam", "Geboortedatum", "Burgerservicenummer", "Datum vestiging op adres"),
                    ("Naam", "Geboren", "BSN", "Datum aanvang adreshouding"),
                    ("Volledige naam", "Geboortedatum", "Burgerservicenummer", "Ingeschreven op dit adres sinds"))
    blocks = "".join(
        f"<h3>Persoon {i + 1}</h3>" + kv([(labels[0], e(n)), (labels[1], c.d(p.birth_date)),
                                           (labels[2], e(values.bsn_text(p.bsn, c.rng.randint(0, 2)))), (labels[3], c.d(s))])
        for i, (p, n, s) in enumerate(zip(members, names, since))
    )  # fmt: skip
    body = (
        f"<div class='logo' style='font-size:18pt'>Gemeente {e(home.municipality)}</div>"
        f"<div class='small'>{e(postbus)} · {e(postplace)}</div>"
        f"<h1 style='margin-top:10mm'>Uittreksel Basisregistratie Personen</h1>"
        f"<p class='muted'>Dit uittreksel bevat de gegevens van personen die op het onderstaande adres staan ingeschreven.</p>"
        + kv([("Straat", e(home.street)), ("Huisnummer", e(home.house_number_text)),
              ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))), ("Woonplaats", e(home.city))])
        + blocks
        + f"<p style='margin-top:10mm'>Datum uitgifte: {c.d(issue)}</p>"
        f"<p>De burgemeester van {e(home.municipality)},<br>namens deze,<br><br>medewerker Burgerzaken</p>"
    )  # fmt: skip
    return page(c, body), _truth(issue, home, members, since, names)


def persons_table(c: Ctx):
    """A ruled persons table, one row per resident (Rotterdam-like)."""
    c.font_of(SANS)
    issue, home, members, since = _setup(c)
    form = c.pick("reversed", "reversed_initials", "all")
    names = [p.name(form) for p in members]
    heads = c.pick(("Naam", "Geboortedatum", "BSN", "Op adres sinds"),
                   ("Geslachtsnaam, voornamen", "Geb. datum", "Burgerservicenr.", "Datum vestiging"))
    rows = "".join(f"<tr><td>{e(n)}</td><td>{c.d(p.birth_date)}</td><td>{e(p.bsn)}</td><td>{c.d(s)}</td></tr>"
                   for p, n, s in zip(members, names, since))
    postbus, postplace = people.issuer_address(c.rng, home.city)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>{e(home.municipality)}</span><br>"
        f"<span class='small'>Publiekszaken</span></td><td class='right small'>{e(postbus)}<br>{e(postplace)}</td></tr></table>"
        f"<h1 style='margin-top:8mm'>Uittreksel uit de BRP</h1>"
        f"<p>Adres: {e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}</p>"
        f"<p>Op dit adres zijn de volgende personen ingeschreven:</p>"
        f"<table class='ruled' style='width:100%'><tr>{''.join(f'<th>{e(h)}</th>' for h in heads)}</tr>{rows}</table>"
        f"<p style='margin-top:8mm'>{e(home.city)}, {c.d(issue)}</p>"
        f"<p class='small'>Dit uittreksel is kosteloos verstrekt ten behoeve van een aanvraag bij een woningcorporatie.</p>"
    )  # fmt: skip
    return page(c, body), _truth(issue, home, members, since, names)


def gezinsuittreksel(c: Ctx):
    """A family extract: the head, the partner and the children under headings."""
    c.font_of(SERIF)
    issue, home, members, since = _setup(c)
    names = [p.name(c.pick("all", "first")) for p in members]
    parts = [("Aanvrager", 0)] + ([("Echtgeno(o)t(e) / partner", 1)] if len(members) > 1 else [])
    parts += [(f"Kind {i - 1}", i) for i in range(2, len(members))]
    sections = "".join(
        f"<h3>{e(title)}</h3>" + kv([("Naam", e(names[i])), ("Geboortedatum", c.d(members[i].birth_date)),
                                       ("Burgerservicenummer", e(members[i].bsn)), ("Woont op dit adres sinds", c.d(since[i]))])
        for title, i in parts
    )  # fmt: skip
    body = (
        f"<p class='right small'>Gemeente {e(home.municipality)}<br>Afdeling Burgerzaken</p>"
        f"<h1>Gezinsuittreksel</h1><p class='small'>uit de Basisregistratie Personen (BRP)</p>"
        + address_block([home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + sections
        + f"<p style='margin-top:8mm'>Afgegeven te {e(home.city)} op {c.d(issue)}</p>"
    )
    return page(c, body), _truth(issue, home, members, since, names)


def address_history(c: Ctx):
    """An extract with the address history: earlier addresses are listed with their own dates."""
    issue, home, members, since = _setup(c)
    form = c.pick("all", "reversed")
    names = [p.name(form) for p in members]
    history = []
    for member, start in zip(members, since):
        old = people.address(c.rng)
        old_start = start - dt.timedelta(days=c.rng.randint(400, 3000))
        rows = (f"<tr><td>{e(home.line1())}, {e(home.city)}</td><td>{c.d(start)}</td><td>-</td></tr>"
                f"<tr><td>{e(old.line1())}, {e(old.city)}</td><td>{c.d(old_start)}</td><td>{c.d(start - dt.timedelta(days=1))}</td></tr>")
        history.append(
            kv([("Naam", e(names[len(history)])), ("Geboortedatum", c.d(member.birth_date)), ("BSN", e(member.bsn))])
            + f"<table class='lines' style='width:100%;margin:2px 0 10px 0'><tr><th>Adres</th><th>Datum aanvang</th><th>Datum einde</th></tr>{rows}</table>"
        )  # fmt: skip
    body = (
        f"<h1>Uittreksel BRP met adreshistorie</h1><p>Gemeente {e(home.municipality)}</p>"
        + kv([("Huidig adres", f"{e(home.street)} {e(home.house_number_text)}"),
              ("Postcode en woonplaats", f"{e(values.postcode_text(home.postcode, False))} {e(home.city)}"),
              ("Datum van afgifte", c.d(issue))])
        + "<h2>Ingeschreven personen en adreshistorie</h2>" + "".join(history)
    )  # fmt: skip
    return page(c, body), _truth(issue, home, members, since, names)


def prose_declaration(c: Ctx):
    """The extract as a declaration in sentences, signed for the mayor."""
    c.font_of(SERIF)
    issue, home, members, since = _setup(c)
    names = [p.name("all") for p in members]
    sentences = "".join(
        f"<li>{e(n)}, geboren op {c.d(p.birth_date)}, burgerservicenummer {e(p.bsn)}, "
        f"{c.pick('ingeschreven op dit adres sinds', 'woonachtig op dit adres vanaf', 'gevestigd op dit adres op')} {c.d(s)};</li>"
        for p, n, s in zip(members, names, since)
    )  # fmt: skip
    body = (
        f"<p class='logo'>GEMEENTE {e(home.municipality.upper())}</p>"
        f"<h2>Verklaring uit de Basisregistratie Personen</h2>"
        f"<p>De burgemeester van de gemeente {e(home.municipality)} verklaart dat volgens de Basisregistratie Personen "
        f"op het adres {e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)} "
        f"de volgende personen staan ingeschreven:</p><ul>{sentences}</ul>"
        f"<p>Deze verklaring is afgegeven op {c.d(issue)} op verzoek van belanghebbende.</p>"
        f"<p style='margin-top:12mm'>Namens de burgemeester,<br>de ambtenaar burgerzaken</p>"
    )  # fmt: skip
    return page(c, body), _truth(issue, home, members, since, names)


def mijnoverheid_print(c: Ctx):
    """A print of the personal data page of the government portal, per person, with the browser's header."""
    c.font_of(SANS)
    issue, home, members, since = _setup(c)
    names = [p.name("all") for p in members]
    persons = "".join(
        f"<div class='box'><b>{e(n)}</b>" + kv([("Geboortedatum", c.d(p.birth_date)), ("BSN", e(p.bsn)),
                                                ("Sinds", c.d(s))], label_width="40mm") + "</div>"
        for p, n, s in zip(members, names, since)
    )  # fmt: skip
    body = (
        f"<div class='small'>{c.d(issue)} &nbsp; Persoonlijke gegevens - Basisregistratie Personen</div>"
        f"<h1 style='margin-top:6mm'>Uittreksel persoonsgegevens en bewoners</h1>"
        f"<p>Gegevens zoals geregistreerd door de gemeente {e(home.municipality)}.</p>"
        + kv([("Woonadres", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode", e(home.postcode)),
              ("Woonplaats", e(home.city)), ("Gemeente van inschrijving", e(home.municipality)),
              ("Datum uittreksel", c.d(issue))], label_width="55mm")
        + "<h2>Bewoners van dit adres</h2>" + persons
        + "<div class='small' style='margin-top:10mm'>Pagina 1 van 1</div>"
    )  # fmt: skip
    return page(c, body), _truth(issue, home, members, since, names)


def split_name_grid(c: Ctx):
    """Held out. Each resident in a ruled grid with the name in separate fields."""
    issue, home, members, since = _setup(c)
    names = [p.name("all") for p in members]
    grids = []
    for p, s in zip(members, since):
        particle, core = people.split_particle(p.surname)
        grids.append(
            "<table class='ruled' style='width:100%;margin-bottom:5mm'>"
            f"<tr><td style='width:45mm'>Voornamen</td><td>{e(' '.join(p.given))}</td></tr>"
            f"<tr><td>Voorvoegsel</td><td>{e(particle)}</td></tr><tr><td>Geslachtsnaam</td><td>{e(core)}</td></tr>"
            f"<tr><td>Geboortedatum</td><td>{c.d(p.birth_date)}</td></tr><tr><td>Burgerservicenummer</td><td>{e(p.bsn)}</td></tr>"
            f"<tr><td>Datum inschrijving adres</td><td>{c.d(s)}</td></tr></table>"
        )  # fmt: skip
    body = (
        f"<table style='width:100%'><tr><td><b>{e(home.municipality)}</b><br><span class='small'>Burgerzaken</span></td>"
        f"<td class='right'>Datum: {c.d(issue)}</td></tr></table>"
        f"<h1 style='margin-top:6mm'>Uittreksel Basisregistratie Personen — bewoners</h1>"
        f"<p>{e(home.street)} {e(home.house_number_text)}<br>{e(values.postcode_text(home.postcode, True))} {e(home.city)}</p>"
        + "".join(grids)
    )
    return page(c, body), _truth(issue, home, members, since, names)




# --- fresh split -----------------------------------------------------------------------------


def _house_parts(number: str) -> tuple[str, str, str]:
    """(huisnummer, huisletter, huisnummertoevoeging) of a contract house number, as the BRP keeps them.

    >>> [_house_parts(n) for n in ("12", "12A", "7-2", "101H")]
    [('12', '', ''), ('12', 'A', ''), ('7', '', '2'), ('101', '', 'H')]
    """
    digits = re.match(r"\d+", number).group()
    rest = number[len(digits) :]
    if rest.startswith("-"):
        return digits, "", rest[1:]
    if rest == "H":
        return digits, "", "H"
    return digits, rest, ""


def brp_element_codes(c: Ctx):
    """Fresh. A system print with the BRP element numbers: name split over 01.02.xx, address once under category 08."""
    c.font_of(c.pick(MONO, SANS))
    issue, home, members, since = _setup(c)
    names = [p.name("all") for p in members]
    requested = issue - dt.timedelta(days=c.rng.randint(1, 9))
    number, letter, addition = _house_parts(home.house_number)
    row = lambda code, label, value: f"<tr><td style='width:20mm'>{e(code)}</td><td style='width:62mm'>{e(label)}</td><td>{value}</td></tr>"  # noqa: E731
    address = [row("08.09.10", "Gemeente van inschrijving", e(home.municipality)), row("08.10.10", "Functie adres", "W (woonadres)"),
               row("08.11.10", "Straatnaam", e(home.street)), row("08.11.20", "Huisnummer", e(number))]
    address += [row("08.11.30", "Huisletter", e(letter))] if letter else []
    address += [row("08.11.40", "Huisnummertoevoeging", e(addition))] if addition else []
    address += [row("08.11.60", "Postcode", e(home.postcode)), row("08.11.70", "Woonplaatsnaam", e(home.city))]
    persons, heading = [], c.pick("Persoon", "Ingeschrevene", "Persoonslijst")
    for i, (p, s) in enumerate(zip(members, since)):
        particle, core = people.split_particle(p.surname)
        settled_here = max(p.birth_date, s - dt.timedelta(days=c.rng.randint(0, 4000)))
        rows = [row("01.01.10", "A-nummer", str(c.rng.randint(1000000000, 9999999999))),
                row("01.01.20", "Burgerservicenummer", e(p.bsn)), row("01.02.10", "Voornamen", e(" ".join(p.given)))]
        rows += [row("01.02.30", "Voorvoegsel geslachtsnaam", e(particle))] if particle else []
        rows += [row("01.02.40", "Geslachtsnaam", e(core)), row("01.03.10", "Geboortedatum", c.d(p.birth_date)),
                 row("01.03.20", "Geboorteplaats", e(c.rng.choice(people.places())[1])),
                 row("01.04.10", "Geslachtsaanduiding", "M (man)" if p.sex == "m" else "V (vrouw)"),
                 row("08.09.20", "Datum inschrijving", c.d(settled_here)),
                 row("08.10.30", "Datum aanvang adreshouding", c.d(s))]
        persons.append(f"<h3 style='border-bottom:0.6px solid #444'>{e(heading)} {i + 1}</h3>"
                       f"<table style='width:100%;font-size:9.5pt'>{''.join(rows)}</table>")
    top = (f"<p>{e(c.pick('Verblijfadres', 'Adres', 'Woonadres'))}: {e(home.street)} {e(home.house_number_text)}, "
           f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}</p>") if c.rng.random() < 0.5 else ""
    body = (
        "<table style='width:100%'><tr><td><div class='logo' style='font-size:8pt;letter-spacing:3px'>GEMEENTE</div>"
        f"<div class='logo' style='font-size:17pt'>{e(home.municipality)}</div></td><td class='right small'>"
        f"{e(c.pick('Datum verzoek', 'Datum aanvraag', 'Verzoek ontvangen'))}: {c.d(requested)}<br>"
        f"{e(c.pick('Datum uitreiking', 'Afgiftedatum', 'Datum afgifte'))}: {c.d(issue)}<br>"
        f"Kenmerk: BRP-{issue.year}-{c.rng.randint(100000, 999999)}</td></tr></table>"
        f"<h1 style='margin-top:6mm'>{e(c.pick('Uittreksel Basisregistratie Personen', 'Uittreksel BRP (persoonslijsten op adres)'))}</h1>"
        + top + "<h3>Categorie 08 Verblijfplaats</h3>"
        + f"<table style='width:100%;font-size:9.5pt'>{''.join(address)}</table>"
        + "<h2>Categorie 01 Persoon</h2>" + "".join(persons)
        + f"<p class='small' style='margin-top:6mm'>Dit uittreksel is verstrekt door de gemeente {e(home.municipality)} op grond van de Wet BRP.</p>"
    )  # fmt: skip
    return page(c, body), _truth(issue, home, members, since, names)


def brp_persons_columns(c: Ctx):
    """Fresh. A ruled table turned on its side: a column per resident, the labels down the left, a footnote."""
    c.font_of(c.pick(SANS, SERIF))
    issue, home, members, since = _setup(c)
    form = c.pick("reversed", "all", "reversed_initials")
    names = [p.name(form) for p in members]
    requested = issue - dt.timedelta(days=c.rng.randint(0, 14))
    first_in_town = [max(p.birth_date, s - dt.timedelta(days=c.rng.randint(0, 5000))) for p, s in zip(members, since)]
    since_label = c.pick("Datum vestiging op adres", "Op dit adres sinds", "Datum aanvang adres")
    column = c.pick("Persoon", "Bewoner")
    rows = [("Naam", [e(n) for n in names]), ("Geboortedatum", [c.d(p.birth_date) for p in members]),
            ("Burgerservicenummer", [e(values.bsn_text(p.bsn, 0)) for p in members]),
            (f"{since_label}¹", [c.d(s) for s in since]),
            ("Eerste inschrijving in de gemeente", [c.d(d) for d in first_in_town])]
    table = (f"<table class='ruled' style='width:100%;font-size:{9.5 if len(members) < 4 else 8.5}pt'><tr><th style='width:36mm'></th>"
             + "".join(f"<th>{e(column)} {i + 1}</th>" for i in range(len(members))) + "</tr>"
             + "".join(f"<tr><td><b>{e(label)}</b></td>{''.join(f'<td>{v}</td>' for v in cells)}</tr>" for label, cells in rows)
             + "</table>")
    postbus, postplace = people.issuer_address(c.rng, home.city)
    body = (
        f"<div style='border-left:6px solid #333;padding-left:3mm'><span class='logo' style='font-size:14pt'>{e(home.municipality)}</span>"
        f"<br><span class='small'>{e(c.pick('Publiekszaken', 'Burgerzaken', 'Stadswinkel'))} · {e(postbus)} · {e(postplace)}</span></div>"
        f"<table style='width:100%;margin-top:6mm'><tr><td><h1>{e(c.pick('Uittreksel BRP', 'Bewonersoverzicht uit de BRP'))}</h1></td>"
        f"<td class='right small'>Zaaknummer Z/{issue.year % 100:02d}/{c.rng.randint(100000, 999999)}<br>Datum aanvraag {c.d(requested)}</td></tr></table>"
        f"<p>{e(home.street)} {e(home.house_number_text)}<br>{e(values.postcode_text(home.postcode, True))}&nbsp; {e(home.city)}</p>"
        + table
        + f"<p style='margin-top:8mm'>{e(c.pick('Uitgereikt op', 'Verstrekt op', 'Afgegeven op'))} {c.d(issue)}</p>"
        f"<p>Namens de burgemeester van {e(home.municipality)},<br><br>{e(c.person().name('initials'))}<br>medewerker publiekszaken</p>"
        + footnotes([f"{since_label}: de datum waarop de persoon zich op dit adres heeft gevestigd."])
    )  # fmt: skip
    return page(c, body), _truth(issue, home, members, since, names)


def brp_labels_under(c: Ctx):
    """Fresh. Every value in a box with its label printed under it (a municipality's form print)."""
    c.font_of(SANS)
    issue, home, members, since = _setup(c)
    names = [p.name(c.pick("all", "first")) for p in members]
    since_label = c.pick("op dit adres sinds", "datum vestiging op dit adres", "adreshouding sinds")
    bsn_style = c.rng.randint(0, 2)
    persons = "".join(
        f"<table style='width:100%;table-layout:fixed'><tr>{under(e(n), 'naam', '38%')}{under(c.d(p.birth_date), 'geboortedatum')}"
        f"{under(e(values.bsn_text(p.bsn, bsn_style)), 'burgerservicenummer')}{under(c.d(s), since_label)}</tr></table>"
        for p, n, s in zip(members, names, since)
    )  # fmt: skip
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>{e(home.municipality)}</span></td>"
        f"<td class='right'><b>{e(c.pick('Uittreksel uit de Basisregistratie Personen', 'Uittreksel BRP'))}</b><br>"
        f"<span class='small'>{e(c.pick('standaarduittreksel met bewoners', 'bewoners van één adres'))}</span></td></tr></table>"
        "<table style='width:100%;margin-top:8mm;table-layout:fixed'><tr>"
        f"{under(e(home.municipality), 'gemeente')}{under(c.d(issue), c.pick('datum van afgifte', 'afgegeven op', 'datum uittreksel'))}"
        f"{under(e(f'{c.rng.randint(10, 99)}-{c.rng.randint(1000000, 9999999)}'), 'documentnummer')}</tr></table>"
        "<h3>Adres</h3><table style='width:100%;table-layout:fixed'><tr>"
        f"{under(e(home.street), 'straat', '40%')}{under(e(home.house_number_text), 'huisnummer')}"
        f"{under(e(values.postcode_text(home.postcode, c.rng.random() < 0.5)), 'postcode')}{under(e(home.city), 'woonplaats')}</tr></table>"
        f"<h3>{e(c.pick('Ingeschreven personen', 'Personen op dit adres', 'Bewoners'))}</h3>" + persons
        + "<p class='small' style='margin-top:10mm'>Controleer de gegevens. Klopt er iets niet? Neem dan contact op met de gemeente.</p>"
    )  # fmt: skip
    return page(c, body), _truth(issue, home, members, since, names)


# --- fresh2 split ----------------------------------------------------------------------------


def brp_mainframe_caps(c: Ctx):
    """Fresh2. A terminal print in capitals with dotted leaders: the request date in the header, each resident's previous address and date of settling in the Netherlands beside the date that counts."""
    c.font_of(("Courier Prime", "Noto Mono", "FreeMono", "Liberation Mono"))
    c.restyle(dates=("dash", "dot_pad", "mon_upper", "iso"))
    issue, home, members, since = _setup(c)
    names = [p.name(c.pick("caps_reversed", "caps_initials", "caps")) for p in members]
    requested = issue - dt.timedelta(days=c.rng.randint(1, 12))
    number = values.house_number_text2(home.house_number, c.rng).upper()
    municipality, street, city = home.municipality.upper(), home.street.upper(), home.city.upper()
    blocks = []
    for i, (p, n, s) in enumerate(zip(members, names, since)):
        before = people.address(c.rng)
        rows = [("NAAM", e(n)), ("GEBOORTEDATUM", c.d(p.birth_date)), ("BURGERSERVICENUMMER", e(values.bsn_text(p.bsn, c.pick(0, 2)))),
                ("DATUM AANVANG ADRESHOUDING", c.d(s)),
                ("VORIG ADRES", e(f"{before.street} {before.house_number_text}, {before.city}".upper())),
                ("VERTREK VORIG ADRES", c.d(s - dt.timedelta(days=c.rng.randint(0, 3))))]
        if c.rng.random() < 0.35:
            rows.insert(3, ("DATUM VESTIGING IN NL", c.d(max(p.birth_date, s - dt.timedelta(days=c.rng.randint(300, 6000))))))
        blocks.append(f"<div style='margin-top:4mm'>{'-' * 60}<br>PERSOON {i + 1:02d}</div>" + leaders(rows, 27))
    body = (
        f"<div style='white-space:pre'>{e(f'GEMEENTE {municipality}'.ljust(44))}BLAD 1 VAN 1\n"
        f"{e('BASISREGISTRATIE PERSONEN'.ljust(44))}VERZOEK ONTV. {c.d(requested)}</div>"
        f"<div style='margin-top:6mm;font-weight:bold'>*** UITTREKSEL BRP - BEWONERS VAN HET ADRES ***</div>"
        "<div style='margin-top:4mm'>ADRES</div>"
        + leaders([("STRAAT", e(street)), ("HUISNUMMER", e(number)), ("POSTCODE", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))),
                   ("WOONPLAATS", e(city)), ("GEMEENTE VAN INSCHRIJVING", e(municipality))], 27)
        + "".join(blocks)
        + f"<div style='margin-top:6mm'>{'-' * 60}</div>"
        + leaders([("AANTAL PERSONEN OP ADRES", str(len(members))), ("DATUM VERSTREKKING", c.d(issue)),
                   ("VERSTREKT DOOR", e(f"BURGERZAKEN {municipality}"))], 27)
        + "<div style='margin-top:8mm;font-size:8.5pt'>EINDE UITTREKSEL</div>"
    )  # fmt: skip
    truth = _truth(issue, home, members, since, names, municipality)
    truth.update(street=street, city=city)
    return page(c, body, "body { font-size: 9.5pt; line-height: 1.3; }"), truth


def brp_cover_letter_page2(c: Ctx):
    """Fresh2. Two pages: the covering letter (sent to a postal address, a contact person, the request's date) and on page 2 the extract, labels right-aligned, each resident's previous address."""
    c.font_of(("Caladea", "EB Garamond", "Accanthis ADF Std", "Cantarell"))
    c.restyle(dates=("long", "weekday", "nopad", "dash", "upper_long"))
    issue, home, members, since = _setup(c)
    addressee = members[0]
    names = [p.name(c.pick("all", "first", "reversed")) for p in members]
    requested = issue - dt.timedelta(days=c.rng.randint(2, 20))
    postal = people.address(c.rng)
    contact = c.person().name(c.pick("initials", "first"))
    colour = c.pick("#1f4e3d", "#7a1f1f", "#1f3a7a", "#333")
    number = values.house_number_text2(home.house_number, c.rng)
    letter = (
        f"<div style='color:{colour};font-size:17pt;font-weight:bold'>gemeente {e(home.municipality)}</div>"
        + address_block([f"{addressee.salutation()} {addressee.titled('initials')}", c.pick("Correspondentieadres:", "Postadres:"),
                         postal.line1(), f"{values.postcode_text(postal.postcode, True)}  {postal.city}"])
        + right_labels([("Datum", c.d(issue)), ("Uw aanvraag van", c.d(requested)), ("Behandeld door", e(contact)),
                        ("Telefoon", "14 0" + str(c.rng.randint(10, 599))), ("Onderwerp", "uittreksel BRP")], "38mm", colour)
        + f"<p style='margin-top:8mm'>Geachte {e(addressee.salutation().lower())} {e(addressee.surname)},</p>"
        "<p>U vroeg ons om een uittreksel uit de Basisregistratie Personen met de bewoners van uw woonadres. "
        "Het uittreksel vindt u op de volgende pagina. Wij sturen deze brief naar uw correspondentieadres, zoals u hebt gevraagd.</p>"
        "<p>Kloppen de gegevens niet? Neem dan binnen vier weken contact met ons op.</p>"
        f"<p>Met vriendelijke groet,<br><br>{e(contact)}<br>Team Burgerzaken</p>"
    )  # fmt: skip
    persons = "".join(
        f"<div style='border-left:3px solid {colour};padding-left:3mm;margin:4mm 0'>"
        + right_labels([("Naam", f"<b>{e(n)}</b>"), ("Geboortedatum", c.d(p.birth_date)), ("Burgerservicenummer", e(values.bsn_text(p.bsn, 2))),
                        ("Ingeschreven op dit adres sinds", c.d(s)),
                        ("Vorig adres", e(f"{before.line1()}, {before.city}"))], "62mm", colour)
        + "</div>"
        for p, n, s, before in zip(members, names, since, [people.address(c.rng) for _ in members])
    )  # fmt: skip
    extract = (
        "<div style='page-break-before:always'></div>"
        f"<h1 style='color:{colour}'>Uittreksel Basisregistratie Personen</h1>"
        f"<p class='small'>Bijlage bij onze brief van {c.d(issue)}</p>"
        + right_labels([("Gemeente", e(home.municipality)), ("Straat en huisnummer", f"{e(home.street)} {e(number)}"),
                        ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))), ("Woonplaats", e(home.city)),
                        ("Datum uittreksel", c.d(issue))], "62mm", colour)
        + f"<h2 style='color:{colour}'>Personen ingeschreven op dit adres</h2>" + persons
        + f"<p class='small' style='margin-top:8mm'>Pagina 2 van 2 · {e(home.municipality)} · kenmerk BRP/{c.rng.randint(10000, 99999)}</p>"
    )  # fmt: skip
    return page(c, letter + extract), _truth(issue, home, members, since, names)


# --- fresh3 split ----------------------------------------------------------------------------


def brp_verklaring_inschrijving(c: Ctx):
    """Fresh3. A small municipality's "verklaring van inschrijving": the residents in a ruled table with their birthplace, the request date and the fee above, the issue date written in words at the foot."""
    c.font_of(c.pick(SERIF, SANS))
    c.restyle3(dates=("long_pad", "dash_mon", "short_nodot", "slash_nopad"), amounts=("dashdash", "euro_tight"))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "first", "initials")
    names = [p.name(form) for p in members]
    requested = issue - dt.timedelta(days=c.rng.randint(0, 9))
    bsn_style = c.pick(0, 1)
    head = c.pick(("Naam", "Geboren", "Te", "BSN", "Op dit adres sinds"),
                  ("Naam en voornamen", "Geboortedatum", "Geboorteplaats", "Burgerservicenummer", "Datum inschrijving adres"))
    rows = "".join(f"<tr><td style='width:36%'>{e(n)}</td><td>{c.d(p.birth_date)}</td><td>{e(c.rng.choice(people.places())[1])}</td>"
                   f"<td>{e(values.bsn_text(p.bsn, bsn_style))}</td><td>{c.d(s)}</td></tr>" for p, n, s in zip(members, names, since))
    postbus, postplace = people.issuer_address(c.rng, home.city)
    signer = c.person().name("initials")
    words = values.date_text(issue, "words")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>Gemeente {e(home.municipality)}</span><br>"
        f"<span class='small'>{e(postbus)} · {e(postplace)} · telefoon 14 0{c.rng.randint(10, 599)}</span></td>"
        f"<td class='right small'>Aanvraag ontvangen: {c.d(requested)}<br>Leges: {c.a(c.pick('14.95', '15.30', '13.60', '16.00'))}<br>"
        f"Documentnr. {c.rng.randint(100000, 999999)}</td></tr></table>"
        f"<h1 style='margin-top:10mm;text-align:center'>{e(c.pick('Verklaring van inschrijving', 'Bewijs van inschrijving', 'Verklaring inschrijving BRP'))}</h1>"
        f"<p style='text-align:center' class='small'>afgegeven op grond van de Wet basisregistratie personen</p>"
        f"<p style='margin-top:6mm'>De burgemeester van {e(home.municipality)} verklaart dat in de basisregistratie personen van deze gemeente "
        f"op het adres</p><p style='margin-left:12mm'><b>{e(home.street)} {e(home.house_number_text)}<br>"
        f"{e(values.postcode_text(home.postcode, c.rng.random() < 0.6))} &nbsp;{e(home.city)}</b></p>"
        f"<p>{'de volgende persoon staat' if len(members) == 1 else 'de volgende personen staan'} ingeschreven:</p>"
        f"<table class='ruled' style='width:100%;font-size:9pt'><tr>{''.join(f'<th>{e(h)}</th>' for h in head)}</tr>{rows}</table>"
        f"<p style='margin-top:6mm'>Deze verklaring is bestemd voor: {e(c.pick('woningcorporatie', 'verhuurder', 'eigen gebruik'))}.</p>"
        f"<p style='margin-top:10mm'>{e(home.city)}, {e(words)}</p>"
        f"<p>De burgemeester voornoemd,<br>voor deze,<br><br><br>{e(signer)}<br><span class='small'>medewerker burgerzaken</span></p>"
    )  # fmt: skip
    return page(c, body), _truth(issue, home, members, since, names)


def brp_historic_extract(c: Ctx):
    """Fresh3. A historic extract ("uittreksel met adreshistorie") per person: several earlier addresses in other municipalities, each with a start and end date; the current one is the row without an end date, oldest first or newest first."""
    c.font_of(SANS)
    c.restyle3(dates=("long_pad", "dash_mon", "short_nodot"))
    issue, home, members, since = _setup(c)
    members, since = members[: c.rng.choice((1, 1, 2))], since[: 2]
    since = since[: len(members)]
    form = c.pick("all", "reversed")
    names = [p.name(form) for p in members]
    newest_first = c.rng.random() < 0.5
    blocks = []
    for p, n, s in zip(members, names, since):
        rows, end = [(home, s, None)], s - dt.timedelta(days=1)
        for _ in range(c.rng.randint(1, 3)):
            old = people.address(c.rng)
            start = max(p.birth_date, end - dt.timedelta(days=c.rng.randint(200, 2500)))
            rows.append((old, start, end))
            end = start - dt.timedelta(days=c.rng.randint(0, 2))
            if end <= p.birth_date:
                break
        rows = rows if newest_first else rows[::-1]
        body_rows = "".join(
            f"<tr><td>{e(a.street)} {e(a.house_number_text)}</td><td>{e(values.postcode_text(a.postcode, True))} {e(a.city)}</td>"
            f"<td>{e(a.municipality)}</td><td>{c.d(start)}</td><td>{c.d(stop) if stop else c.pick('—', '', 'heden')}</td></tr>"
            for a, start, stop in rows
        )  # fmt: skip
        blocks.append(
            f"<h3 style='border-bottom:0.8px solid #333'>{e(n)}</h3>"
            + kv([("Geboortedatum", c.d(p.birth_date)), ("Geboorteplaats", e(c.rng.choice(people.places())[1])),
                  ("Burgerservicenummer", e(values.bsn_text(p.bsn, 2))), ("Nationaliteit", c.pick("Nederlandse", "Nederlandse", "Marokkaanse", "Turkse"))])
            + "<p class='small' style='margin:3mm 0 1mm 0'>Verblijfplaatsen</p>"
            "<table class='lines' style='width:100%;font-size:9pt'><tr><th>Straat en huisnummer</th><th>Postcode en plaats</th>"
            f"<th>Gemeente</th><th>Datum aanvang</th><th>Datum einde</th></tr>{body_rows}</table>"
        )  # fmt: skip
    body = (
        f"<div style='background:#e8e8e8;padding:4mm'><span class='logo' style='font-size:15pt'>{e(home.municipality)}</span>"
        f"<span style='float:right' class='small'>{e(c.pick('Publiekszaken', 'Burgerzaken', 'KCC'))}</span></div>"
        f"<h1 style='margin-top:6mm'>{e(c.pick('Historisch uittreksel BRP', 'Uittreksel BRP met adreshistorie', 'Uittreksel basisregistratie personen (historisch)'))}</h1>"
        + kv([("Gemeente", e(home.municipality)), ("Datum uittreksel", c.d(issue)),
              ("Zaaknummer", f"{c.rng.randint(2000000, 9999999)}"), ("Aantal personen", str(len(members)))], label_width="45mm")
        + "".join(blocks)
        + "<p class='small' style='margin-top:8mm'>Een verblijfplaats zonder datum einde is het huidige adres. Dit uittreksel vermeldt "
        "de adressen in de basisregistratie personen sinds de eerste inschrijving.</p>"
    )  # fmt: skip
    return page(c, body), _truth(issue, home, members, since, names)


def brp_eloket_download(c: Ctx):
    """Fresh3. The PDF an e-loket downloads: "digitaal ondertekend", made on a date and time, the address on one line with the municipality in brackets, a persons table with sex and birthplace, a verification code."""
    c.font_of(c.pick(SANS, ("Open Sans", "Carlito", "Cantarell")))
    c.restyle3(dates=("dash_mon", "long_pad", "slash_nopad"))
    issue, home, members, since = _setup(c)
    form = c.pick("reversed", "all")
    names = [p.name(form) for p in members]
    colour = c.pick("#00689e", "#a6192e", "#006f3c", "#4b2e83")
    number = values.house_number_text2(home.house_number, c.rng)
    rows = "".join(f"<tr><td>{e(n)}</td><td>{'M' if p.sex == 'm' else 'V'}</td><td>{c.d(p.birth_date)}</td>"
                   f"<td>{e(c.rng.choice(people.places())[1])}</td><td>{e(p.bsn)}</td><td>{c.d(s)}</td></tr>" for p, n, s in zip(members, names, since))
    code = "-".join("".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(3))
    body = (
        f"<div style='border-bottom:3px solid {colour};padding-bottom:2mm'><span style='color:{colour};font-size:16pt;font-weight:bold'>"
        f"gemeente {e(home.municipality)}</span><span style='float:right;font-size:8pt'>Digitaal ondertekend document</span></div>"
        f"<p class='small'>Aangemaakt op {c.d(issue)} om {c.rng.randint(8, 21):02d}:{c.rng.randint(0, 59):02d} uur via het digitale loket</p>"
        f"<h1>{e(c.pick('Uittreksel Basisregistratie Personen', 'Uittreksel BRP - bewoners'))}</h1>"
        f"<p>{e(c.pick('Adres', 'Woonadres', 'Verblijfsadres'))}: {e(home.street)} {e(number)}, {e(values.postcode_text(home.postcode, True))} "
        f"{e(home.city)} (gemeente {e(home.municipality)})</p>"
        f"<table class='ruled' style='width:100%;font-size:8.8pt'><tr><th>Naam</th><th>Geslacht</th><th>Geboortedatum</th><th>Geboorteplaats</th>"
        f"<th>BSN</th><th>{e(c.pick('Datum vestiging op adres', 'Ingeschreven op adres', 'Adreshouding sinds'))}</th></tr>{rows}</table>"
        f"<p class='small' style='margin-top:8mm'>De echtheid van dit document kunt u controleren met de verificatiecode <b>{e(code)}</b>. "
        f"De digitale handtekening is geldig tot {e(values.date_text(issue + dt.timedelta(days=90), 'dash_mon'))}.</p>"
        "<p class='small'>Pagina 1 van 1</p>"
    )  # fmt: skip
    return page(c, body), _truth(issue, home, members, since, names)


# --- fresh4 split ----------------------------------------------------------------------------

_NATIONALITY = {"nl": "Nederlandse", "ma": "Marokkaanse", "tr": "Turkse", "sr": "Surinaamse", "an": "Nederlandse", "pl": "Poolse",
                "sy": "Syrische", "er": "Eritrese", "so": "Somalische", "cn": "Chinese", "id": "Nederlandse", "cv": "Kaapverdische",
                "gh": "Ghanese", "af": "Afghaanse"}  # fmt: skip
_ABROAD_BIRTH = ("Casablanca (Marokko)", "Ankara (Turkije)", "Paramaribo (Suriname)", "Kraków (Polen)", "Aleppo (Syrië)",
                 "Asmara (Eritrea)", "Mumbai (India)", "São Paulo (Brazilië)", "Lissabon (Portugal)", "Accra (Ghana)")  # fmt: skip


def _birthplace(c: Ctx, p: people.Person) -> str:
    """A birthplace as the BRP records it: a Dutch town, or a foreign one with its country in brackets."""
    if people.origin_of(p) in ("nl", "an", "id") or p.birth_date.year > 1995 and c.rng.random() < 0.6:
        return c.rng.choice(people.places())[1]
    return c.rng.choice(_ABROAD_BIRTH)


def brp_gegevens_persoon_stacked(c: Ctx):
    """Fresh4. A city's extract "met gezinsgegevens": per resident stacked sections "Gegevens persoon", "Gegevens verblijfplaats" (the date of settling in the municipality above the date at the address), "Gegevens ouders" (parents' names and birth dates, often people who do not live there) and a marriage with its date; names with the surname's core in capitals."""
    c.font_of(c.pick(SANS, ("Liberation Sans", "Carlito", "Open Sans")))
    c.restyle4(dates=("iso_slash", "dash", "long", "dash"))
    issue, home, members, since = _setup(c)
    form = c.pick("all_core_upper", "initials_core_upper", "all")
    names = [p.name(form) for p in members]
    requested = issue - dt.timedelta(days=c.rng.randint(0, 6))
    wed = c.pick("huwelijk", "geregistreerd partnerschap", "") if len(members) > 1 else ""
    wed_day = max(members[0].birth_date, members[1].birth_date) + dt.timedelta(days=c.rng.randint(7000, 9000)) if wed else None
    postbus, postplace = people.issuer_address(c.rng, home.city)
    number = values.house_number_text2(home.house_number, c.rng) if c.rng.random() < 0.4 else home.house_number_text
    section = lambda title, rows: (f"<div style='margin:2mm 0 0 0;font-weight:bold;font-size:9.5pt;background:#ececec;padding:1px 4px'>{e(title)}</div>"  # noqa: E731
                                   + kv(rows, label_width="62mm"))
    blocks = []
    for i, (p, n, s) in enumerate(zip(members, names, since)):
        in_town = max(p.birth_date, s - dt.timedelta(days=c.rng.choice((0, c.rng.randint(200, 6000)))))
        if i >= 2:
            parents = [(names[0], members[0].birth_date), (names[1], members[1].birth_date)]
        else:
            origin, born = people.origin_of(p), (min(1925, p.birth_date.year - 45), p.birth_date.year - 18)
            mother, father = c.person(sex="f", born=born, origin=origin), c.person(sex="m", born=born, origin=origin, surname=p.surname)
            parents = [(mother.name(form), mother.birth_date), (father.name(form), father.birth_date)]
        rows = [section("Gegevens persoon", [("Naam", f"<b>{e(n)}</b>"), ("Geslacht", "man" if p.sex == "m" else "vrouw"),
                                              ("Geboortedatum", c.d(p.birth_date)), ("Geboorteplaats", e(_birthplace(c, p))),
                                              ("Burgerservicenummer", e(values.bsn_text(p.bsn, 0))),
                                              ("Nationaliteit", e(_NATIONALITY.get(people.origin_of(p), "Nederlandse")))]),
                section("Gegevens verblijfplaats", [("Straat en huisnummer", f"{e(home.street)} {e(number)}"),
                                                     ("Postcode en woonplaats", f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
                                                     ("Gemeente van inschrijving", e(home.municipality)),
                                                     ("Datum inschrijving in de gemeente", c.d(in_town)),
                                                     ("Datum aanvang adreshouding", c.d(s))]),
                section("Gegevens ouders", [(f"Ouder {k + 1}", f"{e(pn)}, geboren {c.d(pb)}") for k, (pn, pb) in enumerate(parents)])]
        if wed and i < 2:
            rows.append(section(f"Gegevens {wed}", [("Partner", e(names[1 - i])), (f"Datum {wed.split()[-1]}", c.d(wed_day))]))
        blocks.append(f"<div style='page-break-inside:avoid'><div style='margin-top:5mm;border-top:1.5px solid #222;padding-top:1mm'>"
                      f"<b>Persoon {i + 1} van {len(members)}</b></div>{''.join(rows)}</div>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:17pt'>Gemeente {e(home.municipality)}</span><br>"
        f"<span class='small'>Publiekszaken · {e(postbus)} · {e(postplace)}</span></td>"
        f"<td class='right small'>Datum verzoek: {c.d(requested)}<br>Kenmerk: {c.rng.randint(10, 99)}.{c.rng.randint(100000, 999999)}</td></tr></table>"
        f"<h1 style='margin-top:7mm'>Uittreksel uit de Basisregistratie Personen</h1>"
        f"<p class='small'>Soort uittreksel: {e(c.pick('uittreksel met gezinsgegevens', 'uittreksel met ouders, partner en kinderen', 'bewonersuittreksel met persoonsgegevens'))}. "
        "Vermeld zijn alle personen die op het adres staan ingeschreven.</p>"
        + "".join(blocks)
        + f"<p style='margin-top:8mm'>{e(home.city)}, {c.d(issue)}</p>"
        f"<p>De burgemeester van {e(home.municipality)},<br>namens deze,<br><br>{e(c.person().name('initials'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.5pt; line-height: 1.28; }"), _truth(issue, home, members, since, names)


def brp_household_landscape(c: Ctx):
    """Fresh4. A landscape "samenstelling huishouden" table: a row per resident with the relation to the main occupant, sex, birthplace, civil status, the date of entry into the municipality, the date at this address and the previous municipality; names surname first with the particle in front, the address in a box above."""
    c.font_of(SANS)
    c.restyle4(dates=("dash", "iso_slash", "dot_pad"))
    issue, home, members, since = _setup(c)
    form = c.pick("particle_first_comma", "reversed", "reversed_initials")
    names = [p.name(form) for p in members]
    married = len(members) > 1 and c.rng.random() < 0.6
    relation = ["hoofdbewoner"] + ([("echtgenoot" if members[1].sex == "m" else "echtgenote") if married else "partner"] if len(members) > 1 else [])
    relation += ["kind"] * (len(members) - 2)
    status = ["gehuwd" if married else c.pick("ongehuwd", "gescheiden"), "gehuwd" if married else "ongehuwd"] + ["ongehuwd"] * (len(members) - 2)
    cells = []
    for i, (p, n, s) in enumerate(zip(members, names, since)):
        in_town = max(p.birth_date, s - dt.timedelta(days=c.rng.choice((0, 0, c.rng.randint(300, 5000)))))
        before = "-" if in_town == p.birth_date else c.rng.choice(people.places())[0]
        cells.append([str(i + 1), e(n), e(relation[i]), "M" if p.sex == "m" else "V", c.d(p.birth_date), e(_birthplace(c, p)),
                      e(values.bsn_text(p.bsn, c.pick(0, 0, 2))), e(status[i]), c.d(in_town), f"<b>{c.d(s)}</b>", e(before)])
    head = ("Nr", "Naam", "Relatie", "Geslacht", "Geboortedatum", "Geboorteplaats", "BSN", "Burgerlijke staat",
            "Ingeschreven in gemeente", "Op dit adres sinds", "Vorige gemeente")
    table = ("<table class='ruled' style='width:100%;font-size:8.4pt;margin-top:4mm'><tr>" + "".join(f"<th>{e(h)}</th>" for h in head) + "</tr>"
             + "".join("<tr>" + "".join(f"<td{' style=white-space:nowrap' if k in (1, 4, 6, 8, 9) else ''}>{v}</td>" for k, v in enumerate(row)) + "</tr>" for row in cells)
             + "</table>")
    seal = (f"<div style='width:24mm;height:24mm;border:2px solid #333;border-radius:50%;text-align:center;font-size:6.5pt;"
            f"padding-top:7mm;box-sizing:border-box'>GEMEENTE<br><b>{e(home.municipality.upper())}</b></div>")
    body = (
        f"<table style='width:100%'><tr><td style='width:30mm'>{seal}</td><td><h1>{e(c.pick('Uittreksel BRP — samenstelling huishouden', 'Huishoudensuittreksel Basisregistratie Personen'))}</h1>"
        f"<div class='small'>Afdeling Burgerzaken · gemeente {e(home.municipality)}</div></td>"
        f"<td class='right small'>Datum uitdraai: {c.d(issue)}<br>Pagina 1 van 1<br>Medewerker: {e(''.join(c.rng.choice('ABCDEFGHJKLMNPRSTVW') for _ in range(3)))}{c.rng.randint(10, 99)}</td></tr></table>"
        f"<div class='box' style='margin-top:4mm'>Adres: <b>{e(home.street)} {e(home.house_number_text)}</b> &nbsp;&nbsp; Postcode: {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} "
        f"&nbsp;&nbsp; Woonplaats: {e(home.city)} &nbsp;&nbsp; Gemeente: {e(home.municipality)} &nbsp;&nbsp; Aantal bewoners: {len(members)}</div>"
        + table
        + "<p class='small' style='margin-top:4mm'>'Op dit adres sinds' is de datum van aanvang van de adreshouding; 'Ingeschreven in gemeente' is de datum "
        "van vestiging in de gemeente. Dit uittreksel is zonder handtekening geldig.</p>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS), _truth(issue, home, members, since, names)


def brp_bilingual_expat(c: Ctx):
    """Fresh4. A city's international desk's bilingual extract (Dutch labels over English ones): the request's date and purpose above, the address, then each resident stacked with birthplace abroad, nationality, the date of arrival in the Netherlands before the date of settling at the address."""
    c.font_of(c.pick(SANS, SERIF))
    c.restyle4(dates=("dash", "en_short", "long"))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "first", "all_core_upper")
    names = [p.name(form) for p in members]
    requested = issue - dt.timedelta(days=c.rng.randint(1, 12))
    two = lambda nl, en: f"{e(nl)}<br><span style='font-size:7.5pt;color:#666;font-style:italic'>{e(en)}</span>"  # noqa: E731
    rows = lambda pairs: "".join(f"<tr><td style='width:70mm;padding-bottom:1.5mm'>{two(nl, en)}</td><td>{v}</td></tr>" for nl, en, v in pairs)  # noqa: E731
    persons = []
    for i, (p, n, s) in enumerate(zip(members, names, since)):
        arrived = max(p.birth_date, s - dt.timedelta(days=c.rng.randint(0, 4000)))
        pairs = [("Naam", "Name", f"<b>{e(n)}</b>"), ("Geboortedatum", "Date of birth", c.d(p.birth_date)),
                 ("Geboorteplaats", "Place of birth", e(_birthplace(c, p))),
                 ("Nationaliteit", "Nationality", e(_NATIONALITY.get(people.origin_of(p), "Nederlandse"))),
                 ("Burgerservicenummer", "Citizen service number (BSN)", e(values.bsn_text(p.bsn, c.pick(0, 2))))]
        if people.origin_of(p) not in ("nl", "an", "id"):
            pairs.append(("Datum vestiging in Nederland", "Date of arrival in the Netherlands", c.d(arrived)))
        pairs.append(("Datum vestiging op adres", "Date of settlement at this address", c.d(s)))
        persons.append(f"<div style='page-break-inside:avoid'><h3 style='border-bottom:0.8px solid #777'>{two(f'Persoon {i + 1}', f'Person {i + 1}')}</h3>"
                       f"<table>{rows(pairs)}</table></div>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>Gemeente {e(home.municipality)}</span><br>"
        f"<span class='small'>{e(c.pick('International Desk', 'Expatcenter', 'Burgerzaken · International Office'))}</span></td>"
        f"<td class='right small'>{two('Aanvraagnummer', 'Request number')} {c.rng.randint(100000, 999999)}</td></tr></table>"
        f"<h1 style='margin-top:6mm'>Uittreksel Basisregistratie Personen</h1>"
        "<div style='font-style:italic;color:#555;margin-bottom:4mm'>Extract from the Personal Records Database (BRP)</div>"
        + f"<table>{rows([('Datum aanvraag', 'Date of request', c.d(requested)), ('Datum afgifte', 'Date of issue', c.d(issue)), ('Doel', 'Purpose', c.pick('huisvesting / housing', 'woningcorporatie / housing association'))])}</table>"
        f"<h2>{two('Adres', 'Address')}</h2><table>"
        + rows([("Straat en huisnummer", "Street and house number", f"{e(home.street)} {e(home.house_number_text)}"),
                ("Postcode en woonplaats", "Postal code and town", f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
                ("Gemeente", "Municipality", e(home.municipality))])
        + "</table>" + "".join(persons)
        + "<p class='small' style='margin-top:6mm'>Dit uittreksel is een officieel document van de gemeente. <i>This extract is an official document of the municipality.</i></p>"
        f"<p>{e(c.person().name('initials'))}<br><span class='small'>namens de burgemeester / on behalf of the mayor</span></p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; line-height: 1.25; }"), _truth(issue, home, members, since, names)


# --- fresh5 split ----------------------------------------------------------------------------


def _above(label: str, value: str, width: str = "") -> str:
    """A cell with its label above the (escaped) value, as a counter's print sets them."""
    style = f"width:{width};" if width else ""
    return (f"<td style='{style}padding:0 4mm 2.5mm 0;vertical-align:top'><div style='font-size:7.2pt;color:#555;text-transform:uppercase;"
            f"letter-spacing:0.3px'>{e(label)}</div><div>{value}</div></td>")


def brp_kopie_vorige_bewoners(c: Ctx):
    """Fresh5. A municipality's extract "bewoners van een adres" under a diagonal "KOPIE" watermark: the gemeente's phone, IBAN and fee in the letterhead, the address and every resident in cards with each label above its value (a married partner under her name in use, "van den Berg-de Vries"), the date of settling in the municipality beside the date at the address, then a table of earlier residents who have left (names, birth dates, the dates they lived there, the municipality they moved to), and a turned rubber stamp."""
    c.font_of(c.pick(SANS, ("Liberation Sans", "Open Sans", "Cantarell")))
    c.restyle5(dates=("roman", "space_pad", "dash", "long"))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "initials_spaced", "given_initials", "initials")
    names = [p.name(form) for p in members]
    if len(members) > 1 and members[1].sex == "f" and c.rng.random() < 0.6:
        names[1] = people.married_name(members[1], members[0], "first" if form in ("all", "given_initials") else "initials")
    postbus, postplace = people.issuer_address(c.rng, home.city)
    gone = []
    for _ in range(c.rng.randint(1, 3)):
        left = since[0] - dt.timedelta(days=c.rng.randint(20, 900))
        p = c.person(born=(1950, 2002))
        gone.append((p.name(form), p.birth_date, left - dt.timedelta(days=c.rng.randint(300, 4000)), left, c.rng.choice(people.places())[0]))
    cards = []
    for i, (p, n, s) in enumerate(zip(members, names, since)):
        in_town = max(p.birth_date, s - dt.timedelta(days=c.rng.choice((0, c.rng.randint(100, 5000)))))
        cards.append("<div style='border:0.8px solid #777;padding:2mm 3mm;margin-bottom:2.5mm;page-break-inside:avoid'>"
                     f"<div style='font-size:8pt;color:#333;margin-bottom:1mm'>Bewoner {i + 1}</div><table style='width:100%'><tr>"
                     + _above("Naam", f"<b>{e(n)}</b>", "46%") + _above("Geboortedatum", c.d(p.birth_date)) + _above("BSN", e(values.bsn_text(p.bsn, c.pick(0, 1, 2))))
                     + "</tr><tr>" + _above("Vestiging in gemeente", c.d(in_town)) + _above("Datum adreshouding", c.d(s))
                     + _above("Geslacht", "M" if p.sex == "m" else "V") + "</tr></table></div>")
    left_rows = "".join(f"<tr><td>{e(n)}</td><td>{c.d(b)}</td><td>{c.d(f)}</td><td>{c.d(t)}</td><td>{e(m)}</td></tr>" for n, b, f, t, m in gone)
    body = (
        watermark("KOPIE")
        + f"<table style='width:100%'><tr><td><span class='logo' style='font-size:18pt'>gemeente {e(home.municipality)}</span><br>"
        f"<span class='small'>Publiekszaken · {e(postbus)} · {e(postplace)}</span></td>"
        f"<td class='right small'>Telefoon 14 0{c.rng.randint(10, 99)}<br>IBAN {e(values.iban_text(values.iban(c.rng, c.pick('BNGH', 'INGB')), True))}<br>"
        f"Leges {e(values.amount_text(c.pick('16.95', '17.60', '14.10'), 'euro'))} voldaan</td></tr></table>"
        f"<h1 style='margin-top:8mm'>{e(c.pick('Uittreksel BRP — bewoners van een adres', 'Uittreksel Basisregistratie Personen (bewoners)', 'Bewonersuittreksel BRP'))}</h1>"
        "<table style='width:100%;margin:3mm 0'><tr>"
        + _above("Straat", e(home.street), "38%") + _above("Huisnummer", e(home.house_number_text))
        + _above("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))) + _above("Woonplaats", e(home.city))
        + "</tr></table>"
        f"<h3>Op dit adres ingeschreven ({len(members)})</h3>" + "".join(cards)
        + f"<h3>{e(c.pick('Vertrokken van dit adres', 'Eerdere bewoners (niet meer op dit adres)'))}</h3>"
        "<table class='ruled' style='width:100%;font-size:8.6pt'><tr><th>Naam</th><th>Geboren</th><th>Op adres vanaf</th><th>Vertrokken op</th><th>Naar gemeente</th></tr>"
        + left_rows + "</table>"
        + f"<p style='margin-top:8mm'>Afgegeven op {c.d(issue)}</p><p>namens de burgemeester,<br>{e(c.person().name('initials'))}</p>"
        f"<div style='margin:4mm 0 0 60mm'>{stamp(['GEMEENTE ' + home.municipality.upper(), 'Burgerzaken', 'afschrift conform BRP'], turn=c.rng.uniform(-9, -4))}</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(issue, home, members, since, names)


def brp_blad_vervolg_two_page(c: Ctx):
    """Fresh5. Two pages under a repeated running head ("Blad 1 van 2"): page 1 the request (the requester, a correspondence address elsewhere, the request's date, the purpose, the fee and the gemeente's IBAN) and an explanation of the columns; page 2 the address and the residents in a table with system dates "20190301", the issue date in the closing lines."""
    c.font_of(c.pick(SANS, SERIF))
    c.restyle5(dates=("compact", "compact", "dot_pad", "iso"))
    issue, home, members, since = _setup(c)
    form = c.pick("reversed", "upper_reversed", "reversed_initials", "caps_reversed")
    names = [p.name(form) for p in members]
    requested = issue - dt.timedelta(days=c.rng.randint(1, 9))
    mail = people.address(c.rng)
    kenmerk = f"BRP/{issue.year}/{c.rng.randint(10000, 99999)}"
    head = f"Gemeente {e(home.municipality)} · Uittreksel Basisregistratie Personen · kenmerk {e(kenmerk)}"
    rows = "".join(f"<tr><td>{i + 1}</td><td style='white-space:nowrap'><b>{e(n)}</b></td><td>{c.d(p.birth_date)}</td><td style='white-space:nowrap'>{e(values.bsn_text(p.bsn, 0))}</td>"
                   f"<td>{c.d(s)}</td><td>{e(c.pick('ingezetene', 'ingezetene', 'ingez.', 'I'))}</td></tr>"
                   for i, (p, n, s) in enumerate(zip(members, names, since)))  # fmt: skip
    body = (
        running(head, f"{e(c.pick('Dit uittreksel is uitsluitend bestemd voor het opgegeven doel.', 'Vertrouwelijk: bevat persoonsgegevens.'))}")
        + f"<div class='logo' style='font-size:17pt;margin-top:3mm'>Gemeente {e(home.municipality)}</div>"
        f"<div class='small'>Team Burgerzaken</div>"
        "<h1 style='margin-top:8mm'>Uittreksel Basisregistratie Personen</h1>"
        "<h3>Gegevens van de aanvraag</h3>"
        + kv([("Aanvrager", e(members[0].name(c.pick("initials", "all")))), ("Correspondentieadres", f"{e(mail.line1())}, {e(values.postcode_text(mail.postcode, True))} {e(mail.city)}"),
              ("Datum aanvraag", c.d(requested)), ("Doel", e(c.pick("aanvraag woningcorporatie", "medehuur / inwoning", "huisvesting"))),
              ("Leges", f"{e(values.amount_text('16.95', 'euro'))}, betaald via iDEAL"),
              ("Rekening gemeente", e(values.iban_text(values.iban(c.rng, "BNGH"), True)))], label_width="48mm")
        + "<h3>Toelichting</h3><p class='small'>Op blad 2 staan alle personen die op de peildatum op het adres zijn ingeschreven. "
        "Data staan in de vorm jjjjmmdd. 'Datum adres' is de datum waarop de persoon zich op dit adres heeft gevestigd; "
        "de datum van inschrijving in de gemeente kan daarvan afwijken en is niet vermeld. Personen die zijn vertrokken of overleden staan niet op dit uittreksel.</p>"
        "<div style='page-break-before:always'></div>"
        "<h2 style='margin-top:4mm'>Adres</h2>"
        + kv([("Straatnaam", e(home.street)), ("Huisnummer", e(home.house_number_text)), ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))),
              ("Woonplaats", e(home.city)), ("Gemeente", e(home.municipality))], label_width="40mm")
        + "<h2>Ingeschreven personen</h2><table class='ruled' style='width:100%;font-size:9pt'><thead><tr><th>Nr</th><th>Naam</th><th>Geb.datum</th><th>BSN</th><th>Datum adres</th><th>Status</th></tr></thead>"
        + rows + "</table>"
        + f"<p style='margin-top:8mm'>Aldus uitgereikt te {e(home.city)} op {c.d(issue)}.</p>"
        f"<p>De ambtenaar burgerzaken,<br><br>{e(c.person().name('initials'))}</p>"
    )  # fmt: skip
    css = "@page { margin-top: 24mm; @bottom-right { content: 'Blad ' counter(page) ' van ' counter(pages); font-size: 7.5pt; } }"
    return page(c, body, css), _truth(issue, home, members, since, names)


def brp_systeemregels_compact(c: Ctx):
    """Fresh5. A fixed-width system print "OVERZICHT BEWONERS" in a monospaced font: a header with the print's run date and a "laatste mutatie" date, the address on one line, then one record line per resident (BSN, A-nummer, name "Meer van der, J.C.", dates as 19780412), a legend of the column codes and an end-of-list line."""
    c.font_of(MONO)
    c.restyle5(dates=("compact",))
    issue, home, members, since = _setup(c)
    form = c.pick("reversed_comma", "caps_reversed", "reversed_initials")
    names = [p.name(form) for p in members]
    mutation = since[-1] + dt.timedelta(days=c.rng.randint(0, 400))
    mutation = min(mutation, issue - dt.timedelta(days=1))
    width = max(len(n) for n in names) + 2
    header = f"{'BSN':<11}{'A-NUMMER':<12}{'NAAM':<{width}}{'GEB.DAT':<10}{'DAT.VEST':<10}{'DAT.ADR':<10}G"
    lines = []
    for p, n, s in zip(members, names, since):
        in_town = max(p.birth_date, s - dt.timedelta(days=c.rng.choice((0, c.rng.randint(100, 5000)))))
        anr = f"{c.rng.randint(1000000000, 9999999999)}"
        lines.append(f"{p.bsn:<11}{anr:<12}{n:<{width}}{values.date_text(p.birth_date, 'compact'):<10}{values.date_text(in_town, 'compact'):<10}"
                     f"{values.date_text(s, 'compact'):<10}{'M' if p.sex == 'm' else 'V'}")
    user = "".join(c.rng.choice("ABCDEFGHKLMNPRSTVW") for _ in range(4)) + str(c.rng.randint(10, 99))
    text = "\n".join([
        f"GEMEENTE {home.municipality.upper()}{' ' * 6}BRP-BEVRAGING{' ' * 6}PROG BRPV{c.rng.randint(100, 999)}",
        f"UITTREKSEL BRP - OVERZICHT BEWONERS OP ADRES",
        f"DATUM UITTREKSEL: {values.date_text(issue, 'compact')}   TIJD: {c.rng.randint(8, 17):02d}{c.rng.randint(0, 59):02d}   GEBRUIKER: {user}",
        f"LAATSTE MUTATIE ADRES: {values.date_text(mutation, 'compact')}",
        "-" * 78,
        f"ADRES     : {home.street} {home.house_number_text}",
        f"POSTCODE  : {values.postcode_text(home.postcode, c.rng.random() < 0.5)}   WOONPLAATS: {home.city}",
        f"AANTAL    : {len(members)} INGESCHREVEN PERSO(O)N(EN)",
        "-" * 78,
        header,
        *lines,
        "-" * 78,
        "DAT.VEST = DATUM VESTIGING IN GEMEENTE   DAT.ADR = DATUM AANVANG ADRESHOUDING",
        "GEB.DAT  = GEBOORTEDATUM (JJJJMMDD)      G = GESLACHTSAANDUIDING",
        "*** EINDE OVERZICHT ***",
    ])  # fmt: skip
    body = (f"<div style='white-space:pre;font-size:{8.2 if width < 30 else 7.4}pt;line-height:1.45'>{e(text)}</div>"
            f"<p style='margin-top:10mm;font-size:9pt'>Voor eensluidend uittreksel,<br>de burgemeester van {e(home.municipality)}, namens deze<br><br>{e(c.person().name('initials'))}</p>")
    return page(c, body, "@page { margin: 14mm 12mm 14mm 14mm; }"), _truth(issue, home, members, since, names)


# --- fresh6 split ----------------------------------------------------------------------------


def brp_zelfservicezuil_qr(c: Ctx):
    """Fresh6. A print from the town hall's self-service kiosk ("zelfservicezuil"): a narrow-font header with the kiosk's number and the print's time, the address and then each resident in a ruled two-column grid "Rubriek | Waarde" (surname in capitals before the given names, "05 mrt 2026" dates, "Adreshouding sinds"), and at the foot a QR code beside a verification code and the municipality's checking page; the print date is the issue date."""
    c.font_of(NARROW)
    c.restyle6(dates=("pad_short_nodot", "pad_short_nodot", "dash"))
    issue, home, members, since = _setup(c)
    form = c.pick("surname_caps_given", "surname_caps_given", "upper_reversed")
    names = [p.name(form) for p in members]
    code = "-".join("".join(c.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(3))
    slug = re.sub(r"[^a-z]", "", home.municipality.lower())
    grids = []
    for i, (p, n, s) in enumerate(zip(members, names, since)):
        rows = [("Persoon", str(i + 1)), ("Naam", f"<b>{e(n)}</b>"), ("Geboortedatum", c.d(p.birth_date)),
                ("Burgerservicenummer", e(values.bsn_text(p.bsn, c.pick(0, 2)))), ("Geslacht", "man" if p.sex == "m" else "vrouw"),
                ("Adreshouding sinds", c.d(s))]
        grids.append("<table class='ruled' style='width:100%;margin-bottom:3mm;page-break-inside:avoid'>"
                      "<tr style='background:#e4e4e4'><th style='width:52mm'>Rubriek</th><th>Waarde</th></tr>"
                      + "".join(f"<tr><td>{e(k)}</td><td>{v}</td></tr>" for k, v in rows) + "</table>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>Gemeente {e(home.municipality)}</span><br>"
        f"<span class='small'>Zelfservicezuil {c.rng.randint(1, 4)} · Stadswinkel</span></td>"
        f"<td class='right small'>Afgedrukt: {c.d(issue)} {c.rng.randint(8, 19):02d}:{c.rng.randint(0, 59):02d}<br>Transactie {c.rng.randint(100000, 999999)}</td></tr></table>"
        f"<h1 style='margin-top:6mm'>{e(c.pick('Uittreksel BRP', 'Uittreksel uit de Basisregistratie Personen', 'BRP-uittreksel bewoners adres'))}</h1>"
        "<table class='ruled' style='width:100%;margin-bottom:4mm'><tr style='background:#e4e4e4'><th style='width:52mm'>Rubriek</th><th>Waarde</th></tr>"
        + "".join(f"<tr><td>{e(k)}</td><td>{v}</td></tr>" for k, v in [
            ("Straat", e(home.street)), ("Huisnummer", e(home.house_number_text)),
            ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))), ("Woonplaats", e(home.city)),
            ("Aantal bewoners", str(len(members)))])
        + "</table>" + "".join(grids)
        + "<table style='width:100%;margin-top:5mm'><tr><td style='width:30mm'>" + qr_block(c.rng) + "</td>"
        f"<td class='small' style='vertical-align:middle'>Controleer de echtheid van dit uittreksel binnen 3 maanden na afdrukdatum op "
        f"www.{e(slug)}.nl/controle met code <b>{e(code)}</b>.<br>Dit document is zonder handtekening geldig. Leges voldaan met pin.</td></tr></table>"
    )  # fmt: skip
    css = "body { font-size: 10pt; } @page { @bottom-center { content: 'Blad ' counter(page) '/' counter(pages); font-size: 7.5pt; } }"
    return page(c, body, css), _truth(issue, home, members, since, names)


def brp_a5_balie_afschrift(c: Ctx):
    """Fresh6. An A5 extract printed at a small municipality's counter ("Afschrift uit de Basisregistratie Personen") in a serif face: the residents numbered with their details in one sentence each ("geboren 5 maart 1980 te ...; BSN ...; op dit adres sinds ..."), the requester and purpose above, and a small ruled table at the foot with the clerk's initials, the date of issue and the fee; the municipality is printed in
    capitals only (so is its truth)."""
    c.font_of(SERIF)
    c.restyle6(dates=("long", "dash", "long_pad"))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "given_initials", "initials_nodot")
    names = [p.name(form) for p in members]
    places = [c.rng.choice(people.places())[1] for _ in members]
    items = "".join(f"<li style='margin-bottom:1.5mm'><b>{e(n)}</b>, geboren {c.d(p.birth_date)} te {e(born)}; BSN {e(values.bsn_text(p.bsn, c.pick(0, 1)))}; "
                    f"{e(c.pick('op dit adres sinds', 'woonachtig op dit adres sinds', 'adreshouding vanaf'))} {c.d(s)}.</li>"
                    for p, n, s, born in zip(members, names, since, places))
    clerk = "".join(part[0] for part in c.person().given) + c.person().surname.split()[-1][0]
    body = (
        f"<div style='text-align:center'><span class='logo' style='font-size:13pt'>GEMEENTE {e(home.municipality.upper())}</span><br>"
        "<span class='small'>Burgerzaken · balie</span></div>"
        "<h2 style='text-align:center;margin-top:4mm'>Afschrift uit de Basisregistratie Personen</h2>"
        f"<p>Op verzoek van {e(members[0].name('initials'))}, ten behoeve van {e(c.pick('de woningcorporatie', 'een aanvraag woonruimte', 'de verhuurder'))}, "
        f"wordt verklaard dat op het adres <b>{e(home.street)} {e(home.house_number_text)}</b>, {e(values.postcode_text(home.postcode, True))} "
        f"{e(home.city)} de volgende personen zijn ingeschreven:</p><ol style='padding-left:5mm'>{items}</ol>"
        "<table class='ruled' style='width:100%;margin-top:5mm;font-size:8.5pt'><tr><th>Paraaf ambtenaar</th><th>Datum afgifte</th><th>Leges</th></tr>"
        f"<tr><td>{e(clerk)}</td><td>{c.d(issue)}</td><td>{e(values.amount_text(c.pick('14.10', '15.40', '12.95'), 'euro'))}</td></tr></table>"
    )  # fmt: skip
    css = "@page { size: A5; margin: 12mm 12mm 14mm 14mm; } body { font-size: 9pt; }"
    return page(c, body, css), _truth(issue, home, members, since, names, municipality=home.municipality.upper())  # printed in capitals only


# --- fresh7 split ----------------------------------------------------------------------------

_COURTS = (("Rechtbank Den Haag", "Den Haag"), ("Rechtbank Amsterdam", "Amsterdam"), ("Rechtbank Midden-Nederland", "Utrecht"),
           ("Rechtbank Rotterdam", "Rotterdam"), ("Rechtbank Gelderland", "Arnhem"), ("Rechtbank Noord-Holland", "Haarlem"),
           ("Rechtbank Oost-Brabant", "'s-Hertogenbosch"), ("Rechtbank Limburg", "Maastricht"), ("Rechtbank Noord-Nederland", "Groningen"))  # fmt: skip


def brp_english_certificate_seal(c: Ctx):
    """Fresh7. An English-only certificate a municipality issues for use abroad or by an international employer ("Extract from the Personal Records Database (BRP)"): a double frame, "Municipality of ..." in the head, a sentence by the Mayor and Aldermen, the address in a small table ("Street and number", "Postal code", "Town"), the residents in one ruled table (given names and the whole surname in capitals, "Date of birth", "Place of birth", "Citizen service number", "Registered at this address since"), dates as "5th March 2026", the purpose and the fee, the civil registrar's name under a round seal; the "Date of issue" is the issue date."""
    c.font_of(c.pick(SERIF7, ("Liberation Serif", "EB Garamond", "Caladea")))
    c.restyle7(dates=("en_ordinal", "en_ordinal", "en_long"), amounts=("EUR_en_whole",))
    issue, home, members, since = _setup(c)
    form = c.pick("all_upper_surname", "all_upper_surname", "all")
    names = [p.name(form) for p in members]
    registrar = c.person(born=(1960, 1996))
    nowrap = "style='white-space:nowrap'"
    rows = "".join(f"<tr><td {nowrap}><b>{e(n)}</b><br><span class='small'>born in {e(_birthplace(c, p))}</span></td><td {nowrap}>{c.d(p.birth_date)}</td>"
                   f"<td {nowrap}>{e(values.bsn_text(p.bsn, c.pick(0, 2)))}</td><td {nowrap}>{c.d(s)}</td></tr>"
                   for p, n, s in zip(members, names, since))
    address = kv([("Street and number", f"{e(home.street)} {e(home.house_number_text)}"),
                  ("Postal code", e(values.postcode_text(home.postcode, c.rng.random() < 0.6))), ("Town", e(home.city))], label_width="45mm")
    purpose = c.pick("proof of residence", "application for housing", "submission to an employer abroad", "visa application")
    body = (
        "<div style='border:4px double #4a3b16;padding:7mm 8mm;min-height:245mm'>"
        f"<div style='text-align:center'><div style='font-size:9pt;letter-spacing:3px'>MUNICIPALITY OF</div>"
        f"<div class='logo' style='font-size:20pt'>{e(home.municipality)}</div><div class='small'>Department of Civil Affairs</div></div>"
        "<h1 style='text-align:center;margin-top:8mm;font-size:15pt'>Extract from the Personal Records Database (BRP)</h1>"
        f"<p style='margin-top:6mm'>The Mayor and Aldermen of the municipality of {e(home.municipality)} declare that, according to the Personal Records "
        "Database, the persons listed below are registered at the following address:</p>"
        + address
        + "<table class='ruled' style='width:100%;margin-top:5mm;font-size:8.8pt'><tr style='background:#efeadc'><th>Name and place of birth</th>"
        f"<th>Date of birth</th><th>Citizen service number</th><th>Registered at this address since</th></tr>{rows}</table>"
        + kv([("Purpose", e(purpose)), ("Fee", c.a(c.pick("15.40", "16.85", "14.10"))), ("Date of issue", c.d(issue))], label_width="45mm")
        + "<table style='width:100%;margin-top:10mm'><tr><td style='vertical-align:middle'>On behalf of the Mayor and Aldermen,<br>the civil registrar,<br><br>"
        f"<i style='font-size:13pt'>{e(registrar.surname)}</i><br>{e(registrar.name('initials'))}</td>"
        f"<td class='right'>{seal(['MUNICIPALITY OF', home.municipality.upper(), 'CIVIL AFFAIRS'])}</td></tr></table>"
        "<p class='small' style='margin-top:6mm'>This extract shows the data registered on the date of issue. It is issued in English at the request of the "
        "person concerned; no Dutch version is attached.</p></div>"
    )  # fmt: skip
    return page(c, body, "@page { margin: 12mm 14mm 12mm 14mm; } body { font-size: 10pt; }"), _truth(issue, home, members, since, names)


def brp_apostille_two_page(c: Ctx):
    """Fresh7. Two pages as they come back from a district court: page 1 a municipality's extract in a formal serif (the residents in a ruled table surname first "Van der Meer, Johannes Cornelis", dates as "05-MRT-2026" or in words of the month, "Afgegeven te ... op ...", the civil servant's name under a deposited signature and the municipality's stamp), page 2 the apostille stuck on behind it: "APOSTILLE (Convention de La Haye du 5 octobre 1961)", ten numbered fields in Dutch with English and French (country, signed by the civil servant, in the capacity of, the municipality's seal, at the court's town, the court's own later date, by the court's clerk, a number, seal and signature); the extract's date is the issue date, the apostille's a decoy."""
    c.font_of(c.pick(SERIF7, SERIF))
    c.restyle7(dates=("dash_mon_upper", "dash_mon_upper", "long"))
    issue, home, members, since = _setup(c)
    form = c.pick("particle_cap_reversed", "particle_cap_reversed", "reversed")
    names = [p.name(form) for p in members]
    clerk = c.person(born=(1960, 1996))
    court, court_town = c.rng.choice(_COURTS)
    stamped = issue + dt.timedelta(days=c.rng.randint(2, 25))
    number = f"{stamped.year}/{c.rng.randint(10000, 99999)}"
    nowrap = "style='white-space:nowrap'"
    rows = "".join(f"<tr><td {nowrap}>{e(n)}</td><td {nowrap}>{c.d(p.birth_date)}</td><td>{e(values.bsn_text(p.bsn, c.pick(0, 1)))}</td>"
                   f"<td {nowrap}>{c.d(s)}</td></tr>" for p, n, s in zip(members, names, since))
    three = lambda nl, en, fr: f"{e(nl)} <span style='color:#555'>/ {e(en)} / <i>{e(fr)}</i></span>"  # noqa: E731
    fields = [(1, three("Land", "Country", "Pays"), "Nederland"),
              (2, three("is ondertekend door", "has been signed by", "a été signé par"), e(clerk.name("initials"))),
              (3, three("handelend in de hoedanigheid van", "acting in the capacity of", "agissant en qualité de"), "ambtenaar burgerzaken"),
              (4, three("is voorzien van het zegel/stempel van", "bears the seal/stamp of", "est revêtu du sceau/timbre de"), f"gemeente {e(home.municipality)}"),
              (5, three("te", "at", "à"), e(court_town)), (6, three("de", "the", "le"), c.d(stamped)),
              (7, three("door", "by", "par"), f"de griffier van de {e(court)}"), (8, three("onder nr.", "No", "sous no"), e(number)),
              (9, three("Zegel/stempel", "Seal/stamp", "Sceau/timbre"), seal(["RECHTBANK", court_town.upper()], colour="#1f3a7a", size="24mm")),
              (10, three("Handtekening", "Signature", "Signature"), f"<i style='font-size:12pt'>{e(c.person().surname)}</i>")]
    apostille = "".join(f"<tr><td style='width:7mm'>{n}.</td><td style='width:80mm'>{label}</td><td>{value}</td></tr>" for n, label, value in fields)
    body = (
        f"<div style='text-align:center'><span class='logo' style='font-size:17pt'>Gemeente {e(home.municipality)}</span><br>"
        "<span class='small'>Publiekszaken · Basisregistratie Personen</span></div>"
        "<h1 style='text-align:center;margin-top:8mm'>UITTREKSEL BASISREGISTRATIE PERSONEN</h1>"
        f"<p>Op het adres <b>{e(home.street)} {e(home.house_number_text)}</b>, {e(values.postcode_text(home.postcode, True))} {e(home.city)}, "
        "staan in de basisregistratie personen de volgende personen ingeschreven:</p>"
        "<table class='ruled' style='width:100%;font-size:9.5pt'><tr><th>Geslachtsnaam, voornamen</th><th>Geboortedatum</th><th>Burgerservicenummer</th>"
        f"<th>Datum aanvang adreshouding</th></tr>{rows}</table>"
        f"<p style='margin-top:8mm'>Afgegeven te {e(home.city)} op {c.d(issue)}.</p>"
        f"<table style='width:100%'><tr><td>De ambtenaar burgerzaken,<br><br><i style='font-size:13pt'>{e(clerk.surname)}</i><br>{e(clerk.name('initials'))}"
        "<br><span class='small'>(handtekening gedeponeerd)</span></td>"
        f"<td class='right'>{seal(['GEMEENTE', home.municipality.upper(), 'BURGERZAKEN'])}</td></tr></table>"
        "<div style='page-break-before:always'></div>"
        "<div style='border:1.5px solid #1f3a7a;padding:5mm 6mm;margin:20mm auto 0 auto;width:150mm'>"
        "<div style='text-align:center;font-size:16pt;font-weight:bold;letter-spacing:3px'>APOSTILLE</div>"
        "<div style='text-align:center;font-size:8.5pt'>(Convention de La Haye du 5 octobre 1961)</div>"
        f"<table style='width:100%;margin-top:4mm;font-size:9pt'>{apostille}</table></div>"
        "<p class='small' style='text-align:center;margin-top:4mm'>Deze apostille bevestigt alleen de echtheid van de handtekening en de hoedanigheid "
        "van de ondertekenaar, niet de inhoud van het document.</p>"
    )  # fmt: skip
    return page(c, body), _truth(issue, home, members, since, names)


# --- fresh8 split ----------------------------------------------------------------------------

_FRISIAN = {  # municipality: (its Frisian name where it differs, {town: Frisian town name})
    "Leeuwarden": ("Ljouwert", {"Leeuwarden": "Ljouwert"}),
    "Súdwest-Fryslân": ("", {"Sneek": "Snits", "Bolsward": "Boalsert"}),
    "Noardeast-Fryslân": ("", {"Dokkum": "Dokkum"}),
    "Smallingerland": ("Smellingerlân", {"Drachten": "Drachten"}),
    "Heerenveen": ("It Hearrenfean", {"Heerenveen": "It Hearrenfean"}),
    "Tytsjerksteradiel": ("", {"Burgum": "Burgum"}),
}


def _frisian_home(c: Ctx, home: people.Address) -> tuple[people.Address, str, str]:
    """The household's address moved to a town of a bilingual municipality in Fryslân: (address, the municipality's
    Frisian name or "", the town's Frisian name)."""
    municipality, town, low, high = c.rng.choice([p for p in people.places() if p[0] in _FRISIAN and p[1] in _FRISIAN[p[0]][1]])
    fy_name, towns = _FRISIAN[municipality]
    moved = dataclasses.replace(home, postcode=values.postcode(c.rng, low, high), city=town, municipality=municipality)
    return moved, fy_name, towns[town]


def brp_fries_tweetalig(c: Ctx):
    """Fresh8. A bilingual extract of a municipality in Fryslân, which writes Dutch and Frisian side by side ("Uittreksel Basisregistratie Personen" over "Ûttreksel Basisregistraasje Persoanen"): the municipality's name with its Frisian form where it has one ("Gemeente Leeuwarden · Gemeente Ljouwert"), every label in Dutch with the Frisian under it in italics ("Geboortedatum / Bertedatum", "Datum aanvang adreshouding / Datum begjin adreshâlding"), the town printed in Dutch in the address and in Frisian in the issue line, each resident a two-column block, dates with the Frisian month names ("5 maaie 2026") or as 05-03-2026; the clerk's title in both languages."""
    c.font_of(c.pick(SANS8, ("Cantarell", "Carlito", "Open Sans")))
    c.restyle8(dates=("fy_long", "fy_long", "dash"))
    issue, home, members, since = _setup(c)
    home, fy_municipality, fy_town = _frisian_home(c, home)
    form = c.pick("all", "all", "reversed", "surname_initials_nocomma")
    names = [p.name(form) for p in members]
    clerk = c.person(born=(1960, 1996), origin="nl")
    two = lambda nl, fy: f"<b>{e(nl)}</b><br><i style='color:#4b5d73;font-size:8.2pt'>{e(fy)}</i>"  # noqa: E731
    heading = f"Gemeente {e(home.municipality)}" + (f" <span style='color:#4b5d73'>· Gemeente {e(fy_municipality)}</span>" if fy_municipality else "")
    cell = "style='padding:1.5mm 3mm 1.5mm 0;vertical-align:top'"
    blocks = ""
    for i, (p, n, s) in enumerate(zip(members, names, since)):
        rows = [(("Naam", "Namme"), f"<b>{e(n)}</b>"), (("Geboortedatum", "Bertedatum"), c.d(p.birth_date)),
                (("Geboorteplaats", "Bertepleats"), e(_birthplace(c, p))), (("Burgerservicenummer", "Boargerservicenûmer"), e(values.bsn_text(p.bsn, c.pick(0, 2)))),
                (("Datum aanvang adreshouding", "Datum begjin adreshâlding"), c.d(s))]
        inner = "".join(f"<tr><td {cell} width='42%'>{two(*labels)}</td><td {cell}>{value}</td></tr>" for labels, value in rows)
        blocks += (f"<div style='margin-top:3mm;border-left:3px solid #1d5d9b;padding-left:3mm'>"
                   f"<div style='font-size:8.5pt;color:#1d5d9b'>Persoon {i + 1} · Persoan {i + 1}</div><table style='width:100%'>{inner}</table></div>")
    address = "".join(f"<tr><td {cell} width='42%'>{two(*labels)}</td><td {cell}>{value}</td></tr>" for labels, value in (
        (("Straat en huisnummer", "Strjitte en húsnûmer"), f"{e(home.street)} {e(home.house_number_text)}"),
        (("Postcode", "Postkoade"), e(values.postcode_text(home.postcode, c.rng.random() < 0.5))),
        (("Woonplaats", "Wenplak"), e(home.city))))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#1d5d9b'>{heading}</span><br>"
        "<span class='small'>Publiekszaken / Publykssaken</span></td>"
        f"<td class='right small'>{e(people.issuer_address(c.rng, home.city)[0])}<br>{e(home.city)}</td></tr></table>"
        "<h1 style='margin:8mm 0 0 0'>Uittreksel Basisregistratie Personen</h1>"
        "<div style='font-size:13pt;color:#4b5d73;font-style:italic;margin-bottom:4mm'>Ûttreksel Basisregistraasje Persoanen</div>"
        "<p style='font-size:9pt'>Burgemeester en wethouders verklaren dat op onderstaand adres de volgende personen zijn ingeschreven.<br>"
        "<i style='color:#4b5d73'>Boargemaster en wethâlders ferklearje dat op it ûndersteande adres de folgjende persoanen ynskreaun binne.</i></p>"
        f"<table style='width:100%'>{address}</table>{blocks}"
        f"<p style='margin-top:8mm'>Afgegeven te {e(home.city)} op {c.d(issue)}.<br><i style='color:#4b5d73'>Útjûn te {e(fy_town)}.</i></p>"
        f"<p>De ambtenaar burgerzaken / <i>De amtner boargersaken</i>,<br><br><i style='font-size:12pt'>{e(clerk.surname)}</i><br>{e(clerk.name('initials'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; } @page { margin: 14mm 16mm 14mm 18mm; }"), _truth(issue, home, members, since, names)


def _lead(p: people.Person) -> str:
    """A resident surname first with the initials, the leading particle capitalised ("Van der Meer, J.C.")."""
    initials = "".join(part[0] + "." for name in p.given for part in name.split())
    return f"{p.surname[0].upper()}{p.surname[1:]}, {initials}"


def brp_waardepapier_guilloche(c: Ctx):
    """Fresh8. An extract printed on the municipality's security paper ("waardepapier"): fine interfering rings in pale blue and lilac under the whole page, a border of microtext repeating the municipality's name, the paper's serial number top right ("Volgnr. A 0123456", a decoy number), the address once in a box, every resident a card whose labels stand left with a dotted leader to the value right-aligned ("Ingeschreven op dit adres .......... 05-03-2019"), names surname first with the initials ("Van der Meer, J.C."), a married partner under the double name in use ("Jansen-de Vries, M."), the issue date and the fee in a dotted row too, an embossed-looking seal, and "Kopieën van dit document zijn ongeldig" at the foot."""
    c.font_of(c.pick(SERIF8, SANS8))
    c.restyle8(dates=("dash", "dash", "long"), amounts=("euro_is", "euro"))
    issue, home, members, since = _setup(c)
    names = [_lead(p) for p in members]
    if len(members) > 1 and c.rng.random() < 0.6:
        names[1] = people.double_surname_reversed(members[1], members[0])
    micro = (f"GEMEENTE {home.municipality.upper()} · ") * 14
    cards = "".join(
        "<div style='border:0.8px solid #7a8fb0;border-radius:2mm;padding:2mm 4mm;margin-top:3mm;background:rgba(255,255,255,0.75);page-break-inside:avoid'>"
        + dotted_rows([("Naam", f"<b>{e(n)}</b>"), ("Geboortedatum", c.d(p.birth_date)), ("Geboorteplaats", e(_birthplace(c, p))),
                       ("Burgerservicenummer", e(values.bsn_text(p.bsn, c.pick(0, 1)))), ("Ingeschreven op dit adres", c.d(s))], value_width="60mm")
        + "</div>" for p, n, s in zip(members, names, since))
    body = (
        f"<div style='position:fixed;top:-9mm;left:0;right:0;font-size:3.6pt;color:#7a8fb0;white-space:nowrap;overflow:hidden'>{e(micro)}</div>"
        f"<div style='position:fixed;bottom:-9mm;left:0;right:0;font-size:3.6pt;color:#7a8fb0;white-space:nowrap;overflow:hidden'>{e(micro)}</div>"
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:17pt;color:#27406b'>Gemeente {e(home.municipality)}</span></td>"
        f"<td class='right small'>Volgnr. {c.pick('A', 'B', 'W')} {c.rng.randint(1000000, 9999999)}</td></tr></table>"
        "<h1 style='text-align:center;margin:7mm 0 1mm 0;letter-spacing:1px'>UITTREKSEL</h1>"
        "<div style='text-align:center' class='small'>uit de Basisregistratie Personen (BRP)</div>"
        "<div style='border:1.2px solid #27406b;padding:2mm 4mm;margin-top:5mm;background:rgba(255,255,255,0.75)'>"
        f"<div class='small'>Adres</div><b>{e(home.street)} {e(home.house_number_text)}</b><br>"
        f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}</div>"
        f"<div style='margin-top:3mm'><b>Op dit adres ingeschreven personen ({len(members)})</b></div>{cards}"
        "<div style='margin-top:6mm;width:70%'>"
        + dotted_rows([("Datum uitgifte", c.d(issue)), ("Leges", c.a(c.pick("14.90", "16.10", "15.00", "17.00")))], value_width="45mm")
        + "</div>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>Namens de burgemeester,<br>de ambtenaar burgerzaken<br><br><i>{e(c.person(origin='nl').name('initials'))}</i></td>"
        f"<td class='right'>{seal(['GEMEENTE', home.municipality.upper(), 'BURGERZAKEN'], colour='#27406b', size='27mm')}</td></tr></table>"
        "<p class='small' style='text-align:center;margin-top:4mm'>Dit document is gedrukt op beveiligd papier. Kopieën van dit document zijn ongeldig.</p>"
    )  # fmt: skip
    return page(c, body, GUILLOCHE_CSS + " body { font-size: 9.6pt; }"), _truth(issue, home, members, since, names)


# --- fresh9 split ----------------------------------------------------------------------------


def brp_markeerstift_geeltje(c: Ctx):
    """Fresh9. A plain municipal extract as the tenant hands it back in: the tenant went over their own name, the address and the dates of settling with a yellow highlighter (the marks lie under the text, which stays whole), ticked the residents with a ballpoint in the margin and stuck a yellow note on the page in their own slanted hand ("Voor de woonconsulent", the tenancy's contract number and a short date without a year "ingeleverd 12/3" as decoys); the extract itself in a Times-like TeX Gyre serif, the residents in label blocks with "Datum vestiging op dit adres", the date of issue at the foot as "Afgegeven op"."""
    c.font_of(c.pick(SERIF9, ("Liberation Serif", "FreeSerif")))
    c.restyle9(dates=("dash", "long"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    names = [m.name(c.pick("all", "all", "first")) for m in members]
    hand = HAND9[0]
    tick = f"<span style='font-family:\"{hand}\";font-style:italic;color:#1b2a7a;font-size:15pt'>&#10003;</span>"
    blocks = "".join(
        f"<table style='width:100%;margin:0 0 4mm 0'><tr><td style='width:8mm;vertical-align:top'>{tick if i < 2 else ''}</td><td>"
        + kv([("Naam", highlight(e(n)) if i == 0 else e(n)), ("Geboortedatum", c.d(p.birth_date)), ("Burgerservicenummer", e(values.bsn_text(p.bsn, 0))),
              ("Datum vestiging op dit adres", highlight(c.d(s), "rgba(140,235,120,0.65)") if i < 2 else c.d(s))], label_width="58mm")
        + "</td></tr></table>"
        for i, (p, n, s) in enumerate(zip(members, names, since)))
    note = (f"Voor de woonconsulent<br>aanvraag medehuur<br>contract {c.rng.randint(10, 99)}-{c.rng.randint(1000, 9999)}<br>"
            f"ingeleverd {c.rng.randint(1, 28)}/{c.rng.randint(1, 12)}<br>groet, {e(members[0].given[0])}")
    body = (
        sticky_note(note, top=c.pick("4mm", "60mm"), right=c.pick("0mm", "6mm"), turn=c.rng.uniform(-6, 6))
        + f"<div style='font-size:15pt;font-weight:bold'>Gemeente {e(home.municipality)}</div><div class='small'>Publiekszaken · {e(people.issuer_address(c.rng, home.city)[0])}</div>"
        + "<h1 style='margin-top:10mm'>Uittreksel Basisregistratie Personen</h1>"
        + "<p class='small'>Op het hieronder genoemde adres staan de volgende personen ingeschreven.</p>"
        + kv([("Adres", highlight(f"{e(home.street)} {e(home.house_number_text)}")), ("Postcode en woonplaats", highlight(f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}")),
              ("Gemeente van inschrijving", e(home.municipality))], label_width="58mm")
        + f"<h2>Ingeschreven personen ({len(members)})</h2>{blocks}"
        + f"<p style='margin-top:8mm'>Afgegeven op {c.d(issue)}<br>De burgemeester van {e(home.municipality)},<br>namens deze,</p>"
        + f"<p style='font-style:italic;margin-top:6mm'>{e(c.person().name('initials'))}, medewerker Burgerzaken</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; position: relative; }"), _truth(issue, home, members, since, names)


def brp_twee_huishoudens_gegroepeerd(c: Ctx):
    """Fresh9. An extract of an address where two households live (a family and a lodger registered on their own): the municipality's head in Go's small capitals, "Uittreksel BRP - bewoners van een adres", the address, "Aantal ingeschreven personen" and then one ruled table per household under "Huishouden 1" and "Huishouden 2" (name surname first with the given names, birth date, BSN in groups of three, the relation to the household's first person, the date of settling at this address); every person of both households lives at the address. The date of issue in a closing line "Afgegeven te ... op ..." with the dates as "05 maart 2026"."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), SANS8))
    c.restyle9(dates=("long_pad", "dash"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    lodger = c.person(born=(1970, 2004))
    lodger_since = c.date((2015, 1, 1), (2025, 12, 31))
    lodger_since = min(lodger_since, issue - dt.timedelta(days=40))
    everyone, dates = members + [lodger], since + [lodger_since]
    names = [p.name(c.pick("reversed", "upper_reversed")) for p in everyone]
    relations = ["hoofdbewoner", "partner"] + ["kind"] * (len(members) - 2)
    row = lambda p, n, s, r: (f"<tr><td>{e(n)}</td><td>{c.d(p.birth_date)}</td><td style='white-space:nowrap'>{e(values.bsn_text(p.bsn, 2))}</td>"  # noqa: E731
                              f"<td>{e(r)}</td><td>{c.d(s)}</td></tr>")
    head = "<tr style='background:#eef1f5'><th>Naam</th><th>Geboortedatum</th><th>BSN</th><th>Relatie</th><th>Datum vestiging op adres</th></tr>"
    first = "".join(row(p, n, s, r) for p, n, s, r in zip(members, names, since, relations))
    second = row(lodger, names[-1], lodger_since, "hoofdbewoner (kamerbewoner)")
    body = (
        f"<div style='font-family:\"Go Smallcaps\";font-size:17pt;letter-spacing:0.5px'>Gemeente {e(home.municipality)}</div>"
        "<div class='small'>Afdeling Dienstverlening · team Basisregistraties</div>"
        "<h1 style='margin-top:9mm;font-family:\"Cantarell Extra Bold\", sans-serif'>Uittreksel BRP</h1><div class='muted'>bewoners van een adres</div>"
        + kv([("Straat en huisnummer", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))),
              ("Woonplaats", e(home.city)), ("Aantal ingeschreven personen", str(len(everyone))), ("Aantal huishoudens", "2")], label_width="58mm")
        + f"<h3>Huishouden 1</h3><table class='ruled' style='width:100%;font-size:9pt'>{head}{first}</table>"
        + f"<h3>Huishouden 2</h3><table class='ruled' style='width:100%;font-size:9pt'>{head}{second}</table>"
        + "<p class='small' style='margin-top:4mm'>Een huishouden is hier: de personen die volgens de BRP samen op het adres wonen. Een kamerbewoner is een eigen huishouden.</p>"
        + f"<p style='margin-top:8mm'>Afgegeven te {e(home.city)} op {c.d(issue)}</p>"
        + "<p class='small'>Dit uittreksel is zonder handtekening geldig. Leges betaald.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(issue, home, everyone, dates, names)


# --- fresh10 split ---------------------------------------------------------------------------

def brp_twee_op_een_liggend(c: Ctx):
    """Fresh10. A two-page municipal extract printed "2 pagina's per vel": one landscape sheet holding both pages shrunk side by side, each with its own head, a thin frame and "Pagina 1 van 2" / "Pagina 2 van 2" under it; page 1 has the address and the first residents, page 2 the rest and the date of issue ("Datum uitgifte 05.03.26"); the residents' names surname first with the particle in brackets ("Meer (van der), J.C."), birth dates and dates of settling written out in full."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle10(dates=("dot_2y",), amounts=("euro",))
    issue, home, members, since = _setup(c)
    names = [m.name(c.pick("reversed_particle_brackets", "reversed_particle_brackets", "all")) for m in members]
    full = c.pick("dash", "long")
    block = lambda p, n, s: ("<table style='width:100%;margin-bottom:2.5mm;border-top:0.5px solid #999'>"  # noqa: E731
                             + "".join(f"<tr><td style='width:44%;color:#444'>{e(k)}</td><td>{v}</td></tr>" for k, v in (
                                 ("Naam", e(n)), ("Geboortedatum", e(values.date_text(p.birth_date, full))), ("BSN", e(values.bsn_text(p.bsn, 0))),
                                 ("Datum vestiging adres", e(values.date_text(s, full))))) + "</table>")
    split = 1 if len(members) <= 2 else 2
    head = (f"<div style='font-weight:bold;font-size:10pt'>Gemeente {e(home.municipality)}</div><div style='font-size:6.5pt;color:#555'>Burgerzaken</div>"
            "<div style='font-size:9pt;font-weight:bold;margin:3mm 0 2mm 0'>Uittreksel Basisregistratie Personen</div>")
    page1 = (head + kv([("Straat", e(home.street)), ("Huisnummer", e(home.house_number_text)), ("Postcode", e(values.postcode_text(home.postcode, True))),
                        ("Woonplaats", e(home.city))], label_width="30mm")
             + "<div style='font-weight:bold;margin-top:2mm'>Ingeschreven personen</div>"
             + "".join(block(p, n, s) for p, n, s in list(zip(members, names, since))[:split]))
    page2 = (head + "<div style='font-weight:bold'>Ingeschreven personen (vervolg)</div>"
             + "".join(block(p, n, s) for p, n, s in list(zip(members, names, since))[split:])
             + f"<p style='margin-top:4mm'>Datum uitgifte {c.d(issue)}</p><p>De ambtenaar burgerzaken,<br>{e(c.person().name('initials'))}</p>"
             + "<p style='font-size:6.5pt;color:#555'>Dit uittreksel is afgegeven op verzoek van de ingeschrevene.</p>")
    sheet = lambda inner, n: (f"<td style='width:50%;vertical-align:top;padding:0 3mm'><div style='border:0.6px solid #888;padding:6mm 6mm;height:150mm;font-size:7.4pt;line-height:1.3'>"  # noqa: E731
                              f"{inner}</div><div style='text-align:center;font-size:7pt;margin-top:1mm'>Pagina {n} van 2</div></td>")
    body = f"<table style='width:100%;table-layout:fixed'><tr>{sheet(page1, 1)}{sheet(page2, 2)}</tr></table>"
    return page(c, body, LANDSCAPE_CSS + " .label { width: 30mm; }"), _truth(issue, home, members, since, names)


def brp_gemeente_mail_platte_tekst(c: Ctx):
    """Fresh10. The municipality's e-mail answering a tenant's request for an extract, printed from the tenant's webmail: the mail client's head (from "burgerzaken@...", the date as "Thu 5 Mar 2026 10:14" in an English client, the subject with a case number), a short letter, then the extract pasted into the mail as plain text in the municipality's system's lines ("Gegevens adres", "Persoon 1", "Geslachtsnaam", "Voornamen", "Geboortedatum", "BSN", "Datum aanvang adreshouding") with the date of issue in it, the service desk's signature; the tenant's own request quoted under it (their phone number and a date before as decoys)."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("DejaVu Sans", "Carlito")))
    c.restyle10(dates=("en_wd_short",), amounts=("euro",))
    issue, home, members, since = _setup(c)
    names = [m.name("all") for m in members]
    asked = issue - dt.timedelta(days=c.rng.randint(1, 6))
    case = f"Z{issue.year}-{c.rng.randint(100000, 999999)}"
    town = home.municipality.lower().replace(" ", "").replace("'", "")
    lines = [f"UITTREKSEL BASISREGISTRATIE PERSONEN - gemeente {home.municipality}", f"Datum uitgifte: {values.date_text(issue, 'dash')}", "",
             "Gegevens adres", f"Straat: {home.street}", f"Huisnummer: {home.house_number_text}", f"Postcode: {values.postcode_text(home.postcode, False)}",
             f"Woonplaats: {home.city}", ""]
    for i, (p, n, s) in enumerate(zip(members, names, since)):
        lines += [f"Persoon {i + 1}", f"Naam: {n}", f"Geboortedatum: {values.date_text(p.birth_date, 'dash')}", f"BSN: {p.bsn}",
                  f"Datum aanvang adreshouding: {values.date_text(s, 'dash')}", ""]
    plain = "<br>".join(e(x) for x in lines)
    request = (f"Van: {e(members[0].name('first'))}<br>Verzonden: {e(values.date_text(asked, 'en_wd_short'))}<br>"
               f"Goedemiddag, kunt u mij een uittreksel BRP van mijn adres mailen? Het is voor de woningcorporatie. Mijn telefoonnummer is 06-{c.rng.randint(10000000, 99999999)}.")
    body = (
        f"<div style='font-size:8pt;color:#555;border-bottom:0.5px solid #bbb;margin-bottom:3mm'>Inbox · {e(members[0].given[0].lower())}@{c.pick('gmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl')}</div>"
        f"<div style='font-size:13pt;font-weight:bold;margin-bottom:2mm'>Uw aanvraag uittreksel BRP (zaaknummer {e(case)})</div>"
        + mail_header([("From", f"Burgerzaken gemeente {e(home.municipality)} &lt;burgerzaken@{e(town)}.nl&gt;"), ("To", e(members[0].name('first'))),
                       ("Date", f"{c.d(issue)} {c.rng.randint(8, 16):02d}:{c.rng.randint(0, 59):02d}")])
        + f"<p>Geachte {e(members[0].salutation().lower())} {e(members[0].surname)},</p><p>Hieronder vindt u het uittreksel uit de Basisregistratie Personen (BRP) waar u om vroeg.</p>"
        + f"<div style='font-family:\"Liberation Mono\", monospace;font-size:8.8pt;margin:3mm 0 3mm 4mm'>{plain}</div>"
        + f"<p>Met vriendelijke groet,<br><br>Team Publiekszaken<br>Gemeente {e(home.municipality)}<br>Telefoon 14 0{c.rng.randint(10, 99)}</p>"
        + quoted(f"<span style='font-family:\"{SANS10[0]}\", sans-serif;font-style:italic'>{request}</span>")
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(issue, home, members, since, names)


# --- fresh11 split ---------------------------------------------------------------------------


def brp_actueel_historie_kolommen(c: Ctx):
    """Fresh11. An extract "met historische gegevens" in landscape as a municipality's BRP system prints it: the address under "Verblijfplaats (actueel)", then per resident a ruled table "Rubriek | Actueel | Historie 1 | Historie 2" whose rows are the name, the birth date, the BSN, the street and number, the postcode, the municipality and "Datum aanvang adreshouding"; the historic columns hold the resident's earlier addresses in other streets or municipalities with their own, earlier dates of settling (decoys, marked "(beëindigd)"); names as an old system sorts them, "Meer van der, Johannes Cornelis"; the date of issue in a footer line "Uittreksel vervaardigd op"."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Cantarell")))
    c.restyle11(dates=("dash", "long"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    names = [m.name(c.pick("reversed_comma_all", "reversed_comma_all", "reversed")) for m in members]
    cell = "style='color:#666'"
    tables = []
    for i, (p, n, s) in enumerate(zip(members, names, since)):
        history, day = [], s
        for _ in range(c.rng.randint(0, 2)):
            day = day - dt.timedelta(days=c.rng.randint(250, 2400))
            if day <= p.birth_date:
                break
            history.append((people.address(c.rng), day))
        history += [None] * (2 - len(history))
        old = lambda k, f: f"<td {cell}>{f(history[k])}</td>" if history[k] else f"<td {cell}>&ndash;</td>"  # noqa: E731
        rows = [("Naam", e(n), lambda h: "&ndash;"), ("Geboortedatum", c.d(p.birth_date), lambda h: "&ndash;"),
                ("Burgerservicenummer", e(values.bsn_text(p.bsn, 0)), lambda h: "&ndash;"),
                ("Straat en huisnummer", f"{e(home.street)} {e(home.house_number_text)}", lambda h: f"{e(h[0].line1())}"),
                ("Postcode", e(values.postcode_text(home.postcode, False)), lambda h: e(values.postcode_text(h[0].postcode, False))),
                ("Gemeente van inschrijving", e(home.municipality), lambda h: e(h[0].municipality)),
                ("Datum aanvang adreshouding", c.d(s), lambda h: f"{c.d(h[1])} (beëindigd)")]
        body_rows = "".join(f"<tr><td style='background:#f1f1f1'>{e(label)}</td><td><b>{value}</b></td>{old(0, f)}{old(1, f)}</tr>" for label, value, f in rows)
        tables.append(f"<div style='page-break-inside:avoid;margin-top:3mm'><b>Persoon {i + 1}</b>"
                      "<table class='ruled' style='width:100%;font-size:8.4pt;table-layout:fixed'><tr style='background:#dfe6ee'><th style='width:22%'>Rubriek</th>"
                      f"<th>Actueel (cat. 08)</th><th>Historie 1 (cat. 58)</th><th>Historie 2 (cat. 58)</th></tr>{body_rows}</table></div>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>Gemeente {e(home.municipality)}</span><br><span class='small'>Burgerzaken · Basisregistratie Personen</span></td>"
        f"<td class='right small'>Verzoeknummer {c.rng.randint(100000, 999999)}<br>Gebruiker BZ{c.rng.randint(100, 999)}</td></tr></table>"
        "<h1 style='margin-top:4mm;font-size:14pt'>Uittreksel Basisregistratie Personen met historische gegevens</h1>"
        "<div style='border:0.8px solid #333;padding:2mm 3mm;margin-top:2mm;width:60%'><b>Verblijfplaats (actueel)</b><br>"
        + kv([("Straat", e(home.street)), ("Huisnummer", e(home.house_number_text)), ("Postcode", e(values.postcode_text(home.postcode, True))),
              ("Woonplaats", e(home.city))], label_width="40mm")
        + "</div>" + "".join(tables)
        + "<p class='small' style='margin-top:3mm'>In de kolommen Historie staan gegevens die niet meer gelden. Alleen de kolom Actueel geeft de huidige situatie weer.</p>"
        + f"<p style='margin-top:3mm'>Uittreksel vervaardigd op {c.d(issue)} door de afdeling Burgerzaken van de gemeente {e(home.municipality)}.</p>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS + " body { font-size: 9pt; }"), _truth(issue, home, members, since, names)


def brp_kwitantie_leges_strook(c: Ctx):
    """Fresh11. A municipality's extract handed over at the counter with the fee's receipt printed at the foot of the same sheet, below a dashed line with scissors ("knip hier"): the extract (the residents in a ruled table with every given name and the surname in capitals, "JOHANNES CORNELIS VAN DER MEER", "Afgegeven op" with the date of issue) and the strip "Kwitantie leges" (who paid, the fee "€ 16,10", "Betaald op" with the earlier date the request was paid online, a transaction number and the cash desk as decoys)."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle11(dates=("long", "dash"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    names = [m.name(c.pick("caps_all", "caps_all", "all")) for m in members]
    paid = issue - dt.timedelta(days=c.rng.randint(1, 12))
    rows = "".join(f"<tr><td>{e(n)}</td><td>{c.d(p.birth_date)}</td><td style='white-space:nowrap'>{e(values.bsn_text(p.bsn, c.rng.randint(0, 2)))}</td><td>{c.d(s)}</td></tr>"
                   for p, n, s in zip(members, names, since))
    postbus, postplace = people.issuer_address(c.rng, home.city)
    strip = (
        f"<div style='border-top:1.2px dashed #555;margin-top:8mm;padding-top:1mm;font-size:7.5pt;color:#555'>&#9986; knip hier</div>"
        f"<div style='border:0.8px solid #555;padding:2mm 4mm;margin-top:2mm;font-size:8.6pt'><b>Kwitantie leges</b> &nbsp; gemeente {e(home.municipality)}"
        + kv([("Ontvangen van", e(members[0].name("initials"))), ("Omschrijving", "uittreksel BRP (1 exemplaar)"),
              ("Bedrag", e(values.amount_text(c.pick("16.10", "15.70", "17.20", "14.95"), "euro"))), ("Betaald op", e(values.date_text(paid, "dash"))),
              ("Wijze van betaling", c.pick("iDEAL (online aanvraag)", "pin, kassa 2", "pin, balie 4")), ("Transactienummer", f"{c.rng.randint(10**9, 10**10 - 1)}")], label_width="40mm")
        + "</div>"
    )
    body = (
        f"<div class='logo' style='font-size:17pt'>Gemeente {e(home.municipality)}</div><div class='small'>{e(postbus)} · {e(postplace)}</div>"
        "<h1 style='margin-top:9mm'>Uittreksel uit de Basisregistratie Personen</h1>"
        + kv([("Adres", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))),
              ("Woonplaats", e(home.city))], label_width="40mm")
        + "<table class='ruled' style='width:100%;margin-top:4mm;font-size:9pt'><tr><th>Naam</th><th>Geboortedatum</th><th>BSN</th><th>Op dit adres sinds</th></tr>"
        + rows + "</table>"
        + f"<p style='margin-top:6mm'>Afgegeven op {c.d(issue)}<br>De burgemeester van {e(home.municipality)}, namens deze,</p>"
        + f"<p style='font-style:italic'>{e(c.person().name('initials'))}, medewerker Publiekszaken</p>"
        + strip
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(issue, home, members, since, names)


# --- fresh12 split ---------------------------------------------------------------------------


def brp_digitaal_uittreksel_echtheidscode(c: Ctx):
    """Fresh12. An extract downloaded from the municipality's counter after a DigiD login, as a PDF with a verification code: a header with the municipality's name and "Digitaal uittreksel Basisregistratie Personen", a box "Echtheid controleren" with a QR code, a web address and a code in groups of four, "Datum verstrekking" and a "Geldig tot en met" date three months later (a decoy), the DigiD login of the requester with its own time, the address, and the residents in a table with their names as the system prints them for a third party ("VAN DER MEER J.C."), birth date, BSN and "Op dit adres sinds"; the requester's previous address with its postcode and municipality as a decoy."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle12(dates=("pad_short_dot", "long", "dash"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    names = [m.name("caps_surname_initials") for m in members]
    valid = issue + dt.timedelta(days=c.rng.choice((90, 91, 92)))
    code = "-".join("".join(c.rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ23456789") for _ in range(4)) for _ in range(3))
    before = people.address(c.rng)
    rows = "".join(f"<tr><td>{e(n)}</td><td>{c.d(p.birth_date)}</td><td>{e(values.bsn_text(p.bsn, 2))}</td><td>{c.d(s)}</td></tr>"
                   for p, n, s in zip(members, names, since))
    slug = home.municipality.lower().replace(" ", "").replace("'", "")
    tagline = f"<div style='font-family:\"{SANS12[0]}\", sans-serif;font-style:italic;font-size:9pt;color:#3a5a7a'>Burgerzaken digitaal</div>"
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:#1d3f6e'>Gemeente {e(home.municipality)}</span>{tagline}</td>"
        f"<td class='right' style='width:40%'>{qr_block(c.rng, size=21, cell=0.9)}</td></tr></table>"
        "<h1 style='margin-top:3mm'>Digitaal uittreksel Basisregistratie Personen</h1>"
        f"<div class='box' style='background:#f2f6fb;border-color:#9db4d0'><b>Echtheid controleren</b><br>Scan de QR-code of ga naar "
        f"<u>www.{e(slug)}.nl/echtheid</u> en voer deze code in: <b style='letter-spacing:1px'>{e(code)}</b></div>"
        + kv([("Datum verstrekking", c.d(issue)), ("Geldig tot en met", c.d(valid)),
              ("Aangevraagd door", f"ingelogd met DigiD op {c.d(issue)} om {c.rng.randint(7, 22):02d}:{c.rng.randint(0, 59):02d} uur")], label_width="45mm")
        + "<h2>Adres</h2>"
        + kv([("Straat en huisnummer", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode en woonplaats", f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Gemeente", e(home.municipality))], label_width="45mm")
        + "<h2>Personen ingeschreven op dit adres</h2>"
        "<table class='ruled' style='width:100%;font-size:9.4pt'><tr style='background:#e4ecf5'><th>Naam</th><th>Geboortedatum</th><th>BSN</th><th>Op dit adres sinds</th></tr>"
        f"{rows}</table>"
        f"<p class='small' style='margin-top:3mm'>Vorig adres aanvrager: {e(before.line1())}, {e(values.postcode_text(before.postcode, True))} {e(before.city)} (gemeente {e(before.municipality)}).</p>"
        "<p class='small'>Dit uittreksel is digitaal ondertekend door de gemeente. Een afdruk is alleen geldig na controle van de code hierboven.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(issue, home, members, since, names)


def brp_bewoningsoverzicht_vertrokken(c: Ctx):
    """Fresh12. A "Bewoningsoverzicht" the municipality sends to a housing corporation on its request (Wet BRP, verstrekking aan derden): a letter head with the corporation's "verzoek van" date (earlier, a decoy) and the "Datum uitdraai", the address, then one table of everyone who lived there: residents and earlier occupants with "Datum vestiging" and "Datum vertrek" (earlier occupants, their dates and their new municipality are decoys: only those without a departure live there), names as a care or mail system writes them ("van der Meer, Johannes")."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("DejaVu Sans", "Cantarell")))
    c.restyle12(dates=("pad_short_dot", "dash"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    names = [m.name("particle_first_comma_first") for m in members]
    earlier = []
    for _ in range(c.rng.randint(1, 3)):
        p = c.person(born=(1940, 2000))
        left = c.date((1995, 1, 1), (2023, 12, 31))
        left = min(left, min(since) - dt.timedelta(days=1))
        earlier.append((p, left - dt.timedelta(days=c.rng.randint(300, 4000)), left, people.address(c.rng).municipality))
    rows = [(s, f"<tr><td>{e(n)}</td><td>{c.d(p.birth_date)}</td><td>{e(values.bsn_text(p.bsn, 0))}</td><td>{c.d(s)}</td><td>&ndash;</td><td></td></tr>")
            for p, n, s in zip(members, names, since)]
    rows += [(arrived, f"<tr style='color:#444'><td>{e(p.name('particle_first_comma_first'))}</td><td>{c.d(p.birth_date)}</td><td>{e(values.bsn_text(p.bsn, 0))}</td>"
                       f"<td>{c.d(arrived)}</td><td>{c.d(left)}</td><td>{e(town)}</td></tr>") for p, arrived, left, town in earlier]
    rows.sort(key=lambda r: r[0])
    corp = c.rng.choice(("Ymere", "Portaal", "Woonstad Rotterdam", "Eigen Haard", "de Alliantie", "Kennemer Wonen", "Woonopmaat", "Mitros"))
    asked = issue - dt.timedelta(days=c.rng.randint(3, 20))
    body = (
        f"<div class='logo' style='font-size:14pt'>Gemeente {e(home.municipality)}</div><div class='small'>Publiekszaken &middot; team BRP-verstrekkingen</div>"
        + address_block([corp, "t.a.v. afdeling Woonfraude en Bewoning", *people.issuer_address(c.rng)])
        + kv([("Uw verzoek van", c.d(asked)), ("Ons kenmerk", f"BRP/{c.rng.randint(10000, 99999)}"), ("Datum uitdraai", c.d(issue))], label_width="38mm")
        + "<h1 style='font-size:14pt;margin-top:5mm'>Bewoningsoverzicht</h1>"
        f"<p>Adres: <b>{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}</b></p>"
        "<p class='small'>Overzicht van alle personen die volgens de Basisregistratie Personen op dit adres wonen of hebben gewoond. Personen zonder datum vertrek staan op dit moment op het adres ingeschreven.</p>"
        "<table class='lines' style='width:100%;font-size:9pt'><tr style='border-bottom:1px solid #000'><th>Naam</th><th>Geboortedatum</th><th>BSN</th><th>Datum vestiging</th><th>Datum vertrek</th><th>Vertrokken naar</th></tr>"
        + "".join(r for _, r in rows) + "</table>"
        "<p class='small' style='margin-top:4mm'>Deze gegevens zijn verstrekt op grond van artikel 3.3 van de Wet basisregistratie personen en uitsluitend bestemd voor de uitvoering van uw taak.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(issue, home, members, since, names)

# --- fresh13 split ---------------------------------------------------------------------------


def brp_kleine_gemeente_tekstverwerker_stempel(c: Ctx):
    """Fresh13. A small municipality's extract typed in a word processor: a centred letterhead in italic ("Gemeente ...", Burgerzaken, the town hall's Postbus and telephone) over a double rule, "Uw aanvraag van" (earlier, a decoy) and "Datum" ("donderdag 05-03-2026"), the address in a sentence, each resident as a block of tab-aligned labels (Naam, Geboren op, Burgerservicenummer, Op dit adres ingeschreven sinds), the fee "Leges: EURO 15,40 (voldaan)", the clerk signing "namens deze" beside a rubber stamp of Burgerzaken with the day, and the template's file path and "Pagina 1 van 1" at the foot."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Carlito", "Liberation Sans")))
    c.restyle13(dates=("wd_long_dash",), amounts=("EURO_caps_front",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "first", "caps_surname_comma_first")
    names = [m.name(form) for m in members]
    clerk = c.person(born=(1960, 1998))
    asked = issue - dt.timedelta(days=c.rng.randint(1, 14))
    box, town = people.issuer_address(c.rng, home.city)
    fee = values.amount(c.rng.choice((14.9, 15.4, 16.05, 17.1)))
    blocks = "".join(
        "<table style='margin:0 0 3mm 8mm'>"
        + "".join(f"<tr><td style='width:62mm'>{e(k)}</td><td>: {v}</td></tr>" for k, v in (
            ("Naam", e(n)), ("Geboren op", e(values.date_text(p.birth_date, "dash"))), ("Burgerservicenummer", e(values.bsn_text(p.bsn, 0))),
            ("Op dit adres ingeschreven sinds", e(values.date_text(s, "dash")))))
        + "</table>" for p, n, s in zip(members, names, since))
    body = (
        f"<div style='text-align:center;font-family:\"{SERIF13[0]}\", serif;font-style:italic;font-size:19pt'>Gemeente {e(home.municipality)}</div>"
        f"<div style='text-align:center;font-size:8.5pt'>Burgerzaken &middot; {e(box)} &middot; {e(town)} &middot; telefoon 14 0{c.rng.randint(100, 999)}</div>"
        "<div style='border-top:3px double #333;margin:2mm 0 6mm 0'></div>"
        + kv([("Onderwerp", "uittreksel Basisregistratie Personen"), ("Uw aanvraag van", e(values.date_text(asked, "long"))), ("Datum", c.d(issue))], label_width="38mm")
        + f"<p style='margin-top:6mm'>De burgemeester van {e(home.municipality)} verklaart dat volgens de Basisregistratie Personen op het adres "
        f"<b>{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}</b> de volgende personen staan ingeschreven:</p>"
        + blocks
        + f"<p>Leges: {c.a(fee)} (voldaan)</p>"
        "<table style='width:100%;margin-top:6mm'><tr>"
        f"<td>De burgemeester voornoemd,<br>namens deze,<br><br><br>{e(clerk.name('initials'))}<br>medewerker Burgerzaken</td>"
        f"<td class='right'>{stamp(['GEMEENTE ' + home.municipality.upper(), 'BURGERZAKEN', values.date_text(issue, 'dash')], colour='#5b2a86', turn=c.rng.uniform(-9, -3))}</td></tr></table>"
        f"<div style='position:fixed;bottom:-12mm;left:0;right:0;font-size:7pt;color:#555;display:flex;justify-content:space-between'>"
        f"<span>K:\\Burgerzaken\\Sjablonen\\uittreksel_BRP_adres.docx</span><span>Pagina 1 van 1</span></div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10.3pt; }"), _truth(issue, home, members, since, names)


_EMBASSIES13 = ("Embassy of the Republic of Türkiye", "Embassy of the Kingdom of Morocco", "Embassy of the Republic of Poland",
                "Consulate General of India", "Embassy of the Republic of Suriname", "Embassy of the Republic of Ghana")


def brp_certificate_of_registration_embassy(c: Ctx):
    """Fresh13. A "Certificate of registration" ("Verklaring van inschrijving") in English that a municipality issues for an embassy: the municipality's head, "To: the Embassy of ...", the embassy's reference and the purpose (a family member's visa application), "Issued on Thursday 5 March 2026", the address in three labelled lines, each resident in a small table (Name as "VAN DER MEER, Johannes", Date of birth, Citizen service number, Registered at this address since, Nationality and Date of first registration in the Netherlands, the last two decoys), and the signature of a civil affairs officer "on behalf of the Mayor and Aldermen" beside a seal."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle13(dates=("en_weekday_long",), amounts=("euro",))
    issue, home, members, since = _setup(c)
    names = [m.name("caps_surname_comma_first") for m in members]
    embassy = c.rng.choice(_EMBASSIES13)
    officer = c.person(born=(1960, 1998))
    nation = {"nl": "Dutch", "ma": "Moroccan", "tr": "Turkish", "sr": "Surinamese", "pl": "Polish", "sy": "Syrian"}
    cards = ""
    for p, n, s in zip(members, names, since):
        first = min(s, p.birth_date + dt.timedelta(days=c.rng.randint(0, 9000))) - dt.timedelta(days=c.rng.randint(0, 2000))
        first = max(first, p.birth_date)
        pairs = [("Name", e(n)), ("Date of birth", e(values.date_text(p.birth_date, "en_long"))), ("Citizen service number (BSN)", e(values.bsn_text(p.bsn, 0))),
                 ("Registered at this address since", e(values.date_text(s, "en_long"))), ("Nationality", e(nation.get(people.origin_of(p), "Dutch"))),
                 ("First registered in the Netherlands", e(values.date_text(first, "en_long")))]
        label = "style='background:#f1f1f1;width:36mm;font-size:7.8pt'"
        cards += ("<table class='ruled' style='width:100%;margin-bottom:2mm;font-size:8.8pt;line-height:1.15'>"
                  + "".join(f"<tr><td {label}>{e(k1)}</td><td>{v1}</td><td {label}>{e(k2)}</td><td>{v2}</td></tr>"
                            for (k1, v1), (k2, v2) in zip(pairs[0::2], pairs[1::2]))
                  + "</table>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>Municipality of {e(home.municipality)}</span><br>"
        f"<span class='small'>Civil Affairs (Burgerzaken) &middot; {e(' '.join(people.issuer_address(c.rng, home.city)))}</span></td>"
        f"<td class='right small'>Our reference: BZ/{c.rng.randint(10000, 99999)}<br>Your reference: {e(c.pick('VIS', 'CONS', 'FAM'))}-{c.rng.randint(1000, 9999)}/{issue.year}</td></tr></table>"
        f"<p style='margin-top:8mm'>To: the {e(embassy)}<br>Purpose: application for a visa for family reunification</p>"
        "<h1 style='margin-top:6mm;letter-spacing:1px'>CERTIFICATE OF REGISTRATION</h1><div class='small'>Verklaring van inschrijving in de Basisregistratie Personen</div>"
        f"<p>The Mayor and Aldermen of the municipality of {e(home.municipality)} certify that, according to the Personal Records Database (BRP), "
        "the persons below are registered at the following address:</p>"
        + kv([("Street and number", f"{e(home.street)} {e(home.house_number_text)}"), ("Postal code", e(values.postcode_text(home.postcode, True))), ("Town", e(home.city))], label_width="45mm")
        + f"<div style='margin-top:3mm'>{cards}</div>"
        f"<p>Issued on {c.d(issue)}, at the request of the person concerned.</p>"
        "<table style='width:100%;margin-top:4mm'><tr>"
        f"<td>On behalf of the Mayor and Aldermen,<br><br><br>{e(officer.name('initials'))}<br>civil affairs officer</td>"
        f"<td class='right'>{seal(['MUNICIPALITY OF', home.municipality.upper(), 'CIVIL AFFAIRS'], colour='#1d3f6e')}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(issue, home, members, since, names)

# --- fresh14 split ---------------------------------------------------------------------------

def brp_bewoning_tijdlijn_balken(c: Ctx):
    """Fresh14. A municipality's extract "Uittreksel BRP - bewoning van het adres in de tijd": the address, then a timeline over a year axis with a grey bar per resident running from the date of settling ("vanaf ...") to "heden", each resident's birth date and BSN in small print under the name; below it "Eerdere bewoners (niet meer op dit adres)" with ended bars and their dates of settling and leaving (decoys), the axis years (decoys), the print's "Aanmaakdatum" and the request's day (a decoy)."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("Open Sans", "DejaVu Sans")))
    c.restyle14(dates=("dash", "dot_pad", "long"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "first", "reversed")
    names = [m.name(form) for m in members]
    earlier = []
    left = min(since) - dt.timedelta(days=c.rng.randint(10, 60))
    for _ in range(c.rng.randint(1, 2)):
        gone_at = left
        came = gone_at - dt.timedelta(days=c.rng.randint(400, 3000))
        earlier.append((c.person(born=(1940, 1995)), came, gone_at))
        left = came - dt.timedelta(days=c.rng.randint(5, 90))
    axis_start = dt.date(min(came for _, came, _g in earlier).year, 1, 1)
    span = (issue - axis_start).days
    years = list(range(axis_start.year, issue.year + 1, max(1, (issue.year - axis_start.year) // 6 or 1)))
    pct = lambda day: 100 * (day - axis_start).days / span  # noqa: E731
    axis = "".join(f"<span style='position:absolute;left:{pct(dt.date(y, 1, 1)):.1f}%;top:0;font-size:7pt;color:#555;border-left:0.5px solid #999;padding-left:0.8mm'>{y}</span>"
                   for y in years)

    def row(label: str, sub: str, start: dt.date, stop: dt.date | None, colour: str) -> str:
        end = pct(stop) if stop else 100
        note = f"vanaf {c.d(start)} t/m heden" if stop is None else f"{c.d(start)} t/m {c.d(stop)}"
        return (f"<tr><td style='width:55mm'><b>{label}</b><br><span class='small'>{sub}</span></td>"
                f"<td><div style='position:relative;height:5mm;background:#f4f4f4'><div style='position:absolute;left:{pct(start):.1f}%;width:{end - pct(start):.1f}%;"
                f"top:1mm;height:3mm;background:{colour}'></div></div><div class='small'>{note}</div></td></tr>")

    current = "".join(row(e(n), f"geb. {e(values.date_text(p.birth_date, 'dash'))} &middot; BSN {e(values.bsn_text(p.bsn, 0))}", s, None, "#5b7fa8")
                      for p, n, s in zip(members, names, since))
    past = "".join(row(e(p.name("initials")), "vertrokken naar onbekend / elders", came, gone, "#c9c9c9") for p, came, gone in earlier)
    asked = issue - dt.timedelta(days=c.rng.randint(1, 12))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>Gemeente {e(home.municipality)}</span><br><span class='small'>Burgerzaken &middot; Basisregistratie Personen</span></td>"
        f"<td class='right small'>Aanmaakdatum: {c.d(issue)}<br>Aanvraag ontvangen: {e(values.date_text(asked, 'dash'))}</td></tr></table>"
        "<h1 style='margin-top:6mm'>Uittreksel BRP &ndash; bewoning van het adres in de tijd</h1>"
        + kv([("Adres", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode en woonplaats", f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Gemeente", e(home.municipality))], label_width="48mm")
        + "<h2>Huidige bewoners</h2>"
        f"<table style='width:100%'><tr><td style='width:55mm'></td><td><div style='position:relative;height:4mm'>{axis}</div></td></tr>{current}</table>"
        + "<h2>Eerdere bewoners (niet meer op dit adres ingeschreven)</h2>"
        f"<table style='width:100%'>{past}</table>"
        "<p class='small' style='margin-top:6mm'>Dit uittreksel is opgemaakt uit de Basisregistratie Personen. De balken tonen de periode waarin iemand op dit adres "
        "ingeschreven staat of stond. Een donkere balk loopt tot vandaag.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(issue, home, members, since, names)


_BANDS14 = ("#0d5c63", "#7a1f3d", "#1f3f7a", "#4d5d1f", "#6b3fa0")


def brp_zijbalk_kaarten_twee_kolommen(c: Ctx):
    """Fresh14. An extract on letter paper with a coloured band down the left edge: the band holds the municipality's name in a condensed bold oblique, its visiting address, the telephone, "Uw aanvraag" (earlier, a decoy), "Zaaknummer" and "Datum"; the body the title, the address and the residents as cards flowing in two columns (name, birth date, BSN, "Op dit adres sinds", sex, the previous address's town and the day of leaving it, the last two decoys)."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Open Sans", "DejaVu Sans")))
    c.restyle14(dates=("long", "dash"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("reversed", "all", "particle_first_comma")
    names = [m.name(form) for m in members]
    colour = c.rng.choice(_BANDS14)
    asked = issue - dt.timedelta(days=c.rng.randint(1, 10))
    box, town = people.issuer_address(c.rng, home.city)
    cards = ""
    for p, n, s in zip(members, names, since):
        before = people.address(c.rng)
        left_at = s - dt.timedelta(days=c.rng.randint(0, 3))
        prev = (f"{e(before.city)}, tot {e(values.date_text(left_at, 'dash'))}" if left_at > p.birth_date + dt.timedelta(days=400) else "geboren op dit adres")
        cards += (f"<div style='break-inside:avoid;border:0.8px solid {colour};border-top:3mm solid {colour};padding:2mm 3mm;margin-bottom:3mm'>"
                  f"<b>{e(n)}</b>" + kv([("Geboortedatum", e(values.date_text(p.birth_date, 'dash'))), ("BSN", e(values.bsn_text(p.bsn, c.rng.randint(0, 2)))),
                                         ("Op dit adres sinds", e(values.date_text(s, 'dash'))), ("Geslacht", "man" if p.sex == "m" else "vrouw"),
                                         ("Vorig adres", prev)], label_width="30mm") + "</div>")
    band = (f"<div style='position:fixed;left:-22mm;top:-18mm;bottom:-20mm;width:46mm;box-sizing:border-box;background:{colour};color:#fff;padding:22mm 4mm 0 7mm;font-size:8pt;line-height:1.5'>"
            f"<div style=\"font-family:'{SANS14[0]}', sans-serif;font-weight:bold;font-style:italic;font-size:13pt;line-height:1.15\">gemeente<br>{e(home.municipality)}</div>"
            f"<div style='margin-top:8mm'>Publiekszaken<br>{e(box)}<br>{e(town)}<br>telefoon 14 0{c.rng.randint(10, 99)}</div>"
            f"<div style='margin-top:8mm'>Uw aanvraag<br>{e(values.date_text(asked, 'long'))}</div>"
            f"<div style='margin-top:4mm'>Zaaknummer<br>Z/{issue.year % 100}/{c.rng.randint(100000, 999999)}</div>"
            f"<div style='margin-top:4mm'>Datum<br><b>{c.d(issue)}</b></div></div>")
    body = (
        band + "<div style='margin-left:30mm'>"
        "<h1>Uittreksel Basisregistratie Personen</h1>"
        f"<p>Op het adres <b>{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, True))} {e(home.city)}</b> "
        f"(gemeente {e(home.municipality)}) staan op de datum van dit uittreksel de volgende personen ingeschreven:</p>"
        f"<div style='columns:2;column-gap:5mm'>{cards}</div>"
        "<p class='small'>Namens de burgemeester,<br>team Publiekszaken</p></div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; } @page { margin-left: 22mm; }"), _truth(issue, home, members, since, names)


# --- fresh15 split ---------------------------------------------------------------------------

_ORDINAL_MARKS15 = ("1°", "2°", "3°", "4°", "5°", "6°")


def brp_verklaring_burgemeester_ordinale_zinnen(c: Ctx):
    """Fresh15. A municipality's formal "Verklaring van inschrijving in de Basisregistratie Personen" as running prose: "De burgemeester van ... verklaart ... dat op het adres ... blijkens de BRP zijn ingeschreven:" followed by one sentence a resident numbered "1°", "2°" ("Johannes Cornelis van der Meer, geboren op de 5e maart 1970, burgerservicenummer ..., op dit adres ingeschreven sedert de 12e juni 2019"), the request's day, the applicant's identity document checked on it and the fee (decoys) in a sentence above, "Gegeven te ..., de 5e maart 2026" at the foot with the clerk signing "namens deze"."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("DejaVu Serif", "EB Garamond")))
    c.restyle15(dates=("nl_ordinal",), amounts=("euro_endash",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "first", "all")
    names = [m.name(form) for m in members]
    asked = issue - dt.timedelta(days=c.rng.randint(1, 14))
    fee = values.amount(c.rng.choice((9.95, 13.40, 15.10, 16.85)))
    requester = members[0] if c.rng.random() < 0.6 else c.person(born=(1950, 2000))
    clerk = c.person(born=(1960, 1998))
    sentences = "".join(
        f"<p style='margin:0 0 2mm 8mm;text-indent:-8mm'>{_ORDINAL_MARKS15[i]}&nbsp;&nbsp;{e(n)}, geboren op de {c.d(p.birth_date)}, "
        f"burgerservicenummer {e(values.bsn_text(p.bsn, c.rng.randint(0, 1)))}, op dit adres ingeschreven sedert de {c.d(s)};</p>"
        for i, (p, n, s) in enumerate(zip(members, names, since)))
    town = home.city if c.rng.random() < 0.7 else home.municipality
    body = (
        f"<div style='text-align:center'><span style='font-size:17pt;letter-spacing:2px'>GEMEENTE {e(home.municipality.upper())}</span><br>"
        "<span class='small'>Publiekszaken &middot; Burgerzaken</span></div>"
        "<h1 style='text-align:center;margin-top:10mm;font-size:14pt'>Verklaring van inschrijving<br>in de Basisregistratie Personen</h1>"
        f"<p style='margin-top:8mm'>Op verzoek van {e(requester.name('initials'))}, gedaan op de {e(values.date_text(asked, 'nl_ordinal'))}, die zich heeft gelegitimeerd "
        f"met een identiteitsbewijs, en tegen betaling van de leges ad {c.a(fee)},</p>"
        f"<p><b>verklaart de burgemeester van de gemeente {e(home.municipality)}</b> dat op het adres <b>{e(home.street)} {e(home.house_number_text)}, "
        f"{e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}</b> blijkens de Basisregistratie Personen de volgende personen zijn ingeschreven:</p>"
        + sentences
        + "<p>en dat deze verklaring is afgegeven ten behoeve van een aanvraag bij de verhuurder van de woning.</p>"
        f"<p style='margin-top:8mm'>Gegeven te {e(town)}, de {c.d(issue)}.</p>"
        f"<p>De burgemeester voornoemd,<br>namens deze,<br><br><br>{e(clerk.name('initials'))}<br><span class='small'>medewerker Burgerzaken</span></p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10.6pt; line-height: 1.5; }"), _truth(issue, home, members, since, names)


def brp_download_kleinkapitaal_raster(c: Ctx):
    """Fresh15. The "Gegevens uit de Basisregistratie Personen" a municipality's portal lets a resident download as PDF: a thin coloured top rule, the portal's name, "Gedownload op" with the day (the issue date) and a document number, the address in a four-column grid, then per resident a four-column grid whose labels stand in grey small capitals (name, birth date, birthplace, BSN, nationality, "Adres sinds", "In gemeente sinds", "Vorige gemeente": the date of settling in the municipality, the birthplace and the previous municipality as decoys), the residents' names as "MEER, J.C. VAN DER"; the validity date of the download at the foot (a decoy)."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "DejaVu Sans")))
    c.restyle15(dates=("dash", "cap_month", "long"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    names = [m.name("caps_reversed_initials") for m in members]
    colour = c.pick("#154273", "#01689b", "#39870c", "#a90061")
    valid = issue + dt.timedelta(days=c.rng.choice((30, 90)))

    def cells(pairs: list[tuple[str, str]]) -> str:
        rows = [pairs[i : i + 2] for i in range(0, len(pairs), 2)]
        return ("<table style='width:100%;border-top:0.6px solid #ccc'>" + "".join(
            "<tr>" + "".join(f"<td style='width:22%;padding:1.2mm 2mm 1.2mm 0'>{small_caps(k)}</td><td style='width:28%;padding:1.2mm 0'>{v}</td>" for k, v in row)
            + "</tr>" for row in rows) + "</table>")

    blocks = ""
    for i, (p, n, s) in enumerate(zip(members, names, since)):
        moved = s - dt.timedelta(days=c.rng.randint(200, 4000))
        in_town = min(s, max(moved, p.birth_date))
        before = people.address(c.rng).municipality
        blocks += (f"<h3 style='color:{colour};margin-top:5mm'>Persoon {i + 1}</h3>"
                   + cells([("Naam", f"<b>{e(n)}</b>"), ("Burgerservicenummer", e(values.bsn_text(p.bsn, 0))),
                            ("Geboortedatum", c.d(p.birth_date)), ("Geboorteplaats", e(_birthplace(c, p))),
                            ("Adres sinds", c.d(s)), ("In gemeente sinds", e(values.date_text(in_town, "dash"))),
                            ("Vorige gemeente", e(before if in_town > p.birth_date else "-")), ("Nationaliteit", e(_NATIONALITY.get(people.origin_of(p), "Nederlandse")))]))
    body = (
        f"<div style='border-top:4mm solid {colour};padding-top:3mm'><table style='width:100%'><tr><td><b style='font-size:13pt'>Mijn gegevens</b><br>"
        f"<span class='small'>gemeente {e(home.municipality)} &middot; digitaal loket</span></td>"
        f"<td class='right small'>{small_caps('Gedownload op')} {c.d(issue)}<br>{small_caps('Documentnummer')} BRP-{c.rng.randint(10000000, 99999999)}</td></tr></table></div>"
        "<h1 style='margin-top:6mm;font-size:15pt'>Gegevens uit de Basisregistratie Personen</h1>"
        + cells([("Straat", e(home.street)), ("Huisnummer", e(home.house_number_text)), ("Postcode", e(values.postcode_text(home.postcode, False))),
                 ("Woonplaats", e(home.city)), ("Gemeente", e(home.municipality)), ("Aantal personen", str(len(members)))])
        + blocks
        + f"<p class='small' style='margin-top:8mm'>Dit document is gemaakt uit de Basisregistratie Personen en is tot en met {e(values.date_text(valid, 'dash'))} te controleren met het documentnummer.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(issue, home, members, since, names)


# --- fresh16 split ---------------------------------------------------------------------------


def brp_baliesysteem_mono_onderzoeksvlag(c: Ctx):
    """Fresh16. The print a municipal desk application makes of the residents of an address, in a monospaced face with dotted leaders in mixed case ("Naam..........: Meer, van der, J.C."): a header line with the desk user's code, the print's time and "Afdrukdatum" (the issue date), the address as leader lines, per resident a numbered block with birth date and birthplace, BSN, "Datum inschrijving gemeente" and the previous address (decoys) and "Datum aanvang adreshouding" (the date that counts); for some residents a line "Gegevens in onderzoek" with its own start date (a decoy); "*** einde uittreksel ***" at the foot."""
    c.font_of(c.pick(("Liberation Mono", "DejaVu Sans Mono"), ("Courier Prime", "FreeMono")))
    c.restyle16(dates=("dash", "dot_pad"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    names = [m.name(c.pick("reversed_double_comma", "reversed_double_comma", "reversed_initials")) for m in members]
    flagged = c.rng.randrange(len(members)) if c.rng.random() < 0.6 else -1
    clock = f"{c.rng.randint(8, 16):02d}:{c.rng.randint(0, 59):02d}"
    blocks = ""
    for i, (p, n, s) in enumerate(zip(members, names, since)):
        before = people.address(c.rng)
        in_town = min(s, max(p.birth_date, s - dt.timedelta(days=c.rng.randint(0, 3000))))
        rows = [("Naam", f"<b>{e(n)}</b>"), ("Geboortedatum", c.d(p.birth_date)), ("Geboorteplaats", e(_birthplace(c, p))),
                ("Burgerservicenummer", e(values.bsn_text(p.bsn, c.rng.choice((0, 1))))),
                ("Datum inschrijving gemeente", e(values.date_text(in_town, "dash"))),
                ("Vorig adres", e(f"{before.line1()}, {before.city}" if in_town < s else "-")),
                ("Datum aanvang adreshouding", c.d(s))]
        if i == flagged:
            rows.append(("Gegevens in onderzoek", f"ja, verblijfplaats, sinds {e(values.date_text(issue - dt.timedelta(days=c.rng.randint(20, 200)), 'dash'))}"))
        blocks += f"<div style='margin-top:4mm'>--- Persoon {i + 1} van {len(members)} {'-' * 40}</div>" + leaders(rows, width=30)
    body = (
        f"<div style='white-space:pre;font-size:8pt'>GEMEENTE {e(home.municipality.upper())} - BURGERZAKEN     Gebruiker: BZ{c.rng.randint(1000, 9999)}     Blad 1</div>"
        + leaders([("Afdrukdatum", f"{c.d(issue)} {clock}"), ("Soort", "Uittreksel BRP - bewoners van een adres")], width=30)
        + "<div style='margin-top:4mm'>=== ADRES " + "=" * 52 + "</div>"
        + leaders([("Straatnaam", e(home.street)), ("Huisnummer", e(home.house_number_text)), ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))),
                   ("Woonplaats", e(home.city)), ("Gemeente", e(home.municipality)), ("Aantal bewoners", str(len(members)))], width=30)
        + blocks
        + "<div style='margin-top:6mm'>*** einde uittreksel ***</div>"
        + "<div class='small' style='margin-top:3mm;font-family:\"Liberation Sans\", sans-serif'>Let op: gegevens die in onderzoek zijn, kunnen onjuist zijn.</div>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 8.8pt; line-height: 1.3; }"), _truth(issue, home, members, since, names)


def brp_gemeente_app_telefoonscherm(c: Ctx):
    """Fresh16. A screenshot of a municipality's app ("Mijn <gemeente>") printed on paper inside a phone's frame: the status bar's time, the app's coloured bar, a card "Uittreksel BRP" with "Aangemaakt op 5 Mrt 2026" (the issue date), "Aangevraagd op" and the fee paid (decoys), the address card, one card per resident ("Geboren 21 Mei 1970", the BSN, "Woont hier sinds ...") and the app's bottom menu."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "Cantarell")))
    c.restyle16(dates=("short_cap_nodot",), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "first")
    names = [m.name(form) for m in members]
    colour = c.pick("#c8102e", "#00689e", "#2a7a3b", "#5b2c83", "#e06a00")
    asked = issue - dt.timedelta(days=c.rng.randint(0, 6))
    fee = values.amount(c.rng.choice((13.35, 14.35, 15.10, 16.90)))
    card = "border:0.3mm solid #ddd;border-radius:2mm;padding:1.8mm 2.5mm;margin-top:2mm"
    residents = "".join(
        f"<div style='{card}'><b>{e(n)}</b><br><span style='color:#555'>Geboren</span> {c.d(p.birth_date)}<br><span style='color:#555'>BSN</span> "
        f"{e(values.bsn_text(p.bsn, 2))}<br><span style='color:#555'>Woont hier sinds</span> {c.d(s)}</div>" for p, n, s in zip(members, names, since))
    inner = (
        f"<div style='background:{colour};color:#fff;padding:2mm 3mm;margin:0 -3.5mm;font-weight:bold'>&#8592;&nbsp; Mijn {e(home.municipality)}</div>"
        "<div style='font-size:11pt;font-weight:bold;margin-top:2mm'>Uittreksel BRP</div>"
        f"<div style='{card};background:#f4f4f4'>Aangemaakt op {c.d(issue)}<br><span style='color:#555'>Aangevraagd op {e(values.date_text(asked, 'short_cap_nodot'))} &middot; "
        f"betaald {c.a(fee)}</span></div>"
        f"<div style='{card}'><span style='color:#555'>Adres</span><br>{e(home.street)} {e(home.house_number_text)}<br>{e(values.postcode_text(home.postcode, True))} {e(home.city)}<br>"
        f"<span style='color:#555'>gemeente {e(home.municipality)}</span></div>"
        f"<div style='margin-top:3mm;font-weight:bold'>Bewoners op dit adres ({len(members)})</div>"
        + residents
        + f"<div style='margin-top:3mm;background:{colour};color:#fff;text-align:center;border-radius:5mm;padding:1.5mm'>Download als PDF</div>"
        "<div style='display:flex;justify-content:space-around;border-top:0.3mm solid #ddd;margin-top:3mm;padding-top:1.5mm;font-size:6.5pt;color:#555'>"
        "<span>Home</span><span>Mijn zaken</span><span>Berichten</span><span>Profiel</span></div>"
    )  # fmt: skip
    clock = f"{c.rng.randint(7, 22)}:{c.rng.randint(0, 59):02d}"
    return page(c, phone_frame(inner, clock), "body { font-size: 8pt; line-height: 1.3; } @page { margin: 10mm; }"), _truth(issue, home, members, since, names)


# --- fresh17 split ---------------------------------------------------------------------------

_SHARED17 = ("Werkorganisatie De Waarden", "Servicepunt Regio Noord", "Dienstverleningscentrum Vechtdal", "Werkorganisatie Kromme Rijn",
             "Uitvoeringsorganisatie Burgerzaken Westelijke Heuvelrug")


def brp_werkorganisatie_gemeenschappelijke_dienst(c: Ctx):
    """Fresh17. An extract issued by the shared service organisation that runs civil affairs for several municipalities (as a
    "werkorganisatie" or "servicepunt" does): its own name and seat with a visiting address (a decoy address and postcode) and the
    line "voor de gemeenten A, B en C" (decoy municipalities beside the one that counts), "Gemeente" the municipality of the address,
    one sentence naming the address, the residents as a table of cells (names as "Van der Meer, J.C."), "Uw aanvraag van" and the fee
    (decoys), "Afgegeven d.d. do 5-3-2026" the issue date."""
    c.font_of(c.pick(("Cantarell", "Open Sans"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("wd_nopad", "long"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("particle_cap_comma_initials", "particle_cap_comma_initials", "reversed_initials")
    names = [m.name(form) for m in members]
    org = c.rng.choice(_SHARED17)
    visit = people.address(c.rng)
    towns = sorted({p[0] for p in c.rng.sample(people.places(), 4)} - {home.municipality})[:2]
    served = ", ".join(towns) + f" en {home.municipality}"
    asked = issue - dt.timedelta(days=c.rng.randint(1, 9))
    fee = values.amount(c.rng.choice((13.35, 14.45, 15.10, 16.30)))
    rows = "".join(f"<tr><td>{e(n)}</td><td>{e(values.date_text(p.birth_date, 'dash'))}</td><td>{e(values.bsn_text(p.bsn, c.rng.choice((0, 2))))}</td>"
                   f"<td>{c.d(s)}</td></tr>" for p, n, s in zip(members, names, since))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt;color:#0b5e55'>{e(org)}</span><br>"
        f"<span class='small'>voor de gemeenten {e(served)}</span></td>"
        f"<td class='right small'>Bezoekadres<br>{e(visit.line1())}<br>{e(values.postcode_text(visit.postcode, True))} {e(visit.city)}</td></tr></table>"
        "<h1 style='margin-top:8mm;font-size:15pt'>Uittreksel uit de Basisregistratie Personen</h1>"
        + kv([("Gemeente", f"<b>{e(home.municipality)}</b>"), ("Uw aanvraag van", e(values.date_text(asked, "long"))), ("Leges", c.a(fee))], label_width="40mm")
        + f"<p style='margin-top:4mm'>Op het adres <b>{e(home.street)} {e(home.house_number_text)}</b>, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} "
        f"{e(home.city)} staan op de datum van afgifte de volgende personen ingeschreven:</p>"
        "<table class='ruled' style='width:100%'><tr><th>Naam</th><th>Geboortedatum</th><th>BSN</th><th>Adreshouding sinds</th></tr>"
        + rows + "</table>"
        + f"<p style='margin-top:8mm'>Afgegeven d.d. {c.d(issue)}</p>"
        f"<p>Namens de burgemeester van {e(home.municipality)},<br>{e(org)}, team Burgerzaken</p>"
        "<p class='small'>De werkorganisatie voert de Basisregistratie Personen uit in opdracht van de deelnemende gemeenten.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(issue, home, members, since, names)


_RELATIONS17 = ("hoofdbewoner", "partner", "kind")


def brp_samenstelling_huishouden_relatiekolom(c: Ctx):
    """Fresh17. An extract "samenstelling huishouden" (the household's composition, as a municipality prints it for benefits or a
    corporation): the address in boxed cells with small labels under them, every resident in two ruled rows (the name with its relation to
    the main occupant; then birth date and birthplace, BSN, "Vestiging in Nederland" (a decoy date for those who settled from abroad) and
    "Op dit adres vanaf" the date that counts), and at the foot "Opgemaakt op" (the issue date, sometimes as "05-MRT-26") beside "Geldig tot"
    three months later and the purpose (decoys)."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("DejaVu Sans", "Carlito")))
    c.restyle17(dates=("long", "dot_pad", "dash"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "reversed", "particle_cap_comma_initials")
    names = [m.name(form) for m in members]
    rows = ""
    for i, (p, n, s) in enumerate(zip(members, names, since)):
        born_in = _birthplace(c, p)
        abroad = "(" in born_in  # born abroad: the day of settling in the Netherlands is printed (a decoy)
        settled = values.date_text(min(s, max(p.birth_date, s - dt.timedelta(days=c.rng.randint(200, 4000)))), "dash") if abroad else "—"
        rows += (f"<tr style='background:#f1f1f1'><td colspan='3'><b>{e(n)}</b></td><td>Relatie: {e(_RELATIONS17[min(i, 2)])}</td></tr>"
                 f"<tr><td>geb. {e(values.date_text(p.birth_date, 'dash'))} te {e(born_in)}</td><td>BSN {e(values.bsn_text(p.bsn, c.rng.choice((0, 1))))}</td>"
                 f"<td>Vestiging in Nederland: {e(settled)}</td><td>Op dit adres vanaf: {c.d(s)}</td></tr>")
    until = issue + dt.timedelta(days=91)
    made = values.date_text(issue, c.pick("oracle_mon_2y", "long", "wd_nopad"))
    body = (
        f"<div style='display:flex;align-items:center'><div style='width:11mm;height:13mm;border:1.5px solid #7a1f1f;border-radius:0 0 6mm 6mm;margin-right:4mm'></div>"
        f"<div><span class='logo' style='font-size:16pt'>Gemeente {e(home.municipality)}</span><br><span class='small'>Publiekszaken</span></div></div>"
        "<h1 style='margin-top:7mm;font-size:14pt'>Uittreksel BRP &mdash; samenstelling huishouden</h1>"
        "<table style='width:100%;margin-top:2mm'><tr>"
        + under(f"{e(home.street)} {e(home.house_number_text)}", "Straat en huisnummer", "70mm")
        + under(e(values.postcode_text(home.postcode, c.rng.random() < 0.5)), "Postcode", "25mm")
        + under(e(home.city), "Woonplaats")
        + "</tr></table>"
        f"<p>Aantal personen op dit adres: {len(members)}</p>"
        "<table class='ruled' style='width:100%;font-size:8.8pt'>" + rows + "</table>"
        + kv([("Opgemaakt op", e(made)), ("Geldig tot", e(values.date_text(until, "long"))), ("Doel", "aanvraag bij woningcorporatie")], label_width="36mm")
        + "<p class='small' style='margin-top:5mm'>Dit uittreksel vermeldt alleen de personen die op de datum van opmaak op dit adres staan ingeschreven.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(issue, home, members, since, names)


# --- fresh18 split ---------------------------------------------------------------------------


def brp_verhuisbevestiging_nieuwe_bewoners(c: Ctx):
    """Fresh18. A municipality's confirmation of a move ("verhuisbericht") into an address where the main occupant already lives,
    printed as an extract from the BRP: the newcomers' previous address (a decoy address and postcode), the day the move was reported
    and the case number (decoys), one table of everyone now registered at the address with "Ingeschreven per" (the main occupant's own
    older date, the newcomers' day of moving in), the letter's "Datum" the issue date ("12 mrt. 2026", "2026-03-12" or in words)."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("short", "iso", "long"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    moved = max(since[0] + dt.timedelta(days=1), issue - dt.timedelta(days=c.rng.randint(6, 45)))
    since = [since[0]] + [max(moved, p.birth_date) for p in members[1:]] if len(members) > 1 else [moved]
    reported = moved - dt.timedelta(days=c.rng.randint(0, 12))
    previous = people.address(c.rng)
    form = c.pick("all", "initials", "reversed")
    names = [m.name(form) for m in members]
    newcomers = members[1:] if len(members) > 1 else members
    rows = "".join(f"<tr><td>{e(n)}</td><td>{e(values.date_text(p.birth_date, 'dash'))}</td><td>{e(values.bsn_text(p.bsn, c.rng.choice((0, 1))))}</td>"
                   f"<td>{c.d(s)}</td><td class='small'>{'nieuw' if p in newcomers else 'hoofdbewoner'}</td></tr>"
                   for p, n, s in zip(members, names, since))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>gemeente {e(home.municipality)}</span><br>"
        "<span class='small'>Burgerzaken &middot; Basisregistratie Personen</span></td>"
        f"<td class='right small'>Datum: {c.d(issue)}<br>Zaaknummer Z/{issue.year % 100:02d}/{c.rng.randint(100000, 999999)}</td></tr></table>"
        + address_block([newcomers[0].titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + "<h2>Bevestiging van uw verhuizing &mdash; uittreksel Basisregistratie Personen</h2>"
        f"<p>Op {e(values.date_text(reported, 'long'))} heeft u uw verhuizing aan ons doorgegeven. Wij hebben de verhuizing verwerkt. "
        f"Uw vorige adres was {e(previous.line1())}, {e(values.postcode_text(previous.postcode, True))} {e(previous.city)}.</p>"
        f"<p>Op het adres <b>{e(home.street)} {e(home.house_number_text)}</b>, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)} "
        "staan nu de volgende personen ingeschreven:</p>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Naam</th><th>Geboortedatum</th><th>BSN</th><th>Ingeschreven per</th><th></th></tr>"
        + rows + "</table>"
        "<p class='small' style='margin-top:4mm'>De gemeente geeft uw nieuwe adres automatisch door aan onder meer de Belastingdienst, DUO, de SVB en uw zorgverzekeraar. "
        "Klopt er iets niet? Neem dan binnen zes weken contact met ons op.</p>"
        f"<p>Met vriendelijke groet,<br>het college van burgemeester en wethouders van {e(home.municipality)},<br>namens dezen, team Burgerzaken</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(issue, home, members, since, names)


_BEWIND18 = ("Bewindvoering Lavendel B.V.", "Budgetbeheer Noord-Holland", "Stichting Beschermingsbewind Midden", "Mentorschap & Bewind Rijnmond",
             "Het Financieel Steunpunt bewindvoering")


def brp_bewindvoerder_doorgestuurd_ontvangststempel(c: Ctx):
    """Fresh18. A BRP extract forwarded by a budget administrator ("bewindvoerder") on behalf of a client: the office's strip across
    the top with its name, postal address and postcode, the client number and "t.a.v." a corporation (decoys), a blue "ONTVANGEN" stamp
    with its own date (a decoy), then the municipality's extract with the address in a box, every resident a numbered block (name, born,
    BSN, "Datum vestiging op adres") and "Datum uitreiking" the issue date."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Liberation Sans", "DejaVu Sans")))
    c.restyle17(dates=("dot_pad", "short", "iso"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("reversed", "all", "initials")
    names = [m.name(form) for m in members]
    office = people.address(c.rng)
    received = issue + dt.timedelta(days=c.rng.randint(2, 12))
    blocks = "".join(f"<div style='border-top:0.6px solid #777;padding:1.5mm 0'><b>Persoon {i}</b><br>"
                     + kv([("Naam", e(n)), ("Geboren", e(values.date_text(p.birth_date, "long"))), ("Burgerservicenummer", e(values.bsn_text(p.bsn, 0))),
                           ("Datum vestiging op adres", c.d(s))], label_width="52mm") + "</div>"
                     for i, (p, n, s) in enumerate(zip(members, names, since), start=1))
    body = (
        f"<div style='background:#eef3ea;border:0.6px solid #7a9a6a;padding:2mm 3mm;font-size:8.4pt'><b>{e(c.rng.choice(_BEWIND18))}</b> &middot; "
        f"{e(office.line1())}, {e(values.postcode_text(office.postcode, True))} {e(office.city)} &middot; cliëntnr. {c.rng.randint(1000, 9999)}-{c.rng.randint(10, 99)}<br>"
        f"Doorgestuurd t.a.v. afdeling Verhuur, {e(c.pick('Ymere', 'Portaal', 'Mitros', 'Woonstad Rotterdam', 'de Alliantie'))} &mdash; bijlage bij aanvraag</div>"
        f"<div style='float:right;margin-top:3mm'>{stamp(['ONTVANGEN', values.date_text(received, 'mon_upper'), 'post'], colour='#1f4fa8', turn=-6)}</div>"
        f"<div style='margin-top:5mm'><span class='logo' style='font-size:15pt'>Gemeente {e(home.municipality)}</span></div>"
        "<h1 style='font-size:14pt;margin-top:4mm'>Uittreksel Basisregistratie Personen</h1>"
        f"<div class='box' style='width:95mm'>Adres<br><b>{e(home.street)} {e(home.house_number_text)}</b><br>"
        f"{e(values.postcode_text(home.postcode, c.rng.random() < 0.6))} {e(home.city)}</div>"
        + blocks
        + kv([("Datum uitreiking", f"<b>{c.d(issue)}</b>"), ("Doel", "woningcorporatie")], label_width="52mm")
        + "<p class='small'>Dit uittreksel bevat de gegevens zoals die op de datum van uitreiking in de Basisregistratie Personen staan.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(issue, home, members, since, names)


# --- fresh19 split ---------------------------------------------------------------------------

_BORDER19 = ("Kerkrade", "Landgraaf", "Venlo", "Enschede")
_DE_TOWNS19 = (("Aachen", "520"), ("Herzogenrath", "521"), ("Nettetal", "413"), ("Gronau (Westf.)", "485"), ("Kleve", "475"), ("Mönchengladbach", "410"))


def brp_grensgemeente_tweetalig_duits(c: Ctx):
    """Fresh19. An extract of a municipality on the German border (Kerkrade, Landgraaf, Venlo, Enschede) made for a cross-border
    family, every label in Dutch with the German after a slash ("Geboortedatum / Geburtsdatum", "Datum vestiging op adres / Zuzug an
    die Anschrift"): the residents in a ruled table, one of them with an earlier address in Germany (street, five-digit postcode, town:
    a decoy address in a footnote), the purpose "Vorlage bei der Familienkasse" with a reference number (a decoy), "Datum uitgifte / Ausstellungsdatum"
    the issue date (often "05.03.2026")."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("dot_pad", "dot_pad", "long", "dash"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    mun, town, low, high = c.rng.choice([p for p in people.places() if p[0] in _BORDER19] or people.places())
    home = dataclasses.replace(home, city=town, municipality=mun, postcode=values.postcode(c.rng, low, high))
    form = c.pick("all", "reversed", "initials")
    names = [m.name(form) for m in members]
    de_town, plz = c.rng.choice(_DE_TOWNS19)
    earlier = (f"{e(c.pick('Hauptstraße', 'Lindenweg', 'Kirchstraße', 'Am Markt', 'Bahnhofstraße'))} {c.rng.randint(1, 80)}, "
               f"{plz}{c.rng.randint(10, 99)} {e(de_town)}, Duitsland / Deutschland")
    moved_in = c.rng.randrange(len(members))
    lab = lambda nl, de: f"{e(nl)} / <i style='color:#555'>{e(de)}</i>"  # noqa: E731
    rows = "".join(f"<tr><td style='white-space:nowrap'>{e(n)}{' *' if i == moved_in else ''}</td><td>{e(values.date_text(p.birth_date, 'dot_pad'))}</td>"
                   f"<td>{e(values.bsn_text(p.bsn, 0))}</td><td>{c.d(s)}</td></tr>"
                   for i, (p, n, s) in enumerate(zip(members, names, since)))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>Gemeente {e(mun)}</span><br>"
        "<span class='small'>Burgerzaken / Bürgerangelegenheiten</span></td>"
        f"<td class='right small'>{lab('Datum uitgifte', 'Ausstellungsdatum')}<br><b>{c.d(issue)}</b></td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:6mm'>Uittreksel Basisregistratie Personen<br><span style='font-size:11pt;color:#555'>Auszug aus dem Personenregister (BRP)</span></h1>"
        + kv([(f"Adres / Anschrift", f"{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}"),
              ("Doel / Zweck", f"Vorlage bei der Familienkasse, Kindergeld-Nr. {c.rng.randint(100, 999)}FK{c.rng.randint(100000, 999999)}")], label_width="42mm")
        + "<table class='ruled' style='width:100%;font-size:8.6pt;margin-top:3mm'><tr>"
        f"<th>{lab('Naam', 'Name')}</th><th>{lab('Geboortedatum', 'Geburtsdatum')}</th><th>{lab('BSN', 'Bürgerservicenummer')}</th>"
        f"<th>{lab('Datum vestiging op adres', 'Zuzug an die Anschrift')}</th></tr>" + rows + "</table>"
        f"<p class='small'>* {lab('Vorig adres', 'Frühere Anschrift')}: {earlier}</p>"
        "<p class='small' style='margin-top:4mm'>Dit uittreksel is kosteloos verstrekt ten behoeve van een uitkering in Duitsland. / Dieser Auszug wurde "
        "gebührenfrei für eine Leistung in Deutschland ausgestellt.</p>"
        f"<p>Namens de burgemeester / Im Auftrag des Bürgermeisters,<br><br>{e(c.person(born=(1960, 1995)).name('initials'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(issue, home, members, since, names)


def brp_briefadres_aantekening_secties(c: Ctx):
    """Fresh19. An extract in numbered sections: "1 Adres", "2 Ingeschreven met woonadres" (the residents, each with "Woont op dit
    adres sinds"), "3 Ingeschreven met briefadres" (someone who only receives post here: name, birth date, BSN, "Briefadres sinds" and
    the main occupant as "briefadresgever": a decoy person and date, not living at the address), "Datum aanmaak" the issue date and
    the municipality's case number as a decoy."""
    c.font_of(c.pick(("DejaVu Serif", "Liberation Serif"), ("Open Sans", "Cantarell")))
    c.restyle17(dates=("iso", "short", "dash_mon"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("reversed", "all", "upper_reversed")
    names = [m.name(form) for m in members]
    lodger = c.person(born=(1960, 2004))
    post_since = issue - dt.timedelta(days=c.rng.randint(40, 700))
    blocks = "".join(f"<tr><td>2.{i}</td><td><b>{e(n)}</b></td><td>{e(values.date_text(p.birth_date, 'long'))}</td><td>{e(values.bsn_text(p.bsn, 2))}</td><td>{c.d(s)}</td></tr>"
                     for i, (p, n, s) in enumerate(zip(members, names, since), start=1))
    head = "<tr><th></th><th>Naam</th><th>Geboren</th><th>BSN</th><th>Woont op dit adres sinds</th></tr>"
    body = (
        f"<div class='logo' style='font-size:15pt'>Gemeente {e(home.municipality)}</div><div class='small'>Publiekszaken &middot; team Basisregistratie</div>"
        "<h1 style='font-size:14pt;margin-top:6mm'>Uittreksel BRP &mdash; bewoners en briefadressen</h1>"
        + kv([("Datum aanmaak", f"<b>{c.d(issue)}</b>"), ("Zaaknummer", f"BRP-{issue.year}-{c.rng.randint(10000, 99999)}")], label_width="38mm")
        + "<h3>1 &nbsp;Adres</h3>"
        f"<p>{e(home.street)} {e(home.house_number_text)}<br>{e(values.postcode_text(home.postcode, True))} {e(home.city)}</p>"
        "<h3>2 &nbsp;Ingeschreven met woonadres</h3>"
        "<table class='lines' style='width:100%;font-size:9pt'>" + head + blocks + "</table>"
        "<h3>3 &nbsp;Ingeschreven met briefadres</h3>"
        "<p class='small'>Personen met een briefadres ontvangen hier alleen post; zij wonen niet op dit adres.</p>"
        "<table class='lines' style='width:100%;font-size:9pt'><tr><th></th><th>Naam</th><th>Geboren</th><th>BSN</th><th>Briefadres sinds</th></tr>"
        f"<tr><td>3.1</td><td>{e(lodger.name(form))}</td><td>{e(values.date_text(lodger.birth_date, 'long'))}</td><td>{e(values.bsn_text(lodger.bsn, 2))}</td>"
        f"<td>{e(values.date_text(post_since, 'dash'))}</td></tr></table>"
        f"<p class='small'>Briefadresgever: {e(names[0])}. Reden briefadres: {e(c.pick('verblijf in een instelling', 'tijdelijk geen woonadres', 'verblijf in het buitenland korter dan acht maanden'))}.</p>"
        "<p class='small' style='margin-top:6mm'>Dit uittreksel is gemaakt uit de Basisregistratie Personen en is zonder handtekening geldig.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(issue, home, members, since, names)


# --- fresh20 split ---------------------------------------------------------------------------

_BOATS20 = ("De Drie Gebroeders", "Zwaluw", "Vrouwe Jacoba", "Hoop op Welvaart", "Noordster", "Twee Gezusters", "Stormvogel", "Avondrood")


def brp_woonboot_ligplaats_aanduiding(c: Ctx):
    """Fresh20. An extract of the residents of a houseboat's mooring ("ligplaats"): the address as the BRP holds it with the designation
    "tegenover" ("Prinsengracht t/o 263", "Aanduiding bij huisnummer: to (tegenover)", "Soort verblijfplaats: ligplaats"), the BAG mooring
    id, the boat's name, its European vessel number and the mooring permit's number and end date as decoys; the residents in a ruled table
    with "Datum vestiging op ligplaats", "Datum afgifte" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("DejaVu Serif", "Caladea")))
    c.restyle17(dates=("long_pad", "dash", "short_nodot"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "reversed_initials", "first")
    names = [m.name(form) for m in members]
    permit_end = issue + dt.timedelta(days=c.rng.randint(200, 2400))
    bag = f"{c.rng.randint(3, 1990):04d}02{c.rng.randint(10**9, 10**10 - 1)}"
    style = c.rng.choice((0, 2))
    rows = "".join(f"<tr><td>{e(n)}</td><td>{e(values.date_text(p.birth_date, 'dash'))}</td><td>{e(values.bsn_text(p.bsn, style))}</td><td>{c.d(s)}</td></tr>"
                   for p, n, s in zip(members, names, since))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>Gemeente {e(home.municipality)}</span><br>"
        "<span class='small'>Burgerzaken &middot; Basisregistratie Personen</span></td>"
        f"<td class='right small' style='width:45mm'>Datum afgifte<br><b style='font-size:10.5pt;white-space:nowrap'>{c.d(issue)}</b></td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:7mm'>Uittreksel Basisregistratie Personen</h1>"
        "<p class='small' style='margin-top:0'>Bewoners van een ligplaats (woonboot)</p>"
        "<h3>Verblijfplaats</h3>"
        + kv([("Adres", f"<b>{e(home.street)} t/o {e(home.house_number_text)}</b>"), ("Straatnaam", e(home.street)), ("Huisnummer", e(home.house_number_text)),
              ("Aanduiding bij huisnummer", "to (tegenover)"), ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))),
              ("Woonplaats", e(home.city)), ("Soort verblijfplaats", "ligplaats"), ("Identificatie ligplaats (BAG)", bag)], label_width="58mm")
        + "<h3>Gegevens vaartuig (ter informatie, geen BRP-gegevens)</h3>"
        + kv([("Naam vaartuig", e(c.rng.choice(_BOATS20))), ("Europees scheepsnummer", f"0{c.rng.randint(2000000, 3999999)}"),
              ("Ligplaatsvergunning", f"LPV-{c.rng.randint(1000, 9999)}, geldig tot {e(values.date_text(permit_end, 'dash'))}")], label_width="58mm")
        + "<h3>Ingeschreven personen</h3>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Naam</th><th>Geboortedatum</th><th>BSN</th><th>Datum vestiging op ligplaats</th></tr>"
        + rows + "</table>"
        "<p class='small' style='margin-top:5mm'>Een ligplaats is een door de gemeente aangewezen plaats in het water waar een woonboot permanent mag liggen. "
        "De gegevens van het vaartuig komen uit de ligplaatsadministratie en maken geen deel uit van de Basisregistratie Personen.</p>"
        f"<p>Namens de burgemeester,<br><br>{e(c.person(born=(1960, 1996)).name('initials'))}<br><span class='small'>medewerker Burgerzaken</span></p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(issue, home, members, since, names)


_MS_LABELS20 = {
    "issue": ("Datum van afgifte", "Date of issue", "Date de délivrance", "Ausstellungsdatum"),
    "address": ("Adres", "Address", "Adresse", "Anschrift"),
    "postcode": ("Postcode en woonplaats", "Postal code and place", "Code postal et localité", "Postleitzahl und Ort"),
    "name": ("Naam", "Name", "Nom", "Name"),
    "birth": ("Geboortedatum", "Date of birth", "Date de naissance", "Geburtsdatum"),
    "bsn": ("Burgerservicenummer", "Citizen service number", "Numéro de service citoyen", "Bürgerservicenummer"),
    "since": ("Datum vestiging op adres", "Date of settlement at address", "Date d'installation à l'adresse", "Datum des Zuzugs an die Anschrift"),
}
_RING20 = ((1, 0), (0.87, 0.5), (0.5, 0.87), (0, 1), (-0.5, 0.87), (-0.87, 0.5), (-1, 0), (-0.87, -0.5), (-0.5, -0.87), (0, -1), (0.5, -0.87),
           (0.87, -0.5))
_DESTINATIONS20 = ("België / Belgium", "Duitsland / Germany", "Frankrijk / France", "Spanje / Spain", "Polen / Poland", "Italië / Italy")


def brp_meertalig_modelformulier_eu(c: Ctx):
    """Fresh20. An extract with the EU's multilingual standard form as a translation aid (Verordening (EU) 2016/1191) for use in another
    member state: every label in Dutch, English, French and German in small print beside the value, numbered items per resident, an EU-blue
    band with a ring of stars; the form's code, the member state of destination and the reference of the accompanying public document as
    decoys; "Datum van afgifte / Date of issue" the issue date (often "05.03.2026")."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Open Sans", "Carlito")))
    c.restyle17(dates=("dot_pad", "dot_pad", "iso", "dash"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "reversed", "upper_reversed")
    names = [m.name(form) for m in members]
    lab = lambda key: (f"<b>{e(_MS_LABELS20[key][0])}</b><br><span style='font-size:6pt;color:#555'>"  # noqa: E731
                       + " &middot; ".join(e(x) for x in _MS_LABELS20[key][1:]) + "</span>")
    stars = "".join(f"<span style='position:absolute;left:{6 + 5.5 * x:.1f}mm;top:{5 + 5.5 * y:.1f}mm;color:#ffcc00;font-size:6pt;font-family:DejaVu Sans'>&#9733;</span>"
                    for x, y in _RING20)
    persons = ""
    for i, (p, n, s) in enumerate(zip(members, names, since), start=1):
        persons += (f"<tr><td colspan='3' style='background:#e8ecf6;font-weight:bold;padding:1.2mm 2mm'>{i}. Persoon / Person / Personne / Person</td></tr>"
                    f"<tr><td style='width:6mm'>{i}.1</td><td style='width:72mm'>{lab('name')}</td><td style='white-space:nowrap'><b>{e(n)}</b></td></tr>"
                    f"<tr><td>{i}.2</td><td>{lab('birth')}</td><td>{e(values.date_text(p.birth_date, 'dot_pad'))}</td></tr>"
                    f"<tr><td>{i}.3</td><td>{lab('bsn')}</td><td>{e(values.bsn_text(p.bsn, 0))}</td></tr>"
                    f"<tr><td>{i}.4</td><td>{lab('since')}</td><td>{c.d(s)}</td></tr>")
    body = (
        "<div style='background:#003399;color:#fff;padding:3mm 4mm 3mm 20mm;position:relative;min-height:12mm'>"
        f"<div style='position:absolute;left:2mm;top:1.5mm;width:16mm;height:14mm'>{stars}</div>"
        "<div style='font-size:12pt;font-weight:bold'>Meertalig modelformulier &mdash; Woonplaats en verblijfplaats</div>"
        "<div style='font-size:7.4pt'>Multilingual standard form &middot; Formulaire type multilingue &middot; Mehrsprachiges Standardformular &mdash; "
        "Verordening (EU) 2016/1191</div></div>"
        f"<p class='small'>Vertaalhulpmiddel, gevoegd bij het uittreksel uit de Basisregistratie Personen van de gemeente <b>{e(home.municipality)}</b>. "
        "Dit formulier heeft geen zelfstandige rechtskracht. / Translation aid; no legal value of its own.</p>"
        "<table class='lines' style='width:100%;font-size:8.4pt;line-height:1.12'>"
        f"<tr><td style='width:6mm'>A</td><td style='width:72mm'><b>Lidstaat van afgifte</b><br><span style='font-size:6pt;color:#555'>Member State of issue &middot; "
        "État membre de délivrance &middot; Ausstellender Mitgliedstaat</span></td><td>Nederland, gemeente " + e(home.municipality) + "</td></tr>"
        f"<tr><td>B</td><td><b>Lidstaat van bestemming</b><br><span style='font-size:6pt;color:#555'>Member State of destination &middot; État membre de destination "
        f"&middot; Bestimmungsmitgliedstaat</span></td><td>{e(c.rng.choice(_DESTINATIONS20))}</td></tr>"
        f"<tr><td>C</td><td>{lab('issue')}</td><td><b>{c.d(issue)}</b></td></tr>"
        f"<tr><td>D</td><td>{lab('address')}</td><td>{e(home.street)} {e(home.house_number_text)}</td></tr>"
        f"<tr><td>E</td><td>{lab('postcode')}</td><td>{e(values.postcode_text(home.postcode, True))} {e(home.city)}</td></tr>"
        + persons + "</table>"
        f"<p class='small' style='margin-top:3mm'>Referentie openbaar document / Reference of the public document: BRP-{issue.year}-{c.rng.randint(100000, 999999)} "
        f"&middot; Formuliercode: EU-MSF-RES-NL-{c.rng.randint(1000, 9999)}</p>"
        f"<p class='small'>Ambtenaar / Official: {e(c.person(born=(1960, 1996)).name('initials'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9pt; } .lines td { padding: 1px 6px 1px 0; } @page { margin: 12mm 14mm 12mm 16mm; }"), _truth(issue, home, members, since, names)


# --- fresh21 split ---------------------------------------------------------------------------

_NOTARIES21 = ("Notariskantoor De Wit & Bakker", "Notariaat Zuidas", "Van der Linden Notarissen", "Notariskantoor Yılmaz",
               "Kroeze & Partners Notarissen", "Notariaat aan de Maas")


def brp_notaris_verstrekking_dossierkenmerk(c: Ctx):
    """Fresh21. A municipality's letter to a notary's office that asked for the residents of an address (a supply of BRP data to a third
    party under the Wet BRP): the office in the address window with its own street, postcode and town, the notary's file number ("Uw
    kenmerk"), the day of the notary's request, the municipality's own reference and the fee with its invoice number as decoys; "Datum" in
    the reference column the issue date, the residents in a ruled table with "Datum aanvang adreshouding"."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("Carlito", "Liberation Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad", "wd_nopad"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "reversed", "initials")
    names = [m.name(form) for m in members]
    office, notary = c.rng.choice(_NOTARIES21), c.person(born=(1958, 1990))
    where = people.address(c.rng)
    asked = issue - dt.timedelta(days=c.rng.randint(3, 21))
    fee = values.amount(c.rng.choice((9.85, 11.40, 13.45, 15.20)))
    style = c.rng.choice((0, 1))
    rows = "".join(f"<tr><td>{e(n)}</td><td>{e(values.date_text(p.birth_date, 'dash'))}</td><td>{e(values.bsn_text(p.bsn, style))}</td><td>{c.d(s)}</td></tr>"
                   for p, n, s in zip(members, names, since))
    refs = kv([("Datum", f"<b>{c.d(issue)}</b>"), ("Uw kenmerk", f"{asked.year}.{c.rng.randint(100, 9999):04d}.{e(notary.surname.split()[-1][:2].upper())}"),
               ("Uw verzoek van", e(values.date_text(asked, "long"))), ("Ons kenmerk", f"BRP-V/{issue.year}/{c.rng.randint(10000, 99999)}"),
               ("Behandeld door", e(c.person(born=(1965, 1998)).name("initials")))], label_width="30mm")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>Gemeente {e(home.municipality)}</span><br>"
        "<span class='small'>Publiekszaken &middot; team Verstrekkingen Basisregistratie Personen</span></td></tr></table>"
        "<table style='width:100%;margin-top:4mm'><tr><td style='width:55%'>"
        + address_block([office, f"t.a.v. mr. {notary.name('initials')}", where.line1(), f"{values.postcode_text(where.postcode, True)}  {where.city.upper()}"])
        + f"</td><td class='small' style='vertical-align:bottom'>{refs}</td></tr></table>"
        "<p><b>Onderwerp: verstrekking van gegevens uit de Basisregistratie Personen</b></p>"
        f"<p>Geachte heer, mevrouw,</p><p>Op uw verzoek verstrekken wij u, ten behoeve van het door u te verlijden stuk, de gegevens van de personen die volgens de "
        "Basisregistratie Personen op het onderstaande adres wonen. De verstrekking geschiedt op grond van de Wet basisregistratie personen.</p>"
        + kv([("Straatnaam", e(home.street)), ("Huisnummer", e(home.house_number_text)), ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))),
              ("Woonplaats", e(home.city))], label_width="40mm")
        + "<table class='ruled' style='width:100%;font-size:9pt;margin-top:3mm'><tr><th>Naam</th><th>Geboortedatum</th><th>Burgerservicenummer</th>"
        "<th>Datum aanvang adreshouding</th></tr>" + rows + "</table>"
        f"<p class='small' style='margin-top:4mm'>Voor deze verstrekking brengen wij {e(values.amount_text(fee, 'euro'))} in rekening (factuur {c.rng.randint(2026000, 2026999)}). "
        "Gebruik de gegevens alleen voor het doel waarvoor u ze hebt gevraagd.</p>"
        f"<p>Met vriendelijke groet,<br>de burgemeester van {e(home.municipality)},<br>namens deze,<br><br>{e(c.person(born=(1960, 1995)).name('initials'))}<br>"
        "<span class='small'>medewerker Verstrekkingen</span></p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(issue, home, members, since, names)


_NATIONALITIES21 = {"nl": "Nederlandse", "an": "Nederlandse", "ma": "Marokkaanse", "tr": "Turkse", "sr": "Surinaamse", "pl": "Poolse", "sy": "Syrische",
                    "er": "Eritrese", "so": "Somalische", "cn": "Chinese", "id": "Indonesische", "cv": "Kaapverdische", "gh": "Ghanese", "af": "Afghaanse"}
_TITLES21 = {"pl": "EU-burger (Vw 2000 art. 8 onder e)", "asiel": "asiel bepaalde tijd (Vw 2000 art. 8 onder c)",
             "regulier": "regulier bepaalde tijd (Vw 2000 art. 8 onder a)", "onbepaald": "regulier onbepaalde tijd (Vw 2000 art. 8 onder a)"}


def brp_nationaliteit_verblijfstitel_kolommen(c: Ctx):
    """Fresh21. A landscape extract "met nationaliteit en verblijfsrecht", as a municipality prints it for a household with residents
    from abroad: one row per resident with the nationality, the residence title with its start and end dates and the day of settling in the
    Netherlands (decoy dates beside "Datum aanvang adreshouding", the date of settling at this address); the address above, "Datum afgifte"
    the issue date at the foot."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("dash", "dash", "dot_pad", "short_nodot"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("reversed", "all", "upper_reversed")
    names = [m.name(form) for m in members]
    rows = ""
    for p, n, s in zip(members, names, since):
        origin = people.origin_of(p)
        nationality = _NATIONALITIES21.get(origin, "Nederlandse")
        if nationality == "Nederlandse":
            title, t_from, t_to, arrived = "&mdash;", "&mdash;", "&mdash;", "&mdash;"
        else:
            came = s - dt.timedelta(days=c.rng.randint(60, 2400))
            born_here = came <= p.birth_date
            kind = "pl" if origin == "pl" else c.pick("asiel", "regulier", "onbepaald")
            t_start = (p.birth_date if born_here else came) + dt.timedelta(days=c.rng.randint(20, 300))
            kind = "onbepaald" if kind != "pl" and dt.date(t_start.year + 5, t_start.month, min(t_start.day, 28)) < issue else kind
            title = f"<span style='font-size:7.4pt'>{e(_TITLES21[kind])}</span>"
            t_from = e(values.date_text(t_start, "dash"))
            t_to = "&mdash;" if kind in ("pl", "onbepaald") else e(values.date_text(dt.date(t_start.year + 5, t_start.month, min(t_start.day, 28)), "dash"))
            arrived = "geboren in Nederland" if born_here else e(values.date_text(came, "dash"))
        rows += (f"<tr><td style='white-space:nowrap'><b>{e(n)}</b></td><td>{e(values.date_text(p.birth_date, 'dash'))}</td><td>{e(values.bsn_text(p.bsn, 0))}</td><td>{e(nationality)}</td>"
                 f"<td>{title}</td><td>{t_from}</td><td>{t_to}</td><td>{arrived}</td><td><b>{c.d(s)}</b></td></tr>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>Gemeente {e(home.municipality)}</span>"
        "<span class='small'> &nbsp; Burgerzaken &middot; Basisregistratie Personen</span></td>"
        f"<td class='right small'>Pagina 1 van 1</td></tr></table>"
        "<h1 style='font-size:13.5pt;margin-top:4mm'>Uittreksel Basisregistratie Personen &mdash; nationaliteit en verblijfsrecht</h1>"
        + grid([("Straat", e(home.street)), ("Huisnummer", e(home.house_number_text)), ("Postcode", e(values.postcode_text(home.postcode, True))),
                ("Woonplaats", e(home.city))], columns=4, label_width="22mm")
        + "<table class='ruled' style='width:100%;font-size:8.2pt;margin-top:4mm'><tr><th>Naam</th><th>Geboortedatum</th><th>BSN</th><th>Nationaliteit</th>"
        "<th>Verblijfstitel</th><th>Ingang verblijfstitel</th><th>Einde verblijfstitel</th><th>Datum vestiging in Nederland</th><th>Datum aanvang adreshouding</th></tr>"
        + rows + "</table>"
        "<p class='small' style='margin-top:3mm'>De verblijfstitel wordt door de Immigratie- en Naturalisatiedienst (IND) aan de gemeente gemeld. "
        "Een streepje betekent: niet van toepassing.</p>"
        f"<p style='margin-top:6mm'>Datum afgifte: <b>{c.d(issue)}</b> &nbsp;&nbsp;&nbsp; De burgemeester van {e(home.municipality)}, namens deze, "
        f"{e(c.person(born=(1960, 1995)).name('initials'))}</p>"
    )  # fmt: skip
    return page(c, body, LANDSCAPE_CSS + " body { font-size: 9.4pt; }"), _truth(issue, home, members, since, names)


# --- fresh22 split ---------------------------------------------------------------------------

_GEZAG22 = {"12": "ouder 1 en ouder 2 (gezamenlijk gezag)", "1": "ouder 1", "2": "ouder 2", "1D": "ouder 1 en een derde", "D": "een of meer derden (voogdij)"}


def brp_gezag_minderjarigen_aantekening(c: Ctx):
    """Fresh22. A municipality's extract "met gezagsgegevens" of the residents of an address, as a parent asks for it to show who has
    authority over the children (the BRP's category 11): the residents in a ruled table with "Datum aanvang adreshouding", then a table per
    minor resident with the code of "Indicatie gezag minderjarige" ("12", "1D", ...) and its meaning, the person the authority rests with (a
    third person among them is a decoy name who lives elsewhere), the day the entry took effect, the court and the day of its ruling and the
    day the central custody register's notice came in (decoy dates); "Datum uitgifte" the issue date."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Open Sans", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "long_pad", "dot_pad"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    if not any(issue.year - m.birth_date.year < 17 for m in members[1:]):
        child = c.person(born=(issue.year - 15, issue.year - 2), surname=members[0].surname, origin=people.origin_of(members[0]))
        members = members + [child]
        since = since + [min(max(since[0], child.birth_date) + dt.timedelta(days=c.rng.randint(0, 60)), issue - dt.timedelta(days=30))]
    form = c.pick("all", "reversed", "first")
    names = [m.name(form) for m in members]
    parents = [m.name(form) for m in members[:2]]
    third = c.person(born=(1950, 1975), sex="f")
    rows = "".join(f"<tr><td>{i + 1}</td><td>{e(n)}</td><td>{e(values.date_text(m.birth_date, 'dash'))}</td><td>{e(values.bsn_text(m.bsn, 0))}</td><td>{c.d(s)}</td></tr>"
                   for i, (m, n, s) in enumerate(zip(members, names, since)))
    blocks = ""
    for m, n in zip(members[1:], names[1:]):
        if issue.year - m.birth_date.year >= 17:
            continue
        code = c.pick("12", "12", "1", "2", "1D") if len(parents) == 2 else c.pick("1", "1D", "D")
        holders = {"12": " en ".join(parents), "1": parents[0], "2": parents[-1], "1D": f"{parents[0]} en {third.name('initials')}",
                   "D": third.name("initials")}[code]
        ruling = values.between(c.rng, m.birth_date + dt.timedelta(days=30), issue - dt.timedelta(days=40))
        source = (f"uitspraak rechtbank {c.pick('Gelderland', 'Noord-Holland', 'Den Haag', 'Oost-Brabant', 'Midden-Nederland', 'Rotterdam')} van "
                  f"{e(values.date_text(ruling, 'dash'))}" if code in ("1D", "D", "1", "2") else "gezamenlijk gezag van rechtswege (huwelijk of erkenning)")
        noticed = ruling + dt.timedelta(days=c.rng.randint(6, 40))
        blocks += (f"<table class='ruled' style='width:100%;font-size:8.8pt;margin-top:2mm'><tr><th colspan='2' style='background:#eef1f6;text-align:left'>"
                   f"Minderjarige: {e(n)}</th></tr>"
                   f"<tr><td style='width:58mm'>11.32.10 Indicatie gezag minderjarige</td><td>{code} &ndash; {e(_GEZAG22[code])}</td></tr>"
                   f"<tr><td>Gezag berust bij</td><td>{e(holders)}</td></tr>"
                   f"<tr><td>85.10 Ingangsdatum geldigheid</td><td>{e(values.date_text(ruling if code != '12' else m.birth_date, 'dash'))}</td></tr>"
                   f"<tr><td>Bron</td><td>{source}; kennisgeving gezagsregister ontvangen {e(values.date_text(noticed, 'dash'))}</td></tr></table>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:#0b4f8a'>Gemeente {e(home.municipality)}</span><br>"
        "<span class='small'>Burgerzaken</span></td><td class='right small'>Uittreksel nr. "
        f"{issue.year}-{c.rng.randint(10000, 99999)}</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:6mm'>Uittreksel Basisregistratie Personen<br><span style='font-size:10.5pt;font-weight:normal'>bewoners van een adres, met gezagsgegevens</span></h1>"
        + kv([("Straat en huisnummer", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode en woonplaats", f"{e(values.postcode_text(home.postcode, True))}  {e(home.city)}"),
              ("Datum uitgifte", f"<b>{c.d(issue)}</b>")], label_width="48mm")
        + "<h3>Ingeschreven personen</h3><table class='ruled' style='width:100%;font-size:8.8pt'><tr><th>#</th><th>Naam</th><th>Geboortedatum</th><th>BSN</th>"
        "<th>Datum aanvang adreshouding</th></tr>" + rows + "</table>"
        "<h3>Gezag over minderjarigen</h3>" + blocks
        + "<p class='small' style='margin-top:4mm'>Gezag dat van rechtswege ontstaat, staat niet altijd in de Basisregistratie Personen. Twijfelt u, vraag dan een "
        "uittreksel uit het gezagsregister aan bij de rechtbank.</p>"
        f"<p style='margin-top:4mm'>De burgemeester van {e(home.municipality)},<br>namens deze,<br><br>{e(c.person(born=(1962, 1996)).name('initials'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; } h3 { margin-top: 6px; }"), _truth(issue, home, members, since, names)


_MERGED22 = (  # (municipality since the merger, former municipality, town, postcode digits from, to, day of the merger)
    ("Land van Cuijk", "Boxmeer", "Boxmeer", 5831, 5831, dt.date(2022, 1, 1)), ("Land van Cuijk", "Cuijk", "Cuijk", 5431, 5432, dt.date(2022, 1, 1)),
    ("Maashorst", "Uden", "Uden", 5401, 5406, dt.date(2022, 1, 1)), ("Dijk en Waard", "Heerhugowaard", "Heerhugowaard", 1701, 1705, dt.date(2022, 1, 1)),
    ("Voorne aan Zee", "Hellevoetsluis", "Hellevoetsluis", 3221, 3225, dt.date(2023, 1, 1)), ("Voorne aan Zee", "Brielle", "Brielle", 3231, 3232, dt.date(2023, 1, 1)),
    ("Het Hogeland", "Eemsmond", "Uithuizen", 9981, 9981, dt.date(2019, 1, 1)), ("Westerkwartier", "Leek", "Leek", 9351, 9351, dt.date(2019, 1, 1)),
    ("Eemsdelta", "Delfzijl", "Delfzijl", 9933, 9936, dt.date(2021, 1, 1)), ("Altena", "Werkendam", "Werkendam", 4251, 4251, dt.date(2019, 1, 1)),
    ("Vijfheerenlanden", "Vianen", "Vianen", 4131, 4133, dt.date(2019, 1, 1)), ("Hoeksche Waard", "Oud-Beijerland", "Oud-Beijerland", 3261, 3262, dt.date(2019, 1, 1)),
)


def brp_herindeling_straatnaamwijziging(c: Ctx):
    """Fresh22. An extract of a municipality formed by a merger ("herindeling"), of an address whose street was renamed afterwards
    because the merged municipality held two streets of that name: a box names the former municipality, the day of the merger, the
    street's former name with the same number and the day of the renaming (a decoy street, a decoy municipality and decoy dates beside
    the true ones), the residents as numbered blocks with "Datum vestiging op dit adres"; "Datum verstrekking" the issue date."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Caladea", "Liberation Sans")))
    c.restyle17(dates=("long", "dash", "short_nodot", "wd_dash"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    new, old, town, low, high, merged = c.rng.choice(_MERGED22)
    former_street = people.address(c.rng).street
    while former_street == home.street:
        former_street = people.address(c.rng).street
    home = dataclasses.replace(home, municipality=new, city=town, postcode=values.postcode(c.rng, low, high))
    renamed = values.between(c.rng, merged + dt.timedelta(days=180), issue - dt.timedelta(days=60))
    form = c.pick("all", "initials", "reversed")
    names = [m.name(form) for m in members]
    blocks = "".join(
        f"<div style='border-left:3px solid #8a6d1f;padding-left:3mm;margin:2mm 0'><b>{i + 1}. {e(n)}</b><br>"
        f"Geboortedatum: {e(values.date_text(m.birth_date, 'dash'))} &nbsp;&middot;&nbsp; Burgerservicenummer: {e(values.bsn_text(m.bsn, c.rng.choice((0, 2))))}<br>"
        f"Datum vestiging op dit adres: {c.d(s)}</div>" for i, (m, n, s) in enumerate(zip(members, names, since)))
    body = (
        f"<div style='border-bottom:2px solid #8a6d1f;padding-bottom:2mm'><span class='logo' style='font-size:17pt;color:#6b5416'>gemeente {e(new)}</span></div>"
        f"<p class='small'>Gemeentehuis, Postbus {c.rng.randint(10, 9999)} &middot; Klantcontactcentrum 14 0{c.rng.randint(100, 999)}</p>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Uittreksel uit de Basisregistratie Personen</h1>"
        + kv([("Gemeente van inschrijving", e(new)), ("Adres", f"{e(home.street)} {e(home.house_number_text)}"),
              ("Postcode", e(values.postcode_text(home.postcode, True))), ("Woonplaats", e(home.city)), ("Datum verstrekking", f"<b>{c.d(issue)}</b>")],
             label_width="50mm")
        + "<div class='box small' style='background:#faf5e6;border-color:#b99a45'><b>Gemeentelijke herindeling en straatnaamwijziging</b><br>"
        f"Tot {e(values.date_text(merged, 'long'))} hoorde dit adres bij de gemeente {e(old)}. Omdat de nieuwe gemeente {e(new)} twee straten met dezelfde naam "
        f"had, is de straatnaam gewijzigd. Oude adresaanduiding: {e(former_street)} {e(home.house_number_text)}, {e(town)}; nieuwe straatnaam vanaf "
        f"{e(values.date_text(renamed, 'dash'))}. De datum van vestiging op het adres is door de wijziging niet veranderd.</div>"
        "<h3>Personen ingeschreven op dit adres</h3>" + blocks
        + f"<p style='margin-top:5mm'>Dit uittreksel is verstrekt door de burgemeester van {e(new)}.</p>"
        f"<p class='small'>Gemeentecode {c.rng.randint(1900, 1999)} &middot; leges {e(values.amount_text(values.amount(c.rng.choice((11.40, 13.45, 14.60))), 'euro'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; } h3 { margin-top: 8px; }"), _truth(issue, home, members, since, names)


# --- fresh23 split ---------------------------------------------------------------------------

_BEPERKT23 = ("kerkgenootschappen en genootschappen op geestelijke grondslag", "organisaties die maatschappelijke dienstverlening bieden, zoals ouderenbonden",
              "pensioenfondsen buiten hun wettelijke taak", "particuliere instellingen die de minister als derde heeft aangewezen")


def brp_verstrekkingsbeperking_geheimhouding(c: Ctx):
    """Fresh23. An extract of the residents of an address where one resident asked the municipality not to give their data to third parties
    ("verstrekkingsbeperking", art. 2.59 Wet BRP): each resident a card with small grey captions above the values ("Naam", "Geboren",
    "Burgerservicenummer", "Woont op dit adres sinds"), the card of the resident concerned flagged "70.10 Indicatie geheim: 7", a box with the
    day the request came in and the day the restriction took effect (decoy dates) and the kinds of third parties it bars; the day the extract
    was asked for online as a decoy beside "Afgiftedatum", the issue date."""
    c.font_of(c.pick(("Open Sans", "Carlito"), ("Liberation Sans", "Cantarell")))
    c.restyle17(dates=("long", "dash", "dot_pad", "nl_ordinal"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "first", "initials")
    names = [m.name(form) for m in members]
    who = c.rng.randrange(len(members))
    who = who if issue.year - members[who].birth_date.year >= 16 else 0
    asked = values.between(c.rng, since[who] + dt.timedelta(days=3), issue - dt.timedelta(days=12))
    effective = asked + dt.timedelta(days=c.rng.randint(1, 8))
    requested = issue - dt.timedelta(days=c.rng.randint(1, 6))
    cap = lambda t: f"<div style='font-size:7.2pt;color:#667;text-transform:uppercase;letter-spacing:0.3px'>{e(t)}</div>"  # noqa: E731
    cards = "".join(
        "<div style='border:0.7px solid #9bb0c9;border-radius:1.5mm;padding:1.5mm 3mm;margin:0 0 2mm 0'><table style='width:100%'>"
        f"<tr><td style='width:55%'>{cap('Naam')}<b>{e(n)}</b></td><td>{cap('Geboren')}{e(values.date_text(m.birth_date, 'long'))}</td></tr>"
        f"<tr><td>{cap('Burgerservicenummer')}{e(values.bsn_text(m.bsn, 1))}</td><td>{cap('Woont op dit adres sinds')}{c.d(s)}</td></tr></table>"
        + ("<div class='small' style='color:#8a1c1c;margin-top:1mm'>70.10 Indicatie geheim: 7 &ndash; verstrekkingsbeperking van kracht</div>" if i == who else "")
        + "</div>" for i, (m, n, s) in enumerate(zip(members, names, since)))
    barred = "".join(f"<li>{e(t)}</li>" for t in c.rng.sample(_BEPERKT23, 3))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:17pt;color:#1d4f7c'>Gemeente {e(home.municipality)}</span><br>"
        "<span class='small'>Publiekszaken &middot; team Basisregistratie</span></td>"
        f"<td class='small' style='text-align:right'>Aanvraagnummer BRP-{issue.year}-{c.rng.randint(100000, 999999)}<br>"
        f"Aangevraagd via internet op {e(values.date_text(requested, 'dash'))}<br>Afgiftedatum: <b>{c.d(issue)}</b></td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:6mm'>Uittreksel Basisregistratie Personen</h1>"
        "<p class='small' style='margin-top:0'>Bewoners van een adres &middot; persoonlijk verstrekt aan een bewoner</p>"
        + kv([("Verblijfsadres", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode en woonplaats", f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}")],
             label_width="46mm")
        + "<h3>Op dit adres ingeschreven</h3>" + cards
        + "<div class='box small' style='background:#fbf3f3;border-color:#c99'><b>Verstrekkingsbeperking</b><br>"
        f"Op verzoek van {e(names[who])} (ontvangen {e(values.date_text(asked, 'long'))}) verstrekt de gemeente sinds {e(values.date_text(effective, 'dash'))} "
        f"geen gegevens van deze persoon aan:<ul style='margin:1mm 0'>{barred}</ul>De beperking geldt niet voor overheidsorganen en niet voor dit uittreksel, "
        "dat de persoon zelf heeft gevraagd.</div>"
        f"<p style='margin-top:4mm'>De burgemeester van {e(home.municipality)},<br>namens deze,<br><br>{e(c.person(born=(1960, 1995)).name('initials'))}<br>"
        "<span class='small'>medewerker Publiekszaken</span></p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; } h3 { margin-top: 6px; }"), _truth(issue, home, members, since, names)


def brp_bag_verblijfsobject_identificatie(c: Ctx):
    """Fresh23. An extract that sets the address beside its entry in the Basisregistratie Adressen en Gebouwen (BAG), as a municipality
    prints it for a housing matter: a box "Adres (BRP)" with the municipality of registration, street, number, postcode and town, and a box
    "Adresseerbaar object (BAG)" with the sixteen-digit numbers of the nummeraanduiding, the verblijfsobject and the building, the use, the
    floor area, the year of construction and the day and number of the decision that assigned the number (decoy numbers, a decoy year and a
    decoy date); the residents in a ruled table with "Datum inschrijving op adres", names surname first; the day of the request as a decoy
    beside "Datum van uitgifte"."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Carlito", "FreeSans")))
    c.restyle17(dates=("dash", "iso", "long", "short_nodot"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("reversed", "upper_reversed", "reversed_initials")
    names = [m.name(form) for m in members]
    code = c.rng.randint(3, 1990)
    ident = lambda kind: f"{code:04d}{kind}{c.rng.randint(0, 9999999999):010d}"  # noqa: E731
    built = c.rng.randint(1925, min(2021, since[0].year))
    decided = values.between(c.rng, dt.date(max(built, 1990), 1, 1), dt.date(max(built, 1990), 12, 28))
    requested = issue - dt.timedelta(days=c.rng.randint(1, 4))
    rows = "".join(f"<tr><td>{e(values.bsn_text(m.bsn, 0))}</td><td>{e(n)}</td><td>{e(values.date_text(m.birth_date, 'dash'))}</td><td>{c.d(s)}</td></tr>"
                   for m, n, s in zip(members, names, since))
    nowrap = lambda text: f"<span style='white-space:nowrap'>{text}</span>"  # noqa: E731
    left = kv([("Gemeente", nowrap(e(home.municipality))), ("Straat", nowrap(e(home.street))), ("Huisnummer", e(home.house_number_text)),
               ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))), ("Woonplaats", nowrap(e(home.city)))], label_width="24mm")
    right = kv([("Nummeraanduiding-ID", ident("20")), ("Verblijfsobject-ID", ident("01")), ("Pand-ID", ident("10")), ("Gebruiksdoel", "woonfunctie"),
                ("Oppervlakte", f"{c.rng.randint(38, 140)} m²"), ("Bouwjaar pand", str(built)),
                ("Documentdatum / -nummer", f"{e(values.date_text(decided, 'dash'))} / {c.pick('BAG', 'HN', 'AB')}-{c.rng.randint(1000, 99999)}")], label_width="42mm")
    body = (
        f"<div style='border-bottom:3px solid #2b6a3f;padding-bottom:2mm'><span class='logo' style='font-size:16pt;color:#2b6a3f'>gemeente {e(home.municipality)}</span>"
        "<span class='small' style='float:right'>Burgerzaken en Basisregistraties</span></div>"
        "<h1 style='font-size:13.5pt;margin-top:5mm'>Uittreksel Basisregistratie Personen met adresgegevens uit de BAG</h1>"
        + kv([("Datum van uitgifte", f"<b>{c.d(issue)}</b>"), ("Aanvraag ontvangen", e(values.date_text(requested, "dash"))),
              ("Kenmerk", f"UBRP/{c.rng.randint(100000, 999999)}")], label_width="42mm")
        + "<table style='width:100%;margin-top:3mm'><tr>"
        f"<td style='width:47%;border:0.8px solid #2b6a3f;padding:2mm;font-size:8.8pt'><b>Adres (BRP)</b>{left}</td><td style='width:3%'></td>"
        f"<td style='border:0.8px solid #999;padding:2mm;font-size:8.6pt'><b>Adresseerbaar object (BAG)</b>{right}</td></tr></table>"
        "<h3>Personen ingeschreven op dit adres</h3>"
        "<table class='ruled' style='width:100%;font-size:8.8pt'><tr><th>BSN</th><th>Geslachtsnaam, voornamen</th><th>Geboortedatum</th>"
        "<th>Datum inschrijving op adres</th></tr>" + rows + "</table>"
        "<p class='small' style='margin-top:4mm'>De gegevens over het adresseerbaar object komen uit de Basisregistratie Adressen en Gebouwen en zeggen niets over wie "
        "er woont. Wie er woont, staat alleen in de tabel hierboven.</p>"
        f"<p>Namens de burgemeester van {e(home.municipality)},<br><br>{e(c.person(born=(1965, 1997)).name('initials'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.5pt; } h3 { margin-top: 7px; }"), _truth(issue, home, members, since, names)


# --- fresh24 split ---------------------------------------------------------------------------


def brp_gecorrigeerd_na_adresonderzoek(c: Ctx):
    """Fresh24. A corrected extract a municipality issues after an investigation of the address ("adresonderzoek"): a notice that it
    replaces the extract of an earlier day with its own kenmerk (a decoy date), a box that tells when the investigation began and ended
    (decoy dates) and which resident's date of settling was corrected, the earlier registered date struck through beside the corrected one
    (a decoy date) in a ruled table "Datum aanvang adreshouding"; "Datum uitgifte gecorrigeerd uittreksel" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Carlito"), ("DejaVu Sans", "Open Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad", "long_pad"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "first", "initials")
    names = [m.name(form) for m in members]
    who = c.rng.randrange(len(members))
    old = since[who] + dt.timedelta(days=c.rng.randint(40, 300))
    if old >= issue - dt.timedelta(days=20):
        old = since[who] - dt.timedelta(days=c.rng.randint(40, 300))
    old = max(old, members[who].birth_date + dt.timedelta(days=1))
    old = old + dt.timedelta(days=7) if old == since[who] else old
    began = issue - dt.timedelta(days=c.rng.randint(50, 120))
    closed = began + dt.timedelta(days=c.rng.randint(20, 40))
    replaced = began - dt.timedelta(days=c.rng.randint(5, 60))
    rows = "".join(
        f"<tr><td style='white-space:nowrap'>{e(n)}</td><td>{e(values.date_text(m.birth_date, 'dash'))}</td><td>{e(values.bsn_text(m.bsn, 0))}</td>"
        f"<td>{c.d(s)}" + (f"<br><span class='small' style='color:#a11'>gecorrigeerd, was <s>{e(values.date_text(old, 'dash'))}</s></span>" if i == who else "")
        + "</td></tr>" for i, (m, n, s) in enumerate(zip(members, names, since)))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:#114d7a'>Gemeente {e(home.municipality)}</span><br>"
        "<span class='small'>Team Burgerzaken &middot; Basisregistratie Personen</span></td>"
        f"<td class='right small'>Kenmerk BRP/{issue.year}/{c.rng.randint(10000, 99999)}-C</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:6mm'>Uittreksel Basisregistratie Personen &ndash; gecorrigeerde uitgave</h1>"
        f"<p class='small'>Dit uittreksel vervangt het uittreksel van {e(values.date_text(replaced, 'long'))} (kenmerk BRP/{replaced.year}/{c.rng.randint(10000, 99999)}). "
        "Gebruik het eerdere uittreksel niet meer.</p>"
        + kv([("Adres", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode", e(values.postcode_text(home.postcode, True))), ("Woonplaats", e(home.city))],
             label_width="30mm")
        + "<div class='box small' style='border-color:#a11;background:#fff6f4'><b>Correctie na adresonderzoek</b><br>"
        f"De gemeente heeft de bewoning van dit adres onderzocht (onderzoek gestart {e(values.date_text(began, 'dash'))}, afgerond "
        f"{e(values.date_text(closed, 'dash'))}). Naar aanleiding daarvan is de datum van vestiging op dit adres van {e(names[who])} gecorrigeerd.</div>"
        "<h3>Ingeschreven personen</h3>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Naam</th><th>Geboortedatum</th><th>BSN</th><th>Datum aanvang adreshouding</th></tr>"
        + rows + "</table>"
        + f"<p style='margin-top:4mm'>Datum uitgifte gecorrigeerd uittreksel: <b>{c.d(issue)}</b></p>"
        f"<p>De burgemeester van {e(home.municipality)},<br>namens deze,<br><br>{e(c.person(born=(1962, 1996)).name('initials'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; } h3 { margin-top: 6px; }"), _truth(issue, home, members, since, names)


_AFNEMERS24 = (("Belastingdienst", "adres, burgerlijke staat"), ("Sociale Verzekeringsbank", "adres, geboortedatum"), ("DUO", "adres"),
               ("CAK", "adres, overlijden"), ("Zorgverzekeraar (via Vecozo)", "adres, burgerservicenummer"), ("Pensioenfonds PFZW", "adres"),
               ("RDW", "adres"), ("Kadaster", "naam, adres"))


def brp_protocollering_verstrekkingen(c: Ctx):
    """Fresh24. An extract whose second half is the "protocollering": the list of organisations the municipality gave the requester's data to
    (Belastingdienst, SVB, DUO, a health insurer ...) each with its "Datum verstrekking" and the data supplied (decoy organisations and decoy
    dates), as a resident may ask for under the Wet BRP; the residents in a ruled table surname first with "Op dit adres sinds", the day of the
    request as a decoy; "Datum van afgifte" the issue date."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "Cantarell")))
    c.restyle17(dates=("dash", "long", "iso", "short_nodot"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("reversed", "reversed_initials", "upper_reversed")
    names = [m.name(form) for m in members]
    asked = issue - dt.timedelta(days=c.rng.randint(2, 9))
    log = sorted(((values.between(c.rng, issue - dt.timedelta(days=700), asked), who, what) for who, what in c.rng.sample(_AFNEMERS24, c.rng.randint(3, 5))),
                 reverse=True)
    rows = "".join(f"<tr><td>{e(n)}</td><td>{e(values.date_text(m.birth_date, 'long'))}</td><td>{e(values.bsn_text(m.bsn, 2))}</td><td>{c.d(s)}</td></tr>"
                   for m, n, s in zip(members, names, since))
    logged = "".join(f"<tr><td>{e(values.date_text(d, 'dash'))}</td><td>{e(who)}</td><td>{e(what)}</td></tr>" for d, who, what in log)
    body = (
        f"<div style='background:#e9f1f7;padding:3mm 4mm'><span class='logo' style='font-size:15pt'>Gemeente {e(home.municipality)}</span>"
        f"<span class='small' style='float:right'>Aangevraagd op {e(values.date_text(asked, 'dash'))}<br>Datum van afgifte: <b>{c.d(issue)}</b></span></div>"
        "<h1 style='font-size:13.5pt;margin-top:5mm'>Uittreksel Basisregistratie Personen met overzicht van verstrekkingen</h1>"
        + kv([("Straat en huisnummer", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode en plaats", f"{e(values.postcode_text(home.postcode, False))} {e(home.city)}")],
             label_width="46mm")
        + "<h3>1. Personen op dit adres</h3>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Naam</th><th>Geboren</th><th>BSN</th><th>Op dit adres sinds</th></tr>" + rows + "</table>"
        f"<h3>2. Protocollering: aan wie zijn gegevens van {e(names[0])} verstrekt?</h3>"
        "<table class='lines' style='width:100%;font-size:8.6pt'><tr><th>Datum verstrekking</th><th>Ontvanger</th><th>Verstrekte gegevens</th></tr>" + logged + "</table>"
        "<p class='small' style='margin-top:3mm'>Overheidsorganisaties krijgen gegevens uit de BRP voor hun wettelijke taak. Het overzicht onder 2 gaat alleen over de "
        "aanvrager en zegt niets over wie er op het adres woont.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.5pt; } h3 { margin-top: 7px; }"), _truth(issue, home, members, since, names)


# --- fresh25 split ---------------------------------------------------------------------------

_FEES25 = ("13.40", "15.40", "16.65", "18.10")


def brp_aanvraag_en_afgifte_formulier(c: Ctx):
    """Fresh25. A small municipality's one-sheet form "Aanvraag en verstrekking uittreksel BRP" that a resident fills in by hand and posts:
    part A in blue ink (the requester, a telephone number, the kind of extract ticked, the purpose, the day of the request written as
    "3-3-2026") beside a blue "ONTVANGEN" stamp with its own day (decoy dates), then below a dashed line part B typed by the clerk: the
    address, the residents in a ruled table with "Datum vestiging op adres", the fee paid (a decoy sum), the clerk and the municipality's
    stamp; "Datum verstrekking" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "dot_pad", "long_pad"), amounts=("euro",))
    hand = c.pick("Comic Neue", "Quicksand", "Jura")
    issue, home, members, since = _setup(c)
    form = c.pick("all", "first", "reversed")
    names = [m.name(form) for m in members]
    asked = issue - dt.timedelta(days=c.rng.randint(4, 11))
    received = asked + dt.timedelta(days=c.rng.randint(1, 2))
    fee = c.rng.choice(_FEES25)
    ink = lambda t: f"<span class='ink'>{t}</span>"  # noqa: E731
    line = "style='border-bottom:0.6px dotted #777;padding:1.2mm 0 0.3mm 0'"
    kinds = [("alle bewoners van het adres", True), ("alleen mijzelf", False), ("met adreshistorie", False)]
    rows = "".join(f"<tr><td>{e(n)}</td><td>{c.d(m.birth_date)}</td><td>{e(values.bsn_text(m.bsn, 0))}</td><td>{c.d(s)}</td></tr>"
                   for m, n, s in zip(members, names, since))
    clerk = c.person(born=(1960, 1998))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>Gemeente {e(home.municipality)}</span><br>"
        "<span class='small'>Publiekszaken &middot; Burgerzaken</span></td>"
        "<td class='right small'>Formulier BZ-07</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:3mm'>Aanvraag en verstrekking uittreksel Basisregistratie Personen</h1>"
        "<div style='background:#eee;padding:1mm 2mm;font-weight:bold;margin-top:2mm'>A &nbsp;In te vullen door de aanvrager</div>"
        "<table style='width:100%'><tr><td style='vertical-align:top'>"
        "<table style='width:100%;font-size:9.5pt'>"
        f"<tr><td style='width:55mm'>Naam aanvrager</td><td {line}>{ink(e(members[0].name('first')))}</td></tr>"
        f"<tr><td>Burgerservicenummer</td><td {line}>{ink(e(members[0].bsn))}</td></tr>"
        f"<tr><td>Adres</td><td {line}>{ink(e(home.line1()) + ', ' + e(values.postcode_text(home.postcode, True)) + ' ' + e(home.city))}</td></tr>"
        f"<tr><td>Telefoon overdag</td><td {line}>{ink('06-' + str(c.rng.randint(10000000, 99999999)))}</td></tr>"
        "<tr><td>Soort uittreksel</td><td style='padding-top:1.2mm'>" + " &nbsp; ".join(f"{c.tick(v)} {e(k)}" for k, v in kinds) + "</td></tr>"
        f"<tr><td>Waarvoor nodig</td><td {line}>{ink(c.pick('woningcorporatie', 'aanvraag medehuur woningcorporatie', 'voor de woningbouw'))}</td></tr>"
        f"<tr><td>Datum aanvraag</td><td {line}>{ink(e(values.date_text(asked, 'nopad')))}</td></tr>"
        f"<tr><td>Handtekening</td><td {line}>{ink('<i>' + e(members[0].surname) + '</i>')}</td></tr></table></td>"
        f"<td style='width:40mm;vertical-align:top;text-align:right;padding-top:2mm'>{stamp(['ONTVANGEN', values.date_text(received, 'dash'), 'Burgerzaken'], colour='#1f4fbf', turn=4.0)}</td></tr></table>"
        "<div style='border-top:1.2px dashed #555;margin:5mm 0 2mm 0;position:relative'><span class='small' style='position:absolute;top:-3mm;left:40%;background:#fff;padding:0 2mm'>"
        "&#9986; niet afknippen</span></div>"
        "<div style='background:#eee;padding:1mm 2mm;font-weight:bold'>B &nbsp;Uittreksel (in te vullen door de gemeente)</div>"
        + kv([("Straat en huisnummer", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))),
              ("Woonplaats", e(home.city))], label_width="55mm")
        + "<p class='small' style='margin:1mm 0'>Op dit adres staan de volgende personen ingeschreven:</p>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Naam</th><th>Geboortedatum</th><th>BSN</th><th>Datum vestiging op adres</th></tr>" + rows + "</table>"
        "<div style='margin-top:3mm'></div>"
        + kv([("Datum verstrekking", f"<b style='white-space:nowrap'>{c.d(issue)}</b>"), ("Leges", f"{e(values.amount_text(fee, 'euro'))}, voldaan")], label_width="55mm")
        + f"<table style='width:100%;margin-top:1mm'><tr><td style='width:55mm;vertical-align:top'>Medewerker</td><td style='vertical-align:top'>{e(clerk.name('initials'))}</td>"
        f"<td class='right'>{stamp(['GEMEENTE ' + home.municipality.upper(), 'BURGERZAKEN'], colour='#6b1d1d', turn=-5.0)}</td></tr></table>"
    )  # fmt: skip
    css = f"body {{ font-size: 9.6pt; }} .ink {{ font-family: '{hand}', cursive; color: #1b2f8f; font-size: 11.5pt; }}"
    return page(c, body, css), _truth(issue, home, members, since, names)


def brp_burgerlijke_staat_huwelijkshistorie(c: Ctx):
    """Fresh25. An extract "met burgerlijke staat" as municipalities offer it beside the plain one: every resident a card with the
    birthplace (a decoy town), the civil status and, for a marriage or a registered partnership, the partner, the day and the place it was
    entered into; a marriage that ended names the former spouse (a decoy person living elsewhere) with the day of the divorce or the day the
    spouse died (decoy dates); "Datum vestiging op dit adres" the date that counts; "Datum uittreksel" the issue date."""
    c.font_of(c.pick(("DejaVu Serif", "Liberation Serif"), ("Liberation Sans", "Carlito")))
    c.restyle17(dates=("long", "dash", "long_pad", "short_nodot"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "reversed", "initials")
    names = [m.name(form) for m in members]
    town = lambda: c.rng.choice(people.places())[1]  # noqa: E731

    def married_since(a, b):
        low = max(a.birth_date, b.birth_date) + dt.timedelta(days=365 * 19)
        return values.between(c.rng, low, max(low, issue - dt.timedelta(days=400)))

    status = [None] * len(members)
    if len(members) > 1:
        kind = c.pick("gehuwd", "geregistreerd partner", "ongehuwd")
        if kind != "ongehuwd":
            day, place = married_since(members[0], members[1]), town()
            for i, j in ((0, 1), (1, 0)):
                status[i] = (kind, f"{e(kind.capitalize())} met {e(names[j])} sinds {e(values.date_text(day, 'long'))} te {e(place)}")
    for i, m in enumerate(members):
        if status[i]:
            continue
        if i >= 2 or m.birth_date > issue - dt.timedelta(days=365 * 24):
            status[i] = ("ongehuwd", "Nooit gehuwd geweest en geen geregistreerd partnerschap aangegaan")
            continue
        ex = c.person(born=(m.birth_date.year - 4, min(m.birth_date.year + 4, 2004)), sex="f" if m.sex == "m" else "m")
        wed = married_since(m, ex)
        ended = values.between(c.rng, wed + dt.timedelta(days=300), max(wed + dt.timedelta(days=301), issue - dt.timedelta(days=60)))
        how = c.pick("gescheiden", "weduwe/weduwnaar")
        cause = "echtscheiding" if how == "gescheiden" else "overlijden partner"
        status[i] = (how, f"Eerder gehuwd met {e(ex.name('all'))} op {e(values.date_text(wed, 'long'))} te {e(town())}; "
                          f"huwelijk ontbonden op {e(values.date_text(ended, 'long'))} door {cause}")
    cell = "style='padding:0.6mm 2mm 0.6mm 0'"
    cards = "".join(
        "<div style='border:0.8px solid #666;margin-bottom:2.2mm;padding:1.5mm 2.5mm'>"
        f"<div style='font-weight:bold;border-bottom:0.5px solid #aaa;margin-bottom:1mm'>Persoon {i + 1} &nbsp; {e(n)}</div>"
        "<table style='width:100%;font-size:8.8pt'>"
        f"<tr><td {cell} class='muted'>Geboortedatum</td><td {cell}>{c.d(m.birth_date)}</td><td {cell} class='muted'>Geboorteplaats</td><td {cell}>{e(town())}</td></tr>"
        f"<tr><td {cell} class='muted'>Burgerservicenummer</td><td {cell}>{e(values.bsn_text(m.bsn, 2))}</td><td {cell} class='muted'>Datum vestiging op dit adres</td><td {cell}>{c.d(s)}</td></tr>"
        f"<tr><td {cell} class='muted'>Burgerlijke staat</td><td {cell} colspan='3'>{e(st[0])}</td></tr>"
        f"<tr><td {cell} class='muted'>Huwelijk / partnerschap</td><td {cell} colspan='3' style='background:#f2f2f2'>{st[1]}</td></tr></table></div>"
        for i, (m, n, s, st) in enumerate(zip(members, names, since, status)))
    postbus, postplace = people.issuer_address(c.rng, home.city)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:15pt'>Gemeente {e(home.municipality)}</span><br>"
        f"<span class='small'>{e(postbus)}, {e(postplace)}</span></td>"
        f"<td class='right small' style='width:50mm'>Datum uittreksel<br><b style='font-size:10.5pt;white-space:nowrap'>{c.d(issue)}</b></td></tr></table>"
        "<h1 style='font-size:13.5pt;margin-top:5mm'>Uittreksel Basisregistratie Personen met burgerlijke staat</h1>"
        + kv([("Adres", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode en woonplaats", f"{e(values.postcode_text(home.postcode, True))}  {e(home.city)}"),
              ("Aantal ingeschreven personen", str(len(members)))], label_width="52mm")
        + "<div style='margin-top:2mm'>" + cards + "</div>"
        "<p class='small'>De gegevens over huwelijk en geregistreerd partnerschap zijn ontleend aan de Basisregistratie Personen. Een eerdere echtgeno(o)t(e) "
        "woont niet op dit adres, tenzij hij of zij hierboven als persoon is vermeld.</p>"
        f"<p style='margin-top:3mm'>De burgemeester van {e(home.municipality)},<br>namens deze,<br>{e(c.person(born=(1962, 1996)).name('initials'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(issue, home, members, since, names)



# --- fresh26 split ---------------------------------------------------------------------------

_PURPOSES26 = ("aanvraag woningcorporatie", "huurtoeslag / woningzoekende", "aanvraag medehuurderschap", "eigen administratie")


def brp_medebewoners_zonder_bsn(c: Ctx):
    """Fresh26. An extract "bewoners van het adres" that one resident asks for, as municipalities give it that tell the requester only
    what he may know of the others: the requester in full (birth date, birthplace, BSN, the day of settling in the municipality and the
    previous municipality as decoys beside "Datum aanvang adreshouding"), the other residents in a short table with only their names, birth
    dates and "Op dit adres sinds" and a note that their BSNs are left out (so their BSN is null in the truth); the request's day, the case
    number and the purpose as decoys, "Datum van uitgifte" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "Open Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("long", "dash", "dot_pad", "long_pad"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "first", "particle_cap_reversed")
    names = [m.name(form) for m in members]
    head = members[0]
    asked = issue - dt.timedelta(days=c.rng.randint(0, 6))
    settled = since[0] - dt.timedelta(days=c.rng.choice((0, c.rng.randint(200, 3000))))
    settled = min(since[0], max(settled, head.birth_date + dt.timedelta(days=6600)))
    before = c.rng.choice([p for p in people.places() if p[0] != home.municipality])[0]
    birthplace = c.rng.choice(people.places())[1]
    label = "font-size:7.6pt;color:#555"
    cell = lambda k, v: f"<td style='padding:0 4mm 2mm 0;vertical-align:top'><div style='{label}'>{e(k)}</div><div>{v}</div></td>"  # noqa: E731
    requester = (
        "<table style='width:100%'>"
        f"<tr>{cell('Naam', f'<b>{e(names[0])}</b>')}{cell('Burgerservicenummer', e(values.bsn_text(head.bsn, c.pick(0, 1))))}</tr>"
        f"<tr>{cell('Geboortedatum', c.d(head.birth_date))}{cell('Geboorteplaats', e(birthplace))}</tr>"
        f"<tr>{cell('Datum vestiging in de gemeente', e(values.date_text(settled, 'dash')))}{cell('Vorige gemeente', e(before))}</tr>"
        f"<tr>{cell('Datum aanvang adreshouding', c.d(since[0]))}<td></td></tr></table>"
    )
    others = "".join(f"<tr><td>{e(n)}</td><td>{c.d(m.birth_date)}</td><td>{c.d(s)}</td></tr>" for m, n, s in zip(members[1:], names[1:], since[1:]))
    others = ("<table class='ruled' style='width:100%;font-size:9.2pt'><tr><th>Naam</th><th style='width:36mm'>Geboortedatum</th>"
              f"<th style='width:40mm'>Op dit adres sinds</th></tr>{others}</table>" if others else
              "<p>Er staan op dit adres geen andere personen ingeschreven.</p>")
    postbus, postplace = people.issuer_address(c.rng, home.city)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>Gemeente {e(home.municipality)}</span><br>"
        f"<span class='small'>Burgerzaken &middot; {e(postbus)}, {e(postplace)}</span></td>"
        "<td class='small' style='width:60mm'>"
        + kv([("Zaaknummer", f"Z-{issue.year}-{c.rng.randint(10000, 99999)}"), ("Aangevraagd op", e(values.date_text(asked, "dash"))),
              ("Doel", e(c.rng.choice(_PURPOSES26)))], label_width="24mm")
        + "</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Uittreksel Basisregistratie Personen &ndash; bewoners van het adres</h1>"
        + kv([("Straat en huisnummer", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))),
              ("Woonplaats", e(home.city))], label_width="48mm")
        + "<h3 style='border-bottom:0.8px solid #333;margin-top:5mm'>Aanvrager</h3>" + requester
        + "<h3 style='border-bottom:0.8px solid #333'>Andere personen die op dit adres wonen</h3>" + others
        + "<p class='small' style='margin-top:2mm'>Van andere bewoners vermelden wij alleen de naam, de geboortedatum en de datum waarop zij op dit adres zijn "
        "komen wonen. Hun burgerservicenummer en overige gegevens staan niet op uw uittreksel.</p>"
        + kv([("Datum van uitgifte", f"<b style='white-space:nowrap'>{c.d(issue)}</b>"), ("Leges", e(values.amount_text(c.rng.choice(("13.40", "15.40", "16.65")), "euro")))],
             label_width="48mm")
        + f"<p style='margin-top:4mm'>De burgemeester van {e(home.municipality)},<br>namens deze,<br><br>{e(c.person(born=(1962, 1998)).name('initials'))}, medewerker Burgerzaken</p>"
    )  # fmt: skip
    truth = _truth(issue, home, members, since, names)
    for person in truth["persons"][1:]:
        person["bsn"] = None  # the extract leaves the other residents' BSNs out
    return page(c, body, "body { font-size: 9.8pt; }"), truth


_SPECIMEN26 = (("Jan Pieter Voorbeeld", "Voorbeeldstraat 1", "1234 AB  Voorbeeldstad"), ("Anna Maria de Proef", "Proefweg 12", "9999 ZZ  Proefdorp"),
               ("Pieter Steekproef", "Modellaan 3", "4321 BA  Modelstad"))


def brp_leeswijzer_voorbeeld_kolom(c: Ctx):
    """Fresh26. An extract whose right-hand third is a grey "Leeswijzer" that explains the terms and shows a boxed "VOORBEELD" of one
    resident with invented specimen data (a specimen name, birth date, BSN, address and date of settling: decoys in the shape of the real
    facts); the real residents in the left column, each a block of captions above values in two columns, "Datum aanvang adreshouding" the
    date that counts; the extract's number as a decoy, "Datum afgifte" the issue date."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "Cantarell")))
    c.restyle17(dates=("dash", "long", "dot_pad", "short_nodot"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "first", "initials")
    names = [m.name(form) for m in members]
    sample_name, sample_street, sample_place = c.rng.choice(_SPECIMEN26)
    sample_born = values.between(c.rng, dt.date(1955, 1, 1), dt.date(1999, 12, 31))
    sample_since = values.between(c.rng, dt.date(2005, 1, 1), dt.date(2024, 12, 31))
    cap = lambda k, v: (f"<td style='padding:0 3mm 1.6mm 0;vertical-align:top;width:50%'><div style='font-size:7.4pt;color:#555'>{e(k)}</div>"  # noqa: E731
                        f"<div style='white-space:nowrap'>{v}</div></td>")
    blocks = "".join(
        f"<div style='border-top:0.8px solid #666;padding-top:1mm;margin-top:2.5mm'><div style='font-size:7.4pt;color:#555'>Persoon {i + 1}</div>"
        f"<table style='width:100%'><tr>{cap('Naam', f'<b>{e(n)}</b>')}{cap('Burgerservicenummer', e(values.bsn_text(m.bsn, 2)))}</tr>"
        f"<tr>{cap('Geboortedatum', c.d(m.birth_date))}{cap('Datum aanvang adreshouding', c.d(s))}</tr></table></div>"
        for i, (m, n, s) in enumerate(zip(members, names, since)))
    guide = (
        "<div style='background:#efefef;padding:3mm;font-size:8pt;line-height:1.3'><b style='font-size:9.5pt'>Leeswijzer</b>"
        "<p style='margin:1.5mm 0'><b>Datum aanvang adreshouding</b>: de dag waarop iemand op dit adres is gaan wonen.</p>"
        "<p style='margin:1.5mm 0'><b>Burgerservicenummer</b>: het persoonlijke nummer bij de overheid. Geef het alleen aan instanties die erom mogen vragen.</p>"
        "<p style='margin:1.5mm 0'><b>Geldigheid</b>: de meeste instanties accepteren een uittreksel dat niet ouder is dan drie maanden.</p>"
        "<div style='border:1px dashed #777;background:#fff;padding:2mm;margin-top:2mm;position:relative'>"
        "<div style='font-weight:bold;letter-spacing:2px;color:#999'>VOORBEELD</div>"
        f"<div style='color:#555'>Naam</div><div>{e(sample_name)}</div>"
        f"<div style='color:#555'>Geboortedatum</div><div>{e(values.date_text(sample_born, 'dash'))}</div>"
        f"<div style='color:#555'>Burgerservicenummer</div><div>{e(values.bsn_text(values.bsn(c.rng), 2))}</div>"
        f"<div style='color:#555'>Adres</div><div>{e(sample_street)}<br>{e(sample_place)}</div>"
        f"<div style='color:#555'>Datum aanvang adreshouding</div><div>{e(values.date_text(sample_since, 'dash'))}</div>"
        "<div style='font-size:7pt;color:#777;margin-top:1mm'>Dit voorbeeld bevat verzonnen gegevens.</div></div></div>"
    )
    body = (
        f"<div style='border-bottom:2px solid #222;padding-bottom:1.5mm'><span class='logo' style='font-size:16pt'>gemeente {e(home.municipality)}</span>"
        f"<span class='small' style='float:right'>Uittrekselnummer {c.rng.randint(100000, 999999)}-{issue.year}</span></div>"
        "<table style='width:100%;margin-top:4mm'><tr><td style='width:63%;vertical-align:top;padding-right:5mm'>"
        "<h1 style='font-size:13.5pt'>Uittreksel uit de Basisregistratie Personen</h1>"
        "<div style='font-size:7.4pt;color:#555;margin-top:2mm'>Adres</div>"
        f"<div>{e(home.street)} {e(home.house_number_text)}<br>{e(values.postcode_text(home.postcode, True))}  {e(home.city)}</div>"
        f"<div style='font-size:7.4pt;color:#555;margin-top:2mm'>Op dit adres staan ingeschreven</div><div>{len(members)} {'persoon' if len(members) == 1 else 'personen'}</div>"
        + blocks
        + f"<div style='margin-top:5mm;font-size:7.4pt;color:#555'>Datum afgifte</div><div><b>{c.d(issue)}</b></div>"
        f"<p style='margin-top:3mm'>Namens de burgemeester van {e(home.municipality)},<br><br>{e(c.person(born=(1962, 1998)).name('initials'))}</p>"
        f"</td><td style='vertical-align:top'>{guide}</td></tr></table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(issue, home, members, since, names)


# --- fresh27 split ---------------------------------------------------------------------------


def brp_vertrek_aangekondigd_aantekening(c: Ctx):
    """Fresh27. An extract whose residents stand in a ruled table ("Ingeschreven vanaf" the date that counts) and on which one resident
    carries an annotation in a shaded row of its own: a move to another address has been reported for a day after the issue (the new street,
    house number, postcode and town and the day of the move are decoys in the shape of the facts; until that day the resident lives here and
    is in the truth); the print's case number as a decoy, "Datum uitdraai" the issue date."""
    c.font_of(c.pick(("DejaVu Sans", "Liberation Sans"), ("Carlito", "FreeSans")))
    c.restyle17(dates=("dash", "dot_pad", "long", "wd_nopad"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("reversed", "all", "first", "reversed_initials")
    names = [m.name(form) for m in members]
    mover = c.rng.randrange(len(members))
    new = people.address(c.rng)
    moving = issue + dt.timedelta(days=c.rng.randint(4, 27))
    postbus, postplace = people.issuer_address(c.rng, home.city)
    nw = "white-space:nowrap"
    rows = ""
    for i, (m, n, s) in enumerate(zip(members, names, since)):
        rows += (f"<tr><td style='{nw}'>{e(n)}</td><td style='{nw}'>{c.d(m.birth_date)}</td><td>{e(values.bsn_text(m.bsn, 0))}</td>"
                 f"<td style='{nw}'>{c.d(s)}</td></tr>")
        if i == mover:
            rows += (f"<tr><td colspan='4' style='background:#eeeeee;font-size:8.4pt'><i>Aantekening:</i> verhuizing gemeld per "
                     f"{e(values.date_text(moving, 'dash'))} naar {e(new.line1())}, {e(values.postcode_text(new.postcode, True))} {e(new.city)} "
                     f"(gemeente {e(new.municipality)}). De verhuizing wordt op die datum verwerkt.</td></tr>")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt'>Gemeente {e(home.municipality)}</span><br>"
        f"<span class='small'>Team Burgerzaken &middot; {e(postbus)} &middot; {e(postplace)}</span></td>"
        "<td class='small right' style='width:55mm'>"
        f"Zaaknummer {c.rng.randint(100000, 999999)}<br>Datum uitdraai: <b style='{nw}'>{c.d(issue)}</b></td></tr></table>"
        "<h1 style='font-size:14.5pt;margin-top:8mm'>Uittreksel Basisregistratie Personen</h1>"
        "<p class='small'>Personen die op de datum van uitdraai op het onderstaande adres staan ingeschreven.</p>"
        + kv([("Adres", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode en woonplaats",
              f"{e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} &nbsp;{e(home.city)}")], label_width="48mm")
        + "<table class='ruled' style='width:100%;margin-top:4mm;font-size:9.2pt'><tr><th>Naam</th><th>Geboortedatum</th><th>BSN</th>"
        f"<th>Ingeschreven vanaf</th></tr>{rows}</table>"
        "<p class='small' style='margin-top:3mm'>Een aangekondigde verhuizing verandert niets aan de inschrijving v&oacute;&oacute;r de verhuisdatum. "
        "Vraag na die datum zo nodig een nieuw uittreksel aan.</p>"
        f"<p style='margin-top:8mm'>De burgemeester van {e(home.municipality)},<br>namens deze,<br><br>{e(c.person(born=(1960, 1998)).name('initials'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(issue, home, members, since, names)


def brp_gezin_kinderen_elders_woonachtig(c: Ctx):
    """Fresh27. An extract "gezinssamenstelling" that lists, apart from the residents at the address (a ruled table with "Relatie" and "Op
    dit adres sinds" the date that counts), the main resident's grown children who live elsewhere in a second ruled table (their
    names, birth dates, BSNs, present addresses with postcode and the day they left this address: decoy persons in the shape of the residents);
    "Afgegeven op" the issue date."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("DejaVu Serif", "FreeSerif")))
    c.restyle17(dates=("long", "dash", "long_pad", "short_nodot"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "first", "initials")
    names = [m.name(form) for m in members]
    head = members[0]
    low, high = head.birth_date.year + 19, min(2006, issue.year - 19)
    away = [c.person(born=(low, high), surname=head.surname, origin=people.origin_of(head)) for _ in range(c.rng.randint(1, 2))] if low <= high else []
    relation = ["hoofdbewoner"] + ["partner"] + ["kind"] * 5
    nw = "white-space:nowrap"
    rows = "".join(f"<tr><td style='{nw}'><b>{e(n)}</b></td><td>{relation[i]}</td><td style='{nw}'>{c.d(m.birth_date)}</td>"
                   f"<td>{e(values.bsn_text(m.bsn, c.pick(0, 1)))}</td><td style='{nw}'>{c.d(s)}</td></tr>"
                   for i, (m, n, s) in enumerate(zip(members, names, since)))
    blocks = ("<table class='ruled' style='width:100%;font-size:8.8pt'><tr><th>Naam</th><th>Relatie</th><th>Geboortedatum</th><th>BSN</th>"
              f"<th>Op dit adres sinds</th></tr>{rows}</table>")
    if away:
        others = ""
        for child in away:
            where = people.address(c.rng)
            left = values.between(c.rng, max(since[0], child.birth_date + dt.timedelta(days=6600)), issue - dt.timedelta(days=60)) \
                if max(since[0], child.birth_date + dt.timedelta(days=6600)) < issue - dt.timedelta(days=60) else since[0]
            others += (f"<tr><td>{e(child.name(form))}</td><td>{e(values.date_text(child.birth_date, 'dash'))}</td><td>{e(child.bsn)}</td>"
                       f"<td>{e(where.line1())}, {e(values.postcode_text(where.postcode, True))} {e(where.city)}</td><td>{e(values.date_text(left, 'dash'))}</td></tr>")
        elsewhere = ("<h3 style='margin-top:5mm'>Kinderen van de hoofdbewoner die niet op dit adres wonen</h3>"
                     "<table class='ruled' style='width:100%;font-size:8.4pt'><tr><th>Naam</th><th>Geboren</th><th>BSN</th><th>Woonadres</th>"
                     f"<th>Vertrokken van dit adres</th></tr>{others}</table>"
                     "<p class='small'>Deze personen wonen niet op het adres van dit uittreksel en tellen niet mee als bewoner.</p>")
    else:
        elsewhere = "<h3 style='margin-top:5mm'>Kinderen van de hoofdbewoner die niet op dit adres wonen</h3><p>Geen.</p>"
    postbus, postplace = people.issuer_address(c.rng, home.city)
    body = (
        f"<div style='text-align:center'><span class='logo' style='font-size:17pt'>GEMEENTE {e(home.municipality.upper())}</span><br>"
        f"<span class='small'>Publiekszaken &middot; {e(postbus)} &middot; {e(postplace)}</span></div>"
        "<h1 style='text-align:center;font-size:14pt;margin-top:7mm'>Uittreksel Basisregistratie Personen<br><span style='font-size:11pt'>gezinssamenstelling</span></h1>"
        + kv([("Straat en huisnummer", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode", e(values.postcode_text(home.postcode, True))),
              ("Woonplaats", e(home.city))], label_width="52mm")
        + "<h3 style='margin-top:5mm'>Op dit adres wonen</h3>" + blocks + elsewhere
        + f"<p style='margin-top:6mm'>Afgegeven op <b>{c.d(issue)}</b> door de burgemeester van {e(home.municipality)}, namens deze,</p>"
        f"<p>{e(c.person(born=(1960, 1998)).name('initials'))}, ambtenaar burgerzaken</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(issue, home, members, since, names)


# --- fresh28 split ---------------------------------------------------------------------------


def brp_datum_opneming_naast_aanvang(c: Ctx):
    """Fresh28. An extract whose ruled table sets beside each resident's "Datum aanvang adreshouding" (the date that counts) the "Datum van
    opneming", the day the municipality entered the move in the register (a decoy date a few days to weeks later, in the same notation), and
    the municipality the resident came from (a decoy municipality); a footnote tells the two dates apart. "Datum verstrekking" the issue
    date, the municipality's name in the head."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Open Sans")))
    c.restyle17(dates=("dash", "dot_pad", "long", "short_nodot"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "reversed", "initials", "first")
    names = [m.name(form) for m in members]
    nw = "white-space:nowrap"
    rows = ""
    for m, n, s in zip(members, names, since):
        entered = min(s + dt.timedelta(days=c.rng.randint(2, 40)), issue - dt.timedelta(days=1))
        came = c.pick(c.rng.choice(people.places())[0], c.rng.choice(people.places())[0], "Buitenland")
        rows += (f"<tr><td style='{nw}'>{e(n)}</td><td style='{nw}'>{c.d(m.birth_date)}</td><td style='{nw}'>{e(values.bsn_text(m.bsn, c.pick(0, 2)))}</td>"
                 f"<td style='{nw}'><b>{c.d(s)}</b></td><td style='{nw};color:#444'>{c.d(entered)}</td><td>{e(came)}</td></tr>")
    postbus, postplace = people.issuer_address(c.rng, home.city)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:17pt'>Gemeente {e(home.municipality)}</span><br>"
        f"<span class='small'>Burgerzaken &middot; {e(postbus)} &middot; {e(postplace)}</span></td>"
        f"<td class='right small' style='width:62mm'>Datum verstrekking<br><b style='font-size:10.5pt;{nw}'>{c.d(issue)}</b></td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:8mm'>Uittreksel uit de Basisregistratie Personen</h1>"
        "<p class='small'>Bewoners van het adres, met de datum van vestiging en de datum waarop de gemeente de inschrijving heeft opgenomen.</p>"
        + kv([("Straat en huisnummer", f"{e(home.street)} {e(home.house_number_text)}"),
              ("Postcode en woonplaats", f"{e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}")], label_width="50mm")
        + "<table class='ruled' style='width:100%;margin-top:4mm;font-size:8.6pt'><tr><th>Naam</th><th>Geboortedatum</th><th>BSN</th>"
        "<th>Datum aanvang adreshouding&nbsp;<sup>1</sup></th><th>Datum van opneming&nbsp;<sup>2</sup></th><th>Vorige gemeente</th></tr>"
        f"{rows}</table>"
        + footnotes(["De datum aanvang adreshouding is de dag waarop de bewoner zich op dit adres heeft gevestigd.",
                     "De datum van opneming is de dag waarop de gemeente de verhuizing in de registratie heeft verwerkt; deze datum zegt niets over "
                     "de duur van de bewoning."])
        + f"<p style='margin-top:8mm'>De burgemeester van {e(home.municipality)},<br>namens deze,<br><br>{e(c.person(born=(1958, 1998)).name('initials'))}<br>"
        "<span class='small'>medewerker Burgerzaken</span></p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(issue, home, members, since, names)


_UA_GIVEN28 = {"f": ("Olha", "Tetiana", "Svitlana", "Natalia", "Halyna", "Anastasiia", "Viktoriia", "Mariia"),
               "m": ("Volodymyr", "Ihor", "Yurii", "Vasyl", "Bohdan", "Maksym", "Artem", "Roman")}
_UA_SURNAMES28 = ("Kovalchuk", "Savchenko", "Rudenko", "Marchenko", "Pavlenko", "Hnatiuk", "Polishchuk", "Levchenko", "Zinchenko", "Ostapenko")
_UA_CITIES28 = ("Kharkiv", "Mykolaiv", "Zaporizhzhia", "Dnipro", "Kherson", "Odesa", "Chernihiv", "Sumy")


def _ua_guests(c: Ctx, issue: dt.date, first: dt.date) -> list[tuple[people.Person, dt.date, dt.date]]:
    """Guests from Ukraine (a parent and sometimes children), each with the day of arrival in the Netherlands and of settling here."""
    surname = c.rng.choice(_UA_SURNAMES28)
    guests = []
    latest = issue - dt.timedelta(days=30)
    earliest = max(first, dt.date(2022, 3, 20))
    if earliest >= latest:
        earliest = latest - dt.timedelta(days=60)
    settled = values.between(c.rng, earliest, latest)
    for i in range(c.rng.choice((1, 1, 2, 3))):
        sex = c.pick("f", "f", "m") if i == 0 else c.pick("f", "m")
        born = values.between(c.rng, dt.date(1958, 1, 1), dt.date(1994, 12, 31)) if i == 0 else values.between(c.rng, dt.date(2008, 1, 1), dt.date(2019, 12, 31))
        given = (c.rng.choice(_UA_GIVEN28[sex]),)
        person = people.Person(given, surname, sex, born, values.bsn(c.rng))
        guests.append((person, settled - dt.timedelta(days=c.rng.randint(3, 70)), settled))
    return guests


def brp_oekraiense_ontheemden_gastgezin_tweetalig(c: Ctx):
    """Fresh28. A bilingual Dutch-Ukrainian extract of a host family's address where people displaced from Ukraine live with the family,
    as municipalities print it for the guests' own use: every label in Dutch with the Ukrainian under it in grey. The host family and the
    guests stand in one ruled table ("Op dit adres sinds / За цією адресою з" the date that counts; the guests are residents and in the
    truth); a second small table holds the guests' day of arrival in the Netherlands, their last place of residence in Ukraine and the end of
    their temporary protection (decoy dates and places); "Datum afgifte / Дата видачі" the issue date."""
    c.font_of(c.pick(("DejaVu Sans", "Open Sans"), ("DejaVu Serif", "Liberation Serif")))
    c.restyle17(dates=("dash", "dot_pad", "long", "nopad"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    guests = _ua_guests(c, issue, since[0])
    members, since = members + [g for g, _, _ in guests], since + [s for _, _, s in guests]
    form = c.pick("all", "first")
    names = [m.name(form) for m in members]
    ua = "display:block;font-size:7pt;color:#666;font-weight:normal"
    lab = lambda nl, uk: f"{e(nl)}<span style='{ua}'>{e(uk)}</span>"  # noqa: E731
    nw = "white-space:nowrap"
    role = ["hoofdbewoner"] + ["gezin"] * (len(members) - len(guests) - 1) + ["ontheemd / переміщена особа"] * len(guests)
    rows = "".join(f"<tr><td style='{nw}'>{e(n)}</td><td style='{nw}'>{c.d(m.birth_date)}</td><td style='{nw}'>{e(values.bsn_text(m.bsn, 0))}</td>"
                   f"<td style='{nw}'>{c.d(s)}</td><td style='font-size:7.6pt'>{e(r)}</td></tr>"
                   for m, n, s, r in zip(members, names, since, role))
    protected = dt.date(2027, 3, 4)
    extra = "".join(f"<tr><td style='{nw}'>{e(g.name(form))}</td><td style='{nw}'>{c.d(arrived)}</td><td>{e(c.rng.choice(_UA_CITIES28))}, Oekraïne</td>"
                    f"<td style='{nw}'>{c.d(protected)}</td></tr>" for g, arrived, _ in guests)
    postbus, postplace = people.issuer_address(c.rng, home.city)
    body = (
        f"<div style='border-bottom:2px solid #1f4e8c;padding-bottom:2mm'><span class='logo' style='font-size:16pt'>Gemeente {e(home.municipality)}</span>"
        f"<span class='small' style='float:right;text-align:right'>Burgerzaken / Відділ реєстрації<br>{e(postbus)} &middot; {e(postplace)}</span></div>"
        "<h1 style='font-size:13.5pt;margin-top:6mm'>Uittreksel Basisregistratie Personen<span style='display:block;font-size:10pt;color:#555;font-weight:normal'>"
        "Витяг з Базового реєстру осіб</span></h1>"
        + "<table style='width:100%;margin-top:2mm'>"
        f"<tr><td class='label' style='width:55mm'>{lab('Straat en huisnummer', 'Вулиця та номер будинку')}</td><td>{e(home.street)} {e(home.house_number_text)}</td></tr>"
        f"<tr><td class='label'>{lab('Postcode', 'Поштовий індекс')}</td><td>{e(values.postcode_text(home.postcode, True))}</td></tr>"
        f"<tr><td class='label'>{lab('Woonplaats', 'Населений пункт')}</td><td>{e(home.city)}</td></tr></table>"
        "<h3 style='margin-top:4mm'>Bewoners van dit adres <span style='font-weight:normal;color:#666;font-size:8.5pt'>/ Мешканці за цією адресою</span></h3>"
        f"<table class='ruled' style='width:100%;font-size:8.6pt'><tr><th>{lab('Naam', 'Прізвище та ім’я')}</th><th>{lab('Geboortedatum', 'Дата народження')}</th>"
        f"<th>{lab('BSN', 'Номер BSN')}</th><th>{lab('Op dit adres sinds', 'За цією адресою з')}</th><th>{lab('Aantekening', 'Примітка')}</th></tr>{rows}</table>"
        "<h3 style='margin-top:4mm'>Gegevens opvang <span style='font-weight:normal;color:#666;font-size:8.5pt'>/ Дані про прихисток</span></h3>"
        f"<table class='ruled' style='width:100%;font-size:8.4pt'><tr><th>{lab('Naam', 'Прізвище та ім’я')}</th><th>{lab('Aankomst in Nederland', 'Прибуття до Нідерландів')}</th>"
        f"<th>{lab('Laatste woonplaats', 'Останнє місце проживання')}</th><th>{lab('Tijdelijke bescherming tot', 'Тимчасовий захист до')}</th></tr>{extra}</table>"
        + f"<p style='margin-top:6mm'>{lab('Datum afgifte', 'Дата видачі')}<b style='{nw}'>{c.d(issue)}</b></p>"
        f"<p>De burgemeester van {e(home.municipality)}, namens deze,<br>{e(c.person(born=(1960, 1998)).name('initials'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.4pt; }"), _truth(issue, home, members, since, names)


# --- fresh29 split ---------------------------------------------------------------------------


def _tree_box(lines: list[str], dashed: bool, shade: str = "#fff") -> str:
    """One person's box of a drawn family tree (escaped HTML lines given): solid for a resident, dashed and grey for someone elsewhere."""
    border = "1px dashed #888" if dashed else "1.2px solid #1d3d5c"
    colour = "#666" if dashed else "#111"
    return (f"<div style='border:{border};border-radius:1.5mm;background:{shade};color:{colour};padding:1.2mm 2mm;font-size:7.6pt;"
            f"line-height:1.3;min-width:36mm;margin:0 2mm 2mm 2mm'>{'<br>'.join(lines)}</div>")


def brp_gezinsboom_schema_bewoners(c: Ctx):
    """Fresh29. An extract "gezinssamenstelling in schema" that draws the household as a family tree: the main resident's parents in dashed
    grey boxes at the top ("niet op dit adres", their names and birth dates as decoys), the main resident and the partner in solid boxes
    joined by a line, the children below (those living here solid, grown children living elsewhere dashed with their birth dates, BSNs and
    the day they left: decoy persons in the residents' shape); each resident's box holds the name, "geb.", the BSN and "op adres sinds" (the
    date that counts). A legend tells the two kinds of box apart; the address in a block under the tree, "Opgemaakt op" the issue date."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "DejaVu Sans")))
    c.restyle17(dates=("dash", "long", "short_nodot", "dot_pad"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("first", "initials", "reversed_initials")
    names = [m.name(form) for m in members]
    head = members[0]
    nw = "white-space:nowrap"

    def resident(i: int) -> str:
        m = members[i]
        return _tree_box([f"<b style='{nw}'>{e(names[i])}</b>", f"<span style='{nw}'>geb. {c.d(m.birth_date)}</span>",
                          f"<span style='{nw}'>BSN {e(values.bsn_text(m.bsn, c.pick(0, 2)))}</span>",
                          f"<span style='{nw}'>op adres sinds {c.d(since[i])}</span>"], False, "#eef4fa" if i == 0 else "#fff")

    father = c.person(sex="m", born=(head.birth_date.year - 38, head.birth_date.year - 22), surname=head.surname, origin=people.origin_of(head))
    mother = c.person(sex="f", born=(head.birth_date.year - 36, head.birth_date.year - 19), origin=people.origin_of(head))
    parents = "".join(_tree_box([f"<b style='{nw}'>{e(p.name(form))}</b>", f"<span style='{nw}'>geb. {e(values.date_text(p.birth_date, c.date_style))}</span>",
                                 f"{role} &middot; niet op dit adres"], True) for p, role in ((father, "vader"), (mother, "moeder")))
    kids_here = [resident(i) for i in range(2, len(members))]
    away = []
    low, high = head.birth_date.year + 19, min(2006, issue.year - 19)
    if low <= high and len(kids_here) < 3:
        for _ in range(c.rng.randint(0, 2)):
            child = c.person(born=(low, high), surname=head.surname, origin=people.origin_of(head))
            left = values.between(c.rng, max(since[0], child.birth_date + dt.timedelta(days=6600)), issue - dt.timedelta(days=40)) \
                if max(since[0], child.birth_date + dt.timedelta(days=6600)) < issue - dt.timedelta(days=40) else since[0]
            away.append(_tree_box([f"<b style='{nw}'>{e(child.name(form))}</b>", f"<span style='{nw}'>geb. {e(values.date_text(child.birth_date, c.date_style))}</span>",
                                   f"<span style='{nw}'>BSN {e(values.bsn_text(child.bsn, 0))}</span>",
                                   f"<span style='{nw}'>vertrokken {e(values.date_text(left, c.date_style))}</span>"], True))
    row = "display:flex;justify-content:center;align-items:flex-start;flex-wrap:wrap"
    stem = "<div style='width:0;height:5mm;border-left:1px solid #555;margin:0 auto'></div>"
    couple = resident(0)
    if len(members) > 1:
        couple += "<div style='width:10mm;border-top:1.4px solid #1d3d5c;margin-top:9mm'></div>" + resident(1)
    tree = (f"<div style='{row}'>{parents}</div>{stem}<div style='{row}'>{couple}</div>")
    if kids_here or away:
        tree += (f"{stem}<div style='border-top:1px solid #555;width:70%;margin:0 auto 2mm auto'></div>"
                 f"<div style='{row}'>{''.join(kids_here + away)}</div>")
    postbus, postplace = people.issuer_address(c.rng, home.city)
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:#1d3d5c'>Gemeente {e(home.municipality)}</span><br>"
        f"<span class='small'>Team Burgerzaken &middot; {e(postbus)} &middot; {e(postplace)}</span></td>"
        f"<td class='right small'>Opgemaakt op<br><b style='font-size:10pt;{nw}'>{c.d(issue)}</b></td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:6mm'>Uittreksel Basisregistratie Personen</h1>"
        "<p class='small' style='margin-top:0'>Gezinssamenstelling in schema, met de ouders en de kinderen van de hoofdbewoner.</p>"
        f"<div style='border:0.6px solid #bbb;padding:4mm 2mm 2mm 2mm;margin:3mm 0'>{tree}</div>"
        "<p class='small'>Legenda: een doorgetrokken kader is een persoon die op het adres hieronder staat ingeschreven; een gestippeld kader "
        "is een familielid dat niet op dit adres woont en alleen ter verduidelijking van de gezinsrelaties is opgenomen.</p>"
        "<h3>Adres</h3>"
        + kv([("Straat en huisnummer", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))),
              ("Woonplaats", e(home.city))], label_width="48mm")
        + f"<p style='margin-top:6mm'>De burgemeester van {e(home.municipality)}, namens deze,<br>{e(c.person(born=(1960, 1998)).name('initials'))}, "
        "medewerker Burgerzaken</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(issue, home, members, since, names)


_FLOORS29 = ("begane grond", "1e verdieping", "2e verdieping", "3e verdieping", "4e verdieping")


def _units29(number: str, printed: str) -> tuple[list[str], int]:
    """The house numbers of a small building's dwellings from the ground floor up, as printed, and the floor of `number`."""
    digits = "".join(ch for ch in number if ch.isdigit()) if number.isalnum() else number.split("-")[0]
    rest = number[len(digits):]
    if rest.startswith("-"):
        floor = int(rest[1:])
        units = [digits] + [f"{digits}-{k}" for k in range(1, max(floor, 2) + 1)]
    elif rest == "H":
        floor, units = 0, [printed, f"{digits}-1", f"{digits}-2"]
    elif rest:
        floor = "ABCD".index(rest)
        spaced = " " if " " in printed else ""
        lower = printed[-1].islower()
        units = [f"{digits}{spaced}{(ch.lower() if lower else ch)}" for ch in "ABCD"[: max(floor + 1, 3)]]
    else:
        floor, units = 0, [digits, f"{digits}-1", f"{digits}-2"]
    units[floor] = printed
    return units, floor


def brp_pand_doorsnede_meerdere_adressen(c: Ctx):
    """Fresh29. An extract of an address in a small building with several dwellings, as a municipality prints it for a housing matter: a
    drawn cross-section of the building, one floor a band from the ground floor up, each with its own house number (the other numbers of
    the same street are decoys) and how many people are registered there (decoy counts; empty dwellings "geen inschrijvingen"), the requested
    dwelling shaded and marked "dit adres"; the building's BAG number and year of construction as decoys; then the residents of the shaded
    dwelling in a ruled table ("Datum vestiging" the date that counts), the address in full, "Uitgereikt op" the issue date."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "Cantarell")))
    c.restyle17(dates=("dash", "long", "slash", "long_pad"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("reversed", "all", "reversed_initials", "upper_reversed")
    names = [m.name(form) for m in members]
    units, floor = _units29(home.house_number, home.house_number_text)
    nw = "white-space:nowrap"
    bands = ""
    for level in range(len(units) - 1, -1, -1):
        here = level == floor
        count = len(members) if here else c.pick(0, 1, 1, 2, 2, 3, 4)
        said = "geen inschrijvingen" if count == 0 else f"{count} {'persoon' if count == 1 else 'personen'} ingeschreven"
        style = "background:#d9e7f5;border:1.6px solid #1f4e8c" if here else "background:#fafafa;border:0.8px solid #777"
        bands += (f"<tr><td style='width:34mm;font-size:8pt;color:#555;text-align:right;padding-right:3mm;vertical-align:middle'>{_FLOORS29[level]}</td>"
                  f"<td style='{style};height:11mm;vertical-align:middle;padding:0 4mm'><b style='{nw}'>{e(home.street)} {e(units[level])}</b>"
                  f"<span style='float:right;font-size:8.4pt'>{said}{' &nbsp;&#9664; <b>dit adres</b>' if here else ''}</span></td></tr>")
    roof = ("<tr><td></td><td style='padding:0'><div style='height:0;border-left:60mm solid transparent;border-right:60mm solid transparent;"
            "border-bottom:9mm solid #c9c9c9;width:0;margin:0 auto'></div></td></tr>")
    rows = "".join(f"<tr><td style='{nw}'>{e(n)}</td><td style='{nw}'>{c.d(m.birth_date)}</td><td>{e(values.bsn_text(m.bsn, c.pick(0, 1)))}</td>"
                   f"<td style='{nw}'>{c.d(s)}</td></tr>" for m, n, s in zip(members, names, since))
    built = c.rng.randint(1905, 1995)
    postbus, postplace = people.issuer_address(c.rng, home.city)
    body = (
        f"<div style='border-left:5mm solid #1f4e8c;padding-left:4mm'><span class='logo' style='font-size:16pt'>Gemeente {e(home.municipality)}</span><br>"
        f"<span class='small'>Burgerzaken en Wonen &middot; {e(postbus)} &middot; {e(postplace)}</span></div>"
        "<h1 style='font-size:14pt;margin-top:7mm'>Uittreksel Basisregistratie Personen</h1>"
        "<p class='small' style='margin-top:0'>Bewoners van een adres in een pand met meer woningen. Van de andere woningen in het pand staat alleen "
        "het aantal ingeschreven personen vermeld.</p>"
        f"<table style='width:150mm;margin:3mm 0 1mm 0;border-collapse:separate;border-spacing:0 0.8mm'>{roof}{bands}</table>"
        f"<p class='small' style='margin:0 0 3mm 37mm'>Pand-ID (BAG) 0{c.rng.randint(100, 999)}100000{c.rng.randint(100000, 999999)} &middot; bouwjaar {built}</p>"
        + kv([("Adres", f"{e(home.street)} {e(home.house_number_text)}"), ("Postcode en woonplaats", f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}")],
             label_width="48mm")
        + "<h3 style='margin-top:4mm'>Ingeschreven op dit adres</h3>"
        "<table class='ruled' style='width:100%;font-size:8.8pt'><tr><th>Naam</th><th>Geboortedatum</th><th>BSN</th><th>Datum vestiging</th></tr>"
        f"{rows}</table>"
        + f"<p style='margin-top:6mm'>Uitgereikt op <b style='{nw}'>{c.d(issue)}</b> door de burgemeester van {e(home.municipality)}, namens deze,<br>"
        f"{e(c.person(born=(1960, 1998)).name('initials'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(issue, home, members, since, names)


# --- fresh30 split ---------------------------------------------------------------------------

_FAX_SENDERS30 = ("Stichting Welzijn", "Sociaal Wijkteam", "Schuldhulpmaatje", "Vluchtelingenwerk", "Humanitas", "Buurtteam")


def brp_faxkopie_kopregel_verzendrapport(c: Ctx):
    """Fresh30. An extract the municipality faxed to a welfare organisation at the resident's request, as the receiving machine printed it:
    the fax machine's header line across the top (the day and time it was sent, the municipality's fax number and "P.01/01": a decoy day),
    a small cover block (to the welfare organisation with its own fax number and contact, the request's number), the extract in a ruled
    table (names, "Geb.", BSN, "Op adres sinds"), "Datum uitgifte" the issue date, and at the foot the sending machine's transmission report
    ("VERZENDRAPPORT": day and time, duration, pages, "OK") as decoys; grey and a little coarse, as thermal fax paper comes out."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("FreeSans", "Carlito")))
    c.restyle17(dates=("dash", "dot_pad", "nopad", "short_nodot"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("reversed_initials", "initials", "all", "first")
    names = [m.name(form) for m in members]
    mono = c.pick("Courier Prime", "Liberation Mono", "FreeMono")
    nw = "white-space:nowrap"
    sent = issue + dt.timedelta(days=c.rng.randint(0, 4))
    hour, minute = c.rng.randint(8, 16), c.rng.randint(0, 59)
    area = c.pick("010", "020", "030", "040", "050", "070", "0511", "0223", "0475")
    fax = f"{area}-{c.rng.randint(200000, 9999999)}"
    their_fax = f"{c.pick('010', '020', '024', '053', '071', '0591')}-{c.rng.randint(2000000, 8999999)}"
    sender = f"{c.rng.choice(_FAX_SENDERS30)} {home.city}"
    contact = c.person(born=(1960, 1998))
    rows = "".join(f"<tr><td style='{nw}'>{e(n)}</td><td style='{nw}'>{c.d(m.birth_date)}</td><td style='{nw}'>{e(values.bsn_text(m.bsn, c.pick(0, 1, 2)))}</td>"
                   f"<td style='{nw}'>{c.d(s)}</td></tr>" for m, n, s in zip(members, names, since))
    header = (f"<div style='font-family:\"{mono}\", monospace;font-size:8pt;display:flex;justify-content:space-between;border-bottom:0.8px solid #666;"
              f"padding-bottom:1mm'><span>{e(values.date_text(sent, 'dash'))} {hour:02d}:{minute:02d}</span><span>FAX {e(fax)}</span>"
              f"<span>GEMEENTE {e(home.municipality.upper())} BURGERZAKEN</span><span>P.01/01</span></div>")
    report = (f"<div style='font-family:\"{mono}\", monospace;font-size:7.6pt;border:0.8px dashed #777;padding:2mm 3mm;margin-top:7mm;width:95mm'>"
              f"*** VERZENDRAPPORT ***<br>TIJD&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;: {e(values.date_text(sent, 'dash'))} {hour:02d}:{(minute + 1) % 60:02d}<br>"
              f"NAAR&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;: {e(their_fax.replace('-', ''))}<br>DUUR&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;: 00:0{c.rng.randint(0, 1)}:{c.rng.randint(10, 59)}<br>"
              f"PAGINA'S : 01<br>RESULTAAT: OK</div>")
    body = (
        header
        + "<table style='width:100%;margin-top:4mm;font-size:8.6pt'><tr>"
        f"<td style='width:50%'><b>Aan:</b> {e(sender)}<br>t.a.v. {e(contact.name('initials'))}<br>Fax: {e(their_fax)}</td>"
        f"<td><b>Van:</b> Gemeente {e(home.municipality)}, Burgerzaken<br>Fax: {e(fax)}<br>Uw aanvraag nr. {c.rng.randint(10000, 99999)}</td></tr></table>"
        "<p class='small' style='margin:2mm 0 5mm 0'>Op verzoek en met schriftelijke toestemming van de bewoner. Aantal pagina's: 1.</p>"
        f"<div style='border-top:2px solid #333;padding-top:2mm'><span class='logo' style='font-size:14pt'>Gemeente {e(home.municipality)}</span></div>"
        "<h1 style='font-size:13pt;margin-top:3mm'>Uittreksel Basisregistratie Personen</h1>"
        + kv([("Adres", f"{e(home.street)} {e(home.house_number_text)}"),
              ("Postcode", e(values.postcode_text(home.postcode, c.rng.random() < 0.5))), ("Woonplaats", e(home.city)),
              ("Datum uitgifte", f"<span style='{nw}'>{c.d(issue)}</span>")], label_width="36mm")
        + "<table class='ruled' style='width:100%;margin-top:4mm;font-size:9pt'><tr><th>Naam</th><th>Geb.</th><th>BSN</th><th>Op adres sinds</th></tr>"
        f"{rows}</table>"
        f"<p class='small' style='margin-top:3mm'>Namens de burgemeester, {e(c.person(born=(1960, 1998)).name('initials'))}, afdeling Publiekszaken.</p>"
        + report
    )  # fmt: skip
    css = ("body { font-size: 9.4pt; color: #2b2b2b; background: #f1f1ee; } "
           ".ruled td, .ruled th { border-color: #555; } h1, .logo { color: #222; }")
    return page(c, body, css), _truth(issue, home, members, since, names)


def brp_antwoordbrief_gegevens_in_slottabel(c: Ctx):
    """Fresh30. A municipality's letter answering a resident's written request for an overview of who is registered at the address: the
    letter first (the resident in the window at the address, "Uw brief van" the request's day, "Ons kenmerk", the service desk's visiting
    address and postcode, the objection term of six weeks with its last day and the telephone hours as decoys, "Datum" in the letter's
    reference block the issue date), the facts only in a ruled table at the end ("Ingeschreven op dit adres", the names, birth dates, BSNs
    and "Woont hier sinds"), under a short explanation of what the table shows."""
    c.font_of(c.pick(("Carlito", "Liberation Sans"), ("Open Sans", "Cantarell")))
    c.restyle17(dates=("long", "dash", "wd_nopad", "long_pad"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "first", "initials")
    names = [m.name(form) for m in members]
    nw = "white-space:nowrap"
    asked = issue - dt.timedelta(days=c.rng.randint(3, 21))
    deadline = issue + dt.timedelta(days=42)
    office = people.address(c.rng)
    office_code = f"{home.postcode[:3]}{c.rng.randint(0, 9)}{office.postcode[4:]}"
    head = members[0]
    clerk = c.person(born=(1962, 1999))
    rows = "".join(f"<tr><td>{e(n)}</td><td style='{nw}'>{c.d(m.birth_date)}</td><td style='{nw}'>{e(values.bsn_text(m.bsn, c.pick(0, 2)))}</td>"
                   f"<td style='{nw}'>{c.d(s)}</td></tr>" for m, n, s in zip(members, names, since))
    ref = kv([("Datum", f"<span style='{nw}'>{c.d(issue)}</span>"), ("Uw brief van", e(values.date_text(asked, 'dash'))),
              ("Ons kenmerk", f"BZ/{issue.year}/{c.rng.randint(10000, 99999)}"), ("Onderwerp", "Overzicht bewoners van uw adres")], label_width="30mm")
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:17pt'>gemeente {e(home.municipality)}</span></td>"
        f"<td class='right small' style='width:62mm'>Publiekszaken<br>Bezoekadres: {e(office.street)} {e(office.house_number_text)}<br>"
        f"{e(values.postcode_text(office_code, True))} {e(home.city)}<br>Telefoon 14 0{c.rng.randint(10, 99)} (ma t/m vr 9-17 uur)</td></tr></table>"
        + address_block([head.titled("initials"), home.line1(), f"{values.postcode_text(home.postcode, True)}  {home.city.upper()}"])
        + ref
        + f"<p style='margin-top:6mm'>{e('Geachte heer' if head.sex == 'm' else 'Geachte mevrouw')} {e(head.surname[0].upper() + head.surname[1:])},</p>"
        f"<p>U heeft ons met uw brief gevraagd welke personen op uw adres staan ingeschreven in de Basisregistratie Personen (BRP). U wilt dit "
        f"overzicht gebruiken voor uw woningcorporatie. Wij hebben de gegevens voor u opgezocht.</p>"
        "<p>In de tabel aan het einde van deze brief staat iedereen die op de datum van deze brief op uw adres woont volgens de BRP. Bij elke "
        "persoon ziet u de geboortedatum, het burgerservicenummer en de datum waarop de persoon op dit adres is komen wonen. Personen die eerder "
        "op dit adres woonden, staan niet in het overzicht.</p>"
        f"<p>Klopt er iets niet? Laat het ons dan weten. Bent u het niet eens met deze beslissing, dan kunt u binnen zes weken, dus uiterlijk "
        f"<span style='{nw}'>{e(values.date_text(deadline, 'long'))}</span>, bezwaar maken.</p>"
        f"<p>Met vriendelijke groet,<br>namens de burgemeester van {e(home.municipality)},<br><br>{e(clerk.name('initials'))}<br>"
        "<span class='small'>medewerker Burgerzaken</span></p>"
        f"<h3 style='margin-top:7mm;border-top:1px solid #444;padding-top:2mm'>Ingeschreven op dit adres</h3>"
        f"<p class='small' style='margin:0 0 2mm 0'>{e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, False))} {e(home.city)}</p>"
        "<table class='ruled' style='width:100%;font-size:9pt'><tr><th>Naam</th><th>Geboortedatum</th><th>Burgerservicenummer</th><th>Woont hier sinds</th></tr>"
        f"{rows}</table>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(issue, home, members, since, names)


# --- fresh31 split ---------------------------------------------------------------------------

_ZIVVER_SUBJECTS31 = ("Uittreksel BRP, uw aanvraag", "Uw verzoek om een uittreksel uit de BRP", "Uittreksel Basisregistratie Personen")


def brp_zivver_beveiligd_bericht_burgerzaken(c: Ctx):
    """Fresh31. An extract that the municipality's Burgerzaken sent as a secure e-mail (Zivver) and the resident printed from the browser:
    the secure-mail bar with its words ("Beveiligd bericht", "Ontsleuteld met sms-code naar 06-•••• 12 34"), "Verzonden" with a
    weekday and time, "Dit bericht verloopt op" (a decoy day), the attachment "uittreksel_brp_<nummer>.pdf" with its size; in the message the
    clerk repeats the extract as plain lines: the address, "Afgiftedatum" the issue date and, per resident, the name, "geb.", BSN and
    "ingeschreven op dit adres sinds"; the request's number and the paid fee as decoys."""
    c.font_of(c.pick(("Open Sans", "Liberation Sans"), ("Carlito", "Cantarell")))
    c.restyle17(dates=("dash", "long", "nopad", "short_nodot"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "first", "initials")
    names = [m.name(form) for m in members]
    nw = "white-space:nowrap"
    sent = issue + dt.timedelta(days=c.rng.choice((0, 0, 1, 2)))
    expires = sent + dt.timedelta(days=c.pick(14, 30, 60))
    hour, minute = c.rng.randint(8, 17), c.rng.randint(0, 59)
    head = members[0]
    clerk = c.person(born=(1965, 2000))
    number = f"{issue.year}-{c.rng.randint(100000, 999999)}"
    domain = home.municipality.lower().replace(" ", "").replace("'", "").replace("-", "")
    mail = f"{head.given[0].lower()}.{head.surname.split()[-1].lower()}@{c.pick('gmail.com', 'ziggo.nl', 'outlook.com', 'kpnmail.nl')}"
    fee = values.amount(c.pick(15.05, 16.30, 17.35, 14.75))
    lines = "".join(
        f"<div style='margin:2.2mm 0 0 0'><b>{e(n)}</b><br>geb. <span style='{nw}'>{c.d(m.birth_date)}</span> &middot; BSN "
        f"<span style='{nw}'>{e(values.bsn_text(m.bsn, c.pick(0, 1, 2)))}</span><br>ingeschreven op dit adres sinds "
        f"<span style='{nw}'>{c.d(s)}</span></div>" for m, n, s in zip(members, names, since))
    bar = ("<div style='background:#0b2f5b;color:#fff;padding:2.4mm 4mm;display:flex;justify-content:space-between;align-items:center'>"
           "<span><b style='font-size:12.5pt'>Zivver</b> &nbsp;Beveiligd bericht</span>"
           f"<span style='font-size:8pt'>Ontsleuteld met sms-code naar 06-&bull;&bull;&bull;&bull; {c.rng.randint(10, 99)} {c.rng.randint(10, 99)}</span></div>")
    body = (
        bar
        + "<div style='border:0.8px solid #c6ccd6;border-top:none;padding:3mm 4mm'>"
        + mail_header([("Van:", f"Burgerzaken gemeente {e(home.municipality)} &lt;burgerzaken@{e(domain)}.nl&gt;"), ("Aan:", e(mail)),
                       ("Verzonden:", f"<span style='{nw}'>{weekday_date(sent)} {hour:02d}:{minute:02d}</span>"),
                       ("Onderwerp:", e(c.rng.choice(_ZIVVER_SUBJECTS31))),
                       ("Bijlage:", f"uittreksel_brp_{e(number)}.pdf ({c.rng.randint(88, 240)} kB)")])
        + f"<div class='small' style='background:#fff6d8;border:0.6px solid #e2c765;padding:1.4mm 2.5mm;margin-bottom:3mm'>Dit bericht verloopt op "
        f"<span style='{nw}'>{e(values.date_text(expires, 'long'))}</span>. Sla de bijlage op als u die wilt bewaren.</div>"
        + f"<p>Beste {e(head.name('first'))},</p>"
        f"<p>Hierbij ontvangt u het uittreksel uit de Basisregistratie Personen dat u online heeft aangevraagd (aanvraagnummer {e(number)}). De leges "
        f"van <span style='{nw}'>{e(values.amount_text(fee, 'euro'))}</span> zijn met iDEAL betaald. Het uittreksel zit als PDF in de bijlage. "
        "Voor het gemak staan de gegevens ook hieronder.</p>"
        "<div style='border-left:3px solid #0b2f5b;padding:1mm 0 1mm 4mm;margin:4mm 0'>"
        f"<div><b>Uittreksel Basisregistratie Personen &mdash; gemeente {e(home.municipality)}</b></div>"
        f"<div>Adres: {e(home.street)} {e(home.house_number_text)}, {e(values.postcode_text(home.postcode, c.rng.random() < 0.5))} {e(home.city)}</div>"
        f"<div>Afgiftedatum: <span style='{nw}'>{c.d(issue)}</span></div>"
        f"<div style='margin-top:2mm'>Op dit adres zijn de volgende personen ingeschreven:</div>{lines}</div>"
        f"<p>Met vriendelijke groet,<br>{e(clerk.name('initials'))}<br>Team Burgerzaken, gemeente {e(home.municipality)}</p>"
        "</div>"
        "<p class='small' style='color:#666;margin-top:3mm'>Dit bericht is met Zivver beveiligd verstuurd. Antwoorden kan via de knop "
        "&lsquo;Beantwoorden&rsquo; in de beveiligde omgeving.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.6pt; }"), _truth(issue, home, members, since, names)


_PURPOSES31 = ("de pensioenuitvoerder", "de woningcorporatie", "de notaris", "de zorgverzekeraar")


def brp_uittreksel_samenwoning_gezamenlijk_sinds(c: Ctx):
    """Fresh31. A municipality's "Uittreksel BRP t.b.v. samenwoning" that a couple asks for as proof of living together (a pension fund's
    or a corporation's demand): a sentence states since when the first two residents are registered "gezamenlijk" at the address (the
    later of their two days: it is a real day of the extract, but the registration days per person are in the table), "Verstrekt ten
    behoeve van" the purpose, the leges' receipt number and the "Geldig voor" note as decoys; every resident in the ruled table with
    "Geboren", BSN and "Datum vestiging op adres"; "Dagtekening" the issue date. A household of one gets the plain extract's sentence."""
    c.font_of(c.pick(("Liberation Serif", "Caladea"), ("DejaVu Serif", "FreeSerif")))
    c.restyle17(dates=("long", "dash", "long_pad", "dot_pad"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "reversed", "first")
    names = [m.name(form) for m in members]
    nw = "white-space:nowrap"
    official = c.person(born=(1960, 1995))
    purpose = c.rng.choice(_PURPOSES31)
    if len(members) >= 2:
        together = max(since[0], since[1])
        claim = (f"<p>De burgemeester van de gemeente {e(home.municipality)} verklaart dat uit de Basisregistratie Personen blijkt dat "
                 f"<b>{e(names[0])}</b> en <b>{e(names[1])}</b> sinds <span style='{nw}'>{e(values.date_text(together, 'long'))}</span> "
                 "gezamenlijk op het hierna genoemde adres staan ingeschreven.</p>")
    else:
        claim = (f"<p>De burgemeester van de gemeente {e(home.municipality)} verklaart dat op het hierna genoemde adres in de Basisregistratie "
                 "Personen één persoon staat ingeschreven; van samenwoning blijkt niet uit de registratie.</p>")
    rows = "".join(f"<tr><td>{e(n)}</td><td style='{nw}'>{c.d(m.birth_date)}</td><td style='{nw}'>{e(values.bsn_text(m.bsn, c.pick(0, 1)))}</td>"
                   f"<td style='{nw}'>{c.d(s)}</td></tr>" for m, n, s in zip(members, names, since))
    body = (
        f"<div style='text-align:center;border-bottom:1.4px solid #333;padding-bottom:2mm'><span class='logo' style='font-size:16pt'>"
        f"GEMEENTE {e(home.municipality.upper())}</span><br><span class='small'>Publiekszaken &middot; Burgerzaken</span></div>"
        "<h1 style='text-align:center;font-size:14.5pt;margin-top:6mm'>Uittreksel Basisregistratie Personen<br>"
        "<span style='font-size:11pt;font-weight:normal'>ten behoeve van samenwoning</span></h1>"
        + claim
        + kv([("Adres", f"{e(home.street)} {e(home.house_number_text)}"),
              ("Postcode en woonplaats", f"{e(values.postcode_text(home.postcode, True))} {e(home.city)}"),
              ("Verstrekt ten behoeve van", e(purpose))], label_width="52mm")
        + "<table class='ruled' style='width:100%;margin-top:4mm;font-size:9.4pt'><tr><th>Naam</th><th>Geboren</th><th>BSN</th>"
        f"<th>Datum vestiging op adres</th></tr>{rows}</table>"
        "<p class='small' style='margin-top:3mm'>Dit uittreksel geeft de stand van de registratie weer op de dagtekening. De meeste instanties "
        "accepteren een uittreksel dat niet ouder is dan drie maanden.</p>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>{kv([('Dagtekening', f'<span style={chr(39)}{nw}{chr(39)}>{c.d(issue)}</span>'), ('Kwitantie leges', f'nr. {c.rng.randint(100000, 999999)}')], label_width='36mm')}</td>"
        f"<td class='right'>{seal(['GEMEENTE', home.municipality.upper(), 'BURGERZAKEN'], colour='#28406b', size='27mm')}</td></tr></table>"
        f"<p>De ambtenaar burgerzaken,<br><br>{e(official.name('initials'))}</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 10pt; }"), _truth(issue, home, members, since, names)


# --- fresh32 split ---------------------------------------------------------------------------

_FR_NATIONALITY32 = {"nl": "néerlandaise", "ma": "marocaine", "tr": "turque", "sr": "surinamaise", "an": "néerlandaise", "pl": "polonaise",
                     "sy": "syrienne", "er": "érythréenne", "so": "somalienne", "cn": "chinoise", "id": "néerlandaise", "cv": "cap-verdienne",
                     "gh": "ghanéenne", "af": "afghane"}  # fmt: skip
_FR_PURPOSES32 = ("Présentation au consulat général du Royaume du Maroc", "Présentation à une mairie en France (état civil)",
                  "Présentation à une administration belge", "Dossier de regroupement familial", "Présentation à une caisse de retraite française")


def brp_extrait_registre_francais_usage_international(c: Ctx):
    """Fresh32. The extract in French that a municipality issues for use abroad ("Extrait du registre des personnes", one of the languages
    besides English and German some municipalities offer): "Royaume des Pays-Bas", "Commune de ..." (the municipality), the burgomaster's
    certifying sentence, "Adresse" and "Code postal et localité", every resident in a ruled table ("Nom et prénoms", "Date de naissance",
    "Lieu de naissance", "Nationalité", "Numéro de service citoyen (BSN)", "Date d'établissement à l'adresse"); the day of the request, the
    destination, the fee as "17,35 EUR" and the extract's number as decoys; "Date de délivrance" and "Fait à ..., le ..." the issue date in
    numeric French dates, a seal."""
    c.font_of(c.pick(("Liberation Serif", "DejaVu Serif"), ("Caladea", "FreeSerif")))
    c.restyle17(dates=("slash", "dot_pad"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("all", "upper_reversed", "reversed")
    names = [m.name(form) for m in members]
    nw = "white-space:nowrap"
    requested = issue - dt.timedelta(days=c.rng.randint(1, 12))
    fee = values.amount(c.pick(16.30, 17.35, 18.10, 15.75))
    official = c.person(born=(1962, 1996))
    rows = "".join(
        f"<tr><td>{i + 1}</td><td style='{nw}'><b>{e(n)}</b></td><td style='{nw}'>{c.d(m.birth_date)}</td><td>{e(_birthplace(c, m))}<br>"
        f"<span class='small'>{e(_FR_NATIONALITY32.get(people.origin_of(m), 'néerlandaise'))}</span></td><td style='{nw}'>{e(values.bsn_text(m.bsn, c.pick(0, 2)))}</td>"
        f"<td style='{nw}'>{c.d(s)}</td></tr>" for i, (m, n, s) in enumerate(zip(members, names, since)))
    body = (
        "<table style='width:100%'><tr><td><span class='small' style='letter-spacing:1.5px'>ROYAUME DES PAYS-BAS</span><br>"
        f"<span class='logo' style='font-size:15pt'>Commune de {e(home.municipality)}</span><br><span class='small'>Gemeente {e(home.municipality)} "
        f"&middot; Service de la population (Burgerzaken)</span></td><td class='right small'>Extrait n&deg; {issue.year}/{c.rng.randint(10000, 99999)}</td></tr></table>"
        "<h1 style='text-align:center;font-size:15pt;margin-top:7mm;letter-spacing:0.5px'>EXTRAIT DU REGISTRE DES PERSONNES</h1>"
        "<p style='text-align:center;margin-top:0' class='small'>Basisregistratie Personen (BRP) &mdash; extrait international en langue fran&ccedil;aise</p>"
        f"<p style='margin-top:5mm'>Le bourgmestre de la commune de {e(home.municipality)} certifie que, selon le registre des personnes "
        "(Basisregistratie Personen), les personnes mentionnées ci-dessous sont inscrites à l'adresse suivante&nbsp;:</p>"
        + kv([("Adresse", f"{e(home.street)} {e(home.house_number_text)}"),
              ("Code postal et localité", f"{e(values.postcode_text(home.postcode, c.rng.random() < 0.6))} {e(home.city)}"),
              ("Pays", "Pays-Bas")], label_width="50mm")
        + "<table class='ruled' style='width:100%;margin-top:4mm;font-size:8.4pt'><tr><th>N&deg;</th><th>Nom et prénoms</th><th>Date de naissance</th>"
        "<th>Lieu de naissance<br>Nationalité</th><th>Numéro de service citoyen (BSN)</th><th>Date d'établissement à l'adresse</th></tr>"
        f"{rows}</table>"
        + "<div style='margin-top:5mm'>"
        + kv([("Date de la demande", f"<span style='{nw}'>{e(values.date_text(requested, 'slash'))}</span>"),
              ("Destination", e(c.rng.choice(_FR_PURPOSES32))),
              ("Droits perçus", f"<span style='{nw}'>{e(values.amount_text(fee, 'EUR_after'))}</span>"),
              ("Date de délivrance", f"<b style='{nw}'>{c.d(issue)}</b>")], label_width="50mm")
        + "</div>"
        f"<table style='width:100%;margin-top:6mm'><tr><td>Fait à {e(home.city)}, le <span style='{nw}'>{c.d(issue)}</span><br><br>"
        f"Pour le bourgmestre,<br>l'agent de la population,<br><br><i>{e(official.name('initials'))}</i></td>"
        f"<td class='right'>{seal(['COMMUNE DE', home.municipality.upper(), 'PAYS-BAS'], colour='#3b3b7a', size='28mm')}</td></tr></table>"
        "<p class='small' style='margin-top:6mm;border-top:0.6px solid #777;padding-top:1.5mm'>Le présent extrait reproduit les données du registre à la "
        "date de délivrance. Il est délivré sans rature ni surcharge. Les noms et lieux sont reproduits tels qu'ils figurent au registre.</p>"
    )  # fmt: skip
    return page(c, body, "body { font-size: 9.8pt; }"), _truth(issue, home, members, since, names)


_FORM_CODES32 = ("BZ-07", "PZ 112", "BRP-U3", "KCC 04", "Pub. 19")
_LABEL_FACES32 = ("DejaVu Sans Mono", "Liberation Mono", "FreeMono")


def brp_balieformulier_etiketten_datumstempel(c: Ctx):
    """Fresh32. A small municipality's pre-printed counter form "Uittreksel uit de Basisregistratie Personen" on tinted paper whose boxes the
    clerk did not type in: the desk's label printer printed the address and one label per resident (the name in capitals, "GEB." the birth
    date, the BSN, "ADRES SINDS" the date of settling) and the labels were stuck on a little askew; the box "Datum afgifte" holds a violet
    rubber date stamp ("05 MRT 2026") the issue date; the fee's label with the till and the receipt number, the form's model number with its
    printing date ("Model BZ-07 (03/2019)") and an empty label space struck through as decoys; the clerk's initials in ink."""
    c.font_of(c.pick(("Liberation Sans", "DejaVu Sans"), ("Carlito", "FreeSans")))
    c.restyle17(dates=("mon_upper", "dash_mon_upper"), amounts=("euro",))
    issue, home, members, since = _setup(c)
    form = c.pick("upper_reversed", "upper")
    names = [m.name(form) for m in members]
    label_font = c.rng.choice(_LABEL_FACES32)
    inner = c.pick("dash", "dot_pad")
    code = c.rng.choice(_FORM_CODES32)
    printed = dt.date(c.rng.randint(2016, 2022), c.rng.randint(1, 12), 1)
    fee = values.amount(c.pick(14.20, 15.40, 16.05, 13.95))
    tint = c.pick("#eef6ee", "#f3f0e2", "#eaf0f7")
    accent = c.pick("#2f6b3a", "#7a5a1c", "#23497a")

    def label(lines: list[str], turn: float) -> str:
        return (f"<div style='display:inline-block;background:#fff;border:0.5px solid #c9c9c9;border-radius:1.2mm;padding:1.6mm 3mm;margin:1.4mm 0;"
                f"box-shadow:0.5mm 0.5mm 0.8mm rgba(0,0,0,0.18);transform:rotate({turn:.1f}deg);font-family:\"{label_font}\", monospace;font-size:8.6pt;"
                f"line-height:1.3;white-space:nowrap'>{'<br>'.join(lines)}</div>")

    address = label([e(f"{home.street} {home.house_number_text}"), e(f"{values.postcode_text(home.postcode, True)}  {home.city}")],
                    c.rng.uniform(-1.2, 1.2))
    persons = "".join(
        "<div>" + label([f"<b>{e(n)}</b>", f"GEB. {e(values.date_text(m.birth_date, inner))} &nbsp; BSN {e(m.bsn)}",
                         f"ADRES SINDS {e(values.date_text(s, inner))}"], c.rng.uniform(-1.5, 1.5)) + "</div>"
        for m, n, s in zip(members, names, since))
    empty = ("<div style='border:0.8px dashed #999;height:12mm;width:86mm;margin-top:1.5mm;position:relative'><div style='position:absolute;left:0;"
             "right:0;top:6mm;border-top:1px solid #555;transform:rotate(-6deg)'></div></div>")
    box = lambda title, inside: (f"<div style='border:1px solid {accent};margin-top:3.5mm'><div style='background:{accent};color:#fff;padding:0.8mm 2.5mm;"  # noqa: E731
                                 f"font-size:8.8pt;font-weight:bold'>{e(title)}</div><div style='padding:2mm 3mm'>{inside}</div></div>")
    date_stamp = (f"<span style='display:inline-block;border:2px solid #6a2c8c;color:#6a2c8c;padding:1mm 3mm;font-family:\"DejaVu Sans Mono\", monospace;"
                  f"font-weight:bold;font-size:11pt;transform:rotate({c.rng.uniform(-5, 3):.1f}deg);letter-spacing:0.6px'>{c.d(issue)}</span>")
    till = label([f"LEGES UITTREKSEL BRP &nbsp; {e(values.amount_text(fee, 'euro'))}", f"KASSA {c.rng.randint(1, 4)} &nbsp; BON {c.rng.randint(1, 9999):06d}"],
                 c.rng.uniform(-2, 2))
    body = (
        f"<table style='width:100%'><tr><td><span class='logo' style='font-size:16pt;color:{accent}'>Gemeente {e(home.municipality)}</span><br>"
        "<span class='small'>Publiekszaken</span></td><td class='right small'>Voor afgifte aan de balie</td></tr></table>"
        "<h1 style='font-size:14pt;margin-top:5mm'>Uittreksel uit de Basisregistratie Personen</h1>"
        "<p class='small' style='margin-top:0'>Op dit formulier staan de gegevens zoals die op de dag van afgifte in de Basisregistratie Personen "
        "zijn opgenomen. Etiketten worden aangebracht door de medewerker; niet gebruikte vakken doorhalen.</p>"
        + box("1. Adres", address)
        + box("2. Op dit adres ingeschreven personen", persons + empty)
        + box("3. Afgifte", "<table style='width:100%'><tr>"
              f"<td style='width:45%'><span class='small'>Datum afgifte</span><br>{date_stamp}</td>"
              f"<td style='width:25%'><span class='small'>Paraaf ambtenaar</span><br><span style='font-family:\"Comic Neue\", cursive;font-style:italic;"
              f"color:#1b2a7a;font-size:14pt'>{e(''.join(p[0] for p in c.person().given))}{e(c.person().surname[:2].lower())}</span></td>"
              f"<td><span class='small'>Leges</span><br>{till}</td></tr></table>")
        + f"<p class='small' style='margin-top:6mm;color:#555'>Model {e(code)} ({printed.month:02d}/{printed.year}) &middot; Gemeente {e(home.municipality)}</p>"
    )  # fmt: skip
    return page(c, body, f"body {{ font-size: 9.8pt; background: {tint}; }} @page {{ background: {tint}; }}"), _truth(issue, home, members, since, names)


LAYOUTS = {f.__name__: f for f in (municipal_blocks, persons_table, gezinsuittreksel, address_history,
                                   prose_declaration, mijnoverheid_print, split_name_grid,
                                   brp_element_codes, brp_persons_columns, brp_labels_under,
                                   brp_mainframe_caps, brp_cover_letter_page2,
                                   brp_verklaring_inschrijving, brp_historic_extract, brp_eloket_download,
                                   brp_gegevens_persoon_stacked, brp_household_landscape, brp_bilingual_expat,
                                   brp_kopie_vorige_bewoners, brp_blad_vervolg_two_page, brp_systeemregels_compact,
                                   brp_zelfservicezuil_qr, brp_a5_balie_afschrift,
                                   brp_english_certificate_seal, brp_apostille_two_page,
                                   brp_fries_tweetalig, brp_waardepapier_guilloche,
                                   brp_markeerstift_geeltje, brp_twee_huishoudens_gegroepeerd,
                                   brp_twee_op_een_liggend, brp_gemeente_mail_platte_tekst,
                                   brp_actueel_historie_kolommen, brp_kwitantie_leges_strook,
                                   brp_digitaal_uittreksel_echtheidscode, brp_bewoningsoverzicht_vertrokken,
                                   brp_kleine_gemeente_tekstverwerker_stempel, brp_certificate_of_registration_embassy,
                                   brp_bewoning_tijdlijn_balken, brp_zijbalk_kaarten_twee_kolommen,
                                   brp_verklaring_burgemeester_ordinale_zinnen, brp_download_kleinkapitaal_raster,
                                   brp_baliesysteem_mono_onderzoeksvlag, brp_gemeente_app_telefoonscherm,
                                   brp_werkorganisatie_gemeenschappelijke_dienst, brp_samenstelling_huishouden_relatiekolom,
                                   brp_verhuisbevestiging_nieuwe_bewoners, brp_bewindvoerder_doorgestuurd_ontvangststempel,
                                   brp_grensgemeente_tweetalig_duits, brp_briefadres_aantekening_secties,
                                   brp_woonboot_ligplaats_aanduiding, brp_meertalig_modelformulier_eu,
                                   brp_notaris_verstrekking_dossierkenmerk, brp_nationaliteit_verblijfstitel_kolommen,
                                   brp_gezag_minderjarigen_aantekening, brp_herindeling_straatnaamwijziging,
                                   brp_verstrekkingsbeperking_geheimhouding, brp_bag_verblijfsobject_identificatie,
                                   brp_gecorrigeerd_na_adresonderzoek, brp_protocollering_verstrekkingen,
                                   brp_aanvraag_en_afgifte_formulier, brp_burgerlijke_staat_huwelijkshistorie,
                                   brp_medebewoners_zonder_bsn, brp_leeswijzer_voorbeeld_kolom,
                                   brp_vertrek_aangekondigd_aantekening, brp_gezin_kinderen_elders_woonachtig,
                                   brp_datum_opneming_naast_aanvang, brp_oekraiense_ontheemden_gastgezin_tweetalig,
                                   brp_gezinsboom_schema_bewoners, brp_pand_doorsnede_meerdere_adressen,
                                   brp_faxkopie_kopregel_verzendrapport, brp_antwoordbrief_gegevens_in_slottabel,
                                   brp_zivver_beveiligd_bericht_burgerzaken, brp_uittreksel_samenwoning_gezamenlijk_sinds,
                                   brp_extrait_registre_francais_usage_international, brp_balieformulier_etiketten_datumstempel)}  # fmt: skip
HELDOUT = {"split_name_grid"}
FRESH = {"brp_element_codes", "brp_persons_columns", "brp_labels_under"}
"""Layouts of the fresh split only: written later, by an author who never saw the reader, and shown to it first there."""
FRESH2 = {"brp_mainframe_caps", "brp_cover_letter_page2"}
"""Layouts of the fresh2 split only: a second first-contact set, by another author who never saw the reader."""
FRESH3 = {"brp_verklaring_inschrijving", "brp_historic_extract", "brp_eloket_download"}
"""Layouts of the fresh3 split only: a third first-contact set, by yet another author who never saw the reader."""
FRESH4 = {"brp_gegevens_persoon_stacked", "brp_household_landscape", "brp_bilingual_expat"}
"""Layouts of the fresh4 split only: a fourth first-contact set, by another author who never saw the reader."""
FRESH5 = {"brp_kopie_vorige_bewoners", "brp_blad_vervolg_two_page", "brp_systeemregels_compact"}
"""Layouts of the fresh5 split only: a fifth first-contact set, by another author who never saw the reader."""
FRESH6 = {"brp_zelfservicezuil_qr", "brp_a5_balie_afschrift"}
"""Layouts of the fresh6 split only: a sixth first-contact set, by another author who never saw the reader."""
FRESH7 = {"brp_english_certificate_seal", "brp_apostille_two_page"}
"""Layouts of the fresh7 split only: a seventh first-contact set, by another author who never saw the reader."""
FRESH8 = {"brp_fries_tweetalig", "brp_waardepapier_guilloche"}
"""Layouts of the fresh8 split only: an eighth first-contact set, by another author who never saw the reader."""
FRESH9 = {"brp_markeerstift_geeltje", "brp_twee_huishoudens_gegroepeerd"}
"""Layouts of the fresh9 split only: a ninth first-contact set, by another author who never saw the reader."""
FRESH10 = {"brp_twee_op_een_liggend", "brp_gemeente_mail_platte_tekst"}
"""Layouts of the fresh10 split only: a tenth first-contact set, by another author who never saw the reader."""
FRESH11 = {"brp_actueel_historie_kolommen", "brp_kwitantie_leges_strook"}
"""Layouts of the fresh11 split only: an eleventh first-contact set, by another author who never saw the reader."""
FRESH12 = {"brp_digitaal_uittreksel_echtheidscode", "brp_bewoningsoverzicht_vertrokken"}
"""Layouts of the fresh12 split only: a twelfth first-contact set, by another author who never saw the reader."""
FRESH13 = {"brp_kleine_gemeente_tekstverwerker_stempel", "brp_certificate_of_registration_embassy"}
"""Layouts of the fresh13 split only: a thirteenth first-contact set, by another author who never saw the reader."""
FRESH14 = {"brp_bewoning_tijdlijn_balken", "brp_zijbalk_kaarten_twee_kolommen"}
"""Layouts of the fresh14 split only: a fourteenth first-contact set, by another author who never saw the reader."""
FRESH15 = {"brp_verklaring_burgemeester_ordinale_zinnen", "brp_download_kleinkapitaal_raster"}
"""Layouts of the fresh15 split only: a fifteenth first-contact set, by another author who never saw the reader."""
FRESH16 = {"brp_baliesysteem_mono_onderzoeksvlag", "brp_gemeente_app_telefoonscherm"}
"""Layouts of the fresh16 split only: a sixteenth first-contact set, by another author who never saw the reader."""
FRESH17 = {"brp_werkorganisatie_gemeenschappelijke_dienst", "brp_samenstelling_huishouden_relatiekolom"}
"""Layouts of the fresh17 split only: a seventeenth first-contact set, by another author who never saw the reader."""
FRESH18 = {"brp_verhuisbevestiging_nieuwe_bewoners", "brp_bewindvoerder_doorgestuurd_ontvangststempel"}
"""Layouts of the fresh18 split only: an eighteenth first-contact set, by another author who never saw the reader."""
FRESH19 = {"brp_grensgemeente_tweetalig_duits", "brp_briefadres_aantekening_secties"}
"""Layouts of the fresh19 split only: a nineteenth first-contact set, by another author who never saw the reader."""
FRESH20 = {"brp_woonboot_ligplaats_aanduiding", "brp_meertalig_modelformulier_eu"}
"""Layouts of the fresh20 split only: a twentieth first-contact set, by another author who never saw the reader."""
FRESH21 = {"brp_notaris_verstrekking_dossierkenmerk", "brp_nationaliteit_verblijfstitel_kolommen"}
"""Layouts of the fresh21 split only: a twenty-first first-contact set, by another author who never saw the reader."""
FRESH22 = {"brp_gezag_minderjarigen_aantekening", "brp_herindeling_straatnaamwijziging"}
"""Layouts of the fresh22 split only: a twenty-second first-contact set, by another author who never saw the reader."""
FRESH23 = {"brp_verstrekkingsbeperking_geheimhouding", "brp_bag_verblijfsobject_identificatie"}
"""Layouts of the fresh23 split only: a twenty-third first-contact set, by another author who never saw the reader."""
FRESH24 = {"brp_gecorrigeerd_na_adresonderzoek", "brp_protocollering_verstrekkingen"}
"""Layouts of the fresh24 split only: a twenty-fourth first-contact set, by another author who never saw the reader."""
FRESH25 = {"brp_aanvraag_en_afgifte_formulier", "brp_burgerlijke_staat_huwelijkshistorie"}
"""Layouts of the fresh25 split only: a twenty-fifth first-contact set, by another author who never saw the reader."""
FRESH26 = {"brp_medebewoners_zonder_bsn", "brp_leeswijzer_voorbeeld_kolom"}
"""Layouts of the fresh26 split only: a twenty-sixth first-contact set, by another author who never saw the reader."""
FRESH27 = {"brp_vertrek_aangekondigd_aantekening", "brp_gezin_kinderen_elders_woonachtig"}
"""Layouts of the fresh27 split only: a twenty-seventh first-contact set, by another author who never saw the reader."""
FRESH28 = {"brp_datum_opneming_naast_aanvang", "brp_oekraiense_ontheemden_gastgezin_tweetalig"}
"""Layouts of the fresh28 split only: a twenty-eighth first-contact set, by another author who never saw the reader."""
FRESH29 = {"brp_gezinsboom_schema_bewoners", "brp_pand_doorsnede_meerdere_adressen"}
"""Layouts of the fresh29 split only: a twenty-ninth first-contact set, by another author who never saw the reader."""
FRESH30 = {"brp_faxkopie_kopregel_verzendrapport", "brp_antwoordbrief_gegevens_in_slottabel"}
"""Layouts of the fresh30 split only: a thirtieth first-contact set, by another author who never saw the reader."""
FRESH31 = {"brp_zivver_beveiligd_bericht_burgerzaken", "brp_uittreksel_samenwoning_gezamenlijk_sinds"}
"""Layouts of the fresh31 split only: a thirty-first first-contact set, by another author who never saw the reader."""
FRESH32 = {"brp_extrait_registre_francais_usage_international", "brp_balieformulier_etiketten_datumstempel"}
"""Layouts of the fresh32 split only: a thirty-second first-contact set, by another author who never saw the reader."""
