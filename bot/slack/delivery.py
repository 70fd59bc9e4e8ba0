"""Deliver a laid-out answer page by page, one level simpler whenever Slack refuses the layout.

``msg_blocks_too_long`` or ``invalid_blocks`` on a page means "this shape", not "this
answer": the page is sent again compact, then as plain text, so the user always gets the
answer and never a bare apology. Any other refusal (not in the channel, archived, ...) is
raised as :class:`Refused` for the caller to handle.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

from slack_bolt import Respond
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.blocks import SlackMessage
from bot.slack.layout import AnswerLayout, Attachment, Level

logger = logging.getLogger(__name__)

LAYOUT_ERRORS = frozenset(
    {"msg_blocks_too_long", "invalid_blocks", "invalid_blocks_format", "msg_too_long"}
)


class Refused(Exception):
    """Slack refused a call; ``code`` is its error ("not_in_channel", "invalid_blocks"...)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


class Destination(Protocol):
    def send(self, message: SlackMessage, *, index: int) -> None:
        """Send page `index`; raise Refused when Slack refuses it."""
        ...

    def attach(self, attachment: Attachment) -> None:
        """Send a file that completes the answer; raise Refused when Slack refuses it."""
        ...


def deliver(layout: AnswerLayout, to: Destination) -> Level:
    """Send every page (and the attachment); returns the simplest level that was needed."""
    level = Level.FULL
    for index in range(layout.page_count):
        level = _send_page(layout, index, level, to)
    if layout.attachment is not None:
        to.attach(layout.attachment)
    return level


def _send_page(layout: AnswerLayout, index: int, level: Level, to: Destination) -> Level:
    for attempt in Level:
        if attempt < level:
            continue
        try:
            to.send(layout.page(index, attempt), index=index)
            return attempt
        except Refused as refused:
            if refused.code not in LAYOUT_ERRORS or attempt == Level.PLAIN:
                raise
            logger.warning(
                "Slack refused page %d as %s (%s); trying simpler",
                index,
                attempt.name,
                refused.code,
            )
    raise AssertionError("unreachable: PLAIN either succeeds or raises")


def slack_call(call: Callable[[], Any]) -> Any:
    """Run a Web API call, turning Slack's refusal into Refused."""
    try:
        return call()
    except SlackApiError as error:
        raise Refused(str(error.response.get("error") or "unknown_error")) from error


def _blocks(message: SlackMessage) -> list[dict[str, Any]] | None:
    return message.blocks or None


@dataclass
class InThread:
    """Post in `thread_ts` of `channel`; with no thread, page 1 goes to the channel and the
    later pages into its thread. A user id as channel opens the app's DM with them."""

    client: WebClient
    channel: str
    thread_ts: str | None = None
    first_ts: str | None = field(default=None, init=False)

    def send(self, message: SlackMessage, *, index: int) -> None:
        thread = self.thread_ts or (self.first_ts if index else None)
        response = slack_call(
            lambda: self.client.chat_postMessage(
                channel=self.channel,
                thread_ts=thread,
                text=message.text,
                blocks=_blocks(message),
                unfurl_links=False,
                unfurl_media=False,
            )
        )
        if index == 0:
            self.first_ts = str(response["ts"])
            self.channel = str(response.get("channel") or self.channel)

    def attach(self, attachment: Attachment) -> None:
        upload(self.client, self.channel, self.thread_ts or self.first_ts, attachment)


@dataclass
class Replacing(InThread):
    """Page 1 replaces message `ts` (a streamed draft); later pages follow in the thread."""

    ts: str = ""

    def send(self, message: SlackMessage, *, index: int) -> None:
        if index:
            super().send(message, index=index)
            return
        slack_call(
            lambda: self.client.chat_update(
                channel=self.channel, ts=self.ts, text=message.text, blocks=message.blocks
            )
        )
        self.first_ts = self.ts


@dataclass
class Privately:
    """Ephemeral replies through a response_url; files go to the user's DM with the app."""

    respond: Respond
    client: WebClient
    user_id: str
    thread_ts: str | None = None

    def send(self, message: SlackMessage, *, index: int) -> None:
        response = self.respond(
            text=message.text,
            blocks=_blocks(message),
            response_type="ephemeral",
            replace_original=False,
            thread_ts=self.thread_ts,
        )
        if response.status_code != 200:
            raise Refused((response.body or "").strip() or f"http_{response.status_code}")

    def attach(self, attachment: Attachment) -> None:
        opened = slack_call(lambda: self.client.conversations_open(users=self.user_id))
        upload(self.client, str(opened["channel"]["id"]), None, attachment)


def upload(client: WebClient, channel: str, thread_ts: str | None, attachment: Attachment) -> None:
    slack_call(
        lambda: client.files_upload_v2(
            channel=channel,
            thread_ts=thread_ts,
            content=attachment.content,
            filename=attachment.filename,
            title=attachment.title,
        )
    )
