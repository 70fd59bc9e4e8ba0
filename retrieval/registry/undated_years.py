"""The year of a month-day in an article without a dateline: "8 month 9 Japan" (8月9日)
in a machine-translated article whose only fully written date is "2021 year 1 month 14".
An article is written after the events it dates in full, and news tells of the year it
is written in, so a month-day it gives without a year is taken in the year of its latest
fully written date (year, month and day), when it has one. A year alone ("in 2025", "the
2023 plan") may be a plan's or a history's: not read.
"""

from __future__ import annotations

from retrieval.models import AllianceFacts, Article
from retrieval.registry.event_dates import find_dates

# An ISO day: "2021-01-14".
_DAY_LENGTH = len("2021-01-14")


def with_text_year(found: list[AllianceFacts], article: Article) -> list[AllianceFacts]:
    """`found`, each month-day of unknown year given the year of the article's latest
    fully written date (only for an article with no dateline)."""
    if article.date is not None:
        return found
    unknown = [f for f in found if f.date is not None and f.date.basis == "unknown"]
    if not unknown:
        return found
    year = _latest_full_year(article.text)
    if year is None:
        return found
    return [_in_year(facts, year) for facts in found]


def _in_year(facts: AllianceFacts, year: int) -> AllianceFacts:
    date = facts.date
    if date is None or date.basis != "unknown" or not date.value.startswith("--"):
        return facts
    dated = date.model_copy(update={"value": f"{year}{date.value[1:]}", "basis": "text"})
    return facts.model_copy(update={"date": dated})


def _latest_full_year(text: str) -> int | None:
    """The year of the latest date the text writes with its year, month and day."""
    years = [
        int(m.date.value[:4])
        for m in find_dates(text, article_date=None)
        if m.date.basis == "text" and len(m.date.value) == _DAY_LENGTH
    ]
    return max(years, default=None)
