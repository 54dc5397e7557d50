"""Files holding several documents: an e-mail with attachments, a mail-room batch PDF."""

from __future__ import annotations

import random

from extractors.documents import extract_file
from extractors.pages import read_file
from samples.generator import brp_uittreksel, huurovereenkomst_onderhuur, render, unknown


def _spec(generator, layout, seed=0):
    return generator.make(random.Random(f"documents-{generator.DOC_TYPE}-{seed}"), layout)


def test_email_attachments_are_documents_and_a_corrupt_one_is_an_error(tmp_path):
    brp = render.render_digital(_spec(brp_uittreksel, "persons_table", 1))
    contract = render.render_digital(_spec(huurovereenkomst_onderhuur, "form"))
    mail = render.make_eml(
        "Aanvraag onderhuur", "huurder@example.org", "Hierbij de stukken.",
        [("brp.pdf", brp, "application/pdf"), ("kapot.pdf", contract[:700], "application/pdf"),
         ("contract.pdf", contract, "application/pdf")],
    )  # fmt: skip
    path = tmp_path / "mail.eml"
    path.write_bytes(mail)
    result = extract_file(path)
    assert [(d.doc_type.value, d.attachment) for d in result.documents] == [
        ("brp_uittreksel", "brp.pdf"),
        ("huurovereenkomst_onderhuur", "contract.pdf"),
    ]
    brp_pages = render.page_count(brp)
    assert result.documents[0].pages == tuple(range(1, brp_pages + 1))
    assert result.documents[1].pages[0] == brp_pages + 1  # numbered on across attachments
    (error,) = result.errors
    assert error.file == "mail.eml/kapot.pdf" and "truncated" in error.error


def test_an_email_without_attachments_is_an_error(tmp_path):
    path = tmp_path / "leeg.eml"
    path.write_bytes(render.make_eml("Vraag", "huurder@example.org", "Waar moet ik de stukken heen sturen?", []))
    result = extract_file(path)
    assert result.documents == () and "no attachments" in result.errors[0].error


def test_a_batch_pdf_is_split_into_its_documents(tmp_path):
    specs = [
        _spec(brp_uittreksel, "persons_table", 1),  # two pages
        _spec(huurovereenkomst_onderhuur, "articles"),
        _spec(unknown, "energy_bill"),
        _spec(brp_uittreksel, "key_values", 2),
    ]
    pdf, ranges = render.render_batch(specs, random.Random(5), rendering="digital")
    path = tmp_path / "batch.pdf"
    path.write_bytes(pdf)
    result = extract_file(path)
    assert result.errors == ()
    found = [(d.doc_type.value, list(d.pages)) for d in result.documents]
    assert found == [(spec.doc_type, pages) for spec, pages in zip(specs, ranges)]


def test_a_scanned_batch_is_split_and_its_blank_separator_sheets_dropped(tmp_path):
    """Seed 3 puts a blank sheet (sensor noise and specks, which Tesseract reads as
    dozens of junk "words") between every two documents."""
    from samples.generator import bankafschrift, inkomensverklaring, mantelzorgverklaring

    specs = [
        inkomensverklaring.make(random.Random("batch-3-1"), "table"),
        unknown.make(random.Random("batch-3-2"), "letter"),
        bankafschrift.make(random.Random("batch-3-3"), "ing"),
        mantelzorgverklaring.make(random.Random("batch-3-4"), "huisarts"),
    ]
    pdf, ranges = render.render_batch(specs, random.Random(3), rendering="scan")
    assert render.page_count(pdf) == 7 and ranges == [[1], [3], [5], [7]]  # blank sheets 2, 4 and 6
    path = tmp_path / "batch.pdf"
    path.write_bytes(pdf)
    result = extract_file(path)
    assert result.errors == ()
    assert [(d.doc_type.value, list(d.pages)) for d in result.documents] == [(s.doc_type, p) for s, p in zip(specs, ranges)]


def test_a_page_that_opens_inside_a_person_record_continues_the_extract(tmp_path):
    """Page 2 of this ruled BRP extract opens with "Naam ..." and its footer names the
    Basisregistratie Personen, which scores it like a first page."""
    spec = brp_uittreksel.make(random.Random("8:brp_uittreksel:ruled_table:0"), "ruled_table")
    path = tmp_path / "brp.pdf"
    path.write_bytes(render.render_digital(spec))
    (document,) = extract_file(path).documents
    assert document.pages == (1, 2)
    assert document.fields["persons"].value == spec.truth["persons"]


def test_a_bsn_column_whose_header_wraps_inside_the_word_is_read(tmp_path):
    spec = brp_uittreksel.make(random.Random("8:brp_uittreksel:verklaring:9"), "verklaring")
    path = tmp_path / "brp.pdf"
    path.write_bytes(render.render_digital(spec))
    (document,) = extract_file(path).documents
    text = "\n".join(page.text for page in read_file(path))
    assert "Burgerservicenumme" in text and "Burgerservicenummer" not in text  # the "r" wrapped to the next line
    assert document.fields["persons"].value == spec.truth["persons"]


def test_unknown_documents_one_after_another_are_each_their_own(tmp_path):
    # Accuracy seed 20261231: a menu and a municipality's letter, no sheet between, came out one document.
    specs = [
        _spec(unknown, "menu"),
        _spec(unknown, "letter"),
        _spec(unknown, "energy_bill", 2),  # two pages: the second opens with "Toelichting: uw meterstanden"
        _spec(unknown, "letter", 1),
    ]
    pdf, ranges = render.render_batch(specs, random.Random(5), rendering="digital", blank_separators=False)
    path = tmp_path / "batch.pdf"
    path.write_bytes(pdf)
    result = extract_file(path)
    assert [len(r) for r in ranges] == [1, 1, 2, 1]
    assert [(d.doc_type.value, list(d.pages)) for d in result.documents] == [("unknown", pages) for pages in ranges]
