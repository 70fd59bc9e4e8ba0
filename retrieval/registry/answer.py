"""Answers from the alliance registry: every matching alliance, one cited line each.

`RegistryAnswerer.route` decides whether a question is for the registry (see
retrieval.registry.query). A question the registry answers completely gets one line per
alliance ("Alibaba – Geely: strategic cooperation agreement (January 12) on cloud computing
..., [1]"), each cited with the sentence the record came from, and every matching alliance
however many (the Slack edge pages a long list; it used to stop at 40). A registry-shaped question
whose companies or dates match but whose topic words do not is "mixed": the service adds
the passage answer to those alliances (`combine`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from retrieval.answers import appended
from retrieval.models import Alliance, Answer, Citation, Participant, Party
from retrieval.registry.event_dates import display_date
from retrieval.registry.query import (
    CompanyIndex,
    RegistryQuery,
    matched_areas,
    matches,
    parse,
    units_of,
)
from retrieval.registry.store import AllianceRegistry

MAX_AREAS_SHOWN = 6


@dataclass(frozen=True)
class RegistryResult:
    answer: Answer | None = None  # the registry answers the question completely
    partial: list[Alliance] = field(default_factory=list)  # ... or these, with the passages
    query: RegistryQuery | None = None


class RegistryAnswerer:
    def __init__(self, registry: AllianceRegistry) -> None:
        self.registry = registry
        self._index: tuple[int, CompanyIndex] | None = None

    def index(self) -> CompanyIndex:
        alliances = self.registry.alliances()
        if self._index is None or self._index[0] != id(alliances):
            self._index = (id(alliances), CompanyIndex(alliances))
        return self._index[1]

    def route(self, question: str, *, listing: bool) -> RegistryResult:
        """The registry's answer to a question that wants every matching alliance (the
        reader's question understanding decides `listing`)."""
        if not listing:
            return RegistryResult()
        alliances = self.registry.alliances()
        query = parse(question, self.index(), alliances)
        if not alliances or query.unknown:
            return RegistryResult()
        found = [a for a in alliances if matches(a, query)]
        if found:
            return RegistryResult(answer=self.compose(question, found, query=query))
        if query.topics and (query.companies or query.year or query.month):
            broad = replace(query, topics=())
            partial = [a for a in alliances if matches(a, broad)]
            return RegistryResult(partial=partial, query=broad)
        return RegistryResult()

    def alliances_of(self, company: str | None) -> list[Alliance]:
        """All records, or those with `company` (any alias) as a party; [] if unknown."""
        alliances = self.registry.alliances()
        if not company:
            return list(alliances)
        name = self.index().resolve(company)
        if not name:
            return []
        return [a for a in alliances if name in a.party_names or name in units_of(a)]

    def compose(
        self,
        question: str,
        alliances: Sequence[Alliance],
        *,
        query: RegistryQuery | None,
        off_topic: bool = False,
    ) -> Answer:
        """One line per deal; `off_topic`: the alliances of a query whose topic none of
        them is recorded as on (listed after the passages' answer)."""
        query = query or RegistryQuery()
        groups = same_deal_groups(alliances)
        lines = [_header(len(groups), query, off_topic=off_topic)]
        citations: list[Citation] = []
        for group in groups:
            markers = _cite(group, citations)
            line = alliance_line(group[0], lead_areas=matched_areas(group[0], query))
            lines.append(f"• {line} {markers}")
        return Answer(question=question, text="\n".join(lines), answered=True, citations=citations)

    def summary(self, topic: str | None) -> Answer | None:
        """A cited summary: with whom, when, what kind, which areas, who signed."""
        subject = topic.strip() if topic and topic.strip() else None
        if subject is None:
            alliances = self.registry.alliances()
            focus = None
        else:
            focus = self.index().resolve(subject)
            alliances = self.alliances_of(subject) if focus else self._on_topic(subject)
        if not alliances:
            return None
        groups = same_deal_groups(alliances)
        lines = [_summary_header(groups, focus, subject)]
        citations: list[Citation] = []
        for group in groups:
            markers = _cite(group, citations)
            lead = self.registry.with_person_aliases(group[0])
            lines.append(f"• {summary_line(lead, focus=focus)} {markers}")
        text = "\n".join(lines)
        return Answer(
            question=subject or "all alliances", text=text, answered=True, citations=citations
        )

    def _on_topic(self, topic: str) -> list[Alliance]:
        alliances = self.registry.alliances()
        query = parse(f"Which alliances involve {topic}?", self.index(), alliances)
        if query.unknown or not query.filtered:
            return []
        return [a for a in alliances if matches(a, query)]


def same_deal_groups(alliances: Sequence[Alliance]) -> list[list[Alliance]]:
    """Records of one deal reported by several articles share a line, which cites every
    article: the same companies, the same family of deal (a takeover, a venture, a
    cooperation) and dates that do not disagree (one may be unknown or less precise)."""
    groups: list[list[Alliance]] = []
    index: dict[tuple[frozenset[str], str], list[list[Alliance]]] = {}
    for alliance in alliances:
        key = (deal_parties(alliance), DEAL_FAMILY.get(alliance.kind, alliance.kind))
        for group in index.get(key, []):
            if all(_dates_agree(alliance, other) for other in group):
                group.append(alliance)
                break
        else:
            group = [alliance]
            groups.append(group)
            index.setdefault(key, []).append(group)
    return groups


def deal_parties(alliance: Alliance) -> frozenset[str]:
    """Who the deal is between, for telling one deal from another: the buyer and what it
    bought (the unit, when a report names the seller too: "Chrysler bought AMC from
    Renault" and "Chrysler completed its acquisition of AMC" are one deal)."""
    names = set()
    for party in alliance.parties:
        sold = party.role in {"seller", "target"} and party.units
        names.update(party.units[:1] if sold else [party.name])
    return frozenset(names)


# Kinds of deal that one deal may be reported as (an acquisition "merging" the target).
DEAL_FAMILY = {
    "acquisition": "takeover",
    "merger": "takeover",
    "investment": "takeover",
    "joint venture": "venture",
}


def _dates_agree(a: Alliance, b: Alliance) -> bool:
    if a.date is None or b.date is None:
        return True
    x, y = a.date.value, b.date.value
    return x.startswith(y) or y.startswith(x)


def _cite(group: Sequence[Alliance], citations: list[Citation]) -> str:
    """Append one citation per record of the group; return their markers."""
    start = len(citations) + 1
    citations.extend(citation_for(a, n) for n, a in enumerate(group, start=start))
    return "".join(f"[{n}]" for n in range(start, len(citations) + 1))


def alliance_line(alliance: Alliance, *, lead_areas: Sequence[str] = ()) -> str:
    """ "Alibaba – Geely: strategic cooperation agreement (January 12) on A, B, C" """
    names = " – ".join(as_cited(party) for party in alliance.parties)
    return f"{names}: {_what_when_on(alliance, lead_areas)}"


def as_cited(party: Party) -> str:
    """The party as its cited sentence names it, when that is another of its names than the
    one the registry keeps across articles ("SAIC", not "Shanghai Automotive Industry"): the
    line then reads as the quote a user checks it against."""
    said = party.evidence.lower()
    if re.search(rf"\b{re.escape(party.name.lower())}\b", said):
        return party.name
    found = [a for a in party.aliases if re.search(rf"\b{re.escape(a.lower())}\b", said)]
    return min(found, key=len) if found else party.name


def summary_line(alliance: Alliance, *, focus: str | None) -> str:
    others = [name for name in alliance.party_names if name != focus]
    who = f"with {' and '.join(others)}" if focus else " – ".join(alliance.party_names)
    line = f"{who}: {_what_when_on(alliance, ())}"
    for part, verb in (("signatory", "signed by"), ("witness", "witnessed by")):
        people = [p for p in alliance.people if p.part == part]
        if people:
            line += f"; {verb} " + " and ".join(_person(p) for p in people)
    return line


def _what_when_on(alliance: Alliance, lead_areas: Sequence[str]) -> str:
    text = alliance.label
    if alliance.date is not None:
        text += f" ({display_date(alliance.date)})"
    elif alliance.article_date:
        text += f" (reported {alliance.article_date})"
    areas = list(dict.fromkeys([*lead_areas, *(a.name for a in alliance.areas)]))
    if areas:
        shown = ", ".join(areas[:MAX_AREAS_SHOWN])
        more = len(areas) - MAX_AREAS_SHOWN
        text += f" on {shown}" + (
            f" and {more} more area{'s' if more > 1 else ''}" if more > 0 else ""
        )
    return text


def _person(person: Participant) -> str:
    role = ", ".join(part for part in (person.title, person.organization) if part)
    also = f"; also {', '.join(person.aliases)}" if person.aliases else ""
    return f"{person.name} ({role}{also})" if role or also else person.name


def citation_for(alliance: Alliance, number: int) -> Citation:
    """The source of one alliance line; the quote is the sentence naming the agreement
    (and the one giving its date, when that is another sentence)."""
    quotes = [alliance.kind_evidence]
    if alliance.date is not None and alliance.date.evidence not in quotes:
        quotes.append(alliance.date.evidence)
    return Citation(
        number=number,
        source=alliance.source,
        title=alliance.title,
        date=alliance.article_date,
        url=alliance.url,
        quote=" ".join(quotes),
        score=1.0,
    )


def _header(count: int, query: RegistryQuery, *, off_topic: bool = False) -> str:
    noun = "alliance" if count == 1 else "alliances"
    if query.companies:
        header = f"{count} {noun} of {' and '.join(query.companies)} in the registry"
        header += ", none recorded as on that topic" if off_topic else ""
    elif query.filtered:
        header = f"{count} {noun} in the registry {'matches' if count == 1 else 'match'}"
    else:
        header = f"{count} {noun} in the registry"
    if query.places:
        places = " or ".join(f"“{place}”" for place in query.places)
        header += f" (it does not record where companies are based: {places} not checked)"
    return header + ":"


def _summary_header(
    groups: Sequence[Sequence[Alliance]], focus: str | None, topic: str | None
) -> str:
    noun = "alliance" if len(groups) == 1 else "alliances"
    if focus:
        return f"{focus} has {len(groups)} {noun} in the registry:"
    companies = {name for group in groups for name in group[0].party_names}
    about = f" on {topic}" if topic else ""
    return f"{len(groups)} {noun}{about} among {len(companies)} companies:"


def combine(passages: Answer, registry_part: Answer) -> Answer:
    """The passage answer to a question on a topic the registry records none of the
    company's alliances as on, then those alliances, their [n] markers renumbered after the
    passages': what was asked leads, and the registry's wider list stays in view."""
    return appended(passages, registry_part)
