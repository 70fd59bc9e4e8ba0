"""Verb forms the rule lemmatizer reads as another verb get their own lemma."""

from __future__ import annotations

import pytest

from retrieval.nlp.lemmas import verb_lemma
from retrieval.nlp.pipeline import shared_pipeline


@pytest.mark.parametrize(
    ("sentence", "word", "lemma"),
    [
        ("Corvex said it hoped to take a stake in Halden.", "hoped", "hope"),
        ("Corvex is hoping to buy Halden.", "hoping", "hope"),
        ("The paint was scraped off.", "scraped", "scrape"),
        # "lay" after "did" or a modal is the base form, not "lie"'s past
        ("What did the group lay out for its piece of Halden?", "lay", "lay"),
        ("Corvex will lay out 20 mln dlrs.", "lay", "lay"),
        ("The papers lay on the desk.", "lay", "lie"),
        # ... nor with the particle of a transitive phrasal verb ("lie" takes no object)
        ("What did the firm run by Corvex's chairman lay out for its stake?", "lay", "lay"),
        ("He lay down on the floor.", "lay", "lie"),
        # the noun keeps its own lemma
        ("Corvex grows hops.", "hops", "hop"),
        ("Corvex bought Halden.", "bought", "buy"),
    ],
)
def test_verb_lemma(sentence: str, word: str, lemma: str) -> None:
    doc = shared_pipeline().annotate([sentence])[0]
    assert [verb_lemma(t) for t in doc if t.text == word] == [lemma]
