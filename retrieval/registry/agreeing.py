"""What an agreement holds: "agreed to buy", "an agreement under which X will buy", "a
letter of intent to sell" leave the deal to the inner word; "agreed they needed better
coordination" shares a view and makes no agreement at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.lexicon import NOUN_FRAMES, NOUNS_NEEDING_OF, VERB_FRAMES
from retrieval.registry.noun_uses import a_deal_noun
from retrieval.registry.org_words import FORMING_VERBS, ORG_NOUNS, UNIT_NOUNS
from retrieval.registry.supplying import owners_supplied, supplied_objects
from retrieval.registry.syntax import predicate_lemma, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token


def holds_a_deal(token: Token) -> bool:
    """ "agreed to buy", "agreed on a merger", "an agreement to acquire", "an agreement
    under which X will buy", "a letter of intent to sell": the inner deal word speaks, not
    the agreement around it."""
    needed = NOUNS_NEEDING_OF.get(token.lemma_.lower())
    if needed is not None:
        for inner in (g for c in token.children if c.lower_ == "of" for g in c.children):
            if inner.lemma_.lower() == needed and holds_a_deal(inner):
                return True
    return any(_holds_inner_deal(child) for child in token.children)


def concurs(verb: Token) -> bool:
    """ "They agreed they needed better coordination", "agreed that the yen would rise":
    agreeing that something is so shares a view and makes no agreement. A clause commits
    the parties only when a party is its subject and it speaks of what will be done
    ("agreed that Mazda would build cars for Ford", "Mazda is to build", "Mazda supplies
    engines"); a deal in the clause speaks for itself ("agreed that A would buy B")."""
    clauses = [c for c in verb.children if c.dep_ == "ccomp" and _subjects(c)]
    if not clauses or any(_speaks_of_a_deal(t) for c in clauses for t in c.subtree):
        return False
    return not any(_commits(c) for c in clauses)


def _subjects(clause: Token) -> list[Token]:
    return [g for g in clause.children if g.dep_ in {"nsubj", "nsubjpass", "expl"}]


def _commits(clause: Token) -> bool:
    """A party ("Mazda", "they", "the two companies") does something from now on: a
    modal, "is to", or the present tense (a past tense states what was so)."""
    party = any(
        s.pos_ in {"PROPN", "PRON"} or s.lemma_.lower() in ORG_NOUNS for s in _subjects(clause)
    )
    modal = any(g.dep_ == "aux" and g.tag_ == "MD" for g in clause.children)
    return party and (modal or clause.tag_ in {"VBZ", "VBP"})


def _speaks_of_a_deal(token: Token) -> bool:
    """A word of a deal or of setting up a firm ("agreed they would form a company"); not
    a participle describing a noun ("within their agreed margins")."""
    if token.dep_ == "amod":
        return False
    lemma = predicate_lemma(token) if token.pos_ == "VERB" else token.lemma_.lower()
    return lemma in VERB_FRAMES or lemma in NOUN_FRAMES or lemma in FORMING_VERBS


def _holds_inner_deal(child: Token) -> bool:
    if child.dep_ in {"xcomp", "ccomp", "acl", "relcl", "advcl"}:
        # "agreed to sell Neti's software": selling another's goods is the agreement's
        # content, a resale deal with their owner, not a sale of a business
        return _deal_verb(child) and not _sells_anothers_goods(child)
    if child.dep_ == "dobj":
        # "agreed a merger", "agreed plans to merge", "agreed terms to buy"
        inner = any(g.dep_ == "acl" and _deal_verb(g) for g in child.children)
        return a_deal_noun(child) or inner
    if child.dep_ in {"prep", "dative"} and child.lower_ in _CONTENT_PREPOSITIONS:
        return any(
            (inner.dep_ == "pobj" and a_deal_noun(inner))
            or (inner.dep_ == "pcomp" and _deal_verb(inner))
            or (inner.dep_ == "pobj" and _terms_of_a_deal(inner))
            for inner in child.children
        )
    return False


def _sells_anothers_goods(verb: Token) -> bool:
    """What is sold is a named firm's goods ("Neti's software"), not a business of it (a
    unit, its stores, "Neti's Osko unit"), which a sale of a business would be; nor sold
    to a named buyer or for a price ("sell Benton's refinery to Osko for 50 mln dlrs"),
    which is a divestiture. Goods resold "to customers" or "to small businesses" go to a
    market, not to a buyer: a buyer is named, or a firm or a pronoun stands for one."""
    goods = supplied_objects(verb)
    business = any(g.pos_ == "PROPN" or g.lemma_.lower() in ORG_NOUNS | UNIT_NOUNS for g in goods)
    heads = [verb, *(g.head for g in goods if g.head != verb)]  # "sell and service X to B"
    buyers = [t for h in heads for t in prep_objects(h, "to")]
    sold_on = any(_a_buyer(t) for t in buyers) or any(prep_objects(h, "for") for h in heads)
    return not business and not sold_on and bool(owners_supplied(verb))


def _a_buyer(token: Token) -> bool:
    return token.pos_ in {"PROPN", "PRON"} or token.lemma_.lower() in ORG_NOUNS


# Prepositions that say what was agreed ("agreed on a merger", "an agreement for the sale
# of X"); others say when or why ("an agreement ... following its acquisition of X").
_CONTENT_PREPOSITIONS = frozenset({"on", "to", "for", "of", "over", "about", "into", "with"})
# Nouns for the contents of a deal: "agreed to terms for the sale of X", "the terms of a
# merger": agreeing on them is agreeing on the deal they are for.
_TERMS_NOUNS = frozenset({"term", "terms", "condition", "conditions", "detail", "details"})


def _terms_of_a_deal(noun: Token) -> bool:
    if noun.lemma_.lower() not in _TERMS_NOUNS and noun.lower_ not in _TERMS_NOUNS:
        return False
    return any(
        g.dep_ == "pobj" and a_deal_noun(g)
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ in {"for", "of"}
        for g in c.children
    )


def _deal_verb(token: Token) -> bool:
    return token.pos_ == "VERB" and predicate_lemma(token) in VERB_FRAMES
