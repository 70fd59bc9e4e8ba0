"""Whose: a "whose N" part asks for N's owner, and a sentence says who owns N by syntax.

"Whose technology is Yahoo using" asks for the firm the technology belongs to or comes
from. English marks that relation on the noun itself, in a few fixed ways: a possessive
("X1's technology"), a modifying name ("the X1 technology"), a preposition of belonging
or origin ("technology of X1", "technology from X1", "a line of credit from Celanese"),
or an agent or source of a verb the noun is subject or object of ("the technology has
been licensed from X1", "the engines are made by GE"). A name in one of those places is
the asked owner, whatever words the rest of the sentence shares with the question. The
converse: a question that gives the asked noun's owner ("what business of his") asks for
the thing, never its owner (`owner_given`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Prepositions whose object owns or gives the noun they hang on.
_OWNER_MARKS = frozenset({"of", "from", "by"})
# ... and those naming who does a verb to the noun, or where the noun comes from.
_SOURCE_MARKS = frozenset({"from", "by"})
# The noun's place in the clause of a verb whose source or agent owns it.
_NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj"})


def possessed_nouns(span: Span) -> tuple[str, ...]:
    """The lemmas of the noun phrase "whose" determines, head first ("whose credit line":
    line, credit); none when the part has no "whose"."""
    for token in span:
        if token.tag_ == "WP$" and token.head.pos_ == "NOUN" and token.head.i != token.i:
            noun = token.head
            compounds = [c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
            return tuple(t.lemma_.lower() for t in [noun, *compounds])
    return ()


def owns_the_asked(span: Span, possessed: tuple[str, ...]) -> bool:
    """The candidate stands where English puts the owner of a noun the part asks whose it
    is: its possessor, a name modifying it, the object of "of"/"from"/"by" on it, or the
    source or agent of a verb it is subject or object of."""
    if not possessed:
        return False
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "from A and B"
    if root.dep_ in ("poss", "compound"):
        return _is_possessed(root.head, possessed)
    if root.dep_ != "pobj":
        return False
    mark = root.head
    if mark.lower_ in _OWNER_MARKS and _is_possessed(mark.head, possessed):
        return True
    return mark.lower_ in _SOURCE_MARKS and _verb_on_possessed(mark.head, possessed)


def _is_possessed(token: Token, possessed: tuple[str, ...]) -> bool:
    return token.pos_ == "NOUN" and token.lemma_.lower() in possessed


def _verb_on_possessed(verb: Token, possessed: tuple[str, ...]) -> bool:
    """ "the technology has been licensed from X1", "licensed its technology from X1",
    "technology licensed from X1": the verb does something to the asked noun."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.dep_ == "acl" and _is_possessed(verb.head, possessed):
        return True
    return any(c.dep_ in _NOUN_ROLES and _is_possessed(c, possessed) for c in verb.children)


def owner_given(span: Span, focus: str | None) -> bool:
    """The asked noun has its owner in the question ("what business of his did X buy",
    "what unit of Corvex's"): the answer is the thing's own name, never its owner; "whose
    business" asks the owner."""
    for noun in (t for t in span if t.pos_ == "NOUN" and t.lemma_.lower() == focus):
        if any(c.dep_ == "poss" and c.tag_ != "WP$" for c in noun.children):
            return True
        of = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        if any(o.pos_ in ("PRON", "PROPN") for p in of for o in p.children if o.dep_ == "pobj"):
            return True
    return False
