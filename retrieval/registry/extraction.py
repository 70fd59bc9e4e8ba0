"""Alliance extraction: an article in, alliance records (and titled people) out.

`AllianceExtractor` is the seam: the default `RuleExtractor` needs no model; an LLM-backed
extractor (retrieval.registry.llm_extraction) returns the same records. The rules, in order:
1. learn the article's company names (retrieval.registry.companies);
2. find deal mentions sentence by sentence (retrieval.registry.deals), the headline included when
   it is not all capitals (an all-caps headline carries no case to find names by);
3. resolve "we" / "the two sides" / "it" against the article's focus pair (the first pair
   named explicitly) and the sentence's subject;
4. merge mentions of the same parties into one alliance: the strongest mention gives the
   kind (a signed, named agreement beats a deal verb; the body beats the headline);
5. read the date, areas and people from the sentences about that alliance.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Protocol

from retrieval.models import (
    Alliance,
    AllianceFacts,
    Area,
    Article,
    EventDate,
    Participant,
    Party,
    PersonMention,
)
from retrieval.registry.areas import find_areas
from retrieval.registry.companies import CompanyDirectory
from retrieval.registry.coreference import Sentence, group_by_parties, resolve_deals
from retrieval.registry.deals import DealMention, is_about_the_article
from retrieval.registry.event_dates import find_date
from retrieval.registry.people import find_people
from retrieval.registry.roles import assign_parts
from retrieval.text import split_sentences

# Ties between equally strong mentions go to the more specific kind of agreement.
KIND_RANK = {
    "framework agreement": 0,
    "memorandum of understanding": 1,
    "joint venture": 2,
    "strategic cooperation agreement": 3,
    "supply agreement": 4,
    "licensing agreement": 5,
    "merger": 6,
    "acquisition": 7,
    "investment": 8,
    "partnership": 9,
}
_ANAPHORA = re.compile(
    r"\b(?:the|this|both) (?:agreement|cooperation|partnership|alliance|deal|venture|memorandum)"
    r"\b|§B§",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class ArticleExtraction:
    """Everything the registry keeps for one article."""

    alliances: list[Alliance] = field(default_factory=list)
    people: list[PersonMention] = field(default_factory=list)


class AllianceExtractor(Protocol):
    """Turns one article into alliance records; `name` is recorded on every record.

    `version` changes whenever the same article could yield different records (new rules, a
    new model): the registry re-extracts articles recorded under another version.
    """

    @property
    def name(self) -> str: ...

    @property
    def version(self) -> str: ...

    def extract(self, article: Article) -> ArticleExtraction: ...


# The modules whose rules decide what an article yields.
RULE_MODULES = (
    "areas",
    "companies",
    "coreference",
    "deal_patterns",
    "deals",
    "event_dates",
    "extraction",
    "people",
    "places",
    "roles",
)


class RuleExtractor:
    """The default extractor: general patterns of deal prose, no model."""

    name = "rules"

    @cached_property
    def version(self) -> str:
        """A digest of the rule modules' source: editing a rule re-extracts the registry."""
        digest = hashlib.sha1(usedforsecurity=False)
        for module in RULE_MODULES:
            digest.update((Path(__file__).parent / f"{module}.py").read_bytes())
        return f"rules-{digest.hexdigest()[:12]}"

    def extract(self, article: Article) -> ArticleExtraction:
        directory = CompanyDirectory()
        texts = article_sentences(article)
        for _, text in texts:
            directory.learn(text)
        sentences = [_analyse(position, text, directory) for position, text in texts]
        people = [span.mention for s in sentences for span in s.people]
        groups = group_by_parties(resolve_deals(sentences))
        alliances = [
            to_alliance(
                _facts(names, deals, sentences, directory, article_date=article.date),
                article,
                extractor=self.name,
            )
            for names, deals in groups
        ]
        return ArticleExtraction(alliances=alliances, people=people)


def to_alliance(facts: AllianceFacts, article: Article, *, extractor: str) -> Alliance:
    """Attach the article (and a stable id) to extracted facts."""
    key = "|".join([article.article_id, *sorted(p.name.lower() for p in facts.parties)])
    digest = hashlib.sha1(key.encode("utf-8"), usedforsecurity=False).hexdigest()[:16]
    return Alliance(
        **facts.model_dump(),
        alliance_id=digest,
        article_id=article.article_id,
        source=article.source,
        title=article.title,
        article_date=article.date,
        url=article.url,
        extractor=extractor,
    )


def article_sentences(article: Article) -> list[tuple[int, str]]:
    """(position, sentence) for the headline (-1, when usable) and every body sentence."""
    found: list[tuple[int, str]] = []
    if article.title and not article.title.isupper():
        found.append((-1, article.title))
    for paragraph in article.text.split("\n"):
        for sentence in split_sentences(paragraph):
            cleaned = sentence.strip().lstrip("—–-•* ").strip()
            if cleaned and not is_about_the_article(cleaned):
                found.append((len(found), cleaned))
    return found


def _analyse(position: int, text: str, directory: CompanyDirectory) -> Sentence:
    people = find_people(text, directory)
    person_names = {span.mention.name for span in people}
    mentions = [
        m
        for m in directory.mentions(text)
        if m.name not in person_names and not any(m.name in n for n in person_names)
    ]
    return Sentence(position, text, mentions, people)


def _facts(
    names: list[str],
    deals: list[DealMention],
    sentences: Sequence[Sentence],
    directory: CompanyDirectory,
    *,
    article_date: str | None,
) -> AllianceFacts:
    best = min(deals, key=lambda d: (-d.strength, d.position < 0, KIND_RANK[d.kind], d.position))
    about = _about(names, deals, sentences)
    return AllianceFacts(
        parties=_parties(names, deals, best, directory),
        kind=best.kind,
        label=best.label,
        kind_evidence=best.sentence,
        date=_date(best, deals, article_date=article_date),
        areas=_areas(about, names),
        people=_people(names, about, sentences),
    )


def _parties(
    names: list[str], deals: list[DealMention], best: DealMention, directory: CompanyDirectory
) -> list[Party]:
    parties = []
    for name in names:
        roles = [role for deal in [best, *deals] for n, role in deal.parties if n == name]
        role = next((r for r in roles if r != "partner"), "partner")
        evidence = next(d.sentence for d in [best, *deals] if name in dict(d.parties))
        aliases = directory.other_forms(name)
        parties.append(Party(name=name, aliases=aliases, role=role, evidence=evidence))
    return parties


def _date(
    best: DealMention, deals: list[DealMention], *, article_date: str | None
) -> EventDate | None:
    for deal in sorted(deals, key=lambda d: (d is not best, d.position)):
        if deal.position < 0:
            continue
        found = find_date(deal.sentence, article_date=article_date)
        if found is not None:
            return found
    return None


def _about(
    names: list[str], deals: list[DealMention], sentences: Sequence[Sentence]
) -> list[Sentence]:
    """Sentences about this alliance: its deal sentences, sentences naming two of its parties,
    and sentences referring back to "the agreement" / "the two parties" after its first
    mention."""
    first = min(d.position for d in deals)
    deal_positions = {d.position for d in deals}
    about = []
    for sentence in sentences:
        named = {m.name for m in sentence.mentions} & set(names)
        refers = sentence.position > first and bool(_ANAPHORA.search(_references(sentence.text)))
        if sentence.position in deal_positions or len(named) >= 2 or refers:
            about.append(sentence)
    return about


def _references(text: str) -> str:
    return re.sub(
        r"\b(?:the two|both) (?:sides|parties|companies|groups|firms)\b", "§B§", text, flags=re.I
    )


def _areas(about: list[Sentence], names: list[str]) -> list[Area]:
    exclude = frozenset(name.lower() for name in names)
    seen: set[str] = set()
    areas = []
    for sentence in about:
        if sentence.position < 0:
            continue
        for area in find_areas(sentence.text, exclude=exclude):
            if area.name.lower() not in seen:
                seen.add(area.name.lower())
                areas.append(area)
    return areas


def _people(
    names: list[str], about: list[Sentence], sentences: Sequence[Sentence]
) -> list[Participant]:
    about_positions = {s.position for s in about}
    found: list[Participant] = []
    for sentence in sentences:
        for span, part in assign_parts(sentence.text, sentence.people):
            person = span.mention
            ours = person.organization in names
            if part == "quoted" and not ours:
                continue
            if part != "quoted" and sentence.position not in about_positions:
                continue
            if any(p.name == person.name for p in found):
                continue
            found.append(
                Participant(
                    name=person.name,
                    title=person.title,
                    organization=person.organization,
                    part=part,
                    evidence=sentence.text,
                )
            )
    return found
