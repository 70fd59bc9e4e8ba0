"""The shape a signed Slack payload must have before Bolt and our listeners see it.

Bolt trusts payload shapes: an ``event`` that is not an object, a ``user`` that is a list or
an ``actions`` entry that is a string raise inside its middleware, which answers 500 (and
Slack retries a 500). Slack itself never sends such bodies, so the HTTP guard rejects them
with 400 here, and everything downstream may rely on the documented types.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from urllib.parse import urlparse

# Events our listeners read, and their fields that Slack always sends as strings (other
# event types may carry objects under the same names, e.g. user_change's "user").
ANSWERED_EVENTS = frozenset({"app_mention", "message"})
EVENT_TEXT_FIELDS = (
    "type", "channel", "ts", "user", "text", "thread_ts", "subtype", "bot_id", "channel_type",
)  # fmt: skip
# Top-level fields Bolt reads as an object, or as an id string.
OBJECT_OR_ID_FIELDS = ("team", "user", "channel", "enterprise")
OBJECT_FIELDS = ("view", "message", "previous_message", "container", "item", "assistant_thread")
LIST_OF_OBJECT_FIELDS = ("authorizations", "actions")
# A form body is a slash command, an interaction (parsed from payload=), or Slack's SSL check.
FORM_KINDS = frozenset({"command", "type", "ssl_check"})
# Slack's deepest payloads (rich text inside blocks inside a message inside a view) nest
# about a dozen levels; far deeper bodies only exist to exhaust a recursive parser.
MAX_DEPTH = 64


class BadPayload(ValueError):
    """The payload does not have the shape Slack documents; the message says which part."""


def check_payload(body: Mapping[str, Any], *, form: bool) -> None:
    """Raise BadPayload unless `body` (a parsed request body) is shaped as Slack sends it."""
    if nesting_depth(body) > MAX_DEPTH:
        raise BadPayload(f"nested more than {MAX_DEPTH} levels deep")
    if form and not FORM_KINDS & body.keys():
        raise BadPayload("a form body that is neither a slash command nor a payload")
    if not form and not isinstance(body.get("type"), str):
        raise BadPayload("a JSON body without a type")  # Bolt cannot route it
    _expect(body, "type", str)
    _expect(body, "command", str)
    for name in OBJECT_OR_ID_FIELDS:
        _expect(body, name, (dict, str))
    for name in OBJECT_FIELDS:
        _expect(body, name, dict)
    for name in LIST_OF_OBJECT_FIELDS:
        items = body.get(name)
        if name in body and not (
            isinstance(items, list) and all(isinstance(item, dict) for item in items)
        ):
            raise BadPayload(f"{name} must be a list of objects")
    for action in body.get("actions") or []:
        _expect(action, "action_id", str)
    _check_event(body)
    if "command" in body:
        _check_reply_path(body, "a slash command", id_field="user_id")
    if body.get("type") == "block_actions":
        _check_click(body)


def _check_click(body: Mapping[str, Any]) -> None:
    """A button click: the user (and any channel) as objects, never bare ids; actions that
    each name their action_id (Bolt's matcher reads it unguarded)."""
    _expect(body, "user", dict)
    _expect(body, "channel", dict)
    _check_reply_path(body, "a button click", id_field="user")
    if not body.get("actions"):
        raise BadPayload("a button click without actions")
    if not all(isinstance(action.get("action_id"), str) for action in body["actions"]):
        raise BadPayload("a button click whose action has no action_id")


def nesting_depth(value: object) -> int:
    """How deeply lists and objects nest in `value` (a scalar is 0), without recursion."""
    deepest = 0
    stack: list[tuple[object, int]] = [(value, 0)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            children: list[object] = list(item.values())
        elif isinstance(item, list):
            children = item
        else:
            continue
        deepest = max(deepest, depth + 1)
        if deepest > MAX_DEPTH:
            return deepest  # enough to refuse it; no need to walk the rest
        stack.extend((child, depth + 1) for child in children)
    return deepest


def _check_reply_path(body: Mapping[str, Any], what: str, *, id_field: str) -> None:
    """Who acted and where to answer: Slack always sends both with commands and clicks."""
    who = body.get(id_field)
    if isinstance(who, dict):
        who = who.get("id")
    if not isinstance(who, str) or not who:
        raise BadPayload(f"{what} without a user id")
    if not _is_http_url(body.get("response_url")):
        raise BadPayload(f"{what} without an http(s) response_url")


def _is_http_url(value: object) -> bool:
    if not isinstance(value, str):
        return False
    try:
        parsed = urlparse(value)
        return parsed.scheme in {"http", "https"} and bool(parsed.hostname)
    except ValueError:  # e.g. an unbalanced "[" in the host
        return False


def _check_event(body: Mapping[str, Any]) -> None:
    if (body.get("type") == "event_callback") != ("event" in body):
        raise BadPayload("an event belongs in an event_callback, and only there")
    if "event" not in body:
        return
    event = body["event"]
    if not isinstance(event, dict) or not isinstance(event.get("type"), str):
        raise BadPayload("event must be an object with a type")
    if event["type"] in ANSWERED_EVENTS:
        for name in EVENT_TEXT_FIELDS:
            _expect(event, name, str)


def _expect(container: Mapping[str, Any], name: str, kinds: type | tuple[type, ...]) -> None:
    """`name` is absent, null, or of one of `kinds`."""
    value = container.get(name)
    if value is not None and not isinstance(value, kinds):
        raise BadPayload(f"{name} has the wrong type ({type(value).__name__})")
