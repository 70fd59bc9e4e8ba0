"""More of an answer told as the same act again, by the same party, later in its article."""

from __future__ import annotations

import pytest

from retrieval.index.embeddings import HashingEmbeddings
from retrieval.reading.asking import understand
from retrieval.reading.evidence import Weights
from retrieval.reading.found import Finding, Reading
from retrieval.reading.repeated_acts import more_of_the_act
from tests.reading.test_findings import evidence_of, parse

UNVEILED = [
    "Corvex Corp has unveiled a low-cost portable computer, billed as the Halden 40.",
    "The machine will sell for 900 dlrs, the company said.",
    "Corvex also unveiled the Tarn Jet, a printer using cheaper ink cartridges.",
    "Corvex unveiled its first desktop model, the Halden 30, in 1985.",
    "Rival Mellor Inc unveiled a faster laptop last week.",
]
RECOMMENDED = [
    "Analyst Per Lund of Vestby Securities said he recommended a number of chemical stocks today.",
    "Chemical shares rose sharply on the news.",
    "Lund said he recommends Halden Chemie <HALC>, up 1/2 to 31, and Tarn Plastics <TRN>.",
    "Analyst Eva Berg of Fjell Bank recommended Osko Paints <OSK> instead.",
]


def more(question: str, texts: list[str]) -> list[str]:
    """The sentences added to the article's first sentence as answering the question."""
    asked = understand(question, parse=lambda t: parse([t])[0])
    article = evidence_of("a", texts)
    finding = Finding(asked.parts[0], article, article.sentences[0], (), 1.0)
    reading = Reading(Weights(lambda _: 1.0), parse, HashingEmbeddings(dimension=8))
    return more_of_the_act(asked, finding, reading)


def test_one_thing_asked_gets_what_the_act_was_also_done_to() -> None:
    # "also" marks one more thing unveiled; an earlier year's launch, without it, is not
    # what a question asking for one thing wants, nor a rival's launch
    assert more("What did Corvex unveil?", UNVEILED) == [UNVEILED[2]]


def test_a_plural_gets_every_object_of_the_same_doer() -> None:
    # "he" in the answering sentence is the doer; the other analyst's pick is not his
    assert more("Which chemical stocks did the Vestby analyst recommend?", RECOMMENDED) == [
        RECOMMENDED[2]
    ]


def test_a_question_asking_for_the_doer_gets_no_more() -> None:
    assert more("Who unveiled the Halden 40?", UNVEILED) == []


def test_a_verb_of_many_senses_adds_nothing() -> None:
    texts = ["Corvex got a new chairman.", "Corvex also got a loan from Osko Bank."]
    assert more("What did Corvex get?", texts) == []


def test_an_act_only_supposed_is_none_done() -> None:
    texts = [
        "Corvex Corp has unveiled a portable computer, the Halden 40.",
        "Analysts said Corvex might also unveil a printer next year.",
    ]
    assert more("What did Corvex unveil?", texts) == []


def test_a_marker_of_the_clause_around_a_relative_clause_is_not_the_acts() -> None:
    # "also" tells of the quarter Corvex Retail had, not of what it sells
    texts = [
        "Corvex Corp said it sold its printer unit to Osko Bank.",
        "Corvex Retail, which sells computers under its own name, also had a good quarter.",
    ]
    assert more("What did Corvex sell?", texts) == []


def test_a_pronoun_of_another_party_is_not_the_doer() -> None:
    # "it" stands for Brix, who said so; "She" for the Mellor chief before her
    bought = ["Corvex Corp bought Halden Inc in March.", "Rival Brix Ltd said it bought Lumo Corp."]
    assert more("Which companies did Corvex buy?", bought) == []
    unveiled = [
        UNVEILED[0],
        "Mellor Inc chief Ann Berg spoke later.",
        "She also unveiled a new printer.",
    ]
    assert more("What did Corvex unveil?", unveiled) == []
    stocks = [
        RECOMMENDED[0],
        "Rival analysts disagreed.",
        "They recommended Tarn Plastics instead.",
    ]
    assert more("Which stocks did the Vestby analyst recommend?", stocks) == []


def test_a_pronoun_for_the_doer_before_it_is_the_doer() -> None:
    texts = [UNVEILED[0], "Corvex Corp chief Ann Berg spoke later.", "It also unveiled a printer."]
    assert more("What did Corvex unveil?", texts) == [texts[2]]


def test_a_name_in_a_clause_about_the_doer_is_not_the_doer() -> None:
    texts = [UNVEILED[0], "Brix Ltd, which competes with Corvex, also unveiled a laptop."]
    assert more("What did Corvex unveil?", texts) == []


@pytest.mark.parametrize(
    "told",
    ["Corvex also plans to unveil a printer next year.", "Corvex will also unveil a printer."],
)
def test_an_act_to_come_is_none_done(told: str) -> None:
    assert more("What did Corvex unveil?", [UNVEILED[0], told]) == []
