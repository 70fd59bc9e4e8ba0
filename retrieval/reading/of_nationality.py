"""Answers of the asked nationality: "which Spanish company" is answered by a sentence
that says the company is Spanish ("Carboex of Spain"), or by a company the article says
elsewhere is Spanish, or whose stock symbol says so.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from retrieval.nlp.geography import lies_in
from retrieval.reading.kinds import Kind
from retrieval.reading.nationality import listed_as, states_nationality
from retrieval.reading.nationality_said import REGIONAL

if TYPE_CHECKING:
    from retrieval.reading.asking import Part
    from retrieval.reading.found import Finding
    from retrieval.reading.members_beside import Line


def of_nationality(part: Part, found: list[Finding]) -> list[Finding]:
    """A part asking for "which Spanish company" is answered by a sentence that says so
    ("Carboex of Spain"), or by a company the article says elsewhere is Spanish; an
    answer of no stated nationality, or a sentence naming no company, is no answer to it.
    A sentence's other answer leads when its own stock symbol gives the nationality
    ("through Sumitomo Corp <SUMT.T>" for "which Japanese trading house")."""
    if not part.nationalities:
        return found
    kept = []
    for finding in found:
        if part.kind is Kind.PLACE and finding.answers:
            placed = _placed(part, finding)
            if placed is not None:  # "which Canadian cities": where the place lies
                if placed.answers:
                    kept.append(placed)
                continue
        if finding.answers and _states_nationalities(part, finding):
            kept.append(finding)
            continue
        # as tied as the first: an adviser beside the buyer is no buyer, whatever its listing
        best = finding.answers[0].tie if finding.answers else 0.0
        listed = tuple(
            a for a in finding.answers if a.tie >= best and _listed(part, finding, a.text)
        )
        if listed:
            kept.append(replace(finding, answers=listed))
    return kept


def _placed(part: Part, finding: Finding) -> Finding | None:
    """The finding with the places WordNet puts in the asked country ("Edmonton" for
    "which Canadian cities", not "San Francisco"); None when it knows none of them."""
    verdicts = [
        (a, [lies_in(a.text.split(",")[0], d) for d in part.nationalities]) for a in finding.answers
    ]
    if all(None in found for _, found in verdicts):
        return None
    return replace(finding, answers=tuple(a for a, found in verdicts if all(found)))


def _states_nationalities(part: Part, finding: Finding) -> bool:
    name = finding.answers[0].text
    return any(
        all(
            states_nationality(demonym, text) or listed_as(demonym, name, text)
            for demonym in part.nationalities
        )
        for text in _texts_about(finding, name)
    )


def lines_of_nationality(lines: list[Line]) -> list[Line]:
    """A list's lines (listing.py), each with only the names the article says are of the
    asked people ("which Japanese companies"), as a single answer must be."""
    return [(f, _named_of_nationality(f, names), quote) for f, names, quote in lines]


def _named_of_nationality(finding: Finding, names: list[str]) -> list[str]:
    """The names of a list's line (listing.py) the article says are of the asked people,
    as a single answer must be (above): its title or a sentence naming it says so, or its
    stock symbol. Places are placed by _placed; a region's people ("European")
    is rarely said of a firm, which news gives its country."""
    part = finding.part
    demonyms = [d for d in part.nationalities if d not in REGIONAL]
    if part.kind is Kind.PLACE or not demonyms:
        return names
    return [
        name
        for name in names
        if all(
            any(states_nationality(d, t) or listed_as(d, name, t) for t in _naming(finding, name))
            for d in demonyms
        )
    ]


def _naming(finding: Finding, name: str) -> list[str]:
    """The title and the article's sentences naming the answer (the line's own among
    them): a line quotes sentences about several firms, and says a people of only some."""
    return _texts_about(finding, name)[1:]


def _listed(part: Part, finding: Finding, name: str) -> bool:
    texts = _texts_about(finding, name)
    return all(any(listed_as(d, name, text) for text in texts) for d in part.nationalities)


def _texts_about(finding: Finding, name: str) -> list[str]:
    """The sentence (with the one before), the title, and the article's sentences naming
    the answer."""
    sentence = finding.sentence
    texts = [" ".join([sentence.previous or "", sentence.text]), finding.article.chunk.title]
    return texts + [s.text for s in finding.article.sentences if name in s.text]
