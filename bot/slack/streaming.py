"""Stream a model's draft into Slack: a placeholder message edited at most once a second.

Listens to `retrieval.reading.drafts` while the answer is being written. The first draft text
posts the placeholder in the thread; later drafts `chat.update` it (throttled, Slack allows
about one update per second per message); `finish` replaces it with the final,
citation-checked answer. Nothing is posted until a draft arrives, so an answer that is not
streamed (extractive, or streaming off) is posted the ordinary way.
"""

from __future__ import annotations

import logging
import time

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.slack.blocks import SlackMessage, escape_mrkdwn, mrkdwn, render_notice, section, truncate
from bot.slack.messages import ANSWER_ERROR

logger = logging.getLogger(__name__)

UPDATE_INTERVAL_SECONDS = 1.0
MAX_PREVIEW_CHARS = 2800
DRAFTING_NOTE = "_Writing… sources are checked before the final answer._"


def preview_message(text: str) -> SlackMessage:
    """The draft as a message: escaped, cut to one section, marked as unchecked."""
    shown = escape_mrkdwn(truncate(text, MAX_PREVIEW_CHARS)) or "…"
    blocks = [section(shown), {"type": "context", "elements": [mrkdwn(DRAFTING_NOTE)]}]
    return SlackMessage(text=shown, blocks=blocks)


class SlackDraft:
    """A `retrieval.reading.drafts` listener bound to one question's thread."""

    def __init__(
        self,
        client: WebClient,
        *,
        channel: str,
        thread_ts: str,
        interval: float | None = None,
    ) -> None:
        self._client = client
        self._channel = channel
        self._thread_ts = thread_ts
        self._interval = UPDATE_INTERVAL_SECONDS if interval is None else interval
        self._last_update = 0.0
        self._shown = ""
        self._broken = False
        self.ts: str | None = None

    @property
    def started(self) -> bool:
        """A placeholder is in the thread: the final answer must replace it."""
        return self.ts is not None

    def __call__(self, text: str) -> None:
        if self._broken or not text.strip() or text == self._shown:
            return
        now = time.monotonic()
        if self.ts is not None and now - self._last_update < self._interval:
            return
        message = preview_message(text)
        try:
            if self.ts is None:
                response = self._client.chat_postMessage(
                    channel=self._channel,
                    thread_ts=self._thread_ts,
                    text=message.text,
                    blocks=message.blocks,
                    unfurl_links=False,
                    unfurl_media=False,
                )
                self.ts = str(response["ts"])
                # A DM opened by user id answers with the real channel id: update that one.
                self._channel = str(response.get("channel") or self._channel)
            else:
                self._update(message)
        except SlackApiError as error:
            # Previews are a nicety: stop sending them, the final answer still arrives.
            logger.warning("draft preview failed: %s", error.response.get("error"))
            self._broken = True
            return
        self._last_update = now
        self._shown = text

    def finish(self, message: SlackMessage) -> bool:
        """Replace the placeholder with the final answer (or the error notice if refused)."""
        for final in (message, render_notice(ANSWER_ERROR)):
            try:
                self._update(final)
                return True
            except SlackApiError:
                logger.exception("replacing the draft failed in %s", self._channel)
        return False

    def _update(self, message: SlackMessage) -> None:
        self._client.chat_update(
            channel=self._channel, ts=str(self.ts), text=message.text, blocks=message.blocks
        )
