"""A refusal quotes the sentence saying the asked detail is withheld (withheld_quotes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.compose import refuse
from retrieval.reading.selection import Selection
from retrieval.reading.withheld_quotes import withholding_finding, withholds
from tests.reading.conftest import evidence_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc


def parse(texts: Sequence[str]) -> list[Doc]:
    return shared_pipeline().annotate(list(texts))


@pytest.mark.parametrize(
    ("question", "sentence", "withheld"),
    [
        ("What did Corvex pay for Halden?", "Terms of the purchase were not disclosed.", True),
        ("What did Corvex pay for Halden?", "Corvex declined to say how much it paid.", True),
        ("Who is buying Halden?", "The name of the buyer was not disclosed.", True),
        ("What is the value of the Halden offer?", "The value of the offer was undisclosed.", True),
        # said, not withheld; another detail withheld; another role withheld
        ("What did Corvex pay for Halden?", "Terms of the purchase were disclosed.", False),
        ("What did Corvex pay for Halden?", "Corvex did not say when the deal would close.", False),
        ("Who is buying Halden?", "The name of the adviser was not disclosed.", False),
    ],
)
def test_a_sentence_withholds_the_asked_detail(
    question: str, sentence: str, withheld: bool
) -> None:
    asked = understand(question, parse=lambda t: parse([t])[0])
    assert withholds(parse([sentence])[0], asked.parts[0]) is withheld


def test_the_withholding_sentence_of_an_article_about_the_deal_is_quoted() -> None:
    question = understand("Who is buying Halden?", parse=lambda t: parse([t])[0])
    about = evidence_of("a", ["Corvex agreed to sell Halden.", "The buyer was not named."])
    other = evidence_of("b", ["Brixton sold its mill.", "The name of the buyer was not disclosed."])
    # only the article naming the asked parties tells of their deal
    assert withholding_finding(question, question.parts, [other], parse) is None
    found = withholding_finding(question, question.parts, [other, about], parse)
    assert found is not None and found.sentence.text == "The buyer was not named."
    selection = Selection((), question.parts, found, withheld=True)
    text = refuse("Who is buying Halden?", question, selection, searched=2).text
    assert text.endswith("says it was not given: “The buyer was not named.”")


def _quoted(question: str, texts: list[str]) -> str | None:
    asked = understand(question, parse=lambda t: parse([t])[0])
    found = withholding_finding(asked, asked.parts, [evidence_of("a", texts)], parse)
    if found is None:
        return None
    selection = Selection((), asked.parts, found, withheld=True)
    return refuse(question, asked, selection, searched=5).text


@pytest.mark.parametrize(
    ("question", "texts"),
    [
        # a name the question asks (untagged "Halden") that the article never gives
        (
            "What did Corvex pay for Halden?",
            ["Corvex bought Acme Corp last year.", "Terms were not disclosed."],
        ),
        # the withholding sentence names another firm: another deal's terms
        (
            "What did Corvex Corp pay for Halden Inc?",
            [
                "Corvex Corp agreed to buy Halden Inc for cash.",
                "It also bought Acme Corp, a maker of valves, for an undisclosed sum.",
            ],
        ),
    ],
)
def test_no_quote_of_another_deals_withholding(question: str, texts: list[str]) -> None:
    assert _quoted(question, texts) is None


def test_a_quote_of_one_part_of_several_names_that_part() -> None:
    question = "What did Corvex Corp pay for Halden Inc and when will the deal close?"
    text = _quoted(question, ["Corvex Corp agreed to buy Halden Inc.", "Terms were not disclosed."])
    assert text is not None
    assert "says it was not given" not in text
    assert "says the amount of money asked for in" in text
    assert text.endswith("was not given: “Terms were not disclosed.”")


def test_a_quote_of_the_only_missing_part_says_it() -> None:
    question = "What did Corvex Corp pay for Halden Inc?"
    text = _quoted(question, ["Corvex Corp agreed to buy Halden Inc.", "Terms were not disclosed."])
    assert text is not None and text.endswith("says it was not given: “Terms were not disclosed.”")
