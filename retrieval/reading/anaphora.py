"""A party a question's scene introduces by an indefinite noun phrase and its question
then refers back to with a demonstrative: "Acme just finished its tender for a valve
maker. What share will that company own of its Dutch venture?" The indefinite ("a valve
maker") brings in a referent the asker does not name; the demonstrative ("that company")
picks it up again. That referent is the bridge: the scene's statement is its description
(first hop), and the question asks about it (second hop), so the scene's own article
answers only the description, never the question.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span, Token

# Determiners that introduce a new referent, and those that point back to one.
_INDEFINITE = frozenset({"a", "an"})
_DEMONSTRATIVE = frozenset({"that", "this"})


@dataclass(frozen=True)
class Anaphor:
    """The scene sentence that introduces the party, and the question's words for it."""

    scene: Span
    antecedent: Token  # the indefinite noun: where a stating sentence names the party
    anaphor: Span


def referred_back(doc: Doc, same_kind: Callable[[str, str], bool]) -> Anaphor | None:
    """The first demonstrative noun phrase of a later sentence whose noun is of the same
    kind (`same_kind` of the two lemmas) as an indefinite one of an earlier sentence; the
    nearest such antecedent is the one referred to."""
    for token in doc:
        det = _determiner(token, _DEMONSTRATIVE)
        if det is None or token.sent.start == 0:
            continue
        antecedent = _antecedent(doc, token, same_kind)
        if antecedent is not None:
            return Anaphor(antecedent.sent, antecedent, doc[det.i : token.i + 1])
    return None


def _antecedent(doc: Doc, anaphor: Token, same_kind: Callable[[str, str], bool]) -> Token | None:
    """The last indefinite noun before the anaphor's sentence of the same kind as it."""
    found = None
    for token in doc[: anaphor.sent.start]:
        if _determiner(token, _INDEFINITE) is None:
            continue
        if same_kind(token.lemma_.lower(), anaphor.lemma_.lower()):
            found = token
    return found


def _determiner(token: Token, words: frozenset[str]) -> Token | None:
    """The token's determiner when the token is a common noun and that determiner is one
    of `words`."""
    if token.pos_ != "NOUN":
        return None
    for child in token.children:
        if child.dep_ == "det" and child.lower_ in words and child.i < token.i:
            return child
    return None
