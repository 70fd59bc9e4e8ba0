"""The names a question joins or lists: parties acting together, names side by side.

Joint parties are names coordinated in a question about acting together ("Ford and
Volkswagen ... together", "the joint venture between Sony and Philips"); listed names stand
side by side with nothing but commas and coordinators between them ("Antonson, Ferrado and
the Harrowsmith and Equinox magazines"), each asked of in turn.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from retrieval.reading.asked_names import NOT_NAMES, strip_possessive
from retrieval.reading.asked_places import modifies_a_noun, occurrences

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

JOINT_WORDS = frozenset({"together", "jointly", "joint", "each", "both", "between"})


def joint_parties(doc: Doc, parties: Sequence[str], listed: Sequence[str] = ()) -> tuple[str, ...]:
    """Parties coordinated with each other ("Ford and Volkswagen", "Sony, Philips and
    Samsung") in a question about what they do together ("together", "jointly", "joint
    venture", "each", "between")."""
    if not any(_joins(token) for token in doc):
        return ()
    heads = _name_heads(doc, parties)
    # Names inside a subordinate clause that says nothing of acting together are not the
    # joint parties: "Airod, the joint venture that won a contract to service F-16 and F-4
    # parts" does not ask about the two jets together.
    actors = {i: n for i, n in heads.items() if _in_joint_clause(doc[i])}
    joined = [
        name
        for index, name in heads.items()
        if (doc[index].dep_ == "conj" and doc[index].head.i in actors)
        or (
            index in actors
            and any(child.dep_ == "conj" and child.i in heads for child in doc[index].children)
        )
    ]
    joined = list(dict.fromkeys(joined))
    return () if _each_apart(doc, [*joined, *listed], parties) else tuple(joined)


def _joins(word: Token) -> bool:
    """A word of acting together; "between" two times or numbers bounds a span ("bought
    shares between Feb 24 and March 9"), joining no one."""
    if word.lower_ not in JOINT_WORDS:
        return False
    objects = [o for c in word.children if c.dep_ == "pobj" for o in (c, *c.conjuncts)]
    bounds = len(objects) >= 2 and all(_a_time_or_number(o) for o in objects)
    return word.lower_ != "between" or not bounds


def _a_time_or_number(word: Token) -> bool:
    """ "1985", "March 9", "Feb 24": a time the recogniser may miss has its number after it
    ("the two companies" is counted, not dated)."""
    dated = any(c.dep_ == "nummod" and c.like_num and c.i > word.i for c in word.children)
    return word.ent_type_ in NOT_NAMES or word.like_num or dated


def _each_apart(doc: Doc, joined: Sequence[str], parties: Sequence[str]) -> bool:
    """ "Which banks were A, B and C each trying to take over?": "each" alone distributes
    the verb over its subjects (coordinated, or listed side by side where the parse of a
    long list breaks); with nothing else named for them to share (as "Telit" is in "what
    stake do STET and Fiat each hold in Telit"), each may act in a story of its own."""
    words = {token.lower_ for token in doc} & JOINT_WORDS
    return words == {"each"} and set(parties) <= set(joined)


def _name_heads(doc: Doc, names: Sequence[str]) -> dict[int, str]:
    """The head word of each of the names in the question."""
    heads: dict[int, str] = {}
    for entity in doc.ents:
        name = strip_possessive(entity)
        if name in names:
            heads[entity.root.i] = name
    missing = [n for n in names if n not in heads.values()]
    for name, (start, end) in _name_spans(doc, missing).items():
        heads.setdefault(doc[start:end].root.i, name)  # a run of proper nouns the NER left out
    return heads


# Words that may stand between the items of a list of names ("A, B and the C magazines").
_LIST_JOINERS = frozenset({",", "and", "or", "the", "either", "both"})


def listed_names(doc: Doc, names: Sequence[str]) -> tuple[str, ...]:
    """Names the question lists side by side ("Antonson, Ferrado and the Harrowsmith and
    Equinox magazines"): nothing but commas and coordinators between them. Read from the
    words, as the parse of a list of three or more names is often broken."""
    spans = _in_order(doc, names)
    listed: set[str] = set()
    for first, second, gap in _neighbours(doc, spans):
        if _side_by_side(gap) or _possessed_in_turn(gap):
            listed |= {first, second}
    return tuple(name for name, _ in spans if name in listed)


def _side_by_side(gap: Span) -> bool:
    """Nothing but commas and coordinators between two names; a name the question does
    not know may stand in the list too ("A, Ferrado and B")."""
    between = {t.lower_ for t in gap if t.pos_ != "PROPN"}
    return between <= _LIST_JOINERS and bool(between & {",", "and", "or"})


def owners_in_turn(doc: Doc, names: Sequence[str], parties: Sequence[str]) -> tuple[str, ...]:
    """The parties, and the other names owning things in turn with them ("Sumitomo Corp's
    Swiss franc notes and Helaba Luxembourg's private placement", "Bacob Finance's
    eurobond and the City of Quebec's eurobond"): owners listed side by side stand in one
    role, so a place (a government issuing a bond) or a name the NER took for one is a
    party like the firms beside it. So is any name listed with a party ("which labels are
    Corvex, Halden and Brian Osko with", two bands the NER took for places): conjuncts of
    one coordination are of one kind, in one role. Not an owner ("Algeria's ENOF and
    Spain's Almaden"): the conjunct is the thing it owns, not the owner."""
    others = [n for n in names if n not in parties]
    owners = [n for n in others if _owns(doc, n)]
    # a name modifying a noun ("Simsa, the Madrid company") describes; it is no conjunct
    listed = [
        n
        for n in others
        if n not in owners and _stands_alone(doc, n) and not any(n in p for p in parties)
    ]
    owning = {*owners, *_owning(doc, parties)}  # an owner's conjunct is what it owns
    pairs = [
        {first, second}
        for first, second, gap in _neighbours(doc, _in_order(doc, [*parties, *owners]))
        if _possessed_in_turn(gap)
    ] + [
        {first, second}
        for first, second, gap in _neighbours(doc, _in_order(doc, [*parties, *listed]))
        if _side_by_side(gap) and not {first, second} & owning
    ]
    # the list grows from a party through owners joined in turn; owners listed only with
    # each other, apart from every party, stand in some other role
    reached = set(parties)
    while grown := [pair for pair in pairs if pair & reached and not pair <= reached]:
        reached.update(*grown)
    return (*parties, *(n for n in others if n in reached))


def _in_order(doc: Doc, names: Sequence[str]) -> list[tuple[str, tuple[int, int]]]:
    """The names the question writes, with their token spans, in the order written."""
    return sorted(_name_spans(doc, names).items(), key=lambda item: item[1][0])


def _neighbours(
    doc: Doc, spans: list[tuple[str, tuple[int, int]]]
) -> Iterator[tuple[str, str, Span]]:
    """Each two names written one after the other, with the words between them."""
    for (first, (_, end)), (second, (start, _)) in pairwise(spans):
        if start > end:
            yield first, second, doc[end:start]


def _owning(doc: Doc, names: Sequence[str]) -> set[str]:
    return {name for name in names if _owns(doc, name)}


def _stands_alone(doc: Doc, name: str) -> bool:
    """The name is a noun phrase of its own, not a word modifying a noun ("the Madrid
    company", "its Quebec plant") nor an adjective ("the German firm") nor a place hung on
    another name ("Halden Corp of Dallas", "Corvex Steel Inc, Pittsburgh,"); the parse may
    take a name for a verb ("Busted")."""
    span = _name_spans(doc, [name]).get(name)
    if span is None:
        return False
    last = doc[span[1] - 1]
    # a word compounded onto a proper noun after it modifies that name ("German Halden":
    # the firm's nationality), as it does a common noun
    named = last.dep_ in ("compound", "amod") and last.head.pos_ == "PROPN"
    modifier = last.pos_ == "ADJ" or modifies_a_noun(last) or (named and last.head.i >= span[1])
    return not modifier and not _locates(doc[span[0] : span[1]].root)


def _locates(word: Token) -> bool:
    """The word tells where another name is: the object of a preposition on a proper noun
    ("Halden Corp of Dallas") or set beside a firm's name ("Corvex Steel Inc, Pittsburgh,"
    is an appositive or bare noun adverbial of the firm) -- a modifier, not a conjunct."""
    head = word.head
    if word.dep_ == "pobj" and head.dep_ == "prep":
        return head.head.pos_ == "PROPN"
    return word.dep_ in ("appos", "npadvmod") and head.pos_ == "PROPN" and head.ent_type_ == "ORG"


def _owns(doc: Doc, name: str) -> bool:
    """The name is written with a possessive after it ("the City of Quebec's")."""
    span = _name_spans(doc, [name]).get(name)
    return span is not None and span[1] < len(doc) and doc[span[1]].tag_ == "POS"


def _possessed_in_turn(between: Span) -> bool:
    """ "A's 100 mln dlr eurobond, B's 50 mln dlr eurobond and C's ...": each name owns a
    thing of its own, one after the other; the list is of the things, one owner each. The
    first name's thing is a noun phrase (no verb, no preposition) ending at the list's comma
    or "and"; what follows up to the next name is more such items (a place's "of" inside)."""
    if len(between) < 3 or between[0].tag_ != "POS":
        return False
    joiners = [t.i for t in between if t.lower_ in {",", "and", "or"}]
    if not joiners:
        return False
    thing = between.doc[between.start + 1 : joiners[0]]
    rest = between.doc[joiners[0] : between.end]
    noun = any(t.pos_ == "NOUN" for t in thing)
    phrase = all(t.pos_ in _THING_WORDS for t in thing)
    # further items may stand between ("the Republic of Portugal's bond"): noun phrases
    items = all(t.pos_ in _THING_WORDS or t.lower_ in _ITEM_WORDS for t in rest)
    return noun and phrase and items


# What the thing a listed name owns is made of: "100 mln Australian dlr eurobond".
_THING_WORDS = frozenset({"NOUN", "NUM", "ADJ", "PROPN", "SYM", "PUNCT"})
_ITEM_WORDS = _LIST_JOINERS | {"of", "'s", "’s"}


def _name_spans(doc: Doc, names: Sequence[str]) -> dict[str, tuple[int, int]]:
    """Where each name is first written in the question (token offsets)."""
    found: dict[str, tuple[int, int]] = {}
    for name in names:
        spans = occurrences(doc, name)  # whole tokens: "Dome" is not in "Domestic"
        if spans:
            found[name] = (spans[0].start, spans[0].end)
    return found


SUBORDINATE = frozenset({"relcl", "acl", "advcl", "ccomp", "xcomp", "csubj"})


def _in_joint_clause(token: Token) -> bool:
    """The innermost subordinate clause holding the word speaks of acting together (or
    the word is in the main clause)."""
    node = token
    while node.head.i != node.i:
        if node.dep_ in SUBORDINATE:
            return any(t.lower_ in JOINT_WORDS for t in node.subtree)
        node = node.head
    return True
