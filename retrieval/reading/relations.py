"""Relation checks: whether a sentence that holds an answer of the asked kind is about
something else than what was asked.

A sentence does not answer a part when it gives the asked relation to another party
("Interpart paid ..." for "how much is Renta paying", "a 20% stake in Sina" for "what stake
in Sohu"), when it says the asked thing is not stated ("has not disclosed the price"), or,
for an amount, when the amount's own clause has another named subject.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.nlp.names import abbreviates, name_key
from retrieval.reading.anchors import FOCUS_WEIGHT, anchor_tokens
from retrieval.reading.asked_names import argument_slots
from retrieval.reading.asking import AskedQuestion, Part
from retrieval.reading.kinds import NAME_ANSWERS, Kind
from retrieval.reading.matching import is_asked_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Span, Token

NEGATIVE_DETERMINERS = frozenset({"no", "neither", "none", "nobody", "nothing"})


def contradicts(doc: Doc, part: Part) -> bool:
    """The sentence gives the asked relation to another party: "Interpart paid ..." for
    "how much is Renta paying", "a 20% stake in Sina" for "what stake in Sohu"."""
    if not part.arguments:
        return False
    # the asked noun and verb, and their kind's own ("invest" for "pay", "holding" for "stake")
    heads = [
        token
        for token, weight in anchor_tokens(doc, part)
        if weight >= FOCUS_WEIGHT and not token.ent_type_  # not a word inside a name
    ]
    for token in heads:
        asked = _asked_roles(token, part)
        for role, head in argument_slots(token):
            given = _name_around(head)
            wanted = asked.get(role)
            if wanted and given and not any(_same_party(w, given) for w in wanted):
                return True
    return part.kind is Kind.PERCENT and _share_of_another(doc, part)


def _asked_roles(token: Token, part: Part) -> dict[str, set[str]]:
    """The roles the question gave the word a sentence word stands for: itself; for a verb
    of the asked kind ("invest" for "pay"), the question's verbs; for a noun of the asked
    class, the asked noun ("VW's Hanover plant" is not who builds it). A prepositional
    role counts whichever word it hangs on: "took a stake in X" parses either way."""
    lemma = token.lemma_.lower()
    asked_heads = {head for head, _, _ in part.arguments}
    if lemma in asked_heads:
        heads = {lemma}
    elif token.pos_ == "VERB":
        heads = asked_heads - {part.focus}
    else:
        heads = {part.focus or ""} if token.pos_ == "NOUN" else set()
    roles: dict[str, set[str]] = {}
    for head, role, name in part.arguments:
        if head in heads or role != "subj":
            roles.setdefault(role, set()).add(name)
    return roles


def _share_of_another(doc: Doc, part: Part) -> bool:
    """ "20% of Sina" states a stake in Sina: for "what stake in Sohu" it is another's."""
    wanted = {name for _, role, name in part.arguments if role == "in"}
    if not wanted:
        return False
    for entity in doc.ents:
        if entity.label_ != "PERCENT":
            continue
        for role, head in argument_slots(entity.root):
            given = _name_around(head)
            if role == "of" and given and not any(_same_party(w, given) for w in wanted):
                return True
    return False


def _name_around(token: Token) -> str:
    """The whole proper name a head word belongs to ("Sina", "Interpart SA"), not the
    names in a clause about it ("Vetra Oy, which has a stake in Osko")."""
    clauses = [c for c in token.children if c.dep_ in ("relcl", "acl", "appos")]
    inside = {t.i for clause in clauses for t in clause.subtree}
    words = [
        t
        for t in token.subtree
        if t.i not in inside and (t.pos_ == "PROPN" or t.dep_ == "compound")
    ]
    return " ".join(t.text for t in sorted(words, key=lambda t: t.i))


def _same_party(a: str, b: str) -> bool:
    key_a, key_b = set(name_key(a).split()), set(name_key(b).split())
    if key_a and key_b and (key_a <= key_b or key_b <= key_a):
        return True
    return abbreviates(a, b) or abbreviates(b, a)


def denies(doc: Doc, part: Part) -> bool:
    """The sentence says the asked thing is not stated: "it has not disclosed the price
    to be paid" -- the focus or verb asked about sits under a negated verb."""
    for token, weight in anchor_tokens(doc, part):
        if weight < 1.0:
            continue
        for governor in [token, *token.ancestors]:
            if governor.pos_ in ("VERB", "AUX") and _negated(governor):
                return True
    return False


def _negated(verb: Token) -> bool:
    """ "has not disclosed", "never said", "Neither company disclosed", "no one gave"."""
    for child in verb.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ in ("nsubj", "nsubjpass") and any(
            grand.lower_ in NEGATIVE_DETERMINERS for grand in (child, *child.children)
        ):
            return True
    return False


def stated_of_another(span: Span, names: list[str]) -> bool:
    """The amount's own clause has a named subject (a proper name, not "the parent
    company") that the question does not name."""
    verb = span.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subjects = [_named_subject(c) for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    for subject in (s for s in subjects if s is not None):
        given = _name_around(subject)
        if given and not any(_same_party(name, given) for name in names):
            return True
    return False


# Roles of the question's firms that are not the thing traded: who acts, the other side.
ACTORS = frozenset({"subj", "from", "by", "with"})
# Prepositions whose object is what a payment or a holding is for: "pay ... for X",
# "a stake in X", "the stock of X".
THEME_PREPOSITIONS = frozenset({"for", "in", "of"})


def trades_another(span: Span, names: Sequence[str]) -> bool:
    """The amount is what another named firm is bought, sold or held for: "agreed to sell
    Vetra Oy for 100,000 dlrs", "to acquire the stock of Osko at 22 dlrs a share", "holds 5
    pct of Osko"."""
    for theme in _themes(span):
        given = _name_around(theme)
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


def _themes(span: Span) -> list[Token]:
    """The named things the amount's clause trades: the object of its verb and the
    objects of "for"/"in"/"of" on the way up to it, outside the amount itself."""
    inside = {t.i for t in span.root.subtree}
    found: list[Token] = []
    for token in [span.root, *span.root.ancestors]:
        for child in token.children:
            if child.i in inside:
                continue
            if child.dep_ == "prep" and child.lower_ in THEME_PREPOSITIONS:
                found += [c for c in child.children if c.dep_ == "pobj"]
            elif child.dep_ == "dobj" and token.pos_ == "VERB":
                found.append(child)
        inside |= {t.i for t in token.subtree}
        if token.pos_ == "VERB":
            break
    return [named for named in map(_proper, found) if named is not None]


def _proper(token: Token) -> Token | None:
    """The proper name a theme stands for: itself; the antecedent of "which"; the firm of
    "the stock of AMI"."""
    if token.pos_ == "PROPN":
        return token
    if token.tag_ in ("WDT", "WP"):
        clause = next((a for a in token.ancestors if a.dep_ == "relcl"), None)
        return None if clause is None else _antecedent(clause)
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "in"):
            named = [c for c in child.children if c.dep_ == "pobj" and c.pos_ == "PROPN"]
            if named:
                return named[0]
    return None


def _antecedent(clause: Token) -> Token | None:
    """The name a relative clause is about. A clause set off by a comma follows its
    antecedent ("Osko Corp, in which it holds 5 pct"), wherever the parse hung it."""
    start = min(t.i for t in clause.subtree)
    before = [t for t in clause.doc[max(start - 2, 0) : start] if not t.is_punct]
    if before and before[-1].pos_ == "PROPN":
        return before[-1]
    return clause.head if clause.head.pos_ == "PROPN" else None


def _named_subject(subject: Token) -> Token | None:
    """The proper name a subject stands for: itself; the name a relative pronoun refers to
    ("McDonnell Douglas Corp, which has ..."); the owner of a common noun ("Redstone's
    company owns ...")."""
    if subject.pos_ == "PROPN":
        return subject
    if subject.tag_ in ("WDT", "WP") and subject.head.dep_ == "relcl":
        return _antecedent(subject.head)
    owner = next((c for c in subject.children if c.dep_ == "poss"), None)
    return owner if owner is not None and owner.pos_ == "PROPN" else None


# A passive's holder is read from the few words after "by" (the parse often garbles such
# coordinated pairs).
MAX_HOLDER_WORDS = 8
TIME_ENTITIES = frozenset({"DATE", "TIME"})


def holder_tie(span: Span, part: Part, tie: float) -> float | None:
    """A share given in a passive to the holder the question asks about ("owned 51 pct by
    Springer SA and 49 pct by National do Brasil" for "what stake does National do Brasil
    hold") is fully tied; one given to another holder is no answer (None); any other
    keeps its tie."""
    holder = _passive_holder(span) if part.kind is Kind.PERCENT else ""
    asked = {name for _, role, name in part.arguments if role == "subj"}
    if not holder or not asked:
        return tie
    return 1.0 if any(_same_party(name, holder) for name in asked) else None


def _passive_holder(span: Span) -> str:
    """The name right after the share's "by", read from the words."""
    doc = span.doc
    if span.end + 1 >= len(doc) or doc[span.end].lower_ != "by":
        return ""
    first = next((t for t in doc[span.end + 1 :] if t.text not in "<>"), None)
    if first is None or not first.text[:1].isupper() or first.ent_type_ in TIME_ENTITIES:
        return ""  # "to 20 pct by buying shares", "by March": no holder named
    words = []
    for token in doc[span.end + 1 : span.end + 1 + MAX_HOLDER_WORDS]:
        if token.pos_ == "CCONJ" or token.text in ",;.":
            break
        words.append(token.text.strip("<>"))
    return " ".join(w for w in words if w)


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
    return any(
        role == "subj" and subject.i in inside
        for token in span.doc
        if token.lemma_.lower() == part.predicate
        for role, subject in argument_slots(token)
    )
