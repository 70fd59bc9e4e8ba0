"""Thin listeners for questions: ack, decide, record the job once, hand it to the pool.

With ``process_before_response=True`` Slack gets its 200 when a listener returns, so a
listener only does millisecond work (writing the job record) and submits the slow part.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App, BoltContext
from slack_sdk import WebClient

from bot.slack.answer_jobs import accept_question
from bot.slack.answering import BotIdentity, Question
from bot.slack.conversation import Event, is_ignorable, should_answer_message
from bot.slack.deps import BotDeps

logger = logging.getLogger(__name__)

ANY = re.compile(".*")


def register_question_listeners(app: App, deps: BotDeps) -> None:
    """app_mention, message (DMs, follow-ups, auto-answer channels), and a catch-all."""

    @app.event("app_mention")
    def on_app_mention(
        ack: Ack,
        body: dict[str, Any],
        event: dict[str, Any],
        client: WebClient,
        context: BoltContext,
    ) -> None:
        ack()
        if not is_ignorable(event):
            start_answer(
                event=event,
                event_id=body.get("event_id"),
                client=client,
                me=identity(context),
                deps=deps,
            )

    @app.event("message")
    def on_message(
        ack: Ack,
        body: dict[str, Any],
        event: dict[str, Any],
        client: WebClient,
        context: BoltContext,
    ) -> None:
        ack()
        handle_message(
            event=event,
            event_id=body.get("event_id"),
            client=client,
            me=identity(context),
            deps=deps,
        )


def register_catch_all(app: App) -> None:
    """Ack what no listener handles: Bolt would answer 404 and Slack would retry it."""

    @app.event(ANY)
    def on_other_event(ack: Ack) -> None:
        ack()

    @app.action(ANY)
    def on_other_action(ack: Ack) -> None:
        ack()


def identity(context: BoltContext) -> BotIdentity:
    return BotIdentity(user_id=context.bot_user_id, bot_id=context.bot_id, team_id=context.team_id)


def handle_message(
    *, event: Event, event_id: str | None, client: WebClient, me: BotIdentity, deps: BotDeps
) -> None:
    """Answer a message event when it is a question for us (see should_answer_message)."""

    def in_bot_thread() -> bool:
        return deps.stores.threads.knows(
            channel=str(event.get("channel")), thread_ts=str(event.get("thread_ts"))
        )

    wanted = should_answer_message(
        event,
        bot_user_id=me.user_id,
        auto_answer_channels=deps.auto_answer_channels,
        in_bot_thread=in_bot_thread,
    )
    if wanted:
        start_answer(event=event, event_id=event_id, client=client, me=me, deps=deps)


def start_answer(
    *, event: Event, event_id: str | None, client: WebClient, me: BotIdentity, deps: BotDeps
) -> bool:
    """Record the job for this message and submit it. Retries and app_mention+message twins
    find it recorded: ignored while it is answered (or being answered by a live worker),
    taken over when the worker that had it died."""
    if not event.get("channel") or not event.get("ts"):
        return False
    question = Question.from_event(event)
    if not accept_question(question=question, me=me, client=client, deps=deps):
        logger.info(
            "already answering %s at %s; delivery %s ignored",
            question.channel,
            question.ts,
            event_id,
        )
        return False
    return True
