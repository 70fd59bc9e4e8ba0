"""A credit grade is labelled a rating as the agencies write it, and given back to a name
it opens. Sentences written for these tests."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline


def labelled(sentence: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in shared_pipeline().annotate([sentence])[0].ents]


@pytest.mark.parametrize(
    ("sentence", "grade"),
    [
        ("Fitch cut Corvex's senior debt to BBB-minus.", "BBB-minus"),
        ("S&P affirmed the A-1-plus rating on Corvex's commercial paper.", "A-1-plus"),
        ("Moody's lowered Halden's notes to BAA-3 from BAA-2.", "BAA-3"),
        ("Moody's raised Halden's deposits to Aa-2.", "Aa-2"),
        ("S&P lifted Halden's rating by one notch to BB+.", "BB+"),
        ("Duff and Phelps cut Halden's senior debt to D&P-8.", "D&P-8"),
    ],
)
def test_a_grade_is_a_rating(sentence: str, grade: str) -> None:
    assert (grade, "RATING") in labelled(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a lone letter, a two-letter word and an aircraft's model are no grades
        "Corvex bought a B-52 bomber from Halden.",
        "Corvex paid AA for the plant, said Halden.",
        "The plan was B for Corvex.",
        # Reuters' short form of the Commodity Credit Corp
        "The CCC guarantee covers Corvex's wheat sales.",
    ],
)
def test_no_grade_without_its_mark(sentence: str) -> None:
    assert "RATING" not in [label for _, label in labelled(sentence)]


def test_a_grade_before_a_name_opens_the_name() -> None:
    entities = labelled("Corvex said it acquired A-1 Quality Glass of Dallas for 12 mln dlrs.")
    assert ("A-1 Quality Glass", "ORG") in entities
    assert "RATING" not in [label for _, label in entities]
