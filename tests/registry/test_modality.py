"""Modality of deal prose, in invented sentences: when a plan, intention or proposal is
already a deal, and when it is still only a plan."""

from __future__ import annotations

import pytest

from tests.registry.test_deal_reading import extract, pairs


@pytest.mark.parametrize(
    "verb",
    ["completed", "consummated", "finalized"],
)
def test_a_plan_carried_through_is_a_deal_done(verb: str) -> None:
    found = extract(
        f"Marlow Freight Inc said it {verb} its previously announced plan to sell its "
        "trucking unit to Quenby Logistics Corp."
    )
    assert pairs(found) == {frozenset({"Marlow Freight", "Quenby Logistics"})}


def test_a_plan_not_carried_through_is_no_deal() -> None:
    found = extract(
        "Marlow Freight Inc said it did not complete its plan to sell its trucking unit "
        "to Quenby Logistics Corp."
    )
    assert found == []


def test_a_planned_sale_to_a_named_buyer_is_the_arranged_sale() -> None:
    found = extract(
        "Marlow Freight Inc said it plans to sell its Ohio terminal to Quenby Logistics "
        "Corp for 12 mln dlrs."
    )
    assert pairs(found) == {frozenset({"Marlow Freight", "Quenby Logistics"})}


@pytest.mark.parametrize(
    "text",
    [
        # the buyer's plan alone: the target need not have agreed
        "Quenby Logistics Corp said it plans to buy Marlow Freight Inc.",
        # a plan disowned
        "Marlow Freight Inc said it does not plan to sell its Ohio terminal to Quenby "
        "Logistics Corp.",
    ],
)
def test_a_plan_without_its_counterparty_is_no_deal(text: str) -> None:
    assert extract(text) == []


def test_what_holders_vote_on_stands_whatever_is_said_of_the_vote() -> None:
    # a vote is on a deal the firms agreed; "anticipates" speaks of the meeting
    found = extract(
        "Corvane Corp said it anticipates that a special meeting of holders will be held in "
        "May to vote on a proposed merger with Bellmere Holding Corp."
    )
    assert pairs(found) == {frozenset({"Corvane", "Bellmere"})}


@pytest.mark.parametrize("preposition", ["regarding", "concerning"])
def test_talk_is_about_what_a_topic_on_its_verb_names(preposition: str) -> None:
    # the parse hangs "regarding" on "holding"; it tells what the discussions are about
    found = extract(
        f"Corvane Inc said it is holding discussions with Bellmere Corp {preposition} the "
        "purchase of Bellmere's cable unit."
    )
    assert pairs(found) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Corvane Inc said it entered into a letter of intent for a proposed merger with "
        "Bellmere Corp.",
        "Corvane Inc said it signed an agreement for a proposed merger with Bellmere Corp.",
    ],
)
def test_a_proposed_deal_an_agreement_is_for_is_agreed(text: str) -> None:
    # the agreement binds its parties to the deal; "proposed" says it is yet to be done
    assert pairs(extract(text)) == {frozenset({"Corvane", "Bellmere"})}


def test_what_a_holders_meeting_is_held_to_consider_is_put_to_its_vote() -> None:
    # "consider" is said of the meeting, which votes on a deal the boards agreed
    found = extract(
        "Corvane Corp said a special meeting of its holders will be held in May to consider "
        "the proposed merger with Bellmere Holding Corp."
    )
    assert pairs(found) == {frozenset({"Corvane", "Bellmere"})}


@pytest.mark.parametrize("verb", ["hold", "begin", "reopen"])
def test_agreeing_to_hold_talks_is_no_agreement(verb: str) -> None:
    text = f"Norvex Corp and Halden Inc agreed to {verb} talks on a joint marketing plan."
    assert extract(text) == []
