"""Is a name found in a sentence one the question uses, and so no answer to it? It is if
it is, contains, is part of or abbreviates an asked name, however the two are spelled.
"""

from __future__ import annotations

from retrieval.nlp.names import HONORIFICS, abbreviates, name_key, swapped_initials
from retrieval.nlp.spelling import close_spelling


def is_asked_name(text: str, names: list[str]) -> bool:
    """A candidate that is, contains, is part of, or abbreviates a name the question uses
    (a person by any of their names: "Ms Mohd-Saaid" is the asked Ainum Mohd-Saaid)."""
    words = _addressed(text)
    if not words:
        return True
    for name in names:
        asked = _addressed(name)
        if asked and (_within(words, asked) or _within(asked, words)):
            return True
        if abbreviates(text, name) or abbreviates(name, text):
            return True
        if swapped_initials(text, name):
            return True  # "GGFH" for the asked "GGHF"
    return False


def swapped_neighbours(word: str, name: str) -> bool:
    """One word is the other with two neighbouring letters swapped ("Rosptach" for
    "Rospatch"), the commonest typing slip, in a word of five letters or more (as
    `close_spelling` allows). A letter dropped, doubled or changed is no such slip: it
    often spells another firm (Philips / Phillips, Thomson / Thompson, Nissan / Nissin)."""
    word, name = word.lower(), name.lower()
    if word == name or len(word) != len(name) or not close_spelling(word, name):
        return False
    differ = [i for i, (a, b) in enumerate(zip(word, name, strict=True)) if a != b]
    return len(differ) == 2 and differ[1] == differ[0] + 1 and word[differ[0]] == name[differ[1]]


def names_the_place(text: str, places: list[str]) -> bool:
    """A candidate that is an asked place, part of it or its short form ("U.S." for "the
    United States"). A firm named after the place ("Manitoba Mineral Resources Ltd" for
    "its northern Manitoba gold project") is not it."""
    words = _addressed(text)
    return not words or any(
        _within(words, _addressed(place)) or abbreviates(text, place) for place in places
    )


def _addressed(name: str) -> set[str]:
    """The name's words without a leading word of address ("Ms Mohd-Saaid")."""
    words = name_key(name).split()
    return set(words[1:] if len(words) > 1 and words[0] in HONORIFICS else words)


def _within(some: set[str], others: set[str]) -> bool:
    """Every word of `some` is among `others`, allowing a slip of the keyboard in a long
    word of a name that shares another word exactly: newswire spells one name two ways
    ("Banco Portugues de Investimento" / "... Investmento"), but "francs" is not "France"."""
    if some <= others:
        return True
    return bool(some & others) and all(
        word in others or any(close_spelling(word, o) for o in others) for word in some
    )
