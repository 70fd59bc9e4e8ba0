"""A unit the article says an asked firm owns acts for it. Invented prose."""

from __future__ import annotations

import pytest

from retrieval.reading.units import stated_units
from tests.reading.test_asking import ask
from tests.reading.test_findings import found_for


@pytest.mark.parametrize(
    ("text", "units"),
    [
        (
            "a letter of intent with Vardeau Corp's <VRD> Kelso Lines Corp subsidiary",
            ("Kelso Lines Corp",),
        ),
        ("Halden Oil Co, a wholly owned unit of Vardeau Inc, said", ("Halden Oil Co",)),
        ("Vardeau Inc's Marlow Mills division agreed", ("Marlow Mills",)),
        # the Canadian wire's brackets around the owner
        ("(Vardeau Ltd)'s Marlow Breweries Ltd unit has the right", ("Marlow Breweries Ltd",)),
        # the owner reporting on "its" named unit
        ("Vardeau Inc <VRD> said its Marlow Savings unit agreed to buy", ("Marlow Savings",)),
        ("Vardeau Corp said that its Halden Oil Co subsidiary sold", ("Halden Oil Co",)),
        ("Vardeau Corp said its majority-owned Halden Oil Co unit sold", ("Halden Oil Co",)),
        ("Vardeau Corp said its wholly owned Halden Oil Co unit sold", ("Halden Oil Co",)),
        # another firm reporting on its own unit
        ("Tobin Corp said its Marlow Savings unit agreed to buy Vardeau", ()),
        # a possessive before a person, a place or a plain noun names no unit
        ("Vardeau Corp's chairman said", ()),
        ("Vardeau Corp's Canadian unit said", ()),
        ("Vardeau Corp's U.K. subsidiary said", ()),
        # a unit the owner no longer has
        ("Halden Oil Co, a former unit of Vardeau Inc, said", ()),
        # "owned by" the owner, when it controls
        ("Halden Equity, which is principally owned by Vardeau Ltd, said", ("Halden Equity",)),
        ("Halden Oil Co (Pacific), wholly owned by Vardeau Inc, said", ("Halden Oil Co",)),
        ("Halden Oil Co, 70 pct owned by Vardeau Inc, said", ("Halden Oil Co",)),
        ("Halden Oil Co, 40 pct owned by Vardeau Inc, said", ()),
        ("Halden Oil Co, which is jointly owned by Vardeau Inc and Tobin, said", ()),
    ],
)
def test_units_an_article_states(text: str, units: tuple[str, ...]) -> None:
    assert stated_units(text, ["Vardeau"]).get("Vardeau", ()) == units


ARTICLE = [
    "Tobin Lines said it has a letter of intent with Vardeau Corp's Kelso Lines Corp "
    "subsidiary to sell its Pacific service.",
    "Tobin said Kelso Lines has agreed to pay 125 mln dlrs for six vessels used in "
    "Tobin Lines' Pacific service.",
]


def answered(question: str, texts: list[str]) -> list[str]:
    found = found_for(question, texts, [0.5] * len(texts))
    return [a.text for f in found for a in f.answers]


def test_a_unit_paying_answers_what_its_owner_pays() -> None:
    assert answered("How much is Vardeau paying for Tobin Lines' vessels?", ARTICLE)[:1] == [
        "125 mln dlrs"
    ]


def test_a_unit_acts_only_in_its_owner_s_role() -> None:
    # Vardeau is what is paid for here, not the payer: its unit paying is no answer
    assert "125 mln dlrs" not in answered(
        "How much is Tobin paying for Vardeau's vessels?", ARTICLE
    )


def test_a_unit_asked_for_is_still_an_answer() -> None:
    texts = [
        "Kelso Mills Inc, a unit of Vardeau Corp, said it agreed to buy Brantor Inc.",
        "Brantor makes textiles.",
    ]
    assert "Kelso Mills Inc" in answered("Which Vardeau unit agreed to buy Brantor?", texts)


@pytest.mark.parametrize(
    ("question", "parties"),
    [
        # a place word modifying a noun is where; as a subject or object it may be a firm
        (
            "What is Vardeau's container shipping arm willing to pay for the bankrupt Tobin "
            "Lines' Pacific operations?",
            ("Vardeau", "Tobin Lines"),
        ),
        ("How much did Pacific pay for Brantor's lumber mills?", ("Pacific", "Brantor")),
    ],
)
def test_an_unlabelled_place_modifying_a_noun_is_no_party(
    question: str, parties: tuple[str, ...]
) -> None:
    assert set(ask(question).parties) == set(parties)


def test_a_firm_an_apposition_ties_to_the_asked_one_acts_for_it() -> None:
    texts = [
        "Halden Holdings Corp, a company formed by Corvex Partners and Co, said it purchased "
        "about 5.1 mln shares or 88 pct of Tobin Inc common stock.",
    ]
    assert "88 pct" in answered("What percentage of Tobin did Corvex Partners pick up?", texts)
