"""fresh14's studied half (issue 17), each by the mechanism it lacked:

- a questionnaire whose question has a bracketed instruction that wraps ("per maand? (vul 0
  in als er geen" / "vergoeding is)"), a period answered with two-digit years ("van 20-5-26
  tot 27-7-26"), the tenant asked as "Uw naam (huurder)" (`locating._asks`, `_answer`,
  `_dates_in`, `prose_facts._PERIOD`);
- a care farm's declaration: its participant ("Deelnemer") is cared for, its week schedule's
  times of day ("9.30 - 15.30 uur") are no amounts of care to tick, and a care farm is an
  organisation (`mantelzorgverklaring._CLOCK_TIMES`, `lexicon/organisations.txt`);
- a bank's letter naming the holders one a line under "Tenaamstelling" (`locating._more_names`);
- a municipality's contract: the party with a seat is the employer, and "gemeentewerf
  Julianadorp" is a place in Julianadorp (`prose_facts._SEATED`, `locating._town`);
- a draft tax return that says "Het is geen aanslag en geen inkomensverklaring" is none
  (`titles._denied_too`, `classify.DISOWNED_SCORE`).
"""

from __future__ import annotations

from tests.extractors.rendered import field_values, lines_pdf, only_document, placed_pdf


def test_a_questionnaire_with_wrapped_instructions_and_two_digit_years():
    lines = [
        "Woonstichting De Kaap",
        "Vragenlijst huisbewaring",
        "1 Uw naam (huurder)",
        "Saskia Verhoef",
        "2 Van welke datum tot welke datum bent u weg?",
        "van 3-6-26 tot 28-8-26",
        "3 Hoeveel vergoeding betaalt de huisbewaarder per maand? (vul 0 in als er geen vergoeding",
        "is)",
        "€ 250,00",
        "4 Naam van de huisbewaarder",
        "Rutger Blom",
        "5 Datum en handtekening",
        "12-4-26 S. Verhoef",
    ]
    fields = field_values(only_document(lines_pdf(lines)))
    assert fields["tenant_name"] == "Saskia Verhoef"
    assert (fields["start_date"], fields["end_date"]) == ("2026-06-03", "2026-08-28")
    assert fields["compensation"] == "250.00"
    assert fields["sitter_name"] == "Rutger Blom"


def test_a_care_farm_s_declaration_with_a_week_schedule():
    rows = [
        (63, 50, "Zorgboerderij Het Klaverblad"), (63, 64, "dagbesteding · logeren · Dorpsweg 3, 8251 AB Dronten"),
        (63, 90, "Dronten, 15-04-2026"), (63, 115, "Verklaring mantelzorg"),
        (63, 140, "Deelnemer"), (200, 140, "Sanne Kuiper"), (63, 154, "Mantelzorger"), (200, 154, "Joost Kuiper"),
        (63, 180, "Dag"), (200, 180, "Waar en door wie"),
        (63, 194, "maandag"), (200, 194, "dagbesteding 9.30 - 15.30 uur, vervoer door de boerderij"),
        (63, 208, "dinsdag"), (200, 208, "thuis, zorg door Joost"),
        (63, 222, "woensdag"), (200, 222, "dagbesteding 9.30 - 15.30 uur, vervoer door de boerderij"),
        (63, 236, "donderdag"), (200, 236, "thuis, zorg door Joost"),
        (63, 250, "vrijdag"), (200, 250, "dagbesteding 9.30 - 15.30 uur, vervoer door de boerderij"),
        (63, 275, "Buiten de dagbesteding kan Sanne Kuiper niet alleen zijn: er is 24 uur per dag toezicht nodig,"),
        (63, 288, "ook 's nachts. Dat toezicht geeft Joost Kuiper."),
    ]  # fmt: skip
    document = only_document(placed_pdf([rows]))
    fields = field_values(document)
    assert document.doc_type == "mantelzorgverklaring"
    assert (fields["caregiver_name"], fields["care_recipient_name"]) == ("Joost Kuiper", "Sanne Kuiper")
    assert fields["round_the_clock"] is True
    assert fields["issuer"] == "Zorgboerderij Het Klaverblad"


def test_holders_one_a_line_under_their_heading():
    lines = [
        "ASN Bank", "Rekeningafschrift", "Datum 16-09-2026", "Rekeningnummer NL91 ABNA 0417 1643 00",
        "Tenaamstelling", "Dorien Mulder", "Karim Benali", "",
        "Datum Omschrijving Bedrag", "02-09-2026 Huur september -650,00",
    ]  # fmt: skip
    assert field_values(only_document(lines_pdf(lines)))["account_holders"] == ["Dorien Mulder", "Karim Benali"]


def test_a_municipality_s_contract_its_seated_party_and_its_yard():
    lines = [
        "gemeente Harderwijk",
        "Arbeidsovereenkomst",
        "Datum indiensttreding 01-04-2026",
        "Einddatum 30-09-2027",
        "Plaats van tewerkstelling gemeentewerf Hierden",
        "Artikel 1 Partijen",
        "Gemeente Harderwijk, gevestigd te Harderwijk, en P. Veenstra, geboren op 13-02-1971, wonende",
        "Oranjeplein 9 te Ermelo.",
        "Artikel 2 Duur",
        "De arbeidsovereenkomst gaat in op 01-04-2026 en is aangegaan voor bepaalde tijd tot en met 30-09-2027.",
    ]
    fields = field_values(only_document(lines_pdf(lines)))
    assert fields["employer"] == "Gemeente Harderwijk"
    assert fields["place"] == "Hierden"


def test_a_draft_tax_return_that_says_it_is_no_income_statement():
    lines = [
        "Belastingdienst · Aangifte inkomstenbelasting 2024",
        "Overzicht aangifte inkomstenbelasting 2024",
        "Naam R. de Wit",
        "Status nog niet verzonden",
        "Inkomen uit werk en woning (box 1) € 41.089,83",
        "Verzamelinkomen (berekend) € 41.788,29",
        "Dit overzicht is een afdruk van uw aangifte zoals u die heeft ingevuld. Het is geen aanslag en geen inkomensverklaring.",
    ]
    assert only_document(lines_pdf(lines)).doc_type == "unknown"
