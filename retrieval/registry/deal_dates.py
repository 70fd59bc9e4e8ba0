"""Which of a sentence's dates is the deal's.

The date the deal's clause carries as a modifier ("agreed on March 10",
"completed last month", "its 2001 acquisition of Liffe") is the deal's; a date that is an
argument ("set March 31 as the record date") or belongs to another event (a meeting, a
vote, an expiry) is not. Where else an article dates a deal: context_dates.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from retrieval.models import EventDate
from retrieval.registry.date_clauses import (
    describes_a_firm,
    of_a_relative_clause,
    of_another_conjunct,
    of_another_time,
    of_another_verb,
)
from retrieval.registry.date_tense import planned_conclusion, takes_effect, unrealised
from retrieval.registry.event_dates import DateMention, is_day
from retrieval.registry.lexicon import NOUN_FRAMES, REPORTING_VERBS
from retrieval.registry.org_words import FIRM_KIND_NOUNS
from retrieval.registry.other_events import other_event
from retrieval.registry.passives import objectless_buying
from retrieval.registry.stray_prepositions import beyond_clause
from retrieval.registry.syntax import clause_path, governing_verb

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A date standing as an argument ("set March 31 as the date") names no event's time.
_ARGUMENTS = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "oprd"})
_YEAR = re.compile(r"^(?:19|20)\d\d$")


def _an_argument(date: Token) -> bool:
    """A date a verb takes ("set March 31 as the date"), not one the parse made the object
    of a verb of buying, which takes none ("NICO Inc acquired Oct 1985": its time)."""
    if date.dep_ == "dobj" and objectless_buying(date.head):
        return False
    return date.dep_ in _ARGUMENTS


def date_of_trigger(trigger: Token, dates: Sequence[DateMention]) -> EventDate | None:
    """The date attached to the deal's clause (its path to the root), else the year of the
    agreement the deal verb completes, else the nearest date that is not another event's;
    a year modifying the deal noun ("its 2001 acquisition") comes first."""
    year = _year_of(trigger, dates) or _time_described(trigger, dates)
    if year is not None:
        return year
    attached, free = _clause_dates(trigger, dates)
    agreement = _agreement_completed(trigger)
    agreed = _year_of(agreement, dates) if agreement is not None else None
    return attached or agreed or free


def _clause_dates(
    trigger: Token, dates: Sequence[DateMention]
) -> tuple[EventDate | None, EventDate | None]:
    """The nearest date on the deal's own clause, and the nearest free one."""
    doc: Doc = trigger.doc
    own, above = _clauses(trigger)
    attached: list[tuple[tuple[int, int], DateMention]] = []
    free: list[tuple[tuple[int, int], DateMention]] = []
    for mention in dates:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or _an_argument(span.root):
            continue
        heads = _heads_up_to(span.root, trigger)
        distance = abs(span.root.i - trigger.i)
        # a date on what the sentence says above a relative clause or a description the
        # deal is in is about the noun described ("the group, a partnership of A and B, was
        # to go to court on March 27")
        if _reaches_first(heads, above, own):
            continue
        # a concluding denied, only possible or planned in the past dates no deal
        if unrealised(doc, mention):
            continue
        if other_event(heads, planned=planned_conclusion(doc, mention)):
            continue
        if _in_another_times_clause(heads, own):
            continue
        if _before_own(heads, own, of_another_conjunct):
            continue  # "agreed to buy X and declared a dividend on Monday"
        if _of_another_noun(span.root, heads, trigger, own):
            continue
        if of_another_verb(span.root, is_day(mention.date.value), heads, own, trigger):
            continue  # "B filed for bankruptcy in 1994 and was sold"; "B, whose listing …"
        # A date on the deal word itself comes before one on a clause above it ("X was
        # founded in 1950 and acquired by Y in 1985").
        on_trigger = 0 if any(h.i == trigger.i for h in heads) else 1
        on_own = any(h.i in own for h in heads)
        if not on_own and of_a_relative_clause(heads, trigger):
            continue  # "Reline, the firm of X, who sold Y in 2001"
        (attached if on_own else free).append(((on_trigger, distance), mention))
    return _nearest(attached), _nearest(free)


def _nearest(found: list[tuple[tuple[int, int], DateMention]]) -> EventDate | None:
    chosen = min(found, key=lambda x: x[0], default=None)
    return chosen[1].date if chosen else None


def own_date(trigger: Token, dates: Sequence[DateMention]) -> EventDate | None:
    """A date that modifies the deal word itself, the verb it is the object of ("made
    the sale in January") or a relative clause on it, not a clause further up ("said on
    Monday it hired X to arrange the sale")."""
    verb = governing_verb(trigger)
    heads = {trigger.i} | ({verb.i} if verb is not None else set())
    # a relative clause on the deal word tells of it ("a contract P signed in February")
    heads |= {c.i for c in trigger.children if c.dep_ == "relcl"}
    doc: Doc = trigger.doc
    for mention in dates:
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or _an_argument(span.root):
            continue
        governor = next((h for h in clause_path(span.root)[1:4] if h.pos_ != "ADP"), None)
        if governor is not None and governor.i in heads:
            return mention.date
    return None


def _clauses(trigger: Token) -> tuple[set[int], set[int]]:
    """The deal's own clause path, and what stands above a relative clause it is in: "the
    division, which had been purchased from CBS, peaked in 1985" (1985 is the peak's), or
    above an adverbial clause of another time ("joined X in March 1986, resigning after X
    was acquired by Y") or a description of another noun ("X, formed by A and B, said
    today"): date_clauses."""
    path = clause_path(trigger)
    for index, token in enumerate(path):
        if token.dep_ == "relcl" or of_another_time(token) or describes_a_firm(token):
            return {t.i for t in path[: index + 1]}, {t.i for t in path[index + 1 :]}
    return {t.i for t in path}, set()


def _reaches_first(heads: Sequence[Token], above: set[int], own: set[int]) -> bool:
    """Do a date's heads reach what stands above the deal's clause before its own?"""
    return _before_own(heads, own, lambda head: head.i in above)


def _in_another_times_clause(heads: Sequence[Token], own: set[int]) -> bool:
    """Is the date in an adverbial clause of another time below the deal's own clause
    ("the only acquisition since lawmakers approved banking effective January 1")?"""
    return _before_own(heads, own, of_another_time)


def _before_own(heads: Sequence[Token], own: set[int], hit: Callable[[Token], bool]) -> bool:
    """Going up from a date, is a head `hit` before one of the deal's own clause?"""
    for head in heads:
        if head.i in own:
            return False
        if hit(head):
            return True
    return False


def _heads_up_to(token: Token, trigger: Token) -> list[Token]:
    """A date's first few heads, up to the deal word: what lies above the deal word is
    about the deal, not about its date ("mainly due to the takeover of X in 1986")."""
    heads = []
    for head in clause_path(token)[1:5]:
        heads.append(head)
        if head.i == trigger.i:
            break
    return heads


def _of_another_noun(date: Token, heads: Sequence[Token], trigger: Token, own: set[int]) -> bool:
    """ "the Exxon withdrawal announced last December": a date in a clause on another
    noun dates that noun's event (a deal noun's own clause dates the deal, and so does a
    clause the deal's stands in: "debt incurred last December when it bought X")."""
    for head in heads:
        if head.i == trigger.i or head.i in own:
            return False
        if head.dep_ == "relcl" and beyond_clause(head, date):
            continue  # "sold X, which made linens, to B last year": the date is above
        if head.dep_ in {"acl", "relcl"} and head.head.i != trigger.i:
            if _dates_the_deal_noun(head, trigger):
                return False  # "the cost of the deal, signed yesterday": a deal is signed
            if _a_statement_issued(head):
                return False  # "said in a statement issued Tuesday": the report's time
            return head.head.lemma_.lower() not in NOUN_FRAMES
    return False


# Verbs whose object can only be an agreement: their participle describes the deal noun
# in the phrase it hangs on, not the phrase's head (a cost is not signed, details are not
# reached; but profits, a review or a study may be announced or completed). "dated" names
# when a document was made: "a letter of intent dated March 3" (the parse hangs it on
# "intent").
_DEAL_DATING = frozenset({"sign", "reach", "date"})
# A statement issued at a time: the time a firm's words about the deal were made public,
# its announcement ("said in a statement released Tuesday that it agreed to ...").
_STATEMENTS = frozenset({"statement", "announcement", "release", "communique"})
_ISSUING = frozenset({"issue", "release", "publish", "distribute"})


def _a_statement_issued(participle: Token) -> bool:
    """Is `participle` the issuing of a statement the deal is reported in?"""
    noun = participle.head
    reported = noun.dep_ == "pobj" and noun.head.head.lemma_.lower() in REPORTING_VERBS
    issued = participle.lemma_.lower() in _ISSUING and participle.dep_ == "acl"
    return issued and reported and noun.lemma_.lower() in _STATEMENTS


def _dates_the_deal_noun(participle: Token, trigger: Token) -> bool:
    """Is `participle` a signing, a reaching, a dating or a taking effect of the deal in
    its phrase? Only a document is dated ("a letter of intent dated March 3"), never a
    verb's event ("paid with a cheque dated March 3" dates the cheque)."""
    lemma = participle.lemma_.lower()
    # only a deal takes effect, not the firm in its phrase the parse may hang the clause on
    # ("its merger with Benton, which was effective July 1"); a law or a rule may, and so
    # may a thing of the firm's ("Benton, whose listing became effective")
    effect = takes_effect(participle) and _of_a_firm(participle) and trigger.pos_ == "NOUN"
    if not effect and (lemma not in _DEAL_DATING or (lemma == "date" and trigger.pos_ != "NOUN")):
        return False
    return _one_phrase(participle.head, trigger)


def _of_a_firm(verb: Token) -> bool:
    """Is `verb` a relative clause on a firm whose subject is the relative pronoun itself
    ("Benton, which was effective")? Only then does the clause tell of the firm (and so,
    read through the firm, of the deal), not of another thing of it ("whose listing")."""
    noun = verb.head
    firm = noun.ent_type_ == "ORG" or noun.lemma_.lower() in FIRM_KIND_NOUNS
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return firm and [s.lower_ for s in subjects] in (["which"], ["that"])


def _one_phrase(noun: Token, trigger: Token) -> bool:
    """Is the deal word in the phrase of the noun a signing participle hangs on ("the cost
    of the deal, signed"), or that noun in the deal word's own ("the letter of intent
    signed": the parser hangs it on 'intent')?"""
    if trigger in noun.subtree:
        return True
    while noun.dep_ in {"pobj", "prep", "compound"} and noun.head.i != noun.i:
        noun = noun.head
        if noun.i == trigger.i:
            return True
    return False


def _time_described(trigger: Token, dates: Sequence[DateMention]) -> EventDate | None:
    """ "formed last year, when ITT and CGE merged": a relative clause on a time says what
    happened at that time, so the time dates the deal in it (the date's own clause, above,
    may be another event's)."""
    clause = next((t for t in clause_path(trigger) if t.dep_ == "relcl"), None)
    if clause is None or not any(c.lower_ in _WHEN for c in clause.children):
        return None
    time = clause.head.idx
    return next((d.date for d in dates if d.start <= time < d.end), None)


# Relative words of time: "the year when", "March, when".
_WHEN = frozenset({"when", "whereupon"})


def _year_of(noun: Token, dates: Sequence[DateMention]) -> EventDate | None:
    """A year modifying the deal noun, with the month the date before it gives ("its
    January, 1986 acquisition")."""
    for child in noun.children:
        if child.dep_ in {"nummod", "compound", "amod"} and _YEAR.match(child.text):
            start = child.idx
            whole = next((d for d in dates if d.start <= start < d.end), None)
            if whole is not None and whole.date.value.startswith(child.text):
                return whole.date
            sentence = noun.doc.text
            return EventDate(value=child.text, text=child.text, basis="text", evidence=sentence)
    return None


def _agreement_completed(trigger: Token) -> Token | None:
    """ "its 1984 agreement to acquire Getty": the deal noun an infinitive of the deal
    completes, whose year is the deal's when its own clause gives none (a participle, "its
    1985 venture, acquired by B in March", describes the noun instead)."""
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in trigger.children)
    if trigger.dep_ == "acl" and infinitive and trigger.head.lemma_.lower() in NOUN_FRAMES:
        return trigger.head
    return None
