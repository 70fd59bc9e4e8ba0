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
from retrieval.registry.event_dates import DateMention, find_dates
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
        for written in find_dates(sentence.text, article_date=article_date):
            text = sentence.text
            # what is yet to come dates the deal only as its planned conclusion on a day
            to_come = _expected(text[: written.start])
            planned = _planned_day(text, written, article_date) if to_come else None
            mention = planned or written
            if allowed is not None and mention.date.value not in allowed:
                continue
            before = text[: mention.start].lower().split()[-3:]
            # the words before a date stand in for the parse where there is none
            if (
                not planned
                and allowed is None
                and any(w.strip(",.") in OTHER_EVENTS for w in before)
            ):
                continue
            if to_come and not planned:
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


def _planned_day(text: str, mention: DateMention, article_date: str | None) -> DateMention | None:
    """ "The sale is expected to be completed on April 30", "Completion is due on April
    30": a named day the deal is to be concluded on is its planned conclusion, dated as a
    planned signing is (date_tense.planned_conclusion reads the same in the parse), and
    taken as the next such day from the dateline; a month or a quarter is an estimate."""
    if len(mention.date.value) != len("1987-04-30"):
        return None
    written = [w.strip(".,\"'") for w in text[: mention.start].split()][-_GROUP:]
    words = {w.lower() for w in written}
    # "may be finalized as early as May 1": what may happen is no plan
    if not _CONCLUDING_WORDS & words or _POSSIBLE & words or "may" in written:
        return None
    phrase = text[mention.start : mention.end]
    ahead = find_dates(phrase, article_date=article_date, ahead=True)
    if len(ahead) != 1:
        return mention
    return DateMention(
        mention.start, mention.end, ahead[0].date.model_copy(update={"evidence": text})
    )


# Modals of what may happen, not what is planned.
_POSSIBLE = frozenset({"might", "could", "would"})


# Words of concluding a deal, the verbs' forms and their nouns.
_CONCLUDING_WORDS = frozenset(
    {f for verb in CONCLUDING for f in forms(verb)} | {"completion", "closing", "conclusion"}
)


# Words from an expectation to its date: "expected to be completed in the".
_GROUP = 6
