"""Company names the small entity recogniser splits at "and": "American Telephone and
Telegraph Co", "Madill Bank and Trust Co", "Merrill Lynch and Co Inc" come out as two
entities (often one a person), so a reader or the registry would see two firms, or half of
one.

Two runs of capitalised words joined by "and" are one name when the second ends in a legal
form and either is only legal forms ("Merrill Lynch and Co Inc") or is one common noun
before its legal form, coordinated with a common noun ending a first run of two or more
words ("Houston Lighting and Power Co"): a coordination of common nouns inside capitals is
a name's description. Two names of their own ("Inland Steel and Nippon Steel Corp", "IBM,
Apple and Digital Equipment Corp") stay apart.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.names import COMPANY_FORMS

if TYPE_CHECKING:
    from collections.abc import Set

    from spacy.tokens import Doc, Token

# The longest run of capitalised words before a legal form that may end such a name.
MAX_RIGHT_WORDS = 3


def join_split_names(doc: Doc, common_nouns: Set[str]) -> Doc:
    """Make each split name one ORG entity (in place); the doc back."""
    from spacy.tokens import Span  # noqa: PLC0415 - spaCy loads with the pipeline

    joined = [
        bounds
        for token in doc
        if token.lower_ in ("and", "&")
        for bounds in [_split_name(token, common_nouns)]
        if bounds is not None and not _one_entity(doc, bounds)
    ]
    if not joined:
        return doc
    kept = [
        e for e in doc.ents if not any(e.start < end and start < e.end for start, end in joined)
    ]
    doc.ents = sorted([*kept, *(Span(doc, s, e, label="ORG") for s, e in joined)], key=_start)
    return doc


def _split_name(conjunction: Token, common_nouns: Set[str]) -> tuple[int, int] | None:
    """The token bounds of the whole name around `conjunction`, if it joins one name."""
    doc = conjunction.doc
    i = conjunction.i
    forms = [t for t in doc[i + 1 : i + 2 + MAX_RIGHT_WORDS] if _form(t)]
    if i == 0 or not forms or not all(_capital(t) for t in doc[i + 1 : forms[0].i]):
        return None
    end = forms[0].i + 1
    while end < len(doc) and _form(doc[end]):
        end += 1
    start = i
    while start > 0 and _capital(doc[start - 1]) and not _form(doc[start - 1]):
        start -= 1
    if start == i or (start > 0 and doc[start - 1].text == ","):
        return None  # nothing before, or a list ("IBM, Apple and Digital Equipment Corp")
    if forms[0].i == i + 1:
        return start, end  # "Merrill Lynch and Co Inc"
    nouns = doc[i - 1].lower_ in common_nouns and doc[i + 1].lower_ in common_nouns
    one_word = forms[0].i == i + 2
    return (start, end) if nouns and one_word and i - start >= 2 else None


def _one_entity(doc: Doc, bounds: tuple[int, int]) -> bool:
    start, end = bounds
    return any(e.start <= start and end <= e.end for e in doc.ents)


def _form(token: Token) -> bool:
    return token.lower_.rstrip(".") in COMPANY_FORMS


def _capital(token: Token) -> bool:
    return token.text[:1].isupper()


def _start(entity: object) -> int:
    return int(getattr(entity, "start", 0))
