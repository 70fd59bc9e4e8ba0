"""Who reports an act is not who does it when the report names others as doing it.

"Mercer said about seven companies are interested in buying Celeron" answers no "which
company is buying Celeron" with Mercer: the asked verb's clause has a subject of its own,
and an indefinite noun of firms or investors ("seven companies", "a group of investors",
"other banks") brings in new ones, which cannot be the reporter. A pronoun or a definite
description ("it", "the company") may be the reporter itself; shareholders, directors or
lenders act on the reporter's own plan; a group holding the reporter's name or a pronoun
("a Mercer-led group", "a group she leads") is the reporter's: none of them blocks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.asking import Part
from retrieval.reading.payments import BUYING_VERBS
from retrieval.registry.lexicon import REPORTING_VERBS
from retrieval.registry.org_words import FIRM_KIND_NOUNS, UNIT_NOUNS
from retrieval.registry.syntax import phrase_tokens

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Determiners that introduce new referents.
INDEFINITE_DETERMINERS = frozenset({"a", "an", "some", "several", "many", "few", "other"})
# How far up from the asked verb its clause's subject may stand ("are interested in buying").
_CLIMB = 4
# Nouns of those who may buy, bid or invest in the reporter's place (its own units aside).
OTHERS = (FIRM_KIND_NOUNS - UNIT_NOUNS) | frozenset(
    "investor bidder buyer suitor consortium rival party".split()
)


def reports_others_act(span: Span, part: Part) -> bool:
    """The candidate is the subject of a reporting verb, and the asked verb in what it
    reports has an indefinite subject of its own."""
    if not part.predicate:
        return False
    reporter = span.root
    verb = reporter.head
    if reporter.dep_ != "nsubj" or verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    for token in verb.subtree:
        if token.lemma_.lower() == part.predicate and token.i != verb.i:
            subject = _clause_subject(token, verb)
            if subject is not None and _others(subject, span):
                return True
    return False


def _others(subject: Token, reporter: Span) -> bool:
    """An indefinite noun of firms or investors that holds neither the reporter's name nor
    a pronoun."""
    if subject.lemma_.lower() not in OTHERS or not _indefinite(subject):
        return False
    own = {t.lower_ for t in reporter if t.is_alpha}
    inside = list(subject.subtree)
    return not any(t.pos_ == "PRON" or any(w in own for w in t.lower_.split("-")) for t in inside)


def _clause_subject(token: Token, reporting: Token) -> Token | None:
    """The subject of the clause the word stands in, below the reporting verb; through a
    preposition or an adjective ("are interested in buying"), never through a noun ("its
    plan to buy": the plan's clause is about the plan)."""
    node = token
    for _ in range(_CLIMB):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if node.head.i in (node.i, reporting.i) or node.head.pos_ in ("NOUN", "PROPN"):
            return None
        node = node.head
    return None


def _indefinite(subject: Token) -> bool:
    """A common noun with a numeral or an indefinite determiner, or a bare plural."""
    if subject.pos_ != "NOUN":
        return False
    determiners = [c for c in subject.children if c.dep_ in ("det", "poss")]
    if any(c.dep_ == "nummod" for c in subject.children):
        return not any(d.lower_ not in INDEFINITE_DETERMINERS for d in determiners)
    if determiners:
        return all(d.lower_ in INDEFINITE_DETERMINERS for d in determiners)
    return subject.tag_ == "NNS"


# Verbs of the two sides of a sale: who buys is not who sells (converses).
SELLING_VERBS = frozenset("sell divest dispose".split())
BUYING = frozenset("buy acquire purchase".split())
_SIDES = ((BUYING_VERBS, SELLING_VERBS), (SELLING_VERBS, BUYING))


def on_the_other_side(span: Span, part: Part) -> bool:
    """ "Which company is buying Celeron?": who sells Celeron is the other side of that
    sale -- its subject ("Mercer sold Celeron"), or a reporter whose "it" sells it
    ("Goodyear said it expects to sell its Celeron unit"). Only a sale of what the question
    names ("sold Kelso and bought Celeron" is no sale of Celeron), not denied, and in the
    reporter's own clause (a relative clause is another firm's report)."""
    other = next((theirs for ours, theirs in _SIDES if part.predicate in ours), None)
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "A and B said": each conjunct is the subject
    if other is None or root.dep_ != "nsubj":
        return False
    verb = root.head
    if verb.lemma_.lower() in other:
        return _sells_the_asked(verb, part)
    if verb.lemma_.lower() not in REPORTING_VERBS:
        return False
    for token in _own_clause(verb):
        if token.lemma_.lower() not in other or not _sells_the_asked(token, part):
            continue
        subject = _clause_subject(token, verb)
        if subject is not None and subject.lower_ in {"it", "they"}:
            return True
    return False


def _sells_the_asked(verb: Token, part: Part) -> bool:
    """The verb, not denied, takes something the question names as its object."""
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [
        g
        for c in verb.children
        if c.dep_ == "prep"
        for g in c.children
        if g.dep_ == "pobj" and c.lower_ == "of"
    ]
    words = {t.text for o in objects for t in phrase_tokens(o)}
    return any(word in words for name in part.names for word in name.split())


def _own_clause(verb: Token) -> list[Token]:
    """The words of the verb's clause without the relative clauses inside it."""
    inside = {t.i for c in verb.subtree if c.dep_ == "relcl" for t in c.subtree}
    return [t for t in verb.subtree if t.i not in inside]
