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
        # one vowel and one consonant double before "-ed" and "-ing": undoubled, the stem
        # has an "e" ("rated": rate, not rat); doubled, it has none ("hopped": hop)
        ("Fitch rated the notes BBB.", "rated", "rate"),
        ("The plant is slated to open in May.", "slated", "slate"),
        ("Corvex hopped over the fence.", "hopped", "hop"),
        # w, x and y never double; a stem of two syllables is not read
        ("Corvex taxed the imports.", "taxed", "tax"),
        ("Corvex visited Halden.", "visited", "visit"),
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


@pytest.mark.parametrize("with_entities", [True, False])
def test_every_doc_carries_the_spelled_lemma(with_entities: bool) -> None:
    pipeline = shared_pipeline()
    sentence = ["Halden said it hoped to sell the unit, which S&P rated A-2."]
    doc = (pipeline.annotate if with_entities else pipeline.parse)(sentence)[0]
    assert {t.text: t.lemma_ for t in doc if t.text in ("hoped", "rated")} == {
        "hoped": "hope",
        "rated": "rate",
    }
