"""Who "the venture" is: the firms the article told of as acting together.

A definite noun refers back to something the discourse already holds. "A said it and B
agreed to buy the hotel. ... the venture will rename it": "the venture" is the undertaking
of the firms that bought together (the same side of one deal), so its partners are that
side, though the sentence with the noun names one of them or none.
"""

from __future__ import annotations

from retrieval.registry.frames import Claim
from retrieval.registry.parties import PartyMention
from retrieval.registry.references import Resolver

# The sides that act: firms named together in one of these roles of one deal act together
# (a tuple: the sides noted for a sentence keep one order from run to run).
_ACTING = ("acquirer", "partner", "investor")
_DEFINITE = frozenset({"the", "this", "that"})


def note_joint_side(parties: list[tuple[str, PartyMention]], resolver: Resolver) -> None:
    """Remember the firms of one deal's acting side ("it and B agreed to buy")."""
    for role in _ACTING:
        names = list(dict.fromkeys(p.name for _, p in parties if p.role == role))
        if len(names) >= 2:
            joint = resolver.discourse.joint.setdefault(resolver.position, [])
            joint.append(names)


def venture_partners(
    claim: Claim, parties: list[tuple[str, PartyMention]], resolver: Resolver
) -> list[tuple[str, PartyMention]]:
    """ "the venture" with fewer than two partners in its sentence: the nearest earlier
    side of firms acting together that holds the partners it has."""
    trigger = claim.trigger
    definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in trigger.children)
    if claim.kind != "joint venture" or trigger.pos_ != "NOUN" or not definite:
        return parties
    have = {p.name for _, p in parties if p.role == "partner"}
    if len(have) >= 2 or any(p.role != "partner" for _, p in parties):
        return parties  # the sentence names its sides, or others than partners
    group = _nearest_side(resolver, have)
    added = [n for n in group if n not in have]
    return parties + [("with", PartyMention(n, "partner", "reference", True)) for n in added]


def _nearest_side(resolver: Resolver, have: set[str]) -> list[str]:
    # The window every other reference reaches back through (sentences naming firms).
    discourse = resolver.discourse
    for position in discourse.recent(resolver.position):
        for group in reversed(discourse.joint.get(position, [])):
            if have <= set(group):
                return group
    return []
