"""``/alliance-ask QUESTION``: an answer only the asker sees, with a "Share to channel" button."""

from __future__ import annotations

import logging
from typing import Any

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient

from bot.slack.actions import share_summary
from bot.slack.answering import MAX_QUESTION_CHARS
from bot.slack.conversation import plain_text
from bot.slack.deps import BotDeps
from bot.slack.interactions import action_value, object_of, user_id_of
from bot.slack.messages import answer_error_text, question_too_long
from bot.slack.private import show_privately
from retrieval.models import Answer

logger = logging.getLogger(__name__)

ASK_COMMAND = "/alliance-ask"
SHARE_ANSWER = "share_answer"
ASK_USAGE = (
    "Put the question after the command, e.g. "
    "`/alliance-ask Which companies has Geely partnered with?` Only you will see the answer."
)
ASK_WORKING = "Looking that up… only you will see the answer."


def register_ask_listeners(app: App, deps: BotDeps) -> None:
    @app.command(ASK_COMMAND)
    def on_ask(ack: Ack, command: dict[str, Any], respond: Respond, client: WebClient) -> None:
        question = plain_text(str(command.get("text") or ""))
        if not question:
            ack(text=ASK_USAGE, response_type="ephemeral")
            return
        if len(question) > MAX_QUESTION_CHARS:
            ack(
                text=question_too_long(len(question), MAX_QUESTION_CHARS), response_type="ephemeral"
            )
            return
        ack(text=ASK_WORKING, response_type="ephemeral")
        user_id = str(command.get("user_id") or "")
        deps.runner.submit(
            lambda: answer_privately(
                question=question, respond=respond, client=client, user_id=user_id, deps=deps
            ),
            name=f"ask {user_id}",
        )

    @app.action(SHARE_ANSWER)
    def on_share(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        ack()
        ref = action_value(body)
        channel = str(object_of(body, "channel").get("id") or "")
        user_id = user_id_of(body)
        deps.runner.submit(
            lambda: share_summary(
                ref=ref,
                channel=channel,
                user_id=user_id,
                client=client,
                respond=respond,
                deps=deps,
                title_of=question_title,
            ),
            name=f"share answer {ref}",
        )


def question_title(answer: Answer) -> str:
    return answer.question.strip() or "AllianceBot answer"


def answer_privately(
    *, question: str, respond: Respond, client: WebClient, user_id: str, deps: BotDeps
) -> None:
    """Answer, and show it only to the asker, with a Share button when it is an answer."""
    show_privately(
        lambda: deps.assistant.ask(question),
        what="/alliance-ask",
        respond=respond,
        client=client,
        user_id=user_id,
        deps=deps,
        share_action=SHARE_ANSWER,
        title_of=question_title,
        error_text=answer_error_text,
    )
