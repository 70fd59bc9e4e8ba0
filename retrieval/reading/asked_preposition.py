"""The preposition a question's wh-phrase hangs on: "until when", "what level was it cut to"."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# "until", "since", "before": spaCy tags them ADP or SCONJ by context.
PREPOSITION_TAGS = frozenset({"ADP", "SCONJ"})


def asked_preposition(anchor: Token | None, span: Span) -> str | None:
    """The preposition the wh-phrase is the object of ("until when", "by how much"), if
    any; the answer is then a time or amount of that relation."""
    if anchor is None:
        return None
    for token in (anchor, anchor.head):
        if token.dep_ == "pobj" and token.head.pos_ == "ADP":
            return token.head.lemma_.lower()
    previous = anchor.nbor(-1) if anchor.i > 0 else None
    # "until", "since", "before" are tagged as prepositions or as subordinators, by context
    if previous is not None and previous.pos_ in PREPOSITION_TAGS:
        return previous.lemma_.lower()
    # "what level was the stake cut to?": the wh-phrase is the object of a preposition
    # left stranded at the end of its clause
    stranded = [
        t
        for t in span[anchor.i - span.start + 1 :]
        if t.pos_ == "ADP" and t.dep_ == "prep" and not any(c.dep_ == "pobj" for c in t.children)
    ]
    return stranded[-1].lemma_.lower() if stranded else None
