"""The verb "own", which the small English model often tags an adjective in a question
("What share of Black River does Morrison-Knudsen own?": 18 of 51 such questions in our
tuning sets, measured).

The adjective "own" stands after a possessive ("its own shareholders", "the chain's own
bosses", "of their own"), a determiner or "very" ("an own goal", "his very own"); anywhere
else the word is the verb. Only questions are mended (their docs are not shared with the
articles' parses). The parse around a mistagged "own" is mended no further: its tag and
lemma are what the reader reads to find the asked verb and its subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Penn tags of a possessive: "its", "their" (PRP$), and the "'s" of "the chain's" (POS).
_POSSESSIVE_TAGS = frozenset({"PRP$", "POS"})


def mend_own(doc: Doc) -> Doc:
    """The doc, with each "own" that is no adjective (`_adjective`) tagged the verb it is."""
    for token in doc:
        if token.lower_ == "own" and token.pos_ != "VERB" and not _adjective(token):
            token.pos_ = "VERB"
            token.tag_ = "VB"
            token.lemma_ = "own"
    return doc


def _adjective(token: Token) -> bool:
    """After a possessive, a determiner or "very", or in a compound ("own-brand goods"),
    "own" is the adjective."""
    doc = token.doc
    before = doc[token.i - 1] if token.i > 0 else None
    possessive = before is not None and (
        before.tag_ in _POSSESSIVE_TAGS or before.lower_ in {"'s", "’s", "'"}
    )
    # "an own goal", "his very own": a determiner or an intensifier takes the adjective
    determined = before is not None and (before.tag_ == "DT" or before.lower_ == "very")
    hyphened = token.i + 1 < len(doc) and doc[token.i + 1].text == "-"
    return possessive or determined or hyphened
