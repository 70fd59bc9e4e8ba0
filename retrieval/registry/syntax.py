"""Parse helpers on spaCy's dependency parse (ClearNLP labels): a predicate's lemma,
the objects of a preposition (those the parse attached too low:
retrieval.registry.stray_prepositions), a phrase without its clauses, and a word's path to
the root. Who does what to whom is read on top of these (retrieval.registry.arguments).
Nothing here knows about deals beyond the support verbs. Passives and participles:
retrieval.registry.passives.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.conjuncts import with_conjuncts
from retrieval.registry.cue_words import (
    AMBIGUOUS_FINANCE,
    CREDIT_MODIFIERS,
    FINANCE_NOUNS,
    STAKE_NOUNS,
)
from retrieval.registry.lexicon import SUPPORT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
PREPOSITIONS = frozenset({"prep", "dative", "agent"})


def predicate_lemma(token: Token) -> str:
    """The verb with its particle ("take over", "team up") or fixed object ("join forces")."""
    lemma = token.lemma_.lower()
    for child in token.children:
        # "buy back": the parse often calls the particle an adverb
        back = child.dep_ == "advmod" and child.lower_ == "back" and child.i == token.i + 1
        if child.dep_ == "prt" or back:
            return f"{lemma} {child.lower_}"
        if child.dep_ == "dobj" and lemma == "join" and child.lower_ == "forces":
            return "join forces"
    return lemma


def is_infinitive(verb: Token) -> bool:
    """A "to"-infinitive ("to acquire", "in order to buy")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def verb_above(token: Token) -> Token:
    """The first verb or auxiliary on the way up from a word (the word itself if it is
    one; the root if none is)."""
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token


def coordinated_owners(things: list[Token]) -> list[Token]:
    """ "the assets of Allied Research and Consolidated Insurance": owning distributes over
    the coordination, so every later name of a common noun's "of" owns a part of what is
    dealt in (the first is found as the thing's owner). Not shares: "shares of A and B"
    are stakes in each, which is another role; but a part of a thing ("the majority of
    the assets of A and B") is a part of what each owns."""
    found: list[Token] = []
    for thing in (t for t in things if t.pos_ == "NOUN"):
        part = thing.lemma_.lower() in STAKE_NOUNS
        for owner in prep_objects(thing, "of"):
            if owner.pos_ == "NOUN" and part and not _share_like(owner):
                # "the majority of the assets of A and B": a part of what firms own is no
                # stake (as "30 pct of the voting rights of A" is); the first owner, too,
                # sold a part of what it owns
                found += [o for o in prep_objects(owner, "of")[:1] if o.pos_ == "PROPN"]
                found += coordinated_owners([owner])
            elif not part:
                found += [
                    t
                    for t in with_conjuncts(owner)[1:]
                    if t.pos_ == "PROPN" and not _opens_a_clause(t, thing)
                ]
    return found


def _share_like(noun: Token) -> bool:
    """Shares, votes and securities of a firm ("the voting rights of A", "the units of B
    Partners LP", "its warrants"): a part of them is a stake, not a part of its goods."""
    lemma = noun.lemma_.lower()
    voting = any(c.lower_ == "voting" for c in noun.children)
    return lemma in STAKE_NOUNS or lemma in SECURITIES or voting


# Securities and votes: what a stake is made of.
SECURITIES = frozenset("vote unit warrant option debenture note bond preferred".split())


# Tags of a finite verb or a modal: what follows a clause's subject.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _opens_a_clause(name: Token, thing: Token) -> bool:
    """ "acquired the assets of Getty Oil Co and Pennzoil Co sued for damages": a name
    right before a finite verb is that clause's subject, however the parse joined it --
    unless the whole phrase is that verb's subject ("the assets of Gulf and Mobil were
    acquired by Chevron")."""
    after = name.right_edge.i + 1
    if after >= len(name.doc) or name.doc[after].tag_ not in _FINITE:
        return False
    verb = name.doc[after]
    clause = verb.head if verb.dep_ in {"aux", "auxpass"} else verb
    return not (thing.dep_ in {"nsubj", "nsubjpass"} and thing.head.i == clause.i)


def prep_objects(token: Token, preposition: str) -> list[Token]:
    """Objects of `token`'s preposition ("with B", "between A and B", "into C")."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in PREPOSITIONS and child.lower_ == preposition:
            objects = _shared_objects(child)
            following = child.nbor(1) if child.i + 1 < len(child.doc) else None
            if not objects and following is not None:
                # A preposition's object follows it, even when the parse lost the link;
                # one left open before "and" shares the object ending the coordination.
                objects = _raised_object(child) if following.dep_ == "cc" else [following]
            # "by A and by B": a preposition said again joins its object to the first's
            objects += [
                g
                for again in child.children
                if again.dep_ == "conj" and again.lower_ == preposition
                for g in again.children
                if g.dep_ == "pobj"
            ]
            for grandchild in objects:
                found.extend(with_conjuncts(grandchild))
    return list(dict.fromkeys(found))


def _shared_objects(preposition: Token) -> list[Token]:
    """A preposition's objects; coordinated prepositions share theirs ("merged with and
    into Sovereign Corp": "with" has no object of its own)."""
    objects = [g for g in preposition.children if g.dep_ in {"pobj", "pcomp"}]
    if objects:
        return objects
    shared = (c for c in preposition.children if c.dep_ == "conj" and c.pos_ == "ADP")
    return [g for other in shared for g in other.children if g.dep_ in {"pobj", "pcomp"}]


def _raised_object(preposition: Token) -> list[Token]:
    """ "to merge with and become a subsidiary of Harvard Industries": a preposition left
    open before a coordinator shares the object that ends the coordinated phrase. The
    phrase is a verb's: an adjective between commas ("and, subject to approval by Y,
    become ...") is an aside; the parse may hang the verb on the clause above ("agreed").
    The preposition may be a noun's ("completed a tender offer for and held 96 pct of B's
    shares"): the coordination is then of the verb taking that noun."""
    verb = preposition.head
    if verb.pos_ in NOMINAL and verb.dep_ == "dobj":
        verb = verb.head
    above = [verb.head] if verb.dep_ == "xcomp" else []
    conjuncts = [
        c
        for head in [verb, *above]
        for c in head.children
        if c.dep_ == "conj" and c.i > preposition.i and c.pos_ in ("VERB", "AUX")
    ]
    return [t for c in conjuncts[:1] for t in _phrase_objects(c)][:1]


# A verb's own prepositions, and those of its complement ("become a subsidiary of X", "be
# acquired by X", "sell its shares in Y to X"): not those of its object ("its shares in
# Y") nor those in a clause or an apposition of its own ("..., which is controlled by Y").
_OWN_PREPOSITIONS = frozenset({"prep", "agent"})
_COMPLEMENTS = frozenset({"attr", "oprd"})


def _phrase_objects(verb: Token) -> list[Token]:
    """The objects of the prepositions of a verb's complement ("become a unit of X",
    whatever stands before it), then of the verb's own; failing both, of its object's
    ("held 96 pct of X's shares"), but never before the verb's own ("transfer its interest
    in Y to X")."""
    heads = [*(c for c in verb.children if c.dep_ in _COMPLEMENTS), verb]
    found = _objects_of_prepositions(heads)
    return found or _objects_of_prepositions([c for c in verb.children if c.dep_ == "dobj"])


def _objects_of_prepositions(heads: list[Token]) -> list[Token]:
    return [
        grand
        for head in heads
        for child in head.children
        if child.dep_ in _OWN_PREPOSITIONS
        for grand in child.children
        if grand.dep_ == "pobj"
    ]


CLAUSES = frozenset({"relcl", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis", "acl"})
NOMINAL = frozenset({"NOUN", "PROPN"})


def phrase_tokens(root: Token, skip: frozenset[str] = frozenset()) -> list[Token]:
    """`root` and its dependents, without the clauses that hang off them (a participle
    without a subject of its own stays: "systems, representing 5,000 subscribers, to B";
    so does a noun joined to a noun: "sell A and B to C", where "to C" may hang on B)
    and without the dependents labelled `skip`."""
    found = [root]
    for child in root.children:
        if child.dep_ in skip:
            continue
        if child.dep_ not in CLAUSES or _participle(child) or _nominal_conjunct(child):
            found.extend(phrase_tokens(child))
    return found


def _nominal_conjunct(token: Token) -> bool:
    """A noun joined to a noun, not past a price ("for 3.6 mln dlrs, an increase ... and
    the change of its name to X": another item of a list, no thing sold)."""
    if token.dep_ != "conj" or token.pos_ not in NOMINAL or token.head.pos_ not in NOMINAL:
        return False
    return not any(a.dep_ == "prep" and a.lower_ == "for" for a in token.ancestors)


def _participle(token: Token) -> bool:
    return token.dep_ in {"advcl", "acl"} and not any(
        c.dep_ in SUBJECTS or c.dep_ in {"mark", "aux"} for c in token.children
    )


def is_support_verb(verb: Token) -> bool:
    return verb.lemma_.lower() in SUPPORT_VERBS


def clause_path(token: Token) -> list[Token]:
    """The token and its heads up to the root of the sentence."""
    path = [token]
    while path[-1].head != path[-1] and len(path) < 40:
        path.append(path[-1].head)
    return path


def host_subjects(pronoun: Token) -> list[Token]:
    """For a pronoun subject of a subordinate clause ("Greyhound's debt has been under
    review since May, when it agreed to buy X"), the subject of the clause it hangs on and
    that subject's possessor: the nearest main-clause party, which a pronoun inside its
    adjunct refers to before a reporter further up."""
    verb = pronoun.head
    if pronoun.dep_ != "nsubj" or verb.dep_ not in {"advcl", "relcl"}:
        return []
    host = verb.head
    while host.pos_ not in {"VERB", "AUX"} and host.head.i != host.i:
        host = host.head
    subjects = [c for c in host.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if verb.dep_ == "relcl":
        # "Lanx, which it agreed to buy": the noun a relative clause describes is an
        # argument of that clause, which its own pronoun cannot stand for
        described = verb.head
        subjects = [s for s in subjects if s.i != described.i and not s.is_ancestor(described)]
    owners = [g for c in subjects for g in c.children if g.dep_ == "poss"]
    # named ones only: "the firm" is resolved as a description, not as the clause's party
    return [t for t in [*subjects, *owners] if t.pos_ == "PROPN"]


def finance_noun(noun: Token) -> bool:
    """A noun of financing ("notes", "a loan"); "facility" and "line" only with a word of
    credit on them or in their "of" ("a revolving credit facility", "a line of credit";
    not "28 long-term care facilities")."""
    lemma = noun.lemma_.lower()
    if lemma not in AMBIGUOUS_FINANCE:
        return lemma in FINANCE_NOUNS
    modifiers = [c for c in noun.children if c.dep_ in {"compound", "amod", "nmod"}]
    modifiers += prep_objects(noun, "of")
    return any(m.lower_ in CREDIT_MODIFIERS for m in modifiers)


# A deal noun after these is the verb's argument ("entered into a venture"); after others
# ("in a deal valued at ...", "by the merger") it is a circumstance.
_ARGUMENT_PREPOSITIONS = frozenset({"into", "to", "on", "upon"})


def governing_verb(noun: Token) -> Token | None:
    """The verb a deal noun is the object of: "signed an agreement", "entered into a
    venture", "agreed to a buyout"; None when the noun is a subject or stands alone."""
    node = noun
    for _ in range(4):
        dep, head = node.dep_, node.head
        if head == node:
            return None
        if dep == "conj":
            node = head
            continue
        if dep == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
            node = head.head  # "a letter of intent": the letter is what is signed
            continue
        if dep in {"dobj", "nsubjpass", "oprd"} and head.pos_ in {"VERB", "AUX"}:
            return head
        argument = dep == "pobj" and head.lower_ in _ARGUMENT_PREPOSITIONS
        if argument and head.head.pos_ in {"VERB", "AUX"}:
            return head.head  # "entered into an agreement", "agreed to a buyout"
        return None
    return None
