"""Parties a deal sentence leaves to another sentence: each case is a fact of English
discourse, in invented sentences with invented companies."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a definite description with the same head, named by an apposition
            "Morrow Foods Inc said it acquired two packaging firms for undisclosed terms. "
            "Last year the two firms, Kessel Carton Co of Ohio and Brandt Packaging Inc of "
            "Texas, had sales of 20 mln dlrs.",
            {
                frozenset({"Morrow Foods", "Kessel Carton"}),
                frozenset({"Morrow Foods", "Brandt Packaging"}),
            },
        ),
        (  # a pronoun of its number with a copula, a sentence further on
            "Talbot Instruments Inc said it agreed to buy 80 pct of two privately held "
            "software companies. Talbot said the companies had sales of five mln dlrs. "
            "They are Quillon Systems Inc and Verano Data Corp.",
            {
                frozenset({"Talbot Instruments", "Quillon Systems"}),
                frozenset({"Talbot Instruments", "Verano Data"}),
            },
        ),
        (  # a noun of its role in the deal, named by "as"
            "Ardent Realty Corp said it sold its Denver unit to a limited partnership for "
            "10 mln dlrs. The purchaser was identified as Kingsley Park Associates.",
            {frozenset({"Ardent Realty", "Kingsley Park Associates"})},
        ),
    ],
)
def test_an_indefinite_party_is_the_one_a_following_sentence_names(
    text: str, expected: set[frozenset[str]]
) -> None:
    """An indefinite noun phrase ("two packaging firms") introduces a new referent; a
    following clause that takes it up (its head noun again, a pronoun of its number, a
    noun of its role) and names it says who the party is."""
    assert pairs(extract(text)) == expected


def test_a_naming_of_another_number_names_no_introduced_party() -> None:
    # "two firms" are not what "It is X" names
    found = extract(
        "Morrow Foods Inc said it acquired two packaging firms for undisclosed terms. "
        "It is Kessel Carton Co of Ohio."
    )
    assert not any("Kessel Carton" in a.party_names for a in found)


def test_the_venture_is_the_side_that_acted_together() -> None:
    """ "the venture" refers back: its partners are the firms the article told of as one
    side of a deal ("it and B agreed to buy"), not that deal's seller."""
    found = extract(
        "Harwell Lodging Inc said it and Pemberton Capital Partners agreed to buy a resort "
        "from Castine Corp. It said the venture will reopen the resort as the Harwell Bay Inn "
        "next year."
    )
    assert frozenset({"Harwell Lodging", "Pemberton Capital Partners"}) in pairs(found)


def _venture_after(fillers: int) -> set[str]:
    others = " ".join(
        f"Analyst firm Norbeck{n} Research Inc rated it a hold." for n in range(fillers)
    )
    found = extract(
        "Harwell Lodging Inc said it and Pemberton Capital Partners agreed to buy a resort "
        f"from Castine Corp. {others} The venture will reopen the resort as the Harwell Bay "
        "Inn next year."
    )
    venture = frozenset({"Harwell Lodging", "Pemberton Capital Partners"})
    return {a.kind for a in found if frozenset(a.party_names) == venture}


def test_the_venture_reaches_back_no_further_than_other_references() -> None:
    """ "the venture" reaches back through the same few sentences naming firms as every
    other reference does: a side told of two such sentences before is in reach, one told
    of nine before is not."""
    assert "joint venture" in _venture_after(2)
    assert "joint venture" not in _venture_after(9)
