"""The answers one parsed sentence holds for a question part.

A sentence answers a part with the candidates of the asked kind it holds (spans), tied
closely enough to what is asked, none the price of another firm, and none in a clause
giving the asked relation to another party ("Interpart paid ...": the same deal, another
party); a sentence saying the detail is not given holds none. What every sentence of a part
is read against (the firms traded, nouns near the counted one, the firms the question
describes) is gathered once per part.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from retrieval.nlp.wordnet import kinds_of
from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.coordinated import with_coordinated
from retrieval.reading.described_parties import (
    Described,
    acting_for,
    described_in,
    described_owners,
)
from retrieval.reading.evidence import ArticleEvidence, Sentence
from retrieval.reading.found import Reading
from retrieval.reading.kin import (
    kin_as_persons,
    kin_by_derivation,
    kin_by_modifiers,
    kin_nouns,
    nouns_of,
)
from retrieval.reading.kinds import NAME_ANSWERS, RESULT_NOUNS, Kind, focus_kind
from retrieval.reading.measured_ties import measured_kin, measures_the_asked
from retrieval.reading.name_spellings import brief
from retrieval.reading.negation import denies
from retrieval.reading.payments import (
    PAYMENT_KINDS,
    a_things_price,
    asks_a_payment,
    speaks_of_payment,
)
from retrieval.reading.qualifiers import qualifies_another
from retrieval.reading.relations import contradicting
from retrieval.reading.spans import Candidate, candidates
from retrieval.reading.traded import names_traded, trades_a_part, trades_another
from retrieval.reading.units import SUBSIDIARY_NOUNS
from retrieval.reading.written import as_written

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# An entity this loosely tied to what is asked (several clauses away) is not its answer.
MIN_TIE = 0.15


@dataclass(frozen=True)
class SentenceContext:
    """What every sentence of a part is read against."""

    question: AskedQuestion
    traded: tuple[str, ...]  # the firms the question gives as bought, sold or held
    kin: frozenset[str]  # nouns near the counted one
    # article id -> the firms it names that the question describes ("Finland's miner")
    described: Mapping[str, Described]
    # measured noun -> the sentences' nouns near it (measured_ties)
    measured_kin: Mapping[str, frozenset[str]] = field(default_factory=dict)


def reading_context(
    part: Part,
    question: AskedQuestion,
    docs: list[Doc],
    articles: list[ArticleEvidence],
    reading: Reading,
) -> SentenceContext:
    """What the part's sentences (`docs`, from `articles`) are read against."""
    traded = names_traded(question) if part.kind in PAYMENT_KINDS else ()
    kin = _kin(part, docs, reading)
    described = described_in(part, question, articles, reading)
    measured = (
        measured_kin(part.measured, _noun_words(docs), reading.embedder) if part.measured else {}
    )
    return SentenceContext(question, traded, kin, described, measured)


def read_sentence(
    doc: Doc,
    sentence: Sentence,
    part: Part,
    article: ArticleEvidence,
    context: SentenceContext,
    *,
    min_tie: float = MIN_TIE,
) -> tuple[list[Candidate], bool] | None:
    """The sentence's answers to the part, as the article writes them, and whether a
    clause of it gives the asked relation to another party; None for a sentence saying
    the detail is not given ("has not disclosed the price"), or saying it of another."""
    if denies(doc, part) or qualifies_another(doc, part.qualified):
        return None
    question = context.question
    units = article.names.units_of(question.names)
    acting = _acting_for(article, question.names, units, context.described)
    against = contradicting(doc, part, acting)
    answers = _answers(doc, part, article, context, units, min_tie=min_tie)
    kept = [a for a in answers if not _in(a, against)]
    return with_coordinated(as_written(kept, doc, sentence.text), doc, part), bool(against)


def _answers(
    doc: Doc,
    part: Part,
    article: ArticleEvidence,
    context: SentenceContext,
    units: Mapping[str, tuple[str, ...]],
    *,
    min_tie: float = MIN_TIE,
) -> list[Candidate]:
    """The sentence's candidates tied closely enough, none the price of another firm.
    `units`: the article's units of the asked firms."""
    question = context.question
    names = _asked_names(part, question, article, units)
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
        written_out=article.names.written_out(tuple(n for n in part.names if brief(n))),
    )
    answers = _of_the_asked(doc, [a for a in answers if a.tie >= min_tie], part, context)
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


def _asked_names(
    part: Part,
    question: AskedQuestion,
    article: ArticleEvidence,
    units: Mapping[str, tuple[str, ...]],
) -> tuple[str, ...]:
    """The names the sentence's candidates are read as about: the asked firms, their units
    and their names written out."""
    # a unit the article says an asked firm owns acts for it ("CSX Corp's Sea-Land unit"),
    # unless a unit is what is asked ("which Vardeau unit agreed to buy ...")
    asks_a_unit = part.focus in SUBSIDIARY_NOUNS and part.kind in NAME_ANSWERS
    names = (*question.names, *(() if asks_a_unit else (u for us in units.values() for u in us)))
    if part.kind is not Kind.NAME:
        # the full name of a short form asked ("Sociedad Iberica de Molturacion, S.A.
        # (Simsa)") is the asked firm, not an answer about it -- unless a name is asked
        names += article.names.written_out(question.names)
    return names


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


def _in(answer: Candidate, clauses: list[Token]) -> bool:
    """The answer lies in what one of the words says (a verb's clause, a noun's phrase)."""
    return any(c.left_edge.i <= answer.start and answer.end - 1 <= c.right_edge.i for c in clauses)


def _kin(part: Part, docs: list[Doc], reading: Reading) -> frozenset[str]:
    """For a count ("how many aircraft") or a thing picked out ("which anxiety medicine"),
    the sentences' nouns near the asked one."""
    if part.kind is Kind.MONEY and part.focus:
        return _kinds_of_a_sum(part.focus, nouns_of(docs))
    if part.kind not in (Kind.COUNT, Kind.ENTITY) or not part.focus:
        return frozenset()
    nouns = nouns_of(docs)
    if part.kind is Kind.ENTITY:
        return kin_nouns(part.focus, nouns, reading.embedder)  # "drug" for "medicine"
    kinds = nouns & kinds_of(part.focus)  # "subscribers" for "how many customers"
    kinds |= kin_by_derivation(part.focus, part.predicate, nouns)
    kinds |= kin_as_persons(part.focus, nouns, part.text)  # "members" for "how many people"
    return (
        kin_nouns(part.focus, nouns, reading.embedder) | kin_by_modifiers(part.terms, docs) | kinds
    )


def _of_the_asked(
    doc: Doc, answers: list[Candidate], part: Part, context: SentenceContext
) -> list[Candidate]:
    """The candidates measuring what the part says its amount measures (measured_ties)."""
    return [
        a
        for a in answers
        if measures_the_asked(doc[a.start : a.end], part.measured, context.measured_kin)
    ]


def _noun_words(docs: list[Doc]) -> set[str]:
    """The sentences' common nouns, as lemmas and as written ("stock", "shares")."""
    nouns = [token for doc in docs for token in doc if token.pos_ == "NOUN"]
    return {t.lemma_.lower() for t in nouns} | {t.lower_ for t in nouns}


def _kinds_of_a_sum(focus: str, nouns: set[str]) -> frozenset[str]:
    """ "A tax of one dollar" answers "what levy": a kind of the asked sum is one of it
    (WordNet). Only for a sum no class lists (a class's nouns anchor already: "cost" for
    "price"), and never a period's result, results being sums apart ("sales" is a kind of
    "income", and no answer to "what income")."""
    if focus_kind(focus) is not None or focus.lower() in RESULT_NOUNS:
        return frozenset()
    return frozenset(n for n in nouns & kinds_of(focus) if n not in RESULT_NOUNS)
