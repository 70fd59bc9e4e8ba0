"""Feedback with reasons: Slack's feedback_buttons on every answer, and a 👎 modal asking why.

👍 is stored and thanked. 👎 is stored at once (closing the modal loses nothing) and opens a
modal (``views.open``: wrong company, missing alliance, outdated, bad citation, other, and a
comment); its submission adds the reasons to the vote. Thank-yous are ephemeral and land in
the answer's thread, not at the channel root. ``alliance-bot feedback`` prints the votes.
"""

from __future__ import annotations

import json
import logging
import re
from typing import Any, Literal

from slack_bolt import Ack, App, Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.blocks import FEEDBACK_ACTION, Block, plain
from bot.slack.deps import BotDeps
from bot.slack.interactions import action_value, object_of, user_id_of
from bot.slack.messages import FEEDBACK_THANKS

logger = logging.getLogger(__name__)

REASONS_VIEW = "feedback_reasons"
REF = re.compile(r"^[0-9a-f]{16}$")
REASONS = {
    "wrong_company": "Wrong company",
    "missing_alliance": "Missing alliance",
    "outdated": "Outdated",
    "bad_citation": "Bad citation",
    "other": "Other",
}
MAX_COMMENT_CHARS = 1000
NEEDS_COMMENT = "Please say what was wrong, so that we can fix it."


def register_vote_listeners(app: App, deps: BotDeps) -> None:
    @app.action(FEEDBACK_ACTION)
    def on_feedback(ack: Ack, body: dict[str, Any], client: WebClient, respond: Respond) -> None:
        ack()
        vote, _, ref = action_value(body).partition(":")
        user_id = user_id_of(body)
        if vote not in ("up", "down") or not REF.match(ref):
            logger.warning("feedback click with a malformed value from %s", user_id)
            return
        deps.stores.feedback.record_vote(ref=ref, user_id=user_id, vote=_vote(vote))
        channel, thread_ts = answer_place(body)
        if vote == "down" and ask_reasons(
            client, body, ref=ref, channel=channel, thread_ts=thread_ts
        ):
            return  # thanked when the reasons arrive

        thank_later(respond, deps, thread_ts)

    @app.view(REASONS_VIEW)
    def on_reasons(ack: Ack, body: dict[str, Any], view: dict[str, Any], client: WebClient) -> None:
        reasons, comment = submitted_reasons(view)
        if "other" in reasons and not comment:
            ack(response_action="errors", errors={"comment": NEEDS_COMMENT})
            return
        ack()
        place = _metadata(view)
        user_id = user_id_of(body)
        if place is None or not user_id:
            logger.warning("feedback reasons with malformed metadata from %s", user_id)
            return
        deps.stores.feedback.record_vote(
            ref=place["ref"], user_id=user_id, vote="down", reasons=reasons, comment=comment
        )
        deps.runner.submit(
            lambda: thank_in_thread(client, place["channel"], user_id, place["thread_ts"]),
            name="feedback reasons thanks",
        )


def _vote(value: str) -> Literal["up", "down"]:
    return "up" if value == "up" else "down"


def answer_place(body: dict[str, Any]) -> tuple[str, str | None]:
    """The channel of the clicked answer and the thread it sits in (None at the root)."""
    container = object_of(body, "container")
    message = object_of(body, "message")
    channel = object_of(body, "channel").get("id") or container.get("channel_id") or ""
    thread_ts = message.get("thread_ts") or container.get("thread_ts")
    return str(channel), (str(thread_ts) if thread_ts else None)


def ask_reasons(
    client: WebClient, body: dict[str, Any], *, ref: str, channel: str, thread_ts: str | None
) -> bool:
    """Open the reasons modal; True when it opened. Called in the listener: the trigger id
    expires three seconds after the click, so this cannot wait for the pool."""
    trigger_id = body.get("trigger_id")
    if not isinstance(trigger_id, str) or not trigger_id:
        return False
    try:
        client.views_open(trigger_id=trigger_id, view=reasons_view(ref, channel, thread_ts))
    except SlackApiError as error:
        logger.warning("the feedback modal was refused: %s", error.response.get("error"))
        return False
    return True


def reasons_view(ref: str, channel: str, thread_ts: str | None) -> dict[str, Any]:
    options = [{"text": plain(label), "value": value} for value, label in REASONS.items()]
    blocks: list[Block] = [
        {
            "type": "input",
            "block_id": "reasons",
            "optional": True,
            "label": plain("What was wrong with the answer?"),
            "element": {"type": "checkboxes", "action_id": "picked", "options": options},
        },
        {
            "type": "input",
            "block_id": "comment",
            "optional": True,
            "label": plain("Anything else? (e.g. the alliance that was missing)"),
            "element": {
                "type": "plain_text_input",
                "action_id": "text",
                "multiline": True,
                "max_length": MAX_COMMENT_CHARS,
            },
        },
    ]
    metadata = {"ref": ref, "channel": channel, "thread_ts": thread_ts}
    return {
        "type": "modal",
        "callback_id": REASONS_VIEW,
        "title": plain("What went wrong?"),
        "submit": plain("Send"),
        "close": plain("Skip"),
        "private_metadata": json.dumps(metadata),
        "blocks": blocks,
    }


def submitted_reasons(view: dict[str, Any]) -> tuple[tuple[str, ...], str]:
    """The known reasons ticked, and the comment (trimmed, capped)."""
    values = object_of(object_of(view, "state"), "values")
    picked = object_of(object_of(values, "reasons"), "picked").get("selected_options")
    options = [o for o in picked if isinstance(o, dict)] if isinstance(picked, list) else []
    reasons = tuple(str(o["value"]) for o in options if o.get("value") in REASONS)
    comment = object_of(object_of(values, "comment"), "text").get("value") or ""
    return reasons, str(comment).strip()[:MAX_COMMENT_CHARS]


def _metadata(view: dict[str, Any]) -> dict[str, Any] | None:
    try:
        data = json.loads(str(view.get("private_metadata") or ""))
    except ValueError:
        return None
    if not isinstance(data, dict) or not REF.match(str(data.get("ref", ""))):
        return None
    return data


def thank_later(respond: Respond, deps: BotDeps, thread_ts: str | None) -> None:
    """Thank the voter privately in the answer's thread, from the pool (an HTTP call the
    click's ack must not wait for)."""

    def thank() -> None:
        respond(
            text=FEEDBACK_THANKS,
            response_type="ephemeral",
            replace_original=False,
            thread_ts=thread_ts,
        )

    deps.runner.submit(thank, name="feedback thanks")


def thank_in_thread(client: WebClient, channel: str, user_id: str, thread_ts: str | None) -> None:
    if not channel:
        return
    try:
        client.chat_postEphemeral(
            channel=channel, user=user_id, text=FEEDBACK_THANKS, thread_ts=thread_ts
        )
    except SlackApiError as error:
        logger.warning("the feedback thank-you was refused: %s", error.response.get("error"))
