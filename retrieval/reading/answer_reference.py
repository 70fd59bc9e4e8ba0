"""Parts about the answer of the part before: in "Whose offer is Borg-Warner resisting,
and who chairs that company?" the company is whoever made the offer, which the question
cannot name. Once the part before is answered ("GAF Corp"), the referring part is read
again as about that firm too: its sentence must come from an article that names it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from retrieval.reading.asking import AskedQuestion
from retrieval.reading.eligibility import eligible_for
from retrieval.reading.evidence import ArticleEvidence, Sentence
from retrieval.reading.findings import find_answers
from retrieval.reading.found import Finding, Reading
from retrieval.reading.kinds import Kind
from retrieval.reading.ranking import rank_sentences

# Kinds of a part asking for a firm, which a later "it" or "that company" may stand for.
FIRM_ANSWERS = frozenset({Kind.ORG, Kind.AGENT})


def about_answers(
    question: AskedQuestion,
    articles: Sequence[ArticleEvidence],
    by_part: list[list[Finding]],
    shared: set[Sentence],
    reading: Reading,
    *,
    similarity: dict[tuple[int, str, int], float],
) -> list[list[Finding]]:
    """Each part pointing to the firm the part before asks for ("that company"), read as
    about the firm that part's best finding gives, when an article answers it so. A
    pronoun ("what did it pay") may as well stand for a firm the part before names."""
    found = list(by_part)
    for index, part in enumerate(question.parts):
        before = question.parts[index - 1] if index > 0 else None
        if not part.about_the_answer or before is None or before.kind not in FIRM_ANSWERS:
            continue
        firm = _answer_of(by_part[index - 1])
        if firm is None or firm in part.names:
            continue
        about = replace(part, names=(firm, *part.names))
        group = [a for a in eligible_for(about, question, articles) if a.names.mentions(firm)]
        ranking = rank_sentences(
            index,
            part=about,
            question=question,
            articles=group,
            reading=reading,
            similarity=similarity,
        )
        findings = find_answers(about, question, ranking, shared, reading) if ranking else []
        if findings:
            found[index] = [replace(f, part=part) for f in findings]
    return found


def _answer_of(findings: Sequence[Finding]) -> str | None:
    best = next((f for f in findings if f.answers), None)
    return best.answers[0].text if best is not None else None
