"""Deal predicates in a parsed sentence, with the tokens that fill their party slots.

Each verb or noun whose lemma has a frame (retrieval.registry.lexicon) is a candidate; its
slots are read from the parse (retrieval.registry.arguments) and its status from modality
(retrieval.registry.modality). A generic agreement noun that holds a more specific deal
("an agreement to acquire", "a merger agreement") leaves the deal to that word; "agree"
with a deal under it does the same ("agreed to buy", "agreed on a merger").
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from retrieval.models import AgreementKind, PartyRole
from retrieval.registry.arguments import (
    clause_subjects,
    governing_verb,
    governor_subjects,
    logical_objects,
    logical_subjects,
    reporter_subjects,
)
from retrieval.registry.lexicon import (
    FINANCE_NOUNS,
    GENERIC_NOUNS,
    KIND_MODIFIERS,
    NOUN_FRAMES,
    NOUNS_NEEDING_OF,
    STAKE_NOUNS,
    VERB_FRAMES,
    Frame,
)
from retrieval.registry.modality import Status, deal_status
from retrieval.registry.syntax import (
    is_passive,
    phrase_tokens,
    predicate_lemma,
    prep_objects,
    stray_prep_objects,
    with_conjuncts,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


@dataclass(frozen=True)
class Claim:
    """One deal predicate: what kind, how firm, and the tokens in each party slot."""

    trigger: Token
    kind: AgreementKind
    label: str
    status: Status
    slots: tuple[tuple[str, PartyRole, tuple[Token, ...]], ...]  # (slot, role, tokens)
    symmetric: bool
    # "A reached an agreement under which B will buy ...": A, the other side if unnamed.
    fallback: tuple[Token, ...] = ()
    # The agent's role, when the article's subject company plays it if the sentence names
    # no one in it: a passive without its agent ("operations are being sold to Greyhound"),
    # a deal noun without its own ("the sale of the stake to Ferrovial").
    implicit: PartyRole | None = None


def find_claims(doc: Doc, *, market: bool = False) -> list[Claim]:
    """`market`: the article reports shares traded on the market (see modality)."""
    found: list[Claim] = []
    for token in doc:
        claim = _verb_claim(token, market) if token.pos_ == "VERB" else None
        if claim is None and _noun_like(token):
            claim = _noun_claim(token, market)
        if claim is not None:
            found.append(claim)
    return found


def may_hold_a_deal(doc: Doc, *, market: bool = False) -> bool:
    """Cheap first look, before entities are recognised: a deal word that is not denied."""
    return any(_deal_word(token) and deal_status(token, market=market) is not None for token in doc)


def _deal_word(token: Token) -> bool:
    if token.pos_ == "VERB" and (predicate_lemma(token) in VERB_FRAMES or token.lemma_ == "take"):
        return True
    return _noun_like(token) and token.lemma_.lower() in NOUN_FRAMES


def undone_deal_words(doc: Doc, *, market: bool = False) -> set[str]:
    """The deal nouns a sentence denies ("talks on a proposed merger"): "the merger" later
    in the article is that same undone deal."""
    return {
        token.lemma_.lower()
        for token in doc
        if _noun_like(token)
        and token.lemma_.lower() in NOUN_FRAMES
        and deal_status(token, market=market) is None
    }


def _noun_like(token: Token) -> bool:
    """A noun, or a deal noun the tagger took for a verb ("a $6.75bn buyout")."""
    if token.pos_ in {"NOUN", "PROPN"}:
        return True
    lemma = token.lemma_.lower()
    return token.pos_ == "VERB" and lemma in NOUN_FRAMES and lemma not in VERB_FRAMES


def _verb_claim(verb: Token, market: bool) -> Claim | None:
    lemma = predicate_lemma(verb)
    frame = VERB_FRAMES.get(lemma)
    if frame is None and lemma == "take" and _takes_a_stake(verb):
        frame = VERB_FRAMES["acquire"]  # "has taken a stake in BAII"
    if frame is None or (lemma == "agree" and _holds_a_deal(verb)):
        return None
    status = deal_status(verb, market=market)
    if status is None:
        return None
    slots = []
    for slot, role in frame.slots.items():
        tokens = _verb_slot(verb, slot)
        if tokens:
            slots.append((slot, role, tuple(tokens)))
    implicit = None
    if is_passive(verb) and "subj" in frame.slots and not any(s[0] == "subj" for s in slots):
        reporter = reporter_subjects(verb)
        if reporter:
            slots.append(("subj", frame.slots["subj"], tuple(reporter)))
        elif verb.dep_ != "acl" or any(t.pos_ == "PROPN" for t in logical_objects(verb)):
            # "operations are being sold to Greyhound", "results include Technicon Corp,
            # acquired in August": the article's company did it; not "the price paid for
            # the holding", which says nothing of who paid.
            implicit = frame.slots["subj"]
    return Claim(
        verb,
        frame.kind,
        frame.kind,
        status,
        tuple(slots),
        frame.symmetric,
        _agreement_side(verb),
        implicit,
    )


def _agreement_side(verb: Token) -> tuple[Token, ...]:
    """Who made the agreement a deal verb hangs from ("an agreement under which ...")."""
    head = verb.head
    if verb.dep_ not in {"acl", "relcl"} or head.lemma_.lower() not in NOUN_FRAMES:
        return ()
    return tuple(governor_subjects(head))


def _verb_slot(verb: Token, slot: str) -> list[Token]:
    if slot == "subj":
        return logical_subjects(verb)
    if slot in {"obj", "owner"}:
        return logical_objects(verb)
    return prep_objects(verb, slot) or stray_prep_objects(verb, slot)


def _holds_a_deal(token: Token) -> bool:
    """ "agreed to buy", "agreed on a merger", "an agreement to acquire", "an agreement
    under which X will buy", "a letter of intent to sell": the inner deal word speaks, not
    the agreement around it."""
    needed = NOUNS_NEEDING_OF.get(token.lemma_.lower())
    if needed is not None:
        for inner in (g for c in token.children if c.lower_ == "of" for g in c.children):
            if inner.lemma_.lower() == needed and _holds_a_deal(inner):
                return True
    return any(_holds_inner_deal(child) for child in token.children)


def _holds_inner_deal(child: Token) -> bool:
    if child.dep_ in {"xcomp", "ccomp", "acl", "relcl", "advcl"}:
        return _deal_verb(child)
    if child.dep_ == "dobj":
        # "agreed a merger", "agreed plans to merge", "agreed terms to buy"
        inner = any(g.dep_ == "acl" and _deal_verb(g) for g in child.children)
        return child.lemma_.lower() in NOUN_FRAMES or inner
    if child.dep_ in {"prep", "dative"}:
        return any(
            (inner.dep_ == "pobj" and inner.lemma_.lower() in NOUN_FRAMES)
            or (inner.dep_ == "pcomp" and _deal_verb(inner))
            for inner in child.children
        )
    return False


def _for_money(noun: Token) -> bool:
    """ "an agreement ... for a 35 mln dlr credit line": financing, not an alliance."""
    verb = governing_verb(noun)
    heads = [noun] if verb is None else [noun, verb]
    return any(
        inner.lemma_.lower() in FINANCE_NOUNS
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ in {"for", "on", "to"}
        for inner in phrase_tokens(prep)
    )


def _deal_verb(token: Token) -> bool:
    return token.pos_ == "VERB" and predicate_lemma(token) in VERB_FRAMES


def _takes_a_stake(verb: Token) -> bool:
    return any(
        c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in STAKE_NOUNS for c in verb.children
    )


def _noun_claim(noun: Token, market: bool) -> Claim | None:
    lemma = noun.lemma_.lower()
    frame = NOUN_FRAMES.get(lemma)
    if frame is None or not _complete(noun, lemma) or _in_a_name(noun) or _revenue(noun):
        return None
    if noun.dep_ == "compound" and noun.head.lemma_.lower() in NOUN_FRAMES:
        return None  # "merger agreement": the head noun carries it, as a merger
    if lemma in GENERIC_NOUNS | set(NOUNS_NEEDING_OF) and _holds_a_deal(noun):
        return None
    if lemma in GENERIC_NOUNS and _for_money(noun):
        return None
    status = deal_status(noun, market=market)
    if status is None:
        return None
    kind, label = _noun_kind(noun, frame)
    slots = _noun_slots(noun, frame)
    agent = frame.slots.get("gov", "partner")
    implicit = agent if agent != "partner" else None
    return Claim(noun, kind, label, status, slots, frame.symmetric, (), implicit)


def _revenue(noun: Token) -> bool:
    """ "an increase in sales": sales are revenue; a sale is a deal."""
    return noun.lemma_.lower() == "sale" and noun.tag_ == "NNS"


def _in_a_name(noun: Token) -> bool:
    """ "WiMedia Alliance", "Multi-band OFDM alliance": a deal word in a name names a body."""
    if noun.ent_type_ in {"ORG", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW"}:
        return noun.lemma_.lower() not in {"mou", "memorandum"}
    return False


def _complete(noun: Token, lemma: str) -> bool:
    """ "letter" is a deal noun only as "letter of intent" (and so on)."""
    needed = NOUNS_NEEDING_OF.get(lemma)
    if needed is None:
        return True
    return any(
        c.lower_ == "of" and any(g.lemma_.lower() == needed for g in c.children)
        for c in noun.children
    )


def _noun_kind(noun: Token, frame: Frame) -> tuple[AgreementKind, str]:
    """The kind its modifiers give a deal noun, and its name as written: "a business
    cooperation and advanced technology strategic cooperation agreement" is a strategic
    cooperation agreement; "strategic cooperation framework agreement" a framework one."""
    modifiers = _left_modifiers(noun)
    lemmas = [m.lemma_.lower() for m in modifiers]
    kind = frame.kind
    if frame.kind in {"cooperation agreement", "partnership"}:
        for lemma in lemmas:
            specific = KIND_MODIFIERS.get(lemma)
            if specific is not None and KIND_RANK_OF[specific] < KIND_RANK_OF[kind]:
                kind = specific
        if "strategic" in lemmas and kind in {"partnership", "cooperation agreement"}:
            kind = "strategic cooperation agreement"
    if noun.lemma_.lower() == "venture":
        kind = "joint venture"
        return kind, "joint venture"
    kinded = [i for i, lemma in enumerate(lemmas) if lemma in KIND_MODIFIERS or lemma in
              {"cooperation", "partnership", "alliance"}]  # fmt: skip
    words = [m.lower_ for m in modifiers[kinded[0] :]] if kinded else []
    label = " ".join([*words, noun.lower_])
    if noun.lemma_.lower() in NOUNS_NEEDING_OF:
        label = f"{noun.lower_} of {NOUNS_NEEDING_OF[noun.lemma_.lower()]}"
    return kind, label


def _left_modifiers(noun: Token) -> list[Token]:
    """The adjectives and nouns before a noun that modify it (and their own modifiers)."""
    found: list[Token] = []
    for child in noun.lefts:
        if child.dep_ in {"amod", "compound", "nmod"}:
            found.extend(_left_modifiers(child))
            found.append(child)
    return found


# Most specific first: a modifier may only make a generic kind more specific.
KIND_RANK_OF: dict[AgreementKind, int] = {
    "framework agreement": 0,
    "memorandum of understanding": 1,
    "joint venture": 2,
    "merger": 3,
    "acquisition": 4,
    "strategic cooperation agreement": 5,
    "supply agreement": 6,
    "licensing agreement": 7,
    "investment": 8,
    "partnership": 9,
    "cooperation agreement": 10,
}


def _noun_slots(noun: Token, frame: Frame) -> tuple[tuple[str, PartyRole, tuple[Token, ...]], ...]:
    slots: list[tuple[str, PartyRole, tuple[Token, ...]]] = []
    filled: set[PartyRole] = set()
    verb = governing_verb(noun)
    for slot, role in frame.slots.items():
        if slot == "gov":
            continue
        tokens = _noun_slot(noun, slot)
        if not tokens and verb is not None and slot in _COMPLEMENTS:
            tokens = prep_objects(verb, slot)  # "completed the sale of X to B"
        if not tokens and verb is not None and slot == "by" and not is_passive(verb):
            # "approved the acquisition of the company by B": an active verb has no "by"
            # of its own, so it is the noun's agent the parse hung on the verb.
            tokens = prep_objects(verb, slot)
        if not tokens:
            tokens = stray_prep_objects(noun, slot, _NOUN_STRAYS)
        if not tokens and slot == "with":
            tokens = _with_in_purpose(noun)
        if tokens:
            slots.append((slot, role, tuple(tokens)))
            filled.add(role)
    accepted_by = _acceptor(noun)
    if accepted_by:
        slots.append(("poss", "target", tuple(accepted_by)))  # "Dome's acceptance of a bid"
        filled.add("target")
    if frame.symmetric and _members_named(noun, slots):
        return tuple(slots)  # "the group, a partnership of A and B": the group is not a third
    governor = governor_subjects(noun)
    if not governor and len(slots) < 2:
        # No agent of its own: the deal of whoever reports it, or does it in the clause.
        governor = reporter_subjects(noun) or clause_subjects(noun)
    role = _governor_role(frame, filled)
    # "signed a letter of intent covering its purchase from B of C": the noun's own
    # possessor and complements name every side; what governs it adds none.
    if governor and not (role in filled and role != "partner" and _both_sides(filled)):
        slots.append(("gov", role, tuple(governor)))
    return tuple(slots)


def _both_sides(filled: set[PartyRole]) -> bool:
    return "acquirer" in filled and bool(filled & {"target", "seller"})


# The complements that name all the members of a merger, venture or partnership.
_MEMBERS = frozenset({"of", "between"})


def _with_in_purpose(noun: Token) -> list[Token]:
    """ "a partnership to develop the field with B": who does the purpose with them is
    the partner (the parse hangs "with" on the infinitive)."""
    return [
        found
        for clause in noun.children
        if clause.dep_ == "acl" and any(c.lower_ == "to" for c in clause.children)
        for found in prep_objects(clause, "with")
    ]


def _members_named(noun: Token, slots: list[tuple[str, PartyRole, tuple[Token, ...]]]) -> bool:
    """ "a merger of A and B", "a venture between A and B": the complement names every
    member, so whoever the noun is said of (its subject, its head) is the deal itself.
    The names are every proper noun of the coordinated complement: a descriptive noun
    before a name ("gas giant A and oil firm B") often breaks the parse of the
    coordination, but not the phrase."""
    for index, (slot, role, tokens) in enumerate(slots):
        if slot not in _MEMBERS:
            continue
        objects = [g for c in noun.children if c.lower_ == slot for g in c.children]
        phrase = [t for o in objects if o.dep_ == "pobj" for t in o.subtree]
        if not any(t.dep_ == "cc" and t.lower_ in {"and", "&"} for t in phrase):
            continue
        named = [t for t in phrase if t.pos_ == "PROPN" and t.dep_ != "compound"]
        members = tuple(dict.fromkeys([*tokens, *named]))
        if len(members) >= 2:
            slots[index] = (slot, role, members)
            return True
    return False


def _acceptor(noun: Token) -> list[Token]:
    """Who accepted an offer: "Dome's acceptance of a takeover bid from Amoco"."""
    head = noun.head.head if noun.dep_ == "pobj" else None
    if head is None or head.lemma_.lower() not in {"acceptance", "approval"}:
        return []
    return [c for c in head.children if c.dep_ == "poss"]


def _governor_role(frame: Frame, filled: set[PartyRole]) -> PartyRole:
    """The governing subject's part: the frame's, unless another slot already has it
    ("MCI agreed to a buyout by Verizon": MCI is bought)."""
    role = frame.slots.get("gov", "partner")
    if role == "acquirer" and "acquirer" in filled and "target" not in filled:
        return "target"
    return role


# Prepositions a parse may attach inside a deal noun's phrase: "a joint venture for
# franchising service centers with Seal-It Corp".
_NOUN_STRAYS = frozenset({"to", "from", "into", "with", "between"})
# Prepositions of a deal noun that may attach to the verb governing it instead.
_COMPLEMENTS = frozenset({"to", "from", "with", "between", "into"})


def _noun_slot(noun: Token, slot: str) -> list[Token]:
    if slot == "poss":
        return [t for c in noun.children if c.dep_ == "poss" for t in with_conjuncts(c)]
    if slot == "compound":
        return _proper_modifiers(noun)
    return prep_objects(noun, slot) or _after_a_time(noun, slot) or _examples(noun, slot)


def _examples(noun: Token, preposition: str) -> list[Token]:
    """ "acquisitions such as that of Inktomi", "partnerships such as those with BT": the
    pronoun stands for the noun, its complement is the noun's."""
    found: list[Token] = []
    for example in _such_as(noun):
        if example.lower_ in {"that", "those"}:
            found.extend(prep_objects(example, preposition))
    return found


def _such_as(noun: Token) -> list[Token]:
    """The examples in "N such as X and Y" (the parse hangs "as" on "such" or on N)."""
    heads = [noun, *(c for c in noun.children if c.lower_ == "such")]
    return [
        example
        for head in heads
        for prep in head.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for pobj in prep.children
        if pobj.dep_ == "pobj"
        for example in with_conjuncts(pobj)
    ]


def _after_a_time(noun: Token, preposition: str) -> list[Token]:
    """ "the takeover last November of Abbey National": a time phrase may stand between
    a noun and its complement (the parse then hangs the complement elsewhere)."""
    doc = noun.doc
    index = noun.i + 1
    while index < len(doc) and doc[index].ent_type_ == "DATE":
        index += 1
    if index == noun.i + 1 or index >= len(doc) or doc[index].lower_ != preposition:
        return []
    return [g for c in doc[index].children if c.dep_ == "pobj" for g in with_conjuncts(c)]


def _proper_modifiers(noun: Token) -> list[Token]:
    """ "the Baker/Hughes merger", "the Renault-Nissan alliance": names before the noun."""
    found: list[Token] = []
    for child in noun.children:
        if child.dep_ in {"compound", "nmod"} and child.pos_ == "PROPN":
            found.append(child)
            found.extend(_proper_modifiers(child))
    return found
