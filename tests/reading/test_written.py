"""An answer read off the parse is given back as the article writes it."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.spans import Candidate
from retrieval.reading.written import as_written


def test_an_answer_parsed_in_lower_case_is_quoted_in_the_articles_capitals() -> None:
    original = "The cargo was priced at 93.86 U.S. Dlrs per tonne."
    doc = shared_pipeline().annotate([original])[0]
    assert "U.S. dlrs" in doc.text  # parsed with the common word in lower case
    answer = Candidate("93.86 U.S. dlrs", 5, 8, 1.0)
    assert [a.text for a in as_written([answer], doc, original)] == ["93.86 U.S. Dlrs"]


def test_an_answer_of_a_text_parsed_as_written_is_left_alone() -> None:
    original = "The cargo was priced at 93.86 dlrs per tonne."
    doc = shared_pipeline().annotate([original])[0]
    answer = Candidate("93.86 dlrs", 5, 7, 1.0)
    assert as_written([answer], doc, original) == [answer]


def test_an_answer_is_restored_at_its_own_place_not_the_first_alike() -> None:
    original = "It paid 90 mln U.S. dlrs last year and will pay 90 mln U.S. Dlrs in stock."
    doc = shared_pipeline().annotate([original])[0]
    second = [t.i for t in doc if t.text == "90"][1]
    answer = Candidate("90 mln U.S. dlrs", second, second + 4, 1.0)
    restored = as_written([answer], doc, original)
    assert restored[0].text == "90 mln U.S. Dlrs"
