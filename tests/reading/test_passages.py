"""A missing part's first-ranked passage: taken as its answer beside other answers when it
covers the part closely and holds something of the asked type, else only pointed at
(passages.answered_by_passage, table-tested on findings built by hand)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, cast

import pytest
from spacy.tokens import Doc

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.evidence import Sentence
from retrieval.reading.found import Finding
from retrieval.reading.passages import PASSAGE_ANSWER, answered_by_passage
from tests.reading.test_asking import ask

PARTS = ask("How many people does Osko employ, and where is its plant?").parts
NOWHERE = cast(Any, None)  # the rule reads a finding's part, sentence and score only
PLACED = "Osko's plant is in Tacoma, Washington."
COUNTED = "Osko employs 400 people."


def parse(texts: Sequence[str]) -> list[Doc]:
    return shared_pipeline().annotate(list(texts))


def finding(index: int, score: float, text: str = "") -> Finding:
    sentence = Sentence("a0", 1, text or (COUNTED, PLACED)[index])
    return Finding(PARTS[index], NOWHERE, sentence, (), score)


@pytest.mark.parametrize(
    ("chosen", "nearest", "answered", "pointed"),
    [
        # beside another part's answer, a close passage answers the missing part
        ([finding(0, 1.0)], [finding(1, PASSAGE_ANSWER)], [0, 1], []),
        # a passage less close is only pointed at
        ([finding(0, 1.0)], [finding(1, PASSAGE_ANSWER - 0.01)], [0], [1]),
        # one holding nothing of the asked type states no answer: no place here
        ([finding(0, 1.0)], [finding(1, 1.0, "Osko's plant is its largest.")], [0], [1]),
        # alone, it answers nothing: the articles may leave the whole question open
        ([], [finding(0, 1.0), finding(1, 1.0)], [], [0, 1]),
        # the findings stay in the order of the parts
        ([finding(1, 1.0)], [finding(0, 0.9)], [0, 1], []),
    ],
)
def test_a_close_passage_answers_a_missing_part_beside_other_answers(
    chosen: list[Finding], nearest: list[Finding], answered: list[int], pointed: list[int]
) -> None:
    findings, missing, left = answered_by_passage(PARTS, chosen, nearest, parse)
    assert [PARTS.index(f.part) for f in findings] == answered
    assert [PARTS.index(p) for p in missing] == [i for i in range(2) if i not in answered]
    assert [PARTS.index(f.part) for f in left] == pointed
