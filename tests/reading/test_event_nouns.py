"""When or where an act happens is said of its noun as well as of its verb ("deliveries
are set for February" says when units are delivered), and a phrasal verb is asked in its
own senses ("handed over": delivered). Of a stretch of time, "by when" asks its end.
Sentences and questions written for these tests."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.phrasals import phrasal_verb
from retrieval.reading.sentence_answers import MIN_TIE
from tests.reading.test_spans import candidates_of


@pytest.mark.parametrize(
    ("question", "sentence", "expected"),
    [
        (
            "By when should Corvex's last pumps be handed over?",
            "Deliveries will run from June this year to April, 1989.",
            "April, 1989",
        ),
        (
            "When will Corvex and Halden merge?",
            "The merger is expected to take effect in October, the sources said.",
            "October",
        ),
        (
            "Where will Corvex ship the pumps?",
            "The first shipment leaves for Oslo next week, the sources said.",
            "Oslo",
        ),
    ],
)
def test_the_act_said_as_a_noun_holds_its_time_or_place(
    question: str, sentence: str, expected: str
) -> None:
    tied = [c.text for c in candidates_of(question, sentence) if c.tie >= MIN_TIE]
    assert tied[:1] == [expected]


@pytest.mark.parametrize(
    ("question", "phrasal"),
    [
        ("When were the pumps handed over?", "hand_over"),
        ("Why was the merger called off?", "call_off"),
        # a preposition is no particle, and a verb WordNet lists with none stays bare
        ("Who handed the pumps to Halden?", None),
    ],
)
def test_a_phrasal_verb_is_one_verb(question: str, phrasal: str | None) -> None:
    doc = shared_pipeline().annotate([question])[0]
    verb = next(t for t in doc if t.pos_ == "VERB")
    assert phrasal_verb(doc[:], verb.lemma_.lower()) == phrasal
