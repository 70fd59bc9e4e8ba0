"""A year before the asked noun dates it and does not count it: "which 1986 purchase"
picks out one purchase, whose name is asked, as "which purchase" does. Questions written
for these tests."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.asking import AskedQuestion, understand
from retrieval.reading.kinds import Kind
from retrieval.reading.normalize import normalize_question


def ask(text: str) -> AskedQuestion:
    return understand(normalize_question(text), parse=lambda t: shared_pipeline().annotate([t])[0])


def test_a_year_before_the_noun_asks_one() -> None:
    (part,) = ask("With which 1986 purchase did Corvex get the plant?").parts
    assert part.kind is Kind.ENTITY
    assert not part.several


def test_a_number_before_the_noun_still_counts() -> None:
    (part,) = ask("Which two purchases did Corvex make?").parts
    assert part.several
