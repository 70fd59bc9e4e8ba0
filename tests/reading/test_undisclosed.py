"""A sentence that says a deal's terms or price were not disclosed."""

from __future__ import annotations

from pathlib import Path

import pytest

from retrieval.models import Chunk
from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.evidence import ArticleEvidence, Sentence
from retrieval.reading.matching import ArticleNames
from retrieval.reading.undisclosed import articles_withholding_terms, withholds_terms
from tests.reading.conftest import ingested


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
        # what follows a stated price withholds only the rest
        ("Other terms were not disclosed.", False),
        # the terms of a financing are not a deal's price
        ("Terms of the loan were not disclosed.", False),
        ("Corvex disclosed the terms on Monday.", False),
        # a settlement is a deal: its terms are the settling parties'
        ("Corvex did not disclose the terms of the settlement.", True),
        ("Terms of the accord were not disclosed.", True),
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


def test_terms_asked_of_an_article_that_withholds_them_are_refused(tmp_path: Path) -> None:
    text = (
        "Corvex Insurance said it had reached a settlement agreement with five former "
        "asbestos makers it had insured. Corvex Insurance did not disclose the terms of the "
        "settlement."
    )
    article = {"id": "s", "title": "CORVEX SETTLES", "date": "1987-03-02", "text": text}
    with ingested([article], tmp_path) as service:
        answer = service.ask("What are the financial terms of Corvex Insurance's settlement?")
    assert not answer.answered
