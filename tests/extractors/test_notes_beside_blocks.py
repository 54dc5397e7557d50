"""What a reader adds to a BRP extract before handing it in (issue 17, fresh9's studied
extract): a sticky note beside a person's block, a tick in the margin before a "Naam".
A block's name is its cell's words, never the note's beside it ("Serkan Erdoğan
aanvraag medehuur" was read at 1.0), and a ticked "Naam" is still the block's label."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def _extract(first_name_label: str = "Naam", second_name_label: str = "Naam") -> dict:
    rows = [(63, 60, "Gemeente IJsselstein"),
            (63, 121, "Uittreksel Basisregistratie Personen"),
            (63, 171, "Adres"), (200, 171, "Voorstraat 7"),
            (63, 187, "Postcode en woonplaats"), (200, 187, "3405 XN IJsselstein"),
            (63, 230, "Ingeschreven personen (2)"),
            (399, 237, "Voor de woonconsulent"),
            (63, 252, first_name_label), (200, 252, "Serkan Erdogan"), (399, 252, "aanvraag medehuur"),
            (90, 268, "Geboortedatum"), (200, 268, "11-03-1963"), (399, 268, "contract 14-6500"),
            (90, 283, "Burgerservicenummer"), (200, 283, "683054120"), (399, 283, "ingeleverd 27/6"),
            (90, 299, "Datum vestiging op dit adres"), (200, 299, "22-04-2005"), (399, 299, "groet, Serkan"),
            (63, 333, second_name_label), (200, 333, "Mariam Sultani"),
            (90, 349, "Geboortedatum"), (200, 349, "26-08-1952"),
            (90, 366, "Burgerservicenummer"), (200, 366, "209942927"),
            (90, 382, "Datum vestiging op dit adres"), (200, 382, "02-11-2006"),
            (63, 502, "Afgegeven op 07-02-2026")]
    return field_values(only_document(placed_pdf([rows])))


def test_a_note_beside_a_name_is_not_part_of_it():
    names = [person["name"] for person in _extract()["persons"]]
    assert names == ["Serkan Erdogan", "Mariam Sultani"]


def test_a_ticked_name_label_still_opens_a_block():
    persons = _extract(second_name_label="/___Naam")["persons"]
    assert [p["name"] for p in persons] == ["Serkan Erdogan", "Mariam Sultani"]
    assert persons[1]["bsn"] == "209942927"


def test_a_label_with_a_full_stop_before_a_far_value():
    """"Naam." with the value in its column: the label's full stop is no value of its own."""
    persons = _extract(first_name_label="Naam.", second_name_label="Naam.")["persons"]
    assert [p["name"] for p in persons] == ["Serkan Erdogan", "Mariam Sultani"]
