"""The type of an answer: a change asked "how much" is an amount or a percentage; a name
used for one car or machine of a make is no firm.

Sentences and questions written for these tests (not taken from the evaluation files).
"""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.kinds import Kind
from retrieval.reading.named_things import an_article_of_a_make
from retrieval.reading.normalize import normalize_question


def _kinds(question: str) -> list[Kind]:
    asked = understand(
        normalize_question(question), parse=lambda t: shared_pipeline().annotate([t])[0]
    )
    return [part.kind for part in asked.parts]


@pytest.mark.parametrize(
    "question",
    [
        # the parser reads the verb of change after "did" and its subject as a noun
        "How much did Japan's industrial output drop in October?",
        "How much did the stock market fall in 1987?",
        "How much did Brelland's exports drop?",
    ],
)
def test_how_much_a_quantity_changed_is_an_amount(question: str) -> None:
    assert _kinds(question) == [Kind.AMOUNT]


@pytest.mark.parametrize(
    "question",
    [
        "How much did Corvex pay for the unit?",
        "How much did the merger cost Halden?",
        # a change noun as the subject of a parsed money verb: the verb asks a sum
        "How much did the rise in rates cost Halden?",
        # the asked noun is a price, given as a sum: its own kind decides
        "How much did the share price fall?",
    ],
)
def test_how_much_was_paid_is_still_money(question: str) -> None:
    assert _kinds(question) == [Kind.MONEY]


def _name(sentence: str, text: str) -> bool:
    doc = shared_pipeline().annotate([sentence])[0]
    start = next(t.i for t in doc if t.text == text.split(maxsplit=1)[0])
    return an_article_of_a_make(doc[start : start + len(text.split())])


def test_a_name_with_an_indefinite_article_is_an_article_of_a_make() -> None:
    assert _name("The team races a Vauxhall Astra GSI with a manual gearbox.", "GSI")


def test_a_firm_named_as_such_is_no_article_of_a_make() -> None:
    assert not _name("The team races cars built by Vauxhall Motors in Luton.", "Vauxhall Motors")
    assert not _name("A Corvex analyst said Halden Corp bought the plant.", "Halden Corp")
    # the name's own words are no product compound ("F" of "F-Lock")
    assert not _name("Antivirus firm F-Lock said it found the worm.", "F - Lock")


def test_a_name_conjoined_with_an_indefinite_noun_is_still_a_firm() -> None:
    # conjuncts need not be of one category: a firm beside "a supplier"
    assert not _name("Corvex signed with a supplier and Siemens in 2004.", "Siemens")
    assert not _name("It bought a plant and Halden Steel in March.", "Halden Steel")


def test_a_name_with_a_legal_form_is_a_firm_whatever_its_article() -> None:
    assert not _name("Corvex bought a newly formed Halden Holdings Inc.", "Halden Holdings Inc")
    assert not _name("Its partner is Brel S.A., a credit insurance firm.", "Brel S.A.")


def test_an_article_before_a_name_modifying_a_noun_is_the_nouns() -> None:
    assert not _name("It concerns a Barclays Bank managed loan to Corvex.", "Barclays Bank")
    # the recogniser takes in the bracket: "Sberbank (Savings Bank"
    assert not _name("It paid from a Sberbank (Savings Bank) account.", "Sberbank ( Savings Bank")
