"""Parties an article leaves unnamed: a sentence restating the question that names no one
for the asked party ("sold to a British hotels group") says the news gives no name, and
another of its sentences answers only if it speaks of the asked noun again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.found import (
    MIN_RESTATING_RELEVANCE,
    PARSED_PER_PART,
    Finding,
    Reading,
    Scored,
)
from retrieval.reading.kin import kin_nouns, nouns_of
from retrieval.reading.kinds import PARTY_ANSWERS
from retrieval.reading.unnamed import names_the_focus, restates_unnamed, withholds_name

# The tie of an answer filling the asked role of the asked word (spans.candidates).
ASKED_SLOT_TIE = 1.0

if TYPE_CHECKING:
    from spacy.tokens import Doc


def with_unparsed(
    part: Part,
    ranked: list[Scored],
    least: float,
    parsed: tuple[list[Scored], list[Doc]],
    reading: Reading,
) -> tuple[list[Scored], list[Doc]]:
    """The parsed sentences and, for a party asked, the best ones left unparsed for
    naming no one ("the patent was acquired from an unnamed company"): they may say the
    party is left unnamed."""
    top, docs = parsed
    if part.kind not in PARTY_ANSWERS or not part.focus:
        return top, docs
    seen = {sentence for _, sentence, _ in top}
    rest = [item for item in ranked[:PARSED_PER_PART] if item[0] >= least and item[1] not in seen]
    return top + rest, docs + reading.parse([sentence.text for _, sentence, _ in rest])


def without_unnamed(
    part: Part,
    question: AskedQuestion,
    top: list[Scored],
    docs: list[Doc],
    found: list[Finding],
    *,
    reading: Reading,
) -> list[Finding]:
    """An article whose sentence restating the question leaves the asked party unnamed
    ("sold to a British hotels group") does not name it there: another of its sentences
    answers only if it speaks of the asked noun again ("The group, X, ..."). The asked
    noun may come in another word of its meaning ("an unnamed Norwegian firm")."""
    parsed = {sentence: doc for (_, sentence, _), doc in zip(top, docs, strict=True)}
    answered = {f.sentence for f in found if f.answers}
    kin: frozenset[str] = frozenset()
    if part.focus and part.kind in PARTY_ANSWERS:  # only a party may be left unnamed
        kin = kin_nouns(part.focus, nouns_of(docs), reading.embedder)
    restating = {
        sentence: article.article_id
        for score, sentence, article in top
        if restates_unnamed(
            parsed[sentence],
            part,
            question.names,
            kin,
            restates=score >= MIN_RESTATING_RELEVANCE,
            answered=sentence in answered,
        )
    }
    unnamed = set(restating.values())
    # An article that says the name is withheld ("declined to identify the three dealers")
    # tells that the news gives none: no article answers unless it names the asked noun.
    withheld = any(withholds_name(parsed[sentence], part, kin) for sentence in restating)
    return [
        f
        for f in found
        if (f.article.article_id not in unnamed and not withheld)
        or (
            f.sentence not in restating
            and (names_the_focus(parsed[f.sentence], part, f.answers, kin) or _does_it(f))
        )
    ]


def _does_it(finding: Finding) -> bool:
    """The answer itself does what the part asks ("the fund will be managed by X" for
    "which firm will manage the fund"): a statement outweighs a restating sentence's
    silence."""
    return bool(finding.answers) and finding.answers[0].tie >= ASKED_SLOT_TIE
