"""Values as the document prints them, and never another field's label or date (issue 17):
found among the values the blind splits read wrong at >= 0.80, each a mechanism, not
one layout's case."""

from __future__ import annotations

from extractors.huurovereenkomst_onderhuur import ABSENCE_IN_UNFAMILIAR_WORDS
from tests.extractors.rendered import field_values, only_document, placed_pdf

_CAPS_EXTRACT = [
    (60, 50, "GEMEENTE ROTTERDAM"),
    (60, 66, "BASISREGISTRATIE PERSONEN"),
    (60, 96, "UITTREKSEL BRP - BEWONERS VAN HET ADRES"),
    (60, 126, "STRAAT.....................: SINT ANNASTRAAT"),
    (60, 140, "HUISNUMMER.................: 12"),
    (60, 154, "POSTCODE...................: 3194HP"),
    (60, 168, "WOONPLAATS.................: HOOGVLIET"),
    (60, 182, "GEMEENTE VAN INSCHRIJVING..: ROTTERDAM"),
    (60, 212, "NAAM.......................: GULSEN YILMAZ"),
    (60, 226, "GEBOORTEDATUM..............: 25 SEP 1981"),
    (60, 240, "BURGERSERVICENUMMER........: 123456782"),
    (60, 254, "DATUM AANVANG ADRESHOUDING.: 07 MEI 2017"),
    (60, 284, "DATUM VERSTREKKING.........: 05 JAN 2026"),
]


def test_a_place_printed_only_in_capitals_is_kept_in_capitals():
    """CONTRACT.md keeps a value's original capitals: an extract that prints its town and
    municipality only in capitals gives them in capitals, not in the lexicon's spelling."""
    fields = field_values(only_document(placed_pdf([_CAPS_EXTRACT])))
    assert (fields["city"], fields["municipality"], fields["street"]) == ("HOOGVLIET", "ROTTERDAM", "SINT ANNASTRAAT")


def test_a_place_in_capitals_in_a_heading_takes_the_spelling_the_page_prints_it_in():
    """A heading in capitals ("GEMEENTE ALMERE") over a text that names the place in
    ordinary case: the value is the ordinary spelling the document itself uses."""
    rows = [(60, 50, "GEMEENTE ALMERE"), (60, 80, "Uittreksel uit de Basisregistratie Personen"),
            (60, 110, "De burgemeester van de gemeente Almere verklaart dat op het adres"),
            (60, 124, "Kerkstraat 4, 1311 AB Almere de volgende persoon staat ingeschreven:"),
            (60, 150, "Naam: Fatma Demir"), (60, 164, "Geboortedatum: 3 maart 1980"),
            (60, 178, "Burgerservicenummer: 123456782"), (60, 210, "Almere, 4 januari 2026")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert fields["municipality"] == "Almere"


def test_a_header_row_of_labels_is_no_street_the_row_under_it_is():
    """An address history's header row ("Straat en huisnummer | Postcode en plaats"): the
    next cell is another column's label, never the street; the street is under the header."""
    rows = [(60, 50, "Uittreksel BRP met adreshistorie"), (60, 70, "Gemeente Schiedam"),
            (60, 86, "Datum uittreksel 20 feb 2026"),
            (60, 110, "Gosal, Lies"), (60, 124, "Geboortedatum 19 jul 1996"), (60, 138, "Burgerservicenummer 123456782"),
            (60, 170, "Verblijfplaatsen"),
            (60, 186, "Straat en huisnummer"), (190, 186, "Postcode en plaats"), (320, 186, "Gemeente"),
            (400, 186, "Datum aanvang"), (480, 186, "Datum einde"),
            (60, 202, "Meidoornhof 25"), (190, 202, "3117 WZ Schiedam"), (320, 202, "Schiedam"), (400, 202, "12 mrt 2024"),
            (60, 218, "Vondelstraat 35"), (190, 218, "2311 LH Leiden"), (320, 218, "Leiden"), (400, 218, "19 jun 2021"),
            (480, 218, "11 mrt 2024")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert fields["street"] == "Meidoornhof"


def test_another_fields_date_label_is_not_the_signing_date():
    """"Datum terugkeer" is the end date's label (labels.toml): its date is never the
    date a house-sitting request was signed, which its own "Datum:" gives further down."""
    rows = [(60, 50, "Aanvraag huisbewaring"), (60, 80, "Naam huurder: Tarek Al-Masri"),
            (60, 94, "Naam huisbewaarder: Jian Zhang"), (60, 108, "Vertrekdatum 21 jan 2026"),
            (60, 122, "Datum terugkeer 16 mrt 2026"), (60, 136, "Reden: studie in het buitenland"),
            (60, 170, "Ondertekening"), (60, 184, "Plaats: Naarden"), (200, 184, "Datum: 5 jan 2026"),
            (60, 210, "Handtekening huurder")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert (fields["end_date"], fields["signed_date"]) == ("2026-03-16", "2026-01-05")


def test_a_contract_read_whole_by_its_labels_that_names_no_conditions_does_not_bind_to_them():
    """A sublet contract whose parties, rent and start stand after labels the module's own
    phrases do not know ("Hoofdhuurder / Main tenant"), read whole from its text layer,
    that says nothing of the landlord's conditions: `general_conditions` is false, for
    an analyst to confirm (its clauses too may be in wordings no concept knows); the
    clause it has is true."""
    rows = [(170, 50, "Kamerhuurovereenkomst (onderhuur)"),
            (60, 90, "Hoofdhuurder / Main tenant"), (280, 90, "Ruud Hendriks"),
            (60, 106, "Onderhuurder / Subtenant"), (280, 106, "Sanne Bosman"),
            (60, 122, "Adres van de kamer"), (280, 122, "Lindelaan 7"), (280, 136, "1948 TX Beverwijk"),
            (60, 152, "Huurprijs per maand"), (280, 152, "€ 450,-"),
            (60, 168, "Ingangsdatum / Commencement date"), (280, 168, "1 maart 2026"),
            (60, 200, "1. De kamer is bestemd voor bewoning door één persoon."),
            (60, 214, "2. Deze overeenkomst eindigt van rechtswege zodra de huurovereenkomst tussen de"),
            (60, 228, "hoofdhuurder en de verhuurder van de woning eindigt."),
            (60, 242, "3. Roken is in de woning niet toegestaan."),
            (60, 280, "Getekend te Beverwijk op 17 februari 2026")]
    document = only_document(placed_pdf([rows]))
    fields = field_values(document)
    assert (fields["tenant_name"], fields["subtenant_name"], fields["room_rent"]) == ("Ruud Hendriks", "Sanne Bosman", "450.00")
    assert (fields["end_with_main_lease"], fields["general_conditions"]) == (True, False)
    assert document.fields["general_conditions"].confidence == ABSENCE_IN_UNFAMILIAR_WORDS


def test_a_logo_that_stacks_its_legal_form_over_the_name_is_one_organisation():
    """A letterhead whose logo prints "GEMEENTE" over "Leiden", a postal address beside
    it: the employer is "Gemeente Leiden", never the legal form alone."""
    rows = [(60, 50, "GEMEENTE"), (400, 50, "Postbus 26831"), (400, 62, "2317 TL Leiden"), (60, 66, "Leiden"),
            (60, 110, "De heer F.A.S. Ahmadzai"), (60, 124, "Lindenhof 124"), (60, 138, "6031 MM Nederweert"),
            (60, 170, "Datum 07/02/2026"), (60, 186, "Onderwerp aanbod arbeidsovereenkomst"),
            (60, 214, "Geachte heer Ahmadzai,"),
            (60, 236, "Naar aanleiding van uw sollicitatie bieden wij u een arbeidsovereenkomst aan voor"),
            (60, 250, "onbepaalde tijd, met ingang van 01/04/2026, in de functie van handhaver."),
            (60, 264, "Uw standplaats is Leiden. Het salaris bedraagt € 3.100 bruto per maand.")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert fields["employer"] == "Gemeente Leiden"


def test_a_model_forms_blanks_are_read_before_their_captions():
    """A model contract filled in on its dotted lines, each blank captioned after it in
    brackets ("5-B (huisnummer), 3907GK (postcode)"): a value is what stands before its
    caption, never what follows it (the postcode's figures read as the house number)."""
    rows = [(60, 50, "Huurovereenkomst voor een kamer"), (60, 80, "De ondergetekenden:"),
            (60, 100, "1. Ling Lin (naam hoofdhuurder), huurder van de woning Sint Annastraat (straat) 5-B"),
            (60, 114, "(huisnummer), 3907GK (postcode) Veenendaal (plaats), hierna: de hoofdhuurder,"),
            (60, 136, "2. L.H. Cheung (naam onderhuurder), geboren op 07-10-1994 (geboortedatum), hierna: de onderhuurder,"),
            (60, 160, "a. De hoofdhuurder verhuurt aan de onderhuurder een kamer in bovengenoemde woning met ingang van"),
            (60, 174, "01-10-2026 (datum)."), (60, 196, "b. De huurprijs bedraagt € 510,- (bedrag) per maand.")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert (fields["house_number"], fields["postcode"]) == ("5B", "3907GK")
    assert (fields["tenant_name"], fields["subtenant_name"]) == ("Ling Lin", "L.H. Cheung")


def test_a_label_in_brackets_after_another_name_of_it_is_no_caption():
    """"Inkomen (verzamelinkomen) EUR 50364,00": the bracket names the label again, its
    value follows; only a page of several bracketed labels is a form of captioned blanks."""
    rows = [(60, 50, "Belastingdienst IB 60 - 2024"), (60, 80, "Inkomensverklaring 2024"),
            (60, 110, "1 Naam belastingplichtige WIJNANDS, Fleur Mies"), (60, 128, "2 Burgerservicenummer 123456782"),
            (60, 146, "3 Inkomen (verzamelinkomen) EUR 50364,00"), (60, 164, "4 Dagtekening 22 dec. 2025")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert fields["income"] == "50364.00"
