"""The terms BM25 adds: newswire abbreviations written out, decimals, learned initialisms."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from retrieval.index import index_terms, lexical
from retrieval.index.index_terms import RULE_SOURCES, expansion_fingerprint
from retrieval.index.initialisms import Initialisms
from retrieval.index.lexical import Bm25Index
from retrieval.text import stem, terms


def extra(text: str) -> list[str]:
    return index_terms.extra_terms(text, terms(text))


def test_newswire_abbreviations_yield_their_words() -> None:
    found = extra("ACME <ACM> 2ND QTR NET\n\nShr 12 cts vs 10 cts\nNet 31.6 mln")
    for word in ("second", "quarter", "share", "cents", "million"):
        assert stem(word) in found
    assert "31.6" in found
    assert extra("Profit rose in the second quarter") == []  # nothing written short


def test_ambiguous_abbreviations_are_not_written_out() -> None:
    # Reverend, a division, Connecticut: not revenue, dividend, cent
    assert extra("The Rev. Jesse Jackson visited the Chemicals Div in Hartford, CT") == []


def test_decimals_are_whole_terms_but_not_dates_or_versions() -> None:
    assert "2.15" in extra("a loss of 2.15 dlrs")
    assert extra("version 1.2.3 shipped") == []


def test_initials_are_learned_where_an_article_defines_them() -> None:
    initialisms = Initialisms.learn(
        [
            "RULING\n\nThe Pacific Grain Board (PGB) said on Monday.",
            "T\n\nThe Pacific Grain Board raised prices.",
            "T\n\nThe Northern Coal Union met; NCX shares fell.",
        ]
    )
    assert initialisms.of("Officials of the Pacific Grain Board met") == ["pgb"]
    # never defined as "NCU": no short form
    assert initialisms.of("The Northern Coal Union met") == []


def test_initials_far_from_the_name_are_not_learned() -> None:
    text = (
        "T\n\nThe Ford Motor Co said sales rose. " + "Dealers were busy all month. " * 20
    ) + "The MC index fell."
    assert len(Initialisms.learn([text])) == 0


def test_a_ticker_and_an_apposition_define_initials() -> None:
    initialisms = Initialisms.learn(
        [
            "HARBOR LIGHT SETS DIVIDEND\n\nHarbor Light Inc <HL> said.",
            "T\n\nShares of Dorian-Castell Corp <DC> rose.",
            "T\n\nSaid the OTB, the Ontario Timber Bureau, on Friday.",
        ]
    )
    assert initialisms.of("shares of Harbor Light rose") == ["hl"]
    assert initialisms.of("the Ontario Timber Bureau") == ["otb"]
    assert initialisms.of("Dorian Castell Corp said") == ["dc"]


def test_only_the_end_of_a_run_before_the_initials_is_the_name() -> None:
    initialisms = Initialisms.learn(["T\n\nIn Toronto the Western Gas Board (WGB) met."])
    assert initialisms.of("Western Gas Board") == ["wgb"]
    assert initialisms.of("In Toronto the Western Gas") == []


def test_small_words_inside_a_name_are_initialled_either_way() -> None:
    initialisms = Initialisms.learn(
        ["T\n\nThe Bank of Freedonia (BOF) and the Office of Trade and Tariffs (OTT)."]
    )
    assert initialisms.of("the Bank of Freedonia") == ["bof"]
    assert initialisms.of("said the Office of Trade and Tariffs") == ["ott"]


def test_initials_are_stemmed_like_a_query_and_stopwords_skipped() -> None:
    index = Bm25Index.build(
        [
            ("c1", "a1", "T\n\nThe Internal Revenue Service (IRS) ruled."),
            ("c2", "a2", "T\n\nThe Internal Revenue Service audited Acme."),
            ("c3", "a3", "T\n\nThe Upper Sorbia (US) council met."),
            ("c4", "a4", "T\n\nThe Upper Sorbia council met again."),
        ]
    )
    assert {chunk for chunk, _ in index.search("IRS", limit=4)} == {"c1", "c2"}
    assert "us" not in index.postings  # a stopword: no query can ask for it


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


def test_a_changed_rule_source_changes_the_cache_stamp(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules = {"index_terms.py", "initialisms.py", "short_names.py"}
    assert {source.name for source in RULE_SOURCES} == rules
    copies = [Path(shutil.copy(source, tmp_path / source.name)) for source in RULE_SOURCES]
    monkeypatch.setattr(lexical, "expansion_fingerprint", lambda: expansion_fingerprint(copies))
    before = lexical._stamp()
    cache = tmp_path / "bm25.pkl"
    lexical.save_cached(cache, Bm25Index(), generation=1)
    copies[1].write_text(copies[1].read_text() + "\n_LONGEST = 6\n")
    assert lexical._stamp() != before
    assert lexical.load_cached(cache, generation=1) is None  # built by the old rules
