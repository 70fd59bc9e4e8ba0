"""Findings: the sentences that answer a question part, with the answers they hold.

A part asking for an entity (a stake, a price, a partner) is answered only by a sentence
holding such an entity that the question does not already name, preferring one tied by
syntax to what is asked; a sentence saying the detail was not disclosed, or giving the
asked relation to another party, does not answer. A descriptive part is answered by a
sentence close enough to it, better where its verb takes an object. A finding's score mixes
the sentence's relevance with its best answer's tie.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.nlp.wordnet import kinds_of
from retrieval.reading.amounts import names_traded, trades_a_part, trades_another
from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.cheap_look import may_hold
from retrieval.reading.described_parties import (
    Described,
    acting_for,
    described_in,
    described_owners,
)
from retrieval.reading.descriptions import descriptions as described_sentences
from retrieval.reading.evidence import ArticleEvidence, Sentence
from retrieval.reading.found import (
    MIN_RESTATING_RELEVANCE,
    PARSED_PER_PART,
    Finding,
    Reading,
    Scored,
)
from retrieval.reading.kin import (
    kin_as_persons,
    kin_by_derivation,
    kin_by_modifiers,
    kin_nouns,
    nouns_of,
)
from retrieval.reading.kinds import NAME_ANSWERS, Kind
from retrieval.reading.negation import denies
from retrieval.reading.of_nationality import of_nationality
from retrieval.reading.payments import (
    PAYMENT_KINDS,
    a_things_price,
    asks_a_payment,
    asks_a_price_paid,
    speaks_of_payment,
)
from retrieval.reading.qualifiers import qualifies_another
from retrieval.reading.relations import contradicting
from retrieval.reading.spans import Candidate, candidates
from retrieval.reading.undisclosed import articles_withholding_terms
from retrieval.reading.units import SUBSIDIARY_NOUNS
from retrieval.reading.unnamed import names_another
from retrieval.reading.unnamed_findings import with_unparsed, without_unnamed
from retrieval.reading.written import as_written

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# A typed answer needs its sentence to be at least this relevant...
MIN_TYPED_RELEVANCE = 0.15
# ...or, for a part asking every party's share, less.
MIN_SEVERAL_RELEVANCE = 0.1
TIE_WEIGHT = 0.6
# Two edges from a word asked about ("will pay 93 mln dlrs for ..."): tied within its clause.
CLAUSE_TIE = 1 / 1.5
# An entity this loosely tied to what is asked (several clauses away) is not its answer.
MIN_TIE = 0.15
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
) -> list[Finding]:
    """Answers of the asked kind in the part's best sentences, and in the sentences that
    best answer its sibling parts (the parts of one question are about one thing)."""
    if part.kind in UNTYPED:
        return described_sentences(part, ranked[:PARSED_PER_PART], reading)
    # a part asking every party's share is answered by a sentence listing them, which need
    # not repeat the question's words ("A will own 80 pct, B 14 pct and C six pct")
    least = MIN_SEVERAL_RELEVANCE if part.several else MIN_TYPED_RELEVANCE
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
    top = top[:parsed] + [i for i in top[parsed:] if i[1] in shared]
    docs = reading.parse([sentence.text for _, sentence, _ in top])
    traded = names_traded(question) if part.kind in PAYMENT_KINDS else ()
    articles = [article for _, _, article in top]
    context = _Context(
        question, traded, _kin(part, docs, reading), described_in(part, question, articles, reading)
    )
    found = []
    for (score, sentence, article), doc in zip(top, docs, strict=True):
        units = article.names.units_of(question.names)
        if denies(doc, part) or qualifies_another(doc, part.qualified):
            continue  # "has not disclosed the price": the article says it does not say
        # "Interpart paid ...": the same deal, another party -- in the clause saying so
        acting = _acting_for(article, question.names, units, context.described)
        against = contradicting(doc, part, acting)
        answers = [a for a in _answers(doc, part, article, context, units) if not _in(a, against)]
        answers = as_written(answers, doc, sentence.text)
        if against and not answers:
            continue
        if answers:
            total = (1 - TIE_WEIGHT) * score + TIE_WEIGHT * answers[0].tie
            total += NAMED_HERE_WEIGHT * _names_here(part, sentence)
            if part.several and len({a.text for a in answers}) > 1:
                total += SEVERAL_BONUS  # "A will own 80 pct, B 14 pct and C six pct"
            found.append(Finding(part, article, sentence, tuple(answers), total))
        elif (
            part.kind in NAMED_KINDS
            and score >= MIN_RESTATING_RELEVANCE
            and names_another(doc, question.names)
        ):
            # A sentence that restates nearly all of the question answers a "whose"/"which"
            # question even when no name in it has the asked kind ("the Shanghai police");
            # one naming only what the question names leaves the asked party out.
            found.append(Finding(part, article, sentence, (), (1 - TIE_WEIGHT) * score))
    seen, seen_docs = with_unparsed(part, ranked, least, (top, docs), reading)
    found = without_unnamed(part, question, seen, seen_docs, found, reading=reading)
    if paid and found:
        found = _without_undisclosed(found, reading)
    return sorted(of_nationality(part, found), key=lambda f: -f.score)


def untied_answers(
    part: Part, question: AskedQuestion, article: ArticleEvidence, reading: Reading
) -> list[tuple[Sentence, Doc, list[Candidate]]]:
    """Every answer of the asked kind in the article that no check rejects, however loosely
    tied to the question's words, with its sentence and its parse (see `sole_answers`)."""
    paid = asks_a_price_paid(part)
    sentences = [
        s for s in article.sentences if may_hold(part.kind, s.text, paid=paid, focus=part.focus)
    ]
    docs = reading.parse([s.text for s in sentences])
    traded = names_traded(question) if part.kind in PAYMENT_KINDS else ()
    context = _Context(
        question,
        traded,
        _kin(part, docs, reading),
        described_in(part, question, [article], reading),
    )
    units = article.names.units_of(question.names)
    acting = _acting_for(article, question.names, units, context.described)
    found: list[tuple[Sentence, Doc, list[Candidate]]] = []
    for sentence, doc in zip(sentences, docs, strict=True):
        if denies(doc, part) or qualifies_another(doc, part.qualified):
            found.append((sentence, doc, []))  # its amounts still count as written
            continue
        against = contradicting(doc, part, acting)
        answers = _answers(doc, part, article, context, units, min_tie=0.0)
        kept = [a for a in answers if not _in(a, against)]
        found.append((sentence, doc, as_written(kept, doc, sentence.text)))
    return found


def _acting_for(
    article: ArticleEvidence,
    names: tuple[str, ...],
    units: Mapping[str, tuple[str, ...]],
    described: Mapping[str, Described],
) -> dict[str, tuple[str, ...]]:
    """Who acts for each asked name: its units, the full name the article gives for a
    short form asked ("PricewaterhouseCoopers (PwC)" for "PwC"), and the firm a
    description holding the name describes ("Finland's miner": Outokumpu Oy)."""
    here = described.get(article.article_id, ())
    return {
        name: (
            *units.get(name, ()),
            *article.names.written_out((name,)),
            *acting_for(name, here),
        )
        for name in names
    }


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


def _in(answer: Candidate, clauses: list[Token]) -> bool:
    """The answer lies in what one of the words says (a verb's clause, a noun's phrase)."""
    return any(c.left_edge.i <= answer.start and answer.end - 1 <= c.right_edge.i for c in clauses)


@dataclass(frozen=True)
class _Context:
    """What every sentence of a part is read against."""

    question: AskedQuestion
    traded: tuple[str, ...]  # the firms the question gives as bought, sold or held
    kin: frozenset[str]  # nouns near the counted one
    # article id -> the firms it names that the question describes ("Finland's miner")
    described: Mapping[str, Described]


def _answers(
    doc: Doc,
    part: Part,
    article: ArticleEvidence,
    context: _Context,
    units: Mapping[str, tuple[str, ...]],
    *,
    min_tie: float = MIN_TIE,
) -> list[Candidate]:
    """The sentence's candidates tied closely enough, none the price of another firm.
    `units`: the article's units of the asked firms."""
    question = context.question
    # a unit the article says an asked firm owns acts for it ("CSX Corp's Sea-Land unit"),
    # unless a unit is what is asked ("which Vardeau unit agreed to buy ...")
    asks_a_unit = part.focus in SUBSIDIARY_NOUNS and part.kind in NAME_ANSWERS
    names = (*question.names, *(() if asks_a_unit else (u for us in units.values() for u in us)))
    if part.kind is not Kind.NAME:
        # the full name of a short form asked ("Sociedad Iberica de Molturacion, S.A.
        # (Simsa)") is the asked firm, not an answer about it -- unless a name is asked
        names += article.names.written_out(question.names)
    owners = [n for n in names if n not in question.places + question.circumstantial]
    answers = candidates(
        doc,
        part,
        asked_names=names,
        question=question.text,
        expansions=article.expansions,
        kin=context.kin,
        owners=[
            *owners,
            *described_owners(question.names, context.described.get(article.article_id, ())),
        ],
    )
    answers = [a for a in answers if a.tie >= min_tie]
    if answers and asks_a_payment(part):
        if not speaks_of_payment(doc, part, article.expansions):
            return []
        answers = [a for a in answers if not a_things_price(doc[a.start : a.end])]
    if context.traded:  # "sell Vetra Oy for 100,000 dlrs" is no price of the asked firm
        answers = [
            a
            for a in answers
            if not trades_another(doc[a.start : a.end], names)
            and not trades_a_part(doc[a.start : a.end], names, question.text)
        ]
    return answers


def _kin(part: Part, docs: list[Doc], reading: Reading) -> frozenset[str]:
    """For a count ("how many aircraft") or a thing picked out ("which anxiety medicine"),
    the sentences' nouns near the asked one."""
    if part.kind not in (Kind.COUNT, Kind.ENTITY) or not part.focus:
        return frozenset()
    nouns = nouns_of(docs)
    if part.kind is Kind.ENTITY:
        return kin_nouns(part.focus, nouns, reading.embedder)  # "drug" for "medicine"
    kinds = nouns & kinds_of(part.focus)  # "subscribers" for "how many customers"
    kinds |= kin_by_derivation(part.focus, part.predicate, nouns)
    kinds |= kin_as_persons(part.focus, nouns)  # "members" for "how many people"
    return (
        kin_nouns(part.focus, nouns, reading.embedder) | kin_by_modifiers(part.terms, docs) | kinds
    )


def _names_here(part: Part, sentence: Sentence) -> float:
    """Share of the part's names written out in full in the sentence itself ("Renault
    Group", not "Renault Samsung")."""
    if not part.names:
        return 0.0
    lowered = sentence.text.lower()
    return sum(name.lower() in lowered for name in part.names) / len(part.names)


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
