"""A verb whose main sense takes the act itself for complement ("expect to", "try to")
asks of that act; a verb choosing or using something for an act, a verb of making a deal,
or one with an object of its own asks of itself. Questions written for these tests."""

from __future__ import annotations

import pytest

from tests.reading.test_asking import ask


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        ("How much does Halden Corp expect to earn from the sale?", "earn"),
        ("Which unit is Vardeau Corp still trying to acquire?", "acquire"),
        ("How many stores does Kessel Holdings plan to open?", "open"),
        ("Which lender did Orvane Bank fail to win over?", "win"),
    ],
)
def test_an_expected_or_tried_act_is_the_asked_verb(question: str, verb: str) -> None:
    assert ask(question).parts[0].predicate == verb


@pytest.mark.parametrize(
    ("question", "verb"),
    [
        # what was chosen, not what it will do
        ("Which engine did Orvane Airways choose to power its new jet?", "choose"),
        # the agreement is the deal asked about
        ("Till what date did Halden Corp agree not to buy more Vardeau shares?", "agree"),
        # WordNet gives the frame to "help" alone of its synset {help, assist, aid}
        ("Which company is Halden Corp aiding to expand?", "aid"),
    ],
)
def test_a_chosen_thing_or_an_agreement_keeps_its_own_verb(question: str, verb: str) -> None:
    assert ask(question).parts[0].predicate == verb
