"""Stream a model's draft with Slack's native streaming, then replace it with the checked answer.

Listens to `retrieval.reading.drafts` while the answer is written. The first draft starts a
stream in the thread (``chat.startStream`` through ``WebClient.chat_stream``) with two task
updates, "Searched the articles" (done) and "Writing a draft" (in progress); later drafts
append only what is new; the VERIFY stage marks the draft done and the citation check in
progress. ``finish`` stops the stream and replaces the message with the checked answer
(``chat.update``: page 1 of its layout; further pages follow in the thread), so the final
message is always the checked answer. Nothing is posted until a draft arrives, so answers
that are not streamed are posted the ordinary way; a stream Slack refuses only ends the
previews.
"""

from __future__ import annotations

import logging

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError, SlackRequestError
from slack_sdk.models.messages.chunk import TaskUpdateChunk
from slack_sdk.web.chat_stream import ChatStream

from bot.slack.blocks import escape_mrkdwn, split_text
from bot.slack.delivery import Refused, Replacing, deliver, slack_call
from bot.slack.layout import AnswerLayout
from retrieval.models import Answer
from retrieval.reading.drafts import VERIFY

logger = logging.getLogger(__name__)

# Only whole words are streamed, and the last characters wait for the next piece: escaping
# "@here" must see what follows it, and streamed text cannot be taken back.
HOLD_BACK_CHARS = 12
MAX_STREAM_CHARS = 8_000  # a preview; the checked answer replaces it whatever its length
BUFFER_CHARS = 200  # characters gathered before an appendStream call (fewer calls)

TASKS = {
    "search": ("Searched the articles", "Searching the articles"),
    "draft": ("Wrote a draft from the sources", "Writing a draft from the sources"),
    "verify": ("Checked every citation", "Checking every citation against its source"),
}


def task(task_id: str, status: str, output: str | None = None) -> TaskUpdateChunk:
    done, doing = TASKS[task_id]
    return TaskUpdateChunk(
        id=task_id, title=done if status == "complete" else doing, status=status, output=output
    )


def preview_text(draft: str, *, final: bool = False) -> str:
    """The part of `draft` that may be streamed: whole words only (minus a held-back tail
    unless `final`), escaped, and capped without cutting an entity."""
    if not final:
        limit = len(draft) - HOLD_BACK_CHARS
        draft = draft[: max(draft.rfind(" ", 0, limit), draft.rfind("\n", 0, limit), 0)]
    shown = escape_mrkdwn(draft)
    return split_text(shown, MAX_STREAM_CHARS)[0] if len(shown) > MAX_STREAM_CHARS else shown


class SlackStream:
    """A drafts listener (and stage listener) bound to one question's thread."""

    def __init__(
        self,
        client: WebClient,
        *,
        channel: str,
        thread_ts: str,
        user_id: str | None = None,
        team_id: str | None = None,
    ) -> None:
        self._client = client
        self._channel = channel
        self._thread_ts = thread_ts
        self._recipient = {
            "recipient_user_id": user_id or None,
            "recipient_team_id": team_id or None,
        }
        self._stream: ChatStream | None = None
        self._sent = ""
        self._broken = False

    @property
    def started(self) -> bool:
        """A draft is in the thread: the final answer must replace it."""
        return self._stream is not None and self._stream.ts is not None

    def __call__(self, draft: str) -> None:
        ready = preview_text(draft)
        if self._broken or ready == self._sent or not ready.startswith(self._sent):
            return  # nothing new, or a rewrite: the checked answer will show it
        delta = ready[len(self._sent) :]
        try:
            if self._stream is None:
                self._stream = self._client.chat_stream(
                    channel=self._channel,
                    thread_ts=self._thread_ts,
                    task_display_mode="timeline",
                    buffer_size=BUFFER_CHARS,
                    **self._recipient,
                )
                tasks = [task("search", "complete"), task("draft", "in_progress")]
                self._stream.append(markdown_text=delta, chunks=tasks)
            else:
                self._stream.append(markdown_text=delta)
        except (SlackApiError, SlackRequestError) as error:
            self._give_up(error)
            return
        self._sent = ready

    def stage(self, name: str) -> None:
        if name != VERIFY or not self.started or self._broken or self._stream is None:
            return
        try:
            self._stream.append(chunks=[task("draft", "complete"), task("verify", "in_progress")])
        except (SlackApiError, SlackRequestError) as error:
            self._give_up(error)

    def finish(self, answer: Answer | None, layout: AnswerLayout) -> bool:
        """Stop the stream and put the checked answer in its place; False when it could not
        be placed: the draft is then deleted (no unchecked text stays behind) and the caller
        posts the answer as a new message."""
        stream = self._stream
        if stream is None or stream.ts is None:
            return False
        kept = f"{len(answer.citations)} cited sources kept" if answer else None
        try:
            stream.stop(chunks=[task("verify", "complete", kept)])
        except (SlackApiError, SlackRequestError) as error:
            logger.warning("stopping the stream failed: %s", _code(error))
        target = Replacing(self._client, self._channel, self._thread_ts, ts=stream.ts)
        try:
            deliver(layout, target)
            return True
        except Refused as refused:
            logger.error("replacing the streamed draft failed: %s", refused.code)
        try:
            slack_call(lambda: self._client.chat_delete(channel=self._channel, ts=str(stream.ts)))
        except Refused as refused:
            logger.error("deleting the streamed draft failed: %s", refused.code)
        return False

    def _give_up(self, error: Exception) -> None:
        # Previews are a nicety: stop them; the final answer still arrives.
        logger.warning("draft streaming stopped: %s", _code(error))
        self._broken = True


def _code(error: Exception) -> object:
    return error.response.get("error") if isinstance(error, SlackApiError) else str(error)
