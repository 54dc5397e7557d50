"""bench.accuracy: its scoring on hand-made cases, and one real run on a tiny corpus.

The tiny run reads born-digital income statements only (three files, no OCR, a few
seconds), which the extractor reads exactly: every figure is known in advance.
"""

from __future__ import annotations

import json

import pytest

from bench._scoring import DocScore, Item, field_items, list_items, score_file, tally, worst_fields
from bench.accuracy import format_report, main, summarise

PERSON = {"name": "Yılmaz, Ayşe", "birth_date": "1980-02-01", "bsn": "111222333", "registered_since": "2019-05-01"}
OTHER = {"name": "Vries, Jan de", "birth_date": "1975-06-30", "bsn": "123456782", "registered_since": "2019-05-01"}


def _verdicts(items):
    return [(item.field, item.verdict) for item in items]


def test_a_value_read_differently_is_wrong_and_an_absent_one_missing():
    truth = {"name": "Ayşe Yılmaz", "tax_year": 2025, "income": "38250.00", "bsn": "111222333", "issue_date": None}
    found = {
        "name": {"value": "Ayse Yilmaz", "confidence": 0.93},
        "tax_year": {"value": 2025, "confidence": 1.0},
        "income": {"value": None, "confidence": 0.0},
        "issue_date": {"value": "2026-03-01", "confidence": 0.41},
    }
    items = field_items(truth, found)
    assert _verdicts(items) == [
        ("name", "wrong"), ("tax_year", "right"), ("income", "missing"), ("bsn", "missing"), ("issue_date", "wrong"),
    ]  # fmt: skip
    figures = tally(items)
    assert (figures["right"], figures["missing"], figures["wrong"], figures["accent_only"], figures["flagged"]) == (1, 2, 2, 1, 1)
    assert figures["wrong_rate"] == 0.4 and figures["missing_rate"] == 0.4 and figures["accuracy"] == 0.2


def test_persons_are_paired_by_likeness_not_position():
    found = [
        {**OTHER},
        {**PERSON, "name": "Yilmaz, Ayse", "bsn": None},  # OCR lost the accents and the BSN
    ]
    assert _verdicts(list_items("persons", [PERSON, OTHER], found)) == [
        ("persons.name", "wrong"), ("persons.birth_date", "right"), ("persons.bsn", "missing"), ("persons.registered_since", "right"),
        ("persons.name", "right"), ("persons.birth_date", "right"), ("persons.bsn", "right"), ("persons.registered_since", "right"),
    ]  # fmt: skip


def test_a_person_not_read_is_missing_and_one_invented_is_wrong():
    assert [v for _, v in _verdicts(list_items("persons", [PERSON, OTHER], [PERSON]))] == ["right"] * 4 + ["missing"] * 4
    invented = {"name": "Bakker, Kees", "birth_date": None, "bsn": None, "registered_since": None}
    items = list_items("persons", [PERSON], [PERSON, invented])
    assert _verdicts(items)[-1] == ("persons.name", "wrong") and len(items) == 5


def test_a_batch_document_is_separated_only_with_its_exact_pages():
    expected = {
        "file": "batch-0.pdf",
        "documents": [
            {"doc_type": "brp_uittreksel", "pages": [1, 2], "fields": {"postcode": "1234AB"}},
            {"doc_type": "bankafschrift", "pages": [4], "fields": {"iban": "NL91ABNA0417164300"}},
        ],
    }
    found = {
        "documents": [
            {"doc_type": "brp_uittreksel", "pages": [1], "fields": {"postcode": {"value": "1234AB"}}},
            {"doc_type": "brp_uittreksel", "pages": [2], "fields": {}},
            {"doc_type": "bankafschrift", "pages": [4], "fields": {"iban": {"value": "NL91ABNA0417164300"}}},
        ]
    }
    scores, extra = score_file(expected, found, "batch", lambda doc: "scan")
    assert [(s.found_type, s.separated) for s in scores] == [("brp_uittreksel", False), ("bankafschrift", True)]
    assert [i.verdict for s in scores for i in s.items] == ["right", "right"]
    assert extra == 1  # page 2 came out as a document of its own


def test_email_documents_are_matched_per_attachment():
    expected = {
        "file": "mail-0.eml",
        "documents": [
            {"attachment": "a.pdf", "doc_type": "inkomensverklaring", "pages": [1], "fields": {"tax_year": 2025}},
            {"attachment": "IMG_1.jpg", "doc_type": "bankafschrift", "pages": [1], "fields": {"iban": "NL91ABNA0417164300"}},
        ],
    }
    found = {
        "documents": [
            {"attachment": "a.pdf", "doc_type": "inkomensverklaring", "pages": [1], "fields": {"tax_year": {"value": 2025}}},
            {"attachment": "IMG_1.jpg", "doc_type": "unknown", "pages": [2], "fields": {}},
        ]
    }
    scores, extra = score_file(expected, found, "email", lambda doc: "digital")
    assert [s.found_type for s in scores] == ["inkomensverklaring", "unknown"] and extra == 0
    assert [i.verdict for i in scores[1].items] == ["missing"]
    assert worst_fields(scores)[0] == {"field": "bankafschrift.iban", "rendering": "digital", "wrong": 0, "missing": 1, "items": 1}


def test_a_tiny_digital_run_reads_everything_and_prints_the_targets(tmp_path, capsys):
    out = tmp_path / "accuracy.json"
    status = main(["--seed", "7", "--per-layout", "1", "--doc-types", "inkomensverklaring", "--renderings", "digital",
                   "--batches", "0", "--emails", "0", "--json", str(out)])  # fmt: skip
    results = json.loads(out.read_text(encoding="utf-8"))
    report = capsys.readouterr().out

    assert status == 0
    assert results["settings"]["seed"] == 7 and results["timing"]["files"] == 3
    assert results["corpus"]["doc_types"] == {"inkomensverklaring": 3}
    assert results["doc_type"] == {"right": 3, "total": 3, "accuracy": 1.0}
    assert results["fields"]["items"] == 15  # name, bsn, tax_year, income, issue_date on each
    assert results["fields"]["right"] == 15 and results["fields"]["wrong_rate"] == 0.0
    assert results["wrong_values"] == [] and results["doc_type_errors"] == [] and results["extra_documents"] == 0
    assert "fields, digital" in report and ">= 99% met" in report and "<= 1% met" in report
    assert report == format_report(results)


def test_the_report_never_shows_a_full_bsn_and_flags_figures_below_target():
    wrong = Item("bsn", "111222333", "111222334", "wrong", 0.95)
    scores = [DocScore("inkomensverklaring/table-scan-0.pdf", "single", "scan", "inkomensverklaring", "inkomensverklaring", None, (wrong,))]
    results = {
        "settings": {"seed": 1, "per_layout": 1, "batches": 0, "emails": 0, "workers": 2},
        "timing": {"files": 1, "make_s": 0.1, "read_s": 0.1, "s_per_file": 0.1},
        "corpus": {"files": {"scan": 1}, "documents": 1, "documents_by_rendering": {"scan": 1}},
        **summarise(scores, 0, [{"errors": []}]),
    }
    report = format_report(results)
    assert "111222333" not in report and "111222334" not in report
    assert "'******333' -> '******334' (confidence 0.95)" in report
    assert results["fields"]["flagged"] == 0 and results["fields"]["wrong"] == 1
    assert "fields, scan" in report and "BELOW TARGET" in report and "batch separation" in report and "(nothing to measure)" in report
    assert results["worst_fields"] == [{"field": "inkomensverklaring.bsn", "rendering": "scan", "wrong": 1, "missing": 0, "items": 1}]


def test_the_blind_generator_is_scored_the_same_way_per_layout_with_the_calibration_figure(tmp_path, capsys):
    from samples.blind.corpus import generate_corpus, layouts

    generate_corpus(tmp_path / "corpus", "dev", renderings=("digital",), doc_types=["inkomensverklaring"])
    out = tmp_path / "blind.json"
    status = main(["--generator", "blind", "--split", "dev", "--corpus", str(tmp_path / "corpus"), "--json", str(out)])
    results = json.loads(out.read_text(encoding="utf-8"))
    report = capsys.readouterr().out

    dev_layouts = layouts("dev")["inkomensverklaring"]
    assert status == 0 and results["settings"]["generator"] == "blind" and results["settings"]["split"] == "dev"
    assert results["corpus"]["doc_types"] == {"inkomensverklaring": len(dev_layouts)}
    assert results["fields"]["items"] == 5 * len(dev_layouts)  # name, bsn, tax_year, income, issue_date
    assert sorted(results["fields_by_layout"]) == sorted(f"inkomensverklaring/{name}" for name in dev_layouts)
    assert not any(v["heldout_layout"] for v in results["fields_by_layout"].values())
    calibration = results["calibration"]
    assert calibration["total"] <= results["fields"]["items"] and calibration["right"] <= calibration["total"]
    assert "right when conf >= 0.80" in report and "per layout" in report and "the corpus in" in report


def test_split_and_corpus_belong_to_the_blind_generator():
    with pytest.raises(SystemExit):
        main(["--split", "heldout"])
