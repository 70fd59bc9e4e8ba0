"""Which of a sentence's dates is the deal's, and where else an article dates a deal.

In the sentence, the date the deal's clause carries as a modifier ("agreed on March 10",
"completed last month", "its 2001 acquisition of Liffe") is the deal's; a date that is an
argument ("set March 31 as the record date") or belongs to another event (a meeting, a
vote, an expiry) is not. When no sentence stating the deal dates it, another sentence about
the same deal may ("Reebok announced the acquisition agreement on March 10", "The sale is
effective from tomorrow").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.models import EventDate
from retrieval.registry.candidates import has_trigger
from retrieval.registry.details import ArticleSentence
from retrieval.registry.event_dates import DateMention, find_dates
from retrieval.registry.syntax import clause_path

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words whose dates are not the deal's: another event (a meeting, a record date, an
# expiry), an expectation ("expected in May", "due 1988"), a bound ("until", "by 1992",
# "through 1990") or a period ("the year to end February").
OTHER_EVENTS = frozenset(
    """
    meeting record vote expiration expire deadline expect expected schedule scheduled due
    until till by through before after later end ended ending year run runs start set
    """.split()
)
# ... unless the date is a planned signing ("expected to be signed today").
_SIGNING = frozenset({"sign", "signed", "signing"})
# A date standing as an argument ("set March 31 as the date") names no event's time.
_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")
# Words that say a sentence dates a deal it refers back to.
_DATING_WORDS = re.compile(
    r"\b(?:announc\w*|agreed|agreement|signed|signing|completed|effective|closed|closing"
    r"|reached|concluded)\b",
    re.IGNORECASE,
)


def date_of_trigger(trigger: Token, dates: Sequence[DateMention]) -> EventDate | None:
    """The date attached to the deal's clause (its path to the root), else the nearest
    one that is not another event's; a year modifying the deal noun ("its 2001
    acquisition") counts."""
    year = _year_of(trigger)
    if year is not None:
        return year
    doc: Doc = trigger.doc
    path = {t.i for t in clause_path(trigger)}
    attached: list[tuple[int, DateMention]] = []
    free: list[tuple[int, DateMention]] = []
    for mention in dates:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.root.dep_ in _ARGUMENTS:
            continue
        heads = _heads_up_to(span.root, trigger)
        distance = abs(span.root.i - trigger.i)
        if _other_event(heads):
            continue
        (attached if any(h.i in path for h in heads) else free).append((distance, mention))
    chosen = min(attached, key=lambda x: x[0], default=None) or min(
        free, key=lambda x: x[0], default=None
    )
    return chosen[1].date if chosen else None


def _heads_up_to(token: Token, trigger: Token) -> list[Token]:
    """A date's first few heads, up to the deal word: what lies above the deal word is
    about the deal, not about its date ("mainly due to the takeover of X in 1986")."""
    heads = []
    for head in clause_path(token)[1:5]:
        heads.append(head)
        if head.i == trigger.i:
            break
    return heads


def _other_event(heads: Sequence[Token]) -> bool:
    for head in heads:
        lemma = head.lemma_.lower()
        if lemma in _SIGNING:
            return False
        if lemma in OTHER_EVENTS or head.lower_ in OTHER_EVENTS:
            return True
    return False


def _year_of(trigger: Token) -> EventDate | None:
    for child in trigger.children:
        if child.dep_ in {"nummod", "compound", "amod"} and _YEAR.match(child.text):
            sentence = trigger.doc.text
            return EventDate(value=child.text, text=child.text, basis="text", evidence=sentence)
    return None


def date_from_context(
    sentences: Sequence[ArticleSentence], *, article_date: str | None
) -> EventDate | None:
    """The first date in a sentence about the deal that speaks of dating it (announced,
    signed, completed, effective) or names a deal word."""
    for sentence in sentences:
        if sentence.position < 0 or not has_trigger(sentence.text):
            continue
        for mention in find_dates(sentence.text, article_date=article_date):
            text = sentence.text
            before = text[: mention.start].lower().split()[-3:]
            if any(word.strip(",.") in OTHER_EVENTS for word in before):
                continue
            near = text[max(0, mention.start - _NEAR) : mention.end + _NEAR]
            if _DATING_WORDS.search(near) and mention.date.basis != "unknown":
                return mention.date
    return None


# How close a dating word must stand to a date in another sentence about the deal.
_NEAR = 60
