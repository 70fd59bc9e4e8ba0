"""Firms that bid together are partners: "the tender offer of A and B", "A, along with B,
launched an offer for C", "A and B made a joint bid for C".

One offer made by two or more firms is their undertaking together, whatever becomes of it:
a hostile or unsolicited bid still joins its bidders (the target's refusal ends the offer,
not their partnership). What the bid's own clause says still decides whether it was made
("plans a joint bid", "could bid"): the words above the offer are read as for any deal
word (deal_scope, denials), its own adjectives of welcome or hostility are not.
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from retrieval.models import PartyRole
from retrieval.nlp.distributive import DISTRIBUTIVE_WORDS
from retrieval.registry.arguments import logical_subjects
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.cue_words import BLOCKING_MODIFIERS, JOINING_WORDS
from retrieval.registry.deal_scope import scope
from retrieval.registry.denials import OFFERS, denies
from retrieval.registry.lexicon import SUPPORT_VERBS
from retrieval.registry.syntax import governing_verb, predicate_lemma, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

# Adjectives that say how the offer was met or fared, once made ("a hostile bid", "an
# unsolicited offer", "a failed bid"): it was made, so its makers bid together. The other
# blocking adjectives ("possible", "proposed", "planned") say it was not made yet.
_MADE = frozenset({"hostile", "unsolicited", "rival", "failed", "aborted", "abandoned"})
# Prepositions of the offer that name its makers ("the offer of A and B", "a bid by A").
_MAKERS = ("of", "by", "from")
# Words that join a second actor to the first: "A, along with B", "A together with B",
# "bid jointly with B".
_ACCOMPANYING = JOINING_WORDS - {"joint"}


def joint_bid_slots(noun: Token) -> tuple[tuple[str, PartyRole, tuple[Token, ...]], ...] | None:
    """The makers of an offer or bid, when two or more firms made it together and the
    sentence states it made: one slot of partners; else None."""
    # one offer: "bids from A and B" are a bid each ("opposing bids")
    if noun.tag_ != "NN" or noun.lemma_.lower() not in OFFERS:
        return None
    makers = _makers(noun)
    if _firms(makers) < 2 or not _made(noun) or _apart(noun, makers):
        return None
    return (("with", "partner", tuple(makers)),)


def _makers(noun: Token) -> list[Token]:
    """The offer's makers: its possessor, the objects of its "of"/"by"/"from" (or of its
    participle's "by"), or the subject of the verb that made it ("launched an offer"); each
    with its conjuncts and the firms that acted along with it."""
    first = [c for c in noun.children if c.dep_ == "poss"]
    # "the offer of A", "the offer co-sponsored by A and B" (the agent of its participle)
    heads = [noun, *(c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN")]
    first += [o for h in heads for p in _MAKERS for o in prep_objects(h, p) if o.pos_ == "PROPN"]
    verb = governing_verb(noun)
    making = verb is not None and noun.dep_ == "dobj" and predicate_lemma(verb) in SUPPORT_VERBS
    if not first and verb is not None and making:
        first = logical_subjects(verb)
    found = [c for t in first for c in with_conjuncts(t)]
    found += [o for t in [*first, *([verb] if making and verb else [])] for o in _with(t)]
    return [t for t in dict.fromkeys(found) if t.pos_ in {"PROPN", "PRON"}]


def _apart(noun: Token, makers: list[Token]) -> bool:
    """The makers bid one each: a distributive word on the offer's verb or on a maker
    ("A and B each made a bid": "each" hangs on the verb or stands beside the subject)."""
    verb = governing_verb(noun)
    around = [*makers, *([verb] if verb is not None else [])]
    return any(c.lower_ in DISTRIBUTIVE_WORDS for t in around for c in t.children)


def _firms(makers: list[Token]) -> int:
    """How many firms the makers are: "Cable and Wireless", one name the recogniser reads
    as one organisation with nothing but its "and" between the two words, is one firm."""
    ordered = sorted(makers, key=lambda t: t.i)
    count = len(ordered)
    for left, right in pairwise(ordered):
        between = left.doc[left.i + 1 : right.i]
        one_name = left.ent_type_ == right.ent_type_ == "ORG" and right.ent_iob_ == "I"
        if one_name and all(t.lower_ in {"and", "&"} and t.ent_iob_ == "I" for t in between):
            count -= 1
    return count


def _with(actor: Token) -> list[Token]:
    """ "A, along with B", "A together with B", "launched jointly with B": who acted with
    the actor (a "with" after a word of accompanying, on the actor or its verb)."""
    found = []
    for word in actor.children:
        if word.lower_ in _ACCOMPANYING:
            found += [c for o in prep_objects(word, "with") for c in with_conjuncts(o)]
    return found


def _made(noun: Token) -> bool:
    """The offer was made: nothing above it denies it (a plan, talks, a modal, a
    negation), nor an adjective that puts it in the future ("a possible joint bid")."""
    unmade = BLOCKING_MODIFIERS - _MADE
    if any(c.dep_ == "amod" and c.lower_ in unmade for c in noun.children):
        return False
    if any(c.dep_ == "neg" or c.lower_ == "no" for c in noun.children):
        return False
    words = frozenset(t.lemma_.lower() for t in noun.doc if t.pos_ != "PROPN")
    return not any(
        denies(node, noun, words, reach=reach) for node, reach in scope(noun) if node != noun
    )
