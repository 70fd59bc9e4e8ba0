"""What Slack refuses, for the fake Web API: block, view and message limits, required fields.

Written from Slack's documented limits (Block Kit reference, method reference) and the
measured total (FACTS.md: about 12,000 characters of block text a message gives
``msg_blocks_too_long``), independently of the bot's own layout code, so a payload Slack
would refuse fails a test. ``check(method, params)`` returns Slack's error code or None.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

MESSAGE_TEXT_TOTAL = 12_000  # the lower end of the measured range
MESSAGE_BLOCKS = 50
VIEW_BLOCKS = 100
MAX_MESSAGE_TEXT = 40_000
STREAM_MARKDOWN = 12_000
MAX_PROMPTS = 4
MAX_LOADING_MESSAGES = 10

MESSAGE_BLOCK_TYPES = {
    "section", "context", "actions", "header", "divider", "context_actions", "markdown",
    "rich_text", "image",
}  # fmt: skip
VIEW_BLOCK_TYPES = MESSAGE_BLOCK_TYPES | {"input"}
CHUNK_TYPES = {"markdown_text", "task_update", "plan_update", "blocks"}
TASK_STATUSES = {"pending", "in_progress", "complete", "error"}


class Refused(Exception):
    """A payload Slack refuses; ``code`` is the error Slack returns."""

    def __init__(self, code: str, why: str) -> None:
        super().__init__(f"{code}: {why}")
        self.code = code


def check(method: str, params: dict[str, Any]) -> str | None:
    rule = RULES.get(method)
    if rule is None:
        return None
    try:
        rule(params)
    except Refused as refused:
        return refused.code
    return None


def why(method: str, params: dict[str, Any]) -> str:
    """The reason `check` refused (for assertion messages)."""
    try:
        RULES[method](params)
    except Refused as refused:
        return str(refused)
    return "accepted"


# -- methods ---------------------------------------------------------------------------------
def _message(params: dict[str, Any], *, needs: tuple[str, ...]) -> None:
    _require(params, *needs)
    blocks = params.get("blocks")
    text = params.get("text")
    if not blocks and not text:
        raise Refused("no_text", "a message needs text or blocks")
    if isinstance(text, str) and len(text) > MAX_MESSAGE_TEXT:
        raise Refused("msg_too_long", f"text of {len(text)} characters")
    if blocks:
        message_blocks(blocks)


def message_blocks(blocks: Any) -> None:
    _blocks(blocks, allowed=MESSAGE_BLOCK_TYPES, limit=MESSAGE_BLOCKS)
    total = _text_total(blocks)
    if total > MESSAGE_TEXT_TOTAL:
        raise Refused("msg_blocks_too_long", f"{total} characters of block text")


def _view(params: dict[str, Any], *, needs: tuple[str, ...]) -> None:
    """Slack answers every malformed view with invalid_arguments."""
    try:
        _view_shape(params, needs=needs)
    except Refused as refused:
        raise Refused("invalid_arguments", str(refused)) from refused


def _view_shape(params: dict[str, Any], *, needs: tuple[str, ...]) -> None:
    _require(params, *needs)
    view = params["view"]
    if not isinstance(view, dict) or view.get("type") not in ("modal", "home"):
        raise Refused("invalid_arguments", "view.type must be modal or home")
    _blocks(view.get("blocks"), allowed=VIEW_BLOCK_TYPES, limit=VIEW_BLOCKS)
    if view["type"] == "modal":
        _plain(view.get("title"), 24, "view.title")
        for name in ("submit", "close"):
            if name in view:
                _plain(view[name], 24, f"view.{name}")
        if any(b.get("type") == "input" for b in view["blocks"]) and "submit" not in view:
            raise Refused("invalid_arguments", "a modal with inputs needs a submit button")
    _at_most(view.get("private_metadata", ""), 3000, "private_metadata")
    _at_most(view.get("callback_id", ""), 255, "callback_id")


def _set_status(params: dict[str, Any]) -> None:
    _require(params, "channel_id", "thread_ts")
    if not isinstance(params.get("status"), str):
        raise Refused("invalid_arguments", "status is required (empty clears it)")
    loading = params.get("loading_messages") or []
    if len(loading) > MAX_LOADING_MESSAGES or not all(isinstance(m, str) and m for m in loading):
        raise Refused("invalid_arguments", "loading_messages: up to 10 non-empty strings")


def _set_title(params: dict[str, Any]) -> None:
    _require(params, "channel_id", "thread_ts", "title")


def _suggested_prompts(params: dict[str, Any]) -> None:
    _require(params, "channel_id")
    prompts = params.get("prompts")
    if not isinstance(prompts, list) or not 1 <= len(prompts) <= MAX_PROMPTS:
        raise Refused("invalid_arguments", "prompts: 1 to 4")
    for prompt in prompts:
        if not (isinstance(prompt, dict) and prompt.get("title") and prompt.get("message")):
            raise Refused("invalid_arguments", "a prompt needs a title and a message")


def _start_stream(params: dict[str, Any]) -> None:
    _require(params, "channel", "thread_ts")
    # Slack: recipient_user_id and recipient_team_id are required when streaming to channels.
    if not str(params["channel"]).startswith("D"):
        _require(params, "recipient_user_id", "recipient_team_id")
    _stream_content(params)


def _append_stream(params: dict[str, Any]) -> None:
    _require(params, "channel", "ts")
    if not params.get("markdown_text") and not params.get("chunks"):
        raise Refused("invalid_arguments", "markdown_text or chunks")
    _stream_content(params)


def _stop_stream(params: dict[str, Any]) -> None:
    _require(params, "channel", "ts")
    _stream_content(params)
    if params.get("blocks"):
        message_blocks(params["blocks"])


def _stream_content(params: dict[str, Any]) -> None:
    _at_most(params.get("markdown_text") or "", STREAM_MARKDOWN, "markdown_text")
    for chunk in params.get("chunks") or []:
        kind = chunk.get("type") if isinstance(chunk, dict) else None
        if kind not in CHUNK_TYPES:
            raise Refused("invalid_chunks", f"unknown chunk {chunk!r}")
        if kind == "markdown_text":
            _at_most(_string(chunk, "text"), STREAM_MARKDOWN, "markdown_text chunk")
        if kind == "task_update":
            _string(chunk, "id")
            _string(chunk, "title")
            if chunk.get("status") not in TASK_STATUSES:
                raise Refused("invalid_chunks", f"task status {chunk.get('status')!r}")


RULES: dict[str, Callable[[dict[str, Any]], None]] = {
    "chat.postMessage": lambda p: _message(p, needs=("channel",)),
    "chat.update": lambda p: _message(p, needs=("channel", "ts")),
    "chat.postEphemeral": lambda p: _message(p, needs=("channel", "user")),
    "respond": lambda p: _message(p, needs=()),
    "views.open": lambda p: _view(p, needs=("trigger_id", "view")),
    "views.publish": lambda p: _view(p, needs=("user_id", "view")),
    "assistant.threads.setStatus": _set_status,
    "assistant.threads.setTitle": _set_title,
    "assistant.threads.setSuggestedPrompts": _suggested_prompts,
    "chat.startStream": _start_stream,
    "chat.appendStream": _append_stream,
    "chat.stopStream": _stop_stream,
    "reactions.add": lambda p: _require(p, "channel", "timestamp", "name"),
    "files.getUploadURLExternal": lambda p: _require(p, "filename", "length"),
}


# -- blocks ----------------------------------------------------------------------------------
def _blocks(blocks: Any, *, allowed: set[str], limit: int) -> None:
    if not isinstance(blocks, list) or not all(isinstance(b, dict) for b in blocks):
        raise Refused("invalid_blocks", "blocks must be a list of objects")
    if len(blocks) > limit:
        raise Refused("invalid_blocks", f"{len(blocks)} blocks (limit {limit})")
    ids = [b["block_id"] for b in blocks if "block_id" in b]
    if len(ids) != len(set(ids)) or any(len(str(i)) > 255 for i in ids):
        raise Refused("invalid_blocks", "block_id repeated or longer than 255")
    for block in blocks:
        kind = block.get("type")
        if kind not in allowed:
            raise Refused("invalid_blocks", f"unknown block type {kind!r}")
        BLOCK_RULES.get(kind, lambda b: None)(block)


def _section(block: dict[str, Any]) -> None:
    if "text" not in block and "fields" not in block:
        raise Refused("invalid_blocks", "a section needs text or fields")
    if "text" in block:
        _text(block["text"], 3000, "section text")
    for field in block.get("fields", [])[:11]:
        _text(field, 2000, "section field")
    if len(block.get("fields", [])) > 10:
        raise Refused("invalid_blocks", "more than 10 fields")


def _context(block: dict[str, Any]) -> None:
    elements = block.get("elements")
    if not isinstance(elements, list) or not 1 <= len(elements) <= 10:
        raise Refused("invalid_blocks", "context: 1 to 10 elements")
    for element in elements:
        if element.get("type") != "image":
            _text(element, 3000, "context element")


def _actions(block: dict[str, Any]) -> None:
    elements = block.get("elements")
    if not isinstance(elements, list) or not 1 <= len(elements) <= 25:
        raise Refused("invalid_blocks", "actions: 1 to 25 elements")
    for element in elements:
        if element.get("type") != "button":
            raise Refused("invalid_blocks", f"unsupported action element {element.get('type')}")
        _plain(element.get("text"), 75, "button text")
        _at_most(_string(element, "action_id"), 255, "action_id")
        _at_most(element.get("value", ""), 2000, "button value")
        if element.get("style") not in (None, "primary", "danger"):
            raise Refused("invalid_blocks", "button style")


def _context_actions(block: dict[str, Any]) -> None:
    elements = block.get("elements")
    if not isinstance(elements, list) or not 1 <= len(elements) <= 5:
        raise Refused("invalid_blocks", "context_actions: 1 to 5 elements")
    for element in elements:
        if element.get("type") != "feedback_buttons":
            raise Refused("invalid_blocks", "context_actions holds feedback_buttons here")
        _at_most(_string(element, "action_id"), 255, "action_id")
        for name in ("positive_button", "negative_button"):
            half = element.get(name)
            if not isinstance(half, dict):
                raise Refused("invalid_blocks", f"feedback_buttons needs {name}")
            _plain(half.get("text"), 75, f"{name}.text")
            _at_most(_string(half, "value"), 2000, f"{name}.value")
            _at_most(half.get("accessibility_label", ""), 75, "accessibility_label")


def _header(block: dict[str, Any]) -> None:
    _plain(block.get("text"), 150, "header")


def _markdown(block: dict[str, Any]) -> None:
    _at_most(_string(block, "text"), 12_000, "markdown block")


def _input(block: dict[str, Any]) -> None:
    _plain(block.get("label"), 2000, "input label")
    element = block.get("element")
    if not isinstance(element, dict):
        raise Refused("invalid_blocks", "input needs an element")
    _at_most(_string(element, "action_id"), 255, "action_id")
    if element.get("type") == "checkboxes":
        options = element.get("options")
        if not isinstance(options, list) or not 1 <= len(options) <= 10:
            raise Refused("invalid_blocks", "checkboxes: 1 to 10 options")
        for option in options:
            _text(option.get("text"), 75, "option text")
            _at_most(_string(option, "value"), 150, "option value")
    elif element.get("type") == "plain_text_input":
        if int(element.get("max_length", 3000)) > 3000:
            raise Refused("invalid_blocks", "plain_text_input max_length above 3000")
    else:
        raise Refused("invalid_blocks", f"unsupported input element {element.get('type')}")


BLOCK_RULES: dict[str, Callable[[dict[str, Any]], None]] = {
    "section": _section,
    "context": _context,
    "actions": _actions,
    "context_actions": _context_actions,
    "header": _header,
    "markdown": _markdown,
    "input": _input,
}


# -- small checks ----------------------------------------------------------------------------
def _require(params: dict[str, Any], *names: str) -> None:
    for name in names:
        if params.get(name) in (None, ""):
            raise Refused("invalid_arguments", f"{name} is required")


def _string(container: dict[str, Any], name: str) -> str:
    value = container.get(name)
    if not isinstance(value, str) or not value:
        raise Refused("invalid_blocks", f"{name} is required")
    return value


def _at_most(value: Any, limit: int, what: str) -> None:
    if isinstance(value, str) and len(value) > limit:
        raise Refused("invalid_blocks", f"{what}: {len(value)} characters (limit {limit})")


def _text(obj: Any, limit: int, what: str) -> None:
    if not isinstance(obj, dict) or obj.get("type") not in ("mrkdwn", "plain_text"):
        raise Refused("invalid_blocks", f"{what} must be a text object")
    text = obj.get("text")
    if not isinstance(text, str) or not text:
        raise Refused("invalid_blocks", f"{what} is empty")
    _at_most(text, limit, what)


def _plain(obj: Any, limit: int, what: str) -> None:
    _text(obj, limit, what)
    if obj["type"] != "plain_text":
        raise Refused("invalid_blocks", f"{what} must be plain_text")


def _text_total(value: Any) -> int:
    """Every ``text`` string under `value`, summed (how Slack's total is measured here)."""
    total = 0
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            for key, inner in item.items():
                if key == "text" and isinstance(inner, str):
                    total += len(inner)
                else:
                    stack.append(inner)
    return total
