"""A part asking the level a change reached ("to what level did it lift its holding") is
answered by the figure a verb of change takes by "to"; a figure held before or beside the
change is tied less. Sentences made up for these tests."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.levels_reached import asks_the_level_reached, short_of_the_level
from retrieval.reading.spans import candidates
from tests.reading.test_spans import part_of

LIFT = "Up to what level can Corvex lift its holding in Halden?"


def _ties(question: str, sentence: str) -> dict[str, float]:
    part, names, text = part_of(question)
    doc = shared_pipeline().annotate([sentence])[0]
    return {c.text: c.tie for c in candidates(doc, part, asked_names=names, question=text)}


def test_the_figure_reached_by_to_outranks_a_holding_beside_it() -> None:
    reached = _ties(
        LIFT, "The accord gives Corvex the option to increase its Halden holding to 40.2 pct."
    )
    held = _ties(LIFT, "Corvex said it currently holds 0.3 pct of Halden's issued capital.")
    assert reached["40.2 pct"] > held["0.3 pct"]


def test_the_new_value_outranks_the_old_one() -> None:
    ties = _ties(
        "To what level did Corvex cut its long-term debt?",
        "Corvex said it cut its long-term debt to 85 mln dlrs from 100 mln dlrs last month.",
    )
    assert max(ties, key=ties.__getitem__) == "85 mln dlrs"


def _short(question: str, sentence: str) -> bool:
    part, _, _ = part_of(question)
    doc = shared_pipeline().annotate([sentence])[0]
    span = next(e for e in doc.ents if e.label_ in ("PERCENT", "MONEY"))
    return short_of_the_level(span, part)


def test_a_part_not_asking_a_level_reached_is_left_alone() -> None:
    held = "Corvex said it currently holds 0.3 pct of Halden's issued capital."
    # no "to": the stake held is what is asked
    assert not asks_the_level_reached(part_of("What stake does Corvex hold in Halden?")[0])
    assert not _short("What stake does Corvex hold in Halden?", held)
    # "to" with no change: a buyer, not a level
    assert not asks_the_level_reached(part_of("To what company did Corvex sell its stake?")[0])


def test_a_figure_reached_by_to_is_not_short_of_the_level() -> None:
    assert not _short(LIFT, "Corvex may raise its stake in Halden to 40.2 pct next year.")
    assert _short(LIFT, "Corvex said it currently holds 0.3 pct of Halden's issued capital.")
