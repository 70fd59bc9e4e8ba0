"""A list question's other parts: "Which companies make chips with Sonvik's technology,
and how much will Sonvik spend on research?" The list answers the part that wants every
answer; the other parts are details about the same thing, read in the articles the list
quotes, added in the question's order when read well, and otherwise said to be missing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from retrieval.answers import appended
from retrieval.models import Answer
from retrieval.reading.asking import AskedQuestion
from retrieval.reading.compose import compose, missing_note
from retrieval.reading.evidence import ArticleEvidence
from retrieval.reading.found import Reading
from retrieval.reading.listing import listed_part
from retrieval.reading.selection import Selection, select

# A list question's other part is a detail read beside the list: only a sentence that
# answers it well (relevant, with an answer tied to the part's words) is worth adding;
# below this finding score the part is said to be unanswered. On 165 judged review
# questions it dropped 18 of 53 wrong details and 7 of 112 right ones.
MIN_DETAIL_SCORE = 0.5


def with_other_parts(
    question: str,
    asked: AskedQuestion,
    listed: Answer,
    articles: Sequence[ArticleEvidence],
    reading: Reading,
) -> Answer:
    """The list answers its own part ("which chipmakers ..."); the question's other parts
    ("... and who is Sonvik's chief executive?") are read as any question's are, but only
    in the list's articles naming the question's parties and only when read well; they
    come in the question's order, or are said to be missing."""
    listing = listed_part(asked)
    others = tuple(part for part in asked.parts if part is not listing)
    if not others:
        return listed
    rest = replace(asked, parts=others, listing=False)
    selection = well_answered(select(rest, _about_the_question(asked, listed, articles), reading))
    if not selection.findings:
        note = Answer(question=question, text=missing_note(others), answered=False)
        joined = appended(listed, note)
    else:
        answered = compose(question, rest, selection)
        # in the question's order: "which operator ..., and which chipmakers ..."
        first = asked.parts.index(listing) == 0
        joined = appended(listed, answered) if first else appended(answered, listed)
    # the list answers what the question is after; a detail it leaves is said so
    return joined.model_copy(update={"answered": listed.answered})


def well_answered(selection: Selection) -> Selection:
    """The selection without its weakly answered parts, which become missing ones."""
    kept = [i for i, f in enumerate(selection.findings) if f.score >= MIN_DETAIL_SCORE]
    weak = tuple(f.part for f in selection.findings if f.score < MIN_DETAIL_SCORE)
    return replace(
        selection,
        findings=tuple(selection.findings[i] for i in kept),
        missing=(*selection.missing, *weak),
        corroborating={
            new: selection.corroborating[old]
            for new, old in enumerate(kept)
            if old in selection.corroborating
        },
    )


def _about_the_question(
    asked: AskedQuestion, listed: Answer, articles: Sequence[ArticleEvidence]
) -> list[ArticleEvidence]:
    """The parts of one question are about one thing: the articles the list quotes that
    name every party the question names."""
    cited = {citation.source for citation in listed.citations}
    return [
        article
        for article in articles
        if article.chunk.source in cited
        and all(article.names.mentions(name) for name in asked.parties)
    ]
