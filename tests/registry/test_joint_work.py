"""Things developed or worked on together (retrieval.registry.joint_work): two firms
developing one thing are partners in it; one firm developing, or firms each developing
their own, are not. Invented sentences."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    "text",
    [
        "Quarrow Systems and Belvane Media developed a new chip for mobile phones.",
        "A digital radio standard is being developed by Quarrow Systems and Belvane Media.",
        "Quarrow Systems is developing the billing software with Belvane Media.",
        # plural things, but written as done together
        "Quarrow Systems and Belvane Media have jointly developed drugs for asthma.",
        "The plane uses engines co-developed by Quarrow Systems and Belvane Media.",
        # working together on one thing, or with a firm to some purpose
        "Quarrow Systems and Belvane Media have been working on a new processor since 2001.",
        "Quarrow Systems is working with Belvane Media to launch a music service.",
    ],
)
def test_firms_developing_one_thing_together_are_partners(text: str) -> None:
    assert pairs(extract(text)) == {frozenset({"Quarrow Systems", "Belvane Media"})}


@pytest.mark.parametrize(
    "text",
    [
        "Quarrow Systems developed a new chip for mobile phones.",
        # each its own: a distributive subject, or things in the plural
        "Both Quarrow Systems and Belvane Media have developed a new chip.",
        "Quarrow Systems and Belvane Media have developed drugs for asthma.",
        # working with a firm on nothing said: an adviser's work as likely as a partner's
        "Quarrow Systems is also working with Belvane Partners.",
    ],
)
def test_firms_developing_apart_are_not_partners(text: str) -> None:
    assert extract(text) == []
