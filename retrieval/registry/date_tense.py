"""Dates of what is yet to happen: "the agreement will be signed on Monday", "is expected
to be signed in June", "effective June 1". A weekday, a month or a month-day without a
year is then the next one from the dateline, not the last (event_dates resolves them
backwards, as news mostly reports what has happened). The verb the date hangs on says
which: a future auxiliary, an infinitive of a plan or an expectation. "effective <date>"
is read by the tense of its clause: ahead in the future, behind in the simple past
("became effective March 1"; "its merger, effective June 1, created ..."), and the nearer
of the two dates to the dateline when there is no tense to go by. Only a verb of
concluding a deal is read so: another verb's date is another event's anyway, and a
parse that hangs a deal noun's date on the verb above ("will benefit from its acquisition
in late December") would send a past date forwards. A date yet to come on a word of no
deal is another event's ("allows it to reduce its stake at the end of 1988"): dropped."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.registry.cue_words import BACKSHIFTED, FUTURE_AUXILIARIES, MODALS
from retrieval.registry.date_words import approximate, paying
from retrieval.registry.event_dates import DateMention, find_dates, is_day
from retrieval.registry.lexicon import NOUN_FRAMES, RAISING_PREDICATES, REPORTING_VERBS, VERB_FRAMES
from retrieval.registry.month_days import after, days_of_months, find_month_days, nearer
from retrieval.registry.other_events import SIGNING
from retrieval.registry.syntax import clause_path

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Verbs of concluding a deal, whose planned date the deal's is.
CONCLUDING = frozenset(
    "sign complete close conclude finalize finalise seal consummate merge".split()
)
# Verbs whose infinitive is planned or expected ("expected to be signed on Monday").
_PLANNING = RAISING_PREDICATES | frozenset({"expect", "expected", "plan", "planned"})
# Modals of what may happen, not what is planned ("its acquisition may close on July 2");
# "should" is an expectation.
POSSIBLE = MODALS - {"should"}
# Auxiliaries of a plan of the past ("was expected to close", "had expected to complete").
PAST = frozenset({"was", "were", "had"})


def dated_ahead(
    doc: Doc,
    dates: Sequence[DateMention],
    article_date: str | None,
    triggers: frozenset[int] = frozenset(),
) -> list[DateMention]:
    """`dates` (found in `doc.text`), each of what is yet to happen resolved forwards, and
    each "effective" date with no tense to go by resolved to the nearer of the two.
    `triggers`: the indices of the sentence's deal words (a payment that is one is the
    deal's own doing: "will pay 20 mln for Benton on April 1")."""
    found = []
    for mention in dates:
        if after(mention.date.value, article_date) and not _planned(doc, mention):
            continue  # what is yet to happen, and no deal's concluding: another event's
        ahead = []
        tense = _tense(doc, mention)
        if tense is not None and mention.date.basis == "article":
            text = doc.text[mention.start : mention.end]
            ahead = days_of_months(
                text, find_dates(text, article_date=article_date, ahead=True)
            ) or find_month_days(text, article_date, ahead=True)
        if tense in {_NEAREST, _LATER} and len(ahead) == 1 and article_date:
            ahead = [m for m in ahead if nearer(m, mention, article_date)]
        placed = mention
        if len(ahead) == 1:
            date = ahead[0].date.model_copy(update={"evidence": mention.date.evidence})
            placed = DateMention(mention.start, mention.end, date)
        yet_to_come = placed is not mention or after(placed.date.value, article_date)
        if tense in {_AHEAD, _LATER} and yet_to_come and _an_estimate(doc, placed):
            continue  # "will buy X in June (1988)": a plan's rough time, stated or not
        if yet_to_come and paying(_governor(doc, placed), triggers):
            continue  # "and will pay the 20 mln on April 1": the price's time, not the deal's
        found.append(placed)
    return found


def _an_estimate(doc: Doc, mention: DateMention) -> bool:
    """A month, a quarter or a year yet to come on a deal's concluding or taking effect
    ("will complete the purchase in June", "will buy it next month", "will be effective in
    June": a taking effect is its completion) is an estimate of when it will be done, no
    date it was agreed, announced or completed; a planned signing keeps its named month
    ("is expected to be signed in June"), the convention's planned signing date. A day
    yet to come stays ("will take effect on April 1"): the terms name it."""
    if is_day(mention.date.value):
        return False
    governor = _governor(doc, mention)
    if governor is None:
        return False
    # the agreement's signing: on the verb, or on the noun it signs ("sign a pact in June")
    verb = governor.head if governor.dep_ in {"dobj", "nsubjpass"} else governor
    return not SIGNING & {governor.lemma_.lower(), verb.lemma_.lower()}


def planned_conclusion(doc: Doc, mention: DateMention) -> bool:
    """ "expects to close the acquisition on April 1", "the purchase will be completed on
    June 3": a named day the deal is to be concluded on is its planned conclusion, dated as
    a planned signing is, though an expectation stands above it (other_events drops the
    date of an expectation: "results expected in May"). A month, a quarter or a year is an
    estimate ("expected to be completed in the first quarter"), not a plan: still dropped;
    so is the concluding of something else ("expects to merge Benton's two plants")."""
    governor = _governor(doc, mention)
    if governor is None or not is_day(mention.date.value) or governor.pos_ != "VERB":
        return False
    if approximate(doc, mention):
        return False  # "expected to close around April 1": a day estimated, not named
    concluding = governor.lemma_.lower() in CONCLUDING and _future(governor)
    return concluding and _concludes_the_deal(governor)


def unrealised(doc: Doc, mention: DateMention) -> bool:
    """Is the date that of a deal's concluding that is denied ("will not close the purchase
    on July 2", "is not expected to be completed", "no longer expects to close"), only
    possible ("may close on July 2") or a plan of the past ("was expected to be signed on
    May 15 but talks broke down", "had expected to complete it on May 15")? It dates no
    deal, planned or done."""
    governor = _governor(doc, mention)
    if governor is None or governor.lemma_.lower() not in CONCLUDING:
        return False
    above = governor.head if governor.dep_ == "xcomp" else None
    planning = above is not None and {above.lower_, above.lemma_.lower()} & (_PLANNING | {"be"})
    if planning and above is not None and _past(above):
        return True
    return any(_denied_or_possible(v) for v in (governor, above) if v is not None)


def _past(verb: Token) -> bool:
    return verb.tag_ == "VBD" or any(
        c.dep_ in {"aux", "auxpass"} and c.lower_ in PAST for c in verb.children
    )


def _denied_or_possible(verb: Token) -> bool:
    """ "not", "never", "no longer" on the verb, or a modal of possibility."""
    for child in verb.children:
        if child.dep_ == "neg" or (child.dep_ == "aux" and child.lower_ in POSSIBLE):
            return True
        if child.lower_ == "longer" and any(c.lower_ == "no" for c in child.children):
            return True
    return False


def _concludes_the_deal(verb: Token) -> bool:
    """Is the deal what the verb concludes: a deal noun its object ("close its acquisition
    of Benton") or, with no object, its subject ("the purchase will close", "the merger is
    expected to be completed", "the sale, expected to close on ..."); "merge" with no
    object is the firms' own ("the banks expect to merge on July 2")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if objects:
        return any(o.lemma_.lower() in NOUN_FRAMES for o in objects)
    if verb.lemma_.lower() == "merge":
        return True
    above = verb.head if verb.dep_ == "xcomp" else verb
    nouns = [c for c in (*verb.children, *above.children) if c.dep_ in {"nsubj", "nsubjpass"}]
    if above.dep_ in {"acl", "relcl"}:
        nouns.append(above.head)
    return any(n.lemma_.lower() in NOUN_FRAMES for n in nouns)


def _planned(doc: Doc, mention: DateMention) -> bool:
    """A date yet to come may date the deal only on a word of the deal: its concluding or
    taking effect ("will be signed on July 1", "effective July 1"), a deal verb or the deal
    noun itself ("the April 1 merger"). On another verb it is another event's time ("the
    agreement allows it to reduce its stake at the end of 1988"): the convention dates a
    deal when agreed, announced or completed, or its planned signing."""
    governor = _governor(doc, mention)
    if governor is None:
        return True  # no parse to go by: as before
    lemma = governor.lemma_.lower()
    deal_word = lemma in CONCLUDING or lemma in VERB_FRAMES or lemma in NOUN_FRAMES
    return deal_word or governor.lower_ == "effective" or takes_effect(governor)


def takes_effect(verb: Token) -> bool:
    """The parser hangs a date on the verb of "will take effect on July 1" and "will
    become (be) effective on July 1": the deal's taking effect as much as "effective July 1"."""
    lemma = verb.lemma_.lower()
    if lemma == "take":
        return any(c.dep_ == "dobj" and c.lower_ == "effect" for c in verb.children)
    return lemma in {"become", "be"} and any(
        c.dep_ == "acomp" and c.lower_ in ("effective", "final") for c in verb.children
    )


def _governor(doc: Doc, mention: DateMention) -> Token | None:
    """The first word above a date that is not a preposition."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    return next((h for h in clause_path(span.root)[1:4] if h.pos_ != "ADP"), None)


def _tense(doc: Doc, mention: DateMention) -> str | None:
    """_AHEAD for a date of a deal yet to be concluded or to take effect; _NEAREST for
    "effective <date>" in a clause with no tense to go by; None for the simple past
    ("became effective March 1"; "its merger, effective June 1, created ...")."""
    governor = _governor(doc, mention)
    if governor is None:
        return None
    if governor.lower_ == "effective":
        return _effective_tense(governor)
    if takes_effect(governor):  # "will take effect on Monday": the coming Monday
        return _future_tense(governor)
    lemma = governor.lemma_.lower()
    deal_word = lemma in CONCLUDING or lemma in VERB_FRAMES or lemma in NOUN_FRAMES
    if not deal_word or _before_subject(governor, mention):
        return None
    return _future_clause(governor)


def _before_subject(word: Token, mention: DateMention) -> bool:
    """Does the date lie between a reporting verb and the subject of the clause it reports?
    "said on Monday it will acquire X": a date left of the reported clause's subject
    modifies the reporting verb (its announcement's day), though the parse may hang it on
    "acquire"; a fronted date of a main clause ("On Friday, X will sign") is its own."""
    for verb in (word, *word.ancestors):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            # "said that on Friday it will ...": after "that" the date is the clause's own
            marked = any(c.dep_ == "mark" and c.idx < mention.start for c in verb.children)
            reported = verb.dep_ == "ccomp" and verb.head.idx < mention.start and not marked
            return reported and mention.start < subject.idx
    return False


def _future_clause(word: Token) -> str | None:
    """The future the deal word's clause is in (_future_tense), if any: a future deal verb's
    ("will buy it in June"), that of the verb taking a deal noun ("will sign an agreement
    with it in June") or such a noun's infinitive ("will sign an agreement to buy it on
    Friday"): a noun and an infinitive have no tense of their own."""
    if word.pos_ == "VERB" and (tense := _future_tense(word)):
        return tense
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in word.children)
    if infinitive and word.dep_ == "acl":
        word = word.head
    if word.pos_ != "NOUN" or word.lemma_.lower() not in NOUN_FRAMES:
        return None
    verb = word.head
    taken = word.dep_ in {"dobj", "nsubjpass"} and verb.pos_ == "VERB"
    return _future_tense(verb) if taken else None


def _effective_tense(effective: Token) -> str | None:
    """The tense of the clause "effective" is in: of its verb ("will be effective"), or of
    the verb above the noun it describes ("its merger, effective June 1, created ...")."""
    verb = next((t for t in effective.ancestors if t.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return _NEAREST
    past = verb.tag_ in {"VBD", "VBN"}
    return _future_tense(verb) or (None if past else _NEAREST)


# Yet to come from the dateline; either side of it, the nearer; from a report of its own
# time, the nearer (a month of concluding yet to come is an estimate, as with "will").
_AHEAD, _NEAREST, _LATER = "ahead", "nearest", "later"


def _future_tense(verb: Token) -> str | None:
    """_AHEAD for a future from the dateline ("will be signed") or from a report made at
    it ("said it would sign it on December 1": after the report, so after the dateline),
    _LATER for one from a report of another time ("had said", "said in January": the
    nearer reading; left as before, the report's date unread), else None."""
    if _future(verb):
        return _AHEAD
    if not any(c.dep_ == "aux" and c.lower_ in BACKSHIFTED for c in verb.children):
        return None
    report = next((a for a in verb.ancestors if a.lemma_.lower() in REPORTING_VERBS), None)
    if report is None:
        return _LATER
    pluperfect = any(c.dep_ == "aux" and c.lower_ == "had" for c in report.children)
    dated = any(c.ent_type_ in {"DATE", "TIME"} for c in report.subtree if c.i < verb.i)
    return _LATER if pluperfect or dated else _AHEAD


def _future(verb: Token) -> bool:
    """ "will be signed", "is to be signed", "is expected to be signed"."""
    auxiliaries = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if any(a.lower_ in FUTURE_AUXILIARIES for a in auxiliaries):
        return True
    infinitive = any(a.lower_ == "to" for a in auxiliaries)
    above = verb.head
    # the word as written ("scheduled", "slated") or its lemma ("expects", "plans")
    planned = {above.lower_, above.lemma_.lower()} & (_PLANNING | {"is", "are"})
    return infinitive and verb.dep_ == "xcomp" and bool(planned)
