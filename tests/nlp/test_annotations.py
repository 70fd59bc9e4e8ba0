"""Parsed sentences kept in SQLite come back as the docs that were parsed."""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from retrieval.nlp.annotations import AnnotationCache

SENTENCES = [
    "Procter and Gamble Co said it formed a joint venture with Mintax of Turkey.",
    "The venture, owned 60 pct by P and G, will make detergents in Istanbul.",
    "Mintax will pay 12 mln dlrs for its 40 pct stake, the company said on Friday.",
]


def _reading(doc: Doc) -> list[tuple[str, str, str, str, int]]:
    return [(t.text, t.tag_, t.dep_, t.lemma_, t.head.i) for t in doc]


def test_a_second_cache_reads_every_kept_doc_back_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "nlp.sqlite3"
    first = AnnotationCache(path)
    parsed = first.docs(SENTENCES)
    first.close()
    # A fresh cache has nothing in memory: all three come from one batch read of the file.
    second = AnnotationCache(path)
    loaded = second.docs(SENTENCES)
    second.close()
    assert [_reading(doc) for doc in loaded] == [_reading(doc) for doc in parsed]
    assert [[(e.text, e.label_) for e in doc.ents] for doc in loaded] == [
        [(e.text, e.label_) for e in doc.ents] for doc in parsed
    ]
    assert [doc.text for doc in loaded] == SENTENCES
    assert loaded[0] is not parsed[0]  # read from the file, not the first cache's memory
