"""One article's deal mentions merged into alliance records.

Mentions of the same set of parties are one alliance. A mention that states the deal as
done ("signed an agreement", "acquired") names it, the most confident first (ties: the
body before the headline, the earlier sentence); a preliminary agreement
(letter of intent, agreement in principle, memorandum) is recorded as such. The date is
the first one attached to a mention of the deal, the best mention's first. An alliance is
the article's news when it is stated in the headline or the lead (first two sentences)
other than in passing; otherwise it is background.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from retrieval.models import AgreementKind, AllianceFacts, EventDate, Party, PartyRole
from retrieval.nlp.names import name_key
from retrieval.registry.companies import CompanyDirectory
from retrieval.registry.context_dates import date_from_context
from retrieval.registry.details import ArticleSentence, about, areas_of, people_of
from retrieval.registry.mentions import DealMention
from retrieval.registry.one_name import unified

LEAD_SENTENCES = 2
# Ties between equally strong mentions go to the more specific kind of agreement.
KIND_RANK: dict[AgreementKind, int] = {
    "framework agreement": 0,
    "memorandum of understanding": 1,
    "joint venture": 2,
    "strategic cooperation agreement": 3,
    "supply agreement": 4,
    "licensing agreement": 5,
    "merger": 6,
    "acquisition": 7,
    "investment": 8,
    "cooperation agreement": 9,
    "partnership": 10,
}


def group_mentions(mentions: Sequence[DealMention]) -> list[list[DealMention]]:
    """Mentions of one set of parties, after one article's names for one company are made
    one ("Robert Half" and "Robert Half International"), and a unit or company sold is
    folded into its seller when the same buyer is named with both."""
    mentions = unified(mentions)
    units = {(p.name, unit) for m in mentions for p in m.parties for unit in p.units}
    mentions = [m for m in mentions if not _one_family(m) and not _own_unit(m, units)]
    # A deal the article says was ended, withdrawn or rejected is no alliance anywhere in it.
    ended = {frozenset(p.name for p in m.parties) for m in mentions if m.status == "ended"}
    mentions = [m for m in mentions if frozenset(p.name for p in m.parties) not in ended]
    # A stake bought from another holder is that trade wherever the article tells of it.
    traded = {frozenset(p.name for p in m.parties) for m in mentions if m.from_holder}
    buyers = {
        p.name
        for m in mentions
        if m.the_stake_from_holder
        for p in m.parties
        if p.role == "acquirer"
    }
    mentions = [m for m in mentions if not m.from_holder and not _traded(m, traded, buyers)]
    groups: dict[frozenset[str], list[DealMention]] = {}
    for mention in mentions:
        groups.setdefault(frozenset(p.name for p in mention.parties), []).append(mention)
    owner_of = {
        (alias, frozenset(o.name for o in m.parties if o is not p)): p.name
        for m in mentions
        for p in m.parties
        for alias in p.units
    }
    merged: dict[frozenset[str], list[DealMention]] = {}
    for names, members in groups.items():
        if len(names) < 2:
            continue  # one company under two of its names
        target = names
        for name in names:
            owner = owner_of.get((name, names - {name}))
            if owner is not None and owner not in names:
                target = (names - {name}) | {owner}
        if len(target) < 2:
            continue
        merged.setdefault(target, []).extend(
            members if target == names else [_renamed(m, names, target) for m in members]
        )
    return list(merged.values())


def _traded(mention: DealMention, traded: set[frozenset[str]], buyers: set[str]) -> bool:
    """A stake the article says was bought from a holder, told of again."""
    if mention.kind != "investment":
        return False
    investor = any(p.role == "investor" and p.name in buyers for p in mention.parties)
    return investor or frozenset(p.name for p in mention.parties) in traded


def _own_unit(mention: DealMention, units: set[tuple[str, str]]) -> bool:
    """A company and a unit the article says is its own ("selling its subsidiary Noblee")
    make no alliance with each other."""
    names = [p.name for p in mention.parties]
    return any((a, b) in units for a in names for b in names if a != b)


def _one_family(mention: DealMention) -> bool:
    """ "Texas American Bancshares" and "Texas American Bank/Galleria": a group and its own
    unit, named alike, make no alliance."""
    # words as written: a hyphenated name is one word ("Coca-Cola Co" and "Coca-Cola
    # Bottling Co Consolidated" share one, as "Genova" and "Genova Products" do)
    words = [[key for w in p.name.split() if (key := name_key(w))] for p in mention.parties]
    heads = [tuple(w[:2]) for w in words]
    return len(heads) == 2 and len(heads[0]) == 2 and heads[0] == heads[1]


def _renamed(mention: DealMention, old: frozenset[str], new: frozenset[str]) -> DealMention:
    [gone] = old - new
    [owner] = new - old
    parties = tuple(
        replace(p, name=owner, units=(*p.units, gone)) if p.name == gone else p
        for p in mention.parties
    )
    return replace(mention, parties=parties)


def alliance_facts(
    group: Sequence[DealMention],
    directory: CompanyDirectory,
    sentences: Sequence[ArticleSentence],
    *,
    article_date: str | None = None,
    parsed_dates: Mapping[int, Sequence[EventDate]] | None = None,
    own_dates: Mapping[int, Sequence[EventDate]] | None = None,
    other_deals: Mapping[int, set[str]] | None = None,
) -> AllianceFacts:
    best = min(group, key=_rank)
    names = _in_article_order(
        list(dict.fromkeys(p.name for m in [best, *group] for p in m.parties)), sentences
    )
    # the units sold are the deal's own names too ("The sale of Osko Tool was completed")
    units = [u for m in group for p in m.parties for u in p.units]
    chosen = about(names, [m.position for m in group], sentences, own=units)
    kind, label = best.kind, best.label
    if best.status == "preliminary":
        kind, label = "memorandum of understanding", _preliminary_label(best)
    evidence = list(dict.fromkeys(m.sentence for m in sorted(group, key=lambda m: m.position)))
    parsed = _without(parsed_dates, other_deals)
    own = _without(own_dates, other_deals)
    return AllianceFacts(
        parties=_parties(names, [best, *group], directory),
        kind=kind,
        label=label,
        kind_evidence=best.sentence,
        date=_deal_date(best, group, chosen, article_date=article_date, parsed=parsed, own=own),
        areas=areas_of(chosen, names),
        people=people_of(names, chosen, sentences),
        evidence=evidence,
        confidence=min(1.0, round(best.confidence + 0.05 * (len(group) - 1), 2)),
        background=_background(group),
    )


def _rank(mention: DealMention) -> tuple[bool, float, bool, int, int]:
    """The order in which a group's mentions speak for its deal: a concluded deal first,
    then the surest, one in the body before the headline, the stronger kind, the
    earlier."""
    return (
        not mention.concluded,
        -mention.confidence,
        mention.position < 0,
        KIND_RANK[mention.kind],
        mention.position,
    )


def _parties(
    names: list[str], mentions: list[DealMention], directory: CompanyDirectory
) -> list[Party]:
    parties = []
    for name in names:
        found = [p for m in mentions for p in m.parties if p.name == name]
        roles: list[PartyRole] = [p.role for p in found]
        role = next((r for r in roles if r != "partner"), "partner")
        aliases = set(directory.other_forms(name))
        units: set[str] = set()
        for party in found:
            aliases.update(a for a in party.aliases if a != name)
            units.update(u for u in party.units if u != name and u not in aliases)
        evidence = next(m.sentence for m in mentions if any(p.name == name for p in m.parties))
        parties.append(
            Party(
                name=name,
                aliases=sorted(aliases),
                units=sorted(units),
                role=role,
                evidence=evidence,
            )
        )
    return parties


def _in_article_order(names: list[str], sentences: Sequence[ArticleSentence]) -> list[str]:
    """Parties in the order the article first names them ("Alibaba – Geely")."""
    first: dict[str, tuple[int, int]] = {}
    for sentence in sentences:
        for index, name in enumerate(sentence.names):
            first.setdefault(name, (sentence.position, index))
    unseen = (len(sentences) + 1, 0)
    return sorted(names, key=lambda n: (first.get(n, unseen), names.index(n)))


def _preliminary_label(mention: DealMention) -> str:
    text = mention.sentence.lower()
    for label in ("letter of intent", "memorandum of understanding", "agreement in principle"):
        if label in text:
            return label
    return "preliminary agreement"


def _deal_date(
    best: DealMention,
    group: Sequence[DealMention],
    chosen: Sequence[ArticleSentence],
    *,
    article_date: str | None,
    parsed: Mapping[int, Sequence[EventDate]] | None,
    own: Mapping[int, Sequence[EventDate]] | None,
) -> EventDate | None:
    """The deal's sentences' date, else another sentence's about it; a month or a year
    the deal's sentences give ("earlier this month merged") yields to a day within it
    another sentence gives ("The banks merged on March 16"): the same event, told closer."""
    stated = next((m.date for m in _by_date_preference(best, group) if m.date), None)
    if stated is None:
        return date_from_context(chosen, article_date=article_date, parsed=parsed, own=own)
    if len(stated.value) == len("1987-03-16"):
        return stated  # a day: nothing finer to find
    positions = {m.position for m in group}
    others = [s for s in chosen if s.position not in positions]
    found = date_from_context(others, article_date=article_date, parsed=parsed, own=own)
    finer = found is not None and found.value.startswith(f"{stated.value}-")
    return found if finer else stated


def other_deals_dates(
    group: Sequence[DealMention],
    groups: Sequence[Sequence[DealMention]],
    own: Mapping[int, Sequence[EventDate]],
) -> dict[int, set[str]]:
    """By sentence, the dates the other deals stated there carry on their own deal word
    or its verb ("its purchase of Kelly in 1985"); one on a clause above may be shared
    ("Orvane was formed last year when A and B merged": the forming's too)."""
    dates: dict[int, set[str]] = {}
    for other in groups:
        if other is group:
            continue
        for mention in other:
            on_word = {d.value for d in own.get(mention.position, [])}
            if mention.date is not None and mention.date.value in on_word:
                dates.setdefault(mention.position, set()).add(mention.date.value)
    return dates


def _without(
    dates: Mapping[int, Sequence[EventDate]] | None, theirs: Mapping[int, set[str]] | None
) -> Mapping[int, Sequence[EventDate]] | None:
    """A sentence's dates less those another deal stated there carries: "The agreement is
    like the contract Pertamina signed with Occidental in February" dates that contract,
    not the agreement it is compared with (nor "its purchase of Kelly in 1985" another
    purchase)."""
    if dates is None or not theirs:
        return dates
    return {
        position: [d for d in found if d.value not in theirs.get(position, set())]
        for position, found in dates.items()
    }


def _by_date_preference(best: DealMention, group: Sequence[DealMention]) -> list[DealMention]:
    body = [m for m in group if m.position >= 0]
    return sorted(body, key=lambda m: (m is not best, m.position))


def _background(group: Sequence[DealMention]) -> bool:
    return not any(m.position < LEAD_SENTENCES and not m.background for m in group)
