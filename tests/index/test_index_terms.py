"""The terms BM25 adds: newswire abbreviations written out, decimals, learned initialisms."""

from __future__ import annotations

from retrieval.index.index_terms import extra_terms
from retrieval.index.initialisms import Initialisms
from retrieval.index.lexical import Bm25Index
from retrieval.text import stem


def test_newswire_abbreviations_yield_their_words() -> None:
    found = extra_terms("ACME <ACM> 2ND QTR NET\n\nShr 12 cts vs 10 cts\nRevs 31.6 mln")
    for word in ("second", "quarter", "share", "cents", "revenues", "million"):
        assert stem(word) in found
    assert "31.6" in found
    assert extra_terms("Profit rose in the second quarter") == []  # nothing written short


def test_decimals_are_whole_terms_but_not_dates_or_versions() -> None:
    assert "2.15" in extra_terms("a loss of 2.15 dlrs")
    assert extra_terms("version 1.2.3 shipped") == []


def test_initials_are_learned_from_an_article_writing_both() -> None:
    initialisms = Initialisms.learn(
        [
            ("a1", "RULING\n\nThe Pacific Grain Board (PGB) said on Monday."),
            ("a2", "T\n\nThe Pacific Grain Board raised prices."),
            ("a3", "T\n\nThe Northern Coal Union met; NCX shares fell."),
        ]
    )
    assert initialisms.of("Officials of the Pacific Grain Board met") == ["pgb"]
    # never written as "NCU" anywhere: no short form
    assert initialisms.of("The Northern Coal Union met") == []


def test_a_ticker_in_a_headline_attests_the_initials() -> None:
    initialisms = Initialisms.learn([("a1", "HARBOR LIGHT <HL> SETS DIVIDEND\n\nHarbor Light Inc")])
    assert initialisms.of("shares of Harbor Light rose") == ["hl"]


def test_small_words_inside_a_name_are_initialled_either_way() -> None:
    initialisms = Initialisms.learn(
        [
            ("a1", "T\n\nThe Bank of Freedonia (BOF) and the Office of Trade and Tariffs (OTT)."),
        ]
    )
    assert initialisms.of("the Bank of Freedonia") == ["bof"]
    assert initialisms.of("said the Office of Trade and Tariffs") == ["ott"]


def test_a_question_by_initials_finds_the_passage_naming_in_full() -> None:
    index = Bm25Index.build(
        [
            ("c1", "a1", "BOARD\n\nThe Pacific Grain Board (PGB) set quotas."),
            ("c2", "a2", "PRICES\n\nThe Pacific Grain Board raised wheat prices by 4.25 dlrs."),
            ("c3", "a3", "PRICES\n\nCorn prices were raised by the exchange."),
        ]
    )
    assert {chunk for chunk, _ in index.search("PGB", limit=3)} == {"c1", "c2"}
    assert index.search("which price rose 4.25 dlr", limit=1)[0][0] == "c2"
