"""Labels as data and the layout-generic locator (`extractors.labels`, `extractors.locating`).

Every page here is a real born-digital PDF read by real pdfplumber (`rendered.lines_pdf`),
in wordings and layouts the doc-type modules were not written for.
"""

from __future__ import annotations

import unittest.mock
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import labels
from extractors.labels import allowed_edits, find_label, fold, table
from extractors.locating import FREE_TEXT_CONFIDENCE, GENERIC_LABEL_CONFIDENCE, fill_from_labels, locate
from extractors.pages import read_bytes
from tests.extractors.rendered import lines_pdf, ocr_like, unicode_pdf
from extractors.values import SQUEEZED_DATE_CONFIDENCE, parse_squeezed_date, read_date
from woondossier.model import Field, Line, Page, Word


def _pages(lines: list[str]):
    """The lines as OCR read them (`rendered.ocr_like`): these tests give OCR's slips."""
    return ocr_like(read_bytes(lines_pdf(lines), "form.pdf"))


def _locate(lines: list[str], doc_type: str, field: str) -> Field:
    return locate(_pages(lines), table()[doc_type][field])


def test_every_field_of_the_table_has_a_known_kind_and_contract_name():
    from extractors.locating import KINDS

    contract = {
        "brp_uittreksel": {"issue_date", "municipality", "street", "house_number", "postcode", "city", "persons"},
        "inkomensverklaring": {"name", "bsn", "tax_year", "income", "issue_date"},
        "huurovereenkomst_onderhuur": {"tenant_name", "subtenant_name", "postcode", "house_number", "room_rent", "start_date", "signed_date"},
        "mantelzorgverklaring": {"caregiver_name", "care_recipient_name", "issue_date", "issuer"},
        "huisbewaring_aanvraag": {"tenant_name", "sitter_name", "sitter_birth_date", "start_date", "end_date", "compensation", "signed_date"},
        "arbeidsovereenkomst": {"employee_name", "employer", "start_date", "end_date", "place"},
        "bankafschrift": {"account_holders", "iban", "statement_date"},
    }
    assert set(table()) == set(contract)
    for doc_type, fields in table().items():
        assert set(fields) == contract[doc_type], doc_type
        for row in fields.values():
            assert (row.kind in KINDS or row.kind == "persons" and row.columns) and row.labels, (doc_type, row.field)


@pytest.mark.parametrize(
    "line, wording, found",
    [
        ("Geboortedatum: 01-02-1990", "geboortedatum", True),
        ("Geboorte datum: 01-02-1990", "geboortedatum", True),  # a word split
        ("Geboortedatvm: 01-02-1990", "geboortedatum", True),  # an OCR slip
        ("Naam zorgvrager | Piet", "naam zorgvrager", True),
        ("Afgegeven door: Stichting", "afgegeven op", False),  # a word left out is no slip
        ("BSM 123", "bsn", False),  # a short label is matched exactly
        ("Ik ben afwezig met ingang van 6 juli", "afwezig tot", False),  # "met" is another word, not a slip of "tot"
        ("Aldus opgemaakt te Veenendaal", "aldus opgemaakt op", False),
        ("Afwczig tot 1 mei", "afwezig tot", True),
    ],
    ids=["plain", "split", "slip", "ruled", "other-word", "short-exact", "short-word-other", "te-not-op", "slip-in-long-word"],
)
def test_a_label_is_found_through_case_punctuation_and_ocr_slips(line, wording, found):
    (page,) = _pages([line])
    assert bool(find_label(page, 0, wording)) is found


def test_fold_and_edit_allowance_are_documented():
    assert fold("Cliënt:") == "client"
    assert allowed_edits(len("naam")) == 0 and allowed_edits(len("geboortedatum")) == 2


def test_values_are_found_after_labels_in_unseen_wordings():
    lines = [
        "Onderhuurovereenkomst kamer",
        "Naam kamerhuurder:   S. Öztürk",
        "Adres van de woning: Kerkstraat 12 A, 1234 AB Tilburg",
        "Maandhuur: € 1.234,50",
        "Aanvangsdatum       1 december 2026",
    ]
    pages = _pages(lines)
    fields = fill_from_labels("huurovereenkomst_onderhuur", pages, {})
    assert fields["subtenant_name"].value == "S. Öztürk"
    assert fields["postcode"].value == "1234AB"
    assert fields["house_number"].value == "12A"
    assert fields["room_rent"].value == "1234.50"
    assert fields["start_date"].value == "2026-12-01"
    assert fields["start_date"].confidence == 1.0  # a specific label, a printed date
    # a name no checksum vouches for, found by label alone, goes past an analyst
    assert fields["subtenant_name"].confidence <= FREE_TEXT_CONFIDENCE


def test_a_field_the_module_read_is_kept():
    pages = _pages(["Maandhuur: € 400,00"])
    read = Field(value="399.00", confidence=0.9, page=1, bbox=(0, 0, 1, 1))
    assert fill_from_labels("huurovereenkomst_onderhuur", pages, {"room_rent": read})["room_rent"] is read
    unreadable = Field(value=None, confidence=0.0, page=1, bbox=(0, 0, 1, 1))  # read, but failed its check
    assert fill_from_labels("huurovereenkomst_onderhuur", pages, {"room_rent": unreadable})["room_rent"] is unreadable


def test_values_under_column_headers():
    lines = ["Periode van afwezigheid", "Vertrekdatum        Datum terugkeer        Vergoeding", "01-03-2027          30-09-2027             € 150,00"]
    fields = fill_from_labels("huisbewaring_aanvraag", _pages(lines), {})
    assert (fields["start_date"].value, fields["end_date"].value, fields["compensation"].value) == ("2027-03-01", "2027-09-30", "150.00")


def test_an_empty_value_never_takes_the_next_rows_value():
    lines = ["Naam huisbewaarder:", "Geboortedatum: 04-05-1990", "Naam huurder: P. Jansen"]
    fields = fill_from_labels("huisbewaring_aanvraag", _pages(lines), {})
    assert fields.get("sitter_name", Field()).value is None
    assert fields["tenant_name"].value == "P. Jansen"


def test_a_word_in_prose_is_no_label_of_a_name():
    lines = ["De huurder verklaart dat de werknemer Van Dam niet thuis is."]
    assert _locate(lines, "arbeidsovereenkomst", "employee_name").value is None  # (a role in prose: extractors.prose_facts)


def test_a_generic_label_is_flagged():
    field = _locate(["Datum: 3 maart 2026"], "bankafschrift", "statement_date")
    assert field.value == "2026-03-03" and field.confidence <= GENERIC_LABEL_CONFIDENCE


def test_a_postbus_is_no_house_number():
    field = _locate(["Adres: Postbus 16200, 3500 CE Utrecht"], "brp_uittreksel", "house_number")
    assert field.value is None


@pytest.mark.parametrize("doc_type", sorted(table()))
@pytest.mark.parametrize(
    "lines",
    [[], ["~~~ ||| ... ___"], ["Lorem ipsum dolor sit amet, consectetur adipiscing elit."]],
    ids=["blank", "junk", "prose"],
)
def test_nothing_confident_from_blank_junk_or_prose(doc_type, lines):
    pages = _pages(lines or [" "])
    fields = fill_from_labels(doc_type, pages, {})
    assert all(f.value is None for f in fields.values())


_FORMS = {
    "iso": lambda d: d.isoformat(),
    "dashes": lambda d: d.strftime("%d-%m-%Y"),
    "dots": lambda d: d.strftime("%d.%m.%Y"),
    "slashes": lambda d: d.strftime("%d/%m/%Y"),
    "written": lambda d: f"{d.day} {['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'][d.month - 1]} {d.year}",
}


@settings(max_examples=25, deadline=None)
@given(day=st.dates(min_value=date(1950, 1, 1), max_value=date(2035, 12, 31)), form=st.sampled_from(sorted(_FORMS)))
def test_any_printed_date_after_a_label_is_read_exactly(day, form):
    field = _locate([f"Einddatum: {_FORMS[form](day)}"], "arbeidsovereenkomst", "end_date")
    assert field.value == day.isoformat()


@settings(max_examples=200, deadline=None)
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), form=st.sampled_from(sorted(_FORMS)))
def test_the_separator_repair_leaves_every_printed_date_as_printed(day, form):
    # A date printed right is read by parse_date, never by the repair, and at full confidence.
    assert read_date(_FORMS[form](day)) == (day.isoformat(), False)


@settings(max_examples=300, deadline=None)
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), padded=st.booleans(), keep=st.sampled_from(("", ".", "-")))
def test_a_date_that_lost_its_separators_is_read_right_or_not_at_all(day, padded, keep):
    day_part, month_part = (f"{day.day:02d}", f"{day.month:02d}") if padded else (str(day.day), str(day.month))
    value = parse_squeezed_date(f"{day_part}{keep}{month_part}{day.year}")
    assert value in (day.isoformat(), None)
    if padded or keep:  # two digits each, or the stop between day and month still read: one reading only
        assert value == day.isoformat()


def test_a_squeezed_date_after_its_label_is_read_for_review():
    field = _locate(["Geboortedatum 2821948"], "huisbewaring_aanvraag", "sitter_birth_date")
    assert field.value == "1948-02-28" and field.confidence <= SQUEEZED_DATE_CONFIDENCE
    assert _locate(["Geboortedatum 2062014"], "huisbewaring_aanvraag", "sitter_birth_date").value is None  # 20-6 or 2-06


def test_a_heading_read_as_a_name_is_no_name():
    read = Field(value=["J. de Vries", "IBAN"], confidence=0.9, page=1, bbox=(0, 0, 1, 1))
    fields = fill_from_labels("bankafschrift", _pages(["Rekeninghouders: J. de Vries"]), {"account_holders": read})
    assert fields["account_holders"].value == ["J. de Vries"]
    alone = Field(value="Rekeningnummer", confidence=0.97, page=1, bbox=(0, 0, 1, 1))
    fields = fill_from_labels("inkomensverklaring", _pages([" "]), {"name": alone})
    assert fields["name"].value is None


def test_a_place_the_lexicon_does_not_know_goes_past_an_analyst():
    read = Field(value="Proeftijd", confidence=0.94, page=1, bbox=(0, 0, 1, 1))
    fields = fill_from_labels("arbeidsovereenkomst", _pages([" "]), {"place": read})
    assert fields["place"].value == "Proeftijd" and fields["place"].confidence <= FREE_TEXT_CONFIDENCE
    known = Field(value="Tilburg", confidence=0.95, page=1, bbox=(0, 0, 1, 1))
    assert fill_from_labels("arbeidsovereenkomst", _pages([" "]), {"place": known})["place"] is known
    run_on = Field(value="Tilburg Naam", confidence=0.95, page=1, bbox=(0, 0, 1, 1))
    assert fill_from_labels("arbeidsovereenkomst", _pages([" "]), {"place": run_on})["place"].value == "Tilburg"


@pytest.mark.parametrize("value, kept", [("1.00", False), ("275.00", True), ("9500.00", False)])
def test_a_rent_outside_what_a_room_costs_is_no_reading(value, kept):
    read = Field(value=value, confidence=1.0, page=1, bbox=(0, 0, 1, 1))
    fields = fill_from_labels("huurovereenkomst_onderhuur", _pages([" "]), {"room_rent": read})
    assert (fields["room_rent"].value == value) is kept


def test_a_label_two_slips_from_another_fields_exact_label_is_that_fields():
    # "naam werknemer" is two edits from "naam werkgever": it is the employee's label, not the employer's
    assert _locate(["Naam werknemer Martina, Shurandy"], "arbeidsovereenkomst", "employer").value is None
    assert _locate(["Naam werkgevr Bouwbedrijf Hendriks B.V."], "arbeidsovereenkomst", "employer").value == "Bouwbedrijf Hendriks B.V."


def test_a_generic_label_in_a_row_of_its_doc_types_labels_heads_its_column():
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4)
    c.setFont("Helvetica", 10)
    rows = [
        (800, [(40, "Rabobank")]),
        (770, [(40, "Rekeninghouder"), (160, "IBAN"), (330, "Valuta"), (400, "Datum")]),
        (756, [(40, "E.E.Q. Statia"), (160, "NL72 RABO 5922 2742 01"), (330, "EUR"), (400, "6.2.2026")]),
        (720, [(40, "Datum"), (120, "Naam / Omschrijving"), (400, "Bedrag")]),
        (706, [(40, "2.1.2026"), (120, "Zilveren Kruis"), (400, "-€ 63,85")]),
    ]
    for y, cells in rows:
        for x, text in cells:
            c.drawString(x, y, text)
    c.save()
    pages = read_bytes(buffer.getvalue(), "rabo.pdf")
    field = locate(pages, table()["bankafschrift"]["statement_date"])
    assert field.value == "2026-02-06" and field.confidence <= GENERIC_LABEL_CONFIDENCE


def _find_label_by_windows(words: list[str], target: str, count: int, edits: int) -> list[tuple[int, int, float]]:
    """find_label as it was written first, window by window: the oracle of the test below."""
    from rapidfuzz.distance import Levenshtein

    def window(start: int, size: int):
        taken, index = [], start
        while index < len(words) and len(taken) < size:
            if words[index]:
                taken.append(words[index])
            elif taken and index > start:
                return None, ""
            index += 1
        return (index, "".join(taken)) if len(taken) == size else (None, "")

    found = []
    for start, first in enumerate(words):
        if not first or first[0] != target[0] and edits == 0:
            continue
        best = None
        for size in {count, count - 1, count + 1} - {0}:
            end, joined = window(start, size)
            if end is None or abs(len(joined) - len(target)) > min(edits, 1):
                continue
            distance = Levenshtein.distance(joined, target, score_cutoff=edits)
            if distance <= edits:
                likeness = 1.0 - distance / max(len(target), 1)
                if best is None or likeness > best[2]:
                    best = (start, end, likeness)
        if best and not (found and best[0] < found[-1][1]):
            found.append(best)
    return found


_LABEL_WORDS = st.sampled_from(["naam", "Naam:", "huurder", "datum", "van", "geboorte", "datum:", "|", "-", "nam", "huurdr", "Gebooredatum", "de", "kamer", "IBAN", "…"])


@settings(max_examples=300, deadline=None)
@given(texts=st.lists(_LABEL_WORDS, min_size=1, max_size=9), wording=st.sampled_from(["naam huurder", "geboortedatum", "datum van geboorte", "naam", "iban"]))
def test_find_label_finds_what_a_window_by_window_search_finds(texts, wording):
    from extractors.labels import _folded_wording

    words = tuple(Word(text=t, bbox=(10 + 40 * i, 10, 45 + 40 * i, 19), confidence=0.9, line=1) for i, t in enumerate(texts))
    page = Page(file="p.pdf", number=1, width=600, height=800, ocr=True, words=words)
    target, count = _folded_wording(wording)
    folded = [fold(t) for t in texts]
    assert find_label(page, 0, wording) == _find_label_by_windows(folded, target, count, allowed_edits(len(target)))


_WORDINGS = sorted({w for fields in table().values() for labels in fields.values() for w in labels.labels})
_LINE_WORDS = st.lists(st.one_of(st.sampled_from([w for wording in _WORDINGS for w in wording.split()]),
                                 st.text(alphabet="abcdefghijklmnopqrstuvwxyzëé:|.-0123456789", min_size=1, max_size=9)),
                       min_size=1, max_size=9)


@given(_LINE_WORDS, st.sampled_from(_WORDINGS), st.integers(min_value=0, max_value=3), st.sampled_from("aeiounrst"))
@settings(max_examples=300, deadline=None)
def test_the_quick_refusal_of_a_line_never_loses_a_label(words, wording, slips, letter):
    """`find_label_on_line` refuses a line at once when the label is longer than it or holds
    letters it lacks beyond the allowed slips: the same places as a search of every window."""
    label = list(wording)
    for i in range(min(slips, len(label))):  # a slip or two in the printed label, as OCR makes them
        label[(i * 7) % len(label)] = letter
    def line() -> Line:
        return Line(words=tuple(Word(text=w, confidence=0.9, bbox=(10.0 * i, 0.0, 10.0 * i + 8, 9.0))
                                for i, w in enumerate(words + "".join(label).split())))

    found = labels.find_label_on_line(line(), wording)
    with unittest.mock.patch.object(labels, "_letters_of", lambda *_: None):
        assert labels.find_label_on_line(line(), wording) == found


_WORDINGS = sorted({w for fields in table().values() for row in fields.values() for w, _ in row.wordings})


@settings(max_examples=300)
@given(wording=st.sampled_from(_WORDINGS), case=st.sampled_from([str.lower, str.upper, str.title]), colon=st.booleans())
def test_every_wording_printed_as_it_is_is_found(wording, case, colon):
    """No rule against OCR's slips loses a label printed correctly: every wording of the
    table, in any case, with or without its colon, is found on a line of its own. Printed in
    DejaVu Sans, which has the letters of every wording (Romanian "ț", Polish "ł")."""
    (page,) = ocr_like(read_bytes(unicode_pdf([case(wording) + (":" if colon else "") + " 12-03-2026", *_FILLER]), "form.pdf"))
    assert not page.ocr  # the text layer, as printed (a page of a few words is read by OCR)
    assert find_label(page, 0, wording)


_FILLER = ["Dit formulier is bestemd voor de administratie van de woningcorporatie en wordt",
           "vertrouwelijk behandeld. Vul alle vragen in en stuur de gevraagde stukken mee."]
