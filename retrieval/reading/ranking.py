"""Ranking: every sentence that may answer a question part, by relevance, best first.

A sentence's relevance to a part (`evidence.relevance`) uses the part's words and the
cosine between the part and the sentence; a sentence that refers back to the one before it
("This was done because ...") inherits most of that one's relevance, and the retriever's
rank of its article breaks near-ties. A sentence may answer only if it names the officer
role asked about, and names together the parties the question joins. The closest sentence
of all is what a refusal points at.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import numpy as np

from retrieval.index.embeddings import MatrixEmbeddings
from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.continuation import continues
from retrieval.reading.evidence import ArticleEvidence, Sentence, relevance
from retrieval.reading.found import Finding, Reading, Scored
from retrieval.reading.kinds import NAME_ANSWERS
from retrieval.reading.matching import ArticleNames
from retrieval.reading.part_names import RELATED_PARTIES, related_parties
from retrieval.reading.related_firms import (
    acting_parties,
    another_actor,
    names_another_firm,
    written_parties,
)
from retrieval.text import terms

if TYPE_CHECKING:
    from spacy.tokens import Doc

RANK_WEIGHT = 0.02
# How much of the sentence before it a sentence that refers back to it inherits.
ANAPHOR_CARRY = 0.9
# How many of a part's best sentences are checked for naming the parties it relates.
RELATED_CHECKED = 40


def similarities(
    question: AskedQuestion, articles: Sequence[ArticleEvidence], embedder: MatrixEmbeddings
) -> dict[tuple[int, str, int], float]:
    """Cosine of every sentence to every part, by (part index, article id, position)."""
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


def rank_sentences(
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
    related = related_parties(part, question, reading.parse([part.text])[0])
    scored = sorted(
        (item for item in scored if _may_answer(part, question, item[1:])),
        key=lambda item: -item[0],
    )
    if related:
        scored = _about_the_related(scored, related, question, reading, part=part)
    return scored


def _about_the_related(
    scored: list[Scored],
    related: tuple[str, ...],
    question: AskedQuestion,
    reading: Reading,
    *,
    part: Part,
) -> list[Scored]:
    """The sentences that may state the relation between the parties a part relates: a
    sentence naming one of them and another firm states a deal of that party's with the
    other firm ("Air Canada agreed to buy Gelco Express for 54 mln dlrs" for "what did
    Air Canada pay for its stake in EMS"), and is dropped; one naming one party and no
    other firm stays (the other party may be what "the company" or "the bank" stands
    for). Under a headline naming the other party, only a firm doing what the question
    has that party do drops it (`_another_does_it`): one paid or sold to may be the asked
    deal's third side. Nor for a part asking a name: the firm beside the party may be the
    one asked ("which business came along with it when it was bought from ITT")."""
    # only the best are read for answers: only they are parsed
    best = scored[:RELATED_CHECKED]
    # a headline is matched once an article, not once a sentence
    articles = {id(article): article for _, _, article in best}
    titled = (
        set()
        if part.kind in NAME_ANSWERS
        else {key for key, article in articles.items() if _titled(related, article)}
    )
    checked: list[tuple[Scored, bool, bool]] = []
    for item in best:
        by_text = _names_one_party(related, item[1], item[2])
        by_title = id(item[2]) in titled
        if by_text or by_title:
            checked.append((item, by_text, by_title))
    if not checked:
        return scored
    docs = reading.parse([item[1].text for item, _, _ in checked])
    others = {
        id(item)
        for (item, by_text, by_title), doc in zip(checked, docs, strict=True)
        if (by_text and names_another_firm(doc, question, item[2], related))
        or (by_title and _another_does_it(doc, part, question, item[2], related))
    }
    return [item for item in scored if id(item) not in others]


def _another_does_it(
    doc: Doc,
    part: Part,
    question: AskedQuestion,
    article: ArticleEvidence,
    related: tuple[str, ...],
) -> bool:
    """Under a headline naming a party, the sentence itself writes only the other, and
    another firm acts in that party's clause where the question has the party it leaves
    out act ("Sumitomo Bank spent 500 mln dlrs to become a partner in Goldman" for what
    Nippon Life paid for its Goldman stake): the act is that firm's."""
    written = written_parties(doc, article, related)
    if len(written) != 1:
        return False
    left_out = {name for name in related if name not in written}
    acting = acting_parties(part, related)
    return bool(left_out & acting) and another_actor(doc, question, article, related)


def _titled(related: tuple[str, ...], article: ArticleEvidence) -> bool:
    """The article's headline names one of the related parties."""
    title = ArticleNames(article.chunk.title)
    return any(title.mentions(name, loose=True) for name in related)


def _names_one_party(
    related: tuple[str, ...], sentence: Sentence, article: ArticleEvidence
) -> bool:
    """The sentence (with its headline and the one it continues) names some but fewer
    than two of the related parties: one party, whose partner it may name instead. One
    naming none is left to the other checks (its party may be "the company")."""
    around = _around(sentence, article)
    named = sum(around.mentions(name, loose=True) for name in related)
    return 0 < named < min(len(related), RELATED_PARTIES)


def _may_answer(
    part: Part, question: AskedQuestion, where: tuple[Sentence, ArticleEvidence]
) -> bool:
    """A sentence names the asked role ("CFO"), and names together the parties the question
    joins ("Ford and Volkswagen ... together"), itself, just before, or in the headline."""
    sentence, article = where
    if part.roles and not any(_names_role(sentence, role) for role in part.roles):
        return False
    # The parties the question joins must all be named (the parties a part relates in its
    # own words are checked by _about_the_related).
    joint = question.joint
    if len(joint) < 2:
        return True
    around = _around(sentence, article)
    return all(around.mentions(name, loose=True) for name in joint)


def _around(sentence: Sentence, article: ArticleEvidence) -> ArticleNames:
    """The sentence with its headline, and with the sentence before when it opens by
    referring to a group ("The two carmakers agreed ...", "They will ...") or back to it
    ("The company said ..."): the one before may have named them."""
    refers = sentence.position > 0 and (
        bool(_GROUP_REFERENCE.match(sentence.text)) or continues(sentence.text)
    )
    before = article.sentences[sentence.position - 1].text if refers else ""
    return ArticleNames(" ".join([article.chunk.title, before, sentence.text]))


# A plural definite subject or pronoun opening a sentence: "The two companies", "The
# carmakers", "They", "Both".
_GROUP_REFERENCE = re.compile(r"(?:They|Both|The (?:two|three|four|[a-z]+s)) ")


def _names_role(sentence: Sentence, role: tuple[str, ...]) -> bool:
    """The role's words in a row ("chief technology (officer)", or "CTO", which the
    tokenizer writes out): "chief" in one clause and "technology" in another is not it."""
    sequence = terms(sentence.text)
    size = len(role)
    return any(tuple(sequence[i : i + size]) == role for i in range(len(sequence) - size + 1))


def closest_sentence(
    question: AskedQuestion,
    articles: Sequence[ArticleEvidence],
    reading: Reading,
    similarity: dict[tuple[int, str, int], float],
) -> Finding | None:
    """The sentence most relevant to the first part, for a refusal to point at."""
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
