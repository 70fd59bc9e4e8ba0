"""Whether a part of the question is answered from another article than the first: a
question may need two articles ("the Ridgeway gold project" named only in the second),
but another article's extra words are often only its topic.
"""

from __future__ import annotations

from retrieval.reading.asking import Part
from retrieval.reading.evidence import ArticleEvidence, Weights, coverage
from retrieval.reading.found import Finding
from retrieval.reading.kinds import MONEY_VERBS, NAMING_VERBS
from retrieval.text import terms

# An answer this firmly tied may come from a second article that does not name, in its
# sentence, what the part is about.
FIRM_TIE = 0.8
# How much more of a part's own words another article must use than the first article
# for the part to be answered from it (a question that needs two articles).
ANOTHER_ARTICLE = 0.25
# ...or how much better its sentence must answer the part, using nearly as many of its words.
BETTER_ELSEWHERE = 0.2
# ...but not when its sentence answers the part this much worse than the first's does.
FAR_WORSE = 0.4
COVER_SLACK = 0.1
# Stems of the verbs that say what kind of answer is asked ("called", "pay"), not what the
# part is about: "the so-called Louvre accord" is no better article for "what is the
# venture called".
KIND_MARKERS = frozenset(stem for verb in NAMING_VERBS | MONEY_VERBS for stem in terms(verb))


def tie(finding: Finding) -> float:
    """How firmly the finding's first answer is tied to the part's entity and predicate."""
    return finding.answers[0].tie if finding.answers else 0.0


def about_another(
    part: Part, findings: list[Finding], primary: ArticleEvidence, weights: Weights
) -> Finding | None:
    """The part of a two-article question that another answering article states better:
    it uses the part's own words ("the Ridgeway gold project") that the first article
    never does, or its sentence answers the part far better than any of the first's."""
    own = weights.of(tuple(t for t in part.terms if t not in KIND_MARKERS))
    if not own:
        return None
    primary_cover = coverage(own, primary.terms)
    best = max((f for f in findings if f.article is primary), key=lambda f: f.score, default=None)
    first = best.score if best is not None else 0.0
    for finding in findings:
        if finding.article is primary:
            continue
        cover = coverage(own, finding.article.terms)
        # words alone do not outweigh a far better answer in the first article, nor a
        # better one it states
        worded = (
            cover >= primary_cover + ANOTHER_ARTICLE
            and finding.score >= first - FAR_WORSE
            and not (best is not None and _states(best, finding, own))
        )
        if worded or (
            finding.score >= first + BETTER_ELSEWHERE and cover >= primary_cover - COVER_SLACK
        ):
            return finding
    return None


def _states(first: Finding, other: Finding, own: dict[str, float]) -> bool:
    """The first article's better answer is stated in the part's terms: tied firmly to what
    is asked in a sentence using the part's words about as much as the other's sentence.
    Then the other article's extra words, over the whole article, are only its topic (often
    the asker's paraphrase, or another deal of the same firm), not a better statement."""
    said = coverage(own, first.sentence.terms)
    return (
        first.score > other.score
        and tie(first) >= FIRM_TIE
        and said > 0
        and said >= coverage(own, other.sentence.terms) - COVER_SLACK
    )
