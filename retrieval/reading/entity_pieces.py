"""A question's entities cut into the names they hold.

The NER may take two names for one ("Goodyear's Celeron", "Lyng JP") or one name for two
("Reynolds and Reynolds"); the pieces here are the names an article writes.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from retrieval.nlp.initials import is_initialism
from retrieval.nlp.names import COMPANY_FORMS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def entity_pieces(doc: Doc) -> list[tuple[Span, bool]]:
    """The question's entities as the names they hold, each flagged True when it is a chat
    initialism after a person's name ("Peter Moss EU"): a repeated name joined first, the
    possessive split on the joined span, the person and initialism split on each piece."""
    return [
        piece
        for entity in _names_repeated(doc)
        for owned in _owner_and_owned(entity)
        for piece in _person_and_initialism(owned)
    ]


def _names_repeated(doc: Doc) -> list[Span]:
    """The entities, a name joined to itself by "and" made one ("Reynolds and Reynolds",
    "Johnson & Johnson"): a coordination joins different things, so a name coordinated
    with the same name is one firm's, its founders' surname twice."""
    from spacy.tokens import Span  # noqa: PLC0415 - spaCy is loaded once a doc exists

    entities: list[Span] = []
    for entity in doc.ents:
        last = entities[-1] if entities else None
        between = doc[last.end : entity.start] if last is not None else None
        joined = between is not None and len(between) == 1 and between[0].lower_ in ("and", "&")
        if last is not None and joined and last.text == entity.text:
            entities[-1] = Span(doc, last.start, entity.end, label=last.label_)
        else:
            entities.append(entity)
    return entities


def _owner_and_owned(entity: Span) -> list[Span]:
    """ "Goodyear's Celeron" taken as one name is two: a possessive inside a name ends the
    owner's name; the owned thing's follows."""
    marks = [t.i for t in entity[:-1] if t.tag_ == "POS" and _owned_named(entity, t.i + 1)]
    if not marks:
        return [entity]
    from spacy.tokens import Span  # noqa: PLC0415 - spaCy is loaded once a doc exists

    bounds = [entity.start, *[i + 1 for i in marks], entity.end]
    doc = entity.doc
    pieces = [doc[a:b] for a, b in pairwise(bounds) if b > a]
    return [Span(doc, p.start, p.end, label=entity.label_) for p in pieces]


def _person_and_initialism(entity: Span) -> list[tuple[Span, bool]]:
    """ "lyng jp trip", recased "Lyng JP", taken as one person is two names: a person's name
    is given names, a surname, initials and a generational suffix; a word of capitals only
    after mixed-case words ("Peter Moss EU") is an initialism of its own (flagged True). In
    a name all in capitals ("ROBERT MAXWELL") case tells nothing, so it stays whole."""
    last = entity[-1]
    initialism = is_initialism(last.text) and not _ROMAN.fullmatch(last.text)
    cased = not all(t.text.isupper() for t in entity[:-1])
    if entity.label_ != "PERSON" or len(entity) < 2 or not (initialism and cased):
        return [(entity, False)]
    from spacy.tokens import Span  # noqa: PLC0415 - spaCy is loaded once a doc exists

    doc = entity.doc
    person = Span(doc, entity.start, last.i, label=entity.label_)
    return [(person, False), (Span(doc, last.i, last.i + 1, label=entity.label_), True)]


# The generational suffixes a person's name ends with ("III").
_ROMAN = re.compile(r"[IVX]+")


def _owned_named(entity: Span, start: int) -> bool:
    """After a possessive, a name of its own: not a legal form or a word of firms' names
    ("McDonald's Corp", "Moody's Investors Service"), nor "of" ("Lloyd's of London")."""
    rest = list(entity.doc[start : entity.end])
    if not rest or rest[0].lower_ == "of":
        return False
    return any(t.lower_.rstrip(".") not in COMPANY_FORMS | NAME_WORDS for t in rest)


# Words that end many firms' names after a possessive ("Moody's Investors Service").
NAME_WORDS = frozenset(
    "investors investor service services holdings group partners associates securities".split()
    + "international industries bank stores restaurants".split()
)
