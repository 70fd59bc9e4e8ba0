"""An article saying which things of the asked kind it does not give answers no "which N"
part with them."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.withheld_things import may_withhold, stands_for, withheld_nouns
from tests.reading.conftest import ask_one


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Corvex did not say what errors had been made.", {"error"}),
        (
            "Neither the price nor the products covered by the pact were disclosed.",
            {"price", "product"},
        ),
        ("Corvex declined to identify the customers.", {"customer"}),
        ("Corvex sold the plant to an undisclosed buyer.", {"buyer"}),
        ("The buyer of the plant was undisclosed.", {"buyer"}),
        ("The buyer of the plant was not undisclosed.", set()),
        ("No customers were named.", {"customer"}),
        # said, or a wh-word asking something else of the noun, withholds nothing
        ("Corvex said what errors had been made.", set()),
        ("Corvex did not say when the errors were found.", set()),
    ],
)
def test_the_nouns_a_sentence_withholds(sentence: str, expected: set[str]) -> None:
    assert withheld_nouns(shared_pipeline().annotate([sentence])[0]) == expected


def test_a_modifier_may_say_a_noun_names_the_asked_kind() -> None:
    doc = shared_pipeline().annotate(["It will test certain pharmaceutical products."])[0]
    products = next(t for t in doc if t.lower_ == "products")
    assert stands_for(products, "drug")
    assert not stands_for(products, "vehicle")


def test_things_the_article_withholds_are_not_answered(tmp_path: Path) -> None:
    text = (
        "Corvex Inc said it formed a 50 mln dlr research partnership to pay for the "
        "clinical study of certain pharmaceutical products under development. The products covered "
        "by the partnership were not disclosed, Corvex said."
    )
    question = "Which drugs will the Corvex partnership pay for?"
    answer = ask_one("CORVEX FORMS PARTNERSHIP", text, question, tmp_path)
    assert not answer.answered, answer.text


@pytest.mark.parametrize(
    ("sentence", "worth_parsing"),
    [
        ("Corvex did not say.", True),
        ("Corvex didn't say.", True),
        ("No customers were named.", True),
        ("Corvex declined to comment.", True),
        ("The buyer was undisclosed.", True),
        # a negation's letters inside another word negate nothing
        ("Another plant was announced.", False),
        ("Its notes were sold.", False),
    ],
)
def test_only_sentences_with_a_word_of_withholding_are_parsed(
    sentence: str, worth_parsing: bool
) -> None:
    assert may_withhold(sentence) is worth_parsing
