"""Which articles may answer a question or one of its parts: those that mention its
parties, however they spell them -- a short form no article matches ("BofA") is dropped
rather than refused, a name no article mentions ("Toyota") is another company.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from retrieval.nlp.names import compound_pieces
from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.evidence import ArticleEvidence


def eligible_articles(
    question: AskedQuestion, articles: Sequence[ArticleEvidence]
) -> list[ArticleEvidence]:
    """Articles that mention every party of the question, however they spell it."""
    wanted = (*question.parties, *question.guessed)
    return [a for a in articles if all(a.names.mentions(name) for name in wanted)]


def known_parties(
    question: AskedQuestion, absent: tuple[str, ...], common: tuple[str, ...] = ()
) -> AskedQuestion:
    """The question without the short forms no candidate article mentions, and without
    the `common` words no article writes as a name, when other parties remain: a short
    form nothing matched ("BofA" for "BankAmerica") is no reason to refuse; a name no
    article mentions ("Toyota", "Tata Motors") is another company."""
    # a name only guessed a party (asked_arguments.py) that no article writes names nothing
    guessed = tuple(n for n in question.guessed if n not in absent)
    question = replace(question, guessed=guessed)
    absent = tuple(dict.fromkeys([*(n for n in absent if short_form(n)), *common]))
    if not absent or len(absent) == len(question.parties):
        return question
    kept = tuple(name for name in question.parties if name not in absent)
    parts = tuple(
        replace(part, names=tuple(n for n in part.names if n not in absent))
        for part in question.parts
    )
    return replace(question, parties=kept, parts=parts)


def short_form(name: str) -> bool:
    """One word written as an initialism or a contraction ("BofA", "ZTB", "P&G", "GE"),
    not as a name is ("Toyota") or as a compound of words is ("PepsiCo", "NatWest": one
    no article writes, in full or clipped, is another company)."""
    words = name.split()
    return (
        len(words) == 1
        and not all(_as_a_name(piece) for piece in name.split("-"))
        and not compound_pieces(name)
    )


def _as_a_name(word: str) -> bool:
    """Written as a name is: a capital, then lower case ("Toyota"); names joined by a
    hyphen ("Burson-Marsteller", two founders' names) are each written so, in full."""
    return len(word) > 1 and word[:1].isupper() and word[1:].islower()


def eligible_for(
    part: Part, question: AskedQuestion, articles: Sequence[ArticleEvidence]
) -> list[ArticleEvidence]:
    """Articles that mention the part's own parties and those of the question's context
    (a part about "Halden Lines" needs an article that names Halden Lines; the first part
    of the same question may come from one that does not)."""
    in_parts = {name for p in question.parts for name in p.names}
    own = asked_names(part, question)
    wanted = [*own, *(n for n in question.parties if n not in in_parts), *question.guessed]
    # A part naming nobody ("and what is the venture called?") is still about what the
    # question names: its article must mention one of the question's parties.
    some = question.parties if not own else ()
    return [
        a
        for a in articles
        if all(a.names.mentions(name) for name in wanted)
        and (not some or any(a.names.mentions(name) for name in some))
    ]


def asked_names(part: Part, question: AskedQuestion) -> tuple[str, ...]:
    """The names the part itself asks with, not those of a scene set before the question
    ("Dart, which walked away from its Dayton Hudson bid, had bought into Supermarkets
    General. How many Supermarkets General shares did it hold ...?"): the scene tells
    what the question is about; the article answering the part need not retell it."""
    if not question.scene or not part.text.startswith(question.scene):
        return part.names
    asked = asked_text(part, question)
    # a name the part has from elsewhere (the "it" of "what did it pay?") is its own
    return tuple(name for name in part.names if name in asked or name not in question.scene)


def asked_text(part: Part, question: AskedQuestion) -> str:
    """The part as asked: its text without the scene the question opens with."""
    return part.text.removeprefix(question.scene)
