"""Names Reuters brackets, as the entity recogniser should read them.

Reuters writes an unlisted company's name in angle brackets: "sold interests ... to
<Midland and Scottish Resources Ltd>", "<Chevron Petroleum (U.K.) Ltd> said". The brackets
bound one company's name, however many words, places or "and"s it holds; the small
recogniser, which never sees them (`newswire.for_parsing` makes them spaces), splits such a
name at "and" ("Midland" a place, "Scottish Resources Ltd" a firm) or stops it at a
bracket of its own ("Chevron Petroleum"). Each bracketed name becomes one ORG entity, in
place of whatever the recogniser found inside it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span


def name_bracketed(doc: Doc, bounds: Sequence[tuple[int, int]]) -> Doc:
    """Make each bracketed name (character bounds in the doc's text) one ORG entity, in
    place; the doc back."""
    names = [span for start, end in bounds for span in [_name(doc, start, end)] if span]
    if not names:
        return doc
    kept = [e for e in doc.ents if not any(e.start < n.end and n.start < e.end for n in names)]
    doc.ents = sorted([*kept, *names], key=lambda span: span.start)
    return doc


def _name(doc: Doc, start: int, end: int) -> Span | None:
    span = doc.char_span(start, end, label="ORG", alignment_mode="contract")
    if span is None:
        return None  # a name the tokenizer cannot bound is left alone
    # Reuters sometimes brackets a possessive or a stop with the name ("<Information
    # Builders'> Focus", "<Boston Ventures Limited Partnership.>"): neither is the name's
    last = span.end
    while last > span.start and (doc[last - 1].is_punct or doc[last - 1].tag_ == "POS"):
        last -= 1
    if last == span.start:
        return None
    span = doc[span.start : last]
    span.label_ = "ORG"
    # an entity the recogniser found exactly so is kept as it is
    if any(e.start == span.start and e.end == span.end and e.label_ == "ORG" for e in doc.ents):
        return None
    return span
