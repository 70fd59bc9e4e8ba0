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
from retrieval.reading.relations import takes_asked_object
from retrieval.reading.reporters import clause_subject
from retrieval.registry.lexicon import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SELLING_VERBS = frozenset("sell divest dispose".split())
# Buying a thing from its seller: a firm redeeming its notes or buying back its own shares
# is no side of someone's sale of them.
_BUYING_FROM_A_SELLER = BUYING_VERBS - {"redeem", "repurchase"}
_SIDES = ((BUYING_VERBS, SELLING_VERBS), (SELLING_VERBS, _BUYING_FROM_A_SELLER))


def other_side(predicate: str | None) -> frozenset[str]:
    """The verbs of the sale's other side: buying for "sell", selling for "buy"."""
    return next((theirs for ours, theirs in _SIDES if predicate in ours), frozenset())


def on_the_other_side(span: Span, part: Part) -> bool:
    """The candidate sells (or buys) what the question asks who buys (or sells)."""
    other = other_side(part.predicate) or None
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "A and B said": each conjunct is the subject
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


def _trades_the_asked(verb: Token, part: Part) -> bool:
    """The verb, not denied, takes something the question names as its object."""
    denied = any(c.dep_ == "neg" for c in verb.children)
    return not denied and takes_asked_object(verb, part)


def _own_clause(verb: Token) -> list[Token]:
    """The words of the verb's clause without the relative clauses inside it."""
    inside = {t.i for c in verb.subtree if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in verb.subtree if t.i not in inside]
