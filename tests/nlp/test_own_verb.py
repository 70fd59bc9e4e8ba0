"""The verb "own" in questions, which the small model tags an adjective, mended by the rule
that the adjective stands only after a possessive."""

from __future__ import annotations

import pytest

from retrieval.nlp.own_verb import mend_own
from retrieval.nlp.pipeline import shared_pipeline


def _own(text: str) -> str:
    [doc] = shared_pipeline().annotate([text])
    return next(t for t in mend_own(doc) if t.lower_ == "own").pos_


@pytest.mark.parametrize(
    "question",
    [
        "What share of Black River Constructors does Morrison-Knudsen own?",
        "What percentage of the Kenya National Shipping Line will Unimar Seetransport own?",
        "How much of Gillette does GAF Corp own?",
    ],
)
def test_own_after_its_subject_is_the_verb(question: str) -> None:
    assert _own(question) == "VERB"


@pytest.mark.parametrize(
    "text",
    [
        "The chain's own managers are among the buyers.",
        "Halden will sell the plant to its own shareholders.",
        "The stores sell own-brand goods.",
        "Who scored an own goal against Halden Rovers?",
    ],
)
def test_own_after_a_possessive_stays_the_adjective(text: str) -> None:
    assert _own(text) == "ADJ"
