"""Qualifiers: a common noun the question narrows by a name ("Walgreen stores", "Osko's
plant"). A sentence about the same noun narrowed by another name ("142 centers in Sears
stores") speaks of another's, and answers nothing about the asked one unless it names
that one too. So too a noun narrowed by a common noun compounded onto it ("bank debt"):
a sum of debt in a sentence that never says "bank" may be of any debt.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from retrieval.nlp import wordnet_files as db
from retrieval.nlp.names import name_key, same_party
from retrieval.nlp.vocabulary import is_adjective
from retrieval.nlp.wordnet import relatives
from retrieval.nlp.wordnet_derivations import source_verbs
from retrieval.registry.places import place_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

# A name narrowing a noun stands before it: "Walgreen stores", "Walgreen's stores",
# "Boeing 767 jets".
_QUALIFYING = frozenset({"compound", "poss", "nmod"})


def qualified_nouns(span: Span, names: Sequence[str]) -> tuple[tuple[str, str], ...]:
    """(noun lemma, name) for each common noun of the span a question name qualifies."""
    found = []
    for token in span:
        if token.pos_ != "NOUN":
            continue
        for qualifier in _qualifiers(token):
            # the name the qualifier's own words write ("Investment Capital"), before any
            # other sharing one of its words ("Capital Southwest")
            written = _name_of(qualifier)
            name = next((n for n in names if same_party(n, written)), None) or next(
                (n for n in names if qualifier.text in n.split()), None
            )
            # a place narrows by where ("Florida banks"), which a sentence may give
            # otherwise ("the Miami banks")
            if name is not None and not place_name(name.split()):
                found.append((token.lemma_.lower(), name))
    return tuple(dict.fromkeys(found))


def qualifies_another(doc: Doc, qualified: Sequence[tuple[str, str]]) -> bool:
    """The sentence speaks of an asked noun as another's, and never names the asked one
    (nor a word of its name: "Steinhardt" may be "Michael Steinhardt")."""
    words = set(name_key(doc.text).split())
    for lemma, name in qualified:
        if set(name_key(name).split()) & words:
            continue  # the asked one is named here too: the sentence may contrast them
        nouns = [t for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() == lemma]
        # a place says where ("the chain's Florida stores"), not whose
        given = [
            g for t in nouns for q in _qualifiers(t) if not place_name((g := _name_of(q)).split())
        ]
        # another name the question gives the same noun is the asked one too ("its
        # Investment Capital Corp unit" for "SCI's Investment Capital unit")
        own = [n for noun, n in qualified if noun == lemma]
        if any(same_party(asked, g) for asked in own for g in given):
            continue  # "GM plants" for "General Motors plants", "K mart" for "Kmart"
        if given:
            return True
    return False


def names_no_qualifier(doc: Doc, qualified: Sequence[tuple[str, str]]) -> bool:
    """The sentence names none of the firms the question narrows its noun by: a count
    there ("40 long-range jet aircraft") is of the noun at large, not of "Boeing jets"."""
    words = set(name_key(doc.text).split())
    return bool(qualified) and not any(set(name_key(n).split()) & words for _, n in qualified)


def _qualifiers(noun: Token) -> list[Token]:
    return [c for c in noun.children if c.dep_ in _QUALIFYING and c.pos_ == "PROPN"]


def _name_of(token: Token) -> str:
    """The proper name a qualifying word ends ("Sears", "Dow Corning")."""
    words = [t for t in token.subtree if t.pos_ == "PROPN"]
    return " ".join(t.text for t in words)


def named_after_qualifier(
    text: str, focus: str | None, part_text: str, qualified: Sequence[tuple[str, str]]
) -> bool:
    """ "which Midlantic bank": the asked noun a name modifies as a compound (not
    "Midlantic's partner", another firm) asks for one of that firm's own, which bears its
    name and more ("Midlantic National Bank/North")."""
    words = part_text.lower()
    return any(
        lemma == focus
        and f"{name.lower()} {lemma}" in words
        and name.lower() in text.lower()
        and len(name_key(text).split()) > len(name_key(name).split())  # more than a legal form
        for lemma, name in qualified
    )


def compounded_nouns(span: Span, focus: str | None, names: Sequence[str]) -> tuple[str, ...]:
    """The common nouns compounded onto the asked noun, of any kind ("deposit" in "what
    deposit premium", "bank" in "how much bank debt"); not a word of a name."""
    if focus is None:
        return ()
    named = {word for name in names for word in name_key(name).split()}
    found = (
        child.lemma_.lower()
        for token in span
        if token.pos_ == "NOUN" and token.lemma_.lower() == focus
        for child in token.children
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.lower_ not in named
    )
    return tuple(dict.fromkeys(n for n in found if n != focus))


def narrowing_nouns(span: Span, focus: str | None, names: Sequence[str]) -> tuple[str, ...]:
    """The common nouns compounded onto the asked noun, which name the kind of it asked:
    "bank" in "how much bank debt", "mortgage" in "mortgage loans". Not a word of a name
    ("Boeing jets": qualified_nouns); only a noun of the files in _NARROWING_FILES; for a
    holding ("government stake"), not a person or group: that names its holder, no kind."""
    kinds = (n for n in compounded_nouns(span, focus, names) if _narrows(n))
    if focus in _HOLDINGS:
        kinds = (n for n in kinds if noun_file(n) not in _HOLDER_FILES)
    return tuple(dict.fromkeys(kinds))


# Nouns of a point in time: a noun compounded onto one names the event it dates ("record
# date", "completion date"), of whatever WordNet file, as no kind of thing would.
_DATE_NOUNS = frozenset({"date", "deadline", "day"})


def dated_events(span: Span, focus: str | None, names: Sequence[str]) -> tuple[str, ...]:
    """The common nouns compounded onto an asked date noun, naming the event it dates
    ("record" in "what record date"): a date the sentence gives the bare noun for another
    event ("set June 4 as the date for a special meeting") is no answer to it."""
    return compounded_nouns(span, focus, names) if focus in _DATE_NOUNS else ()


# A holding is someone's: a person or group compounded onto it ("government stake",
# "family stake") says whose it is (the holder's check), not which kind of stake.
_HOLDINGS = frozenset({"stake", "holding", "stakeholding", "interest"})
_HOLDER_FILES = frozenset({14, 18})


# WordNet noun files of words naming a kind of thing a noun compounded onto may be of:
# artifacts, foods, groups, places, objects, people, plants, possessions and substances
# ("bank debt", "mortgage loans", "wheat exports"). Not a doing (4 acts, 10 communication,
# 11 events: "sale price", "exchange ratio"), which an article says as often by its verb
# ("sold for"); nor a measure, an attribute or a time ("dollar value", "price tag",
# "quarter earnings"), which the amount's own unit or period gives.
_NARROWING_FILES = frozenset({6, 13, 14, 15, 17, 18, 20, 21, 27})


def _narrows(noun: str) -> bool:
    """A noun of the language (not a lower-cased name or a misparsed verb) naming a thing,
    a group or a possession ("bank", "pension", "mortgage"); not a word that is an
    adjective too, which the parse may take for a noun where it only says how much or
    which ("total stake", "net value", "base price")."""
    return noun_file(noun) in _NARROWING_FILES and not is_adjective(noun)


@cache
def noun_file(noun: str) -> int | None:
    """The WordNet lexicographer file of the noun's most frequent sense (4 acts, 14 groups,
    21 possessions, ...); None for a word WordNet has no noun of. (Read here, not in
    nlp/wordnet.py, whose source is part of the registry extractor's version.)"""
    senses = db.senses(noun, "n")
    return db.lexicographer_file(senses[0], "n") if senses else None


def names_no_narrowing(doc: Doc, focus: str | None, narrowing: Sequence[str]) -> bool:
    """The sentence gives the asked noun of another kind or at large, never saying what
    the question narrows it by. Of another kind: a noun of a kind compounded onto it
    ("12 gas wells" for "oil wells"), wherever the asked word falls ("found oil"). At
    large: the bare noun ("475 mln dlrs of debt") in a sentence whose own words (not a
    name's: "Chase Manhattan Bank said") give no word of the narrowing noun's lemma, of
    one of its main senses, or the verb it derives from ("debt to its banks" says "bank").
    Not judged: a sentence not naming the asked noun ("tender offer at 36.50 dlrs"), or
    naming it narrowed some other way ("a minimum price", "50 exploratory wells")."""
    if not narrowing or focus is None:
        return False
    heads = [t for t in doc if t.pos_ == "NOUN" and t.lemma_.lower() == focus]
    modifiers = [[c for c in t.children if _modifies(c)] for t in heads]
    words = {c.lemma_.lower() for mods in modifiers for c in mods} | _own_phrase(heads)
    if any(_said(noun, words) for noun in narrowing):
        return False  # "bank debt", "debt owed to banks", "output of oil" in the sentence
    if any(c.pos_ == "NOUN" and _a_kind(c.lemma_.lower()) for mods in modifiers for c in mods):
        return True
    said = {t.lemma_.lower() for t in doc if t.pos_ != "PROPN"}
    at_large = any(not mods for mods in modifiers)
    return at_large and not any(_said(noun, said) for noun in narrowing)


# Dependents by which a noun's own phrase says more of it after it: "debt owed to banks",
# "output of oil", "debt that it owes its banks".
_POSTMODIFIERS = frozenset({"prep", "acl", "relcl"})


def _own_phrase(heads: list[Token]) -> set[str]:
    """The lemmas of the words (not a name's) of the nouns' own phrases after them, or of
    the amount a noun is "of" ("475 mln dlrs of term debt owed to banks", where the parse
    may hang "owed" on "dlrs"): what one of them says of its noun ("term debt owed to
    banks" is bank debt), unlike a word elsewhere in the sentence ("12 gas wells and
    found oil in none")."""
    phrases = [*heads]
    phrases += [h.head.head for h in heads if h.dep_ == "pobj" and h.head.lower_ == "of"]
    return {
        word.lemma_.lower()
        for head in phrases
        for child in head.children
        if child.dep_ in _POSTMODIFIERS
        for word in child.subtree
        if word.pos_ != "PROPN"
    }


# Entity types of an amount's own words ("30 pct stake", "500 mln dlr loan"), which say
# how much, not which kind.
_AMOUNT_ENTITIES = frozenset({"MONEY", "PERCENT", "QUANTITY", "CARDINAL"})


def _modifies(child: Token) -> bool:
    """An adjective or a noun said onto the noun, not a word of an amount."""
    return (
        child.dep_ in ("amod", "compound")
        and child.pos_ in ("ADJ", "NOUN", "PROPN")
        and child.ent_type_ not in _AMOUNT_ENTITIES
        and not child.like_num
    )


def _a_kind(noun: str) -> bool:
    """A noun of the language naming which kind of the asked noun the sentence gives: a
    thing ("gas wells") or a doing ("development aid"); the question's narrowing is kept
    to things only because a doing may be said by a verb, but compounded onto the noun a
    doing names a kind as well. Not a word WordNet has as an adjective too."""
    return noun_file(noun) is not None and not is_adjective(noun)


def _said(noun: str, said: set[str]) -> bool:
    return bool({noun, *relatives(noun, "n"), *source_verbs(noun)} & said)
