"""Whom a later part's "it" stands for: one party, not every name of the part before.

"Banking Center: from whom is it buying First Railroad Mortgage, and which realtor did it
acquire?": "it" is singular, so it stands for one of the names before it -- the subject of
the clause before (the party a clause is about is the one its pronouns go on speaking of),
or else the firm the question is headed by ("Banking Center:"). A part so read asks about
that party alone: an article naming it, not the firm it bought, may answer. A plural
pronoun ("they", "their") may stand for several names and keeps them all.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from retrieval.reading.interrogatives import is_interrogative
from retrieval.reading.question_parts import CONTEXT_MARKS, DESCRIBING

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from retrieval.reading.asking import Part

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
# The name's own words: a name's head is its last word, the rest hang on it.
NAME_LINKS = frozenset({"compound", "flat"})


def narrowed_to_referents(
    parts: tuple[Part, ...], own: list[tuple[str, ...]], doc: Doc, spans: list[tuple[int, int]]
) -> tuple[Part, ...]:
    """The parts, each that took the names of the part before for its singular pronoun
    (`own`: the names each part has of its own) narrowed to the one party it stands for."""
    heading = _heading_party(doc, parts[0].names if parts else ())
    referent = heading  # whom the clause before is about
    narrowed = []
    for index, part in enumerate(parts):
        span = doc[slice(*spans[index])]
        inherited = index > 0 and not own[index] and len(part.names) > 1
        if inherited and referent in part.names and _singular_only(span):
            narrowed.append(replace(part, names=(referent,)))
        else:
            narrowed.append(part)
        # the party this clause is about, for the next one: its named subject, else the
        # party its "it" stood for; none when it asks for its subject ("which company
        # bought X, and what did it pay": "it" is the answer)
        named = _named_subject(span, part.names)
        if named or _it_is_subject(span):
            referent = named or referent
        else:
            referent = None if _asks_subject(span) else heading
    return tuple(narrowed)


def _heading_party(doc: Doc, names: tuple[str, ...]) -> str | None:
    """The one party a question opens with before a colon or dash ("Amoco: by how much
    ..."), with no verb or question word before it: the firm the question is about."""
    for token in doc:
        if is_interrogative(token) or token.pos_ in ("VERB", "AUX"):
            return None
        if token.text in CONTEXT_MARKS and token.whitespace_:  # not "Coca-Cola"'s hyphen
            heading = doc[: token.i].text
            found = [name for name in names if name in heading]
            return found[0] if len(found) == 1 else None
    return None


def _named_subject(span: Span, names: tuple[str, ...]) -> str | None:
    """The one name of the span that is a clause's subject ("did Corvex take")."""
    found = [name for name in names if any(_subject_word(t, name) for t in span)]
    return found[0] if len(found) == 1 else None


def _subject_word(token: Token, name: str) -> bool:
    """The token is the head word of the name, a subject."""
    words = name.split()
    if token.text != words[-1] or token.dep_ in NAME_LINKS:
        return False
    # the subject of a clause describing a noun ("the bond that CSFB manages") is not
    # what the question is about; one of two joined subjects is not an "it"
    inside = any(a.dep_ in DESCRIBING for a in token.ancestors)
    joined = any(c.dep_ == "conj" for c in token.children)
    return token.dep_ in SUBJECTS and not inside and not joined


def _asks_subject(span: Span) -> bool:
    """A question word is (in) the subject of the clause: "which company bought X"."""
    return any(t.dep_ in SUBJECTS and any(is_interrogative(w) for w in t.subtree) for t in span)


def _singular(token: Token) -> bool:
    """ "it", "its", "itself": a third-person singular neuter pronoun, a firm."""
    morph = token.morph
    return (
        token.pos_ == "PRON"
        and morph.get("Person", []) == ["3"]
        and morph.get("Number", []) == ["Sing"]
        and morph.get("Gender", []) == ["Neut"]
    )


def _it_is_subject(span: Span) -> bool:
    return any(_singular(t) and t.dep_ in SUBJECTS for t in span)


def _singular_only(span: Span) -> bool:
    """The span's personal pronouns are all "it"/"its": none may stand for several."""
    pronouns = [t for t in span if t.pos_ == "PRON" and "Prs" in t.morph.get("PronType", [])]
    return bool(pronouns) and all(_singular(t) for t in pronouns)
