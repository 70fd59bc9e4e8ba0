""" "Show all sources": every source of an answer in a modal, or as a file when too many.

The button carries the stored answer's reference. The modal opens in the listener itself
(``views.open``; the click's trigger id expires after three seconds). It lists each source
with its quote when that fits in a modal (100 blocks, and the same text budget as a
message), else each source on one line (title, date, link); a list longer still goes to the
user's DM as a text file, and the modal says so.
"""

from __future__ import annotations

import logging
import re
from typing import Any

from slack_bolt import Ack, App
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.blocks import Block, context, escape_mrkdwn, plain, section, source_line, truncate
from bot.slack.delivery import Refused, slack_call, upload
from bot.slack.deps import BotDeps
from bot.slack.interactions import action_value, user_id_of
from bot.slack.layout import SOURCES_ACTION, TEXT_BUDGET, fits, sources_file
from retrieval.models import Answer

logger = logging.getLogger(__name__)

REF = re.compile(r"^[0-9a-f]{16}$")
MAX_VIEW_BLOCKS = 100
GONE = "Sorry, that answer is no longer available. Ask again to see its sources."


def register_sources_listener(app: App, deps: BotDeps) -> None:
    @app.action(SOURCES_ACTION)
    def on_show_sources(ack: Ack, body: dict[str, Any], client: WebClient) -> None:
        ack()
        ref = action_value(body)
        user_id = user_id_of(body)
        answer = deps.stores.feedback.recall(ref) if REF.match(ref) else None
        view = sources_view(answer) if answer else notice_view(GONE)
        as_file = view is None
        if view is None:
            view = notice_view(
                f"This answer cites {len(answer.citations) if answer else 0} sources, too many "
                "for this window: I have sent you the list as a file in our DM."
            )
        try:
            client.views_open(trigger_id=str(body.get("trigger_id") or ""), view=view)
        except SlackApiError as error:
            logger.warning("the sources modal was refused: %s", error.response.get("error"))
            as_file = answer is not None
        if as_file and answer is not None:
            deps.runner.submit(
                lambda: send_sources_file(client, user_id, answer), name=f"sources {ref}"
            )


def sources_view(answer: Answer) -> dict[str, Any] | None:
    """A modal listing every source (with quotes when they fit), or None: use a file."""
    cited = sorted(answer.citations, key=lambda c: c.number)
    intro = context(f"{len(cited)} sources for “{escape_mrkdwn(truncate(answer.question, 200))}”")
    for quote in (True, False):
        blocks: list[Block] = [intro, *(section(source_line(c, quote=quote)) for c in cited)]
        if fits(blocks, budget=TEXT_BUDGET, max_blocks=MAX_VIEW_BLOCKS):
            return _modal("Sources", blocks)
    return None


def notice_view(text: str) -> dict[str, Any]:
    return _modal("Sources", [section(text)])


def _modal(title: str, blocks: list[Block]) -> dict[str, Any]:
    return {"type": "modal", "title": plain(title), "close": plain("Close"), "blocks": blocks}


def send_sources_file(client: WebClient, user_id: str, answer: Answer) -> None:
    try:
        opened = slack_call(lambda: client.conversations_open(users=user_id))
        upload(client, str(opened["channel"]["id"]), None, sources_file(answer))
    except Refused as refused:
        logger.error("could not send the sources file to %s: %s", user_id, refused.code)
