"""A descriptive part's words are covered by words of one sense with them, or naming kinds
of them (WordNet): "airliner" for "plane"; a count's counted noun is too."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import AskedQuestion, understand
from retrieval.reading.evidence import KIN_CREDIT, coverage
from retrieval.reading.normalize import normalize_question
from retrieval.text import terms


def _asked(question: str) -> AskedQuestion:
    text = normalize_question(question)
    return understand(text, parse=lambda t: shared_pipeline().annotate([t])[0])


def test_a_descriptive_part_knows_the_kinds_of_its_nouns() -> None:
    part = _asked("What will Corvex build for Halden's new plane?").parts[0]
    kin = dict(part.kin)
    assert "airlin" in kin["plane"]  # an airliner is a kind of plane
    assert "construct" in kin["build"]  # a word of the verb's main sense


def test_a_count_knows_the_kinds_of_the_counted_noun_only() -> None:
    # "how many planes" is answered by "36 airliners"; the verb may be said any way
    kin = dict(_asked("How many planes will Corvex build?").parts[0].kin)
    assert "airlin" in kin["plane"]
    assert "build" not in kin


def test_a_measure_has_no_kindred_words() -> None:
    # "cash" or "percentage" has kinds of every sort: its answer is checked by its type
    assert _asked("How much cash will Corvex pay?").parts[0].kin == ()


def test_a_kindred_word_covers_part_of_the_term() -> None:
    part = _asked("What will Corvex build for Halden's new plane?").parts[0]
    weights = dict.fromkeys(part.terms, 1.0)
    sentence = frozenset(terms("Corvex will produce parts for the new airliner."))
    with_kin = coverage(weights, sentence, part.kin)
    without = coverage(weights, sentence)
    assert with_kin - without == pytest.approx(KIN_CREDIT / len(weights))
