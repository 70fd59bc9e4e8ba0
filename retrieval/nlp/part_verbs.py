"""Verbs of being a part of a whole: "representing all of its assets", "accounts for 70 pct
of its debt", "makes up 40 pct of its borrowings". What such a verb takes is a share of
the whole its "of" names, not a rate on it. A closed class, shared by the registry (things
said to amount to a business's assets are that business) and the reader (a share of a
whole answers no "what rate").
"""

from __future__ import annotations

# Verbs by which one thing amounts to another, or to a part of it.
AMOUNTING_TO = frozenset({"represent", "comprise", "constitute"})
# The same with a particle or preposition: "accounts for", "makes up".
AMOUNTING_TO_PHRASAL = frozenset({("account", "for"), ("make", "up")})
