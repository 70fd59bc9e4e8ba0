"""Results tables: a wire report of a firm's results is a table, one line per measure.

    GENERAL NUTRITION INC <GNC> 4TH QTR NET
    Shr profit eight cts vs loss 38 cts
    Net profit 2,466,000, vs loss 12,691,000
    Revs 111.1 mln vs 106.8 mln
    12 mths
    Revs 342.6 mln vs 370.4 mln

Each line gives the measure (in the format's abbreviations: "Shr", "Revs"), the period's
figure and, after "vs", the year-earlier one. The headline names the first block's period
and a short line ("12 mths", "Nine mths") opens each later block. Parsing such a line finds
no tie between "revenues" and "111.1 mln", so a part asking a firm's revenue, net income or
per-share earnings is answered here from the line of the asked measure in the block of the
asked period, the figure before "vs".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from retrieval.reading.kinds import Kind
from retrieval.reading.spans import Candidate

if TYPE_CHECKING:
    from retrieval.reading.asking import AskedQuestion, Part
    from retrieval.reading.evidence import ArticleEvidence, Sentence
    from retrieval.reading.found import Finding, Parse, Scored

# The measures the format abbreviates, by the nouns a question asks them with.
REVENUE, NET, PER_SHARE = "revenue", "net", "per share"
MEASURE_OF_FOCUS = {
    "revenue": REVENUE,
    "sale": REVENUE,
    "turnover": REVENUE,
    "profit": NET,
    "income": NET,
    "earnings": NET,
    "earning": NET,
    "loss": NET,
    "net": NET,
}
MEASURE_OF_VERB = {"earn": NET, "net": NET, "lose": NET}
# A line's measure by its label, the words before the figure.
MEASURE_OF_LABEL = {
    "revs": REVENUE,
    "revenues": REVENUE,
    "revenue": REVENUE,
    "sales": REVENUE,
    "net sales": REVENUE,
    "total revs": REVENUE,
    "total revenues": REVENUE,
    "turnover": REVENUE,
    "net": NET,
    "net profit": NET,
    "net loss": NET,
    "net income": NET,
    "net earnings": NET,
    "shr": PER_SHARE,
    "shr profit": PER_SHARE,
    "shr loss": PER_SHARE,
}
QUARTER, HALF, NINE_MONTHS, YEAR = "quarter", "half", "nine months", "year"
# Periods as headlines, block openers and questions write them; the first match counts.
PERIODS = (
    (QUARTER, re.compile(r"\b(qtr|quarter|quarterly)\b", re.I)),
    (HALF, re.compile(r"\b(half|(six|6)[- ](mths|months?))\b", re.I)),
    (NINE_MONTHS, re.compile(r"\b(nine|9)[- ](mths|months?)\b", re.I)),
    (YEAR, re.compile(r"\b(year|yr|annual|(12|twelve)[- ](mths|months?))\b", re.I)),
)
FIGURE = r"(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten)"
UNIT = r"(?:\s+(?:mln|billion|bln|dlrs?|cts|stg|yen|marks|francs))"
# "Net profit 2,466,000, vs loss 12,691,000": label, figure, "vs".
LINE = re.compile(
    rf"^\s*(?P<label>[A-Za-z][A-Za-z ]*?)\s+(?:(?:profit|loss)\s+)?(?P<figure>{FIGURE}{UNIT}*)"
    r"\s*,?\s+vs\b"
)
PER_SHARE_WORDS = re.compile(r"\b(per|a) share\b|\bshr\b", re.I)
MEASURED_KINDS = frozenset({Kind.MONEY, Kind.AMOUNT})
# "what did it net in the quarter" is parsed as asking a description; the verb says money
UNTYPED_KINDS = frozenset({Kind.THING})
MAX_BLOCK_HEADING_WORDS = 3
# A figure from the block of the asked period is the answer; with no period asked, the
# headline's block is the report's subject, but less surely what was meant.
MATCHED_TIE, FIRST_BLOCK_TIE = 1.0, 0.8
RELEVANCE_WEIGHT = 0.4


def asked_measure(part: Part) -> str | None:
    """The measure a part asks for, if a results table holds it."""
    if "operating" in part.text.lower():
        return None  # operating results are lines of their own ("Oper net")
    by_verb = MEASURE_OF_VERB.get(part.predicate or "")
    if part.kind in MEASURED_KINDS:
        measure = MEASURE_OF_FOCUS.get(part.focus or "") or by_verb
    elif part.kind in UNTYPED_KINDS and part.focus is None:
        measure = by_verb
    else:
        return None
    if measure == NET and PER_SHARE_WORDS.search(part.text):
        return PER_SHARE
    return measure


def period_of(text: str) -> str | None:
    return next((period for period, written in PERIODS if written.search(text)), None)


def table_findings(
    part: Part, question: AskedQuestion, ranked: list[Scored], parse: Parse
) -> list[Finding]:
    """The asked measure's figure for the asked period from each results table among the
    ranked articles that names an asked firm."""
    from retrieval.reading.found import Finding  # noqa: PLC0415 - found imports spans

    measure = asked_measure(part)
    if measure is None:
        return []
    asked_period = period_of(part.text) or period_of(question.text)
    relevance: dict[str, float] = {}
    articles: dict[str, ArticleEvidence] = {}
    for score, _, article in ranked:
        relevance.setdefault(article.article_id, score)
        articles.setdefault(article.article_id, article)
    rows = []
    for article_id, article in articles.items():
        if any(article.names.mentions(name) for name in question.names):
            for sentence, figure, tie in _figures(article, measure, asked_period):
                rows.append((sentence, figure, tie, article, relevance[article_id]))
    docs = parse([sentence.text for sentence, *_ in rows])
    found = []
    for (sentence, figure, tie, article, score), doc in zip(rows, docs, strict=True):
        span = doc.char_span(*figure.span("figure"), alignment_mode="expand")
        if span is not None:
            answer = Candidate(span.text, span.start, span.end, tie)
            total = RELEVANCE_WEIGHT * score + (1 - RELEVANCE_WEIGHT) * tie
            found.append(Finding(part, article, sentence, (answer,), total))
    return found


def _figures(
    article: ArticleEvidence, measure: str, asked: str | None
) -> Iterator[tuple[Sentence, re.Match[str], float]]:
    """(line, its figure, tie) for each line of the measure in a block of the period."""
    first = period_of(article.chunk.title)
    for sentence, period in _blocks(article, first):
        line = LINE.match(sentence.text)
        if line is None or MEASURE_OF_LABEL.get(line["label"].lower()) != measure:
            continue
        if asked is not None and period == asked:
            yield sentence, line, MATCHED_TIE
        elif asked is None and period == first:
            yield sentence, line, FIRST_BLOCK_TIE


def _blocks(article: ArticleEvidence, first: str | None) -> Iterator[tuple[Sentence, str | None]]:
    """Each sentence with the period of the block it is in."""
    opening: dict[int, list[str]] = {}
    for position, line in article.short_lines:
        opening.setdefault(position, []).append(line)
    period = first
    for sentence in article.sentences:
        for line in opening.get(sentence.position, ()):
            period = period_of(line) or period
        yield sentence, period
