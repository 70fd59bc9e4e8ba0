"""Words that tell of a date that it is not the deal's: an approximation ("expected to close
around April 1": an estimate, not a named day) and a payment ("will pay the 20 mln on April
1": the price's time). date_tense asks them of dates yet to come."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

    from retrieval.registry.event_dates import DateMention

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
    return any(w.lower_ in _APPROXIMATE and not _on_or_about(w) for w in words)


def _on_or_about(word: Token) -> bool:
    """Is `word` the "about" of "on or about April 1"? That is the usual wording of a
    scheduled day (the day named, allowing for slippage), not a rough estimate."""
    joined = [word.head] if word.dep_ == "conj" else []
    joined += [c for c in word.children if c.dep_ == "conj"]
    return word.lower_ == "about" and any(w.lower_ == "on" for w in joined)


# Verbs of paying: a deal's price changing hands is one of its terms, not when it was
# agreed, announced or completed; yet to come, it is a payment's time ("will pay the 20
# mln on April 1"). (A payment done may be the buying done: "paid 20 mln for it on Monday";
# and "pay 20 mln for Benton" is a buying in itself, whose day is the deal's.)
_PAYING = frozenset({"pay", "repay"})


def paying(governor: Token | None, triggers: frozenset[int]) -> bool:
    """Is the word a date hangs on (date_tense._governor) a verb of paying, and not itself
    the deal's word (in `triggers`, paying for a thing it names: "will pay 20 mln for
    Benton on April 1" is the buying; "will pay the 20 mln (for it) on April 1" is not)?"""
    if governor is None or governor.lemma_.lower() not in _PAYING:
        return False
    return governor.i not in triggers or not _pays_for_a_named_thing(governor)


def _pays_for_a_named_thing(verb: Token) -> bool:
    """Has the verb (or its object, where the parse may hang it: "pay 20 mln dlrs for
    Benton") a "for" whose object is no pronoun?"""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    preps = [c for w in (verb, *objects) for c in w.children if c.lower_ == "for"]
    things = [c for p in preps for c in p.children if c.dep_ == "pobj"]
    return any(t.pos_ != "PRON" for t in things)
