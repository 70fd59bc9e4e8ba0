"""Where else an article dates a deal: when no sentence stating the deal dates it,
another sentence about the same deal may ("Reebok announced the acquisition agreement on
March 10", "The sale is effective from tomorrow").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from retrieval.models import EventDate
from retrieval.registry.candidates import DATING_WORDS, forms, has_trigger
from retrieval.registry.date_tense import CONCLUDING
from retrieval.registry.details import ArticleSentence
from retrieval.registry.event_dates import find_dates
from retrieval.registry.org_words import FORMING_VERBS
from retrieval.registry.other_events import OTHER_EVENTS, SIGNING


def date_from_context(
    sentences: Sequence[ArticleSentence],
    *,
    article_date: str | None,
    parsed: Mapping[int, Sequence[EventDate]] | None = None,
    own: Mapping[int, Sequence[EventDate]] | None = None,
) -> EventDate | None:
    """The first date in a sentence about the deal that speaks of dating it (announced,
    signed, completed, effective) or names a deal word. `parsed`: for the sentences that
    were parsed, the dates their deal words' clauses carry (`date_of_trigger`): only those
    count there ("The acquisition follows the withdrawal announced last December": the
    withdrawal's date). `own`: of those, the dates on a deal word or its verb."""
    parsed, own = parsed or {}, own or {}
    for sentence in sentences:
        if sentence.position < 0 or not has_trigger(sentence.text):
            continue
        # by value: the parsed dates were read from the text the parser was given, without
        # brackets or a town ("its <ARC America Corp> unit"), so their evidence differs
        allowed = _values(parsed.get(sentence.position))
        owned = _values(own.get(sentence.position, ()))
        for mention in find_dates(sentence.text, article_date=article_date):
            if allowed is not None and mention.date.value not in allowed:
                continue
            text = sentence.text
            before = text[: mention.start].lower().split()[-3:]
            # the words before a date stand in for the parse where there is none
            if allowed is None and any(word.strip(",.") in OTHER_EVENTS for word in before):
                continue
            if _expected(text[: mention.start]):
                continue
            near = text[max(0, mention.start - _NEAR) : mention.end + _NEAR]
            # "Packer, who made the sale in January": a date on the deal word or on the
            # verb it is the object of dates that deal, dating word or not.
            dating = mention.date.value in (owned or ()) or bool(
                DATING_WORDS.search(near) or _FORMED.search(near) or _CONCLUDED.search(near)
            )
            if dating and mention.date.basis != "unknown":
                return mention.date
    return None


def _values(dates: Sequence[EventDate] | None) -> set[str] | None:
    return None if dates is None else {d.value for d in dates}


# "The banks merged on March 16": the time two firms become one dates their merger.
_COMBINING_VERBS = frozenset({"merge", "combine", "amalgamate"})
# "Alcatel NV was formed last year when ITT and CGE merged their businesses": the time a
# firm is formed, set up or established dates the deal that made it, as a signing does
# (org_words' verbs that bring a firm into being, in every form).
_FORMED = re.compile(
    r"\b(?:"
    + "|".join(
        " ".join([form, *verb.split()[1:]])
        for verb in sorted(FORMING_VERBS | _COMBINING_VERBS)
        for form in forms(verb.split()[0], verb=True)
    )
    + r")\b",
    re.IGNORECASE,
)
# "The deal was finalized on Tuesday": the verbs of concluding a deal (date_tense's, whose
# planned date is the deal's) date it in another sentence as a signing does; as done, in
# their past forms ("close" and "seal" are words of other kinds too).
_CONCLUDED = re.compile(
    r"\b(?:"
    + "|".join(sorted(f for verb in CONCLUDING for f in forms(verb) if f.endswith("d")))
    + r")\b",
    re.IGNORECASE,
)
# How close a dating word must stand to a date in another sentence about the deal.
_NEAR = 60
# Words of what is yet to happen: "The deal is expected to be completed in the first
# quarter of 2005" dates a completion to come, not the deal (a planned signing aside); so
# do the modals of what may happen ("which may be finalized as early as May 1"; "may" as
# written in lower case: "May" is also a month).
_TO_COME = frozenset("expect expects expected scheduled due will would should might could".split())


def _expected(before: str) -> bool:
    """Does the verb group just before a date ("is expected to be completed in", "will
    close on") say that what it dates is yet to come?"""
    written = [w.strip(".\"'") for w in re.split(r"[,;]", before)[-1].split()][-_GROUP:]
    words = [w.lower() for w in written]
    to_come = _TO_COME.intersection(words) or "may" in written
    return bool(to_come) and not SIGNING.intersection(words)


# Words from an expectation to its date: "expected to be completed in the".
_GROUP = 6
