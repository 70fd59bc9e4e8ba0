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


def ties(question: str, sentence: str) -> dict[str, float]:
    return {c.text: round(c.tie, 2) for c in candidates_of(question, sentence)}


def test_a_kind_verb_keeps_its_weight_for_the_doer_noun() -> None:
    # "found" is a PERSON kind verb: it anchors at FOCUS_WEIGHT, not the doer act's
    found = ties("Who is the founder of Halden?", "John Smith founded Halden Corp in 1952.")
    assert found["John Smith"] == 0.8


def test_the_asked_party_owning_by_a_passive_is_no_owned() -> None:
    # "by" names the doer: Halden owns Corvex, it is not owned by it
    assert tied("Who is Halden's owner?", "Corvex Holdings is owned by Halden Corp.") == []
    assert (
        tied("Who is Halden's owner?", "Corvex Holdings, owned by Halden Corp, said profits rose.")
        == []
    )
    both = tied(
        "Who is the owner of Halden?", "Brill Inc is owned by Corvex Holdings and Halden Corp."
    )
    assert "Brill Inc" not in both


def test_the_doer_is_told_from_the_asked_party_by_whole_words() -> None:
    # "Stanford" is not "Ford": Stanford owns Ford
    # (the asked name alone ties it at 0.5; the act, at OTHER_WEIGHT, more closely)
    found = ties("Who is the owner of Ford?", "Stanford Corp owns Ford Motor Co.")
    assert found["Stanford Corp"] == 0.7


def test_a_relative_pronoun_subject_is_the_noun_it_stands_for() -> None:
    sentence = "Halden Corp, which owns Corvex Holdings, said profits rose."
    assert tied("Who is the owner of Halden?", sentence) == []
    assert (
        tied("Who is the owner of Halden?", "Halden Corp said it owns 20 pct of Corvex Holdings.")
        == []
    )


def test_an_act_not_done_to_the_asked_party_has_no_doer_of_it() -> None:
    # other senses of "lead" and "sell": the asked party is not what is led or sold
    leader = "Who is the leader of the Halden group?"
    assert tied(leader, "Corvex Holdings led the shares of Halden Corp higher.") == []
    assert (
        tied(
            "Who is the leader of Halden?", "Corvex Holdings leads the market ahead of Halden Corp."
        )
        == []
    )


def test_the_owner_of_a_part_of_the_asked_party_owns_it() -> None:
    found = tied("Who is the owner of Halden?", "Corvex Holdings owns 20 pct of Halden Corp.")
    assert "Corvex Holdings" in found
