"""Where else an article dates a deal: when no sentence stating the deal dates it,
another sentence about the same deal may ("Reebok announced the acquisition agreement on
March 10", "The sale is effective from tomorrow").
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from retrieval.models import EventDate
from retrieval.registry.candidates import DATING_WORDS, forms, has_trigger
from retrieval.registry.date_tense import CONCLUDING, PAST, POSSIBLE
from retrieval.registry.details import ArticleSentence
from retrieval.registry.event_dates import DateMention, find_dates, is_day
from retrieval.registry.org_words import FORMING_VERBS
from retrieval.registry.other_events import EXPECTING, OTHER_EVENTS, SIGNING


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
            mention = _usable(written, text, allowed, article_date)
            if mention is None:
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


def _usable(
    written: DateMention, text: str, allowed: set[str] | None, article_date: str | None
) -> DateMention | None:
    """The date as it may date the deal, if it may: what is yet to come does so only as
    the deal's planned conclusion on a day; a date the parse did not keep, or one the words
    before it make another event's where there is no parse, does not."""
    to_come = _expected(text[: written.start])
    planned = _planned_day(text, written, article_date) if to_come else None
    if to_come and not planned:
        return None
    mention = planned or written
    if allowed is not None and mention.date.value not in allowed:
        return None
    before = text[: mention.start].lower().split()[-3:]
    # the words before a date stand in for the parse where there is none
    if not planned and allowed is None and any(w.strip(",.") in OTHER_EVENTS for w in before):
        return None
    # "as of Friday": the time a state is measured at, unless the word before it is
    # "effective" or "dated" (other_events.a_state_time)
    if allowed is None and before[-2:] == ["as", "of"] and _of_a_state(before[:-2]):
        return None
    return mention


def _of_a_state(before: list[str]) -> bool:
    """Is "as of" after `before` a state's time: not "effective as of" (taking effect) nor
    "dated as of" (an agreement's date)?"""
    return not before or before[-1].strip(",.") not in _DEAL_TIME_WORDS


# Words before "as of" that make its date the deal's own.
_DEAL_TIME_WORDS = frozenset({"effective", "dated"})


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
# Words of concluding a deal: date_tense's verbs (whose planned date is the deal's), in
# every form, and their nouns.
_CONCLUDING_WORDS = frozenset(
    {f for verb in CONCLUDING for f in forms(verb)} | {"completion", "closing", "conclusion"}
)
# "The deal was finalized on Tuesday": those verbs date a deal in another sentence as a
# signing does; as done, in their past forms ("close" and "seal" are words of other kinds
# too).
_CONCLUDED = re.compile(
    r"\b(?:" + "|".join(sorted(f for f in _CONCLUDING_WORDS if f.endswith("d"))) + r")\b",
    re.IGNORECASE,
)
# How close a dating word must stand to a date in another sentence about the deal.
_NEAR = 60
# Words of what is yet to happen: "The deal is expected to be completed in the first
# quarter of 2005" dates a completion to come, not the deal (a planned signing aside); so
# do the modals of what may happen (date_tense.POSSIBLE, as written: "May" is also a
# month).
_TO_COME = frozenset("expect expects expected scheduled due will would should".split())
# Words that deny what follows ("is not expected to", "no longer expects to").
_DENYING = frozenset({"not", "no", "never"})


def _expected(before: str) -> bool:
    """Does the verb group just before a date ("is expected to be completed in", "will
    close on") say that what it dates is yet to come (or was to come: "was expected to be
    signed on May 15" dates no signing)?"""
    written = [w.strip(".\"'") for w in re.split(r"[,;]", before)[-1].split()][-_GROUP:]
    words = [w.lower() for w in written]
    to_come = _TO_COME.intersection(words) or POSSIBLE.intersection(written)
    signing = SIGNING.intersection(words) and not _unrealised(words)
    return bool(to_come) and not signing


def _unrealised(words: Sequence[str]) -> bool:
    """Do the words (lower case) make a plan one of the past or deny it?"""
    return any(w in PAST or w in _DENYING or w.endswith("n't") for w in words)


def _planned_day(text: str, mention: DateMention, article_date: str | None) -> DateMention | None:
    """ "The sale is expected to be completed on April 30", "Completion is due on April
    30": a named day the deal is to be concluded on is its planned conclusion, dated as a
    planned signing is (date_tense.planned_conclusion reads the same in the parse), and
    taken as the next such day from the dateline. Not a month or a quarter (an estimate),
    what may happen ("may be finalized as early as May 1"), a plan of the past or denied
    ("was expected to close on May 15", "is not expected to"), nor a bound ("by July 2")."""
    if not is_day(mention.date.value):
        return None
    written = [w.strip(".,\"'") for w in text[: mention.start].split()][-_GROUP:]
    words = [w.lower() for w in written]
    bound = bool(words) and words[-1] in OTHER_EVENTS and words[-1] not in EXPECTING
    if not _CONCLUDING_WORDS.intersection(words) or POSSIBLE.intersection(written):
        return None
    if bound or _unrealised(words):
        return None
    phrase = text[mention.start : mention.end]
    ahead = find_dates(phrase, article_date=article_date, ahead=True)
    if len(ahead) != 1:
        return mention
    return DateMention(
        mention.start, mention.end, ahead[0].date.model_copy(update={"evidence": text})
    )


# Words from an expectation to its date: "expected to be completed in the".
_GROUP = 6
