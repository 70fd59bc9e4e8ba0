"""Buying and selling are the two sides of one sale: who sells what a question asks about
is no answer to who buys it, and the other way round.

"Which company is buying Celeron?": "Mercer sold Celeron" gives the seller, and so does a
reporter whose "it" sells ("Goodyear said it expects to sell its Celeron unit"). Only a sale
of what the question names counts ("sold Kelso and bought Celeron" is no sale of Celeron),
not a denied one, and only in the reporter's own clause (a relative clause is another
firm's report).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.asking import Part
from retrieval.reading.payments import BUYING_VERBS
from retrieval.reading.relations import AGENT_KINDS, takes_asked_object
from retrieval.reading.reporters import clause_subject
from retrieval.registry.lexicon import REPORTING_VERBS
from retrieval.registry.syntax import phrase_tokens
from retrieval.text import stem

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SELLING_VERBS = frozenset("sell divest dispose".split())
# Buying a thing from its seller: a firm redeeming its notes or buying back its own shares
# is no side of someone's sale of them.
_BUYING_FROM_A_SELLER = BUYING_VERBS - {"redeem", "repurchase"}
_SIDES = ((BUYING_VERBS, SELLING_VERBS), (SELLING_VERBS, _BUYING_FROM_A_SELLER))
# The preposition marking the other side's party: "sold X to B" (B buys), "bought X from
# B" (B sells).
_COUNTERPART_MARKS = {"to": SELLING_VERBS, "from": _BUYING_FROM_A_SELLER}


def other_side(predicate: str | None) -> frozenset[str]:
    """The verbs of the sale's other side: buying for "sell", selling for "buy"."""
    return next((theirs for ours, theirs in _SIDES if predicate in ours), frozenset())


def on_the_other_side(span: Span, part: Part) -> bool:
    """The candidate sells (or buys) what the question asks who buys (or sells)."""
    other = other_side(part.predicate) or None
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "A and B said": each conjunct is the subject
    if other is not None and root.dep_ == "pobj" and root.head.dep_ == "agent":
        return _gave_the_asked(root.head.head, other, part)
    if other is None or root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.lemma_.lower() in other:
        return _trades_the_asked(verb, part)
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    for token in _own_clause(verb):
        if token.lemma_.lower() not in other or not _trades_the_asked(token, part):
            continue
        subject = clause_subject(token, verb)
        if subject is not None and subject.lower_ in {"it", "they"}:
            return True
    return False


# Verbs of handing a thing over, said of the seller's side as selling is.
_HANDING_OVER = frozenset({"transfer"})


def _gave_the_asked(verb: Token, other: frozenset[str], part: Part) -> bool:
    """The candidate is the agent of a passive participle on a thing the part asks about,
    of the other side's verb ("the timberlands transferred to it by Masonite" for "who is
    buying the timberland"): a participle on a noun says what was done to that thing, and
    its agent did it, so Masonite handed the timberland over and is no buyer of it."""
    handing = other | _HANDING_OVER if other == SELLING_VERBS else other
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_.lower() not in handing:
        return False
    thing = verb.head
    return thing.pos_ == "NOUN" and stem(thing.lemma_.lower()) in part.terms


def _trades_the_asked(verb: Token, part: Part) -> bool:
    """The verb, not denied, takes something the question names as its object."""
    denied = any(c.dep_ == "neg" for c in verb.children)
    return not denied and takes_asked_object(verb, part)


def _own_clause(verb: Token) -> list[Token]:
    """The words of the verb's clause without the relative clauses inside it."""
    inside = {t.i for c in verb.subtree if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in verb.subtree if t.i not in inside]


def takes_the_asked_side(span: Span, part: Part) -> bool:
    """The candidate is the asked side of a sale the sentence gives from the other side:
    "A agreed to sell its unit to B" answers "who is buying it" with B, "A bought X from B"
    answers "who sold X" with B (a converse verb's recipient or source). Only a sale of
    what the question names, or by a firm it names (it may name the thing by a pronoun)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "to A and B"
    if part.kind not in AGENT_KINDS or root.dep_ != "pobj":
        return False
    verb = root.head.head
    marked = _COUNTERPART_MARKS.get(root.head.lower_, frozenset())
    if verb.lemma_.lower() not in other_side(part.predicate) & marked:
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    return takes_asked_object(verb, part) or _done_by_a_named_firm(verb, part)


def handed_over_by_the_other_side(span: Span, verbs: frozenset[str]) -> bool:
    """The candidate is the party the other side of the sale hands the thing to ("sold
    X to Acme": Acme buys) or takes it from ("bought X from Halden": Halden sells), for
    the role of these verbs."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "to A and B"
    if root.dep_ != "pobj":
        return False
    verb = root.head.head
    marked = _COUNTERPART_MARKS.get(root.head.lower_, frozenset())
    converse = frozenset().union(*(other_side(v) for v in verbs))
    negated = any(c.dep_ == "neg" for c in verb.children)
    return not negated and verb.lemma_.lower() in converse & marked


def _done_by_a_named_firm(verb: Token, part: Part) -> bool:
    """The verb's subject, or the reporter a pronoun subject stands for ("Hepworth said it
    agreed to sell"), is a firm the part names."""
    subject = clause_subject(verb, verb)
    if subject is not None and subject.lower_ in {"it", "they"}:
        reporter = next((h for h in subject.ancestors if h.lemma_ in REPORTING_VERBS), None)
        subject = None if reporter is None else clause_subject(reporter, reporter)
    if subject is None:
        return False
    phrase = " ".join(t.text for t in sorted(phrase_tokens(subject), key=lambda t: t.i))
    return any(name in phrase for name in part.names)
