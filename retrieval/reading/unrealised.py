"""Amounts of what did not happen: a figure in a negated clause ("would not buy any
securities giving it a 10 pct or more stake") or in a counterfactual one ("the 20% share it
would have gained had it also taken over Yugansk") or a conditional one ("as long as its
stake is more than five pct") is no fact of the asked kind, unless the
question itself asks about what did not happen. Nor is the starting point of a change
("raised its holding to 37.5 pct from 28.9 pct", "cut from 70% to 49%") the state the
change brought about, unless the question asks where the change started.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.reading.kinds import CHANGE_WORDS, OFFER_WORDS, Kind
from retrieval.reading.named_subjects import path_up_to
from retrieval.reading.negation import in_scope_of_first, negated
from retrieval.reading.relations import MODIFIERS
from retrieval.registry.syntax import verb_above
from retrieval.text import stem

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from retrieval.reading.asking import Part

# An amount of what did not happen keeps this much of its tie.
UNREALISED_PENALTY = 0.5
# Words of a question that asks about what did not happen.
NEGATIONS = frozenset({"not", "n't", "never"})
MODALS = frozenset({"would", "could", "might", "should"})
# Clauses deep enough to reach from an amount to the verb that negates it.
MAX_CLAUSES = 4
# Words of a question that asks about the state before a change.
EARLIER = frozenset(
    {"from", "before", "previous", "previously", "originally", "initially", "earlier", "old"}
)


def superseded(span: Span, part: Part) -> bool:
    """The amount is where a change started: the object of "from" beside a "to" ("raised
    ... to 37.5 pct from 28.9 pct", "an increase from 5 pct to 8 pct").
    A question about the earlier state ("from what", "before") asks just that."""
    preposition = span.root.head
    if span.root.dep_ != "pobj" or preposition.lower_ != "from":
        return False
    if EARLIER & part_words(part):
        return False
    # the parser hangs the "to" on the changed word, on the starting point itself, or on
    # its "from"
    around = [*preposition.head.children, *span.root.children, *preposition.children]
    return any(c.dep_ == "prep" and c.lower_ == "to" for c in around)


def a_change(span: Span, part: Part) -> bool:
    """The percentage measures a change ("up 12 pct from 1985", "rose 12 pct"), not a
    share; unless the question asks about a change itself."""
    if span.label_ != "PERCENT" or CHANGE_WORDS & part_words(part):
        return False
    root = span.root
    head = root.head.head if root.dep_ == "pobj" and root.head.lower_ == "by" else root.head
    return head.lemma_.lower() in CHANGE_WORDS and head.i != root.i


def unrealised(span: Span, part: Part) -> bool:
    """The amount is in a clause saying what a party did not or would not do, or what
    would have been: negated ("would not buy"), or a modal perfect ("would have gained").
    A question that negates, or asks what would have been, asks about just that."""
    words = part_words(part)
    asks = _Asks(
        negation=bool(words & NEGATIONS), counterfactual=bool(words & MODALS) and "have" in words
    )
    if not _asks_a_condition(part, words) and _a_condition(span.root):
        return True
    return any(_unrealised_above(verb, asks) for verb in _clauses_of(span.root))


# Subordinators of a condition.
CONDITIONAL_MARKS = frozenset({"if", "unless", "provided", "providing"})


def _asks_a_condition(part: Part, words: set[str]) -> bool:
    """ "what stake must it keep as long as ...", "on what condition": the question asks
    about a condition ("how long" does not)."""
    conditional = words & CONDITIONAL_MARKS or any(w.startswith("condition") for w in words)
    return bool(conditional) or "as long as" in part.text.lower()


def _a_condition(amount: Token) -> bool:
    """ "as long as its stake is more than five pct", "if it holds 10 pct": an amount a
    clause of condition predicates states what would follow from it, not a fact; one in the
    clause's subject is one ("if the 1.75 bln dlr agreement goes through")."""
    verb = verb_above(amount)
    if any(t.dep_ in ("nsubj", "nsubjpass") for t in path_up_to(amount, verb)):
        return False
    return _conditional(verb)


def _conditional(verb: Token) -> bool:
    for mark in (c for c in verb.children if c.dep_ == "mark"):
        if mark.lower_ in CONDITIONAL_MARKS:
            return True
        before = verb.doc[max(mark.i - 2, 0) : mark.i]
        if mark.lower_ == "as" and [t.lower_ for t in before] == ["as", "long"]:
            return True
    return False


# Words of a question about what would be, once something happens.
PROSPECTIVE = frozenset({"will", "would", "if", "once", "after", "when", "could", "might"})
# Verbs of holding: a part asking what a party holds ("already hold", "controls").
HOLDING_VERBS = frozenset("own hold control have".split())


def sought(span: Span, part: Part) -> bool:
    """The amount is what a bid or an offer is for ("CTC's bid for 49 pct", "offered to
    buy 49 pct" stays a deal): for a part asking what a party holds, a share still sought
    is not held -- unless the question speaks of the offer itself."""
    words = part_words(part)
    # "what will it hold if the takeover succeeds": the share sought is what it would hold
    if part.predicate not in HOLDING_VERBS or words & (OFFER_WORDS | PROSPECTIVE):
        return False
    root = span.root
    if root.dep_ in MODIFIERS and root.head.pos_ == "NOUN":
        root = root.head  # "a bid for a 49 pct stake"
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "for"
        and root.head.head.lemma_.lower() in OFFER_WORDS
    )


# Modals of what may come about, and verbs of meaning to do something: a stake a party
# may or means to gain ("it may buy up to 24 pct", "plans to raise its holding to 15 pct")
# is not held yet; one it may sell or means to keep is.
# ("could" is left out: as often a past ability, "could only buy 40 pct", as a prospect.)
POSSIBILITY_MODALS = frozenset({"may", "might", "can"})
INTENTION_VERBS = frozenset("plan intend seek want consider propose aim hope".split())
GAINING_VERBS = frozenset("buy acquire purchase take raise increase lift boost build".split())
# Stems of a question's words that ask what a party means, may or is let or expected to do
# (any inflection: "proposing", "plans", "permitted", "expected").
ASKS_INTENTIONS = frozenset(
    stem(w)
    for w in PROSPECTIVE
    | POSSIBILITY_MODALS
    | INTENTION_VERBS
    | OFFER_WORDS
    | {"permit", "allow", "expect"}
)


def intended(span: Span, part: Part) -> bool:
    """The share is one a party may or means to gain ("may buy up to 24 pct", "plans to
    raise its stake to 15 pct"), not one it holds -- unless the question asks about what
    would be or what is meant ("how big a holding does it want to build")."""
    if part.kind not in (Kind.PERCENT, Kind.PORTION) or asks_intentions(part):
        return False
    if span.root.dep_ in MODIFIERS and any(c.dep_ == "poss" for c in span.root.head.children):
        return False  # "plans to increase its 20 pct stake": the stake it holds now
    verb = verb_above(span.root)
    gaining = False
    for _ in range(MAX_CLAUSES):
        gaining = gaining or verb.lemma_.lower() in GAINING_VERBS
        if possible(verb) or verb.lemma_.lower() in INTENTION_VERBS:
            return gaining
        if verb.dep_ == "conj":
            # a later conjunct shares the first one's auxiliaries ("may buy or take"), not
            # its verb ("is considering a bid and already owns 19.5 pct")
            return gaining and in_scope_of_first(verb) and possible(verb.head)
        if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
            return False
        verb = verb_above(verb.head)
    return False


def asks_intentions(part: Part) -> bool:
    """Whether the question asks about intentions ("planned", "aims")."""
    return bool({stem(w) for w in part_words(part)} & ASKS_INTENTIONS)


def possible(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in POSSIBILITY_MODALS for c in verb.children)


def part_words(part: Part) -> set[str]:
    """The part's words, lower-cased, "n't" apart and punctuation off ("before?")."""
    return {w.strip("?,.;:!\"'") for w in part.text.lower().replace("n't", " n't").split()}


@dataclass(frozen=True)
class _Asks:
    negation: bool
    counterfactual: bool


def _clauses_of(amount: Token) -> list[Token]:
    """The verb of the amount's clause, and that of a relative clause on the noun it
    modifies ("the 20% share it would have gained": the share is what was gained)."""
    verbs = [verb_above(amount)]
    if amount.dep_ in MODIFIERS and amount.head.pos_ == "NOUN":
        verbs += [c for c in amount.head.children if c.dep_ == "relcl"]
    return verbs


def _unrealised_above(verb: Token, asks: _Asks) -> bool:
    for _ in range(MAX_CLAUSES):  # "would not seek to buy", "not buy securities giving ..."
        if _unrealised(verb, asks):
            return True
        if not takes_scope_from_above(verb):
            return False
        verb = verb_above(verb.head)
    return False


def _unrealised(verb: Token, asks: _Asks) -> bool:
    """Negated ("would not buy", "no one bought"), or a modal perfect: a past that did
    not happen ("would have gained", "could have bought")."""
    if not asks.negation and negated(verb):
        return True
    words = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    modal_perfect = bool(words & MODALS) and "have" in words and verb.tag_ == "VBN"
    return modal_perfect and not asks.counterfactual


def takes_scope_from_above(verb: Token) -> bool:
    """The verb is in the scope of the one above: an infinitive ("not seek to buy"), a
    participle ("securities giving 10 pct"), or a later conjunct sharing the first one's
    subject and auxiliaries ("would not buy or offer to buy")."""
    if verb.head.i == verb.i:
        return False
    if verb.dep_ == "conj":
        return in_scope_of_first(verb)
    return verb.dep_ in ("xcomp", "acl")
