"""Plain-text and JSON renderings of answers, ingest reports and eval tables for the CLI."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence

from retrieval.evaluation import EvalSummary, QuestionScore, summarize
from retrieval.models import Alliance, Answer, IngestReport
from retrieval.registry.event_dates import display_date


def answer_json(answer: Answer) -> str:
    """One JSON object per line: the `ask --json` contract."""
    payload = {
        "question": answer.question,
        "answer": answer.text,
        "answered": answer.answered,
        "citations": [
            {
                "number": c.number,
                "source": c.source,
                "title": c.title,
                "date": c.date,
                "url": c.url,
                "quote": c.quote,
                "score": c.score,
            }
            for c in answer.citations
        ],
        "timings_ms": answer.timings_ms,
    }
    return json.dumps(payload, ensure_ascii=False)


def answer_text(answer: Answer) -> str:
    lines = [f"Q: {answer.question}", answer.text]
    if answer.citations:
        lines.append("Sources:")
        for citation in answer.citations:
            when = f", {citation.date}" if citation.date else ""
            link = f" <{citation.url}>" if citation.url else ""
            lines.append(f"  [{citation.number}] {citation.title} ({citation.source}{when}){link}")
    return "\n".join(lines)


def ingest_text(report: IngestReport) -> str:
    lines = [
        f"ingest finished in {report.seconds:.1f}s: {len(report.added)} added, "
        f"{len(report.updated)} updated, {len(report.removed)} removed, "
        f"{report.unchanged} unchanged, {len(report.skipped)} skipped; "
        f"{report.chunks_written} chunks written",
    ]
    lines += [f"  removed: {source} (no longer in its folder or file)" for source in report.removed]
    lines += [f"  skipped: {skip.source}: {skip.reason}" for skip in report.skipped]
    return "\n".join(lines)


def eval_table(
    scores: Sequence[QuestionScore],
    summary: EvalSummary,
    groups: Mapping[str, Sequence[QuestionScore]] | None = None,
) -> str:
    header = f"{'id':<8}{'type':<14}{'answered':<10}{'facts':<7}{'cited':<7}{'recall@k':<9}"
    rows = [header, "-" * len(header)]
    for s in scores:
        rows.append(
            f"{s.id:<8}{s.type:<14}{'yes' if s.answered else 'no':<10}"
            f"{_cell(s.facts_found):<7}{_cell(s.citation_recall):<7}{_cell(s.retrieval_recall):<9}"
        )
    rows += [
        "",
        f"questions               {summary.questions}",
        f"fact accuracy           {summary.fact_accuracy:.3f}",
        f"gold citation recall    {summary.citation_recall:.3f}",
        f"refusal accuracy        {summary.refusal_accuracy:.3f}",
        f"unanswerable refused    {summary.unanswerable_refused:.3f}",
        f"retrieval recall@{summary.k:<6} {summary.retrieval_recall_at_k:.3f}",
    ]
    if groups:
        rows += ["", _group_table(groups, k=summary.k)]
    return "\n".join(rows)


def _group_table(groups: Mapping[str, Sequence[QuestionScore]], *, k: int) -> str:
    """Per type and per split: the figures a change must move for a whole kind ("-" where
    a group has no question the figure is about)."""
    header = f"{'group':<22}{'n':>4}{'facts':>8}{'cited':>8}{'refused':>9}{'recall@k':>10}"
    rows = [header, "-" * len(header)]
    for name, group in groups.items():
        s = summarize(group, k=k)
        answerable = any(score.answerable for score in group)
        unanswerable = any(not score.answerable for score in group)

        def cell(value: float, present: bool) -> str:
            return f"{value:.3f}" if present else "-"

        rows.append(
            f"{name:<22}{len(group):>4}{cell(s.fact_accuracy, answerable):>8}"
            f"{cell(s.citation_recall, answerable):>8}"
            f"{cell(s.unanswerable_refused, unanswerable):>9}"
            f"{cell(s.retrieval_recall_at_k, answerable):>10}"
        )
    return "\n".join(rows)


def _cell(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def alliance_text(alliance: Alliance) -> str:
    """One registry record for people: who, what, when, on what, who signed, and where from."""
    when = "date not stated"
    if alliance.date is not None:
        unknown_year = " (year not stated)" if alliance.date.basis == "unknown" else ""
        when = display_date(alliance.date) + unknown_year
    lines = [f"{' – '.join(alliance.party_names)} · {alliance.label} · {when}"]
    parties = [
        p.name + (f" ({p.role})" if p.role != "partner" else "")
        + (f", also {', '.join(p.aliases)}" if p.aliases else "")
        for p in alliance.parties
    ]  # fmt: skip
    lines.append(f"  parties: {'; '.join(parties)}")
    if alliance.areas:
        lines.append(f"  areas: {', '.join(area.name for area in alliance.areas)}")
    for person in alliance.people:
        role = ", ".join(x for x in (person.title, person.organization) if x)
        also = f" (also {', '.join(person.aliases)})" if person.aliases else ""
        lines.append(f"  {person.part}: {person.name}{also}" + (f" — {role}" if role else ""))
    dated = f", {alliance.article_date}" if alliance.article_date else ""
    lines.append(f"  source: {alliance.title} ({alliance.source}{dated})")
    lines.append(f"  evidence: “{alliance.kind_evidence}”")
    return "\n".join(lines)
