"""The units an article says an asked firm owns: "CSX Corp's Sea-Land Corp subsidiary",
"Sea-Land Corp, a unit of CSX". A unit acts for its owner, so a sentence where Sea-Land
pays answers "what is CSX's shipping arm paying", and names no other party.

Newswire states ownership in these two fixed shapes (a possessive before a name and a unit
noun, or an apposition "a unit of" after the name); the sentence parse is not needed to
find them, and the article's whole text is searched once per question name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Nouns for a part of a firm that acts for it.
UNIT_WORDS = r"(?:unit|subsidiary|division|affiliate|arm|offshoot)"
# A name: capitalised words, an inner hyphen or "and", a legal form with its full stop.
_NAME = r"[A-Z][\w&.'-]*(?:\s+(?:and\s+)?[A-Z][\w&.'-]*){0,5}"
# Reuters' stock symbol after a name ("CSX Corp's <CSX> Sea-Land").
_SYMBOL = r"(?:\s*<[^>]{1,12}>)?"


def stated_units(text: str, names: Iterable[str]) -> tuple[str, ...]:
    """The names the text gives as units of any of `names`."""
    found: list[str] = []
    flat = " ".join(text.split())
    for name in names:
        owner = rf"\b{re.escape(name)}(?:\s+[A-Z][\w.]*){{0,2}}"
        possessive = rf"{owner}{_SYMBOL}['’]s{_SYMBOL}\s+<?({_NAME})>?\s+{UNIT_WORDS}\b"
        apposition = rf"<?({_NAME})>?{_SYMBOL},\s+(?:a|an|the)\s+(?:\w+\s+){{0,3}}"
        apposition += rf"{UNIT_WORDS}\s+of\s+{owner}"
        for pattern in (possessive, apposition):
            found += [m.group(1) for m in re.finditer(pattern, flat)]
    return tuple(dict.fromkeys(n for n in found if n not in names))
