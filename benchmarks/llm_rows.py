"""Rows and summaries of benchmarks/llm_local.py: one question's figures, and their totals.

Unsupported sentences: each sentence of a final answer the model wrote is assessed again
against the whole article it cites (title and body from the catalog, not only the passages
the prompt held) with `retrieval.reading.support.assess`: names, numbers and content
words must be there and the weighted share reach the threshold. This re-checks what
reached the reader after renumbering and rendering; it is the same kind of test as the
check itself, so the sentences are also printed for a person to read.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from statistics import median

import httpx

from retrieval.evaluation import EvalQuestion, fact_found
from retrieval.models import Answer
from retrieval.reading.claims import split_claims
from retrieval.reading.llm_answer import Outcome
from retrieval.reading.support import SUPPORT_THRESHOLD, assess
from retrieval.service import AllianceService


@dataclass
class Row:
    set: str
    temperature: float
    id: str
    type: str
    seconds: float
    outcome: str  # answered (by the model) / fallback / refused / no call: ...
    reason: str
    calls: int
    input_tokens: int | None
    output_tokens: int | None
    kept: int
    uncited: int
    unsupported_dropped: int
    invented: int
    facts: bool | None  # None: an unanswerable question
    answered: bool
    extractive_answered: bool
    extractive_facts: bool | None
    unsupported: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # the model's sentences shown

    @property
    def refused_over_extractive(self) -> bool:
        return self.extractive_answered and not self.answered


def score_row(
    name: str,
    temperature: float,
    question: EvalQuestion,
    answer: Answer,
    *,
    heard: Sequence[Outcome],
    seconds: float,
    extractive: Answer,
    service: AllianceService,
    base_url: str,
) -> Row:
    last = heard[-1] if heard else None
    outcome = last.kind if last else f"no call: {'answered' if answer.answered else 'refused'}"
    written = _sentences(answer) if last is not None and last.kind == "answered" else []
    tokens_in, tokens_out = _tokens(heard, base_url)
    return Row(
        set=name,
        temperature=temperature,
        id=question.id,
        type=question.type,
        seconds=round(seconds, 2),
        outcome=outcome,
        reason=last.reason if last else "",
        calls=len(heard),
        input_tokens=tokens_in,
        output_tokens=tokens_out,
        kept=sum(o.kept for o in heard),
        uncited=sum(d.reason == "uncited" for o in heard for d in o.dropped),
        unsupported_dropped=sum(d.reason == "unsupported" for o in heard for d in o.dropped),
        invented=sum(len(o.invented) for o in heard),
        facts=_facts(question, answer),
        answered=answer.answered,
        extractive_answered=extractive.answered,
        extractive_facts=_facts(question, extractive),
        unsupported=[s for s in written if not _supported(s, answer, service)],
        written=written,
    )


def _facts(question: EvalQuestion, answer: Answer) -> bool | None:
    if not question.answerable:
        return None
    return answer.answered and all(fact_found(alts, answer.text) for alts in question.facts)


def _sentences(answer: Answer) -> list[str]:
    return [line for line in answer.text.splitlines() if line.strip()]


def _supported(line: str, answer: Answer, service: AllianceService) -> bool:
    """Every claim of an answer line is supported by the whole articles it cites."""
    by_number = {c.number: c for c in answer.citations}
    for claim in split_claims(line):
        cited = [by_number[n] for n in claim.cited if n in by_number]
        if not cited:
            continue  # connective text ("In short:"): the check keeps only that uncited
        text = "\n".join(_article_text(service, c.source, c.title) for c in cited)
        if assess(claim.text, text, idf=service.searcher.lexical_index().idf).support < (
            SUPPORT_THRESHOLD
        ):
            return False
    return True


_ARTICLES: dict[int, dict[str, str]] = {}


def _article_text(service: AllianceService, source: str, title: str) -> str:
    ids = _ARTICLES.get(id(service))
    if ids is None:
        ids = {row[1]: row[0] for row in service.catalog.stored_articles()}
        _ARTICLES[id(service)] = ids
    article_id = ids.get(source)
    body = service.catalog.article_texts([article_id]).get(article_id, "") if article_id else ""
    return f"{title}\n\n{body}"


def _tokens(heard: Sequence[Outcome], base_url: str) -> tuple[int | None, int | None]:
    """Tokens the server reported; else counted by llama-cpp-python's tokenizer endpoint."""
    if not heard:
        return None, None
    if all(o.input_tokens is not None for o in heard):
        return sum(o.input_tokens or 0 for o in heard), sum(o.output_tokens or 0 for o in heard)
    prompt = sum(_count(base_url, "\n".join(str(m.content) for m in o.messages)) for o in heard)
    completion = sum(_count(base_url, o.draft or "") for o in heard)
    return (prompt or None), (completion or None)


def _count(base_url: str, text: str) -> int:
    root = base_url.rstrip("/").removesuffix("/v1")
    try:
        reply = httpx.post(f"{root}/extras/tokenize/count", json={"input": text}, timeout=30)
        return int(reply.json()["count"]) if reply.status_code == 200 else 0
    except (httpx.HTTPError, ValueError, KeyError):
        return 0


def format_row(row: Row) -> str:
    facts = "-" if row.facts is None else ("ok" if row.facts else "miss")
    tokens = f"{row.input_tokens or '?'}/{row.output_tokens or '?'}"
    line = (
        f"{row.set:<13} t={row.temperature:<3g} {row.id:<7} {row.seconds:>6.1f}s "
        f"tok {tokens:>10}  {row.outcome:<20} {row.reason[:28]:<28} "
        f"kept {row.kept} dropped {row.uncited}+{row.unsupported_dropped} "
        f"inv {row.invented}  facts {facts:<4} ext {'ans' if row.extractive_answered else 'ref'}"
    )
    if row.refused_over_extractive:
        line += "  REFUSED-OVER-EXTRACTIVE"
    for sentence in row.written:
        mark = "UNSUPPORTED" if sentence in row.unsupported else "model"
        line += f"\n      {mark}: {sentence}"
    return line


@dataclass(frozen=True)
class Summary:
    set: str
    temperature: float
    rows: list[Row]

    @classmethod
    def of(cls, name: str, temperature: float, rows: list[Row]) -> Summary:
        return cls(name, temperature, rows)


def format_summary(summary: Summary) -> str:
    rows = summary.rows
    outcomes: dict[str, int] = {}
    for row in rows:
        outcomes[row.outcome] = outcomes.get(row.outcome, 0) + 1
    answerable = [r for r in rows if r.facts is not None]
    seconds = sorted(r.seconds for r in rows if r.calls)
    out_tokens = [r.output_tokens for r in rows if r.output_tokens]
    lines = [
        f"{summary.set} at temperature {summary.temperature:g}: {len(rows)} questions",
        "  outcomes: " + ", ".join(f"{k} {v}" for k, v in sorted(outcomes.items())),
        f"  model sentences kept {sum(r.kept for r in rows)}, dropped uncited "
        f"{sum(r.uncited for r in rows)}, unsupported {sum(r.unsupported_dropped for r in rows)}"
        f", invented source numbers {sum(r.invented for r in rows)}",
        f"  unsupported sentences in final answers: {sum(len(r.unsupported) for r in rows)}",
        f"  fact accuracy {_share(answerable, lambda r: bool(r.facts))} "
        f"(extractive alone {_share(answerable, lambda r: bool(r.extractive_facts))})",
        f"  refusals where the extractive reader answered: "
        f"{sum(r.refused_over_extractive for r in rows)}",
    ]
    if seconds:
        p95 = seconds[min(len(seconds) - 1, round(0.95 * (len(seconds) - 1)))]
        lines.append(
            f"  latency with a model call p50 {median(seconds):.1f} s, p95 {p95:.1f} s; "
            f"output tokens median {median(out_tokens) if out_tokens else '?'}"
        )
    return "\n".join(lines)


def _share(rows: Sequence[Row], test: object) -> str:
    if not rows:
        return "-"
    hits = sum(1 for r in rows if test(r))  # type: ignore[operator]
    return f"{hits}/{len(rows)} = {hits / len(rows):.2f}"
