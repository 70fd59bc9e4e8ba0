"""How one claim's parties pair up into deals, as the deal's shape says.

Buyer and seller (the unit or company sold is an alias of the seller), else buyer and
target; investor and investee; partners with each other (all of them in one deal, or the
one who signed with each of the others); otherwise the first side with the second.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from retrieval.models import PartyRole
from retrieval.registry.frames import Claim
from retrieval.registry.parties import FIRST_SIDE, PartyMention


def pair_parties(
    claim: Claim, parties: list[tuple[str, PartyMention]]
) -> list[tuple[PartyMention, ...]]:
    parties = _owners_bought(parties)
    by_role: dict[PartyRole, list[PartyMention]] = {}
    for _, party in parties:
        same = by_role.setdefault(party.role, [])
        known = next((i for i, p in enumerate(same) if p.name == party.name), None)
        if known is None:
            same.append(party)
        else:  # "it is selling its subsidiary X": one seller, with its unit
            units = same[known].units + tuple(u for u in party.units if u not in same[known].units)
            same[known] = replace(same[known], units=units)
    if "acquirer" in by_role or "seller" in by_role:
        return _buyer_and_seller(by_role)
    if "investor" in by_role:
        return _across(by_role.get("investor", []), by_role.get("investee", []))
    if claim.symmetric:
        return _partners(claim, parties)
    first = [p for slot, p in parties if slot in FIRST_SIDE]
    second = [p for slot, p in parties if slot not in FIRST_SIDE]
    return _across(_unique(first), _unique(second))


def _owners_bought(parties: list[tuple[str, PartyMention]]) -> list[tuple[str, PartyMention]]:
    """The owners of units bought who are no sellers, but what is bought:
    - "the purchase from B of the business of C": with the seller named, the owner of what
      is bought is what is sold (an alias of the seller's side);
    - "bought X Inc, Y Inc and the Tennessee offices of Z": the owner of a unit that is the
      last item of a list of companies bought sold that unit, and the companies listed
      before it are bought in their own right, not units of it -- each is a counterparty
      of the buyer. ("X and Y, subsidiaries of Z" describes the list: Z sold X and Y.)"""
    named_seller = any(slot == "from" and p.role == "seller" for slot, p in parties)
    listed = {slot for slot, p in parties if p.role == "target" and p.via == "name"}

    def bought(slot: str, party: PartyMention) -> bool:
        if party.via != "unit":
            return False
        return (named_seller and slot != "from") or (party.last_listed and slot in listed)

    return [(slot, replace(p, role="target") if bought(slot, p) else p) for slot, p in parties]


def _buyer_and_seller(
    by_role: dict[PartyRole, list[PartyMention]],
) -> list[tuple[PartyMention, ...]]:
    buyers = by_role.get("acquirer", [])
    sellers = by_role.get("seller", [])
    targets = by_role.get("target", [])
    if sellers:
        # The company or unit sold is an alias of the seller (when there is one seller).
        if len(sellers) == 1 and targets:
            extra = tuple(t.name for t in targets if t.name != sellers[0].name)
            sellers = [replace(sellers[0], units=sellers[0].units + extra)]
        # A buyer that is the very unit sold is a misreading, not a counterparty.
        owned = {a for s in sellers for a in s.units}
        return _across([b for b in buyers if b.name not in owned], sellers)
    return _across(buyers, targets)


def _partners(
    claim: Claim, parties: list[tuple[str, PartyMention]]
) -> list[tuple[PartyMention, ...]]:
    everyone = _unique([p for _, p in parties])
    if len(everyone) < 2:
        return []
    if len(everyone) == 2 or claim.kind == "joint venture":
        return [tuple(everyone)]
    first = _unique([p for slot, p in parties if slot in FIRST_SIDE])
    second = _unique([p for slot, p in parties if slot not in FIRST_SIDE])
    if len(first) == 1 and second:
        return _across(first, second)  # "A signed agreements with B and C"
    return [tuple(everyone)]


def _across(
    left: Sequence[PartyMention], right: Sequence[PartyMention]
) -> list[tuple[PartyMention, ...]]:
    return [(a, b) for a in left for b in right if a.name != b.name]


def _unique(parties: Sequence[PartyMention]) -> list[PartyMention]:
    seen: dict[str, PartyMention] = {}
    for party in parties:
        seen.setdefault(party.name, party)
    return list(seen.values())
