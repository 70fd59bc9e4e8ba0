"""The extractive answerer: picks the sentences that answer, cites each, or refuses.

It never cites anything outside the hits it was given, and it refuses (answered=False)
when the evidence does not mention the names the question asks about, or does not address
what is asked about them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from retrieval.index.embeddings import MatrixEmbeddings
from retrieval.models import Answer, Citation, SearchHit
from retrieval.reading.evidence import (
    ScoredSentence,
    article_context,
    candidate_sentences,
    score_sentences,
)
from retrieval.reading.question import Question, analyze
from retrieval.settings import AnswerSettings
from retrieval.text import terms, words

# Below this cosine, a sentence that shares no topic word with the question is off-topic.
MIN_TOPIC_SIMILARITY = 0.55
# Extra sentences must score this close to the best one to be quoted too.
FOLLOW_RATIO = 0.8
LIST_FOLLOW_RATIO = 0.6
LIST_MAX_LINES = 5
MAX_QUOTE_CHARS = 300


class ExtractiveAnswerer:
    """Answers from retrieved passages without any language model."""

    def __init__(self, *, embedder: MatrixEmbeddings, settings: AnswerSettings) -> None:
        self._embedder = embedder
        self._settings = settings

    def answer(
        self, question: str, hits: Sequence[SearchHit], *, idf: Callable[[str], float]
    ) -> Answer:
        parsed = analyze(question)
        if not parsed.content_terms:
            return refusal(question, "I could not find a question about companies in that.")
        context = article_context(hits)
        scored = score_sentences(
            parsed, candidate_sentences(hits), embedder=self._embedder, idf=idf
        )
        usable = [s for s in scored if self._supports(parsed, s, context)]
        if not usable:
            return refusal(question, explain_refusal(parsed, hits, context))
        chosen = self._select(parsed, usable)
        return compose(question, chosen, parsed=parsed)

    def _supports(
        self, question: Question, sentence: ScoredSentence, context: dict[str, set[str]]
    ) -> bool:
        article_terms = context.get(sentence.sentence.chunk.article_id, set())
        if not all(set(phrase) <= article_terms for phrase in question.entity_phrases):
            return False
        own_terms = set(terms(sentence.sentence.text))
        if not all(role <= own_terms for role in question.roles):
            return False
        if len(question.entity_phrases) > 1:
            # "What will Ford and Volkswagen build together?" is about both at once: an
            # article naming Ford in one place and Volkswagen in another does not answer
            # it unless the sentence (or the headline it sits under) names them together.
            # Within a sentence a short form counts ("Zhang" for "Daniel Zhang").
            near = set(terms(sentence.sentence.text)) | set(terms(sentence.sentence.chunk.title))
            if not all(set(phrase) & near for phrase in question.entity_phrases):
                return False
        on_topic = (
            not question.topic_terms
            or sentence.matched_topic
            or sentence.similarity >= MIN_TOPIC_SIMILARITY
        )
        # "When ...?" needs a date and "How many ...?" a number: a sentence without one
        # does not answer, however well it matches.
        typed = sentence.typed or question.answer_type not in ("date", "number")
        return on_topic and typed and sentence.context_coverage >= self._settings.min_coverage

    def _select(
        self, question: Question, usable: list[ScoredSentence]
    ) -> list[list[ScoredSentence]]:
        """Lines of the answer: each a sentence plus the same fact from other articles."""
        best = usable[0]
        listing = question.answer_type == "list"
        ratio = LIST_FOLLOW_RATIO if listing else FOLLOW_RATIO
        # "Which companies ...?" wants breadth: one line per article, more lines.
        max_lines = max(self._settings.max_sentences, LIST_MAX_LINES if listing else 0)
        lines: list[list[ScoredSentence]] = [[best]]
        for candidate in usable[1:]:
            if candidate.score < ratio * best.score:
                break
            if not candidate.matched_topic:
                continue  # a second line must address the question's topic words itself
            used = {line[0].sentence.chunk.article_id for line in lines}
            if listing and candidate.sentence.chunk.article_id in used:
                continue
            line = next((line for line in lines if _repeats(candidate, line[0])), None)
            if line is None and len(lines) < max_lines:
                lines.append([candidate])
            elif line is not None and _corroborates(candidate, line):
                line.append(candidate)
        return lines


def _repeats(candidate: ScoredSentence, other: ScoredSentence) -> bool:
    """Near-duplicate sentences (the same quote in two chunks, or in two articles)."""
    new_terms = set(terms(candidate.sentence.text))
    old_terms = set(terms(other.sentence.text))
    overlap = len(new_terms & old_terms) / max(min(len(new_terms), len(old_terms)), 1)
    return overlap > 0.8


def _corroborates(candidate: ScoredSentence, line: list[ScoredSentence]) -> bool:
    """The same statement from another article earns a second citation (up to three)."""
    articles = {item.sentence.chunk.article_id for item in line}
    return candidate.sentence.chunk.article_id not in articles and len(line) < 3


def compose(question: str, lines: list[list[ScoredSentence]], *, parsed: Question) -> Answer:
    """Answer text with one [n] per article, numbered in order of first use.

    For "which companies..." questions each line leads with its article's headline: the
    headline usually names the parties, which the quoted sentence may only call "we".
    """
    with_titles = parsed.answer_type == "list"
    wanted = set(parsed.content_terms)
    # "Who ...?": in "Zeng Yuqun, chairman of CATL" the name sits left of the matched role.
    widen_left = parsed.answer_type == "person"
    numbers: dict[str, int] = {}
    quotes: dict[str, list[str]] = {}
    scores: dict[str, float] = {}
    chunk_of = {}
    rendered = []
    led: set[str] = set()
    for line in lines:
        markers = []
        for item in line:
            article_id = item.sentence.chunk.article_id
            chunk_of[article_id] = item.sentence.chunk
            markers.append(f"[{numbers.setdefault(article_id, len(numbers) + 1)}]")
            quotes.setdefault(article_id, []).append(
                focus(item.sentence.text, wanted, widen_left=widen_left)
            )
            scores[article_id] = max(scores.get(article_id, 0.0), item.score)
        head = line[0].sentence
        lead = ""
        if with_titles and not head.is_title and head.chunk.article_id not in led:
            lead = f"{head.chunk.title} — "
        led.add(head.chunk.article_id)
        quoted = focus(head.text, wanted, widen_left=widen_left)
        rendered.append(f"{lead}{quoted} {''.join(markers)}")
    citations = [
        Citation(
            number=numbers[article_id],
            source=chunk_of[article_id].source,
            title=chunk_of[article_id].title,
            date=chunk_of[article_id].date,
            url=chunk_of[article_id].url,
            quote=" ".join(dict.fromkeys(texts)),
            score=round(scores[article_id], 4),
        )
        for article_id, texts in quotes.items()
    ]
    text = "\n".join(rendered)
    return Answer(question=question, text=text, answered=True, citations=citations)


def focus(
    text: str, wanted: set[str], *, widen_left: bool = False, limit: int = MAX_QUOTE_CHARS
) -> str:
    """A long sentence cut to the run of its clauses that holds most question terms.

    The result stays a verbatim piece of the article (plus ellipses), so it can be quoted.
    """
    if len(text) <= limit:
        return text
    clauses = re.split(r"(?<=,)\s+", text)
    start, end = _best_window(clauses, wanted, limit)
    # One clause of context after the match: "Zeng Yuqun," alone says nothing of his role.
    if end < len(clauses) and len(" ".join(clauses[start : end + 1])) <= limit * 1.3:
        end += 1
    if widen_left and start > 0 and len(" ".join(clauses[start - 1 : end])) <= limit * 1.5:
        start -= 1
    window = " ".join(clauses[start:end])
    if len(window) > limit * 1.5:
        window = window[: limit - 1].rsplit(" ", 1)[0]
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(clauses) or not window.endswith((".", "!", "?")) else ""
    return f"{prefix}{window.rstrip(',')}{suffix}"


def _best_window(clauses: list[str], wanted: set[str], limit: int) -> tuple[int, int]:
    """The shortest run of clauses (within `limit` chars) that matches most wanted terms."""
    best = (-1, 0, 0, 1)  # (matched, -length, start, end)
    for start in range(len(clauses)):
        for end in range(start + 1, len(clauses) + 1):
            window = " ".join(clauses[start:end])
            if len(window) > limit and end > start + 1:
                break
            candidate = (len(set(terms(window)) & wanted), -len(window), start, end)
            best = max(best, candidate)
    return best[2], best[3]


def refusal(question: str, reason: str) -> Answer:
    return Answer(question=question, text=reason, answered=False, citations=[])


def explain_refusal(
    question: Question, hits: Sequence[SearchHit], context: dict[str, set[str]]
) -> str:
    """Say what was searched and what was missing, so the user can rephrase."""
    article_count = len(context)
    if not hits:
        return "I couldn't find anything about that: the article store has nothing matching."
    everything = set().union(*context.values())
    missing = [
        _surface(question.text, phrase)
        for phrase in question.entity_phrases
        if not set(phrase) <= everything
    ]
    titles = list(dict.fromkeys(hit.chunk.title for hit in hits))[:3]
    searched = f"the {article_count} most relevant article{'s' if article_count != 1 else ''}"
    if missing:
        return (
            f"I couldn't find an answer: none of {searched} mentions {' or '.join(missing)}. "
            f"Closest matches: {'; '.join(titles)}."
        )
    return (
        f"I couldn't find an answer in {searched} (closest: {'; '.join(titles)}). "
        "They mention what you asked about but do not say that. "
        "Try rephrasing, or ask about a specific company or agreement."
    )


def _surface(question_text: str, phrase: tuple[str, ...]) -> str:
    """The words of the question that a stemmed name phrase came from."""
    matched = [
        re.sub(r"['’]s$", "", word)
        for word in words(question_text)
        if set(terms(word)) & set(phrase)
    ]
    return " ".join(dict.fromkeys(matched)) or " ".join(phrase)
