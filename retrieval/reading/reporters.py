"""Who reports an act is not who does it when the report names others as doing it.

"Mercer said about seven companies are interested in buying Celeron" answers no "which
company is buying Celeron" with Mercer: the reported clause has a subject of its own, and an
indefinite one ("seven companies", "a group of investors", "other banks") brings in new
firms, which cannot be the reporter. A pronoun or a definite description ("it", "the
company") may be the reporter itself, so it blocks nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.asking import Part
from retrieval.registry.lexicon import REPORTING_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Determiners that introduce new referents.
INDEFINITE_DETERMINERS = frozenset({"a", "an", "some", "several", "many", "few", "other", "two"})
# How far up from the asked verb its clause's subject may stand ("are interested in buying").
_CLIMB = 4


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
            if subject is not None and _indefinite(subject):
                return True
    return False


def _clause_subject(token: Token, reporting: Token) -> Token | None:
    """The subject of the clause the word stands in, below the reporting verb."""
    node = token
    for _ in range(_CLIMB):
        subject = next((c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None:
            return subject
        if node.head.i in (node.i, reporting.i):
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
