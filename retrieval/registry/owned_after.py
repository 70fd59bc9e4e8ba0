"""Ownership that a deal brought about: "Rexnord, 96 pct owned by Banner following a recent
tender offer", "Dixons held about 83 pct of Cyclops stock after its tender offer". Owning a
firm tells no deal on its own (the labelling convention), but ownership dated by a takeover
("following", "after" an offer, acquisition or merger) is the result of that takeover: the
owner acquired the firm. Only control counts -- a majority or the whole -- since a minority
left after an offer is the market's trading, not a deal with the firm. The ownership must
be a firm's and a fact: "X stockholders would own 55 pct of Y after the merger" states a
merger's terms (its holders, people, hold the shares), and owning "would" or "will" come
is a plan, not the takeover done.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.cue_words import MODALS
from retrieval.registry.lexicon import NOUN_FRAMES
from retrieval.registry.org_words import PERSON_NOUNS
from retrieval.registry.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

    from retrieval.registry.role_nouns import Slot

# Verbs of holding a firm or its shares.
OWNING_VERBS = frozenset({"own", "hold", "control"})
# Prepositions that date a state by the event that began it.
_AFTER = frozenset({"following", "after"})
# The kinds of deal that hand a firm to its owner.
_TAKEOVERS = frozenset({"acquisition", "merger"})
# Words of a holding that gives control without a figure.
_CONTROL_WORDS = frozenset({"majority", "wholly", "fully", "all", "controlling"})
# Nouns that state the holding's share ("96 pct", "a 60 percent stake").
_SHARE_NOUNS = frozenset({"pct", "percent", "%", "stake", "interest", "majority"})
# Auxiliaries of a state still to come ("would own", "will hold").
_NOT_YET = MODALS | frozenset({"will", "would", "'ll", "wo", "shall"})
# Holders that are people, not firms ("stockholders", "holders").
_PEOPLE = PERSON_NOUNS | frozenset({"holder", "holders"})


def owned_after_slots(verb: Token) -> tuple[Slot, ...] | None:
    """The owner (acquirer) and the firm held (target) of an owning verb dated by a
    takeover, or None."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in OWNING_VERBS:
        return None
    participle = verb.tag_ == "VBN" and verb.dep_ == "acl"
    share = verb.head if participle else _object(verb)
    if share is None or not _after_a_takeover(verb, share) or not _control(share, verb):
        return None
    if not _a_fact(verb):
        return None
    owners = prep_objects(verb, "by") if participle else _subjects(verb)
    held = _held_by_participle(share) if participle else [share]
    if not owners or not held or any(_people(owner) for owner in owners):
        return None
    return (("subj", "acquirer", tuple(owners)), ("obj", "target", tuple(held)))


def _a_fact(verb: Token) -> bool:
    """Owned as a fact: not negated, not owned "would"/"will"/"may" come."""
    return not any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _NOT_YET) for c in verb.children
    )


def _people(owner: Token) -> bool:
    """ "Harlow stockholders would own ...": holders that are people own no firm here."""
    return owner.lemma_.lower() in _PEOPLE or owner.lower_ in _PEOPLE


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj"), None)


def _subjects(verb: Token) -> list[Token]:
    """The active subject ("Dixons held 83 pct"): a passive's would be the firm held."""
    return [c for c in verb.children if c.dep_ == "nsubj"]


def _held_by_participle(share: Token) -> list[Token]:
    """ "Rexnord, 96 pct owned by Banner": the share is in apposition to the firm held."""
    if share.lemma_.lower() not in _SHARE_NOUNS or share.dep_ != "appos":
        return []
    return [share.head] if share.head.pos_ == "PROPN" else []


def _after_a_takeover(verb: Token, share: Token) -> bool:
    return after_a_takeover(verb) or after_a_takeover(share)


def after_a_takeover(holder: Token) -> bool:
    """A "following"/"after" phrase on a word whose object is a takeover's noun
    ("following a recent tender offer", "after the merger")."""
    return any(
        word.lower_ in _AFTER and _a_takeover(obj)
        for word in holder.children
        if word.dep_ in {"prep", "acl", "advcl"}
        for obj in word.children
        if obj.dep_ in {"pobj", "dobj"}
    )


def _a_takeover(noun: Token) -> bool:
    frame = NOUN_FRAMES.get(noun.lemma_.lower())
    return frame is not None and frame.kind in _TAKEOVERS


def _control(share: Token, verb: Token) -> bool:
    """A majority or the whole: a figure above half, or a word of control."""
    if any(t.lower_ in _CONTROL_WORDS for t in (*share.subtree, *verb.children)):
        return True
    figures = [_figure(t) for t in share.subtree if t.like_num]
    return any(f is not None and 50 < f <= 100 for f in figures)


def _figure(token: Token) -> float | None:
    try:
        return float(token.text.replace(",", ""))
    except ValueError:
        return None
