"""Gapped clauses and "respectively": one deal verb telling several deals.

Gapping: "X will be taken over by A, Y by B, and Z by C" leaves the verb out of every
clause after the first; each gapped clause is a pair of remnants, a phrase standing for
the verb's core argument (its object, or its passive subject) and a phrase under the same
preposition as one of the verb's party slots ("by B", "to B", "from B", "with B"). The
parse hangs the remnants anywhere (a conjunct of the verb, an apposition or conjunct of
the first preposition's object), but the repeated preposition with a name before it marks
them. Each pair is a deal of its own; none of its names is a party of the first clause.

"respectively": "A and B bought X and Y, respectively" pairs the lists item by item
(A bought X, B bought Y), not every item of one with every item of the other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.models import PartyRole
from retrieval.nlp.prepositions import preposition_objects
from retrieval.registry.company_names import legal_form
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.passives import is_passive

if TYPE_CHECKING:
    from spacy.tokens import Token

Slots = tuple[tuple[str, PartyRole, tuple["Token", ...]], ...]

# The prepositions of a deal's party slots, which a gapped clause may repeat.
PARTY_PREPOSITIONS = frozenset({"by", "to", "from", "with", "into"})
_PREP_DEPS = frozenset({"prep", "agent", "dative"})
_NOMINAL = frozenset({"NOUN", "PROPN"})
# Wider than org_spans._NOT_FIRMS: a gapped clause's remnant that is a place or a person
# ("and Paris by Brenna") is no firm sold or bought
_NOT_FIRMS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "GPE", "PERSON"})


def split_slots(verb: Token, slots: Slots) -> list[Slots]:
    """The slots of each deal the verb tells: the first clause's, then one set per gapped
    clause; or one per item of lists read "respectively"; else the slots as they are."""
    gapped = _gapped(verb, slots)
    if gapped:
        return gapped
    return _respective(verb, slots) or [slots]


def _gapped(verb: Token, slots: Slots) -> list[Slots]:
    core = _core_argument(verb)
    if core is None or not _fills(slots, core):
        return []
    for preposition in _repeatable(verb, slots):
        firsts = preposition_objects(verb, preposition, _PREP_DEPS, first=True)
        first = firsts[0] if firsts else None
        pairs = _remnant_pairs(verb, preposition, first, core) if first is not None else []
        if not pairs or first is None:
            continue
        remnants = {t.i for pair in pairs for t in pair}
        result = [_without(slots, remnants)]
        for left, right in pairs:
            mine = remnants - {left.i, right.i}
            # the remnant after a price or a date ("Y for 5 mln dlrs") fills no slot
            filled = {core.i: _own(left, mine), first.i: _own(right, mine)}
            result.append(_refilled(slots, filled, remnants))
        return result
    return []


def _repeatable(verb: Token, slots: Slots) -> list[str]:
    """The prepositions a gapped clause may repeat: those of the verb's party slots (a
    passive's "by" fills its subject slot), then its others ("for 5 mln dlrs", "in
    March"); never "of", which builds names and parts, not clauses."""
    names = [slot for slot, _, _ in slots]
    found = [p for p in dict.fromkeys(names) if p in PARTY_PREPOSITIONS]
    if "subj" in names and is_passive(verb) and "by" not in found:
        found.append("by")
    others = [c.lower_ for c in verb.children if c.dep_ in _PREP_DEPS and c.lower_ != "of"]
    return found + [p for p in dict.fromkeys(others) if p not in found]


def _core_argument(verb: Token) -> Token | None:
    """What a gapped clause's first remnant stands for: the passive subject, the active
    object, or else the subject ("X merged with A, and Y with B")."""
    deps = ("nsubjpass", "dobj") if is_passive(verb) else ("dobj", "nsubj")
    for dep in deps:
        found = next((c for c in verb.children if c.dep_ == dep), None)
        if found is not None:
            return found
    return None


def _remnant_pairs(
    verb: Token, preposition: str, first: Token, core: Token
) -> list[tuple[Token, Token]]:
    """Each later use of the preposition with a name before it: (the name, its object)."""
    pairs = []
    for prep in verb.doc[first.i + 1 : verb.sent.end]:
        if prep.lower_ != preposition or prep.dep_ not in _PREP_DEPS:
            continue
        objects = [c for c in prep.children if c.dep_ == "pobj"]
        left = _phrase_before(prep, verb)
        if left is not None and not _anchored(left, {verb, first, core}):
            continue  # coordinated inside another phrase ("a bid from A and B in ...")
        if objects and left is not None and left.i > first.i and _fits(objects[0], first):
            pairs.append((left, objects[0]))
    return pairs


def _fits(remnant: Token, first: Token) -> bool:
    """A remnant of a party's preposition names a firm; one of another ("for 5 mln dlrs")
    is of the first object's kind."""
    return _names(remnant) if first.pos_ in _NOMINAL and _names(first) else True


def _phrase_before(prep: Token, verb: Token) -> Token | None:
    """The remnant before a repeated preposition: the phrase it hangs on, or (when the
    parse hung it on the verb) the phrase ending right before it. A remnant is coordinated
    with or set beside something of the first clause, and names a firm or a firm's part;
    a preposition on another verb ("a unit owned by B") starts no gapped clause."""
    head = prep.head
    if head == verb:
        head = verb.doc[prep.i - 1]
        while head.dep_ in {"compound", "pobj", "prep"} and head.head.i < prep.i:
            head = head.head
    if head.pos_ not in _NOMINAL or head.dep_ not in {"conj", "appos"}:
        return None
    if verb not in head.ancestors or any(a.pos_ in {"VERB", "AUX"} for a in _between(head, verb)):
        return None
    return head if _names(head) else None


def _anchored(remnant: Token, anchors: set[Token]) -> bool:
    """A gapped clause stands beside the first clause: its first remnant is coordinated
    with or set beside the verb, its core argument or the preposition's first object,
    never with a phrase nested deeper ("a bid from A and B in association with C")."""
    while remnant not in anchors and remnant.dep_ in {"conj", "appos"}:
        if remnant.head == remnant:
            return False
        remnant = remnant.head
    return remnant in anchors


def _between(token: Token, top: Token) -> list[Token]:
    path = []
    for ancestor in token.ancestors:
        if ancestor == top:
            break
        path.append(ancestor)
    return path


def _names(token: Token) -> bool:
    """A name, or a part of a firm: one named ("two subsidiaries of Korea Shipping Corp")
    or one a named possessor names ("Kestrel's unit"). A pronoun's ("its Texas unit") is
    left out: which firm "its" is cannot be told from the gapped clause alone."""
    if token.pos_ == "PROPN":
        # a legal form completes a firm's name whatever the recogniser took it for; the
        # remnant's place (_anchored) keeps this to a gapped clause's argument
        return legal_form(token.text) or token.ent_type_ not in _NOT_FIRMS
    if any(c.dep_ == "poss" and c.pos_ != "PRON" for c in token.children):
        return True
    owners = [
        g for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
    ]
    return any(o.pos_ == "PROPN" for o in owners)


def _own(token: Token, others: set[int]) -> tuple[Token, ...]:
    return tuple(t for t in with_conjuncts(token) if t.i not in others)


def _without(slots: Slots, remnants: set[int]) -> Slots:
    return tuple((s, r, tuple(t for t in ts if t.i not in remnants)) for s, r, ts in slots)


def _refilled(slots: Slots, filled: dict[int, tuple[Token, ...]], remnants: set[int]) -> Slots:
    """The gapped clause's slots: the slot holding the core argument or the preposition's
    first object takes the remnant; a slot the clauses share (an active subject) stays."""
    result = []
    for slot, role, tokens in slots:
        hit = next((i for i in filled if any(t.i == i for t in tokens)), None)
        kept = filled[hit] if hit is not None else tuple(t for t in tokens if t.i not in remnants)
        result.append((slot, role, kept))
    return tuple(result)


def _fills(slots: Slots, token: Token) -> bool:
    return any(t.i == token.i for _, _, tokens in slots for t in tokens)


def _respective(verb: Token, slots: Slots) -> list[Slots]:
    """Two or more slots listing as many items each, under "respectively" in the verb's
    clause: one deal per position."""
    if not any(_respectively_of(t) == verb for t in verb.sent if t.lower_ == "respectively"):
        return []
    lists = [tokens for _, _, tokens in slots if len(tokens) > 1]
    sizes = [len(tokens) for tokens in lists]
    if len(sizes) < 2 or len(set(sizes)) != 1:
        return []
    if not all(_names(t) for tokens in lists for t in tokens):
        # "acquired 10 pct and 20 pct of Osko, respectively": the amounts pair with the
        # buyers but the firm is said once, on the last amount; the split would lose it
        return []
    return [
        tuple((s, r, (ts[k],) if len(ts) > 1 else ts) for s, r, ts in slots)
        for k in range(sizes[0])
    ]


def _respectively_of(word: Token) -> Token | None:
    """The verb whose clause "respectively" is in: its nearest verb above, or the verb
    under that one's complement ("proposed to sell X and Y to A and B, respectively")."""
    verb = next((a for a in word.ancestors if a.pos_ in {"VERB", "AUX"}), None)
    if verb is None:
        return None
    under = [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    return under[0] if under else verb
