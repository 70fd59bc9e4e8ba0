"""The asked party under another name of its own, which is no answer about it: a name in
apposition to an asked name where one of the two is a short form (", <Saudi Research and
Development Corp>, REDEC": a writer sets a firm's full name and its initials side by side;
two full names side by side are a list), or a one-word name two neighbouring letters
swapped from an asked one ("Rosptach" for the asked Rospatch: a wire's typo). A letter
dropped, doubled or changed is not read as a slip: it often spells another firm
(Philips / Phillips, Thomson / Thompson).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.names import abbreviates, name_key
from retrieval.reading.asked_match import swapped_neighbours

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def names_the_asked_otherwise(span: Span, parties: list[str]) -> bool:
    """The candidate is an asked party by an apposed name or a mistyped spelling."""
    return _apposed_to_asked(span, parties) or _mistyped(span, parties)


def _apposed_to_asked(span: Span, parties: list[str]) -> bool:
    """A name in apposition to the candidate (either way round) is an asked one itself,
    one of the two being a short form -- a single word in capitals ("REDEC", "HC"): a
    renaming sets a full name beside its initials, while two full names side by side are
    items of a list the parse apposes ("its two partners, Corvex Inc, Halden Corp"); nor is
    an item of a list that goes on with a conjunct. A common noun in apposition ("Chase,
    REDEC's lender") describes; it names no one. A name followed by a verb is that verb's
    subject ("..., the Toronto Stock Exchange said"), however parsed."""
    root = span.root
    beside = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        beside.append(root.head)
    # a list the parse apposes goes on with "and": "Corvex Corp, Halden Inc and Lanpatch Ltd"
    beside = [t for t in beside if not any(c.dep_ == "conj" for c in (*t.children, *root.children))]
    names = [name for name in map(_name, beside) if name is not None]
    return any(
        (_short_form(span) or _short_form(name)) and _the_asked(name, parties) for name in names
    )


def _short_form(name: Span) -> bool:
    """The name is one word of two or more capitals ("REDEC", "HC"): initials or an
    acronym, which a writer sets beside the full name it stands for."""
    words = [t.text for t in name if not t.is_punct]
    return len(words) == 1 and len(words[0]) >= 2 and words[0].isupper()


def _name(token: Token) -> Span | None:
    """The entity the token is written in, unless it opens a clause as its subject."""
    entity = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    if entity is None or token.pos_ != "PROPN":
        return None
    after = token.doc[entity.end] if entity.end < len(token.doc) else None
    return None if after is not None and after.pos_ in ("VERB", "AUX") else entity


def _the_asked(name: Span, parties: list[str]) -> bool:
    """The apposed name is an asked one, or abbreviates one or is abbreviated by it."""
    # not is_asked_name: it also takes a name that holds or is part of an asked one, and an
    # apposed list item holding the asked name ("<Compagnie Continentale Halden>" beside
    # "Halden") is another firm; a renaming gives the same name or its short form only
    key = name_key(name.text)
    return any(
        key == name_key(p) or abbreviates(name.text, p) or abbreviates(p, name.text)
        for p in parties
    )


def _mistyped(span: Span, parties: list[str]) -> bool:
    """A one-word name with two neighbouring letters of a one-word asked name swapped
    ("Rosptach", "Rospatch"); no other slip, which often spells another firm."""
    words = [t.text for t in span if not t.is_punct]
    if len(words) != 1:
        return False
    return any(" " not in party and swapped_neighbours(words[0], party) for party in parties)
