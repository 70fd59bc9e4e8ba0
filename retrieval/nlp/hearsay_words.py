"""Words of hearsay, shared by the registry and the reader.

A clause right after a noun of hearsay ("rumours the company would take a stake") tells
what is said to be so, not what is; a speaker who confirms it ("confirmed rumours that")
makes it a fact.
"""

from __future__ import annotations

# Nouns of what is passed around unconfirmed (WordNet's rumour/gossip/speculation senses).
RUMOUR_NOUNS = frozenset({"rumor", "rumour", "speculation", "gossip", "hearsay"})
# Verbs by which a speaker makes a rumour a fact ("Corvex confirmed rumours that ...").
CONFIRMING_VERBS = frozenset({"confirm", "verify", "acknowledge", "corroborate", "substantiate"})
