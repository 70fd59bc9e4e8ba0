"""Amounts per unit: "4.17 dlrs per share", "A$4.17-a-share", "20 dlrs a barrel"; and
amounts per party: "how much does each hold", "how will ownership be split".

A price per share is a rate, not what a whole stake or company cost: it answers "how much
did X pay for its stake" only when nothing better tied is found, and answers "what price
per share" or "how much a share" fully.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from retrieval.nlp.distributive import DISTRIBUTIVE_QUANTIFIERS as DISTRIBUTIVE
from retrieval.reading.kinds import Kind, focus_kind
from retrieval.registry.syntax import verb_above
from retrieval.text import terms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.asking import Part

# Units a newswire price is given per. "a year" is left out: "120 mln dlrs a year ago".
UNITS = frozenset(
    "share shares shr shrs unit units ton tons tonne tonnes barrel barrels ounce".split()
)
# Units a thing is priced "at" so much each ("unit" is also a firm's business unit).
_UNIT_STEMS = frozenset(stem for unit in UNITS - {"unit", "units"} for stem in terms(unit))
ARTICLES = frozenset({"a", "an", "each"})
# How many words after "each" the unit it counts may come ("each Hillards ordinary share").
EACH_REACH = 4
# Verbs an infinitive may climb to find its subject ("each share is expected to be ...").
MAX_RAISED = 3
# Words after an amount within which "each" makes it a price per item.
EACH_WINDOW = 4
# Lower-case "total" only: "Total" is also a company; "in all" only ending the clause.
_TOTAL_ASKED = re.compile(
    r"\btotal\b|\b(?:[Oo]verall|[Aa]ltogether)\b|\bin all\b(?=\s*[?,.;]|\s*$)"
)
RATE_PENALTY = 0.5
# Words that deal a whole out among several ("how will ownership be split") and
# distributive quantifiers ("what stake do they each hold").
DIVIDING = frozenset({"split", "divide", "apportion", "allocate", "breakdown"})
# What is dealt out among a venture's owners.
OWNERSHIP = frozenset({"ownership", "equity", "stake", "holding", "shareholding", "capital"})
# Characters after an amount read for a hyphenated rate ("-a-share" and the like).
HYPHENED_WINDOW = 12
# Tokens a bracketed conversion may take ("(£9.49m)", "( 9.49 mln stg )").
MAX_BRACKETED = 8
_HYPHENED_RATE = re.compile(rf"^-(?:a|an|per)-(?:{'|'.join(sorted(UNITS))})\b", re.IGNORECASE)
# "per share", "a barrel", "each unit": a unit an amount is given for.
_PER_UNIT = re.compile(rf"\b(?:per|a|an|each)\s+(?:{'|'.join(sorted(UNITS))})\b", re.IGNORECASE)

# "each"/"every" and a unit with the issuer's name or the class of share between ("for each
# Standard Oil share", "every Hillards ordinary share"): case matters, names are capitalised.
_EACH_NAMED_UNIT = re.compile(
    rf"\b(?:[Ee]ach|[Ee]very)\s+(?:(?:[A-Z][\w&.'-]*|ordinary|common|preferred)\s+){{1,4}}"
    rf"(?:{'|'.join(sorted(UNITS))})\b"
)

# "for each/every" and the thing paid for: a distributive quantifier on what a sum is given
# for makes the sum a rate whatever the thing is ("for each hip operation", "for every
# dollar of debt"), as "per" does; a whole contract's worth answers none of it.
_FOR_EACH_THING = re.compile(r"\b(?:for|per)\s+(?:each|every)\s+[\w'.-]", re.IGNORECASE)


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


def asks_total(question: str) -> bool:
    """The question asks for a whole amount too ("both in total and per share")."""
    return bool(_TOTAL_ASKED.search(question))


# The two asks joined by "and", in either order: "(both) in total and per share", "a share
# and in total".
_TOTAL_PHRASE = r"(?:both\s+)?(?:in\s+)?(?:total|all|overall|altogether)"
_RATE_PHRASE = rf"(?:per\s+\w+|(?:a|an|each)\s+(?:{'|'.join(sorted(UNITS))}))"
_TOTAL_THEN_RATE = re.compile(rf"\b({_TOTAL_PHRASE})(\s+and\s+)({_RATE_PHRASE})\b", re.I)
_RATE_THEN_TOTAL = re.compile(rf"\b({_RATE_PHRASE})(\s+and\s+)({_TOTAL_PHRASE})\b", re.I)


def total_and_rate(question: str) -> tuple[str, str] | None:
    """A question asking a whole amount and a rate joined by "and" ("both in total and per
    share") as two questions: the one asking the whole, then the one asking the rate. "What
    is the total price per share?" asks one thing."""
    for pattern, total_first in ((_TOTAL_THEN_RATE, True), (_RATE_THEN_TOTAL, False)):
        match = pattern.search(question)
        if match is None:
            continue
        total, rate = (match.group(1), match.group(3))[:: 1 if total_first else -1]
        before, after = question[: match.start()], question[match.end() :]
        whole = re.sub(r"^both\s+", "", total, flags=re.I)
        return f"{before}{whole}{after}", f"{before}{rate}{after}"
    return None


def names_a_rate(question: str) -> bool:
    """The question says "per" or names a unit ("price per share", "how much a share",
    "for each Standard Oil share"): enough to make a "what" of no known kind an amount.
    A rate the question states with its figure ("the studio that posted a 1.07 dlr a
    share loss", "its 10 per cent stake") describes what is known, and asks none."""
    asked = without_stated_rates(question)
    return bool(re.search(r"\bper\b", asked, re.IGNORECASE)) or asks_per_unit(asked)


# A figure and the unit it is given for: a number, at most two words (its scale, its
# currency: "1.07 dlr", "2.5 mln U.S. dlrs") and "per"/"a"/"an"/"each" before the unit.
_STATED_RATE = re.compile(
    r"\d[\d,.]*(?:\s+[A-Za-z.$£]+){0,2}?\s+(?:per|a|an|each)\s+[\w'.-]+", re.IGNORECASE
)


def without_stated_rates(question: str) -> str:
    """The question without the rates it states by their figures: a unit after a number
    is what the number is given for, not a rate the question asks."""
    return _STATED_RATE.sub(" ", question)


def asks_rate(question: str) -> bool:
    """The question asks for an amount per unit: it names one, or a sum is asked "for each"
    thing ("how much for each hip operation"). The thing alone is no unit of money: "what
    did they build for each customer" asks no amount, so only a part already asking a sum
    is read as asking a rate by it (asking.py converts kinds by `names_a_rate`)."""
    return names_a_rate(question) or bool(_FOR_EACH_THING.search(question))


def asks_per_unit(question: str) -> bool:
    """The question names a unit an amount is given for ("per share", "a barrel"), not
    only "per" ("per the filing")."""
    asked = without_stated_rates(question)
    return bool(_PER_UNIT.search(asked) or _EACH_NAMED_UNIT.search(asked))


def asks_unit_price(part: Part) -> bool:
    """The part asks for an amount per unit: in so many words, or as the price "at" which
    units it speaks of change hands ("how many shares are on offer, and at what price?":
    shares are offered at so much a share, as a firm is bought "for" a sum) -- unless a
    total is asked ("at what total price")."""
    if asks_rate(part.text):
        return True
    priced = part.focus == "price" and part.preposition == "at" and not asks_total(part.text)
    return priced and bool(set(part.terms) & _UNIT_STEMS)


def asks_each(span: Span) -> bool:
    """The part asks for an amount per party, several at once: "how will ownership be
    split", "what stake do they each hold", "how much will each partner put in" -- not
    "before the stock split" nor "for each share"."""
    for token in span:
        if token.lemma_.lower() in DIVIDING and _of_ownership(token):
            return True
        if token.lower_ in DISTRIBUTIVE and _of_parties(token):
            return True
    return False


def _of_ownership(word: Token) -> bool:
    """A dividing word whose object, subject or owner is ownership ("divide ownership",
    "ownership will be split", "the equity split")."""
    near = [word.head, *word.children]
    return any(t.lemma_.lower() in OWNERSHIP for t in near)


def _of_parties(each: Token) -> bool:
    """ "each" standing for several parties: floating after them ("Corvex and Halden each
    hold", "they each"), "respectively", or picking out a party ("each partner"), not a
    unit ("each share", "each plane"). Read from the words: the parser often takes a
    floating "each" for the determiner of the verb after it."""
    if each.lower_ != "each":
        return True
    doc = each.doc
    before = doc[each.i - 1] if each.i > 0 else None
    if before is not None and (before.pos_ in ("PROPN", "PRON") or before.tag_ == "NNS"):
        return True
    after = doc[each.i + 1] if each.i + 1 < len(doc) else None
    return after is not None and focus_kind(after.lemma_) in (Kind.ORG, Kind.PERSON)


def split_total_and_rate(parts: tuple[Part, ...]) -> tuple[Part, ...]:
    """ "What is X paying, both in total and per share?": two amounts, often stated in two
    sentences, so two parts (each may be answered from its own sentence)."""
    split: list[Part] = []
    for part in parts:
        texts = total_and_rate(part.text) if part.kind is Kind.MONEY else None
        split.extend([replace(part, text=t) for t in texts] if texts else [part])
    return tuple(split)
