"""Prices on the market: what a stock trades, closes or stands at.

"USPCI was trading at only 34 dlrs a share", "Fleet shares closed at 59-1/2": a verb of a
stock's price movement takes the price with "at" (or as its object: "rose 1-1/2 to 34").
Such a figure is the market's, not what a buyer pays or bids, and answers a question
about a price paid only when the question asks what the stock traded at.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from retrieval.reading.kinds import CHANGE_VERBS, CHANGE_WORDS
from retrieval.text import stem

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Verbs of a stock's price on the market.
MARKET_VERBS = frozenset(
    "trade close open end finish stand rise fall climb drop gain lose slip jump".split()
)
# Prepositions by which such a verb takes the price.
_PRICE_PREPOSITIONS = frozenset({"at", "to"})
# Words of a move of the price: "up one dlr", "down 1/2".
_MOVES = frozenset({"up", "down", "off"})
# What a question asking a difference says: "than", "by how much", "how much more", "how
# far above". Not a bare "above" or "below": "what price above the market" asks a price.
_COMPARING = re.compile(
    r"\bthan\b|\bby how much\b|\bhow (?:much|many) (?:more|less)\b"
    r"|\bhow (?:far|much) (?:above|below)\b"
)
# Tags of comparative adjectives and adverbs ("firmer", "higher").
_COMPARATIVES = frozenset({"JJR", "RBR"})
_MARKET_STEMS = frozenset(stem(verb) for verb in MARKET_VERBS)


def a_market_price(amount: Span) -> bool:
    """The amount is what a stock trades, closes or stands at ("was trading at 34 dlrs"),
    or how far it moved ("closed at 35 dlrs, up one dlr")."""
    return amount.root.head.lower_ in _MOVES or moving_verb(amount) is not None


def moving_verb(amount: Span) -> Token | None:
    """The verb of movement or level whose new level ("rose to 34 dlrs", "closed at 35")
    or move ("rose 1-1/2") the amount gives, or None."""
    head = amount.root.head
    if head.lower_ in _PRICE_PREPOSITIONS and amount.root.dep_ == "pobj":
        head = head.head
    return head if head.pos_ == "VERB" and head.lemma_.lower() in MARKET_VERBS else None


def mover(amount: Span) -> Token | None:
    """What moved to or by the amount: the subject of its verb of movement ("Preference
    shares ... rose eight schillings": "shares"), or None."""
    verb = moving_verb(amount)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb else None
    if subject is not None and verb is not None and subject.tag_ in _RELATIVE_PRONOUNS:
        # "sales which fell 8%": the relative pronoun stands for the noun its clause is on
        return verb.head if verb.dep_ == "relcl" else None
    return subject


# Tags of the relative pronouns "which", "that" and "who".
_RELATIVE_PRONOUNS = frozenset({"WDT", "WP"})


def of_a_stock(amount: Span) -> bool:
    """The market price is a stock's, as its verb's subject says ("Preference shares ...
    rose eight schillings"), not a level of something else ("leverage could rise to 60
    pct")."""
    moved = mover(amount)
    return moved is not None and moved.lemma_.lower() in STOCK_NOUNS


# What moves on a market: a firm's stock, a price, an index.
STOCK_NOUNS = frozenset({"share", "stock", "price", "index"})


def a_name_moved(amount: Span) -> bool:
    """ "Corvex fell 6 pct to 30 dlrs": in a market report a name moving stands for its
    stock (or an index's, "the Nikkei rose 2 pct")."""
    moved = mover(amount)
    return moved is not None and (moved.pos_ == "PROPN" or moved.ent_type_ == "ORG")


def a_difference(amount: Span) -> bool:
    """ "Shares were 2p firmer", "the new price is 14 dlrs higher": an amount measuring a
    comparative says by how much one thing exceeds another, not what anything costs."""
    root = amount.root
    if root.dep_ == "npadvmod" and root.head.tag_ in _COMPARATIVES:
        return True
    # after it: "a higher 25 dlrs a share" is a price, "2p firmer" a move
    if any(
        c.tag_ in _COMPARATIVES and c.dep_ in ("amod", "advmod") and c.i > root.i
        for c in root.children
    ):
        return True
    if _extent_of_a_change(root):
        return True
    # "upwards of $3,000 above that of an equivalent car": a sum right before "above" or
    # "below" and what it is compared with is the margin between them, wherever the parse
    # hangs the preposition
    after = amount.doc[amount.end] if amount.end < len(amount.doc) else None
    return (
        after is not None
        and after.lower_ in _MARGIN_PREPOSITIONS
        and any(c.dep_ == "pobj" for c in after.children)
    )


def _extent_of_a_change(amount: Token) -> bool:
    """ "pushed soymeal prices up by 0.40 dlrs a tonne", "raised its offer by two dlrs a
    share, or 40 mln dlrs": "by" on a verb of change (or on a verb with a particle of
    one) gives how far the changed thing moved, not what it now is; a conjunct shares its
    first one's preposition."""
    while amount.dep_ == "conj":
        amount = amount.head
    by = amount.head
    if amount.dep_ != "pobj" or by.lower_ != "by" or by.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = by.head
    particles = {c.lower_ for c in verb.children if c.dep_ == "prt"}
    return verb.lemma_.lower() in CHANGE_VERBS or bool(particles & CHANGE_WORDS)


# Prepositions saying how far one amount stands from another ("10 dlrs above the market").
_MARGIN_PREPOSITIONS = frozenset({"above", "below"})


def asks_a_difference(question: str) -> bool:
    """The question compares ("how much higher ... than", "by how much", "how much more",
    "how far above the market price")."""
    return _COMPARING.search(question.lower()) is not None


def asks_a_change(verbs: Iterable[str]) -> bool:
    """The question's own verbs (lemmas of the verbs it gives arguments of) are a change
    ("how much did Harlow cut the price"): how far it went is what it asks, as "by how
    much" does; a change word elsewhere ("Harlow's raised offer") asks for the value."""
    return bool(CHANGE_VERBS.intersection(verbs))


def asks_the_market(words: Iterable[str]) -> bool:
    """The question's words (index terms) ask what a stock traded or closed at."""
    return bool(_MARKET_STEMS.intersection(words))
