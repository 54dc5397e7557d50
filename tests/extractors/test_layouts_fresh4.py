"""Mechanisms for layouts the code was not written for (issue 17), fourth round, each on a
real PDF or a real raster read by Tesseract. Found on the studied half of the blind
generator's `fresh4` split (bench/blind_first_contact.md); the documents here are our
own, written to the concept, not copies of the split's:
- a sublet that outlives the main lease ("loopt door, ook als ... eindigt") denies the end
  clause; a website's "algemene voorwaarden" are not known to be the landlord's;
- titles as a kind of document times its subject ("verklaring|advies mantelzorg|..."):
  an employer's letter about a posting abroad (its period said with verbs, its employee
  the one person introduced with a birth date), a medical adviser's advice on care;
- an advice dated by "Datum advies", not by the home visit's or the request's date; its
  title is not its issuer;
- a statement whose holders stand after "Tenaamstelling", dated by "aangemaakt op";
- a tenant's message: signed after "Groetjes", the sitter the one person introduced with
  a birth date, an amount in "euro", "geen kinderen";
- two parties side by side, each column's rows repeating "Naam";
- faint type under a photocopy's dense grain, read after a median filter;
- (second pass) the place of a posting abroad, where the employee is sent to, with its
  country; a letterhead sharing its line, its first cell an organisation's name by the
  lexicon; a person carried on by pronouns over several sentences, until someone else
  comes between; a reason counts only in the sentence that gives it.
"""

from __future__ import annotations

import io
import random

import pytest
from PIL import Image, ImageDraw, ImageFont

from extractors import huurovereenkomst_onderhuur as onderhuur
from extractors.pages import read_bytes
from tests.extractors.rendered import field_values, lines_pdf, only_document, placed_pdf
from woondossier.model import DocType

SUBLET = [
    "Huurovereenkomst kamer",
    "Verhuurder: Petra Jansen, Dorpsstraat 12, 1234 AB Ede",
    "Huurder: Youssef Amrani",
    "Kamer: Dorpsstraat 12, 1234 AB Ede",
    "Huurprijs per maand: EUR 425,00",
    "Ingangsdatum: 01-09-2026",
]


@pytest.mark.parametrize("sentence", [
    "Deze overeenkomst loopt door, ook als de huurovereenkomst van de hoofdhuurder eindigt.",
    "De onderhuur blijft van kracht wanneer de hoofdhuurovereenkomst wordt beëindigd.",
    "Ook wanneer de hoofdhuur eindigt, gaat deze overeenkomst gewoon door.",
])  # fmt: skip
def test_a_sublet_that_outlives_the_main_lease_denies_the_end_clause(sentence):
    fields = field_values(only_document(lines_pdf(SUBLET + [sentence])))
    assert fields["end_with_main_lease"] is False


def test_an_end_only_of_the_main_lease_says_nothing_of_this_one():
    assert onderhuur._end_statement("Deze overeenkomst is voor onbepaalde tijd, ook als de hoofdhuurovereenkomst eindigt.") is None
    # the clause stated as before
    assert onderhuur._end_statement("Wanneer de hoofdhuurovereenkomst eindigt, eindigt ook deze overeenkomst.") is True


def test_a_websites_general_terms_are_not_the_landlords():
    fields = field_values(only_document(lines_pdf(SUBLET + ["Op deze overeenkomst zijn de algemene voorwaarden van Kamersite.nl van toepassing."])))
    assert fields["general_conditions"] is None  # unknown: the analyst reads whose terms they are
    fields = field_values(only_document(lines_pdf(SUBLET + ["Op deze overeenkomst zijn de algemene huurvoorwaarden van Ymere van toepassing."])))
    assert fields["general_conditions"] is True


def test_an_employers_letter_about_a_posting_abroad_is_a_work_contract():
    document = only_document(lines_pdf([
        "Brouwer Techniek B.V.",
        "Postbus 120, 3800 AC Amersfoort",
        "Amersfoort, 3 maart 2026",
        "Betreft: verklaring uitzending buitenland",
        "Hierbij verklaren wij dat de heer K. Osei, geboren op 12-06-1985, sinds 2019 bij ons in dienst is.",
        "Hij wordt uitgezonden naar Gent (België). De uitzending begint op 1 april 2026 en eindigt",
        "naar verwachting op 30 september 2026.",
    ]))  # fmt: skip
    assert document.doc_type == DocType.arbeidsovereenkomst
    fields = field_values(document)
    assert (fields["start_date"], fields["end_date"]) == ("2026-04-01", "2026-09-30")  # the period said with its verbs
    assert fields["employee_name"] == "K. Osei"  # the one person introduced with a birth date


def test_a_medical_advice_on_care_is_a_care_declaration_dated_by_its_advice():
    rows = [
        (40, 50, "Adviesbureau Wonen en Zorg"),
        (40, 80, "Advies mantelzorgurgentie"),
        (40, 110, "Datum aanvraag"), (160, 110, "02-03-2026"), (300, 110, "Datum huisbezoek"), (420, 110, "10-03-2026"),
        (40, 126, "Datum advies"), (160, 126, "20-03-2026"),
        (40, 160, "Zorgontvanger"), (160, 160, "H. Bakker"),
        (40, 190, "Er is zorg of toezicht nodig gedurende 24 uur per dag. Ja"),
    ]  # fmt: skip
    document = only_document(placed_pdf([rows]))
    assert document.doc_type == DocType.mantelzorgverklaring
    fields = field_values(document)
    assert fields["issue_date"] == "2026-03-20"
    assert fields["care_recipient_name"] == "H. Bakker"
    assert fields["issuer"] != "Advies mantelzorgurgentie"


def test_holders_after_tenaamstelling_and_a_statement_made_on_a_day():
    rows = [
        (40, 50, "Rekeningoverzicht betaalrekening"), (330, 50, "Postbus 40, 1000 AA Amsterdam"),
        (40, 80, "Rekeningnummer"), (150, 80, "NL91 ABNA 0417 1643 00"), (330, 80, "Overzicht aangemaakt op"), (460, 80, "07-05-2026"),
        (40, 96, "Tenaamstelling"), (150, 96, "A. de Groot"), (330, 96, "Periode"), (460, 96, "01-04-2026 t/m 30-04-2026"),
        (40, 130, "Boekdatum"), (120, 130, "Omschrijving"), (330, 130, "Af"), (400, 130, "Bij"),
        (40, 146, "02-04-2026"), (120, 146, "Albert Heijn 1234"), (330, 146, "23,40"),
    ]  # fmt: skip
    document = only_document(placed_pdf([rows]))
    assert document.doc_type == DocType.bankafschrift
    fields = field_values(document)
    assert fields["account_holders"] == ["A. de Groot"]
    assert fields["statement_date"] == "2026-05-07"  # the day it was made, not the period's end


def test_a_tenants_message_names_sitter_and_terms_in_its_own_words():
    document = only_document(lines_pdf([
        "Aanvraag huisbewaring",
        "Verzonden op 2 mei 2026",
        "Beste medewerker,",
        "Ik ben weg van 1 juli 2026 t/m 1 februari 2027 voor mijn werk in Spanje.",
        "In die tijd past mijn neef op mijn huis, Daan Visser, geboren 3 maart 1998.",
        "Hij heeft geen eigen woning, hij woont nu op een kamer.",
        "Hij betaalt mij 350 euro per maand.",
        "Groetjes,",
        "Fatima Bouali",
    ]))  # fmt: skip
    fields = field_values(document)
    assert fields["sitter_name"] == "Daan Visser"
    assert fields["compensation"] == "350.00"
    assert fields["sitter_has_own_home"] is False
    assert fields["tenant_name"] == "Fatima Bouali"


def test_no_children_at_all_is_no_minor_children():
    from extractors.huisbewaring_aanvraag import _said_of_sitter

    assert _said_of_sitter("Daan Visser past op mijn huis. Hij heeft geen kinderen.", "minor_children", "Daan Visser") is False
    assert _said_of_sitter("Daan Visser past op mijn huis. Hij heeft twee kinderen.", "minor_children", "Daan Visser") is None  # of any age: unknown


def test_two_parties_side_by_side_each_read_from_its_own_column():
    rows = [
        (40, 50, "Huurcontract kamer"),
        (40, 90, "Verhuurder (hoofdbewoner)"), (300, 90, "Huurder (kamerbewoner)"),
        (40, 106, "Naam"), (110, 106, "Ingrid Smit"), (300, 106, "Naam"), (370, 106, "Tarik Yilmaz"),
        (40, 122, "Telefoon"), (110, 122, "06-12345678"), (300, 122, "Geboortedatum"), (370, 122, "04-05-2001"),
        (40, 150, "Adres"), (110, 150, "Lindelaan 4, 6711 AB Ede"),
        (40, 166, "Maandhuur"), (110, 166, "€ 450,00"),
    ]  # fmt: skip
    fields = field_values(only_document(placed_pdf([rows])))
    assert fields["tenant_name"] == "Ingrid Smit"
    assert fields["subtenant_name"] == "Tarik Yilmaz"


def _grainy_page() -> bytes:
    """A strip of a 300 dpi page: light grey type under dense photocopier grain (one dark
    pixel in eight), as PNG. Cleared of its specks alone it reads as nothing."""
    page = Image.new("L", (2480, 560), 250)
    draw = ImageDraw.Draw(page)
    font = ImageFont.truetype("DejaVuSansMono.ttf", 40)
    lines = ["Werkgever       Randstad Nederland B.V.", "Opdrachtgever   Tandartspraktijk Oost", "Einde           30-01-2027"]
    for i, line in enumerate(lines):
        draw.text((200, 120 + 110 * i), line, fill=150, font=font)
    rng = random.Random(7)
    for _ in range(320_000):
        draw.point((rng.randrange(2480), rng.randrange(560)), fill=rng.randrange(60, 200))
    out = io.BytesIO()
    page.save(out, format="PNG", dpi=(300, 300))
    return out.getvalue()


def test_faint_type_under_dense_grain_is_read():
    (page,) = read_bytes(_grainy_page(), "grain.png")
    assert "Randstad" in page.text and "Tandartspraktijk" in page.text


POSTING = [
    "Brouwer Techniek B.V.",
    "Postbus 120, 3800 AC Amersfoort",
    "Amersfoort, 3 maart 2026",
    "Betreft: verklaring uitzending buitenland",
    "Hierbij verklaren wij dat de heer K. Osei, geboren op 12-06-1985, sinds 2019 bij ons in dienst is.",
]


@pytest.mark.parametrize(("sentence", "place"), [
    ("Voor het project Kademuur zendt Brouwer Techniek B.V. hem uit naar Gent (België).", "Gent (België)"),
    ("Hij wordt uitgezonden naar Stavanger (Noorwegen) voor de duur van het project.", "Stavanger (Noorwegen)"),
    ("Hij is gestationeerd te Rotterdam.", "Rotterdam"),
])  # fmt: skip
def test_the_place_of_a_posting_is_where_the_employee_is_sent_to(sentence, place):
    fields = field_values(only_document(lines_pdf(POSTING + [sentence, "De uitzending begint op 1 april 2026."])))
    assert fields["place"] == place


def test_a_letterhead_sharing_its_line_names_the_organisation_in_its_first_cell():
    rows = [
        (40, 50, "Indicatiebureau Wonen"), (380, 50, "Medische advisering"),
        (40, 80, "Advies mantelzorgurgentie"),
        (40, 110, "Datum advies"), (160, 110, "20-03-2026"),
        (40, 140, "Zorgontvanger"), (160, 140, "H. Bakker"),
        (40, 170, "Er is zorg of toezicht nodig gedurende 24 uur per dag. Ja"),
    ]  # fmt: skip
    assert field_values(only_document(placed_pdf([rows])))["issuer"] == "Indicatiebureau Wonen"


@pytest.mark.parametrize(("between", "minor_children"), [
    (["Zij heeft geen eigen woning, zij woont nu op een kamer."], False),  # the sitter, carried on by "Zij" twice
    (["Mijn buurvrouw geeft de planten water."], None),  # "Zij" is the neighbour now: unknown
])  # fmt: skip
def test_a_person_in_a_letter_is_carried_on_by_pronouns_over_several_sentences(between, minor_children):
    fields = field_values(only_document(lines_pdf([
        "Aanvraag huisbewaring",
        "Ik ben weg van 1 juli 2026 t/m 1 februari 2027 voor mijn werk.",
        "In die tijd past mijn nicht op mijn huis, Noor Bakker, geboren 3 maart 1998.",
        *between,
        "Zij heeft geen kinderen.",
        "Groetjes, Fatima Bouali",
    ])))  # fmt: skip
    assert fields["sitter_has_minor_children"] is minor_children


def test_a_reason_counts_only_in_the_sentence_that_gives_it():
    fields = field_values(only_document(lines_pdf([
        "Aanvraag huisbewaring",
        "Verzonden op 28 april 2026. Wij reageren binnen 5 werkdagen.",
        "Naam",
        "Fatima Bouali",
        "Uw bericht",
        "Ik wil graag huisbewaring aanvragen want ik kan om persoonlijke redenen een tijd niet thuis wonen.",
        "Ik ben weg van 1 juli 2026 t/m 1 februari 2027.",
    ])))  # fmt: skip
    assert fields["reason"] == "other"
