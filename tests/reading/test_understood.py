"""A question is understood once per parse: the second asker gets the first's reading."""

from __future__ import annotations

from spacy.tokens import Doc

from retrieval.nlp.annotations import serialized
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.understood import understood

QUESTION = "What stake does Corvex own in Halden, and how much did it pay?"
OTHER = "Which companies has Corvex partnered with?"


def _fresh(text: str) -> Doc:
    return shared_pipeline().annotate([text])[0]


def test_the_second_understanding_is_the_first_and_as_understood_afresh() -> None:
    kept = _fresh(QUESTION)
    first = understood(QUESTION, parse=lambda _: kept)
    again = understood(QUESTION, parse=lambda _: kept)
    assert again is first  # read from the doc, not understood over again
    assert first == understand(QUESTION, parse=_fresh)
    assert len(first.parts) == 2  # a reading worth comparing: two parts, names, kinds
    assert first.names


def test_another_text_with_the_same_doc_is_understood_afresh() -> None:
    kept = _fresh(QUESTION)
    understood(QUESTION, parse=lambda _: kept)
    other = _fresh(OTHER)
    # a reader given another text (a corrected misspelling) never gets the kept reading
    assert understood(OTHER, parse=lambda _: other) == understand(OTHER, parse=_fresh)
    assert understood(OTHER, parse=lambda _: kept).text == OTHER


def test_a_kept_understanding_is_not_stored_with_the_parse() -> None:
    kept = _fresh(OTHER)
    before = serialized([kept])
    understood(OTHER, parse=lambda _: kept)
    assert serialized([kept]) == before
