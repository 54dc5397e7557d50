"""Mechanisms of the twentieth session (issue 17), each said without the layout that showed it
(fresh26's studied half): a specimen panel or a reading guide printed beside the document's own
values is left out of every reader's pages; a mail signed by an organisation names the employer
(a fact that, with three labelled ones, types it); an agreement ending an employment is no work
contract; the abbreviations of a GP's record count as the words they stand for; a house-sitter's own letter, the tenant signing "voor akkoord";
two signatures side by side; a footnote's mark glued by OCR to a keyword or a full stop.
Properties: a page without a specimen heading is left as it is, and a word printed in full
keeps its own text where abbreviations are written out."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors._common import sentences
from extractors._prose import _written_out
from extractors.pages import read_bytes
from extractors.specimens import without_specimens
from tests.extractors.rendered import field_values, lines_pdf, ocr_like, only_document, placed_pdf

# --- a specimen panel beside the values --------------------------------------------------------

_EXTRACT = [(60, 60, "Gemeente Zuidplas"), (60, 80, "Uittreksel uit de Basisregistratie Personen"),
            (60, 110, "Adres"), (60, 124, "Dorpsstraat 14"), (60, 138, "2761 AB Zevenhuizen"),
            (60, 170, "Datum afgifte 12-03-2026")]  # fmt: skip
_PANEL = [(380, 110, "VOORBEELD"), (380, 124, "Adres"), (380, 138, "Modelstraat 99"), (380, 152, "9999 XX Modeldorp"),
          (380, 166, "Datum afgifte 01-01-2001"), (380, 180, "Deze gegevens zijn verzonnen.")]  # fmt: skip


def test_a_specimen_panel_beside_the_values_is_left_out_and_the_documents_own_address_is_read():
    from extractors import brp_uittreksel

    pages = without_specimens(read_bytes(placed_pdf([_EXTRACT + _PANEL]), "uittreksel.pdf"))
    assert "Modelstraat" not in pages[0].text and "Dorpsstraat 14" in pages[0].text
    fields = brp_uittreksel.extract(pages)
    assert (fields["street"].value, fields["postcode"].value, fields["issue_date"].value) == ("Dorpsstraat", "2761AB", "2026-03-12")


def test_the_panel_ends_where_it_says_its_data_are_made_up():
    below = [(60, 240, "Toelichting"), (380, 200, "Huisnummer 7")]  # the column goes on under the panel's last line
    (page,) = without_specimens(read_bytes(placed_pdf([_EXTRACT + _PANEL + below]), "uittreksel.pdf"))
    assert "Huisnummer 7" in page.text and "verzonnen" not in page.text


def test_a_box_edge_read_as_a_speck_beside_the_heading_leaves_it_a_heading():
    (page,) = without_specimens(read_bytes(placed_pdf([_EXTRACT + _PANEL + [(368, 110, "‚")]]), "uittreksel.pdf"))
    assert "Modelstraat" not in page.text


def test_an_example_in_a_sentence_or_a_label_is_no_panel():
    lines = ["Voorbeeld: had u in 2024 een inkomen van € 38.000, dan is dat uw verzamelinkomen.", "Naam J. Bakker",
             "Voorbeeldstraat 12", "1234 AB Amsterdam"]  # fmt: skip
    pages = read_bytes(lines_pdf(lines), "brief.pdf")
    assert without_specimens(pages)[0] is pages[0]


@settings(max_examples=40, deadline=None)
@given(st.lists(st.sampled_from(["Naam", "Adres", "Kerkstraat", "12", "1234", "AB", "Utrecht", "Datum", "01-02-2026",
                                 "voorbeeldig", "Voorbeeldweg", "verzonnen", "Samples", "huurder"]),
                min_size=1, max_size=8).map(" ".join))  # fmt: skip
def test_a_page_without_a_specimen_heading_standing_alone_is_left_as_it_is(line):
    pages = read_bytes(lines_pdf(["Uittreksel", line, "Einde"]), "p.pdf")
    assert without_specimens(pages)[0] is pages[0]


# --- classification and the employer by role -------------------------------------------------

_WELCOME = [
    "Van: HR Bouwmarkt Noord <personeel@example.nl>",
    "Aan: Sanne de Boer",
    "Onderwerp: Welkom! Alles over je start",
    "Hoi Sanne,",
    "Fijn dat je komt werken. Je arbeidsovereenkomst is voor bepaalde tijd; hieronder staat het kort.",
    "Functie verkoopmedewerker",
    "Werkplek Zwolle",
    "Eerste werkdag 1 december 2026",
    "Einde contract 30 november 2027",
    "Tot snel!",
    "Hartelijke groet,",
    "Team Personeelszaken",
    "Bouwmarkt Noord B.V.",
]


def test_a_welcome_mail_signed_by_the_employer_with_the_first_and_last_day_and_the_workplace_is_a_work_contract():
    document = only_document(lines_pdf(_WELCOME))
    fields = field_values(document)
    assert document.doc_type == "arbeidsovereenkomst"
    assert (fields["start_date"], fields["end_date"], fields["place"]) == ("2026-12-01", "2027-11-30", "Zwolle")
    assert fields["employer"] == "Bouwmarkt Noord B.V."


def test_without_the_organisations_signature_three_labelled_facts_leave_a_mail_unknown():
    assert only_document(lines_pdf(_WELCOME[:-1])).doc_type == "unknown"


def test_an_agreement_ending_an_employment_is_no_work_contract():
    document = only_document(lines_pdf([
        "Vaststellingsovereenkomst",
        "De ondergetekenden: Bouwmarkt Noord B.V., hierna te noemen werkgever, en Sanne de Boer, hierna te noemen werknemer.",
        "De werknemer is sinds 1 december 2024 in dienst op grond van een arbeidsovereenkomst voor onbepaalde tijd.",
        "Partijen komen overeen dat de arbeidsovereenkomst met wederzijds goedvinden eindigt op 1 juni 2027.",
        "Standplaats Zwolle. Het maandsalaris bedraagt € 3.100,00 bruto.",
    ]))  # fmt: skip
    assert document.doc_type == "unknown"


# --- a GP's record in abbreviations ----------------------------------------------------------

def test_a_gps_statement_in_the_abbreviations_of_its_record_is_a_care_declaration():
    document = only_document(lines_pdf([
        "Huisartsenpraktijk De Linde",
        "Datum : 3-10-2026",
        "Betreft : pt. dhr. Pieter Jan de Groot, geb. 02-02-1944",
        "Bovengen. pt. is bekend met chron. aandoeningen.",
        "Mz. wordt verleend door dochter Eva de Groot, die bij pt. inwoont.",
        "Concl.: toezicht 24/7 noodz. (ook 's nachts).",
        "Op verzoek van pt. afgegeven.",
        "M.vr.gr.,",
        "A. Visser, huisarts",
    ]))  # fmt: skip
    fields = field_values(document)
    assert document.doc_type == "mantelzorgverklaring"
    assert (fields["caregiver_name"], fields["care_recipient_name"], fields["round_the_clock"]) == ("Eva de Groot", "Pieter Jan de Groot", True)


def test_an_abbreviation_counts_only_with_its_full_stop():
    assert _written_out("Mz.", "mz") == "mantelzorg" and _written_out("pt.", "pt") == "patiënt"
    assert _written_out("pt", "pt") == "pt" and _written_out("MZ", "mz") == "mz"


@settings(max_examples=60, deadline=None)
@given(st.from_regex(r"[A-Za-zëéï]{3,14}", fullmatch=True))
def test_a_word_printed_in_full_keeps_its_own_text(word):
    plain = word.lower()
    assert _written_out(word, plain) == plain or plain in ("mz", "pt", "pat", "cl", "ha", "verkl")


# --- a house-sitter's own letter, two signatures side by side -----------------------------------

def test_a_house_sitters_own_letter_with_the_tenant_signing_for_agreement():
    document = only_document(lines_pdf([
        "Karim Haddou",
        "Lindelaan 3, 3511 AA Utrecht",
        "Utrecht, 4 maart 2026",
        "Onderwerp: verzoek huisbewaring woning Brink 9, Deventer",
        "Geachte heer, mevrouw,",
        "Ik schrijf voor mijn broer Samir Haddou, die huurder is van de woning aan de Brink 9 in Deventer.",
        "Hij gaat voor zijn werk naar het buitenland. Wij vragen toestemming dat ik in die tijd in de woning woon en erop pas.",
        "Het gaat om de periode van 1 april 2026 tot en met 31 december 2026.",
        "Ik heb geen eigen woning. Ik heb een kind onder de 18 jaar. Ik betaal Samir € 150,- per maand voor de vaste lasten.",
        "Met vriendelijke groet,",
        "Karim Haddou",
        "Voor akkoord, de huurder:",
        "Samir Haddou",
    ]))  # fmt: skip
    fields = field_values(document)
    assert document.doc_type == "huisbewaring_aanvraag"
    assert (fields["tenant_name"], fields["sitter_name"]) == ("Samir Haddou", "Karim Haddou")
    assert (fields["sitter_has_own_home"], fields["sitter_has_minor_children"], fields["compensation"]) == (False, True, "150.00")


def test_a_tenants_own_letter_keeps_the_first_person_as_the_tenant():
    from extractors import huisbewaring_aanvraag

    fields = huisbewaring_aanvraag.extract(read_bytes(lines_pdf([
        "Aanvraag huisbewaring",
        "Ik heb geen eigen woning meer nodig tijdens mijn opname. Mijn neef Tom Smit past op mijn woning.",
        "Met vriendelijke groet,",
        "Anna Smit",
    ]), "brief.pdf"))  # fmt: skip
    assert fields["sitter_name"].value == "Tom Smit" and fields["sitter_has_own_home"].value is None


def test_two_signatures_side_by_side_each_name_their_own_role():
    cells = [(60, 60, "Overeenkomst kamerhuur"), (60, 80, "Hoofdhuurder verhuurt aan onderhuurder een kamer in de woning."),
             (60, 140, "S. Kartosen, hoofdhuurder"), (330, 140, "Lucas Wong, onderhuurder")]  # fmt: skip
    from extractors.labels import table
    from extractors.prose_facts import named_in_role

    pages = read_bytes(placed_pdf([cells]), "kamer.pdf")
    roles = table()["huurovereenkomst_onderhuur"]
    assert named_in_role(pages, roles["tenant_name"]).value == "S. Kartosen"
    assert named_in_role(pages, roles["subtenant_name"]).value == "Lucas Wong"


def test_a_forms_role_label_with_the_name_in_the_next_cell_is_still_read():
    from extractors.labels import table
    from extractors.prose_facts import named_in_role

    cells = [(60, 60, "Overeenkomst kamerhuur"), (60, 100, "Hoofdhuurder"), (250, 100, "Noor van Dam")]
    roles = table()["huurovereenkomst_onderhuur"]
    assert named_in_role(read_bytes(placed_pdf([cells]), "kamer.pdf"), roles["tenant_name"]).value == "Noor van Dam"


# --- a footnote's mark as OCR reads it ----------------------------------------------------------

def test_a_footnote_mark_glued_to_a_keyword_or_a_full_stop_leaves_the_income_sentence_whole():
    from extractors import inkomensverklaring

    pages = ocr_like(read_bytes(lines_pdf([
        "Inkomensverklaring 2025",
        "Uw verzamelinkomen” over 2025 bedraagt € 41.250,00. * Dit bedrag staat in uw aanslag inkomstenbelasting.2",
        "Gebruik deze verklaring alleen voor het doel waarvoor u haar vroeg, bijvoorbeeld een aanvraag bij een woningcorporatie.",
    ]), "ib60.pdf"))  # fmt: skip
    assert inkomensverklaring.extract(pages)["income"].value == "41250.00"


def test_a_number_after_a_full_stop_in_a_version_or_an_amount_ends_no_sentence():
    pages = read_bytes(lines_pdf(["Zie versie 1.2 Bijlage A en bedrag 3.5 Euro hier."]), "p.pdf")
    assert len(list(sentences(pages))) == 1


_WORD = st.sampled_from(["de", "huurder", "woning", "betaalt", "per", "maand", "artikel", "versie", "1.2", "€ 1.234,56", "3.5",
                         "op", "12-03-2026", "nr. 14b", "art.2 Lid 1", "(zie", "bijlage)", "2.1.3", "blz.12 Bijlage B", "t.o.v.",
                         "hfst.3 Huur"])  # fmt: skip
"""Words of a correctly printed sentence: digits after a stop inside an abbreviation or a number,
a capital after an abbreviation's number ("art.2 Lid 1"); never a capital right after a stop
(an abbreviation's stop before a capital ends a sentence, as it always did)."""


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(_WORD, min_size=2, max_size=8).map(" ".join), min_size=1, max_size=4))
def test_correctly_printed_sentences_split_as_printed(bodies):
    """Printed without a footnote's mark, each sentence ("Xxx ... ." before a capital) is one:
    the marks OCR glues to a stop ('.2 ', '. * ') are the only new boundaries."""
    text = " ".join(f"Zo {body}." for body in bodies)
    pages = read_bytes(lines_pdf([text[i:i + 90] for i in range(0, len(text), 90)]), "p.pdf")
    found = [flow.text[start:end].strip() for flow, start, end in sentences(pages)]
    assert len(found) == len(bodies)


@settings(max_examples=30, deadline=None)
@given(st.integers(min_value=1000, max_value=999999), st.integers(min_value=0, max_value=99), st.sampled_from(["", "¹", "*"]))
def test_a_correctly_printed_income_sentence_reads_its_amount_with_or_without_a_printed_mark(euros, cents, mark):
    from extractors import inkomensverklaring

    printed = f"{euros:,}".replace(",", ".") + f",{cents:02d}"
    pages = read_bytes(lines_pdf(["Inkomensverklaring 2025", f"Uw verzamelinkomen{mark} over 2025 bedraagt € {printed}. Dit bedrag staat in uw aanslag."]), "ib60.pdf")
    assert inkomensverklaring.extract(pages)["income"].value == f"{euros}.{cents:02d}"
