"""What an amount is paid for: another named firm bought, sold or held for it ("agreed to
sell Vetra Oy for 100,000 dlrs"), or a unit of an asked firm ("bought Sun Chemical's
graphic arts group for 550 mln dlrs"), which is no answer to what was paid for or held in
the asked firm.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from retrieval.nlp.names import same_party
from retrieval.reading.asked_match import is_asked_name
from retrieval.reading.asking import AskedQuestion
from retrieval.reading.kinds import NAME_ANSWERS
from retrieval.reading.named_subjects import name_around, relative_antecedent
from retrieval.registry.passives import described_name
from retrieval.registry.syntax import is_infinitive
from retrieval.text import ACQUIRE_CONCEPT, terms

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# Roles of the question's firms that are not the thing traded: who acts, the other side.
ACTORS = frozenset({"subj", "from", "by", "with"})
# Prepositions whose object is what a payment or a holding is for: "pay ... for X",
# "a stake in X", "the stock of X".
THEME_PREPOSITIONS = frozenset({"for", "in", "of"})
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
# ... nor a time: "owe PSG 5m from the purchase of Anelka in May 2002" trades no "May".
TIME_ENTITIES = frozenset({"DATE", "TIME"})
# Clauses saying what a payment is for: "paid 10 mln dlrs to buy X".
PURPOSE_CLAUSES = frozenset({"xcomp", "advcl", "relcl", "acl"})


def trades_another(span: Span, names: Sequence[str]) -> bool:
    """The amount is what another named firm is bought, sold or held for: "agreed to sell
    Vetra Oy for 100,000 dlrs", "to acquire the stock of Osko at 22 dlrs a share", "holds 5
    pct of Osko"."""
    for theme in _themes(span):
        given = name_around(theme)
        if given and not is_asked_name(given, list(names)):
            return True
    return False


def names_traded(question: AskedQuestion) -> tuple[str, ...]:
    """The firms the question gives as bought, sold or held: parties that are neither who
    acts nor the other side ("from ARCO"). None when a part asks for a name (what was
    bought is asked, so it cannot be checked) or when only one party is named (a firm that
    "X is paying" for may be any)."""
    if len(question.parties) < 2 or any(p.kind in NAME_ANSWERS for p in question.parts):
        return ()
    acting = {name for p in question.parts for _, role, name in p.arguments if role in ACTORS}
    return tuple(name for name in question.parties if name not in acting)


# Nouns for a part of a firm sold on its own (not its assets, operations or business,
# which may be the whole of it).
SUB_UNITS = frozenset("unit subsidiary division arm affiliate plant brand chain group".split())
# Nouns by which a question speaks of a part of a firm.
PART_WORDS = SUB_UNITS | frozenset("business operation operations asset assets".split())


def trades_a_part(span: Span, names: Sequence[str], question: str) -> bool:
    """The amount is what a unit of an asked firm is bought or sold for ("bought Sun
    Chemical's graphic arts group for 550 mln dlrs"), which is no price of the whole firm
    the question asks about -- unless the question speaks of a part of a firm too."""
    if PART_WORDS & set(re.findall(r"[a-z]+", question.lower())):
        return False
    for theme in _theme_words(span):
        if theme.pos_ != "NOUN" or theme.lemma_.lower() not in SUB_UNITS:
            continue
        owners = [c for c in theme.children if c.dep_ == "poss" and c.pos_ == "PROPN"]
        if _own_name_asked(theme, names):
            continue  # "Marietta Corp's Martin Marietta Environmental Systems unit": asked
        if any(is_asked_name(name_around(owner), list(names)) for owner in owners):
            return True
    return False


def _own_name_asked(unit: Token, names: Sequence[str]) -> bool:
    """The unit's own name (the proper nouns before the noun) is an asked name."""
    own = [c for c in unit.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not own:
        return False
    words = [t for c in own for t in c.subtree if t.pos_ == "PROPN"]
    name = " ".join(t.text for t in sorted(words, key=lambda t: t.i))
    return any(same_party(asked, name) for asked in names)


def _themes(span: Span) -> list[Token]:
    """The named things the amount's clause trades."""
    return [named for named in map(_proper, _theme_words(span)) if named is not None]


def _theme_words(span: Span) -> list[Token]:
    """The named things the amount's clause trades: the object of its verb and the
    objects of "for"/"in"/"of" on the way up to it, outside the amount itself; the name a
    participle after it describes, the thing owned or sold ("SIA, now 63 pct-owned by
    Temasek")."""
    inside = {t.i for t in span.root.subtree}
    found: list[Token] = []
    for token in [span.root, *span.root.ancestors]:
        found += _purpose_objects(token)
        for child in token.children:
            if child.i in inside:
                continue
            if child.dep_ == "prep" and child.lower_ in THEME_PREPOSITIONS:
                found += [c for c in child.children if c.dep_ == "pobj" and not _where(c)]
            elif child.dep_ == "dobj" and token.pos_ == "VERB":
                found.append(child)
        inside |= {t.i for t in token.subtree}
        # the amount's own words are no verb, whatever the tagger made of "328m"
        if token.pos_ == "VERB" and not span.start <= token.i < span.end:
            described = described_name(token)
            found += [described] if described is not None else []
            break
    return found


def _where(token: Token) -> bool:
    """A place after "in" says where the clause happens ("received 33 mln dlrs in financing
    ... in Orange County, Calif."), a time when ("in May 2002"), not what is traded."""
    return token.head.lower_ == "in" and token.ent_type_ in PLACE_ENTITIES | TIME_ENTITIES


def _purpose_objects(word: Token) -> list[Token]:
    """What a payment is for, said by an infinitive of buying on the amount or its verb:
    "paying 328 mln stg to buy Tibbett", "328 mln dlrs to acquire Tessik" (however the
    parse hangs the infinitive); the firm bought is named outright. Other purposes
    ("to strengthen its position in the U.S.", "to supply Ardent Mills") say why, not
    what for."""
    return [
        obj
        for clause in word.children
        if clause.dep_ in PURPOSE_CLAUSES
        and ACQUIRE_CONCEPT in terms(clause.text)
        and is_infinitive(clause)
        for obj in clause.children
        if obj.dep_ == "dobj" and obj.pos_ == "PROPN"
    ]


def _proper(token: Token) -> Token | None:
    """The proper name a theme stands for: itself; the antecedent of "which"; the firm of
    "the stock of AMI"."""
    if token.pos_ == "PROPN":
        return token
    if token.tag_ in ("WDT", "WP"):
        return relative_antecedent(token)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            named = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if named:
                return named[0]
    return None
