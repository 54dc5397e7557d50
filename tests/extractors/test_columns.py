"""Pages set in columns of running text (issue 17, fresh8's studied half): a contract in
Dutch and English side by side, a municipality's page in three columns whose lines stand
a few points apart from column to column. A visual line running across the columns braided
two languages' sentences into one ("De overeenkomst eindigt van 2026 for a fixed term ...
rechtswege op 27 februari 2027"), so the contract's end and its employee were not read.
Now a text layer's words are chained on their own baseline, and a stretch of lines that a
white strip parts, each side running text, is read column by column. A form's table,
whose labels and values a gutter parts too, keeps its rows: its labels do not run on."""

from __future__ import annotations

from extractors.pages import read_bytes
from tests.extractors.rendered import field_values, only_document, placed_pdf

_DUTCH = ["Partijen", "Orbis Logistics Europe B.V., statutair", "gevestigd te Utrecht, hierna: de",
          "werkgever, en Magdalena Kowalski,", "geboren op 9 april 1963, hierna: de", "werknemer.",
          "Artikel 1 Indiensttreding", "De werknemer treedt in dienst op 27", "februari 2026 voor bepaalde tijd. De",
          "overeenkomst eindigt van rechtswege", "op 27 februari 2027.",
          "Artikel 2 Plaats van tewerkstelling", "De werkzaamheden worden verricht te", "Hoogvliet."]
_ENGLISH = ["Parties", "Orbis Logistics Europe B.V., having", "its registered office in Utrecht,",
            "hereinafter: the employer, and", "Magdalena Kowalski, born on 9 April", "1963, hereinafter: the employee.",
            "Article 1 Commencement", "The employee enters employment on", "27 February 2026 for a fixed term.",
            "The agreement ends by operation of", "law on 27 February 2027.",
            "Article 2 Place of work", "The work is performed in", "Hoogvliet."]


def _contract(offset: float = 0.0) -> list[tuple[float, float, str]]:
    """The two columns; the English one `offset` points lower than the Dutch."""
    rows = [(63, 62, "Orbis Logistics Europe B.V."), (63, 97, "Arbeidsovereenkomst voor bepaalde tijd / Fixed-term employment agreement")]
    rows += [(63, 120 + 12 * i, text) for i, text in enumerate(_DUTCH)]
    rows += [(320, 120 + 12 * i + offset, text) for i, text in enumerate(_ENGLISH)]
    return rows + [(63, 330, "Getekend te / Signed at Utrecht, 31 december 2025")]


def test_a_contract_in_two_languages_side_by_side_is_read_column_by_column():
    for offset in (0.0, 5.0):
        fields = field_values(only_document(placed_pdf([_contract(offset)])))
        assert fields["employee_name"] == "Magdalena Kowalski"
        assert fields["end_date"] == "2027-02-27"
        assert fields["start_date"] == "2026-02-27"


def test_the_dutch_column_reads_as_its_own_sentences():
    (page,) = read_bytes(placed_pdf([_contract(5.0)]), "sample.pdf")
    text = page.text
    assert "overeenkomst eindigt van rechtswege\nop 27 februari 2027." in text
    assert text.index("op 27 februari 2027.") < text.index("Parties")


def test_a_forms_table_keeps_its_rows():
    rows = [(63, 60, "Verklaring mantelzorg"), (63, 80, "Gemeente Utrecht")]
    labels = [("Naam mantelzorger", "Anneke van der Heijden"), ("Adres", "Merelerf 36, 3523 KL Utrecht"),
              ("Naam zorgvrager", "Johannes Pieter de Bruin"), ("Geboortedatum", "12 maart 1941"),
              ("Zorg", "dagelijks toezicht en verzorging"), ("Datum", "17 mei 2026")]
    for i, (label, value) in enumerate(labels):
        rows += [(63, 120 + 16 * i, label), (220, 120 + 16 * i, value)]
    (page,) = read_bytes(placed_pdf([rows]), "sample.pdf")
    assert "Naam mantelzorger Anneke van der Heijden" in page.text.splitlines()
    assert "Geboortedatum 12 maart 1941" in page.text.splitlines()


def test_a_forms_labels_beside_a_list_of_options_keep_their_rows():
    """An English form (fresh2's studied split): "Reason" beside a list of ticked options,
    then "Monthly fee paid by the house-" / "sitter" beside "€250.00". The options run on
    like text, but the labels stand spread down the page: no column of text, so the fee's
    row stays whole."""
    rows = [(63, 121, "House-sitting request form"), (63, 263, "2. House-sitter"), (63, 283, "Full name"), (237, 283, "Zineb Zarrouk"),
            (63, 393, "3. Absence"), (63, 412, "First day of absence"), (237, 412, "10/05/2026"),
            (63, 431, "Last day of absence"), (237, 431, "20/07/2026"),
            (63, 450, "Reason"), (237, 450, "[X] Work or study elsewhere / abroad"),
            (237, 464, "[ ] Care (hospital admission, rehabilitation or caring for"), (237, 479, "a relative)"),
            (237, 493, "[ ] Trial cohabitation with a partner"), (237, 507, "[ ] Long journey"), (237, 521, "[ ] Other reason"),
            (63, 540, "Monthly fee paid by the house-"), (237, 540, "€250.00"), (63, 554, "sitter"),
            (63, 579, "Strike through what does not apply."), (63, 605, "Date: 19/02/2026")]
    (page,) = read_bytes(placed_pdf([rows]), "sample.pdf")
    assert "Monthly fee paid by the house- €250.00" in page.text.splitlines()
    assert "Reason [X] Work or study elsewhere / abroad" in page.text.splitlines()
