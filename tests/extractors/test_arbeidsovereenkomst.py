"""extractors.arbeidsovereenkomst on generated contracts, through real pdfplumber and Tesseract.

Born-digital renderings of every layout must come out exactly as printed. A scan and a
photo of each layout go through real Tesseract: there a field may be missing, never
wrong (a name that differs from print only as OCR reads "ı" as "i" counts as right,
as in `rendered.same_name`). Other document types, the sublet contract above all
(it shares "ondergetekenden", "hierna te noemen", "onbepaalde tijd"), score below
`MIN_SCORE`. The module is imported directly, not through the registry.
"""

from __future__ import annotations

import importlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractors import MIN_SCORE, arbeidsovereenkomst
from extractors.pages import read_bytes
from samples.generator import arbeidsovereenkomst as contract_gen
from samples.generator import huurovereenkomst_onderhuur as sublet_gen
from samples.generator.render import render_digital
from samples.generator.spec import DocSpec, Heading, PageBreak, Signature, Text, Title
from tests.extractors.rendered import lines_pdf, read_sample, verdict

LAYOUTS = contract_gen.LAYOUTS
OTHER_GENERATORS = (
    "brp_uittreksel", "huurovereenkomst_onderhuur", "huisbewaring_aanvraag", "mantelzorgverklaring",
    "inkomensverklaring", "bankafschrift", "unknown",
)  # fmt: skip


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("seed", range(3))
def test_digital_contract_reads_exactly(layout, seed):
    spec, pages = read_sample(contract_gen, layout, seed, "digital")
    fields = arbeidsovereenkomst.extract(pages)
    assert set(fields) == set(spec.truth)
    for name, truth in spec.truth.items():
        assert fields[name].value == truth, name
        assert fields[name].confidence >= 0.95, name  # prose is read at 0.95, labels at 1.0
        assert fields[name].page is not None and fields[name].bbox is not None, name


@pytest.mark.parametrize("layout", LAYOUTS)
def test_contract_scores_as_its_type_and_its_second_page_stays_with_it(layout):
    _, pages = read_sample(contract_gen, layout, 0, "digital")
    assert arbeidsovereenkomst.score(pages) >= 0.8
    assert arbeidsovereenkomst.score(pages[:1]) >= 0.8
    for page in pages[1:]:  # articles without a title: belongs to the contract, starts nothing
        assert MIN_SCORE <= arbeidsovereenkomst.score([page]) < 0.8


def _indefinite_contract() -> DocSpec:
    """A contract for an indefinite term whose trial period "eindigt op" a date: that
    date is not the contract's end."""
    return DocSpec(
        doc_type="arbeidsovereenkomst",
        layout="indefinite",
        blocks=(
            Title("Arbeidsovereenkomst voor onbepaalde tijd"),
            Text("De ondergetekenden:"),
            Text("1. Gemeente Haarlem, gevestigd te Haarlem, hierna te noemen: de werkgever, en"),
            Text("2. mevrouw Aïcha van 't Veen, geboren op 03-05-1990, wonende te Almere, hierna te noemen: de werknemer,"),
            Text("komen het volgende overeen."),
            Heading("Artikel 1 – Indiensttreding en duur"),
            Text(
                "De werknemer treedt met ingang van 1 maart 2027 in dienst van de werkgever. Deze overeenkomst "
                "wordt aangegaan voor onbepaalde tijd. De proeftijd eindigt op 31 maart 2027."
            ),
            Heading("Artikel 2 – Standplaats"),
            Text("De werkzaamheden worden verricht te Bergen op Zoom."),
            PageBreak(),
            Text("Aldus opgemaakt en ondertekend te Haarlem op 12 januari 2027."),
            Signature("De werkgever"),
            Signature("De werknemer"),
        ),
        truth={
            "employee_name": "Aïcha van 't Veen",
            "employer": "Gemeente Haarlem",
            "start_date": "2027-03-01",
            "end_date": None,
            "place": "Bergen op Zoom",
        },
    )


def test_indefinite_contract_has_no_end_date():
    spec = _indefinite_contract()
    pages = read_bytes(render_digital(spec), "onbepaalde-tijd.pdf")
    assert arbeidsovereenkomst.score(pages) >= 0.8
    fields = arbeidsovereenkomst.extract(pages)
    assert {name: field.value for name, field in fields.items()} == spec.truth
    assert fields["end_date"].page == 1  # the clause that says there is no end date


@pytest.mark.parametrize("leader", ["", ":", " … ", " ...... ", " — "])
def test_a_labelled_date_after_a_dotted_leader_is_read(leader):
    # Accuracy seed 20270121, a scan: "Inschrijving tot en met … 14.11.2027" lost the end date.
    lines = ["Inschrijvingsbewijs", "Inschrijving vanaf 15.11.2026", f"Inschrijving tot en met{leader} 14.11.2027"]
    fields = arbeidsovereenkomst.extract(read_bytes(lines_pdf(lines), "inschrijving.pdf"))
    assert (fields["start_date"].value, fields["end_date"].value) == ("2026-11-15", "2027-11-14")


@pytest.mark.parametrize("layout", LAYOUTS)
@pytest.mark.parametrize("rendering", ["scan", "photo"])
def test_scans_and_photos_are_never_wrong_and_confident(layout, rendering):
    # As for the other types: a misread digit below CONFIDENT ("13" for "03" at 0.66 on the
    # secondment photo) is shown to the analyst; a confident wrong value never.
    spec, pages = read_sample(contract_gen, layout, 0, rendering)
    assert all(page.ocr for page in pages)
    assert arbeidsovereenkomst.score(pages) >= 0.8
    fields = arbeidsovereenkomst.extract(pages)
    verdicts = {name: verdict(name, truth, fields[name]) for name, truth in spec.truth.items()}
    misread = {name: (spec.truth[name], fields[name].value) for name, v in verdicts.items() if v == "wrong"}
    assert not misread, misread
    # A scan at 200-300 dpi reads nearly everything; a photo may lose a line or two.
    assert list(verdicts.values()).count("right") >= (4 if rendering == "scan" else 3), verdicts


@pytest.mark.parametrize("generator", OTHER_GENERATORS)
def test_other_documents_score_below_min_score(generator):
    module = importlib.import_module(f"samples.generator.{generator}")
    for layout in module.LAYOUTS:
        _, pages = read_sample(module, layout, 0, "digital")
        for part in [pages] + [[page] for page in pages]:
            score = arbeidsovereenkomst.score(part)
            assert score is None or score < MIN_SCORE, (layout, [page.number for page in part], score)


def test_scanned_sublet_contract_is_not_an_employment_contract():
    _, pages = read_sample(sublet_gen, "articles", 0, "scan")
    score = arbeidsovereenkomst.score(pages)
    assert score is None or score < MIN_SCORE


_LETTERS = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=2, max_size=4)


@given(name=st.sampled_from(["Bouwbedrijf Hendriks & Zonen", "YoungCapital", "Zorg Oost"]), letters=_LETTERS, dotted=st.booleans())
def test_a_legal_form_written_as_printed_keeps_its_confidence(name, letters, dotted):
    """Every abbreviation printed with a dot after each letter, or with none, is trusted."""
    form = "".join(f"{c}." for c in letters) if dotted else letters
    assert arbeidsovereenkomst.legal_form_validity(f"{name} {form}") == 1.0


@given(letters=_LETTERS, dots=st.lists(st.booleans(), min_size=4, max_size=4))
def test_a_legal_form_dotted_otherwise_is_flagged(letters, dots):
    form = "".join(c + ("." if dot else "") for c, dot in zip(letters, dots))
    if form.count(".") not in (0, len(letters)):
        assert arbeidsovereenkomst.legal_form_validity(f"Acme {form}") < 0.8
