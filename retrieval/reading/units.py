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
from collections.abc import Iterable, Iterator
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
    owned_by, apposition = _ending_at_owners(flat)
    for name in names:
        if name not in flat:
            continue  # every shape writes the owner's name as asked
        units = [m.group(1) for m in _after_owner(_POSSESSIVE, flat, name)]
        units += [m.group(1) for m in _before(owned_by, flat, name) if _controlling(m.group(2))]
        units += [m.group(1) for m in _after_owner(_REPORTED, flat, name)]
        units += [
            m.group(1)
            for m in _before(apposition, flat, name)
            if not _PAST.intersection(m.group(2).lower().split())
        ]
        kept = [u for u in units if _a_unit_name(u) and u not in names]
        if kept:
            found[name] = tuple(dict.fromkeys(kept))
    return found


# The four shapes, compiled once without the owner's name (compiling one set per asked
# name cost more than the searching): two follow the owner, two end where it begins.
# The owner: the asked name and up to two capitalised words of its full name.
_OWNER_TAIL = r"(?:\s+[A-Z][\w.]*){0,2}"
_POSSESSIVE = re.compile(
    rf"{_OWNER_TAIL}\)?{_SYMBOL}['’]s{_SYMBOL}\s+<?({_NAME})>?\s+{UNIT_WORDS}\b"
)
# "Gibraltar Financial Corp said its Gibraltar Savings unit ...": the reporter's own
_REPORTED = re.compile(
    rf"{_OWNER_TAIL}{_SYMBOL}\s+said\s+(?:that\s+)?its\s+{_OWNED}<?({_NAME})>?\s+{UNIT_WORDS}\b"
)
# "Industrial Equity, which is principally owned by Brierley Investments Ltd"
_OWNED_BY = re.compile(
    rf"<?({_NAME})>?{_SYMBOL}(?:\s*\([^)]*\))?,\s+(?:which\s+is\s+)?"
    rf"((?:[\w-]+\s+){{0,2}})owned\s+by\s+"
)
_APPOSITION = re.compile(
    rf"<?({_NAME})>?{_SYMBOL},\s+(?:a|an|the)\s+((?:[\w-]+\s+){{0,3}}){UNIT_WORDS}\s+of\s+"
)
_WORD_START = re.compile(r"\b")


def _after_owner(shape: re.Pattern[str], flat: str, name: str) -> Iterator[re.Match[str]]:
    """Matches of `shape` right after each whole-word `name`, not overlapping."""
    start = flat.find(name)
    while start >= 0:
        match = _WORD_START.match(flat, start) and shape.match(flat, start + len(name))
        if match:
            yield match
        start = flat.find(name, match.end() if match else start + 1)


@lru_cache(maxsize=64)
def _ending_at_owners(flat: str) -> tuple[tuple[re.Match[str], ...], ...]:
    """The shapes that end where an owner's name begins, found once for a text: what
    follows decides whose units they are."""
    return tuple(tuple(shape.finditer(flat)) for shape in (_OWNED_BY, _APPOSITION))


def _before(matches: Iterable[re.Match[str]], flat: str, name: str) -> Iterator[re.Match[str]]:
    """The `matches` that `name` follows as a whole word."""
    for match in matches:
        if flat.startswith(name, match.end()) and _WORD_START.match(flat, match.end()):
            yield match


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
