"""A period whose start lies after its end has a misread date in it (dev's handwritten
form photographed: "Afwezig van 2026-12-10 tot 2027-01-28" read with "2028" for "2026"):
both dates are unread, never one of them confident. "Afwezig van A tot B" states the
period's two dates."""

from __future__ import annotations

from tests.extractors.rendered import field_values, lines_pdf, only_document

FORM = ["Aanvraag huisbewaring", "Naam huurder: Petra de Wit", "Naam huisbewaarder: Karim Benali", "Reden: lange reis"]


def test_an_absence_from_one_date_to_another_is_the_period():
    values = field_values(only_document(lines_pdf(FORM + ["Afwezig van 2026-12-10 tot 2027-01-28"])))
    assert (values["start_date"], values["end_date"]) == ("2026-12-10", "2027-01-28")


def test_a_period_that_ends_before_it_starts_is_unread():
    values = field_values(only_document(lines_pdf(FORM + ["Begindatum: 10-12-2028", "Einddatum: 28-01-2027"])))
    assert (values["start_date"], values["end_date"]) == (None, None)
