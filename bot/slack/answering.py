"""The answer job, run after the ack: show progress, read the thread, ask, post in thread."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.blocks import SlackMessage, render_answer, render_notice
from bot.slack.conversation import (
    Event,
    history_from_replies,
    is_thread_reply,
    plain_text,
    thread_root,
)
from bot.slack.deps import BotDeps
from bot.slack.messages import ANSWER_ERROR, EMPTY_QUESTION, answer_error_text, question_too_long
from bot.slack.streaming import SlackDraft
from retrieval.models import Turn
from retrieval.reading import drafts

logger = logging.getLogger(__name__)

WORKING_REACTION = "hourglass_flowing_sand"
REPLIES_LIMIT = 200
MAX_QUESTION_CHARS = 2000


@dataclass(frozen=True)
class BotIdentity:
    """Who "we" are in Slack, from the (lazily cached) auth.test result."""

    user_id: str | None
    bot_id: str | None


@dataclass(frozen=True)
class Question:
    """A message to answer and where the answer goes."""

    channel: str
    ts: str
    thread_ts: str
    user: str
    text: str
    is_follow_up: bool

    @classmethod
    def from_event(cls, event: Event) -> Question:
        return cls(
            channel=str(event["channel"]),
            ts=str(event["ts"]),
            thread_ts=thread_root(event),
            user=str(event.get("user") or ""),
            text=str(event.get("text") or ""),
            is_follow_up=is_thread_reply(event),
        )


def answer_question(
    *, client: WebClient, deps: BotDeps, question: Question, me: BotIdentity
) -> None:
    """React, answer (or apologise) in the thread, un-react. Runs on the background pool."""
    _react(client, question, add=True)
    try:
        # A streaming model previews its draft in the thread; the final message replaces it.
        draft = SlackDraft(client, channel=question.channel, thread_ts=question.thread_ts)
        with drafts.listening(draft):
            message = _compose(client=client, deps=deps, question=question, me=me)
        posted = draft.finish(message) if draft.started else _post(client, question, message)
        if posted:
            deps.stores.threads.remember(channel=question.channel, thread_ts=question.thread_ts)
    finally:
        _react(client, question, add=False)


def _compose(
    *, client: WebClient, deps: BotDeps, question: Question, me: BotIdentity
) -> SlackMessage:
    text = plain_text(question.text, bot_user_id=me.user_id)
    if not text:
        return render_notice(EMPTY_QUESTION)
    if len(text) > MAX_QUESTION_CHARS:
        # Slack allows 40,000 characters; searching with all of them costs seconds of CPU
        # and finds nothing a question would. Say so instead.
        return render_notice(question_too_long(len(text), MAX_QUESTION_CHARS))
    try:
        history = _history(client, question, me) if question.is_follow_up else []
        answer = deps.assistant.ask(text, history=history)
        ref = deps.stores.feedback.remember(answer)
    except Exception as error:
        # The traceback goes to the logs; the thread gets a short, specific apology.
        logger.exception("answering failed in %s at %s", question.channel, question.ts)
        return render_notice(answer_error_text(error))
    return render_answer(answer, feedback_ref=ref)


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


def _post(client: WebClient, question: Question, message: SlackMessage) -> bool:
    """Post in the thread; if Slack rejects the blocks, fall back to the friendly error."""
    try:
        _post_message(client, question, message)
        return True
    except SlackApiError:
        logger.exception("posting the answer failed in %s at %s", question.channel, question.ts)
    try:
        _post_message(client, question, render_notice(ANSWER_ERROR))
    except SlackApiError:
        logger.exception("posting the error notice failed too")
    return False


def _post_message(client: WebClient, question: Question, message: SlackMessage) -> None:
    client.chat_postMessage(
        channel=question.channel,
        thread_ts=question.thread_ts,
        text=message.text,
        blocks=message.blocks,
        unfurl_links=False,
        unfurl_media=False,
    )


def _react(client: WebClient, question: Question, *, add: bool) -> None:
    """Show (or clear) "working on it"; a failure here must never cost the answer."""
    try:
        if add:
            client.reactions_add(
                channel=question.channel, timestamp=question.ts, name=WORKING_REACTION
            )
        else:
            client.reactions_remove(
                channel=question.channel, timestamp=question.ts, name=WORKING_REACTION
            )
    except SlackApiError as error:
        logger.warning(
            "reaction %s failed: %s", "add" if add else "remove", error.response.get("error")
        )
