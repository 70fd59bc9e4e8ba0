"""Where an entity the NER found ends as an answer: an amount with the lower bound of its
range ("three to five pct"), without a verb's particle ("handed over 1.5 million"); a place
with the region written after it ("Syracuse, N.Y.").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.geography import names_only_towns
from retrieval.nlp.patterns import SCALES
from retrieval.reading.kinds import Kind, focus_kind
from retrieval.reading.noun_kinds import inner_hyphen

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.spans import Candidate

# Words joining the two bounds of a range of figures.
RANGE_WORDS = frozenset({"to", "and", "or", "-"})


def with_region(place: Span) -> Span:
    """A place with the region written after it ("Syracuse N.Y.", "Tacoma, Wash."): one
    place, answered whole."""
    doc, end = place.doc, place.end
    following = end + 1 if end < len(doc) and doc[end].text == "," else end
    region = next((e for e in doc.ents if e.start == following and e.label_ == "GPE"), None)
    if region is None or _a_town(region):
        return place  # "Toronto, Edmonton and Calgary": a list of towns
    return doc[place.start : region.end]


def _a_town(place: Span) -> bool:
    """A place known as a town only, which holds no other ("Edmonton"); an abbreviation
    ("Wash.") is of a state."""
    return not place.text.endswith(".") and names_only_towns(place.text.lower().replace(" ", "_"))


def with_range(amount: Span) -> Span:
    """An amount with the lower bound of its range: "three to five pct", "between 20 and 25
    mln dlrs" give one figure and its unit once, at the end. A change "from 10 to 15 pct"
    is no range: its answer is where it went. A verb's particle the NER took in is no part
    of it ("handed over 1.5 million" gives "1.5 million", not "over": more than)."""
    if len(amount) > 1 and _particle(amount[0]):
        from spacy.tokens import Span  # noqa: PLC0415 - spaCy is loaded by now

        amount = Span(amount.doc, amount.start + 1, amount.end, label=amount.label_)
    doc, start = amount.doc, amount.start
    if start < 2 or doc[start - 1].lower_ not in RANGE_WORDS:
        return amount
    # the lower bound's number, with its own scale word ("55 mln to 65 mln dlrs")
    lower = start - 3 if doc[start - 2].lower_ in SCALES else start - 2
    if lower < 0 or not doc[lower].like_num:
        return amount
    if lower >= 1 and doc[lower - 1].lower_ == "from":
        return amount
    return doc[lower : amount.end]


def _particle(token: Token) -> bool:
    """A verb's particle right after it, however the parser hung it ("handed over")."""
    before = token.doc[token.i - 1] if token.i > 0 else None
    return (
        (token.dep_ == "prt" or token.tag_ == "RP") and before is not None and before.pos_ == "VERB"
    )


def without_title(person: Span) -> Span:
    """A person's name without the role the NER took in before it ("CFO Zheng Shu",
    "Chairman John Smith"): the role says what the person is, the name who."""
    if person.label_ != "PERSON":
        return person
    start = person.start
    while start < person.end - 1 and focus_kind(person.doc[start].lower_) is Kind.PERSON:
        start += 1
    if start == person.start:
        return person
    from spacy.tokens import Span  # noqa: PLC0415 - spaCy is loaded by now

    return Span(person.doc, start, person.end, label=person.label_)


def without_nested(found: list[Candidate], doc: Doc) -> list[Candidate]:
    """A name found inside a longer one of a piece, tied as closely, is part of it ("RB"
    and "D4D" of "RB 211-524 D4D"): the longer is the answer. Not inside a span of several
    names or words ("Hard Candy and Urban Decay", "Luton van")."""
    whole = [o for o in found if _one_name(doc[o.start : o.end])]
    return [
        c
        for c in found
        if not any(
            o.start <= c.start
            and c.end <= o.end
            and o.end - o.start > c.end - c.start
            and o.tie >= c.tie
            for o in whole
        )
    ]


def without_conversions(found: list[Candidate], doc: Doc) -> list[Candidate]:
    """An answer in brackets right after another restates it: an amount in another
    currency ("£1bn ($1.9bn)"), a name's short form ("the Bank Board (FHLBB)"). The one the
    article gives first is the answer."""
    ends = {c.end for c in found}
    return [c for c in found if _opened_at(doc, c.start) not in ends]


def _opened_at(doc: Doc, start: int) -> int:
    """Where a bracket opens right before the answer (a currency sign between them: "(£"),
    or -1."""
    while start > 0 and doc[start - 1].is_currency:
        start -= 1
    return start - 1 if start > 0 and doc[start - 1].text == "(" else -1


# Punctuation inside one written name ("RB 211-524", "D'Assurance-Credit S.A.").
NAME_JOINERS = frozenset({"-", "/", "'", "&", "."})


def _one_name(span: Span) -> bool:
    return all(
        t.pos_ in ("PROPN", "NUM") or t.text in NAME_JOINERS or _coded(t) or _hyphened(t)
        for t in span
    )


def _hyphened(token: Token) -> bool:
    """A capitalised piece of a word written with hyphens ("Wind" and "Up" of "Wind-Up"),
    whatever the tagger made of it."""
    doc = token.doc
    before = token.i > 0 and inner_hyphen(doc[token.i - 1])
    after = token.i + 1 < len(doc) and inner_hyphen(doc[token.i + 1])
    return token.text[:1].isupper() and (before or after)


def _coded(token: Token) -> bool:
    """A code of letters and digits ("S3", "D4D"), whatever the tagger made of it."""
    return any(c.isdigit() for c in token.text) and any(c.isalpha() for c in token.text)
