"""Company names the entity recogniser splits at "and" are made one entity again."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline


def organisations(sentence: str) -> list[str]:
    doc = shared_pipeline().annotate([sentence])[0]
    return [e.text for e in doc.ents if e.label_ == "ORG"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        # a second part made of legal forms only
        ("Merrill Lynch and Co Inc advised Corvex on the sale.", "Merrill Lynch and Co Inc"),
        # two common nouns coordinated inside capitals describe one firm
        ("American Telephone and Telegraph Co said it would buy Halden.",
         "American Telephone and Telegraph Co"),
        ("Goodyear Tire and Rubber Co said it expects to sell its Celeron unit.",
         "Goodyear Tire and Rubber Co"),
        ("Houston Lighting and Power Co agreed to buy power from Corvex.",
         "Houston Lighting and Power Co"),
    ],
)  # fmt: skip
def test_a_name_split_at_and_is_one_organisation(sentence: str, name: str) -> None:
    assert name in organisations(sentence)


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # two names of their own, each with its own words
        ("Inland Steel and Nippon Steel Corp formed a venture.", ["Nippon Steel Corp"]),
        # a first name ending in a legal form is complete
        ("Corvex Inc and Halden Corp agreed to merge.", ["Corvex Inc", "Halden Corp"]),
        # a list before the "and"
        ("IBM, Apple and Digital Equipment Corp agreed on a standard.",
         ["Digital Equipment Corp"]),
    ],
)  # fmt: skip
def test_two_names_joined_by_and_stay_apart(sentence: str, names: list[str]) -> None:
    found = organisations(sentence)
    assert all(name in found for name in names)
    assert not any(" and " in name for name in found)
