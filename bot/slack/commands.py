"""``/alliance-summary`` and ``/alliance-help``."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.slack.actions import summary_title
from bot.slack.blocks import SHARE_SUMMARY
from bot.slack.conversation import plain_text
from bot.slack.deps import BotDeps
from bot.slack.messages import HELP, SUMMARY_WORKING, summary_error_text
from bot.slack.pictures import send_alliance_picture
from bot.slack.private import show_privately

logger = logging.getLogger(__name__)

SUMMARY_COMMAND = "/alliance-summary"
HELP_COMMAND = "/alliance-help"


def register_command_listeners(app: App, deps: BotDeps) -> None:
    @app.command(SUMMARY_COMMAND)
    def on_summary(ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient) -> None:
        ack(text=SUMMARY_WORKING)
        topic = plain_text(str(command.get("text") or "")) or None
        user_id = str(command.get("user_id") or "")
        deps.runner.submit(
            lambda: post_summary(
                topic=topic, respond=respond, deps=deps, client=client, user_id=user_id
            ),
            name=f"summary {topic!r}",
        )

    @app.command(HELP_COMMAND)
    def on_help(ack: Ack) -> None:
        ack(text=HELP, response_type="ephemeral")


def post_summary(
    *,
    topic: str | None,
    respond: Respond,
    deps: BotDeps,
    client: WebClient,
    user_id: str,
) -> None:
    """Summarise, show it only to the caller with a "Share to channel" button, then send
    them the alliance picture by DM."""
    answer = show_privately(
        lambda: deps.assistant.summarize(topic),
        what=f"summary of {topic!r}",
        respond=respond,
        client=client,
        user_id=user_id,
        deps=deps,
        share_action=SHARE_SUMMARY,
        title_of=summary_title,
        error_text=summary_error_text,
    )
    if answer is not None and answer.answered and user_id:
        try:
            send_alliance_picture(
                topic=topic, user_id=user_id, client=client, assistant=deps.assistant
            )
        except Exception:
            # The summary is already delivered; a picture that cannot be drawn or loaded
            # must not turn it into an error.
            logger.exception("alliance picture for %r failed", topic)
