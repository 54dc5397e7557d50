"""A folder set in landscape: two columns of running text, and a tear-off strip right of
them whose labels stand over their values (fresh7's studied house-sitting folder). The
lines of the three columns fall between each other, so a line under a label may hold only
the other columns' text, and a line may begin with a word the form uses as a label
("huisbewaarder. U heeft ..."); the strip's labels, each ending a line after the other
columns' text, are no column of labels right of their values."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

from tests.extractors.rendered import field_values, only_document

LEFT = [
    "Laat uw woning bewaren.", "Gaat u tijdelijk ergens anders", "wonen? Dan mag iemand anders",
    "in die tijd in uw woning wonen:", "een huisbewaarder. U heeft", "daarvoor altijd vooraf onze",
    "toestemming nodig.", "huisbewaarder. U heeft daarvoor", "altijd een contract nodig.",
    "De regels", "U bent minimaal 3 maanden weg.", "De vergoeding is niet hoger",
    "dan uw huur.", "Uitgave september 2025",
]
MIDDLE = [
    "Zo vraagt u het aan", "1. Vul de strook hiernaast in.", "2. Laat de huisbewaarder",
    "meetekenen.", "3. Stuur de strook met de", "bewijsstukken naar ons.", "4. U krijgt binnen 4 weken",
    "antwoord.", "Bewijsstukken", "werk of studie: een contract", "zorg: een verklaring",
    "reis: tickets of een reisschema", "een kopie van het identiteitsbewijs",
]
STRIP = [  # (line number, text): each label two lines over its value
    (0, "Aanvraag huisbewaring"), (2, "Naam huurder"), (4, "Petra de Wit"), (5, "Naam huisbewaarder"),
    (7, "Karim Benali"), (8, "Geboortedatum huisbewaarder"), (10, "03-05-1990"), (11, "Einddatum"), (13, "31-12-2026"),
]


def _folder() -> bytes:
    buffer = io.BytesIO()
    size = landscape(A4)
    c = canvas.Canvas(buffer, pagesize=size)
    c.setFont("Helvetica", 10)
    top = size[1] - 60
    for i, text in enumerate(LEFT):
        c.drawString(34, top - 14 * i, text)
    for i, text in enumerate(MIDDLE):
        c.drawString(300, top - 14 * i, text)
    for i, text in STRIP:
        c.drawString(560, top - 14 * i, text)
    c.showPage()
    c.save()
    return buffer.getvalue()


def test_the_strips_values_under_their_labels_are_read():
    document = only_document(_folder())
    values = field_values(document)
    assert str(document.doc_type) == "huisbewaring_aanvraag"
    assert values["tenant_name"] == "Petra de Wit"
    assert values["sitter_name"] == "Karim Benali"
    assert values["sitter_birth_date"] == "1990-05-03"
    assert values["end_date"] == "2026-12-31"
