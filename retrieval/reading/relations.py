"""Relation checks: whether a sentence that holds an answer of the asked kind is about
something else than what was asked.

A sentence does not answer a part in the clause where it gives the asked relation to
another party ("Interpart paid ..." for "how much is Renta paying", "a 20% stake in Sina"
for "what stake in Sohu"). Who an amount itself belongs to is `amount_owners`'; the names,
subjects and antecedents both read are `named_subjects`'.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from retrieval.nlp.names import same_party
from retrieval.reading.anchors import FOCUS_WEIGHT, anchor_tokens
from retrieval.reading.asked_roles import argument_slots
from retrieval.reading.asking import Part
from retrieval.reading.kinds import Kind
from retrieval.reading.named_subjects import (
    PRONOUNS,
    controller_of,
    has_subject,
    name_around,
    relative_antecedent,
)
from retrieval.reading.negation import contrasted_agent, negated
from retrieval.reading.phrasal_classes import phrasal_classes
from retrieval.reading.role_verbs import acts_on_the_asked_thing, same_role_verbs
from retrieval.registry.syntax import phrase_tokens

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

# Dependencies of a word modifying a noun before it ("a 5.1 billion dlr company").
MODIFIERS = frozenset({"nmod", "compound", "amod", "nummod"})


def contradicts(doc: Doc, part: Part, units: Mapping[str, tuple[str, ...]] | None = None) -> bool:
    """The sentence gives the asked relation to another party: "Interpart paid ..." for
    "how much is Renta paying", "a 20% stake in Sina" for "what stake in Sohu". `units`:
    the article's units of asked firms, which act for them in their owner's role."""
    return bool(contradicting(doc, part, units))


def contradicting(
    doc: Doc, part: Part, units: Mapping[str, tuple[str, ...]] | None = None
) -> list[Token]:
    """The words by which the sentence gives the asked relation to another party (a
    sentence may give it to the asked one in another clause: "the company will have a 26
    pct share, while Lotus will own the remaining stake")."""
    if not part.arguments:
        return []
    # the asked noun and verb, and their kind's own ("invest" for "pay", "holding" for "stake")
    heads = [
        token
        for token, weight in anchor_tokens(doc, part)
        if weight >= FOCUS_WEIGHT and not token.ent_type_  # not a word inside a name
    ]
    # a sentence with the asked verb itself states the asked relation by it: its other
    # verbs of the asked kind are other relations ("can earn an interest in Tyranex's
    # option to buy the mine": Tyranex buys, who earns is asked)
    asked_verbs = {head for head, _, _ in part.arguments}
    stated = any(t.pos_ == "VERB" and t.lemma_.lower() in asked_verbs for t in doc)
    found = []
    for token in heads:
        asked = _asked_roles(token, part, stated)
        for role, head in _slots(token, part):
            given = name_around(head)
            wanted = asked.get(role, set())
            acting = [*wanted, *(u for w in wanted for u in (units or {}).get(w, ()))]
            if wanted and given and not any(same_party(w, given) for w in acting):
                found.append(_clause_of(token))
    return found + (_shares_of_another(doc, part) if part.kind is Kind.PERCENT else [])


# Slots of a noun in its verb's clause: what the clause says of the noun is of it too
# ("the government's stake in DBS should be cut to 30 pct").
_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj"})


def _slots(token: Token, part: Part) -> list[tuple[str, Token]]:
    """The word's argument slots, with what a clause says of its object ("in which the
    government has a 20 pct stake": the relative pronoun's antecedent is the stake's "in",
    hung on the verb); of a holding, "of" is its "in" (a share of X is a stake in X)."""
    slots = argument_slots(token)
    if token.pos_ == "NOUN" and token.dep_ == "dobj":
        slots += [slot for slot in _relative_objects(token.head) if slot[0] != "subj"]
    slots += _relative_objects(token)
    if part.kind is Kind.PERCENT:
        slots = [("in" if role == "of" else role, head) for role, head in slots]
    return slots


def _relative_objects(word: Token) -> list[tuple[str, Token]]:
    """ "in which": a preposition's relative pronoun, as the name it stands for."""
    found = []
    for child in word.children:
        if child.dep_ != "prep":
            continue
        for pronoun in child.children:
            named = relative_antecedent(pronoun) if pronoun.tag_ == "WDT" else None
            if pronoun.dep_ == "pobj" and named is not None:
                found.append((child.lemma_.lower(), named))
    return found


def _clause_of(word: Token) -> Token:
    """The word whose phrase states the relation: a verb itself; a noun, the verb it is
    an argument of."""
    if word.pos_ != "VERB" and word.dep_ in _ARGUMENTS and word.head.i != word.i:
        return word.head
    return word


def _asked_roles(token: Token, part: Part, stated: bool = False) -> dict[str, set[str]]:
    """The roles the question gave the word a sentence word stands for: itself; for a verb
    of the asked kind ("invest" for "pay"), the question's verbs, unless the sentence
    `stated` the asked verb itself; for a noun of the asked class, the asked noun ("VW's
    Hanover plant" is not who builds it). A prepositional role counts whichever word it
    hangs on: "took a stake in X" parses either way."""
    lemma = token.lemma_.lower()
    asked_heads = {head for head, _, _ in part.arguments}
    if lemma in asked_heads:
        heads = {lemma}
    elif token.pos_ == "VERB":
        heads = set() if stated else asked_heads - {part.focus}
    else:
        heads = {part.focus or ""} if token.pos_ == "NOUN" else set()
    roles: dict[str, set[str]] = {}
    for head, role, name in part.arguments:
        if head in heads or role != "subj":
            holding = role == "of" and part.kind is Kind.PERCENT
            roles.setdefault("in" if holding else role, set()).add(name)
    return roles


def _shares_of_another(doc: Doc, part: Part) -> list[Token]:
    """ "20% of Sina" states a stake in Sina: for "what stake in Sohu" it is another's."""
    wanted = {name for _, role, name in part.arguments if role in ("in", "of")}
    if not wanted:
        return []
    found = []
    for entity in doc.ents:
        if entity.label_ != "PERCENT":
            continue
        for role, head in argument_slots(entity.root):
            given = name_around(head)
            if role == "of" and given and not any(same_party(w, given) for w in wanted):
                found.append(entity.root)
    return found


# Kinds whose answer may be the one who does what the asked verb says ("who replaced X").
AGENT_KINDS = frozenset({Kind.PERSON, Kind.ORG, Kind.AGENT, Kind.ENTITY})


def does_the_asked_act(span: Span, part: Part) -> bool:
    """The candidate is the subject of the asked verb in the sentence ("Wu Zeming ...,
    replacing Cheng Li" for "who replaced Cheng Li"; a verb without a subject of its own
    takes its clause's), while the question names no subject of that verb: the asked
    relation itself, which outranks a word merely of the asked kind ("Jane Jiang will
    succeed Judy Tong")."""
    if part.kind not in AGENT_KINDS or not part.predicate:
        return False
    if any(head == part.predicate and role == "subj" for head, role, _ in part.arguments):
        return False  # "whom did Alibaba appoint": the subject is given, not asked
    inside = range(span.start, span.end)
    # a verb of the asked one's class gives its doer the asked role ("the systems are
    # made by X" for "who builds them"; role_verbs), and so does an act a phrasal verb
    # asked is a way of ("was created by X" for "who came up with it"; phrasal_classes)
    acts = same_role_verbs(part.predicate) | phrasal_classes(part.phrasal)
    return any(
        subject.i in inside
        for token in span.doc
        if token.lemma_.lower() in acts and _acts_on_the_asked(token, part)
        for subject in _subjects(token, part)
        # "was not created by X": X did not do it; "not by X but by Y": Y did
        if not negated(token) or contrasted_agent(subject)
    )


def _acts_on_the_asked(verb: Token, part: Part) -> bool:
    """The asked verb itself, or another of its class acting on what the question's acts
    on: its object or passive subject, or the noun a participle hangs on ("a delegation
    led by"), has the question's object noun or one of its names ("held talks with X" does
    not own X, "made an offer for the turbines" does not build them)."""
    return verb.lemma_.lower() == part.predicate or acts_on_the_asked_thing(verb, part)


def undergoes_the_asked(span: Span, part: Part) -> bool:
    """The candidate is what the asked verb is done to, in the passive, beside who does it
    ("Pan-Alberta is owned by Nova", "H.C. Holdings, owned by Branford Castle" for "who
    owns the buyer"): the agent answers."""
    root = span.root
    passives = [root.head] if root.dep_ == "nsubjpass" else []
    passives += [c for c in root.children if c.dep_ == "acl" and c.tag_ == "VBN"]
    acts = same_role_verbs(part.predicate)
    return part.kind in AGENT_KINDS and any(
        verb.lemma_.lower() in acts and any(c.dep_ == "agent" for c in verb.children)
        for verb in passives
    )


def _subjects(verb: Token, part: Part) -> list[Token]:
    """The verb's subject names, and a passive's agents; a pronoun subject as the name it
    stands for ("Vardeau SA said it sold Cartonne": Vardeau sold), when the verb takes the
    asked thing as its object -- "it bought shares of Elvane, which bought Cartonne" is
    about Elvane's deal.
    "they" stands for every firm of a coordination; an infinitive without a subject of its
    own takes its clause's ("said it agreed to sell Cartonne")."""
    named = [subject for role, subject in argument_slots(verb) if role == "subj"]
    # a passive's agent is who does it ("Pan-Alberta is owned by Nova and Alberta Energy")
    # and "by X but by Y" or "by X and by Y", whose later "by" the parse may make a conjunct
    bys = [c for c in verb.children if c.dep_ == "agent"]
    bys += [b for c in bys for b in c.conjuncts if b.lower_ == "by"]
    agents = [g for c in bys for g in c.children]
    named += [a for agent in agents if agent.dep_ == "pobj" for a in (agent, *agent.conjuncts)]
    holder = verb.head if verb.dep_ == "xcomp" and not has_subject(verb) else verb
    for child in holder.children:
        if child.dep_ != "nsubj" or child.lower_ not in PRONOUNS:
            continue
        controller = controller_of(child)
        if controller is not None and takes_asked_object(verb, part):
            named += [controller, *controller.conjuncts]
    return named


def takes_asked_object(verb: Token, part: Part) -> bool:
    """The verb's object phrase, without its clauses, names one of the part's names ("its
    unit Cartonne"); a phrasal verb's "of" is its object ("disposed of Cartonne")."""
    of = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]
    objects = [c for c in (*verb.children, *of) if c.dep_ in ("dobj", "pobj")]
    return any(
        name in " ".join(t.text for t in sorted(phrase_tokens(obj), key=lambda t: t.i))
        for obj in objects
        for name in part.names
    )
