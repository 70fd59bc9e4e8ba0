"""An alliance extractor backed by a chat model (`with_structured_output`), same records.

The model fills `AllianceFacts` (the same pydantic record the rules fill), one list per
article. Nothing it says is kept unless the article supports it: every evidence sentence
must occur in the article (whitespace and case aside); an alliance whose agreement or party
evidence is not found is dropped, and so is any date, area or person whose evidence is not.
Chosen by `ALLIANCE_BOT_REGISTRY__EXTRACTOR=llm` (see `build_extractor`), it runs behind
`FallbackExtractor`: an article whose model call fails (an error, a timeout, a refusal to
answer in the schema) is read by the rule extractor instead, so ingest never stops on a
model.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from pathlib import Path

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage
from pydantic import BaseModel, ConfigDict, Field

from retrieval.models import AllianceFacts, Article
from retrieval.registry.extraction import (
    AllianceExtractor,
    ArticleExtraction,
    RuleExtractor,
    to_alliance,
)
from retrieval.setting_groups import RegistrySettings

logger = logging.getLogger(__name__)

INSTRUCTIONS = """You extract corporate alliances from one news article.
An alliance is an agreement between named companies that the article reports as made:
strategic cooperation or framework agreements, memoranda of understanding, joint ventures,
supply or licensing agreements, investments, acquisitions, mergers. Leave out talks, rumours,
offers not accepted, ended deals, and notes about the article itself (republishing credits).
Use canonical company names (drop legal suffixes such as Group, Co. Ltd, Inc; use an acronym
the article defines) and list the other names as aliases. Give dates only as precisely as
the text does: ISO 'YYYY-MM-DD', or '--MM-DD' when the year is not stated; never guess a year.
For every field copy the exact sentence of the article it comes from as its evidence."""


class ExtractedAlliances(BaseModel):
    """Every alliance the article reports (empty when it reports none)."""

    model_config = ConfigDict(extra="forbid")

    alliances: list[AllianceFacts] = Field(default_factory=list)


class LLMExtractor:
    """`AllianceExtractor` over any LangChain chat model that supports tool calling."""

    name = "llm"

    def __init__(self, model: BaseChatModel, *, model_name: str) -> None:
        self._structured = model.with_structured_output(ExtractedAlliances)
        schema = json.dumps(ExtractedAlliances.model_json_schema(), sort_keys=True)
        digest = hashlib.sha1((INSTRUCTIONS + schema).encode(), usedforsecurity=False)
        self.version = f"llm-{model_name}-{digest.hexdigest()[:12]}"

    def extract(self, article: Article) -> ArticleExtraction:
        prompt = f"Headline: {article.title}\nDate: {article.date or 'unknown'}\n\n{article.text}"
        result = self._structured.invoke(
            [SystemMessage(content=INSTRUCTIONS), HumanMessage(content=prompt)]
        )
        found = result if isinstance(result, ExtractedAlliances) else ExtractedAlliances()
        text = _normalised(f"{article.title}\n{article.text}")
        grounded = [g for g in (ground(facts, text) for facts in found.alliances) if g is not None]
        return ArticleExtraction(
            alliances=[to_alliance(facts, article, extractor=self.name) for facts in grounded]
        )


def ground(facts: AllianceFacts, article_text: str) -> AllianceFacts | None:
    """The facts the article supports, or None when the agreement or a party is unsupported."""

    def supported(evidence: str) -> bool:
        return bool(evidence.strip()) and _normalised(evidence) in article_text

    if not supported(facts.kind_evidence) or not all(supported(p.evidence) for p in facts.parties):
        return None
    date = facts.date if facts.date and supported(facts.date.evidence) else None
    return facts.model_copy(
        update={
            "date": date,
            "areas": [area for area in facts.areas if supported(area.evidence)],
            "people": [person for person in facts.people if supported(person.evidence)],
        }
    )


def _normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()


class FallbackExtractor:
    """The `primary` extractor, and `fallback` for an article the primary fails on."""

    def __init__(self, primary: AllianceExtractor, fallback: AllianceExtractor) -> None:
        self.primary = primary
        self.fallback = fallback
        self.name = primary.name
        # Records from either are kept under both versions: a new model or new rules
        # re-extract.
        self.version = f"{primary.version}+{fallback.version}"

    def extract(self, article: Article) -> ArticleExtraction:
        try:
            return self.primary.extract(article)
        except Exception as error:
            logger.warning(
                "%s extraction failed on %s (%s); using %s",
                self.primary.name,
                article.source,
                type(error).__name__,
                self.fallback.name,
            )
            return self.fallback.extract(article)


def build_extractor(
    settings: RegistrySettings,
    *,
    model: BaseChatModel | None,
    model_name: str = "",
    annotations: Path | None = None,
) -> AllianceExtractor:
    """The extractor `settings.extractor` names: the rules, or the model behind them;
    `annotations`: the reader's parse store, where the rules keep the parses they make."""
    rules = RuleExtractor(annotations)
    if settings.extractor == "rules":
        return rules
    if model is None:
        raise ValueError("ALLIANCE_BOT_REGISTRY__EXTRACTOR=llm needs ALLIANCE_BOT_LLM")
    return FallbackExtractor(LLMExtractor(model, model_name=model_name), rules)
