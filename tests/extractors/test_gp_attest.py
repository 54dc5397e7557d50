"""A GP's attest in the Flemish manner (issue 17, fresh9's studied care declaration): the
patient named after "verklaart dat", the carer in the passive ("verzorgd wordt door") and
in a relative clause ("die als mantelzorger ..."), and the 24-hour care denied with an
aside inside its clause ("permanent toezicht (24 op 24) is niet nodig"). That denial was
read as a statement of 24-hour care at 1.0: a bracketed aside no longer cuts its clause."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def _attest(supervision: str) -> dict:
    rows = [(63, 61, "Huisartsenpraktijk Sint-Jozef"),
            (63, 83, "Kerkstraat 57, 2646 Hamont-Achel (Belgie)"),
            (263, 138, "ATTEST"),
            (63, 181, "Ondergetekende, dokter F. Kuipers, huisarts, verklaart dat"),
            (91, 205, "Gulsen Cetin"),
            (91, 220, "geboren op 27/05/1941"),
            (91, 248, "BSN (Nederland) 403945409"),
            (63, 273, "door mij wordt behandeld en verzorgd wordt door"),
            (91, 297, "Hodan Abdi, geboren op 18/04/1993,"),
            (63, 322, "die als mantelzorger bij betrokkene inwoont of dagelijks aanwezig is."),
            (63, 347, f"Betrokkene heeft dagelijks hulp nodig bij de verzorging en het huishouden; {supervision}"),
            (63, 398, "Opgemaakt te Hamont-Achel op 04/06/2026."),
            (63, 440, "Dr. F. Kuipers"), (63, 454, "huisarts")]
    return field_values(only_document(placed_pdf([rows])))


def test_the_patient_and_the_carer_of_a_gps_attest():
    fields = _attest("permanent toezicht (24 op 24) is niet nodig.")
    assert fields["care_recipient_name"] == "Gulsen Cetin"
    assert fields["caregiver_name"] == "Hodan Abdi"


def test_24_hour_care_denied_around_an_aside_is_denied():
    assert _attest("permanent toezicht (24 op 24) is niet nodig.")["round_the_clock"] is False
    assert _attest("permanent toezicht (24 op 24) is nodig.")["round_the_clock"] is True
