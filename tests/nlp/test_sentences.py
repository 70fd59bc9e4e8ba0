"""Sentence boundaries on newswire: abbreviations, brackets and quotations stay whole."""

from __future__ import annotations

import pytest

from retrieval.nlp.sentences import sentence_spans, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Petroleos de Venezuela, S.A. said it formed a venture. It will make coal.",
            ["Petroleos de Venezuela, S.A. said it formed a venture.", "It will make coal."],
        ),
        (
            # an abbreviated given name in a firm's name ends no sentence
            "It is a venture of Tarnline Inc and Wm. Corvex. It builds offices.",
            ["It is a venture of Tarnline Inc and Wm. Corvex.", "It builds offices."],
        ),
        (
            "Chas. Corvex Co said it bought a stake in Jos. Halden. Shares rose.",
            ["Chas. Corvex Co said it bought a stake in Jos. Halden.", "Shares rose."],
        ),
        (
            "Sunnyvale, Calif. based Foo Inc. said it bought the U.S. unit. Shares rose.",
            ["Sunnyvale, Calif. based Foo Inc. said it bought the U.S. unit.", "Shares rose."],
        ),
        # a legal form's stop ends a sentence: inside one, newswire writes the form bare
        (
            "It bought the shop from Tarnline Corp. Halden paid cash. It is done.",
            ["It bought the shop from Tarnline Corp.", "Halden paid cash.", "It is done."],
        ),
        # ... unless the name goes on (another legal form, a bracketed symbol) or what
        # follows is no clause of its own (no finite verb)
        (
            "It formed a venture with Tarnline Co. In Europe to make fibre. It grew.",
            ["It formed a venture with Tarnline Co. In Europe to make fibre.", "It grew."],
        ),
        (
            "It sold a unit to Halden Co. Ltd last year. Corvex Inc. <CVX> agreed.",
            ["It sold a unit to Halden Co. Ltd last year.", "Corvex Inc. <CVX> agreed."],
        ),
        # ... or another legal form or the short form the name defines in brackets comes
        # next, a verb after them notwithstanding
        (
            "Tarnline Technology Co. Limited (TTL) signed a deal. It grew.",
            ["Tarnline Technology Co. Limited (TTL) signed a deal.", "It grew."],
        ),
        (
            "Halden Inc. and Corvex Motor Co., Ltd. (CMC) signed a deal. It grew.",
            ["Halden Inc. and Corvex Motor Co., Ltd. (CMC) signed a deal.", "It grew."],
        ),
        # a form spelt as initials may open a name ("N.V. Philips"): it is left whole
        (
            "It joined N.V. Tarnline in 1980. It grew.",
            ["It joined N.V. Tarnline in 1980.", "It grew."],
        ),
        (
            "It will hold 51 pct. The rest is public.",
            ["It will hold 51 pct.", "The rest is public."],
        ),
        (
            'He said "We agreed. It is done." Mr. J. Smith left.',
            ['He said "We agreed. It is done."', "Mr. J. Smith left."],
        ),
        (
            "The venture (Foo Corp. Inc. said. It was) opened. Next.",
            ["The venture (Foo Corp. Inc. said. It was) opened.", "Next."],
        ),
        (
            '"It rose," he said. (It was fine.) Then.',
            ['"It rose," he said.', "(It was fine.)", "Then."],
        ),
        (
            "Prices fell 5.5 pct. on Jan. 5 the talks ended.",
            ["Prices fell 5.5 pct. on Jan. 5 the talks ended."],
        ),
        # a quotation opening while one is open: the first was a paragraph's, left open
        # as quoted paragraphs are, and the paragraph break was lost
        (
            'He said: "We agreed. It is done. "We will sign next week." Shares rose.',
            ['He said: "We agreed. It is done.', '"We will sign next week."', "Shares rose."],
        ),
        (
            "First paragraph without stop\nSecond one.",
            ["First paragraph without stop", "Second one."],
        ),
        ("", []),
    ],
)
def test_newswire_sentences(text: str, expected: list[str]) -> None:
    assert split_sentences(text) == expected


def test_spans_point_into_the_text() -> None:
    text = "  One sentence here.  Two here!\n\n  Three?"
    spans = sentence_spans(text)
    assert [span.text_of(text) for span in spans] == ["One sentence here.", "Two here!", "Three?"]


def test_an_unbalanced_quote_does_not_swallow_the_article() -> None:
    text = 'He said "it was fine. ' + " ".join(f"Sentence {n} ends here." for n in range(40))
    assert len(split_sentences(text)) > 10
