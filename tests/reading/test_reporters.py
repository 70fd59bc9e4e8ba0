"""Who reports an act is no answer to who does it when the report names others doing it;
a possessive inside a question's name parts owner and owned; a slip in a long word of a
name does not make the article's name another party. Invented sentences."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.relations import contradicts
from tests.reading.test_asking import ask
from tests.reading.test_spans import answers, part_of

QUESTION = "Which company is buying Tobin Corp's Celeron oil and gas unit?"


def test_a_reporter_of_others_buying_is_not_the_buyer() -> None:
    # "seven companies" brings in new firms: Mercer only reports them
    sentence = "Mercer Corp said about seven companies are interested in buying Celeron."
    assert "Mercer Corp" not in answers(QUESTION, sentence)
    sentence = "Mercer Corp said several banks plan to buy Celeron."
    assert "Mercer Corp" not in answers(QUESTION, sentence)


def test_a_reporter_whose_report_may_be_about_itself_stays() -> None:
    # "it" and "the company" may be Mercer itself
    for subject in ("it is", "the company is"):
        sentence = f"Mercer Corp said {subject} interested in buying Celeron."
        assert "Mercer Corp" in answers(QUESTION, sentence)


def test_a_possessive_inside_a_name_parts_owner_and_owned() -> None:
    # the NER takes "Goodyear's Celeron" for one name
    names = ask("Which firm will acquire Goodyear's Celeron pipeline unit?").names
    assert names == ("Goodyear", "Celeron")


def test_a_slip_in_a_long_word_of_the_asked_name_is_no_other_party() -> None:
    part, _, _ = part_of("What stake is Sanwa Bank buying in Banco Portugues de Investimento?")
    doc = shared_pipeline().annotate(
        ["Sanwa Bank Ltd has agreed to buy a two pct stake in Banco Portugues de Investmento Sarl."]
    )[0]
    assert not contradicts(doc, part)
    other = shared_pipeline().annotate(
        ["Sanwa Bank Ltd has agreed to buy a two pct stake in Banco Comercial de Lisboa Sarl."]
    )[0]
    assert contradicts(other, part)


@pytest.mark.parametrize(
    "sentence",
    [
        # shareholders, directors or lenders act on the reporter's own plan
        "Mercer Corp said shareholders approved its plan to buy Celeron.",
        "Mercer Corp said lenders will provide 200 mln dlrs to buy Celeron.",
        # a group bearing the reporter's name, or one it leads, is the reporter's
        "Mercer Corp said a Mercer-led group will buy Celeron.",
        "Mercer Corp said a management group it leads will buy Celeron.",
        # a noun's clause is about the noun: talks, a plan
        "Mercer Corp said talks to buy Celeron were continuing.",
        # its own arm
        "Mercer Corp said a subsidiary will buy Celeron.",
    ],
)
def test_a_reporter_acting_through_others_stays(sentence: str) -> None:
    assert "Mercer Corp" in answers(QUESTION, sentence)


@pytest.mark.parametrize(
    "question",
    [
        "What stake does McDonald's Corp hold in Halden?",  # a legal form after the 's
        "How much did Moody's Investors Service pay for Halden?",  # words of firms' names
        "Who insures with Lloyd's of London?",  # "of" continues the name
    ],
)
def test_a_possessive_inside_a_firm_s_own_name_stays(question: str) -> None:
    assert any("'s" in name for name in ask(question).names)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mercer Corp said it expects to sell its Celeron oil and gas subsidiary.",
        "Mercer Corp sold Celeron last year.",
        "Mercer Corp and Brantor Inc said they agreed to sell Celeron.",
    ],
)
def test_a_seller_is_no_answer_for_who_buys(sentence: str) -> None:
    # buying and selling are the two sides of one sale
    assert not {"Mercer Corp", "Brantor Inc"} & set(answers(QUESTION, sentence))


def test_a_seller_answers_who_sells() -> None:
    sentence = "Mercer Corp said it expects to sell its Celeron oil and gas subsidiary."
    assert "Mercer Corp" in answers(
        "Which company is selling the Celeron oil and gas unit?", sentence
    )


def test_a_seller_that_also_buys_stays() -> None:
    sentence = "Mercer Corp sold its Kelso unit last year and bought Celeron."
    assert "Mercer Corp" in answers(QUESTION, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a sale of something else, a denied sale, another firm's report in a relative clause
        "Mercer Corp said it would buy Celeron and sell its Kelso unit.",
        "Mercer Corp sold its stake in Kelso and agreed to buy Celeron from Tobin Corp.",
        "Mercer Corp did not sell Celeron; it bought it from Tobin Corp.",
        "Mercer Corp said it bought Celeron from Tobin Corp, which said it sold the unit to "
        "cut debt.",
    ],
)
def test_a_buyer_that_sells_something_else_stays(sentence: str) -> None:
    assert "Mercer Corp" in answers(QUESTION, sentence)


def test_a_sale_of_another_firm_sharing_a_legal_form_is_no_sale_of_the_asked() -> None:
    # "Kelso Corp" shares only "Corp" with the asked "Tobin Corp"
    sentence = "Mercer Corp sold Kelso Corp last year and is interested in Celeron."
    assert "Mercer Corp" in answers(QUESTION, sentence)
