"""Dates relative to the article's dateline: "today", "on Friday", "last June", "in 1985".

Each resolves to what it can say and no more: a day ("yesterday", "on Friday": the most
recent Friday up to the dateline), a month ("last month", "last June": the most recent
June before the dateline's month; "earlier this month"), or a year ("last year", "in
1985"). Without a dateline only a stated year resolves: the rest stays unknown. A small
resolver rather than a date library: the expressions of news prose are few, and each must
be found where it stands in the sentence (to tell the deal's date from a meeting's).
"""

from __future__ import annotations

import datetime as dt
import re

from retrieval.models import DateBasis

WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
_MONTHS = (
    "january february march april may june july august september october november december"
).split()
_MONTH_ALT = "|".join(_MONTHS)
# Capitalised only: "may this year buy more plants" holds the modal, not the month.
_MONTH_NAME_ALT = "|".join(m.capitalize() for m in _MONTHS)
_WEEKDAY_ALT = "|".join(WEEKDAYS)
_PART = "first|second|third|fourth|final|last|1st|2nd|3rd|4th"
# A part of a month or a year that is a time within it: "at the end of March", "the
# beginning of 1986" ("by the end of March" is a bound: other_events reads the "by").
_PART_OF = r"(?:end|beginning|middle|start)\s+of"
# Northern seasons (newswire's), by the month each ends in.
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11}
_SEASON_ALT = "|".join(_SEASON_END)
_COUNT = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
RELATIVE = re.compile(
    # a part of a day is that day: "this morning" is today's, "last night" yesterday's
    rf"\b(?P<word>today|yesterday|tomorrow|tonight|this\s+(?:morning|afternoon|evening)"
    rf"|last\s+night)\b"
    rf"|\b(?P<which>on|last|this|next|late|early)?\s*(?P<weekday>{_WEEKDAY_ALT})\b"
    # a weekday of a week told relative to the dateline's: "on Wednesday (of) last week"
    # ("next week's meeting" is a meeting's week, not the weekday's)
    r"(?:,?\s+(?:of\s+)?(?P<week>last|this|next)\s+week\b(?!['’]s))?"
    # a month of a year told relative to the dateline: "(in) March last year", "June of
    # next year" (before the bare month, which would otherwise take "in March" alone)
    rf"|\b(?:(?:in|during|since|from|early|late)\s+)?(?P<ry_month>(?-i:{_MONTH_NAME_ALT}))"
    r"\s+(?:of\s+)?(?P<ry_which>last|this|next)\s+year\b"
    # a month, or a part of one ("mid-March", "the end of March": a time within it)
    rf"|\b(?:(?P<lastm>last)\s+|(?P<inm>(?:in|since|during|from|early|late|mid|{_PART_OF})\s+"
    rf"|mid-))(?P<month>{_MONTH_ALT})\b(?!\s*\d)"
    r"|\b(?P<span>(?:earlier |late |early |later )?(?:last|this|next))"
    r"\s+(?P<unit>week|month|year)\b"
    r"|\b(?P<count>a|one|two|three|four|five|six|\d)\s+(?P<ago_unit>days?|weeks?|months?|years?)"
    r"\s+ago\b"
    rf"|\b(?:in|since|during|from|early|late|mid-?|{_PART_OF})\s+(?P<year>(?:19|20)\d\d)\b"
    r"(?![-/.]\d|\s*(?:pct|percent|dlrs|mln|billion))"
    # a part of a stated year: "the fourth quarter of 1986", "the spring of 1985", "mid-1986"
    rf"|\b(?:(?:{_PART})\s+(?:quarter|half)|{_SEASON_ALT})\s+of\s+(?P<part_year>(?:19|20)\d\d)\b"
    r"|\bmid-(?P<mid_year>(?:19|20)\d\d)\b"
    # the last season before the dateline ("last autumn"), or the dateline's ("this spring")
    rf"|\b(?P<season_which>last|this)\s+(?P<season>{_SEASON_ALT})\b"
    # a quarter is no month: "the current quarter" says its year ("the last quarter of
    # 1986" is a part of a stated year, above; "the last quarter" alone may be a year's end)
    r"|\b(?P<quarter>this|the current|(?<!the )last)\s+(?:fiscal\s+)?quarter\b"
    r"(?!\s+of\s+(?:19|20)\d\d)",
    re.IGNORECASE,
)


def resolve_relative(
    match: re.Match[str], article_date: str | None, *, ahead: bool = False
) -> tuple[str, DateBasis] | None:
    """(ISO value, basis) for one RELATIVE match, or None when it cannot be placed.
    `ahead`: of what is yet to happen, so "on Friday" and "in June" are the next ones."""
    groups = match.groupdict()
    stated = groups["year"] or groups["part_year"] or groups["mid_year"]
    if stated:
        return stated, "text"
    published = _dateline(article_date)
    if published is None:
        return None
    value = (
        _season(groups["season"], groups["season_which"], published)
        or _word(groups["word"], published)
        or _weekday(groups["weekday"], groups["which"], groups["week"], published, ahead=ahead)
        or _month_of_year(groups["ry_month"], groups["ry_which"], published)
        or _month(groups["month"], bool(groups["lastm"]), published, ahead=ahead)
        or _span(groups["span"], groups["unit"], published)
        or _ago(groups["count"], groups["ago_unit"], published)
        or _quarter(groups["quarter"], published)
    )
    return (value, "article") if value else None


def _season(season: str | None, which: str | None, published: dt.date) -> str | None:
    """ "last autumn": the year of the most recent such season over before the dateline;
    "this spring": the dateline's year (winter, across two years, is not placed)."""
    if not season:
        return None
    if (which or "").lower() == "this":
        return f"{published.year:04d}"
    ends = _SEASON_END[season.lower()]
    return f"{published.year if published.month > ends else published.year - 1:04d}"


def _dateline(article_date: str | None) -> dt.date | None:
    if not article_date or not re.match(r"^\d{4}-\d{2}-\d{2}$", article_date):
        return None
    return dt.date.fromisoformat(article_date)


def _word(word: str | None, published: dt.date) -> str | None:
    if not word:
        return None
    lowered = " ".join(word.lower().split())
    shift = -1 if lowered in ("yesterday", "last night") else 1 if lowered == "tomorrow" else 0
    return (published + dt.timedelta(days=shift)).isoformat()


def _weekday(
    weekday: str | None,
    which: str | None,
    week: str | None,
    published: dt.date,
    *,
    ahead: bool = False,
) -> str | None:
    """ "on Friday": the most recent Friday up to the dateline, or for what is yet to
    happen the first from it on; "next Friday", "last Friday"; "on Wednesday last week":
    that day of the week before the dateline's (weeks from Monday, as _span has them)."""
    if not weekday:
        return None
    wanted = WEEKDAYS.index(weekday.lower())
    if week:
        monday = published - dt.timedelta(days=published.weekday() - 7 * SHIFT[week.lower()])
        return (monday + dt.timedelta(days=wanted)).isoformat()
    back = (published.weekday() - wanted) % 7
    which = (which or "on").lower()
    if ahead and which == "on":
        return (published + dt.timedelta(days=(wanted - published.weekday()) % 7)).isoformat()
    if which == "next":
        days = (wanted - published.weekday()) % 7 or 7
        return (published + dt.timedelta(days=days)).isoformat()
    if which == "last" and back == 0:
        back = 7
    return (published - dt.timedelta(days=back)).isoformat()


def _month(month: str | None, last: bool, published: dt.date, *, ahead: bool = False) -> str | None:
    """ "last June": the most recent June before this month; "in June": up to this month,
    or from this month on for what is yet to happen."""
    if not month:
        return None
    number = _MONTHS.index(month.lower()) + 1
    year = published.year
    if ahead and not last:
        return f"{year + (number < published.month):04d}-{number:02d}"
    if number > published.month or (last and number == published.month):
        year -= 1
    return f"{year:04d}-{number:02d}"


# How many units a relative word moves from the dateline's ("last year", "next week").
SHIFT = {"last": -1, "this": 0, "next": 1}


def _month_of_year(month: str | None, which: str | None, published: dt.date) -> str | None:
    """ "March last year", "June of this year", "May next year": that month of the year
    the relative word names from the dateline's."""
    if not month or not which:
        return None
    year = published.year + SHIFT[which.lower()]
    return f"{year:04d}-{_MONTHS.index(month.lower()) + 1:02d}"


def _span(span: str | None, unit: str | None, published: dt.date) -> str | None:
    if not span or not unit:
        return None
    which = span.lower().split()[-1]
    unit = unit.lower()
    if unit == "year":
        year = published.year + SHIFT[which]
        return f"{year:04d}"
    if unit == "month":
        first = published.replace(day=1)
        if which == "last":
            first = (first - dt.timedelta(days=1)).replace(day=1)
        elif which == "next":
            first = (first + dt.timedelta(days=32)).replace(day=1)
        return first.strftime("%Y-%m")
    # A week is a month only when it lies within one.
    monday = published - dt.timedelta(days=published.weekday())
    monday += dt.timedelta(days=7 * SHIFT[which])
    sunday = monday + dt.timedelta(days=6)
    return monday.strftime("%Y-%m") if monday.month == sunday.month else None


def _ago(count: str | None, unit: str | None, published: dt.date) -> str | None:
    if not count or not unit:
        return None
    number = int(count) if count.isdigit() else _COUNT.get(count.lower(), 0)
    unit = unit.lower().rstrip("s")
    if unit == "day":
        return (published - dt.timedelta(days=number)).isoformat()
    if unit == "week":
        return _weeks_ago(number, published)
    if unit == "year":
        return f"{published.year - number:04d}"
    year, month = _months_before(published, number)
    return f"{year:04d}-{month:02d}"


def _weeks_ago(number: int, published: dt.date) -> str | None:
    """ "two weeks ago" is a day only roughly: its month when the week around that day
    lies within one month, else nothing."""
    day = published - dt.timedelta(days=7 * number)
    first, last = day - dt.timedelta(days=3), day + dt.timedelta(days=3)
    return day.strftime("%Y-%m") if first.month == last.month else None


def _months_before(published: dt.date, number: int) -> tuple[int, int]:
    """The (year, month) `number` months before the dateline's month."""
    index = published.year * 12 + published.month - 1 - number
    return index // 12, index % 12 + 1


def _quarter(which: str | None, published: dt.date) -> str | None:
    """ "the current quarter": the dateline's year; "last quarter": the year three months
    before it."""
    if not which:
        return None
    year = _months_before(published, 3)[0] if which.lower() == "last" else published.year
    return f"{year:04d}"
