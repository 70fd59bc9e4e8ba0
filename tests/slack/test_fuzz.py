"""Property-based fuzzing of signed Slack payloads against the real App over real HTTP.

Whatever Slack (or anyone holding the signing secret) sends — events with missing fields or
wrong types, odd slash-command forms, block actions with strange values, huge or exotic
text — the server answers 200 or 400, never 500, keeps serving, and no background job dies
with an unhandled exception.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlencode

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.slack.blocks import FEEDBACK_DOWN, FEEDBACK_UP, SHARE_SUMMARY
from tests.bot_harness import ADMIN, CHANNEL, USER, BotHarness, envelope, http_get, mention

FUZZ = settings(
    max_examples=200,
    deadline=None,
    database=None,  # no .hypothesis folder in the repo; failures print their example
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# 404: Bolt has no listener for that kind of request (an unknown envelope type or
# interaction); Slack never sends those to this app, and 404 is no crash.
OK_STATUSES = {200, 400, 404}

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30)
)
json_values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)
exotic_text = st.sampled_from(
    [
        "",
        " ",
        "🤝🚗🔋" * 50,
        "?!…,.;:" * 20,
        "吉利和沃尔沃是什么关系？",
        "Quels partenariats Renault a-t-il signés ?",
        "ما هي الشراكات التي وقعتها جيلي؟",
        "<!channel> <@U0VICTIM> <https://evil|x> &amp; &lt;",
        "\x00\x01\u200b\u2060\ufeff",
        "a" * 40_000,
        "Geely " * 6_000,
    ]
)
texts = st.text(max_size=300) | exotic_text
some_text = texts | json_values


def with_bot(prefix: str) -> str:
    return f"<@UBOT> {prefix}"


event_fields = {
    "type": st.sampled_from(["app_mention", "message", "reaction_added", "x"]) | json_values,
    "channel": st.sampled_from([CHANNEL, "D0DM", ""]) | json_values,
    "ts": st.sampled_from(["1700000000.000100", "1.2", "", "abc"]) | json_values,
    "user": st.sampled_from([USER, "UBOT", ""]) | json_values,
    "text": texts.map(with_bot) | some_text,
    "thread_ts": st.sampled_from(["1700000000.000100", "0"]) | json_values,
    "subtype": st.sampled_from(["bot_message", "message_changed", "file_share"]) | json_values,
    "bot_id": json_values,
    "channel_type": st.sampled_from(["im", "channel", "group"]) | json_values,
    "blocks": json_values,
    "files": json_values,
    "event_ts": json_values,
}
events = st.fixed_dictionaries({}, optional=event_fields) | json_values


@st.composite
def envelopes(draw: st.DrawFn) -> dict[str, Any]:
    body = envelope({}, event_id="Ev")
    body["event"] = draw(events)
    body["event_id"] = draw(st.text(max_size=20) | json_values)
    for key in ("type", "team_id", "authorizations", "api_app_id", "event_time"):
        choice = draw(st.sampled_from(["keep", "drop", "junk"]))
        if choice == "drop":
            body.pop(key)
        elif choice == "junk":
            body[key] = draw(json_values)
    return body


@pytest.fixture(scope="module")
def bot(tmp_path_factory: pytest.TempPathFactory) -> Iterator[BotHarness]:
    with BotHarness(tmp_path_factory.mktemp("fuzz") / "bot", auto_answer_channels=[CHANNEL]) as b:
        yield b


@pytest.fixture(autouse=True)
def no_failed_jobs(bot: BotHarness, caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """After each test: every job finished, none died, the server still answers."""
    with caplog.at_level(logging.WARNING):
        yield
        bot.settle()
    died = [r.getMessage() for r in caplog.records if r.name == "bot.slack.runner"]
    assert died == []
    assert http_get(bot.served.port, "/healthz").status == 200


@FUZZ
@given(body=envelopes())
def test_fuzzed_events_never_get_a_500(bot: BotHarness, body: dict[str, Any]) -> None:
    reply = bot.post(json.dumps(body).encode(), content_type="application/json")
    assert reply.status in OK_STATUSES, (reply, json.dumps(body))
    if body.get("type") == "event_callback":
        # An event Slack would retry on anything but 200: acked, or refused as malformed.
        assert reply.status in {200, 400}, (reply, json.dumps(body))


command_fields = {
    "command": st.sampled_from(["/alliance-summary", "/alliance-help", "/alliance-reingest"])
    | st.text(max_size=20),
    "text": texts,
    "user_id": st.sampled_from([USER, ADMIN, ""]) | st.text(max_size=12),
    "channel_id": st.sampled_from([CHANNEL, ""]) | st.text(max_size=12),
    "team_id": st.text(max_size=12),
    "trigger_id": st.text(max_size=12),
    "api_app_id": st.text(max_size=12),
}


@FUZZ
@given(
    form=st.fixed_dictionaries({}, optional=command_fields),
    extra=st.dictionaries(st.text(min_size=1, max_size=10), st.text(max_size=50), max_size=3),
    with_response_url=st.booleans(),
)
def test_fuzzed_slash_commands_never_get_a_500(
    bot: BotHarness, form: dict[str, str], extra: dict[str, str], with_response_url: bool
) -> None:
    fields = {**extra, **form}
    if with_response_url:
        fields["response_url"] = bot.slack.response_url("fuzz")
    body = urlencode(fields).encode()
    reply = bot.post(body, content_type="application/x-www-form-urlencoded")
    assert reply.status in OK_STATUSES, (reply, fields)


action_ids = st.sampled_from([FEEDBACK_UP, FEEDBACK_DOWN, SHARE_SUMMARY, "x"]) | json_values
actions = st.fixed_dictionaries(
    {},
    optional={
        "action_id": action_ids,
        "value": st.sampled_from(["0123456789abcdef", "", "'; DROP TABLE votes; --"]) | json_values,
        "block_id": json_values,
        "type": st.sampled_from(["button", "static_select"]) | json_values,
    },
)


@st.composite
def block_actions(draw: st.DrawFn) -> dict[str, Any]:
    payload: dict[str, Any] = {
        "type": draw(st.sampled_from(["block_actions", "view_submission", "shortcut"]) | scalars),
        "actions": draw(st.lists(actions, max_size=3) | json_values),
        "user": draw(st.fixed_dictionaries({}, optional={"id": json_values}) | json_values),
        "channel": draw(st.fixed_dictionaries({}, optional={"id": json_values}) | json_values),
        "team": draw(json_values),
        "container": draw(json_values),
    }
    drop = draw(st.sets(st.sampled_from(sorted(payload))))
    return {key: value for key, value in payload.items() if key not in drop}


@FUZZ
@given(payload=block_actions(), with_response_url=st.booleans())
def test_fuzzed_block_actions_never_get_a_500(
    bot: BotHarness, payload: dict[str, Any], with_response_url: bool
) -> None:
    if with_response_url:
        payload["response_url"] = bot.slack.response_url("fuzz")
    body = urlencode({"payload": json.dumps(payload)}).encode()
    reply = bot.post(body, content_type="application/x-www-form-urlencoded")
    assert reply.status in OK_STATUSES, (reply, payload)


def test_the_bot_still_answers_normally_after_the_fuzzing(bot: BotHarness) -> None:
    before = len(bot.answers())
    assert bot.event(mention("Who did Geely partner with?", ts="9.000001"), event_id="EvEnd")
    bot.settle()
    assert len(bot.answers()) == before + 1


@pytest.mark.parametrize(
    "response_url", ["", "not a url", "ftp://x/y", "http://[::1", "javascript:alert(1)"]
)
def test_a_command_without_a_usable_response_url_is_refused(
    bot: BotHarness, response_url: str
) -> None:
    fields = {"command": "/alliance-summary", "text": "Geely", "user_id": USER,
              "channel_id": CHANNEL, "response_url": response_url}  # fmt: skip
    body = urlencode(fields).encode()
    assert bot.post(body, content_type="application/x-www-form-urlencoded").status == 400


def test_slacks_ssl_check_is_still_answered(bot: BotHarness) -> None:
    body = urlencode({"ssl_check": "1", "token": "legacy"}).encode()
    assert bot.post(body, content_type="application/x-www-form-urlencoded").status == 200
