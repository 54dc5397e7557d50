"""A contract set out in articles, each a heading over a sentence (issue 17; fresh10's
unseen `vlaamse_bediende_bepaalde_duur`, a Flemish employment contract, studied for this
and moved to the studied half). Its place of work came out "Loon" at 1.0: the heading
"Artikel 3 - Plaats van tewerkstelling" is a label, the word under it in its column was
the middle of the sentence "De plaats van tewerkstelling is Brugge.", and the next word
in the column the next heading's ("Artikel 4 - Loon").

- Under a label that does not start its cell, a line that starts where the heading does
  and runs on into the label's column is the heading's paragraph: no value stands under
  it (`locating._paragraph_under_heading`).
- A sentence that names the field and says "is", "bedraagt" or "luidt" states its value
  (`locating._stated`).
- The preamble's parties: "en Wassim Sabbagh, wonende te ..., hierna genoemd de bediende";
  a party's name ends at its comma or at the words that describe it, "met maatschappelijke
  zetel te" when OCR read the comma as a full stop (`prose_facts.defined_party`)."""

from __future__ import annotations

from tests.extractors.rendered import field_values, lines_pdf, only_document

PREAMBLE = [
    "ARBEIDSOVEREENKOMST VOOR BEDIENDEN VAN BEPAALDE DUUR",
    "Tussen de ondergetekenden:",
    "Brugse Bouwonderneming BV, met maatschappelijke zetel te Brussel, ondernemingsnummer 0686.838.459,",
    "vertegenwoordigd door de zaakvoerder, hierna genoemd de werkgever,",
    "en Wassim Sabbagh, wonende te Tweede Oosterparkstraat 8, 5151 BB Drunen, hierna genoemd de",
    "bediende,",
    "wordt overeengekomen wat volgt:",
    "Artikel 1 - Duur",
    "De overeenkomst vangt aan op 15 december 2025 en eindigt van rechtswege op 15 juni 2026.",
]


def _contract(place_sentence: str, preamble: list[str] = PREAMBLE) -> dict:
    lines = preamble + [
        "Artikel 3 - Plaats van tewerkstelling",
        place_sentence,
        "Artikel 4 - Loon",
        "Het brutomaandloon bedraagt 3039,00 EUR.",
        "Opgemaakt in twee exemplaren te Gent op 22 november 2025.",
    ]
    return field_values(only_document(lines_pdf(lines)))


def test_the_sentence_under_an_articles_heading_states_the_place():
    fields = _contract("De plaats van tewerkstelling is Brugge.")
    assert fields["place"] == "Brugge"
    assert fields["start_date"] == "2025-12-15" and fields["end_date"] == "2026-06-15"


def test_no_value_under_a_heading_is_taken_from_the_next_heading():
    fields = _contract("De plaats van tewerkstelling wordt later in onderling overleg bepaald.")
    assert fields["place"] is None


def test_a_verb_followed_by_no_town_states_none():
    fields = _contract("De plaats van tewerkstelling is afhankelijk van de opdracht.")
    assert fields["place"] is None


def test_the_flemish_preamble_names_employer_and_employee():
    fields = _contract("De plaats van tewerkstelling is Brugge.")
    assert fields["employer"] == "Brugse Bouwonderneming BV"
    assert fields["employee_name"] == "Wassim Sabbagh"


def test_a_partys_name_ends_where_its_description_starts_when_the_comma_was_lost():
    preamble = [line.replace("BV,", "BV") for line in PREAMBLE]
    fields = _contract("De plaats van tewerkstelling is Brugge.", preamble)
    assert fields["employer"] == "Brugse Bouwonderneming BV"


def test_the_sentence_under_a_rent_heading_gives_the_rent():
    """The heading's own sentence is still read: "Artikel 3 Huurprijs" over "De onderhuurder
    betaalt de hoofdhuurder € 480,00 per maand" (the line under it, and no line after)."""
    lines = [
        "HUUROVEREENKOMST KAMER",
        "De hoofdhuurder en de onderhuurder spreken het volgende af.",
        "Artikel 1 Het gehuurde",
        "De hoofdhuurder verhuurt aan de onderhuurder een kamer in de woning Lindelaan 4, 3811 GC Amersfoort.",
        "Artikel 2 Duur",
        "De onderhuur gaat in op 1 november 2026 en geldt voor onbepaalde tijd.",
        "Artikel 3 Huurprijs",
        "De onderhuurder betaalt de hoofdhuurder € 480,00 per maand, vooruit te betalen.",
        "Artikel 4 Borg",
        "De borg van € 960,00 wordt bij aanvang betaald.",
    ]
    assert field_values(only_document(lines_pdf(lines)))["room_rent"] == "480.00"
