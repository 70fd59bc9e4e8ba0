"""Mistyped deal words are read as the words (`registry.respelling`)."""

from __future__ import annotations

import pytest

from retrieval.registry.respelling import respelled
from tests.registry.test_deal_reading import extract, pairs

DEAL_LEMMAS = frozenset({"acquisition", "acquire", "merge", "agreement", "ally", "take", "tender"})


@pytest.mark.parametrize(
    ("typed", "meant"),
    [
        ("acuqisition", "acquisition"),  # two letters swapped
        ("aquired", "acquired"),  # one dropped
        ("agreeement", "agreement"),  # one added
        ("agrrement", "agreement"),  # one changed
    ],
)
def test_one_slip_from_a_long_deal_word_is_that_word(typed: str, meant: str) -> None:
    assert respelled(f"it completed the {typed} of", DEAL_LEMMAS) == f"it completed the {meant} of"


@pytest.mark.parametrize(
    "text",
    [
        "emerging markets",  # a word of the language, inflected ("emerge")
        "sales rallies",  # "rally"
        "the Acquisiton Fund",  # a name, in capitals
        "the acqisitoin",  # two slips
        "multi-taksing",  # near only a form no one writes ("takeing")
        "the highest tenderer",  # an agent noun of a verb of the language
    ],
)
def test_words_of_the_language_names_and_far_words_stay(text: str) -> None:
    assert respelled(text, DEAL_LEMMAS) == text


def test_a_mistyped_deal_word_makes_a_deal() -> None:
    found = extract("Corvex Inc said it completed the acuqisition of Halden Corp for cash.")
    assert frozenset({"Corvex", "Halden"}) in pairs(found)


def test_a_mistyped_verb_of_supplying_in_an_agreement_s_purpose_is_that_verb() -> None:
    # the rules read an agreement's purpose by its verb of supplying (noun_complements):
    # "distrubute" is "distribute", and the stores' owner the agreement's other party
    found = extract(
        "Harlow Industries Inc said it signed an agreement to distrubute its valves to "
        "Benton Tool Corp stores."
    )
    assert pairs(found) == {frozenset({"Harlow Industries", "Benton Tool"})}
