"""Dates of what is yet to happen: "the agreement will be signed on Monday", "is expected
to be signed in June", "effective June 1". A weekday, a month or a month-day without a
year is then the next one from the dateline, not the last (event_dates resolves them
backwards, as news mostly reports what has happened). The verb the date hangs on says
which: a future auxiliary, an infinitive of a plan or an expectation, or "effective" in a
clause not in the simple past ("became effective March 1" is past). Only a verb of
concluding a deal is read so: another verb's date is another event's anyway, and a
parse that hangs a deal noun's date on the verb above ("will benefit from its acquisition
in late December") would send a past date forwards."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.registry.event_dates import DateMention, find_dates
from retrieval.registry.lexicon import RAISING_PREDICATES
from retrieval.registry.syntax import clause_path

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Auxiliaries of the future.
_FUTURE = frozenset({"will", "shall", "'ll", "wo"})
# Verbs of concluding a deal, whose planned date the deal's is.
_CONCLUDING = frozenset(
    "sign complete close conclude finalize finalise seal consummate merge".split()
)
# Verbs whose infinitive is planned or expected ("expected to be signed on Monday").
_PLANNING = RAISING_PREDICATES | frozenset({"expect", "expected", "plan", "planned"})


def dated_ahead(
    doc: Doc, dates: Sequence[DateMention], article_date: str | None
) -> list[DateMention]:
    """`dates` (found in `doc.text`), each of what is yet to happen resolved forwards."""
    found = []
    for mention in dates:
        ahead = []
        if mention.date.basis == "article" and _yet_to_happen(doc, mention):
            text = doc.text[mention.start : mention.end]
            ahead = find_dates(text, article_date=article_date, ahead=True)
        if len(ahead) == 1:
            date = ahead[0].date.model_copy(update={"evidence": mention.date.evidence})
            found.append(DateMention(mention.start, mention.end, date))
        else:
            found.append(mention)
    return found


def _yet_to_happen(doc: Doc, mention: DateMention) -> bool:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    governor = next((h for h in clause_path(span.root)[1:4] if h.pos_ != "ADP"), None)
    if governor is None:
        return False
    if governor.lower_ == "effective":
        verb = governor.head
        return verb.i != governor.i and verb.tag_ not in {"VBD", "VBN"}
    return governor.lemma_.lower() in _CONCLUDING and _future(governor)


def _future(verb: Token) -> bool:
    """ "will be signed", "is to be signed", "is expected to be signed"."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in _FUTURE for a in auxiliaries):
        return True
    infinitive = any(a.lower_ == "to" for a in auxiliaries)
    above = verb.head
    return infinitive and verb.dep_ == "xcomp" and above.lower_ in _PLANNING | {"is", "are"}
