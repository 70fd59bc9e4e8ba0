"""Members of one acting group are partners: the firms leading one investor group or
consortium (joint_firms.led_jointly). Invented sentences."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs

HALDEN_BRENNA = frozenset({"Halden", "Brenna"})


def _kinds(text: str) -> dict[frozenset[str], str]:
    return {frozenset(a.party_names): a.kind for a in extract(text)}


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
        # several bodies, each its own: affiliates filing together
        "A group of affiliated investment firms led by Halden Corp and Brenna Inc raised its"
        " stake in Vardeau Corp.",
        # one leader only: no pair to make
        "An investor group led by Halden Corp did not buy Vardeau Corp.",
    ],
)
def test_things_led_by_firms_that_are_no_investor_group(text: str) -> None:
    assert HALDEN_BRENNA not in pairs(extract(text))


@pytest.mark.parametrize(
    "text",
    [
        # a syndicate of lenders or underwriters finances a borrower: no venture
        "A banking consortium led by Halden Bank and Brenna Bank lent 500 mln dlrs to"
        " Vardeau Corp.",
        "A consortium of banks led by Halden Bank and Brenna Bank agreed to lend Vardeau Corp"
        " 500 mln dlrs.",
        "A consortium of Japanese banks led by Halden Bank Ltd and Brenna Trust Co will provide"
        " a 300 mln dlr credit to Vardeau Corp.",
        "A consortium led by Halden Corp and Brenna Inc will provide a 300 mln dlr credit to"
        " Vardeau Corp.",
        "The loan was arranged by a consortium led by Halden Corp and Brenna Inc.",
        "A consortium led by Halden Corp and Brenna Inc will underwrite the Eurobond issue.",
    ],
)
def test_lending_consortia_are_no_joint_ventures(text: str) -> None:
    assert "joint venture" not in _kinds(text).values()


@pytest.mark.parametrize(
    "text",
    [
        # a company "led by" firms is run by them, not shared
        "A company led by Halden Corp and Brenna Inc bought Vardeau Corp.",
        # a body whose forming is only possible, or denied
        "A consortium led by Halden Corp and Brenna Inc may be formed to bid for Vardeau Corp.",
        "An investor group led by Halden Corp and Brenna Inc was not formed.",
    ],
)
def test_no_venture_of_a_company_run_or_a_body_not_surely_formed(text: str) -> None:
    assert HALDEN_BRENNA not in pairs(extract(text))
