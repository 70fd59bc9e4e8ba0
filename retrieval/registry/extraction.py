"""Alliance extraction: an article in, alliance records (and titled people) out.

`AllianceExtractor` is the seam: the default `RuleExtractor` reads deals from spaCy's
dependency parses; an LLM-backed extractor (retrieval.registry.llm_extraction) returns the
same records. The rule extractor works on a batch of articles at once (the parser is
several times faster on a batch of sentences than on a few): each article is prepared
(retrieval.registry.reading: names, people, the sentences worth parsing), the sentences of
all of them are parsed together, and each article is then read from its parses.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from retrieval.models import Alliance, AllianceFacts, Article, PersonMention
from retrieval.nlp.pipeline import nlp_version, shared_pipeline
from retrieval.registry.frames import may_hold_a_deal
from retrieval.registry.offers_taken import offers_taken_before
from retrieval.registry.reading import PreparedArticle, prepare, read

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from retrieval.nlp.annotations import AnnotationCache

logger = logging.getLogger(__name__)


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


def extract_all(
    extractor: AllianceExtractor, articles: Sequence[Article]
) -> list[ArticleExtraction]:
    """A batch at once when the extractor can (`extract_many`), else one by one."""
    many = getattr(extractor, "extract_many", None)
    if callable(many):
        found: list[ArticleExtraction] = many(articles)
        return found
    return [extractor.extract(article) for article in articles]


# The modules whose rules decide what an article yields.
RULE_MODULES = (
    "agreeing",
    "approvals",
    "areas",
    "arguments",
    "becoming_units",
    "buybacks",
    "candidates",
    "companies",
    "company_names",
    "conditions",
    "conjuncts",
    "context_dates",
    "date_clauses",
    "date_tense",
    "date_words",
    "cue_words",
    "deal_dates",
    "deal_nouns",
    "deal_scope",
    "denials",
    "details",
    "ended",
    "event_dates",
    "extraction",
    "firm_contexts",
    "frames",
    "gapping",
    "getting",
    "grants",
    "handing",
    "headlines",
    "identified",
    "implicit_agents",
    "irrealis",
    "joint_bids",
    "joint_firms",
    "joint_purposes",
    "joint_sides",
    "joint_work",
    "lexicon",
    "made_by",
    "market_trades",
    "mentions",
    "merged_names",
    "misspelt_names",
    "modality",
    "month_days",
    "name_runs",
    "noun_complements",
    "noun_uses",
    "offers_taken",
    "one_name",
    "org_spans",
    "org_words",
    "organisations",
    "other_events",
    "owned",
    "owned_after",
    "pairing",
    "parse_text",
    "parties",
    "passives",
    "people",
    "places",
    "plans",
    "possessives",
    "prices",
    "purposes",
    "reading",
    "records",
    "reference_syntax",
    "reference_words",
    "references",
    "relative_dates",
    "relative_gaps",
    "respelling",
    "role_nouns",
    "roles",
    "sentence_names",
    "share_issues",
    "sold_by_people",
    "stated",
    "stray_prepositions",
    "supplying",
    "syntax",
    "tenders",
    "verb_slots",
)
# The modules outside the registry the rules read with (paths under retrieval/): the NLP
# layer's names and their spelling slips, amounts, newswire brackets and sentence splitter,
# and the text helpers (stop words).
SHARED_MODULES = (
    "nlp/distributive",
    "nlp/hearsay_words",
    "nlp/lemmas",
    "nlp/vocabulary",
    "nlp/names",
    "nlp/newswire",
    "nlp/noun_classes",
    "nlp/part_verbs",
    "nlp/patterns",
    "nlp/prepositions",
    "nlp/sentences",
    "nlp/spelling",
    "nlp/verb_frames",
    "nlp/wordnet",
    "nlp/wordnet_derivations",
    "nlp/wordnet_files",
    "text",
)


class RuleExtractor:
    """The default extractor: deal prose read from dependency parses, no language model.

    `annotations`: the reader's parse store (retrieval.nlp.annotations) to keep the full
    parses it makes in, so that the reader does not parse those sentences again; the
    extractor is sent to a worker process, so it holds the store's path, not the store.
    """

    name = "rules"
    annotations: Path | None = None
    _cache: AnnotationCache | None = None

    def __init__(self, annotations: Path | None = None) -> None:
        self.annotations = annotations
        self._cache = None

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
        for module in SHARED_MODULES:
            digest.update((Path(__file__).parents[1] / f"{module}.py").read_bytes())
        return f"rules-{digest.hexdigest()[:12]}"

    def extract(self, article: Article) -> ArticleExtraction:
        return self.extract_many([article])[0]

    def extract_many(self, articles: Sequence[Article]) -> list[ArticleExtraction]:
        prepared = [prepare(article) for article in articles]
        docs = self._parse(prepared)
        results = []
        for item in prepared:
            mine, docs = docs[: len(item.to_parse)], docs[len(item.to_parse) :]
            results.append(self._finish(item, mine))
        return results

    def _finish(self, item: PreparedArticle, docs: list[Doc]) -> ArticleExtraction:
        try:
            facts = read(item, docs) if item.to_parse else []
        except Exception:  # a rule's bug costs this article's records, not the ingest
            logger.exception("alliance extraction failed on %s", item.article.source)
            facts = []
        alliances = [to_alliance(f, item.article, extractor=self.name) for f in facts]
        return ArticleExtraction(alliances=alliances, people=item.people)

    def _parse(self, prepared: Sequence[PreparedArticle]) -> list[Doc]:
        """Parses of every sentence to parse, in order; entities only for those that may
        hold a deal (the entity recogniser costs twice what the parser does). Those are
        then fully annotated, as the reader annotates a sentence: kept for it."""
        each = [item.texts() for item in prepared]
        texts = [text for mine in each for text in mine]
        if not texts:
            return []
        pipeline = shared_pipeline()
        docs = pipeline.parse(texts, batch_size=256)
        dealing: list[tuple[Doc, str, str]] = []  # the doc, its text, its sentence's own
        start = 0
        for item, mine_texts in zip(prepared, each, strict=True):
            mine = docs[start : start + len(mine_texts)]
            start += len(mine)
            taken = offers_taken_before(mine)
            dealing.extend(
                (doc, text, sentence.text)
                for doc, text, sentence, offers in zip(
                    mine, mine_texts, item.to_parse, taken, strict=True
                )
                if may_hold_a_deal(doc, market=item.market, offers_taken=offers)
            )
        pipeline.recognize([d for d, _, _ in dealing], [t for _, t, _ in dealing], batch_size=256)
        self._keep([(text, doc) for doc, text, own in dealing if text == own])
        return docs

    def _keep(self, parses: list[tuple[str, Doc]]) -> None:
        """The full parses of sentences the registry parsed as they stand (no stock symbol
        or town dropped: the text the reader parses), into the reader's parse store."""
        if self.annotations is None or not parses:
            return
        if self._cache is None:
            from retrieval.nlp.annotations import AnnotationCache  # noqa: PLC0415

            self._cache = AnnotationCache(self.annotations)
        self._cache.keep(parses)


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
