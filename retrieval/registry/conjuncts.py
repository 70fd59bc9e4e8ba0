"""Conjuncts: "A, B and C", and the coordinations the parse lost or hung elsewhere (a
name after "and" joined to a verb, a list parsed as an apposition, the names in
apposition to a plural noun).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from retrieval.registry.company_names import legal_form
from retrieval.registry.org_words import MEMBERS_VERBS, PARTNERSHIP_NOUNS, PERSON_NOUNS
from retrieval.registry.places import place_name

if TYPE_CHECKING:
    from spacy.tokens import Token


def with_conjuncts(token: Token) -> list[Token]:
    """ "A, B and C": the first conjunct and every later one. A plural noun named by an
    apposition stands for its members: "Nigerian banks United Bank and Standard Trust"."""
    return _collected(token, set())


def _collected(token: Token, seen: set[int]) -> list[Token]:
    # the lost and the folded conjunct of one pair may each lead to the other
    if token.i in seen:
        return []
    seen.add(token.i)
    members = _members(token) if token.tag_ == "NNS" else _named_members(token)
    found = [token] if not members else [m for c in members for m in _collected(c, seen)]
    people = token.lemma_.lower() in PERSON_NOUNS or token.lower_ in PERSON_NOUNS
    for child in token.children:
        if people and child.pos_ == "PROPN" and child.ent_type_ != "ORG":
            continue  # "the Barclay brothers, Frederick and David": the names are people
        if (child.dep_ == "conj" and not _stray_genitive(token, child)) or _listed(token, child):
            found.extend(_collected(child, seen))
    lost = _lost_conjunct(token) or _stranded_conjunct(token) or _folded_conjunct(token)
    if lost is not None:
        found.extend(_collected(lost, seen))
    for placed in _placed_conjuncts(token):
        found.extend(_collected(placed, seen))
    return found


# A body of firms ("a group consisting of A, B and C", "a joint venture between A and B",
# "a consortium of A and B"), and the words after it that name its members.
_BODIES = frozenset({"group"}) | PARTNERSHIP_NOUNS.keys()
_MEMBERS_PREPS = frozenset({"of", "between", "including"})


def _named_members(body: Token) -> list[Token]:
    """ "a group consisting of A, B and C": a body of firms whose members are named stands
    for them, as a plural with names in apposition does; when one firm is named ("a group
    of its managers and X") the body stays what its phrase names (sentence_names). A body
    named for a firm ("the Halden group, including Osko and Vardeau") is that firm's."""
    if body.lemma_.lower() not in _BODIES or _named_for_a_firm(body):
        return []
    heads = [body] + [c for c in body.children if c.dep_ == "acl" and _composing(c)]
    named: list[Token] = []
    for head in heads:
        for child in head.children:
            if child.dep_ == "dobj" and head != body:  # "comprising A and B"
                named.append(child)
            elif (
                child.dep_ == "prep"
                and child.lower_ in _MEMBERS_PREPS
                and (child.lower_ != "of" or head != body or _indefinite(body))
            ):
                named.extend(g for g in child.children if g.dep_ == "pobj")
    listed = [
        g
        for g in named
        if g.pos_ == "PROPN"
        and g.ent_type_ not in _PLACES | {"PERSON"}
        and any(c.dep_ == "conj" for c in g.children)
    ]
    return listed[:1]


def _composing(verb: Token) -> bool:
    """A verb of composition, with its particle ("consisting of", "made up of"); read
    here, not by syntax.predicate_lemma, which imports this module."""
    particles = "".join(f" {c.lower_}" for c in verb.children if c.dep_ == "prt")
    return f"{verb.lemma_.lower()}{particles}" in MEMBERS_VERBS


def _named_for_a_firm(body: Token) -> bool:
    return any(c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" for c in body.children)


def _indefinite(body: Token) -> bool:
    """ "a consortium of A and B" says what the body is made of; "the publishing group of
    CBS Inc" says whose it is (a unit of one firm)."""
    return any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in body.children)


def _lost_conjunct(token: Token) -> Token | None:
    """ "a venture of the Matra group and Harris Corp.": an "and" on a phrase with no
    conjunct means the parse lost it; it is the name right after the "and" (the last word
    of its run of proper nouns), wherever the parse hung it."""
    children = list(token.children)
    if any(c.dep_ == "conj" for c in children):
        return None
    ands = [c for c in children if c.dep_ == "cc" and c.lower_ in {"and", "&"}]
    if not ands or ands[0].i + 1 >= len(token.doc):
        return None
    end = ands[0].i + 1
    doc = token.doc
    if doc[end].pos_ != "PROPN":
        return None
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        end += 1
    # a conjunct follows what it joins: an "and" before the phrase ("... and Harris
    # Corp" parsed with the "and" on "Corp" itself) names nothing new
    return doc[end] if end > token.i else None


def _stranded_conjunct(token: Token) -> Token | None:
    """ "the assets of Allied Research Inc of Salem, Ore., and Consolidated Insurance Inc":
    after a name's place the parse may join the next name to a verb above it. A name is
    not coordinated with a verb, and "and" joins the phrases either side of it: a name
    right after the "and" that closes this name's phrase is its conjunct."""
    doc = token.doc
    end = token.right_edge.i + 1
    while end < len(doc) and doc[end].is_punct:
        end += 1
    end = _after_aside(token, end)
    if token.pos_ != "PROPN" or end >= len(doc) or doc[end].lower_ not in {"and", "&"}:
        return None
    verb = doc[end].head
    if doc[end].dep_ != "cc" or verb.pos_ not in {"VERB", "AUX"} or verb not in token.ancestors:
        return None
    # "and" joins phrases of one clause: not a name inside a relative clause ("TNK-BP,
    # which is half owned by BP, and Surgutneftegaz") to a name beside the clause's noun
    if _clause_between(token, verb):
        return None
    conjunct = next((c for c in verb.children if c.dep_ == "conj" and c.i > end), None)
    conjunct = conjunct or _loose_name_after(doc[end])
    if conjunct is None or conjunct.pos_ != "PROPN" or conjunct.ent_type_ != token.ent_type_:
        return None
    # a conjunct with a verb of its own is a clause: "X of Y, and Z Inc said ..."; a
    # participle used as an adjective ("Z Inc, a newly formed company") is no verb of it
    clausal = any(t.pos_ in {"VERB", "AUX"} and t.dep_ != "amod" for t in conjunct.subtree)
    return None if clausal else conjunct


def _loose_name_after(word: Token) -> Token | None:
    """ "a combination with A Inc, and Milex Corp a newly formed company": a verb's "and"
    that joins no conjunct to it, then a name the parse left hanging ("dep"): the name is
    what the "and" joined."""
    verb = word.head
    if any(c.dep_ == "conj" for c in verb.children):
        return None
    end = word.i + 1
    doc = word.doc
    if end >= len(doc):
        return None
    while end + 1 < len(doc) and doc[end + 1].pos_ == "PROPN":
        end += 1
    return doc[end] if doc[end].pos_ == "PROPN" and doc[end].dep_ == "dep" else None


def _after_aside(token: Token, end: int) -> int:
    """ "Slater Auto Electric Ltd, with two Ontario stores, and United Diesel Ltd": an aside
    set off by commas after a name (a phrase the parse hung on a verb above it) does not
    break the name's coordination: the "and" after its closing comma is the name's."""
    doc = token.doc
    if end >= len(doc) or doc[end - 1].text != "," or doc[end].dep_ != "prep":
        return end
    if doc[end].head not in token.ancestors:
        return end
    close = doc[end].right_edge.i + 1
    return close + 1 if close < len(doc) and doc[close].text == "," else end


def _clause_between(token: Token, verb: Token) -> bool:
    """The name is inside a relative clause below the verb."""
    return any(a.dep_ == "relcl" for a in token.ancestors if verb in a.ancestors)


def _folded_conjunct(token: Token) -> Token | None:
    """ "of L and M Manufacturing Co and Food Machinery Engineering Co": the parse may fold
    the first name of a pair into the second's modifiers. A firm's name ending right before
    the "and" that opens this name's run of proper nouns, inside this name's phrase, is its
    conjunct."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start - 1].pos_ == "PROPN":
        start -= 1
    if start < 2 or token.pos_ != "PROPN" or doc[start - 1].lower_ not in {"and", "&"}:
        return None
    before = doc[start - 2]
    entity = next((e for e in doc.ents if e.end == before.i + 1 and e.label_ == "ORG"), None)
    if entity is None:
        # a name with an "and" of its own ("Wagner and Brown and AFG Industries Inc"),
        # before a name complete with its legal form (as name runs split them): its last
        # word, whatever the recogniser called it, heads the folded name
        complete = legal_form(token.text)
        folded = complete and before.pos_ == "PROPN" and before in token.subtree
        return before if folded else None
    if entity.root not in token.subtree:
        return None
    return entity.root


def _placed_conjuncts(token: Token) -> list[Token]:
    """ "Certified Security Inc of Key West, Fla., Custom Security of Myrtle Beach, S.C.,
    and ...": the parse may hang the next name of a list on the place that ends this one.
    Places are coordinated with places; a firm's name joined to a name's place is the
    name's own conjunct."""
    if token.pos_ != "PROPN":
        return []
    places = [
        c
        for prep in token.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for c in prep.children
        if c.dep_ == "pobj" and (c.ent_type_ in _PLACES or _states(c))
    ]
    # "of Key West, Fla.": the state in apposition ends the place
    places += [s for p in places for s in _states(p)]
    return [
        c
        for p in places
        for c in p.children
        if c.dep_ == "conj" and c.pos_ == "PROPN" and c.ent_type_ in {"ORG", ""}
    ]


def _states(town: Token) -> list[Token]:
    """ "Key West, Fla.": the state (or country) in apposition to a town, which the
    recogniser may have read into a firm's name before it."""
    return [
        c
        for c in town.children
        if c.dep_ == "appos" and (c.ent_type_ in _PLACES or place_name([c.text]))
    ]


def _stray_genitive(token: Token, conjunct: Token) -> bool:
    """ "Federated - owner of Macy's and Bloomingdale's -" parsed with "Bloomingdale's"
    joined to "owner": "and" joins like with like, and a name in the genitive standing
    alone (a store's name) is not like a common noun; it is the other "Macy's"."""
    genitive = any(c.dep_ == "case" and c.lower_ in {"'s", "’s"} for c in conjunct.children)
    return genitive and conjunct.pos_ == "PROPN" and token.pos_ == "NOUN"


def _listed(token: Token, child: Token) -> bool:
    """ "A, B and C" parsed as A with the apposition "B and C": a name in apposition to a
    name, itself coordinated, is the rest of a list (an apposition describes, it does not
    coordinate)."""
    coordinated = any(c.dep_ == "conj" for c in child.children) and any(
        c.dep_ == "cc" and c.lower_ in {"and", "&"} for c in child.children
    )
    return (
        child.dep_ == "appos"
        and token.pos_ == "PROPN"
        and child.pos_ == "PROPN"
        # "A Corp of Houston, B Inc of Dallas and C Ltd": the list's "and" may hang on the
        # place that ends the name (_placed_conjuncts)
        and (coordinated or bool(_placed_conjuncts(child)))
        # "Upland Minerals, Minas Gerais": a place in apposition says where a name is
        and not {token.ent_type_, child.ent_type_} & _PLACES
    )


_PLACES = frozenset({"GPE", "LOC", "NORP", "FAC"})


def _members(plural: Token) -> list[Token]:
    """The names in apposition to a plural noun; the parse sometimes gives the names the
    plural's own role instead ("firms Sony, Philips and Samsung have set up ...": two
    subjects of one verb)."""
    if plural.lemma_.lower() in PERSON_NOUNS or plural.lower_ in PERSON_NOUNS:
        return []  # "the Barclay twins, Frederick and David": people, never firms
    members = [c for c in plural.children if c.dep_ == "appos"]
    if members or plural.i + 1 >= len(plural.doc):
        return members
    after = plural.doc[plural.i + 1]
    split = after.pos_ == "PROPN" and after.dep_ == plural.dep_ and after.head == plural.head
    return [after] if split and plural.dep_ != "ROOT" else []
