"""Event dates in deal sentences, resolved against the article's own date, never invented.

Written dates ("March 13, 1987", "13 March", "March 1987", "2023/03/13", "March six") and
dates relative to the dateline ("today", "on Friday", "last June", "last month", "in
1985"; retrieval.registry.relative_dates) are found with their place in the sentence, so
that the one belonging to the deal can be chosen. Each is only as precise as the text:
"last month" is a month, "in 1985" a year. "On March 13th" in an article dated 2023-03-13
is 2023-03-13; in an undated article it stays "--03-13" (ISO 8601's truncated month-day
form): the year is unknown and we say so. Machine-translated Chinese dates ("8 month 9
Japan" for 8月9日) are read too: 日 ("day") is routinely mistranslated as "Japan".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from retrieval.models import DateBasis, EventDate
from retrieval.nlp.patterns import MONTH_NAMES
from retrieval.registry.relative_dates import RELATIVE, SHIFT, resolve_relative

_MONTH = r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"  # noqa: E501 - one alternation
_DAY_WORDS = (
    "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty thirty"
).split()
_ORDINAL_WORDS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "thirtieth"
).split()
_NUMBER_WORD = (
    r"(?:(?:twenty|thirty)[- ])?(?:one|two|three|four|five|six|seven|eight|nine|first|second"
    r"|third|fourth|fifth|sixth|seventh|eighth|ninth)|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|tenth|eleventh|twelfth"
    r"|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|twentieth|thirtieth"
)
_DAY = r"(?P<day>[0-3]?\d(?:st|nd|rd|th)?)"
# "March six", "July One" (Reuters writes some days in words, often capitalised): only
# after a capitalised month name, so that "may one day" stays a verb; and not before a
# capitalised word or a hyphen, where the number word begins a name ("in October First
# Chicago Corp") or a compound ("May Twenty-First Century Corp": no "May Twenty").
_CAPITAL_MONTH = r"(?P<month>(?:January|February|March|April|May|June|July|August|September|October|November|December))"  # noqa: E501
_YEAR = r"(?P<year>(?:19|20)\d\d)"
# A day's year stated or told from the dateline's: "March 13, 1987", "on March 6 last year",
# "13 March of next year" (a relative year names the year of the whole date before it).
_DAYS_YEAR = rf"(?:,? {_YEAR}\b|,? (?:of )?(?P<rel_year>last|this|next) year\b)?"
_PATTERNS = (
    re.compile(rf"(?<!\d){_YEAR}[-/.](?P<mnum>[01]?\d)[-/.]{_DAY}(?!\d)"),
    re.compile(rf"\b(?:on |in |since )?{_MONTH} {_DAY}\b{_DAYS_YEAR}", re.IGNORECASE),
    re.compile(rf"\b(?:on |the )?{_DAY}(?: of)? {_MONTH}{_DAYS_YEAR}", re.IGNORECASE),
    re.compile(rf"\b(?:in )?{_MONTH},? {_YEAR}\b", re.IGNORECASE),
    re.compile(
        rf"\b(?:on )?{_CAPITAL_MONTH} (?P<day>(?i:{_NUMBER_WORD}))\b(?!-|\s+[A-Z]){_DAYS_YEAR}"
    ),
    re.compile(
        rf"(?:{_YEAR} ?(?:year|年) ?)?(?<!\d)(?P<mnum>1[0-2]|0?[1-9]) ?(?:month|月) ?{_DAY}"
        r"(?: ?(?:japan|day|日))?\b",
        re.IGNORECASE,
    ),
)
# A month-day without a year is taken in the article's year, unless that puts it this far
# after the article: news reports what happened, so it is then the year before.
MAX_DAYS_AHEAD = 31


@dataclass(frozen=True)
class DateMention:
    start: int  # character offsets in the sentence
    end: int
    date: EventDate


def find_dates(
    sentence: str, *, article_date: str | None, ahead: bool = False
) -> list[DateMention]:
    """Every date expression in `sentence` that resolves, in order, without overlaps.
    `ahead`: the dates are of what is yet to happen ("will be signed on Monday"), so a
    month, a weekday or a month-day without a year is the next one, not the last."""
    found: list[DateMention] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            parsed = _parse(match, article_date, sentence, ahead=ahead)
            if parsed is not None:
                found.append(DateMention(match.start(), match.end(), parsed))
    for match in RELATIVE.finditer(sentence):
        value = resolve_relative(match, article_date, ahead=ahead)
        if value is not None:
            date = EventDate(
                value=value[0], text=match.group(0).strip(), basis=value[1], evidence=sentence
            )
            found.append(DateMention(match.start(), match.end(), date))
    kept: list[DateMention] = []
    # Longer (more precise) expressions first; an overlapping shorter one is a part of it.
    for mention in sorted(found, key=lambda m: (m.start - m.end, m.start)):
        if not any(m.start < mention.end and mention.start < m.end for m in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)


def find_date(sentence: str, *, article_date: str | None) -> EventDate | None:
    """The first date expression in `sentence`."""
    found = find_dates(sentence, article_date=article_date)
    return found[0].date if found else None


def _parse(
    match: re.Match[str], article_date: str | None, sentence: str, *, ahead: bool = False
) -> EventDate | None:
    parts = match.groupdict()
    month = _month_number(parts)
    day = _day_number(parts.get("day"))
    year = int(parts["year"]) if parts.get("year") else _relative_year(parts, article_date)
    if month is None or (day is not None and not 1 <= day <= 31) or (day is None and year is None):
        return None
    text = match.group(0).strip()
    if year is not None:
        value = f"{year:04d}-{month:02d}" + (f"-{day:02d}" if day else "")
        basis: DateBasis = "text" if parts.get("year") else "article"
        return EventDate(value=value, text=text, basis=basis, evidence=sentence)
    assert day is not None
    resolved = _in_article_year(month, day, article_date, ahead=ahead)
    if resolved is None:
        return EventDate(
            value=f"--{month:02d}-{day:02d}", text=text, basis="unknown", evidence=sentence
        )
    return EventDate(value=resolved, text=text, basis="article", evidence=sentence)


def _relative_year(parts: dict[str, str | None], article_date: str | None) -> int | None:
    """The year "last year" names from the dateline's (unknown without a dateline)."""
    which = parts.get("rel_year")
    if not which or not article_date or not re.match(r"^\d{4}-", article_date):
        return None
    return int(article_date[:4]) + SHIFT[which.lower()]


def _day_number(text: str | None) -> int | None:
    if not text:
        return None
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    total = 0
    for word in re.split(r"[- ]", text.lower()):
        for words in (_DAY_WORDS, _ORDINAL_WORDS):
            if word in words:
                index = words.index(word)
                total += index + 1 if index < 19 else (20 if index == 19 else 30)
    return total or None


def _month_number(parts: dict[str, str | None]) -> int | None:
    if parts.get("mnum"):
        number = int(parts["mnum"] or 0)
        return number if 1 <= number <= 12 else None
    return month_number(parts.get("month") or "")


def month_number(name: str) -> int | None:
    name = name.lower().rstrip(".")
    for number, full in enumerate(MONTH_NAMES, start=1):
        if name and len(name) >= 3 and full.startswith(name[:3]):
            return number
    return None


def _in_article_year(
    month: int, day: int, article_date: str | None, *, ahead: bool = False
) -> str | None:
    """The month-day's year: the dateline's, or the year before when that puts it too far
    ahead; for what is yet to happen (`ahead`), the first one from the dateline on."""
    if not article_date or not re.match(r"^\d{4}-\d{2}-\d{2}$", article_date):
        return None
    published = dt.date.fromisoformat(article_date)
    years = (published.year, published.year + 1) if ahead else (published.year, published.year - 1)
    for year in years:
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        days = (candidate - published).days
        if (days >= 0) if ahead else (days <= MAX_DAYS_AHEAD):
            return candidate.isoformat()
    return None


def display_date(date: EventDate) -> str:
    """ "2023-03-13", "March 2023", "1985", or "December 23" when the year is unknown."""
    value = date.value
    if value.startswith("--"):
        month, day = int(value[2:4]), int(value[5:7])
        return f"{MONTH_NAMES[month - 1].title()} {day}"
    if len(value) == 7:
        return f"{MONTH_NAMES[int(value[5:7]) - 1].title()} {value[:4]}"
    return value


def date_parts(value: str) -> tuple[int | None, int | None]:
    """(year, month) of an EventDate value or an article date; None where unknown."""
    if value.startswith("--"):
        return None, int(value[2:4])
    year = int(value[:4]) if re.match(r"^\d{4}", value) else None
    month = int(value[5:7]) if re.match(r"^\d{4}-\d{2}", value) else None
    return year, month


def is_day(value: str) -> bool:
    """Is an EventDate value or an article date a whole day ("1987-04-30"), not a month, a
    year or a month-day of unknown year?"""
    return bool(re.match(r"^\d{4}-\d{2}-\d{2}$", value))
