"""A part left unanswered, answered by the one amount of its kind in the answering article.

A paraphrased question shares few words with the sentence that answers it ("what was the
price tag" / "Clearwater was sold for three mln stg"), so that sentence ranks low and its
amount is tied to none of the question's words: the part goes unanswered. When the
question's other parts are answered from one article, the question is about that article's
news, and a news story that states a single amount of a kind (one sum of money, one
percentage) states it of its news. So if the article writes exactly one amount of the asked
kind besides the other parts' answers, a number written out, and no check rejects it, that is
the part's answer. Two or more leave the part unanswered, as does an article answering no
other part: a question of one part is refused rather than guessed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.nlp.patterns import SCALES
from retrieval.reading.cheap_look import may_hold
from retrieval.reading.found import Finding, Reading
from retrieval.reading.kinds import ENTITY_LABELS, Kind, a_result_noun
from retrieval.reading.payments import asks_a_price_paid
from retrieval.reading.prospective import ahead, asks_ahead
from retrieval.reading.sentence_answers import read_sentence, reading_context
from retrieval.reading.undisclosed import articles_withholding_terms
from retrieval.reading.unrealised import INTENTION_VERBS, a_change
from retrieval.registry.syntax import verb_above

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

    from retrieval.reading.asking import AskedQuestion, Part
    from retrieval.reading.evidence import ArticleEvidence, Sentence
    from retrieval.reading.spans import Candidate

# Kinds stated as an amount; a date or a name is written in too many places of a story
# (but see _sole_date_ahead).
AMOUNT_KINDS = frozenset({Kind.MONEY, Kind.PERCENT, Kind.AMOUNT, Kind.COUNT})
# Below every finding tied to the question's words: it is quoted after them.
SOLE_SCORE = 0.0


def with_sole_answers(
    question: AskedQuestion, chosen: Sequence[Finding], missing: Sequence[Part], reading: Reading
) -> tuple[list[Finding], list[Part]]:
    """The chosen findings with the missing amount parts the answering article settles,
    in the question's part order, and the parts still missing."""
    articles = {finding.article.article_id: finding.article for finding in chosen}
    if len(articles) != 1:
        return list(chosen), list(missing)  # no one article answers the rest
    article = next(iter(articles.values()))
    taken = {answer.text for finding in chosen for answer in finding.answers[:1]}
    found, still = list(chosen), []
    for part in missing:
        # a part asked of one party is not settled by another party's article
        finding = None if part.one_party else _sole(part, question, article, taken, reading)
        if finding is None:
            still.append(part)
        else:
            found.append(finding)
            taken.add(finding.answers[0].text)
    found.sort(key=lambda f: question.parts.index(f.part))
    return found, still


def _sole(
    part: Part,
    question: AskedQuestion,
    article: ArticleEvidence,
    taken: set[str],
    reading: Reading,
) -> Finding | None:
    labels = ENTITY_LABELS.get(part.kind)
    if part.kind is Kind.DATE and not part.several:
        return _sole_date_ahead(part, question, article, taken, reading)
    if part.kind not in AMOUNT_KINDS or part.several or labels is None:
        return None
    read = _untied_answers(part, question, article, reading)
    # every amount the article writes of the kind counts, checked or not: one the checks
    # reject may still be the answer, and then the one left is not
    written = {
        e.text for _, doc, _ in read for e in doc.ents if e.label_ in labels and e.text not in taken
    }
    if len(written) != 1:
        return None
    if part.kind is Kind.MONEY and articles_withholding_terms([article], reading.parse):
        return None  # "terms were not disclosed": the one sum written is another's
    for sentence, doc, answers in read:
        for answer in answers:
            span = _entity_at(doc, answer.start, answer.end)
            if answer.text not in taken and _a_figure(span) and _plainly_stated(span, part):
                return Finding(part, article, sentence, (answer,), SOLE_SCORE)
    return None


def _sole_date_ahead(
    part: Part,
    question: AskedQuestion,
    article: ArticleEvidence,
    taken: set[str],
    reading: Reading,
) -> Finding | None:
    """A part asking when something will happen, answered by the one date the article
    gives something still to come: a story dates many past things but few future ones."""
    if not asks_ahead(reading.parse([part.text])[0]):
        return None
    read = _untied_answers(part, question, article, reading)
    # every date written of what is to come counts, checked or not (as for amounts)
    written = {
        e.text for _, doc, _ in read for e in doc.ents if e.label_ == "DATE" and ahead(e)
    } - taken
    if len(written) != 1:
        return None
    for sentence, _, answers in read:
        for answer in answers:
            if answer.text in written:
                return Finding(part, article, sentence, (answer,), SOLE_SCORE)
    return None


def _untied_answers(
    part: Part, question: AskedQuestion, article: ArticleEvidence, reading: Reading
) -> list[tuple[Sentence, Doc, list[Candidate]]]:
    """Every answer of the asked kind in the article that no check rejects, however loosely
    tied to the question's words, with its sentence and its parse."""
    paid = asks_a_price_paid(part)
    sentences = [
        s for s in article.sentences if may_hold(part.kind, s.text, paid=paid, focus=part.focus)
    ]
    docs = reading.parse([s.text for s in sentences])
    context = reading_context(part, question, docs, [article], reading)
    found: list[tuple[Sentence, Doc, list[Candidate]]] = []
    for sentence, doc in zip(sentences, docs, strict=True):
        read = read_sentence(doc, sentence, part, article, context, min_tie=0.0)
        # a denying sentence holds no answer, but its amounts still count as written
        found.append((sentence, doc, read[0] if read is not None else []))
    return found


def _entity_at(doc: Doc, start: int, end: int) -> Span:
    return next((e for e in doc.ents if e.start <= start < e.end), doc[start:end])


def _plainly_stated(span: Span, part: Part) -> bool:
    """Not a change ("shares rose 12 pct"), a period's result ("had sales of four mln
    stg") or a plan ("plans to spend five mln dlrs"): a story's one such amount is no
    figure of its deal."""
    if a_change(span, part):
        return False
    heads = [span.root.head, span.root.head.head]
    if any(a_result_noun(h) for h in heads):
        return False
    verb = verb_above(span.root)
    return not any(v.lemma_.lower() in INTENTION_VERBS for v in (verb, verb.head))


def _a_figure(span: Span) -> bool:
    """A number is written, in figures or words ("three mln stg"), not only a scale word
    ("Million Dollar Baby", a film)."""
    return any(
        any(c.isdigit() for c in t.text) or (t.like_num and t.lower_ not in SCALES) for t in span
    )
