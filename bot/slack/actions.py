"""Button clicks: 👍/👎 feedback and "Share to channel" on an ephemeral summary."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from typing import Any, Literal

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.slack.blocks import FEEDBACK_DOWN, FEEDBACK_UP, SHARE_SUMMARY
from bot.slack.delivery import InThread, Refused, deliver
from bot.slack.deps import BotDeps
from bot.slack.layout import layout_answer
from bot.slack.messages import (
    SHARE_EXPIRED,
    SHARE_NOT_IN_CHANNEL,
    SHARED,
    SUMMARY_ERROR,
)
from bot.slack.votes import thank_later
from retrieval.models import Answer

logger = logging.getLogger(__name__)

FEEDBACK_ACTIONS = re.compile(f"^({FEEDBACK_UP}|{FEEDBACK_DOWN})$")
REF = re.compile(r"^[0-9a-f]{16}$")
NOT_POSTABLE = frozenset({"not_in_channel", "channel_not_found", "is_archived"})


def register_action_listeners(app: App, deps: BotDeps) -> None:
    @app.action(FEEDBACK_ACTIONS)
    def on_feedback(
        ack: Ack, body: dict[str, Any], action: dict[str, Any], respond: Respond
    ) -> None:
        ack()
        user_id = id_of(body.get("user"))
        if not user_id:
            logger.warning("feedback click without a user id; ignored")
            return
        vote: Literal["up", "down"] = "up" if action.get("action_id") == FEEDBACK_UP else "down"
        handle_feedback(
            ref=str(action.get("value", "")),
            user_id=user_id,
            vote=vote,
            respond=respond,
            deps=deps,
            thread_ts=(body.get("message") or {}).get("thread_ts"),
        )

    @app.action(SHARE_SUMMARY)
    def on_share(
        ack: Ack, body: dict[str, Any], action: dict[str, Any], client: WebClient, respond: Respond
    ) -> None:
        ack()
        ref = str(action.get("value", ""))
        channel = id_of(body.get("channel"))
        user_id = id_of(body.get("user"))
        deps.runner.submit(
            lambda: share_summary(
                ref=ref, channel=channel, user_id=user_id, client=client, respond=respond, deps=deps
            ),
            name=f"share {ref}",
        )


def id_of(value: object) -> str:
    """The id of a Slack object (``{"id": ...}``), or of a bare id string; "" otherwise.

    The HTTP guard refuses clicks whose ``user`` is not an object, but Socket Mode payloads
    reach the listeners unchecked: a wrong type must not raise here."""
    if isinstance(value, dict):
        value = value.get("id")
    return value if isinstance(value, str) else ""


def handle_feedback(
    *,
    ref: str,
    user_id: str,
    vote: Literal["up", "down"],
    respond: Respond,
    deps: BotDeps,
    thread_ts: str | None = None,
) -> None:
    """Store the vote now (milliseconds), thank the user in the answer's thread from the pool
    (an HTTP call). These are the buttons of answers posted before feedback_buttons."""
    if not REF.match(ref):
        logger.warning("feedback click with a malformed reference from %s", user_id)
        return
    deps.stores.feedback.record_vote(ref=ref, user_id=user_id, vote=vote)
    thank_later(respond, deps, thread_ts)


def summary_title(answer: Answer) -> str:
    topic = answer.question.strip()
    return f"Alliance summary: {topic}" if topic else "Alliance summary"


def share_summary(
    *,
    ref: str,
    channel: str,
    user_id: str,
    client: WebClient,
    respond: Respond,
    deps: BotDeps,
    title_of: Callable[[Answer], str] = summary_title,
) -> None:
    """Post a stored answer to the channel for everyone (page 1 at the root, later pages in
    its thread), then retire the ephemeral copy."""
    answer = deps.stores.feedback.recall(ref) if REF.match(ref) else None
    if answer is None or not channel:
        respond(text=SHARE_EXPIRED, response_type="ephemeral", replace_original=False)
        return
    layout = layout_answer(answer, ref=ref, title=title_of(answer), shared_by=user_id)
    try:
        deliver(layout, InThread(client, channel))
    except Refused as error:
        code = error.code
        if code in NOT_POSTABLE:
            respond(text=SHARE_NOT_IN_CHANNEL, response_type="ephemeral", replace_original=False)
            return
        logger.exception("sharing summary %s to %s failed", ref, channel)
        respond(text=SUMMARY_ERROR, response_type="ephemeral", replace_original=False)
        return
    respond(text=SHARED, response_type="ephemeral", replace_original=True)
