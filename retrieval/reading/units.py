"""The units an article says an asked firm owns: "CSX Corp's Sea-Land Corp subsidiary",
"Sea-Land Corp, a unit of CSX". A unit acts for its owner, so a sentence where Sea-Land
pays answers "what is CSX's shipping arm paying", and names no other party.

Newswire states ownership in four fixed shapes (a possessive before a name and a unit
noun, the owner reporting on "its" named unit, an apposition "a unit of" after the name,
or "owned by" the owner after it, when the owner controls it); the sentence parse is not
needed to find them, and the article's whole text is searched once per question name. What
is not a name of a unit is left out: a place ("Xerox Corp's U.K. unit"), a stock symbol,
and a unit the owner no longer has ("a former unit of").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from retrieval.registry.places import place_name

# Nouns for a part of a firm that acts for it (the registry's UNIT_NOUNS are wider: what
# can be sold, brands and plants too).
SUBSIDIARY_NOUNS = frozenset("unit subsidiary division affiliate arm offshoot".split())
UNIT_WORDS = rf"(?:{'|'.join(sorted(SUBSIDIARY_NOUNS))})"
# A name: capitalised words, an inner hyphen or "and", a legal form with its full stop.
_NAME = r"[A-Z][\w&.'-]*(?:\s+(?:and\s+)?[A-Z][\w&.'-]*){0,5}"
# Reuters' stock symbol after a name ("CSX Corp's <CSX> Sea-Land").
_SYMBOL = r"(?:\s*<[^>]{1,12}>)?"
# How a unit is held, between "its" and the unit's name: "its majority-owned", "its
# wholly owned", "its 80 pct-owned".
_OWNED = r"(?:(?:wholly|fully|majority|[\d.]+\s+pct)[\s-]owned\s+)?"
# Words of a tie that is over: "a former unit of".
_PAST = frozenset({"former", "onetime", "one-time", "ex", "erstwhile"})


def stated_units(text: str, names: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """For each of `names`, the names the text gives as its units."""
    flat = " ".join(text.split())
    found: dict[str, tuple[str, ...]] = {}
    for name in names:
        if name not in flat:
            continue  # every shape writes the owner's name as asked
        possessive, owned, reported, apposition = _shapes(name)
        units = [m.group(1) for m in possessive.finditer(flat)]
        units += [m.group(1) for m in owned.finditer(flat) if _controlling(m.group(2))]
        units += [m.group(1) for m in reported.finditer(flat)]
        units += [
            m.group(1)
            for m in apposition.finditer(flat)
            if not _PAST.intersection(m.group(2).lower().split())
        ]
        kept = [u for u in units if _a_unit_name(u) and u not in names]
        if kept:
            found[name] = tuple(dict.fromkeys(kept))
    return found


@lru_cache(maxsize=256)
def _shapes(name: str) -> tuple[re.Pattern[str], ...]:
    """The four shapes for one owner, compiled once: a question's names are looked for in
    each of its articles, and compiling costs more than searching."""
    owner = rf"\b{re.escape(name)}(?:\s+[A-Z][\w.]*){{0,2}}"
    possessive = rf"{owner}\)?{_SYMBOL}['’]s{_SYMBOL}\s+<?({_NAME})>?\s+{UNIT_WORDS}\b"
    # "Industrial Equity, which is principally owned by Brierley Investments Ltd"
    owned = rf"<?({_NAME})>?{_SYMBOL}(?:\s*\([^)]*\))?,\s+(?:which\s+is\s+)?"
    owned += rf"((?:[\w-]+\s+){{0,2}})owned\s+by\s+{owner}"
    # "Gibraltar Financial Corp said its Gibraltar Savings unit ...": the reporter's own
    reported = rf"{owner}{_SYMBOL}\s+said\s+(?:that\s+)?its\s+{_OWNED}<?({_NAME})>?\s+"
    reported += rf"{UNIT_WORDS}\b"
    apposition = rf"<?({_NAME})>?{_SYMBOL},\s+(?:a|an|the)\s+((?:[\w-]+\s+){{0,3}})"
    apposition += rf"{UNIT_WORDS}\s+of\s+{owner}"
    return tuple(re.compile(shape) for shape in (possessive, owned, reported, apposition))


def _controlling(words: str) -> bool:
    """ "owned by", "wholly owned by", "principally owned by", "70 pct owned by": the
    owner controls it; "40 pct owned", "equally owned", "partly owned" share it."""
    lowered = words.lower().split()
    if set(lowered) & _SHARED:
        return False
    figures = [float(w) for w in lowered if w.replace(".", "", 1).isdigit()]
    return all(figure > 50 for figure in figures)


# Words of ownership shared with others.
_SHARED = frozenset({"partly", "partially", "jointly", "equally", "part"})


def _a_unit_name(text: str) -> bool:
    """Not a place ("its Canadian unit"), nor a lone symbol or legal form."""
    words = text.replace("-based", "").split()
    return bool(words) and not place_name(words) and len(text) > 2 and text != text.upper()
