"""A noun naming a doer ("owner", "bidder") asks who does its verb's act: the article may
say the act by the verb ("owned by Corvex") or by its noun ("a takeover bid from Corvex"),
never when the asked party does the act itself ("Halden owns 20 pct of Corvex")."""

from __future__ import annotations

from retrieval.reading.doer_acts import doer_acts
from retrieval.reading.sentence_answers import MIN_TIE
from tests.reading.test_spans import candidates_of


def tied(question: str, sentence: str) -> list[str]:
    """The candidates tied to the part closely enough to answer it."""
    return [c.text for c in candidates_of(question, sentence) if c.tie >= MIN_TIE]


def test_the_doers_verb_anchors_its_doer() -> None:
    found = tied(
        "Who is the British part-owner of Halden?",
        "Halden is minority owned by Corvex Holdings, the British food group.",
    )
    assert found == ["Corvex Holdings"]


def test_the_doers_act_noun_anchors_its_doer() -> None:
    found = tied(
        "Who's the hostile bidder Halden is fighting?",
        "Halden, which is fending off a takeover bid from Corvex Holdings, raised its payout.",
    )
    assert found == ["Corvex Holdings"]


def test_the_asked_party_doing_the_act_is_no_doer_of_it() -> None:
    found = tied(
        "Who is the owner of Halden?",
        "Halden owns a 20 pct stake in Corvex Holdings.",
    )
    assert found == []


def test_a_noun_naming_no_doer_has_no_act() -> None:
    # "employee" is the one employed, "company" names no act; "building" is most often a
    # structure, so a builder's act is only the verb
    assert doer_acts("employee") == (frozenset(), frozenset())
    assert doer_acts("company") == (frozenset(), frozenset())
    assert doer_acts("builder") == (frozenset({"build"}), frozenset())
