"""The extractive reader: answers from the articles' own sentences, without a language model.

    question -> understanding (parts, kinds, names)  [asking.py, question_parts.py,
                                                      asked_kind.py, asked_names.py]
             -> the retrieved articles' sentences    [evidence.py]
             -> a sentence answering every part      [selection.py, ranking.py, findings.py,
                                                      spans.py, anchors.py, relations.py]
             -> the answer first, then cited quotes  [compose.py]

A question wanting every answer ("Which companies ...") is answered a line per article
[listing.py], its other parts as details beside the list [list_details.py].

It never cites anything outside the articles it was given, and it refuses (answered=False)
when no sentence holds an answer of the asked kind, saying what it found instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import partial
from typing import TYPE_CHECKING

from retrieval.index.embeddings import MatrixEmbeddings
from retrieval.models import Answer, SearchHit
from retrieval.nlp.annotations import AnnotationCache
from retrieval.reading.anaphora import bridge_back
from retrieval.reading.asking import AskedQuestion
from retrieval.reading.bridging import (
    PER_DESCRIPTION,
    Finder,
    answers_better,
    bridge,
    with_bridge,
    without_statement,
)
from retrieval.reading.compose import compose, refuse
from retrieval.reading.evidence import (
    ArticleEvidence,
    SentenceSource,
    Weights,
    gather,
)
from retrieval.reading.found import Reading
from retrieval.reading.list_details import with_other_parts
from retrieval.reading.listing import list_answer, lists_by_noun
from retrieval.reading.normalize import normalize_question
from retrieval.reading.part_search import (
    answers_more,
    articles_about_each_part,
    articles_for_answers,
    articles_for_parts,
)
from retrieval.reading.party_search import Search, with_each_party
from retrieval.reading.question_spelling import correct_spelling
from retrieval.reading.repeated_acts import more_of_the_act
from retrieval.reading.selection import Selection, select
from retrieval.reading.understood import understood
from retrieval.settings import AnswerSettings
from retrieval.text import terms

if TYPE_CHECKING:
    from spacy.tokens import Doc


class ExtractiveAnswerer:
    """Answers from retrieved articles without any language model."""

    def __init__(
        self,
        *,
        embedder: MatrixEmbeddings,
        settings: AnswerSettings,
        sentences_of: SentenceSource | None = None,
        annotations: AnnotationCache | None = None,
        search: Search | None = None,
    ) -> None:
        self._embedder = embedder
        self._settings = settings
        self._sentences_of = sentences_of
        # more articles for a party the retrieved ones leave out (party_search.py)
        self._search = search
        self._annotations = annotations or AnnotationCache(None)

    def answer(
        self, question: str, hits: Sequence[SearchHit], *, idf: Callable[[str], float]
    ) -> Answer:
        if not hits:
            return refusal(
                question,
                "I couldn't find anything about that: the article store has nothing matching.",
            )
        articles = gather(hits, self._sentences_of, articles=self._settings.expand_articles)
        read = self._understand(question, articles, idf)
        if read is None:
            return refusal(question, "I could not find a question about companies in that.")
        text, asked, articles, written = read
        reading = Reading(Weights(idf), self._parse, self._embedder)
        if asked.listing:
            listed = list_answer(question, asked, articles, reading)
            if listed is not None:
                return with_other_parts(question, asked, listed, articles, reading)
        articles, selection = self._selected(asked, articles, reading, written)
        bridged = self._bridged(
            question, text, asked, articles, selection=selection, reading=reading, idf=idf
        )
        if bridged is not None:
            return bridged
        if not selection.findings:
            return refuse(question, asked, selection, searched=len(articles))
        return self._composed(question, asked, articles, selection, reading)

    def _composed(
        self,
        question: str,
        asked: AskedQuestion,
        articles: list[ArticleEvidence],
        selection: Selection,
        reading: Reading,
    ) -> Answer:
        """The answer from the evidence; for "which cities ...", every article's answer,
        not one sentence's."""
        if lists_by_noun(asked):
            listed = list_answer(question, asked, articles, reading)
            if listed is not None:
                return listed
        # the answer's act done again in its article: more of its answers (repeated_acts.py)
        more = {i: more_of_the_act(asked, f, reading) for i, f in enumerate(selection.findings)}
        return compose(question, asked, selection, more)

    def _understand(
        self, question: str, articles: list[ArticleEvidence], idf: Callable[[str], float]
    ) -> tuple[str, AskedQuestion, list[ArticleEvidence], frozenset[str]] | None:
        """The question as read (its text, its understanding), the articles with those
        searched for its parties and parts, and the names some article writes as they are;
        None when it asks nothing about companies."""
        text = correct_spelling(normalize_question(question), articles, known=known_term(idf))
        # the router understood the same text from the same parse: read once (understood.py)
        asked = understood(text, parse=self._annotations.doc)
        if not asked.parts or not (asked.terms or asked.names):
            return None
        # names some retrieved article writes as they are: matched only so (another
        # company's name), judged before any article is added for a party or a part
        written = frozenset(
            name for name in asked.names if any(a.names.writes(name) for a in articles)
        )
        articles = self._with_searched(text, asked, self._prepare(articles, written), written)
        return text, asked, articles, written

    def _selected(
        self,
        asked: AskedQuestion,
        articles: list[ArticleEvidence],
        reading: Reading,
        written: frozenset[str],
    ) -> tuple[list[ArticleEvidence], Selection]:
        """Each part's evidence, after searching for the parts the articles leave out, and
        the articles it was chosen from."""
        selection = select(asked, articles, reading)
        if selection.missing and self._search is not None:
            articles, selection = self._for_missing_parts(
                self._search, asked, articles, selection=selection, reading=reading, written=written
            )
        return articles, selection

    def _bridged(
        self,
        question: str,
        text: str,
        asked: AskedQuestion,
        articles: list[ArticleEvidence],
        *,
        selection: Selection,
        reading: Reading,
        idf: Callable[[str], float],
    ) -> Answer | None:
        """The answer about a party the question does not name but refers back to
        (anaphora.py) or describes (bridging.py), asked again by the name a sentence
        stating the scene gives it, when that reading answers better; the stating sentence
        answers the description. Tried even when every part seemed answered: the answers
        may be the scene's, from the article telling it."""
        search = self._search
        if search is None:
            return None

        def searched(query: str) -> list[ArticleEvidence]:
            return gather(search(query), self._sentences_of, articles=PER_DESCRIPTION)

        finders: tuple[Finder, ...] = (
            bridge_back,
            partial(bridge, anywhere=bool(selection.missing)),
        )
        for finder in finders:
            found = finder(
                text, asked, articles, reading, search=searched, parse=self._annotations.doc
            )
            if found is None:
                continue
            # as many articles as the first reading had, its searches for parties and
            # parts included: the party's own story may rank below the description's
            more = gather(search(found.question), self._sentences_of, articles=len(articles))
            read = self._understand(found.question, more, idf)
            if read is None:
                continue
            _, again, more, written = read
            if not selection.missing:
                # the stating sentence tells the scene, not what the question asks
                more = without_statement(more, found.finding)
            _, second = self._selected(again, more, reading, written)
            if answers_better(selection, second, found.finding):
                return compose(question, again, with_bridge(second, found.finding))
        return None

    def _with_searched(
        self,
        text: str,
        asked: AskedQuestion,
        articles: list[ArticleEvidence],
        written: frozenset[str],
    ) -> list[ArticleEvidence]:
        """The articles, then those found for a party they leave out (party_search.py) and
        for each part of a question of several (part_search.py)."""
        if self._search is None:
            return articles
        more = with_each_party(
            text, asked, articles, search=self._search, sentences_of=self._sentences_of
        )
        more = articles_about_each_part(
            asked, more, search=self._search, sentences_of=self._sentences_of
        )
        return self._prepare(more, written)

    def _for_missing_parts(
        self,
        search: Search,
        asked: AskedQuestion,
        articles: list[ArticleEvidence],
        *,
        selection: Selection,
        reading: Reading,
        written: frozenset[str],
    ) -> tuple[list[ArticleEvidence], Selection]:
        """The articles and selection after searching for the parts nothing answered
        (part_search.py), or the first ones when that answers no more."""
        more = articles_for_parts(
            asked, selection.missing, articles, search=search, sentences_of=self._sentences_of
        )
        more, searched = articles_for_answers(
            asked, selection, more, search=search, sentences_of=self._sentences_of
        )
        if len(more) == len(articles):
            return articles, selection
        again = select(asked, self._prepare(more, written), reading)
        if answers_more(selection, again, asked.parties, searched):
            return more, again
        return articles, selection

    def _prepare(
        self, articles: list[ArticleEvidence], written: frozenset[str]
    ) -> list[ArticleEvidence]:
        """The articles' name matching, told which names some article writes as they are."""
        for article in articles:
            article.names.embedder = self._embedder
            article.names.spelled_elsewhere = written
        return articles

    def _parse(self, texts: Sequence[str]) -> list[Doc]:
        return self._annotations.docs(texts)


def known_term(idf: Callable[[str], float]) -> Callable[[str], bool]:
    """A word the corpus uses: its stem has a lower idf than a term never seen."""
    unseen = idf("\x00never-seen")

    def known(word: str) -> bool:
        return any(idf(term) < unseen for term in terms(word))

    return known


def refusal(question: str, reason: str) -> Answer:
    return Answer(question=question, text=reason, answered=False, citations=[])
