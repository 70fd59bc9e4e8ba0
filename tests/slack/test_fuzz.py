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
from bot.slack.payloads import MAX_DEPTH
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


# -- nesting depth ---------------------------------------------------------------------------


def nested(depth: int, kind: str) -> Any:
    value: Any = "leaf"
    for _ in range(depth):
        value = [value] if kind == "list" else {"k": value}
    return value


def raw_nested(depth: int) -> str:
    """JSON text nested `depth` levels (built as text: json.dumps itself would recurse)."""
    return "[" * depth + "1" + "]" * depth


@FUZZ
@given(
    depth=st.integers(min_value=1, max_value=200) | st.sampled_from([2_000, 50_000]),
    kind=st.sampled_from(["list", "dict"]),
    where=st.sampled_from(["event.blocks", "event.files", "top", "click.value", "click.state"]),
)
def test_deeply_nested_bodies_get_a_400_never_a_500(
    bot: BotHarness, depth: int, kind: str, where: str
) -> None:
    placeholder = '"__NESTED__"'
    inner = raw_nested(depth) if kind == "list" else json.dumps(nested(min(depth, 500), kind))
    if where.startswith("click."):
        payload = click_payload(SHARE_SUMMARY, response_url=bot.slack.response_url("deep"))
        if where == "click.value":
            payload["actions"][0]["value"] = "__NESTED__"
        else:
            payload["state"] = "__NESTED__"
        text = json.dumps(payload).replace(placeholder, inner)
        reply = bot.post(
            urlencode({"payload": text}).encode(), content_type="application/x-www-form-urlencoded"
        )
    else:
        body = envelope(mention("Who did Geely partner with?", ts="3.000001"), event_id="EvDeep")
        if where == "top":
            body["extra"] = "__NESTED__"
        else:
            body["event"][where.split(".")[1]] = "__NESTED__"
        text = json.dumps(body).replace(placeholder, inner)
        reply = bot.post(text.encode(), content_type="application/json")
    effective = depth if kind == "list" else min(depth, 500)
    # The payload's own structure adds up to four levels around the nested value.
    if effective > MAX_DEPTH:
        assert reply.status == 400, (reply, where, depth)
    else:
        assert reply.status in {200, 400}, (reply, where, depth)


# -- type swaps of every field a listener (or Bolt, before it) reads ---------------------------

# Every field the question, command and click listeners read, and those Bolt reads to route
# and authorize a request. A swap puts a value of another JSON type there.
EVENT_PATHS = [
    "type", "event_id", "team_id", "api_app_id", "authorizations", "event_time",
    "enterprise_id", "is_ext_shared_channel", "event", "event.type", "event.channel",
    "event.ts", "event.user", "event.text", "event.thread_ts", "event.subtype", "event.bot_id",
    "event.bot_profile", "event.hidden", "event.channel_type", "event.event_ts", "event.team",
]  # fmt: skip
CLICK_PATHS = [
    "type", "user", "user.id", "channel", "channel.id", "team", "team.id", "api_app_id",
    "actions", "actions.0", "actions.0.action_id", "actions.0.value", "actions.0.block_id",
    "response_url", "container", "container.channel_id", "container.is_ephemeral",
    "trigger_id", "message", "enterprise", "is_enterprise_install",
]  # fmt: skip


def click_payload(action_id: str, *, response_url: str) -> dict[str, Any]:
    return {
        "type": "block_actions",
        "user": {"id": USER, "username": "someone", "team_id": "T0TEST"},
        "api_app_id": "A0TEST",
        "team": {"id": "T0TEST", "domain": "test"},
        "channel": {"id": CHANNEL, "name": "general"},
        "container": {"type": "message", "channel_id": CHANNEL, "is_ephemeral": True},
        "trigger_id": "1.2.3",
        "response_url": response_url,
        "actions": [
            {
                "action_id": action_id,
                "block_id": "b",
                "value": "0123456789abcdef",
                "type": "button",
                "action_ts": "1.2",
            }
        ],
    }


# Values by JSON type; ids among the strings: a bare id where Slack sends an object is the
# likeliest wrong shape.
VALUES_BY_TYPE: dict[str, st.SearchStrategy[Any]] = {
    "NoneType": st.none(),
    "bool": st.booleans(),
    "number": st.integers(min_value=-(2**63), max_value=2**63)
    | st.floats(allow_nan=False, allow_infinity=False),
    "str": st.sampled_from([USER, CHANNEL, "T0TEST", "block_actions", ""]) | st.text(max_size=10),
    "list": st.lists(scalars, max_size=2),
    "dict": st.dictionaries(st.text(max_size=5), scalars, max_size=2),
}


def json_type(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return "number"
    return type(value).__name__


def other_type(draw: st.DrawFn, old: Any) -> Any:
    """A value whose JSON type is not `old`'s, each other type equally likely."""
    kind = draw(st.sampled_from(sorted(set(VALUES_BY_TYPE) - {json_type(old)})))
    return draw(VALUES_BY_TYPE[kind])


def locate(body: Any, path: list[str]) -> Any:
    """The list or object at `path` in `body`, or None when an earlier swap removed it."""
    for part in path:
        if isinstance(body, dict):
            body = body.get(part)
        elif isinstance(body, list) and part.isdigit() and int(part) < len(body):
            body = body[int(part)]
        else:
            return None
    return body if isinstance(body, dict | list) else None


def swap(draw: st.DrawFn, body: dict[str, Any], path: str) -> None:
    """Put a value of another JSON type at `path` (if an earlier swap left it reachable)."""
    *parents, last = path.split(".")
    container = locate(body, parents)
    if isinstance(container, dict):
        container[last] = other_type(draw, container.get(last))
    elif isinstance(container, list) and last.isdigit() and int(last) < len(container):
        container[int(last)] = other_type(draw, container[int(last)])


@st.composite
def swapped(draw: st.DrawFn, base: dict[str, Any], path: str, paths: list[str]) -> dict[str, Any]:
    """`base` with `path`, and maybe one or two more of `paths`, of another JSON type."""
    body: dict[str, Any] = json.loads(json.dumps(base))
    swap(draw, body, path)
    for other in draw(st.lists(st.sampled_from(paths), max_size=2, unique=True)):
        swap(draw, body, other)
    return body


def mention_body() -> dict[str, Any]:
    return envelope(mention("Who did Geely partner with?", ts="4.000001"), event_id="EvSwap")


def dm_body() -> dict[str, Any]:
    event = {
        "type": "message",
        "user": USER,
        "text": "Who did Geely partner with?",
        "ts": "4.000002",
        "channel": "D0DM",
        "channel_type": "im",
        "event_ts": "4.000002",
    }
    return envelope(event, event_id="EvSwapDm")


# Each field is swapped in every test run (parametrized), into each other JSON type.
SWAPS = settings(FUZZ, max_examples=12)


@pytest.mark.parametrize("path", EVENT_PATHS)
@SWAPS
@given(data=st.data(), kind=st.sampled_from(["mention", "dm"]))
def test_events_with_a_field_of_the_wrong_type_never_get_a_500(
    bot: BotHarness, path: str, data: st.DataObject, kind: str
) -> None:
    base = mention_body() if kind == "mention" else dm_body()
    body = data.draw(swapped(base, path, EVENT_PATHS))
    reply = bot.post(json.dumps(body).encode(), content_type="application/json")
    assert reply.status in OK_STATUSES, (reply, json.dumps(body))


@pytest.mark.parametrize("path", CLICK_PATHS)
@SWAPS
@given(data=st.data(), action_id=st.sampled_from([FEEDBACK_UP, FEEDBACK_DOWN, SHARE_SUMMARY]))
def test_clicks_with_a_field_of_the_wrong_type_never_get_a_500(
    bot: BotHarness, path: str, data: st.DataObject, action_id: str
) -> None:
    base = click_payload(action_id, response_url=bot.slack.response_url("swap"))
    payload = data.draw(swapped(base, path, CLICK_PATHS))
    body = urlencode({"payload": json.dumps(payload)}).encode()
    reply = bot.post(body, content_type="application/x-www-form-urlencoded")
    assert reply.status in OK_STATUSES, (reply, payload)


@pytest.mark.parametrize("action_id", [FEEDBACK_UP, SHARE_SUMMARY])
@pytest.mark.parametrize("user", [USER, ["U1"], 7])
def test_a_click_whose_user_is_not_an_object_is_refused(
    bot: BotHarness, action_id: str, user: Any
) -> None:
    payload = click_payload(action_id, response_url=bot.slack.response_url("user"))
    payload["user"] = user
    body = urlencode({"payload": json.dumps(payload)}).encode()
    assert bot.post(body, content_type="application/x-www-form-urlencoded").status == 400


@pytest.mark.parametrize("depth", [65, 1_000, 100_000])
def test_a_signed_body_of_nothing_but_brackets_is_refused(bot: BotHarness, depth: int) -> None:
    assert bot.post(raw_nested(depth).encode(), content_type="application/json").status == 400
    body = urlencode({"payload": raw_nested(depth)}).encode()
    assert bot.post(body, content_type="application/x-www-form-urlencoded").status == 400


@pytest.mark.parametrize("action", [{}, {"value": "0123456789abcdef"}, {"action_id": 7}])
def test_a_click_whose_action_has_no_action_id_is_refused(
    bot: BotHarness, action: dict[str, Any]
) -> None:
    """Found by the type-swap fuzzing: Bolt's matcher reads action["action_id"] (500)."""
    payload = click_payload(FEEDBACK_UP, response_url=bot.slack.response_url("noid"))
    payload["actions"] = [action]
    body = urlencode({"payload": json.dumps(payload)}).encode()
    assert bot.post(body, content_type="application/x-www-form-urlencoded").status == 400
