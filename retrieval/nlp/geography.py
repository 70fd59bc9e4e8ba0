"""Geography in WordNet: which names are towns only, and which country a place lies in.

WordNet says what a named place is an instance of ("Calgary": a city) and what it is part
of ("Calgary": Alberta, Canada, North America), and which country a people's adjective
pertains to ("Canadian": Canada). The reader uses them to bound a place as an answer ("Toronto,
Edmonton" is two towns, "Calgary, Alberta" one) and to check a place against an asked
nationality ("which Canadian cities").
"""

from __future__ import annotations

from functools import cache

# WordNet's own readers: this module is a view of the same files.
from retrieval.nlp import wordnet_files as db
from retrieval.nlp.wordnet import kinds_above

# The pointer symbol of the class a named thing is an instance of ("Calgary" of "city"),
# of the place a place is part of ("Calgary" of "Alberta"), and of the noun an adjective
# pertains to ("Canadian" to "Canada").
_INSTANCE = "@i"
_PART_OF = "#p"
_PERTAINS_TO = "\\"
# How far up the places holding a place are followed (town, province, country, continent).
_MAX_HOLDERS = 8


# Classes of a settlement, and of a region holding settlements.
_SETTLEMENTS = frozenset({"city", "town", "municipality", "capital"})
_DISTRICTS = frozenset({"district", "county"})


@cache
def names_only_towns(name: str) -> bool:
    """Does WordNet know the name as a city or town and never as a region holding towns
    ("Edmonton", "Calgary"; not "Quebec" or "New York", provinces and states as well)?
    False for a name it does not know."""
    classes = []
    for offset in db.senses(name, "n"):
        for symbol, target, _ in db.synset("n", offset)[1]:
            if symbol == _INSTANCE:
                above = db.synset("n", target)[0][0]
                classes.append({above, *kinds_above(above)})
    if any(_DISTRICTS & kinds for kinds in classes):
        return False
    return any(_SETTLEMENTS & kinds for kinds in classes)


def lies_in(place: str, demonym: str) -> bool | None:
    """Does the place lie in the country the adjective is of ("Edmonton", "Canadian":
    Edmonton is part of Alberta, part of Canada)? None when WordNet knows either not, or
    knows the place in no country."""
    countries = _pertains_to(demonym.lower())
    holders = _holders(place.strip().lower().replace(" ", "_"))
    if not countries or not holders:
        return None
    return bool(countries & holders)


@cache
def _pertains_to(adjective: str) -> frozenset[str]:
    found: set[str] = set()
    for offset in db.senses(adjective, "a"):
        for symbol, target, pos, _, _ in db.entry("a", offset)[1]:
            if symbol == _PERTAINS_TO and pos == "n":
                found.update(db.synset("n", target)[0])
    return frozenset(found)


@cache
def _holders(place: str) -> frozenset[str]:
    """Every place WordNet says holds the place, in any of its senses, up the chain."""
    found: set[str] = set()
    frontier = db.senses(place, "n")
    for _ in range(_MAX_HOLDERS):
        above = [
            target
            for offset in frontier
            for symbol, target, _ in db.synset("n", offset)[1]
            if symbol == _PART_OF
        ]
        for target in above:
            found.update(db.synset("n", target)[0])
        frontier = above
    return frozenset(found)
