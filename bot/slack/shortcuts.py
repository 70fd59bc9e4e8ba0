"""Message shortcut "Ask AllianceBot about this": a message's text becomes the question.

Works on any message (a pasted headline, a colleague's question). The answer goes into that
message's thread, with the usual progress indicator; where the bot may not post (not in the
channel, a DM between people, an archived channel) it is shown only to the user who asked.
"""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.slack.answering import MAX_QUESTION_CHARS
from bot.slack.blocks import split_text
from bot.slack.conversation import plain_text
from bot.slack.delivery import InThread, Privately, Refused, deliver
from bot.slack.deps import BotDeps
from bot.slack.interactions import object_of, user_id_of
from bot.slack.layout import AnswerLayout, layout_answer, notice_layout
from bot.slack.messages import answer_error_text
from bot.slack.status import WorkingIndicator

logger = logging.getLogger(__name__)

ASK_SHORTCUT = "ask_about_message"
NOTHING_TO_ASK = "That message has no text I can look up."


def register_shortcut_listeners(app: App, deps: BotDeps) -> None:
    @app.shortcut(ASK_SHORTCUT)
    def on_ask_about(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        ack()
        message = object_of(body, "message")
        channel = str(object_of(body, "channel").get("id") or "")
        ts = str(message.get("ts") or "")
        user_id = user_id_of(body)
        if not channel or not ts or not user_id:
            return
        place = InThread(client, channel, str(message.get("thread_ts") or ts))
        private = Privately(respond, client, user_id, thread_ts=place.thread_ts)
        # A long message (a pasted article) is asked about by its start.
        text = plain_text(str(message.get("text") or ""))
        question = split_text(text, MAX_QUESTION_CHARS)[0] if text else ""
        deps.runner.submit(
            lambda: answer_about(question, message_ts=ts, place=place, private=private, deps=deps),
            name=f"shortcut {channel}/{ts}",
        )


def answer_about(
    question: str, *, message_ts: str, place: InThread, private: Privately, deps: BotDeps
) -> None:
    if not question:
        _deliver_privately(notice_layout(NOTHING_TO_ASK), private)
        return
    working = WorkingIndicator(
        place.client, channel=place.channel, thread_ts=str(place.thread_ts), message_ts=message_ts
    )
    working.show()
    replied = False
    try:
        layout = _answer(question, deps)
        try:
            deliver(layout, place)
            replied = True
            deps.stores.threads.remember(channel=place.channel, thread_ts=str(place.thread_ts))
        except Refused as refused:
            logger.info("cannot post in %s (%s): answering privately", place.channel, refused.code)
            _deliver_privately(layout, private)
    finally:
        working.clear(replied=replied)


def _answer(question: str, deps: BotDeps) -> AnswerLayout:
    try:
        answer = deps.assistant.ask(question)
        ref = deps.stores.feedback.remember(answer)
    except Exception as error:
        logger.exception("answering a message shortcut failed")
        return notice_layout(answer_error_text(error))
    return layout_answer(answer, ref=ref)


def _deliver_privately(layout: AnswerLayout, private: Privately) -> None:
    try:
        deliver(layout, private)
    except Refused as refused:
        logger.error("the private answer was refused too: %s", refused.code)
