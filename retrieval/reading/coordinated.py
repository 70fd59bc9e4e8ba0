"""Answers a sentence coordinates fill one slot together: "The US Disney Corporation and
Saudi Arabian prince Al-Walid bin Talal ... will buy the new stock" answers "who is buying
the new stock" with both, though the question asks in the singular (it cannot know how
many there are). Conjuncts share the role of the first, unless a list gives each name a
role of its own ("Chang Rui and Chen Wei, general manager assistant, Zeng Yuqun, chairman
of CATL").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.reading.kinds import PARTY_ANSWERS
from retrieval.reading.spans import Candidate

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from retrieval.reading.asking import Part


def with_coordinated(answers: list[Candidate], doc: Doc, part: Part) -> list[Candidate]:
    """The best answer joined with the answers coordinated with it ("A and B"), for a part
    asking for a party; a part asking for several lists them all anyway."""
    if part.several or part.kind not in PARTY_ANSWERS or len(answers) < 2:
        return answers
    first = answers[0]
    root = doc[first.start : first.end].root
    if any(c.dep_ == "appos" and c.tag_ == "NN" for c in root.children):
        # "..., Chang Rui and Chen Wei, general manager assistant, Zeng Yuqun, chairman of
        # CATL, ...": a name given a role of its own in a list shares no other's (a plural
        # apposition describes them all: "Jack Norman and Joe Shaw, their families")
        return answers
    joined = {token.i for token in root.conjuncts}
    words = set(first.text.lower().split())
    # not another reading of the same name ("Bear, Stearns" and "Stearns and Co Inc")
    others = [
        a
        for a in answers[1:]
        if doc[a.start : a.end].root.i in joined and not words & set(a.text.lower().split())
    ]
    if not others:
        return answers
    together = sorted([first, *others], key=lambda a: a.start)
    merged = Candidate(
        " and ".join(a.text for a in together), together[0].start, together[-1].end, first.tie
    )
    return [merged, *(a for a in answers[1:] if a not in others)]
