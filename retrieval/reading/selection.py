"""Choose the evidence: for every part of the question, the sentence that answers it.

An article must mention every party the question names (a name no candidate article
mentions is an unknown spelling and counts against none). Among those, the article that
answers most parts is read first; a part it cannot answer comes from another article only
when that part names something the first article does not mention (a question that needs
two articles). A part asking for an entity (a stake, a price, a partner) is answered only by
a sentence holding such an entity that the question does not already name, preferring
one tied by syntax to what is asked; a descriptive part by a sentence close enough to it.
Two parts never get the same answer.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import permutations
from typing import TYPE_CHECKING

import numpy as np

from retrieval.index.embeddings import MatrixEmbeddings
from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.evidence import ArticleEvidence, Sentence, Weights, coverage, relevance
from retrieval.reading.kinds import Kind
from retrieval.reading.matching import ArticleNames
from retrieval.reading.nationality import states_nationality
from retrieval.reading.relations import contradicts, denies
from retrieval.reading.spans import Candidate, candidates, may_hold
from retrieval.text import terms

if TYPE_CHECKING:
    from spacy.tokens import Doc

Parse = Callable[[Sequence[str]], list["Doc"]]
# Sentences per part that are parsed to look for an answer (parsing is the slow step).
PARSED_PER_PART = 6
# Each part's best sentences are also read for its sibling parts.
SHARED_PER_PART = 2
# A typed answer needs its sentence to be at least this relevant...
MIN_TYPED_RELEVANCE = 0.15
# ...a descriptive answer (no entity to look for) more.
MIN_PLAIN_RELEVANCE = 0.3
TIE_WEIGHT = 0.6
# How much more of a part's own words another article must use than the first article
# for the part to be answered from it (a question that needs two articles).
ANOTHER_ARTICLE = 0.25
# ...or how much better its sentence must answer the part, using nearly as many of its words.
BETTER_ELSEWHERE = 0.2
COVER_SLACK = 0.1
# An entity this loosely tied to what is asked (several clauses away) is not its answer.
MIN_TIE = 0.15
# A sentence that names what the part asks about itself beats one that leaves it implicit.
NAMED_HERE_WEIGHT = 0.2
MAX_CORROBORATIONS = 2
# Parts of a question tried in every order when they compete for answers (3! = 6 orders).
MAX_PERMUTED_PARTS = 3
RANK_WEIGHT = 0.02
UNTYPED = frozenset({Kind.THING})
# Kinds answered by a name, which the NER can miss; and how fully a sentence must restate
# the question to be quoted as their answer without one.
NAMED_KINDS = frozenset({Kind.ORG, Kind.AGENT, Kind.ENTITY, Kind.NAME, Kind.PERSON})
MIN_RESTATING_RELEVANCE = 0.75
# How much of the sentence before it a sentence that refers back to it inherits.
ANAPHOR_CARRY = 0.9
# A descriptive answer where the asked verb takes its object in the sentence.
ACTION_BONUS = 0.15


@dataclass(frozen=True)
class Finding:
    part: Part
    article: ArticleEvidence
    sentence: Sentence
    answers: tuple[Candidate, ...]  # best first; empty for descriptive parts
    score: float


@dataclass(frozen=True)
class Selection:
    findings: tuple[Finding, ...]  # one per answered part, in part order
    missing: tuple[Part, ...]
    closest: Finding | None  # the best sentence seen, for a refusal to point at
    absent: tuple[str, ...] = ()  # parties no candidate article mentions
    # Other articles stating the same answer as a finding (keyed by the finding's index).
    corroborating: dict[int, tuple[Finding, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Reading:
    """What selection needs besides the question and the articles."""

    weights: Weights
    parse: Parse
    embedder: MatrixEmbeddings


def select(
    question: AskedQuestion, articles: Sequence[ArticleEvidence], reading: Reading
) -> Selection:
    per_part = [_eligible_for(part, question, articles) for part in question.parts]
    eligible = [a for a in articles if any(a in group for group in per_part)]
    absent = tuple(
        name for name in question.parties if not any(a.names.mentions(name) for a in articles)
    )
    if not eligible:
        return Selection((), question.parts, None, absent)
    similarity = similarities(question, eligible, reading.embedder)
    ranked = [
        _ranked(
            index,
            part=part,
            question=question,
            articles=group,
            reading=reading,
            similarity=similarity,
        )
        for index, (part, group) in enumerate(zip(question.parts, per_part, strict=True))
    ]
    shared = {item[1] for ranking in ranked for item in ranking[:SHARED_PER_PART]}
    by_part = [
        _findings(part, question, ranking, shared, reading)
        for part, ranking in zip(question.parts, ranked, strict=True)
    ]
    primary = _primary(eligible, by_part)
    chosen, missing = _assign(question.parts, by_part, primary, reading.weights)
    closest = max(
        (f for fs in by_part for f in fs), key=lambda f: f.score, default=None
    ) or _closest(question, eligible, reading, similarity)
    corroborating = {
        index: _corroborations(finding, by_part[question.parts.index(finding.part)])
        for index, finding in enumerate(chosen)
    }
    return Selection(tuple(chosen), tuple(missing), closest, absent, corroborating)


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
        for index in order or range(len(parts)):
            pick = _pick(parts[index], by_part[index], primary, used, weights)
            if pick is not None:
                picks[index] = pick
                used.update(answer.text for answer in pick.answers[:1])
        # Another order only when it answers more parts: the question's own order first.
        if best is None or len(picks) > best[0]:
            best = (len(picks), picks)
    picks = best[1] if best is not None else {}
    chosen = [picks[i] for i in range(len(parts)) if i in picks]
    return chosen, [part for i, part in enumerate(parts) if i not in picks]


def _corroborations(finding: Finding, findings: list[Finding]) -> tuple[Finding, ...]:
    """The same answer stated by other articles (up to two): cited beside the first."""
    if not finding.answers:
        return ()
    answer = finding.answers[0].text.lower()
    seen = {finding.article.article_id}
    found = []
    for other in findings:
        if other.article.article_id in seen or not other.answers:
            continue
        if other.answers[0].text.lower() == answer:
            found.append(other)
            seen.add(other.article.article_id)
    return tuple(found[:MAX_CORROBORATIONS])


def eligible_articles(
    question: AskedQuestion, articles: Sequence[ArticleEvidence]
) -> list[ArticleEvidence]:
    """Articles that mention every party of the question, however they spell it."""
    return [a for a in articles if all(a.names.mentions(name) for name in question.parties)]


def _eligible_for(
    part: Part, question: AskedQuestion, articles: Sequence[ArticleEvidence]
) -> list[ArticleEvidence]:
    """Articles that mention the part's own parties and those of the question's context
    (a part about "Halden Lines" needs an article that names Halden Lines; the first part
    of the same question may come from one that does not)."""
    in_parts = {name for p in question.parts for name in p.names}
    wanted = [*part.names, *(n for n in question.parties if n not in in_parts)]
    return [a for a in articles if all(a.names.mentions(name) for name in wanted)]


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
        return _about_another(part, fresh, primary, weights) or own[0]
    # Another article must itself name, in the answering sentence, what the part is about.
    elsewhere = [f for f in fresh if f.article is not primary and _names_in_sentence(part, f)]
    return elsewhere[0] if elsewhere else None


def _about_another(
    part: Part, findings: list[Finding], primary: ArticleEvidence, weights: Weights
) -> Finding | None:
    """The part of a two-article question that another answering article states better:
    it uses the part's own words ("the Ridgeway gold project") that the first article
    never does, or its sentence answers the part far better than any of the first's."""
    own = weights.of(part.terms)
    if not own:
        return None
    primary_cover = coverage(own, primary.terms)
    first = max((f.score for f in findings if f.article is primary), default=0.0)
    for finding in findings:
        if finding.article is primary:
            continue
        cover = coverage(own, finding.article.terms)
        if cover >= primary_cover + ANOTHER_ARTICLE or (
            finding.score >= first + BETTER_ELSEWHERE and cover >= primary_cover - COVER_SLACK
        ):
            return finding
    return None


def _without(finding: Finding, used: set[str]) -> Finding:
    """The finding without answers another part took, scored by its best remaining one."""
    answers = tuple(a for a in finding.answers if a.text not in used)
    if len(answers) == len(finding.answers):
        return finding
    lost = finding.answers[0].tie - (answers[0].tie if answers else 0.0)
    score = finding.score - TIE_WEIGHT * lost
    return Finding(finding.part, finding.article, finding.sentence, answers, score)


def _names_in_sentence(part: Part, finding: Finding) -> bool:
    if not part.names:
        return False
    around = ArticleNames(" ".join([finding.sentence.previous or "", finding.sentence.text]))
    return any(around.mentions(name, loose=True) for name in part.names)


def similarities(
    question: AskedQuestion, articles: Sequence[ArticleEvidence], embedder: MatrixEmbeddings
) -> dict[tuple[int, str, int], float]:
    sentences = [(a.article_id, s.position, s.text) for a in articles for s in a.sentences]
    if not sentences or not question.parts:
        return {}
    parts = [part.text for part in question.parts]
    vectors = embedder.embed_matrix(parts + [text for _, _, text in sentences])
    cosines = np.asarray(vectors[len(parts) :] @ vectors[: len(parts)].T)
    return {
        (index, article_id, position): float(cosines[row, index])
        for row, (article_id, position, _) in enumerate(sentences)
        for index in range(len(parts))
    }


Scored = tuple[float, Sentence, ArticleEvidence]


def _ranked(
    index: int,
    *,
    part: Part,
    question: AskedQuestion,
    articles: Sequence[ArticleEvidence],
    reading: Reading,
    similarity: dict[tuple[int, str, int], float],
) -> list[Scored]:
    """Every sentence that may answer the part, by relevance (best first)."""
    scored = []
    for article in articles:
        before = 0.0
        for sentence in article.sentences:
            cosine = similarity.get((index, article.article_id, sentence.position), 0.0)
            rel = relevance(sentence, article, part, question, reading.weights, similarity=cosine)
            if sentence.previous is not None:
                rel = max(rel, ANAPHOR_CARRY * before)  # "This was done because ..."
            before = rel
            scored.append((rel - RANK_WEIGHT * article.rank, sentence, article))
    scored = [item for item in scored if _may_answer(part, question, item[1], item[2])]
    return sorted(scored, key=lambda item: -item[0])


def _findings(
    part: Part,
    question: AskedQuestion,
    ranked: list[Scored],
    shared: set[Sentence],
    reading: Reading,
) -> list[Finding]:
    """Answers of the asked kind in the part's best sentences, and in the sentences that
    best answer its sibling parts (the parts of one question are about one thing)."""
    if part.kind in UNTYPED:
        return _descriptions(part, ranked[:PARSED_PER_PART], reading)
    top = [
        item
        for item in ranked
        if (item[0] >= MIN_TYPED_RELEVANCE or item[1] in shared)
        and may_hold(part.kind, item[1].text)
    ]
    top = top[:PARSED_PER_PART] + [i for i in top[PARSED_PER_PART:] if i[1] in shared]
    docs = reading.parse([sentence.text for _, sentence, _ in top])
    found = []
    for (score, sentence, article), doc in zip(top, docs, strict=True):
        if denies(doc, part) or contradicts(doc, part):
            # "has not disclosed the price": the article says it does not say; "Interpart
            # paid ...": the same deal, another party
            continue
        answers = candidates(doc, part, asked_names=question.names, question=question.text)
        answers = [a for a in answers if a.tie >= MIN_TIE]
        if answers:
            total = (1 - TIE_WEIGHT) * score + TIE_WEIGHT * answers[0].tie
            total += NAMED_HERE_WEIGHT * _names_here(part, sentence)
            found.append(Finding(part, article, sentence, tuple(answers), total))
        elif part.kind in NAMED_KINDS and score >= MIN_RESTATING_RELEVANCE:
            # A sentence that restates nearly all of the question answers a "whose"/"which"
            # question even when the NER finds no name in it ("the Shanghai police").
            found.append(Finding(part, article, sentence, (), (1 - TIE_WEIGHT) * score))
    return sorted(_of_nationality(part, found), key=lambda f: -f.score)


def _descriptions(part: Part, top: list[Scored], reading: Reading) -> list[Finding]:
    """A descriptive part ("what will CATL supply to BAIC") is best answered where its verb
    (or one of the same family: supply / provide) takes an object."""
    top = [item for item in top if item[0] >= MIN_PLAIN_RELEVANCE]
    if not top:
        return []
    family = set(terms(part.predicate)) if part.predicate else set()
    docs = reading.parse([sentence.text for _, sentence, _ in top]) if family else []
    found = []
    for index, (score, sentence, article) in enumerate(top):
        doc = docs[index] if docs else None
        acts = doc is not None and any(
            token.pos_ == "VERB"
            and set(terms(token.text)) & family
            and any(child.dep_ in ("dobj", "attr", "oprd") for child in token.children)
            for token in doc
        )
        found.append(Finding(part, article, sentence, (), score + (ACTION_BONUS if acts else 0)))
    return sorted(found, key=lambda f: -f.score)


def _may_answer(
    part: Part, question: AskedQuestion, sentence: Sentence, article: ArticleEvidence
) -> bool:
    """A sentence names the asked role ("CFO"), and names together the parties the question
    joins ("Ford and Volkswagen ... together"), itself, just before, or in the headline."""
    if part.roles and not any(_names_role(sentence, role) for role in part.roles):
        return False
    if len(question.joint) < 2:
        return True
    # A sentence that opens by referring to a group ("The two carmakers agreed ...",
    # "They will ...") continues the one before, which may have named them.
    refers = sentence.position > 0 and bool(_GROUP_REFERENCE.match(sentence.text))
    before = article.sentences[sentence.position - 1].text if refers else ""
    around = ArticleNames(" ".join([article.chunk.title, before, sentence.text]))
    return all(around.mentions(name, loose=True) for name in question.joint)


# A plural definite subject or pronoun opening a sentence: "The two companies", "The
# carmakers", "They", "Both".
_GROUP_REFERENCE = re.compile(r"(?:They|Both|The (?:two|three|four|[a-z]+s)) ")


def _names_role(sentence: Sentence, role: tuple[str, ...]) -> bool:
    """The role's words in a row ("chief technology (officer)", or "CTO", which the
    tokenizer writes out): "chief" in one clause and "technology" in another is not it."""
    sequence = terms(sentence.text)
    size = len(role)
    return any(tuple(sequence[i : i + size]) == role for i in range(len(sequence) - size + 1))


def _of_nationality(part: Part, found: list[Finding]) -> list[Finding]:
    """A part asking for "which Spanish company" is answered by a sentence that says so
    ("Carboex of Spain"), or by a company the article says elsewhere is Spanish; an
    answer of no stated nationality, or a sentence naming no company, is no answer to it."""
    if not part.nationalities:
        return found
    return [f for f in found if f.answers and _states_nationalities(part, f)]


def _states_nationalities(part: Part, finding: Finding) -> bool:
    sentence = finding.sentence
    name = finding.answers[0].text
    texts = [" ".join([sentence.previous or "", sentence.text]), finding.article.chunk.title]
    texts += [s.text for s in finding.article.sentences if name in s.text]
    return any(
        all(states_nationality(demonym, text) for demonym in part.nationalities) for text in texts
    )


def _names_here(part: Part, sentence: Sentence) -> float:
    """Share of the part's names written out in full in the sentence itself ("Renault
    Group", not "Renault Samsung")."""
    if not part.names:
        return 0.0
    lowered = sentence.text.lower()
    return sum(name.lower() in lowered for name in part.names) / len(part.names)


def _primary(
    articles: Sequence[ArticleEvidence], by_part: Sequence[list[Finding]]
) -> ArticleEvidence | None:
    """The article answering most parts (then the best answers, then the retriever's rank)."""
    best: tuple[int, float, int] | None = None
    chosen = None
    for article in articles:
        own = [max((f.score for f in fs if f.article is article), default=None) for fs in by_part]
        answered = [s for s in own if s is not None]
        key = (len(answered), sum(answered), -article.rank)
        if answered and (best is None or key > best):
            best, chosen = key, article
    return chosen


def _closest(
    question: AskedQuestion,
    articles: Sequence[ArticleEvidence],
    reading: Reading,
    similarity: dict[tuple[int, str, int], float],
) -> Finding | None:
    if not question.parts:
        return None
    part = question.parts[0]
    best = max(
        (
            (
                relevance(
                    s,
                    a,
                    part,
                    question,
                    reading.weights,
                    similarity=similarity.get((0, a.article_id, s.position), 0.0),
                ),
                s,
                a,
            )
            for a in articles
            for s in a.sentences
        ),
        key=lambda item: item[0],
        default=None,
    )
    return None if best is None else Finding(part, best[2], best[1], (), best[0])
