"""Proper-noun runs the NER left unlabelled, as candidate names."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.spans import candidates
from retrieval.reading.unlabelled import unlabelled_names
from tests.reading.test_spans import part_of


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


def test_a_name_after_the_asked_noun_starts_after_it() -> None:
    # "Corvex Technologies Corp unit Halden": the unit's name is Halden's, the owner before
    # the noun another name, never one with it
    part, names, question = part_of("Which engine makers are pitching to power Brenair's jets?", 0)
    (doc,) = shared_pipeline().annotate(
        ["He said they are Corvex Technologies Corp <CVX> unit <Halden and Osko>, and Vantor Co."]
    )
    found = [c.text for c in candidates(doc, part, asked_names=names, question=question)]
    assert "Corvex Technologies Corp" in found
    assert not any("Corvex" in text and "Halden" in text for text in found)
