"""An initialism written out in lower-case words ("original equipment manufacturers" for
OEM) is the article writing it; words in a row that only happen to share letters are not."""

from __future__ import annotations

import pytest

from retrieval.nlp.initials import written_out
from retrieval.reading.matching import ArticleNames


@pytest.mark.parametrize(
    ("initialism", "text"),
    [
        ("OEM", "It formed a group to serve original equipment manufacturers."),
        ("NMR", "Tarnline makes nuclear magnetic resonance scanners."),
        ("EFT", "Corvex will provide electronic funds transfer services to the bank."),
    ],
)
def test_an_initialism_written_out_in_common_words(initialism: str, text: str) -> None:
    assert written_out(initialism, text)
    assert ArticleNames(text).mentions(initialism)


@pytest.mark.parametrize(
    ("initialism", "text"),
    [
        # a function word breaks the row: "a big company" is no "ABC"
        ("ABC", "Corvex is a big company in Tarnville."),
        # capitalised words are a name, matched as one elsewhere, not here
        ("OEM", "Corvex bought Original Equipment Makers Inc."),
        # two letters match by chance too often
        ("PC", "Corvex made a price cut."),
        # the letters out of order
        ("MEO", "It serves original equipment manufacturers."),
    ],
)
def test_words_sharing_letters_by_chance_are_not_the_initialism(initialism: str, text: str) -> None:
    assert not written_out(initialism, text)
