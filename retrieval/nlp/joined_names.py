"""Company names the small entity recogniser splits at "and": "Merrill Lynch and Co Inc",
"Kohlberg Kravis Roberts and Co" come out as two entities (often one a person, the other
a bare "Co Inc"), so a reader would see a person, or half of a firm.

A run of capitalised words, "and", then legal forms only is one name: "and Co" is how a
partnership's name ends. Its start is the first word of the run (not an article or a
possessive: "The", "Its"); a name the recogniser found starting earlier ("Bank of America
NT and SA") keeps its start, and so does a subsidiary's qualifier ending in another legal
form ("Mitsui and Co USA Inc"). A coordination of two names ("Gulf Oil and Chevron Corp")
is left alone: which capitalised nouns are a description ("American Telephone and
Telegraph Co") cannot be told from the words alone (the lemmatizer's noun index holds
"hoover" and "chevron" too). Headlines in capitals say nothing and are skipped.

Two initials joined by "and" are no coordination of two names either: a lone capital
letter names nothing by itself, so "L and M Manufacturing Co" and "S and W Berisford Plc"
are each one name (the recogniser keeps only "M Manufacturing Co"), when capitalised words
go on after the second letter (not "Class A and B shares"). Nor does a year in brackets
end a name that a legal form closes after it ("Nap Dumont (1982) Ltd": a successor firm
named with the year it was formed).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.names import COMPANY_FORMS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Capitalised words a subsidiary's name may add after "and Co" before its own legal form.
MAX_QUALIFIER_WORDS = 2


def join_split_names(doc: Doc) -> Doc:
    """Make each "X and Co" name one ORG entity (in place); the doc back."""
    from spacy.tokens import Span  # noqa: PLC0415 - spaCy loads with the pipeline

    joined = [bounds for token in doc for bounds in [_joined(token)] if bounds is not None]
    if not joined:
        return doc
    joined = [_with_reach(doc, start, end) for start, end in joined]
    kept = [
        e for e in doc.ents if not any(e.start < end and start < e.end for start, end in joined)
    ]
    spans = [*kept, *(Span(doc, start, end, label="ORG") for start, end in joined)]
    doc.ents = sorted(spans, key=lambda span: span.start)
    return doc


def _joined(token: Token) -> tuple[int, int] | None:
    if token.lower_ in ("and", "&"):
        return _split_name(token) or _initials_name(token)
    return _dated_name(token) if token.text == "(" else None


def _split_name(conjunction: Token) -> tuple[int, int] | None:
    """The token bounds of the whole name around `conjunction`, if it ends one."""
    doc = conjunction.doc
    i = conjunction.i
    end = i + 1
    while end < len(doc) and _form(doc[end]):
        end += 1
    if end == i + 1:
        return None  # no legal form right after "and"
    end = _qualified_end(doc, end)
    start = i
    while start > 0 and _capital(doc[start - 1]) and not _form(doc[start - 1]):
        start -= 1
    if start == i or (start > 0 and doc[start - 1].text == ","):
        return None  # nothing before, or a list ("IBM, Apple and Co")
    if all(t.is_upper for t in doc[start:end] if t.is_alpha):
        return None  # a headline: capitals everywhere
    return start, end


def _initials_name(conjunction: Token) -> tuple[int, int] | None:
    """The bounds of "L and M Manufacturing Co" around its "and": initials, then the
    capitalised words after them, through the legal forms closing them."""
    doc = conjunction.doc
    i = conjunction.i
    if i == 0 or i + 2 >= len(doc) or not (_initial(doc[i - 1]) and _initial(doc[i + 1])):
        return None
    end = i + 2
    while end < len(doc) and _capital(doc[end]) and not _form(doc[end - 1]):
        end += 1
    while end < len(doc) and _form(doc[end]):
        end += 1
    if end == i + 2 or all(t.is_upper for t in doc[i - 1 : end] if t.is_alpha):
        return None  # nothing named after the letters, or a headline
    return i - 1, end


def _dated_name(bracket: Token) -> tuple[int, int] | None:
    """The bounds of "Nap Dumont (1982) Ltd" around its "(": capitalised words, a year in
    brackets, legal forms."""
    doc = bracket.doc
    i = bracket.i
    if i + 3 >= len(doc) or doc[i + 2].text != ")" or not _form(doc[i + 3]):
        return None
    year = doc[i + 1].text
    if not (len(year) == 4 and year.isdigit() and year[:2] in ("18", "19", "20")):
        return None
    start = i
    while start > 0 and _capital(doc[start - 1]) and not _form(doc[start - 1]):
        start -= 1
    end = i + 3
    while end < len(doc) and _form(doc[end]):
        end += 1
    return (start, end) if start < i else None


def _initial(token: Token) -> bool:
    """A lone capital letter, with or without its stop ("L", "M.")."""
    letters = token.text.rstrip(".")
    return len(letters) == 1 and letters.isupper()


def _qualified_end(doc: Doc, end: int) -> int:
    """ "Mitsui and Co USA Inc": capitalised qualifiers closed by another legal form."""
    for extra in range(1, MAX_QUALIFIER_WORDS + 1):
        close = end + extra
        words = doc[end:close]
        if close >= len(doc) or not all(_capital(t) and not _form(t) for t in words):
            break
        if _form(doc[close]):
            close += 1
            while close < len(doc) and _form(doc[close]):
                close += 1
            return close
    return end


def _with_reach(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """An entity overlapping the name and starting earlier holds its first words ("Bank of
    America NT" of "Bank of America NT and SA"). Its end is the name's: a legal form closes
    a name ("G.D. Searle and Co, Nutrasweet's maker")."""
    for entity in doc.ents:
        if entity.start < end and start < entity.end and entity.label_ == "ORG":
            start = min(start, entity.start)
    while start < end and _not_a_name_word(doc[start]):
        start += 1
    return start, end


# Words that open a noun phrase, not a name: articles and possessive determiners.
OPENERS = frozenset({"the", "a", "an", "its", "their", "his", "her", "our"})


def _not_a_name_word(token: Token) -> bool:
    """An opener ("The", "Its") -- but "A" before another capital letter is an initial
    ("A C Goode and Co")."""
    if token.lower_ not in OPENERS:
        return False
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    initial = token.text == "A" and following is not None and len(following.text.rstrip(".")) == 1
    return not initial


def _form(token: Token) -> bool:
    """A legal form as names write it: capitalised (the prefix of "co-lead manager" is
    written in lower case; "a Merrill Lynch and Co-backed group" ends the name)."""
    return _capital(token) and token.lower_.rstrip(".") in COMPANY_FORMS


def _capital(token: Token) -> bool:
    return token.text[:1].isupper()
