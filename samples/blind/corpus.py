"""Write a blind corpus: every layout of a split, rendered, each sample beside its truth.

    <out>/<doc_type>/<layout>-<rendering>-<i>.pdf|.tif|.png|.jpg
    <out>/<doc_type>/<layout>-<rendering>-<i>.expected.json
    <out>/batch/batch-<i>.pdf  (+ .expected.json)

The expected JSON is the format of `samples.generator.corpus` (CONTRACT.md §3 without
confidences and boxes): `{"file", "documents": [{"doc_type", "pages", "fields"}], "errors": []}`.

Splits: `dev` holds the layouts not held out, from the dev seed; `heldout` holds every
layout, the held-out ones included (at least one per type that `dev` never shows),
from other seeds; neither holds a `fresh` layout. `fresh` holds only the layouts of each
module's `FRESH` set (at least two per type), written later by an author who never saw
the reader, from a seed of its own: a first-contact measure of layouts nobody studied. `fresh2` is a
second such set (each module's `FRESH2`, by yet another author who never saw the reader),
held out of every other split, so a first contact can be measured again after `fresh` has
been studied. `fresh3` is a third (each module's `FRESH3`, by another author who never saw the
reader: ordinary documents as common issuers print them), held out of every other split too, so
a first contact can be measured once more after `fresh2` has been studied. `fresh4` is a fifth (each module's `FRESH4`,
by yet another author who never saw the reader: other issuers, other people's own papers, other page shapes), held
out of every other split, for a first contact after `fresh3` has been studied. `fresh5` is a sixth (each module's `FRESH5`, by yet another author who
never saw the reader: other page shapes again (a receipt, a phone screen, two-page prints with running heads), copies with
watermarks and stamps, e-mail printouts and system exports, forms filled in by hand), held out of every other split, for a
first contact after `fresh4` has been studied. `fresh6` is a seventh (each module's `FRESH6`, by yet another author who never saw
the reader: other issuers again (a kiosk's print with a QR code, a counter's A5, a bank's window envelope and a giro's tractor-feed
paper, a GP's prescription sheet, a payroll company's data tables, a municipal appointment decision, a landscape contract
initialled row by row), held out of every other split, for a first contact after `fresh5` has been studied. `fresh7` is an eighth
(each module's `FRESH7`, by yet another author who never saw the reader: documents made for or by other hands again (an English
certificate with a seal, an extract with a court's apostille behind it, a sworn translation, a plain-language letter, a savings
account and a year overview instead of a current account's month, a mental-health team's letter and a corporation's form with a
professional's part, a tear-off leaflet and a form signed by a representative, a typewriter's form and a contract with the
corporation's consent box, a Polish-Dutch temping contract and an Erasmus traineeship agreement), held out of every other split,
for a first contact after `fresh6` has been studied. `fresh8` is a ninth (each module's `FRESH8`, by yet another author who never
saw the reader: other page furniture and other hands again (a Frisian municipality's bilingual extract, an extract on security paper
with dot leaders, a statement's sum worked out under dotted leaders, a copier's two-pages-on-one, a bank's signed declaration and two
phone screenshots printed side by side, a refugee organisation's letter made with an interpreter, a form in comb boxes, a Dutch-Turkish
form and a counter's intake report, a contract with annexes and one printed with its tracked changes, a seafarer's employment
agreement and a contract in Dutch and English columns), held out of every other split, for a first contact after `fresh7` has been
studied. `fresh9` is a tenth (each module's `FRESH9`, by yet another author who never saw the reader: papers as they come back
from the tenant's own hands and other systems again (an extract with a highlighter's marks and a sticky note, an extract of an
address with two households, a bank's mortgage summary that copies the income statement and a large-print statement, a CSV
opened in a spreadsheet and a statement with the amounts blacked out, a weekly care schedule and a Flemish GP's attest, a PDF
form filled in on screen and a long app screenshot, a contract whose parties stand only in the signature table and one with a
service-costs table, a German fixed-term contract and an island hotel's season contract), held out of every other split, for a
first contact after `fresh8` has been studied. `fresh10` is an eleventh (each module's `FRESH10`, by yet another author who never
saw the reader: papers as other channels pass them on (an extract printed two pages to a sheet and one pasted into the
municipality's mail, the income statement as a housing portal fetched it and in a browser's PDF viewer, a neobank's
bilingual statement and a statement pasted under the tenant's mail, a deacon's handwritten declaration and a palliative
nurse's mail, a WhatsApp chat with the corporation and a paper form with crossed-out corrections, a platform's confirmation
mail with its thread and a contract with an e-signing audit trail, an agency's placement confirmation and a Flemish
fixed-term contract), held out of every other split, for a first contact after `fresh9` has been studied. `fresh11` is a twelfth
(each module's `FRESH11`, by yet another author who never saw the reader: other issuers and other page furniture again (an
extract with historic columns and one with the fee's receipt below a cut line, an accountant's covering letter before the
income statement and the tax app in dark mode, a browser's transaction overview with a running balance under a cookie banner
and a statement with an inserting machine's marks, a district team's PDF form with radio buttons and a neighbour-help
statement in bullets, a handwritten postcard and a web form with a copied identity card, a contract typed as a plain text
file and one with a floor plan, a contract of work in a private home and a social firm's contract in easy Dutch with
pictograms), held out of every other split, for a first contact after `fresh10` has been studied. `fresh12` is a thirteenth
(each module's `FRESH12`, by yet another author who never saw the reader: other issuers and other page furniture again (a
digitally signed extract with a verification code and a municipality's occupancy overview with departed occupants, a debt
counsellor's fax before the income statement and a certified copy with a counter's stamp, a camt.053 XML file printed from a
browser and a bank's monthly overview by spending category, a district nurse's declaration with a Zvw and Wlz note and a table
of care tasks with hours per week, an e-mail answering the corporation's questions inline and a paper form with a checklist of
enclosures, room agreements as questions and answers and a tenants' union's model with margin notes, an allonge extending a
contract and a summer job contract with a parent's signature), held out of every other split, for a first contact after
`fresh11` has been studied. `fresh13` is a fourteenth (each module's `FRESH13`, by yet another author who never saw the
reader: other issuers and other page furniture again (a small municipality's extract typed in a word processor with a stamp
and a certificate of registration in English for an embassy, the income statement printed from a phone's browser with its
address bar and one pasted askew into a corporation's intake sheet, a Turkish bank's Dutch branch's bilingual statement and a
statement printed from a PDF viewer with bookmarks and search hits, a school care coordinator's declaration on a young carer and
a GP nurse's scan with Ja/Nee/Soms columns, a letter by the tenant's child on a parent's behalf and a form filled in by two
hands, a contract website's template with placeholders partly filled and a contract with the corporation's consent stamp, a
cleaning company's zero-hours contract and a water board's confirmation letter), held out of every other split, for a first
contact after `fresh12` has been studied. `fresh14` is a fifteenth (each module's `FRESH14`, by yet another author who never
saw the reader: a municipality's extract drawn as a timeline of residence and one on letter paper with a coloured side band and
the residents as cards in two columns, the income statement sent as a photo in a corporation's WhatsApp chat and the IB 60 with
a barcode, a column of bare figures and a tear-off slip, a bank's year-end balance statement for the tax return and its letter
confirming a joint account, a hospital social worker's declaration with a patient label and a care farm's declaration with a
week table, a word processor's form with content controls and a paper form with routing ("ga naar vraag"), a room in a family
home with the family's house rules and a sublet contract with a payment schedule, a municipality's contract under the Cao
Gemeenten and an employer's statement laid out as a payslip), held out of every other split, for a first contact after
`fresh13` has been studied. `fresh15` is a sixteenth (each module's `FRESH15`, by yet another author who never saw the reader:
a municipality's declaration of registration in numbered sentences of prose with ordinal dates and a portal's download with
small-capital labels in a four-column grid, an IB 60 with the year in words and a right-aligned column of sums and one copied
flat from its window envelope with the creases, a quarterly overview naming an authorised person among the holders and a
statement with a sidebar summary, an occupational therapist's home-visit report and a respite-care house's letter, an office
tablet's summary with a drawn signature and a paper form with a calendar strip of months, a room contract with the parties in
a table and a numbered list and one drawn up by a letting agency, a central-government agency's appointment letter with scale
and step and a public-transport company's contract with a training period and a depot), held out of every other split, for a
first contact after `fresh14` has been studied. `fresh16` is a seventeenth (each module's `FRESH16`, by yet another author who never saw
the reader: a municipal desk application's monospaced print with dotted leaders and "in onderzoek" flags and a municipality's app
screenshot in a phone's frame, an IB 60 saved by a phone's scanning app and one copied with a safe-copy app that covers the BSN, a
statement with the deposit guarantee scheme's information sheet and internet banking's list with the holders only in the running head
and "Cr"/"Db" balances, a care file's report sheet written by nurses and an occupational health service's letter on care leave, a
back-office form answered in codes and a prison's or a clinic's social worker writing on the tenant's behalf, a foundation's three-party
room agreement and a room contract opening with a key-facts box, the Ministry of Defence's declaration of a deployment and a temping
agency's phase B contract), held out of every other split, for a first contact after `fresh15` has been studied. `fresh17` is an eighteenth
(each module's `FRESH17`, by yet another author who never saw the reader: an extract from a shared service organisation that runs civil
affairs for several municipalities and a "samenstelling huishouden" extract with each resident in two rows and a relation column, a
corporation's portal previewing an uploaded IB 60 and an IB 60 naming the assessment it rests on, a transaction overview grouped by day
with closing balances and a quarterly statement with "Hr ... e/o Mw ..." as its holders, a MEE client support worker's statement in
question blocks and a children's hospital paediatrician's letter, a customer-contact system's note of a telephone request and a form
builder's one-question-at-a-time print, a Dutch-Ukrainian room agreement and a room contract whose values stand in an appendix of codes,
an EU institution's contract agent's contract and a three-party internship agreement abroad), held out of every other split, for a first
contact after `fresh16` has been studied. `fresh18` is a nineteenth (each module's `FRESH18`, by yet another author who never saw
the reader: a municipality's confirmation of a move into an occupied address and an extract forwarded by a budget administrator with
a received stamp, an IB 60 under a corporation's income-check stamp and an IB 60 printed with a PDF viewer's signature panel, a
budgeting app's export of a joint account and a sustainable bank's statement with an impact column, a VPTZ coordinator's statement on
night watches and a revalidation centre's ALS team's letter, a faxed request with a fax header line and a Dutch-Polish form, a sublet
agreement in the style of a deed and a room contract with the point count for the maximum rent, an employer's letter of intent and a
contract with an employer in the Caribbean Netherlands), held out of every other split, for a first contact after `fresh17` has been
studied. `fresh19` is a twentieth (each module's `FRESH19`, by yet another author who never saw the reader: an extract of a municipality
on the German border with Dutch and German labels and an extract in sections that also lists someone with only a postal address there,
an IB 60 with a language buddy's Arabic notes in the margin and an IB 60 page printed by someone authorised through DigiD Machtigen, a
statement a budget coach went over with a pen and a tablet banking app's split view, a dialysis centre's statement on home dialysis and
a large-print letter from a centre for the blind and partially sighted, a Dutch-Arabic form and a chatbot conversation with quick-reply
buttons, a German-Dutch room contract and a furnished-room contract with an inventory list, a Dutch-Papiamentu contract with an employer
on Curaçao and a contract for an embassy's locally engaged staff), held out of every other split, for a first contact after `fresh18`
has been studied. `fresh20` is a twenty-first (each module's `FRESH20`, by yet another author who never saw the reader: an extract of
the residents of a houseboat's mooring with the address "t/o" and an extract with the EU's multilingual standard form in four languages,
an IB 60 of Kantoor Buitenland for someone who lived abroad and an IB 60 sent to a postal address at a shelter with its post-room stamp,
a duplicate statement with a branch's "DUPLICAAT" stamp and a statement in large print, a memory clinic's letter after a diagnosis of
dementia and the last page of a care provider's support plan, a service member's letter with the commander's "voor gezien" stamp and a
tenants' association's model letter filled in, a room agreement for intergenerational living and a room contract checked by a student
union's legal desk with footnotes, a contract for a doctor in specialist training with a training schedule and a theatre company's
contract for one production with its tour list), held out of every other split, for a first contact after `fresh19` has been studied.
`fresh21` is a twenty-second (each module's `FRESH21`, by yet another author who never saw the reader: a municipality's letter supplying
the residents of an address to a notary and a landscape extract with nationality and residence title, an IB 60 out of a lawyer's file
with its exhibit tab and an IB 60 with a letting officer's pencil sums in the margin, the last statement of a closed joint account and a
statement while the banks' switching service runs, a Parkinson nurse specialist's letter with the medication times and a care group's
confirmation of a nursing home's waiting list, a budget administrator's letter on behalf of a tenant and a paper form with the
corporation's internal block filled in, a Dutch-Spanish room contract and a room contract whose rent is shared out by floor area, an
offshore crewing company's rotation contract and a football club's player contract with an option year), held out of every other split,
for a first contact after `fresh20` has been studied.
`fresh22` is a twenty-third (each module's `FRESH22`, by yet another author who never saw the reader: an extract with the custody
data of the minor residents and an extract of a merged municipality whose street was renamed, the income page translated into English by
the browser and an IB 60 that sets the drempelinkomen beside the verzamelinkomen, a RegioBank statement with the local adviser's office and
the yearly statement of fees of a payment account, a youth-care family counsellor's statement and an out-of-hours GP service's statement
with its night contacts, a student housing provider's form for a temporary resident and a building's combined notice of absence with the
keys and access, a hospita's contract with a weekly rent converted to a month and a fixed-term room contract with its notice window, the
police's appointment of an aspirant and an airline's cabin crew contract with its home base), held out of every other split, for a first
contact after `fresh21` has been studied.
`fresh23` is a twenty-fourth (each module's `FRESH23`, by yet another author who never saw the reader: an extract of an address where one
resident restricted disclosure to third parties and an extract beside the address's BAG entry, an IB 60 made from the return before the
assessment and an IB 60 of a self-employed person with the specification of the profit, an SNS or ASN statement that prints every direct
debit in full and an ABN AMRO overview with the cards on the account, a home-ventilation centre's letter and a brain-injury network's case
manager's form, a prison case manager's form for a detained tenant and a tenant's letter with the itinerary of a trip around the world, a
room contract with a table of the rent's development and a room contract with an inspection report, a regional ambulance service's
contract and a traineeship contract with its rotation schedule), held out of every other split, for a first contact after `fresh22` has
been studied.
`fresh24` is a twenty-fifth (each module's `FRESH24`, by yet another author who never saw the reader: a corrected extract after an
investigation of the address and an extract with the requester's record of supplies to other organisations, an IB 60 of a migration year
and an IB 60 after an additional assessment with the year's assessments in a table, a Knab statement with payments abroad in other
currencies and a bunq joint account's export with its members, a Veteranenloket social worker's statement and a declaration the person
cared for wrote by hand, a tenant's letter about trial cohabitation at the partner's home and a corporation's form in plain language with
pictograms, a room contract with the annex the Wet goed verhuurderschap requires and a room contract that opens with definitions, a
recognised sponsor's contract with a highly skilled migrant and a school board's contract for a teacher replacing a colleague on
maternity leave), held out of every other split, for a first contact after `fresh23` has been studied.
`fresh25` is a twenty-sixth (each module's `FRESH25`, by yet another author who never saw the reader: a small municipality's posted form
whose upper half the requester fills in by hand and whose lower half the clerk types as the extract and an extract with each resident's
civil status and former marriages, an IB 60 after box 3 was reduced on proof of the actual return and an IB 60 of a cross-border worker, a
PSD2 account information report shared for an income check and a quarterly statement with its bookings grouped by kind, a Wlz care office's
letter granting a full package at home that rests on a live-in carer and an international GP practice's statement in English, a
corporation's form for house-sitting during a clinical admission with the clinic's part and a retired tenant's large-print letter about
wintering in Spain, a contract subletting a cabin on a houseboat and a housing group's association subletting a unit to a member, a
humanitarian organisation's contract for a field post and a tour operator's season contract for a resort representative), held out of
every other split, for a first contact after `fresh24` has been studied.
`fresh26` is a twenty-seventh (each module's `FRESH26`, by yet another author who never saw the reader: an extract of the residents that
shows only the requester in full and the others without their BSNs and an extract beside a reading guide with an invented specimen, an
IB 60 whose footnotes name a former partner's alimony and an IB 60 of a director-major shareholder with the build-up per box, a bank's
reference letter in English and the top of a statement cut off and taped onto a sheet, the minutes of a multidisciplinary meeting with a
closing declaration and a GP's statement in the clipped abbreviations of a practice system, a request written by the house-sitter with the
tenant's consent and a hand-filled form whose conditions the tenant initials line by line, a sublease in English drawn up with recitals and
a room contract with a live-in carer, a British employer's written statement of particulars and an employer's welcome e-mail before the
first working day), held out of every other split, for a first contact after `fresh25` has been studied.
`fresh27` is a twenty-eighth (each module's `FRESH27`, by yet another author who never saw the reader: an extract on which one resident's
reported move to another address stands as an annotation and an extract that lists the main resident's grown children living elsewhere,
an IB 60 that lists the paying agencies with their loonheffingennummers and Mijn Belastingdienst's income page with the years as columns,
internet banking's page with every booking's details unfolded and a compact statement in two newspaper columns, a Dutch-Turkish declaration
of a welfare organisation for older migrants and a support centre's letter with the carer's pass to cut out, a tenant's request in English
and a landscape form with the tenant's request and the sitter's declaration side by side, a Dutch-Polish room contract with a labour migrant
and a main tenant's letter confirming the agreements signed "voor akkoord", an mbo school's education agreement and a Dutch-Romanian
seasonal contract in horticulture), held out of every other split, for a first contact after `fresh26` has been studied.
`fresh28` is a twenty-ninth (each module's `FRESH28`, by yet another author who never saw the reader: an extract that sets the day the
municipality entered each move beside the day of settling and a Dutch-Ukrainian extract of a host family's address with its displaced guests,
an IB 60 in plain language with a bar chart and an IB 60 with the fiscal partner in a column beside the taxpayer, internet banking's
calendar view of a month and a balance page with a line chart, a neighbourhood team's network map above its declaration and a GP practice's
nurse practitioner's message through secure mail, a tenants' magazine's coupon to cut out and an employer's letter asking on behalf of an
employee posted abroad, a room contract with the receipt for the deposit below a cut line and one whose parties stand in cards with their
identity documents, an HR self-service portal's page of the employment and a foreign university's letter of admission), held out of every
other split, for a first contact after `fresh27` has been studied.
`fresh29` is a thirtieth (each module's `FRESH29`, by yet another author who never saw the reader: an extract that draws the household as a
family tree and an extract of a small building's dwellings drawn as a cross-section, the IB 60 as its accessible text version prints it and
as a digital mailbox service shows the scanned envelope and letter, ING's overview of a payment and a savings account and a private bank's
quarterly wealth report, an epilepsy centre's table of supervision per part of the day and a student dean's declaration, a voicemail with
its automatic transcription and a Dutch-Portuguese form, a room contract on paper with line numbers and one an AI assistant wrote with its
markdown left in, a church council's letter of call to a minister and the Norwegian standard employment contract), held out of every other
split, for a first contact after `fresh28` has been studied.
`fresh30` is a thirty-first (each module's `FRESH30`, by yet another author who never saw the reader: an extract a municipality faxed to
a welfare organisation with the fax's header line and transmission report and a municipality's letter with the residents in a table at
its end, the IB 60 pasted into an e-mail printed from Outlook and photocopied on one sheet with the identity card, a bank's PDF export
with the amount in the first column and internet banking's search page with its filter chips, a district-nursing care plan's excerpt and
a pharmacy's medication schedule, a form filled in on a typewriter and one printed twice on a landscape sheet, a room's advertisement
above the contract and a booklet's model contract scanned open as a spread, a model employment contract with ticked options and a French
seasonal contract), held out of every other split, for a first contact after `fresh29` has been studied.
`fresh31` is a thirty-second (each module's `FRESH31`, by yet another author who never saw the reader: an extract sent by Burgerzaken as
a secure e-mail and an extract "t.b.v. samenwoning" with the couple's shared day in its sentence, the IB 60 printed in a public library
with the print system's job strips and pasted as two screen snips into a Word document, a copy of an old statement from the bank's
archive and a statement from the months in which SNS and RegioBank became ASN Bank, an oncology nurse's letter with the cures' table and
the declaration of need for care for a "mantelzorgwoning", a spreadsheet form printed with its grid and a corporation's single form for
every permission with only the house-sitting part filled in, a home-made room contract signed before two witnesses and a printed one
completed by hand with a corrected rent, a freelancer's contract on the Belastingdienst's model and a Spanish contract on the SEPE's
model), held out of every other split, for a first contact after `fresh30` has been studied.
`fresh32` is a thirty-third (each module's `FRESH32`, by yet another author who never saw the reader: an extract in French for use abroad
and a counter form with the desk printer's labels stuck on and a rubber date stamp, the IB 60 printed with a PDF reader's summarised
comments and a screenshot of the browser's print dialog, a statement shared on screen in a video call and a thin paper statement whose
back shows through mirrored, a German GP's certificate for a patient across the border and a GP practice's faxed declaration, a
personalised form half filled in by the corporation's system and a lawyer's letter on the tenant's behalf, a room contract in Turkish and
one in easy Dutch with pictograms, an Italian hiring letter and an American summer camp's staff agreement), held out of every other split,
for a first contact after `fresh31` has been studied.
A file's generators are seeded from the split's seed and the file's
name, so a seed reproduces the corpus and adding a layout changes no other file.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable
from pathlib import Path

from samples.blind import render
from samples.blind.layouts import MODULES
from samples.blind.layouts._base import Ctx

RENDERINGS = ("digital", "scan", "photo")
SPLITS = {"dev": 17011, "heldout": 17907, "fresh": 18211, "fresh2": 19403, "fresh3": 20611, "fresh4": 21737, "fresh5": 23021, "fresh6": 24517,
          "fresh7": 25913, "fresh8": 27329, "fresh9": 28657,
          "fresh10": 30011, "fresh11": 31259, "fresh12": 32771, "fresh13": 34127,
          "fresh14": 35617, "fresh15": 37019, "fresh16": 38557, "fresh17": 40213, "fresh18": 41827, "fresh19": 43391,
          "fresh20": 44987, "fresh21": 46271, "fresh22": 47923, "fresh23": 49157, "fresh24": 50513, "fresh25": 51871,
          "fresh26": 53261, "fresh27": 54187, "fresh28": 55319, "fresh29": 56203,
          "fresh30": 57131, "fresh31": 58087, "fresh32": 59173}
"""Each split's default seed. The held-out and first-contact (fresh to fresh32) seeds are never used while studying failures."""
_FIRST_CONTACT = {"fresh": "FRESH", "fresh2": "FRESH2", "fresh3": "FRESH3", "fresh4": "FRESH4", "fresh5": "FRESH5", "fresh6": "FRESH6",
                  "fresh7": "FRESH7", "fresh8": "FRESH8", "fresh9": "FRESH9", "fresh10": "FRESH10",
                  "fresh11": "FRESH11", "fresh12": "FRESH12", "fresh13": "FRESH13", "fresh14": "FRESH14",
                  "fresh15": "FRESH15", "fresh16": "FRESH16", "fresh17": "FRESH17", "fresh18": "FRESH18", "fresh19": "FRESH19",
                  "fresh20": "FRESH20", "fresh21": "FRESH21", "fresh22": "FRESH22",
                  "fresh23": "FRESH23", "fresh24": "FRESH24", "fresh25": "FRESH25", "fresh26": "FRESH26",
                  "fresh27": "FRESH27", "fresh28": "FRESH28", "fresh29": "FRESH29", "fresh30": "FRESH30",
                  "fresh31": "FRESH31", "fresh32": "FRESH32"}
"""The first-contact splits and the layout set of each module that only they hold."""


def layouts(split: str) -> dict[str, list[str]]:
    """doc_type -> layout names in `split`."""
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; known: {', '.join(SPLITS)}")
    if split in _FIRST_CONTACT:
        return {t: [name for name in m.LAYOUTS if name in getattr(m, _FIRST_CONTACT[split])] for t, m in MODULES.items()}
    return {t: [name for name in m.LAYOUTS if not _first_contact(m, name) and (split == "heldout" or name not in m.HELDOUT)]
            for t, m in MODULES.items()}  # fmt: skip


def _first_contact(module, name: str) -> bool:
    """Whether a layout belongs to a first-contact split (and so to no other)."""
    return any(name in getattr(module, attribute) for attribute in _FIRST_CONTACT.values())


def make(doc_type: str, layout: str, rng: random.Random) -> tuple[str, dict]:
    """(html, truth fields) of one document."""
    return MODULES[doc_type].LAYOUTS[layout](Ctx(rng))


def expected_path(sample: Path) -> Path:
    return sample.with_name(f"{sample.stem}.expected.json")


def _write(path: Path, content: bytes, documents: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)
    expected = {"file": path.name, "documents": documents, "errors": []}
    expected_path(path).write_text(json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def _entry(doc_type: str, pages: list[int], truth: dict) -> dict:
    return {"doc_type": doc_type, "pages": pages, "fields": truth}


def generate_corpus(out_dir: Path, split: str = "dev", seed: int | None = None, per_layout: int = 1,
                    renderings: Iterable[str] = RENDERINGS, batches: int = 0,
                    doc_types: Iterable[str] | None = None) -> list[Path]:
    """Write the corpus of `split` under out_dir; return the sample files written."""
    seed = SPLITS[split] if seed is None else seed
    renderings = tuple(renderings)
    if set(renderings) - set(RENDERINGS):
        raise ValueError(f"unknown rendering(s) {sorted(set(renderings) - set(RENDERINGS))}")
    chosen = layouts(split)
    if doc_types is not None:
        chosen = {t: chosen[t] for t in doc_types}
    out_dir = Path(out_dir)
    written: list[Path] = []
    for doc_type, names in chosen.items():
        for layout in names:
            for index in range(per_layout):
                html, truth = make(doc_type, layout, random.Random(f"{seed}:{doc_type}:{layout}:{index}"))
                written += _write_single(out_dir / doc_type, doc_type, layout, index, html, truth, renderings, seed)
    for index in range(batches):
        written.append(_write_batch(out_dir / "batch", chosen, index, seed))
    return written


def _write_single(folder: Path, doc_type: str, layout: str, index: int, html: str, truth: dict,
                  renderings: tuple[str, ...], seed: int) -> list[Path]:
    digital = render.render_digital(html)
    pages = list(range(1, render.page_count(digital) + 1))
    written = []
    for rendering in renderings:
        stem = f"{layout}-{rendering}-{index}"
        rng = random.Random(f"{seed}:{doc_type}/{stem}")
        if rendering == "digital":
            written.append(_write(folder / f"{stem}.pdf", digital, [_entry(doc_type, pages, truth)]))
        elif rendering == "scan":
            content, extension = render.render_scan(digital, rng)
            written.append(_write(folder / f"{stem}.{extension}", content, [_entry(doc_type, pages, truth)]))
        elif len(pages) == 1:  # a photo is of one page; a longer document's truth cannot be split over pages
            jpeg, _orientation = render.render_photo(digital, rng)
            written.append(_write(folder / f"{stem}.jpg", jpeg, [_entry(doc_type, [1], truth)]))
    return written


def _write_batch(folder: Path, chosen: dict[str, list[str]], index: int, seed: int) -> Path:
    """A mail-room batch: 2-4 documents of any type scanned into one PDF, some with a blank sheet between."""
    rng = random.Random(f"{seed}:batch/batch-{index}")
    style = rng.choice(render.SCAN_STYLES)
    dpi = rng.choice((200, 300))
    images, documents = [], []
    for position in range(rng.randint(2, 4)):
        doc_type = rng.choice([t for t in chosen if chosen[t]])
        layout = rng.choice(chosen[doc_type])
        html, truth = make(doc_type, layout, random.Random(f"{seed}:batch-{index}:{position}"))
        if images and rng.random() < 0.4:
            images.append(render.blank_sheet(rng, dpi))
        scanned, _ = render.scan_pages(render.render_digital(html), rng, style=style, dpi=dpi)
        first = len(images) + 1
        images += scanned
        documents.append(_entry(doc_type, list(range(first, len(images) + 1)), truth))
    return _write(folder / f"batch-{index}.pdf", render.images_pdf(images, dpi), documents)
