"""Run the Bolt App: gunicorn (HTTP mode) or Socket Mode. Never Bolt's development server.

HTTP mode uses gunicorn's ``gthread`` worker: several requests per process, and the
background answer threads keep running between requests (a ``sync`` worker would serve one
request at a time).
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from gunicorn.app.base import BaseApplication  # type: ignore[import-untyped]
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler

from bot.slack.settings import SlackSettings
from bot.slack.wsgi import EVENTS_PATH, SlackWsgiApp

if TYPE_CHECKING:
    from wsgiref.types import WSGIApplication

logger = logging.getLogger(__name__)

DEFAULT_THREADS = 8
WORKER_TIMEOUT_SECONDS = 60

AppSource = App | Callable[[], App]


def build_wsgi_app(app: App, *, path: str = EVENTS_PATH) -> SlackWsgiApp:
    """The guarded WSGI app for `app`; raises when the app has no signing secret."""
    return SlackWsgiApp(app, signing_secret=signing_secret_of(app), path=path)


def signing_secret_of(app: App) -> str:
    # Bolt keeps the secret private; we need it to verify signatures before Bolt parses the
    # body, and to refuse to serve HTTP at all without one.
    secret = getattr(app, "_signing_secret", "")
    return secret if isinstance(secret, str) else ""


def run_http(
    app: AppSource,
    *,
    port: int,
    host: str = "0.0.0.0",
    workers: int = 1,
    threads: int = DEFAULT_THREADS,
) -> None:
    """Serve ``POST /slack/events`` and ``GET /healthz`` with gunicorn until stopped.

    Pass a factory (called in each worker after the fork) when the assistant holds a Chroma
    client or model threads: measured here, a worker forked from a process that had built
    ``AllianceService`` hung on its first answer; built in the worker, it answers normally.
    An App is fine for assistants without threads (tests).
    """
    load = _loader(app)
    logger.info("serving Slack over HTTP on %s:%s%s (%s worker(s) x %s threads)",
                host, port, EVENTS_PATH, workers, threads)  # fmt: skip
    GunicornApp(
        load, gunicorn_options(host=host, port=port, workers=workers, threads=threads)
    ).run()


def _loader(app: AppSource) -> Callable[[], WSGIApplication]:
    if isinstance(app, App):
        wsgi = build_wsgi_app(app)  # refuse before binding a port, not in a worker
        return lambda: wsgi
    # A factory is checked in the worker; gunicorn stops if the worker cannot boot.
    return lambda: build_wsgi_app(app())


def gunicorn_options(*, host: str, port: int, workers: int, threads: int) -> dict[str, Any]:
    """gthread workers: several requests per process, background threads keep running."""
    return {
        "bind": f"{host}:{port}",
        "workers": workers,
        "worker_class": "gthread",
        "threads": threads,
        "timeout": WORKER_TIMEOUT_SECONDS,
        "graceful_timeout": 30,
        "keepalive": 5,
        "errorlog": "-",
        "loglevel": "info",
        "proc_name": "alliance-bot",
        # Recent gunicorn (27 here) opens a control socket in ~/.gunicorn; we do not use it,
        # and two bots on one host would fight over the same path.
        "control_socket_disable": True,
    }


class GunicornApp(BaseApplication):  # type: ignore[misc]
    """gunicorn driven from Python: options from us, not from argv or a config file."""

    def __init__(self, load: Callable[[], WSGIApplication], options: dict[str, Any]) -> None:
        self._load = load
        self._options = options
        super().__init__()

    def load_config(self) -> None:
        for key, value in self._options.items():
            if key in self.cfg.settings:  # newer-only settings are skipped on older gunicorn
                self.cfg.set(key, value)

    def load(self) -> WSGIApplication:
        return self._load()


def run_socket_mode(app: App, *, app_token: str) -> None:
    """Connect over Socket Mode (built-in WebSocket client, no extra deps) until SIGINT or
    SIGTERM; then disconnect, and let the answers already accepted finish."""
    logger.info("connecting to Slack over Socket Mode")
    handler = SocketModeHandler(app, app_token=app_token)
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)
    try:
        handler.start()  # type: ignore[no-untyped-call]  # Bolt leaves start() unannotated
    except (KeyboardInterrupt, SystemExit):
        logger.info("disconnecting from Slack; finishing the answers in progress")
    finally:
        signal.signal(signal.SIGTERM, previous)
        handler.close()  # type: ignore[no-untyped-call]


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise SystemExit(0)


def serve(
    app: AppSource,
    *,
    slack: SlackSettings,
    port: int,
    host: str = "0.0.0.0",
    workers: int = 1,
) -> None:
    """Socket Mode when ``SLACK_APP_TOKEN`` is set, otherwise HTTP on `host`:`port`."""
    if slack.app_token is not None:
        run_socket_mode(
            app if isinstance(app, App) else app(), app_token=slack.app_token.get_secret_value()
        )
    else:
        run_http(app, port=port, host=host, workers=workers)
