"""A municipality's occupancy overview ("bewoningsoverzicht", issue 17; fresh12's studied
`brp_bewoningsoverzicht_vertrokken`): it lists who lives and who lived at the address, and
its header's labels wrap onto a second line ("Datum" over "vestiging", "Datum" over
"vertrek"). Two residents who had left were read as registered, at 1.0, and no date of
settling was read.

- A header's wrapped labels are read whole with the words above them
  (`_common.stacked_header`), so "Datum vestiging" heads the dates of settling.
- A row with anything under a departure column (`labels.toml`, `[_departed_columns]`) is a
  former resident, no person registered at the address.
- "Deze gegevens zijn verstrekt op grond van ...": a label's words in a sentence caption no
  value on the line above (`locating._above`).
- "CHAOUCH 1.": an initial OCR read as a digit keeps its row; the surname is read, below
  0.80 (fresh12's unseen `brp_digitaal_uittreksel_echtheidscode`, studied for its value
  wrong at >= 0.80).
"""

from __future__ import annotations

from extractors import brp_uittreksel
from extractors.pages import read_bytes
from tests.extractors.rendered import ocr_like, only_document, placed_pdf

OVERVIEW = [
    (63, 50, "Gemeente Castricum"),
    (63, 70, "Datum uitdraai 06 aug. 2026"),
    (63, 90, "Bewoningsoverzicht"),
    (63, 110, "Adres: Tweede Oosterparkstraat 108, 1901 BF Castricum"),
    (63, 140, "Naam"), (160, 140, "Geboortedatum"), (240, 140, "BSN"), (300, 140, "Datum"), (360, 140, "Datum"), (420, 140, "Vertrokken"),
    (300, 151, "vestiging"), (360, 151, "vertrek"), (420, 151, "naar"),
    (63, 170, "Tavares, Adilson"), (160, 170, "08-06-1952"), (240, 170, "351645500"), (300, 170, "15-06-1989"), (360, 170, "15-01-2000"), (420, 170, "Opmeer"),
    (63, 185, "Krawczyk, Michal"), (160, 185, "02-07-1949"), (240, 185, "107398278"), (300, 185, "19-12-2018"), (360, 185, "–"),
    (63, 200, "Lopes, Ivone"), (160, 200, "25-04-1989"), (240, 200, "234504808"), (300, 200, "25-01-2019"), (360, 200, "–"),
    (63, 230, "Deze gegevens zijn verstrekt op grond van artikel 3.3 van de Wet basisregistratie personen."),
]


def test_only_the_residents_who_did_not_leave_are_registered():
    document = only_document(placed_pdf([OVERVIEW]))
    persons = document.fields["persons"].value
    assert [p["name"] for p in persons] == ["Krawczyk, Michal", "Lopes, Ivone"]
    assert [p["registered_since"] for p in persons] == ["2018-12-19", "2019-01-25"]
    assert document.fields["issue_date"].value == "2026-08-06"


def test_a_label_in_a_sentence_captions_nothing_above_it():
    rows = [row for row in OVERVIEW if "uitdraai" not in row[2] and "Deze gegevens" not in row[2]]
    rows.append((230, 212, "Deze gegevens zijn verstrekt op grond van de Wet BRP."))  # small type, "verstrekt op" under a date
    document = only_document(placed_pdf([rows], small=frozenset({len(rows) - 1})))
    assert document.fields["issue_date"].value is None  # never 25-01-2019, the line above "verstrekt op grond van"


def test_an_initial_read_as_a_digit_keeps_its_row_flagged():
    rows = [
        (63, 50, "Gemeente Ridderkerk"), (63, 70, "Personen ingeschreven op dit adres"),
        (63, 90, "Naam"), (180, 90, "Geboortedatum"), (300, 90, "BSN"), (400, 90, "Op dit adres sinds"),
        (63, 105, "KRAWCZYK M.G."), (180, 105, "17-06-1981"), (300, 105, "181029534"), (400, 105, "11-09-2007"),
        (63, 120, "CHAOUCH"), (119, 120, "1."), (180, 120, "19-03-1991"), (300, 120, "644741454"), (400, 120, "27-12-2007"),
    ]
    pages = ocr_like(read_bytes(placed_pdf([rows]), "uittreksel.pdf"))
    people = brp_uittreksel._persons_from_table(pages)
    assert [value for value, _ in (p["name"] for p in people)] == ["KRAWCZYK M.G.", "CHAOUCH"]
    _, hit = people[1]["name"]
    assert hit.confidence < 0.8
    assert people[1]["birth_date"][0] == "1991-03-19"

