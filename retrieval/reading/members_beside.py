"""A list's members told of in more than one sentence of an article: "Good results were
achieved by Wiggins Teape and Appleton in paper. ... Financial services saw profits
double with both Eagle Star and Allied Dunbar achieving further growth." News writing
takes a list up item by item, a sentence each, so the article's line alone may name
only some of the members the question asks for.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from retrieval.reading.compose import quotable
from retrieval.reading.list_members import governed_by_asked
from retrieval.reading.spans import candidates

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from retrieval.reading.asking import AskedQuestion, Part
    from retrieval.reading.evidence import Sentence
    from retrieval.reading.found import Finding, Reading

Line = tuple["Finding", list[str], str]
# How closely a name must be tied to what is asked to count as a member (measured on the
# tuning sets: 0.3 answers 9 more list questions and loses none; 0.5 ties too few, 0.15
# lets in names beside the point).
MEMBER_TIE = 0.3


def with_members_beside(
    lines: list[Line],
    near: Mapping[str, Sequence[Sentence]],
    asked: AskedQuestion,
    reading: Reading,
) -> list[Line]:
    """Each line with the article's other relevant sentences that tie names of the asked
    kind to what is asked and that the line does not name, quoted after it in the
    article's order; a sentence naming only the line's members adds nothing."""
    out = []
    for finding, names, quote in lines:
        others = list(near.get(finding.article.article_id, ()))
        docs = reading.parse([s.text for s in others]) if others else []
        known = {n.lower() for n in names}
        added: list[tuple[Sentence, list[str]]] = []
        for sentence, doc in zip(others, docs, strict=True):
            tied = tied_names(doc, finding.part, asked, governed=not asked.listing)
            new = sorted(n for n in tied if n.lower() not in known)
            if new and sentence.text not in quote:
                added.append((sentence, new))
                known |= {n.lower() for n in new}
        added.sort(key=lambda item: item[0].position)
        more_names = [finding.article.spelled_out(n) for _, new in added for n in new]
        more_quotes = [quotable(s.text) for s, _ in added]
        out.append((finding, names + more_names, " ".join([quote, *more_quotes])))
    return out


def tied_names(doc: Doc, part: Part, asked: AskedQuestion, *, governed: bool = False) -> set[str]:
    """The names of the asked kind the sentence ties to what is asked; `governed`: only
    those the asked verb takes (a plural noun's members, list_members.py)."""
    found = candidates(doc, part, asked_names=asked.names, question=asked.text)
    if governed:
        found = [c for c in found if governed_by_asked(doc[c.start : c.end], part)]
    return {c.text for c in found if c.tie >= MEMBER_TIE and proper_name(c.text)}


def proper_name(name: str) -> bool:
    """A firm's name has a capital or a digit ("3M", "Nissan"); a word in lower case is a
    noun the entity recogniser took for one ("minister", "president", "investors--")."""
    return any(char.isupper() or char.isdigit() for char in name)
