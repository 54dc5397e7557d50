"""Two bank-app screenshots printed side by side (issue 17, fresh8's studied half): the
account screen's "Rekeninghouders" stands over its holders, with the transactions screen's
line between them in the page's line order. The holders are the cell under the label in
its own column, not the heading's neighbour ("Gezamenlijke rekening  Vandaag")."""

from __future__ import annotations

from tests.extractors.rendered import field_values, only_document, placed_pdf


def test_holders_under_their_label_with_another_screens_line_between():
    rows = [(40, 53, "Screenshots van onze gezamenlijke rekening (ING), voor de aanvraag medehuur."),
            (58, 111, "Rekeningen"), (316, 111, "Transacties"),
            (58, 133, "Gezamenlijke rekening"), (316, 133, "Vandaag"),
            (316, 152, "Bol.com - 222,65"), (58, 161, "€ 5.046,30"), (316, 161, "HEMA - 212,64"),
            (65, 200, "IBAN"), (316, 194, "Gisteren"),
            (65, 211, "NL13 INGB 9994 8508 80"), (316, 211, "Zilveren Kruis - 24,36"),
            (65, 243, "Rekeninghouders"), (316, 235, "21 apr."),
            (316, 251, "CZ Zorgverzekering - 139,64"), (65, 255, "Ö. Dogan en R. Emanuelson"),
            (65, 286, "Bank"), (316, 270, "Lidl - 238,04"), (65, 298, "ING")]
    fields = field_values(only_document(placed_pdf([rows])))
    assert fields["account_holders"] == ["Ö. Dogan", "R. Emanuelson"]
    assert fields["iban"] == "NL13INGB9994850880"
