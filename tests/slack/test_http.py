"""The real Bolt App over real HTTP with signed requests, against the fake Slack Web API."""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.bot_harness import (
    CHANNEL,
    USER,
    BotHarness,
    envelope,
    http_get,
    mention,
    message,
    sign,
)
from tests.fakes import FakeAssistant, answer_for, citation


@pytest.fixture
def bot(tmp_path: Path) -> Iterator[BotHarness]:
    with BotHarness(tmp_path / "bot-data") as harness:
        yield harness


def answer_text(params: dict[str, object]) -> str:
    """All text of a posted message's blocks, joined (what a user would read)."""
    blocks = params.get("blocks") or []
    assert isinstance(blocks, list)
    return json.dumps(blocks, ensure_ascii=False)


def test_url_verification_echoes_the_challenge(bot: BotHarness) -> None:
    reply = bot.post_json({"token": "t", "challenge": "c-123", "type": "url_verification"})
    assert reply.status == 200
    assert "c-123" in reply.body


def test_healthz(bot: BotHarness) -> None:
    assert http_get(bot.served.port, "/healthz").status == 200
    assert http_get(bot.served.port, "/nope").status == 404


def test_no_auth_test_at_creation_and_once_on_first_request(bot: BotHarness) -> None:
    assert bot.slack.calls_to("auth.test") == []
    bot.event(mention(), event_id="Ev1")
    bot.event(mention("Second?", ts="1700000000.000900"), event_id="Ev2")
    bot.settle()
    assert len(bot.slack.calls_to("auth.test")) == 1


def test_a_mention_gets_exactly_one_threaded_answer_citing_the_source(bot: BotHarness) -> None:
    started = time.monotonic()
    reply = bot.event(mention("Who did Geely partner with?"))
    assert reply.status == 200
    assert time.monotonic() - started < 3.0  # Slack's 3-second ack contract
    bot.settle()
    [call] = bot.slack.calls_to("chat.postMessage")
    assert call.headers["authorization"] == "Bearer xoxb-test-token"
    posted = call.params
    assert posted["channel"] == CHANNEL
    assert posted["thread_ts"] == "1700000000.000100"
    assert "[1]" in posted["text"]
    blocks = answer_text(posted)
    assert "<https://news.example.com/geely-volvo|Geely and Volvo deepen their alliance>" in blocks
    assert '"type": "feedback_buttons"' in blocks
    # The bot mention is stripped from the question the assistant sees.
    assert bot.assistant.questions == ["Who did Geely partner with?"]
    # Work under way is shown as the thread's status, which the reply clears.
    [status] = bot.slack.calls_to("assistant.threads.setStatus")
    assert status.params["thread_ts"] == "1700000000.000100" and status.params["status"]
    assert bot.slack.statuses == {} and bot.slack.calls_to("reactions.add") == []


def test_a_slack_retry_gets_no_second_answer(bot: BotHarness) -> None:
    assert bot.event(mention(), event_id="EvRetry").status == 200
    assert bot.event(mention(), event_id="EvRetry", retry_num=1).status == 200
    assert bot.event(mention(), event_id="EvRetry", retry_num=2).status == 200
    bot.settle()
    assert len(bot.answers()) == 1
    assert len(bot.assistant.questions) == 1


def test_the_same_mention_as_app_mention_and_message_is_answered_once(bot: BotHarness) -> None:
    text = "<@UBOT> Who did Geely partner with?"
    as_message = message(text, ts="1700000000.000100")
    assert bot.event(mention(), event_id="EvMention").status == 200
    assert bot.event(as_message, event_id="EvMessage").status == 200
    bot.settle()
    assert len(bot.answers()) == 1


def test_bad_signature_and_stale_timestamp_get_401(bot: BotHarness) -> None:
    body = json.dumps(envelope(mention())).encode()
    wrong = sign(body, secret="not-the-secret")
    assert (
        bot.post(body, content_type="application/json", headers=wrong, signed=False).status == 401
    )
    stale = sign(body, timestamp=int(time.time()) - 10 * 60)
    assert (
        bot.post(body, content_type="application/json", headers=stale, signed=False).status == 401
    )
    assert bot.post(body, content_type="application/json", signed=False).status == 401
    bot.settle()
    assert bot.answers() == []


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        (b'{"type": "event_callback", "event": ', "application/json"),
        (b"[1, 2, 3]", "application/json"),
        (b"payload=%7Bnot-json", "application/x-www-form-urlencoded"),
        (b"\xff\xfe not utf-8", "application/json"),
    ],
)
def test_a_malformed_body_gets_400_not_500(bot: BotHarness, body: bytes, content_type: str) -> None:
    assert bot.post(body, content_type=content_type).status == 400


def test_a_non_numeric_timestamp_gets_401_not_500(bot: BotHarness) -> None:
    body = json.dumps(envelope(mention())).encode()
    headers = {**sign(body), "X-Slack-Request-Timestamp": "yesterday"}
    assert (
        bot.post(body, content_type="application/json", headers=headers, signed=False).status == 401
    )


@pytest.mark.parametrize(
    "event",
    [
        message("Who did Geely partner with?", channel_type="im", bot_id="BOTHER"),
        message("Who?", channel_type="im", user="UBOT", bot_id="BBOT"),
        message("Who?", channel_type="im", subtype="bot_message", bot_id="BX"),
        {**message("edited?", channel_type="im"), "subtype": "message_changed"},
        {
            "type": "message",
            "subtype": "message_deleted",
            "channel": "D1",
            "ts": "1.2",
            "channel_type": "im",
            "deleted_ts": "1.1",
        },
        {**mention(), "bot_id": "BOTHER"},
    ],
)
def test_bot_messages_and_edits_are_acked_and_ignored(
    bot: BotHarness, event: dict[str, object]
) -> None:
    assert bot.event(event).status == 200
    bot.settle()
    assert bot.answers() == []
    assert bot.assistant.questions == []


def test_an_unhandled_event_type_still_gets_200(bot: BotHarness) -> None:
    event = {
        "type": "reaction_added",
        "user": USER,
        "reaction": "tada",
        "item": {"type": "message", "channel": CHANNEL, "ts": "1.2"},
        "event_ts": "1.3",
    }
    assert bot.event(event).status == 200


def test_a_direct_message_is_answered_in_its_thread(bot: BotHarness) -> None:
    bot.event(message("Which carmaker did Geely buy?", channel="D0DM", channel_type="im"))
    bot.settle()
    [posted] = bot.answers()
    assert posted["channel"] == "D0DM" and posted["thread_ts"] == "1700000000.000100"
    assert bot.assistant.questions == ["Which carmaker did Geely buy?"]


def test_a_thread_follow_up_passes_the_earlier_turns_as_history(bot: BotHarness) -> None:
    bot.event(mention("Who did Geely partner with?", ts="1700000000.000100"), event_id="Ev1")
    bot.settle()
    [first] = bot.answers()
    bot.slack.set_replies(
        CHANNEL,
        "1700000000.000100",
        [
            {
                "type": "message",
                "user": USER,
                "ts": "1700000000.000100",
                "text": "<@UBOT> Who did Geely partner with?",
            },
            {
                "type": "message",
                "user": "UBOT",
                "bot_id": "BBOT",
                "ts": "1700000001.000200",
                "text": first["text"],
            },
            {
                "type": "message",
                "user": "U0OTHER",
                "bot_id": "BOTHER",
                "ts": "1700000001.000300",
                "text": "another bot",
            },
            {
                "type": "message",
                "user": USER,
                "ts": "1700000002.000100",
                "thread_ts": "1700000000.000100",
                "text": "And when was that?",
            },
        ],
    )
    follow_up = message(
        "And when was that?",
        ts="1700000002.000100",
        thread_ts="1700000000.000100",
        parent_user_id=USER,
    )
    assert bot.event(follow_up, event_id="Ev2").status == 200
    bot.settle()
    assert len(bot.answers()) == 2
    assert bot.answers()[1]["thread_ts"] == "1700000000.000100"
    assert bot.assistant.questions[1] == "And when was that?"
    history = bot.assistant.histories[1]
    assert [(turn.role, turn.text) for turn in history] == [
        ("user", "Who did Geely partner with?"),
        ("assistant", "Geely partnered with Volvo on electric platforms [1]."),
    ]


def test_a_reply_in_a_thread_the_bot_never_answered_is_ignored(bot: BotHarness) -> None:
    reply = message("just chatting", ts="1700000005.000100", thread_ts="1700000004.000100")
    assert bot.event(reply).status == 200
    bot.settle()
    assert bot.answers() == []


def test_auto_answer_channel_answers_questions_without_a_mention(tmp_path: Path) -> None:
    with BotHarness(tmp_path / "d", auto_answer_channels=[CHANNEL]) as bot:
        bot.event(message("Who did Geely partner with?"), event_id="EvQ")
        bot.event(message("lunch at noon", ts="1700000000.000500"), event_id="EvChat")
        bot.event(
            message("What did Ford do?", channel="C0OTHER", ts="1700000000.000600"),
            event_id="EvElsewhere",
        )
        bot.settle()
        assert [p["channel"] for p in bot.answers()] == [CHANNEL]


def test_a_429_from_the_web_api_is_retried(bot: BotHarness) -> None:
    bot.slack.fail_next("chat.postMessage", times=1, status=429, retry_after=1)
    bot.event(mention())
    bot.settle()
    attempts = bot.slack.calls_to("chat.postMessage", ok_only=False)
    assert [call.status for call in attempts] == [429, 200]
    assert len(bot.answers()) == 1


def test_an_assistant_error_becomes_a_friendly_message_and_a_logged_exception(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    assistant = FakeAssistant(error=RuntimeError("chroma is down"))
    with caplog.at_level(logging.ERROR), BotHarness(tmp_path / "d", assistant=assistant) as bot:
        bot.event(mention())
        bot.settle()
        [posted] = bot.answers()
    assert posted["thread_ts"] == "1700000000.000100"
    assert "something went wrong" in posted["text"]
    assert "chroma is down" not in posted["text"]
    assert any(
        record.exc_info and "answering failed" in record.getMessage() for record in caplog.records
    )


def test_mrkdwn_injection_in_articles_and_user_text_is_escaped(tmp_path: Path) -> None:
    evil = citation(
        1,
        title="<!channel> Free <https://evil.example|money> & more",
        quote="Click <@U0VICTIM> now @here",
        url="javascript:alert(1)",
    )
    answer = answer_for(
        "q", text="Answer <!here> with <https://evil.example|a link> [1].", citations=[evil]
    )
    with BotHarness(tmp_path / "d", assistant=FakeAssistant([answer])) as bot:
        bot.event(mention("<!channel> tell me"))
        bot.settle()
        [posted] = bot.answers()
    rendered = answer_text(posted) + posted["text"]
    for injected in (
        "<!channel>",
        "<!here>",
        "<@U0VICTIM>",
        "<https://evil.example|",
        "javascript:",
    ):
        assert injected not in rendered
    assert "&lt;!channel&gt;" in rendered and "&amp; more" in rendered
    assert "@here" not in rendered  # defused with a word joiner
    assert bot.assistant.questions == ["@channel tell me"]


def test_an_empty_mention_gets_a_hint_not_an_assistant_call(bot: BotHarness) -> None:
    bot.event({**mention(), "text": "<@UBOT>"})
    bot.settle()
    [posted] = bot.answers()
    assert "/alliance-help" in posted["text"]
    assert bot.assistant.questions == []


def test_concurrent_slow_mentions_are_all_acked_fast_and_answered_once(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    with BotHarness(tmp_path / "d", assistant=FakeAssistant(delay=0.3)) as bot:

        def send(index: int) -> tuple[int, float]:
            started = time.monotonic()
            ts = f"1700000100.{index:06d}"
            reply = bot.event(mention(f"Question {index}?", ts=ts), event_id=f"EvC{index}")
            return reply.status, time.monotonic() - started

        with ThreadPoolExecutor(max_workers=15) as pool:
            results = list(pool.map(send, range(15)))
        assert all(status == 200 for status, _ in results)
        # Slack's contract: every request acked within 3 s, however slow the answers are.
        assert max(seconds for _, seconds in results) < 3.0
        bot.settle()
        assert len(bot.answers()) == 15
        assert len({p["thread_ts"] for p in bot.answers()}) == 15
