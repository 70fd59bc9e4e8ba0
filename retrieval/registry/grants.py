"""Rights granted: "Circle K granted it the exclusive right to install rental centers",
"granted Zembla a licence to sell its drugs" -- the grantor and the grantee have made a
licensing agreement, whatever noun of right is granted.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.lexicon import Frame
from retrieval.registry.passives import is_passive
from retrieval.registry.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs of granting, and the nouns of a right they grant (not an option on shares, which
# is a stake's: see deal_scope.NOUNS_OF_RIGHT).
GRANTING_VERBS = frozenset({"grant", "award"})
RIGHT_NOUNS = frozenset({"right", "rights", "licence", "license", "franchise", "concession"})
# A company's paper: a right on it belongs to a stake ("the right of first refusal to
# their shares").
_PAPER = frozenset({"share", "stock", "stake", "equity"})
# The grantee is the indirect object ("granted it the right") or the object of "to".
GRANT = Frame(
    "licensing agreement", {"subj": "partner", "dative": "partner", "to": "partner"}, symmetric=True
)
# Rights of governance and of takeover terms, which are no licence.
_NOT_LICENCES = frozenset({"nominate", "elect", "appoint", "match", "acquire", "buy", "purchase"})


def grant_frame(verb: Token) -> Frame | None:
    if verb.lemma_.lower() not in GRANTING_VERBS:
        return None
    if is_passive(verb) and not prep_objects(verb, "by"):
        return None  # "has been granted a concession": by no one named (often a state)
    granted = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    rights = [
        c
        for c in granted
        if c.lemma_.lower() in RIGHT_NOUNS
        and not any(t.lemma_.lower() in _NOT_LICENCES for t in c.subtree)
    ]
    # "the right of first refusal to their shares": a right on a stake, part of a purchase
    on_shares = any(
        t.pos_ == "NOUN" and t.lemma_.lower() in _PAPER for r in rights for t in r.subtree
    )
    return GRANT if rights and not on_shares else None


def indirect_objects(verb: Token) -> list[Token]:
    """ "granted it the right": the one a thing is given to; the parser may take a name
    before the thing for its modifier ("granted Zembla Inc exclusive rights")."""
    found = [c for c in verb.children if c.dep_ == "dative"]
    if found:
        return found
    things = [c for c in verb.children if c.dep_ == "dobj"]
    return [m for t in things for m in t.children if m.dep_ == "nmod" and m.pos_ == "PROPN"]
