"""Kindred words: an article may say what a question asks in other words of one sense.

"What will Belgrade build for the new plane" is answered by "Yugoslavia will produce ...
parts for the new airliner": an airliner is a kind of plane. WordNet records the words
that share a main sense with a question's word (its synonyms) and, for a noun, the nouns
naming kinds of it; a sentence holding one of them covers that word partly (see
`evidence.relevance`), as the embedding's cosine alone cannot say which word it covers.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from retrieval.nlp.wordnet import kinds_of, relatives
from retrieval.nlp.wordnet_files import Pos
from retrieval.reading.predicates import GENERAL_VERBS
from retrieval.reading.role_verbs import role_kin
from retrieval.text import stem, terms

if TYPE_CHECKING:
    from spacy.tokens import Span

# A content word's part of speech, as WordNet files it.
_WORDNET_POS: dict[str, Pos] = {"NOUN": "n", "VERB": "v", "ADJ": "a"}
Kin = tuple[tuple[str, frozenset[str]], ...]


def kindred_terms(
    span: Span,
    own: tuple[str, ...],
    *,
    descriptive: bool,
    counted: str | None,
    acted: str | None = None,
) -> Kin:
    """For each of the part's own terms (stems) that a content word of `span` gives: the
    stems of the words sharing one of its main senses, and of a noun's kinds. A typed part
    (not `descriptive`) has them only for the noun it counts, if any ("15 editions" for
    "how many versions"), as its count answers only for that noun or a kind of it; a
    measure's noun ("cash", "percentage") has kinds of every sort, and its other words may
    be said any way."""
    found = _role_kin(span, own, acted)
    if not descriptive:
        counted_terms = terms(counted) if counted else ()
        own = tuple(t for t in own if t in counted_terms)
    for token in span:
        pos = _WORDNET_POS.get(token.pos_)
        term = stem(token.lower_)
        if pos is None or token.ent_type_ or term not in own or term in found:
            continue  # a name has no synonyms, only its own spellings
        kin = _kin(token.lemma_.lower(), pos) - {term}
        if kin:
            found[term] = kin
    return tuple(found.items())


def _role_kin(span: Span, own: tuple[str, ...], acted: str | None) -> dict[str, frozenset[str]]:
    """`acted`: the verb whose doer a party part asks for. The verbs an article may tell
    that doer by (role_verbs: "made by" for "who builds", "acquired X from" for "who
    owned X before"), as kin of the question's verb."""
    found: dict[str, frozenset[str]] = {}
    for token in span:
        term = stem(token.lower_)
        if token.pos_ != "VERB" or term not in own:
            continue
        words = role_kin(token.lemma_.lower(), acted)
        kin = frozenset(t for word in words for t in terms(word)) - {term}
        if kin:
            found[term] = kin
    return found


@cache
def _kin(lemma: str, pos: Pos) -> frozenset[str]:
    if lemma in GENERAL_VERBS:
        return frozenset()
    words = set(relatives(lemma, pos)) - GENERAL_VERBS
    if pos == "n":
        words |= kinds_of(lemma)
    return frozenset(t for word in words for t in terms(word))
