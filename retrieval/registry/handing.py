"""Handing something over: "transfer X to B" is a sale only when a business changes hands
(a unit, its service or assets, a named company) -- not a listing, headquarters, risks or a
fund's money -- and not when it goes into a venture, which is the deal then.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.arguments import logical_objects
from retrieval.registry.cue_words import FINANCE_NOUNS
from retrieval.registry.lexicon import NOUN_FRAMES
from retrieval.registry.org_words import UNIT_NOUNS
from retrieval.registry.syntax import prep_objects

if TYPE_CHECKING:
    from spacy.tokens import Token


# Verbs of handing something over that are a sale only when a business changes hands.
HANDING_OVER = frozenset({"transfer"})
# What is handed over when a business is: a unit or its service, or a named company.
_BUSINESS_THINGS = UNIT_NOUNS | {"service", "services"}
# Compound modifiers that make assets a fund's money ("its pension fund assets").
_FUNDS = FINANCE_NOUNS | {"fund", "pension", "cash", "money", "investment"}


def hands_over_a_business(verb: Token) -> bool:
    """ "agreed to transfer its South American service to B": a unit, a business or a
    named company changes hands -- not a listing, headquarters, risks or money; and not
    into a venture ("transfer the refinery to a joint venture with B", "to Star Enterprise,
    a joint venture with Saudi Aramco": the venture speaks)."""
    into = [
        o
        for r in prep_objects(verb, "to")
        for o in (r, *(c for c in r.children if c.dep_ == "appos"))
        if o.lemma_.lower() in NOUN_FRAMES
    ]
    things = logical_objects(verb)
    business = any(
        (t.lemma_.lower() in _BUSINESS_THINGS and not _money(t)) or t.pos_ == "PROPN"
        for t in things
    )
    return business and not into


def _money(thing: Token) -> bool:
    """ "its pension fund assets": assets a fund holds are money, not a business."""
    return any(
        c.dep_ == "compound" and c.lemma_.lower() in _FUNDS for c in thing.subtree if c != thing
    )
