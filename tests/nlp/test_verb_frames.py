"""Verbs' sentence frames and classes, read from WordNet's files."""

from __future__ import annotations

import pytest

from retrieval.nlp.verb_frames import names_a_thought, takes_an_infinitive


@pytest.mark.parametrize(
    ("verb", "expected"),
    [("agree", True), ("decide", True), ("intend", True), ("fund", False), ("buy", False)],
)
def test_a_verb_takes_an_infinitive_by_its_sentence_frames(verb: str, expected: bool) -> None:
    assert takes_an_infinitive(verb) is expected


def test_a_verb_names_a_thought_by_its_main_sense() -> None:
    assert names_a_thought("decide") and names_a_thought("judge")
    assert not names_a_thought("apply") and not names_a_thought("desire")
