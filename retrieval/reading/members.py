"""Members of an asked class: a sentence naming the things the asked noun stands for
answers "which newspapers did X buy" better than one that only speaks of newspapers.

English names a member of a class in a few fixed constructions, whatever the class:
- apposition or a copula: "the newspapers, The Herald, The Lance and Metro One", "the units
  are Halden Mining and Corvex Gold";
- a name modifying the class noun, before it or (as a title) after it: "the PowerPage and
  Think Secret websites", "its F-16 jet", "TV station KPST";
- the patterns that mark a hyponym (Hearst 1992): "shows such as Who's Your Daddy",
  "drugs including PEG-catalase", "PEG-uricase and two other drugs".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.vocabulary import is_common_word

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Entities that say where or whose a thing is, not which it is ("the Tokyo office", "the
# Chinese websites").
DESCRIBING_ENTITIES = frozenset({"NORP", "GPE", "LOC", "DATE", "TIME"})
# Prepositions that introduce examples of the noun ("drugs including X", "such as X").
EXAMPLE_PREPOSITIONS = frozenset({"including", "as", "like"})
COORDINATORS = frozenset({"and", "or"})


def names_its_members(doc: Doc, focus: str, asked: frozenset[str] = frozenset()) -> bool:
    """The sentence names things of the asked class (`focus`, a noun's lemma). A name the
    question writes (`asked`, its lower-case words) is what it asks about, not an answer:
    "the AIDS test" for "what other test besides the AIDS test kit"."""
    for noun in (t for t in doc if t.lemma_.lower() == focus):
        if noun.pos_ == "PROPN":
            # a capitalised class noun counts only as the title of the name after it, and
            # only a word of the language is a class ("Station", not "Crossrail")
            if is_common_word(focus) and _titles_a_name(noun, asked):
                return True
            continue
        if noun.pos_ == "NOUN" and (
            _by_apposition(noun)
            or _by_modifier(noun, asked)
            or _by_example(noun, asked)
            or _before_others(noun, asked)
        ):
            return True
    return False


def equated(noun: Token, name: Token) -> bool:
    """A copula says the noun is the name, or one of the names: "Partners on Draugen are
    Shell, the operator, ... and Statoil"."""
    while name.dep_ in ("conj", "compound"):  # "..., BP Plc unit BP Norway Ltd and ..."
        name = name.head
    verb = noun.head
    sides = {noun.dep_, name.dep_}
    return verb.lemma_ == "be" and name.head.i == verb.i and sides == {"nsubj", "attr"}


def _by_apposition(noun: Token) -> bool:
    named = [c for c in noun.children if c.dep_ == "appos" or _listed_after(noun, c)]
    named += [c for c in noun.head.children if c.dep_ == "attr" and equated(noun, c)]
    return any(t.pos_ == "PROPN" for c in named for t in c.subtree)


def _listed_after(noun: Token, conjunct: Token) -> bool:
    """Names set off by a comma after a common noun are what it is, though the parse makes
    them its conjuncts ("the newspapers, The Herald, The Lance and Metro One")."""
    comma = conjunct.left_edge.i - 1
    return (
        conjunct.dep_ == "conj"
        and conjunct.pos_ == "PROPN"
        and comma == noun.i + 1
        and noun.doc[comma].text == ","
    )


def _by_modifier(noun: Token, asked: frozenset[str]) -> bool:
    """A name right before the class noun says which one it is ("the Think Secret
    websites", "Chevron outlets"), read from the words, as the parse often misplaces such
    names; a place or a time says where or when ("the Tokyo office"), and a name the
    question writes whose it is ("the Corvex Publishing newspapers" for "which newspapers
    did Corvex buy")."""
    run = []
    for token in reversed(noun.doc[noun.sent.start : noun.i]):
        if not _a_name_word(token, frozenset()):
            break
        run.append(token)
    return bool(run) and all(_a_name_word(t, asked) for t in run)


def _titles_a_name(noun: Token, asked: frozenset[str]) -> bool:
    """ "TV Station KPST": the class noun, capitalised, is the title of the name after it."""
    head = noun.head
    return noun.dep_ == "compound" and head.i > noun.i and _a_name_word(head, asked)


def _by_example(noun: Token, asked: frozenset[str]) -> bool:
    """ "shows such as Who's Your Daddy", "such shows as ...", "drugs including X"."""
    for preposition in noun.children:
        if preposition.dep_ != "prep" or preposition.lower_ not in EXAMPLE_PREPOSITIONS:
            continue
        if preposition.lower_ == "as" and not _such(noun, preposition):
            continue
        examples = [t for c in preposition.children if c.dep_ == "pobj" for t in c.subtree]
        if any(_a_name_word(t, asked) for t in examples):
            return True
    return False


def _such(noun: Token, preposition: Token) -> bool:
    return any(c.lower_ == "such" for c in (*preposition.children, *noun.children))


def _before_others(noun: Token, asked: frozenset[str]) -> bool:
    """ "PEG-uricase and two other drugs": what comes before "and other N" is an N."""
    before = [c for c in noun.children if c.i < noun.i]
    if not before or not any(c.dep_ == "amod" and c.lower_ == "other" for c in before):
        return False  # "drugs other than Haldenase" excludes, it does not add
    start = min(c.left_edge.i for c in before)
    doc = noun.doc
    if start - 2 < noun.sent.start or doc[start - 1].lower_ not in COORDINATORS:
        return False
    member = doc[start - 2]
    return any(_a_name_word(t, asked) for t in doc[member.left_edge.i : member.i + 1])


def _a_name_word(token: Token, asked: frozenset[str]) -> bool:
    """A word of a name the question does not write (not a sentence's first word, a place
    or a time)."""
    if token.i == token.sent.start or token.ent_type_ in DESCRIBING_ENTITIES:
        return False
    if token.lower_ in asked:
        return False
    return token.pos_ == "PROPN" or (token.is_title and token.is_alpha)
