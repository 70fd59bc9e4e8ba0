"""Argument roles across verbs and voices: the by-agent of a passive is the subject of
the active ("the turbines are made by Corvex" says who builds them), a verb of the asked
one's class gives its doer the asked role, a former holder is the seller, and a group of
firms is led by a firm. Questions and sentences written for these tests."""

from __future__ import annotations

import pytest

from retrieval.reading.kinds import Kind
from retrieval.reading.role_verbs import same_role_verbs
from tests.reading.test_asking import ask
from tests.reading.test_spans import answers, candidates_of


def _tie(question: str, sentence: str, answer: str) -> float:
    return max((c.tie for c in candidates_of(question, sentence) if c.text == answer), default=0)


@pytest.mark.parametrize(
    ("question", "sentence", "agent"),
    [
        # making: "build" asked, "make" said
        (
            "Which company builds the Halden turbines?",
            "The Halden turbines are made by Corvex Industries.",
            "Corvex Industries",
        ),
        # holding: "hold" asked, "own" said
        (
            "Who holds the rest of Halden Ltd's equity?",
            "The rest of Halden Ltd's equity is owned by Vetra Bank.",
            "Vetra Bank",
        ),
        # being in charge: "head" asked, a participle "led by" on the noun said
        (
            "Who is heading the Osko negotiating team?",
            "An Osko delegation led by finance director Karl Brandt met the banks on Monday.",
            "Karl Brandt",
        ),
    ],
)
def test_the_agent_of_a_verb_of_the_asked_class_answers(
    question: str, sentence: str, agent: str
) -> None:
    assert _tie(question, sentence, agent) == 1.0


@pytest.mark.parametrize(
    ("question", "sentence", "other"),
    [
        # a "by" of a measure or of another kind of verb is no holder
        (
            "Who owns Halden Ltd?",
            "Halden Ltd's output was cut by 5 pct in March, Vetra Bank said.",
            "Vetra Bank",
        ),
        ("Who owns Halden Ltd?", "Halden Ltd was advised by Vetra Bank.", "Vetra Bank"),
        # a verb of another class ("buy" is no holding, though it ends in one)
        ("Who builds the Halden turbines?", "The Halden turbines were bought by Corvex.", "Corvex"),
    ],
)
def test_no_agent_of_another_verb_class_is_the_asked_doer(
    question: str, sentence: str, other: str
) -> None:
    assert _tie(question, sentence, other) < 1.0


@pytest.mark.parametrize(
    ("question", "sentence", "other"),
    [
        # another verb of the class acting on something else than what is asked
        ("Who owns Halden Ltd?", "Vetra Bank held talks with Halden Ltd on Monday.", "Vetra Bank"),
        ("Who owns Halden Ltd?", "Vetra Bank controls 40 pct of the Osko market.", "Vetra Bank"),
        (
            "Which company builds the Halden turbines?",
            "Vetra Corp made an offer for the Halden turbines on Monday.",
            "Vetra Corp",
        ),
        (
            "Which company builds the Halden turbines?",
            "Vetra Corp made a loss last year, while the Halden turbines sold well.",
            "Vetra Corp",
        ),
        (
            "Who made the offer for Halden Ltd?",
            "The offer for Halden Ltd was made by Vetra Bank, while Corvex produced the report.",
            "Corvex",
        ),
        ("Who controls Halden Ltd?", "Vetra Bank holds 5 pct of Halden Ltd.", "Vetra Bank"),
        # the question's "hold" holds talks: owning Halden Ltd is no holding of talks
        (
            "Who holds talks with Halden Ltd?",
            "Corvex owns Halden Ltd, and Vetra Bank held talks with Osko.",
            "Corvex",
        ),
    ],
)
def test_a_verb_of_the_class_acting_on_another_thing_is_no_answer(
    question: str, sentence: str, other: str
) -> None:
    assert _tie(question, sentence, other) < 1.0


@pytest.mark.parametrize(
    ("question", "sentence", "agent"),
    [
        ("Who owns Halden Ltd?", "Halden Ltd is controlled by Vetra Bank.", "Vetra Bank"),
        (
            "Which company builds the Halden turbines?",
            "Corvex Industries manufactures the Halden turbines.",
            "Corvex Industries",
        ),
    ],
)
def test_a_verb_of_the_class_acting_on_the_asked_thing_answers(
    question: str, sentence: str, agent: str
) -> None:
    assert _tie(question, sentence, agent) == 1.0


def test_the_classes_are_symmetric_and_closed() -> None:
    assert "own" in same_role_verbs("hold") and "hold" in same_role_verbs("own")
    assert "make" in same_role_verbs("build")
    assert "purchase" in same_role_verbs("buy")
    # the sale's two sides are converses, not one role
    assert same_role_verbs("sell") == frozenset({"sell"})


def test_a_prefixed_verb_asks_with_its_verb() -> None:
    (part,) = ask("Who co-owns the Halden power plant?").parts
    assert part.predicate == "own"


def test_the_co_owners_are_the_agents_of_co_owned() -> None:
    sentence = "The Halden power plant is co-owned by Vetra Power Corp and the city of Osko."
    assert _tie("Who co-owns the Halden power plant?", sentence, "Vetra Power Corp") == 1.0


def test_a_former_holder_is_the_seller() -> None:
    (part,) = ask("Who owned Halden Ltd before?").parts
    assert part.predicate == "sell"
    sentence = (
        "Corvex said it has acquired Halden Ltd from privately held Vetra Corp for 5 mln dlrs."
    )
    assert _tie("Who owned Halden Ltd before?", sentence, "Vetra Corp") == 1.0


@pytest.mark.parametrize(
    "question",
    [
        # "before" with an object dates the holding: no sale is said
        "Who owned Halden Ltd before 1990?",
        # the present: who holds it now
        "Who owns Halden Ltd?",
    ],
)
def test_no_former_holder_without_an_adverb_of_anteriority(question: str) -> None:
    (part,) = ask(question).parts
    assert part.predicate == "own"


@pytest.mark.parametrize(
    "question",
    [
        # "hold" an office: no thing held, so no sale ended the holding
        "Who previously held the chairman's post at Halden?",
        "Who held the post of chairman before?",
    ],
)
def test_holding_an_office_before_asks_no_seller(question: str) -> None:
    (part,) = ask(question).parts
    assert part.predicate == "hold"


def test_an_office_holder_before_is_not_the_seller() -> None:
    question = "Who previously held the chairman's post at Halden?"
    sentence = "Vetra Corp sold Halden to Corvex last year; Karl Brandt was named chairman."
    assert _tie(question, sentence, "Vetra Corp") < 1.0


@pytest.mark.parametrize(
    "question", ["Who previously held it?", "Who previously held the 20 pct stake in Halden?"]
)
def test_holding_a_thing_or_a_stake_before_asks_the_seller(question: str) -> None:
    (part,) = ask(question).parts
    assert part.predicate == "sell"


def test_a_source_of_no_sale_is_no_former_holder() -> None:
    sentence = "Corvex said it has acquired shares of Halden Ltd from the open market."
    assert all(c.tie < 1.0 for c in candidates_of("Who owned Halden Ltd before?", sentence))


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        # a group whose members are firms ("of" and a plural) may be led by a firm
        ("Who leads the committee of banks advising Osko?", Kind.AGENT),
        ("Who leads the consortium of lenders?", Kind.AGENT),
        # a body of people, or a firm's division, is led by a person
        ("Who leads the Osko delegation?", Kind.PERSON),
        ("Who heads Halden's turbine division?", Kind.PERSON),
        # a noun compounded onto the body says whose it is, not who its members are
        ("Who heads the Halden company board?", Kind.PERSON),
        ("Who heads the bank supervisory board at Halden?", Kind.PERSON),
    ],
)
def test_a_group_of_firms_is_led_by_a_firm_or_a_person(question: str, kind: Kind) -> None:
    (part,) = ask(question).parts
    assert part.kind is kind


def test_a_new_holder_is_the_buyer() -> None:
    (part,) = ask("Who ended up owning the Halden fashion house?").parts
    assert part.predicate == "buy"
    sentence = "The Halden fashion house was purchased by Vetra Group for an unspecified sum."
    assert _tie("Who ended up owning the Halden fashion house?", sentence, "Vetra Group") == 1.0


def test_ending_up_without_holding_asks_its_own_verb() -> None:
    (part,) = ask("Who ended up running the Halden fashion house?").parts
    assert part.predicate != "buy"


def test_a_former_holder_is_told_by_the_sale() -> None:
    # the part's verb "own" is covered by a verb of the sale that ended the holding
    (part,) = ask("Corvex has taken over Halden Ltd. Who owned it before?").parts
    kin = dict(part.kin)
    assert {"acquir", "sell"} <= kin["own"]


def test_a_name_bearing_the_asked_nationality_answers() -> None:
    # "British" says what the answer is, not a party the question names
    sentence = "The scanners are made by British Dynamics Ltd in Leeds."
    found = answers("Which British company builds the scanners?", sentence)
    assert found[:1] == ["British Dynamics Ltd"]


def test_a_name_bearing_an_asked_party_is_still_that_party() -> None:
    # "Vetra" is a party the question names, not a nationality: Vetra Bank is it
    found = answers("Which bank owns Vetra's scanners?", "The scanners are owned by Vetra Bank.")
    assert "Vetra Bank" not in found


def test_a_person_asked_by_nationality_is_not_a_name_bearing_it() -> None:
    sentence = "Osko officials said Fenno-Soviet trade would have to be cut, Karl Brandt said."
    assert "Fenno-Soviet" not in answers("Which Soviet trade official doubted it?", sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # the seller, and the reporter, bear the nationality but fill no asked slot
        "Vetra Ltd bought a stake in Halden from British Dynamics Ltd.",
        "British Dynamics Ltd said Vetra Ltd bought a stake in Halden.",
    ],
)
def test_a_name_bearing_the_nationality_in_another_role_is_no_answer(sentence: str) -> None:
    found = answers("Which British company bought a stake in Halden?", sentence)
    assert not any(name.startswith("British Dynamics") for name in found)


def test_a_name_bearing_the_nationality_in_the_asked_role_answers() -> None:
    sentence = "British Dynamics Ltd bought a stake in Halden last year."
    found = answers("Which British company bought a stake in Halden?", sentence)
    assert found[:1] == ["British Dynamics Ltd"]
