"""A form that prints its labels small, over the values (issue 17, fresh7's studied
leaflet, read column by column): "tot en met" in caption type stands under one date and
over another. A caption under a box's value is read upwards only when no value of its
kind stands right under it; here the date under it is the period's end."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def test_a_small_label_with_a_value_under_it_is_read_downwards():
    rows = [(60, 50, "Aanvraag huisbewaring"),
            (60, 74, "Naam huurder"), (60, 85, "Arie Hendriks"),
            (60, 104, "Naam huisbewaarder"), (60, 115, "Johanna Postma"),
            (60, 134, "Ik ben weg van"), (60, 145, "01-11-2026"),
            (60, 164, "tot en met"), (60, 175, "06-04-2027"),
            (60, 194, "Vergoeding per maand"), (60, 205, "EUR 450,50"),
            (60, 224, "Datum"), (60, 235, "08-09-2026")]
    small = frozenset(i for i, row in enumerate(rows) if i and i % 2 == 1)
    fields = field_values(only_document(placed_pdf([rows], small=small)))
    assert fields["end_date"] == "2027-04-06"
