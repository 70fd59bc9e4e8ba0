"""``/alliance-ask`` (private answer with a Share button) and the message shortcut "Ask
AllianceBot about this", through the real Bolt app over HTTP against the fake Slack."""

from __future__ import annotations

import json
from typing import Any

from bot.slack.ask import ASK_COMMAND, ASK_USAGE, ASK_WORKING, SHARE_ANSWER
from bot.slack.messages import SHARED
from bot.slack.shortcuts import ASK_SHORTCUT, NOTHING_TO_ASK
from retrieval.models import Answer
from tests.bot_harness import CHANNEL, USER, BotHarness
from tests.fakes import FakeAssistant, answer_for

QUESTION = "Which companies has Geely partnered with?"


def button_value(blocks: list[dict[str, Any]], action_id: str) -> str:
    for block in blocks:
        for element in block.get("elements", []):
            if element.get("action_id") == action_id:
                return str(element["value"])
    raise AssertionError(f"no {action_id} in {blocks}")


def posted(message_ts: str, text: str, **extra: Any) -> dict[str, Any]:
    return {"type": "message", "user": "U0COLLEAGUE", "ts": message_ts, "text": text, **extra}


def test_ask_privately_then_share(bot: BotHarness, assistant: FakeAssistant) -> None:
    reply = bot.command(ASK_COMMAND, QUESTION, response_url=bot.slack.response_url("ask"))
    assert reply.status == 200 and reply.text == ASK_WORKING
    bot.settle()
    assert assistant.questions == [QUESTION]
    [private] = bot.slack.calls_to("respond")
    assert private.params["response_type"] == "ephemeral" and bot.answers() == []
    blocks = private.params["blocks"]
    assert blocks[0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": QUESTION, "emoji": True},
    }
    assert "Geely partnered with Volvo" in json.dumps(blocks)
    assert "feedback_buttons" in json.dumps(blocks)
    ref = button_value(blocks, SHARE_ANSWER)
    bot.click(SHARE_ANSWER, ref, ephemeral=True, response_url=bot.slack.response_url("share"))
    bot.settle()
    [shared] = bot.answers()
    assert shared["channel"] == CHANNEL and "thread_ts" not in shared
    text = json.dumps(shared["blocks"])
    assert QUESTION in text and f"Shared by <@{USER}>" in text and SHARE_ANSWER not in text
    [done] = [c for c in bot.slack.calls_to("respond") if c.path == "/respond/share"]
    assert done.params["text"] == SHARED and done.params["replace_original"] is True


def test_ask_without_a_question_explains_how(bot: BotHarness, assistant: FakeAssistant) -> None:
    assert bot.command(ASK_COMMAND, "  ").text == ASK_USAGE
    bot.settle()
    assert assistant.questions == []


def test_a_refusal_has_nothing_to_share(bot: BotHarness, assistant: FakeAssistant) -> None:
    assistant.answers.append(Answer(question=QUESTION, text="Not in the articles.", answered=False))
    bot.command(ASK_COMMAND, QUESTION)
    bot.settle()
    [private] = bot.slack.calls_to("respond")
    assert SHARE_ANSWER not in json.dumps(private.params["blocks"])


def test_the_shortcut_answers_in_the_thread_of_the_message(
    bot: BotHarness, assistant: FakeAssistant
) -> None:
    headline = posted("1700000300.000100", "Geely and <https://volvo.com|Volvo> sign battery pact")
    assert bot.message_shortcut(ASK_SHORTCUT, headline).status == 200
    bot.settle()
    assert assistant.questions == ["Geely and Volvo sign battery pact"]
    [answer] = bot.answers()
    assert answer["thread_ts"] == "1700000300.000100" and "Volvo" in answer["text"]
    [status] = bot.slack.calls_to("assistant.threads.setStatus")
    assert status.params["thread_ts"] == "1700000300.000100" and bot.slack.statuses == {}


def test_the_shortcut_on_a_reply_answers_in_its_thread(bot: BotHarness) -> None:
    reply = posted(
        "1700000300.000500", "Who did Geely partner with?", thread_ts="1700000300.000100"
    )
    bot.message_shortcut(ASK_SHORTCUT, reply)
    bot.settle()
    assert [a["thread_ts"] for a in bot.answers()] == ["1700000300.000100"]


def test_where_the_bot_may_not_post_only_the_asker_sees_the_answer(bot: BotHarness) -> None:
    bot.slack.error_next("chat.postMessage", "not_in_channel")
    bot.slack.error_next("assistant.threads.setStatus", "channel_not_found")
    bot.slack.error_next("reactions.add", "not_in_channel")
    headline = posted("1700000300.000100", "Who did Geely partner with?")
    bot.message_shortcut(ASK_SHORTCUT, headline, response_url=bot.slack.response_url("sc"))
    bot.settle()
    [private] = bot.slack.calls_to("respond")
    assert private.path == "/respond/sc" and private.params["response_type"] == "ephemeral"
    assert private.params["thread_ts"] == "1700000300.000100"
    assert "Geely partnered with Volvo" in json.dumps(private.params["blocks"])


def test_a_message_without_text_says_so(bot: BotHarness, assistant: FakeAssistant) -> None:
    bot.message_shortcut(ASK_SHORTCUT, posted("1700000300.000100", ""))
    bot.settle()
    [private] = bot.slack.calls_to("respond")
    assert private.params["text"] == NOTHING_TO_ASK and assistant.questions == []


def test_a_private_answer_too_long_to_page_sends_the_whole_of_it_to_the_dm(
    bot: BotHarness, assistant: FakeAssistant
) -> None:
    text = "Geely & Volvo share platforms [1]. " * 4000
    assistant.answers.append(answer_for(QUESTION, text=text))
    bot.command(ASK_COMMAND, QUESTION)
    bot.settle()
    [private] = bot.slack.calls_to("respond")
    assert "follows as a file" in json.dumps(private.params["blocks"])
    [complete] = bot.slack.calls_to("files.completeUploadExternal")
    assert complete.params["channel_id"] == "D0ASKER"  # the asker's DM, not the channel
    [uploaded] = bot.slack.uploads.values()
    assert text.strip() in uploaded.decode("utf-8") and bot.answers() == []
