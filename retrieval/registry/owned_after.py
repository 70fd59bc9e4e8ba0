"""Ownership that a deal brought about: "Rexnord, 96 pct owned by Banner following a recent
tender offer", "Dixons held about 83 pct of Cyclops stock after its tender offer". Owning a
firm tells no deal on its own (the labelling convention), but ownership dated by a takeover
("following", "after" an offer, acquisition or merger) is the result of that takeover: the
owner acquired the firm. Only control counts -- a majority or the whole -- since a minority
left after an offer is the market's trading, not a deal with the firm. The ownership must
be a firm's and a fact: "X stockholders would own 55 pct of Y after the merger" states a
merger's terms (its holders, people, hold the shares), and owning "would" or "will" come
is a plan, not the takeover done, and so is one under a condition ("if the offer
succeeds"). The share must be a percentage above half: money held ("60 mln dlrs of Kelso
stock") is no control. A takeover that names its own firms ("after the acquisition of Delta
by Brody") dates the holding by another's deal unless it names the owner or the firm held;
newswire often dates a holding so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.company_names import SUFFIXES
from retrieval.registry.cue_words import CONDITIONAL_MARKS, MODALS
from retrieval.registry.lexicon import NOUN_FRAMES
from retrieval.registry.org_words import PERSON_NOUNS
from retrieval.registry.syntax import prep_objects
from retrieval.registry.tenders import a_controlling_share, share_figure

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
    if share is None or not _control(share, verb) or not _a_fact(verb):
        return None
    owners = prep_objects(verb, "by") if participle else _subjects(verb)
    held = _held_by_participle(share) if participle else [share]
    if not owners or not held or any(_people(owner) for owner in owners):
        return None
    if not _after_a_takeover((verb, share), _named_words([*owners, *held])):
        return None
    return (("subj", "acquirer", tuple(owners)), ("obj", "target", tuple(held)))


def _a_fact(verb: Token) -> bool:
    """Owned as a fact: not negated, not owned "would"/"will"/"may" come, not owned "if"
    something happens (a conditional clause on the verb)."""
    return not any(
        c.dep_ == "neg"
        or (c.dep_ == "aux" and c.lower_ in _NOT_YET)
        or (
            c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ in CONDITIONAL_MARKS for m in c.children)
        )
        for c in verb.children
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


def _after_a_takeover(words: tuple[Token, ...], parties: frozenset[str]) -> bool:
    return any(after_a_takeover(word, parties) for word in words)


def after_a_takeover(holder: Token, parties: frozenset[str] = frozenset()) -> bool:
    """A "following"/"after" phrase on a word whose object is a takeover's noun
    ("following a recent tender offer", "after the merger"), one naming no firm but the
    `parties` (name words of the owner and the firm held)."""
    return any(
        word.lower_ in _AFTER and _a_takeover(obj) and _named_words(_participants(obj)) <= parties
        for word in holder.children
        if word.dep_ in {"prep", "acl", "advcl"}
        for obj in word.children
        if obj.dep_ in {"pobj", "dobj"}
    )


def _a_takeover(noun: Token) -> bool:
    frame = NOUN_FRAMES.get(noun.lemma_.lower())
    return frame is not None and frame.kind in _TAKEOVERS


# Prepositions by which a deal's noun names its firms ("the acquisition of Delta by Brody",
# "an offer for Delta", "the merger with Brody").
_PARTICIPANT_PREPS = frozenset({"of", "by", "for", "with"})


def _participants(noun: Token) -> list[Token]:
    """The firms a deal's noun names: a possessor ("Brody's tender offer") and the objects
    of its of/by/for/with, and of theirs ("the merger of Kelso with Brody"). A pronoun
    ("its tender offer") names none of its own."""
    found = [c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ in _PARTICIPANT_PREPS):
        for obj in (o for o in prep.children if o.dep_ == "pobj"):
            found.extend([obj, *(c for c in obj.children if c.dep_ == "conj")])
            found.extend(_participants(obj))
    return found


def _named_words(tokens: list[Token]) -> frozenset[str]:
    """The proper-noun words naming each token's firm ("Harlow" of "Harlow Corp"); a share
    ("83 pct of Kelso stock") names the firm it is "of"."""
    words: set[str] = set()
    for token in tokens:
        if token.lemma_.lower() in _SHARE_NOUNS:
            words |= _named_words(prep_objects(token, "of"))
            continue
        # "Kelso Inc stock": compounds nest ("Kelso" hangs on "Inc")
        name = [t for c in token.lefts if c.dep_ in {"compound", "poss"} for t in c.subtree]
        name.append(token)
        words |= {
            t.lower_ for t in name if t.pos_ == "PROPN" and t.lower_.rstrip(".") not in SUFFIXES
        }
    return frozenset(words)


def _control(share: Token, verb: Token) -> bool:
    """A majority or the whole: a percentage above half (money held is no share), or a
    word of control."""
    if any(t.lower_ in _CONTROL_WORDS for t in (*share.subtree, *verb.children)):
        return True
    return any(
        _a_percentage(t) and a_controlling_share(share_figure(t.text)) for t in share.subtree
    )


def _a_percentage(token: Token) -> bool:
    """ "96 pct", "60 percent": a figure the tagger takes for a percentage, or one before
    "pct"/"percent"."""
    if not token.like_num:
        return False
    following = token.nbor() if token.i + 1 < len(token.doc) else None
    return token.ent_type_ == "PERCENT" or (
        following is not None and following.lower_ in {"pct", "percent", "%"}
    )
