"""Event dates in deal sentences, resolved against the article's own date, never invented.

"On March 13th" in an article dated 2023-03-13 is 2023-03-13; in an undated article it stays
"--03-13" (ISO 8601's truncated month-day form, also XSD's gMonthDay): the year is unknown
and we say so. Machine-translated Chinese dates ("8 month 9 Japan" for 8月9日, "2021 year 1
month 14") are read too: 日 ("day") is routinely mistranslated as "Japan".
"""

from __future__ import annotations

import datetime as dt
import re

from retrieval.models import EventDate

_MONTH_NAMES = (
    "january february march april may june july august september october november december"
).split()
_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501 - one alternation
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_PATTERNS = (
    re.compile(rf"(?<!\d){_YEAR}[-/.](?P<mnum>[01]?\d)[-/.]{_DAY}(?!\d)"),
    re.compile(rf"\b(?:on |in |since )?{_MONTH} {_DAY}\b(?:,? {_YEAR}\b)?", re.IGNORECASE),
    re.compile(rf"\b(?:on |the )?{_DAY}(?: of)? {_MONTH}(?:,? {_YEAR}\b)?", re.IGNORECASE),
    re.compile(rf"\b(?:in )?{_MONTH},? {_YEAR}\b", re.IGNORECASE),
    re.compile(
        rf"(?:{_YEAR} ?(?:year|年) ?)?(?<!\d)(?P<mnum>1[0-2]|0?[1-9]) ?(?:month|月) ?{_DAY}"
        r"(?: ?(?:japan|day|日))?\b",
        re.IGNORECASE,
    ),
)
# A month-day without a year is taken in the article's year, unless that puts it this far
# after the article: news reports what happened, so it is then the year before.
MAX_DAYS_AHEAD = 31


def find_date(sentence: str, *, article_date: str | None) -> EventDate | None:
    """The first date expression in `sentence` with at least a month and a day (or a year)."""
    best: tuple[int, EventDate] | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            parsed = _parse(match, article_date, sentence)
            if parsed is not None and (best is None or match.start() < best[0]):
                best = (match.start(), parsed)
            break
    return None if best is None else best[1]


def _parse(match: re.Match[str], article_date: str | None, sentence: str) -> EventDate | None:
    parts = match.groupdict()
    month = _month_number(parts)
    day = int(parts["day"]) if parts.get("day") else None
    year = int(parts["year"]) if parts.get("year") else None
    if month is None or (day is not None and not 1 <= day <= 31) or (day is None and year is None):
        return None
    text = match.group(0).strip()
    if year is not None:
        value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        return EventDate(value=value, text=text, basis="text", evidence=sentence)
    assert day is not None
    resolved = _in_article_year(month, day, article_date)
    if resolved is None:
        return EventDate(
            value=f"--{month:02d}-{day:02d}", text=text, basis="unknown", evidence=sentence
        )
    return EventDate(value=resolved, text=text, basis="article", evidence=sentence)


def _month_number(parts: dict[str, str | None]) -> int | None:
    if parts.get("mnum"):
        number = int(parts["mnum"] or 0)
        return number if 1 <= number <= 12 else None
    name = (parts.get("month") or "").lower().rstrip(".")
    for number, full in enumerate(_MONTH_NAMES, start=1):
        if name and full.startswith(name[:3]):
            return number
    return None


def _in_article_year(month: int, day: int, article_date: str | None) -> str | None:
    if not article_date or not re.match(r"^\d{4}-\d{2}-\d{2}$", article_date):
        return None
    published = dt.date.fromisoformat(article_date)
    for year in (published.year, published.year - 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if (candidate - published).days <= MAX_DAYS_AHEAD:
            return candidate.isoformat()
    return None


def display_date(date: EventDate) -> str:
    """ "2023-03-13", "March 2023", or "December 23" when the year is unknown."""
    value = date.value
    if value.startswith("--"):
        month, day = int(value[2:4]), int(value[5:7])
        return f"{_MONTH_NAMES[month - 1].title()} {day}"
    if len(value) == 7:
        return f"{_MONTH_NAMES[int(value[5:7]) - 1].title()} {value[:4]}"
    return value


def date_parts(value: str) -> tuple[int | None, int | None]:
    """(year, month) of an EventDate value or an article date; None where unknown."""
    if value.startswith("--"):
        return None, int(value[2:4])
    year = int(value[:4]) if re.match(r"^\d{4}", value) else None
    month = int(value[5:7]) if re.match(r"^\d{4}-\d{2}", value) else None
    return year, month
