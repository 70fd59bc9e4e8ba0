"""The typed records that cross module (and package) boundaries.

Every model forbids unknown fields so that a typo in a producer fails loudly
instead of silently dropping data on the way to Slack or JSON output.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Record(BaseModel):
    """Base for all records: strict about unknown fields, immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Article(Record):
    """One cleaned news article, ready to be chunked."""

    article_id: str = Field(description="Stable id derived from the source name.")
    source: str = Field(description="File name, or 'file.jsonl#id' for JSON Lines records.")
    title: str = Field(description="Headline; the first line when the file has no title field.")
    text: str = Field(description="Cleaned body text without the title.")
    date: str | None = Field(default=None, description="ISO date the text states, else None.")
    url: str | None = Field(default=None, description="Canonical URL when known.")
    content_hash: str = Field(description="sha256 of title, text, date and url.")


class SkippedInput(Record):
    """An input that could not be turned into an article, and why."""

    source: str = Field(description="File name (or 'file#line N') that was skipped.")
    reason: str = Field(description="Human-readable reason naming the problem.")


class Chunk(Record):
    """A passage of an article, the unit stored in Chroma and the BM25 index."""

    chunk_id: str = Field(description="Content-derived id: re-ingesting the same text is a no-op.")
    article_id: str
    source: str
    title: str
    date: str | None = None
    url: str | None = None
    position: int = Field(description="0-based index of the chunk within its article.")
    text: str = Field(description="Passage body (the title is kept separately).")

    def indexed_text(self) -> str:
        """Text that is embedded and BM25-indexed: the title carries the article's topic."""
        return f"{self.title}\n\n{self.text}"


class SearchHit(Record):
    """A chunk returned by a retriever with its fused score."""

    chunk: Chunk
    score: float = Field(description="Higher is better; comparable only within one result list.")


class Citation(Record):
    """A source backing part of an answer."""

    number: int = Field(ge=1, description="The [n] marker used in the answer text.")
    source: str
    title: str
    date: str | None = None
    url: str | None = None
    quote: str = Field(description="The passage (usually one sentence) the answer relies on.")
    score: float = Field(description="Support score of the quote for the question.")


class Answer(Record):
    """What the answering step returns, for the CLI and the Slack edge alike."""

    question: str
    text: str = Field(description="Answer with inline [n] markers, or a refusal message.")
    answered: bool = Field(description="False when the corpus does not hold the answer.")
    citations: list[Citation] = Field(default_factory=list)
    timings_ms: dict[str, float] = Field(default_factory=dict)


class StoreOverview(Record):
    """What the store holds and how the last ingest went (for the Slack App Home)."""

    articles: int
    ingest_state: str = Field(description="never, running, complete, failed or interrupted.")
    ingest_started_at: float | None = None
    ingest_finished_at: float | None = None
    ingest_detail: str = ""


class Turn(Record):
    """One earlier message of a conversation (a Slack thread), oldest first."""

    role: Literal["user", "assistant"]
    text: str


class IngestReport(Record):
    """What an ingest run did, for the CLI summary and the Slack admin report."""

    added: list[str] = Field(default_factory=list, description="Sources stored for the first time.")
    updated: list[str] = Field(default_factory=list, description="Sources whose text changed.")
    removed: list[str] = Field(default_factory=list, description="Sources no longer present.")
    unchanged: int = Field(default=0, description="Sources skipped because nothing changed.")
    skipped: list[SkippedInput] = Field(default_factory=list)
    chunks_written: int = 0
    seconds: float = 0.0


# -- the alliance registry ---------------------------------------------------------------
AgreementKind = Literal[
    "strategic cooperation agreement",
    "framework agreement",
    "memorandum of understanding",
    "joint venture",
    "cooperation agreement",
    "supply agreement",
    "licensing agreement",
    "investment",
    "acquisition",
    "merger",
    "partnership",
]
PartyRole = Literal["partner", "acquirer", "target", "seller", "investor", "investee"]
ParticipantPart = Literal["signatory", "witness", "attendee", "quoted"]
DateBasis = Literal["text", "article", "unknown"]


class Party(Record):
    """A company in an alliance, under its canonical name ("Geely", "CATL")."""

    name: str = Field(description="Canonical name: legal suffixes dropped, acronym if defined.")
    aliases: list[str] = Field(default_factory=list, description="Other names the text uses.")
    units: list[str] = Field(
        default_factory=list,
        description="Units, brands or companies of this party that the deal is about "
        "(a unit sold counts as its seller's): names, but not of this company.",
    )
    role: PartyRole = "partner"
    evidence: str = Field(description="The sentence that names this party in the deal.")


class EventDate(Record):
    """When the agreement was made, as precisely as the text says and never more."""

    value: str = Field(
        description="ISO 8601: '2023-03-13', '2023-03', or '--12-23' when the year is unknown."
    )
    text: str = Field(description="The date as written, e.g. 'On March 13th'.")
    basis: DateBasis = Field(
        description="Where the year came from: the text itself, the article's date, or nowhere."
    )
    evidence: str


class Area(Record):
    """One area of cooperation ("power battery products", "overseas markets")."""

    name: str
    evidence: str


class Participant(Record):
    """A person who signed, witnessed, attended or spoke about the agreement."""

    name: str
    aliases: list[str] = Field(default_factory=list, description="Other names of this person.")
    title: str | None = Field(default=None, description="Role as written: 'General Manager'.")
    organization: str | None = Field(default=None, description="Canonical company name.")
    part: ParticipantPart
    evidence: str


class AllianceFacts(Record):
    """What an extractor (rules or an LLM) finds about one agreement in one article."""

    parties: list[Party] = Field(min_length=2)
    kind: AgreementKind
    label: str = Field(description="The agreement as named: 'strategic cooperation agreement'.")
    kind_evidence: str = Field(description="The sentence that names the agreement.")
    date: EventDate | None = None
    areas: list[Area] = Field(default_factory=list)
    people: list[Participant] = Field(default_factory=list)
    evidence: list[str] = Field(
        default_factory=list, description="Every sentence of the article that states the deal."
    )
    confidence: float | None = Field(
        default=None, ge=0.0, le=1.0, description="How sure the extractor is (0-1)."
    )
    background: bool | None = Field(
        default=None,
        description="True: a past or existing deal mentioned in passing; False: the "
        "article's news; None: not judged.",
    )


class Alliance(AllianceFacts):
    """An alliance record in the registry: the facts plus the article they came from."""

    alliance_id: str = Field(description="Stable: derived from the article and the parties.")
    article_id: str
    source: str
    title: str
    article_date: str | None = None
    url: str | None = None
    extractor: str = Field(description="Which extractor produced the record ('rules', 'llm').")

    @property
    def party_names(self) -> list[str]:
        return [party.name for party in self.parties]


class PersonMention(Record):
    """A person named with a title in an article (kept for every article, for aliasing)."""

    name: str
    title: str | None = None
    organization: str | None = None
    evidence: str
