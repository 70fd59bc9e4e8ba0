"""The answer job, run after the ack: show progress, read the thread, ask, post in thread.

Progress is Slack's thread status (or a ⏳ reaction where refused, bot.slack.status); a
model's draft streams natively (bot.slack.streaming); the answer is laid out to fit
(bot.slack.layout) and delivered page by page, simpler when Slack refuses a shape
(bot.slack.delivery).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.agent import title_thread
from bot.slack.conversation import (
    Event,
    history_from_replies,
    is_thread_reply,
    plain_text,
    thread_root,
)
from bot.slack.delivery import InThread, Refused, deliver
from bot.slack.deps import BotDeps
from bot.slack.layout import AnswerLayout, layout_answer, notice_layout
from bot.slack.messages import ANSWER_ERROR, EMPTY_QUESTION, answer_error_text, question_too_long
from bot.slack.status import WorkingIndicator
from bot.slack.streaming import SlackStream
from retrieval.models import Answer, Turn
from retrieval.reading import drafts

logger = logging.getLogger(__name__)

REPLIES_LIMIT = 200
MAX_QUESTION_CHARS = 2000


@dataclass(frozen=True)
class BotIdentity:
    """Who "we" are in Slack, from the (lazily cached) auth.test result."""

    user_id: str | None
    bot_id: str | None
    team_id: str | None = None  # the workspace the event came from (stream recipients)


@dataclass(frozen=True)
class Question:
    """A message to answer and where the answer goes."""

    channel: str
    ts: str
    thread_ts: str
    user: str
    text: str
    is_follow_up: bool
    channel_type: str = ""

    @classmethod
    def from_event(cls, event: Event) -> Question:
        return cls(
            channel=str(event["channel"]),
            ts=str(event["ts"]),
            thread_ts=thread_root(event),
            user=str(event.get("user") or ""),
            text=str(event.get("text") or ""),
            is_follow_up=is_thread_reply(event),
            channel_type=str(event.get("channel_type") or ""),
        )


@dataclass(frozen=True)
class Reply:
    """What to post: the layout, and the answer it shows (None for notices)."""

    layout: AnswerLayout
    answer: Answer | None = None


def answer_question(
    *, client: WebClient, deps: BotDeps, question: Question, me: BotIdentity
) -> None:
    """Show progress, answer (or apologise) in the thread, clear progress. Runs on the pool."""
    working = WorkingIndicator(
        client, channel=question.channel, thread_ts=question.thread_ts, message_ts=question.ts
    )
    working.show()
    replied = False
    try:
        if question.channel_type == "im" and not deps.stores.threads.knows(
            channel=question.channel, thread_ts=question.thread_ts
        ):
            title_thread(
                client,
                channel=question.channel,
                thread_ts=question.thread_ts,
                question=plain_text(question.text, bot_user_id=me.user_id),
            )
        # A streaming model shows its draft in the thread; the checked answer replaces it.
        stream = SlackStream(
            client,
            channel=question.channel,
            thread_ts=question.thread_ts,
            user_id=question.user,
            team_id=me.team_id,
        )
        with drafts.listening(stream, on_stage=stream.stage):
            reply = _compose(client=client, deps=deps, question=question, me=me)
        # A draft that cannot be replaced is deleted; the answer is then posted anew.
        replied = stream.started and stream.finish(reply.answer, reply.layout)
        replied = replied or post_reply(client, question, reply.layout)
        if replied:
            deps.stores.threads.remember(channel=question.channel, thread_ts=question.thread_ts)
    finally:
        working.clear(replied=replied)


def _compose(*, client: WebClient, deps: BotDeps, question: Question, me: BotIdentity) -> Reply:
    text = plain_text(question.text, bot_user_id=me.user_id)
    if not text:
        return Reply(notice_layout(EMPTY_QUESTION))
    if len(text) > MAX_QUESTION_CHARS:
        # Slack allows 40,000 characters; searching with all of them costs seconds of CPU
        # and finds nothing a question would. Say so instead.
        return Reply(notice_layout(question_too_long(len(text), MAX_QUESTION_CHARS)))
    try:
        history = _history(client, question, me) if question.is_follow_up else []
        answer = deps.assistant.ask(text, history=history)
        ref = deps.stores.feedback.remember(answer)
    except Exception as error:
        # The traceback goes to the logs; the thread gets a short, specific apology.
        logger.exception("answering failed in %s at %s", question.channel, question.ts)
        return Reply(notice_layout(answer_error_text(error)))
    return Reply(layout_answer(answer, ref=ref), answer)


def _history(client: WebClient, question: Question, me: BotIdentity) -> list[Turn]:
    """Earlier turns of the thread; without them (API error) we still answer, and log why."""
    try:
        response = client.conversations_replies(
            channel=question.channel, ts=question.thread_ts, limit=REPLIES_LIMIT
        )
    except SlackApiError:
        logger.warning(
            "could not read thread %s/%s", question.channel, question.thread_ts, exc_info=True
        )
        return []
    messages: list[dict[str, Any]] = response.get("messages") or []
    return history_from_replies(
        messages, before_ts=question.ts, bot_user_id=me.user_id, bot_id=me.bot_id
    )


def post_reply(client: WebClient, question: Question, layout: AnswerLayout) -> bool:
    """Post in the thread. A shape Slack refuses is sent simpler (delivery); only when the
    thread itself is refused (not in channel, archived...) is the short apology tried."""
    try:
        deliver(layout, InThread(client, question.channel, question.thread_ts))
        return True
    except Refused as refused:
        logger.error(
            "posting the answer in %s at %s failed: %s", question.channel, question.ts, refused.code
        )
    try:
        deliver(notice_layout(ANSWER_ERROR), InThread(client, question.channel, question.thread_ts))
    except Refused:
        logger.exception("posting the error notice failed too")
    return False
