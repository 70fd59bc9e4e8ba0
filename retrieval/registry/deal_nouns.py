"""What a deal noun says: its kind as its modifiers make it, and who fills its slots.

"a business cooperation and strategic cooperation agreement" is a strategic cooperation
agreement; "the sale of X to B", "a venture between A and B", "Dome's acceptance of a bid"
name the noun's parties through its possessor, its complements (also where the parse hung
them on the governing verb, past a time phrase, or in "such as those with B") and the
names before it; the subject of the verb governing it is a party unless the complements
already name every side (retrieval.registry.frames builds the claim).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.models import AgreementKind, PartyRole
from retrieval.registry.arguments import (
    clause_subjects,
    governor_subjects,
    reporter_subjects,
)
from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.ended import hindering
from retrieval.registry.lexicon import (
    GENERIC_NOUNS,
    KIND_MODIFIERS,
    NOUNS_NEEDING_OF,
    Frame,
)
from retrieval.registry.noun_complements import (
    after_a_time,
    bound_in_relative,
    document_slot,
    examples,
    makers_in_relative,
    predicated,
    whose,
    with_in_purpose,
    with_in_relative,
)
from retrieval.registry.passives import is_passive
from retrieval.registry.prices import priced_slot
from retrieval.registry.stray_prepositions import (
    cut_off_prep_objects,
    of_after_the_agent,
    past_an_aside,
    stray_prep_objects,
)
from retrieval.registry.supplying import recipient_in_purpose
from retrieval.registry.syntax import (
    coordinated_owners,
    governing_verb,
    is_infinitive,
    prep_objects,
)

if TYPE_CHECKING:
    from spacy.tokens import Token


def noun_kind(noun: Token, frame: Frame) -> tuple[AgreementKind, str]:
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


def noun_slots(noun: Token, frame: Frame) -> tuple[tuple[str, PartyRole, tuple[Token, ...]], ...]:
    slots: list[tuple[str, PartyRole, tuple[Token, ...]]] = []
    verb = governing_verb(noun)
    for slot, role in frame.slots.items():
        if slot == "gov" or (slot == "compound" and not frame.symmetric and not _of(noun)):
            continue  # "the Dome acquisition": the name may be what is bought
        slots += slot_entries(slot, role, _slot_tokens(noun, slot, verb))
    slots = _possessor_undergoes(frame, slots)
    filled = {role for _, role, _ in slots}
    accepted_by = _acceptor(noun)
    if accepted_by:
        slots.append(("poss", "target", tuple(accepted_by)))  # "Dome's acceptance of a bid"
        filled.add("target")
    if frame.symmetric and _members_named(noun, slots):
        return tuple(slots)  # "the group, a partnership of A and B": the group is not a third
    governor = makers_in_relative(noun) or governor_subjects(noun)
    if not governor and len(slots) < 2:
        # No agent of its own: the deal of whoever reports it, or does it in the clause. A
        # deal naming two sides itself, in a clause of reason or time, is not the
        # reporter's ("S and P said it may cut X because a partnership affiliated with A
        # and B bid for Y")
        named = sum(len(tokens) for _, _, tokens in slots) >= 2
        governor = reporter_subjects(noun, subordinate=not named) or clause_subjects(noun)
    role = _governor_role(frame, filled)
    # "signed a letter of intent covering its purchase from B of C": the noun's own
    # possessor and complements name every side; what governs it adds none.
    # "refused to block the merger of A with B": who ends a deal naming its parties is
    # no party to it
    outside = hindering(verb) and sum(t.pos_ == "PROPN" for _, _, ts in slots for t in ts) > 1
    if (
        governor
        and not outside
        and not (role in filled and role != "partner" and _both_sides(filled))
    ):
        slots.append(("gov", role, tuple(governor)))
    return tuple(slots)


def slot_entries(
    slot: str, role: PartyRole, tokens: list[Token]
) -> list[tuple[str, PartyRole, tuple[Token, ...]]]:
    """A slot's entry; for what is bought, also the later owners of a coordinated "of"
    ("bought the assets of A and B": B sold a part, as A did) as sellers."""
    if not tokens:
        return []
    owners = coordinated_owners(tokens) if role == "target" else []
    return [(slot, role, tuple(tokens))] + ([(slot, "seller", tuple(owners))] if owners else [])


def _slot_tokens(noun: Token, slot: str, verb: Token | None) -> list[Token]:
    tokens = _noun_slot(noun, slot)
    if not tokens and slot == "with":
        # the agreement's own clauses before the verb's "with", which may be the purpose's
        # thing hung too high ("signed an agreement to provide B, ..., with all its power")
        tokens = (
            with_in_purpose(noun)
            or with_in_relative(noun)
            or recipient_in_purpose(noun)
            or bound_in_relative(noun)
            or _bound_by_purpose(noun)
        )
    if not tokens and verb is not None and slot in _COMPLEMENTS:
        tokens = prep_objects(verb, slot)  # "completed the sale of X to B"
    if not tokens and verb is not None and slot == "by" and not is_passive(verb):
        # "approved the acquisition of the company by B": an active verb has no "by"
        # of its own, so it is the noun's agent the parse hung on the verb.
        tokens = prep_objects(verb, slot)
    if not tokens:
        tokens = stray_prep_objects(noun, slot, _NOUN_STRAYS) or cut_off_prep_objects(noun, slot)
    return tokens or past_an_aside(noun, slot)


def _bound_by_purpose(noun: Token) -> list[Token]:
    """ "an agreement for Sun Chemical to study Savin's technology": who an agreement has
    do what it is for (the subject "for" brings to its infinitive) is bound by it, a party
    to it. The parse hangs that subject on the noun or on the infinitive."""
    if noun.lemma_.lower() not in GENERIC_NOUNS:
        return []
    clauses = [c for c in noun.children if c.dep_ in {"acl", "advcl"} and is_infinitive(c)]
    found: list[Token] = []
    for clause in clauses:
        if any(c.dep_ == "mark" and c.lower_ == "for" for c in clause.children):
            found += [c for c in clause.children if c.dep_ == "nsubj" and c.pos_ == "PROPN"]
    if clauses and not found:
        found = [t for t in prep_objects(noun, "for") if t.pos_ == "PROPN"]
    return found


def _possessor_undergoes(
    frame: Frame, slots: list[tuple[str, PartyRole, tuple[Token, ...]]]
) -> list[tuple[str, PartyRole, tuple[Token, ...]]]:
    """ "its takeover by Harlow", "Conrail's acquisition by CSX": with the agent in a "by"
    phrase, the possessor of an action noun is what undergoes it (the thing bought or sold),
    not its agent."""
    by_role = frame.slots.get("by")
    if frame.symmetric or by_role is None or not any(slot == "by" for slot, _, _ in slots):
        return slots
    if frame.slots.get("poss") != by_role or "target" not in frame.slots.values():
        return slots
    return [(slot, "target" if slot == "poss" else role, tokens) for slot, role, tokens in slots]


def _of(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)


def _both_sides(filled: set[PartyRole]) -> bool:
    return "acquirer" in filled and bool(filled & {"target", "seller"})


# The complements that name all the members of a merger, venture or partnership.
_MEMBERS = frozenset({"of", "between"})


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
        owners = [t for c in noun.children if c.dep_ == "poss" for t in with_conjuncts(whose(c))]
        return owners or priced_slot(noun, slot)
    if slot == "compound":
        return _proper_modifiers(noun)
    return (
        prep_objects(noun, slot)
        or after_a_time(noun, slot)
        or examples(noun, slot)
        or document_slot(noun, slot)
        or predicated(noun, slot)
        or of_after_the_agent(noun, slot)
        or priced_slot(noun, slot)
    )


def _proper_modifiers(noun: Token) -> list[Token]:
    """ "the Baker/Hughes merger", "the Renault-Nissan alliance": names before the noun;
    coordinated ones each ("a Baker and Hughes venture": both modify the noun)."""
    found: list[Token] = []
    for child in noun.children:
        # "the April 1986 purchase of X": a date before the noun says when, not who
        dated = child.ent_type_ in {"DATE", "TIME"}
        if child.dep_ in {"compound", "nmod"} and child.pos_ == "PROPN" and not dated:
            for name in with_conjuncts(child):
                found.append(name)
                found.extend(_proper_modifiers(name))
    return found + _names_conjoined_before(noun)


def _names_conjoined_before(noun: Token) -> list[Token]:
    """ "a BBC and WGBH coproduction" parsed as "a BBC and [WGBH coproduction]": a noun
    without a determiner or possessor of its own ("and its acquisition of B" has one), the
    last conjunct of names, is what they all modify (a name and a bare common noun are no
    pair of one phrase's heads)."""
    head = noun.head
    determined = any(c.dep_ in {"det", "poss"} for c in noun.children)
    if noun.dep_ != "conj" or head.pos_ != "PROPN" or determined:
        return []
    return [t for t in with_conjuncts(head) if t != noun and t.pos_ == "PROPN"]
