"""Amounts per unit in the evidence: "4.17 dlrs per share", "A$4.17-a-share", "20 dlrs a
barrel". What a question asks of them is `asked_rates`; amounts per party `per_party`.

A price per share is a rate, not what a whole stake or company cost: it answers "how much
did X pay for its stake" only when nothing better tied is found, and answers "what price
per share" or "how much a share" fully.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from retrieval.nlp.distributive import DISTRIBUTIVE_QUANTIFIERS as DISTRIBUTIVE
from retrieval.registry.syntax import verb_above

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# Units a newswire price is given per. "a year" is left out: "120 mln dlrs a year ago".
UNITS = frozenset(
    "share shares shr shrs unit units ton tons tonne tonnes barrel barrels ounce".split()
)
ARTICLES = frozenset({"a", "an", "each"})
# How many words after "each" the unit it counts may come ("each Hillards ordinary share").
EACH_REACH = 4
# Verbs an infinitive may climb to find its subject ("each share is expected to be ...").
MAX_RAISED = 3
# Words after an amount within which "each" makes it a price per item.
EACH_WINDOW = 4
RATE_PENALTY = 0.5
# Characters after an amount read for a hyphenated rate ("-a-share" and the like).
HYPHENED_WINDOW = 12
# Tokens a bracketed conversion may take ("(£9.49m)", "( 9.49 mln stg )").
MAX_BRACKETED = 8
_HYPHENED_RATE = re.compile(rf"^-(?:a|an|per)-(?:{'|'.join(sorted(UNITS))})\b", re.IGNORECASE)


def is_rate(span: Span) -> bool:
    """An amount per unit: "per" anything after it, "a"/"an"/"each" and a unit (also
    hyphenated, "530 pence-a-share", or past a bracketed conversion), or "each" right
    after it ("for 18 dlrs each")."""
    doc = span.doc
    upper = _upper_bound(span)
    if upper is not None:
        return is_rate(upper)  # "42.50 dlrs to 45.50 dlrs a share": the unit is of both
    inside = [t.lower_ for t in span]
    end = _past_brackets(span)
    if _modifies_next(span):
        end += 1  # "71 dlrs cash per share": the amount shares its noun's unit
    after = [t.lower_ for t in doc[end : end + 2]]
    if _each_after(span) or _for_each_unit(span) or _counted_for_each(span):
        return True  # "for 18 Canadian dlrs each", "20.10 dlrs cash for each of its shares"
    for words in (after, inside[-2:]):
        if len(words) == 2 and (words[0] == "per" or (words[0] in ARTICLES and words[1] in UNITS)):
            return True
    if _for_every_one(doc, end):
        return True  # "$74,500 (£38,660) for every customer", however the parse hung "for"
    # hyphenated, whether the tokenizer split it or not: "530 pence-a-share offer"
    following = doc.text[span.end_char : span.end_char + HYPHENED_WINDOW]
    return bool(_HYPHENED_RATE.match(following)) or any(
        "-a-share" in t or t.startswith("per-") for t in inside
    )


def _for_every_one(doc: Doc, end: int) -> bool:
    """ "for every customer", "for each share" right after the amount: so much per one
    (not "for every two shares")."""
    words = doc[end : end + 3]
    return (
        len(words) == 3
        and words[0].lower_ == "for"
        and words[1].lower_ in ("each", "every")
        and not words[2].like_num
    )


def _modifies_next(span: Span) -> bool:
    """The amount modifies the noun right after it ("71 dlrs cash", "a 20 mln dlr
    payment"): what that noun is per, the amount is per."""
    head = span.root.head
    return head.i == span.end and head.pos_ == "NOUN" and span.root.dep_ != "ROOT"


def _upper_bound(span: Span) -> Span | None:
    """The amount closing a range an amount opens ("42.50 dlrs to 45.50 dlrs")."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ not in {"to", "-"}:
        return None
    return next((e for e in doc.ents if e.start == span.end + 1 and e.label_ == span.label_), None)


def _for_each_unit(span: Span) -> bool:
    """The amount is given for a unit its clause picks out with "each" before it ("each
    Porex share is to be exchanged for 5.38 dlrs", "values each Hillards ordinary share at
    305.5p"): read in the words, as the parse may take the firm's name for the object."""
    verb = verb_above(span.root)
    for _ in range(MAX_RAISED - 1):  # "is expected to be ...": the subject is further up
        if verb.dep_ != "xcomp":
            break
        verb = verb_above(verb.head)
    before = span.doc[verb.left_edge.i : span.start]
    return any(
        t.lower_ == "each"
        and any(
            w.lower_ in UNITS for w in span.doc[t.i + 1 : min(t.i + 1 + EACH_REACH, span.start)]
        )
        for t in before
    )


def _counted_for_each(span: Span) -> bool:
    """ ".5165 Corning share for each Hazleton share", "would receive 16 dlrs in stock for
    each Modulaire share": the amount (or the units it counts) is given "for each" (or
    "for every") unit of another."""
    counted = span.root.head if span.root.dep_ == "nummod" else span.root
    # the parse may hang "for each" on the noun counted or on the verb that takes it
    return any(
        prep.dep_ == "prep" and prep.lower_ == "for" and any(_each_one(o) for o in prep.children)
        for holder in (counted, counted.head)
        for prep in holder.children
    )


def _each_one(unit: Token) -> bool:
    """ "each share", "every Halden share": one unit at a time ("for every two shares" is
    per two)."""
    each = any(c.lower_ in ("each", "every") for c in unit.children)
    counted = any(c.dep_ == "nummod" and c.lower_ not in ("one", "1") for c in unit.children)
    return each and not counted


def _past_brackets(span: Span) -> int:
    """Where the words after an amount resume past a conversion in brackets, from either
    side of it: "$17.6m (£9.49m) per plane"."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text == ")" and span.start > 0:
        return span.end + 1  # the conversion itself: "(£9.49m) per plane"
    if span.end >= len(doc) or doc[span.end].text != "(":
        return span.end
    close = next((t.i for t in doc[span.end : span.end + MAX_BRACKETED] if t.text == ")"), None)
    return span.end if close is None else close + 1


def _each_after(span: Span) -> bool:
    """ "N dlrs each", "N dlrs cash for each of its shares": a price per item -- unless
    the clause's subject is several parties ("Corvex and Halden will invest 50 mln dlrs
    each": one amount per party), or "each" is of another phrase ("stakes in each of")."""
    doc = span.doc
    for token in doc[span.end : span.end + EACH_WINDOW]:
        if token.is_punct:
            return False
        if token.lower_ not in DISTRIBUTIVE - {"respectively"}:
            continue
        right_after = token.i == span.end or doc[token.i - 1].lower_ == "for"
        return right_after and not _several_subjects(span.root)
    return False


def _several_subjects(token: Token) -> bool:
    subjects = [c for c in verb_above(token).children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.conjuncts for s in subjects)
