"""Findings: the sentences that answer a question part, with the answers they hold.

A part asking for an entity (a stake, a price, a partner) is answered only by a sentence
holding such an entity that the question does not already name, preferring one tied by
syntax to what is asked; a sentence saying the detail was not disclosed, or giving the
asked relation to another party, does not answer. A descriptive part is answered by a
sentence close enough to it, better where its verb takes an object. A finding's score mixes
the sentence's relevance with its best answer's tie. What one sentence holds for a part is
`sentence_answers`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.anchors import FOCUS_WEIGHT
from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.cheap_look import may_hold
from retrieval.reading.descriptions import descriptions as described_sentences
from retrieval.reading.evidence import ArticleEvidence, Sentence
from retrieval.reading.found import (
    MIN_RESTATING_RELEVANCE,
    PARSED_PER_PART,
    Finding,
    Reading,
    Scored,
)
from retrieval.reading.kinds import AMOUNT_ANSWERS, NAME_ANSWERS, PARTY_ANSWERS, Kind
from retrieval.reading.name_spellings import brief
from retrieval.reading.of_nationality import of_nationality
from retrieval.reading.payments import asks_a_price_paid
from retrieval.reading.prospective import asks_ahead, behind
from retrieval.reading.realis import as_happened, asks_what_happened
from retrieval.reading.results_tables import table_findings
from retrieval.reading.sentence_answers import read_sentence, reading_context
from retrieval.reading.told_ahead import asked_stems, happened_descriptions
from retrieval.reading.undisclosed import TERMS_NOUNS, articles_withholding_terms
from retrieval.reading.unnamed import names_another
from retrieval.reading.unnamed_findings import with_unparsed, without_unnamed
from retrieval.reading.unsaid_figures import articles_leaving_unsaid
from retrieval.reading.withheld_figures import articles_withholding_figure
from retrieval.reading.withheld_roles import without_withheld_roles
from retrieval.reading.withheld_things import articles_withholding

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from retrieval.reading.sentence_answers import SentenceContext

# A typed answer needs its sentence to be at least this relevant...
MIN_TYPED_RELEVANCE = 0.15
# ...or, for a part asking every party's share, less.
MIN_SEVERAL_RELEVANCE = 0.1
TIE_WEIGHT = 0.6
# Two edges from the asked verb or one of its class ("will pay 93 mln dlrs for ...", "was
# sold to Revlon for 2.5 mln dlrs" for what Revlon paid): tied within its clause.
CLAUSE_TIE = FOCUS_WEIGHT / 1.5
# A sentence that names what the part asks about itself beats one that leaves it implicit.
NAMED_HERE_WEIGHT = 0.2
UNTYPED = frozenset({Kind.THING})
# Kinds answered by a name, which the NER can miss (see found.MIN_RESTATING_RELEVANCE).
NAMED_KINDS = NAME_ANSWERS - {Kind.PLACE}
# A sentence giving several amounts, for a part asking one for each party.
SEVERAL_BONUS = 0.15


def find_answers(
    part: Part,
    question: AskedQuestion,
    ranked: list[Scored],
    shared: set[Sentence],
    reading: Reading,
    *,
    siblings: frozenset[Sentence] = frozenset(),
) -> list[Finding]:
    """Answers of the asked kind in the part's best sentences, and in the sentences that
    best answer its sibling parts (the parts of one question are about one thing).
    `siblings`: the sentences answering the other parts best, not this one."""
    if part.kind in UNTYPED:
        return _untyped_findings(part, question, ranked, reading, siblings)
    # a part asking every party's share is answered by a sentence listing them, which need
    # not repeat the question's words ("A will own 80 pct, B 14 pct and C six pct")
    least = MIN_SEVERAL_RELEVANCE if part.several else MIN_TYPED_RELEVANCE
    top = _worth_parsing(part, ranked, shared, least)
    docs = reading.parse([sentence.text for _, sentence, _ in top])
    context = reading_context(part, question, docs, [a for _, _, a in top], reading)
    part_doc = reading.parse([part.text])[0]
    ahead_asked = part.kind is Kind.DATE and asks_ahead(part_doc)
    # a purpose is what was meant to come about: "why" is answered by one
    happened = part.kind is not Kind.REASON and asks_what_happened(part_doc)
    found = []
    for item, doc in zip(top, docs, strict=True):
        finding = _finding(item, doc, part, question, context, ahead=ahead_asked, happened=happened)
        if finding is not None:
            found.append(finding)
    found += table_findings(part, question, ranked, reading.parse)
    seen, seen_docs = with_unparsed(part, ranked, least, (top, docs), reading)
    found = without_unnamed(part, question, seen, seen_docs, found, reading=reading)
    if part.kind in PARTY_ANSWERS and found:  # "the name of the buyer was not disclosed"
        found = without_withheld_roles(part, found, reading.parse)
    if asks_a_price_paid(part) and found:
        found = _without_undisclosed(found, reading)
    if part.kind in AMOUNT_ANSWERS and found:
        found = _without_unsaid(part, found, reading)
    return sorted(of_nationality(part, found), key=lambda f: -f.score)


def _untyped_findings(
    part: Part,
    question: AskedQuestion,
    ranked: list[Scored],
    reading: Reading,
    siblings: frozenset[Sentence],
) -> list[Finding]:
    """A part asking no typed value is answered by the sentences that describe it."""
    # a sibling part's best sentences, however far down the part's own ranking
    top = ranked[:PARSED_PER_PART] + [i for i in ranked[PARSED_PER_PART:] if i[1] in siblings]
    described = described_sentences(part, top, reading, question.text, siblings=siblings)
    # "what did it net in the quarter": a results table's line answers
    tabled = table_findings(part, question, ranked, reading.parse)
    described = _without_withheld_things(part, described, reading)
    described = happened_descriptions(part, described, reading.parse)
    return sorted(_without_withheld_terms(part, described, reading) + tabled, key=_score)


def _worth_parsing(
    part: Part, ranked: list[Scored], shared: set[Sentence], least: float
) -> list[Scored]:
    """The ranked sentences relevant enough that may hold the asked kind, the first few
    (and any another part shares)."""
    paid = asks_a_price_paid(part)  # perhaps in shares
    top = [
        item
        for item in ranked
        if (item[0] >= least or item[1] in shared)
        and may_hold(part.kind, item[1].text, paid=paid, focus=part.focus)
    ]
    # amounts for each of several parties often come late, in one sentence of their own;
    # a reason often comes after the sentences restating what it explains
    parsed = PARSED_PER_PART * (2 if part.several or part.kind is Kind.REASON else 1)
    chosen = top[:parsed] + [i for i in top[parsed:] if i[1] in shared]
    # a sentence another article prints word for word (a story run twice) states the same
    # answer: read its copies too, to cite them beside it (their parse is the same)
    texts = {sentence.text for _, sentence, _ in chosen}
    return chosen + [i for i in top[parsed:] if i[1] not in shared and i[1].text in texts]


def _finding(
    item: Scored,
    doc: Doc,
    part: Part,
    question: AskedQuestion,
    context: SentenceContext,
    *,
    ahead: bool,
    happened: bool,
) -> Finding | None:
    """What one parsed sentence answers, scored by relevance and the first answer's tie."""
    score, sentence, article = item
    read = read_sentence(doc, sentence, part, article, context)
    if read is None:
        return None  # "has not disclosed the price": the article says it does not say
    answers, against = read
    if ahead:  # "when is it expected to close": not when something happened
        answers = [a for a in answers if not behind(doc[a.start : a.end])]
    # "what sentences did they get": not what is still to come
    kept = as_happened(doc, answers, asked_stems(part)) if happened else answers
    if kept is None or (against and not kept):
        return None
    answers = kept
    if answers:
        total = (1 - TIE_WEIGHT) * score + TIE_WEIGHT * answers[0].tie
        total += NAMED_HERE_WEIGHT * _names_here(part, sentence, article)
        if part.several and len({a.text for a in answers}) > 1:
            total += SEVERAL_BONUS  # "A will own 80 pct, B 14 pct and C six pct"
        return Finding(part, article, sentence, tuple(answers), total)
    if (
        part.kind in NAMED_KINDS
        and score >= MIN_RESTATING_RELEVANCE
        and names_another(doc, question.names)
    ):
        # A sentence that restates nearly all of the question answers a "whose"/"which"
        # question even when no name in it has the asked kind ("the Shanghai police");
        # one naming only what the question names leaves the asked party out.
        return Finding(part, article, sentence, (), (1 - TIE_WEIGHT) * score)
    return None


def _score(finding: Finding) -> float:
    return -finding.score


def _without_withheld_terms(part: Part, found: list[Finding], reading: Reading) -> list[Finding]:
    """ "What are the terms of the settlement": an article saying they were not disclosed
    describes the deal but states no terms; its other sentences do not either."""
    if part.focus not in TERMS_NOUNS or not found:
        return found
    articles = list({f.article.article_id: f.article for f in found}.values())
    # whatever the question names the terms of is meant ("the terms of the settlement")
    words = {word.strip(".,;:?!'\"") for word in part.text.lower().split()}
    asked = frozenset(words | {word.removesuffix("s") for word in words})
    withholding = articles_withholding_terms(articles, reading.parse, asked)
    return [f for f in found if f.article.article_id not in withholding]


def _without_withheld_things(part: Part, found: list[Finding], reading: Reading) -> list[Finding]:
    """ "Which drugs will the partnership fund": an article saying which ones it does not
    give ("the products covered by the partnership were not disclosed") names none of them."""
    if not part.focus or not found:
        return found
    withholding = articles_withholding(part.focus, found, reading.parse)
    return [f for f in found if f.article.article_id not in withholding]


def _without_undisclosed(found: list[Finding], reading: Reading) -> list[Finding]:
    """An article saying its deal's terms were not disclosed gives no price for it (or
    not yet: "signed a letter of intent for an undisclosed sum" may precede "will pay 93
    mln dlrs"): only an amount tied to the asked payment within its clause is one."""
    articles = list({f.article.article_id: f.article for f in found}.values())
    withholding = articles_withholding_terms(articles, reading.parse)
    return [
        f
        for f in found
        if f.article.article_id not in withholding or (f.answers and f.answers[0].tie >= CLAUSE_TIE)
    ]


def _without_unsaid(part: Part, found: list[Finding], reading: Reading) -> list[Finding]:
    """An article saying the asked figure is not told ("declined to say how much it paid")
    gives another figure elsewhere ("the mill, worth about 40 mln dlrs"): only an amount
    tied to what is asked within its clause is the one asked (a count of the asked noun is
    always tied so, whatever its verb)."""
    unsaid = articles_leaving_unsaid(part, found, reading.parse)
    # "the value of the offering was undisclosed": the asked figure named and withheld
    unsaid |= articles_withholding_figure(part, found, reading.parse)
    return [
        f
        for f in found
        if f.article.article_id not in unsaid or (f.answers and f.answers[0].tie >= CLAUSE_TIE)
    ]


def _names_here(part: Part, sentence: Sentence, article: ArticleEvidence) -> float:
    """Share of the part's names written out in full in the sentence itself ("Renault
    Group", not "Renault Samsung"), or as the article writes out an asked short form
    ("Japan Airlines" for "JAL": retrieval.reading.matching)."""
    if not part.names:
        return 0.0
    lowered = sentence.text.lower()
    return sum(
        any(form.lower() in lowered for form in (name, *_written_in_full(name, article)))
        for name in part.names
    ) / len(part.names)


def _written_in_full(name: str, article: ArticleEvidence) -> tuple[str, ...]:
    """What the article writes for an asked short form ("JAL", "P&G"): the full name it
    defines for it, or the name of its own the short form abbreviates. A longer name is
    its own ("General Motors of Canada" is not the "General Motors Corp <GM>" it
    contains)."""
    return article.names.written_out((name,)) if brief(name) else ()


# Other articles stating an answer are cited beside it, this many at most.
MAX_CORROBORATIONS = 2


def corroborations(finding: Finding, findings: list[Finding]) -> tuple[Finding, ...]:
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
