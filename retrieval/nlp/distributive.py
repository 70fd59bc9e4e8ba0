"""Words that distribute a predicate over its coordinated arguments, one act each: "A and
B each bought a stake", "paid 5 dlrs apiece", "bought C and D respectively", "A and B
separately bid". A closed class of English floating quantifiers and adverbs of acting
apart, shared by the reader (coordinated names asked of apart) and the registry (a bid
two firms made apart is no joint bid).
"""

from __future__ import annotations

# Floating quantifiers: each doer, or each thing, has its own ("5 dlrs each").
DISTRIBUTIVE_QUANTIFIERS = frozenset({"each", "apiece", "respectively"})
# Adverbs of acting apart: "A and B separately / individually / independently offered".
APART_ADVERBS = frozenset({"separately", "individually", "independently"})
DISTRIBUTIVE_WORDS = DISTRIBUTIVE_QUANTIFIERS | APART_ADVERBS
