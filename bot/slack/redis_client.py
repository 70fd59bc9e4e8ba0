"""The Redis connection shared by the bot's multi-worker stores (jobs, lock, threads).

Short timeouts: a claim runs on the request thread before Slack's 3-second deadline, so a
hung Redis must fail fast (Bolt then answers 500 and Slack retries the event later) rather
than stall every worker. The client is built lazily per process; redis-py's pool notices a
fork and reconnects, so a client made before gunicorn forks is safe too.
"""

from __future__ import annotations

import logging

import redis

from bot.slack.settings import redacted_url

logger = logging.getLogger(__name__)

KEY_PREFIX = "alliance-bot:"
CONNECT_TIMEOUT_SECONDS = 1.0
COMMAND_TIMEOUT_SECONDS = 2.0


def connect_redis(url: str) -> redis.Redis:
    """A client for `url` (redis:// or rediss://); no network I/O until the first command."""
    client = redis.Redis.from_url(
        url,
        socket_connect_timeout=CONNECT_TIMEOUT_SECONDS,
        socket_timeout=COMMAND_TIMEOUT_SECONDS,
        health_check_interval=30,
        client_name="alliance-bot",
    )
    # Never the URL itself: it may carry a password.
    logger.info("shared bot state in Redis at %s", redacted_url(url))
    return client
