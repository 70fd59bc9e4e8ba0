"""The fake Slack Web API, plus what real Slack does with threads: a reply posted into a
thread comes back from ``conversations.replies`` (with its message metadata).

Used where a worker, after taking a job over, looks in the thread for a reply its dead
predecessor may have posted (bot.slack.durable).
"""

from __future__ import annotations

from typing import Any

from tests.fake_slack import FakeSlack


class ThreadedSlack(FakeSlack):
    def _reply(self, method: str, params: dict[str, Any]) -> dict[str, Any]:
        # Called under the fake's lock (FakeSlack._handle), like set_replies.
        reply = super()._reply(method, params)
        thread_ts = params.get("thread_ts")
        if method == "chat.postMessage" and reply.get("ok") and thread_ts:
            message = {**reply["message"], "thread_ts": str(thread_ts)}
            if isinstance(params.get("metadata"), dict):
                message["metadata"] = params["metadata"]
            self.replies.setdefault((str(reply["channel"]), str(thread_ts)), []).append(message)
        return reply
