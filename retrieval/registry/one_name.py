"""One article's names for one company made one before its mentions are merged: a short
and a long name ("Robert Half", "Robert Half International"), an initialism ("ICCO"), a
slip of spelling ("Okomoto"), a name written two ways ("Rhone-Poulenc", "Rhone Poulenc"),
and short names repeating a deal the article told under full names ("Lilly and Roche"
after "Hoffmann-La Roche ... with Eli Lilly and Co").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from retrieval.nlp.names import abbreviates, name_key
from retrieval.nlp.spelling import close_spelling

if TYPE_CHECKING:
    from retrieval.registry.mentions import DealMention
    from retrieval.registry.parties import PartyMention

# A country by its initials before a name says where the firm is ("US Carnival"); words
# like "American" or "Pacific" open many firms' own names.
COUNTRY_INITIALS = frozenset({"us", "u.s.", "u.s", "uk", "u.k.", "u.k"})
# A first word many unrelated names share: never enough to take a longer name's identity.
GENERIC_FIRST_WORDS = frozenset(
    "general american first national united international british new federal royal".split()
)


def unified(mentions: Sequence[DealMention]) -> list[DealMention]:
    """One company under a short and a long name is made one, unless a sentence names
    them on a deal's two sides: a deal's parties are two companies ("Genova Inc" merging
    with "Genova Products Inc", its parent), however alike their names ("it" resolved to
    one of them is a guess, no such evidence, unless the sentence binds it to a name:
    "Coca-Cola Bottling said it agreed to sell its unit to Coca-Cola Co")."""
    first_seen = {p.name: None for m in mentions for p in m.parties}  # in article order
    order = {name: index for index, name in enumerate(first_seen)}
    names = set(first_seen)
    sides = {
        frozenset(p.name for p in m.parties)
        for m in mentions
        if all(p.via != "reference" for p in m.parties) or _bound_to_full_names(m)
    }
    longer: dict[str, str] = {}
    for name in names:
        words = name_key(name).split()
        if len(words) == 1 and words[0] in GENERIC_FIRST_WORDS:
            continue
        # "Robert Half" for "Robert Half International"; "ICCO" for "International Cocoa
        # Organization".
        owners = [
            other
            for other in names
            if other != name
            and (name_key(other).split()[: len(words)] == words or abbreviates(name, other))
            and frozenset({name, other}) not in sides
            # one name written two ways ("Rhone-Poulenc", "Rhone Poulenc") is made the
            # one the article writes first, not each the other
            and not (name_key(other) == name_key(name) and order[other] > order[name])
        ]
        if len(owners) == 1:
            longer[name] = owners[0]
        elif (national := _without_country(name, names, sides)) is not None:
            longer[name] = national
        elif not owners and (slip := _misspelt(name, names, sides, mentions)) is not None:
            longer[name] = slip
    told = {frozenset(p.name for p in m.parties) for m in mentions}  # "it" resolved too
    longer |= _short_repeats(told, names, longer)
    if not longer:
        return list(mentions)
    return [replace(m, parties=tuple(_longer(p, longer) for p in m.parties)) for m in mentions]


def _bound_to_full_names(mention: DealMention) -> bool:
    """The sentence binds its references to names of its own ("A said it agreed ...")
    and writes the other parties' names in full, legal form and all ("to Coca-Cola Co"):
    a bare name after a longer one ("Chrysler" after "Chrysler Canada Ltd") shortens it."""
    return all(p.bound if p.via == "reference" else p.in_full for p in mention.parties)


def _without_country(name: str, names: set[str], sides: set[frozenset[str]]) -> str | None:
    """ "the huge US Carnival Corporation" beside "Carnival": a country before a name the
    article also writes without it says where the firm is ("US West" has no "West")."""
    words = name_key(name).split()
    if len(words) < 2 or words[0] not in COUNTRY_INITIALS:
        return None
    rest = words[1:]
    return next(
        (o for o in names if name_key(o).split() == rest and frozenset({name, o}) not in sides),
        None,
    )


def _short_repeats(
    sides: set[frozenset[str]], names: set[str], longer: dict[str, str]
) -> dict[str, str]:
    """ "Lilly and Roche have entered into the license agreement" after "Hoffmann-La Roche
    ... entered into a license agreement with Eli Lilly and Co": two parties each named by
    the end of one party's full name, where the article states a deal of the two full
    names, are those two ("Corning" alone stays apart from "Dow Corning")."""
    found: dict[str, str] = {}
    for side in sides:
        if len(side) != 2 or side & longer.keys():
            continue
        short = tuple(side)
        owners = [owner for name in short if (owner := _ending_of(name, names)) is not None]
        if len(owners) == len(short) and frozenset(owners) in sides:
            found.update(zip(short, owners, strict=True))
    return found


def _ending_of(name: str, names: set[str]) -> str | None:
    """The one longer name that ends with this one's words ("Eli Lilly" for "Lilly")."""
    words = name_key(name).split()
    endings = [
        other
        for other in names
        if len(name_key(other).split()) > len(words)
        and name_key(other).split()[-len(words) :] == words
    ]
    return endings[0] if len(endings) == 1 else None


def _misspelt(
    name: str,
    names: set[str],
    sides: set[frozenset[str]],
    mentions: Sequence[DealMention],
) -> str | None:
    """ "Okomoto" in an article that writes "Okamoto" more often: one slip in a long word
    is a typing error, so the name is the one the article uses more, or first (never two
    names a sentence sets on a deal's two sides)."""
    uses = Counter(p.name for m in mentions for p in m.parties)
    first = {p.name: -i for i, m in reversed(list(enumerate(mentions))) for p in m.parties}
    slips = [
        other
        for other in names
        if other != name
        and close_spelling(name_key(name), name_key(other))
        and frozenset({name, other}) not in sides
        and (uses[other], first[other]) > (uses[name], first[name])
    ]
    return slips[0] if len(slips) == 1 else None


def _longer(party: PartyMention, longer: dict[str, str]) -> PartyMention:
    """The party under its longer name, the short one kept as an alias."""
    if party.name not in longer:
        return party
    return replace(party, name=longer[party.name], aliases=(*party.aliases, party.name))
