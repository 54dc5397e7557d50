"""The letters and forms of an application, read from every layout, born-digital.

Covers `inkomensverklaring`, `bankafschrift`, `mantelzorgverklaring` and
`huisbewaring_aanvraag`. A born-digital rendering must come out exactly as printed
(prose is read at 0.95, labels at 1.0), and of all modules in the registry the
document's own type must win clearly: its score at least 0.8, every other one below
`MIN_SCORE`.
"""

from __future__ import annotations

import pytest

from extractors import MIN_SCORE, bankafschrift, huisbewaring_aanvraag, inkomensverklaring, mantelzorgverklaring
from extractors.registry import EXTRACTORS
from samples.generator import bankafschrift as statement_gen
from samples.generator import huisbewaring_aanvraag as sitting_gen
from samples.generator import inkomensverklaring as income_gen
from samples.generator import mantelzorgverklaring as care_gen
from tests.extractors.rendered import read_sample

PAIRS = (
    (income_gen, inkomensverklaring),
    (statement_gen, bankafschrift),
    (care_gen, mantelzorgverklaring),
    (sitting_gen, huisbewaring_aanvraag),
)
CASES = [(gen, extractor, layout) for gen, extractor in PAIRS for layout in gen.LAYOUTS]
IDS = [f"{gen.DOC_TYPE}-{layout}" for gen, _, layout in CASES]


@pytest.mark.parametrize(("generator", "extractor", "layout"), CASES, ids=IDS)
@pytest.mark.parametrize("seed", range(3))
def test_digital_documents_read_exactly(generator, extractor, layout, seed):
    spec, pages = read_sample(generator, layout, seed, "digital")
    fields = extractor.extract(pages)
    assert set(spec.truth) <= set(fields), set(spec.truth) - set(fields)
    wrong = {
        name: (truth, fields[name].value, fields[name].confidence)
        for name, truth in spec.truth.items()
        if fields[name].value != truth or fields[name].confidence < 0.95
    }
    assert not wrong, wrong


@pytest.mark.parametrize(("generator", "extractor", "layout"), CASES, ids=IDS)
@pytest.mark.parametrize("seed", range(3))
def test_every_extractor_picks_its_own_type(generator, extractor, layout, seed):
    _, pages = read_sample(generator, layout, seed, "digital")
    scores = {module.DOC_TYPE: module.score(pages) or 0.0 for module in EXTRACTORS}
    best = max(scores, key=scores.get)
    assert best == extractor.DOC_TYPE and scores[best] >= 0.8, scores
    others = {doc_type: score for doc_type, score in scores.items() if doc_type != extractor.DOC_TYPE}
    assert max(others.values()) < MIN_SCORE, scores
