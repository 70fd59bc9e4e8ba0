"""Whether a question wants every answer ("which companies ...", "list the partners of
...", names each asked apart) rather than one; moved out of `asking`, which assembles
the parts these read."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.reading.kinds import DEAL_NOUNS, NAME_ANSWERS, Kind
from retrieval.text import ALLIANCE_CONCEPT, terms

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from retrieval.reading.asking import Part

# Verbs that ask for several answers at once ("list the partners of ...").
LISTING_VERBS = frozenset({"list", "name", "enumerate"})


def asks_every(
    doc: Doc, parts: Sequence[Part], listed: tuple[str, ...], joint: tuple[str, ...]
) -> bool:
    """The question asks for every answer: a part does, it opens with "list" or "name",
    or it names its parties each apart."""
    if any(wants_every(part) for part in parts):
        return True
    return (len(doc) > 0 and doc[0].lemma_.lower() in LISTING_VERBS) or _each_named_apart(
        doc, parts, listed, joint
    )


def _each_named_apart(
    doc: Doc, parts: Sequence[Part], listed: tuple[str, ...], joint: tuple[str, ...]
) -> bool:
    """ "What were Baltek, Puritan-Bennett and Standex each buying?": a name asked of each
    of several firms listed side by side, not acting together, is a list, one answer (and
    article) a firm."""
    each = any(token.lower_ == "each" for token in doc)
    named = len(parts) == 1 and parts[0].kind in NAME_ANSWERS | {Kind.THING}
    return each and named and len(listed) >= 2 and not joint


def wants_every(part: Part) -> bool:
    """ "Which companies ...", "what joint ventures ...", "who are X's partners": every
    matching alliance is wanted."""
    focus = part.focus or ""
    partners = ALLIANCE_CONCEPT in terms(focus)  # "partners", "allies"
    return part.several and (part.kind is Kind.ORG or focus in DEAL_NOUNS or partners)
