"""A place located through the verb of the asked noun ("relocate its headquarters to
Glendale"), and the asked words said as a kind of the noun or a way of the act: a
headquarters is an office, to relocate is to move. Sentences written for these tests."""

from __future__ import annotations

import pytest

from retrieval.nlp.wordnet import first_kinds, ways_of
from tests.reading.test_spans import answers


@pytest.mark.parametrize(
    ("question", "sentence", "place"),
    [
        (
            "Where is Halden Corp's head office moving?",
            "Halden Corp said it will relocate its headquarters to Glendale, Calif.",
            "Glendale",
        ),
        (
            "Where will Osko Ltd's new smelter be?",
            "Osko Ltd will open the new smelter late next year in Tacoma, Wash.",
            "Tacoma",
        ),
    ],
)
def test_a_place_the_asked_nouns_verb_puts_it_in_answers(
    question: str, sentence: str, place: str
) -> None:
    assert any(answer.startswith(place) for answer in answers(question, sentence))


def test_a_place_of_another_argument_of_the_verb_does_not() -> None:
    # the smelter is not where the money goes
    sentence = "Osko Ltd will spend 40 mln dlrs on its smelter in Tacoma and send ore to Utah."
    assert not any(a.startswith("Utah") for a in answers("Where is Osko Ltd's smelter?", sentence))


def test_kinds_and_ways_come_from_the_main_sense() -> None:
    assert "headquarters" in first_kinds("office")
    assert "role" not in first_kinds("office")  # a kind of its sense of a position
    assert "move" in ways_of("relocate")
    assert "buy" not in ways_of("relocate")
