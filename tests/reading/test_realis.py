"""What happened and what has not: a question in the past is not answered by a clause of
what is due, expected, planned or conditional. Sentences and questions written for these
tests."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.prospective import behind
from retrieval.reading.realis import asks_what_happened, unhappened
from tests.reading.test_findings import findings

if TYPE_CHECKING:
    from spacy.tokens import Doc


def parse(text: str) -> Doc:
    return shared_pipeline().annotate([text])[0]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What sentences did the two Halden managers get?", True),
        ("What fee has Corvex offered for Lindqvist?", True),
        ("How much was Lindqvist sold for?", True),
        ("How much did Corvex set aside for bad loans in 1986?", True),
        ("When was the merger completed?", True),
        # the future, a plan, an expectation, a condition: asked about as such
        ("When will the merger be completed?", False),
        ("When are the two Halden managers due to be sentenced?", False),
        ("What did Corvex plan to pay for Lindqvist?", False),
        # a verb of scheduling asks about the schedule ("set aside" is another verb)
        ("What date had the Halden vote been set for before?", False),
        ("What was Corvex expected to pay for Lindqvist?", False),
        ("What would Corvex pay if the board agreed?", False),
        ("Who was going to buy Lindqvist?", False),
        # the present asks about neither
        ("How much is Corvex paying for Lindqvist?", False),
    ],
)
def test_a_question_in_the_past_or_the_perfect_asks_what_happened(
    question: str, expected: bool
) -> None:
    assert asks_what_happened(parse(question)) is expected


@pytest.mark.parametrize(
    ("sentence", "entity", "expected"),
    [
        ("The two Halden managers are due to be sentenced on 12 May.", "12 May", True),
        ("Corvex expects to complete the purchase in mid-June.", "mid-June", True),
        ("The purchase is expected in mid-June.", "mid-June", True),
        ("Corvex said it planned to buy the shares itself.", "shares", True),
        ("Corvex said it hoped to buy the shares for 12 mln dlrs.", "12 mln dlrs", True),
        ("Corvex may pay 12 mln dlrs for the shares.", "12 mln dlrs", True),
        ("Corvex said it hoped to take a 30 pct stake in Lindqvist.", "30 pct", True),
        (
            "Corvex said it would offer 12 dlrs a share if the Lindqvist board agreed.",
            "12 dlrs",
            True,
        ),
        ("Halden is to make a formal offer of 300 mln dlrs next month.", "300 mln dlrs", True),
        ("Corvex announced plans to buy the Halden mill.", "mill", True),
        # told as done, or announced: a future of the past reported is a deal's terms
        ("Corvex said it would pay 12 mln dlrs for Lindqvist.", "12 mln dlrs", False),
        ("Corvex agreed to buy Lindqvist for 12 mln dlrs.", "12 mln dlrs", False),
        # a plan stating its price is a deal arranged, as newswire reports one
        ("Corvex said it planned to buy Lindqvist for 12 mln dlrs.", "12 mln dlrs", False),
        ("Corvex said it planned to buy Lindqvist for 12 mln dlrs.", "Lindqvist", False),
        ("Corvex Media Inc planned to buy Lindqvist for 12 mln dlrs.", "Corvex Media Inc", False),
        ("Corvex Media Inc planned to buy the Lindqvist shares itself.", "Corvex Media Inc", True),
        ("The merger, which was completed on May 3, cost 20 mln dlrs.", "May 3", False),
        ("Corvex paid 12 mln dlrs for the Lindqvist shares in March.", "12 mln dlrs", False),
        # a raising participle without an infinitive puts ahead only a goal ("set for")
        ("The Halden vote was set for May 3.", "May 3", True),
        ("The price Corvex paid for Lindqvist was set at 12 dlrs a share.", "12 dlrs", False),
        # a coordinated act is no content of the verb of wanting before it
        ("Corvex wanted control of Lindqvist and bought 20 pct of it in March.", "20 pct", False),
        ("Corvex may want control of Lindqvist and buy 20 pct of it.", "20 pct", True),
        # a definite noun phrase refers to what is, whatever the clause's mood
        (
            "Corvex is likely to raise its dividend from the 1986 payment of 12 pct.",
            "12 pct",
            False,
        ),
        ("Corvex plans to raise its 20 pct stake in Lindqvist to 35 pct.", "20 pct", False),
        ("Corvex plans to raise its 20 pct stake in Lindqvist to 35 pct.", "35 pct", True),
        # "said that" does not take the scope of a verb of planning above it
        (
            "Corvex intends to argue that the 10 mln shares it issued were returned.",
            "10 mln",
            False,
        ),
        # the one expecting is no party to what is expected
        ("Corvex expects earnings of 12 mln dlrs this year.", "Corvex", False),
        ("Corvex expects earnings of 12 mln dlrs this year.", "12 mln dlrs", True),
        # a name is presupposed by a definite noun of an act, not by any definite noun
        (
            "Corvex expected the August purchase of Lindqvist Printing to cut its earnings.",
            "Lindqvist Printing",
            False,
        ),
        (
            "Corvex hoped to take a stake in Halden Lines's holding company.",
            "Halden Lines",
            True,
        ),
    ],
)
def test_a_word_is_unhappened_in_a_clause_of_what_is_due_planned_or_conditional(
    sentence: str, entity: str, expected: bool
) -> None:
    doc = parse(sentence)
    start = sentence.index(entity)
    span = doc.char_span(start, start + len(entity))
    assert span is not None
    assert unhappened(span.root) is expected


def test_a_question_in_the_past_is_not_answered_by_a_date_still_to_come() -> None:
    question = "When was Corvex's purchase of Lindqvist completed?"
    done = "Corvex's purchase of Lindqvist, which was completed on May 3, cost 20 mln dlrs."
    due = "Corvex's purchase of Lindqvist is expected to be completed on May 3."
    assert findings(question, [done], [0.6]) == [done]
    assert findings(question, [due], [0.6]) == []
    # asked about as what is to come, the date to come answers
    ahead = "When is Corvex's purchase of Lindqvist expected to be completed?"
    assert findings(ahead, [due], [0.6]) == [due]


def test_a_question_in_the_past_is_not_answered_by_a_conditional_offer() -> None:
    question = "How much did Corvex offer for each Lindqvist share?"
    made = "Corvex said it would pay 12 dlrs for each Lindqvist share."
    conditional = "Corvex said it would offer 12 dlrs for each Lindqvist share if the board agreed."
    assert findings(question, [made], [0.6]) == [made]
    assert findings(question, [conditional], [0.6]) == []


def test_an_article_telling_of_the_asked_event_only_as_to_come_describes_none_of_it() -> None:
    question = "What prison sentences did the two Halden managers get?"
    pleaded = "The two Halden managers pleaded guilty to fraud charges in a Leeds court."
    due = "The two Halden managers are due to be sentenced on 12 May."
    done = "The two Halden managers were sentenced to three years in prison each."
    assert findings(question, [pleaded, due], [0.6, 0.6]) == []
    assert done in findings(question, [pleaded, done], [0.6, 0.6])
    # an article telling the event once as due and once as done tells it
    assert done in findings(question, [due, done], [0.6, 0.6])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Corvex has been selling the drug in Europe since December.", True),
        ("Corvex will start selling the drug in Europe in December.", False),
    ],
)
def test_a_date_since_which_something_goes_on_is_behind(sentence: str, expected: bool) -> None:
    doc = parse(sentence)
    (date,) = (e for e in doc.ents if e.label_ == "DATE")
    assert behind(date) is expected


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # the hope is the marketing, not the partnership it presupposes
        (
            "Which drug company had Corvex worked with?",
            "Corvex had hoped to market the drug with Brix Pharma, a drug company.",
        ),
        # the asked event is in the relative clause, told as done
        (
            "Which company bought Lumo Corp?",
            "Brix Ltd, which bought Lumo Corp last year, plans to list its shares in May.",
        ),
        # a purpose is what a why-question asks
        (
            "Why did Corvex buy Lindqvist?",
            "Corvex said it bought Lindqvist because it wanted to expand into Europe.",
        ),
    ],
)
def test_an_answer_is_dropped_only_where_the_irrealis_tells_the_asked_event(
    question: str, sentence: str
) -> None:
    assert findings(question, [sentence], [0.6]) == [sentence]


def test_an_expected_payment_does_not_answer_what_was_paid() -> None:
    question = "How much did Corvex pay for Lindqvist?"
    expected = "Corvex expects to pay 12 mln dlrs for Lindqvist."
    assert findings(question, [expected], [0.6]) == []
