"""A care declaration whose issuer is named only in its footer, before its other parts
("Casemanagers Dementie West-Brabant · casemanager M. Monteiro · tel. ..."; fresh5's
studied case manager's checklist): the issuer, never sure, as a form may carry another
organisation's footer."""

from __future__ import annotations

from tests.extractors.rendered import field_values, lines_pdf, only_document

BODY = [
    "Mantelzorgverklaring",
    "1. Zorgvrager",
    "Naam Geboortedatum",
    "H. de Boer 03-02-1940",
    "2. Mantelzorger",
    "Naam Relatie",
    "P. de Boer zoon",
    "Permanent toezicht noodzakelijk: nee",
    "Datum Naam wijkverpleegkundige",
    "12 maart 2026 S. Jansen",
]


def test_the_footers_organisation_is_the_issuer_and_not_sure():
    document = only_document(lines_pdf(BODY + ["Wijkverpleging De Linde · wijkverpleegkundige S. Jansen · tel. 030-1234567"]))
    assert document.fields["issuer"].value == "Wijkverpleging De Linde"
    assert document.fields["issuer"].confidence <= 0.75


def test_a_last_line_without_parts_names_no_issuer():
    values = field_values(only_document(lines_pdf(BODY + ["Dit formulier is opgesteld door de zorgorganisatie van de gemeente"])))
    assert values["issuer"] is None
