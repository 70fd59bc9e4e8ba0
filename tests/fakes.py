"""Test doubles for the bot: a scripted Assistant and a runner tests can wait on."""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future, wait
from pathlib import Path

from bot.slack.runner import ThreadRunner
from retrieval.models import (
    Alliance,
    Answer,
    Citation,
    EventDate,
    IngestReport,
    Party,
    SkippedInput,
    StoreOverview,
    Turn,
)
from retrieval.ports import ProgressCallback
from retrieval.reading import drafts as draft_events


def citation(number: int = 1, **changes: object) -> Citation:
    fields: dict[str, object] = {
        "number": number,
        "source": f"seeds/{number:03d}_geely.txt",
        "title": "Geely and Volvo deepen their alliance",
        "date": "2024-03-01",
        "url": "https://news.example.com/geely-volvo",
        "quote": "Geely and Volvo agreed to share electric platforms.",
        "score": 0.9,
    }
    fields.update(changes)
    return Citation.model_validate(fields)


def answer_for(
    question: str, *, text: str | None = None, citations: Sequence[Citation] = ()
) -> Answer:
    return Answer(
        question=question,
        text=text or "Geely partnered with Volvo on electric platforms [1].",
        answered=True,
        citations=list(citations) or [citation()],
    )


def registry_answer(lines: int, *, quote_chars: int = 260) -> Answer:
    """A registry list like "list every joint venture": one cited line per alliance, each
    citation with a long title, an URL with '&' (escaping growth) and a long quote."""
    text = [f"{lines} joint ventures in the registry:"]
    citations = []
    for n in range(1, lines + 1):
        text.append(
            f"• Company {n} & Partners – Group {n} Holdings: joint venture (March {n % 28 + 1}, "
            f"2023) on batteries, R&D and charging networks [{n}]"
        )
        citations.append(
            citation(
                n,
                title=f"Company {n} & Group {n} form a battery joint venture <update>",
                url=f"https://news.example.com/a/{n}?utm_source=x&utm_medium=y&id={n}",
                quote=("Company & Group agreed to set up a joint venture. " * 10)[:quote_chars],
                score=1.0 - n / 1000,
            )
        )
    return Answer(
        question="List every joint venture",
        text="\n".join(text),
        answered=True,
        citations=citations,
    )


def alliance(
    *parties: str, kind: str = "joint venture", date: str | None = None, n: int = 1
) -> Alliance:
    """A registry record of `parties` (agreed on `date`, ISO, when given)."""
    sentence = f"{' and '.join(parties)} agreed a {kind}."
    return Alliance.model_validate(
        {
            "parties": [Party(name=name, evidence=sentence) for name in parties],
            "kind": kind,
            "label": kind,
            "kind_evidence": sentence,
            "date": EventDate(value=date, text=date, basis="text", evidence=sentence)
            if date
            else None,
            "alliance_id": f"a{n}",
            "article_id": f"art{n}",
            "source": f"news/{n}.txt",
            "title": f"{' & '.join(parties)} sign a {kind}",
            "article_date": date,
            "url": f"https://news.example.com/{n}",
            "extractor": "rules",
        }
    )


REPORT = IngestReport(
    added=["seeds/new.txt"],
    updated=["seeds/001_geely.txt"],
    removed=["seeds/old.txt"],
    unchanged=7,
    skipped=[SkippedInput(source="seeds/broken.pdf", reason="no extractable text")],
    chunks_written=42,
    seconds=1.5,
)


class FakeAssistant:
    """Implements retrieval.ports.Assistant; records calls; answers from a queue or a default."""

    def __init__(
        self,
        answers: Iterable[Answer] = (),
        *,
        delay: float = 0.0,
        error: Exception | None = None,
        report: IngestReport = REPORT,
    ) -> None:
        self.answers: deque[Answer] = deque(answers)
        self.delay = delay
        self.error = error
        self.report = report
        self.questions: list[str] = []
        self.histories: list[list[Turn]] = []
        self.topics: list[str | None] = []
        self.registry: list[Alliance] = []  # what alliances() returns (tests fill it)
        # Drafts "written" during ask, as a streaming model publishes them (then VERIFY).
        self.drafts: list[str] = []
        self.ingests = 0
        self.store = StoreOverview(
            articles=42, ingest_state="complete", ingest_started_at=1_700_000_000.0,
            ingest_finished_at=1_700_000_090.0, ingest_detail="42 added, 0 skipped",
        )  # fmt: skip
        self.ingest_gate: threading.Event | None = None  # set() to let an ingest finish
        self._lock = threading.Lock()

    def ask(self, question: str, *, history: Sequence[Turn] = ()) -> Answer:
        with self._lock:
            self.questions.append(question)
            self.histories.append(list(history))
        for draft in self.drafts:
            draft_events.publish(draft)
        if self.drafts:
            draft_events.stage(draft_events.VERIFY)
        self._work()
        with self._lock:
            return self.answers.popleft() if self.answers else answer_for(question)

    def summarize(self, topic: str | None = None) -> Answer:
        with self._lock:
            self.topics.append(topic)
        self._work()
        return answer_for(topic or "all alliances", text="Geely allied with Volvo [1].")

    def alliances(self, company: str | None = None) -> list[Alliance]:
        if company is None:
            return list(self.registry)
        return [a for a in self.registry if company in a.party_names]

    def ingest(
        self, paths: Sequence[Path] | None = None, *, progress: ProgressCallback | None = None
    ) -> IngestReport:
        with self._lock:
            self.ingests += 1
        if progress:
            progress("reading 10 files")
        if self.ingest_gate is not None and not self.ingest_gate.wait(timeout=10):
            raise TimeoutError("the test never opened the ingest gate")
        self._work()
        return self.report

    def overview(self) -> StoreOverview:
        return self.store

    def _work(self) -> None:
        if self.delay:
            time.sleep(self.delay)
        if self.error is not None:
            raise self.error


class TrackingRunner(ThreadRunner):
    """The production runner, plus ``wait_idle`` so tests know every job has finished."""

    def __init__(self, *, max_workers: int = 8) -> None:
        super().__init__(max_workers=max_workers)
        self.futures: list[Future[None]] = []
        self._lock = threading.Lock()

    def submit(self, job: Callable[[], None], *, name: str) -> Future[None]:
        future = super().submit(job, name=name)
        with self._lock:
            self.futures.append(future)
        return future

    def wait_idle(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                pending = [future for future in self.futures if not future.done()]
            if not pending:
                return
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"{len(pending)} background job(s) still running")
            wait(pending, timeout=remaining)
