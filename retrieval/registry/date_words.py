"""Words that tell of a date that it is not the deal's: an approximation ("expected to close
around April 1": an estimate, not a named day) and a payment ("will pay the 20 mln on April
1": the price's time). date_tense asks them of dates yet to come."""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.event_dates import DateMention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words that make a time an approximation: "around April 1", "about April 1".
_APPROXIMATE = frozenset({"around", "about", "approximately", "roughly", "circa"})


def approximate(doc: Doc, mention: DateMention) -> bool:
    """Is the date the object of, or modified by, a word of approximation?"""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    words = [root.head] if root.head.pos_ == "ADP" else []
    words += [c for c in root.children if c.dep_ in {"advmod", "quantmod", "prep"}]
    # the parser may hang "approximately" on the verb, just before the date
    words += [doc[span.start - 1]] if span.start > 0 else []
    return any(w.lower_ in _APPROXIMATE for w in words)


# Verbs of paying: a deal's price changing hands is one of its terms, not when it was
# agreed, announced or completed; yet to come, it is a payment's time ("will pay the 20
# mln on April 1"). (A payment done may be the buying done: "paid 20 mln for it on Monday".)
_PAYING = frozenset({"pay", "repay"})


def paying(governor: Token | None) -> bool:
    """Is the word a date hangs on (date_tense._governor) a verb of paying?"""
    return governor is not None and governor.lemma_.lower() in _PAYING
