"""Who did what to whom, read from spaCy's dependency parse (ClearNLP labels).

The logical subject and object of a verb, through the constructions that move them:
passives ("B was acquired by A"), control ("A agreed to acquire B"), coordination ("A
sold X and bought Y"), relative clauses ("Chrysler, which bought Gulfstream"), participles
("a company formed by X"), and deal verbs hanging off an agreement noun ("A signed an
agreement to sell X to B"). Nothing here knows about deals beyond the support verbs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.lexicon import REPORTING_VERBS, SUPPORT_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECTS = frozenset({"nsubj", "csubj", "expl"})
# A deal noun after these is the verb's argument ("entered into a venture"); after others
# ("in a deal valued at ...", "by the merger") it is a circumstance.
_ARGUMENT_PREPOSITIONS = frozenset({"into", "to", "on", "upon"})
RELATIVE_PRONOUNS = frozenset({"which", "who", "that", "whom", "whose"})
PREPOSITIONS = frozenset({"prep", "dative", "agent"})
MAX_DEPTH = 6


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


def is_passive(verb: Token) -> bool:
    """ "B was acquired by A", and the participle "a company formed by A"."""
    if verb.tag_ == "VBN" and verb.dep_ == "acl":
        return True
    # "agent" is the by-phrase of a passive, even when the parse missed its "be".
    return any(child.dep_ in {"nsubjpass", "auxpass", "agent"} for child in verb.children)


def with_conjuncts(token: Token) -> list[Token]:
    """ "A, B and C": the first conjunct and every later one. A plural noun named by an
    apposition stands for its members: "Nigerian banks United Bank and Standard Trust"."""
    members = _members(token) if token.tag_ == "NNS" else []
    found = [token] if not members else [m for c in members for m in with_conjuncts(c)]
    for child in token.children:
        if child.dep_ == "conj" or _listed(token, child):
            found.extend(with_conjuncts(child))
    return found


def _listed(token: Token, child: Token) -> bool:
    """ "A, B and C" parsed as A with the apposition "B and C": a name in apposition to a
    name, itself coordinated, is the rest of a list (an apposition describes, it does not
    coordinate)."""
    return (
        child.dep_ == "appos"
        and token.pos_ == "PROPN"
        and child.pos_ == "PROPN"
        and any(c.dep_ == "conj" for c in child.children)
        and any(c.dep_ == "cc" and c.lower_ in {"and", "&"} for c in child.children)
        # "Upland Minerals, Minas Gerais": a place in apposition says where a name is
        and not {token.ent_type_, child.ent_type_} & _PLACES
    )


_PLACES = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _members(plural: Token) -> list[Token]:
    """The names in apposition to a plural noun; the parse sometimes gives the names the
    plural's own role instead ("firms Sony, Philips and Samsung have set up ...": two
    subjects of one verb)."""
    members = [c for c in plural.children if c.dep_ == "appos"]
    if members or plural.i + 1 >= len(plural.doc):
        return members
    after = plural.doc[plural.i + 1]
    split = after.pos_ == "PROPN" and after.dep_ == plural.dep_ and after.head == plural.head
    return [after] if split and plural.dep_ != "ROOT" else []


def prep_objects(token: Token, preposition: str) -> list[Token]:
    """Objects of `token`'s preposition ("with B", "between A and B", "into C")."""
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in PREPOSITIONS and child.lower_ == preposition:
            objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
            if not objects and child.i + 1 < len(child.doc):
                # A preposition's object follows it, even when the parse lost the link.
                objects = [child.doc[child.i + 1]]
            for grandchild in objects:
                found.extend(with_conjuncts(grandchild))
    return found


# Prepositions whose attachment a parser often gets wrong, and whose meaning ties them to
# a deal word anyway: "the sale of its division, based in X, to B" ("to" belongs to sale).
STRAY_PREPOSITIONS = frozenset({"to", "from", "into"})


def stray_prep_objects(
    root: Token, preposition: str, allowed: frozenset[str] = STRAY_PREPOSITIONS
) -> list[Token]:
    """Objects of `preposition` attached lower in `root`'s phrase than it belongs (not
    inside a clause of its own, nor in its subject)."""
    if preposition not in allowed:
        return []
    for token in phrase_tokens(root, skip=SUBJECTS | {"nsubjpass"}):
        if token.dep_ in PREPOSITIONS and token.lower_ == preposition and token.head != root:
            found = [g for c in token.children if c.dep_ == "pobj" for g in with_conjuncts(c)]
            if found:
                return found
    return []


CLAUSES = frozenset({"relcl", "advcl", "ccomp", "xcomp", "conj", "cc", "parataxis", "acl"})


def phrase_tokens(root: Token, skip: frozenset[str] = frozenset()) -> list[Token]:
    """`root` and its dependents, without the clauses that hang off them (a participle
    without a subject of its own stays: "systems, representing 5,000 subscribers, to B")
    and without the dependents labelled `skip`."""
    found = [root]
    for child in root.children:
        if child.dep_ in skip:
            continue
        if child.dep_ not in CLAUSES or _participle(child):
            found.extend(phrase_tokens(child))
    return found


def _participle(token: Token) -> bool:
    return token.dep_ in {"advcl", "acl"} and not any(
        c.dep_ in SUBJECTS or c.dep_ in {"mark", "aux"} for c in token.children
    )


def logical_subjects(verb: Token, depth: int = 0) -> list[Token]:
    """Who does it: the active subject, the passive agent, or one inherited from above."""
    if depth > MAX_DEPTH:
        return []
    if is_passive(verb):
        return prep_objects(verb, "by")
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return with_conjuncts(verb.head)
            return with_conjuncts(child)
    return _inherited_subjects(verb, depth)


def _inherited_subjects(verb: Token, depth: int) -> list[Token]:
    head = verb.head
    if head == verb:
        return []
    dep = verb.dep_
    if dep == "xcomp":
        # Object control: "enabling the latter to merge": the latter merges.
        controller = [c for c in head.children if c.dep_ == "dobj"]
        if controller:
            return with_conjuncts(controller[0])
    if dep in {"xcomp", "conj", "advcl", "pcomp"} and head.pos_ in {"VERB", "AUX"}:
        return logical_subjects(head, depth + 1)
    if dep == "pcomp" and head.head.pos_ in {"VERB", "AUX"}:
        return logical_subjects(head.head, depth + 1)  # "by exchanging shares"
    if dep in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN"}:
        return _noun_clause_subjects(verb, depth)
    return []


def _noun_clause_subjects(verb: Token, depth: int) -> list[Token]:
    """The subject of a clause on a noun."""
    if verb.tag_ == "VBG" and verb.dep_ == "acl":
        return with_conjuncts(verb.head)  # "a venture linking A and B": head is no party
    return governor_subjects(verb.head, depth + 1)  # "an agreement to sell ..."


def logical_objects(verb: Token) -> list[Token]:
    """What it is done to: the active object, or the passive subject."""
    for dep in ("nsubjpass", "dobj"):
        for child in verb.children:
            if child.dep_ != dep:
                continue
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return with_conjuncts(verb.head)  # "Glidden Paints, which ICI bought"
            return with_conjuncts(child)
    if is_passive(verb):
        # "the company would bought out by ...": a passive whose "be" the parse missed
        # keeps its subject as nsubj.
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        return with_conjuncts(subjects[0]) if subjects else _passive_subject_above(verb)
    if verb.dep_ == "relcl":
        relative = [c for c in verb.children if c.lower_ in RELATIVE_PRONOUNS]
        if relative and relative[0].dep_ == "dobj":
            return with_conjuncts(verb.head)
    return []


def _passive_subject_above(verb: Token) -> list[Token]:
    """A passive whose subject stands higher: "A agreed to be acquired", "A signed a letter
    of intent to be acquired", "Gulfstream, acquired by Chrysler"."""
    head = verb.head
    if head == verb:
        return []
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    if verb.dep_ in {"xcomp", "conj"} and head.pos_ in {"VERB", "AUX"}:
        return logical_subjects(head)
    if verb.dep_ in {"acl", "relcl"} and head.pos_ in {"NOUN", "PROPN"}:
        if infinitive:
            return governor_subjects(head)
        return with_conjuncts(_name_before_comma(verb) or head)
    return []


def _name_before_comma(verb: Token) -> Token | None:
    """ "a charge to restructure ChemLawn, acquired in April": a participle set off by a
    comma describes the name just before it, wherever the parse hangs it."""
    doc = verb.doc
    if verb.dep_ != "acl" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    name = doc[verb.i - 2]
    if name.pos_ != "PROPN" or name.head == verb.head:
        return None
    return name


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
        if (
            dep == "pobj"
            and head.lower_ in _ARGUMENT_PREPOSITIONS
            and head.head.pos_
            in {
                "VERB",
                "AUX",
            }
        ):
            return head.head  # "entered into an agreement", "agreed to a buyout"
        return None
    return None


def governor_subjects(noun: Token, depth: int = 0) -> list[Token]:
    """The subject of the verb governing a deal noun ("A signed an agreement")."""
    verb = governing_verb(noun)
    if verb is None or depth > MAX_DEPTH:
        return []
    if noun.dep_ == "nsubjpass" or (is_passive(verb) and noun.dep_ != "pobj"):
        return prep_objects(verb, "by")
    return logical_subjects(verb, depth + 1)


def is_support_verb(verb: Token) -> bool:
    return verb.lemma_.lower() in SUPPORT_VERBS


def clause_path(token: Token) -> list[Token]:
    """The token and its heads up to the root of the sentence."""
    path = [token]
    while path[-1].head != path[-1] and len(path) < 40:
        path.append(path[-1].head)
    return path


def reporter_subjects(token: Token) -> list[Token]:
    """Who reports the clause a word stands in: "Upland said the acquisition of X will ..."
    (a deal told without its agent is the reporter's)."""
    node = token
    for _ in range(8):
        if node.head == node:
            return []
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            if node.lemma_.lower() in REPORTING_VERBS:
                return logical_subjects(node)
            if node.dep_ not in {"ccomp", "conj"} and node.head != node:
                continue
    return []


def clause_subjects(token: Token) -> list[Token]:
    """The subject of the active clause a word stands in ("MCI accepted a buyout", "which
    entered the market with the purchase of X")."""
    node = token
    for _ in range(4):
        if node.head == node:
            return []
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            if is_passive(node):
                return []
            inside = {t.i for t in token.subtree}
            return [s for s in logical_subjects(node) if s.i not in inside and s != token]
    return []
