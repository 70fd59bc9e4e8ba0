"""Where the small entity recogniser ends a name wrongly, mended on every doc.

It may end a name on the word joining it to the next ("Seismic Holdings Inc and" of
"Seismic Holdings Inc and Energy Holdings Inc") or on a comma ("New Generation Products,"
in a list); and it may run two names together across the verb between them ("What stake in
Cyclops did Dixons acquire": "Cyclops did Dixons"). No name ends on "and", a comma or a
lower-case pronoun ("sell Adams its system": "Adams its"), and none holds a verb in lower
case, nor a lower-case preposition after an abbreviated legal form ("Beneficial Corp for
Western National Life"): such a name is cut there. Brackets and full stops stay
("Industrial Equity (Pacific)", "Corp.").
"""

from __future__ import annotations

from itertools import pairwise
from typing import TYPE_CHECKING

from retrieval.nlp.names import COMPANY_FORMS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# The labels of names (amounts keep their "and": "between 20 and 25 mln").
NAME_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC", "PRODUCT"})
_TRAILING = frozenset({",", ";", ":"})


def mend_bounds(doc: Doc) -> Doc:
    """Cut names at lower-case verbs and trailing joiners (in place); the doc back."""
    if not any(e.label_ in NAME_LABELS and _needs_mending(e) for e in doc.ents):
        return doc
    mended = [piece for e in doc.ents for piece in _mended(e)]
    doc.ents = mended
    return doc


def _needs_mending(entity: Span) -> bool:
    return _trailing(entity[-1]) or any(_a_verb(t) or _after_a_form(t) for t in entity)


def _mended(entity: Span) -> list[Span]:
    if entity.label_ not in NAME_LABELS or not _needs_mending(entity):
        return [entity]
    from spacy.tokens import Span  # noqa: PLC0415 - spaCy loads with the pipeline

    doc = entity.doc
    cuts = [t.i for t in entity if _a_verb(t) or _after_a_form(t)]
    bounds = [entity.start - 1, *cuts, entity.end]
    pieces = []
    for before, after in pairwise(bounds):
        start, end = before + 1, after
        while end > start and _trailing(doc[end - 1]):
            end -= 1
        if end > start:
            pieces.append(Span(doc, start, end, label=entity.label_))
    return pieces


def _a_verb(token: Token) -> bool:
    return token.is_lower and token.pos_ in ("AUX", "VERB")


# Abbreviated legal forms, which end a firm's name ("Corporation for Public Broadcasting"
# is one; "Beneficial Corp for Western National Life" is two names).
SHORT_FORMS = COMPANY_FORMS - frozenset({"incorporated", "corporation", "company", "limited"})
# Prepositions inside names after a legal form ("Aluminum Co of America").
NAME_PREPOSITIONS = frozenset({"of", "de", "du", "del", "des", "und"})


def _after_a_form(token: Token) -> bool:
    """A lower-case preposition right after an abbreviated legal form: the name ended."""
    if token.i == 0 or not token.is_lower or token.pos_ != "ADP":
        return False
    before = token.doc[token.i - 1].lower_.rstrip(".")
    return before in SHORT_FORMS and token.lower_ not in NAME_PREPOSITIONS


def _trailing(token: Token) -> bool:
    """A joiner, a comma, or a lower-case pronoun or determiner ("to sell Adams its cable
    system": the NER's "Adams its"): no name ends on one."""
    closed = token.is_lower and token.pos_ in ("PRON", "DET")
    return token.pos_ == "CCONJ" or token.text in _TRAILING or closed
