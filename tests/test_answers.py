"""Joining two answers: the second's markers and citations move past the first's."""

from __future__ import annotations

from retrieval.answers import appended
from retrieval.models import Answer, Citation


def _citation(number: int, quote: str) -> Citation:
    return Citation(number=number, source="news#a", title=quote, quote=quote, score=1.0)


def test_the_second_answers_markers_follow_the_firsts() -> None:
    first = Answer(
        question="q",
        text="• A — “a” [1]\n• B — “b” [2]",
        answered=True,
        citations=[_citation(1, "a"), _citation(2, "b")],
    )
    second = Answer(
        question="q",
        text="C [1]\n“c” [1] “d” [2]",
        answered=True,
        citations=[_citation(1, "c"), _citation(2, "d")],
    )
    joined = appended(first, second, label="Also: ")
    assert joined.text == "• A — “a” [1]\n• B — “b” [2]\nAlso: C [3]\n“c” [3] “d” [4]"
    assert [(c.number, c.quote) for c in joined.citations] == [
        (1, "a"),
        (2, "b"),
        (3, "c"),
        (4, "d"),
    ]
    assert joined.answered and joined.question == "q"


def test_a_quote_the_first_answer_cites_keeps_its_number_and_is_not_repeated() -> None:
    first = Answer(question="q", text="• A — “a” [1]", answered=True, citations=[_citation(1, "a")])
    second = Answer(
        question="q",
        text="B [1]; C [2]\n“a” [1]\n“c” [2]",
        answered=True,
        citations=[_citation(1, "a"), _citation(2, "c")],
    )
    joined = appended(first, second)
    assert joined.text == "• A — “a” [1]\nB [1]; C [2]\n“c” [2]"
    assert [(c.number, c.quote) for c in joined.citations] == [(1, "a"), (2, "c")]


def test_a_joined_answer_answers_only_if_both_do() -> None:
    first = Answer(question="q", text="• A — “a” [1]", answered=True, citations=[_citation(1, "a")])
    second = Answer(question="q", text="(The articles do not say it.)", answered=False)
    joined = appended(first, second)
    assert not joined.answered
    assert joined.text == "• A — “a” [1]\n(The articles do not say it.)"


def test_a_quote_inside_one_the_first_cites_takes_its_number() -> None:
    # the list quoted two sentences together; the other part quotes the second alone
    first = Answer(
        question="q", text="• A — “a. b.” [1]", answered=True, citations=[_citation(1, "a. b.")]
    )
    second = Answer(question="q", text="B [1]\n“b.” [1]", answered=True)
    second.citations.append(_citation(1, "b."))
    joined = appended(first, second)
    assert joined.text == "• A — “a. b.” [1]\nB [1]"
    assert [c.number for c in joined.citations] == [1]
