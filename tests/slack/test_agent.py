"""The agent DM (suggested prompts from the registry, thread titles) and group DMs, through
the real Bolt app over HTTP against the fake Slack."""

from __future__ import annotations

import time
from typing import Any

import pytest

from bot.slack.agent import DEFAULT_PROMPTS, suggested_prompts
from tests.bot_harness import USER, BotHarness, mention, message
from tests.fakes import FakeAssistant, alliance

DM = "D0DM"
GROUP = "C0MPIM"
REGISTRY = [
    alliance("Geely", "Volvo", date="2010-03-28", n=1),
    alliance("Geely", "Renault", kind="partnership", date="2022-01-10", n=2),
    alliance("Geely", "CATL", kind="supply agreement", date="2023-06-01", n=3),
    alliance("CATL", "BAIC", kind="strategic cooperation agreement", date="2023-03-13", n=4),
    alliance("Nio", "CATL", kind="memorandum of understanding", date="2024-05-01", n=5),
]


@pytest.fixture
def assistant() -> FakeAssistant:
    fake = FakeAssistant()
    fake.registry = list(REGISTRY)
    return fake


def event(kind: str, **fields: Any) -> dict[str, Any]:
    return {"type": kind, "event_ts": f"{time.time():.6f}", **fields}


def test_the_messages_tab_offers_prompts_drawn_from_the_registry(bot: BotHarness) -> None:
    opened = event("app_home_opened", user=USER, channel=DM, tab="messages")
    assert bot.event(opened).status == 200
    bot.settle()
    [call] = bot.slack.calls_to("assistant.threads.setSuggestedPrompts")
    assert call.params["channel_id"] == DM and "thread_ts" not in call.params
    messages = [prompt["message"] for prompt in call.params["prompts"]]
    assert messages == [
        "Which companies has Geely partnered with?",  # most alliances
        "Which companies has CATL partnered with?",
        "What did Nio and CATL agree?",  # the newest alliance
        "Summarize all alliances",
    ]
    assert bot.slack.refused() == []


def test_a_new_agent_thread_gets_the_prompts_for_that_thread(bot: BotHarness) -> None:
    thread = {
        "user_id": USER,
        "channel_id": DM,
        "thread_ts": "1700000100.000100",
        "context": {"channel_id": "C0GENERAL"},
    }
    bot.event(event("assistant_thread_started", assistant_thread=thread))
    bot.settle()
    [call] = bot.slack.calls_to("assistant.threads.setSuggestedPrompts")
    assert (call.params["channel_id"], call.params["thread_ts"]) == (DM, "1700000100.000100")
    assert len(call.params["prompts"]) == 4


def test_an_empty_registry_offers_the_general_prompts() -> None:
    assert [(p["title"], p["message"]) for p in suggested_prompts([])] == DEFAULT_PROMPTS


def test_a_dm_thread_is_titled_after_its_first_question_only(bot: BotHarness) -> None:
    root = "1700000100.000100"
    first = message(
        "Which carmakers has Geely partnered with since 2020, and on what?",
        channel=DM,
        channel_type="im",
        ts="1700000100.000200",
        thread_ts=root,
    )
    bot.event(first, event_id="Ev1")
    bot.settle()
    [title] = bot.slack.calls_to("assistant.threads.setTitle")
    assert (title.params["channel_id"], title.params["thread_ts"]) == (DM, root)
    assert title.params["title"] == "Which carmakers has Geely partnered with since 2020, and on…"
    [answer] = bot.slack.calls_to("chat.postMessage")
    assert answer.params["thread_ts"] == root
    follow_up = message(
        "And when?", channel=DM, channel_type="im", ts="1700000100.000400", thread_ts=root
    )
    bot.event(follow_up, event_id="Ev2")
    bot.settle()
    assert len(bot.slack.calls_to("assistant.threads.setTitle")) == 1
    assert len(bot.slack.calls_to("chat.postMessage")) == 2


def test_a_refused_title_costs_nothing(bot: BotHarness) -> None:
    bot.slack.error_next("assistant.threads.setTitle", "not_allowed")
    bot.event(message("Who did Geely partner with?", channel=DM, channel_type="im"))
    bot.settle()
    assert len(bot.answers()) == 1


def test_in_a_group_dm_a_follow_up_in_the_bots_thread_keeps_the_thread(
    bot: BotHarness, assistant: FakeAssistant
) -> None:
    root = "1700000200.000100"
    bot.event(mention("Who did Geely partner with?", channel=GROUP, ts=root), event_id="EvA")
    # The same message as message.mpim: de-duplicated, answered once.
    asked = message(
        "<@UBOT> Who did Geely partner with?", channel=GROUP, ts=root, channel_type="mpim"
    )
    bot.event(asked, event_id="EvB")
    bot.settle()
    bot.slack.set_replies(
        GROUP,
        root,
        [
            {
                "type": "message",
                "user": USER,
                "ts": root,
                "text": "<@UBOT> Who did Geely partner with?",
            }
        ],
    )
    follow_up = message(
        "And when was that?",
        channel=GROUP,
        ts="1700000200.000300",
        thread_ts=root,
        channel_type="mpim",
    )
    bot.event(follow_up, event_id="EvC")
    chatter = message("lunch?", channel=GROUP, ts="1700000200.000500", channel_type="mpim")
    bot.event(chatter, event_id="EvD")
    bot.settle()
    answers = bot.answers()
    assert [a["thread_ts"] for a in answers] == [root, root]
    assert assistant.questions == ["Who did Geely partner with?", "And when was that?"]
    assert [t.text for t in assistant.histories[1]] == ["Who did Geely partner with?"]
