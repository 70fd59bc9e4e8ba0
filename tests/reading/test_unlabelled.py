"""Proper-noun runs the NER left unlabelled, as candidate names."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.unlabelled import unlabelled_names


def runs(sentence: str) -> list[str]:
    return [span.text for span in unlabelled_names(shared_pipeline().annotate([sentence])[0])]


@pytest.mark.parametrize(
    ("sentence", "word", "kept"),
    [
        # listed only with bare lower-case nouns: one of their kind
        ("The patent covers viruses associated with AIDS, hepatitis and herpes.", "AIDS", False),
        # listed beside a described thing ("an earlier DRM system"), it may be a firm
        ("The patent covers viruses associated with AIDS and the common cold.", "AIDS", True),
    ],
)
def test_a_capitalised_word_listed_with_bare_common_nouns_is_one_of_them(
    sentence: str, word: str, kept: bool
) -> None:
    assert (word in runs(sentence)) is kept


@pytest.mark.parametrize(
    "sentence",
    [
        "Moreover, Chairman Lena Toft has no interest in selling.",
        "J.A.M. Executive Vice President Anthony Busch said he could not name the firm.",
    ],
)
def test_a_title_before_a_persons_name_names_nothing(sentence: str) -> None:
    assert runs(sentence) == []


def test_a_firms_name_before_a_title_stays_a_name() -> None:
    assert runs("Sydus Chairman Lena Toft said the deal was signed.") == ["Sydus"]
