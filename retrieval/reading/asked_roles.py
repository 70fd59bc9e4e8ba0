"""The roles a question gives its names: who does what to whom ("did Norfolk Southern
offer ... for USAir": Norfolk Southern the subject of "offer", USAir its "for"), read from
the question's parse, and the same slots of any word in an article's sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.nlp.vocabulary import participle_base
from retrieval.reading.asked_names import NOT_NAMES
from retrieval.reading.kinds import Kind, focus_kind
from retrieval.reading.predicates import verb_after_subject

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Clauses whose verb, without a subject of its own, takes the subject of the one it hangs on.
CLAUSES = frozenset({"advcl", "xcomp", "conj", "acl"})


def part_arguments(
    span: Span, heads: tuple[str | None, str | None], parties: Sequence[str]
) -> tuple[tuple[str, str, str], ...]:
    found = []
    for token in span:
        # a holding's own "in"/"of" says what the deal is about: "pay for his stake in Leeds"
        holding = token.pos_ == "NOUN" and focus_kind(token.lemma_) is Kind.PERCENT
        # a word an auxiliary hangs on is a verb, whatever its tag ("did Osko acquire")
        verb = token.pos_ == "VERB" or any(c.dep_ == "aux" for c in token.children)
        # "did Norfolk Southern offer": the word after an inverted subject is the verb,
        # though tagged a noun ("the Norfolk Southern offer")
        tagged_noun = token.pos_ == "NOUN" and _noun_tagged_verb(token)
        verb = verb or tagged_noun
        if token.lemma_ not in heads and not verb and not holding:
            continue
        slots = argument_slots(token)
        if verb and not any(role == "subj" for role, _ in slots):
            slots += _inverted_subject(token)
        # "are GM and Isuzu investing": the verb the participle is of, as an article says it
        lemma = (participle_base(token.text) if tagged_noun else None) or token.lemma_.lower()
        for role, filler in slots:
            # "will Toyota and Volkswagen build": each conjunct fills the role
            for name_token in (filler, *filler.conjuncts):
                name = _party_named(name_token, parties)
                if name is not None:
                    found.append((lemma, role, name))
    return tuple(dict.fromkeys(found))


def _party_named(head: Token, parties: Sequence[str]) -> str | None:
    """The party whose name the head word ends: of two sharing the word ("paying for
    Billboard Publications" beside "Affiliated Publications"), the one with more of the
    phrase's words."""
    phrase = {t.text for t in head.subtree if t.pos_ == "PROPN" or t.dep_ == "compound"}
    having = [p for p in parties if head.text in p.split()]
    return max(having, key=lambda p: len(phrase & set(p.split())), default=None)


def _noun_tagged_verb(token: Token) -> bool:
    """ "did Norfolk Southern offer": a word after an inverted auxiliary and its subject."""
    auxiliary = _auxiliary_before(token)
    in_a_name = bool(token.ent_type_) or token.text[:1].isupper()  # "did Halden Corp ..."
    return auxiliary is not None and not in_a_name and verb_after_subject(token, auxiliary)


def _inverted_subject(verb: Token) -> list[tuple[str, Token]]:
    """ "Which partner did Inbev buy": the name between the inverted auxiliary and the verb
    is the verb's subject, however the parser hung it (often as the auxiliary's object)."""
    auxiliary = _auxiliary_before(verb)
    if auxiliary is None:
        return []
    return [("subj", verb.doc[auxiliary.i + 1 : verb.i].root)]


def _auxiliary_before(verb: Token) -> Token | None:
    """The auxiliary before the run of proper nouns right before the word, if any."""
    doc = verb.doc
    start = verb.i - 1
    # "are GM and Isuzu investing": names joined by "and" are one subject
    while start >= 0 and (doc[start].pos_ == "PROPN" or _joining(doc[start])):
        start -= 1
    # the parser may take "did" before a noun-tagged verb for the main verb
    if start == verb.i - 1 or start < 0 or not _auxiliary(doc[start]):
        return None
    return doc[start]


def _joining(token: Token) -> bool:
    """An "and" or "&" between two proper nouns."""
    doc = token.doc
    inside = 0 < token.i < len(doc) - 1
    return (
        token.lower_ in ("and", "&")
        and inside
        and doc[token.i - 1].pos_ == "PROPN"
        and doc[token.i + 1].pos_ == "PROPN"
    )


def _auxiliary(token: Token) -> bool:
    return token.pos_ == "AUX" or token.tag_ == "MD" or token.lemma_.lower() == "do"


def argument_slots(token: Token) -> list[tuple[str, Token]]:
    """(role, head word) of a verb's or noun's subject, possessor and prepositional
    objects: "Renta is paying" -> ("subj", Renta); "a stake in Sohu" -> ("in", Sohu)."""
    slots = []
    for child in token.children:
        if child.dep_ in ("nsubj", "poss") and child.pos_ == "PROPN":
            slots.append(("subj", child))
        elif child.dep_ == "prep":
            # "in May" names no party: a proper noun inside a date or amount is none
            objects = [
                c
                for c in child.children
                if c.dep_ == "pobj" and c.pos_ == "PROPN" and c.ent_type_ not in NOT_NAMES
            ]
            slots += [(child.lemma_.lower(), obj) for obj in objects]
    # "FCL launched a bid ..., valuing the company at ...": a verb without a subject of
    # its own takes the subject of the clause it hangs on.
    subjectless = token.pos_ == "VERB" and not any(
        child.dep_ in ("nsubj", "nsubjpass") for child in token.children
    )
    if subjectless and token.dep_ == "acl" and token.tag_ == "VBG" and token.head.pos_ == "PROPN":
        # "Corvex paying for ..." (also the parse of "what is Corvex paying"): a present
        # participle after a noun says what that noun does
        slots.append(("subj", token.head))
    elif subjectless and token.dep_ in CLAUSES and token.head.i != token.i:
        slots += [(role, head) for role, head in argument_slots(token.head) if role == "subj"]
    return slots
