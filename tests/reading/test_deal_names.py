"""A deal's name is not one of its parties: the firm "with" whom a venture is formed is the
partner, the venture's name comes in apposition."""

from __future__ import annotations

import pytest

from tests.reading.test_spans import answers

FORMED = "Halden Corp said it formed a joint venture company with Corvex Ltd to make sealants."
NAMED = "It said the company, Halcor Inc, will be based in Chicago."


@pytest.mark.parametrize(
    "sentence",
    [
        FORMED,  # "with" on the verb whose object is the venture
        "Halden Corp announced a joint venture with Corvex Ltd to make sealants.",
        "The venture between Halden Corp and Corvex Ltd will make sealants.",
    ],
)
def test_a_partner_is_no_name_of_the_venture(sentence: str) -> None:
    assert "Corvex Ltd" not in answers("What is Halden's sealant venture called?", sentence)


def test_the_name_in_apposition_answers_and_the_partner_stays_a_partner() -> None:
    assert answers("What is Halden's sealant venture called?", NAMED)[:1] == ["Halcor Inc"]
    assert "Corvex Ltd" in answers("Who is Halden's partner in the sealant venture?", FORMED)
