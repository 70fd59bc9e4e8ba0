"""What is given for a purchase: its consideration, in cash, in securities, or both.

A verb of buying or selling takes its price with "for" ("acquire X for 1.1 mln shares of
Royal Gold common stock", "sold X for two mln dlrs cash and 400,000 shares"): what stands
there is what changes hands for the thing bought, whatever its unit. A price paid in
shares is a price (no sum of money names it), and a price made of cash and shares is the
whole coordination, not its first sum. ("pay" and "spend" are not among them: their "for"
is what is bought: "paid 10 dlrs a share for 400,000 shares".)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.noun_classes import names_a_sum

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Words whose "for" holds the price: verbs and nouns of buying and selling.
_PRICED = frozenset({"buy", "acquire", "purchase", "sell", "acquisition", "sale", "exchange"})
# Nouns of securities a price may be paid in.
SECURITIES = frozenset(
    "share stock warrant debenture note unit bond preferred right option".split()
)
# What a price may be paid in besides money and securities.
_MEDIA = SECURITIES | {"cash", "oil", "product"}
# Conjunctions that add one part of a price to another.
_ADDING = frozenset({"and", "plus", "&"})
# Dependencies of a word modifying the noun after it ("400,000 common shares").
_MODIFYING = frozenset({"nummod", "amod", "compound", "quantmod"})
# Entity labels of a number of securities ("400,000 shares", "1.1 mln shares").
_COUNTS = frozenset({"CARDINAL", "QUANTITY"})


def securities_paid(doc: Doc) -> list[Span]:
    """Numbers of securities given as a price: "for 1.1 mln shares of Royal Gold"."""
    found = []
    for entity in doc.ents:
        if entity.label_ not in _COUNTS:
            continue
        noun = _counted_noun(entity)
        if noun is not None and _a_price(noun):
            found.append(doc[entity.start : noun.i + 1])
    return found


def whole_consideration(amount: Span) -> Span:
    """The coordination a price's part stands in, when its other members are priced
    things too: "two mln dlrs cash and 400,000 shares of common stock"; or the sum with
    what it is paid in: "16 dlrs in Waste Management stock"."""
    noun = phrase_noun(amount)
    head = noun.head if noun.dep_ == "conj" else noun
    members = [head, *(t for t in head.children if t.dep_ == "conj")]
    # parts add up with "and" or "plus"; "4.10 dlrs per share, or 120 mln dlrs" restates
    added = {t.lower_ for t in head.subtree if t.dep_ == "cc"} <= _ADDING
    if len(members) < 2 or not added or not all(_a_quantity(m) for m in members):
        medium = _paid_in(noun)
        return amount if medium is None else amount.doc[amount.start : _phrase_end(medium)]
    start = min(m.left_edge.i for m in members)
    end = max(m.right_edge.i for m in members) + 1
    return amount.doc[start:end]


def _paid_in(noun: Token) -> Token | None:
    """What a sum is paid in: "16 dlrs in Waste Management stock", "in cash"."""
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ == "in":
            medium = next((c for c in child.children if c.dep_ == "pobj"), None)
            if medium is not None and medium.lemma_.lower() in SECURITIES | {"cash"}:
                return medium
    return None


def _phrase_end(noun: Token) -> int:
    """Where the noun's phrase ends: past its "of" ("shares of its common stock"), not
    past another preposition the parse hung on it ("cash for Halden Marine")."""
    tails = [c.right_edge.i for c in noun.children if c.i > noun.i and c.lower_ == "of"]
    return max([noun.i, *tails]) + 1


def _counted_noun(entity: Span) -> Token | None:
    """The securities noun a number counts ("400,000 [common] shares")."""
    noun = phrase_noun(entity)
    return noun if noun.lemma_.lower() in SECURITIES else None


def phrase_noun(amount: Span) -> Token:
    """The noun heading the amount's phrase ("dlrs" in "two mln dlrs cash" -> "cash")."""
    noun = amount.root
    while noun.dep_ in _MODIFYING and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _a_price(noun: Token) -> bool:
    """The noun stands in the "for" of a word of buying or selling, alone or coordinated."""
    while noun.dep_ == "conj":
        noun = noun.head
    preposition = noun.head
    if noun.dep_ != "pobj" or preposition.lower_ != "for":
        return False
    return preposition.head.lemma_.lower() in _PRICED


def _a_quantity(token: Token) -> bool:
    """A phrase counting or measuring something: a number hangs on it or it is one."""
    return token.like_num or any(
        c.like_num or c.ent_type_ == "MONEY" for c in token.subtree if c.i <= token.i
    )


def states_consideration(doc: Doc) -> bool:
    """The sentence says what is given for a purchase: a word of buying or selling whose
    "for" holds a sum or what it is paid in ("the acquisition would be made for promissory
    notes and common stock"), as "how will X pay for Y" asks."""
    for token in doc:
        if token.lower_ != "for" or token.head.lemma_.lower() not in _PRICED | {"make"}:
            continue
        for noun in (c for c in token.children if c.dep_ == "pobj"):
            given = [noun, *noun.conjuncts]
            if any(g.lemma_.lower() in _MEDIA or g.ent_type_ == "MONEY" for g in given):
                return True
    return False


# Nouns of what a thing is worth, besides those WordNet files as sums ("net asset value",
# "book value"): a percentage of one of them is itself so much money. Not "price": a
# percentage of the price is a portion of the asked sum ("80 pct of the price in cash"),
# never the sum itself.
_WORTH_NOUNS = frozenset({"value", "worth"})


def fractions_of_a_sum(doc: Doc) -> list[Span]:
    """Percentages of a sum or a worth, which are sums of money themselves: "90 pct of the
    net asset value" is a price, though no currency names it (not "90 pct of the shares":
    a part of a thing counted is a share)."""
    found = []
    for entity in doc.ents:
        if entity.label_ != "PERCENT":
            continue
        of = next((c for c in entity.root.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        whole = next((c for c in of.children if c.dep_ == "pobj"), None) if of else None
        if whole is not None and _a_sum(whole):
            found.append(doc[entity.start : whole.i + 1])
    return found


def _a_sum(noun: Token) -> bool:
    lemma = noun.lemma_.lower()
    return noun.pos_ == "NOUN" and (lemma in _WORTH_NOUNS or names_a_sum(lemma))
