"""WordNet antonyms (retrieval/nlp/wordnet_antonyms.py)."""

from __future__ import annotations

from retrieval.nlp.wordnet_antonyms import antonyms


def test_a_noun_s_opposite() -> None:
    assert "import" in antonyms("export")
    assert "export" in antonyms("import")
    assert "debit" in antonyms("credit")


def test_no_opposite_for_synonyms() -> None:
    assert antonyms("profit") == frozenset()
    assert antonyms("earnings") == frozenset()
