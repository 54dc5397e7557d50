"""The two documents of an onderhuur application, read from every layout and rendering.

Born-digital renderings must come out exactly as printed. Scans and photos go through
real Tesseract: there a value may be missing, or wrong *with a confidence below the
review threshold* (the analyst sees it flagged), but never wrong and confident.
"""

from __future__ import annotations

import pytest

from extractors import brp_uittreksel, huurovereenkomst_onderhuur
from extractors.registry import EXTRACTORS
from samples.generator import brp_uittreksel as brp_gen
from samples.generator import huurovereenkomst_onderhuur as sublet_gen
from tests.extractors.rendered import read_sample, verdict

CASES = [(brp_gen, brp_uittreksel, layout) for layout in brp_gen.LAYOUTS] + [
    (sublet_gen, huurovereenkomst_onderhuur, layout) for layout in sublet_gen.LAYOUTS
]
IDS = [f"{gen.DOC_TYPE}-{layout}" for gen, _, layout in CASES]


@pytest.mark.parametrize(("generator", "extractor", "layout"), CASES, ids=IDS)
@pytest.mark.parametrize("seed", range(3))
def test_digital_documents_read_exactly(generator, extractor, layout, seed):
    spec, pages = read_sample(generator, layout, seed, "digital")
    fields = extractor.extract(pages)
    assert set(fields) == set(spec.truth)
    for name, truth in spec.truth.items():
        assert fields[name].value == truth, name
        assert fields[name].confidence == 1.0, name
        if truth is not False:  # an absent clause has no place on the page
            assert fields[name].page is not None and fields[name].bbox is not None, name


@pytest.mark.parametrize(("generator", "extractor", "layout"), CASES, ids=IDS)
@pytest.mark.parametrize("seed", range(2))
def test_every_extractor_picks_its_own_type(generator, extractor, layout, seed):
    _, pages = read_sample(generator, layout, seed, "digital")
    scores = {module.DOC_TYPE: module.score(pages) or 0.0 for module in EXTRACTORS}
    best = max(scores, key=scores.get)
    assert best == extractor.DOC_TYPE and scores[best] >= 0.8, scores
    assert sorted(scores.values())[-2] < 0.5, scores


@pytest.mark.parametrize(("generator", "extractor", "layout"), CASES, ids=IDS)
@pytest.mark.parametrize("rendering", ["scan", "photo"])
def test_scans_and_photos_are_never_wrong_and_confident(generator, extractor, layout, rendering):
    spec, pages = read_sample(generator, layout, 0, rendering)
    assert all(page.ocr for page in pages)
    assert extractor.score(pages) >= 0.5
    fields = extractor.extract(pages)
    verdicts = {name: verdict(name, truth, fields[name]) for name, truth in spec.truth.items()}
    assert "wrong" not in verdicts.values(), {n: (spec.truth[n], fields[n]) for n, v in verdicts.items() if v == "wrong"}
    if rendering == "scan":  # a scan at 200-300 dpi reads at least half of the document
        assert list(verdicts.values()).count("right") >= len(verdicts) / 2, verdicts
