"""Care given in the passive (issue 17, fresh6's studied half): a GP's note on a
prescription sheet says "Mantelzorg wordt verleend door Wulan Sutedja."; a care
organisation's "De zorg wordt dagelijks gegeven aan mevrouw R. Prins". The caregiver was
missed before: only the active "X verleent mantelzorg" was a caregiver's sentence."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def test_the_caregiver_and_the_recipient_of_care_in_the_passive():
    rows = [(29, 30, "Huisartsengroep De Vaart Monster"), (29, 61, "R/"), (29, 88, "Verklaring mantelzorg"),
            (29, 101, "De zorg wordt dagelijks gegeven aan mevrouw R. Prins, geb. 23-01-1940."),
            (29, 126, "Mantelzorg wordt verleend door Wulan Sutedja."),
            (29, 147, "Datum: 16 sep 2026")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert (fields["caregiver_name"], fields["care_recipient_name"]) == ("Wulan Sutedja", "R. Prins")
