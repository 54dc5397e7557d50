"""Splitting a batch's work into shards balanced by pages (woondossier.plan, issue 19)."""

from __future__ import annotations

import pypdfium2
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import SAMPLE_INBOX
from woondossier.plan import estimated_pages, split_into_shards

works = st.dictionaries(st.from_regex(r"[A-Z]{2}-2026-[0-9]{3}", fullmatch=True), st.integers(0, 60), max_size=40)


@given(works, st.integers(1, 12))
def test_every_application_lands_in_exactly_one_shard_and_none_is_empty(work, shards):
    groups = split_into_shards(work, shards)
    placed = [a for group in groups for a in group]
    assert sorted(placed) == sorted(work)
    assert all(groups) and len(groups) <= max(1, shards)
    assert len(groups) == min(shards, len(work))


@given(works, st.integers(1, 12))
def test_no_shard_is_heavier_than_the_fair_share_plus_one_application(work, shards):
    groups = split_into_shards(work, shards)
    if not work:
        return
    fair = sum(work.values()) / len(groups)
    heaviest = max(work.values())
    assert max(sum(work[a] for a in g) for g in groups) <= fair + heaviest


@given(works, st.integers(1, 12))
def test_the_same_work_splits_the_same_way_whatever_its_order(work, shards):
    backwards = dict(reversed(list(work.items())))
    assert split_into_shards(work, shards) == split_into_shards(backwards, shards)


def test_four_scans_over_two_shards_take_two_each():
    assert split_into_shards({"A": 10, "B": 10, "C": 10, "D": 10}, 2) == [("A", "C"), ("B", "D")]


def test_the_estimate_counts_the_pages_of_the_sample_pdfs():
    pdfs = sorted(SAMPLE_INBOX.glob("*/*.pdf"))
    assert pdfs
    misses = []
    for pdf in pdfs:
        try:
            document = pypdfium2.PdfDocument(pdf)
        except pypdfium2.PdfiumError:  # the inbox's broken file on purpose: its reading fails at once
            continue
        real = len(document)
        document.close()
        if estimated_pages(pdf) != real:
            misses.append((pdf.name, estimated_pages(pdf), real))
    assert not misses


def test_an_image_is_one_page_and_a_missing_file_one_too(tmp_path):
    assert estimated_pages(next(SAMPLE_INBOX.glob("*/*.jpg"))) == 1
    assert estimated_pages(tmp_path / "gone.pdf") == 1
