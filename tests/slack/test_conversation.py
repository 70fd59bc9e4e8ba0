"""bot.slack.conversation: which Slack messages get answered, the question, the thread history."""

from __future__ import annotations

from typing import Any

import pytest

from bot.slack.conversation import (
    history_from_replies,
    is_ignorable,
    looks_like_question,
    plain_text,
    should_answer_message,
    thread_root,
    ts_key,
)

BASE: dict[str, Any] = {
    "type": "message",
    "user": "U1",
    "text": "hi",
    "ts": "10.000100",
    "channel": "C1",
    "channel_type": "channel",
}


@pytest.mark.parametrize(
    ("changes", "ignorable"),
    [
        ({}, False),
        ({"subtype": "thread_broadcast"}, False),
        ({"subtype": "file_share"}, False),
        ({"bot_id": "B1"}, True),
        ({"subtype": "bot_message"}, True),
        ({"subtype": "message_changed"}, True),
        ({"subtype": "message_deleted"}, True),
        ({"subtype": "channel_join"}, True),
        ({"user": None}, True),
        ({"hidden": True}, True),
        ({"bot_profile": {"id": "B2"}}, True),
    ],
)
def test_is_ignorable(changes: dict[str, Any], ignorable: bool) -> None:
    assert is_ignorable({**BASE, **changes}) is ignorable


@pytest.mark.parametrize(
    ("text", "question"),
    [
        ("<@UBOT> Who bought Volvo?", "Who bought Volvo?"),
        ("<@UBOT|alliancebot>: who bought Volvo?", "who bought Volvo?"),
        ("Hey <@UBOT>, what about <@U2|ann>?", "Hey , what about @ann?"),
        (
            "See <https://x.com/a|this article> &amp; <https://y.com>",
            "See this article & https://y.com",
        ),
        ("in <#C1|general> <!here>", "in #general @here"),
        ("a &lt;b&gt; c", "a <b> c"),
        ("<@UBOT>", ""),
        ("  spaced\n\nout  ", "spaced out"),
    ],
)
def test_plain_text(text: str, question: str) -> None:
    assert plain_text(text, bot_user_id="UBOT") == question


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Who is Geely's partner?", True),
        ("what about Ford", True),
        ("Is it true?", True),
        ("lunch at noon", False),
        ("", False),
        ("Summarize Geely", True),
    ],
)
def test_looks_like_question(text: str, expected: bool) -> None:
    assert looks_like_question(text) is expected


@pytest.mark.parametrize(
    ("changes", "auto", "known_thread", "expected"),
    [
        ({"channel_type": "im", "channel": "D1"}, [], False, True),
        ({"text": "<@UBOT> hi"}, [], False, True),
        ({"text": "plain chatter"}, [], False, False),
        ({"text": "Who partnered?"}, ["C1"], False, True),
        ({"text": "lunch?", "channel": "C2"}, ["C1"], False, False),
        ({"thread_ts": "9.000100"}, [], True, True),
        ({"thread_ts": "9.000100"}, ["C1"], False, False),
        ({"thread_ts": "10.000100", "text": "Who?"}, ["C1"], False, True),  # thread parent
        ({"channel_type": "im", "bot_id": "B9"}, [], False, False),
        ({"subtype": "message_changed", "channel_type": "im"}, [], True, False),
    ],
)
def test_should_answer_message(
    changes: dict[str, Any], auto: list[str], known_thread: bool, expected: bool
) -> None:
    asked: list[bool] = []

    def in_bot_thread() -> bool:
        asked.append(True)
        return known_thread

    event = {**BASE, **changes}
    assert (
        should_answer_message(
            event, bot_user_id="UBOT", auto_answer_channels=auto, in_bot_thread=in_bot_thread
        )
        is expected
    )


def test_thread_root() -> None:
    assert thread_root(BASE) == "10.000100"
    assert thread_root({**BASE, "thread_ts": "9.1"}) == "9.1"


def test_ts_key_orders_exactly() -> None:
    assert ts_key("1700000000.000100") < ts_key("1700000000.000101")
    assert ts_key("1700000000.1") == (1700000000, 100000)
    assert ts_key("garbage") == (0, 0)


def test_history_from_replies() -> None:
    replies = [
        {"user": "U1", "ts": "1.000001", "text": "<@UBOT> Who bought Volvo?"},
        {"user": "UBOT", "bot_id": "BBOT", "ts": "1.000002", "text": "Geely &amp; co [1]."},
        {"user": "U9", "bot_id": "BX", "ts": "1.000003", "text": "other bot"},
        {"user": "U1", "ts": "1.000004", "subtype": "message_changed", "text": "x"},
        {"user": "U2", "ts": "1.000005", "text": "   "},
        {"user": "U1", "ts": "1.000006", "text": "When?"},  # the question itself
        {"user": "U1", "ts": "1.000007", "text": "later"},
    ]
    turns = history_from_replies(replies, before_ts="1.000006", bot_user_id="UBOT", bot_id="BBOT")
    assert [(t.role, t.text) for t in turns] == [
        ("user", "Who bought Volvo?"),
        ("assistant", "Geely & co [1]."),
    ]
    many = [{"user": "U1", "ts": f"1.{i:06d}", "text": f"q{i}"} for i in range(1, 40)]
    kept = history_from_replies(many, before_ts="2.0", bot_user_id="UBOT", bot_id=None, max_turns=5)
    assert [t.text for t in kept] == ["q35", "q36", "q37", "q38", "q39"]
