"""Alliance extraction: an article in, alliance records (and titled people) out.

`AllianceExtractor` is the seam: the default `RuleExtractor` reads deals from spaCy's
dependency parses; an LLM-backed extractor (retrieval.registry.llm_extraction) returns the
same records. The rule extractor, per article:
1. learns the article's company names from every sentence (retrieval.registry.companies)
   and finds its titled people (retrieval.registry.people);
2. parses only the sentences that could state a deal (retrieval.registry.candidates);
3. reads deal predicates and their parties from each parse (frames, organisations,
   references: "it", "the company", "the two groups" resolved against the article so far);
4. merges mentions of the same parties into one record with its kind, date, evidence,
   confidence and news/background mark (retrieval.registry.records).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from retrieval.models import Alliance, AllianceFacts, Article, PersonMention
from retrieval.nlp.pipeline import nlp_version, shared_pipeline
from retrieval.nlp.sentences import split_sentences as newswire_sentences
from retrieval.registry.candidates import (
    for_parsing,
    has_trigger,
    reports_market_trading,
    worth_parsing,
)
from retrieval.registry.companies import CompanyDirectory, canonical_company
from retrieval.registry.details import ArticleSentence
from retrieval.registry.event_dates import find_dates
from retrieval.registry.frames import find_claims, may_hold_a_deal
from retrieval.registry.mentions import DealMention, mentions_in
from retrieval.registry.organisations import SentenceOrgs
from retrieval.registry.people import find_people
from retrieval.registry.records import alliance_facts, group_mentions
from retrieval.registry.references import Discourse, Resolver
from retrieval.registry.syntax import with_conjuncts
from retrieval.text import split_sentences as quick_sentences

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from retrieval.nlp.annotations import AnnotationCache

# Records less sure than this are left out.
MIN_CONFIDENCE = 0.5
ABOUT_THE_ARTICLE = (
    "this article",
    "this story",
    "first appeared",
    "first published",
    "originally appeared",
    "originally published",
    "republished",
    "all rights reserved",
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
    "candidates",
    "companies",
    "details",
    "event_dates",
    "extraction",
    "frames",
    "lexicon",
    "mentions",
    "modality",
    "organisations",
    "people",
    "places",
    "records",
    "references",
    "relative_dates",
    "roles",
    "syntax",
)


class RuleExtractor:
    """The default extractor: deal prose read from dependency parses, no language model.

    `annotations`: a parse cache (retrieval.nlp.annotations) to keep the parses in; the
    extractor is sent to a worker process, so it holds the cache's path, not the cache.
    """

    name = "rules"
    annotations: Path | None = None
    _cache: AnnotationCache | None = None

    def __init__(self, annotations: Path | None = None) -> None:
        self.annotations = annotations
        self._cache: AnnotationCache | None = None

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_cache", None)  # an open database stays in its process
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._cache = None

    @cached_property
    def version(self) -> str:
        """A digest of the rule modules' source and the NLP version: editing a rule (or a
        new model) re-extracts the registry."""
        digest = hashlib.sha1(nlp_version().encode(), usedforsecurity=False)
        for module in RULE_MODULES:
            digest.update((Path(__file__).parent / f"{module}.py").read_bytes())
        return f"rules-{digest.hexdigest()[:12]}"

    def extract(self, article: Article) -> ArticleExtraction:
        texts = article_sentences(article)
        directory = CompanyDirectory()
        for _, text in texts:
            directory.learn(text)
        people = {position: find_people(text, directory) for position, text in texts}
        found = [span.mention for spans in people.values() for span in spans]
        if not has_trigger(f"{article.title}\n{article.text}"):
            return ArticleExtraction(people=found)
        sentences = _article_sentences(texts, directory, people)
        market = reports_market_trading(article.text)
        mentions = self._mentions(sentences, directory, article.date, market=market)
        alliances = []
        for group in group_mentions(mentions):
            facts = alliance_facts(group, directory, sentences)
            if (facts.confidence or 0.0) >= MIN_CONFIDENCE:
                alliances.append(to_alliance(facts, article, extractor=self.name))
        return ArticleExtraction(alliances=alliances, people=found)

    def _mentions(
        self,
        sentences: list[ArticleSentence],
        directory: CompanyDirectory,
        article_date: str | None,
        *,
        market: bool,
    ) -> list[DealMention]:
        chosen = [s for s in sentences if worth_parsing(s.text, len(set(s.names)))]
        docs = self._parse([for_parsing(s.text) for s in chosen], market=market)
        known = frozenset(
            directory.resolve(e.text) or canonical_company(e.text)
            for doc in docs
            for e in doc.ents
            if e.label_ == "ORG"
        )
        discourse = Discourse()
        for sentence in sentences:
            sure = [n for n in sentence.names if n in sentence.sure or n in known]
            discourse.note(sentence.position, sure, sentence.text)
        mentions: list[DealMention] = []
        people = _family_names(sentences) | {
            e[-1].lower_ for doc in docs for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2
        }
        for sentence, doc in zip(chosen, docs, strict=True):
            orgs = SentenceOrgs(doc, directory, known, people)
            _note_parsed(discourse, sentence.position, orgs)
            found = mentions_in(
                find_claims(doc, market=market),
                orgs,
                Resolver(orgs, discourse, sentence.position),
                position=sentence.position,
                sentence=sentence.text,
                dates=find_dates(doc.text, article_date=article_date),
            )
            for mention in found:
                discourse.note_group(sentence.position, [p.name for p in mention.parties])
            mentions.extend(found)
        return mentions

    def _parse(self, texts: list[str], *, market: bool) -> list[Doc]:
        """Parses of the sentences; entities only for those that may hold a deal (the
        entity recogniser costs twice what the parser does)."""
        if not texts:
            return []
        if self.annotations is not None:
            if self._cache is None:
                from retrieval.nlp.annotations import AnnotationCache  # noqa: PLC0415

                self._cache = AnnotationCache(self.annotations)
            return self._cache.docs(texts)
        pipeline = shared_pipeline()
        docs = pipeline.parse(texts)
        pipeline.recognize([doc for doc in docs if may_hold_a_deal(doc, market=market)])
        return docs


_TITLED_NAME = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir)\.? ([A-Z][\w'-]+)")


def _family_names(sentences: list[ArticleSentence]) -> frozenset[str]:
    """The article's people by family name: those with a title, and "Mr X"."""
    names = {p.mention.name.split()[-1].lower() for s in sentences for p in s.people}
    for sentence in sentences:
        names.update(match.lower() for match in _TITLED_NAME.findall(sentence.text))
    return frozenset(names)


def _note_parsed(discourse: Discourse, position: int, orgs: SentenceOrgs) -> None:
    """A parsed sentence's names replace the quick ones; names joined by "and" are a group."""
    discourse.note(position, [s.name for s in orgs.spans], orgs.doc.text)
    for span in orgs.spans:
        root = orgs.doc[span.start : span.end].root
        group = [orgs.at(t) for t in with_conjuncts(root)]
        names = [g.name for g in group if g is not None]
        if len(names) >= 2:
            discourse.note_group(position, names)


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


def is_about_the_article(sentence: str) -> bool:
    """ "This article first appeared on ...": a note about the article, not its news."""
    lowered = sentence.lower()
    return any(phrase in lowered for phrase in ABOUT_THE_ARTICLE)


def article_sentences(article: Article) -> list[tuple[int, str]]:
    """(position, sentence) for the headline (-1, when usable) and every body sentence.

    Paragraphs that could hold a deal get the newswire splitter (retrieval.nlp.sentences);
    the rest, read only for people, the quick one."""
    found: list[tuple[int, str]] = []
    if article.title and not article.title.isupper():
        found.append((-1, article.title))
    position = 0
    for paragraph in article.text.split("\n"):
        if not paragraph.strip():
            continue
        split = quick_sentences
        for sentence in split(paragraph):
            cleaned = sentence.strip().lstrip("—–-•* ").strip()
            if cleaned and not is_about_the_article(cleaned):
                found.append((position, cleaned))
                position += 1
    return found


def _article_sentences(
    texts: list[tuple[int, str]], directory: CompanyDirectory, people: dict[int, list[Any]]
) -> list[ArticleSentence]:
    sentences = []
    for position, text in texts:
        spans = people.get(position, [])
        person_names = {span.mention.name for span in spans}
        mentions = [
            m
            for m in directory.mentions(text)
            if m.name not in person_names and not any(m.name in n for n in person_names)
        ]
        names = tuple(m.name for m in mentions)
        sure = frozenset(m.name for m in mentions if m.strong)
        sentences.append(ArticleSentence(position, text, names, tuple(spans), sure))
    return sentences
