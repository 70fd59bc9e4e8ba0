"""Names the NER took for places that fill an argument slot of the question's relation.

The NER labels many unfamiliar firm names places ("its stake in Xandor", "signed with
Brelco" tagged GPE). A proper noun no gazetteer knows as a place, written capitalised
inside the sentence, that is the subject or object of a verb, or the object of a
preposition of partnership under a verb or a deal noun, names a side of the relation:
a party. Since the NER was unsure, it is only a guessed party (`AskedQuestion.guessed`):
when no candidate article writes it as a name it is dropped, never a reason to refuse
(eligibility.known_parties).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.nlp.vocabulary import is_word_of_the_language
from retrieval.reading.asked_places import occurrences
from retrieval.reading.kinds import DEAL_NOUNS
from retrieval.registry.places import place_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Labels the NER gives unfamiliar firm names it takes for places.
_PLACE_LABELS = frozenset({"GPE", "LOC"})
# A verb's subject and objects: who acts and who is acted on.
_ACTING = frozenset({"nsubj", "nsubjpass", "dobj", "dative"})
# Prepositions whose object under a verb is the other side of a relation ("signed with",
# "bought from", "sold to", "merged into"); "in" and "at" under a verb say where.
_PARTNER_PREPOSITIONS = frozenset({"with", "from", "to", "into"})
# Under a noun of a deal or a holding "in" names the firm held ("its stake in X").
_HOLDING_PREPOSITIONS = _PARTNER_PREPOSITIONS | {"in"}
_HOLDING_NOUNS = DEAL_NOUNS | frozenset({"stake", "interest", "holding", "investment"})


def guessed_parties(doc: Doc, names: Sequence[str], parties: Sequence[str]) -> tuple[str, ...]:
    """The names (not yet parties) the NER labelled places, no place's name, that fill
    an argument slot of a verb or a deal noun wherever the question writes them."""
    found = []
    for name in names:
        if name in parties or place_name(name.split()) or not _coined(name):
            continue
        spans = occurrences(doc, name)
        if spans and all(_argument(span) for span in spans):
            found.append(name)
    return tuple(found)


def _coined(name: str) -> bool:
    """No word of the name is a word of the language WordNet knows: a coined name
    ("Xandor"), which can only be a firm's or a person's; WordNet lists the cities and
    countries ("Ottawa", "Soviet Union") and place names are made of words ("Fountain
    Valley")."""
    return not any(is_word_of_the_language(word.lower()) for word in name.split())


def _argument(span: Span) -> bool:
    """The span is a capitalised proper noun, not the sentence's first word, labelled a
    place, in an argument slot."""
    root = span.root
    if root.ent_type_ not in _PLACE_LABELS or root.pos_ != "PROPN":
        return False
    if span[0].is_sent_start or not span[0].text[:1].isupper():
        return False  # a capital opening a sentence says nothing
    return _in_argument_slot(root)


def _in_argument_slot(token: Token) -> bool:
    """Subject or object of a verb, or object of a preposition of partnership under a
    verb, or of one of holding under a deal noun."""
    if token.dep_ in _ACTING:
        return token.head.pos_ in ("VERB", "AUX")
    if token.dep_ != "pobj":
        return False
    preposition = token.head
    head = preposition.head
    if head.pos_ == "VERB":
        # "what stake has Halden built in Xandor": the parse hangs the holding's "in" on
        # the verb whose object the holding is; it names the firm held all the same
        held = preposition.lower_ in _HOLDING_PREPOSITIONS and any(
            c.dep_ == "dobj" and _a_holding(c) for c in head.children
        )
        return preposition.lower_ in _PARTNER_PREPOSITIONS or held
    return head.pos_ == "NOUN" and (
        _a_holding(head) and preposition.lower_ in _HOLDING_PREPOSITIONS
    )


def _a_holding(noun: Token) -> bool:
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in _HOLDING_NOUNS
