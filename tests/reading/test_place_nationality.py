"""A place asked of a nationality ("which Canadian cities") lies in its country, as WordNet
places it. Sentences written for these tests."""

from __future__ import annotations

from tests.reading.test_findings import found_for


def test_a_place_asked_of_a_nationality_lies_in_its_country() -> None:
    question = "In which Canadian cities does Halden Hotels own hotels outright?"
    sentence = "Halden Hotels owns hotels in San Francisco, Chicago and Vancouver outright."
    (finding,) = found_for(question, [sentence], [0.6])
    assert [a.text for a in finding.answers] == ["Vancouver"]


def test_a_place_wordnet_does_not_know_is_checked_as_before() -> None:
    # no WordNet verdict: the sentence must say the place is of the asked nationality
    question = "In which Canadian towns does Halden Hotels own hotels outright?"
    sentence = "Halden Hotels owns hotels in Brantville outright."
    assert found_for(question, [sentence], [0.6]) == []
