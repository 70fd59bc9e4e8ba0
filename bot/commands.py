"""``/alliance-summary`` and ``/alliance-help``."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, Respond

from bot.actions import summary_title
from bot.blocks import render_answer
from bot.conversation import plain_text
from bot.deps import BotDeps
from bot.messages import HELP, SUMMARY_ERROR, SUMMARY_WORKING

logger = logging.getLogger(__name__)

SUMMARY_COMMAND = "/alliance-summary"
HELP_COMMAND = "/alliance-help"


def register_command_listeners(app: App, deps: BotDeps) -> None:
    @app.command(SUMMARY_COMMAND)
    def on_summary(ack: Ack, command: dict[str, Any], respond: Respond) -> None:
        ack(text=SUMMARY_WORKING)
        topic = plain_text(str(command.get("text") or "")) or None
        deps.runner.submit(
            lambda: post_summary(topic=topic, respond=respond, deps=deps), name=f"summary {topic!r}"
        )

    @app.command(HELP_COMMAND)
    def on_help(ack: Ack) -> None:
        ack(text=HELP, response_type="ephemeral")


def post_summary(*, topic: str | None, respond: Respond, deps: BotDeps) -> None:
    """Summarise, then show it only to the caller with a "Share to channel" button."""
    try:
        answer = deps.assistant.summarize(topic)
        ref = deps.stores.feedback.remember(answer)
    except Exception:
        logger.exception("summary of %r failed", topic)
        respond(text=SUMMARY_ERROR, response_type="ephemeral", replace_original=False)
        return
    message = render_answer(
        answer,
        feedback_ref=ref,
        share_ref=ref if answer.answered else None,
        title=summary_title(answer),
    )
    respond(
        text=message.text, blocks=message.blocks, response_type="ephemeral", replace_original=False
    )
