"""What the fifteenth session's clean-ups leave alone (issue 17): a value read as printed
stays as printed. A name never counts as a caption of labels, a value without a sentence's
stop after it loses nothing, and a legal form's abbreviation keeps its own stop."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from extractors import lexicon
from extractors.labels import only_labels
from extractors.prose_facts import _without_end_stop

_GIVEN = sorted(lexicon.given_names())
_SURNAMES = sorted(lexicon.surnames())
_WORDS = st.text(alphabet=st.characters(whitelist_categories=("Lu", "Ll")), min_size=1, max_size=12)


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_GIVEN), st.lists(st.sampled_from(_SURNAMES), min_size=1, max_size=2))
def test_a_persons_name_is_never_a_caption_of_labels(given_name, surnames):
    name = " ".join([given_name.capitalize(), *(s.capitalize() for s in surnames)])
    assert not only_labels(name)
    assert not only_labels(f"{name} · {name}")


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=5), st.sampled_from(["", "B.V.", "N.V.", "V.O.F.", "C.V."]))
def test_a_value_without_a_stop_after_it_is_left_as_printed(words, legal_form):
    value = " ".join([*words, legal_form]).strip()
    assert _without_end_stop(value) == value
    assert _without_end_stop(value + ".") == value  # a sentence's stop after it goes; a form's own stop stays
