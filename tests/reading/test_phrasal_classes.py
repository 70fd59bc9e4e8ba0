"""A phrasal verb asked is answered by a plainer verb of an act it is a way of: "who came
up with the Halden process" by "the Halden process was created by Karl Brandt" (the
passive's by-agent, each conjunct, is the doer), not by another act, another thing
created, a denied act, or a "by" of time or means. Sentences written for these tests."""

from __future__ import annotations

import pytest

from retrieval.reading.phrasal_classes import general_classes, phrasal_classes
from tests.reading.test_asking import ask
from tests.reading.test_spans import candidates_of

_ASKED = "Who came up with the Halden process?"
_SET_UP = "Who set up the Halden fund?"


def _tie(question: str, sentence: str, answer: str) -> float:
    return max((c.tie for c in candidates_of(question, sentence) if c.text == answer), default=0)


def test_a_phrasal_verb_is_a_way_of_its_wordnet_classes() -> None:
    assert "generate" in phrasal_classes("come_up")
    # the main sense's own synonyms count
    assert {"establish", "found"} <= phrasal_classes("set_up")
    assert {"execute", "accomplish"} <= phrasal_classes("carry_out")
    # light verbs are any act's class; a one-word verb's kin are found elsewhere
    assert "make" not in phrasal_classes("come_up") | general_classes("come_up")
    assert phrasal_classes("create") == frozenset()


def test_a_general_act_is_no_class_that_names_the_doer() -> None:
    # a root of WordNet's verbs, or one with many acts under it, only picks the sentence
    assert "create" in general_classes("come_up")
    assert "create" not in phrasal_classes("come_up")
    assert {"end", "terminate"} <= general_classes("carry_out")
    assert "change" in general_classes("take_on")
    assert not {"change", "transfer"} & phrasal_classes("sell_off")
    # no more than two levels up: "get/acquire" is three above pay_off
    assert "acquire" not in phrasal_classes("pay_off") | general_classes("pay_off")


def test_the_object_of_a_phrasal_verbs_preposition_is_what_it_acts_on() -> None:
    (part,) = ask(_ASKED).parts
    assert "process" in part.acted_on
    # a phrase of time after the object is none of it
    (part,) = ask("Who came up with the Halden process in the first place?").parts
    assert "place" not in part.acted_on


@pytest.mark.parametrize(
    ("sentence", "agents"),
    [
        ("The Halden fund was established in 1990 by Vetra Corp of Lyon.", ["Vetra Corp"]),
        # each conjunct of the by-agent did it
        (
            "The Halden fund was founded by Karl Brandt and Anna Weller.",
            ["Karl Brandt", "Anna Weller"],
        ),
        # "not by X but by Y": Y did it (the parse hangs "but by Y" on the verb, or on "by X")
        ("The Halden fund was not established by Osko but by Vetra Corp.", ["Vetra Corp."]),
    ],
)
def test_the_agent_of_a_class_verb_on_the_asked_thing_answers(
    sentence: str, agents: list[str]
) -> None:
    assert all(_tie(_SET_UP, sentence, agent) == 1.0 for agent in agents)


def test_a_later_agent_set_against_a_denied_one_keeps_the_asked_role() -> None:
    sentence = "The Halden unit is not owned by Osko but by Vetra Corp."
    assert _tie("Who owns the Halden unit?", sentence, "Vetra Corp.") == 1.0
    assert _tie("Who owns the Halden unit?", sentence, "Osko") < 1.0


def test_a_general_act_picks_the_sentence_but_names_no_doer() -> None:
    # "create" is WordNet's root act of making: it anchors the sentence for "come up with"
    # (the agent is ranked) without giving the doer the asked role outright
    sentence = "The Halden process was created in the 1970s by Karl Brandt of Osko University."
    assert 0 < _tie(_ASKED, sentence, "Karl Brandt") < 1.0
    denied = "The Halden process was not created by Osko but by Karl Brandt."
    assert _tie(_ASKED, denied, "Osko") < 1.0


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


@pytest.mark.parametrize(
    ("question", "sentence", "doer"),
    [
        # a general act above the phrasal's sense: ending is no way of carrying out
        (
            "Who carried out the merger?",
            "The merger was terminated by Vetra Corp last week.",
            "Vetra Corp",
        ),
        # three levels up (pay off → yield → gain → get/acquire): the buyer paid nothing off
        (
            "Who paid off the debt?",
            "The debt was acquired by Vetra Corp from the banks.",
            "Vetra Corp",
        ),
        # the root act "change" above take_on
        ("Who took on the debt?", "The debt was changed by Vetra Corp last year.", "Vetra Corp"),
        (
            "Who built up the stake?",
            "The stake was modified by Vetra Corp last year.",
            "Vetra Corp",
        ),
        # an internal transfer is not a sale
        (
            "Who sold off the Halden unit?",
            "The Halden unit was transferred by Vetra Corp to its pension fund.",
            "Vetra Corp",
        ),
        # a class verb on the asked noun of another owner or name
        (
            "Who picked up Osko's stake in Halden?",
            "Vetra Corp raised its stake in Halden to 30 pct.",
            "Vetra Corp",
        ),
        (
            _SET_UP,
            "Vetra Corp established a new fund, while the Halden fund was approved by Osko.",
            "Vetra Corp",
        ),
        # so for a verb of the asked one's class (role_verbs): "its stake" is Vetra's own
        (
            "Who bought Osko's stake in Halden?",
            "Vetra Corp purchased its stake in Halden in 1990.",
            "Vetra Corp",
        ),
    ],
)
def test_no_doer_of_a_general_act_nor_of_another_owners_thing(
    question: str, sentence: str, doer: str
) -> None:
    assert _tie(question, sentence, doer) < 1.0


def test_a_one_word_verb_asked_takes_no_class_above_it() -> None:
    # "approve" asked: a creator is no approver
    sentence = "The Halden process was created by Karl Brandt."
    assert _tie("Who approved the Halden process?", sentence, "Karl Brandt") < 1.0
