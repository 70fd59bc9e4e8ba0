"""A date noun an event narrows ("what record date") is not answered by the bare noun
given another event's date ("set June 4 as the date for a special meeting"), however tied
to the asked act. Sentences made up for these tests."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.spans import candidates
from tests.reading.test_spans import part_of

RECORD = "What record date did Corvex set for the vote on its merger?"


def _ties(question: str, sentence: str) -> dict[str, float]:
    part, names, text = part_of(question)
    doc = shared_pipeline().annotate([sentence])[0]
    return {c.text: c.tie for c in candidates(doc, part, asked_names=names, question=text)}


def test_the_event_asked_outranks_another_events_date() -> None:
    record = _ties(RECORD, "Corvex said March 9 has been set as the record date for the meeting.")
    meeting = _ties(RECORD, "Corvex said it set April 9 as the date for a special meeting.")
    assert record["March 9"] > meeting["April 9"]


def test_the_compound_narrows_only_the_date_noun() -> None:
    part, _, _ = part_of(RECORD)
    assert part.narrowing == ("record",)
    # a bare date asked: any date set answers it
    assert part_of("What date did Corvex set for the meeting?")[0].narrowing == ()


def test_a_sentence_without_the_date_noun_is_not_judged() -> None:
    ties = _ties(RECORD, "Corvex set April 9 for the vote.")
    assert (
        ties["April 9"]
        == _ties("What date did Corvex set for the vote?", "Corvex set April 9 for the vote.")[
            "April 9"
        ]
    )


def test_a_date_noun_with_no_event_of_its_own_is_not_judged() -> None:
    target = "What target date did Corvex set for completing the merger?"
    bare = "What date did Corvex set for completing the merger?"
    for sentence in (
        "Corvex set June 30 as the date for completing the merger.",
        "Corvex hopes to complete the merger by June 30, the date set in the accord.",
    ):
        assert _ties(target, sentence)["June 30"] == _ties(bare, sentence)["June 30"]


def test_only_a_date_asked_is_narrowed_by_its_event() -> None:
    # "trading days" counts days of a kind: no date whose event is asked
    assert part_of("How many trading days did Corvex lose?")[0].narrowing == ()
