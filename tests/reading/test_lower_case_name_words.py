"""A name typed in lower case ("osterlin st") whose first word alone got the articles'
capital, and so alone the NER's label, keeps its other words: "st" is "State" cut short,
not a name of its own that no article writes."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import understand
from tests.reading.conftest import ask_one

if TYPE_CHECKING:
    from spacy.tokens import Doc

TITLE = "OSTERLIN STATE <OSS> ARRANGES 50 MLN DLR CREDIT"
TEXT = (
    "Osterlin State Mining Corp said it signed a 50 mln dlr revolving credit and term loan "
    "agreement with a group of four banks, for which Harwick Bank is agent. "
    "Osterlin said the credit line will be used to finance new mines."
)
QUESTION = (
    "osterlin st 50 mln revolver/term loan - who's agent bank and how many banks in the group"
)


def _parse(text: str) -> Doc:
    return shared_pipeline().annotate([text])[0]


def test_lower_case_words_after_a_labelled_name_are_its_words() -> None:
    recased = "Osterlin" + QUESTION.removeprefix("osterlin")
    asked = understand(recased, parse=_parse)
    assert asked.parties == ("Osterlin st",)


def test_a_lower_case_name_after_a_capitalised_one_is_another() -> None:
    # a writer who capitalises "Texaco" types "pennzoil" as a name of its own
    asked = understand("How much did Texaco pennzoil settlement cost?", parse=_parse)
    assert asked.parties == ("Texaco", "pennzoil")


def test_a_cut_word_after_a_capitalised_name_is_still_its() -> None:
    asked = understand("What did Osterlin st pay for its new mines?", parse=_parse)
    assert asked.parties == ("Osterlin st",)


def test_a_cut_word_after_a_recased_name_is_the_name_s(tmp_path: Path) -> None:
    # A control, answered at a3a7c5e too: there "st" was a party of its own, dropped as a
    # short form no article matches, leaving "Osterlin" (eligibility.known_parties); even
    # with a namesake "Osterlin Foods" article in the store the State one was chosen. The
    # understand tests above are the ones that need the change.
    answer = ask_one(TITLE, TEXT, QUESTION, tmp_path)
    assert answer.answered and answer.text.startswith("Harwick Bank"), answer.text
    assert "four" in answer.text.splitlines()[0], answer.text
