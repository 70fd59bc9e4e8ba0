"""A day of the month named without its month: "agreed on the 3rd", "will sign on the 20th".

News names a day so only when its month goes without saying: the dateline's own month, or
the one before when that day has not come yet. So "on the 3rd" is the nearest 3rd on or
before the dateline (on or after it, for what is yet to happen: date_tense). Only an
ordinal the parse makes the whole object of "on", with nothing but its article, is a day:
"on the 12th floor" and "on the 3rd quarter's results" are an ordinal of something else.
Without a dateline the month is unknown and nothing is read; nor when the sentence names
another date, whose month the day may be of.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.models import EventDate
from retrieval.registry.event_dates import DateMention, is_day

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_ON_THE_DAY = re.compile(r"\bon the (?P<day>[0-3]?\d)(?:st|nd|rd|th)\b", re.IGNORECASE)
# An ordinal day of a month the text names just after it ("the 3rd of last month").
_THE_DAY_OF = re.compile(r"\bthe (?P<day>[0-3]?\d)(?:st|nd|rd|th) of $", re.IGNORECASE)
_A_MONTH = re.compile(r"^\d{4}-\d\d$")


def with_month_days(
    doc: Doc, dates: list[DateMention], article_date: str | None
) -> list[DateMention]:
    """`dates` (found in `doc.text`) and the days of the month `doc` names alone, in order.
    A sentence that names a date of its own ("In January, it agreed on the 20th") may mean
    the 20th of that month, not the dateline's: its month-less days are left unread."""
    if dates:
        return days_of_months(doc.text, dates)
    return [day for day in find_month_days(doc.text, article_date) if _a_day_alone(doc, day)]


def find_month_days(
    text: str, article_date: str | None, *, ahead: bool = False
) -> list[DateMention]:
    """Every "on the <ordinal>" in `text`, resolved against the dateline (`ahead`: of what
    is yet to happen), whatever the ordinal names: with_month_days asks the parse."""
    found = []
    for match in _ON_THE_DAY.finditer(text):
        value = _resolve(int(match.group("day")), article_date, ahead=ahead)
        if value is not None:
            date = EventDate(value=value, text=match.group(0), basis="article", evidence=text)
            found.append(DateMention(match.start(), match.end(), date))
    return found


def days_of_months(text: str, dates: Sequence[DateMention]) -> list[DateMention]:
    """`dates` (found in `text`), a month among them that an ordinal day is "of" ("on the
    3rd of last month", "the 20th of this month") made that day: the ordinal names the
    day, the phrase after "of" only its month (event_dates reads the phrase alone)."""
    return [_with_day(text, mention) for mention in dates]


def _with_day(text: str, mention: DateMention) -> DateMention:
    """`mention`, a month made the day an ordinal "of" it before it names."""
    day = _THE_DAY_OF.search(text[max(0, mention.start - 20) : mention.start])
    if day is None or not _A_MONTH.match(mention.date.value):
        return mention
    value = _in_month(mention.date.value, int(day.group("day")))
    if value is None:
        return mention
    start = mention.start - len(day.group(0))
    date = mention.date.model_copy(update={"value": value, "text": text[start : mention.end]})
    return DateMention(start, mention.end, date)


def _in_month(month: str, day: int) -> str | None:
    """That day of the month ("1987-02", 3 -> "1987-02-03"), if the month has it."""
    try:
        return dt.date.fromisoformat(f"{month}-{day:02d}").isoformat()
    except ValueError:
        return None


def _a_day_alone(doc: Doc, mention: DateMention) -> bool:
    """Is the ordinal the whole object of "on", with only its article ("on the 3rd")?"""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    ordinal: Token = span[-1]
    return (
        ordinal.dep_ == "pobj"
        and ordinal.head.lower_ == "on"
        and all(c.dep_ == "det" for c in ordinal.children)
    )


def _resolve(day: int, article_date: str | None, *, ahead: bool) -> str | None:
    """The nearest date of that day of the month on or before the dateline (`ahead`: on
    or after it), stepping over months too short for it ("the 31st")."""
    if not 1 <= day <= 31 or not article_date or not is_day(article_date):
        return None
    published = dt.date.fromisoformat(article_date)
    year, month = published.year, published.month
    for _ in range(3):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and (candidate >= published if ahead else candidate <= published):
            return candidate.isoformat()
        step = 1 if ahead else -1
        year, month = (year + (month + step - 1) // 12, (month + step - 1) % 12 + 1)
    return None


def after(value: str, article_date: str | None) -> bool:
    """Does the date lie wholly after the dateline (its first day later)?"""
    if not article_date or not value[:4].isdigit() or not is_day(article_date):
        return False
    return day_number(value) > day_number(article_date)


def nearer(ahead: DateMention, back: DateMention, article_date: str) -> bool:
    """The date resolved forwards is nearer the dateline than the one resolved back."""
    when = day_number(article_date)
    return abs(day_number(ahead.date.value) - when) < abs(when - day_number(back.date.value))


def day_number(value: str) -> int:
    """A date ("1987-06-01", "1987-06", "1987") as a day number, its first day if partial."""
    parts = [int(p) for p in value.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2]).toordinal()
