"""Parts about the answer of the part before: in "Whose offer is Borg-Warner resisting,
and who chairs that company?" the company is whoever made the offer, which the question
cannot name. Once the part before is answered ("GAF Corp"), the referring part is read
again as about that firm too: its sentence must come from an article that names it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.eligibility import eligible_for
from retrieval.reading.evidence import ArticleEvidence, Sentence
from retrieval.reading.findings import find_answers
from retrieval.reading.found import Finding, Reading
from retrieval.reading.kinds import Kind
from retrieval.reading.ranking import rank_sentences, similarities

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
    """Each part pointing to the firm a part before asks for ("that company"), read as
    about the firm that part's best finding gives, when an article answers it so. A
    pronoun ("what did it pay") may as well stand for a firm the part before names.
    `articles`: all the question's, as one about that firm alone is eligible for no part
    as first read."""
    found = list(by_part)
    for index, part in enumerate(question.parts):
        firm = pointed_firm(question, index, by_part)
        if firm is None or firm in part.names:
            continue
        # in the articles naming the part's names too, then in those naming the firm
        # alone: "that shareholder" is the firm, whose own story need not name the others,
        # and whose sentences about them would outrank the story
        about = replace(part, names=(firm, *part.names))
        both = [a for a in eligible_for(about, question, articles) if a.names.mentions(firm)]
        taken = {a.article_id for a in both}
        alone = [a for a in articles if a.names.mentions(firm) and a.article_id not in taken]
        for names, group in ((about.names, both), ((firm,), alone)):
            findings = _read_about(
                replace(part, names=names),
                index,
                group,
                question=question,
                shared=shared,
                reading=reading,
                similarity=similarity,
            )
            if findings:
                found[index] = [replace(f, part=part) for f in findings]
                break
    return found


def _read_about(
    part: Part,
    index: int,
    group: list[ArticleEvidence],
    *,
    question: AskedQuestion,
    shared: set[Sentence],
    reading: Reading,
    similarity: dict[tuple[int, str, int], float],
) -> list[Finding]:
    """The findings for the part (at `index`) in the articles of `group`."""
    if not group:
        return []
    ranking = rank_sentences(
        index,
        part=part,
        question=question,
        articles=group,
        reading=reading,
        similarity=_with_scored(similarity, question, group, reading),
    )
    return find_answers(part, question, ranking, shared, reading) if ranking else []


def _with_scored(
    similarity: dict[tuple[int, str, int], float],
    question: AskedQuestion,
    articles: Sequence[ArticleEvidence],
    reading: Reading,
) -> dict[tuple[int, str, int], float]:
    """The similarities, with those of articles eligible for no part as first read (about
    the answer's firm alone: the question's own words and names are not theirs)."""
    scored = {key[1] for key in similarity}
    unscored = [a for a in articles if a.article_id not in scored]
    if not unscored:
        return similarity
    return {**similarity, **similarities(question, unscored, reading.embedder)}


def pointed_firm(
    question: AskedQuestion, index: int, by_part: Sequence[Sequence[Finding]]
) -> str | None:
    """The firm the part at `index` points to ("that company"): the best answer of the
    part before it that it stands for, when that part asks for a firm."""
    part = question.parts[index]
    asked = index - 1 if part.answer_of is None else part.answer_of
    # only an earlier part can be pointed to: parts split or dropped after understanding
    # may leave `answer_of` on the part itself or beyond it
    if not part.about_the_answer or not 0 <= asked < index:
        return None
    if question.parts[asked].kind not in FIRM_ANSWERS:
        return None
    return _answer_of(by_part[asked])


def _answer_of(findings: Sequence[Finding]) -> str | None:
    best = next((f for f in findings if f.answers), None)
    return best.answers[0].text if best is not None else None
