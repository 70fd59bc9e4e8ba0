"""Reading interaction payloads (clicks, view submissions, shortcuts) without trusting shapes.

bot.slack.payloads refuses the shapes Slack never sends for the payloads it checks; these
readers also cover the others (a view submission, a shortcut), so a signed but odd payload
gets a quiet no-op, never a 500.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def user_id_of(body: Mapping[str, Any]) -> str:
    """Who acted: ``user.id`` (or ``user`` as a bare id); "" when absent."""
    user = body.get("user")
    found = user.get("id") if isinstance(user, Mapping) else user
    return found if isinstance(found, str) else ""


def action_value(body: Mapping[str, Any]) -> str:
    """The first action's value; "" when absent."""
    actions = body.get("actions")
    first = actions[0] if isinstance(actions, list) and actions else None
    value = first.get("value") if isinstance(first, Mapping) else None
    return value if isinstance(value, str) else ""


def object_of(body: Mapping[str, Any], name: str) -> Mapping[str, Any]:
    """``body[name]`` when it is an object, else an empty one."""
    value = body.get(name)
    return value if isinstance(value, Mapping) else {}
