"""Three of fresh12's studied layouts (issue 17), each a mechanism:

- A tenant's mail answering the corporation's questions, "Onderwerp RE: Uw aanvraag
  huisbewaring": the "uw" of a subject answered is the replier's own, so the mail is the
  request's facts, not the corporation's decision on it (`titles._REPLIED`); it was typed
  `unknown`. Its period, "Van do 2 jul 2026 tot en met vr 19 feb 2027", has a weekday
  before each date (`prose_facts._ON_DAY`).
- A fax's cover sheet ("Aantal pagina's (incl. dit blad) 2", "stuur ik u hierbij de
  inkomensverklaring") and the IB 60 behind it: one document, its fields the IB 60's
  (`classify._ENCLOSES`, `classify._BEHIND`); the cover's own date was read at 1.0.
- A model contract with notes in its margin, each beside its article: the notes are a
  column of their own (`model._columns`), so "Toelichting: onderhuur kan nooit langer duren
  dan de hoofdhuur" no longer runs into article 3 and the end clause is read true, not
  false at 1.0.
"""

from __future__ import annotations

from tests.extractors.rendered import only_document, placed_pdf


def _lines(rows: list[str], x: float = 63, top: float = 50, step: float = 15) -> list[tuple[float, float, str]]:
    return [(x, top + step * i, text) for i, text in enumerate(rows)]


MAIL = [
    "Van Rasha Al Khatib <rasha23@example.nl>",
    "Aan verhuur@example.nl",
    "Datum ma 27 apr 2026 10:20",
    "Onderwerp RE: Uw aanvraag huisbewaring [HB-94733]",
    "Beste meneer/mevrouw,",
    "Hieronder mijn antwoorden op uw vragen.",
    "> Wat is de naam van de huisbewaarder?",
    "Hendrik Sem Voor",
    "> Van wanneer tot wanneer bent u weg?",
    "Van do 2 jul 2026 tot en met vr 19 feb 2027.",
    "> Heeft de huisbewaarder een eigen woning?",
    "Nee.",
    "Met vriendelijke groet,",
    "Rasha Al Khatib",
]


def test_a_tenant_s_reply_about_their_request_is_the_request():
    document = only_document(placed_pdf([_lines(MAIL)]))
    assert document.doc_type == "huisbewaring_aanvraag"
    assert document.fields["sitter_name"].value == "Hendrik Sem Voor"
    assert (document.fields["start_date"].value, document.fields["end_date"].value) == ("2026-07-02", "2027-02-19")


def test_the_corporation_s_answer_to_a_request_is_no_request():
    answer = [line.replace("RE: ", "") for line in MAIL]
    assert only_document(placed_pdf([_lines(answer)])).doc_type == "unknown"


COVER = [
    "09/10/2026 10:36 FAX 011-4605037 KREDIETBANK NEDERLAND P.001/002",
    "FAXBERICHT",
    "Van Kredietbank Nederland",
    "Aan Woonstichting, afdeling Verhuur",
    "Datum 9 oktober 2026",
    "Aantal pagina's (incl. dit blad) 2",
    "Betreft inkomensverklaring van onze client",
    "Geachte heer/mevrouw,",
    "Zoals besproken stuur ik u hierbij de inkomensverklaring van onze client.",
    "Met vriendelijke groet,",
    "Samuel Woldemichael",
]
IB60 = [
    "09/10/2026 10:36 FAX 011-4605037 KREDIETBANK NEDERLAND P.002/002",
    "Belastingdienst",
    "M. Krawczyk",
    "Datum 12 september 2026",
    "Burgerservicenummer 410381603",
    "Inkomensverklaring 2024",
    "Naam M. Krawczyk",
    "Verzamelinkomen EUR 38.035",
]


def test_a_fax_cover_and_the_statement_behind_it_are_one_statement():
    document = only_document(placed_pdf([_lines(COVER), _lines(IB60)]))
    assert document.doc_type == "inkomensverklaring" and document.pages == (1, 2)
    assert document.fields["issue_date"].value == "2026-09-12"
    assert document.fields["income"].value == "38035.00"


NOTES = [
    (63, 113, "Toelichting: de hoofdhuurder is"), (63, 124, "degene die de woning huurt."),
    (63, 156, "Toelichting: omschrijf de kamer"), (63, 167, "zo precies mogelijk."),
    (63, 198, "Toelichting: onderhuur kan nooit"), (63, 210, "langer duren dan de hoofdhuur,"), (63, 222, "tenzij anders afgesproken."),
    (63, 254, "Toelichting: laat bij twijfel de"), (63, 266, "huurprijs toetsen."),
    (63, 310, "Toelichting: vraag om een"), (63, 322, "exemplaar van de voorwaarden."),
]
ARTICLES = [
    (221, 112, "Artikel 1 Partijen"), (221, 126, "1.1 Hoofdhuurder: Erik Willem de Wit."),
    (221, 139, "1.2 Onderhuurder: Quincy Winklaar."),
    (221, 155, "Artikel 2 Het gehuurde"), (221, 168, "2.1 Een kamer in de woning Oranjegracht 7, 5235 RD Empel."),
    (221, 182, "2.2 Keuken en sanitair worden gedeeld."),
    (221, 198, "Artikel 3 Duur"), (221, 211, "3.1 Deze overeenkomst gaat in op 01-08-2026 en geldt voor"),
    (221, 224, "onbepaalde tijd. 3.2 Bij beeindiging van het huurcontract van de"),
    (221, 237, "hoofdhuurder met de corporatie, om welke reden ook, eindigt ook"), (221, 250, "deze kamerhuur."),
    (221, 267, "Artikel 4 Huurprijs"), (221, 280, "4.1 Kale huur: EUR 300,00 per maand."),
    (221, 310, "Artikel 5 Voorwaarden"), (221, 323, "5.1 Op deze overeenkomst zijn de algemene voorwaarden van de"),
    (221, 336, "woningcorporatie eveneens van toepassing."),
]


def test_notes_in_the_margin_are_read_apart_from_the_articles():
    rows = [(63, 61, "Model kamerhuurovereenkomst onderhuur")] + NOTES + ARTICLES
    small = frozenset(range(1, 1 + len(NOTES)))
    document = only_document(placed_pdf([rows], small=small))
    assert document.doc_type == "huurovereenkomst_onderhuur"
    assert document.fields["end_with_main_lease"].value is True
    assert document.fields["start_date"].value == "2026-08-01"
