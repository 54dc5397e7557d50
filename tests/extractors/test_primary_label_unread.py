"""A field's own label on the page with no value read beside it, and a label that may
name something else with one (issue 17, a temp agency's contract in the fresh split's
batch: "Werklocatie" unread, "Vestiging Naarden" the agency's branch, read as the place of
work at 0.96): the value is the analyst's to confirm, never sure."""

from __future__ import annotations

from tests.extractors.rendered import only_document, placed_pdf


def _place(hirer_line: str):
    rows = [(63, 60, "Arbeidsovereenkomst voor uitzendkrachten"),
            (63, 90, "Uitzendkracht"), (200, 90, "J.E. Verhoeven"),
            (63, 106, "Werkgever"), (200, 106, "Olympia Uitzendbureau B.V."),
            (63, 122, hirer_line),
            (63, 138, "Ingangsdatum"), (200, 138, "1 mei 2026"),
            (63, 154, "Salaris"), (200, 154, "EUR 23,60 per uur; proeftijd geen"),
            (63, 186, "Vestiging"), (200, 186, "Naarden")]
    return only_document(placed_pdf([rows])).fields["place"]


def test_the_place_under_another_label_is_not_sure_when_the_fields_own_label_is_unread():
    place = _place("Inlener Bouwbedrijf Hendriks & Zonen Werklocatie Emmeloord")  # no cell's gap before the label
    assert place.value is None or place.confidence < 0.8


def test_the_fields_own_label_gives_the_place():
    place = _place("Werklocatie Emmeloord")
    assert place.value == "Emmeloord" and place.confidence >= 0.8
