"""A phrasal verb asked is answered by a plainer verb of an act it is a way of: "who came
up with the Halden process" by "the Halden process was created by Karl Brandt" (the
passive's by-agent, each conjunct, is the doer), not by another act, another thing
created, a denied act, or a "by" of time or means. Sentences written for these tests."""

from __future__ import annotations

import pytest

from retrieval.reading.phrasal_classes import phrasal_classes
from tests.reading.test_asking import ask
from tests.reading.test_spans import candidates_of

_ASKED = "Who came up with the Halden process?"


def _tie(question: str, sentence: str, answer: str) -> float:
    return max((c.tie for c in candidates_of(question, sentence) if c.text == answer), default=0)


def test_a_phrasal_verb_is_a_way_of_its_wordnet_classes() -> None:
    assert {"generate", "create"} <= phrasal_classes("come_up")
    # light verbs are any act's class; a one-word verb's kin are found elsewhere
    assert "make" not in phrasal_classes("come_up")
    assert phrasal_classes("create") == frozenset()


def test_the_object_of_a_phrasal_verbs_preposition_is_what_it_acts_on() -> None:
    (part,) = ask(_ASKED).parts
    assert "process" in part.acted_on
    # a phrase of time after the object is none of it
    (part,) = ask("Who came up with the Halden process in the first place?").parts
    assert "place" not in part.acted_on


@pytest.mark.parametrize(
    ("sentence", "agents"),
    [
        (
            "The Halden process was created in the 1970s by Karl Brandt of Osko University.",
            ["Karl Brandt"],
        ),
        # each conjunct of the by-agent did it
        (
            "The Halden process was created by Karl Brandt and Anna Weller.",
            ["Karl Brandt", "Anna Weller"],
        ),
    ],
)
def test_the_agent_of_a_class_verb_on_the_asked_thing_answers(
    sentence: str, agents: list[str]
) -> None:
    assert all(_tie(_ASKED, sentence, agent) == 1.0 for agent in agents)


@pytest.mark.parametrize(
    ("sentence", "other"),
    [
        # another act on the asked thing
        ("The Halden process was approved in 1990 by the Osko Trade Board.", "Osko Trade Board"),
        # the class verb done to another thing
        (
            "Karl Brandt created a new unit, while the Halden process was approved by Osko.",
            "Karl Brandt",
        ),
        # a denied act
        ("The Halden process was not created by Karl Brandt, Vetra Corp said.", "Karl Brandt"),
        ("The Halden process may never have been created by Karl Brandt.", "Karl Brandt"),
        # a "by" of time or of means is no agent: the reporter is no doer
        ("The Halden process had been created by 1990, Karl Brandt said.", "Karl Brandt"),
        ("The Halden process was created by phone, Karl Brandt said.", "Karl Brandt"),
    ],
)
def test_no_doer_of_the_asked_act_otherwise(sentence: str, other: str) -> None:
    assert _tie(_ASKED, sentence, other) < 1.0


def test_a_one_word_verb_asked_takes_no_class_above_it() -> None:
    # "approve" asked: a creator is no approver
    sentence = "The Halden process was created by Karl Brandt."
    assert _tie("Who approved the Halden process?", sentence, "Karl Brandt") < 1.0
