"""Names a naming verb gives that are written as common words."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.named_things import coined_names


def _coined(sentence: str) -> list[str]:
    return [span.text for span in coined_names(shared_pipeline().annotate([sentence])[0])]


def test_the_object_predicate_of_a_naming_verb_is_a_name() -> None:
    assert _coined("Called thermofusion, the new process joins fibres with heat, Osko said.") == [
        "thermofusion"
    ]
    assert _coined("The process, called cold fusion, joins fibres.") == ["cold fusion"]


def test_what_is_named_is_no_name() -> None:
    assert _coined("Corvex called the meeting to discuss the merger.") == []
    assert _coined("Halden called on shareholders to reject the bid.") == []


def test_a_post_a_person_is_named_to_is_no_name() -> None:
    assert _coined("Osko said it named president Ann Bell as chief executive.") == []
    assert _coined("Halden has been named president of the unit.") == []
