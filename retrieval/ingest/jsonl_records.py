"""JSON Lines input: one article record a line (id, title, text, date, url). A bad line is
skipped with a reason naming it while the rest load.
"""

from __future__ import annotations

import json

from retrieval.ingest.cleaning import collapse, normalize_text, parse_date
from retrieval.ingest.formats import ParsedDoc, SkipError, finish, http_url, to_paragraphs
from retrieval.models import SkippedInput


def parse_jsonl(name: str, data: bytes) -> tuple[list[tuple[str, ParsedDoc]], list[SkippedInput]]:
    """One record per line, keyed by its id (or ``line N``); a bad line is skipped
    (``name#line N``) while the rest load."""
    if b"\x00" in data:
        raise SkipError("binary file (NUL bytes)")
    records: list[tuple[str, ParsedDoc]] = []
    skipped: list[SkippedInput] = []
    first_line: dict[str, int] = {}
    offset = 0
    for number, raw in enumerate(data.split(b"\n"), start=1):
        start, offset = offset, offset + len(raw) + 1
        if not raw.strip():
            continue
        try:
            record_id, doc = _parse_jsonl_line(raw, start, first_line=number == 1)
            key = record_id or f"line {number}"
            if key in first_line:
                raise SkipError(f"duplicate id {key!r} (first on line {first_line[key]})")
        except SkipError as skip:
            reason = f"line {number}: {skip.reason}"
            skipped.append(SkippedInput(source=f"{name}#line {number}", reason=reason))
            continue
        first_line[key] = number
        records.append((key, doc))
    return records, skipped


# Skip reasons after which we cannot tell which record the line held.
_UNIDENTIFIED = ("invalid JSON", "not valid UTF-8", "not a JSON object", "'id' is not")


def may_hide_a_record(skip: SkippedInput) -> bool:
    """True when a skipped line might be a stored article we can no longer identify.

    Ingest must then not treat articles missing from the file as deleted.
    """
    return "#line " in skip.source and any(marker in skip.reason for marker in _UNIDENTIFIED)


def _parse_jsonl_line(raw: bytes, start: int, *, first_line: bool) -> tuple[str | None, ParsedDoc]:
    try:
        line = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise SkipError(f"not valid UTF-8 at byte {start + error.start}") from None
    return _parse_record(line.removeprefix("\ufeff") if first_line else line)


def _parse_record(line: str) -> tuple[str | None, ParsedDoc]:
    """One JSON Lines record -> (its id or None, document). Reasons omit the line number."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise SkipError(f"invalid JSON: {error.msg} (column {error.colno})") from None
    if not isinstance(record, dict):
        raise SkipError(f"not a JSON object but {type(record).__name__}")
    fields = {key: _string_field(record, key) for key in ("id", "title", "text", "date", "url")}
    if "text" not in record:
        raise SkipError("missing 'text'")
    paragraphs = to_paragraphs(normalize_text(fields["text"] or ""))
    if not paragraphs:
        raise SkipError("empty 'text'")
    doc = finish(
        paragraphs,
        title=collapse(normalize_text(fields["title"] or "")) or None,
        date=parse_date(fields["date"] or ""),
        url=http_url(fields["url"]),
        date_from_text=False,  # structured records: the 'date' field or nothing
    )
    return fields["id"] or None, doc


def _string_field(record: dict[str, object], key: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    if key == "id" and isinstance(value, int) and not isinstance(value, bool):
        return str(value)
    raise SkipError(f"'{key}' is not a string but {type(value).__name__}")
