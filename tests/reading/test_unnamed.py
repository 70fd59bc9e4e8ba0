"""A sentence that gives the asked party only as an indefinite description."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.normalize import normalize_question
from retrieval.reading.unnamed import leaves_unnamed


def unnamed(question: str, sentence: str) -> bool:
    asked = understand(
        normalize_question(question), parse=lambda t: shared_pipeline().annotate([t])[0]
    )
    return leaves_unnamed(shared_pipeline().annotate([sentence])[0], asked.parts[0])


BUYER = "Which investment group is buying Halden Lines?"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Corvex said it will sell Halden Lines to an investment group.", True),
        ("Corvex will sell to an investment group two units, Halden Lines and Osko.", True),
        ("Halden Lines will be sold to an unnamed group, Corvex said.", True),
        ("Corvex said it will sell Halden Lines to another investment group.", True),
        # a place or a party coordinated with it names nobody
        ("Halden Lines will be sold to a Dutch group and Corvex will leave shipping.", True),
        # the description is of a name, or holds one
        ("Corvex will sell Halden Lines to Osko Partners, an investment group.", False),
        ("Corvex will sell Halden Lines to a group led by Osko Partners.", False),
        ("Corvex will sell Halden Lines to the investment group.", False),
        ("Osko Partners is an investment group based in Oslo.", False),
        # a clause on the noun withholds its name, whatever names the sentence holds
        (
            "Corvex will sell Halden Lines to a group it did not name to seek Federal "
            "Trade Commission approval.",
            True,
        ),
        ("Corvex will sell Halden Lines to the group, which it declined to identify.", True),
        # the asked noun as a modifier of another
        ("Corvex formed a group-wide plan to sell Halden Lines.", False),
    ],
)
def test_an_indefinite_description_leaves_the_party_unnamed(sentence: str, expected: bool) -> None:
    assert unnamed(BUYER, sentence) is expected


def test_a_name_part_is_introduced_before_it_is_named() -> None:
    # "formed a joint venture" comes before "the venture is called ..."
    question = "What is the Corvex-Halden joint venture called?"
    assert not unnamed(question, "Corvex and Halden formed a joint venture in Oslo.")


def test_only_a_party_noun_leaves_a_party_unnamed() -> None:
    # "whose merger": an indefinite merger says nothing of who merged
    question = "Which bank's merger with Corvex produced the gain?"
    sentence = "The gain came on the exchange of Halden Bank shares under a merger."
    assert not unnamed(question, sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Corvex said it received an option from three principal shareholders.", True),
        ("Corvex said it received options from several shareholders.", True),
        ("Corvex said it received an option from its shareholders.", False),
        ("Corvex received an option from three shareholders, Osko Partners among them.", False),
    ],
)
def test_a_counted_or_vague_plural_leaves_the_parties_unnamed(
    sentence: str, expected: bool
) -> None:
    assert unnamed("Which three Halden shareholders gave Corvex the option?", sentence) is expected
