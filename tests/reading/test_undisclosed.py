"""A sentence that says a deal's terms or price were not disclosed."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.models import Chunk
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.evidence import ArticleEvidence, Sentence
from retrieval.reading.matching import ArticleNames
from retrieval.reading.undisclosed import articles_withholding_terms, withholds_terms
from tests.reading.conftest import ask_one


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Terms were not disclosed.", True),
        ("Financial terms of the acquisition were not disclosed.", True),
        ("Corvex did not disclose the price it paid for Halden.", True),
        ("Corvex bought Halden Lines for an undisclosed sum.", True),
        # a disclosure refused, or denied by its subject, as a name's is
        ("Corvex declined to disclose the price it paid for Halden.", True),
        ("Neither company disclosed the terms.", True),
        # a deal's details are its terms told item by item
        ("No financial details of the merger were revealed.", True),
        # ... but details told of another thing are that thing's
        ("Corvex gave no details on the timing of the merger.", False),
        ("Corvex did not disclose details about its plans for Halden.", False),
        # what follows a stated price withholds only the rest
        ("Other terms were not disclosed.", False),
        # the terms of a financing are not a deal's price
        ("Terms of the loan were not disclosed.", False),
        ("Corvex disclosed the terms on Monday.", False),
        # another deal's terms withhold nothing of a sale's ...
        ("Corvex did not disclose the terms of the settlement.", False),
        ("Corvex will pay 40 mln dlrs for Halden Lines.", False),
    ],
)
def test_a_sentence_withholding_a_deal_s_terms(sentence: str, expected: bool) -> None:
    assert withholds_terms(shared_pipeline().annotate([sentence])[0]) is expected


def _article(text: str) -> ArticleEvidence:
    chunk = Chunk(chunk_id="c", article_id="a", source="news#a", title="T", position=0, text=text)
    return ArticleEvidence(chunk, 0, [Sentence("a", 0, text)], ArticleNames(text))


@pytest.mark.parametrize(
    "sentence",
    ["Terms were not announced.", "Corvex did not reveal the price.", "Terms were not disclosed."],
)
def test_every_verb_of_disclosing_is_looked_for_in_an_article(sentence: str) -> None:
    found = articles_withholding_terms([_article(sentence)], shared_pipeline().annotate)
    assert found == {"a"}


def test_the_terms_of_a_deal_the_question_names_are_withheld() -> None:
    # ... but are the asked deal's when the question names it
    doc = shared_pipeline().annotate(["Corvex did not disclose the terms of the settlement."])[0]
    assert withholds_terms(doc, frozenset({"settlement"}))


def test_terms_asked_of_an_article_that_withholds_them_are_refused(tmp_path: Path) -> None:
    text = (
        "Corvex Insurance said it had reached a settlement agreement with five former "
        "asbestos makers it had insured. Corvex Insurance did not disclose the terms of the "
        "settlement."
    )
    question = "What are the financial terms of Corvex Insurance's settlement?"
    assert not ask_one("CORVEX SETTLES", text, question, tmp_path).answered


def test_another_deal_s_withheld_terms_leave_a_sale_s_price(tmp_path: Path) -> None:
    text = (
        "Corvex Inc said it settled its patent lawsuit with Nettle Press Inc. Terms of the "
        "settlement were not disclosed. Corvex also said it agreed to buy a 20 pct stake in "
        "Quill Paper Co. The price for the Quill stake is 14 mln dlrs, Corvex said."
    )
    question = "How much will Corvex pay for its Quill Paper stake?"
    assert "14 mln dlrs" in ask_one("CORVEX SETTLES, BUYS STAKE", text, question, tmp_path).text


def test_a_price_stated_after_terms_were_withheld_is_the_price(tmp_path: Path) -> None:
    # the buyer's release withholds the terms; the seller's statement gives them
    text = (
        "Corvex Group Inc said it bought Halden's cosmetics business in the U.S. from Nettle "
        "Group PLC. Terms of the sale were not disclosed. The sale includes the rights to "
        "Halden in South America. In London a statement from Nettle said the business was "
        "sold to Corvex for 2.5 mln dlrs in cash and a royalty payment."
    )
    question = "What did Corvex pay for Halden's cosmetics business?"
    answer = ask_one("CORVEX BUYS COSMETICS UNIT", text, question, tmp_path)
    assert answer.answered and answer.text.startswith("2.5 mln dlrs"), answer.text
