"""Who "we", "it" and "the two sides" are, and which deal mentions are one alliance.

- The article's focus pair is the first pair of companies a deal mention names explicitly
  (the headline counts): "the two sides signed" means them, and "we ... signed with Geely"
  means the member of the pair that is not Geely.
- "it" (after "said") is the sentence's subject: its first named company, else the previous
  sentence's.
- Mentions of the same set of parties are one alliance.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from retrieval.models import PartyRole
from retrieval.registry.companies import Mention
from retrieval.registry.deal_patterns import BOTH, IT, WE
from retrieval.registry.deals import DealMention, find_deals
from retrieval.registry.people import PersonSpan


@dataclass(frozen=True)
class Sentence:
    position: int  # -1 for the headline
    text: str
    mentions: list[Mention]
    people: list[PersonSpan]


def resolve_deals(sentences: Sequence[Sentence]) -> list[DealMention]:
    """Deal mentions with every reference replaced by a company name (or dropped)."""
    raw = [deal for s in sentences for deal in find_deals(s.text, s.mentions, position=s.position)]
    focus = next(
        (
            tuple(name for name, _ in deal.parties)
            for deal in raw
            if len(deal.parties) == 2 and not {WE, IT, BOTH} & {n for n, _ in deal.parties}
        ),
        None,
    )
    subjects = _subjects(sentences)
    resolved = []
    for deal in raw:
        parties = _resolve_parties(deal, focus, subjects.get(deal.position))
        if parties is not None:
            resolved.append(
                DealMention(
                    parties, deal.kind, deal.label, deal.strength, deal.sentence, deal.position
                )
            )
    return resolved


def _subjects(sentences: Sequence[Sentence]) -> dict[int, str | None]:
    """The company each sentence is about: its first named company, else the previous one."""
    subjects: dict[int, str | None] = {}
    current: str | None = None
    for sentence in sentences:
        strong = [m for m in sentence.mentions if m.strong]
        if strong:
            current = strong[0].name
        subjects[sentence.position] = current
    return subjects


def _resolve_parties(
    deal: DealMention, focus: tuple[str, ...] | None, subject: str | None
) -> tuple[tuple[str, PartyRole], ...] | None:
    if len(deal.parties) == 1:  # "the two sides signed ..."
        return None if focus is None else tuple((name, "partner") for name in focus)
    (first, role1), (second, role2) = deal.parties
    names = [
        _resolve_one(first, second, focus, subject),
        _resolve_one(second, first, focus, subject),
    ]
    if None in names or names[0] == names[1]:
        return None
    return ((str(names[0]), role1), (str(names[1]), role2))


def _resolve_one(
    token: str, other: str, focus: tuple[str, ...] | None, subject: str | None
) -> str | None:
    if token == WE:
        if focus is None or other not in focus:
            return None
        return next(name for name in focus if name != other)
    if token == IT:
        return subject
    if token == BOTH:
        return None
    return token


def group_by_parties(deals: list[DealMention]) -> list[tuple[list[str], list[DealMention]]]:
    """Mentions of the same set of parties, in order of first appearance."""
    groups: dict[frozenset[str], list[DealMention]] = {}
    for deal in deals:
        groups.setdefault(frozenset(name for name, _ in deal.parties), []).append(deal)
    result = []
    for members in groups.values():
        order = list(dict.fromkeys(name for deal in members for name, _ in deal.parties))
        result.append((order, members))
    return result
