"""Show that an answer is on its way: Slack's native thread status, or a ⏳ reaction.

``assistant.threads.setStatus`` shows "AllianceBot is looking this up…" under the thread,
rotating through loading messages while we search, read and check citations; Slack clears it
when the reply arrives. Where Slack refuses the call (an older workspace, a missing scope),
the ⏳ reaction on the question is the fallback. Neither may ever cost the answer: failures
are logged and ignored.
"""

from __future__ import annotations

import logging
from typing import Literal

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

logger = logging.getLogger(__name__)

STATUS = "is looking this up…"
LOADING_MESSAGES = [
    "Searching the articles…",
    "Reading the best matches…",
    "Checking every citation against its source…",
]
WORKING_REACTION = "hourglass_flowing_sand"


class WorkingIndicator:
    """``show()`` when work starts, ``clear(replied=...)`` when it ends."""

    def __init__(self, client: WebClient, *, channel: str, thread_ts: str, message_ts: str) -> None:
        self._client = client
        self._channel = channel
        self._thread_ts = thread_ts
        self._message_ts = message_ts
        self.mode: Literal["none", "status", "reaction"] = "none"

    def show(self) -> None:
        try:
            self._client.assistant_threads_setStatus(
                channel_id=self._channel,
                thread_ts=self._thread_ts,
                status=STATUS,
                loading_messages=LOADING_MESSAGES,
            )
            self.mode = "status"
            return
        except SlackApiError as error:
            logger.info("thread status refused (%s); using a reaction", _code(error))
        try:
            self._client.reactions_add(
                channel=self._channel, timestamp=self._message_ts, name=WORKING_REACTION
            )
            self.mode = "reaction"
        except SlackApiError as error:
            logger.warning("reaction add failed: %s", _code(error))

    def clear(self, *, replied: bool) -> None:
        """A reply clears the status by itself; without one it is cleared here."""
        try:
            if self.mode == "reaction":
                self._client.reactions_remove(
                    channel=self._channel, timestamp=self._message_ts, name=WORKING_REACTION
                )
            elif self.mode == "status" and not replied:
                self._client.assistant_threads_setStatus(
                    channel_id=self._channel, thread_ts=self._thread_ts, status=""
                )
        except SlackApiError as error:
            logger.warning("clearing the working indicator failed: %s", _code(error))
        self.mode = "none"


def _code(error: SlackApiError) -> object:
    return error.response.get("error")
