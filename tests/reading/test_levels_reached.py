"""A part asking the level a change reached ("to what level did it lift its holding") is
answered by the figure a word of change takes by "to"; a state ties a little less, and a
figure held before or beside the change, or never reached, less still. Sentences made up
for these tests."""

from __future__ import annotations

from retrieval.nlp.pipeline import shared_pipeline
from retrieval.reading.levels_reached import (
    STATE_FACTOR,
    asks_the_level_reached,
    level_factor,
    reached_by_a_change,
)
from retrieval.reading.spans import candidates
from tests.reading.test_spans import part_of

LIFT = "Up to what level can Corvex lift its holding in Halden?"
RAISE = "To what level did Corvex raise its stake in Halden?"


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


def test_a_state_outranks_a_planned_level() -> None:
    ties = _ties(
        RAISE, "Corvex had planned to raise its stake to 15 pct but now holds 12 pct of Halden."
    )
    assert ties["12 pct"] > ties["15 pct"]


def test_another_to_is_no_level_reached() -> None:
    ties = _ties(RAISE, "Corvex's stake in Halden rose to 12 pct, compared to 9 pct a year ago.")
    assert ties["12 pct"] > ties["9 pct"]


def _figure(sentence: str) -> list:  # type: ignore[type-arg]
    doc = shared_pipeline().annotate([sentence])[0]
    return [e for e in doc.ents if e.label_ in ("PERCENT", "MONEY")]


def test_only_a_word_of_change_takes_the_level_by_to() -> None:
    assert reached_by_a_change(_figure("Its stake rose to 12 pct.")[0].root)
    assert reached_by_a_change(_figure("Corvex approved a dividend hike to 30 cts.")[0].root)
    compared = _figure("Its stake is 12 pct, compared to 9 pct a year ago.")[1]
    assert not reached_by_a_change(compared.root)


def test_a_state_ties_less_than_a_level_reached_but_more_than_none() -> None:
    part = part_of("What did Corvex raise its stake in Halden to?")[0]
    owned = _figure("Corvex increased its Halden stake and now owns 12 pct.")[0]
    assert level_factor(owned, part) == STATE_FACTOR
    raised = _figure("Corvex raised its stake in Halden to 12 pct.")[0]
    assert level_factor(raised, part) == 1.0


def test_a_part_not_asking_a_level_reached_is_left_alone() -> None:
    held = _figure("Corvex said it currently holds 0.3 pct of Halden's issued capital.")[0]
    # no "to": the stake held is what is asked
    asked = part_of("What stake does Corvex hold in Halden?")[0]
    assert not asks_the_level_reached(asked)
    assert level_factor(held, asked) == 1.0
    # "to" with no change: a buyer, not a level
    assert not asks_the_level_reached(part_of("To what company did Corvex sell its stake?")[0])
