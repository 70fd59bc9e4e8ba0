"""A part asking the same amount of several parties that no article names together
("What February load factors did USAir Group and Presidential Airways report?", "how much
have A and B each pledged?"): the coordination distributes the question over its members,
so each party's amount is read from an article about that party, one part each.

Only a distributive question is split: one asking for several amounts (a plural noun, or
"each") of parties that are all its subjects, not a relation that holds between them
("how much did Corvex pay Halden", "what stakes did A and B take in each other", "their
merger") nor one to a third party ("how much did A and B each pay for C"), whose answer
must come from one article about all of them. A part asked of one party ranks only the
articles that mention it (eligibility), and another party's article never settles it by
elimination (sole_answers).

Whatever it asks, a part whose names stand in the branches of one coordination ("the
initial public offerings of Corvex and Halden", "the orders announced by Corvex and by
Halden") asks the same of each branch (name_branches.py): when no article names them all,
each branch is read from its own article, with the names outside the coordination.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.collective import one_relation
from retrieval.reading.evidence import ArticleEvidence
from retrieval.reading.found import Parse
from retrieval.reading.kinds import AMOUNT_ANSWERS
from retrieval.reading.name_branches import name_branches


def distributed(
    question: AskedQuestion, articles: Sequence[ArticleEvidence], parse: Parse | None = None
) -> AskedQuestion:
    """The question with each distributive part split into one part per party, or per
    branch of a coordination of its names."""
    parts = [
        split
        for part in question.parts
        for split in (_each_party(part, articles) or _each_branch(part, articles, parse) or [part])
    ]
    if len(parts) == len(question.parts):
        return question
    return replace(question, parts=tuple(parts))


def _each_branch(
    part: Part, articles: Sequence[ArticleEvidence], parse: Parse | None
) -> list[Part]:
    """ "Which shareholders are selling stock in the offerings of A and B?": no article
    names both, each names one; the coordination asks of each what it asks of both."""
    if parse is None or len(part.names) < 2 or _RECIPROCAL.search(part.text.lower()):
        return []
    if any(all(a.names.mentions(name) for name in part.names) for a in articles):
        return []  # one article answers for all of them
    doc = parse([part.text])[0]
    branches, outside = name_branches(doc, part.names)
    if len(branches) < 2:
        return []
    if one_relation(doc, [n for branch in branches for n in branch], several=part.several):
        return []  # "what did A and B agree": one relation of the pair, not one each
    mentioned = [
        any(all(a.names.mentions(n) for n in (*branch, *outside)) for a in articles)
        for branch in branches
    ]
    if not all(mentioned):
        return []  # a branch no article tells of: another company, refused as such
    return [
        replace(part, names=(*branch, *outside), one_party=len(branch) == 1) for branch in branches
    ]


def _each_party(part: Part, articles: Sequence[ArticleEvidence]) -> list[Part]:
    names = part.names
    # several amounts asked: a plural noun, or "each" of the parties (per_party.asks_each)
    if len(names) < 2 or part.kind not in AMOUNT_ANSWERS or not part.several:
        return []
    if not _coordinated_subjects(part) or _RECIPROCAL.search(part.text.lower()):
        return []
    if any(all(a.names.mentions(name) for name in names) for a in articles):
        return []  # one article answers for all of them
    if not all(any(a.names.mentions(name) for a in articles) for name in names):
        return []  # a party no article mentions: another company, refused as such
    return [_for(part, name) for name in names]


def _coordinated_subjects(part: Part) -> bool:
    """No name the part writes is in a role other than the subject's ("did A and B
    report"): one that is ("pay for Sorel", "stakes in Palmer") is what each relates to,
    which the question asks together."""
    return not any(role != "subj" and name in part.names for _, role, name in part.arguments)


def _for(part: Part, name: str) -> Part:
    """The part as asked of one party: its relations to the others left out."""
    others = set(part.names) - {name}
    arguments = tuple(a for a in part.arguments if a[2] not in others)
    return replace(part, names=(name,), several=False, arguments=arguments, one_party=True)


# Words that relate the parties to each other: a relation, asked together.
_RECIPROCAL = re.compile(r"\b(?:each other|one another|together|jointly|between|their)\b")
