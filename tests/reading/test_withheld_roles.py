"""An article saying the asked party's name is not given ("The name of the buyer was not
disclosed") answers no "who is buying" part with the deal's other parties."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from retrieval.reading.withheld_roles import asked_roles, of_the_asked, withheld_parties
from tests.reading.conftest import ask_one


def _parse(text: str):  # type: ignore[no-untyped-def]
    return shared_pipeline().annotate([text])[0]


@pytest.mark.parametrize(
    ("sentence", "withheld"),
    [
        ("The name of the buyer was not disclosed.", "buyer"),
        ("Halden did not reveal the identity of the purchaser.", "purchaser"),
        ("The buyer, whose identity was not disclosed, will pay cash.", "buyer"),
        ("Halden declined to name its adviser.", "adviser"),
    ],
)
def test_a_name_withheld_withholds_the_party(sentence: str, withheld: str) -> None:
    assert withheld in withheld_parties(_parse(sentence))


@pytest.mark.parametrize(
    "sentence",
    [
        "The name of the buyer was disclosed on Monday.",
        "Halden said the buyer would not disclose the price.",
        "Terms were not disclosed.",
        "The name of the venture was not disclosed.",
    ],
)
def test_a_name_given_or_another_thing_withheld_withholds_no_buyer(sentence: str) -> None:
    assert "buyer" not in withheld_parties(_parse(sentence))


@pytest.mark.parametrize(
    ("question", "role", "not_role"),
    [
        ("Who is buying the Halden mill?", "buyer", "seller"),
        ("To whom did Halden sell the mill?", "buyer", "seller"),
        ("Who sold Halden the mill?", "seller", "buyer"),
        ("Who advised Halden on the sale?", "adviser", "buyer"),
        ("When did Halden sell the mill?", None, "buyer"),
    ],
)
def test_the_role_a_party_part_asks(question: str, role: str | None, not_role: str) -> None:
    part = understand(question, parse=_parse).parts[0]
    roles = asked_roles(part)
    assert role is None or role in roles
    assert not_role not in roles


ARTICLE = (
    "Halden Corp said it has entered into a letter of intent for the sale of limited "
    "partnership Corvex Cable Associates for about 3,100,000 dlrs. Halden and Brixton Cable "
    "Investors are co-general partners for Corvex. The name of the buyer was not disclosed. "
    "Halden said it has also moved its Iowa cable systems into a new subsidiary."
)


def test_a_buyer_withheld_is_no_seller(tmp_path: Path) -> None:
    answer = ask_one(
        "HALDEN TO SELL PARTNERSHIP", ARTICLE, "Who is buying Corvex Cable Associates?", tmp_path
    )
    assert not answer.answered, answer.text


def test_a_buyer_withheld_leaves_other_parties_answered(tmp_path: Path) -> None:
    question = "Who are the general partners of Corvex?"
    answer = ask_one("HALDEN TO SELL PARTNERSHIP", ARTICLE, question, tmp_path)
    assert answer.answered and "Brixton" in answer.text, answer.text


@pytest.mark.parametrize(
    "text",
    [
        # the buyer withheld is another sale's: the asked one is named doing the act
        "Corvex Cable Associates said it will be acquired by Acme Corp for 3.1 mln dlrs. "
        "Corvex also sold its Iowa unit; the name of the buyer was not disclosed.",
        "Acme Corp's purchase of Corvex Cable Associates for 3.1 mln dlrs was completed on "
        "Monday. The buyer of Corvex's Iowa unit was not named.",
        # another role withheld
        "Acme Corp said it agreed to buy Corvex Cable Associates for 3.1 mln dlrs. Acme did "
        "not disclose the name of its adviser.",
    ],
)
def test_a_buyer_named_doing_the_act_is_still_answered(text: str, tmp_path: Path) -> None:
    answer = ask_one("ACME BUYS CORVEX", text, "Who is buying Corvex Cable Associates?", tmp_path)
    assert answer.answered and "Acme" in answer.text, answer.text


def test_a_party_an_embedded_question_asks_is_narrowed_by_it() -> None:
    doc = _parse("Halden has not identified which banks it has sued this time.")
    assert "bank" not in withheld_parties(doc)


def test_a_role_withheld_of_another_thing_leaves_the_asked_one_answered(tmp_path: Path) -> None:
    text = (
        "Halden Corp named John Smith chief executive of its Corvex unit on Monday. Smith "
        "will lead Corvex from June. Halden did not name a new leader for its Brixton division."
    )
    answer = ask_one("HALDEN NAMES CHIEF", text, "Who will lead Corvex?", tmp_path)
    assert answer.answered and "Smith" in answer.text, answer.text


def test_a_price_on_the_withheld_party_tells_no_other_deal() -> None:
    part = understand("Who is buying Corvex Cable Associates?", parse=_parse).parts[0]
    doc = _parse(
        "Halden Corp said it agreed to sell Corvex Cable Associates to an undisclosed "
        "buyer for 3.1 mln dlrs."
    )
    buyer = next(t for t in doc if t.lower_ == "buyer")
    assert buyer.lemma_ in asked_roles(part) and of_the_asked(buyer, part)


def test_a_company_asked_is_no_role_an_undisclosed_company_withholds() -> None:
    part = understand("Which company is buying Corvex?", parse=_parse).parts[0]
    assert "company" not in asked_roles(part)
    assert "buyer" in asked_roles(part)


@pytest.mark.parametrize(
    "sentence",
    ["Acme declined to name its other partners.", "Halden declined to name a second partner."],
)
def test_parties_besides_the_named_ones_withhold_none_of_them(sentence: str) -> None:
    assert "partner" not in withheld_parties(_parse(sentence))


# Two deals in one article: the party withheld is the other deal's, the asked one is
# named as the other side's recipient or source, by apposition or as a predicate.
TWO_DEALS = [
    (
        "Halden Corp sold Corvex Cable Associates to Acme Corp for 3.1 mln dlrs on Monday. "
        "Halden said it is also selling its Iowa mill to an undisclosed buyer.",
        "Who bought Corvex Cable Associates?",
        "Acme",
    ),
    (
        "Halden Corp sold Corvex Cable Associates to Acme Corp for 3.1 mln dlrs on Monday. "
        "Halden said it is also selling its Iowa mill to an undisclosed buyer.",
        "To whom did Halden sell Corvex Cable Associates?",
        "Acme",
    ),
    (
        "Corvex Cable Associates agreed to be sold to Acme Corp for 3.1 mln dlrs. Corvex "
        "also sold its Iowa unit to an undisclosed buyer.",
        "Who is buying Corvex Cable Associates?",
        "Acme",
    ),
    (
        "Corvex Inc agreed to a 30 mln dlr takeover by Acme Corp. Corvex sold a plant to an "
        "undisclosed buyer last year.",
        "Who is buying Corvex?",
        "Acme",
    ),
    (
        "Acme Corp bought Corvex Cable Associates from Halden Corp for 3.1 mln dlrs. Acme "
        "also bought a mill from an undisclosed seller.",
        "Who sold Corvex Cable Associates?",
        "Halden",
    ),
    (
        "Corvex Inc sold a 20 pct stake to Acme Corp for 3.1 mln dlrs. Corvex also sold "
        "shares to undisclosed investors.",
        "Who invested in Corvex?",
        "Acme",
    ),
    (
        "Halden Corp agreed to sell Corvex Cable Associates to Acme Corp for 3.1 mln dlrs. "
        "Halden earlier sold a stake in Brixton to an undisclosed company.",
        "Which company is buying Corvex Cable Associates?",
        "Acme",
    ),
    (
        "Acme Corp will partner with Brixton Ltd to make chips in Texas. Acme declined to "
        "name its other partners.",
        "Who will Acme partner with?",
        "Brixton",
    ),
    (
        "Halden Corp sold Corvex Inc to Acme Corp on Monday, making Acme the new owner of "
        "Corvex. Halden also sold a mill in Iowa; its new owner was not disclosed.",
        "Who is the new owner of Corvex?",
        "Acme",
    ),
    (
        "Acme Corp, the new owner of Corvex Cable Associates, said it paid 3.1 mln dlrs in "
        "cash for the company. The name of the buyer was not disclosed.",
        "Who bought Corvex Cable Associates?",
        "Acme",
    ),
]


@pytest.mark.parametrize(("text", "question", "party"), TWO_DEALS)
def test_a_party_withheld_of_another_deal_leaves_the_asked_one(
    text: str, question: str, party: str, tmp_path: Path
) -> None:
    answer = ask_one("HALDEN SELLS UNITS", text, question, tmp_path)
    assert answer.answered and party in answer.text, answer.text
