"""Who reports an act is not who does it when the report names others as doing it.

"Mercer said about seven companies are interested in buying Celeron" answers no "which
company is buying Celeron" with Mercer: the asked verb's clause has a subject of its own,
and an indefinite noun of firms or investors ("seven companies", "a group of investors",
"other banks") brings in new ones, which cannot be the reporter. A pronoun or a definite
description ("it", "the company") may be the reporter itself; shareholders, directors or
lenders act on the reporter's own plan; a group holding the reporter's name or a pronoun
("a Mercer-led group", "a group she leads") is the reporter's: none of them blocks.
Nor does a number counting the reporters ("one trader said") give a figure they report.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.asking import Part
from retrieval.registry.lexicon import REPORTING_VERBS
from retrieval.registry.org_words import FIRM_KIND_NOUNS, UNIT_NOUNS

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
            subject = clause_subject(token, verb)
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


def clause_subject(token: Token, reporting: Token) -> Token | None:
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


def counts_the_reporters(span: Span, part: Part) -> bool:
    """ "..., one New York trader said": a number counting those who report (a source kept
    anonymous) is no figure of what they report, unless it is the reporters that are
    counted ("how many analysts said ...")."""
    root = span.root
    speakers = root.head
    if root.dep_ != "nummod" or speakers.dep_ != "nsubj" or speakers.pos_ != "NOUN":
        return False
    reporting = speakers.head.lemma_.lower() in REPORTING_VERBS
    return reporting and speakers.lemma_.lower() != part.focus
