"""Long answers arrive whole, through the real Bolt app over HTTP against the fake Slack,
which refuses what Slack refuses: pages, compact sources, "Show all sources", files, and a
simpler layout (never the apology) when Slack refuses a shape."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.slack.layout import SOURCES_ACTION
from bot.slack.messages import ANSWER_ERROR
from tests.bot_harness import CHANNEL, USER, BotHarness, mention
from tests.fakes import FakeAssistant, answer_for, citation, registry_answer

ROOT = "1700000000.000100"


def sections(params: dict[str, Any]) -> str:
    return "\n".join(
        b["text"]["text"] for b in params.get("blocks") or [] if b["type"] == "section"
    )


def flat(text: str) -> str:
    return "".join(text.replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">").split())


def button_value(params: dict[str, Any], action_id: str) -> str:
    for block in params.get("blocks") or []:
        for element in block.get("elements", []):
            if element.get("action_id") == action_id:
                return str(element["value"])
    raise AssertionError(f"no {action_id} in {params}")


def test_a_list_of_every_joint_venture_arrives_whole_in_pages(
    bot: BotHarness, assistant: FakeAssistant
) -> None:
    answer = registry_answer(300)
    assistant.answers.append(answer)
    bot.event(mention("List every joint venture"))
    bot.settle()
    posts = [call.params for call in bot.slack.calls_to("chat.postMessage")]
    assert bot.slack.refused() == []
    assert len(posts) == 5 and all(p["thread_ts"] == ROOT for p in posts)
    assert flat("".join(sections(p) for p in posts)) == flat(answer.text)  # every line, in order
    assert ANSWER_ERROR not in json.dumps(posts)
    last = json.dumps(posts[-1]["blocks"], ensure_ascii=False)
    assert "Show all 300 sources" in last and "feedback_buttons" in last
    assert bot.slack.statuses == {}  # the reply cleared the status


def test_an_answer_too_long_to_page_comes_with_the_whole_of_it_as_a_file(
    bot: BotHarness, assistant: FakeAssistant
) -> None:
    text = "Geely & Volvo share platforms [1]. " * 4000  # 140,000 characters
    assistant.answers.append(answer_for("q", text=text))
    bot.event(mention("Tell me everything about Geely"))
    bot.settle()
    [post] = bot.slack.calls_to("chat.postMessage")
    assert "follows as a file" in json.dumps(post.params["blocks"])
    [complete] = bot.slack.calls_to("files.completeUploadExternal")
    assert (complete.params["channel_id"], complete.params["thread_ts"]) == (CHANNEL, ROOT)
    [uploaded] = bot.slack.uploads.values()
    assert text.strip() in uploaded.decode("utf-8")
    assert bot.slack.refused() == []


@pytest.mark.parametrize(
    ("errors", "expect"),
    [
        (["msg_blocks_too_long"], "compact"),
        (["invalid_blocks"], "compact"),
        (["msg_blocks_too_long", "invalid_blocks"], "plain"),
    ],
)
def test_a_refused_shape_is_sent_simpler_never_as_the_apology(
    bot: BotHarness, assistant: FakeAssistant, errors: list[str], expect: str
) -> None:
    answer = answer_for("q", citations=[citation(n) for n in range(1, 4)])
    assistant.answers.append(answer)
    for error in errors:
        bot.slack.error_next("chat.postMessage", error)
    bot.event(mention("Who did Geely partner with?"))
    bot.settle()
    calls = [call.params for call in bot.slack.calls_to("chat.postMessage")]
    assert len(calls) == len(errors) + 1
    first, delivered = json.dumps(calls[0], ensure_ascii=False), calls[-1]
    assert "“Geely and Volvo agreed" in first  # full: sources with their quotes
    assert ANSWER_ERROR not in json.dumps(calls)
    if expect == "compact":
        assert "“" not in json.dumps(delivered["blocks"], ensure_ascii=False)
        assert "Geely partnered with Volvo" in sections(delivered)
    else:
        assert "blocks" not in delivered or not delivered["blocks"]
        assert "Geely partnered with Volvo on electric platforms [1]." in delivered["text"]
        assert "[1] <https://news.example.com/geely-volvo|" in delivered["text"]


def test_a_channel_the_bot_may_not_post_in_still_gets_the_apology_attempt(
    bot: BotHarness,
) -> None:
    bot.slack.error_next("chat.postMessage", "not_in_channel")
    bot.event(mention())
    bot.settle()
    texts = [call.params["text"] for call in bot.slack.calls_to("chat.postMessage")]
    assert texts[-1] == ANSWER_ERROR  # the thread itself was refused, not the layout


def test_show_all_sources_opens_a_modal_with_every_source(
    bot: BotHarness, assistant: FakeAssistant
) -> None:
    assistant.answers.append(registry_answer(30))
    bot.event(mention("List every joint venture"))
    bot.settle()
    [post] = bot.slack.calls_to("chat.postMessage")
    ref = button_value(post.params, SOURCES_ACTION)
    assert bot.click(SOURCES_ACTION, ref, thread_ts=ROOT).status == 200
    [opened] = bot.slack.calls_to("views.open")
    assert opened.params["trigger_id"] == "1.2.3"
    shown = json.dumps(opened.params["view"], ensure_ascii=False)
    assert all(f"[{n}] <https://news.example.com/a/{n}?" in shown for n in range(1, 31))
    assert bot.slack.refused() == []


def test_a_source_list_too_long_for_a_modal_is_sent_as_a_file(
    bot: BotHarness, assistant: FakeAssistant
) -> None:
    assistant.answers.append(registry_answer(300))
    bot.event(mention("List every joint venture"))
    bot.settle()
    ref = button_value(bot.slack.calls_to("chat.postMessage")[-1].params, SOURCES_ACTION)
    bot.click(SOURCES_ACTION, ref, thread_ts=ROOT, user_id="U0READER")
    bot.settle()
    [opened] = bot.slack.calls_to("views.open")
    assert "sent you the list as a file" in json.dumps(opened.params["view"])
    [complete] = bot.slack.calls_to("files.completeUploadExternal")
    assert complete.params["channel_id"] == "D0READER"  # the reader's DM with the app
    [uploaded] = bot.slack.uploads.values()
    listed = uploaded.decode("utf-8")
    assert all(f"[{n}] Company {n} & Group {n}" in listed for n in (1, 150, 300))


def test_a_forgotten_answer_says_so_in_the_modal(bot: BotHarness) -> None:
    bot.click(SOURCES_ACTION, "0123456789abcdef")
    [opened] = bot.slack.calls_to("views.open")
    assert "no longer available" in json.dumps(opened.params["view"])


def test_a_long_summary_is_shown_privately_in_pages_and_shared_whole(
    bot: BotHarness, assistant: FakeAssistant
) -> None:
    long = registry_answer(200)
    assistant.summarize = lambda topic=None: long  # type: ignore[method-assign]
    bot.command("/alliance-summary", "joint ventures", response_url=bot.slack.response_url("sum"))
    bot.settle()
    private = [c.params for c in bot.slack.calls_to("respond") if c.path == "/respond/sum"]
    assert len(private) > 1 and all(p["response_type"] == "ephemeral" for p in private)
    assert flat("".join(sections(p) for p in private)) == flat(long.text)
    ref = button_value(private[-1], "share_summary")
    bot.click("share_summary", ref, ephemeral=True, response_url=bot.slack.response_url("s"))
    bot.settle()
    shared = [call.params for call in bot.slack.calls_to("chat.postMessage")]
    assert len(shared) == len(private)
    assert "thread_ts" not in shared[0]  # page 1 in the channel, the rest in its thread
    [thread] = {p["thread_ts"] for p in shared[1:]}
    assert bot.slack.messages[(CHANNEL, thread)]["blocks"] == shared[0]["blocks"]
    assert flat("".join(sections(p) for p in shared)) == flat(long.text)
    assert f"Shared by <@{USER}>" in json.dumps(shared[-1]["blocks"])
    assert bot.slack.refused() == []
