"""Mechanisms found on fresh15's studied half (issue 17), each written for what real documents
print, not for one misreading:

- a BRP download whose data stand in a grid of label/value pairs: a second date label that
  speaks of the municipality ("in gemeente sinds") is no second card; a label begins at its
  own word ("TAHIRI, R.  burgerservicenummer"); "Vorige gemeente" names no municipality of the
  register; "gedownload op" dates the extract; labels set in small capitals that OCR reads as
  capitals ("Stationsdijk HUISNUMMER 2") end the value before them;
- a statement's holders down a side column, the transactions' lines between them;
- a name cut short where OCR lost a given name's capital ("Bilal lias Akkouh") is a part of a
  name: never confident;
- a report's date label at the top right is not answered by the birth date of the rows below;
- a room's contract names its tenant "Huurder kamer";
- a two-letter answer struck through on a scan ("j̶a̶ / nee"), and one of the two options OCR
  read as one word ("ja/nee"), is told struck.
"""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from extractors import inkomensverklaring
from extractors._ocr import struck_through
from extractors._pdf import STRIKE
from extractors.pages import read_bytes
from tests.extractors.rendered import lines_pdf, ocr_like, only_document, placed_pdf
from woondossier.model import Word

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _brp_download(labels=str.lower):
    rows = [(63, 40, f"Mijn gegevens {labels('gedownload op')} 28 juli 2026"), (63, 56, "gemeente Gouda · digitaal loket"),
            (63, 80, "Gegevens uit de Basisregistratie Personen")]  # fmt: skip
    grid = [("straat", "Stationsdijk", "huisnummer", "2"), ("postcode", "2801MK", "woonplaats", "Gouda"),
            ("gemeente", "Gouda", "aantal personen", "2"), None,
            ("naam", "TAHIRI, R.", "burgerservicenummer", "508255740"), ("geboortedatum", "8 februari 1981", "geboorteplaats", "Emmeloord"),
            ("adres sinds", "19 januari 2011", "in gemeente sinds", "25-01-2002"), ("vorige gemeente", "Maashorst", "nationaliteit", "Marokkaanse"), None,
            ("naam", "GULEED, H.", "burgerservicenummer", "461761798"), ("geboortedatum", "24 februari 1999", "geboorteplaats", "Venlo"),
            ("adres sinds", "1 januari 2013", "in gemeente sinds", "13-01-2008"), ("vorige gemeente", "Venlo", "nationaliteit", "Somalische")]  # fmt: skip
    top = 100
    for row in grid:
        if row is None:
            rows.append((63, top, "Persoon"))
        else:
            rows += [(63, top, labels(row[0])), (167, top, row[1]), (299, top, labels(row[2])), (406, top, row[3])]
        top += 18
    return rows


def test_a_brp_download_in_a_grid_of_pairs_reads_every_resident():
    document = only_document(placed_pdf([_brp_download()]))
    assert document.doc_type == "brp_uittreksel"
    fields = {name: field.value for name, field in document.fields.items()}
    assert fields["issue_date"] == "2026-07-28" and fields["municipality"] == "Gouda"
    assert (fields["street"], fields["house_number"], fields["postcode"], fields["city"]) == ("Stationsdijk", "2", "2801MK", "Gouda")
    assert fields["persons"] == [
        {"name": "TAHIRI, R.", "birth_date": "1981-02-08", "bsn": "508255740", "registered_since": "2011-01-19"},
        {"name": "GULEED, H.", "birth_date": "1999-02-24", "bsn": "461761798", "registered_since": "2013-01-01"},
    ]


def test_labels_in_capitals_end_the_value_before_them_and_the_previous_municipality_is_none():
    from extractors import brp_uittreksel

    rows = [(63, 40, "Uittreksel Basisregistratie Personen"), (63, 60, "STRAAT"), (167, 60, "Stationsdijk"), (299, 60, "HUISNUMMER"),
            (406, 60, "2"), (63, 78, "NAAM"), (167, 78, "TAHIRI, R."), (63, 96, "VORIGE GEMEENTE"), (167, 96, "Maashorst"),
            (63, 114, "GEMEENTE"), (167, 114, "Gouda")]  # fmt: skip
    fields = brp_uittreksel.extract(ocr_like(read_bytes(placed_pdf([rows]), "scan.pdf")))
    assert (fields["street"].value, fields["house_number"].value, fields["municipality"].value) == ("Stationsdijk", "2", "Gouda")


def test_holders_down_a_side_column_between_the_transactions():
    rows = [(63, 40, "Knab Rekeningafschrift"), (63, 70, "Datum"), (112, 70, "Omschrijving / tegenrekening"), (305, 70, "Bedrag"),
            (363, 82, "Rekeninghouder(s)"), (63, 96, "02-02-2026"), (112, 96, "Action"), (303, 96, "-€ 50,76"),
            (363, 108, "E.M.N. van den Berg"), (112, 120, "NL64RABO5646273649"), (363, 132, "A.M. Akkouh"),
            (63, 144, "06-02-2026"), (112, 144, "Action"), (299, 144, "-€ 393,46"), (363, 156, "IBAN"),
            (112, 168, "NL24RABO5809246397"), (363, 168, "NL07 KNAB 8295 2702 23"),
            (363, 192, "Aangemaakt"), (363, 204, "02-03-2026"), (363, 228, "Periode"), (363, 240, "01-02-2026 – 28-02-2026")]  # fmt: skip
    document = only_document(placed_pdf([rows]))
    assert document.doc_type == "bankafschrift"
    assert document.fields["account_holders"].value == ["E.M.N. van den Berg", "A.M. Akkouh"]


def test_a_name_cut_short_by_a_lost_capital_is_never_confident():
    pages = ocr_like(read_bytes(lines_pdf(["Belastingdienst", "Inkomensverklaring", "Naam Bilal lias Akkouh",
                                           "Burgerservicenummer 160 804 127"]), "scan.pdf"))  # fmt: skip
    field = inkomensverklaring._name(pages)
    assert field.value != "Bilal Ilias Akkouh" and field.confidence < 0.8
    whole = inkomensverklaring._name(ocr_like(read_bytes(lines_pdf(["Naam Bilal Ilias Akkouh"]), "scan.pdf")))
    assert (whole.value, whole.confidence >= 0.8) == ("Bilal Ilias Akkouh", True)


def test_a_reports_date_label_is_not_answered_by_a_birth_date_below_it():
    rows = [(63, 40, "Ergotherapiepraktijk De Zelfstandige"), (460, 40, "Datum verslag"),
            (63, 70, "Verslag huisbezoek en verklaring mantelzorg"), (63, 90, "Cliënt"), (167, 90, "M. Tesfamariam"),
            (63, 104, "Geboortedatum"), (167, 104, "28-01-1989"), (63, 118, "Mantelzorger"), (167, 118, "W. Postma"),
            (63, 150, "Aanwezigheid en toezicht 24 uur per dag is noodzakelijk. Deze zorg wordt gegeven door W. Postma."),
            (63, 180, "I. Blom, ergotherapeut")]  # fmt: skip
    document = only_document(placed_pdf([rows]))
    assert document.doc_type == "mantelzorgverklaring"
    assert document.fields["issue_date"].value != "1989-01-28"


def test_a_rooms_tenant_is_the_huurder_kamer():
    rows = [(63, 40, "Woonruimte Bemiddeling Zuid"), (63, 60, "Huurovereenkomst kamer"), (63, 80, "Hoofdhuurder"), (167, 80, "Johanna Blom"),
            (63, 94, "Huurder kamer"), (167, 94, "Hamza El Amrani"), (63, 120, "Artikel 1 Kamer"),
            (63, 134, "De hoofdhuurder verhuurt aan de huurder een kamer in de woning Burgemeester de Withstraat 5, 1963 NR Heemskerk."),
            (63, 148, "De huur is € 425,50 per maand.")]  # fmt: skip
    document = only_document(placed_pdf([rows]))
    assert document.doc_type == "huurovereenkomst_onderhuur"
    assert (document.fields["tenant_name"].value, document.fields["subtenant_name"].value) == ("Johanna Blom", "Hamza El Amrani")


def _struck_line(texts: list[str], struck: str, dpi: int = 150):
    """A line of words drawn at `dpi`, a pen's stroke through the part `struck` of the words;
    the words as OCR reads them."""
    image = Image.new("L", (900, 80), 255)
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, 22)
    words, x = [], 20
    for text in texts:
        left, top, right, bottom = draw.textbbox((x, 25), text, font=font)
        draw.text((x, 25), text, font=font, fill=0)
        if struck in text:
            start = draw.textlength(text[: text.index(struck)], font=font)
            width = draw.textlength(struck, font=font)
            middle = (top + bottom) // 2 + 1
            draw.line((x + start - 2, middle, x + start + width + 2, middle), fill=0, width=2)
        words.append(Word(text=text, bbox=tuple(v * 72 / dpi for v in (left, top, right, bottom)), confidence=0.9))
        x = right + 14
    return image, words


def test_a_two_letter_answer_struck_through_is_told():
    image, words = _struck_line(["Kinderen", "jonger", "dan", "18", "ja", "/", "nee"], "ja")
    assert [w.text for w in struck_through(image, words, 150)][-3:] == ["j" + STRIKE + "a" + STRIKE, "/", "nee"]


def test_one_of_two_options_read_as_one_word_is_told_struck():
    image, words = _struck_line(["Eigen", "woning", "ja/nee"], "ja")
    assert struck_through(image, words, 150)[-1].text == "j" + STRIKE + "a" + STRIKE + "/nee"
    image, words = _struck_line(["Eigen", "woning", "ja/nee"], "zzz")  # nothing struck
    assert [w.text for w in struck_through(image, words, 150)] == ["Eigen", "woning", "ja/nee"]
    assert np.asarray(image).min() == 0


def test_a_bar_charts_dates_beside_each_resident_are_that_residents():
    from extractors import brp_uittreksel
    from woondossier.model import Line

    rows = [(63, 40, "Gemeente Castricum"), (63, 70, "Uittreksel BRP – bewoning van het adres in de tijd"),
            (63, 90, "Adres"), (203, 90, "Kastanjestraat 1"), (63, 104, "Postcode en woonplaats"), (203, 104, "1902 EH Castricum"),
            (63, 130, "Huidige bewoners"), (226, 130, "2013   2015   2017   2019")]  # fmt: skip
    people = [("Daan den Hartog", "24-03-1990", "355053044", "01-10-2015"), ("Petra van Dijk", "05-04-1994", "474988107", "07-10-2017"),
              ("Gijs van Dijk", "13-11-2012", "170575639", "30-10-2016")]  # fmt: skip
    for i, (name, born, bsn, since) in enumerate(people):
        rows += [(63, 160 + 30 * i, name), (63, 173 + 30 * i, f"geb. {born} · BSN {bsn}"), (223, 173 + 30 * i, f"vanaf {since} t/m heden")]
    (page,) = read_bytes(placed_pdf([rows]), "tijdlijn.pdf")
    # the page read as its two columns (`woondossier.model.in_columns`): the cards down the
    # left, then the chart right of them, its captions after the last card
    left = [Line(words=tuple(w for w in line.words if w.bbox[0] < 200)) for line in page.lines]
    right = [Line(words=tuple(w for w in line.words if w.bbox[0] >= 200)) for line in page.lines]
    page.__dict__["lines"] = tuple(line for line in left + right if line.words)
    persons = brp_uittreksel.extract([page])["persons"].value
    assert [(p["name"], p["registered_since"]) for p in persons] == [
        ("Daan den Hartog", "2015-10-01"), ("Petra van Dijk", "2017-10-07"), ("Gijs van Dijk", "2016-10-30")]


def test_an_emails_timestamp_is_no_date_of_signing():
    from extractors import huisbewaring_aanvraag

    lines = ["Van Rasha Al Khatib <rasha23@example.nl>", "Aan verhuur@example.nl", "Datum ma 27 apr 2026 10:20",
             "Onderwerp RE: Uw aanvraag huisbewaring", "> Wat is de naam van de huisbewaarder?", "Hendrik Sem Voor",
             "> Van wanneer tot wanneer bent u weg?", "Van 2 juli 2026 tot en met 19 februari 2027.", "Met vriendelijke groet,",
             "Rasha Al Khatib"]  # fmt: skip
    assert huisbewaring_aanvraag.extract(read_bytes(lines_pdf(lines), "mail.pdf"))["signed_date"].value is None
    signed = lines[:-1] + ["Datum: 27-04-2026", "Handtekening: R. Al Khatib"]
    assert huisbewaring_aanvraag.extract(read_bytes(lines_pdf(signed), "form.pdf"))["signed_date"].value == "2026-04-27"
