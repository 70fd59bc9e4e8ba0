"""A credit grade written before a proper name is the start of that name.

The newswire patterns (retrieval.nlp.patterns) label a grade on an agency's scale
("A-1", "BBB-plus") as a rating wherever it stands, overriding the recogniser. A grade
followed by a capitalised proper noun is no rating but the first word of a firm's name
("A-1 Quality Glass"), as a rating is said of a debt, never written before a name.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def grades_in_names(doc: Doc) -> Doc:
    """Give back to a name the grade it opens (in place); the doc back."""
    if not any(e.label_ == "RATING" and _opens_a_name(e) for e in doc.ents):
        return doc
    from spacy.tokens import Span  # noqa: PLC0415 - spaCy loads with the pipeline

    kept: list[Span] = []
    for entity in doc.ents:
        if kept and kept[-1].label_ == "ORG" and entity.start < kept[-1].end:
            continue  # taken into the name the grade opens
        if entity.label_ != "RATING" or not _opens_a_name(entity):
            kept.append(entity)
            continue
        end = entity.end
        while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
            end += 1
        kept.append(Span(doc, entity.start, end, label="ORG"))
    doc.ents = kept
    return doc


def _opens_a_name(grade: Span) -> bool:
    """A capitalised proper noun follows the grade ("A-1 Quality Glass")."""
    following = grade.doc[grade.end] if grade.end < len(grade.doc) else None
    return following is not None and following.pos_ == "PROPN" and following.is_title
