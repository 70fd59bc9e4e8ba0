"""Names a naming verb gives that are written as common words."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.named_things import coined_names


def _coined(sentence: str) -> list[str]:
    return [span.text for span in coined_names(shared_pipeline().annotate([sentence])[0])]


def test_the_object_predicate_of_a_participle_introducing_a_name_is_a_name() -> None:
    assert _coined("Called fastlane, the network links the two banks.") == ["fastlane"]
    assert _coined("The process, called cold fusion, joins fibres.") == ["cold fusion"]


def test_what_is_named_is_no_name() -> None:
    assert _coined("Corvex called the meeting to discuss the merger.") == []
    assert _coined("Halden called on shareholders to reject the bid.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        # a finite naming verb judges, a passive one appoints: no name is coined
        "Analysts called the merger a mistake.",
        "Halden called the offer inadequate.",
        "He was named head of the unit.",
        "The board named the plan a failure.",
        "Osko said it named president Ann Bell as chief executive.",
        "Halden has been named president of the unit.",
    ],
)
def test_an_evaluation_or_a_post_is_no_name(sentence: str) -> None:
    assert _coined(sentence) == []
