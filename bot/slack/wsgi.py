"""The WSGI app served in HTTP mode: Bolt's WSGI adapter behind a guard, plus ``/healthz``.

Bolt raises on a non-numeric timestamp or a malformed body, which a WSGI server turns into
500, and Slack retries a 500 (FACTS.md). The guard answers those itself: 401 when the
signature headers are missing, stale, malformed or wrong (checked before the body is
parsed), 400 when a correctly signed body cannot be parsed, 413 when it is too large.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterable
from typing import TYPE_CHECKING

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.request import BoltRequest
from slack_sdk.signature import SignatureVerifier

from bot.slack.payloads import BadPayload, check_payload

if TYPE_CHECKING:
    from wsgiref.types import StartResponse, WSGIEnvironment

logger = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
HEALTH_PATH = "/healthz"
MAX_BODY_BYTES = 1024 * 1024


class HttpError(Exception):
    def __init__(self, status: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


class SlackWsgiApp:
    """WSGI callable: guard the request, then delegate to ``SlackRequestHandler``."""

    def __init__(self, app: App, *, signing_secret: str, path: str = EVENTS_PATH) -> None:
        if not signing_secret:
            raise ValueError("HTTP mode needs SLACK_SIGNING_SECRET; refusing to serve unsigned")
        self._handler = SlackRequestHandler(app, path=path)
        self._verifier = SignatureVerifier(signing_secret)
        self._path = path

    def __call__(self, environ: WSGIEnvironment, start_response: StartResponse) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "")
        if path == HEALTH_PATH and method in {"GET", "HEAD"}:
            return _plain(start_response, "200 OK", "ok")
        if path != self._path or method != "POST":
            return _plain(start_response, "404 Not Found", "not found")
        try:
            body = self._guard(environ)
        except HttpError as error:
            logger.warning("rejected Slack request: %s %s", error.status, error.message)
            return _plain(start_response, error.status, error.message)
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        return self._handler(environ, start_response)

    def _guard(self, environ: WSGIEnvironment) -> bytes:
        body = _read_body(environ)
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            raise HttpError("400 Bad Request", "body is not UTF-8") from error
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP")
        signature = environ.get("HTTP_X_SLACK_SIGNATURE")
        if not timestamp or not signature or not timestamp.isdigit():
            raise HttpError("401 Unauthorized", "missing or malformed signature headers")
        if not self._verifier.is_valid(body=text, timestamp=timestamp, signature=signature):
            raise HttpError("401 Unauthorized", "invalid or stale signature")
        _check_parseable(text, environ.get("CONTENT_TYPE"))
        return body


def _read_body(environ: WSGIEnvironment) -> bytes:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError as error:
        raise HttpError("400 Bad Request", "bad Content-Length") from error
    if length > MAX_BODY_BYTES:
        raise HttpError("413 Request Entity Too Large", "body too large")
    data: bytes = environ["wsgi.input"].read(length) if length > 0 else b""
    return data


def _check_parseable(body: str, content_type: str | None) -> None:
    """Parse the body exactly as Bolt will, and check its shape; failures are the client's
    fault (400)."""
    try:
        request = BoltRequest(body=body, headers={"content-type": content_type or ""})
        if body and not isinstance(request.body, dict):
            raise TypeError("the body is not an object")
    except (ValueError, TypeError, AttributeError, KeyError, RecursionError) as error:
        # RecursionError: JSON nested thousands of levels deep exhausts the parser.
        raise HttpError("400 Bad Request", f"malformed body ({type(error).__name__})") from error
    if body:
        try:
            check_payload(request.body, form="json" not in (content_type or ""))
        except BadPayload as error:
            raise HttpError("400 Bad Request", f"malformed payload: {error}") from error


def _plain(start_response: StartResponse, status: str, text: str) -> list[bytes]:
    payload = text.encode("utf-8")
    start_response(
        status,
        [("content-type", "text/plain; charset=utf-8"), ("content-length", str(len(payload)))],
    )
    return [payload]
