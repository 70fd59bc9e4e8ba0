"""Members of one acting group are partners: co-buyers of one thing
(retrieval.registry.co_buyers) and the firms leading one investor group or consortium
(joint_firms.led_jointly). Invented sentences."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs

HALDEN_BRENNA = frozenset({"Halden", "Brenna"})


def _kinds(text: str) -> dict[frozenset[str], str]:
    return {frozenset(a.party_names): a.kind for a in extract(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Halden Corp and Brenna Inc said they agreed to acquire the Osko Hotel from Vardeau Corp.",
        "Vardeau Corp sold the Osko Hotel to Halden Corp and Brenna Inc.",
    ],
)
def test_co_buyers_are_partners_and_each_buys(text: str) -> None:
    kinds = _kinds(text)
    assert kinds.get(HALDEN_BRENNA) == "partnership"
    assert kinds.get(frozenset({"Halden", "Vardeau"})) == "acquisition"
    assert kinds.get(frozenset({"Brenna", "Vardeau"})) == "acquisition"


@pytest.mark.parametrize(
    "text",
    [
        # one act each
        "Halden Corp and Brenna Inc each acquired a hotel from Vardeau Corp.",
        "Halden Corp and Brenna Inc separately acquired hotels from Vardeau Corp.",
        "Halden Corp and Brenna Inc acquired Vardeau Corp and Kestrel Ltd, respectively.",
        # a firm and its own unit are one side
        "Halden Corp and its unit Brenna Inc acquired the Osko Hotel from Vardeau Corp.",
        # only one of the sayers buys
        "Halden Corp and Brenna Inc said Halden would acquire Vardeau Corp.",
        # not done
        "Halden Corp and Brenna Inc did not acquire Vardeau Corp.",
        "Halden Corp and Brenna Inc may acquire Vardeau Corp.",
        # stakes each buyer takes for itself
        "Halden Corp and Brenna Inc are among the firms that have acquired stakes in Vardeau.",
        # underwriters buy an issue, no business
        "Halden Corp and Brenna Inc agreed to acquire the issue of Vardeau Corp bonds.",
        "Halden Corp and Brenna Inc agreed to acquire the issues, Vardeau Corp said.",
        # goods bought, or several things each buyer may have bought one of
        "Halden Corp and Brenna Inc bought Osko computers and Kestrel printers from Vardeau.",
        "Halden Corp and Brenna Inc have acquired companies such as Vardeau Corp.",
        "Halden Corp and Brenna Inc acquired Vardeau Corp and Kestrel Ltd in 1986 and 1987.",
        # a relative clause after a list may be the last item's
        "Halden Corp and Brenna Inc, which acquired Vardeau Corp last year, reported losses.",
        # a merger's sides are its partners already, no buyers
        "Vardeau Corp was acquired by Halden Corp, which later merged with Brenna Inc.",
    ],
)
def test_buyers_apart_or_undone_are_no_partners(text: str) -> None:
    assert HALDEN_BRENNA not in pairs(extract(text)) or _kinds(text)[HALDEN_BRENNA] == "merger"


@pytest.mark.parametrize(
    "text",
    [
        "Osko Corp, an investor group led by Halden Corp and Brenna Inc, raised its offer.",
        "A consortium headed by Halden Corp and Brenna Inc bought Vardeau Corp.",
        "Vardeau Corp sold its shares to an investor group led by Halden Corp and Brenna Inc.",
    ],
)
def test_firms_leading_one_investor_group_are_joint_venturers(text: str) -> None:
    assert _kinds(text).get(HALDEN_BRENNA) == "joint venture"


@pytest.mark.parametrize(
    "text",
    [
        "The Nikkei was led by Halden Corp and Brenna Inc.",
        "Gains were led by Halden Corp and Brenna Inc.",
        "The Osko group, led by Halden Corp and Brenna Inc, reported higher profits.",
        "An industry group led by Halden Corp and Brenna Inc lobbied Congress.",
        "Shares of Vardeau Corp rose in a rally led by Halden Corp and Brenna Inc.",
    ],
)
def test_things_led_by_firms_that_are_no_investor_group(text: str) -> None:
    assert HALDEN_BRENNA not in pairs(extract(text))


def test_a_stated_joint_venture_of_the_buyers_keeps_its_kind() -> None:
    # the buyers' partnership is inferred; the sentence names their joint venture
    kinds = _kinds(
        "Halden Corp said it has sold an office tower to a joint venture between Brenna Inc"
        " and Kestrel Ltd."
    )
    assert kinds.get(frozenset({"Brenna", "Kestrel"})) == "joint venture"
    assert kinds.get(frozenset({"Halden", "Brenna"})) == "acquisition"


def test_a_later_venture_names_the_kind_of_the_buyers_deal() -> None:
    # the buyers' partnership is inferred; "the venture" later states it
    found = extract(
        "Halden Lodging Inc said it and Brenna Capital Partners agreed to buy a resort from"
        " Vardeau Corp. The venture will reopen the resort as the Halden Bay Inn next year."
    )
    kinds = {frozenset(a.party_names): a.kind for a in found}
    assert kinds.get(frozenset({"Halden Lodging", "Brenna Capital Partners"})) == "joint venture"
