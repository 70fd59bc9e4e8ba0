"""Questions as durable jobs: accepted before the ack, answered once, recovered after a crash.

``accept_question`` runs on the request thread: it writes the job (bot.slack.jobs) and only
then lets the listener return, so Slack's 200 always means "recorded". ``JobRecovery`` runs
in each server worker: at start-up and every third of a lease it takes over the jobs of
workers that died (their leases expired) and answers them.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import asdict

from slack_sdk import WebClient

from bot.slack.answering import BotIdentity, Question, answer_question
from bot.slack.blocks import render_notice
from bot.slack.deps import BotDeps
from bot.slack.durable import Target
from bot.slack.jobs import JobRecord
from bot.slack.messages import ANSWER_ERROR

logger = logging.getLogger(__name__)

# A job whose worker died this many times is likely what kills it: apologise instead.
MAX_ATTEMPTS = 3
SWEEP_LIMIT = 100


def job_key(question: Question) -> str:
    """One job per message: Slack's retries and the mention's twin events share it."""
    return f"{question.channel}:{question.ts}"


def accept_question(
    *, question: Question, me: BotIdentity, client: WebClient, deps: BotDeps
) -> bool:
    """Record the job (before the ack) and queue it; False for a job already handled or
    in the hands of a live worker."""
    payload = json.dumps({"question": asdict(question), "me": asdict(me)})
    record = deps.jobs.accept(job_key(question), payload)
    if record is None:
        return False
    if record.attempts > 1:
        logger.info("taking over job %s (attempt %d)", record.key, record.attempts)
    submit(record, client=client, deps=deps)
    return True


def submit(record: JobRecord, *, client: WebClient, deps: BotDeps) -> None:
    question, me = decode(record)
    target = Target(channel=question.channel, thread_ts=question.thread_ts, ts=question.ts)

    def work(fenced: WebClient) -> None:
        if record.attempts > MAX_ATTEMPTS:
            logger.error("job %s failed %d times; apologising instead", record.key, MAX_ATTEMPTS)
            notice = render_notice(ANSWER_ERROR)
            fenced.chat_postMessage(channel=question.channel, thread_ts=question.thread_ts,
                                    text=notice.text, blocks=notice.blocks)  # fmt: skip
            return
        answer_question(client=fenced, deps=deps, question=question, me=me)

    try:
        deps.runner.submit(
            lambda: deps.jobs.run(record, client, target, work), name=f"answer {record.key}"
        )
    except RuntimeError:
        # The pool is shutting down (the worker is stopping): the lease lapses and another
        # worker answers it.
        deps.jobs.release(record.key)
        logger.warning("stopping: job %s left to another worker", record.key)


def decode(record: JobRecord) -> tuple[Question, BotIdentity]:
    data = json.loads(record.payload)
    return Question(**data["question"]), BotIdentity(**data["me"])


class JobRecovery:
    """A daemon thread that answers the jobs dead workers left behind."""

    def __init__(self, *, deps: BotDeps, client: WebClient) -> None:
        self._deps = deps
        self._client = client
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="job-recovery", daemon=True)

    def start(self) -> JobRecovery:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def sweep(self) -> int:
        """Take over and queue every expired job; how many this worker took."""
        taken = 0
        for key in self._deps.jobs.store.expired(limit=SWEEP_LIMIT):
            record = self._deps.jobs.take(key)
            if record is not None:  # another worker may have been quicker
                submit(record, client=self._client, deps=self._deps)
                taken += 1
        return taken

    def _loop(self) -> None:
        while True:  # at start-up first, then every third of a lease
            try:
                taken = self.sweep()
                if taken:  # a worker died (or stalled) with questions in hand: worth a line
                    logger.warning("took over %d job(s) left by a stopped worker", taken)
            except Exception:
                logger.warning("job recovery sweep failed; retrying", exc_info=True)
            if self._stop.wait(self._deps.jobs.lease / 3):
                return
