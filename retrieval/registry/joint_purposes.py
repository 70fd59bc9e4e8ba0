"""Joining another to do a deal: "A joined with B to purchase C", "A teamed up with B to buy
C". A verb of joining takes whom one joins after "with" and what the joining is for as an
infinitive of purpose. The purpose is what the two set out to do together, so:

- A and B are partners in it (for "join", whose plain sense is becoming a member of
  something, only when what they joined for is a deal or a bid, and B is a firm: "joined
  with the management of C" joins people, no firm);
- the purpose is done when the joining is (a stated verb: "joined with B to buy C for 50
  mln dlrs"; not "may join with B to buy C"), with B buying beside A. Read by purposes.py
  (no mere purpose then) and verb_slots.py (B is a subject of the purpose).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.lexicon import VERB_FRAMES, Frame
from retrieval.registry.org_words import PERSON_NOUNS
from retrieval.registry.stated import stated
from retrieval.registry.syntax import is_infinitive, predicate_lemma, prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of joining another, as data: lemma (with its particle or fixed object) -> the
# preposition that names whom one joins. "join" alone is a frame only with a deal purpose
# (JOINED_FOR); the others are partnership frames of their own (lexicon.VERB_FRAMES).
JOINING_VERBS: dict[str, str] = {
    "join": "with",
    "team up": "with",
    "join forces": "with",
    "link up": "with",
}
# What a joining may be for to make the joined partners: a deal verb of the lexicon, or
# making an offer ("joined with B to bid for C").
_BIDDING = frozenset({"bid"})
_JOINED = Frame("partnership", {"subj": "partner", "with": "partner"}, symmetric=True)


def joined_for_frame(verb: Token) -> Frame | None:
    """ "A joined with B to purchase C": the partnership of A and B, when B is a firm and
    the joining is for a deal or a bid and stated, as joining_of asks ("said it would join
    with B to buy C" joins no one yet). The other joining verbs carry their own frame."""
    if predicate_lemma(verb) != "join" or not _firms_joined(verb) or not stated(verb):
        return None
    return _JOINED if any(_deal_purpose(p) for p in _purposes(verb)) else None


def joining_of(purpose: Token) -> Token | None:
    """The joining verb whose stated purpose this deal verb is ("joined with B to purchase
    C" -> "joined"), or None: a purpose of a joining that did not happen ("may join with
    B to buy C") is still a mere purpose."""
    if purpose.dep_ != "advcl" or not is_infinitive(purpose) or not _deal_purpose(purpose):
        return None
    joining = purpose.head
    preposition = JOINING_VERBS.get(predicate_lemma(joining))
    # "joined B to buy C" (no "with") is joining B as one of its members, not a partner
    if preposition is None or not prep_objects(joining, preposition) or not stated(joining):
        return None
    return joining if _firm_joins(joining) else None


def co_actors(purpose: Token) -> list[Token]:
    """Whom the subject joined to do the purpose: the firms after the joining's "with"
    ("joined with Benton Inc to buy C" -> Benton), buying beside the subject."""
    joining = joining_of(purpose)
    return _firms_joined(joining) if joining is not None else []


def _firm_joins(joining: Token) -> bool:
    """Whether the joining's subject is a firm: "Harlow Corp's former chief joined with B
    to buy C" is a person's joining, which makes neither the chief's firm a partner nor
    a buyer (as "Harlow Corp's former chief agreed to buy C" makes no deal)."""
    # arguments imports purposes, which imports this module
    from retrieval.registry.arguments import logical_subjects  # noqa: PLC0415 - import cycle

    # a participle's noun is its subject as written ("chief" in "Harlow Corp's former
    # chief joined with B", parsed as a phrase), not the owner logical_subjects reads for it
    subjects = [joining.head] if joining.dep_ == "acl" else logical_subjects(joining)
    return bool(subjects) and not any(_person(s) for s in subjects)


def _person(token: Token) -> bool:
    if token.pos_ == "PROPN":
        return token.ent_type_ == "PERSON"
    return token.lemma_.lower() in PERSON_NOUNS or token.lower_ in PERSON_NOUNS


def _firms_joined(joining: Token) -> list[Token]:
    preposition = JOINING_VERBS.get(predicate_lemma(joining))
    if preposition is None or not _firm_joins(joining):
        return []
    return [o for o in prep_objects(joining, preposition) if o.pos_ == "PROPN"]


def _purposes(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ == "advcl" and is_infinitive(c)]


def _deal_purpose(purpose: Token) -> bool:
    lemma = predicate_lemma(purpose)
    return lemma in _BIDDING or (lemma in VERB_FRAMES and lemma != "agree")
