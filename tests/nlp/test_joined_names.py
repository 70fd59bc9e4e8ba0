"""Company names the entity recogniser splits at "and Co" are made one entity again."""

from __future__ import annotations

import pytest

from retrieval.nlp.pipeline import shared_pipeline


def organisations(sentence: str) -> list[str]:
    doc = shared_pipeline().annotate([sentence])[0]
    return [e.text for e in doc.ents if e.label_ == "ORG"]


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Merrill Lynch and Co Inc advised Corvex on the sale.", "Merrill Lynch and Co Inc"),
        ("Kohlberg Kravis Roberts and Co said it would bid.", "Kohlberg Kravis Roberts and Co"),
        # a name the recogniser found reaching further keeps its reach
        ("Bank of America NT and SA said it sold the unit.", "Bank of America NT and SA"),
        # a subsidiary's qualifier closed by its own legal form
        ("Mitsui and Co USA Inc bought shares in Halden.", "Mitsui and Co USA Inc"),
        # an article or a possessive is no part of the name; an initial "A" is
        ("Its Gabelli and Co unit bought shares.", "Gabelli and Co"),
        ("The issue was managed by A C Goode and Co Ltd in London.", "A C Goode and Co Ltd"),
        # a legal form closes the name, whatever the recogniser's fragment took after it
        ("Monsanto acquired G.D. Searle and Co, Nutrasweet's maker, in 1985.",
         "G.D. Searle and Co"),
        # "-backed" attaches to the whole name
        ("A Merrill Lynch and Co-backed group bid for Halden.", "Merrill Lynch and Co"),
        # two initials joined by "and" name nothing apart
        ("Corvex bought the assets of L and M Manufacturing Co and Halden Co.",
         "L and M Manufacturing Co"),
        ("It blocked a bid for S and W Berisford Plc on Tuesday.", "S and W Berisford Plc"),
        # a year in brackets inside a name a legal form closes
        ("Corvex agreed to buy Nap Dumont (1982) Ltd for 3.5 mln dlrs.",
         "Nap Dumont (1982) Ltd"),
    ],
)  # fmt: skip
def test_a_name_the_recogniser_splits_is_one_organisation(sentence: str, name: str) -> None:
    assert name in organisations(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # two names of their own
        "Gulf Oil and Chevron Corp agreed to merge.",
        "Corvex Inc and Halden Corp agreed to merge.",
        # a prefix is no legal form, nor is a lower-case word
        "The issue was led by Britain and co-lead manager Halden.",
        # a headline in capitals
        "BALLY MFG FILES FOR PUBLIC OFFERING OF ITS HEALTH AND TENNIS CORP",
        # initials with no name after them
        "The Class A and B shares of Corvex rose.",
    ],
)
def test_what_is_no_name_ending_and_co_is_left_alone(sentence: str) -> None:
    assert not any(" and " in name.lower() for name in organisations(sentence))


def test_a_verb_after_the_name_stays_out_of_it() -> None:
    assert "Lazard Freres and Co" in organisations(
        "Lazard Freres and Co co-managed the issue with First Boston."
    )
