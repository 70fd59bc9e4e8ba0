"""A part asking the same amount of several parties that no article names together
("What February load factors did USAir Group and Presidential Airways report?", "how much
have A and B each pledged?"): the coordination distributes the question over its members,
so each party's amount is read from an article about that party, one part each.

Only a distributive question is split: one asking for several amounts (a plural noun, or
"each"), not a relation that holds between the parties together ("how much did Corvex pay
Halden", "did Baxter buy Endotronics"), whose answer must come from one article about both.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.evidence import ArticleEvidence
from retrieval.reading.kinds import AMOUNT_ANSWERS


def distributed(question: AskedQuestion, articles: Sequence[ArticleEvidence]) -> AskedQuestion:
    """The question with each distributive part split into one part per party."""
    parts = [split for part in question.parts for split in (_each_party(part, articles) or [part])]
    if len(parts) == len(question.parts):
        return question
    return replace(question, parts=tuple(parts))


def _each_party(part: Part, articles: Sequence[ArticleEvidence]) -> list[Part]:
    names = part.names
    # several amounts asked: a plural noun, or "each" of the parties (asking.asks_each)
    if len(names) < 2 or part.kind not in AMOUNT_ANSWERS or not part.several:
        return []
    if any(all(a.names.mentions(name) for name in names) for a in articles):
        return []  # one article answers for all of them
    if not all(any(a.names.mentions(name) for a in articles) for name in names):
        return []  # a party no article mentions: another company, refused as such
    return [_for(part, name) for name in names]


def _for(part: Part, name: str) -> Part:
    """The part as asked of one party: its relations to the others left out."""
    others = set(part.names) - {name}
    arguments = tuple(a for a in part.arguments if a[2] not in others)
    return replace(part, names=(name,), several=False, arguments=arguments)
