"""Another firm under an asked firm's word: "Renault Samsung" beside the asked "Renault
Group". A name written with its form word ("Renault Group", "Sina Corp") is whole: the form
ends it. A name sharing its words but setting after them, where the form was, a word that can
only be a name ("Samsung": no word of the language, no place) is another firm -- a unit or a
venture named after its parents -- and what its clause says is said of that firm. A common
word added ("Renault Motors"), a place ("Zhejiang Geely"), a form ("Renault SA") or a word
before ("Alcan New Zealand" for "New Zealand Ltd") leaves the name undecided; so does a
longer name of an asked name given with no form ("Goldman" asked, "Goldman Sachs" written):
a short name may stand for the whole.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.names import CONNECTORS, LEGAL_FORMS, name_key, pieces
from retrieval.nlp.vocabulary import is_word_of_the_language
from retrieval.reading.named_subjects import has_subject, name_around, named_subject
from retrieval.registry.places import place_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

# Words that carry a noun's owner as a possessive ("Renault Samsung's history").
_NOMINAL = frozenset({"NOUN", "PROPN", "NUM"})


def names_another_firm(given: str, asked: str) -> bool:
    """`given` writes the asked firm's own words, not its form, and a word of another
    name where the form was: "Renault Samsung" for "Renault Group"."""
    own = name_key(asked).split()
    written = pieces(given)
    if not own or not set(own) <= set(written) or place_name(own):
        return False  # a place's words ("New Zealand Ltd") are many firms' names
    left_out = set(pieces(asked)) - set(written)
    if not left_out or not left_out <= LEGAL_FORMS:
        return False  # no form given, or another word of the asked name missing
    words = given.split()
    # after the asked words, where the form was ("Alcan New Zealand" puts its own before)
    last = max(i for i, word in enumerate(words) if set(pieces(word)) & set(own))
    added = [
        word
        for word in words[last + 1 :]
        if pieces(word) and not set(pieces(word)) & (LEGAL_FORMS | CONNECTORS)
    ]
    # only the word standing right after them is where the form was: a later name is
    # another phrase of the compound ("Chrysler chairman Lee Iacocca")
    return bool(added) and _only_a_name(added[0])


def _only_a_name(word: str) -> bool:
    """A capitalised word the language does not know, and no place's."""
    letters = "".join(pieces(word))
    return word[:1].isupper() and not is_word_of_the_language(letters) and not place_name([word])


def of_another_firm(span: Span, asked: Sequence[str]) -> bool:
    """The candidate is said of another firm under an asked one's word: its noun's owner
    ("Renault Samsung's history of 20 years") or its clause's subject ("Renault Samsung
    has a long history, 20 years") is named so."""
    owner = _owner(span.root) or _subject(span.root)
    if owner is None or owner.i in range(span.start, span.end):
        return False
    given = name_around(owner)
    return bool(given) and any(names_another_firm(given, name) for name in asked)


def _owner(root: Token) -> Token | None:
    """The possessor of the noun the candidate is or modifies, up its noun phrase."""
    for token in (root, *root.ancestors):
        if token.pos_ not in _NOMINAL:
            return None
        owner = next((c for c in token.children if c.dep_ == "poss"), None)
        if owner is not None:
            return owner if owner.pos_ == "PROPN" else None
    return None


def _subject(root: Token) -> Token | None:
    """The named subject of the first verb above the candidate that has one."""
    verb = next((a for a in root.ancestors if a.pos_ in ("VERB", "AUX") and has_subject(a)), None)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return named_subject(subject) if subject is not None else None
