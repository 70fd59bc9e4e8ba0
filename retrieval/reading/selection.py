"""Choose the evidence: for every part of the question, the sentence that answers it.

An article must mention every party the question names (a one-word name no candidate
article mentions is a short form nothing matched and counts against none; a full name no
article mentions is another company, and the question is refused). Among those, the article that
answers most parts is read first; a part it cannot answer comes from another article only
when that part names something the first article does not mention (a question that needs
two articles). A part asking for an entity (a stake, a price, a partner) is answered only by
a sentence holding such an entity that the question does not already name, preferring
one tied by syntax to what is asked; a descriptive part by a sentence close enough to it.
Two parts never get the same answer.

How each part's sentences are ranked is in `ranking`; which answers a sentence holds for a
part, in `findings`; here, which articles may answer and which finding each part gets.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import permutations

from retrieval.reading.answer_reference import about_answers
from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.continuation import names_around
from retrieval.reading.distributive import distributed
from retrieval.reading.eligibility import eligible_for, known_parties
from retrieval.reading.event_order import in_order
from retrieval.reading.evidence import ArticleEvidence, Sentence, Weights
from retrieval.reading.findings import TIE_WEIGHT, corroborations, find_answers
from retrieval.reading.found import Finding, Reading, Scored
from retrieval.reading.one_sentence import joint_bonus
from retrieval.reading.other_article import FIRM_TIE, about_another, tie
from retrieval.reading.parse_ties import tied_findings
from retrieval.reading.passages import answered_by_passage, nearest_findings
from retrieval.reading.ranking import closest_sentence, rank_sentences, similarities
from retrieval.reading.recency import asks_present, latest_of
from retrieval.reading.sole_answers import with_sole_answers
from retrieval.reading.unrealised import part_words
from retrieval.reading.withheld_quotes import withholding_finding

# Each part's best sentences are also read for its sibling parts.
SHARED_PER_PART = 2
# Parts of a question tried in every order when they compete for answers (3! = 6 orders).
MAX_PERMUTED_PARTS = 3


@dataclass(frozen=True)
class Selection:
    findings: tuple[Finding, ...]  # one per answered part, in part order
    missing: tuple[Part, ...]
    closest: Finding | None  # the best sentence seen, for a refusal to point at
    absent: tuple[str, ...] = ()  # parties no candidate article mentions
    # Other articles stating the same answer as a finding (keyed by the finding's index).
    corroborating: dict[int, tuple[Finding, ...]] = field(default_factory=dict)
    # For each missing part, the sentence ranked first for it, for the user to check.
    nearest: tuple[Finding, ...] = ()
    # The closest sentence says the asked detail is not given ("Terms were not disclosed").
    withheld: bool = False


def select(
    question: AskedQuestion, articles: Sequence[ArticleEvidence], reading: Reading
) -> Selection:
    question = distributed(question, articles, reading.parse)
    absent = tuple(
        name
        for name in (*question.parties, *question.guessed)
        if not any(a.names.mentions(name) for a in articles)
    )
    known = known_parties(question, absent, common_words(question, articles))
    per_part = [eligible_for(part, known, articles) for part in known.parts]
    eligible = [a for a in articles if any(a in group for group in per_part)]
    if not eligible:
        return Selection((), question.parts, None, absent)
    similarity = similarities(question, eligible, reading.embedder)
    ranked = [
        rank_sentences(
            index,
            part=part,
            question=question,
            articles=group,
            reading=reading,
            similarity=similarity,
        )
        for index, (part, group) in enumerate(zip(question.parts, per_part, strict=True))
    ]
    best = [frozenset(item[1] for item in ranking[:SHARED_PER_PART]) for ranking in ranked]
    shared = set().union(*best)
    by_part = [
        find_answers(part, question, ranking, shared, reading, siblings=_others(best, index))
        for index, (part, ranking) in enumerate(zip(question.parts, ranked, strict=True))
    ]
    by_part = _reread(question, ranked, by_part, shared, reading)
    by_part = about_answers(known, articles, by_part, shared, reading, similarity=similarity)
    primary = _primary(eligible, by_part, present=asks_present(question.text))
    chosen, missing = _assign(question.parts, by_part, primary, reading.weights)
    chosen, missing = with_sole_answers(question, chosen, missing, reading)
    # "... and what level did it later file for": that part's report is a later one
    chosen = in_order(question.parts, chosen, by_part, reading.parse)
    # a part's answer is the asked act's argument, not any word's (parse_ties)
    chosen = tied_findings(question.parts, chosen, by_part, reading.parse)
    closest = max(
        (f for fs in by_part for f in fs), key=lambda f: f.score, default=None
    ) or closest_sentence(question, eligible, reading, similarity)
    nearest = nearest_findings(question.parts, ranked, missing)
    chosen, missing, nearest = answered_by_passage(question.parts, chosen, nearest, reading.parse)
    # a refusal quotes the article saying the detail is withheld
    withheld = None if chosen else withholding_finding(question, missing, eligible, reading.parse)
    corroborating = {
        index: corroborations(finding, by_part[question.parts.index(finding.part)])
        for index, finding in enumerate(chosen)
    }
    return Selection(
        tuple(chosen),
        tuple(missing),
        withheld or closest,
        absent,
        corroborating,
        nearest,
        withheld=withheld is not None,
    )


def _others(best: list[frozenset[Sentence]], index: int) -> frozenset[Sentence]:
    """The sentences answering the parts other than the index-th best."""
    return frozenset().union(*(b for i, b in enumerate(best) if i != index))


def common_words(question: AskedQuestion, articles: Sequence[ArticleEvidence]) -> tuple[str, ...]:
    """Words of a question typed in lower case that the tagger took for names ("midway
    airlines poison pill": "pill") and no candidate article writes as one, when no article
    mentions every party: a common word is no reason to refuse. (A word an article does
    mention with the rest narrows the question: "chlorazepate", a drug.)"""
    if any(all(a.names.mentions(n) for n in question.parties) for a in articles):
        return ()
    return tuple(
        name
        for name in question.parties
        if name.islower() and not any(_writes_as_name(a, name) for a in articles)
    )


def _writes_as_name(article: ArticleEvidence, typed: str) -> bool:
    """The article writes the lower-case word as a name, or mentions the lower-case phrase
    ("ny life oil" for "New York Life Oil" is neither: a guess at a name, no refusal)."""
    if len(typed.split()) == 1:
        return bool(article.names.names_with(typed))
    return article.names.mentions(typed)


def _reread(
    question: AskedQuestion,
    ranked: list[list[Scored]],
    by_part: list[list[Finding]],
    shared: set[Sentence],
    reading: Reading,
) -> list[list[Finding]]:
    """Each part read again in the sentences that answer its sibling parts best: the parts
    of one question are about one deal, and the sentence giving its price often gives its
    stake too ("agreed to pay 500 mln dlrs for a 12.5 pct partnership"). Only sentences the
    part has not been read in are read."""
    if len(question.parts) < 2:
        return by_part
    found = {sentence for findings in by_part for sentence in _best_in_each_article(findings)}
    reread = []
    for part, ranking, findings in zip(question.parts, ranked, by_part, strict=True):
        new = found - shared - {f.sentence for f in findings}
        extra = [item for item in ranking if item[1] in new]
        more = (
            find_answers(part, question, extra, new, reading, siblings=frozenset(new))
            if extra
            else []
        )
        reread.append(sorted([*findings, *more], key=lambda f: -f.score))
    return reread


def _best_in_each_article(findings: list[Finding]) -> frozenset[Sentence]:
    best: dict[str, Finding] = {}
    for finding in findings:
        best.setdefault(finding.article.article_id, finding)
    return frozenset(f.sentence for f in best.values())


def _assign(
    parts: Sequence[Part],
    by_part: Sequence[list[Finding]],
    primary: ArticleEvidence | None,
    weights: Weights,
) -> tuple[list[Finding], list[Part]]:
    """One answer per part, two parts never the same answer: of the orders in which the
    parts may pick ("who will chair ... and who will be chief executive" must not let the
    first part take the second's man), the one answering most parts."""
    orders = permutations(range(len(parts))) if len(parts) <= MAX_PERMUTED_PARTS else [None]
    best: tuple[int, dict[int, Finding]] | None = None
    for order in orders:
        picks: dict[int, Finding] = {}
        used: set[str] = set()
        taken: set[Sentence] = set()
        for index in order or range(len(parts)):
            findings = by_part[index]
            if _asks_another(parts[index]):  # "what other test": not one a part gave
                findings = [f for f in findings if f.sentence not in taken]
            pick = _pick(parts[index], findings, primary, used, weights)
            if pick is not None:
                picks[index] = pick
                used.update(answer.text for answer in pick.answers[:1])
                taken.add(pick.sentence)
        # Another order only when it answers more parts: the question's own order first.
        if best is None or len(picks) > best[0]:
            best = (len(picks), picks)
    picks = best[1] if best is not None else {}
    chosen = [picks[i] for i in range(len(parts)) if i in picks]
    return chosen, [part for i, part in enumerate(parts) if i not in picks]


# Words asking for something besides what is already given ("what other test", "who else").
_ANOTHER = frozenset({"other", "else"})


def _asks_another(part: Part) -> bool:
    return bool(_ANOTHER & part_words(part))  # "who else?"


def _pick(
    part: Part,
    findings: list[Finding],
    primary: ArticleEvidence | None,
    used: set[str],
    weights: Weights,
) -> Finding | None:
    # A sentence whose best answer another part took may still hold this part's answer.
    kept = [(_without(f, used), f) for f in findings]
    fresh = sorted((w for w, f in kept if w.answers or not f.answers), key=lambda f: -f.score)
    if primary is None:
        return fresh[0] if fresh else None
    own = [f for f in fresh if f.article is primary]
    if own:
        return about_another(part, fresh, primary, weights) or own[0]
    # Another article must itself name, in the answering sentence, what the part is about;
    # or, eligible by naming it elsewhere (or the question's parties, for a part naming
    # nothing: "who are the lead underwriters?"), tie its answer firmly to what is asked
    # ("the largest recall involves 155,465 pickups" for "how many pickups are in GM's
    # largest recall")
    elsewhere = [
        f
        for f in fresh
        if f.article is not primary and (_names_in_sentence(part, f) or tie(f) >= FIRM_TIE)
    ]
    return elsewhere[0] if elsewhere else None


def _without(finding: Finding, used: set[str]) -> Finding:
    """The finding without answers another part took, scored by its best remaining one."""
    answers = tuple(a for a in finding.answers if a.text not in used)
    if len(answers) == len(finding.answers):
        return finding
    lost = finding.answers[0].tie - (answers[0].tie if answers else 0.0)
    score = finding.score - TIE_WEIGHT * lost
    return Finding(finding.part, finding.article, finding.sentence, answers, score)


def _names_in_sentence(part: Part, finding: Finding) -> bool:
    """The answering sentence, or the one before it that it continues ("He said the
    consortium ..."), names what the part is about."""
    if not part.names:
        return False
    around = names_around(finding)
    return any(around.mentions(name, loose=True) for name in part.names)


def _primary(
    articles: Sequence[ArticleEvidence], by_part: Sequence[list[Finding]], *, present: bool
) -> ArticleEvidence | None:
    """The article answering most parts (then the best answers, then the retriever's rank);
    for a question about the present, the latest of those answering about as well. An
    article answering several parts in one sentence counts for more (`one_sentence`)."""
    scored = []
    for article in articles:
        own = [max((f.score for f in fs if f.article is article), default=None) for fs in by_part]
        answered = [s for s in own if s is not None]
        if answered:
            total = sum(answered) + joint_bonus(article, by_part)
            scored.append((len(answered), total, article))
    if present:
        return latest_of(scored)
    best = max(scored, key=lambda item: (item[0], item[1], -item[2].rank), default=None)
    return best[2] if best is not None else None
