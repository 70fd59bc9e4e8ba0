"""The reader's full annotation and the registry's two steps (parse, then entities for the
sentences that may hold a deal) make the same doc: ingest keeps the registry's for the reader."""

from __future__ import annotations

from retrieval.nlp.annotations import serialized
from retrieval.nlp.pipeline import shared_pipeline

SENTENCES = [
    "Procter and Gamble Co said it formed a joint venture with Mintax of Turkey.",
    "Toyota Motor Corp and Volkswagen AG are considering raising the local procurement rate"
    " at their West German joint venture to at least 60 pct from an earlier planned 50 pct.",
    "Ina earned more than 154 mln dlrs from exports of goods and services last year.",
    "Gelco Corp's <GEC> Canadian unit said it would sell its stake.",
]


def test_parse_then_recognize_is_annotate_byte_for_byte() -> None:
    pipeline = shared_pipeline()
    two_steps = pipeline.recognize(pipeline.parse(SENTENCES), SENTENCES)
    assert serialized(two_steps) == serialized(pipeline.annotate(SENTENCES))


def test_the_units_ruler_relabels_the_recognisers_numbers_and_leaves_no_fragment() -> None:
    # Set before the recogniser, the ruler's "60 pct" cut its "at least 60 pct", which
    # then named "at least" a number of its own.
    pipeline = shared_pipeline()
    docs = pipeline.recognize(pipeline.parse(SENTENCES[1:3]))
    ents = [[(e.text, e.label_) for e in doc.ents] for doc in docs]
    assert ("60 pct", "PERCENT") in ents[0]
    assert ("154 mln dlrs", "MONEY") in ents[1]
    assert not [e for found in ents for e in found if e[0] in {"at least", "more than"}]
